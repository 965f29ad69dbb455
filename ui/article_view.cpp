#include "ui/article_view.h"

#include "ui/article_highlights.h"
#include "ui/document_session.h"
#include "ui/labels.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextFrame>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace qlui {

namespace {
constexpr qreal kColumnChars = 70;  // a comfortable line length
constexpr qreal kMinSideMargin = 24;
constexpr qreal kTopMargin = 28;
constexpr qreal kLineHeightPercent = 150;

bool inSpan(const std::optional<ql::Span>& span, std::uint32_t byte) { return span && span->contains(byte); }

// Articles usually open with their headline: a short first line, a blank line after it.
bool isHeadline(const QTextBlock& block)
{
    const QString text = block.text().trimmed();
    return !text.isEmpty() && text.size() <= 160 && !text.endsWith(QLatin1Char('.')) && block.next().isValid() &&
           block.next().text().trimmed().isEmpty();
}
}  // namespace

ArticleView::ArticleView(const DocumentSession& session, QWidget* parent) : QTextEdit(parent), m_session(session)
{
    setObjectName(QStringLiteral("articleView"));
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont reading = font();
    reading.setFamilies({QStringLiteral("Charter"), QStringLiteral("Georgia"), QStringLiteral("Source Serif 4"),
                         QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif")});
    reading.setStyleHint(QFont::Serif);
    reading.setPointSizeF(reading.pointSizeF() * 1.2);
    setFont(reading);
    setPlaceholderText(tr("Open an article with File › Open… (Ctrl+O)"));
    connect(&session, &DocumentSession::documentChanged, this, &ArticleView::reload);
    reload();
}

void ArticleView::reload()
{
    setPlainText(m_session.positions().text());
    QTextCursor all(document());
    all.select(QTextCursor::Document);
    QTextBlockFormat airy;
    airy.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    all.mergeBlockFormat(airy);
    if (const QTextBlock first = document()->firstBlock(); isHeadline(first)) {
        QTextCursor headline(first);
        headline.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat large;
        large.setFontPointSize(font().pointSizeF() * 1.4);
        large.setFontWeight(QFont::Bold);
        headline.mergeCharFormat(large);
    }
    applyHighlights(*document(), m_session.document(), m_session.positions(), palette().color(QPalette::Base));
    updateColumn();
}

void ArticleView::updateColumn()
{
    // Centre a column of readable width; wide windows get wide margins, not long lines.
    const qreal column = QFontMetricsF(font()).averageCharWidth() * kColumnChars;
    const qreal side = std::max(kMinSideMargin, std::floor((viewport()->width() - column) / 2));
    QTextFrameFormat format = document()->rootFrame()->frameFormat();
    if (format.leftMargin() == side && format.topMargin() == kTopMargin)
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
    cursor.setPosition(range.end, QTextCursor::KeepAnchor);
    setTextCursor(cursor);
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

void ArticleView::mouseReleaseEvent(QMouseEvent* event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    if (const ql::QuoteId id = quoteAt(textCursor().position()))
        emit quoteClicked(id);
}

}  // namespace qlui
