# eval: hand-made predictions scored against hand-made gold, with curly quotes and emoji
# before the quotes, so that only code point offsets give these figures.
include(${CMAKE_CURRENT_LIST_DIR}/support/cli_test.cmake)

run_cli(eval "${DATA}/gold.jsonl" --pred "${DATA}/pred_perfect.jsonl")
expect_rc(0)
expect_contains(OUT "2 articles: 3 gold quotes, 3 predicted")
expect_contains(OUT "headline: attributed-quote F1 1.000")
expect_matches(OUT "overall +3 +3 +1.000 +1.000 +1.000 +1.000 +1.000 +1.000 +1.000 +1.000")
expect_contains(OUT "entity: 1 of 1 matched quotes name the gold entity")

run_cli(eval "${DATA}/gold.jsonl" --pred "${DATA}/pred_perfect.jsonl" --json)
expect_rc(0)
json_get(hits "${OUT}" attributed overall gold_hits)
json_get(direct "${OUT}" attributed direct gold)
if(NOT hits EQUAL 3 OR NOT direct EQUAL 2)
  fail("unexpected JSON figures")
endif()

# One prediction, content right and source wrong; a line for an unknown article; a broken line.
run_cli(eval "${DATA}/gold.jsonl" --pred "${DATA}/pred_partial.jsonl")
expect_rc(nonzero)
expect_contains(ERR "pred_partial.jsonl:2: warning: no gold article has the id \"zz\"")
expect_contains(ERR "pred_partial.jsonl:3: error: quotes[0].kind: missing")
expect_contains(ERR "1 gold articles have no prediction")
expect_matches(OUT "overall +3 +1 +1.000 +0.333 +0.500 +0.000 +0.000 +0.000")
expect_contains(OUT "headline: attributed-quote F1 0.000")

# Malformed gold lines are reported by number; the rest is still scored.
run_cli(eval "${DATA}/gold_malformed.jsonl" --pred "${DATA}/pred_perfect.jsonl")
expect_rc(nonzero)
expect_contains(ERR "gold_malformed.jsonl:2: error: quotes[0].end: offset 999 is past the end")
expect_contains(OUT "1 article: 2 gold quotes")
expect_contains(ERR "pred_perfect.jsonl:2: warning: no gold article has the id \"b2\"")

# Without --pred the engine runs; whatever it finds, the table is there.
run_cli(eval "${DATA}/gold.jsonl")
expect_rc(0)
expect_matches(OUT "overall +3 ")

# Predictions written by "extract --json" carry their text: it must be the gold text.
file(WRITE "${WORK}/other_text.jsonl" "{\"id\": \"a1\", \"text\": \"A different text.\", \"quotes\": []}\n")
run_cli(eval "${DATA}/gold.jsonl" --pred "${WORK}/other_text.jsonl")
expect_rc(nonzero)
expect_contains(ERR "other_text.jsonl:1: error: the prediction for \"a1\" carries a text that differs from the gold text")
