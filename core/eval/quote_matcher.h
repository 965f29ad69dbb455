#pragma once
// One-to-one matching of predicted quotes to gold quotes by their words.
// A quote is the set of word positions its spans cover (positions in the article, so that
// the same words elsewhere never count); a pair matches when the Jaccard overlap of the two
// sets is at least 0.5. Pairs are taken greedily, best overlap first; on a tie a pair whose
// source is right goes first, then the earlier gold quote and the earlier prediction.

#include "document/span.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace ql::eval {

inline constexpr double kMinJaccard = 0.5;

using WordSet = std::vector<std::uint32_t>;  // sorted indices into the article's words

// The indices of the `words` that any of `spans` overlaps.
WordSet coveredWords(const std::vector<Span>& words, const std::vector<Span>& spans);

// |a ∩ b| / |a ∪ b|; 0 when both are empty.
double jaccard(const WordSet& a, const WordSet& b);

struct QuoteMatch {
    std::size_t gold = 0;
    std::size_t predicted = 0;
    double jaccard = 0.0;

    friend bool operator==(const QuoteMatch&, const QuoteMatch&) = default;
};

// `sourceRight(g, p)` breaks ties between equally good pairs.
std::vector<QuoteMatch> matchQuotes(const std::vector<WordSet>& gold, const std::vector<WordSet>& predicted,
                                    const std::function<bool(std::size_t, std::size_t)>& sourceRight);

}  // namespace ql::eval
