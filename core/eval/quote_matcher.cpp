#include "eval/quote_matcher.h"

#include <algorithm>
#include <tuple>

namespace ql::eval {

WordSet coveredWords(const std::vector<Span>& words, const std::vector<Span>& spans)
{
    WordSet covered;
    for (Span span : spans) {
        auto it = std::partition_point(words.begin(), words.end(), [&](Span w) { return w.end <= span.begin; });
        for (; it != words.end() && it->begin < span.end; ++it)
            covered.push_back(static_cast<std::uint32_t>(it - words.begin()));
    }
    std::sort(covered.begin(), covered.end());
    covered.erase(std::unique(covered.begin(), covered.end()), covered.end());
    return covered;
}

double jaccard(const WordSet& a, const WordSet& b)
{
    std::size_t common = 0;
    for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
        if (*i < *j) ++i;
        else if (*j < *i) ++j;
        else { ++common; ++i; ++j; }
    }
    const std::size_t all = a.size() + b.size() - common;
    return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

std::vector<QuoteMatch> matchQuotes(const std::vector<WordSet>& gold, const std::vector<WordSet>& predicted,
                                    const std::function<bool(std::size_t, std::size_t)>& sourceRight)
{
    struct Candidate {
        QuoteMatch match;
        bool sourceRight;
    };
    std::vector<Candidate> candidates;
    for (std::size_t g = 0; g < gold.size(); ++g)
        for (std::size_t p = 0; p < predicted.size(); ++p)
            if (double j = jaccard(gold[g], predicted[p]); j >= kMinJaccard)
                candidates.push_back({{g, p, j}, sourceRight(g, p)});
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tuple(-a.match.jaccard, !a.sourceRight, a.match.gold, a.match.predicted) <
               std::tuple(-b.match.jaccard, !b.sourceRight, b.match.gold, b.match.predicted);
    });
    std::vector<bool> goldTaken(gold.size()), predictedTaken(predicted.size());
    std::vector<QuoteMatch> matches;
    for (const Candidate& c : candidates) {
        if (goldTaken[c.match.gold] || predictedTaken[c.match.predicted])
            continue;
        goldTaken[c.match.gold] = predictedTaken[c.match.predicted] = true;
        matches.push_back(c.match);
    }
    std::sort(matches.begin(), matches.end(), [](const QuoteMatch& a, const QuoteMatch& b) { return a.gold < b.gold; });
    return matches;
}

}  // namespace ql::eval
