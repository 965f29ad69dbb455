// What each edit does to the annotations, and what it refuses.
#include "edit/edit.h"
#include "edit_fixture.h"

#include <catch2/catch.hpp>

using namespace ql;
using ql::test::find;
using ql::test::sampleDocument;

namespace {

// Applies and requires success.
Document applied(const Edit& edit, Document d = sampleDocument())
{
    const ApplyResult r = apply(edit, d);
    INFO(r.error);
    REQUIRE(r.ok());
    return d;
}

const Quote& q(const Document& d, std::uint32_t id) { return *d.annotations.quote(QuoteId{id}); }
const Speaker& s(const Document& d, std::uint32_t id) { return *d.annotations.speaker(SpeakerId{id}); }
const Mention* mentionAt(const Document& d, Span span)
{
    for (const Mention& m : d.annotations.mentions)
        if (m.span == span)
            return &m;
    return nullptr;
}

}  // namespace

TEST_CASE("edit apply: reassigning a quote gives it to the speaker and marks it manual")
{
    const Document d = applied({ReassignQuote{QuoteId{2}, SpeakerId{2}}});
    CHECK(q(d, 2).speaker == SpeakerId{2});
    CHECK(q(d, 2).manual);
    CHECK(q(d, 1) == q(sampleDocument(), 1));

    const Document none = applied({ReassignQuote{QuoteId{2}, SpeakerId{}}});
    CHECK_FALSE(q(none, 2).speaker);
}

TEST_CASE("edit apply: a new speaker from a selection gets a mention and the quote")
{
    const Span selection = find("NATO chief");
    const Document d = applied({CreateSpeaker{SpeakerId{9}, "NATO chief", SpeakerType::Person, Gender::Unknown, "chief",
                                              selection, QuoteId{1}}});
    REQUIRE(d.annotations.speakers.size() == 4);
    CHECK(d.annotations.speakers.back().id == SpeakerId{9});
    CHECK(s(d, 9).name == "NATO chief");
    CHECK(s(d, 9).role == "chief");
    CHECK(s(d, 9).manual);
    CHECK(q(d, 1).speaker == SpeakerId{9});
    const Mention* m = mentionAt(d, selection);
    REQUIRE(m);
    CHECK(m->speaker == SpeakerId{9});
    CHECK(m->manual);
    CHECK(std::is_sorted(d.annotations.mentions.begin(), d.annotations.mentions.end(),
                         [](const Mention& a, const Mention& b) { return a.span < b.span; }));
}

TEST_CASE("edit apply: editing a speaker changes only the fields given")
{
    const Document d = applied({EditSpeaker{SpeakerId{3}, std::nullopt, "bakers", std::nullopt, Gender::Female}});
    CHECK(s(d, 3).name == "Caf\xC3\xA9 owners");
    CHECK(s(d, 3).role == "bakers");
    CHECK(s(d, 3).type == SpeakerType::Organization);
    CHECK(s(d, 3).gender == Gender::Female);
    CHECK(s(d, 3).manual);
}

TEST_CASE("edit apply: merging speakers moves quotes, mentions and runner-up places and joins the names")
{
    const Document d = applied({MergeSpeakers{SpeakerId{1}, SpeakerId{2}}});
    CHECK_FALSE(d.annotations.speaker(SpeakerId{1}));
    for (const Quote& quote : d.annotations.quotes) {
        CHECK(quote.speaker == SpeakerId{2});
        CHECK(quote.alternatives.empty());  // s2 was the runner-up of s1's quotes: not its own runner-up
    }
    for (const Mention& m : d.annotations.mentions)
        CHECK(m.speaker == SpeakerId{2});
    CHECK(s(d, 2).aliases == std::vector<std::string>{"Lavrov", "Anders Fogh Rasmussen", "Rasmussen"});
    CHECK(q(d, 1).manual);
    CHECK_FALSE(q(d, 4).manual);  // it was s2's already: not touched
}

TEST_CASE("edit apply: splitting an alias moves what is written that way and what hangs on it")
{
    // q5's source is "Rasmussen"; nothing hangs on that mention.
    const Document d = applied({SplitAlias{SpeakerId{1}, "Rasmussen", SpeakerId{4}}});
    CHECK(s(d, 4).name == "Rasmussen");
    CHECK(s(d, 4).type == SpeakerType::Person);
    CHECK(s(d, 1).aliases.empty());
    CHECK(q(d, 5).speaker == SpeakerId{4});
    CHECK(mentionAt(d, find("Rasmussen", 1))->speaker == SpeakerId{4});
    for (std::uint32_t id : {1u, 2u, 3u})
        CHECK(q(d, id).speaker == SpeakerId{1});
}

