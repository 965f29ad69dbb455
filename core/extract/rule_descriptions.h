#pragma once
// What each attribution rule means, in words a reader understands: the quote's tool tip says
// why the engine decided as it did ("speaker-cue-clause: the speaker and the cue, then the
// reported clause").

#include <span>
#include <string_view>

namespace ql {

// The plain-language reading of a rule name, or an empty view for a name it does not know.
std::string_view ruleDescription(std::string_view rule);

// Every rule name the engine and the editor can give a quote.
std::span<const std::string_view> ruleNames();

}  // namespace ql
