#pragma once
// The annotation JSON: the engine's batch output format of shared/eval/README.md
// (speakers, quotes with spans, speaker id, mention, cue, confidence, rule), plus "verified"
// per quote and the speaker mentions, so that an AnnotationSet survives a round trip.
// The document JSON is the same with a versioned header, the article's metadata, text,
// blocks and styles: what File → Export writes and what can be opened again. Its schema is
// docs/schema/quotelens-document-v1.schema.json.
// Core keeps UTF-8 byte offsets; every offset in the JSON counts Unicode code points.

#include "document/document.h"
#include "io/json_fields.h"

#include <string>
#include <string_view>

namespace ql {

struct AnnotationJsonOptions {
    bool includeText = false;  // adds "text" (and "title" when set), so the file stands alone
};

Json toAnnotationJson(const Document& document, AnnotationJsonOptions options = {});

inline constexpr std::string_view kDocumentFormat = "quotelens-document";
inline constexpr int kDocumentFormatVersion = 1;

// The whole document: {"format", "version", "id", "meta", "text", "blocks", "styles",
// "speakers", "quotes", "mentions"}. Reading it back and writing it again gives the same bytes.
Json toDocumentJson(const Document& document);
// True when `json` says it is a document JSON (of any version).
bool isDocumentJson(const Json& json);

struct ParsedDocument {
    Document document;
    std::string error;  // non-empty when the JSON was refused; says which field and why

    bool ok() const { return error.empty(); }
};

// Reads an object written by toAnnotationJson or toDocumentJson. Offsets are converted with
// the object's own "text" when it has one, otherwise with `text` (the batch format does not
// repeat the text). A document JSON of a newer version than this program knows is refused.
ParsedDocument fromAnnotationJson(const Json& json, std::string_view text = {});

// The same from one line of JSON text; a syntax error is reported, never thrown.
ParsedDocument parseAnnotationJson(std::string_view jsonText, std::string_view text = {});

}  // namespace ql
