#include "import/encoding.h"

#include "import/ascii.h"
#include "text/utf8.h"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace ql {

namespace {

// The value after "charset=" in a Content-Type-like string, up to a delimiter.
std::optional<std::string> charsetParameter(std::string_view lowered)
{
    const auto at = lowered.find("charset");
    if (at == std::string_view::npos)
        return std::nullopt;
    std::size_t i = at + 7;
    while (i < lowered.size() && std::isspace(static_cast<unsigned char>(lowered[i])))
        ++i;
    if (i >= lowered.size() || lowered[i] != '=')
        return std::nullopt;
    ++i;
    while (i < lowered.size() && (std::isspace(static_cast<unsigned char>(lowered[i])) || lowered[i] == '"' || lowered[i] == '\''))
        ++i;
    std::size_t end = i;
    while (end < lowered.size() && !std::strchr(" \t\r\n;\"'>/", lowered[end]))
        ++end;
    if (end == i)
        return std::nullopt;
    return std::string(lowered.substr(i, end - i));
}

// UTF-16 without a BOM shows itself as a NUL byte beside most ASCII characters.
std::optional<Encoding> utf16ByStatistics(std::string_view bytes)
{
    const std::size_t n = std::min<std::size_t>(bytes.size() & ~std::size_t{1}, 4096);
    if (n < 8)
        return std::nullopt;
    std::size_t evenZero = 0, oddZero = 0;
    for (std::size_t i = 0; i < n; i += 2) {
        evenZero += bytes[i] == '\0';
        oddZero += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = n / 2;
    if (oddZero * 10 >= pairs * 7 && evenZero * 10 < pairs)
        return Encoding::Utf16LE;
    if (evenZero * 10 >= pairs * 7 && oddZero * 10 < pairs)
        return Encoding::Utf16BE;
    return std::nullopt;
}

bool hasMultibyte(std::string_view bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Decodes valid or invalid UTF-8, replacing each invalid byte with U+FFFD.
std::string repairUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t pos = 0; pos < bytes.size();) {
        const utf8::Decoded d = utf8::decode(bytes, pos);
        if (d.length == 1 && static_cast<unsigned char>(bytes[pos]) < 0x80)
            out += bytes[pos];
        else
            utf8::append(out, d.codePoint);
        pos += d.length;
    }
    return out;
}

std::string invalidUtf8Warning(std::string_view bytes, std::size_t bomSize, std::string_view then)
{
    const auto invalid = utf8::findInvalid(bytes);
    // The byte offset counts from the start of the file, BOM included, as a hex editor shows it.
    return "invalid UTF-8 at line " + std::to_string(invalid->line) + ", column " + std::to_string(invalid->column) +
           " (byte " + std::to_string(invalid->byteOffset + bomSize) + "): " + std::string(then);
}

}  // namespace

std::optional<Encoding> encodingFromLabel(std::string_view label)
{
    std::string l = ascii::lower(ascii::trim(label, "\"'"));
    l.erase(std::remove(l.begin(), l.end(), '_'), l.end());
    if (l == "utf-8" || l == "utf8" || l == "unicode-1-1-utf-8")
        return Encoding::Utf8;
    if (l == "utf-16le" || l == "utf16le" || l == "utf-16" || l == "utf16" || l == "unicode")
        return Encoding::Utf16LE;
    if (l == "utf-16be" || l == "utf16be")
        return Encoding::Utf16BE;
    static constexpr std::string_view kWestern[] = {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso88591", "iso-8859-15", "latin1",
        "latin-1", "l1", "iso-ir-100", "ibm819", "cp819", "us-ascii", "ascii", "ansi_x3.4-1968"};
    if (std::find(std::begin(kWestern), std::end(kWestern), l) != std::end(kWestern))
        return Encoding::Windows1252;
    return std::nullopt;
}

