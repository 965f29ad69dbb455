#include "ui/text_positions.h"

#include "text/utf8.h"

#include "catch_qt.h"

#include <QTextCursor>
#include <QTextDocument>

using qlui::TextPositions;

namespace {
// What a QTextDocument holds between two positions, with block separators as '\n'.
QString documentText(QTextDocument& document, int begin, int end)
{
    QTextCursor cursor(&document);
    cursor.setPosition(begin);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor.selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
}
}  // namespace

TEST_CASE("text positions: every span of whole characters selects the same text in the document")
{
    const std::string texts[] = {
        "",
        "plain ascii",
        "caf\xC3\xA9 na\xC3\xAFve",                                   // 2-byte characters
        "\xE2\x80\x9CQuoted,\xE2\x80\x9D she said.\n\nNext \xE6\x9D\xB1\xE4\xBA\xAC",  // 3-byte, newlines
        "Ship \xF0\x9F\x9A\xA2 and \xF0\x9F\x98\xA1\xF0\x9F\x98\xA1 end",               // astral: surrogate pairs
        "Zo\xC3\xAB\n\xF0\x9F\x9A\xA7\n\n\xE2\x80\x94 \xC3\x98rsted",
    };
    for (const std::string& text : texts) {
        INFO(text);
        const TextPositions positions(text);
        CHECK(positions.text() == QString::fromUtf8(text));
        QTextDocument document;
        document.setPlainText(positions.text());
        REQUIRE(document.characterCount() == positions.text().size() + 1);  // + the final block end

        std::vector<std::uint32_t> starts;  // byte offsets where characters start, and the end
        for (std::size_t b = 0; b < text.size(); b += ql::utf8::decode(text, b).length)
            starts.push_back(static_cast<std::uint32_t>(b));
        starts.push_back(static_cast<std::uint32_t>(text.size()));
        for (std::size_t i = 0; i < starts.size(); ++i) {
            CHECK(positions.toByte(positions.toDocument(starts[i])) == starts[i]);
            for (std::size_t j = i; j < starts.size(); ++j) {
                const ql::Span span{starts[i], starts[j]};
                const qlui::TextRange range = positions.toDocument(span);
                CHECK(documentText(document, range.begin, range.end) ==
                      QString::fromUtf8(span.in(text).data(), span.size()));
            }
        }
    }
}

TEST_CASE("text positions: astral characters take two positions, bytes inside a character map to its start")
{
    const std::string text = "a\xF0\x9F\x98\xA1" "b\xC3\xA9" "c";  // a 😡 b é c
    const TextPositions positions(text);
    REQUIRE(positions.text().size() == 6);  // a, surrogate pair, b, é, c
    CHECK(positions.toDocument(0) == 0);
    for (std::uint32_t byte = 1; byte <= 4; ++byte)
        CHECK(positions.toDocument(byte) == 1);
    CHECK(positions.toDocument(5) == 3);   // b
    CHECK(positions.toDocument(7) == 4);   // the é's second byte
    CHECK(positions.toDocument(9) == 6);   // the end
    CHECK(positions.toDocument(1000) == 6);
    CHECK(positions.toByte(2) == 1);       // the low surrogate belongs to the emoji
    CHECK(positions.toByte(3) == 5);
    CHECK(positions.toByte(-1) == 0);
    CHECK(positions.toByte(1000) == text.size());
}

TEST_CASE("text positions: invalid bytes become one replacement character each")
{
    const std::string text = "a\xFF\xC3" "b";
    const TextPositions positions(text);
    CHECK(positions.text() == QStringLiteral("a\uFFFD\uFFFDb"));
    CHECK(positions.toDocument(3) == 3);
    CHECK(positions.toByte(2) == 2);
}

TEST_CASE("text positions: an empty map has one position")
{
    const TextPositions positions;
    CHECK(positions.text().isEmpty());
    CHECK(positions.toDocument(5) == 0);
    CHECK(positions.toByte(5) == 0);
}
