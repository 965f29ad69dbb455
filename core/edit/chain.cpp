#include "edit/chain.h"

#include <algorithm>
#include <set>

namespace ql {

namespace {

// The span that stands for a quote's source in the chain graph.
std::optional<Span> sourceNode(const AnnotationSet& set, const Quote& quote)
{
    if (const Mention* m = mentionOfQuote(set, quote))
        return m->span;
    return quote.mention;
}

const Mention* mentionAt(const AnnotationSet& set, Span span)
{
    for (const Mention& m : set.mentions)
        if (m.span == span)
            return &m;
    return nullptr;
}

// A link whose speaker was inferred (and so may be wrong), not read off a name.
bool isResolvedLink(const Mention& m) { return m.antecedent.has_value() || m.kind != MentionKind::Name; }

std::string quotesLabel(std::size_t others)
{
    return others == 0 ? std::string("Reassign quote") : "Reassign " + std::to_string(others + 1) + " quotes";
}

// Splits the dependent quotes into those that move (same old speaker, no human decision)
// and those that stay, and adds a reassignment for each that moves.
void moveDependents(const AnnotationSet& set, const Dependents& deps, SpeakerId from, SpeakerId to,
                    Propagation& result, Compound& compound)
{
    for (Span span : deps.mentions) {
        const Mention* m = mentionAt(set, span);
        if (m && !m->manual && m->speaker == from) {
            compound.edits.push_back({SetMentionSpeaker{span, to, m->kind}});
            result.mentions.push_back(span);
        }
    }
    for (QuoteId id : deps.quotes) {
        const Quote* q = set.quote(id);
        if (!q)
            continue;
        if (q->verified || q->manual || q->speaker != from) {
            result.kept.push_back(id);
            continue;
        }
        compound.edits.push_back({ReassignQuote{id, to}});
        result.quotes.push_back(id);
    }
}

}  // namespace

const Mention* mentionOfQuote(const AnnotationSet& set, const Quote& quote)
{
    if (!quote.mention)
        return nullptr;
    if (const Mention* exact = mentionAt(set, *quote.mention))
        return exact;
    for (const Mention& m : set.mentions)
        if (quote.mention->contains(m.span))
            return &m;
    return nullptr;
}

std::vector<Span> attributionChain(const AnnotationSet& set, QuoteId id)
{
    std::vector<Span> chain;
    std::set<QuoteId> seenQuotes;
    const Quote* q = set.quote(id);
    // With no source of its own, a quote's chain is the chain of the quote it follows.
    while (q && !q->mention && q->follows && seenQuotes.insert(q->id).second)
        q = set.quote(q->follows);
    if (!q)
        return chain;
    std::optional<Span> link = sourceNode(set, *q);
    std::set<Span> seen;
    while (link && seen.insert(*link).second) {
        chain.push_back(*link);
        const Mention* m = mentionAt(set, *link);
        link = m ? m->antecedent : std::nullopt;
    }
    return chain;
}

Dependents dependentsOf(const AnnotationSet& set, const std::vector<Span>& mentions, const std::vector<QuoteId>& quotes)
{
    std::set<Span> spans(mentions.begin(), mentions.end());
    std::set<QuoteId> ids(quotes.begin(), quotes.end());
    // Links point backwards in the text, so in reading order this settles in one or two rounds.
    for (bool changed = true; changed;) {
        changed = false;
        for (const Mention& m : set.mentions)
            if (m.antecedent && spans.contains(*m.antecedent) && spans.insert(m.span).second)
                changed = true;
        for (const Quote& q : set.quotes) {
            if (ids.contains(q.id))
                continue;
            const std::optional<Span> node = sourceNode(set, q);
            if ((node && spans.contains(*node)) || (q.follows && ids.contains(q.follows))) {
                ids.insert(q.id);
                changed = true;
            }
        }
    }
    Dependents deps;
    const std::set<Span> startSpans(mentions.begin(), mentions.end());
    const std::set<QuoteId> startIds(quotes.begin(), quotes.end());
    for (const Mention& m : set.mentions)
        if (spans.contains(m.span) && !startSpans.contains(m.span) &&
            (deps.mentions.empty() || deps.mentions.back() != m.span))
            deps.mentions.push_back(m.span);
    for (const Quote& q : set.quotes)
        if (ids.contains(q.id) && !startIds.contains(q.id))
            deps.quotes.push_back(q.id);
    return deps;
}

Propagation propagateReassign(const AnnotationSet& set, QuoteId id, SpeakerId to)
{
    Propagation result;
    Compound compound;
    const Quote* quote = set.quote(id);
    if (!quote) {
        result.edit = {std::move(compound)};
        return result;
    }
    const SpeakerId from = quote->speaker;
    compound.edits.push_back({ReassignQuote{id, to}});
    std::vector<Span> start;
    const Mention* own = mentionOfQuote(set, *quote);
    if (own && isResolvedLink(*own)) {
        // The wrong step is this mention's resolution: correct it, and what hangs on it.
        start.push_back(own->span);
        if (own->speaker != to) {
            compound.edits.push_back({SetMentionSpeaker{own->span, to, own->kind}});
            result.mentions.push_back(own->span);
        }
    }
    moveDependents(set, dependentsOf(set, start, {id}), from, to, result, compound);
    compound.label = quotesLabel(result.quotes.size());
    result.edit = {std::move(compound)};
    return result;
}

Propagation correctMention(const AnnotationSet& set, Span span, SpeakerId to, MentionKind kindIfNew)
{
    Propagation result;
    Compound compound;
    const Mention* mention = mentionAt(set, span);
    SpeakerId from;
    if (mention) {
        from = mention->speaker;
    } else {
        // Not a mention yet (an unresolved pronoun): what it stands for is its quotes' speaker.
        for (const Quote& q : set.quotes)
            if (q.mention == span) {
                from = q.speaker;
                break;
            }
    }
    compound.edits.push_back({SetMentionSpeaker{span, to, mention ? mention->kind : kindIfNew}});
    result.mentions.push_back(span);
    Dependents deps = dependentsOf(set, {span}, {});
    moveDependents(set, deps, from, to, result, compound);
    compound.label = result.quotes.empty() ? std::string("Correct mention")
                                           : "Correct mention and " + std::to_string(result.quotes.size()) +
                                                 (result.quotes.size() == 1 ? " quote" : " quotes");
    result.edit = {std::move(compound)};
    return result;
}

}  // namespace ql
