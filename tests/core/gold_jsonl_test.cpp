#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace ql;

namespace {
// Café “news”: Élise said “it works” and she added more.   (54 code points, 64 bytes)
const std::string kTextJson = R"("Caf\u00e9 \u201cnews\u201d: \u00c9lise said \u201cit works\u201d and she added more.")";

std::string line(const std::string& quotes) { return R"({"id": "a1", "text": )" + kTextJson + R"(, "quotes": )" + quotes + "}"; }
}  // namespace

TEST_CASE("gold jsonl: a PolNeAR line keeps its speaker and cue spans, converted to bytes")
{
    const ParsedGoldLine parsed = parseGoldLine(line(R"([{"attribution_id": "E1", "kind": "direct",
        "start": 24, "end": 34, "spans": [[24, 34]], "speaker": "\u00c9lise", "speaker_start": 13, "speaker_end": 18,
        "speaker_spans": [[13, 18]], "cue": "said", "cue_start": 19, "cue_end": 23, "cue_spans": [[19, 23]],
        "kind_source": "heuristic"}])"));
    REQUIRE(parsed.ok());
    CHECK(parsed.article.id == "a1");
    CHECK(parsed.article.text.size() == 64);
    REQUIRE(parsed.article.quotes.size() == 1);
    const GoldQuote& q = parsed.article.quotes[0];
    CHECK(q.kind == QuoteKind::Direct);
    CHECK(q.spans == std::vector<Span>{{30, 44}});
    CHECK(q.source == "\xC3\x89lise");
    CHECK(q.sourceSpans == std::vector<Span>{{18, 24}});
    CHECK(q.cue == "said");
    CHECK(q.cueSpans == std::vector<Span>{{25, 29}});
    CHECK_FALSE(q.entity.has_value());
}

TEST_CASE("gold jsonl: optional fields")
{
    SECTION("start/end pairs stand in for span lists; entity is kept")
    {
        const ParsedGoldLine parsed = parseGoldLine(line(R"([{"kind": "indirect", "start": 49, "end": 53,
            "speaker": "she", "speaker_start": 39, "speaker_end": 42, "cue": "added", "cue_start": 43, "cue_end": 48,
            "entity": "\u00c9lise Dupont", "text": ["more"]}])"));
        REQUIRE(parsed.ok());
        const GoldQuote& q = parsed.article.quotes.at(0);
        CHECK(q.spans == std::vector<Span>{{59, 63}});
        CHECK(q.sourceSpans == std::vector<Span>{{49, 52}});
        CHECK(q.cueSpans == std::vector<Span>{{53, 58}});
        CHECK(q.entity == "\xC3\x89lise Dupont");
    }
    SECTION("a quote without a source")
    {
        const ParsedGoldLine parsed =
            parseGoldLine(line(R"([{"kind": "mixed", "start": 0, "end": 4, "speaker": null, "speaker_spans": [], "cue": "said"}])"));
        REQUIRE(parsed.ok());
        const GoldQuote& q = parsed.article.quotes.at(0);
        CHECK_FALSE(q.source.has_value());
        CHECK(q.sourceSpans.empty());
        CHECK(q.cueSpans.empty());
        CHECK(q.spans == std::vector<Span>{{0, 5}});  // "Café": 4 code points, 5 bytes
    }
    SECTION("no quotes at all")
    {
        const ParsedGoldLine parsed = parseGoldLine(R"({"id": "b", "text": "Nothing said."})");
        REQUIRE(parsed.ok());
        CHECK(parsed.article.quotes.empty());
    }
    SECTION("text only ignores the annotations, even broken ones")
    {
        const ParsedGoldLine parsed = parseGoldLine(line(R"([{"kind": "shouted"}])"), GoldDetail::TextOnly);
        REQUIRE(parsed.ok());
        CHECK(parsed.article.quotes.empty());
    }
}

TEST_CASE("gold jsonl: malformed lines are refused with the reason")
{
    struct Row { std::string json; const char* error; };
    const Row rows[] = {
        {"{\"id\": \"a\", \"text\": ", "not valid JSON"},
        {"\"just a string\"", "expected an object, found string"},
        {R"({"text": "t"})", "id: missing"},
        {R"({"id": "a"})", "text: missing"},
        {R"({"id": 7, "text": "t"})", "id: expected a string"},
        {R"({"id": "a", "text": "t", "quotes": {}})", "quotes: expected an array"},
        {line(R"([{"start": 0, "end": 4}])"), "quotes[0].kind: missing"},
        {line(R"([{"kind": "direct", "start": 0}])"), "quotes[0].end: missing"},
        {line(R"([{"kind": "direct", "start": 0, "end": 55}])"), "quotes[0].end: offset 55 is past the end of the text (54"},
        {line(R"([{"kind": "direct", "start": 0, "end": 4, "spans": []}])"), "quotes[0].spans: a quote needs at least one span"},
        {line(R"([{"kind": "direct", "start": 0, "end": 4, "speaker_spans": [[3, 1]]}])"),
         "quotes[0].speaker_spans[0]: the span ends before it starts"},
        {line(R"([{"kind": "direct", "start": 0, "end": 4, "speaker": 3}])"), "quotes[0].speaker: expected a string"},
        {line(R"([{"kind": "direct", "start": 0, "end": 4}, {"kind": "direct", "start": 0, "end": 4, "cue_start": "x", "cue_end": 2}])"),
         "quotes[1].cue_start: expected an offset"},
    };
    for (const Row& row : rows) {
        INFO(row.json);
        const ParsedGoldLine parsed = parseGoldLine(row.json);
        CHECK_FALSE(parsed.ok());
        CHECK_THAT(parsed.error, Catch::Contains(row.error));
    }
}

TEST_CASE("gold jsonl: a file is read line by line, bad lines are reported by number and skipped")
{
    std::istringstream in(R"({"id": "first", "text": "One."})"
                          "\n\n"
                          R"({"id": "broken", "text": )"
                          "\n"
                          R"({"id": "second", "text": "Two.", "quotes": [{"kind": "direct", "start": 0, "end": 9}]})"
                          "\n   \r\n"
                          R"({"id": "third", "text": "Three."})"
                          "\r\n");
    const GoldFile file = readGoldJsonl(in);
    REQUIRE(file.articles.size() == 2);
    CHECK(file.articles[0].id == "first");
    CHECK(file.articles[0].line == 1);
    CHECK(file.articles[1].id == "third");
    CHECK(file.articles[1].line == 6);
    REQUIRE(file.errors.size() == 2);
    CHECK(file.errors[0].line == 3);
    CHECK_THAT(file.errors[0].reason, Catch::Contains("not valid JSON"));
    CHECK(file.errors[1].line == 4);
    CHECK_THAT(file.errors[1].reason, Catch::Contains("quotes[0].end: offset 9 is past the end"));
}

