#include "extract/segmenter.h"

#include "extract/lexicon.h"
#include "text/chars.h"
#include "text/utf8.h"

#include <array>
#include <bit>
#include <cstring>

namespace ql {

namespace {

using utf8::decode;

// What the tokenizer needs to know of a byte, from one table look-up: nearly every byte of an
// article is ASCII, and most are letters or spaces. (Bytes of multi-byte characters have no class.)
namespace byteclass {
inline constexpr std::uint8_t Letter = 1 << 0;   // A-Z a-z
inline constexpr std::uint8_t Digit = 1 << 1;    // 0-9
inline constexpr std::uint8_t Space = 1 << 2;    // space, tab, line ends
// ASCII that ends a word without a further look: all but letters, digits and ' - . , & (which may
// join a word's parts) and non-ASCII (which may be letters)
inline constexpr std::uint8_t EndsWord = 1 << 3;
}  // namespace byteclass

constexpr std::array<std::uint8_t, 256> kByteClass = [] {
    std::array<std::uint8_t, 256> table{};
    for (unsigned b = 0; b < 0x80; ++b) {
        const bool letter = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
        const bool digit = b >= '0' && b <= '9';
        if (letter)
            table[b] = byteclass::Letter;
        else if (digit)
            table[b] = byteclass::Digit;
        else if (b != '\'' && b != '-' && b != '.' && b != ',' && b != '&')
            table[b] = byteclass::EndsWord;
        if (b == ' ' || (b >= '\t' && b <= '\r'))
            table[b] |= byteclass::Space;
    }
    return table;
}();

std::uint8_t classOf(char byte) { return kByteClass[static_cast<unsigned char>(byte)]; }

// A token's lexicon classes.
std::uint32_t lexiconClasses(const TokenKey& key)
{
    const lexicon::WordInfo* info = lexicon::lookup(key);
    return info ? info->classes : 0;
}

class Tokenizer {
public:
    explicit Tokenizer(std::string_view text) : m_text(text) {}

    std::vector<Token> run();

private:
    // ASCII, nearly all of an English article, needs no decoding.
    char32_t at(std::size_t pos) const
    {
        if (pos >= m_text.size())
            return 0;
        const auto c = static_cast<unsigned char>(m_text[pos]);
        return c < 0x80 ? c : decode(m_text, pos).codePoint;
    }
    std::size_t next(std::size_t pos) const
    {
        return static_cast<unsigned char>(m_text[pos]) < 0x80 ? pos + 1 : pos + decode(m_text, pos).length;
    }
    std::size_t scanWord(std::size_t pos, bool& numeric) const;
    std::size_t scanWordFrom(std::size_t pos, std::size_t p, bool& numeric) const;
    // (inlined: called for nearly every word, a call cost as much as the look at its letters)
    [[gnu::always_inline]] inline std::size_t letterRunEnd(std::size_t p) const;
    std::size_t domainAfter(std::size_t pos) const;
    std::size_t scanInitials(std::size_t pos) const;
    std::size_t ellipsisEnd(std::size_t pos) const;
    bool answerNo(std::size_t begin, std::size_t end) const;
    // A token's end, kind, flags and first code point, as tokenAt reads them.
    struct Piece {
        std::size_t end = 0;
        TokenKind kind = TokenKind::Word;
        std::uint16_t flags = 0;
        char32_t first = 0;
    };
    Piece tokenAt(std::size_t pos, char32_t c) const;
    Piece letterWordAt(std::size_t pos) const;
    Piece wordPiece(std::size_t pos, std::size_t end, bool numeric, char32_t c) const;
    Piece markPiece(std::size_t pos, char32_t c) const;
    // (inlined: a call per token saved and restored half the registers)
    [[gnu::always_inline]] inline void push(std::size_t begin, std::size_t end, TokenKind kind, std::uint16_t flags, char32_t first);
    bool allCaps(std::size_t begin, std::size_t end) const;
    bool particleThenCapital(std::size_t begin, std::size_t end) const;

