#pragma once
// Stage 1: text → paragraphs (non-empty lines), sentences and tokens, in one pass.
// Abbreviations (Mr., Dr., U.S., Sen., Jan.), initials, decimals and ellipses do not end
// a sentence; "’s" is split off as its own possessive token.

#include "extract/token.h"

#include <string_view>

namespace ql {

Segmentation segment(std::string_view text);

}  // namespace ql