TEST_CASE("edit apply: adding a quote puts it in reading order")
{
    const Span span = find("owners agree");
    const Document d = applied({AddQuote{QuoteId{6}, QuoteKind::Indirect, {span}, SpeakerId{3}}});
    REQUIRE(d.annotations.quotes.size() == 6);
    CHECK(d.annotations.quotes.back().id == QuoteId{6});
    CHECK(q(d, 6).manual);
    CHECK(q(d, 6).speaker == SpeakerId{3});

    const Document early = applied({AddQuote{QuoteId{7}, QuoteKind::Mixed, {find("spoke on Monday")}, SpeakerId{}}});
    CHECK(early.annotations.quotes.front().id == QuoteId{7});
}

TEST_CASE("edit apply: deleting a quote remembers where it was")
{
    const Document d = applied({RejectQuote{QuoteId{3}}});
    CHECK_FALSE(d.annotations.quote(QuoteId{3}));
    CHECK(d.annotations.rejected == std::vector<Span>{find("We will respond.")});
}

TEST_CASE("edit apply: setting a quote's spans re-sorts it")
{
    const Span late = find("Nobody wants this");
    const Document d = applied({SetQuoteSpans{QuoteId{1}, {late}}});
    CHECK(q(d, 1).spans == std::vector<Span>{late});
    CHECK(q(d, 1).manual);
    // q1 now starts just before q5, after q4.
    std::vector<std::uint32_t> order;
    for (const Quote& quote : d.annotations.quotes)
        order.push_back(quote.id.value);
    CHECK(order == std::vector<std::uint32_t>{2, 3, 4, 1, 5});
}

TEST_CASE("edit apply: nudging an edge by word or character")
{
    // q1 is "We are ready," (in curly quotes).
    struct Row {
        Edge edge;
        NudgeUnit unit;
        int steps;
        const char* expected;
    };
    const Row rows[] = {
        {Edge::End, NudgeUnit::Word, -1, "We are"},
        {Edge::End, NudgeUnit::Word, -2, "We"},
        {Edge::End, NudgeUnit::Character, -1, "We are ready"},
        {Edge::End, NudgeUnit::Character, 1, "We are ready,\xE2\x80\x9D"},  // a whole three-byte mark
        {Edge::End, NudgeUnit::Word, 1, "We are ready,\xE2\x80\x9D he"},
        {Edge::Begin, NudgeUnit::Word, 1, "are ready,"},
        {Edge::Begin, NudgeUnit::Word, 2, "ready,"},
        {Edge::Begin, NudgeUnit::Word, 3, "ready,"},  // never empties the quote
        {Edge::Begin, NudgeUnit::Character, -1, "\xE2\x80\x9CWe are ready,"},
        {Edge::Begin, NudgeUnit::Word, -1, "Monday. \xE2\x80\x9CWe are ready,"},
        {Edge::End, NudgeUnit::Word, -50, "We"},  // never empties the quote
    };
    for (const Row& row : rows) {
        INFO("edge " << (row.edge == Edge::Begin ? "begin" : "end") << ", steps " << row.steps);
        const Document d = applied({NudgeQuoteSpan{QuoteId{1}, row.edge, row.unit, row.steps}});
        CHECK(q(d, 1).spans.front().in(d.text) == row.expected);
        CHECK(q(d, 1).manual);
    }
}

TEST_CASE("edit apply: mention and cue are set and cleared, a new mention place joins the mentions")
{
    const Span name = find("Sergei Lavrov");
    const Document set = applied({SetQuoteMention{QuoteId{3}, name, MentionKind::Name}});
    CHECK(q(set, 3).mention == name);
    CHECK(set.annotations.mentions == sampleDocument().annotations.mentions);  // already a mention

    const Span minister = find("Foreign Minister");
    const Document added = applied({SetQuoteMention{QuoteId{3}, minister, MentionKind::RoleNoun}});
    const Mention* m = mentionAt(added, minister);
    REQUIRE(m);
    CHECK(m->speaker == SpeakerId{1});
    CHECK(m->kind == MentionKind::RoleNoun);

    const Document cleared = applied({SetQuoteMention{QuoteId{1}, std::nullopt}});
    CHECK_FALSE(q(cleared, 1).mention);

    const Document cue = applied({SetQuoteCue{QuoteId{3}, find("answered")}});
    CHECK(q(cue, 3).cue == find("answered"));
    CHECK_FALSE(q(applied({SetQuoteCue{QuoteId{1}, std::nullopt}}), 1).cue);
}

