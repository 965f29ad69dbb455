#pragma once
// What the learned cue model sees of a reporting-verb candidate: the word, its lemma and form,
// the words and word classes around it, and what the hand-written rules decided. Features are hashed into kCueFeatureDimension slots.
// Training (quotelens-cli train-cues) and the engine call the same function.

#include "extract/analysis.h"

#include <cstdint>
#include <vector>

namespace ql {

inline constexpr std::uint32_t kCueFeatureBits = 16;
inline constexpr std::uint32_t kCueFeatureDimension = 1u << kCueFeatureBits;

// Lexicon reporting verbs outside direct quotations: the tokens the cue model scores.
bool isCueCandidate(const Analysis& a, std::uint32_t token);

std::vector<std::uint32_t> cueFeatures(const Analysis& a, std::uint32_t token, bool rulesAccept);

}  // namespace ql
