#include "export/markdown_exporter.h"

#include "export/article_paragraphs.h"
#include "export/quote_summary.h"
#include "export/text_escape.h"
#include "text/chars.h"
#include "text/utf8.h"

#include <algorithm>
#include <map>

namespace ql {

namespace {

std::string escaped(std::string_view text, bool lineStart = false)
{
    std::string out;
    appendMarkdown(out, text, lineStart);
    std::replace(out.begin(), out.end(), '\n', ' ');  // a block's inner line breaks: one paragraph
    return out;
}

// What goes between the text at one place: closing bold, then footnotes, then opening bold.
enum class MarkOrder { CloseBold, Footnote, OpenBold };
using Marks = std::multimap<std::pair<std::uint32_t, MarkOrder>, std::string>;

std::string footnoteLabel(const Quote& quote, std::size_t index)
{
    return "[^" + (quote.id ? quote.id.toString() : "quote-" + std::to_string(index + 1)) + "]";
}

// Where a quote's footnote goes: after its last piece, and after the closing quote mark
// that usually follows it.
std::uint32_t footnotePlace(std::string_view text, const Quote& quote)
{
    std::uint32_t at = quote.spans.back().end;
    if (at < text.size()) {
        const utf8::Decoded next = utf8::decode(text, at);
        if (chars::isQuoteMark(next.codePoint) && next.codePoint != 0x201C && next.codePoint != 0x201E &&
            next.codePoint != 0xAB)
            at += next.length;
    }
    return at;
}

// The bold stretches of a paragraph: quoted text, merged where quotes touch or nest, without
// white space at either end (emphasis cannot start or end with a space).
std::vector<Span> boldStretches(std::string_view text, Span paragraph, const AnnotationSet& set)
{
    std::vector<Span> pieces;
    for (const Quote& quote : set.quotes)
        for (const Span& span : quote.spans)
            if (span.overlaps(paragraph))
                pieces.push_back({std::max(span.begin, paragraph.begin), std::min(span.end, paragraph.end)});
    std::sort(pieces.begin(), pieces.end());
    std::vector<Span> merged;
    for (const Span& piece : pieces) {
        if (!merged.empty() && piece.begin <= merged.back().end)
            merged.back().end = std::max(merged.back().end, piece.end);
        else
            merged.push_back(piece);
    }
    std::vector<Span> trimmed;
    for (Span span : merged) {
        while (span.begin < span.end && utf8::decode(text, span.begin).codePoint <= ' ')
            ++span.begin;
        while (span.begin < span.end && text[span.end - 1] == ' ')
            --span.end;
        if (!span.empty())
            trimmed.push_back(span);
    }
    return trimmed;
}

void appendParagraph(std::string& out, const Document& document, const ArticleParagraph& paragraph,
                     const std::multimap<std::uint32_t, std::string>& footnotes)
{
    const std::string_view text = document.text;
    const Span span = paragraph.span;
    switch (paragraph.role) {
    case ParagraphRole::Headline: out += "# "; break;
    case ParagraphRole::Heading: out += std::string(static_cast<std::size_t>(std::clamp(paragraph.level + 1, 2, 6)), '#') + " "; break;
    case ParagraphRole::Blockquote: out += "> "; break;
    case ParagraphRole::ListItem: out += "- "; break;
    case ParagraphRole::Paragraph: break;
    }
    // Events in text order: bold on and off, footnote references.
    Marks marks;
    for (const Span& bold : boldStretches(text, span, document.annotations)) {
        marks.emplace(std::pair{bold.begin, MarkOrder::OpenBold}, "**");
        marks.emplace(std::pair{bold.end, MarkOrder::CloseBold}, "**");
    }
    for (auto it = footnotes.lower_bound(span.begin); it != footnotes.end() && it->first <= span.end; ++it)
        marks.emplace(std::pair{it->first, MarkOrder::Footnote}, it->second);
    std::uint32_t at = span.begin;
    for (const auto& [key, mark] : marks) {
        const std::uint32_t place = key.first;
        out += escaped(text.substr(at, place - at), at == span.begin);
        out += mark;
        at = place;
    }
    out += escaped(text.substr(at, span.end - at), at == span.begin);
    out += "\n\n";
}

void appendWhoIsQuoted(std::string& out, const Document& document)
{
    const AnnotationSet& set = document.annotations;
    out += "## Who is quoted\n\n";
    if (set.quotes.empty()) {
        out += "No quotes.\n\n";
        return;
    }
    for (const SpeakerTally& tally : tallySpeakers(document)) {
        if (tally.quotes == 0)
            continue;
        const Speaker* speaker = set.speaker(tally.speaker);
        out += "### " + escaped(speaker ? speaker->name : "Unattributed") + "\n\n";
        std::string facts = speaker && !speaker->role.empty() ? escaped(speaker->role) + " \xC2\xB7 " : "";
        facts += std::to_string(tally.quotes) + (tally.quotes == 1 ? " quote, " : " quotes, ") +
                 std::to_string(tally.words) + " words, " + percent(tally.share) + " of the quoted words";
        out += "*" + facts + "*\n\n";
        for (const Quote& quote : set.quotes) {
            if (quote.speaker != tally.speaker && !(tally.speaker == SpeakerId{} && !set.speaker(quote.speaker)))
                continue;
            out += "- \xE2\x80\x9C" + escaped(oneLine(quoteText(document, quote))) + "\xE2\x80\x9D (" +
                   std::string(toString(quote.kind)) + ", " + percent(quote.confidence) +
                   (quote.verified ? ", verified" : "") + ")\n";
        }
        out += "\n";
    }
}

}  // namespace

std::string MarkdownExporter::write(const Document& original, const ExportOptions& options) const
{
    const Document document = selectQuotes(original, options);
    const AnnotationSet& set = document.annotations;
    std::string out;
    std::multimap<std::uint32_t, std::string> footnotes;
    for (std::size_t i = 0; i < set.quotes.size(); ++i)
        if (!set.quotes[i].spans.empty())
            footnotes.emplace(footnotePlace(document.text, set.quotes[i]), footnoteLabel(set.quotes[i], i));
    std::vector<ArticleParagraph> paragraphs = articleParagraphs(document);

    // The title: the metadata's, or else the article's headline; then who wrote it, when, where.
    const ArticleMetadata& meta = document.meta;
    if (!meta.title.empty()) {
        out += "# " + escaped(oneLine(meta.title)) + "\n\n";
    } else if (!paragraphs.empty() && paragraphs.front().role == ParagraphRole::Headline) {
        appendParagraph(out, document, paragraphs.front(), footnotes);
        paragraphs.erase(paragraphs.begin());
    }
    std::vector<std::string> facts;
    for (const std::string* field : {&meta.byline, &meta.date, &meta.siteName})
        if (!field->empty())
            facts.push_back(escaped(oneLine(*field)));
    if (isWebAddress(meta.url))
        facts.push_back(escaped(meta.url));
    for (std::size_t i = 0; i < facts.size(); ++i)
        out += (i ? " \xC2\xB7 " : "*") + facts[i] + (i + 1 == facts.size() ? "*\n\n" : "");
    for (const ArticleParagraph& paragraph : paragraphs)
        appendParagraph(out, document, paragraph, footnotes);

    appendWhoIsQuoted(out, document);
    for (std::size_t i = 0; i < set.quotes.size(); ++i) {
        std::string reason = quoteReason(document, set.quotes[i]);
        for (std::size_t nl = reason.find('\n'); nl != std::string::npos; nl = reason.find('\n', nl))
            reason.replace(nl, 1, "; ");
        out += footnoteLabel(set.quotes[i], i) + ": " + escaped(reason) + "\n";
    }
    return out;
}

}  // namespace ql
