#pragma once
// Converts between UTF-8 byte offsets (core's own) and Unicode code point offsets
// (JSON, CSV and the evaluation format) in O(1) each way after one linear pass.

#include <cstdint>
#include <string_view>
#include <vector>

namespace ql {

class OffsetMap final {
public:
    explicit OffsetMap(std::string_view text);

    std::uint32_t toCodePoint(std::uint32_t byteOffset) const;
    std::uint32_t toByte(std::uint32_t codePointOffset) const;
    std::uint32_t codePointCount() const { return static_cast<std::uint32_t>(m_cpToByte.size()) - 1; }

private:
    std::vector<std::uint32_t> m_byteToCp;  // size bytes + 1
    std::vector<std::uint32_t> m_cpToByte;  // size code points + 1
};

}  // namespace ql
