#include "import/article_import.h"
#include "import/html_import.h"
#include "import/html_metadata.h"
#include "import_test_support.h"

#include <catch2/catch.hpp>

using namespace ql;
using qltest::dumpBlocks;
using qltest::dumpStyles;
using qltest::importFixture;

TEST_CASE("import html: a news page gives its article, not the page around it")
{
    const Document d = importHtml(importFixture("article.html"));
    // The headline is the title, not text; the byline is metadata; nav, cookie banner,
    // share bar, sidebar, comments, related links, footer, scripts and styles are gone.
    CHECK(dumpBlocks(d) ==
          "p: The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it for "
          "urgent repairs to its corroded steel cables.\n"
          "p: \xE2\x80\x9CWe are proud of what the crews achieved,\xE2\x80\x9D the mayor, Helen Ortiz, said at a "
          "ceremony on the northern ramp. \xE2\x80\x9CIt was slower and dearer than anyone hoped, but it is "
          "done.\xE2\x80\x9D\n"
          "h2: Traffic returns\n"
          "p: Commuters had faced detours of up to forty minutes\n"
          "p: while the bridge was shut, and local shops said their takings fell by a third.\n"
          "quote: \xE2\x80\x9CThe bridge is the town\xE2\x80\x99s spine. Without it we were two towns.\n"
          "quote: \xE2\x80\x9CNow we are one again, and we intend to stay that way.\xE2\x80\x9D\n"
          "p: The council listed the work that remains:\n"
          "li1: repainting the southern towers,\n"
          "li1: new lighting on the footpath.\n"
          "p: Rosa Banks, who runs a caf\xC3\xA9 by the ramp, said the reopening came \"just in time\" for the "
          "summer season, and that she would hire two more people.\n");
    CHECK(dumpStyles(d) == "em[returns] strong[southern] ");
    // Blocks tile the text: paragraphs joined by single newlines.
    std::string joined;
    for (const TextBlock& b : d.blocks)
        joined += (joined.empty() ? "" : "\n") + std::string(b.span.in(d.text));
    CHECK(joined == d.text);
}

TEST_CASE("import html: metadata from JSON-LD, Open Graph and the page")
{
    const Document d = importHtml(importFixture("article.html"));
    CHECK(d.meta.title == "Harbour bridge reopens after two years of repairs");  // JSON-LD first
    CHECK(d.meta.byline == "Ana Ruiz, Tom Field");
    CHECK(d.meta.date == "2024-03-05T09:30:00Z");
    CHECK(d.meta.siteName == "Coastal Herald");
    CHECK(d.meta.language == "en-GB");
}

