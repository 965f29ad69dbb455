#include "export/exporter.h"

#include <algorithm>

namespace ql {

bool keepsQuote(const ExportOptions& options, const Quote& quote, const AnnotationSet& annotations)
{
    if (!options.indirect && quote.kind == QuoteKind::Indirect)
        return false;
    if (!options.unverified && !quote.verified)
        return false;
    if (!options.unattributed && (!quote.speaker || annotations.speaker(quote.speaker) == nullptr))
        return false;
    return true;
}

Document selectQuotes(Document document, const ExportOptions& options)
{
    AnnotationSet& set = document.annotations;
    std::erase_if(set.quotes, [&](const Quote& quote) { return !keepsQuote(options, quote, set); });
    for (Quote& quote : set.quotes)  // a quote goes on from another only while that one is there
        if (quote.follows && !set.quote(quote.follows))
            quote.follows = QuoteId{};
    return document;
}

}  // namespace ql
