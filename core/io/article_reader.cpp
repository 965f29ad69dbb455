#include "io/article_reader.h"

#include "text/utf8.h"

#include <cerrno>
#include <cstring>
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
    ArticleText result;
    if (bytes.size() > kMaxArticleBytes) {
        result.error = "the file is too large to be an article (" + std::to_string(bytes.size() / (1024 * 1024)) +
                       " MB; the limit is " + std::to_string(kMaxArticleBytes / (1024 * 1024)) + " MB)";
        return result;
    }
    if (std::string kind = binaryKind(bytes); !kind.empty()) {
        result.error = "this is " + kind + ", not a text article";
        return result;
    }
    if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
        result.error = "UTF-16 text is not supported yet; save the article as UTF-8";
        return result;
    }
    if (bytes.find('\0') != std::string_view::npos) {
        result.error = "the file contains NUL bytes: it is binary, not a text article";
        return result;
    }
    bytes = utf8::stripBom(bytes);
    if (auto invalid = utf8::findInvalid(bytes)) {
        result.warnings.push_back("invalid UTF-8 at line " + std::to_string(invalid->line) + ", column " +
                                  std::to_string(invalid->column) + " (byte " + std::to_string(invalid->byteOffset) +
                                  "): read the file as Windows-1252");
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
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ArticleText result;
        result.error = "cannot open " + path + ": " + std::strerror(errno);
        return result;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        ArticleText result;
        result.error = "cannot read " + path;
        return result;
    }
    return decodeArticle(buffer.str());
}

}  // namespace ql
