#pragma once
// The open article as the UI sees it: the core document (text and annotations), the positions
// the Qt views use, the speakers' colours and the sourcing summary. Views and models observe
// it through documentChanged() (a new document, with what annotations it has) and
// annotationsChanged() (the same text, new annotations).
//
// This is the one place where the engine runs, in a worker thread: an article's text shows at
// once, its annotations follow when extraction is done. A newer article or cancelAnalysis()
// makes a running extraction's result be dropped when it arrives.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "document/document.h"
#include "edit/edit.h"
#include "edit/history.h"
#include "ui/saved_work.h"
#include "ui/speaker_colors.h"
#include "ui/speaker_stats.h"
#include "ui/text_positions.h"
#endif

#include <QObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <string>

namespace qlui {

struct OpenResult final {
    QString error;  // why the file was refused; empty on success
    QStringList warnings;
    SavedWork saved;  // the work saved beside the article: shown instead of the engine's output
    // A large saved work file is being read in a worker thread: workLoaded() brings it (and
    // `saved` has only its path meanwhile).
    bool workPending = false;

    bool ok() const { return error.isEmpty(); }
};

class DocumentSession final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kLoadWorkInWorkerBytes = 1'000'000;

    explicit DocumentSession(QObject* parent = nullptr);

    // Reads an article (text, Markdown or a web page; `encoding` as in readArticleFile(), empty
    // to detect it) and shows the work saved beside it, or starts analysing it when there is
    // none (or it cannot be read). An exported JSON document shows with its annotations
    // (nothing runs), or the work saved beside it. A work file over kLoadWorkInWorkerBytes is
    // read in a worker thread: the text shows at once. A refused file leaves the current
    // document as it was.
    OpenResult open(const QString& path, const QString& encoding = {});
    // Shows an article read elsewhere (its text, structure and metadata) and starts analysing
    // it; `path` is the file it was read from, empty for a web page or the clipboard.
    void setArticle(ql::Document document, const QString& path = {});
    // Shows `text` (UTF-8) under `title` and starts analysing it; `path` is where it was read from.
    void setText(std::string text, const QString& title, const QString& path = {});
    // Shows a document with the annotations it already has; nothing runs.
    void setDocument(ql::Document document, const QString& path = {});
    // Shows saved work (an annotation file's document and undo history); nothing runs.
    void setWork(ql::Document document, ql::History history, const QString& path = {});
    // Stops waiting for the running extraction: the text stays, with the annotations it had.
    void cancelAnalysis();
    // Runs the engine again and merges its output into the annotations as one undo step:
    // verified quotes and every human decision stay (core/edit/extraction_merge.h).
    void findQuotesAgain();

    // Corrections. Every change a human makes to the annotations goes through perform(), into
    // the history (one undo step; a repeat of the same small edit merges into the step before
    // when `merge`). A refused edit changes nothing and says why in the result's error.
    ql::ApplyResult perform(const ql::Edit& edit, bool merge = true);
    bool undo();  // false when there is nothing to undo
    bool redo();
    const ql::History& history() const { return m_history; }
    // Unsaved changes: edits since the last markSaved() (or since the document was shown).
    bool isModified() const { return m_history.isModified(); }
    void markSaved();

    bool analysing() const { return m_analysing; }
    // The saved work on the article just opened is being read; edits wait for it.
    bool loadingWork() const { return m_loadingWork; }
    const ql::Document& document() const { return m_document; }
    const TextPositions& positions() const { return *m_positions; }
    std::shared_ptr<const TextPositions> sharedPositions() const { return m_positions; }  // for worker threads
    const SpeakerColors& colors() const { return m_colors; }
    const SourcingSummary& summary() const { return m_summary; }
    const QString& path() const { return m_path; }  // empty unless read from a file

signals:
    void documentChanged();
    void annotationsChanged();
    // After perform(), undo(), redo() and markSaved(): undo labels and the modified mark may change.
    void historyChanged();
    void analysisStarted();
    void loadingWorkChanged(bool loading);
    // The saved work that open() left to a worker thread has been read and is shown (or could
    // not be read: `saved` says why, and the engine runs as for any article).
    void workLoaded(const SavedWork& saved);
    // Emitted when extraction ends: with annotations, cancelled, or failed (`error` says why).
    void analysisFinished(bool cancelled, const QString& error);
    // After findQuotesAgain(): how many quotes were kept as a human left them and how many came
    // from the fresh extraction (`changed` is false when nothing differed: no undo step then).
    void quotesFoundAgain(std::size_t kept, std::size_t added, bool changed);

private:
    void showText(ql::Document document, const QString& path);
    void startExtraction(bool merge);
    void loadWork(const QString& path, ql::Document read, bool annotated);
    void annotationsEdited();
    void annotationsReady(std::uint64_t generation, ql::AnnotationSet annotations, SourcingSummary summary,
                          const QString& error, bool merge);

    ql::Document m_document;
    std::shared_ptr<const TextPositions> m_positions;
    SpeakerColors m_colors;
    SourcingSummary m_summary;
    ql::History m_history;
    QString m_path;
    std::uint64_t m_generation = 0;  // which extraction's result is still wanted
    bool m_analysing = false;
    bool m_loadingWork = false;
};

// A title for untitled text: its first non-empty line, shortened at a word.
QString titleFromText(const QString& text);

}  // namespace qlui
