#pragma once
// The one place where core's UTF-8 byte offsets meet Qt's UTF-16 positions.
//
// Built once per article: it decodes the text into the QString the article view shows and
// records where every byte lands, so that the text and the mapping agree by construction
// (also for invalid UTF-8, where each bad byte becomes one U+FFFD, as in ql::utf8::decode).
// A QTextDocument filled with setPlainText(text()) has one position per UTF-16 code unit,
// '\n' included (it becomes a block separator), so these positions are document positions.

#include "document/span.h"

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace qlui {

struct TextRange final {
    int begin = 0;
    int end = 0;  // exclusive
    friend bool operator==(const TextRange&, const TextRange&) = default;
};

class TextPositions final {
public:
    TextPositions();
    explicit TextPositions(std::string_view utf8);

    const QString& text() const { return m_text; }

    // The position of the character that holds `byteOffset`; past the end gives the end.
    int toDocument(std::uint32_t byteOffset) const;
    TextRange toDocument(ql::Span span) const;
    // The byte offset of the character at `position` (the pair's start for a low surrogate).
    std::uint32_t toByte(int position) const;

private:
    QString m_text;
    std::vector<int> m_byteToPosition;          // one per byte, plus the end
    std::vector<std::uint32_t> m_positionToByte;  // one per UTF-16 unit, plus the end
};

}  // namespace qlui
