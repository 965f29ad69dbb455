#include "import/html_hints.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace ql::html {

namespace {

bool containsAny(std::string_view haystack, std::initializer_list<std::string_view> needles)
{
    return std::any_of(needles.begin(), needles.end(),
                       [&](std::string_view n) { return haystack.find(n) != std::string_view::npos; });
}

// `word` as a whole part of a class or id: "share" in "share-bar" or "post_share", not in "shares".
bool containsWord(std::string_view hints, std::string_view word)
{
    auto isPart = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    for (auto at = hints.find(word); at != std::string_view::npos; at = hints.find(word, at + 1)) {
        const bool startOk = at == 0 || !isPart(hints[at - 1]);
        const bool endOk = at + word.size() == hints.size() || !isPart(hints[at + word.size()]);
        if (startOk && endOk)
            return true;
    }
    return false;
}

std::vector<std::string> lowerWords(std::string_view s)
{
    std::vector<std::string> words;
    std::string word;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || u >= 0x80) {
            word += static_cast<char>(std::tolower(u));
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty())
        words.push_back(std::move(word));
    return words;
}

}  // namespace

int classWeight(std::string_view hints)
{
    int weight = 0;
    if (containsAny(hints, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post",
                            "text", "blog", "story"}))
        weight += 25;
    if (containsAny(hints, {"hidden", "banner", "combx", "comment", "com-", "contact", "foot", "masthead", "media",
                            "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar",
                            "skyscraper", "sponsor", "shopping", "tags", "widget", "taboola", "newsletter",
                            "subscribe", "-ad-", "advert"}))
        weight -= 25;
    return weight;
}

bool isUnlikelyCandidate(std::string_view hints)
{
    const bool unlikely =
        containsAny(hints, {"-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
                            "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
                            "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
                            "supplemental", "ad-break", "agegate", "pagination", "pager", "popup", "cookie",
                            "consent", "newsletter", "taboola", "outbrain"});
    return unlikely && !containsAny(hints, {"and", "article", "body", "column", "content", "main", "shadow"});
}

bool isUnlikelyRole(std::string_view role)
{
    return role == "menu" || role == "menubar" || role == "complementary" || role == "navigation" ||
           role == "alert" || role == "alertdialog" || role == "dialog";
}

bool isShareWidget(std::string_view hints)
{
    return containsWord(hints, "share") || containsWord(hints, "sharedaddy") || containsWord(hints, "social");
}

bool looksLikeByline(const Node* node, std::string_view hints)
{
    if (attribute(node, "rel") == "author")
        return true;
    const std::string itemprop = lower(attribute(node, "itemprop"));
    if (itemprop.find("author") != std::string::npos)
        return true;
    return containsAny(hints, {"byline", "author", "dateline", "writtenby", "p-author"});
}

std::string bylineText(const Node* byline)
{
    std::string name;
    forEachElement(byline, [&](const Node* node) {
        if (name.empty() && lower(attribute(node, "itemprop")) == "name")
            name = textContent(node);
    });
    return name.empty() ? textContent(byline) : name;
}

bool repeatsTitle(std::string_view heading, std::string_view title)
{
    const std::vector<std::string> headingWords = lowerWords(heading);
    const std::vector<std::string> titleWords = lowerWords(title);
    if (headingWords.empty() || titleWords.empty())
        return false;
    std::size_t shared = 0;
    for (const std::string& w : headingWords)
        shared += std::find(titleWords.begin(), titleWords.end(), w) != titleWords.end();
    // Most of the heading is in the title and the heading is most of the title.
    return shared * 4 >= headingWords.size() * 3 && headingWords.size() * 4 >= titleWords.size() * 3;
}

}  // namespace ql::html
