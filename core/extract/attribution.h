#pragma once
// Stage 5: quotations and cues → attributions. One attribution is everything one source
// says through one cue: the pieces of a split quote, the quoted sentences after the
// attribution, and quoted paragraphs that follow with no cue of their own.

#include "document/quote.h"
#include "extract/cue_finder.h"
#include "extract/source_phrase.h"

#include <optional>
#include <string>
#include <vector>

namespace ql {

struct Attribution final {
    QuoteKind kind = QuoteKind::Direct;
    std::vector<Span> spans;           // content pieces in reading order
    std::int32_t cue = -1;             // index into the cue list, -1 when there is none
    std::optional<Span> verb;          // without a cue: the verb that attributes it ("“…,” Trump shot back")
    SourcePhrase source;               // invalid when the text names no source for it
    bool inheritsSpeaker = false;      // no source of its own: the previous speaker goes on
    std::string_view rule;             // the rule's name: a literal, not a string copied per attribution
    bool belief = false;               // a belief or intention ("thinks", "hopes"), not speech
    std::vector<std::int32_t> quotations;  // the direct quotations it is made of

    Span bounds() const { return spans.empty() ? Span{} : Span{spans.front().begin, spans.back().end}; }
};

// The phrase before each cue in its sentence (sourceBefore from the cue's token back to its
// sentence's first), read once: rule after rule, of both attributors, asks for it.
class CueSources {
public:
    CueSources(const Analysis& a, const std::vector<Cue>& cues, const std::vector<std::int32_t>& cueAt)
        : m_a(a), m_cues(cues), m_cueAt(cueAt), m_before(cues.size())
    {
    }
    const SourcePhrase& before(std::size_t cue) const;
    // sourceBefore(a, end, limit), read from the cache when a cue stands at `end` and `limit`
    // is its sentence's first token
    SourcePhrase sourceBefore(std::uint32_t end, std::uint32_t limit) const;

private:
    const Analysis& m_a;
    const std::vector<Cue>& m_cues;
    const std::vector<std::int32_t>& m_cueAt;
    mutable std::vector<std::optional<SourcePhrase>> m_before;  // filled as the rules ask
};

struct AttributionContext {
    const Analysis& analysis;
    const std::vector<Cue>& cues;
    const std::vector<std::int32_t>& cueAt;  // per token: the index of the cue at it, or -1
    const CueSources& cueSources;
};

// Direct quotations with their cues and sources; quotations that are terms stay out.
std::vector<Attribution> attributeDirect(const AttributionContext& ctx, std::vector<bool>& cueUsed,
                                         std::vector<std::int32_t>& quotationOwner);

// Reported speech around the cues that direct quotes did not use. Quoted terms inside a
// reported clause make it a mixed quote.
std::vector<Attribution> attributeIndirect(const AttributionContext& ctx, std::vector<bool>& cueUsed,
                                           std::vector<std::int32_t>& quotationOwner,
                                           const std::vector<Attribution>& direct);

// The subject of a participle cue (", adding that …", "…, saying") or of a cue after "and"/"but"
// ("… and said, “…”"). It is the source of the
// clause the participle hangs on: the subject of an earlier cue in the sentence, or the
// sentence's opening name or pronoun.
SourcePhrase participleSubject(const AttributionContext& ctx, std::uint32_t cueToken);

// "BRUSSELS (Reuters) - ", "NEW YORK, June 3 — " or "Washington (AFP) – " opening a paragraph:
// the token after the dateline's dash, or `start` when there is none.
std::uint32_t afterDateline(const Analysis& a, std::uint32_t start, std::uint32_t end);

// The name, pronoun or role noun that opens a sentence and is followed by its verb:
// "The Arizona Republican survived … and says …".
SourcePhrase sentenceSubject(const Analysis& a, std::uint32_t sentenceStart, std::uint32_t before);

// The subject of a non-finite cue inside a clause: "… by saying that …", "gathered Friday to
// discuss …", "Citing a report, Trump said …" — the sentence's subject, or for an opening
// participle the subject after its clause.
SourcePhrase embeddedSubject(const AttributionContext& ctx, std::uint32_t cueToken);

// Both, merged in reading order.
std::vector<Attribution> attribute(const Analysis& a, const std::vector<Cue>& cues);

std::string dump(const Analysis& a, const std::vector<Cue>& cues, const std::vector<Attribution>& attributions);

}  // namespace ql