    std::string_view m_text;
    std::vector<Token> m_tokens;
    std::uint16_t m_pendingFlags = tokflag::SpaceBefore | tokflag::ParagraphStart;
};

// (the caller passes the first code point, which it has read already)
inline void Tokenizer::push(std::size_t begin, std::size_t end, TokenKind kind, std::uint16_t flags, char32_t first)
{
    Token t;
    t.span = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
    t.kind = kind;
    t.first = first;
    t.flags = static_cast<std::uint16_t>(flags | m_pendingFlags);
    // (the token before has a space after it when this one has one before: marked here once,
    // not at every space)
    if ((m_pendingFlags & tokflag::SpaceBefore) && !m_tokens.empty())
        m_tokens.back().flags |= tokflag::SpaceAfter;
    m_pendingFlags = 0;
    if (kind == TokenKind::Word && chars::isUpper(first)) {
        t.flags |= tokflag::Capitalized;
        if (allCaps(begin, end))
            t.flags |= tokflag::AllCaps;
    }
    m_tokens.push_back(t);
}

// "al-Rashid", "el-Sayed", "bin-Zayed": an Arabic article or "son of" in lower case, a hyphen and a
// capital.
bool Tokenizer::particleThenCapital(std::size_t begin, std::size_t end) const
{
    using namespace std::string_view_literals;
    // (the hyphen, third or fourth, and the capital after it rule out nearly all at once; two bytes
    // read, not a search of the word for a hyphen)
    const std::string_view word = m_text.substr(begin, end - begin);
    // ("d'Aubigny", "d’Estaing": a French particle elided before a capital)
    if (word.size() > 3 && word[0] == 'd' &&
        ((word[1] == '\'' && word[2] >= 'A' && word[2] <= 'Z') ||
         (word.size() > 5 && word.substr(1, 3) == "\xE2\x80\x99" && word[4] >= 'A' && word[4] <= 'Z')))
        return true;
    if (word.size() <= 4)
        return false;
    const std::size_t hyphen = word[2] == '-' ? 2 : word[3] == '-' ? 3 : 0;
    if (hyphen == 0 || word[hyphen + 1] < 'A' || word[hyphen + 1] > 'Z')
        return false;
    const std::string_view prefix = word.substr(0, hyphen);
    for (std::string_view particle : {"al"sv, "el"sv, "ad"sv, "ar"sv, "as"sv, "ash"sv, "at"sv, "az"sv, "an"sv, "bin"sv, "ibn"sv, "abu"sv})
        if (prefix == particle)
            return true;
    return false;
}

// Two or more letters, all upper case (a lower-case letter settles it).
bool Tokenizer::allCaps(std::size_t begin, std::size_t end) const
{
    int letters = 0;
    for (std::size_t p = begin; p < end; p = next(p)) {
        const char32_t c = at(p);
        if (chars::isLetter(c)) {
            if (!chars::isUpper(c))
                return false;
            ++letters;
        }
    }
    return letters >= 2;
}

// "No." and "Nos." before a number abbreviate "number" ("No. 10"); anywhere else "No." is the
// word with the sentence's period: he said, "No."
bool Tokenizer::answerNo(std::size_t begin, std::size_t end) const
{
    const std::string_view w = m_text.substr(begin, end - begin);
    if (!(w == "No" || w == "no" || w == "NO" || w == "Nos" || w == "nos"))
        return false;
    std::size_t after = end + 1;  // past the period
    while (after < m_text.size() && m_text[after] == ' ')
        ++after;
    return after >= m_text.size() || !chars::isDigit(static_cast<unsigned char>(m_text[after]));
}

// A word: letters and digits joined by inner apostrophes (can't, O’Neill), hyphens
// (so-called), and for numbers decimal points and thousands separators (4.5, 14,000).
std::size_t Tokenizer::scanWord(std::size_t pos, bool& numeric) const
{
    numeric = chars::isDigit(at(pos));
    return scanWordFrom(pos, next(pos), numeric);
}

// scanWord from `p` on, inside the word that starts at `pos`.
std::size_t Tokenizer::scanWordFrom(std::size_t pos, std::size_t p, bool& numeric) const
{
    while (p < m_text.size()) {
        // ASCII letters and digits, nearly every byte of a word, without decoding (a run of
        // letters at once), and the space or ASCII mark after most words at once
        const std::uint8_t cls = classOf(m_text[p]);
        if (cls & byteclass::Letter) {
            numeric = false;
            p = letterRunEnd(p + 1);
            continue;
        }
        if (cls & byteclass::Digit) {
            ++p;
            continue;
        }
        if (cls & byteclass::EndsWord)
            break;
        char32_t c = at(p);
        if (chars::isAlnum(c)) {
            numeric = numeric && chars::isDigit(c);
            p = next(p);
            continue;
        }
        std::size_t q = next(p);
        char32_t after = at(q);
        if (chars::isApostrophe(c) && chars::isLetter(after)) {
            // "’s" at the end of a word is a possessive clitic: split it off.
            std::size_t r = next(q);
            if ((after == 's' || after == 'S') && !chars::isAlnum(at(r)))
                return p;
            p = q;
            continue;
        }
        if ((c == '-' || c == 0x2010) && chars::isAlnum(after)) {
            numeric = false;
            p = q;
            continue;
        }
        if (numeric && (c == '.' || c == ',') && chars::isDigit(after)) {
            p = q;
            continue;
        }
        if (c == '&' && chars::isUpper(after) && chars::isUpper(at(pos))) {
            p = q;
            continue;
        }
        if (c == '.' && !numeric)
            return p + domainAfter(q);  // "Mic.com", "Politico.com": one name, no sentence end
        break;
    }
    return p;
}

// The end of the run of ASCII letters from `p`: eight bytes at a time, a word's letters mostly in
// one step, where a byte at a time took five instructions a letter.
inline std::size_t Tokenizer::letterRunEnd(std::size_t p) const
{
    static_assert(std::endian::native == std::endian::little, "the first byte of a chunk is its lowest");
    constexpr std::uint64_t kHigh = 0x8080808080808080ull;
    for (; p + 8 <= m_text.size(); p += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, m_text.data() + p, 8);
        // a byte is a letter when, with 0x20 set (upper case folded to lower), it lies in a-z:
        // notLetters has the high bit set of each byte that is not
        const std::uint64_t folded = chunk | 0x2020202020202020ull;
        const std::uint64_t low7 = folded & ~kHigh;
        const std::uint64_t fromA = low7 + 0x1F1F1F1F1F1F1F1Full;  // high bit set from 'a' (0x61) on
        const std::uint64_t pastZ = low7 + 0x0505050505050505ull;  // high bit set from '{' (0x7B) on
        const std::uint64_t notLetters = ~(fromA & ~pastZ & ~folded) & kHigh;
        if (notLetters != 0)
            return p + static_cast<std::size_t>(std::countr_zero(notLetters)) / 8;
    }
    while (p < m_text.size() && (classOf(m_text[p]) & byteclass::Letter))
        ++p;
    return p;
}

// The length of ".com" (or another common top-level domain) when the text at `pos`, after a
// word and a period, is one followed by no further letter; else 0.
std::size_t Tokenizer::domainAfter(std::size_t pos) const
{
    if (pos >= m_text.size() || m_text[pos] < 'a' || m_text[pos] > 'u')
        return 0;  // most periods end a sentence or an abbreviation: no lower-case letter follows
    static constexpr std::string_view kDomains[] = {"com", "org", "net", "gov", "edu", "fr", "uk", "de", "ca", "io", "info"};
    for (std::string_view tld : kDomains) {
        if (m_text.substr(pos, tld.size()) != tld)
            continue;
        const std::size_t end = pos + tld.size();
        if (end >= m_text.size() || !chars::isAlnum(at(end)))
            return 1 + tld.size();
    }
    return 0;
}

// Initials and dotted abbreviations: "J.", "U.S.", "e.g." — letter, period, repeated.
std::size_t Tokenizer::scanInitials(std::size_t pos) const
{
    std::size_t p = pos;
    int letters = 0;
    while (chars::isLetter(at(p))) {
        std::size_t q = next(p);
        if (at(q) != '.')
            break;
        p = q + 1;
        ++letters;
        if (!chars::isLetter(at(p)) || chars::isLetter(at(next(p))))
            break;
    }
    // A lone lower-case letter and a period ends a sentence ("plan b."); "e.g." and "J." do not.
    if (letters == 1 && !chars::isUpper(at(pos)))
        return pos;
    return p;
}

// "...", "…" and ". . ." (with single spaces) as one token; returns pos when none starts here.
std::size_t Tokenizer::ellipsisEnd(std::size_t pos) const
{
    // (a byte at a time, not compare: nearly every period is a lone one, told at its second byte)
    const auto periodAt = [&](std::size_t p) { return p < m_text.size() && m_text[p] == '.'; };
    if (periodAt(pos) && periodAt(pos + 1) && periodAt(pos + 2)) {
        std::size_t p = pos + 3;
        while (periodAt(p))
            ++p;
        return p;
    }
    const auto spaceAt = [&](std::size_t p) { return p < m_text.size() && m_text[p] == ' '; };
    if (periodAt(pos) && spaceAt(pos + 1) && periodAt(pos + 2) && spaceAt(pos + 3) && periodAt(pos + 4))
        return pos + 5;
    return pos;
}

// The word that starts with the ASCII letter at `pos`. (Most are letters up to a space or an ASCII
// mark: told without the checks of scanWord for what may join a word.)
Tokenizer::Piece Tokenizer::letterWordAt(std::size_t pos) const
{
    const auto first = static_cast<char32_t>(m_text[pos]);
    const std::size_t end = letterRunEnd(pos + 1);
    if (end == m_text.size() || (classOf(m_text[end]) & byteclass::EndsWord))
        return {end, TokenKind::Word, 0, first};
    bool numeric = false;
    return wordPiece(pos, scanWordFrom(pos, end, numeric), numeric, first);
}

// The token that starts at `pos`, where `c` (no space) stands.
Tokenizer::Piece Tokenizer::tokenAt(std::size_t pos, char32_t c) const
{
    if (chars::isAlnum(c)) {
        bool numeric = false;
        const std::size_t end = scanWord(pos, numeric);
        return wordPiece(pos, end, numeric, c);
    }
    return markPiece(pos, c);
}

// The word or number from `pos` to `end` (as scanWord found it), which starts with `c`; with the
// period after it when that makes it an abbreviation.
Tokenizer::Piece Tokenizer::wordPiece(std::size_t pos, std::size_t end, bool numeric, char32_t c) const
{
    std::uint16_t flags = 0;
    if (!numeric && end < m_text.size() && m_text[end] == '.') {
        const std::size_t dotted = scanInitials(pos);
        const Span word{static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)};
        const std::uint32_t classes = dotted > end ? 0 : lexiconClasses(TokenKey(m_text, Token{word}));
        if (dotted > end) {
            end = dotted;
            flags = tokflag::Abbreviation;
        } else if (classes & lexicon::wc::TitleAbbreviation) {
            end += 1;
            flags = tokflag::Abbreviation | tokflag::Title;
        } else if ((classes & lexicon::wc::Abbreviation) && ellipsisEnd(end) == end && !answerNo(pos, end)) {
            end += 1;
            flags = tokflag::Abbreviation;
        }
    }
    // (asked here, of the lower-case words with more than ASCII letters in them, not of every
    // lower-case word: a word of letters alone, letterWordAt's, holds no hyphen)
    if (!numeric && !chars::isUpper(c) && particleThenCapital(pos, end))
        flags |= tokflag::Capitalized;  // "al-Rashid", "el-Sayed": a name behind its article
    return {end, numeric ? TokenKind::Number : TokenKind::Word, flags, c};
}

