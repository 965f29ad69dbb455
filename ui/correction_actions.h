#pragma once
// The actions that correct the annotations, with their keys, and the Quote and Speaker menus
// that hold them. What they do is wired by QuoteCorrections and SpeakerCorrections; the
// keys are single letters and digits (as J/K are) because correcting is done many times in
// a row, and they give way to typing wherever text is typed.

#include <QList>
#include <QObject>

class QAction;
class QMainWindow;
class QMenu;

namespace qlui {

class EditStack;

class CorrectionActions final : public QObject {
    Q_OBJECT
public:
    static constexpr int kCandidateKeys = 9;

    CorrectionActions(QMainWindow& window, const EditStack& edits);

    // Puts Undo/Redo at the top of `editMenu` and the Quote and Speaker menus before `before`.
    void buildMenus(QMenu& editMenu, QAction* before);

    QMenu* quoteMenu() const { return m_quoteMenu; }
    QMenu* speakerMenu() const { return m_speakerMenu; }

    QAction* undo;
    QAction* redo;

    QList<QAction*> reassignTo;  // keys 1-9: the current quote's ranked candidates
    QAction* reassign;           // R: choose or type a speaker
    QAction* unattribute;        // 0
    QAction* newSpeaker;         // from the selected text, given the current quote
    QAction* addQuote;
    QAction* deleteQuote;
    QAction* setSpan;
    QAction* startEarlier;
    QAction* startLater;
    QAction* endEarlier;
    QAction* endLater;
    QAction* startEarlierChar;
    QAction* startLaterChar;
    QAction* endEarlierChar;
    QAction* endLaterChar;
    QAction* setMention;
    QAction* clearMention;
    QAction* setCue;
    QAction* clearCue;
    QAction* toggleVerified;
    QAction* verifyAndNext;
    QAction* nextToCheck;

    QAction* editSpeaker;
    QAction* mergeSpeaker;
    QAction* splitAlias;
    QAction* verifyAllFromSpeaker;
    QAction* correctMention;

private:
    QAction* make(const QString& text, const QList<QKeySequence>& keys, const QString& tip = {});

    QMainWindow& m_window;
    QMenu* m_quoteMenu = nullptr;
    QMenu* m_speakerMenu = nullptr;
};

}  // namespace qlui
