#pragma once
// One self-contained HTML file that looks like the reader: the article with each speaker's
// quotes, mentions and cues in the speaker's colour, a legend with counts and share of voice,
// an index of quotes linking to each, why and how sure in every quote's tool tip (title), and
// print styles. Inline CSS, no scripts, nothing fetched; every piece of text is escaped.

#include "export/exporter.h"

namespace ql {

class HtmlExporter final : public Exporter {
public:
    ExportFormat format() const override { return {"html", "HTML page", "html"}; }
    std::string write(const Document& document, const ExportOptions& options) const override;
};

}  // namespace ql
