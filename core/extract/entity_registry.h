#pragma once
// Internal to the speaker resolver: the people and organisations an article mentions, in
// the order it mentions them, and the rules that link a new mention to one of them.

#include "document/mention.h"
#include "document/speaker.h"
#include "extract/source_phrase.h"

#include <memory_resource>
#include <optional>
#include <string>
#include <vector>

namespace ql {

// An entity's strings live in the arena of its registry (see EntityRegistry).
struct Entity {
    using String = std::pmr::string;
    explicit Entity(std::pmr::memory_resource* arena)
        : name(arena), role(arena), aliases(arena), lowerName(arena), lowerRole(arena), forms(arena)
    {
    }

    String name;       // fullest form so far
    String role;
    SpeakerType type = SpeakerType::Unknown;
    Gender gender = Gender::Unknown;
    std::pmr::vector<String> aliases;
    bool country = false;
    bool place = false;     // named as a place ("the Pacific Ocean"): no "he" or "she" stands for it
    bool plural = false;
    bool named = true;      // false for "a source", "officials": never an antecedent by name
    bool theyThem = false;  // "who uses they/them pronouns": no gender is learnt, and "they" may stand for them
    bool spoke = false;     // named as the source of an attribution
    std::uint8_t titles = 0;  // the courtesy titles the article gave the name (SourcePhrase::title)
    std::uint32_t lastMention = 0;  // byte offset
    std::uint32_t lastParagraph = 0;
    Span fullestMention;    // where the fullest form of the name stands, for surname links
    std::uint8_t nameTrust = 0;  // where the name was set: 2 the text, 1 the headline, 0 a quotation ("Crooked Hillary Clinton")

    // Look-up keys, kept in step with the fields above by refreshKeys().
    String lowerName, lowerRole;  // lowerRole: every role the article gave, joined by " | "
    std::pmr::vector<String> forms;  // nameKey() of the name and each alias
    std::uint32_t formsWrittenOutside = 0;  // bit i: forms[i] was written outside a quotation (the first 32)
    // A bit per last word of the forms and one for the first word of the first form (a hash of
    // each word picks its bit): most look-ups stop here.
    std::uint64_t nameWords = 0;
    std::size_t firstFormWords = 0;  // the words of the first form (the fullest name), counted once
    // Whether the first form ends in a nationality ("Middle Eastern"), once asked: -1 until then,
    // and again whenever the first form changes. (Pronoun resolution asks it of the same few
    // entities again and again, and each answer cost two look-ups.)
    mutable std::int8_t demonymEnding = -1;
    // A person by type, or by a gender some form of the name gave ("Bruno Costa").
    bool knownPerson() const { return type == SpeakerType::Person || (type == SpeakerType::Unknown && gender != Gender::Unknown); }
    void refreshKeys();
    void addForm(std::string_view form);
    void addForm(std::string_view form, std::uint64_t wordBits);  // wordBits: nameWordBits(form)
};

struct EntityMention {
    Span span;
    std::int32_t entity = -1;
    MentionKind kind = MentionKind::Name;
    bool inQuote = false;
    std::uint32_t paragraph = 0;
    std::optional<Span> antecedent;  // the mention this one was resolved through
    bool source = false;             // the source of an attribution: a subject, which pronouns prefer
    bool notPerson = false;          // a place ("in South Carolina") or a modifier ("Gulf allies"): never "he"
    bool opensSentence = false;      // the first words of its sentence: most often the subject
};

// What a pronoun or role noun resolved to, through which mention, and who came next.
struct Resolution {
    std::int32_t entity = -1;
    std::optional<Span> antecedent;
    std::vector<std::int32_t> alternatives;  // runner-up entities, best first
};

class EntityRegistry {
public:
    static constexpr std::size_t kArenaBlock = 8192;  // the first block: a short article's entities

    // Links a proper-name phrase to an entity (creating it when new) and records the mention.
    // `opensSentence`: the name is its sentence's first words, most often its subject.
    std::int32_t addName(const SourcePhrase& p, std::uint32_t paragraph, bool inQuote, bool source = false,
                         bool notPerson = false, bool opensSentence = false);
    // Unnamed sources ("a source", "engineers"): one entity per wording.
    std::int32_t addCommonNoun(const SourcePhrase& p, std::uint32_t paragraph);
    Resolution resolvePronoun(const SourcePhrase& p, std::uint32_t paragraph) const;
    // Another person with the surname a bare-surname mention gave, whom `fits` accepts; -1 if none.
    template <typename Fits>
    std::int32_t relativeBySurname(const EntityMention& m, Fits fits) const;
    Resolution resolveRoleNoun(const SourcePhrase& p, std::uint32_t paragraph) const;
    // A named entity anywhere in the article that a role noun fits, when exactly one does:
    // for headlines and openings that describe someone before naming them.
    std::int32_t uniqueMatchForRole(const SourcePhrase& p) const;
    std::int32_t uniqueStemMatch(const SourcePhrase& p, std::string_view phrase) const;
    // "the Republican presidential nominee" after "Republican Donald Trump": the one person whose
    // roles name the same party.
    Resolution byParty(const SourcePhrase& p) const;
    // "the 30-year-old said", "the Scot replied": within two paragraphs and outside quotations,
    // the person who spoke last, else a sentence's subject, else the person named last, whose
    // gender does not contradict the description.
    // "Captain Dean Morley said …. “…,” the veteran defender said": the named person who spoke in
    // the paragraph, for a described role (no office) the article gave no one; in a paragraph that
    // opens with the quote (`opensWithQuote`), the last speaker of the paragraph before, if no role is his.
    Resolution speakerOfParagraph(const SourcePhrase& p, std::uint32_t paragraph, bool opensWithQuote) const;
    Resolution lastNamedPerson(const SourcePhrase& p, std::uint32_t paragraph) const;
    // "the coast guard" after "the Calvera Coast Guard", "the fire service" after "Dunmere Fire and
    // Rescue Service": the named body whose name ends in the phrase's last word and holds its other
    // words, the most recently mentioned; -1 if none.
    std::int32_t bodyEndingIn(std::string_view lowerWords) const;
    // The organisation, or the name of no known kind, whose name is `lowerWords` or opens with them.
    std::int32_t bodyOpenedBy(std::string_view lowerWords) const;
    // "The UN agency" after "the UN Office for Displacement Affairs": a generic body named by a
    // capitalised word of a body named before, or -1.
    std::int32_t bodyNamedByModifier(const SourcePhrase& p) const;
    // The named entity mentioned last (outside quotes) before `position`, within a paragraph.
    std::int32_t lastNamedBefore(std::uint32_t position, std::uint32_t paragraph) const;
    void addMention(const EntityMention& m);
    void learnGender(std::int32_t entity, Gender gender);
    // "Sam Okafor, who uses they/them pronouns": no gender, from the name or any pronoun, and "they"
    // stands for this one person.
    void markTheyThem(std::int32_t entity);

