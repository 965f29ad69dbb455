#pragma once
// Word tokens as the evaluation counts them (shared/eval/README.md): runs of letters and
// digits, compared lower-cased. Decided on code points: ASCII letters and digits, plus
// every code point from U+0080 up that is not punctuation, a space or a symbol in the
// ranges listed in word_tokens.cpp. Deliberately independent of the engine's own
// character classes, so that a change to the engine never moves the yardstick.

#include "document/span.h"

#include <string>
#include <string_view>
#include <vector>

namespace ql::eval {

bool isWordCodePoint(char32_t c);

// Simple case folding for the scripts news is written in: ASCII, Latin-1, Latin
// Extended-A, Greek and Cyrillic. Other code points are returned unchanged.
char32_t foldCase(char32_t c);

// The words of `text`, as byte spans in reading order.
std::vector<Span> wordSpans(std::string_view text);

// The words of `text`, lower-cased.
std::vector<std::string> words(std::string_view text);

}  // namespace ql::eval
