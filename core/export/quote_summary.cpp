#include "export/quote_summary.h"

#include "eval/word_tokens.h"
#include "text/chars.h"
#include "text/utf8.h"

#include <algorithm>
#include <cmath>

namespace ql {

std::string quoteText(const Document& document, const Quote& quote)
{
    std::string text;
    for (const Span& span : quote.spans) {
        if (!text.empty())
            text += " \xE2\x80\xA6 ";  // " … "
        text += span.in(document.text);
    }
    return text;
}

std::string oneLine(std::string_view text)
{
    std::string out;
    bool space = false;
    for (std::size_t pos = 0; pos < text.size();) {
        const utf8::Decoded d = utf8::decode(text, pos);
        if (chars::isSpace(d.codePoint) || d.codePoint == '\n' || d.codePoint == '\r' || d.codePoint == '\t') {
            space = !out.empty();
        } else {
            if (space)
                out += ' ';
            space = false;
            out.append(text.substr(pos, d.length));
        }
        pos += d.length;
    }
    return out;
}

std::string speakerLabel(const AnnotationSet& annotations, SpeakerId speaker)
{
    const Speaker* found = speaker ? annotations.speaker(speaker) : nullptr;
    return found ? found->name : "unattributed";
}

std::string_view kindLabel(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return "direct quote";
    case QuoteKind::Indirect: return "reported speech";
    case QuoteKind::Mixed: return "mixed quote";
    }
    return "quote";
}

std::string percent(double fraction)
{
    const double clamped = std::clamp(fraction, 0.0, 1.0);
    if (clamped > 0.0 && clamped < 0.005)
        return "<1%";
    return std::to_string(std::lround(clamped * 100.0)) + "%";
}

std::string quoteReason(const Document& document, const Quote& quote)
{
    const AnnotationSet& annotations = document.annotations;
    std::string reason = speakerLabel(annotations, quote.speaker) + " \xC2\xB7 " + std::string(kindLabel(quote.kind));
    auto written = [&](std::string_view what, const std::optional<Span>& span) {
        return std::string(what) + " \xE2\x80\x9C" + oneLine(span->in(document.text)) + "\xE2\x80\x9D";
    };
    if (quote.mention || quote.cue) {
        reason += '\n';
        if (quote.mention)
            reason += written("source", quote.mention);
        if (quote.mention && quote.cue)
            reason += ", ";
        if (quote.cue)
            reason += written("cue", quote.cue);
    }
    reason += "\nconfidence " + percent(quote.confidence);
    if (!quote.rule.empty())
        reason += " \xC2\xB7 rule " + quote.rule;
    if (quote.manual)
        reason += "\nmade or corrected by a human";
    if (quote.verified)
        reason += quote.manual ? ", verified" : "\nverified by a human";
    return reason;
}

bool isWebAddress(std::string_view url) { return url.starts_with("https://") || url.starts_with("http://"); }

std::vector<SpeakerTally> tallySpeakers(const Document& document)
{
    const AnnotationSet& annotations = document.annotations;
    std::vector<SpeakerTally> tallies;
    for (const Speaker& speaker : annotations.speakers)
        tallies.push_back({speaker.id});
    SpeakerTally unattributed;
    std::size_t allWords = 0;
    for (const Quote& quote : annotations.quotes) {
        std::size_t words = 0;
        for (const Span& span : quote.spans)
            words += eval::wordSpans(span.in(document.text)).size();
        allWords += words;
        auto it = std::find_if(tallies.begin(), tallies.end(), [&](const SpeakerTally& t) { return t.speaker == quote.speaker; });
        SpeakerTally& tally = quote.speaker && it != tallies.end() ? *it : unattributed;
        ++tally.quotes;
        tally.words += words;
    }
    // Stable: speakers with equal counts keep the speaker list's order.
    std::stable_sort(tallies.begin(), tallies.end(), [](const SpeakerTally& a, const SpeakerTally& b) {
        return a.words != b.words ? a.words > b.words : a.quotes > b.quotes;
    });
    if (unattributed.quotes > 0)
        tallies.push_back(unattributed);
    for (SpeakerTally& tally : tallies)
        tally.share = allWords > 0 ? static_cast<double>(tally.words) / static_cast<double>(allWords) : 0.0;
    return tallies;
}

}  // namespace ql
