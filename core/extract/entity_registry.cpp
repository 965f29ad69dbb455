#include "extract/entity_registry.h"

#include "extract/lexicon.h"
#include "text/chars.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

namespace ql {

namespace {

// Each byte with ASCII capitals lower-cased (a look-up, not a test and a sum per byte)
constexpr std::array<char, 256> kLowerBytes = [] {
    std::array<char, 256> bytes{};
    for (std::size_t c = 0; c < bytes.size(); ++c)
        bytes[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return bytes;
}();

}  // namespace

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        c = kLowerBytes[static_cast<unsigned char>(c)];
    return out;
}

namespace {

// Each byte as a name key writes it: lower-cased; 0 for the bytes nameKey reads apart (a space,
// the first byte of ’, the first bytes of accented Latin letters, and 0 itself).
constexpr std::array<char, 256> kKeyBytes = [] {
    std::array<char, 256> bytes = kLowerBytes;
    bytes[' '] = bytes[0xE2] = bytes[0xC3] = bytes[0xC4] = bytes[0xC5] = 0;
    return bytes;
}();

}  // namespace

bool isPoliceName(std::string_view lowerName)
{
    return lowerName.find("police") != std::string_view::npos || lowerName.find("constabulary") != std::string_view::npos;
}

std::string nameKey(std::string_view name)
{
    std::size_t words = 0;
    return nameKey(name, words);
}

std::string nameKey(std::string_view name, std::size_t& words)
{
    // One string, not a vector of words: this runs for every name mention, and a short key
    // needs no allocation at all. Written through a pointer, not appended a byte at a time.
    std::string key(name.size(), ' ');
    char* out = key.data();
    std::size_t n = 0, spaces = 0;
    for (std::size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        if (const char folded = kKeyBytes[static_cast<unsigned char>(c)]; folded != 0) {
            out[n++] = folded;  // (nearly every byte: one look-up, no test of its own)
            continue;
        }
        if (c == ' ') {
            if (n > 0 && out[n - 1] != ' ') {
                out[n++] = ' ';
                ++spaces;
            }
            continue;
        }
        if (c == '\xE2' && name.substr(i, 3) == std::string_view("\u2019")) {
            out[n++] = '\'';  // "O’Neill" and "O'Neill" are one name
            i += 2;
            continue;
        }
        if (const char plain = i + 1 < name.size() ? chars::unaccented(static_cast<unsigned char>(c),
                                                                        static_cast<unsigned char>(name[i + 1]))
                                                    : 0;
            plain != 0) {
            out[n++] = plain;  // "François Hollande" and "Francois Hollande" are one name
            ++i;
            continue;
        }
        out[n++] = c;
    }
    if (n > 0 && out[n - 1] == ' ') {
        --n;
        --spaces;
    }
    key.resize(n);
    words = n == 0 ? 0 : spaces + 1;  // (the spaces counted as they were written, not again)
    return key;
}

namespace {

using namespace std::string_view_literals;

char lowerChar(char c) { return kLowerBytes[static_cast<unsigned char>(c)]; }

// out = lowerAscii(s), in out's own storage
void assignLower(Entity::String& out, std::string_view s)
{
    out.assign(s);
    for (char& c : out)
        c = lowerChar(c);
}

// lowerAscii(a) == lowerAscii(b), with no copy of either
bool sameIgnoringCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerChar(a[i]) != lowerChar(b[i]))
            return false;
    return true;
}

// lowerAscii(text).find(lowerWord), with no copy: asked for every role noun against every mention.
std::size_t findIgnoringCase(std::string_view text, std::string_view lowerWord)
{
    for (std::size_t i = 0; i + lowerWord.size() <= text.size(); ++i)
        if (sameIgnoringCase(text.substr(i, lowerWord.size()), lowerWord))
            return i;
    return std::string_view::npos;
}

// Entity::nameWords: one of 32 bits for the last word of a key, one of 32 more for its first
// word, from a hash of the word's outer letters (at most four, read as one number: a name's
// letters are not read one by one).
constexpr std::uint64_t kLastWordBits = 0xFFFFFFFFu;

// 0x80 in each byte of x that is a space, 0 in the others
constexpr std::uint32_t spaceBytes(std::uint32_t x)
{
    const std::uint32_t y = x ^ 0x20202020u;  // (a space is now a zero byte)
    return ~(((y & 0x7F7F7F7Fu) + 0x7F7F7F7Fu) | y | 0x7F7F7F7Fu);
}

// The key's last four bytes, its last in the high byte, cut after the last space among them.
std::uint32_t lastWordEnd(std::string_view key)
{
    std::uint32_t bytes = 0;
    if (key.size() >= 4)
        std::memcpy(&bytes, key.data() + key.size() - 4, 4);
    else
        for (const char c : key)
            bytes = bytes >> 8 | std::uint32_t{static_cast<unsigned char>(c)} << 24;
    const int spacesAbove = std::countl_zero(spaceBytes(bytes));  // (32 when there is none)
    return spacesAbove == 0 ? 0 : spacesAbove == 32 ? bytes : bytes & ~std::uint32_t{0} << (32 - spacesAbove);
}

// The key's first four bytes, its first in the low byte, cut before the first space among them.
std::uint32_t firstWordStart(std::string_view key)
{
    std::uint32_t bytes = 0;
    if (key.size() >= 4)
        std::memcpy(&bytes, key.data(), 4);
    else
        for (std::size_t i = 0; i < key.size(); ++i)
            bytes |= std::uint32_t{static_cast<unsigned char>(key[i])} << (8 * i);
    const int spacesBelow = std::countr_zero(spaceBytes(bytes));  // (32 when there is none)
    return spacesBelow == 32 ? bytes : bytes & ((std::uint32_t{1} << (spacesBelow - 7)) - 1);
}

constexpr int hashSlot(std::uint32_t letters) { return static_cast<int>((letters * 2654435761u) >> 27); }

std::uint64_t lastWordBit(std::string_view key) { return std::uint64_t{1} << hashSlot(lastWordEnd(key)); }
std::uint64_t firstWordBit(std::string_view key) { return std::uint64_t{1} << (32 + hashSlot(firstWordStart(key))); }

}  // namespace

std::uint64_t nameWordBits(std::string_view key) { return lastWordBit(key) | firstWordBit(key); }

namespace {

}  // namespace

void Entity::refreshKeys()
{
    assignLower(lowerName, name);
    assignLower(lowerRole, role);
    forms.clear();
    nameWords = 0;
    addForm(nameKey(name, firstFormWords));
    for (const String& alias : aliases)
        addForm(nameKey(alias));
}

void Entity::addForm(std::string_view form) { addForm(form, nameWordBits(form)); }

void Entity::addForm(std::string_view form, std::uint64_t wordBits)
{
    if (forms.empty())
        demonymEnding = -1;  // (a new first form)
    nameWords |= forms.empty() ? wordBits : wordBits & kLastWordBits;
    forms.emplace_back(form);
}

bool containsWord(std::string_view words, std::string_view word)
{
    for (std::size_t at = words.find(word); at != std::string_view::npos; at = words.find(word, at + 1))
        if ((at == 0 || words[at - 1] == ' ') && (at + word.size() == words.size() || words[at + word.size()] == ' '))
            return true;
    return false;
}

namespace {

// Does `name` hold each word of `words` (both lower case, words split by spaces)?
bool holdsEveryWord(std::string_view name, std::string_view words)
{
    for (std::size_t from = 0; from < words.size();) {
        const std::size_t end = std::min(words.find(' ', from), words.size());
        if (!containsWord(name, words.substr(from, end - from)))
            return false;
        from = end + 1;
    }
    return true;
}

bool oneWord(std::string_view key)
{
    for (const char c : key)
        if (c == ' ')
            return false;
    return true;
}

std::string_view firstWord(std::string_view key) { return key.substr(0, key.find(' ')); }

// Whole words at the end: "clinton" ends "hillary clinton", "linton" does not. (Inlined: asked of
// every form of every entity a name's last letter matches, its call cost as much as its tests.)
[[gnu::always_inline]] inline bool isSuffix(std::string_view shorter, std::string_view longer)
{
    if (shorter.size() > longer.size())
        return false;
    // (the word boundary first: most pairs fail there, with no compare of the letters)
    const std::size_t start = longer.size() - shorter.size();
    return (start == 0 || longer[start - 1] == ' ') && longer.substr(start) == shorter;
}

// Can two forms of a person's name be the same person? "Rasmussen" and "Anders Fogh
// Rasmussen" can; "Hillary Clinton" and "Bill Clinton" cannot.
bool compatibleNames(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty() || a.back() != b.back())
        return false;  // (most pairs part at their last letter: no need to compare more)
    return a.size() <= b.size() ? isSuffix(a, b) : isSuffix(b, a);
}

// "Middle Eastern", "Soviet": a name that ends in a nationality.
bool endsInDemonym(const Entity& e)
{
    if (e.demonymEnding >= 0)
        return e.demonymEnding != 0;
    const std::string_view key = e.forms.empty() ? e.lowerName : e.forms.front();
    const std::string_view last = key.substr(key.rfind(' ') + 1);
    const lexicon::WordInfo* info = lexicon::lookup(last);
    const lexicon::WordInfo* first = lexicon::lookup(firstWord(key));
    // (not David French or Jim Jordan: a given name makes it a person's)
    const bool demonym = info && (info->classes & lexicon::wc::Demonym) && !(first && (first->classes & lexicon::wc::FirstName));
    e.demonymEnding = demonym ? 1 : 0;
    return demonym;
}

// "the military", "the government": a body of the state, never "the company" last named.
bool isOwnInstitution(std::string_view head)
{
    for (std::string_view w : {"military"sv, "army"sv, "navy"sv, "police"sv, "government"sv, "administration"sv, "parliament"sv,
                               "congress"sv, "senate"sv, "regime"sv, "junta"sv, "court"sv, "cabinet"sv, "kremlin"sv, "pentagon"sv,
                               "opposition"sv, "forces"sv, "embassy"sv, "presidency"sv, "board"sv, "committee"sv, "panel"sv, "jury"sv})
        if (head == w)
            return true;
    return false;
}

// `words` and a space open `name`: "hillary" opens "hillary clinton".
bool opensName(std::string_view words, std::string_view name)
{
    return name.size() > words.size() && name[words.size()] == ' ' && name.starts_with(words);
}

// "Hillary" for Hillary Clinton, "Te Kaurinui" for Te Kaurinui Robert Parata: the given names
// that open a full name (not "Donald Trump" for Donald Trump Jr.).
bool givenNamesOf(std::string_view words, std::string_view full)
{
    if (!opensName(words, full))
        return false;
    std::string_view last = full.substr(full.rfind(' ') + 1);
    if (last.ends_with('.'))
        last.remove_suffix(1);
    return last != "jr" && last != "sr" && last != "ii" && last != "iii";
}


// A word the lexicon knows and not as a given name: "neither", "democrat".
bool isKnownNonName(std::string_view word)
{
    const lexicon::WordInfo* info = lexicon::lookup(word);
    return info && !(info->classes & lexicon::wc::FirstName);
}

// (a name key with a straight or a typographic quotation mark: almost none has one; two memchr
// scans, not a test a byte)
bool holdsQuoteMark(std::string_view key)
{
    return key.find('"') != std::string_view::npos || key.find('\xE2') != std::string_view::npos;
}

