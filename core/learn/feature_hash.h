#pragma once
// Hashed features for the learned models (cue_features.h, end_features.h): a fixed 64-bit hash
// of strings and a set that combines a template's name with its values' hashes into a slot
// index. Committed weights depend on every bit here: changing it means retraining the models.

#include <array>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace ql::learn {

constexpr std::uint64_t mix(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// Bytes [i, i + count) of s (count <= 8) as a little-endian number.
constexpr std::uint64_t littleEndianAt(std::string_view s, std::size_t i, std::size_t count)
{
    if (!std::is_constant_evaluated() && count == 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, s.data() + i, 8);  // little-endian on every platform we build for
        return chunk;
    }
    std::uint64_t value = 0;
    for (std::size_t k = 0; k < count; ++k)
        value |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i + k])) << (8 * k);
    return value;
}

// Eight bytes at a time; fixed, so that it does not change with the standard library.
constexpr std::uint64_t hashOf(std::string_view s)
{
    std::uint64_t h = s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8)
        h = mix(h ^ littleEndianAt(s, i, 8));
    return mix(h ^ littleEndianAt(s, i, s.size() - i) ^ 0xA5);
}

// hashOf(s) for a string followed by at least eight readable bytes (the analysis' padded keys):
// the last chunk in one load, masked, not a byte at a time.
inline std::uint64_t hashOfPadded(std::string_view s)
{
    std::uint64_t h = s.size();
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8)
        h = mix(h ^ littleEndianAt(s, i, 8));
    std::uint64_t last;
    std::memcpy(&last, s.data() + i, 8);
    const std::size_t rest = s.size() - i;
    last = rest == 0 ? 0 : last & (~std::uint64_t{0} >> (8 * (8 - rest)));
    return mix(h ^ last ^ 0xA5);
}

// The hash of a fixed feature value, at compile time: most values are word classes, not words.
consteval std::uint64_t fixedHash(std::string_view s) { return hashOf(s); }

// A template's name, hashed at compile time (as constexpr it was hashed at run time, for every
// candidate).
consteval std::uint64_t templateName(std::string_view s)
{
    std::uint64_t h = 14695981039346656037ull;
    for (char c : s)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

// Each feature is a template and the hashes of its values: the strings are hashed once per
// candidate, the combinations are a few multiplications each. Count features into Dimension
// (a power of two) slots.
template <std::size_t Count, std::uint32_t Dimension>
class HashedFeatures {
public:
    using Array = std::array<std::uint32_t, Count>;

    void add(std::uint64_t name, std::uint64_t value) { push(combine(name, value)); }
    void add(std::uint64_t name, std::uint64_t first, std::uint64_t second) { push(combine(combine(name, first), second)); }
    const Array& features() const
    {
        assert(m_size == m_out.size());
        return m_out;
    }

private:
    static std::uint64_t combine(std::uint64_t h, std::uint64_t value)
    {
        h = (h ^ value) * 0x9E3779B97F4A7C15ull;  // the values are well-mixed hashes already
        return h ^ (h >> 29);
    }
    void push(std::uint64_t h)
    {
        assert(m_size < m_out.size());
        m_out[m_size++] = static_cast<std::uint32_t>(h >> 32) & (Dimension - 1);
    }

    Array m_out{};  // as many as the caller adds (an array: no check per feature)
    std::size_t m_size = 0;
};

}  // namespace ql::learn
