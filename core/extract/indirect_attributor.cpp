// Reported speech: "X said (that) CLAUSE", "CLAUSE, X said.", "According to X, CLAUSE",
// and cues with a noun-phrase content ("Lavrov reiterated a demand for guarantees …").
#include "extract/attribution.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <span>

namespace ql {

using namespace std::string_view_literals;  // (a list of "…"sv needs no strlen at run time)

namespace {

using namespace lexicon;

std::uint32_t headlineSpeakerEnd(const Analysis& a, std::uint32_t first, std::uint32_t colon);  // (below)

bool isObjectPronoun(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "him", "her", "them", "us", "me", "you", "it");
}

// "her", "his", "its" before a noun: an owner, not a subject or an object
bool isPossessiveDeterminer(const Analysis& a, std::uint32_t i)
{
    // (the lexicon has each of them as a determiner: its class rules out nearly every word at once)
    if (!a.is(i, wc::Determiner))
        return false;
    return a.keyIsOneOf(i, "her", "his", "its", "their", "our", "my", "your");
}

// A learned cue score above which the hand-written length limits on contents give way.
constexpr float kConfidentCue = 0.6f;
// A cue no rule read is still read where the model gives it at least this.
constexpr float kSureCue = 0.5f;

// (inlined: asked of a token in every clause scan, its call cost as much as its tests)
[[gnu::always_inline]] inline bool isTerminalPunct(const Analysis& a, std::uint32_t i)
{
    return a.isPunct(i, '.') || a.isPunct(i, '!') || a.isPunct(i, '?') || a.isPunct(i, ';') || a.isPunct(i, ':') ||
           a.token(i).has(tokflag::Ellipsis);
}

// "OKAFOR" → "Okafor" (ASCII letters; others as written)
std::string titleCase(std::string_view upper)
{
    std::string out(upper);
    for (std::size_t i = 1; i < out.size(); ++i)
        if (out[i] >= 'A' && out[i] <= 'Z' && out[i - 1] != ' ' && out[i - 1] != '-')
            out[i] = static_cast<char>(out[i] - 'A' + 'a');
    return out;
}

class IndirectAttributor {
public:
    IndirectAttributor(const AttributionContext& ctx, std::vector<bool>& cueUsed, std::vector<std::int32_t>& owner,
                       const std::vector<Attribution>& direct)
        : m_ctx(ctx), m_a(ctx.analysis), m_cues(ctx.cues), m_cueUsed(cueUsed), m_owner(owner), m_cueAt(ctx.cueAt)
    {
        m_covered.assign(m_a.tokenCount(), 0);
        m_directCue.assign(m_cues.size(), false);
        for (const Attribution& attr : direct) {
            if (attr.cue >= 0)
                m_directCue[static_cast<std::size_t>(attr.cue)] = true;
            for (std::int32_t q : attr.quotations)
                for (const QuotePiece& piece : m_a.quotes().quotations[static_cast<std::size_t>(q)].pieces) {
                    // (the piece's tokens, marks included, filled at once)
                    const std::size_t stop = std::min<std::size_t>(std::size_t{piece.closeToken} + 1, m_covered.size());
                    if (piece.openToken < stop)
                        std::fill(m_covered.begin() + piece.openToken, m_covered.begin() + static_cast<std::ptrdiff_t>(stop), 1);
                }
        }
    }

    std::vector<Attribution> run();

private:
    bool usable(std::int32_t c) const
    {
        const Cue& cue = m_cues[static_cast<std::size_t>(c)];
        return !m_cueUsed[static_cast<std::size_t>(c)] && !cue.insideQuote && !m_covered[cue.token];
    }
    std::uint32_t skipRecipient(const Cue& cue, std::uint32_t k, std::uint32_t end) const;
    bool isDayPart(std::uint32_t k) const;
    bool dashPairFrom(std::uint32_t dash, std::uint32_t end) const;
    std::uint32_t clauseSubjectStart(std::uint32_t verb, const Sentence& s) const;
    void hearsayAdverbs();
    std::uint32_t skipAdverbials(std::uint32_t k, std::uint32_t end) const;
    // `parenthetical`: the rest of a sentence whose attribution stands inside it ("The plan, he said,
    // would fail, but …"), which is the speaker's to its end but for the writer's own asides
    std::uint32_t contentEnd(std::uint32_t start, std::uint32_t end, bool nounPhrase = false, bool parenthetical = false) const;
    bool startsVerbPhrase(std::uint32_t i, std::uint32_t end) const;
    bool pastVerbAt(std::uint32_t i) const;
    bool speechCueRightBefore(std::uint32_t token) const;
    bool invertedAtSentenceEnd(const Cue& cue, const Sentence& s) const;
    std::uint32_t throughOpenQuotation(std::uint32_t from, std::uint32_t to) const;
    bool objectOfVerbBefore(const SourcePhrase& source) const;
    std::uint32_t afterQuotationAttribution(std::uint32_t start, std::uint32_t before) const;
    bool nounPhraseTo(std::uint32_t from, std::uint32_t to) const;
    bool questionAside(const Cue& cue, const Sentence& s) const;
    bool verbAfterAside(std::uint32_t who, std::uint32_t end) const;
    bool infinitiveBetween(std::uint32_t from, std::uint32_t to) const;
    bool infinitiveJustBefore(std::uint32_t from, std::uint32_t to) const;
    bool glossWithItsOwnReport(std::uint32_t i, std::uint32_t end) const;
    bool backshiftedActAfter(std::uint32_t i, std::uint32_t end, bool nounPhrase) const;
    bool speakerMeanwhileAt(std::uint32_t start, std::uint32_t as, std::uint32_t end) const;
    bool speechReportAt(std::uint32_t i, std::uint32_t end) const;
    bool clauseMaterialBetween(std::uint32_t from, std::uint32_t to) const;
    bool addresseeOnly(const Cue& cue, std::uint32_t k, std::uint32_t e) const;
    bool newClauseAt(std::uint32_t i, std::uint32_t end) const;
    bool nameBeforeAuxiliary(std::uint32_t k, std::uint32_t end) const;
    bool subjectBeforeFiniteVerb(std::uint32_t k, std::uint32_t end, bool pastVerbToo) const;
    bool reportAt(std::uint32_t i, std::uint32_t end) const;
    bool withReportAt(std::uint32_t i, std::uint32_t end) const;
    bool thingFound(const Cue& cue, const SourcePhrase& source, std::uint32_t from, std::uint32_t to) const;
    bool circumstanceAt(std::uint32_t k, std::uint32_t e) const;
    bool inAdverbialClause(std::uint32_t first, const Sentence& s) const;
    bool paragraphAfterColon(std::int32_t c, SourcePhrase& source, std::uint32_t k);
    std::uint32_t verbGroupStart(std::uint32_t verb, std::uint32_t limit) const;
    SourcePhrase subjectAfterComma(std::uint32_t from, std::uint32_t end, std::uint32_t reach) const;
    bool cutsHere(std::uint32_t comma, std::uint32_t end) const;
    bool writersAside(std::uint32_t i) const;
    bool elapsedTimeAt(std::uint32_t i) const;
    bool endsObject(std::uint32_t e, std::uint32_t end) const;
    bool objectGoesOnAfterRelative(std::uint32_t which, std::uint32_t end) const;
    std::uint32_t skipAsideBeforeThat(std::uint32_t k, std::uint32_t end) const;
    std::uint32_t commaBefore(std::uint32_t i, std::uint32_t sentenceStart) const;
    SourcePhrase describedSourceBefore(std::uint32_t comma, std::uint32_t sentenceStart) const;
    std::uint32_t commaWithin(std::uint32_t from, std::uint32_t to) const;
    bool relativeReport(std::int32_t c, SourcePhrase& source, std::uint32_t k, const Sentence& s);
    bool insideAside(const Cue& cue, const Sentence& s) const;
    bool attributionStartsAt(std::uint32_t i, std::uint32_t end) const;
    bool sharesSubject(std::uint32_t token) const;
    bool verbBetween(std::uint32_t from, std::uint32_t to) const;
    bool passiveBetween(std::uint32_t from, std::uint32_t to) const;
    bool refusalToSay(std::uint32_t aux, std::uint32_t end) const;
    bool modalBetween(std::uint32_t from, std::uint32_t to) const;
    bool auxiliaryBetween(std::uint32_t from, std::uint32_t to) const;
    bool clauseOpenedAt(std::uint32_t start) const;
    SourcePhrase sharedSource(std::uint32_t conjunction, std::uint32_t sentenceStart) const;
    SourcePhrase wholePhrase(std::uint32_t first, std::uint32_t end) const;
    SourcePhrase subjectRegion(const Cue& cue, const Sentence& s) const;
    std::uint32_t tailEnd(const Cue& cue, std::uint32_t k, std::uint32_t end) const;
    std::uint32_t countWords(std::uint32_t from, std::uint32_t to) const;
    Span spanOf(std::uint32_t from, std::uint32_t to) const;
    // The phrase before cue c in its sentence (sourceBefore), read once: rule after rule asks for it.
    const SourcePhrase& sourceBeforeCue(std::size_t c) const { return m_ctx.cueSources.before(c); }
    // "disputed that account.": "that" before a short noun phrase that ends the clause is its determiner
    bool demonstrativeThat(std::uint32_t that, std::uint32_t end) const;

    std::uint32_t subjectStart(const Sentence& s, std::uint32_t verb) const;
    bool passiveAgent(std::int32_t c);
    bool passiveWithoutAgent(std::int32_t c);
    bool impression(std::int32_t c) const;
    bool whReport(std::int32_t c, SourcePhrase& source, std::uint32_t k, const Sentence& s);
    bool subjectCueContent(std::int32_t c);
    bool contentSubjectCue(std::int32_t c, bool sentenceFinal = false);
    bool asReport(std::int32_t c);
    void attributeClauseFinalFirst();
    bool opensWithOwnReport(std::size_t inner, const Sentence& s) const;
    bool listGoesOn(std::uint32_t from, std::uint32_t end) const;
    bool listClosesAhead(std::uint32_t from, std::uint32_t end) const;
    bool infinitiveAfterApposition(std::uint32_t from, std::uint32_t end) const;
    bool serialListBefore(std::uint32_t comma, std::uint32_t start) const;
    std::uint32_t afterActNoun(std::uint32_t from, std::uint32_t end) const;
    SourcePhrase documentSubject(std::uint32_t gerund, const Sentence& s) const;
    SourcePhrase objectVerbSubject(const SourcePhrase& before, std::uint32_t gerund, const Sentence& s) const;
    bool accordingTo(std::int32_t c);
    bool pollStanding(std::int32_t c);
    bool heardNotSaid(std::uint32_t k, std::uint32_t e) const;
    bool requestAfter(std::uint32_t verb, std::uint32_t end) const;
    bool relativeOnObject(std::uint32_t start, std::uint32_t comma) const;
    bool colonLine(std::int32_t c);
    bool askedClause(std::int32_t c);
    bool restOfClause(std::int32_t c);
    bool asksAnonymity(const Cue& cue) const;
    void interviewAnswer(std::int32_t c);
    void ownersReport(std::int32_t c);
    using Range = std::pair<std::uint32_t, std::uint32_t>;  // tokens [first, second)
    // (the source by reference, moved once, into the attribution: by value, it was moved again at
    // each of the two calls)
    void emit(std::int32_t c, SourcePhrase&& source, std::span<const Range> ranges, std::string_view rule);
    bool hearingAudience(const Cue& cue, const SourcePhrase& source) const;
    std::uint32_t commaBeforeListeners(const Cue& cue, std::uint32_t sentenceStart) const;
    bool heardOrToldAlone(const Cue& cue) const;
    // (most calls give one or two ranges in braces: a vector of them was an allocation a call)
    void emit(std::int32_t c, SourcePhrase&& source, std::initializer_list<Range> ranges, std::string_view rule)
    {
        emit(c, std::move(source), std::span<const Range>(ranges.begin(), ranges.size()), rule);
    }

    const AttributionContext& m_ctx;
    const Analysis& m_a;
    const std::vector<Cue>& m_cues;
    std::vector<bool>& m_cueUsed;
    std::vector<std::int32_t>& m_owner;
    const std::vector<std::int32_t>& m_cueAt;
    std::vector<std::uint8_t> m_covered;  // per token: in an attribution already (bytes, not bits: read in every loop)
    std::vector<bool> m_directCue;  // the cues of the quotations' attributions
    std::vector<Attribution> m_out;
};

bool IndirectAttributor::demonstrativeThat(std::uint32_t that, std::uint32_t end) const
{
    if (that + 2 < end && m_a.keyIs(that + 1, "into") && m_a.keyIs(that + 2, "question"))
        return true;  // "calls that into question"
    std::uint32_t k = that + 1;
    while (k < end && k - that <= 3 && m_a.isLowerWord(k) && !m_a.is(k, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun |
                                                                        wc::Preposition | wc::Determiner | wc::Conjunction |
                                                                        wc::Subordinator | wc::Adverb))
        ++k;
    return k > that + 1 && (k >= end || isTerminalPunct(m_a, k) || m_a.isPunct(k, ','));
}


std::uint32_t IndirectAttributor::countWords(std::uint32_t from, std::uint32_t to) const
{
    std::uint32_t n = 0;
    for (std::uint32_t i = from; i < to; ++i)
        n += m_a.isWordLike(i) && !m_a.token(i).has(tokflag::Possessive);
    return n;
}

Span IndirectAttributor::spanOf(std::uint32_t from, std::uint32_t to) const
{
    return {m_a.token(from).span.begin, m_a.token(to - 1).span.end};
}

// "told reporters", "told Reuters", "told a news conference", "warned the council (that)".
std::uint32_t IndirectAttributor::skipRecipient(const Cue& cue, std::uint32_t k, std::uint32_t end) const
{
    if (k + 2 < end && m_a.keyIs(k, "to") && (cue.flags & cueflag::Speech) && !m_a.keyIs(k + 1, "be")) {
        // "confided to her that …", "boasted to reporters that …": whom, then what
        for (std::uint32_t j = k + 1; j < end && j - k < 8; ++j) {
            if (m_a.keyIs(j, "that") && j > k + 1)
                return j;
            if (!m_a.isWordLike(j) || m_a.is(j, wc::Verb | wc::Auxiliary | wc::Cue | wc::Subordinator))
                break;
        }
    }
    if (k >= end || !(cue.flags & cueflag::TakesRecipient))
        return k;
    if (isObjectPronoun(m_a, k) && !m_a.keyIs(k, "it"))
        return k + 1;
    if (m_a.is(k, wc::Subordinator))
        return k;  // "asked whether a panel that could not …": no one asked, the question at once
    // "told one of his young protégés on a regular basis that …": a long recipient up to "that"
    // ("is telling a packed crowd in snowy Windham, New Hampshire, on the final day that …": commas too)
    for (std::uint32_t j = k + 1; j < end && j - k < 24; ++j) {
        if (m_a.keyIs(j, "that"))
            return j;
        // ("told the 11,000 people living on its slopes to be ready to leave": a long recipient, then
        // the request's infinitive, which is what was said)
        if (m_a.keyIs(j, "to") && j + 1 < end && m_a.isLowerWord(j + 1) && (m_a.is(j + 1, wc::Verb | wc::Auxiliary)) &&
            !m_a.is(j + 1, wc::Determiner | wc::Pronoun) && j - k >= 4 && m_a.is(k, wc::Determiner) && !m_a.insideQuote(j) &&
            m_a.word(cue.token) && m_a.word(cue.token)->lemma == "tell")
            return j;
        // (nor past a request's infinitive: "asked the government to block any takeover that led to …")
        const bool participle = j > k + 1 && m_a.isLowerWord(j) && m_a.key(j).size() > 4 && m_a.key(j).ends_with("ing") &&
                                m_cueAt[j] < 0 && !m_a.is(j, wc::Auxiliary);
        if ((!m_a.isWordLike(j) && !(m_a.isPunct(j, ',') && j > k + 1) && m_a.token(j).kind != TokenKind::Number) ||
            (m_a.is(j, wc::Verb | wc::Auxiliary | wc::Cue | wc::Subordinator) && !participle) || m_a.insideQuote(j) ||
            (m_a.keyIs(j, "to") && j + 1 < end && m_a.isLowerWord(j + 1) && !m_a.is(j + 1, wc::Determiner | wc::Pronoun)))
            break;
    }
    std::uint32_t i = k;
    if (m_a.is(i, wc::Determiner))
        ++i;
    const std::uint32_t nounStart = i;
    // "told ABC’s “Good Morning America”": a possessive and a quoted programme title belong to it
    const auto titleMark = [&](std::uint32_t t) {
        return m_a.token(t).kind == TokenKind::QuoteMark && t + 1 < end &&
               (m_a.isCapitalized(t + 1) || (t > k && m_a.isCapitalized(t - 1)));
    };
    while (i < end && (m_a.isCapitalized(i) || (m_a.isLowerWord(i) && !m_a.is(i, wc::Preposition | wc::Subordinator |
                                                                                   wc::Conjunction | wc::Verb | wc::Pronoun |
                                                                                   wc::Auxiliary | wc::Determiner | wc::Negation)) ||
                       (i > k && m_a.token(i).has(tokflag::Possessive)) || titleMark(i)) &&
           !m_a.is(i, wc::Pronoun) && i - k < 8)
        ++i;
    if (i == nounStart)
        return k;
    // ("told parliament Luvania had no intention …": a name right before the verb opens the clause)
    if (i < end && i > nounStart + 1 && m_a.is(i, wc::Auxiliary) && m_a.isLowerWord(i) && m_a.isCapitalized(i - 1) &&
        m_a.isLowerWord(i - 2) && !m_a.token(i - 1).has(tokflag::Possessive))
        --i;
    const bool tell = m_a.word(cue.token) && m_a.word(cue.token)->lemma == "tell";
    if (tell || (i < end && (m_a.keyIs(i, "that") || m_a.isPunct(i, ':'))))
        return i;
    return k;
}

// "shouted to the crowd", "spoke to reporters after the meeting": whom a speaker addressed, with
// no verb after it, is no content (but "responded to the criticism", "objected to the plan" are).
bool IndirectAttributor::addresseeOnly(const Cue& cue, std::uint32_t k, std::uint32_t e) const
{
    if (k + 1 >= e || !m_a.keyIs(k, "to") || !(cue.flags & cueflag::Speech) ||
        !(isObjectPronoun(m_a, k + 1) || m_a.is(k + 1, wc::Determiner) || m_a.keyIs(k + 1, "reporters") ||
          m_a.isCapitalized(k + 1)))  // ("posted to Twitter asking …")
        return false;
    for (std::uint32_t t = k + 1; t < e; ++t)  // (a participle after it opens an act of its own)
        if (verbBetween(t, t + 1) && !(m_cueAt[t] >= 0 && m_cues[static_cast<std::size_t>(m_cueAt[t])].form == CueForm::Gerund))
            return false;
    const WordInfo* info = m_a.word(cue.token);
    const std::string_view lemma = info ? info->lemma : std::string_view{};
    for (std::string_view w : {"respond"sv, "reply"sv, "object"sv, "agree"sv, "point"sv, "refer"sv, "appeal"sv, "testify"sv,
                               "admit"sv, "confess"sv, "attest"sv, "add"sv, "reference"sv, "concede"sv, "vouch"sv})
        if (lemma == w)
            return false;
    return true;
}

// Prepositional phrases and time words between the cue and its content:
// "on Thursday", "in a statement", "during a meeting with his NATO counterparts".
bool IndirectAttributor::isDayPart(std::uint32_t k) const
{
    return m_a.keyIs(k, "morning") || m_a.keyIs(k, "afternoon") || m_a.keyIs(k, "evening") || m_a.keyIs(k, "night");
}

std::uint32_t IndirectAttributor::skipAdverbials(std::uint32_t k, std::uint32_t end) const
{
    const std::uint32_t start = k;
    while (k < end && k - start < 16) {
        if (m_a.keyIs(k, "no") || m_a.approximatesNumber(k))
            break;  // "said no decision had been made": the report's first word
        // ("said only a handful of routes were running", "said nearly 40 percent had left": the
        // report's subject, counted)
        // (but "said only that engineers …" is "that" reporting; "did just that" keeps it)
        if (m_a.keyIsOneOf(k, "only", "just", "nearly", "almost", "roughly") && k + 1 < end &&
            (m_a.keyIs(k + 1, "that") ? k + 2 >= end || !m_a.isWordLike(k + 2) || m_a.is(k + 2, wc::Preposition) ||
                                            demonstrativeThat(k + 1, end)
                                      : m_a.is(k + 1, wc::Determiner | wc::QuantityMany) || m_a.token(k + 1).kind == TokenKind::Number))
            break;
        if (m_a.keyIs(k, "according") && k + 1 < end && m_a.keyIs(k + 1, "to")) {
            // "he said according to a transcript reviewed by Business Insider": where it is written down
            k += 2;
            while (k < end && !m_a.isPunct(k, ',') && !isTerminalPunct(m_a, k))
                ++k;
            continue;
        }
        const bool lyAdverb = m_a.isAdverbLike(k);
        if (m_a.is(k, wc::Adverb) || lyAdverb || (m_a.is(k, wc::TimeWord) && m_a.isCapitalized(k)) || m_a.keyIs(k, "yesterday") ||
            m_a.keyIs(k, "today") || m_a.keyIs(k, "tonight")) {
            ++k;
            if (k < end && m_a.is(k - 1, wc::TimeWord) && isDayPart(k))
                ++k;  // "said Thursday night"
            continue;
        }
        if ((m_a.keyIs(k, "late") || m_a.keyIs(k, "early")) && k + 1 < end &&
            ((m_a.is(k + 1, wc::TimeWord) && m_a.isCapitalized(k + 1)) || isDayPart(k + 1) ||
             (k + 2 < end && m_a.keyIsOneOf(k + 1, "on", "in") && m_a.is(k + 2, wc::TimeWord)))) {
            ++k;  // "said late Thursday", "said early morning", "said late on Friday": the day follows
            continue;
        }
        if (m_a.keyIs(k, "last") || m_a.keyIs(k, "this") || m_a.keyIs(k, "next")) {
            if (k + 1 < end && (m_a.is(k + 1, wc::TimeWord) || m_a.keyIs(k + 1, "week") || m_a.keyIs(k + 1, "month") ||
                                m_a.keyIs(k + 1, "year") || m_a.keyIs(k + 1, "night") || m_a.keyIs(k + 1, "weekend") ||
                                isDayPart(k + 1))) {  // ("announced this morning")
                k += 2;
                continue;
            }
            break;
        }
        if (!m_a.is(k, wc::Preposition) || m_a.keyIs(k, "of") || m_a.keyIs(k, "about") || m_a.keyIs(k, "that"))
            break;
        // A prepositional phrase: its noun phrase ends at the next preposition (the chain goes
        // on), at "that" or a comma, or where a new noun phrase starts after a noun.
        std::uint32_t i = k + 1;
        bool sawNoun = false;
        while (i < end) {
            // (a name's own "of" goes on: "in the Journal of Clinical Neurology")
            const bool nameOf = m_a.keyIs(i, "of") && i + 1 < end && m_a.isCapitalized(i - 1) && m_a.isCapitalized(i + 1);
            if ((m_a.is(i, wc::Preposition) && !nameOf) || m_a.keyIs(i, "that") || m_a.isPunct(i, ',') || isTerminalPunct(m_a, i) ||
                m_a.keyIs(i, "as") || m_a.keyIs(i, "while") || m_a.keyIs(i, "when"))  // (a clause of when: "on Monday as …")
                break;
            if (sawNoun && (m_a.is(i, wc::Determiner | wc::Pronoun) || m_a.is(i, wc::Verb | wc::Auxiliary) ||
                            (m_a.keyIs(i, "there") && i + 1 < end && m_a.is(i + 1, wc::Auxiliary) && m_a.is(i - 1, wc::TimeWord))))
                break;  // ("said on Wednesday there was no sign of rain": the report's "there")
            if (m_a.token(i).kind == TokenKind::QuoteMark && i + 1 < end && m_a.isCapitalized(i + 1) &&
                m_a.quotationAt(i + 1) >= 0 && (m_a.token(i - 1).has(tokflag::Possessive) || m_a.isCapitalized(i - 1))) {
                // "said on ABC's “This Week With George Stephanopoulos” that …": a show's title is the noun
                const Quotation& title = m_a.quotes().quotations[static_cast<std::size_t>(m_a.quotationAt(i + 1))];
                if (title.words > 8 || title.pieces.size() != 1 || !title.pieces.front().closed)
                    break;
                i = title.pieces.front().closeToken + 1;
                sawNoun = true;
                continue;
            }
            if (!m_a.isWordLike(i))
                break;
            sawNoun = sawNoun || !m_a.is(i, wc::Determiner);
            ++i;
        }
        if (!sawNoun)
            break;
        k = i;
    }
    if (k < end && m_a.isPunct(k, ','))
        if (k + 1 < end && m_a.keyIs(k + 1, "that"))
            return k + 1;
    if (k > start && k < end && (m_a.isPunct(k, ',') || m_a.keyIs(k, "of"))) {
        // "said Thursday during a taping of a town hall meeting in Buffalo, New York, that …": the
        // phrase goes on to a "that" with no verb before it
        for (std::uint32_t t = k + 1; t < end && t - k < 16; ++t) {
            if (m_a.keyIs(t, "that"))
                return m_a.isPunct(t - 1, ',') && t > k + 1 ? t : k;
            if (!m_a.isWordLike(t) && !m_a.isPunct(t, ','))
                break;
            if (m_a.is(t, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun | wc::Subordinator))
                break;
        }
    }
    return k;
}

// Does a new attribution start at token i: "the alliance insisted", "X said", "said X"?
bool IndirectAttributor::attributionStartsAt(std::uint32_t i, std::uint32_t end) const
{
    if (i >= end)
        return false;
    // ("said the state would ask for aid, and that crews expected to …": a second that-clause of
    // the same cue, whatever verb of its own it holds)
    if (m_a.keyIs(i, "that") && i > 0 && (m_a.keyIs(i - 1, "and") || m_a.keyIs(i - 1, "but")))
        return false;
    for (std::uint32_t j = i; j < end && j < i + 12; ++j) {
        const std::int32_t c = m_cueAt[j];
        if (j == i && c >= 0 && m_cues[static_cast<std::size_t>(c)].form == CueForm::Gerund &&
            !m_cues[static_cast<std::size_t>(c)].insideQuote)
            return true;  // ", saying, “…”": used by a direct quote or not, a new attribution
        // (used or not: "When he described the wall in December, he said …" ends before "he said")
        if (c < 0 || m_cues[static_cast<std::size_t>(c)].insideQuote || m_covered[m_cues[static_cast<std::size_t>(c)].token] ||
            impression(c))
            continue;  // (an impression, "the council seems to be united", is the writer's, no new attribution)
        if (m_cues[static_cast<std::size_t>(c)].form == CueForm::Gerund) {
            if (j == i)
                return true;  // ", saying …", ", adding that …"
            // ("… with Beatrix Onwe accusing her opponent of … and Nadim Farrow calling …": a name and
            // its participle, the next of a list of attributions)
            const SourcePhrase named = sourceBefore(m_a, j, i);
            return named.valid() && named.kind == SourceKind::Name && named.firstToken == i && named.endToken == j;
        }
        const SourcePhrase s = sourceBefore(m_a, j, i);
        // (", and nearly a third of suburban women who watched it told …": an approximation before the count)
        if (s.valid() && (s.firstToken == i || (s.firstToken == i + 1 && (m_a.keyIs(i, "the") || m_a.keyIs(i, "while") ||
                                                                          m_a.keyIs(i, "whereas") ||
                                                                          m_a.keyIsOneOf(i, "nearly", "almost", "roughly", "about")))))
            return true;  // "…, while the Evening Chronicle’s critic described …", "…, while another says …"
        const bool personal = s.kind == SourceKind::Pronoun || s.type == SpeakerType::Person;
        if (s.valid() && personal && s.firstToken > i && s.firstToken - i <= 6 && m_a.is(i, wc::Preposition | wc::Adverb)) {
            bool adjunct = true;  // ", at the town hall this week she said …"
            for (std::uint32_t k = i; k < s.firstToken; ++k)
                adjunct = adjunct && !m_a.is(k, wc::Verb | wc::Auxiliary | wc::Cue) && !m_a.isPunct(k, ',');
            if (adjunct)
                return true;
        }
        return j == i && sourceAfter(m_a, m_cues[static_cast<std::size_t>(c)].endToken, end).valid();
    }
    return false;
}

// Does a new attribution start after this comma: ", as the alliance insisted", ", X said"?
bool IndirectAttributor::cutsHere(std::uint32_t comma, std::uint32_t end) const
{
    std::uint32_t i = comma + 1;
    if (i + 1 < end && m_a.keyIs(i, "according") && m_a.keyIs(i + 1, "to"))
        return true;
    if (i + 2 < end && m_a.keyIs(i, "with")) {
        // "…, with 50 percent saying she is prepared": an absolute phrase holds a report of its own
        for (std::uint32_t j = i + 2; j < end && j < i + 8 && m_a.token(j).kind != TokenKind::Punct; ++j)
            if (m_cueAt[j] >= 0 && m_cues[static_cast<std::size_t>(m_cueAt[j])].form == CueForm::Gerund &&
                (m_cues[static_cast<std::size_t>(m_cueAt[j])].flags & cueflag::Speech))
                return true;
    }
    if (i + 1 < end && m_a.keyIs(i, "then") && m_cueAt[i + 1] >= 0 && sharesSubject(i + 1))
        return true;  // "offered the man a job, then says he'll welcome advice": the next act
    // ("would not record new work …, until the companies agreed to seek consent": a condition of
    // the report holds another's act, not a report; only a verb of plain speech starts one there)
    const bool condition = i + 1 < end && m_a.keyIsOneOf(i, "until", "unless", "if", "once", "before");
    if (i < end && m_a.is(i, wc::Subordinator | wc::Conjunction))
        ++i;
    if (condition)
        for (std::uint32_t j = i; j < end && j < i + 12; ++j)
            if (m_cueAt[j] >= 0)
                return (m_cues[static_cast<std::size_t>(m_cueAt[j])].flags & cueflag::Strong) && attributionStartsAt(i, end);
    return attributionStartsAt(i, end);
}

// A past-tense verb phrase after "and"/"but" ("but declined to", "and fired his chief"):
// a lower-case word in -ed followed by an article, a pronoun, "to" or a preposition.
// A reported clause opened by a subordinator or a pronoun subject, which needs its verb.
bool IndirectAttributor::clauseOpenedAt(std::uint32_t start) const
{
    return m_a.is(start, wc::Subordinator | wc::Pronoun | wc::Determiner);
}

// An auxiliary ("was", "had", "could") among tokens [from, to): a finite clause.
bool IndirectAttributor::auxiliaryBetween(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = from; t < to; ++t)
        if (m_a.is(t, wc::Auxiliary))
            return true;
    return false;
}

