#include "extract/cue_model.h"

#include "extract/cue_features.h"
#include "learn/logistic_regression.h"

#include <array>

namespace ql {

namespace {

struct CueWeight {
    std::uint32_t index;
    float weight;
};

#include "extract/cue_model_weights.inc"

// One weight per feature index, laid out at compile time: built at the first call, clearing and
// filling the table cost a quarter of a million instructions.
constexpr std::array<float, kCueFeatureDimension> kWeights = [] {
    std::array<float, kCueFeatureDimension> weights{};
    for (const CueWeight& w : kCueModelWeights)
        if (w.index < kCueFeatureDimension)
            weights[w.index] = w.weight;
    return weights;
}();

}  // namespace

bool cueModelTrained() { return kCueModelTrained; }

double cueProbability(const Analysis& a, std::uint32_t token, bool rulesAccept)
{
    return learn::linearProbability(kWeights, kCueModelBias, cueFeatureArray(a, token, rulesAccept));
}

}  // namespace ql
