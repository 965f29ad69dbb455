// The undo history: steps, merged repeats, the saved mark, and saving it so that undo
// still works after reopening.
#include "edit/builders.h"
#include "edit/chain.h"
#include "edit/history.h"
#include "edit/history_json.h"
#include "edit_fixture.h"

#include <catch2/catch.hpp>

using namespace ql;
using ql::test::sampleDocument;

namespace {

void perform(History& h, const Edit& edit, Document& d)
{
    const ApplyResult r = h.perform(edit, d);
    INFO(r.error);
    REQUIRE(r.ok());
}

}  // namespace

TEST_CASE("edit history: undo and redo walk the steps, with labels")
{
    Document d = sampleDocument();
    History h;
    CHECK_FALSE(h.canUndo());
    CHECK(h.undo(d) == "there is nothing to undo");
    perform(h, {ReassignQuote{QuoteId{2}, SpeakerId{2}}}, d);
    perform(h, {Compound{"Verify all from speaker", {{SetVerified{QuoteId{1}}}, {SetVerified{QuoteId{5}}}}}}, d);
    CHECK(h.steps().size() == 2);
    CHECK(h.undoLabel() == "Verify all from speaker");
    REQUIRE(h.undo(d).empty());
    CHECK_FALSE(d.annotations.quote(QuoteId{1})->verified);
    CHECK(d.annotations.quote(QuoteId{2})->speaker == SpeakerId{2});
    CHECK(h.redoLabel() == "Verify all from speaker");
    CHECK(h.undoLabel() == "Reassign quote");
    REQUIRE(h.redo(d).empty());
    CHECK(d.annotations.quote(QuoteId{5})->verified);
    CHECK(h.redo(d) == "there is nothing to redo");

    // A new edit after an undo drops what could be redone.
    REQUIRE(h.undo(d).empty());
    perform(h, {RejectQuote{QuoteId{4}}}, d);
    CHECK(h.steps().size() == 2);
    CHECK_FALSE(h.canRedo());
}

TEST_CASE("edit history: repeats merge into one step that undoes them all")
{
    Document d = sampleDocument();
    const Document start = d;
    History h;
    SECTION("nudges of the same edge")
    {
        for (int i = 0; i < 3; ++i)
            perform(h, {NudgeQuoteSpan{QuoteId{1}, Edge::End, NudgeUnit::Character, -1}}, d);
        CHECK(h.steps().size() == 1);
        CHECK(h.steps()[0].forward == Edit{NudgeQuoteSpan{QuoteId{1}, Edge::End, NudgeUnit::Character, -3}});
        CHECK(d.annotations.quote(QuoteId{1})->spans[0].in(d.text) == "We are rea");
        // The other way is another step: a word forward and back need not come back.
        perform(h, {NudgeQuoteSpan{QuoteId{1}, Edge::End, NudgeUnit::Character, 1}}, d);
        CHECK(h.steps().size() == 2);
    }
    SECTION("typing a name")
    {
        for (const char* name : {"L", "La", "Lav"})
            perform(h, {EditSpeaker{SpeakerId{3}, std::string(name)}}, d);
        CHECK(h.steps().size() == 1);
        CHECK(d.annotations.speaker(SpeakerId{3})->name == "Lav");
        // A role is another field: another step.
        perform(h, {EditSpeaker{SpeakerId{3}, std::nullopt, std::string("role")}}, d);
        CHECK(h.steps().size() == 2);
    }
    SECTION("dragging a span")
    {
        perform(h, {SetQuoteSpans{QuoteId{3}, {ql::test::find("We will")}}}, d);
        perform(h, {SetQuoteSpans{QuoteId{3}, {ql::test::find("will respond")}}}, d);
        CHECK(h.steps().size() == 1);
        // Unless merging is not wanted (a separate gesture).
        REQUIRE(h.perform({SetQuoteSpans{QuoteId{3}, {ql::test::find("respond")}}}, d, false).ok());
        CHECK(h.steps().size() == 2);
        REQUIRE(h.undo(d).empty());
    }
    while (h.canUndo())
        REQUIRE(h.undo(d).empty());
    CHECK(d.annotations == start.annotations);
    CHECK(mergeId({NudgeQuoteSpan{}}) == mergeId({NudgeQuoteSpan{QuoteId{4}}}));
    CHECK(mergeId({RejectQuote{}}) == -1);
}

