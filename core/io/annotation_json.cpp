#include "io/annotation_json.h"

#include "io/annotation_json_parts.h"

#include <set>

namespace ql {

using namespace json_fields;
using namespace annotation_json_parts;

namespace {

// ---- writing ----

Json idOrNull(SpeakerId id) { return id ? Json(id.toString()) : Json(nullptr); }

Json optionalRangeJson(const std::optional<Span>& span, const OffsetMap& map)
{
    return span ? rangeJson(*span, map) : Json(nullptr);
}

Json speakerJson(const Speaker& speaker)
{
    Json json{{"id", speaker.id.toString()},       {"name", speaker.name},
              {"type", toString(speaker.type)},    {"gender", toString(speaker.gender)},
              {"role", speaker.role},              {"aliases", speaker.aliases}};
    if (speaker.manual)
        json["manual"] = true;
    return json;
}

Json quoteJson(const Quote& quote, const OffsetMap& map)
{
    Json spans = Json::array();
    for (Span span : quote.spans)
        spans.push_back(Json::array({map.toCodePoint(span.begin), map.toCodePoint(span.end)}));
    const Span bounds = quote.bounds();
    Json json{{"id", quote.id.toString()},
              {"kind", toString(quote.kind)},
              {"start", map.toCodePoint(bounds.begin)},
              {"end", map.toCodePoint(bounds.end)},
              {"spans", std::move(spans)},
              {"speaker", idOrNull(quote.speaker)},
              {"mention", optionalRangeJson(quote.mention, map)},
              {"cue", optionalRangeJson(quote.cue, map)},
              {"confidence", quote.confidence},
              {"rule", quote.rule},
              {"verified", quote.verified}};
    if (!quote.alternatives.empty()) {
        Json alternatives = Json::array();
        for (SpeakerId id : quote.alternatives)
            alternatives.push_back(id.toString());
        json["alternatives"] = std::move(alternatives);
    }
    if (quote.manual)
        json["manual"] = true;
    if (quote.belief)
        json["belief"] = true;
    return json;
}

Json mentionJson(const Mention& mention, const OffsetMap& map)
{
    Json json = rangeJson(mention.span, map);
    json["speaker"] = idOrNull(mention.speaker);
    json["kind"] = toString(mention.kind);
    if (mention.manual)
        json["manual"] = true;
    return json;
}

void appendAnnotations(Json& json, const AnnotationSet& set, const OffsetMap& map)
{
    Json& speakers = json["speakers"] = Json::array();
    for (const Speaker& speaker : set.speakers)
        speakers.push_back(speakerJson(speaker));
    Json& quotes = json["quotes"] = Json::array();
    for (const Quote& quote : set.quotes)
        quotes.push_back(quoteJson(quote, map));
    Json& mentions = json["mentions"] = Json::array();
    for (const Mention& mention : set.mentions)
        mentions.push_back(mentionJson(mention, map));
}

// ---- reading ----

template <typename IdT>
IdT parseId(const Json& value, std::string_view where)
{
    const std::string text = string(value, where);
    auto id = IdT::parse(text);
    if (!id)
        fail(where, "\"" + text + "\" is not a valid id");
    return *id;
}

// The speaker a quote or mention refers to: must be one of the set's speakers.
SpeakerId speakerRef(const Json& object, std::string_view where, const std::set<SpeakerId>& known)
{
    const Json* value = optional(object, "speaker");
    if (!value)
        return {};
    const std::string path = child(where, "speaker");
    const auto id = parseId<SpeakerId>(*value, path);
    if (!known.contains(id))
        fail(path, "no speaker has the id " + id.toString());
    return id;
}

std::optional<Span> optionalRange(const Json& object, const char* key, std::string_view where,
                                  const OffsetMap& map)
{
    const Json* value = optional(object, key);
    if (!value)
        return std::nullopt;
    const std::string path = child(where, key);
    return spanFromFields(requireObject(*value, path), "start", "end", path, map);
}

template <typename Enum>
Enum enumField(const Json& object, const char* key, std::string_view where, Enum (*fromString)(std::string_view))
{
    const std::string text = optionalString(object, key, where);
    const Enum value = fromString(text);
    if (!text.empty() && text != "unknown" && value == Enum::Unknown)
        fail(child(where, key), "unknown value \"" + text + "\"");
    return value;
}

Speaker readSpeaker(const Json& json, std::string_view where)
{
    requireObject(json, where);
    Speaker speaker;
    speaker.id = parseId<SpeakerId>(required(json, "id", where), child(where, "id"));
    speaker.name = string(required(json, "name", where), child(where, "name"));
    speaker.type = enumField(json, "type", where, speakerTypeFromString);
    speaker.gender = enumField(json, "gender", where, genderFromString);
    speaker.role = optionalString(json, "role", where);
    if (const Json* aliases = optional(json, "aliases")) {
        const std::string path = child(where, "aliases");
        requireArray(*aliases, path);
        for (std::size_t i = 0; i < aliases->size(); ++i)
            speaker.aliases.push_back(string((*aliases)[i], element(path, i)));
    }
    if (const Json* manual = optional(json, "manual"))
        speaker.manual = boolean(*manual, child(where, "manual"));
    return speaker;
}

std::vector<Span> readSpans(const Json& json, std::string_view where, const OffsetMap& map)
{
    const Json* spans = optional(json, "spans");
    if (!spans)
        return {spanFromFields(json, "start", "end", where, map)};
    const std::string path = child(where, "spans");
    requireArray(*spans, path);
    std::vector<Span> result;
    for (std::size_t i = 0; i < spans->size(); ++i)
        result.push_back(spanFromPair((*spans)[i], element(path, i), map));
    return result;
}

Quote readQuote(const Json& json, std::string_view where, const OffsetMap& map, const std::set<SpeakerId>& speakers)
{
    requireObject(json, where);
    Quote quote;
    quote.id = parseId<QuoteId>(required(json, "id", where), child(where, "id"));
    quote.kind = quoteKind(json, where);
    quote.spans = readSpans(json, where, map);
    quote.speaker = speakerRef(json, where, speakers);
    quote.mention = optionalRange(json, "mention", where, map);
    quote.cue = optionalRange(json, "cue", where, map);
    if (const Json* confidence = optional(json, "confidence")) {
        quote.confidence = number(*confidence, child(where, "confidence"));
        if (quote.confidence < 0.0 || quote.confidence > 1.0)
            fail(child(where, "confidence"), "must be between 0 and 1");
    }
    quote.rule = optionalString(json, "rule", where);
    if (const Json* verified = optional(json, "verified"))
        quote.verified = boolean(*verified, child(where, "verified"));
    if (const Json* manual = optional(json, "manual"))
        quote.manual = boolean(*manual, child(where, "manual"));
    if (const Json* belief = optional(json, "belief"))
        quote.belief = boolean(*belief, child(where, "belief"));
    if (const Json* alternatives = optional(json, "alternatives")) {
        const std::string path = child(where, "alternatives");
        requireArray(*alternatives, path);
        for (std::size_t i = 0; i < alternatives->size(); ++i) {
            const auto id = parseId<SpeakerId>((*alternatives)[i], element(path, i));
            if (!speakers.contains(id))
                fail(element(path, i), "no speaker has the id " + id.toString());
            quote.alternatives.push_back(id);
        }
    }
    return quote;
}

MentionKind mentionKindFromString(std::string_view text, std::string_view where)
{
    for (MentionKind kind : {MentionKind::Name, MentionKind::Pronoun, MentionKind::RoleNoun})
        if (toString(kind) == text)
            return kind;
    fail(where, "unknown mention kind \"" + std::string(text) + "\"");
}

Mention readMention(const Json& json, std::string_view where, const OffsetMap& map,
                    const std::set<SpeakerId>& speakers)
{
    requireObject(json, where);
    Mention mention;
    mention.span = spanFromFields(json, "start", "end", where, map);
    mention.speaker = speakerRef(json, where, speakers);
    if (const Json* kind = optional(json, "kind"))
        mention.kind = mentionKindFromString(string(*kind, child(where, "kind")), child(where, "kind"));
    if (const Json* manual = optional(json, "manual"))
        mention.manual = boolean(*manual, child(where, "manual"));
    return mention;
}

// Calls read(element, path) for each element of the optional array `key`.
template <typename Read>
void forEachElement(const Json& json, const char* key, Read read)
{
    const Json* array = optional(json, key);
    if (!array)
        return;
    requireArray(*array, key);
    for (std::size_t i = 0; i < array->size(); ++i)
        read((*array)[i], element(key, i));
}

template <typename Item>
void requireUniqueIds(const std::vector<Item>& items, const char* key)
{
    std::set<decltype(Item::id)> seen;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!seen.insert(items[i].id).second)
            fail(element(key, i), "the id " + items[i].id.toString() + " is used twice");
}

void checkFormat(const Json& json)
{
    const std::string format = string(required(json, "format", ""), "format");
    if (format != kDocumentFormat)
        fail("format", "\"" + format + "\" is not a Quotelens document");
    const Json& version = required(json, "version", "");
    if (!version.is_number_unsigned() || version.get<std::uint64_t>() == 0)
        fail("version", "expected a positive integer");
    if (version.get<std::uint64_t>() > static_cast<std::uint64_t>(kDocumentFormatVersion))
        fail("version", "version " + std::to_string(version.get<std::uint64_t>()) +
                            " was written by a newer Quotelens; this one reads up to version " +
                            std::to_string(kDocumentFormatVersion));
}

Document readDocument(const Json& json, std::string_view text)
{
    requireObject(json, "");
    if (json.contains("format") || json.contains("version"))
        checkFormat(json);
    Document document;
    if (const Json* id = optional(json, "id"))
        document.id = string(*id, "id");
    document.meta = readMeta(json);
    const Json* ownText = optional(json, "text");
    document.text = ownText ? string(*ownText, "text") : std::string(text);
    const OffsetMap map(document.text);
    forEachElement(json, "blocks", [&](const Json& e, const std::string& path) {
        document.blocks.push_back(readBlock(e, path, map));
    });
    forEachElement(json, "styles", [&](const Json& e, const std::string& path) {
        document.styles.push_back(readStyle(e, path, map));
    });

    AnnotationSet& set = document.annotations;
    forEachElement(json, "speakers", [&](const Json& e, const std::string& path) {
        set.speakers.push_back(readSpeaker(e, path));
    });
    requireUniqueIds(set.speakers, "speakers");
    std::set<SpeakerId> speakers;
    for (const Speaker& speaker : set.speakers)
        speakers.insert(speaker.id);
    forEachElement(json, "quotes", [&](const Json& e, const std::string& path) {
        set.quotes.push_back(readQuote(e, path, map, speakers));
    });
    requireUniqueIds(set.quotes, "quotes");
    forEachElement(json, "mentions", [&](const Json& e, const std::string& path) {
        set.mentions.push_back(readMention(e, path, map, speakers));
    });
    return document;
}

}  // namespace

