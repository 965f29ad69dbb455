#pragma once
// How much of a reference text an extraction recovered, word by word: the measure used
// against Readability's extractions of the pages in shared/eval/webpages. Words are the
// evaluation's (eval/word_tokens.h); each word counts as often as it occurs.

#include <string_view>

namespace ql {

struct WordOverlap {
    std::size_t extracted = 0;  // words in the extraction
    std::size_t reference = 0;  // words in the reference
    std::size_t shared = 0;     // words in both, with multiplicity
    double precision() const { return extracted ? double(shared) / extracted : (reference ? 0.0 : 1.0); }
    double recall() const { return reference ? double(shared) / reference : (extracted ? 0.0 : 1.0); }
    double f1() const;
};

WordOverlap wordOverlap(std::string_view extracted, std::string_view reference);

}  // namespace ql
