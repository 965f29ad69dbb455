#include "store/reanchor.h"

#include "text/chars.h"
#include "text/utf8.h"

#include <algorithm>

namespace ql {

namespace {

template <typename Line>
std::vector<Line> splitLines(std::string_view text)
{
    std::vector<Line> lines;
    std::uint32_t begin = 0;
    for (std::uint32_t i = 0; i <= text.size(); ++i)
        if (i == text.size() || text[i] == '\n') {
            lines.push_back({begin, i, -1});
            begin = i + 1;
        }
    return lines;
}

// Largest number of DP cells for matching the changed middle of two texts line by line;
// beyond it, only lines that occur once in each are matched.
constexpr std::size_t kMaxCells = 2'000'000;

bool wordAt(std::string_view text, std::uint32_t pos)
{
    return pos < text.size() && chars::isAlnum(utf8::decode(text, pos).codePoint);
}
bool wordBefore(std::string_view text, std::uint32_t pos)
{
    return pos > 0 && chars::isAlnum(utf8::decodeBefore(text, pos).codePoint);
}

}  // namespace

SpanMapper::SpanMapper(std::string_view oldText, std::string_view newText)
    : m_old(oldText), m_new(newText), m_oldLines(splitLines<Line>(oldText)), m_newLines(splitLines<Line>(newText))
{
    auto text = [](std::string_view t, const Line& l) { return t.substr(l.begin, l.end - l.begin); };
    auto pairUp = [&](std::size_t o, std::size_t n) {
        m_oldLines[o].partner = static_cast<std::int64_t>(n);
        m_newLines[n].partner = static_cast<std::int64_t>(o);
    };
    std::size_t lo = 0, ln = 0, ho = m_oldLines.size(), hn = m_newLines.size();
    while (lo < ho && ln < hn && text(m_old, m_oldLines[lo]) == text(m_new, m_newLines[ln]))
        pairUp(lo++, ln++);
    while (ho > lo && hn > ln && text(m_old, m_oldLines[ho - 1]) == text(m_new, m_newLines[hn - 1]))
        pairUp(--ho, --hn);
    const std::size_t n = ho - lo, m = hn - ln;
    if (n == 0 || m == 0)
        return;
    if ((n + 1) * (m + 1) <= kMaxCells) {
        // Longest common subsequence of the changed lines.
        std::vector<std::uint32_t> dp((n + 1) * (m + 1), 0);
        auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return dp[i * (m + 1) + j]; };
        for (std::size_t i = n; i-- > 0;)
            for (std::size_t j = m; j-- > 0;)
                at(i, j) = text(m_old, m_oldLines[lo + i]) == text(m_new, m_newLines[ln + j])
                               ? at(i + 1, j + 1) + 1
                               : std::max(at(i + 1, j), at(i, j + 1));
        for (std::size_t i = 0, j = 0; i < n && j < m;) {
            if (text(m_old, m_oldLines[lo + i]) == text(m_new, m_newLines[ln + j]))
                pairUp(lo + i++, ln + j++);
            else if (at(i + 1, j) >= at(i, j + 1))
                ++i;
            else
                ++j;
        }
        return;
    }
    // Too large: pair lines that occur once on each side, keeping their order.
    std::size_t lastNew = ln;
    for (std::size_t i = lo; i < ho; ++i) {
        const std::string_view line = text(m_old, m_oldLines[i]);
        if (line.empty())
            continue;
        std::size_t found = hn, count = 0;
        for (std::size_t j = ln; j < hn && count < 2; ++j)
            if (text(m_new, m_newLines[j]) == line) {
                found = j;
                ++count;
            }
        if (count == 1 && found >= lastNew) {
            pairUp(i, found);
            lastNew = found + 1;
        }
    }
}

std::size_t SpanMapper::lineOf(std::uint32_t offset) const
{
    auto it = std::upper_bound(m_oldLines.begin(), m_oldLines.end(), offset,
                               [](std::uint32_t o, const Line& l) { return o < l.begin; });
    return it == m_oldLines.begin() ? 0 : static_cast<std::size_t>(it - m_oldLines.begin()) - 1;
}

std::optional<Span> SpanMapper::viaLines(Span span) const
{
    const Line& first = m_oldLines[lineOf(span.begin)];
    const Line& last = m_oldLines[lineOf(span.end > span.begin ? span.end - 1 : span.end)];
    if (first.partner < 0 || last.partner < 0)
        return std::nullopt;
    const std::uint32_t begin = m_newLines[static_cast<std::size_t>(first.partner)].begin + (span.begin - first.begin);
    const std::uint32_t end = m_newLines[static_cast<std::size_t>(last.partner)].begin + (span.end - last.begin);
    if (end < begin || end > m_new.size() || m_new.substr(begin, end - begin) != span.in(m_old))
        return std::nullopt;
    return Span{begin, end};
}

