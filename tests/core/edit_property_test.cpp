// Property tests: every edit kind, applied and then inverted, gives back the identical
// annotation set; random sequences of edits undone to the start give back the original,
// and redone give back the end. Seeded, so every run generates the same edits.
#include "edit/builders.h"
#include "edit/chain.h"
#include "edit/extraction_merge.h"
#include "edit/history.h"
#include "edit_fixture.h"
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

#include <array>
#include <cstdint>

using namespace ql;

namespace {

// A small deterministic generator (SplitMix64): the same numbers on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    std::uint32_t below(std::uint32_t n) { return n == 0 ? 0 : static_cast<std::uint32_t>(next() % n); }
    bool chance(int percent) { return below(100) < static_cast<std::uint32_t>(percent); }

private:
    std::uint64_t m_state;
};

enum Kind {
    Reassign, Create, EditName, Merge, Split, Add, Reject, SetSpans, Nudge, SetMention, SetCue, Verify,
    MentionSpeaker, Replace, Bulk, KindCount
};

const char* kindName(int kind)
{
    static const std::array<const char*, KindCount> names = {
        "reassign", "create speaker", "edit speaker", "merge", "split alias", "add quote", "reject", "set spans",
        "nudge", "set mention", "set cue", "verify", "mention speaker", "replace", "compound"};
    return names[static_cast<std::size_t>(kind)];
}

// Random edits of one kind on the current document: mostly valid, sometimes not (an
// unknown id), so that refusals are exercised too.
class EditGenerator {
public:
    explicit EditGenerator(std::uint64_t seed) : m_random(seed) {}

    Edit make(int kind, const Document& d)
    {
        const AnnotationSet& set = d.annotations;
        switch (kind) {
        case Reassign: return {ReassignQuote{quote(set), speakerOrNone(set)}};
        case Create: {
            CreateSpeaker e = speakerFromSelection(d, span(d), m_random.chance(50) ? quote(set) : QuoteId{});
            if (e.name.empty())
                e.name = "Someone";
            return {e};
        }
        case EditName: {
            EditSpeaker e{speaker(set)};
            if (m_random.chance(60))
                e.name = "Name " + std::to_string(m_random.below(5));
            if (m_random.chance(40))
                e.role = "role";
            if (m_random.chance(30))
                e.gender = Gender::Female;
            return {e};
        }
        case Merge: return {MergeSpeakers{speaker(set), speaker(set)}};
        case Split: {
            const Speaker* s = set.speaker(speaker(set));
            const std::string alias = s && !s->aliases.empty() ? s->aliases[m_random.below(static_cast<std::uint32_t>(s->aliases.size()))]
                                                                : std::string("nobody");
            return {SplitAlias{s ? s->id : SpeakerId{1}, alias, nextSpeakerId(set)}};
        }
        case Add: return {quoteFromSelection(d, span(d), QuoteKind::Indirect, speakerOrNone(set))};
        case Reject: return {RejectQuote{quote(set)}};
        case SetSpans: {
            std::vector<Span> spans{span(d)};
            if (m_random.chance(30) && spans[0].end + 5 < d.text.size())
                spans.push_back(span(d, spans[0].end + 1));
            return {SetQuoteSpans{quote(set), spans}};
        }
        case Nudge:
            return {NudgeQuoteSpan{quote(set), m_random.chance(50) ? Edge::Begin : Edge::End,
                                   m_random.chance(50) ? NudgeUnit::Word : NudgeUnit::Character,
                                   static_cast<int>(m_random.below(7)) - 3}};
        case SetMention:
            return {SetQuoteMention{quote(set), m_random.chance(80) ? std::optional<Span>(span(d)) : std::nullopt,
                                    MentionKind::Pronoun}};
        case SetCue:
            return {SetQuoteCue{quote(set), m_random.chance(80) ? std::optional<Span>(span(d)) : std::nullopt}};
        case Verify: return {SetVerified{quote(set), m_random.chance(70)}};
        case MentionSpeaker: {
            const Span where = !set.mentions.empty() && m_random.chance(70)
                                   ? set.mentions[m_random.below(static_cast<std::uint32_t>(set.mentions.size()))].span
                                   : span(d);
            return {SetMentionSpeaker{where, speakerOrNone(set)}};
        }
        case Replace: return {ReplaceAnnotations{mergeExtraction(set, extractQuotes(d.text)).annotations}};
        default: break;
        }
        switch (m_random.below(3)) {
        case 0: return {verifyAllFrom(set, speaker(set))};
        case 1: return propagateReassign(set, quote(set), speakerOrNone(set)).edit;
        default: break;
        }
        const Span where = !set.mentions.empty() ? set.mentions[m_random.below(static_cast<std::uint32_t>(set.mentions.size()))].span
                                                 : span(d);
        return correctMention(set, where, speakerOrNone(set)).edit;
    }

private:
    QuoteId quote(const AnnotationSet& set)
    {
        if (set.quotes.empty() || m_random.chance(8))
            return QuoteId{90 + m_random.below(3)};
        return set.quotes[m_random.below(static_cast<std::uint32_t>(set.quotes.size()))].id;
    }
    SpeakerId speaker(const AnnotationSet& set)
    {
        if (set.speakers.empty() || m_random.chance(8))
            return SpeakerId{90 + m_random.below(3)};
        return set.speakers[m_random.below(static_cast<std::uint32_t>(set.speakers.size()))].id;
    }
    SpeakerId speakerOrNone(const AnnotationSet& set) { return m_random.chance(10) ? SpeakerId{} : speaker(set); }

