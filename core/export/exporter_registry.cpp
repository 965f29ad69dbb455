#include "export/exporter_registry.h"

#include "export/csv_exporter.h"
#include "export/html_exporter.h"
#include "export/json_exporter.h"
#include "export/markdown_exporter.h"

#include <algorithm>

namespace ql {

void ExporterRegistry::add(std::unique_ptr<Exporter> exporter)
{
    if (!exporter)
        return;
    const std::string id = exporter->format().id;
    auto same = std::find_if(m_exporters.begin(), m_exporters.end(),
                             [&](const auto& existing) { return existing->format().id == id; });
    if (same != m_exporters.end())
        *same = std::move(exporter);
    else
        m_exporters.push_back(std::move(exporter));
}

const Exporter* ExporterRegistry::find(std::string_view id) const
{
    for (const auto& exporter : m_exporters)
        if (exporter->format().id == id)
            return exporter.get();
    return nullptr;
}

std::vector<std::string> ExporterRegistry::ids() const
{
    std::vector<std::string> ids;
    for (const auto& exporter : m_exporters)
        ids.push_back(exporter->format().id);
    return ids;
}

void addCoreExporters(ExporterRegistry& registry)
{
    registry.add(std::make_unique<HtmlExporter>());
    registry.add(std::make_unique<JsonExporter>());
    registry.add(std::make_unique<CsvExporter>());
    registry.add(std::make_unique<MarkdownExporter>());
}

}  // namespace ql
