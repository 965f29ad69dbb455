#include "ui/main_window.h"

#include "catch_qt.h"
#include "extract/pipeline.h"
#include "io/article_reader.h"
#include "test_documents.h"
#include "ui/article_view.h"
#include "ui/document_session.h"
#include "ui/labels.h"

#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

namespace {

const QString kSample = QStringLiteral(QUOTELENS_SOURCE_DIR "/resources/samples/harbour-bridge.txt");

// Written for these tests: a few quotes of each kind, non-ASCII names.
constexpr std::string_view kArticle =
    "Harbour council approves bridge repairs\n"
    "\n"
    "“The bridge has carried this town for ninety years,” said Mayor Ana Núñez on Tuesday. "
    "“It deserves better than patches.”\n"
    "\n"
    "The chief engineer, Tomás Ferreira, said the steel deck would be replaced by spring.\n"
    "\n"
    "“We are confident in the schedule,” Ferreira told reporters. He added that traffic would resume in stages.\n"
    "\n"
    "“Nobody asked the fishermen,” one harbour worker complained.\n";

QTableView* quoteTable(qlui::MainWindow& window) { return window.findChild<QTableView*>(QStringLiteral("quoteTable")); }
qlui::ArticleView* article(qlui::MainWindow& window) { return window.findChild<qlui::ArticleView*>(); }

// Opens a file and waits until its quotes are found and painted.
bool openAndWait(qlui::MainWindow& window, const QString& path)
{
    if (!window.openFile(path))
        return false;
    return qltest::waitUntil([&] { return !window.session().analysing() && !article(window)->rendering(); });
}

QStringList errorMessages(const qlui::MainWindow& window)
{
    QStringList messages;
    for (const QMessageBox* box : window.findChildren<QMessageBox*>())
        messages << box->text() + QLatin1Char(' ') + box->informativeText();
    return messages;
}

// The panel must list exactly what the engine finds in `text`, in the same order.
void checkPanelShowsEngineOutput(qlui::MainWindow& window, const std::string& text)
{
    const ql::AnnotationSet expected = ql::extractQuotes(text);
    const QAbstractItemModel* model = quoteTable(window)->model();
    REQUIRE(model->rowCount() == static_cast<int>(expected.quotes.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        INFO("row " << row);
        const ql::Quote& quote = expected.quotes[static_cast<std::size_t>(row)];
        const ql::Speaker* speaker = expected.speaker(quote.speaker);
        CHECK(model->index(row, 0).data().toString() ==
              (speaker ? QString::fromStdString(speaker->name) : QStringLiteral("unattributed")));
        CHECK(model->index(row, 1).data().toString() == QString::fromUtf8(ql::toString(quote.kind).data()));
        QStringList pieces;
        for (const ql::Span& span : quote.spans)
            pieces << QString::fromStdString(std::string(span.in(text))).simplified();
        const QString full = pieces.join(QStringLiteral(" … "));
        CHECK(model->index(row, 2).data().toString() == full);
    }
    CHECK(article(window)->toPlainText().replace(QChar::ParagraphSeparator, QLatin1Char('\n')) ==
          QString::fromStdString(text));
    const QString counts = window.findChild<QLabel*>(QStringLiteral("counts"))->text();
    CHECK(counts.startsWith(QString::number(expected.quotes.size()) + QStringLiteral(" quote")));
}

}  // namespace

TEST_CASE("main window: has the application title")
{
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    CHECK(window.windowTitle().contains(QStringLiteral("Quotelens")));
    CHECK(window.findChild<QLabel*>(QStringLiteral("counts"))->isHidden());  // nothing to count yet
}

TEST_CASE("main window: the quote panel lists what the engine finds in the bundled sample")
{
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    REQUIRE(openAndWait(window, kSample));
    CHECK(errorMessages(window).isEmpty());
    CHECK(window.windowTitle().startsWith(QStringLiteral("harbour-bridge.txt")));
    const ql::ArticleText sample = ql::readArticleFile(kSample.toStdString());
    REQUIRE(sample.ok());
    checkPanelShowsEngineOutput(window, sample.text);
}

TEST_CASE("main window: the quote panel lists what the engine finds in an article with accents")
{
    QTemporaryDir dir;
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    REQUIRE(openAndWait(window, qltest::writeFile(dir, QStringLiteral("council.txt"), kArticle)));
    checkPanelShowsEngineOutput(window, std::string(kArticle));
}

TEST_CASE("main window: a file that cannot be read is refused with a message, not a crash")
{
    QTemporaryDir dir;
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    REQUIRE(openAndWait(window, qltest::writeFile(dir, QStringLiteral("first.txt"), kArticle)));
    const QString shownBefore = article(window)->toPlainText();

    struct Row { const char* name; std::string_view bytes; const char* reason; };
    const Row rows[] = {
        {"photo.txt", std::string_view("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "PNG"},
        {"data.bin", std::string_view("ab\0cd\0ef", 8), "binary"},
        {"empty.txt", "", "empty"},
        {"blank.txt", " \n\n\t\n", "empty"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const QString path = qltest::writeFile(dir, QString::fromLatin1(row.name), row.bytes);
        CHECK_FALSE(window.openFile(path));
        REQUIRE_FALSE(errorMessages(window).isEmpty());
        CHECK(errorMessages(window).constLast().contains(QString::fromLatin1(row.reason)));
        CHECK(errorMessages(window).constLast().contains(QString::fromLatin1(row.name)));
    }
    CHECK_FALSE(window.openFile(dir.filePath(QStringLiteral("missing.txt"))));
    CHECK(errorMessages(window).constLast().contains(QStringLiteral("missing.txt")));
    CHECK_FALSE(window.openFile(dir.path()));  // unreadable as an article
    CHECK(errorMessages(window).constLast().contains(QStringLiteral("directory")));
    CHECK(errorMessages(window).size() == 6);

    // The article that was open stays open.
    CHECK(article(window)->toPlainText() == shownBefore);
    CHECK(window.windowTitle().startsWith(QStringLiteral("first.txt")));
}

TEST_CASE("main window: an encoding fallback is reported in the status bar")
{
    QTemporaryDir dir;
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    REQUIRE(window.openFile(qltest::writeFile(dir, QStringLiteral("latin.txt"), "\"Caf\xE9 prices are up,\" she said.\n")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Windows-1252")));
    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    CHECK(article(window)->toPlainText().contains(QStringLiteral("Café")));
    CHECK(errorMessages(window).isEmpty());
}

TEST_CASE("main window: the status bar counts quotes, speakers and unattributed quotes")
{
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    session.setDocument(qltest::annotatedDocument());
    CHECK(window.findChild<QLabel*>(QStringLiteral("counts"))->text() ==
          QStringLiteral("3 quotes · 2 speakers · 1 unattributed"));
    CHECK(qltest::shownTitle(window) == QStringLiteral("bridge.txt — Quotelens"));

    SECTION("while quotes are looked for, a busy indicator replaces the counts")
    {
        session.setText("\"Soon,\" she said.\n", QStringLiteral("soon"));
        const auto* busy = window.findChild<QWidget*>(QStringLiteral("analysisStatus"));
        CHECK_FALSE(busy->isHidden());
        CHECK(window.findChild<QLabel*>(QStringLiteral("counts"))->isHidden());
        REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
        CHECK(busy->isHidden());
        CHECK(window.findChild<QLabel*>(QStringLiteral("counts"))->text().startsWith(QStringLiteral("1 quote ·")));
    }
}

TEST_CASE("main window: selecting a quote in the panel selects it in the article, and back")
{
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    session.setDocument(qltest::annotatedDocument());
    QTableView* table = quoteTable(window);
    qlui::ArticleView* view = article(window);

    table->setCurrentIndex(table->model()->index(1, 2));
    CHECK(view->textCursor().selectedText() == QStringLiteral("the city would cover the costs"));
    table->setCurrentIndex(table->model()->index(2, 0));
    CHECK(view->textCursor().selectedText() == QStringLiteral("It is a scandal 😡,"));

    // A click on a quote in the article selects its row, and leaves the click a click;
    // the text cursor moved by the keyboard into a quote does the same.
    const ql::Document& document = session.document();
    QTextCursor cursor(view->document());
    cursor.setPosition(session.positions().toDocument(qltest::spanOf(document.text, "reopen")).begin + 2);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->cursorRect(cursor).center());
    CHECK(table->currentIndex().row() == 0);
    CHECK_FALSE(view->textCursor().hasSelection());
    view->setFocus();
    QTest::keyClick(view, Qt::Key_End, Qt::ControlModifier);  // after the last quote: the row stays
    CHECK(table->currentIndex().row() == 0);
    for (int i = 0; i < 40 && table->currentIndex().row() != 2; ++i)
        QTest::keyClick(view, Qt::Key_Left);
    CHECK(table->currentIndex().row() == 2);
}
