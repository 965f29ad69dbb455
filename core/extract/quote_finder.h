#pragma once
// Stage 2: quotation marks → quotations.
// Tells quote marks from apostrophes (can’t, the ’90s, students’), pairs them by family
// (“ ” " ‘ ’ ' « » „ ‹ ›), keeps nesting, joins a quote that runs over paragraphs (a paragraph
// that opens a quote and does not close it, the next one re-opening) into one quotation with a
// piece per paragraph, and never lets a stray mark reach past its paragraph.
// Whether a quotation is speech or a quoted term is decided later, with the cues in view.

#include "extract/token.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

struct QuotePiece final {
    Span content;                 // between the marks, quote marks excluded
    std::uint32_t openToken = 0;  // the opening mark
    std::uint32_t closeToken = 0; // the closing mark, or the paragraph's end token when unclosed
    std::uint32_t paragraph = 0;
    bool closed = true;
};

struct Quotation final {
    std::vector<QuotePiece> pieces;  // one per paragraph
    std::int32_t parent = -1;        // the enclosing quotation, -1 at the top level
    std::uint32_t words = 0;         // word and number tokens inside, nested ones included
    bool endsWithPunctuation = false;  // , . ? ! just inside the closing mark
    bool hasSentenceEnd = false;       // . ? ! inside (not counting the final one)

    Span bounds() const { return {pieces.front().content.begin, pieces.back().content.end}; }
    std::uint32_t firstToken() const { return pieces.front().openToken + 1; }
    std::uint32_t endToken() const { return pieces.back().closeToken; }
};

struct QuoteScan final {
    std::vector<Quotation> quotations;   // ordered by start
    std::vector<std::int32_t> innermost; // per token: the innermost quotation containing it, or -1
    std::vector<std::int32_t> outermost; // per token: the top-level quotation containing it, or -1
};

QuoteScan findQuotations(std::string_view text, const Segmentation& seg);

std::string dump(std::string_view text, const QuoteScan& scan);

}  // namespace ql
