// Extracting again never overwrites a human decision.
#include "edit/builders.h"
#include "edit/extraction_merge.h"
#include "edit/history.h"
#include "edit_fixture.h"
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ql;
using ql::test::find;
using ql::test::sampleDocument;

namespace {

void run(const Edit& edit, Document& d)
{
    const ApplyResult r = apply(edit, d);
    INFO(r.error);
    REQUIRE(r.ok());
}

// Every verified or manual quote, manual speaker and manual mention of `corrected` is in
// `merged` unchanged, and no quote sits on a deleted one.
void requireDecisionsKept(const AnnotationSet& corrected, const AnnotationSet& merged)
{
    for (const Quote& q : corrected.quotes)
        if (q.verified || q.manual) {
            const Quote* kept = merged.quote(q.id);
            REQUIRE(kept);
            CHECK(*kept == q);
        }
    for (const Speaker& s : corrected.speakers)
        if (s.manual) {
            const Speaker* kept = merged.speaker(s.id);
            REQUIRE(kept);
            CHECK(*kept == s);
        }
    for (const Mention& m : corrected.mentions)
        if (m.manual)
            CHECK(std::find(merged.mentions.begin(), merged.mentions.end(), m) != merged.mentions.end());
    for (Span r : corrected.rejected)
        for (const Quote& q : merged.quotes)
            CHECK_FALSE((q.bounds() == r && !q.manual));
    CHECK(merged.rejected == corrected.rejected);
    // Everything refers to speakers that are there.
    for (const Quote& q : merged.quotes) {
        CHECK((!q.speaker || merged.speaker(q.speaker)));
        for (SpeakerId alt : q.alternatives)
            CHECK(merged.speaker(alt));
    }
    for (const Mention& m : merged.mentions)
        CHECK((!m.speaker || merged.speaker(m.speaker)));
}

}  // namespace

TEST_CASE("edit extraction merge: decisions stay, the engine fills in the rest")
{
    const AnnotationSet fresh = sampleDocument().annotations;  // what the engine says again
    Document d = sampleDocument();
    run({ReassignQuote{QuoteId{2}, SpeakerId{2}}}, d);
    run({SetVerified{QuoteId{5}}}, d);
    run({RejectQuote{QuoteId{3}}}, d);
    run({EditSpeaker{SpeakerId{1}, std::string("NATO chief Rasmussen")}}, d);
    run({quoteFromSelection(d, find("owners agree"), QuoteKind::Indirect, SpeakerId{3})}, d);

    const ExtractionMerge merged = mergeExtraction(d.annotations, fresh);
    requireDecisionsKept(d.annotations, merged.annotations);
    CHECK(merged.kept == 3);     // q2 (reassigned), q5 (verified), q6 (added by hand)
    CHECK(merged.added == 2);    // q1 and q4 again
    CHECK(merged.dropped == 3);  // q2 and q5 are decided, q3 was deleted
    std::vector<std::uint32_t> order;
    for (const Quote& q : merged.annotations.quotes)
        order.push_back(q.id.value);
    CHECK(order == std::vector<std::uint32_t>{1, 2, 4, 5, 6});
    // The renamed speaker is recognised by its mentions: q1 goes to it, not to a new one.
    CHECK(merged.annotations.quote(QuoteId{1})->speaker == SpeakerId{1});
    CHECK(merged.annotations.speaker(SpeakerId{1})->name == "NATO chief Rasmussen");
    CHECK(merged.annotations.speakers.size() == 3);
}

TEST_CASE("edit extraction merge: a merge and a split a human made carry over")
{
    const AnnotationSet fresh = sampleDocument().annotations;
    Document d = sampleDocument();
    run({MergeSpeakers{SpeakerId{2}, SpeakerId{3}}}, d);  // Lavrov's quotes to the owners: a test, not sense
    run({SplitAlias{SpeakerId{1}, "Rasmussen", SpeakerId{4}}}, d);
    // Let the engine decide the quotes again (no quote is manual or verified).
    for (Quote& q : d.annotations.quotes)
        q.manual = false;

    const ExtractionMerge merged = mergeExtraction(d.annotations, fresh);
    requireDecisionsKept(d.annotations, merged.annotations);
    CHECK(merged.added == 5);
    CHECK(merged.annotations.quote(QuoteId{4})->speaker == SpeakerId{3});  // Lavrov's mentions are s3's now
    CHECK(merged.annotations.quote(QuoteId{5})->speaker == SpeakerId{4});  // "said Rasmussen": the split speaker
    CHECK(merged.annotations.quote(QuoteId{1})->speaker == SpeakerId{1});
    CHECK_FALSE(merged.annotations.speaker(SpeakerId{2}));
}

TEST_CASE("edit extraction merge: corrections of the engine's own output survive extracting again")
{
    const std::string& text = ql::test::kArticle;
    const AnnotationSet fresh = extractQuotes(text);
    REQUIRE(fresh.quotes.size() >= 4);
    // A fixed list of corrections on the engine's own ids.
    Document d;
    d.text = text;
    d.annotations = fresh;
    const QuoteId first = fresh.quotes.front().id, last = fresh.quotes.back().id;
    run({SetVerified{first}}, d);
    run({RejectQuote{fresh.quotes[1].id}}, d);
    run({NudgeQuoteSpan{last, Edge::End, NudgeUnit::Character, -1}}, d);
    const CreateSpeaker owners = speakerFromSelection(d, find("Caf\xC3\xA9 owners"));
    run({owners}, d);
    run({quoteFromSelection(d, find("owners agree"), QuoteKind::Indirect, owners.id)}, d);

    const ExtractionMerge merged = mergeExtraction(d.annotations, fresh);
    requireDecisionsKept(d.annotations, merged.annotations);
    CHECK(merged.kept == 3);
    // Merging again changes nothing: the merge is stable.
    CHECK(mergeExtraction(merged.annotations, fresh).annotations == merged.annotations);
}
