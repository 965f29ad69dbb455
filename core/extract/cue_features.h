#pragma once
// What the learned cue model sees of a reporting-verb candidate: the word, its lemma and form,
// the words and word classes around it, and what the hand-written rules decided. Features are hashed into kCueFeatureDimension slots.
// Training (quotelens-cli train-cues) and the engine call the same function.

#include "extract/analysis.h"

#include <array>
#include <cstdint>
#include <vector>

namespace ql {

inline constexpr std::uint32_t kCueFeatureBits = 16;
inline constexpr std::uint32_t kCueFeatureDimension = 1u << kCueFeatureBits;

// Lexicon reporting verbs outside direct quotations: the tokens the cue model scores.
bool isCueCandidate(const Analysis& a, std::uint32_t token);

inline constexpr std::size_t kCueFeatureCount = 19;  // features per candidate
using CueFeatureArray = std::array<std::uint32_t, kCueFeatureCount>;

std::vector<std::uint32_t> cueFeatures(const Analysis& a, std::uint32_t token, bool rulesAccept);
// The same in a fixed array, for scoring: a vector per candidate cost an allocation.
CueFeatureArray cueFeatureArray(const Analysis& a, std::uint32_t token, bool rulesAccept);

}  // namespace ql