// A modal ("would", "will", "could") among tokens [from, to).
bool IndirectAttributor::modalBetween(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = from; t < to; ++t)
        if (m_a.keyIsOneOf(t, "would", "will", "could", "should", "might", "may", "can", "must"))
            return true;
    return false;
}

// "would not say", "declined to comment": an auxiliary or a refusal, a negation, then a verb of
// speech at token `aux`.
bool IndirectAttributor::refusalToSay(std::uint32_t aux, std::uint32_t end) const
{
    std::uint32_t v = aux + 1;
    if (v < end && m_a.is(v, wc::Negation))
        ++v;
    const lexicon::WordInfo* verb = v < end ? m_a.word(v) : nullptr;
    return v > aux + 1 && verb && verb->cueForm == CueForm::Base && (verb->cueFlags & cueflag::Speech);
}

// A passive ("was cleared", "had been cleared") before the first "and" or comma of tokens [from, to).
bool IndirectAttributor::passiveBetween(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = from; t + 1 < to && !m_a.keyIs(t, "and") && !m_a.isPunct(t, ','); ++t)
        if (m_a.keyIsOneOf(t, "was", "were", "been", "is", "are") && m_a.isLowerWord(t + 1) &&
            m_a.key(t + 1).size() > 3 && m_a.key(t + 1).ends_with("ed"))
            return true;
    return false;
}

// A verb (a lexicon verb, an auxiliary, a cue, or a lower-case word in -ed) among tokens [from, to).
bool IndirectAttributor::verbBetween(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = from; t < to; ++t)
        if (m_a.is(t, wc::Verb | wc::Auxiliary | wc::Cue) || (m_a.isLowerWord(t) && m_a.key(t).size() > 3 && m_a.key(t).ends_with("ed")))
            return true;
    return false;
}

// A verb, an auxiliary, a cue, a pronoun, a subordinator, a quotation or a comma among tokens
// [from, to): what a clause of its own may be made of.
bool IndirectAttributor::clauseMaterialBetween(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = from; t < to; ++t)
        if (m_a.is(t, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun | wc::Subordinator) || m_a.quotationAt(t) >= 0 ||
            m_a.isPunct(t, ';') || m_a.isPunct(t, ','))
            return true;
    return false;
}

// "to", "would", "can" …: a verb after "and" may be a second infinitive.
bool IndirectAttributor::infinitiveBetween(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = from; t < to; ++t)
        for (std::string_view w : {"to"sv, "would"sv, "will"sv, "could"sv, "can"sv, "should"sv, "must"sv, "might"sv, "may"sv})
            if (m_a.keyIs(t, w))
                return true;
    return false;
}

// "he’s “excited where we stand” as he faces a test", "as she left the breakfast": at `as` after a
// report from `start`, what the speaker was doing meanwhile, which is the writer's; not when the
// report holds another the pronoun may stand for ("the sun had blinded him as he came over the
// hill", "the jeweller had been shot as he tried to stop them").
bool IndirectAttributor::speakerMeanwhileAt(std::uint32_t start, std::uint32_t as, std::uint32_t end) const
{
    if (as + 3 >= end || !m_a.keyIsOneOf(as + 1, "he", "she") || !m_a.isLowerWord(as + 2) ||
        m_a.is(as + 2, wc::Auxiliary | wc::Cue) || m_a.quotationAt(as) >= 0 ||
        !(m_a.key(as + 2).ends_with("ed") || m_a.key(as + 2).ends_with("s") ||
          m_a.keyIsOneOf(as + 2, "left", "spoke", "stood", "sat", "took", "made", "went", "came")))
        return false;
    const bool he = m_a.keyIs(as + 1, "he");
    for (std::uint32_t t = start; t < as; ++t)
        if ((he ? m_a.keyIsOneOf(t, "him", "his", "himself") : m_a.keyIsOneOf(t, "her", "hers", "herself")) ||
            (t > start && m_a.isCapitalized(t) && m_a.quotationAt(t) < 0 && !m_a.insideQuote(t)) ||
            m_a.is(t, wc::PersonRole | wc::CollectiveSource))
            return false;
    return true;
}

// "officials said …" from i: a subject, then a plain verb of speech (not "the committee
// considered", "she decided whether": acts and thoughts, which a report may hold).
bool IndirectAttributor::speechReportAt(std::uint32_t i, std::uint32_t end) const
{
    for (std::uint32_t j = i + 1; j < end && j < i + 10; ++j) {
        const std::int32_t c = m_cueAt[j];
        if (c < 0)
            continue;
        const Cue& cue = m_cues[static_cast<std::size_t>(c)];
        if (cue.insideQuote || cue.form == CueForm::Gerund || !(cue.flags & cueflag::Speech) || !(cue.flags & cueflag::Strong) ||
            (cue.flags & cueflag::Stance))
            return false;
        const SourcePhrase source = sourceBefore(m_a, j, i);
        return source.valid() && source.firstToken == i && source.endToken == j;
    }
    return false;
}

// "… had reached 38C and managers had refused to stop the belts" from i: a subject whose act the
// reported clause tells in the past perfect, as it told what came before, is still the report.
bool IndirectAttributor::backshiftedActAfter(std::uint32_t i, std::uint32_t end, bool nounPhrase) const
{
    if (nounPhrase)
        return false;
    for (std::uint32_t j = i + 1; j < end && j < i + 12; ++j) {
        if (m_cueAt[j] < 0)
            continue;
        std::uint32_t aux = j - 1;
        while (aux > i && m_a.isAdverbLike(aux) && !m_a.is(aux, wc::Negation))
            --aux;
        return aux > i && m_a.keyIs(aux, "had") && !m_a.is(aux - 1, wc::Pronoun);
    }
    return false;
}

// "a decision the company said it would appeal" at i: a noun phrase, then a relative clause whose
// subject reports.
bool IndirectAttributor::glossWithItsOwnReport(std::uint32_t i, std::uint32_t end) const
{
    if (i + 3 >= end || !m_a.keyIsOneOf(i, "a", "an", "the"))
        return false;
    for (std::uint32_t t = i + 1; t < end && t <= i + 4; ++t) {
        if (!m_a.isLowerWord(t) || m_a.is(t, wc::Verb | wc::Auxiliary | wc::Preposition | wc::Conjunction | wc::Pronoun) ||
            m_cueAt[t] >= 0)
            return false;
        const std::uint32_t clause = t + 1 < end && m_a.keyIsOneOf(t + 1, "that", "which") ? t + 2 : t + 1;
        // (not "the candidates most often described as …": a quantity's adverb is no subject)
        if (clause < end && (m_a.is(clause, wc::Determiner) || m_a.isCapitalized(clause)) && !m_a.isAdverbLike(clause) &&
            !m_a.keyIsOneOf(clause, "most", "more", "least", "less") && attributionStartsAt(clause, end)) {
            // (a verb of speech or naming: "an idea the movement rejected last year" leaves nothing to report)
            for (std::uint32_t c = clause; c < end && c < clause + 12; ++c)
                if (m_cueAt[c] >= 0) {
                    const std::uint32_t after = m_cues[static_cast<std::size_t>(m_cueAt[c])].endToken;
                    return after < end && m_a.isWordLike(after) && !m_a.is(after, wc::TimeWord) &&
                           !m_a.keyIsOneOf(after, "last", "earlier", "this", "next", "in", "on");
                }
            return false;
        }
    }
    return false;
}

// "to raise a host of taxes on the rich" ending at `to`: an infinitive with no comma after it.
bool IndirectAttributor::infinitiveJustBefore(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = to; t > from + 1;) {
        --t;
        if (m_a.isPunct(t, ',') || m_a.quotationAt(t) >= 0 || m_a.is(t, wc::Auxiliary))
            return false;
        if (m_a.keyIs(t - 1, "to") && m_a.is(t, wc::Verb) && m_a.isLowerWord(t))
            return true;
    }
    return false;
}

// "when radical Muslims, who had been repressed, won the freedom": the clause that a relative
// clause from `who` interrupts goes on with its verb after the closing comma.
bool IndirectAttributor::verbAfterAside(std::uint32_t who, std::uint32_t end) const
{
    for (std::uint32_t k = who + 1; k + 1 < end && k < who + 20; ++k) {
        if (m_a.quotationAt(k) >= 0 || isTerminalPunct(m_a, k) || m_a.isPunct(k, ';'))
            return false;
        if (m_a.isPunct(k, ','))
            return pastVerbAt(k + 1) || (m_a.is(k + 1, wc::Auxiliary) && m_a.isLowerWord(k + 1));
    }
    return false;
}

// A lower-case verb of the lexicon or a word in -ed: "made", "questioned".
bool IndirectAttributor::pastVerbAt(std::uint32_t i) const
{
    const std::string_view w = m_a.key(i);
    return m_a.isLowerWord(i) && !m_a.is(i, wc::Determiner | wc::Pronoun | wc::Auxiliary) &&
           ((w.size() > 4 && w.ends_with("ed")) || m_a.is(i, wc::Verb));
}

bool IndirectAttributor::startsVerbPhrase(std::uint32_t i, std::uint32_t end) const
{
    if (!m_a.isLowerWord(i) || i + 1 >= end || m_a.is(i, wc::Determiner | wc::Pronoun))
        return false;
    const std::string_view w = m_a.str(i);
    if (!(w.size() > 4 && w.ends_with("ed")) && !m_a.is(i, wc::Verb))
        return false;
    return m_a.is(i + 1, wc::Determiner | wc::Pronoun | wc::Preposition) || m_a.keyIs(i + 1, "to") ||
           isObjectPronoun(m_a, i + 1);  // "… and reprimanded him for …"
}

// A finite cue right after "and"/"but", with no subject of its own.
bool IndirectAttributor::sharesSubject(std::uint32_t token) const
{
    const std::int32_t c = m_cueAt[token];
    if (c < 0 || m_cues[static_cast<std::size_t>(c)].insideQuote)
        return false;  // used or not: "backed Obama and said, “…”" ends at "and"
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    if (!(cue.flags & cueflag::Speech))
        return false;  // "said she was tired and wanted a candidate …": still the same report
    return cue.form == CueForm::Past || cue.form == CueForm::ThirdPerson || cue.form == CueForm::PastOrParticiple;
}

// The subject of the cue before a conjunction in the same sentence.
SourcePhrase IndirectAttributor::sharedSource(std::uint32_t conjunction, std::uint32_t sentenceStart) const
{
    for (std::uint32_t i = conjunction; i > sentenceStart;) {
        --i;
        // not "attacks" inside the first report: "He said his recent attacks … and said …"
        if (m_cueAt[i] >= 0 && !m_cues[static_cast<std::size_t>(m_cueAt[i])].insideQuote && !m_covered[i]) {
            // ("removed a juror … after learning she had posted …, but refused": a gerund after a
            // preposition has the sentence's subject, not the phrase before it)
            if (m_cues[static_cast<std::size_t>(m_cueAt[i])].form == CueForm::Gerund && i > sentenceStart &&
                m_a.isLowerWord(i - 1) && m_a.is(i - 1, wc::Preposition | wc::Subordinator) && !m_a.keyIs(i - 1, "to"))
                continue;
            SourcePhrase source = m_ctx.cueSources.sourceBefore(i, sentenceStart);
            if (source.valid() || m_cues[static_cast<std::size_t>(m_cueAt[i])].form != CueForm::Gerund)
                return source;
            // "Sullivan put off deciding on the request but said": a gerund's subject is the sentence's
        }
    }
    // ("… has won over Weaver, who came out and endorsed Clinton": the relative pronoun's antecedent)
    for (std::uint32_t i = conjunction; i > sentenceStart + 1 && conjunction - i < 8;) {
        --i;
        if (m_a.isPunct(i, ','))
            break;
        if (m_a.keyIs(i, "who") && m_a.isPunct(i - 1, ','))
            if (SourcePhrase antecedent = sourceBefore(m_a, i + 1, sentenceStart); antecedent.valid())
                return antecedent;
    }
    const std::uint32_t first = afterDateline(m_a, sentenceStart, conjunction);  // (after "ORLANDO, Fla. (Reuters) - ")
    if (SourcePhrase subject = sentenceSubject(m_a, first, conjunction); subject.valid())
        return subject;
    // "The team, led by Dr. Ingrid Tveit, analyzed … and found": the subject of the first verb
    // after an apposition
    for (std::uint32_t verb = first + 2; verb < conjunction; ++verb)
        if (m_a.isPunct(verb - 1, ',') && m_a.isLowerWord(verb) && (m_a.is(verb, wc::Verb) || m_a.key(verb).ends_with("ed")) &&
            !(verb + 1 < conjunction && m_a.keyIs(verb + 1, "by")))
            if (SourcePhrase subject = sourceBefore(m_a, verb, first); subject.valid() && subject.firstToken == first)
                for (std::uint32_t t = subject.firstToken + 1; t + 1 < subject.endToken; ++t)
                    if (m_a.isPunct(t, ',') && m_a.isLowerWord(t + 1))  // (a participle or a relative clause, not an age: "Abernathy, 58, appeared")
                        return subject;
    return {};
}

bool isBeForm(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "is", "are", "was", "were", "been", "be", "am");
}

bool isSubjectPronoun(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "he", "she", "they", "we", "i");
}

// After ", a deep bond": does ", and …" follow, making it an item of a list rather than an apposition?
bool IndirectAttributor::listGoesOn(std::uint32_t from, std::uint32_t end) const
{
    for (std::uint32_t k = from; k + 1 < end && k - from < 12; ++k)
        if (m_a.isPunct(k, ',') || isTerminalPunct(m_a, k) || m_a.quotationAt(k) >= 0)
            return m_a.isPunct(k, ',') && (m_a.keyIs(k + 1, "and") || m_a.keyIs(k + 1, "or"));
    return false;
}

// After "caps on class sizes,": does the next item end the list, "a full-time nurse in every school
// and raises for aides", with "and" or "or" before any verb, comma or sentence end?
bool IndirectAttributor::listClosesAhead(std::uint32_t from, std::uint32_t end) const
{
    for (std::uint32_t k = from; k + 1 < end && k - from < 12; ++k) {
        if (m_a.isPunct(k, ',') || isTerminalPunct(m_a, k) || m_a.quotationAt(k) >= 0 || m_a.is(k, wc::Verb | wc::Auxiliary))
            return false;
        if (m_a.keyIs(k, "and") || m_a.keyIs(k, "or"))
            return k > from + 1 && m_a.isWordLike(k + 1) && !m_a.is(k + 1, wc::Pronoun);
    }
    return false;
}

// After ", the moderator for the first debate": does ", to fact check …" follow, making it the
// apposition of a request's addressee ("asked Lester Holt, the moderator …, to fact check Trump")?
bool IndirectAttributor::infinitiveAfterApposition(std::uint32_t from, std::uint32_t end) const
{
    for (std::uint32_t k = from; k + 2 < end && k - from < 14; ++k)
        if (m_a.isPunct(k, ',') || isTerminalPunct(m_a, k) || m_a.quotationAt(k) >= 0)
            return m_a.isPunct(k, ',') && m_a.keyIs(k + 1, "to") && m_a.isLowerWord(k + 2) &&
                   !m_a.is(k + 2, wc::Determiner | wc::Pronoun);
    return false;
}

// Is the comma at `comma` the last of a list of short items ("Obama, Abe, and Park")? The item
// before it is one to four words with no verb, after another comma inside the content.
bool IndirectAttributor::serialListBefore(std::uint32_t comma, std::uint32_t start) const
{
    for (std::uint32_t k = comma; k > start + 1 && comma - k < 5;) {
        --k;
        if (m_a.isPunct(k, ','))
            return k + 1 < comma && k > start;
        if (!m_a.isWordLike(k) || m_a.is(k, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun | wc::Subordinator) || m_a.quotationAt(k) >= 0)
            return false;
    }
    return false;
}

// A statement, letter or post: what it says is what its author says.
bool isDocumentNoun(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "statement", "statements", "letter", "letters", "release", "memo", "note", "tweet",
                        "tweets", "post", "message", "email", "report", "video", "ad", "advertisement", "op-ed",
                        "column", "essay", "filing", "complaint", "lawsuit", "motion", "brief");
}

// Where an object content ends: "attacked her opponent as a fraud during the debate", "spoke
// about her ties to black churches while at the convention", "showed a close contest in the
// state, where 18 votes are up for grabs": the adjuncts after the object are the writer's.
bool IndirectAttributor::endsObject(std::uint32_t e, std::uint32_t end) const
{
    if (m_a.quotationAt(e) >= 0 || m_a.insideQuote(e))
        return false;
    if (m_a.keyIs(e, "even") && e + 1 < end && (m_a.keyIs(e + 1, "as") || m_a.keyIs(e + 1, "though") || m_a.keyIs(e + 1, "if")))
        return true;  // "acknowledged some plagiarism even as he defended …"
    // ("the accord adopted after two weeks of talks": the time of a participle inside the object)
    const auto afterParticiple = [&] {
        return e > 0 && m_a.isLowerWord(e - 1) && m_a.key(e - 1).size() > 4 && m_a.key(e - 1).ends_with("ed");
    };
    // (the words below have two, four, five or six letters: a key of another length is none of them)
    const std::size_t letters = m_a.key(e).size();
    if (letters == 2 || (letters >= 4 && letters <= 6))
        for (std::string_view w : {"while"sv, "when"sv, "during"sv, "after"sv, "before"sv, "until"sv, "as"sv})
            if (m_a.keyIs(e, w) && !(w != "as" && afterParticiple()))
                return !(w == "as" && e + 1 < end &&
                         (m_a.is(e + 1, wc::Determiner) || (m_a.isLowerWord(e + 1) && !isSubjectPronoun(m_a, e + 1)) ||
                          m_a.token(e + 1).kind == TokenKind::QuoteMark));  // "described it as a fraud", "as “judicial activism”" (not "as he urges")
    if (m_a.keyIs(e, "into") && e + 1 < end && m_a.keyIs(e + 1, "question"))
        return true;  // "calls that into question": what is doubted, not the idiom's end
    if (m_a.isPunct(e, ',') && e + 1 < end)
        for (std::string_view w : {"where"sv, "which"sv, "using"sv, "meaning"sv, "with"sv})
            if (m_a.keyIs(e + 1, w))
                return !(w == "which" && objectGoesOnAfterRelative(e + 1, end));
    if (m_a.is(e, wc::TimeWord) && m_a.isCapitalized(e) && e > 0 && m_a.token(e - 1).kind == TokenKind::QuoteMark)
        return true;  // "blasted Clinton as a “disgrace” Wednesday on …": when, not what (not "spent Saturday night")
    if (m_a.is(e, wc::TimeWord) && m_a.isCapitalized(e) && e > 0 && m_a.isCapitalized(e - 1) && !m_a.is(e - 1, wc::TimeWord) &&
        (e + 1 >= end || m_a.token(e + 1).kind == TokenKind::Punct || m_a.is(e + 1, wc::Preposition)))
        return true;  // "endorsed Cruz Wednesday."
    if ((m_a.keyIs(e, "in") || m_a.keyIs(e, "on") || m_a.keyIs(e, "since")) && e + 1 < end && e > 0 && !m_a.isCapitalized(e - 1)) {
        // "announced his candidacy in June 2015", "unveiled the plan on Tuesday": when, not what
        // (a year alone or a month or day right after the preposition)
        const std::uint32_t k = e + 1 < end && m_a.keyIs(e + 1, "early") ? e + 2 : e + 1;
        const std::string_view w = k < end ? m_a.key(k) : std::string_view{};
        const bool year = w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
                          std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (k < end && (year || (m_a.is(k, wc::TimeWord) && m_a.isCapitalized(k)))) {
            // (only where the time closes the clause: not "accused the authority on Monday of hiding …")
            std::uint32_t after = k + 1;
            while (after < end && after <= k + 2 && m_a.token(after).kind == TokenKind::Number)
                ++after;
            if (after >= end || isTerminalPunct(m_a, after) || m_a.isPunct(after, ','))
                return true;
        }
    }
    // (after a name only, "since": not "in the three months since a public hearing")
    if (m_a.keyIs(e, "in") || m_a.keyIs(e, "on") || m_a.keyIs(e, "at") || m_a.keyIs(e, "during") ||
        (m_a.keyIs(e, "since") && e > 0 && m_a.isCapitalized(e - 1))) {
        // "said as much in an interview earlier this week", "denied it on Twitter", "endorsed Trump
        // at a news conference", "attacked Machado in early-morning tweets", "has not mentioned
        // Machado since the Monday night debate": where or when, not what
        for (std::uint32_t k = e + 1; k < end && k <= e + 4; ++k)
            for (std::string_view m : {"interview"sv, "statement"sv, "speech"sv, "tweet"sv, "post"sv, "letter"sv, "op-ed"sv, "email"sv,
                                       "twitter"sv, "facebook"sv, "television"sv, "radio"sv, "appearance"sv, "podcast"sv,
                                       "conference"sv, "rally"sv, "debate"sv, "hearing"sv, "briefing"sv, "forum"sv, "tweets"sv,
                                       "posts"sv, "interviews"sv, "statements"sv, "speeches"sv, "diatribe"sv})
                if (m_a.keyIs(k, m))
                    return true;
    }
    return false;
}

// "described the bakery, which has been open since 1987, as the heart of the street", "accuse the
// Islamists, who held power until 2013, of having been lax": the relative clause closes before the
// "as" or "of" that the object goes on with.
bool IndirectAttributor::objectGoesOnAfterRelative(std::uint32_t which, std::uint32_t end) const
{
    for (std::uint32_t t = which + 1; t + 2 < end && t - which < 25; ++t) {
        if (isTerminalPunct(m_a, t) || m_a.insideQuote(t))
            return false;
        if (m_a.isPunct(t, ','))
            return (m_a.keyIs(t + 1, "as") && (m_a.is(t + 2, wc::Determiner) || m_a.isLowerWord(t + 2) ||
                                              m_a.token(t + 2).kind == TokenKind::QuoteMark)) ||
                   (m_a.keyIs(t + 1, "of") && m_a.isLowerWord(t + 2) && m_a.key(t + 2).ends_with("ing"));  // "accuse X, who …, of having …"
    }
    return false;
}

// ", even though …", ", although …", ", whereas …", a new subject after "and": after a comma these
// open the writer's words.
bool IndirectAttributor::writersAside(std::uint32_t i) const
{
    if (m_a.keyIs(i, "even") && i + 1 < m_a.tokenCount() && (m_a.keyIs(i + 1, "though") || m_a.keyIs(i + 1, "as")))
        return true;
    // ", and the ACLU has already sued": a clause with a subject of its own
    // (", but his ability to do so seemed shaky": a possessive's noun phrase too)
    if ((m_a.keyIs(i, "and") || m_a.keyIs(i, "but")) && i + 2 < m_a.tokenCount() &&
        (m_a.keyIs(i + 1, "the") || (m_a.isCapitalized(i + 1) && !m_a.is(i + 1, wc::NotAName)) || m_a.keyIs(i + 1, "his") ||
         m_a.keyIs(i + 1, "its") || m_a.keyIs(i + 1, "their")))
        return true;
    // "…, but he has also intensified the warnings": the writer goes on about the speaker
    // (", but he gave the Texan a compliment" too)
    if (m_a.keyIs(i, "but") && i + 3 < m_a.tokenCount() && m_a.is(i + 1, wc::Pronoun) && !m_a.keyIs(i + 1, "i") &&
        (m_a.is(i + 2, wc::Auxiliary) || (m_a.isLowerWord(i + 2) && !m_a.is(i + 2, wc::Preposition | wc::Determiner | wc::Conjunction))))
        return true;
    // ", and there were numerous complaints": the writer's own statement
    if ((m_a.keyIs(i, "and") || m_a.keyIs(i, "but")) && i + 2 < m_a.tokenCount() && m_a.keyIs(i + 1, "there") &&
        m_a.is(i + 2, wc::Auxiliary))
        return true;
    // ", hours after a late mistake handed Dunmore the win": when the writer places the report
    if (elapsedTimeAt(i))
        return true;
    // ", down from 55 percent in July": the writer's comparison of a figure
    // (but not ", up from 22,000 a year earlier, and that a third …": a second "that" goes on with the report)
    if ((m_a.keyIs(i, "down") || m_a.keyIs(i, "up")) && i + 1 < m_a.tokenCount() && m_a.keyIs(i + 1, "from")) {
        const std::uint32_t end = m_a.sentenceOf(i).endToken;
        std::uint32_t k = i + 2;
        while (k < end && k < i + 14 && !m_a.isPunct(k, ','))
            ++k;
        return !(k + 2 < end && m_a.isPunct(k, ',') && m_a.keyIs(k + 1, "and") && m_a.keyIs(k + 2, "that"));
    }
    // (", as has Carlos A. Gimenez, the mayor": another who did the same, in the writer's words)
    if (m_a.keyIs(i, "as") && i + 2 < m_a.tokenCount() && m_a.keyIsOneOf(i + 1, "has", "have", "had", "did", "does", "do") &&
        (m_a.isCapitalized(i + 2) || m_a.is(i + 2, wc::Determiner)))
        return true;
    return m_a.keyIs(i, "although") || m_a.keyIs(i, "though") || m_a.keyIs(i, "whereas");
}

// "hours after", "just days before", "two weeks after": a span of time measured from an event
bool IndirectAttributor::elapsedTimeAt(std::uint32_t i) const
{
    const std::uint32_t n = m_a.tokenCount();
    if (i < n && (m_a.keyIs(i, "just") || m_a.keyIs(i, "only") || m_a.keyIs(i, "barely")))
        ++i;
    if (i < n && (m_a.token(i).kind == TokenKind::Number || m_a.keyIs(i, "a") || m_a.keyIs(i, "two") ||
                  m_a.keyIs(i, "three") || m_a.keyIs(i, "several") || m_a.keyIs(i, "few")))
        ++i;
    if (i + 1 >= n || !(m_a.keyIs(i + 1, "after") || m_a.keyIs(i + 1, "before")))
        return false;
    return m_a.keyIsOneOf(i, "minutes", "hours", "hour", "days", "day", "weeks", "week", "months");
}

