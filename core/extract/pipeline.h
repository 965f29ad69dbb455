#pragma once
// The extraction engine's front door.
//
// The text flows through a chain of small stages, each a file pair with a typed input
// and output that tests feed directly:
//   segmenter      text → paragraphs, sentences, tokens
//   quote_finder   tokens → direct quotations (pieces, nesting, multi-paragraph), terms
//   cue_finder     tokens → reporting verbs and phrases
//   mention_finder tokens → names (with roles), pronouns, role nouns
//   attributor     quotations + cues + mentions → attributions (direct and indirect)
//   speaker_resolver attributions + mentions → canonical speakers, coreference
// Everything works on UTF-8 byte offsets in one pass per stage.

#include "document/annotation_set.h"

#include <string_view>

namespace ql {

AnnotationSet extractQuotes(std::string_view text);

}  // namespace ql
