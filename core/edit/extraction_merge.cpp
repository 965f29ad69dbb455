#include "edit/extraction_merge.h"

#include <algorithm>
#include <map>
#include <set>

namespace ql {

namespace {

bool mostlyOverlaps(Span a, Span b)
{
    if (!a.overlaps(b))
        return false;
    const std::uint32_t shared = std::min(a.end, b.end) - std::max(a.begin, b.begin);
    return 2 * shared > std::min(a.size(), b.size());
}

bool sharesText(const Quote& a, const Quote& b)
{
    for (Span x : a.spans)
        for (Span y : b.spans)
            if (x.overlaps(y))
                return true;
    return false;
}

bool namedAs(const Speaker& s, const std::string& name)
{
    return s.name == name || std::find(s.aliases.begin(), s.aliases.end(), name) != s.aliases.end();
}

class Merger {
public:
    Merger(const AnnotationSet& corrected, const AnnotationSet& fresh) : m_old(corrected), m_new(fresh)
    {
        for (const Speaker& s : corrected.speakers)
            m_nextSpeaker = std::max(m_nextSpeaker, s.id.value + 1);
        for (const Quote& q : corrected.quotes)
            m_nextQuote = std::max({m_nextQuote, q.id.value + 1, q.follows.value + 1});
    }

    ExtractionMerge run();

private:
    void keepDecisions();
    const Speaker* matchSpeaker(const Speaker& fresh) const;
    void mapSpeakers();
    SpeakerId speakerFor(const Quote& fresh) const;
    void addFreshQuotes();
    void addFreshMentions();
    void prune();

