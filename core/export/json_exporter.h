#pragma once
// The full annotated document as JSON (io/annotation_json.h, toDocumentJson): text,
// metadata, speakers, quotes with mentions, cues, confidence, rule and the human-made flags,
// with the corrections' chain links and rejected quotes (edit/set_json.h).
// Schema: docs/schema/quotelens-document-v1.schema.json. Indented, one key a line, so that
// the files diff well; opening it and exporting again gives the same bytes.

#include "export/exporter.h"

namespace ql {

class JsonExporter final : public Exporter {
public:
    ExportFormat format() const override { return {"json", "Quotelens JSON document", "json"}; }
    std::string write(const Document& document, const ExportOptions& options) const override;
};

}  // namespace ql
