#include "ui/text_positions.h"

#include "text/utf8.h"

#include <algorithm>

namespace qlui {

TextPositions::TextPositions() : m_byteToPosition{0}, m_positionToByte{0} {}

TextPositions::TextPositions(std::string_view utf8)
{
    m_text.reserve(static_cast<qsizetype>(utf8.size()));
    m_byteToPosition.reserve(utf8.size() + 1);
    m_positionToByte.reserve(utf8.size() + 1);
    for (std::size_t byte = 0; byte < utf8.size();) {
        const ql::utf8::Decoded decoded = ql::utf8::decode(utf8, byte);
        const auto position = static_cast<int>(m_text.size());
        m_byteToPosition.insert(m_byteToPosition.end(), decoded.length, position);
        if (QChar::requiresSurrogates(decoded.codePoint)) {
            m_text.append(QChar(QChar::highSurrogate(decoded.codePoint)));
            m_text.append(QChar(QChar::lowSurrogate(decoded.codePoint)));
            m_positionToByte.insert(m_positionToByte.end(), 2, static_cast<std::uint32_t>(byte));
        } else {
            m_text.append(QChar(static_cast<char16_t>(decoded.codePoint)));
            m_positionToByte.push_back(static_cast<std::uint32_t>(byte));
        }
        byte += decoded.length;
    }
    m_byteToPosition.push_back(static_cast<int>(m_text.size()));
    m_positionToByte.push_back(static_cast<std::uint32_t>(utf8.size()));
}

int TextPositions::toDocument(std::uint32_t byteOffset) const
{
    return m_byteToPosition[std::min<std::size_t>(byteOffset, m_byteToPosition.size() - 1)];
}

TextRange TextPositions::toDocument(ql::Span span) const
{
    return {toDocument(span.begin), toDocument(span.end)};
}

std::uint32_t TextPositions::toByte(int position) const
{
    const auto index = static_cast<std::size_t>(std::max(position, 0));
    return m_positionToByte[std::min(index, m_positionToByte.size() - 1)];
}

}  // namespace qlui
