#include "text/utf8.h"

namespace ql::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

Decoded decode(std::string_view text, std::size_t pos)
{
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    const unsigned char c = s[pos];
    if (c < 0x80)
        return {c, 1};
    std::uint32_t len = 0;
    char32_t cp = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return {kReplacement, 1};
    if (pos + len > n)
        return {kReplacement, 1};
    for (std::uint32_t i = 1; i < len; ++i) {
        if (!isContinuation(s[pos + i]))
            return {kReplacement, 1};
        cp = (cp << 6) | (s[pos + i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return {kReplacement, 1};
    return {cp, len};
}

Decoded decodeBefore(std::string_view text, std::size_t pos)
{
    std::size_t start = pos - 1;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    while (start > 0 && pos - start < 4 && isContinuation(s[start]))
        --start;
    Decoded d = decode(text, start);
    if (start + d.length != pos)
        return {kReplacement, 1};
    return d;
}

void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::optional<Invalid> findInvalid(std::string_view text)
{
    Invalid where;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto c = static_cast<unsigned char>(text[pos]);
        if (c < 0x80) {
            ++pos;
            if (c == '\n') { ++where.line; where.column = 1; }
            else ++where.column;
            continue;
        }
        Decoded d = decode(text, pos);
        if (d.codePoint == kReplacement && d.length == 1) {
            where.byteOffset = pos;
            return where;
        }
        pos += d.length;
        ++where.column;
    }
    return std::nullopt;
}

std::string fromWindows1252(std::string_view bytes)
{
    // 0x80..0x9F differ from ISO-8859-1; undefined slots map to U+FFFD.
    static constexpr char32_t k80[32] = {
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c < 0x80) out += ch;
        else if (c < 0xA0) append(out, k80[c - 0x80]);
        else append(out, c);
    }
    return out;
}

std::string_view stripBom(std::string_view text)
{
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    return text;
}

std::size_t countCodePoints(std::string_view text)
{
    std::size_t n = 0;
    for (char ch : text)
        n += !isContinuation(static_cast<unsigned char>(ch));
    return n;
}

}  // namespace ql::utf8
