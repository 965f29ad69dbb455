// quotelens-cli extract: articles (text, Markdown or HTML files, or URLs) as a table (or
// --json), or --jsonl IN in the batch format.
#include "diagnostics.h"
#include "inputs.h"
#include "quote_table.h"
#include "subcommand.h"

#include "extract/pipeline.h"
#include "io/annotation_json.h"

#include <memory>

namespace qlcli {

namespace {

struct ExtractOptions {
    std::vector<std::string> files;
    std::string jsonl;
    std::string output;
    bool json = false;
    ArticleOptions article;
};

ql::Document extract(std::string id, std::string text)
{
    ql::Document document;
    document.id = std::move(id);
    document.text = std::move(text);
    document.annotations = ql::extractQuotes(document.text);
    return document;
}

void extractFiles(const ExtractOptions& options, Diagnostics& diagnostics, std::ostream& out)
{
    for (const std::string& source : options.files) {
        std::optional<ql::Document> document = loadArticle(source, options.article, diagnostics);
        if (!document)
            continue;
        document->annotations = ql::extractQuotes(document->text);
        if (options.json)
            out << ql::dumpJson(ql::toAnnotationJson(*document, {.includeText = true})) << '\n';
        else
            printQuoteTable(out, *document);
    }
}

// One output line per input record, in order; a malformed record gets a line that carries
// the error, so that output line N still belongs to input record N.
void extractJsonl(const ExtractOptions& options, Diagnostics& diagnostics, std::ostream& out)
{
    InputFile input;
    if (!input.open(options.jsonl, diagnostics))
        return;
    const std::size_t records = forEachJsonlRecord(
        input, diagnostics,
        [&](const JsonlRecord& record) {
            if (record.text.find_first_not_of(" \t\r\n") == std::string::npos)
                diagnostics.warning(lineLocation(input.name(), record.line), "the article \"" + record.id + "\" has no text");
            out << ql::dumpJson(ql::toAnnotationJson(extract(record.id, record.text))) << '\n';
        },
        [&](std::size_t line, const std::string& id, const std::string& reason) {
            ql::Json failed{{"id", id.empty() ? ql::Json(nullptr) : ql::Json(id)},
                            {"speakers", ql::Json::array()},
                            {"quotes", ql::Json::array()},
                            {"error", "line " + std::to_string(line) + ": " + reason}};
            out << ql::dumpJson(failed) << '\n';
        });
    if (records == 0)
        diagnostics.error(input.name(), "no articles: the input is empty");
}

}  // namespace

Subcommand addExtractCommand(CLI::App& parent)
{
    auto options = std::make_shared<ExtractOptions>();
    CLI::App* app = parent.add_subcommand("extract", "find the quotes of articles and who said them");
    CLI::Option* files = app->add_option("files", options->files, "articles: text, Markdown or HTML files, or http(s) URLs");
    CLI::Option* jsonl = app->add_option("--jsonl", options->jsonl,
                                         "read articles as JSON Lines ({\"id\", \"text\"} a line; - for stdin) and "
                                         "write one batch-format line per article");
    app->add_flag("--json", options->json, "print each article's annotations as JSON (with the text)")->excludes(jsonl);
    app->add_option("-o,--output", options->output, "write to this file instead of stdout");
    addArticleOptions(*app, options->article);
    files->excludes(jsonl);
    app->callback([files, jsonl] {
        if (files->empty() && jsonl->empty())
            throw CLI::ValidationError("extract", "give article files or --jsonl IN.jsonl");
    });
    return {app, [options] {
                Diagnostics diagnostics;
                OutputFile output;
                if (!output.open(options->output, diagnostics))
                    return diagnostics.exitCode();
                if (options->jsonl.empty())
                    extractFiles(*options, diagnostics, output.stream());
                else
                    extractJsonl(*options, diagnostics, output.stream());
                output.close(diagnostics);
                return diagnostics.exitCode();
            }};
}

}  // namespace qlcli
