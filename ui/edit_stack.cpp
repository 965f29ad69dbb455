#include "ui/edit_stack.h"

#include "ui/document_session.h"
#include "ui/labels.h"

#include <QAction>
#include <QUndoCommand>
#include <QUndoStack>

namespace qlui {

// One step of the history. Its edit is kept for the label and for merging; applying it is the
// session's job, so undo() and redo() only ask the session to move.
class EditCommand final : public QUndoCommand {
public:
    EditCommand(EditStack& owner, ql::Edit forward, bool mergeable, bool merged)
        : m_owner(owner), m_forward(std::move(forward)), m_id(mergeable ? ql::mergeId(m_forward) : -1), m_merged(merged)
    {
        setText(fromUtf8(ql::describe(m_forward)));
    }

    int id() const override { return m_id; }

    // Merges exactly when the history did: the history decided, this only follows.
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* next = static_cast<const EditCommand*>(other);  // only EditCommands share our ids
        if (!next->m_merged)
            return false;
        m_forward = next->m_forward;  // the merged step as the history holds it
        setText(next->text());
        return true;
    }

    void undo() override { m_owner.undoStep(); }
    void redo() override { m_owner.redoStep(); }

private:
    EditStack& m_owner;
    ql::Edit m_forward;
    int m_id;
    bool m_merged;
};

namespace {
// Sets a flag for the lifetime of a scope.
class Busy final {
public:
    explicit Busy(bool& flag) : m_flag(flag), m_was(flag) { m_flag = true; }
    ~Busy() { m_flag = m_was; }
    Busy(const Busy&) = delete;
    Busy& operator=(const Busy&) = delete;

private:
    bool& m_flag;
    bool m_was;
};
}  // namespace

EditStack::EditStack(DocumentSession& session, QObject* parent)
    : QObject(parent), m_session(session), m_stack(new QUndoStack(this))
{
    m_stack->setObjectName(QStringLiteral("editStack"));
    connect(&session, &DocumentSession::documentChanged, this, &EditStack::rebuild);
    connect(&session, &DocumentSession::historyChanged, this, &EditStack::historyChanged);
    rebuild();
}

ql::ApplyResult EditStack::perform(const ql::Edit& edit, bool merge)
{
    const ql::History& history = m_session.history();
    const std::size_t before = history.position();
    ql::ApplyResult result;
    {
        const Busy busy(m_busy);
        result = m_session.perform(edit, merge);
        if (!result.ok())
            return result;
        const bool merged = history.position() == before;
        // Pushing calls redo(), which does nothing while busy: the session has applied it already.
        m_stack->push(new EditCommand(*this, history.steps()[history.position() - 1].forward, merge, merged));
    }
    if (!inStep())
        rebuild();
    return result;
}

QAction* EditStack::createUndoAction(QObject* parent) const
{
    QAction* action = m_stack->createUndoAction(parent, tr("&Undo"));
    action->setObjectName(QStringLiteral("undoAction"));
    action->setShortcuts(QKeySequence::Undo);
    return action;
}

QAction* EditStack::createRedoAction(QObject* parent) const
{
    QAction* action = m_stack->createRedoAction(parent, tr("&Redo"));
    action->setObjectName(QStringLiteral("redoAction"));
    action->setShortcuts(QKeySequence::Redo);
    return action;
}

bool EditStack::inStep() const
{
    const ql::History& history = m_session.history();
    const auto& steps = history.steps();
    if (static_cast<std::size_t>(m_stack->count()) != steps.size() ||
        static_cast<std::size_t>(m_stack->index()) != history.position())
        return false;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (m_stack->text(static_cast<int>(i)) != fromUtf8(ql::describe(steps[i].forward)))
            return false;
    }
    return true;
}

void EditStack::undoStep()
{
    if (m_busy)
        return;
    const Busy busy(m_busy);
    m_session.undo();
}

void EditStack::redoStep()
{
    if (m_busy)
        return;
    const Busy busy(m_busy);
    m_session.redo();
}

void EditStack::historyChanged()
{
    if (m_busy)
        return;
    if (!inStep()) {
        rebuild();
        return;
    }
    // The history does not merge into the step where the work was saved; neither does a
    // QUndoStack into its clean index.
    const Busy busy(m_busy);
    if (!m_session.isModified())
        m_stack->setClean();
    else if (m_stack->isClean())
        m_stack->resetClean();
}

void EditStack::rebuild()
{
    const Busy busy(m_busy);
    const ql::History& history = m_session.history();
    m_stack->clear();
    for (const ql::History::Step& step : history.steps())
        m_stack->push(new EditCommand(*this, step.forward, false, false));
    m_stack->setIndex(static_cast<int>(history.position()));
    if (!m_session.isModified())
        m_stack->setClean();
    else
        m_stack->resetClean();
}

}  // namespace qlui
