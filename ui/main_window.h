#pragma once
// The reader's window: the article in the middle, the quote and speaker panels as docks, a
// status bar that counts what the engine found. It wires the parts together — selecting a
// quote or speaker in one place shows it in the others — and remembers its layout.
// The window shows a session it does not own: the views read the session until they are
// deleted, which happens after a member of the window would be gone.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QMainWindow>

class QLabel;

namespace qlui {

class AnalysisStatus;
class ArticleOpener;
class ArticlePane;
class ArticleView;
class Corrections;
class DocumentSession;
class QuotePanel;
class ReaderActions;
class RecentFiles;
class SpeakerPanel;
class WorkSaver;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DocumentSession& session, QWidget* parent = nullptr);

    // Opens an article (text, Markdown or a web page; `encoding` forces one, e.g. "windows-1252"),
    // with the work saved beside it when there is some; when the file is refused, says why in
    // a message box and keeps the current article. Unsaved work on the current article is
    // offered to be saved first. An article open in another window is not opened twice:
    // that window comes forward. Returns whether it opened. Quotes are found in the background.
    bool openFile(const QString& path, const QString& encoding = {});
    // The window with the work on the article (or saved work file) at `path`, if one has it.
    static MainWindow* windowWith(const QString& path);
    // Shows the window on top, active, saying why.
    void bringForward(const QString& why);

    // Reads the clipboard's text as a new article (HTML with its headings, emphasis and links).
    // Returns whether there was text.
    bool newFromClipboard();

    DocumentSession& session() const { return m_session; }
    ReaderActions& actions() const { return *m_actions; }
    // File → Open URL… and Reopen with Encoding.
    ArticleOpener& opener() const { return *m_opener; }
    Corrections& corrections() const { return *m_corrections; }
    WorkSaver& workSaver() const { return *m_work; }
    ArticleView* articleView() const;
    QuotePanel* quotePanel() const { return m_quotes; }
    SpeakerPanel* speakerPanel() const { return m_speakers; }

    // QSettings: geometry, docks and toolbar, zoom. restoreLayout() is done by the constructor.
    void saveLayout() const;
    void restoreLayout();

signals:
    // Files dropped on the window beyond the first, for the application to open elsewhere.
    void openElsewhere(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    void connectActions();
    void chooseFile();
    void showPreferences();
    void showAbout();
    void applyPreferences();
    void showError(const QString& name, const QString& reason);  // `name`: the file's or the page's
    void documentChanged();
    void historyChanged();
    void updateBusy();

    DocumentSession& m_session;
    ArticlePane* m_article = nullptr;
    QuotePanel* m_quotes = nullptr;
    SpeakerPanel* m_speakers = nullptr;
    ReaderActions* m_actions = nullptr;
    ArticleOpener* m_opener = nullptr;
    Corrections* m_corrections = nullptr;
    WorkSaver* m_work = nullptr;
    RecentFiles* m_recent = nullptr;
    AnalysisStatus* m_busy = nullptr;
    QLabel* m_counts = nullptr;
    bool m_syncingSpeaker = false;  // the speaker panel follows the quote panel's filter
};

}  // namespace qlui
