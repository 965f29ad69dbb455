// Re-anchoring by content: spans follow their text when the article changes around them.
#include "store/reanchor.h"
#include "edit_fixture.h"

#include <catch2/catch.hpp>

using namespace ql;
using ql::test::find;

TEST_CASE("store reanchor: spans follow their text")
{
    struct Row {
        const char* name;
        std::string oldText;
        std::string newText;
        const char* piece;  // in the old text (first occurrence)
        int nth;            // which occurrence of the piece the new text should give, -1 for none
    };
    const Row rows[] = {
        {"unchanged", "A said x.\nB said y.", "A said x.\nB said y.", "y", 0},
        {"a paragraph added before", "A said x.\nB said y.", "Intro.\nA said x.\nB said y.", "B said", 0},
        {"a paragraph removed before", "Intro.\nA said x.\nB said y.", "A said x.\nB said y.", "B said", 0},
        {"paragraphs swapped", "One quote here.\nTwo quote there.", "Two quote there.\nOne quote here.", "One quote", 0},
        {"a word changed beside it", "Mr Lavrov said: we are ready.", "Mr Sergei Lavrov said: we are ready.", "we are ready", 0},
        {"its own words changed", "He said we are ready.", "He said we were ready.", "we are ready", -1},
        {"a short word not inside another", "he said so.\nThe end.", "Then she said so.\nThe end.", "he", -1},
        {"a short word nearest to its place", "he said.\nhe said.\nhe said.", "X.\nhe said.\nhe said.\nhe said.", "he", 0},
        {"a multi-line span", "\xE2\x80\x9C" "A\nB\xE2\x80\x9D said C.", "Top.\n\xE2\x80\x9C" "A\nB\xE2\x80\x9D said C.", "A\nB", 0},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const SpanMapper mapper(row.oldText, row.newText);
        const auto mapped = mapper.map(find(row.oldText, row.piece));
        if (row.nth < 0) {
            CHECK_FALSE(mapped);
        } else {
            REQUIRE(mapped);
            CHECK(*mapped == find(row.newText, row.piece, row.nth));
        }
    }
}

TEST_CASE("store reanchor: a short word goes to the occurrence where it was")
{
    // The second "he" of three; a line added on top shifts them all.
    const std::string oldText = "he said.\nhe said.\nhe said.";
    const std::string newText = "New.\nhe said.\nhe said.\nhe said.";
    CHECK(SpanMapper(oldText, newText).map(find(oldText, "he", 1)) == find(newText, "he", 1));
    // And with the line itself changed, the nearest whole word "he" is taken.
    const std::string edited = "he said.\nyes, he said.\nhe said.";
    CHECK(SpanMapper(oldText, edited).map(find(oldText, "he", 1)) == find(edited, "he", 1));
}

TEST_CASE("store reanchor: a whole set, with what cannot be placed listed")
{
    Document d = ql::test::sampleDocument();
    d.annotations.rejected = {find("spoke on Monday")};
    std::string changed = d.text;
    changed.replace(changed.find("We will respond."), 16, "We shall respond.");
    changed.replace(changed.find("spoke on Monday"), 15, "spoke on Tuesday");
    changed.replace(changed.find("answered"), 8, "replied");
    const Reanchored r = reanchor(d.annotations, d.text, changed);

    std::vector<std::string> parts;
    for (const UnplacedAnnotation& u : r.unplaced)
        parts.push_back(std::string(toString(u.part)) + ": " + u.oldText);
    CHECK(parts == std::vector<std::string>{"quote: We will respond.", "rejected: spoke on Monday"});
    REQUIRE(r.unplaced[0].removed);
    CHECK(r.unplaced[0].removed->id == QuoteId{3});
    CHECK(r.unplaced[0].speaker == SpeakerId{1});
    CHECK(r.annotations.quotes.size() == 4);
    CHECK(r.annotations.mentions.size() == d.annotations.mentions.size());
    CHECK(r.annotations.speakers == d.annotations.speakers);
    CHECK(r.annotations.rejected.empty());
    // Chain links move with their mentions.
    CHECK(r.annotations.mentions[3].antecedent == r.annotations.mentions[1].span);

    // A quote's source that cannot be placed is cleared and listed; the quote stays.
    Document withCue = d;
    withCue.annotations.quote(QuoteId{3})->cue = find("answered");
    std::string cueChanged = d.text;
    cueChanged.replace(cueChanged.find("answered"), 8, "replied");
    const Reanchored cue = reanchor(withCue.annotations, d.text, cueChanged);
    REQUIRE(cue.unplaced.size() == 1);
    CHECK(cue.unplaced[0].part == UnplacedPart::QuoteCue);
    CHECK(cue.unplaced[0].quote == QuoteId{3});
    CHECK(cue.unplaced[0].oldText == "answered");
    CHECK_FALSE(cue.annotations.quote(QuoteId{3})->cue);
}
