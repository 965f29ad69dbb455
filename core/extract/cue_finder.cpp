#include "extract/cue_finder.h"

#include "extract/cue_features.h"
#include "extract/cue_model.h"
#include "extract/source_phrase.h"

#include <algorithm>
#include <optional>
#include <string>

namespace ql {

using namespace std::string_view_literals;  // (a list of "…"sv needs no strlen at run time)

namespace {

using namespace lexicon;

// The nearest word before i in the same sentence, skipping adverbs and negation
// ("has also said", "did not say"); tokens().size() when there is none.
std::uint32_t previousVerbContext(const Analysis& a, std::uint32_t i)
{
    const std::uint32_t start = a.sentenceOf(i).firstToken;
    while (i > start) {
        --i;
        if (a.isVerbGroupAdverb(i))
            continue;
        // ("the union and the operator each blaming", "they both said": a quantifier floated after its subject)
        if ((a.keyIs(i, "each") || a.keyIs(i, "both")) && i > start && a.isWordLike(i - 1) &&
            !a.is(i - 1, wc::Determiner | wc::Preposition | wc::Conjunction | wc::Cue | wc::Verb | wc::Auxiliary))
            continue;
        return i;
    }
    return a.tokenCount();
}

bool isPassiveAuxiliary(const Analysis& a, std::uint32_t i)
{
    if (i >= a.tokenCount())
        return false;  // (previousVerbContext found no word before: "named her …" opening the text)
    // (most words open with a letter none of the forms does: no look through the list)
    const std::string_view key = a.key(i);
    if (key.empty() || (key.front() != 'i' && key.front() != 'a' && key.front() != 'w' && key.front() != 'b' &&
                        key.front() != '\'' && key.front() != 'g'))
        return false;
    return a.keyIsOneOf(i, "is", "are", "was", "were", "be", "been", "being", "'s", "get", "got");
}

bool isModalOrDo(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does",
                        "did", "'ll", "'d");
}

bool isPerfectAuxiliary(const Analysis& a, std::uint32_t i)
{
    return a.keyIs(i, "has") || a.keyIs(i, "have") || a.keyIs(i, "had") || a.keyIs(i, "having") ||
           a.keyIs(i, "'ve");
}

// "He's said he …", "she's told reporters that …": the "'s" of a person's perfect, not a passive's
// "is" ("he's said to be", "he's told by aides").
bool contractedHas(const Analysis& a, std::uint32_t aux, std::uint32_t verb)
{
    // ("Halbury’s said it was …", "Trump's said he …": a name's "'s" too, a shop's name or a perfect)
    return a.keyIs(aux, "'s") && aux > 0 &&
           (a.keyIsOneOf(aux - 1, "he", "she", "who") || (a.isCapitalized(aux - 1) && !a.is(aux - 1, wc::NotAName | wc::Determiner))) &&
           verb + 1 < a.tokenCount() && !a.keyIsOneOf(verb + 1, "to", "by", "as", "of", "for");
}

// Third-person forms that are more often plural nouns.
bool isNounPlural(const Analysis& a, std::uint32_t i)
{
    static constexpr std::string_view kNouns[] = {"states", "notes", "remarks", "comments", "answers", "questions",
                                                   "orders", "charges", "requests", "tweets", "posts",
                                                   "quotes", "details",
                                                   "outlines", "signals", "projects", "objects", "protests", "appeals"};
    for (std::string_view noun : kNouns)
        if (a.key(i) == noun)
            return true;
    return false;
}

// "railed against the deal", "lashed out at Khan", "commented on the case": a preposition whose
// object is what the speaker spoke about.
bool takesPrepositionalObject(std::string_view lemma, std::string_view preposition)
{
    if (preposition == "at" || preposition == "against")
        for (std::string_view l : {"rail"sv, "lash"sv, "rant"sv, "vent"sv, "push"sv, "hint"sv, "protest"sv})
            if (lemma == l)
                return preposition == "at" ? lemma != "protest" : lemma != "hint";
    if (preposition == "on")
        for (std::string_view l : {"comment"sv, "elaborate"sv, "remark"sv, "reflect"sv, "push"sv, "rail"sv})
            if (lemma == l)
                return true;
    return false;
}

bool isParticleCue(std::string_view lemma, std::string_view next)
{
    if (next == "for")
        for (std::string_view l : {"call"sv, "push"sv, "press"sv, "argue"sv, "appeal"sv, "plead"sv, "lobby"sv, "ask"sv, "advocate"sv})
            if (lemma == l)
                return true;
    if (next == "off")
        return lemma == "shrug" || lemma == "brush" || lemma == "laugh";  // "shrugs off the concern"
    if (next == "down")
        return lemma == "play";  // "played down the risk"
    if (next == "out")
        return lemma == "speak" || lemma == "lash" || lemma == "rule" || lemma == "lay";  // "spoke out against"
    if (next == "to")
        return lemma == "refer";  // "referring to Condoleezza Rice"
    if (next == "back")
        return lemma == "push";  // "pushed back on those claims"
    return (next == "on" || next == "upon") && lemma == "call";
}

// "Several said", "One mother of two said", "the two said": a number or a quantity that stands
// for people, followed by a finite verb, is its subject.
bool quantitySubject(const Analysis& a, std::uint32_t prev)
{
    const std::uint32_t i = prev + 1;
    if (prev > 0 && a.is(prev - 1, wc::Auxiliary))
        return false;  // "who has both endorsed": an adverb, not a subject
    if (i >= a.tokenCount() || !a.word(i))
        return false;
    const CueForm form = a.word(i)->cueForm;
    // "another says", "Another said", "one in five say", "Most believe", "Both think"
    const bool one = a.is(prev, wc::QuantityOne);
    const bool plural = a.is(prev, wc::QuantityMany);
    const bool share = prev > 0 && a.keyIs(prev - 1, "in") && (a.token(prev).kind == TokenKind::Number || plural);
    if (form == CueForm::Past || form == CueForm::PastOrParticiple)
        return one || plural || share;
    if (form == CueForm::Base)
        return plural || share;
    return form == CueForm::ThirdPerson && one;
}

// "a report", "his claims", "the added cost": a noun or an adjective after a determiner.
// `prev` is the word before the cue (previousVerbContext).
bool nounAfter(const Analysis& a, std::uint32_t prev)
{
    // (not the "'s" of "he's said", an auxiliary after a pronoun)
    return prev < a.tokenCount() &&
           (a.is(prev, wc::Determiner) || (a.token(prev).has(tokflag::Possessive) && !a.is(prev, wc::Auxiliary))) &&
           !a.is(prev, wc::Pronoun) && !a.keyIs(prev, "that") && !a.is(prev, wc::Preposition) && !quantitySubject(a, prev);
}

// "a very public rant", "an impassioned call": a base form after "a" and an adjective is a noun
// ("the people finally recognize" is not: after "the" the word may be the subject).
bool nounAfterAdjective(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    const WordInfo* info = a.word(i);
    // (a word in -s before it may be a plural subject, "the people finally recognize", but not
    // after "a": "an earnings call")
    if (!info || info->cueForm != CueForm::Base || (info->cueFlags & cueflag::Strong) || prev >= a.tokenCount() ||
        !a.isLowerWord(prev) ||
        a.is(prev, wc::Verb | wc::Auxiliary | wc::Pronoun | wc::Preposition | wc::Conjunction | wc::Subordinator |
                       wc::Negation | wc::Cue | wc::Determiner))
        return false;
    const bool plural = a.key(prev).ends_with("s");
    std::uint32_t article = previousVerbContext(a, prev);
    while (!plural && article < a.tokenCount() && article > 0 &&
           (a.keyIs(article, "very") || a.keyIs(article, "more") || a.keyIs(article, "most") || a.keyIs(article, "so")))
        article = previousVerbContext(a, article);  // "a very public rant"
    return article < a.tokenCount() && (a.keyIs(article, "a") || a.keyIs(article, "an") || a.keyIs(article, "another"));
}

// "Quillon beats forecasts", "tops estimates": a form in -s right after another (a verb, or a
// plural noun) is an object; not after "analysis", "status" or "boss".
bool objectAfterVerbInS(const Analysis& a, std::uint32_t prev)
{
    // (the word before it a name or a pronoun, its subject: "Polling of union voters shows" has none)
    const std::string_view k = a.key(prev);
    return prev > 0 && (a.isCapitalized(prev - 1) || a.is(prev - 1, wc::Pronoun)) && !a.is(prev - 1, wc::Determiner) &&
           a.isLowerWord(prev) && k.size() > 3 && k.ends_with("s") && !k.ends_with("ss") && !k.ends_with("is") &&
           !k.ends_with("us") && !a.is(prev, wc::Pronoun | wc::Determiner | wc::Adverb | wc::Auxiliary | wc::Preposition);
}

// "the bloodshed raised fears that …", "of Republican claims": a form in -s right after a verb
// in -ed, or after a capitalised modifier that follows a preposition or an article, is a noun.
bool objectNoun(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    const WordInfo* info = a.word(i);
    if (!info || info->cueForm != CueForm::ThirdPerson || prev >= a.tokenCount() || prev + 1 != i)
        return false;
    const bool partyOrNation = (a.is(prev, wc::Demonym) && !a.token(prev).has(tokflag::AllCaps)) ||  // not "the EU says"
                               a.keyIs(prev, "republican") || a.keyIs(prev, "democratic");
    const bool afterInfinitive = prev > 1 && a.keyIs(prev - 2, "to");  // "to calm Russian fears"
    if (a.isCapitalized(prev) && partyOrNation && prev > 0 && a.isLowerWord(prev - 1) &&
        (a.is(prev - 1, wc::Preposition | wc::Determiner | wc::Verb) || afterInfinitive))
        return true;  // "rated 32% of Republican claims as …" (not "the FBI says")
    if (!a.isLowerWord(prev))
        return false;
    const auto verbLike = [&](std::uint32_t k) {
        const std::string_view w = a.key(k);
        return (w.size() > 4 && w.ends_with("ed") && !a.is(k, wc::Auxiliary)) || a.is(k, wc::Verb);
    };
    if (verbLike(prev))
        return true;
    // "He’s endured relentless questions": an adjective between the verb and its object
    return prev > 0 && a.isLowerWord(prev - 1) && verbLike(prev - 1) && !a.key(prev).ends_with("s") &&
           !a.is(prev, wc::Cue | wc::Preposition | wc::Determiner | wc::Conjunction | wc::Subordinator | wc::Pronoun);
}

// "Trump added to People.", "she added to reporters,": who heard it, closing the clause (not
// "added to the pressure").
bool recipientClosing(const Analysis& a, std::uint32_t k)
{
    const std::uint32_t first = k;
    if (k < a.tokenCount() && a.is(k, wc::Recipient))
        ++k;
    else
        while (k < a.tokenCount() && k < first + 3 && a.isCapitalized(k))
            ++k;
    return k > first && k < a.tokenCount() && (a.isPunct(k, '.') || a.isPunct(k, ','));
}

// "added 160 security personnel", "spoke on condition of anonymity": the verb, but no report.
bool noReportAfter(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    if (!info || i + 1 >= a.tokenCount())
        return false;
    const std::uint32_t next = i + 1;
    // ("because they were not authorized to discuss client business": the terms of speaking, no report)
    if (i >= 2 && a.keyIs(i - 1, "to") && a.keyIsOneOf(i - 2, "authorized", "authorised", "permitted", "allowed", "cleared"))
        return true;
    // ("The rescue team was called out 214 times": summoned, not criticised)
    if (info->lemma == "call" && a.keyIs(next, "out") && i > 0 && a.keyIsOneOf(i - 1, "was", "were", "been", "be", "being", "is", "are"))
        return true;
    // ("ordered Dr. Rania Haddad out of the chamber": sent away, not told to do anything)
    if (info->lemma == "order")
        for (std::uint32_t k = next; k + 1 < a.tokenCount() && k <= next + 7; ++k) {
            if (a.keyIsOneOf(k, "to", "that") || a.token(k).kind == TokenKind::Punct)
                break;
            if (a.keyIsOneOf(k, "out", "off") && a.keyIsOneOf(k + 1, "of", "the"))
                return true;
        }
    if (info->lemma == "speak" || info->lemma == "talk") {
        if (a.keyIs(next, "on"))
            for (std::uint32_t k = next + 1; k < a.tokenCount() && k <= next + 2; ++k)
                if (a.keyIs(k, "condition"))
                    return true;  // "spoke on condition of anonymity": why they are not named, not what they said
        const std::uint32_t after = next + 1;
        if (a.keyIs(next, "for") && after < a.tokenCount() &&
            (a.token(after).kind == TokenKind::Number || a.keyIs(after, "about") || a.keyIs(after, "nearly") ||
             a.keyIs(after, "more") || a.keyIs(after, "an") || a.keyIs(after, "several") || a.keyIs(after, "two") ||
             a.keyIs(after, "three") || a.keyIs(after, "five") || a.keyIs(after, "ten")))
            return true;  // "spoke for about five minutes": how long, not what
        if (a.keyIs(next, "with"))
            return true;  // "spoke with callers who said …": with whom, not what
        // "spoke only to confirm her name": what for, not what was said
        const std::uint32_t to = a.keyIs(next, "only") || a.keyIs(next, "briefly") ? next + 1 : next;
        if (to + 1 < a.tokenCount() && a.keyIs(to, "to") && a.isLowerWord(to + 1) && a.is(to + 1, wc::Verb | wc::Cue) &&
            !a.is(to + 1, wc::Recipient | wc::Determiner | wc::Pronoun))
            return true;
    }
    if (info->lemma == "brief") {
        // "who briefed reporters on a conference call on condition of anonymity": how, not what
        for (std::uint32_t k = next; k + 1 < a.tokenCount() && k <= next + 8 && !a.keyIs(k, "that"); ++k)
            if (a.keyIs(k, "on") && a.keyIs(k + 1, "condition"))
                return true;
    }
    if (info->lemma == "concede") {
        // "conceded defeat", "Hollins Concedes Harbourton Mayoral Race": a contest given up, no report
        for (std::uint32_t k = next; k < a.tokenCount() && k <= next + 4 && a.isWord(k) && !a.keyIs(k, "that"); ++k)
            for (std::string_view lost : {"defeat"sv, "race"sv, "election"sv, "nomination"sv, "primary"sv, "contest"sv, "seat"sv,
                                          "runoff"sv, "game"sv, "match"sv, "title"sv})
                if (a.keyIs(k, lost))
                    return true;
    }
    // ("60 men have refused food for a sixth day": a hunger strike or a treatment turned down, no report)
    if (info->lemma == "refuse" && a.keyIsOneOf(next, "food", "water", "meals", "treatment", "medication", "medicine", "entry"))
        return true;
    // ("Three officers charged over death of man", "was charged with manslaughter": a charge laid, not
    // one made; a claim is "charged that")
    if (info->lemma == "charge" && a.keyIsOneOf(next, "over", "with", "after", "in", "for"))
        return true;
    const bool inverted = i > 0 && (a.token(i - 1).kind == TokenKind::QuoteMark || a.isPunct(i - 1, ','));
    // ("The levy, approved in March, adds about 180 marks": after a comma too, an amount is no source)
    if (info->lemma == "add" && inverted && a.token(i - 1).kind != TokenKind::QuoteMark)
        return a.token(next).kind == TokenKind::Number || a.approximatesNumber(next);
    if (info->lemma == "add" && !inverted)  // not "…,” added a Democrat"
        return a.token(next).kind == TokenKind::Number || a.approximatesNumber(next) || a.keyIs(next, "a") || a.keyIs(next, "an") ||
               (a.keyIs(next, "to") && !recipientClosing(a, next + 1)) || a.keyIs(next, "more") || a.keyIs(next, "another");
    return false;
}

// "was told", "were informed": the subject of a recipient verb in the passive is the one who
// heard, never the source.
bool passiveRecipient(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    return prev < a.tokenCount() && isPassiveAuxiliary(a, prev) && (a.word(i)->cueFlags & cueflag::TakesRecipient);
}

// "that" at token i, or after a short phrase of time or place: "was told in January that …",
// "was told as early as 2017 that …".
bool thatAfterAdjunct(const Analysis& a, std::uint32_t i)
{
    const std::uint32_t that = thatAfterWords(a, i, a.tokenCount());
    return that == i || (that < a.tokenCount() &&
                         (a.is(i, wc::Preposition | wc::TimeWord) || a.keyIs(i, "last") || a.keyIs(i, "as")));
}

// "to contact police", not "to nobody": an infinitive opened by the "to" at token i.
bool infinitiveAfter(const Analysis& a, std::uint32_t i)
{
    if (i + 1 >= a.tokenCount() || !a.keyIs(i, "to") || !a.isLowerWord(i + 1) ||
        a.is(i + 1, wc::Determiner | wc::Pronoun | wc::Preposition))
        return false;
    const std::string_view next = a.key(i + 1);
    return !next.ends_with("body") && !next.ends_with("one") && !next.ends_with("thing");
}

// "Swimmers Told to Stay Out of River", "residents urged to boil their water": a request in the
// passive without its auxiliary (a headline's, or a reduced relative's); the noun before it was
// asked, and no one is named who asked. ("the voters Obama urged to turn out" is active: a
// capital inside a sentence before a lower-case cue is its subject; "asked to" is active too
// outside headlines.)
bool bareRequestPassive(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    if (!info || (info->cueForm != CueForm::PastOrParticiple && info->cueForm != CueForm::Participle) || i == 0 ||
        i + 2 >= a.tokenCount() || !a.keyIs(i + 1, "to") || !a.isWord(i + 2) ||
        a.is(i + 2, wc::Determiner | wc::Pronoun | wc::Preposition) || !a.isWord(i - 1) ||
        a.is(i - 1, wc::Pronoun | wc::Auxiliary | wc::Determiner | wc::Preposition | wc::Conjunction | wc::Adverb))
        return false;
    const bool headline = a.isCapitalized(i) && a.isCapitalized(i - 1) && a.isCapitalized(i + 2);
    if (!headline && !(a.isLowerWord(i) && a.isLowerWord(i + 2) &&
                       (a.isLowerWord(i - 1) || a.token(i - 1).has(tokflag::SentenceStart))))
        return false;
    const std::string_view lemma = info->lemma;
    return lemma == "tell" || lemma == "urge" || lemma == "order" || lemma == "instruct" || lemma == "advise" ||
           (headline && lemma == "ask");
}

// Decides whether the reporting-verb form at token i is used as a finite verb here.
// A noun or an adjective here, or a verb with no report after it: neither the rules nor the
// learned model take it. `prev` is previousVerbContext(a, i).
// "Some protest leaders said", "support groups say": a noun before the subject's head, whose
// own speech verb follows.
bool modifiesSubject(const Analysis& a, std::uint32_t i)
{
    const CueForm form = a.word(i)->cueForm;
    // (never "says": "The affidavit says officers found …")
    if ((form != CueForm::Base && form != CueForm::ThirdPerson) || a.word(i)->lemma == "say" || i + 2 >= a.tokenCount() ||
        !a.isLowerWord(i + 1) ||
        a.is(i + 1, wc::Determiner | wc::Pronoun | wc::Preposition | wc::Auxiliary | wc::Adverb | wc::Conjunction |
                        wc::Subordinator | wc::Negation | wc::Cue))
        return false;
    const WordInfo* next = a.word(i + 2);
    return next && (next->classes & wc::Cue) && (next->cueFlags & cueflag::Speech) &&
           (next->cueForm == CueForm::Past || next->cueForm == CueForm::ThirdPerson || next->cueForm == CueForm::PastOrParticiple);
}

// "Privacy advocates said", "Advocates say": a plural noun in -s right before the speech verb
// whose subject it heads; "3,000 emails and calls about the bills": a noun joined to a plural
// noun, before a preposition.
bool pluralNounHere(const Analysis& a, std::uint32_t i)
{
    if (a.word(i)->cueForm != CueForm::ThirdPerson || i + 1 >= a.tokenCount())
        return false;
    const WordInfo* next = a.word(i + 1);
    // (not "Trump says praise from Putin helps", "Mills then writes back": a base form other than "say"
    // may be a noun)
    if (next && (next->classes & wc::Cue) && (next->cueFlags & cueflag::Speech) && a.isLowerWord(i + 1) &&
        (next->cueForm == CueForm::Past || next->cueForm == CueForm::PastOrParticiple || a.keyIs(i + 1, "say")))
        return true;
    if (i < 2 || !(a.keyIs(i - 1, "and") || a.keyIs(i - 1, "or")) || !a.is(i + 1, wc::Preposition) || !a.isLowerWord(i - 2))
        return false;
    // (counted or determined: "3,000 emails and calls", "the letters and calls", not "She emails and calls")
    const WordInfo* left = a.word(i - 2);
    const std::string_view key = a.key(i - 2);
    const bool counted = i >= 3 && (a.token(i - 3).kind == TokenKind::Number || a.is(i - 3, wc::Determiner));
    const bool plural = left ? (left->plural && !(left->classes & (wc::Verb | wc::Pronoun))) || left->cueForm == CueForm::ThirdPerson
                             : key.size() > 3 && key.ends_with('s') && !key.ends_with("ss");
    return counted && plural;
}

// "state Sen. Marcia Price", "state Del. Price", "state Attorney General": the state's office
bool stateOffice(const Analysis& a, std::uint32_t i)
{
    return a.keyIs(i, "state") && a.isLowerWord(i) && i + 1 < a.tokenCount() && a.isCapitalized(i + 1) &&
           !a.is(i + 1, wc::Pronoun);
}

// "a super PAC called Future 45", "a group called Citizens for Safety": a name given to an
// indefinite noun phrase, not the verb of naming.
bool namingParticiple(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    if (!info || !(info->lemma == "call" || info->lemma == "name" || info->lemma == "dub") || !a.isLowerWord(i) ||
        i + 1 >= a.tokenCount() || !a.isCapitalized(i + 1) || a.is(i + 1, wc::Pronoun) ||
        !(info->cueForm == CueForm::Past || info->cueForm == CueForm::PastOrParticiple || info->cueForm == CueForm::Participle))
        return false;
    const std::uint32_t first = a.sentenceOf(i).firstToken;
    for (std::uint32_t k = i; k > first && i - k <= 4;) {
        --k;
        if (a.keyIs(k, "a") || a.keyIs(k, "an"))
            return k + 1 < i;
        // (lower-case words or an acronym: "a super PAC called")
        const bool acronym = a.isWord(k) && a.token(k).has(tokflag::AllCaps);
        if ((!a.isLowerWord(k) && !acronym) || a.is(k, wc::Preposition | wc::Conjunction | wc::Subordinator | wc::Pronoun |
                                                       wc::Determiner | wc::Verb | wc::Auxiliary | wc::Cue | wc::Adverb))
            return false;
    }
    return false;
}

// "clips, many labelled with users’ email addresses": a naming verb's participle with "with"
// after it marks things; it names nothing.
bool markedWith(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    // (but "Capellas … called with an enticing offer": a call made)
    return info && (info->cueFlags & cueflag::Naming) && !(info->cueFlags & cueflag::Strong) && info->lemma != "call" &&
           i + 1 < a.tokenCount() &&
           a.keyIs(i + 1, "with") &&
           (info->cueForm == CueForm::Past || info->cueForm == CueForm::PastOrParticiple || info->cueForm == CueForm::Participle);
}

// "four marks a night", "two notes", "12 claims", "60 tonnes of", "31 basis points": a form in -s
// after a count, or after a count and a noun, is a plural noun.
bool countedPlural(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    const auto isCount = [&](std::uint32_t k) {
        return a.token(k).kind == TokenKind::Number ||
               a.keyIsOneOf(k, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty",
                            "hundred", "thousand", "million", "several", "many", "few");
    };
    const std::string_view key = a.key(i);
    const bool sForm = a.word(i) ? a.word(i)->cueForm == CueForm::ThirdPerson
                                 : a.isLowerWord(i) && key.size() > 3 && key.ends_with('s') && !key.ends_with("ss");
    if (prev >= a.tokenCount() || !sForm)
        return false;
    // (not "Article 33 states": a number in a name)
    if (isCount(prev))
        return !(prev > 0 && a.isCapitalized(prev - 1));
    // ("31 basis points to 7.12 percent": a unit's noun between the count and the plural)
    return prev > 0 && a.token(prev - 1).kind == TokenKind::Number && a.isLowerWord(prev) &&
           !a.is(prev, wc::Verb | wc::Auxiliary | wc::Cue | wc::Preposition | wc::Determiner | wc::Pronoun) &&
           !(prev > 1 && a.isCapitalized(prev - 2));
}

// "The regional forecasting office said": a form in -ing between a determiner (and its
// adjectives) and the noun that is the subject of the next verb modifies that noun.
bool gerundModifier(const Analysis& a, std::uint32_t i)
{
    if (!a.key(i).ends_with("ing") || i == 0 || i + 2 >= a.tokenCount() || !a.isLowerWord(i + 1) ||
        a.is(i + 1, wc::Verb | wc::Auxiliary | wc::Cue | wc::Preposition | wc::Determiner | wc::Conjunction | wc::Pronoun |
                        wc::Subordinator | wc::Adverb) ||
        !(a.is(i + 2, wc::Cue | wc::Auxiliary) && a.isLowerWord(i + 2)))
        return false;
    for (std::uint32_t k = i; k > 0 && i - k < 4;) {
        --k;
        if (a.keyIsOneOf(k, "the", "a", "an", "its", "their"))
            return true;
        if (!a.isLowerWord(k) || a.is(k, wc::Verb | wc::Auxiliary | wc::Cue | wc::Preposition | wc::Pronoun | wc::Conjunction))
            return false;
    }
    return false;
}

// "The section states that a tie …": a third person's form between a noun with its article and
// "that" opening a clause (not "the member states that signed …").
bool subjectVerbThatClause(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    const WordInfo* info = a.word(i);
    if (!info || info->cueForm != CueForm::ThirdPerson || prev >= i || prev == 0 || !a.isLowerWord(prev) ||
        a.is(prev, wc::Determiner | wc::Pronoun | wc::Preposition) || i + 2 >= a.tokenCount())
        return false;
    // ("The letter states the laboratory recorded …", "The surveyor’s report states the stand …": a
    // document's verb before a clause with no "that")
    const bool document = a.keyIsOneOf(prev, "letter", "report", "memo", "document", "filing", "complaint", "lawsuit", "ruling",
                                       "statement", "study", "contract", "lease", "policy", "section", "guidance", "notice") &&
                          (a.is(prev - 1, wc::Determiner) || a.token(prev - 1).has(tokflag::Possessive));
    if (document && (a.is(i + 1, wc::Determiner) || a.keyIsOneOf(i + 1, "his", "her", "its", "their")))
        return true;
    return a.is(prev - 1, wc::Determiner) && a.keyIs(i + 1, "that") && (a.is(i + 2, wc::Determiner | wc::Pronoun) || a.isCapitalized(i + 2));
}

bool notVerbHere(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    // ("Halbury’s said", "Trump's said he …": "said" and "told" after a name's "'s" are verbs, no noun)
    // (and a past verb before its clause or object: "Corrigan’s announced last month that …", "Bramwell's
    // denied that …"; not "Trump's alleged ties", a participle before its noun)
    const WordInfo* info = a.word(i);
    const bool pastBeforeClause = info && (info->cueForm == CueForm::Past || info->cueForm == CueForm::PastOrParticiple) &&
                                  i + 1 < a.tokenCount() &&
                                  (a.keyIsOneOf(i + 1, "that", "it", "on", "last", "this", "in") ||
                                   a.is(i + 1, wc::Pronoun | wc::Determiner | wc::TimeWord));
    const bool saidAfterName = prev < i && a.keyIs(prev, "'s") && prev > 0 && a.isCapitalized(prev - 1) &&
                               (a.keyIsOneOf(i, "said", "told") || pastBeforeClause);
    if (subjectVerbThatClause(a, i, prev))
        return false;
    return countedPlural(a, i, prev) || (nounAfter(a, prev) && !saidAfterName) || nounAfterAdjective(a, i, prev) || noReportAfter(a, i) ||
           objectNoun(a, i, prev) ||
           modifiesSubject(a, i) || pluralNounHere(a, i) || stateOffice(a, i) || namingParticiple(a, i) || markedWith(a, i) ||
           gerundModifier(a, i);
}

// Walking back from token i over at most `reach` words of the subject's noun phrase (no verb,
// pronoun or clause word): the first token `head` accepts, or none.
template <typename Head>
std::optional<std::uint32_t> subjectHeadBefore(const Analysis& a, std::uint32_t i, std::uint32_t reach, Head head)
{
    const std::uint32_t first = a.sentenceOf(i).firstToken;
    for (std::uint32_t k = i; k > first && i - k < reach;) {
        --k;
        if (head(k))
            return k;
        if (!a.isWordLike(k) || a.is(k, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun | wc::Subordinator | wc::Conjunction))
            return std::nullopt;
    }
    return std::nullopt;
}

// "22 percent", "47 percent of Cuban Americans" right before token i: a share of people as the
// subject of a participle.
bool shareBefore(const Analysis& a, std::uint32_t i)
{
    const auto percent = subjectHeadBefore(a, i, 7, [&](std::uint32_t k) { return a.keyIs(k, "percent") || a.isPunct(k, '%'); });
    return percent && *percent > a.sentenceOf(i).firstToken && a.token(*percent - 1).kind == TokenKind::Number;
}

// "Polls in New Hampshire show", "Data show", "FEC records from the 2008 cycle show": a finding
// verb whose subject, maybe with a phrase after it, is evidence.
bool evidenceSubjectBefore(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    if (!(info->lemma == "show" || info->lemma == "find" || info->lemma == "suggest" || info->lemma == "indicate" ||
          info->lemma == "reveal"))
        return false;
    return subjectHeadBefore(a, i, 9, [&](std::uint32_t k) { return evidenceNoun(a, k); }).has_value();
}

// "…, a jury at Ravensmere Crown Court heard on Monday", "…, murder trial hears", "the inquest has
// heard": what a court heard is reported evidence, though "heard" is rarely a cue elsewhere.
bool courtHeard(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    if (!info || info->lemma != "hear" || i == 0)
        return false;
    const std::uint32_t subject = i > 1 && a.keyIs(i - 1, "has") ? i - 2 : i - 1;
    return isHearingAudience(a.key(subject));
}

// "The Supreme Court of Ardania ruled that …", "a panel of judges ruled": a court's ruling reports
// what it decided, however rarely the news the model learnt from had one.
bool courtRuled(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    if (!info || info->lemma != "rule")
        return false;
    const std::uint32_t first = a.sentenceOf(i).firstToken;
    for (std::uint32_t k = i; k > first && i - k <= 7;) {
        --k;
        if (a.keyIsOneOf(k, "court", "judge", "judges", "tribunal", "panel", "justices"))
            return true;
        if (a.isPunct(k, ',') || a.is(k, wc::Verb | wc::Cue | wc::Auxiliary))
            return false;
    }
    return false;
}

// "…, the ombudsman's report found", "a survey shows": what a piece of research found is its report.
bool studyFinding(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    const WordInfo* info = a.word(i);
    return prev < a.tokenCount() && studyNoun(a, prev) &&
           (info->lemma == "find" || info->lemma == "show" || info->lemma == "conclude" || info->lemma == "reveal");
}

// "The letter states he will …", "A letter sent to parents on Monday, seen by the Gazette, states
// that …": a document that opens the sentence states what it says, however rarely the news the
// model learnt from had one ("states" is mostly the nation's noun there).
bool statingDocument(const Analysis& a, std::uint32_t k)
{
    // ("The contract states …", "The lease states …": texts that state terms, besides reports)
    return authoredDocumentNoun(a, k) ||
           (a.isLowerWord(k) && a.keyIsOneOf(k, "contract", "agreement", "lease", "policy", "document", "affidavit", "indictment",
                                             "transcript", "minutes", "manual", "charter", "guidance"));
}

bool documentStates(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    const WordInfo* info = a.word(i);
    if (!info || info->lemma != "state" || prev >= a.tokenCount())
        return false;
    if (statingDocument(a, prev))
        return true;
    // ("A March 2023 letter states", "The most recent letter states": a few words before the noun)
    const Sentence& s = a.sentenceOf(i);
    for (std::uint32_t noun = s.firstToken; noun + 1 < i && noun < s.firstToken + 5; ++noun)
        if (statingDocument(a, noun))
            return true;
    return false;
}

// "“…,” a voice-over in the ad states.", "“…,” the Saudis state in the white paper": after a
// quotation that opens the sentence, its closing comma and a noun phrase, a reporting word is the
// quotation's verb.
bool inAttributionSlot(const Analysis& a, std::uint32_t i)
{
    const Sentence& s = a.sentenceOf(i);
    if (a.token(s.firstToken).kind != TokenKind::QuoteMark || a.insideQuote(i))
        return false;
    for (std::uint32_t k = i; k > s.firstToken + 1 && i - k < 10; --k) {
        const std::uint32_t t = k - 1;
        if (a.token(t).kind == TokenKind::QuoteMark)
            return t + 1 < i && a.isPunct(t - 1, ',') && a.quotationAt(t - 1) >= 0;
        if (!a.isWordLike(t) || a.is(t, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun | wc::Subordinator))
            return false;
    }
    return false;
}

// "Secrecy is common, her former doctor maintains.": a verb of speech that closes its sentence
// after a comma and a short subject, the slot of a clause-final attribution, which the learned
// model does not unmake either.
bool clauseFinalSlot(const Analysis& a, std::uint32_t i)
{
    const Sentence& s = a.sentenceOf(i);
    const WordInfo* info = a.word(i);
    // ("Navy’s new frigates two years late, auditors find": a headline's last word, its plural's form too)
    const bool headlineEnd = i + 1 == s.endToken && inTitleLine(a, i);
    if (!info || !(info->cueFlags & cueflag::Speech) || a.insideQuote(i) ||
        !(headlineEnd || (i + 2 == s.endToken && a.isPunct(i + 1, '.'))) ||
        !(info->cueForm == CueForm::ThirdPerson || info->cueForm == CueForm::Past || (headlineEnd && info->cueForm == CueForm::Base)))
        return false;
    for (std::uint32_t k = i; k > s.firstToken + 1 && i - k < 10; --k) {
        const std::uint32_t t = k - 1;
        if (a.isPunct(t, ','))
            return t + 1 < i && t >= s.firstToken + 3;  // (a clause of a few words before the comma)
        if (a.token(t).has(tokflag::Possessive))
            continue;  // ("the Democratic presidential candidate’s former doctor maintains")
        if (!a.isWordLike(t) || a.is(t, wc::Auxiliary | wc::Cue | wc::Subordinator | wc::Conjunction | wc::Preposition) ||
            (a.is(t, wc::Pronoun) && !a.keyIsOneOf(t, "her", "his", "their", "its")))
            return false;
    }
    return false;
}

// "…, the affidavit states.": the subject of a clause-final verb opens with a determiner (not
// "…, more diverse states.", whose plural is a noun).
bool definiteSubjectAfterComma(const Analysis& a, std::uint32_t i)
{
    std::uint32_t comma = i;
    while (comma > 0 && i - comma < 10 && !a.isPunct(comma, ','))
        --comma;
    return a.isPunct(comma, ',') && comma + 1 < i && a.keyIsOneOf(comma + 1, "the", "a", "an", "his", "her", "its", "their");
}

// The rest of the rules, once notVerbHere() has said no.
bool acceptVerb(const Analysis& a, std::uint32_t i, std::uint32_t prev, Cue& cue)
{
    const WordInfo* info = a.word(i);
    cue.form = info->cueForm;
    cue.flags = info->cueFlags;
    const bool hasPrev = prev < a.tokenCount();
    if (a.is(i, wc::WeakCue))
        return false;
    if (hasPrev && a.is(prev, wc::Preposition) && !a.keyIs(prev, "to") && cue.form != CueForm::Gerund)
        return false;  // "of warning", "for comment"
    switch (cue.form) {
    case CueForm::ThirdPerson:
        if (hasPrev && objectAfterVerbInS(a, prev))
            return false;
        // "member states", "his notes": plural nouns unless a report follows
        if (isNounPlural(a, i)) {
            // a verb after a name, a pronoun or a closing quote ("Viguerie notes."), or before a report
            // ("the ombudsman's report finds", "poll shows": a study's verb)
            const bool afterSubject = hasPrev && (a.is(prev, wc::Pronoun) || (a.isCapitalized(prev) && !a.is(prev, wc::Determiner)) ||
                                                  a.token(prev).kind == TokenKind::QuoteMark || a.isPunct(prev, ',') ||
                                                  studyNoun(a, prev) || statingDocument(a, prev));  // ("a criminal complaint states")
            return afterSubject || (i + 1 < a.tokenCount() && (a.keyIs(i + 1, "that") || a.isPunct(i + 1, ':') ||
                                                                a.token(i + 1).kind == TokenKind::QuoteMark)) ||
                   inAttributionSlot(a, i) || (clauseFinalSlot(a, i) && definiteSubjectAfterComma(a, i));
        }
        return true;
    case CueForm::Past:
        return true;
    case CueForm::PastOrParticiple:
    case CueForm::Participle:
        // ("have been told by the company that …": the agent after "by" told them; a report)
        if (hasPrev && isPassiveAuxiliary(a, prev) && !contractedHas(a, prev, i) && (cue.flags & cueflag::TakesRecipient) &&
            i + 1 < a.tokenCount() && a.keyIs(i + 1, "by"))
            return true;
        if (hasPrev && isPassiveAuxiliary(a, prev) && !contractedHas(a, prev, i))
            return false;  // "was told", "is expected"
        if (hasPrev && (isPerfectAuxiliary(a, prev) || a.keyIs(prev, "'s"))) {
            cue.afterAuxiliary = true;
            return true;
        }
        return cue.form == CueForm::PastOrParticiple;
    case CueForm::Base:
        if (hasPrev && a.keyIs(prev, "to") && prev > 0 &&
            (a.keyIs(prev - 1, "on") || a.keyIs(prev - 1, "continued") || a.keyIs(prev - 1, "proceeded")))
            return true;  // "went on to say", "continued to insist"
        if (hasPrev && isModalOrDo(a, prev) && (cue.flags & cueflag::Strong)) {
            cue.afterAuxiliary = true;
            return true;  // "will say", "did not tell"
        }
        // "they say", "officials say", "Some Democrats say", "61 percent say", "polls show"
        if (!hasPrev)
            return false;
        if (evidenceSubjectBefore(a, i))
            return true;  // "Polls in New Hampshire show", "FEC records from the 2008 cycle show"
        if (quantitySubject(a, prev))
            return true;  // "one in five say", "Most believe"
        if (a.is(prev, wc::Pronoun))
            return !a.keyIs(prev, "he") && !a.keyIs(prev, "she") && !a.keyIs(prev, "it");
        if (a.is(prev, wc::CollectiveSource) || a.keyIs(prev, "percent") || a.keyIs(prev, "who") || a.keyIs(prev, "whom"))
            return true;
        if ((cue.flags & cueflag::Strong) && a.isLowerWord(prev) &&
            !a.is(prev, wc::Verb | wc::Auxiliary | wc::Preposition | wc::Determiner | wc::Adverb | wc::Cue |
                            wc::Conjunction | wc::Subordinator | wc::Negation))
            return true;  // "observers around the country say", "those close to him say": a plural head before
        if (a.isCapitalized(prev) && !a.is(prev, wc::Determiner | wc::TimeWord)) {
            // "Mr. Grassley and Mr. Leahy say", "Developers and supporters in Congress say": a plural subject
            for (std::uint32_t k = prev; k > 0 && prev - k < 8; --k) {
                if (a.isPunct(k, ',') || a.isPunct(k, '.') || a.token(k).kind == TokenKind::QuoteMark)
                    break;
                if (a.keyIs(k, "and") && k > 0 && a.isWord(k - 1) && !a.is(k - 1, wc::Preposition | wc::Determiner))
                    return true;
            }
        }
        return a.isWord(prev) && !a.is(prev, wc::Verb | wc::Auxiliary | wc::Preposition | wc::Adverb | wc::Cue) &&
               a.str(prev).size() > 3 && a.str(prev).back() == 's' && !a.str(prev).ends_with("ss");
    case CueForm::Gerund:
        if (hasPrev && isPassiveAuxiliary(a, prev) && !a.keyIs(prev, "get") && !a.keyIs(prev, "got") &&
            !a.keyIs(prev, "being")) {
            // "Trump is demanding …", "she was insisting that …": a finite verb, progressive
            cue.form = CueForm::Past;
            cue.afterAuxiliary = true;
            return true;
        }
        if (hasPrev && (info->cueFlags & cueflag::Speech) && shareBefore(a, i))
            return true;  // "with 22 percent saying they …", "47 percent of Cuban Americans saying …"
        if (hasPrev && (info->cueFlags & cueflag::Speech) && withBeforeNamedSubject(a, i))
            return true;  // "…, with Sen. Lydia Varga of Montana saying he was …"
        // "a super PAC backing Jeb Bush", "those supporting deportation": a stance the noun before it takes
        if (hasPrev && prev + 1 == i && (info->cueFlags & cueflag::Stance) && i + 1 < a.tokenCount() &&
            (a.is(prev, wc::OrgNoun | wc::CollectiveSource | wc::PersonRole) || a.keyIs(prev, "those") || a.keyIs(prev, "pac")) &&
            (a.isCapitalized(i + 1) || a.is(i + 1, wc::Determiner) ||
             (i + 2 < a.tokenCount() && a.isLowerWord(i + 1) && a.isCapitalized(i + 2))))  // "backing former Gov. Jeb Bush"
            return true;
        // ("at one point calling the mayor a “liar”", "with the teachers' union calling her “the
        // champion …”": a naming with the speaker's own word in quotation marks reports, wherever it stands)
        if ((info->cueFlags & cueflag::Naming) && i + 2 < a.tokenCount() && a.isLowerWord(i))
            for (std::uint32_t k = i + 2; k < a.tokenCount() && k < i + 7; ++k) {
                if (a.token(k).kind == TokenKind::QuoteMark && a.insideQuote(k + 1 < a.tokenCount() ? k + 1 : k) &&
                    a.quotationAt(k) < 0)
                    return true;
                if (a.token(k).kind == TokenKind::Punct || a.is(k, wc::Cue | wc::Auxiliary))
                    break;
            }
        // "…, saying that …", "… — asserting that …": the main clause's subject speaks.
        return hasPrev && (a.isPunct(prev, ',') || a.isPunct(prev, 0x2014)) && (info->cueFlags & cueflag::Speech);
    }
    return false;
}

// "Smart Projects changed its name": a capitalised verb form inside a name; not in a title-case
// headline ("Ted Cruz Refuses to …", where a function word follows).
bool wordOfName(const Analysis& a, std::uint32_t i)
{
    return i > 0 && i + 1 < a.tokenCount() && a.isCapitalized(i) && !a.token(i).has(tokflag::SentenceStart) &&
           a.isCapitalized(i - 1) && !a.is(i - 1, wc::Pronoun) && a.isLowerWord(i + 1) &&
           !a.is(i + 1, wc::Preposition | wc::Determiner | wc::Conjunction) && !a.keyIs(i + 1, "to");
}

// "intelligence reports seen by Reuters suggest", "a memo obtained by CNN": a plural noun before
// its participle, and the participle that says who holds the document; neither reports.
bool documentAndHolder(const Analysis& a, std::uint32_t i, const WordInfo& info)
{
    if (a.key(i).ends_with("s") && i + 2 < a.tokenCount() && a.keyIs(i + 2, "by") && a.isLowerWord(i + 1) &&
        (a.key(i + 1).ends_with("ed") || a.keyIs(i + 1, "seen") || a.keyIs(i + 1, "written") || a.keyIs(i + 1, "drawn") ||
         a.keyIs(i + 1, "taken") || a.keyIs(i + 1, "made") || a.keyIs(i + 1, "sent")))
        return true;
    return (info.lemma == "see" || info.lemma == "obtain" || info.lemma == "review") && i > 0 && i + 1 < a.tokenCount() &&
           a.keyIs(i + 1, "by") && a.isWord(i - 1) && !a.is(i - 1, wc::Auxiliary | wc::Adverb | wc::Pronoun);
}

// "a woman who took suspected diet pills": a form in -ed between another verb and its noun.
bool adjectiveAfterVerb(const Analysis& a, std::uint32_t i, const WordInfo& info)
{
    return (info.cueForm == CueForm::Past || info.cueForm == CueForm::PastOrParticiple) && i > 0 && i + 2 < a.tokenCount() &&
           a.isLowerWord(i - 1) && a.is(i - 1, wc::Verb) && !a.is(i - 1, wc::Auxiliary | wc::Cue) && a.isLowerWord(i + 1) &&
           !a.is(i + 1, wc::Determiner | wc::Pronoun | wc::Preposition | wc::Conjunction | wc::Subordinator | wc::Adverb) &&
           !a.keyIs(i + 1, "that") && !a.keyIs(i + 1, "to");
}

// "called off her engagement", "called up two players", "called a public meeting", "called a snap
// election": what was called is an event or a player, and nothing is said.
bool calledEvent(const Analysis& a, std::uint32_t i)
{
    const std::uint32_t n = a.tokenCount();
    if (i + 1 < n && a.keyIsOneOf(i + 1, "off", "up"))
        return true;
    if (i + 1 >= n || !a.keyIsOneOf(i + 1, "a", "an"))
        return false;
    std::uint32_t k = i + 2;
    while (k < n && k < i + 5 && a.isLowerWord(k) && !a.is(k, wc::Preposition | wc::Conjunction | wc::Determiner))
        if (a.keyIsOneOf(k++, "meeting", "election", "vote", "strike", "halt", "conference", "referendum",
                         "timeout", "recess", "ceasefire", "truce", "summit", "hearing", "session"))
            return true;
    return false;
}

// "posted a photo of his work boots", "posted two similar clips to social media": pictures,
// which say nothing in words (unless a caption follows: "…, writing …" is a cue of its own).
bool postedMedia(const Analysis& a, std::uint32_t i)
{
    for (std::uint32_t k = i + 1; k < a.tokenCount() && k <= i + 4 && a.isWordLike(k); ++k)
        if (a.keyIsOneOf(k, "photo", "photos", "picture", "pictures", "video", "videos", "clip", "clips",
                         "image", "images", "selfie", "selfies", "footage", "snap", "snaps"))
            return true;
    return false;
}

// "found themselves in the thick of war zones", "it goes without saying that", "backed off", "was
// charged with manslaughter": set phrases that report nothing (on PolNeAR train 6 of 7 readings of "find" before a reflexive were false).
// Kept out of acceptVerb() so the learned model's training data stays as it is.
bool idiomNoReport(const Analysis& a, std::uint32_t i)
{
    const WordInfo* info = a.word(i);
    if (!info)
        return false;
    if (info->lemma == "find" && i + 1 < a.tokenCount())
        for (std::string_view r : {"himself"sv, "herself"sv, "themselves"sv, "itself"sv, "ourselves"sv, "myself"sv, "yourself"sv})
            if (a.keyIs(i + 1, r))
                return true;
    if (info->lemma == "charge" && i + 1 < a.tokenCount() && (a.keyIs(i + 1, "with") || a.keyIs(i + 1, "in")) &&
        i > 0 && isPassiveAuxiliary(a, previousVerbContext(a, i)))
        return true;  // "was charged with first-degree manslaughter": an indictment, not a report
    if ((info->lemma == "call" || info->lemma == "name") && i + 1 < a.tokenCount() && a.keyIs(i + 1, "after") &&
        i > 0 && isPassiveAuxiliary(a, previousVerbContext(a, i)))
        return true;  // "Te Kaurinui was called after the first whale …": a namesake, not a report
    if (info->lemma == "name" && i + 2 < a.tokenCount() && i > 0 && isPassiveAuxiliary(a, previousVerbContext(a, i)) &&
        (a.is(i + 1, wc::PersonRole) || (a.is(i + 1, wc::Determiner) && a.is(i + 2, wc::PersonRole | wc::RoleModifier))))
        return true;  // "Federico Musto was named CEO", "was named the new coach": an appointment, not a report
    if (info->lemma == "rule" && i + 2 < a.tokenCount() && !a.keyIs(i + 1, "out"))
        for (std::uint32_t k = i + 2; k < a.tokenCount() && k <= i + 4 && a.isWord(k); ++k)
            if (a.keyIs(k, "out"))
                return true;  // "The ban rules Varga out of the championships": an exclusion, not a ruling
    // ("A family doctor accused of writing prescriptions for cash …": who is accused, by no one here)
    if (info->lemma == "accuse" && i + 1 < a.tokenCount() && a.keyIs(i + 1, "of") && i > 0 && a.isWord(i - 1) &&
        !a.is(i - 1, wc::Auxiliary | wc::Pronoun) && !a.isAdverbLike(i - 1) && !isPassiveAuxiliary(a, previousVerbContext(a, i)))
        return true;
    // ("is known for speaking her mind", "what is now known as the #NeverTrump movement": a name or a
    // reputation, no belief reported; PolNeAR train annotates 3 of 14)
    if (info->lemma == "know" && a.keyIs(i, "known") && i + 1 < a.tokenCount() && a.keyIsOneOf(i + 1, "as", "for", "by"))
        return true;
    if (info->lemma == "dismiss" && i + 1 < a.tokenCount() && a.keyIs(i + 1, "from"))
        return true;  // "He was dismissed from the depot": a job lost, not a claim rejected
    if (info->lemma == "back" && i + 1 < a.tokenCount() &&
        (a.keyIs(i + 1, "off") || a.keyIs(i + 1, "down") || a.keyIs(i + 1, "out")))
        return true;  // "Trump backed off some of his proposals": a retreat, not support
    if (wordOfName(a, i) || documentAndHolder(a, i, *info) || adjectiveAfterVerb(a, i, *info))
        return true;
    if ((info->lemma == "call" && calledEvent(a, i)) || (info->lemma == "post" && postedMedia(a, i)))
        return true;
    if (info->lemma == "recall" && i + 1 < a.tokenCount() &&
        (a.token(i + 1).kind == TokenKind::Number || a.approximatesNumber(i + 1)))
        return true;  // "Castellan Motors recalls 412,000 SUVs": vehicles called back, not a memory told
    if (info->lemma == "recall" && i + 2 < a.tokenCount()) {
        const std::uint32_t object = a.is(i + 1, wc::Determiner) ? i + 2 : i + 1;
        if (a.keyIsOneOf(object, "envoy", "ambassador", "diplomats"))
            return true;  // "Orvenia recalls envoy", "recalled its ambassador": a diplomat called home
    }
    if (info->lemma == "talk" && i + 1 < a.tokenCount() && a.isWordLike(i + 1) && !a.is(i + 1, wc::Preposition) &&
        !a.isAdverbLike(i + 1) && !a.keyIs(i + 1, "up"))
        return true;  // "Budget Talks Collapse", "talks resumed": talking reports something only about, of or to it
    if (i + 2 < a.tokenCount() && a.keyIs(i + 1, "how") && a.keyIs(i + 2, "to") &&
        (info->lemma == "learn" || info->lemma == "teach" || info->lemma == "show" || info->lemma == "explain"))
        return true;  // "workers learning how to fix water mains": a skill, not what anyone said
    if (i >= 3 && a.keyIs(i - 1, "to") && (a.keyIs(i - 2, "if") || a.keyIs(i - 2, "though")) && a.keyIs(i - 3, "as"))
        return true;  // "his eyes gleaming as if to say …": a manner; no one said it
    if (info->lemma == "brief" && a.key(i).ends_with("ed") && i > 0 && i + 1 < a.tokenCount() && a.keyIs(i + 1, "on") &&
        a.isWord(i - 1) && a.word(i - 1) && a.word(i - 1)->plural)
        return true;  // "people briefed on the talks say": who the sources are, not a report of theirs
    return info->lemma == "say" && i >= 2 && a.keyIs(i - 1, "without") &&
           (a.keyIs(i - 2, "goes") || a.keyIs(i - 2, "go") || a.keyIs(i - 2, "went") || a.keyIs(i - 2, "gone"));
}

// "Trump's claim that …", "his warning that …", "Tulsa police's earlier claim that …": the noun of
// a report, after its owner (a possessive, perhaps with one modifier) and before "that". (The
// nouns that PolNeAR train annotates so in at least half of their uses; "statement" and
// "comments" before "that" are mostly not.)
bool nominalCue(const Analysis& a, std::uint32_t i, Cue& cue)
{
    const std::uint32_t n = a.tokenCount();
    if (i == 0 || i + 2 >= n || !a.keyIs(i + 1, "that") || !a.isLowerWord(i) || !a.isWordLike(i + 2))
        return false;
    const bool speech = a.keyIsOneOf(i, "claim", "claims", "assertion", "assertions", "contention", "insistence",
                                     "suggestion", "accusation", "accusations", "allegation", "allegations", "argument",
                                     "warning", "warnings", "promise", "promises", "pledge", "vow", "remark", "remarks",
                                     "assurance", "assurances", "plea", "admission", "prediction");
    const bool belief = !speech && a.keyIsOneOf(i, "belief", "view", "fear", "fears", "concern", "concerns");
    if (!speech && !belief)
        return false;
    const std::uint32_t owner = reportNounOwner(a, i);
    if (!a.token(owner).has(tokflag::Possessive) && !a.keyIsOneOf(owner, "his", "her", "their", "its"))
        return false;
    cue.kind = CueKind::Noun;
    cue.form = CueForm::Base;
    cue.flags = speech ? cueflag::Speech : cueflag::Belief;
    return true;
}

// "accepted that mistakes had been made": a concession, in court and inquest reports above all;
// only before "that" ("accepted the nomination" reports nothing).
bool concessionCue(const Analysis& a, std::uint32_t i, Cue& cue)
{
    if (i + 2 >= a.tokenCount() || !a.keyIs(i + 1, "that") || !a.isLowerWord(i) ||
        !a.keyIsOneOf(i, "accept", "accepts", "accepted", "accepting"))
        return false;
    cue.flags = cueflag::Speech;
    cue.form = a.keyIs(i, "accepted") ? CueForm::Past : a.keyIs(i, "accepts") ? CueForm::ThirdPerson
             : a.keyIs(i, "accepting")  ? CueForm::Gerund
                                        : CueForm::Base;
    return true;
}

// "Trump is confident that …", "officials remain wary about …", "she made it clear that …": a
// stance adjective after a copula, and "made clear", take a report as a verb does. On PolNeAR
// train these adjectives before "that" or "about" are gold cues in about half their uses.
bool stanceAdjectiveCue(const Analysis& a, std::uint32_t i, Cue& cue)
{
    static constexpr std::string_view kAdjectives[] = {
        "confident", "aware", "unaware", "concerned", "skeptical", "sceptical", "hopeful", "optimistic",
        "pessimistic", "wary", "nervous", "adamant", "convinced", "certain", "fearful", "insistent"};
    const std::uint32_t n = a.tokenCount();
    if (i + 1 >= n || !(a.keyIs(i + 1, "that") || a.keyIs(i + 1, "about")))
        return false;
    const std::uint32_t prev = previousVerbContext(a, i);
    if (prev >= n)
        return false;
    if (a.keyIs(i, "clear")) {
        std::uint32_t verb = prev;
        if (a.keyIs(verb, "it") && verb > 0)
            verb = verb - 1;  // "made it clear that"
        if (!a.keyIs(i + 1, "that") || !(a.keyIs(verb, "made") || a.keyIs(verb, "make") || a.keyIs(verb, "makes") ||
                                         a.keyIs(verb, "making")))
            return false;
        cue.token = verb;
        cue.flags = cueflag::Speech;
        cue.form = a.keyIs(verb, "making") ? CueForm::Gerund : a.keyIs(verb, "made") ? CueForm::Past : CueForm::ThirdPerson;
        return true;
    }
    bool adjective = false;
    for (std::string_view word : kAdjectives)
        adjective = adjective || a.keyIs(i, word);
    if (!adjective)
        return false;
    const std::string_view copula = a.key(prev);
    static constexpr std::string_view kCopulas[] = {"is", "are", "was", "were", "be", "been", "being", "'m", "'re", "'s",
                                                    "remain", "remains", "remained", "seem", "seems", "seemed",
                                                    "feel", "feels", "felt", "became", "become", "grew", "appeared"};
    bool linked = false;
    for (std::string_view word : kCopulas)
        linked = linked || copula == word;
    if (!linked)
        return false;
    if (!a.is(prev, wc::Auxiliary))
        cue.token = prev;  // "Officials remain wary about …": the subject stands before the verb
    cue.flags = cueflag::Belief;
    cue.form = CueForm::Past;
    return true;
}

// "As one council officer put it, the vote “will be close”": a frame that reports what follows
// (the verb is in no lexicon: "put" alone reports nothing).
bool asPutIt(const Analysis& a, std::uint32_t i, Cue& cue)
{
    if (!a.keyIs(i, "put") || i + 2 >= a.tokenCount() || !a.keyIs(i + 1, "it") || !a.isPunct(i + 2, ','))
        return false;
    const std::uint32_t start = a.sentenceOf(i).firstToken;
    for (std::uint32_t k = i; k > start && i - k < 8;)
        if (a.keyIs(--k, "as")) {
            cue.endToken = i + 2;  // "put it"
            cue.flags = cueflag::Speech;
            cue.form = CueForm::Past;
            return true;
        }
    return false;
}

// "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead": a poll or survey
// opening the sentence is the source of the clause after its comma (PolNeAR train: 17 of the 19
// such openings are attributions, the poll the source and the whole clause the content, even
// when the clause has a verb of its own: "… poll, 75 percent of Republicans said …"). The cue is
// "In"; its phrase ends at surveyPhraseEnd.
bool surveyOpening(const Analysis& a, std::uint32_t i, Cue& cue)
{
    const std::uint32_t comma = surveyPhraseEnd(a, i);
    if (comma == 0)
        return false;
    const Sentence& s = a.sentenceOf(i);
    std::uint32_t words = 0;
    for (std::uint32_t t = comma + 1; t < s.endToken; ++t) {
        words += a.isWordLike(t) ? 1 : 0;
        // ("In a Harlow College poll, 41 percent of likely voters said they …": the respondents'
        // own report is read as theirs; PolNeAR gives the poll the whole clause, our corpus the
        // respondents, and these are the words the sentence gives them)
        // (nor "…, Democracy Corp found that …", "…, 73 percent of Americans accepted that …")
        if (words <= 10 && (a.keyIsOneOf(t, "said", "say", "says", "told") || (a.is(t, wc::Cue) && t + 1 < s.endToken && a.keyIs(t + 1, "that"))))
            return false;
    }
    if (words < 3)
        return false;  // ("In the polls, anyway.")
    cue.kind = CueKind::AccordingTo;
    cue.flags = cueflag::Speech | cueflag::Strong;
    return true;
}

// "summed up Clinton as “terrible,”", "dismissed the plan as a “gimmick”": a verb whose object is
// named "as" a quotation names it, whatever the verb (PolNeAR train: 110 mixed attributions hold
// "as “…”"; 37 of them no rule found before).
// `as` is the next "as" before a quotation after token i (see namingAsTokens), or tokenCount().
bool namingAhead(const Analysis& a, std::uint32_t i, std::uint32_t as, Cue& cue)
{
    if (as >= a.tokenCount() || as < i + 2 || as - i > 10)
        return false;
    const std::string_view k = a.key(i);
    // ("has gone after Trump as a “con artist”", "took Clinton to task as …": irregular pasts too)
    const bool irregular = a.keyIsOneOf(i, "went", "gone", "took", "cast", "hit");
    if (!a.isLowerWord(i) || a.insideQuote(i) || (k.size() < 4 && !irregular) || a.is(i, wc::Auxiliary | wc::Preposition | wc::Determiner) ||
        !(k.ends_with("ed") || k.ends_with("s") || k.ends_with("ing") || irregular) || k.ends_with("ss") ||
        a.sentenceOf(as).firstToken > i || (i > 0 && countedPlural(a, i, i - 1)))  // (not "sold 60 tonnes of … as “…”")
        return false;
    for (std::uint32_t t = i + 1; t < as; ++t) {
        // (a cue's word after an article or a modifier is a noun: "rated 22% of Democratic claims as “…”")
        const bool noun = a.is(t, wc::Cue) && !a.is(t, wc::Auxiliary) && t > i + 1 && a.isLowerWord(t) &&
                          !a.key(t).ends_with("ed") && !a.key(t).ends_with("ing") &&  // (not "… Ledger listed")
                          (a.is(t - 1, wc::Determiner) || a.isCapitalized(t - 1) || a.token(t - 1).kind == TokenKind::Number);
        if (a.isPunct(t, ',') || a.token(t).kind == TokenKind::QuoteMark || (a.is(t, wc::Cue | wc::Auxiliary) && !noun))
            return false;
    }
    cue.flags = cueflag::Naming | cueflag::Speech | cueflag::TakesObject;
    cue.form = k.ends_with("ing") ? CueForm::Gerund : k.ends_with("ed") || irregular ? CueForm::Past : CueForm::ThirdPerson;
    // ("has been steadily pounding Trump as a “con artist”": a progressive, finite, whose subject is the sentence's)
    std::uint32_t prev = i;
    while (prev > 0 && i - prev < 4 && a.isAdverbLike(prev - 1))
        --prev;
    if (cue.form == CueForm::Gerund && prev > 0 && a.keyIsOneOf(prev - 1, "is", "are", "was", "were", "been", "be", "am")) {
        cue.form = CueForm::Past;
        cue.afterAuxiliary = true;
    }
    if (a.keyIs(i + 1, "after"))
        cue.endToken = i + 2;  // "went after": the particle is the verb's
    return true;
}

// Every "as" followed, within a few words of its sentence and before a comma, by a quotation:
// "as “terrible”", "as the epitome of the “rigged system”". Found from the quotations, which
// are few, not from every token.
std::vector<std::uint32_t> namingAsTokens(const Analysis& a)
{
    std::vector<std::uint32_t> out;
    for (const Quotation& q : a.quotes().quotations) {
        const std::uint32_t open = q.pieces.front().openToken;  // the opening mark
        const std::uint32_t start = a.sentenceOf(open).firstToken;
        for (std::uint32_t as = open; as > start;) {
            --as;
            // (not "as mayor says city is ‘…’": a clause with its own verb, "as" its conjunction)
            if (q.firstToken() - as > 6 || a.isPunct(as, ',') || a.insideQuote(as) || a.is(as, wc::Cue))
                break;
            if (a.keyIs(as, "as")) {
                if (out.empty() || out.back() < as)
                    out.push_back(as);
                break;
            }
        }
    }
    return out;
}

// "Pence was asked about the comment", "she was asked whether …": the question is reported,
// its asker unnamed (PolNeAR gives these no source).
bool askedQuestion(const Analysis& a, std::uint32_t i, std::uint32_t prev)
{
    const WordInfo* info = a.word(i);
    if (!info || info->lemma != "ask" || prev >= a.tokenCount() || !isPassiveAuxiliary(a, prev) || i + 1 >= a.tokenCount())
        return false;
    const std::uint32_t next = i + 1;
    return a.keyIs(next, "about") || a.keyIs(next, "whether") || a.keyIs(next, "if") || a.keyIs(next, "what") ||
           a.keyIs(next, "how") || a.keyIs(next, "why");
}

// "Rubio: I Still Believe …", "Frank Newport and Jim Harter: “We found …”": a colon right
// after names that open the sentence (or follow a dash), with words after it.
// A headline's "Clinton camp:", "Former AG Mukasey at RNC:", "Clinton to Planned Parenthood:": in
// the article's first paragraph, a few words with no verb before the colon, the first capitalised.
bool headlineLabel(const Analysis& a, const Sentence& s, std::uint32_t colon)
{
    if (a.paragraphOf(colon) != 0 || colon - s.firstToken > 6 || !a.isCapitalized(s.firstToken))
        return false;
    for (std::uint32_t k = s.firstToken; k < colon; ++k)
        if (!a.isWord(k) || (a.isLowerWord(k) && a.is(k, wc::Cue | wc::Verb | wc::Auxiliary | wc::Pronoun | wc::Subordinator | wc::Negation)))
            return false;  // (a capitalised "Planned Parenthood" is a name)
    return true;
}

// "Analysis", "Update", "Photo", "Editor's note": a page's label before a colon, which names no one.
bool sectionLabel(const Analysis& a, std::uint32_t word)
{
    return a.keyIsOneOf(word, "q&a", "analysis", "opinion", "editorial", "exclusive", "breaking", "update",
                        "updated", "watch", "video", "live", "review", "explainer", "factbox",
                        "timeline", "photos", "correction", "commentary", "listen", "read", "map",
                        "graphic", "chart", "photo", "related", "more", "see", "also", "interview",
                        "contributing", "contributors", "source", "sources", "credit", "note",
                        "revealed", "look", "wow", "bombshell", "email", "boom", "busted",
                        "confirmed", "just", "shocking", "must", "huge", "warning", "alert");
}

// Does a paragraph other than `paragraph` open with a label in capitals and a colon ("OKAFOR:"),
// as a transcript's turns do?
bool otherLabelledParagraph(const Analysis& a, std::uint32_t paragraph)
{
    const auto& paragraphs = a.seg().paragraphs;
    for (std::uint32_t p = 0; p < paragraphs.size(); ++p) {
        if (p == paragraph)
            continue;
        for (std::uint32_t k = paragraphs[p].firstToken; k < paragraphs[p].endToken && k < paragraphs[p].firstToken + 4; ++k) {
            if (a.isPunct(k, ':'))
                return k > paragraphs[p].firstToken;
            if (!a.token(k).has(tokflag::AllCaps))
                break;
        }
    }
    return false;
}

// Is `paragraph` the first of the body: only short lines (a byline, a credit) between it and the headline?
bool firstBodyParagraph(const Analysis& a, std::uint32_t paragraph)
{
    const auto& paragraphs = a.seg().paragraphs;
    for (std::uint32_t p = 1; p < paragraph; ++p) {
        std::uint32_t words = 0;
        for (std::uint32_t k = paragraphs[p].firstToken; k < paragraphs[p].endToken; ++k)
            words += a.isWordLike(k) ? 1 : 0;
        if (words > 6)
            return false;
    }
    return true;
}

bool isColonCue(const Analysis& a, std::uint32_t colon)
{
    const Sentence& s = a.sentenceOf(colon);
    if (colon == s.firstToken || colon + 2 >= s.endToken || colon - s.firstToken > 8)
        return false;
    // ("Castlebridge Town 2-1 Ashworth Athletic: Dunlop says late winner …": a name and its own
    // speech verb after the colon say who speaks; what stands before it is the topic)
    for (std::uint32_t k = colon + 1; k < s.endToken && k < colon + 5 && a.isCapitalized(k); ++k)
        if (k + 1 < s.endToken && a.isLowerWord(k + 1) && a.is(k + 1, wc::Cue) && a.word(k + 1) &&
            (a.word(k + 1)->cueFlags & cueflag::Speech) &&
            (a.word(k + 1)->cueForm == CueForm::ThirdPerson || a.word(k + 1)->cueForm == CueForm::Past ||
             a.word(k + 1)->cueForm == CueForm::PastOrParticiple))
            return false;
    std::uint32_t first = colon;
    while (first > s.firstToken) {
        const std::uint32_t k = first - 1;
        const bool nameLike = a.isCapitalized(k) || a.token(k).has(tokflag::Possessive) || a.keyIs(k, "and");
        if (!nameLike)
            break;
        first = k;
    }
    if (first != s.firstToken && headlineLabel(a, s, colon))
        first = s.firstToken;  // "Clinton camp: Trump's Islamophobia threatens national security"
    const bool opens = first == s.firstToken || a.isPunct(first - 1, '-') || a.isPunct(first - 1, 0x2014) ||
                       a.isPunct(first - 1, 0x2013) ||
                       (first == s.firstToken + 1 && a.token(s.firstToken).kind == TokenKind::QuoteMark &&
                        !a.insideQuote(s.firstToken));  // "“WALLACE: …" — a transcript turn
    if (!opens || first == colon || !a.isCapitalized(first) || a.is(first, wc::NotAName | wc::TimeWord))
        return false;
    if (colon - first == 1 && a.str(first).size() < 2)
        return false;  // "Q:" and "A:" in interviews name no one
    for (std::uint32_t k = first; k < colon; ++k)
        if (a.is(k, wc::Adverb) || (a.key(k).size() > 5 && a.key(k).ends_with("ly") && !a.is(k, wc::FirstName)) ||
            ((k + 1 == colon || (k == first && colon - first == 2)) && a.key(k).size() > 4 && a.key(k).ends_with("ed") &&
             !a.keyIs(k, "united") && !a.is(k, wc::FirstName)))  // (and "Revamped UX:")
            return false;  // "Tech Enabled: …", "Technically Literate: …": a page's section, which no name is
    if (colon - first == 1 && sectionLabel(a, first))
        return false;  // "Q&A: What the rules mean", "Analysis: …": a section label, not a speaker
    for (std::string_view label : {"latest"sv, "updates"sv, "live"sv, "explained"sv, "recap"sv, "highlights"sv, "timeline"sv,
                                   "more"sv})  // ("Learn More: Seven Tips for …": a page's link)
        if (a.keyIs(colon - 1, label))
            return false;  // "Storm Latest: Power Cut To 40,000 Homes": a running story's label
    if (a.paragraphOf(colon) == 0 && a.keyIsOneOf(colon + 1, "how", "why", "what", "when", "where", "who", "which"))
        return false;  // "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc …": an explainer's topic (not "KATE BOULDUAN: Why not debate")
    if (colon - first >= 2 && a.isLowerWord(colon - 1) && !a.is(colon - 1, wc::PersonRole | wc::CollectiveSource | wc::OrgNoun) &&
        a.is(colon - 2, wc::Country | wc::Demonym))
        return false;  // "Zimbabwe coup: Robert Mugabe …": a country's event, no one who speaks (not "Clinton camp:")
    // A transcript's turn ("OKAFOR: Barely. But …") runs to the paragraph's end.
    const bool label = colon - first <= 3 && a.token(first).has(tokflag::AllCaps);
    if (label && first == a.seg().paragraphs[a.paragraphOf(colon)].firstToken && a.paragraphOf(colon) >= 1 &&
        a.paragraphOf(colon) <= 3 && !inTitleLine(a, colon) && firstBodyParagraph(a, a.paragraphOf(colon)) &&
        !otherLabelledParagraph(a, a.paragraphOf(colon)))
        return false;  // "KOTA LINTANG: Chief Minister … has promised …": a dateline, the only such label in the text
    const std::uint32_t end = label ? a.seg().paragraphs[a.paragraphOf(colon)].endToken : s.endToken;
    std::uint32_t words = 0;
    for (std::uint32_t i = colon + 1; i < end && words < 2; ++i)
        words += a.isWordLike(i);
    return words >= 2;
}

// "Q:" or "A:" opening a paragraph: the labels of an interview printed as questions and answers.
bool interviewLabelAt(const Analysis& a, std::uint32_t colon, std::string_view label)
{
    return colon > 0 && a.isPunct(colon, ':') && a.token(colon - 1).has(tokflag::ParagraphStart) &&
           a.str(colon - 1) == label;
}

bool hasInterviewQuestions(const Analysis& a)
{
    for (const Paragraph& p : a.seg().paragraphs)
        if (p.firstToken + 1 < p.endToken && interviewLabelAt(a, p.firstToken + 1, "Q"))
            return true;
    return false;
}

// A paragraph opened by a name and a colon ("Bramhall: Because the trust …"): the label of a
// transcript's turn. The label's tokens are [firstToken, colon).
std::uint32_t turnLabelColon(const Analysis& a, const Paragraph& p)
{
    std::uint32_t k = p.firstToken;
    while (k < p.endToken && k - p.firstToken < 3 && a.isWord(k) && a.isCapitalized(k) && a.str(k).size() > 1)
        ++k;
    if (k == p.firstToken || k + 1 >= p.endToken || !a.isPunct(k, ':') || sectionLabel(a, k - 1))
        return 0;  // ("Update: …", "Editor's note: …" are no one's turns)
    std::uint32_t words = 0;  // (not a tally: "Clinton: 547.")
    for (std::uint32_t t = k + 1; t < p.endToken && words < 3; ++t)
        words += a.isWord(t);
    return words >= 3 ? k : 0;
}

// An interview or debate printed as turns under title-case labels ("Courier: Why leave now?",
// "Bramhall: Because …"): each paragraph's role, by its label. A label whose turns mostly end in a
// question asks; the others answer. Needs four labelled paragraphs and two labels used twice each.
std::vector<TurnRole> transcriptTurns(const Analysis& a)
{
    const auto& paragraphs = a.seg().paragraphs;
    std::vector<TurnRole> roles;
    std::vector<std::pair<std::string, std::pair<int, int>>> labels;  // label → turns, questions
    std::vector<std::int32_t> labelOf(paragraphs.size(), -1);
    std::size_t labelled = 0;
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const std::uint32_t colon = turnLabelColon(a, paragraphs[p]);
        if (colon == 0)
            continue;
        std::string label;
        for (std::uint32_t k = paragraphs[p].firstToken; k < colon; ++k)
            label += a.key(k);
        auto it = std::find_if(labels.begin(), labels.end(), [&](const auto& l) { return l.first == label; });
        if (it == labels.end())
            it = labels.insert(labels.end(), {label, {0, 0}});
        std::uint32_t last = paragraphs[p].endToken - 1;
        while (last > colon && a.token(last).kind == TokenKind::QuoteMark)
            --last;
        ++it->second.first;
        it->second.second += a.isPunct(last, '?');
        labelOf[p] = static_cast<std::int32_t>(it - labels.begin());
        ++labelled;
    }
    const auto usedTwice = std::count_if(labels.begin(), labels.end(), [](const auto& l) { return l.second.first >= 2; });
    if (labelled < 4 || usedTwice < 2)
        return roles;
    roles.assign(paragraphs.size(), TurnRole::None);
    for (std::size_t p = 0; p < paragraphs.size(); ++p)
        if (labelOf[p] >= 0) {
            const auto& [turns, questions] = labels[static_cast<std::size_t>(labelOf[p])].second;
            roles[p] = 2 * questions >= turns ? TurnRole::Question : TurnRole::Answer;
        }
    return roles;
}

