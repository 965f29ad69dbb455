#include "edit/text_moves.h"

#include "text/chars.h"
#include "text/utf8.h"

namespace ql::moves {

namespace {

std::uint32_t size(std::string_view text) { return static_cast<std::uint32_t>(text.size()); }

// Letters and digits, and an apostrophe or hyphen between two of them (can't, Jean-Luc).
bool wordAt(std::string_view text, std::uint32_t pos)
{
    if (pos >= size(text))
        return false;
    const utf8::Decoded d = utf8::decode(text, pos);
    if (chars::isAlnum(d.codePoint))
        return true;
    if (!chars::isApostrophe(d.codePoint) && d.codePoint != '-')
        return false;
    const std::uint32_t after = pos + d.length;
    return pos > 0 && after < size(text) && chars::isAlnum(utf8::decodeBefore(text, pos).codePoint) &&
           chars::isAlnum(utf8::decode(text, after).codePoint);
}

bool wordBefore(std::string_view text, std::uint32_t pos)
{
    return pos > 0 && wordAt(text, previousCharacter(text, pos));
}

}  // namespace

bool isBoundary(std::string_view text, std::uint32_t pos)
{
    return pos == size(text) || (pos < size(text) && (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80);
}

std::uint32_t nextCharacter(std::string_view text, std::uint32_t pos)
{
    return pos < size(text) ? pos + utf8::decode(text, pos).length : pos;
}

std::uint32_t previousCharacter(std::string_view text, std::uint32_t pos)
{
    return pos > 0 && pos <= size(text) ? pos - utf8::decodeBefore(text, pos).length : pos;
}

namespace {

// Moves over characters that are (or are not) word characters, forwards or backwards.
std::uint32_t skip(std::string_view text, std::uint32_t pos, bool forward, bool words)
{
    if (forward)
        while (pos < size(text) && wordAt(text, pos) == words)
            pos = nextCharacter(text, pos);
    else
        while (pos > 0 && wordBefore(text, pos) == words)
            pos = previousCharacter(text, pos);
    return pos;
}

}  // namespace

std::uint32_t nextWordStart(std::string_view text, std::uint32_t pos)
{
    return skip(text, skip(text, pos, true, true), true, false);
}

std::uint32_t previousWordStart(std::string_view text, std::uint32_t pos)
{
    return skip(text, skip(text, pos, false, false), false, true);
}

std::uint32_t nextWordEnd(std::string_view text, std::uint32_t pos)
{
    return skip(text, skip(text, pos, true, false), true, true);
}

// Drops the last word before `pos` and what follows it: "We are ready,|" → "We are|".
std::uint32_t previousWordEnd(std::string_view text, std::uint32_t pos)
{
    return skip(text, skip(text, skip(text, pos, false, false), false, true), false, false);
}

namespace {

// The nearer of two candidates; one that did not move from `pos` (no such place) loses.
std::uint32_t nearer(std::uint32_t pos, std::uint32_t before, std::uint32_t after, bool beforeFound, bool afterFound)
{
    if (!beforeFound)
        return afterFound ? after : pos;
    if (!afterFound)
        return before;
    return pos - before <= after - pos ? before : after;
}

}  // namespace

std::uint32_t nearestWordStart(std::string_view text, std::uint32_t pos)
{
    if (wordAt(text, pos) && !wordBefore(text, pos))
        return pos;
    const std::uint32_t before = previousWordStart(text, pos);
    const std::uint32_t after = nextWordStart(text, pos);
    return nearer(pos, before, after, wordAt(text, before) && before < pos, wordAt(text, after));
}

std::uint32_t nearestWordEnd(std::string_view text, std::uint32_t pos)
{
    if (wordBefore(text, pos) && !wordAt(text, pos))
        return pos;
    // The end of the word before: back to this word's start, then over what is not a word.
    const std::uint32_t before = skip(text, skip(text, pos, false, true), false, false);
    const std::uint32_t after = nextWordEnd(text, pos);
    return nearer(pos, before, after, wordBefore(text, before), wordBefore(text, after) && after > pos);
}

}  // namespace ql::moves
