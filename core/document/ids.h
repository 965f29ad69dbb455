#pragma once
// Stable ids for quotes and speakers. Edits, the UI and saved files refer to these,
// never to positions in a vector or to pointers.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ql {

template <char Prefix>
struct Id final {
    std::uint32_t value = 0;  // 0 means "none"

    constexpr bool valid() const { return value != 0; }
    constexpr explicit operator bool() const { return valid(); }
    std::string toString() const { return valid() ? Prefix + std::to_string(value) : std::string(); }
    static std::optional<Id> parse(std::string_view s);

    friend constexpr auto operator<=>(const Id&, const Id&) = default;
};

using SpeakerId = Id<'s'>;
using QuoteId = Id<'q'>;

template <char Prefix>
std::optional<Id<Prefix>> Id<Prefix>::parse(std::string_view s)
{
    if (s.size() < 2 || s.front() != Prefix)
        return std::nullopt;
    std::uint32_t v = 0;
    for (char c : s.substr(1)) {
        if (c < '0' || c > '9' || v > 400000000u)
            return std::nullopt;
        v = v * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (v == 0)
        return std::nullopt;
    return Id{v};
}

}  // namespace ql
