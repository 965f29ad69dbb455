#include "extract/speaker_resolver.h"

#include "extract/attribution.h"
#include "extract/confidence.h"
#include "extract/entity_registry.h"
#include "extract/us_states.h"
#include "text/chars.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <limits>
#include <utility>

namespace ql {

using namespace std::string_view_literals;  // (a list of "…"sv needs no strlen at run time)

namespace {

using namespace lexicon;

// A name mention or an attribution's source, placed in reading order.
struct Event {
    std::uint32_t position = 0;
    std::int32_t attribution = -1;      // >= 0: the source of this attribution
    const SourcePhrase* name = nullptr; // otherwise: a proper-name mention
    bool inSource = false;              // the name lies in an attribution's source
};

// "services", "forces", "supplies": the plural of a body's noun ("service"), no name alone.
bool pluralOfBodyNoun(std::string_view key)
{
    if (key.size() < 4 || key.back() != 's')
        return false;
    std::string singular(key.substr(0, key.size() - 1));
    if (key.ends_with("ies"))
        singular = std::string(key.substr(0, key.size() - 3)) + "y";
    const lexicon::WordInfo* info = lexicon::lookup(singular);
    return info && (info->classes & wc::OrgNoun);
}

// A one-word name that opens a sentence and that the lexicon does not know as a given name or a
// country ("Overall, …", "Duarte said …"): kept only on the evidence of capitalisedInside.
// (inlined: asked twice of every name mention)
[[gnu::always_inline]] inline bool openerNeedsEvidence(const Analysis& a, const SourcePhrase& p)
{
    // (a body's noun in the plural needs it too: "Services will return to normal, the company said";
    // and a business's: "Publisher pulls chef’s memoir")
    if (p.endToken - p.firstToken > 1)
        return false;
    const Token& t = a.token(p.firstToken);
    // (or a dateline's dash: "TESSALY CAMP, Dranmoor — Shortly after dawn, …")
    // (the look-ups last: asked only of the few one-word bodies that open a sentence)
    return (t.has(tokflag::SentenceStart) || t.has(tokflag::ParagraphStart) || (p.firstToken > 0 && isDash(a, p.firstToken - 1))) &&
           !a.is(p.firstToken, wc::FirstName | wc::Country) &&
           (p.type != SpeakerType::Organization || pluralOfBodyNoun(a.key(p.firstToken)) || isBusinessNoun(a.key(p.firstToken)));
}

// Of the words of such openers, those that the article writes capitalised somewhere other than
// at a sentence start: evidence that the opener is a name. (Only the few openers are looked
// for, not every capitalised word of the article collected.)
std::vector<std::string_view> capitalisedInside(const Analysis& a, const std::vector<SourcePhrase>& names)
{
    std::vector<std::string_view> openers;
    // Two bits per opener, one from its length and last letter, one from its middle letter: most
    // capitalised words need no compare.
    std::uint64_t signatures = 0, middles = 0;
    const auto signature = [](std::string_view w) {
        return std::uint64_t{1} << ((w.size() * 5 + static_cast<unsigned char>(w.back())) & 63u);
    };
    const auto middle = [](std::string_view w) {
        return std::uint64_t{1} << (static_cast<unsigned char>(w[w.size() / 2]) & 63u);
    };
    for (const SourcePhrase& p : names)
        if (openerNeedsEvidence(a, p) && std::find(openers.begin(), openers.end(), a.str(p.firstToken)) == openers.end()) {
            openers.push_back(a.str(p.firstToken));
            signatures |= signature(openers.back());
            middles |= middle(openers.back());
        }
    std::vector<std::string_view> seen;
    if (openers.empty())
        return seen;
    for (std::uint32_t i = 0; i < a.tokenCount(); ++i) {
        const Token& t = a.token(i);
        // a.isCapitalized(i), not at a sentence's or a paragraph's start, as one test of the flags
        // (first: most tokens are not capitalised, and need no test of their kind)
        if ((t.flags & (tokflag::Capitalized | tokflag::Possessive | tokflag::SentenceStart | tokflag::ParagraphStart)) !=
                tokflag::Capitalized ||
            t.kind != TokenKind::Word || (i > 0 && isDash(a, i - 1)))
            continue;
        const std::string_view word = t.span.in(a.text());
        if (!(signatures & signature(word)) || !(middles & middle(word)))
            continue;
        // ("Al-Haddad" opening a sentence, "al-Haddad" inside one: an article's capital is the position's)
        const auto opener = std::find_if(openers.begin(), openers.end(), [&](std::string_view o) {
            return o.size() == word.size() && o.substr(1) == word.substr(1) && (o[0] | 0x20) == (word[0] | 0x20);
        });
        if (opener != openers.end() && std::find(seen.begin(), seen.end(), *opener) == seen.end()) {
            seen.push_back(*opener);
            if (seen.size() == openers.size())
                break;
        }
    }
    return seen;
}

// Where a sentence's dateline ends (afterDateline), found once a sentence: the name mentions
// come in text order, and a sentence often names several.
class DatelineEnds {
public:
    explicit DatelineEnds(const Analysis& a) : m_a(a) {}

    std::uint32_t after(std::uint32_t token)
    {
        const std::uint32_t sentence = m_a.token(token).sentence;
        if (sentence != m_sentence) {
            const Sentence& s = m_a.seg().sentences[sentence];
            m_sentence = sentence;
            m_end = afterDateline(m_a, s.firstToken, s.endToken);
        }
        return m_end;
    }

private:
    const Analysis& m_a;
    std::uint32_t m_sentence = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t m_end = 0;
};

bool keepNameMention(const Analysis& a, const SourcePhrase& p, DatelineEnds& datelines,
                     const std::vector<std::string_view>& inside)
{
    // ("GLASGOW (Reuters) - …": the place and the agency of a dateline are no one the article talks about)
    if (datelines.after(p.firstToken) >= p.endToken)
        return false;
    return !openerNeedsEvidence(a, p) || std::find(inside.begin(), inside.end(), a.str(p.firstToken)) != inside.end();
}

// "under LED lights", "its GPS trackers": initials that qualify a thing's noun name no one the
// article talks about (but "UN officials", "NATO allies" name their body).
bool initialsQualifyThing(const Analysis& a, const SourcePhrase& p)
{
    const std::uint32_t next = p.endToken;
    return p.endToken == p.firstToken + 1 && a.token(p.firstToken).has(tokflag::AllCaps) && next < a.tokenCount() &&
           p.firstToken > 0 && a.isLowerWord(p.firstToken - 1) && a.isLowerWord(next) &&
           !a.is(next, wc::Verb | wc::Cue | wc::Auxiliary | wc::Preposition | wc::Conjunction | wc::Adverb | wc::Pronoun |
                           wc::Determiner | wc::Subordinator | wc::PersonRole | wc::OrgNoun | wc::CollectiveSource) &&
           !a.isAdverbLike(next) && !a.key(next).ends_with("ed");
}

// A person's name in a relative clause of the phrase before it ("Odessa Quill, who founded Quill
// Motion with her brother, Simon Quill, said"): someone the text names, not the source it belongs to.
bool personInRelativeClause(const Analysis& a, const SourcePhrase& name)
{
    // (not "Carson, who will address the Republican National Convention"; but a company's name,
    // "which pays a private company, Corwell Secure Services, to run it", is one the story may use again)
    if (name.type != SpeakerType::Person && name.gender == Gender::Unknown && name.type != SpeakerType::Organization)
        return false;
    const std::uint32_t start = a.sentenceOf(name.firstToken).firstToken;
    for (std::uint32_t i = name.firstToken; i > start + 1 && name.firstToken - i < 16; --i)
        if (a.keyIsOneOf(i - 1, "who", "whose", "which") && a.isPunct(i - 2, ','))
            return true;
    return false;
}

// The gender a source's relative clause gives it: "Sandy Phillips, who lost her daughter …" is a
// woman, "Quill, who founded the firm with his sister" a man.
Gender genderOfRelativeClause(const Analysis& a, const SourcePhrase& p)
{
    for (std::uint32_t i = p.firstToken + 1; i + 3 < p.endToken; ++i) {
        if (!a.keyIs(i, "who") || !a.isPunct(i - 1, ','))
            continue;
        for (std::uint32_t k = i + 1; k + 1 < p.endToken && k < i + 10; ++k)
            if ((a.keyIs(k, "his") || a.keyIs(k, "her")) && isKinNoun(a.key(k + 1)))
                return a.keyIs(k, "his") ? Gender::Male : Gender::Female;
        break;
    }
    return Gender::Unknown;
}

// The role a source's relative clause gives it: "Councillor Dev Anand, who chairs the planning
// committee," is its chair, "…, who heads the agency," its head; empty for other clauses.
std::string roleOfRelativeClause(const Analysis& a, const SourcePhrase& p)
{
    static constexpr std::pair<std::string_view, std::string_view> kVerbs[] = {
        {"chairs", "chair"}, {"heads", "head"}, {"leads", "leader"}, {"directs", "director"},
        {"manages", "manager"}, {"coaches", "coach"}, {"edits", "editor"}, {"founded", "founder"}};
    for (std::uint32_t i = p.firstToken + 1; i + 2 < p.endToken; ++i) {
        if (!a.keyIs(i, "who") || !a.isPunct(i - 1, ','))
            continue;
        for (const auto& [verb, role] : kVerbs)
            if (a.keyIs(i + 1, verb))
                return std::string(role) + " of " +
                       std::string(a.text().substr(a.token(i + 2).span.begin, a.token(p.endToken - 1).span.end - a.token(i + 2).span.begin));
        break;
    }
    return {};
}

// A name that opens its sentence, or stands in apposition to the short role that does ("The
// runner-up, Ethiopia's Meseret Alemu, finished …"): most often the subject.
bool opensSentence(const Analysis& a, const SourcePhrase& name)
{
    const std::uint32_t first = name.firstToken;
    if (a.token(first).has(tokflag::SentenceStart))
        return true;
    // (or after its "The", a team's plural: "The Portholme Lancers fired …"; not "The Orbis Lens 2 weighs")
    const std::string_view last = a.key(name.endToken - 1);
    if (first > 0 && a.keyIs(first - 1, "the") && a.token(first - 1).has(tokflag::SentenceStart) && name.endToken > first + 1 &&
        last.size() > 3 && last.ends_with("s") && !last.ends_with("ss") &&
        !(name.endToken < a.tokenCount() && a.token(name.endToken).kind == TokenKind::Number))  // (a model's number)
        return true;
    if (first < 2 || !a.isPunct(first - 1, ',') || name.endToken >= a.tokenCount())
        return false;
    const std::uint32_t start = a.sentenceOf(first).firstToken;
    // ("Outside, Luca Ferrante was already talking …", "On Friday, Ms Hale told …": a short opening
    // phrase, then the name as the subject of the verb after it)
    if (!a.isPunct(name.endToken, ',')) {
        if (first - 1 - start > 4 || !a.is(start, wc::Adverb | wc::Preposition | wc::TimeWord) || !a.isLowerWord(name.endToken) ||
            !(a.is(name.endToken, wc::Auxiliary | wc::Verb | wc::Cue) || a.isAdverbLike(name.endToken)))
            return false;
        for (std::uint32_t k = start; k + 1 < first; ++k)
            if (!a.isWordLike(k) || a.is(k, wc::Verb | wc::Cue | wc::Auxiliary | wc::Pronoun))
                return false;
        return true;
    }
    if (first - 1 - start > 5)
        return false;
    for (std::uint32_t k = start; k + 1 < first; ++k)
        if (!a.isWordLike(k) || a.is(k, wc::Verb | wc::Cue | wc::Auxiliary | wc::Preposition | wc::Pronoun))
            return false;
    return a.is(start, wc::Determiner);  // "The runner-up", "Her coach"
}

// "Lake Orlo", "Mount Hood", "Baker Street", "the Pacific Ocean": a place by its first or last word
// (not "Michael Bay": a given name makes a person)
// (inlined: asked twice of every name mention)
[[gnu::always_inline]] inline bool isPlaceName(const Analysis& a, const SourcePhrase& p)
{
    return p.endToken > p.firstToken + 1 && (a.is(p.firstToken, wc::PlaceWord) || a.is(p.endToken - 1, wc::PlaceWord)) &&
           !a.is(p.firstToken, wc::FirstName);
}

// "in South Carolina", "from Leeds", "Gulf allies", "Obama administration": a name that stands for
// a place or modifies a noun, which no "he" or "she" refers to.
bool placeOrModifier(const Analysis& a, const SourcePhrase& p)
{
    if (p.firstToken > 0 && a.is(p.firstToken - 1, wc::Preposition)) {
        for (std::string_view w : {"in"sv, "at"sv, "from"sv, "near"sv, "across"sv, "throughout"sv, "outside"sv, "inside"sv, "around"sv})
            if (a.keyIs(p.firstToken - 1, w))
                return true;
    }
    if (isPlaceName(a, p))
        return true;
    // ("an interview with the Harrisburg Sentinel": a name of two words or more after "the", with no
    // given name, honorific or role in it, is a thing's or a body's, never "he")
    if (p.firstToken > 0 && a.keyIs(p.firstToken - 1, "the") && p.endToken >= p.firstToken + 2 && !p.plural) {
        bool personWord = false;
        for (std::uint32_t k = p.firstToken; k < p.endToken && !personWord; ++k)
            personWord = a.is(k, wc::FirstName | wc::Honorific | wc::PersonRole | wc::TitleAbbreviation);
        if (!personWord)
            return true;
    }
    const std::uint32_t next = p.endToken;
    if (next >= a.tokenCount() || !a.isLowerWord(next) || a.is(next, wc::Verb | wc::Cue))
        return false;
    if (a.is(next, wc::PersonRole | wc::OrgNoun | wc::CollectiveSource))
        return true;
    // "the Carrick Point lighthouse", "the Smith family": after an article, before a plain noun
    // (or a headline's preposition: "collide in fog on Sallowfield bypass")
    return p.firstToken > 0 && (a.keyIs(p.firstToken - 1, "the") || (a.isLowerWord(p.firstToken - 1) && a.is(p.firstToken - 1, wc::Preposition) && inTitleLine(a, p.firstToken))) &&
           !a.is(next, wc::Auxiliary | wc::Preposition | wc::Conjunction | wc::Adverb | wc::Pronoun | wc::Determiner |
                           wc::Subordinator) &&
           !a.isAdverbLike(next);
}

// "Gordon and Ruth Pennock, both 71,": two people, each of whom the article may name later
bool isCouple(const Analysis& a, const SourcePhrase& p)
{
    const std::uint32_t first = p.firstToken;
    return p.plural && first + 3 < p.endToken && a.is(first, wc::FirstName) && a.keyIs(first + 1, "and") &&
           a.is(first + 2, wc::FirstName);
}

class Resolver {
public:
    Resolver(const Analysis& a, const std::vector<Cue>& cues, std::vector<Attribution> attributions)
        : m_a(a), m_cues(cues), m_attributions(std::move(attributions)), m_speakerOf(m_attributions.size(), -1),
          m_alternatives(m_attributions.size()), m_follows(m_attributions.size(), -1)
    {
    }

