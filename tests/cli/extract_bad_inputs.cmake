# Unreadable, empty and mis-encoded inputs: a clear message each, the good files still done,
# and a non-zero exit code at the end when anything failed.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)

run_cli(extract "${DATA}/no-such-file.txt" "${DATA}" "${DATA}/empty.txt" "${DATA}/minister.txt")
expect_rc(nonzero)
expect_contains(ERR "no-such-file.txt: error: No such file or directory")
expect_contains(ERR "${DATA}: error: it is a directory")
expect_contains(ERR "empty.txt: error: the article is empty")
expect_contains(OUT "minister.txt: ")  # the good file after the bad ones is still extracted

# Invalid UTF-8 is read as Windows-1252, with a warning that says where; not an error.
run_cli(extract --json "${DATA}/cp1252.txt")
expect_rc(0)
expect_contains(ERR "cp1252.txt: warning: invalid UTF-8 at line 2, column 16")
json_get(text "${OUT}" text)
expect_contains(text "said “we are ready”")
