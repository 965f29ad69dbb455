// The window's panels working together: speaker focus, next/previous quote, find.
#include "ui/main_window.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/find_bar.h"
#include "ui/quote_panel.h"
#include "ui/reader_actions.h"
#include "ui/speaker_list_model.h"
#include "ui/speaker_panel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTextCursor>

namespace {
struct Fixture {
    qlui::DocumentSession session;
    qlui::MainWindow window{session};
    qlui::ArticleView* view = window.articleView();
    QTableView* quotes = window.quotePanel()->table();
    QTableView* speakers = window.speakerPanel()->table();

    Fixture()
    {
        qltest::clearSettings();
        window.resize(1100, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        session.setDocument(qltest::annotatedDocument());
    }
    std::vector<uint> shownQuotes() const
    {
        std::vector<uint> ids;
        for (int row = 0; row < quotes->model()->rowCount(); ++row)
            ids.push_back(quotes->model()->index(row, 0).data(Qt::UserRole + 1).toUInt());
        return ids;
    }
    int position(std::string_view needle) const
    {
        return session.positions().toDocument(qltest::spanOf(session.document().text, needle)).begin;
    }
    bool painted(std::string_view needle) const
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(position(needle) + 1);
        return cursor.charFormat().hasProperty(QTextFormat::BackgroundBrush);
    }
    uint currentQuote() const { return window.quotePanel()->currentQuote().value; }
};
}  // namespace

TEST_CASE("window: selecting a speaker filters the quotes and highlights only that speaker")
{
    Fixture f;
    REQUIRE(f.painted("reopen"));
    REQUIRE(f.painted("city"));
    REQUIRE(f.painted("scandal"));
    f.window.speakerPanel()->selectSpeaker(ql::SpeakerId{2});
    CHECK(f.shownQuotes() == std::vector<uint>{2});
    CHECK(f.window.findChild<QComboBox*>(QStringLiteral("speakerFilter"))->currentText() == QStringLiteral("Ana Núñez"));
    CHECK(f.view->onlySpeaker() == ql::SpeakerId{2});
    CHECK(f.painted("city"));
    CHECK(f.painted("Ana Núñez"));
    CHECK_FALSE(f.painted("reopen"));
    CHECK_FALSE(f.painted("Zoë"));
    CHECK_FALSE(f.painted("scandal"));

    SECTION("showing all speakers again")
    {
        f.window.findChild<QWidget*>(QStringLiteral("showAllSpeakers"))->setFocus();
        QTest::keyClick(f.window.findChild<QWidget*>(QStringLiteral("showAllSpeakers")), Qt::Key_Space);
        CHECK(f.shownQuotes() == std::vector<uint>{1, 2, 3});
        CHECK_FALSE(f.view->onlySpeaker().valid());
        CHECK(f.painted("reopen"));
    }
    SECTION("the quote panel's speaker filter selects the speaker too")
    {
        auto* filter = f.window.findChild<QComboBox*>(QStringLiteral("speakerFilter"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("Zoë Ørsted")));
        CHECK(f.window.speakerPanel()->currentSpeaker() == ql::SpeakerId{1});
        CHECK(f.shownQuotes() == std::vector<uint>{1});
        CHECK(f.painted("reopen"));
        CHECK_FALSE(f.painted("city"));
        filter->setCurrentIndex(filter->findText(QStringLiteral("Unattributed")));
        CHECK(f.shownQuotes() == std::vector<uint>{3});
        CHECK_FALSE(f.window.speakerPanel()->currentSpeaker().valid());
    }
    SECTION("a click on a quote the filter hides shows it with the filter cleared")
    {
        f.window.quotePanel()->selectQuote(ql::QuoteId{1});
        CHECK(f.shownQuotes() == std::vector<uint>{1, 2, 3});
        CHECK(f.currentQuote() == 1);
    }
}

TEST_CASE("window: clicking a mention selects its speaker")
{
    Fixture f;
    QTextCursor cursor(f.view->document());
    cursor.setPosition(f.position("The mayor") + 2);
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, f.view->cursorRect(cursor).center());
    CHECK(f.window.speakerPanel()->currentSpeaker() == ql::SpeakerId{2});
    const QModelIndexList rows = f.speakers->selectionModel()->selectedRows(qlui::SpeakerListModel::NameColumn);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().data().toString() == QStringLiteral("Ana Núñez"));
}

