#include "import/html_metadata.h"

#include "io/json_fields.h"

#include <algorithm>
#include <array>
#include <map>

namespace ql::html {

namespace {

std::string firstOf(const std::map<std::string, std::string>& meta, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const auto it = meta.find(key);
        if (it != meta.end() && !it->second.empty())
            return it->second;
    }
    return {};
}

// The name of a schema.org author: a string, a Person, or a list of either.
std::string authorName(const Json& author)
{
    if (author.is_string())
        return author.get<std::string>();
    if (author.is_object() && author.contains("name") && author["name"].is_string())
        return author["name"].get<std::string>();
    if (author.is_array()) {
        std::string names;
        for (const Json& one : author) {
            const std::string name = authorName(one);
            if (!name.empty())
                names += (names.empty() ? "" : ", ") + name;
        }
        return names;
    }
    return {};
}

bool isArticleType(const Json& type)
{
    if (type.is_array()) {
        for (const Json& t : type)
            if (isArticleType(t))
                return true;
        return false;
    }
    if (!type.is_string())
        return false;
    const std::string t = type.get<std::string>();
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report" || t == "WebPage";
}

std::string stringField(const Json& object, const char* key)
{
    return object.contains(key) && object[key].is_string() ? collapseSpace(object[key].get<std::string>()) : std::string();
}

// Fills what is still empty in `meta` from the first article-like object of JSON-LD.
void readJsonLd(const Json& json, ArticleMetadata& meta, int depth = 0)
{
    if (depth > 8)
        return;
    if (json.is_array()) {
        for (const Json& item : json)
            readJsonLd(item, meta, depth + 1);
        return;
    }
    if (!json.is_object())
        return;
    if (json.contains("@graph"))
        readJsonLd(json["@graph"], meta, depth + 1);
    if (!json.contains("@type") || !isArticleType(json["@type"]))
        return;
    const bool webPage = json["@type"].is_string() && json["@type"].get<std::string>() == "WebPage";
    if (meta.title.empty() && !webPage)
        meta.title = stringField(json, "headline").empty() ? stringField(json, "name") : stringField(json, "headline");
    if (meta.byline.empty() && json.contains("author"))
        meta.byline = collapseSpace(authorName(json["author"]));
    if (meta.date.empty())
        meta.date = stringField(json, "datePublished");
    if (meta.siteName.empty() && json.contains("publisher") && json["publisher"].is_object())
        meta.siteName = stringField(json["publisher"], "name");
    if (meta.language.empty())
        meta.language = stringField(json, "inLanguage");
}

}  // namespace

std::string cleanTitle(std::string_view rawTitle, std::string_view siteName)
{
    const std::string title = collapseSpace(rawTitle);
    static constexpr std::array<std::string_view, 6> kSeparators = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                                    " \xC2\xBB ", " :: "};
    auto words = [](std::string_view s) { return std::count(s.begin(), s.end(), ' ') + (s.empty() ? 0 : 1); };
    for (std::string_view separator : kSeparators) {
        const auto last = title.rfind(separator);
        if (last == std::string::npos)
            continue;
        const std::string_view before = std::string_view(title).substr(0, last);
        const std::string_view after = std::string_view(title).substr(last + separator.size());
        // The site name usually trails; when it leads, the headline is what follows.
        if (!siteName.empty() && lower(before) == lower(siteName) && words(after) >= 3)
            return std::string(after);
        if (words(before) >= 3)
            return std::string(before);
    }
    return title;
}

ArticleMetadata readMetadata(const Tree& tree)
{
    ArticleMetadata meta;
    std::map<std::string, std::string> tags;  // name or property, lower-cased, to content
    std::string titleText;
    forEachElement(tree.document(), [&](const Node* node) {
        const GumboTag tag = tagOf(node);
        if (tag == GUMBO_TAG_META) {
            const std::string content(trim(attribute(node, "content")));
            for (const char* key : {"property", "name", "itemprop", "http-equiv"}) {
                const std::string name = lower(trim(attribute(node, key)));
                if (!name.empty() && !tags.count(name))
                    tags[name] = collapseSpace(content);
            }
        } else if (tag == GUMBO_TAG_TITLE && titleText.empty()) {
            titleText = textContent(node);
        } else if (tag == GUMBO_TAG_SCRIPT && lower(attribute(node, "type")) == "application/ld+json") {
            const GumboVector* kids = children(node);
            if (kids && kids->length > 0) {
                const auto* text = static_cast<const Node*>(kids->data[0]);
                if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA || text->type == GUMBO_NODE_WHITESPACE)
                    readJsonLd(Json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false), meta);
            }
        }
    });
    if (meta.siteName.empty())
        meta.siteName = firstOf(tags, {"og:site_name", "application-name", "twitter:site"});
    if (meta.title.empty())
        meta.title = firstOf(tags, {"og:title", "twitter:title", "dc.title", "dcterm:title", "sailthru.title"});
    if (meta.title.empty())
        meta.title = cleanTitle(titleText, meta.siteName);
    if (meta.byline.empty()) {
        meta.byline = firstOf(tags, {"author", "byl", "dc.creator", "dcterm:creator", "sailthru.author",
                                     "parsely-author", "article:author"});
        if (meta.byline.starts_with("http"))
            meta.byline.clear();  // an author's page, not a name
    }
    if (meta.date.empty())
        meta.date = firstOf(tags, {"article:published_time", "og:published_time", "datepublished", "date",
                                   "dc.date", "dcterm:date", "pubdate", "parsely-pub-date", "sailthru.date"});
    if (meta.language.empty() && tree.root())
        meta.language = std::string(trim(attribute(tree.root(), "lang")));
    if (meta.language.empty())
        meta.language = firstOf(tags, {"content-language", "og:locale"});
    std::replace(meta.language.begin(), meta.language.end(), '_', '-');  // og:locale says en_US
    return meta;
}

}  // namespace ql::html
