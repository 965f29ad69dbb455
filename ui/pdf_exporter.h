#pragma once
// The annotated article as a printable PDF, written by Qt's own PDF engine (QPdfWriter), with
// what the HTML export shows: the speakers' colours from core's palette (quote text tinted,
// mentions underlined, cues dotted), the legend with share of voice, every quote's number in
// the text and an index of quotes. A4 pages, page numbers at the foot.

#include "export/exporter.h"

#include <memory>

class QTextDocument;

namespace qlui {

class PdfExporter final : public ql::Exporter {
public:
    ql::ExportFormat format() const override { return {"pdf", "PDF document", "pdf"}; }
    std::string write(const ql::Document& document, const ql::ExportOptions& options) const override;
};

// What write() lays out on the pages; for tests and print previews.
std::unique_ptr<QTextDocument> printableDocument(const ql::Document& document, const ql::ExportOptions& options);

}  // namespace qlui