Json toAnnotationJson(const Document& document, AnnotationJsonOptions options)
{
    const OffsetMap map(document.text);
    Json json{{"id", document.id}};
    if (options.includeText) {
        if (!document.meta.title.empty())
            json["title"] = document.meta.title;
        json["text"] = document.text;
    }
    appendAnnotations(json, document.annotations, map);
    return json;
}

Json toDocumentJson(const Document& document)
{
    const OffsetMap map(document.text);
    Json json{{"format", kDocumentFormat}, {"version", kDocumentFormatVersion}, {"id", document.id},
              {"meta", metaJson(document.meta)}, {"text", document.text}};
    Json& blocks = json["blocks"] = Json::array();
    for (const TextBlock& block : document.blocks)
        blocks.push_back(blockJson(block, map));
    Json& styles = json["styles"] = Json::array();
    for (const StyleSpan& style : document.styles)
        styles.push_back(styleJson(style, map));
    appendAnnotations(json, document.annotations, map);
    return json;
}

bool isDocumentJson(const Json& json)
{
    return json.is_object() && json.contains("format") && json["format"] == kDocumentFormat;
}

ParsedDocument fromAnnotationJson(const Json& json, std::string_view text)
{
    ParsedDocument result;
    try {
        result.document = readDocument(json, text);
    } catch (const FieldError& e) {
        result.error = e.what();
    }
    return result;
}

ParsedDocument parseAnnotationJson(std::string_view jsonText, std::string_view text)
{
    Json json;
    try {
        json = json_fields::parse(jsonText);
    } catch (const FieldError& e) {
        ParsedDocument result;
        result.error = e.what();
        return result;
    }
    return fromAnnotationJson(json, text);
}

}  // namespace ql
