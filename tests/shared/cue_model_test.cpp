// The committed cue model is what its training command gives: retraining on PolNeAR train
// reproduces core/extract/cue_model_weights.inc, and it beats the rules on dev. Weights are
// compared with a tolerance: the system's exp() may differ in the last bit between machines.
#include "extract/cue_features.h"
#include "extract/cue_training.h"
#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <fstream>
#include <string>
#include <sstream>

using namespace ql;

namespace {

std::vector<GoldArticle> readSplit(const char* path)
{
    std::ifstream in(path);
    REQUIRE(in.good());
    return readGoldJsonl(in).articles;
}

// The weights and bias written in a cue_model_weights.inc.
learn::LinearModel parseModelSource(const std::string& text)
{
    learn::LinearModel model;
    model.weights.assign(kCueFeatureDimension, 0.0f);
    const std::size_t bias = text.find("kCueModelBias = ");
    REQUIRE(bias != std::string::npos);
    model.bias = std::stof(text.substr(bias + 16));
    std::size_t pos = text.find("kCueModelWeights[] = {");
    REQUIRE(pos != std::string::npos);
    pos = text.find('{', pos);  // the array's brace: each weight is a "{index,weight}" after it
    while ((pos = text.find('{', pos + 1)) != std::string::npos) {
        std::size_t used = 0;
        const unsigned long index = std::stoul(text.substr(pos + 1), &used);
        const float weight = std::stof(text.substr(pos + 2 + used));
        if (index >= model.weights.size())
            FAIL("weight index " << index << " out of range");
        model.weights[index] = weight;
    }
    return model;
}

}  // namespace

TEST_CASE("cue model: retraining on PolNeAR train reproduces the committed weights, and it beats the rules on dev")
{
    const CueExamples train = collectCueExamples(readSplit(QUOTELENS_SHARED_DIR "/eval/polnear/train.jsonl"));
    const learn::LinearModel model = learn::trainLogistic(train.examples, kCueFeatureDimension, {});
    std::ifstream committed(QUOTELENS_SOURCE_DIR "/core/extract/cue_model_weights.inc");
    REQUIRE(committed.good());
    std::stringstream text;
    text << committed.rdbuf();
    const learn::LinearModel committedModel = parseModelSource(text.str());
    const learn::LinearModel retrained = parseModelSource(cueModelSource(model, "retrained"));
    CHECK(std::fabs(committedModel.bias - retrained.bias) < 1e-3);
    std::size_t differing = 0;
    for (std::size_t i = 0; i < retrained.weights.size(); ++i)
        differing += std::fabs(committedModel.weights[i] - retrained.weights[i]) > 2e-3f;
    INFO("weights that differ by more than 0.002: " << differing);
    CHECK(differing == 0);

    const CueExamples dev = collectCueExamples(readSplit(QUOTELENS_SHARED_DIR "/eval/polnear/dev.jsonl"));
    const double rules = rulesAgreement(dev);
    const double learned = modelAgreement(dev, model);
    INFO("dev candidates decided as gold decides: rules " << rules << ", model " << learned);
    CHECK(learned > rules + 0.05);
}
