#include "eval/scorer.h"

#include "eval/quote_matcher.h"
#include "eval/source_check.h"
#include "eval/word_tokens.h"

namespace ql::eval {

namespace {

using SourceTable = std::vector<std::vector<bool>>;  // [gold][predicted]: is the source right?

// Adds one item on each side, with `hit` saying whether it was found (gold) or right (predicted).
void countGold(CountsByKind& counts, QuoteKind kind, bool hit)
{
    ++counts[kind].gold;
    counts[kind].goldHits += hit;
}

void countPredicted(CountsByKind& counts, QuoteKind kind, bool hit)
{
    ++counts[kind].predicted;
    counts[kind].predictedHits += hit;
}

void countQuotes(Metrics& m, const std::vector<GoldQuote>& gold, const std::vector<Quote>& predicted,
                 const std::vector<QuoteMatch>& matches, const SourceTable& sourceRight)
{
    std::vector<int> matchOfGold(gold.size(), -1), matchOfPredicted(predicted.size(), -1);
    for (const QuoteMatch& match : matches) {
        matchOfGold[match.gold] = static_cast<int>(match.predicted);
        matchOfPredicted[match.predicted] = static_cast<int>(match.gold);
    }
    for (std::size_t g = 0; g < gold.size(); ++g) {
        const int p = matchOfGold[g];
        countGold(m.content, gold[g].kind, p >= 0);
        countGold(m.attributed, gold[g].kind, p >= 0 && sourceRight[g][p]);
    }
    for (std::size_t p = 0; p < predicted.size(); ++p) {
        const int g = matchOfPredicted[p];
        const bool right = g >= 0 && sourceRight[g][p];
        countPredicted(m.content, predicted[p].kind, g >= 0);
        countPredicted(m.attributed, predicted[p].kind, right);
        ReliabilityBin& bin = m.reliability[reliabilityBin(predicted[p].confidence)];
        ++bin.predicted;
        bin.right += right;
    }
    for (CountsByKind* counts : {&m.content, &m.attributed}) {
        counts->overall = {gold.size(), 0, predicted.size(), 0};
        for (QuoteKind kind : kReportedKinds)
            counts->overall.goldHits += (*counts)[kind].goldHits;
        counts->overall.predictedHits = counts->overall.goldHits;  // one-to-one
    }
}

// Which quotes cover each word of the article.
std::vector<std::vector<std::size_t>> coverByWord(std::size_t wordCount, const std::vector<WordSet>& sets)
{
    std::vector<std::vector<std::size_t>> cover(wordCount);
    for (std::size_t q = 0; q < sets.size(); ++q)
        for (std::uint32_t w : sets[q])
            cover[w].push_back(q);
    return cover;
}

unsigned kindBit(QuoteKind kind) { return 1u << static_cast<unsigned>(kind); }

// Each word counts once per kind of the quotes that cover it, and once overall.
void countWord(CountsByKind& counts, unsigned goldKinds, unsigned goldHitKinds, unsigned predictedKinds,
               unsigned predictedHitKinds)
{
    for (QuoteKind kind : kReportedKinds) {
        if (goldKinds & kindBit(kind))
            countGold(counts, kind, goldHitKinds & kindBit(kind));
        if (predictedKinds & kindBit(kind))
            countPredicted(counts, kind, predictedHitKinds & kindBit(kind));
    }
    Counts& overall = counts.overall;
    overall.gold += goldKinds != 0;
    overall.goldHits += goldHitKinds != 0;
    overall.predicted += predictedKinds != 0;
    overall.predictedHits += predictedHitKinds != 0;
}

void countTokens(Metrics& m, std::size_t wordCount, const std::vector<GoldQuote>& gold,
                 const std::vector<Quote>& predicted, const std::vector<WordSet>& goldWords,
                 const std::vector<WordSet>& predictedWords, const SourceTable& sourceRight)
{
    const auto goldCover = coverByWord(wordCount, goldWords);
    const auto predictedCover = coverByWord(wordCount, predictedWords);
    for (std::size_t w = 0; w < wordCount; ++w) {
        unsigned goldKinds = 0, predictedKinds = 0, goldAttributed = 0, predictedAttributed = 0;
        for (std::size_t g : goldCover[w])
            goldKinds |= kindBit(gold[g].kind);
        for (std::size_t p : predictedCover[w])
            predictedKinds |= kindBit(predicted[p].kind);
        for (std::size_t g : goldCover[w])
            for (std::size_t p : predictedCover[w])
                if (sourceRight[g][p]) {
                    goldAttributed |= kindBit(gold[g].kind);
                    predictedAttributed |= kindBit(predicted[p].kind);
                }
        const unsigned goldFound = predictedKinds ? goldKinds : 0;
        const unsigned predictedRight = goldKinds ? predictedKinds : 0;
        countWord(m.contentTokens, goldKinds, goldFound, predictedKinds, predictedRight);
        countWord(m.attributedTokens, goldKinds, goldAttributed, predictedKinds, predictedAttributed);
    }
}

void countEntities(Metrics& m, const std::vector<GoldQuote>& gold, const AnnotationSet& predicted,
                   const std::vector<QuoteMatch>& matches)
{
    for (const GoldQuote& quote : gold)
        m.entity.annotated += quote.entity.has_value();
    for (const QuoteMatch& match : matches) {
        if (!gold[match.gold].entity)
            continue;
        ++m.entity.matched;
        m.entity.correct += entityCorrect(gold[match.gold], predicted.quotes[match.predicted], predicted);
    }
}

}  // namespace

Metrics scoreArticle(std::string_view text, const std::vector<GoldQuote>& gold, const AnnotationSet& predicted)
{
    const std::vector<Span> words = wordSpans(text);
    std::vector<WordSet> goldWords, predictedWords;
    for (const GoldQuote& quote : gold)
        goldWords.push_back(coveredWords(words, quote.spans));
    for (const Quote& quote : predicted.quotes)
        predictedWords.push_back(coveredWords(words, quote.spans));

    SourceTable sourceRight(gold.size(), std::vector<bool>(predicted.quotes.size()));
    for (std::size_t g = 0; g < gold.size(); ++g)
        for (std::size_t p = 0; p < predicted.quotes.size(); ++p)
            sourceRight[g][p] = sourceCorrect(gold[g], predicted.quotes[p], predicted, text);

    const auto matches = matchQuotes(goldWords, predictedWords,
                                     [&](std::size_t g, std::size_t p) { return bool(sourceRight[g][p]); });
    Metrics m;
    m.articles = 1;
    countQuotes(m, gold, predicted.quotes, matches, sourceRight);
    countTokens(m, words.size(), gold, predicted.quotes, goldWords, predictedWords, sourceRight);
    countEntities(m, gold, predicted, matches);
    return m;
}

}  // namespace ql::eval
