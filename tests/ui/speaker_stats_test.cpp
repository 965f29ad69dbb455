#include "ui/speaker_stats.h"

#include "catch_qt.h"
#include "test_documents.h"

TEST_CASE("speaker stats: quotes, words and shares per speaker, gender and type")
{
    ql::Document document = qltest::annotatedDocument();
    // Zoë: "We will reopen the bridge by June," + "The steel is here." = 7 + 4 words;
    // Ana: "the city would cover the costs" = 6 words; the unattributed quote counts for nobody.
    const qlui::SourcingSummary summary = qlui::summarize(document.annotations, document.text);
    REQUIRE(summary.speakers.size() == 2);
    CHECK(summary.speakers[0].quotes == 1);
    CHECK(summary.speakers[0].words == 11);
    CHECK(summary.speakers[1].words == 6);
    CHECK(summary.attributedWords == 17);
    CHECK(summary.unattributedQuotes == 1);
    CHECK(summary.speakers[0].share == Approx(11.0 / 17));
    CHECK(summary.find(ql::SpeakerId{2})->share == Approx(6.0 / 17));
    CHECK(summary.find(ql::SpeakerId{7}) == nullptr);
    CHECK(summary.shares.byGender[0] == Approx(1.0));  // both women
    CHECK(summary.shares.byType[0] == Approx(1.0));    // both people

    SECTION("an organisation and a man divide the voice by what they said")
    {
        document.annotations.speakers[1].type = ql::SpeakerType::Organization;
        document.annotations.speakers[1].gender = ql::Gender::Unknown;
        const qlui::SourcingSummary mixed = qlui::summarize(document.annotations, document.text);
        CHECK(mixed.shares.byType[0] == Approx(11.0 / 17));
        CHECK(mixed.shares.byType[1] == Approx(6.0 / 17));
        CHECK(mixed.shares.byGender[2] == Approx(6.0 / 17));
    }
    SECTION("no attributed words: no shares, no division by zero")
    {
        document.annotations.quotes.pop_back();
        document.annotations.quotes.front().speaker = {};
        document.annotations.quotes[1].speaker = {};
        const qlui::SourcingSummary none = qlui::summarize(document.annotations, document.text);
        CHECK(none.attributedWords == 0);
        CHECK(none.speakers[0].share == 0.0);
        CHECK(none.shares.byGender[0] == 0.0);
    }
}
