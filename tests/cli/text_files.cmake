# text FILE…: the title, then the text the engine reads; --meta, --compare, --format,
# --encoding; extract on HTML and Markdown files; refusals that say what a file is.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)
set(IMPORT "${DATA}/../import")

run_cli(text "${IMPORT}/article.html")
expect_rc(0)
expect_matches(OUT "^Harbour bridge reopens after two years of repairs\n\nThe harbour bridge reopened")
expect_contains(OUT "\n“The bridge is the town’s spine.")  # a blockquote, marked as quoted
foreach(furniture "Home" "cookies" "Share on Facebook" "Most read" "Comments" "Related" "All rights reserved"
        "tracking" "color: red")
  expect_not_contains(OUT "${furniture}")
endforeach()

run_cli(text --meta "${IMPORT}/article.html")
expect_contains(OUT "byline: Ana Ruiz, Tom Field\ndate: 2024-03-05T09:30:00Z\nsite: Coastal Herald\nlanguage: en-GB\n")

run_cli(text --whole-page "${IMPORT}/article.html")
expect_rc(0)
expect_contains(OUT "Most read")

# The extraction against the whole page: nothing extracted that the page lacks.
run_cli(text "${IMPORT}/article.html" --compare "${IMPORT}/article.html")
expect_rc(0)
expect_matches(OUT "article.html: F1 0\\.[0-9]+ \\(precision 1\\.000, recall 0\\.[0-9]+; [0-9]+ words, reference [0-9]+\\)")

run_cli(text "${IMPORT}/article.md" "${IMPORT}/wrapped.txt")
expect_rc(0)
expect_contains(OUT "== ${IMPORT}/article.md ==\nCouncil approves new budget\n\nCouncil approves new budget\nThe council approved")
expect_contains(OUT "== ${IMPORT}/wrapped.txt ==\n(no title)\n\nHarbour bridge reopens\n\nThe harbour bridge reopened to traffic on Tuesday morning, two years after engineers")

run_cli(text --format text "${IMPORT}/article.md")
expect_contains(OUT "# Council approves *new* budget")

run_cli(text --encoding windows-1252 "${IMPORT}/article.md" "${IMPORT}/wrapped.txt")
expect_rc(0)
run_cli(text --encoding klingon "${IMPORT}/wrapped.txt")
expect_rc(nonzero)
expect_contains(ERR "wrapped.txt: error: unknown encoding \"klingon\"")

file(WRITE "${WORK}/report.html" "%PDF-1.4 pretending to be a page")
file(WRITE "${WORK}/empty.html" "<html><body><nav><a href=/>Home</a></nav></body></html>")
run_cli(text "${WORK}/report.html" "${WORK}/empty.html" "${IMPORT}/cp1252.html")
expect_rc(nonzero)
expect_contains(ERR "report.html: error: this is a PDF document, not an article")
expect_contains(ERR "empty.html: error: the page has no article text")
expect_contains(OUT "Café news\n\n“We are ready,” said the café owner")

run_cli(extract --json "${IMPORT}/article.html")
expect_rc(0)
json_get(article_text "${OUT}" text)  # not "text": that is the name of expect_*'s own parameter
expect_not_contains(article_text "Most read")
expect_contains(article_text "The harbour bridge reopened")
json_get(quote "${OUT}" quotes 0 id)
