#pragma once
// UTF-8 helpers: validation, decoding one code point, and Windows-1252 fallback decoding.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ql::utf8 {

struct Decoded {
    char32_t codePoint = 0;
    std::uint32_t length = 1;  // bytes consumed; 1 for an invalid byte (decoded as U+FFFD)
};

// Decodes the code point that starts at byte `pos`. Invalid sequences give U+FFFD, length 1.
Decoded decode(std::string_view text, std::size_t pos);

// Decodes the code point that ends just before byte `pos` (pos > 0).
Decoded decodeBefore(std::string_view text, std::size_t pos);

void append(std::string& out, char32_t codePoint);

struct Invalid {
    std::size_t byteOffset = 0;
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in code points
};

// The first invalid byte sequence, or nullopt when `text` is valid UTF-8.
std::optional<Invalid> findInvalid(std::string_view text);

// Windows-1252 (a superset of ISO-8859-1's printable range) to UTF-8.
std::string fromWindows1252(std::string_view bytes);

// Strips a UTF-8 byte order mark.
std::string_view stripBom(std::string_view text);

std::size_t countCodePoints(std::string_view text);

}  // namespace ql::utf8
