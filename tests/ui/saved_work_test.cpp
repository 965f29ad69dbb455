// Saving the reader's work: Save and reopen, failed writes, damaged annotation files, and a
// changed article whose annotations cannot all be placed.
#include "catch_qt.h"
#include "dialog_answers.h"
#include "extract/pipeline.h"
#include "sample_corrections.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/reader_actions.h"
#include "ui/unplaced_dialog.h"
#include "ui/work_saver.h"
#include "work_files.h"

#include <QAction>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTreeWidget>

#include <cerrno>
#include <cstring>

using qlui::DocumentSession;
using qlui::MainWindow;

namespace {

// Makes one step of an atomic write fail, as a full disk or a read-only folder would.
struct FailingOps final : ql::FileOps {
    enum class Step { Create, Write, Flush, Rename };
    Step step;
    int error;
    FailingOps(Step s, int e) : step(s), error(e) {}

    int create(const std::string& path, int mode) override
    {
        return step == Step::Create ? (errno = error, -1) : FileOps::create(path, mode);
    }
    long write(int fd, const char* data, std::size_t size) override
    {
        return step == Step::Write ? (errno = error, -1) : FileOps::write(fd, data, size);
    }
    int fsync(int fd) override { return step == Step::Flush ? (errno = error, -1) : FileOps::fsync(fd); }
    int rename(const std::string& from, const std::string& to) override
    {
        return step == Step::Rename ? (errno = error, -1) : FileOps::rename(from, to);
    }
};

}  // namespace

TEST_CASE("saved work: Save, then reopening the article gives back every correction and the undo history")
{
    const qltest::SampleArticle sample;
    ql::AnnotationSet engine;
    ql::AnnotationSet corrected;
    std::vector<ql::Edit> steps;
    std::size_t position = 0;
    {
        DocumentSession session;
        MainWindow window(session);
        REQUIRE(qltest::openAndWait(window, sample.article));
        engine = session.document().annotations;
        CHECK(qltest::shownTitle(window) == QStringLiteral("harbour-bridge.txt — Quotelens"));

        REQUIRE(qltest::performAll(session, qltest::sampleCorrections(session.document())));
        CHECK(qltest::shownTitle(window) == QStringLiteral("harbour-bridge.txt* — Quotelens"));
        REQUIRE(session.undo());  // one step left to redo: that is kept too
        window.actions().save->trigger();
        CHECK_FALSE(session.isModified());
        CHECK(qltest::shownTitle(window) == QStringLiteral("harbour-bridge.txt — Quotelens"));
        CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Saved to")));
        CHECK(window.workSaver().annotationPath() == sample.annotations);
        // Beside them, while the window is open: the hidden lock that says this window autosaves the work.
        CHECK(sample.files() == QStringList({QStringLiteral(".harbour-bridge.txt.quotelens.json.recovery.lock"),
                                             QStringLiteral("harbour-bridge.txt"),
                                             QStringLiteral("harbour-bridge.txt.quotelens.json")}));
        corrected = session.document().annotations;
        steps = qltest::forwardEdits(session.history());
        position = session.history().position();
        REQUIRE(steps.size() >= 10);
        REQUIRE(position == steps.size() - 1);
    }
    DocumentSession session;
    MainWindow window(session);
    REQUIRE(window.openFile(sample.article));
    CHECK_FALSE(session.analysing());  // the saved work is shown: the engine does not run
    CHECK(session.document().annotations == corrected);
    CHECK(qltest::forwardEdits(session.history()) == steps);
    CHECK(session.history().position() == position);
    CHECK_FALSE(session.isModified());
    CHECK_FALSE(window.isWindowModified());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Saved work restored")));

    // Undo still works after reopening: all the way back to the engine's output, and forward again.
    REQUIRE(session.redo());
    CHECK(window.isWindowModified());
    std::size_t undone = 0;
    while (session.undo())
        ++undone;
    CHECK(undone == steps.size());
    CHECK(session.document().annotations == engine);
    while (session.redo()) {
    }
    CHECK(qltest::forwardEdits(session.history()) == steps);
}

TEST_CASE("saved work: Save and Save As are on the platform's keys and in the File menu")
{
    DocumentSession session;
    MainWindow window(session);
    const qlui::ReaderActions& a = window.actions();
    CHECK(a.save->shortcuts() == QKeySequence::keyBindings(QKeySequence::Save));
    CHECK(a.fileMenu()->actions().contains(a.save));
    CHECK(a.fileMenu()->actions().contains(a.saveAs));
    CHECK(a.fileMenu()->actions().contains(a.findQuotesAgain));
    CHECK_FALSE(a.save->isEnabled());  // nothing to save in an empty window
}