// "founder of Correct the Record — a pro-Clinton super PAC — was planning": a second dash closes
// the aside the dash at `dash` opens.
bool IndirectAttributor::dashPairFrom(std::uint32_t dash, std::uint32_t end) const
{
    for (std::uint32_t t = dash + 1; t < end && t < dash + 16; ++t)
        if (m_a.isPunct(t, 0x2014) || m_a.isPunct(t, 0x2013) || m_a.isPunct(t, '-'))
            return t + 1 < end && !isTerminalPunct(m_a, t + 1);
    return false;
}

// Where a reported clause that starts at `start` ends: the sentence end, a new attribution
// after a comma, or a quotation that has an attribution of its own.
std::uint32_t IndirectAttributor::contentEnd(std::uint32_t start, std::uint32_t end, bool nounPhrase, bool parenthetical) const
{
    if (start >= end)
        return start;  // (nothing left: "… was first reported" ending the text)
    // "Police say he posed a threat and refused to drop the gun": with a subject of its own, the
    // reported clause goes on after "and"
    // ("wrote that Taylor had a tin ear and tended to …": after "that", a named or determined subject too)
    // (and "it", which after "that" can only be the subject: "said that it “fully accepts” the findings and had since …")
    const bool subjectAfterThat = !nounPhrase && start > 0 && m_a.keyIs(start - 1, "that") &&
                                  (m_a.isCapitalized(start) || m_a.is(start, wc::Determiner) || m_a.keyIs(start, "it"));
    // ("said the runway had been cleared of snow and tested for …": a passive goes on after "and")
    const bool passiveClause = !nounPhrase && m_a.is(start, wc::Determiner) && passiveBetween(start, end);
    // ("said it had cooperated and had since introduced …": "it" with an auxiliary is a subject too)
    const bool itAux = m_a.keyIs(start, "it") && start + 1 < end && m_a.is(start + 1, wc::Auxiliary) &&
                       !m_a.keyIs(start + 1, "is") && !m_a.keyIs(start + 1, "was");
    // ("said officials were “monitoring the situation” and were in contact with …": a noun phrase and
    // its finite verb)
    const bool nounSubject = !nounPhrase && subjectBeforeFiniteVerb(start, end, true);
    // ("said Ferriby-Oduya had called an ambulance and stayed with him": a name and its auxiliary,
    // whose clause goes on after "and", though not after "but")
    const bool nameSubject = !nounPhrase && nameBeforeAuxiliary(start, end);
    // (a verb of report after "and" is still the speaker's next act: "said officers were reviewing
    // footage and urged anyone with information to …")
    const bool subjectOfItsOwn = (m_a.is(start, wc::Pronoun) && (!m_a.keyIs(start, "it") || itAux)) || subjectAfterThat || passiveClause;
    const bool ownSubject = subjectOfItsOwn || nounSubject;
    // (not at a time after a plan's infinitive: "urged patients to check before travelling" is one request)
    const auto objectEndsAt = [&](std::uint32_t t) {
        return nounPhrase && t > start && endsObject(t, end) &&
               !((m_a.keyIs(t, "before") || m_a.keyIs(t, "until") || m_a.keyIs(t, "when")) && infinitiveBetween(start, t));
    };
    // ("echoed statements … that those who question bias demean …": a relative clause inside a
    // reported clause is part of it)
    const auto thatBetween = [&](std::uint32_t from, std::uint32_t to) {
        for (std::uint32_t t = from; t < to; ++t)
            if (m_a.keyIs(t, "that"))
                return true;
        return false;
    };
    std::uint32_t e = start;
    bool sawDash = false;
    for (; e < end; ++e) {
        if (m_covered[e])
            break;
        // A plain word, nearly every token: of the rules below, all but one start at a punctuation or
        // quotation mark, a conjunction, "and", "but" or "who"; the one left is asked alone.
        if (m_a.isWordLike(e) && !m_a.is(e, wc::Conjunction) && !m_a.keyIs(e, "and") && !m_a.keyIs(e, "but") &&
            !m_a.keyIs(e, "who")) {
            if (objectEndsAt(e))
                break;
            if (e > start + 2 && m_a.keyIs(e, "as") && speakerMeanwhileAt(start, e, end))
                break;
            // ("said the plan had failed even as officials said it was working": a subordinate
            // clause with a report of its own is no part of this one; attributions never nest)
            // (the word's class first: asked of every word of every content)
            if (e > start + 2 && m_a.is(e, wc::Subordinator | wc::Adverb) &&
                m_a.keyIsOneOf(e, "while", "whereas", "although", "though", "even") && m_a.isLowerWord(e)) {
                const std::uint32_t subject = m_a.keyIs(e, "even") && e + 1 < end && m_a.keyIsOneOf(e + 1, "as", "though") ? e + 2 : e + 1;
                if ((subject > e + 1 || !m_a.keyIs(e, "even")) && speechReportAt(subject, end))
                    break;
            }
            continue;
        }
        if (m_a.isPunct(e, ';'))
            break;  // a new clause of the writer's
        if (e > start && m_a.isPunct(e, ',')) {
            // "said she, too, wants an inquiry", "…, however, …": a discourse aside inside the report
            std::uint32_t close = e + 1;
            while (close < end && close - e <= 4 && !m_a.isPunct(close, ','))
                ++close;
            if (close + 1 < end && m_a.isPunct(close, ',') && discourseAsideBefore(m_a, close, start) == e &&
                !m_covered[close]) {
                e = close;
                continue;
            }
        }
        const bool dash = m_a.isPunct(e, 0x2014) || m_a.isPunct(e, 0x2013) || m_a.isPunct(e, '-');
        if (nounPhrase && e > start && (m_a.isPunct(e, ',') || dash) && m_a.quotationAt(e) < 0 && e + 1 < end &&
            (m_a.keyIs(e + 1, "a") || m_a.keyIs(e + 1, "an") || m_a.keyIs(e + 1, "the")) && (dash || !listGoesOn(e + 1, end)) &&
            (dash || !infinitiveAfterApposition(e + 1, end)))
            break;  // "cited the case of Guccifer 2.0, an individual or group …", "… - a charge that …": an apposition ends it
        if (!nounPhrase && e > start + 4 && m_a.isPunct(e, ',') && e + 2 < end &&
            (m_a.keyIs(e + 1, "a") || m_a.keyIs(e + 1, "an")) && m_a.quotationAt(e) < 0 && verbBetween(start, e) &&
            (!clauseMaterialBetween(e + 1, end) ||
             // (", a proposal that failed in the legislature": a noun and its relative clause)
             (e + 4 < end && m_a.isLowerWord(e + 2) && !m_a.is(e + 2, wc::PersonRole | wc::CollectiveSource) &&
              m_a.keyIsOneOf(e + 3, "that", "which") && m_a.isLowerWord(e + 4) &&
              (m_a.is(e + 4, wc::Auxiliary | wc::Verb) || m_a.key(e + 4).ends_with("ed")))) &&
            !listClosesAhead(e + 1, end))  // (not "were caps on class sizes, a nurse … and …")
            break;  // "that state is wrong to ban fracking, an extraction method known as …": the writer's gloss
        if (e > start + 1 && m_a.isPunct(e, ',') && m_a.quotationAt(e) < 0 && glossWithItsOwnReport(e + 1, end))
            break;  // "…, a decision the company said it would appeal": a gloss that someone else speaks in
        if (e > start && m_a.isPunct(e, ',') && e + 1 < end && m_a.keyIs(e + 1, "compared"))
            break;
        // ("Governor denies donors were rewarded, calls report 'a hit job'": in a headline, a comma
        // before another verb of report in the present is the "and" of a second predicate)
        if (e > start && m_a.isPunct(e, ',') && e + 1 < end && m_cueAt[e + 1] >= 0 && m_a.isLowerWord(e + 1) &&
            m_cues[static_cast<std::size_t>(m_cueAt[e + 1])].form == CueForm::ThirdPerson &&
            (m_a.paragraphOf(e) == 0 || inTitleLine(m_a, e)))
            break;
        if (e > start + 3 && m_a.isPunct(e, ',') && e + 2 < end && m_a.keyIs(e + 1, "based") && m_a.keyIs(e + 2, "on"))
            break;  // "argue that superdelegates should back him, based on polls that show …": the writer's gloss
        // "said they won't consider an Obama nominee, leaving that choice to the next president": what
        // an act brought about is the writer's telling, not the report (17 of 34 on PolNeAR train
        // gain, none lost; our corpus unchanged)
        // (an adverb may stand first: ", implicitly putting his name on the line")
        const std::uint32_t gloss = e + 3 < end && m_a.isLowerWord(e + 1) && m_a.key(e + 1).ends_with("ly") ? e + 2 : e + 1;
        const auto glossAt = [&](std::uint32_t g) {
            return m_a.keyIsOneOf(g, "putting", "leaving", "giving", "meaning", "angering", "throwing", "raising", "forcing",
                                  "drawing", "prompting", "sparking", "triggering") ||
                   m_a.keyIsOneOf(g, "paving", "clearing", "ending", "dealing", "capping", "marking") ||
                   (m_a.keyIs(g, "setting") && g + 1 < end && m_a.keyIs(g + 1, "off"));
        };
        if (e > start + 2 && m_a.isPunct(e, ',') && e + 2 < end && m_a.quotationAt(e) < 0 &&
            (glossAt(gloss) || (m_a.keyIs(e + 1, "something") && (m_a.is(e + 2, wc::Pronoun) || m_a.is(e + 2, wc::Determiner)))))
            break;
        // (the same after a quotation's comma: "complained that it “insulted working families,” prompting …")
        if (e > start + 2 && m_a.token(e).kind == TokenKind::QuoteMark && m_a.quotationAt(e) < 0 && m_a.isPunct(e - 1, ',') &&
            e + 2 < end && glossAt(e + 1)) {
            ++e;
            break;
        }
        if (e > start + 3 && isDash(m_a, e) && e + 2 < end && (m_a.keyIs(e + 1, "a") || m_a.keyIs(e + 1, "an")) &&
            m_a.quotationAt(e) < 0 && !sawDash && !dashPairFrom(e, end))
            break;  // "said that he doesn't want to kill their families — a proposal he has raised …": the writer's comment
        // "declined to renew its sponsorship and the PGA could not find …", "endorsed a candidate in
        // the past - she was …": a clause with a subject of its own after an object or a plan
        const bool plan = m_a.keyIs(start, "to");
        // ("vowed to do a better job courting Latinos in the wake of their defeat, the party has done the
        // opposite": a plan holds no clause of its own after a comma either)
        if (e > start && e + 2 < end &&
            ((plan && (m_a.is(e, wc::Conjunction) || m_a.isPunct(e, ','))) ||
             (dash && !sawDash && countWords(start, e) >= 4)) &&
            m_a.quotationAt(e) < 0 && newClauseAt(e + 1, end))
            break;
        if (nounPhrase && e > start && m_a.isPunct(e, ',') && e + 3 < end && (m_a.keyIs(e + 1, "and") || m_a.keyIs(e + 1, "but")) &&
            m_a.quotationAt(e) < 0 && (newClauseAt(e + 2, end) || reportAt(e + 2, end)))
            break;  // "ordering the release of emails, and a number of probes are percolating": a clause of its own
        // (the comma may stand inside the quotation's close: "called her performance “fearless,” and a
        // reviewer … wrote")
        if (nounPhrase && e > start + 2 && e + 2 < end && (m_a.keyIs(e, "and") || m_a.keyIs(e, "but")) &&
            m_a.token(e - 1).kind == TokenKind::QuoteMark && m_a.isPunct(e - 2, ',') && m_a.quotationAt(e) < 0 &&
            (newClauseAt(e + 1, end) || reportAt(e + 1, end)))
            break;
        if (dash && !sawDash && e > start + 5 && e + 1 < end && m_a.quotationAt(e) < 0 && !dashPairFrom(e, end) &&
            !m_a.is(e + 1, wc::Conjunction)) {  // (not "— and why he believes …": the report goes on)
            // "called on Obama to retaliate -- meddling the California congressman said is designed to …":
            // after the dash, a phrase with a report of its own is the writer's
            bool report = false;
            for (std::uint32_t k = e + 2; k < end && k < e + 8 && !report; ++k)
                report = attributionStartsAt(k, end);
            if (report)
                break;
        }
        sawDash = sawDash || dash;  // "— at least for now —": the second dash of a pair closes an aside
        // "said she had been terrified but had since booked …": an auxiliary goes on with the clause's own subject
        // (but not "…, but would not say what it was about": the speaker's refusal to say more)
        // (and a verb that reports nothing: "said she had kept to herself but plowed the driveway")
        const bool butGoesOn = ownSubject && e + 1 < end &&
                               ((m_a.is(e + 1, wc::Auxiliary) && !refusalToSay(e + 1, end)) ||
                                (m_a.isLowerWord(e + 1) && m_cueAt[e + 1] < 0 && !m_a.is(e + 1, wc::Auxiliary | wc::Adverb) &&
                                 !m_a.isPunct(e - 1, ',')));
        // ("promised to lift regulations and open more land": a second bare infinitive goes on with the plan)
        // ("say her plans to raise taxes on the rich and give several tax breaks … would make …": so
        // does one after an infinitive inside the clause, in the bare form)
        const bool secondInfinitive =
            e + 1 < end && !m_a.key(e + 1).ends_with("ed") &&
            (plan || (m_a.keyIs(e, "and") && !m_a.key(e + 1).ends_with("s") && m_cueAt[e + 1] < 0 && infinitiveJustBefore(start, e)));
        // (", and lowered their price target": after a comma, a verb phrase is the speaker's again,
        // even after a clause with a subject of its own; 39 to 14 on PolNeAR train)
        const bool afterComma = e > start + 1 && (m_a.isPunct(e - 1, ',') ||
                                                  (m_a.token(e - 1).kind == TokenKind::QuoteMark && m_a.isPunct(e - 2, ',')));
        // ("confirmed that the memo was genuine but rejected claims that …", "…, but repeatedly declined
        // to …": a past verb of speech after adverbs is the speaker's next act too)
        const auto nextAct = [&] {
            if (startsVerbPhrase(e + 1, end) || (m_a.keyIs(e, "but") && refusalToSay(e + 1, end)))
                return true;
            // (", and awarded Quill $212 million": after a comma, a past verb before a name too)
            if (afterComma && e + 2 < end && m_a.isLowerWord(e + 1) && m_a.key(e + 1).size() > 4 &&
                m_a.key(e + 1).ends_with("ed") && m_a.isCapitalized(e + 2) && !m_a.is(e + 1, wc::Auxiliary))
                return true;
            // (", and to date has only issued a tweet": after a comma, a time, then the subject's perfect)
            if (afterComma && m_a.keyIs(e, "and") && e + 5 < end) {
                std::uint32_t t = e + 1;
                if ((m_a.keyIs(t, "to") && m_a.keyIs(t + 1, "date")) || (m_a.keyIs(t, "so") && m_a.keyIs(t + 1, "far")) ||
                    (m_a.keyIs(t, "since") && m_a.keyIs(t + 1, "then")))
                    t += 2;
                if (t > e + 1 && m_a.keyIsOneOf(t, "has", "have", "had")) {
                    ++t;
                    while (t + 1 < end && t < e + 7 && m_a.isAdverbLike(t) && !m_a.is(t, wc::Negation))
                        ++t;
                    if (m_a.isLowerWord(t) && (m_a.key(t).ends_with("ed") || m_a.is(t, wc::Verb | wc::Cue)))
                        return true;
                }
            }
            std::uint32_t v = e + 1;
            while (v + 1 < end && v < e + 3 && m_a.isAdverbLike(v) && !m_a.is(v, wc::Negation))
                ++v;
            if ((v == e + 1 && !m_a.keyIs(e, "but")) || m_cueAt[v] < 0)
                return false;
            // (not a belief: "said she was elated but still feared the military" is still her report)
            const Cue& cue = m_cues[static_cast<std::size_t>(m_cueAt[v])];
            return !cue.insideQuote && !(cue.flags & cueflag::Belief) &&
                   (cue.form == CueForm::Past || cue.form == CueForm::PastOrParticiple || cue.form == CueForm::ThirdPerson);
        };
        // ("said the closures would cost 350 jobs and leave some towns …": a bare verb after "and"
        // goes on with the reported clause's modal)
        const bool modalGoesOn = !nounPhrase && m_a.keyIs(e, "and") && !afterComma && e + 1 < end && m_a.isLowerWord(e + 1) &&
                                 !m_a.key(e + 1).ends_with("ed") && !m_a.key(e + 1).ends_with("s") &&
                                 !m_a.is(e + 1, wc::Auxiliary | wc::Pronoun | wc::Determiner) && modalBetween(start, e);
        if (e > start && ((m_a.keyIs(e, "but") && !butGoesOn) || (m_a.keyIs(e, "and") && (!(ownSubject || nameSubject) || afterComma) && !modalGoesOn)) && e + 1 < end &&
            m_a.quotationAt(e) < 0 && !secondInfinitive && nextAct() &&  // (not "“sick and tired …”")
            !(e + 2 < end && m_a.keyIs(e + 2, "by")))  // (nor "called the charges unsubstantiated and fabricated by …")
            break;  // "acknowledged that … but declined to …": the same subject goes on
        if (e > start && (m_a.keyIs(e, "and") || m_a.keyIs(e, "but")) && e + 2 < end && m_a.quotationAt(e) < 0 &&
            (nounPhrase || (!verbBetween(start, e) && !m_a.isCapitalized(start) && !m_a.is(start, wc::Pronoun | wc::Determiner)))) {
            // "wanted more money and will have to wait", "opposed a similar effort in 2007 and once
            // again did not like …": after an object, a second verb phrase is the source's own
            // doing, not what was said
            std::uint32_t v = e + 1;
            while (v < end && v < e + 4 && (m_a.isAdverbLike(v) || m_a.keyIs(v, "once") || m_a.keyIs(v, "again")))
                ++v;
            if (v + 1 < end && m_a.is(v, wc::Auxiliary) && m_a.isLowerWord(v) && m_a.isLowerWord(v + 1) &&
                !m_a.is(v + 1, wc::Determiner | wc::Pronoun | wc::Preposition))
                break;
        }
        // (", a claim that Gowdy's office disputes", ", a move that …": the writer's word on what was said)
        if (e > start + 2 && m_a.isPunct(e, ',') && e + 3 < end && (m_a.keyIs(e + 1, "a") || m_a.keyIs(e + 1, "an")) &&
            m_a.keyIsOneOf(e + 2, "claim", "charge", "allegation", "assertion", "theory", "rumour", "rumor", "view", "move",
                           "step", "suggestion", "notion", "accusation", "prediction", "promise", "pledge", "remark") &&
            auxiliaryBetween(start, e))  // (not "decisions on …, a step Ashby took, rested with …": the subject's)
            break;
        // A non-restrictive relative clause adds the writer's words about someone (but not in the
        // middle of the reported clause: "added that if his son Beau, who died …, were still serving")
        // (nor in a subject after "that": "say that Gov. García, who must decide, has revealed nothing")
        // ("accused Rafael Cruz, who was born and raised in Cuba, of associating …": the object goes
        // on after the relative clause, which holds no part of the report)
        if (e > start && m_a.isPunct(e, ',') && e + 1 < end && m_a.keyIs(e + 1, "who") && objectGoesOnAfterRelative(e + 1, end)) {
            std::uint32_t close = e + 2;
            while (close < end && !m_a.isPunct(close, ','))
                ++close;
            e = close;
            continue;
        }
        if (e > start && m_a.isPunct(e, ',') && e + 1 < end && m_a.keyIs(e + 1, "who") &&
            (nounPhrase || (!clauseOpenedAt(start) && !(start > 0 && m_a.keyIs(start - 1, "that"))) || verbBetween(start, e)) &&
            !verbAfterAside(e + 1, end) && !(nounPhrase && objectGoesOnAfterRelative(e + 1, end)) &&
            !(ownSubject && m_a.is(start, wc::Pronoun) && relativeOnObject(start, e)))
            break;
        if (objectEndsAt(e))
            break;
        if (nounPhrase && e > start + 1 && (m_a.keyIs(e, "and") || m_a.keyIs(e, "but")) && e + 2 < end && m_a.quotationAt(e) < 0 &&
            pastVerbAt(e + 1) && !m_a.keyIs(e + 2, "by") && (m_a.is(e + 1, wc::Verb) || startsVerbPhrase(e + 1, end)) &&
            (m_a.key(e + 1).ends_with("ed") || !infinitiveBetween(start, e)))
            break;  // "talked about the stock market and made comments about …": the next act (not "to raise issues and set agendas")
        if (nounPhrase && e > start && m_a.isPunct(e, ',') && e + 2 < end && m_a.key(e + 1).ends_with("ed") &&
            startsVerbPhrase(e + 1, end) && m_a.quotationAt(e) < 0 && !m_a.keyIs(e + 2, "by"))  // (not ", produced by …")
            break;  // "mocked his rivals, talked over them": the next act in a list
        if (!nounPhrase && e > start && m_a.isPunct(e, ',') && e + 2 < end && m_a.quotationAt(e) < 0 && sharesSubject(e + 1) &&
            m_cues[static_cast<std::size_t>(m_cueAt[e + 1])].form != CueForm::ThirdPerson && !m_a.keyIs(e + 2, "by") &&
            verbBetween(start, e))
            break;  // "suggested her cycle was behind her tone, called her “third-rate” and …": the next act in a list
        if (nounPhrase && e > start && m_a.isPunct(e, ',') && e + 2 < end && (m_a.keyIs(e + 1, "and") || m_a.keyIs(e + 1, "but")) &&
            isSubjectPronoun(m_a, e + 2))
            break;  // "favor a role for government in health care, and they certainly don't mind …": a clause of its own
        if (nounPhrase && e > start && m_a.isPunct(e, ',') && e + 1 < end && m_a.is(e + 1, wc::Auxiliary) && m_a.isLowerWord(e + 1) &&
            !thatBetween(start, e))  // (not "the claim that the articles, produced by …, were …")
            break;  // "Right to Rise, a super PAC backing Jeb Bush, has been …": the main clause goes on
        if (nounPhrase && e > start + 1 && m_a.keyIs(e, "who") && e + 1 < end && m_cueAt[e + 1] >= 0 &&
            (m_cues[static_cast<std::size_t>(m_cueAt[e + 1])].flags & cueflag::Speech) && !thatBetween(start, e))
            break;  // "offered fresh ammunition to Republicans who say …": the relative clause is their own report
        // (but after a parenthetical attribution, ", but the city had offered nothing" is still the speaker's)
        // (nor the last item of a list: "expects Obama, Abe, and Park to …", "in Great Britain, France,
        // and Gulf State allies")
        if (e > start && (m_a.isPunct(e, ',') || dash) && e + 1 < end && writersAside(e + 1) &&
            !(parenthetical && m_a.isPunct(e, ',') && (m_a.keyIs(e + 1, "and") || m_a.keyIs(e + 1, "but"))) &&
            !(m_a.keyIs(e + 1, "and") && serialListBefore(e, start)))
            break;  // ", even though she did not carry the virus", "-- but he didn't": the writer's own comment
        if (e > start + 1 && m_a.token(e).kind == TokenKind::QuoteMark && m_a.isPunct(e - 1, ',') && e + 1 < end &&
            writersAside(e + 1)) {
            ++e;  // "“jobs, jobs, jobs,” but he has also …": the same after a quotation's comma
            break;
        }
        if ((m_a.isPunct(e, ',') || (dash && m_a.quotationAt(e) < 0)) && cutsHere(e, end))
            break;  // (a dash too: "… from Wall Street — asserting that …")
        if (e > start + 1 && m_a.token(e).kind == TokenKind::QuoteMark && m_a.quotationAt(e) < 0 && m_a.isPunct(e - 1, ',') &&
            e + 1 < end && cutsHere(e, end)) {
            ++e;  // "… were “overblown,” adding that …": the same after a quotation's comma
            break;
        }
        // ("claimed the figure was exaggerated but did not give its own": a negated act after "but"
        // is the speaker's, once the reported clause has a subject of its own)
        if (ownSubject && e > start + 2 && m_a.keyIs(e, "but") && e + 2 < end && m_a.quotationAt(e) < 0 &&
            m_a.keyIsOneOf(e + 1, "did", "does") && m_a.is(e + 2, wc::Negation) && e + 3 < end &&
            ((m_cueAt[e + 3] >= 0 &&
              (m_cues[static_cast<std::size_t>(m_cueAt[e + 3])].flags & (cueflag::Speech | cueflag::Belief)) == cueflag::Speech) ||
             m_a.keyIsOneOf(e + 3, "give", "provide", "offer", "specify", "identify", "name", "disclose") ||
             m_a.keyIsOneOf(e + 3, "cite", "publish", "release", "produce", "detail", "explain", "elaborate")))
            break;  // (but "had lost a day's takings but did not begrudge it" goes on)
        if (e > start && m_a.is(e, wc::Conjunction) && e + 2 < end && m_a.isAdverbLike(e + 1) && !m_a.is(e + 1, wc::Negation)) {
            std::uint32_t verb = e + 1;
            while (verb < end && verb < e + 4 && m_a.isAdverbLike(verb))
                ++verb;
            // (but "said they were «disappointed» and fully supported …": after a clause with a subject of
            // its own, a stance goes on with it, as without the adverb)
            const Cue* next = verb < end && m_cueAt[verb] >= 0 ? &m_cues[static_cast<std::size_t>(m_cueAt[verb])] : nullptr;
            if (next && sharesSubject(verb) &&
                (!subjectOfItsOwn || (next->flags & (cueflag::Strong | cueflag::Naming)) || (verb + 1 < end && m_a.keyIs(verb + 1, "that"))))
                break;  // "… and repeatedly says", "… and almost immediately disclosed": the adverbs belong to the second attribution
        }
        // ("praised Mr. Clarke's work preserving the property but also had to give him more time": a
        // verb after a conjunction is the subject's next act; an object has no verb of its own)
        if (nounPhrase && e > start && m_a.is(e, wc::Conjunction) && e + 2 < end && !thatBetween(start, e)) {
            std::uint32_t verb = e + 1;
            while (verb + 1 < end && verb < e + 4 && m_a.isAdverbLike(verb) && !m_a.is(verb, wc::Negation))
                ++verb;
            // (not a question's inverted auxiliary: "…: Would I rather … or would I prefer …")
            const bool nextVerb = (m_a.is(verb, wc::Auxiliary) && m_a.isLowerWord(verb) && !m_a.keyIsOneOf(verb, "being", "having") &&
                                   !(verb + 1 < end && m_a.is(verb + 1, wc::Pronoun))) ||
                                  (verb > e + 1 && pastVerbAt(verb)) ||
                                  // (", and found itself at the centre of a row": after a comma, a past verb at once;
                                  // the comma may stand inside a quotation's close: "as a “terrible situation,” but stopped …")
                                  (verb == e + 1 &&
                                   (m_a.isPunct(e - 1, ',') ||
                                    (e > start + 2 && m_a.token(e - 1).kind == TokenKind::QuoteMark && m_a.isPunct(e - 2, ','))) &&
                                   (pastVerbAt(verb) ||
                                    (m_cueAt[verb] >= 0 && m_cues[static_cast<std::size_t>(m_cueAt[verb])].form == CueForm::PastOrParticiple)));
            bool colon = false;
            for (std::uint32_t t = start; nextVerb && t < e && !colon; ++t)
                colon = m_a.isPunct(t, ':');  // (looked for only where a verb follows: most conjunctions end nothing)
            if (nextVerb && !colon)
                break;
        }
        // ("calling her “the champion working families need” and powerful AFT President Randi
        // Weingarten hugging her": after a quotation, "and" and another subject with its participle)
        if (nounPhrase && e > start + 1 && m_a.keyIs(e, "and") && m_a.token(e - 1).kind == TokenKind::QuoteMark) {
            bool absolute = false, subject = false;  // (not "… and consider taking …": a verb, no subject)
            for (std::uint32_t t = e + 1; t < end && t < e + 8 && !absolute; ++t) {
                if (m_a.token(t).kind != TokenKind::Word || m_a.is(t, wc::Auxiliary | wc::Verb | wc::Preposition))
                    break;
                absolute = subject && m_a.isLowerWord(t) && m_a.key(t).size() > 4 && m_a.key(t).ends_with("ing");
                subject = subject || m_a.isCapitalized(t) || m_a.is(t, wc::Determiner);
            }
            if (absolute)
                break;
        }
        // ("said the government would «study the report carefully» but gave no commitment …": a
        // past verb cannot go on a clause with a past modal; it is the speaker's next act)
        if (!nounPhrase && e > start + 2 && m_a.keyIs(e, "but") && e + 2 < end && m_a.isLowerWord(e + 1) &&
            (m_a.key(e + 1).ends_with("ed") ||
             m_a.keyIsOneOf(e + 1, "gave", "made", "took", "held", "kept", "left", "sent", "went", "put", "met", "got", "came")) &&
            !m_a.is(e + 1, wc::Auxiliary | wc::Determiner | wc::Pronoun)) {
            bool modal = false;
            for (std::uint32_t t = start; t < e && !modal; ++t)
                modal = m_a.keyIsOneOf(t, "would", "could", "might");
            if (modal)
                break;
        }
        // ("said the investigation was “at an early stage” and declined to speculate": a refusal is
        // the speaker's own act, not what they said)
        if (e > start + 2 && m_a.is(e, wc::Conjunction) && e + 2 < end && m_a.keyIsOneOf(e + 1, "declined", "refused") &&
            m_a.keyIs(e + 2, "to") && !subjectOfItsOwn)
            break;
        // (with a subject of its own, "said he rated contestants … and talked about …" goes on: only a
        // strong cue, "… and added that …", is the speaker's again)
        if (e > start && m_a.is(e, wc::Conjunction) && e + 1 < end) {
            // ("…, and has called for …": the perfect of a second cue)
            const std::uint32_t verb = e + 2 < end && m_a.is(e + 1, wc::Auxiliary) && m_a.isPunct(e - 1, ',') ? e + 2 : e + 1;
            const Cue* next = m_cueAt[verb] >= 0 ? &m_cues[static_cast<std::size_t>(m_cueAt[verb])] : nullptr;
            // ("calling it “disqualifying” and asserting that …": a second participle of speech)
            const bool secondParticiple = next && !next->insideQuote && next->form == CueForm::Gerund && (next->flags & cueflag::Speech);
            // (a naming after a subject of its own too: "said he had battled pneumonia and called it a
            // common ailment")
            // (after a comma, any cue: "said that the case should serve as “…”, and urged tenants to …")
            // ("said its staff had checked the moorings and found no faults": a finding or a belief
            // after "and" goes on with the reported clause's perfect; an urging or a naming is the
            // speaker's next act)
            bool perfectGoesOn = next && !afterComma && verb == e + 1 &&
                                 (next->form == CueForm::PastOrParticiple || next->form == CueForm::Past) &&
                                 !(next->flags & (cueflag::Strong | cueflag::Naming | cueflag::Stance)) &&
                                 ((next->flags & cueflag::Belief) || (m_a.word(verb) && m_a.word(verb)->lemma == "find")) &&
                                 !(verb + 1 < end && m_a.keyIs(verb + 1, "that"));
            bool perfect = false;
            for (std::uint32_t t = start; perfectGoesOn && !perfect && t + 1 < e; ++t)
                perfect = m_a.keyIs(t, "had") && m_a.isLowerWord(t + 1) && (m_a.key(t + 1).ends_with("ed") || m_a.is(t + 1, wc::Verb));
            perfectGoesOn = perfectGoesOn && perfect;
            const bool secondCue = (sharesSubject(verb) || secondParticiple) && !perfectGoesOn &&
                                   (!subjectOfItsOwn || (next->flags & (cueflag::Strong | cueflag::Naming)) ||
                                    (verb + 1 < end && m_a.keyIs(verb + 1, "that")) || afterComma ||
                                    requestAfter(verb, end));
            // (not after a bare subject: "said professors or supervisors would dismiss …")
            // (after an object, any length: "asked for a photo and Clinton said …")
            // (but not inside the clause's subject: "said the United States and its allies will seek …")
            bool inSubject = nounSubject;
            for (std::uint32_t t = start; t < e && inSubject; ++t)
                inSubject = !(m_a.isLowerWord(t) && verbBetween(t, t + 1));  // (a name's "States" is no verb)
            if (secondCue || (countWords(start, e) >= (nounPhrase ? 1u : 3u) && !inSubject && !perfectGoesOn &&
                              attributionStartsAt(e + 1, end) && !backshiftedActAfter(e + 1, end, nounPhrase)))
                break;  // "… but demanded guarantees", "… and she accused …": a second attribution
        }
    }
    while (e > start && (isTerminalPunct(m_a, e - 1) || m_a.isPunct(e - 1, ',') || m_a.isPunct(e - 1, 0x2014) ||
                         (m_a.keyIs(e - 1, "that") && !(e < end && isTerminalPunct(m_a, e))) ||  // "could change that."
                         (m_a.token(e - 1).kind == TokenKind::QuoteMark && m_a.quotationAt(e - 1) < 0 &&
                          (e - 1 == start || m_covered[e - 1] || m_a.quotes().innermost[e - 2] < 0))))
        --e;
    if (nounPhrase && e > start + 2 && isWeekday(m_a.key(e - 1))) {
        // "pushed back on those claims Thursday": the day belongs to the act, not its object
        --e;
        if (m_a.keyIs(e - 1, "on") || m_a.keyIs(e - 1, "last") || m_a.keyIs(e - 1, "this") || m_a.keyIs(e - 1, "next"))
            --e;
    }
    return e;
}

