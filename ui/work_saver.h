#pragma once
// Saving the reader's work on the open article: File → Save to the annotation file beside
// the article (or one chosen with Save As), autosave of unsaved work to a recovery file on
// a short timer, the offer to restore that recovery when the article is opened again, and
// the Save / Discard / Cancel question before unsaved work would go. Every failure is told
// to the reader; nothing here ever replaces a file it cannot read (core/store). Autosave
// writes a copy of the work in a worker thread, so that a large article never stalls typing.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "store/autosave.h"
#endif

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>

class QMainWindow;

namespace qlui {

class DocumentSession;
class RecoveryLock;
struct SavedWork;

class WorkSaver final : public QObject {
    Q_OBJECT
public:
    static constexpr int kAutosaveIntervalMs = 5000;

    WorkSaver(DocumentSession& session, QMainWindow& window);
    ~WorkSaver() override;

    // After the session opened an article: tells what was found beside it (a refused
    // annotation file, annotations that could not be placed) and offers to restore autosaved
    // work. Returns notes for the status bar.
    QStringList articleOpened(const SavedWork& saved);
    // After text without a file was shown: there is nowhere to save until Save As.
    void textShown();
    // Opens work saved on its own (File → Open on a .quotelens.json, as Save As writes it)
    // on the text it holds; Save writes back to it. Returns an error, empty when it opened;
    // `notes` are for the status bar.
    QString openWorkFile(const QString& path, QStringList& notes);
    static bool isWorkFile(const QString& path);
    // Whether this is the work on the article (or saved work file) at `path`: the same file,
    // or the same annotation file and so the same recovery file.
    bool isWorkOn(const QString& path) const;
    // Whether autosaved work waits for the article (or saved work file) at `path`.
    static bool hasRecoveryFor(const QString& path);

    // Text without a file (the clipboard, a web page) is autosaved to a folder of the
    // program's own, as untitled-ID.quotelens.json.recovery, until it is saved somewhere.
    static QString untitledFolder();
    static void setUntitledFolder(const QString& folder);  // for tests
    static QStringList untitledRecoveries();                // newest first
    // In an empty window: offers the untitled work autosaved in `recovery`. Returns whether
    // the reader restored it; declined, the file goes.
    bool restoreUntitled(const QString& recovery);

    // Each returns whether the work was saved. A failure says why and offers Save As.
    bool save();
    bool saveAs();
    bool saveTo(const QString& annotationPath);

    // Before unsaved work would go (closing, opening another article): asks Save / Discard /
    // Cancel. Returns false when the reader cancelled or the save failed.
    bool maybeSave();
    // The work goes (the window closes): its recovery file is no longer wanted.
    void release();

    const QString& annotationPath() const { return m_annotationPath; }
    QString recoveryPath() const;
    void setAutosaveInterval(int milliseconds);
    // For tests: the file system calls that saving and autosave go through.
    void setFileOps(ql::FileOps& ops);

signals:
    // The recovery file was written with the work as it is now.
    void autosaved();

private:
    void startWork(const QString& annotationPath);
    void autosaveTo(const QString& annotationPath);  // its recovery file is beside it
    // Autosaves beside the annotation file when no other window does, else in the untitled
    // folder (said to the reader when `tell`).
    void autosaveBeside(const QString& annotationPath, bool tell);
    void autosaveUntitled();
    void tellOpenElsewhere();
    void workChanged();
    void autosave();
    void autosaveDone();
    // The autosaver once no autosave is running: the GUI thread never touches it meanwhile.
    ql::Autosaver* idleAutosaver();
    bool offerRecovery();  // whether the reader restored it
    bool askToRestore(ql::LoadedAnnotations recovered, const QString& name, const QString& keep);
    void showUnplaced(const std::vector<ql::UnplacedAnnotation>& unplaced);
    void tell(const QString& message);
    QString articleName() const;

    DocumentSession& m_session;
    QMainWindow& m_window;
    ql::FileOps* m_ops;
    QString m_annotationPath;  // where Save writes; empty until Save As for text without a file
    std::shared_ptr<ql::Autosaver> m_autosaver;
    std::unique_ptr<RecoveryLock> m_lock;  // while this window autosaves beside the annotation file
    QString m_autosavePath;  // the annotation path the autosaver's recovery file goes with
    bool m_untitled = false;  // the autosaver writes to the untitled folder: no file yet, or another window has it
    QTimer m_autosaveTimer;
    QFutureWatcher<std::string> m_autosaving;
    QString m_lastAutosaveError;  // told once, not at every attempt
};

}  // namespace qlui
