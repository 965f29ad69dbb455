#pragma once
// Plain text articles. Every line is a paragraph, except where a paragraph was hard-wrapped
// (lines broken near a fixed width): those line breaks become spaces. Nothing else changes,
// so offsets into the result are offsets into the file (after newline normalisation).

#include <string>
#include <string_view>

namespace ql {

// '\r\n' and '\r' become '\n'.
std::string normaliseNewlines(std::string_view text);

// Joins the lines of hard-wrapped paragraphs in place: each joined break becomes a space.
// Returns how many line breaks were joined.
std::size_t rejoinWrappedLines(std::string& text);

}  // namespace ql