// The words after a clause-final cue: "…, Rasmussen said on Monday." Returns the token where
// the tail stops (the sentence end or a comma), or `end` + 1 when it is not a short tail.
std::uint32_t IndirectAttributor::tailEnd(const Cue& cue, std::uint32_t k, std::uint32_t end) const
{
    k = skipRecipient(cue, k, end);
    k = skipAdverbials(k, end);
    // ("…, prosecutors said on Monday as his fraud trial opened.": when it was said closes the sentence)
    if (std::uint32_t stop = k; k < end && (cue.flags & cueflag::Strong)) {
        while (stop < end && !isTerminalPunct(m_a, stop))
            ++stop;
        if (stop > k + 2 && circumstanceAt(k, stop))
            k = stop;
    }
    while (k < end && ((isTerminalPunct(m_a, k) && !m_a.isPunct(k, ';')) || m_a.isPunct(k, ')')))  // (after ";" the writer goes on)
        ++k;
    while (k < end && m_a.token(k).kind == TokenKind::QuoteMark && m_a.quotationAt(k) < 0)
        ++k;
    return k;
}

void IndirectAttributor::emit(std::int32_t c, SourcePhrase&& source, std::span<const Range> ranges, std::string_view rule)
{
    const auto index = static_cast<std::int32_t>(m_out.size());
    if (c >= 0 && hearingAudience(m_cues[static_cast<std::size_t>(c)], source))
        source = SourcePhrase{};  // "Kingsmouth Crown Court heard that …": who spoke goes unnamed
    Attribution& attr = m_out.emplace_back();  // (built in place: moved in whole, it cost as much again)
    attr.kind = QuoteKind::Indirect;
    attr.cue = c;
    attr.source = std::move(source);
    attr.rule = rule;
    attr.spans.reserve(ranges.size());
    for (auto [from, to] : ranges) {
        to = throughOpenQuotation(from, to);
        attr.spans.push_back(spanOf(from, to));
        for (std::uint32_t t = from; t < to; ++t) {
            m_covered[t] = true;
            const std::int32_t q = m_a.quotationAt(t);
            if (q >= 0 && m_owner[static_cast<std::size_t>(q)] < 0) {
                m_owner[static_cast<std::size_t>(q)] = index;
                attr.kind = QuoteKind::Mixed;  // a quoted fragment inside reported speech
            }
        }
    }
    if (c < 0)
        return;  // (an attribution without a cue: "reportedly")
    if (m_cues[static_cast<std::size_t>(c)].flags & cueflag::Belief && !(m_cues[static_cast<std::size_t>(c)].flags & cueflag::Speech))
        attr.belief = true;
    m_cueUsed[static_cast<std::size_t>(c)] = true;
}

// "The court heard that …", "the inquest was told": the court, jury or inquest listened; a
// witness or counsel spoke.
bool IndirectAttributor::hearingAudience(const Cue& cue, const SourcePhrase& source) const
{
    if (!source.valid() || source.kind == SourceKind::Pronoun || !heardOrToldAlone(cue))
        return false;
    return isHearingAudience(m_a.key(source.endToken - 1));
}

// "heard", or "told" with no one after it: "…, jury told", "the inquest was told" (a headline's
// passive, "was" left out), where the court is who was told.
bool IndirectAttributor::heardOrToldAlone(const Cue& cue) const
{
    const lexicon::WordInfo* info = m_a.word(cue.token);
    if (!info)
        return false;
    if (info->lemma == "hear")
        return true;
    return info->lemma == "tell" && cue.form != CueForm::Base && cue.form != CueForm::Gerund &&
           (cue.endToken >= m_a.tokenCount() || isTerminalPunct(m_a, cue.endToken) ||
            m_a.sentenceOf(cue.endToken).firstToken == cue.endToken);
}

// "…, a jury at Ravensmere Crown Court heard": the comma before the court, jury or inquest that
// heard what the clause before it says; 0 if the cue is no "hear" after such a body.
std::uint32_t IndirectAttributor::commaBeforeListeners(const Cue& cue, std::uint32_t sentenceStart) const
{
    if (!heardOrToldAlone(cue))
        return 0;
    bool listeners = false;
    for (std::uint32_t k = cue.token; k > sentenceStart + 1 && cue.token - k < 8;) {
        --k;
        if (m_a.isPunct(k, ','))
            return listeners ? k : 0;
        listeners = listeners || isHearingAudience(m_a.key(k));
    }
    return 0;
}

// "Guccifer said, per a translator, that …", "Kaine now says, however, that …": an aside
// between commas before "that" belongs to neither.
std::uint32_t IndirectAttributor::skipAsideBeforeThat(std::uint32_t k, std::uint32_t end) const
{
    if (k >= end || !m_a.isPunct(k, ','))
        return k;
    for (std::uint32_t close = k + 2; close + 1 < end && close - k <= 8; ++close) {
        if (m_a.token(close).kind == TokenKind::QuoteMark || m_a.isPunct(close, '.'))
            return k;
        if (m_a.isPunct(close, ','))
            return m_a.keyIs(close + 1, "that") ? close + 1 : k;
    }
    return k;
}

// "the changes, which officials said will go into effect next month", "what he said were the
// failures of Clinton": the relative pronoun stands for the subject of the reported clause.
bool IndirectAttributor::relativeReport(std::int32_t c, SourcePhrase& source, std::uint32_t k, const Sentence& s)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    if (!source.valid() || k != cue.endToken || k >= s.endToken || cue.form == CueForm::Gerund)
        return false;
    if (!m_a.is(k, wc::Auxiliary))
        return whReport(c, source, k, s);
    std::uint32_t relative = source.firstToken;
    if (m_a.keyIs(relative, "that") && relative + 1 < source.endToken) {
        ++source.firstToken;  // "information that government officials said would …"
        source.span.begin = m_a.token(source.firstToken).span.begin;
    } else if (relative > s.firstToken &&
               (m_a.keyIs(relative - 1, "which") || m_a.keyIs(relative - 1, "that") || m_a.keyIs(relative - 1, "what") ||
                m_a.keyIs(relative - 1, "who") || m_a.keyIs(relative - 1, "whom"))) {  // "daughters, who he said were …"
        --relative;
    } else {
        return false;
    }
    std::uint32_t e = contentEnd(k, s.endToken);
    if (relative > 0 && m_a.isPunct(relative - 1, ','))
        e = commaWithin(k + 1, e);  // ", which officials said will start soon, will not …": the clause closes at its comma
    if (countWords(k, e) < 2 || m_covered[relative])
        return false;
    emit(c, std::move(source), {{relative, relative + 1}, {k, e}}, "relative-speaker-cue");
    return true;
}

// Where the subject of the verb at `verb` starts in its sentence (after a dateline, quotation
// marks and words other reports took), or `verb` when the verb stands in a subordinate clause:
// "…, who fled after their homes were attacked by troops".
std::uint32_t IndirectAttributor::subjectStart(const Sentence& s, std::uint32_t verb) const
{
    std::uint32_t start = afterDateline(m_a, s.firstToken, verb);
    while (start < verb && (m_a.token(start).kind == TokenKind::QuoteMark || m_covered[start]))
        ++start;
    for (std::uint32_t k = verb; k > start && !m_a.isPunct(k - 1, ',');) {
        --k;
        if (m_a.keyIs(k, "who") || m_a.keyIs(k, "which") || m_a.keyIs(k, "that"))
            return verb;
        // "But if she seemed to embody contradictions": the subordinate clause's own subject
        if (m_a.is(k, wc::Subordinator))
            return k + 1 < verb ? k + 1 : verb;
    }
    return start;
}

// Where the verb group ending at `verb` starts: its auxiliaries and adverbs ("has been", "was
// first", "have also"), not before `limit`.
std::uint32_t IndirectAttributor::verbGroupStart(std::uint32_t verb, std::uint32_t limit) const
{
    while (verb > limit && (m_a.is(verb - 1, wc::Auxiliary) || m_a.isVerbGroupAdverb(verb - 1)))
        --verb;
    return verb;
}

// "The recent spate of strandings has been described as “heartbreaking” by the conservation
// department", "The meeting was first reported by Politico": the agent after "by" is the source,
// the subject (with what follows the verb) the content.
bool IndirectAttributor::passiveAgent(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    std::uint32_t by = cue.endToken;
    while (by < s.endToken && by - cue.endToken < 10 && !m_a.keyIs(by, "by") && !m_a.isPunct(by, ',') &&
           !isTerminalPunct(m_a, by))
        ++by;
    if (by + 1 >= s.endToken || !m_a.keyIs(by, "by"))
        return false;
    SourcePhrase source = sourceAfter(m_a, by + 1, s.endToken);
    if (!source.valid())
        return false;
    // ("reported by the site Bytewire, which said a researcher had …": the relative clause holds a
    // report of its own, no part of the agent)
    for (std::uint32_t t = source.firstToken + 1; t + 1 < source.endToken; ++t)
        if (m_a.isPunct(t, ',') && (m_a.keyIs(t + 1, "which") || m_a.keyIs(t + 1, "who")))
            for (std::uint32_t k = t + 2; k < source.endToken; ++k)
                if (m_cueAt[k] >= 0 && (m_cues[static_cast<std::size_t>(m_cueAt[k])].flags & cueflag::Speech)) {
                    source.endToken = t;
                    source.span.end = m_a.token(t - 1).span.end;
                    break;
                }
    const std::uint32_t verbGroup = verbGroupStart(cue.token, s.firstToken);  // "has been", "was first"
    // ("Residents have been told by the company that runs their heating network that their charges
    // will rise": who heard it is the subject; what was told, the that-clause after the agent)
    if (cue.flags & cueflag::TakesRecipient)
        for (std::uint32_t k = source.endToken; k + 3 < s.endToken && !isTerminalPunct(m_a, k); ++k)
            if (m_a.keyIs(k, "that") && (m_a.is(k + 1, wc::Determiner | wc::Pronoun) || m_a.isCapitalized(k + 1)) &&
                m_cueAt[k + 1] < 0) {
                const std::uint32_t to = contentEnd(k + 1, s.endToken);
                if (countWords(k + 1, to) < 3 || m_covered[k + 1])
                    break;
                source.endToken = std::min(source.endToken, k);
                emit(c, std::move(source), {{k + 1, to}}, "passive-agent");
                return true;
            }
    const std::uint32_t start = subjectStart(s, verbGroup);
    if (start >= verbGroup || countWords(start, verbGroup) < 1)
        return false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges = {{start, verbGroup}};
    if (by > cue.endToken)
        ranges.push_back({cue.endToken, by});
    emit(c, std::move(source), ranges, "passive-agent");
    return true;
}

// "the difference between what Trump says his tax plan would do and how experts say …": the
// wh-word and the clause after the cue, which lacks what the wh-word stands for.
bool IndirectAttributor::whReport(std::int32_t c, SourcePhrase& source, std::uint32_t k, const Sentence& s)
{
    const std::uint32_t wh = source.firstToken > s.firstToken ? source.firstToken - 1 : source.firstToken;
    if (wh == source.firstToken || !(m_a.keyIs(wh, "what") || m_a.keyIs(wh, "how") || m_a.keyIs(wh, "why")) ||
        m_covered[wh] || !(m_a.is(k, wc::Pronoun | wc::Determiner) || m_a.token(k).has(tokflag::Possessive) ||
                           m_a.keyIs(k, "his") || m_a.keyIs(k, "her") || m_a.keyIs(k, "their")))
        return false;
    std::uint32_t e = contentEnd(k, s.endToken);
    for (std::uint32_t t = k + 1; t + 1 < e; ++t)
        if (m_a.isPunct(t, ',') || ((m_a.keyIs(t, "and") || m_a.keyIs(t, "or") || m_a.keyIs(t, "but")) &&
                                    (m_a.keyIs(t + 1, "how") || m_a.keyIs(t + 1, "what") || m_a.keyIs(t + 1, "why")))) {
            e = t;  // "… and how experts say it would shape tax law"
            break;
        }
    if (countWords(k, e) < 3)
        return false;
    emit(c, std::move(source), {{wh, wh + 1}, {k, e}}, "relative-speaker-cue");
    return true;
}

// "seemed", "appears": an impression, which names no one who has it.
bool IndirectAttributor::impression(std::int32_t c) const
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const lexicon::WordInfo* info = m_a.word(cue.token);
    if (!info || cue.form == CueForm::Gerund || !(info->lemma == "seem" || info->lemma == "appear"))
        return false;
    // (not "Stumpf in a televised interview appeared to blame …": said, so someone's)
    for (std::uint32_t t = m_a.sentenceOf(cue.token).firstToken; t < cue.token; ++t)
        if (m_a.keyIs(t, "interview") || m_a.keyIs(t, "statement") || m_a.keyIs(t, "speech"))
            return false;
    return true;
}

// "The ban is expected to be approved next month": a passive with no agent names no source;
// the clause around the cue is what is expected (PolNeAR's convention too).
bool IndirectAttributor::passiveWithoutAgent(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    // "it was widely reported that Mr. Trump paid …": an empty "it"; the that-clause is the report
    // ("The inquest was told that she had complained …": the subject heard it; the same)
    const std::uint32_t subject = verbGroupStart(cue.token, s.firstToken);
    const bool emptyIt = subject > s.firstToken && subject < cue.token && m_a.keyIs(subject - 1, "it");
    // ("The board was told in January that …": a phrase of time or place before "that")
    const std::uint32_t that = cue.flags & cueflag::TakesRecipient ? thatAfterWords(m_a, cue.endToken, s.endToken) : cue.endToken;
    if ((emptyIt || (cue.flags & cueflag::TakesRecipient)) && that + 2 < s.endToken && m_a.keyIs(that, "that")) {
        const std::uint32_t from = that + 1;
        const std::uint32_t to = contentEnd(from, s.endToken);
        if (countWords(from, to) < 3 || m_covered[from])
            return false;
        emit(c, SourcePhrase{}, {{from, to}}, "passive-no-agent");
        return true;
    }
    const std::uint32_t start = clauseSubjectStart(cue.token, s);
    std::uint32_t e = contentEnd(cue.endToken, s.endToken);
    if (start > s.firstToken && m_a.is(start - 1, wc::Subordinator))
        e = commaWithin(cue.endToken, e);  // "When the case was argued in December, …": the subordinate clause ends at its comma
    if (start >= cue.token || e <= cue.endToken || countWords(start, e) < 5)
        return false;
    for (std::uint32_t t = start; t < e; ++t)
        if (m_covered[t])
            return false;
    // "Mr. Ackman is convinced that Valeant will recover": a state of mind, which its subject is in
    const lexicon::WordInfo* info = m_a.word(cue.token);
    const std::string_view lemma = info ? info->lemma : std::string_view{};
    if (lemma == "convince" || lemma == "persuade" || lemma == "worry" || lemma == "concern") {
        SourcePhrase subject = sourceBefore(m_a, cue.token, start);
        const std::uint32_t from = m_a.keyIs(cue.endToken, "that") ? cue.endToken + 1 : cue.endToken;
        if (subject.valid() && subject.firstToken >= start && countWords(from, e) >= 3 && !m_covered[from]) {
            emit(c, std::move(subject), {{from, e}}, "speaker-cue-clause");
            return true;
        }
    }
    // "The decision | is widely expected | to be unfavorable": the subject and what is said of it,
    // without the cue and its auxiliaries
    const std::uint32_t group = verbGroupStart(cue.token, start);
    if (group > start && countWords(start, group) >= 1 && countWords(cue.endToken, e) >= 1)
        emit(c, SourcePhrase{}, {{start, group}, {cue.endToken, e}}, "passive-no-agent");
    else
        emit(c, SourcePhrase{}, {{start, e}}, "passive-no-agent");
    return true;
}

// Where the subject of the clause around `verb` starts, after any opening phrase: "Among the
// Democrats, Mrs. Clinton and Mr. Sanders appeared to be …", "As Trump has become …, the race
// itself has seemed to …" (an opening phrase is no part of what is said).
std::uint32_t IndirectAttributor::clauseSubjectStart(std::uint32_t verb, const Sentence& s) const
{
    std::uint32_t start = subjectStart(s, verb);
    if (start < verb && m_a.is(start, wc::Preposition | wc::Subordinator | wc::Adverb | wc::TimeWord)) {
        const std::uint32_t group = verbGroupStart(verb, start);
        for (std::uint32_t t = group; t > start + 1;) {
            --t;
            if (m_a.isPunct(t, ',') && m_a.quotationAt(t) < 0 && !verbBetween(t + 1, group) && countWords(t + 1, group) >= 1)
                return t + 1;
        }
    }
    return start;
}

// "The FBI is reportedly making arrangements to interview her": hearsay that names no source,
// the whole clause around the adverb (PolNeAR annotates 14 of the 29 on train).
void IndirectAttributor::hearsayAdverbs()
{
    static const lexicon::WordInfo* const reportedly = lexicon::lookup("reportedly");  // (a pointer compare per word)
    const std::uint32_t count = m_a.tokenCount();  // (read once: the loop asks it of every token)
    for (std::uint32_t t = 1; t + 1 < count; ++t) {
        if (m_a.word(t) != reportedly || !m_a.isLowerWord(t) || m_a.insideQuote(t) || m_covered[t])
            continue;
        const Sentence& s = m_a.sentenceOf(t);
        const std::uint32_t start = clauseSubjectStart(t, s);
        const std::uint32_t e = contentEnd(t + 1, s.endToken);
        if (start >= t || e <= t + 1 || countWords(start, e) < 4)
            continue;
        bool free = true;
        for (std::uint32_t k = start; k < e && free; ++k)
            free = !m_covered[k];
        if (!free)
            continue;
        emit(-1, SourcePhrase{}, {{start, e}}, "hearsay-adverb");
        m_out.back().verb = m_a.token(t).span;
    }
}

// "His office put out a statement saying …", "Vitter issued a letter stating …": the one who
// issued the document says what it says.
SourcePhrase IndirectAttributor::documentSubject(std::uint32_t gerund, const Sentence& s) const
{
    if (gerund < s.firstToken + 3 || !isDocumentNoun(m_a, gerund - 1))
        return {};
    // ("have since released statements deploring …": a bare plural, right after its verb)
    const std::uint32_t noun = gerund - 1;
    const bool barePlural = m_a.key(noun).ends_with('s') && (m_a.is(noun - 1, wc::Verb | wc::Cue) || m_a.key(noun - 1).ends_with("ed"));
    std::uint32_t k = noun;
    while (!barePlural && k > s.firstToken && gerund - k < 5 && !m_a.is(k, wc::Determiner) && m_a.isLowerWord(k - 1) &&
           !m_a.is(k - 1, wc::Verb | wc::Auxiliary | wc::Preposition))
        --k;  // "a brief written statement"
    if ((!barePlural && !m_a.is(k, wc::Determiner)) || k <= s.firstToken)
        return {};
    std::uint32_t verb = k - 1;
    if ((m_a.keyIs(verb, "out") || m_a.keyIs(verb, "up") || m_a.is(verb, wc::Recipient)) && verb > s.firstToken)
        --verb;  // "put out", "sent out", "sent reporters"
    const bool verbLike = m_a.is(verb, wc::Verb | wc::Cue) || m_a.key(verb).ends_with("ed") || m_a.keyIs(verb, "put") ||
                          m_a.keyIs(verb, "sent") || m_a.keyIs(verb, "wrote") || m_a.keyIs(verb, "made");
    if (!m_a.isLowerWord(verb) || !verbLike || m_a.is(verb, wc::Preposition | wc::Determiner | wc::Pronoun))
        return {};
    return sourceBefore(m_a, verbGroupStart(verb, s.firstToken), s.firstToken);
}

// "took turns rebutting …", "has drawn huge crowds describing …": a thing right before a
// participle, the object of the verb before it, whose subject is the participle's; invalid when
// the phrase before the participle is no such object.
SourcePhrase IndirectAttributor::objectVerbSubject(const SourcePhrase& before, std::uint32_t gerund, const Sentence& s) const
{
    if (!before.valid() || before.kind != SourceKind::CommonNoun || before.type != SpeakerType::Unknown ||
        before.endToken != gerund || before.firstToken <= s.firstToken + 1 ||
        m_a.is(gerund - 1, wc::CollectiveSource | wc::PersonRole | wc::OrgNoun) || m_a.isCapitalized(gerund - 1) ||
        isDocumentNoun(m_a, gerund - 1) || authoredDocumentNoun(m_a, gerund - 1) || m_a.keyIs(gerund - 1, "petition"))
        return {};  // ("signed a petition calling for …": the document speaks)
    // ("has drawn huge crowds": the participle read into the phrase is the verb)
    const bool participleFirst = before.endToken > before.firstToken + 1 && m_a.is(before.firstToken - 1, wc::Auxiliary) &&
                                 m_a.isLowerWord(before.firstToken) &&
                                 (m_a.key(before.firstToken).ends_with("ed") || m_a.key(before.firstToken).ends_with("wn"));
    const std::uint32_t verb = participleFirst ? before.firstToken : before.firstToken - 1;
    const bool verbLike = m_a.isLowerWord(verb) && !m_a.is(verb, wc::Preposition | wc::Determiner | wc::Pronoun | wc::Auxiliary) &&
                          (m_a.is(verb, wc::Verb | wc::Cue) || (m_a.key(verb).size() > 3 && m_a.key(verb).ends_with("ed")) ||
                           m_a.keyIsOneOf(verb, "took", "drawn", "drew", "made", "gave", "held", "spent", "won", "led"));
    if (!verbLike)
        return {};
    SourcePhrase subject = sourceBefore(m_a, verbGroupStart(verb, s.firstToken), s.firstToken);
    return subject.valid() && subject.kind != SourceKind::Pronoun ? subject : SourcePhrase{};
}

// "Curiel, who through his office declined to comment, was born …", "Right to Rise, the super
// PAC supporting Jeb Bush, spent …": a cue inside an aside set off by commas after a name
bool IndirectAttributor::insideAside(const Cue& cue, const Sentence& s) const
{
    for (std::uint32_t t = cue.token; t > s.firstToken + 1;) {
        --t;
        if (m_a.token(t).kind == TokenKind::QuoteMark || isTerminalPunct(m_a, t))
            return false;
        if (!m_a.isPunct(t, ','))
            continue;
        if (m_a.keyIs(t + 1, "who") || m_a.keyIs(t + 1, "which"))
            return true;
        return cue.form == CueForm::Gerund && (m_a.keyIs(t + 1, "the") || m_a.keyIs(t + 1, "a") || m_a.keyIs(t + 1, "an")) &&
               m_a.isCapitalized(t - 1) && !m_a.is(t - 1, wc::TimeWord);
    }
    return false;
}

// "Russia said on Thursday that time was running out …"
// "Sir Alan, asked about Dame Ruth's view, said only that …": the question put to the speaker in an
// aside, not a question anyone asked of record.
bool IndirectAttributor::questionAside(const Cue& cue, const Sentence& s) const
{
    std::uint32_t open = cue.token;
    if (open > s.firstToken && m_a.keyIs(open - 1, "when"))
        --open;
    if (open <= s.firstToken + 1 || !m_a.isPunct(open - 1, ',') || cue.form == CueForm::Base || cue.form == CueForm::Gerund ||
        !m_a.word(cue.token) || m_a.word(cue.token)->lemma != "ask")
        return false;
    for (std::uint32_t t = cue.endToken; t + 1 < s.endToken && t < cue.endToken + 24; ++t)
        if (m_a.isPunct(t, ',') && m_cueAt[t + 1] >= 0) {
            const Cue& next = m_cues[static_cast<std::size_t>(m_cueAt[t + 1])];
            return (next.flags & cueflag::Speech) && next.form != CueForm::Gerund && next.form != CueForm::Base;
        }
    return false;
}

