#include "eval/word_tokens.h"

#include "text/utf8.h"

#include <algorithm>
#include <iterator>

namespace ql::eval {

namespace {

struct Range {
    char32_t first;
    char32_t last;
};

// Code points from U+0080 up that separate words. Sorted; everything else from U+0080 up
// (letters of any script, combining marks, ideographs) belongs to words.
constexpr Range kSeparators[] = {
    {0x0080, 0x00A9}, {0x00AB, 0x00B4}, {0x00B6, 0x00B9}, {0x00BB, 0x00BF},  // C1 controls, NBSP, Latin-1 punctuation
    {0x00D7, 0x00D7}, {0x00F7, 0x00F7},                                      // × ÷
    {0x02B9, 0x02FF},                                                        // modifier letters used as accents and apostrophes
    {0x037E, 0x037E}, {0x0387, 0x0387},                                      // Greek question mark, ano teleia
    {0x055A, 0x055F}, {0x0589, 0x058A},                                      // Armenian punctuation
    {0x05BE, 0x05BE}, {0x05C0, 0x05C0}, {0x05C3, 0x05C3}, {0x05F3, 0x05F4},  // Hebrew punctuation
    {0x060C, 0x060D}, {0x061B, 0x061F}, {0x066A, 0x066D}, {0x06D4, 0x06D4},  // Arabic punctuation
    {0x0964, 0x0965}, {0x0E4F, 0x0E4F}, {0x0E5A, 0x0E5B},                    // Devanagari danda, Thai marks
    {0x1680, 0x1680}, {0x180E, 0x180E},                                      // Ogham space, Mongolian separator
    {0x2000, 0x206F},                                                        // general punctuation and spaces
    {0x20A0, 0x20CF},                                                        // currency symbols
    {0x2100, 0x214F},                                                        // letterlike symbols (™ ℃ №)
    {0x2190, 0x2BFF},                                                        // arrows, maths, technical, boxes, dingbats
    {0x2E00, 0x2E7F},                                                        // supplemental punctuation
    {0x3000, 0x3004}, {0x3008, 0x3020}, {0x3030, 0x3030},                    // CJK spaces, brackets and marks
    {0xE000, 0xF8FF},                                                        // private use
    {0xFE00, 0xFE0F},                                                        // variation selectors (after emoji)
    {0xFE10, 0xFE19}, {0xFE30, 0xFE6F},                                      // vertical, compatibility and small forms
    {0xFEFF, 0xFEFF},                                                        // byte order mark
    {0xFF01, 0xFF0F}, {0xFF1A, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65},  // fullwidth punctuation
    {0xFFF0, 0xFFFF},                                                        // specials, U+FFFD
    {0x1F000, 0x1FAFF},                                                      // emoji, pictographs, game symbols
    {0xE0000, 0xE007F},                                                      // tags
};

}  // namespace

bool isWordCodePoint(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    auto it = std::upper_bound(std::begin(kSeparators), std::end(kSeparators), c,
                               [](char32_t value, const Range& range) { return value < range.first; });
    return it == std::begin(kSeparators) || c > std::prev(it)->last;
}

char32_t foldCase(char32_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c + 0x20;
    if (c < 0xC0)
        return c;
    if (c <= 0xDE && c != 0xD7)
        return c + 0x20;                                   // À..Þ
    if (c >= 0x0100 && c <= 0x0137 && c % 2 == 0)
        return c + 1;                                      // Ā..Ķ
    if (c >= 0x0139 && c <= 0x0148 && c % 2 == 1)
        return c + 1;                                      // Ĺ..Ň
    if (c >= 0x014A && c <= 0x0177 && c % 2 == 0)
        return c + 1;                                      // Ŋ..Ŷ
    if (c == 0x0178)
        return 0xFF;                                       // Ÿ
    if ((c == 0x0179 || c == 0x017B || c == 0x017D))
        return c + 1;                                      // Ź Ż Ž
    if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2)
        return c + 0x20;                                   // Greek capitals
    if (c >= 0x0410 && c <= 0x042F)
        return c + 0x20;                                   // Cyrillic А..Я
    if (c >= 0x0400 && c <= 0x040F)
        return c + 0x50;                                   // Cyrillic Ѐ..Џ
    return c;
}

std::vector<Span> wordSpans(std::string_view text)
{
    std::vector<Span> spans;
    std::size_t pos = 0;
    bool inWord = false;
    while (pos < text.size()) {
        const utf8::Decoded d = utf8::decode(text, pos);
        const bool word = isWordCodePoint(d.codePoint);
        if (word && !inWord)
            spans.push_back({static_cast<std::uint32_t>(pos), 0});
        if (!word && inWord)
            spans.back().end = static_cast<std::uint32_t>(pos);
        inWord = word;
        pos += d.length;
    }
    if (inWord)
        spans.back().end = static_cast<std::uint32_t>(text.size());
    return spans;
}

std::vector<std::string> words(std::string_view text)
{
    std::vector<std::string> result;
    for (Span span : wordSpans(text)) {
        const std::string_view word = span.in(text);
        std::string folded;
        for (std::size_t pos = 0; pos < word.size();) {
            const utf8::Decoded d = utf8::decode(word, pos);
            utf8::append(folded, foldCase(d.codePoint));
            pos += d.length;
        }
        result.push_back(std::move(folded));
    }
    return result;
}

}  // namespace ql::eval