    AnnotationSet run();

private:
    void resolveSource(std::size_t index);
    SourcePhrase withOwnersSurname(const SourcePhrase& p, std::uint32_t paragraph) const;
    std::string unionNamedBeforeNoun(const SourcePhrase& p) const;
    std::string companyOfItsBoard(const SourcePhrase& p) const;
    void notTheAsker(const SourcePhrase& pronoun, Resolution& r) const;
    void notNamedInTheQuestion(const SourcePhrase& pronoun, Resolution& r) const;
    std::int32_t roleOpeningSentenceBefore(const SourcePhrase& p, std::uint32_t paragraph) const;
    std::int32_t bodyOwningSentence(const SourcePhrase& pronoun, std::uint32_t paragraph) const;
    std::int32_t issuerOfStatement(std::size_t index, std::uint32_t paragraph) const;
    std::int32_t bodyOwningFrom(std::uint32_t first, std::uint32_t paragraph) const;
    std::int32_t bodyOwningUnit(const SourcePhrase& p, std::uint32_t paragraph) const;
    std::int32_t issuerOfRelease(std::size_t index) const;
    struct DocumentAuthor {
        SourcePhrase name;        // the author's name phrase, spanning the document's source words
        std::int32_t entity = -1;  // or the entity that spoke in the document's sentence
        bool found() const { return name.valid() || entity >= 0; }
    };
    DocumentAuthor authorOfDocument(const SourcePhrase& p, std::size_t index) const;
    std::int32_t bodyByItsWords(const SourcePhrase& p) const;
    std::int32_t kinNamedBefore(const SourcePhrase& p) const;
    bool familyModifier(const SourcePhrase& name) const;
    std::int32_t kinBySurname(const SourcePhrase& p, std::uint32_t paragraph) const;
    std::string familySurname(const SourcePhrase& name, const std::vector<SourcePhrase>& names) const;
    DocumentAuthor authorOfSameDocument(std::uint32_t before, std::size_t index) const;
    bool capitalisedByPosition(const SourcePhrase& p) const;
    std::int32_t namedPolice() const;
    std::int32_t bodyOfPanel(const SourcePhrase& p, std::string_view preposition = "of");
    std::int32_t personOfAge(const SourcePhrase& p, std::uint32_t before) const;
    std::int32_t relativeByAge(const SourcePhrase& p) const;
    bool kinBeforeMention(std::int32_t entity, std::span<const std::string_view> kin) const;
    Gender pronounGenderAt(std::uint32_t offset) const;
    void resolveForward();
    bool portfolioFor(const SourcePhrase& p) const;
    void describedThenNamed();
    struct NamedLater {
        std::int32_t entity = -1;
        std::uint32_t at = 0;  // byte offset of the name
    };
    NamedLater nameGivenLater(const SourcePhrase& p, const std::array<std::string_view, 4>& heads, std::size_t headCount) const;
    bool namesDescribed(const SourcePhrase& q, std::string_view head, bool indefinite) const;
    void headlineByContent(const std::vector<bool>& namedInBody);
    void followHeadlineLinks(const std::vector<std::int32_t>& resolvedInOrder, const std::vector<bool>& namedInBody);
    std::vector<std::string_view> contentStems(const Attribution& attr) const;
    std::uint32_t tokenAtOrAfter(std::uint32_t offset) const;
    std::vector<bool> entitiesNamedInBody() const;
    std::int32_t byStateAndParty(const SourcePhrase& p) const;
    std::int32_t firstBodyNamedBy(std::string_view head, bool bareNoun, bool speaker, std::string_view owner = {}) const;
    std::int32_t personOpeningNextParagraph(std::uint32_t paragraph) const;
    std::int32_t personOpeningParagraphBefore(std::uint32_t paragraph, std::uint32_t before) const;
    // Is the entity (an index, or -1 for none) one the text names, not "a spokesman"?
    bool namedEntity(std::int32_t entity) const
    {
        return entity >= 0 && m_registry.entities()[static_cast<std::size_t>(entity)].named;
    }
    std::int32_t mostNamedPerson() const;
    // Last: moves the attributions' spans and rules and the entities' names into the set.
    AnnotationSet build();

    const Analysis& m_a;
    const std::vector<Cue>& m_cues;
    std::vector<Attribution> m_attributions;
    EntityRegistry m_registry;
    std::vector<std::int32_t> m_speakerOf;  // per attribution: entity index or -1
    std::vector<std::vector<std::int32_t>> m_alternatives;  // per attribution: runner-up entities
    std::vector<std::int32_t> m_follows;                  // per attribution: the one it goes on from, or -1
    std::int32_t m_lastSpeaker = -1;
    std::uint32_t m_lastSpeakerParagraph = 0;
    std::int32_t m_lastAttribution = -1;
    std::int32_t m_interviewee = -1;  // who answers the questions of an interview
    std::vector<std::string_view> m_inside;  // one-word openers the article writes capitalised elsewhere too
};

// "Privacy advocates said": a group whose one capitalised word owes its capital to the sentence's
// start, which the article nowhere else writes capitalised (unlike "Google engineers said").
bool Resolver::capitalisedByPosition(const SourcePhrase& p) const
{
    const std::uint32_t first = p.firstToken;
    const Token& t = m_a.token(first);
    if (!p.plural || p.endToken < first + 2 || !(t.has(tokflag::SentenceStart) || t.has(tokflag::ParagraphStart)) ||
        m_a.is(first, wc::FirstName | wc::Country | wc::Honorific))
        return false;
    for (std::uint32_t i = first + 1; i < p.endToken; ++i)
        if (!m_a.isLowerWord(i))
            return false;
    return std::find(m_inside.begin(), m_inside.end(), m_a.str(first)) == m_inside.end();
}

// "The three-member panel of the Halvard Sports Tribunal": the named body a panel sits for, by
// the name after its "of", named here for the first time if need be; -1 when it names none.
// ("Observers from the local watchdog Transparent Vote": `preposition` "from", the body's kind before its name)
std::int32_t Resolver::bodyOfPanel(const SourcePhrase& p, std::string_view preposition)
{
    for (std::uint32_t k = p.firstToken + 1; k + 1 < p.endToken; ++k)
        if (m_a.keyIs(k, preposition) && m_a.isLowerWord(k)) {
            std::uint32_t from = m_a.keyIs(k + 1, "the") ? k + 2 : k + 1;
            while (preposition == "from" && from + 1 < p.endToken && from < k + 5 && m_a.isLowerWord(from) &&
                   !m_a.is(from, wc::Preposition | wc::Conjunction | wc::Pronoun))
                ++from;
            if (from >= p.endToken || !m_a.isCapitalized(from))
                return -1;
            const std::string name = lowerAscii(m_a.str(Span{m_a.token(from).span.begin, m_a.token(p.endToken - 1).span.end}));
            const auto& entities = m_registry.entities();
            for (std::size_t i = 0; i < entities.size(); ++i)
                if (entities[i].named && entities[i].type != SpeakerType::Person && std::string_view(entities[i].lowerName) == name)
                    return static_cast<std::int32_t>(i);
            const SourcePhrase body = sourceBefore(m_a, p.endToken, from);
            return body.kind == SourceKind::Name && body.firstToken == from &&
                           (body.type == SpeakerType::Organization || (preposition == "from" && body.type != SpeakerType::Person))
                       ? m_registry.addName(body, m_a.paragraphOf(from), false, false, true)
                       : -1;
        }
    return -1;
}

// The one police force the article has named ("Police Scotland", "the Elmwood Police
// Department"), which a bare "police" stands for; -1 when there is none or more than one.
std::int32_t Resolver::namedPolice() const
{
    std::int32_t found = -1;
    const auto& entities = m_registry.entities();
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].named && entities[i].type != SpeakerType::Person && entities[i].gender == Gender::Unknown &&
            isPoliceName(entities[i].lowerName)) {
            if (found >= 0)
                return -1;
            found = static_cast<std::int32_t>(i);
        }
    return found;
}

// "the 52-year-old said": the person the story gave that age, by ", 52," or "(52)" after a mention
// of their name or "52-year-old" before it, the last so named before `before` (a byte offset); -1
// when the phrase gives no age or no one has it.
std::int32_t Resolver::personOfAge(const SourcePhrase& p, std::uint32_t before) const
{
    constexpr std::string_view kYearOld = "-year-old";
    const std::string_view head = p.head;
    const auto digit = [](char c) { return chars::isDigit(static_cast<unsigned char>(c)); };
    if (p.kind != SourceKind::RoleNoun || !head.ends_with(kYearOld) || head.size() == kYearOld.size() ||
        head.size() > kYearOld.size() + 3 || !std::all_of(head.begin(), head.end() - kYearOld.size(), digit))
        return -1;
    const std::string_view age = head.substr(0, head.size() - kYearOld.size());
    const std::string_view text = m_a.text();
    // (the first comma or bracket of the mention or right after it: "Graham Tolley, 52, of Westbury
    // Lane" is one source mention)
    const auto agedAfter = [&](Span span) {
        std::size_t k = text.find_first_of(",(", span.begin);
        if (k == std::string_view::npos || k > span.end || k + 2 + age.size() > text.size() ||
            (text[k] == ',' && text[k + 1] != ' '))
            return false;
        k += text[k] == ',' ? 2 : 1;
        if (text.substr(k, age.size()) == age && (k + age.size() == text.size() || !digit(text[k + age.size()])))
            return true;
        // ("Simran Sandhu, a 34-year-old emergency-room nurse,": the age in an apposition)
        const std::size_t article = text.substr(k, 2) == "a " ? 2 : text.substr(k, 3) == "an " ? 3 : 0;
        return article > 0 && text.substr(k + article, head.size()) == head;
    };
    const auto agedBefore = [&](std::uint32_t begin) {
        // (the whole phrase, "52-year-old ", right before the name)
        return begin > head.size() && text.substr(begin - head.size() - 1, head.size()) == head;
    };
    std::int32_t found = -1;
    for (const EntityMention& m : m_registry.mentions()) {
        if (m.span.begin >= before)
            break;
        const Entity& e = m_registry.entities()[static_cast<std::size_t>(m.entity)];
        if (m.kind == MentionKind::Name && e.named && e.type != SpeakerType::Organization &&
            (agedAfter(m.span) || agedBefore(m.span.begin)))
            found = m.entity;
    }
    return found;
}

// "His father, Harold Dunmore,": is one of the entity's names written right after one of the
// `kin` nouns and a comma?
bool Resolver::kinBeforeMention(std::int32_t entity, std::span<const std::string_view> kin) const
{
    for (const EntityMention& m : m_registry.mentions()) {
        if (m.entity != entity || m.kind != MentionKind::Name)
            continue;
        const std::uint32_t first = tokenAtOrAfter(m.span.begin);
        if (first >= 2 && first < m_a.tokenCount() && m_a.isPunct(first - 1, ',') &&
            std::any_of(kin.begin(), kin.end(), [&](std::string_view w) { return m_a.keyIs(first - 2, w); }))
            return true;
    }
    return false;
}

// "the younger Pellicer", "the elder Pellicer": of two or more people the story named with that
// surname, the one it named last (the younger) or first (the elder); -1 for any other phrase.
std::int32_t Resolver::relativeByAge(const SourcePhrase& p) const
{
    // (the words may open the phrase or stand right before it, an honorific after them: "the elder
    // Mr. Dunmore, 83")
    const std::uint32_t age = m_a.keyIs(p.firstToken, "the") ? p.firstToken + 1 : p.firstToken - 1;
    if (p.kind != SourceKind::Name || p.firstToken < 2 || age + 1 >= p.endToken || p.name.find(' ') != std::string::npos ||
        !m_a.keyIs(age - 1, "the") || !m_a.keyIsOneOf(age, "younger", "elder", "older"))
        return -1;
    const std::uint32_t name = m_a.is(age + 1, wc::Honorific) ? age + 2 : age + 1;
    if (name >= p.endToken || lowerAscii(m_a.str(name)) != lowerAscii(p.name))
        return -1;
    const std::string surname = " " + lowerAscii(p.name);
    const bool younger = m_a.keyIs(age, "younger");
    // (a role that says the generation first: "His father, Harold Dunmore," is the elder, though
    // his son was named before him)
    static constexpr std::array<std::string_view, 4> kYounger = {"son", "daughter", "grandson", "granddaughter"};
    static constexpr std::array<std::string_view, 4> kElder = {"father", "mother", "grandfather", "grandmother"};
    const auto generation = [&](std::string_view role, bool youngerWords) {
        for (std::string_view w : youngerWords ? kYounger : kElder)
            for (std::size_t at = role.find(w); at != std::string_view::npos; at = role.find(w, at + 1))
                if ((at == 0 || !chars::isLetter(static_cast<unsigned char>(role[at - 1]))) &&
                    (at + w.size() == role.size() || !chars::isLetter(static_cast<unsigned char>(role[at + w.size()]))))
                    return true;
        return false;
    };
    // (or the one of two whose role says the other generation: "the younger Hale" after "Her
    // father, Gordon Hale," is not he)
    std::int32_t earliest = -1, latest = -1, byRole = -1, byOtherRole = -1;
    int count = 0;
    const auto& entities = m_registry.entities();
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (entities[i].named && entities[i].type != SpeakerType::Organization &&
            std::string_view(entities[i].lowerName).ends_with(surname)) {
            ++count;
            if (earliest < 0)
                earliest = static_cast<std::int32_t>(i);
            latest = static_cast<std::int32_t>(i);
            if (generation(entities[i].lowerRole, younger) || kinBeforeMention(static_cast<std::int32_t>(i), younger ? kYounger : kElder))
                byRole = static_cast<std::int32_t>(i);
            else if (generation(entities[i].lowerRole, !younger) || kinBeforeMention(static_cast<std::int32_t>(i), younger ? kElder : kYounger))
                byOtherRole = static_cast<std::int32_t>(i);
        }
    if (count < 2)
        return -1;
    if (byRole < 0 && byOtherRole >= 0 && count == 2)
        return byOtherRole == earliest ? latest : earliest;
    return byRole >= 0 ? byRole : younger ? latest : earliest;
}

// The gender of "he" or "she" standing at byte `offset` (a reported clause's first word), else unknown.
Gender Resolver::pronounGenderAt(std::uint32_t offset) const
{
    const std::string_view text = m_a.text().substr(offset);
    const auto word = [&](std::string_view w) {
        return text.size() > w.size() && text.substr(0, w.size()) == w && !chars::isLetter(static_cast<unsigned char>(text[w.size()]));
    };
    if (word("he") || word("He"))
        return Gender::Male;
    if (word("she") || word("She"))
        return Gender::Female;
    return Gender::Unknown;
}

