#include "extract/us_states.h"

#include <catch2/catch.hpp>

using namespace ql;

TEST_CASE("US states: names and the abbreviations written after a legislator's name")
{
    struct Row { const char* state; const char* abbreviation; bool stands; };
    const Row rows[] = {
        {"Indiana", "Ind.", true},        {"Indiana", "Ind", true},         {"Indiana", "IN", true},
        {"West Virginia", "W.Va.", true}, {"West Virginia", "W. Va.", true}, {"West Virginia", "WV", true},
        {"Ohio", "Ohio", true},           {"New York", "N.Y.", true},       {"Virginia", "W.Va.", false},
        {"Indiana", "Ill.", false},       {"Texas", "Tex", false},          {"Maine", "Md.", false},
    };
    for (const Row& row : rows) {
        INFO(row.state << " / " << row.abbreviation);
        const UsState* state = usStateNamed(row.state);
        REQUIRE(state != nullptr);
        CHECK(abbreviatesState(row.abbreviation, *state) == row.stands);
    }
    CHECK(usStateNamed("Indian") == nullptr);
    CHECK(usStateNamed("new york") == nullptr);  // (as written: capitalised)
}