bool IndirectAttributor::subjectCueContent(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    if (questionAside(cue, s))
        return false;  // (a question of no one's, askedClause's)
    if (invertedAtSentenceEnd(cue, s))
        return false;  // "…, forcing her to fend off both Trump and Sanders, said Brad Bannon, a pollster.": clause-final
    // ("Castell, who was questioned by lawmakers about …": a passive's subject is who was asked)
    if (cue.passive && cue.endToken < s.endToken && m_a.keyIs(cue.endToken, "by"))
        return false;
    SourcePhrase source = sourceBeforeCue(static_cast<std::size_t>(c));
    if (cue.form == CueForm::Gerund) {
        // "with Sen. John McCain calling it a “Chinese menu”", "GOP primary voters saying they want …":
        // the phrase right before the participle is its subject
        const bool direct = source.valid() && source.endToken == cue.token && source.kind != SourceKind::Pronoun;
        const bool absolute = direct && source.firstToken > s.firstToken && m_a.keyIs(source.firstToken - 1, "with");
        // (but "released statements deploring …" are the statements of who released them, and
        // "took turns rebutting" the turns of who took them)
        const SourcePhrase document = documentSubject(cue.token, s);  // (read once: asked again below)
        SourcePhrase issuer = direct && source.kind == SourceKind::CommonNoun ? document : SourcePhrase{};
        if (!issuer.valid() && direct)
            issuer = objectVerbSubject(source, cue.token, s);
        if (issuer.valid())
            source = issuer;
        const bool reduced = !issuer.valid() && direct &&
                             ((source.kind == SourceKind::CommonNoun && source.plural) ||
                              ((cue.flags & cueflag::Stance) && source.kind != SourceKind::Pronoun));
        // "Many leaders are pushing to make …": a progressive, whose subject is before the auxiliary
        const bool progressive = cue.token > s.firstToken + 1 && isBeForm(m_a, cue.token - 1);
        if (progressive)
            source = sourceBefore(m_a, verbGroupStart(cue.token, s.firstToken), s.firstToken);
        else if (!absolute && !reduced && !issuer.valid())
            source = document;  // "His office put out a statement saying …"
        if (!absolute && !reduced && !progressive && !source.valid())
            source = participleSubject(m_ctx, cue.token);  // "…, adding that …"
        if (!source.valid())
            source = embeddedSubject(m_ctx, cue.token);  // "… by saying that …"
        if (!source.valid())
            return false;
    } else if (const std::int32_t conjunction = m_a.conjunctionBefore(cue.token);
               !source.valid() && cue.token > s.firstToken && conjunction >= 0) {
        source = sharedSource(static_cast<std::uint32_t>(conjunction), s.firstToken);  // "The union welcomed the date but demanded …"
        if (!source.valid())
            return false;
    } else if (!source.valid()) {
        source = embeddedSubject(m_ctx, cue.token);  // "leaders met Friday to discuss …"
        if (!source.valid() && (cue.flags & cueflag::Speech) && ((cue.flags & cueflag::Strong) || cue.form == CueForm::Past))
            source = subjectRegion(cue, s);  // "proponents of more controls on hate speech here say …"
        if (!source.valid())
            return false;
    } else {
        // The name itself must be free; an apposition after it may hold a report of its own
        // ("Cruz, who says Trump is attacking him, said …").
        // (but "Ted Cruz endorses Trump, who says he is honored": the antecedent of "who" may be
        // another report's object)
        const bool relativeSource = source.endToken > source.firstToken &&
                                    (m_a.keyIs(source.endToken - 1, "who") || m_a.keyIs(source.endToken - 1, "which"));
        // "… attend the convention and others have said": a report's last words joined to the next subject
        for (std::uint32_t t = source.endToken; t > source.firstToken + 1 && !relativeSource;) {
            --t;
            if (m_a.is(t, wc::Conjunction) && m_covered[t - 1] && !m_covered[t]) {
                source = sourceBefore(m_a, cue.token, t + 1);
                if (!source.valid())
                    return false;
                break;
            }
        }
        for (std::uint32_t t = source.firstToken; t < source.endToken && !m_a.isPunct(t, ',') && !relativeSource; ++t)
            if (m_covered[t])
                return false;
        if (!relativeSource && cue.afterAuxiliary && objectOfVerbBefore(source))  // "Anyone who … closing a deal will tell you …"
            if (SourcePhrase subject = sentenceSubject(m_a, s.firstToken, source.firstToken); subject.valid())
                source = std::move(subject);
    }
    std::uint32_t k = cue.endToken;
    const std::uint32_t afterCue = k;
    // ("Norvaland Vows to Retaliate": a title-case headline's plan)
    const auto titleCasePlanAt = [&](std::uint32_t t) {
        return t + 1 < s.endToken && m_a.keyIs(t, "to") && m_a.isCapitalized(cue.token) && m_a.isWord(t + 1) &&
               m_a.isCapitalized(t + 1) && !m_a.token(t + 1).has(tokflag::Possessive) && inTitleLine(m_a, t);
    };
    const auto infinitiveAt = [&](std::uint32_t t) {
        return t + 1 < s.endToken && m_a.keyIs(t, "to") && (m_a.isLowerWord(t + 1) || titleCasePlanAt(t)) &&
               !m_a.is(t + 1, wc::Determiner | wc::Pronoun) && cue.form != CueForm::Base;
    };
    // "threatened not to show up", "warned him not to get too nasty": a negated plan, the negation its first word
    const auto negatedPlanAt = [&](std::uint32_t t) {
        return t < s.endToken && (m_a.keyIs(t, "not") || m_a.keyIs(t, "never")) && infinitiveAt(t + 1);
    };
    // "vowed Tuesday to remain in the fight": a day between the cue and its plan
    const bool dayBeforePlan = k < s.endToken && m_a.is(k, wc::TimeWord) && m_a.isCapitalized(k) && infinitiveAt(k + 1) &&
                               !m_a.is(k + 2, wc::Recipient | wc::CollectiveSource | wc::PersonRole);
    bool plan = infinitiveAt(k) || negatedPlanAt(k) || dayBeforePlan;
    if (dayBeforePlan)
        ++k;
    // "warned against potential hackers": the object of the preposition is what is warned of
    const bool against = k < s.endToken && m_a.keyIs(k, "against");
    bool skippedRecipient = false;
    if (!plan && !against) {
        k = skipRecipient(cue, k, s.endToken);
        skippedRecipient = k > afterCue;
        plan = k > afterCue && negatedPlanAt(k);
        if (!plan) {
            k = skipAdverbials(k, s.endToken);
            k = skipAsideBeforeThat(k, s.endToken);
        }
    }
    if (relativeReport(c, source, k, s))
        return true;
    bool complementizer = plan;  // "refused to give", "vowed to fight": the plan is the content
    // (not "calls that into question": a demonstrative)
    const bool thatIntoQuestion = k + 2 < s.endToken && m_a.keyIs(k + 1, "into") && m_a.keyIs(k + 2, "question");
    // ("were still talking early on Saturday after a session that began …": talk takes no that-clause,
    // the "that" is a noun's; "spoke to reporters at the base": whom, not what)
    const lexicon::WordInfo* verb = m_a.word(cue.token);
    const bool talk = verb && (verb->lemma == "talk" || verb->lemma == "speak" || verb->lemma == "chat");
    if (talk && k + 1 < s.endToken &&
        ((k > cue.endToken && m_a.keyIs(k, "that")) ||
         ((m_a.keyIs(k, "to") || m_a.keyIs(k, "with")) &&
          (m_a.is(k + 1, wc::Recipient) || (k + 2 < s.endToken && m_a.is(k + 1, wc::Determiner) && m_a.is(k + 2, wc::Recipient))))))
        return false;
    if (k < s.endToken && ((m_a.keyIs(k, "that") && !thatIntoQuestion) || m_a.isPunct(k, ':'))) {
        ++k;
        complementizer = true;
    }
    if (!complementizer && k + 3 < s.endToken && m_a.isPunct(k, ',') && k == cue.endToken &&
        m_a.token(k + 1).kind == TokenKind::Word) {
        // "Marco Rubio says, win or lose in Tuesday's primary, he's staying": an aside, then the
        // clause with its own subject; both are the report
        const SourcePhrase subject = subjectAfterComma(k + 1, s.endToken, 12);
        if (subject.kind == SourceKind::Pronoun || subject.kind == SourceKind::Name)
            complementizer = true;  // from the comma on, read as "said that, if elected, he would …"
    }
    const std::uint32_t clauseStartToken = k;  // "said that, if elected, he would …": the aside is part of it
    if (complementizer && k + 2 < s.endToken && m_a.isPunct(k, ',')) {
        std::uint32_t close = k + 1;
        while (close < s.endToken && close - k < 12 && !m_a.isPunct(close, ','))
            ++close;
        if (close < s.endToken && m_a.isPunct(close, ',') && close + 1 < s.endToken) {
            k = close + 1;
        } else if (m_a.token(k + 1).kind == TokenKind::QuoteMark) {
            ++k;  // "said that, “Of course he will defend himself” against …"
        } else {
            // "insist that, with the candidate focused on … convention, there have been few …": a
            // longer aside, when a clause with its own subject follows it
            while (close < s.endToken && close - k < 40 && !m_a.isPunct(close, ',') && m_a.quotationAt(close) < 0)
                ++close;
            if (close + 2 < s.endToken && m_a.isPunct(close, ',') &&
                (newClauseAt(close + 1, s.endToken) || (m_a.keyIs(close + 1, "there") && m_a.is(close + 2, wc::Auxiliary))))
                k = close + 1;
        }
    }
    bool openingPhrase = false;
    if (complementizer && !plan && k == clauseStartToken && k + 3 < s.endToken &&
        m_a.is(k, wc::Preposition | wc::Subordinator | wc::TimeWord)) {  // (a plan's "to" opens no phrase)
        // "said that in 1998, Clinton allowed …": an opening phrase of the reported clause
        // ("noted that at his first meeting, in 1972, he supported …": a phrase of time after it too)
        SourcePhrase subject = subjectAfterComma(k + 1, s.endToken, 8);
        if (!subject.valid()) {
            std::uint32_t comma = k + 1;
            while (comma < s.endToken && comma - k < 8 && !m_a.isPunct(comma, ',') && m_a.quotationAt(comma) < 0)
                ++comma;
            if (comma + 2 < s.endToken && m_a.isPunct(comma, ',') && m_a.is(comma + 1, wc::Preposition))
                subject = subjectAfterComma(comma + 1, s.endToken, 6);
        }
        if (subject.valid()) {
            k = subject.firstToken;
            openingPhrase = true;
        }
    }
    bool prepositionalObject = false;
    if (!complementizer && k < s.endToken && (m_a.keyIs(k, "of") || (m_a.keyIs(k, "about") && !m_a.approximatesNumber(k)) || against) &&
        k == afterCue) {
        ++k;  // "warned of a crisis", "spoke about the plan"
        prepositionalObject = true;
    }
    if (complementizer && k == s.endToken && m_a.isPunct(k - 1, ':') && paragraphAfterColon(c, source, k))
        return true;
    if (k >= s.endToken || m_a.isPunct(k, ',') || m_covered[k] || isTerminalPunct(m_a, k))
        return false;
    if (m_a.is(k, wc::Auxiliary) && !complementizer && !m_a.keyIs(k, "having") && !m_a.keyIs(k, "being"))
        return false;  // "… Carson said was written …": a relative clause, not a report (but "said having …")
    const bool objectCue = (cue.flags & cueflag::TakesObject) || prepositionalObject;
    // ("praised her performance, and …", "called its plan “reckless”": an owner's word opens an
    // object, not a clause, after a verb that does not report speech)
    const bool objectOwner = objectCue && !(cue.flags & cueflag::Speech) && isPossessiveDeterminer(m_a, k);
    const bool clauseStart = complementizer || (m_a.is(k, wc::Pronoun) && !objectOwner) || m_a.isCapitalized(k) ||
                             m_a.keyIs(k, "whether") || m_a.keyIs(k, "if") || m_a.keyIs(k, "what") ||
                             m_a.keyIs(k, "how") || m_a.keyIs(k, "why") ||
                             // (after a recipient a bare past opens a clause too: "told the council her house shook …")
                             subjectBeforeFiniteVerb(k, s.endToken,
                                                     skippedRecipient || !(cue.flags & (cueflag::TakesObject | cueflag::Naming)));
    // "attacked Machado in early-morning tweets": a name right after the cue is its object
    const bool nameObjectStart = objectCue && !complementizer && m_a.isCapitalized(k) && !m_a.is(k, wc::Pronoun);
    // (a naming's object and its name are a noun phrase too: "called her performance “fearless,”")
    const bool namesObject = (cue.flags & cueflag::Naming) && !complementizer;
    std::uint32_t e = contentEnd(k, s.endToken, (!clauseStart && (objectCue || namesObject)) || nameObjectStart);
    // ("attacked Machado in early-morning tweets", "said as much in an interview earlier Thursday":
    // a name or "as much" with no verb after it is an object, and the phrases after it say where)
    const bool asMuch = m_a.keyIs(k, "as") && k + 1 < s.endToken && m_a.keyIs(k + 1, "much");
    if (!complementizer && !nameObjectStart && e > k + 1 &&
        (asMuch || (m_a.isCapitalized(k) && !m_a.is(k, wc::Pronoun | wc::Determiner) && m_a.quotationAt(k) < 0 &&
                    !inTitleLine(m_a, k))) &&  // (not a title-case headline's word: "Shows Bias When It Comes To …")
        !verbBetween(k + 1, e))
        e = std::min(e, contentEnd(k, s.endToken, true));
    if (!complementizer && (cue.flags & cueflag::Strong) && circumstanceAt(k, e))
        return false;  // "Susan said as she turned around": when it was said, not what
    if (!complementizer && heardNotSaid(k, e))
        return false;
    bool openedBySubordinator = source.valid() && source.firstToken > s.firstToken && source.firstToken - s.firstToken <= 3;
    // ("Despite polls showing her well behind, Clinton campaigned …": an opening preposition too)
    for (std::uint32_t t = s.firstToken; openedBySubordinator && t < source.firstToken; ++t)
        openedBySubordinator = m_a.is(t, wc::Subordinator | wc::Conjunction) || (t > s.firstToken && m_a.isAdverbLike(t)) ||
                               (t == s.firstToken && m_a.is(t, wc::Preposition) && !m_a.keyIs(t, "according"));
    if (openedBySubordinator && m_a.is(s.firstToken, wc::Subordinator | wc::Conjunction | wc::Preposition)) {
        // "When Clinton noted that …, he smiled": the report ends with the subordinate clause
        // ("But even as Trump claimed …, one of the prosecutors said …", "But while Republicans are
        // supporting the delay, multiple sources say …": where the main clause's attribution starts)
        for (std::uint32_t t = k + 1; t + 1 < e; ++t)
            if (m_a.isPunct(t, ',') && m_a.quotationAt(t) < 0 &&
                (m_a.is(t + 1, wc::Pronoun | wc::Determiner) || m_a.isCapitalized(t + 1) || attributionStartsAt(t + 1, e))) {
                e = t;
                break;
            }
    } else if (source.valid() && inAdverbialClause(source.firstToken, s)) {
        // "While the top candidates of both parties say …, they differ …", "Clinton, though she
        // praised Garland and said …, notably stopped short …": the main clause after the comma
        for (std::uint32_t t = k + 1; t + 2 < e; ++t) {
            if (!m_a.isPunct(t, ',') || m_a.quotationAt(t) >= 0)
                continue;
            std::uint32_t verb = t + 1;
            while (verb + 1 < e && m_a.isLowerWord(verb) && m_a.isAdverbLike(verb))
                ++verb;
            const bool mainVerb = verb > t + 1 && m_a.isLowerWord(verb) &&
                                  (m_a.is(verb, wc::Auxiliary | wc::Verb) || m_a.key(verb).ends_with("ed"));
            if (newClauseAt(t + 1, s.endToken) || isSubjectPronoun(m_a, t + 1) || mainVerb) {
                e = t;
                break;
            }
        }
    }
    // ("Imogen Whitcombe, whose office opposed Pruitt's release, wrote": "whose" and its noun too)
    const bool whose = source.endToken >= 4 && source.endToken <= cue.token &&
                       ((m_a.keyIs(source.endToken - 2, "whose") && m_a.isPunct(source.endToken - 3, ',')) ||
                        (source.endToken >= 5 && m_a.keyIs(source.endToken - 3, "whose") && m_a.isPunct(source.endToken - 4, ',')));
    if ((source.endToken >= 2 && (m_a.keyIs(source.endToken - 1, "who") || m_a.keyIs(source.endToken - 1, "which")) &&
         m_a.isPunct(source.endToken - 2, ',')) ||
        whose || insideAside(cue, s))
        e = commaWithin(k + 1, e);  // "Suu Kyi, who said the vote was a sham, left": the relative clause closes at its comma
    else if (cue.form == CueForm::Gerund && source.endToken == cue.token && (cue.flags & cueflag::Stance)) {
        // "A super PAC backing Jeb Bush has spent heavily": the sentence's own verb ends the object
        for (std::uint32_t t = k + 1; t < e; ++t)
            if (m_a.is(t, wc::Auxiliary) && m_a.isLowerWord(t) && m_a.quotationAt(t) < 0) {
                e = t;
                while (e > k + 1 && m_a.isAdverbLike(e - 1))
                    --e;
                break;
            }
    } else if (cue.form == CueForm::Gerund && source.endToken + 1 < cue.token && m_a.isPunct(source.endToken, ',') &&
             m_a.is(source.endToken + 1, wc::Preposition | wc::Subordinator))
        e = commaWithin(k + 1, e);  // "Mr. Sanders, after initially saying he would not …, took …": the aside closes at its comma
    const std::uint32_t words = countWords(k, e);
    bool quotesWords = false;  // "called it “reckless”": a naming with the speaker's own word is a report
    for (std::uint32_t t = k; t < e && !quotesWords; ++t)
        quotesWords = m_a.quotationAt(t) >= 0;
    // Where the learned cue model is sure this verb reports, short objects are contents too.
    const bool confident = cue.score >= kConfidentCue;
    const bool naming = (cue.flags & cueflag::Naming) && (quotesWords || confident) && words >= 2;
    bool nameObject = words >= 1 && words <= 3 && k == afterCue;
    for (std::uint32_t t = k; t < e && nameObject; ++t)
        nameObject = m_a.isCapitalized(t) && !m_a.is(t, wc::NotAName | wc::TimeWord);
    // "Cruz has endorsed Trump.", "Brown endorsed her, citing …"
    const bool pronounObject = e == k + 1 && k == afterCue && isObjectPronoun(m_a, k);
    const bool stanceOnName = (cue.flags & cueflag::Stance) && (nameObject || pronounObject);
    // "46 percent said yes", "64 percent say the same of Sanders": an answer stands for a whole report
    const bool answer = (cue.flags & cueflag::Speech) && k == afterCue &&
                        ((words == 1 && (m_a.keyIs(k, "yes") || m_a.keyIs(k, "no")) && e == k + 1) ||
                         (m_a.keyIs(k, "the") && k + 1 < e && m_a.keyIs(k + 1, "same")));
    // "…, referring to Condoleezza Rice": whom the speaker meant is the content, however short
    const bool reference = m_a.word(cue.token) && m_a.word(cue.token)->lemma == "refer" && cue.endToken > cue.token + 1 &&
                           k == afterCue && words >= 1;
    if (answer || reference) {
        emit(c, std::move(source), {{k, e}}, "speaker-cue-object");
        return true;
    }
    if ((words < 3 && !naming && !(confident && words >= 2) && !stanceOnName) ||
        (!clauseStart && !objectCue && !confident && !(cue.flags & (cueflag::Speech | cueflag::Belief))))
        return false;
    // "He denied the allegations", "She confirmed the report": a denial or a confirmation of a short
    // object is a stance too
    const std::string_view lemma = m_a.word(cue.token) ? m_a.word(cue.token)->lemma : std::string_view{};
    const bool denial = lemma == "deny" || lemma == "confirm";
    const bool stance = ((cue.flags & cueflag::Stance) || denial) && !prepositionalObject;
    if (!clauseStart && objectCue && words < (stanceOnName ? 1u : stance ? 2u : confident ? 3u : 5u) && !naming)
        return false;  // "rejected the criticism on Monday": an act, not a report
    if (!clauseStart && !objectCue && words < (confident ? 3u : 4u))
        return false;
    const bool object = !clauseStart && (objectCue || confident);
    // with the aside or the opening phrase
    const std::uint32_t from = openingPhrase ? clauseStartToken : k > clauseStartToken ? clauseStartToken + 1 : k;
    if (source.firstToken > cue.token && source.firstToken > from && source.firstToken < e) {
        // "Noting that both battled the media, Schlafly put …": the participle's clause ends
        // before its subject
        e = source.firstToken;
        while (e > from && (m_a.isPunct(e - 1, ',') || m_a.token(e - 1).kind == TokenKind::QuoteMark))
            --e;
        if (countWords(from, e) < 2)
            return false;
    }
    // "continued his assault on Mr. Bush", "offered an emotional defense of the city": the act is
    // part of the cue, what it is about the content
    const std::uint32_t about = object ? afterActNoun(from, e) : from;
    if (!titleCasePlanAt(about) && addresseeOnly(cue, about, e))
        return false;
    if (object && m_a.keyIs(about, "anonymity"))
        return false;  // "who requested anonymity to discuss …": the terms of speaking, as "asked not to be named"
    // ("A custodian found her body the next morning": a person finds a thing; a study finds a fact)
    if (object && thingFound(cue, source, about, e))
        return false;
    emit(c, std::move(source), {{about, e}}, object ? "speaker-cue-object" : "speaker-cue-clause");
    return true;
}

// After "his assault on", "an emotional defense of", "strident defenses of" opening an object
// that ends at `end`: where what the act is about starts, or `from` when the object is no such act.
std::uint32_t IndirectAttributor::afterActNoun(std::uint32_t from, std::uint32_t end) const
{
    static constexpr std::string_view kActs[] = {
        "assault", "assaults", "attack", "attacks", "criticism", "critique", "defenses",
        "endorsement", "opposition", "praise", "concern", "concerns", "questions", "doubts",
        "mention", "reference", "references", "condemnation", "denunciation", "warning", "warnings", "complaints",
        "complaint", "objections", "broadside", "broadsides", "tirade", "rebuke", "salvo", "jabs", "swipe", "swipes"};
    std::uint32_t k = from;
    if (k < end && m_a.is(k, wc::Determiner))
        k += 1;  // "his", "an"
    else if (k + 1 < end && m_a.token(k + 1).has(tokflag::Possessive))
        k += 2;  // "Trump’s"
    for (std::uint32_t noun = k; noun + 2 < end && noun - k < 3; ++noun) {
        if (!m_a.isLowerWord(noun))
            return from;
        const std::uint32_t prep = noun + 1;
        const bool preposition = m_a.keyIs(prep, "of") || m_a.keyIs(prep, "on") || m_a.keyIs(prep, "about") ||
                                 m_a.keyIs(prep, "against") || m_a.keyIs(prep, "for") || m_a.keyIs(prep, "to");
        // (the list of acts read only before such a preposition: most nouns have none after them)
        if (preposition && std::any_of(std::begin(kActs), std::end(kActs), [&](std::string_view w) { return m_a.keyIs(noun, w); })) {
            // (not "the criticism on Monday", nor a clause: "his recent attacks on Trump have given him …")
            if (m_a.is(prep + 1, wc::TimeWord) || m_a.token(prep + 1).kind == TokenKind::Number)
                return from;
            for (std::uint32_t t = prep + 1; t < end; ++t)
                if (m_a.is(t, wc::Auxiliary | wc::Verb) || (m_cueAt[t] >= 0 && !m_a.insideQuote(t)))
                    return from;
            return prep + 1;
        }
        if (m_a.is(noun, wc::Preposition | wc::Verb | wc::Auxiliary | wc::Cue))
            return from;
    }
    return from;
}

// The subject of a clause after the first comma (outside quotations) within `reach` tokens of
// `from`: "win or lose in Tuesday's primary, he’s staying", "in 1998, Clinton allowed". None
// when no phrase starts right after that comma with a verb after it.
SourcePhrase IndirectAttributor::subjectAfterComma(std::uint32_t from, std::uint32_t end, std::uint32_t reach) const
{
    std::uint32_t close = from;
    while (close < end && close - from + 1 < reach && !m_a.isPunct(close, ',') && m_a.quotationAt(close) < 0)
        ++close;
    if (close + 1 >= end || !m_a.isPunct(close, ','))
        return {};
    SourcePhrase subject = sourceAfter(m_a, close + 1, end);
    if (!subject.valid() || subject.firstToken != close + 1 || subject.endToken >= end)
        return {};
    const std::uint32_t next = subject.endToken;
    const bool verb = (m_a.isLowerWord(next) && !m_a.is(next, wc::Preposition | wc::Determiner | wc::Conjunction)) ||
                      m_a.token(next).has(tokflag::Possessive);  // "he’s"
    return verb ? subject : SourcePhrase{};
}

// "The governor added:" closing its paragraph, then a paragraph in the speaker's words without
// quotation marks (a block quotation whose marks the page kept as layout): that paragraph is
// what was said.
bool IndirectAttributor::paragraphAfterColon(std::int32_t c, SourcePhrase& source, std::uint32_t k)
{
    const std::uint32_t paragraph = m_a.paragraphOf(k - 1);
    const auto& paragraphs = m_a.seg().paragraphs;
    if (paragraphs[paragraph].endToken != k || paragraph + 1 >= paragraphs.size())
        return false;
    const std::uint32_t start = paragraphs[paragraph + 1].firstToken;
    std::uint32_t end = paragraphs[paragraph + 1].endToken;
    if (start >= end || m_a.token(start).kind != TokenKind::Word || m_a.quotationAt(start) >= 0)
        return false;
    for (std::uint32_t t = start; t < end; ++t)
        if (m_covered[t])
            return false;
    const bool listItem = !isTerminalPunct(m_a, end - 1);
    while (end > start && isTerminalPunct(m_a, end - 1))
        --end;
    if (countWords(start, end) < 4)
        return false;
    emit(c, SourcePhrase(source), {{start, end}}, "speaker-cue-clause");
    // ("Read the full transcript", "Watch the interview": a web page's link, no point of the list)
    const auto pageLink = [&](std::uint32_t t) {
        return m_a.keyIsOneOf(t, "read", "watch", "see", "click", "listen", "follow", "subscribe", "share");
    };
    // "President Obama also said: ¶ The UK must stay in the EU … ¶ He is confident …": a list of
    // points without closing punctuation, each a report of its own
    for (std::size_t next = paragraph + 2; listItem && next < paragraphs.size(); ++next) {
        const std::uint32_t from = paragraphs[next].firstToken, to = paragraphs[next].endToken;
        if (to <= from || isTerminalPunct(m_a, to - 1) || paragraphs[next].endSentence != paragraphs[next].firstSentence + 1 ||
            !m_a.isCapitalized(from) || m_a.quotationAt(from) >= 0 || m_covered[from] || countWords(from, to) < 4 ||
            countWords(from, to) > 40 || pageLink(from))
            break;
        emit(c, SourcePhrase(source), {{from, to}}, "speaker-cue-clause");
    }
    return true;
}

// Does the clause of the phrase starting at `first` open with a subordinator of time, cause or
// concession ("while", "though", "when", …), with no comma between them?
bool IndirectAttributor::inAdverbialClause(std::uint32_t first, const Sentence& s) const
{
    for (std::uint32_t t = first; t > s.firstToken && first - t < 12;) {
        --t;
        if (m_a.isPunct(t, ',') || m_a.token(t).kind == TokenKind::QuoteMark || m_a.is(t, wc::Cue))
            return false;
        for (std::string_view w : {"while"sv, "when"sv, "whenever"sv, "though"sv, "although"sv, "because"sv, "since"sv,
                                   "if"sv, "after"sv, "before"sv, "once"sv, "until"sv, "unless"sv, "whereas"sv, "as"sv})
            if (m_a.keyIs(t, w))
                return true;
    }
    return false;
}

// A subordinate clause of time or manner with no main clause after it, in [k, e): "as she
// turned around and spread her cape", "while a student at Marquette".
bool IndirectAttributor::circumstanceAt(std::uint32_t k, std::uint32_t e) const
{
    // (not "when": "have not said when they would take it up" asks a question)
    if (e < k + 3 || !(m_a.keyIs(k, "as") || m_a.keyIs(k, "while") || m_a.keyIs(k, "before") ||
                       m_a.keyIs(k, "after") || m_a.keyIs(k, "until")))
        return false;
    if (m_a.keyIs(k, "as") && (m_a.keyIs(k + 1, "much") || m_a.keyIs(k + 1, "many") || m_a.keyIs(k + 1, "well") ||
                               m_a.keyIs(k + 1, "such") || m_a.keyIs(k + 1, "far")))
        return false;  // "said as much": a pronoun-like object
    for (std::uint32_t t = k + 1; t < e; ++t)
        if (m_a.isPunct(t, ',') || m_a.quotationAt(t) >= 0)
            return false;
    return true;
}

