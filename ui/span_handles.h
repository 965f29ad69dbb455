#pragma once
// The current quote's edge handles in the article: a grip at its start and one at its end,
// drawn over the text. Dragging a grip moves that edge to the nearest word start or end (a
// character at a time with Shift or Alt held), the selection showing the new span as it
// goes; releasing asks for the one edit that moves it, Escape cancels. An edge cannot pass
// the other edge of its span: the drag says so and changes nothing.

#ifndef Q_MOC_RUN  // moc 6.4 cannot parse the C++20 <concepts> that core headers pull in
#include "edit/edit.h"
#endif

#include <QCursor>
#include <QObject>
#include <QPoint>
#include <QRect>

#include <optional>

class QPainter;

namespace qlui {

class ArticleView;
class DocumentSession;

class SpanHandles final : public QObject {
    Q_OBJECT
public:
    SpanHandles(ArticleView& view, const DocumentSession& session);

    // Whose handles show; an invalid id hides them (and cancels a drag).
    void setQuote(ql::QuoteId id);
    ql::QuoteId quote() const { return m_quote; }
    bool dragging() const { return m_drag.has_value(); }
    // An edge's grip (bar and knob) in viewport coordinates; empty when it is not shown.
    QRect handleRect(ql::Edge edge) const;
    void paint(QPainter& painter) const;

signals:
    // A drag was released where it moves the edge: the edit to make (not yet made).
    void edgeDropped(const ql::SetQuoteSpans& edit);
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct Drag {
        ql::Edge edge = ql::Edge::Begin;
        QPoint grab;                            // from the edge's caret to where the grip was taken
        QPoint at;                              // where the pointer is, in the viewport
        std::optional<ql::SetQuoteSpans> edit;  // what releasing here does; none: refused
        bool refused = false;
    };

    const ql::Quote* shownQuote() const;
    // The quote's bounds as shown: the dragged span while dragging.
    std::optional<ql::Span> bounds() const;
    // The text cursor's rectangle at a byte offset, in viewport coordinates.
    QRect caretRect(std::uint32_t byte) const;
    std::optional<ql::Edge> edgeAt(QPoint pos) const;
    bool mouseEvent(QEvent* event);
    bool keyEvent(QEvent* event);
    void hover(QPoint pos);
    void start(ql::Edge edge, QPoint pos, Qt::KeyboardModifiers modifiers);
    void follow(QPoint pos, Qt::KeyboardModifiers modifiers);
    void finish();
    void cancel(bool say);
    void showBounds();

    ArticleView& m_view;
    const DocumentSession& m_session;
    ql::QuoteId m_quote;
    std::optional<Drag> m_drag;
    std::optional<QCursor> m_hoverCursor;  // the viewport's own cursor, while a grip is under the pointer
};

}  // namespace qlui