// The token that starts at `pos` with `c`, neither a space nor a letter or digit: a possessive
// "’s", a quotation mark or punctuation.
Tokenizer::Piece Tokenizer::markPiece(std::size_t pos, char32_t c) const
{
    if (chars::isApostrophe(c) && !(m_pendingFlags & tokflag::SpaceBefore) && !m_tokens.empty() &&
        m_tokens.back().kind == TokenKind::Word) {
        const std::size_t sPos = next(pos);
        const std::size_t end = sPos < m_text.size() ? next(sPos) : sPos;
        if ((at(sPos) == 's' || at(sPos) == 'S') && !chars::isAlnum(at(end)))
            return {end, TokenKind::Word, tokflag::Possessive, c};
    }
    if (c == '\'' && at(pos + 1) == c && at(pos + 2) == c && !chars::isAlnum(at(pos + 3))) {
        // "with 'We'll bomb them,''' said": a single closing mark, then the double one
        return {pos + 1, TokenKind::QuoteMark, 0, c};
    }
    if ((c == '\'' || c == '`') && at(pos + 1) == c) {
        // '' and `` stand for double quotes in some newswires and in plain-text archives.
        return {pos + 2, TokenKind::QuoteMark, 0, c == '`' ? char32_t{0x201C} : char32_t{'"'}};
    }
    if (chars::isQuoteMark(c))
        return {next(pos), TokenKind::QuoteMark, 0, c};
    if (c == '.' || c == 0x2026) {
        const std::size_t end = c == '.' ? ellipsisEnd(pos) : next(pos);
        if (end > pos)
            return {end, TokenKind::Punct, tokflag::Ellipsis, c};
    }
    std::size_t end = next(pos);
    if (c == '-' && at(end) == '-')
        end = next(end);  // "--" is one dash
    return {end, TokenKind::Punct, 0, c};
}