// Does a clause with its own subject start at token i: "the PGA could not find", "she was"?
bool IndirectAttributor::newClauseAt(std::uint32_t i, std::uint32_t end) const
{
    // ("…, but late Saturday he announced …": when, before the subject)
    while (i + 2 < end && ((m_a.is(i, wc::TimeWord) && m_a.isCapitalized(i)) || m_a.keyIs(i, "late") || m_a.keyIs(i, "early") ||
                           m_a.keyIs(i, "later") || m_a.keyIs(i, "then") ||
                           (m_a.keyIs(i, "on") && m_a.is(i + 1, wc::TimeWord) && m_a.isCapitalized(i + 1))))
        ++i;
    const SourcePhrase subject = sourceAfter(m_a, i, end);
    if (!subject.valid() || subject.endToken >= end)
        return false;
    std::uint32_t verb = subject.endToken;
    // ("…, and a meeting on Wednesday evening drew a crowd": a day after the subject)
    if (verb + 2 < end && m_a.keyIs(verb, "on") && m_a.is(verb + 1, wc::TimeWord) && m_a.isCapitalized(verb + 1))
        verb += isDayPart(verb + 2) ? 3 : 2;
    const std::uint32_t adverbsFrom = verb;
    while (verb + 1 < end && verb < adverbsFrom + 2 && m_a.isLowerWord(verb) && m_a.isAdverbLike(verb))
        ++verb;  // "Senate aides later said": adverbs before the verb
    // (a cue right after a pronoun too: "…, but late Saturday he announced …")
    return (m_a.is(verb, wc::Auxiliary | wc::Verb) && !m_a.isPunct(verb, ',')) ||
           ((verb > subject.endToken || subject.kind == SourceKind::Pronoun) && m_cueAt[verb] >= 0 &&
            m_cues[static_cast<std::size_t>(m_cueAt[verb])].form != CueForm::Gerund);
}

// "claimed his side should have had …", "said the winner was for …": a determined noun phrase and
// a finite auxiliary after it open a clause with no "that", not an object.
constexpr auto kNotBareNoun = wc::Auxiliary | wc::Preposition | wc::Conjunction | wc::Subordinator | wc::Pronoun |
                              wc::Negation | wc::Verb | wc::TimeWord;

bool IndirectAttributor::subjectBeforeFiniteVerb(std::uint32_t k, std::uint32_t end, bool pastVerbToo) const
{
    // (a finite auxiliary: not "be", "been", "being" or "having", which need one before them)
    const auto finiteAuxiliary = [&](std::uint32_t t) {
        return m_a.isLowerWord(t) && m_a.is(t, wc::Auxiliary) && !m_a.keyIsOneOf(t, "be", "been", "being", "having");
    };
    // ("said two men, aged 24 and 31, were arrested": the subject's ages between commas)
    // ("said such tanks, usually made of titanium and wrapped in carbon fibre, were …": a participle's
    // aside about the subject, between commas)
    const auto pastAges = [&](std::uint32_t i) {
        if (i + 2 >= end || !m_a.isPunct(i, ','))
            return i;
        std::uint32_t word = i + 1;
        if (m_a.isAdverbLike(word) && word + 1 < end)
            ++word;
        const bool participle = m_a.isLowerWord(word) && (m_a.key(word).ends_with("ed") ||
                                                          m_a.keyIsOneOf(word, "made", "known", "built", "written", "seen",
                                                                         "given", "taken", "born", "held", "run", "found"));
        const std::uint32_t reach = m_a.keyIs(i + 1, "aged") ? 8 : participle ? 18 : 0;
        for (std::uint32_t close = i + 2; close + 1 < end && close < i + reach; ++close) {
            if (m_a.token(close).kind == TokenKind::QuoteMark)
                break;
            if (m_a.isPunct(close, ','))
                return close + 1;
        }
        return i;
    };
    if (k + 1 < end && (m_a.token(k).kind == TokenKind::Number || m_a.approximatesNumber(k))) {
        // ("said at least 12 people had died", "says 210 have died": an amount as the subject)
        std::uint32_t i = k;
        while (i < end && i < k + 3 && !(m_a.token(i).kind == TokenKind::Number))
            ++i;
        ++i;
        while (i < end && i < k + 7 && m_a.isLowerWord(i) && !m_a.is(i, kNotBareNoun) && !m_a.isAdverbLike(i))
            ++i;
        return i < end && finiteAuxiliary(pastAges(i));
    }
    if (k + 2 >= end || !m_a.isLowerWord(k))
        return false;
    // ("said officials were …": after a verb that takes no object, a bare noun opens the clause too)
    const bool determined = m_a.is(k, wc::Determiner) || isPossessiveDeterminer(m_a, k);
    if (!determined && (!pastVerbToo || m_a.is(k, kNotBareNoun) || m_a.isAdverbLike(k) || m_cueAt[k] >= 0))
        return false;
    // (after a verb that takes no object, a verb in -ed too: "said the system missed a third of …")
    // (or an irregular past: "said the water ran out", "said most riders he knew carried …")
    const auto pastVerb = [&](std::uint32_t t) {
        return pastVerbToo && ((m_a.key(t).size() > 4 && m_a.key(t).ends_with("ed")) ||
                               m_a.keyIsOneOf(t, "ran", "went", "came", "took", "made", "gave", "knew", "began", "kept", "held",
                                              "brought", "paid", "met", "stood", "sat", "grew", "struck", "threw", "drew",
                                              "broke", "fought", "caught", "bought", "sold", "sent", "spent", "built", "shook") ||
                               m_a.keyIsOneOf(t, "stole", "froze", "chose", "drove", "flew", "hid", "tore", "woke", "sank", "slid",
                                              "stuck", "swept", "swung", "fled", "wrote", "spoke", "rang", "told", "found",
                                              "thought", "became", "forgot", "got", "did", "died", "led", "fed") ||
                               m_a.keyIsOneOf(t, "fell", "rose", "won", "lost", "left", "saw", "hit", "cut", "set", "put", "shut"));
    };
    const std::uint32_t nounFrom = determined ? k + 1 : k;
    // (a name after the determiner, and a second noun phrase after "and": "said the United States
    // and its allies will seek …")
    std::uint32_t i = nounFrom;
    std::uint32_t limit = k + 4;
    while (i < end && i <= limit) {
        if (i > nounFrom && i + 1 < end && (m_a.keyIs(i, "and") || m_a.keyIs(i, "or")) &&
            (m_a.is(i + 1, wc::Determiner) || isPossessiveDeterminer(m_a, i + 1))) {
            i += 2;
            limit = i + 3;
            continue;
        }
        const bool name = determined && m_a.isCapitalized(i) && !m_a.is(i, wc::Pronoun | wc::NotAName | wc::TimeWord);
        if (!(m_a.isLowerWord(i) || m_a.token(i).has(tokflag::Possessive) || name) ||
            m_a.is(i, wc::Auxiliary | wc::Preposition | wc::Conjunction | wc::Subordinator | wc::Determiner | wc::Pronoun |
                          wc::Negation) ||
            m_a.isAdverbLike(i) || (i > nounFrom && pastVerb(i)))
            break;
        ++i;
    }
    // ("said her first priority at the legislature would be …": a phrase of place after the noun)
    if (i > nounFrom && i + 2 < end && determined && m_a.is(i, wc::Preposition) && !m_a.keyIsOneOf(i, "to", "of")) {
        std::uint32_t j = i + 1;
        if (m_a.is(j, wc::Determiner))
            ++j;
        const std::uint32_t phrase = j;
        while (j < end && j < phrase + 3 && m_a.isWordLike(j) && !m_a.is(j, wc::Auxiliary | wc::Preposition | wc::Conjunction) &&
               m_cueAt[j] < 0)
            ++j;
        if (j > phrase && j < end && finiteAuxiliary(j))
            return true;
    }
    i = i > nounFrom ? pastAges(i) : i;
    return i > nounFrom && i < end && (finiteAuxiliary(i) || (m_a.isLowerWord(i) && pastVerb(i)));
}

// "said Ferriby-Oduya had called an ambulance …" at k: a name, then an auxiliary, opens a clause
// with a subject of its own.
bool IndirectAttributor::nameBeforeAuxiliary(std::uint32_t k, std::uint32_t end) const
{
    std::uint32_t i = k;
    while (i < end && i < k + 4 && m_a.isCapitalized(i) && !m_a.is(i, wc::Pronoun | wc::NotAName | wc::TimeWord | wc::Determiner))
        ++i;
    return i > k && i + 1 < end && m_a.isLowerWord(i) && m_a.is(i, wc::Auxiliary) && !m_a.keyIsOneOf(i, "be", "been", "being", "having");
}

// "a reviewer for Screen Weekly wrote …" at i: a subject and its reporting verb right after it.
bool IndirectAttributor::reportAt(std::uint32_t i, std::uint32_t end) const
{
    const SourcePhrase subject = sourceAfter(m_a, i, end);
    if (!subject.valid() || subject.kind == SourceKind::Pronoun)
        return false;
    // (the subject's phrases may follow it: "a reviewer for Screen Weekly wrote")
    for (std::uint32_t t = subject.endToken; t < end && t < subject.endToken + 8; ++t) {
        if (m_cueAt[t] >= 0) {
            const CueForm form = m_cues[static_cast<std::size_t>(m_cueAt[t])].form;
            return form != CueForm::Gerund && form != CueForm::Participle;
        }
        if (!m_a.isWordLike(t) || m_a.is(t, wc::Verb | wc::Auxiliary | wc::Conjunction | wc::Subordinator))
            return false;
    }
    return false;
}

// "…, with four of the nine members arguing that …" at i: an absolute clause whose subject
// reports through a participle of its own, not more of the report before it.
bool IndirectAttributor::withReportAt(std::uint32_t i, std::uint32_t end) const
{
    if (!m_a.keyIs(i, "with"))
        return false;
    for (std::uint32_t t = i + 2; t < end && t < i + 16 && !m_a.isPunct(t, ',') && !isTerminalPunct(m_a, t); ++t)
        if (m_cueAt[t] >= 0)
            return m_cues[static_cast<std::size_t>(m_cueAt[t])].form == CueForm::Gerund;
    return false;
}

// "A custodian found her body the next morning": a person (or a body that is no document)
// finding a thing in [from, to) reports nothing; "The audit found failings" does.
bool IndirectAttributor::thingFound(const Cue& cue, const SourcePhrase& source, std::uint32_t from, std::uint32_t to) const
{
    const lexicon::WordInfo* verb = m_a.word(cue.token);
    if (!verb || verb->lemma != "find" || !source.valid() || source.endToken <= source.firstToken || m_a.keyIs(from, "that"))
        return false;
    for (std::uint32_t t = from; t < to; ++t)
        if (m_a.quotationAt(t) >= 0)
            return false;
    // (not "I find his message chilling", "Tiegen found both issues to be disqualifying": a
    // judgement; nor "A jury found Zimmerman not guilty", "an article found no record": a verdict, a finding)
    // (a thing named by its article or owner after a simple past: "found her body", "found a bag")
    if (source.kind != SourceKind::CommonNoun || cue.afterAuxiliary ||
        !(m_a.keyIsOneOf(from, "a", "an", "the") || isPossessiveDeterminer(m_a, from)))
        return false;
    for (std::uint32_t t = source.firstToken; t < source.endToken; ++t)
        if (isDocumentNoun(m_a, t) || authoredDocumentNoun(m_a, t) || evidenceNoun(m_a, t) || m_a.keyIs(t, "studies") ||
            isHearingAudience(m_a.key(t)) ||
            m_a.keyIsOneOf(t, "article", "articles", "inspectors", "investigators", "researchers", "scientists", "auditors"))
            return false;
    return true;
}

// The first comma outside quotations in [from, to), or `to`.
std::uint32_t IndirectAttributor::commaWithin(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t t = from; t < to; ++t)
        if (m_a.isPunct(t, ',') && !m_a.insideQuote(t))
            return t;
    return to;
}

// The comma that ends a clause before token i: ", said" or, after a quoted fragment, ",” said".
// 0 when there is none.
std::uint32_t IndirectAttributor::commaBefore(std::uint32_t i, std::uint32_t sentenceStart) const
{
    if (i > sentenceStart + 1 && m_a.isPunct(i - 1, ','))
        return i - 1;
    if (i > sentenceStart + 2 && m_a.token(i - 1).kind == TokenKind::QuoteMark && m_a.isPunct(i - 2, ','))
        return i - 2;  // "Trump's misinformation may be “strategic,” said Jeffery Hemsley"
    return 0;
}

// "…, the source, who said he had spoken to people inside, told Reuters.": a clause-final source
// with a relative clause between commas; `comma` is the one that closes it.
SourcePhrase IndirectAttributor::describedSourceBefore(std::uint32_t comma, std::uint32_t sentenceStart) const
{
    for (std::uint32_t w = comma; w > sentenceStart + 2 && comma - w < 25;) {
        --w;
        if (m_a.isPunct(w, ',') || m_a.isPunct(w, ';') || m_a.token(w).kind == TokenKind::QuoteMark)
            return {};
        if (!m_a.keyIs(w, "who") || !m_a.isPunct(w - 1, ','))
            continue;
        SourcePhrase source = sourceBefore(m_a, w - 1, sentenceStart);
        if (!source.valid() || source.endToken != w - 1 || source.kind == SourceKind::Pronoun)
            return {};
        return source;
    }
    return {};
}

// "Time is running out, Rasmussen said." / "…, said a spokesman." / "The plan, he said, would fail."
bool IndirectAttributor::contentSubjectCue(std::int32_t c, bool sentenceFinal)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    if (cue.form == CueForm::Gerund || (cue.form == CueForm::Base && cue.afterAuxiliary))
        return false;
    const Sentence& s = m_a.sentenceOf(cue.token);
    SourcePhrase source = sourceBeforeCue(static_cast<std::size_t>(c));
    if (source.valid() && (m_a.keyIs(source.endToken - 1, "who") || m_a.keyIs(source.endToken - 1, "which")))
        return false;  // "Meyer, a former governor who argued with …, said …": a relative clause frames no report
    const std::uint32_t next = cue.endToken;
    if (next + 1 < s.endToken && m_a.keyIs(next, "to") && m_a.isLowerWord(next + 1) &&
        !m_a.is(next + 1, wc::Recipient | wc::CollectiveSource | wc::PersonRole | wc::Determiner | wc::Pronoun))
        return false;  // "…, she plans to root for Iowa": a plan follows, so the cue opens its content
    std::uint32_t before = 0;  // the comma before the attribution
    std::uint32_t after = 0;   // where the words after the attribution start
    std::uint32_t lead = source.valid() ? source.firstToken : 0;
    if (source.valid() && lead > s.firstToken + 1 && m_a.keyIs(lead - 1, "the"))
        --lead;  // "…, the IMF said": a name's article is not part of the name
    std::uint32_t commaBeforeLead = source.valid() && lead > s.firstToken ? commaBefore(lead, s.firstToken) : 0;
    if (source.valid() && !commaBeforeLead && source.kind == SourceKind::Name) {
        // "…, Algerian foreign affairs ministry spokesman Benali Cherif said": the role before the name
        std::uint32_t k = lead;
        while (k > s.firstToken + 1 && lead - k < 5 && m_a.isWord(k - 1) &&
               !m_a.is(k - 1, wc::Cue | wc::Verb | wc::Auxiliary | wc::Preposition | wc::Conjunction | wc::Pronoun |
                                  wc::Subordinator | wc::Determiner | wc::Negation) &&
               !m_a.token(k - 1).has(tokflag::Possessive))
            --k;
        if (k > s.firstToken + 1 && m_a.is(k - 1, wc::Determiner | wc::QuantityMany) && !m_a.isPunct(k - 1, ',') &&
            commaBefore(k - 1, s.firstToken) > 0)
            --k;  // "…, some Democrats now think"
        // ("…, the country's Product Safety Office said": a lower-case owner and its article before the name)
        if (k == lead && k >= s.firstToken + 4 && m_a.token(k - 1).has(tokflag::Possessive) && m_a.isLowerWord(k - 2) &&
            !m_a.is(k - 2, wc::Pronoun | wc::Determiner) && m_a.keyIs(k - 3, "the") && commaBefore(k - 3, s.firstToken) > 0)
            k -= 3;
        if (k < lead && (commaBeforeLead = commaBefore(k, s.firstToken)) > 0) {
            source.firstToken = k;
            source.span.begin = m_a.token(k).span.begin;
            if (source.role.empty())
                source.role = std::string(m_a.text().substr(m_a.token(k).span.begin,
                                                            m_a.token(lead - 1).span.end - m_a.token(k).span.begin));
        }
    }
    const std::uint32_t commaBeforeCue = cue.token > s.firstToken ? commaBefore(cue.token, s.firstToken) : 0;
    const SourcePhrase described = commaBeforeCue > 0 ? describedSourceBefore(commaBeforeCue, s.firstToken) : SourcePhrase{};
    // ("…, many labelled with users’ email addresses": a naming verb with a preposition after it,
    // not its object, is a participle describing the phrase before it)
    if ((cue.flags & cueflag::Naming) && !(cue.flags & cueflag::Strong) && cue.endToken < s.endToken &&
        m_a.is(cue.endToken, wc::Preposition))
        return false;
    if (commaBeforeLead > 0) {
        before = commaBeforeLead;
        after = cue.endToken;
    } else if (described.valid() && (cue.flags & cueflag::Speech) && !m_a.is(cue.token, wc::WeakCue)) {
        source = described;
        before = commaBefore(described.firstToken > s.firstToken + 1 && m_a.keyIs(described.firstToken - 1, "the")
                                 ? described.firstToken - 1
                                 : described.firstToken,
                             s.firstToken);
        after = cue.endToken;
        if (before == 0)
            return false;
    } else if (commaBeforeCue > 0 && !m_a.is(cue.token, wc::WeakCue) &&  // (not "…, offered a restrained embrace")
               !(cue.flags & cueflag::Stance) &&  // (nor "…, mocked the Republican Party": its object)
               !(m_a.word(cue.token) && m_a.word(cue.token)->lemma == "tell") &&  // ("…, told Reuters": who heard it)
               // (nor "…, Dario Lemke, pointed to the empty seats": a cue with its preposition takes an object)
               !(cue.endToken > cue.token + 1 && m_a.is(cue.endToken - 1, wc::Preposition)) &&
               (cue.flags & (cueflag::Speech | cueflag::Question))) {  // ("The thaw …, worried Tasos Georgelis": whom it worried)
        source = invertedSourceAfter(m_a, cue.endToken, s.endToken);
        if (!source.valid())
            return false;
        // (not "…, AKA Danger Mouse, wrote a host of new songs": a thing after the verb is its object)
        if (source.kind == SourceKind::CommonNoun && source.type == SpeakerType::Unknown && !source.plural &&
            !isDocumentNoun(m_a, source.endToken - 1))
            return false;
        before = commaBeforeCue;
        // (not "Ivanka Trump, the nominee's eldest daughter, noted the rule": a subject and its
        // apposition before the cue, its object after it)
        // (but "Part of the problem, say experts, is the ground itself": the clause goes on after it)
        // (a quotation counts as a clause: "Sentence ‘makes a mockery’ of his life, says mother")
        const std::uint32_t opening = afterDateline(m_a, s.firstToken, before);
        bool quoted = false;
        for (std::uint32_t t = opening; t < before && !quoted; ++t)
            quoted = m_a.quotationAt(t) >= 0;
        if (!verbBetween(opening, before) && !quoted && !verbBetween(source.endToken, s.endToken) &&
            source.kind != SourceKind::Name && source.kind != SourceKind::Pronoun)
            return false;
        after = source.endToken;
        if (after + 1 < s.endToken && m_a.keyIs(after, "who") && source.kind != SourceKind::Pronoun) {
            // "…, said a handful of Democrats who point to his ties to labor.": the relative clause
            // says which ones, up to the sentence end
            std::uint32_t close = after + 1;
            while (close < s.endToken && !m_a.isPunct(close, ',') && !isTerminalPunct(m_a, close))
                ++close;
            if (close >= s.endToken || isTerminalPunct(m_a, close)) {
                source.endToken = close;
                source.span.end = m_a.token(close - 1).span.end;
                after = close;
            }
        }
    } else if (const std::uint32_t listeners = commaBeforeListeners(cue, s.firstToken); listeners > 0) {
        source = SourcePhrase{};  // "…, a jury at Ravensmere Crown Court heard on Monday": who spoke goes unnamed
        before = listeners;
        after = cue.endToken;
    } else {
        return false;
    }
    std::uint32_t start = afterDateline(m_a, s.firstToken, before);
    while (start < before && (m_a.token(start).kind == TokenKind::QuoteMark || m_a.isPunct(start, 0x2014) ||
                              m_a.isPunct(start, '(')) &&
           m_a.quotationAt(start) < 0)
        ++start;  // (and "(The French are big fans of the show, Mr. Madden said.)")
    // ("China rebuts …;  Investment, official says, helped …": a headline's clause after its semicolon)
    for (std::uint32_t t = start; t < before; ++t)
        if (m_covered[t] || (m_a.isPunct(t, ';') && inTitleLine(m_a, t)))
            start = t + 1;
    start = afterQuotationAttribution(start, before);
    while (start < before && m_a.isPunct(start, ','))
        ++start;  // "…, but they wouldn’t …, they said": after another report's content
    if (start >= before)
        return false;
    // ("Asked on Monday whether she was worried, Moreno laughed.": the question put to the
    // speaker opens the sentence; it is the asker's, not the speaker's report)
    if (m_cueAt[start] >= 0 && m_a.word(start) && m_a.word(start)->lemma == "ask" &&
        m_cues[static_cast<std::size_t>(m_cueAt[start])].form != CueForm::Base)
        return false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges = {{start, before}};
    const std::uint32_t tail = tailEnd(cue, after, s.endToken);
    // (a comma that ends the text, "Tuesday, he said,", has no rest after it)
    if (tail < s.endToken && !m_a.isPunct(tail, ';') && !(tail + 1 == s.endToken && m_a.isPunct(tail, ','))) {
        // (";": "…, analysts say; in 2012, …" goes on in the writer's words)
        if (!m_a.isPunct(tail, ','))
            return false;
        const std::uint32_t rest = tail + 1;
        const std::uint32_t e = contentEnd(rest, s.endToken, false, true);
        bool participle = m_a.str(rest).ends_with("ing");  // "…, he said, wiping his face"
        for (std::uint32_t t = rest + 1; participle && t < e && t < rest + 6; ++t)
            if (m_a.is(t, wc::Auxiliary))
                participle = false;  // "…, he said, replacing Clinton would be …": a gerund as subject
        if (m_cueAt[rest] >= 0 && m_cues[static_cast<std::size_t>(m_cueAt[rest])].form == CueForm::Gerund)
            participle = true;  // "…, Mr. Manafort said, adding that he would …": a cue of its own
        // ("…, the two companies said Monday, in a deal that would …": an adjunct of the whole
        // sentence, which goes on with no clause of its own)
        if (m_a.keyIsOneOf(rest, "in", "as") && rest + 2 < s.endToken && m_a.keyIsOneOf(rest + 1, "a", "an") &&
            !verbBetween(rest + 2, std::min(contentEnd(rest, s.endToken), rest + 4)))
            participle = true;
        // ("…, the minister said on Wednesday, despite mounting pressure from farmers": the writer's adjunct)
        // (and a concession: "…, the borders minister has said, even though 38,000 cases are outstanding")
        // ("…, the minister told parliament on Tuesday, after the estimated cost rose …": when or why
        // it was said, where the words before the attribution are a clause of their own)
        const bool timeAfter = m_a.keyIsOneOf(rest, "after", "as", "though") ||
                               (rest + 2 < s.endToken && m_a.keyIsOneOf(rest + 1, "days", "weeks", "months", "hours") && m_a.keyIs(rest + 2, "after"));
        if ((timeAfter && verbBetween(start, before)) || withReportAt(rest, s.endToken))
            participle = true;  // (and "…, the minutes showed, with four members arguing that …": a report of its own)
        if (m_a.keyIsOneOf(rest, "despite", "amid", "although") ||
            (m_a.keyIs(rest, "even") && rest + 1 < s.endToken && m_a.keyIs(rest + 1, "though")))
            participle = true;
        // ("…, the hospital announced Thursday, a move that will leave …": the writer's apposition to the whole)
        if (m_a.keyIsOneOf(rest, "a", "an") && rest + 3 < s.endToken && m_a.isLowerWord(rest + 1) &&
            (m_a.keyIsOneOf(rest + 2, "that", "which") || (m_a.isLowerWord(rest + 2) && m_a.keyIsOneOf(rest + 3, "that", "which"))))
            participle = true;
        if (sentenceFinal && !participle)
            return false;
        // "In Miami, Mr. Regalado said, Mr. Trump is seen as …": after an opening phrase the clause
        // itself follows, subject and all
        const bool openerBefore = m_a.is(start, wc::Preposition | wc::Subordinator | wc::Adverb | wc::TimeWord | wc::Conjunction);
        // ("…, records show, and aviation experts say …": a report of its own after the conjunction)
        // (or a subordinator: "…, Mrs Amadi said, though she warned that …")
        // (or a second cue of the same source: "…, the sheriff's office said on Tuesday, and warned that …")
        const auto afterAdverbs = [&](std::uint32_t k, std::uint32_t end) {
            while (k + 1 < end && m_a.isAdverbLike(k) && !m_a.is(k, wc::Negation))
                ++k;
            return k;
        };
        const bool nextReport = m_a.is(rest, wc::Conjunction | wc::Subordinator) && rest + 1 < s.endToken &&
                                (attributionStartsAt(rest + 1, s.endToken) ||
                                 (m_a.is(rest, wc::Conjunction) && sharesSubject(afterAdverbs(rest + 1, s.endToken))));
        // ("…, said the officials, who added that …": a relative clause on the source, not the report)
        const bool relative = m_a.keyIs(rest, "who") || m_a.keyIs(rest, "which");
        if (e > rest && countWords(rest, e) >= 2 && (m_a.isLowerWord(rest) || openerBefore) && !participle && !nextReport &&
            !relative)
            ranges.push_back({rest, e});  // parenthetical: "The plan, he said, would fail."
    }
    std::uint32_t words = 0;
    for (auto [from, to] : ranges)
        words += countWords(from, to);
    if (words < 3)
        return false;
    // (not "Loomi's founder and chief executive, Dorian Castell, …, has not commented": a noun
    // phrase alone before the source is its role, no report)
    if (ranges.size() == 1 && commaBeforeLead > 0 && source.kind == SourceKind::Name && m_a.is(before - 1, wc::PersonRole) &&
        m_a.isLowerWord(before - 1) && !clauseMaterialBetween(start, before) && !verbBetween(start, before) &&
        m_a.quotationAt(start) < 0)
        return false;
    emit(c, std::move(source), ranges, "clause-speaker-cue");
    return true;
}

// Does the sentence open with a speaker and a speech verb of its own ("Other Republican candidates
// said they …")? Then a clause-final attribution later in it holds only what follows that report.
bool IndirectAttributor::opensWithOwnReport(std::size_t inner, const Sentence& s) const
{
    const Cue& cue = m_cues[inner];
    if (cue.kind != CueKind::Verb || !(cue.flags & cueflag::Speech) || cue.form == CueForm::Gerund || cue.passive ||
        !usable(static_cast<std::int32_t>(inner)))
        return false;
    const SourcePhrase& source = sourceBeforeCue(inner);  // (s is the cue's sentence)
    return source.valid() && source.firstToken <= afterDateline(m_a, s.firstToken, cue.token) + 1;
}

