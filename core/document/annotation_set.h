#pragma once
// The engine's output and the user's corrections: speakers, quotes and mentions of one article.

#include "document/mention.h"
#include "document/quote.h"
#include "document/speaker.h"

#include <vector>

namespace ql {

struct AnnotationSet final {
    std::vector<Speaker> speakers;
    std::vector<Quote> quotes;      // sorted by their first span
    std::vector<Mention> mentions;  // sorted by position
    // Bounds of quotes a human deleted, so that extracting again does not bring them back.
    std::vector<Span> rejected{};

    const Speaker* speaker(SpeakerId id) const;
    Speaker* speaker(SpeakerId id);
    const Quote* quote(QuoteId id) const;
    Quote* quote(QuoteId id);

    friend bool operator==(const AnnotationSet&, const AnnotationSet&) = default;
};

}  // namespace ql
