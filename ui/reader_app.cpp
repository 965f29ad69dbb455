#include "ui/reader_app.h"

#include "ui/article_opener.h"
#include "ui/document_session.h"
#include "ui/main_window.h"
#include "ui/recent_files.h"
#include "ui/work_saver.h"

#include <QFileInfo>
#include <QPointer>
#include <QUrl>

namespace qlui {

ReaderApp::ReaderApp(QObject* parent) : QObject(parent) {}

ReaderApp::~ReaderApp() { qDeleteAll(windows()); }

MainWindow* ReaderApp::newWindow(const QString& path)
{
    // An address is fetched as File › Open URL does, with its progress; file:///… names a file.
    const QUrl url(path);
    const bool web = ArticleOpener::isWebAddress(url);
    const QString file = web ? QString() : url.isLocalFile() ? url.toLocalFile() : path;
    if (MainWindow* open = MainWindow::windowWith(file)) {
        open->bringForward(tr("“%1” is open in this window.").arg(QFileInfo(file).fileName()));
        return open;
    }
    auto* session = new DocumentSession(this);
    auto* window = new MainWindow(*session);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The session outlives the window's views: it goes once the window is gone.
    connect(window, &QObject::destroyed, session, &QObject::deleteLater);
    connect(window, &MainWindow::openElsewhere, this, [this](const QString& file) { newWindow(file); });
    // Later windows step down and right, so that none hides another exactly.
    const int others = static_cast<int>(windows().size());
    if (others > 0)
        window->move(window->pos() + QPoint(32, 32) * others);
    m_windows << window;
    window->show();
    if (web)
        window->opener().openUrl(url);
    else if (!file.isEmpty())
        window->openFile(file);
    return window;
}

void ReaderApp::openAll(const QStringList& paths)
{
    if (paths.isEmpty()) {
        QStringList waiting = RecentFiles().files();
        waiting.removeIf([](const QString& path) { return !WorkSaver::hasRecoveryFor(path); });
        for (const QString& path : waiting)
            newWindow(path);
        for (const QString& recovery : WorkSaver::untitledRecoveries()) {
            MainWindow* window = newWindow();
            if (!window->workSaver().restoreUntitled(recovery) && windows().size() > 1)
                window->close();  // declined: no empty window left behind
        }
        if (windows().isEmpty())
            newWindow();
        return;
    }
    for (const QString& path : paths)
        newWindow(path);
}

QList<MainWindow*> ReaderApp::windows() const
{
    QList<MainWindow*> open;
    for (const QPointer<MainWindow>& window : m_windows) {
        if (window)
            open << window;
    }
    return open;
}

}  // namespace qlui