// "The senator wants to return to the trail, they say.": a clause ending in its attribution
// holds the source's whole report, so it goes before any cue inside the clause takes a piece of
// it (on PolNeAR train, 4 of 1,821 such gold reports also count the cue inside).
void IndirectAttributor::attributeClauseFinalFirst()
{
    for (std::size_t i = 1; i < m_cues.size(); ++i) {
        const auto c = static_cast<std::int32_t>(i);
        const Cue& cue = m_cues[i];
        if ((cue.kind != CueKind::Verb && cue.kind != CueKind::AccordingTo) || cue.passive || !usable(c))
            continue;
        const Cue& previous = m_cues[i - 1];
        const Sentence& s = m_a.sentenceOf(cue.token);
        if (previous.insideQuote || &m_a.sentenceOf(previous.token) != &s)
            continue;
        if (cue.token == s.firstToken)
            continue;  // (two cues at one token, the text's first: "wrote back: ''…")
        if (m_a.is(cue.token - 1, wc::Pronoun) && opensWithOwnReport(i - 1, s))
            continue;  // "Other candidates said they support …, but they wouldn’t …, they said.": two reports
        // only a comma (or dash) before the cue and a short tail after it can make it clause-final
        const auto breakAt = [&](std::uint32_t t) {
            return m_a.isPunct(t, ',') || m_a.isPunct(t, 0x2014) || m_a.isPunct(t, 0x2013) || m_a.isPunct(t, '-');
        };
        std::uint32_t tail = cue.endToken;
        while (tail < s.endToken && tail - cue.endToken < 16 && !breakAt(tail))
            ++tail;
        bool comma = false;
        for (std::uint32_t t = cue.token; t > s.firstToken && cue.token - t < 16 && !comma;)
            comma = breakAt(--t);
        if (!comma || (tail < s.endToken && !breakAt(tail)))
            continue;
        if (cue.kind == CueKind::AccordingTo)
            accordingTo(c);  // "Trump wrote to the chief executive, threatening …, according to a copy of the letter"
        else if (!contentSubjectCue(c, true) && (cue.flags & cueflag::Speech) && (cue.flags & cueflag::Strong) &&
                 cue.endToken + 1 < s.endToken && m_a.isPunct(cue.endToken, ',') && !m_a.is(cue.token - 1, wc::Pronoun))
            contentSubjectCue(c, false);  // "After the court approved the law, Hebert said, most laws …": his whole sentence
    }
}

// The whole subject before a speech verb when no narrower phrase reads as one: "multiple
// sources privy to negotiations say", "some voters who have listened to his speeches, on
// television or at events, said". From the sentence start (after a leading conjunction or an
// opening phrase and its comma) to the cue; nothing in it may be quoted, taken or a cue.
SourcePhrase IndirectAttributor::subjectRegion(const Cue& cue, const Sentence& s) const
{
    std::uint32_t first = afterDateline(m_a, s.firstToken, cue.token);
    if (first < cue.token && m_a.is(first, wc::Conjunction))
        ++first;  // "But …", "And …"
    const bool oneWordOpener = first + 1 < cue.token && m_a.isPunct(first + 1, ',');  // "Indeed, …"
    if (first < cue.token &&
        (oneWordOpener || m_a.is(first, wc::Preposition | wc::Subordinator | wc::Adverb) || m_a.isAdverbLike(first))) {
        std::uint32_t comma = first + 1;  // "In Miami, …", "Indeed, …": an opening phrase
        while (comma < cue.token && !m_a.isPunct(comma, ','))
            ++comma;
        if (comma >= cue.token)
            return {};
        first = comma + 1;
    }
    std::uint32_t end = verbGroupStart(cue.token, first);  // "… have also said"
    if (end <= first || end - first > 20 || m_a.isPunct(end - 1, ',') || !m_a.isWord(first) ||
        !(m_a.is(first, wc::Determiner) || m_a.isCapitalized(first) || m_a.token(first).kind == TokenKind::Number ||
          m_a.isLowerWord(first)))
        return {};
    if (m_a.is(end - 1, wc::Preposition | wc::Determiner | wc::Conjunction | wc::Subordinator | wc::Pronoun) ||
        m_a.keyIs(end - 1, "who") || m_a.keyIs(end - 1, "that"))
        return {};
    if (m_a.is(first, wc::Pronoun | wc::TimeWord) || m_a.keyIs(first, "there") || m_a.keyIs(first, "you"))
        return {};  // "it doesn't tell", "Wednesday added": sourceBefore has read those
    for (std::uint32_t t = first; t < cue.token; ++t)
        if (m_covered[t] || m_a.insideQuote(t) || m_a.token(t).kind == TokenKind::QuoteMark || m_cueAt[t] >= 0 ||
            ((m_a.keyIs(t, "him") || m_a.keyIs(t, "them")) && t > first && m_a.key(t - 1).ends_with("ing")) ||  // "hearing him say it"
            m_a.key(t).ends_with("n't"))
            return {};
    if (cue.endToken + 1 < s.endToken && m_a.isCapitalized(cue.endToken) && !m_a.is(cue.endToken, wc::Pronoun)) {
        const SourcePhrase inverted = sourceAfter(m_a, cue.endToken, s.endToken);
        if (inverted.valid() && (inverted.endToken >= s.endToken || m_a.isPunct(inverted.endToken, ',') ||
                                 isTerminalPunct(m_a, inverted.endToken)))
            return {};  // "…, said Jeffery Hemsley, an assistant professor": the source comes after
    }
    std::uint32_t headEnd = 0;  // the noun before the first preposition, relative word or comma
    bool relative = false;        // a verb is only allowed inside a relative clause: "whose laws have been …"
    for (std::uint32_t t = first; t < end; ++t) {
        relative = relative || m_a.keyIs(t, "who") || m_a.keyIs(t, "that") || m_a.keyIs(t, "which") ||
                   m_a.keyIs(t, "whose") || m_a.keyIs(t, "whom");
        if (t > first && !relative && (m_a.is(t, wc::Auxiliary | wc::Verb) || (m_a.isLowerWord(t) && m_a.key(t).ends_with("ed")))) {
            end = t;  // "The American Legion has twice complained": the subject ends at its verb
            break;
        }
        if (headEnd == 0 && t > first && (m_a.is(t, wc::Preposition | wc::Subordinator) || m_a.isPunct(t, ',')))
            headEnd = t;
    }
    if (headEnd == 0 || headEnd > end)
        headEnd = end;
    if (m_a.is(end - 1, wc::Pronoun | wc::Determiner | wc::Preposition | wc::Conjunction))
        return {};
    SourcePhrase p = wholePhrase(first, end);
    if (!p.valid() || headEnd <= first)
        return {};
    p.head = std::string(m_a.key(headEnd - 1));
    p.plural = !p.head.empty() && p.head.back() == 's';
    if (m_a.is(first, wc::Determiner) && first + 1 < end)  // "The state officials …" names "state officials …"
        p.name = std::string(m_a.text().substr(m_a.token(first + 1).span.begin, p.span.end - m_a.token(first + 1).span.begin));
    return p;
}

// "As Politico reported, the delegates …", "As Clinton told the Daily News last week, …": the
// clause after the comma is what the source said.
bool IndirectAttributor::asReport(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    std::uint32_t first = s.firstToken;
    while (first < cue.token && (m_a.token(first).kind == TokenKind::QuoteMark || m_a.is(first, wc::Conjunction)))
        ++first;  // "But as the Global Times noted, …"
    // "Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get …", "…, as
    // Smith noted.": inside or at the end of the clause it frames
    std::uint32_t lead = 0;  // the comma before a later "as"
    if (!m_a.keyIs(first, "as")) {
        for (std::uint32_t k = cue.token; k > first + 1 && cue.token - k < 12; --k) {
            if (m_a.keyIs(k - 1, "as") && m_a.isPunct(k - 2, ',')) {
                lead = k - 2;
                first = k - 1;
                break;
            }
            if (m_a.keyIs(k - 1, "as") && k > first + 2 && m_a.is(k - 2, wc::Conjunction) && m_a.isPunct(k - 3, ',')) {
                first = k - 1;  // "…, and as Comey noted, people involved could …": it frames the clause after it
                break;
            }
        }
    }
    if (!m_a.keyIs(first, "as") || cue.form == CueForm::Gerund || !(cue.flags & cueflag::Speech))
        return false;
    // ("put it" is in no lexicon: its word is its lemma)
    const lexicon::WordInfo* info = m_a.word(cue.token);
    const std::string_view lemma = info && !info->lemma.empty() ? info->lemma : m_a.key(cue.token);
    // (not a time: "As Clinton spoke, Trump …", "As Trump attacked her, the crowd …")
    static constexpr std::string_view kReporting[] = {"say", "report", "note", "write", "tell", "explain", "argue",
                                                      "observe", "reveal", "mention", "suggest", "warn", "acknowledge",
                                                      "predict", "point", "tweet", "recall", "put", "show", "find",
                                                      "state", "describe", "detail"};
    bool reporting = false;
    for (std::string_view verb : kReporting)
        reporting = reporting || lemma == verb;
    if (!reporting)
        return false;
    // (not "…, as is standard practice, she said": a clause of its own after "as", then the source)
    // (but "as many tax experts, including Mr. Goldberg, have noted" is one source: only a comma
    // after which a source of its own runs up to the cue ends the clause "as" opened)
    if (first + 1 < cue.token && m_a.is(first + 1, wc::Auxiliary) && m_a.isLowerWord(first + 1))
        return false;
    for (std::uint32_t k = first + 1; k + 1 < cue.token; ++k)
        if (m_a.isPunct(k, ',') && !m_a.keyIsOneOf(k + 1, "including", "like", "such"))
            if (const SourcePhrase own = sourceBefore(m_a, cue.token, k + 1); own.valid() && own.firstToken == k + 1)
                return false;
    SourcePhrase source = sourceBefore(m_a, cue.token, first + 1);
    if (!source.valid() || source.firstToken != first + 1)
        source = wholePhrase(first + 1, cue.token);  // "As another Pew study from 2011 noted"
    // ("as stated in Davis' commentary", "as noted in the report": where it was said, for who)
    bool passive = cue.endToken < s.endToken && m_a.keyIsOneOf(cue.endToken, "by", "in") && cue.form != CueForm::Base &&
                   cue.form != CueForm::ThirdPerson;
    for (std::uint32_t k = first + 1; k < cue.token && passive; ++k)
        passive = m_a.isVerbGroupAdverb(k);
    std::uint32_t comma = cue.endToken;
    while (comma < s.endToken && comma - cue.endToken < 12 && !m_a.isPunct(comma, ',') &&
           m_a.token(comma).kind != TokenKind::QuoteMark && !isTerminalPunct(m_a, comma))
        ++comma;
    if (passive) {  // "as (first) reported by the New York Times": the agent is the source
        source = sourceAfter(m_a, cue.endToken + 1, comma);
        if (!source.valid() && m_a.keyIs(cue.endToken, "in"))
            source = wholePhrase(cue.endToken + 1, comma);
    }
    if (!source.valid())
        return false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
    if (lead > 0) {
        const std::uint32_t tail = tailEnd(cue, cue.endToken, s.endToken);
        if (tail < s.endToken && !m_a.isPunct(tail, ',') && !m_a.isPunct(tail - 1, '.'))
            return false;  // "He left early, as he said he would": a report of its own, not a frame
        std::uint32_t from = afterDateline(m_a, s.firstToken, lead);
        for (std::uint32_t t = from; t < lead; ++t)
            if (m_covered[t])
                from = t + 1;
        from = afterQuotationAttribution(from, lead);  // not the "she said" of "“…,” she said, as recalled by …"
        if (countWords(from, lead) < 1)
            return false;
        ranges.push_back({from, lead});
        if (comma >= s.endToken || isTerminalPunct(m_a, comma)) {
            if (countWords(from, lead) < 3)
                return false;
            emit(c, std::move(source), ranges, "as-speaker-cue");  // "…, as Smith noted."
            return true;
        }
    }
    if (comma + 1 >= s.endToken || !m_a.isPunct(comma, ','))
        return false;  // (nor a comma that ends the text: "However, as POLITICO has reported,")
    const std::uint32_t start = comma + 1;
    if (lead > 0 && m_a.is(start, wc::Conjunction)) {
        // "…, as The New York Times reported on Tuesday, and he …": a new clause follows the frame
        if (countWords(ranges.front().first, lead) < 3)
            return false;
        emit(c, std::move(source), ranges, "as-speaker-cue");
        return true;
    }
    const std::uint32_t e = contentEnd(start, s.endToken);
    if (countWords(start, e) < (lead > 0 ? 2u : 3u))
        return false;
    ranges.push_back({start, e});
    emit(c, std::move(source), ranges, "as-speaker-cue");
    return true;
}

// Any noun phrase as a source, for "according to": "recent polling", "early returns".
SourcePhrase IndirectAttributor::wholePhrase(std::uint32_t first, std::uint32_t end) const
{
    while (end > first && (m_a.token(end - 1).kind == TokenKind::Punct))
        --end;
    if (end <= first || end - first > 25 || countWords(first, end) == 0)
        return {};
    SourcePhrase p;
    p.kind = SourceKind::CommonNoun;
    p.firstToken = first;
    p.endToken = end;
    p.span = spanOf(first, end);
    std::uint32_t nameFirst = first;
    if (first + 1 < end && m_a.is(nameFirst, wc::Determiner) && !m_a.isCapitalized(nameFirst) && !m_a.keyIs(first + 1, "of"))
        ++nameFirst;  // (not in "one of his advisers"; nor a determiner alone: "according to the" ending the text)
    p.name = std::string(m_a.text().substr(m_a.token(nameFirst).span.begin, p.span.end - m_a.token(nameFirst).span.begin));
    p.head = std::string(m_a.key(end - 1));
    p.plural = !p.head.empty() && p.head.back() == 's';
    return p;
}

// "Rubio: I Still Believe Trump Can’t Be Trusted …" (headlines, transcripts)
bool IndirectAttributor::colonLine(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    std::uint32_t first = cue.token;
    while (first > s.firstToken && !m_a.isPunct(first - 1, '-') && !m_a.isPunct(first - 1, 0x2014) &&
           !m_a.isPunct(first - 1, 0x2013))
        --first;
    SourcePhrase source = sourceBefore(m_a, headlineSpeakerEnd(m_a, first, cue.token), first);
    if (!source.valid())
        return false;
    const std::uint32_t start = cue.endToken;
    std::uint32_t e = contentEnd(start, s.endToken);
    std::uint32_t label = cue.token;  // the upper-case speaker label before the colon: "PENCE"
    while (label > first && m_a.token(label - 1).has(tokflag::AllCaps) && cue.token - label < 3)
        --label;
    const std::uint32_t opening = s.firstToken + (m_a.token(s.firstToken).kind == TokenKind::QuoteMark ? 1u : 0u);
    const bool transcript = (label < cue.token && label == opening) || cue.turn;
    if (!transcript && (e <= start || countWords(start, e) < 2))
        return false;
    if (transcript) {
        // "OKAFOR: …" names a person, as "Okafor", not an acronym
        if (source.kind == SourceKind::Name && source.endToken - source.firstToken == 1) {
            source.name = titleCase(source.name);
            source.type = SpeakerType::Person;
        }
        // "PENCE: Well, look, … ." — an interview turn runs to the end of its paragraph
        const std::uint32_t paragraphEnd = m_a.seg().paragraphs[m_a.paragraphOf(cue.token)].endToken;
        std::uint32_t end = paragraphEnd;
        for (std::uint32_t t = e; t < paragraphEnd; ++t)
            if (m_covered[t]) {
                end = t;
                break;
            }
        while (end > e && (m_a.token(end - 1).kind == TokenKind::QuoteMark || isTerminalPunct(m_a, end - 1)) &&
               m_a.quotationAt(end - 1) < 0)
            --end;
        e = std::max(e, end);
        if (e <= start || countWords(start, e) < 1)
            return false;
    }
    emit(c, std::move(source), {{start, e}}, "speaker-colon-content");
    return true;
}

// "Asked whether he would run, Ryan said …", "When asked about Trump, …": the question is
// reported, its asker unnamed.
// "A: Because that is what people asked me about.": in an interview printed as questions and
// answers, the answer is the interviewee's, to the end of its paragraph.
void IndirectAttributor::interviewAnswer(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const std::uint32_t start = cue.endToken;
    std::uint32_t e = m_a.seg().paragraphs[m_a.paragraphOf(cue.token)].endToken;
    for (std::uint32_t t = start; t < e; ++t)
        if (m_covered[t] || (t + 1 < e && m_a.isPunct(t + 1, ':') && m_a.str(t) == "Q" &&
                             m_a.token(t).has(tokflag::SentenceStart))) {
            e = t;  // (a question run into the same line: "It's been a month.  Q: You said …")
            break;
        }
    if (countWords(start, e) < 1)
        return;
    SourcePhrase source;
    source.kind = SourceKind::RoleNoun;
    source.type = SpeakerType::Person;
    source.descriptor = true;
    source.head = kIntervieweeHead;
    source.name = kIntervieweeHead;
    source.firstToken = cue.token - 1;
    source.endToken = cue.token;
    source.span = m_a.token(cue.token - 1).span;
    emit(c, std::move(source), {{start, e}}, "interview-answer");
}

bool IndirectAttributor::askedClause(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    const bool afterWhen = cue.token > s.firstToken && (m_a.keyIs(cue.token - 1, "when") || m_a.keyIs(cue.token - 1, "if"));
    const bool opens = cue.token == s.firstToken || (afterWhen && cue.token == s.firstToken + 1);
    // (and "Pence was asked about the comment": the one asked is no source of the question)
    if (!(opens || afterWhen || cue.passive) || !m_a.word(cue.token) || m_a.word(cue.token)->lemma != "ask" || cue.form == CueForm::Base ||
        cue.form == CueForm::Gerund)
        return false;
    std::uint32_t k = cue.endToken;
    // ("Asked by host Jenny Marr whether …": the asker named)
    SourcePhrase asker;
    if (k + 1 < s.endToken && m_a.keyIs(k, "by")) {
        std::uint32_t question = k + 1;
        while (question < s.endToken && !m_a.keyIs(question, "whether") && !m_a.keyIs(question, "if") &&
               !m_a.keyIs(question, "about") && !m_a.keyIs(question, "to") && !m_a.isPunct(question, ','))
            ++question;
        asker = sourceAfter(m_a, k + 1, question);
        // ("Asked by the chairman of the bench, Elspeth Morven-Clarke, whether …": the role's "of" field is the asker's too)
        if (asker.valid() && asker.endToken + 1 < question && m_a.keyIs(asker.endToken, "of") && question < s.endToken &&
            m_a.isPunct(question, ',')) {
            asker.endToken = question;
            asker.span.end = m_a.token(question - 1).span.end;
        }
        if (asker.valid() && asker.kind != SourceKind::Pronoun && asker.firstToken == k + 1)
            k = asker.endToken;
        else
            asker = {};
        // ("Asked by an opposition MP, Kwame Rautio, whether …": an apposition between commas, then the question)
        std::uint32_t close = k + 1;
        while (asker.valid() && close < s.endToken && close < k + 8 && !m_a.isPunct(close, ',') && !isTerminalPunct(m_a, close))
            ++close;
        if (asker.valid() && k == question && m_a.isPunct(k, ',') && close + 1 < s.endToken && m_a.isPunct(close, ',') &&
            (m_a.keyIs(close + 1, "whether") || m_a.keyIs(close + 1, "if"))) {
            const SourcePhrase second = sourceAfter(m_a, k + 1, close);
            if (second.valid() && second.firstToken <= k + 2 && second.endToken == close) {
                if (second.kind == SourceKind::Name && asker.kind != SourceKind::Name) {
                    const std::string role = asker.name;
                    const Span whole{asker.span.begin, second.span.end};
                    const std::uint32_t first = asker.firstToken;
                    asker = second;
                    asker.role = asker.role.empty() ? role : asker.role;
                    asker.firstToken = first;
                    asker.span = whole;
                } else {
                    asker.span.end = second.span.end;
                }
                asker.endToken = close;
                k = close + 1;
            }
        }
    }
    if (k < s.endToken && (m_a.keyIs(k, "about") || m_a.keyIs(k, "specifically")))
        ++k;
    std::uint32_t e = k;
    // ("Asked whether a decision could come before next spring’s election": a question's clause has
    // its own times)
    const bool clause = k < s.endToken && (m_a.keyIs(k, "whether") || m_a.keyIs(k, "if"));
    while (e < s.endToken && !m_a.isPunct(e, ',') && !m_covered[e] && !isTerminalPunct(m_a, e) &&
           !(e > k + 1 && !clause && endsObject(e, s.endToken)))  // ("Asked about the reports after training on Wednesday": when)
        ++e;
    std::uint32_t close = e;  // (the opening phrase still ends at its comma)
    while (close < s.endToken && !m_a.isPunct(close, ',') && !m_covered[close] && !isTerminalPunct(m_a, close))
        ++close;
    // "…,” he said when asked about Trump's temperament.": mid-sentence the question may end it
    if ((opens && (close >= s.endToken || !m_a.isPunct(close, ','))) || countWords(k, e) < 2)
        return false;
    emit(c, std::move(asker), {{k, e}}, "asked-clause");
    for (std::uint32_t t = e; t < close; ++t)
        m_covered[t] = true;  // (when and where it was asked: no content of the main clause's cue either)
    return true;
}

// "said he had dedicated both goals to his grandmother, who was watching": the words before the
// comma end in a relative's own person, held by the reported clause ("his", "her" before it).
bool IndirectAttributor::relativeOnObject(std::uint32_t start, std::uint32_t comma) const
{
    return comma >= start + 3 && m_a.keyIsOneOf(comma - 2, "his", "her", "their", "my", "our") && m_a.isLowerWord(comma - 1);
}

// "… and promised to be back", "… and urged it to act": a cue of speech at `verb` whose
// infinitive (after an object pronoun, perhaps) says what was asked or promised.
bool IndirectAttributor::requestAfter(std::uint32_t verb, std::uint32_t end) const
{
    if (m_cueAt[verb] < 0)
        return false;
    const Cue& cue = m_cues[static_cast<std::size_t>(m_cueAt[verb])];
    const std::uint8_t flags = cue.flags;
    if (!(flags & cueflag::Speech))
        return false;
    std::uint32_t to = std::max(verb + 1, cue.endToken);  // (after its particle: "appealed for anyone … to")
    if (to < end && isObjectPronoun(m_a, to))
        ++to;
    // ("and urged anyone who suspected a driver was over the limit to call 999": whom it asks, at any length)
    if (to < end && !m_a.keyIs(to, "to") && (flags & cueflag::TakesObject) &&
        m_a.isWordLike(to) && !m_a.is(to, wc::Preposition | wc::Subordinator | wc::Conjunction | wc::Auxiliary))
        for (std::uint32_t j = to + 1; j + 1 < end && j < to + 14 && m_a.isWordLike(j) && !m_a.keyIs(j, "that") && !m_a.keyIs(j, "and"); ++j)
            if (m_a.keyIs(j, "to") && m_a.isLowerWord(j + 1) && !m_a.is(j + 1, wc::Determiner | wc::Pronoun)) {
                to = j;
                break;
            }
    // (or a quotation: "and promised to “put nurses in the room”")
    return to + 1 < end && m_a.keyIs(to, "to") &&
           ((m_a.isLowerWord(to + 1) && !m_a.is(to + 1, wc::Determiner | wc::Pronoun)) ||
            m_a.token(to + 1).kind == TokenKind::QuoteMark);
}

// "Brandt laughed when told that the club had made an offer": tokens [k, e) open with when the
// speaker heard something, which is no report of theirs.
bool IndirectAttributor::heardNotSaid(std::uint32_t k, std::uint32_t e) const
{
    return k + 1 < e && m_a.keyIsOneOf(k, "when", "after", "before", "while", "until", "as", "once") &&
           m_a.keyIsOneOf(k + 1, "told", "informed", "shown", "reminded");  // (not "when asked about …", a question put)
}

// "According to X, CLAUSE." and "CLAUSE, according to X."
// Is [from, to) one noun phrase: "the city-owned operator"?
bool IndirectAttributor::nounPhraseTo(std::uint32_t from, std::uint32_t to) const
{
    const SourcePhrase p = sourceAfter(m_a, from, to);
    return p.valid() && p.firstToken == from && p.endToken == to;
}

// "Clinton led Sanders more than 2-1 in an NBC News/Marist poll", "…, where he has had a big
// lead in the most recent polls, …": the poll reports the standing its clause gives (PolNeAR
// annotates these, the cue the "in").
bool IndirectAttributor::pollStanding(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    const std::uint32_t end = pollAdjunctEnd(m_a, cue.token);
    if (end == 0)
        return false;
    SourcePhrase source = sourceAfter(m_a, cue.endToken, end);
    if (!source.valid() || source.firstToken > cue.endToken + 1)
        source = wholePhrase(cue.endToken, end);
    if (!source.valid())
        return false;
    source.endToken = end;
    source.span.end = m_a.token(end - 1).span.end;
    // The clause: after the last comma, dash or subordinator before the cue, its conjunctions skipped.
    std::uint32_t start = cue.token;
    while (start > s.firstToken && !m_a.isPunct(start - 1, ',') && !isDash(m_a, start - 1) &&
           !(m_a.is(start - 1, wc::Subordinator) && m_a.isLowerWord(start - 1)) && !m_a.keyIsOneOf(start - 1, "where", "while"))
        --start;
    start = std::max(start, afterDateline(m_a, s.firstToken, cue.token));
    while (start < cue.token && (m_a.is(start, wc::Conjunction) || m_a.token(start).kind == TokenKind::QuoteMark))
        ++start;
    for (std::uint32_t t = start; t < cue.token; ++t)
        if (m_covered[t] || m_a.insideQuote(t))
            return false;
    if (countWords(start, cue.token) < 2 || !verbBetween(start, cue.token))
        return false;
    emit(c, std::move(source), {{start, cue.token}}, "poll-standing");
    return true;
}

