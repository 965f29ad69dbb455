// The HTML export: safe whatever the article says, and complete (legend, index, tool tips).
#include "export/html_exporter.h"
#include "export/speaker_palette.h"
#include "export_samples.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>

using namespace ql;

namespace {

struct Tag {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;  // values as written, still escaped
};

// Every start tag of the page (the CSS inside <style> skipped), read as a browser reads it:
// name="value" pairs, values in double quotes (the exporter writes no other kind).
std::vector<Tag> startTags(const std::string& html)
{
    std::vector<Tag> tags;
    for (std::size_t at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
        if (html.compare(at, 2, "</") == 0 || html.compare(at, 2, "<!") == 0)
            continue;
        std::size_t pos = at + 1;
        Tag tag;
        while (pos < html.size() && std::isalnum(static_cast<unsigned char>(html[pos])))
            tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[pos++])));
        while (pos < html.size() && html[pos] != '>') {
            if (html[pos] == ' ' || html[pos] == '\n') {
                ++pos;
                continue;
            }
            std::string name;
            while (pos < html.size() && html[pos] != '=' && html[pos] != ' ' && html[pos] != '>')
                name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[pos++])));
            std::string value;
            if (pos < html.size() && html[pos] == '=') {
                REQUIRE(html[pos + 1] == '"');
                const std::size_t close = html.find('"', pos + 2);
                REQUIRE(close != std::string::npos);
                value = html.substr(pos + 2, close - pos - 2);
                pos = close + 1;
            }
            tag.attributes.emplace_back(name, value);
        }
        REQUIRE(pos < html.size());
        if (tag.name == "style")
            pos = html.find("</style>", pos);
        tags.push_back(tag);
        at = pos;
    }
    return tags;
}

Document hostile(const std::string& text)
{
    Document doc;
    doc.id = "<script>alert('id')</script>";
    doc.text = text;
    doc.meta.title = "\"><img src=x onerror=alert('title')>";
    doc.meta.url = "javascript:alert('url')";
    doc.annotations.speakers = {test::makeSpeaker(1, "<script>alert('name')</script>", SpeakerType::Person,
                                                  Gender::Unknown, "\" onmouseover=\"alert('role')")};
    doc.annotations.quotes = {test::makeQuote(1, QuoteKind::Direct, {Span{0, static_cast<std::uint32_t>(text.size())}},
                                              SpeakerId{1}, std::nullopt, std::nullopt, 0.5,
                                              "\"><img src=x onerror=alert('rule')>")};
    return doc;
}

}  // namespace