    // A random span of a few words, on character boundaries.
    Span span(const Document& d, std::uint32_t from = 0)
    {
        const auto size = static_cast<std::uint32_t>(d.text.size());
        std::uint32_t begin = from + m_random.below(size - from - 1);
        while (begin > 0 && (static_cast<unsigned char>(d.text[begin]) & 0xC0) == 0x80)
            --begin;
        std::uint32_t end = std::min(size, begin + 1 + m_random.below(30));
        while (end < size && (static_cast<unsigned char>(d.text[end]) & 0xC0) == 0x80)
            ++end;
        return Span{begin, end};
    }

    Random m_random;
};

// The starting documents: the hand-made fixture and what the engine makes of the same text.
std::vector<Document> startingDocuments()
{
    Document extracted = ql::test::sampleDocument();
    extracted.annotations = extractQuotes(extracted.text);
    return {ql::test::sampleDocument(), extracted};
}

}  // namespace

TEST_CASE("edit property: every edit kind, applied then inverted, gives back the identical set")
{
    EditGenerator generate(20240501);
    std::array<int, KindCount> applied{};
    for (const Document& start : startingDocuments()) {
        for (int kind = 0; kind < KindCount; ++kind) {
            Document d = start;
            for (int round = 0; round < 40; ++round) {
                // Walk a little so that edits meet states other edits made, and start
                // again now and then before merges and deletions use everything up.
                if (round % 4 == 0)
                    d = start;
                const Document before = d;
                const Edit edit = generate.make(kind, d);
                const ApplyResult forward = apply(edit, d);
                INFO(kindName(kind) << " round " << round << ": " << describe(edit) << " " << forward.error);
                if (!forward.ok()) {
                    REQUIRE(d.annotations == before.annotations);
                    continue;
                }
                ++applied[static_cast<std::size_t>(kind)];
                const Document after = d;
                const ApplyResult back = apply(forward.inverse, d);
                REQUIRE(back.ok());
                REQUIRE(d.annotations == before.annotations);
                // And the inverse of the inverse is the edit again.
                REQUIRE(apply(back.inverse, d).ok());
                REQUIRE(d.annotations == after.annotations);
            }
        }
    }
    for (int kind = 0; kind < KindCount; ++kind) {
        INFO(kindName(kind));
        CHECK(applied[static_cast<std::size_t>(kind)] >= 10);  // the property was really exercised
    }
}

TEST_CASE("edit property: random sequences undone to the start give back the original")
{
    EditGenerator generate(7);
    Random lengths(99);
    int sequences = 0, steps = 0, merged = 0;
    for (const Document& start : startingDocuments()) {
        for (int sequence = 0; sequence < 150; ++sequence, ++sequences) {
            Document d = start;
            History history;
            const int length = 1 + static_cast<int>(lengths.below(25));
            int done = 0;
            for (int i = 0; i < length; ++i) {
                const Edit edit = generate.make(static_cast<int>(lengths.below(KindCount)), d);
                const std::size_t before = history.steps().size();
                if (history.perform(edit, d).ok()) {
                    ++done;
                    merged += history.steps().size() == before ? 1 : 0;
                }
                // Now and then an undo in the middle, then go on (dropping the redo).
                if (lengths.chance(15) && history.canUndo())
                    REQUIRE(history.undo(d).empty());
            }
            steps += done;
            const Document end = d;
            const std::size_t position = history.position();
            while (history.canUndo())
                REQUIRE(history.undo(d).empty());
            REQUIRE(d.annotations == start.annotations);
            while (history.position() < position)
                REQUIRE(history.redo(d).empty());
            REQUIRE(d.annotations == end.annotations);
            while (history.canRedo())
                REQUIRE(history.redo(d).empty());
            while (history.canUndo())
                REQUIRE(history.undo(d).empty());
            REQUIRE(d.annotations == start.annotations);
        }
    }
    CHECK(sequences == 300);
    CHECK(steps > 2000);
    CHECK(merged > 0);  // repeats were merged into one step and still undo exactly
}
