#pragma once
// What class names, ids and roles say about an element: the word lists that tell an
// article's body from the page around it. Internal to core/import.

#include "import/html_dom.h"

#include <string>
#include <string_view>

namespace ql::html {

// +25 for hints of article content ("article", "story-body"), -25 for furniture
// ("sidebar", "comment", "promo"), 0 when neither or both.
int classWeight(std::string_view classAndId);

// Hints of page furniture strong enough to drop the element before scoring.
bool isUnlikelyCandidate(std::string_view classAndId);
bool isUnlikelyRole(std::string_view role);
bool isShareWidget(std::string_view classAndId);

// rel="author", itemprop="author", or a byline-like class or id.
bool looksLikeByline(const Node* node, std::string_view classAndId);

// The author's name in a byline element: its itemprop="name" part when it marks one
// ("Dan Goodin" of "Dan Goodin - Apr 16, 2015"), else all its text.
std::string bylineText(const Node* byline);

// A heading whose words are nearly all the title's (the headline repeated in the page).
bool repeatsTitle(std::string_view heading, std::string_view title);

}  // namespace ql::html
