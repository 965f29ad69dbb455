#include "ui/document_session.h"

#include "catch_qt.h"
#include "extract/pipeline.h"
#include "io/article_reader.h"
#include "test_documents.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using qlui::DocumentSession;

namespace {
const QString kSample = QStringLiteral(QUOTELENS_SOURCE_DIR "/resources/samples/harbour-bridge.txt");

// About 5 MB of article: the sample again and again, as a long live blog might be.
std::string longArticle()
{
    const ql::ArticleText sample = ql::readArticleFile(kSample.toStdString());
    std::string text;
    while (text.size() < 5'000'000)
        text += sample.text + '\n';
    return text;
}
}  // namespace

TEST_CASE("document session: the text shows at once, the quotes follow from a worker thread")
{
    DocumentSession session;
    QSignalSpy changed(&session, &DocumentSession::documentChanged);
    QSignalSpy annotated(&session, &DocumentSession::annotationsChanged);
    QSignalSpy finished(&session, &DocumentSession::analysisFinished);
    REQUIRE(session.open(kSample).ok());
    CHECK(changed.size() == 1);
    CHECK(session.analysing());
    CHECK_FALSE(session.document().text.empty());
    CHECK(session.document().annotations.quotes.empty());  // not yet: extraction runs elsewhere

    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    CHECK(annotated.size() == 1);
    REQUIRE(finished.size() == 1);
    CHECK(finished.first().at(0).toBool() == false);  // not cancelled
    CHECK(finished.first().at(1).toString().isEmpty());
    CHECK(session.document().annotations == ql::extractQuotes(session.document().text));
    CHECK(session.summary().speakers.size() == session.document().annotations.speakers.size());
    CHECK(session.document().meta.title == "harbour-bridge.txt");
}

TEST_CASE("document session: a stopped or superseded extraction leaves no trace")
{
    DocumentSession session;
    QSignalSpy annotated(&session, &DocumentSession::annotationsChanged);
    QSignalSpy finished(&session, &DocumentSession::analysisFinished);

    SECTION("stopped: the text stays, without quotes, even after the worker is done")
    {
        session.setText("\"We are ready,\" the mayor said.\n", QStringLiteral("short"));
        session.cancelAnalysis();
        CHECK_FALSE(session.analysing());
        REQUIRE(finished.size() == 1);
        CHECK(finished.first().at(0).toBool() == true);
        QTest::qWait(200);  // a result arriving now must be dropped
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        CHECK(annotated.isEmpty());
        CHECK(session.document().annotations.quotes.empty());
        CHECK(session.document().text == "\"We are ready,\" the mayor said.\n");
    }
    SECTION("superseded: only the newest article's quotes arrive")
    {
        session.setText("\"First,\" said Ana.\n", QStringLiteral("one"));
        session.setText("\"Second,\" said Tomás. \"Third,\" said Ana.\n", QStringLiteral("two"));
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        CHECK(annotated.size() == 1);
        CHECK(session.document().meta.title == "two");
        CHECK(session.document().annotations.quotes.size() == 2);
    }
    SECTION("a document with annotations shows without running the engine")
    {
        session.setDocument(qltest::annotatedDocument());
        CHECK_FALSE(session.analysing());
        CHECK(session.document().annotations.quotes.size() == 3);
        CHECK(finished.isEmpty());
    }
}

TEST_CASE("document session: the event loop keeps turning while a 5 MB article is analysed")
{
    DocumentSession session;
    // Counts event-loop turns that happen while extraction is under way. Extraction on the GUI
    // thread would leave none: the loop could not turn until it returned.
    int turnsWhileAnalysing = 0;
    QTimer tick;
    tick.setInterval(0);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (session.analysing())
            ++turnsWhileAnalysing;
    });
    tick.start();
    session.setText(longArticle(), QStringLiteral("long"));
    REQUIRE(session.analysing());
    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    tick.stop();
    CHECK(turnsWhileAnalysing >= 3);
    CHECK(session.document().annotations.quotes.size() > 1000);
}

TEST_CASE("document session: a title from the first line of untitled text")
{
    struct Row { const char* text; const char* title; };
    const Row rows[] = {
        {"Bridge to open in June\n\nThe council said…", "Bridge to open in June"},
        {"\n\n   Spaces   around  \nmore", "Spaces around"},
        {"", ""},
        {"A very long first line that goes on and on well past what any window title could hold in one go, "
         "really",
         "A very long first line that goes on and on well past what any window title…"},
    };
    for (const Row& row : rows)
        CHECK(qlui::titleFromText(QString::fromUtf8(row.text)) == QString::fromUtf8(row.title));
}

TEST_CASE("document session: corrections go through the history, with undo, redo and the modified mark")
{
    DocumentSession session;
    session.setDocument(qltest::annotatedDocument());
    REQUIRE(session.document().annotations.quotes.size() >= 2);
    const ql::Quote first = session.document().annotations.quotes.front();
    const ql::SpeakerId other = session.document().annotations.speakers.back().id;
    REQUIRE(first.speaker != other);
    QSignalSpy annotations(&session, &DocumentSession::annotationsChanged);
    QSignalSpy history(&session, &DocumentSession::historyChanged);
    CHECK_FALSE(session.isModified());

    REQUIRE(session.perform(ql::Edit{ql::ReassignQuote{first.id, other}}).ok());
    CHECK(session.document().annotations.quote(first.id)->speaker == other);
    CHECK(session.isModified());
    CHECK(annotations.count() == 1);
    CHECK(history.count() == 1);

    session.markSaved();
    CHECK_FALSE(session.isModified());
    REQUIRE(session.undo());
    CHECK(session.document().annotations.quote(first.id)->speaker == first.speaker);
    CHECK(session.isModified());  // the saved state was after the edit
    REQUIRE(session.redo());
    CHECK(session.document().annotations.quote(first.id)->speaker == other);
    CHECK_FALSE(session.isModified());
    CHECK_FALSE(session.redo());  // nothing left to redo

    // A refused edit changes nothing and says why.
    const ql::ApplyResult refused = session.perform(ql::Edit{ql::ReassignQuote{ql::QuoteId{999}, other}});
    CHECK_FALSE(refused.ok());
    CHECK(session.history().steps().size() == 1);

    // A new document starts a new history.
    session.setDocument(qltest::annotatedDocument());
    CHECK_FALSE(session.history().canUndo());
    CHECK_FALSE(session.undo());
}

TEST_CASE("document session: no correction while the quotes are still being found")
{
    DocumentSession session;
    session.setText(qltest::annotatedDocument().text, QStringLiteral("Untitled"));
    REQUIRE(session.analysing());
    const ql::ApplyResult refused = session.perform(ql::Edit{ql::SetVerified{ql::QuoteId{1}, true}});
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(session.history().canUndo());
    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    QThreadPool::globalInstance()->waitForDone();
}
