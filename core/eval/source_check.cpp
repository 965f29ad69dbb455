#include "eval/source_check.h"

#include "eval/word_tokens.h"
#include "text/utf8.h"

#include <algorithm>

namespace ql::eval {

namespace {

bool isSpace(char32_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F ||
           c == 0x205F || c == 0x3000;
}

std::string lastWord(std::string_view text)
{
    std::vector<std::string> all = words(text);
    return all.empty() ? std::string() : std::move(all.back());
}

// The gold source as written: the "speaker" text, or else the text of its spans.
std::string goldSourceText(const GoldQuote& gold, std::string_view text)
{
    if (gold.source)
        return *gold.source;
    std::string joined;
    for (Span span : gold.sourceSpans)
        joined.append(span.in(text)).append(" ");
    return joined;
}

bool speakerSharesLastWord(const Speaker& speaker, const std::string& goldLast)
{
    if (lastWord(speaker.name) == goldLast)
        return true;
    return std::any_of(speaker.aliases.begin(), speaker.aliases.end(),
                       [&](const std::string& alias) { return lastWord(alias) == goldLast; });
}

}  // namespace

bool sourceCorrect(const GoldQuote& gold, const Quote& predicted, const AnnotationSet& annotations,
                   std::string_view text)
{
    const bool goldHasSource = gold.source || !gold.sourceSpans.empty();
    if (!goldHasSource)
        return !predicted.speaker && !predicted.mention;
    if (predicted.mention && !gold.sourceSpans.empty())
        return std::any_of(gold.sourceSpans.begin(), gold.sourceSpans.end(),
                           [&](Span span) { return span.overlaps(*predicted.mention); });
    const std::string goldLast = lastWord(goldSourceText(gold, text));
    if (goldLast.empty())
        return false;
    if (predicted.mention)  // the gold has no span to overlap: compare what is written
        return lastWord(predicted.mention->in(text)) == goldLast;
    const Speaker* speaker = annotations.speaker(predicted.speaker);
    return speaker && speakerSharesLastWord(*speaker, goldLast);
}

bool entityCorrect(const GoldQuote& gold, const Quote& predicted, const AnnotationSet& annotations)
{
    const Speaker* speaker = annotations.speaker(predicted.speaker);
    return gold.entity && speaker && comparableName(speaker->name) == comparableName(*gold.entity);
}

std::string comparableName(std::string_view name)
{
    std::string result;
    for (std::size_t pos = 0; pos < name.size();) {
        const utf8::Decoded d = utf8::decode(name, pos);
        if (!isSpace(d.codePoint))
            utf8::append(result, foldCase(d.codePoint));
        pos += d.length;
    }
    return result;
}

}  // namespace ql::eval
