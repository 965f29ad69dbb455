#include "ui/article_view.h"

#include "ui/article_render.h"
#include "ui/article_structure.h"
#include "ui/document_session.h"
#include "ui/labels.h"
#include "ui/span_handles.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QFutureWatcher>
#include <QHelpEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextFrame>
#include <QThread>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace qlui {

namespace {
constexpr qreal kColumnChars = 70;  // a comfortable line length
constexpr qreal kMinSideMargin = 24;
constexpr qreal kTopMargin = 28;
// Shorter articles render at once; longer ones in a worker thread.
constexpr std::size_t kRenderInWorkerBytes = 256 * 1024;

bool inSpan(const std::optional<ql::Span>& span, std::uint32_t byte) { return span && span->contains(byte); }

// Documents leave a worker thread as shared pointers that delete them in their own thread.
std::shared_ptr<QTextDocument> shared(std::unique_ptr<QTextDocument> document)
{
    return {document.release(), [](QTextDocument* d) { d->deleteLater(); }};
}
}  // namespace

ArticleView::ArticleView(const DocumentSession& session, QWidget* parent) : QTextEdit(parent), m_session(session), m_handles(new SpanHandles(*this, session))
{
    setObjectName(QStringLiteral("articleView"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_readingSize = font().pointSizeF() * 1.2;
    updateFont();
    setPlaceholderText(tr("Open an article with File › Open… (Ctrl+O)"));
    connect(&session, &DocumentSession::documentChanged, this, [this] {
        m_onlySpeaker = {};
        render(false);
    });
    connect(&session, &DocumentSession::annotationsChanged, this, [this] {
        if (!m_session.document().annotations.speaker(m_onlySpeaker))
            m_onlySpeaker = {};  // a speaker merged away: show everyone
        render(true);
    });
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        if (!m_moving)
            emit cursorQuoteChanged(quoteAt(textCursor().position()));
    });
    connect(this, &QTextEdit::selectionChanged, this, [this] {
        if (!m_moving)
            m_shownQuote.reset();  // the reader's own selection now
    });
    render(false);
}

HighlightOptions ArticleView::highlightOptions() const
{
    HighlightOptions options;
    options.background = palette().color(QPalette::Base);
    options.text = palette().color(QPalette::Text);
    options.link = palette().color(QPalette::Link);
    options.onlySpeaker = m_onlySpeaker;
    options.lowConfidence = kLowConfidence;
    return options;
}

void ArticleView::render(bool keepPlace)
{
    const std::uint64_t generation = ++m_renderGeneration;
    const ql::Document& document = m_session.document();
    if (document.text.size() < kRenderInWorkerBytes) {
        install(shared(renderArticle(document, m_session.positions(), m_session.colors(), highlightOptions())),
                keepPlace);
        setRendering(false);
        return;
    }
    if (!keepPlace) {
        // The old article must not stay on screen under the new one's title.
        install(shared(std::make_unique<QTextDocument>()), false);
    }
    setRendering(true);
    auto* watcher = new QFutureWatcher<std::shared_ptr<QTextDocument>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, keepPlace] {
        std::shared_ptr<QTextDocument> rendered = watcher->result();
        watcher->deleteLater();
        if (generation != m_renderGeneration)
            return;  // a newer rendering is on its way
        install(std::move(rendered), keepPlace);
        setRendering(false);
    });
    watcher->setFuture(QtConcurrent::run(
        [document = std::make_shared<const ql::Document>(document), positions = m_session.sharedPositions(),
         colors = m_session.colors(), options = highlightOptions(), gui = thread()] {
            std::unique_ptr<QTextDocument> rendered = renderArticle(*document, *positions, colors, options);
            rendered->moveToThread(gui);
            return shared(std::move(rendered));
        }));
}

