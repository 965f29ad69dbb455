#include "quote_table.h"

#include "text/utf8.h"

#include <vector>

namespace qlcli {

namespace {

constexpr std::size_t kSpeakerWidth = 28;
constexpr std::size_t kKindWidth = 8;
constexpr std::size_t kQuoteWidth = 90;
constexpr std::string_view kPieceGap = " \xE2\x80\xA6 ";  // " … " between a quote's pieces
constexpr std::string_view kCut = " [\xE2\x80\xA6] ";     // " […] " where elideMiddle cut

std::vector<char32_t> collapsedCodePoints(std::string_view text)
{
    std::vector<char32_t> out;
    bool space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const ql::utf8::Decoded d = ql::utf8::decode(text, pos);
        pos += d.length;
        const bool isSpace = d.codePoint == ' ' || d.codePoint == '\n' || d.codePoint == '\t' || d.codePoint == 0xA0;
        if (isSpace) {
            space = !out.empty();
            continue;
        }
        if (space)
            out.push_back(' ');
        space = false;
        out.push_back(d.codePoint);
    }
    return out;
}

std::string encode(const std::vector<char32_t>& codePoints, std::size_t begin, std::size_t end)
{
    std::string out;
    for (std::size_t i = begin; i < end; ++i)
        ql::utf8::append(out, codePoints[i]);
    return out;
}

std::string padded(std::string text, std::size_t width)
{
    const std::size_t length = ql::utf8::countCodePoints(text);
    if (length < width)
        text.append(width - length, ' ');
    return text;
}

std::string quoteText(const ql::Quote& quote, std::string_view text)
{
    std::string joined;
    for (const ql::Span span : quote.spans) {
        if (!joined.empty())
            joined += kPieceGap;
        joined += span.in(text);
    }
    return joined;
}

std::string speakerLabel(const ql::Quote& quote, const ql::Document& document)
{
    const ql::Speaker* speaker = document.annotations.speaker(quote.speaker);
    if (!speaker)
        return "(unattributed)";
    // Show the mention too when it differs from the name and fits ("Hillary Clinton (she)").
    if (quote.mention) {
        const std::string_view mention = quote.mention->in(document.text);
        const std::string label = speaker->name + " (" + std::string(mention) + ")";
        if (mention != speaker->name && ql::utf8::countCodePoints(label) <= kSpeakerWidth)
            return label;
    }
    return elideEnd(speaker->name, kSpeakerWidth);
}

}  // namespace

std::string elideEnd(std::string_view text, std::size_t maxCodePoints)
{
    const std::vector<char32_t> cps = collapsedCodePoints(text);
    if (cps.size() <= maxCodePoints)
        return encode(cps, 0, cps.size());
    const std::size_t keep = maxCodePoints > 0 ? maxCodePoints - 1 : 0;  // room for "…"
    return encode(cps, 0, keep) + "\xE2\x80\xA6";
}

std::string elideMiddle(std::string_view text, std::size_t maxCodePoints)
{
    const std::vector<char32_t> cps = collapsedCodePoints(text);
    if (cps.size() <= maxCodePoints)
        return encode(cps, 0, cps.size());
    const std::size_t room = maxCodePoints > 5 ? maxCodePoints - 5 : 0;  // " […] " takes 5
    std::size_t headEnd = room * 2 / 3;
    std::size_t tailBegin = cps.size() - (room - headEnd);
    // Cut at spaces when one is near, so that words stay whole.
    for (std::size_t i = headEnd; i > headEnd / 2; --i)
        if (cps[i] == ' ') { headEnd = i; break; }
    for (std::size_t i = tailBegin; i < cps.size() && i < tailBegin + (cps.size() - tailBegin) / 2; ++i)
        if (cps[i - 1] == ' ') { tailBegin = i; break; }
    return encode(cps, 0, headEnd) + std::string(kCut) + encode(cps, tailBegin, cps.size());
}

void printQuoteTable(std::ostream& out, const ql::Document& document)
{
    const ql::AnnotationSet& set = document.annotations;
    out << "== " << document.id << ": " << set.quotes.size() << (set.quotes.size() == 1 ? " quote, " : " quotes, ")
        << set.speakers.size() << (set.speakers.size() == 1 ? " speaker" : " speakers") << " ==\n";
    if (set.quotes.empty()) {
        out << "(no quotes found)\n\n";
        return;
    }
    out << padded("SPEAKER", kSpeakerWidth) << "  " << padded("KIND", kKindWidth) << "  QUOTE\n";
    for (const ql::Quote& quote : set.quotes) {
        out << padded(speakerLabel(quote, document), kSpeakerWidth) << "  "
            << padded(std::string(ql::toString(quote.kind)), kKindWidth) << "  "
            << elideMiddle(quoteText(quote, document.text), kQuoteWidth) << '\n';
    }
    out << '\n';
}

}  // namespace qlcli

