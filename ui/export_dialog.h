#pragma once
// File → Export…: a format, which quotes go in (reported speech, unverified, unattributed) and
// where to write. The last folder, format and choices are remembered. exportWithDialog() runs
// it for the open article, writes the file safely and offers to open it or its folder.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "export/exporter_registry.h"
#endif

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;

namespace qlui {

class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    // `articlePath` gives the suggested file name; `settings` keeps the choices between runs.
    ExportDialog(const ql::ExporterRegistry& registry, const QString& articlePath, QSettings& settings,
                 QWidget* parent = nullptr);

    const ql::Exporter* exporter() const;
    ql::ExportOptions options() const;
    QString path() const;

    void accept() override;  // remembers the folder, format and choices

private:
    void formatChanged();
    void browse();

    const ql::ExporterRegistry& m_registry;
    QSettings& m_settings;
    QComboBox* m_format = nullptr;
    QCheckBox* m_indirect = nullptr;
    QCheckBox* m_unverified = nullptr;
    QCheckBox* m_unattributed = nullptr;
    QLineEdit* m_path = nullptr;
};

// Shows the dialog for `document`, read from `articlePath`, and writes the export. A failure
// is shown with its reason; nothing is written on cancel. Returns the file written, or "".
QString exportWithDialog(QWidget* parent, const ql::Document& document, const QString& articlePath);

}  // namespace qlui
