#include "export/article_paragraphs.h"

#include "export/quote_summary.h"

#include <algorithm>

namespace ql {

namespace {

constexpr std::size_t kMaxHeadlineBytes = 480;

bool isBlank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

std::string_view lineAt(std::string_view text, std::size_t begin)
{
    const std::size_t end = text.find('\n', begin);
    return text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin);
}

std::vector<ArticleParagraph> lines(std::string_view text)
{
    std::vector<ArticleParagraph> paragraphs;
    std::size_t begin = 0;
    while (begin < text.size()) {
        const std::string_view line = lineAt(text, begin);
        const std::size_t end = begin + line.size();
        if (!isBlank(line)) {
            const bool blankAfter = end >= text.size() || isBlank(lineAt(text, end + 1));
            const bool headline = paragraphs.empty() && line.size() <= kMaxHeadlineBytes && blankAfter &&
                                  !oneLine(line).ends_with('.');
            paragraphs.push_back({Span{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)},
                                  headline ? ParagraphRole::Headline : ParagraphRole::Paragraph, 0});
        }
        begin = end + 1;
    }
    return paragraphs;
}

ParagraphRole roleOf(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph: return ParagraphRole::Paragraph;
    case BlockKind::Heading: return ParagraphRole::Heading;
    case BlockKind::Blockquote: return ParagraphRole::Blockquote;
    case BlockKind::ListItem: return ParagraphRole::ListItem;
    }
    return ParagraphRole::Paragraph;
}

}  // namespace

std::vector<ArticleParagraph> articleParagraphs(const Document& document)
{
    if (document.blocks.empty())
        return lines(document.text);
    std::vector<ArticleParagraph> paragraphs;
    for (const TextBlock& block : document.blocks)
        if (block.span.end <= document.text.size() && !block.span.empty())
            paragraphs.push_back({block.span, roleOf(block.kind), block.level});
    std::stable_sort(paragraphs.begin(), paragraphs.end(),
                     [](const ArticleParagraph& a, const ArticleParagraph& b) { return a.span.begin < b.span.begin; });
    return paragraphs;
}

}  // namespace ql
