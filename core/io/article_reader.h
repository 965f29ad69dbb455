#pragma once
// Reads an article file into UTF-8 text: refuses what is not text (binary, empty, too large),
// decodes UTF-16 (with a BOM), and invalid UTF-8 as Windows-1252 with a warning that says
// where, normalises newlines. Web pages and Markdown go through import/article_import.h.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

struct ArticleText {
    std::string text;                   // UTF-8, '\n' line ends, no BOM
    std::vector<std::string> warnings;  // e.g. the encoding fallback
    std::string error;                  // non-empty when the input was refused; says why, not which file

    bool ok() const { return error.empty(); }
};

inline constexpr std::size_t kMaxArticleBytes = 50u * 1024u * 1024u;

// "the file is too large to be an article (N MB; the limit is 50 MB)"
std::string tooLargeMessage(std::size_t bytes);

struct ArticleBytes {
    std::string bytes;
    std::string error;  // says why, not which file: a directory, too large, a system error

    bool ok() const { return error.empty(); }
};

// The raw bytes of a file, refusing a directory or a file over the limit before reading it.
ArticleBytes readArticleBytes(const std::string& path);

ArticleText decodeArticle(std::string_view bytes);
ArticleText readArticleFile(const std::string& path);

}  // namespace ql