TEST_CASE("edit history: the saved mark")
{
    Document d = sampleDocument();
    History h;
    CHECK_FALSE(h.isModified());
    perform(h, {NudgeQuoteSpan{QuoteId{1}, Edge::End, NudgeUnit::Character, -1}}, d);
    CHECK(h.isModified());
    h.markSaved();
    CHECK_FALSE(h.isModified());
    // A repeat after saving is a step of its own, so the saved state stays reachable.
    perform(h, {NudgeQuoteSpan{QuoteId{1}, Edge::End, NudgeUnit::Character, -1}}, d);
    CHECK(h.steps().size() == 2);
    CHECK(h.isModified());
    REQUIRE(h.undo(d).empty());
    CHECK_FALSE(h.isModified());
    REQUIRE(h.undo(d).empty());
    CHECK(h.isModified());
    // Going another way from before the saved state: it cannot be reached again.
    perform(h, {SetVerified{QuoteId{2}}}, d);
    REQUIRE(h.undo(d).empty());
    CHECK(h.isModified());
}

TEST_CASE("edit history: saved and read back, undo goes on where it was")
{
    Document d = sampleDocument();
    History h;
    perform(h, {MergeSpeakers{SpeakerId{3}, SpeakerId{1}}}, d);
    perform(h, propagateReassign(d.annotations, QuoteId{2}, SpeakerId{2}).edit, d);
    perform(h, {NudgeQuoteSpan{QuoteId{4}, Edge::Begin, NudgeUnit::Word, 1}}, d);
    perform(h, {NudgeQuoteSpan{QuoteId{4}, Edge::Begin, NudgeUnit::Word, 1}}, d);
    perform(h, {quoteFromSelection(d, ql::test::find("owners agree"), QuoteKind::Indirect)}, d);
    REQUIRE(h.undo(d).empty());  // one step waits to be redone

    const Json json = historyToJson(h, d);
    CHECK(json["position"] == 3);
    CHECK(json["edits"].size() == 4);
    const LoadedHistory loaded = historyFromJson(Json::parse(json.dump()), d);
    REQUIRE(loaded.ok());
    History reopened = loaded.history;
    CHECK_FALSE(reopened.isModified());
    CHECK(reopened.position() == 3);

    Document again = d;
    REQUIRE(reopened.redo(again).empty());
    CHECK(again.annotations.quotes.back().rule == "manual");
    while (reopened.canUndo())
        REQUIRE(reopened.undo(again).empty());
    CHECK(again.annotations == sampleDocument().annotations);
}

TEST_CASE("edit history: a saved history that does not lead to the annotations is refused")
{
    Document d = sampleDocument();
    History h;
    perform(h, {RejectQuote{QuoteId{1}}}, d);
    const Json json = historyToJson(h, d);

    Document other = sampleDocument();  // q1 is still there: the history does not end here
    const LoadedHistory wrong = historyFromJson(json, other);
    CHECK(wrong.error == "history: its edits do not lead to the saved annotations");
    CHECK(wrong.history.steps().empty());

    Json broken = json;
    broken["edits"][0] = Json{{"type", "reject-quote"}, {"quote", "q77"}};
    CHECK(historyFromJson(broken, d).error ==
          "history: step 1 (Delete quote) cannot be replayed: there is no quote q77");
    broken = json;
    broken["position"] = 5;
    CHECK(historyFromJson(broken, d).error == "history.position: must be between 0 and 1");
    CHECK(historyFromJson(Json::array(), d).error == "history: expected an object, found array");
}