std::vector<Token> Tokenizer::run()
{
    // (the text in locals, kept in registers: read through the member, it was loaded again at
    // every character)
    const char* const text = m_text.data();
    const std::size_t size = m_text.size();
    m_tokens.reserve(size / 5 + 16);
    std::size_t pos = 0;
    while (pos < size) {
        // (an ASCII space or letter, nearly every character, told by its byte without decoding)
        const char byte = text[pos];
        const std::uint8_t cls = classOf(byte);
        if (cls & byteclass::Space) {
            m_pendingFlags |= byte == '\n' ? tokflag::SpaceBefore | tokflag::ParagraphStart : tokflag::SpaceBefore;
            ++pos;
            continue;
        }
        Piece piece;
        if (cls & byteclass::Letter) {
            piece = letterWordAt(pos);
        } else {
            const char32_t c = at(pos);
            if (chars::isSpace(c)) {
                m_pendingFlags |= tokflag::SpaceBefore;  // (a space beyond ASCII: no line end)
                pos = next(pos);
                continue;
            }
            piece = tokenAt(pos, c);
        }
        // (one place appends a token: the append is inlined there, where one for each kind of
        // token left it a call per token)
        push(pos, piece.end, piece.kind, piece.flags, piece.first);
        pos = piece.end;
        // (most tokens are followed by one plain space: taken here, not in another turn of the loop)
        if (pos < size && text[pos] == ' ') {
            m_pendingFlags = tokflag::SpaceBefore;
            ++pos;
        }
    }
    if (!m_tokens.empty())
        m_tokens.back().flags |= tokflag::SpaceAfter;
    return std::move(m_tokens);
}

