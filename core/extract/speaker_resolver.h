#pragma once
// Stage 6: sources → canonical speakers. Links every form of a name ("Sergei Lavrov",
// "Mr Lavrov", "Lavrov"), resolves pronouns to the most recent compatible speaker (gender from
// honorifics, first names and roles), role nouns ("the mayor", "the alliance") to the speaker
// with that role or the organisation last named, and builds the annotation set.

#include "document/annotation_set.h"
#include "extract/attribution.h"

namespace ql {

// Takes the attributions: their spans and rule names move into the quotes.
AnnotationSet resolveSpeakers(const Analysis& a, const std::vector<Cue>& cues, std::vector<Attribution> attributions);

}  // namespace ql