TEST_CASE("export html: article text, names, roles, rules and metadata cannot inject markup or scripts")
{
    const char* attacks[] = {
        "<script>alert('x')</script>",
        "\"><img src=x onerror=alert(1)>",
        "'><svg onload=alert(1)>",
        "</span></p><script src=//evil.example/x.js></script>",
        "<!-- comment --> & &amp; &lt;script&gt;",
        "<style>body{display:none}</style>",
        "<a href=\"javascript:alert(1)\">click</a>",
    };
    const std::set<std::string> allowedTags = {"html", "head", "meta", "title", "style", "body", "main", "header",
                                               "h1", "h2", "p", "section", "table", "thead", "tbody", "tr", "th",
                                               "td", "span", "a", "article", "ol", "li", "footer"};
    const std::set<std::string> allowedAttributes = {"lang", "charset", "name", "content", "class", "id",
                                                     "href", "title", "style"};
    for (const char* attack : attacks) {
        INFO(attack);
        const std::string html = HtmlExporter().write(hostile(attack), {});
        for (const Tag& tag : startTags(html)) {
            INFO("<" << tag.name << ">");
            CHECK(allowedTags.contains(tag.name));
            for (const auto& [name, value] : tag.attributes) {
                INFO(name << "=\"" << value << "\"");
                CHECK(allowedAttributes.contains(name));
                CHECK(value.find_first_of("<>\"") == std::string::npos);
                if (name == "href")
                    CHECK((value.starts_with("#") || value.starts_with("https://") || value.starts_with("http://")));
                if (name == "style")
                    CHECK(value.starts_with("width: "));
            }
        }
        CHECK(html.find("<script") == std::string::npos);
        CHECK(html.find("<img") == std::string::npos);
        CHECK(html.find("<svg") == std::string::npos);
        CHECK(html.find("</style>") == html.rfind("</style>"));  // only ours
    }
    SECTION("the text still reads as written, escaped")
    {
        const std::string html = HtmlExporter().write(hostile("\"><img src=x onerror=alert(1)>"), {});
        CHECK_THAT(html, Catch::Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
        CHECK_THAT(html, Catch::Contains("&lt;script&gt;alert(&#39;name&#39;)&lt;/script&gt;"));
        CHECK(html.find("javascript:alert(&#39;url&#39;)") == std::string::npos);  // not shown at all
    }
}

TEST_CASE("export html: invalid UTF-8 and control characters become U+FFFD, never raw bytes")
{
    const std::string html = HtmlExporter().write(hostile(std::string("bad \xFF byte \x01 bell")), {});
    CHECK_THAT(html, Catch::Contains("bad \xEF\xBF\xBD byte \xEF\xBF\xBD bell"));
    CHECK(html.find('\xFF') == std::string::npos);
    CHECK(html.find('\x01') == std::string::npos);
}

TEST_CASE("export html: self-contained, with legend, share of voice, an index that links and tool tips")
{
    const Document doc = test::trickyDocument();
    const std::string html = HtmlExporter().write(doc, {});
    SECTION("nothing is fetched and nothing runs")
    {
        for (const Tag& tag : startTags(html)) {
            CHECK(tag.name != "link");
            CHECK(tag.name != "script");
            for (const auto& [name, value] : tag.attributes)
                CHECK(name != "src");
        }
        CHECK(html.find("url(") == std::string::npos);
        CHECK(html.find("@import") == std::string::npos);
        CHECK_THAT(html, Catch::Contains("@media print"));
    }
    SECTION("every quote has a numbered anchor in the article and an index entry linking to it")
    {
        for (const Quote& quote : doc.annotations.quotes) {
            const std::string id = quote.id.toString();
            INFO(id);
            CHECK_THAT(html, Catch::Contains("id=\"" + id + "\" href=\"#i-" + id + "\""));
            CHECK_THAT(html, Catch::Contains("<li id=\"i-" + id + "\">"));
            CHECK_THAT(html, Catch::Contains("href=\"#" + id + "\""));
        }
    }
    SECTION("the legend lists speakers by share of quoted words, with counts")
    {
        const std::size_t mayor = html.find("Zo\u00eb M\u00fcller-\u0141ukasiewicz</td>");
        // the mayor's role follows her name in the legend
        CHECK(html.find("Zo\u00eb M\u00fcller-\u0141ukasiewicz <span class=\"role\">mayor of Gda\u0144sk</span>") !=
              std::string::npos);
        const std::size_t legend = html.find("<section class=\"legend\">");
        const std::size_t mayorRow = html.find("sw-s1\"></span>Zo\u00eb", legend);
        const std::size_t lavrovRow = html.find("sw-s3\"></span>\u0421\u0435\u0440\u0433\u0435\u0439", legend);
        const std::size_t neverQuoted = html.find("sw-s6\"></span>Ana Ruiz", legend);
        const std::size_t unattributed = html.find("sw-u\"></span>Unattributed", legend);
        CHECK(mayor == std::string::npos);
        REQUIRE(mayorRow != std::string::npos);
        REQUIRE(lavrovRow != std::string::npos);
        REQUIRE(neverQuoted != std::string::npos);
        REQUIRE(unattributed != std::string::npos);
        CHECK(mayorRow < lavrovRow);
        CHECK(lavrovRow < neverQuoted);
        CHECK(neverQuoted < unattributed);
        // the mayor's two pieces hold 17 of the 54 quoted words
        CHECK_THAT(html.substr(mayorRow, 400), Catch::Contains("<td class=\"n\">1</td><td class=\"n\">17</td>"));
        CHECK_THAT(html.substr(mayorRow, 400), Catch::Contains("width: 31%"));
    }
    SECTION("each quote's tool tip says who, what kind, source and cue, how sure, which rule, verified")
    {
        CHECK_THAT(html, Catch::Contains("title=\"Zo\u00eb M\u00fcller-\u0141ukasiewicz \u00b7 direct quote\n"
                                         "source \u201cZo\u00eb M\u00fcller-\u0141ukasiewicz\u201d, cue \u201csaid\u201d\n"
                                         "confidence 93% \u00b7 rule quote-cue-speaker\nverified by a human\""));
        CHECK_THAT(html, Catch::Contains("title=\"unattributed \u00b7 direct quote\nconfidence 20%\""));
    }
    SECTION("speaker colours are the palette's, as the reader's")
    {
        const Rgb mayorColour = speakerColor(doc.annotations, SpeakerId{1});
        CHECK_THAT(html, Catch::Contains(".sw-s1 { background: " + mayorColour.css() + "; }"));
        CHECK_THAT(html, Catch::Contains(".q-s1 { background: " + blend(mayorColour, Rgb{255, 255, 255}, kQuoteTint).css()));
        // quote numbers stay readable on light colours
        CHECK_THAT(html, Catch::Contains(".qn-s1 { background: " + mayorColour.css() + "; color: " +
                                         textOn(mayorColour).css() + "; }"));
        CHECK_THAT(html, Catch::Contains("<a class=\"qn qn-s1\" id=\"q1\""));
    }
}

TEST_CASE("export html: a mention inside a quote keeps both, as flat spans that never cross")
{
    Document doc;
    doc.text = "\u201cAsk Berg about it,\u201d Lind said.";
    const std::string_view t = doc.text;
    doc.annotations.speakers = {test::makeSpeaker(1, "Lind"), test::makeSpeaker(2, "Berg")};
    doc.annotations.quotes = {test::makeQuote(1, QuoteKind::Direct, {test::spanOf(t, "Ask Berg about it,")}, SpeakerId{1},
                                              test::spanOf(t, "Lind"), test::spanOf(t, "said"), 0.9, "r")};
    doc.annotations.mentions = {test::makeMention(test::spanOf(t, "Berg"), SpeakerId{2}, MentionKind::Name)};
    const std::string html = HtmlExporter().write(doc, {});
    CHECK_THAT(html, Catch::Contains(">Ask </span><span class=\"q q-s1 m m-s2\" title=\"Mention of Berg (name)\">Berg</span>"
                                     "<span class=\"q q-s1\""));
    CHECK_THAT(html, Catch::Contains("<span class=\"m m-s1\" title=\"Source of a quote by Lind\">Lind</span> "
                                     "<span class=\"c c-s1\" title=\"Cue of a quote by Lind\">said</span>."));
}

TEST_CASE("export html: blocks become headings, quotes and list items, emphasis stays, links stay text")
{
    const std::string html = HtmlExporter().write(test::structuredDocument(), {});
    CHECK_THAT(html, Catch::Contains("<h1>Bridge talks resume</h1>"));          // the title
    CHECK_THAT(html, Catch::Contains("<h2>Bridge talks resume</h2>"));          // heading level 1 in the article
    CHECK_THAT(html, Catch::Contains("<h3>Another view</h3>"));
    CHECK_THAT(html, Catch::Contains("<blockquote>\u201c"));
    CHECK_THAT(html, Catch::Contains("<p class=\"item\">Costs rose</p>"));
    CHECK_THAT(html, Catch::Contains("<span class=\"em\">at length</span>"));
    CHECK_THAT(html, Catch::Contains("<span class=\"strong q q-s2\""));
    CHECK(html.find("example.org/critics") == std::string::npos);
    CHECK_THAT(html, Catch::Contains("<a href=\"https://example.org/news/bridge?a=1&amp;b=2\">"));
    CHECK_THAT(html, Catch::Contains("<html lang=\"en\">"));
}
