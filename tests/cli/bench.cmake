# bench: prints speed and peak memory; an unreadable input is an error, the rest still run.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)

run_cli(bench "${DATA}/articles.jsonl" "${DATA}/minister.txt" --repeat 2)
expect_rc(0)
expect_contains(OUT "articles:   4")
expect_contains(OUT "2 passes")
expect_matches(OUT "speed: +[0-9.]+ MB/s")
expect_matches(OUT "cpu speed: +[0-9.]+ MB/s of CPU time")
expect_matches(OUT "peak RSS: +[0-9.]+ MiB")

run_cli(bench "${DATA}/missing.txt" "${DATA}/articles.jsonl")
expect_rc(nonzero)
expect_contains(ERR "missing.txt: error:")
expect_contains(OUT "articles:   3")

run_cli(bench "${DATA}/empty.jsonl")
expect_rc(nonzero)
expect_contains(ERR "no article text to measure")

run_cli(bench "${DATA}/articles.jsonl" --repeat 0)
expect_rc(nonzero)
