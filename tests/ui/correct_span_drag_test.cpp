// Dragging a quote's edge handles in the article with the mouse: the handles show on the
// current quote, a drag snaps to words (to characters with Shift), Escape cancels, an edge
// cannot pass the other, and each drag is one undo step.
#include "correction_fixture.h"
#include "ui/span_handles.h"

#include <QMouseEvent>
#include <QStatusBar>

using qltest::CorrectionFixture;
using qltest::spanOf;

namespace {

struct DragFixture : CorrectionFixture {
    qlui::SpanHandles& handles = view->handles();
    QWidget* viewport = view->viewport();

    // The middle of the text cursor at a byte offset, where a press or a drop aims.
    QPoint caret(std::uint32_t byte) const
    {
        QTextCursor cursor(view->document());
        cursor.setPosition(session.positions().toDocument(byte));
        return view->cursorRect(cursor).center();
    }
    // `needle`'s place plus `chars` characters (ASCII text).
    QPoint caretIn(std::string_view needle, std::uint32_t chars, int nth = 0) const
    {
        return caret(spanOf(session.document().text, needle, nth).begin + chars);
    }
    QPoint edgeCaret(std::uint32_t quote, ql::Edge edge) const
    {
        const ql::Span bounds = this->quote(quote).bounds();
        return caret(edge == ql::Edge::Begin ? bounds.begin : bounds.end);
    }
    // QTest::mouseMove cannot hold a modifier: the event is sent as a window system would.
    void move(QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QMouseEvent event(QEvent::MouseMove, to, viewport->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, modifiers);
        QApplication::sendEvent(viewport, &event);
    }
    void press(QPoint at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        activate();
        QTest::mousePress(viewport, Qt::LeftButton, modifiers, at);
    }
    void release(QPoint at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::mouseRelease(viewport, Qt::LeftButton, modifiers, at);
    }
    // Press on an edge's handle, move in two steps (live feedback on the way), release.
    void drag(std::uint32_t quote, ql::Edge edge, QPoint to, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        const QPoint from = edgeCaret(quote, edge);
        press(from, modifiers);
        REQUIRE(handles.dragging());
        move((from + to) / 2, modifiers);
        move(to, modifiers);
        release(to, modifiers);
        CHECK_FALSE(handles.dragging());
    }
    ql::Span span(std::string_view needle, int nth = 0) const { return spanOf(session.document().text, needle, nth); }
    QString status() const { return window.statusBar()->currentMessage(); }
    // The selection the article shows, as bytes.
    ql::Span shownSpan() const
    {
        const QTextCursor cursor = view->textCursor();
        return {session.positions().toByte(cursor.selectionStart()), session.positions().toByte(cursor.selectionEnd())};
    }
};

}  // namespace