// "The board of Dunmore Breweries", "Lumen's board", "the Brisca board", "Corliss Regional's
// management": the company speaks through them; its name, or nothing.
std::string Resolver::companyOfItsBoard(const SourcePhrase& p) const
{
    if (p.kind != SourceKind::CommonNoun && p.kind != SourceKind::RoleNoun && p.kind != SourceKind::Name)
        return {};
    const auto isBoard = [&](std::uint32_t i) {
        return i < p.endToken && m_a.isLowerWord(i) && (m_a.keyIs(i, "board") || m_a.keyIs(i, "management"));
    };
    const auto runFrom = [&](std::uint32_t i) {
        std::uint32_t end = i;
        while (end < p.endToken && m_a.isCapitalized(end) && !m_a.token(end).has(tokflag::Possessive))
            ++end;
        return end;
    };
    const auto text = [&](std::uint32_t from, std::uint32_t to) {
        return std::string(m_a.text().substr(m_a.token(from).span.begin, m_a.token(to - 1).span.end - m_a.token(from).span.begin));
    };
    std::uint32_t i = p.firstToken;
    if (m_a.keyIs(i, "the") || m_a.keyIs(i, "its"))
        ++i;
    if (i >= p.endToken)
        return {};
    // (a sentence's "The Brisca board", the article left out of the phrase)
    const bool afterThe = i > p.firstToken || (i > 0 && m_a.keyIs(i - 1, "the"));
    if (m_a.keyIs(i, "board") && m_a.isLowerWord(i) && i + 2 < p.endToken && m_a.keyIs(i + 1, "of")) {
        std::uint32_t first = i + 2;
        if (m_a.keyIs(first, "the"))
            ++first;
        const std::uint32_t end = runFrom(first);
        return end > first && (end == p.endToken || m_a.isPunct(end, ',')) ? text(first, end) : std::string{};
    }
    const std::uint32_t end = runFrom(i);
    if (end == i || end >= p.endToken)
        return {};
    if (m_a.token(end).has(tokflag::Possessive) && isBoard(end + 1) && (end + 2 == p.endToken || m_a.isPunct(end + 2, ',')))
        return text(i, end);  // "Lumen's board"
    if (afterThe && isBoard(end) && (end + 1 == p.endToken || m_a.isPunct(end + 1, ',')))
        return text(i, end);  // "the Brisca board"
    return {};
}

// "the United Vehicle Workers union": the capitalised words before a lower-case "union" are the
// union's name; empty for any other phrase.
std::string Resolver::unionNamedBeforeNoun(const SourcePhrase& p) const
{
    const std::uint32_t head = p.endToken - 1;
    if (p.kind != SourceKind::RoleNoun || p.endToken < p.firstToken + 4 || !m_a.keyIs(p.firstToken, "the") ||
        !m_a.keyIs(head, "union") || !m_a.isLowerWord(head))
        return {};
    for (std::uint32_t i = p.firstToken + 1; i < head; ++i)
        if (!m_a.isCapitalized(i) || m_a.token(i).has(tokflag::Possessive))
            return {};
    return std::string(m_a.text().substr(m_a.token(p.firstToken + 1).span.begin,
                                         m_a.token(head - 1).span.end - m_a.token(p.firstToken + 1).span.begin));
}

// "His wife, Jane,": a relative named by a given name alone takes the surname of the person
// "his" or "her" stands for (Jane Hollis after Peter Hollis).
SourcePhrase Resolver::withOwnersSurname(const SourcePhrase& p, std::uint32_t paragraph) const
{
    const std::uint32_t owner = p.firstToken;
    if (p.name.find(' ') != std::string::npos || p.endToken < owner + 3 ||
        !(m_a.keyIs(owner, "his") || m_a.keyIs(owner, "her")) || !isKinNoun(m_a.key(owner + 1)))
        return p;
    const SourcePhrase pronoun = ownerPronoun(m_a, owner);
    const Resolution r = m_registry.resolvePronoun(pronoun, paragraph);
    // (the first candidate with a full name: "The mother of a woman who … ¶ Eloise Parry, 21, … ¶
    // …, her mother, Fiona, said": the unnamed mother is not her own owner)
    for (std::size_t i = 0; i <= r.alternatives.size(); ++i) {
        const std::int32_t entity = i == 0 ? r.entity : r.alternatives[i - 1];
        if (entity < 0)
            return p;
        const Entity& e = m_registry.entities()[static_cast<std::size_t>(entity)];
        if (!e.named)
            continue;
        const std::size_t space = e.name.rfind(' ');
        if (e.type == SpeakerType::Organization || e.plural || e.place || space == std::string::npos || e.name.back() == '.')
            return p;  // (not "Jr.")
        SourcePhrase named = p;
        named.name += e.name.substr(space);
        return named;
    }
    return p;
}

// "The team's volunteers have carried out 41 rescues, it said": "it" is the body whose people or
// things open its sentence, "the team", whichever organisation was named last; -1 otherwise.
// "The governor addressed the change only briefly …. She told workers": a pronoun opening the
// sentence after one a definite role opens, in its paragraph, stands for that role's holder.
std::int32_t Resolver::roleOpeningSentenceBefore(const SourcePhrase& p, std::uint32_t paragraph) const
{
    const Sentence& s = m_a.sentenceOf(p.firstToken);
    if (p.firstToken != s.firstToken || s.firstToken == 0 || !m_a.keyIsOneOf(p.firstToken, "he", "she"))
        return -1;
    const Sentence& before = m_a.sentenceOf(s.firstToken - 1);
    const std::uint32_t first = before.firstToken;
    if (before.paragraph != paragraph || first + 3 >= before.endToken || !m_a.keyIs(first, "the") ||
        !m_a.isLowerWord(first + 1) || !m_a.is(first + 1, wc::PersonRole) || m_a.insideQuote(first))
        return -1;
    const SourcePhrase role = sourceAfter(m_a, first, before.endToken);
    if (!role.valid() || role.kind != SourceKind::RoleNoun || role.type == SpeakerType::Organization || role.plural ||
        role.endToken >= before.endToken || !m_a.isLowerWord(role.endToken) ||
        (m_a.word(role.endToken) && (m_a.word(role.endToken)->cueFlags & lexicon::cueflag::Strong)))
        return -1;  // (not "The judge told Smith …. He said he was sorry": the role spoke to someone else)
    const Resolution r = m_registry.resolveRoleNoun(role, paragraph);
    if (r.entity < 0)
        return -1;
    const Entity& e = m_registry.entities()[static_cast<std::size_t>(r.entity)];
    if (e.type == SpeakerType::Organization || (e.gender != Gender::Unknown && e.gender != p.gender))
        return -1;
    return r.entity;
}

// "The council’s …" at `first`: the body a possessive names, "the council" alone, as the registry
// resolves it; -1 when `first` opens no such phrase.
std::int32_t Resolver::bodyOwningFrom(std::uint32_t first, std::uint32_t paragraph) const
{
    if (first + 2 >= m_a.tokenCount() || !m_a.keyIs(first, "the") || !m_a.is(first + 1, wc::OrgNoun) ||
        m_a.is(first + 1, wc::PersonRole) || !m_a.token(first + 2).has(tokflag::Possessive))
        return -1;
    SourcePhrase body;
    body.kind = SourceKind::RoleNoun;
    body.type = SpeakerType::Organization;
    body.firstToken = first;
    body.endToken = first + 2;
    body.span = {m_a.token(first).span.begin, m_a.token(first + 1).span.end};
    body.head = std::string(m_a.key(first + 1));
    body.name = body.head;
    return m_registry.resolveRoleNoun(body, paragraph).entity;
}

std::int32_t Resolver::bodyOwningSentence(const SourcePhrase& pronoun, std::uint32_t paragraph) const
{
    const std::uint32_t first = m_a.sentenceOf(pronoun.firstToken).firstToken;
    if (pronoun.head != "it" || first + 3 >= pronoun.firstToken)
        return -1;
    return bodyOwningFrom(first, paragraph);
}

// "the council’s trading standards team", "the ministry's press office": a unit of a body speaks
// for the body, found as "the council" alone would be.
std::int32_t Resolver::bodyOwningUnit(const SourcePhrase& p, std::uint32_t paragraph) const
{
    if (p.plural || p.firstToken + 3 >= p.endToken ||
        !m_a.keyIsOneOf(p.endToken - 1, "team", "department", "unit", "division", "office", "directorate", "staff", "service"))
        return -1;
    const std::int32_t found = bodyOwningFrom(p.firstToken, paragraph);
    return found >= 0 && m_registry.entities()[static_cast<std::size_t>(found)].named ? found : -1;
}

// "Asked by Mr Vane whether …, he replied": the one who answers is not the one who asked; the
// pronoun takes the next candidate.
void Resolver::notTheAsker(const SourcePhrase& pronoun, Resolution& r) const
{
    const Sentence& s = m_a.sentenceOf(pronoun.firstToken);
    if (r.entity < 0 || r.alternatives.empty() || !r.antecedent || s.firstToken + 2 >= pronoun.firstToken ||
        !m_a.keyIs(s.firstToken + 1, "by") || !m_a.keyIsOneOf(s.firstToken, "asked", "questioned", "pressed", "cross-examined"))
        return;
    if (r.antecedent->begin < m_a.token(s.firstToken + 2).span.begin || r.antecedent->begin >= pronoun.span.begin)
        return;
    const std::int32_t asker = r.entity;
    r.entity = r.alternatives.front();
    r.alternatives.front() = asker;
    r.antecedent.reset();
}

// "Ms Fairweather asked him whether he had struck Mr Colley …. He insisted he had not": the one
// asked answers; a name inside the question is not who answers, and the pronoun opening the next
// sentence takes the next candidate.
void Resolver::notNamedInTheQuestion(const SourcePhrase& pronoun, Resolution& r) const
{
    const Sentence& s = m_a.sentenceOf(pronoun.firstToken);
    const std::uint32_t index = m_a.token(pronoun.firstToken).sentence;
    if (r.entity < 0 || r.alternatives.empty() || !r.antecedent || pronoun.firstToken != s.firstToken || index == 0)
        return;
    const Sentence& before = m_a.seg().sentences[index - 1];
    for (std::uint32_t t = before.firstToken; t + 2 < before.endToken; ++t) {
        if (!m_a.keyIs(t, "asked") || !m_a.keyIsOneOf(t + 1, "him", "her") || !m_a.keyIsOneOf(t + 2, "whether", "if"))
            continue;
        const std::uint32_t from = m_a.token(t + 2).span.begin, to = m_a.token(before.endToken - 1).span.end;
        if (r.antecedent->begin >= from && r.antecedent->begin < to) {
            std::swap(r.entity, r.alternatives.front());
            r.antecedent.reset();
        }
        return;
    }
}

// "Thornbury said in a statement that … ¶ “…,” the statement said": the speaker of the last
// attribution, within two paragraphs, whose sentence names a statement outside its content.
std::int32_t Resolver::issuerOfStatement(std::size_t index, std::uint32_t paragraph) const
{
    for (std::size_t j = index; j-- > 0;) {
        const Attribution& before = m_attributions[j];
        if (!before.source.valid())
            continue;
        const std::uint32_t first = before.source.firstToken;
        if (m_a.paragraphOf(first) + 2 < paragraph)
            break;
        const std::int32_t speaker = m_speakerOf[j];
        if (speaker < 0 || !m_registry.entities()[static_cast<std::size_t>(speaker)].named)
            continue;
        const Sentence& s = m_a.sentenceOf(first);
        for (std::uint32_t t = s.firstToken; t < s.endToken; ++t) {
            const std::uint32_t at = m_a.token(t).span.begin;
            if (m_a.keyIs(t, "statement") &&
                std::none_of(before.spans.begin(), before.spans.end(), [&](Span c) { return c.begin <= at && at < c.end; }))
                return speaker;
        }
    }
    return -1;
}

// "The release said …", "According to a news release, …": a press release speaks for the body that
// issued it, the last body that spoke before it (or, in a lede, the first that speaks after it), not
// for the chief executive it quotes.
std::int32_t Resolver::issuerOfRelease(std::size_t index) const
{
    const auto body = [&](std::size_t j) {
        const std::int32_t speaker = m_speakerOf[j];
        if (speaker < 0)
            return false;
        const Entity& e = m_registry.entities()[static_cast<std::size_t>(speaker)];
        return e.named && !e.place && !e.country &&
               (e.type == SpeakerType::Organization || (e.type == SpeakerType::Unknown && e.gender == Gender::Unknown && !e.plural));
    };
    for (std::size_t j = index; j-- > 0;)
        if (body(j))
            return m_speakerOf[j];
    for (std::size_t j = index + 1; j < m_attributions.size(); ++j)
        if (body(j))
            return m_speakerOf[j];
    return -1;
}

// The surname a given name written alone shares, with its space, or empty:
// - "Maeve and Corin Haddow", "twins Amara and Joel Whitcombe": the first given name shares the
//   surname that follows the second, so "Maeve" is Maeve Haddow (as "Gordon and Ruth Pennock" are
//   when they speak);
// - "Ottilie Brandvold … carried her and her brother Henrik", "Karen Whitlow, whose daughter Amy":
//   after a word of kinship that keeps the surname, the surname of the person named last before
//   it in its sentence.
std::string Resolver::familySurname(const SourcePhrase& name, const std::vector<SourcePhrase>& names) const
{
    const std::uint32_t k = name.firstToken;
    if (name.endToken != k + 1 || name.name.find(' ') != std::string::npos || !m_a.isCapitalized(k) ||
        m_a.is(k, wc::NotAName | wc::Honorific))
        return {};
    if (k + 3 < m_a.tokenCount() && m_a.keyIs(k + 1, "and") && m_a.isCapitalized(k + 2) && m_a.isCapitalized(k + 3) &&
        !m_a.is(k + 3, wc::FirstName | wc::NotAName) &&
        !(k + 4 < m_a.tokenCount() && m_a.isCapitalized(k + 4) && m_a.isWord(k + 4)))
        return " " + std::string(m_a.str(k + 3));
    if (k < 2 || !m_a.keyIsOneOf(k - 1, "brother", "sister", "son", "daughter") ||
        !m_a.keyIsOneOf(k - 2, "her", "his", "their", "whose"))
        return {};
    const std::uint32_t sentenceStart = m_a.sentenceOf(k).firstToken;
    const SourcePhrase* before = nullptr;
    for (const SourcePhrase& other : names)
        if (other.endToken <= k - 2 && other.firstToken >= sentenceStart && other.type != SpeakerType::Organization &&
            other.name.find(' ') != std::string::npos)
            before = &other;
    return before ? std::string(before->name.substr(before->name.rfind(' '))) : std::string();
}

