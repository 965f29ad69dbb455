// Correcting quotes through the window: delete, spans (set to the selection, nudged from the
// keyboard), mention and cue, verified, adding a quote; each undone and redone.
#include "correction_fixture.h"
#include "ui/add_quote_dialog.h"

#include <QComboBox>
#include <QStatusBar>

#include <functional>

using qltest::CorrectionFixture;
using qltest::spanOf;

namespace {

ql::Span span(const CorrectionFixture& f, std::string_view needle, int nth = 0)
{
    return spanOf(f.session.document().text, needle, nth);
}

}  // namespace

TEST_CASE("correcting: each edit of a quote through the window, undone and redone")
{
    struct Row {
        const char* name;
        std::function<void(CorrectionFixture&)> edit;
        std::function<void(CorrectionFixture&)> check;
    };
    const Row rows[] = {
        {"Delete deletes (rejects) the quote",
         [](CorrectionFixture& f) {
             f.select(3);
             f.key(Qt::Key_Delete);
         },
         [](CorrectionFixture& f) {
             CHECK_FALSE(f.annotations().quote(ql::QuoteId{3}));
             CHECK(f.quoteTable->model()->rowCount() == 2);
             CHECK(f.background("scandal").style() == Qt::NoBrush);
             CHECK(f.annotations().rejected.size() == 1);
         }},
        {"S sets the span to the selection",
         [](CorrectionFixture& f) {
             f.selectText("We will reopen the bridge");
             f.key(Qt::Key_S);
         },
         [](CorrectionFixture& f) {
             CHECK(f.quote(1).spans == std::vector{span(f, "We will reopen the bridge")});
             CHECK(f.background("by June").style() == Qt::NoBrush);
             CHECK(f.background("steel").style() == Qt::NoBrush);
         }},
        {"Alt+Shift+Left moves the end a word earlier",
         [](CorrectionFixture& f) {
             f.select(2);
             f.key(Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
         },
         [](CorrectionFixture& f) {
             CHECK(f.quote(2).spans == std::vector{span(f, "the city would cover the")});
             CHECK(f.background("costs").style() == Qt::NoBrush);
             CHECK(f.view->textCursor().selectedText() == QStringLiteral("the city would cover the"));
         }},
        {"Alt+Right moves the start a word later",
         [](CorrectionFixture& f) {
             f.select(2);
             f.key(Qt::Key_Right, Qt::AltModifier);
         },
         [](CorrectionFixture& f) { CHECK(f.quote(2).spans == std::vector{span(f, "city would cover the costs")}); }},
        {"Ctrl+Alt+Right moves the start a character later",
         [](CorrectionFixture& f) {
             f.select(2);
             f.key(Qt::Key_Right, Qt::AltModifier | Qt::ControlModifier);
         },
         [](CorrectionFixture& f) { CHECK(f.quote(2).spans == std::vector{span(f, "he city would cover the costs")}); }},
        {"M sets the mention to the selection",
         [](CorrectionFixture& f) {
             f.select(3);
             f.selectText("one message");
             f.key(Qt::Key_M);
         },
         [](CorrectionFixture& f) { CHECK(f.quote(3).mention == span(f, "one message")); }},
        {"Shift+M clears the mention",
         [](CorrectionFixture& f) {
             f.select(1);
             f.key(Qt::Key_M, Qt::ShiftModifier);
         },
         [](CorrectionFixture& f) { CHECK_FALSE(f.quote(1).mention); }},
        {"C sets the cue to the selection",
         [](CorrectionFixture& f) {
             f.select(2);
             f.selectText("said", 1);  // outside every quote: quote 2 stays current
             f.key(Qt::Key_C);
         },
         [](CorrectionFixture& f) {
             CHECK(f.quote(2).cue == span(f, "said", 1));
             CHECK(f.format("said", 1).underlineStyle() == QTextCharFormat::DotLine);
         }},
        {"Shift+C clears the cue",
         [](CorrectionFixture& f) {
             f.select(3);
             f.key(Qt::Key_C, Qt::ShiftModifier);
         },
         [](CorrectionFixture& f) { CHECK_FALSE(f.quote(3).cue); }},
        {"V marks the quote verified",
         [](CorrectionFixture& f) {
             f.select(1);
             f.key(Qt::Key_V);
         },
         [](CorrectionFixture& f) {
             CHECK(f.quote(1).verified);
             CHECK(f.actions.toggleVerified->isChecked());
             const QAbstractItemModel* model = f.quoteTable->model();
             CHECK(model->index(0, qlui::QuoteListModel::VerifiedColumn).data().toString() == QStringLiteral("✓"));
         }},
        {"A adds a quote from the selection, of the kind and speaker chosen",
         [](CorrectionFixture& f) {
             f.selectText("the harbour’s engineer");
             f.key(Qt::Key_A);
             auto* dialog = f.find<qlui::AddQuoteDialog>();
             REQUIRE(dialog);
             CHECK(dialog->kind() == ql::QuoteKind::Indirect);  // no quote marks around it
             dialog->setKind(ql::QuoteKind::Mixed);
             dialog->speakerBox()->setCurrentIndex(dialog->speakerBox()->findData(2u));
             dialog->accept();
             CHECK(f.window.quotePanel()->currentQuote() == ql::QuoteId{4});  // the new quote is the one to work on
         },
         [](CorrectionFixture& f) {
             REQUIRE(f.annotations().quotes.size() == 4);
             const ql::Quote* added = f.annotations().quote(ql::QuoteId{4});
             REQUIRE(added);
             CHECK(added->spans == std::vector{span(f, "the harbour’s engineer")});
             CHECK(added->kind == ql::QuoteKind::Mixed);
             CHECK(added->speaker == ql::SpeakerId{2});
             CHECK(f.background("harbour") == f.background("city"));
         }},
    };
    for (const Row& row : rows) {
        DYNAMIC_SECTION(row.name)
        {
            CorrectionFixture f;
            const ql::AnnotationSet before = f.annotations();
            row.edit(f);
            row.check(f);
            f.checkOneStep(before);
            row.check(f);
        }
    }
}

TEST_CASE("correcting: nudging an edge again and again is one undo step")
{
    CorrectionFixture f;
    const ql::AnnotationSet before = f.annotations();
    f.select(2);
    for (int i = 0; i < 3; ++i)
        f.key(Qt::Key_Left, Qt::AltModifier | Qt::ShiftModifier);
    CHECK(f.quote(2).spans == std::vector{span(f, "the city would")});
    CHECK(f.session.history().steps().size() == 1);
    CHECK(f.actions.undo->text() == QStringLiteral("&Undo Move quote end"));
    f.key(Qt::Key_Right, Qt::AltModifier);  // the other edge: a step of its own
    CHECK(f.session.history().steps().size() == 2);
    f.undoKey();
    f.undoKey();
    CHECK(f.annotations() == before);
}

TEST_CASE("correcting: an edit that needs a selection says so and changes nothing")
{
    CorrectionFixture f;
    const ql::AnnotationSet before = f.annotations();
    f.select(1);  // the quote's text is selected by the program: not a selection of the reader's
    for (const int k : {Qt::Key_S, Qt::Key_M, Qt::Key_C, Qt::Key_A, Qt::Key_P}) {
        f.key(k);
        CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("Select")));
    }
    CHECK(f.annotations() == before);
    CHECK(f.session.history().steps().empty());
}

TEST_CASE("correcting: keys typed into a text field stay there")
{
    CorrectionFixture f;
    f.select(1);
    QWidget* filter = f.window.findChild<QWidget*>(QStringLiteral("quoteFilter"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("1vas"));
    CHECK(f.session.history().steps().empty());
}