bool IndirectAttributor::accordingTo(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    // ("In a CNN poll, …", a cue of surveyOpening's, which found where the poll's phrase ends)
    const bool survey = m_a.keyIs(cue.token, "in");
    if (survey && surveyPhraseEnd(m_a, cue.token) == 0)
        return pollStanding(c);
    std::uint32_t comma = survey ? surveyPhraseEnd(m_a, cue.token) : cue.endToken;
    // ("a code including — according to the notes of the Bill — “provision to …”": a dash closes the aside too)
    while (!survey && comma < s.endToken && !m_a.isPunct(comma, ',') && !isTerminalPunct(m_a, comma) && !isDash(m_a, comma))
        ++comma;
    SourcePhrase source = sourceAfter(m_a, cue.endToken, comma);
    // ("according to the Office of Rail Safety (ORS),": the initials in brackets name it again)
    const bool initialsAfter = source.valid() && source.endToken + 3 == comma &&
                               m_a.isPunct(source.endToken, '(') && m_a.isPunct(comma - 1, ')') &&
                               m_a.token(source.endToken + 1).has(tokflag::AllCaps);
    if (!source.valid() || (source.endToken < comma && !initialsAfter)) {
        // ("according to the booksellers’ association Marovia Books": a description, then the body's name)
        // (not a document's place or maker: "a study published in the Journal of …", "data by the …")
        SourcePhrase named = sourceBefore(m_a, comma, cue.endToken);
        bool described = named.kind == SourceKind::Name && named.endToken == comma && named.firstToken > cue.endToken + 1 &&
                         source.valid() && source.endToken < named.firstToken && m_a.isLowerWord(named.firstToken - 1);
        for (std::uint32_t t = cue.endToken; described && t < named.firstToken; ++t)
            described = isPluralApostrophe(m_a, t) || m_a.token(t).has(tokflag::Possessive) ||
                        (m_a.isLowerWord(t) && !m_a.is(t, wc::Preposition | wc::Verb | wc::Cue | wc::Conjunction | wc::Subordinator) &&
                         !m_a.key(t).ends_with("ed"));
        if (described) {
            named.firstToken = cue.endToken;
            named.span.begin = m_a.token(cue.endToken).span.begin;
            source = std::move(named);
        } else {
            source = wholePhrase(cue.endToken, comma);  // "according to state corporate records"
        }
    }
    if (!source.valid())
        return false;
    // ("according to an audit by the Vestmark Defence Inspectorate that was presented …": the
    // document's author speaks through it)
    if (source.kind == SourceKind::CommonNoun || source.kind == SourceKind::RoleNoun)
        if (SourcePhrase author = documentAuthor(m_a, source, comma); author.valid())
            source = std::move(author);
    // ("according to Kresta’s deputy editor, Milena Horvat-Sabo": a named owner's role reads as a name)
    const bool ownersRole = source.kind == SourceKind::Name && source.endToken > source.firstToken + 1 &&
                            m_a.isLowerWord(source.endToken - 1) && m_a.is(source.endToken - 1, wc::PersonRole);
    if ((source.kind == SourceKind::RoleNoun || source.kind == SourceKind::CommonNoun || ownersRole) && comma + 1 < s.endToken &&
        m_a.isPunct(comma, ',')) {
        // "according to the city’s returning officer, Graham Pell": the role, then the name
        std::uint32_t close = comma + 1;
        while (close < s.endToken && !m_a.isPunct(close, ',') && !isTerminalPunct(m_a, close))
            ++close;
        SourcePhrase named = sourceAfter(m_a, comma + 1, close);
        // ("according to the lecturers’ union, the Academic Staff Association": a body's name with
        // its article, after a noun any body or group may be)
        const bool body = named.type == SpeakerType::Organization &&
                          (source.type != SpeakerType::Person || source.plural) &&
                          (named.firstToken == comma + 1 || (named.firstToken == comma + 2 && m_a.keyIs(comma + 1, "the")));
        if (named.kind == SourceKind::Name && (named.firstToken == comma + 1 || body) && named.endToken == close &&
            (named.type != SpeakerType::Organization || body)) {
            named.role = source.name;
            named.firstToken = source.firstToken;
            named.span.begin = source.span.begin;
            source = std::move(named);
            comma = close;
        }
    }
    // "According to X, …" and "But, according to X, …": the report follows
    std::uint32_t lead = s.firstToken;
    while (lead < cue.token && (m_a.is(lead, wc::Conjunction | wc::Adverb) || m_a.isPunct(lead, ',') ||
                                m_a.token(lead).kind == TokenKind::QuoteMark))
        ++lead;
    const bool opens = lead == cue.token;
    // ("According to Jane Smith, a professor at Yale, the plan will fail": a person's role after the
    // name describes the source; the report follows it)
    if (opens && source.kind == SourceKind::Name && source.type != SpeakerType::Organization && m_a.isPunct(comma, ',') &&
        comma + 4 < s.endToken && m_a.keyIsOneOf(comma + 1, "a", "an", "the")) {
        std::uint32_t close = comma + 1;
        while (close < s.endToken && !m_a.isPunct(close, ',') && !isTerminalPunct(m_a, close))
            ++close;
        const SourcePhrase role = sourceAfter(m_a, comma + 1, close);
        if (close + 3 < s.endToken && m_a.isPunct(close, ',') && role.valid() && role.firstToken == comma + 1 && !role.plural &&
            m_a.is(role.endToken - 1, wc::PersonRole)) {
            if (source.role.empty())
                source.role = role.name;
            comma = close;
        }
    }
    const bool followed = comma + 1 < s.endToken && (m_a.isPunct(comma, ',') || isDash(m_a, comma));
    std::uint32_t after = followed ? contentEnd(comma + 1, s.endToken) : comma + 1;
    const bool wordsAfter = followed && countWords(comma + 1, after) >= 3;
    if (opens && wordsAfter && after + 2 < s.endToken && m_a.isPunct(after, ',') && m_cueAt[after + 1] >= 0 &&
        !(m_cues[static_cast<std::size_t>(m_cueAt[after + 1])].flags & (cueflag::Strong | cueflag::Belief))) {
        // ("According to the complaint, the provost, Dr. Lionel Strand, rejected her case": the
        // subject and its apposition, then an act that is no plain speech: the report goes on)
        std::uint32_t open = after - 1;
        while (open > comma + 1 && after - open < 8 && !m_a.isPunct(open, ','))
            --open;
        if (open > comma + 1 && m_a.isPunct(open, ',') && sourceAfter(m_a, open + 1, after).endToken == after)
            after = std::max(after, contentEnd(after + 2, s.endToken));
    }
    if (opens) {
        if (!wordsAfter)
            return false;
        emit(c, std::move(source), {{comma + 1, after}}, survey ? "survey-opening" : "according-to");
        return true;
    }
    if (survey)
        return false;
    if (speechCueRightBefore(cue.token))
        return false;  // "These deals take time, he said according to a transcript": his report; the transcript is where it stands
    std::uint32_t start = afterDateline(m_a, s.firstToken, cue.token);  // (not "PORT ANAKI, March 4 —")
    for (std::uint32_t t = start; t + 1 < cue.token; ++t)
        if (m_covered[t])
            start = t + 1;
    const bool asideOpens = m_a.isPunct(cue.token - 1, ',') || isDash(m_a, cue.token - 1);
    const std::uint32_t before = asideOpens ? cue.token - 1 : cue.token;
    // "For Trump, according to William Bennett, Monday's speech represents …": an opening phrase,
    // then the clause after the attribution
    const bool opener = countWords(start, before) < 3 && wordsAfter && m_a.isPunct(cue.token - 1, ',') && start < before &&
                        m_a.is(start, wc::Preposition | wc::Subordinator | wc::Adverb | wc::TimeWord);
    // ("Those figures, according to the auditor, were …": the attribution between a subject and its verb)
    const bool betweenSubjectAndVerb = countWords(start, before) >= 1 && wordsAfter && m_a.isPunct(cue.token - 1, ',') &&
                                       m_a.isLowerWord(comma + 1) && m_a.is(comma + 1, wc::Auxiliary);
    if (countWords(start, before) < 3 && !opener && !betweenSubjectAndVerb)
        return false;
    for (std::uint32_t t = start; t < before; ++t)
        if (m_cueAt[t] >= 0 && m_cueUsed[static_cast<std::size_t>(m_cueAt[t])])
            return false;  // "“…,” Bill Clinton said Monday, according to audio …": where the quotation is recorded
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges = {{start, before}};
    // "Trump gave his blessing, according to court documents, becoming a 93 percent owner": the
    // attribution stands inside the report
    // (not "…, according to three people familiar with it, a move that could …": the writer's apposition)
    // (nor "…, according to the Water Authority, which says reservoirs …": the source's own report, a relative clause)
    // (nor "…, according to Redgate Transit, the city-owned operator.": what the source is, with no verb)
    const bool apposition = comma + 1 < s.endToken && (m_a.keyIs(comma + 1, "a") || m_a.keyIs(comma + 1, "an") ||
                                                       m_a.keyIs(comma + 1, "which") || m_a.keyIs(comma + 1, "who") ||
                                                       (m_a.keyIs(comma + 1, "the") && nounPhraseTo(comma + 1, after)));
    // (nor "…, according to exchange data, and analysts said …": a report of its own after the
    // conjunction; nor "…, according to a CNN tally, but his pathway …": the writer's turn)
    // (nor "…, according to the minutes, with four members arguing that …": a report of its own)
    const bool nextClause = comma + 2 < s.endToken &&
                            ((m_a.is(comma + 1, wc::Conjunction) &&
                              (m_a.keyIs(comma + 1, "but") || (m_cueAt[comma + 2] < 0 && attributionStartsAt(comma + 2, s.endToken)))) ||
                             withReportAt(comma + 1, s.endToken));
    if (wordsAfter && asideOpens && !apposition && !nextClause)
        ranges.push_back({comma + 1, after});
    emit(c, std::move(source), ranges, "according-to");
    return true;
}

// "“…,” Askar wrote in a blog post published Thursday, 21 months, he said, after …": what the
// second attribution holds starts after the comma that closes a quotation's attribution.
std::uint32_t IndirectAttributor::afterQuotationAttribution(std::uint32_t start, std::uint32_t before) const
{
    for (std::uint32_t t = before; t > start;) {
        --t;
        if (m_cueAt[t] < 0 || !m_directCue[static_cast<std::size_t>(m_cueAt[t])])
            continue;
        for (std::uint32_t k = t + 1; k < before; ++k)
            if (m_a.isPunct(k, ','))
                return k + 1;
        return before;  // the attribution runs up to `before`: nothing of its own is left
    }
    return start;
}

// "closing a billion-dollar deal will tell": a common noun phrase right after a verb or a gerund
// is that verb's object, not the subject of the cue after it.
bool IndirectAttributor::objectOfVerbBefore(const SourcePhrase& source) const
{
    if (source.kind != SourceKind::CommonNoun || source.firstToken == 0)
        return false;
    const std::uint32_t k = source.firstToken - 1;
    return m_a.isLowerWord(k) && m_cueAt[k] < 0 && !m_a.is(k, wc::Auxiliary | wc::Preposition | wc::Determiner) &&
           (m_a.is(k, wc::Verb) || (m_a.key(k).size() > 4 && m_a.key(k).ends_with("ing")));
}

// "said he rarely asks surrogates, “except for people I'm close to. And I'm not close to Cruz.”":
// a quotation that opens in a reported clause goes on to its closing mark, past the sentence end
// inside it (in the same paragraph).
std::uint32_t IndirectAttributor::throughOpenQuotation(std::uint32_t from, std::uint32_t to) const
{
    if (to == 0 || to >= m_a.tokenCount() || to <= from)
        return to;
    const std::int32_t q = m_a.quotationAt(to - 1);
    if (q < 0 || !m_a.insideQuote(to - 1))
        return to;
    const Quotation& quotation = m_a.quotes().quotations[static_cast<std::size_t>(q)];
    const QuotePiece& piece = quotation.pieces.front();
    if (quotation.pieces.size() != 1 || !piece.closed || piece.openToken < from || piece.closeToken < to)
        return to;
    bool words = false;  // (not for the comma alone in "may be “strategic,” said …")
    for (std::uint32_t t = to; t < piece.closeToken; ++t) {
        if (m_covered[t])
            return to;
        words = words || m_a.isWordLike(t);
    }
    return words ? piece.closeToken + 1 : to;
}

// "…, said Brad Bannon, a Democratic pollster.": after a comma, a speech verb and a name that
// (with its apposition) ends the sentence.
bool IndirectAttributor::invertedAtSentenceEnd(const Cue& cue, const Sentence& s) const
{
    if (cue.token <= s.firstToken || !m_a.isPunct(cue.token - 1, ',') || !(cue.flags & cueflag::Speech) ||
        cue.form == CueForm::Gerund || (cue.flags & cueflag::TakesRecipient) || cue.endToken >= s.endToken ||
        m_a.keyIs(cue.endToken, "that"))
        return false;  // (not "Playing Field Promotions, a talent agency, says that Walker, who …, has lost …")
    const SourcePhrase source = invertedSourceAfter(m_a, cue.endToken, s.endToken);
    if (!source.valid() || source.kind != SourceKind::Name || source.firstToken != cue.endToken)
        return false;
    std::uint32_t k = source.endToken;
    while (k < s.endToken && (isTerminalPunct(m_a, k) || m_a.token(k).kind == TokenKind::QuoteMark))
        ++k;
    return k >= s.endToken;
}

// "…, he said according to …": a speech verb in the past or -s form with its subject just before.
bool IndirectAttributor::speechCueRightBefore(std::uint32_t token) const
{
    if (token < 3 || m_cueAt[token - 1] < 0)
        return false;
    const Cue& said = m_cues[static_cast<std::size_t>(m_cueAt[token - 1])];
    return (said.flags & cueflag::Speech) && !said.insideQuote &&
           (said.form == CueForm::Past || said.form == CueForm::PastOrParticiple || said.form == CueForm::ThirdPerson) &&
           (m_a.is(token - 2, wc::Pronoun) || m_a.isCapitalized(token - 2)) && m_a.isPunct(token - 3, ',');
}

// The last resort for a cue no rule could read, where the learned cue model is sure it reports
// ("Okafor repeated the figure", "Eric Holder announced his resignation", "Mrs. Clinton echoed the
// criticism"): the phrase before it, or the sentence's subject, says the rest of its clause.
// (PolNeAR train: 48 % of these readings right in content and source, above the half of an F1
// of 0.66 that a reading must beat to raise it.)
bool IndirectAttributor::restOfClause(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    if (cue.kind != CueKind::Verb || cue.passive || cue.score < kSureCue)
        return false;
    const Sentence& s = m_a.sentenceOf(cue.token);
    if (cue.token == s.firstToken || questionAside(cue, s))
        return false;
    // Not a bare participle ("the plan announced last week"), nor an -s word after a modifier
    // ("relentless questions about …"), nor a relative clause the rules left ("Voters who say the
    // economy matters most were divided"): a third or fewer of these were right on train.
    const std::uint32_t prev = cue.token - 1;
    const bool afterModifier = m_a.isLowerWord(prev) && !m_a.is(prev, wc::Pronoun);
    if (cue.form == CueForm::Past || cue.form == CueForm::Participle ||
        (cue.form == CueForm::ThirdPerson && afterModifier) ||
        m_a.keyIs(prev, "who") || m_a.keyIs(prev, "which") || m_a.keyIs(prev, "that") || heardNotSaid(prev, cue.token + 1))
        return false;
    // ("Gov. John Kasich, a Republican who has refused to endorse …": the relative pronoun stands
    // for the one its phrase describes, and the clause ends where the aside does)
    const std::uint32_t group = verbGroupStart(cue.token, s.firstToken);
    const bool relative = group < cue.token && group > s.firstToken + 1 && m_a.keyIs(group - 1, "who");
    SourcePhrase source = relative ? sourceBefore(m_a, group - 1, s.firstToken) : sourceBeforeCue(static_cast<std::size_t>(c));
    // ("…, a Republican who": a party's member, read as its name, describes the person before it)
    if (relative && source.valid() && source.kind == SourceKind::Name && source.endToken == source.firstToken + 1 &&
        source.firstToken > s.firstToken + 2 && m_a.keyIsOneOf(source.firstToken - 1, "a", "an") &&
        m_a.isPunct(source.firstToken - 2, ','))
        if (SourcePhrase named = sourceBefore(m_a, source.firstToken - 2, s.firstToken);
            named.valid() && named.kind == SourceKind::Name && named.type == SpeakerType::Person &&
            named.endToken == source.firstToken - 2) {
            named.role = source.name;
            named.endToken = source.endToken;
            named.span.end = source.span.end;
            source = std::move(named);
        }
    if (!relative && cue.form == CueForm::Gerund)
        if (SourcePhrase subject = objectVerbSubject(source, cue.token, s); subject.valid())
            source = std::move(subject);
    if (relative && source.valid() && source.endToken == group - 1) {
        source.endToken = group;
        source.span.end = m_a.token(group - 1).span.end;
    } else if (relative) {
        return false;
    }
    if (!source.valid())
        source = sentenceSubject(m_a, s.firstToken, cue.token);
    if (!source.valid())
        return false;
    std::uint32_t k = skipRecipient(cue, cue.endToken, s.endToken);
    if (k < s.endToken && m_a.keyIs(k, "that") && !demonstrativeThat(k, s.endToken))
        ++k;
    if (k >= s.endToken || m_covered[k])
        return false;
    std::uint32_t e = contentEnd(k, s.endToken, true);
    bool aside = false;  // (the relative clause inside an aside: "NAME, a Republican who …, spoke")
    for (std::uint32_t t = source.firstToken > s.firstToken ? source.firstToken - 1 : s.firstToken; relative && t + 1 < group; ++t)
        aside = aside || m_a.isPunct(t, ',');
    if (aside)
        for (std::uint32_t t = k; t < e; ++t)
            if (m_a.isPunct(t, ',') && !m_a.insideQuote(t)) {
                e = t;
                break;
            }
    std::uint32_t afterAdverbs = k;
    while (afterAdverbs < e && m_a.isAdverbLike(afterAdverbs))
        ++afterAdverbs;
    const std::uint32_t sentenceEnd = s.endToken - (isTerminalPunct(m_a, s.endToken - 1) ? 1 : 0);
    if ((cue.flags & cueflag::Strong) && circumstanceAt(afterAdverbs, sentenceEnd))
        return false;  // "said matter-of-factly as confetti fluttered down": when, not what
    if (m_a.keyIs(k, "in") || m_a.keyIs(k, "on") || m_a.keyIs(k, "at"))
        return false;  // "spoke on Monday", "wrote in a statement": where and when (right in 11 of 55 on PolNeAR train)
    if (heardNotSaid(k, e))
        return false;
    for (std::string_view w : {"over"sv, "during"sv, "until"sv, "since"sv, "throughout"sv, "despite"sv})
        if (m_a.keyIs(k, w))
            return false;  // "advocated over the weekend", "argued throughout the campaign": when, not what
    if (m_a.keyIs(k, "for"))
        for (std::uint32_t t = k + 1; t < e && t <= k + 3; ++t)
            for (std::string_view w : {"weeks"sv, "days"sv, "months"sv, "years"sv, "hours"sv, "decades"sv, "minutes"sv})
                if (m_a.keyIs(t, w))
                    return false;  // "have been discussing for several weeks"
    bool timeOnly = true;  // "said Friday as he entered the talks"
    for (std::uint32_t t = k; t < e && timeOnly; ++t)
        timeOnly = m_a.is(t, wc::TimeWord) || m_a.isAdverbLike(t);
    if (timeOnly)
        return false;
    const std::uint32_t words = countWords(k, e);
    // ("…, reminding the hosts.": whom, not what; "called in": a particle)
    // (nor "shot back, too", "portrayed by Allen": a comma or an agent after the cue is no content)
    // ("conceded shortly after midnight": an adverb alone is no content either)
    // ("has said little", "said nothing": how much was said, not what; but "think so" is a report)
    if (words == 1 && (m_a.keyIs(k, "little") || m_a.keyIs(k, "nothing") || m_a.keyIs(k, "much") ||
                       m_a.keyIs(k, "anything") || m_a.keyIs(k, "something")))
        return false;
    if (words < 1 || ((cue.flags & cueflag::TakesRecipient) && words <= 2) ||
        (words == 1 && (m_a.is(k, wc::Preposition) || m_a.isAdverbLike(k))) || m_a.isPunct(k, ',') || m_a.keyIs(k, "by"))
        return false;
    if (addresseeOnly(cue, k, e) || thingFound(cue, source, k, e))
        return false;
    // ("According to the complaint, the provost, Dr. Lionel Strand, rejected her case": the act is
    // what the opening's source reports, not a report of the provost's)
    std::uint32_t lead = s.firstToken;
    while (lead < source.firstToken && (m_a.is(lead, wc::Conjunction | wc::Adverb) || m_a.isPunct(lead, ',')))
        ++lead;
    if (lead + 1 < source.firstToken && m_a.keyIs(lead, "according") && m_a.keyIs(lead + 1, "to")) {
        std::uint32_t comma = lead + 2;
        while (comma < source.firstToken && !m_a.isPunct(comma, ','))
            ++comma;
        if (comma + 1 == source.firstToken)
            return false;
    }
    emit(c, std::move(source), {{k, e}}, "speaker-cue-rest");
    return true;
}

// "asked not to be named", "requested not to be identified": why a source goes unnamed
bool IndirectAttributor::asksAnonymity(const Cue& cue) const
{
    const std::uint32_t k = cue.endToken;
    const lexicon::WordInfo* info = m_a.word(cue.token);
    if (!info || k + 3 >= m_a.tokenCount())
        return false;
    // ("who declined to give her name", "declined to be identified")
    if (info->lemma == "decline" || info->lemma == "refuse")
        return m_a.keyIs(k, "to") && ((m_a.keyIs(k + 1, "be") && (m_a.keyIs(k + 2, "named") || m_a.keyIs(k + 2, "identified"))) ||
                                      (m_a.keyIs(k + 1, "give") && (m_a.keyIs(k + 3, "name") || m_a.keyIs(k + 3, "names") ||
                                                                     m_a.keyIs(k + 3, "full"))));
    if (info->lemma != "ask" && info->lemma != "request")
        return false;
    // ("who asked that her last name not be used")
    if (m_a.keyIs(k, "that"))
        for (std::uint32_t t = k + 2; t + 1 < m_a.tokenCount() && t <= k + 4; ++t)
            if ((m_a.keyIs(t, "name") || m_a.keyIs(t, "names")) && m_a.keyIs(t + 1, "not"))
                return true;
    return m_a.keyIs(k, "not") && m_a.keyIs(k + 1, "to") && m_a.keyIs(k + 2, "be") &&
           (m_a.keyIs(k + 3, "named") || m_a.keyIs(k + 3, "identified"));
}

// "Politifact seized on Trump's claim that there have been “thousands of shootings” …", "his
// warning that …": the owner of a report's noun is its source, the clause after "that" what was
// said.
void IndirectAttributor::ownersReport(std::int32_t c)
{
    const Cue& cue = m_cues[static_cast<std::size_t>(c)];
    const Sentence& s = m_a.sentenceOf(cue.token);
    const std::uint32_t owner = reportNounOwner(m_a, cue.token);  // "Tulsa police's earlier claim"
    const bool possessive = m_a.token(owner).has(tokflag::Possessive);
    SourcePhrase source = possessive ? m_ctx.cueSources.sourceBefore(owner, s.firstToken) : ownerPronoun(m_a, owner);
    if (!source.valid() || source.endToken != (possessive ? owner : owner + 1) || source.kind == SourceKind::CommonNoun)
        return;  // (a name, a pronoun or a body: not "a company's claim", whose owner is no one named)
    // (the noun as an object, after a verb or a preposition: as a subject, "Trump's accusation that
    // Obama … drew fire", the clause's end is the main verb's start, which a clause does not show)
    const std::uint32_t before = source.firstToken;
    if (before <= s.firstToken || !m_a.isLowerWord(before - 1) || m_a.is(before - 1, wc::Conjunction))
        return;
    const std::uint32_t k = cue.endToken + 1;  // after "that"
    const std::uint32_t e = contentEnd(k, s.endToken, false);
    if (countWords(k, e) < 3)
        return;
    emit(c, std::move(source), {{k, e}}, "owner-noun-clause");
}

std::vector<Attribution> IndirectAttributor::run()
{
    m_out.reserve(m_cues.size());  // (about one a cue: no attribution moved as the list grows)
    attributeClauseFinalFirst();
    for (std::size_t i = 0; i < m_cues.size(); ++i) {
        const auto c = static_cast<std::int32_t>(i);
        if (!usable(c))
            continue;
        if (asksAnonymity(m_cues[i])) {
            // "…, who asked not to be named because he had not endorsed either candidate, said": why a
            // source is unnamed, up to the next comma, is no report
            // ("A neighbour who asked not to be named said it was …": with no comma, the main verb
            // ends the reason)
            const Sentence& s = m_a.sentenceOf(m_cues[i].token);
            for (std::uint32_t t = m_cues[i].token; t < s.endToken && !m_a.isPunct(t, ','); ++t) {
                if (m_cueAt[t] < 0)
                    continue;
                const Cue& next = m_cues[static_cast<std::size_t>(m_cueAt[t])];
                if (t > m_cues[i].token && (next.flags & cueflag::Strong) &&
                    (next.form == CueForm::Past || next.form == CueForm::PastOrParticiple))
                    break;
                m_cueUsed[static_cast<std::size_t>(m_cueAt[t])] = true;
            }
            continue;
        }
        if (m_cues[i].kind == CueKind::AccordingTo) {
            accordingTo(c);
            continue;
        }
        if (m_cues[i].kind == CueKind::Colon) {
            colonLine(c);
            continue;
        }
        if (m_cues[i].kind == CueKind::Answer) {
            interviewAnswer(c);
            continue;
        }
        if (m_cues[i].kind == CueKind::Noun) {
            ownersReport(c);
            continue;
        }
        if (m_cues[i].passive && (askedClause(c) || passiveAgent(c) || passiveWithoutAgent(c)))
            continue;
        if (impression(c) && passiveWithoutAgent(c))
            continue;  // "The speaker appeared closer to an endorsement": the writer's impression
        if (!asReport(c) && !subjectCueContent(c) && !contentSubjectCue(c))
            askedClause(c);
    }
    hearsayAdverbs();
    // What no rule read: a cue the learned model is sure of, its sentence's subject and the rest of
    // its clause.
    for (std::size_t i = 0; i < m_cues.size(); ++i)
        if (usable(static_cast<std::int32_t>(i)))
            restOfClause(static_cast<std::int32_t>(i));
    return std::move(m_out);
}

}  // namespace

std::vector<Attribution> attributeIndirect(const AttributionContext& ctx, std::vector<bool>& cueUsed,
                                           std::vector<std::int32_t>& quotationOwner,
                                           const std::vector<Attribution>& direct)
{
    return IndirectAttributor(ctx, cueUsed, quotationOwner, direct).run();
}

namespace {

// "Clinton to Planned Parenthood:", "Former AG Mukasey at RNC:", "Nia Rowe on Cancelled Tour:": a
// headline's speaker comes before the preposition that says whom, where or what about; elsewhere
// the speaker runs up to the colon.
std::uint32_t headlineSpeakerEnd(const Analysis& a, std::uint32_t first, std::uint32_t colon)
{
    if (a.paragraphOf(colon) != 0)
        return colon;
    for (std::uint32_t k = first + 1; k < colon; ++k)
        if (a.isLowerWord(k) && (a.keyIs(k, "to") || a.keyIs(k, "at") || a.keyIs(k, "on") || a.keyIs(k, "in")))
            return k;
    return colon;
}

// The direct attributions, then the indirect ones, sorted by where they begin, ties in that
// order. The positions are sorted and each attribution moved once, from the list it is in: a
// stable sort of the attributions themselves moved their strings and vectors again and again.
std::vector<Attribution> inReadingOrder(std::vector<Attribution> direct, std::vector<Attribution> indirect)
{
    const std::size_t total = direct.size() + indirect.size();
    const auto at = [&](std::size_t i) -> Attribution& { return i < direct.size() ? direct[i] : indirect[i - direct.size()]; };
    std::vector<std::pair<std::uint32_t, std::uint32_t>> order;  // (begin, index): ties keep their order
    order.reserve(total);
    for (std::size_t i = 0; i < total; ++i)
        order.emplace_back(at(i).bounds().begin, static_cast<std::uint32_t>(i));
    if (std::is_sorted(order.begin(), order.end())) {
        // (in order already: the indirect ones go after the direct ones)
        direct.insert(direct.end(), std::make_move_iterator(indirect.begin()), std::make_move_iterator(indirect.end()));
        return direct;
    }
    std::sort(order.begin(), order.end());
    std::vector<Attribution> sorted;
    sorted.reserve(total);
    for (const auto& [begin, index] : order)
        sorted.push_back(std::move(at(index)));
    return sorted;
}

}  // namespace

const SourcePhrase& CueSources::before(std::size_t cue) const
{
    std::optional<SourcePhrase>& source = m_before[cue];
    if (!source) {
        const std::uint32_t token = m_cues[cue].token;
        std::uint32_t first = m_a.sentenceOf(token).firstToken;
        // ("…, said he respected the result; and Council Member Aisha Greer, who …, warned": a
        // subject starts after a semicolon)
        for (std::uint32_t t = token; t > first; --t)
            if (m_a.isPunct(t - 1, ';') && m_a.quotationAt(t - 1) < 0) {
                if (t < token)
                    first = t;
                break;
            }
        // ("…, with Sen. Lydia Varga of Montana saying …": the subject starts after "with")
        if (m_cues[cue].form == lexicon::CueForm::Gerund)
            if (const std::optional<std::uint32_t> with = withBeforeNamedSubject(m_a, token); with && *with >= first)
                first = *with + 1;
        source = ql::sourceBefore(m_a, m_cues[cue].kind == CueKind::Colon ? headlineSpeakerEnd(m_a, first, token) : token, first);
    }
    return *source;
}

SourcePhrase CueSources::sourceBefore(std::uint32_t end, std::uint32_t limit) const
{
    const std::int32_t cue = end < m_cueAt.size() ? m_cueAt[end] : -1;
    if (cue >= 0 && m_a.sentenceOf(end).firstToken == limit)
        return before(static_cast<std::size_t>(cue));
    return ql::sourceBefore(m_a, end, limit);
}

std::vector<Attribution> attribute(const Analysis& a, const std::vector<Cue>& cues)
{
    std::vector<bool> cueUsed(cues.size(), false);
    std::vector<std::int32_t> owner(a.quotes().quotations.size(), -1);
    // (the cue at each token, found once for both attributors)
    std::vector<std::int32_t> cueAt(a.tokenCount(), -1);
    for (std::size_t c = 0; c < cues.size(); ++c)
        cueAt[cues[c].token] = static_cast<std::int32_t>(c);
    const CueSources cueSources(a, cues, cueAt);
    const AttributionContext ctx{a, cues, cueAt, cueSources};
    std::vector<Attribution> direct = attributeDirect(ctx, cueUsed, owner);
    std::vector<Attribution> indirect = attributeIndirect(ctx, cueUsed, owner, direct);
    return inReadingOrder(std::move(direct), std::move(indirect));
}

std::string dump(const Analysis& a, const std::vector<Cue>& cues, const std::vector<Attribution>& attributions)
{
    std::string out;
    for (const Attribution& attr : attributions) {
        out += toString(attr.kind);
        out += " ";
        out += attr.rule;
        out += " | ";
        out += attr.source.valid() ? std::string(a.str(attr.source.span)) : std::string("-");
        out += " | ";
        out += attr.cue >= 0 ? std::string(a.str(cues[static_cast<std::size_t>(attr.cue)].span)) : std::string("-");
        for (const Span& s : attr.spans) {
            out += " | ";
            out += a.str(s);
        }
        out += '\n';
    }
    return out;
}

}  // namespace ql