TEST_CASE("import html: metadata without JSON-LD")
{
    struct Row { const char* what; const char* html; const char* title; const char* byline; const char* date;
                 const char* site; const char* language; };
    const Row rows[] = {
        {"Open Graph and meta tags",
         "<html lang=fr><head><meta property='og:title' content=' A  headline '><meta name=author content='Jo Li'>"
         "<meta property='og:site_name' content='Le Site'><meta name='date' content='2020-01-02'></head></html>",
         "A headline", "Jo Li", "2020-01-02", "Le Site", "fr"},
        {"<title> without the site name; og:locale for the language",
         "<head><title>Storm hits the coast overnight | Daily News</title><meta property=og:locale content=en_US>"
         "</head>",
         "Storm hits the coast overnight", "", "", "", "en-US"},
        {"a byline element when no tag names the author",
         "<body><div class=content><p class=byline>By Sam Oduya</p><p>The storm hit the coast overnight, "
         "flooding streets, closing schools, and cutting power to thousands of homes.</p></div></body>",
         "", "By Sam Oduya", "", "", ""},
        {"the name inside a byline element, without its date",
         "<body><div class=content><p class=byline><span itemprop=name>Dan Goodin</span> - Apr 16, 2015</p>"
         "<p>The storm hit the coast overnight, flooding streets, closing schools, and cutting power.</p></div></body>",
         "", "Dan Goodin", "", "", ""},
        {"an author page URL is not a byline",
         "<head><meta property='article:author' content='https://x.org/people/jo'></head>", "", "", "", "", ""},
        {"broken JSON-LD is ignored",
         "<head><script type='application/ld+json'>{\"headline\": </script><title>Kept title here</title></head>",
         "Kept title here", "", "", "", ""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const Document d = importHtml(row.html);
        CHECK(d.meta.title == row.title);
        CHECK(d.meta.byline == row.byline);
        CHECK(d.meta.date == row.date);
        CHECK(d.meta.siteName == row.site);
        CHECK(d.meta.language == row.language);
    }
}

TEST_CASE("import html: titles lose the site name")
{
    struct Row { const char* title; const char* site; const char* clean; };
    const Row rows[] = {
        {"Storm hits the coast | Daily News", "", "Storm hits the coast"},
        {"Daily News - Storm hits the coast", "Daily News", "Storm hits the coast"},
        {"Storm hits the coast \xE2\x80\x94 Daily News", "", "Storm hits the coast"},
        {"Home | News", "", "Home | News"},  // too short to be a headline on its own
        {"  Plain   title  ", "", "Plain title"},
    };
    for (const Row& row : rows) {
        INFO(row.title);
        CHECK(html::cleanTitle(row.title, row.site) == row.clean);
    }
}

TEST_CASE("import html: malformed markup is read as a browser reads it")
{
    const Document d = importHtml(importFixture("malformed.html"), {.mainContentOnly = false});
    CHECK(dumpBlocks(d) ==
          "p: First paragraph is never closed, and the parser must still see where it ends, with commas, clauses, "
          "and all.\n"
          "p: Second paragraph has bold text that is never closed properly\n"
          "p: Outer cell, with some words, and more words to make it long enough.\n"
          "p: Inner cell of a nested table, with words that are kept too.\n"
          "p: Broken entities: AT&T, fish & chips, &#xZZ; and \xEF\xBF\xBD and &bogus; stay readable, said the "
          "editor.\n"
          "p: Unquoted link and a stray closing tag, and a comment inside.\n");
    // Like a browser, the parser carries unclosed <b><i> on into the following paragraphs.
    const std::string styles = dumpStyles(d);
    CHECK_THAT(styles, Catch::StartsWith("strong[bold text that is never closed properly] em[never closed properly] "
                                         "strong[Outer cell, with some words,"));
    CHECK_THAT(styles, Catch::EndsWith("link[link](/x) "));
}

TEST_CASE("import html: hostile input does not crash")
{
    SECTION("deep nesting")
    {
        std::string html;
        for (int i = 0; i < 20000; ++i)
            html += "<div>";
        html += "deep text";
        const Document d = importHtml(html);
        CHECK(d.text.find("deep") == std::string::npos);  // beyond the depth limit: skipped, not crashed
    }
    SECTION("invalid UTF-8 and NUL inside markup")
    {
        const Document d = importHtml(std::string("<p>a\xFF\0b</p>", 10), {.mainContentOnly = false});
        CHECK(d.text == "a\xEF\xBF\xBD" "b");  // the invalid byte replaced, the NUL dropped
    }
    SECTION("nothing but markup")
    {
        CHECK(importHtml("<html><head></head><body><script>x()</script></body></html>").text.empty());
    }
}

TEST_CASE("import html: thousands of unclosed formatting tags are refused, not parsed for minutes")
{
    struct Row { std::string html; std::size_t unclosed; };
    const Row rows[] = {
        {"<b>x</b><I>y</i><a href=x>z</A><br><p>", 0},
        {"<b><i><font color=red>x", 3},
        {"<body><blockquote><bdi>x", 0},  // names that start like formatting tags
        {"</b></b><b>", 0},
    };
    for (const Row& row : rows) {
        INFO(row.html);
        CHECK(unclosedFormattingTags(row.html) == row.unclosed);
    }
    std::string hostile;
    for (int i = 0; i < 20000; ++i)
        hostile += "<b>x";
    const ImportResult r = importArticle(hostile, {.source = "hostile.html"});
    CHECK_THAT(r.error, Catch::Contains("20000 formatting tags are never closed"));
}

TEST_CASE("import html: through importArticle, with its encoding declared in the page")
{
    const ImportResult r = importArticle(importFixture("cp1252.html"), {.source = "cafe.html"});
    REQUIRE(r.ok());
    CHECK(r.format == ArticleFormat::Html);
    CHECK(r.encoding == "Windows-1252");
    CHECK(r.warnings.empty());
    CHECK(r.document.meta.title == "Caf\xC3\xA9 news");
    CHECK(r.document.text == "\xE2\x80\x9CWe are ready,\xE2\x80\x9D said the caf\xC3\xA9 owner, Ren\xC3\xA9" "e Dupont, "
                             "on Monday morning.");
}
