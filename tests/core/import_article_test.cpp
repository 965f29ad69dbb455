#include "import/article_import.h"
#include "io/article_reader.h"
#include "import_test_support.h"

#include <catch2/catch.hpp>

using namespace ql;

TEST_CASE("import article: formats from hints and content")
{
    struct Row {
        const char* what;
        std::string bytes;
        ImportOptions options;
        ArticleFormat format;
        std::string text;
    };
    const Row rows[] = {
        {"text file", "Hello <b>there</b>.\n", {.source = "a.txt"}, ArticleFormat::Text, "Hello <b>there</b>.\n"},
        {"HTML by extension", "Hello <b>there</b>.", {.source = "a.html"}, ArticleFormat::Html, "Hello there."},
        {"HTML by MIME type", "Hello <b>there</b>.", {.source = "https://x.org/a", .mimeType = "text/html"},
         ArticleFormat::Html, "Hello there."},
        {"HTML by content", "<!doctype html><p>Hello</p>", {}, ArticleFormat::Html, "Hello"},
        {"Markdown by extension", "# Hi\n\nThere *you*.\n", {.source = "a.md"}, ArticleFormat::Markdown,
         "Hi\nThere you."},
        {"forced format", "# Hi\n", {.source = "a.html", .format = ArticleFormat::Text}, ArticleFormat::Text,
         "# Hi\n"},
        {"text by content, CRLF normalised", "Plain.\r\nText.\r\n", {}, ArticleFormat::Text, "Plain.\nText.\n"},
        {"UTF-16 text with BOM", std::string("\xFF\xFEO\0k\0.\0", 8), {.source = "u.txt"}, ArticleFormat::Text,
         "Ok."},
        {"charset from the Content-Type", "caf\xE9", {.mimeType = "text/plain; charset=ISO-8859-1"},
         ArticleFormat::Text, "caf\xC3\xA9"},
        {"encoding override", "caf\xC3\xA9", {.source = "a.txt", .encoding = "latin1"}, ArticleFormat::Text,
         "caf\xC3\x83\xC2\xA9"},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const ImportResult r = importArticle(row.bytes, row.options);
        REQUIRE(r.ok());
        CHECK(r.format == row.format);
        CHECK(r.document.text == row.text);
        CHECK(r.document.meta.url == row.options.source);
    }
}

TEST_CASE("import article: refusals say what the input is")
{
    struct Row { const char* what; std::string bytes; ImportOptions options; const char* error; };
    const Row rows[] = {
        {"PDF", "%PDF-1.4\n...", {}, "this is a PDF document, not an article"},
        {"PNG named .html", "\x89PNG\r\n", {.source = "x.html"}, "this is a PNG image, not an article"},
        {"zip", "PK\x03\x04....", {}, "this is a ZIP archive"},
        {"NUL bytes", std::string("ab\0\0cd", 6), {}, "NUL bytes"},
        {"empty", "", {}, "the article is empty"},
        {"blank", " \n\t\n", {.source = "a.txt"}, "the article is empty"},
        {"a page without text", "<html><body><nav>Home</nav></body></html>", {.source = "a.html"},
         "the page has no article text"},
        {"unknown encoding", "abc", {.encoding = "klingon-8"}, "unknown encoding \"klingon-8\""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const ImportResult r = importArticle(row.bytes, row.options);
        CHECK_FALSE(r.ok());
        CHECK_THAT(r.error, Catch::Contains(row.error));
    }
}

TEST_CASE("import article: the size limit")
{
    const std::string huge(kMaxArticleBytes + 1, 'a');
    const ImportResult r = importArticle(huge);
    CHECK_THAT(r.error, Catch::Contains("too large") && Catch::Contains("the limit is 50 MB"));
}

TEST_CASE("import article: files")
{
    SECTION("HTML fixture in Windows-1252 by its <meta>")
    {
        const ImportResult r = importArticleFile(qltest::importFixturePath("cp1252.html"));
        REQUIRE(r.ok());
        CHECK(r.document.id == qltest::importFixturePath("cp1252.html"));
        CHECK_THAT(r.document.text, Catch::Contains("Ren\xC3\xA9" "e Dupont"));
    }
    SECTION("hard-wrapped text is rejoined, offsets kept")
    {
        const std::string bytes = qltest::importFixture("wrapped.txt");
        const ImportResult r = importArticleFile(qltest::importFixturePath("wrapped.txt"));
        REQUIRE(r.ok());
        CHECK(r.document.text.size() == bytes.size());
        CHECK(r.document.text ==
              "Harbour bridge reopens\n\n"
              "The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it for "
              "urgent repairs to its corroded steel cables, and commuters were relieved.\n\n"
              "\"We are proud of what the crews achieved,\" the mayor, Helen Ortiz, said at a ceremony on the "
              "northern ramp. \"It was slower and dearer than anyone hoped, but it is done.\"\n\n"
              "Short closing line.\n");
    }
    SECTION("a directory and a missing file")
    {
        CHECK(importArticleFile(QUOTELENS_SOURCE_DIR "/tests/data/import").error ==
              "it is a directory, not an article file");
        CHECK_FALSE(importArticleFile(QUOTELENS_SOURCE_DIR "/tests/data/import/missing.html").ok());
    }
}
