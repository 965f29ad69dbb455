#include "export/json_exporter.h"

#include "edit/set_json.h"
#include "io/annotation_json.h"

namespace ql {

std::string JsonExporter::write(const Document& original, const ExportOptions& options) const
{
    const Document document = selectQuotes(original, options);
    Json json = toDocumentJson(document);
    addLinksJson(json, document.annotations, OffsetMap(document.text));  // chain links, rejected quotes
    return dumpJson(json, 2) + "\n";
}

}  // namespace ql
