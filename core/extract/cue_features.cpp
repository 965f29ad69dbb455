#include "extract/cue_features.h"

#include <cstring>
#include <string>

namespace ql {

namespace {

using namespace lexicon;

// A coarse class of the token at i, or a sentence boundary.
std::string_view shape(const Analysis& a, std::int64_t i, const Sentence& s)
{
    if (i < static_cast<std::int64_t>(s.firstToken))
        return "<s>";
    if (i >= static_cast<std::int64_t>(s.endToken))
        return "</s>";
    const auto t = static_cast<std::uint32_t>(i);
    const Token& tok = a.token(t);
    if (tok.kind == TokenKind::QuoteMark)
        return "QUOTE";
    if (tok.kind == TokenKind::Number)
        return "NUM";
    if (tok.kind == TokenKind::Punct)
        return a.isPunct(t, ',') ? "," : a.isPunct(t, ':') ? ":" : a.isPunct(t, '.') ? "." : "PUNCT";
    if (a.keyIs(t, "that") || a.keyIs(t, "to") || a.keyIs(t, "by") || a.keyIs(t, "for") || a.keyIs(t, "of"))
        return a.key(t);
    if (a.is(t, wc::Pronoun))
        return "PRON";
    if (a.is(t, wc::Determiner))
        return "DET";
    if (a.is(t, wc::Auxiliary))
        return "AUX";
    if (a.is(t, wc::Preposition))
        return "PREP";
    if (a.is(t, wc::Conjunction))
        return "CONJ";
    if (a.is(t, wc::Subordinator))
        return "SUB";
    if (a.is(t, wc::Cue))
        return "CUE";
    if (a.is(t, wc::Verb))
        return "VERB";
    if (tok.has(tokflag::Possessive))
        return "POS";
    if (a.isCapitalized(t))
        return a.is(t, wc::PersonRole | wc::OrgNoun) ? "CAPROLE" : "CAP";
    if (a.is(t, wc::PersonRole | wc::OrgNoun | wc::CollectiveSource))
        return "ROLE";
    const std::string_view w = a.str(t);
    if (w.size() > 4 && w.ends_with("ly"))
        return "LY";
    if (w.size() > 4 && w.ends_with("ing"))
        return "ING";
    if (w.size() > 3 && w.ends_with("ed"))
        return "ED";
    if (w.size() > 3 && w.ends_with("s"))
        return "S";
    return "LOW";
}

std::string_view keyAt(const Analysis& a, std::int64_t i, const Sentence& s)
{
    if (i < static_cast<std::int64_t>(s.firstToken) || i >= static_cast<std::int64_t>(s.endToken))
        return "<b>";
    return a.key(static_cast<std::uint32_t>(i));
}

std::string_view formName(CueForm f)
{
    switch (f) {
    case CueForm::Base: return "base";
    case CueForm::ThirdPerson: return "3sg";
    case CueForm::Past: return "past";
    case CueForm::Participle: return "part";
    case CueForm::PastOrParticiple: return "pastpart";
    case CueForm::Gerund: return "ger";
    }
    return "?";
}

// A fixed 64-bit hash, eight bytes at a time: the committed weights depend on it, so it must
// not change with the standard library.
std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t hashOf(std::string_view s)
{
    std::uint64_t h = s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, s.data() + i, 8);  // little-endian on every platform we build for
        h = mix(h ^ chunk);
    }
    std::uint64_t tail = 0;
    for (std::size_t k = 0; i + k < s.size(); ++k)
        tail |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
    return mix(h ^ tail ^ 0xA5);
}

// A template's name, hashed at compile time.
constexpr std::uint64_t name(std::string_view s)
{
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

// Each feature is a template and the hashes of its values: the strings are hashed once per
// candidate, the combinations are a few multiplications each.
class FeatureSet {
public:
    FeatureSet() { m_out.reserve(48); }
    void add(std::uint64_t templateName, std::initializer_list<std::uint64_t> values)
    {
        std::uint64_t h = templateName;
        for (std::uint64_t v : values) {
            h = (h ^ v) * 0x9E3779B97F4A7C15ull;  // the values are well-mixed hashes already
            h ^= h >> 29;
        }
        m_out.push_back(static_cast<std::uint32_t>(h >> 32) & (kCueFeatureDimension - 1));
    }
    std::vector<std::uint32_t> take() { return std::move(m_out); }

private:
    std::vector<std::uint32_t> m_out;
};

}  // namespace

bool isCueCandidate(const Analysis& a, std::uint32_t token)
{
    return a.isWord(token) && a.is(token, wc::Cue) && !a.insideQuote(token);
}

std::vector<std::uint32_t> cueFeatures(const Analysis& a, std::uint32_t i, bool rulesAccept)
{
    const Sentence& s = a.sentenceOf(i);
    const WordInfo* info = a.word(i);
    const std::string_view lemma = info ? info->lemma : std::string_view{};
    const std::string_view form = info ? formName(info->cueForm) : std::string_view{"-"};
    const std::int64_t at = i;
    const std::string_view p1 = shape(a, at - 1, s), p2 = shape(a, at - 2, s);
    const std::string_view n1 = shape(a, at + 1, s), n2 = shape(a, at + 2, s);
    const std::uint64_t hw = hashOf(a.key(i)), hl = hashOf(lemma), hf = hashOf(form), hr = rulesAccept ? 1 : 2;
    const std::uint64_t hp1 = hashOf(p1), hp2 = hashOf(p2), hn1 = hashOf(n1), hn2 = hashOf(n2);
    const std::uint64_t hpw = hashOf(keyAt(a, at - 1, s)), hnw = hashOf(keyAt(a, at + 1, s));
    FeatureSet f;
    f.add(name("w"), {hw});
    f.add(name("l"), {hl});
    f.add(name("f"), {hf});
    f.add(name("r"), {hr});
    f.add(name("l|r"), {hl, hr});
    f.add(name("p1"), {hp1});
    f.add(name("p2p1"), {hp2, hp1});
    f.add(name("n1"), {hn1});
    f.add(name("n1n2"), {hn1, hn2});
    f.add(name("f|p1"), {hf, hp1});
    f.add(name("l|p1"), {hl, hp1});
    f.add(name("l|n1"), {hl, hn1});
    f.add(name("pw"), {hpw});
    f.add(name("nw"), {hnw});
    f.add(name("l|nw"), {hl, hnw});
    f.add(name("l|pw"), {hl, hpw});
    bool thatSoon = false;
    for (std::uint32_t k = i + 1; k < s.endToken && k <= i + 5; ++k) {
        thatSoon = thatSoon || a.keyIs(k, "that");
    }
    f.add(name("that5"), {thatSoon ? 1u : 2u});
    f.add(name("l|that5"), {hl, thatSoon ? 1u : 2u});
    const std::uint32_t fromStart = i - s.firstToken;
    f.add(name("pos"), {fromStart == 0 ? 0u : fromStart < 4 ? 1u : fromStart < 10 ? 2u : 3u});
    return f.take();
}

}  // namespace ql
