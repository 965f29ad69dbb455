#pragma once
// The reader's windows: one session and one window per article opened from the command line
// or dropped beyond the first. A window closed is deleted with its session.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace qlui {

class MainWindow;

class ReaderApp final : public QObject {
    Q_OBJECT
public:
    explicit ReaderApp(QObject* parent = nullptr);
    ~ReaderApp() override;  // closes the windows before their sessions go

    // A new window, shown; with `path` opened in it when given: a file, a file:// URL, or an
    // http(s) address fetched with progress in the status bar. When a window has that
    // article open already, it comes forward instead.
    MainWindow* newWindow(const QString& path = {});
    // Opens every file in a window of its own. Without files, the recent articles that have
    // autosaved work waiting (Quotelens was killed or crashed) open, each offering it, and so
    // does autosaved text that had no file; else one empty window.
    void openAll(const QStringList& paths);
    QList<MainWindow*> windows() const;

private:
    QList<QPointer<MainWindow>> m_windows;
};

}  // namespace qlui
