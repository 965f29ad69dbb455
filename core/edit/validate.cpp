#include "edit/validate.h"

#include "edit/text_moves.h"

namespace ql {

void refuseEdit(const std::string& why) { throw EditError(why); }

void requireValidSpan(Span span, std::string_view text, std::string_view what)
{
    const std::string name(what);
    if (span.empty())
        refuseEdit(name + " is empty");
    if (span.end > text.size())
        refuseEdit(name + " reaches past the end of the text");
    if (!moves::isBoundary(text, span.begin) || !moves::isBoundary(text, span.end))
        refuseEdit(name + " starts or ends inside a character");
}

void requireValidSpans(const std::vector<Span>& spans, std::string_view text)
{
    if (spans.empty())
        refuseEdit("a quote needs at least one span");
    for (std::size_t i = 0; i < spans.size(); ++i) {
        requireValidSpan(spans[i], text, spans.size() == 1 ? "the quote's span" : "a piece of the quote");
        if (i > 0 && spans[i].begin < spans[i - 1].end)
            refuseEdit("the pieces of a quote must be in reading order and must not overlap");
    }
}

}  // namespace ql
