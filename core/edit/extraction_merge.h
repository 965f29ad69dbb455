#pragma once
// Extracting again without losing a decision. Verified quotes and everything a human made
// or changed (the `manual` flags) stay exactly as they are, quotes a human deleted stay
// deleted, and the fresh extraction fills in the rest. Fresh speakers are matched to the
// corrected ones by their mentions (same places), then by name and alias, so a merge,
// rename or split a human made carries over to the quotes the engine finds again. Apply the result as one ReplaceAnnotations edit to make
// it one undo step.

#include "document/annotation_set.h"

#include <cstddef>

namespace ql {

struct ExtractionMerge final {
    AnnotationSet annotations;
    std::size_t kept = 0;      // quotes kept as a human left them
    std::size_t added = 0;     // quotes taken from the fresh extraction
    std::size_t dropped = 0;   // fresh quotes left out: on a kept quote or on a deleted one
};

// Both sets refer to the same text.
ExtractionMerge mergeExtraction(const AnnotationSet& corrected, const AnnotationSet& fresh);

}  // namespace ql
