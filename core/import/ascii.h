#pragma once
// ASCII-only helpers for the markup, labels and names that imports compare: HTML tag
// attributes, charset labels, file extensions. Never for article text.

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace ql::ascii {

inline std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

// Without leading and trailing white space and the characters in `extra`.
inline std::string_view trim(std::string_view s, std::string_view extra = {})
{
    auto strip = [&](char c) { return std::isspace(static_cast<unsigned char>(c)) || extra.find(c) != extra.npos; };
    while (!s.empty() && strip(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && strip(s.back()))
        s.remove_suffix(1);
    return s;
}

}  // namespace ql::ascii
