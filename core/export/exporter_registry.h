#pragma once
// The export formats a program offers. app/ fills it: addCoreExporters() for the formats of
// core, then whatever the program adds (the GUI adds PDF). Adding a format is one class and
// one registration.

#include "export/exporter.h"

#include <memory>
#include <string_view>
#include <vector>

namespace ql {

class ExporterRegistry final {
public:
    // A second exporter with the same format id replaces the first.
    void add(std::unique_ptr<Exporter> exporter);
    // nullptr when no exporter has this id.
    const Exporter* find(std::string_view id) const;
    // The format ids in the order they were added: "html, json, csv, md".
    std::vector<std::string> ids() const;
    const std::vector<std::unique_ptr<Exporter>>& exporters() const { return m_exporters; }

private:
    std::vector<std::unique_ptr<Exporter>> m_exporters;
};

// HTML, JSON, CSV and Markdown, in that order.
void addCoreExporters(ExporterRegistry& registry);

}  // namespace ql
