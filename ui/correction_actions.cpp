#include "ui/correction_actions.h"

#include "ui/edit_stack.h"
#include "ui/make_action.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace qlui {

namespace {
QKeySequence keys(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    return QKeySequence(QKeyCombination(modifiers, key));
}
}  // namespace

CorrectionActions::CorrectionActions(QMainWindow& window, const EditStack& edits) : QObject(&window), m_window(window)
{
    undo = edits.createUndoAction(&window);
    redo = edits.createRedoAction(&window);
    for (QAction* action : {undo, redo}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window.addAction(action);
    }

    for (int i = 1; i <= kCandidateKeys; ++i) {
        QAction* action = make(tr("Candidate &%1").arg(i), {keys(static_cast<Qt::Key>(Qt::Key_0 + i))});
        action->setData(i - 1);
        reassignTo << action;
    }
    reassign = make(tr("&Reassign Quote…"), {keys(Qt::Key_R)}, tr("Give the quote to another speaker: choose or type"));
    unattribute = make(tr("&Unattribute Quote"), {keys(Qt::Key_0)}, tr("Leave the quote without a speaker"));
    newSpeaker = make(tr("New S&peaker from Selection…"), {keys(Qt::Key_P)},
                      tr("A new speaker named by the selected text, given the current quote"));
    addQuote = make(tr("&Add Quote from Selection…"), {keys(Qt::Key_A)}, tr("Make the selected text a quote"));
    deleteQuote = make(tr("&Delete Quote"), QKeySequence::keyBindings(QKeySequence::Delete),
                       tr("This is not a quote: remove it (extracting again will not bring it back)"));
    setSpan = make(tr("Set &Span to Selection"), {keys(Qt::Key_S)}, tr("The quote is exactly the selected text"));
    // Alt+arrows move an edge by a word, with Shift the end instead of the start; with Ctrl
    // too, by one character.
    startEarlier = make(tr("Start a Word Earlier"), {keys(Qt::Key_Left, Qt::AltModifier)});
    startLater = make(tr("Start a Word Later"), {keys(Qt::Key_Right, Qt::AltModifier)});
    endEarlier = make(tr("End a Word Earlier"), {keys(Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier)});
    endLater = make(tr("End a Word Later"), {keys(Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier)});
    startEarlierChar = make(tr("Start a Character Earlier"), {keys(Qt::Key_Left, Qt::AltModifier | Qt::ControlModifier)});
    startLaterChar = make(tr("Start a Character Later"), {keys(Qt::Key_Right, Qt::AltModifier | Qt::ControlModifier)});
    endEarlierChar = make(tr("End a Character Earlier"),
                          {keys(Qt::Key_Left, Qt::AltModifier | Qt::ControlModifier | Qt::ShiftModifier)});
    endLaterChar = make(tr("End a Character Later"),
                        {keys(Qt::Key_Right, Qt::AltModifier | Qt::ControlModifier | Qt::ShiftModifier)});
    setMention = make(tr("Set &Mention to Selection"), {keys(Qt::Key_M)}, tr("The selected text names the quote's source"));
    clearMention = make(tr("Clear Mention"), {keys(Qt::Key_M, Qt::ShiftModifier)});
    setCue = make(tr("Set &Cue to Selection"), {keys(Qt::Key_C)}, tr("The selected text is the reporting verb"));
    clearCue = make(tr("Clear Cue"), {keys(Qt::Key_C, Qt::ShiftModifier)});
    toggleVerified = make(tr("&Verified"), {keys(Qt::Key_V)}, tr("Mark the quote checked by a person, or not"));
    toggleVerified->setCheckable(true);
    verifyAndNext = make(tr("Verify and Go to &Next to Check"), {keys(Qt::Key_V, Qt::ShiftModifier)});
    nextToCheck = make(tr("Next Quote to &Check"), {keys(Qt::Key_N)},
                       tr("The least confident quote nobody has checked yet"));

    editSpeaker = make(tr("&Edit Speaker…"), {keys(Qt::Key_E)}, tr("Rename the speaker, or change role, type, gender"));
    mergeSpeaker = make(tr("&Merge Speaker Into…"), {}, tr("The speaker is someone else: move all quotes and mentions"));
    splitAlias = make(tr("&Split Alias into a Speaker…"), {}, tr("One of the speaker's names is someone else"));
    verifyAllFromSpeaker = make(tr("&Verify All from Speaker"), {});
    correctMention = make(tr("&Correct Mention…"), {keys(Qt::Key_R, Qt::ShiftModifier)},
                          tr("Say whom the mention at the cursor refers to; what depends on it follows"));
}

QAction* CorrectionActions::make(const QString& text, const QList<QKeySequence>& keys, const QString& tip)
{
    return makeAction(m_window, text, keys, tip);
}

void CorrectionActions::buildMenus(QMenu& editMenu, QAction* before)
{
    QAction* first = editMenu.actions().isEmpty() ? nullptr : editMenu.actions().constFirst();
    editMenu.insertAction(first, undo);
    editMenu.insertAction(first, redo);
    editMenu.insertSeparator(first);

    m_quoteMenu = new QMenu(tr("&Quote"), &m_window);
    m_quoteMenu->setObjectName(QStringLiteral("quoteMenu"));
    m_quoteMenu->addAction(nextToCheck);
    m_quoteMenu->addAction(toggleVerified);
    m_quoteMenu->addAction(verifyAndNext);
    m_quoteMenu->addSeparator();
    QMenu* to = m_quoteMenu->addMenu(tr("Reassign &To"));
    to->setObjectName(QStringLiteral("reassignToMenu"));
    to->addActions(reassignTo);
    m_quoteMenu->addAction(reassign);
    m_quoteMenu->addAction(unattribute);
    m_quoteMenu->addAction(newSpeaker);
    m_quoteMenu->addSeparator();
    m_quoteMenu->addAction(addQuote);
    m_quoteMenu->addAction(deleteQuote);
    m_quoteMenu->addSeparator();
    m_quoteMenu->addAction(setSpan);
    QMenu* edges = m_quoteMenu->addMenu(tr("Move &Edges"));
    edges->addActions({startEarlier, startLater, endEarlier, endLater});
    edges->addSeparator();
    edges->addActions({startEarlierChar, startLaterChar, endEarlierChar, endLaterChar});
    m_quoteMenu->addAction(setMention);
    m_quoteMenu->addAction(clearMention);
    m_quoteMenu->addAction(setCue);
    m_quoteMenu->addAction(clearCue);

    m_speakerMenu = new QMenu(tr("&Speaker"), &m_window);
    m_speakerMenu->setObjectName(QStringLiteral("speakerMenu"));
    m_speakerMenu->addAction(editSpeaker);
    m_speakerMenu->addAction(mergeSpeaker);
    m_speakerMenu->addAction(splitAlias);
    m_speakerMenu->addAction(verifyAllFromSpeaker);
    m_speakerMenu->addSeparator();
    m_speakerMenu->addAction(correctMention);

    QMenuBar* bar = m_window.menuBar();
    bar->insertMenu(before, m_quoteMenu);
    bar->insertMenu(before, m_speakerMenu);
}

}  // namespace qlui
