#pragma once
// Markdown (CommonMark, parsed by cmark) to a Document: the rendered text, not the source,
// with headings, blockquotes, list items, emphasis and links kept as blocks and styles.

#include "document/document.h"

#include <string_view>

namespace ql {

Document importMarkdown(std::string_view utf8, bool quoteBlockquotes = true);

}  // namespace ql
