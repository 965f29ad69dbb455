// Getting articles into the window: Open Recent, drag and drop, the clipboard, a long article.
#include "ui/main_window.h"

#include "catch_qt.h"
#include "io/article_reader.h"
#include "test_documents.h"
#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/reader_actions.h"
#include "ui/reader_app.h"
#include "ui/recent_files.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUrl>

namespace {
const QString kSample = QStringLiteral(QUOTELENS_SOURCE_DIR "/resources/samples/harbour-bridge.txt");

// Two short articles in a temporary folder.
struct TwoArticles {
    QTemporaryDir dir;
    QString one = qltest::writeFile(dir, QStringLiteral("one.txt"), "\"One,\" she said.\n");
    QString two;
    explicit TwoArticles(const char* secondName)
        : two(qltest::writeFile(dir, QString::fromUtf8(secondName), "\"Two,\" he said.\n"))
    {
        qltest::clearSettings();
    }
};

QStringList menuTexts(QMenu& menu)
{
    emit menu.aboutToShow();
    QStringList texts;
    for (const QAction* action : menu.actions()) {
        if (!action->isSeparator())
            texts << action->text();
    }
    return texts;
}
}  // namespace

TEST_CASE("window: Open Recent lists the last articles, most recent first, across windows")
{
    const TwoArticles files("two & more.txt");
    const QString& one = files.one;
    const QString& two = files.two;
    {
        qlui::DocumentSession session;
        qlui::MainWindow window(session);
        CHECK(menuTexts(*window.actions().recentMenu()) ==
              QStringList({QStringLiteral("No recent articles"), QStringLiteral("&Clear Menu")}));
        REQUIRE(window.openFile(one));
        REQUIRE(window.openFile(two));
        REQUIRE(window.openFile(one));
        CHECK_FALSE(window.openFile(files.dir.filePath(QStringLiteral("missing.txt"))));  // refused: not listed
    }
    qlui::DocumentSession session;
    qlui::MainWindow window(session);  // a later session
    QMenu& recent = *window.actions().recentMenu();
    CHECK(menuTexts(recent) == QStringList({QStringLiteral("&1  one.txt"), QStringLiteral("&2  two && more.txt"),
                                            QStringLiteral("&Clear Menu")}));
    CHECK(qlui::RecentFiles().lastFolder() == QFileInfo(one).absolutePath());

    recent.actions().at(1)->trigger();
    CHECK(session.path() == QFileInfo(two).absoluteFilePath());
    CHECK(menuTexts(recent).first() == QStringLiteral("&1  two && more.txt"));

    SECTION("a file that has gone is dropped from the menu when chosen")
    {
        QFile::remove(one);
        menuTexts(recent);
        recent.actions().at(1)->trigger();
        CHECK(menuTexts(recent) == QStringList({QStringLiteral("&1  two && more.txt"), QStringLiteral("&Clear Menu")}));
    }
    SECTION("Clear Menu empties it")
    {
        menuTexts(recent);
        recent.actions().constLast()->trigger();
        CHECK(qlui::RecentFiles().files().isEmpty());
    }
    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
}

TEST_CASE("window: files dropped on the window open, the first here and the others in windows of their own")
{
    const TwoArticles files("two.txt");
    const QString& one = files.one;
    const QString& two = files.two;
    qlui::ReaderApp app;
    qlui::MainWindow* window = app.newWindow();
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(one), QUrl::fromLocalFile(two), QUrl(QStringLiteral("https://example.org/a"))});

    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(window, &drop);
    CHECK(window->session().path() == QFileInfo(one).absoluteFilePath());
    const QList<qlui::MainWindow*> windows = app.windows();
    REQUIRE(windows.size() == 2);
    CHECK(windows[1]->session().path() == QFileInfo(two).absoluteFilePath());

    SECTION("text that is not a file is not taken")
    {
        QMimeData text;
        text.setText(QStringLiteral("just words"));
        QDragEnterEvent other(QPoint(10, 10), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        other.setAccepted(false);
        QCoreApplication::sendEvent(window, &other);
        CHECK_FALSE(other.isAccepted());
    }
    for (qlui::MainWindow* w : windows)
        REQUIRE(qltest::waitUntil([&] { return !w->session().analysing(); }));
    for (qlui::MainWindow* w : windows)
        w->close();
}

TEST_CASE("window: the command line's files open in a window each")
{
    qltest::clearSettings();
    QTemporaryDir dir;
    const QString one = qltest::writeFile(dir, QStringLiteral("one.txt"), "\"One,\" she said.\n");
    qlui::ReaderApp app;
    app.openAll({one, kSample});
    const QList<qlui::MainWindow*> windows = app.windows();
    REQUIRE(windows.size() == 2);
    CHECK(windows[0]->windowTitle().startsWith(QStringLiteral("one.txt")));
    CHECK(windows[1]->windowTitle().startsWith(QStringLiteral("harbour-bridge.txt")));
    for (qlui::MainWindow* w : windows)
        REQUIRE(qltest::waitUntil([&] { return !w->session().analysing(); }));
    windows[0]->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(app.windows().size() == 1);
    windows[1]->close();
}

TEST_CASE("window: New from Clipboard reads plain text and HTML as an article")
{
    qltest::clearSettings();
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    struct Row { const char* name; bool html; const char* content; const char* title; const char* text; };
    const Row rows[] = {
        {"plain", false, "Budget vote delayed\r\n\r\n\"Not this week,\" the speaker said.\r\n", "Budget vote delayed",
         "Budget vote delayed\n\n\"Not this week,\" the speaker said.\n"},
        {"html", true, "<h1>Port reopens</h1><p>&ldquo;We are open,&rdquo; said&nbsp;Ana.</p>", "Port reopens",
         "Port reopens\n“We are open,” said Ana."},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        auto* data = new QMimeData;
        if (row.html)
            data->setHtml(QString::fromUtf8(row.content));
        else
            data->setText(QString::fromUtf8(row.content));
        QApplication::clipboard()->setMimeData(data);
        REQUIRE(window.newFromClipboard());
        CHECK(session.document().text == row.text);
        CHECK(qltest::shownTitle(window) == QString::fromUtf8(row.title) + QStringLiteral(" — Quotelens"));
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        CHECK(session.document().annotations.quotes.size() == 1);
    }
    QApplication::clipboard()->setText(QStringLiteral("  \n "));
    CHECK_FALSE(window.newFromClipboard());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("no text")));
    CHECK(session.document().meta.title == "Port reopens");  // the article stays
}

TEST_CASE("window: a 5 MB article shows at once and its analysis can be stopped")
{
    qltest::clearSettings();
    QTemporaryDir dir;
    const ql::ArticleText sample = ql::readArticleFile(kSample.toStdString());
    std::string text;
    while (text.size() < 5'000'000)
        text += sample.text + '\n';
    const QString path = qltest::writeFile(dir, QStringLiteral("long.txt"), text);

    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    window.show();
    REQUIRE(window.openFile(path));
    REQUIRE(session.analysing());
    auto* busy = window.findChild<QWidget*>(QStringLiteral("analysisStatus"));
    CHECK_FALSE(busy->isHidden());
    CHECK(window.actions().stopAnalysis->isEnabled());
    window.actions().stopAnalysis->trigger();
    CHECK_FALSE(session.analysing());
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Stopped")));
    REQUIRE(qltest::waitUntil([&] { return !window.articleView()->rendering(); }));
    CHECK(busy->isHidden());
    CHECK(window.articleView()->document()->characterCount() == session.positions().text().size() + 1);
    CHECK(session.document().annotations.quotes.empty());
}