TEST_CASE("saved work: a failed write leaves the previous file as it was and says why")
{
    using Step = FailingOps::Step;
    struct Row {
        const char* what;
        Step step;
        int error;
    };
    const Row rows[] = {
        {"a read-only folder", Step::Create, EROFS},
        {"a full disk", Step::Write, ENOSPC},
        {"a failing flush", Step::Flush, EIO},
        {"a failing rename", Step::Rename, EACCES},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const qltest::SampleArticle sample;
        DocumentSession session;
        MainWindow window(session);
        REQUIRE(qltest::openAndWait(window, sample.article));
        const std::vector<ql::Edit> edits = qltest::sampleCorrections(session.document());
        REQUIRE(session.perform(edits.front()).ok());
        REQUIRE(window.workSaver().save());
        const QByteArray before = qltest::fileBytes(sample.annotations);
        REQUIRE_FALSE(before.isEmpty());

        REQUIRE(session.perform(edits.at(1)).ok());
        FailingOps failing(row.step, row.error);
        window.workSaver().setFileOps(failing);
        qltest::DialogAnswers answers;
        answers.click(QStringLiteral("Cancel"));
        window.actions().save->trigger();

        REQUIRE(answers.seen().size() == 1);
        const qltest::DialogAnswers::Seen& told = answers.seen().front();
        CHECK(told.name == QStringLiteral("saveFailed"));
        CHECK(told.text.contains(QString::fromUtf8(std::strerror(row.error))));
        CHECK(told.text.contains(QStringLiteral("previous file is unchanged")));
        CHECK(told.buttons.contains(QStringLiteral("Save As…")));
        CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Not saved")));
        CHECK(qltest::fileBytes(sample.annotations) == before);
        CHECK(sample.files() == QStringList({QStringLiteral(".harbour-bridge.txt.quotelens.json.recovery.lock"),
                                             QStringLiteral("harbour-bridge.txt"),
                                             QStringLiteral("harbour-bridge.txt.quotelens.json")}));  // no temporary left
        CHECK(session.isModified());
        CHECK(window.isWindowModified());

        window.workSaver().setFileOps(ql::systemFileOps());
        window.actions().save->trigger();
        CHECK_FALSE(session.isModified());
        CHECK(qltest::fileBytes(sample.annotations) != before);
    }
}

TEST_CASE("saved work: a damaged or foreign annotation file is named, never replaced, and the engine's quotes shown")
{
    struct Row {
        const char* what;
        std::string bytes;
        const char* told;
    };
    const Row rows[] = {
        {"cut short", R"({"format": "quotelens-annotations", "version": 1, "document": {"quotes": [)",
         "not valid JSON: parse error at line 1"},
        {"another program's JSON", R"({"name": "my-package", "version": "1.0.0"})", "no \"format\" field"},
        {"another format", R"({"format": "subtitles", "version": 1})", "\"subtitles\" is not a Quotelens annotation file"},
        {"a newer version", R"({"format": "quotelens-annotations", "version": 7, "document": {}})",
         "written by a newer Quotelens"},
        {"a field of the wrong type",
         R"({"format": "quotelens-annotations", "version": 1, "document": {"text": "x", "quotes": 3}})",
         "damaged annotation file: document: quotes: expected an array, found number"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const qltest::SampleArticle sample;
        qltest::writeFile(sample.dir, QFileInfo(sample.annotations).fileName(), row.bytes);
        DocumentSession session;
        MainWindow window(session);
        REQUIRE(window.openFile(sample.article));
        QStringList told;
        for (const QMessageBox* box : window.findChildren<QMessageBox*>(QStringLiteral("savedWorkError")))
            told << box->text() + QLatin1Char(' ') + box->informativeText();
        REQUIRE(told.size() == 1);
        CHECK(told.front().contains(QString::fromUtf8(row.told), Qt::CaseInsensitive));
        CHECK(told.front().contains(sample.annotations));

        // The engine's quotes are shown instead.
        CHECK(session.analysing());
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        CHECK(session.document().annotations == ql::extractQuotes(session.document().text));

        // Save refuses to replace the file, says why and offers Save As, which keeps the work elsewhere.
        REQUIRE(session.perform(qltest::oneMoreCorrection(session.document())).ok());
        const QString rescued = sample.dir.filePath(QStringLiteral("rescued.quotelens.json"));
        qltest::DialogAnswers answers;
        answers.click(QStringLiteral("Save As…")).chooseFile(rescued);
        window.actions().save->trigger();
        REQUIRE(answers.seen().size() == 2);
        CHECK(answers.seen().front().text.contains(QStringLiteral("will not replace"), Qt::CaseInsensitive));
        CHECK(answers.seen().front().text.contains(QString::fromUtf8(row.told), Qt::CaseInsensitive));
        CHECK(qltest::fileBytes(sample.annotations).toStdString() == row.bytes);
        CHECK_FALSE(session.isModified());
        CHECK(window.workSaver().annotationPath() == rescued);
        const ql::LoadedAnnotations saved = ql::loadAnnotationFile(rescued.toStdString(), session.document().text);
        REQUIRE(saved.ok());
        CHECK(saved.document.annotations == session.document().annotations);
    }
}

TEST_CASE("saved work: annotations that cannot be placed in a changed article are listed, not dropped")
{
    const qltest::SampleArticle sample;
    {
        DocumentSession session;
        MainWindow window(session);
        REQUIRE(qltest::openAndWait(window, sample.article));
        REQUIRE(qltest::performAll(session, qltest::sampleCorrections(session.document())));
        REQUIRE(window.workSaver().save());
    }
    // The article loses the ferry captain's paragraph.
    std::string text = qltest::fileBytes(sample.article).toStdString();
    const std::size_t from = text.find("« Nous ne sommes");
    const std::size_t to = text.find('\n', from);
    REQUIRE(to != std::string::npos);
    text.erase(from, to - from + 1);
    qltest::writeFile(sample.dir, QFileInfo(sample.article).fileName(), text);

    DocumentSession session;
    MainWindow window(session);
    REQUIRE(window.openFile(sample.article));
    CHECK_FALSE(session.analysing());
    const auto dialogs = window.findChildren<qlui::UnplacedDialog*>();
    REQUIRE(dialogs.size() == 1);
    const QTreeWidget* list = dialogs.front()->list();
    QStringList rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows << list->topLevelItem(i)->text(0) + QStringLiteral(" | ") + list->topLevelItem(i)->text(1) +
                    QStringLiteral(" | ") + list->topLevelItem(i)->text(2);
    INFO(rows.join(QLatin1Char('\n')).toStdString());
    const auto listed = [&](const QString& start) {
        return std::any_of(rows.begin(), rows.end(), [&](const QString& r) { return r.startsWith(start); });
    };
    CHECK(listed(QStringLiteral("Quote | Luc Marchand | Nous ne sommes pas")));  // as the reader had nudged it
    CHECK(listed(QStringLiteral("Quote | Luc Marchand | he would wait for the union's answer")));
    CHECK(listed(QStringLiteral("Deleted quote")));
    CHECK(dialogs.front()->listText().contains(QStringLiteral("Nous ne sommes pas")));

    // The rest is placed, corrections included, and the re-anchored work waits to be saved.
    const ql::AnnotationSet& now = session.document().annotations;
    CHECK(std::none_of(now.quotes.begin(), now.quotes.end(), [&](const ql::Quote& q) {
        return q.spans.front().in(session.document().text).find("Nous ne") != std::string_view::npos;
    }));
    CHECK(std::any_of(now.speakers.begin(), now.speakers.end(), [](const ql::Speaker& s) { return s.name == "Tomas Ferreira"; }));
    CHECK(session.isModified());
    CHECK(window.isWindowModified());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("re-anchored")));
}

