#include "io/article_reader.h"

#include "import/encoding.h"
#include "import/sniff.h"
#include "import/text_import.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ql {

namespace {

ArticleText refused(std::string error)
{
    ArticleText result;
    result.error = std::move(error);
    return result;
}

}  // namespace

std::string tooLargeMessage(std::size_t size)
{
    return "the file is too large to be an article (" + std::to_string(size / (1024 * 1024)) + " MB; the limit is " +
           std::to_string(kMaxArticleBytes / (1024 * 1024)) + " MB)";
}

ArticleText decodeArticle(std::string_view bytes)
{
    if (bytes.size() > kMaxArticleBytes)
        return refused(tooLargeMessage(bytes.size()));
    if (std::string kind = binaryKind(bytes); !kind.empty())
        return refused("this is " + kind + ", not a text article");
    DecodedText decoded = decodeText(bytes);
    if (decoded.text.find('\0') != std::string::npos)
        return refused("the file contains NUL bytes: it is binary, not a text article");
    ArticleText result;
    result.text = normaliseNewlines(decoded.text);
    result.warnings = std::move(decoded.warnings);
    if (result.text.find_first_not_of(" \t\n\f\v") == std::string::npos)
        result.error = "the article is empty";
    return result;
}

ArticleBytes readArticleBytes(const std::string& path)
{
    ArticleBytes result;
    // A directory opens fine and reads as nothing: say what it is instead of "empty".
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status)) {
        result.error = "it is a directory, not an article file";
        return result;
    }
    // Refuse a huge file before reading it all into memory.
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > kMaxArticleBytes) {
            result.error = tooLargeMessage(size);
            return result;
        }
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        result.error = std::strerror(errno);
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        result.error = "a read error occurred";
        return result;
    }
    result.bytes = std::move(buffer).str();
    return result;
}

ArticleText readArticleFile(const std::string& path)
{
    ArticleBytes file = readArticleBytes(path);
    if (!file.ok())
        return refused(std::move(file.error));
    return decodeArticle(file.bytes);
}

}  // namespace ql