bool isTerminal(const Token& t)
{
    return t.kind == TokenKind::Punct && !t.has(tokflag::Ellipsis) && (t.first == '.' || t.first == '!' || t.first == '?');
}

bool isClosingAttachment(const Token& t)
{
    if (t.has(tokflag::SpaceBefore))
        return false;
    return t.kind == TokenKind::QuoteMark || t.isPunct(')') || t.isPunct(']');
}

// Can token `t` start a new sentence after a terminal punctuation mark?
bool canStartSentence(const Token& t)
{
    if (t.kind == TokenKind::Word)
        return chars::isUpper(t.first);
    return t.kind == TokenKind::Number || t.kind == TokenKind::QuoteMark || t.isPunct('(') || t.isPunct('[') ||
           t.isPunct(0x2014) || t.isPunct('-');
}

// An abbreviation that can also end a sentence ("in the U.S. The next day ...").
bool abbreviationEndsSentence(std::string_view text, const Token& abbr, const Token& next, const Token* afterNext)
{
    if (abbr.has(tokflag::Title))
        return false;
    if (next.kind == TokenKind::QuoteMark)  // "Green said no. “I learned about this …”": a quotation opens the next sentence
        return !(afterNext && afterNext->kind == TokenKind::Word && !chars::isUpper(afterNext->first));  // not "the U.S. “clearly” needed"
    if (next.kind != TokenKind::Word)
        return false;
    return lexiconClasses(TokenKey(text, next)) & lexicon::wc::SentenceStarter;
}