TEST_CASE("saved work: Save As writes where the reader chooses, and that file opens on its own")
{
    const qltest::SampleArticle sample;
    const QTemporaryDir elsewhere;
    const QString kept = elsewhere.filePath(QStringLiteral("kept.quotelens.json"));
    ql::AnnotationSet corrected;
    std::vector<ql::Edit> steps;
    {
        DocumentSession session;
        MainWindow window(session);
        REQUIRE(qltest::openAndWait(window, sample.article));
        REQUIRE(qltest::performAll(session, qltest::sampleCorrections(session.document())));
        qltest::DialogAnswers answers;
        answers.chooseFile(elsewhere.filePath(QStringLiteral("kept")));  // the suffix is added
        window.actions().saveAs->trigger();
        CHECK(answers.names() == QStringList{QStringLiteral("saveWorkDialog")});
        REQUIRE(QFileInfo::exists(kept));
        CHECK_FALSE(QFileInfo::exists(sample.annotations));
        CHECK(window.workSaver().annotationPath() == kept);
        CHECK_FALSE(session.isModified());
        corrected = session.document().annotations;
        steps = qltest::forwardEdits(session.history());
    }
    DocumentSession session;
    MainWindow window(session);
    REQUIRE(window.openFile(kept));  // File → Open, Open Recent or the command line
    CHECK_FALSE(session.analysing());
    CHECK(session.document().text == qltest::fileBytes(sample.article).toStdString());
    CHECK(session.document().annotations == corrected);
    CHECK(qltest::forwardEdits(session.history()) == steps);
    CHECK(qltest::shownTitle(window) == QStringLiteral("harbour-bridge.txt — Quotelens"));  // the title saved

    // Save goes back to that file.
    REQUIRE(session.perform(qltest::oneMoreCorrection(session.document())).ok());
    window.actions().save->trigger();
    CHECK_FALSE(session.isModified());
    const ql::LoadedAnnotations saved = ql::loadAnnotationFileAlone(kept.toStdString());
    REQUIRE(saved.ok());
    CHECK(saved.document.annotations == session.document().annotations);
    CHECK_FALSE(QFileInfo::exists(sample.annotations));

    SECTION("a file that is not saved work says why")
    {
        const QString foreign = qltest::writeFile(elsewhere, QStringLiteral("other.quotelens.json"), "[1, 2]");
        CHECK_FALSE(window.openFile(foreign));
        CHECK(session.document().annotations == saved.document.annotations);  // the work stays
        QStringList told;
        for (const QMessageBox* box : window.findChildren<QMessageBox*>())
            told << box->informativeText();
        CHECK(told.join(QLatin1Char(' ')).contains(QStringLiteral("Not a Quotelens annotation file")));
    }
}
