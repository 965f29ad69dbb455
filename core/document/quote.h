#pragma once
// One quote is one attribution: everything one source says through one cue.
// A quote split by its attribution, or continued over following paragraphs, has several spans.

#include "document/ids.h"
#include "document/span.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

enum class QuoteKind { Direct, Indirect, Mixed };

struct Quote final {
    QuoteId id;
    QuoteKind kind = QuoteKind::Direct;
    std::vector<Span> spans;           // content pieces in reading order, quote marks excluded
    SpeakerId speaker;                 // invalid when unattributed
    std::optional<Span> mention;       // the source as written near this quote ("she", "Mr Lavrov")
    std::optional<Span> cue;           // the reporting verb or phrase
    double confidence = 0.0;           // 0..1
    std::string rule;                  // the rule that decided the attribution
    std::vector<SpeakerId> alternatives;  // the engine's runner-up speakers, best first
    bool verified = false;             // a human confirmed it
    bool manual = false;               // a human made or changed it: extraction never overwrites it
    QuoteId follows{};                 // no source of its own: it goes on from this earlier quote's speaker
    bool belief = false;               // a belief or intention ("thinks", "vowed to"), not speech: views may filter it

    Span bounds() const { return spans.empty() ? Span{} : Span{spans.front().begin, spans.back().end}; }
    friend bool operator==(const Quote&, const Quote&) = default;
};

std::string_view toString(QuoteKind kind);
std::optional<QuoteKind> quoteKindFromString(std::string_view s);

}  // namespace ql
