#pragma once
// Documents for the export tests, annotated by hand rather than by the engine, so that the
// golden files in tests/data/export/golden/ change only when an exporter does.

#include "document/document.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>
#include <string_view>

namespace ql::test {

// Model values built field by field, so that a field added to the model later breaks nothing.
Speaker makeSpeaker(std::uint32_t id, std::string name, SpeakerType type = SpeakerType::Unknown,
                    Gender gender = Gender::Unknown, std::string role = {}, std::vector<std::string> aliases = {});
Quote makeQuote(std::uint32_t id, QuoteKind kind, std::vector<Span> spans, SpeakerId speaker,
                std::optional<Span> mention = std::nullopt, std::optional<Span> cue = std::nullopt,
                double confidence = 0.0, std::string rule = {});
Mention makeMention(Span span, SpeakerId speaker, MentionKind kind);

std::string exportDataPath(std::string_view name);  // tests/data/export/NAME
std::string readFile(const std::string& path);      // fails the test when unreadable

// The `occurrence`-th (1-based) place of `piece` in `text`, searched from the start of
// `context` when that is given (so "said" can be the one in "officials said").
Span spanOf(std::string_view text, std::string_view piece, std::string_view context = {}, int occurrence = 1);

// tests/data/export/tricky.txt: quotes inside quotes, commas, quote marks and a line break in
// quotes, non-ASCII (Polish, Cyrillic, an emoji), <script> and an <img onerror>, Markdown
// syntax at the start of lines, an unattributed quote and a speaker who is never quoted.
Document trickyDocument();

// What a web page import gives: headings, a blockquote, list items, emphasis and links, and
// every metadata field.
Document structuredDocument();

}  // namespace ql::test
