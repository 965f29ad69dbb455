#include "eval/metrics.h"

#include <algorithm>

namespace ql::eval {

namespace {
double ratio(std::size_t part, std::size_t whole)
{
    return whole == 0 ? 0.0 : static_cast<double>(part) / static_cast<double>(whole);
}

Json countsJson(const Counts& c)
{
    return Json{{"gold", c.gold},
                {"gold_hits", c.goldHits},
                {"predicted", c.predicted},
                {"predicted_hits", c.predictedHits},
                {"precision", c.precision()},
                {"recall", c.recall()},
                {"f1", c.f1()}};
}

Json byKindJson(const CountsByKind& counts)
{
    Json json = Json::object();
    for (QuoteKind kind : kReportedKinds)
        json[std::string(toString(kind))] = countsJson(counts[kind]);
    json["overall"] = countsJson(counts.overall);
    return json;
}
}  // namespace

double Counts::precision() const { return ratio(predictedHits, predicted); }
double Counts::recall() const { return ratio(goldHits, gold); }

double Counts::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

Counts& Counts::operator+=(const Counts& other)
{
    gold += other.gold;
    goldHits += other.goldHits;
    predicted += other.predicted;
    predictedHits += other.predictedHits;
    return *this;
}

CountsByKind& CountsByKind::operator+=(const CountsByKind& other)
{
    for (std::size_t i = 0; i < kinds.size(); ++i)
        kinds[i] += other.kinds[i];
    overall += other.overall;
    return *this;
}

double EntityCounts::accuracy() const { return ratio(correct, matched); }

EntityCounts& EntityCounts::operator+=(const EntityCounts& other)
{
    annotated += other.annotated;
    matched += other.matched;
    correct += other.correct;
    return *this;
}

Metrics& Metrics::operator+=(const Metrics& other)
{
    articles += other.articles;
    content += other.content;
    attributed += other.attributed;
    contentTokens += other.contentTokens;
    attributedTokens += other.attributedTokens;
    entity += other.entity;
    for (std::size_t b = 0; b < reliability.size(); ++b) {
        reliability[b].predicted += other.reliability[b].predicted;
        reliability[b].right += other.reliability[b].right;
    }
    return *this;
}

std::size_t reliabilityBin(double confidence)
{
    const auto bin = static_cast<long>(confidence * 10.0);
    return static_cast<std::size_t>(std::clamp(bin, 0L, 9L));
}

Json reliabilityJson(const Reliability& reliability)
{
    Json bins = Json::array();
    for (std::size_t b = 0; b < reliability.size(); ++b)
        bins.push_back({{"from", static_cast<double>(b) / 10.0},
                        {"to", static_cast<double>(b + 1) / 10.0},
                        {"predicted", reliability[b].predicted},
                        {"right", reliability[b].right},
                        {"accuracy", reliability[b].accuracy()}});
    return bins;
}

Json toJson(const Metrics& metrics)
{
    return Json{{"articles", metrics.articles},
                {"headline_attributed_f1", metrics.headline()},
                {"content", byKindJson(metrics.content)},
                {"attributed", byKindJson(metrics.attributed)},
                {"tok_content", byKindJson(metrics.contentTokens)},
                {"tok_attributed", byKindJson(metrics.attributedTokens)},
                {"entity",
                 {{"annotated", metrics.entity.annotated},
                  {"matched", metrics.entity.matched},
                  {"correct", metrics.entity.correct},
                  {"accuracy", metrics.entity.accuracy()}}},
                {"reliability", reliabilityJson(metrics.reliability)}};
}

}  // namespace ql::eval