// A sentence written in title case ("Bellwether County Says Trump Should Win GOP Nomination."):
// most of its longer words capitalised.
bool titleCased(const Analysis& a, const Sentence& s)
{
    std::uint32_t words = 0, capitalised = 0;
    for (std::uint32_t t = s.firstToken; t < s.endToken; ++t)
        if (a.isWord(t) && a.str(t).size() > 3) {
            ++words;
            capitalised += a.isCapitalized(t);
        }
    return words > 0 && 10 * capitalised >= 7 * words;
}

// "shot back", "fired back", "hit back": "back" after a past verb of reply is its particle, and
// the pair is the cue (not "is backing", "had backed").
bool backParticleOf(const Analysis& a, std::uint32_t i)
{
    if (i == 0 || !a.isLowerWord(i - 1) || a.is(i - 1, wc::Auxiliary))
        return false;
    return a.keyIsOneOf(i - 1, "shot", "fired", "hit", "struck", "fought", "snapped", "wrote");
}

}  // namespace

std::uint32_t pollAdjunctEnd(const Analysis& a, std::uint32_t i)
{
    if (!a.keyIs(i, "in") || !a.isLowerWord(i) || a.insideQuote(i) || a.token(i).has(tokflag::SentenceStart))
        return 0;
    const Sentence& s = a.sentenceOf(i);
    bool poll = false;
    std::uint32_t end = i + 1;
    for (; end < s.endToken && end - i <= 14; ++end) {
        if (a.isPunct(end, ',') || a.isPunct(end, ';') || a.isPunct(end, ':') || a.isPunct(end, '(') || a.isPunct(end, '.') ||
            a.isPunct(end, '?') || a.isPunct(end, '!') || isDash(a, end) || a.token(end).kind == TokenKind::QuoteMark)
            break;
        if (!poll && (a.is(end, wc::Verb | wc::Auxiliary | wc::Cue | wc::Subordinator | wc::Pronoun) ||
                      a.keyIsOneOf(end, "that", "which", "who", "of", "for", "on", "about")))
            return 0;  // (not "in a poll of voters", "in the polls that …": the poll is no phrase's own head here)
        // (nor "20 percent of people in a recent poll said …", "from 58 percent in the last poll to 55
        // percent", "a lead in the polls over Cruz": the clause goes on after the poll)
        if (poll && (a.is(end, wc::Auxiliary | wc::Cue) || a.keyIs(end, "to") ||
                     (a.isLowerWord(end) && a.is(end, wc::Preposition) && !a.keyIsOneOf(end, "in", "from", "by"))))
            return 0;
        poll = poll || a.keyIsOneOf(end, "poll", "polls", "survey", "surveys", "rankings");
    }
    if (!poll || end - i < 2)
        return 0;
    // (the standing itself before it: a lead, a share, a place)
    const std::uint32_t first = s.firstToken;
    for (std::uint32_t k = i; k > first && i - k <= 14;) {
        --k;
        if (a.isPunct(k, ';') || a.token(k).kind == TokenKind::QuoteMark || a.insideQuote(k))
            return 0;
        if (a.token(k).kind == TokenKind::Number ||
            a.keyIsOneOf(k, "led", "leads", "lead", "leading", "trails", "trailed", "trailing", "ahead", "behind", "percent") ||
            a.keyIsOneOf(k, "points", "second", "third", "fell", "rose", "dropped", "slipped", "climbed", "tied", "neck") ||
            a.keyIsOneOf(k, "stands", "stood", "edge", "edges", "topped", "tops", "high", "low"))
            return end;
    }
    return 0;
}

