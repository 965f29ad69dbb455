#include "edit/checks.h"

#include "edit/text_moves.h"
#include "extract/lexicon.h"

#include <algorithm>
#include <set>

namespace ql {

namespace {

// The first words of a span for a message: “We are ready to…”.
std::string excerpt(std::string_view text, Span span)
{
    constexpr std::uint32_t kLength = 40;
    if (span.empty() || span.end > text.size())
        return "\xE2\x80\x9C\xE2\x80\x9D";
    std::uint32_t end = span.end;
    bool cut = false;
    if (span.size() > kLength) {
        end = span.begin + kLength;
        while (!moves::isBoundary(text, end))
            --end;
        cut = true;
    }
    return "\xE2\x80\x9C" + std::string(text.substr(span.begin, end - span.begin)) + (cut ? "\xE2\x80\xA6" : "") +
           "\xE2\x80\x9D";
}

bool isPronoun(std::string_view word)
{
    std::string key;
    for (char c : word)
        key += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return lexicon::is(key, lexicon::wc::Pronoun);
}

class Checker {
public:
    explicit Checker(const Document& d) : m_text(d.text), m_set(d.annotations) {}

    std::vector<CheckIssue> run()
    {
        for (const Quote& q : m_set.quotes)
            checkQuote(q);
        checkOverlaps();
        for (const Mention& m : m_set.mentions)
            checkMention(m);
        std::stable_sort(m_issues.begin(), m_issues.end(),
                         [](const CheckIssue& a, const CheckIssue& b) { return a.span.begin < b.span.begin; });
        checkSpeakers();
        return std::move(m_issues);
    }

private:
    void add(CheckKind kind, QuoteId q, SpeakerId s, Span span, std::string message)
    {
        m_issues.push_back({kind, q, s, span, std::move(message)});
    }

    // Whether the span can be read; says why not otherwise.
    bool checkSpan(Span span, QuoteId q, const std::string& what)
    {
        if (span.end > m_text.size() || span.begin > span.end) {
            add(CheckKind::SpanOutsideText, q, {}, Span{}, what + " is outside the text.");
            return false;
        }
        if (span.empty()) {
            add(CheckKind::EmptySpan, q, {}, span, what + " is empty.");
            return false;
        }
        return true;
    }

    void checkQuote(const Quote& q)
    {
        const std::string name = "The quote " + excerpt(m_text, q.bounds());
        if (q.spans.empty())
            add(CheckKind::EmptySpan, q.id, q.speaker, Span{}, "A quote has no text.");
        for (std::size_t i = 0; i < q.spans.size(); ++i) {
            checkSpan(q.spans[i], q.id, q.spans.size() == 1 ? name : "A piece of " + excerpt(m_text, q.bounds()));
            if (i > 0 && q.spans[i].begin < q.spans[i - 1].end)
                add(CheckKind::OverlappingQuotes, q.id, q.speaker, q.spans[i], name + " has pieces that overlap.");
        }
        if (q.mention)
            checkSpan(*q.mention, q.id, "The source of " + excerpt(m_text, q.bounds()));
        if (q.cue)
            checkSpan(*q.cue, q.id, "The cue of " + excerpt(m_text, q.bounds()));
        if (!q.speaker) {
            add(CheckKind::QuoteWithoutSpeaker, q.id, {}, q.bounds(), name + " has no speaker.");
            if (q.mention && q.mention->end <= m_text.size() && isPronoun(q.mention->in(m_text)))
                unresolved(*q.mention, q.id);
        } else if (!m_set.speaker(q.speaker)) {
            add(CheckKind::UnknownSpeaker, q.id, q.speaker, q.bounds(),
                name + " names a speaker (" + q.speaker.toString() + ") that does not exist.");
        }
    }

    void unresolved(Span span, QuoteId q)
    {
        if (m_unresolved.insert(span).second)
            add(CheckKind::UnresolvedPronoun, q, {}, span, excerpt(m_text, span) + " refers to nobody.");
    }