// The quoted nickname inside a name key, and where its closing mark ends: "bobby" in 'robert c.
// "bobby" scott'; an empty nickname when there is none.
struct QuotedNickname {
    std::string_view nickname;
    std::size_t afterClose = 0;
};

QuotedNickname quotedNickname(std::string_view words)
{
    if (!holdsQuoteMark(words))
        return {};
    // (in single curly marks too, as British papers write them: "Desmond ‘Dez’ Thistlewood")
    for (const auto& [open, close] : {std::pair{"\""sv, "\""sv}, std::pair{"\u201C"sv, "\u201D"sv}, std::pair{"\u2018"sv, "\u2019"sv}}) {
        const std::size_t begin = words.find(open);
        if (begin == std::string_view::npos)
            continue;
        const std::size_t end = words.find(close, begin + open.size());
        if (end != std::string_view::npos)
            return {words.substr(begin + open.size(), end - begin - open.size()), end + close.size()};
    }
    return {};
}

// 'thomas j. "tommy" garrity' -> "tommy garrity": the nickname and the surname, as the text may
// name the person later; empty when the name holds no quoted nickname.
std::string nicknameForm(std::string_view words)
{
    if (!holdsQuoteMark(words))
        return {};  // (nearly every name: no nickname to look for, nor its surname)
    const QuotedNickname quoted = quotedNickname(words);
    const std::size_t lastSpace = words.rfind(' ');
    if (quoted.nickname.empty() || lastSpace == std::string_view::npos || lastSpace < quoted.afterClose)
        return {};
    return std::string(quoted.nickname) + std::string(words.substr(lastSpace));
}

// Is `word` quoted inside the name `full` as a nickname: "bobby" in "robert c. "bobby" scott"?
bool isNicknameIn(std::string_view word, std::string_view full)
{
    const std::string_view nickname = quotedNickname(full).nickname;
    return !nickname.empty() && nickname == word;
}

// Does `a` end in the nickname and surname of `b`: "tax hike tommy garrity" and 'thomas j.
// "tommy" garrity'?
bool endsInNickname(std::string_view a, std::string_view b)
{
    const std::string nickname = nicknameForm(b);
    return !nickname.empty() && isSuffix(nickname, a);
}

// Can two full names be one person? Not when they open with two different given names ("Ana
// Duarte" and "Paulo Duarte", "Hori Parata" and "Te Kaurinui Parata", whether the lexicon
// knows the names or not); one may end the other ("Democrat Hillary Clinton"), and a word
// that is no given name may open one ("Neither Johnson" is a sentence's start, not a
// relative of Gary Johnson).
bool sameFullName(std::string_view a, std::string_view b)
{
    if (oneWord(a) || oneWord(b) || isSuffix(a, b) || isSuffix(b, a) || firstWord(a) == firstWord(b))
        return true;
    if (holdsQuoteMark(a) || holdsQuoteMark(b)) {
        if (isNicknameIn(firstWord(a), b) || isNicknameIn(firstWord(b), a) || endsInNickname(a, b) || endsInNickname(b, a))
            return true;
    }
    return isKnownNonName(firstWord(a)) || isKnownNonName(firstWord(b));
}

bool isAcronym(std::string_view name)
{
    return name.size() >= 2 && name.size() <= 6 &&
           std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "european space research agency" -> "esra"; "bureau of labor statistics" -> "bls"; each part
// of a hyphenated word counts: "veldran anti-doping authority" -> "vada"
std::string initialsOf(std::string_view key)
{
    std::string out;
    std::size_t begin = 0;
    while (begin < key.size()) {
        const std::size_t end = std::min(key.find_first_of(" -", begin), key.size());
        const std::string_view w = key.substr(begin, end - begin);
        if (!w.empty() && w != "of" && w != "the" && w != "for" && w != "and" && w != "on" && w != "de")
            out += w.front();
        begin = end + 1;
    }
    return out;
}

}  // namespace

bool holdsGivenName(std::string_view lowerName)
{
    for (std::size_t from = 0; from < lowerName.size();) {
        const std::size_t end = std::min(lowerName.find(' ', from), lowerName.size());
        const lexicon::WordInfo* info = lexicon::lookup(lowerName.substr(from, end - from));
        if (info && (info->classes & lexicon::wc::FirstName))
            return true;
        from = end + 1;
    }
    return false;
}

// A public institution's name: "university of leeds", "ministry of defence", "leeds city council".
bool isInstitutionName(std::string_view lowerName)
{
    for (std::string_view w : {"university"sv, "college"sv, "school"sv, "ministry"sv, "department"sv, "council"sv,
                               "police"sv, "party"sv, "church"sv, "hospital"sv, "court"sv, "committee"sv,
                               "government"sv, "commission"sv, "parliament"sv, "senate"sv, "congress"sv,
                               "institute"sv, "agency"sv, "coast guard"sv, "coastguard"sv, "board"sv, "authority"sv,
                               "bureau"sv, "office"sv, "regulator"sv, "tribunal"sv, "inspectorate"sv, "ombudsman"sv,
                               "emergency"sv, "army"sv, "navy"sv, "union"sv, "association"sv, "federation"sv, "guild"sv,
                               "confederation"sv, "syndicate"sv, "directorate"sv, "secretariat"sv, "constabulary"sv,
                               // (an event is no company either: "the Brackenfield Festival")
                               "festival"sv})
        if (lowerName.find(w) != std::string_view::npos)
            return true;
    return false;
}

// An entity named as an institution under its name or any alias (their keys, `forms`): "HTWU"
// is the Harbour and Transport Workers' Union.
bool institution(const Entity& e)
{
    return isInstitutionName(e.lowerName) ||
           std::any_of(e.forms.begin(), e.forms.end(), [](const auto& form) { return isInstitutionName(form); });
}

// "premier basketball league", "football association": a body that governs clubs or teams.
bool governingBody(std::string_view lowerName)
{
    for (std::string_view w : {"league"sv, "association"sv, "federation"sv, "union"sv, "council"sv, "committee"sv, "board"sv})
        if (lowerName.ends_with(w))
            return true;
    return false;
}

namespace {

// Calls `f` with each role an entity was given (its lowerRole, joined by " | "), until f says stop.
template <typename F>
void forEachRole(const Entity& e, F f)
{
    std::string_view roles = e.lowerRole;
    while (!roles.empty()) {
        const std::size_t bar = roles.find(" | ");
        if (f(roles.substr(0, bar)))
            return;
        roles = bar == std::string_view::npos ? std::string_view{} : roles.substr(bar + 3);
    }
}

}  // namespace

// A body the article described only as no business: "the outage-tracking website DownMeter", "the
// research group Savanna Deal Tracker", "the consumer charity Fairpay" (its roles, joined by " | ").
bool describedAsNonBusiness(const Entity& e)
{
    bool any = false, business = false;
    forEachRole(e, [&](std::string_view role) {
        // (the head before the role's own phrases: "research group at the university")
        for (std::string_view preposition : {" on "sv, " of "sv, " at "sv, " in "sv, " for "sv, " from "sv})
            if (const std::size_t at = role.find(preposition); at != std::string_view::npos)
                role = role.substr(0, at);
        const std::string_view last = role.substr(role.rfind(' ') + 1);
        for (std::string_view w : {"website"sv, "tracker"sv, "group"sv, "charity"sv, "watchdog"sv, "coalition"sv,
                                   "blog"sv, "newspaper"sv, "magazine"sv, "tank"sv, "monitor"sv, "nonprofit"sv, "non-profit"sv,
                                   "foundation"sv, "campaign"sv})
            if (last == w)
                any = true;
        business = business || isBusinessNoun(last);
        return business;
    });
    return any && !business;
}

// "brennock state nurses association", "united auto workers": a name a workers' union may have.
bool unionName(std::string_view lowerName)
{
    for (std::string_view w : {"union"sv, "guild"sv, "association"sv, "federation"sv, "confederation"sv, "syndicate"sv,
                               "workers"sv, "employees"sv, "brotherhood"sv, "alliance"sv, "amalgamated"sv, " local "sv})
        if (lowerName.find(w) != std::string_view::npos)
            return true;
    return false;
}

std::string_view lastWordOf(std::string_view words)
{
    const std::size_t space = words.rfind(' ');
    return space == std::string_view::npos ? words : words.substr(space + 1);
}

bool isBusinessNoun(std::string_view head)
{
    static constexpr std::string_view kBusinesses[] = {"company", "firm", "business", "retailer", "carrier", "airline",
                                                       "maker", "manufacturer", "grocer", "supermarket", "carmaker",
                                                       "automaker", "drugmaker", "chipmaker", "brewer", "lender", "insurer",
                                                       "utility", "operator", "broadcaster", "publisher", "chain",
                                                       "shipbuilder", "housebuilder", "homebuilder", "miner", "refiner",
                                                       "developer", "startup", "start-up"};
    return std::find(std::begin(kBusinesses), std::end(kBusinesses), head) != std::end(kBusinesses);
}

// "the paper", "the newspaper", "the daily": a newspaper's generic nouns.
bool isPaperNoun(std::string_view head)
{
    return head == "paper" || head == "newspaper" || head == "daily" || head == "weekly";
}

bool namesKinOfUnknownType(std::string_view head, std::string_view lowerName)
{
    return (head == "airline" || head == "carrier" || head == "orchestra" || isPaperNoun(head) || head == "station") &&
           namesBodyOf(head, lowerName);
}

