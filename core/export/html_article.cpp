#include "export/html_article.h"

#include "export/article_segments.h"
#include "export/quote_summary.h"
#include "export/text_escape.h"

#include <algorithm>

namespace ql::html {

namespace {

// The element a paragraph becomes: its tag, and its class when it has one.
std::pair<std::string, std::string> element(const ArticleParagraph& paragraph)
{
    switch (paragraph.role) {
    case ParagraphRole::Headline: return {"h1", "headline"};
    case ParagraphRole::Paragraph: return {"p", ""};
    case ParagraphRole::Heading: return {"h" + std::to_string(std::clamp(paragraph.level + 1, 2, 6)), ""};
    case ParagraphRole::Blockquote: return {"blockquote", ""};
    case ParagraphRole::ListItem: return {"p", "item"};
    }
    return {"p", ""};
}

void appendSegment(std::string& out, const Document& document, const Segment& segment,
                   const std::vector<std::string>& reasons)
{
    const AnnotationSet& set = document.annotations;
    std::string classes;
    auto add = [&classes](const std::string& cls) { classes += (classes.empty() ? "" : " ") + cls; };
    if (segment.emphasis)
        add("em");
    if (segment.strong)
        add("strong");
    if (segment.quote)
        add("q q-" + speakerClass(set, set.quotes[*segment.quote].speaker));
    if (segment.mention)
        add("m m-" + speakerClass(set, segment.mention->speaker));
    if (segment.cue)
        add("c c-" + speakerClass(set, segment.cue->speaker));
    const std::string* title = segment.mention ? &segment.mention->title
                               : segment.cue   ? &segment.cue->title
                               : segment.quote ? &reasons[*segment.quote]
                                               : nullptr;
    if (!classes.empty()) {
        out += "<span class=\"" + classes + "\"";
        if (title) {
            out += " title=\"";
            appendHtml(out, *title);
            out += "\"";
        }
        out += ">";
    }
    appendHtml(out, segment.span.in(document.text));
    if (!classes.empty())
        out += "</span>";
}

}  // namespace

std::string speakerClass(const AnnotationSet& annotations, SpeakerId speaker)
{
    return speaker && annotations.speaker(speaker) ? speaker.toString() : "u";
}

std::string quoteAnchor(const Quote& quote, std::size_t index)
{
    return quote.id ? quote.id.toString() : "quote-" + std::to_string(index + 1);
}

void appendArticle(std::string& out, const Document& document, const std::vector<SegmentedParagraph>& paragraphs,
                   ArticlePart part)
{
    const AnnotationSet& set = document.annotations;
    std::vector<std::string> reasons;
    for (const Quote& quote : set.quotes)
        reasons.push_back(quoteReason(document, quote));
    for (const SegmentedParagraph& segmented : paragraphs) {
        const bool headline = segmented.paragraph.role == ParagraphRole::Headline;
        if ((part == ArticlePart::Headline && !headline) || (part == ArticlePart::Body && headline))
            continue;
        const auto [tag, cls] = element(segmented.paragraph);
        out += "<" + tag + (cls.empty() ? "" : " class=\"" + cls + "\"") + ">";
        for (const Segment& segment : segmented.segments) {
            for (std::size_t i : segment.quoteStarts) {
                const std::string number = std::to_string(i + 1);
                const std::string anchor = quoteAnchor(set.quotes[i], i);
                out += "<a class=\"qn qn-" + speakerClass(set, set.quotes[i].speaker) + "\" id=\"" + anchor +
                       "\" href=\"#i-" + anchor + "\" title=\"Quote " + number + " in the index\">" + number + "</a>";
            }
            appendSegment(out, document, segment, reasons);
        }
        out += "</" + tag + ">\n";
    }
}

}  // namespace ql::html
