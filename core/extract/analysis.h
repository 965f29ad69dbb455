#pragma once
// What the later stages share about one text: its tokens, sentences, quotations and each
// token's lexicon entry, looked up once.

#include "extract/lexicon.h"
#include "extract/quote_finder.h"
#include "extract/token.h"
#include "text/chars.h"

#include <cstring>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

namespace lexicon {
class Table;
}

class Analysis final {
public:
    explicit Analysis(std::string_view text);

    std::string_view text() const { return m_text; }
    const Segmentation& seg() const { return m_seg; }
    const QuoteScan& quotes() const { return m_quotes; }
    const std::vector<Token>& tokens() const { return m_seg.tokens; }
    std::uint32_t tokenCount() const { return static_cast<std::uint32_t>(m_seg.tokens.size()); }
    const Token& token(std::uint32_t i) const { return m_seg.tokens[i]; }
    std::string_view str(std::uint32_t i) const { return m_seg.tokens[i].span.in(m_text); }
    std::string_view str(Span span) const { return span.in(m_text); }

    // The token's lexicon key (lower case, ’ as ', no final period), computed once; empty for non-words.
    // (Eight readable bytes follow every key: see m_keys.)
    std::string_view key(std::uint32_t i) const { return {m_keys.get() + m_seg.tokens[i].span.begin, m_keySize[i]}; }
    [[gnu::always_inline]] bool keyIs(std::uint32_t i, std::string_view word) const
    {
        // (most keys differ in length: no compare; most of the rest in their first letter, before
        // memcmp, which the compiler often left as a call; and memcmp itself, not ==, which it left
        // out of line more often still)
        if (m_keySize[i] != word.size())
            return false;
        const char* key = m_keys.get() + m_seg.tokens[i].span.begin;
        return word.empty() || (key[0] == word[0] && std::memcmp(key, word.data(), word.size()) == 0);
    }
    // The same for a word spelled in the code ("said", "that": nearly every call) of seven bytes or
    // fewer: one compare with the key's head, and no branch. (The test of the length first, above,
    // was the branch the processor mispredicted most in the whole extraction: whether a key has
    // four letters is anyone's guess, whether it is "that" seldom.)
    template <std::size_t N>
        requires(N <= 8)
    [[gnu::always_inline]] bool keyIs(std::uint32_t i, const char (&word)[N]) const
    {
        return m_keyHeads[i] == lexicon::keyHead(packed(word), N - 1);
    }

    // Is word i's key one of `words` ("study", "trial", …)? (Literals, each asked as keyIs asks
    // one: a word of seven bytes or fewer in one compare with no branch on the key's length;
    // inlined always, as keyIs is, for only where the words are seen as literals do their heads
    // fold to constants.)
    template <std::size_t... N>
    [[gnu::always_inline]] bool keyIsOneOf(std::uint32_t i, const char (&... words)[N]) const
    {
        return (keyIs(i, words) || ...);
    }

