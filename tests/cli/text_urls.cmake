# text and extract on http:// URLs, against a server this test starts on 127.0.0.1 itself:
# pages, redirects, Content-Type, and the refusals (timeout, size limit, HTTP errors, a
# redirect loop, a PDF). The server stops on /quit or after a minute by itself.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)

find_program(PYTHON3 NAMES python3 REQUIRED)
set(port_file "${WORK}/port")
execute_process(COMMAND sh -c "\"${PYTHON3}\" \"${CMAKE_CURRENT_LIST_DIR}/support/http_server.py\" --root \"${DATA}/../import\" --port-file \"${port_file}\" --lifetime 60 >\"${WORK}/server.log\" 2>&1 &")
foreach(attempt RANGE 100)
  if(EXISTS "${port_file}")
    break()
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E sleep 0.1)
endforeach()
if(NOT EXISTS "${port_file}")
  file(READ "${WORK}/server.log" log)
  message(FATAL_ERROR "the test HTTP server did not start:\n${log}")
endif()
file(READ "${port_file}" port)
set(base "http://127.0.0.1:${port}")

run_cli(text --meta "${base}/article.html")
expect_rc(0)
expect_matches(OUT "^Harbour bridge reopens after two years of repairs\n")
expect_contains(OUT "byline: Ana Ruiz, Tom Field")
expect_contains(OUT "url: ${base}/article.html")
expect_contains(OUT "The harbour bridge reopened to traffic on Tuesday morning")
expect_not_contains(OUT "Most read")

# No extension: the Content-Type header says HTML. A redirect is followed.
run_cli(text "${base}/article")
expect_rc(0)
expect_contains(OUT "The harbour bridge reopened")
expect_not_contains(OUT "<p>")
run_cli(text "${base}/redirect/article.md")
expect_rc(0)
expect_matches(OUT "^Council approves new budget\n")

# The page declares its own charset (Windows-1252); the server does not.
run_cli(text "${base}/cp1252.html")
expect_rc(0)
expect_contains(OUT "Renée Dupont")

run_cli(extract --json "${base}/article.html")
expect_rc(0)
json_get(title "${OUT}" title)
if(NOT title STREQUAL "Harbour bridge reopens after two years of repairs")
  fail("the JSON title is '${title}'")
endif()
json_get(id "${OUT}" id)
if(NOT id STREQUAL "${base}/article.html")
  fail("the JSON id is '${id}'")
endif()

# Refusals: each says why, and the good URL after them is still read.
run_cli(text --timeout 1 --max-size 1 "${base}/slow" "${base}/big" "${base}/missing.html" "${base}/loop"
        "${base}/pdf" "${base}/article.html")
expect_rc(nonzero)
expect_contains(ERR "${base}/slow: error: no complete answer within 1 s")
expect_contains(ERR "${base}/big: error: the page is larger than 1 MB")
expect_contains(ERR "${base}/missing.html: error: the server answered HTTP 404")
expect_contains(ERR "${base}/loop: error: more than 10 redirects")
expect_contains(ERR "${base}/pdf: error: this is a PDF document, not an article")
expect_contains(OUT "The harbour bridge reopened")

# Nothing listens on port 1 of the loopback: a clear error, not a hang.
run_cli(text --timeout 5 "http://127.0.0.1:1/")
expect_rc(nonzero)
expect_contains(ERR "http://127.0.0.1:1/: error: ")

file(DOWNLOAD "${base}/quit" "${WORK}/quit.txt" TIMEOUT 5)
