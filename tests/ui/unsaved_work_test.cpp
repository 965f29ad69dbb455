// Unsaved work is never lost without asking: closing the window, quitting and opening
// another article ask Save, Discard or Cancel.
#include "catch_qt.h"
#include "dialog_answers.h"
#include "local_http_server.h"
#include "sample_corrections.h"
#include "test_documents.h"
#include "ui/article_opener.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/reader_actions.h"
#include "ui/work_saver.h"
#include "work_files.h"

#include <QAction>
#include <QFileInfo>

using qlui::DocumentSession;
using qlui::MainWindow;

namespace {
enum class Via { Close, Quit, OpenAnother };
}

TEST_CASE("unsaved work: closing, quitting or opening another article asks Save, Discard or Cancel")
{
    struct Row {
        const char* what;
        Via via;
        const char* answer;
        bool goesOn;      // the window closes, or the other article opens
        bool fileWritten;
    };
    const Row rows[] = {
        {"close, cancel", Via::Close, "Cancel", false, false},
        {"close, discard", Via::Close, "Discard", true, false},
        {"close, save", Via::Close, "Save", true, true},
        {"quit, cancel", Via::Quit, "Cancel", false, false},
        {"quit, save", Via::Quit, "Save", true, true},
        {"open another, cancel", Via::OpenAnother, "Cancel", false, false},
        {"open another, discard", Via::OpenAnother, "Discard", true, false},
        {"open another, save", Via::OpenAnother, "Save", true, true},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const qltest::SampleArticle sample;
        const QString other = qltest::writeFile(sample.dir, QStringLiteral("other.txt"), "\"Other,\" she said.\n");
        DocumentSession session;
        MainWindow window(session);
        window.show();
        REQUIRE(qltest::openAndWait(window, sample.article));
        REQUIRE(session.perform(qltest::oneMoreCorrection(session.document())).ok());

        qltest::DialogAnswers answers;
        answers.click(QString::fromUtf8(row.answer));
        switch (row.via) {
        case Via::Close: window.close(); break;
        case Via::Quit: window.actions().quit->trigger(); break;
        case Via::OpenAnother: window.openFile(other); break;
        }
        REQUIRE(answers.names() == QStringList{QStringLiteral("unsavedQuestion")});
        CHECK(answers.seen().front().text.contains(QStringLiteral("harbour-bridge.txt")));
        QStringList buttons = answers.seen().front().buttons;  // in the platform's order
        buttons.sort();
        CHECK(buttons == QStringList({QStringLiteral("Cancel"), QStringLiteral("Discard"), QStringLiteral("Save")}));
        if (row.via == Via::OpenAnother)
            CHECK((session.path() == QFileInfo(other).absoluteFilePath()) == row.goesOn);
        else
            CHECK(window.isVisible() == !row.goesOn);
        if (!row.goesOn)
            CHECK(session.isModified());  // the work is still there
        if (row.fileWritten)
            CHECK_FALSE(session.isModified());
        CHECK(QFileInfo::exists(sample.annotations) == row.fileWritten);
        if (row.goesOn)
            CHECK_FALSE(QFileInfo::exists(sample.recovery));
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    }
}

TEST_CASE("unsaved work: nothing is asked when there is nothing unsaved")
{
    const qltest::SampleArticle sample;
    DocumentSession session;
    MainWindow window(session);
    window.show();
    REQUIRE(qltest::openAndWait(window, sample.article));
    REQUIRE(session.perform(qltest::oneMoreCorrection(session.document())).ok());
    REQUIRE(session.undo());
    qltest::DialogAnswers answers;
    CHECK(window.close());
    CHECK(answers.seen().isEmpty());
}

TEST_CASE("unsaved work: a fetched web page asks before it replaces the article")
{
    struct Row {
        const char* answer;
        bool replaced;
    };
    const Row rows[] = {{"Cancel", false}, {"Save", true}};
    for (const Row& row : rows) {
        INFO(row.answer);
        const qltest::SampleArticle sample;
        qltest::LocalHttpServer server;
        server.page("/news", "<html><head><title>Ferry news</title></head><body><article><p>\"Ferries run,\" "
                             "she said.</p></article></body></html>");
        DocumentSession session;
        MainWindow window(session);
        REQUIRE(qltest::openAndWait(window, sample.article));
        REQUIRE(session.perform(qltest::oneMoreCorrection(session.document())).ok());

        qltest::DialogAnswers answers;
        answers.click(QString::fromUtf8(row.answer));
        window.opener().openUrl(server.url(QStringLiteral("/news")));
        REQUIRE(qltest::waitUntil([&] { return !window.opener().loading(); }));
        CHECK(answers.names() == QStringList{QStringLiteral("unsavedQuestion")});
        CHECK(session.path().isEmpty() == row.replaced);
        CHECK(QFileInfo::exists(sample.annotations) == row.replaced);
        CHECK(window.workSaver().annotationPath().isEmpty() == row.replaced);  // a page has no file to save beside
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    }
}
