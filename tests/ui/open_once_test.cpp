// One window per article: opening an article that a window has open brings that window
// forward, and an article that another Quotelens process has open (its lock beside the
// recovery file, held here by the test) is autosaved apart, never over the other's work.
#include "catch_qt.h"
#include "dialog_answers.h"
#include "sample_corrections.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/reader_actions.h"
#include "ui/reader_app.h"
#include "ui/recovery_lock.h"
#include "ui/work_saver.h"
#include "work_files.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using qlui::DocumentSession;
using qlui::MainWindow;
using qlui::WorkSaver;

namespace {

bool autosaved(MainWindow& window)
{
    QSignalSpy spy(&window.workSaver(), &WorkSaver::autosaved);
    return qltest::waitUntil([&] { return spy.count() > 0; });
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The untitled folder in a temporary folder of the test's own, for as long as it lives.
struct UntitledFolder {
    QTemporaryDir dir;
    UntitledFolder() { WorkSaver::setUntitledFolder(dir.filePath(QStringLiteral("recovery"))); }
    ~UntitledFolder() { WorkSaver::setUntitledFolder({}); }
};

}  // namespace

TEST_CASE("one window per article: opening it again brings its window forward")
{
    const qltest::SampleArticle sample;
    qlui::ReaderApp app;
    MainWindow* first = app.newWindow(sample.article);
    REQUIRE(first->session().path() == sample.article);
    REQUIRE(qltest::waitUntil([&] { return !first->session().analysing(); }));

    // However the path is written, and whether it is the article or the work saved beside it.
    const QString sameArticle = QDir(sample.dir.path()).filePath(QStringLiteral("./harbour-bridge.txt"));
    const QStringList ways = {sample.article, sameArticle, sample.annotations};
    for (const QString& path : ways) {
        INFO(path.toStdString());
        if (path == sample.annotations) {
            first->actions().save->trigger();
            REQUIRE(QFileInfo::exists(sample.annotations));
        }
        // From the command line or a drop:
        CHECK(app.newWindow(path) == first);
        CHECK(app.windows().size() == 1);
        // From File › Open in another window:
        MainWindow* second = app.newWindow();
        REQUIRE(app.windows().size() == 2);
        first->statusBar()->clearMessage();
        CHECK(second->openFile(path));
        CHECK(second->session().path().isEmpty());  // it stays as it was
        CHECK(first->statusBar()->currentMessage() ==
              QStringLiteral("“%1” is open in this window.").arg(QFileInfo(path).fileName()));
        second->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        REQUIRE(app.windows().size() == 1);
    }
    // The window that has it opens it again itself (Reopen with Encoding does).
    CHECK(first->openFile(sample.article));
    CHECK(app.windows() == QList<MainWindow*>{first});
}

TEST_CASE("one window per article: open in another Quotelens, the work here is autosaved apart")
{
    const qltest::SampleArticle sample;
    const UntitledFolder untitled;
    // The other Quotelens: its lock, and the work it autosaved.
    QLockFile other(qlui::RecoveryLock::lockPathFor(sample.recovery));
    REQUIRE(other.tryLock(0));
    const QByteArray theirs = "the other window's autosaved work";
    REQUIRE(writeFile(sample.recovery, theirs));

    {
        DocumentSession session;
        MainWindow window(session);
        window.workSaver().setAutosaveInterval(10);
        qltest::DialogAnswers answers;
        REQUIRE(qltest::openAndWait(window, sample.article));
        // Told, and not asked to restore the other's work.
        const QList<QMessageBox*> told = window.findChildren<QMessageBox*>(QStringLiteral("openElsewhere"));
        REQUIRE(told.size() == 1);
        CHECK(told.front()->text().contains(QStringLiteral("is open in another Quotelens window")));
        CHECK(answers.seen().isEmpty());
        CHECK(window.workSaver().recoveryPath().startsWith(WorkSaver::untitledFolder()));

        const std::vector<ql::Edit> edits = qltest::sampleCorrections(session.document());
        REQUIRE(session.perform(edits.at(0)).ok());
        REQUIRE(autosaved(window));
        CHECK(qltest::fileBytes(sample.recovery) == theirs);
        CHECK(WorkSaver::untitledRecoveries() == QStringList{window.workSaver().recoveryPath()});

        // Saving here writes the article's work file; the autosave stays apart, told once.
        window.actions().save->trigger();
        CHECK(QFileInfo::exists(sample.annotations));
        CHECK(WorkSaver::untitledRecoveries().isEmpty());
        REQUIRE(session.perform(edits.at(1)).ok());
        REQUIRE(autosaved(window));
        CHECK(qltest::fileBytes(sample.recovery) == theirs);
        CHECK(WorkSaver::untitledRecoveries().size() == 1);
        CHECK(window.findChildren<QMessageBox*>(QStringLiteral("openElsewhere")).size() == 1);

        answers.click(QStringLiteral("Discard"));
        window.close();
        CHECK(WorkSaver::untitledRecoveries().isEmpty());
        CHECK(qltest::fileBytes(sample.recovery) == theirs);
        CHECK(QFileInfo::exists(qlui::RecoveryLock::lockPathFor(sample.recovery)));  // still the other's
    }

    // The other Quotelens is gone: the article's recovery file is this window's again.
    other.unlock();
    REQUIRE(QFile::remove(sample.recovery));
    DocumentSession session;
    MainWindow window(session);
    window.workSaver().setAutosaveInterval(10);
    REQUIRE(qltest::openAndWait(window, sample.article));
    CHECK(window.findChildren<QMessageBox*>(QStringLiteral("openElsewhere")).isEmpty());
    CHECK(window.workSaver().recoveryPath() == sample.recovery);
    QLockFile again(qlui::RecoveryLock::lockPathFor(sample.recovery));
    CHECK_FALSE(again.tryLock(0));  // held by the window
    REQUIRE(session.perform(qltest::sampleCorrections(session.document()).at(0)).ok());
    REQUIRE(autosaved(window));
    CHECK(QFileInfo::exists(sample.recovery));
}
