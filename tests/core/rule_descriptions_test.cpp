// Every rule a quote can carry has a reading for the tool tip, and the engine gives no rule
// that the list does not know.
#include "extract/pipeline.h"
#include "extract/rule_descriptions.h"
#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

using namespace ql;

TEST_CASE("rule descriptions: each listed rule has one, once, and an unknown name none")
{
    std::set<std::string_view> seen;
    for (std::string_view name : ruleNames()) {
        INFO(name);
        CHECK(seen.insert(name).second);
        CHECK(ruleDescription(name).size() > 20);
    }
    CHECK(seen.count("speaker-cue-clause") == 1);
    CHECK(seen.count("manual") == 1);
    CHECK(ruleDescription("no-such-rule").empty());
    CHECK(ruleDescription("").empty());
}

TEST_CASE("rule descriptions: every rule the engine gives on our corpus and sample is described")
{
    std::ifstream in(QUOTELENS_SOURCE_DIR "/tests/data/corpus/gold.jsonl");
    REQUIRE(in.good());
    std::vector<std::string> texts;
    for (GoldArticle& article : readGoldJsonl(in, GoldDetail::TextOnly).articles)
        texts.push_back(std::move(article.text));
    std::ifstream sample(QUOTELENS_SOURCE_DIR "/resources/samples/harbour-bridge.txt", std::ios::binary);
    REQUIRE(sample.good());
    std::ostringstream sampleText;
    sampleText << sample.rdbuf();
    texts.push_back(sampleText.str());
    REQUIRE(texts.size() >= 13);
    std::set<std::string> rules;
    for (const std::string& text : texts)
        for (const Quote& q : extractQuotes(text).quotes)
            rules.insert(q.rule);
    CHECK(rules.size() >= 8);  // the corpus exercises most rules: a list that lost them would show here
    for (const std::string& rule : rules) {
        INFO(rule);
        CHECK_FALSE(ruleDescription(rule).empty());
    }
}
