# --help lists every subcommand; a missing subcommand is a usage error.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)

run_cli(--help)
expect_rc(0)
foreach(command extract eval bench)
  expect_contains(OUT "${command}")
endforeach()

run_cli()
expect_rc(nonzero)

run_cli(extract)
expect_rc(nonzero)
expect_contains(ERR "give article files or --jsonl")
