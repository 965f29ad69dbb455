#include "ui/export_runner.h"

#include "export/export_source.h"
#include "ui/pdf_exporter.h"

#include <QCommandLineParser>
#include <QSaveFile>
#include <QTextStream>

#include <cstring>

namespace qlui {

namespace {

const QString kExport = QStringLiteral("export");
const QString kOutput = QStringLiteral("output");
const QString kNoIndirect = QStringLiteral("no-indirect");
const QString kNoUnverified = QStringLiteral("no-unverified");
const QString kNoUnattributed = QStringLiteral("no-unattributed");

int fail(const QString& where, const QString& message, int code = 1)
{
    QTextStream(stderr) << where << ": error: " << message << '\n';
    return code;
}

}  // namespace

void addGuiExporters(ql::ExporterRegistry& registry)
{
    ql::addCoreExporters(registry);
    registry.add(std::make_unique<PdfExporter>());
}

QString writeExport(const ql::Document& document, const ql::Exporter& exporter, const ql::ExportOptions& options,
                    const QString& path)
{
    const std::string bytes = exporter.write(document, options);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

void preferOffscreenForExport(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--export") == 0 || std::strncmp(argv[i], "--export=", 9) == 0) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
}

void addExportOptions(QCommandLineParser& parser)
{
    parser.addOption({kExport, QStringLiteral("Export the article as FORMAT (pdf, html, json, csv, md) to the file "
                                              "given with --output, and quit. Needs no display."),
                      QStringLiteral("format")});
    parser.addOption({{QStringLiteral("o"), kOutput}, QStringLiteral("Where --export writes."), QStringLiteral("path")});
    parser.addOption({kNoIndirect, QStringLiteral("With --export: leave out reported speech.")});
    parser.addOption({kNoUnverified, QStringLiteral("With --export: leave out quotes no human has verified.")});
    parser.addOption({kNoUnattributed, QStringLiteral("With --export: leave out quotes with no speaker.")});
}

std::optional<int> runExportOption(const QCommandLineParser& parser)
{
    if (!parser.isSet(kExport))
        return std::nullopt;
    ql::ExporterRegistry registry;
    addGuiExporters(registry);
    const QString format = parser.value(kExport);
    const ql::Exporter* exporter = registry.find(format.toStdString());
    if (!exporter)
        return fail(QStringLiteral("quotelens"), QStringLiteral("unknown export format \"%1\" (pdf, html, json, csv, md)").arg(format), 2);
    const QStringList inputs = parser.positionalArguments();
    if (inputs.size() != 1 || !parser.isSet(kOutput))
        return fail(QStringLiteral("quotelens"), QStringLiteral("--export takes one article and --output FILE"), 2);
    const QString input = inputs.constFirst();
    const ql::ExportSource source = ql::documentForExport(input.toStdString(), ql::savedAnnotationsLookup());
    for (const std::string& warning : source.warnings)
        QTextStream(stderr) << input << ": warning: " << QString::fromStdString(warning) << '\n';
    if (!source.ok())
        return fail(input, QString::fromStdString(source.error));
    const ql::ExportOptions options{!parser.isSet(kNoIndirect), !parser.isSet(kNoUnverified),
                                    !parser.isSet(kNoUnattributed)};
    const QString output = parser.value(kOutput);
    if (const QString error = writeExport(source.document, *exporter, options, output); !error.isEmpty())
        return fail(output, error);
    return 0;
}

}  // namespace qlui
