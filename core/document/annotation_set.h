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

    const Speaker* speaker(SpeakerId id) const;
    Speaker* speaker(SpeakerId id);
    const Quote* quote(QuoteId id) const;
    Quote* quote(QuoteId id);

    friend bool operator==(const AnnotationSet&, const AnnotationSet&) = default;
};

// An article as the engine sees it: UTF-8 text, paragraphs separated by newlines.
struct Document final {
    std::string id;
    std::string title;
    std::string text;
    AnnotationSet annotations;
};

}  // namespace ql