std::uint32_t surveyPhraseEnd(const Analysis& a, std::uint32_t i)
{
    const std::uint32_t n = a.tokenCount();
    if (!a.keyIs(i, "in") || i + 3 >= n || !a.keyIsOneOf(i + 1, "a", "an", "the", "this", "its", "their", "our", "his", "her"))
        return 0;
    const Sentence& s = a.sentenceOf(i);
    std::uint32_t lead = s.firstToken;
    while (lead < i && (a.is(lead, wc::Conjunction) || a.isPunct(lead, ',')))
        ++lead;
    if (lead != i || a.insideQuote(i))
        return 0;
    bool poll = false;
    std::uint32_t comma = i + 2;
    for (; comma < s.endToken && comma - i <= 16 && !a.isPunct(comma, ',') && !a.isPunct(comma, ';') && !a.isPunct(comma, ':') &&
           a.token(comma).kind != TokenKind::QuoteMark;
         ++comma)
        // (not "In a request for information about the polling places, …", "In a memo released as
        // polls closed Tuesday, …": the poll is the phrase's own noun)
        if (!poll && a.keyIsOneOf(comma, "released", "published", "as", "when", "after", "where", "that", "which", "who"))
            return 0;
        else
            poll = poll || (a.keyIsOneOf(comma, "poll", "polls", "survey", "surveys", "polling") &&
                            !(comma + 1 < s.endToken && a.keyIsOneOf(comma + 1, "places", "place", "stations", "station", "booths")));
    if (!poll || comma >= s.endToken || !a.isPunct(comma, ','))
        return 0;
    if (comma + 1 < s.endToken && a.keyIsOneOf(comma + 1, "conducted", "released", "taken", "published", "carried")) {
        std::uint32_t close = comma + 2;
        while (close < s.endToken && close - comma <= 12 && !a.isPunct(close, ','))
            ++close;
        if (close >= s.endToken || !a.isPunct(close, ','))
            return 0;
        comma = close;
    }
    return comma;
}