// "her husband" after "Vasko's husband, Corin Adebayo," and "Santanen's husband, the producer Jonas
// Ekdahl, …, said": the person the text named right after the same word of kinship, up to the
// phrase's end; or -1.
std::int32_t Resolver::kinNamedBefore(const SourcePhrase& p) const
{
    if (p.plural || !p.valid())
        return -1;
    // (the kin word second or third: "her husband", "Santanen's husband, the producer …")
    std::uint32_t noun = p.firstToken + 1;
    while (noun < p.endToken && noun < p.firstToken + 3 && !isKinNoun(m_a.key(noun)) &&
           !m_a.keyIsOneOf(noun, "partner", "grandson", "granddaughter", "niece", "nephew"))
        ++noun;
    // (whose: "her", "his", "Vasko's")
    if (noun >= p.endToken || noun >= p.firstToken + 3 || !m_a.keyIsOneOf(noun - 1, "her", "his", "their", "'s", "’s"))
        return -1;
    const auto nameAt = [&](std::uint32_t t) {
        const std::uint32_t at = m_a.token(t).span.begin;
        for (const EntityMention& m : m_registry.mentions())
            if (m.span.begin == at && m.kind == MentionKind::Name && !m.inQuote &&
                m_registry.entities()[static_cast<std::size_t>(m.entity)].type != SpeakerType::Organization)
                return m.entity;
        return -1;
    };
    // (the phrase's own apposition first, then back through the text)
    const std::uint32_t limit = p.endToken + 6;
    for (std::uint32_t t = std::min<std::uint32_t>(limit, m_a.tokenCount()); t-- > 0;) {
        if (t == noun || m_a.key(t) != m_a.key(noun) || m_a.insideQuote(t) || t + 2 >= m_a.tokenCount() || !m_a.isPunct(t + 1, ','))
            continue;
        // "husband, Corin Adebayo,", "husband, the producer Jonas Ekdahl,"
        std::uint32_t name = t + 2;
        while (name < t + 5 && name + 1 < m_a.tokenCount() && m_a.isLowerWord(name))
            ++name;
        if (const std::int32_t e = nameAt(name); e >= 0)
            return e;
    }
    return -1;
}

// "His mother says" after "Ingrid Macharia … ¶ Her son, Rory Macharia, 24, joined": the person of
// the kin word's gender who shares the surname of the one "his" or "her" stands for, mentioned
// last; or -1.
std::int32_t Resolver::kinBySurname(const SourcePhrase& p, std::uint32_t paragraph) const
{
    if (p.plural || p.endToken != p.firstToken + 2 || !m_a.keyIsOneOf(p.firstToken, "his", "her"))
        return -1;
    const std::uint32_t noun = p.firstToken + 1;
    const Gender gender = m_a.keyIsOneOf(noun, "mother", "daughter", "sister", "wife") ? Gender::Female
                          : m_a.keyIsOneOf(noun, "father", "son", "brother", "husband") ? Gender::Male
                                                                                         : Gender::Unknown;
    if (gender == Gender::Unknown)
        return -1;
    const Resolution owner = m_registry.resolvePronoun(ownerPronoun(m_a, p.firstToken), paragraph);
    if (owner.entity < 0)
        return -1;
    const Entity& o = m_registry.entities()[static_cast<std::size_t>(owner.entity)];
    const std::size_t space = o.lowerName.rfind(' ');
    if (!o.named || o.type == SpeakerType::Organization || space == std::string::npos)
        return -1;
    const std::string_view surname = std::string_view(o.lowerName).substr(space);
    std::int32_t best = -1;
    std::uint32_t latest = 0;
    const auto& entities = m_registry.entities();
    for (std::size_t i = 0; i < entities.size(); ++i) {
        const Entity& e = entities[i];
        if (static_cast<std::int32_t>(i) == owner.entity || !e.named || e.plural || e.gender != gender ||
            e.type == SpeakerType::Organization || !std::string_view(e.lowerName).ends_with(surname) ||
            e.lowerName.size() == surname.size() || e.lastMention > p.span.begin)
            continue;
        if (best < 0 || e.lastMention >= latest) {
            best = static_cast<std::int32_t>(i);
            latest = e.lastMention;
        }
    }
    return best;
}

// "a report released Thursday by Auditor Renata Szabo found", "The OPS report found", and "The
// report said" or "The letter says" after such a phrase or after "In a letter to …, the alliance
// claimed": whoever speaks through the document, as a name phrase spanning the source's words or
// as the entity that spoke in the earlier sentence; neither when the document stays a speaker of
// its own.
Resolver::DocumentAuthor Resolver::authorOfDocument(const SourcePhrase& p, std::size_t index) const
{
    // (a name ending in its document too: "The OPS report, published after the hearing, said")
    std::uint32_t nameEnd = p.firstToken;  // (before an aside: "The OPS report, published after the hearing,")
    while (nameEnd < p.endToken && !m_a.isPunct(nameEnd, ','))
        ++nameEnd;
    const bool namedDocument = p.kind == SourceKind::Name && nameEnd > p.firstToken + 1 && m_a.isLowerWord(nameEnd - 1) &&
                               authoredDocumentNoun(m_a, nameEnd - 1);
    if (p.kind != SourceKind::CommonNoun && p.kind != SourceKind::RoleNoun && !namedDocument)
        return {};
    // (and a court's or a statistician's: "The ruling states", "figures from the firm"; but an
    // investigation, an inquiry or an estimate is left to be what it is: "An investigation by the
    // office" is no document the office wrote)
    const auto documentAt = [&](std::uint32_t k) {
        // (a body's own investigation, though: "Its investigation found")
        const bool owned = k == p.firstToken + 1 && m_a.keyIs(p.firstToken, "its");
        return m_a.isLowerWord(k) &&
               ((authoredDocumentNoun(m_a, k) && (owned || !m_a.keyIsOneOf(k, "investigation", "inquiry", "estimate"))) ||
                m_a.keyIsOneOf(k, "ruling", "figures", "judgment", "judgement", "alert", "advisory"));
    };
    std::uint32_t noun = p.endToken;
    // (a document's word as a modifier is no document: the "statistics" of "The statistics office’s report")
    for (std::uint32_t k = p.firstToken; k < p.endToken && k < p.firstToken + 6 && noun == p.endToken; ++k)
        if (documentAt(k) && !(k + 1 < p.endToken && m_a.isLowerWord(k + 1) && k + 2 < p.endToken &&
                               m_a.token(k + 2).has(tokflag::Possessive)) &&
            !(k + 2 == p.endToken && m_a.isLowerWord(k + 1) && m_a.is(k + 1, wc::OrgNoun)))  // ("the country's statistics office")
            noun = k;
    if (noun == p.endToken)
        return {};
    DocumentAuthor author{authorOfDocumentAt(m_a, noun)};
    if (author.name.kind == SourceKind::Pronoun) {
        // ("A survey it published last year found": the body "it" stands for, or no author)
        const Resolution owner = m_registry.resolvePronoun(author.name, m_a.paragraphOf(author.name.firstToken));
        author.name = {};
        if (owner.entity >= 0 && m_registry.entities()[static_cast<std::size_t>(owner.entity)].named)
            author.entity = owner.entity;
    }
    // the same document named before, back through a few mentions ("The report … the report" after
    // "a report by …")
    std::uint32_t before = p.firstToken;
    // ("Its ruling noted": the body's own document, named before as "In its ruling, the commission said")
    const bool again = noun == p.firstToken + 1 && m_a.keyIsOneOf(p.firstToken, "the", "its");
    for (int mentions = 0; again && mentions < 4 && !author.found() && before > 0; ++mentions) {
        while (before > 0 && (m_a.key(--before) != m_a.key(noun) || !m_a.isLowerWord(before))) {
        }
        if (m_a.key(before) == m_a.key(noun) && m_a.isLowerWord(before))
            author = authorOfSameDocument(before, index);
    }
    // ("a study published on Wednesday has found. ¶ The study, by the Fenwright Centre, found …":
    // the author named by the next mention, in the next few sentences)
    const std::uint32_t sentence = m_a.token(noun).sentence;
    for (std::uint32_t t = p.endToken; !again && !author.found() && t < m_a.tokenCount() && m_a.token(t).sentence <= sentence + 3; ++t)
        if (m_a.key(t) == m_a.key(noun) && m_a.isLowerWord(t)) {  // (not the "Audit" of "the State Audit Department")
            author.name = authorOfDocumentAt(m_a, t);
            break;
        }
    // ("the State Energy Commission ruled on Tuesday …. The ruling states …": who ruled)
    // ("ruled", "ruling": the verb's stem)
    for (std::size_t j = index; again && m_a.keyIs(noun, "ruling") && !author.found() && j-- > 0;)
        if (const std::int32_t speaker = m_speakerOf[j]; m_attributions[j].cue >= 0 && speaker >= 0 &&
                                                         m_registry.entities()[static_cast<std::size_t>(speaker)].named &&
                                                         m_a.key(m_cues[static_cast<std::size_t>(m_attributions[j].cue)].token).starts_with("rul"))
            author.entity = speaker;
    // ("The panel has banned the campaign after ruling that …. ¶ “…,” the ruling said": else the
    // body that spoke last, within three paragraphs, issued it)
    const std::uint32_t paragraph = m_a.paragraphOf(p.firstToken);
    for (std::size_t j = index; again && m_a.keyIs(noun, "ruling") && !author.found() && j-- > 0;) {
        if (!m_attributions[j].source.valid())
            continue;
        if (m_a.paragraphOf(m_attributions[j].source.firstToken) + 3 < paragraph)
            break;
        if (const std::int32_t speaker = m_speakerOf[j]; speaker >= 0) {
            const auto& entity = m_registry.entities()[static_cast<std::size_t>(speaker)];
            if (entity.named && entity.type == SpeakerType::Organization)
                author.entity = speaker;
        }
    }
    // ("…, the auditor general said in a report released on Tuesday. ¶ …, according to the report",
    // "according to a report by City Auditor Rosalind Okafor. ¶ The 64-page audit found": a study
    // of the article's, named again, is whoever spoke through one in the last few paragraphs)
    // ("Her complaint claimed": the person "her" stands for wrote it)
    // ("Its investigation found": what "it" stands for, a body named before)
    if (!author.found() && m_a.keyIs(p.firstToken, "its") && noun > p.firstToken && noun < p.firstToken + 3) {
        SourcePhrase it = ownerPronoun(m_a, p.firstToken);
        if (const Resolution owner = m_registry.resolvePronoun(it, paragraph);
            owner.entity >= 0 && m_registry.entities()[static_cast<std::size_t>(owner.entity)].named &&
            m_registry.entities()[static_cast<std::size_t>(owner.entity)].type == SpeakerType::Organization)
            author.entity = owner.entity;
    }
    if (!author.found() && m_a.keyIsOneOf(p.firstToken, "his", "her") && noun > p.firstToken && noun < p.firstToken + 3)
        if (const Resolution owner = m_registry.resolvePronoun(ownerPronoun(m_a, p.firstToken), paragraph);
            owner.entity >= 0 && m_registry.entities()[static_cast<std::size_t>(owner.entity)].named)
            author.entity = owner.entity;
    // (the document alone, with no name of its own: not "the latest Civic Trust survey")
    bool plain = noun < p.firstToken + 4 && noun + 1 == p.endToken;
    for (std::uint32_t k = p.firstToken + 1; k < noun && plain; ++k)
        plain = !m_a.isCapitalized(k);
    // ("the State Audit Department … ¶ The audit rejected that explanation": a plain document
    // whose noun is the word of a body's name is that body's)
    if (!author.found() && plain && noun + 1 == p.endToken) {
        const std::string_view word = m_a.str(noun);
        for (std::size_t e = 0; e < m_registry.entities().size(); ++e) {
            const Entity& body = m_registry.entities()[e];
            if (body.type != SpeakerType::Organization || !body.named)
                continue;
            const std::string_view lower = body.lowerName;
            for (std::size_t at = lower.find(word); at != std::string_view::npos; at = lower.find(word, at + 1))
                if ((at == 0 || lower[at - 1] == ' ') && at + word.size() < lower.size() && lower[at + word.size()] == ' ') {
                    author.entity = static_cast<std::int32_t>(e);
                    break;
                }
        }
    }
    if (!author.found() && plain && studyNoun(m_a, noun) && m_a.keyIsOneOf(p.firstToken, "the", "its", "this")) {
        for (std::size_t j = index; j-- > 0;) {
            const Attribution& other = m_attributions[j];
            const std::int32_t speaker = m_speakerOf[j];
            if (!other.source.valid())
                continue;
            if (m_a.paragraphOf(other.source.firstToken) + 3 < paragraph)
                break;
            // (a person a role alone described too: "the country’s auditor general said in a report")
            if (const Entity* e = speaker < 0 ? nullptr : &m_registry.entities()[static_cast<std::size_t>(speaker)];
                !e || e->plural || !(e->named || e->type == SpeakerType::Person))
                continue;
            const Sentence& s = m_a.sentenceOf(other.source.firstToken);
            bool throughStudy = false;
            for (std::uint32_t k = s.firstToken; k < s.endToken && !throughStudy; ++k)
                throughStudy = m_a.isLowerWord(k) && studyNoun(m_a, k) && !m_a.insideQuote(k);
            if (throughStudy) {
                author.entity = speaker;
                break;
            }
        }
    }
    if (author.name.valid()) {
        author.name.firstToken = p.firstToken;
        author.name.endToken = p.endToken;
        author.name.span = p.span;
    }
    return author;
}

// "the island’s mountain rescue team", "the city’s housing office": a body named by its own words,
// past an owner and a generic noun ("team", "group", "campaign"), whose name ends in the last of them.
std::int32_t Resolver::bodyByItsWords(const SourcePhrase& p) const
{
    std::uint32_t first = p.firstToken + 1;
    for (std::uint32_t k = first; k + 1 < p.endToken; ++k)
        if (m_a.token(k).has(tokflag::Possessive) || isPluralApostrophe(m_a, k))
            first = k + 1;
    std::uint32_t end = p.endToken;
    if (end > first + 2 && m_a.keyIsOneOf(end - 1, "team", "group", "campaign", "unit", "organisation", "organization", "charity"))
        --end;
    if (end < first + 2 || (first == p.firstToken + 1 && end == p.endToken))
        return -1;  // (the same words as before: bodyEndingIn read them)
    std::string words;
    for (std::uint32_t k = first; k < end; ++k) {
        if (!m_a.isLowerWord(k))
            return -1;
        words += (k > first ? " " : "") + std::string(m_a.key(k));
    }
    return m_registry.bodyEndingIn(words);
}

// authorOfDocument for the document noun at token `before`, an earlier mention: its author, or
// the speaker of an attribution in its sentence ("In a letter to the office, the alliance claimed …").
Resolver::DocumentAuthor Resolver::authorOfSameDocument(std::uint32_t before, std::size_t index) const
{
    DocumentAuthor author{authorOfDocumentAt(m_a, before)};
    const Sentence& s = m_a.sentenceOf(before);
    const std::uint32_t at = m_a.token(before).span.begin;
    for (std::size_t j = 0; j < index && !author.found(); ++j) {
        const Attribution& other = m_attributions[j];
        const std::int32_t speaker = m_speakerOf[j];
        if (!other.source.valid() || speaker < 0 || !m_registry.entities()[static_cast<std::size_t>(speaker)].named ||
            other.cue < 0 || &m_a.sentenceOf(m_cues[static_cast<std::size_t>(other.cue)].token) != &s ||
            (other.source.firstToken <= before && before < other.source.endToken) ||
            std::any_of(other.spans.begin(), other.spans.end(), [&](Span c) { return c.begin <= at && at < c.end; }))
            continue;
        author.entity = speaker;
    }
    return author;
}