bool namesBodyOf(std::string_view head, std::string_view lowerName)
{
    const auto holds = [&](std::initializer_list<std::string_view> words) {
        return std::any_of(words.begin(), words.end(), [&](std::string_view w) { return lowerName.find(w) != std::string_view::npos; });
    };
    if (lowerName.find(head) != std::string_view::npos)
        return true;
    if (head == "force")
        return isPoliceName(lowerName);  // "the force" is the police, "Westbrook Constabulary"
    if (head == "union" || head == "guild")  // (a trade union goes by other names too: the Health Workers' Alliance)
        return unionName(lowerName);
    if (head == "airline" || head == "carrier")
        return containsWord(lowerName, "air") || holds({"airways"sv, "airlines"sv, "skyways"sv, "aviation"sv});
    if (head == "orchestra")
        return holds({"philharmoni"sv, "symphony"sv, "sinfonia"sv});
    // ("the club" is Fenwick Vale FC or Hartwell Rovers: the words that end football clubs' names)
    if (head == "club" || head == "side")
        for (std::string_view w : {"fc"sv, "afc"sv, "cf"sv, "united"sv, "rovers"sv, "wanderers"sv, "athletic"sv, "albion"sv, "rangers"sv})
            if (containsWord(lowerName, w))
                return true;
    if (head == "panel")  // "the five-judge panel" of the Supreme Court that ruled
        return holds({"court"sv, "tribunal"sv, "committee"sv, "commission"sv});
    if (head == "inquiry")  // "an independent inquiry concluded", the Independent Panel on Match Officials
        return holds({"panel"sv, "commission"sv, "review"sv, "tribunal"sv});
    // ("the paper" is the Halberd Post, "the station" Radio Vellan or WKRV)
    if (isPaperNoun(head)) {
        static constexpr std::string_view kMastheads[] = {"post", "times", "gazette", "herald", "tribune", "journal", "chronicle",
                                                          "sentinel", "courier", "telegraph", "guardian", "observer", "standard",
                                                          "mail", "news", "express", "ledger", "examiner", "record", "star",
                                                          "mirror", "echo", "dispatch", "register", "globe", "press", "advertiser"};
        return std::any_of(std::begin(kMastheads), std::end(kMastheads), [&](std::string_view w) { return containsWord(lowerName, w); });
    }
    if (head == "station") {
        const bool callSign = lowerName.size() == 4 && (lowerName.front() == 'w' || lowerName.front() == 'k') &&
                              std::all_of(lowerName.begin(), lowerName.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        return callSign || containsWord(lowerName, "radio") || containsWord(lowerName, "fm") || containsWord(lowerName, "tv") ||
               containsWord(lowerName, "television");
    }
    if (head == "regulator" || head == "watchdog")  // "the energy regulator", the Energy Markets Authority
        return holds({"authority"sv, "commission"sv, "inspectorate"sv, "regulat"sv, "ombudsman"sv, "standards"sv});
    return false;
}

std::string withoutNickname(std::string_view name)
{
    const QuotedNickname quoted = quotedNickname(name);
    if (quoted.nickname.empty())
        return std::string(name);
    // (the mark that opens it: one byte or three before the nickname)
    std::size_t open = static_cast<std::size_t>(quoted.nickname.data() - name.data());
    open -= name[open - 1] == '"' ? 1 : 3;
    std::size_t close = quoted.afterClose;
    if (open == 0 || close >= name.size() || name[open - 1] != ' ' || name[close] != ' ')
        return std::string(name);  // (a nickname that opens or ends the name is the name used)
    return std::string(name.substr(0, open)) + std::string(name.substr(close + 1));
}

std::int32_t EntityRegistry::findByAcronym(const std::string& name, std::string_view words) const
{
    const bool acronym = isAcronym(name);
    const std::string key = acronym ? lowerAscii(name) : initialsOf(words);
    if (!acronym && (oneWord(words) || key.size() < 2))
        return -1;
    for (std::size_t i = m_entities.size(); i-- > 0;) {
        const Entity& e = m_entities[i];
        if (!e.named || e.forms.empty())
            continue;
        // (of a body, or a name of no known type: "Southern Delmark Electric" for "SDE")
        const bool match = acronym ? e.type != SpeakerType::Person && e.firstFormWords >= 2 &&
                                         initialsOf(e.forms.front()) == key
                                   : isAcronym(e.name) && std::string_view(e.lowerName) == key;
        if (match)
            return static_cast<std::int32_t>(i);
    }
    return -1;
}

namespace {

// Is the role word of a title ("commissioner", or "cllr" written short) among the roles given?
bool rolesHoldTitle(std::string_view lowerRoles, std::string_view roleWord)
{
    static constexpr std::pair<std::string_view, std::string_view> kShort[] = {
        {"cllr", "councillor"}, {"cllr", "councilor"}, {"sen", "senator"}, {"rep", "representative"}, {"gov", "governor"},
        {"gen", "general"}, {"supt", "superintendent"}, {"insp", "inspector"}, {"det", "detective"}, {"sgt", "sergeant"},
        {"capt", "captain"}, {"prof", "professor"}};
    if (roleWord.ends_with('.'))
        roleWord.remove_suffix(1);
    if (roleWord.empty())
        return false;
    if (containsWord(lowerRoles, roleWord))
        return true;
    for (const auto& [abbreviation, word] : kShort)
        if (roleWord == abbreviation && lowerRoles.find(word) != std::string_view::npos)
            return true;
    return false;
}

}  // namespace

std::int32_t EntityRegistry::findPerson(std::string_view words, std::uint64_t wordBits, Gender gender,
                                        std::string_view roleWord, std::uint8_t title) const
{
    std::int32_t best = -1;
    std::uint32_t bestRecency = 0;
    bool bestSameRole = false;
    bool bestUsedForm = false;
    bool bestSpoke = false;
    bool bestSameGender = false;
    bool bestFuller = false;
    bool bestSubject = false;
    // ("Henrike Osei-Falk … dies at 86 …. Her son, Aurel Osei-Falk, said …. Osei-Falk joined the
    // broadcaster": a bare surname is the person the article names first and is about, not a
    // relative it introduced by kinship, nor one who spoke since)
    const bool bareSurname = words.find(' ') == std::string_view::npos;
    std::size_t firstPerson = m_entities.size();
    for (std::size_t i = 0; bareSurname && i < m_entities.size(); ++i)
        if (m_entities[i].named && m_entities[i].knownPerson()) {
            firstPerson = i;
            break;
        }
    const auto introducedAsKin = [](const Entity& e) {
        bool kin = false;
        forEachRole(e, [&](std::string_view role) { return kin = isKinNoun(lastWordOf(role)); });
        return kin;
    };
    // (a form that ends the name or that the name ends has its last word; given names that open
    // the first form have its first word)
    const std::uint64_t lastBit = wordBits & kLastWordBits;
    const auto lastWordSlot = static_cast<std::size_t>(std::countr_zero(lastBit));
    const auto firstWordSlot = static_cast<std::size_t>(std::countr_zero(wordBits & ~kLastWordBits));
    // Only the entities indexed under one of the name's two word bits, in their order: nearly
    // every entity shares neither word with the name, and none of those is visited.
    for (std::size_t block = 0; block * 64 < m_entitiesByWord.size(); ++block) {
        const std::uint64_t* byWord = &m_entitiesByWord[block * 64];
        for (std::uint64_t candidates = byWord[lastWordSlot] | byWord[firstWordSlot]; candidates != 0;
             candidates &= candidates - 1) {
            const std::size_t i = block * 64 + static_cast<std::size_t>(std::countr_zero(candidates));
            const Entity& e = m_entities[i];
            if (!(e.nameWords & wordBits) || e.type == SpeakerType::Organization || !e.named)
                continue;  // (a first word its name has since lost, or no person's)
            bool match = false;
            bool usedForm = false;  // this very form named it before, outside a quotation
            if (e.nameWords & lastBit)
                for (std::size_t f = 0; f < e.forms.size(); ++f) {
                    match = match || compatibleNames(words, e.forms[f]);
                    usedForm = usedForm || (e.forms[f] == words && f < 32 && (e.formsWrittenOutside >> f & 1u));
                }
            if (!match && !e.plural)  // (not "Obama" for "Obama administration officials")
                match = givenNamesOf(words, e.forms.front());
            // "Mr. Duarte" is not the Ana Duarte named before; "Paulo Duarte" is not her either, though
            // both share the surname that made one of her forms (checked last: it looks words up)
            if (match && gender != Gender::Unknown && e.gender != Gender::Unknown && gender != e.gender)
                match = false;
            if (match && !sameFullName(words, e.forms.front()))
                match = false;
            // "Parata" is the father who was called so, not the son "Te Kaurinui Robert Parata" named since
            // ("Karen Whitlow, whose daughter Amy …, said …. “…,” Mrs Whitlow said": the one who spoke
            // before one named only in passing)
            // ("Odessa Quill, who founded Quill Motion with her brother, Simon Quill … Mr. Quill": a title's
            // gender picks the one known to have it over one whose gender is not known)
            const bool sameGender = gender != Gender::Unknown && e.gender == gender;
            // ("Commissioner Okafor": the Okafor whose role was commissioner, not his sister named since)
            // ("Dr. Kessler": the Kessler the article called a doctor, not the patient of that name)
            const bool sameRole = (!roleWord.empty() && rolesHoldTitle(e.lowerRole, roleWord)) || (title & e.titles) != 0;
            // ("the eldest, Anahit, …. Anahit Petrosyan said …. “…,” said Anahit": a lone given name
            // is the person its full name names, not the bare mention of it before)
            const bool fuller = bareSurname && e.firstFormWords >= 2 && e.nameTrust == 2 &&
                                e.forms.front().starts_with(words) && e.forms.front().size() > words.size() &&
                                e.forms.front()[words.size()] == ' ';
            const bool subject = i == firstPerson && !introducedAsKin(e);
            const auto better = [&] {
                if (sameGender != bestSameGender)
                    return sameGender;
                if (sameRole != bestSameRole)
                    return sameRole;
                if (subject != bestSubject)
                    return subject;
                if (fuller != bestFuller)
                    return fuller;
                if (usedForm != bestUsedForm)
                    return usedForm;
                return e.spoke != bestSpoke ? e.spoke : e.lastMention >= bestRecency;
            };
            if (match && (best < 0 || better())) {
                best = static_cast<std::int32_t>(i);
                bestRecency = e.lastMention;
                bestUsedForm = usedForm;
                bestSpoke = e.spoke;
                bestSameGender = sameGender;
                bestSameRole = sameRole;
                bestFuller = fuller;
                bestSubject = subject;
            }
        }
    }
    return best;
}

void EntityRegistry::indexNameWords(std::size_t entity, std::uint64_t wordBits)
{
    const std::size_t block = entity / 64;
    if (m_entitiesByWord.size() < (block + 1) * 64)
        m_entitiesByWord.resize((block + 1) * 64, 0);
    for (; wordBits != 0; wordBits &= wordBits - 1)
        m_entitiesByWord[block * 64 + static_cast<std::size_t>(std::countr_zero(wordBits))] |= std::uint64_t{1} << (entity % 64);
}

std::int32_t EntityRegistry::bodyOpenedBy(std::string_view lowerWords) const
{
    for (std::size_t i = m_entities.size(); i-- > 0;) {
        const Entity& e = m_entities[i];
        if (!e.named || e.type == SpeakerType::Person || e.gender != Gender::Unknown)
            continue;
        const std::string_view name = e.lowerName;
        if (name == lowerWords || (name.size() > lowerWords.size() && name.starts_with(lowerWords) && name[lowerWords.size()] == ' '))
            return static_cast<std::int32_t>(i);
    }
    return -1;
}

// "Zembara’s wildlife authority" and "Zembara Wildlife Authority": one body, its place's
// possessive aside, case aside.
bool sameButOwner(std::string_view a, std::string_view b)
{
    if (a.size() + 4 < b.size() || b.size() + 4 < a.size() || a.empty() || b.empty())
        return false;  // (only a possessive's bytes apart)
    std::size_t i = 0, j = 0;
    bool skipped = false;
    const auto possessiveAt = [](std::string_view s, std::size_t k) -> std::size_t {
        if (s.substr(k, 2) == "'s" || s.substr(k, 2) == "'S")
            return 2;
        if (s.substr(k, 4) == "\u2019s" || s.substr(k, 4) == "\u2019S")
            return 4;
        return 0;
    };
    const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    while (i < a.size() && j < b.size()) {
        if (lower(a[i]) == lower(b[j])) {
            ++i, ++j;
            continue;
        }
        if (const std::size_t n = possessiveAt(a, i); n > 0) {
            i += n;
            skipped = true;
            continue;
        }
        if (const std::size_t n = possessiveAt(b, j); n > 0) {
            j += n;
            skipped = true;
            continue;
        }
        return false;
    }
    return skipped && i == a.size() && j == b.size();
}

std::int32_t EntityRegistry::findOrganization(std::string_view name) const
{
    // (a walk with a pointer: an index cost a multiplication an entity)
    const Entity* const entities = m_entities.data();
    for (const Entity* e = entities; e != entities + m_entities.size(); ++e) {
        if (e->type != SpeakerType::Organization || !e->named)
            continue;
        const auto sameName = [&](std::string_view form) { return sameIgnoringCase(form, name) || sameButOwner(form, name); };
        if (sameName(e->lowerName) || std::any_of(e->aliases.begin(), e->aliases.end(), sameName))
            return static_cast<std::int32_t>(e - entities);
    }
    return -1;
}

std::int32_t EntityRegistry::findOrganizationByFirstWord(std::string_view lowerWord, bool unknownTypeToo) const
{
    // Only the entities indexed under the word's bit as a first word, the last first.
    const auto slot = static_cast<std::size_t>(std::countr_zero(firstWordBit(lowerWord)));
    for (std::size_t block = m_entitiesByWord.size() / 64; block-- > 0;)
        for (std::uint64_t candidates = m_entitiesByWord[block * 64 + slot]; candidates != 0;) {
            const int bit = 63 - std::countl_zero(candidates);
            candidates &= ~(std::uint64_t{1} << bit);
            const std::size_t i = block * 64 + static_cast<std::size_t>(bit);
            const Entity& e = m_entities[i];
            // (the word and a space open the name: its first word, and more words after it, with no count of them)
            const bool body = e.type == SpeakerType::Organization ||
                              (unknownTypeToo && e.type == SpeakerType::Unknown && e.gender == Gender::Unknown &&
                               e.nameTrust >= 2);  // (not a headline's run, "Lumora Shares Slide After …")
            if (body && e.named && !e.forms.empty() && opensName(lowerWord, e.forms.front()))
                return static_cast<std::int32_t>(i);
        }
    return -1;
}

namespace {

// "nyota ridge mining co.", "brightwater pork llc": a lower-cased name a company's legal suffix ends.
bool endsInCompanySuffix(std::string_view lowerName)
{
    static constexpr std::string_view kSuffixes[] = {" co.", " co", " llc", " inc.", " inc", " ltd", " ltd.",
                                                     " plc", " corp.", " corp", " gmbh", " ag", " s.a."};
    return std::any_of(std::begin(kSuffixes), std::end(kSuffixes), [&](std::string_view s) { return lowerName.ends_with(s); });
}

// Is `lowerName` the words `opening` and one word that says what business it is ("pemberton lisle
// bank", "harlow foods")?
bool businessWordAfter(std::string_view lowerName, std::string_view opening)
{
    if (lowerName.size() <= opening.size() + 1 || !lowerName.starts_with(opening) || lowerName[opening.size()] != ' ')
        return false;
    const std::string_view rest = lowerName.substr(opening.size() + 1);
    static constexpr std::string_view kWords[] = {"bank", "group", "holdings", "foods", "airlines", "airways", "motors",
                                                  "partners", "capital", "securities", "mining", "energy", "media",
                                                  "pharmaceuticals", "technologies", "industries", "insurance", "homes"};
    return std::any_of(std::begin(kWords), std::end(kWords), [&](std::string_view w) { return rest == w; });
}

// "Fans of Bradley Cooper": a group described around a name, not a name
bool hasLowerCaseWord(std::string_view name)
{
    for (std::size_t k = 1; k < name.size(); ++k)
        if (name[k - 1] == ' ' && name[k] >= 'a' && name[k] <= 'z')
            return true;
    return false;
}

}  // namespace

std::int32_t EntityRegistry::findOrganizationByLastWord(std::string_view lowerWord) const
{
    for (std::size_t i = m_entities.size(); i-- > 0;) {
        const Entity& e = m_entities[i];
        if (e.type != SpeakerType::Organization || !e.named || e.forms.empty())
            continue;
        const std::string_view name = e.forms.front();
        if (!hasLowerCaseWord(e.name) && name.size() > lowerWord.size() && isSuffix(lowerWord, name))
            return static_cast<std::int32_t>(i);
    }
    return -1;
}

std::int32_t EntityRegistry::headlineShortForm(std::string_view fullWords, bool oneWordOnly) const
{
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        const Entity& e = m_entities[i];
        if (!e.named || e.nameTrust != 1 || e.forms.empty() || (oneWordOnly && !oneWord(e.forms.front())))
            continue;
        const std::string_view part = e.forms.front();
        if (e.type == SpeakerType::Organization && fullWords.size() > part.size() && isSuffix(part, fullWords))
            return static_cast<std::int32_t>(i);
        // ("Lumora pushes back Halo 2 headset, says …" above "Lumora Technologies said": the company
        // by the first word of its name, which no person holds)
        if ((e.type == SpeakerType::Organization || (e.type == SpeakerType::Unknown && e.gender == Gender::Unknown)) &&
            opensName(part, fullWords))
            return static_cast<std::int32_t>(i);
    }
    return -1;
}

