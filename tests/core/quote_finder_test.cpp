#include "extract/quote_finder.h"
#include "extract/segmenter.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {
std::string quotations(std::string_view text)
{
    return dump(text, findQuotations(text, segment(text)));
}
}  // namespace

// Each expected line is one quotation: its pieces in brackets ("…" = runs on past its
// paragraph), nested quotations indented.
TEST_CASE("quote finder: marks, apostrophes, nesting and paragraphs")
{
    struct Row { const char* name; const char* text; const char* expected; };
    const Row rows[] = {
        {"straight double", "\"We are ready,\" she said.", "Q [We are ready,]\n"},
        {"curly double", "\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said.", "Q [We are ready,]\n"},
        {"split by attribution", "\"We are ready,\" he said, \"but not at any price.\"",
         "Q [We are ready,]\nQ [but not at any price.]\n"},
        {"apostrophes are not quote marks",
         "\xE2\x80\x9CWe can\xE2\x80\x99t wait for O\xE2\x80\x99Neill in the \xE2\x80\x99" "90s,\xE2\x80\x9D he said.",
         "Q [We can\xE2\x80\x99t wait for O\xE2\x80\x99Neill in the \xE2\x80\x99" "90s,]\n"},
        {"plural possessive inside single quotes",
         "\xE2\x80\x98The students\xE2\x80\x99 union is angry,\xE2\x80\x99 she said.",
         "Q [The students\xE2\x80\x99 union is angry,]\n"},
        {"plural possessive outside quotes", "The students\xE2\x80\x99 union met.", ""},
        {"a mark after a plural closes the quote when no noun it could own follows",
         "It posed \xE2\x80\x98no risk to workers\xE2\x80\x99 but was costly.",
         "Q [no risk to workers]\n"},
        {"a mark after a plural closes the quote before a conjunction or a modal",
         "He called it \xE2\x80\x98" "a gift to importers\xE2\x80\x99 and left.",
         "Q [a gift to importers]\n"},
        {"nested single inside double",
         "\"You can\xE2\x80\x99t say: \xE2\x80\x98No on the shield\xE2\x80\x99.\" Rogozin said.",
         "Q [You can\xE2\x80\x99t say: \xE2\x80\x98No on the shield\xE2\x80\x99.]\n  Q [No on the shield]\n"},
        {"guillemets with spaces", "\xC2\xAB Nous sommes pr\xC3\xAAts \xC2\xBB, dit-il.", "Q [Nous sommes pr\xC3\xAAts]\n"},
        {"low-high German", "\xE2\x80\x9EWir sind bereit\xE2\x80\x9C, sagte er.", "Q [Wir sind bereit]\n"},
        {"multi-paragraph quote", "\"First part.\n\"Second part.\n\"Third part,\" he said.",
         "Q [First part.… [Second part.… [Third part,]\n"},
        {"multi-paragraph quote in single marks", "He said: \xE2\x80\x98" "First part.\n\xE2\x80\x98" "Second part.\xE2\x80\x99",
         "Q [First part.… [Second part.]\n"},
        {"an excerpt in straight marks is not re-opened by a curly mark that quotes someone inside it",
         "\"First part.\n\xE2\x80\x9CNever,\xE2\x80\x9D she said.",
         "Q [First part.…\nQ [Never,]\n"},
        {"a curly quotation is not re-opened by a straight mark either",
         "\xE2\x80\x9C" "First part.\n\"Never,\" she said.",
         "Q [First part.…\nQ [Never,]\n"},
        {"an apostrophe before a paragraph that opens no quote stays one",
         "He said the \xE2\x80\x98" "90s were good.\nThen he left.", ""},
        {"stray open mark stays in its paragraph", "He said \"yes and left.\nNext paragraph \"quoted\" here.",
         "Q [yes and left.…\nQ [quoted]\n"},
        {"stray close mark is ignored", "He said yes\xE2\x80\x9D and left. \xE2\x80\x9CThen,\xE2\x80\x9D he said.",
         "Q [Then,]\n"},
        {"scare quotes are still quotations here", "the so-called \xE2\x80\x9Cpeace plan\xE2\x80\x9D was dead",
         "Q [peace plan]\n"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        CHECK(quotations(row.text) == row.expected);
    }
}

TEST_CASE("quote finder: token maps and features")
{
    const std::string text = "\"A b, \xE2\x80\x98" "c d\xE2\x80\x99 e.\" F said.";
    const Segmentation seg = segment(text);
    const QuoteScan scan = findQuotations(text, seg);
    REQUIRE(scan.quotations.size() == 2);
    const Quotation& outer = scan.quotations[0];
    CHECK(outer.parent == -1);
    CHECK(scan.quotations[1].parent == 0);
    CHECK(outer.words == 5);
    CHECK(outer.endsWithPunctuation);
    CHECK_FALSE(scan.quotations[1].endsWithPunctuation);
    CHECK(scan.innermost[1] == 0);  // A
    CHECK(scan.innermost[5] == 1);  // c
    CHECK(scan.outermost[5] == 0);
    CHECK(scan.innermost[seg.tokens.size() - 2] == -1);  // said
}
