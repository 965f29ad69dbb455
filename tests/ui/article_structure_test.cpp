// The article view keeps an import's structure (headings, blockquotes, list items, emphasis,
// strong, links) as formats only: the text, every byte → position mapping, the highlights and
// the selection stay as they are for plain text.
#include "ui/article_structure.h"

#include "catch_qt.h"
#include "extract/pipeline.h"
#include "import/article_import.h"
#include "test_documents.h"
#include "ui/article_view.h"
#include "ui/document_session.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

using qlui::ArticleView;

namespace {

// Markdown with every kind of structure, non-ASCII and an astral character (two UTF-16 units)
// before the quotes, so that a mapping off by one would show.
constexpr std::string_view kMarkdown =
    "# Harbour votes 🚢 on the bridge\n"
    "\n"
    "“We will *reopen* the bridge by June,” said Zoë Ørsted, the **chief engineer**.\n"
    "\n"
    "## What the council said\n"
    "\n"
    "> The mayor, Ana Núñez, said the city would cover the costs.\n"
    "\n"
    "- Repairs start in [March](https://example.org/march).\n"
    "- “It is a scandal,” one message read.\n"
    "\n"
    "An <img src=\"https://tracker.example/pixel.gif\"> stays text.\n";

struct Fixture {
    qlui::DocumentSession session;
    ArticleView view{session};

    Fixture()
    {
        ql::ImportResult imported = ql::importArticle(kMarkdown, {.source = "bridge.md"});
        REQUIRE(imported.ok());
        imported.document.annotations = ql::extractQuotes(imported.document.text);
        session.setDocument(std::move(imported.document));
        REQUIRE_FALSE(view.rendering());
    }

    const ql::Document& document() const { return session.document(); }
    int positionOf(std::string_view needle) const
    {
        return session.positions().toDocument(qltest::spanOf(document().text, needle)).begin;
    }
    QTextCharFormat formatOf(std::string_view needle) const
    {
        QTextCursor cursor(view.document());
        cursor.setPosition(positionOf(needle) + 1);  // a cursor reports the format of the character before it
        return cursor.charFormat();
    }
    QTextBlock blockOf(std::string_view needle) const { return view.document()->findBlock(positionOf(needle)); }
    // What the document shows between the positions of `span`.
    QString shown(ql::Span span) const
    {
        const qlui::TextRange range = session.positions().toDocument(span);
        QTextCursor cursor(view.document());
        cursor.setPosition(range.begin);
        cursor.setPosition(range.end, QTextCursor::KeepAnchor);
        return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    }
};

}  // namespace

TEST_CASE("article structure: formats only, so the text and every span's position stay right")
{
    Fixture f;
    const ql::Document& document = f.document();
    REQUIRE_FALSE(document.blocks.empty());
    REQUIRE(document.annotations.quotes.size() >= 2);
    CHECK(f.view.toPlainText() == QString::fromStdString(document.text));  // list bullets are not text
    CHECK(f.view.document()->characterCount() == f.session.positions().text().size() + 1);

    // Every annotation and every structural span selects exactly its own text.
    std::vector<ql::Span> spans;
    for (const ql::Quote& quote : document.annotations.quotes) {
        spans.insert(spans.end(), quote.spans.begin(), quote.spans.end());
        if (quote.mention)
            spans.push_back(*quote.mention);
    }
    for (const ql::TextBlock& block : document.blocks)
        spans.push_back(block.span);
    for (const ql::StyleSpan& style : document.styles)
        spans.push_back(style.span);
    for (const ql::Span& span : spans) {
        INFO(span.in(document.text));
        CHECK(f.shown(span) == QString::fromStdString(std::string(span.in(document.text))));
    }
    // Position and byte agree at every character of the text.
    for (int position = 0; position < f.session.positions().text().size(); ++position) {
        if (f.session.positions().text().at(position).isLowSurrogate())
            continue;
        REQUIRE(f.session.positions().toDocument(f.session.positions().toByte(position)) == position);
    }
}

