// Opening real articles in the reader, offscreen: web pages (main content, metadata, structure),
// Markdown, text in any encoding, a chosen encoding, and the files that are refused.
#include "ui/article_reading.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/article_pane.h"
#include "ui/document_session.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>

#include <algorithm>

using qlui::DocumentSession;

namespace {

const QString kPage = QStringLiteral(QUOTELENS_SOURCE_DIR "/tests/data/ui/ferry-strike.html");

std::string textOf(const ql::Document& document, ql::Span span) { return std::string(span.in(document.text)); }

// The text of every block of this kind, in order.
std::vector<std::string> blocksOf(const ql::Document& document, ql::BlockKind kind)
{
    std::vector<std::string> texts;
    for (const ql::TextBlock& block : document.blocks) {
        if (block.kind == kind)
            texts.push_back(textOf(document, block.span));
    }
    return texts;
}

std::vector<std::string> stylesOf(const ql::Document& document, ql::InlineStyle style)
{
    std::vector<std::string> texts;
    for (const ql::StyleSpan& span : document.styles) {
        if (span.style == style)
            texts.push_back(textOf(document, span.span) + (span.href.empty() ? "" : " -> " + span.href));
    }
    return texts;
}

}  // namespace

TEST_CASE("reading: a saved web page opens as its article, with its title, byline, date, site and structure")
{
    qltest::clearSettings();
    DocumentSession session;
    qlui::MainWindow window(session);
    REQUIRE(window.openFile(kPage));
    const ql::Document& document = session.document();
    // No menu, cookie banner, related links or footer; the <h1> is the title, not the text.
    CHECK(document.text ==
          "“We have a deal, and the boats sail tomorrow,” said Mayor Ana Núñez on Friday, after three weeks in "
          "which no ferry left the harbour.\n"
          "The union leader, Tomás Ferreira, said the pay offer was fair and that his members would vote on it "
          "next week. Café owners said they had lost half their trade.\n"
          "What changes\n"
          "The harbour master, Rui Costa, put it plainly:\n"
          "“Nobody wins a strike like this one, but the town lost most.”\n"
          "Boats sail from Monday.\n"
          "Fares stay as they were.\n"
          "Read the full agreement and the timetable online.");
    CHECK(document.meta.title == "Ferry strike ends");
    CHECK(document.meta.byline == "Tomás Ferreira");
    CHECK(document.meta.siteName == "Harbour Gazette");
    CHECK(blocksOf(document, ql::BlockKind::Heading) == std::vector<std::string>{"What changes"});
    CHECK(blocksOf(document, ql::BlockKind::Blockquote) ==
          std::vector<std::string>{"“Nobody wins a strike like this one, but the town lost most.”"});
    CHECK(blocksOf(document, ql::BlockKind::ListItem) ==
          std::vector<std::string>{"Boats sail from Monday.", "Fares stay as they were."});
    CHECK(stylesOf(document, ql::InlineStyle::Emphasis) == std::vector<std::string>{"fair"});
    CHECK(stylesOf(document, ql::InlineStyle::Strong) == std::vector<std::string>{"the timetable"});
    CHECK(stylesOf(document, ql::InlineStyle::Link) ==
          std::vector<std::string>{"full agreement -> https://example.org/agreement"});

    CHECK(qltest::shownTitle(window) == QStringLiteral("Ferry strike ends — Quotelens"));
    const QLabel* header = window.findChild<QLabel*>(QStringLiteral("articleHeader"));
    REQUIRE(header != nullptr);
    CHECK_FALSE(header->isHidden());
    CHECK(header->text().contains(QStringLiteral("Ferry strike ends")));
    CHECK(header->text().contains(QStringLiteral("Tomás Ferreira")));
    CHECK(header->text().contains(QStringLiteral("Harbour Gazette")));
    CHECK(header->text().contains(QLocale().toString(QDate(2024, 3, 8), QLocale::LongFormat)));

    REQUIRE(qltest::waitUntil([&] { return !session.analysing(); }));
    const auto& quotes = session.document().annotations.quotes;
    CHECK(std::any_of(quotes.begin(), quotes.end(), [&](const ql::Quote& q) {
        return q.spans.size() == 1 && textOf(session.document(), q.spans[0]).starts_with("We have a deal");
    }));
}

