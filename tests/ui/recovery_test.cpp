// Autosave and recovery: unsaved work is autosaved to a recovery file on a short timer, the
// next session on the article offers it, and a reader killed with SIGKILL loses nothing that
// the last autosave held.
#include "catch_qt.h"
#include "dialog_answers.h"
#include "sample_corrections.h"
#include "store/autosave.h"
#include "store/sha256.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/reader_actions.h"
#include "ui/reader_app.h"
#include "ui/recent_files.h"
#include "ui/recovery_lock.h"
#include "ui/work_saver.h"
#include "work_files.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>

#include <csignal>
#include <sys/types.h>

using qlui::DocumentSession;
using qlui::MainWindow;

namespace {

// Waits for the window's next autosave.
bool autosaved(MainWindow& window)
{
    QSignalSpy spy(&window.workSaver(), &qlui::WorkSaver::autosaved);
    return qltest::waitUntil([&] { return spy.count() > 0; });
}

// Starts the reader without files, answering Restore to the one question it should ask.
MainWindow& startAndRestore(qlui::ReaderApp& app, qltest::DialogAnswers& answers)
{
    answers.click(QStringLiteral("Restore"));
    app.openAll({});
    REQUIRE(app.windows().size() == 1);
    CHECK(answers.names() == QStringList{QStringLiteral("recoveryQuestion")});
    return *app.windows().front();
}

// The sample article in a window that autosaves at once, with one correction autosaved.
struct AutosavedReader {
    qltest::SampleArticle sample;
    DocumentSession session;
    MainWindow window{session};
    std::vector<ql::Edit> edits;

    AutosavedReader()
    {
        window.workSaver().setAutosaveInterval(10);
        REQUIRE(qltest::openAndWait(window, sample.article));
        edits = qltest::sampleCorrections(session.document());
        REQUIRE(session.perform(edits.front()).ok());
        REQUIRE(autosaved(window));
        REQUIRE(QFileInfo::exists(sample.recovery));
    }
};

}  // namespace

TEST_CASE("recovery: unsaved work is autosaved and offered when the article is opened again")
{
    const qltest::SampleArticle sample;
    ql::AnnotationSet engine;
    ql::AnnotationSet corrected;
    std::vector<ql::Edit> steps;
    {
        DocumentSession session;
        MainWindow window(session);
        window.workSaver().setAutosaveInterval(10);
        REQUIRE(qltest::openAndWait(window, sample.article));
        engine = session.document().annotations;
        CHECK(window.workSaver().recoveryPath() == sample.recovery);
        REQUIRE(qltest::performAll(session, qltest::sampleCorrections(session.document())));
        REQUIRE(autosaved(window));
        CHECK(QFileInfo::exists(sample.recovery));
        CHECK_FALSE(QFileInfo::exists(sample.annotations));  // autosave is not Save
        corrected = session.document().annotations;
        steps = qltest::forwardEdits(session.history());
    }  // gone without closing, as after a crash

    DocumentSession session;
    MainWindow window(session);
    qltest::DialogAnswers answers;
    SECTION("restored: every edit, undo included, waiting to be saved")
    {
        answers.click(QStringLiteral("Restore"));
        REQUIRE(window.openFile(sample.article));
        REQUIRE(answers.names() == QStringList{QStringLiteral("recoveryQuestion")});
        CHECK(answers.seen().front().text.contains(QStringLiteral("harbour-bridge.txt")));
        CHECK_FALSE(session.analysing());
        CHECK(session.document().annotations == corrected);
        CHECK(qltest::forwardEdits(session.history()) == steps);
        CHECK(session.isModified());
        CHECK(window.isWindowModified());
        while (session.undo()) {
        }
        CHECK(session.document().annotations == engine);
        while (session.redo()) {
        }
        REQUIRE(window.workSaver().save());
        CHECK_FALSE(QFileInfo::exists(sample.recovery));  // saved: the recovery has done its job
        CHECK(QFileInfo::exists(sample.annotations));
    }
    SECTION("discarded: the engine's quotes, and the recovery file is gone")
    {
        answers.click(QStringLiteral("Discard"));
        REQUIRE(window.openFile(sample.article));
        REQUIRE(answers.names() == QStringList{QStringLiteral("recoveryQuestion")});
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        CHECK(session.document().annotations == engine);
        CHECK_FALSE(session.isModified());
        CHECK_FALSE(QFileInfo::exists(sample.recovery));
    }
}

