#include "inputs.h"

#include "url_fetch.h"

#include "import/article_import.h"
#include "io/gold_jsonl.h"
#include "io/json_fields.h"

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace qlcli {

bool InputFile::open(const std::string& path, Diagnostics& diagnostics)
{
    if (path == "-") {
        m_name = "<stdin>";
        return true;
    }
    m_name = path;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        diagnostics.error(path, "is a directory, not a file");
        return false;
    }
    m_file.open(path, std::ios::binary);
    if (!m_file) {
        diagnostics.error(path, std::string("cannot open: ") + std::strerror(errno));
        return false;
    }
    return true;
}

std::vector<ql::GoldArticle> readGoldArticles(const std::string& path, Diagnostics& diagnostics)
{
    InputFile input;
    if (!input.open(path, diagnostics))
        return {};
    ql::GoldFile file = ql::readGoldJsonl(input.stream());
    for (const ql::JsonlLineError& error : file.errors)
        diagnostics.error(lineLocation(input.name(), error.line), error.reason);
    if (file.articles.empty() && file.errors.empty())
        diagnostics.error(input.name(), "no articles: the input is empty");
    return std::move(file.articles);
}

bool OutputFile::open(const std::string& path, Diagnostics& diagnostics)
{
    if (path.empty())
        return true;
    m_name = path;
    m_file.open(path, std::ios::binary | std::ios::trunc);
    if (!m_file) {
        diagnostics.error(path, std::string("cannot write: ") + std::strerror(errno));
        return false;
    }
    return true;
}

bool OutputFile::close(Diagnostics& diagnostics)
{
    stream().flush();
    if (!stream()) {
        diagnostics.error(m_name, "write failed");
        return false;
    }
    if (m_file.is_open())
        m_file.close();
    return true;
}

void addArticleOptions(CLI::App& app, ArticleOptions& options)
{
    app.add_option("--encoding", options.encoding,
                   "read the input in this encoding (utf-8, utf-16le, utf-16be, windows-1252, iso-8859-1) "
                   "instead of detecting it");
    app.add_option("--format", options.format, "the input's format (default: from its name, type or content)")
        ->check(CLI::IsMember({"auto", "text", "markdown", "html"}));
    app.add_flag("--whole-page", options.wholePage, "HTML: keep the whole page, not only the article");
    app.add_option("--timeout", options.timeoutSeconds, "URLs: give up after this many seconds")
        ->check(CLI::PositiveNumber);
    app.add_option("--max-size", options.maxMegabytes, "URLs: refuse pages larger than this many MB (default 50)")
        ->check(CLI::Range(1L, 50L));
}

std::optional<ql::Document> loadArticle(const std::string& source, const ArticleOptions& options,
                                        Diagnostics& diagnostics)
{
    ql::ImportOptions import;
    import.source = source;
    import.encoding = options.encoding;
    import.mainContentOnly = !options.wholePage;
    if (options.format == "text")
        import.format = ql::ArticleFormat::Text;
    else if (options.format == "markdown")
        import.format = ql::ArticleFormat::Markdown;
    else if (options.format == "html")
        import.format = ql::ArticleFormat::Html;
    ql::ImportResult result;
    if (isUrl(source)) {
        FetchResult page = fetchUrl(source, {.maxBytes = static_cast<std::size_t>(options.maxMegabytes) * 1024 * 1024,
                                             .timeoutSeconds = options.timeoutSeconds});
        if (!page.ok()) {
            diagnostics.error(source, page.error);
            return std::nullopt;
        }
        import.mimeType = page.contentType;
        if (!page.finalUrl.empty() && page.finalUrl != source)
            import.source = page.finalUrl;  // a redirect's target names the extension
        result = ql::importArticle(page.bytes, import);
        result.document.id = source;
    } else {
        result = ql::importArticleFile(source, import);
    }
    for (const std::string& warning : result.warnings)
        diagnostics.warning(source, warning);
    if (!result.ok()) {
        diagnostics.error(source, result.error);
        return std::nullopt;
    }
    return std::move(result.document);
}

std::optional<std::string> loadArticleFile(const std::string& path, Diagnostics& diagnostics)
{
    std::optional<ql::Document> document = loadArticle(path, {}, diagnostics);
    if (!document)
        return std::nullopt;
    return std::move(document->text);
}

namespace {
// The "id" of a line that was refused, when the line is at least a JSON object with one.
std::string salvageId(const std::string& line)
{
    const auto json = ql::Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (json.is_object() && json.contains("id") && json["id"].is_string())
        return json["id"].get<std::string>();
    return {};
}
}  // namespace

std::size_t forEachJsonlRecord(InputFile& input, Diagnostics& diagnostics,
                               const std::function<void(const JsonlRecord&)>& onRecord,
                               const std::function<void(std::size_t, const std::string&, const std::string&)>& onMalformed)
{
    ql::JsonlLineReader reader(input.stream());
    std::size_t count = 0;
    std::string line;
    while (reader.next(line)) {
        ++count;
        ql::ParsedGoldLine parsed = ql::parseGoldLine(line, ql::GoldDetail::TextOnly);
        if (!parsed.ok()) {
            diagnostics.error(lineLocation(input.name(), reader.lineNumber()), parsed.error);
            if (onMalformed)
                onMalformed(reader.lineNumber(), salvageId(line), parsed.error);
            continue;
        }
        onRecord({std::move(parsed.article.id), std::move(parsed.article.text), reader.lineNumber()});
    }
    if (reader.failed())
        diagnostics.error(input.name(), "read error after line " + std::to_string(reader.lineNumber()));
    return count;
}

bool isJsonlPath(const std::string& path)
{
    return path == "-" || path.ends_with(".jsonl");
}

}  // namespace qlcli
