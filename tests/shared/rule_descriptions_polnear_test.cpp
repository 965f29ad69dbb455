// Every rule the engine gives on PolNeAR dev (84 articles, nearly every construction it reads)
// has a reading for the quote's tool tip.
#include "extract/pipeline.h"
#include "extract/rule_descriptions.h"
#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <string>

using namespace ql;

TEST_CASE("rule descriptions: every rule the engine gives on PolNeAR dev is described")
{
    std::ifstream in(QUOTELENS_SHARED_DIR "/eval/polnear/dev.jsonl");
    REQUIRE(in.good());
    std::set<std::string> rules;
    for (const GoldArticle& article : readGoldJsonl(in, GoldDetail::TextOnly).articles)
        for (const Quote& q : extractQuotes(article.text).quotes)
            rules.insert(q.rule);
    CHECK(rules.size() >= 15);
    for (const std::string& rule : rules) {
        INFO(rule);
        CHECK_FALSE(ruleDescription(rule).empty());
    }
}
