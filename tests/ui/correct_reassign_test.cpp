// Reassigning quotes through the window: keys 1-9, the search popup, the panel's drop-down,
// dragging onto a speaker, context menus; fix once, fixed everywhere; undo and redo.
#include "correction_fixture.h"
#include "ui/speaker_list_model.h"
#include "ui/speaker_panel.h"
#include "ui/speaker_picker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>

#include <functional>
#include <memory>

using qltest::CorrectionFixture;

namespace {

QAction* findAction(const QMenu& menu, const QString& text)
{
    for (QAction* action : menu.actions()) {
        if (QString(action->text()).remove(QLatin1Char('&')).contains(text))
            return action;
        if (action->menu())
            if (QAction* inner = findAction(*action->menu(), text))
                return inner;
    }
    return nullptr;
}

int speakerRow(const QAbstractItemModel& model, ql::SpeakerId id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(qlui::SpeakerListModel::SpeakerIdRole).toUInt() == id.value)
            return row;
    return -1;
}

int quoteRow(const QAbstractItemModel& model, std::uint32_t id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(qlui::QuoteListModel::QuoteIdRole).toUInt() == id)
            return row;
    return -1;
}

}  // namespace

TEST_CASE("correcting: key 1 gives the quote to its first candidate, Ctrl+Z and Ctrl+Shift+Z undo and redo it")
{
    CorrectionFixture f;
    f.select(1);
    REQUIRE(f.actions.reassignTo[0]->isVisible());
    CHECK(f.actions.reassignTo[0]->text() == QStringLiteral("&1 Ana Núñez"));
    CHECK_FALSE(f.actions.reassignTo[1]->isVisible());  // two speakers: one candidate
    const QBrush zoe = f.background("reopen");
    const QBrush ana = f.background("city");
    REQUIRE(zoe != ana);

    f.key(Qt::Key_1);
    CHECK(f.speakerOf(1) == ql::SpeakerId{2});
    CHECK(f.panelSpeaker(1) == QStringLiteral("Ana Núñez"));
    CHECK(f.background("reopen") == ana);
    CHECK(f.background("steel") == ana);  // every piece of the quote
    CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{1});  // still the quote being corrected
    CHECK(f.actions.undo->text() == QStringLiteral("&Undo Reassign quote"));
    CHECK(f.actions.reassignTo[0]->text() == QStringLiteral("&1 Zoë Ørsted"));

    f.undoKey();
    CHECK(f.speakerOf(1) == ql::SpeakerId{1});
    CHECK(f.panelSpeaker(1) == QStringLiteral("Zoë Ørsted"));
    CHECK(f.background("reopen") == zoe);
    f.redoKey();
    CHECK(f.speakerOf(1) == ql::SpeakerId{2});
    CHECK(f.background("reopen") == ana);

    SECTION("0 leaves it unattributed")
    {
        f.key(Qt::Key_0);
        CHECK_FALSE(f.speakerOf(1));
        CHECK(f.panelSpeaker(1) == QStringLiteral("unattributed"));
        CHECK(f.background("reopen") == f.background("scandal"));  // grey, as the other unattributed quote
    }
}

TEST_CASE("correcting: every way to reassign a quote gives it to the speaker chosen, as one undo step")
{
    struct Way {
        const char* name;
        std::function<void(CorrectionFixture&)> reassign;  // gives quote 2 (Ana's) to Zoë
    };
    const Way ways[] = {
        {"the key of the candidate", [](CorrectionFixture& f) { f.key(Qt::Key_1); }},
        {"the popup, typing part of the name and Enter",
         [](CorrectionFixture& f) {
             f.key(Qt::Key_R);
             auto* picker = f.find<qlui::SpeakerPicker>();
             REQUIRE(picker);
             QTest::keyClicks(picker->searchField(), QStringLiteral("zo"));
             CHECK(picker->list()->count() == 1);
             QTest::keyClick(picker->searchField(), Qt::Key_Return);
         }},
        {"the popup and a digit",
         [](CorrectionFixture& f) {
             f.key(Qt::Key_R);
             auto* picker = f.find<qlui::SpeakerPicker>();
             REQUIRE(picker);
             QTest::keyClick(picker->searchField(), Qt::Key_1);
         }},
        {"the drop-down in the quote panel's speaker cell",
         [](CorrectionFixture& f) {
             const QAbstractItemModel* model = f.quoteTable->model();
             const QModelIndex cell = model->index(quoteRow(*model, 2), qlui::QuoteListModel::SpeakerColumn);
             f.quoteTable->edit(cell);
             auto* box = f.quoteTable->findChild<QComboBox*>(QStringLiteral("speakerEditor"));
             REQUIRE(box);
             CHECK(box->currentText() == QStringLiteral("Ana Núñez"));
             const int zoe = box->findData(1u);
             REQUIRE(zoe >= 0);
             box->hidePopup();  // as a click on an entry does
             box->setCurrentIndex(zoe);
             emit box->activated(zoe);
             REQUIRE(qltest::waitUntil([&] { return f.speakerOf(2) == ql::SpeakerId{1}; }));
         }},
        {"dropping the quote's row on the speaker",
         [](CorrectionFixture& f) {
             const QAbstractItemModel* quotes = f.quoteTable->model();
             std::unique_ptr<QMimeData> data(quotes->mimeData({quotes->index(quoteRow(*quotes, 2), 2)}));
             QAbstractItemModel* speakers = f.window.speakerPanel()->table()->model();
             const QModelIndex zoe = speakers->index(speakerRow(*speakers, ql::SpeakerId{1}), 0);
             CHECK_FALSE(speakers->canDropMimeData(data.get(), Qt::CopyAction, 0, 0, {}));  // not between rows
             REQUIRE(speakers->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, zoe));
             speakers->dropMimeData(data.get(), Qt::CopyAction, -1, -1, zoe);
         }},
        {"the quote panel's context menu",
         [](CorrectionFixture& f) {
             QMenu menu;
             f.corrections.fillQuoteMenu(menu);
             QAction* action = findAction(menu, QStringLiteral("1 Zoë Ørsted"));
             REQUIRE(action);
             action->trigger();
         }},
        {"the article's context menu on the quote",
         [](CorrectionFixture& f) {
             f.select(1);  // another quote is current: the one clicked on takes its place
             QMenu menu;
             const int position = f.session.positions().toDocument(qltest::spanOf(f.session.document().text, "city")).begin;
             f.corrections.fillArticleMenu(menu, position);
             CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{2});
             QAction* action = findAction(menu, QStringLiteral("1 Zoë Ørsted"));
             REQUIRE(action);
             action->trigger();
         }},
    };
    for (const Way& way : ways) {
        DYNAMIC_SECTION(way.name)
        {
            CorrectionFixture f;
            f.select(2);
            const ql::AnnotationSet before = f.annotations();
            way.reassign(f);
            CHECK(f.speakerOf(2) == ql::SpeakerId{1});
            CHECK(f.panelSpeaker(2) == QStringLiteral("Zoë Ørsted"));
            CHECK(f.background("city") == f.background("reopen"));
            f.checkOneStep(before);
        }
    }
}

