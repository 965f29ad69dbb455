#include "text/chars.h"

namespace ql::chars {

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

}  // namespace ql::chars
