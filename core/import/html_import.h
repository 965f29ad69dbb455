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

}  // namespace ql
