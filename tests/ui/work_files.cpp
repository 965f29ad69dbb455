#include "work_files.h"

#include "sample_corrections.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/main_window.h"

#include <QDir>
#include <QFile>

#include <stdexcept>

namespace qltest {

SampleArticle::SampleArticle()
    : article(dir.filePath(QStringLiteral("harbour-bridge.txt"))),
      annotations(article + QStringLiteral(".quotelens.json")),
      recovery(annotations + QStringLiteral(".recovery"))
{
    if (!QFile::copy(sampleArticlePath(), article))
        throw std::runtime_error("cannot copy the sample article");
}

QStringList SampleArticle::files() const
{
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool openAndWait(qlui::MainWindow& window, const QString& path)
{
    return window.openFile(path) && waitUntil([&] { return !window.session().analysing(); });
}

bool performAll(qlui::DocumentSession& session, const std::vector<ql::Edit>& edits)
{
    for (const ql::Edit& edit : edits) {
        if (!session.perform(edit).ok())
            return false;
    }
    return true;
}

std::vector<ql::Edit> forwardEdits(const ql::History& history)
{
    std::vector<ql::Edit> edits;
    for (const ql::History::Step& step : history.steps())
        edits.push_back(step.forward);
    return edits;
}

}  // namespace qltest
