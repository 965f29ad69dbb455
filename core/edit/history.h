#pragma once
// The undo stack as data: unlimited, one step per edit (a Compound is one step), repeats
// merged into the step before them. It is saved with the work (history_json.h) as the
// forward edits and the state they start from; the inverses are rebuilt by replaying them,
// so undo still works after reopening.

#include "edit/edit.h"

#include <optional>
#include <string>
#include <vector>

namespace ql {

class History final {
public:
    struct Step {
        Edit forward;
        Edit inverse;
    };

    // Applies the edit and records it, dropping what could be redone. A repeat of the last
    // step's edit (mergeEdits) joins that step, unless `merge` is false or that step is
    // where the work was saved. A refused edit changes nothing.
    ApplyResult perform(const Edit& edit, Document& document, bool merge = true);

    bool canUndo() const { return m_position > 0; }
    bool canRedo() const { return m_position < m_steps.size(); }
    std::string undoLabel() const;  // empty when there is nothing to undo
    std::string redoLabel() const;

    // Each returns an error, empty on success (an error means the document no longer
    // matches the history, which a caller should never see).
    std::string undo(Document& document);
    std::string redo(Document& document);

    const std::vector<Step>& steps() const { return m_steps; }
    std::size_t position() const { return m_position; }  // steps done; the rest can be redone

    // For the "unsaved changes" mark in the window title.
    void markSaved() { m_saved = m_position; }
    bool isModified() const { return m_saved != m_position; }
    // The work differs from what is saved, whatever step is reached (restored from a
    // recovery file, re-anchored on a changed article).
    void markUnsaved() { m_saved.reset(); }

    // The annotations as they were before the first step: everything undone on a copy.
    AnnotationSet base(const Document& document) const;

    // Rebuilds a history by replaying saved forward edits on `start` (a document holding the
    // base annotations); `start` ends where `position` says. Returns an error when an edit
    // is refused: the saved edits do not belong to that base.
    static std::string replay(const std::vector<Edit>& forwards, std::size_t position, Document& start,
                              History& history);

private:
    std::vector<Step> m_steps;
    std::size_t m_position = 0;
    std::optional<std::size_t> m_saved = 0;  // nullopt when the saved state can no longer be reached
};

}  // namespace ql
