#include "import/text_import.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ql;

namespace {
std::string rejoined(std::string text)
{
    rejoinWrappedLines(text);
    return text;
}
}  // namespace

TEST_CASE("import text: newlines")
{
    CHECK(normaliseNewlines("a\r\nb\rc\n") == "a\nb\nc\n");
    CHECK(normaliseNewlines("\r\r\n") == "\n\n");
}

TEST_CASE("import text: hard-wrapped paragraphs are rejoined")
{
    struct Row { const char* what; std::string in; std::string out; };
    const Row rows[] = {
        {"wrapped paragraphs separated by blank lines",
         "The harbour bridge reopened to traffic on Tuesday morning, two years\n"
         "after engineers closed it for urgent repairs to its corroded steel\n"
         "cables.\n"
         "\n"
         "\"We are proud of what the crews achieved,\" the mayor said at the\n"
         "ceremony on the northern ramp, before cutting a ribbon with a pair\n"
         "of very large scissors.\n",
         "The harbour bridge reopened to traffic on Tuesday morning, two years "
         "after engineers closed it for urgent repairs to its corroded steel "
         "cables.\n"
         "\n"
         "\"We are proud of what the crews achieved,\" the mayor said at the "
         "ceremony on the northern ramp, before cutting a ribbon with a pair "
         "of very large scissors.\n"},
        {"one paragraph a line is left alone",
         "The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it.\n"
         "\"We are proud,\" the mayor said.\n"
         "Officials said the work had cost more than planned.\n",
         "The harbour bridge reopened to traffic on Tuesday morning, two years after engineers closed it.\n"
         "\"We are proud,\" the mayor said.\n"
         "Officials said the work had cost more than planned.\n"},
        {"short lines that are not wrapped stay apart",
         "Line one is short.\nAnother one here, similar length.\nThird.\n",
         "Line one is short.\nAnother one here, similar length.\nThird.\n"},
        {"a list inside wrapped text keeps its items",
         "The council listed the work that remains on the bridge before the\n"
         "summer season begins, in this order of priority for the crews:\n"
         "- repainting the southern towers and the railings on both sides\n"
         "- new lighting along the footpath and the cycle lane on the deck\n",
         "The council listed the work that remains on the bridge before the "
         "summer season begins, in this order of priority for the crews:\n"
         "- repainting the southern towers and the railings on both sides\n"
         "- new lighting along the footpath and the cycle lane on the deck\n"},
        {"no blank lines: a sentence at a line end ends the paragraph",
         "The harbour bridge reopened to traffic on Tuesday morning, two years\n"
         "after engineers closed it for urgent repairs to its steel cables.\n"
         "Commuters had faced detours of up to forty minutes while the bridge\n"
         "was shut, and local shops said their takings fell by a third.\n",
         "The harbour bridge reopened to traffic on Tuesday morning, two years "
         "after engineers closed it for urgent repairs to its steel cables.\n"
         "Commuters had faced detours of up to forty minutes while the bridge "
         "was shut, and local shops said their takings fell by a third.\n"},
        {"empty", "", ""},
    };
    for (const Row& row : rows) {
        INFO(row.what);
        const std::string out = rejoined(row.in);
        CHECK(out == row.out);
        // Joining only turns newlines into spaces: offsets into the file stay valid.
        CHECK(out.size() == row.in.size());
    }
}
