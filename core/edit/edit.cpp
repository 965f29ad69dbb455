// Labels and merging of edits; apply() is in edit_apply.cpp.
#include "edit/edit.h"

#include <cstdlib>

namespace ql {

bool operator==(const Compound& a, const Compound& b) { return a.label == b.label && a.edits == b.edits; }

std::string_view toString(Edge edge) { return edge == Edge::Begin ? "begin" : "end"; }
std::string_view toString(NudgeUnit unit) { return unit == NudgeUnit::Word ? "word" : "character"; }

namespace {

struct Label {
    std::string operator()(const ReassignQuote& e) const { return e.speaker ? "Reassign quote" : "Unattribute quote"; }
    std::string operator()(const CreateSpeaker& e) const
    {
        return e.assign ? "New speaker \"" + e.name + "\" for quote" : "New speaker \"" + e.name + "\"";
    }
    std::string operator()(const EditSpeaker& e) const
    {
        if (e.name && !e.role && !e.type && !e.gender)
            return "Rename speaker";
        return "Edit speaker";
    }
    std::string operator()(const MergeSpeakers&) const { return "Merge speakers"; }
    std::string operator()(const SplitAlias& e) const { return "Split \"" + e.alias + "\" into a speaker"; }
    std::string operator()(const AddQuote&) const { return "Add quote"; }
    std::string operator()(const RejectQuote&) const { return "Delete quote"; }
    std::string operator()(const SetQuoteSpans&) const { return "Set quote span"; }
    std::string operator()(const NudgeQuoteSpan& e) const
    {
        return e.edge == Edge::Begin ? "Move quote start" : "Move quote end";
    }
    std::string operator()(const SetQuoteMention& e) const { return e.span ? "Set mention" : "Clear mention"; }
    std::string operator()(const SetQuoteCue& e) const { return e.span ? "Set cue" : "Clear cue"; }
    std::string operator()(const SetVerified& e) const { return e.verified ? "Mark verified" : "Mark unverified"; }
    std::string operator()(const SetMentionSpeaker&) const { return "Correct mention"; }
    std::string operator()(const ReplaceAnnotations&) const { return "Replace annotations"; }
    std::string operator()(const Compound& e) const { return e.label.empty() ? "Several edits" : e.label; }
    std::string operator()(const Restore&) const { return "Restore"; }
};

constexpr int kMaxSteps = 1'000'000;  // far beyond any text; keeps the sum from overflowing

bool sameFields(const EditSpeaker& a, const EditSpeaker& b)
{
    return a.speaker == b.speaker && a.name.has_value() == b.name.has_value() &&
           a.role.has_value() == b.role.has_value() && a.type.has_value() == b.type.has_value() &&
           a.gender.has_value() == b.gender.has_value();
}

}  // namespace

std::string describe(const Edit& edit) { return std::visit(Label{}, edit.value); }

int mergeId(const Edit& edit)
{
    if (std::holds_alternative<NudgeQuoteSpan>(edit.value))
        return 1;
    if (std::holds_alternative<EditSpeaker>(edit.value))
        return 2;
    if (std::holds_alternative<SetQuoteSpans>(edit.value))
        return 3;
    return -1;
}

bool mergeEdits(Edit& previous, const Edit& next)
{
    if (auto* a = std::get_if<NudgeQuoteSpan>(&previous.value)) {
        const auto* b = std::get_if<NudgeQuoteSpan>(&next.value);
        // Only nudges the same way: a word forward then a word back need not come back.
        if (!b || a->quote != b->quote || a->edge != b->edge || a->unit != b->unit ||
            (a->steps > 0) != (b->steps > 0) || std::abs(a->steps) > kMaxSteps || std::abs(b->steps) > kMaxSteps)
            return false;
        a->steps += b->steps;
        return true;
    }
    if (auto* a = std::get_if<EditSpeaker>(&previous.value)) {
        const auto* b = std::get_if<EditSpeaker>(&next.value);
        if (!b || !sameFields(*a, *b))
            return false;
        *a = *b;
        return true;
    }
    if (auto* a = std::get_if<SetQuoteSpans>(&previous.value)) {
        const auto* b = std::get_if<SetQuoteSpans>(&next.value);
        if (!b || a->quote != b->quote)
            return false;
        a->spans = b->spans;
        return true;
    }
    return false;
}

}  // namespace ql
