#include "export/html_article.h"

#include "export/article_paragraphs.h"
#include "export/quote_summary.h"
#include "export/text_escape.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace ql::html {

namespace {

enum class LayerKind { Quote, Mention, Cue, Style };

struct Layer {
    Span span;
    LayerKind kind;
    std::size_t quote = 0;  // index into annotations.quotes, for quotes and cues
    SpeakerId speaker;
    std::string title;  // for styles: the class
};

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

std::vector<Layer> layers(const Document& document)
{
    const AnnotationSet& set = document.annotations;
    std::vector<Layer> result;
    for (std::size_t i = 0; i < set.quotes.size(); ++i) {
        const Quote& quote = set.quotes[i];
        const std::string reason = quoteReason(document, quote);
        for (const Span& span : quote.spans)
            result.push_back({span, LayerKind::Quote, i, quote.speaker, reason});
        const std::string who = speakerLabel(set, quote.speaker);
        if (quote.mention)
            result.push_back({*quote.mention, LayerKind::Mention, i, quote.speaker, "Source of a quote by " + who});
        if (quote.cue)
            result.push_back({*quote.cue, LayerKind::Cue, i, quote.speaker, "Cue of a quote by " + who});
    }
    for (const Mention& mention : set.mentions)
        result.push_back({mention.span, LayerKind::Mention, 0, mention.speaker,
                          "Mention of " + speakerLabel(set, mention.speaker) + " (" +
                              std::string(toString(mention.kind)) + ")"});
    // Emphasis and strong text as the import kept them; links stay text: an export must not
    // send its reader to addresses nobody checked.
    for (const StyleSpan& style : document.styles)
        if (style.style != InlineStyle::Link)
            result.push_back({style.span, LayerKind::Style, 0, {}, style.style == InlineStyle::Strong ? "strong" : "em"});
    return result;
}

// The layer of `kind` that covers [begin, end): the one that starts last, the innermost.
const Layer* covering(const std::vector<const Layer*>& candidates, LayerKind kind, std::uint32_t begin,
                      std::uint32_t end)
{
    const Layer* best = nullptr;
    for (const Layer* layer : candidates)
        if (layer->kind == kind && layer->span.begin <= begin && layer->span.end >= end &&
            (!best || layer->span.begin >= best->span.begin))
            best = layer;
    return best;
}

void appendSegment(std::string& out, std::string_view text, const Document& document,
                   const std::vector<const Layer*>& candidates, std::uint32_t begin, std::uint32_t end)
{
    const std::string_view piece = text.substr(begin, end - begin);
    const Layer* quote = covering(candidates, LayerKind::Quote, begin, end);
    const Layer* mention = covering(candidates, LayerKind::Mention, begin, end);
    const Layer* cue = covering(candidates, LayerKind::Cue, begin, end);
    std::string classes;
    for (const Layer* layer : candidates)
        if (layer->kind == LayerKind::Style && layer->span.begin <= begin && layer->span.end >= end &&
            classes.find(layer->title) == std::string::npos)
            classes += (classes.empty() ? "" : " ") + layer->title;
    if (!quote && !mention && !cue) {
        if (classes.empty()) {
            appendHtml(out, piece);
        } else {
            out += "<span class=\"" + classes + "\">";
            appendHtml(out, piece);
            out += "</span>";
        }
        return;
    }
    const AnnotationSet& set = document.annotations;
    auto addClass = [&](const char* prefix, const Layer* layer) {
        if (!layer)
            return;
        if (!classes.empty())
            classes += ' ';
        classes += prefix + speakerClass(set, layer->speaker);
    };
    addClass("q q-", quote);
    addClass("m m-", mention);
    addClass("c c-", cue);
    const Layer* titled = mention ? mention : cue ? cue : quote;
    out += "<span class=\"" + classes + "\" title=\"";
    appendHtml(out, titled->title);
    out += "\">";
    appendHtml(out, piece);
    out += "</span>";
}

// Quote index by where its first piece starts: its number goes there, and the index links to it.
using QuoteStarts = std::multimap<std::uint32_t, std::size_t>;

void appendParagraph(std::string& out, const Document& document, const ArticleParagraph& paragraph,
                     const std::vector<const Layer*>& candidates, const QuoteStarts& starts)
{
    const AnnotationSet& set = document.annotations;
    std::set<std::uint32_t> cuts{paragraph.span.begin, paragraph.span.end};
    for (const Layer* layer : candidates) {
        cuts.insert(std::clamp(layer->span.begin, paragraph.span.begin, paragraph.span.end));
        cuts.insert(std::clamp(layer->span.end, paragraph.span.begin, paragraph.span.end));
    }
    const auto first = starts.lower_bound(paragraph.span.begin);
    const auto last = starts.lower_bound(paragraph.span.end);
    for (auto it = first; it != last; ++it)
        cuts.insert(it->first);
    const auto [tag, cls] = element(paragraph);
    out += "<" + tag;
    if (!cls.empty())
        out += " class=\"" + cls + "\"";
    out += ">";
    for (auto cut = cuts.begin(); cut != cuts.end() && std::next(cut) != cuts.end(); ++cut) {
        for (auto it = starts.lower_bound(*cut); it != last && it->first == *cut; ++it) {
            const std::size_t i = it->second;
            const std::string number = std::to_string(i + 1);
            const std::string anchor = quoteAnchor(set.quotes[i], i);
            out += "<a class=\"qn sw-" + speakerClass(set, set.quotes[i].speaker) + "\" id=\"" + anchor +
                   "\" href=\"#i-" + anchor + "\" title=\"Quote " + number + " in the index\">" + number + "</a>";
        }
        appendSegment(out, document.text, document, candidates, *cut, *std::next(cut));
    }
    out += "</" + tag + ">\n";
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

void appendArticle(std::string& out, const Document& document)
{
    // One sweep over paragraphs and annotations, both in text order: long articles with many
    // annotations stay linear.
    std::vector<Layer> all = layers(document);
    std::stable_sort(all.begin(), all.end(), [](const Layer& a, const Layer& b) { return a.span.begin < b.span.begin; });
    const std::vector<ArticleParagraph> paragraphs = articleParagraphs(document);
    QuoteStarts starts;
    for (std::size_t i = 0; i < document.annotations.quotes.size(); ++i)
        if (const Quote& quote = document.annotations.quotes[i]; !quote.spans.empty())
            starts.emplace(quote.spans.front().begin, i);

    std::size_t next = 0;
    std::vector<const Layer*> active;
    for (const ArticleParagraph& paragraph : paragraphs) {
        while (next < all.size() && all[next].span.begin < paragraph.span.end)
            active.push_back(&all[next++]);
        std::erase_if(active, [&](const Layer* layer) { return layer->span.end <= paragraph.span.begin; });
        std::vector<const Layer*> candidates;
        for (const Layer* layer : active)
            if (layer->span.overlaps(paragraph.span))
                candidates.push_back(layer);
        appendParagraph(out, document, paragraph, candidates, starts);
    }
}

}  // namespace ql::html
