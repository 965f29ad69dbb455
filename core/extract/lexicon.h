#pragma once
// The engine's word knowledge: one hash look-up per token gives every class a word has.
// Keys are lower-cased ASCII with ’ folded to ' (see TokenKey).

#include "document/speaker.h"

#include <cstdint>
#include <cstring>
#include <string_view>

namespace ql::lexicon {

namespace wc {
inline constexpr std::uint32_t TitleAbbreviation = 1u << 0;  // mr dr sen gov: never ends a sentence
inline constexpr std::uint32_t Abbreviation = 1u << 1;       // inc jan etc: may end one
inline constexpr std::uint32_t SentenceStarter = 1u << 2;    // the he but: capitalised at a sentence start
inline constexpr std::uint32_t Pronoun = 1u << 3;            // subject pronouns that can be sources
inline constexpr std::uint32_t Determiner = 1u << 4;
inline constexpr std::uint32_t Preposition = 1u << 5;
inline constexpr std::uint32_t Conjunction = 1u << 6;
inline constexpr std::uint32_t PersonRole = 1u << 7;         // minister mayor spokeswoman official
inline constexpr std::uint32_t OrgNoun = 1u << 8;            // ministry council alliance company
inline constexpr std::uint32_t Honorific = 1u << 9;          // mr mrs ms dr
inline constexpr std::uint32_t FirstName = 1u << 10;
inline constexpr std::uint32_t Country = 1u << 11;           // russia france: organisations as speakers
inline constexpr std::uint32_t Demonym = 1u << 12;           // russian french
inline constexpr std::uint32_t TimeWord = 1u << 13;          // monday january: capitalised, never names
inline constexpr std::uint32_t Cue = 1u << 14;               // a form of a reporting verb
inline constexpr std::uint32_t Auxiliary = 1u << 15;         // has had will would is was
inline constexpr std::uint32_t RoleModifier = 1u << 16;      // foreign prime deputy chief: inside titles
inline constexpr std::uint32_t Subordinator = 1u << 17;      // as while although because if
inline constexpr std::uint32_t NotAName = 1u << 18;          // capitalised words that do not start names
inline constexpr std::uint32_t Adverb = 1u << 19;            // also later again: may stand between subject and cue
inline constexpr std::uint32_t Recipient = 1u << 20;         // reporters journalists: "told reporters"
inline constexpr std::uint32_t Negation = 1u << 21;          // not never
inline constexpr std::uint32_t Verb = 1u << 22;              // frequent non-reporting verbs: ends a noun phrase
inline constexpr std::uint32_t CollectiveSource = 1u << 23;  // sources officials police: plural sources
inline constexpr std::uint32_t WeakCue = 1u << 24;           // a cue only where the learned cue model says so
inline constexpr std::uint32_t PlaceWord = 1u << 25;         // lake river street: a name with one is a place
inline constexpr std::uint32_t QuantityMany = 1u << 26;      // several most both two: "Several said"
inline constexpr std::uint32_t QuantityOne = 1u << 27;       // another one each: "another says"
}  // namespace wc

enum class CueForm : std::uint8_t { Base, ThirdPerson, Past, Participle, PastOrParticiple, Gerund };

namespace cueflag {
inline constexpr std::uint8_t Speech = 1 << 0;       // say, tell, warn
inline constexpr std::uint8_t Belief = 1 << 1;       // believe, think, hope, expect
inline constexpr std::uint8_t Question = 1 << 2;     // ask, wonder
inline constexpr std::uint8_t TakesObject = 1 << 3;  // "reiterated a demand", "denied the claim"
inline constexpr std::uint8_t TakesRecipient = 1 << 4;  // tell, inform, assure: "told reporters (that)"
inline constexpr std::uint8_t Strong = 1 << 5;       // unambiguous and frequent: say, tell, add
inline constexpr std::uint8_t Naming = 1 << 6;       // call, describe, label: mixed-quote cues
inline constexpr std::uint8_t Stance = 1 << 7;       // endorse, oppose, blame: a short object is the content
}  // namespace cueflag

struct WordInfo {
    std::uint32_t classes = 0;
    Gender gender = Gender::Unknown;  // first names, honorifics, pronouns, gendered roles
    CueForm cueForm = CueForm::Base;
    std::uint8_t cueFlags = 0;
    bool plural = false;              // they, officials
    std::string_view lemma;           // the cue's base form
};

// A word's entry and its classes (none and 0 for a word the lexicon does not know).
struct Found {
    const WordInfo* info = nullptr;
    std::uint32_t classes = 0;
};

const WordInfo* lookup(std::string_view key);

// A word's hash, eight bytes at a time (most keys are one chunk): the bytes of each chunk as a
// little-endian number, the last one zero-padded, then mixed so that the low bits (the table's
// slot) and the high ones (its tag) both depend on every byte.
inline constexpr std::uint64_t kHashBasis = 14695981039346656037ull;
inline constexpr std::uint64_t hashChunk(std::uint64_t h, std::uint64_t chunk) { return (h ^ chunk) * 0x9E3779B97F4A7C15ull; }
inline constexpr std::uint64_t finishHash(std::uint64_t h)
{
    h ^= h >> 32;
    h *= 0xBF58476D1CE4E5B9ull;
    return h ^ (h >> 29);
}
// A key's head: its first seven bytes (the rest of the chunk zero) and its length in the eighth.
// Keys of seven bytes or fewer, nearly every word of an article, are told apart by their heads
// alone: one compare of two numbers. (`firstBytes` holds the key's first bytes, little-endian;
// what follows them in it is masked off.)
inline constexpr std::uint64_t keyHead(std::uint64_t firstBytes, std::size_t size)
{
    const std::size_t kept = size < 7 ? size : 7;
    return (firstBytes & ((std::uint64_t{1} << (8 * kept)) - 1)) | (std::uint64_t{size} << 56);
}
inline std::uint64_t keyHead(std::string_view key)
{
    // (the first bytes in one or two loads, none past the key: a byte at a time, or a copy of a
    // length known only at run time, cost more than the rest of a look-up)
    const char* p = key.data();
    const std::size_t n = key.size();
    std::uint64_t firstBytes = 0;
    if (n >= 8) {
        std::memcpy(&firstBytes, p, 8);
    } else if (n >= 4) {
        std::uint32_t low, high;  // (they overlap when n < 8: the same bytes, or-ed twice)
        std::memcpy(&low, p, 4);
        std::memcpy(&high, p + n - 4, 4);
        firstBytes = low | std::uint64_t{high} << (8 * (n - 4));
    } else if (n > 0) {
        const auto byteAt = [&](std::size_t k) { return std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k); };
        firstBytes = byteAt(0) | byteAt(n / 2) | byteAt(n - 1);
    }
    return keyHead(firstBytes, n);
}