void Resolver::resolveSource(std::size_t index)
{
    const Attribution& attr = m_attributions[index];
    const SourcePhrase& p = attr.source;
    const std::uint32_t anchor = p.valid() ? p.firstToken
                                 : attr.quotations.empty() ? 0
                                 : m_a.quotes().quotations[static_cast<std::size_t>(attr.quotations.front())].firstToken();
    const std::uint32_t paragraph = m_a.paragraphOf(anchor);
    std::int32_t entity = -1;
    MentionKind kind = MentionKind::Name;
    Resolution resolution;
    const auto opensWithQuote = [&] {
        return !attr.quotations.empty() &&
               m_a.token(m_a.quotes().quotations[static_cast<std::size_t>(attr.quotations.front())].pieces.front().openToken)
                   .has(tokflag::ParagraphStart);
    };
    if ((p.kind == SourceKind::CommonNoun || p.kind == SourceKind::RoleNoun) && p.name == "statement" &&
        m_a.keyIs(p.firstToken, "the"))
        entity = issuerOfStatement(index, paragraph);
    if ((p.kind == SourceKind::CommonNoun || p.kind == SourceKind::RoleNoun) &&
        (p.name == "release" || p.name.starts_with("press release") || p.name.starts_with("news release") ||
         p.name.starts_with("release issued")))  // ("a press release issued by the company")
        entity = issuerOfRelease(index);
    if (entity >= 0) {
        m_registry.addMention({p.span, entity, MentionKind::RoleNoun, false, paragraph, std::nullopt});
        m_speakerOf[index] = entity;  // (the issuer speaks through it; whoever spoke last still did)
        return;
    }
    if (const DocumentAuthor author = authorOfDocument(p, index); author.found()) {
        // (as the issuer of a statement)
        // ("According to the council’s own analysis": a body's noun as owner is the body named
        // before, as "the council" alone would be: the Arts Council of Marrendale)
        const std::int32_t body = author.name.valid() && author.name.kind == SourceKind::RoleNoun &&
                                          author.name.type == SpeakerType::Organization
                                      ? m_registry.resolveRoleNoun(author.name, paragraph).entity
                                      : -1;
        if (body >= 0) {
            m_registry.addMention({p.span, body, MentionKind::RoleNoun, false, paragraph, std::nullopt});
            m_speakerOf[index] = body;
        } else if (author.name.valid()) {
            m_speakerOf[index] = m_registry.addName(author.name, paragraph, false, true);
        } else {
            m_registry.addMention({p.span, author.entity, MentionKind::RoleNoun, false, paragraph, std::nullopt});
            m_speakerOf[index] = author.entity;
        }
        return;
    }
    // The body a phrase with a common noun stands for: "the United Vehicle Workers union" (the union's
    // name), "The board of Dunmore Breweries" (the company)
    const std::string unionName = unionNamedBeforeNoun(p);
    const std::string company = unionName.empty() ? companyOfItsBoard(p) : std::string();
    const std::string& bodyName = unionName.empty() ? company : unionName;
    SourcePhrase named;
    if (!bodyName.empty()) {
        named = p;
        named.kind = SourceKind::Name;
        named.name = bodyName;
        if (!company.empty()) {
            named.type = SpeakerType::Organization;
            named.role.clear();
        }
    }
    switch (bodyName.empty() ? p.kind : SourceKind::Name) {
    case SourceKind::Name:
        if (capitalisedByPosition(p)) {
            SourcePhrase group = p;
            group.kind = SourceKind::CommonNoun;
            entity = m_registry.addCommonNoun(group, paragraph);
            break;
        }
        // ("The UN agency said", a name by its capitals at a sentence's start: the body named before;
        // "the Indiana Republican said": the legislator the article gave that party and state)
        entity = m_registry.bodyNamedByModifier(p);

        if (entity < 0)
            entity = byStateAndParty(p);
        if (entity >= 0) {
            m_registry.addMention({p.span, entity, MentionKind::RoleNoun, false, paragraph, std::nullopt});
            break;
        }
        if (bodyName.empty()) {
            named = withOwnersSurname(p, paragraph);
            if (named.role.empty() && named.type != SpeakerType::Organization)
                takeLowerRoleBefore(m_a, named, m_a.sentenceOf(p.firstToken).firstToken);  // "inspector Hilary Pemberton found"
            if (std::string role = roleOfRelativeClause(m_a, p); !role.empty())
                named.role = named.role.empty() ? std::move(role) : named.role + ", " + role;
        }
        if (const std::int32_t relative = relativeByAge(p); relative >= 0) {
            m_registry.addMention({p.span, relative, MentionKind::Name, false, paragraph, std::nullopt});
            entity = relative;  // "the younger Pellicer": the son, named after his father
            break;
        }
        // ("Corliss Regional's management": the body whose fuller name those words open)
        if (named.type == SpeakerType::Organization && !bodyName.empty())
            entity = m_registry.bodyOpenedBy(lowerAscii(named.name));
        if (entity >= 0) {
            m_registry.addMention({p.span, entity, MentionKind::Name, false, paragraph, std::nullopt});
            break;
        }
        entity = m_registry.addName(named, paragraph, false, true);
        if (p.type != SpeakerType::Organization)
            m_registry.learnGender(entity, genderOfRelativeClause(m_a, p));
        if (m_a.str(p.span).find("they/them") != std::string_view::npos)
            m_registry.markTheyThem(entity);
        break;
    case SourceKind::Pronoun:
        resolution = m_registry.resolvePronoun(p, paragraph);
        notTheAsker(p, resolution);
        notNamedInTheQuestion(p, resolution);
        if (const std::int32_t subject = roleOpeningSentenceBefore(p, paragraph); subject >= 0 && subject != resolution.entity) {
            resolution.alternatives.insert(resolution.alternatives.begin(), resolution.entity);
            resolution.entity = subject;
        }
        if (const std::int32_t owner = bodyOwningSentence(p, paragraph); owner >= 0 && owner != resolution.entity) {
            resolution.alternatives.insert(resolution.alternatives.begin(), resolution.entity);
            resolution.entity = owner;
        }
        entity = resolution.entity;
        kind = MentionKind::Pronoun;
        if (entity >= 0)
            m_registry.learnGender(entity, p.gender);
        break;
    case SourceKind::RoleNoun:
        if (p.descriptor && p.head == kIntervieweeHead) {
            // (every answer of an interview is the same person's)
            if (m_interviewee < 0)
                m_interviewee = mostNamedPerson();
            resolution.entity = m_interviewee;
        } else if (const std::int32_t legislator = byStateAndParty(p); legislator >= 0) {
            resolution.entity = legislator;  // "the Vermont senator"
        } else if (const std::int32_t aged = personOfAge(p, p.span.begin); aged >= 0) {
            resolution.entity = aged;  // "the 52-year-old" after "Graham Tolley, 52,"
        } else if (const std::int32_t kin = kinNamedBefore(p); kin >= 0) {
            resolution.entity = kin;  // "her husband" after "Vasko's husband, Corin Adebayo,"
        } else if (const std::int32_t relative = kinBySurname(p, paragraph); relative >= 0) {
            resolution.entity = relative;  // "His mother" after "Her son, Rory Macharia,"
        } else {
            // ("the 29-year-old said he felt fine": a description with no gender takes the one of
            // the pronoun that opens its report)
            SourcePhrase described = p;
            // ("The company, which was not accused of wrongdoing, called": the noun phrase before its
            // apposition is what describes the body)
            for (std::uint32_t k = p.firstToken + 1; k + 1 < p.endToken; ++k)
                if (m_a.isPunct(k, ',')) {
                    if (m_a.keyIs(k + 1, "which"))  // (not "The team, led by Dr. Ingrid Tveit,": whose team)
                        described.endToken = k;
                    break;
                }
            if (p.descriptor && p.gender == Gender::Unknown && attr.kind == QuoteKind::Indirect && !attr.spans.empty())
                described.gender = pronounGenderAt(attr.spans.front().begin);
            // ("the force said" after "Detective Sergeant Carys Penhallow, of Saltmarrow Police,": the
            // police body, before any other named since)
            if ((p.head == "force" || p.head == "constabulary") && p.endToken == p.firstToken + 2)
                resolution.entity = namedPolice();
            if (resolution.entity < 0)
                resolution = m_registry.resolveRoleNoun(described, paragraph);
            if (resolution.entity < 0 && m_a.keyIs(p.firstToken, "the"))
                resolution = m_registry.speakerOfParagraph(described, paragraph, opensWithQuote());
            if (resolution.entity < 0 && !p.plural && p.type != SpeakerType::Person && m_a.keyIs(p.firstToken, "the"))
                resolution.entity = bodyByItsWords(p);
            if (resolution.entity < 0)
                resolution.entity = bodyOwningUnit(p, paragraph);  // "The council’s highways team said"
        }
        entity = resolution.entity;
        kind = MentionKind::RoleNoun;
        if (entity < 0)
            entity = m_registry.addCommonNoun(p, paragraph);
        else if (Entity& e = m_registry.entities()[static_cast<std::size_t>(entity)];
                 p.type == SpeakerType::Organization && e.type == SpeakerType::Unknown)
            e.type = SpeakerType::Organization;  // "Calloway Home … the homewares retailer said": a business, which "it" can be
        else if (p.descriptor)
            m_registry.learnGender(entity, p.gender);  // "the mother-of-two", "the Irishman"
        break;
    case SourceKind::CommonNoun:
        // "police said" after "Police Scotland said", "the force said" after "Westbrook Constabulary said"
        entity = p.head == "police" || p.name == "force" ? namedPolice() : -1;
        if (entity < 0 && (p.head == "panel" || p.head == "bench"))
            entity = bodyOfPanel(p);  // "The three-member panel of the Halvard Sports Tribunal": the tribunal
        // ("Observers from the Inter-American Electoral Council": the body they came from)
        if (entity < 0 && p.plural && p.endToken > p.firstToken + 2 &&
            m_a.keyIsOneOf(p.firstToken, "observers", "monitors", "inspectors", "delegates", "representatives", "members",
                           "officials", "volunteers") &&
            m_a.keyIs(p.firstToken + 1, "from"))
            entity = bodyOfPanel(p, "from");
        if (entity < 0 && !p.plural && m_a.keyIs(p.firstToken, "the"))
            entity = m_registry.bodyEndingIn(lowerAscii(p.name));  // "the coast guard": the Calvera Coast Guard
        if (entity < 0 && !p.plural && m_a.keyIs(p.firstToken, "the"))
            entity = bodyByItsWords(p);  // "the island’s mountain rescue team": Kelmora Mountain Rescue
        if (entity < 0)
            entity = bodyOwningUnit(p, paragraph);
        if (entity >= 0)
            m_registry.addMention({p.span, entity, MentionKind::RoleNoun, false, paragraph, std::nullopt});
        else
            entity = m_registry.addCommonNoun(p, paragraph);
        break;
    case SourceKind::None:
        if (attr.inheritsSpeaker) {
            // The quote goes on from whoever spoke last nearby, else from whoever was named last.
            // ("The presenter Fenna Rasmussen-Obi took over the slot … “It's for luck.”": but a
            // person its own paragraph opens with, in a sentence of its own, is whom it quotes)
            if (const std::int32_t opener = m_lastSpeakerParagraph == paragraph && m_lastSpeaker >= 0
                                                ? -1
                                                : personOpeningParagraphBefore(paragraph, attr.bounds().begin);
                opener >= 0 && opener != m_lastSpeaker) {
                entity = opener;
            } else if (m_lastSpeaker >= 0 && paragraph <= m_lastSpeakerParagraph + 2) {
                entity = m_lastSpeaker;
                m_follows[index] = m_lastAttribution;
            } else {
                entity = m_registry.lastNamedBefore(attr.bounds().begin, paragraph);
            }
        }
        break;
    }
    if (entity >= 0 && (p.kind == SourceKind::Pronoun || p.kind == SourceKind::RoleNoun))
        m_registry.addMention({p.span, entity, kind, false, paragraph, resolution.antecedent, true});
    m_speakerOf[index] = entity;
    m_alternatives[index] = std::move(resolution.alternatives);
    if (entity >= 0) {
        m_lastSpeaker = entity;
        m_lastSpeakerParagraph = paragraph;
        m_lastAttribution = static_cast<std::int32_t>(index);
    }
}

// "Actress Diane Guerrero has become … published by Henry Holt and Company … Q: … A: …": the
// person an interview's introduction names most often (on a tie, first) answers its questions.
std::int32_t Resolver::mostNamedPerson() const
{
    const auto& entities = m_registry.entities();
    std::vector<std::uint32_t> count(entities.size(), 0);
    std::int32_t best = -1;
    for (const EntityMention& m : m_registry.mentions()) {
        const Entity& e = entities[static_cast<std::size_t>(m.entity)];
        if (m.inQuote || m.notPerson || !e.named || e.plural || !e.knownPerson())
            continue;
        if (++count[static_cast<std::size_t>(m.entity)] > (best < 0 ? 0 : count[static_cast<std::size_t>(best)]))
            best = m.entity;
    }
    return best;
}

// "the minister for local government": "for" and a portfolio in lower case, not whom a role
// serves ("a spokesman for Hillary Clinton")
bool Resolver::portfolioFor(const SourcePhrase& p) const
{
    for (std::uint32_t k = p.firstToken + 1; k + 1 < p.endToken; ++k)
        if (m_a.keyIs(k, "for"))
            return m_a.is(k - 1, wc::PersonRole) && m_a.isLowerWord(k + 1) && !m_a.is(k + 1, wc::Determiner | wc::Pronoun);
    return false;
}

