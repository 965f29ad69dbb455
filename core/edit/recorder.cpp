#include "edit/recorder.h"

#include <algorithm>

namespace ql {

namespace {

template <typename Vec, typename IdT>
auto positionOf(Vec& items, IdT id)
{
    return std::find_if(items.begin(), items.end(), [id](const auto& item) { return item.id == id; });
}

Span firstSpan(const Quote& q) { return q.spans.empty() ? Span{} : q.spans.front(); }

// Where a quote goes so that quotes stay in order of first span: after the equal ones.
std::size_t sortedPlace(const std::vector<Quote>& quotes, const Quote& quote)
{
    const Span first = firstSpan(quote);
    std::size_t i = 0;
    while (i < quotes.size() && !(first < firstSpan(quotes[i])))
        ++i;
    return i;
}

template <typename T, typename IdT>
void touch(std::vector<Snapshot<T, IdT>>& snapshots, const std::vector<T>& items, const std::vector<IdT>& order,
           IdT id)
{
    if (std::any_of(snapshots.begin(), snapshots.end(), [id](const auto& s) { return s.id == id; }))
        return;
    Snapshot<T, IdT> snapshot{id, std::nullopt, 0};
    const auto original = std::find(order.begin(), order.end(), id);
    if (original != order.end()) {
        snapshot.index = static_cast<std::size_t>(original - order.begin());
        // Untouched until now, so what is there is what was there.
        snapshot.state = *std::find_if(items.begin(), items.end(), [id](const T& item) { return item.id == id; });
    }
    snapshots.push_back(std::move(snapshot));
}

template <typename T, typename IdT>
std::vector<IdT> idsOf(const std::vector<T>& items)
{
    std::vector<IdT> ids;
    ids.reserve(items.size());
    for (const T& item : items)
        ids.push_back(item.id);
    return ids;
}

}  // namespace

Recorder::Recorder(AnnotationSet& set)
    : m_set(set), m_quoteOrder(idsOf<Quote, QuoteId>(set.quotes)), m_speakerOrder(idsOf<Speaker, SpeakerId>(set.speakers))
{
}

void Recorder::touchQuote(QuoteId id) { touch(m_before.quotes, m_set.quotes, m_quoteOrder, id); }
void Recorder::touchSpeaker(SpeakerId id) { touch(m_before.speakers, m_set.speakers, m_speakerOrder, id); }

Quote* Recorder::quote(QuoteId id)
{
    Quote* q = m_set.quote(id);
    if (q)
        touchQuote(id);
    return q;
}

Speaker* Recorder::speaker(SpeakerId id)
{
    Speaker* s = m_set.speaker(id);
    if (s)
        touchSpeaker(id);
    return s;
}

std::vector<Mention>& Recorder::mentions()
{
    if (!m_before.mentions)
        m_before.mentions = m_set.mentions;
    return m_set.mentions;
}

std::vector<Span>& Recorder::rejected()
{
    if (!m_before.rejected)
        m_before.rejected = m_set.rejected;
    return m_set.rejected;
}

void Recorder::insertQuote(Quote quote)
{
    touchQuote(quote.id);
    const std::size_t place = sortedPlace(m_set.quotes, quote);
    m_set.quotes.insert(m_set.quotes.begin() + static_cast<std::ptrdiff_t>(place), std::move(quote));
}

void Recorder::appendSpeaker(Speaker speaker)
{
    touchSpeaker(speaker.id);
    m_set.speakers.push_back(std::move(speaker));
}

void Recorder::reorderQuote(QuoteId id)
{
    auto it = positionOf(m_set.quotes, id);
    if (it == m_set.quotes.end())
        return;
    touchQuote(id);
    Quote moved = std::move(*it);
    m_set.quotes.erase(it);
    const std::size_t place = sortedPlace(m_set.quotes, moved);
    m_set.quotes.insert(m_set.quotes.begin() + static_cast<std::ptrdiff_t>(place), std::move(moved));
}

void Recorder::eraseQuote(QuoteId id)
{
    auto it = positionOf(m_set.quotes, id);
    if (it == m_set.quotes.end())
        return;
    touchQuote(id);
    m_set.quotes.erase(it);
}

void Recorder::eraseSpeaker(SpeakerId id)
{
    auto it = positionOf(m_set.speakers, id);
    if (it == m_set.speakers.end())
        return;
    touchSpeaker(id);
    m_set.speakers.erase(it);
}

void Recorder::insertQuoteAt(Quote quote, std::size_t index)
{
    touchQuote(quote.id);
    index = std::min(index, m_set.quotes.size());
    m_set.quotes.insert(m_set.quotes.begin() + static_cast<std::ptrdiff_t>(index), std::move(quote));
}

void Recorder::insertSpeakerAt(Speaker speaker, std::size_t index)
{
    touchSpeaker(speaker.id);
    index = std::min(index, m_set.speakers.size());
    m_set.speakers.insert(m_set.speakers.begin() + static_cast<std::ptrdiff_t>(index), std::move(speaker));
}

void Recorder::replaceAll(AnnotationSet annotations)
{
    for (const Quote& q : m_set.quotes)
        touchQuote(q.id);
    for (const Quote& q : annotations.quotes)
        touchQuote(q.id);  // new ones are recorded as absent
    for (const Speaker& s : m_set.speakers)
        touchSpeaker(s.id);
    for (const Speaker& s : annotations.speakers)
        touchSpeaker(s.id);
    mentions();
    rejected();
    m_set = std::move(annotations);
}

Restore Recorder::inverse() const { return m_before; }

namespace {

// Takes out every snapshot's item, then puts back those that existed, lowest place first:
// the untouched items never moved, so each goes back exactly where it was.
template <typename T, typename IdT, typename Erase, typename InsertAt>
void restoreItems(const std::vector<Snapshot<T, IdT>>& snapshots, Erase erase, InsertAt insertAt)
{
    for (const auto& s : snapshots)
        erase(s.id);
    std::vector<const Snapshot<T, IdT>*> present;
    for (const auto& s : snapshots)
        if (s.state)
            present.push_back(&s);
    std::sort(present.begin(), present.end(), [](const auto* a, const auto* b) { return a->index < b->index; });
    for (const auto* s : present)
        insertAt(*s->state, s->index);
}

}  // namespace

void restore(const Restore& r, Recorder& recorder)
{
    restoreItems(
        r.quotes, [&](QuoteId id) { recorder.eraseQuote(id); },
        [&](const Quote& q, std::size_t i) { recorder.insertQuoteAt(q, i); });
    restoreItems(
        r.speakers, [&](SpeakerId id) { recorder.eraseSpeaker(id); },
        [&](const Speaker& s, std::size_t i) { recorder.insertSpeakerAt(s, i); });
    if (r.mentions)
        recorder.mentions() = *r.mentions;
    if (r.rejected)
        recorder.rejected() = *r.rejected;
}

}  // namespace ql
