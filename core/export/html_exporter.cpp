#include "export/html_exporter.h"

#include "export/html_article.h"
#include "export/quote_summary.h"
#include "export/speaker_palette.h"
#include "export/text_escape.h"

#include <cmath>

namespace ql {

namespace {

const Rgb kWhite{255, 255, 255};

// The reader's look: a serif column of readable width; everything else is in the colours.
constexpr std::string_view kStyle = R"(
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1c1c1c;
       font: 18px/1.55 Charter, Georgia, "Source Serif 4", "Noto Serif", "DejaVu Serif", serif; }
main { max-width: 42em; margin: 0 auto; padding: 2em 1.5em 4em; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; }
h2 { font-size: 1.1em; margin: 2em 0 .6em; text-transform: uppercase; letter-spacing: .06em; color: #555; }
.page-meta, .key, footer, .legend table, .index { font-family: "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
.page-meta { color: #555; font-size: .8em; margin-top: -.4em; }
.page-meta a { color: inherit; }
.legend table { border-collapse: collapse; width: 100%; font-size: .8em; }
.legend th { text-align: left; font-weight: 600; color: #555; border-bottom: 1px solid #ccc; padding: .3em .5em; }
.legend td { padding: .35em .5em; border-bottom: 1px solid #eee; vertical-align: middle; }
.legend td.n, .legend th.n { text-align: right; font-variant-numeric: tabular-nums; }
.legend .role { color: #666; }
.bar { display: inline-block; height: .7em; min-width: 1px; border-radius: 2px; vertical-align: baseline; }
.share { white-space: nowrap; }
.share .track { display: inline-block; width: 6em; margin-right: .5em; background: #f0f0f0; border-radius: 2px; }
.sw { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .45em; vertical-align: -.05em; }
.key { font-size: .75em; color: #555; }
.key .q, .key .m, .key .c { padding: 0 .2em; }
article { margin-top: 2em; }
article p.item { padding-left: 1.2em; text-indent: -1em; }
article p.item::before { content: "\2022\00a0"; }
blockquote { margin-left: 1.2em; padding-left: .8em; border-left: 3px solid #ddd; }
.em { font-style: italic; }
.strong { font-weight: 700; }
.q { border-radius: 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.m { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 2px; }
.c { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 2px;
     text-underline-offset: 3px; }
.q-u { text-decoration-line: underline; text-decoration-style: dashed; }
a.qn { font: 600 .6em/1 "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; vertical-align: super;
       text-decoration: none; border-radius: .7em; padding: .1em .35em; margin-right: .15em; }
.index ol { padding-left: 2.2em; font-size: .85em; }
.index li { margin: .5em 0; }
.index li a.text { color: inherit; text-decoration: none; }
.index li a.text:hover { text-decoration: underline; }
.index .who { font-weight: 600; }
.index .facts { color: #666; }
footer { color: #777; font-size: .75em; margin-top: 3em; border-top: 1px solid #ddd; padding-top: .8em; }
@page { margin: 16mm 18mm; }
@media print {
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .legend, .index li { break-inside: avoid; }
  .index { break-before: page; }
  .index li a.text { text-decoration: none; }
}
)";

void appendSpeakerStyles(std::string& out, const AnnotationSet& annotations)
{
    const std::vector<Rgb> colours = speakerColors(annotations);
    // Quote tints first, then mentions and cues, so that a mention inside a quote shows.
    auto rules = [&](auto rule) {
        for (std::size_t i = 0; i < annotations.speakers.size(); ++i)
            rule(annotations.speakers[i].id.toString(), colours[i], blend(colours[i], kWhite, kQuoteTint));
        const Rgb grey = unattributedColor();
        rule(std::string("u"), grey, blend(grey, kWhite, kUnattributedTint));
    };
    rules([&](const std::string& s, Rgb, Rgb tint) { out += ".q-" + s + " { background: " + tint.css() + "; }\n"; });
    rules([&](const std::string& s, Rgb colour, Rgb) {
        out += ".m-" + s + " { background: " + blend(colour, kWhite, kMentionTint).css() +
               "; text-decoration-color: " + lineColor(colour).css() + "; }\n";
        out += ".c-" + s + " { text-decoration-color: " + lineColor(colour).css() + "; }\n";
        out += ".sw-" + s + " { background: " + colour.css() + "; }\n";
        out += ".qn-" + s + " { background: " + colour.css() + "; color: " + textOn(colour).css() + "; }\n";
    });
    out += ".q-u { text-decoration-color: " + unattributedColor().css() + "; }\n";
}

std::string pageTitle(const Document& document)
{
    if (!document.meta.title.empty())
        return oneLine(document.meta.title);
    const std::string_view text = document.text;
    const std::string firstLine = oneLine(text.substr(0, text.find('\n')));
    if (!firstLine.empty() && firstLine.size() <= 480)
        return firstLine;
    return document.id.empty() ? std::string("Article") : document.id;
}

// The title (the metadata's, or the article's own headline with its annotations), then
// byline, date, site and address.
void appendHeader(std::string& out, const Document& document, const std::vector<SegmentedParagraph>& paragraphs)
{
    const ArticleMetadata& meta = document.meta;
    out += "<header>\n";
    if (!meta.title.empty()) {
        out += "<h1>";
        appendHtml(out, oneLine(meta.title));
        out += "</h1>\n";
    } else {
        html::appendArticle(out, document, paragraphs, html::ArticlePart::Headline);
    }
    std::vector<std::string> facts;
    for (const std::string* field : {&meta.byline, &meta.date, &meta.siteName})
        if (!field->empty())
            facts.push_back(escapeHtml(oneLine(*field)));
    // Only web addresses are shown, as links: a "javascript:" address never becomes one, and
    // a local file's path is nobody's business where the page is shared.
    if (isWebAddress(meta.url))
        facts.push_back("<a href=\"" + escapeHtml(meta.url) + "\">" + escapeHtml(meta.url) + "</a>");
    if (!facts.empty()) {
        out += "<p class=\"page-meta\">";
        for (std::size_t i = 0; i < facts.size(); ++i)
            out += (i ? " \xC2\xB7 " : "") + facts[i];
        out += "</p>\n";
    }
    out += "</header>\n";
}

void appendLegend(std::string& out, const Document& document)
{
    const AnnotationSet& set = document.annotations;
    out += "<section class=\"legend\">\n<h2>Who is quoted</h2>\n<table>\n<thead><tr><th>Speaker</th>"
           "<th class=\"n\">Quotes</th><th class=\"n\">Words</th><th>Share of voice</th></tr></thead>\n<tbody>\n";
    for (const SpeakerTally& tally : tallySpeakers(document)) {
        const std::string cls = html::speakerClass(set, tally.speaker);
        const Speaker* speaker = set.speaker(tally.speaker);
        out += "<tr><td><span class=\"sw sw-" + cls + "\"></span>";
        appendHtml(out, speaker ? speaker->name : "Unattributed");
        if (speaker && !speaker->role.empty()) {
            out += " <span class=\"role\">";
            appendHtml(out, speaker->role);
            out += "</span>";
        }
        const std::string share = percent(tally.share);
        out += "</td><td class=\"n\">" + std::to_string(tally.quotes) + "</td><td class=\"n\">" +
               std::to_string(tally.words) + "</td><td class=\"share\"><span class=\"track\"><span class=\"bar sw-" +
               cls + "\" style=\"width: " + std::to_string(std::lround(tally.share * 100)) + "%\"></span></span>" +
               escapeHtml(share) + "</td></tr>\n";
    }
    out += "</tbody>\n</table>\n<p class=\"key\"><span class=\"q q-u\">tinted</span> quote, "
           "<span class=\"m m-u\">underlined</span> the speaker as named, <span class=\"c c-u\">dotted</span> "
           "the reporting verb; the colour is the speaker&#39;s. Hover over a quote for who, why and how sure. "
           "Share of voice counts quoted words.</p>\n</section>\n";
}

void appendIndex(std::string& out, const Document& document)
{
    const AnnotationSet& set = document.annotations;
    out += "<section class=\"index\">\n<h2>Quotes (" + std::to_string(set.quotes.size()) + ")</h2>\n<ol>\n";
    for (std::size_t i = 0; i < set.quotes.size(); ++i) {
        const Quote& quote = set.quotes[i];
        const std::string anchor = html::quoteAnchor(quote, i);
        out += "<li id=\"i-" + anchor + "\"><span class=\"sw sw-" + html::speakerClass(set, quote.speaker) +
               "\"></span><span class=\"who\">";
        appendHtml(out, speakerLabel(set, quote.speaker));
        out += "</span>: <a class=\"text\" href=\"#" + anchor + "\" title=\"";
        appendHtml(out, quoteReason(document, quote));
        out += "\">\xE2\x80\x9C";
        appendHtml(out, oneLine(quoteText(document, quote)));
        out += "\xE2\x80\x9D</a> <span class=\"facts\">" + std::string(toString(quote.kind)) + " \xC2\xB7 " +
               escapeHtml(percent(quote.confidence));
        if (quote.verified)
            out += " \xC2\xB7 verified";
        out += "</span></li>\n";
    }
    out += "</ol>\n</section>\n";
}

std::string optionsNote(const ExportOptions& options)
{
    std::string left;
    for (auto [kept, what] : {std::pair{options.indirect, "reported speech"},
                              std::pair{options.unverified, "unverified quotes"},
                              std::pair{options.unattributed, "unattributed quotes"}})
        if (!kept)
            left += std::string(left.empty() ? " Leaves out " : ", ") + what;
    return left.empty() ? left : left + ".";
}

}  // namespace

std::string HtmlExporter::write(const Document& original, const ExportOptions& options) const
{
    const Document document = selectQuotes(original, options);
    std::string out;
    out.reserve(document.text.size() * 3 + 8192);
    out += "<!DOCTYPE html>\n<html";
    if (!document.meta.language.empty())
        out += " lang=\"" + escapeHtml(document.meta.language) + "\"";
    out += ">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"Quotelens\">\n<title>";
    appendHtml(out, pageTitle(document));
    out += "</title>\n<style>";
    out += kStyle;
    appendSpeakerStyles(out, document.annotations);
    out += "</style>\n</head>\n<body>\n<main>\n";
    const std::vector<SegmentedParagraph> paragraphs = segmentArticle(document);
    appendHeader(out, document, paragraphs);
    appendLegend(out, document);
    out += "<article>\n";
    html::appendArticle(out, document, paragraphs,
                        document.meta.title.empty() ? html::ArticlePart::Body : html::ArticlePart::All);
    out += "</article>\n";
    appendIndex(out, document);
    out += "<footer>Annotated by Quotelens: " + std::to_string(document.annotations.quotes.size()) + " quotes, " +
           std::to_string(document.annotations.speakers.size()) + " speakers." + optionsNote(options) +
           " Quotes and speakers were found by its engine unless marked verified.</footer>\n</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace ql
