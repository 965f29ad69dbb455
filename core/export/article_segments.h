#pragma once
// The article cut into flat segments, each with everything that covers it: the innermost
// quote, the speaker mention, the cue, emphasis. Exports draw a segment at a time (HTML as
// one <span>, PDF as one character format), so overlapping annotations — a mention inside a
// quote — never need markup that crosses.

#include "export/article_paragraphs.h"

#include <optional>
#include <string>
#include <vector>

namespace ql {

// A speaker's mention or a quote's cue as a segment shows it: whose, and a tool tip.
struct SegmentMark final {
    SpeakerId speaker;  // invalid: unattributed
    std::string title;  // "Mention of Anna Berg (pronoun)", "Cue of a quote by Anna Berg"
};

struct Segment final {
    Span span;
    std::optional<std::size_t> quote;  // the innermost quote covering it, an index into annotations.quotes
    std::optional<SegmentMark> mention;
    std::optional<SegmentMark> cue;
    bool emphasis = false;
    bool strong = false;
    std::vector<std::size_t> quoteStarts;  // quotes whose first piece starts here, where their number goes
};

struct SegmentedParagraph final {
    ArticleParagraph paragraph;
    std::vector<Segment> segments;  // in text order, covering the paragraph
};

// Linear in the text and the annotations: paragraphs and annotations are swept in text order.
std::vector<SegmentedParagraph> segmentArticle(const Document& document);

}  // namespace ql
