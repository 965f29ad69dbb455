#pragma once
// A place in the text that refers to a speaker: a name, a surname, a pronoun, a role noun.

#include "document/ids.h"
#include "document/span.h"

#include <optional>
#include <string_view>

namespace ql {

enum class MentionKind { Name, Pronoun, RoleNoun };

struct Mention final {
    Span span;
    SpeakerId speaker;
    MentionKind kind = MentionKind::Name;
    bool manual = false;  // set or corrected by a human
    // The earlier mention this one was resolved through (a pronoun's or role noun's
    // antecedent, the fuller name a surname was linked to); none for a name that stands alone.
    // Edits follow these links so that one correction reaches what depends on it.
    std::optional<Span> antecedent = std::nullopt;

    friend bool operator==(const Mention&, const Mention&) = default;
};

std::string_view toString(MentionKind kind);

}  // namespace ql
