#include "text/offset_map.h"

#include <algorithm>

namespace ql {

OffsetMap::OffsetMap(std::string_view text)
{
    m_byteToCp.resize(text.size() + 1);
    m_cpToByte.reserve(text.size() + 1);
    std::uint32_t cp = 0;
    for (std::uint32_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) != 0x80) {
            m_cpToByte.push_back(i);
            ++cp;
        }
        // A byte inside a sequence maps to the code point it belongs to.
        m_byteToCp[i] = (c & 0xC0) != 0x80 ? cp - 1 : (cp == 0 ? 0 : cp - 1);
    }
    m_byteToCp[text.size()] = cp;
    m_cpToByte.push_back(static_cast<std::uint32_t>(text.size()));
}

std::uint32_t OffsetMap::toCodePoint(std::uint32_t byteOffset) const
{
    return m_byteToCp[std::min<std::size_t>(byteOffset, m_byteToCp.size() - 1)];
}

std::uint32_t OffsetMap::toByte(std::uint32_t codePointOffset) const
{
    return m_cpToByte[std::min<std::size_t>(codePointOffset, m_cpToByte.size() - 1)];
}

}  // namespace ql
