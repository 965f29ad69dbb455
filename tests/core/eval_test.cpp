#include "eval/quote_matcher.h"
#include "eval/scorer.h"
#include "eval/source_check.h"
#include "eval/word_tokens.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <stdexcept>

using namespace ql;
using namespace ql::eval;

namespace {

const std::string kText =
    "\"We are ready,\" the minister said. Officials said talks would resume soon. Lavrov said it was over.";

// The byte span of the first occurrence of `part` in kText.
Span at(std::string_view part)
{
    const std::size_t begin = kText.find(part);
    if (begin == std::string::npos)
        throw std::logic_error("not in the test text: " + std::string(part));
    return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(begin + part.size())};
}

GoldQuote gold(QuoteKind kind, std::string_view content, std::optional<std::string_view> source,
               std::optional<std::string> entity = std::nullopt)
{
    GoldQuote q;
    q.kind = kind;
    q.spans = {at(content)};
    if (source) {
        q.source = std::string(*source);
        q.sourceSpans = {at(*source)};
    }
    q.entity = std::move(entity);
    return q;
}

Quote predicted(QuoteKind kind, std::string_view content, std::optional<std::string_view> mention, int speaker)
{
    Quote q;
    q.kind = kind;
    q.spans = {at(content)};
    if (mention)
        q.mention = at(*mention);
    q.speaker = SpeakerId{static_cast<std::uint32_t>(speaker)};
    return q;
}

AnnotationSet withSpeakers(std::vector<Quote> quotes)
{
    AnnotationSet set;
    set.speakers = {Speaker{SpeakerId{1}, "Sergei Lavrov", SpeakerType::Person, Gender::Male, "Minister", {"the minister"}},
                    Speaker{SpeakerId{2}, "officials", SpeakerType::Unknown, Gender::Unknown, "", {}}};
    set.quotes = std::move(quotes);
    return set;
}

const std::vector<GoldQuote> kGold = {
    gold(QuoteKind::Direct, "\"We are ready,\"", "the minister", "Sergei Lavrov"),
    gold(QuoteKind::Indirect, "talks would resume soon", "Officials"),
    gold(QuoteKind::Indirect, "it was over", "Lavrov", "Sergei Lavrov"),
};

Counts counts(std::size_t gold, std::size_t goldHits, std::size_t predicted, std::size_t predictedHits)
{
    return Counts{gold, goldHits, predicted, predictedHits};
}

}  // namespace