TEST_CASE("reading: Markdown, text and every encoding give the same article text")
{
    QTemporaryDir dir;
    const std::string cafe = "“Café prices are up,” she said.\n";
    struct Row {
        const char* name;
        std::string bytes;
        const char* encoding;
        std::string text;
        std::string title;
    };
    const Row rows[] = {
        {"utf-8.txt", cafe, "", cafe, "utf-8.txt"},
        {"bom.txt", "\xEF\xBB\xBF" + cafe, "", cafe, "bom.txt"},
        {"utf-16le.txt", std::string("\xFF\xFE\x1C\x20\x43\x00\x61\x00\x66\x00\xE9\x00\x1D\x20\n\x00", 16), "",
         "“Café”\n", "utf-16le.txt"},
        {"utf-16be.txt", std::string("\xFE\xFF\x20\x1C\x00\x43\x00\x61\x00\x66\x00\xE9\x20\x1D\x00\n", 16), "",
         "“Café”\n", "utf-16be.txt"},
        {"cp1252.txt", "\x93" "Caf\xE9 prices are up,\x94 she said.\n", "", cafe, "cp1252.txt"},
        // The reader's choice wins over detection: UTF-8 read as Windows-1252.
        {"chosen.txt", "Caf\xC3\xA9\n", "windows-1252", "Caf\xC3\x83\xC2\xA9\n", "chosen.txt"},
        {"story.md", "# Prices rise\n\n“Café prices are *up*,” she said.\n", "", "Prices rise\n“Café prices are up,” she said.",
         "Prices rise"},
        {"page.html",
         "<html><head><meta charset=\"windows-1252\"><title>Prices</title></head><body><p>\x93" "Caf\xE9 prices are "
         "up,\x94 she said.</p></body></html>",
         "", "“Café prices are up,” she said.", "Prices"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        DocumentSession session;
        const qlui::OpenResult result =
            session.open(qltest::writeFile(dir, QString::fromLatin1(row.name), row.bytes), QString::fromLatin1(row.encoding));
        REQUIRE(result.error == QString());
        CHECK(session.document().text == row.text);
        CHECK(session.document().meta.title == row.title);
        session.cancelAnalysis();
    }
}

TEST_CASE("reading: what is not an article is refused with a message that says what it is")
{
    QTemporaryDir dir;
    const QString tooLarge = dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(tooLarge);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.resize(51LL * 1024 * 1024));  // sparse: refused by its size before it is read
    }
    struct Row {
        QString path;
        const char* reason;
    };
    const Row rows[] = {
        {qltest::writeFile(dir, QStringLiteral("paper.pdf"), "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"), "PDF"},
        {qltest::writeFile(dir, QStringLiteral("photo.jpg"), std::string_view("\xFF\xD8\xFF\xE0\0\x10JFIF", 10)), "JPEG"},
        {qltest::writeFile(dir, QStringLiteral("archive.txt"), std::string_view("PK\x03\x04\x14\0\0\0", 8)), "ZIP"},
        {tooLarge, "too large"},
        {qltest::writeFile(dir, QStringLiteral("empty.html"), "<html><body><nav><a href='/'>Home</a></nav></body></html>"),
         "no article text"},
        {dir.filePath(QStringLiteral("missing.md")), "No such file"},
    };
    qlui::DocumentSession session;
    qlui::MainWindow window(session);
    REQUIRE(window.openFile(kPage));
    for (const Row& row : rows) {
        INFO(row.path.toStdString());
        const qlui::OpenResult result = session.open(row.path);
        CHECK(result.error.contains(QString::fromLatin1(row.reason), Qt::CaseInsensitive));
        CHECK_FALSE(window.openFile(row.path));
        CHECK(session.document().meta.title == "Ferry strike ends");  // the open article stays
    }
    CHECK(static_cast<std::size_t>(window.findChildren<QMessageBox*>().size()) == std::size(rows));
}

TEST_CASE("reading: HTML from the clipboard keeps its headings, emphasis and links")
{
    qltest::clearSettings();
    DocumentSession session;
    qlui::MainWindow window(session);
    auto* data = new QMimeData;
    data->setHtml(QStringLiteral("<h2>Port reopens</h2><p><em>“We are open,”</em> said <a href='https://example.org/ana'>Ana</a>.</p>"));
    QApplication::clipboard()->setMimeData(data);
    REQUIRE(window.newFromClipboard());
    const ql::Document& document = session.document();
    CHECK(document.text == "Port reopens\n“We are open,” said Ana.");
    CHECK(blocksOf(document, ql::BlockKind::Heading) == std::vector<std::string>{"Port reopens"});
    CHECK(stylesOf(document, ql::InlineStyle::Emphasis) == std::vector<std::string>{"“We are open,”"});
    CHECK(stylesOf(document, ql::InlineStyle::Link) == std::vector<std::string>{"Ana -> https://example.org/ana"});
    CHECK(qltest::shownTitle(window) == QStringLiteral("Port reopens — Quotelens"));
    session.cancelAnalysis();
}
