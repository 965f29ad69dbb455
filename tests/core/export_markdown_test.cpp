// The Markdown export: article text escaped so that it renders as written; quotes in bold with
// a footnote each; a "Who is quoted" section.
#include "export/markdown_exporter.h"
#include "export/text_escape.h"
#include "export_samples.h"

#include <catch2/catch.hpp>

using namespace ql;

TEST_CASE("export markdown: text that would be Markdown syntax is escaped")
{
    struct Case { const char* in; bool lineStart; const char* out; };
    const Case cases[] = {
        {"*stars* and _under_", false, "\\*stars\\* and \\_under\\_"},
        {"[a link](http://x)", false, "\\[a link\\](http://x)"},
        {"`code` | pipe ~strike~", false, "\\`code\\` \\| pipe \\~strike\\~"},
        {"<script>alert(1)</script>", false, "\\<script\\>alert(1)\\</script\\>"},
        {"&amp; &#65; AT&T & co", false, "\\&amp; \\&#65; AT&T & co"},
        {"back\\slash", false, "back\\\\slash"},
        {"# not a heading", true, "\\# not a heading"},
        {"# inside a line", false, "# inside a line"},
        {"- not a list", true, "\\- not a list"},
        {"+ not a list", true, "\\+ not a list"},
        {"1. not a list", true, "1\\. not a list"},
        {"2024) not a list", true, "2024\\) not a list"},
        {"1.5 million", true, "1\\.5 million"},
        {"    not code", true, "not code"},
        {"=== not a rule", true, "\\=== not a rule"},
        {"U.S. officials - 3.", true, "U.S. officials - 3."},
        {"bad \xFF byte", false, "bad \xEF\xBF\xBD byte"},
    };
    for (const Case& c : cases) {
        INFO(c.in);
        std::string out;
        appendMarkdown(out, c.in, c.lineStart);
        CHECK(out == c.out);
    }
}

TEST_CASE("export markdown: quotes in bold, a footnote after each, who is quoted at the end")
{
    const std::string md = MarkdownExporter().write(test::trickyDocument(), {});
    SECTION("the headline and the article")
    {
        CHECK(md.starts_with("# Harbour \"deal\" \\<script\\>alert('headline')\\</script\\> & more\n\n"));
        CHECK_THAT(md, Catch::Contains("\u201c**We said \u2018never again,\u2019 and we meant it,**\u201d said "));
        // the footnote goes after the closing quote mark of the quote's last piece
        CHECK_THAT(md, Catch::Contains("**Prices, rents, and fees rose, and people said \"enough\".**\u201d[^q1]\n\n"));
        CHECK_THAT(md, Catch::Contains("\\# **Not a heading**[^q4], said the editor."));
        CHECK_THAT(md, Catch::Contains("1\\. This line starts like a list, with \\*stars\\*"));
        CHECK_THAT(md, Catch::Contains("**\"\\>\\<img src=x onerror=alert(1)\\> was found in the form**[^q2]"));
    }
    SECTION("a quote over a line break is bold on each line, never across the paragraph break")
    {
        CHECK_THAT(md, Catch::Contains("\u201c**This quote runs**\n\n**over a line break, with a comma,**\u201d[^q5]"));
    }
    SECTION("who is quoted: speakers with their role, counts and quotes")
    {
        const std::size_t section = md.find("## Who is quoted\n\n");
        REQUIRE(section != std::string::npos);
        CHECK_THAT(md.substr(section), Catch::Contains("### Officials \\<b\\>&\\</b\\> \"staff\"\n\n"
                                                       "*2 quotes, 17 words, 31% of the quoted words*\n\n"
                                                       "- \u201c\"\\>\\<img src=x onerror=alert(1)\\> was found in the "
                                                       "form\u201d (indirect, 61%)\n"
                                                       "- \u201cthe bridge would reopen in June\u201d (indirect, 75%, verified)\n"));
        CHECK_THAT(md.substr(section), Catch::Contains("### Unattributed\n\n*1 quote, 5 words, 9% of the quoted words*"));
        CHECK(md.find("### Ana Ruiz") == std::string::npos);  // never quoted
    }
    SECTION("footnotes say why")
    {
        CHECK_THAT(md, Catch::Contains("[^q3]: \u0421\u0435\u0440\u0433\u0435\u0439 \u041b\u0430\u0432\u0440\u043e\u0432 "
                                       "\u00b7 direct quote; source \u201c\u041b\u0430\u0432\u0440\u043e\u0432\u201d, cue "
                                       "\u201c\u0441\u043a\u0430\u0437\u0430\u043b\u201d; confidence 85% \u00b7 rule "
                                       "quote-cue-speaker; made or corrected by a human\n"));
        for (const char* id : {"q1", "q2", "q3", "q4", "q5", "q6", "q7"}) {
            INFO(id);
            CHECK(md.find(std::string("[^") + id + "]:") != std::string::npos);
            CHECK(md.find(std::string("[^") + id + "]") < md.find("## Who is quoted"));
        }
    }
}

TEST_CASE("export markdown: blocks keep their kind, metadata goes under the title")
{
    const std::string md = MarkdownExporter().write(test::structuredDocument(), {});
    CHECK(md.starts_with("# Bridge talks resume\n\n*Jo Bloggs \u00b7 2024-05-03 \u00b7 Example News \u00b7 "
                         "https://example.org/news/bridge?a=1&b=2*\n\n## Bridge talks resume\n\n"));
    CHECK_THAT(md, Catch::Contains("> \u201c**We are ready,**\u201d[^q1] she said.\n\n"));
    CHECK_THAT(md, Catch::Contains("- Costs rose\n\n- Delays grew\n\n"));
}
