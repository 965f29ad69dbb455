#pragma once
// The reader's window: the article on the left, the quote panel on the right, a status bar
// that counts what the engine found. Selecting a quote in either place shows it in the other.
// The window shows a session it does not own: the views read the session until they are
// deleted, which happens after a member of the window would be gone.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/ids.h"
#endif

#include <QMainWindow>

class QLabel;
class QTableView;

namespace qlui {

class ArticleView;
class DocumentSession;
class QuoteListModel;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(DocumentSession& session, QWidget* parent = nullptr);

    // Opens an article; when the file is refused, says why in a message box and keeps the
    // current article. Returns whether it opened.
    bool openFile(const QString& path);

private:
    void createMenus();
    void createQuotePanel();
    void chooseFile();
    void showError(const QString& path, const QString& reason);
    void documentChanged();
    void quoteClicked(ql::QuoteId id);

    DocumentSession& m_session;
    ArticleView* m_article = nullptr;
    QuoteListModel* m_quotes = nullptr;
    QTableView* m_quoteTable = nullptr;
    QLabel* m_counts = nullptr;
    bool m_followingArticle = false;  // a row selected from the article must not re-select the text
};

}  // namespace qlui
