#include "export/export_source.h"

#include "extract/pipeline.h"
#include "import/article_import.h"
#include "io/annotation_json.h"
#include "io/article_reader.h"

namespace ql {

namespace {

ExportSource readDocumentJson(const std::string& path)
{
    ExportSource source;
    source.origin = ExportOrigin::DocumentJson;
    FileBytes file = readFileBytes(path);
    if (!file.ok()) {
        source.error = file.error;
        return source;
    }
    ParsedDocument parsed = parseAnnotationJson(file.bytes);
    if (!parsed.ok()) {
        source.error = "not a Quotelens document: " + parsed.error;
        return source;
    }
    source.document = std::move(parsed.document);
    return source;
}

}  // namespace

SavedAnnotationsLookup savedAnnotationsLookup() { return {}; }

bool isDocumentJsonPath(const std::string& path) { return path.ends_with(".json"); }

ExportSource documentForExport(const std::string& path, const SavedAnnotationsLookup& saved)
{
    if (isDocumentJsonPath(path))
        return readDocumentJson(path);
    ImportResult imported = importArticleFile(path);
    if (!imported.ok()) {
        ExportSource source;
        source.warnings = std::move(imported.warnings);
        source.error = std::move(imported.error);
        return source;
    }
    if (saved) {
        if (std::optional<ExportSource> corrected = saved(path, imported.document)) {
            corrected->origin = ExportOrigin::SavedAnnotations;
            corrected->warnings.insert(corrected->warnings.begin(), imported.warnings.begin(), imported.warnings.end());
            return std::move(*corrected);
        }
    }
    ExportSource source;
    source.document = std::move(imported.document);
    source.document.annotations = extractQuotes(source.document.text);
    source.warnings = std::move(imported.warnings);
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
