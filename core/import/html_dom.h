#pragma once
// A parsed HTML5 tree (gumbo) and the few questions the importer asks of its nodes.
// Internal to core/import.

#include "import/ascii.h"

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace ql::html {

using Node = GumboNode;

class Tree final {
public:
    explicit Tree(std::string_view utf8);
    ~Tree();
    Tree(const Tree&) = delete;
    Tree& operator=(const Tree&) = delete;

    const Node* document() const;
    const Node* root() const;  // <html>
    const Node* find(GumboTag tag) const;  // the first element with that tag, or nullptr

private:
    GumboOutput* m_output = nullptr;
};

// Deeper elements are not looked at: recursion stays bounded on hostile input.
inline constexpr int kMaxDepth = 400;

bool isElement(const Node* node);
GumboTag tagOf(const Node* node);  // GUMBO_TAG_UNKNOWN for non-elements
bool isTag(const Node* node, GumboTag tag);
std::string_view attribute(const Node* node, const char* name);
bool hasAttribute(const Node* node, const char* name);
const GumboVector* children(const Node* node);  // nullptr for text nodes

// The lower-cased class and id joined, for the class/id hints ("story-body main-content").
std::string classAndId(const Node* node);

// Elements whose content is laid out as blocks (p, div, h1, li, table, ...).
bool isBlockTag(GumboTag tag);
bool isHeadingTag(GumboTag tag);
int headingLevel(GumboTag tag);

// Concatenated text of all descendants (scripts and styles excluded), white space collapsed.
std::string textContent(const Node* node);
using ascii::lower;
using ascii::trim;
std::string collapseSpace(std::string_view s);

// Calls `visit` on every element below `node` in document order (depth-bounded).
template <class Visit>
void forEachElement(const Node* node, Visit&& visit, int depth = 0)
{
    const GumboVector* kids = children(node);
    if (!kids || depth > kMaxDepth)
        return;
    for (unsigned i = 0; i < kids->length; ++i) {
        const auto* child = static_cast<const Node*>(kids->data[i]);
        if (isElement(child)) {
            visit(child);
            forEachElement(child, visit, depth + 1);
        }
    }
}

}  // namespace ql::html