TEST_CASE("article structure: headings, blockquotes, lists, emphasis, strong and links are shown")
{
    Fixture f;
    const QColor link = f.view.palette().color(QPalette::Link);
    struct Row {
        const char* needle;
        bool bold;
        bool italic;
        int sizeAdjustment;
    };
    for (const Row& row : {Row{"Harbour votes", true, false, 2}, Row{"What the council", true, false, 1},
                           Row{"The mayor", false, true, 0}, Row{"reopen", false, true, 0},
                           Row{"chief engineer", true, false, 0}, Row{"said Zoë", false, false, 0}}) {
        INFO(row.needle);
        const QTextCharFormat format = f.formatOf(row.needle);
        CHECK((format.fontWeight() == QFont::Bold) == row.bold);
        CHECK(format.fontItalic() == row.italic);
        CHECK(format.intProperty(QTextFormat::FontSizeAdjustment) == row.sizeAdjustment);
    }
    SECTION("a quote over emphasised text keeps both its tint and the emphasis")
    {
        const QTextCharFormat inQuote = f.formatOf("reopen");
        CHECK(inQuote.hasProperty(QTextFormat::BackgroundBrush));
        CHECK(inQuote.fontItalic());
    }
    SECTION("a blockquote is indented, list items make one bulleted list, paragraphs are neither")
    {
        CHECK(f.blockOf("The mayor").blockFormat().leftMargin() > 0);
        CHECK(f.blockOf("said Zoë").blockFormat().leftMargin() == 0);
        CHECK(f.blockOf("said Zoë").textList() == nullptr);
        QTextList* list = f.blockOf("Repairs start").textList();
        REQUIRE(list != nullptr);
        CHECK(list->count() == 2);
        CHECK(f.blockOf("It is a scandal").textList() == list);
        CHECK(list->format().style() == QTextListFormat::ListDisc);
        // Paragraphs of an import are spaced (it has no blank lines); a list's items stand closer.
        const qreal paragraph = f.blockOf("said Zoë").blockFormat().bottomMargin();
        CHECK(paragraph > 2);
        CHECK(f.blockOf("Repairs start").blockFormat().bottomMargin() < paragraph);
        CHECK(f.blockOf("It is a scandal").blockFormat().bottomMargin() == paragraph);
    }
    SECTION("a link is coloured and underlined, its address in the tool tip, and never followed")
    {
        const QTextCharFormat format = f.formatOf("March");
        CHECK(format.isAnchor());
        CHECK(format.anchorHref() == QStringLiteral("https://example.org/march"));
        CHECK(format.foreground().color() == link);
        CHECK(f.view.toolTipAt(f.positionOf("March") + 1) == QStringLiteral("Link to https://example.org/march"));
        CHECK_FALSE(f.view.textInteractionFlags().testFlag(Qt::LinksAccessibleByMouse));
    }
    SECTION("an image in the source is not shown, nor loaded")
    {
        CHECK_FALSE(f.view.toPlainText().contains(QStringLiteral("pixel")));
        for (QTextBlock block = f.view.document()->begin(); block.isValid(); block = block.next()) {
            for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment)
                CHECK_FALSE(fragment.fragment().charFormat().isImageFormat());
        }
    }
}

TEST_CASE("article structure: markup in a text article stays text")
{
    qlui::DocumentSession session;
    ArticleView view(session);
    ql::Document document;
    document.text = "An <img src=\"https://tracker.example/pixel.gif\"> and <b>bold</b> stay as typed.\n";
    session.setDocument(document);
    CHECK(view.toPlainText() == QString::fromStdString(document.text));
    QTextCursor bold(view.document());
    bold.setPosition(view.toPlainText().indexOf(QStringLiteral("bold")) + 1);
    CHECK(bold.charFormat().fontWeight() != QFont::Bold);
}

TEST_CASE("article structure: plain text keeps its headline large and nothing else changes")
{
    qlui::DocumentSession session;
    ArticleView view(session);
    session.setDocument(qltest::annotatedDocument());
    QTextCursor headline(view.document()->firstBlock());
    headline.setPosition(1);
    CHECK(headline.charFormat().intProperty(QTextFormat::FontSizeAdjustment) == 2);
    CHECK(headline.charFormat().fontWeight() == QFont::Bold);
    for (QTextBlock block = view.document()->firstBlock().next(); block.isValid(); block = block.next()) {
        CHECK(block.textList() == nullptr);
        CHECK(block.blockFormat().leftMargin() == 0);
    }
}