Entity& EntityRegistry::newEntity()
{
    if (m_entities.empty())
        m_entities.reserve(128);  // (an article names a few dozen people and organisations, rarely more)
    return m_entities.emplace_back(&m_arena);  // (built in place: a moved entity moved every string)
}

std::int32_t EntityRegistry::addName(const SourcePhrase& p, std::uint32_t paragraph, bool inQuote, bool source,
                                     bool notPerson, bool opensSentence)
{
    const bool organization = p.type == SpeakerType::Organization;
    std::size_t wordsSize = 0;
    const std::string words = nameKey(p.name, wordsSize);
    const std::uint64_t wordBits = nameWordBits(words);  // (hashed once for the look-up and the new form)
    // A gender from an honorific, a gendered role or a first name ("Mr. Duarte", "Paulo Duarte"),
    // not from a surname that is also a first name ("Warren" for Elizabeth Warren)
    const bool moreThanSurname = wordsSize >= 2 || p.span.end - p.span.begin > p.name.size();
    const std::string roleWord = lowerAscii(std::string_view(p.role).substr(p.role.rfind(' ') + 1));
    std::int32_t index = organization ? findOrganization(p.name)
                                      : findPerson(words, wordBits, moreThanSurname ? p.gender : Gender::Unknown, roleWord, p.title);
    bool shortensHeadlineRun = false;
    if (!organization && wordsSize == 1 && p.type == SpeakerType::Unknown && index >= 0 &&
        m_entities[static_cast<std::size_t>(index)].nameTrust == 1) {
        // "Lumora said" after "Shares of Lumora fell" is the company, not the headline's run
        // "Lumora Shares Slide After Sales Miss" that the word opens
        // ("Rovers said" after "Kestrel Rovers manager Tom Vance": the club, not the headline's
        // run "Late Error Costs Rovers")
        const Entity& headline = m_entities[static_cast<std::size_t>(index)];
        std::int32_t company = findOrganization(p.name);
        if (company < 0 && headline.type == SpeakerType::Unknown && headline.gender == Gender::Unknown)
            company = findOrganizationByLastWord(words);
        // ("Harlow said" after "Harlow Foods lowered …": the company whose first word it is, not the
        // headline's run "Harlow Foods Cuts Forecast")
        if (company < 0 && headline.type == SpeakerType::Unknown && headline.gender == Gender::Unknown)
            company = findOrganizationByFirstWord(words);
        const auto hasLowerCase = [](std::string_view name) {
            return std::any_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        };
        if (company >= 0 && hasLowerCase(m_entities[static_cast<std::size_t>(company)].name))
            index = company;  // (not a dateline's "CLEVELAND")
        // ("Orbis on Tuesday unveiled …" under "Orbis Unveils Lighter Headset": the text names the
        // company by the run's first word, which is its name)
        const std::string_view run = headline.forms.front();
        shortensHeadlineRun = company < 0 && !notPerson && (opensSentence || source) && paragraph > 0 &&
                              headline.type == SpeakerType::Unknown && headline.gender == Gender::Unknown &&
                              opensName(words, run);
    }
    // ("Castellan Home Supply", "Halvorsen Appliance": a name no given name opens, of unknown type,
    // may be the company a headline named by its first word)
    if (index < 0 && paragraph > 0 &&
        (organization || (p.type == SpeakerType::Unknown && p.gender == Gender::Unknown && wordsSize >= 2)))
        index = headlineShortForm(words, !organization);  // "National Health Agency" after the headline's "Health Agency"
    // ("Tallis, which is based in Lanesborough, said" after "Tallis Robotics": a body's first word,
    // whatever the type the full name was given)
    if (index < 0 && wordsSize == 1)
        index = findOrganizationByFirstWord(words, organization);  // "Halvorsen" after "Halvorsen Foods"
    // ("Nyota Ridge said" after "the mine's owner, Nyota Ridge Mining Co.": the words that open a
    // company's fuller name, one a company's suffix ends, no given name among them)
    // ("Pemberton Lisle said" after "a former trader at Pemberton Lisle Bank": or one business word)
    if (index < 0 && wordsSize >= 2 && p.type != SpeakerType::Person && p.gender == Gender::Unknown && !holdsGivenName(words))
        if (const std::int32_t company = findOrganizationByFirstWord(words, false);
            company >= 0 && (endsInCompanySuffix(m_entities[static_cast<std::size_t>(company)].lowerName) ||
                             businessWordAfter(m_entities[static_cast<std::size_t>(company)].lowerName, words)))
            index = company;
    // ("The Condors said" after "Sacramento Condors quarterback …": a team's plural, not "the House"
    // for the White House)
    if (index < 0 && !organization && wordsSize == 1 && p.type == SpeakerType::Unknown && p.gender == Gender::Unknown &&
        words.size() > 3 && words.ends_with('s') && !words.ends_with("ss"))
        index = findOrganizationByLastWord(words);
    // ("the Post called him …" after "the Kestrel Evening Post": a paper by the last word of its name;
    // not "Guardian" for "Mayor Don Guardian", whose given name shows a person)
    if (index < 0 && organization && wordsSize == 1)
        if (const std::int32_t paper = findOrganizationByLastWord(words);
            paper >= 0 && !holdsGivenName(m_entities[static_cast<std::size_t>(paper)].lowerName))
            index = paper;
    // ("The Human Services Agency said" after "The Tollard County Human Services Agency": the words
    // that end a body's fuller name)
    if (index < 0 && organization && wordsSize >= 3)
        index = findOrganizationByLastWord(words);
    if (index < 0 && (organization || isAcronym(p.name)))
        index = findByAcronym(p.name, words);  // "ESRA" and "the European Space Research Agency"
    if (index < 0 && organization && hasLowerCaseWord(p.name))
        index = bodyEndingIn(words);  // "the Sorvian ministry": the Sorvian Foreign Ministry
    if (index < 0) {
        index = static_cast<std::int32_t>(m_entities.size());
        Entity& e = newEntity();
        e.name = p.name;
        e.type = p.type;
        e.country = p.country;
        e.plural = p.plural;
        e.aliases.reserve(4);  // (most names come in two or three forms)
        e.forms.reserve(4);
    }
    Entity& e = m_entities[static_cast<std::size_t>(index)];
    const std::uint64_t indexedWords = e.nameWords;  // (the word bits findPerson knows it by so far)
    // Keys are kept up to date piece by piece: this runs for every name in the article.
    std::optional<Span> antecedent;
    // A longer form inside a quotation does not rename someone named outside it: it is often a
    // nickname ("working Crooked Hillary Clinton"); nor does a headline's, whose capitals run on
    // ("Elizabeth Warren Hammers Wells Fargo CEO"). A full form in the text replaces either.
    const std::uint8_t trust = inQuote ? 0 : paragraph == 0 ? 1 : 2;
    const std::size_t fullest = e.forms.empty() ? 0 : e.firstFormWords;
    if (e.forms.empty()) {
        e.addForm(words, wordBits);
        e.firstFormWords = wordsSize;
        assignLower(e.lowerName, e.name);
        e.fullestMention = p.span;
        e.nameTrust = trust;
    } else if ((wordsSize > fullest && trust >= e.nameTrust) ||
               (trust > e.nameTrust && (wordsSize >= std::min<std::size_t>(fullest, 2) || shortensHeadlineRun)) ||
               // ("Zembara’s wildlife authority", then "the Zembara Wildlife Authority": the name in capitals)
               (trust >= e.nameTrust && organization && hasLowerCaseWord(e.name) && !hasLowerCaseWord(p.name) &&
                sameButOwner(e.name, p.name))) {
        e.nameTrust = trust;
        e.name = p.name;
        e.forms.front() = words;
        e.formsWrittenOutside &= ~1u;
        e.firstFormWords = wordsSize;
        e.demonymEnding = -1;
        e.nameWords = (e.nameWords & kLastWordBits) | wordBits;
        assignLower(e.lowerName, e.name);
        e.fullestMention = p.span;
    } else if (wordsSize < fullest) {
        antecedent = e.fullestMention;  // "Lavrov" stands for the "Sergei Lavrov" named before
    }
    if (std::none_of(e.aliases.begin(), e.aliases.end(), [&](std::string_view alias) { return alias == p.name; })) {
        e.aliases.emplace_back(p.name);
        e.addForm(words, wordBits);
        if (const std::string nickname = nicknameForm(words); !nickname.empty())
            e.addForm(nickname);  // "tommy garrity" finds 'thomas j. "tommy" garrity'
    }
    if (!inQuote)
        for (std::size_t f = 0; f < e.forms.size() && f < 32; ++f)
            if (std::string_view(e.forms[f]) == std::string_view(words))
                e.formsWrittenOutside |= 1u << f;
    if (const std::uint64_t newWords = e.nameWords & ~indexedWords; newWords != 0)
        indexNameWords(static_cast<std::size_t>(index), newWords);
    if (!p.role.empty()) {
        // The first role is the one shown; every role found keeps the entity findable by its
        // role nouns ("Republican Donald Trump" … "Republican nominee Donald Trump" … "the nominee").
        std::string lower = lowerAscii(p.role);
        if (e.role.empty()) {
            e.role = p.role;
            e.lowerRole = std::move(lower);
        } else if (e.lowerRole.find(lower) == std::string::npos) {
            e.lowerRole += " | " + lower;
        }
    }
    if (p.type != SpeakerType::Unknown && e.type == SpeakerType::Unknown)
        e.type = p.type;
    e.titles |= p.title;
    learnGender(index, p.gender);
    m_entities[static_cast<std::size_t>(index)].spoke |= source && paragraph > 0;  // (not a headline's run: "Moreno Aides Expect …")
    addMention({p.span, index, MentionKind::Name, inQuote, paragraph, antecedent, source, notPerson, opensSentence});
    return index;
}