TEST_CASE("window: J/K and F8/Shift+F8 step through quotes in reading order")
{
    Fixture f;
    f.view->setFocus();
    QTest::keyClick(f.view, Qt::Key_J);
    CHECK(f.currentQuote() == 1);
    CHECK(f.view->textCursor().selectedText().startsWith(QStringLiteral("We will reopen")));
    QTest::keyClick(f.view, Qt::Key_F8);
    CHECK(f.currentQuote() == 2);
    QTest::keyClick(f.view, Qt::Key_J);
    CHECK(f.currentQuote() == 3);
    QTest::keyClick(f.view, Qt::Key_J);  // the last stays the last
    CHECK(f.currentQuote() == 3);
    QTest::keyClick(f.view, Qt::Key_F8, Qt::ShiftModifier);
    CHECK(f.currentQuote() == 2);
    QTest::keyClick(f.view, Qt::Key_K);
    CHECK(f.currentQuote() == 1);

    SECTION("in reading order whatever the sort, skipping what the filters hide")
    {
        f.quotes->sortByColumn(1, Qt::DescendingOrder);
        f.window.quotePanel()->filterEdit()->setText(QStringLiteral("the"));  // quotes 1 and 2
        f.window.quotePanel()->selectQuote(ql::QuoteId{1});
        f.window.actions().nextQuote->trigger();
        CHECK(f.currentQuote() == 2);
        f.window.actions().nextQuote->trigger();
        CHECK(f.currentQuote() == 2);
    }
    SECTION("typing j in the filter box types j")
    {
        QLineEdit* filter = f.window.quotePanel()->filterEdit();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("jk"));
        CHECK(filter->text() == QStringLiteral("jk"));  // the keys went to the field, not to the shortcuts
    }
}

TEST_CASE("window: low-confidence attributions stand out")
{
    Fixture f;
    ql::Document document = qltest::annotatedDocument();
    document.annotations.quotes[1].confidence = 0.35;  // Ana's quote: attributed, but unsure
    f.session.setDocument(document);
    const QAbstractItemModel* model = f.quotes->model();
    const QModelIndex unsure = model->index(1, 3);
    const QModelIndex sure = model->index(0, 3);
    CHECK(unsure.data().toString().contains(QStringLiteral("35%")));
    CHECK(unsure.data(Qt::BackgroundRole).isValid());
    CHECK_FALSE(sure.data(Qt::BackgroundRole).isValid());
    CHECK(unsure.data(Qt::ToolTipRole).toString().contains(QStringLiteral("worth checking")));
    QTextCursor cursor(f.view->document());
    cursor.setPosition(f.position("city") + 1);
    CHECK(cursor.charFormat().underlineStyle() == QTextCharFormat::WaveUnderline);
    cursor.setPosition(f.position("reopen") + 1);
    CHECK(cursor.charFormat().underlineStyle() == QTextCharFormat::NoUnderline);
}

TEST_CASE("window: Ctrl+F finds in the article, forwards and back, wrapping around")
{
    Fixture f;
    qlui::FindBar* bar = f.window.findChild<qlui::FindBar*>();
    REQUIRE(bar->isHidden());
    f.view->setFocus();
    QTest::keySequence(&f.window, QKeySequence::Find);
    REQUIRE(bar->isVisible());
    CHECK(bar->field()->hasFocus());
    QTest::keyClicks(bar->field(), QStringLiteral("said"));
    const int first = f.position("said");
    CHECK(f.view->textCursor().selectionStart() == first);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    const int second = f.view->textCursor().selectionStart();
    CHECK(second > first);
    QTest::keyClick(bar->field(), Qt::Key_Return);
    CHECK(f.view->textCursor().selectionStart() == first);  // wrapped around
    QTest::keyClick(bar->field(), Qt::Key_Return, Qt::ShiftModifier);
    CHECK(f.view->textCursor().selectionStart() == second);
    bar->field()->setText(QStringLiteral("no such words"));
    CHECK(bar->findChild<QLabel*>(QStringLiteral("findStatus"))->text() == QStringLiteral("Not found"));
    QTest::keyClick(bar->field(), Qt::Key_Escape);
    CHECK(bar->isHidden());
    CHECK(f.view->hasFocus());
}
