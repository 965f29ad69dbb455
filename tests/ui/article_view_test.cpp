#include "ui/article_view.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/speaker_colors.h"
#include "ui/themes.h"

#include <QHelpEvent>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolTip>

using qlui::ArticleView;

namespace {
struct Fixture {
    qlui::DocumentSession session;
    ArticleView view{session};

    Fixture() { session.setDocument(qltest::annotatedDocument()); }

    // The document position of the first character of `needle`'s nth occurrence.
    int positionOf(std::string_view needle, int nth = 0) const
    {
        return session.positions().toDocument(qltest::spanOf(session.document().text, needle, nth)).begin;
    }
    QTextCharFormat formatAt(int position) const
    {
        QTextCursor cursor(view.document());
        cursor.setPosition(position + 1);  // a cursor reports the format of the character before it
        return cursor.charFormat();
    }
    QTextCharFormat formatOf(std::string_view needle, int nth = 0) const { return formatAt(positionOf(needle, nth)); }
};
}  // namespace

TEST_CASE("article view: shows the text and paints quotes, mentions and cues per speaker")
{
    Fixture f;
    CHECK(f.view.toPlainText() == f.session.positions().text());
    CHECK(f.view.isReadOnly());

    const QTextCharFormat plain = f.formatOf("Bridge");
    const QTextCharFormat zoeQuote = f.formatOf("reopen");
    const QTextCharFormat zoeSecondPiece = f.formatOf("steel");
    const QTextCharFormat anaQuote = f.formatOf("city");
    const QTextCharFormat unattributed = f.formatOf("scandal");
    CHECK_FALSE(plain.hasProperty(QTextFormat::BackgroundBrush));
    CHECK(zoeQuote.background() == zoeSecondPiece.background());
    CHECK(zoeQuote.background() != anaQuote.background());
    CHECK(zoeQuote.underlineStyle() == QTextCharFormat::NoUnderline);
    CHECK(unattributed.underlineStyle() == QTextCharFormat::DashUnderline);
    CHECK(unattributed.background() != zoeQuote.background());

    SECTION("a mention is underlined in a stronger tint of its speaker's colour")
    {
        const QTextCharFormat mention = f.formatOf("Ørsted");
        CHECK(mention.underlineStyle() == QTextCharFormat::SingleUnderline);
        CHECK(mention.background().color().lightness() < zoeQuote.background().color().lightness());
        CHECK(f.formatOf("The mayor").underlineStyle() == QTextCharFormat::SingleUnderline);
    }
    SECTION("the headline stands out")
    {
        CHECK(plain.fontWeight() == QFont::Bold);
        CHECK(f.formatOf("Zoë").fontWeight() != QFont::Bold);
    }
    SECTION("a cue is dotted")
    {
        CHECK(f.formatOf("said").underlineStyle() == QTextCharFormat::DotLine);
        CHECK(f.formatOf("read").underlineStyle() == QTextCharFormat::DotLine);
    }
}

TEST_CASE("article view: tool tips say who, what kind, how sure and by which rule")
{
    Fixture f;
    const QString quoteTip = f.view.toolTipAt(f.positionOf("bridge by"));
    CHECK(quoteTip.contains(QStringLiteral("Zoë Ørsted")));
    CHECK(quoteTip.contains(QStringLiteral("direct")));
    CHECK(quoteTip.contains(QStringLiteral("93%")));
    CHECK(quoteTip.contains(QStringLiteral("quote-cue-speaker")));
    CHECK(quoteTip.contains(QStringLiteral("engineer")));  // the speaker's role
    CHECK(quoteTip.contains(QStringLiteral("cue “said”")));
    CHECK(f.view.toolTipAt(f.positionOf("scandal")).contains(QStringLiteral("unattributed")));
    CHECK(f.view.toolTipAt(f.positionOf("The mayor")).contains(QStringLiteral("Ana Núñez")));
    CHECK(f.view.toolTipAt(f.positionOf("said", 1)).contains(QStringLiteral("Cue")));
    CHECK(f.view.toolTipAt(f.positionOf("delayed")).isEmpty());
}

TEST_CASE("article view: hovering a quote shows its tool tip")
{
    Fixture f;
    f.view.resize(700, 500);
    f.view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&f.view));
    QTextCursor cursor(f.view.document());
    cursor.setPosition(f.positionOf("reopen") + 2);
    const QPoint at = f.view.cursorRect(cursor).center();
    QHelpEvent hover(QEvent::ToolTip, at, f.view.viewport()->mapToGlobal(at));
    QCoreApplication::sendEvent(f.view.viewport(), &hover);
    CHECK(QToolTip::text().contains(QStringLiteral("Zoë Ørsted")));
    QToolTip::hideText();
}

TEST_CASE("article view: tints follow the palette, light or dark, and keep the text readable")
{
    Fixture f;
    struct Row { const char* name; QPalette palette; };
    for (const Row& row : {Row{"light", qlui::lightPalette()}, Row{"dark", qlui::darkPalette()}}) {
        INFO(row.name);
        f.view.setPalette(row.palette);
        const QColor text = row.palette.color(QPalette::Text);
        for (const char* needle : {"reopen", "city", "scandal", "Ørsted", "The mayor"}) {
            INFO(needle);
            const QTextCharFormat format = f.formatOf(needle);
            REQUIRE(format.hasProperty(QTextFormat::BackgroundBrush));
            CHECK(qlui::contrastRatio(format.background().color(), text) >= qlui::kMinTextContrast);
            CHECK(qlui::contrastRatio(format.underlineColor(), row.palette.color(QPalette::Base)) >=
                  (format.underlineStyle() == QTextCharFormat::NoUnderline ? 1.0 : qlui::kMinLineContrast));
        }
    }
}

TEST_CASE("article view: finds the quote at a position, after an emoji too")
{
    Fixture f;
    CHECK(f.view.quoteAt(f.positionOf("June")) == ql::QuoteId{1});
    CHECK(f.view.quoteAt(f.positionOf("steel")) == ql::QuoteId{1});
    CHECK(f.view.quoteAt(f.positionOf("costs")) == ql::QuoteId{2});
    CHECK(f.view.quoteAt(f.positionOf("😡")) == ql::QuoteId{3});
    CHECK(f.view.quoteAt(f.positionOf("😡") + 1) == ql::QuoteId{3});  // the low surrogate
    CHECK_FALSE(f.view.quoteAt(f.positionOf("engineer")).valid());
    CHECK_FALSE(f.view.quoteAt(f.positionOf("message")).valid());
}

TEST_CASE("article view: showing a quote selects all of its pieces")
{
    Fixture f;
    f.view.resize(500, 200);
    f.view.showQuote(ql::QuoteId{2});
    CHECK(f.view.textCursor().selectedText() == QStringLiteral("the city would cover the costs"));
    f.view.showQuote(ql::QuoteId{1});
    CHECK(f.view.textCursor().selectedText() ==
          QStringLiteral("We will reopen the bridge by June,” said Zoë Ørsted, the harbour’s engineer. “The steel is here."));
    f.view.showQuote(ql::QuoteId{42});  // unknown: nothing happens
    CHECK(f.view.textCursor().hasSelection());
}
