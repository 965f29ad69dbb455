#pragma once
// Fix once, fixed everywhere.
//
// A quote's speaker often comes through a chain: "he" was resolved to the latest mention of
// someone, that mention was a surname linked to a full name, or the quote has no source of
// its own and goes on from the quote before it. The engine records the links
// (Mention::antecedent, Quote::follows); a correction of one link is carried to every quote
// and mention that hangs on it, as one undo step, with the list of what moves for a preview.

#include "edit/edit.h"

#include <vector>

namespace ql {

// The mention in set.mentions that stands for a quote's source: the one at the quote's
// mention span, else one inside it ("Hillary Clinton" in "Secretary Hillary Clinton").
const Mention* mentionOfQuote(const AnnotationSet& set, const Quote& quote);

// How a quote got its speaker, nearest link first: its own mention (or, with none, the
// mention of the quote it follows), then each antecedent. Stops at a cycle.
std::vector<Span> attributionChain(const AnnotationSet& set, QuoteId quote);

// Everything that hangs on the given mentions (by span) and quotes, directly or through
// other links; the starting points themselves are not included.
struct Dependents final {
    std::vector<QuoteId> quotes;     // in the set's order
    std::vector<Span> mentions;      // in the set's order
};
Dependents dependentsOf(const AnnotationSet& set, const std::vector<Span>& mentions,
                        const std::vector<QuoteId>& quotes);

struct Propagation final {
    Edit edit;                      // one undo step: the correction and all it carries
    std::vector<QuoteId> quotes;    // the other quotes that move with it: the preview
    std::vector<QuoteId> kept;      // on the chain but verified, set by hand or already someone
                                    // else's: left as they are
    std::vector<Span> mentions;     // mentions that are re-resolved
};

// Reassigns `quote` to `to` and moves the quotes that got the same wrong speaker through
// the same link: when the quote's mention is a resolved link (a pronoun, a role noun, a
// linked surname) that mention and everything hanging on it; otherwise the quotes that go
// on from this one. An unknown quote gives an empty edit (a Compound with no edits).
Propagation propagateReassign(const AnnotationSet& set, QuoteId quote, SpeakerId to);

// "This 'he' is Lavrov": sets the mention at `mention` (adding it when missing) and
// re-resolves the mentions and quotes that depend on it.
Propagation correctMention(const AnnotationSet& set, Span mention, SpeakerId to,
                           MentionKind kindIfNew = MentionKind::Pronoun);

}  // namespace ql
