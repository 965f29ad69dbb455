#pragma once
// Scores predictions against gold, one article at a time; Metrics add up over a corpus.
// How the figures are defined: eval/metrics.h (counts), eval/quote_matcher.h (content
// match), eval/source_check.h (source and entity).

#include "document/annotation_set.h"
#include "eval/metrics.h"
#include "io/gold_jsonl.h"

#include <string_view>
#include <vector>

namespace ql::eval {

// `gold` and `predicted` share the byte offsets of `text`.
Metrics scoreArticle(std::string_view text, const std::vector<GoldQuote>& gold, const AnnotationSet& predicted);

}  // namespace ql::eval
