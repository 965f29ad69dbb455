#pragma once
// The measures that main-content extraction weighs elements by: text length, commas and
// links below an element, what its tag is worth, whether it is a paragraph that votes.
// Internal to core/import.

#include "import/html_dom.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace ql::html {

struct Stats {
    std::uint32_t text = 0;         // code points of collapsed text
    std::uint32_t linkText = 0;     // of which inside links
    std::uint32_t commas = 0;
    std::uint32_t inlineText = 0;   // of the node's own text: text children and inline elements
    std::uint32_t inlineCommas = 0;
    std::uint32_t listText = 0;     // inside list items
    std::uint16_t paragraphs = 0, images = 0, items = 0, inputs = 0, embeds = 0, headings = 0, rows = 0;
    bool tableHeader = false;
};

// Adds the collapsed length and the commas of a run of text.
void countText(std::string_view text, Stats& stats);

// What a tag says before its content is looked at: +5 for div, -5 for headings, ...
int tagBaseScore(GumboTag tag);

// Tags whose own text makes them a paragraph that votes for its ancestors.
bool votes(GumboTag tag);

// A div whose only content is one paragraph, the way pages wrap each paragraph for styling.
bool isWrapperShape(const Node* node);

// The first of an element's classes: blocks of one kind share it ("item item-image").
std::string firstClass(const Node* node);

// Images a script will show: <img> inside <noscript> (as elements or as raw text) and
// lazy-loading placeholders that carry the image address in a data- attribute.
std::uint16_t hiddenImages(const Node* node);

}  // namespace ql::html
