#pragma once
// File → Export…: a format, which quotes go in (reported speech, unverified, unattributed) and
// where to write. The last folder, format and choices are remembered. exportFromWindow() runs
// it for the open article, writes the file safely and offers to open it or its folder.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "export/exporter_registry.h"
#endif

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QMainWindow;
class QMessageBox;
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

class DocumentSession;

// File → Export… for the window's article: shows the dialog window-modal and returns it at once
// (it deletes itself when closed). On Export the session's document as it is then is written
// safely; the status bar says where, and a message offers to open the file or its folder. A
// failure is shown with its reason and writes nothing.
ExportDialog* exportFromWindow(QMainWindow& window, const DocumentSession& session);

// "Saved FILE." with Open (the default application) and Open Containing Folder; not blocking.
QMessageBox* offerExportedFile(QWidget* parent, const QString& path);

}  // namespace qlui