// "to empty Blocks C and D. Inspectors will return …", "vitamin D. Researchers found …": a lone
// letter after a lower-case word is no initial of a name when a word of the language follows it.
bool letterEndsSentence(std::string_view text, const std::vector<Token>& tokens, std::uint32_t letter, std::uint32_t next)
{
    const Token& t = tokens[letter];
    if (t.span.end - t.span.begin != 2 || letter == 0 || tokens[letter - 1].kind != TokenKind::Word ||
        chars::isUpper(tokens[letter - 1].first) || tokens[next].kind != TokenKind::Word)
        return false;
    const std::uint32_t classes = lexiconClasses(TokenKey(text, tokens[next]));
    return classes != 0 && !(classes & (lexicon::wc::FirstName | lexicon::wc::Honorific | lexicon::wc::TitleAbbreviation));
}

// Rep. Robert C. "Bobby" Scott: a quoted capitalised word and then another one after an
// initial are a nickname inside the name, not a quotation opening the next sentence.
bool nicknameAfterInitial(const std::vector<Token>& tokens, std::uint32_t next)
{
    const std::uint32_t initial = next - 1;
    if (next + 3 >= tokens.size() || initial == 0 || tokens[initial].span.end - tokens[initial].span.begin != 2)
        return false;
    const auto capitalised = [&](std::uint32_t k) { return tokens[k].kind == TokenKind::Word && chars::isUpper(tokens[k].first); };
    return capitalised(initial - 1) && tokens[next].kind == TokenKind::QuoteMark && capitalised(next + 1) &&
           tokens[next + 2].kind == TokenKind::QuoteMark && capitalised(next + 3);
}

// "…, an official said.CreditMichael Appleton": a web page's caption and credit run together.
// A period glued between a lower-case word and a capitalised one still ends the sentence
// (web addresses, "Mic.com", are one token already).
bool gluedSentenceStart(std::string_view text, const std::vector<Token>& tokens, std::uint32_t period)
{
    if (!tokens[period].isPunct('.') || period == 0 || period + 1 >= tokens.size())
        return false;
    const Token& before = tokens[period - 1];
    const Token& after = tokens[period + 1];
    const std::string_view word = after.span.in(text);
    return before.kind == TokenKind::Word && before.span.end - before.span.begin >= 3 && !chars::isUpper(before.first) &&
           after.kind == TokenKind::Word && chars::isUpper(after.first) && word.size() >= 2 && word[1] >= 'a' && word[1] <= 'z';
}

// Does the sentence end at token i (a period, or the paragraph's end)?
bool endsRightAfter(const std::vector<Token>& tokens, std::uint32_t i)
{
    return i >= tokens.size() || tokens[i].has(tokflag::ParagraphStart) ||
           (tokens[i].isPunct('.') && (i + 1 >= tokens.size() || tokens[i + 1].has(tokflag::ParagraphStart)));
}

