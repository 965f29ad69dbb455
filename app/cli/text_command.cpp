// quotelens-cli text: an article as Quotelens reads it — its title, then the text that the
// engine sees — so that anyone can check what an import kept and what it dropped.
// With --compare REF, how many of a reference extraction's words it recovered instead.
#include "diagnostics.h"
#include "inputs.h"
#include "subcommand.h"

#include "import/text_similarity.h"

#include <cstdio>
#include <memory>

namespace qlcli {

namespace {

struct TextOptions {
    std::vector<std::string> sources;
    std::string output;
    std::string compare;
    bool meta = false;
    ArticleOptions article;
};

void printMeta(std::ostream& out, const ql::Document& document)
{
    const ql::ArticleMetadata& m = document.meta;
    const std::pair<const char*, const std::string*> fields[] = {
        {"byline", &m.byline}, {"date", &m.date}, {"site", &m.siteName}, {"language", &m.language}, {"url", &m.url}};
    for (const auto& [name, value] : fields)
        if (!value->empty())
            out << name << ": " << *value << '\n';
}

std::string fixed(double value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

int run(const TextOptions& options)
{
    Diagnostics diagnostics;
    OutputFile output;
    if (!output.open(options.output, diagnostics))
        return diagnostics.exitCode();
    std::ostream& out = output.stream();
    std::optional<ql::Document> reference;
    if (!options.compare.empty()) {
        // The reference is all article already: nothing of it is left out.
        ArticleOptions whole = options.article;
        whole.wholePage = true;
        whole.encoding.clear();
        whole.format = "auto";
        reference = loadArticle(options.compare, whole, diagnostics);
        if (!reference)
            return diagnostics.exitCode();
    }
    bool first = true;
    for (const std::string& source : options.sources) {
        std::optional<ql::Document> document = loadArticle(source, options.article, diagnostics);
        if (!document)
            continue;
        if (reference) {
            const ql::WordOverlap o = ql::wordOverlap(document->text, reference->text);
            out << source << ": F1 " << fixed(o.f1()) << " (precision " << fixed(o.precision()) << ", recall "
                << fixed(o.recall()) << "; " << o.extracted << " words, reference " << o.reference << ")\n";
            continue;
        }
        if (options.sources.size() > 1)
            out << (first ? "" : "\n") << "== " << source << " ==\n";
        first = false;
        out << (document->meta.title.empty() ? "(no title)" : document->meta.title) << '\n';
        if (options.meta)
            printMeta(out, *document);
        out << '\n' << document->text;
        if (!document->text.ends_with('\n'))
            out << '\n';
    }
    output.close(diagnostics);
    return diagnostics.exitCode();
}

}  // namespace

Subcommand addTextCommand(CLI::App& parent)
{
    auto options = std::make_shared<TextOptions>();
    CLI::App* app = parent.add_subcommand("text", "print articles as Quotelens reads them: the title, then the text");
    app->add_option("sources", options->sources, "articles: text, Markdown or HTML files, or http(s) URLs")->required();
    app->add_flag("--meta", options->meta, "print the byline, date, site, language and URL under the title");
    app->add_option("--compare", options->compare,
                    "print instead the word-level F1 against this reference extraction (e.g. Readability's HTML)");
    app->add_option("-o,--output", options->output, "write to this file instead of stdout");
    addArticleOptions(*app, options->article);
    return {app, [options] { return run(*options); }};
}

}  // namespace qlcli
