#include "extract/attribution.h"

#include <algorithm>
#include <string>

namespace ql {

namespace {

// "Just over a quarter …", "Only 20 percent …": an adverb that belongs to the number of the subject
bool focusesSubject(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "just", "only", "nearly", "almost", "roughly", "about", "exactly", "around");
}

bool isUpperWord(const Analysis& a, std::uint32_t i)
{
    const std::string_view w = a.str(i);
    return a.isWord(i) && w.size() >= 2 && std::none_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// A name, pronoun or role noun followed by a lower-case word: the subject of what follows.
bool startsClause(const Analysis& a, const SourcePhrase& s, std::uint32_t before)
{
    if (!s.valid() || s.endToken >= before)
        return false;
    std::uint32_t next = s.endToken;
    bool apposition = false;  // "Sanders's campaign manager, Jeff Weaver, appeared …"
    for (std::uint32_t i = s.firstToken; i < s.endToken && !apposition; ++i)
        apposition = a.isPunct(i, ',');
    if (apposition && a.isPunct(next, ',') && next + 1 < before)
        ++next;
    if (s.kind == SourceKind::Name && a.isPunct(next, ',')) {
        // "Curtis Vandermeer, R-Tenn., voted …", "Ana Duarte, 48, said …": an age or a party and state
        std::uint32_t close = next + 1;
        while (close < before && close - next <= 4 && !a.isPunct(close, ','))
            ++close;
        if (close + 1 < before && a.isPunct(close, ',') && isAgeOrParty(a, next + 1, close))
            next = close + 1;
    }
    if (a.isPunct(next, '(') && s.kind == SourceKind::Name) {
        // "Rep. Hakeem Jeffries (D-N.Y.) reacted …": a party and state, or a description, in parentheses
        std::uint32_t close = next + 1;
        while (close < before && close - next < 24 && !a.isPunct(close, ')') && !a.isPunct(close, '('))
            ++close;
        if (close + 1 < before && a.isPunct(close, ')'))
            next = close + 1;
    }
    if (s.kind == SourceKind::Pronoun && a.token(next).has(tokflag::Possessive))
        return true;  // "He’s comparing …": the clitic is "is"
    if (!a.isLowerWord(next))
        return false;
    if (s.kind == SourceKind::Name || s.kind == SourceKind::Pronoun || s.kind == SourceKind::RoleNoun)
        return true;
    // ("A federal appeals court on Tuesday struck down …": a day between the noun and its verb)
    if (a.keyIs(next, "on") && next + 2 < before && a.is(next + 1, lexicon::wc::TimeWord) && a.isLowerWord(next + 2))
        next += 2;
    // "His campaign sued the DNC …, seeking": a noun phrase when a verb follows it
    const std::string_view verb = a.key(next);
    return s.kind == SourceKind::CommonNoun &&
           (s.type == SpeakerType::Person || a.is(next, lexicon::wc::Verb | lexicon::wc::Auxiliary | lexicon::wc::Cue) ||
            verb.ends_with("ed"));
}

// "Families of those killed in Newtown, Connecticut, have filed …": a noun phrase, its
// prepositional phrases, then an auxiliary (a place may carry its state between commas).
bool headBeforePhrases(const Analysis& a, const SourcePhrase& s, std::uint32_t before)
{
    const std::uint32_t next = s.endToken;
    if (!s.valid() || s.kind == SourceKind::Pronoun || next >= before || !a.isLowerWord(next) ||
        !a.is(next, lexicon::wc::Preposition))
        return false;
    for (std::uint32_t k = next + 1; k < before && k - next < 20; ++k) {
        if (a.is(k, lexicon::wc::Auxiliary) && !a.keyIs(k, "being") && !a.keyIs(k, "having"))
            return true;
        // ("researchers at the University of Aurelberg stopped teaching": a past verb after the name
        // that ends the phrase)
        if (k > next + 1 && a.isCapitalized(k - 1) && a.isLowerWord(k) && a.key(k).size() > 4 && a.key(k).ends_with("ed"))
            return true;
        if (a.isPunct(k, ',') && k + 2 < before && a.isCapitalized(k + 1) && a.isPunct(k + 2, ',')) {
            k += 2;
            continue;
        }
        if (!a.isWordLike(k) || a.is(k, lexicon::wc::Cue | lexicon::wc::Verb | lexicon::wc::Subordinator))
            return false;
    }
    return false;
}

// The name before ", who …," when a verb follows the relative clause; else none.
SourcePhrase nameBeforeRelative(const Analysis& a, SourcePhrase name, std::uint32_t comma, std::uint32_t before)
{
    for (std::uint32_t i = comma + 2; i + 1 < before && i - comma < 30; ++i) {
        if (a.insideQuote(i) || !a.isPunct(i, ','))
            continue;
        if (!a.isLowerWord(i + 1) || a.is(i + 1, lexicon::wc::Pronoun | lexicon::wc::Determiner))
            return {};
        name.endToken = comma;
        name.span.end = a.token(comma - 1).span.end;
        return name;
    }
    return {};
}

// Between an inverted source and the participle only a comma, a conjunction, adverbs or a
// prepositional phrase: "said Rep. Bobby Scott (D-Va.) at the time, adding that …".
bool onlyAdjunctsBetween(const Analysis& a, std::uint32_t from, std::uint32_t to)
{
    std::uint32_t k = from;
    if (k < to && a.isPunct(k, '(')) {
        while (k < to && !a.isPunct(k, ')'))
            ++k;  // "(D-Va.)"
        ++k;
    }
    if (k < to && a.is(k, lexicon::wc::Preposition)) {
        const std::uint32_t start = k;
        while (k < to && k - start < 8 && !a.isPunct(k, ',') &&
               !a.is(k, lexicon::wc::Cue | lexicon::wc::Verb | lexicon::wc::Auxiliary))
            ++k;
    }
    while (k < to && (a.isPunct(k, ',') || a.is(k, lexicon::wc::Conjunction) || a.isAdverbLike(k)))
        ++k;
    return k == to;
}

// "More than 200 residents of Millbrook filed …", "About 50 workers walked out …": a number
// before the subject; the phrase spans it.
SourcePhrase subjectAfterNumber(const Analysis& a, std::uint32_t first, std::uint32_t before)
{
    std::uint32_t k = first;
    while (k < before && k - first < 4 && (a.keyIs(k, "more") || a.keyIs(k, "fewer") || a.keyIs(k, "than") ||
                                           a.keyIs(k, "about") || a.keyIs(k, "around") || a.keyIs(k, "nearly") || a.keyIs(k, "almost") ||
                                           a.keyIs(k, "over") || a.keyIs(k, "some")))
        ++k;
    if (k >= before || a.token(k).kind != TokenKind::Number)
        return {};
    SourcePhrase s = sourceAfter(a, k + 1, before);
    if (s.valid()) {
        s.firstToken = first;
        s.span.begin = a.token(first).span.begin;
    }
    return s;
}

// "A few minutes later they reversed themselves", "On the morning of Feb. 28 Trump jumped":
// a time phrase with no comma, then a pronoun or a name.
SourcePhrase subjectAfterTimePhrase(const Analysis& a, std::uint32_t first, std::uint32_t before)
{
    for (std::uint32_t i = first + 1; i + 1 < before && i - first < 12; ++i) {
        const bool timeToken = a.token(i).kind == TokenKind::Number || a.isPunct(i, '.') || a.is(i, lexicon::wc::TimeWord);
        if (timeToken)
            continue;
        if (a.token(i).kind != TokenKind::Word || a.is(i, lexicon::wc::Cue | lexicon::wc::Verb | lexicon::wc::Auxiliary))
            break;
        if (a.is(i - 1, lexicon::wc::Preposition | lexicon::wc::Determiner) || a.isPunct(i - 1, '.'))
            continue;
        if (a.is(i, lexicon::wc::Pronoun) && !a.keyIs(i, "it") && a.isLowerWord(i + 1))
            return sourceAfter(a, i, before);
        if (a.isCapitalized(i) && a.is(first, lexicon::wc::Preposition)) {
            const SourcePhrase name = sourceAfter(a, i, before);
            if (name.kind == SourceKind::Name && startsClause(a, name, before))
                return name;
        }
    }
    return {};
}

// "…, and the ACLU has sued the city, saying …": the subject of the last clause joined by ", and"
// or ", but" in [from, before), or none.
SourcePhrase subjectAfterConjunction(const Analysis& a, std::uint32_t from, std::uint32_t before)
{
    for (std::uint32_t j = before - 1; j > from + 1 && before - j < 30; --j) {
        if (a.insideQuote(j) || !(a.keyIs(j, "and") || a.keyIs(j, "but")) || !a.isPunct(j - 1, ','))
            continue;
        SourcePhrase subject = sourceAfter(a, j + 1, before);
        return subject.valid() && subject.kind != SourceKind::Pronoun && subject.firstToken == j + 1 &&
                       startsClause(a, subject, before)
                   ? subject
                   : SourcePhrase{};
    }
    return {};
}

}  // namespace

SourcePhrase participleSubject(const AttributionContext& ctx, std::uint32_t cueToken)
{
    const Analysis& a = ctx.analysis;
    const std::uint32_t start = a.sentenceOf(cueToken).firstToken;
    // "Trump unleashed a series of tweets early Friday saying that …": with its report right after
    // it, a participle needs no comma
    const std::uint32_t next = cueToken + 1;
    const bool reportFollows = next < a.tokenCount() && (a.keyIs(next, "that") || a.isPunct(next, ':') ||
                                                         a.token(next).kind == TokenKind::QuoteMark);
    // ("posted to Twitter asking if …": a question after a participle that hangs on an earlier verb)
    const bool questionAfterVerb =
        next < a.tokenCount() && (a.keyIs(next, "if") || a.keyIs(next, "whether")) &&
        std::any_of(ctx.cues.begin(), ctx.cues.end(), [&](const Cue& c) { return c.token >= start && c.token < cueToken && !c.insideQuote; });
    // (the comma may stand inside a closing quotation mark: "… “maniacal,” adding, “…”")
    if (cueToken == start)
        return {};
    const bool afterComma = a.isPunct(cueToken - 1, ',') ||
                            (cueToken > start + 1 && a.token(cueToken - 1).kind == TokenKind::QuoteMark && a.isPunct(cueToken - 2, ','));
    if (!(afterComma || a.conjunctionBefore(cueToken) >= 0 || reportFollows || questionAfterVerb))
        return {};
    // The nearest earlier cue outside quotes: "Trump said, adding later, …"
    for (auto it = ctx.cues.rbegin(); it != ctx.cues.rend(); ++it) {
        if (it->token >= cueToken || it->insideQuote)
            continue;
        if (it->token < start)
            break;
        if (SourcePhrase joined = subjectAfterConjunction(a, it->endToken, cueToken); joined.valid())
            return joined;
        SourcePhrase s = ctx.cueSources.sourceBefore(it->token, start);
        if (s.valid() && s.firstToken > start) {
            // "Byrne also wrote the agents knew to brace …, saying": a cue inside an earlier cue's
            // report is not the clause the participle hangs on
            std::uint32_t k = s.firstToken - 1;
            if (a.keyIs(k, "that") && k > start)
                --k;
            bool reported = false;
            for (auto earlier = std::next(it); earlier != ctx.cues.rend() && !reported; ++earlier)
                reported = earlier->token >= start && !earlier->insideQuote && earlier->endToken == k + 1 &&
                           (earlier->flags & lexicon::cueflag::Speech) && earlier->form != lexicon::CueForm::Gerund;
            if (reported)
                continue;
        }
        // Only speech verbs invert ("said Trump, adding"); after "endorsed Clinton, saying" or
        // "told Fox News, adding" the name is the object.
        const bool inverts = (it->flags & lexicon::cueflag::Speech) && !(it->flags & (lexicon::cueflag::Stance | lexicon::cueflag::TakesRecipient));
        if (!s.valid() && inverts) {
            s = sourceAfter(a, it->endToken, cueToken);
            if (s.valid() && !onlyAdjunctsBetween(a, s.endToken, cueToken))
                s = {};  // "an architect who said he was stiffed …, saying": "he" is no inverted source
        }
        // ("even a top GOP strategist said …, saying": a person opening a clause is its subject)
        const bool opensClause = s.valid() && (s.firstToken == start || a.isPunct(s.firstToken - 1, ',') ||
                                               a.isAdverbLike(s.firstToken - 1));
        if (s.valid() && s.kind == SourceKind::CommonNoun && !(s.type == SpeakerType::Person && opensClause)) {
            // "shared a syllabus for a class called “Perception”, writing": a thing named by a
            // participle is not the subject; the sentence's subject is
            if (SourcePhrase subject = sentenceSubject(a, start, cueToken); subject.valid())
                return subject;
        }
        if (s.valid())
            return s;
    }
    // "It was a potent punch, as Mrs. Clinton echoed the criticism, saying …": the subject of the
    // clause the participle hangs on
    for (std::uint32_t j = cueToken - 1; j > start + 1 && cueToken - j < 20; --j) {
        if (!(a.keyIs(j, "as") || a.keyIs(j, "while") || a.keyIs(j, "when") || a.keyIs(j, "after")) ||
            !a.isPunct(j - 1, ','))
            continue;
        const SourcePhrase subject = sourceAfter(a, j + 1, cueToken);
        if ((subject.kind == SourceKind::Name || subject.kind == SourceKind::Pronoun) && startsClause(a, subject, cueToken))
            return subject;
        break;
    }
    // ("Library Cuts Sunday Hours, Citing Staff Shortage": in a title-case headline, one word
    // before a capitalised verb in -s is the subject)
    if (inTitleLine(a, cueToken) && cueToken > start + 3 && a.isCapitalized(start) && a.isCapitalized(start + 1) && a.isCapitalized(start + 2) &&
        !a.token(start + 1).has(tokflag::Possessive)) {
        const std::string_view verb = a.key(start + 1);
        if (verb.size() > 3 && verb.ends_with('s') && !verb.ends_with("ss") && !a.is(start + 1, lexicon::wc::OrgNoun) &&
            !(a.word(start + 1) && a.word(start + 1)->plural))
            if (SourcePhrase subject = sourceAfter(a, start, start + 1); subject.valid())
                return subject;
    }
    // Else the name or pronoun that opens the sentence: "Dean poked at Trump …, tweeting, …"
    return sentenceSubject(a, start, cueToken);
}

std::uint32_t afterDateline(const Analysis& a, std::uint32_t start, std::uint32_t end)
{
    if (!a.token(start).has(tokflag::ParagraphStart))
        return start;
    // ("13:10 - Flights will resume", "9.40am: The runway closed": a live blog's time stamp)
    std::uint32_t stamp = start;
    if (a.token(start).kind == TokenKind::Number && start + 2 < end && (a.isPunct(start + 1, ':') || a.isPunct(start + 1, '.')) &&
        a.token(start + 2).kind == TokenKind::Number) {
        stamp = start + 3;
        if (stamp < end && a.keyIsOneOf(stamp, "am", "pm", "a.m.", "p.m.", "gmt", "bst", "et", "cet"))
            ++stamp;
    } else if (const std::string_view key = a.key(start);
               a.isWord(start) && !key.empty() && key.front() >= '0' && key.front() <= '9' && (key.ends_with("am") || key.ends_with("pm"))) {
        stamp = start + 1;
    }
    if (stamp > start && stamp + 1 < end &&
        (a.isPunct(stamp, 0x2014) || a.isPunct(stamp, 0x2013) || a.isPunct(stamp, '-') || a.isPunct(stamp, ':')))
        return stamp + 1;
    // ("10.09 Counsel to the inquiry asked …": a clock time with no mark after it, then a capital)
    if (stamp == start + 3 && stamp < end && a.isCapitalized(stamp) && a.str(start).size() <= 2 && a.str(start + 2).size() == 2)
        return stamp;
    if (!a.isCapitalized(start))
        return start;
    // ("Washington (AFP) – ": a place in title case only before an agency in parentheses)
    bool agency = false;
    const bool upperPlace = isUpperWord(a, start);  // (asked once, not at every token)
    for (std::uint32_t i = start + 1; i < end && i - start < 14; ++i) {
        if (a.isPunct(i, 0x2014) || a.isPunct(i, 0x2013) || a.isPunct(i, '-'))
            return upperPlace || agency ? i + 1 : start;
        agency = agency || (a.isPunct(i, ')') && i > start + 1 && a.isCapitalized(i - 1) && a.isPunct(i - 2, '('));
        const bool datelineToken = isUpperWord(a, i) || a.isPunct(i, ',') || a.isPunct(i, '.') || a.isPunct(i, '(') ||
                                   a.isPunct(i, ')') || a.token(i).kind == TokenKind::Number ||
                                   (i > start && a.isPunct(i - 1, '(')) || (i + 1 < end && a.isPunct(i + 1, ')')) ||
                                   a.is(i, lexicon::wc::TimeWord) || a.token(i).has(tokflag::Abbreviation) ||
                                   (!upperPlace && a.isCapitalized(i)) ||  // "ORLANDO, Fla. (Reuters) -"
                                   (a.isPunct(i - 1, ',') && a.isCapitalized(i));  // "HALDEN, Norway (Wire) —"
        if (!datelineToken)
            return start;
    }
    return start;
}

SourcePhrase sentenceSubject(const Analysis& a, std::uint32_t sentenceStart, std::uint32_t before)
{
    std::uint32_t first = afterDateline(a, sentenceStart, before);
    while (first < before && (a.token(first).kind == TokenKind::QuoteMark || a.insideQuote(first) ||
                              (a.is(first, lexicon::wc::Conjunction) && first + 1 < before) ||
                              (a.is(first, lexicon::wc::Adverb) && first + 1 < before && a.token(first + 1).kind == TokenKind::Word &&
                               !focusesSubject(a, first))))
        ++first;  // "But Trump …", "And …", "And then Trump …"
    // ("About 200 workers walked out": "about" before a number is no preposition)
    const bool aboutNumber = focusesSubject(a, first) && first + 1 < before && a.token(first + 1).kind == TokenKind::Number;
    SourcePhrase s = aboutNumber ? SourcePhrase{} : sourceAfter(a, first, before);
    if (!s.valid())
        s = subjectAfterNumber(a, first, before);
    // ("Doctoral researchers stopped teaching …, saying": a capitalised adjective opening the
    // sentence, then the people it describes)
    if (s.valid() && s.kind == SourceKind::Name && s.firstToken == first && s.endToken == first + 1 &&
        a.token(first).has(tokflag::SentenceStart) && !a.is(first, lexicon::wc::FirstName | lexicon::wc::Honorific) &&
        s.endToken < before && a.isLowerWord(s.endToken) && a.is(s.endToken, lexicon::wc::PersonRole | lexicon::wc::CollectiveSource))
        if (SourcePhrase people = sourceAfter(a, s.endToken, before); people.valid() && people.kind == SourceKind::CommonNoun) {
            people.firstToken = first;
            people.span.begin = a.token(first).span.begin;
            people.name = std::string(a.str(first)) + " " + people.name;
            s = std::move(people);
        }
    // ("Dean, a medical doctor, then appeared …": an apposition read as running on to the cue
    // closes at its second comma when a lower-case word follows it)
    if (s.valid() && s.kind == SourceKind::Name && s.firstToken == first && s.endToken >= before)
        for (std::uint32_t c = first + 1, commas = 0; c + 1 < before && c < first + 16; ++c) {
            if (!a.isPunct(c, ',') || a.insideQuote(c))
                continue;
            if (++commas == 2) {
                if (a.isLowerWord(c + 1))
                    if (SourcePhrase closed = sourceAfter(a, first, c); closed.valid() && closed.endToken == c)
                        s = std::move(closed);
                break;
            }
        }
    // ("Environment minister quits over …, says …": a headline's role, its modifier capitalised by
    // the sentence, and no article)
    if (s.valid() && s.kind == SourceKind::Name && s.firstToken == first && s.endToken == first + 1 &&
        a.token(first).has(tokflag::SentenceStart) && s.endToken + 1 < before && a.isLowerWord(s.endToken) &&
        a.is(s.endToken, lexicon::wc::PersonRole) && a.is(s.endToken + 1, lexicon::wc::Verb | lexicon::wc::Cue)) {
        s.kind = SourceKind::RoleNoun;
        s.type = SpeakerType::Person;
        s.head = std::string(a.key(s.endToken));
        s.name = std::string(a.str(first)) + " " + std::string(a.str(s.endToken));
        s.role = s.name;
        ++s.endToken;
        s.span.end = a.token(s.endToken - 1).span.end;
    }
    // "Standing …, Trump", "Chastened by the analyses, as well as …, Trump": a participle opens
    const bool participleOpener =
        a.isCapitalized(first) && first + 1 < before &&
        ((a.key(first).size() > 5 && a.key(first).ends_with("ing")) ||
         (a.key(first).ends_with("ed") && a.is(first + 1, lexicon::wc::Preposition | lexicon::wc::Subordinator)));  // "Asked whether …,"
    // ("Last month, a group of experts warned …": "Last" opens a time phrase, never a subject)
    const bool timeOpener = a.keyIs(first, "last") || a.keyIs(first, "next") || a.keyIs(first, "earlier");
    const bool found = startsClause(a, s, before) && !participleOpener &&
                       !(s.firstToken == first &&
                         (timeOpener || (a.is(first, lexicon::wc::Preposition | lexicon::wc::Subordinator) && !aboutNumber)));
    // An opening phrase before a comma ("Here in Columbia, Sanders …", "Hours later, Trump …",
    // "Speaking in his real voice, he …"): the subject follows the comma.
    const bool opener = !found || a.is(first, lexicon::wc::Preposition | lexicon::wc::Subordinator | lexicon::wc::Adverb | lexicon::wc::TimeWord) ||
                        a.is(s.endToken, lexicon::wc::Preposition | lexicon::wc::Adverb | lexicon::wc::TimeWord) || a.isAdverbLike(s.endToken) ||
                        (a.word(first) && a.word(first)->cueForm == lexicon::CueForm::Gerund) ||
                        timeOpener;
    if (opener)
        for (std::uint32_t i = first + 1; i + 1 < before && i - first < (participleOpener ? 24u : 20u); ++i) {
            if (a.insideQuote(i) || !a.isPunct(i, ','))
                continue;
            if (a.keyIs(i + 1, "who") && s.kind == SourceKind::Name && s.firstToken == first)
                return nameBeforeRelative(a, s, i, before);  // "Mr. McConnell, who has …, offered …"
            // ("The charity, which is run by the diocese, lowered …": a body and its relative clause too)
            if (a.keyIs(i + 1, "which") && s.valid() && s.kind != SourceKind::Pronoun && s.firstToken == first && s.endToken == i)
                if (SourcePhrase body = nameBeforeRelative(a, s, i, before); body.valid())
                    return body;
            const SourcePhrase after = sourceAfter(a, i + 1, before);
            // ("The editor of the Marlow Ledger, the oldest daily newspaper in the state, resigned":
            // a description after a role's "of" phrase is an apposition to it, not the subject)
            if (s.valid() && s.firstToken == first && s.kind != SourceKind::Pronoun && s.endToken < i &&
                a.keyIsOneOf(s.endToken, "of", "at", "for") && after.valid() && after.firstToken == i + 1 &&
                (after.kind == SourceKind::CommonNoun || after.kind == SourceKind::RoleNoun) && a.is(i + 1, lexicon::wc::Determiner)) {
                SourcePhrase subject = s;
                subject.endToken = i;
                subject.span.end = a.token(i - 1).span.end;
                return subject;
            }
            if (startsClause(a, after, before))
                return after;
            // "the other candidate on the stage, former Secretary of State Hillary Clinton, drew …": the
            // name in apposition to the opening noun phrase, then the verb
            if (after.valid() && after.kind == SourceKind::Name && a.isLowerWord(i - 1) &&
                !a.is(i - 1, lexicon::wc::Verb | lexicon::wc::Auxiliary | lexicon::wc::Cue | lexicon::wc::Preposition) &&
                after.endToken + 1 < before && a.isPunct(after.endToken, ',') && a.isLowerWord(after.endToken + 1) &&
                !a.is(after.endToken + 1, lexicon::wc::Preposition | lexicon::wc::Determiner | lexicon::wc::Conjunction |
                                              lexicon::wc::Subordinator | lexicon::wc::Pronoun | lexicon::wc::PersonRole |
                                              lexicon::wc::RoleModifier) &&
                !a.key(after.endToken + 1).ends_with("ing"))
                return after;
            std::uint32_t close = i + 1;
            while (close < before && close - i <= 4 && !a.isPunct(close, ','))
                ++close;
            if (close < before && a.isPunct(close, ',') && discourseAsideBefore(a, close, first) == i)
                continue;  // "At the same time, however, Xi …"
            if (participleOpener)
                continue;  // the participle's phrase may hold commas of its own
            if (a.is(i + 1, lexicon::wc::Preposition) && i - first < 12)
                continue;  // "The day before, at a rally in Beaumont, Mr. Trump …": a second opening phrase
            if (close == i + 2 && a.isPunct(close, ',') && a.isCapitalized(i + 1))
                continue;  // "At a rally in Beaumont, Tex., Mr. Trump …": a place's state
            break;
        }
    if (found)
        return s;
    SourcePhrase afterTime = subjectAfterTimePhrase(a, first, before);
    if (!afterTime.valid() && s.firstToken == first && headBeforePhrases(a, s, before))
        return s;  // "Advisers to Mr. Rubio are quick to point out …"
    return afterTime;
}

SourcePhrase embeddedSubject(const AttributionContext& ctx, std::uint32_t cueToken)
{
    const Analysis& a = ctx.analysis;
    const Sentence& s = a.sentenceOf(cueToken);
    const lexicon::WordInfo* info = a.word(cueToken);
    if (!info)
        return {};
    const bool gerund = info->cueForm == lexicon::CueForm::Gerund;
    // ("After blasting the Drudge Report …, Glenn Beck …", "While praising the plan, the mayor …":
    // a subordinator or a preposition may open the participle's clause)
    const bool opensSentence = cueToken == s.firstToken ||
                               (cueToken == s.firstToken + 1 && a.isCapitalized(s.firstToken) &&
                                (a.is(s.firstToken, lexicon::wc::Subordinator | lexicon::wc::Preposition) ||
                                 a.keyIs(s.firstToken, "having")));  // "Having announced that …, Judge Berman"
    const bool perfectParticiple = cueToken > s.firstToken && a.keyIs(cueToken - 1, "having") &&
                                   (info->cueForm == lexicon::CueForm::PastOrParticiple || info->cueForm == lexicon::CueForm::Participle);
    if ((gerund || perfectParticiple) && opensSentence) {
        // "Citing a report, Trump said": the subject after the participle's clause
        for (std::uint32_t i = cueToken + 1; i + 1 < s.endToken && i - cueToken < 25; ++i)
            if (a.isPunct(i, ',')) {
                SourcePhrase after = sourceAfter(a, i + 1, s.endToken);
                // ("After saying he was nervous, the man ended up …": a described person too)
                const bool subjectLike = after.kind == SourceKind::Name || after.kind == SourceKind::Pronoun ||
                                         (after.kind == SourceKind::RoleNoun && after.firstToken == i + 1);
                return subjectLike && after.endToken < s.endToken && a.isLowerWord(after.endToken) ? after : SourcePhrase{};
            }
        return {};
    }
    if (cueToken == s.firstToken)
        return {};
    std::uint32_t prev = cueToken - 1;
    while (gerund && prev > s.firstToken && a.isLowerWord(prev) && a.isAdverbLike(prev))
        --prev;  // "after initially saying"
    const bool afterPreposition = gerund && a.is(prev, lexicon::wc::Preposition | lexicon::wc::Subordinator) && !a.keyIs(prev, "of");
    const bool infinitive = info->cueForm == lexicon::CueForm::Base && a.keyIs(prev, "to");
    if (!afterPreposition && !infinitive)
        return {};
    if (afterPreposition && prev > s.firstToken + 1 && a.isPunct(prev - 1, ',')) {
        // "Mr. Sanders, after initially saying he would not …, took …": the subject before the aside
        SourcePhrase subject = sourceBefore(a, prev - 1, s.firstToken);
        const std::uint32_t first = afterDateline(a, s.firstToken, prev);
        if (subject.valid() && subject.kind != SourceKind::CommonNoun &&
            (subject.firstToken == first || (subject.firstToken == first + 1 && a.is(first, lexicon::wc::Conjunction))))
            return subject;
    }
    if (a.is(s.firstToken, lexicon::wc::Subordinator | lexicon::wc::Preposition | lexicon::wc::Conjunction |
                            lexicon::wc::Adverb | lexicon::wc::TimeWord))
        return {};  // "While …, he …", "At the rally, …": the subject is not at the start
    return sentenceSubject(a, s.firstToken, cueToken);
}

}  // namespace ql