std::uint32_t SpanMapper::expectedPosition(std::uint32_t oldOffset) const
{
    for (std::size_t i = lineOf(oldOffset) + 1; i-- > 0;)
        if (m_oldLines[i].partner >= 0) {
            const std::uint64_t at = m_newLines[static_cast<std::size_t>(m_oldLines[i].partner)].begin +
                                     static_cast<std::uint64_t>(oldOffset - m_oldLines[i].begin);
            return static_cast<std::uint32_t>(std::min<std::uint64_t>(at, m_new.size()));
        }
    return m_old.empty() ? 0
                         : static_cast<std::uint32_t>(static_cast<std::uint64_t>(oldOffset) * m_new.size() / m_old.size());
}

std::optional<Span> SpanMapper::bySearch(Span span) const
{
    const std::string_view content = span.in(m_old);
    if (content.empty())
        return std::nullopt;
    // Short text ("he") is only trusted near where it was, and as a whole word if it was one.
    constexpr std::uint32_t kNear = 2000;
    constexpr std::size_t kDistinctive = 20;
    const bool wholeStart = !wordBefore(m_old, span.begin) || !wordAt(m_old, span.begin);
    const bool wholeEnd = !wordAt(m_old, span.end) || !wordBefore(m_old, span.end);
    const std::uint32_t expected = expectedPosition(span.begin);
    std::optional<Span> best;
    std::uint32_t bestDistance = 0;
    for (auto at = m_new.find(content); at != std::string_view::npos; at = m_new.find(content, at + 1)) {
        const auto begin = static_cast<std::uint32_t>(at);
        const auto end = static_cast<std::uint32_t>(at + content.size());
        if ((wholeStart && wordBefore(m_new, begin) && wordAt(m_new, begin)) ||
            (wholeEnd && wordAt(m_new, end) && wordBefore(m_new, end)))
            continue;
        const std::uint32_t distance = begin > expected ? begin - expected : expected - begin;
        if (!best || distance < bestDistance) {
            best = Span{begin, end};
            bestDistance = distance;
        }
    }
    if (best && content.size() < kDistinctive && bestDistance > kNear)
        return std::nullopt;
    return best;
}

std::optional<Span> SpanMapper::map(Span span) const
{
    if (span.end > m_old.size() || span.begin > span.end)
        return std::nullopt;
    if (auto mapped = viaLines(span))
        return mapped;
    return bySearch(span);
}

Reanchored reanchor(const AnnotationSet& set, std::string_view oldText, std::string_view newText)
{
    const SpanMapper mapper(oldText, newText);
    Reanchored result;
    AnnotationSet& out = result.annotations;
    out.speakers = set.speakers;
    auto old = [&](Span s) { return s.end <= oldText.size() ? std::string(s.in(oldText)) : std::string(); };
    for (Quote q : set.quotes) {
        std::vector<Span> spans;
        for (Span s : q.spans) {
            const auto mapped = mapper.map(s);
            if (!mapped || (!spans.empty() && mapped->begin < spans.back().end))
                break;
            spans.push_back(*mapped);
        }
        if (spans.size() != q.spans.size() || spans.empty()) {
            result.unplaced.push_back({UnplacedPart::Quote, q.id, q.speaker, old(q.bounds()), q, std::nullopt});
            continue;
        }
        q.spans = std::move(spans);
        if (q.mention && !(q.mention = mapper.map(*q.mention)))
            result.unplaced.push_back({UnplacedPart::QuoteMention, q.id, q.speaker,
                                       old(*set.quote(q.id)->mention), std::nullopt, std::nullopt});
        if (q.cue && !(q.cue = mapper.map(*q.cue)))
            result.unplaced.push_back(
                {UnplacedPart::QuoteCue, q.id, q.speaker, old(*set.quote(q.id)->cue), std::nullopt, std::nullopt});
        out.quotes.push_back(std::move(q));
    }
    for (Mention m : set.mentions) {
        const auto mapped = mapper.map(m.span);
        if (!mapped) {
            result.unplaced.push_back({UnplacedPart::Mention, {}, m.speaker, old(m.span), std::nullopt, m});
            continue;
        }
        m.span = *mapped;
        if (m.antecedent)
            m.antecedent = mapper.map(*m.antecedent);  // a link, not a decision: it may lapse
        out.mentions.push_back(m);
    }
    for (Span r : set.rejected) {
        if (auto mapped = mapper.map(r))
            out.rejected.push_back(*mapped);
        else
            result.unplaced.push_back({UnplacedPart::Rejected, {}, {}, old(r), std::nullopt, std::nullopt});
    }
    std::stable_sort(out.quotes.begin(), out.quotes.end(), [](const Quote& a, const Quote& b) {
        return a.spans.front() < b.spans.front();
    });
    std::stable_sort(out.mentions.begin(), out.mentions.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
    return result;
}

std::string_view toString(UnplacedPart part)
{
    switch (part) {
    case UnplacedPart::Quote: return "quote";
    case UnplacedPart::QuoteMention: return "quote-mention";
    case UnplacedPart::QuoteCue: return "quote-cue";
    case UnplacedPart::Mention: return "mention";
    case UnplacedPart::Rejected: return "rejected";
    }
    return "quote";
}

}  // namespace ql