void ArticleView::install(std::shared_ptr<QTextDocument> rendered, bool keepPlace)
{
    const int scroll = verticalScrollBar()->value();
    const int anchor = textCursor().anchor();
    const int position = textCursor().position();
    m_moving = true;
    rendered->setDefaultFont(font());
    setDocument(rendered.get());
    m_rendered = std::move(rendered);
    updateColumn(true);
    if (!keepPlace)
        m_shownQuote.reset();
    if (keepPlace) {
        const int end = document()->characterCount() - 1;
        QTextCursor cursor(document());
        cursor.setPosition(std::min(anchor, end));
        cursor.setPosition(std::min(position, end), QTextCursor::KeepAnchor);
        setTextCursor(cursor);
        verticalScrollBar()->setValue(scroll);
    }
    m_moving = false;
}

void ArticleView::setRendering(bool rendering)
{
    if (m_rendering == rendering)
        return;
    m_rendering = rendering;
    emit renderingChanged(rendering);
}

void ArticleView::setOnlySpeaker(ql::SpeakerId speaker)
{
    if (speaker == m_onlySpeaker)
        return;
    m_onlySpeaker = speaker;
    render(true);
}

void ArticleView::setZoom(int steps)
{
    steps = std::clamp(steps, kMinZoom, kMaxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    updateFont();
    emit zoomChanged(m_zoom);
}

void ArticleView::setReadingSize(qreal points)
{
    if (points <= 0 || points == m_readingSize)
        return;
    m_readingSize = points;
    updateFont();
}

void ArticleView::updateFont()
{
    QFont reading = font();
    reading.setFamilies({QStringLiteral("Charter"), QStringLiteral("Georgia"), QStringLiteral("Source Serif 4"),
                         QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif")});
    reading.setStyleHint(QFont::Serif);
    reading.setPointSizeF(m_readingSize * (1.0 + 0.1 * m_zoom));
    setFont(reading);
    document()->setDefaultFont(reading);
    updateColumn(true);
}

void ArticleView::updateColumn(bool force)
{
    // Centre a column of readable width; wide windows get wide margins, not long lines.
    const qreal column = QFontMetricsF(font()).averageCharWidth() * kColumnChars;
    const qreal side = std::max(kMinSideMargin, std::floor((viewport()->width() - column) / 2));
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (!force && format.leftMargin() == side && format.topMargin() == kTopMargin)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(kTopMargin);
    format.setBottomMargin(kTopMargin);
    document()->rootFrame()->setFrameFormat(format);
}

void ArticleView::resizeEvent(QResizeEvent* event)
{
    QTextEdit::resizeEvent(event);
    updateColumn();
}

void ArticleView::changeEvent(QEvent* event)
{
    QTextEdit::changeEvent(event);
    // Tints are chosen against the background: a new palette needs new tints.
    if (event->type() == QEvent::PaletteChange && m_rendered)
        render(true);
}

void ArticleView::showQuote(ql::QuoteId id)
{
    const ql::Quote* quote = m_session.document().annotations.quote(id);
    if (!quote || quote->spans.empty())
        return;
    const TextRange range = m_session.positions().toDocument(quote->bounds());
    QTextCursor cursor(document());
    cursor.setPosition(range.end);
    const QRect end = cursorRect(cursor);
    cursor.setPosition(range.begin);
    const QRect begin = cursorRect(cursor);
    // A quote already in view stays where it is; otherwise its start goes to the upper third.
    if (begin.top() < 0 || end.bottom() > viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + begin.top() - viewport()->height() / 4);
    showRange(range.begin, range.end);
}

void ArticleView::showRange(int begin, int end)
{
    QTextCursor cursor(document());
    cursor.setPosition(begin);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_moving = true;
    setTextCursor(cursor);
    m_shownQuote = std::pair(begin, end);
    m_moving = false;
}

std::optional<ql::Span> ArticleView::readerSelection() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection() || m_shownQuote == std::pair(cursor.selectionStart(), cursor.selectionEnd()))
        return std::nullopt;
    const TextPositions& positions = m_session.positions();
    return ql::Span{positions.toByte(cursor.selectionStart()), positions.toByte(cursor.selectionEnd())};
}

void ArticleView::setContextMenuFiller(std::function<void(QMenu&, int)> fill) { m_fillMenu = std::move(fill); }

QPoint ArticleView::popupPoint() const
{
    const QTextCursor cursor = textCursor();
    QTextCursor start(document());
    start.setPosition(cursor.selectionStart());
    QRect rect = cursorRect(start);
    if (!viewport()->rect().intersects(rect))
        rect = QRect(viewport()->rect().center(), QSize(1, 1));
    return viewport()->mapToGlobal(rect.bottomLeft() + QPoint(0, 4));
}

void ArticleView::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    std::unique_ptr<QMenu> standard(createStandardContextMenu(event->pos() + scroll));
    QMenu menu(this);
    if (m_fillMenu)
        m_fillMenu(menu, cursorForPosition(event->pos()).position());
    if (!menu.isEmpty())
        menu.addSeparator();
    menu.addActions(standard->actions());
    menu.exec(event->globalPos());
}

