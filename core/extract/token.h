#pragma once
// Tokens, sentences and paragraphs: the segmenter's output, the input of every later stage.

#include "document/span.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

enum class TokenKind : std::uint8_t { Word, Number, Punct, QuoteMark };

namespace tokflag {
inline constexpr std::uint16_t Capitalized = 1 << 0;   // first letter upper case
inline constexpr std::uint16_t AllCaps = 1 << 1;       // two or more letters, all upper case
inline constexpr std::uint16_t Abbreviation = 1 << 2;  // ends with its own period ("Dr.", "U.S.")
inline constexpr std::uint16_t Title = 1 << 3;         // an abbreviation that never ends a sentence
inline constexpr std::uint16_t Possessive = 1 << 4;    // "’s" split off a word
inline constexpr std::uint16_t SpaceBefore = 1 << 5;   // whitespace (or line start) before it
inline constexpr std::uint16_t ParagraphStart = 1 << 6;
inline constexpr std::uint16_t SentenceStart = 1 << 7;
inline constexpr std::uint16_t Ellipsis = 1 << 8;      // ... … . . .
inline constexpr std::uint16_t SpaceAfter = 1 << 9;
}  // namespace tokflag

struct Token final {
    Span span;
    TokenKind kind = TokenKind::Word;
    std::uint16_t flags = 0;
    char32_t first = 0;          // first code point
    std::uint32_t sentence = 0;  // index into Segmentation::sentences

    bool has(std::uint16_t f) const { return (flags & f) != 0; }
    bool isPunct(char32_t c) const { return kind == TokenKind::Punct && first == c; }
};

struct Sentence final {
    Span span;
    std::uint32_t firstToken = 0, endToken = 0;
    std::uint32_t paragraph = 0;
};

struct Paragraph final {
    Span span;
    std::uint32_t firstToken = 0, endToken = 0;
    std::uint32_t firstSentence = 0, endSentence = 0;
};

struct Segmentation final {
    std::vector<Paragraph> paragraphs;
    std::vector<Sentence> sentences;
    std::vector<Token> tokens;
};

// Lower-cased ASCII form of a token for lexicon look-ups, with ’ folded to ', an
// abbreviation's final period dropped and non-ASCII bytes kept. Tokens longer than the buffer give an empty key.
class TokenKey final {
public:
    static constexpr std::size_t kLongest = 48;
    TokenKey(std::string_view text, const Token& token);
    std::string_view view() const { return {m_buffer, m_size}; }
    operator std::string_view() const { return view(); }

private:
    char m_buffer[kLongest];
    std::size_t m_size = 0;
};

// Writes a word's TokenKey form to `out` (room for TokenKey::kLongest bytes) and returns its
// length, 0 when too long.
std::size_t foldKey(std::string_view word, char* out);

// One line per token/sentence/paragraph, for tests and debugging.
std::string dump(std::string_view text, const Segmentation& seg);

}  // namespace ql