inline std::uint64_t keyHash(std::string_view key)
{
    std::uint64_t h = kHashBasis ^ key.size();
    std::size_t i = 0;
    for (; i + 8 <= key.size(); i += 8) {
        std::uint64_t chunk;
        std::memcpy(&chunk, key.data() + i, 8);  // little-endian on every platform we build for
        h = hashChunk(h, chunk);
    }
    std::uint64_t last = 0;
    for (std::size_t k = i; k < key.size(); ++k)
        last |= static_cast<std::uint64_t>(static_cast<unsigned char>(key[k])) << (8 * (k - i));
    return finishHash(hashChunk(h, last));
}

inline std::uint32_t classesOf(std::string_view key)
{
    const WordInfo* info = lookup(key);
    return info ? info->classes : 0;
}
inline bool is(std::string_view key, std::uint32_t cls) { return (classesOf(key) & cls) != 0; }

inline bool isTitleAbbreviation(std::string_view key) { return is(key, wc::TitleAbbreviation); }
inline bool isAbbreviation(std::string_view key) { return is(key, wc::Abbreviation); }
inline bool isSentenceStarter(std::string_view key) { return is(key, wc::SentenceStarter); }
inline bool isWeekday(std::string_view key)
{
    return key == "monday" || key == "tuesday" || key == "wednesday" || key == "thursday" || key == "friday" ||
           key == "saturday" || key == "sunday";
}

// The number of distinct reporting-verb lemmas (the lexicon's size, for tests and docs).
std::size_t cueLemmaCount();

}  // namespace ql::lexicon
