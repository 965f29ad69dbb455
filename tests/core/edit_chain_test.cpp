// Fix once, fixed everywhere: a correction travels along the chain of mentions that gave
// quotes their speaker, and no further.
#include "edit/chain.h"
#include "edit/history.h"
#include "edit_fixture.h"
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ql;
using ql::test::find;
using ql::test::sampleDocument;

namespace {

Span he(int nth)
{
    const Span s = find("he said", nth);
    return {s.begin, s.begin + 2};
}

std::vector<std::uint32_t> ids(const std::vector<QuoteId>& quotes)
{
    std::vector<std::uint32_t> result;
    for (QuoteId q : quotes)
        result.push_back(q.value);
    return result;
}

}  // namespace

TEST_CASE("edit chain: how a quote got its speaker")
{
    const AnnotationSet set = sampleDocument().annotations;
    CHECK(attributionChain(set, QuoteId{1}) == std::vector<Span>{he(0), find("Anders Fogh Rasmussen")});
    CHECK(attributionChain(set, QuoteId{2}) == std::vector<Span>{he(1), he(0), find("Anders Fogh Rasmussen")});
    CHECK(attributionChain(set, QuoteId{3}) == attributionChain(set, QuoteId{2}));  // it follows q2
    CHECK(attributionChain(set, QuoteId{4}) == std::vector<Span>{find("Lavrov", 1), find("Sergei Lavrov")});
    CHECK(attributionChain(set, QuoteId{99}).empty());

    // A cycle (which the engine never makes) ends the chain instead of looping.
    AnnotationSet cyclic = set;
    cyclic.mentions[1].antecedent = he(1);
    CHECK(attributionChain(cyclic, QuoteId{2}) == std::vector<Span>{he(1), he(0)});
}

TEST_CASE("edit chain: what depends on a link")
{
    const AnnotationSet set = sampleDocument().annotations;
    const Dependents fromFirstHe = dependentsOf(set, {he(0)}, {});
    CHECK(ids(fromFirstHe.quotes) == std::vector<std::uint32_t>{1, 2, 3});
    CHECK(fromFirstHe.mentions == std::vector<Span>{he(1)});
    const Dependents fromName = dependentsOf(set, {find("Anders Fogh Rasmussen")}, {});
    CHECK(ids(fromName.quotes) == std::vector<std::uint32_t>{1, 2, 3, 5});
    CHECK(ids(dependentsOf(set, {}, {QuoteId{2}}).quotes) == std::vector<std::uint32_t>{3});
    CHECK(dependentsOf(set, {find("Monday")}, {}).quotes.empty());
}

TEST_CASE("edit chain: reassigning a quote moves the quotes on the same wrong link")
{
    Document d = sampleDocument();
    const Document start = d;

    SECTION("the second 'he' was wrong: q2 and the quote that goes on from it move")
    {
        const Propagation p = propagateReassign(d.annotations, QuoteId{2}, SpeakerId{2});
        CHECK(ids(p.quotes) == std::vector<std::uint32_t>{3});
        CHECK(p.kept.empty());
        CHECK(p.mentions == std::vector<Span>{he(1)});
        CHECK(describe(p.edit) == "Reassign 2 quotes");
        History h;
        REQUIRE(h.perform(p.edit, d).ok());
        CHECK(h.steps().size() == 1);  // one undo step
        for (std::uint32_t id : {2u, 3u})
            CHECK(d.annotations.quote(QuoteId{id})->speaker == SpeakerId{2});
        CHECK(d.annotations.quote(QuoteId{1})->speaker == SpeakerId{1});
        CHECK(d.annotations.quote(QuoteId{5})->speaker == SpeakerId{1});
        REQUIRE(h.undo(d).empty());
        CHECK(d.annotations == start.annotations);
    }
    SECTION("the first 'he': everything downstream of it, but not a quote a human verified")
    {
        d.annotations.quote(QuoteId{3})->verified = true;
        const Propagation p = propagateReassign(d.annotations, QuoteId{1}, SpeakerId{3});
        CHECK(ids(p.quotes) == std::vector<std::uint32_t>{2});
        CHECK(ids(p.kept) == std::vector<std::uint32_t>{3});
        CHECK(p.mentions == std::vector<Span>{he(0), he(1)});
    }
    SECTION("a quote whose source is a plain name: the name is right, only followers move")
    {
        AnnotationSet set = d.annotations;
        set.mentions[5].antecedent.reset();  // "Rasmussen" stands alone
        const Propagation p = propagateReassign(set, QuoteId{5}, SpeakerId{2});
        CHECK(p.quotes.empty());
        CHECK(p.mentions.empty());
        CHECK(describe(p.edit) == "Reassign quote");
    }
    SECTION("an unknown quote gives an empty step")
    {
        const Propagation p = propagateReassign(d.annotations, QuoteId{42}, SpeakerId{2});
        CHECK(std::get<Compound>(p.edit.value).edits.empty());
    }
}

