#pragma once
// An annotation set as JSON: the document JSON of io/annotation_json.h plus what that does
// not carry (yet): the chain links (Mention::antecedent, Quote::follows) under "links" and
// the rejected quotes under "rejected". Offsets are code points, as everywhere outside.

#include "document/document.h"
#include "io/json_fields.h"
#include "text/offset_map.h"

#include <string_view>

namespace ql {

// Adds "links" and "rejected" to a JSON object written by toAnnotationJson for `set`.
void addLinksJson(Json& json, const AnnotationSet& set, const OffsetMap& map);
// Reads them back into `set` (already read by fromAnnotationJson); throws
// json_fields::FieldError naming the field.
void readLinksJson(const Json& json, AnnotationSet& set, const OffsetMap& map);

// The whole set, without the text: for saved histories and edits that replace everything.
Json annotationsToJson(const AnnotationSet& set, std::string_view text);
// Throws FieldError; `where` (e.g. "history.base") is put before the field it names.
AnnotationSet annotationsFromJson(const Json& json, std::string_view text, std::string_view where = {});

// A whole integer field (a count, an index, a step) between `low` and `high`; throws FieldError.
long long integerField(const Json& value, std::string_view where, long long low, long long high);

}  // namespace ql
