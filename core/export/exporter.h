#pragma once
// Exporting an annotated document: one small interface, one class per format, a registry
// that app/ fills (exporter_registry.h). An exporter turns a Document into the bytes of a
// file; it never fails on strange text — everything is escaped or replaced, never dropped.
//
// Formats: html_exporter.h (a self-contained page that looks like the reader), json_exporter.h
// (the full document, docs/schema/quotelens-document-v1.schema.json), csv_exporter.h (one
// row per quote), markdown_exporter.h. The PDF exporter needs Qt and lives in ui/.
// Offsets that leave the program count Unicode code points.

#include "document/document.h"

#include <string>

namespace ql {

// Which quotes go into an export. Mixed quotes (reported speech with quoted words) count as
// direct for `indirect`: only pure reported speech is left out.
struct ExportOptions final {
    bool indirect = true;      // quotes of kind indirect
    bool unverified = true;    // quotes no human has verified
    bool unattributed = true;  // quotes with no speaker

    friend bool operator==(const ExportOptions&, const ExportOptions&) = default;
};

bool keepsQuote(const ExportOptions& options, const Quote& quote, const AnnotationSet& annotations);
// The document with the quotes the options leave out removed; speakers and mentions stay.
Document selectQuotes(Document document, const ExportOptions& options);

struct ExportFormat final {
    std::string id;         // what --format takes: "html"
    std::string label;      // for menus: "HTML page"
    std::string extension;  // of the file written, without the dot
};

class Exporter {
public:
    virtual ~Exporter() = default;
    virtual ExportFormat format() const = 0;
    // The exported file's bytes.
    virtual std::string write(const Document& document, const ExportOptions& options) const = 0;
};

}  // namespace ql
