#include "io/json_fields.h"

namespace ql {

std::string dumpJson(const Json& json, int indent)
{
    return json.dump(indent, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

namespace json_fields {

void fail(std::string_view where, std::string_view what)
{
    throw FieldError(where.empty() ? std::string(what) : std::string(where) + ": " + std::string(what));
}

Json parse(std::string_view text)
{
    try {
        return Json::parse(text);
    } catch (const Json::exception& e) {
        // Drop nlohmann's "[json.exception.parse_error.101] " prefix: users need the rest.
        std::string message = e.what();
        if (auto close = message.find("] "); message.starts_with("[json.") && close != std::string::npos)
            message.erase(0, close + 2);
        throw FieldError("not valid JSON: " + message);
    }
}

std::string child(std::string_view parent, std::string_view key)
{
    return parent.empty() ? std::string(key) : std::string(parent) + "." + std::string(key);
}

std::string element(std::string_view parent, std::size_t index)
{
    return std::string(parent) + "[" + std::to_string(index) + "]";
}

const Json& requireObject(const Json& value, std::string_view where)
{
    if (!value.is_object())
        fail(where, std::string("expected an object, found ") + value.type_name());
    return value;
}

const Json& requireArray(const Json& value, std::string_view where)
{
    if (!value.is_array())
        fail(where, std::string("expected an array, found ") + value.type_name());
    return value;
}

const Json& required(const Json& object, const char* key, std::string_view where)
{
    auto it = object.find(key);
    if (it == object.end())
        fail(child(where, key), "missing");
    return *it;
}

const Json* optional(const Json& object, const char* key)
{
    auto it = object.find(key);
    return it == object.end() || it->is_null() ? nullptr : &*it;
}

std::string string(const Json& value, std::string_view where)
{
    if (!value.is_string())
        fail(where, std::string("expected a string, found ") + value.type_name());
    return value.get<std::string>();
}

std::string optionalString(const Json& object, const char* key, std::string_view where)
{
    const Json* value = optional(object, key);
    return value ? string(*value, child(where, key)) : std::string();
}

double number(const Json& value, std::string_view where)
{
    if (!value.is_number())
        fail(where, std::string("expected a number, found ") + value.type_name());
    return value.get<double>();
}

bool boolean(const Json& value, std::string_view where)
{
    if (!value.is_boolean())
        fail(where, std::string("expected true or false, found ") + value.type_name());
    return value.get<bool>();
}

QuoteKind quoteKind(const Json& object, std::string_view where)
{
    const std::string path = child(where, "kind");
    const std::string text = string(required(object, "kind", where), path);
    auto kind = quoteKindFromString(text);
    if (!kind)
        fail(path, "unknown kind \"" + text + "\" (expected direct, indirect or mixed)");
    return *kind;
}

std::uint32_t offset(const Json& value, std::string_view where, const OffsetMap& map)
{
    if (!value.is_number_integer())
        fail(where, std::string("expected an offset (an integer), found ") + value.type_name());
    if (value.is_number_unsigned()) {
        const auto cp = value.get<std::uint64_t>();
        if (cp <= map.codePointCount())
            return map.toByte(static_cast<std::uint32_t>(cp));
        fail(where, "offset " + std::to_string(cp) + " is past the end of the text (" +
                        std::to_string(map.codePointCount()) + " code points)");
    }
    fail(where, "offset " + std::to_string(value.get<std::int64_t>()) + " is negative");
}

namespace {
Span orderedSpan(std::uint32_t begin, std::uint32_t end, std::string_view where)
{
    if (end < begin)
        fail(where, "the span ends before it starts");
    return Span{begin, end};
}
}  // namespace

Span spanFromPair(const Json& value, std::string_view where, const OffsetMap& map)
{
    if (!value.is_array() || value.size() != 2)
        fail(where, "expected a [start, end] pair");
    return orderedSpan(offset(value[0], element(where, 0), map), offset(value[1], element(where, 1), map), where);
}

Span spanFromFields(const Json& object, const char* startKey, const char* endKey, std::string_view where,
                    const OffsetMap& map)
{
    const std::uint32_t begin = offset(required(object, startKey, where), child(where, startKey), map);
    const std::uint32_t end = offset(required(object, endKey, where), child(where, endKey), map);
    return orderedSpan(begin, end, where);
}

}  // namespace json_fields
}  // namespace ql