// Role nouns that named no one before them ("Council says …" in a headline) may name
// someone the article introduces later.
void Resolver::resolveForward()
{
    const std::vector<std::int32_t> before = m_speakerOf;
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const SourcePhrase& p = m_attributions[i].source;
        const std::int32_t current = m_speakerOf[i];
        // ("A federal judge on Thursday blocked … ¶ U.S. District Judge Renata Okafor wrote": a lede's
        // indefinite role, which the story names in its next paragraphs)
        // (not "a spokesman for Hillary Clinton", whom the phrase names, nor a bare "a woman")
        // ("The chief of Kinabek First Nation … says": a definite role of a body, named next as
        // "Chief Noreen Papatie"; but "a friend of Trump" names whose friend)
        // ("The Republican leader of the Tarrowmere Senate": a modifier of the role first)
        const std::uint32_t roleWord = p.firstToken + 2 < p.endToken && m_a.is(p.firstToken + 1, wc::RoleModifier) &&
                                               m_a.is(p.firstToken + 2, wc::PersonRole)
                                           ? p.firstToken + 2
                                           : p.firstToken + 1;
        const bool ofBody = roleWord < p.endToken && m_a.keyIs(p.firstToken, "the") && m_a.is(roleWord, wc::PersonRole) &&
                            roleWord + 2 < p.endToken && m_a.keyIs(roleWord + 1, "of") &&
                            (m_a.isCapitalized(roleWord + 2) ||
                             (m_a.keyIs(roleWord + 2, "the") && roleWord + 3 < p.endToken && m_a.isCapitalized(roleWord + 3)));
        // ("A former employee of the Greywater bus depot told a jury": "of" a place in lower case, no one's)
        const bool ofPlace = p.name.find(" of the ") != std::string::npos && m_a.isLowerWord(p.endToken - 1) &&
                             !m_a.is(p.endToken - 1, wc::PersonRole | wc::CollectiveSource) && !p.plural;
        const bool ledeRole = p.kind == SourceKind::CommonNoun && !p.plural && p.type == SpeakerType::Person &&
                              m_a.paragraphOf(p.firstToken) <= 2 && p.name.find(' ') != std::string::npos &&
                              (p.name.find(" for ") == std::string::npos || portfolioFor(p)) &&
                              (ofBody || ofPlace || p.name.find(" of ") == std::string::npos) &&
                              p.name.find(" to ") == std::string::npos;
        // ("…, election commission says", "…, ministry says": a headline's body is the first body of
        // that kind the story names; so is a lede's "the regional utility said", before the story
        // names it)
        // ("…, police said" before "the Tarrow Police Department" is named: the one police body the
        // story names)
        if (p.valid() && p.kind == SourceKind::CommonNoun && p.head == "police" &&
            !namedEntity(current)) {
            if (const std::int32_t police = namedPolice(); police >= 0)
                m_speakerOf[i] = police;
            continue;
        }
        // ("Rellund's energy regulator will raise the cap …, it said": a lede's "it" that nothing
        // before it stands for is the body its report opens with, named later in the story)
        if (p.valid() && p.kind == SourceKind::Pronoun && p.head == "it" && m_a.paragraphOf(p.firstToken) == 1 && current < 0 &&
            !m_attributions[i].spans.empty() && m_attributions[i].spans.front().end <= p.span.begin) {
            const std::uint32_t open = tokenAtOrAfter(m_attributions[i].spans.front().begin);
            const SourcePhrase subject = sourceAfter(m_a, open, p.firstToken);
            // (a described body, "Rellund's energy regulator" too, whose owner is a place)
            if (subject.valid() && subject.type == SpeakerType::Organization && subject.kind != SourceKind::Pronoun &&
                m_a.isLowerWord(subject.endToken - 1))
                if (const std::int32_t body = firstBodyNamedBy(m_a.key(subject.endToken - 1), true, true); body >= 0)
                    m_speakerOf[i] = body;
            continue;
        }
        // ("…, its owner announced" in a lede: a thing's owner is a business, the first that speaks)
        if (p.valid() && m_a.paragraphOf(p.firstToken) == 1 && m_a.keyIs(p.firstToken, "its") && p.endToken == p.firstToken + 2 &&
            m_a.keyIsOneOf(p.endToken - 1, "owner", "owners", "operator", "operators", "parent") && current >= 0 && !namedEntity(current)) {
            if (const std::int32_t business = firstBodyNamedBy("company", true, true); business >= 0)
                m_speakerOf[i] = business;
            continue;
        }
        // (not "The board of Dunmore Breweries said", which names whose board)
        bool namesItsBody = false;
        for (std::uint32_t k = p.firstToken; k + 1 < p.endToken && !namesItsBody; ++k)
            namesItsBody = m_a.keyIs(k, "of") && m_a.isCapitalized(k + 1);
        const bool lede = m_a.paragraphOf(p.firstToken) == 1 && !namesItsBody;
        // ("13:10 - The runway has reopened, the airport said." in a live blog told newest first: a
        // body's bare noun that nothing before it named, named further down)
        const bool bareDefinite = m_a.keyIs(p.firstToken, "the") && p.endToken == p.firstToken + 2 && m_a.isLowerWord(p.firstToken + 1);
        if (p.valid() && p.type == SpeakerType::Organization && !p.plural &&
            (m_a.paragraphOf(p.firstToken) == 0 || lede || bareDefinite) &&
            (p.kind == SourceKind::CommonNoun || p.kind == SourceKind::RoleNoun) && current >= 0 && !namedEntity(current)) {
            // ("Health insurer says": a business by its kind, which the body names)
            const bool bare = p.endToken == p.firstToken + 1 || (isBusinessNoun(p.head) && m_a.key(p.endToken - 1) == p.head);
            // ("The professional riders’ union": the body whose name holds its members' word first)
            std::string owner;
            for (std::uint32_t k = p.firstToken; k + 1 < p.endToken && owner.empty(); ++k)
                if (m_a.isLowerWord(k) && m_a.key(k).size() > 3 && m_a.key(k).ends_with("s") && isPluralApostrophe(m_a, k + 1))
                    owner = std::string(m_a.key(k).substr(0, m_a.key(k).size() - 1));
            std::int32_t body = owner.empty() ? -1 : firstBodyNamedBy(p.head, bare, lede, owner);
            if (body < 0)
                body = firstBodyNamedBy(p.head, bare, lede);
            if (body >= 0)
                m_speakerOf[i] = body;
            continue;
        }
        // ("…, DA says" above "District Attorney Lorraine Whitcomb": a headline's office by its
        // initials)
        if (p.kind == SourceKind::Name && p.endToken == p.firstToken + 1 && m_a.paragraphOf(p.firstToken) == 0 &&
            m_a.token(p.firstToken).has(tokflag::AllCaps)) {
            static constexpr std::pair<std::string_view, std::string_view> kOffices[] = {
                {"da", "district attorney"}, {"ag", "attorney general"}, {"ceo", "chief executive"}};
            for (const auto& [initials, office] : kOffices)
                if (m_a.keyIs(p.firstToken, initials)) {
                    SourcePhrase role = p;
                    role.kind = SourceKind::RoleNoun;
                    role.name = std::string(office);
                    role.head = std::string(office.substr(office.rfind(' ') + 1));
                    role.type = SpeakerType::Person;
                    if (const std::int32_t match = m_registry.uniqueMatchForRole(role); match >= 0)
                        m_speakerOf[i] = match;
                }
            continue;
        }
        // ("Fire chief says …" above "Fire Chief Orla Brennick", "Illinois governor says", "Former
        // Velden treasurer denies": a headline's role in lower case after words the headline
        // capitalises, the role of someone the story names)
        const std::uint32_t last = p.endToken - 1;
        if (p.kind == SourceKind::Name && p.type != SpeakerType::Organization && m_a.paragraphOf(p.firstToken) == 0 &&
            p.endToken >= p.firstToken + 2 && p.endToken <= p.firstToken + 4 && m_a.token(p.firstToken).has(tokflag::SentenceStart) &&
            !m_a.is(p.firstToken, wc::FirstName | wc::Honorific) && m_a.isLowerWord(last) && m_a.is(last, wc::PersonRole)) {
            SourcePhrase role = p;
            role.kind = SourceKind::RoleNoun;
            role.head = std::string(m_a.key(last));
            role.type = SpeakerType::Person;
            if (const std::int32_t match = m_registry.uniqueMatchForRole(role); match >= 0 && match != current)
                m_speakerOf[i] = match;
            continue;
        }
        if ((p.kind != SourceKind::RoleNoun && !ledeRole) || current < 0 || namedEntity(current))
            continue;
        std::int32_t match = m_registry.uniqueMatchForRole(p);
        if (match < 0)
            match = m_registry.byParty(p).entity;  // "The GOP nominee" before "Republican Donald Trump"
        if (match < 0 && ledeRole && (m_a.keyIs(p.firstToken, "a") || m_a.keyIs(p.firstToken, "an") || ofBody))
            match = personOpeningNextParagraph(m_a.paragraphOf(p.firstToken));
        // ("…, the minister for local government said. ¶ Minister Bakari Mwanzele told parliament":
        // a lede's definite role, which the next paragraph opens with, name and all)
        // ("…, the borders minister has said …. ¶ Nkechi Brammall told the committee": or one given no
        // role at all)
        // (an office in the lede after a headline, not an anonymous "the source")
        const bool ledeOffice = p.kind == SourceKind::RoleNoun && !p.plural && p.type == SpeakerType::Person &&
                                m_a.paragraphOf(p.firstToken) >= 1 && m_a.paragraphOf(p.firstToken) <= 2 &&
                                m_a.is(p.endToken - 1, wc::PersonRole) &&
                                !m_a.keyIsOneOf(p.endToken - 1, "source", "official", "aide", "adviser", "advisor", "insider");
        if (match < 0 && (ledeRole || ledeOffice) && m_a.keyIs(p.firstToken, "the"))
            if (const std::int32_t next = personOpeningNextParagraph(m_a.paragraphOf(p.firstToken)); next >= 0)
                if (const Entity& e = m_registry.entities()[static_cast<std::size_t>(next)];
                    containsWord(e.lowerRole, p.head) || e.role.empty())
                    match = next;
        if (match >= 0 && ledeRole && m_registry.entities()[static_cast<std::size_t>(match)].nameTrust < 2)
            match = -1;  // (a name the text itself gives, not a headline's run)
        if (match >= 0)
            m_speakerOf[i] = match;
    }
    // ("The chief constable … has admitted …. She said …": the attributions that reached the role's
    // person through a pronoun or a document follow the role to the name found for it)
    std::vector<std::pair<std::int32_t, std::int32_t>> named;  // unnamed entity → the entity found for it
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const std::int32_t was = before[i], now = m_speakerOf[i];
        if (was < 0 || now < 0 || was == now || namedEntity(was))
            continue;
        const auto it = std::find_if(named.begin(), named.end(), [was](const auto& link) { return link.first == was; });
        if (it == named.end())
            named.emplace_back(was, now);
        else if (it->second != now)
            it->second = -1;  // (found as two people: left as it is)
    }
    for (std::size_t j = 0; j < m_attributions.size() && !named.empty(); ++j)
        if (before[j] == m_speakerOf[j])
            for (const auto& [was, now] : named)
                if (m_speakerOf[j] == was && now >= 0)
                    m_speakerOf[j] = now;
    // ("Former goalkeeper tells court …" above "A former top-flight goalkeeper told a court …": a
    // headline's role is the person the lede describes by the same noun, once the lede is resolved)
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const SourcePhrase& p = m_attributions[i].source;
        const std::int32_t current = m_speakerOf[i];
        if (!p.valid() || p.kind == SourceKind::Pronoun || m_a.paragraphOf(p.firstToken) != 0 || !m_a.isLowerWord(p.endToken - 1) ||
            !m_a.is(p.endToken - 1, wc::PersonRole) || namedEntity(current))
            continue;
        for (std::size_t j = i + 1; j < m_attributions.size(); ++j) {
            const SourcePhrase& q = m_attributions[j].source;
            if (!q.valid())
                continue;
            if (m_a.paragraphOf(q.firstToken) > 1)
                break;
            const std::int32_t described = m_speakerOf[j];
            if (q.kind == SourceKind::CommonNoun && m_a.key(q.endToken - 1) == m_a.key(p.endToken - 1) && described >= 0 &&
                m_registry.entities()[static_cast<std::size_t>(described)].named) {
                m_speakerOf[i] = described;
                break;
            }
        }
    }
    // ("…, union warns" above "The professional riders’ union has warned": a headline's bare body noun
    // is the body the lede's phrase of that noun was found to be)
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const SourcePhrase& p = m_attributions[i].source;
        if (!p.valid() || p.type != SpeakerType::Organization || p.endToken != p.firstToken + 1 ||
            (p.kind != SourceKind::CommonNoun && p.kind != SourceKind::RoleNoun) || m_a.paragraphOf(p.firstToken) != 0)
            continue;
        for (std::size_t j = i + 1; j < m_attributions.size(); ++j) {
            const SourcePhrase& q = m_attributions[j].source;
            if (!q.valid() || m_a.paragraphOf(q.firstToken) == 0)
                continue;
            if (m_a.paragraphOf(q.firstToken) > 1)
                break;
            const std::int32_t described = m_speakerOf[j];
            const Entity* body = described >= 0 ? &m_registry.entities()[static_cast<std::size_t>(described)] : nullptr;
            if (body && q.endToken > q.firstToken + 1 && m_a.key(q.endToken - 1) == m_a.key(p.firstToken) && body->named &&
                body->type == SpeakerType::Organization) {
                m_speakerOf[i] = described;
                break;
            }
        }
    }
}

// The named person the first sentence of paragraph `paragraph` is about, when that sentence
// ends before `before` (a byte offset) and names no one else first; -1 otherwise.
std::int32_t Resolver::personOpeningParagraphBefore(std::uint32_t paragraph, std::uint32_t before) const
{
    const Paragraph& para = m_a.seg().paragraphs[paragraph];
    if (para.firstToken >= para.endToken)
        return -1;
    const Sentence& first = m_a.sentenceOf(para.firstToken);
    if (first.endToken >= m_a.tokenCount() || m_a.token(first.endToken - 1).span.end > before)
        return -1;
    for (const EntityMention& m : m_registry.mentions()) {
        if (m.paragraph != paragraph || m.inQuote)
            continue;
        const std::uint32_t token = tokenAtOrAfter(m.span.begin);
        if (token >= first.endToken || token < para.firstToken)
            return -1;
        const Entity& e = m_registry.entities()[static_cast<std::size_t>(m.entity)];
        // (the name within its sentence's first words: "The presenter Fenna Rasmussen-Obi")
        return m.kind == MentionKind::Name && e.named && e.type == SpeakerType::Person && !e.plural && token < first.firstToken + 4
                   ? m.entity
                   : -1;
    }
    return -1;
}

// "A former top-flight goalkeeper told a court …. ¶ Tobias Renn, 33, has pleaded guilty": the
// person whose name opens the paragraph after a lede's indefinite description, or none.
std::int32_t Resolver::personOpeningNextParagraph(std::uint32_t paragraph) const
{
    for (const EntityMention& m : m_registry.mentions()) {
        if (m.paragraph <= paragraph || m.inQuote)
            continue;
        if (m.paragraph > paragraph + 1)
            return -1;
        const Entity& e = m_registry.entities()[static_cast<std::size_t>(m.entity)];
        const std::uint32_t first = tokenAtOrAfter(m.span.begin);
        return m.kind == MentionKind::Name && first < m_a.tokenCount() && m_a.token(first).has(tokflag::ParagraphStart) &&
                       e.named && e.type != SpeakerType::Organization && !e.place && !e.plural
                   ? m.entity
                   : -1;
    }
    return -1;
}

