#include "import/document_builder.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {
std::string styled(const Document& d, InlineStyle style)
{
    std::string out;
    for (const StyleSpan& s : d.styles)
        if (s.style == style)
            out += "[" + std::string(s.span.in(d.text)) + "]";
    return out;
}
std::string blocks(const Document& d)
{
    std::string out;
    for (const TextBlock& b : d.blocks) {
        static const char* names[] = {"p", "h", "q", "li"};
        out += names[static_cast<int>(b.kind)] + std::to_string(b.level) + ":" + std::string(b.span.in(d.text)) + "|";
    }
    return out;
}
}  // namespace

TEST_CASE("import builder: white space collapses, blocks become paragraphs")
{
    DocumentBuilder b;
    b.appendText("  \n Leading   space\tand\u00A0nbsp ");
    b.openBlock(BlockKind::Paragraph);
    b.appendText("  second\n");
    b.closeBlock();
    b.openBlock(BlockKind::Paragraph);  // empty: vanishes
    b.appendText("   ");
    b.closeBlock();
    b.appendText("soft\xC2\xAD" "hyphen\xE2\x80\x8B and zero width");
    b.lineBreak();
    b.appendText("after break");
    const Document d = b.take();
    CHECK(d.text == "Leading space and nbsp\nsecond\nsofthyphen and zero width\nafter break");
    CHECK(blocks(d) == "p0:Leading space and nbsp|p0:second|p0:softhyphen and zero width|p0:after break|");
}

TEST_CASE("import builder: block kinds and levels")
{
    DocumentBuilder b;
    b.openBlock(BlockKind::Heading, 2);
    b.appendText("Title");
    b.closeBlock();
    b.openBlock(BlockKind::ListItem, 1);
    b.appendText("item");
    b.openBlock(BlockKind::Paragraph);  // a paragraph in a list item is still the item
    b.appendText("inner");
    b.closeBlock();
    b.closeBlock();
    const Document d = b.take();
    CHECK(blocks(d) == "h2:Title|li1:item|li1:inner|");
}

TEST_CASE("import builder: styles are byte spans, split at paragraph ends")
{
    DocumentBuilder b;
    b.appendText("a ");
    b.openStyle(InlineStyle::Emphasis);
    b.appendText(" caf\xC3\xA9 ");
    b.closeStyle();
    b.appendText("b ");
    b.openStyle(InlineStyle::Link, "https://x.org");
    b.appendText("one");
    b.lineBreak();
    b.appendText("two");
    b.closeStyle();
    b.openStyle(InlineStyle::Strong);  // empty: dropped
    b.closeStyle();
    const Document d = b.take();
    CHECK(d.text == "a caf\xC3\xA9 b one\ntwo");
    CHECK(styled(d, InlineStyle::Emphasis) == "[caf\xC3\xA9]");
    CHECK(styled(d, InlineStyle::Link) == "[one][two]");
    CHECK(styled(d, InlineStyle::Strong).empty());
    REQUIRE(d.styles.size() == 3);
    CHECK(d.styles[1].href == "https://x.org");
}

TEST_CASE("import builder: blockquotes get quote marks unless they have their own")
{
    SECTION("no marks: each paragraph opens one, the last closes")
    {
        DocumentBuilder b;
        b.appendText("Before.");
        b.openBlock(BlockKind::Blockquote);
        b.openBlock(BlockKind::Paragraph);
        b.appendText("One.");
        b.closeBlock();
        b.openBlock(BlockKind::Paragraph);
        b.appendText("Two.");
        b.closeBlock();
        b.closeBlock();
        b.appendText("After.");
        const Document d = b.take();
        CHECK(d.text == "Before.\n\xE2\x80\x9COne.\n\xE2\x80\x9CTwo.\xE2\x80\x9D\nAfter.");
        CHECK(blocks(d) == "p0:Before.|q0:\xE2\x80\x9COne.|q0:\xE2\x80\x9CTwo.\xE2\x80\x9D|p0:After.|");
    }
    SECTION("own marks are kept as they are")
    {
        DocumentBuilder b;
        b.openBlock(BlockKind::Blockquote);
        b.appendText("\"Quoted,\" he said.");
        b.closeBlock();
        CHECK(b.take().text == "\"Quoted,\" he said.");
    }
    SECTION("switched off")
    {
        DocumentBuilder b;
        b.setQuoteBlockquotes(false);
        b.openBlock(BlockKind::Blockquote);
        b.appendText("Plain.");
        b.closeBlock();
        CHECK(b.take().text == "Plain.");
    }
}

TEST_CASE("import builder: verbatim text keeps spaces, breaks at newlines")
{
    DocumentBuilder b;
    b.appendVerbatim("int  x;\n\n  return x;\n");
    const Document d = b.take();
    CHECK(d.text == "int  x;\n  return x;");
}
