#include "io/gold_jsonl.h"

#include "io/json_fields.h"

namespace ql {

using namespace json_fields;

namespace {

std::optional<std::string> optionalText(const Json& object, const char* key, std::string_view where)
{
    const Json* value = optional(object, key);
    return value ? std::optional(string(*value, child(where, key))) : std::nullopt;
}

std::vector<Span> spanList(const Json& list, std::string_view where, const OffsetMap& map)
{
    requireArray(list, where);
    std::vector<Span> spans;
    for (std::size_t i = 0; i < list.size(); ++i)
        spans.push_back(spanFromPair(list[i], element(where, i), map));
    return spans;
}

// `listKey` ("speaker_spans", possibly empty) when present, else the pair startKey/endKey when both are set.
std::vector<Span> optionalSpans(const Json& quote, const char* listKey, const char* startKey, const char* endKey,
                                std::string_view where, const OffsetMap& map)
{
    if (const Json* list = optional(quote, listKey))
        return spanList(*list, child(where, listKey), map);
    if (optional(quote, startKey) && optional(quote, endKey))
        return {spanFromFields(quote, startKey, endKey, where, map)};
    return {};
}

GoldQuote readQuote(const Json& json, std::string_view where, const OffsetMap& map)
{
    requireObject(json, where);
    GoldQuote quote;
    quote.kind = quoteKind(json, where);
    const Span bounds = spanFromFields(json, "start", "end", where, map);
    if (const Json* spans = optional(json, "spans")) {
        quote.spans = spanList(*spans, child(where, "spans"), map);
        if (quote.spans.empty())
            fail(child(where, "spans"), "a quote needs at least one span");
    } else {
        quote.spans = {bounds};
    }
    quote.source = optionalText(json, "speaker", where);
    quote.sourceSpans = optionalSpans(json, "speaker_spans", "speaker_start", "speaker_end", where, map);
    quote.cue = optionalText(json, "cue", where);
    quote.cueSpans = optionalSpans(json, "cue_spans", "cue_start", "cue_end", where, map);
    quote.entity = optionalText(json, "entity", where);
    return quote;
}

GoldArticle readArticle(const Json& json, GoldDetail detail)
{
    requireObject(json, "");
    GoldArticle article;
    article.id = string(required(json, "id", ""), "id");
    article.text = string(required(json, "text", ""), "text");
    if (detail == GoldDetail::TextOnly)
        return article;
    const OffsetMap map(article.text);
    if (const Json* quotes = optional(json, "quotes")) {
        requireArray(*quotes, "quotes");
        for (std::size_t i = 0; i < quotes->size(); ++i)
            article.quotes.push_back(readQuote((*quotes)[i], element("quotes", i), map));
    }
    return article;
}

}  // namespace

ParsedGoldLine parseGoldLine(std::string_view line, GoldDetail detail)
{
    ParsedGoldLine result;
    try {
        result.article = readArticle(json_fields::parse(line), detail);
    } catch (const FieldError& e) {
        result.error = e.what();
    }
    return result;
}

bool JsonlLineReader::next(std::string& line)
{
    while (std::getline(m_in, line)) {
        ++m_lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.find_first_not_of(" \t") != std::string::npos)
            return true;
    }
    return false;
}

GoldFile readGoldJsonl(std::istream& in, GoldDetail detail)
{
    GoldFile file;
    JsonlLineReader reader(in);
    std::string line;
    while (reader.next(line)) {
        ParsedGoldLine parsed = parseGoldLine(line, detail);
        if (parsed.ok()) {
            parsed.article.line = reader.lineNumber();
            file.articles.push_back(std::move(parsed.article));
        } else {
            file.errors.push_back({reader.lineNumber(), std::move(parsed.error)});
        }
    }
    if (reader.failed())
        file.errors.push_back({reader.lineNumber() + 1, "read error"});
    return file;
}

}  // namespace ql
