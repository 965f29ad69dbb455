#pragma once
// Where a span's edge goes when it is nudged: by one character (a code point, never inside
// a UTF-8 sequence) or by one word. Begin edges stop at word starts, end edges at word
// ends, as the keyboard does in a text editor. Positions are byte offsets; each function
// returns `pos` itself when there is nowhere to go.

#include <cstdint>
#include <string_view>

namespace ql::moves {

std::uint32_t nextCharacter(std::string_view text, std::uint32_t pos);
std::uint32_t previousCharacter(std::string_view text, std::uint32_t pos);

std::uint32_t nextWordStart(std::string_view text, std::uint32_t pos);
std::uint32_t previousWordStart(std::string_view text, std::uint32_t pos);
std::uint32_t nextWordEnd(std::string_view text, std::uint32_t pos);
std::uint32_t previousWordEnd(std::string_view text, std::uint32_t pos);

// Where a dragged edge snaps: the word start (or word end) nearest to `pos`; `pos` itself
// when there is none.
std::uint32_t nearestWordStart(std::string_view text, std::uint32_t pos);
std::uint32_t nearestWordEnd(std::string_view text, std::uint32_t pos);

// Whether `pos` is a code point boundary of `text` (or its end).
bool isBoundary(std::string_view text, std::uint32_t pos);

}  // namespace ql::moves
