#include "ui/work_saver.h"

#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/recovery_lock.h"
#include "ui/saved_work.h"
#include "ui/unplaced_dialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace qlui {

namespace {
std::string encoded(const QString& path) { return QFile::encodeName(path).toStdString(); }
// A file however it is written (relative, through links); one not there yet by its absolute path.
QString samePath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
QString s_untitledFolder;  // set by tests; empty: the program's data folder
}  // namespace

WorkSaver::WorkSaver(DocumentSession& session, QMainWindow& window)
    : QObject(&window), m_session(session), m_window(window), m_ops(&ql::systemFileOps())
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(kAutosaveIntervalMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &WorkSaver::autosave);
    connect(&m_autosaving, &QFutureWatcherBase::finished, this, &WorkSaver::autosaveDone);
    connect(&m_session, &DocumentSession::historyChanged, this, &WorkSaver::workChanged);
}

WorkSaver::~WorkSaver() { m_autosaving.waitForFinished(); }  // it writes through m_ops

ql::Autosaver* WorkSaver::idleAutosaver()
{
    m_autosaving.waitForFinished();
    return m_autosaver.get();
}

void WorkSaver::autosaveTo(const QString& annotationPath)
{
    m_autosavePath = annotationPath;
    m_autosaver = std::make_shared<ql::Autosaver>(encoded(annotationPath), *m_ops);
}

void WorkSaver::autosaveBeside(const QString& annotationPath, bool tell)
{
    auto lock = std::make_unique<RecoveryLock>(QFile::decodeName(ql::recoveryPathFor(encoded(annotationPath)).c_str()));
    if (lock->state() == RecoveryLock::State::HeldElsewhere) {
        // Its recovery file is another window's: this work is autosaved apart, never over it.
        m_lock.reset();
        autosaveUntitled();
        if (tell)
            tellOpenElsewhere();
        return;
    }
    m_lock = std::move(lock);
    autosaveTo(annotationPath);
    m_untitled = false;
}

void WorkSaver::autosaveUntitled()
{
    const QString name = QStringLiteral("untitled-%1.quotelens.json").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    autosaveTo(QDir(untitledFolder()).filePath(name));
    m_untitled = true;
}

