#pragma once
// Reads an article file into UTF-8 text: refuses what is not text (binary, empty, too large),
// decodes invalid UTF-8 as Windows-1252 with a warning that says where, normalises newlines.

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

ArticleText decodeArticle(std::string_view bytes);
ArticleText readArticleFile(const std::string& path);

}  // namespace ql
