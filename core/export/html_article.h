#pragma once
// The article part of the HTML export (internal to html_exporter.cpp): paragraphs with every
// quote, mention and cue as a flat run of <span>s (article_segments.h), so that overlapping
// annotations (a mention inside a quote) never need tags that cross.

#include "export/article_segments.h"

#include <string>
#include <string_view>

namespace ql::html {

// "s3" for a speaker of the set, "u" for none: the suffix of the CSS classes q-, m-, c-, sw-.
std::string speakerClass(const AnnotationSet& annotations, SpeakerId speaker);

// The HTML id of a quote in the article ("q3"); its index entry is "i-" + this.
std::string quoteAnchor(const Quote& quote, std::size_t index);

// Without a title in the metadata, the headline is the page's title, above the legend.
enum class ArticlePart { Headline, Body, All };

// The paragraphs of `part`, with their annotations.
void appendArticle(std::string& out, const Document& document, const std::vector<SegmentedParagraph>& paragraphs,
                   ArticlePart part);

}  // namespace ql::html
