#pragma once
// Character classes the engine needs, for the scripts news is written in. Not a full
// Unicode database: enough to tell letters, digits, spaces, dashes and quote marks apart.

namespace ql::chars {

// The ASCII cases inline (they are nearly every character of an English article), the rest
// out of line.
bool isSpaceBeyondAscii(char32_t c);
bool isLetterBeyondAscii(char32_t c);
bool isUpperBeyondAscii(char32_t c);

// includes no-break and typographic spaces
inline bool isSpace(char32_t c) { return c < 0x80 ? c == ' ' || (c >= '\t' && c <= '\r') : isSpaceBeyondAscii(c); }
// letters of any script we know, and marks inside words
inline bool isLetter(char32_t c)
{
    return c < 0x80 ? static_cast<char32_t>((c | 0x20) - 'a') < 26 : isLetterBeyondAscii(c);
}
inline bool isDigit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool isUpper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : isUpperBeyondAscii(c); }
bool isDash(char32_t c);         // - – — ―
bool isQuoteMark(char32_t c);    // " ' “ ” ‘ ’ „ ‚ « » ‹ ›
inline bool isApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }  // ' ’ (also quote marks: context decides)
inline bool isAlnum(char32_t c) { return isLetter(c) || isDigit(c); }

// The lower-case ASCII letter a Latin letter from U+00C0 to U+017F reads as without its accent
// ("é" → 'e', "Ł" → 'l'), given its two UTF-8 bytes; 0 for any other character and where no
// one letter stands for it (Æ, ß, Œ).
char unaccented(unsigned char lead, unsigned char next);

}  // namespace ql::chars
