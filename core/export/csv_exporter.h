#pragma once
// One row per quote, for spreadsheets and pandas: RFC 4180 (CRLF line ends, fields with
// commas, quotes or line breaks quoted), UTF-8 with a byte order mark so that spreadsheet
// programs read it as UTF-8, and a header row. Offsets count code points.
// Columns: quote_id, speaker, role, speaker_type, gender, kind, quote, source, cue, start,
// end, confidence, verified, manual, rule; a combined table of many articles adds "file" first.

#include "export/exporter.h"

#include <string_view>

namespace ql {

class CsvExporter final : public Exporter {
public:
    ExportFormat format() const override { return {"csv", "CSV table of quotes", "csv"}; }
    std::string write(const Document& document, const ExportOptions& options) const override;

    // The pieces of a combined table: start() once, then rows() per article, in order.
    static std::string start(bool fileColumn);
    // With fileColumn, `file` fills a first column of every row.
    static std::string rows(const Document& document, const ExportOptions& options, bool fileColumn,
                            std::string_view file = {});
};

}  // namespace ql
