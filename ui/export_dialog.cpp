#include "ui/export_dialog.h"

#include "ui/document_session.h"
#include "ui/export_runner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace qlui {

namespace {

const QString kFolderKey = QStringLiteral("export/folder");
const QString kFormatKey = QStringLiteral("export/format");
const QString kIndirectKey = QStringLiteral("export/indirect");
const QString kUnverifiedKey = QStringLiteral("export/unverified");
const QString kUnattributedKey = QStringLiteral("export/unattributed");

QCheckBox* choice(const QString& name, const QString& text, bool checked)
{
    auto* box = new QCheckBox(text);
    box->setObjectName(name);
    box->setChecked(checked);
    return box;
}

}  // namespace

ExportDialog::ExportDialog(const ql::ExporterRegistry& registry, const QString& articlePath, QSettings& settings,
                           QWidget* parent)
    : QDialog(parent), m_registry(registry), m_settings(settings)
{
    setWindowTitle(tr("Export"));
    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const auto& exporter : registry.exporters()) {
        const ql::ExportFormat format = exporter->format();
        m_format->addItem(QString::fromStdString(format.label) + QStringLiteral(" (.") +
                              QString::fromStdString(format.extension) + QLatin1Char(')'),
                          QString::fromStdString(format.id));
    }
    if (const int remembered = m_format->findData(settings.value(kFormatKey).toString()); remembered >= 0)
        m_format->setCurrentIndex(remembered);

    m_indirect = choice(QStringLiteral("exportIndirect"), tr("Reported speech (indirect quotes)"),
                        settings.value(kIndirectKey, true).toBool());
    m_unverified = choice(QStringLiteral("exportUnverified"), tr("Quotes nobody has verified"),
                          settings.value(kUnverifiedKey, true).toBool());
    m_unattributed = choice(QStringLiteral("exportUnattributed"), tr("Quotes with no speaker"),
                            settings.value(kUnattributedKey, true).toBool());

    // The article's name in the last folder used (else the article's own folder).
    const QFileInfo article(articlePath);
    const QString folder = settings.value(kFolderKey, article.absolutePath()).toString();
    const QString base = article.completeBaseName().isEmpty() ? tr("article") : article.completeBaseName();
    m_path = new QLineEdit(QDir(folder).filePath(base));
    m_path->setObjectName(QStringLiteral("exportPath"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* where = new QHBoxLayout;
    where->addWidget(m_path, 1);
    where->addWidget(browse);

    auto* quotes = new QVBoxLayout;
    quotes->addWidget(m_indirect);
    quotes->addWidget(m_unverified);
    quotes->addWidget(m_unattributed);
    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Include:"), quotes);
    form->addRow(tr("Save as:"), where);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    formatChanged();
}

const ql::Exporter* ExportDialog::exporter() const
{
    return m_registry.find(m_format->currentData().toString().toStdString());
}

ql::ExportOptions ExportDialog::options() const
{
    return {m_indirect->isChecked(), m_unverified->isChecked(), m_unattributed->isChecked()};
}

QString ExportDialog::path() const { return m_path->text().trimmed(); }

// The file name follows the format: "article.html" becomes "article.pdf".
void ExportDialog::formatChanged()
{
    const ql::Exporter* chosen = exporter();
    if (!chosen)
        return;
    const QString suffix = QString::fromStdString(chosen->format().extension);
    QString file = path();
    const QFileInfo info(file);
    bool known = false;
    for (const auto& exporter : m_registry.exporters())
        known = known || info.suffix() == QString::fromStdString(exporter->format().extension);
    if (known)
        file.chop(info.suffix().size() + 1);
    m_path->setText(file + QLatin1Char('.') + suffix);
}

void ExportDialog::browse()
{
    const ql::Exporter* chosen = exporter();
    const QString suffix = chosen ? QString::fromStdString(chosen->format().extension) : QString();
    const QString file = QFileDialog::getSaveFileName(this, tr("Export to"), path(),
                                                      tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!file.isEmpty())
        m_path->setText(file);
}

void ExportDialog::accept()
{
    if (path().isEmpty())
        return;
    m_settings.setValue(kFolderKey, QFileInfo(path()).absolutePath());
    m_settings.setValue(kFormatKey, m_format->currentData());
    m_settings.setValue(kIndirectKey, m_indirect->isChecked());
    m_settings.setValue(kUnverifiedKey, m_unverified->isChecked());
    m_settings.setValue(kUnattributedKey, m_unattributed->isChecked());
    QDialog::accept();
}

namespace {

// The exporters are stateless: one registry serves every window.
const ql::ExporterRegistry& guiRegistry()
{
    static const ql::ExporterRegistry registry = [] {
        ql::ExporterRegistry r;
        addGuiExporters(r);
        return r;
    }();
    return registry;
}

// Where the dialog suggests writing: beside the article, or for text with no file (the
// clipboard, a web page) a name made of its title in the documents folder.
QString suggestedSource(const DocumentSession& session)
{
    if (!session.path().isEmpty())
        return session.path();
    QString name = QString::fromStdString(session.document().meta.title);
    static const QRegularExpression unsafe(QStringLiteral(R"([/\\:*?"<>|\x00-\x1f]+)"));
    name = name.replace(unsafe, QStringLiteral(" ")).simplified().left(60).trimmed();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(folder.isEmpty() ? QDir::homePath() : folder).filePath(name.isEmpty() ? QStringLiteral("article") : name);
}

}  // namespace

ExportDialog* exportFromWindow(QMainWindow& window, const DocumentSession& session)
{
    auto* settings = new QSettings(&window);
    auto* dialog = new ExportDialog(guiRegistry(), suggestedSource(session), *settings, &window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QObject::destroyed, settings, &QObject::deleteLater);
    QObject::connect(dialog, &QDialog::accepted, &window, [&window, &session, dialog] {
        const ql::Exporter* exporter = dialog->exporter();
        const QString path = dialog->path();
        if (!exporter)
            return;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);  // a long article's PDF takes a moment
        const QString error = writeExport(session.document(), *exporter, dialog->options(), path);
        QGuiApplication::restoreOverrideCursor();
        const QString shown = QDir::toNativeSeparators(path);
        if (!error.isEmpty()) {
            window.statusBar()->showMessage(ExportDialog::tr("Export failed."));
            auto* box = new QMessageBox(QMessageBox::Warning, ExportDialog::tr("Export failed"),
                                        ExportDialog::tr("%1 could not be written.").arg(shown), QMessageBox::Ok,
                                        &window);
            box->setInformativeText(error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            return;
        }
        window.statusBar()->showMessage(ExportDialog::tr("Exported to %1").arg(shown));
        offerExportedFile(&window, path);
    });
    dialog->open();
    return dialog;
}

QMessageBox* offerExportedFile(QWidget* parent, const QString& path)
{
    auto* done = new QMessageBox(QMessageBox::Information, ExportDialog::tr("Exported"),
                                 ExportDialog::tr("Saved %1.").arg(QDir::toNativeSeparators(path)), QMessageBox::Close,
                                 parent);
    done->setObjectName(QStringLiteral("exportedMessage"));
    done->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* open = done->addButton(ExportDialog::tr("&Open"), QMessageBox::AcceptRole);
    QPushButton* folder = done->addButton(ExportDialog::tr("Open Containing &Folder"), QMessageBox::ActionRole);
    done->setDefaultButton(open);
    QObject::connect(done, &QMessageBox::buttonClicked, done, [open, folder, path](QAbstractButton* clicked) {
        if (clicked == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        else if (clicked == folder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    });
    done->open();
    return done;
}

}  // namespace qlui
