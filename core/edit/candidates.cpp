#include "edit/candidates.h"

#include <algorithm>
#include <map>

namespace ql {

namespace {

std::uint32_t gap(Span a, Span b)
{
    if (a.overlaps(b) || a.end == b.begin || b.end == a.begin)
        return 0;
    return a.end <= b.begin ? b.begin - a.end : a.begin - b.end;
}

// The nearest place each speaker is named: its mentions and the sources of its quotes.
std::map<SpeakerId, std::uint32_t> nearestPlaces(const AnnotationSet& set, Span around)
{
    std::map<SpeakerId, std::uint32_t> nearest;
    auto see = [&](SpeakerId id, Span span) {
        if (!id)
            return;
        auto [it, added] = nearest.emplace(id, gap(around, span));
        if (!added)
            it->second = std::min(it->second, gap(around, span));
    };
    for (const Mention& m : set.mentions)
        see(m.speaker, m.span);
    for (const Quote& q : set.quotes)
        if (q.mention)
            see(q.speaker, *q.mention);
    return nearest;
}

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
{
    auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                          [](char a, char b) { return lowerAscii(a) == lowerAscii(b); });
    return it != haystack.end();
}

}  // namespace

std::vector<Candidate> reassignCandidates(const AnnotationSet& set, QuoteId id)
{
    std::vector<Candidate> result;
    const Quote* quote = set.quote(id);
    if (!quote)
        return result;
    const auto nearest = nearestPlaces(set, quote->bounds());
    auto distanceOf = [&](SpeakerId s) {
        auto it = nearest.find(s);
        return it == nearest.end() ? std::numeric_limits<std::uint32_t>::max() : it->second;
    };
    auto listed = [&](SpeakerId s) {
        return s == quote->speaker ||
               std::any_of(result.begin(), result.end(), [s](const Candidate& c) { return c.speaker == s; });
    };
    for (SpeakerId alt : quote->alternatives)
        if (set.speaker(alt) && !listed(alt))
            result.push_back({alt, CandidateReason::RunnerUp, distanceOf(alt)});
    const std::size_t runnersUp = result.size();
    for (const Speaker& s : set.speakers)
        if (!listed(s.id))
            result.push_back({s.id, nearest.contains(s.id) ? CandidateReason::Nearby : CandidateReason::Elsewhere,
                              distanceOf(s.id)});
    // Stable: equally near speakers keep the set's order (the order the article names them).
    std::stable_sort(result.begin() + static_cast<std::ptrdiff_t>(runnersUp), result.end(),
                     [](const Candidate& a, const Candidate& b) { return a.distance < b.distance; });
    return result;
}

std::vector<Candidate> searchCandidates(const AnnotationSet& set, QuoteId quote, std::string_view typed)
{
    std::vector<Candidate> result;
    for (const Candidate& c : reassignCandidates(set, quote)) {
        const Speaker* s = set.speaker(c.speaker);
        const bool matches = containsIgnoringCase(s->name, typed) ||
                             std::any_of(s->aliases.begin(), s->aliases.end(),
                                         [&](const std::string& alias) { return containsIgnoringCase(alias, typed); });
        if (matches)
            result.push_back(c);
    }
    return result;
}

}  // namespace ql
