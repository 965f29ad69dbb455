// Direct quotations: which cue and source each belongs to, and which quotations are pieces
// of an earlier one.
#include "extract/attribution.h"

#include <algorithm>

namespace ql {

namespace {

using namespace lexicon;
using namespace std::string_view_literals;

class DirectAttributor {
public:
    DirectAttributor(const AttributionContext& ctx, std::vector<bool>& cueUsed, std::vector<std::int32_t>& owner)
        : m_ctx(ctx), m_a(ctx.analysis), m_cues(ctx.cues), m_cueUsed(cueUsed), m_owner(owner), m_cueAt(ctx.cueAt)
    {
    }

    std::vector<Attribution> run();

private:
    struct Found {
        std::int32_t cue = -1;
        SourcePhrase source;
        std::string_view rule;  // a literal
        std::optional<Span> verb;  // a verb in no cue list that attributes the quote
        bool attributed() const { return cue >= 0 || source.valid(); }
    };

    const Quotation& quotation(std::int32_t q) const { return m_a.quotes().quotations[static_cast<std::size_t>(q)]; }
    bool isTopLevel(std::int32_t q) const { return quotation(q).parent < 0; }
    std::int32_t cueAt(std::uint32_t token) const
    {
        const std::int32_t c = m_cueAt[token];
        return c >= 0 && !m_cueUsed[static_cast<std::size_t>(c)] && !m_cues[static_cast<std::size_t>(c)].insideQuote &&
                       m_cues[static_cast<std::size_t>(c)].kind != CueKind::Noun  // (a report's noun attributes no quotation)
                   ? c
                   : -1;
    }
    void takeClauseBefore(Attribution& attr, std::int32_t q) const;
    void takeClauseAfterCue(Attribution& attr, std::int32_t q) const;
    bool clauseOpensAt(std::uint32_t from, std::uint32_t to) const;
    void takeNamedObject(Attribution& attr, std::int32_t q) const;
    void takeClauseAroundAttribution(Attribution& attr, std::int32_t q);
    std::uint32_t closeToken(std::int32_t q) const { return quotation(q).pieces.back().closeToken; }
    // Where a piece ends, its closing mark included (an unclosed piece's close is its paragraph's
    // end, which may be past the last token: "said he still did, “out of pure" ending the text)
    std::uint32_t pieceEnd(const QuotePiece& piece) const
    {
        return piece.closed ? m_a.token(piece.closeToken).span.end : piece.content.end;
    }
    std::uint32_t openToken(std::int32_t q) const { return quotation(q).pieces.front().openToken; }

    Found trailing(std::int32_t q) const;
    Found speakerAndAnyVerb(const QuotePiece& last, std::uint32_t t, std::uint32_t end) const;
    Found speakerThenCue(std::uint32_t t, std::uint32_t end) const;
    Found cueThenSpeaker(std::uint32_t k, std::uint32_t end) const;
    bool cueClosesSentence(std::int32_t c, std::uint32_t end) const;
    std::uint32_t asideClosingComma(std::uint32_t t, std::uint32_t i, std::uint32_t end) const;
    Found afterAside(std::uint32_t t, std::uint32_t end) const;
    Found signatureBelow(const QuotePiece& last) const;
    bool awaitsAttribution(std::int32_t q) const;
    bool insideEarlierReport(std::uint32_t cue, std::uint32_t sentenceStart) const;
    Found leading(std::int32_t q) const;
    Found subjectBeforeColon(std::uint32_t start, std::uint32_t colon) const;
    Found inTheirWords(std::uint32_t start, std::uint32_t open) const;
    Found thatIsHow(std::int32_t q) const;
    Found wordsOf(const Paragraph& next) const;
    bool startsSentence(std::int32_t q) const;
    bool titleCase(std::int32_t q) const;
    bool endsSentence(std::int32_t q) const;
    bool describesSource(std::uint32_t from, std::uint32_t to) const;
    bool sentenceHasOwnCue(std::uint32_t sentence) const;
    bool looksLikeSpeech(std::int32_t q, bool withCue) const;
    bool speakerInParagraph(std::int32_t q) const;
    std::int32_t nextTopLevel(std::int32_t q) const;
    void addPieces(Attribution& attr, std::int32_t q);
    void absorbFollowing(std::size_t attrIndex, std::int32_t q, std::int32_t cue);
    bool captionParagraph(std::uint32_t paragraph) const;
    Attribution make(std::int32_t q, const Found& found);

    bool cueBetween(std::uint32_t from, std::uint32_t to) const;
    bool nicknameAt(std::uint32_t open) const;
    bool clauseBetween(std::uint32_t from, std::uint32_t to) const;
    bool reportsAround(std::uint32_t cue, std::uint32_t open, std::int32_t q) const;

