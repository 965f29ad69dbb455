#pragma once
// Internal to edits: refusing an edit with a message that says why. Messages name ids and
// what is wrong, never byte offsets (offsets leave the program only as code points).

#include "document/span.h"

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

struct EditError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void refuseEdit(const std::string& why);

// Non-empty, inside the text, on character boundaries. `what` names it ("the cue").
void requireValidSpan(Span span, std::string_view text, std::string_view what);
// A quote's spans: at least one, each valid, in reading order without overlaps.
void requireValidSpans(const std::vector<Span>& spans, std::string_view text);

}  // namespace ql