std::int32_t EntityRegistry::addCommonNoun(const SourcePhrase& p, std::uint32_t paragraph)
{
    const std::string key = lowerAscii(p.name);
    std::int32_t index = -1;
    for (std::size_t i = 0; i < m_entities.size(); ++i)
        if (!m_entities[i].named && std::string_view(m_entities[i].lowerName) == key)
            index = static_cast<std::int32_t>(i);
    if (index < 0) {
        index = static_cast<std::int32_t>(m_entities.size());
        Entity& e = newEntity();
        e.name = p.name;
        e.type = p.type;
        e.gender = p.gender;
        e.plural = p.plural;
        e.named = false;
        e.refreshKeys();
    }
    addMention({p.span, index, MentionKind::RoleNoun, false, paragraph, std::nullopt});
    return index;
}

void EntityRegistry::addMention(const EntityMention& m)
{
    if (m_mentions.empty())
        m_mentions.reserve(128);  // (an article names people and organisations a hundred times or so)
    m_mentions.push_back(m);
    Entity& e = m_entities[static_cast<std::size_t>(m.entity)];
    e.lastMention = std::max(e.lastMention, m.span.begin + 1);
    e.lastParagraph = m.paragraph;
}

void EntityRegistry::markTheyThem(std::int32_t entity)
{
    Entity& e = m_entities[static_cast<std::size_t>(entity)];
    e.theyThem = true;
    e.gender = Gender::Unknown;
    e.type = SpeakerType::Person;
}

void EntityRegistry::learnGender(std::int32_t entity, Gender gender)
{
    Entity& e = m_entities[static_cast<std::size_t>(entity)];
    if (gender == Gender::Unknown || e.type == SpeakerType::Organization || e.theyThem)
        return;
    if (e.gender == Gender::Unknown)
        e.gender = gender;
    if (e.type == SpeakerType::Unknown)
        e.type = SpeakerType::Person;
}

// The most recent compatible entity, not looking further back than a few paragraphs:
// first one whose gender is known to agree, then one whose gender is not known.
namespace {

// Do the roles name every capitalised modifier of a role noun ("the Vermont senator", "the
// Republican nominee")?
bool modifiersFit(std::string_view roleNoun, std::string_view lowerRoles, bool onlyUnknownWords = false)
{
    std::size_t begin = 0;
    while (begin < roleNoun.size()) {
        const std::size_t end = std::min(roleNoun.find(' ', begin), roleNoun.size());
        std::string word = lowerAscii(roleNoun.substr(begin, end - begin));
        const bool capitalised = roleNoun[begin] >= 'A' && roleNoun[begin] <= 'Z';
        begin = end + 1;
        if (!capitalised || word == "the")
            continue;
        if (word == "gop")
            word = "republican";
        else if (word == "democratic")
            word = "democrat";
        // (a party always counts: "the state's Republican governor" is no Democrat)
        if (onlyUnknownWords && isKnownNonName(word) && word != "republican" && word != "democrat")
            continue;
        if (lowerRoles.find(word) == std::string_view::npos)
            return false;
    }
    return true;
}

// Do the roles an entity was given name this role noun? Written out, or abbreviated as titles
// are ("the governor" for "New Jersey Gov. Chris Christie", "the senator" for "Sen. Bernie
// Sanders"); an abbreviated title must also carry the noun's capitalised modifiers ("the Vermont
// senator" is not "Republican Sen. John McCain"). `strict`: not another office of the noun ("Prime
// Minister", "Assistant Coroner").
bool rolesName(std::string_view lowerRoles, std::string_view head, std::string_view roleNoun, bool strict)
{
    static constexpr std::pair<std::string_view, std::string_view> kTitles[] = {
        {"governor", "gov."}, {"senator", "sen."}, {"representative", "rep."}, {"congressman", "rep."},
        {"congresswoman", "rep."}, {"general", "gen."}, {"professor", "prof."}, {"doctor", "dr."},
        {"inspector", "insp."}, {"detective", "det."}, {"sergeant", "sgt."}, {"captain", "capt."},
        {"lieutenant", "lt."}, {"colonel", "col."}, {"brigadier", "brig."}, {"major", "maj."}, {"admiral", "adm."},
        {"commander", "cmdr."}, {"commander", "cdr."}, {"superintendent", "supt"}, {"councillor", "cllr"}, {"judge", "justice"},  // ("the judge" for "Mr Justice Cathal Ó Broin")
        {"chairman", "chair"}, {"chairwoman", "chair"}, {"chief", "head of"}};  // ("the housing chief": "head of housing")
    // (the roles first: this is asked against every mention of every named entity with a role, and
    // nearly always the roles hold neither the noun nor its abbreviated title)
    // (not as an owner: "the congressman's son, Darius …" holds no congressman's role)
    // (nor a different office of the same noun: "the minister" is not "Prime Minister Valter Roszak",
    // "the president" not the vice president, "the borders minister" not the shadow one)
    const auto otherOffice = [&](std::size_t at) {
        // (the words of this role before the noun: roles are joined by " | " and ", ")
        const std::size_t bar = lowerRoles.rfind(" | ", at), comma = lowerRoles.rfind(", ", at);
        const std::size_t from = std::max(bar == std::string_view::npos ? 0 : bar + 3, comma == std::string_view::npos ? 0 : comma + 2);
        const std::string_view before = lowerRoles.substr(from, at - from);
        for (const std::string_view word : {std::string_view("prime"), std::string_view("vice"), std::string_view("shadow"),
                                            std::string_view("deputy"), std::string_view("assistant")})
            if (const std::size_t w = before.find(word);
                w != std::string_view::npos && (w == 0 || before[w - 1] == ' ') &&
                findIgnoringCase(roleNoun, word) == std::string::npos)
                return true;
        return false;
    };
    bool written = false;
    for (std::size_t at = lowerRoles.find(head); at != std::string_view::npos && !written; at = lowerRoles.find(head, at + 1)) {
        const std::string_view after = lowerRoles.substr(at + head.size());
        written = !(after.starts_with("'s") || after.starts_with("\u2019s")) && !(strict && otherOffice(at));
    }
    if (!written && std::none_of(std::begin(kTitles), std::end(kTitles), [&](const auto& title) {
            return head == title.first && lowerRoles.find(title.second) != std::string_view::npos;
        }))
        return false;
    // ("the Kuwaiti Assistant Foreign Minister": a capitalised title is named whole, not by its noun)
    const std::size_t lastWord = roleNoun.rfind(' ') + 1;
    // (the noun itself, which phrases may follow: "the chief of Kinabek First Nation")
    const std::size_t found = findIgnoringCase(roleNoun, head);
    const std::size_t at = found == std::string::npos ? lastWord : found;
    const bool title = at < roleNoun.size() && roleNoun[at] >= 'A' && roleNoun[at] <= 'Z';
    // ("the Castlebridge manager" is not "Ashworth manager Paul Hennessey": a capitalised modifier
    // that is no word of the language, a club's or a firm's name, must be among the roles of a
    // lower-case noun too; "the Senate Democratic leader" needs no "Democratic" in Reid's)
    if (written)
        return title ? modifiersFit(roleNoun, lowerRoles) : modifiersFit(roleNoun.substr(0, at), lowerRoles, true);
    return modifiersFit(roleNoun.substr(0, lastWord), lowerRoles, !title);  // (a headline's "Senator" is the noun itself)
}


// Subjects before objects: "Achebe said the leaflets came from a consultant who worked for
// Pryce. He called …" — "He" is Achebe, the source of the sentence before, not Pryce, named
// later inside it. Only a source in the same or the previous paragraph, with the same gender
// (or none known), takes the place of the more recent mention that is not a source.
template <typename It, typename Fits>
void preferSubjectImpl(const std::vector<EntityMention>& mentions, const std::vector<Entity>& entities,
                       Resolution& r, It recent, bool exact, Fits fits, std::uint32_t pronounParagraph)
{
    // ("A letter from Bishop Mbeki said …. ¶ Halina Kowalczyk, 88, …, sat in the third pew …. ¶
    // ‘…,’ she said": a name that opens the paragraph before is its subject, the one described)
    if (recent->opensSentence && recent->paragraph + 1 == pronounParagraph)
        return;
    for (It it = std::next(recent); it != mentions.rend(); ++it) {
        if (it->inQuote)
            continue;
        if (recent->paragraph > it->paragraph + (recent->paragraph == pronounParagraph ? 0 : 1))
            return;  // "Moran said …. ¶ Duarte, 48, was appointed …, he insisted": the paragraph's own name
        if (!it->source)
            continue;
        if (it->entity == r.entity || !fits(entities[static_cast<std::size_t>(it->entity)], exact))
            return;
        r.alternatives.insert(r.alternatives.begin(), r.entity);
        r.entity = it->entity;
        r.antecedent = it->span;
        return;
    }
}

}  // namespace

