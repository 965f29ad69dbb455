// Edits as JSON: every kind survives a round trip, offsets are code points, and what is
// not an edit is refused with the field named.
#include "edit/edit_json.h"
#include "edit/extraction_merge.h"
#include "edit_fixture.h"
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace ql;
using ql::test::find;

namespace {

std::vector<Edit> oneOfEachKind()
{
    const Document d = ql::test::sampleDocument();
    AnnotationSet replaced = d.annotations;
    replaced.quotes.pop_back();
    replaced.rejected.push_back(find("Nobody wants this,"));
    return {
        {ReassignQuote{QuoteId{2}, SpeakerId{2}}},
        {ReassignQuote{QuoteId{2}, SpeakerId{}}},
        {CreateSpeaker{SpeakerId{4}, "Caf\xC3\xA9 staff", SpeakerType::Organization, Gender::Unknown, "staff",
                       find("Caf\xC3\xA9 owners"), QuoteId{5}}},
        {CreateSpeaker{SpeakerId{5}, "Someone"}},
        {EditSpeaker{SpeakerId{1}, std::string("Anders Rasmussen")}},
        {EditSpeaker{SpeakerId{3}, std::nullopt, std::string("owners"), SpeakerType::Person, Gender::Female}},
        {MergeSpeakers{SpeakerId{3}, SpeakerId{1}}},
        {SplitAlias{SpeakerId{1}, "Rasmussen", SpeakerId{7}}},
        {AddQuote{QuoteId{8}, QuoteKind::Mixed, {find("Later"), find("talks")}, SpeakerId{2}}},
        {RejectQuote{QuoteId{3}}},
        {SetQuoteSpans{QuoteId{1}, {find("We are")}}},
        {NudgeQuoteSpan{QuoteId{1}, Edge::Begin, NudgeUnit::Character, -3}},
        {NudgeQuoteSpan{QuoteId{1}, Edge::End, NudgeUnit::Word, 2}},
        {SetQuoteMention{QuoteId{3}, find("Sergei Lavrov"), MentionKind::Name}},
        {SetQuoteMention{QuoteId{3}, std::nullopt, MentionKind::Pronoun}},
        {SetQuoteCue{QuoteId{3}, find("answered")}},
        {SetQuoteCue{QuoteId{3}, std::nullopt}},
        {SetVerified{QuoteId{4}, true}},
        {SetVerified{QuoteId{4}, false}},
        {SetMentionSpeaker{find("he said", 1), SpeakerId{2}, MentionKind::Pronoun}},
        {ReplaceAnnotations{replaced}},
        {Compound{"Verify all from speaker", {{SetVerified{QuoteId{1}}}, {SetVerified{QuoteId{2}}}}}},
        {Compound{"nested", {{Compound{"inner", {{RejectQuote{QuoteId{1}}}}}}}}},
    };
}

}  // namespace

TEST_CASE("edit json: every kind survives a round trip")
{
    const EditJson json(ql::test::kArticle);
    for (const Edit& edit : oneOfEachKind()) {
        const Json written = json.write(edit);
        INFO(written.dump());
        CHECK(json.read(written, "edit") == edit);
        // And through text, as in a file.
        const ParsedEdit parsed = parseEdit(written.dump(), ql::test::kArticle);
        REQUIRE(parsed.ok());
        CHECK(parsed.edit == edit);
    }
}

TEST_CASE("edit json: the written form, with code point offsets")
{
    const EditJson json(ql::test::kArticle);
    // “The alliance…” starts after a three-byte quote mark: bytes and code points differ.
    const Span alliance = find("The alliance");
    const Json written = json.write({SetQuoteSpans{QuoteId{2}, {alliance}}});
    const std::uint32_t start = alliance.begin - 3 * 2;  // three curly marks before it: 3 bytes, 1 code point each
    CHECK(written.dump() == R"({"type":"set-quote-spans","quote":"q2","spans":[[)" + std::to_string(start) + "," +
                                std::to_string(start + 12) + "]]}");
    CHECK(json.write({NudgeQuoteSpan{QuoteId{1}, Edge::End, NudgeUnit::Word, -2}}).dump() ==
          R"({"type":"nudge-quote-span","quote":"q1","edge":"end","unit":"word","steps":-2})");
    CHECK(json.write({MergeSpeakers{SpeakerId{3}, SpeakerId{1}}}).dump() ==
          R"({"type":"merge-speakers","from":"s3","into":"s1"})");
    CHECK_THROWS_AS(json.write({Restore{}}), std::invalid_argument);
}

TEST_CASE("edit json: what is not an edit is refused, naming the field")
{
    struct Row {
        const char* json;
        const char* error;
    };
    const Row rows[] = {
        {"[1]", "edit: expected an object, found array"},
        {"{}", "edit.type: missing"},
        {R"({"type":"paint-it-red"})", "edit.type: unknown edit \"paint-it-red\""},
        {R"({"type":"reassign-quote","speaker":"s1"})", "edit.quote: missing"},
        {R"({"type":"reassign-quote","quote":"x1"})", "edit.quote: \"x1\" is not a valid id"},
        {R"({"type":"reject-quote","quote":7})", "edit.quote: expected a string, found number"},
        {R"({"type":"set-quote-spans","quote":"q1","spans":[[5,2]]})", "edit.spans[0]: the span ends before it starts"},
        {R"({"type":"set-quote-spans","quote":"q1","spans":[[0,100000]]})",
         "edit.spans[0][1]: offset 100000 is past the end of the text (277 code points)"},
        {R"({"type":"nudge-quote-span","quote":"q1","edge":"middle","unit":"word","steps":1})",
         "edit.edge: unknown value \"middle\""},
        {R"({"type":"nudge-quote-span","quote":"q1","edge":"end","unit":"word","steps":1.5})",
         "edit.steps: expected a whole number, found number"},
        {R"({"type":"nudge-quote-span","quote":"q1","edge":"end","unit":"word","steps":5000000})",
         "edit.steps: must be between -1000000 and 1000000"},
        {R"({"type":"create-speaker","id":"s4","name":"X","speaker_type":"robot","gender":"unknown"})",
         "edit.speaker_type: unknown value \"robot\""},
        {R"({"type":"compound","edits":[{"type":"reject-quote"}]})", "edit.edits[0].quote: missing"},
        {R"({"type":"replace-annotations","annotations":{"quotes":[{"id":"q1"}]}})",
         "edit.annotations.quotes[0].kind: missing"},
        {R"({"type":"set-mention-speaker","speaker":"s1","mention_kind":"name"})", "edit.mention: missing"},
    };
    for (const Row& row : rows) {
        INFO(row.json);
        const ParsedEdit parsed = parseEdit(row.json, ql::test::kArticle);
        CHECK(parsed.error == row.error);
    }
    CHECK_THAT(parseEdit("{\"type\":", ql::test::kArticle).error, Catch::StartsWith("not valid JSON: "));
}

TEST_CASE("edit json: a replacement keeps the chain links and the rejected quotes")
{
    Document d = ql::test::sampleDocument();
    d.annotations.rejected = {find("Monday")};
    const EditJson json(d.text);
    const Edit edit{ReplaceAnnotations{d.annotations}};
    const Edit back = json.read(json.write(edit), "edit");
    const auto& set = std::get<ReplaceAnnotations>(back.value).annotations;
    CHECK(set == d.annotations);
    CHECK(set.quotes[2].follows == QuoteId{2});
    CHECK(set.mentions[3].antecedent == d.annotations.mentions[1].span);
}
