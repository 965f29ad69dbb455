#pragma once
// The readable form of an extraction: one row per quote with its speaker, kind and text,
// long quotes elided in the middle so that each row fits on a terminal line.

#include "document/document.h"

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace qlcli {

// `text` with runs of whitespace collapsed to one space and, when longer than `maxCodePoints`,
// cut to its beginning and its end at word boundaries, joined by " […] " (a quote's own
// pieces are joined by " … ", so the two stay apart).
std::string elideMiddle(std::string_view text, std::size_t maxCodePoints);

// The same, cut at the end ("Porto Velho's city…"): for short fields such as names.
std::string elideEnd(std::string_view text, std::size_t maxCodePoints);

void printQuoteTable(std::ostream& out, const ql::Document& document);

}  // namespace qlcli
