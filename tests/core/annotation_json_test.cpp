#include "io/annotation_json.h"

#include "export_samples.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {

// “We are ready,” she said. 😀 Café owners agree.   (46 code points, 54 bytes)
const std::string kText = "\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said. \xF0\x9F\x98\x80 Caf\xC3\xA9 owners agree.";

Document sampleDocument()
{
    Document doc;
    doc.id = "article-1";
    doc.text = kText;
    // Built field by field (export_samples.h), so that a field added to the model breaks nothing here.
    Speaker minister = test::makeSpeaker(1, "Anna Berg", SpeakerType::Person, Gender::Female, "Minister", {"Berg", "she"});
    Speaker owners = test::makeSpeaker(2, "Caf\xC3\xA9 owners", SpeakerType::Organization);
    doc.annotations.speakers = {minister, owners};
    Quote direct = test::makeQuote(1, QuoteKind::Direct, {{3, 16}}, SpeakerId{1}, Span{20, 23}, Span{24, 28}, 0.93,
                                   "quote-cue-speaker");
    direct.alternatives = {SpeakerId{2}};
    direct.verified = true;
    Quote split = test::makeQuote(2, QuoteKind::Mixed, {{3, 8}, {35, 47}}, SpeakerId{}, std::nullopt, std::nullopt, 0.25);
    Quote reported = test::makeQuote(3, QuoteKind::Indirect, {{48, 53}}, SpeakerId{2}, Span{35, 47}, std::nullopt,
                                     1.0 / 3.0, "reported");
    reported.manual = true;
    doc.annotations.quotes = {direct, split, reported};
    doc.annotations.mentions = {test::makeMention(Span{20, 23}, SpeakerId{1}, MentionKind::Pronoun),
                                test::makeMention(Span{35, 47}, SpeakerId{2}, MentionKind::Name)};
    return doc;
}

}  // namespace

TEST_CASE("annotation json: offsets are written as code points")
{
    const Json json = toAnnotationJson(sampleDocument());
    const Json& q1 = json["quotes"][0];
    CHECK(q1["id"] == "q1");
    CHECK(q1["kind"] == "direct");
    CHECK(q1["start"] == 1);
    CHECK(q1["end"] == 14);
    CHECK(q1["spans"] == Json::parse("[[1, 14]]"));
    CHECK(q1["speaker"] == "s1");
    CHECK(q1["mention"] == Json::parse(R"({"start": 16, "end": 19})"));
    CHECK(q1["cue"] == Json::parse(R"({"start": 20, "end": 24})"));
    CHECK(q1["confidence"] == 0.93);
    CHECK(q1["rule"] == "quote-cue-speaker");
    CHECK(q1["verified"] == true);

    const Json& q2 = json["quotes"][1];
    CHECK(q2["start"] == 1);
    CHECK(q2["end"] == 39);
    CHECK(q2["spans"] == Json::parse("[[1, 6], [28, 39]]"));
    CHECK(q2["speaker"].is_null());
    CHECK(q2["mention"].is_null());
    CHECK(q2["cue"].is_null());

    const Json& s1 = json["speakers"][0];
    CHECK(s1.dump() == R"({"id":"s1","name":"Anna Berg","type":"person","gender":"female","role":"Minister",)"
                       R"("aliases":["Berg","she"]})");
    CHECK(json["speakers"][1]["type"] == "organization");
    CHECK(json["mentions"][0] == Json::parse(R"({"start": 16, "end": 19, "speaker": "s1", "kind": "pronoun"})"));
    CHECK(json.begin().key() == "id");
    CHECK_FALSE(json.contains("text"));
    CHECK(toAnnotationJson(sampleDocument(), {.includeText = true})["text"] == kText);
}

TEST_CASE("annotation json: a document survives a round trip")
{
    const Document doc = sampleDocument();
    SECTION("with the text inside the JSON")
    {
        const ParsedDocument parsed = parseAnnotationJson(toAnnotationJson(doc, {.includeText = true}).dump());
        REQUIRE(parsed.ok());
        CHECK(parsed.document.id == doc.id);
        CHECK(parsed.document.text == doc.text);
        CHECK(parsed.document.annotations == doc.annotations);
    }
    SECTION("with the text given separately, as in the batch format")
    {
        const ParsedDocument parsed = parseAnnotationJson(toAnnotationJson(doc).dump(), kText);
        REQUIRE(parsed.ok());
        CHECK(parsed.document.annotations == doc.annotations);
    }
    SECTION("an empty annotation set")
    {
        Document empty;
        empty.id = "x";
        empty.text = "No quotes here.";
        const ParsedDocument parsed = parseAnnotationJson(toAnnotationJson(empty, {.includeText = true}).dump());
        REQUIRE(parsed.ok());
        CHECK(parsed.document.annotations == AnnotationSet{});
    }
}

