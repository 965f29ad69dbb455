#include "ui/quote_filter_model.h"

#include "catch_qt.h"
#include "test_documents.h"
#include "ui/document_session.h"
#include "ui/quote_list_model.h"

#include <QAbstractItemModelTester>

using qlui::QuoteFilterModel;
using qlui::QuoteListModel;

namespace {
struct Fixture {
    qlui::DocumentSession session;
    QuoteListModel quotes{session};
    QuoteFilterModel filtered;
    QAbstractItemModelTester tester{&filtered, QAbstractItemModelTester::FailureReportingMode::Fatal};

    Fixture()
    {
        filtered.setSourceModel(&quotes);
        session.setDocument(qltest::annotatedDocument());
    }
    // The quote ids shown, top to bottom.
    std::vector<uint> shown() const
    {
        std::vector<uint> ids;
        for (int row = 0; row < filtered.rowCount(); ++row)
            ids.push_back(filtered.index(row, 0).data(QuoteListModel::QuoteIdRole).toUInt());
        return ids;
    }
};
}  // namespace

TEST_CASE("quote filter: text, speaker and kind filters, alone and together")
{
    Fixture f;
    REQUIRE(f.shown() == std::vector<uint>{1, 2, 3});

    struct Row {
        const char* text;
        std::optional<ql::SpeakerId> speaker;
        std::optional<ql::QuoteKind> kind;
        std::vector<uint> expected;
    };
    const Row rows[] = {
        {"", std::nullopt, std::nullopt, {1, 2, 3}},
        {"STEEL", std::nullopt, std::nullopt, {1}},             // case-insensitive, in any piece
        {"núñez", std::nullopt, std::nullopt, {2}},             // the speaker's name counts
        {"the", std::nullopt, std::nullopt, {1, 2}},
        {"nothing like this", std::nullopt, std::nullopt, {}},
        {"", ql::SpeakerId{1}, std::nullopt, {1}},
        {"", ql::SpeakerId{}, std::nullopt, {3}},               // unattributed only
        {"", std::nullopt, ql::QuoteKind::Indirect, {2}},
        {"", std::nullopt, ql::QuoteKind::Mixed, {}},
        {"the", ql::SpeakerId{2}, ql::QuoteKind::Indirect, {2}},
        {"the", ql::SpeakerId{1}, ql::QuoteKind::Indirect, {}},
    };
    for (const Row& row : rows) {
        INFO("text '" << row.text << "', speaker " << (row.speaker ? int(row.speaker->value) : -1) << ", kind "
                      << (row.kind ? int(*row.kind) : -1));
        f.filtered.setText(QString::fromUtf8(row.text));
        f.filtered.setSpeaker(row.speaker);
        f.filtered.setKind(row.kind);
        CHECK(f.shown() == row.expected);
    }
}

TEST_CASE("quote filter: sorts by each column, ties in reading order")
{
    Fixture f;
    f.filtered.sort(QuoteListModel::ConfidenceColumn, Qt::AscendingOrder);
    CHECK(f.shown() == std::vector<uint>{3, 2, 1});  // 0.3, 0.8, 0.93
    f.filtered.sort(QuoteListModel::SpeakerColumn, Qt::AscendingOrder);
    CHECK(f.shown() == std::vector<uint>{2, 1, 3});  // Ana, Zoë, then unattributed
    f.filtered.sort(QuoteListModel::KindColumn, Qt::AscendingOrder);
    CHECK(f.shown() == std::vector<uint>{1, 3, 2});  // direct, direct, indirect
    f.filtered.sort(QuoteListModel::TextColumn, Qt::DescendingOrder);
    CHECK(f.shown() == std::vector<uint>{3, 2, 1});  // reading order, backwards
}

TEST_CASE("quote filter: grouping by speaker keeps reading order within a speaker")
{
    Fixture f;
    ql::Document document = qltest::annotatedDocument();
    // A second quote by Zoë, after Ana's.
    ql::Quote more = document.annotations.quotes[0];
    more.id = ql::QuoteId{4};
    more.spans = {qltest::spanOf(document.text, "would cover")};
    document.annotations.quotes[1].spans = {qltest::spanOf(document.text, "the city")};
    document.annotations.quotes.insert(document.annotations.quotes.begin() + 2, more);
    f.session.setDocument(document);
    REQUIRE(f.shown() == std::vector<uint>{1, 2, 4, 3});
    f.filtered.setGroupBySpeaker(true);
    CHECK(f.shown() == std::vector<uint>{2, 1, 4, 3});
    f.filtered.sort(QuoteListModel::ConfidenceColumn, Qt::AscendingOrder);
    CHECK(f.shown() == std::vector<uint>{2, 1, 4, 3});  // equal confidence: reading order
    f.filtered.setGroupBySpeaker(false);
    CHECK(f.shown() == std::vector<uint>{3, 2, 1, 4});
}
