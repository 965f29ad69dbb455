#include "extract/cue_features.h"

#include "learn/feature_hash.h"

#include <cstring>
#include <string>

namespace ql {

namespace {

using namespace lexicon;

using learn::hashOf;

consteval std::uint64_t fixed(std::string_view s) { return learn::fixedHash(s); }
consteval std::uint64_t name(std::string_view s) { return learn::templateName(s); }
using FeatureSet = learn::HashedFeatures<kCueFeatureCount, kCueFeatureDimension>;

// Does `word` end in the literal `suffix`? (Inline, the bytes compared in place: ends_with was a call
// here, with a strlen and a memcmp, for nearly every lower-case word around a candidate.)
template <std::size_t N>
[[gnu::always_inline]] inline bool endsWith(std::string_view word, const char (&suffix)[N])
{
    return word.size() >= N - 1 && std::memcmp(word.data() + word.size() - (N - 1), suffix, N - 1) == 0;
}

// A coarse class of the token at i, or a sentence boundary: the hash of its name.
std::uint64_t shape(const Analysis& a, std::int64_t i, const Sentence& s)
{
    if (i < static_cast<std::int64_t>(s.firstToken))
        return fixed("<s>");
    if (i >= static_cast<std::int64_t>(s.endToken))
        return fixed("</s>");
    const auto t = static_cast<std::uint32_t>(i);
    const Token& tok = a.token(t);
    if (tok.kind == TokenKind::QuoteMark)
        return fixed("QUOTE");
    if (tok.kind == TokenKind::Number)
        return fixed("NUM");
    if (tok.kind == TokenKind::Punct)
        return a.isPunct(t, ',') ? fixed(",") : a.isPunct(t, ':') ? fixed(":") : a.isPunct(t, '.') ? fixed(".") : fixed("PUNCT");
    if (a.keyIs(t, "that") || a.keyIs(t, "to") || a.keyIs(t, "by") || a.keyIs(t, "for") || a.keyIs(t, "of"))
        return learn::hashOfPadded(a.key(t));
    if (a.is(t, wc::Pronoun))
        return fixed("PRON");
    if (a.is(t, wc::Determiner))
        return fixed("DET");
    if (a.is(t, wc::Auxiliary))
        return fixed("AUX");
    if (a.is(t, wc::Preposition))
        return fixed("PREP");
    if (a.is(t, wc::Conjunction))
        return fixed("CONJ");
    if (a.is(t, wc::Subordinator))
        return fixed("SUB");
    if (a.is(t, wc::Cue))
        return fixed("CUE");
    if (a.is(t, wc::Verb))
        return fixed("VERB");
    if (tok.has(tokflag::Possessive))
        return fixed("POS");
    if (a.isCapitalized(t))
        return a.is(t, wc::PersonRole | wc::OrgNoun) ? fixed("CAPROLE") : fixed("CAP");
    if (a.is(t, wc::PersonRole | wc::OrgNoun | wc::CollectiveSource))
        return fixed("ROLE");
    const std::string_view w = a.str(t);
    if (w.size() > 4 && endsWith(w, "ly"))
        return fixed("LY");
    if (w.size() > 4 && endsWith(w, "ing"))
        return fixed("ING");
    if (w.size() > 3 && endsWith(w, "ed"))
        return fixed("ED");
    if (w.size() > 3 && endsWith(w, "s"))
        return fixed("S");
    return fixed("LOW");
}

// The hash of the key of the token at i, or of a sentence boundary.
std::uint64_t keyAt(const Analysis& a, std::int64_t i, const Sentence& s)
{
    if (i < static_cast<std::int64_t>(s.firstToken) || i >= static_cast<std::int64_t>(s.endToken))
        return fixed("<b>");
    return learn::hashOfPadded(a.key(static_cast<std::uint32_t>(i)));
}

std::uint64_t formHash(CueForm f)
{
    switch (f) {
    case CueForm::Base: return fixed("base");
    case CueForm::ThirdPerson: return fixed("3sg");
    case CueForm::Past: return fixed("past");
    case CueForm::Participle: return fixed("part");
    case CueForm::PastOrParticiple: return fixed("pastpart");
    case CueForm::Gerund: return fixed("ger");
    }
    return fixed("?");
}

}  // namespace

bool isCueCandidate(const Analysis& a, std::uint32_t token)
{
    return a.isWord(token) && a.is(token, wc::Cue) && !a.insideQuote(token);
}

std::vector<std::uint32_t> cueFeatures(const Analysis& a, std::uint32_t token, bool rulesAccept)
{
    const CueFeatureArray features = cueFeatureArray(a, token, rulesAccept);
    return {features.begin(), features.end()};
}

CueFeatureArray cueFeatureArray(const Analysis& a, std::uint32_t i, bool rulesAccept)
{
    const Sentence& s = a.sentenceOf(i);
    const WordInfo* info = a.word(i);
    const std::uint64_t hl = hashOf(info ? info->lemma : std::string_view{});
    const std::uint64_t hf = info ? formHash(info->cueForm) : fixed("-");
    const std::int64_t at = i;
    const std::uint64_t hw = learn::hashOfPadded(a.key(i)), hr = rulesAccept ? 1 : 2;
    const std::uint64_t hp1 = shape(a, at - 1, s), hp2 = shape(a, at - 2, s);
    const std::uint64_t hn1 = shape(a, at + 1, s), hn2 = shape(a, at + 2, s);
    const std::uint64_t hpw = keyAt(a, at - 1, s), hnw = keyAt(a, at + 1, s);
    FeatureSet f;
    f.add(name("w"), hw);
    f.add(name("l"), hl);
    f.add(name("f"), hf);
    f.add(name("r"), hr);
    f.add(name("l|r"), hl, hr);
    f.add(name("p1"), hp1);
    f.add(name("p2p1"), hp2, hp1);
    f.add(name("n1"), hn1);
    f.add(name("n1n2"), hn1, hn2);
    f.add(name("f|p1"), hf, hp1);
    f.add(name("l|p1"), hl, hp1);
    f.add(name("l|n1"), hl, hn1);
    f.add(name("pw"), hpw);
    f.add(name("nw"), hnw);
    f.add(name("l|nw"), hl, hnw);
    f.add(name("l|pw"), hl, hpw);
    bool thatSoon = false;
    for (std::uint32_t k = i + 1; k < s.endToken && k <= i + 5; ++k) {
        thatSoon = thatSoon || a.keyIs(k, "that");
    }
    f.add(name("that5"), thatSoon ? 1u : 2u);
    f.add(name("l|that5"), hl, thatSoon ? 1u : 2u);
    const std::uint32_t fromStart = i - s.firstToken;
    f.add(name("pos"), fromStart == 0 ? 0u : fromStart < 4 ? 1u : fromStart < 10 ? 2u : 3u);
    return f.features();
}

}  // namespace ql