TEST_CASE("edit apply: verified and mention corrections")
{
    const Document d = applied({SetVerified{QuoteId{4}, true}});
    CHECK(q(d, 4).verified);
    CHECK_FALSE(q(d, 4).manual);
    CHECK_FALSE(q(applied({SetVerified{QuoteId{4}, false}}, d), 4).verified);

    const Span he2{find("he said", 1).begin, find("he said", 1).begin + 2};
    const Document corrected = applied({SetMentionSpeaker{he2, SpeakerId{2}}});
    CHECK(mentionAt(corrected, he2)->speaker == SpeakerId{2});
    CHECK(mentionAt(corrected, he2)->manual);
    CHECK(q(corrected, 2).speaker == SpeakerId{1});  // the quote itself is another edit
}

TEST_CASE("edit apply: a compound is all or nothing")
{
    const Document d = applied({Compound{"two", {{SetVerified{QuoteId{1}}}, {ReassignQuote{QuoteId{2}, SpeakerId{2}}}}}});
    CHECK(q(d, 1).verified);
    CHECK(q(d, 2).speaker == SpeakerId{2});

    Document refused = sampleDocument();
    const ApplyResult r = apply({Compound{"", {{SetVerified{QuoteId{1}}}, {RejectQuote{QuoteId{99}}}}}}, refused);
    CHECK(r.error == "there is no quote q99");
    CHECK(refused.annotations == sampleDocument().annotations);
}

TEST_CASE("edit apply: refused edits say why and change nothing")
{
    const std::uint32_t end = static_cast<std::uint32_t>(ql::test::kArticle.size());
    const Span insideMark{find("We are").begin - 1, find("We are").end};  // starts inside “
    struct Row {
        Edit edit;
        const char* error;
    };
    const Row rows[] = {
        {{ReassignQuote{QuoteId{42}, SpeakerId{1}}}, "there is no quote q42"},
        {{ReassignQuote{QuoteId{1}, SpeakerId{42}}}, "there is no speaker s42"},
        {{CreateSpeaker{SpeakerId{1}, "X"}}, "the new speaker needs an unused id, not \"s1\""},
        {{CreateSpeaker{SpeakerId{9}, ""}}, "the new speaker needs a name"},
        {{EditSpeaker{SpeakerId{1}, std::string()}}, "a speaker's name cannot be empty"},
        {{MergeSpeakers{SpeakerId{1}, SpeakerId{1}}}, "a speaker cannot be merged into itself"},
        {{MergeSpeakers{SpeakerId{1}, SpeakerId{8}}}, "there is no speaker s8"},
        {{SplitAlias{SpeakerId{1}, "Lavrov", SpeakerId{9}}}, "s1 has no alias \"Lavrov\""},
        {{AddQuote{QuoteId{1}, QuoteKind::Direct, {Span{0, 4}}}}, "the new quote needs an unused id, not \"q1\""},
        {{AddQuote{QuoteId{9}, QuoteKind::Direct, {}}}, "a quote needs at least one span"},
        {{AddQuote{QuoteId{9}, QuoteKind::Direct, {Span{4, 4}}}}, "the quote's span is empty"},
        {{AddQuote{QuoteId{9}, QuoteKind::Direct, {Span{4, end + 1}}}}, "the quote's span reaches past the end of the text"},
        {{AddQuote{QuoteId{9}, QuoteKind::Direct, {insideMark}}}, "the quote's span starts or ends inside a character"},
        {{SetQuoteSpans{QuoteId{1}, {Span{10, 20}, Span{15, 30}}}},
         "the pieces of a quote must be in reading order and must not overlap"},
        {{SetQuoteMention{QuoteId{1}, Span{3, 3}}}, "the mention is empty"},
        {{SetQuoteCue{QuoteId{1}, Span{0, end + 5}}}, "the cue reaches past the end of the text"},
        {{SetMentionSpeaker{Span{0, 4}, SpeakerId{7}}}, "there is no speaker s7"},
        {{RejectQuote{QuoteId{}}}, "there is no quote with no id"},
    };
    for (const Row& row : rows) {
        INFO(describe(row.edit));
        Document d = sampleDocument();
        const ApplyResult r = apply(row.edit, d);
        CHECK(r.error == row.error);
        CHECK(d.annotations == sampleDocument().annotations);
    }
}

TEST_CASE("edit apply: labels for an undo menu")
{
    CHECK(describe({ReassignQuote{QuoteId{1}, SpeakerId{2}}}) == "Reassign quote");
    CHECK(describe({ReassignQuote{QuoteId{1}, SpeakerId{}}}) == "Unattribute quote");
    CHECK(describe({EditSpeaker{SpeakerId{1}, std::string("X")}}) == "Rename speaker");
    CHECK(describe({NudgeQuoteSpan{QuoteId{1}, Edge::Begin}}) == "Move quote start");
    CHECK(describe({Compound{"Verify all from speaker", {}}}) == "Verify all from speaker");
}
