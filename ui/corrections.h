#pragma once
// Correcting attributions in the reader's window: the edit stack (undo, redo, the History
// panel), the correction actions and menus, the quote and speaker corrections, the Issues
// panel, the review progress in the status bar, and the context menus of the article and
// the panels. The window makes one and keeps it.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QObject>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QUndoView;

namespace qlui {

class CorrectionActions;
class CorrectionContext;
class EditStack;
class IssuesPanel;
class MainWindow;
class QuoteCorrections;
class SpeakerCorrections;

class Corrections final : public QObject {
    Q_OBJECT
public:
    explicit Corrections(MainWindow& window);
    ~Corrections() override;

    EditStack& edits() const { return *m_edits; }
    CorrectionActions& actions() const { return *m_actions; }
    CorrectionContext& context() const { return *m_context; }
    QuoteCorrections& quotes() const { return *m_quotes; }
    SpeakerCorrections& speakers() const { return *m_speakers; }
    IssuesPanel* issues() const { return m_issues; }
    QUndoView* historyView() const { return m_history; }
    QLabel* progressLabel() const { return m_progress; }

    // The context menus' correction entries (the menus themselves open on a right click).
    void fillArticleMenu(QMenu& menu, int position);
    void fillQuoteMenu(QMenu& menu);
    void fillSpeakerMenu(QMenu& menu, ql::SpeakerId speaker);

private:
    void createDocks();
    void createCandidateBar();
    void connectPanels();
    void update();

    MainWindow& m_window;
    EditStack* m_edits;
    CorrectionActions* m_actions;
    std::unique_ptr<CorrectionContext> m_context;
    QuoteCorrections* m_quotes = nullptr;
    SpeakerCorrections* m_speakers = nullptr;
    IssuesPanel* m_issues = nullptr;
    QUndoView* m_history = nullptr;
    QLabel* m_progress = nullptr;
};

}  // namespace qlui
