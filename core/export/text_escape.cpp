#include "export/text_escape.h"

#include "text/utf8.h"

namespace ql {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool isControl(char32_t c)
{
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

// Calls ascii(out, byte, pos) for every ASCII byte that may stay and appends the rest itself,
// replacing invalid sequences and control characters.
template <typename Ascii>
void appendSafe(std::string& out, std::string_view text, Ascii ascii)
{
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {
            if (isControl(byte))
                out += kReplacement;
            else
                ascii(out, static_cast<char>(byte), pos);
            ++pos;
            continue;
        }
        const utf8::Decoded d = utf8::decode(text, pos);
        const bool invalid = d.codePoint == 0xFFFD && d.length == 1;
        if (invalid || isControl(d.codePoint))
            out += kReplacement;
        else
            out.append(text.substr(pos, d.length));
        pos += d.length;
    }
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isAsciiAlnum(char c) { return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "&amp;", "&#65;": what Markdown would decode as a character reference.
bool startsEntity(std::string_view text, std::size_t amp)
{
    std::size_t at = amp + 1;
    if (at < text.size() && text[at] == '#')
        ++at;
    const std::size_t first = at;
    while (at < text.size() && isAsciiAlnum(text[at]))
        ++at;
    return at > first && at < text.size() && text[at] == ';';
}

}  // namespace

void appendHtml(std::string& out, std::string_view text)
{
    appendSafe(out, text, [](std::string& o, char c, std::size_t) {
        switch (c) {
        case '&': o += "&amp;"; break;
        case '<': o += "&lt;"; break;
        case '>': o += "&gt;"; break;
        case '"': o += "&quot;"; break;
        case '\'': o += "&#39;"; break;
        default: o += c;
        }
    });
}

std::string escapeHtml(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    appendHtml(out, text);
    return out;
}

std::string csvField(std::string_view text)
{
    std::string safe;
    bool quote = false;
    appendSafe(safe, text, [&quote](std::string& o, char c, std::size_t) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            quote = true;
        o += c;
        if (c == '"')
            o += '"';
    });
    return quote ? '"' + safe + '"' : safe;
}

void appendMarkdown(std::string& out, std::string_view text, bool lineStart)
{
    // Where the line's first non-space character is; leading spaces are dropped, since four of
    // them would make a code block.
    std::size_t first = 0;
    if (lineStart)
        while (first < text.size() && (text[first] == ' ' || text[first] == '\t'))
            ++first;
    const std::string_view rest = text.substr(first);
    std::size_t digits = 0;
    while (lineStart && digits < rest.size() && isDigit(rest[digits]))
        ++digits;
    appendSafe(out, rest, [&](std::string& o, char c, std::size_t pos) {
        bool escape = false;
        switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '~':
            escape = true;
            break;
        case '&':
            escape = startsEntity(rest, pos);
            break;
        case '#': case '+': case '-': case '=':
            escape = lineStart && pos == 0;  // headings, lists, setext underlines, rules
            break;
        case '.': case ')':
            escape = lineStart && digits > 0 && pos == digits;  // "1. " would start a list
            break;
        default: break;
        }
        if (escape)
            o += '\\';
        o += c;
    });
}

}  // namespace ql
