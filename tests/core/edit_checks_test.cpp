// Live checks, the review path and ranked candidates for reassigning.
#include "edit/builders.h"
#include "edit/candidates.h"
#include "edit/checks.h"
#include "edit_fixture.h"

#include <catch2/catch.hpp>

using namespace ql;
using ql::test::find;
using ql::test::sampleDocument;

namespace {

std::vector<std::string> kinds(const std::vector<CheckIssue>& issues)
{
    std::vector<std::string> result;
    for (const CheckIssue& i : issues)
        result.emplace_back(toString(i.kind));
    return result;
}

}  // namespace

TEST_CASE("edit checks: the fixture has one speaker with no quotes")
{
    const auto issues = checkDocument(sampleDocument());
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].kind == CheckKind::SpeakerWithoutQuotes);
    CHECK(issues[0].speaker == SpeakerId{3});
    CHECK(issues[0].message == "Caf\xC3\xA9 owners has no quotes.");
}

TEST_CASE("edit checks: each problem is found and said")
{
    struct Row {
        const char* name;
        void (*spoil)(Document&);
        std::vector<std::string> kinds;
        std::string firstMessage;
    };
    const Row rows[] = {
        {"no speaker, source a pronoun",
         [](Document& d) {
             d.annotations.quote(QuoteId{2})->speaker = {};
             d.annotations.mentions.erase(d.annotations.mentions.begin() + 3);
         },
         {"quote-without-speaker", "unresolved-pronoun", "speaker-without-quotes"},
         "The quote \xE2\x80\x9CThe alliance is wrong,\xE2\x80\x9D has no speaker."},
        {"a pronoun mention of nobody",
         [](Document& d) { d.annotations.mentions[3].speaker = {}; },
         {"unresolved-pronoun", "speaker-without-quotes"},
         "\xE2\x80\x9Che\xE2\x80\x9D refers to nobody."},
        {"an empty piece",
         [](Document& d) { d.annotations.quote(QuoteId{4})->spans = {Span{10, 10}}; },
         {"empty-span", "speaker-without-quotes"},
         "The quote \xE2\x80\x9C\xE2\x80\x9D is empty."},
        {"a span past the end",
         [](Document& d) { d.annotations.quote(QuoteId{4})->cue = Span{5, 5000}; },
         {"span-outside-text", "speaker-without-quotes"},
         "The cue of \xE2\x80\x9Ctalks would go on\xE2\x80\x9D is outside the text."},
        {"two quotes share text",
         [](Document& d) { d.annotations.quote(QuoteId{3})->spans = {find("wrong,\xE2\x80\x9D he said. \xE2\x80\x9CWe")}; },
         {"overlapping-quotes", "speaker-without-quotes"},
         "The quote \xE2\x80\x9Cwrong,\xE2\x80\x9D he said. \xE2\x80\x9CWe\xE2\x80\x9D overlaps \xE2\x80\x9CThe alliance is wrong,\xE2\x80\x9D."},
        {"a speaker id that does not exist",
         [](Document& d) { d.annotations.quote(QuoteId{5})->speaker = SpeakerId{8}; },
         {"unknown-speaker", "speaker-without-quotes"},
         "The quote \xE2\x80\x9CNobody wants this,\xE2\x80\x9D names a speaker (s8) that does not exist."},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        Document d = sampleDocument();
        row.spoil(d);
        const auto issues = checkDocument(d);
        CHECK(kinds(issues) == row.kinds);
        REQUIRE_FALSE(issues.empty());
        CHECK(issues[0].message == row.firstMessage);
    }
}

TEST_CASE("edit checks: a long quote is cut in the message, on a character boundary")
{
    Document d = sampleDocument();
    d.annotations.quote(QuoteId{1})->spans = {Span{0, find("Monday").end + 10}};
    d.annotations.quote(QuoteId{1})->speaker = {};
    const auto issues = checkDocument(d);
    REQUIRE(issues.size() >= 1);
    CHECK(issues[0].message == "The quote \xE2\x80\x9CNATO chief Anders Fogh Rasmussen spoke o\xE2\x80\xA6\xE2\x80\x9D has no speaker.");
}

TEST_CASE("edit checks: the review path goes from the least confident unverified quote")
{
    Document d = sampleDocument();
    auto order = [&] {
        std::vector<std::uint32_t> ids;
        for (QuoteId q : triageOrder(d.annotations))
            ids.push_back(q.value);
        return ids;
    };
    CHECK(order() == std::vector<std::uint32_t>{3, 2, 4, 1, 5});
    CHECK(nextToCheck(d.annotations) == QuoteId{3});
    CHECK(reviewProgress(d.annotations) == ReviewProgress{0, 5});

    // One key marks it verified and the path moves on.
    REQUIRE(apply({SetVerified{QuoteId{3}}}, d).ok());
    CHECK(nextToCheck(d.annotations) == QuoteId{2});
    // A quote a human changed is decided: off the path too.
    REQUIRE(apply({ReassignQuote{QuoteId{2}, SpeakerId{2}}}, d).ok());
    CHECK(order() == std::vector<std::uint32_t>{4, 1, 5});
    CHECK(reviewProgress(d.annotations) == ReviewProgress{1, 5});

    REQUIRE(apply({verifyAllFrom(d.annotations, SpeakerId{1})}, d).ok());
    REQUIRE(apply({verifyAllFrom(d.annotations, SpeakerId{2})}, d).ok());
    CHECK_FALSE(nextToCheck(d.annotations));
    CHECK(reviewProgress(d.annotations) == ReviewProgress{5, 5});
    CHECK(verifyAllFrom(d.annotations, SpeakerId{1}).edits.empty());
}

