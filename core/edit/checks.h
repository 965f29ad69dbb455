#pragma once
// Live checks and the review path, as pure functions of the document, so the issues panel
// and the status bar can recompute them after every edit.

#include "document/document.h"

#include <optional>
#include <string>
#include <vector>

namespace ql {

enum class CheckKind {
    QuoteWithoutSpeaker,
    UnresolvedPronoun,   // a pronoun that refers to nobody
    EmptySpan,           // a quote, piece, mention or cue with no text
    SpanOutsideText,
    OverlappingQuotes,   // two quotes share text, or a quote's pieces overlap
    SpeakerWithoutQuotes,
    UnknownSpeaker,      // a reference to a speaker id that is not in the set
};

struct CheckIssue final {
    CheckKind kind;
    QuoteId quote;        // the quote to select, when there is one
    SpeakerId speaker;    // the speaker concerned, when there is one
    Span span;            // where in the text (empty for a speaker)
    std::string message;  // one sentence for the panel

    friend bool operator==(const CheckIssue&, const CheckIssue&) = default;
};

// In reading order; speakers without quotes last.
std::vector<CheckIssue> checkDocument(const Document& document);

// The review path: unverified quotes that no human has decided on, least confident first
// (then in reading order).
std::vector<QuoteId> triageOrder(const AnnotationSet& set);
// The first of them, or none when everything has been checked.
std::optional<QuoteId> nextToCheck(const AnnotationSet& set);

struct ReviewProgress final {
    std::size_t verified = 0;
    std::size_t total = 0;
    friend bool operator==(const ReviewProgress&, const ReviewProgress&) = default;
};
ReviewProgress reviewProgress(const AnnotationSet& set);

std::string_view toString(CheckKind kind);

}  // namespace ql