TEST_CASE("correcting by dragging: the current quote shows a handle at each edge")
{
    DragFixture f;
    CHECK(f.handles.handleRect(ql::Edge::Begin).isEmpty());  // no quote is current yet
    f.select(2);
    for (const ql::Edge edge : {ql::Edge::Begin, ql::Edge::End}) {
        const QRect grip = f.handles.handleRect(edge);
        REQUIRE_FALSE(grip.isEmpty());
        CHECK(f.viewport->rect().contains(grip));
        CHECK(grip.contains(f.edgeCaret(2, edge)));
    }
    // The pointer over a handle says it can be dragged sideways; off it, the text cursor again.
    const Qt::CursorShape text = f.viewport->cursor().shape();
    QMouseEvent hover(QEvent::MouseMove, f.edgeCaret(2, ql::Edge::End), f.viewport->mapToGlobal(f.edgeCaret(2, ql::Edge::End)),
                      Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(f.viewport, &hover);
    CHECK(f.viewport->cursor().shape() == Qt::SizeHorCursor);
    const QPoint away = f.caretIn("mayor", 2);
    QMouseEvent leave(QEvent::MouseMove, away, f.viewport->mapToGlobal(away), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(f.viewport, &leave);
    CHECK(f.viewport->cursor().shape() == text);

    f.select(1);  // another quote: the handles follow it
    CHECK(f.handles.quote() == ql::QuoteId{1});
    CHECK(f.handles.handleRect(ql::Edge::Begin).contains(f.edgeCaret(1, ql::Edge::Begin)));
}

TEST_CASE("correcting by dragging: each edge moves to the word dropped on, one undo step each")
{
    DragFixture f;
    const ql::AnnotationSet before = f.annotations();
    const QBrush tint = f.background("city");
    f.select(2);

    // The start, dragged back into "said" (a letter in): the quote starts at "said".
    f.drag(2, ql::Edge::Begin, f.caretIn("said the", 1));
    CHECK(f.quote(2).spans == std::vector{f.span("said the city would cover the costs")});
    CHECK(f.quote(2).manual);
    CHECK(f.background("said the") == tint);
    CHECK(f.session.history().steps().size() == 1);
    CHECK(f.status() == QStringLiteral("Quote's start moved."));
    CHECK(f.shownSpan() == f.quote(2).bounds());  // the article shows the new span
    const ql::AnnotationSet afterStart = f.annotations();

    // The end, dropped a letter before the end of "cover": it ends after "cover".
    f.drag(2, ql::Edge::End, f.caretIn("cover", 4));
    CHECK(f.quote(2).spans == std::vector{f.span("said the city would cover")});
    CHECK(f.background("costs") != tint);
    CHECK(f.background("cover") == tint);
    CHECK(f.session.history().steps().size() == 2);  // a second drag is a step of its own
    const ql::AnnotationSet afterEnd = f.annotations();

    f.undoKey();
    CHECK(f.annotations() == afterStart);
    CHECK(f.background("costs") == tint);
    f.undoKey();
    CHECK(f.annotations() == before);
    CHECK(f.background("said the") != tint);
    f.redoKey();
    f.redoKey();
    CHECK(f.annotations() == afterEnd);
    CHECK(f.background("costs") != tint);
}

TEST_CASE("correcting by dragging: with Shift or Alt held an edge moves by characters")
{
    const Qt::KeyboardModifier modifier = GENERATE(Qt::ShiftModifier, Qt::AltModifier);
    DragFixture f;
    f.select(2);
    f.drag(2, ql::Edge::End, f.caretIn("cover", 4), modifier);
    CHECK(f.quote(2).spans == std::vector{f.span("the city would cove")});
    f.drag(2, ql::Edge::Begin, f.caretIn("city", 2), modifier);
    CHECK(f.quote(2).spans == std::vector{f.span("ty would cove")});
}

TEST_CASE("correcting by dragging: the live span follows the pointer and Escape cancels")
{
    DragFixture f;
    const ql::AnnotationSet before = f.annotations();
    f.select(2);
    const QPoint from = f.edgeCaret(2, ql::Edge::End);
    f.press(from);
    f.move(f.caretIn("would", 3));  // nearer its end than the end of "city"
    // While dragging, the selection shows the span that releasing would make.
    CHECK(f.shownSpan() == f.span("the city would"));
    CHECK(f.handles.handleRect(ql::Edge::End).contains(f.caret(f.span("the city would").end)));
    QTest::keyClick(f.view, Qt::Key_Escape);
    CHECK_FALSE(f.handles.dragging());
    f.release(f.caretIn("would", 3));
    CHECK(f.annotations() == before);
    CHECK(f.session.history().steps().empty());
    CHECK(f.status().contains(QStringLiteral("cancelled")));
    CHECK(f.shownSpan() == f.quote(2).bounds());
}

TEST_CASE("correcting by dragging: an edge cannot pass the other one")
{
    DragFixture f;
    const ql::AnnotationSet before = f.annotations();
    f.select(2);
    SECTION("the start past the end")
    {
        f.drag(2, ql::Edge::Begin, f.caretIn("It is a scandal", 3));
        CHECK(f.status().contains(QStringLiteral("cannot pass")));
    }
    SECTION("the end onto the start")
    {
        f.drag(2, ql::Edge::End, f.edgeCaret(2, ql::Edge::Begin));
        CHECK(f.status().contains(QStringLiteral("cannot pass")));
    }
    SECTION("a press on the knob and a release where it was")
    {
        const QRect grip = f.handles.handleRect(ql::Edge::Begin);
        const QPoint knob(grip.center().x(), grip.top() + 2);  // above the line
        f.press(knob);
        CHECK(f.handles.dragging());
        f.release(knob);
        CHECK(f.status().contains(QStringLiteral("stays")));
    }
    CHECK(f.annotations() == before);
    CHECK(f.session.history().steps().empty());
}
