#include "extract/attribution.h"

namespace ql {

SourcePhrase participleSubject(const AttributionContext& ctx, std::uint32_t cueToken)
{
    const Analysis& a = ctx.analysis;
    const std::uint32_t start = a.sentenceOf(cueToken).firstToken;
    if (cueToken == start || !(a.isPunct(cueToken - 1, ',') || a.is(cueToken - 1, lexicon::wc::Conjunction)))
        return {};
    // The nearest earlier cue outside quotes: "Trump said, adding later, …"
    for (auto it = ctx.cues.rbegin(); it != ctx.cues.rend(); ++it) {
        if (it->token >= cueToken || it->insideQuote)
            continue;
        if (it->token < start)
            break;
        SourcePhrase s = sourceBefore(a, it->token, start);
        if (!s.valid())
            s = sourceAfter(a, it->endToken, cueToken);
        if (s.valid())
            return s;
    }
    // Else the name or pronoun that opens the sentence: "Dean poked at Trump …, tweeting, …"
    return sentenceSubject(a, start, cueToken);
}

SourcePhrase sentenceSubject(const Analysis& a, std::uint32_t sentenceStart, std::uint32_t before)
{
    std::uint32_t first = sentenceStart;
    while (first < before && (a.token(first).kind == TokenKind::QuoteMark || a.insideQuote(first)))
        ++first;
    SourcePhrase s = sourceAfter(a, first, before);
    const bool subjectLike = s.kind == SourceKind::Name || s.kind == SourceKind::Pronoun || s.kind == SourceKind::RoleNoun;
    if (s.valid() && subjectLike && s.endToken < before && a.isLowerWord(s.endToken))
        return s;
    return {};
}

}  // namespace ql
