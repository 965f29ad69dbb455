// apply(): each edit kind changes the set only through a Recorder, which makes the inverse.
#include "edit/chain.h"
#include "edit/recorder.h"
#include "edit/text_moves.h"
#include "edit/validate.h"

#include <algorithm>

namespace ql {

namespace {

struct Context {
    std::string_view text;
    Recorder& rec;
};

Quote& requireQuote(Context& ctx, QuoteId id)
{
    Quote* q = ctx.rec.quote(id);
    if (!q)
        refuseEdit("there is no quote " + (id ? id.toString() : std::string("with no id")));
    return *q;
}

Speaker& requireSpeaker(Context& ctx, SpeakerId id)
{
    Speaker* s = ctx.rec.speaker(id);
    if (!s)
        refuseEdit("there is no speaker " + (id ? id.toString() : std::string("with no id")));
    return *s;
}

// A speaker to refer to: an existing one, or none.
void requireSpeakerOrNone(Context& ctx, SpeakerId id)
{
    if (id && !ctx.rec.set().speaker(id))
        refuseEdit("there is no speaker " + id.toString());
}

void insertMention(std::vector<Mention>& mentions, Mention mention)
{
    auto at = std::upper_bound(mentions.begin(), mentions.end(), mention.span,
                               [](Span span, const Mention& m) { return span < m.span; });
    mentions.insert(at, std::move(mention));
}

// Points the mention at `span` to `speaker`, or adds one there.
void setMention(Context& ctx, Span span, SpeakerId speaker, MentionKind kind)
{
    std::vector<Mention>& mentions = ctx.rec.mentions();
    auto it = std::find_if(mentions.begin(), mentions.end(), [span](const Mention& m) { return m.span == span; });
    if (it != mentions.end()) {
        it->speaker = speaker;
        it->manual = true;
        return;
    }
    Mention m;
    m.span = span;
    m.speaker = speaker;
    m.kind = kind;
    m.manual = true;
    insertMention(mentions, std::move(m));
}

void applyTo(const Edit& edit, Context& ctx);

void run(const ReassignQuote& e, Context& ctx)
{
    requireSpeakerOrNone(ctx, e.speaker);
    Quote& q = requireQuote(ctx, e.quote);
    q.speaker = e.speaker;
    q.manual = true;
}

void run(const CreateSpeaker& e, Context& ctx)
{
    if (!e.id || ctx.rec.set().speaker(e.id))
        refuseEdit("the new speaker needs an unused id, not \"" + e.id.toString() + "\"");
    if (e.name.empty())
        refuseEdit("the new speaker needs a name");
    if (e.mention)
        requireValidSpan(*e.mention, ctx.text, "the new speaker's mention");
    if (e.assign && !ctx.rec.set().quote(e.assign))
        refuseEdit("there is no quote " + e.assign.toString());
    Speaker s;
    s.id = e.id;
    s.name = e.name;
    s.type = e.type;
    s.gender = e.gender;
    s.role = e.role;
    s.manual = true;
    ctx.rec.appendSpeaker(std::move(s));
    if (e.mention)
        setMention(ctx, *e.mention, e.id, MentionKind::Name);
    if (e.assign)
        run(ReassignQuote{e.assign, e.id}, ctx);
}

void run(const EditSpeaker& e, Context& ctx)
{
    if (e.name && e.name->empty())
        refuseEdit("a speaker's name cannot be empty");
    Speaker& s = requireSpeaker(ctx, e.speaker);
    if (e.name)
        s.name = *e.name;
    if (e.role)
        s.role = *e.role;
    if (e.type)
        s.type = *e.type;
    if (e.gender)
        s.gender = *e.gender;
    s.manual = true;
}

void addAlias(Speaker& s, const std::string& alias)
{
    if (alias != s.name && std::find(s.aliases.begin(), s.aliases.end(), alias) == s.aliases.end())
        s.aliases.push_back(alias);
}

void run(const MergeSpeakers& e, Context& ctx)
{
    if (e.from == e.into)
        refuseEdit("a speaker cannot be merged into itself");
    const Speaker from = requireSpeaker(ctx, e.from);
    Speaker& into = requireSpeaker(ctx, e.into);
    addAlias(into, from.name);
    for (const std::string& alias : from.aliases)
        addAlias(into, alias);
    if (into.role.empty())
        into.role = from.role;
    if (into.type == SpeakerType::Unknown)
        into.type = from.type;
    if (into.gender == Gender::Unknown)
        into.gender = from.gender;
    into.manual = true;

    std::vector<QuoteId> ids;
    for (const Quote& q : ctx.rec.set().quotes)
        if (q.speaker == e.from || std::find(q.alternatives.begin(), q.alternatives.end(), e.from) != q.alternatives.end())
            ids.push_back(q.id);
    for (QuoteId id : ids) {
        Quote& q = *ctx.rec.quote(id);
        if (q.speaker == e.from) {
            q.speaker = e.into;
            q.manual = true;
        }
        // Runner-ups: `from` becomes `into`, once, and never the quote's own speaker.
        std::vector<SpeakerId> alternatives;
        for (SpeakerId alt : q.alternatives) {
            const SpeakerId now = alt == e.from ? e.into : alt;
            if (now != q.speaker && std::find(alternatives.begin(), alternatives.end(), now) == alternatives.end())
                alternatives.push_back(now);
        }
        q.alternatives = std::move(alternatives);
    }
    for (Mention& m : ctx.rec.mentions())
        if (m.speaker == e.from) {
            m.speaker = e.into;
            m.manual = true;
        }
    ctx.rec.eraseSpeaker(e.from);
}

void run(const SplitAlias& e, Context& ctx)
{
    if (!e.id || ctx.rec.set().speaker(e.id))
        refuseEdit("the new speaker needs an unused id, not \"" + e.id.toString() + "\"");
    Speaker& from = requireSpeaker(ctx, e.from);
    auto alias = std::find(from.aliases.begin(), from.aliases.end(), e.alias);
    if (alias == from.aliases.end())
        refuseEdit(e.from.toString() + " has no alias \"" + e.alias + "\"");
    from.aliases.erase(alias);
    from.manual = true;
    Speaker split;
    split.id = e.id;
    split.name = e.alias;
    split.type = from.type;
    split.manual = true;

    // What is written as the alias moves, and so does what hangs on it.
    const AnnotationSet& set = ctx.rec.set();
    std::vector<Span> named;
    for (const Mention& m : set.mentions)
        if (m.speaker == e.from && m.span.in(ctx.text) == e.alias)
            named.push_back(m.span);
    std::vector<QuoteId> direct;
    for (const Quote& q : set.quotes)
        if (q.speaker == e.from && q.mention && q.mention->in(ctx.text) == e.alias)
            direct.push_back(q.id);
    const Dependents deps = dependentsOf(set, named, direct);
    std::vector<QuoteId> moving = direct;
    for (QuoteId id : deps.quotes) {
        const Quote* q = set.quote(id);
        if (q->speaker == e.from && !q->verified && !q->manual)
            moving.push_back(id);
    }
    std::vector<Span> renamed = named;
    for (Span span : deps.mentions)
        renamed.push_back(span);

    ctx.rec.appendSpeaker(std::move(split));
    for (Mention& m : ctx.rec.mentions())
        if (m.speaker == e.from && std::find(renamed.begin(), renamed.end(), m.span) != renamed.end()) {
            m.speaker = e.id;
            m.manual = true;
        }
    for (QuoteId id : moving)
        run(ReassignQuote{id, e.id}, ctx);
}

void run(const AddQuote& e, Context& ctx)
{
    if (!e.id || ctx.rec.set().quote(e.id))
        refuseEdit("the new quote needs an unused id, not \"" + e.id.toString() + "\"");
    requireValidSpans(e.spans, ctx.text);
    requireSpeakerOrNone(ctx, e.speaker);
    Quote q;
    q.id = e.id;
    q.kind = e.kind;
    q.spans = e.spans;
    q.speaker = e.speaker;
    q.confidence = 1.0;
    q.rule = "manual";
    q.manual = true;
    ctx.rec.insertQuote(std::move(q));
}

void run(const RejectQuote& e, Context& ctx)
{
    const Span bounds = requireQuote(ctx, e.quote).bounds();
    ctx.rec.rejected().push_back(bounds);
    ctx.rec.eraseQuote(e.quote);
}

void run(const SetQuoteSpans& e, Context& ctx)
{
    requireValidSpans(e.spans, ctx.text);
    Quote& q = requireQuote(ctx, e.quote);
    q.spans = e.spans;
    q.manual = true;
    ctx.rec.reorderQuote(e.quote);
}

// One step of an edge, or the edge itself when it cannot move without emptying its span.
std::uint32_t nudgeOnce(std::string_view text, Span span, Edge edge, NudgeUnit unit, bool forward)
{
    using namespace moves;
    const bool words = unit == NudgeUnit::Word;
    if (edge == Edge::Begin) {
        const std::uint32_t to = forward ? (words ? nextWordStart(text, span.begin) : nextCharacter(text, span.begin))
                                         : (words ? previousWordStart(text, span.begin)
                                                  : previousCharacter(text, span.begin));
        return to < span.end ? to : span.begin;
    }
    const std::uint32_t to = forward ? (words ? nextWordEnd(text, span.end) : nextCharacter(text, span.end))
                                     : (words ? previousWordEnd(text, span.end) : previousCharacter(text, span.end));
    return to > span.begin ? to : span.end;
}

void run(const NudgeQuoteSpan& e, Context& ctx)
{
    Quote& q = requireQuote(ctx, e.quote);
    if (q.spans.empty())
        refuseEdit("quote " + e.quote.toString() + " has no span to adjust");
    Span& span = e.edge == Edge::Begin ? q.spans.front() : q.spans.back();
    std::uint32_t& moving = e.edge == Edge::Begin ? span.begin : span.end;
    const long long count = e.steps < 0 ? -static_cast<long long>(e.steps) : e.steps;
    for (long long i = 0; i < count; ++i) {
        const std::uint32_t to = nudgeOnce(ctx.text, span, e.edge, e.unit, e.steps > 0);
        if (to == moving)
            break;  // at the edge of the text or of the span: further steps change nothing
        moving = to;
    }
    q.manual = true;
    ctx.rec.reorderQuote(e.quote);
}

// Sets or clears a quote's mention or cue, as a human decision.
Quote& setPlace(Context& ctx, QuoteId id, std::optional<Span> Quote::*place, const std::optional<Span>& span,
                std::string_view what)
{
    if (span)
        requireValidSpan(*span, ctx.text, what);
    Quote& q = requireQuote(ctx, id);
    q.*place = span;
    q.manual = true;
    return q;
}

void run(const SetQuoteMention& e, Context& ctx)
{
    const SpeakerId speaker = setPlace(ctx, e.quote, &Quote::mention, e.span, "the mention").speaker;
    if (!e.span)
        return;
    const auto& mentions = ctx.rec.set().mentions;
    if (std::none_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.span == *e.span; }))
        setMention(ctx, *e.span, speaker, e.kind);
}

