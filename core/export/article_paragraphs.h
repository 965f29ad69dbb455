#pragma once
// The paragraphs an export shows, in text order: the document's blocks when an import gave
// them, otherwise its non-empty lines. Without blocks, a short first line followed by a blank
// line and not ending in a full stop is the headline, as the reader shows it.

#include "document/document.h"

#include <vector>

namespace ql {

enum class ParagraphRole { Headline, Paragraph, Heading, Blockquote, ListItem };

struct ArticleParagraph final {
    Span span;
    ParagraphRole role = ParagraphRole::Paragraph;
    int level = 0;  // of headings and list items, from the block
};

std::vector<ArticleParagraph> articleParagraphs(const Document& document);

}  // namespace ql
