// quotelens-cli train-cues: trains the learned cue model on gold JSON Lines and writes its
// weights as C++ source (core/extract/cue_model_weights.inc), so that the engine compiles it in.
#include "diagnostics.h"
#include "inputs.h"
#include "subcommand.h"

#include "extract/cue_features.h"
#include "extract/cue_training.h"
#include "store/atomic_file.h"

#include <iostream>
#include <memory>

namespace qlcli {

namespace {

struct TrainOptions {
    std::string gold;
    std::string output;
    std::string heldOut;
    int epochs = 30;
};

int run(const TrainOptions& options)
{
    Diagnostics diagnostics;
    const std::vector<ql::GoldArticle> articles = readGoldArticles(options.gold, diagnostics);
    if (articles.empty())
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
    std::cout << articles.size() << " articles, " << data.examples.size() << " cue candidates, " << data.positives
              << " of them gold cues\n"
              << "decided as gold decides: hand-written rules " << 100.0 * ql::rulesAgreement(data)
              << " %, trained model " << 100.0 * ql::modelAgreement(data, model) << " % (training data)\n";
    if (!options.heldOut.empty()) {
        const std::vector<ql::GoldArticle> held = readGoldArticles(options.heldOut, diagnostics);
        if (!held.empty()) {
            const ql::CueExamples test = ql::collectCueExamples(held);
            std::cout << "held out (" << options.heldOut << ", " << test.examples.size()
                      << " candidates): hand-written rules " << 100.0 * ql::rulesAgreement(test)
                      << " %, trained model " << 100.0 * ql::modelAgreement(test, model) << " %\n";
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
