// What the window remembers (QSettings, in a temporary folder: see main.cpp), Preferences,
// the About box, and that everything can be reached from the keyboard.
#include "ui/main_window.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/preferences.h"
#include "ui/reader_actions.h"
#include "ui/speaker_colors.h"
#include "ui/themes.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>

namespace {
QDockWidget* dock(qlui::MainWindow& window, const char* name)
{
    return window.findChild<QDockWidget*>(QString::fromLatin1(name));
}
}  // namespace

TEST_CASE("window: layout, open panels, geometry and zoom are restored in the next session")
{
    qltest::clearSettings();
    {
        qlui::DocumentSession session;
        qlui::MainWindow window(session);
        window.resize(900, 640);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        dock(window, "speakerDock")->toggleViewAction()->trigger();  // closes the speaker panel
        window.actions().toolBar()->toggleViewAction()->trigger();
        QTest::keySequence(&window, QKeySequence::ZoomIn);
        QTest::keySequence(&window, QKeySequence::ZoomIn);
        CHECK(window.articleView()->zoom() == 2);
        window.close();
    }
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.size() == QSize(900, 640));
    CHECK(dock(window, "speakerDock")->isHidden());
    CHECK_FALSE(dock(window, "quoteDock")->isHidden());
    CHECK(window.actions().toolBar()->isHidden());
    CHECK(window.articleView()->zoom() == 2);

    SECTION("zoom scales the text, headline included, and Ctrl+0 resets it")
    {
        session.setDocument(qltest::annotatedDocument());
        const qreal zoomed = window.articleView()->font().pointSizeF();
        QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+0")));
        CHECK(window.articleView()->zoom() == 0);
        CHECK(window.articleView()->font().pointSizeF() == Approx(zoomed / 1.2));
        QTextCursor headline(window.articleView()->document()->firstBlock());
        headline.setPosition(1);
        CHECK(headline.charFormat().font().pointSizeF() > window.articleView()->font().pointSizeF());
    }
}

TEST_CASE("window: Preferences choose the palette and the article's font size")
{
    qltest::clearSettings();
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    session.setDocument(qltest::annotatedDocument());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.actions().preferences->trigger();
    auto* dialog = window.findChild<qlui::PreferencesDialog*>();
    REQUIRE(dialog);
    auto* theme = dialog->findChild<QComboBox*>(QStringLiteral("themeChoice"));
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    dialog->findChild<QDoubleSpinBox*>(QStringLiteral("fontSize"))->setValue(15);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    CHECK(qlui::Preferences::load() == qlui::Preferences{qlui::Theme::Dark, 15});
    CHECK(QApplication::palette().color(QPalette::Base) == qlui::darkPalette().color(QPalette::Base));
    CHECK(window.articleView()->readingSize() == 15);
    QCoreApplication::processEvents();

    // The article's tints follow the dark background and keep its text readable.
    const QPalette palette = window.articleView()->palette();
    REQUIRE(palette.color(QPalette::Base) == qlui::darkPalette().color(QPalette::Base));
    for (const char* needle : {"reopen", "city", "scandal", "Ørsted", "Núñez"}) {
        INFO(needle);
        QTextCursor cursor(window.articleView()->document());
        cursor.setPosition(session.positions().toDocument(qltest::spanOf(session.document().text, needle)).begin + 1);
        const QColor background = cursor.charFormat().background().color();
        REQUIRE(cursor.charFormat().hasProperty(QTextFormat::BackgroundBrush));
        CHECK(qlui::relativeLuminance(background) < 0.2);  // a dark tint, not a light one
        CHECK(qlui::contrastRatio(background, palette.color(QPalette::Text)) >= qlui::kMinTextContrast);
    }
    qlui::Preferences{}.save();
    qlui::applyTheme(qlui::Theme::System);
}

TEST_CASE("window: About names the version")
{
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    QString text;
    QTimer::singleShot(0, &window, [&] {
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(widget); box && box->isVisible()) {
                text = box->text();
                box->accept();
            }
        }
    });
    window.actions().about->trigger();
    CHECK(text.contains(QStringLiteral(QUOTELENS_VERSION)));
}

TEST_CASE("window: every action is in a menu, the common ones on the platform's standard keys")
{
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    QList<QAction*> inMenus;
    std::function<void(const QList<QAction*>&)> collect = [&](const QList<QAction*>& actions) {
        for (QAction* action : actions) {
            inMenus << action;
            if (action->menu())
                collect(action->menu()->actions());
        }
    };
    collect(window.menuBar()->actions());
    const qlui::ReaderActions& a = window.actions();
    for (QAction* action : {a.open, a.newFromClipboard, a.exportArticle, a.stopAnalysis, a.quit, a.find, a.findNext, a.findPrevious,
                            a.preferences, a.zoomIn, a.zoomOut, a.zoomReset, a.nextQuote, a.previousQuote,
                            a.focusArticle, a.focusQuotes, a.focusSpeakers, a.filterQuotes, a.about}) {
        INFO(action->text().toStdString());
        CHECK(inMenus.contains(action));
        if (action != a.about)
            CHECK_FALSE(action->shortcut().isEmpty());
    }
    struct Row { QAction* action; QKeySequence::StandardKey key; };
    for (const Row& row : {Row{a.open, QKeySequence::Open}, Row{a.find, QKeySequence::Find},
                           Row{a.zoomIn, QKeySequence::ZoomIn}, Row{a.zoomOut, QKeySequence::ZoomOut}})
        CHECK(row.action->shortcuts() == QKeySequence::keyBindings(row.key));
    CHECK(a.quit->shortcut() == QKeySequence(QStringLiteral("Ctrl+Q")));
    CHECK(a.preferences->menuRole() == QAction::PreferencesRole);
    for (QDockWidget* d : window.findChildren<QDockWidget*>())
        CHECK(inMenus.contains(d->toggleViewAction()));
}

TEST_CASE("window: keyboard shortcuts move the focus between the article and the panels")
{
    qltest::clearSettings();
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    struct Row { const char* keys; const char* focused; };
    const Row rows[] = {{"Ctrl+2", "quoteTable"}, {"Ctrl+3", "speakerTable"}, {"Ctrl+Shift+F", "quoteFilter"},
                        {"Ctrl+1", "articleView"}};
    for (const Row& row : rows) {
        INFO(row.keys);
        QTest::keySequence(&window, QKeySequence(QString::fromLatin1(row.keys)));
        REQUIRE(QApplication::focusWidget());
        CHECK(QApplication::focusWidget()->objectName() == QString::fromLatin1(row.focused));
    }
}
