#pragma once
// Edits made from what the reader did (a selection, a speaker), with the ids of new quotes
// and speakers chosen here so that the edit, saved and replayed, makes the same ones.

#include "edit/edit.h"

#include <optional>
#include <string_view>

namespace ql {

SpeakerId nextSpeakerId(const AnnotationSet& set);
QuoteId nextQuoteId(const AnnotationSet& set);

// The selection without the spaces around it and, when asked, without enclosing quote
// marks (a quote's span excludes them). An all-space selection comes back empty.
Span trimSelection(std::string_view text, Span selection, bool dropQuoteMarks);

// A new person named by the selected text (spaces collapsed), optionally given a quote.
// Name, type, gender and role can be changed in the returned edit before it is applied.
CreateSpeaker speakerFromSelection(const Document& document, Span selection, QuoteId assign = {});

// A new quote on the selected text (its quote marks left out).
AddQuote quoteFromSelection(const Document& document, Span selection, QuoteKind kind, SpeakerId speaker = {});

// A quote's edge dragged to `to`: its first span's begin or last span's end, snapped to the
// nearest word start or end unless `exact` (a snap that would empty the span falls back to
// `to`). None when `to` reaches or passes the span's other edge.
std::optional<SetQuoteSpans> dragEdge(std::string_view text, const Quote& quote, Edge edge, std::uint32_t to, bool exact);

// "Verify all from this speaker" as one undo step: the quotes not yet so.
Compound verifyAllFrom(const AnnotationSet& set, SpeakerId speaker, bool verified = true);

}  // namespace ql
