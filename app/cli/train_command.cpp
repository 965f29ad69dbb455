// quotelens-cli train-cues: trains the learned cue model on gold JSON Lines and writes its
// weights as C++ source (core/extract/cue_model_weights.inc), so that the engine compiles it in.
#include "diagnostics.h"
#include "inputs.h"
#include "subcommand.h"

#include "extract/cue_features.h"
#include "extract/cue_training.h"
#include "io/gold_jsonl.h"
#include "store/atomic_file.h"

#include <algorithm>
#include <iostream>
#include <memory>

namespace qlcli {

namespace {

struct TrainOptions {
    std::string gold;
    std::string output;
    std::string heldOut;
    int epochs = 8;
};

struct Agreement {
    double rules = 0, model = 0;  // percent of candidates decided as gold decides
};

Agreement agreement(const ql::CueExamples& data, const ql::learn::LinearModel& model)
{
    std::size_t right = 0;
    for (const ql::learn::SparseExample& ex : data.examples)
        right += (model.probability(ex.features) >= 0.5) == ex.positive;
    const double n = static_cast<double>(std::max<std::size_t>(1, data.examples.size()));
    return {100.0 * static_cast<double>(data.rulesAgree) / n, 100.0 * static_cast<double>(right) / n};
}

bool readArticles(const std::string& path, std::vector<ql::GoldArticle>& out, Diagnostics& diagnostics)
{
    InputFile input;
    if (!input.open(path, diagnostics))
        return false;
    ql::GoldFile file = ql::readGoldJsonl(input.stream());
    for (const ql::JsonlLineError& error : file.errors)
        diagnostics.error(lineLocation(input.name(), error.line), error.reason);
    if (file.articles.empty()) {
        diagnostics.error(input.name(), "no articles");
        return false;
    }
    out = std::move(file.articles);
    return true;
}

int run(const TrainOptions& options)
{
    Diagnostics diagnostics;
    std::vector<ql::GoldArticle> articles;
    if (!readArticles(options.gold, articles, diagnostics))
        return diagnostics.exitCode();
    const ql::CueExamples data = ql::collectCueExamples(articles);
    ql::learn::TrainingOptions training;
    training.epochs = options.epochs;
    const ql::learn::LinearModel model = ql::learn::trainLogistic(data.examples, ql::kCueFeatureDimension, training);
    const std::string command = "quotelens-cli train-cues " + options.gold + " -o " + options.output +
                                " --epochs " + std::to_string(options.epochs);
    const std::string error = ql::writeFileAtomically(options.output, ql::cueModelSource(model, command));
    if (!error.empty()) {
        diagnostics.error(options.output, error);
        return diagnostics.exitCode();
    }
    const Agreement seen = agreement(data, model);
    std::cout << articles.size() << " articles, " << data.examples.size() << " cue candidates, " << data.positives
              << " of them gold cues\n"
              << "decided as gold decides: hand-written rules " << seen.rules << " %, trained model " << seen.model
              << " % (training data)\n";
    if (!options.heldOut.empty()) {
        std::vector<ql::GoldArticle> held;
        if (readArticles(options.heldOut, held, diagnostics)) {
            const ql::CueExamples test = ql::collectCueExamples(held);
            const Agreement unseen = agreement(test, model);
            std::cout << "held out (" << options.heldOut << ", " << test.examples.size()
                      << " candidates): hand-written rules " << unseen.rules << " %, trained model " << unseen.model
                      << " %\n";
        }
    }
    std::cout << "wrote " << options.output << '\n';
    return diagnostics.exitCode();
}

}  // namespace

Subcommand addTrainCommand(CLI::App& parent)
{
    auto options = std::make_shared<TrainOptions>();
    CLI::App* app = parent.add_subcommand("train-cues", "train the learned cue model on gold JSON Lines");
    app->add_option("gold", options->gold, "gold annotations (the eval format), e.g. ../shared/eval/polnear/train.jsonl")
        ->required();
    app->add_option("-o,--output", options->output, "where to write the weights (C++ source)")->required();
    app->add_option("--held-out", options->heldOut, "also report how well the model decides on these articles (e.g. dev.jsonl)");
    app->add_option("--epochs", options->epochs, "passes over the training data")->check(CLI::Range(1, 100));
    return {app, [options] { return run(*options); }};
}

}  // namespace qlcli
