// Where nudged span edges go: words and characters, on UTF-8 boundaries.
#include "edit/text_moves.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ql;

namespace {

// "|" marks the position in the test strings.
std::pair<std::string, std::uint32_t> marked(std::string s)
{
    const auto at = s.find('|');
    s.erase(at, 1);
    return {s, static_cast<std::uint32_t>(at)};
}

std::string mark(const std::string& s, std::uint32_t pos) { return s.substr(0, pos) + "|" + s.substr(pos); }

}  // namespace

TEST_CASE("edit text moves: words and characters")
{
    using Move = std::uint32_t (*)(std::string_view, std::uint32_t);
    struct Row {
        const char* name;
        Move move;
        const char* from;
        const char* to;
    };
    const Row rows[] = {
        {"next word start", moves::nextWordStart, "|We are ready.", "We |are ready."},
        {"next word start mid-word", moves::nextWordStart, "W|e are", "We |are"},
        {"next word start at the end", moves::nextWordStart, "We are|", "We are|"},
        {"next word start over punctuation", moves::nextWordStart, "|ready,\xE2\x80\x9D he", "ready,\xE2\x80\x9D |he"},
        {"previous word start", moves::previousWordStart, "We are |ready", "We |are ready"},
        {"previous word start mid-word", moves::previousWordStart, "We ar|e", "We |are"},
        {"previous word start at the start", moves::previousWordStart, "|We", "|We"},
        {"next word end", moves::nextWordEnd, "We| are ready", "We are| ready"},
        {"next word end over a mark", moves::nextWordEnd, "ready,|\xE2\x80\x9D he said", "ready,\xE2\x80\x9D he| said"},
        {"previous word end drops the last word", moves::previousWordEnd, "We are ready,|", "We are| ready,"},
        {"previous word end from a word end", moves::previousWordEnd, "We are|", "We| are"},
        {"contractions are one word", moves::nextWordStart, "|can't stop", "can't |stop"},
        {"names with hyphens are one word", moves::previousWordStart, "Jean-Luc|", "|Jean-Luc"},
        {"curly apostrophes too", moves::nextWordEnd, "|O\xE2\x80\x99Neill said", "O\xE2\x80\x99Neill| said"},
        {"accented letters are letters", moves::nextWordEnd, "|Caf\xC3\xA9 owners", "Caf\xC3\xA9| owners"},
        {"next character over two bytes", moves::nextCharacter, "Caf|\xC3\xA9", "Caf\xC3\xA9|"},
        {"previous character over three bytes", moves::previousCharacter, "a\xE2\x80\x9C|b", "a|\xE2\x80\x9C" "b"},
        {"previous character over four bytes", moves::previousCharacter, "\xF0\x9F\x98\x80|", "|\xF0\x9F\x98\x80"},
        {"next character at the end", moves::nextCharacter, "ab|", "ab|"},
        {"nearest word start: already one", moves::nearestWordStart, "We |are", "We |are"},
        {"nearest word start: early in a word", moves::nearestWordStart, "We a|re ready", "We |are ready"},
        {"nearest word start: late in a word", moves::nearestWordStart, "We read|y now", "We ready |now"},
        {"nearest word start: over a quote mark", moves::nearestWordStart, "said, \xE2\x80\x9C|We", "said, \xE2\x80\x9C|We"},
        {"nearest word start: between words, the nearer", moves::nearestWordStart, "said,   | We", "said,    |We"},
        {"nearest word start: no word after", moves::nearestWordStart, "We are.|  ", "We |are.  "},
        {"nearest word start: no word at all", moves::nearestWordStart, "..|..", "..|.."},
        {"nearest word end: already one", moves::nearestWordEnd, "We are| ready", "We are| ready"},
        {"nearest word end: late in a word", moves::nearestWordEnd, "We rea|dy now", "We ready| now"},
        {"nearest word end: early in a word", moves::nearestWordEnd, "We are r|eady", "We are| ready"},
        {"nearest word end: after punctuation", moves::nearestWordEnd, "together,|\xE2\x80\x9D said", "together|,\xE2\x80\x9D said"},
        {"nearest word end: no word before", moves::nearestWordEnd, "  |.. We", "  .. We|"},
        {"nearest word end: accented letters are letters", moves::nearestWordEnd, "Caf\xC3\xA9 o|wners", "Caf\xC3\xA9| owners"},
    };
    for (const Row& row : rows) {
        INFO(row.name);
        const auto [text, pos] = marked(row.from);
        CHECK(mark(text, row.move(text, pos)) == row.to);
    }
}

TEST_CASE("edit text moves: boundaries")
{
    const std::string text = "a\xC3\xA9" "b";
    CHECK(moves::isBoundary(text, 0));
    CHECK(moves::isBoundary(text, 1));
    CHECK_FALSE(moves::isBoundary(text, 2));
    CHECK(moves::isBoundary(text, 3));
    CHECK(moves::isBoundary(text, 4));
    CHECK_FALSE(moves::isBoundary(text, 5));
}