bool rulesAcceptCue(const Analysis& a, std::uint32_t token)
{
    if (!a.is(token, wc::Cue))
        return false;
    Cue cue;
    const std::uint32_t prev = previousVerbContext(a, token);
    return !notVerbHere(a, token, prev) && acceptVerb(a, token, prev, cue);
}

bool isHearingAudience(std::string_view key)
{
    for (std::string_view w : {"court"sv, "jury"sv, "jurors"sv, "inquest"sv, "tribunal"sv, "hearing"sv, "trial"sv, "inquiry"sv,
                               "commission"sv, "committee"sv, "panel"sv, "mps"sv})
        if (key == w)
            return true;
    return false;
}

std::uint32_t thatAfterWords(const Analysis& a, std::uint32_t i, std::uint32_t end)
{
    for (std::uint32_t k = i; k < end && k < i + 6; ++k) {
        if (a.keyIs(k, "that"))
            return k;
        if (!a.isWordLike(k) || a.is(k, wc::Verb | wc::Cue | wc::Auxiliary | wc::Pronoun))
            break;
    }
    return end;
}

std::uint32_t reportNounOwner(const Analysis& a, std::uint32_t noun)
{
    const std::uint32_t owner = noun - 1;
    // ("Tulsa police's earlier claim", "his repeated insistence": one modifier between)
    if (owner > 0 && a.isLowerWord(owner) && !a.is(owner, wc::Determiner | wc::Pronoun) && !a.token(owner).has(tokflag::Possessive))
        return owner - 1;
    return owner;
}

