#pragma once
// Files for the tests of saved work: a copy of the sample article in a folder of its own,
// and reading a file back.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#ifndef Q_MOC_RUN
#include "edit/history.h"
#endif

#include <vector>

namespace qlui {
class DocumentSession;
class MainWindow;
}

namespace qltest {

// The sample article copied into a temporary folder, and where its work is saved.
struct SampleArticle {
    QTemporaryDir dir;
    QString article;
    QString annotations;  // ARTICLE.quotelens.json
    QString recovery;     // ARTICLE.quotelens.json.recovery

    SampleArticle();
    // The names in the folder, sorted.
    QStringList files() const;
};

// The file's bytes; empty when it cannot be read.
QByteArray fileBytes(const QString& path);

// Opens the article in the window and waits until its quotes are found.
bool openAndWait(qlui::MainWindow& window, const QString& path);

// Performs the edits in order; false as soon as one is refused.
bool performAll(qlui::DocumentSession& session, const std::vector<ql::Edit>& edits);
// The history's steps as the edits that make them.
std::vector<ql::Edit> forwardEdits(const ql::History& history);

}  // namespace qltest
