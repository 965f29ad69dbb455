#pragma once
// Exporting from the GUI executable: the formats it offers (core's four and PDF), writing an
// export safely, and `quotelens --export FORMAT ARTICLE -o OUT`, which needs no display
// (quotelens-cli links no Qt, so PDF comes from here).

#include "export/exporter_registry.h"

#include <QString>

#include <optional>

class QCommandLineParser;

namespace qlui {

// HTML, JSON, CSV, Markdown, then PDF.
void addGuiExporters(ql::ExporterRegistry& registry);

// Writes the export through QSaveFile: a temporary file, renamed over `path` only when
// complete, so a failure leaves any earlier file as it was. Returns why it failed, or "".
QString writeExport(const ql::Document& document, const ql::Exporter& exporter, const ql::ExportOptions& options,
                    const QString& path);

// Call before QApplication: with --export and no platform chosen, Qt runs offscreen.
void preferOffscreenForExport(int argc, char** argv);
// --export FORMAT, -o/--output PATH and the options that leave quotes out.
void addExportOptions(QCommandLineParser& parser);
// After parser.process(): when --export was given, exports the one article named and returns
// the exit code (0 done, 1 failed, 2 usage); otherwise nullopt and the reader opens.
std::optional<int> runExportOption(const QCommandLineParser& parser);

}  // namespace qlui
