#include "import/html_dom.h"

#include <algorithm>
#include <cctype>

namespace ql::html {

Tree::Tree(std::string_view utf8)
{
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // the parse errors of real pages are of no use here
    m_output = gumbo_parse_with_options(&options, utf8.data(), utf8.size());
}

Tree::~Tree()
{
    if (m_output)
        gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

const Node* Tree::document() const { return m_output->document; }
const Node* Tree::root() const { return m_output->root; }

const Node* Tree::find(GumboTag tag) const
{
    const Node* found = nullptr;
    forEachElement(m_output->document, [&](const Node* node) {
        if (!found && isTag(node, tag))
            found = node;
    });
    return found;
}

bool isElement(const Node* node)
{
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

GumboTag tagOf(const Node* node)
{
    return isElement(node) ? node->v.element.tag : GUMBO_TAG_UNKNOWN;
}

bool isTag(const Node* node, GumboTag tag)
{
    return isElement(node) && node->v.element.tag == tag;
}

std::string_view attribute(const Node* node, const char* name)
{
    if (!isElement(node))
        return {};
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a && a->value ? std::string_view(a->value) : std::string_view();
}

bool hasAttribute(const Node* node, const char* name)
{
    return isElement(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

const GumboVector* children(const Node* node)
{
    if (!node)
        return nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT)
        return &node->v.document.children;
    if (isElement(node))
        return &node->v.element.children;
    return nullptr;
}

std::string classAndId(const Node* node)
{
    std::string out = lower(attribute(node, "class"));
    out += ' ';
    out += lower(attribute(node, "id"));
    return out;
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY: case GUMBO_TAG_TD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TH: case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML: case GUMBO_TAG_OPTION:
        return true;
    default:
        return false;
    }
}

bool isHeadingTag(GumboTag tag)
{
    return headingLevel(tag) > 0;
}

int headingLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_H1: return 1;
    case GUMBO_TAG_H2: return 2;
    case GUMBO_TAG_H3: return 3;
    case GUMBO_TAG_H4: return 4;
    case GUMBO_TAG_H5: return 5;
    case GUMBO_TAG_H6: return 6;
    default: return 0;
    }
}

namespace {
void appendText(const Node* node, std::string& out, int depth)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
        out += node->v.text.text;
        return;
    }
    const GumboTag tag = tagOf(node);
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT || tag == GUMBO_TAG_TEMPLATE)
        return;
    const GumboVector* kids = children(node);
    if (!kids || depth > kMaxDepth)
        return;
    const bool block = isBlockTag(tag) || tag == GUMBO_TAG_BR;
    if (block)
        out += ' ';
    for (unsigned i = 0; i < kids->length; ++i)
        appendText(static_cast<const Node*>(kids->data[i]), out, depth + 1);
    if (block)
        out += ' ';
}
}  // namespace

std::string collapseSpace(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        // U+00A0 (C2 A0) collapses too: it is a space to a reader.
        const bool nbsp = c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0';
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || nbsp) {
            space = true;
            i += nbsp;
            continue;
        }
        if (space && !out.empty())
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::string textContent(const Node* node)
{
    std::string raw;
    appendText(node, raw, 0);
    return collapseSpace(raw);
}

}  // namespace ql::html