TEST_CASE("recovery: work back where it was saved, or closed without saving, leaves no recovery file")
{
    AutosavedReader reader;
    const qltest::SampleArticle& sample = reader.sample;
    DocumentSession& session = reader.session;
    MainWindow& window = reader.window;

    SECTION("undone back to the saved state")
    {
        REQUIRE(session.undo());
        REQUIRE(qltest::waitUntil([&] { return !QFileInfo::exists(sample.recovery); }));
    }
    SECTION("closed with Discard")
    {
        window.show();
        qltest::DialogAnswers answers;
        answers.click(QStringLiteral("Discard"));
        CHECK(window.close());
        CHECK(answers.names() == QStringList{QStringLiteral("unsavedQuestion")});
        CHECK_FALSE(QFileInfo::exists(sample.recovery));
        CHECK_FALSE(QFileInfo::exists(sample.annotations));
    }
}

TEST_CASE("recovery: a failing autosave is told and leaves the last recovery file")
{
    AutosavedReader reader;
    MainWindow& window = reader.window;
    const QByteArray before = qltest::fileBytes(reader.sample.recovery);

    struct FullDisk final : ql::FileOps {
        long write(int, const char*, std::size_t) override
        {
            errno = ENOSPC;
            return -1;
        }
    } full;
    window.workSaver().setFileOps(full);
    REQUIRE(reader.session.perform(reader.edits.at(1)).ok());
    REQUIRE(qltest::waitUntil(
        [&] { return window.statusBar()->currentMessage().startsWith(QStringLiteral("Autosave failed")); }));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("No space left on device")));
    CHECK(qltest::fileBytes(reader.sample.recovery) == before);
    window.workSaver().setFileOps(ql::systemFileOps());
}

TEST_CASE("recovery: a reader killed with SIGKILL gets back every edit made before the last autosave")
{
    const qltest::SampleArticle sample;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(QUOTELENS_KILLED_READER), {sample.article});
    REQUIRE(child.waitForStarted());
    QStringList lines;
    while (lines.size() < 2) {
        REQUIRE(qltest::waitUntil([&] { return child.canReadLine() || child.state() == QProcess::NotRunning; }));
        REQUIRE(child.canReadLine());  // else the child ended early: its stderr says why
        lines << QString::fromUtf8(child.readLine()).trimmed();
    }
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    REQUIRE(child.waitForFinished());
    CHECK(child.exitStatus() == QProcess::CrashExit);

    const QStringList autosave = lines.at(0).split(QLatin1Char(' '));
    const QStringList edited = lines.at(1).split(QLatin1Char(' '));
    REQUIRE(autosave.size() == 3);
    REQUIRE(autosave.at(0) == QStringLiteral("autosaved"));
    REQUIRE(edited.size() == 2);
    REQUIRE(edited.at(0) == QStringLiteral("edited"));
    REQUIRE(edited.at(1) != autosave.at(2));  // the last edit was never autosaved
    REQUIRE(QFileInfo::exists(sample.recovery));
    CHECK_FALSE(QFileInfo::exists(sample.annotations));
    // The killed reader's lock is left behind: a lock of a process that is gone is taken over.
    CHECK(QFileInfo::exists(qlui::RecoveryLock::lockPathFor(sample.recovery)));

    DocumentSession session;
    MainWindow window(session);
    qltest::DialogAnswers answers;
    answers.click(QStringLiteral("Restore"));
    REQUIRE(window.openFile(sample.article));
    CHECK(answers.names() == QStringList{QStringLiteral("recoveryQuestion")});
    CHECK(session.history().steps().size() == autosave.at(1).toULongLong());
    const std::string restored = ql::sha256Hex(ql::writeAnnotationText(session.document(), session.history()));
    CHECK(QString::fromStdString(restored) == autosave.at(2));
    CHECK(session.isModified());
    // The restored history undoes every edit.
    const std::size_t steps = session.history().steps().size();
    std::size_t undone = 0;
    while (session.undo())
        ++undone;
    CHECK(undone == steps);
}

