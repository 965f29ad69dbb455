#pragma once
// Internal to edits: every change to an annotation set goes through a Recorder, which keeps
// the state of each quote and speaker before its first change, so the inverse of any edit
// is exact by construction (a Restore) rather than written by hand for each kind.

#include "edit/edit.h"

namespace ql {

class Recorder final {
public:
    explicit Recorder(AnnotationSet& set);

    const AnnotationSet& set() const { return m_set; }

    // Access for changing; nullptr when there is no such quote or speaker.
    Quote* quote(QuoteId id);
    Speaker* speaker(SpeakerId id);
    std::vector<Mention>& mentions();
    std::vector<Span>& rejected();

    // Inserts in order of first span (after equal ones) / appends at the end.
    void insertQuote(Quote quote);
    void appendSpeaker(Speaker speaker);
    // Puts a quote whose spans changed back in order of first span, moving no other quote.
    void reorderQuote(QuoteId id);
    void eraseQuote(QuoteId id);
    void eraseSpeaker(SpeakerId id);

    // Puts a quote or speaker back at a place it had; used by Restore.
    void insertQuoteAt(Quote quote, std::size_t index);
    void insertSpeakerAt(Speaker speaker, std::size_t index);

    // Replaces the whole set, recording everything that was there and will be.
    void replaceAll(AnnotationSet annotations);

    // What puts the set back as it was when the recorder was made.
    Restore inverse() const;

private:
    void touchQuote(QuoteId id);
    void touchSpeaker(SpeakerId id);

    AnnotationSet& m_set;
    // Ids in their order when the recorder was made: snapshots keep their original place.
    std::vector<QuoteId> m_quoteOrder;
    std::vector<SpeakerId> m_speakerOrder;
    Restore m_before;
};

// Applies a Restore through the recorder (so that its own inverse is recorded too).
void restore(const Restore& r, Recorder& recorder);

}  // namespace ql
