#pragma once
// The reader's actions, menus and toolbar, with the platform's standard shortcuts. The window
// connects what they do; other features (editing, export) add their own menus beside these.

#include <QObject>

class QAction;
class QMainWindow;
class QMenu;
class QToolBar;

namespace qlui {

class ReaderActions final : public QObject {
    Q_OBJECT
public:
    explicit ReaderActions(QMainWindow& window);

    // Builds the menu bar and the toolbar; `panels` are the dock widgets' toggle actions.
    void buildMenus(const QList<QAction*>& panels);

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* recentMenu() const { return m_recentMenu; }
    QMenu* encodingMenu() const { return m_encodingMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QToolBar* toolBar() const { return m_toolBar; }

    QAction* open;
    QAction* openUrl;
    QAction* newFromClipboard;
    QAction* save;
    QAction* saveAs;
    QAction* exportArticle;
    QAction* stopAnalysis;
    QAction* findQuotesAgain;
    QAction* quit;
    QAction* find;
    QAction* findNext;
    QAction* findPrevious;
    QAction* preferences;
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomReset;
    QAction* nextQuote;
    QAction* previousQuote;
    QAction* focusArticle;
    QAction* focusQuotes;
    QAction* focusSpeakers;
    QAction* filterQuotes;
    QAction* about;

private:
    QAction* make(const QString& text, const QList<QKeySequence>& keys, const QString& tip = {});

    QMainWindow& m_window;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_encodingMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QToolBar* m_toolBar = nullptr;
};

}  // namespace qlui
