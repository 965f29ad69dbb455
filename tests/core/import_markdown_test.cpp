#include "import/article_import.h"
#include "import/markdown_import.h"
#include "import_test_support.h"

#include <catch2/catch.hpp>

using namespace ql;
using qltest::dumpBlocks;
using qltest::dumpStyles;

TEST_CASE("import markdown: the rendered text, with its structure")
{
    const Document d = importMarkdown(qltest::importFixture("article.md"));
    CHECK(dumpBlocks(d) ==
          "h1: Council approves new budget\n"
          "p: The council approved its budget on Monday, after a debate that ran late into the night. Read the "
          "full report.\n"
          "quote: \xE2\x80\x9CWe have made hard choices, but fair ones.\n"
          "quote: \xE2\x80\x9CNobody will lose their home.\xE2\x80\x9D\n"
          "li1: roads first\n"
          "li1: then schools\n"
          "li2: primary\n"
          "li2: secondary\n"
          "p: code is kept as it is\n"
          "p: Final paragraph with inline code, a hard\n"
          "p: break, and no alt text.\n");
    CHECK(dumpStyles(d) == "em[new] strong[Monday] link[full report](https://example.org/report) ");
}

TEST_CASE("import markdown: small cases")
{
    struct Row { const char* what; const char* markdown; const char* text; };
    const Row rows[] = {
        {"soft breaks are spaces", "one\ntwo\n", "one two"},
        {"setext heading", "Title\n=====\n\nBody.\n", "Title\nBody."},
        {"quote with its own marks keeps them", "> \"Yes,\" she said.\n", "\"Yes,\" she said."},
        {"raw HTML block is laid out, not shown as tags", "<div><p>In <b>HTML</b></p></div>\n\nAfter.\n",
         "In HTML\nAfter."},
        {"inline HTML tags vanish, a <br> breaks", "a <span>b</span><br>c\n", "a b\nc"},
        {"escapes and entities", "\\*not em\\* &amp; &copy;\n", "*not em* & \xC2\xA9"},
        {"empty", "", ""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(importMarkdown(row.markdown).text == row.text);
    }
}

TEST_CASE("import markdown: through importArticle, the title is the leading heading")
{
    const ImportResult r = importArticleFile(qltest::importFixturePath("article.md"));
    REQUIRE(r.ok());
    CHECK(r.format == ArticleFormat::Markdown);
    CHECK(r.document.meta.title == "Council approves new budget");
    CHECK(r.document.text.starts_with("Council approves new budget\nThe council"));
}
