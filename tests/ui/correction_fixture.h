#pragma once
// A shown window on a hand-annotated document, for the correction tests: corrections are
// made the way a reader makes them (keys, actions, dialogs accepted, popups chosen from) and
// checked in the session, the panels and the article's highlights.

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/article_view.h"
#include "ui/correction_actions.h"
#include "ui/corrections.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/quote_list_model.h"
#include "ui/quote_panel.h"

#include <QAction>
#include <QApplication>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

namespace qltest {

// Text written for these tests: Rasmussen is named, "he" is wrongly resolved to him (it is
// Lavrov who speaks), and a quote goes on from the one "he" introduces.
inline ql::Document chainDocument()
{
    ql::Document d;
    d.meta.title = "talks.txt";
    d.text = "Talks end without a deal\n"
             "\n"
             "“We stand together,” said Anders Rasmussen. Sergei Lavrov disagreed.\n"
             "\n"
             "“This is a mistake,” he said. “It will fail.”\n";
    const std::string_view t = d.text;
    ql::AnnotationSet& a = d.annotations;
    a.speakers.push_back({ql::SpeakerId{1}, "Anders Rasmussen", ql::SpeakerType::Person, ql::Gender::Male, "", {"Rasmussen"}});
    a.speakers.push_back({ql::SpeakerId{2}, "Sergei Lavrov", ql::SpeakerType::Person, ql::Gender::Male, "", {}});
    const ql::Span rasmussen = spanOf(t, "Anders Rasmussen");
    const ql::Span he = spanOf(t, "he said");
    const ql::Span heWord{he.begin, he.begin + 2};

    ql::Quote together;
    together.id = ql::QuoteId{1};
    together.spans = {spanOf(t, "We stand together,")};
    together.speaker = ql::SpeakerId{1};
    together.mention = rasmussen;
    together.cue = spanOf(t, "said");
    together.confidence = 0.9;
    ql::Quote mistake;
    mistake.id = ql::QuoteId{2};
    mistake.spans = {spanOf(t, "This is a mistake,")};
    mistake.speaker = ql::SpeakerId{1};
    mistake.mention = heWord;
    mistake.cue = spanOf(t, "said", 1);
    mistake.confidence = 0.6;
    mistake.alternatives = {ql::SpeakerId{2}};
    ql::Quote fail;
    fail.id = ql::QuoteId{3};
    fail.spans = {spanOf(t, "It will fail.")};
    fail.speaker = ql::SpeakerId{1};
    fail.follows = ql::QuoteId{2};
    fail.confidence = 0.5;
    a.quotes = {together, mistake, fail};
    a.mentions = {{rasmussen, ql::SpeakerId{1}, ql::MentionKind::Name},
                  {spanOf(t, "Sergei Lavrov"), ql::SpeakerId{2}, ql::MentionKind::Name},
                  {heWord, ql::SpeakerId{1}, ql::MentionKind::Pronoun, false, rasmussen}};
    return d;
}

struct CorrectionFixture {
    qlui::DocumentSession session;
    qlui::MainWindow window{session};
    qlui::Corrections& corrections = window.corrections();
    qlui::CorrectionActions& actions = corrections.actions();
    qlui::ArticleView* view = window.articleView();
    QTableView* quoteTable = window.quotePanel()->table();

    explicit CorrectionFixture(ql::Document document = annotatedDocument())
    {
        clearSettings();
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        session.setDocument(std::move(document));
        view->setFocus();
    }

    const ql::AnnotationSet& annotations() const { return session.document().annotations; }
    const ql::Quote& quote(std::uint32_t id) const
    {
        const ql::Quote* q = annotations().quote(ql::QuoteId{id});
        REQUIRE(q);
        return *q;
    }
    ql::SpeakerId speakerOf(std::uint32_t quoteId) const { return quote(quoteId).speaker; }
    const ql::Speaker* speakerNamed(std::string_view name) const
    {
        for (const ql::Speaker& s : annotations().speakers)
            if (s.name == name)
                return &s;
        return nullptr;
    }

    // Makes the quote current, as clicking its row does.
    void select(std::uint32_t id)
    {
        window.quotePanel()->selectQuote(ql::QuoteId{id});
        view->showQuote(ql::QuoteId{id});
        view->setFocus();
    }
    // Selects text in the article, as the reader does with the mouse.
    void selectText(std::string_view needle, int nth = 0)
    {
        const qlui::TextRange range = session.positions().toDocument(spanOf(session.document().text, needle, nth));
        QTextCursor cursor(view->document());
        cursor.setPosition(range.begin);
        cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        view->setFocus();
    }
    // On a desktop the window is active again once a popup or dialog closes; the offscreen
    // platform leaves that to the program.
    void activate()
    {
        if (QApplication::activePopupWidget() || QApplication::activeModalWidget() || window.isActiveWindow())
            return;
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activate();
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : view, static_cast<Qt::Key>(k),
                        modifiers);
    }
    void undoKey()
    {
        activate();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    }
    void redoKey()
    {
        activate();
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    }

    // The edit just made is one undo step: Ctrl+Z gives back `before`, Ctrl+Shift+Z what the
    // edit made.
    void checkOneStep(const ql::AnnotationSet& before)
    {
        CHECK(session.history().steps().size() == 1);
        const ql::AnnotationSet after = annotations();
        undoKey();
        CHECK(annotations() == before);
        redoKey();
        CHECK(annotations() == after);
    }

    // What the quote panel shows in a quote's speaker cell.
    QString panelSpeaker(std::uint32_t id) const
    {
        const QAbstractItemModel* model = quoteTable->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(qlui::QuoteListModel::QuoteIdRole).toUInt() == id)
                return model->index(row, qlui::QuoteListModel::SpeakerColumn).data().toString();
        return {};
    }
    // The background the article paints under the first character of `needle`.
    QTextCharFormat format(std::string_view needle, int nth = 0) const
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(session.positions().toDocument(spanOf(session.document().text, needle, nth)).begin + 1);
        return cursor.charFormat();
    }
    QBrush background(std::string_view needle, int nth = 0) const { return format(needle, nth).background(); }
    // The newest shown widget of its kind (closed popups and dialogs linger until deleted).
    template <class W>
    W* find(const QString& name = {}) const
    {
        const QList<W*> found = window.findChildren<W*>(name);
        for (auto it = found.rbegin(); it != found.rend(); ++it)
            if ((*it)->isVisible())
                return *it;
        return nullptr;
    }
};

}  // namespace qltest
