#include "edit/history.h"

#include <algorithm>

namespace ql {

namespace {

template <typename S>
bool touchedIn(const std::vector<S>& snapshots, decltype(S::id) id)
{
    return std::any_of(snapshots.begin(), snapshots.end(), [id](const S& s) { return s.id == id; });
}

// The inverse of two steps merged into one. When the second touched only what the first
// did, undoing the first alone puts everything back; otherwise both, last first.
Edit mergedInverse(const Edit& first, const Edit& second)
{
    const auto* a = std::get_if<Restore>(&first.value);
    const auto* b = std::get_if<Restore>(&second.value);
    if (a && b) {
        const bool covered =
            std::all_of(b->quotes.begin(), b->quotes.end(), [&](const auto& s) { return touchedIn(a->quotes, s.id); }) &&
            std::all_of(b->speakers.begin(), b->speakers.end(),
                        [&](const auto& s) { return touchedIn(a->speakers, s.id); }) &&
            (!b->mentions || a->mentions) && (!b->rejected || a->rejected);
        if (covered)
            return first;
    }
    return {Compound{"", {second, first}}};
}

}  // namespace

ApplyResult History::perform(const Edit& edit, Document& document, bool merge)
{
    ApplyResult result = apply(edit, document);
    if (!result.ok())
        return result;
    if (m_saved && *m_saved > m_position)
        m_saved.reset();  // the saved state was in the redo steps dropped here
    m_steps.resize(m_position);
    if (merge && m_position > 0 && m_saved != m_position) {
        Step& last = m_steps.back();
        Edit merged = last.forward;
        if (mergeEdits(merged, edit)) {
            last.forward = std::move(merged);
            last.inverse = mergedInverse(last.inverse, result.inverse);
            return result;
        }
    }
    m_steps.push_back({edit, result.inverse});
    ++m_position;
    return result;
}

std::string History::undoLabel() const { return canUndo() ? describe(m_steps[m_position - 1].forward) : std::string(); }
std::string History::redoLabel() const { return canRedo() ? describe(m_steps[m_position].forward) : std::string(); }

std::string History::undo(Document& document)
{
    if (!canUndo())
        return "there is nothing to undo";
    const ApplyResult result = apply(m_steps[m_position - 1].inverse, document);
    if (!result.ok())
        return result.error;
    --m_position;
    return {};
}

std::string History::redo(Document& document)
{
    if (!canRedo())
        return "there is nothing to redo";
    const ApplyResult result = apply(m_steps[m_position].forward, document);
    if (!result.ok())
        return result.error;
    m_steps[m_position].inverse = result.inverse;
    ++m_position;
    return {};
}

AnnotationSet History::base(const Document& document) const
{
    Document copy = document;
    for (std::size_t i = m_position; i > 0; --i)
        apply(m_steps[i - 1].inverse, copy);
    return std::move(copy.annotations);
}

std::string History::replay(const std::vector<Edit>& forwards, std::size_t position, Document& start,
                            History& history)
{
    History rebuilt;
    if (position > forwards.size())
        return "the history's position is past its last step";
    for (std::size_t i = 0; i < forwards.size(); ++i) {
        ApplyResult result = apply(forwards[i], start);
        if (!result.ok())
            return "step " + std::to_string(i + 1) + " (" + describe(forwards[i]) + ") cannot be replayed: " + result.error;
        rebuilt.m_steps.push_back({forwards[i], std::move(result.inverse)});
    }
    rebuilt.m_position = forwards.size();
    while (rebuilt.m_position > position)
        if (std::string error = rebuilt.undo(start); !error.empty())
            return error;
    rebuilt.m_saved = rebuilt.m_position;
    history = std::move(rebuilt);
    return {};
}

}  // namespace ql