TEST_CASE("annotation json: optional fields take their defaults")
{
    const ParsedDocument parsed = parseAnnotationJson(
        R"({"id": "a", "speakers": [{"id": "s1", "name": "Berg"}],
            "quotes": [{"id": "q1", "kind": "indirect", "start": 1, "end": 14, "speaker": "s1"}]})",
        kText);
    REQUIRE(parsed.ok());
    const AnnotationSet& set = parsed.document.annotations;
    REQUIRE(set.quotes.size() == 1);
    CHECK(set.quotes[0].spans == std::vector<Span>{{3, 16}});
    CHECK_FALSE(set.quotes[0].mention.has_value());
    CHECK(set.quotes[0].confidence == 0.0);
    CHECK_FALSE(set.quotes[0].verified);
    CHECK(set.speakers[0].type == SpeakerType::Unknown);
    CHECK(set.speakers[0].gender == Gender::Unknown);
}

TEST_CASE("annotation json: malformed input is refused with a message that names the field")
{
    struct Row { const char* json; const char* error; };
    const Row rows[] = {
        {"not json", "not valid JSON"},
        {"", "not valid JSON"},
        {R"({"quotes": [)", "not valid JSON"},
        {"[1, 2]", "expected an object, found array"},
        {R"({"text": 5})", "text: expected a string"},
        {R"({"quotes": 5})", "quotes: expected an array"},
        {R"({"quotes": [7]})", "quotes[0]: expected an object"},
        {R"({"quotes": [{"id": "q1", "start": 0, "end": 1}]})", "quotes[0].kind: missing"},
        {R"({"quotes": [{"id": "q1", "kind": "reported", "start": 0, "end": 1}]})", "unknown kind \"reported\""},
        {R"({"quotes": [{"id": "x1", "kind": "direct", "start": 0, "end": 1}]})", "quotes[0].id: \"x1\" is not a valid id"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1, "spans": [[0, 99]]}]})",
         "quotes[0].spans[0][1]: offset 99 is past the end of the text (46 code points)"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": -1, "end": 1}]})", "quotes[0].start: offset -1 is negative"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 1.5, "end": 2}]})", "quotes[0].start: expected an offset"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1, "spans": [[5, 2]]}]})",
         "quotes[0].spans[0]: the span ends before it starts"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1, "spans": [5]}]})",
         "quotes[0].spans[0]: expected a [start, end] pair"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1, "speaker": "s2"}]})",
         "quotes[0].speaker: no speaker has the id s2"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1, "mention": {"start": 3}}]})",
         "quotes[0].mention.end: missing"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1, "confidence": 1.5}]})",
         "quotes[0].confidence: must be between 0 and 1"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1, "verified": "yes"}]})",
         "quotes[0].verified: expected true or false"},
        {R"({"quotes": [{"id": "q1", "kind": "direct", "start": 0, "end": 1},
                        {"id": "q1", "kind": "direct", "start": 0, "end": 1}]})", "quotes[1]: the id q1 is used twice"},
        {R"({"speakers": [{"id": "s1"}]})", "speakers[0].name: missing"},
        {R"({"speakers": [{"id": "s1", "name": "A", "type": "robot"}]})", "speakers[0].type: unknown value \"robot\""},
        {R"({"speakers": [{"id": "s1", "name": "A", "aliases": ["B", 3]}]})", "speakers[0].aliases[1]: expected a string"},
        {R"({"mentions": [{"start": 0, "end": 1, "kind": "nickname"}]})", "mentions[0].kind: unknown mention kind"},
    };
    for (const Row& row : rows) {
        INFO(row.json);
        const ParsedDocument parsed = parseAnnotationJson(row.json, kText);
        CHECK_FALSE(parsed.ok());
        CHECK_THAT(parsed.error, Catch::Contains(row.error));
    }
}

TEST_CASE("annotation json: invalid UTF-8 in a name is replaced on output, never thrown")
{
    Document doc = sampleDocument();
    doc.annotations.speakers[0].name = "Bad \xFF name";
    std::string line;
    REQUIRE_NOTHROW(line = dumpJson(toAnnotationJson(doc)));
    CHECK_THAT(line, Catch::Contains("Bad \xEF\xBF\xBD name"));
    CHECK(line.find('\n') == std::string::npos);
}

namespace {

Document fullDocument()
{
    Document doc = sampleDocument();
    doc.meta = {"Berg: \"ready\"", "By Jo Bloggs", "2024-05-03", "Example News", "en", "https://example.org/a?b=1&c=2"};
    doc.blocks = {{Span{0, 36}, BlockKind::Heading, 1}, {Span{37, 54}, BlockKind::ListItem, 2}};
    doc.styles = {{Span{37, 42}, InlineStyle::Emphasis, ""}, {Span{43, 49}, InlineStyle::Link, "https://example.org/"}};
    return doc;
}

}  // namespace

