#include "ui/edit_stack.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/document_session.h"

#include <QAction>
#include <QUndoStack>

using qlui::DocumentSession;
using qlui::EditStack;

namespace {
const ql::Edit nudgeEnd{ql::NudgeQuoteSpan{ql::QuoteId{1}, ql::Edge::End, ql::NudgeUnit::Word, -1}};
const ql::Edit reassign{ql::ReassignQuote{ql::QuoteId{1}, ql::SpeakerId{2}}};
}  // namespace

TEST_CASE("edit stack: commands mirror the session's history, with its labels")
{
    DocumentSession session;
    session.setDocument(qltest::annotatedDocument());
    EditStack edits(session);
    QUndoStack* stack = edits.stack();
    QAction* undo = edits.createUndoAction(stack);
    QAction* redo = edits.createRedoAction(stack);
    CHECK(stack->count() == 0);
    CHECK_FALSE(undo->isEnabled());

    REQUIRE(edits.perform(reassign).ok());
    CHECK(stack->count() == 1);
    CHECK(undo->text() == QStringLiteral("&Undo Reassign quote"));
    CHECK(undo->shortcuts() == QKeySequence::keyBindings(QKeySequence::Undo));
    CHECK(redo->shortcuts() == QKeySequence::keyBindings(QKeySequence::Redo));

    undo->trigger();
    CHECK(session.document().annotations.quote(ql::QuoteId{1})->speaker == ql::SpeakerId{1});
    CHECK(session.history().position() == 0);
    CHECK(redo->text() == QStringLiteral("&Redo Reassign quote"));
    redo->trigger();
    CHECK(session.document().annotations.quote(ql::QuoteId{1})->speaker == ql::SpeakerId{2});
    CHECK(edits.inStep());

    SECTION("a refused edit pushes nothing and keeps what can be redone")
    {
        undo->trigger();
        const ql::ApplyResult refused = edits.perform(ql::Edit{ql::ReassignQuote{ql::QuoteId{99}, ql::SpeakerId{2}}});
        CHECK_FALSE(refused.ok());
        CHECK(stack->count() == 1);
        CHECK(stack->canRedo());
        CHECK(edits.inStep());
    }
}

TEST_CASE("edit stack: repeated nudges are one step, as in the history, except across a save")
{
    DocumentSession session;
    session.setDocument(qltest::annotatedDocument());
    EditStack edits(session);
    const ql::Span before = session.document().annotations.quote(ql::QuoteId{1})->bounds();
    for (int i = 0; i < 3; ++i)
        REQUIRE(edits.perform(nudgeEnd).ok());
    CHECK(edits.stack()->count() == 1);
    CHECK(session.history().steps().size() == 1);
    CHECK(edits.stack()->text(0) == QStringLiteral("Move quote end"));
    CHECK(edits.inStep());

    session.markSaved();
    CHECK(edits.stack()->isClean());
    REQUIRE(edits.perform(nudgeEnd).ok());  // the saved step stays as it was saved
    CHECK(edits.stack()->count() == 2);
    CHECK(edits.inStep());

    edits.stack()->undo();
    CHECK(edits.stack()->isClean());
    CHECK_FALSE(session.isModified());
    edits.stack()->undo();  // all three nudges at once
    CHECK(session.document().annotations.quote(ql::QuoteId{1})->bounds() == before);

    SECTION("a nudge that must not merge is a step of its own")
    {
        REQUIRE(edits.perform(nudgeEnd).ok());
        REQUIRE(edits.perform(nudgeEnd, false).ok());
        CHECK(edits.stack()->count() == 2);
        CHECK(edits.inStep());
    }
}

TEST_CASE("edit stack: follows the session when the history changes elsewhere")
{
    DocumentSession session;
    session.setDocument(qltest::annotatedDocument());
    EditStack edits(session);
    REQUIRE(edits.perform(reassign).ok());
    REQUIRE(edits.perform(nudgeEnd).ok());

    SECTION("an undo made on the session")
    {
        REQUIRE(session.undo());
        CHECK(edits.stack()->index() == 1);
        CHECK(edits.inStep());
    }
    SECTION("a new document starts an empty stack")
    {
        session.setDocument(qltest::annotatedDocument());
        CHECK(edits.stack()->count() == 0);
    }
    SECTION("saved work brings its undo steps")
    {
        ql::Document document = session.document();
        ql::History history = session.history();
        session.setDocument(qltest::annotatedDocument());
        session.setWork(std::move(document), std::move(history));
        CHECK(edits.stack()->count() == 2);
        CHECK(edits.stack()->index() == 2);
        CHECK(edits.inStep());
        edits.stack()->undo();
        edits.stack()->undo();
        CHECK(session.document().annotations == qltest::annotatedDocument().annotations);
    }
    SECTION("jumping in the history (as the History panel does) undoes every step between")
    {
        edits.stack()->setIndex(0);
        CHECK(session.document().annotations == qltest::annotatedDocument().annotations);
        edits.stack()->setIndex(2);
        CHECK(session.history().position() == 2);
    }
}