std::optional<std::uint32_t> withBeforeNamedSubject(const Analysis& a, std::uint32_t i)
{
    bool named = false;
    for (std::uint32_t k = i; k > 0 && i - k < 9;) {
        --k;
        if (a.keyIs(k, "with") && a.isLowerWord(k))
            return named ? std::optional<std::uint32_t>(k) : std::nullopt;
        const bool nameWord = a.isCapitalized(k) && !a.is(k, wc::Determiner | wc::Pronoun | wc::TimeWord);
        if (!nameWord && !a.isPunct(k, '.') && !(a.keyIs(k, "of") && named))
            return std::nullopt;
        named = named || nameWord;
    }
    return std::nullopt;
}

std::vector<Cue> findCues(const Analysis& a, CueDecision decision)
{
    std::vector<Cue> cues;
    cues.reserve(a.tokenCount() / 32 + 8);  // (a cue every forty tokens or so: the list seldom grows)
    const std::uint32_t n = a.tokenCount();
    const std::vector<std::uint32_t> namingAs = namingAsTokens(a);
    std::size_t nextAs = 0;
    const auto asAfter = [&](std::uint32_t i) {  // the next such "as" from token i + 2 on
        while (nextAs < namingAs.size() && namingAs[nextAs] < i + 2)
            ++nextAs;
        return nextAs < namingAs.size() ? namingAs[nextAs] : n;
    };
    // Can word i, no reporting verb, be a cue of another kind: "according to", a stance adjective
    // before "that" or "about" (stanceAdjectiveCue), a verb naming something "as" a quotation
    // (namingAhead), "as … put it" (asPutIt)? Each of these needs what is asked here first: most
    // words are ruled out by it at once.
    const auto mayBeOtherCue = [&](std::uint32_t i) {
        if (a.keyIs(i, "according") || a.keyIs(i, "put"))
            return true;
        // (a sentence's opening "In", for surveyOpening, or the "in" of a poll's standing: most "in"s
        // are ruled out here)
        if (a.keyIs(i, "in") && (i == 0 || a.token(i).has(tokflag::SentenceStart) || a.is(i - 1, wc::Conjunction) ||
                                 a.isPunct(i - 1, ',') || pollAdjunctEnd(a, i) > 0))
            return true;
        if (i + 1 < n && (a.keyIs(i + 1, "that") || a.keyIs(i + 1, "about")))
            return true;
        if (namingAs.empty())
            return false;
        const std::uint32_t as = asAfter(i);
        return as < n && as >= i + 2 && as - i <= 10;
    };
    const bool interview = hasInterviewQuestions(a);
    const std::vector<TurnRole> turns = transcriptTurns(a);
    const auto turnAt = [&](std::uint32_t i) { return turns.empty() ? TurnRole::None : turns[a.paragraphOf(i)]; };
    const auto pushColon = [&](std::uint32_t i, CueKind kind, bool turn) {
        Cue cue;
        cue.token = i;
        cue.endToken = i + 1;
        cue.kind = kind;
        cue.turn = turn;
        cue.flags = cueflag::Speech;
        cue.span = a.token(i).span;
        cues.push_back(cue);
    };
    for (std::uint32_t i = 0; i < n; ++i) {
        if (a.isPunct(i, ':') && turnAt(i) != TurnRole::None && turnLabelColon(a, a.seg().paragraphs[a.paragraphOf(i)]) == i) {
            // a transcript's turn: the answer runs to the paragraph's end; a question names no one
            // whose words the article reports
            if (turnAt(i) == TurnRole::Answer)
                pushColon(i, CueKind::Colon, true);
            continue;
        }
        if (a.isPunct(i, ':')) {
            // "A:" opening an interview's answer, "Rubio:" a headline's or a transcript's speaker
            if (a.insideQuote(i))
                continue;
            const bool answer = interview && interviewLabelAt(a, i, "A");
            if (answer || isColonCue(a, i))
                pushColon(i, answer ? CueKind::Answer : CueKind::Colon, false);
            continue;
        }
        if (!a.isWord(i) || (!a.is(i, wc::Cue) && !mayBeOtherCue(i)))
            continue;
        // ("The National Forecast Service warned", "Northern Forecasting Service has recorded": a
        // capitalised word between two others inside a sentence is part of a name)
        if (a.isCapitalized(i) && !a.token(i).has(tokflag::SentenceStart) && i > 0 && i + 1 < n && a.isCapitalized(i - 1) &&
            a.isCapitalized(i + 1) && a.isWord(i - 1) && a.isWord(i + 1) && !inTitleLine(a, i) && !titleCased(a, a.sentenceOf(i)))
            continue;
        Cue cue;
        cue.token = i;
        cue.endToken = i + 1;
        bool bareRequest = false;
        if (a.keyIs(i, "according") && i + 1 < n && a.keyIs(i + 1, "to")) {
            cue.kind = CueKind::AccordingTo;
            cue.endToken = i + 2;
            cue.flags = cueflag::Speech | cueflag::Strong;
        } else if (surveyOpening(a, i, cue)) {
            // ("In a CNN poll, …": read as "According to a CNN poll, …")
        } else if (pollAdjunctEnd(a, i) > 0) {
            cue.kind = CueKind::AccordingTo;  // ("… led by 15 points in the latest Fox poll": the same, after the clause)
            cue.flags = cueflag::Speech | cueflag::Strong;
        } else if (!a.is(i, wc::Cue)) {
            if (!stanceAdjectiveCue(a, i, cue) && !concessionCue(a, i, cue) && (namingAs.empty() || !namingAhead(a, i, asAfter(i), cue)) &&
                !asPutIt(a, i, cue) && !nominalCue(a, i, cue))
                continue;
            if ((cue.flags & cueflag::Naming) && i + 1 < n &&
                (a.keyIs(i + 1, "up") || a.keyIs(i + 1, "out") || a.keyIs(i + 1, "off") || a.keyIs(i + 1, "down")))
                cue.endToken = i + 2;  // "summed up Clinton as “terrible”"
        } else {
            const std::uint32_t prev = previousVerbContext(a, i);
            const bool notVerb = notVerbHere(a, i, prev);
            cue.form = a.word(i)->cueForm;
            cue.flags = a.word(i)->cueFlags;
            bareRequest = bareRequestPassive(a, i);
            const bool rules = (!notVerb && acceptVerb(a, i, prev, cue)) || askedQuestion(a, i, prev) || bareRequest;
            if (notVerb && !rules && nominalCue(a, i, cue)) {
                // "his warning that …": no verb here, the noun of a report
            } else if (decision == CueDecision::RulesAndModel && cueModelTrained() && isCueCandidate(a, i) &&
                // ("The inquest was told that …": a report whose source goes unnamed, once "that" follows)
                // ("Anyone with information is asked to contact police": a request, also unnamed)
                (rules || (!notVerb && (!passiveRecipient(a, i, prev) || thatAfterAdjunct(a, i + 1) ||
                                        infinitiveAfter(a, i + 1))))) {
                cue.score = static_cast<float>(cueProbability(a, i, rules));
                // The model overrules the hand-written rules only where it is sure, and never
                // makes a verb of a noun.
                // (nor unmakes the verb of a quotation's attribution: "“…,” the Saudis state in …")
                if (rules ? cue.score < kCueModelReject && !inAttributionSlot(a, i) && !clauseFinalSlot(a, i) && !courtHeard(a, i) &&
                                !studyFinding(a, i, prev) && !courtRuled(a, i) && !subjectVerbThatClause(a, i, prev) &&
                                !documentStates(a, i, prev)
                          : cue.score < kCueModelAccept)
                    continue;
                // (nor a finite verb of a participle with no auxiliary: "a country seen as …", "a
                // state known for …" describe the noun; no one before them said anything)
                if (!rules && cue.form == CueForm::Participle &&
                    !(prev < n && (isPassiveAuxiliary(a, prev) || isPerfectAuxiliary(a, prev) || a.key(prev).ends_with("'ve"))))
                    continue;
            } else if (!rules) {
                continue;
            }
            if (idiomNoReport(a, i))
                continue;
        }
        // (not "argued for years that …": a duration, after which the report comes)
        const bool duration = i + 2 < n && a.keyIs(i + 1, "for") &&
                              (a.keyIs(i + 2, "years") || a.keyIs(i + 2, "months") || a.keyIs(i + 2, "weeks") ||
                               a.keyIs(i + 2, "decades") || a.keyIs(i + 2, "days") || a.keyIs(i + 2, "hours"));
        if (i + 2 < n && a.word(i) && isParticleCue(a.word(i)->lemma, a.key(i + 1)) && a.isWordLike(i + 2) && !duration) {
            // "called for a ban", "called on Trump to apologize", "pushed for a vote": the
            // particle belongs to the cue and the noun phrase after it is the content
            cue.endToken = i + 2;
            cue.flags = static_cast<std::uint8_t>((cue.flags | cueflag::TakesObject | cueflag::Speech) & ~cueflag::Naming);
        }
        if (cue.endToken + 1 < n && a.word(i) && takesPrepositionalObject(a.word(i)->lemma, a.key(cue.endToken)) &&
            a.isWordLike(cue.endToken + 1)) {
            cue.endToken += 1;
            cue.flags = static_cast<std::uint8_t>(cue.flags | cueflag::TakesObject);
        }
        if (a.word(i) && a.word(i)->lemma == "call") {
            // "calls into question whether …", "calls that into question": the idiom is the cue and
            // what it doubts the content, which names nothing
            std::uint32_t into = i + 1;
            while (into + 1 < n && into < i + 6 && a.isWordLike(into) && !a.keyIs(into, "into"))
                ++into;
            if (into + 1 < n && a.keyIs(into, "into") && a.keyIs(into + 1, "question")) {
                if (into == i + 1)
                    cue.endToken = i + 3;
                cue.flags = static_cast<std::uint8_t>((cue.flags | cueflag::TakesObject | cueflag::Speech) & ~cueflag::Naming);
            }
        }
        if (a.word(i) && a.word(i)->lemma == "point") {
            if (i + 1 >= n || !(a.keyIs(i + 1, "out") || a.keyIs(i + 1, "to")))
                continue;
            cue.endToken = i + 2;
            if (a.keyIs(i + 1, "to"))  // "pointed to his record": 41 of 60 uses on PolNeAR train are cues
                cue.flags = static_cast<std::uint8_t>(cue.flags | cueflag::TakesObject);
        }
        // ("Kessling pushed back.", "pushed back on the claim": the particle is the cue's, no content)
        if (cue.endToken + 1 < n && cue.endToken == i + 1 && a.keyIs(cue.endToken, "back") &&
            (a.isPunct(cue.endToken + 1, '.') || a.isPunct(cue.endToken + 1, ';') || a.keyIsOneOf(cue.endToken + 1, "on", "against")))
            cue.endToken += 1;
        if (a.word(i) && a.word(i)->lemma == "back" && backParticleOf(a, i))
            cue.token = i - 1;  // "Bennett shot back", "Clinton fired back": the verb and its particle
        cue.span = {a.token(cue.token).span.begin, a.token(cue.endToken - 1).span.end};  // "made it clear"
        cue.insideQuote = a.insideQuote(i) || turnAt(i) != TurnRole::None;  // (said inside a transcript's turn)
        // (the form first: a look back for the auxiliary only where a participle could follow one)
        if (cue.form == CueForm::PastOrParticiple || cue.form == CueForm::Participle)
            if (const std::uint32_t prev = previousVerbContext(a, i); bareRequest || (prev < n && isPassiveAuxiliary(a, prev) && !contractedHas(a, prev, i)))
                cue.passive = true;
        cues.push_back(cue);
    }
    return cues;
}

std::string dump(const Analysis& a, const std::vector<Cue>& cues)
{
    std::string out;
    for (const Cue& cue : cues) {
        out += a.str(cue.span);
        if (cue.insideQuote)
            out += " (quoted)";
        out += '\n';
    }
    return out;
}

}  // namespace ql
