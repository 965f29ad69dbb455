// The review path (next quote to check, verify and move on, progress in the status bar), the
// Issues panel, the History panel and the menus of the correction actions.
#include "correction_fixture.h"
#include "ui/issues_panel.h"
#include "ui/reader_actions.h"
#include "ui/speaker_panel.h"

#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTreeWidget>
#include <QUndoView>

#include <map>

using qltest::CorrectionFixture;

namespace {

QStringList issueKinds(const CorrectionFixture& f)
{
    QStringList kinds;
    const QTreeWidget* list = f.corrections.issues()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (const QString kind = list->topLevelItem(i)->text(0); !kind.isEmpty())
            kinds << kind;
    return kinds;
}

QTreeWidgetItem* issueOfKind(const CorrectionFixture& f, const QString& kind)
{
    const QTreeWidget* list = f.corrections.issues()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(0) == kind)
            return list->topLevelItem(i);
    return nullptr;
}

}  // namespace

TEST_CASE("review: N goes to the least sure quote, Shift+V verifies it and goes on, the status bar counts")
{
    CorrectionFixture f;
    const QLabel* progress = f.corrections.progressLabel();
    CHECK(progress->text() == QStringLiteral("0 of 3 verified"));
    f.key(Qt::Key_N);
    CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{3});  // 30% sure
    CHECK(f.view->textCursor().selectedText().startsWith(QStringLiteral("It is a scandal")));

    const std::uint32_t order[] = {2, 1};  // 80%, then 93%
    for (const std::uint32_t next : order) {
        f.key(Qt::Key_V, Qt::ShiftModifier);
        CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{next});
    }
    CHECK(progress->text() == QStringLiteral("2 of 3 verified"));
    f.key(Qt::Key_V, Qt::ShiftModifier);
    CHECK(progress->text() == QStringLiteral("3 of 3 verified"));
    CHECK(f.window.statusBar()->currentMessage() == QStringLiteral("Every quote has been checked."));
    CHECK(f.session.history().steps().size() == 3);

    SECTION("V takes a mark back")
    {
        f.key(Qt::Key_V);
        CHECK_FALSE(f.quote(1).verified);
        CHECK(progress->text() == QStringLiteral("2 of 3 verified"));
    }
    SECTION("undone, the quotes are to be checked again")
    {
        for (int i = 0; i < 3; ++i)
            f.undoKey();
        CHECK(progress->text() == QStringLiteral("0 of 3 verified"));
        f.key(Qt::Key_N);
        CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{3});
    }
}

TEST_CASE("review: the Issues panel follows every edit, and an entry shows its quote or speaker")
{
    CorrectionFixture f;
    CHECK(issueKinds(f) == QStringList{QStringLiteral("No speaker")});
    QTreeWidgetItem* unattributed = issueOfKind(f, QStringLiteral("No speaker"));
    REQUIRE(unattributed);
    CHECK(unattributed->text(1).contains(QStringLiteral("It is a scandal")));
    f.corrections.issues()->list()->itemClicked(unattributed, 0);
    CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{3});

    f.key(Qt::Key_1);  // to the nearest speaker
    CHECK(issueKinds(f).isEmpty());
    f.select(1);
    f.key(Qt::Key_1);  // Zoë's only quote goes to Ana: Zoë is left with none
    CHECK(issueKinds(f) == QStringList{QStringLiteral("No quotes")});
    QTreeWidgetItem* quoteless = issueOfKind(f, QStringLiteral("No quotes"));
    f.corrections.issues()->list()->itemActivated(quoteless, 0);
    CHECK(f.window.speakerPanel()->currentSpeaker() == ql::SpeakerId{1});

    f.select(2);
    f.selectText("the city would cover");
    f.key(Qt::Key_A);
    f.window.findChild<QDialog*>(QStringLiteral("addQuoteDialog"))->accept();
    CHECK(issueKinds(f).contains(QStringLiteral("Overlap")));
    f.undoKey();
    CHECK_FALSE(issueKinds(f).contains(QStringLiteral("Overlap")));
}

TEST_CASE("review: the History panel lists the steps and goes back to any of them")
{
    CorrectionFixture f;
    QUndoView* history = f.corrections.historyView();
    CHECK(history->model()->rowCount() == 1);  // the state as found
    f.select(1);
    f.key(Qt::Key_V);
    f.key(Qt::Key_1);
    CHECK(history->model()->rowCount() == 3);
    CHECK(history->model()->index(1, 0).data().toString() == QStringLiteral("Mark verified"));
    history->setCurrentIndex(history->model()->index(0, 0));
    CHECK(f.annotations() == qltest::annotatedDocument().annotations);
}

TEST_CASE("correcting: every correction is in a menu, Undo and Redo first in Edit")
{
    CorrectionFixture f;
    QMenu* edit = f.window.actions().editMenu();
    REQUIRE(edit->actions().size() > 2);
    CHECK(edit->actions().at(0) == f.actions.undo);
    CHECK(edit->actions().at(1) == f.actions.redo);
    QStringList menus;
    for (QAction* action : f.window.menuBar()->actions())
        menus << action->text().remove(QLatin1Char('&'));
    CHECK(menus.indexOf(QStringLiteral("Quote")) == menus.indexOf(QStringLiteral("Edit")) + 1);
    CHECK(menus.indexOf(QStringLiteral("Speaker")) == menus.indexOf(QStringLiteral("Quote")) + 1);

    const auto inMenu = [&](QAction* action) {
        const QList<QObject*> owners = action->associatedObjects();
        return std::any_of(owners.begin(), owners.end(), [](QObject* o) { return qobject_cast<QMenu*>(o) != nullptr; });
    };
    const QMenu* quote = f.actions.quoteMenu();
    const QMenu* speaker = f.actions.speakerMenu();
    REQUIRE(quote);
    REQUIRE(speaker);
    for (QAction* action : static_cast<QWidget&>(f.window).actions()) {
        if (action->parent() != &f.window || action->shortcut().isEmpty())
            continue;
        INFO(action->text().toStdString());
        CHECK(inMenu(action));  // a key can be looked up in a menu
    }
}

TEST_CASE("correcting: no two actions of the window share a key")
{
    CorrectionFixture f;
    std::map<QString, QString> owner;
    for (const QAction* action : f.window.findChildren<QAction*>()) {
        for (const QKeySequence& key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            const auto [it, added] = owner.emplace(text, action->text());
            INFO(text.toStdString() << ": " << it->second.toStdString() << " and " << action->text().toStdString());
            CHECK((added || it->second == action->text()));
        }
    }
}