    void checkOverlaps()
    {
        std::vector<std::pair<Span, QuoteId>> pieces;
        for (const Quote& q : m_set.quotes)
            for (Span s : q.spans)
                if (!s.empty() && s.end <= m_text.size())
                    pieces.emplace_back(s, q.id);
        std::sort(pieces.begin(), pieces.end());
        std::set<std::pair<QuoteId, QuoteId>> reported;
        std::pair<Span, QuoteId> reach{};  // the piece that reaches furthest so far
        for (const auto& [span, id] : pieces) {
            if (reach.second && id != reach.second && span.begin < reach.first.end &&
                reported.insert(std::minmax(id, reach.second)).second) {
                const Quote* other = m_set.quote(reach.second);
                add(CheckKind::OverlappingQuotes, id, {}, span,
                    "The quote " + excerpt(m_text, span) + " overlaps " + excerpt(m_text, other->bounds()) + ".");
            }
            if (!reach.second || span.end > reach.first.end)
                reach = {span, id};
        }
    }

    void checkMention(const Mention& m)
    {
        if (!checkSpan(m.span, {}, "A mention"))
            return;
        if (!m.speaker && m.kind == MentionKind::Pronoun)
            unresolved(m.span, quoteWithSource(m.span));
        else if (m.speaker && !m_set.speaker(m.speaker))
            add(CheckKind::UnknownSpeaker, {}, m.speaker, m.span,
                "The mention " + excerpt(m_text, m.span) + " names a speaker (" + m.speaker.toString() +
                    ") that does not exist.");
    }

    QuoteId quoteWithSource(Span span) const
    {
        for (const Quote& q : m_set.quotes)
            if (q.mention == span)
                return q.id;
        return {};
    }

    void checkSpeakers()
    {
        std::set<SpeakerId> quoted;
        for (const Quote& q : m_set.quotes)
            quoted.insert(q.speaker);
        for (const Speaker& s : m_set.speakers)
            if (!quoted.contains(s.id))
                add(CheckKind::SpeakerWithoutQuotes, {}, s.id, Span{}, s.name + " has no quotes.");
    }

    std::string_view m_text;
    const AnnotationSet& m_set;
    std::vector<CheckIssue> m_issues;
    std::set<Span> m_unresolved;
};

}  // namespace

std::vector<CheckIssue> checkDocument(const Document& document) { return Checker(document).run(); }

std::vector<QuoteId> triageOrder(const AnnotationSet& set)
{
    std::vector<const Quote*> open;
    for (const Quote& q : set.quotes)
        if (!q.verified && !q.manual)
            open.push_back(&q);
    std::stable_sort(open.begin(), open.end(), [](const Quote* a, const Quote* b) { return a->confidence < b->confidence; });
    std::vector<QuoteId> ids;
    for (const Quote* q : open)
        ids.push_back(q->id);
    return ids;
}

std::optional<QuoteId> nextToCheck(const AnnotationSet& set)
{
    const Quote* best = nullptr;
    for (const Quote& q : set.quotes)
        if (!q.verified && !q.manual && (!best || q.confidence < best->confidence))
            best = &q;
    return best ? std::optional<QuoteId>(best->id) : std::nullopt;
}

ReviewProgress reviewProgress(const AnnotationSet& set)
{
    ReviewProgress p;
    p.total = set.quotes.size();
    p.verified = static_cast<std::size_t>(std::count_if(set.quotes.begin(), set.quotes.end(), [](const Quote& q) { return q.verified; }));
    return p;
}

std::string_view toString(CheckKind kind)
{
    switch (kind) {
    case CheckKind::QuoteWithoutSpeaker: return "quote-without-speaker";
    case CheckKind::UnresolvedPronoun: return "unresolved-pronoun";
    case CheckKind::EmptySpan: return "empty-span";
    case CheckKind::SpanOutsideText: return "span-outside-text";
    case CheckKind::OverlappingQuotes: return "overlapping-quotes";
    case CheckKind::SpeakerWithoutQuotes: return "speaker-without-quotes";
    case CheckKind::UnknownSpeaker: return "unknown-speaker";
    }
    return "unknown";
}

}  // namespace ql
