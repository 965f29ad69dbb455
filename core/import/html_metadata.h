#pragma once
// An HTML page's metadata from the usual places: schema.org JSON-LD, Open Graph and other
// <meta> tags, <title> (without the site name glued to it), <html lang>.
// Internal to core/import.

#include "document/document.h"
#include "import/html_dom.h"

namespace ql::html {

ArticleMetadata readMetadata(const Tree& tree);

// "Headline | Site" or "Site - Headline" without the site part, when the rest still reads
// as a headline.
std::string cleanTitle(std::string_view title, std::string_view siteName);

}  // namespace ql::html
