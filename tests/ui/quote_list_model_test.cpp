#include "ui/quote_list_model.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/speaker_colors.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>

using qlui::QuoteListModel;

TEST_CASE("quote list model: passes the item model tester through document changes")
{
    qlui::DocumentSession session;
    QuoteListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    session.setDocument(qltest::annotatedDocument());
    CHECK(model.rowCount() == 3);
    session.setDocument(ql::Document{});
    CHECK(model.rowCount() == 0);
    session.setDocument(qltest::annotatedDocument());
    CHECK(model.rowCount() == 3);
}

TEST_CASE("quote list model: one row per quote with speaker, kind and text")
{
    qlui::DocumentSession session;
    QuoteListModel model(session);
    session.setDocument(qltest::annotatedDocument());
    REQUIRE(model.columnCount() == QuoteListModel::ColumnCount);

    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    CHECK(cell(0, QuoteListModel::SpeakerColumn).toString() == QStringLiteral("Zoë Ørsted"));
    CHECK(cell(0, QuoteListModel::KindColumn).toString() == QStringLiteral("direct"));
    CHECK(cell(0, QuoteListModel::TextColumn).toString() ==
          QStringLiteral("We will reopen the bridge by June, … The steel is here."));
    CHECK(cell(1, QuoteListModel::SpeakerColumn).toString() == QStringLiteral("Ana Núñez"));
    CHECK(cell(1, QuoteListModel::KindColumn).toString() == QStringLiteral("indirect"));
    CHECK(cell(2, QuoteListModel::SpeakerColumn).toString() == QStringLiteral("unattributed"));
    CHECK(cell(2, QuoteListModel::TextColumn).toString() == QStringLiteral("It is a scandal 😡,"));
    CHECK(cell(0, QuoteListModel::ConfidenceColumn).toString() == QStringLiteral("93%"));
    CHECK(cell(0, QuoteListModel::VerifiedColumn).toString().isEmpty());

    SECTION("the swatch is the speaker's colour, grey when unattributed")
    {
        const QColor zoe = cell(0, QuoteListModel::SpeakerColumn, Qt::DecorationRole).value<QColor>();
        CHECK(zoe == session.colors().color(ql::SpeakerId{1}));
        CHECK(zoe == qlui::paletteColor(qlui::paletteSlots({"Zoë Ørsted", "Ana Núñez"})[0]));
        CHECK(cell(1, QuoteListModel::SpeakerColumn, Qt::DecorationRole).value<QColor>() ==
              session.colors().color(ql::SpeakerId{2}));
        CHECK(cell(1, QuoteListModel::SpeakerColumn, Qt::DecorationRole).value<QColor>() != zoe);
        CHECK(cell(2, QuoteListModel::SpeakerColumn, Qt::DecorationRole).value<QColor>() ==
              qlui::unattributedColor());
        CHECK(cell(2, QuoteListModel::SpeakerColumn, Qt::FontRole).value<QFont>().italic());
    }
    SECTION("rows know their quote ids, and the tool tip says how sure the engine is")
    {
        CHECK(cell(1, 0, QuoteListModel::QuoteIdRole).toUInt() == 2u);
        CHECK(model.quoteId(2) == ql::QuoteId{3});
        CHECK(model.row(ql::QuoteId{3}) == 2);
        CHECK(model.row(ql::QuoteId{99}) == -1);
        CHECK_FALSE(model.quoteId(3).valid());
        const QString tip = cell(0, QuoteListModel::TextColumn, Qt::ToolTipRole).toString();
        CHECK(tip.contains(QStringLiteral("93%")));
        CHECK(tip.contains(QStringLiteral("quote-cue-speaker")));
        CHECK(tip.contains(QStringLiteral("a quotation, then the cue and the speaker")));  // what the rule means
    }
}

TEST_CASE("quote list model: a long quote is whole in its cell (the view elides it) and its tool tip")
{
    ql::Document document;
    std::string words;
    for (int i = 0; i < 100; ++i)
        words += "word" + std::to_string(i) + ' ';
    document.text = "\"" + words + "\" he said.";
    ql::Quote quote;
    quote.id = ql::QuoteId{1};
    quote.spans = {qltest::spanOf(document.text, words)};
    quote.verified = true;
    document.annotations.quotes = {quote};
    qlui::DocumentSession session;
    QuoteListModel model(session);
    session.setDocument(document);
    const QString whole = QString::fromStdString(words).simplified();
    CHECK(model.index(0, QuoteListModel::TextColumn).data().toString() == whole);
    CHECK(model.index(0, QuoteListModel::TextColumn).data(Qt::ToolTipRole).toString().contains(whole));
    CHECK(model.index(0, QuoteListModel::VerifiedColumn).data().toString() == QStringLiteral("✓"));
}
