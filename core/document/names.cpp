// String forms of the model's enums, as they appear in JSON and the UI.
#include "document/mention.h"
#include "document/quote.h"
#include "document/speaker.h"

namespace ql {

std::string_view toString(SpeakerType type)
{
    switch (type) {
    case SpeakerType::Person: return "person";
    case SpeakerType::Organization: return "organization";
    case SpeakerType::Unknown: break;
    }
    return "unknown";
}

std::string_view toString(Gender gender)
{
    switch (gender) {
    case Gender::Female: return "female";
    case Gender::Male: return "male";
    case Gender::Unknown: break;
    }
    return "unknown";
}

SpeakerType speakerTypeFromString(std::string_view s)
{
    if (s == "person") return SpeakerType::Person;
    if (s == "organization" || s == "organisation") return SpeakerType::Organization;
    return SpeakerType::Unknown;
}

Gender genderFromString(std::string_view s)
{
    if (s == "female") return Gender::Female;
    if (s == "male") return Gender::Male;
    return Gender::Unknown;
}

std::string_view toString(QuoteKind kind)
{
    switch (kind) {
    case QuoteKind::Direct: return "direct";
    case QuoteKind::Indirect: return "indirect";
    case QuoteKind::Mixed: return "mixed";
    }
    return "direct";
}

std::optional<QuoteKind> quoteKindFromString(std::string_view s)
{
    if (s == "direct") return QuoteKind::Direct;
    if (s == "indirect") return QuoteKind::Indirect;
    if (s == "mixed") return QuoteKind::Mixed;
    return std::nullopt;
}

std::string_view toString(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Name: return "name";
    case MentionKind::Pronoun: return "pronoun";
    case MentionKind::RoleNoun: return "role";
    }
    return "name";
}

}  // namespace ql
