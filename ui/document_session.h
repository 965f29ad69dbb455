#pragma once
// The open article as the UI sees it: the core document (text and annotations) and the
// positions the Qt views use. Views and models observe it through documentChanged().
// This is where the engine runs; moving extraction off the GUI thread changes this class only.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/document.h"
#include "ui/text_positions.h"
#endif

#include <QObject>
#include <QString>
#include <QStringList>

#include <string>

namespace qlui {

struct OpenResult final {
    QString error;  // why the file was refused; empty on success
    QStringList warnings;

    bool ok() const { return error.isEmpty(); }
};

class DocumentSession final : public QObject {
    Q_OBJECT
public:
    explicit DocumentSession(QObject* parent = nullptr);

    // Reads and analyses an article. A refused file leaves the current document as it was.
    OpenResult open(const QString& path);
    // Analyses `text` (UTF-8) and shows it under `title`; `path` is where it was read from.
    void setText(std::string text, const QString& title, const QString& path = {});
    // Shows a document with the annotations it already has.
    void setDocument(ql::Document document, const QString& path = {});

    const ql::Document& document() const { return m_document; }
    const TextPositions& positions() const { return m_positions; }
    const QString& path() const { return m_path; }  // empty unless read from a file

signals:
    void documentChanged();

private:
    ql::Document m_document;
    TextPositions m_positions;
    QString m_path;
};

}  // namespace qlui
