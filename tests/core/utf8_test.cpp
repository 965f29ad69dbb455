#include "text/offset_map.h"
#include "text/utf8.h"

#include <catch2/catch.hpp>

using namespace ql;

TEST_CASE("utf8: invalid sequences are found with line and column")
{
    struct Row { std::string text; bool valid; std::size_t offset, line, column; };
    const Row rows[] = {
        {"plain ascii", true, 0, 0, 0},
        {"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D", true, 0, 0, 0},
        {"ab\xFF", false, 2, 1, 3},
        {"line\n\xC3\xA9x\xC3", false, 8, 2, 3},      // truncated sequence at the end
        {"\xE0\x80\x80", false, 0, 1, 1},              // overlong
        {"\xED\xA0\x80", false, 0, 1, 1},              // UTF-16 surrogate
    };
    for (const Row& row : rows) {
        INFO(row.text);
        auto invalid = utf8::findInvalid(row.text);
        REQUIRE(invalid.has_value() == !row.valid);
        if (invalid) {
            CHECK(invalid->byteOffset == row.offset);
            CHECK(invalid->line == row.line);
            CHECK(invalid->column == row.column);
        }
    }
}

TEST_CASE("utf8: Windows-1252 decoding maps the 0x80 block to typographic characters")
{
    CHECK(utf8::fromWindows1252("\x93quoted\x94 caf\xE9 \x80") == "\xE2\x80\x9Cquoted\xE2\x80\x9D caf\xC3\xA9 \xE2\x82\xAC");
}

TEST_CASE("offset map: bytes and code points convert both ways")
{
    const std::string text = "a\xE2\x80\x9C" "b\xF0\x9F\x98\x80" "c";  // a “ b 😀 c
    OffsetMap map(text);
    CHECK(map.codePointCount() == 5);
    CHECK(map.toCodePoint(0) == 0);
    CHECK(map.toCodePoint(1) == 1);
    CHECK(map.toCodePoint(4) == 2);
    CHECK(map.toCodePoint(5) == 3);
    CHECK(map.toCodePoint(9) == 4);
    CHECK(map.toCodePoint(10) == 5);
    for (std::uint32_t cp = 0; cp <= 5; ++cp)
        CHECK(map.toCodePoint(map.toByte(cp)) == cp);
}
