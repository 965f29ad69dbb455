# An exported JSON document opens again: exporting it gives the golden files byte for byte,
# and exporting it as JSON gives the same bytes back (export, open, export).
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)
set(GOLDEN "${CMAKE_CURRENT_LIST_DIR}/../data/export/golden")

foreach(sample tricky structured)
  foreach(format html json csv md)
    run_cli(export --format ${format} "${GOLDEN}/${sample}.json" -o "${WORK}/${format}")
    expect_rc(0)
    file(READ "${GOLDEN}/${sample}.${format}" expected)
    file(READ "${WORK}/${format}/${sample}.${format}" actual)
    if(NOT actual STREQUAL expected)
      fail("${sample}.json exported as ${format} differs from golden/${sample}.${format}")
    endif()
  endforeach()
endforeach()

# Twice round: the JSON written from an opened JSON opens and writes the same again.
run_cli(export --format json "${WORK}/json/tricky.json" -o "${WORK}/again")
expect_rc(0)
file(READ "${GOLDEN}/tricky.json" expected)
file(READ "${WORK}/again/tricky.json" actual)
if(NOT actual STREQUAL expected)
  fail("export, open, export changed the JSON")
endif()
