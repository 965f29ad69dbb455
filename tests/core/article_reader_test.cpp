#include "io/article_reader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include <unistd.h>

using namespace ql;
namespace fs = std::filesystem;

namespace {

// A scratch directory per test case, removed afterwards.
class TempDir {
public:
    TempDir() : m_path(fs::temp_directory_path() / ("quotelens-reader-" + std::to_string(::getpid()) + "-" +
                                                     std::to_string(s_counter++)))
    {
        fs::create_directories(m_path);
    }
    ~TempDir() { fs::remove_all(m_path); }

    std::string write(const std::string& name, const std::string& bytes) const
    {
        std::ofstream(m_path / name, std::ios::binary) << bytes;
        return (m_path / name).string();
    }
    std::string path(const std::string& name) const { return (m_path / name).string(); }

private:
    fs::path m_path;
    static inline int s_counter = 0;
};

}  // namespace

TEST_CASE("article reader: decoding bytes")
{
    struct Row { const char* what; std::string bytes; std::string text; std::string error; std::string warning; };
    const Row rows[] = {
        {"plain UTF-8", "Hello \xE2\x80\x9Cworld\xE2\x80\x9D\n", "Hello \xE2\x80\x9Cworld\xE2\x80\x9D\n", "", ""},
        {"CRLF and CR become LF", "a\r\nb\rc", "a\nb\nc", "", ""},
        {"BOM is dropped", "\xEF\xBB\xBFHi", "Hi", "", ""},
        {"Windows-1252 fallback says where", "ok\n\x93Hi\x94", "ok\n\xE2\x80\x9CHi\xE2\x80\x9D", "",
         "invalid UTF-8 at line 2, column 1 (byte 3)"},
        {"the byte offset counts the BOM", "\xEF\xBB\xBF" "ab\xE9", "ab\xC3\xA9", "", "(byte 5)"},
        {"empty", "", "", "the article is empty", ""},
        {"only whitespace", " \n\t\r\n", "", "the article is empty", ""},
        {"PDF", "%PDF-1.4 ...", "", "this is a PDF document", ""},
        {"NUL bytes", std::string("a\0b", 3), "", "NUL bytes", ""},
        {"UTF-16 with BOM", std::string("\xFF\xFEh\0i\0\r\0\n\0", 10), "hi\n", "", ""},
        {"UTF-16 with NUL characters", std::string("\xFF\xFEh\0\0\0", 6), "", "NUL bytes", ""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const ArticleText article = decodeArticle(row.bytes);
        CHECK_THAT(article.error, Catch::Contains(row.error));
        CHECK(article.ok() == row.error.empty());
        if (article.ok())
            CHECK(article.text == row.text);
        if (row.warning.empty()) {
            CHECK(article.warnings.empty());
        } else {
            REQUIRE(article.warnings.size() == 1);
            CHECK_THAT(article.warnings[0], Catch::Contains(row.warning));
        }
    }
}

TEST_CASE("article reader: files")
{
    const TempDir dir;
    SECTION("a readable file")
    {
        const ArticleText article = readArticleFile(dir.write("a.txt", "Text.\r\n"));
        CHECK(article.ok());
        CHECK(article.text == "Text.\n");
    }
    SECTION("a missing file")
    {
        const ArticleText article = readArticleFile(dir.path("missing.txt"));
        CHECK(article.error == "No such file or directory");
    }
    SECTION("a directory is named as such, not as an empty article")
    {
        fs::create_directory(dir.path("folder"));
        CHECK_THAT(readArticleFile(dir.path("folder")).error, Catch::Equals("it is a directory, not an article file"));
    }
    SECTION("an empty file")
    {
        CHECK(readArticleFile(dir.write("empty.txt", "")).error == "the article is empty");
    }
    SECTION("a file larger than the limit is refused before it is read")
    {
        const std::string path = dir.path("huge.txt");
        std::ofstream(path, std::ios::binary).close();
        fs::resize_file(path, kMaxArticleBytes + 1);  // sparse: costs no disk
        CHECK_THAT(readArticleFile(path).error, Catch::Contains("too large"));
    }
}