template <typename Fits>
std::int32_t EntityRegistry::relativeBySurname(const EntityMention& m, Fits fits) const
{
    const Entity& named = m_entities[static_cast<std::size_t>(m.entity)];
    const std::string_view surname = lastWordOf(named.lowerName);
    if (m.kind != MentionKind::Name || named.type == SpeakerType::Organization || m.span.size() != surname.size())
        return -1;  // (a bare surname only: the mention is as long as the name's last word)
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        const Entity& e = m_entities[i];
        if (static_cast<std::int32_t>(i) != m.entity && e.named && e.type != SpeakerType::Organization &&
            e.lowerName.size() > surname.size() && lastWordOf(e.lowerName) == surname && fits(e))
            return static_cast<std::int32_t>(i);
    }
    return -1;
}

Resolution EntityRegistry::resolvePronoun(const SourcePhrase& p, std::uint32_t paragraph) const
{
    constexpr std::uint32_t kWindow = 3;
    const std::string& head = p.head;
    // (the pronoun compared once here, not for every mention tried)
    const bool personal = head == "he" || head == "she", plural = head == "they", neuter = head == "it";
    bool personLikeOnly = false;  // a pass that leaves out one-word names of unknown type ("from Leeds")
    auto fits = [&](const Entity& e, bool exactGender) __attribute__((always_inline)) {  // (inlined: asked of every mention tried)
        if (personal) {
            if (e.type == SpeakerType::Organization || e.plural || e.place)
                return false;
            bool gendered = false;
            if (exactGender) {
                gendered = e.gender == p.gender;
            } else {
                // (of unknown type, a name of two words or more that may be a person's: a given name
                // in it or a last word the lexicon does not know, not "Fifth Symphony")
                const bool personLike = e.type == SpeakerType::Person ||
                                        (e.name.find(' ') != std::string::npos &&
                                         (holdsGivenName(e.lowerName) || !isKnownNonName(lastWordOf(e.lowerName))));
                gendered = e.gender == Gender::Unknown && e.named && (personLike || !personLikeOnly);
            }
            // (nor "Middle Eastern" in "Trump's Middle Eastern policy": a nationality is no one;
            // tested last, as its two look-ups cost more than the tests above)
            return gendered && !endsInDemonym(e);
        }
        if (plural)
            return e.plural || e.theyThem || (e.type == SpeakerType::Organization && !e.country);
        // (or, failing one, a source of no known type named in words with no given name among
        // them: "Westvale Distribution denied …. “…,” it said.")
        if (neuter)
            return e.type == SpeakerType::Organization ||
                   (!exactGender && e.type == SpeakerType::Unknown && e.gender == Gender::Unknown && e.named && e.spoke &&
                    !e.place && !e.plural && e.name.find(' ') != std::string::npos && !holdsGivenName(e.lowerName));
        return false;
    };
    auto preferSubject = [&](Resolution& res, auto recent, bool exact, auto& fitsFn) {
        preferSubjectImpl(m_mentions, m_entities, res, recent, exact, fitsFn, paragraph);
    };
    // Candidates in order of preference: known gender agrees, then gender unknown; most recent first.
    Resolution r;
    std::uint32_t foundParagraph = 0;
    std::int32_t relative = -1;
    Span relativeSpan;
    for (int pass = 0; pass < 3; ++pass) {
        const bool exact = pass == 0;
        personLikeOnly = pass == 1;
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
            if (it->inQuote || it->span.begin >= p.span.begin || (personal && it->notPerson))
                continue;
            if (paragraph > it->paragraph + kWindow)
                break;
            const std::int32_t entity = it->entity;
            if (!fits(m_entities[static_cast<std::size_t>(entity)], exact)) {
                // ("Varga retired in 2004 …. In her memoir, she wrote": a bare surname shared by a
                // brother and a sister is the one the pronoun's gender names, the last resort)
                if (exact && personal && relative < 0) {
                    relative = relativeBySurname(*it, [&](const Entity& e) {
                        return e.nameTrust >= 2 && (fits(e, true) || fits(e, false));
                    });
                    relativeSpan = it->span;
                }
                continue;
            }
            if (r.entity < 0) {
                r.entity = entity;
                r.antecedent = it->span;
                foundParagraph = it->paragraph;
                if (!it->source)
                    preferSubject(r, it, exact, fits);
            } else if (entity != r.entity && r.alternatives.size() < 3 &&
                       std::find(r.alternatives.begin(), r.alternatives.end(), entity) == r.alternatives.end()) {
                r.alternatives.push_back(entity);
            }
        }
    }
    if (r.entity < 0 && relative >= 0) {
        r.entity = relative;
        r.antecedent = relativeSpan;
        return r;
    }
    // ("The minister has admitted …. She said …": with no one named to stand for, the person a role
    // alone described in the pronoun's paragraph, gender unknown or the pronoun's)
    for (auto it = m_mentions.rbegin(); personal && r.entity < 0 && it != m_mentions.rend(); ++it) {
        if (it->inQuote || it->span.begin >= p.span.begin)
            continue;
        if (it->paragraph != paragraph)
            break;
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        if (!e.named && !e.plural && e.type == SpeakerType::Person && (e.gender == Gender::Unknown || e.gender == p.gender)) {
            r.entity = it->entity;
            r.antecedent = it->span;
        }
    }
    // "Barclay … he told the BBC. ¶ But … Wes Streeting, accused …. He added:": a person of the
    // pronoun's own paragraph, gender unknown, comes before a gender match from an earlier one.
    // "Duarte, 48, was appointed in June. …, he insisted": a name of the same paragraph as well.
    personLikeOnly = true;
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend() && r.entity >= 0; ++it) {
        if (it->inQuote || it->span.begin >= p.span.begin || (personal && it->notPerson))
            continue;
        if (it->paragraph != paragraph || it->paragraph <= foundParagraph)
            break;
        // ("One of them, a recruiter in Austin, said …. “…,” she said.": an unnamed person who spoke
        // here, gender unknown, too)
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        const bool unnamedPerson = personal && !e.named && !e.plural && e.type == SpeakerType::Person &&
                                   (e.gender == Gender::Unknown || e.gender == p.gender);
        if (it->entity != r.entity && (unnamedPerson || fits(e, false))) {
            r.alternatives.insert(r.alternatives.begin(), r.entity);
            r.entity = it->entity;
            r.antecedent = it->span;
            return r;
        }
    }
    // "Watch Manager Grzegorz Nowicki … said …. ¶ “…,” he said.": in a paragraph with no one named
    // before the pronoun, the last to speak in the paragraph before, gender unknown, comes before a
    // gender match from further back.
    auto last = m_mentions.rbegin();
    while (last != m_mentions.rend() && last->paragraph == paragraph && (last->inQuote || last->span.begin >= p.span.begin))
        ++last;
    if (!personal || r.entity < 0 || last == m_mentions.rend() || last->paragraph + 1 != paragraph ||
        last->paragraph <= foundParagraph)
        return r;
    for (auto it = last; it != m_mentions.rend() && it->paragraph == last->paragraph; ++it) {
        if (!it->source || it->inQuote)
            continue;
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        // (a name that ends in a capital: not "TV favourite", a description)
        const std::size_t lastWord = e.name.rfind(' ') + 1;
        // (of unknown type too, a name that may be a person's: "retired dockworker Alf Brennan, 79, said")
        if (it->entity != r.entity && it->kind == MentionKind::Name && e.type != SpeakerType::Organization &&
            lastWord < e.name.size() && !(e.name[lastWord] >= 'a' && e.name[lastWord] <= 'z') && fits(e, false)) {
            r.alternatives.insert(r.alternatives.begin(), r.entity);
            r.entity = it->entity;
            r.antecedent = it->span;
        }
        break;
    }
    return r;
}

