#include "import/sniff.h"

#include <catch2/catch.hpp>

using namespace ql;

TEST_CASE("import sniff: binary files are named")
{
    struct Row { std::string bytes; const char* kind; };
    const Row rows[] = {
        {"%PDF-1.7\n", "a PDF document"},
        {"\x89PNG\r\n\x1A\n", "a PNG image"},
        {"\xFF\xD8\xFF\xE0", "a JPEG image"},
        {"GIF89a", "a GIF image"},
        {std::string("RIFF\0\0\0\0WEBPVP8 ", 16), "a WebP image"},
        {"PK\x03\x04", "a ZIP archive (or an Office document or EPUB)"},
        {"\x1F\x8B\x08", "a gzip archive"},
        {std::string("\0\0\0\x18" "ftypmp42", 12), "a video or audio file (MP4)"},
        {"Plain text that starts like text.", ""},
        {"<html>", ""},
        {"", ""},
    };
    for (const Row& row : rows) {
        INFO(row.kind);
        CHECK(binaryKind(row.bytes) == row.kind);
    }
}

TEST_CASE("import sniff: format from a name or a MIME type")
{
    struct Row { const char* path; const char* mime; ArticleFormat format; };
    const Row rows[] = {
        {"story.html", "", ArticleFormat::Html},
        {"/tmp/STORY.HTM", "", ArticleFormat::Html},
        {"https://news.example/a/b.html?utm=1#top", "", ArticleFormat::Html},
        {"notes.md", "", ArticleFormat::Markdown},
        {"notes.markdown", "", ArticleFormat::Markdown},
        {"story.txt", "", ArticleFormat::Text},
        {"https://news.example/story", "", ArticleFormat::Auto},
        {"https://news.example.org/", "", ArticleFormat::Auto},
        {"story", "text/html; charset=utf-8", ArticleFormat::Html},
        {"story.txt", "text/html", ArticleFormat::Html},  // the server knows best
        {"x", "text/markdown", ArticleFormat::Markdown},
        {"x", "TEXT/PLAIN", ArticleFormat::Text},
        {"x", "application/octet-stream", ArticleFormat::Auto},
    };
    for (const Row& row : rows) {
        INFO(row.path << " " << row.mime);
        CHECK(formatFromHints(row.path, row.mime) == row.format);
    }
}

TEST_CASE("import sniff: format from the text")
{
    struct Row { const char* text; ArticleFormat format; };
    const Row rows[] = {
        {"<!DOCTYPE html><html><body><p>Hi</p></body></html>", ArticleFormat::Html},
        {"\n  <html lang=en>", ArticleFormat::Html},
        {"<!-- saved page --><html>", ArticleFormat::Html},
        {"Some text<p>with a paragraph tag</p>", ArticleFormat::Html},
        {"# Title\n\nText with a [link](http://x.org).\n", ArticleFormat::Markdown},
        {"Title\n=====\n\n> a quote\n", ArticleFormat::Markdown},
        {"The minister said \"no\" on Monday.\nOfficials agreed.\n", ArticleFormat::Text},
        {"A price of 3 < 4 is not markup.\n", ArticleFormat::Text},
        {"#hashtag is not a heading\n", ArticleFormat::Text},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(sniffFormat(row.text) == row.format);
    }
}
