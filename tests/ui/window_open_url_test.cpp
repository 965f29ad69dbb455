// File → Open URL… and Reopen with Encoding, offscreen, against a server the test runs on
// 127.0.0.1: the page fetched with progress in the status bar, read like a saved page,
// failures said, Cancel, and an encoding chosen by the reader.
#include "ui/main_window.h"

#include "catch_qt.h"
#include "local_http_server.h"
#include "test_documents.h"
#include "ui/article_opener.h"
#include "ui/document_session.h"
#include "ui/reader_app.h"
#include "ui/reader_actions.h"
#include "ui/url_loader.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFile>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QToolButton>

namespace {

const QString kPage = QStringLiteral(QUOTELENS_SOURCE_DIR "/tests/data/ui/ferry-strike.html");

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QMessageBox* shownMessage(const qlui::MainWindow& window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QList<QMessageBox*> boxes = window.findChildren<QMessageBox*>();
    return boxes.isEmpty() ? nullptr : boxes.constLast();
}

QAction* encodingAction(const qlui::MainWindow& window, const QString& label)
{
    for (QAction* action : window.actions().encodingMenu()->actions()) {
        if (action->text().remove(QLatin1Char('&')).contains(label))
            return action;
    }
    FAIL("no encoding " << label.toStdString());
    return nullptr;
}

struct Fixture {
    qltest::LocalHttpServer server;
    qlui::DocumentSession session;
    qlui::MainWindow window{session};
    QWidget* status = window.findChild<QWidget*>(QStringLiteral("urlStatus"));

    Fixture()
    {
        qltest::clearSettings();
        REQUIRE(status != nullptr);
        server.page("/news/ferry-strike", fileBytes(kPage), "text/html");  // its charset is in the page
        server.serve("/slow", {.silent = true});
    }
    bool waitForLoad()
    {
        return qltest::waitUntil([&] { return !window.opener().loading(); });
    }
};

}  // namespace