// After a quote that ends with ? or !, or with a period when the attribution alone follows
// ("… missing.” Trump said."): does an attribution follow ("Clinton said",
// "Rep. Gwen Moore (D-Wis.) said", "said Mr. Smith")? A reporting verb within a few words,
// with nothing but a name between, keeps the quote and the attribution together.
bool attributionFollows(std::string_view text, const std::vector<Token>& tokens, std::uint32_t start, bool afterPeriod)
{
    const auto n = static_cast<std::uint32_t>(tokens.size());
    int depth = 0;
    for (std::uint32_t i = start; i < n && i < start + 10; ++i) {
        const Token& t = tokens[i];
        if (t.has(tokflag::ParagraphStart) && i > start)
            return false;
        if (t.isPunct('('))
            ++depth;
        else if (t.isPunct(')'))
            --depth;
        if (depth > 0)
            continue;
        if (t.kind == TokenKind::Word) {
            const TokenKey key(text, t);
            const lexicon::WordInfo* info = lexicon::lookup(key);
            if (info && (info->classes & lexicon::wc::Cue) && (info->cueFlags & lexicon::cueflag::Speech) &&
                (info->cueForm == lexicon::CueForm::Past || info->cueForm == lexicon::CueForm::PastOrParticiple ||
                 info->cueForm == lexicon::CueForm::ThirdPerson))
                return !afterPeriod || endsRightAfter(tokens, i + 1);  // after a period: only "Trump said."
            if (!chars::isUpper(t.first) && !(info && (info->classes & (lexicon::wc::PersonRole | lexicon::wc::Determiner))))
                return false;  // a lower-case word that is neither a role nor an article: a new sentence
            continue;
        }
        if (t.kind == TokenKind::QuoteMark || t.isPunct('.') || t.isPunct('!') || t.isPunct('?'))
            return false;
    }
    return false;
}

void splitSentences(std::string_view text, Segmentation& seg)
{
    auto& tokens = seg.tokens;
    const auto n = static_cast<std::uint32_t>(tokens.size());
    // (room for news' sentences of twenty tokens or so and paragraphs of two or three sentences,
    // so that the lists seldom grow and move)
    seg.sentences.reserve(n / 16 + 4);
    seg.paragraphs.reserve(n / 32 + 4);
    std::uint32_t start = 0;
    auto close = [&](std::uint32_t end) {
        Sentence s;
        s.firstToken = start;
        s.endToken = end;
        s.span = {tokens[start].span.begin, tokens[end - 1].span.end};
        s.paragraph = static_cast<std::uint32_t>(seg.paragraphs.size());
        const auto index = static_cast<std::uint32_t>(seg.sentences.size());
        for (std::uint32_t i = start; i < end; ++i)
            tokens[i].sentence = index;
        tokens[start].flags |= tokflag::SentenceStart;
        seg.sentences.push_back(s);
        start = end;
    };
    std::uint32_t paragraphStart = 0;
    auto closeParagraph = [&](std::uint32_t end) {
        if (start < end)
            close(end);
        Paragraph p;
        p.firstToken = paragraphStart;
        p.endToken = end;
        p.span = {tokens[paragraphStart].span.begin, tokens[end - 1].span.end};
        p.firstSentence = tokens[paragraphStart].sentence;
        p.endSentence = static_cast<std::uint32_t>(seg.sentences.size());
        seg.paragraphs.push_back(p);
        paragraphStart = end;
    };
    for (std::uint32_t i = 0; i < n; ++i) {
        // (nearly every token is a word inside a paragraph, which ends nothing: one look at its
        // kind and flags rules it out)
        if (tokens[i].kind != TokenKind::Punct && !tokens[i].has(tokflag::ParagraphStart | tokflag::Abbreviation))
            continue;
        if (i > paragraphStart && tokens[i].has(tokflag::ParagraphStart)) {
            closeParagraph(i);
        }
        const Token& t = tokens[i];
        const bool terminal = isTerminal(t);
        const bool abbreviation = t.has(tokflag::Abbreviation);
        if (!terminal && !abbreviation)
            continue;
        std::uint32_t end = i + 1;
        while (end < n && isClosingAttachment(tokens[end]) && !tokens[end].has(tokflag::ParagraphStart))
            ++end;
        if (end >= n || tokens[end].has(tokflag::ParagraphStart))
            continue;  // the paragraph end closes it
        if ((!tokens[end].has(tokflag::SpaceBefore) && !gluedSentenceStart(text, tokens, i)) || !canStartSentence(tokens[end]))
            continue;
        if (abbreviation && (!abbreviationEndsSentence(text, t, tokens[end], end + 1 < n ? &tokens[end + 1] : nullptr) ||
                             nicknameAfterInitial(tokens, end)) &&
            !letterEndsSentence(text, tokens, i, end))
            continue;
        if (end > i + 1 && attributionFollows(text, tokens, end, t.isPunct('.')))
            continue;  // “Why now?” Clinton asked. — the quote and its attribution are one sentence
        close(end);
        i = end - 1;
    }
    if (paragraphStart < n)
        closeParagraph(n);
}

}  // namespace

