#include "extract/us_states.h"

#include <algorithm>
#include <iterator>

namespace ql {

namespace {

// Names, AP abbreviations and postal codes are public facts (AP Stylebook, USPS).
constexpr UsState kStates[] = {
    {"Alabama", "Ala.", "AL"},        {"Alaska", "Alaska", "AK"},          {"Arizona", "Ariz.", "AZ"},
    {"Arkansas", "Ark.", "AR"},       {"California", "Calif.", "CA"},      {"Colorado", "Colo.", "CO"},
    {"Connecticut", "Conn.", "CT"},   {"Delaware", "Del.", "DE"},          {"Florida", "Fla.", "FL"},
    {"Georgia", "Ga.", "GA"},         {"Hawaii", "Hawaii", "HI"},          {"Idaho", "Idaho", "ID"},
    {"Illinois", "Ill.", "IL"},       {"Indiana", "Ind.", "IN"},           {"Iowa", "Iowa", "IA"},
    {"Kansas", "Kan.", "KS"},         {"Kentucky", "Ky.", "KY"},           {"Louisiana", "La.", "LA"},
    {"Maine", "Maine", "ME"},         {"Maryland", "Md.", "MD"},           {"Massachusetts", "Mass.", "MA"},
    {"Michigan", "Mich.", "MI"},      {"Minnesota", "Minn.", "MN"},        {"Mississippi", "Miss.", "MS"},
    {"Missouri", "Mo.", "MO"},        {"Montana", "Mont.", "MT"},          {"Nebraska", "Neb.", "NE"},
    {"Nevada", "Nev.", "NV"},         {"New Hampshire", "N.H.", "NH"},     {"New Jersey", "N.J.", "NJ"},
    {"New Mexico", "N.M.", "NM"},     {"New York", "N.Y.", "NY"},          {"North Carolina", "N.C.", "NC"},
    {"North Dakota", "N.D.", "ND"},   {"Ohio", "Ohio", "OH"},              {"Oklahoma", "Okla.", "OK"},
    {"Oregon", "Ore.", "OR"},         {"Pennsylvania", "Pa.", "PA"},       {"Rhode Island", "R.I.", "RI"},
    {"South Carolina", "S.C.", "SC"}, {"South Dakota", "S.D.", "SD"},      {"Tennessee", "Tenn.", "TN"},
    {"Texas", "Texas", "TX"},         {"Utah", "Utah", "UT"},              {"Vermont", "Vt.", "VT"},
    {"Virginia", "Va.", "VA"},        {"Washington", "Wash.", "WA"},       {"West Virginia", "W.Va.", "WV"},
    {"Wisconsin", "Wis.", "WI"},      {"Wyoming", "Wyo.", "WY"},
};

// "Ind." and "Ind" are the same abbreviation; so are "W.Va." and "W. Va."
bool sameIgnoringDotsAndSpaces(std::string_view a, std::string_view b)
{
    auto skip = [](std::string_view s, std::size_t i) {
        while (i < s.size() && (s[i] == '.' || s[i] == ' '))
            ++i;
        return i;
    };
    std::size_t i = skip(a, 0), j = skip(b, 0);
    while (i < a.size() && j < b.size()) {
        if (a[i] != b[j])
            return false;
        i = skip(a, i + 1);
        j = skip(b, j + 1);
    }
    return i == a.size() && j == b.size();
}

}  // namespace

const UsState* usStateNamed(std::string_view words)
{
    const auto* it = std::find_if(std::begin(kStates), std::end(kStates), [&](const UsState& s) { return s.name == words; });
    return it == std::end(kStates) ? nullptr : it;
}

bool abbreviatesState(std::string_view abbreviation, const UsState& state)
{
    return abbreviation == state.postal || abbreviation == state.name || sameIgnoringDotsAndSpaces(abbreviation, state.ap);
}

}  // namespace ql