TEST_CASE("open URL: File → Open URL… fetches the page with progress in the status bar and opens its article")
{
    Fixture f;
    const QUrl url = f.server.url(QStringLiteral("/news/ferry-strike"));
    QApplication::clipboard()->setText(url.toString());  // offered in the dialog
    f.window.actions().openUrl->trigger();
    auto* dialog = f.window.findChild<QInputDialog*>(QStringLiteral("openUrlDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isModal());
    CHECK(dialog->textValue() == url.toString());
    dialog->accept();

    CHECK(f.window.opener().loading());
    CHECK_FALSE(f.status->isHidden());
    CHECK(f.window.actions().stopAnalysis->isEnabled());  // Ctrl+. stops the fetch too
    REQUIRE(f.waitForLoad());
    CHECK(f.status->isHidden());
    const ql::Document& document = f.session.document();
    CHECK(document.meta.title == "Ferry strike ends");
    CHECK(document.meta.byline == "Tomás Ferreira");
    CHECK(document.meta.url == url.toString().toStdString());
    CHECK(f.session.path().isEmpty());  // not a file: nothing to save beside it
    CHECK(document.text.find("Café owners said") != std::string::npos);  // windows-1252, as the page says
    CHECK(document.text.find("Related") == std::string::npos);
    CHECK(qltest::shownTitle(f.window) == QStringLiteral("Ferry strike ends — Quotelens"));
    CHECK(f.window.statusBar()->currentMessage().contains(url.toString()));
    REQUIRE(qltest::waitUntil([&] { return !f.session.analysing(); }));
    CHECK_FALSE(f.session.document().annotations.quotes.empty());
    CHECK(shownMessage(f.window) == nullptr);
}

TEST_CASE("open URL: a page that cannot be fetched or read says why and the article stays")
{
    Fixture f;
    f.session.setText("“Still here,” she said.\n", QStringLiteral("Still here"));
    f.server.page("/paper.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n", "application/pdf");
    f.server.page("/blank", "<html><body><nav><a href='/'>Home</a></nav></body></html>");
    struct Row {
        const char* path;
        const char* reason;
    };
    int messages = 0;
    for (const Row& row : {Row{"/missing", "HTTP 404"}, Row{"/paper.pdf", "PDF"}, Row{"/blank", "no article text"}}) {
        INFO(row.path);
        const QUrl url = f.server.url(QString::fromLatin1(row.path));
        f.window.opener().openUrl(url);
        REQUIRE(f.waitForLoad());
        QMessageBox* box = shownMessage(f.window);
        REQUIRE(box != nullptr);
        CHECK(f.window.findChildren<QMessageBox*>().size() == ++messages);
        CHECK(box->text().contains(url.toDisplayString()));
        CHECK(box->informativeText().contains(QString::fromLatin1(row.reason)));
        CHECK(f.session.document().meta.title == "Still here");
    }
    f.window.opener().openUrl(QUrl(QStringLiteral("ftp://example.org/news")));
    REQUIRE(f.waitForLoad());
    CHECK(shownMessage(f.window)->informativeText().contains(QStringLiteral("Only http and https")));
}

TEST_CASE("open URL: Cancel in the status bar, or Stop, ends the fetch without a message")
{
    Fixture f;
    f.session.setText("“Still here,” she said.\n", QStringLiteral("Still here"));
    REQUIRE(qltest::waitUntil([&] { return !f.session.analysing(); }));
    for (const bool button : {true, false}) {
        INFO((button ? "Cancel button" : "Stop action"));
        f.window.opener().openUrl(f.server.url(QStringLiteral("/slow")));
        REQUIRE(f.window.opener().loading());
        if (button)
            f.status->findChild<QToolButton*>(QStringLiteral("cancelLoading"))->click();
        else
            f.window.actions().stopAnalysis->trigger();
        REQUIRE(f.waitForLoad());
        CHECK(f.status->isHidden());
        CHECK(f.window.statusBar()->currentMessage().startsWith(QStringLiteral("Stopped fetching")));
        CHECK_FALSE(f.window.actions().stopAnalysis->isEnabled());
        CHECK(shownMessage(f.window) == nullptr);
        CHECK(f.session.document().meta.title == "Still here");
    }
}

TEST_CASE("open URL: Reopen with Encoding reads the file or the page again in the encoding chosen")
{
    Fixture f;
    QTemporaryDir dir;
    const std::string utf8 = "“Café prices are up,” she said.\n";
    QMenu* menu = f.window.actions().encodingMenu();
    f.session.setText("pasted\n", QStringLiteral("pasted"));
    CHECK_FALSE(menu->isEnabled());  // text from the clipboard has nothing to read again

    SECTION("a file")
    {
        REQUIRE(f.window.openFile(qltest::writeFile(dir, QStringLiteral("cafe.txt"), utf8)));
        CHECK(menu->isEnabled());
        encodingAction(f.window, QStringLiteral("Windows-1252"))->trigger();
        CHECK(f.session.document().text.starts_with("â€œCafÃ© prices are up,"));
        encodingAction(f.window, QStringLiteral("UTF-8"))->trigger();
        CHECK(f.session.document().text == utf8);
    }
    SECTION("a page, fetched again")
    {
        f.server.page("/cafe", QByteArray::fromStdString(utf8), "text/plain");
        f.window.opener().openUrl(f.server.url(QStringLiteral("/cafe")));
        REQUIRE(f.waitForLoad());
        CHECK(f.session.document().text == utf8);
        CHECK(menu->isEnabled());
        encodingAction(f.window, QStringLiteral("Windows-1252"))->trigger();
        REQUIRE(f.waitForLoad());
        CHECK(f.session.document().text.starts_with("â€œCafÃ©"));
        encodingAction(f.window, QStringLiteral("Detect"))->trigger();
        REQUIRE(f.waitForLoad());
        CHECK(f.session.document().text == utf8);
    }
}

TEST_CASE("open URL: an address on the command line is fetched with progress, not read as a file")
{
    const bool upperCase = GENERATE(false, true);  // schemes are case-insensitive: HTTP://…
    qltest::LocalHttpServer server;
    server.page("/news/ferry-strike", fileBytes(kPage), "text/html");
    QString argument = server.url(QStringLiteral("/news/ferry-strike")).toString();
    if (upperCase)
        argument.replace(0, 4, QStringLiteral("HTTP"));
    qltest::clearSettings();

    qlui::ReaderApp app;
    app.openAll({argument});
    REQUIRE(app.windows().size() == 1);
    qlui::MainWindow& window = *app.windows().front();
    auto* status = window.findChild<QWidget*>(QStringLiteral("urlStatus"));
    REQUIRE(status != nullptr);
    CHECK(window.opener().loading());
    CHECK_FALSE(status->isHidden());
    REQUIRE(qltest::waitUntil([&] { return !window.opener().loading(); }));
    CHECK(window.session().document().meta.title == "Ferry strike ends");
    CHECK(window.session().path().isEmpty());
    CHECK(shownMessage(window) == nullptr);
}

TEST_CASE("open URL: a file:// address on the command line opens the file it names")
{
    qltest::clearSettings();
    qlui::ReaderApp app;
    app.openAll({QUrl::fromLocalFile(kPage).toString()});
    REQUIRE(app.windows().size() == 1);
    qlui::MainWindow& window = *app.windows().front();
    CHECK_FALSE(window.opener().loading());
    CHECK(window.session().path() == kPage);
    CHECK(window.session().document().meta.title == "Ferry strike ends");
}
