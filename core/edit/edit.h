#pragma once
// Corrections as values.
//
// Every edit names quotes and speakers by their stable ids, is applied to a Document (only
// its annotations change) and returns its inverse, so that an undo stack is a list of values
// and nothing holds a pointer into the document. Edits are saved as JSON (edit_json.h),
// a repeat of the same small edit (a nudge, a keystroke in a name) merges into the one
// before it (mergeEdits), and a Compound makes several edits one undo step.
// Every edit a human makes marks what it changes as `manual`, so that extracting again
// never overwrites it (extraction_merge.h).

#include "document/document.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace ql {

// Gives the quote to another speaker, or to nobody when `speaker` is none.
struct ReassignQuote final {
    QuoteId quote{};
    SpeakerId speaker{};
    friend bool operator==(const ReassignQuote&, const ReassignQuote&) = default;
};

// A new speaker, usually from a selection (`mention`), optionally given a quote at once.
struct CreateSpeaker final {
    SpeakerId id{};  // chosen when the edit is made (nextSpeakerId), so that redo gives the same
    std::string name{};
    SpeakerType type = SpeakerType::Person;
    Gender gender = Gender::Unknown;
    std::string role{};
    std::optional<Span> mention = std::nullopt;  // becomes a name mention of the new speaker
    QuoteId assign{};                            // a quote to give to the new speaker
    friend bool operator==(const CreateSpeaker&, const CreateSpeaker&) = default;
};

// Changes the fields that are set, leaves the others.
struct EditSpeaker final {
    SpeakerId speaker{};
    std::optional<std::string> name = std::nullopt;
    std::optional<std::string> role = std::nullopt;
    std::optional<SpeakerType> type = std::nullopt;
    std::optional<Gender> gender = std::nullopt;
    friend bool operator==(const EditSpeaker&, const EditSpeaker&) = default;
};

// `from` disappears: its quotes, mentions and runner-up places go to `into`, its names
// join `into`'s aliases.
struct MergeSpeakers final {
    SpeakerId from{};
    SpeakerId into{};
    friend bool operator==(const MergeSpeakers&, const MergeSpeakers&) = default;
};

// One alias of `from` becomes a speaker of its own (`id`), with the mentions written that
// way, the quotes they name and what hangs on them.
struct SplitAlias final {
    SpeakerId from{};
    std::string alias{};
    SpeakerId id{};
    friend bool operator==(const SplitAlias&, const SplitAlias&) = default;
};

struct AddQuote final {
    QuoteId id{};  // chosen when the edit is made (nextQuoteId)
    QuoteKind kind = QuoteKind::Direct;
    std::vector<Span> spans{};
    SpeakerId speaker{};
    friend bool operator==(const AddQuote&, const AddQuote&) = default;
};

// Deletes the quote and remembers its place, so that extracting again does not bring it back.
struct RejectQuote final {
    QuoteId quote{};
    friend bool operator==(const RejectQuote&, const RejectQuote&) = default;
};

struct SetQuoteSpans final {
    QuoteId quote{};
    std::vector<Span> spans{};
    friend bool operator==(const SetQuoteSpans&, const SetQuoteSpans&) = default;
};

enum class Edge { Begin, End };
enum class NudgeUnit { Character, Word };
std::string_view toString(Edge edge);       // "begin", "end"
std::string_view toString(NudgeUnit unit);  // "character", "word"

// Moves the first span's begin or the last span's end by `steps` words or characters
// (negative: towards the start of the text). A quote never becomes empty.
struct NudgeQuoteSpan final {
    QuoteId quote{};
    Edge edge = Edge::End;
    NudgeUnit unit = NudgeUnit::Word;
    int steps = 1;
    friend bool operator==(const NudgeQuoteSpan&, const NudgeQuoteSpan&) = default;
};

// Sets (or clears) the source as written near the quote; a new place becomes a mention of
// the quote's speaker.
struct SetQuoteMention final {
    QuoteId quote{};
    std::optional<Span> span = std::nullopt;
    MentionKind kind = MentionKind::Name;
    friend bool operator==(const SetQuoteMention&, const SetQuoteMention&) = default;
};

struct SetQuoteCue final {
    QuoteId quote{};
    std::optional<Span> span = std::nullopt;
    friend bool operator==(const SetQuoteCue&, const SetQuoteCue&) = default;
};

struct SetVerified final {
    QuoteId quote{};
    bool verified = true;
    friend bool operator==(const SetVerified&, const SetVerified&) = default;
};

// Says whom one mention (found by its span, added when missing) refers to. Use
// correctMention() in chain.h to carry the correction to what depends on it.
struct SetMentionSpeaker final {
    Span mention{};
    SpeakerId speaker{};
    MentionKind kind = MentionKind::Name;  // for a mention that is not there yet
    friend bool operator==(const SetMentionSpeaker&, const SetMentionSpeaker&) = default;
};

// The whole annotation set at once: merging a fresh extraction is one undoable step.
struct ReplaceAnnotations final {
    AnnotationSet annotations{};
    friend bool operator==(const ReplaceAnnotations&, const ReplaceAnnotations&) = default;
};

// The state of one quote or speaker before an edit: absent (nullopt) or its value and place.
template <typename T, typename IdT>
struct Snapshot final {
    IdT id{};
    std::optional<T> state{};
    std::size_t index = 0;
    friend bool operator==(const Snapshot&, const Snapshot&) = default;
};

// The inverse that apply() returns: puts back what an edit touched, exactly. It is never
// saved; History rebuilds inverses by replaying the saved edits.
struct Restore final {
    std::vector<Snapshot<Quote, QuoteId>> quotes{};
    std::vector<Snapshot<Speaker, SpeakerId>> speakers{};
    std::optional<std::vector<Mention>> mentions = std::nullopt;
    std::optional<std::vector<Span>> rejected = std::nullopt;
    friend bool operator==(const Restore&, const Restore&) = default;
};

struct Edit;

// Several edits as one undo step, applied in order; all or nothing.
struct Compound final {
    std::string label{};  // what the step is called in an undo menu
    std::vector<Edit> edits{};
};
bool operator==(const Compound& a, const Compound& b);

using EditValue = std::variant<ReassignQuote, CreateSpeaker, EditSpeaker, MergeSpeakers, SplitAlias, AddQuote,
                               RejectQuote, SetQuoteSpans, NudgeQuoteSpan, SetQuoteMention, SetQuoteCue,
                               SetVerified, SetMentionSpeaker, ReplaceAnnotations, Compound, Restore>;

struct Edit final {
    EditValue value{};
    friend bool operator==(const Edit&, const Edit&) = default;
};

struct ApplyResult final {
    Edit inverse{};
    std::string error{};  // non-empty when the edit was refused; the document is then unchanged

    bool ok() const { return error.empty(); }
};

// Applies the edit to document.annotations; document.text is read (nudges, aliases) and
// never changed. A refused edit (unknown id, span outside the text, ...) changes nothing.
ApplyResult apply(const Edit& edit, Document& document);

// A short label for an undo menu ("Reassign quote", "Merge speakers").
std::string describe(const Edit& edit);

// Folds `next` into `previous` when it repeats the same small edit on the same target
// (nudging the same edge, typing the same speaker's name, dragging the same quote's span):
// then applying the merged `previous` once has the effect of both. Returns whether it did.
bool mergeEdits(Edit& previous, const Edit& next);

// The same grouping as a number for QUndoCommand::id(): equal for edits that may merge,
// -1 for edits that never merge.
int mergeId(const Edit& edit);

}  // namespace ql
