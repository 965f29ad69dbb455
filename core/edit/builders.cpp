#include "edit/builders.h"

#include "edit/text_moves.h"
#include "text/chars.h"
#include "text/utf8.h"

#include <algorithm>

namespace ql {

SpeakerId nextSpeakerId(const AnnotationSet& set)
{
    std::uint32_t top = 0;
    for (const Speaker& s : set.speakers)
        top = std::max(top, s.id.value);
    return SpeakerId{top + 1};
}

QuoteId nextQuoteId(const AnnotationSet& set)
{
    std::uint32_t top = 0;
    for (const Quote& q : set.quotes)
        top = std::max({top, q.id.value, q.follows.value});  // a rejected quote may still be followed
    return QuoteId{top + 1};
}

Span trimSelection(std::string_view text, Span selection, bool dropQuoteMarks)
{
    Span s{std::min<std::uint32_t>(selection.begin, static_cast<std::uint32_t>(text.size())),
           std::min<std::uint32_t>(selection.end, static_cast<std::uint32_t>(text.size()))};
    auto trims = [&](char32_t c) { return chars::isSpace(c) || (dropQuoteMarks && chars::isQuoteMark(c)); };
    while (s.begin < s.end && trims(utf8::decode(text, s.begin).codePoint))
        s.begin = moves::nextCharacter(text, s.begin);
    while (s.end > s.begin && trims(utf8::decodeBefore(text, s.end).codePoint))
        s.end = moves::previousCharacter(text, s.end);
    return s.empty() ? Span{s.begin, s.begin} : s;
}

CreateSpeaker speakerFromSelection(const Document& document, Span selection, QuoteId assign)
{
    const Span span = trimSelection(document.text, selection, true);
    std::string name;
    bool space = false;
    for (std::uint32_t i = span.begin; i < span.end;) {
        const utf8::Decoded d = utf8::decode(document.text, i);
        if (chars::isSpace(d.codePoint)) {
            space = true;
        } else {
            if (space && !name.empty())
                name += ' ';
            space = false;
            name.append(document.text, i, d.length);
        }
        i += d.length;
    }
    CreateSpeaker edit;
    edit.id = nextSpeakerId(document.annotations);
    edit.name = std::move(name);
    if (!span.empty())
        edit.mention = span;
    edit.assign = assign;
    return edit;
}

AddQuote quoteFromSelection(const Document& document, Span selection, QuoteKind kind, SpeakerId speaker)
{
    const Span span = trimSelection(document.text, selection, true);
    AddQuote edit{nextQuoteId(document.annotations), kind, {}, speaker};
    if (!span.empty())
        edit.spans.push_back(span);  // an empty list: apply() refuses it with a message
    return edit;
}

std::optional<SetQuoteSpans> dragEdge(std::string_view text, const Quote& quote, Edge edge, std::uint32_t to, bool exact)
{
    if (quote.spans.empty() || to > text.size())
        return std::nullopt;
    std::vector<Span> spans = quote.spans;
    Span& span = edge == Edge::Begin ? spans.front() : spans.back();
    const auto fits = [&](std::uint32_t at) { return edge == Edge::Begin ? at < span.end : at > span.begin; };
    if (!fits(to))
        return std::nullopt;
    if (!exact) {
        const std::uint32_t snapped = edge == Edge::Begin ? moves::nearestWordStart(text, to) : moves::nearestWordEnd(text, to);
        if (fits(snapped))
            to = snapped;
    }
    (edge == Edge::Begin ? span.begin : span.end) = to;
    return SetQuoteSpans{quote.id, std::move(spans)};
}

Compound verifyAllFrom(const AnnotationSet& set, SpeakerId speaker, bool verified)
{
    Compound compound{verified ? "Verify all from speaker" : "Unverify all from speaker", {}};
    for (const Quote& q : set.quotes)
        if (q.speaker == speaker && q.verified != verified)
            compound.edits.push_back({SetVerified{q.id, verified}});
    return compound;
}

}  // namespace ql
