#pragma once
// Lays the chosen part of an HTML tree out as Document text: blocks become paragraphs,
// <br> breaks one, headings, blockquotes and list items keep their kind, emphasis, strong
// text and links become style spans. Internal to core/import.

#include "import/document_builder.h"
#include "import/html_content.h"

namespace ql::html {

void render(const ContentSelection& selection, DocumentBuilder& builder);

}  // namespace ql::html
