// quotelens-cli eval: scores the engine (or a file of predictions) against gold JSON Lines.
#include "diagnostics.h"
#include "inputs.h"
#include "metrics_table.h"
#include "subcommand.h"

#include "eval/scorer.h"
#include "extract/pipeline.h"
#include "io/annotation_json.h"
#include "io/gold_jsonl.h"

#include <map>
#include <memory>

namespace qlcli {

namespace {

struct EvalOptions {
    std::string gold;
    std::string predictions;
    bool json = false;
};

// Predictions in the batch format, by article id. Offsets are converted with the gold text
// of the same id; lines that cannot be matched to a gold article are reported and skipped.
std::map<std::string, ql::AnnotationSet> readPredictions(const std::string& path,
                                                         const std::vector<ql::GoldArticle>& gold,
                                                         Diagnostics& diagnostics)
{
    std::map<std::string, const ql::GoldArticle*> goldById;
    for (const ql::GoldArticle& article : gold)
        goldById.emplace(article.id, &article);
    std::map<std::string, ql::AnnotationSet> predictions;
    InputFile input;
    if (!input.open(path, diagnostics))
        return predictions;
    ql::JsonlLineReader reader(input.stream());
    std::string line;
    while (reader.next(line)) {
        const std::string where = lineLocation(input.name(), reader.lineNumber());
        ql::Json json;
        try {
            json = ql::json_fields::parse(line);
        } catch (const ql::json_fields::FieldError& e) {
            diagnostics.error(where, e.what());
            continue;
        }
        if (!json.is_object() || !json.contains("id") || !json["id"].is_string()) {
            diagnostics.error(where, "expected an object with an \"id\" string");
            continue;
        }
        const std::string id = json["id"].get<std::string>();
        const auto goldArticle = goldById.find(id);
        if (goldArticle == goldById.end()) {
            diagnostics.warning(where, "no gold article has the id \"" + id + "\": skipped");
            continue;
        }
        if (json.contains("error"))
            diagnostics.warning(where, "the prediction for \"" + id + "\" records an error: " + json["error"].dump());
        ql::ParsedDocument parsed = ql::fromAnnotationJson(json, goldArticle->second->text);
        if (!parsed.ok())
            diagnostics.error(where, parsed.error);
        else if (parsed.document.text != goldArticle->second->text)  // offsets would point elsewhere
            diagnostics.error(where, "the prediction for \"" + id + "\" carries a text that differs from the gold text");
        else if (!predictions.emplace(id, std::move(parsed.document.annotations)).second)
            diagnostics.error(where, "a second prediction for \"" + id + "\": skipped");
    }
    return predictions;
}

int runEval(const EvalOptions& options)
{
    Diagnostics diagnostics;
    const std::vector<ql::GoldArticle> gold = readGoldArticles(options.gold, diagnostics);
    const bool fromFile = !options.predictions.empty();
    std::map<std::string, ql::AnnotationSet> predictions;
    if (fromFile)
        predictions = readPredictions(options.predictions, gold, diagnostics);

    ql::eval::Metrics total;
    std::size_t missing = 0;
    for (const ql::GoldArticle& article : gold) {
        ql::AnnotationSet predicted;
        if (!fromFile) {
            predicted = ql::extractQuotes(article.text);
        } else if (auto it = predictions.find(article.id); it != predictions.end()) {
            predicted = std::move(it->second);
        } else {
            ++missing;
        }
        total += ql::eval::scoreArticle(article.text, article.quotes, predicted);
    }
    if (missing > 0)
        diagnostics.warning(options.predictions, std::to_string(missing) +
                                                     " gold articles have no prediction: scored as finding nothing");
    if (options.json)
        std::cout << ql::dumpJson(ql::eval::toJson(total), 2) << '\n';
    else
        printMetricsTable(std::cout, total);
    return diagnostics.exitCode();
}

}  // namespace

Subcommand addEvalCommand(CLI::App& parent)
{
    auto options = std::make_shared<EvalOptions>();
    CLI::App* app = parent.add_subcommand("eval", "score quote extraction against gold annotations (JSON Lines)");
    app->add_option("gold", options->gold, "gold annotations, one article a line (- for stdin)")->required();
    app->add_option("--pred", options->predictions,
                    "predictions in the batch output format, by article id; without it the engine runs on each article");
    app->add_flag("--json", options->json, "print the figures as JSON");
    return {app, [options] { return runEval(*options); }};
}

}  // namespace qlcli