TEST_CASE("annotation json: the document form has a versioned header, metadata, blocks and styles in code points")
{
    const Json json = toDocumentJson(fullDocument());
    std::vector<std::string> keys;
    for (auto it = json.begin(); it != json.end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"format", "version", "id", "meta", "text", "blocks", "styles", "speakers",
                                           "quotes", "mentions"});
    CHECK(json["format"] == "quotelens-document");
    CHECK(json["version"] == 1);
    CHECK(isDocumentJson(json));
    CHECK_FALSE(isDocumentJson(toAnnotationJson(fullDocument(), {.includeText = true})));
    CHECK(json["meta"] == Json::parse(R"({"title": "Berg: \"ready\"", "byline": "By Jo Bloggs", "date": "2024-05-03",
        "site_name": "Example News", "language": "en", "url": "https://example.org/a?b=1&c=2"})"));
    // the quote marks take 3 bytes each and the emoji 4: byte 36 is code point 29
    CHECK(json["blocks"] == Json::parse(R"([{"start": 0, "end": 29, "kind": "heading", "level": 1},
        {"start": 30, "end": 46, "kind": "list_item", "level": 2}])"));
    CHECK(json["styles"] == Json::parse(R"([{"start": 30, "end": 34, "style": "emphasis"},
        {"start": 35, "end": 41, "style": "link", "href": "https://example.org/"}])"));
    SECTION("unknown metadata is written as empty strings, so every field is always there")
    {
        const Json bare = toDocumentJson(sampleDocument());
        CHECK(bare["meta"].size() == 6);
        CHECK(bare["meta"]["byline"] == "");
        CHECK(bare["blocks"] == Json::array());
    }
}

TEST_CASE("annotation json: a document survives export, open and export again byte for byte")
{
    const Document doc = fullDocument();
    const std::string first = dumpJson(toDocumentJson(doc), 2);
    const ParsedDocument opened = parseAnnotationJson(first);
    REQUIRE(opened.ok());
    CHECK(opened.document.id == doc.id);
    CHECK(opened.document.meta == doc.meta);
    CHECK(opened.document.text == doc.text);
    CHECK(opened.document.blocks == doc.blocks);
    CHECK(opened.document.styles == doc.styles);
    CHECK(opened.document.annotations == doc.annotations);
    CHECK(dumpJson(toDocumentJson(opened.document), 2) == first);
}

TEST_CASE("annotation json: the batch format's top-level title is still read")
{
    const ParsedDocument parsed = parseAnnotationJson(R"({"id": "a", "title": "Old style", "text": "x"})");
    REQUIRE(parsed.ok());
    CHECK(parsed.document.meta.title == "Old style");
}

TEST_CASE("annotation json: a foreign or newer document is refused, saying why")
{
    struct Row { const char* json; const char* error; };
    const Row rows[] = {
        {R"({"format": "other-tool", "version": 1})", "format: \"other-tool\" is not a Quotelens document"},
        {R"({"format": "quotelens-document"})", "version: missing"},
        {R"({"format": "quotelens-document", "version": "1"})", "version: expected a positive integer"},
        {R"({"format": "quotelens-document", "version": 0})", "version: expected a positive integer"},
        {R"({"format": "quotelens-document", "version": 2, "text": ""})",
         "version 2 was written by a newer Quotelens; this one reads up to version 1"},
        {R"({"version": 1})", "format: missing"},
        {R"({"format": "quotelens-document", "version": 1, "meta": []})", "meta: expected an object"},
        {R"({"format": "quotelens-document", "version": 1, "meta": {"url": 5}})", "meta.url: expected a string"},
        {R"({"format": "quotelens-document", "version": 1, "text": "abc",
             "blocks": [{"start": 0, "end": 2, "kind": "table"}]})", "blocks[0].kind: unknown value \"table\""},
        {R"({"format": "quotelens-document", "version": 1, "text": "abc",
             "blocks": [{"start": 0, "end": 2, "level": 9}]})", "blocks[0].level: expected an integer from 0 to 6"},
        {R"({"format": "quotelens-document", "version": 1, "text": "abc",
             "styles": [{"start": 0, "end": 9}]})", "styles[0].end: offset 9 is past the end of the text (3 code points)"},
        {R"({"format": "quotelens-document", "version": 1, "text": "abc",
             "styles": [{"start": 0, "end": 1, "style": "blink"}]})", "styles[0].style: unknown value \"blink\""},
    };
    for (const Row& row : rows) {
        INFO(row.json);
        const ParsedDocument parsed = parseAnnotationJson(row.json);
        CHECK_FALSE(parsed.ok());
        CHECK_THAT(parsed.error, Catch::Contains(row.error));
    }
}