TEST_CASE("recovery: started without files, Quotelens opens the recent articles that have autosaved work")
{
    qltest::clearSettings();
    const qltest::SampleArticle sample;
    const QString other = qltest::writeFile(sample.dir, QStringLiteral("other.txt"), "\"Other,\" she said.\n");
    qlui::RecentFiles recent;
    recent.add(other);  // no work waiting: stays closed
    {
        DocumentSession session;
        MainWindow window(session);
        window.workSaver().setAutosaveInterval(10);
        REQUIRE(qltest::openAndWait(window, sample.article));  // recent now
        REQUIRE(session.perform(qltest::oneMoreCorrection(session.document())).ok());
        REQUIRE(autosaved(window));
    }  // gone without closing, as after a crash
    {
        qltest::DialogAnswers answers;
        qlui::ReaderApp app;
        MainWindow& window = startAndRestore(app, answers);
        CHECK(window.session().path() == QFileInfo(sample.article).absoluteFilePath());
        CHECK(window.session().history().steps().size() == 1);
        CHECK(window.session().isModified());
        REQUIRE(window.workSaver().save());
    }
    qlui::ReaderApp app;  // nothing waits any more: one empty window
    app.openAll({});
    REQUIRE(app.windows().size() == 1);
    CHECK(app.windows().front()->session().path().isEmpty());
    qltest::clearSettings();
}

TEST_CASE("recovery: text without a file is autosaved too and offered at the next start")
{
    qltest::clearSettings();
    const QTemporaryDir folder;
    qlui::WorkSaver::setUntitledFolder(folder.filePath(QStringLiteral("recovery")));
    const QString text = QStringLiteral("Ferries run again\n\n“The crews are back,” the union said.\n");
    ql::AnnotationSet corrected;
    {
        DocumentSession session;
        MainWindow window(session);
        window.workSaver().setAutosaveInterval(10);
        QApplication::clipboard()->setText(text);
        REQUIRE(window.newFromClipboard());
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        REQUIRE_FALSE(session.document().annotations.quotes.empty());
        REQUIRE(session.perform(ql::Edit{ql::SetVerified{session.document().annotations.quotes.front().id, true}}).ok());
        REQUIRE(autosaved(window));
        corrected = session.document().annotations;
    }  // gone without closing, as after a crash
    REQUIRE(qlui::WorkSaver::untitledRecoveries().size() == 1);
    {
        qltest::DialogAnswers answers;
        qlui::ReaderApp app;
        MainWindow& window = startAndRestore(app, answers);
        CHECK(answers.seen().front().text.contains(QStringLiteral("Ferries run again")));  // its title
        CHECK(window.session().document().text == text.toStdString());
        CHECK(window.session().document().annotations == corrected);
        CHECK(window.session().history().steps().size() == 1);
        CHECK(window.session().isModified());

        // Saved at last (Save asks where): the untitled recovery has done its job.
        const QString saved = folder.filePath(QStringLiteral("ferries.quotelens.json"));
        answers.chooseFile(saved);
        window.actions().save->trigger();
        CHECK(QFileInfo::exists(saved));
        CHECK(qlui::WorkSaver::untitledRecoveries().isEmpty());
    }
    qltest::DialogAnswers answers;
    qlui::ReaderApp app;  // nothing waits any more: one empty window, nothing asked
    app.openAll({});
    CHECK(app.windows().size() == 1);
    CHECK(answers.seen().isEmpty());
    qlui::WorkSaver::setUntitledFolder({});
}
