#include "export/article_segments.h"

#include "export/quote_summary.h"

#include <algorithm>
#include <map>
#include <set>

namespace ql {

namespace {

enum class LayerKind { Quote, Mention, Cue, Emphasis, Strong };

struct Layer {
    Span span;
    LayerKind kind;
    std::size_t quote = 0;  // for quotes
    SegmentMark mark;       // for mentions and cues
};

std::vector<Layer> layers(const Document& document)
{
    const AnnotationSet& set = document.annotations;
    std::vector<Layer> result;
    for (std::size_t i = 0; i < set.quotes.size(); ++i) {
        const Quote& quote = set.quotes[i];
        for (const Span& span : quote.spans)
            result.push_back({span, LayerKind::Quote, i, {}});
        const std::string who = speakerLabel(set, quote.speaker);
        if (quote.mention)
            result.push_back({*quote.mention, LayerKind::Mention, i, {quote.speaker, "Source of a quote by " + who}});
        if (quote.cue)
            result.push_back({*quote.cue, LayerKind::Cue, i, {quote.speaker, "Cue of a quote by " + who}});
    }
    for (const Mention& mention : set.mentions)
        result.push_back({mention.span, LayerKind::Mention, 0,
                          {mention.speaker, "Mention of " + speakerLabel(set, mention.speaker) + " (" +
                                                std::string(toString(mention.kind)) + ")"}});
    // Emphasis and strong text as an import kept them. Links stay text: an export must not
    // send its reader to addresses nobody checked.
    for (const StyleSpan& style : document.styles)
        if (style.style != InlineStyle::Link)
            result.push_back(
                {style.span, style.style == InlineStyle::Strong ? LayerKind::Strong : LayerKind::Emphasis, 0, {}});
    std::stable_sort(result.begin(), result.end(), [](const Layer& a, const Layer& b) { return a.span.begin < b.span.begin; });
    return result;
}

// The layer of `kind` that covers `span`: the one that starts last, the innermost.
const Layer* covering(const std::vector<const Layer*>& candidates, LayerKind kind, Span span)
{
    const Layer* best = nullptr;
    for (const Layer* layer : candidates)
        if (layer->kind == kind && layer->span.contains(span) && (!best || layer->span.begin >= best->span.begin))
            best = layer;
    return best;
}

Segment segmentOf(Span span, const std::vector<const Layer*>& candidates)
{
    Segment segment;
    segment.span = span;
    if (const Layer* quote = covering(candidates, LayerKind::Quote, span))
        segment.quote = quote->quote;
    if (const Layer* mention = covering(candidates, LayerKind::Mention, span))
        segment.mention = mention->mark;
    if (const Layer* cue = covering(candidates, LayerKind::Cue, span))
        segment.cue = cue->mark;
    segment.emphasis = covering(candidates, LayerKind::Emphasis, span) != nullptr;
    segment.strong = covering(candidates, LayerKind::Strong, span) != nullptr;
    return segment;
}

}  // namespace

std::vector<SegmentedParagraph> segmentArticle(const Document& document)
{
    const std::vector<Layer> all = layers(document);
    std::multimap<std::uint32_t, std::size_t> starts;  // quote index by where its first piece starts
    for (std::size_t i = 0; i < document.annotations.quotes.size(); ++i)
        if (const Quote& quote = document.annotations.quotes[i]; !quote.spans.empty())
            starts.emplace(quote.spans.front().begin, i);

    std::vector<SegmentedParagraph> result;
    std::size_t next = 0;
    std::vector<const Layer*> active;
    for (const ArticleParagraph& paragraph : articleParagraphs(document)) {
        const Span p = paragraph.span;
        while (next < all.size() && all[next].span.begin < p.end)
            active.push_back(&all[next++]);
        std::erase_if(active, [&](const Layer* layer) { return layer->span.end <= p.begin; });
        std::vector<const Layer*> candidates;
        std::set<std::uint32_t> cuts{p.begin, p.end};
        for (const Layer* layer : active) {
            if (!layer->span.overlaps(p))
                continue;
            candidates.push_back(layer);
            cuts.insert(std::clamp(layer->span.begin, p.begin, p.end));
            cuts.insert(std::clamp(layer->span.end, p.begin, p.end));
        }
        const auto first = starts.lower_bound(p.begin), last = starts.lower_bound(p.end);
        for (auto it = first; it != last; ++it)
            cuts.insert(it->first);

        SegmentedParagraph segmented{paragraph, {}};
        for (auto cut = cuts.begin(); cut != cuts.end() && std::next(cut) != cuts.end(); ++cut) {
            Segment segment = segmentOf(Span{*cut, *std::next(cut)}, candidates);
            for (auto it = starts.lower_bound(*cut); it != last && it->first == *cut; ++it)
                segment.quoteStarts.push_back(it->second);
            segmented.segments.push_back(std::move(segment));
        }
        result.push_back(std::move(segmented));
    }
    return result;
}

}  // namespace ql
