#include "import/html_scoring.h"

namespace ql::html {

void countText(std::string_view s, Stats& stats)
{
    bool space = true;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            if (!space)
                ++stats.text;
            space = true;
            continue;
        }
        space = false;
        if ((c & 0xC0) != 0x80)
            ++stats.text;
        if (c == ',' || (c == 0xEF && s.substr(i, 3) == "\xEF\xBC\x8C") || (c == 0xE3 && s.substr(i, 3) == "\xE3\x80\x81"))
            ++stats.commas;
    }
}

int tagBaseScore(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_DIV: return 5;
    case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: return 3;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL: case GUMBO_TAG_DD:
    case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: return -3;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_TH: return -5;
    default: return 0;
    }
}

bool votes(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BODY: case GUMBO_TAG_FONT: case GUMBO_TAG_CENTER:
        return true;
    default:
        return false;
    }
}

bool isWrapperShape(const Node* node)
{
    if (!isTag(node, GUMBO_TAG_DIV) && !isTag(node, GUMBO_TAG_SECTION))
        return false;
    const Node* only = nullptr;
    const GumboVector* kids = children(node);
    for (unsigned i = 0; i < kids->length; ++i) {
        const auto* child = static_cast<const Node*>(kids->data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA)
            return false;
        if (isElement(child)) {
            if (only)
                return false;
            only = child;
        }
    }
    return isTag(only, GUMBO_TAG_P);
}

std::string firstClass(const Node* node)
{
    const std::string_view classes = trim(attribute(node, "class"));
    return std::string(classes.substr(0, classes.find_first_of(" \t\n")));
}

std::uint16_t hiddenImages(const Node* node)
{
    if (isTag(node, GUMBO_TAG_NOSCRIPT)) {
        std::uint16_t count = 0;
        forEachElement(node, [&](const Node* inside) { count += isTag(inside, GUMBO_TAG_IMG); });
        const GumboVector* kids = children(node);
        for (unsigned i = 0; i < kids->length; ++i) {
            const auto* child = static_cast<const Node*>(kids->data[i]);
            if (child->type == GUMBO_NODE_TEXT)
                for (auto at = std::string_view(child->v.text.text).find("<img"); at != std::string_view::npos;
                     at = std::string_view(child->v.text.text).find("<img", at + 4))
                    ++count;
        }
        return count;
    }
    return !isTag(node, GUMBO_TAG_IMG) && (hasAttribute(node, "data-src") || hasAttribute(node, "data-srcset")) ? 1 : 0;
}

}  // namespace ql::html