TEST_CASE("eval: words are runs of letters and digits, lower-cased")
{
    struct Row { std::string text; std::vector<std::string> words; };
    const Row rows[] = {
        {"Hello, world!", {"hello", "world"}},
        {"Clinton\xE2\x80\x99s 2016 plan", {"clinton", "s", "2016", "plan"}},
        {"\xC3\x87" "a va \xE2\x80\x94 tr\xC3\xA8s bien", {"\xC3\xA7" "a", "va", "tr\xC3\xA8s", "bien"}},
        {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0", {"\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"}},  // Москва
        {"\xF0\x9F\x98\x80" "emoji\xE2\x80\xA6" "end", {"emoji", "end"}},
        {"a\xC2\xA0" "b\xE2\x80\xAF" "c", {"a", "b", "c"}},                 // no-break spaces
        {"\xE2\x80\x9CQuoted\xE2\x80\x9D \xC2\xAB" "fr\xC2\xBB", {"quoted", "fr"}},
        {"U.S.-led \xE2\x82\xAC" "5", {"u", "s", "led", "5"}},
        {"\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", {"\xCE\xB1\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1"}},  // Αθήνα
        {"", {}},
        {" \xE2\x80\x94 ", {}},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(words(row.text) == row.words);
    }
}

TEST_CASE("eval: word spans are byte spans")
{
    CHECK(wordSpans("\xE2\x80\x9CHi\xE2\x80\x9D she") == std::vector<Span>{{3, 5}, {9, 12}});
}

TEST_CASE("eval: Jaccard overlap of word sets")
{
    struct Row { WordSet a, b; double expected; };
    const Row rows[] = {
        {{1, 2, 3}, {1, 2, 3}, 1.0},
        {{1, 2, 3, 4}, {1, 2, 3}, 0.75},
        {{1, 2}, {2, 3}, 1.0 / 3.0},
        {{1, 2}, {3, 4}, 0.0},
        {{}, {}, 0.0},
        {{1}, {}, 0.0},
    };
    for (const Row& row : rows)
        CHECK(jaccard(row.a, row.b) == Approx(row.expected));
}

TEST_CASE("eval: covered words are those a span overlaps, over all pieces")
{
    const std::vector<Span> words = {{0, 2}, {3, 5}, {6, 8}, {9, 11}};
    CHECK(coveredWords(words, {{0, 5}}) == WordSet{0, 1});
    CHECK(coveredWords(words, {{4, 7}}) == WordSet{1, 2});
    CHECK(coveredWords(words, {{9, 11}, {0, 2}, {1, 2}}) == WordSet{0, 3});
    CHECK(coveredWords(words, {{5, 6}}).empty());
}

TEST_CASE("eval: matching is one-to-one, best overlap first")
{
    const auto noSource = [](std::size_t, std::size_t) { return false; };
    SECTION("two predictions of one gold quote: the better one wins, the other is left over")
    {
        const auto matches = matchQuotes({{1, 2, 3, 4}}, {{1, 2}, {1, 2, 3}}, noSource);
        CHECK(matches == std::vector<QuoteMatch>{{0, 1, 0.75}});
    }
    SECTION("a prediction never takes two gold quotes")
    {
        const auto matches = matchQuotes({{1, 2}, {1, 2, 3}}, {{1, 2, 3}}, noSource);
        CHECK(matches == std::vector<QuoteMatch>{{1, 0, 1.0}});
    }
    SECTION("below 0.5 is no match")
    {
        CHECK(matchQuotes({{1, 2, 3}}, {{3, 4, 5}}, noSource).empty());
        CHECK(matchQuotes({{1, 2, 3, 4}}, {{1, 2}}, noSource).size() == 1);  // exactly 0.5
    }
    SECTION("on a tie, the pair with the right source goes first")
    {
        const auto secondIsRight = [](std::size_t, std::size_t p) { return p == 1; };
        CHECK(matchQuotes({{1, 2}}, {{1, 2}, {1, 2}}, secondIsRight) == std::vector<QuoteMatch>{{0, 1, 1.0}});
    }
}

TEST_CASE("eval: source and entity checks")
{
    const GoldQuote minister = kGold[0];
    GoldQuote textOnly = kGold[2];
    textOnly.sourceSpans.clear();  // the gold names the source ("Lavrov") without a span
    GoldQuote noSource = gold(QuoteKind::Indirect, "it was over", std::nullopt);

    struct Row { const char* what; GoldQuote gold; Quote quote; bool source; bool entity; };
    const Row rows[] = {
        {"mention overlaps the gold span", minister, predicted(QuoteKind::Direct, "We", "minister", 1), true, true},
        {"mention elsewhere, even with the right speaker", minister, predicted(QuoteKind::Direct, "We", "Officials", 1), false, true},
        {"no mention: an alias ends with the gold source's last word", minister, predicted(QuoteKind::Direct, "We", std::nullopt, 1), true, true},
        {"no mention: name does not share the last word", minister, predicted(QuoteKind::Direct, "We", std::nullopt, 2), false, false},
        {"no mention, no speaker", minister, predicted(QuoteKind::Direct, "We", std::nullopt, 0), false, false},
        {"gold text only: the speaker name's last word", textOnly, predicted(QuoteKind::Indirect, "it", std::nullopt, 1), true, true},
        {"gold text only: the mention's last word", textOnly, predicted(QuoteKind::Indirect, "it", "Lavrov", 2), true, false},
        {"gold without source, prediction unattributed", noSource, predicted(QuoteKind::Indirect, "it", std::nullopt, 0), true, false},
        {"gold without source, prediction attributed", noSource, predicted(QuoteKind::Indirect, "it", std::nullopt, 1), false, false},
    };
    const AnnotationSet set = withSpeakers({});
    for (const Row& row : rows) {
        INFO(row.what);
        CHECK(sourceCorrect(row.gold, row.quote, set, kText) == row.source);
        CHECK(entityCorrect(row.gold, row.quote, set) == row.entity);
    }
    CHECK(comparableName(" Sergei  LAVROV\xC2\xA0") == "sergeilavrov");
    CHECK(comparableName("\xC3\x89lise") == comparableName("\xC3\xA9LISE"));
}

TEST_CASE("eval: a perfect prediction scores 1 everywhere")
{
    const AnnotationSet set = withSpeakers({
        predicted(QuoteKind::Direct, "We are ready,", "the minister", 1),
        predicted(QuoteKind::Indirect, "talks would resume soon", "Officials", 2),
        predicted(QuoteKind::Indirect, "it was over", "Lavrov", 1),
    });
    const Metrics m = scoreArticle(kText, kGold, set);
    CHECK(m.articles == 1);
    CHECK(m.headline() == 1.0);
    CHECK(m.content.overall == counts(3, 3, 3, 3));
    CHECK(m.attributed[QuoteKind::Direct] == counts(1, 1, 1, 1));
    CHECK(m.attributed[QuoteKind::Indirect] == counts(2, 2, 2, 2));
    CHECK(m.attributed[QuoteKind::Mixed] == counts(0, 0, 0, 0));
    CHECK(m.contentTokens.overall == counts(10, 10, 10, 10));
    CHECK(m.attributedTokens.overall.f1() == 1.0);
    CHECK(m.entity == EntityCounts{2, 2, 2});
}

TEST_CASE("eval: figures of a partly right prediction, counted by hand")
{
    // p0 finds the direct quote but names the wrong source; p1 finds 3 of the 4 words of the
    // first reported quote with the right source; p2 is spurious; the last gold quote is missed.
    const AnnotationSet set = withSpeakers({
        predicted(QuoteKind::Direct, "We are ready,", "Officials", 1),
        predicted(QuoteKind::Indirect, "talks would resume", "Officials", 2),
        predicted(QuoteKind::Mixed, "the minister said", std::nullopt, 0),
    });
    const Metrics m = scoreArticle(kText, kGold, set);

    CHECK(m.content.overall == counts(3, 2, 3, 2));
    CHECK(m.content[QuoteKind::Direct] == counts(1, 1, 1, 1));
    CHECK(m.content[QuoteKind::Indirect] == counts(2, 1, 1, 1));
    CHECK(m.content[QuoteKind::Mixed] == counts(0, 0, 1, 0));

    CHECK(m.attributed.overall == counts(3, 1, 3, 1));
    CHECK(m.attributed[QuoteKind::Direct] == counts(1, 0, 1, 0));
    CHECK(m.attributed[QuoteKind::Indirect] == counts(2, 1, 1, 1));
    CHECK(m.headline() == Approx(1.0 / 3.0));

    // Gold words: 3 + 4 + 3 = 10; predicted words: 3 + 3 + 3 = 9; in both: 3 + 3.
    CHECK(m.contentTokens.overall == counts(10, 6, 9, 6));
    CHECK(m.contentTokens.overall.precision() == Approx(6.0 / 9.0));
    CHECK(m.contentTokens.overall.recall() == Approx(0.6));
    CHECK(m.contentTokens[QuoteKind::Indirect] == counts(7, 3, 3, 3));
    CHECK(m.attributedTokens.overall == counts(10, 3, 9, 3));
    CHECK(m.attributedTokens[QuoteKind::Direct] == counts(3, 0, 3, 0));

    CHECK(m.entity == EntityCounts{2, 1, 1});
}

TEST_CASE("eval: a direct quote found as mixed counts for direct recall and mixed precision")
{
    const AnnotationSet set = withSpeakers({predicted(QuoteKind::Mixed, "We are ready,", "minister", 1)});
    const Metrics m = scoreArticle(kText, {kGold[0]}, set);
    CHECK(m.attributed[QuoteKind::Direct] == counts(1, 1, 0, 0));
    CHECK(m.attributed[QuoteKind::Mixed] == counts(0, 0, 1, 1));
    CHECK(m.attributed.overall == counts(1, 1, 1, 1));
}

TEST_CASE("eval: metrics add up over articles")
{
    const AnnotationSet none;
    const AnnotationSet all = withSpeakers({predicted(QuoteKind::Direct, "We are ready,", "minister", 1)});
    Metrics total = scoreArticle(kText, {kGold[0]}, all);
    total += scoreArticle(kText, {kGold[0]}, none);
    CHECK(total.articles == 2);
    CHECK(total.attributed.overall == counts(2, 1, 1, 1));
    CHECK(total.headline() == Approx(2.0 / 3.0));
    const Json json = toJson(total);
    CHECK(json["attributed"]["overall"]["recall"] == 0.5);
    CHECK(json["attributed"]["direct"]["predicted"] == 1);
    CHECK(json["entity"]["accuracy"] == 1.0);
}

TEST_CASE("eval: no predictions and no gold give zeros, never a division by zero")
{
    const Metrics m = scoreArticle(kText, {}, AnnotationSet{});
    CHECK(m.headline() == 0.0);
    CHECK(m.content.overall.precision() == 0.0);
    CHECK(m.entity.accuracy() == 0.0);
}


TEST_CASE("eval: the reliability table bins predictions by confidence and counts the right ones")
{
    std::vector<Quote> quotes = {
        predicted(QuoteKind::Direct, "We are ready,", "the minister", 1),            // right
        predicted(QuoteKind::Indirect, "talks would resume soon", "Lavrov", 1),    // wrong source
        predicted(QuoteKind::Indirect, "it was over", "Lavrov", 1),                 // right
    };
    quotes[0].confidence = 0.95;
    quotes[1].confidence = 0.92;
    quotes[2].confidence = 0.41;
    const Metrics m = scoreArticle(kText, kGold, withSpeakers(quotes));
    CHECK(m.reliability[9] == ReliabilityBin{2, 1});
    CHECK(m.reliability[4] == ReliabilityBin{1, 1});
    CHECK(m.reliability[0] == ReliabilityBin{0, 0});
    CHECK(reliabilityBin(1.0) == 9);
    CHECK(reliabilityBin(0.0) == 0);
    Metrics twice = m;
    twice += m;
    CHECK(twice.reliability[9] == ReliabilityBin{4, 2});
}
