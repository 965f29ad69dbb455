#pragma once
// Main-content extraction in the spirit of Firefox Reader View: paragraphs vote for their
// ancestors by their length and commas; each candidate's score is weighed by its tag, its
// class/id hints and its link density; the best candidate and its like-minded siblings are
// the article, minus what still looks like furniture (share bars, link lists, forms).
// Internal to core/import.

#include "import/html_dom.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace ql::html {

struct ContentSelection {
    std::vector<const Node*> roots;             // the article, in document order
    std::unordered_set<const Node*> dropped;    // skipped when rendering (with their subtrees)
    std::string byline;                         // a byline element found on the way, if any
};

struct ContentOptions {
    std::string title;  // a heading that repeats it is dropped
};

// Elements never rendered, wherever they are: scripts, styles, forms' controls, hidden ones.
bool isNeverContent(const Node* node);

ContentSelection selectMainContent(const Tree& tree, const ContentOptions& options);

// Everything in <body> except what is never content: for pages that are all article.
ContentSelection selectWholeBody(const Tree& tree);

}  // namespace ql::html
