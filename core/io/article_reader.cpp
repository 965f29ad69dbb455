#include "io/article_reader.h"

#include "text/utf8.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace ql {

namespace {

// Magic numbers of common non-text files, so the message can say what the file is.
std::string binaryKind(std::string_view b)
{
    auto starts = [&](std::string_view m) { return b.substr(0, m.size()) == m; };
    if (starts("%PDF")) return "a PDF document";
    if (starts("\x89PNG")) return "a PNG image";
    if (starts("\xFF\xD8\xFF")) return "a JPEG image";
    if (starts("GIF8")) return "a GIF image";
    if (starts("PK\x03\x04")) return "a ZIP archive (or an Office document)";
    if (starts("\x1F\x8B")) return "a gzip archive";
    if (starts("\x7F" "ELF")) return "a program (ELF executable)";
    return {};
}

std::string tooLarge(std::uintmax_t size)
{
    return "the file is too large to be an article (" + std::to_string(size / (1024 * 1024)) + " MB; the limit is " +
           std::to_string(kMaxArticleBytes / (1024 * 1024)) + " MB)";
}

ArticleText refused(std::string error)
{
    ArticleText result;
    result.error = std::move(error);
    return result;
}

std::string normaliseNewlines(std::string_view in)
{
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '\r') {
            out += '\n';
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else {
            out += in[i];
        }
    }
    return out;
}

}  // namespace

ArticleText decodeArticle(std::string_view bytes)
{
    if (bytes.size() > kMaxArticleBytes)
        return refused(tooLarge(bytes.size()));
    if (std::string kind = binaryKind(bytes); !kind.empty())
        return refused("this is " + kind + ", not a text article");
    if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF"))
        return refused("UTF-16 text is not supported yet; save the article as UTF-8");
    if (bytes.find('\0') != std::string_view::npos)
        return refused("the file contains NUL bytes: it is binary, not a text article");
    ArticleText result;
    const std::size_t bomSize = bytes.size() - utf8::stripBom(bytes).size();
    bytes.remove_prefix(bomSize);
    if (auto invalid = utf8::findInvalid(bytes)) {
        // The byte offset counts from the start of the file, BOM included, as a hex editor shows it.
        result.warnings.push_back("invalid UTF-8 at line " + std::to_string(invalid->line) + ", column " +
                                  std::to_string(invalid->column) + " (byte " +
                                  std::to_string(invalid->byteOffset + bomSize) + "): read the file as Windows-1252");
        result.text = normaliseNewlines(utf8::fromWindows1252(bytes));
    } else {
        result.text = normaliseNewlines(bytes);
    }
    if (result.text.find_first_not_of(" \t\n\f\v") == std::string::npos)
        result.error = "the article is empty";
    return result;
}

ArticleText readArticleFile(const std::string& path)
{
    // A directory opens fine and reads as nothing: say what it is instead of "empty".
    std::error_code ec;
    const auto status = std::filesystem::status(path, ec);
    if (std::filesystem::is_directory(status))
        return refused("it is a directory, not an article file");
    // Refuse a huge file before reading it all into memory.
    if (std::filesystem::is_regular_file(status)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > kMaxArticleBytes)
            return refused(tooLarge(size));
    }
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return refused(std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad())
        return refused("a read error occurred");
    return decodeArticle(buffer.str());
}

}  // namespace ql