    const lexicon::WordInfo* word(std::uint32_t i) const { return m_words[i]; }
    std::uint32_t classes(std::uint32_t i) const { return m_classes[i]; }
    bool is(std::uint32_t i, std::uint32_t cls) const { return (classes(i) & cls) != 0; }
    bool isWord(std::uint32_t i) const { return m_seg.tokens[i].kind == TokenKind::Word; }
    // a capitalised word (or an abbreviation such as U.S.); inline, as the small tests below
    // are: the later stages ask them hundreds of thousands of times an article set
    bool isCapitalized(std::uint32_t i) const
    {
        const Token& t = m_seg.tokens[i];
        return t.kind == TokenKind::Word && t.has(tokflag::Capitalized) && !t.has(tokflag::Possessive);
    }
    bool isLowerWord(std::uint32_t i) const
    {
        const Token& t = m_seg.tokens[i];
        // (not "al-Rashidi", a name behind its article, which the tokenizer marks capitalised)
        return t.kind == TokenKind::Word && !t.has(tokflag::Possessive) && !chars::isUpper(t.first) && !t.has(tokflag::Capitalized);
    }
    // An adverb: the lexicon's, or a lower-case word in -ly that is no noun ("family", "rally").
    // (The class and the length inline: asked of nearly every word before a cue, it is rarely more.)
    bool isAdverbLike(std::uint32_t i) const
    {
        if (is(i, lexicon::wc::Adverb | lexicon::wc::Negation))
            return true;
        return m_keySize[i] > 4 && isLyAdverb(i);
    }
    // An adverb inside a verb group, "first" too: "was first reported by", and a quantifier
    // floated after the auxiliary: "have all said".
    bool isVerbGroupAdverb(std::uint32_t i) const
    {
        return isAdverbLike(i) || keyIs(i, "first") ||
               (keyIs(i, "all") && i > 0 && is(i - 1, lexicon::wc::Auxiliary));  // (not "has both endorsed … and …")
    }
    // "about 40", "over 300", "nearly half": word i makes the number after it approximate; it
    // opens a noun phrase ("said about 40 members had …"), not a phrase about the saying.
    bool approximatesNumber(std::uint32_t i) const;
    // The conjunction right before word i, or before an adverb before it ("and repeatedly says"):
    // its index, or -1.
    std::int32_t conjunctionBefore(std::uint32_t i) const;
    bool isPunct(std::uint32_t i, char32_t c) const { return m_seg.tokens[i].isPunct(c); }
    bool isWordLike(std::uint32_t i) const
    {
        return m_seg.tokens[i].kind == TokenKind::Word || m_seg.tokens[i].kind == TokenKind::Number;
    }

    const Sentence& sentenceOf(std::uint32_t i) const { return m_seg.sentences[m_seg.tokens[i].sentence]; }
    std::uint32_t paragraphOf(std::uint32_t i) const { return sentenceOf(i).paragraph; }
    // The top-level quotation that token i lies in, or -1.
    std::int32_t quotationAt(std::uint32_t i) const { return m_quotes.outermost[i]; }
    bool insideQuote(std::uint32_t i) const { return m_quotes.outermost[i] >= 0; }

private:
    // A word of at most seven bytes as a little-endian number (folded to a constant for a literal).
    template <std::size_t N>
    static constexpr std::uint64_t packed(const char (&word)[N])
    {
        std::uint64_t bytes = 0;
        for (std::size_t k = 0; k + 1 < N; ++k)
            bytes |= std::uint64_t{static_cast<unsigned char>(word[k])} << (8 * k);
        return bytes;
    }
    static const lexicon::WordInfo* contractedPronoun(std::string_view key);
    static const lexicon::WordInfo* prefixedRole(std::string_view key);
    bool isLyAdverb(std::uint32_t i) const;  // the -ly half of isAdverbLike
    void markPluralPossessives();
    std::string_view m_text;
    Segmentation m_seg;
    QuoteScan m_quotes;
    // Word i's lexicon entry and its classes, from its key and the key's head (as the constructor
    // has made them): the abbreviated title's, the key's, or the contracted pronoun's; none for a
    // possessive.
    static lexicon::Found entryOf(const lexicon::Table& table, const Token* tokens, const std::uint32_t* classes,
                                   std::size_t i, std::string_view key, std::uint64_t head);
    std::unique_ptr<const lexicon::WordInfo*[]> m_words;
    // Each token's lexicon classes (0 where it has no entry), side by side: the later stages ask
    // them of nearly every token they look at, and a look through m_words took a test and a
    // load from the lexicon's entry each time.
    std::unique_ptr<std::uint32_t[]> m_classes;
    // The text lower-cased, in which each word's key stands where the word does (a key is never
    // longer than its word: one with ’ is folded in place); eight bytes longer than the text, so
    // that a key can be read a chunk at a time.
    std::unique_ptr<char[]> m_keys;
    std::unique_ptr<std::uint8_t[]> m_keySize;  // keys are at most TokenKey::kLongest bytes
    std::unique_ptr<std::uint64_t[]> m_keyHeads;  // each key's lexicon::keyHead, for keyIs of a literal word
};

}  // namespace ql
