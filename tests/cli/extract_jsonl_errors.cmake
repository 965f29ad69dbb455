# Malformed JSONL lines are reported by line number; the other lines are still extracted,
# an error line keeps the output aligned with the input, and the exit code is non-zero.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)

run_cli(extract --jsonl "${DATA}/malformed.jsonl")
expect_rc(nonzero)
expect_contains(ERR "malformed.jsonl:2: error: not valid JSON")
expect_contains(ERR "malformed.jsonl:4: error: text: missing")
split_lines(lines "${OUT}")
expect_line_count(lines 4)  # the blank line 3 is not a record
json_get(id "${lines_0}" id)
json_get(id_last "${lines_3}" id)
if(NOT id STREQUAL "good1" OR NOT id_last STREQUAL "good2")
  fail("the good lines were not all extracted in order")
endif()
json_get(error "${lines_1}" error)
expect_contains(error "line 2")
json_get(id_notext "${lines_2}" id)
if(NOT id_notext STREQUAL "notext")
  fail("the id of a refused line is kept when it can be read")
endif()

run_cli(extract --jsonl "${DATA}/empty.jsonl")
expect_rc(nonzero)
expect_contains(ERR "empty.jsonl: error: no articles")

run_cli(extract --jsonl "${DATA}/missing.jsonl")
expect_rc(nonzero)
expect_contains(ERR "missing.jsonl: error: cannot open")
