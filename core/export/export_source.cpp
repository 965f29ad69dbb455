#include "export/export_source.h"

#include "edit/set_json.h"
#include "extract/pipeline.h"
#include "import/article_import.h"
#include "io/annotation_json.h"
#include "io/article_reader.h"
#include "store/annotation_file.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ql {

namespace {

// A document JSON holds the text and its annotations: allow it more than an article's limit.
constexpr std::uintmax_t kMaxDocumentJsonBytes = 4 * kMaxArticleBytes;

// The file's bytes, or why they cannot be had (said before reading what is too large).
std::string readBytes(const std::string& path, std::string& error)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        error = "is a directory, not a file";
        return {};
    }
    if (const std::uintmax_t size = std::filesystem::file_size(path, ec); !ec && size > kMaxDocumentJsonBytes) {
        error = "the file is too large to be a Quotelens document (" + std::to_string(size / 1000000) + " MB)";
        return {};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = std::string("cannot open: ") + std::strerror(errno);
        return {};
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        error = "read error";
    return bytes.str();
}

ExportSource readDocumentJson(const std::string& path)
{
    ExportSource source;
    source.origin = ExportOrigin::DocumentJson;
    const std::string bytes = readBytes(path, source.error);
    if (!source.ok())
        return source;
    try {
        const Json json = json_fields::parse(bytes);
        ParsedDocument parsed = fromAnnotationJson(json);
        if (!parsed.ok())
            json_fields::fail("", parsed.error);
        readLinksJson(json, parsed.document.annotations, OffsetMap(parsed.document.text));
        source.document = std::move(parsed.document);
    } catch (const json_fields::FieldError& e) {
        source.error = std::string("not a Quotelens document: ") + e.what();
    }
    return source;
}

// The corrections saved beside an article by the reader (store/annotation_file.h).
std::optional<ExportSource> savedCorrections(const std::string& path, const Document& article)
{
    const std::string file = annotationPathFor(path);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return std::nullopt;
    LoadedAnnotations loaded = loadAnnotationFile(file, article.text);
    ExportSource source;
    if (!loaded.ok()) {
        source.error = "the saved corrections in " + file + " cannot be used: " + loaded.error;
        return source;
    }
    source.document = std::move(loaded.document);
    source.document.id = article.id;
    if (source.document.meta == ArticleMetadata{})
        source.document.meta = article.meta;
    source.warnings = std::move(loaded.warnings);
    if (!loaded.unplaced.empty())
        source.warnings.push_back(std::to_string(loaded.unplaced.size()) +
                                  " saved corrections could not be placed in the changed article and are not exported");
    return source;
}

}  // namespace

SavedAnnotationsLookup savedAnnotationsLookup() { return savedCorrections; }

bool isDocumentJsonPath(const std::string& path) { return path.ends_with(".json"); }

std::optional<ExportSource> openedDocumentJson(const std::string& path)
{
    if (!isDocumentJsonPath(path))
        return std::nullopt;
    // The export writes its format first: a look at the start tells without reading it all.
    std::string start(512, '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(start.data(), static_cast<std::streamsize>(start.size()));
    start.resize(static_cast<std::size_t>(in.gcount()));
    const std::size_t format = start.find("\"format\"");
    if (format == std::string::npos || start.find(kDocumentFormat, format) == std::string::npos)
        return std::nullopt;
    return readDocumentJson(path);
}

ExportSource documentForExport(const std::string& path, const SavedAnnotationsLookup& saved)
{
    if (isDocumentJsonPath(path))
        return readDocumentJson(path);
    ImportResult imported = importArticleFile(path);
    ExportSource source;
    source.warnings = std::move(imported.warnings);
    if (!imported.ok()) {
        source.error = std::move(imported.error);
        return source;
    }
    source.document = std::move(imported.document);
    if (saved) {
        if (std::optional<ExportSource> corrected = saved(path, source.document)) {
            corrected->origin = ExportOrigin::SavedAnnotations;
            corrected->warnings.insert(corrected->warnings.begin(), source.warnings.begin(), source.warnings.end());
            return std::move(*corrected);
        }
    }
    source.document.annotations = extractQuotes(source.document.text);
    return source;
}

ExportSource documentForExport(std::string id, std::string text)
{
    ExportSource source;
    source.document.id = std::move(id);
    source.document.text = std::move(text);
    source.document.annotations = extractQuotes(source.document.text);
    return source;
}

}  // namespace ql
