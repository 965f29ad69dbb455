#pragma once
// The figures of the evaluation (shared/eval/README.md, "How quotes are matched and scored").
//
// Every figure is a Counts: how many gold items there are and how many of them were found,
// how many predicted items there are and how many of them are right.
//   precision = predictedHits / predicted, recall = goldHits / gold, F1 their harmonic mean.
// Quotes are matched once, over all kinds; the figures of kind K then count
//   recall:    gold quotes of kind K that were matched      / gold quotes of kind K
//   precision: predicted quotes of kind K that were matched / predicted quotes of kind K
// so a direct gold quote found as "mixed" counts as found for direct recall and as right for
// mixed precision. Token figures do the same with words: a gold word of kind K is a word
// inside a gold quote of kind K. Overall, goldHits == predictedHits for quotes (one-to-one).

#include "document/quote.h"
#include "io/json_fields.h"

#include <array>
#include <cstddef>

namespace ql::eval {

struct Counts {
    std::size_t gold = 0;
    std::size_t goldHits = 0;
    std::size_t predicted = 0;
    std::size_t predictedHits = 0;

    double precision() const;  // 0 when nothing was predicted
    double recall() const;     // 0 when there is no gold
    double f1() const;

    Counts& operator+=(const Counts& other);
    friend bool operator==(const Counts&, const Counts&) = default;
};

inline constexpr std::array<QuoteKind, 3> kReportedKinds = {QuoteKind::Direct, QuoteKind::Mixed,
                                                           QuoteKind::Indirect};

struct CountsByKind {
    std::array<Counts, 3> kinds;  // indexed by QuoteKind
    Counts overall;

    Counts& operator[](QuoteKind kind) { return kinds[static_cast<std::size_t>(kind)]; }
    const Counts& operator[](QuoteKind kind) const { return kinds[static_cast<std::size_t>(kind)]; }
    CountsByKind& operator+=(const CountsByKind& other);
    friend bool operator==(const CountsByKind&, const CountsByKind&) = default;
};

// Canonical speakers, where the gold names them ("entity").
struct EntityCounts {
    std::size_t annotated = 0;  // gold quotes with an entity
    std::size_t matched = 0;    // ... that a prediction matched
    std::size_t correct = 0;    // ... whose predicted speaker has that name

    double accuracy() const;    // correct / matched; 0 when nothing was matched
    EntityCounts& operator+=(const EntityCounts& other);
    friend bool operator==(const EntityCounts&, const EntityCounts&) = default;
};

// Predictions binned by their confidence (tenths: [0, 0.1), …, [0.9, 1]) against how many
// of them were right (content matched and source right): does a confidence mean what it says?
struct ReliabilityBin {
    std::size_t predicted = 0;
    std::size_t right = 0;
    double accuracy() const { return predicted ? static_cast<double>(right) / static_cast<double>(predicted) : 0.0; }
    friend bool operator==(const ReliabilityBin&, const ReliabilityBin&) = default;
};
using Reliability = std::array<ReliabilityBin, 10>;
std::size_t reliabilityBin(double confidence);

struct Metrics {
    std::size_t articles = 0;
    CountsByKind content;           // quotes whose content matches
    CountsByKind attributed;        // ... and whose source is right too: the headline figure
    CountsByKind contentTokens;     // tok-cF1
    CountsByKind attributedTokens;  // tok-aF1
    EntityCounts entity;
    Reliability reliability;

    double headline() const { return attributed.overall.f1(); }
    Metrics& operator+=(const Metrics& other);
    friend bool operator==(const Metrics&, const Metrics&) = default;
};

// Machine-readable: counts and P/R/F1 for each figure, per kind and overall.
Json toJson(const Metrics& metrics);

}  // namespace ql::eval
