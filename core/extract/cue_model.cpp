#include "extract/cue_model.h"

#include "extract/cue_features.h"
#include "learn/logistic_regression.h"

namespace ql {

namespace {

struct CueWeight {
    std::uint32_t index;
    float weight;
};

#include "extract/cue_model_weights.inc"

const learn::LinearModel& model()
{
    static const learn::LinearModel m = [] {
        learn::LinearModel built;
        built.weights.assign(kCueFeatureDimension, 0.0f);
        for (const CueWeight& w : kCueModelWeights)
            if (w.index < kCueFeatureDimension)
                built.weights[w.index] = w.weight;
        built.bias = kCueModelBias;
        return built;
    }();
    return m;
}

}  // namespace

bool cueModelTrained() { return kCueModelTrained; }

double cueProbability(const Analysis& a, std::uint32_t token, bool rulesAccept)
{
    return model().probabilityOf(cueFeatureArray(a, token, rulesAccept));
}

}  // namespace ql
