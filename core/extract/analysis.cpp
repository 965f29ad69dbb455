#include "extract/analysis.h"

#include "extract/lexicon_table.h"
#include "extract/segmenter.h"

#include <algorithm>

using namespace std::string_view_literals;

namespace ql {

namespace {

constexpr std::size_t kChunk = 8;

std::uint64_t chunkAt(const char* p)
{
    std::uint64_t chunk;
    std::memcpy(&chunk, p, kChunk);  // little-endian, as lexicon::keyHead reads a key's first bytes
    return chunk;
}

// The bytes of `chunk` that are ASCII capitals lowered, all others as they are: eight bytes in a
// few operations (a loop over bytes took nine instructions for each).
std::uint64_t lowerChunk(std::uint64_t chunk)
{
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    const std::uint64_t low7 = chunk & ~kHigh;
    const std::uint64_t atLeastA = low7 + 0x3F3F3F3F3F3F3F3Full;  // high bit set from 'A' (0x41) on
    const std::uint64_t pastZ = low7 + 0x2525252525252525ull;     // high bit set from '[' (0x5B) on
    const std::uint64_t capitals = atLeastA & ~pastZ & ~chunk & kHigh;
    return chunk | (capitals >> 2);  // (0x80 >> 2 is the 0x20 between 'A' and 'a')
}

// The text with ASCII capitals lowered, every other byte as it is, and kChunk zero bytes after it.
std::unique_ptr<char[]> loweredCopy(std::string_view text)
{
    auto out = std::make_unique_for_overwrite<char[]>(text.size() + kChunk);
    std::size_t i = 0;
    for (; i + kChunk <= text.size(); i += kChunk) {
        const std::uint64_t lowered = lowerChunk(chunkAt(text.data() + i));
        std::memcpy(out.get() + i, &lowered, kChunk);
    }
    for (; i < text.size(); ++i) {
        const char c = text[i];
        out[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    std::memset(out.get() + text.size(), 0, kChunk);
    return out;
}

// Are the `size` bytes at p all ASCII (else the key needs folding)? Read a chunk at a time: kChunk
// bytes after them must be readable.
bool isAscii(const char* p, std::size_t size)
{
    std::uint64_t bytes = 0;
    std::size_t i = 0;
    for (; i + kChunk <= size; i += kChunk)
        bytes |= chunkAt(p + i);
    if (const std::size_t rest = size - i; rest > 0)
        bytes |= chunkAt(p + i) & (~std::uint64_t{0} >> (8 * (kChunk - rest)));
    return (bytes & 0x8080808080808080ull) == 0;
}

}  // namespace

// (inlined into the loop below: a call per word cost more than it does)
[[gnu::always_inline]] inline lexicon::Found Analysis::entryOf(const lexicon::Table& table, const Token* tokens,
                                                               const std::uint32_t* classes, std::size_t i,
                                                               std::string_view key, std::uint64_t head)
{
    const auto found = [](const lexicon::WordInfo* info) {
        return info ? lexicon::Found{info, info->classes} : lexicon::Found{};
    };
    const Token& t = tokens[i];
    // "’s" is "is" after a pronoun (he’s, that’s) and a possessive anywhere else.
    if (t.has(tokflag::Possessive) &&
        !(i > 0 && (classes[i - 1] & lexicon::wc::Pronoun) && !tokens[i - 1].has(tokflag::Possessive)))
        return {};
    // ("Del." is a title where "Del" is a name: an abbreviated title may have an entry of its own)
    if (t.has(tokflag::Title) && key.size() < 15) {
        char dotted[16];
        key.copy(dotted, key.size());
        dotted[key.size()] = '.';
        if (const lexicon::WordInfo* title = lexicon::lookup(std::string_view(dotted, key.size() + 1)))
            return found(title);
    }
    if (key.empty())
        return {};
    if (const lexicon::Found entry = table.findReadable(key, head); entry.info)
        return entry;
    // (an apostrophe second or third from the end first, inline: this runs for every word the
    // lexicon does not know, nearly none of them a contraction)
    const std::size_t n = key.size();
    if (n > 5 && n < 30 && (key[2] == '-' || key[3] == '-' || key[4] == '-' || key[6] == '-'))
        return found(prefixedRole(key));
    // ("ornithologist", "paediatrician", "orthodontist"…: a specialist's noun names a role, as the
    // lexicon's "biologist" does)
    if (n > 7 && (key.ends_with("ologist") || key.ends_with("ician") || key.ends_with("dontist"))) {
        static const lexicon::WordInfo* const specialist = lexicon::lookup("biologist");
        return found(specialist);
    }
    if (n < 3 || (key[n - 2] != '\'' && key[n - 3] != '\''))
        return {};
    return found(contractedPronoun(key));
}

Analysis::Analysis(std::string_view text) : m_text(text), m_seg(segment(text))
{
    m_quotes = findQuotations(text, m_seg);
    markPluralPossessives();
    const std::size_t n = m_seg.tokens.size();
    // (every token's entries are written below, a word's and any other's: no pass to clear them first)
    m_words = std::make_unique_for_overwrite<const lexicon::WordInfo*[]>(n);
    m_classes = std::make_unique_for_overwrite<std::uint32_t[]>(n);
    m_keySize = std::make_unique_for_overwrite<std::uint8_t[]>(n);
    m_keyHeads = std::make_unique_for_overwrite<std::uint64_t[]>(n);
    // The lowered text is every ASCII word's key already (less an abbreviation's period): lowered
    // at once, not a word at a time.
    m_keys = loweredCopy(text);
    // (the arrays through local pointers: a store through the byte-sized key sizes may alias
    // anything, and made the loops load every member pointer again after it)
    const Token* const tokens = m_seg.tokens.data();
    std::uint8_t* const keySizes = m_keySize.get();
    std::uint64_t* const keyHeads = m_keyHeads.get();
    char* const keys = m_keys.get();
    // The keys first, then the look-ups: the look-up of each word asks the table's line of a word
    // a few words on into the cache ahead of its own turn. (Looked up as each key was made, every
    // word whose line the cache did not hold waited for memory in turn: half the analysis's time.)
    for (std::size_t i = 0; i < n; ++i) {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::Word) {
            keySizes[i] = 0;
            keyHeads[i] = 0;
            continue;
        }
        char* const at = keys + t.span.begin;
        const std::size_t period = t.span.size() > 1 && at[t.span.size() - 1] == '.' ? 1 : 0;
        std::size_t size = t.span.size() - period;
        if (!isAscii(at, size))
            size = foldKey(t.span.in(text), at);  // (’ folded in place: the key is shorter)
        else if (size + period > TokenKey::kLongest)
            size = 0;  // too long to be in any lexicon, as foldKey says
        keySizes[i] = static_cast<std::uint8_t>(size);
        keyHeads[i] = lexicon::keyHead(chunkAt(at), size);
    }
    const lexicon::Table& table = lexicon::table();
    const lexicon::WordInfo** const words = m_words.get();
    std::uint32_t* const classes = m_classes.get();
    constexpr std::size_t kAhead = 8;  // (words ahead: enough to cover a miss's wait with the look-ups between)
    for (std::size_t i = 0; i < n; ++i) {
        if (i + kAhead < n)
            table.prefetch(keyHeads[i + kAhead]);
        if (tokens[i].kind != TokenKind::Word) {
            words[i] = nullptr;
            classes[i] = 0;
            continue;
        }
        const std::string_view key(keys + tokens[i].span.begin, keySizes[i]);
        const lexicon::Found word = entryOf(table, tokens, classes, i, key, keyHeads[i]);
        words[i] = word.info;
        classes[i] = word.classes;
        // ("she had not yet told the children": "yet" after a negation or an auxiliary is an adverb,
        // no conjunction that would start another clause)
        if (i > 0 && keyIs(static_cast<std::uint32_t>(i), "yet") &&
            (classes[i - 1] & (lexicon::wc::Negation | lexicon::wc::Auxiliary)))
            classes[i] = (classes[i] & ~lexicon::wc::Conjunction) | lexicon::wc::Adverb;
    }
}

// "the terrorists' communications": a mark right after a plural that opens or closes no
// quotation is the plural's possessive, as "’s" is a singular's. (Left a quote mark, it cut the
// clause it stands in: "Rita Katz said the group uses the terrorists' photos" lost its report.)
void Analysis::markPluralPossessives()
{
    Token* const tokens = m_seg.tokens.data();
    const std::uint32_t n = static_cast<std::uint32_t>(m_seg.tokens.size());
    for (std::uint32_t i = 1; i < n; ++i) {
        Token& t = tokens[i];
        if (t.kind != TokenKind::QuoteMark)  // (nearly every token: the one test most of them see)
            continue;
        if (!chars::isApostrophe(t.first) || t.has(tokflag::SpaceBefore) || tokens[i - 1].kind != TokenKind::Word)
            continue;
        const std::string_view before = tokens[i - 1].span.in(m_text);
        if (before.back() != 's' && before.back() != 'S')
            continue;
        if (i + 1 < n && !tokens[i + 1].has(tokflag::SpaceBefore))
            continue;  // ("s'x": no plural's mark)
        if (std::ranges::any_of(m_quotes.quotations, [&](const Quotation& q) {
                return std::ranges::any_of(q.pieces, [&](const QuotePiece& p) { return p.openToken == i || p.closeToken == i; });
            }))
            continue;
        t.kind = TokenKind::Word;
        t.flags |= tokflag::Possessive;
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

// "vice-chancellor", "co-chair", "ex-president", "pro-vice-chancellor": a role after a prefix of
// rank is a role too.
const lexicon::WordInfo* Analysis::prefixedRole(std::string_view key)
{
    std::string_view rest = key;
    for (bool prefixed = true; prefixed;) {
        prefixed = false;
        for (std::string_view prefix : {"vice-"sv, "co-"sv, "ex-"sv, "pro-"sv, "deputy-"sv})
            if (rest.starts_with(prefix)) {
                rest.remove_prefix(prefix.size());
                prefixed = true;
            }
    }
    if (rest.size() == key.size())
        return nullptr;
    const lexicon::WordInfo* role = lexicon::lookup(rest);
    return role && (role->classes & lexicon::wc::PersonRole) ? role : nullptr;
}

bool Analysis::approximatesNumber(std::uint32_t i) const
{
    const auto numberAt = [&](std::uint32_t k) {
        return k < tokenCount() && (m_seg.tokens[k].kind == TokenKind::Number ||
                                    keyIsOneOf(k, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten") ||
                                    keyIsOneOf(k, "a", "dozens", "hundreds", "thousands", "half", "one", "twelve", "twenty"));
    };
    // ("said at least 12 people had died", "more than 200 staff", "up to 40 homes": the bound of an amount)
    if (i + 2 < tokenCount() && numberAt(i + 2) && !keyIs(i + 2, "a") &&
        ((keyIs(i, "at") && keyIsOneOf(i + 1, "least", "most")) || (keyIsOneOf(i, "more", "fewer", "less") && keyIs(i + 1, "than")) ||
         (keyIs(i, "up") && keyIs(i + 1, "to")) || (keyIs(i, "as") && keyIs(i + 1, "many"))))
        return true;
    if (i + 1 >= tokenCount() || !(m_seg.tokens[i + 1].kind == TokenKind::Number || keyIs(i + 1, "half")))
        return false;
    return keyIsOneOf(i, "about", "around", "over", "under", "nearly", "almost", "roughly", "approximately", "some");
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

bool Analysis::isLyAdverb(std::uint32_t i) const
{
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