void WorkSaver::tellOpenElsewhere()
{
    auto* box = new QMessageBox(QMessageBox::Information, tr("Open in another window"),
                                tr("“%1” is open in another Quotelens window.").arg(articleName()), QMessageBox::Ok,
                                &m_window);
    box->setObjectName(QStringLiteral("openElsewhere"));
    box->setInformativeText(tr("That window autosaves the work on it. Work done here is autosaved apart and offered at "
                               "the next start if Quotelens closes before it is saved; saving here replaces what the "
                               "other window saved."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    tell(tr("Open in another Quotelens window: the work here is autosaved apart."));
}

void WorkSaver::startWork(const QString& annotationPath)
{
    release();
    m_lastAutosaveError.clear();
    m_annotationPath = annotationPath;
    m_untitled = false;
    m_autosaver.reset();
    m_lock.reset();
    if (!annotationPath.isEmpty())
        autosaveBeside(annotationPath, true);
}

QStringList WorkSaver::articleOpened(const SavedWork& saved)
{
    startWork(saved.annotationPath);

    QStringList notes;
    if (!saved.error.isEmpty()) {
        // Window-modal and not blocking: the article is there to read meanwhile.
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Saved work cannot be read"),
                                    tr("The saved work on “%1” cannot be read.").arg(articleName()), QMessageBox::Ok,
                                    &m_window);
        box->setObjectName(QStringLiteral("savedWorkError"));
        box->setInformativeText(
            sentence(saved.error) + QLatin1Char(' ') +
            tr("The article is shown with the quotes the engine finds. The file “%1” is left as it is: Save will "
               "not replace it, Save As can keep your work in another file.")
                .arg(QDir::toNativeSeparators(saved.annotationPath)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        notes << tr("The saved work cannot be read: %1").arg(saved.error);
    }
    if (saved.loaded) {
        const ql::LoadedAnnotations& loaded = *saved.loaded;
        notes << (loaded.textChanged ? tr("Saved work restored; the article changed since, so it was re-anchored.")
                                     : tr("Saved work restored."));
        for (const std::string& warning : loaded.warnings)
            notes << sentence(fromUtf8(warning));
        if (!loaded.unplaced.empty())
            showUnplaced(loaded.unplaced);
    }
    if (offerRecovery())
        notes = QStringList{tr("Unsaved work restored from the autosave.")};
    return notes;
}

void WorkSaver::textShown()
{
    startWork({});
    // Autosaved all the same, in a folder of the program's own, until it is saved somewhere.
    autosaveUntitled();
}

QString WorkSaver::untitledFolder()
{
    return s_untitledFolder.isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery")
               : s_untitledFolder;
}

void WorkSaver::setUntitledFolder(const QString& folder) { s_untitledFolder = folder; }

QStringList WorkSaver::untitledRecoveries()
{
    const QDir folder(untitledFolder());
    QStringList paths;
    for (const QString& name : folder.entryList({QStringLiteral("untitled-*.quotelens.json.recovery")}, QDir::Files, QDir::Time))
        paths << folder.filePath(name);
    return paths;
}

bool WorkSaver::isWorkFile(const QString& path)
{
    return path.endsWith(QStringLiteral(".quotelens.json"), Qt::CaseInsensitive);
}

bool WorkSaver::isWorkOn(const QString& path) const
{
    if (path.isEmpty())
        return false;
    const QString file = samePath(path);
    const QString annotations =
        isWorkFile(path) ? file : samePath(QFile::decodeName(ql::annotationPathFor(encoded(file)).c_str()));
    return (!m_session.path().isEmpty() && samePath(m_session.path()) == file) ||
           (!m_annotationPath.isEmpty() && samePath(m_annotationPath) == annotations);
}

bool WorkSaver::hasRecoveryFor(const QString& path)
{
    const std::string file = encoded(QFileInfo(path).absoluteFilePath());
    return ql::hasRecovery(isWorkFile(path) ? file : ql::annotationPathFor(file));
}

QString WorkSaver::openWorkFile(const QString& path, QStringList& notes)
{
    ql::LoadedAnnotations loaded = ql::loadAnnotationFileAlone(encoded(path));
    if (!loaded.ok())
        return fromUtf8(loaded.error);
    const QFileInfo info(path);
    if (loaded.version < ql::kAnnotationFileVersion)
        loaded.history.markUnsaved();
    if (loaded.document.meta.title.empty())
        loaded.document.meta.title = info.fileName().toStdString();
    startWork(info.absoluteFilePath());
    m_session.setWork(std::move(loaded.document), std::move(loaded.history), info.absoluteFilePath());
    notes << tr("Saved work opened, on the text it holds.");
    for (const std::string& warning : loaded.warnings)
        notes << sentence(fromUtf8(warning));
    if (offerRecovery())
        notes = QStringList{tr("Unsaved work restored from the autosave.")};
    return {};
}

bool WorkSaver::offerRecovery()
{
    if (!m_autosaver || !QFileInfo::exists(recoveryPath()))
        return false;
    ql::LoadedAnnotations recovered = ql::loadAnnotationFile(m_autosaver->recoveryPath(), m_session.document().text);
    adoptArticle(recovered.document, m_session.document());
    return askToRestore(std::move(recovered), articleName(),
                        m_session.analysing() ? tr("the quotes the engine finds") : tr("the saved work"));
}

bool WorkSaver::restoreUntitled(const QString& recovery)
{
    startWork({});
    autosaveTo(recovery.chopped(static_cast<qsizetype>(ql::recoveryPathFor("").size())));
    m_untitled = true;
    ql::LoadedAnnotations recovered = ql::loadAnnotationFileAlone(encoded(recovery));
    const QString title = recovered.ok() ? fromUtf8(recovered.document.meta.title) : QString();
    return askToRestore(std::move(recovered), title.isEmpty() ? tr("Untitled") : title, {});
}

bool WorkSaver::askToRestore(ql::LoadedAnnotations recovered, const QString& name, const QString& keep)
{
    const QString path = recoveryPath();
    if (!recovered.ok()) {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Autosaved work cannot be read"),
                                    tr("There is autosaved work on “%1”, but it cannot be read.").arg(name),
                                    QMessageBox::Ok, &m_window);
        box->setInformativeText(sentence(fromUtf8(recovered.error)) + QLatin1Char(' ') +
                                tr("It is left in “%1”.").arg(QDir::toNativeSeparators(path)));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    QMessageBox box(QMessageBox::Question, tr("Restore unsaved work?"),
                    tr("There is unsaved work on “%1”, autosaved %2.")
                        .arg(name, QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, &m_window);
    box.setObjectName(QStringLiteral("recoveryQuestion"));
    box.setInformativeText(keep.isEmpty()
                               ? tr("Quotelens closed before this work was saved. Restore it, or discard it?")
                               : tr("Quotelens closed before this work was saved. Restore it, or discard it and keep %1?")
                                     .arg(keep));
    QPushButton* restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(restore);
    box.setEscapeButton(restore);  // the choice that loses nothing
    box.exec();
    if (box.clickedButton() == discard) {
        if (const std::string error = idleAutosaver()->discard(); !error.empty())
            tell(sentence(fromUtf8(error)));
        return false;
    }
    recovered.history.markUnsaved();
    m_session.setWork(std::move(recovered.document), std::move(recovered.history), m_session.path());
    if (!recovered.unplaced.empty())
        showUnplaced(recovered.unplaced);
    return true;
}

void WorkSaver::showUnplaced(const std::vector<ql::UnplacedAnnotation>& unplaced)
{
    auto* dialog = new UnplacedDialog(unplaced, m_session.document().annotations, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool WorkSaver::save()
{
    if (m_annotationPath.isEmpty())
        return saveAs();
    return saveTo(m_annotationPath);
}

bool WorkSaver::saveAs()
{
    QString suggested = m_annotationPath;
    if (suggested.isEmpty()) {
        const QString title = fromUtf8(m_session.document().meta.title).simplified().remove(QLatin1Char('/'));
        suggested = (title.isEmpty() ? tr("Untitled") : title) + QStringLiteral(".quotelens.json");
    }
    QFileDialog dialog(&m_window, tr("Save Work As"), suggested, tr("Quotelens work (*.quotelens.json);;All files (*)"));
    dialog.setObjectName(QStringLiteral("saveWorkDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("quotelens.json"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    return saveTo(dialog.selectedFiles().constFirst());
}

bool WorkSaver::saveTo(const QString& annotationPath)
{
    if (m_session.document().text.empty())
        return false;
    if (m_session.analysing()) {
        tell(tr("The quotes are still being found: save when they are."));
        return false;
    }
    if (m_session.loadingWork()) {
        tell(tr("The saved work is still being read: save when it is."));
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);  // a long article takes a moment
    const std::string error =
        ql::saveAnnotationFile(encoded(annotationPath), m_session.document(), m_session.history(), *m_ops);
    QGuiApplication::restoreOverrideCursor();
    if (!error.empty()) {
        tell(tr("Not saved: %1").arg(fromUtf8(error)));
        QMessageBox box(QMessageBox::Warning, tr("Cannot save"),
                        tr("The work on “%1” could not be saved.").arg(articleName()), QMessageBox::NoButton,
                        &m_window);
        box.setObjectName(QStringLiteral("saveFailed"));
        box.setInformativeText(sentence(fromUtf8(error)) + QLatin1Char(' ') +
                               tr("Your work is still here: you can save it to another file."));
        QPushButton* saveElsewhere = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveElsewhere);
        box.exec();
        return box.clickedButton() == saveElsewhere && saveAs();
    }
    const bool newPlace = m_annotationPath != annotationPath;  // the reader was told about the one open
    m_annotationPath = annotationPath;
    if (m_untitled)  // saved at last: from now on its recovery sits beside the file, unless another window's does
        idleAutosaver()->discard();
    if (!idleAutosaver() || m_untitled)
        autosaveBeside(annotationPath, newPlace);
    m_autosaveTimer.stop();
    m_session.markSaved();
    tell(tr("Saved to %1").arg(QDir::toNativeSeparators(annotationPath)));
    if (const std::string discarded = idleAutosaver()->discard(); !discarded.empty())
        tell(sentence(fromUtf8(discarded)));
    return true;
}

bool WorkSaver::maybeSave()
{
    if (!m_session.isModified())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Save changes?"),
                    tr("Do you want to save your changes to “%1”?").arg(articleName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, &m_window);
    box.setObjectName(QStringLiteral("unsavedQuestion"));
    box.setInformativeText(tr("Your corrections will be lost if you don’t save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save: return save();
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

void WorkSaver::release()
{
    m_autosaveTimer.stop();
    if (ql::Autosaver* autosaver = idleAutosaver())
        autosaver->discard();
    m_lock.reset();
}

QString WorkSaver::recoveryPath() const
{
    return m_autosaver ? QFile::decodeName(m_autosaver->recoveryPath().c_str()) : QString();
}

void WorkSaver::setAutosaveInterval(int milliseconds) { m_autosaveTimer.setInterval(milliseconds); }

void WorkSaver::setFileOps(ql::FileOps& ops)
{
    m_ops = &ops;
    if (idleAutosaver())
        autosaveTo(m_autosavePath);
}

void WorkSaver::workChanged()
{
    // Also when the work is back where it was saved: the recovery file then goes.
    if (m_autosaver && !m_autosaveTimer.isActive())
        m_autosaveTimer.start();
}

void WorkSaver::autosave()
{
    if (!m_autosaver)
        return;
    if (m_autosaving.isRunning()) {  // the last one is still writing: try again later
        m_autosaveTimer.start();
        return;
    }
    if (!m_session.isModified()) {
        m_autosaver->discard();
        return;
    }
    if (m_untitled)
        QDir().mkpath(untitledFolder());
    // The worker writes copies: the reader goes on editing meanwhile.
    m_autosaving.setFuture(QtConcurrent::run(
        [autosaver = m_autosaver, document = m_session.document(), history = m_session.history()] {
            return autosaver->save(document, history);
        }));
}

void WorkSaver::autosaveDone()
{
    const QString error = fromUtf8(m_autosaving.result());
    if (!error.isEmpty()) {
        if (error != m_lastAutosaveError)  // once, not at every attempt
            tell(tr("Autosave failed: %1").arg(error));
        m_lastAutosaveError = error;
        return;
    }
    m_lastAutosaveError.clear();
    emit autosaved();
}

void WorkSaver::tell(const QString& message) { m_window.statusBar()->showMessage(message); }

QString WorkSaver::articleName() const
{
    if (!m_session.path().isEmpty())
        return QFileInfo(m_session.path()).fileName();
    const QString title = fromUtf8(m_session.document().meta.title);
    return title.isEmpty() ? tr("Untitled") : title;
}

}  // namespace qlui
