#pragma once
// What a file is before it is read as an article: a known binary format (refused with a
// message naming it), or one of the article formats, from hints and from the bytes.

#include <string>
#include <string_view>

namespace ql {

enum class ArticleFormat { Auto, Text, Markdown, Html };

std::string_view formatName(ArticleFormat format);

// "a PDF document", "a PNG image", ... for the magic numbers of common binary files;
// empty when the bytes do not start like one.
std::string binaryKind(std::string_view bytes);

// From a file name or URL (".html", ".md", ".txt") and a MIME type ("text/html"); Auto when
// neither tells.
ArticleFormat formatFromHints(std::string_view pathOrUrl, std::string_view mimeType);

// From the decoded text itself: markup near the start means HTML, Markdown syntax on
// several lines means Markdown, anything else is plain text.
ArticleFormat sniffFormat(std::string_view text);

}  // namespace ql
