#pragma once
// Typed access to the fields of parsed JSON for the readers in io/. A missing or mistyped
// field throws FieldError with a message that names the field ("quotes[2].start: ..."),
// so the readers stay short and the user learns exactly what is wrong.
// Offsets in files count code points; these helpers check them against the text and
// return UTF-8 byte offsets.

#include "document/quote.h"
#include "document/span.h"
#include "text/offset_map.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ql {

// Ordered, so that what we write keeps the documented key order ("id" first).
using Json = nlohmann::ordered_json;

// JSON text on one line (or indented when indent >= 0). Invalid UTF-8 in a string, which
// should never reach here, becomes U+FFFD instead of throwing mid-output.
std::string dumpJson(const Json& json, int indent = -1);

namespace json_fields {

struct FieldError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Parses JSON text; a syntax error becomes a FieldError that says where ("line 1, column 5: ...").
Json parse(std::string_view text);

[[noreturn]] void fail(std::string_view where, std::string_view what);

std::string child(std::string_view parent, std::string_view key);         // "a" + "b" → "a.b"
std::string element(std::string_view parent, std::size_t index);          // "a" + 2 → "a[2]"

const Json& requireObject(const Json& value, std::string_view where);
const Json& requireArray(const Json& value, std::string_view where);
const Json& required(const Json& object, const char* key, std::string_view where);
// nullptr when the key is absent or null.
const Json* optional(const Json& object, const char* key);

std::string string(const Json& value, std::string_view where);
std::string optionalString(const Json& object, const char* key, std::string_view where);
double number(const Json& value, std::string_view where);
bool boolean(const Json& value, std::string_view where);

// The required field "kind": direct, indirect or mixed.
QuoteKind quoteKind(const Json& object, std::string_view where);

// A code point offset into the text, returned as a byte offset.
std::uint32_t offset(const Json& value, std::string_view where, const OffsetMap& map);
// A span written as [start, end] in code points.
Span spanFromPair(const Json& value, std::string_view where, const OffsetMap& map);
// A span written as two fields of an object, e.g. "start"/"end" or "cue_start"/"cue_end".
Span spanFromFields(const Json& object, const char* startKey, const char* endKey, std::string_view where,
                    const OffsetMap& map);

}  // namespace json_fields
}  // namespace ql
