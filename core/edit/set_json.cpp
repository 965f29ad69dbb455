#include "edit/set_json.h"

#include "io/annotation_json.h"

namespace ql {

using namespace json_fields;

namespace {

Json pair(Span span, const OffsetMap& map)
{
    return Json::array({map.toCodePoint(span.begin), map.toCodePoint(span.end)});
}

template <typename IdT>
IdT readId(const Json& value, std::string_view where)
{
    const std::string text = string(value, where);
    const auto id = IdT::parse(text);
    if (!id)
        fail(where, "\"" + text + "\" is not a valid id");
    return *id;
}

}  // namespace

long long integerField(const Json& value, std::string_view where, long long low, long long high)
{
    if (!value.is_number_integer())
        fail(where, std::string("expected a whole number, found ") + value.type_name());
    if (high < low)
        fail(where, "there is nothing for it to refer to");
    if (value.is_number_unsigned() ? value.get<std::uint64_t>() > static_cast<std::uint64_t>(high)
                                   : value.get<long long>() < low || value.get<long long>() > high)
        fail(where, "must be between " + std::to_string(low) + " and " + std::to_string(high));
    return value.get<long long>();
}

void addLinksJson(Json& json, const AnnotationSet& set, const OffsetMap& map)
{
    Json antecedents = Json::array();
    for (std::size_t i = 0; i < set.mentions.size(); ++i)
        if (const auto& a = set.mentions[i].antecedent)
            antecedents.push_back(Json{{"mention", i}, {"antecedent", pair(*a, map)}});
    Json follows = Json::array();
    for (const Quote& q : set.quotes)
        if (q.follows)
            follows.push_back(Json{{"quote", q.id.toString()}, {"follows", q.follows.toString()}});
    json["links"] = Json{{"antecedents", std::move(antecedents)}, {"follows", std::move(follows)}};
    Json rejected = Json::array();
    for (Span span : set.rejected)
        rejected.push_back(pair(span, map));
    json["rejected"] = std::move(rejected);
}

void readLinksJson(const Json& json, AnnotationSet& set, const OffsetMap& map)
{
    if (const Json* links = optional(json, "links")) {
        requireObject(*links, "links");
        if (const Json* antecedents = optional(*links, "antecedents")) {
            requireArray(*antecedents, "links.antecedents");
            for (std::size_t i = 0; i < antecedents->size(); ++i) {
                const std::string where = element("links.antecedents", i);
                const Json& link = requireObject((*antecedents)[i], where);
                const auto index = static_cast<std::size_t>(integerField(
                    required(link, "mention", where), child(where, "mention"), 0,
                    static_cast<long long>(set.mentions.size()) - 1));
                set.mentions[index].antecedent =
                    spanFromPair(required(link, "antecedent", where), child(where, "antecedent"), map);
            }
        }
        if (const Json* follows = optional(*links, "follows")) {
            requireArray(*follows, "links.follows");
            for (std::size_t i = 0; i < follows->size(); ++i) {
                const std::string where = element("links.follows", i);
                const Json& link = requireObject((*follows)[i], where);
                const auto id = readId<QuoteId>(required(link, "quote", where), child(where, "quote"));
                Quote* q = set.quote(id);
                if (!q)
                    fail(child(where, "quote"), "no quote has the id " + id.toString());
                q->follows = readId<QuoteId>(required(link, "follows", where), child(where, "follows"));
            }
        }
    }
    if (const Json* rejected = optional(json, "rejected")) {
        requireArray(*rejected, "rejected");
        for (std::size_t i = 0; i < rejected->size(); ++i)
            set.rejected.push_back(spanFromPair((*rejected)[i], element("rejected", i), map));
    }
}

Json annotationsToJson(const AnnotationSet& set, std::string_view text)
{
    Document document;
    document.text = std::string(text);
    document.annotations = set;
    Json json = toAnnotationJson(document);
    json.erase("id");
    addLinksJson(json, set, OffsetMap(text));
    return json;
}

AnnotationSet annotationsFromJson(const Json& json, std::string_view text, std::string_view where)
{
    requireObject(json, where);
    try {
        ParsedDocument parsed = fromAnnotationJson(json, text);
        if (!parsed.ok())
            throw FieldError(parsed.error);
        readLinksJson(json, parsed.document.annotations, OffsetMap(text));
        return std::move(parsed.document.annotations);
    } catch (const FieldError& e) {
        // The readers name fields from the set's own root; say where that root is.
        throw FieldError(where.empty() ? std::string(e.what()) : std::string(where) + "." + e.what());
    }
}

}  // namespace ql