    const AttributionContext& m_ctx;
    const Analysis& m_a;
    const std::vector<Cue>& m_cues;
    std::vector<bool>& m_cueUsed;
    std::vector<std::int32_t>& m_owner;
    const std::vector<std::int32_t>& m_cueAt;
    std::vector<Attribution> m_out;
};

bool DirectAttributor::looksLikeSpeech(std::int32_t q, bool withCue) const
{
    const Quotation& quote = quotation(q);
    // ("In a blog post titled “Getting Halo 2 right,” …": a title, whatever follows it)
    if (const std::uint32_t first = openToken(q); first > 0 && m_a.keyIsOneOf(first - 1, "titled", "entitled", "headlined"))
        return false;
    if (withCue) {
        // “No,” he said — but not a show's title: on Fox News's “Hannity,” Gingrich said
        const std::uint32_t open = openToken(q);
        const bool standsAlone = startsSentence(q) || (open > 0 && (m_a.isPunct(open - 1, ':') || m_a.isPunct(open - 1, ',') ||
                                                                     m_cueAt[open - 1] >= 0));  // a man yelled “Stay there!”
        // "On this weekend’s broadcast of “Fox News Sunday,” Pence said", "told “Fox and Friends,”", "a play
        // called “Los Hijos de Trump,”": a title; after a colon or a speech cue ("yelled “Stay There”") a quote
        const std::int32_t before = open > 0 ? m_cueAt[open - 1] : -1;
        const bool speechCueBefore =
            before >= 0 && !(m_cues[static_cast<std::size_t>(before)].flags &
                             (lexicon::cueflag::Naming | lexicon::cueflag::TakesRecipient));
        if (titleCase(q) && !startsSentence(q) && !(open > 0 && (m_a.isPunct(open - 1, ':') || speechCueBefore)))
            return false;
        return quote.words >= 3 || (quote.endsWithPunctuation && quote.words >= 1 && standsAlone);
    }
    // Without a cue only whole quoted sentences count: terms and titles stay out.
    return (quote.words >= 6 && startsSentence(q) && (quote.endsWithPunctuation || quote.hasSentenceEnd || !quote.pieces.back().closed)) ||
           (quote.words >= 4 && startsSentence(q) && quote.endsWithPunctuation && speakerInParagraph(q));
}

// An attributed direct quotation earlier in the paragraph of q: a short quoted sentence after it
// goes on with its speaker ("“…,” she said, describing …. “And people are like family.”").
bool DirectAttributor::speakerInParagraph(std::int32_t q) const
{
    const std::uint32_t paragraph = m_a.paragraphOf(openToken(q));
    for (auto it = m_out.rbegin(); it != m_out.rend(); ++it) {
        if (it->quotations.empty() || m_a.paragraphOf(openToken(it->quotations.front())) != paragraph)
            return false;
        if (it->source.valid())
            return true;
    }
    return false;
}

// Every word capitalised but the short function words, and few of them: "Fox News Sunday",
// "Meet the Press", "The Art of the Deal".
bool DirectAttributor::titleCase(std::int32_t q) const
{
    const Quotation& quote = quotation(q);
    if (quote.pieces.size() != 1 || quote.words > 6 || quote.words < 2)
        return false;
    const QuotePiece& piece = quote.pieces.front();
    if (piece.closeToken > piece.openToken + 1) {
        const std::uint32_t last = piece.closeToken - 1;
        if (m_a.isPunct(last, '.') || m_a.isPunct(last, '!') || m_a.isPunct(last, '?'))
            return false;  // “Too many.”: a sentence
    }
    std::uint32_t capitalised = 0;
    for (std::uint32_t i = piece.openToken + 1; i < piece.closeToken; ++i) {
        if (!m_a.isWord(i))
            continue;
        const bool functionWord = m_a.isLowerWord(i) && (m_a.is(i, lexicon::wc::Preposition | lexicon::wc::Determiner |
                                                                       lexicon::wc::Conjunction) ||
                                                         m_a.key(i).size() <= 3);  // "Los Hijos de Trump"
        if (!m_a.isCapitalized(i) && !functionWord)
            return false;
        capitalised += m_a.isCapitalized(i);
    }
    return capitalised >= 2;
}

bool DirectAttributor::startsSentence(std::int32_t q) const
{
    const std::uint32_t open = openToken(q);
    return m_a.token(open).has(tokflag::SentenceStart) || m_a.token(open).has(tokflag::ParagraphStart);
}

// Words that can only describe the source that follows them: lower-case nouns and
// adjectives, articles, prepositions and names, no verb and no punctuation.
bool DirectAttributor::describesSource(std::uint32_t from, std::uint32_t to) const
{
    if (to - from > 8)
        return false;
    for (std::uint32_t i = from; i < to; ++i) {
        if (m_a.keyIs(i, "state") && i + 1 < m_a.tokenCount() && m_a.isCapitalized(i + 1))
            continue;  // "state Rep. Park Cannon said": the noun, not the verb
        // ("the bespectacled, 71-year-old diplomat", "another friend, Mariam Emara told CNN": a comma
        // between adjectives, or after a role before the name)
        if (i > from && m_a.isPunct(i, ',')) {
            for (std::uint32_t k = from; k < i; ++k)
                if (m_a.is(k, lexicon::wc::Preposition))
                    return false;  // (not "“…” about her record, Sanders jabbed": a phrase of the report's)
            continue;
        }
        if (m_a.token(i).kind == TokenKind::Number && i > from)
            continue;
        // ("co-founder and chief executive Shira Abergel-Navon": two roles one person holds)
        if (m_a.keyIs(i, "and") && i > from && m_a.isLowerWord(i - 1) && m_a.is(i - 1, lexicon::wc::PersonRole) && i + 1 < to &&
            m_a.isLowerWord(i + 1))
            continue;
        if (!m_a.isWord(i) || m_a.is(i, lexicon::wc::Verb | lexicon::wc::Auxiliary | lexicon::wc::Cue |
                                            lexicon::wc::Pronoun | lexicon::wc::Subordinator | lexicon::wc::Conjunction))
            return false;
    }
    return true;
}

// Nothing but punctuation between the closing mark and the end of the sentence.
bool DirectAttributor::endsSentence(std::int32_t q) const
{
    const QuotePiece& last = quotation(q).pieces.back();
    if (!last.closed)
        return true;
    const std::uint32_t end = m_a.sentenceOf(last.closeToken).endToken;
    for (std::uint32_t i = last.closeToken + 1; i < end; ++i)
        if (m_a.token(i).kind != TokenKind::Punct)
            return false;
    return true;
}

bool DirectAttributor::sentenceHasOwnCue(std::uint32_t sentence) const
{
    const Sentence& s = m_a.seg().sentences[sentence];
    for (std::uint32_t i = s.firstToken; i < s.endToken; ++i)
        if (cueAt(i) >= 0)
            return true;
    return false;
}

std::int32_t DirectAttributor::nextTopLevel(std::int32_t q) const
{
    const auto& all = m_a.quotes().quotations;
    for (auto next = static_cast<std::size_t>(q) + 1; next < all.size(); ++next)
        if (all[next].parent < 0)
            return static_cast<std::int32_t>(next);
    return -1;
}

// "…," Clinton said / "…," said Clinton / "…," she added.
DirectAttributor::Found DirectAttributor::trailing(std::int32_t q) const
{
    Found found;
    const QuotePiece& last = quotation(q).pieces.back();
    if (!last.closed)
        return found;
    const std::uint32_t open = openToken(q);
    const std::uint32_t sentenceStart = m_a.sentenceOf(open).firstToken;
    if (open > sentenceStart && m_a.isWord(open - 1) && cueBetween(sentenceStart, open - 1))
        return found;  // "Holm said that the advertisement “unmistakably” suggests …": a piece of that report
    if (open > sentenceStart && m_a.keyIsOneOf(open - 1, "citing", "quoting"))
        return found;  // "Citing “obligations in Tennessee,” the spokeswoman told POLITICO that …": what she cited
    std::uint32_t t = last.closeToken + 1;
    const std::uint32_t end = m_a.sentenceOf(last.closeToken).endToken;
    if (t < end && (m_a.isPunct(t, ',') || m_a.isPunct(t, ':') || m_a.isPunct(t, 0x2014) || m_a.isPunct(t, 0x2013)))
        ++t;
    else if (t < end && m_a.isWord(t) && !quotation(q).endsWithPunctuation && quotation(q).words <= 4)
        return found;  // "The union-backed “Fight for $15” movement plans to protest": a name in quotes modifies a noun
    if (t >= end && t < m_a.tokenCount() && m_a.paragraphOf(t) == m_a.paragraphOf(last.closeToken) &&
        !m_a.isPunct(last.closeToken - 1, ',')) {
        // "“It happens, right?” Trump went on.": after a question or an exclamation the sentence
        // splitter starts anew before a capitalised name
        const std::uint32_t nextEnd = m_a.sentenceOf(t).endToken;
        if (const Found after = speakerAndAnyVerb(last, t, nextEnd); after.attributed())
            return after;
        // ("“…!” Scott's niece, Marcia Price, shouted to the crowd.": a described speaker and a cue
        // that ends the sentence)
        if (Found after = speakerThenCue(t, nextEnd); after.attributed() && cueClosesSentence(after.cue, nextEnd))
            return after;
    }
    if (t >= end || m_a.token(t).kind == TokenKind::QuoteMark)
        return t >= end ? signatureBelow(last) : found;
    if (t == last.closeToken + 1 && (m_a.isPunct(t, 0x2015) || m_a.isPunct(t, 0x2014) || m_a.isPunct(t, 0x2013))) {
        // “…” ― Sonya Herridge: a name after a dash, alone at the end of its paragraph
        SourcePhrase source = sourceAfter(m_a, t + 1, end);
        std::uint32_t after = source.valid() ? source.endToken : end;
        while (after < end && m_a.token(after).kind == TokenKind::Punct)
            ++after;
        const std::uint32_t paragraphEnd = m_a.seg().paragraphs[m_a.paragraphOf(t)].endToken;
        if (source.valid() && source.kind == SourceKind::Name && after >= paragraphEnd) {
            found.source = std::move(source);
            found.rule = "quote-dash-speaker";
            return found;
        }
    }
    if (t == last.closeToken + 2 && m_a.isPunct(t - 1, ':') && open == sentenceStart && inTitleLine(m_a, open)) {
        // "‘The wolves were never the hard part’: Orla Bramhall on 14 years at the trust": a
        // headline's quotation, a colon, then who said it and what the story is about
        SourcePhrase source = sourceAfter(m_a, t, end);
        if (source.valid() && source.kind == SourceKind::Name && source.firstToken == t && source.type != SpeakerType::Organization &&
            (source.endToken >= end || m_a.keyIs(source.endToken, "on") || m_a.isPunct(source.endToken, ','))) {
            found.source = std::move(source);
            found.rule = "quote-colon-speaker";
            return found;
        }
    }
    if (Found inverted = cueThenSpeaker(t, end); inverted.attributed())
        return inverted;
    found = speakerThenCue(t, end);
    if (!found.attributed())
        found = speakerAndAnyVerb(last, t, end);
    if (!found.attributed() && t == last.closeToken + 1 && m_a.isPunct(last.closeToken - 1, ','))
        found = afterAside(t, end);
    return found;
}

// "''…,'' like the recent volatility of markets, said Richard Curtin.", "''…,'' as his father
// dreamed, Mr. Turry said.": a short aside of the writer's between the quotation and its
// attribution.
DirectAttributor::Found DirectAttributor::afterAside(std::uint32_t t, std::uint32_t end) const
{
    Found found;
    if (m_a.is(t, lexicon::wc::Conjunction))
        return found;  // "“…,” and donations began to pick up again, Gilbert said": the report goes on
    std::uint32_t comma = t + 1;
    while (comma < end && comma < t + 14 && !m_a.isPunct(comma, ',') && m_a.isWordLike(comma))
        ++comma;
    if (comma + 2 >= end || !m_a.isPunct(comma, ','))
        return found;
    const std::uint32_t k = comma + 1;
    if (Found inverted = cueThenSpeaker(k, end); inverted.attributed())
        return inverted.source.kind != SourceKind::Pronoun ? inverted : found;
    if (Found after = speakerThenCue(k, end); after.attributed() && cueClosesSentence(after.cue, end))
        return after;
    return found;
}

// "“…,” said Trump": a cue at token k, then its speaker before the next quotation mark.
DirectAttributor::Found DirectAttributor::cueThenSpeaker(std::uint32_t k, std::uint32_t end) const
{
    Found found;
    const std::int32_t c = cueAt(k);
    // (not a participle: in '… dubbed “the yuca primary,” referring to the popular Cuban staple'
    // the phrase after it is what is meant, no speaker)
    if (c < 0 || m_cues[static_cast<std::size_t>(c)].form == lexicon::CueForm::Gerund)
        return found;
    // (up to the next quotation: not the apostrophe of a plural, "said the Lancers' majority owner, …",
    // nor a nickname's marks, 'said County Executive Dolores "Dee" Whitfield-Yazzie')
    std::uint32_t limit = k + 1;
    for (; limit < end; ++limit) {
        if (m_a.token(limit).kind != TokenKind::QuoteMark || isPluralApostrophe(m_a, limit))
            continue;
        if (!nicknameAt(limit))
            break;
        limit = quotation(m_a.quotationAt(limit + 1)).pieces.front().closeToken;  // on past the nickname's closing mark
    }
    found.source = invertedSourceAfter(m_a, m_cues[static_cast<std::size_t>(c)].endToken, limit);
    // (not "…, citing “the unique magic of Trump,” said the candidate could win": a noun phrase
    // with its own verb after it is the subject of the report's clause)
    const std::uint32_t next = found.source.endToken;
    if (found.source.valid() && next < limit && m_a.isLowerWord(next) && m_a.is(next, lexicon::wc::Auxiliary))
        return Found{};
    if (found.source.valid()) {
        found.cue = c;
        found.rule = "quote-cue-speaker";
    }
    return found;
}

// "“…,” Trump, the … frontrunner …, said": the speaker from token t, then a cue before `end`.
DirectAttributor::Found DirectAttributor::speakerThenCue(std::uint32_t t, std::uint32_t end) const
{
    Found found;
    for (std::uint32_t i = t + 1; i < end && i < t + 45; ++i) {  // long appositions: "Trump, the … frontrunner …, said"
        if (m_a.token(i).kind == TokenKind::QuoteMark && i + 1 < end && m_a.insideQuote(i + 1) && !nicknameAt(i)) {
            // ("Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said": a short quoted
            // name before a noun belongs to the phrase)
            const Quotation& inner = quotation(m_a.quotationAt(i + 1));
            const std::uint32_t close = inner.pieces.front().closeToken;
            if (inner.words <= 3 && inner.pieces.size() == 1 && inner.pieces.front().closed && close + 1 < end &&
                m_a.isLowerWord(close + 1) && !m_a.is(close + 1, lexicon::wc::Cue | lexicon::wc::Verb | lexicon::wc::Auxiliary)) {
                i = close;
                continue;
            }
            break;  // another quotation starts: an apostrophe (Sanders’ campaign) does not count
        }
        const std::int32_t c = cueAt(i);
        if (c < 0)
            continue;
        if (const std::uint32_t close = asideClosingComma(t, i, end); close > i) {
            i = close;  // "one protester, who declined to give her name, told": the cue after the aside
            continue;
        }
        SourcePhrase source = sourceBefore(m_a, i, t);
        // (no description comes before a pronoun: "“it gets me mad” every time he thinks about …")
        if (source.valid() && source.firstToken > t && source.kind != SourceKind::Pronoun && describesSource(t, source.firstToken)) {
            // "election law expert Rick Hasen", "a Wednesday editorial in The Des Moines Register"
            const std::uint32_t roleEnd = m_a.isPunct(source.firstToken - 1, ',') ? source.firstToken - 2 : source.firstToken - 1;
            if (source.role.empty() && source.kind == SourceKind::Name && !m_a.is(t, lexicon::wc::Determiner))
                source.role = std::string(m_a.text().substr(m_a.token(t).span.begin, m_a.token(roleEnd).span.end - m_a.token(t).span.begin));
            source.firstToken = t;
            source.span.begin = m_a.token(t).span.begin;
        }
        if (source.valid() && source.firstToken == t) {
            found.cue = c;
            found.source = std::move(source);
            found.rule = "quote-speaker-cue";
        }
        break;
    }
    return found;
}

// A cue at token i inside an aside of the speaker's description that opened after t: ", who
// declined to give her name,", ", speaking on condition of anonymity,". The comma that closes the
// aside, or i when the cue stands in none.
std::uint32_t DirectAttributor::asideClosingComma(std::uint32_t t, std::uint32_t i, std::uint32_t end) const
{
    bool aside = i > t + 1 && m_a.isPunct(i - 1, ',') && m_cues[static_cast<std::size_t>(m_cueAt[i])].form == lexicon::CueForm::Gerund;
    for (std::uint32_t k = i; !aside && k > t + 1; --k) {
        if (m_a.isPunct(k - 1, ','))
            break;
        aside = (m_a.keyIs(k - 1, "who") || m_a.keyIs(k - 1, "which")) && k >= t + 3 && m_a.isPunct(k - 2, ',');
    }
    if (!aside)
        return i;
    for (std::uint32_t k = i + 1; k + 1 < end && k < i + 16; ++k) {
        if (m_a.token(k).kind == TokenKind::QuoteMark || m_a.isPunct(k, '.') || m_a.isPunct(k, ';'))
            break;
        if (m_a.isPunct(k, ','))
            return k;
    }
    return i;
}

// After the cue: the sentence's end, or phrases of time, place, manner or addressee with no
// verb of their own ("shouted to the crowd.", "Tweeted on Friday with an image of the sign.").
bool DirectAttributor::cueClosesSentence(std::int32_t c, std::uint32_t end) const
{
    std::uint32_t k = m_cues[static_cast<std::size_t>(c)].endToken;
    while (k < end && (m_a.isAdverbLike(k) || (m_a.is(k, lexicon::wc::TimeWord) && m_a.isCapitalized(k))))
        ++k;
    if (k + 1 >= end)
        return k >= end || m_a.token(k).kind == TokenKind::Punct;
    if (!m_a.is(k, lexicon::wc::Preposition) || m_a.keyIs(k, "of") || m_a.keyIs(k, "about") || m_a.keyIs(k, "that"))
        return false;
    for (std::uint32_t t = k + 1; t < end; ++t)
        if (m_a.isLowerWord(t) && m_a.is(t, lexicon::wc::Verb | lexicon::wc::Auxiliary | lexicon::wc::Cue | lexicon::wc::Subordinator))
            return false;
    return true;
}

// A nickname quoted inside a name, opening at token `open`: Marcia "Cia" Price.
bool DirectAttributor::nicknameAt(std::uint32_t open) const
{
    const std::int32_t q = m_a.quotationAt(open + 1);
    if (q < 0 || open == 0 || !m_a.isCapitalized(open - 1) || quotation(q).words > 2 || quotation(q).pieces.size() != 1)
        return false;
    const std::uint32_t close = quotation(q).pieces.front().closeToken;
    return close + 1 < m_a.tokenCount() && m_a.isCapitalized(close + 1) && m_a.isCapitalized(open + 1);
}

// "“… pay zero taxes.” ¶ - Sanders.": a quotation that ends its paragraph, signed in the next
// one with a dash and a name (fact checks and quote lists).
DirectAttributor::Found DirectAttributor::signatureBelow(const QuotePiece& last) const
{
    Found found;
    const std::uint32_t paragraph = m_a.paragraphOf(last.closeToken);
    const auto& paragraphs = m_a.seg().paragraphs;
    std::uint32_t k = last.closeToken + 1;
    while (k < paragraphs[paragraph].endToken && m_a.token(k).kind == TokenKind::Punct)
        ++k;
    if (k < paragraphs[paragraph].endToken || paragraph + 1 >= paragraphs.size())
        return found;  // more words after the quotation in its paragraph
    const Paragraph& next = paragraphs[paragraph + 1];
    const std::uint32_t dash = next.firstToken;
    if (dash + 1 >= next.endToken || !(m_a.isPunct(dash, '-') || m_a.isPunct(dash, 0x2013) || m_a.isPunct(dash, 0x2014) ||
                                       m_a.isPunct(dash, 0x2015)))
        return found;
    SourcePhrase source = sourceAfter(m_a, dash + 1, next.endToken);
    if (source.valid() && source.firstToken == dash + 1 && source.kind == SourceKind::Name) {
        found.source = std::move(source);
        found.rule = "quote-dash-speaker";
    }
    return found;
}

// "“Jeb wants to be a tough guy tonight,” Trump shot back.", "“What sport is he talking about?”
// reacted Trump.": after a quotation that ends in a comma, a question or an exclamation mark,
// a name and a verb the lexicon need not know (or the verb, then the name) closing the sentence
// attribute it.
DirectAttributor::Found DirectAttributor::speakerAndAnyVerb(const QuotePiece& last, std::uint32_t t, std::uint32_t end) const
{
    Found found;
    // ("'''College Bowl,''' he replied.": the punctuation inside an inner quotation that closes with it)
    std::uint32_t inside = last.closeToken - 1;
    if (inside > 0 && m_a.token(inside).kind == TokenKind::QuoteMark)
        --inside;
    if (last.closeToken == 0 || !(m_a.isPunct(inside, ',') || m_a.isPunct(inside, '?') || m_a.isPunct(inside, '!')))
        return found;
    const auto verbAt = [&](std::uint32_t v) {
        return v < end && m_a.isLowerWord(v) &&
               !m_a.is(v, lexicon::wc::Determiner | lexicon::wc::Preposition | lexicon::wc::Conjunction | lexicon::wc::Pronoun |
                              lexicon::wc::Subordinator | lexicon::wc::Auxiliary | lexicon::wc::Negation | lexicon::wc::Adverb);
    };
    // what may follow the verb: a particle ("shot back"), then the sentence's end or a comma
    const auto particleAt = [&](std::uint32_t k) {
        return k < end && (m_a.keyIs(k, "back") || m_a.keyIs(k, "up") || m_a.keyIs(k, "out") || m_a.keyIs(k, "on"));
    };
    const auto sentenceGoesOn = [&](std::uint32_t k) {
        return k < end && (m_a.isPunct(k, '.') || m_a.isPunct(k, '!') || m_a.isPunct(k, '?') || m_a.isPunct(k, ','));
    };
    // or a short phrase of manner, place or addressee first ("shot back with a laugh")
    const auto mannerPhraseEnd = [&](std::uint32_t k) {
        if (k + 1 >= end || !(m_a.keyIs(k, "with") || m_a.keyIs(k, "in") || m_a.keyIs(k, "at") || m_a.keyIs(k, "to")) ||
            !m_a.is(k + 1, lexicon::wc::Determiner | lexicon::wc::Pronoun))
            return k;
        for (std::uint32_t w = k + 2; w < end && w < k + 6; ++w) {
            if (sentenceGoesOn(w))
                return w;
            if (m_a.token(w).kind != TokenKind::Word)
                break;
        }
        return k;
    };
    const auto closes = [&](std::uint32_t k) {
        if (particleAt(k))
            ++k;
        return sentenceGoesOn(mannerPhraseEnd(k));
    };
    const auto verbSpan = [&](std::uint32_t v) {
        const std::uint32_t last = particleAt(v + 1) ? v + 1 : v;
        return Span{m_a.token(v).span.begin, m_a.token(last).span.end};
    };
    // ("“…,” it reads.": a document; sourceAfter leaves "it" out, as the object in "said it")
    SourcePhrase source = m_a.keyIs(t, "it") ? sourceBefore(m_a, t + 1, t) : sourceAfter(m_a, t, end);
    if (source.valid() && source.firstToken == t && source.endToken > t + 2 && closes(source.endToken) &&
        m_a.key(source.endToken - 1).ends_with("s") && !m_a.key(source.endToken - 1).ends_with("ss")) {
        // "“…,” the letter reads.": the noun phrase took the verb in -s for a plural noun
        SourcePhrase shorter = sourceAfter(m_a, t, source.endToken - 1);
        if (shorter.valid() && shorter.endToken == source.endToken - 1)
            source = std::move(shorter);
    }
    if (source.valid() && source.firstToken == t &&
        (source.kind == SourceKind::Name || source.kind == SourceKind::Pronoun ||
         (source.kind == SourceKind::CommonNoun && m_a.is(t, lexicon::wc::Determiner))) &&  // "the email read"
        verbAt(source.endToken) &&
        closes(source.endToken + 1)) {
        found.verb = verbSpan(source.endToken);
        found.source = std::move(source);
        found.rule = "quote-speaker-verb";
        return found;
    }
    if (verbAt(t) && !m_a.key(t).ends_with("ing")) {
        source = sourceAfter(m_a, t + 1, end);
        // ("…,” begins a scripted message that precedes all Trump rallies.": a relative clause may close it)
        bool relativeCloses = source.valid() && source.endToken + 1 < end &&
                              (m_a.keyIs(source.endToken, "that") || m_a.keyIs(source.endToken, "which"));
        for (std::uint32_t k = source.valid() ? source.endToken : end; relativeCloses && k < end; ++k)
            relativeCloses = !m_a.isPunct(k, ',') && m_a.token(k).kind != TokenKind::QuoteMark;
        if (source.valid() && source.firstToken == t + 1 && (closes(source.endToken) || relativeCloses) &&
            (source.kind == SourceKind::Name || (source.kind == SourceKind::CommonNoun && m_a.is(t + 1, lexicon::wc::Determiner)))) {
            found.verb = verbSpan(t);
            found.source = std::move(source);
            found.rule = "quote-speaker-verb";
        }
    }
    return found;
}

// Clinton said: "…" / Clinton told reporters, "…" / and "X said:" ending the sentence before.
DirectAttributor::Found DirectAttributor::leading(std::int32_t q) const
{
    Found found;
    const std::uint32_t open = openToken(q);
    std::uint32_t start = m_a.sentenceOf(open).firstToken;
    std::uint32_t gapEnd = open;
    if (open == start && open > 0 && m_a.isPunct(open - 1, ':')) {
        // The attribution closes the previous sentence or paragraph with a colon.
        start = m_a.sentenceOf(open - 1).firstToken;
        gapEnd = open - 1;
    } else if (open > start && !(m_a.isPunct(open - 1, ':') || m_a.isPunct(open - 1, ','))) {
        if (!(m_a.isWord(open - 1) && (cueAt(open - 1) >= 0 || m_a.str(open - 1) == "that")))
            return found;
        const Quotation& quote = quotation(q);
        const bool wholeUtterance = cueAt(open - 1) >= 0 && (quote.endsWithPunctuation || quote.hasSentenceEnd);  // chanted “What curfew?” and
        if (!endsSentence(q) && !wholeUtterance)
            return found;  // Trump says “the game is soft” because …: a mixed report, not a quote
    }
    if (Found words = inTheirWords(start, open); words.attributed())
        return words;
    if (open > start && m_a.isPunct(open - 1, ':')) {
        // "… doesn't surprise Republican pollster Daron Shaw: “…”": a named person and a colon
        SourcePhrase source = sourceBefore(m_a, open - 1, start);
        if (source.valid() && source.kind == SourceKind::Name && source.type == SpeakerType::Person &&
            source.endToken == open - 1 && m_cueAt[open - 1] < 0) {
            found.source = std::move(source);
            found.rule = "speaker-colon-quote";
            return found;
        }
    }
    // A comma or colon before the quote lets adverbials stand between it and the cue:
    // "Johnson said in an op-ed before a 2014 Senate hearing, “…”".
    const bool marked = open > 0 && (m_a.isPunct(open - 1, ',') || m_a.isPunct(open - 1, ':'));
    const std::uint32_t reach = marked ? 24 : 10;
    for (std::uint32_t i = gapEnd; i > start && gapEnd - i < reach;) {
        --i;
        if (m_a.token(i).kind == TokenKind::QuoteMark || m_a.insideQuote(i))
            break;
        const std::int32_t c = cueAt(i);
        if (c < 0)
            continue;
        if (reportsAround(i, gapEnd, q) || insideEarlierReport(i, start))
            break;
        SourcePhrase source = m_ctx.cueSources.before(static_cast<std::size_t>(c));  // (cue c stands at i)
        if (source.valid() && m_cues[static_cast<std::size_t>(c)].form == lexicon::CueForm::Gerund &&
            source.firstToken > m_a.sentenceOf(i).firstToken) {
            // "The Vermont senator emailed supporters saying: “…”", "an email to supporters stating": the
            // phrase after a verb or a recipient's "to" is an object, not the participle's subject (but
            // "footage of Hillary Clinton asking", "with Sen. McCain calling" are)
            const std::uint32_t k = source.firstToken - 1;
            if (m_a.is(k, lexicon::wc::Verb | lexicon::wc::Cue) || m_a.keyIs(k, "to") ||
                (m_a.isLowerWord(k) && m_a.key(k).size() > 3 && m_a.key(k).ends_with("ed")))
                source = {};
        }
        const bool afterConjunction = m_a.conjunctionBefore(i) >= 0;
        if (!source.valid() && (m_cues[static_cast<std::size_t>(c)].form == lexicon::CueForm::Gerund || afterConjunction))
            source = participleSubject(m_ctx, i);  // ", adding, “…”" and "… and said, “…”"
        if (!source.valid() && m_cues[static_cast<std::size_t>(c)].form == lexicon::CueForm::Gerund)
            source = embeddedSubject(m_ctx, i);  // "punctuated his list by saying, “…”"
        const Cue& cue = m_cues[static_cast<std::size_t>(c)];
        // ("says the siblings' greatest strength is that “…”": the "that" of a clause inside the
        // report, which the quotation ends; a mixed report, no quote of the cue's own)
        if (m_a.keyIs(open - 1, "that") && cue.endToken + 1 < open - 1) {
            bool clause = false;
            for (std::uint32_t k = cue.endToken + 1; k + 1 < open && !clause; ++k)
                clause = m_a.is(k, lexicon::wc::Auxiliary) && m_a.isLowerWord(k);
            if (clause)
                break;
        }
        // ("urged the agency to close the road earlier …, ‘even if it annoys the hauliers’": a fragment
        // after the cue's own plan or clause goes on with it; it is no quotation of its own)
        if (marked && m_a.isPunct(open - 1, ',') && quotation(q).words > 0 && m_a.isLowerWord(quotation(q).firstToken())) {
            bool complement = false;
            for (std::uint32_t k = cue.endToken; k + 1 < gapEnd && !complement; ++k)
                complement = (m_a.keyIs(k, "to") && m_a.isLowerWord(k + 1) && !m_a.is(k + 1, lexicon::wc::Determiner)) ||
                             m_a.keyIs(k, "that");
            // (nor "Frank cites the United Auto Workers’ support for …, “the union placards …” and …":
            // one more item of the cue's object)
            complement = complement || ((cue.flags & lexicon::cueflag::TakesObject) && !(cue.flags & lexicon::cueflag::Strong) &&
                                        cue.endToken + 2 < gapEnd && m_a.is(cue.endToken, lexicon::wc::Determiner));
            if (complement)
                break;
        }
        // Only speech verbs invert ("said Trump, “…”"); in "told Fox News: “…”" the name is the recipient.
        const bool passive = cue.endToken < gapEnd && m_a.keyIs(cue.endToken, "by");  // "was asked by host Bill Maher"
        if (!source.valid() && (passive || !(cue.flags & (lexicon::cueflag::Stance | lexicon::cueflag::TakesRecipient))))
            source = sourceAfter(m_a, cue.endToken, gapEnd);
        // ("says the siblings' greatest strength is that “…”": a phrase that owns the next words is
        // the subject's start, no speaker after the verb)
        if (source.valid() && source.firstToken >= cue.endToken && source.endToken < gapEnd &&
            m_a.token(source.endToken).has(tokflag::Possessive))
            source = {};
        // ("urged members to check their contracts for what he called “the robot clause”": a term
        // named inside another report of the sentence is part of it)
        if (source.valid() && source.firstToken > start + 1 && m_a.keyIs(source.firstToken - 1, "what"))
            for (std::uint32_t k = start; k + 1 < source.firstToken; ++k)
                if (cueAt(k) >= 0 && !m_a.insideQuote(k) && (m_cues[static_cast<std::size_t>(cueAt(k))].flags & lexicon::cueflag::Speech)) {
                    source = {};
                    break;
                }
        if (source.valid()) {
            found.cue = c;
            found.source = std::move(source);
            found.rule = "speaker-cue-quote";
        }
        break;
    }
    if (!found.attributed() && open > start && m_a.isPunct(open - 1, ':'))
        found = subjectBeforeColon(start, open - 1);
    return found;
}

// "In his words, “…”", "In Price's own words: “…”": the owner of the words is the speaker.
DirectAttributor::Found DirectAttributor::inTheirWords(std::uint32_t start, std::uint32_t open) const
{
    Found found;
    if (open < start + 4 || !(m_a.isPunct(open - 1, ',') || m_a.isPunct(open - 1, ':')) || !m_a.keyIs(open - 2, "words"))
        return found;
    const std::uint32_t ownerEnd = m_a.keyIs(open - 3, "own") ? open - 3 : open - 2;
    std::uint32_t in = ownerEnd;
    while (in > start && ownerEnd - in < 5 && !m_a.keyIs(in - 1, "in"))
        --in;
    if (in <= start || !m_a.keyIs(in - 1, "in") || in - 1 != start)
        return found;
    SourcePhrase source = ownerEnd == in + 1 ? ownerPronoun(m_a, in) : SourcePhrase{};  // ("his" stands for "he")
    if (!source.valid() && m_a.token(ownerEnd - 1).has(tokflag::Possessive))
        source = sourceBefore(m_a, ownerEnd, in);  // "In Price's own words"
    if (!source.valid() || source.firstToken != in)
        return found;
    found.verb = Span{m_a.token(in - 1).span.begin, m_a.token(open - 2).span.end};
    found.source = std::move(source);
    found.rule = "speaker-colon-quote";
    return found;
}

// "“It was chaos, pure and simple.” ¶ That is how Maria Gomez, a nurse at …, remembers the night":
// a quotation that is a paragraph of its own, and the next paragraph says whose words they were.
DirectAttributor::Found DirectAttributor::thatIsHow(std::int32_t q) const
{
    Found found;
    const Quotation& quote = quotation(q);
    const std::uint32_t open = quote.pieces.front().openToken, close = quote.pieces.back().closeToken;
    const Paragraph& own = m_a.seg().paragraphs[m_a.paragraphOf(open)];
    if (own.firstToken != open || close + 1 < own.endToken || m_a.paragraphOf(open) + 1 >= m_a.seg().paragraphs.size())
        return found;
    const Paragraph& next = m_a.seg().paragraphs[m_a.paragraphOf(open) + 1];
    std::uint32_t k = next.firstToken;
    const bool that = m_a.keyIs(k, "that") || m_a.keyIs(k, "this");
    const bool thatIs = that && k + 2 < next.endToken && (m_a.keyIs(k + 1, "is") || m_a.keyIs(k + 1, "was")) &&
                        m_a.keyIs(k + 2, "how");
    // ("That's how": the tokenizer splits off "'s")
    const bool thatsHow = that && k + 2 < next.endToken && (m_a.keyIs(k + 1, "'s") || m_a.keyIs(k + 1, "’s")) &&
                          m_a.keyIs(k + 2, "how");
    // ("“Two hundred and twelve steps. …” ¶ So said Beatriz Salgado-Finch, 74, on Tuesday, standing …":
    // the verb, then its speaker)
    if (m_a.keyIs(k, "so") && k + 2 < next.endToken && cueAt(k + 1) >= 0) {
        const Sentence& s = m_a.sentenceOf(k);
        SourcePhrase source = sourceAfter(m_a, k + 2, s.endToken);
        if (!source.valid() || source.firstToken != k + 2 || source.kind == SourceKind::Pronoun)
            return found;
        // (to the comma before where or when: "…, in a note to clients on Monday", "…, standing at …")
        for (std::uint32_t t = source.firstToken + 1; t + 1 < source.endToken; ++t)
            if (m_a.isPunct(t, ',') && (m_a.is(t + 1, wc::Preposition | wc::TimeWord) ||
                                        (m_a.isLowerWord(t + 1) && m_a.key(t + 1).size() > 5 && m_a.key(t + 1).ends_with("ing")))) {
                source.endToken = t;
                source.span.end = m_a.token(t - 1).span.end;
                break;
            }
        found.cue = cueAt(k + 1);
        found.source = std::move(source);
        found.rule = "quote-that-is-how";
        return found;
    }
    if (!thatIs && !thatsHow)
        return wordsOf(next);
    k += 3;
    const Sentence& s = m_a.sentenceOf(k);
    SourcePhrase source = sourceAfter(m_a, k, s.endToken);
    if (!source.valid() || source.firstToken != k || source.kind == SourceKind::Pronoun || source.endToken >= s.endToken)
        return found;
    // ("That was how Greta Falk, who runs a bakery in …, described the moment …": the relative
    // clause ends at the comma before the cue)
    for (std::uint32_t t = source.firstToken + 2; t < source.endToken; ++t)
        if (m_a.isPunct(t - 1, ',') && cueAt(t) >= 0) {
            source.endToken = t - 1;
            source.span.end = m_a.token(t - 2).span.end;
            break;
        }
    std::uint32_t verb = source.endToken;
    while (verb < s.endToken && m_a.isPunct(verb, ','))
        ++verb;
    // ("That is how Lusine Petrosyan, 52, describes what …": past an apposition to its verb)
    if (cueAt(verb) < 0 && verb > source.endToken)
        for (std::uint32_t t = verb + 1; t + 1 < s.endToken && t < verb + 12; ++t)
            if (m_a.isPunct(t, ',')) {
                if (cueAt(t + 1) >= 0)
                    verb = t + 1;
                break;
            }
    found.cue = cueAt(verb);
    if (found.cue < 0)
        found.verb = m_a.token(verb).span;  // "That is how she puts it."
    found.source = std::move(source);
    found.rule = "quote-that-is-how";
    return found;
}

// thatIsHow's other forms, in the paragraph after the quotation: "Those were the words of Joan
// Aske, …", "That was the verdict of the alliance's president, Marta Lisk", "The words belong to
// Dr. Yusuf Branagh", and a name that opens it with a verb of the words: "Janice Trew said those
// words …", "Detective Inspector Gemma Halloran says it quietly".
DirectAttributor::Found DirectAttributor::wordsOf(const Paragraph& next) const
{
    Found found;
    const std::uint32_t k = next.firstToken;
    const Sentence& s = m_a.sentenceOf(k);
    std::uint32_t of = k + 1;
    if (m_a.keyIsOneOf(k, "that", "this", "those", "these", "the")) {
        while (of < s.endToken && of < k + 5 && !m_a.keyIsOneOf(of, "of", "from", "to"))
            ++of;
        const bool words = of < s.endToken && of < k + 5 &&
                           m_a.keyIsOneOf(of - 1, "words", "message", "verdict", "view", "assessment", "warning", "plea", "belong") &&
                           (m_a.keyIs(of - 1, "belong") ? m_a.keyIs(of, "to") : !m_a.keyIs(of, "to"));
        if (!words)
            return found;
        SourcePhrase source = sourceAfter(m_a, of + 1, s.endToken);
        if (!source.valid() || source.firstToken > of + 2 || source.kind == SourceKind::Pronoun)
            return found;
        for (std::uint32_t t = source.firstToken + 1; t + 1 < source.endToken; ++t)
            if (m_a.isPunct(t, ',') && m_a.is(t + 1, wc::Preposition)) {
                source.endToken = t;  // ("…, his mother, after the inquest": when, not who)
                source.span.end = m_a.token(t - 1).span.end;
                break;
            }
        found.verb = Span{m_a.token(k).span.begin, m_a.token(of).span.end};
        found.source = std::move(source);
        found.rule = "quote-that-is-how";
        return found;
    }
    SourcePhrase source = sourceAfter(m_a, k, s.endToken);
    if (!source.valid() || source.firstToken != k || source.kind != SourceKind::Name || source.endToken + 2 >= s.endToken)
        return found;
    const std::uint32_t verb = source.endToken;
    if (!m_a.isLowerWord(verb) || !m_a.keyIsOneOf(verb + 1, "it", "those", "these", "this", "them") ||
        (!m_a.keyIs(verb + 1, "it") && !m_a.keyIs(verb + 2, "words")))
        return found;
    found.cue = cueAt(verb);
    if (found.cue < 0)
        found.verb = m_a.token(verb).span;
    found.source = std::move(source);
    found.rule = "quote-that-is-how";
    return found;
}

// "Rep. Alexandria Ocasio-Cortez put it bluntly: “…”": a person who opens the sentence, a short
// verb phrase with no cue, then a colon and the quotation.
DirectAttributor::Found DirectAttributor::subjectBeforeColon(std::uint32_t start, std::uint32_t colon) const
{
    Found found;
    // ("One text message, sent by a housemate in December, read: “…”", "The sign read: “No entry.”":
    // a thing written and its verb of reading)
    const std::uint32_t verb = colon - 1;
    if (verb > start + 1 && m_a.isLowerWord(verb) && m_a.keyIsOneOf(verb, "read", "reads", "stated", "states")) {
        SourcePhrase written = sourceBefore(m_a, verb, start);
        if (written.valid() && written.firstToken == start &&
            (written.endToken == verb || (written.endToken + 1 == verb && m_a.isPunct(verb - 1, ','))) &&
            (written.kind == SourceKind::CommonNoun || written.kind == SourceKind::Name)) {
            found.verb = m_a.token(verb).span;
            found.source = std::move(written);
            found.rule = "speaker-colon-quote";
            return found;
        }
    }
    SourcePhrase source = sourceAfter(m_a, start, colon);
    std::uint32_t verbStart = source.valid() ? source.endToken : colon;
    // ("Western Grid's operations director, Declan Ó Murchú, has been speaking to local radio: “…”":
    // a person in apposition, then the verb phrase after the apposition's closing comma)
    if (source.valid() && source.endToken < colon && m_a.isPunct(source.endToken, ',')) {
        std::uint32_t close = colon;
        while (close > source.endToken + 1 && !m_a.isPunct(close - 1, ','))
            --close;
        if (close < colon && m_a.isLowerWord(close) && m_a.is(close, lexicon::wc::Auxiliary | lexicon::wc::Verb)) {
            if (close == source.endToken + 1)
                verbStart = close;  // (the phrase holds its apposition already)
            else if (SourcePhrase named = sourceBefore(m_a, close - 1, start);
                     named.valid() && named.firstToken == start && named.kind == SourceKind::Name &&
                     named.type == SpeakerType::Person) {
                source = std::move(named);
                verbStart = close;
            }
        }
    }
    // ("The sheriff put it bluntly: “…”": a definite role too)
    const bool person = source.valid() && source.firstToken == start &&
                        ((source.kind == SourceKind::Name && source.type == SpeakerType::Person) ||
                         (source.kind == SourceKind::RoleNoun && source.type == SpeakerType::Person && !source.plural &&
                          m_a.keyIs(start, "the")) ||
                         (source.kind == SourceKind::Pronoun && (m_a.keyIs(start, "he") || m_a.keyIs(start, "she"))));
    if (!person || verbStart >= colon || colon - verbStart > 6 || !m_a.isLowerWord(verbStart) ||
        m_a.is(verbStart, lexicon::wc::Preposition | lexicon::wc::Conjunction | lexicon::wc::Subordinator))
        return found;
    for (std::uint32_t k = verbStart; k < colon; ++k)
        if (!m_a.isWord(k) || m_a.insideQuote(k))
            return found;
    found.verb = Span{m_a.token(verbStart).span.begin, m_a.token(colon - 1).span.end};
    found.source = std::move(source);
    found.rule = "speaker-colon-quote";
    return found;
}

void DirectAttributor::addPieces(Attribution& attr, std::int32_t q)
{
    for (const QuotePiece& piece : quotation(q).pieces)
        if (!piece.content.empty())
            attr.spans.push_back(piece.content);
    attr.quotations.push_back(q);
    m_owner[static_cast<std::size_t>(q)] = static_cast<std::int32_t>(m_out.size());
}

Attribution DirectAttributor::make(std::int32_t q, const Found& found)
{
    Attribution attr;
    attr.kind = QuoteKind::Direct;
    attr.cue = found.cue;
    attr.verb = found.verb;
    attr.source = found.source;
    attr.rule = found.rule;
    if (found.cue >= 0)
        m_cueUsed[static_cast<std::size_t>(found.cue)] = true;
    addPieces(attr, q);
    return attr;
}

// "Her plans send a clear message that a top priority “is increasing the tax liability,” Kamin
// said.": a quotation that ends a reported clause begun in the writer's words. The attribution
// covers the whole clause and is a mixed quote.
void DirectAttributor::takeClauseBefore(Attribution& attr, std::int32_t q) const
{
    const Quotation& quote = quotation(q);
    if (quote.pieces.size() != 1)
        return;
    const std::uint32_t open = quote.pieces.front().openToken;
    const Sentence& s = m_a.sentenceOf(open);
    std::uint32_t start = s.firstToken;
    while (start < open && (m_a.token(start).kind != TokenKind::Word && m_a.token(start).kind != TokenKind::Number))
        ++start;
    std::uint32_t words = 0;
    for (std::uint32_t t = start; t < open; ++t) {
        // (an earlier quoted fragment of the same clause may stand there: "Guns are “the ultimate
        // public health crisis” and “stunt children’s growth,” Dean said")
        const std::int32_t inner = m_a.quotationAt(t);
        const bool fragment = inner >= 0 && m_owner[static_cast<std::size_t>(inner)] < 0 && !quotation(inner).hasSentenceEnd &&
                              quotation(inner).pieces.size() == 1;
        if ((m_a.insideQuote(t) && !fragment) || cueAt(t) >= 0 || m_a.isPunct(t, ':') || m_a.isPunct(t, ';'))
            return;  // another quotation, a cue of its own, or a colon that introduces the quote
        words += m_a.isWordLike(t);
    }
    if (words < 3)
        return;
    attr.spans = {Span{m_a.token(start).span.begin, pieceEnd(quote.pieces.front())}};
    attr.kind = QuoteKind::Mixed;
}

// "Lehrich said Friday that if his candidate won, “she would sign this legislation.”": the
// quotation ends a that-clause begun in the writer's words; the report is the whole clause.
void DirectAttributor::takeClauseAfterCue(Attribution& attr, std::int32_t q) const
{
    const Quotation& quote = quotation(q);
    if (quote.pieces.size() != 1 || attr.cue < 0)
        return;
    const std::uint32_t open = quote.pieces.front().openToken;
    const std::uint32_t cueEnd = m_cues[static_cast<std::size_t>(attr.cue)].endToken;
    std::uint32_t that = cueEnd;
    while (that < open && that < cueEnd + 4 && !m_a.keyIs(that, "that"))
        ++that;
    // ("Rabbi Dov Adler said his congregation had collected 200 sleeping bags, “in case the worst
    // happens.”": a reported clause with no "that", its verb, a comma, then the quoted end of it)
    // (not after whom a speaker told or thanked: "told the mayors who gathered in Indianapolis, “…”")
    const bool addressee = (m_cues[static_cast<std::size_t>(attr.cue)].flags &
                            (lexicon::cueflag::TakesRecipient | lexicon::cueflag::Stance | lexicon::cueflag::Naming)) != 0;
    const bool clauseWithoutThat = (that >= open || !m_a.keyIs(that, "that")) && open > cueEnd + 3 && !addressee &&
                                   m_a.isPunct(open - 1, ',') && clauseOpensAt(cueEnd, open);
    if (clauseWithoutThat)
        that = cueEnd - 1;
    else if (that >= open || !m_a.keyIs(that, "that")) {
        if (m_cues[static_cast<std::size_t>(attr.cue)].flags & lexicon::cueflag::Naming)
            takeNamedObject(attr, q);
        return;
    }
    std::uint32_t start = that + 1;
    while (start < open && m_a.isPunct(start, ','))
        ++start;
    std::uint32_t words = 0;
    for (std::uint32_t t = start; t < open; ++t) {
        if (m_a.insideQuote(t) || cueAt(t) >= 0)
            return;
        words += m_a.isWordLike(t);
    }
    if (words < 2)
        return;
    attr.spans = {Span{m_a.token(start).span.begin, pieceEnd(quote.pieces.front())}};
    attr.kind = QuoteKind::Mixed;
}

// Does a clause with its own subject and verb fill [from, to): "his congregation had collected …",
// "the city’s estimate assumed …"?
bool DirectAttributor::clauseOpensAt(std::uint32_t from, std::uint32_t to) const
{
    const bool subject = m_a.is(from, lexicon::wc::Pronoun) || m_a.keyIs(from, "it") ||
                         (m_a.is(from, lexicon::wc::Determiner) && m_a.isLowerWord(from));
    if (!subject)
        return false;
    // (a subject's phrase of place may stand before its verb: "a sensor on the lift hill had detected")
    for (std::uint32_t t = from + 1; t < to && t < from + 9; ++t)
        if (m_a.isLowerWord(t) && (m_a.is(t, lexicon::wc::Auxiliary | lexicon::wc::Verb) ||
                                   (m_a.key(t).size() > 4 && m_a.key(t).ends_with("ed"))))
            return true;
    return false;
}

// "calling him, among other things, “a failed candidate.”": whom the naming is of and the quoted
// name are one report.
void DirectAttributor::takeNamedObject(Attribution& attr, std::int32_t q) const
{
    const QuotePiece& piece = quotation(q).pieces.front();
    const std::uint32_t cueEnd = m_cues[static_cast<std::size_t>(attr.cue)].endToken;
    std::uint32_t words = 0;
    for (std::uint32_t t = cueEnd; t < piece.openToken; ++t) {
        if (m_a.insideQuote(t) || cueAt(t) >= 0)
            return;
        words += m_a.isWordLike(t);
    }
    if (words >= 1 && words <= 8 && !m_a.isPunct(cueEnd, ',') && !m_a.isPunct(cueEnd, ':')) {
        attr.spans = {Span{m_a.token(cueEnd).span.begin, pieceEnd(piece)}};
        attr.kind = QuoteKind::Mixed;
    }
}

// "These sources, the lawyers said, “all command the same conclusion” that Cruz complies with the
// “natural born” requirement.": an attribution set off by commas inside a sentence whose rest,
// quoted fragments and all, is the report — one mixed quote around it.
void DirectAttributor::takeClauseAroundAttribution(Attribution& attr, std::int32_t q)
{
    const Quotation& quote = quotation(q);
    if (quote.pieces.size() != 1 || attr.cue < 0 || attr.spans.size() != 1 || !attr.source.valid())
        return;
    const Cue& cue = m_cues[static_cast<std::size_t>(attr.cue)];
    const std::uint32_t open = quote.pieces.front().openToken;
    const Sentence& s = m_a.sentenceOf(open);
    const std::uint32_t attrStart = std::min(attr.source.firstToken, cue.token);
    const std::uint32_t attrEnd = std::max(attr.source.endToken, cue.endToken);
    if (attrStart < s.firstToken + 3 || !m_a.isPunct(attrStart - 1, ',') || attrEnd + 1 != open || !m_a.isPunct(attrEnd, ','))
        return;
    std::uint32_t start = s.firstToken;
    while (start < attrStart && m_a.token(start).kind != TokenKind::Word)
        ++start;
    // (the quotation goes on with the clause in lower case; an opening phrase is no part of the
    // report: "At a rally yesterday, Beck said, “Ted and I …”")
    if (!m_a.isLowerWord(open + 1) ||
        m_a.is(start, lexicon::wc::Preposition | lexicon::wc::Subordinator | lexicon::wc::Adverb | lexicon::wc::TimeWord) ||
        m_a.key(start).ends_with("ing"))
        return;
    std::uint32_t words = 0;
    for (std::uint32_t t = start; t + 1 < attrStart; ++t) {
        if (m_a.insideQuote(t) || m_a.token(t).kind == TokenKind::QuoteMark || cueAt(t) >= 0)
            return;
        words += m_a.isWordLike(t);
    }
    std::uint32_t end = s.endToken;
    while (end > open && (m_a.token(end - 1).kind == TokenKind::Punct) && !m_a.insideQuote(end - 1))
        --end;
    for (std::uint32_t t = quote.pieces.front().closeToken + 1; t < end; ++t)
        if (cueAt(t) >= 0 && !m_a.insideQuote(t))
            return;  // "…, he said, “…,” and she added …": another attribution follows
    if (words < 2 || end <= open)
        return;
    attr.spans = {Span{m_a.token(start).span.begin, m_a.token(attrStart - 2).span.end},
                  Span{m_a.token(open).span.begin, m_a.token(end - 1).span.end}};
    attr.kind = QuoteKind::Mixed;
    for (std::uint32_t t = open + 1; t < end; ++t)
        if (const std::int32_t inner = m_a.quotationAt(t); inner >= 0 && inner != q && m_owner[static_cast<std::size_t>(inner)] < 0) {
            m_owner[static_cast<std::size_t>(inner)] = static_cast<std::int32_t>(m_out.size());
            attr.quotations.push_back(inner);
        }
}

// "acknowledged that there are still “some people” who feel that way, “but not among the vast
// majority.”", "said that, “Of course he will defend himself” against …": the quotation is a
// piece of a reported clause, a mixed report rather than a quote of its own.
bool DirectAttributor::reportsAround(std::uint32_t cue, std::uint32_t open, std::int32_t q) const
{
    // "said she has the essential quality for the job: “Steadiness …”": a reported clause with its
    // own subject, then a colon and the quotation that spells it out — one report
    if (open > cue + 5 && m_a.isPunct(open - 1, ':') && m_a.is(cue + 1, lexicon::wc::Pronoun) &&
        !m_a.keyIs(cue + 1, "it") && m_a.isLowerWord(cue + 2) && !cueBetween(cue + 1, open - 1))
        return true;
    for (std::uint32_t t = cue + 1; t < open; ++t) {
        if (!m_a.keyIs(t, "that") || m_a.insideQuote(t))
            continue;
        bool wordsBetween = false;
        for (std::uint32_t k = t + 1; k < open && !wordsBetween; ++k)
            wordsBetween = m_a.isWordLike(k);
        return wordsBetween || !endsSentence(q);
    }
    return false;
}

// "The senator said he rarely asks surrogates to stump for him, “except for …”": the cue at `cue`
// opens a clause reported by a speech verb just before its pronoun subject, so the quotation is
// a piece of that report.
bool DirectAttributor::insideEarlierReport(std::uint32_t cue, std::uint32_t sentenceStart) const
{
    if (cue <= sentenceStart)
        return false;  // (a cue that opens the text: "Citing “…,” the spokeswoman told …")
    std::uint32_t subject = cue - 1;
    if (subject > sentenceStart && m_a.isAdverbLike(subject))
        --subject;  // "he rarely asks"
    if (subject <= sentenceStart || m_a.keyIs(subject, "it"))
        return false;
    if (!m_a.is(subject, lexicon::wc::Pronoun)) {
        // "Rennick said the union had rejected ‘a generous and final offer’": a noun phrase as well
        const SourcePhrase s = m_ctx.cueSources.sourceBefore(cue, sentenceStart);
        if (!s.valid() || s.kind == SourceKind::Pronoun || s.firstToken <= sentenceStart)
            return false;
        subject = s.firstToken;
    }
    std::int32_t outer = cueAt(subject - 1);
    // ("said in a statement that the gift showed “…”": the report's "that" after its cue's phrases)
    if (outer < 0 && m_a.keyIs(subject - 1, "that"))
        for (std::uint32_t k = subject - 1; outer < 0 && k > sentenceStart && subject - k < 10;) {
            --k;
            if (m_a.token(k).kind == TokenKind::QuoteMark || m_a.insideQuote(k))
                break;
            outer = cueAt(k);
        }
    if (outer < 0)
        return false;
    const Cue& said = m_cues[static_cast<std::size_t>(outer)];
    return (said.flags & lexicon::cueflag::Strong) && (said.flags & lexicon::cueflag::Speech) &&
           said.form != lexicon::CueForm::Gerund && !said.insideQuote;
}

// "“You winning?” she said, but Kevin was drifting off, and as Trump went on about “…”": the
// conjunction starts the writer's own clause, and what it quotes is no longer the speaker's.
bool DirectAttributor::clauseBetween(std::uint32_t from, std::uint32_t to) const
{
    for (std::uint32_t i = from; i < to; ++i)
        if (!m_a.insideQuote(i) && (m_a.keyIs(i, "but") || m_a.keyIs(i, "while")) && i + 1 < to)
            return true;  // not "…,” he said, but “…”": the speaker's own "but" before the next piece
    return false;
}

bool DirectAttributor::cueBetween(std::uint32_t from, std::uint32_t to) const
{
    // "“…,” Tester said, referring to the excuse, “…”": a weak participle set off by commas after
    // the cue is an aside of the same speaker, not the next piece's attribution
    const bool aside = from < to && m_a.isPunct(from, ',') && to > from + 2 && m_a.isPunct(to - 1, ',');
    for (std::uint32_t i = from; i < to; ++i)
        if (const std::int32_t c = cueAt(i); c >= 0)
            if (!(aside && i == from + 1 && m_cues[static_cast<std::size_t>(c)].form == CueForm::Gerund &&
                  m_a.is(i, wc::WeakCue)))  // (but "…, adding, “…”" is a new attribution)
                return true;
    return false;
}

// "“…,” Bennett retorted with a grin." with a verb we could not read: a comma closing the
// quotation and words after it in its sentence promise an attribution of its own.
bool DirectAttributor::awaitsAttribution(std::int32_t q) const
{
    const std::uint32_t close = closeToken(q);
    const std::uint32_t k = close + 1;
    if (close == 0 || !m_a.isPunct(close - 1, ',') || k >= m_a.tokenCount() || m_a.token(k).kind != TokenKind::Word ||
        m_a.token(k).sentence != m_a.token(close).sentence)
        return false;
    // a name, "the …" or a pronoun: not "…,” which votes June 7" or "…,” because …"
    using namespace lexicon::wc;
    return m_a.isCapitalized(k) ? !m_a.is(k, Conjunction | Subordinator | Preposition) : m_a.is(k, Pronoun | Determiner);
}

// A photo caption left in the text of a web page: one short sentence with no closing punctuation
// and no quotation in it.
bool DirectAttributor::captionParagraph(std::uint32_t paragraph) const
{
    const Paragraph& p = m_a.seg().paragraphs[paragraph];
    if (p.endToken <= p.firstToken || p.endToken - p.firstToken > 30 || !inTitleLine(m_a, p.firstToken) ||
        m_a.isPunct(p.endToken - 1, ':'))
        return false;
    for (std::uint32_t t = p.firstToken; t < p.endToken; ++t)
        if (m_a.token(t).kind == TokenKind::QuoteMark && !chars::isApostrophe(m_a.token(t).first))
            return false;
    return true;
}

// After an attribution: the rest of a split quote in the same sentence, then the quoted
// sentences that follow in the paragraph, then quoted paragraphs with no cue of their own.
void DirectAttributor::absorbFollowing(std::size_t attrIndex, std::int32_t q, std::int32_t cue)
{
    std::int32_t current = q;
    for (std::int32_t next = nextTopLevel(current); next >= 0; next = nextTopLevel(current)) {
        if (m_owner[static_cast<std::size_t>(next)] >= 0)
            break;
        const std::uint32_t open = openToken(next);
        const SourcePhrase& source = m_out[attrIndex].source;
        if (source.valid() && source.firstToken < open && open < source.endToken) {
            if (nicknameAt(open)) {
                current = next;  // the nickname inside the speaker's name: 'Dolores "Dee" Whitfield-Yazzie'
                continue;
            }
            break;  // a quoted name inside the speaker's description: "wearing “Ted Cruz” pins"
        }
        const std::uint32_t previousEnd = std::min(closeToken(current), m_a.tokenCount() - 1);
        const bool sameSentence = m_a.token(open).sentence == m_a.token(previousEnd).sentence;
        if (sameSentence && source.valid() && open == source.endToken && m_a.isWordLike(open - 1)) {
            current = next;  // a term the speaker's description takes, "who rates the stock “underweight.”": no piece
            continue;
        }
        const std::uint32_t cueSentence = cue >= 0 ? m_a.token(m_cues[static_cast<std::size_t>(cue)].token).sentence : UINT32_MAX;
        bool take = false;
        if (sameSentence && cueSentence == m_a.token(open).sentence) {
            // "…," she said, "…" — unless a cue of its own stands before or after it
            const Quotation& piece = quotation(next);
            const bool speech = piece.words >= 2 || piece.endsWithPunctuation;  // not a title: “judgment”
            const Cue& c = m_cues[static_cast<std::size_t>(cue)];
            const std::uint32_t gap = std::max(previousEnd, c.endToken);
            // (not the title a recipient cue names: '“…,” Fiorina told “Fox and Friends,” reminding …')
            const bool recipient = c.endToken == open && (c.flags & lexicon::cueflag::TakesRecipient);
            // ("“The risk,” said Edward Leamer, an economist who is …, “is that …”": a piece that opens in
            // lower case after a comma goes on with the sentence, whatever the description holds)
            // (not after a "that" of another report: "she wrote, arguing that if tougher measures “…”")
            bool goesOn = open > 0 && m_a.isPunct(open - 1, ',') && open + 1 < m_a.tokenCount() && m_a.isLowerWord(open + 1);
            for (std::uint32_t k = gap; goesOn && k < open; ++k)
                goesOn = !m_a.keyIs(k, "that");
            take = speech && !recipient && !trailing(next).attributed() &&
                   (goesOn || (!cueBetween(gap, open) && !clauseBetween(gap, open)));
        } else if (startsSentence(next) && !sentenceHasOwnCue(m_a.token(open).sentence) && !trailing(next).attributed()) {
            const std::uint32_t paragraph = m_a.paragraphOf(open);
            const std::uint32_t previousParagraph = m_a.paragraphOf(previousEnd);
            // ("… says Parata. ¶ Hori Parata at his farm, the place where he was born ¶ “We’re having …”":
            // a photo caption between the paragraphs does not end the quote)
            const bool nextParagraph = (paragraph == previousParagraph + 1 || (paragraph == previousParagraph + 2 &&
                                                                               captionParagraph(previousParagraph + 1))) &&
                                       m_a.token(open).has(tokflag::ParagraphStart);
            // ("…,” Sanders said, going on to contrast Clinton's proposals with Trump's. “…”": another act
            // between the two; the next quotation is its own quote, no piece of the first)
            // (PolNeAR keeps the quotation after ", adding …" with the first: only "going on to" parts them)
            bool reportBetween = false;
            for (std::uint32_t k = previousEnd + 1; k + 2 < open && !reportBetween; ++k)
                reportBetween = m_a.keyIsOneOf(k, "going", "went") && m_a.keyIs(k + 1, "on") && m_a.keyIs(k + 2, "to");
            take = (paragraph == previousParagraph || nextParagraph) && !awaitsAttribution(next) && !reportBetween;
        }
        if (!take)
            break;
        addPieces(m_out[attrIndex], next);
        m_owner[static_cast<std::size_t>(next)] = static_cast<std::int32_t>(attrIndex);
        current = next;
    }
}

std::vector<Attribution> DirectAttributor::run()
{
    const auto count = static_cast<std::int32_t>(m_a.quotes().quotations.size());
    m_out.reserve(static_cast<std::size_t>(count));  // (about one a quotation: no attribution moved as the list grows)
    for (std::int32_t q = 0; q < count; ++q) {
        if (!isTopLevel(q) || m_owner[static_cast<std::size_t>(q)] >= 0)
            continue;
        Found found = trailing(q);
        if (!found.attributed())
            found = leading(q);
        if (!found.attributed())
            found = thatIsHow(q);
        if (found.attributed() && !looksLikeSpeech(q, true))
            continue;
        if (!found.attributed()) {
            if (!looksLikeSpeech(q, false))
                continue;
            found.rule = "quote-no-cue";
        }
        Attribution attr = make(q, found);
        attr.inheritsSpeaker = !found.attributed() && !awaitsAttribution(q);
        if (found.rule == "quote-cue-speaker" || found.rule == "quote-speaker-cue")
            takeClauseBefore(attr, q);
        else if (found.rule == "speaker-cue-quote") {
            takeClauseAfterCue(attr, q);
            takeClauseAroundAttribution(attr, q);
        }
        m_owner[static_cast<std::size_t>(q)] = static_cast<std::int32_t>(m_out.size());
        m_out.push_back(std::move(attr));
        absorbFollowing(m_out.size() - 1, q, found.cue);
    }
    return std::move(m_out);
}

}  // namespace

std::vector<Attribution> attributeDirect(const AttributionContext& ctx, std::vector<bool>& cueUsed,
                                         std::vector<std::int32_t>& quotationOwner)
{
    return DirectAttributor(ctx, cueUsed, quotationOwner).run();
}

}  // namespace ql