ql::QuoteId ArticleView::quoteAt(int position) const
{
    const std::uint32_t byte = m_session.positions().toByte(position);
    for (const ql::Quote& quote : m_session.document().annotations.quotes) {
        if (std::any_of(quote.spans.begin(), quote.spans.end(), [byte](ql::Span s) { return s.contains(byte); }))
            return quote.id;
    }
    return {};
}

ql::SpeakerId ArticleView::mentionAt(int position) const
{
    const ql::AnnotationSet& annotations = m_session.document().annotations;
    const std::uint32_t byte = m_session.positions().toByte(position);
    for (const ql::Mention& mention : annotations.mentions) {
        if (mention.span.contains(byte))
            return mention.speaker;
    }
    for (const ql::Quote& quote : annotations.quotes) {
        if (inSpan(quote.mention, byte))
            return quote.speaker;
    }
    return {};
}

QString ArticleView::toolTipAt(int position) const
{
    const ql::Document& document = m_session.document();
    const ql::AnnotationSet& annotations = document.annotations;
    const std::uint32_t byte = m_session.positions().toByte(position);
    for (const ql::Mention& mention : annotations.mentions) {
        if (mention.span.contains(byte))
            return mentionToolTip(annotations, mention);
    }
    for (const ql::Quote& quote : annotations.quotes) {
        if (inSpan(quote.mention, byte))
            return tr("Source of a quote by <b>%1</b>").arg(speakerName(annotations, quote.speaker).toHtmlEscaped());
        if (inSpan(quote.cue, byte))
            return tr("Cue of a quote by <b>%1</b>").arg(speakerName(annotations, quote.speaker).toHtmlEscaped());
    }
    if (const ql::Quote* quote = annotations.quote(quoteAt(position)))
        return quoteToolTip(document, *quote);
    if (const ql::StyleSpan* link = linkAt(document, byte))  // shown, never followed
        return tr("Link to %1").arg(fromUtf8(link->href).toHtmlEscaped());
    return {};
}

bool ArticleView::viewportEvent(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QTextEdit::viewportEvent(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QPoint content = help->pos() + QPoint(horizontalScrollBar()->value(), verticalScrollBar()->value());
    const int position = document()->documentLayout()->hitTest(content, Qt::ExactHit);
    const QString tip = position >= 0 ? toolTipAt(position) : QString();
    if (tip.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), tip, viewport());
    return true;
}

void ArticleView::paintEvent(QPaintEvent* event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    m_handles->paint(painter);
}

void ArticleView::mouseReleaseEvent(QMouseEvent* event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int position = textCursor().position();
    if (const ql::SpeakerId speaker = mentionAt(position))
        emit mentionClicked(speaker);
    else if (const ql::QuoteId id = quoteAt(position))
        emit quoteClicked(id);
}

}  // namespace qlui