TEST_CASE("edit chain: correcting a mention re-resolves what depends on it")
{
    Document d = sampleDocument();
    const Propagation p = correctMention(d.annotations, he(1), SpeakerId{2});
    CHECK(ids(p.quotes) == std::vector<std::uint32_t>{2, 3});
    CHECK(describe(p.edit) == "Correct mention and 2 quotes");
    REQUIRE(apply(p.edit, d).ok());
    CHECK(d.annotations.quote(QuoteId{2})->speaker == SpeakerId{2});
    CHECK(d.annotations.quote(QuoteId{3})->speaker == SpeakerId{2});

    // An unresolved pronoun that is no mention yet: its quotes follow it.
    Document u = sampleDocument();
    u.annotations.mentions.erase(u.annotations.mentions.begin() + 3);
    u.annotations.quote(QuoteId{2})->speaker = {};
    u.annotations.quote(QuoteId{3})->speaker = {};
    const Propagation fix = correctMention(u.annotations, he(1), SpeakerId{2});
    CHECK(ids(fix.quotes) == std::vector<std::uint32_t>{2, 3});
    REQUIRE(apply(fix.edit, u).ok());
    CHECK(u.annotations.mentions.size() == 6);
    CHECK(u.annotations.mentions[3].kind == MentionKind::Pronoun);
    CHECK(u.annotations.quote(QuoteId{3})->speaker == SpeakerId{2});
}

TEST_CASE("edit chain: the engine's own links carry a correction")
{
    // The engine resolves "he" to the last man named, Rasmussen; the reader knows it is
    // Lavrov. The quoted paragraph after the narrative line goes on from that quote.
    Document d;
    d.text = "Russian Foreign Minister Sergei Lavrov met Anders Fogh Rasmussen on Monday.\n"
             "\"We still have time,\" he told reporters.\n"
             "The talks went on into the night.\n"
             "\"But time is running out for a deal with the alliance.\"\n"
             "\"We do not agree yet,\" Lavrov said.";
    d.annotations = extractQuotes(d.text);
    const AnnotationSet engine = d.annotations;
    REQUIRE(engine.quotes.size() == 3);
    const Quote& he = engine.quotes[0];
    const Quote& goesOn = engine.quotes[1];
    const Quote& named = engine.quotes[2];
    REQUIRE(engine.speaker(he.speaker));
    REQUIRE(engine.speaker(he.speaker)->name == "Anders Fogh Rasmussen");
    REQUIRE(goesOn.follows == he.id);
    const std::vector<Span> chain = attributionChain(engine, he.id);
    REQUIRE(chain.size() == 2);
    CHECK(chain[0].in(d.text) == "he");
    CHECK(chain[1].in(d.text) == "Anders Fogh Rasmussen");
    const SpeakerId lavrov = named.speaker;
    REQUIRE(engine.speaker(lavrov)->name.ends_with("Sergei Lavrov"));

    const Propagation p = propagateReassign(engine, he.id, lavrov);
    CHECK(ids(p.quotes) == std::vector<std::uint32_t>{goesOn.id.value});
    REQUIRE(p.mentions.size() == 1);
    CHECK(p.mentions[0].in(d.text) == "he");
    History h;
    REQUIRE(h.perform(p.edit, d).ok());
    CHECK(d.annotations.quote(he.id)->speaker == lavrov);
    CHECK(d.annotations.quote(goesOn.id)->speaker == lavrov);
    CHECK(d.annotations.quote(named.id)->speaker == lavrov);
    REQUIRE(h.undo(d).empty());
    CHECK(d.annotations == engine);
}
