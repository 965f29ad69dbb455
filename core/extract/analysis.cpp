#include "extract/analysis.h"

#include "extract/segmenter.h"

namespace ql {

Analysis::Analysis(std::string_view text) : m_text(text), m_seg(segment(text))
{
    m_quotes = findQuotations(text, m_seg);
    m_words.resize(m_seg.tokens.size(), nullptr);
    m_keyAt.resize(m_seg.tokens.size());
    m_keys = std::make_unique_for_overwrite<char[]>(text.size());
    std::size_t used = 0;
    for (std::size_t i = 0; i < m_seg.tokens.size(); ++i) {
        const Token& t = m_seg.tokens[i];
        if (t.kind != TokenKind::Word)
            continue;
        std::uint64_t hash = 0;
        const std::string_view key(m_keys.get() + used, foldKey(t.span.in(text), m_keys.get() + used, hash));
        m_keyAt[i] = {static_cast<std::uint32_t>(used), static_cast<std::uint32_t>(key.size())};
        used += key.size();
        // "’s" is "is" after a pronoun (he’s, that’s) and a possessive anywhere else.
        if (t.has(tokflag::Possessive) && !(i > 0 && m_words[i - 1] && (m_words[i - 1]->classes & lexicon::wc::Pronoun) &&
                                            !m_seg.tokens[i - 1].has(tokflag::Possessive)))
            continue;
        // ("Del." is a title where "Del" is a name: an abbreviated title may have an entry of its own)
        if (t.has(tokflag::Title) && key.size() < 15) {
            char dotted[16];
            key.copy(dotted, key.size());
            dotted[key.size()] = '.';
            m_words[i] = lexicon::lookup(std::string_view(dotted, key.size() + 1));
        }
        if (!m_words[i])
            m_words[i] = lexicon::lookup(key, hash);
        if (!m_words[i])
            m_words[i] = contractedPronoun(key);
    }
}

// "he’ll", "they’re", "we’ve", "I’d", "I’m": a pronoun with its auxiliary attached reads as
// the pronoun, the subject it is.
const lexicon::WordInfo* Analysis::contractedPronoun(std::string_view key)
{
    // The attached part has one or two letters: the last apostrophe stands second or third from
    // the end (looked at there only: this runs for every word the lexicon does not know).
    const std::size_t n = key.size();
    if (n < 3 || key[n - 1] == '\'')
        return nullptr;
    const std::size_t apostrophe = key[n - 2] == '\'' ? n - 2 : key[n - 3] == '\'' ? n - 3 : 0;
    if (apostrophe == 0)
        return nullptr;
    const std::string_view tail = key.substr(apostrophe + 1);
    if (tail != "ll" && tail != "re" && tail != "ve" && tail != "d" && tail != "m" && tail != "s")
        return nullptr;
    const lexicon::WordInfo* base = lexicon::lookup(key.substr(0, apostrophe));
    return base && (base->classes & lexicon::wc::Pronoun) ? base : nullptr;
}

std::int32_t Analysis::conjunctionBefore(std::uint32_t i) const
{
    if (i > 0 && is(i - 1, lexicon::wc::Conjunction))
        return static_cast<std::int32_t>(i - 1);
    if (i > 1 && isAdverbLike(i - 1) && !is(i - 1, lexicon::wc::Negation) && is(i - 2, lexicon::wc::Conjunction))
        return static_cast<std::int32_t>(i - 2);
    if (i > 2 && is(i - 1, lexicon::wc::Auxiliary) && is(i - 2, lexicon::wc::Conjunction) && isPunct(i - 3, ','))
        return static_cast<std::int32_t>(i - 2);  // "…, and has called for …"
    if (i > 3 && (is(i - 1, lexicon::wc::TimeWord) || keyIs(i - 1, "yesterday") || keyIs(i - 1, "today")) &&
        (keyIs(i - 2, "on") || keyIs(i - 2, "in")) && is(i - 3, lexicon::wc::Conjunction))
        return static_cast<std::int32_t>(i - 3);  // "… and on Monday announced …"
    if (i > 2 && keyIs(i - 1, "then") && isPunct(i - 2, ','))
        return static_cast<std::int32_t>(i - 1);  // "offered the man a job, then says …"
    return -1;
}

bool Analysis::isAdverbLike(std::uint32_t i) const
{
    if (is(i, lexicon::wc::Adverb | lexicon::wc::Negation))
        return true;
    const std::string_view k = key(i);
    if (!isLowerWord(i) || k.size() <= 4 || !k.ends_with("ly"))
        return false;
    static constexpr std::string_view kNouns[] = {"family", "ally", "rally", "assembly", "supply", "reply", "anomaly",
                                                  "monopoly", "belly", "bully", "folly", "tally", "jelly", "daily",
                                                  "weekly", "monthly", "quarterly", "homily", "lily", "fly"};
    for (std::string_view noun : kNouns)
        if (k == noun)
            return false;
    return true;
}

}  // namespace ql
