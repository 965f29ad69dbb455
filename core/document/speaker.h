#pragma once
// A source that is quoted: a person or an organisation (countries count as organisations,
// as in the gold annotations).

#include "document/ids.h"

#include <string>
#include <string_view>
#include <vector>

namespace ql {

enum class SpeakerType { Person, Organization, Unknown };
enum class Gender { Female, Male, Unknown };

struct Speaker final {
    SpeakerId id;
    std::string name;                  // canonical: the fullest form the article gives
    SpeakerType type = SpeakerType::Unknown;
    Gender gender = Gender::Unknown;
    std::string role;                  // title or role when written ("U.S. Secretary of State")
    std::vector<std::string> aliases;  // every other form used in the article
    bool manual = false;               // made or edited by a human

    friend bool operator==(const Speaker&, const Speaker&) = default;
};

std::string_view toString(SpeakerType type);
std::string_view toString(Gender gender);
SpeakerType speakerTypeFromString(std::string_view s);
Gender genderFromString(std::string_view s);

}  // namespace ql
