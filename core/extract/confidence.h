#pragma once
// How sure the engine is of an attribution: the share of attributions decided the same way
// (rule, kind, kind of source) that had content and source right on PolNeAR train, measured
// with `quotelens-cli eval` (content Jaccard >= 0.5, source overlapping the gold source).
// A confidence of 0.9 therefore means "right about nine times in ten" on news like that.

#include "document/quote.h"
#include "extract/source_phrase.h"

#include <string_view>

namespace ql {

double calibratedConfidence(std::string_view rule, QuoteKind kind, SourceKind source, bool belief, bool resolved);

}  // namespace ql
