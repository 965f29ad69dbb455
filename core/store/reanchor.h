#pragma once
// Re-anchoring annotations by content when the article's text changed after they were
// saved. Unchanged paragraphs carry their spans over; anything else is looked for by its
// own text, nearest to where it was. What cannot be placed is returned in a list with its
// old text, never dropped silently: a quote that cannot be placed is taken out of the set
// and listed whole; a quote's mention or cue that cannot be placed is cleared and listed.

#include "document/annotation_set.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

// Maps byte spans of one text onto another.
class SpanMapper final {
public:
    SpanMapper(std::string_view oldText, std::string_view newText);

    // Where the same text is in the new text, or nullopt.
    std::optional<Span> map(Span oldSpan) const;

private:
    struct Line {
        std::uint32_t begin = 0;
        std::uint32_t end = 0;  // before the '\n'
        std::int64_t partner = -1;  // the same line in the other text, when matched
    };
    std::size_t lineOf(std::uint32_t offset) const;
    std::optional<Span> viaLines(Span span) const;
    std::optional<Span> bySearch(Span span) const;
    std::uint32_t expectedPosition(std::uint32_t oldOffset) const;

    std::string_view m_old;
    std::string_view m_new;
    std::vector<Line> m_oldLines;
    std::vector<Line> m_newLines;
};

enum class UnplacedPart { Quote, QuoteMention, QuoteCue, Mention, Rejected };

struct UnplacedAnnotation final {
    UnplacedPart part = UnplacedPart::Quote;
    QuoteId quote;          // the quote concerned (for Quote, QuoteMention, QuoteCue)
    SpeakerId speaker;      // whom it was attributed to
    std::string oldText;    // what it covered in the old text
    std::optional<Quote> removed = std::nullopt;  // a quote taken out of the set, whole (old offsets)
    std::optional<Mention> removedMention = std::nullopt;
};

struct Reanchored final {
    AnnotationSet annotations;
    std::vector<UnplacedAnnotation> unplaced;
};

Reanchored reanchor(const AnnotationSet& set, std::string_view oldText, std::string_view newText);

std::string_view toString(UnplacedPart part);

}  // namespace ql
