#include "ui/span_handles.h"

#include "edit/builders.h"
#include "ui/article_view.h"
#include "ui/document_session.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>

#include <utility>

namespace qlui {

namespace {
constexpr int kBarWidth = 2;
constexpr int kKnob = 13;   // the round grip's diameter
constexpr int kReach = 6;   // how far beside the bar a press still takes it

Qt::KeyboardModifiers exactModifiers() { return Qt::ShiftModifier | Qt::AltModifier; }

QString edgeName(ql::Edge edge)
{
    return edge == ql::Edge::Begin ? QObject::tr("start") : QObject::tr("end");
}
}  // namespace

SpanHandles::SpanHandles(ArticleView& view, const DocumentSession& session)
    : QObject(&view), m_view(view), m_session(session)
{
    view.viewport()->setMouseTracking(true);
    view.viewport()->installEventFilter(this);
    view.installEventFilter(this);
}

void SpanHandles::setQuote(ql::QuoteId id)
{
    if (m_drag && id != m_quote)
        cancel(false);
    m_quote = id;
    m_view.viewport()->update();
}

const ql::Quote* SpanHandles::shownQuote() const
{
    const ql::Quote* quote = m_session.document().annotations.quote(m_quote);
    if (!quote || quote->spans.empty() || m_view.rendering())
        return nullptr;
    return quote;
}

std::optional<ql::Span> SpanHandles::bounds() const
{
    const ql::Quote* quote = shownQuote();
    if (!quote)
        return std::nullopt;
    if (m_drag && m_drag->edit)
        return ql::Span{m_drag->edit->spans.front().begin, m_drag->edit->spans.back().end};
    return quote->bounds();
}

QRect SpanHandles::caretRect(std::uint32_t byte) const
{
    QTextCursor cursor(m_view.document());
    cursor.setPosition(std::min(m_session.positions().toDocument(byte), m_view.document()->characterCount() - 1));
    return m_view.cursorRect(cursor);
}

QRect SpanHandles::handleRect(ql::Edge edge) const
{
    const std::optional<ql::Span> span = bounds();
    if (!span)
        return {};
    const QRect caret = caretRect(edge == ql::Edge::Begin ? span->begin : span->end);
    // The knob sits above the start and below the end, outside the line, like a bracket's serif.
    const int x = caret.left() - kKnob / 2;
    const int top = edge == ql::Edge::Begin ? caret.top() - kKnob + 2 : caret.top();
    return QRect(x, top, kKnob, caret.height() + kKnob - 2);
}

void SpanHandles::paint(QPainter& painter) const
{
    const QColor fill = m_view.palette().color(QPalette::Highlight);
    const QColor outline = m_view.palette().color(QPalette::Base);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const ql::Edge edge : {ql::Edge::Begin, ql::Edge::End}) {
        const QRect grip = handleRect(edge);
        if (grip.isEmpty() || !grip.intersects(m_view.viewport()->rect()))
            continue;
        const qreal cx = grip.center().x() + 0.5;
        const QRectF knob = edge == ql::Edge::Begin ? QRectF(grip.left(), grip.top(), kKnob, kKnob)
                                                    : QRectF(grip.left(), grip.bottom() - kKnob + 1, kKnob, kKnob);
        const QRectF bar(cx - kBarWidth / 2.0, grip.top() + kKnob / 2.0, kBarWidth, grip.height() - kKnob);
        painter.setPen(QPen(outline, 1.25));
        painter.setBrush(fill);
        painter.drawRoundedRect(bar, 1, 1);
        painter.drawEllipse(knob);
    }
    painter.restore();
}

std::optional<ql::Edge> SpanHandles::edgeAt(QPoint pos) const
{
    // The end first: a one-character quote's grips overlap, and the end is the one on top.
    for (const ql::Edge edge : {ql::Edge::End, ql::Edge::Begin}) {
        const QRect grip = handleRect(edge);
        if (!grip.isEmpty() && grip.adjusted(-(kReach - kKnob / 2), 0, kReach - kKnob / 2, 0).contains(pos))
            return edge;
    }
    return std::nullopt;
}

bool SpanHandles::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view.viewport())
        return mouseEvent(event);
    if (watched == &m_view)
        return keyEvent(event);
    return false;
}

bool SpanHandles::mouseEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (m_drag) {
            if (mouse->button() == Qt::RightButton)
                cancel(true);  // another button during a drag: as Escape, like most drags
            return true;
        }
        const std::optional<ql::Edge> edge = mouse->button() == Qt::LeftButton ? edgeAt(mouse->position().toPoint())
                                                                               : std::nullopt;
        if (!edge)
            return false;
        start(*edge, mouse->position().toPoint(), mouse->modifiers());
        return true;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (m_drag) {
            follow(mouse->position().toPoint(), mouse->modifiers());
            return true;
        }
        if (mouse->buttons() != Qt::NoButton)
            return false;  // the reader is selecting text
        hover(mouse->position().toPoint());
        return m_hoverCursor.has_value();
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (!m_drag)
            return false;
        if (mouse->button() == Qt::LeftButton)
            finish();
        return true;
    }
    case QEvent::MouseButtonDblClick:
        return m_drag.has_value() || edgeAt(static_cast<QMouseEvent*>(event)->position().toPoint()).has_value();
    case QEvent::Leave:
        if (!m_drag)
            hover(QPoint(-1000, -1000));
        return false;
    default:
        return false;
    }
}

