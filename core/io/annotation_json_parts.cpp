#include "io/annotation_json_parts.h"

namespace ql::annotation_json_parts {

using namespace json_fields;

namespace {

constexpr BlockKind kBlockKinds[] = {BlockKind::Paragraph, BlockKind::Heading, BlockKind::Blockquote,
                                     BlockKind::ListItem};
constexpr InlineStyle kInlineStyles[] = {InlineStyle::Emphasis, InlineStyle::Strong, InlineStyle::Link};

std::string_view name(BlockKind kind)
{
    switch (kind) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Heading: return "heading";
    case BlockKind::Blockquote: return "blockquote";
    case BlockKind::ListItem: return "list_item";
    }
    return "paragraph";
}

std::string_view name(InlineStyle style)
{
    switch (style) {
    case InlineStyle::Emphasis: return "emphasis";
    case InlineStyle::Strong: return "strong";
    case InlineStyle::Link: return "link";
    }
    return "emphasis";
}

// The metadata fields in the order they are written; every one is always there, "" when unknown.
struct MetaField {
    const char* key;
    std::string ArticleMetadata::*member;
};
constexpr MetaField kMetaFields[] = {
    {"title", &ArticleMetadata::title},       {"byline", &ArticleMetadata::byline},
    {"date", &ArticleMetadata::date},         {"site_name", &ArticleMetadata::siteName},
    {"language", &ArticleMetadata::language}, {"url", &ArticleMetadata::url},
};

template <typename Enum, std::size_t N>
Enum enumByName(const Json& object, const char* key, std::string_view where, const Enum (&values)[N], Enum fallback)
{
    const Json* value = optional(object, key);
    if (!value)
        return fallback;
    const std::string path = child(where, key);
    const std::string text = string(*value, path);
    for (Enum candidate : values)
        if (name(candidate) == text)
            return candidate;
    fail(path, "unknown value \"" + text + "\"");
}

}  // namespace

Json rangeJson(Span span, const OffsetMap& map)
{
    return Json{{"start", map.toCodePoint(span.begin)}, {"end", map.toCodePoint(span.end)}};
}

Json metaJson(const ArticleMetadata& meta)
{
    Json json = Json::object();
    for (const MetaField& field : kMetaFields)
        json[field.key] = meta.*field.member;
    return json;
}

Json blockJson(const TextBlock& block, const OffsetMap& map)
{
    Json json = rangeJson(block.span, map);
    json["kind"] = name(block.kind);
    json["level"] = block.level;
    return json;
}

Json styleJson(const StyleSpan& style, const OffsetMap& map)
{
    Json json = rangeJson(style.span, map);
    json["style"] = name(style.style);
    if (!style.href.empty())
        json["href"] = style.href;
    return json;
}

ArticleMetadata readMeta(const Json& json)
{
    ArticleMetadata meta;
    const Json* object = optional(json, "meta");
    if (!object) {
        meta.title = optionalString(json, "title", "");  // the batch format's place for it
        return meta;
    }
    requireObject(*object, "meta");
    for (const MetaField& field : kMetaFields)
        if (optional(*object, field.key))
            meta.*field.member = optionalString(*object, field.key, "meta");
    return meta;
}

TextBlock readBlock(const Json& json, std::string_view where, const OffsetMap& map)
{
    requireObject(json, where);
    TextBlock block;
    block.span = spanFromFields(json, "start", "end", where, map);
    block.kind = enumByName(json, "kind", where, kBlockKinds, BlockKind::Paragraph);
    if (const Json* level = optional(json, "level")) {
        if (!level->is_number_unsigned() || level->get<std::uint64_t>() > 6)
            fail(child(where, "level"), "expected an integer from 0 to 6");
        block.level = static_cast<int>(level->get<std::uint64_t>());
    }
    return block;
}

StyleSpan readStyle(const Json& json, std::string_view where, const OffsetMap& map)
{
    requireObject(json, where);
    StyleSpan style;
    style.span = spanFromFields(json, "start", "end", where, map);
    style.style = enumByName(json, "style", where, kInlineStyles, InlineStyle::Emphasis);
    style.href = optionalString(json, "href", where);
    return style;
}

}  // namespace ql::annotation_json_parts
