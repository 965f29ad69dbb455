#pragma once
// An article and its annotations: what is opened, saved beside the article and exported.

#include "document/annotation_set.h"

#include <string>
#include <vector>

namespace ql {

struct ArticleMetadata final {
    std::string title;
    std::string byline;
    std::string date;      // as the source gives it (ISO 8601 where known)
    std::string siteName;
    std::string language;  // BCP 47, e.g. "en"
    std::string url;       // where it was read from, a file path or an address

    friend bool operator==(const ArticleMetadata&, const ArticleMetadata&) = default;
};

// Structure that imports (HTML, Markdown) keep for display. The engine reads only the text.
enum class BlockKind { Paragraph, Heading, Blockquote, ListItem };
struct TextBlock final {
    Span span;
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;  // heading level 1-6, list depth

    friend bool operator==(const TextBlock&, const TextBlock&) = default;
};

enum class InlineStyle { Emphasis, Strong, Link };
struct StyleSpan final {
    Span span;
    InlineStyle style = InlineStyle::Emphasis;
    std::string href;  // for links

    friend bool operator==(const StyleSpan&, const StyleSpan&) = default;
};

// UTF-8 text, paragraphs separated by newlines; spans everywhere are byte offsets into it.
struct Document final {
    std::string id;
    ArticleMetadata meta;
    std::string text;
    std::vector<TextBlock> blocks;  // empty for plain text: every line is a paragraph
    std::vector<StyleSpan> styles;
    AnnotationSet annotations;
};

}  // namespace ql
