// Find Quotes Again: the engine runs again and its output is merged in as one undo step;
// verified quotes and every correction stay.
#include "catch_qt.h"
#include "sample_corrections.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/reader_actions.h"
#include "work_files.h"

#include <QAction>
#include <QSignalSpy>
#include <QStatusBar>

#include <algorithm>
#include <iterator>

using qlui::DocumentSession;
using qlui::MainWindow;

TEST_CASE("find again: a fresh extraction fills in what is missing, corrections stay, one undo step")
{
    const qltest::SampleArticle sample;
    DocumentSession session;
    MainWindow window(session);
    REQUIRE(qltest::openAndWait(window, sample.article));
    // Work saved by an engine that found fewer quotes: three are missing.
    ql::Document older = session.document();
    const ql::AnnotationSet engine = older.annotations;
    const auto missing = [&](const ql::Quote& q) {
        const std::string_view text = q.spans.front().in(older.text);
        return text.starts_with("the opening date") || text.starts_with("guarantees for the ferry") ||
               text.starts_with("the audit published");
    };
    std::vector<ql::Quote> lost;
    std::copy_if(engine.quotes.begin(), engine.quotes.end(), std::back_inserter(lost), missing);
    REQUIRE(lost.size() == 3);
    std::erase_if(older.annotations.quotes, missing);
    session.setWork(older, {}, sample.article);
    REQUIRE(qltest::performAll(session, qltest::sampleCorrections(session.document())));
    const ql::AnnotationSet corrected = session.document().annotations;
    const std::size_t steps = session.history().steps().size();

    QSignalSpy found(&session, &DocumentSession::quotesFoundAgain);
    window.actions().findQuotesAgain->trigger();
    CHECK(session.analysing());
    CHECK_FALSE(window.actions().findQuotesAgain->isEnabled());
    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    REQUIRE(found.count() == 1);
    CHECK(found.front().at(2).toBool());  // something changed
    CHECK(found.front().at(1).toULongLong() > 0);  // quotes from the engine
    CHECK(session.history().steps().size() == steps + 1);
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Quotes found again")));

    const ql::AnnotationSet& merged = session.document().annotations;
    CHECK(merged.quotes.size() > corrected.quotes.size());
    // Every quote a human decided on is there exactly as it was.
    for (const ql::Quote& quote : corrected.quotes) {
        if (!quote.manual && !quote.verified)
            continue;
        INFO("quote " << quote.id.value);
        const ql::Quote* now = merged.quote(quote.id);
        REQUIRE(now);
        CHECK(*now == quote);
    }
    CHECK(merged.rejected == corrected.rejected);  // a deleted quote stays deleted
    // The quotes missing before are back.
    for (const ql::Quote& back : lost) {
        CHECK(std::any_of(merged.quotes.begin(), merged.quotes.end(),
                          [&](const ql::Quote& q) { return q.spans == back.spans && q.speaker == back.speaker; }));
    }

    REQUIRE(session.undo());
    CHECK(session.document().annotations == corrected);

    SECTION("nothing new: no undo step")
    {
        REQUIRE(session.redo());
        window.actions().findQuotesAgain->trigger();
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        REQUIRE(found.count() == 2);
        CHECK_FALSE(found.back().at(2).toBool());
        CHECK(session.history().steps().size() == steps + 1);
    }
}
