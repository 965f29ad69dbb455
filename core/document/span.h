#pragma once
// A half-open range [begin, end) of UTF-8 byte offsets into an article's text.
// Core works in bytes; offsets leave the program as code points (see text/offset_map.h).

#include <compare>
#include <cstdint>
#include <string_view>

namespace ql {

struct Span final {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    constexpr std::uint32_t size() const { return end > begin ? end - begin : 0; }
    constexpr bool empty() const { return end <= begin; }
    constexpr bool contains(std::uint32_t offset) const { return offset >= begin && offset < end; }
    constexpr bool contains(Span other) const { return other.begin >= begin && other.end <= end; }
    constexpr bool overlaps(Span other) const { return begin < other.end && other.begin < end; }
    std::string_view in(std::string_view text) const { return text.substr(begin, size()); }

    friend constexpr auto operator<=>(const Span&, const Span&) = default;
};

}  // namespace ql
