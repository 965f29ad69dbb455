#pragma once
// The fifty US states by name, with the abbreviations American news writes after a legislator's
// name ("Sen. Joe Manchin, D-W.Va.", "Rep. Ro Khanna (D-CA)"), so that "the West Virginia
// Democrat" can find the senator named before.

#include <string_view>

namespace ql {

struct UsState final {
    std::string_view name;    // "West Virginia"
    std::string_view ap;      // "W.Va." (the Associated Press style; "Ohio" for states it leaves whole)
    std::string_view postal;  // "WV"
};

// The state named by exactly these words ("Indiana", "New York"), or nullptr.
const UsState* usStateNamed(std::string_view words);

// Does `abbreviation` ("Ind.", "Ind", "IN", "Indiana") stand for the state?
bool abbreviatesState(std::string_view abbreviation, const UsState& state);

}  // namespace ql