// The first named body, outside the headline, whose name holds `head` ("the National Disaster
// Mitigation Agency" for a headline's "disaster agency"). With `speaker`, only one that speaks in
// the story, of a name of no known type too ("Corvex declined to comment"), but no modifier's
// initials ("spare SIM cards").
std::int32_t Resolver::firstBodyNamedBy(std::string_view head, bool bareNoun, bool speaker, std::string_view owner) const
{
    const auto& entities = m_registry.entities();
    for (const EntityMention& m : m_registry.mentions()) {
        const Entity& e = entities[static_cast<std::size_t>(m.entity)];
        // ("airline says" for "Aurora Skyways", a name of unknown type that holds a word of its kin;
        // a bare "union says" for the "Caldora Teachers' Federation", but not "flight attendants'
        // union" for the first federation named)
        // ("grocer warns" for "Harwell's, the supermarket chain": a bare business noun, the first
        // business named)
        // (named as a source, or resolved as one: "the panel said")
        // (a body its members' word names need not have spoken: "the riders’ union" is the Association of
        // Professional Riders)
        if (speaker && owner.empty() && !e.spoke && std::find(m_speakerOf.begin(), m_speakerOf.end(), m.entity) == m_speakerOf.end())
            continue;
        const bool business = bareNoun && isBusinessNoun(head) &&
                              (e.type == SpeakerType::Organization || (speaker && e.type == SpeakerType::Unknown)) && !e.place &&
                              !e.country && !isInstitutionName(e.lowerName);
        const bool named = (e.type == SpeakerType::Organization &&
                            (bareNoun || speaker ? namesBodyOf(head, e.lowerName) : e.lowerName.find(head) != std::string::npos)) ||
                           (e.type != SpeakerType::Person && namesKinOfUnknownType(head, e.lowerName)) || business;
        if (m.paragraph > 0 && !m.inQuote && e.named && named &&
            (owner.empty() || e.lowerName.find(owner) != std::string::npos))
            return m.entity;
    }
    if (!owner.empty())
        return -1;
    // ("the country's heritage agency said" above "according to the Dalmar Heritage Directorate": a
    // public body by another of its nouns, when the description's word names it)
    if (head == "agency" && speaker)
        for (const EntityMention& m : m_registry.mentions()) {
            const Entity& e = entities[static_cast<std::size_t>(m.entity)];
            const std::string_view last = lastWordOf(e.lowerName);
            if (m.paragraph > 0 && !m.inQuote && e.named && e.type == SpeakerType::Organization &&
                std::find(m_speakerOf.begin(), m_speakerOf.end(), m.entity) != m_speakerOf.end() &&
                (last == "directorate" || last == "authority" || last == "service" || last == "bureau" ||
                 last == "administration" || last == "office"))
                return m.entity;
        }
    return -1;
}

// "But a Carrick City lawyer said …. The lawyer, Josephine Akintola, …, said": a described person
// whom the next sentences name as "the" and the same last word, then the name, is that person.
void Resolver::describedThenNamed()
{
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const SourcePhrase& p = m_attributions[i].source;
        const std::int32_t current = m_speakerOf[i];
        // ("One Harrowgate author, a debut novelist …, said": one of several, as indefinite as "a")
        const bool indefinite = p.valid() && m_a.keyIsOneOf(p.firstToken, "a", "an", "one");
        // ("a 52-year-old crane operator": an age says a person, whatever the noun)
        bool aged = false;
        for (std::uint32_t k = p.firstToken; p.valid() && k < p.endToken && k < p.firstToken + 4 && !aged; ++k)
            aged = m_a.key(k).ends_with("-year-old");
        if (!p.valid() || p.kind == SourceKind::Pronoun || p.plural || (p.type == SpeakerType::Organization && !aged) ||
            (p.kind == SourceKind::Name && !indefinite) ||
            (namedEntity(current) && !indefinite))
            continue;
        // (and a role of its apposition: "The first witness, a former accounts clerk at Kestrel," is
        // "The clerk, Tamsin Bright" later)
        std::array<std::string_view, 4> heads = {m_a.key(p.endToken - 1)};
        std::size_t headCount = 1;
        for (std::uint32_t k = p.firstToken + 1; k + 1 < p.endToken; ++k)
            if (m_a.isPunct(k, ',')) {
                for (std::uint32_t r = k + 1; r < p.endToken && headCount < heads.size() &&
                                              !m_a.is(r, wc::Preposition | wc::Subordinator); ++r)
                    if (m_a.isLowerWord(r) && m_a.is(r, wc::PersonRole))
                        heads[headCount++] = m_a.key(r);
                break;
            }
        // ("The chair of the jury for the Varenne Prize, the richest award in Marovia," is "the chair, …")
        if (!p.head.empty() && p.head != heads[0] && headCount < heads.size() && !indefinite)
            heads[headCount++] = p.head;
        const std::uint32_t paragraph = m_a.paragraphOf(p.firstToken);
        bool found = false;
        for (std::size_t j = i + 1; j < m_attributions.size(); ++j) {
            const SourcePhrase& q = m_attributions[j].source;
            if (!q.valid())
                continue;
            // (two paragraphs on: a lede's "a judge" is "Judge Ifeoma Nwachukwu" after a paragraph of facts)
            if (m_a.paragraphOf(q.firstToken) > paragraph + 2)
                break;
            if (m_speakerOf[j] >= 0 &&
                std::any_of(heads.begin(), heads.begin() + static_cast<std::ptrdiff_t>(headCount),
                            [&](std::string_view head) { return namesDescribed(q, head, indefinite); })) {
                m_speakerOf[i] = m_speakerOf[j];
                found = true;
                break;
            }
        }
        if (found || !indefinite || (p.type != SpeakerType::Person && !aged))
            continue;
        // ("A 34-year-old nurse … says she …. ¶ The nurse, Priya Dunmore, agreed to speak …": named
        // outside any attribution; her pronouns before the name are hers too)
        // (by its head noun too, before a relative clause: "A 34-year-old nurse who has worked … for nine years")
        if (!p.head.empty() && std::find(heads.begin(), heads.begin() + static_cast<std::ptrdiff_t>(headCount), p.head) ==
                                   heads.begin() + static_cast<std::ptrdiff_t>(headCount) &&
            headCount < heads.size())
            heads[headCount++] = p.head;
        if (const NamedLater named = nameGivenLater(p, heads, headCount); named.entity >= 0) {
            for (std::size_t j = i + 1; j < m_attributions.size() && m_attributions[j].bounds().begin < named.at; ++j)
                if (const SourcePhrase& q = m_attributions[j].source;
                    q.kind == SourceKind::Pronoun && !q.plural && (m_speakerOf[j] < 0 || m_speakerOf[j] == current) &&
                    (q.gender == Gender::Unknown || p.gender == Gender::Unknown || q.gender == p.gender))
                    m_speakerOf[j] = named.entity;
            m_speakerOf[i] = named.entity;
        }
    }
}

// "The nurse, Priya Dunmore," in the paragraph of the description `p` or the two after it: the
// entity so named and where, or none.
Resolver::NamedLater Resolver::nameGivenLater(const SourcePhrase& p, const std::array<std::string_view, 4>& heads,
                                              std::size_t headCount) const
{
    const std::uint32_t lastParagraph = m_a.paragraphOf(p.firstToken) + 2;
    for (const EntityMention& m : m_registry.mentions()) {
        if (m.kind != MentionKind::Name || m.span.begin <= p.span.end || m.entity < 0)
            continue;
        const std::uint32_t first = tokenAtOrAfter(m.span.begin);
        if (first >= m_a.tokenCount() || m_a.paragraphOf(first) > lastParagraph)
            break;
        // (the mention may hold the role: "The nurse, Priya Dunmore")
        const std::uint32_t name = first + 3 < m_a.tokenCount() && m_a.keyIs(first, "the") && m_a.isPunct(first + 2, ',') ? first + 3 : first;
        const auto isHead = [&](std::uint32_t t) {
            return std::any_of(heads.begin(), heads.begin() + static_cast<std::ptrdiff_t>(headCount),
                               [&](std::string_view head) { return m_a.keyIs(t, head); });
        };
        // ("A coroner has found … ¶ Senior Coroner Ruth Okonkwo-Baines recorded": or a title of that
        // role opening the name, where the name opens its sentence)
        bool titled = false;
        for (std::uint32_t t = first; t < first + 3 && t + 1 < m_a.tokenCount() && m_a.isCapitalized(t) && !titled; ++t)
            titled = m_a.is(t, wc::PersonRole) && isHead(t) && m_a.isCapitalized(t + 1) && !m_a.is(t + 1, wc::PersonRole) &&
                     m_a.token(first).has(tokflag::SentenceStart);
        // (not of another party: "a Democratic senator" is no "Senator John Cornyn of Texas, the No. 2 Republican")
        if (const std::string_view party = partyIn(lowerAscii(p.name)); titled && !party.empty()) {
            const std::uint32_t sentenceEnd = m_a.sentenceOf(first).endToken;
            for (std::uint32_t t = first; t < sentenceEnd && t < first + 16 && titled; ++t)
                if (const std::string_view other = partyIn(m_a.key(t)); !other.empty())
                    titled = other == party;
        }
        // (a person's noun: not "after the rape, Bill Clinton called her")
        if (!titled && (name < 3 || !m_a.isPunct(name - 1, ',') || !m_a.keyIs(name - 3, "the") ||
                        !(m_a.is(name - 2, wc::PersonRole) || m_a.keyIs(name - 2, p.head)) || !isHead(name - 2)))
            continue;
        const Entity& e = m_registry.entities()[static_cast<std::size_t>(m.entity)];
        if (!e.named || e.type == SpeakerType::Organization)
            continue;
        return {m.entity, m.span.begin};
    }
    return {};
}

// Does `q`, an attribution's source after another's, name the one that other described by the
// role `head`? (`indefinite`: that other was "a …")
bool Resolver::namesDescribed(const SourcePhrase& q, std::string_view head, bool indefinite) const
{
    if (q.kind != SourceKind::Name || q.type == SpeakerType::Organization)
        return false;
    const std::uint32_t first = q.firstToken;
    const bool theRoleComma = first >= 3 && m_a.isPunct(first - 1, ',') && m_a.keyIs(first - 2, head) &&
                              m_a.keyIs(first - 3, "the");
    const bool theRoleInPhrase = m_a.keyIs(first, "the") && first + 2 < q.endToken && m_a.keyIs(first + 1, head) &&
                                 m_a.isPunct(first + 2, ',');
    // ("a coroner heard … ¶ Senior coroner Rosalind Ashby said": an indefinite role the next
    // paragraphs give a name, as its title)
    const std::size_t space = q.role.rfind(' ');
    // (not "one passenger" … "Another passenger, Tomas Reyl,": someone else)
    const std::string role = lowerAscii(q.role);
    const bool someoneElse = role.starts_with("another ") || role.starts_with("other ") || role.starts_with("a second ") ||
                             role.starts_with("second ") || role.starts_with("a third ") || role.starts_with("a fellow ") ||
                             role.starts_with("fellow ") || m_a.keyIsOneOf(first, "another", "other", "fellow") ||
                             (m_a.keyIs(first, "a") && m_a.keyIsOneOf(first + 1, "second", "third", "fellow"));
    const bool titled = indefinite && !q.role.empty() && !someoneElse &&
                        lowerAscii(space == std::string::npos ? q.role : q.role.substr(space + 1)) == head;
    return theRoleComma || theRoleInPhrase || titled;
}

// The party letter and the state a legislator's name is followed by in `text` (", R-Ind.",
// " (D-W.Va.)"): {'R', "Ind."}, or {0, ""}.
std::pair<char, std::string_view> partyAndStateIn(std::string_view text)
{
    for (std::size_t dash = text.find('-', 2); dash != std::string_view::npos; dash = text.find('-', dash + 1)) {
        const char party = text[dash - 1];
        if ((party != 'R' && party != 'D' && party != 'I') || (text[dash - 2] != ' ' && text[dash - 2] != '('))
            continue;
        std::size_t end = dash + 1;
        while (end < text.size() && text[end] != ',' && text[end] != ')' && text[end] != ';' && end - dash < 16)
            ++end;
        return {party, text.substr(dash + 1, end - dash - 1)};
    }
    return {0, {}};
}

// "House Speaker Marian Holloway, R-Ind., … ¶ the Indiana Republican said", "the Vermont
// senator": a state and a party or an office name the one legislator the article gave that state
// (and party) after their name.
std::int32_t Resolver::byStateAndParty(const SourcePhrase& p) const
{
    const std::size_t space = p.name.rfind(' ');
    if (!p.valid() || p.plural || space == std::string::npos)
        return -1;
    const std::string head = lowerAscii(std::string_view(p.name).substr(space + 1));
    const char party = head == "republican" ? 'R' : head == "democrat" ? 'D' : 0;
    const bool office = head == "senator" || head == "congressman" || head == "congresswoman" ||
                        head == "representative" || head == "lawmaker" || head == "legislator";
    std::string_view words = std::string_view(p.name).substr(0, space);
    if (words.starts_with("the ") || words.starts_with("The "))
        words.remove_prefix(4);
    const UsState* state = (party || office) ? usStateNamed(words) : nullptr;
    if (state == nullptr)
        return -1;
    std::int32_t found = -1;
    for (const EntityMention& m : m_registry.mentions()) {
        if (m.span.begin >= p.span.begin)
            break;
        const Entity& e = m_registry.entities()[static_cast<std::size_t>(m.entity)];
        if (m.kind != MentionKind::Name || m.inQuote || !e.named || e.plural || e.type == SpeakerType::Organization)
            continue;
        const std::string_view text = m_a.text();
        const std::size_t to = std::min<std::size_t>(text.size(), m.span.end + 24);
        const auto [letter, abbreviation] = partyAndStateIn(text.substr(m.span.begin, to - m.span.begin));
        if (letter == 0 || (party && letter != party) || !abbreviatesState(abbreviation, *state))
            continue;
        if (found >= 0 && found != m.entity)
            return -1;  // two legislators of that state: the phrase does not say which
        found = m.entity;
    }
    return found;
}

// "…, rights group says" found to be Civic Watch: whatever else was resolved to the headline's
// description ("It says …" after it) is Civic Watch too, when the body never names the description.
void Resolver::followHeadlineLinks(const std::vector<std::int32_t>& resolvedInOrder, const std::vector<bool>& namedInBody)
{
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const std::int32_t from = resolvedInOrder[i], to = m_speakerOf[i];
        const SourcePhrase& p = m_attributions[i].source;
        if (from < 0 || to < 0 || from == to || !p.valid() || m_a.paragraphOf(p.firstToken) != 0 ||
            namedInBody[static_cast<std::size_t>(from)])
            continue;
        for (std::size_t j = 0; j < m_attributions.size(); ++j)
            if (m_speakerOf[j] == from && resolvedInOrder[j] == from)
                m_speakerOf[j] = to;
        // (and what the headline called it says what it is: a "group" is an organisation)
        Entity& target = m_registry.entities()[static_cast<std::size_t>(to)];
        const Entity& description = m_registry.entities()[static_cast<std::size_t>(from)];
        if (target.type == SpeakerType::Unknown && target.gender == Gender::Unknown)
            target.type = description.type;
    }
}

// Per entity: is it named by name outside the headline (not only by "the governor" or "he")?
std::vector<bool> Resolver::entitiesNamedInBody() const
{
    std::vector<bool> named(m_registry.entities().size(), false);
    for (const EntityMention& m : m_registry.mentions())
        if (m.paragraph > 0 && m.kind == MentionKind::Name && !m.inQuote)
            named[static_cast<std::size_t>(m.entity)] = true;
    return named;
}

// The first token that starts at or after a byte offset.
std::uint32_t Resolver::tokenAtOrAfter(std::uint32_t offset) const
{
    const auto& tokens = m_a.seg().tokens;
    const auto it = std::lower_bound(tokens.begin(), tokens.end(), offset,
                                     [](const Token& t, std::uint32_t at) { return t.span.begin < at; });
    return static_cast<std::uint32_t>(std::min<std::ptrdiff_t>(it - tokens.begin(), static_cast<std::ptrdiff_t>(tokens.size()) - 1));
}

