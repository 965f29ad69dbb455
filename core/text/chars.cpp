#include "text/chars.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace ql::chars {

namespace {

// The letter without its accent of each code point from U+00C0 to U+017F (Latin-1 and Latin
// Extended-A), lower-cased; 0 where there is none to give in one letter (Æ, ß, Œ, ×).
constexpr std::array<char, 0x180 - 0xC0> kUnaccented = [] {
    using namespace std::string_view_literals;
    std::array<char, 0x180 - 0xC0> table{};
    constexpr std::string_view kLatin1 = "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y"sv;
    constexpr std::string_view kExtendedA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkk\0llllllllll"
                                            "nnnnnn\0\0\0oooooo\0\0rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"sv;
    for (std::size_t i = 0; i < kLatin1.size(); ++i)
        table[i] = kLatin1[i];
    for (std::size_t i = 0; i < kExtendedA.size(); ++i)
        table[0x40 + i] = kExtendedA[i];
    return table;
}();
static_assert(kUnaccented[0xD3 - 0xC0] == 'o' && kUnaccented[0xFF - 0xC0] == 'y' && kUnaccented[0x144 - 0xC0] == 'n' &&
              kUnaccented[0x17E - 0xC0] == 'z' && kUnaccented[0x141 - 0xC0] == 'l');

}  // namespace

bool isSpaceBeyondAscii(char32_t c)
{
    return c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

bool isLetterBeyondAscii(char32_t c)
{
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA;  // ª µ º; the rest of Latin-1 is symbols
    if (c == 0xD7 || c == 0xF7)
        return false;  // × ÷
    if (c >= 0x2000 && c <= 0x2BFF)
        return false;  // punctuation, symbols, arrows, math, box drawing
    if (c >= 0x3000 && c <= 0x303F)
        return false;  // CJK punctuation
    if (c >= 0xFE30 && c <= 0xFE4F)
        return false;
    if (c >= 0xFF00 && c <= 0xFF0F)
        return false;
    if (c >= 0x1F000 && c <= 0x1FAFF)
        return false;  // emoji and pictographs
    if (c == 0xFFFD || c == 0xFEFF)
        return false;
    return true;
}

bool isUpperBeyondAscii(char32_t c)
{
    if (c >= 0xC0 && c <= 0xDE)
        return c != 0xD7;
    // Latin Extended-A pairs upper and lower case, the upper first: at even code points, but at
    // odd ones from Ĺ to ň and from Ź to ž ("Łukasz", "Żaneta"), after the unpaired ĸ and ŉ
    if (c >= 0x100 && c <= 0x137)
        return c % 2 == 0;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E))
        return c % 2 == 1;
    if (c >= 0x14A && c <= 0x177)
        return c % 2 == 0;
    if (c == 0x178)
        return true;  // Ÿ
    if (c >= 0x391 && c <= 0x3A9)
        return true;  // Greek
    if (c >= 0x400 && c <= 0x42F)
        return true;  // Cyrillic
    return false;
}

bool isDash(char32_t c) { return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }

bool isQuoteMark(char32_t c)
{
    switch (c) {
    case '"': case '\'': case 0x201C: case 0x201D: case 0x2018: case 0x2019: case 0x201E:
    case 0x201A: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x201F: case 0x201B:
        return true;
    default:
        return false;
    }
}

char unaccented(unsigned char lead, unsigned char next)
{
    if (lead < 0xC3 || lead > 0xC5 || (next & 0xC0) != 0x80)
        return 0;
    const std::size_t codePoint = (static_cast<std::size_t>(lead & 0x1F) << 6) | (next & 0x3F);
    return kUnaccented[codePoint - 0xC0];
}

}  // namespace ql::chars
