#include "ui/speaker_list_model.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/speaker_colors.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using qlui::SpeakerListModel;

TEST_CASE("speaker list model: passes the item model tester through document changes")
{
    qlui::DocumentSession session;
    SpeakerListModel model(session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    session.setDocument(qltest::annotatedDocument());
    CHECK(model.rowCount() == 2);
    session.setDocument(ql::Document{});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("speaker list model: colour, name, role, type, gender, quotes, words and share")
{
    qlui::DocumentSession session;
    SpeakerListModel model(session);
    session.setDocument(qltest::annotatedDocument());
    REQUIRE(model.columnCount() == SpeakerListModel::ColumnCount);
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

    CHECK(cell(0, SpeakerListModel::NameColumn).toString() == QStringLiteral("Zoë Ørsted"));
    CHECK(cell(0, SpeakerListModel::NameColumn, Qt::DecorationRole).value<QColor>() ==
          session.colors().color(ql::SpeakerId{1}));
    CHECK(cell(0, SpeakerListModel::NameColumn, Qt::DecorationRole).value<QColor>() !=
          cell(1, SpeakerListModel::NameColumn, Qt::DecorationRole).value<QColor>());
    CHECK(cell(0, SpeakerListModel::RoleColumn).toString() == QStringLiteral("engineer"));
    CHECK(cell(1, SpeakerListModel::RoleColumn).toString() == QStringLiteral("mayor"));
    CHECK(cell(0, SpeakerListModel::TypeColumn).toString() == QStringLiteral("person"));
    CHECK(cell(0, SpeakerListModel::GenderColumn).toString() == QStringLiteral("female"));
    CHECK(cell(0, SpeakerListModel::QuotesColumn).toInt() == 1);
    CHECK(cell(0, SpeakerListModel::WordsColumn).toString() == QStringLiteral("11"));
    CHECK(cell(1, SpeakerListModel::WordsColumn).toString() == QStringLiteral("6"));
    CHECK(cell(0, SpeakerListModel::ShareColumn).toString() == QStringLiteral("65%"));
    CHECK(cell(0, SpeakerListModel::ShareColumn, SpeakerListModel::ShareRole).toDouble() == Approx(11.0 / 17));
    CHECK(cell(1, 0, SpeakerListModel::SpeakerIdRole).toUInt() == 2u);
    CHECK(model.speakerId(1) == ql::SpeakerId{2});
    CHECK(model.row(ql::SpeakerId{2}) == 1);
    CHECK(model.row(ql::SpeakerId{8}) == -1);

    SECTION("sorts by numbers, not by their text")
    {
        ql::Document document = qltest::annotatedDocument();
        for (int i = 0; i < 9; ++i)  // Ana gets ten quotes: "10" sorts before "9" as text
            document.annotations.quotes.push_back(document.annotations.quotes[1]);
        session.setDocument(document);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SpeakerListModel::SortRole);
        sorted.sort(SpeakerListModel::QuotesColumn, Qt::DescendingOrder);
        CHECK(sorted.index(0, SpeakerListModel::NameColumn).data().toString() == QStringLiteral("Ana Núñez"));
        CHECK(sorted.index(0, SpeakerListModel::QuotesColumn).data().toInt() == 10);
        sorted.sort(SpeakerListModel::NameColumn, Qt::AscendingOrder);
        CHECK(sorted.index(0, SpeakerListModel::NameColumn).data().toString() == QStringLiteral("Ana Núñez"));
    }
}
