#pragma once
// Is a matched prediction attributed to the right source? (shared/eval/README.md, "Source"
// and "Entity".)
//  - A prediction with a mention is right when the mention overlaps a gold source span.
//  - Without a mention (or when the gold gives the source as text only), it is right when
//    the speaker's name or one of its aliases ends with the same word as the gold source.
//  - A gold quote with no source at all (PolNeAR has some) is right only when the prediction
//    is unattributed too: no speaker and no mention.

#include "document/annotation_set.h"
#include "io/gold_jsonl.h"

#include <string>
#include <string_view>

namespace ql::eval {

bool sourceCorrect(const GoldQuote& gold, const Quote& predicted, const AnnotationSet& annotations,
                   std::string_view text);

// The predicted speaker's name equals the gold entity, ignoring case and spacing.
// False when the gold has no entity or the prediction no speaker.
bool entityCorrect(const GoldQuote& gold, const Quote& predicted, const AnnotationSet& annotations);

// A name without its spaces, case-folded: "Hillary  Clinton" → "hillaryclinton".
std::string comparableName(std::string_view name);

}  // namespace ql::eval
