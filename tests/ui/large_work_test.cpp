// The saved work on a long article (5 MB of text, a work file of tens of MB) is read in a
// worker thread: the text shows at once, the window keeps turning, edits and Save wait.
#include "catch_qt.h"
#include "io/article_reader.h"
#include "store/annotation_file.h"
#include "test_documents.h"
#include "ui/analysis_status.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/reader_actions.h"
#include "ui/work_saver.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

using qlui::DocumentSession;

TEST_CASE("saved work: a 5 MB article's work is read in a worker thread while the window turns")
{
    qltest::clearSettings();
    QTemporaryDir dir;
    const ql::ArticleText sample = ql::readArticleFile(QUOTELENS_SOURCE_DIR "/resources/samples/harbour-bridge.txt");
    std::string text;
    while (text.size() < 5'000'000)
        text += sample.text + '\n';
    const QString path = qltest::writeFile(dir, QStringLiteral("long.txt"), text);
    const QString workPath = path + QStringLiteral(".quotelens.json");

    // The work saved on it: the engine's quotes and one correction.
    ql::AnnotationSet saved;
    {
        DocumentSession session;
        REQUIRE(session.open(path).ok());
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        const ql::Quote& first = session.document().annotations.quotes.front();
        REQUIRE(session.perform(ql::Edit{ql::SetVerified{first.id, true}}).ok());
        REQUIRE(ql::saveAnnotationFile(QFile::encodeName(workPath).toStdString(), session.document(), session.history())
                    .empty());
        saved = session.document().annotations;
    }
    REQUIRE(QFileInfo(workPath).size() > DocumentSession::kLoadWorkInWorkerBytes);

    DocumentSession session;
    qlui::MainWindow window(session);
    window.resize(1200, 800);  // a reading width: a narrow column makes laying out 5 MB slow
    window.show();
    // Event-loop turns while the work is read: reading it on the GUI thread would leave none.
    int turns = 0;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (session.loadingWork())
            ++turns;
    });
    tick.start();
    REQUIRE(window.openFile(path));
    REQUIRE(session.loadingWork());
    CHECK(session.document().text == text);  // the text at once
    const auto* busy = window.findChild<qlui::AnalysisStatus*>(QStringLiteral("analysisStatus"));
    CHECK(busy->message() == QStringLiteral("Reading the saved work…"));
    CHECK_FALSE(window.actions().save->isEnabled());
    CHECK_FALSE(window.actions().stopAnalysis->isEnabled());  // stopped, a Save would lose the work
    const ql::ApplyResult refused = session.perform(ql::Edit{ql::SetVerified{saved.quotes.front().id, false}});
    CHECK(refused.error == "the saved work is still being read");

    REQUIRE(qltest::waitUntil([&] { return !session.loadingWork(); }));
    tick.stop();
    CHECK(turns >= 3);
    CHECK_FALSE(session.analysing());  // the engine did not run: the work is what shows
    CHECK(session.document().annotations == saved);
    CHECK(session.history().steps().size() == 1);
    CHECK_FALSE(session.isModified());
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Saved work restored."));
    CHECK((busy->message().isEmpty() || busy->message() == QStringLiteral("Highlighting…")));
    CHECK(window.actions().save->isEnabled());
    CHECK(window.workSaver().annotationPath() == workPath);
    REQUIRE(session.undo());  // the history came with it
    CHECK(session.isModified());
}