TEST_CASE("correcting: the quotes that hang on the same mention move too when the reader says so")
{
    CorrectionFixture f(qltest::chainDocument());
    const ql::AnnotationSet before = f.annotations();
    f.select(2);
    CHECK(f.actions.reassignTo[0]->text() == QStringLiteral("&1 Sergei Lavrov"));  // the engine's runner-up
    f.key(Qt::Key_1);
    auto* prompt = f.find<QMessageBox>(QStringLiteral("propagationPrompt"));
    REQUIRE(prompt);
    CHECK(prompt->text().contains(QStringLiteral("1 other quote got Anders Rasmussen")));
    CHECK(prompt->informativeText().contains(QStringLiteral("“It will fail.”")));
    CHECK(prompt->informativeText().contains(QStringLiteral("“he” ← “Anders Rasmussen”")));
    CHECK(f.annotations() == before);  // nothing until the reader answers

    SECTION("all of them, as one undo step")
    {
        prompt->findChild<QPushButton*>(QStringLiteral("moveAll"))->click();
        CHECK(f.speakerOf(2) == ql::SpeakerId{2});
        CHECK(f.speakerOf(3) == ql::SpeakerId{2});
        CHECK(f.speakerOf(1) == ql::SpeakerId{1});
        CHECK(f.background("It will") == f.background("This is"));
        CHECK(f.actions.undo->text() == QStringLiteral("&Undo Reassign 2 quotes"));
        f.undoKey();
        CHECK(f.annotations() == before);
    }
    SECTION("only this one")
    {
        prompt->findChild<QPushButton*>(QStringLiteral("moveOne"))->click();
        CHECK(f.speakerOf(2) == ql::SpeakerId{2});
        CHECK(f.speakerOf(3) == ql::SpeakerId{1});
    }
    SECTION("none")
    {
        prompt->button(QMessageBox::Cancel)->click();
        CHECK(f.annotations() == before);
        CHECK(f.session.history().steps().empty());
    }
}

TEST_CASE("correcting: saying whom a mention refers to moves what depends on it")
{
    CorrectionFixture f(qltest::chainDocument());
    const ql::AnnotationSet before = f.annotations();
    QTextCursor cursor(f.view->document());
    cursor.setPosition(f.session.positions().toDocument(qltest::spanOf(f.session.document().text, "he said")).begin + 1);
    f.view->setTextCursor(cursor);
    f.key(Qt::Key_R, Qt::ShiftModifier);
    auto* picker = f.find<qlui::SpeakerPicker>();
    REQUIRE(picker);
    QTest::keyClicks(picker->searchField(), QStringLiteral("lav"));
    QTest::keyClick(picker->searchField(), Qt::Key_Return);

    CHECK(f.speakerOf(2) == ql::SpeakerId{2});
    CHECK(f.speakerOf(3) == ql::SpeakerId{2});
    CHECK(f.speakerOf(1) == ql::SpeakerId{1});
    const ql::Mention* he = nullptr;
    for (const ql::Mention& m : f.annotations().mentions)
        if (m.kind == ql::MentionKind::Pronoun)
            he = &m;
    REQUIRE(he);
    CHECK(he->speaker == ql::SpeakerId{2});
    f.undoKey();
    CHECK(f.annotations() == before);
}

TEST_CASE("correcting: a quote reassigned away from the speaker shown gives way to the next one, the filter stays")
{
    CorrectionFixture f(qltest::chainDocument());
    f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{1});  // Rasmussen's quotes only
    REQUIRE(f.quoteTable->model()->rowCount() == 3);
    f.select(1);
    f.key(Qt::Key_1);  // to Lavrov
    CHECK(f.speakerOf(1) == ql::SpeakerId{2});
    CHECK(f.window.speakerPanel()->currentSpeaker() == ql::SpeakerId{1});
    CHECK(f.quoteTable->model()->rowCount() == 2);
    CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{2});
    f.undoKey();
    CHECK(f.quoteTable->model()->rowCount() == 3);
}
