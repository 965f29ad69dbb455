#include "ui/reader_actions.h"

#include "ui/make_action.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

namespace qlui {

namespace {
// The standard key, or the fallback where the platform has none (Preferences on Linux).
QList<QKeySequence> standard(QKeySequence::StandardKey key, const QString& fallback = {})
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty() && !fallback.isEmpty())
        keys << QKeySequence(fallback);
    return keys;
}
}  // namespace

ReaderActions::ReaderActions(QMainWindow& window) : QObject(&window), m_window(window)
{
    QStyle* style = QApplication::style();
    open = make(tr("&Open…"), standard(QKeySequence::Open), tr("Open an article"));
    open->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    // Ctrl+L as a browser's "open location".
    openUrl = make(tr("Open &URL…"), {QKeySequence(tr("Ctrl+L"))}, tr("Open a web page by its address"));
    openUrl->setIcon(style->standardIcon(QStyle::SP_DriveNetIcon));
    newFromClipboard = make(tr("New from &Clipboard"), {QKeySequence(tr("Ctrl+Shift+V"))},
                            tr("Read the text on the clipboard as an article"));
    newFromClipboard->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    save = make(tr("&Save"), standard(QKeySequence::Save), tr("Save your work on the article beside it"));
    save->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    saveAs = make(tr("Save &As…"), standard(QKeySequence::SaveAs, QStringLiteral("Ctrl+Shift+S")),
                  tr("Save your work on the article to a file you choose"));
    findQuotesAgain = make(tr("Find Quotes &Again"), standard(QKeySequence::Refresh, QStringLiteral("F5")),
                           tr("Run the engine again; verified quotes and your corrections stay"));
    findQuotesAgain->setIcon(style->standardIcon(QStyle::SP_BrowserReload));
    exportArticle = make(tr("&Export…"), {QKeySequence(tr("Ctrl+E"))},
                         tr("Save the annotated article as HTML, PDF, JSON, CSV or Markdown"));
    exportArticle->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    exportArticle->setEnabled(false);
    stopAnalysis = make(tr("&Stop Finding Quotes"), {QKeySequence(tr("Ctrl+."))},
                        tr("Stop the running analysis; the text stays"));
    stopAnalysis->setIcon(style->standardIcon(QStyle::SP_BrowserStop));
    stopAnalysis->setEnabled(false);
    quit = make(tr("&Quit"), standard(QKeySequence::Quit, QStringLiteral("Ctrl+Q")));
    quit->setMenuRole(QAction::QuitRole);

    find = make(tr("&Find…"), standard(QKeySequence::Find), tr("Find in the article"));
    find->setIcon(style->standardIcon(QStyle::SP_FileDialogContentsView));
    findNext = make(tr("Find &Next"), standard(QKeySequence::FindNext, QStringLiteral("F3")));
    findPrevious = make(tr("Find Pre&vious"), standard(QKeySequence::FindPrevious, QStringLiteral("Shift+F3")));
    preferences = make(tr("&Preferences…"), standard(QKeySequence::Preferences, QStringLiteral("Ctrl+,")));
    preferences->setMenuRole(QAction::PreferencesRole);

    zoomIn = make(tr("Zoom &In"), standard(QKeySequence::ZoomIn));
    zoomOut = make(tr("Zoom &Out"), standard(QKeySequence::ZoomOut));
    zoomReset = make(tr("&Actual Size"), {QKeySequence(tr("Ctrl+0"))});
    // J/K as in mail readers, F8 as in editors' "next problem".
    nextQuote = make(tr("&Next Quote"), {QKeySequence(Qt::Key_F8), QKeySequence(Qt::Key_J)},
                     tr("Next quote in reading order (F8 or J)"));
    nextQuote->setIcon(style->standardIcon(QStyle::SP_ArrowDown));
    previousQuote = make(tr("&Previous Quote"), {QKeySequence(Qt::SHIFT | Qt::Key_F8), QKeySequence(Qt::Key_K)},
                         tr("Previous quote in reading order (Shift+F8 or K)"));
    previousQuote->setIcon(style->standardIcon(QStyle::SP_ArrowUp));
    focusArticle = make(tr("Go to &Article"), {QKeySequence(tr("Ctrl+1"))});
    focusQuotes = make(tr("Go to &Quotes"), {QKeySequence(tr("Ctrl+2"))});
    focusSpeakers = make(tr("Go to &Speakers"), {QKeySequence(tr("Ctrl+3"))});
    filterQuotes = make(tr("&Filter Quotes…"), {QKeySequence(tr("Ctrl+Shift+F"))});
    about = make(tr("&About Quotelens"), {});
    about->setMenuRole(QAction::AboutRole);
}

QAction* ReaderActions::make(const QString& text, const QList<QKeySequence>& keys, const QString& tip)
{
    return makeAction(m_window, text, keys, tip);
}

void ReaderActions::buildMenus(const QList<QAction*>& panels)
{
    QMenuBar* bar = m_window.menuBar();
    m_fileMenu = bar->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(open);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_fileMenu->addAction(openUrl);
    m_fileMenu->addAction(newFromClipboard);
    m_encodingMenu = m_fileMenu->addMenu(tr("Reopen with &Encoding"));
    m_encodingMenu->setObjectName(QStringLiteral("encodingMenu"));
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(save);
    m_fileMenu->addAction(saveAs);
    m_fileMenu->addAction(exportArticle);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(findQuotesAgain);
    m_fileMenu->addAction(stopAnalysis);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(quit);

    m_editMenu = bar->addMenu(tr("&Edit"));
    QMenu* edit = m_editMenu;
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(find);
    edit->addAction(findNext);
    edit->addAction(findPrevious);
    edit->addSeparator();
    edit->addAction(preferences);

    m_viewMenu = bar->addMenu(tr("&View"));
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(nextQuote);
    m_viewMenu->addAction(previousQuote);
    m_viewMenu->addAction(filterQuotes);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(zoomIn);
    m_viewMenu->addAction(zoomOut);
    m_viewMenu->addAction(zoomReset);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(focusArticle);
    m_viewMenu->addAction(focusQuotes);
    m_viewMenu->addAction(focusSpeakers);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(panels);

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_toolBar = m_window.addToolBar(tr("Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("toolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    m_toolBar->addAction(open);
    m_toolBar->addAction(newFromClipboard);
    m_toolBar->addAction(save);
    m_toolBar->addSeparator();
    m_toolBar->addAction(previousQuote);
    m_toolBar->addAction(nextQuote);
    m_toolBar->addSeparator();
    m_toolBar->addAction(find);
    m_viewMenu->addAction(m_toolBar->toggleViewAction());
}

}  // namespace qlui
