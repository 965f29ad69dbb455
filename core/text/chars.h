#pragma once
// Character classes the engine needs, for the scripts news is written in. Not a full
// Unicode database: enough to tell letters, digits, spaces, dashes and quote marks apart.

namespace ql::chars {

bool isSpace(char32_t c);        // includes no-break and typographic spaces
bool isLetter(char32_t c);       // letters of any script we know, and marks inside words
bool isDigit(char32_t c);
bool isUpper(char32_t c);
bool isDash(char32_t c);         // - – — ―
bool isQuoteMark(char32_t c);    // " ' “ ” ‘ ’ „ ‚ « » ‹ ›
bool isApostrophe(char32_t c);   // ' ’ (also quote marks: context decides)
inline bool isAlnum(char32_t c) { return isLetter(c) || isDigit(c); }

}  // namespace ql::chars
