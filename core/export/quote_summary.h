#pragma once
// What every export says about a quote and a speaker, worded once: the quote's text, why the
// engine (or a human) decided its speaker, and each speaker's share of voice.

#include "document/document.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace ql {

// The quote's pieces joined by " … ", exactly as written (newlines included).
std::string quoteText(const Document& document, const Quote& quote);
// Runs of white space, newlines included, as one space; no space at either end.
std::string oneLine(std::string_view text);

// The speaker's name, or "unattributed" when the quote has none.
std::string speakerLabel(const AnnotationSet& annotations, SpeakerId speaker);
// "direct quote", "reported speech", "mixed quote".
std::string_view kindLabel(QuoteKind kind);
// "93%": confidence as a whole percentage.
std::string percent(double fraction);

// Why the quote has its speaker, one fact a line: who and what kind; the source and cue as
// written; confidence and rule; whether a human verified or made it.
std::string quoteReason(const Document& document, const Quote& quote);

// http:// or https://: the only addresses exports show (a file path is private, a
// "javascript:" address dangerous).
bool isWebAddress(std::string_view url);

// One row of a legend: a speaker's quotes and words, and the share of all quoted words.
struct SpeakerTally final {
    SpeakerId speaker;  // invalid: the unattributed quotes
    std::size_t quotes = 0;
    std::size_t words = 0;
    double share = 0.0;  // of the words of all quotes, 0..1
};

// Every speaker (those never quoted too), most words first, ties by quotes and then by the
// speaker list's order; then the unattributed quotes, when there are any.
std::vector<SpeakerTally> tallySpeakers(const Document& document);

}  // namespace ql
