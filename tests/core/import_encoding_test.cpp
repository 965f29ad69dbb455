#include "import/encoding.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {
std::string utf16le(std::string_view ascii)
{
    std::string out;
    for (char c : ascii) {
        out += c;
        out += '\0';
    }
    return out;
}
}  // namespace

TEST_CASE("import encoding: labels")
{
    struct Row { const char* label; std::optional<Encoding> encoding; };
    const Row rows[] = {
        {"utf-8", Encoding::Utf8},          {"UTF8", Encoding::Utf8},
        {" \"utf-8\" ", Encoding::Utf8},    {"Windows-1252", Encoding::Windows1252},
        {"ISO-8859-1", Encoding::Windows1252}, {"latin1", Encoding::Windows1252},
        {"us-ascii", Encoding::Windows1252},   {"UTF-16LE", Encoding::Utf16LE},
        {"utf-16be", Encoding::Utf16BE},    {"utf-16", Encoding::Utf16LE},
        {"koi8-r", std::nullopt},           {"", std::nullopt},
    };
    for (const Row& row : rows) {
        INFO(row.label);
        CHECK(encodingFromLabel(row.label) == row.encoding);
    }
}

TEST_CASE("import encoding: declared HTML charset")
{
    struct Row { const char* html; std::optional<std::string> charset; };
    const Row rows[] = {
        {"<html><head><meta charset=\"ISO-8859-1\">", "iso-8859-1"},
        {"<meta charset=utf-8>", "utf-8"},
        {"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">", "windows-1252"},
        {"<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>", "utf-8"},
        {"<meta name=\"description\" content=\"no charset here\">", std::nullopt},
        {"<p>charset=utf-8 outside a meta tag</p>", std::nullopt},
        {"<meta charset=", std::nullopt},
    };
    for (const Row& row : rows) {
        INFO(row.html);
        CHECK(declaredHtmlCharset(row.html) == row.charset);
    }
}

TEST_CASE("import encoding: decoding")
{
    struct Row {
        const char* what;
        std::string bytes;
        DecodeHints hints;
        std::string text;
        Encoding encoding;
        std::string warning;  // a part of the only warning, or "" for none
    };
    const Row rows[] = {
        {"plain UTF-8", "caf\xC3\xA9", {}, "caf\xC3\xA9", Encoding::Utf8, ""},
        {"UTF-8 BOM dropped", "\xEF\xBB\xBFhi", {}, "hi", Encoding::Utf8, ""},
        {"UTF-16LE BOM", "\xFF\xFE" + utf16le("Hi \x01"), {}, "Hi \x01", Encoding::Utf16LE, ""},
        {"UTF-16BE BOM with a non-ASCII letter", std::string("\xFE\xFF\x00h\x00\xE9\x20\x1C", 8), {},
         "h\xC3\xA9\xE2\x80\x9C", Encoding::Utf16BE, ""},
        {"UTF-16LE surrogate pair", std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6), {}, "\xF0\x9F\x98\x80",
         Encoding::Utf16LE, ""},
        {"UTF-16LE lone surrogate and odd byte", std::string("\xFF\xFE\x3D\xD8" "a\0" "b", 7), {},
         "\xEF\xBF\xBD" "a\xEF\xBF\xBD", Encoding::Utf16LE, ""},
        {"UTF-16LE without BOM, from its NUL bytes", utf16le("Hello, world"), {}, "Hello, world",
         Encoding::Utf16LE, ""},
        {"invalid UTF-8 falls back to Windows-1252", "\x93Hi\x94", {}, "\xE2\x80\x9CHi\xE2\x80\x9D",
         Encoding::Windows1252, "invalid UTF-8 at line 1, column 1 (byte 0)"},
        {"declared Windows-1252", "caf\xE9", {.declaredCharset = "windows-1252"}, "caf\xC3\xA9",
         Encoding::Windows1252, ""},
        {"declared ISO-8859-1 but valid UTF-8", "caf\xC3\xA9", {.declaredCharset = "iso-8859-1"}, "caf\xC3\xA9",
         Encoding::Utf8, "but valid UTF-8"},
        {"declared ASCII only: as declared", "cafe", {.declaredCharset = "iso-8859-1"}, "cafe",
         Encoding::Windows1252, ""},
        {"unknown declared charset", "abc", {.declaredCharset = "x-klingon"}, "abc", Encoding::Utf8,
         "unknown charset"},
        {"override wins over a declaration", "caf\xC3\xA9", {.override = Encoding::Windows1252, .declaredCharset = "utf-8"},
         "caf\xC3\x83\xC2\xA9", Encoding::Windows1252, ""},
        {"UTF-8 override replaces invalid bytes", "a\xFF" "b", {.override = Encoding::Utf8}, "a\xEF\xBF\xBD" "b",
         Encoding::Utf8, "replaced the invalid bytes"},
        {"override against the BOM keeps the bytes", "\xEF\xBB\xBFx", {.override = Encoding::Windows1252},
         "\xC3\xAF\xC2\xBB\xC2\xBFx", Encoding::Windows1252, ""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const DecodedText decoded = decodeText(row.bytes, row.hints);
        CHECK(decoded.text == row.text);
        CHECK(decoded.encoding == row.encoding);
        if (row.warning.empty()) {
            CHECK(decoded.warnings.empty());
        } else {
            REQUIRE(decoded.warnings.size() == 1);
            CHECK_THAT(decoded.warnings[0], Catch::Contains(row.warning));
        }
    }
}