std::string_view encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Utf16LE: return "UTF-16LE";
    case Encoding::Utf16BE: return "UTF-16BE";
    case Encoding::Windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

std::optional<std::string> declaredHtmlCharset(std::string_view bytes)
{
    // Like a browser's prescan, only the first bytes count; some pages put scripts first.
    const std::string head = ascii::lower(bytes.substr(0, 16384));
    for (std::size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
        const auto end = head.find('>', at);
        if (end == std::string::npos)
            break;
        const std::string_view tag = std::string_view(head).substr(at, end - at);
        if (auto charset = charsetParameter(tag))
            return charset;
    }
    return std::nullopt;
}

std::string decodeUtf16(std::string_view bytes, bool bigEndian)
{
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? (char32_t(a) << 8 | b) : (char32_t(b) << 8 | a);
    };
    std::size_t i = 0;
    for (; i + 1 < bytes.size(); i += 2) {
        const char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                utf8::append(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                i += 2;
                continue;
            }
        }
        utf8::append(out, (u >= 0xD800 && u <= 0xDFFF) ? 0xFFFD : u);  // a lone surrogate
    }
    if (i < bytes.size())
        utf8::append(out, 0xFFFD);  // an odd trailing byte
    return out;
}

DecodedText decodeText(std::string_view bytes, const DecodeHints& hints)
{
    DecodedText result;
    std::optional<Encoding> bom;
    std::size_t bomSize = 0;
    if (bytes.starts_with("\xEF\xBB\xBF")) {
        bom = Encoding::Utf8;
        bomSize = 3;
    } else if (bytes.starts_with("\xFF\xFE")) {
        bom = Encoding::Utf16LE;
        bomSize = 2;
    } else if (bytes.starts_with("\xFE\xFF")) {
        bom = Encoding::Utf16BE;
        bomSize = 2;
    }
    std::optional<Encoding> chosen = hints.override;
    if (!chosen)
        chosen = bom;
    if (!chosen)
        chosen = utf16ByStatistics(bytes);
    std::optional<Encoding> declared;
    if (!chosen && !hints.declaredCharset.empty()) {
        declared = encodingFromLabel(hints.declaredCharset);
        if (!declared)
            result.warnings.push_back("unknown charset \"" + hints.declaredCharset + "\": guessed from the bytes");
        // A page saved as UTF-8 often keeps its old declaration: valid UTF-8 with non-ASCII
        // bytes is almost never Windows-1252 text by chance.
        if (declared == Encoding::Windows1252 && hasMultibyte(bytes) && !utf8::findInvalid(bytes)) {
            result.warnings.push_back("declared as " + hints.declaredCharset + " but valid UTF-8: read as UTF-8");
            declared = Encoding::Utf8;
        }
        chosen = declared;
    }
    if (chosen && bom == chosen)
        bytes.remove_prefix(bomSize);
    else
        bomSize = 0;  // an override that contradicts the BOM keeps the bytes as they are

    const Encoding encoding = chosen.value_or(Encoding::Utf8);
    result.encoding = encoding;
    switch (encoding) {
    case Encoding::Utf16LE:
    case Encoding::Utf16BE:
        result.text = decodeUtf16(bytes, encoding == Encoding::Utf16BE);
        break;
    case Encoding::Windows1252:
        result.text = utf8::fromWindows1252(bytes);
        break;
    case Encoding::Utf8:
        if (!utf8::findInvalid(bytes)) {
            result.text = std::string(bytes);
        } else if (hints.override) {
            result.warnings.push_back(invalidUtf8Warning(bytes, bomSize, "replaced the invalid bytes"));
            result.text = repairUtf8(bytes);
        } else {
            result.warnings.push_back(invalidUtf8Warning(bytes, bomSize, "read the file as Windows-1252"));
            result.text = utf8::fromWindows1252(bytes);
            result.encoding = Encoding::Windows1252;
        }
        break;
    }
    return result;
}

}  // namespace ql
