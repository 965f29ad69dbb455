#include "export/json_exporter.h"

#include "io/annotation_json.h"

namespace ql {

std::string JsonExporter::write(const Document& document, const ExportOptions& options) const
{
    return dumpJson(toDocumentJson(selectQuotes(document, options)), 2) + "\n";
}

}  // namespace ql
