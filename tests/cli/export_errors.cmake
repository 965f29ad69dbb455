# Inputs that cannot be read are reported by name and counted; the others are still exported
# and the exit code is non-zero. Usage mistakes say what to do.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)

file(WRITE "${WORK}/broken.json" "{\"format\": \"quotelens-document\", \"version\": 1, \"text\": ")
run_cli(export --format html "${WORK}/missing.txt" "${DATA}/minister.txt" "${DATA}/empty.txt" "${WORK}/broken.json"
        "${DATA}" -o "${WORK}/out")
expect_rc(nonzero)
expect_matches(ERR "missing.txt: error: [^\n]+")
expect_matches(ERR "empty.txt: error: [^\n]+")
expect_matches(ERR "broken.json: error: not a Quotelens document: not valid JSON")
if(NOT EXISTS "${WORK}/out/minister.html")
  fail("the good input was not exported")
endif()
expect_matches(OUT "exported [0-9]+ of [0-9]+ articles, [1-9][0-9]* failed")

# Errors come in input order, whatever order the threads finish in.
string(FIND "${ERR}" "missing.txt: error" first)
string(FIND "${ERR}" "broken.json: error" last)
if(first GREATER last)
  fail("errors are not in input order")
endif()

run_cli(export --format pdf "${DATA}/minister.txt" -o "${WORK}/pdf")
expect_rc(nonzero)
expect_contains(ERR "quotelens --export pdf")

run_cli(export --format html --combined "${DATA}/minister.txt" -o "${WORK}/x")
expect_rc(nonzero)
expect_contains(ERR "--combined")

run_cli(export --format docx "${DATA}/minister.txt" -o "${WORK}/x")
expect_rc(nonzero)

file(WRITE "${WORK}/a-file" "")
run_cli(export --format html "${DATA}/minister.txt" -o "${WORK}/a-file")
expect_rc(nonzero)
expect_contains(ERR "a-file: error: cannot create the output folder")

file(MAKE_DIRECTORY "${WORK}/no-articles")
run_cli(export --format html "${WORK}/no-articles" -o "${WORK}/y")
expect_rc(nonzero)
expect_contains(ERR "no article files in this folder")
