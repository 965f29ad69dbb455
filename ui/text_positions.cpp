#include "ui/text_positions.h"

#include "text/utf8.h"

#include <algorithm>

namespace qlui {

TextPositions::TextPositions() : m_byteToPosition{0}, m_positionToByte{0} {}

TextPositions::TextPositions(std::string_view utf8)
{
    // Written through raw pointers: a 5 MB article is mapped on the GUI thread when it opens.
    // No text has more UTF-16 units than bytes (a 4-byte character takes two units).
    m_text.resize(static_cast<qsizetype>(utf8.size()));
    m_byteToPosition.resize(utf8.size() + 1);
    m_positionToByte.resize(utf8.size() + 1);
    char16_t* out = reinterpret_cast<char16_t*>(m_text.data());
    int position = 0;
    for (std::size_t byte = 0; byte < utf8.size();) {
        const auto c = static_cast<unsigned char>(utf8[byte]);
        if (c < 0x80) {  // ASCII: most of most articles
            m_byteToPosition[byte] = position;
            m_positionToByte[static_cast<std::size_t>(position)] = static_cast<std::uint32_t>(byte);
            out[position++] = c;
            ++byte;
            continue;
        }
        const ql::utf8::Decoded decoded = ql::utf8::decode(utf8, byte);
        std::fill_n(m_byteToPosition.begin() + static_cast<std::ptrdiff_t>(byte), decoded.length, position);
        if (QChar::requiresSurrogates(decoded.codePoint)) {
            m_positionToByte[static_cast<std::size_t>(position)] = static_cast<std::uint32_t>(byte);
            out[position++] = QChar::highSurrogate(decoded.codePoint);
            m_positionToByte[static_cast<std::size_t>(position)] = static_cast<std::uint32_t>(byte);
            out[position++] = QChar::lowSurrogate(decoded.codePoint);
        } else {
            m_positionToByte[static_cast<std::size_t>(position)] = static_cast<std::uint32_t>(byte);
            out[position++] = static_cast<char16_t>(decoded.codePoint);
        }
        byte += decoded.length;
    }
    m_text.truncate(position);
    m_byteToPosition[utf8.size()] = position;
    m_positionToByte.resize(static_cast<std::size_t>(position) + 1);
    m_positionToByte[static_cast<std::size_t>(position)] = static_cast<std::uint32_t>(utf8.size());
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
