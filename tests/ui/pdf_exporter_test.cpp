// The PDF export (Qt's PDF engine) and the GUI executable's export helpers.
#include "catch_qt.h"

#include "export/speaker_palette.h"
#include "ui/export_runner.h"
#include "ui/pdf_exporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// “We are ready,” Anna Berg said. “Nobody asked,” someone wrote.
ql::Document sampleDocument()
{
    ql::Document doc;
    doc.id = "sample.txt";
    doc.meta.title = "Bridge talks <resume>";
    doc.text = "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Anna Berg said. \xE2\x80\x9CNobody asked,\xE2\x80\x9D someone wrote.\n";
    ql::Speaker berg;
    berg.id = ql::SpeakerId{1};
    berg.name = "Anna Berg";
    berg.role = "mayor";
    doc.annotations.speakers = {berg};
    ql::Quote ready;
    ready.id = ql::QuoteId{1};
    ready.spans = {ql::Span{3, 16}};
    ready.speaker = berg.id;
    ready.mention = ql::Span{20, 29};
    ready.cue = ql::Span{30, 34};
    ready.confidence = 0.9;
    ql::Quote nobody;
    nobody.id = ql::QuoteId{2};
    nobody.spans = {ql::Span{39, 52}};
    nobody.confidence = 0.2;
    doc.annotations.quotes = {ready, nobody};
    return doc;
}

// The character format at the first place `text` appears in the document.
QTextCharFormat formatAt(const QTextDocument& doc, const QString& text)
{
    const QTextCursor found = doc.find(text);
    REQUIRE_FALSE(found.isNull());
    QTextCursor at(found);
    at.setPosition(found.selectionStart() + 1);
    return at.charFormat();
}

QColor qc(ql::Rgb rgb) { return QColor(rgb.r, rgb.g, rgb.b); }

}  // namespace

TEST_CASE("pdf export: the printable document has the title, legend, coloured article and index")
{
    const ql::Document doc = sampleDocument();
    const std::unique_ptr<QTextDocument> printable = qlui::printableDocument(doc, {});
    const QString text = printable->toPlainText();
    CHECK(text.startsWith(QStringLiteral("Bridge talks <resume>")));
    CHECK(text.contains(QStringLiteral("WHO IS QUOTED")));
    CHECK(text.contains(QStringLiteral("Anna Berg  mayor")));
    CHECK(text.contains(QStringLiteral("Unattributed")));
    CHECK(text.contains(QStringLiteral("QUOTES (2)")));
    CHECK(text.contains(QStringLiteral("Anna Berg: \u201CWe are ready,\u201D direct \u00B7 90%")));

    const ql::Rgb berg = ql::speakerColor(doc.annotations, ql::SpeakerId{1});
    const ql::Rgb white{255, 255, 255};
    SECTION("quote text is tinted in the speaker's colour, as in the reader and the HTML export")
    {
        CHECK(formatAt(*printable, QStringLiteral("We are ready")).background().color() ==
              qc(ql::blend(berg, white, ql::kQuoteTint)));
    }
    SECTION("the speaker's mention is stronger and underlined, the cue dotted")
    {
        const QTextCharFormat mention = formatAt(*printable, QStringLiteral("Anna Berg said"));
        CHECK(mention.background().color() == qc(ql::blend(berg, white, ql::kMentionTint)));
        CHECK(mention.underlineStyle() == QTextCharFormat::SingleUnderline);
        CHECK(formatAt(*printable, QStringLiteral("said.")).underlineStyle() == QTextCharFormat::DotLine);
    }
    SECTION("an unattributed quote is grey and dashed")
    {
        const QTextCharFormat nobody = formatAt(*printable, QStringLiteral("Nobody asked"));
        CHECK(nobody.background().color() == qc(ql::blend(ql::unattributedColor(), white, ql::kUnattributedTint)));
        CHECK(nobody.underlineStyle() == QTextCharFormat::DashUnderline);
    }
    SECTION("options leave quotes out here too")
    {
        const std::unique_ptr<QTextDocument> some = qlui::printableDocument(doc, {.unattributed = false});
        CHECK(some->toPlainText().contains(QStringLiteral("QUOTES (1)")));
        CHECK_FALSE(some->toPlainText().contains(QStringLiteral("Unattributed")));
    }
}

TEST_CASE("pdf export: writes a PDF with the index on a page of its own")
{
    const std::string pdf = qlui::PdfExporter().write(sampleDocument(), {});
    REQUIRE(pdf.size() > 1000);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pdf.find("%%EOF") != std::string::npos);
    std::size_t pages = 0;
    for (std::size_t at = pdf.find("/Type /Page\n"); at != std::string::npos; at = pdf.find("/Type /Page\n", at + 1))
        ++pages;
    CHECK(pages == 2);
}

TEST_CASE("export runner: the GUI offers the core formats and PDF, and writes safely")
{
    ql::ExporterRegistry registry;
    qlui::addGuiExporters(registry);
    CHECK(registry.ids() == std::vector<std::string>{"html", "json", "csv", "md", "pdf"});

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.html"));
    CHECK(qlui::writeExport(sampleDocument(), *registry.find("html"), {}, path).isEmpty());
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().contains("Bridge talks &lt;resume&gt;"));

    SECTION("a failed write says why")
    {
        CHECK_FALSE(qlui::writeExport(sampleDocument(), *registry.find("md"), {},
                                      dir.filePath(QStringLiteral("no/such/folder/sample.md")))
                        .isEmpty());
        CHECK_FALSE(qlui::writeExport(sampleDocument(), *registry.find("md"), {}, dir.path()).isEmpty());
    }
}
