#pragma once
// The Qt face of the session's undo history: a QUndoStack whose commands wrap the core edits,
// for Edit → Undo/Redo (labels from the history) and the History panel (QUndoView).
//
// The session's ql::History stays the one source of truth. Corrections go through
// perform(), which applies the edit in the session first and pushes a command only when it
// was accepted (a refused edit must not drop what could be redone); commands undo and redo
// through the session. A repeat that the history merged into its last step merges here too
// (QUndoCommand::id() is ql::mergeId). Whenever the two could differ — a new document, saved
// work set with setWork(), an undo made on the session directly — the stack is rebuilt from
// the history.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "edit/edit.h"
#endif

#include <QObject>

class QAction;
class QUndoStack;

namespace qlui {

class DocumentSession;

class EditStack final : public QObject {
    Q_OBJECT
public:
    explicit EditStack(DocumentSession& session, QObject* parent = nullptr);

    // Applies the edit as one undo step (merged into the last one when the history merges it).
    ql::ApplyResult perform(const ql::Edit& edit, bool merge = true);

    QUndoStack* stack() const { return m_stack; }
    DocumentSession& session() const { return m_session; }

    // Edit → Undo and Redo, labelled from the history, with the platform's standard keys.
    QAction* createUndoAction(QObject* parent) const;
    QAction* createRedoAction(QObject* parent) const;

    // True while the stack mirrors the history step for step (a test's check).
    bool inStep() const;

private:
    friend class EditCommand;
    void undoStep();
    void redoStep();
    void historyChanged();
    void rebuild();

    DocumentSession& m_session;
    QUndoStack* m_stack;
    bool m_busy = false;  // the stack is moved by this class: commands must not touch the session
};

}  // namespace qlui
