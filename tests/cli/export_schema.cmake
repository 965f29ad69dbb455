# Every JSON export validates against the committed schema, docs/schema/ (with python3-jsonschema).
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)
set(ROOT "${CMAKE_CURRENT_LIST_DIR}/../..")

run_cli(export --format json "${DATA}/minister.txt" "${DATA}/articles.jsonl" -o "${WORK}/json")
expect_rc(0)
file(GLOB exported "${WORK}/json/*.json" "${ROOT}/tests/data/export/golden/*.json")
# Debian's python3 has python3-jsonschema (quickstart.sh); prefer it to another python3 on PATH.
find_program(PYTHON3 python3 HINTS /usr/bin)
if(NOT PYTHON3)
  message(FATAL_ERROR "python3 not found: install python3-jsonschema (quickstart.sh does)")
endif()
execute_process(
  COMMAND "${PYTHON3}" -c [=[
import json, sys
import jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
bad = 0
for path in sys.argv[2:]:
    for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
        print(f"{path}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
        bad += 1
print(f"{len(sys.argv) - 2} files checked")
sys.exit(1 if bad else 0)
]=] "${ROOT}/docs/schema/quotelens-document-v1.schema.json" ${exported}
  RESULT_VARIABLE RC OUTPUT_VARIABLE OUT ERROR_VARIABLE ERR)
set(LAST_COMMAND "schema check")
expect_rc(0)
expect_matches(OUT "[6-9] files checked")
