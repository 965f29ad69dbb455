#pragma once
// The article as Markdown (CommonMark with GitHub's footnotes): quoted words in bold, each
// quote followed by a footnote that says who said it and why, and a "Who is quoted" section
// that lists every speaker with their quotes. Article text is escaped so that it renders as
// written: no stray emphasis, links or HTML.

#include "export/exporter.h"

namespace ql {

class MarkdownExporter final : public Exporter {
public:
    ExportFormat format() const override { return {"md", "Markdown", "md"}; }
    std::string write(const Document& document, const ExportOptions& options) const override;
};

}  // namespace ql