    const AnnotationSet& m_old;
    const AnnotationSet& m_new;
    ExtractionMerge m_result;
    std::map<SpeakerId, SpeakerId> m_speakerOf;  // fresh id → result id
    std::map<QuoteId, QuoteId> m_quoteOf;        // fresh id → result id
    std::uint32_t m_nextSpeaker = 1;
    std::uint32_t m_nextQuote = 1;
};

void Merger::keepDecisions()
{
    AnnotationSet& out = m_result.annotations;
    std::set<SpeakerId> needed;
    for (const Quote& q : m_old.quotes)
        if (q.verified || q.manual) {
            out.quotes.push_back(q);
            needed.insert(q.speaker);
            needed.insert(q.alternatives.begin(), q.alternatives.end());
        }
    for (const Mention& m : m_old.mentions)
        if (m.manual) {
            out.mentions.push_back(m);
            needed.insert(m.speaker);
        }
    for (const Speaker& s : m_old.speakers)
        if (s.manual || needed.contains(s.id))
            out.speakers.push_back(s);
    out.rejected = m_old.rejected;
    m_result.kept = out.quotes.size();
}

// The corrected speaker a fresh one is: the one most of its mentions belong to (mentions
// at the same places: a rename, a merge or a split a human made carries over), else the one
// of that name or alias, else a new one.
const Speaker* Merger::matchSpeaker(const Speaker& fresh) const
{
    std::map<SpeakerId, int> votes;
    for (const Mention& f : m_new.mentions)
        if (f.speaker == fresh.id)
            for (const Mention& c : m_old.mentions)
                if (c.span == f.span && c.speaker)
                    ++votes[c.speaker];
    const Speaker* best = nullptr;
    int bestVotes = 0;
    for (const Speaker& c : m_old.speakers)
        if (auto it = votes.find(c.id); it != votes.end() && it->second > bestVotes) {
            best = &c;
            bestVotes = it->second;
        }
    if (best)
        return best;
    for (const Speaker& c : m_old.speakers)
        if (c.name == fresh.name)
            return &c;
    for (const Speaker& c : m_old.speakers)
        if (namedAs(c, fresh.name) || std::any_of(fresh.aliases.begin(), fresh.aliases.end(),
                                                  [&](const std::string& a) { return c.name == a; }))
            return &c;
    return nullptr;
}

void Merger::mapSpeakers()
{
    AnnotationSet& out = m_result.annotations;
    for (const Speaker& f : m_new.speakers) {
        const Speaker* match = matchSpeaker(f);
        Speaker taken = f;
        taken.id = match ? match->id : SpeakerId{m_nextSpeaker++};
        m_speakerOf[f.id] = taken.id;
        Speaker* present = out.speaker(taken.id);
        if (!present)
            out.speakers.push_back(match && match->manual ? *match : taken);
        else if (!present->manual)
            *present = taken;  // the engine's newer view of a speaker no human touched
    }
}

// A fresh quote whose source is a mention a human placed or corrected goes to whom the
// human said it is (a split alias, a created speaker, a corrected pronoun).
SpeakerId Merger::speakerFor(const Quote& fresh) const
{
    if (fresh.mention)
        for (const Mention& m : m_old.mentions)
            if (m.manual && m.span == *fresh.mention && m_result.annotations.speaker(m.speaker))
                return m.speaker;
    auto it = m_speakerOf.find(fresh.speaker);
    return it == m_speakerOf.end() ? SpeakerId{} : it->second;
}

void Merger::addFreshQuotes()
{
    AnnotationSet& out = m_result.annotations;
    const std::vector<Quote> kept = out.quotes;
    for (const Quote& f : m_new.quotes) {
        const bool onKept = std::any_of(kept.begin(), kept.end(), [&](const Quote& k) { return sharesText(f, k); });
        const bool deleted = std::any_of(m_old.rejected.begin(), m_old.rejected.end(),
                                         [&](Span r) { return mostlyOverlaps(f.bounds(), r); });
        if (onKept || deleted) {
            ++m_result.dropped;
            continue;
        }
        Quote q = f;
        // The same quote as before keeps its id, so that the reader's selection stays.
        auto same = std::find_if(m_old.quotes.begin(), m_old.quotes.end(), [&](const Quote& o) { return o.spans == f.spans; });
        q.id = same != m_old.quotes.end() && !out.quote(same->id) ? same->id : QuoteId{m_nextQuote++};
        m_quoteOf[f.id] = q.id;
        q.speaker = speakerFor(f);
        q.alternatives.clear();
        for (SpeakerId alt : f.alternatives) {
            auto it = m_speakerOf.find(alt);
            if (it != m_speakerOf.end() && it->second != q.speaker &&
                std::find(q.alternatives.begin(), q.alternatives.end(), it->second) == q.alternatives.end())
                q.alternatives.push_back(it->second);
        }
        out.quotes.push_back(std::move(q));
        ++m_result.added;
    }
    for (Quote& q : out.quotes) {
        if (q.manual || q.verified)
            continue;
        auto it = m_quoteOf.find(q.follows);
        q.follows = it == m_quoteOf.end() ? QuoteId{} : it->second;
    }
    std::stable_sort(out.quotes.begin(), out.quotes.end(), [](const Quote& a, const Quote& b) {
        return (a.spans.empty() ? Span{} : a.spans.front()) < (b.spans.empty() ? Span{} : b.spans.front());
    });
}

void Merger::addFreshMentions()
{
    AnnotationSet& out = m_result.annotations;
    const std::vector<Mention> manual = out.mentions;
    for (const Mention& f : m_new.mentions) {
        if (std::any_of(manual.begin(), manual.end(), [&](const Mention& m) { return m.span.overlaps(f.span); }))
            continue;
        Mention m = f;
        auto it = m_speakerOf.find(f.speaker);
        m.speaker = it == m_speakerOf.end() ? SpeakerId{} : it->second;
        out.mentions.push_back(m);
    }
    std::stable_sort(out.mentions.begin(), out.mentions.end(), [](const Mention& a, const Mention& b) { return a.span < b.span; });
}

// Speakers the engine found again but whose quotes all went to kept decisions are left out,
// with what refers to them, unless a human made or edited them.
void Merger::prune()
{
    AnnotationSet& out = m_result.annotations;
    std::set<SpeakerId> used;
    for (const Quote& q : out.quotes) {
        used.insert(q.speaker);
        if (q.manual || q.verified)
            used.insert(q.alternatives.begin(), q.alternatives.end());
    }
    for (const Mention& m : out.mentions)
        if (m.manual)
            used.insert(m.speaker);
    std::erase_if(out.speakers, [&](const Speaker& s) { return !s.manual && !used.contains(s.id); });
    auto gone = [&](SpeakerId id) { return id && !out.speaker(id); };
    std::erase_if(out.mentions, [&](const Mention& m) { return gone(m.speaker); });
    for (Quote& q : out.quotes)
        std::erase_if(q.alternatives, gone);
}

ExtractionMerge Merger::run()
{
    keepDecisions();
    mapSpeakers();
    addFreshQuotes();
    addFreshMentions();
    prune();
    return std::move(m_result);
}

}  // namespace

ExtractionMerge mergeExtraction(const AnnotationSet& corrected, const AnnotationSet& fresh)
{
    return Merger(corrected, fresh).run();
}

}  // namespace ql
