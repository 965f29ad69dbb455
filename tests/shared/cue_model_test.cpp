// The committed cue model is what its training command gives: retraining on PolNeAR train
// reproduces core/extract/cue_model_weights.inc byte for byte, and it beats the rules on dev.
#include "extract/cue_features.h"
#include "extract/cue_training.h"
#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace ql;

namespace {

std::vector<GoldArticle> readSplit(const char* path)
{
    std::ifstream in(path);
    REQUIRE(in.good());
    return readGoldJsonl(in).articles;
}

double modelAgreement(const CueExamples& data, const learn::LinearModel& model)
{
    std::size_t right = 0;
    for (const learn::SparseExample& ex : data.examples)
        right += (model.probability(ex.features) >= 0.5) == ex.positive;
    return static_cast<double>(right) / static_cast<double>(data.examples.size());
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
    const std::string source = cueModelSource(
        model, "quotelens-cli train-cues ../shared/eval/polnear/train.jsonl -o core/extract/cue_model_weights.inc --epochs 8");
    CHECK(source == text.str());

    const CueExamples dev = collectCueExamples(readSplit(QUOTELENS_SHARED_DIR "/eval/polnear/dev.jsonl"));
    const double rules = static_cast<double>(dev.rulesAgree) / static_cast<double>(dev.examples.size());
    const double learned = modelAgreement(dev, model);
    INFO("dev candidates decided as gold decides: rules " << rules << ", model " << learned);
    CHECK(learned > rules + 0.05);
}