Segmentation segment(std::string_view text)
{
    Segmentation seg;
    seg.tokens = Tokenizer(text).run();
    splitSentences(text, seg);
    return seg;
}

TokenKey::TokenKey(std::string_view text, const Token& token)
{
    m_size = foldKey(token.span.in(text), m_buffer);
}

std::size_t foldKey(std::string_view s, char* out)
{
    // "Mr." and "Mr" look up the same entry (the period is a byte of its own, never folded)
    const std::size_t size = s.size() > 1 && s.back() == '.' ? s.size() - 1 : s.size();
    std::size_t i = 0;
    // Plain ASCII first, nearly every word: no ’ to look for, and a word that fits the buffer
    // cannot overflow it. The loop below takes over at the first other byte.
    if (s.size() <= TokenKey::kLongest) {
        // (lower case from a table: one load a byte, not a compare and a choice)
        static constexpr std::array<char, 128> kLower = [] {
            std::array<char, 128> table{};
            for (std::size_t b = 0; b < table.size(); ++b)
                table[b] = static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
            return table;
        }();
        for (; i < size; ++i) {
            const auto b = static_cast<unsigned char>(s[i]);
            if (b >= 0x80)
                break;
            out[i] = kLower[b];
        }
    }
    std::size_t n = i;
    for (; i < size; ++i) {
        if (n == TokenKey::kLongest)
            return 0;  // too long to be in any lexicon
        auto c = static_cast<unsigned char>(s[i]);
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            static_cast<unsigned char>(s[i + 2]) == 0x99) {
            c = '\'';  // ’
            i += 2;
        } else if (c >= 'A' && c <= 'Z') {
            c = static_cast<unsigned char>(c - 'A' + 'a');
        } else if (const char plain = i + 1 < size ? chars::unaccented(c, static_cast<unsigned char>(s[i + 1])) : 0;
                   plain != 0) {
            // "Óscar", "José", "Zieliński": a Latin letter with its accent finds the lexicon's entry
            // without it, and the name written either way has one key
            c = static_cast<unsigned char>(plain);
            ++i;
        }
        out[n++] = static_cast<char>(c);
    }
    if (n + (size < s.size() ? 1 : 0) > TokenKey::kLongest)
        return 0;
    return n;
}

std::string dump(std::string_view text, const Segmentation& seg)
{
    std::string out;
    for (const Paragraph& p : seg.paragraphs) {
        out += "P\n";
        for (std::uint32_t s = p.firstSentence; s < p.endSentence; ++s) {
            out += "  S:";
            const Sentence& sentence = seg.sentences[s];
            for (std::uint32_t t = sentence.firstToken; t < sentence.endToken; ++t) {
                out += ' ';
                out += seg.tokens[t].span.in(text);
            }
            out += '\n';
        }
    }
    return out;
}

}  // namespace ql
