#include "metrics_table.h"

#include <iomanip>
#include <optional>
#include <sstream>
#include <string>

namespace qlcli {

namespace {

using ql::eval::Counts;

// A ratio with three decimals, or "-" when it is undefined (nothing to divide by).
std::string figure(double value, bool defined)
{
    if (!defined)
        return "-";
    std::ostringstream s;
    s << std::fixed << std::setprecision(3) << value;
    return s.str();
}

std::string prf(const Counts& c)
{
    std::ostringstream s;
    s << std::setw(6) << figure(c.precision(), c.predicted > 0) << std::setw(7) << figure(c.recall(), c.gold > 0)
      << std::setw(7) << figure(c.f1(), c.predicted > 0 || c.gold > 0);
    return s.str();
}

// The figures of one kind, or overall when `kind` is empty.
const Counts& pick(const ql::eval::CountsByKind& counts, std::optional<ql::QuoteKind> kind)
{
    return kind ? counts[*kind] : counts.overall;
}

void printRow(std::ostream& out, const ql::eval::Metrics& m, std::optional<ql::QuoteKind> kind)
{
    const Counts& content = pick(m.content, kind);
    const Counts& contentTokens = pick(m.contentTokens, kind);
    const Counts& attributedTokens = pick(m.attributedTokens, kind);
    const std::string label(kind ? ql::toString(*kind) : "overall");
    out << std::left << std::setw(9) << label << std::right << std::setw(6) << content.gold << std::setw(6)
        << content.predicted << "  " << prf(content) << "  " << prf(pick(m.attributed, kind)) << "  " << std::setw(7)
        << figure(contentTokens.f1(), contentTokens.gold + contentTokens.predicted > 0) << std::setw(8)
        << figure(attributedTokens.f1(), attributedTokens.gold + attributedTokens.predicted > 0) << '\n';
}

}  // namespace

void printMetricsTable(std::ostream& out, const ql::eval::Metrics& m)
{
    out << m.articles << (m.articles == 1 ? " article" : " articles") << ": " << m.content.overall.gold
        << " gold quotes, " << m.content.overall.predicted << " predicted\n\n";
    out << "                       content match        content + source     words\n";
    out << "kind       gold  pred      P      R     F1       P      R     F1  tok-cF1 tok-aF1\n";
    for (ql::QuoteKind kind : ql::eval::kReportedKinds)
        printRow(out, m, kind);
    printRow(out, m, std::nullopt);
    out << "\nheadline: attributed-quote F1 " << figure(m.headline(), true) << '\n';
    if (m.entity.annotated == 0)
        out << "entity: the gold names no entities\n";
    else
        out << "entity: " << m.entity.correct << " of " << m.entity.matched << " matched quotes name the gold entity ("
            << figure(m.entity.accuracy(), m.entity.matched > 0) << "); " << m.entity.annotated
            << " gold quotes name one\n";
    out << "\nPer kind, recall counts gold quotes of the kind and precision predictions of the kind;\n"
           "quotes are matched once over all kinds (Jaccard of words >= 0.5, one-to-one).\n";
    out << "\nreliability: predictions by confidence, and how many had content and source right\n";
    out << "confidence    predicted   right\n";
    for (std::size_t b = 0; b < m.reliability.size(); ++b) {
        const ql::eval::ReliabilityBin& bin = m.reliability[b];
        if (bin.predicted == 0)
            continue;
        out << std::fixed << std::setprecision(1) << (static_cast<double>(b) / 10.0) << "-" << (static_cast<double>(b + 1) / 10.0)
            << std::right << std::setw(14) << bin.predicted << "   " << figure(bin.accuracy(), true) << '\n';
    }
}

}  // namespace qlcli
