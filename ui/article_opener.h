#pragma once
// Opening articles that are not plain local files: File → Open URL… (the page fetched by
// UrlLoader, with progress and Cancel in the status bar, then read like a saved page) and
// File → Reopen with Encoding (the same file or address read again in the encoding chosen).

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QProgressBar;
class QWidget;

namespace qlui {

class DocumentSession;
class UrlLoader;

class ArticleOpener final : public QObject {
    Q_OBJECT
public:
    // Fills `encodingMenu` with the encodings; the status bar gets the progress of a fetch.
    ArticleOpener(QMainWindow& window, DocumentSession& session, QMenu& encodingMenu);

    // An http or https address with a host: what openUrl() fetches.
    static bool isWebAddress(const QUrl& url);
    // Asks for an address (the clipboard's, when it holds one) and opens it; not blocking.
    void askForUrl();
    // Fetches `url` and opens the page; the current article stays until it has been read.
    void openUrl(const QUrl& url, const QString& encoding = {});
    void cancel();
    bool loading() const { return m_loading; }
    // Asked before a fetched page replaces the article (there may be unsaved work on it);
    // false keeps the article.
    void setReplaceCheck(std::function<bool()> mayReplace) { m_mayReplace = std::move(mayReplace); }
    UrlLoader& loader() const { return *m_loader; }

signals:
    // A file to read again in another encoding; the window opens it.
    void reopenFile(const QString& path, const QString& encoding);
    // The page could not be fetched or read: `what` is its address, `reason` a phrase.
    void failed(const QString& what, const QString& reason);
    void loadingChanged(bool loading);
    // A fetched page replaced the article.
    void pageOpened();

private:
    void loaded(const QByteArray& bytes, const QString& contentType, const QUrl& finalUrl);
    void progress(qint64 received, qint64 total);
    void setLoading(bool loading);
    void updateEncodingMenu();

    QMainWindow& m_window;
    DocumentSession& m_session;
    QMenu& m_encodingMenu;
    UrlLoader* m_loader;
    QWidget* m_status;
    QLabel* m_label;
    QProgressBar* m_bar;
    QUrl m_requested;
    QString m_encoding;  // chosen for the page being fetched
    bool m_cancelled = false;
    bool m_loading = false;
    std::function<bool()> m_mayReplace;
};

}  // namespace qlui