void run(const SetQuoteCue& e, Context& ctx) { setPlace(ctx, e.quote, &Quote::cue, e.span, "the cue"); }

void run(const SetVerified& e, Context& ctx) { requireQuote(ctx, e.quote).verified = e.verified; }

void run(const SetMentionSpeaker& e, Context& ctx)
{
    requireValidSpan(e.mention, ctx.text, "the mention");
    requireSpeakerOrNone(ctx, e.speaker);
    setMention(ctx, e.mention, e.speaker, e.kind);
}

void run(const ReplaceAnnotations& e, Context& ctx) { ctx.rec.replaceAll(e.annotations); }

void run(const Compound& e, Context& ctx)
{
    for (const Edit& edit : e.edits)
        applyTo(edit, ctx);
}

void run(const Restore& e, Context& ctx) { restore(e, ctx.rec); }

void applyTo(const Edit& edit, Context& ctx)
{
    std::visit([&](const auto& e) { run(e, ctx); }, edit.value);
}

}  // namespace

ApplyResult apply(const Edit& edit, Document& document)
{
    Recorder recorder(document.annotations);
    Context ctx{document.text, recorder};
    try {
        applyTo(edit, ctx);
    } catch (const EditError& e) {
        // All or nothing: put back what the edit had changed before it was refused.
        Recorder rollback(document.annotations);
        restore(recorder.inverse(), rollback);
        return {Edit{Restore{}}, e.what()};
    }
    return {Edit{recorder.inverse()}, {}};
}

}  // namespace ql
