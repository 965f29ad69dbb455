#include "export/csv_exporter.h"

#include "export/quote_summary.h"
#include "export/text_escape.h"
#include "text/offset_map.h"

#include <cstdio>

namespace ql {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::string_view kColumns =
    "quote_id,speaker,role,speaker_type,gender,kind,quote,source,cue,start,end,confidence,verified,manual,rule";

std::string confidence(double value)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

std::string written(const Document& document, const std::optional<Span>& span)
{
    return span ? std::string(span->in(document.text)) : std::string();
}

}  // namespace

std::string CsvExporter::start(bool fileColumn)
{
    return std::string(kBom) + (fileColumn ? "file," : "") + std::string(kColumns) + "\r\n";
}

std::string CsvExporter::rows(const Document& original, const ExportOptions& options, bool fileColumn,
                              std::string_view file)
{
    const Document document = selectQuotes(original, options);
    const AnnotationSet& set = document.annotations;
    const OffsetMap map(document.text);
    std::string out;
    for (const Quote& quote : set.quotes) {
        const Speaker* speaker = quote.speaker ? set.speaker(quote.speaker) : nullptr;
        const Span bounds = quote.bounds();
        const std::string fields[] = {
            quote.id.toString(),
            speaker ? speaker->name : std::string(),
            speaker ? speaker->role : std::string(),
            speaker ? std::string(toString(speaker->type)) : std::string(),
            speaker ? std::string(toString(speaker->gender)) : std::string(),
            std::string(toString(quote.kind)),
            quoteText(document, quote),
            written(document, quote.mention),
            written(document, quote.cue),
            std::to_string(map.toCodePoint(bounds.begin)),
            std::to_string(map.toCodePoint(bounds.end)),
            confidence(quote.confidence),
            quote.verified ? "true" : "false",
            quote.manual ? "true" : "false",
            quote.rule,
        };
        if (fileColumn)
            out += csvField(file) + ",";
        for (std::size_t i = 0; i < std::size(fields); ++i)
            out += (i ? "," : "") + csvField(fields[i]);
        out += "\r\n";
    }
    return out;
}

std::string CsvExporter::write(const Document& document, const ExportOptions& options) const
{
    return start(false) + rows(document, options, false);
}

}  // namespace ql
