#pragma once
// Character encodings of article files: what the bytes say about themselves (a byte order
// mark, an HTML <meta charset>), what their statistics suggest, or what the user insists on.
// Everything is decoded to UTF-8; invalid bytes become U+FFFD, never an error.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

// "utf-8", "UTF8", "windows-1252", "iso-8859-1", "latin1", "us-ascii", "utf-16le", ...
// ISO-8859-1 and ASCII are read as Windows-1252, as browsers do (WHATWG Encoding).
std::optional<Encoding> encodingFromLabel(std::string_view label);
std::string_view encodingName(Encoding encoding);

// The charset an HTML document declares in its first bytes (<meta charset>, or
// <meta http-equiv="Content-Type" content="...; charset=...">), if any.
std::optional<std::string> declaredHtmlCharset(std::string_view bytes);

struct DecodedText {
    std::string text;  // UTF-8 without BOM; newlines as in the input
    Encoding encoding = Encoding::Utf8;
    std::vector<std::string> warnings;
};

struct DecodeHints {
    std::optional<Encoding> override{};  // the user's choice wins over everything
    std::string declaredCharset{};        // e.g. from HTML or an HTTP Content-Type header
};

// Picks the encoding (override, BOM, declaration, then byte statistics) and decodes.
DecodedText decodeText(std::string_view bytes, const DecodeHints& hints = {});

std::string decodeUtf16(std::string_view bytes, bool bigEndian);

}  // namespace ql
