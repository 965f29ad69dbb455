// Tests on the PolNeAR splits in ../shared/eval: built only where that folder exists
// (see tests/CMakeLists.txt), so a missing folder never passes as a test.
#include "eval/metrics.h"
#include "eval/scorer.h"
#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>

#include <fstream>

using namespace ql;
using namespace ql::eval;

TEST_CASE("eval: the PolNeAR dev gold scored against itself is perfect")
{
    std::ifstream in(QUOTELENS_SHARED_DIR "/eval/polnear/dev.jsonl");
    REQUIRE(in.good());
    Metrics total;
    for (const GoldArticle& article : readGoldJsonl(in).articles) {
        // Each gold quote as a prediction: its mention on the gold source, unattributed where
        // the gold has no source.
        AnnotationSet set;
        for (const GoldQuote& g : article.quotes) {
            Quote q;
            q.kind = g.kind;
            q.spans = g.spans;
            if (!g.sourceSpans.empty())
                q.mention = g.sourceSpans.front();
            set.quotes.push_back(q);
        }
        total += scoreArticle(article.text, article.quotes, set);
    }
    CHECK(total.articles == 84);
    CHECK(total.attributed.overall == Counts{2192, 2192, 2192, 2192});
    for (QuoteKind kind : kReportedKinds)
        CHECK(total.attributed[kind].f1() == 1.0);
    CHECK(total.attributedTokens.overall.f1() == 1.0);
}
TEST_CASE("gold jsonl: the PolNeAR dev split reads without errors")
{
    std::ifstream in(QUOTELENS_SHARED_DIR "/eval/polnear/dev.jsonl");
    REQUIRE(in.good());
    const GoldFile file = readGoldJsonl(in);
    CHECK(file.errors.empty());
    CHECK(file.articles.size() == 84);
    std::size_t quotes = 0, withSource = 0;
    for (const GoldArticle& article : file.articles) {
        quotes += article.quotes.size();
        for (const GoldQuote& q : article.quotes)
            withSource += !q.sourceSpans.empty();
    }
    CHECK(quotes == 2192);
    CHECK(withSource == 2066);
}