TEST_CASE("edit candidates: runner-ups first, then the nearest speakers")
{
    const AnnotationSet set = sampleDocument().annotations;
    auto speakers = [](const std::vector<Candidate>& list) {
        std::vector<std::uint32_t> ids;
        for (const Candidate& c : list)
            ids.push_back(c.speaker.value);
        return ids;
    };
    // q2 is Rasmussen's; the engine's runner-up is Lavrov; Café owners are never mentioned.
    const auto forQ2 = reassignCandidates(set, QuoteId{2});
    CHECK(speakers(forQ2) == std::vector<std::uint32_t>{2, 3});
    CHECK(forQ2[0].reason == CandidateReason::RunnerUp);
    CHECK(forQ2[1].reason == CandidateReason::Elsewhere);

    // q4 is Lavrov's, no runner-up: Rasmussen is nearest ("said Rasmussen" on the same line).
    const auto forQ4 = reassignCandidates(set, QuoteId{4});
    CHECK(speakers(forQ4) == std::vector<std::uint32_t>{1, 3});
    CHECK(forQ4[0].reason == CandidateReason::Nearby);
    CHECK(forQ4[0].distance == find("Rasmussen", 1).begin - find("talks would go on").end);

    CHECK(speakers(searchCandidates(set, QuoteId{2}, "LAV")) == std::vector<std::uint32_t>{2});
    CHECK(speakers(searchCandidates(set, QuoteId{2}, "caf")) == std::vector<std::uint32_t>{3});
    CHECK(searchCandidates(set, QuoteId{2}, "Rasmussen").empty());  // its own speaker is no candidate
    CHECK(reassignCandidates(set, QuoteId{77}).empty());
}

TEST_CASE("edit builders: selections become speakers and quotes")
{
    const Document d = sampleDocument();
    const Span selection{find("Sergei Lavrov").begin - 1, find("Sergei Lavrov").end + 1};  // with spaces
    const CreateSpeaker s = speakerFromSelection(d, selection, QuoteId{2});
    CHECK(s.id == SpeakerId{4});
    CHECK(s.name == "Sergei Lavrov");
    CHECK(s.mention == find("Sergei Lavrov"));
    CHECK(s.assign == QuoteId{2});

    // Quote marks and spaces are left out of a quote's span.
    const Span quoted{find("We will respond.").begin - 4, find("We will respond.").end + 3};
    const AddQuote q = quoteFromSelection(d, quoted, QuoteKind::Direct, SpeakerId{2});
    CHECK(q.id == QuoteId{6});
    CHECK(q.spans == std::vector<Span>{find("We will respond.")});
    const Span space{find("he said").begin - 1, find("he said").begin};
    CHECK(quoteFromSelection(d, space, QuoteKind::Direct).spans.empty());
    CHECK(trimSelection(d.text, Span{0, 3000}, false).end == d.text.size() - 1);  // clamped, newline trimmed
}

TEST_CASE("edit builders: a dragged edge snaps to words and never empties its span")
{
    const std::string& text = ql::test::kArticle;
    Quote two;  // "The alliance is wrong," … "We will respond."
    two.id = QuoteId{7};
    two.spans = {find("The alliance is wrong,"), find("We will respond.")};
    Quote one;
    one.id = QuoteId{8};
    one.spans = {find("alliance is wrong,")};
    const auto at = [](std::string_view needle, std::uint32_t plus) { return find(needle).begin + plus; };
    struct Row {
        const char* name;
        const Quote& quote;
        Edge edge;
        std::uint32_t to;
        bool exact;
        std::optional<Span> moved;  // the span that changes; none: refused
    };
    const Row rows[] = {
        {"a start inside a word goes to its start", two, Edge::Begin, at("alliance", 2), false,
         Span{find("alliance").begin, find("wrong,").end}},
        {"exactly where dropped", two, Edge::Begin, at("alliance", 2), true, Span{at("alliance", 2), find("wrong,").end}},
        {"a start dragged earlier goes to the nearest word start", two, Edge::Begin, at("answered", 1), false,
         Span{find("answered").begin, find("wrong,").end}},
        {"an end inside a word goes to its end", two, Edge::End, at("respond", 5), false,
         Span{find("We will").begin, find("respond").end}},
        {"an end exactly", two, Edge::End, at("respond", 5), true, Span{find("We will").begin, at("respond", 5)}},
        {"a snap that empties the span keeps the place", one, Edge::End, at("alliance", 2), false,
         Span{find("alliance").begin, at("alliance", 2)}},
        {"a start onto its span's end is refused", two, Edge::Begin, find("wrong,").end, false, std::nullopt},
        {"a start past its span's end is refused", two, Edge::Begin, at("We will", 0), false, std::nullopt},
        {"an end onto its span's start is refused", two, Edge::End, find("We will").begin, true, std::nullopt},
        {"an end before its span's start is refused", one, Edge::End, at("The alliance", 1), false, std::nullopt},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const std::optional<SetQuoteSpans> edit = dragEdge(text, row.quote, row.edge, row.to, row.exact);
        REQUIRE(edit.has_value() == row.moved.has_value());
        if (!edit)
            continue;
        CHECK(edit->quote == row.quote.id);
        std::vector<Span> expected = row.quote.spans;
        (row.edge == Edge::Begin ? expected.front() : expected.back()) = *row.moved;
        CHECK(edit->spans == expected);
    }
}