// The words of an attribution's content that carry its meaning, cut to five letters ("warned",
// "warns" → "warne", "warns": near enough) and sorted.
std::vector<std::string_view> Resolver::contentStems(const Attribution& attr) const
{
    std::vector<std::string_view> stems;
    const auto& tokens = m_a.seg().tokens;
    for (const Span& span : attr.spans) {
        for (std::uint32_t i = tokenAtOrAfter(span.begin); i < tokens.size() && tokens[i].span.end <= span.end; ++i) {
            if (!m_a.isWordLike(i) || m_a.key(i).size() < 3 ||
                m_a.is(i, wc::Determiner | wc::Preposition | wc::Conjunction | wc::Pronoun | wc::Auxiliary |
                              wc::Subordinator | wc::Negation))
                continue;
            const std::string_view key = m_a.key(i);
            stems.push_back(key.substr(0, 5));
        }
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

// "Witness says she saw defendant near depot before blaze" over "Renata Voss told the court she
// had seen the defendant near the depot": a headline's described source that the body never
// names is the named speaker of the body's report that says the same thing.
void Resolver::headlineByContent(const std::vector<bool>& namedInBody)
{
    const auto& entities = m_registry.entities();
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const SourcePhrase& p = m_attributions[i].source;
        if (!p.valid() || p.kind == SourceKind::Pronoun || p.plural || m_a.paragraphOf(p.firstToken) != 0 ||
            !inTitleLine(m_a, p.firstToken) || studyNoun(m_a, p.endToken - 1) || evidenceNoun(m_a, p.endToken - 1))
            continue;  // (a poll or a study that finds is no one's voice: "…, poll finds")
        const std::int32_t current = m_speakerOf[i];
        if (current >= 0 && entities[static_cast<std::size_t>(current)].named && namedInBody[static_cast<std::size_t>(current)])
            continue;  // someone the story names: the headline's words found them already
        const std::vector<std::string_view> headline = contentStems(m_attributions[i]);
        if (headline.size() < 3)
            continue;
        std::int32_t best = -1;
        std::size_t bestShared = 0;
        for (std::size_t j = 0; j < m_attributions.size(); ++j) {
            const std::int32_t e = m_speakerOf[j];
            if (e < 0 || e == current || m_attributions[j].spans.empty() ||
                m_a.paragraphOf(tokenAtOrAfter(m_attributions[j].spans.front().begin)) == 0)
                continue;
            const Entity& entity = entities[static_cast<std::size_t>(e)];
            if (!entity.named || entity.plural || !namedInBody[static_cast<std::size_t>(e)] ||
                (p.type != SpeakerType::Unknown && entity.type != SpeakerType::Unknown && p.type != entity.type))
                continue;
            const std::vector<std::string_view> body = contentStems(m_attributions[j]);
            std::size_t shared = 0;
            for (std::string_view w : headline)
                shared += std::binary_search(body.begin(), body.end(), w);
            if (shared > bestShared) {
                bestShared = shared;
                best = e;
            }
        }
        // (two words in common at least, and a third of the headline's)
        if (best >= 0 && bestShared >= 2 && bestShared * 3 >= headline.size())
            m_speakerOf[i] = best;
    }
}

// "the Kalra brothers", "the Okonjo twins", "the Amadi family": a surname before a plural of kin
// names a family, whom "Mrs Kalra" or "Kalra" later is not.
bool Resolver::familyModifier(const SourcePhrase& name) const
{
    const std::uint32_t k = name.firstToken;
    return name.endToken == k + 1 && k > 0 && m_a.keyIs(k - 1, "the") && k + 1 < m_a.tokenCount() &&
           m_a.keyIsOneOf(k + 1, "brothers", "sisters", "twins", "family", "siblings", "cousins", "couple", "household");
}

AnnotationSet Resolver::run()
{
    const std::vector<SourcePhrase> names = findNameMentions(m_a);
    m_inside = capitalisedInside(m_a, names);
    const auto& inside = m_inside;
    std::vector<Event> events;
    events.reserve(names.size() + m_attributions.size());
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const Attribution& attr = m_attributions[i];
        const std::uint32_t position = attr.source.valid() ? attr.source.span.begin : attr.bounds().begin;
        events.push_back({position, static_cast<std::int32_t>(i), nullptr, false});
    }
    // Sources, ordered, to skip the name mentions they already stand for.
    std::vector<Span> sources;
    for (const Attribution& attr : m_attributions)
        if (attr.source.valid() && !isCouple(m_a, attr.source))  // (the names of "Gordon and Ruth Pennock" count)
            sources.push_back(attr.source.span);
    std::sort(sources.begin(), sources.end());
    // The furthest any source up to each reaches: where none reaches a name, the look back stops.
    std::vector<std::uint32_t> reach(sources.size());
    for (std::size_t i = 0; i < sources.size(); ++i)
        reach[i] = std::max(sources[i].end, i > 0 ? reach[i - 1] : 0);
    auto isSource = [&](Span span) {
        auto it = std::lower_bound(sources.begin(), sources.end(), Span{span.end, span.end});
        while (it != sources.begin()) {
            --it;
            if (it->overlaps(span))
                return true;
            if (it->end <= span.begin && span.begin - it->end > 2000)
                break;  // sources are short: nothing further back reaches this far
            if (reach[static_cast<std::size_t>(it - sources.begin())] <= span.begin)
                break;  // (nor does any before it)
        }
        return false;
    };
    // ("A spokesperson for Cumbria Police", "Analysts at Fennimore Securities": the organisation a
    // described source speaks for is named, and "the force" may refer to it later)
    std::vector<Span> described;
    std::vector<Span> named;  // "A spokeswoman for the Lowmoor Health Board, Janine Roper": a named speaker's employer
    for (const Attribution& attr : m_attributions) {
        // ("Dunmore City Council's cabinet": a body of a named owner, which "the council" is later)
        const bool ownersBody = attr.source.kind == SourceKind::Name && attr.source.type == SpeakerType::Organization &&
                                attr.source.endToken > attr.source.firstToken + 1 &&
                                m_a.token(attr.source.endToken - 2).has(tokflag::Possessive) &&
                                m_a.isLowerWord(attr.source.endToken - 1) && m_a.is(attr.source.endToken - 3, wc::OrgNoun) &&
                                !m_a.is(attr.source.endToken - 1, wc::PersonRole);
        if (attr.source.kind == SourceKind::CommonNoun || attr.source.kind == SourceKind::RoleNoun || ownersBody)
            described.push_back(attr.source.span);
        // ("…,” said Aurel Dascu, president of the Castrovan Society of Infectious Diseases (CSID), at a
        // press conference": a role the phrase holds, though not read as the speaker's)
        else if (attr.source.kind == SourceKind::Name && attr.source.type == SpeakerType::Person)
            named.push_back(attr.source.span);
    }
    const auto insideDescribed = [&](const SourcePhrase& name) {
        const Span span = name.span;
        if (std::any_of(described.begin(), described.end(), [&](Span d) { return d.contains(span); }))
            return true;
        std::uint32_t before = name.firstToken;
        if (before > 0 && m_a.keyIs(before - 1, "the"))
            --before;
        // ("Kestrel Rovers manager Tom Vance": the employer before a named speaker's role)
        const bool employer = name.endToken < m_a.tokenCount() && m_a.isLowerWord(name.endToken) &&
                              m_a.is(name.endToken, wc::PersonRole);
        // (and "Dr Neil Farrant, branch secretary of the Academic Staff Federation,": the body a role is of)
        const bool roleOf = before > 1 && m_a.keyIs(before - 1, "of") && m_a.isLowerWord(before - 2) &&
                            m_a.is(before - 2, wc::PersonRole);
        // (or "Detective Sergeant Carys Penhallow, of Saltmarrow Police,": an affiliation after a comma)
        // ("Capt. Ilinca Moraru-Dascalu of the Northern Regional Police": or right after the name)
        const bool affiliation = before > 1 && m_a.keyIs(before - 1, "of") && (m_a.isPunct(before - 2, ',') || m_a.isCapitalized(before - 2));
        return (employer || roleOf || affiliation || (before > 0 && m_a.keyIs(before - 1, "for"))) &&
               std::any_of(named.begin(), named.end(), [&](Span d) { return d.contains(span); });
    };
    DatelineEnds datelines(m_a);
    // ("A senior aide to Gov. Martin Keel said": the governor is named, so "Keel" later is him; but
    // the aide spoke, and no "he" stands for the governor on this mention's strength)
    for (const SourcePhrase& name : names)
        if (const bool inSource = isSource(name.span) && !personInRelativeClause(m_a, name);
            (!inSource || insideDescribed(name)) && keepNameMention(m_a, name, datelines, inside) &&
            (inSource || !initialsQualifyThing(m_a, name)))
            events.push_back({name.span.begin, -1, &name, inSource});  // (looked up once, asked again below)
    // The attributions' events, then the names', each nearly always in reading order already:
    // merged, not sorted again as one list (the same order as a stable sort of the whole).
    const auto byPosition = [](const Event& x, const Event& y) { return x.position < y.position; };
    const auto namesBegin = events.begin() + static_cast<std::ptrdiff_t>(m_attributions.size());
    for (const auto& [begin, end] : {std::pair{events.begin(), namesBegin}, std::pair{namesBegin, events.end()}})
        if (!std::is_sorted(begin, end, byPosition))
            std::stable_sort(begin, end, byPosition);
    std::inplace_merge(events.begin(), namesBegin, events.end(), byPosition);
    for (const Event& e : events) {
        if (e.attribution >= 0)
            resolveSource(static_cast<std::size_t>(e.attribution));
        else if (const std::int32_t relative = relativeByAge(*e.name); relative >= 0)
            // ("The elder Lindqvar laughs at that. She insists …": the mother, whom "she" may take next)
            m_registry.addMention({e.name->span, relative, MentionKind::Name, m_a.insideQuote(e.name->firstToken),
                                   m_a.paragraphOf(e.name->firstToken), std::nullopt});
        else if (familyModifier(*e.name))
            continue;  // "the Kalra brothers’ mother": the family, not one of them
        else {
            // (a copy only for the rare given name that takes a family's surname)
            std::optional<SourcePhrase> full;
            if (std::string surname = familySurname(*e.name, names); !surname.empty()) {
                full = *e.name;
                full->name += surname;
            }
            const std::int32_t entity = m_registry.addName(full ? *full : *e.name, m_a.paragraphOf(e.name->firstToken),
                                                           m_a.insideQuote(e.name->firstToken), false,
                                                           placeOrModifier(m_a, *e.name) || e.inSource, opensSentence(m_a, *e.name));
            if (isPlaceName(m_a, *e.name))
                m_registry.entities()[static_cast<std::size_t>(entity)].place = true;  // later "Pacific" is no "he" either
        }
    }
    const std::vector<std::int32_t> resolvedInOrder = m_speakerOf;
    resolveForward();
    describedThenNamed();
    const std::vector<bool> namedInBody = entitiesNamedInBody();
    headlineByContent(namedInBody);
    followHeadlineLinks(resolvedInOrder, namedInBody);
    return build();
}

AnnotationSet Resolver::build()
{
    AnnotationSet set;
    auto& entities = m_registry.entities();
    std::vector<SpeakerId> idOf(entities.size());
    // (room for every speaker, quote and mention at once: grown as they came, each growth moved them all)
    set.speakers.reserve(std::min(entities.size(), m_attributions.size()));
    set.quotes.reserve(m_attributions.size());
    set.mentions.reserve(m_registry.mentions().size());
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        const std::int32_t e = m_speakerOf[i];
        if (e < 0 || idOf[static_cast<std::size_t>(e)].valid())
            continue;
        Entity& entity = entities[static_cast<std::size_t>(e)];
        Speaker s;
        s.id = SpeakerId{static_cast<std::uint32_t>(set.speakers.size() + 1)};
        // (each string built whole and moved in: assigned a view, an empty string took the slow,
        // general replace)
        s.name = withoutNickname(entity.name);  // (the nickname stays an alias)
        s.type = entity.type;
        s.gender = entity.gender;
        s.role = std::string(entity.role);
        s.aliases.assign(entity.aliases.begin(), entity.aliases.end());
        idOf[static_cast<std::size_t>(e)] = s.id;
        set.speakers.push_back(std::move(s));
    }
    for (std::size_t i = 0; i < m_attributions.size(); ++i) {
        Attribution& attr = m_attributions[i];
        Quote q;
        q.id = QuoteId{static_cast<std::uint32_t>(set.quotes.size() + 1)};
        q.kind = attr.kind;
        q.spans = std::move(attr.spans);
        if (m_speakerOf[i] >= 0)
            q.speaker = idOf[static_cast<std::size_t>(m_speakerOf[i])];
        if (attr.source.valid())
            q.mention = attr.source.span;
        else if (m_follows[i] >= 0 && m_speakerOf[i] >= 0) {
            // "“…,” she said, describing …. “…”": a quotation that goes on in the paragraph where its
            // speaker was named takes that mention as its own
            const SourcePhrase& before = m_attributions[static_cast<std::size_t>(m_follows[i])].source;
            if (before.valid() && !attr.quotations.empty() &&
                m_a.paragraphOf(before.firstToken) ==
                    m_a.paragraphOf(m_a.quotes().quotations[static_cast<std::size_t>(attr.quotations.front())].firstToken()))
                q.mention = before.span;
        }
        if (attr.cue >= 0)
            q.cue = m_cues[static_cast<std::size_t>(attr.cue)].span;
        else if (attr.verb)
            q.cue = attr.verb;
        for (std::int32_t alternative : m_alternatives[i])
            if (idOf[static_cast<std::size_t>(alternative)].valid())
                q.alternatives.push_back(idOf[static_cast<std::size_t>(alternative)]);
        if (m_follows[i] >= 0)
            q.follows = QuoteId{static_cast<std::uint32_t>(m_follows[i] + 1)};  // quote ids follow attribution order
        q.rule = std::string(attr.inheritsSpeaker && q.speaker.valid() ? "quote-previous-speaker" : attr.rule);
        q.confidence = calibratedConfidence(q.rule, q.kind, attr.source.kind, attr.belief, q.speaker.valid());
        q.belief = attr.belief;
        set.quotes.push_back(std::move(q));
    }
    for (const EntityMention& m : m_registry.mentions()) {
        const SpeakerId id = idOf[static_cast<std::size_t>(m.entity)];
        if (id.valid()) {
            Mention mention{m.span, id, m.kind};
            mention.antecedent = m.antecedent;
            set.mentions.push_back(mention);
        }
    }
    std::sort(set.mentions.begin(), set.mentions.end(), [](const Mention& x, const Mention& y) { return x.span < y.span; });
    set.mentions.erase(std::unique(set.mentions.begin(), set.mentions.end()), set.mentions.end());
    return set;
}

}  // namespace

AnnotationSet resolveSpeakers(const Analysis& a, const std::vector<Cue>& cues, std::vector<Attribution> attributions)
{
    return Resolver(a, cues, std::move(attributions)).run();
}

}  // namespace ql