bool SpanHandles::keyEvent(QEvent* event)
{
    if (!m_drag)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
        // Keys belong to the drag while it lasts (Escape, Shift, Alt), not to shortcuts.
        event->accept();
        return true;
    case QEvent::KeyPress:
    case QEvent::KeyRelease: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            if (event->type() == QEvent::KeyPress)
                cancel(true);
            return true;
        }
        follow(m_drag->at, key->modifiers());  // Shift or Alt pressed or let go: snap anew
        return true;
    }
    case QEvent::FocusOut:
        cancel(true);
        return false;
    default:
        return false;
    }
}

void SpanHandles::hover(QPoint pos)
{
    QWidget* viewport = m_view.viewport();
    const bool over = edgeAt(pos).has_value();
    if (over && !m_hoverCursor) {
        m_hoverCursor = viewport->cursor();
        viewport->setCursor(Qt::SizeHorCursor);
    } else if (!over && m_hoverCursor) {
        viewport->setCursor(*m_hoverCursor);
        m_hoverCursor.reset();
    }
}

void SpanHandles::start(ql::Edge edge, QPoint pos, Qt::KeyboardModifiers modifiers)
{
    m_view.setFocus(Qt::MouseFocusReason);
    const std::optional<ql::Span> span = bounds();
    const QPoint caret = caretRect(edge == ql::Edge::Begin ? span->begin : span->end).center();
    m_drag = Drag{edge, pos - caret, pos, std::nullopt, false};
    m_view.viewport()->setCursor(Qt::SizeHorCursor);
    follow(pos, modifiers);
    emit message(tr("Drag the quote's %1 to where it should be (a word at a time; Shift: a character); Esc cancels.")
                     .arg(edgeName(edge)));
}

void SpanHandles::follow(QPoint pos, Qt::KeyboardModifiers modifiers)
{
    const ql::Quote* quote = shownQuote();
    if (!quote) {
        cancel(false);
        return;
    }
    // Past the top or bottom of the view, the article scrolls to follow.
    QScrollBar* scroll = m_view.verticalScrollBar();
    const int height = m_view.viewport()->height();
    if (pos.y() < 0)
        scroll->setValue(scroll->value() + pos.y());
    else if (pos.y() > height)
        scroll->setValue(scroll->value() + pos.y() - height);
    m_drag->at = pos;
    // Where the edge's caret would be: the knob is held above or below the line it moves in.
    const int position = m_view.cursorForPosition(pos - m_drag->grab).position();
    const std::uint32_t byte = m_session.positions().toByte(position);
    m_drag->edit = ql::dragEdge(m_session.document().text, *quote, m_drag->edge, byte, (modifiers & exactModifiers()) != 0);
    const bool wasRefused = std::exchange(m_drag->refused, !m_drag->edit);
    if (m_drag->refused && !wasRefused) {
        emit message(m_drag->edge == ql::Edge::Begin
                         ? tr("A quote's start cannot go past its end: releasing here changes nothing.")
                         : tr("A quote's end cannot go before its start: releasing here changes nothing."));
    }
    showBounds();
}

void SpanHandles::showBounds()
{
    if (const std::optional<ql::Span> span = bounds()) {
        const TextRange range = m_session.positions().toDocument(*span);
        m_view.showRange(range.begin, range.end);
    }
    m_view.viewport()->update();
}

void SpanHandles::finish()
{
    const Drag drag = *m_drag;
    m_drag.reset();
    m_view.viewport()->setCursor(m_hoverCursor.value_or(QCursor(Qt::IBeamCursor)));
    m_hoverCursor.reset();
    const ql::Quote* quote = shownQuote();
    showBounds();
    if (!quote)
        return;
    if (!drag.edit) {
        emit message(tr("Not changed: the quote's %1 cannot pass its %2.")
                         .arg(edgeName(drag.edge), edgeName(drag.edge == ql::Edge::Begin ? ql::Edge::End : ql::Edge::Begin)));
        return;
    }
    if (drag.edit->spans == quote->spans) {
        emit message(tr("The quote's %1 stays where it was.").arg(edgeName(drag.edge)));
        return;
    }
    emit edgeDropped(*drag.edit);
}

void SpanHandles::cancel(bool say)
{
    if (!m_drag)
        return;
    m_drag.reset();
    m_view.viewport()->setCursor(m_hoverCursor.value_or(QCursor(Qt::IBeamCursor)));
    m_hoverCursor.reset();
    showBounds();
    if (say)
        emit message(tr("Drag cancelled: the quote is as it was."));
}

}  // namespace qlui
