#pragma once
// The parts of a document JSON beyond its annotations: the article's metadata, text blocks
// and inline styles. Internal to annotation_json.cpp; offsets are code points, as there.

#include "document/document.h"
#include "io/json_fields.h"

#include <string_view>

namespace ql::annotation_json_parts {

// {"start", "end"} in code points.
Json rangeJson(Span span, const OffsetMap& map);

// Every metadata field is written, "" when unknown, so that readers find a fixed shape.
Json metaJson(const ArticleMetadata& meta);
// The object's "meta"; without one, the batch format's top-level "title".
ArticleMetadata readMeta(const Json& json);

Json blockJson(const TextBlock& block, const OffsetMap& map);
TextBlock readBlock(const Json& json, std::string_view where, const OffsetMap& map);

Json styleJson(const StyleSpan& style, const OffsetMap& map);
StyleSpan readStyle(const Json& json, std::string_view where, const OffsetMap& map);

}  // namespace ql::annotation_json_parts