Resolution EntityRegistry::resolveRoleNoun(const SourcePhrase& p, std::uint32_t paragraph) const
{
    constexpr std::uint32_t kWindow = 4;
    const std::string& head = p.head;
    auto found = [](const EntityMention& m) { return Resolution{m.entity, m.span, {}}; };
    // ("The organiser, Pixel Harbour Events, said …. ¶ …, the organisers said": the body the article
    // gave that role, in the plural)
    if (p.plural && head.size() > 4 && head.ends_with('s'))
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
            const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
            if (it->inQuote || !e.named || e.type == SpeakerType::Person || e.gender != Gender::Unknown || e.lowerRole.empty())
                continue;
            bool given = false;
            forEachRole(e, [&](std::string_view role) {
                const std::string_view last = lastWordOf(role);
                return given = last.size() + 1 == head.size() && head.starts_with(last);
            });
            if (given)
                return found(*it);
        }
    if (p.type == SpeakerType::Person) {
        // (an office of that noun first; failing one, any other of it: "The coroner" is "Assistant
        // Coroner Iqbal Chaudhry" when no other coroner is named)
        for (const bool strict : {true, false})
            for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
                const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
                if (e.named && !e.role.empty() && rolesName(e.lowerRole, head, p.name, strict))
                    return found(*it);
            }
        // ("Dr. Abiodun Kessler said …. The doctor said": the one the article titled so, when the
        // phrase is the bare title)
        const bool bareTitle = p.name == "doctor" || p.name == "professor";
        const std::uint8_t title = head == "doctor" ? kTitleDoctor : head == "professor" ? kTitleProfessor : 0;
        for (auto it = m_mentions.rbegin(); bareTitle && title != 0 && it != m_mentions.rend(); ++it) {
            const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
            if (e.named && (e.titles & title) && !it->inQuote)
                return found(*it);
        }
        if (p.descriptor) {
            // ("Amadou Sarr outpointed Diego Arancibia of Valderra. “…,” the Valderran said": the
            // person whose place the nationality names, before the sentence's subject)
            const std::string described = lowerAscii(p.name);
            for (auto it = m_mentions.rbegin(); it != m_mentions.rend() && paragraph <= it->paragraph + 2; ++it) {
                const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
                const std::string_view place = lastWordOf(e.lowerRole);
                if (e.named && e.knownPerson() && !it->inQuote && place.size() >= 4 && described.size() > place.size() &&
                    described.size() <= place.size() + 3 && described.starts_with(place))
                    return found(*it);
            }
            return lastNamedPerson(p, paragraph);
        }
        // ("Graeme Dunlop’s side … ¶ “…,” the Castlebridge manager admitted": a role with a club's
        // or a firm's name, which no one's roles name, is the person just named who holds no role)
        const std::string_view described = std::string_view(p.name).starts_with("the ") ? std::string_view(p.name).substr(4)
                                                                                         : std::string_view(p.name);
        // (not "the Lincoln actor", a performer's trade: the part he played, not someone named here)
        if (const std::size_t space = described.find(' '); !p.plural && !isPersonDescriptor(p.head) &&
                                                           space != std::string_view::npos && described[0] >= 'A' &&
                                                           described[0] <= 'Z' &&
                                                           !isKnownNonName(lowerAscii(described.substr(0, space))))
            if (Resolution r = lastNamedPerson(p, paragraph);
                r.entity >= 0 && m_entities[static_cast<std::size_t>(r.entity)].role.empty())
                return r;
        // "A spokesman for the council said …. The spokesman added": the one person the article just
        // described by that role without a name
        // (the whole role, not its head alone: "his childhood friend" is not "a friend")
        const std::string role = lowerAscii(p.name);
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
            if (paragraph > it->paragraph + 2)
                break;
            const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
            const std::string_view name = e.lowerName;
            if (!e.named && !e.plural && e.type == SpeakerType::Person && !it->inQuote && (name == role || opensName(role, name)))
                return found(*it);
        }
        return byParty(p);
    }
    if (p.type != SpeakerType::Organization)
        return {};
    const bool wantsCountry = head == "country" || head == "nation" || head == "republic" || head == "kingdom";
    // ("Scientists at the University of Leeds found … the company warned": no university is a company)
    const bool wantsBusiness = isBusinessNoun(head);
    const bool wantsUnion = head == "union" || head == "guild";
    // (a name that ends in the noun first: "the council" is "Dunmore City Council", not "Dunmore
    // City Council's cabinet" named after it)
    // (one that spoke before one only mentioned: "the High Administrative Court said …, would take
    // the case to the Constitutional Court. …. The court noted")
    // (first a body whose name holds the whole phrase: "the sheriff's office" is the Wexley County
    // Sheriff's Office, not the medical examiner's office that spoke last)
    std::string phrase = lowerAscii(p.name);
    if (phrase.starts_with("the "))
        phrase.erase(0, 4);
    if (phrase.find(' ') != std::string::npos)
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
            const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
            if (e.named && e.type == SpeakerType::Organization && lastWordOf(e.lowerName) == head &&
                e.lowerName.find(phrase) != std::string::npos)
                return found(*it);
            // ("the agriculture department": the Department of Agriculture and Markets, its noun first)
            if (e.named && e.type == SpeakerType::Organization && e.lowerName.starts_with(head) &&
                std::string_view(e.lowerName).substr(head.size()).starts_with(" of ") && holdsEveryWord(e.lowerName, phrase))
                return found(*it);
        }
    // (first a body of that noun that was a source in this paragraph or the one before: "But the
    // Data Protection Agency (DPA) said it had been notified … after the EAA learned …. The agency
    // said": the subject that spoke, not the body named inside its report)
    // (then, in its own paragraph, any named before it: "The second regulator to give evidence, the
    // Air Navigation Agency, struck a different note. In its own submission the agency said")
    for (const int pass : {0, 1, 2})
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend() && paragraph <= it->paragraph + 1; ++it) {
            const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
            const bool here = it->paragraph == paragraph;
            const bool fits = pass == 0 ? here && it->source : pass == 1 ? here : it->source;
            if (fits && !it->inQuote && e.named && e.type == SpeakerType::Organization && lastWordOf(e.lowerName) == head &&
                namesBodyOf(head, e.lowerName))
                return found(*it);
        }
    // (a name whose head the noun is, at its end or before "of": "the university" is the University
    // of Ostrel before the University Staff Union named since)
    const std::string headOf = head + " of ";  // (built once, not for every mention tried)
    const auto headed = [&](std::string_view name) {
        if (lastWordOf(name) == head)
            return true;
        const std::size_t at = name.find(headOf);
        return at != std::string_view::npos && (at == 0 || name[at - 1] == ' ');
    };
    for (const auto& [endsInNoun, spoke] : {std::pair{true, true}, std::pair{true, false}, std::pair{false, false}})
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
            const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
            if (e.named && (!endsInNoun || headed(e.lowerName)) && (!spoke || e.spoke) &&
                (e.type == SpeakerType::Organization ? namesBodyOf(head, e.lowerName)
                                                     : e.type == SpeakerType::Unknown && namesKinOfUnknownType(head, e.lowerName)))
                return found(*it);
        }
    // ("Their union, Unified Food Workers, says …. …, according to the union": the body the article
    // gave that noun as its role, before any other named since)
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        if (it->inQuote || !e.named || e.type == SpeakerType::Person || e.lowerRole.empty())
            continue;
        bool given = false;
        forEachRole(e, [&](std::string_view role) { return given = lastWordOf(role) == head; });
        if (given)
            return found(*it);
    }
    if (const std::int32_t body = bodyNamedByModifier(p); body >= 0)
        return Resolution{body, {}, {}};  // "The UN agency"
    // ("the homewares retailer", "the budget airline": a business described, as "the company" is)
    // ("the British snack maker": a nationality and what it makes, four words)
    if ((p.endToken - p.firstToken > 2 && !(wantsBusiness && p.endToken - p.firstToken <= 4)) || isOwnInstitution(head))
        return {};  // "the port authority" describes its own organisation, not the last one named
    // ("Nimbara, which is owned by the Vellastrian group Corrimax, said …. In a statement, the company
    // said": the business that spoke in this paragraph, before one named inside its phrase)
    for (auto it = m_mentions.rbegin(); wantsBusiness && it != m_mentions.rend() && it->paragraph == paragraph; ++it) {
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        if (it->source && !it->inQuote && e.named && !e.place && !e.country && e.type != SpeakerType::Person &&
            e.gender == Gender::Unknown && !institution(e) && !describedAsNonBusiness(e))
            return found(*it);
    }
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
        if (paragraph > it->paragraph + kWindow)
            break;
        if (it->inQuote)
            continue;  // "“… complied with EU rules,” the company said": a name inside the quote is not it
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        // "Nordlink said it would cooperate. … the company said": an unknown name that spoke, with no gender
        // ("Dunmore Athletic sacked manager Rui Almeida …. The club said": or, for a club or a
        // business, that opened a sentence, in two words or more)
        const bool openedBusiness = (wantsBusiness || head == "club" || head == "team") && it->opensSentence && !e.place &&
                                    e.name.find(' ') != std::string::npos;
        // ("The club said" after "the Portholme Lancers … bottom of the Premier Basketball League": a
        // league or an association governs clubs and is none)
        if ((head == "club" || head == "team") && governingBody(e.lowerName))
            continue;
        const bool organisation = e.type == SpeakerType::Organization ||
                                  (e.type == SpeakerType::Unknown && e.gender == Gender::Unknown && !wantsCountry &&
                                   (it->source || openedBusiness));
        // (nor a body of another named kind: "the bureau" is not the Navy)
        // (only nouns no other kind of body goes by: "the agency", "the regulator" or "the union" may be an office)
        // (and none of these is a business or a paper: "the ministry" is not the Gazette that was quoted)
        const bool otherKind = ((head == "bureau" || head == "ministry" || head == "court" || head == "university" ||
                                 head == "hospital" || head == "church" || head == "parliament" || head == "police") &&
                                (isInstitutionName(e.lowerName) || head == "ministry" || head == "court" || head == "parliament" ||
                                 (head == "police" && e.type == SpeakerType::Organization && !isPoliceName(e.lowerName))) &&
                                e.lowerName.find(head) == std::string::npos) ||
                               (wantsUnion && !unionName(e.lowerName));  // ("their union" is no medical center)
        if (organisation && e.named && e.country == wantsCountry && !otherKind &&
            !(wantsBusiness && (institution(e) || describedAsNonBusiness(e))))
            return found(*it);
    }
    // ("A fund will take a stake in Fenwick Vale FC, the club announced": then a club by the words
    // that end clubs' names, though it has not spoken)
    for (auto it = m_mentions.rbegin(); (head == "club" || head == "side") && it != m_mentions.rend(); ++it) {
        if (paragraph > it->paragraph + kWindow)
            break;
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        if (!it->inQuote && e.named && e.type != SpeakerType::Person && !e.place && !e.country && namesBodyOf(head, e.lowerName))
            return found(*it);
    }
    // ("Estrela Lines said in a statement … ¶ … ¶ …, the company said": further back, the last
    // business that spoke)
    // (and the club that spoke, for "the club": "According to the club, …" eight paragraphs on)
    const bool wantsClub = head == "club" || head == "team";
    for (auto it = m_mentions.rbegin(); (wantsBusiness || wantsClub) && it != m_mentions.rend(); ++it) {
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        if (it->source && !it->inQuote && e.named && !e.place && !e.country && e.type != SpeakerType::Person &&
            e.gender == Gender::Unknown && !institution(e) && !describedAsNonBusiness(e) &&
            !(wantsClub && governingBody(e.lowerName)))
            return found(*it);
    }
    // ("The pens belonged to Nordhav Aqua, one of the country's biggest salmon farmers. The company
    // said": last, a name of no known kind, in two words or more, just before in the paragraph)
    for (auto it = m_mentions.rbegin(); wantsBusiness && it != m_mentions.rend() && it->paragraph == paragraph; ++it) {
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        if (it->inQuote)
            continue;
        if (e.named && !e.place && !e.country && e.type == SpeakerType::Unknown && e.gender == Gender::Unknown &&
            !e.plural && e.titles == 0 && e.name.find(' ') != std::string::npos && !institution(e))
            return found(*it);
        break;
    }
    return {};
}

// "the UN Office for Displacement Affairs said …. The UN agency said": a generic body ("agency",
// "body", "organisation") named by one capitalised word of a body named before.
std::int32_t EntityRegistry::bodyNamedByModifier(const SourcePhrase& p) const
{
    std::string_view words = p.name;
    if (words.starts_with("the ") || words.starts_with("The "))
        words.remove_prefix(4);
    const std::size_t space = words.find(' ');
    if (p.type != SpeakerType::Organization || space == std::string::npos || words.find(' ', space + 1) != std::string::npos)
        return -1;
    const bool capitalised = words[0] >= 'A' && words[0] <= 'Z';
    // ("the health network" is Brightwater Health, "the energy company" Norvik Energy: a lower-case
    // word of the body's own name before a noun that any such body goes by)
    const bool generic = p.head == "network" || p.head == "group" || p.head == "chain" || p.head == "provider" ||
                         p.head == "trust" || p.head == "charity" || isBusinessNoun(p.head);
    const std::string modifier = lowerAscii(words.substr(0, space));
    static constexpr std::string_view kTooCommon[] = {"local", "national", "regional", "new", "former", "private", "public",
                                                      "state", "city", "county", "parent", "main", "other", "same", "global"};
    if (!(capitalised ? p.head == "agency" || p.head == "body" || p.head == "organisation" || p.head == "organization"
                      : generic && modifier.size() >= 4 &&
                            std::find(std::begin(kTooCommon), std::end(kTooCommon), modifier) == std::end(kTooCommon)))
        return -1;
    const std::string whole = lowerAscii(words);
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        // (a name of no known kind too, for a lower-case modifier: "Brightwater Health will open …")
        const bool body = e.type == SpeakerType::Organization ||
                          (!capitalised && e.type == SpeakerType::Unknown && e.gender == Gender::Unknown && !e.place && !e.country);
        if (e.named && body && !it->inQuote && std::string_view(e.lowerName) != whole && containsWord(e.lowerName, modifier))
            return it->entity;
    }
    return -1;
}

