#include "ui/document_session.h"

#include "edit/extraction_merge.h"
#include "export/export_source.h"
#include "extract/pipeline.h"
#include "ui/article_reading.h"
#include "ui/labels.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <utility>
#include <memory>

namespace qlui {

namespace {
struct Extraction final {
    ql::AnnotationSet annotations;
    SourcingSummary summary;
    QString error;
};

// Runs in a worker thread: touches nothing but its own copy of the text.
Extraction extract(const std::shared_ptr<const std::string>& text)
{
    Extraction result;
    try {
        result.annotations = ql::extractQuotes(*text);
        result.summary = summarize(result.annotations, *text);
    } catch (const std::exception& e) {
        result.annotations = {};
        result.error = fromUtf8(e.what());
    }
    return result;
}
}  // namespace

DocumentSession::DocumentSession(QObject* parent)
    : QObject(parent), m_positions(std::make_shared<const TextPositions>())
{
}

OpenResult DocumentSession::open(const QString& path, const QString& encoding)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    ql::Document read;
    OpenResult result;
    // An exported JSON document holds the text and its annotations: it opens as work, and
    // work on it is saved beside it as on an article.
    const std::optional<ql::ExportSource> exported = ql::openedDocumentJson(QFile::encodeName(absolute).toStdString());
    if (exported) {
        if (!exported->ok())
            return {fromUtf8(exported->error), {}, {}};
        read = exported->document;
        if (read.meta.title.empty())  // as for an article: the file's name
            read.meta.title = QFileInfo(path).fileName().toStdString();
    } else {
        ReadArticle article = readArticleFile(path, encoding);
        if (!article.ok())
            return {article.error, article.warnings, {}};
        read = std::move(article.document);
        result.warnings = article.warnings;
    }
    const bool annotated = exported.has_value();
    if (QFileInfo(savedWorkPath(absolute)).size() > kLoadWorkInWorkerBytes) {
        // Reading a large work file takes seconds: the text shows meanwhile, edits wait.
        result.saved.annotationPath = savedWorkPath(absolute);
        result.workPending = true;
        showText(read, absolute);
        loadWork(absolute, std::move(read), annotated);
        return result;
    }
    result.saved = readSavedWork(absolute, read);
    if (result.saved.loaded)
        setWork(std::move(result.saved.loaded->document), std::move(result.saved.loaded->history), absolute);
    else if (annotated)
        setDocument(std::move(read), absolute);
    else
        setArticle(std::move(read), absolute);
    return result;
}

void DocumentSession::loadWork(const QString& path, ql::Document read, bool annotated)
{
    const std::uint64_t generation = m_generation;
    m_loadingWork = true;
    emit loadingWorkChanged(true);
    auto* watcher = new QFutureWatcher<SavedWork>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, annotated] {
        SavedWork saved = watcher->result();
        watcher->deleteLater();
        if (generation != m_generation)
            return;  // another document was shown meanwhile
        m_loadingWork = false;
        emit loadingWorkChanged(false);
        if (saved.loaded)
            setWork(std::move(saved.loaded->document), std::move(saved.loaded->history), m_path);
        else if (!annotated)
            startExtraction(false);  // the work cannot be read: the engine's quotes, as for any article
        emit workLoaded(saved);
    });
    watcher->setFuture(QtConcurrent::run([path, read = std::move(read)] { return readSavedWork(path, read); }));
}

void DocumentSession::setText(std::string text, const QString& title, const QString& path)
{
    ql::Document document;
    document.meta.title = title.toStdString();
    document.meta.url = path.toStdString();
    document.text = std::move(text);
    setArticle(std::move(document), path);
}

void DocumentSession::setArticle(ql::Document document, const QString& path)
{
    showText(std::move(document), path);
    startExtraction(false);
}

void DocumentSession::findQuotesAgain()
{
    if (m_analysing || m_loadingWork || m_document.text.empty())
        return;
    ++m_generation;
    startExtraction(true);
}

