// The reference article must come out exactly as its hand-made gold annotation says:
// every quote (kind, pieces, speaker, mention, cue) and no byline or credit as a speaker.
#include "extract/pipeline.h"
#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <fstream>

using namespace ql;

namespace {

const std::string kGoldPath = QUOTELENS_SHARED_DIR "/corpus/seed.gold.jsonl";

const Quote* findQuote(const AnnotationSet& set, const GoldQuote& gold)
{
    for (const Quote& q : set.quotes)
        if (q.spans == gold.spans)
            return &q;
    return nullptr;
}

}  // namespace

TEST_CASE("reference article: every quote, piece, speaker, mention and cue matches the gold file")
{
    std::ifstream in(kGoldPath);
    REQUIRE(in.good());
    const GoldFile gold = readGoldJsonl(in);
    REQUIRE(gold.errors.empty());
    REQUIRE(gold.articles.size() == 1);
    const GoldArticle& article = gold.articles.front();
    const AnnotationSet set = extractQuotes(article.text);

    CHECK(set.quotes.size() == article.quotes.size());
    for (const GoldQuote& g : article.quotes) {
        const std::string text(g.bounds().in(article.text));
        INFO("gold quote: " << text.substr(0, 70));
        const Quote* q = findQuote(set, g);
        REQUIRE(q != nullptr);
        CHECK(q->kind == g.kind);
        const Speaker* speaker = set.speaker(q->speaker);
        REQUIRE(speaker != nullptr);
        REQUIRE(g.entity.has_value());
        CHECK(speaker->name == *g.entity);
        REQUIRE(q->mention.has_value());
        REQUIRE_FALSE(g.sourceSpans.empty());
        CHECK(q->mention->overlaps(g.sourceSpans.front()));
        REQUIRE(q->cue.has_value());
        REQUIRE_FALSE(g.cueSpans.empty());
        CHECK(*q->cue == g.cueSpans.front());
    }
}

TEST_CASE("reference article: speakers have the gold types, genders and roles, and bylines are not speakers")
{
    std::ifstream in(kGoldPath);
    REQUIRE(in.good());
    std::string line;
    std::getline(in, line);
    const auto json = nlohmann::json::parse(line);
    const AnnotationSet set = extractQuotes(json.at("text").get<std::string>());

    CHECK(set.speakers.size() == json.at("speakers").size());
    for (const auto& expected : json.at("speakers")) {
        const std::string name = expected.at("name").get<std::string>();
        INFO("speaker " << name);
        auto it = std::find_if(set.speakers.begin(), set.speakers.end(), [&](const Speaker& s) { return s.name == name; });
        REQUIRE(it != set.speakers.end());
        CHECK(toString(it->type) == expected.at("type").get<std::string>());
        if (expected.contains("gender"))
            CHECK(toString(it->gender) == expected.at("gender").get<std::string>());
        if (expected.contains("role")) {
            // The text writes ’ where the gold file has '.
            std::string role;
            const std::string_view written = it->role;
            for (std::size_t i = 0; i < written.size(); ++i) {
                if (written.substr(i, 3) == "\xE2\x80\x99") {
                    role += '\'';
                    i += 2;
                } else {
                    role += written[i];
                }
            }
            CHECK(role == expected.at("role").get<std::string>());
        }
    }
    for (const auto& notSpeaker : json.at("not_speakers")) {
        const std::string name = notSpeaker.get<std::string>();
        INFO("not a speaker: " << name);
        for (const Speaker& s : set.speakers) {
            CHECK(s.name.find(name) == std::string::npos);
            for (const std::string& alias : s.aliases)
                CHECK(alias.find(name) == std::string::npos);
        }
    }
}