std::int32_t EntityRegistry::bodyEndingIn(std::string_view lowerWords) const
{
    // ("the fire service": the Dunmere Fire and Rescue Service, whose name ends in its last word
    // and holds the others)
    const std::size_t space = lowerWords.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? lowerWords : lowerWords.substr(space + 1);
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
        const Entity& e = m_entities[static_cast<std::size_t>(it->entity)];
        const std::string_view name = e.lowerName;
        // (or opens with it and "of": "the agriculture department", the Department of Agriculture and Markets)
        const bool endsInLast = name.ends_with(last) && name[name.size() - last.size() - 1] == ' ';
        const bool opensWithLastOf = space != std::string_view::npos && name.starts_with(last) &&
                                     name.substr(last.size()).starts_with(" of ");
        if (e.named && e.type != SpeakerType::Person && name.size() > lowerWords.size() && (endsInLast || opensWithLastOf) &&
            holdsEveryWord(name, lowerWords))
            return it->entity;
    }
    return -1;
}

Resolution EntityRegistry::speakerOfParagraph(const SourcePhrase& p, std::uint32_t paragraph, bool opensWithQuote) const
{
    static constexpr std::string_view kOffices[] = {"president", "senator", "governor", "mayor", "minister",
                                                    "secretary", "judge", "chancellor", "premier", "chairman",
                                                    "chairwoman", "spokesman", "spokeswoman", "spokesperson",
                                                    "director", "chief", "king", "queen", "leader"};
    // (lower-case words only: "the veteran defender", not "the GOP presidential candidate" or "the
    // program's host", whose owner or party says whom they mean)
    const bool described = std::all_of(p.name.begin(), p.name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || c == ' ' || c == '-';
    });
    if (p.plural || p.type != SpeakerType::Person || !described ||
        std::find(std::begin(kOffices), std::end(kOffices), p.head) != std::end(kOffices))
        return {};
    // (a name whose given name says the gender is a person's: "Bruno Costa, 20, said …")
    const auto speaker = [&](const EntityMention& m) {
        const Entity& e = m_entities[static_cast<std::size_t>(m.entity)];
        return m.source && !m.inQuote && e.named && e.knownPerson() && !e.plural &&
               (p.gender == Gender::Unknown || e.gender == Gender::Unknown || e.gender == p.gender);
    };
    auto it = m_mentions.rbegin();
    bool outsideQuotes = false;
    for (; it != m_mentions.rend() && it->paragraph == paragraph; ++it) {
        if (speaker(*it))
            return {it->entity, it->span, {}};
        outsideQuotes = outsideQuotes || !it->inQuote;
    }
    // ("Zieliński … said he had dedicated both goals to his grandmother. ¶ “…,” the striker said": a
    // paragraph that opens with the quote goes on from the paragraph before, whose last speaker
    // holds no other role)
    if (!opensWithQuote || it == m_mentions.rend() || outsideQuotes || it->paragraph + 1 != paragraph)
        return {};
    for (const std::uint32_t before = it->paragraph; it != m_mentions.rend() && it->paragraph == before; ++it)
        if (it->source)
            return speaker(*it) && m_entities[static_cast<std::size_t>(it->entity)].role.empty()
                       ? Resolution{it->entity, it->span, {}}
                       : Resolution{};
    return {};
}

namespace {

// "chief executive" for Mirela Sandoval-Kopp: a role of people, which says a person whose given
// name the lexicon does not know.
bool roleSaysPerson(const Entity& e)
{
    std::string_view role = e.lowerRole;
    role = role.substr(0, role.find(" | "));  // (the first role the article gave)
    if (role.empty())
        return false;
    const lexicon::WordInfo* info = lexicon::lookup(role.substr(role.rfind(' ') + 1));
    return info && (info->classes & lexicon::wc::PersonRole) && !(info->classes & lexicon::wc::OrgNoun);
}

}  // namespace

Resolution EntityRegistry::lastNamedPerson(const SourcePhrase& p, std::uint32_t paragraph) const
{
    constexpr std::uint32_t kWindow = 2;
    // (in the descriptor's own paragraph a name of two words or more with no type yet, "Ethiopia's
    // Meseret Alemu", is a person's too)
    const auto fits = [&](const EntityMention& m, bool nearby = false) {
        const Entity& e = m_entities[static_cast<std::size_t>(m.entity)];
        const bool person = e.knownPerson() ||
                            (e.type == SpeakerType::Unknown && (nearby || roleSaysPerson(e)) && e.name.find(' ') != std::string::npos);
        return !m.inQuote && !m.notPerson && e.named && person && !e.plural &&
               (p.gender == Gender::Unknown || e.gender == Gender::Unknown || e.gender == p.gender);
    };
    // ("Asked whether Brennan would play, the Scot replied": the one being interviewed, not the
    // player the question named; "Mensah … met a corner from captain Joe Barnes. “…,” the
    // 19-year-old said": a sentence's subject before a name inside it)
    // (the descriptor's own paragraph first: "The runner-up, Ethiopia's Meseret Alemu, finished …
    // “…,” the 24-year-old said" after a coach who spoke in the paragraph before)
    enum class Wanted { Source, Subject, Any };
    // (not a name in passing there: "In a conversation with HuffPost Live's Alyona Minkovski …, the actor")
    for (Wanted wanted : {Wanted::Source, Wanted::Subject})
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend() && paragraph <= it->paragraph; ++it)
            if ((wanted == Wanted::Source ? it->source : it->opensSentence) && fits(*it, true))
                return {it->entity, it->span, {}};
    for (Wanted wanted : {Wanted::Source, Wanted::Subject, Wanted::Any})
        for (auto it = m_mentions.rbegin(); it != m_mentions.rend() && paragraph <= it->paragraph + kWindow; ++it)
            if ((wanted == Wanted::Any || (wanted == Wanted::Source ? it->source : it->opensSentence)) && fits(*it))
                return {it->entity, it->span, {}};
    return {};
}

// (as it is written in roles: "Democratic" is "democrat")
std::string_view partyIn(std::string_view lowerText)
{
    for (std::string_view word : {"republican"sv, "gop"sv, "democrat"sv, "libertarian"sv})
        if (lowerText.find(word) != std::string_view::npos)
            return word == "gop"sv ? "republican"sv : word;
    return {};
}

Resolution EntityRegistry::byParty(const SourcePhrase& p) const
{
    const std::string_view party = partyIn(lowerAscii(p.name));
    if (party.empty())
        return {};
    std::int32_t match = -1;
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        const Entity& e = m_entities[i];
        if (!e.named || e.type == SpeakerType::Organization || e.plural || partyIn(e.lowerRole) != party)
            continue;
        if (match >= 0)
            return {};  // two of that party: the role alone does not say which
        match = static_cast<std::int32_t>(i);
    }
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend() && match >= 0; ++it)
        if (it->entity == match)
            return {match, it->span, {}};
    return {};
}

std::int32_t EntityRegistry::uniqueMatchForRole(const SourcePhrase& p) const
{
    std::int32_t found = -1, foundWhole = -1, foundSpoke = -1;
    bool several = false, severalWhole = false, severalSpoke = false;
    // ("finance minister accuses prime minister …" above "Finance Minister Daria Skov" and "Prime
    // Minister Ilse Marrek": of those the noun names, the one whose roles hold the whole phrase)
    // ("the city's fire chief" for "Fire Chief Orla Brennick", not "Kestler's chief executive": the
    // phrase less its owner)
    std::string whole = lowerAscii(p.name);
    if (const std::size_t owner = whole.find("'s "); owner != std::string::npos && whole.find(' ', owner + 3) != std::string::npos)
        whole.erase(0, owner + 3);
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        const Entity& e = m_entities[i];
        if (!e.named || e.type != p.type)
            continue;
        if (p.type == SpeakerType::Organization ? e.lowerName.find(p.head) == std::string::npos
                                                 : !rolesName(e.lowerRole, p.head, p.name, true))
            continue;
        const bool namedOutsideQuotes = std::any_of(m_mentions.begin(), m_mentions.end(), [&](const EntityMention& m) {
            return m.entity == static_cast<std::int32_t>(i) && !m.inQuote;
        });
        if (!namedOutsideQuotes)
            continue;  // "… And I am not close to Sen. Cruz.”": a name the speaker utters is not the speaker
        several = several || found >= 0;
        found = static_cast<std::int32_t>(i);
        if (e.spoke) {
            severalSpoke = severalSpoke || foundSpoke >= 0;
            foundSpoke = static_cast<std::int32_t>(i);
        }
        // (the phrase must end a role: "district attorney" is not "spokesman for the district
        // attorney's office")
        const std::size_t at = whole.find(' ') != std::string::npos ? e.lowerRole.find(whole) : std::string::npos;
        const std::size_t after = at + whole.size();
        if (at != std::string::npos && (after == e.lowerRole.size() || e.lowerRole[after] == ' ' || e.lowerRole[after] == ',')) {
            severalWhole = severalWhole || foundWhole >= 0;
            foundWhole = static_cast<std::int32_t>(i);
        }
    }
    if (!several)
        return found;
    if (foundWhole >= 0 || severalWhole)
        return severalWhole ? -1 : foundWhole;
    if (const std::int32_t stem = uniqueStemMatch(p, whole); stem >= 0)
        return stem;
    // ("minister says" above "Finance Minister Adela Quist" who speaks and "Prime Minister Erik
    // Salo" who does not: the one of them who speaks)
    return foundSpoke >= 0 && !severalSpoke ? foundSpoke : -1;
}

// "the finance chief" for "Chief financial officer Priya Nair", not "chief executive Arun Nair":
// of several people with the role's noun, the one whose roles hold its modifiers' stems.
std::int32_t EntityRegistry::uniqueStemMatch(const SourcePhrase& p, std::string_view phrase) const
{
    std::vector<std::string_view> stems;
    for (std::size_t from = 0; from < phrase.size();) {
        const std::size_t end = std::min(phrase.find(' ', from), phrase.size());
        const std::string_view word = phrase.substr(from, end - from);
        if (word.size() >= 5 && word != p.head)
            stems.push_back(word.substr(0, 5));
        from = end + 1;
    }
    if (stems.empty())
        return -1;
    std::int32_t found = -1;
    for (std::size_t i = 0; i < m_entities.size(); ++i) {
        const Entity& e = m_entities[i];
        if (!e.named || e.type != p.type || !rolesName(e.lowerRole, p.head, p.name, true))
            continue;
        const bool fits = std::all_of(stems.begin(), stems.end(), [&](std::string_view stem) {
            for (std::size_t at = e.lowerRole.find(stem); at != std::string::npos; at = e.lowerRole.find(stem, at + 1))
                if (at == 0 || e.lowerRole[at - 1] == ' ')
                    return true;  // (a word's start: "financial" for "finance")
            return false;
        });
        if (fits) {
            if (found >= 0)
                return -1;
            found = static_cast<std::int32_t>(i);
        }
    }
    return found;
}

std::int32_t EntityRegistry::lastNamedBefore(std::uint32_t position, std::uint32_t paragraph) const
{
    for (auto it = m_mentions.rbegin(); it != m_mentions.rend(); ++it) {
        if (it->inQuote || it->span.begin >= position)
            continue;
        if (paragraph > it->paragraph + 1)
            break;
        if (m_entities[static_cast<std::size_t>(it->entity)].named)
            return it->entity;
    }
    return -1;
}

}  // namespace ql