    std::vector<Entity>& entities() { return m_entities; }
    const std::vector<Entity>& entities() const { return m_entities; }
    const std::vector<EntityMention>& mentions() const { return m_mentions; }

private:
    Entity& newEntity();  // appended, its strings in the arena
    void indexNameWords(std::size_t entity, std::uint64_t wordBits);  // see m_entitiesByWord
    // wordBits: nameWordBits(words); roleWord: the last word of the mention's role, lower case ("commissioner")
    std::int32_t findPerson(std::string_view words, std::uint64_t wordBits, Gender gender, std::string_view roleWord = {},
                            std::uint8_t title = 0) const;
    // The organisation of this name, ASCII case aside.
    std::int32_t findOrganization(std::string_view name) const;
    // The organisation whose name starts with this word: "Halvorsen" for "Halvorsen Foods".
    std::int32_t findOrganizationByFirstWord(std::string_view lowerWord, bool unknownTypeToo = false) const;
    std::int32_t findOrganizationByLastWord(std::string_view lowerWord) const;  // "Rovers": Kestrel Rovers
    // A headline's organisation whose name ends the full name the text gives ("Health Agency" in
    // "Flu Season Starts Early, Health Agency Warns" for the National Health Agency), or that opens
    // it; `oneWordOnly` for a name not known to be an organisation's ("Castellan" for Castellan Home Supply).
    std::int32_t headlineShortForm(std::string_view fullWords, bool oneWordOnly) const;
    // An organisation and its initials, either way round: "ESRA" after "the European Space
    // Research Agency", or the full name after the initials.
    std::int32_t findByAcronym(const std::string& name, std::string_view words) const;

    // The entities' names, roles and keys: a registry lives for one article and its entities are
    // never removed, so they are carved from blocks that go at once with the registry (as
    // strings and vectors of their own they were a third of the resolver's allocations).
    std::pmr::monotonic_buffer_resource m_arena{kArenaBlock};
    std::vector<Entity> m_entities;
    std::vector<EntityMention> m_mentions;  // in text order
    // The named entities under each bit of Entity::nameWords they have had (findPerson visits
    // only those under the name's bits): for every 64 entities, a set of 64 entities per bit.
    std::vector<std::uint64_t> m_entitiesByWord;
};

// 'Stuart "Tug" Ives' -> "Stuart Ives": a canonical name without the quoted nickname inside it.
std::string withoutNickname(std::string_view name);

// "Police Scotland", "Westbrook Constabulary": a lower-cased name that names a police force.
bool isPoliceName(std::string_view lowerName);

// Does an organisation's lower-case name name a body of the noun `head`: the noun itself, or
// its kin ("the union" for "… Workers' Alliance", "the airline" for "Aurora Skyways")?
bool namesBodyOf(std::string_view head, std::string_view lowerName);

// The same for the nouns whose bodies often go by names of no known type ("Aurora Skyways" for
// "the airline", "the Estmere Philharmonic" for "the orchestra"); false for other nouns.
bool namesKinOfUnknownType(std::string_view head, std::string_view lowerName);

// A university, a ministry, a court, an agency, a board: a body that is no business.
bool isInstitutionName(std::string_view lowerName);

// "bruno costa" → "costa": the last space-separated word (the whole when there is none).
std::string_view lastWordOf(std::string_view words);

// "the company", "the retailer", "the drugmaker": a noun that stands for a business.
bool isBusinessNoun(std::string_view head);

// Is `word` one of the space-separated words of `words`? (`word` at most one word: no space)
bool containsWord(std::string_view words, std::string_view word);

// The party lower-case text names ("republican", "democrat", "libertarian"; "GOP" is "republican"),
// or empty.
std::string_view partyIn(std::string_view lowerText);

// Is one of the words of a lower-case name a given name ("don" in "mayor don guardian")?
bool holdsGivenName(std::string_view lowerName);

// A name's words lower-cased and joined by single spaces: "Anders  Fogh Rasmussen" ->
// "anders fogh rasmussen".
std::string nameKey(std::string_view name);
std::string nameKey(std::string_view name, std::size_t& words);  // and how many words it has
std::string lowerAscii(std::string_view s);
// The bits of a name key's last and first words in Entity::nameWords.
std::uint64_t nameWordBits(std::string_view key);

}  // namespace ql
