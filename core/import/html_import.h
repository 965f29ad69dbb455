#pragma once
// HTML (already decoded to UTF-8) to a Document: metadata, then the main content laid out
// as paragraphs with their kinds and inline styles.

#include "document/document.h"

#include <string_view>

namespace ql {

struct HtmlImportOptions {
    bool mainContentOnly = true;   // false: the whole <body> (for pages that are all article)
    bool quoteBlockquotes = true;  // see DocumentBuilder::setQuoteBlockquotes
};

Document importHtml(std::string_view utf8, const HtmlImportOptions& options = {});

// Start tags of formatting elements (<b>, <i>, <a>, <font>, ...) less their end tags. The
// HTML5 parser's time grows with the square of this number, so a page with tens of
// thousands left open is refused rather than parsed for minutes.
std::size_t unclosedFormattingTags(std::string_view html);
inline constexpr std::size_t kMaxUnclosedFormattingTags = 10000;

}  // namespace ql