void DocumentSession::startExtraction(bool merge)
{
    const std::uint64_t generation = m_generation;
    m_analysing = true;
    auto* watcher = new QFutureWatcher<Extraction>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, merge] {
        Extraction result = watcher->result();
        watcher->deleteLater();
        annotationsReady(generation, std::move(result.annotations), std::move(result.summary), result.error, merge);
    });
    watcher->setFuture(QtConcurrent::run(extract, std::make_shared<const std::string>(m_document.text)));
    emit analysisStarted();
}

void DocumentSession::setDocument(ql::Document document, const QString& path)
{
    showText(std::move(document), path);
}

void DocumentSession::setWork(ql::Document document, ql::History history, const QString& path)
{
    showText(std::move(document), path);
    m_history = std::move(history);
    emit historyChanged();
}

ql::ApplyResult DocumentSession::perform(const ql::Edit& edit, bool merge)
{
    if (m_analysing)  // the annotations being found would replace the edit
        return ql::ApplyResult{{}, "the quotes are still being found"};
    if (m_loadingWork)
        return ql::ApplyResult{{}, "the saved work is still being read"};
    ql::ApplyResult result = m_history.perform(edit, m_document, merge);
    if (result.ok())
        annotationsEdited();
    return result;
}

bool DocumentSession::undo()
{
    if (!m_history.canUndo() || !m_history.undo(m_document).empty())
        return false;
    annotationsEdited();
    return true;
}

bool DocumentSession::redo()
{
    if (!m_history.canRedo() || !m_history.redo(m_document).empty())
        return false;
    annotationsEdited();
    return true;
}

void DocumentSession::markSaved()
{
    m_history.markSaved();
    emit historyChanged();
}

void DocumentSession::annotationsEdited()
{
    m_colors = SpeakerColors(m_document.annotations);
    m_summary = summarize(m_document.annotations, m_document.text);
    emit annotationsChanged();
    emit historyChanged();
}

void DocumentSession::cancelAnalysis()
{
    if (!m_analysing)
        return;
    ++m_generation;
    m_analysing = false;
    emit analysisFinished(true, {});
}

void DocumentSession::showText(ql::Document document, const QString& path)
{
    cancelAnalysis();
    ++m_generation;
    if (std::exchange(m_loadingWork, false))  // the work being read is no longer wanted
        emit loadingWorkChanged(false);
    m_document = std::move(document);
    m_history = {};  // a new document starts a new history
    m_path = path;
    m_positions = std::make_shared<const TextPositions>(m_document.text);
    m_colors = SpeakerColors(m_document.annotations);
    m_summary = summarize(m_document.annotations, m_document.text);
    emit documentChanged();
}

void DocumentSession::annotationsReady(std::uint64_t generation, ql::AnnotationSet annotations,
                                       SourcingSummary summary, const QString& error, bool merge)
{
    if (generation != m_generation)
        return;  // cancelled, or another article was opened meanwhile
    m_analysing = false;
    if (merge) {
        if (error.isEmpty()) {
            ql::ExtractionMerge merged = ql::mergeExtraction(m_document.annotations, annotations);
            const bool changed = merged.annotations != m_document.annotations;
            if (changed)
                perform(ql::Edit{ql::ReplaceAnnotations{std::move(merged.annotations)}}, false);
            emit quotesFoundAgain(merged.kept, merged.added, changed);
        }
        emit analysisFinished(false, error);
        return;
    }
    m_document.annotations = std::move(annotations);
    m_colors = SpeakerColors(m_document.annotations);
    m_summary = std::move(summary);
    emit annotationsChanged();
    emit analysisFinished(false, error);
}

QString titleFromText(const QString& text)
{
    constexpr qsizetype kMaxChars = 80;
    for (const QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        QString title = line.toString().simplified();
        if (title.isEmpty())
            continue;
        if (title.size() > kMaxChars) {
            title.truncate(kMaxChars);
            const qsizetype space = title.lastIndexOf(QLatin1Char(' '));
            title = title.left(space > kMaxChars / 2 ? space : kMaxChars) + QStringLiteral("…");
        }
        return title;
    }
    return {};
}

}  // namespace qlui
