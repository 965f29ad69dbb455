#include "extract/source_phrase.h"

#include "text/chars.h"

#include <algorithm>
#include <array>
#include <optional>

namespace ql {

using namespace std::string_view_literals;  // (a list of "…"sv needs no strlen at run time)

// Things that show or find, as sources: "Video shows", "Records show", "Data suggest".
bool evidenceNoun(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "video", "footage", "records", "data", "documents", "evidence", "research",
                        "studies", "surveys", "polls", "photos", "emails", "figures", "statistics");
}

bool authoredDocumentNoun(const Analysis& a, std::uint32_t i)
{
    return a.isLowerWord(i) &&
           (a.keyIsOneOf(i, "report", "study", "analysis", "survey", "poll", "review", "audit", "investigation",
                         "inquiry", "memo", "paper", "letter", "assessment", "evaluation", "estimate", "notice", "bulletin") ||
            a.keyIsOneOf(i, "letters", "ruling", "judgment", "judgement", "findings", "decision", "census", "plan") ||
            a.keyIsOneOf(i, "filing", "filings", "submission", "lawsuit", "complaint", "petition") ||
            a.keyIsOneOf(i, "declaration", "communique", "communiqué", "cable", "dossier", "catalogue", "catalog") ||
            a.keyIsOneOf(i, "prospectus", "figures", "statistics", "accounts", "summary", "article", "outlook", "forecast"));
}

// The words of studyNoun.
bool studyNoun(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "study", "trial", "survey", "poll", "report", "review", "audit", "analysis", "inquiry");
}

bool inTitleLine(const Analysis& a, std::uint32_t i)
{
    const Paragraph& p = a.seg().paragraphs[a.paragraphOf(i)];
    std::uint32_t last = p.endToken - 1;
    // ("Governor calls report 'a hit job'": a headline may end in a quotation, "“We won.”" is no headline)
    if (a.token(last).kind == TokenKind::QuoteMark && last > p.firstToken && a.token(p.firstToken).kind != TokenKind::QuoteMark)
        --last;
    if (p.endSentence == p.firstSentence + 1 && !a.isPunct(last, '.') && !a.isPunct(last, '!') && !a.isPunct(last, '?') &&
        !a.isPunct(last, ',') && a.token(last).kind != TokenKind::QuoteMark)
        return true;
    // ("Sanders will back Clinton, eventually, former rival says.": an archive's headline, the text's
    // first paragraph, short, with a full stop added; its sub-headline after a semicolon too)
    if (a.paragraphOf(i) != 0 || a.seg().paragraphs.size() < 2 || !a.isPunct(last, '.'))
        return false;
    std::uint32_t words = 0;
    for (std::uint32_t t = p.firstToken; t < p.endToken && words <= 40; ++t)
        words += a.isWordLike(t) ? 1 : 0;
    return words <= 40 && p.endSentence <= p.firstSentence + 2;
}

namespace {

using namespace lexicon;

SourcePhrase phraseBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit);
SourcePhrase phraseEndingAt(const Analysis& a, std::uint32_t end, std::uint32_t limit);

constexpr std::uint32_t kFunctionWords = wc::Verb | wc::Preposition | wc::Conjunction | wc::Subordinator |
                                         wc::Auxiliary | wc::Pronoun | wc::Adverb | wc::Negation;
constexpr std::uint32_t kRoleWords = wc::PersonRole | wc::RoleModifier | wc::Demonym;


bool isBracket(const Analysis& a, std::uint32_t i) { return a.isPunct(i, '[') || a.isPunct(i, ']'); }

bool monthAsSurname(const Analysis& a, std::uint32_t i);

// (runs for every capitalised word: its length and first letter rule out nearly all at once)
[[gnu::always_inline]] inline bool isFiniteBeOrHave(std::string_view key)
{
    switch (key.size()) {
    case 2: return key[0] == 'i' && key[1] == 's';
    case 3: return key == "are"sv || key == "was"sv || key == "has"sv || key == "had"sv || key == "did"sv;
    case 4: return (key[0] == 'w' || key[0] == 'h' || key[0] == 'd') && (key == "were"sv || key == "have"sv || key == "does"sv);
    default: return false;
    }
}

// A capitalised word that can be part of a name ("Monday" and "January" cannot). (The rare
// month's name goes out of line: this runs for every capitalised word.)
[[gnu::always_inline]] inline bool isNameToken(const Analysis& a, std::uint32_t i)
{
    if (!a.isCapitalized(i))  // ("Teamsters Local 727": a union local's number is part of its name)
        return a.token(i).kind == TokenKind::Number && i > 0 && a.keyIs(i - 1, "local") && a.isCapitalized(i - 1);
    if (a.key(i).ends_with("n't"))
        return false;  // "Don't blame the voters": a negated imperative, not a name
    if (isFiniteBeOrHave(a.key(i)))
        return false;  // a title's "Donald Trump Is Right": no name holds "Is" (but "Will", "May" may)
    if (a.is(i, wc::TimeWord) && !a.is(i, wc::FirstName))
        return monthAsSurname(a, i);
    // ("the six months to June 29": a month that is also a given name, dated)
    return !(a.is(i, wc::TimeWord) && i + 1 < a.tokenCount() && a.token(i + 1).kind == TokenKind::Number);
}

// "Theresa May said", "Yin Myint May, 60,": a month's name after a name is a surname (not "Trump
// Friday said", nor "Trump May Win" in a title, nor "on May 5").
bool monthAsSurname(const Analysis& a, std::uint32_t i)
{
    const bool next = i + 1 < a.tokenCount();
    if (lexicon::isWeekday(a.key(i)) || (next && (a.isCapitalized(i + 1) || a.token(i + 1).kind == TokenKind::Number)))
        return false;
    // (after a quotation's closing mark or a comma too: "“We will leave,” May said.", "“…,” Jun wrote.")
    const bool opensClause = a.token(i).has(tokflag::SentenceStart) ||
                             (i > 0 && (a.isPunct(i - 1, ',') || a.token(i - 1).kind == TokenKind::QuoteMark));
    if (opensClause) {
        // "May said …": no modal takes a past tense, so a surname said it
        const lexicon::WordInfo* verb = next ? a.word(i + 1) : nullptr;
        return verb && a.isLowerWord(i + 1) && (verb->classes & wc::Cue) &&
               (verb->cueForm == CueForm::Past || verb->cueForm == CueForm::PastOrParticiple ||
                verb->cueForm == CueForm::ThirdPerson);
    }
    return i > 0 && !a.is(i - 1, wc::TimeWord) && isNameToken(a, i - 1);
}


// (inlined: this runs for every word at the edge of a name)
[[gnu::always_inline]] inline bool isConnector(const Analysis& a, std::uint32_t i)
{
    // ("Hywel ap Rhys", "Yosef ben Ami", "Anna ter Horst", "Karl vom Stein")
    // ("Giulia dalla Valle", "Maria della Rosa")
    // ("Johan af Ekenstam": a Swedish noble particle)
    // ("Haslinda binti Kassim", "Dayang Rosnah anak Jugah": Malay and Iban patronymics)
    static constexpr std::array<std::string_view, 32> kConnectors = {
        "of", "de", "van", "von", "bin", "al", "la", "le", "da", "du", "del", "der", "den", "y", "dos", "das", "di", "ibn",
        "ap", "ab", "ben", "ter", "vom", "zu", "dalla", "della", "delle", "degli", "dei", "af", "binti", "anak"};
    // (all of one to three letters, each opening with one of a few: length and first letter rule
    // out nearly every word before any string compare)
    constexpr std::uint32_t kFirstLetters = [] {
        std::uint32_t bits = 0;
        for (std::string_view c : kConnectors)
            bits |= std::uint32_t{1} << (c.front() - 'a');
        return bits;
    }();
    const std::string_view key = a.key(i);
    if (key.empty() || key.size() > 5)
        return false;
    const auto letter = static_cast<unsigned>(static_cast<unsigned char>(key.front()) - 'a');
    if (letter >= 26 || !((kFirstLetters >> letter) & 1) || !a.isLowerWord(i))
        return false;
    return std::any_of(kConnectors.begin(), kConnectors.end(),
                       [&](std::string_view c) { return c.front() == key.front() && c == key; });
}

// "on" or "for" after an organisation noun: "Center on Poverty and Inequality", "Council on
// Foreign Relations".
bool isOrgConnector(const Analysis& a, std::uint32_t i)
{
    if (!(a.keyIs(i, "on") || a.keyIs(i, "for")) || !a.isLowerWord(i) || i == 0)
        return false;
    if (a.is(i - 1, wc::OrgNoun))
        return true;
    // ("The Centre for Policy on Higher Education": a second connector after the body's noun and its field)
    for (std::uint32_t k = i - 1; k > 0 && i - k <= 4 && a.isCapitalized(k); --k)
        if (a.keyIsOneOf(k - 1, "for", "of") && a.isLowerWord(k - 1))
            return k >= 2 && a.is(k - 2, wc::OrgNoun) && a.isCapitalized(k - 2);
    return false;
}

bool isLowerRole(const Analysis& a, std::uint32_t i)
{
    return a.isLowerWord(i) && a.is(i, wc::PersonRole | wc::RoleModifier) && !a.is(i, kFunctionWords);
}

// (a plural's lone mark is asked as isPluralApostrophe, where the phrases treat it apart)
bool isPossessive(const Analysis& a, std::uint32_t i)
{
    return a.token(i).has(tokflag::Possessive) && !isLonePossessiveMark(a, i);
}

// "Critics’", "Women's", "Workers'": a capitalised plural of people at `owner`, then its possessive.
bool groupPossessiveAt(const Analysis& a, std::uint32_t owner)
{
    if (owner + 1 >= a.tokenCount() || !a.isCapitalized(owner) || !(isPossessive(a, owner + 1) || isPluralApostrophe(a, owner + 1)))
        return false;
    const std::string_view w = a.key(owner);
    return a.is(owner, wc::CollectiveSource) || w == "women" || w == "men" || w == "children" || w == "people" ||
           a.keyIsOneOf(owner, "parents", "mothers", "fathers", "families", "patients", "tenants", "residents") ||
           (a.is(owner, wc::PersonRole) && w.size() > 3 && w.ends_with("s"));
}

// "2010", "1998": a year, which says when and never who.
bool isYear(const Analysis& a, std::uint32_t i)
{
    const std::string_view digits = a.str(i);
    return a.token(i).kind == TokenKind::Number && digits.size() == 4 &&
           (digits.starts_with("19") || digits.starts_with("20"));
}

// Can token i join a name run between neighbours that are in the run?
// The marks around a nickname inside a name: Marcia "Cia" Price.
// The closing mark of a nickname opened at `open`: one or two name words, perhaps after "the",
// between quote marks with a name on each side ('Thomas J. "Tommy" Garrity', "Lars “the Wall”
// Brekke"); 0 when there is none.
std::uint32_t nicknameClose(const Analysis& a, std::uint32_t open)
{
    const std::uint32_t n = a.tokenCount();
    const auto mark = [&](std::uint32_t k) { return k < n && a.token(k).kind == TokenKind::QuoteMark; };
    if (!mark(open) || open < 1 || !isNameToken(a, open - 1))
        return 0;
    std::uint32_t k = open + 1;
    if (k < n && a.keyIs(k, "the") && a.isLowerWord(k))
        ++k;
    std::uint32_t words = 0;
    while (k < n && words < 2 && !mark(k) && isNameToken(a, k)) {
        ++k;
        ++words;
    }
    return words > 0 && mark(k) && k + 1 < n && isNameToken(a, k + 1) ? k : 0;
}

bool isNicknameMark(const Analysis& a, std::uint32_t i)
{
    if (a.token(i).kind != TokenKind::QuoteMark || i < 1)
        return false;
    if (nicknameClose(a, i) != 0)
        return true;
    for (std::uint32_t open = i - 1; open + 4 >= i && open > 0; --open)
        if (nicknameClose(a, open) == i)
            return true;
    return false;
}

bool bodyNameAfterThe(const Analysis& a, std::uint32_t and_);

// "The Meteorology, Climatology and Geophysics Agency": a comma between capitalised words of a
// list that "and" closes in a body's name after "the" (bodyNameAfterThe).
inline bool commaInBodyName(const Analysis& a, std::uint32_t comma)
{
    if (comma == 0 || comma + 3 >= a.tokenCount() || !a.isCapitalized(comma - 1) || !a.isCapitalized(comma + 1))
        return false;
    std::uint32_t and_ = comma + 2;
    while (and_ < a.tokenCount() && and_ < comma + 4 && a.isCapitalized(and_))
        ++and_;
    if (and_ >= a.tokenCount() || !a.keyIs(and_, "and") || !a.isLowerWord(and_))
        return false;
    // (the words before the comma, back to "the", stand for the first of the list)
    std::uint32_t k = comma - 1;
    while (k > 0 && comma - k < 3 && a.isCapitalized(k - 1) && !a.keyIs(k - 1, "the"))
        --k;
    return k > 0 && a.keyIs(k - 1, "the") && bodyNameAfterThe(a, and_);
}

bool innerRunTokenOtherwise(const Analysis& a, std::uint32_t i);

// (the test that rules out most tokens inline, the rest in a call: asked at every name's edges)
[[gnu::always_inline]] inline bool isInnerRunToken(const Analysis& a, std::uint32_t i)
{
    // Only a quote mark, a possessive or a lower-case word can be: most tokens are ruled out at once.
    if (a.token(i).kind != TokenKind::QuoteMark && !isPluralApostrophe(a, i) && !isPossessive(a, i) && !a.isLowerWord(i))
        return a.isPunct(i, '&') || (a.isPunct(i, ',') && commaInBodyName(a, i));  // "Crumb & Co.", "Johnson & Johnson"

    return innerRunTokenOtherwise(a, i);
}

// ("University and College Staff Association": one word and then the words of a body's name
// share its noun; not "Congress and White House officials")
// ("the Civil Aviation and Travel Authority": after "the", a few capitalised words that name
// no person, place or office, then "and" and the words of a body's name)
bool bodyNameAfterThe(const Analysis& a, std::uint32_t and_)
{
    std::uint32_t k = and_;
    std::uint32_t words = 0;
    while (k > 0 && words < 3) {
        if (a.isCapitalized(k - 1) && !a.is(k - 1, wc::Country | wc::FirstName | wc::PersonRole | wc::Honorific | wc::Determiner)) {
            --k;
            ++words;
        } else if (a.isPunct(k - 1, ',') && k >= 2 && k < and_ && a.isCapitalized(k - 2)) {
            --k;  // (a list: "the Meteorology, Climatology and Geophysics Agency")
        } else if (k == and_ && k >= 2 && isPluralApostrophe(a, k - 1) && a.isCapitalized(k - 2)) {
            --k;  // ("The Actors’ and Broadcast Workers’ Union": a plural's apostrophe before "and")
        } else {
            break;
        }
    }
    // ("The Medicines and Devices Inspectorate (MDI) ordered …": a capital "The" only where a sentence opens)
    if (k == and_ || k == 0 || !a.keyIs(k - 1, "the") ||
        !(a.isLowerWord(k - 1) || a.sentenceOf(k - 1).firstToken == k - 1))
        return false;
    // ("the Transport and Harbour Workers’ Union": a plural's apostrophe inside the name too)
    for (std::uint32_t j = and_ + 1; j < a.tokenCount() && j <= and_ + 5 && (a.isCapitalized(j) || isPluralApostrophe(a, j)); ++j)
        if ((a.keyIsOneOf(j, "authority", "agency", "commission", "board", "service", "office", "bureau", "fund") ||
             a.keyIsOneOf(j, "inspectorate", "directorate", "administration", "department") ||
             a.keyIsOneOf(j, "union", "association", "federation", "institute", "society", "alliance", "league", "council") ||
             a.keyIsOneOf(j, "guild", "syndicate", "confederation")) &&
            !(j + 1 < a.tokenCount() && a.isCapitalized(j + 1)))
            return true;
    return false;
}

bool sharedBodyNoun(const Analysis& a, std::uint32_t and_)
{
    if (and_ > 0 && bodyNameAfterThe(a, and_))
        return true;
    // ("Tamsford Fire and Rescue Service": two capitalised words of a trade joined before a body's noun)
    if (and_ > 0 && a.isCapitalized(and_ - 1) && !a.is(and_ - 1, wc::FirstName | wc::Honorific | wc::Country) &&
        !a.token(and_ - 1).has(tokflag::Possessive) && and_ + 2 < a.tokenCount() && a.isCapitalized(and_ + 1) &&
        !a.is(and_ + 1, wc::FirstName | wc::Honorific | wc::Country) && a.isCapitalized(and_ + 2) &&
        a.keyIsOneOf(and_ + 2, "service", "services", "administration", "department", "commission", "authority", "agency",
                     "directorate") &&
        !(and_ + 3 < a.tokenCount() && a.isCapitalized(and_ + 3)))
        return true;
    if (and_ == 0 || !a.isCapitalized(and_ - 1) || !a.is(and_ - 1, wc::OrgNoun) ||
        (and_ >= 2 && isNameToken(a, and_ - 2) && !a.is(and_ - 2, wc::Determiner)))
        return false;
    for (std::uint32_t k = and_ + 1; k < a.tokenCount() && k <= and_ + 5 && a.isCapitalized(k); ++k)
        if (a.keyIsOneOf(k, "association", "union", "federation", "institute", "society", "alliance",
                         "league", "foundation", "council") &&
            !(k + 1 < a.tokenCount() && a.isCapitalized(k + 1)))
            return true;
    return false;
}

// isInnerRunToken of a quote mark, a possessive or a lower-case word
bool innerRunTokenOtherwise(const Analysis& a, std::uint32_t i)
{
    if (isNicknameMark(a, i) || (a.keyIs(i, "the") && i > 0 && nicknameClose(a, i - 1) != 0))
        return true;  // (and the "the" of "Lars “the Wall” Brekke")
    if (a.keyIs(i, "the") && a.isLowerWord(i) && i > 0 && a.keyIs(i - 1, "of"))
        return true;  // "Mr. Morgan of the Sierra Club"
    const bool groupFor = (a.keyIs(i, "for") || a.keyIs(i, "on")) && a.isLowerWord(i) && i > 0 &&
                          (a.keyIs(i - 1, "americans") || a.keyIs(i - 1, "citizens"));  // "Americans for Prosperity"
    if ((isOrgConnector(a, i) || groupFor) && a.isCapitalized(i - 1))
        return true;
    // ("Ministry of Health and Welfare", "Department of Health and Human Services": "and" within
    // what an organisation's noun is "of")
    // ("Hallen Institute for Snow and Ice Research": or "for")
    const auto orgOf = [&](std::uint32_t of) {
        return of > 0 && (a.keyIs(of, "of") || a.keyIs(of, "for")) && a.isLowerWord(of) && a.is(of - 1, wc::OrgNoun) &&
               a.isCapitalized(of - 1);
    };
    if (a.keyIs(i, "and") && i >= 3 && a.isCapitalized(i - 1) && (orgOf(i - 2) || orgOf(i - 3)))
        return true;
    // ("The Committee for a Free Press in the Southern Littoral": "for a", "in the" inside a body's
    // name whose noun opens it)
    const std::uint32_t pairStart = a.keyIsOneOf(i, "a", "the") ? i - 1 : i;
    if (pairStart >= 2 && a.keyIsOneOf(pairStart, "for", "in") && a.isLowerWord(pairStart) && pairStart + 1 < a.tokenCount() &&
        a.keyIsOneOf(pairStart + 1, "a", "the") && a.isCapitalized(pairStart - 1))
        for (std::uint32_t k = pairStart; k > 0 && pairStart - k < 8;) {
            --k;
            if (a.is(k, wc::OrgNoun) && a.isCapitalized(k))
                return true;
            if (!a.isCapitalized(k) && !a.keyIsOneOf(k, "for", "of", "a", "the"))
                break;
        }
    if (isPluralApostrophe(a, i) && i + 1 < a.tokenCount() && a.keyIs(i + 1, "and") && sharedBodyNoun(a, i + 1))
        return true;  // (the apostrophe of "The Actors’ and Broadcast Workers’ Union")
    if (a.keyIs(i, "and") && sharedBodyNoun(a, i))
        return true;
    return isConnector(a, i) || isLowerRole(a, i) || isPossessive(a, i) || isPluralApostrophe(a, i);
}

// (inlined: asked of every token of the article, it cost more as a call than the test)
[[gnu::always_inline]] inline bool isRunToken(const Analysis& a, std::uint32_t i)
{
    return isNameToken(a, i) || isBracket(a, i);
}

// Is `name`, ASCII case aside, the lower-case `word`? (Names are compared as written: a
// lower-cased copy of each cost a string per name mention.)
bool sameIgnoringCase(std::string_view name, std::string_view word)
{
    if (name.size() != word.size())
        return false;
    for (std::size_t i = 0; i < name.size(); ++i)
        if ((name[i] >= 'A' && name[i] <= 'Z' ? static_cast<char>(name[i] - 'A' + 'a') : name[i]) != word[i])
            return false;
    return true;
}

// "Very Rev. Dr", "Rt. Hon.": courtesy titles before a name, which leave its office to be said.
bool courtesyTitlesOnly(std::string_view role)
{
    static constexpr std::string_view kTitles[] = {"very", "rev.", "rev", "reverend", "dr", "dr.", "prof.", "prof", "rt.", "rt",
                                                   "hon.", "hon", "right", "most", "the", "sir", "dame", "lord", "lady"};
    bool any = false;
    while (!role.empty()) {
        const std::size_t space = role.find(' ');
        const std::string_view word = role.substr(0, space);
        if (std::none_of(std::begin(kTitles), std::end(kTitles), [&](std::string_view t) { return sameIgnoringCase(word, t); }))
            return false;
        any = true;
        role = space == std::string_view::npos ? std::string_view{} : role.substr(space + 1);
    }
    return any;
}

// A bit per length of the words of a list (lengths past 63 share the last bit)
template <std::size_t N>
constexpr std::uint64_t lengthsOf(const std::array<std::string_view, N>& words)
{
    std::uint64_t bits = 0;
    for (std::string_view w : words)
        bits |= std::uint64_t{1} << std::min<std::size_t>(w.size(), 63);
    return bits;
}

// `lengths`: lengthsOf(words), so that most names are ruled out by their length alone
template <std::size_t N>
bool isAnyOf(std::string_view name, const std::array<std::string_view, N>& words, std::uint64_t lengths)
{
    return ((lengths >> std::min<std::size_t>(name.size(), 63)) & 1) &&
           std::any_of(words.begin(), words.end(), [&](std::string_view w) { return sameIgnoringCase(name, w); });
}

bool isOrganizationName(std::string_view name)
{
    static constexpr std::array<std::string_view, 16> kNames = {
        "united states", "united kingdom", "united nations", "european union", "soviet union",
        "north korea", "south korea", "saudi arabia", "new zealand", "south africa", "white house",
        "south sudan", "czech republic", "ivory coast", "sri lanka", "united arab emirates"};
    static constexpr std::uint64_t kLengths = lengthsOf(kNames);
    return isAnyOf(name, kNames, kLengths);
}

// Organisation nouns that name no one in particular on their own ("Council says …"),
// unlike "Kremlin", "Pentagon" or "Congress".
bool isGenericOrgNoun(std::string_view name)
{
    static constexpr std::array<std::string_view, 22> kGeneric = {
        "council", "government", "ministry", "department", "police", "committee", "commission", "company",
        "union", "party", "court", "agency", "authority", "campaign", "administration", "board", "group",
        "university", "bank", "firm", "organization", "organisation"};
    static constexpr std::uint64_t kLengths = lengthsOf(kGeneric);
    return isAnyOf(name, kGeneric, kLengths);
}

// A country among the organisation names (isOrganizationName, asked first)
bool isCountryName(std::string_view organizationName)
{
    return !sameIgnoringCase(organizationName, "white house") && !sameIgnoringCase(organizationName, "united nations") &&
           !sameIgnoringCase(organizationName, "european union");
}

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

void appendWord(std::string& out, std::string_view word)
{
    if (!out.empty())
        out += ' ';
    out += word;
}

// Does joinTokens of [first, end) read as the text itself: no bracket, and between tokens the one
// space or none that joinTokens would put there? (Nearly every name: one copy, not a word at a time.)
bool joinsAsWritten(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (isBracket(a, first))
        return false;
    for (std::uint32_t i = first + 1; i < end; ++i) {
        if (isBracket(a, i))
            return false;
        const std::uint32_t before = a.token(i - 1).span.end, begin = a.token(i).span.begin;
        const bool attached = isPossessive(a, i) || isPluralApostrophe(a, i) || !a.token(i).has(tokflag::SpaceBefore);
        if (attached ? begin != before : begin != before + 1 || a.text()[before] != ' ')
            return false;
    }
    return true;
}

std::string joinTokens(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (first < end && joinsAsWritten(a, first, end))
        return std::string(a.str(Span{a.token(first).span.begin, a.token(end - 1).span.end}));
    std::string out;
    for (std::uint32_t i = first; i < end; ++i) {
        if (isBracket(a, i))
            continue;
        if (isPossessive(a, i) || isPluralApostrophe(a, i) || (i > first && !a.token(i).has(tokflag::SpaceBefore) &&
                                                                !isBracket(a, i - 1)))
            out += a.str(i);
        else
            appendWord(out, a.str(i));
    }
    return out;
}

bool isGenderedHonorific(const Analysis& a, std::uint32_t i)
{
    return a.is(i, wc::Honorific) && a.word(i)->gender != Gender::Unknown && !a.is(i, wc::PersonRole);
}

// Honorifics that are forms of address rather than roles: Mr, Ms, Dr, Prof.
bool isCourtesyTitle(const Analysis& a, std::uint32_t i)
{
    if (isGenderedHonorific(a, i))
        return true;
    return a.keyIs(i, "dr") || a.keyIs(i, "prof");
}

void finishNoun(const Analysis& a, SourcePhrase& p, std::uint32_t head, bool definite);

// "KC", "QC", "OBE", "MP" after a name: letters for a rank, an honour or a seat, not part of it.
bool isPostNominal(const Analysis& a, std::uint32_t i)
{
    return a.token(i).has(tokflag::AllCaps) &&
           a.keyIsOneOf(i, "kc", "qc", "sc", "mbe", "obe", "cbe", "kbe", "dbe", "mp", "msp", "frs");
}

// Reads a run of name tokens [first, end) as role + name, or as an organisation.
// "Forecaster Imani Koss said", "Hydrologist Arturo Benn": a long word of an occupation's
// ending ("-er", "-ist") capitalised by the sentence's start, before a given name and a surname,
// is a role the lexicon does not list.
bool occupationOpening(const Analysis& a, std::uint32_t i, std::uint32_t end)
{
    // ("Conservator A.J. Wielgus-Haddad": initials for the given name)
    // (or after a dateline's or a time stamp's dash: "15:30 — Backbencher Gideon Ashworth-Lyle")
    if (i + 2 >= end || !(a.token(i).has(tokflag::SentenceStart) || (i > 0 && isDash(a, i - 1))) ||
        a.is(i, wc::FirstName | wc::Honorific | kRoleWords) ||
        !(a.is(i + 1, wc::FirstName) || (a.token(i + 1).has(tokflag::Abbreviation) && a.key(i + 1).size() <= 4)) ||
        !isNameToken(a, i + 2))
        return false;
    const std::string_view key = a.key(i);
    // ("Regent Marcus Oyelaran-Hughes": an office in -ent too)
    return key.size() >= 6 &&
           (key.ends_with("er") || key.ends_with("ist") || key.ends_with("or") || key.ends_with("ian") || key.ends_with("ent"));
}

// "Kestler Home Goods", "Ashby County Fire Protection District", "Free Press Watch": a role's
// modifier after a plain name word, with no role noun or given name after it, is a word of the
// name ("Home Secretary" has its noun, "Senate Democrat Chuck Schumer" his given name).
bool modifierInsideName(const Analysis& a, std::uint32_t i, std::uint32_t nameStart, std::uint32_t end)
{
    if (i <= nameStart || !a.is(i, wc::RoleModifier) || a.is(i, wc::PersonRole | wc::Demonym | wc::Honorific) ||
        a.keyIsOneOf(i, "u.s", "us", "un", "eu", "white", "house") || !isNameToken(a, i - 1) ||
        a.is(i - 1, kRoleWords | wc::OrgNoun | wc::Honorific) || isPossessive(a, i - 1))
        return false;
    for (std::uint32_t k = i + 1; k < end; ++k)
        if (a.is(k, wc::PersonRole | wc::FirstName | wc::Honorific))
            return false;
    return true;
}

bool isPartyMember(const Analysis& a, std::uint32_t i)
{
    return a.keyIs(i, "democrat") || a.keyIs(i, "republican") || a.keyIs(i, "libertarian");
}

// "the Valderran" where the text names Valderra, "the Marenlander" where it names Marenland: a
// nationality the lexicon does not know, of a place the article names.
bool demonymOfPlaceNamed(const Analysis& a, std::uint32_t i)
{
    const std::string_view key = a.key(i);
    // (a word the lexicon knows, "Republican", is no nationality it has not heard of)
    if (!a.isCapitalized(i) || key.size() < 6 || a.word(i) || a.is(i, wc::FirstName | wc::OrgNoun | wc::PersonRole))
        return false;
    std::string_view place;
    if (key.ends_with("an"))
        place = key.substr(0, key.size() - 1);  // "valderran" → "valderra"
    else if (key.ends_with("lander"))
        place = key.substr(0, key.size() - 2);  // "marenlander" → "marenland"
    else
        return false;
    for (std::uint32_t t = 0; t < a.tokenCount(); ++t)
        if (t != i && a.key(t) == place && a.isCapitalized(t))
            return true;
    return false;
}

SourcePhrase interpretRun(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (end - first >= 3 && isPostNominal(a, end - 1)) {
        // "Anne Rowbotham KC told the jury": the name without the letters, the phrase with them
        SourcePhrase person = interpretRun(a, first, end - 1);
        if (person.kind == SourceKind::Name && person.type != SpeakerType::Organization) {
            person.endToken = end;
            person.span.end = a.token(end - 1).span.end;
            person.type = SpeakerType::Person;
            return person;
        }
    }
    // A body's name after words that say what or whose it is, read from `nameFirst` as the mention's
    // name, with the mention from `first`; none when no name follows them.
    const auto bodyNamedFrom = [&](std::uint32_t nameFirst, std::string_view role) -> std::optional<SourcePhrase> {
        SourcePhrase named = interpretRun(a, nameFirst, end);
        if (!named.valid() || named.kind != SourceKind::Name)
            return std::nullopt;
        named.firstToken = first;
        named.span.begin = a.token(first).span.begin;
        if (named.type == SpeakerType::Unknown)
            named.type = SpeakerType::Organization;
        if (named.role.empty())
            named.role = std::string(role);
        return named;
    };
    // ("Insurer Valmont said", "Carmaker Maltraven shared …": a trade capitalised only by the sentence's
    // start, before the name, is what the body is, not its name)
    if (end - first >= 2 && a.token(first).has(tokflag::SentenceStart) &&
        a.keyIsOneOf(first, "insurer", "carmaker", "automaker", "retailer", "lender", "broadcaster", "airline", "grocer",
                     "drugmaker", "chipmaker", "housebuilder", "homebuilder", "brewer", "publisher", "supermarket") &&
        a.isCapitalized(first + 1) && !a.is(first + 1, wc::OrgNoun))
        if (std::optional<SourcePhrase> named = bodyNamedFrom(first + 1, a.key(first)))
            return std::move(*named);
    // ("Valmora's National Wage Board": a place's possessive before a national body's name is whose it is)
    if (end - first >= 4 && isPossessive(a, first + 1) && !a.is(first, wc::FirstName | wc::OrgNoun) &&
        a.keyIsOneOf(first + 2, "national", "central", "federal", "state", "supreme", "royal", "high") &&
        a.is(end - 1, wc::OrgNoun) && !a.is(end - 1, wc::PersonRole))
        if (std::optional<SourcePhrase> body = bodyNamedFrom(first + 2, {}))
            return std::move(*body);
    SourcePhrase p;
    p.kind = SourceKind::Name;
    p.firstToken = first;
    p.endToken = end;
    p.span = {a.token(first).span.begin, a.token(end - 1).span.end};
    if (end - first == 1 && a.token(first).has(tokflag::SentenceStart) && a.word(first) && a.word(first)->plural &&
        a.is(first, wc::PersonRole | wc::CollectiveSource)) {
        finishNoun(a, p, first, false);  // "Officials said": capitalised by the sentence, still a plural noun
        return p;
    }
    // (not "the Chinese", "the French", "the British": those name a people; nor "the American public")
    const std::string_view demonym = a.key(first);
    if (end - first == 1 && first > 0 && a.keyIs(first - 1, "the") && (a.is(first, wc::Demonym) || demonymOfPlaceNamed(a, first)) &&
        !a.is(first, wc::FirstName) && !demonym.ends_with("s") && !demonym.ends_with("ese") && !demonym.ends_with("ish") &&
        !demonym.ends_with("ch") && (end >= a.tokenCount() || !a.isLowerWord(end) || a.is(end, wc::Verb | wc::Cue | wc::Auxiliary))) {
        // "the Hungarian said": a nationality in the singular stands for the person just named, like "the Scot"
        finishNoun(a, p, first, true);
        p.kind = SourceKind::RoleNoun;
        p.type = SpeakerType::Person;
        p.descriptor = true;
        return p;
    }
    if (end - first == 1 && a.is(first, wc::PersonRole) && !a.is(first, wc::FirstName) && !isGenderedHonorific(a, first) &&
        !a.token(first).has(tokflag::AllCaps) && inTitleLine(a, first)) {
        finishNoun(a, p, first, true);  // a headline's "Mayor Denies …": the role of someone named below (headlines drop "the")
        return p;
    }
    if (end - first >= 2 && a.token(end - 1).kind == TokenKind::Number && a.keyIs(end - 2, "local")) {
        p.name = joinTokens(a, first, end);  // "Amalgamated Transit Drivers Local 219": a union's local
        p.type = SpeakerType::Organization;
        return p;
    }
    std::uint32_t nameStart = first;
    if (isCourtesyTitle(a, first) && end - first > 1) {
        p.gender = a.word(first)->gender;
        p.type = SpeakerType::Person;
        p.title = a.keyIs(first, "dr") ? kTitleDoctor : a.keyIs(first, "prof") ? kTitleProfessor : 0;
        nameStart = first + 1;
        // ("Prof. Sir Dafydd ap Rhys": a second title after the first)
        if (end - nameStart > 2 && isGenderedHonorific(a, nameStart)) {
            if (p.gender == Gender::Unknown)
                p.gender = a.word(nameStart)->gender;
            ++nameStart;
        }
    }
    // "Friends of Quayside Gardens", "Veterans of Foreign Wars": a plural before "of" names a group.
    const auto hasGivenName = [&] {
        for (std::uint32_t i = first; i < end; ++i)
            if (a.is(i, wc::FirstName | wc::Honorific))
                return true;
        return false;
    };
    // (not "Shares of Lumora fell", "Sales of Verdex rose": market words capitalised by the sentence)
    const auto marketWord = [&] {
        return a.keyIsOneOf(first, "shares", "stocks", "sales", "profits", "revenues", "prices", "earnings", "bonds",
                            "units", "exports", "imports");
    };
    if (nameStart == first && end - first > 2 && a.keyIs(first + 1, "of") && marketWord()) {
        const std::uint32_t owner = a.keyIs(first + 2, "the") && first + 3 < end ? first + 3 : first + 2;
        SourcePhrase company = interpretRun(a, owner, end);
        if (company.type == SpeakerType::Unknown)
            company.type = SpeakerType::Organization;  // whose shares are traded is a company
        p = std::move(company);
        return p;  // (not `return company`: one other name returned and every return of p copies it)
    }
    if (nameStart == first && end - first > 2 && a.keyIs(first + 1, "of") && a.isCapitalized(first) &&
        a.str(first).size() > 3 && a.str(first).ends_with("s") && !a.str(first).ends_with("ss") && !hasGivenName()) {
        p.name = joinTokens(a, first, end);
        p.type = SpeakerType::Organization;
        return p;
    }
    // ("Critics’ Circle of Wessmoor", "Women's Tennis Circuit": a group's plural possessive and a
    // capitalised word after it name a body that the group forms, not the group's member)
    // ("The Older People’s Forum": an adjective before the group too)
    const std::uint32_t group = end - first > 3 && !groupPossessiveAt(a, first) && a.isCapitalized(first) &&
                                        !a.is(first, wc::FirstName | wc::Honorific) && groupPossessiveAt(a, first + 1)
                                    ? first + 1
                                    : first;
    if (nameStart == first && end - group > 2 && groupPossessiveAt(a, group) && a.isCapitalized(group + 2) && !hasGivenName()) {
        p.name = joinTokens(a, first, end);
        p.type = SpeakerType::Organization;
        return p;
    }
    // "Royal College of Surgeons", "Department of Justice": an organisation noun before the run's
    // first "of" (a given name may hide in such names: "Royal", "Justice")
    for (std::uint32_t i = nameStart + 1; i + 1 < end; ++i)
        if (a.keyIs(i, "of") && a.isLowerWord(i)) {
            const bool orgNoun = a.is(i - 1, wc::OrgNoun) || a.keyIs(i - 1, "college") || a.keyIs(i - 1, "academy") ||
                                 a.keyIs(i - 1, "museum") || a.keyIs(i - 1, "library") || a.keyIs(i - 1, "institution") ||
                                 a.keyIs(i - 1, "chapter") ||  // ("The Chapter of St. Wenna’s Cathedral": a cathedral's clergy)
                                 a.keyIsOneOf(i - 1, "order", "guild", "fellowship", "congregation");  // ("The Order of St Aldric")
            // (not a body's role and its holder after it: "Ministry of Education spokesman Kwesi Baah-Wiredu")
            bool holderAfter = false;
            for (std::uint32_t t = i + 1; t + 1 < end && !holderAfter; ++t)
                holderAfter = isLowerRole(a, t) && a.isCapitalized(t + 1);
            if (orgNoun && !holderAfter && !a.is(i - 1, wc::PersonRole) && !a.is(nameStart, wc::Honorific)) {
                // (not its owner: "Vessaly’s Ministry of Health and Welfare")
                std::uint32_t own = nameStart;
                for (std::uint32_t k = nameStart; k + 1 < i; ++k)
                    if (isPossessive(a, k))
                        own = k + 1;
                p.name = joinTokens(a, own, end);
                p.type = SpeakerType::Organization;
                return p;
            }
            break;
        }
    // ("Marovia's Digital Markets Authority", "Ardania's Supreme Court": a public body's name after
    // its country's possessive, which is not part of it; "Marlow's Bakery" is a name)
    if (end - nameStart >= 4 && a.isCapitalized(end - 1) &&
        a.keyIsOneOf(end - 1, "authority", "ministry", "commission", "agency", "office", "court", "council", "department",
                     "bureau", "inspectorate", "parliament", "police", "tribunal", "regulator", "service"))
        for (std::uint32_t k = nameStart + 1; k + 2 < end; ++k)
            if (isPossessive(a, k) && isNameToken(a, k - 1) && !a.is(k - 1, wc::FirstName | wc::Honorific)) {
                p.name = joinTokens(a, k + 1, end);
                p.type = SpeakerType::Organization;
                return p;
            }
    // "Council on Foreign Relations", "Center for American Progress": an organisation's name
    // (not after a name and its "of": "Bogdan Chereji of the Institute for Fiscal Studies")
    const auto affiliationBefore = [&](std::uint32_t i) {
        for (std::uint32_t j = nameStart + 1; j < i; ++j)
            if (a.keyIs(j, "of") && a.isLowerWord(j) && isNameToken(a, j - 1) && !a.is(j - 1, kRoleWords | wc::OrgNoun))
                return true;
        return false;
    };
    for (std::uint32_t i = nameStart + 1; i + 1 < end; ++i)
        if (isOrgConnector(a, i) && !hasGivenName() && !affiliationBefore(i)) {
            p.name = joinTokens(a, nameStart, end);
            p.type = SpeakerType::Organization;
            return p;
        }
    // "Mr. Morgan of the Sierra Club": a person, then an affiliation.
    for (std::uint32_t i = nameStart + 1; i + 1 < end; ++i) {
        // (not a role's own "of": "Tillingham director of rugby Shaun Maddox")
        if (!a.keyIs(i, "of") || !a.isLowerWord(i) || !isNameToken(a, i - 1) || a.is(i - 1, kRoleWords | wc::OrgNoun) ||
            (a.isLowerWord(i + 1) && !a.is(i + 1, wc::Determiner)))
            continue;
        SourcePhrase person = interpretRun(a, first, i);
        if (person.kind != SourceKind::Name || person.type == SpeakerType::Organization)
            break;
        std::uint32_t affiliation = i + 1;
        if (a.keyIs(affiliation, "the"))
            ++affiliation;
        const std::string org = joinTokens(a, affiliation, end);
        person.role = person.role.empty() ? org : person.role + ", " + org;
        person.endToken = end;
        person.span.end = a.token(end - 1).span.end;
        person.type = SpeakerType::Person;
        p = std::move(person);
        return p;  // (every return gives p: the compiler builds it in place, no copy per name)
    }
    // The role ends at the last role word that still has a name token after it.
    std::uint32_t roleEnd = occupationOpening(a, nameStart, end) ? nameStart + 1 : nameStart;
    for (std::uint32_t i = nameStart; i < end; ++i) {
        const bool roleWord = a.is(i, kRoleWords) || (a.is(i, wc::Honorific) && !isGenderedHonorific(a, i)) ||
                              isPossessive(a, i) || isPluralApostrophe(a, i) || a.isLowerWord(i) ||  // "Fox News’ Sean Hannity"
                              a.key(i).ends_with("-born") ||  // "South Korean-born Monte Haines"
                              // ("Governor-elect Duncan Aleksandrov", "Senate President Pro Tem Halvard Eklund-Mbeki")
                              a.key(i).ends_with("-elect") || a.keyIsOneOf(i, "pro", "tem", "tempore");
        // ("Western Grid Distribution", "Eastern Water": a compass word opens a body's name unless
        // a role or a given name follows it, "Western diplomat Ann Lee")
        if (a.keyIsOneOf(i, "western", "eastern", "southern", "northern") && i + 1 < end && a.isCapitalized(i + 1) &&
            !a.is(i + 1, kRoleWords | wc::FirstName | wc::Honorific))
            continue;
        if (!roleWord || a.is(i, wc::FirstName) || isConnector(a, i) || (i > first && isOrgConnector(a, i)) ||
            modifierInsideName(a, i, nameStart, end) || (i > 0 && nicknameClose(a, i - 1) != 0))  // (the "the" of “the Wall”)
            continue;
        std::uint32_t after = i + 1;
        if (after + 1 < end && a.keyIs(after, "of") && isNameToken(a, after + 1))
            after += 2;  // Secretary of State
        else if (after + 2 < end && a.keyIs(after, "of") && a.keyIs(after + 1, "the") && a.isLowerWord(after + 1) &&
                 isNameToken(a, after + 2) && a.is(after + 2, wc::OrgNoun))
            after += 3;  // "Clerk of the Senate Marisol Etxeberria"
        bool nameFollows = false;
        for (std::uint32_t j = after; j < end; ++j)
            nameFollows = nameFollows || isNameToken(a, j);
        if (nameFollows)
            roleEnd = std::max(roleEnd, after);  // (not back inside "Clerk of the Senate" at its "the")
    }
    while (roleEnd < end && isBracket(a, roleEnd) && a.isPunct(roleEnd, ']'))
        ++roleEnd;
    // ("Passenger Rights Office", "Tenants Union": a role's word opening a body's name, which ends
    // in a body's noun, with no given name or title in it)
    if (roleEnd > nameStart && roleEnd < end && a.isCapitalized(end - 1) && a.is(end - 1, wc::OrgNoun) &&
        !a.is(end - 1, wc::PersonRole) && !hasGivenName() && !inTitleLine(a, nameStart)) {
        bool plainRoles = true;
        for (std::uint32_t i = nameStart; i < roleEnd && plainRoles; ++i)
            plainRoles = a.isCapitalized(i) && !a.is(i, wc::Honorific | wc::TitleAbbreviation) && !isPossessive(a, i) &&
                         !isPluralApostrophe(a, i) &&
                         // (not a relation to it: "Rival Lumen Labs")
                         !a.keyIsOneOf(i, "rival", "rivals", "opponent", "ally", "partner", "critic", "supporter", "challenger") &&
                         !a.keyIsOneOf(i, "former", "incumbent", "counterpart", "competitor", "owner", "parent");
        if (plainRoles) {
            p.name = joinTokens(a, nameStart, end);
            p.type = SpeakerType::Organization;
            return p;
        }
    }
    // ("State Border Guard", "Federal Emergency Shelter Program": capitalised modifiers of roles
    // alone, no role or title among them, before two words or more with no given name, are words
    // of a body's name; not in a title-case headline)
    // (one word is enough after a modifier of place: "National Transmission", "Federal Grid")
    bool ofPlace = true;
    for (std::uint32_t i = nameStart; i < roleEnd && ofPlace; ++i)
        ofPlace = a.keyIsOneOf(i, "national", "federal", "regional", "state");
    bool onlyModifiers = roleEnd > nameStart && roleEnd + (ofPlace ? 1 : 2) <= end && !inTitleLine(a, nameStart);
    for (std::uint32_t i = nameStart; i < roleEnd && onlyModifiers; ++i)
        onlyModifiers = a.is(i, wc::RoleModifier) && a.isCapitalized(i) && !a.keyIs(i, "former") &&
                        !a.is(i, wc::PersonRole | wc::TitleAbbreviation | wc::Honorific) && !isPartyMember(a, i);
    for (std::uint32_t i = roleEnd; i < end && onlyModifiers; ++i)  // (no "… Undone By Trump" either)
        onlyModifiers = !a.is(i, wc::FirstName | wc::Preposition | wc::Auxiliary | wc::Subordinator | wc::Verb);
    // ("Weaver Road Residents First": a plain word after capitalised role words is no one's name,
    // the run is a body's)
    // ("Quadrant Student Living", "Brenmoor Student Housing": a trade's noun in -ing the lexicon leaves out)
    const bool tradeNoun = a.keyIsOneOf(roleEnd < end ? roleEnd : nameStart, "living", "housing", "banking", "trading",
                                        "consulting", "publishing", "engineering", "mining", "shipping", "lending", "printing",
                                        "catering", "marketing", "clothing", "roofing", "plumbing", "training", "recycling",
                                        "manufacturing", "farming", "broadcasting", "brewing", "computing", "staffing");
    if (roleEnd + 1 == end && roleEnd > nameStart && a.isCapitalized(roleEnd) && (a.word(roleEnd) || tradeNoun) &&
        !a.is(roleEnd, wc::FirstName | wc::PersonRole | wc::Honorific | wc::Country) && a.isCapitalized(roleEnd - 1) &&
        !inTitleLine(a, nameStart))
        onlyModifiers = true;
    if (onlyModifiers)
        roleEnd = nameStart;
    // ("District Collector Shri Harish Chandra Bhole": what stands before a courtesy title in the
    // middle of the run is the role, whatever its words)
    for (std::uint32_t i = std::max(roleEnd, nameStart + 1); i + 1 < end; ++i)
        if (isGenderedHonorific(a, i) && isNameToken(a, i + 1) && !a.is(i - 1, wc::FirstName)) {
            roleEnd = i;
            break;
        }
    std::string whole = joinTokens(a, nameStart, end);  // (moved into the phrase where it is its name)
    // ("Atlantic City Mayor Don Guardian": a role and a given name before a surname that is also
    // an organisation's noun make a person)
    const auto titledPerson = [&] {
        if (end - nameStart < 3 || !a.is(end - 2, wc::FirstName))
            return false;
        for (std::uint32_t i = nameStart; i + 2 < end; ++i)
            if (a.is(i, wc::PersonRole | wc::Honorific))
                return true;
        return false;
    };
    // ("Halbrook Pharma", "Skyvale Airways", "Swiftline Couriers": words that end companies' names,
    // which the lexicon's nouns leave out)
    const bool companyWord = end - nameStart >= 2 &&
                             a.keyIsOneOf(end - 1, "pharma", "biologics", "biotech", "airways", "robotics", "automation",
                                          "couriers", "properties", "lettings", "print", "mobile", "telecom", "payments",
                                          "analytics", "solutions", "networks");
    const bool lastIsOrgNoun = (a.is(end - 1, wc::OrgNoun) || companyWord) && !a.is(end - 1, wc::FirstName) && !titledPerson();
    const bool acronym = end - nameStart == 1 && a.token(nameStart).has(tokflag::AllCaps) &&
                         !a.is(nameStart, wc::FirstName | wc::PersonRole);  // not "CEO"
    const bool organizationName = isOrganizationName(whole);  // (asked once: a look through a list)
    // ("investment from US fund": "US" and "UK" in capitals are countries, not the pronoun's word)
    const bool country = (end - nameStart == 1 && (a.is(nameStart, wc::Country) || (a.token(nameStart).has(tokflag::AllCaps) &&
                                                                                   a.keyIsOneOf(nameStart, "us", "uk", "usa", "uae")))) ||
                         (organizationName && isCountryName(whole));
    if (end - nameStart == 1 && lastIsOrgNoun && !acronym && !a.token(nameStart).has(tokflag::AllCaps) &&
        isGenericOrgNoun(whole)) {
        // A bare "Council" or "Police" (headlines) describes an organisation named elsewhere.
        p.kind = SourceKind::RoleNoun;
        p.type = SpeakerType::Organization;
        p.head = lower(whole);
        p.name = std::move(whole);
        return p;
    }
    // ("Larkspur & Finch", "Crumb & Co.": partners joined by an ampersand are a firm)
    bool ampersand = false;
    for (std::uint32_t i = nameStart + 1; i + 1 < end && !ampersand; ++i)
        ampersand = a.isPunct(i, '&');
    if (lastIsOrgNoun || acronym || country || organizationName || ampersand) {
        // ("Rival Lumen Labs", "Partner firm …": a singular person noun before a company's name of
        // two words or more is what the company is to the story)
        if (roleEnd == nameStart + 1 && end - roleEnd >= 2 && a.is(nameStart, wc::PersonRole) &&
            !a.is(nameStart, wc::OrgNoun | wc::RoleModifier | wc::FirstName | wc::Honorific) && a.word(nameStart) &&
            !a.word(nameStart)->plural) {
            p.role = joinTokens(a, nameStart, roleEnd);
            whole = joinTokens(a, roleEnd, end);
        }
        p.name = std::move(whole);
        p.type = SpeakerType::Organization;
        p.country = country;
        return p;
    }
    // ("Parents Fight Plan to …": in a title-case headline a plural role before one word is a
    // subject and its verb; a plural names a group only with names after it, "Senators Warren and Sanders")
    if (roleEnd == nameStart + 1 && end == roleEnd + 1 && a.word(nameStart) && a.word(nameStart)->plural &&
        a.is(nameStart, wc::PersonRole) && !a.is(roleEnd, wc::FirstName) && inTitleLine(a, nameStart))
        return {};
    // ("Crumb & Co. Founder Steps Down After 30 Years": a preposition after a role in a headline
    // shows its verb; no one is named "Steps Down After", the role alone is the phrase)
    for (std::uint32_t k = roleEnd + 1; roleEnd > nameStart && k < end; ++k)
        if (a.is(k, wc::Preposition) && !isConnector(a, k) && !a.is(k, wc::FirstName) && inTitleLine(a, k)) {
            p.kind = SourceKind::RoleNoun;
            p.head = std::string(a.key(roleEnd - 1));
            p.role = joinTokens(a, nameStart, roleEnd);
            p.name = p.role;
            p.endToken = roleEnd;
            p.span.end = a.token(roleEnd - 1).span.end;
            return p;
        }
    if (roleEnd > nameStart) {
        p.role = joinTokens(a, nameStart, roleEnd);
        // ("Municipal Commissioner Smt. Kavita Ingale": a courtesy title between the role and the name)
        std::uint32_t personal = roleEnd;
        if (personal + 1 < end && isGenderedHonorific(a, personal)) {
            p.gender = a.word(personal)->gender;
            p.type = SpeakerType::Person;
            ++personal;
        }
        p.name = joinTokens(a, personal, end);
    } else {
        p.name = std::move(whole);  // (no role: the name is the whole run, and empty only if the run is)
    }
    if (p.name.empty()) {
        // Only a role: "Foreign Minister". It names someone the article names elsewhere.
        p.kind = SourceKind::RoleNoun;
        p.head = std::string(a.key(end - 1));
        if (roleEnd > nameStart)
            p.role = std::move(whole);
    }
    for (std::uint32_t i = roleEnd; i < end; ++i) {
        if (a.is(i, wc::FirstName) && p.gender == Gender::Unknown && a.word(i)->gender != Gender::Unknown) {
            p.gender = a.word(i)->gender;
            p.type = SpeakerType::Person;
            break;
        }
        if (isNameToken(a, i))
            break;  // only the first name token is a given name
    }
    for (std::uint32_t i = first; i < roleEnd; ++i) {
        if (a.is(i, wc::PersonRole | wc::Honorific)) {
            p.type = SpeakerType::Person;
            if (p.gender == Gender::Unknown && a.word(i)->gender != Gender::Unknown)
                p.gender = a.word(i)->gender;
        }
    }
    return p;
}

// Extends a run of name tokens leftwards from `end` (exclusive).
std::uint32_t runStartBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    std::uint32_t i = end;
    while (i > limit) {
        const std::uint32_t k = i - 1;
        if (isRunToken(a, k)) {
            i = k;
            continue;
        }
        // ("Johanna van der Berg", "Luis de la Fuente": connectors may come in pairs)
        // ("The Actors’ and Broadcast Workers’ Union": "and" after a plural's apostrophe)
        if (i < end && k > limit && isInnerRunToken(a, k) &&
            (isRunToken(a, k - 1) || isLowerRole(a, k - 1) || (a.keyIs(k, "the") && a.keyIs(k - 1, "of")) ||
             (a.keyIsOneOf(k, "a", "the") && a.keyIsOneOf(k - 1, "for", "in") && isInnerRunToken(a, k - 1)) ||
             (isConnector(a, k) && isConnector(a, k - 1)) ||
             (a.keyIs(k, "and") && k - 1 > limit && isPluralApostrophe(a, k - 1) && isRunToken(a, k - 2)))) {
            i = k;
            continue;
        }
        break;
    }
    // Trim what cannot start a name: an unmatched "]", a capitalised article or conjunction.
    // ("Varunapur-based Sanjivani Remedies": where a body is, not its name)
    while (i < end && (a.isPunct(i, ']') || isInnerRunToken(a, i) || (i + 1 < end && a.key(i).ends_with("-based")) ||
                       (a.is(i, wc::NotAName | wc::Determiner) && !a.is(i, wc::FirstName | wc::Country))))
        ++i;
    return i;
}

std::uint32_t runEndAfter(const Analysis& a, std::uint32_t begin, std::uint32_t limit)
{
    std::uint32_t i = begin;
    while (i < limit) {
        if (isRunToken(a, i)) {
            ++i;
            continue;
        }
        // (what follows first: the word after a name, "said", is rarely followed by one, and the
        // word itself takes longer to judge)
        if (i > begin && i + 1 < limit &&
            (isRunToken(a, i + 1) || isLowerRole(a, i + 1) || (a.keyIs(i, "of") && a.keyIs(i + 1, "the")) ||
             (a.keyIsOneOf(i, "for", "in") && a.keyIsOneOf(i + 1, "a", "the") && isInnerRunToken(a, i + 1)) ||
             (isConnector(a, i) && isConnector(a, i + 1)) || (a.keyIs(i + 1, "the") && nicknameClose(a, i) != 0) ||
             (i + 2 < limit && a.keyIs(i + 1, "and") && isPluralApostrophe(a, i) && isRunToken(a, i + 2))) &&
            isInnerRunToken(a, i)) {
            ++i;
            continue;
        }
        break;
    }
    while (i > begin && (a.isPunct(i - 1, '[') || isInnerRunToken(a, i - 1)))
        --i;
    return i;
}

bool isNounLike(const Analysis& a, std::uint32_t i)
{
    if (a.token(i).has(tokflag::AllCaps) && a.is(i, wc::PersonRole) && !a.token(i).has(tokflag::Possessive))
        return true;  // "the CEO", "its CFO": a role written as its initials
    // ("lead author", "lead prosecutor": a verb's form as a role's modifier)
    if (a.keyIs(i, "lead") && i + 1 < a.tokenCount() && a.isLowerWord(i + 1) && a.is(i + 1, wc::PersonRole))
        return true;
    if (!a.isLowerWord(i) || a.is(i, kFunctionWords | wc::Determiner) || a.token(i).has(tokflag::Possessive) ||
        a.key(i).ends_with("n't"))  // "doesn't", "don’t" (keys spell the apostrophe ')
        return false;
    if (a.is(i, wc::Cue))  // "the report", "the claims"; never "the said"
        return a.word(i)->cueForm == CueForm::Base || a.word(i)->cueForm == CueForm::ThirdPerson ||
               (a.word(i)->cueForm == CueForm::Gerund && i > 0 &&
                (a.is(i - 1, wc::Determiner) || a.token(i - 1).has(tokflag::Possessive)));  // "familiar with his thinking"
    return true;
}

// "mother-of-two", "dad-of-three": a parent by the count of children, as tabloids write it.
Gender parentEpithetGender(std::string_view noun)
{
    static constexpr std::pair<std::string_view, Gender> kParents[] = {
        {"mother-of-", Gender::Female}, {"mum-of-", Gender::Female}, {"grandmother-of-", Gender::Female},
        {"father-of-", Gender::Male},   {"dad-of-", Gender::Male},   {"grandfather-of-", Gender::Male}};
    // (asked of every noun's head: a hyphen where one of the prefixes has its first rules out nearly
    // all of them before any compare)
    if (noun.size() <= 7 || (noun[3] != '-' && noun[6] != '-' && (noun.size() <= 11 || noun[11] != '-')))
        return Gender::Unknown;
    for (const auto& [prefix, gender] : kParents)
        if (noun.size() > prefix.size() && noun.starts_with(prefix))
            return gender;
    return Gender::Unknown;
}

// The gender a compound in -man or -woman carries ("watchman", "policewoman"); not "human" or
// "German".
Gender genderOfCompound(std::string_view noun)
{
    if (const Gender parent = parentEpithetGender(noun); parent != Gender::Unknown)
        return parent;
    if ((noun.size() > 6 && noun.ends_with("woman")) || noun == "woman" || noun == "actress" || noun == "heiress")
        return Gender::Female;
    if (noun == "man")
        return Gender::Male;
    if (noun.size() > 5 && noun.ends_with("man") && !noun.ends_with("human") && !noun.ends_with("german") &&
        !noun.ends_with("roman") && !noun.ends_with("ottoman"))
        return Gender::Male;
    return Gender::Unknown;
}

}  // namespace

bool isPersonDescriptor(std::string_view head)
{
    static constexpr std::string_view kOrigins[] = {
        "scot", "scotsman", "scotswoman", "briton", "englishman", "englishwoman", "irishman", "irishwoman",
        "welshman", "welshwoman", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "spaniard", "dane", "swede",
        "texan", "kiwi", "aussie",
        // (an age said in a word: "the teenager", "the octogenarian")
        "teenager", "teen", "youngster", "septuagenarian", "octogenarian", "nonagenarian", "centenarian",
        // (a performer's trade, which a profile names instead of a role: "the actress says")
        "actress", "actor", "singer", "rapper", "comedian", "novelist", "songwriter", "filmmaker",
        // (the epithets of celebrity and sports copy: "the star", "the chart-topper", "the former Millhaven man")
        "star", "superstar", "chart-topper", "favourite", "favorite", "starlet", "heiress", "socialite", "influencer",
        "man", "woman", "newcomer", "debutant", "veteran", "champion", "titleholder", "left-armer", "right-armer",
        "all-rounder", "paceman", "seamer", "spinner"};
    constexpr std::string_view kAge = "-year-old";
    if (parentEpithetGender(head) != Gender::Unknown)
        return true;  // "the mother-of-two"
    if (head.size() > kAge.size() && head.ends_with(kAge)) {
        const std::string_view number = head.substr(0, head.size() - kAge.size());
        return number.size() <= 3 && std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    return std::find(std::begin(kOrigins), std::end(kOrigins), head) != std::end(kOrigins);
}

namespace {

void finishNoun(const Analysis& a, SourcePhrase& p, std::uint32_t head, bool definite)
{
    const std::uint32_t cls = a.classes(head);
    p.head = std::string(a.key(head));
    p.descriptor = definite && isPersonDescriptor(p.head);
    // ("The 41-year-old pharmacist said": a trade with an age describes whoever was just named)
    // ("The 29-year-old right-hander", "the 24-year-old midfielder": a sports position, a doer's noun)
    const std::string_view headKey = a.key(head);
    const bool doer = (cls & wc::PersonRole) || headKey.ends_with("er") || headKey.ends_with("ist") || headKey.ends_with("-hander") ||
                      headKey.ends_with("back") || headKey == "forward" || headKey == "guard";
    for (std::uint32_t k = p.firstToken + 1; definite && !p.descriptor && k < head && doer; ++k)
        p.descriptor = a.key(k).ends_with("-year-old") && isPersonDescriptor(a.key(k));  // (the cheap test first)
    // ("the Lincoln actor": a capitalised modifier points at someone else than the one just named;
    // but "the former Millhaven man" comes from there, and "the reality TV favourite" has an acronym)
    // ("the man" alone is often someone the article never names)
    const bool origin = p.head == "man" || p.head == "woman";
    bool placed = false;
    for (std::uint32_t k = p.firstToken + 1; p.descriptor && k < head; ++k) {
        placed = placed || a.isCapitalized(k);
        p.descriptor = !a.isCapitalized(k) || origin || a.token(k).has(tokflag::AllCaps);
    }
    if (origin && !placed)
        p.descriptor = false;
    if (p.descriptor) {
        p.type = SpeakerType::Person;  // "the 30-year-old", "the Scot"
        p.gender = genderOfCompound(p.head);
        p.kind = SourceKind::RoleNoun;
    } else {
        p.plural = a.word(head) && a.word(head)->plural;
        if (!p.plural && p.head.size() > 3 && p.head.back() == 's' && !p.head.ends_with("ss"))
            p.plural = true;
        // ("the carrier", "the city-owned operator": businesses the lexicon's nouns leave out)
        p.type = (cls & wc::OrgNoun) || a.keyIs(head, "carrier") || a.keyIs(head, "operator") ? SpeakerType::Organization
                 : (cls & wc::PersonRole)                                                     ? SpeakerType::Person
                                                                                              : SpeakerType::Unknown;
        if (a.word(head) && a.word(head)->gender != Gender::Unknown)
            p.gender = a.word(head)->gender;
        else if (p.type != SpeakerType::Organization)
            p.gender = genderOfCompound(p.head);  // "a night watchman", "the camerawoman"
        p.kind = definite && ((cls & (wc::PersonRole | wc::OrgNoun)) || p.type == SpeakerType::Organization) ? SourceKind::RoleNoun
                                                                                                            : SourceKind::CommonNoun;
    }
    p.span = {a.token(p.firstToken).span.begin, a.token(p.endToken - 1).span.end};
    std::uint32_t nameFirst = p.firstToken;
    // (but "the Scot" is "Scot": an origin, not a name that takes "the"; and "the Valdorian army",
    // "the Trump campaign" name a body by its lower-case noun: "Valdorian army")
    if (a.is(nameFirst, wc::Determiner) && (p.descriptor || !a.isCapitalized(nameFirst + 1) ||
                                             (a.isLowerWord(head) && a.keyIs(nameFirst, "the"))))
        ++nameFirst;
    p.name = joinTokens(a, nameFirst, p.endToken);
}

// Does the capitalised run from `first` open with a person before its "of" ("Karin Holloway of the
// Dunmore police", "Inspector Dana Korr of the Brennick police"), not a body ("Bank of the West")?
bool personBeforeOf(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (a.is(first, wc::FirstName | wc::Honorific))
        return true;
    std::uint32_t of = first;
    while (of < end && !(a.keyIs(of, "of") && a.isLowerWord(of)))
        ++of;
    if (of == end || of < first + 2)
        return false;
    for (std::uint32_t t = first; t < of; ++t)
        if (!a.isCapitalized(t) || a.is(t, wc::OrgNoun | wc::PlaceWord | wc::Country) || a.is(t, kFunctionWords))
            return false;
    return true;
}

// Of a run [first, end) that personBeforeOf() reads as a person and whom she serves, where the
// body starts: after the first lower-case "of" and its "the" (`first` when there is none).
std::uint32_t pastPersonsOf(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    for (std::uint32_t t = first + 1; t + 1 < end; ++t)
        if (a.keyIs(t, "of") && a.isLowerWord(t))
            return a.keyIs(t + 1, "the") ? t + 2 : t + 1;
    return first;
}

bool isDefiniteDeterminer(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "the", "this", "that", "his", "her", "its", "their", "our");
}


// "the Democrat", "the Foreign Minister", "the Senator": capitalised role words after "the"
// describe someone named elsewhere; they are no name of their own.
bool capitalisedRoleAfterThe(const Analysis& a, std::uint32_t first, std::uint32_t end, std::uint32_t limit)
{
    if (first <= limit || !a.keyIs(first - 1, "the") ||
        !(a.isLowerWord(first - 1) || a.token(first - 1).has(tokflag::SentenceStart)))
        return false;
    if (end == first + 1 && isPersonDescriptor(a.key(first)))
        return true;  // "the Scot replied"
    if (!(a.is(end - 1, wc::PersonRole) || isPartyMember(a, end - 1)))
        return false;
    for (std::uint32_t i = first; i < end; ++i)
        if (!a.is(i, kRoleWords) || a.is(i, wc::FirstName) || isGenderedHonorific(a, i))
            return false;
    return true;
}

SourcePhrase definiteCapitalisedRole(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    SourcePhrase p;
    p.firstToken = first - 1;
    p.endToken = end;
    finishNoun(a, p, end - 1, true);
    p.kind = SourceKind::RoleNoun;
    p.type = SpeakerType::Person;
    p.name = joinTokens(a, first, end);
    if (!p.descriptor)
        p.role = p.name;  // (an origin is no role: "the Scot" gives its person no title)
    return p;
}

// "the alliance", "a senior administration official", "Porto Velho's city council", "officials".
// "Six in 10", "74 percent", "a majority of Republicans", "most": shares of a surveyed group.
// A source of one word: "she", "Video".
SourcePhrase oneWordPhrase(const Analysis& a, std::uint32_t i, SourceKind kind)
{
    SourcePhrase p;
    p.kind = kind;
    p.firstToken = i;
    p.endToken = i + 1;
    p.span = a.token(i).span;
    p.name = std::string(a.str(i));
    p.head = std::string(a.key(i));
    return p;
}


// A noun that counts or gathers what follows "of": "a wide array of economists", "a handful of".
bool isGroupNoun(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "array", "number", "handful", "range", "variety", "chorus", "slew", "series", "lot", "lots",
                        "dozens", "hundreds", "thousands", "coalition", "bevy", "crowd", "panel", "pair", "group",
                        "delegation", "host", "bunch", "cadre", "trio", "team", "majority", "minority", "plurality",
                        "percent", "share", "half", "third", "quarter", "fifth", "two-thirds", "three-quarters");
}

// Determiners that stand for people on their own: "Several said", "the two said", "many say".
bool standsAlone(const Analysis& a, std::uint32_t i)
{
    if (i > 0 && a.is(i - 1, wc::Auxiliary))
        return false;  // "who has both endorsed"
    // "To varying degrees, all agreed": "all" alone only at the start of a clause
    const bool clauseStart = i == 0 || a.isPunct(i - 1, ',') || a.token(i).has(tokflag::SentenceStart);
    return (a.is(i, wc::QuantityMany) && (!a.keyIs(i, "all") || clauseStart)) || a.keyIs(i, "another") ||
           a.keyIs(i, "neither");  // "Neither wanted to share his name"
}

// "one", "either", "neither" of a group: a single person ("each" of them stays a group).
bool oneOfMany(const Analysis& a, std::uint32_t i) { return a.is(i, wc::QuantityOne) && !a.keyIs(i, "each"); }

SourcePhrase quantityBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    SourcePhrase p;
    std::uint32_t first = end;
    bool quantity = false;
    if (end >= limit + 3 && (a.keyIs(end - 1, "them") || a.keyIs(end - 1, "us") || a.keyIs(end - 1, "whom")) &&
        a.keyIs(end - 2, "of"))
        first = end - 2;  // "most of them said", "many of us say", "many of whom say"
    while (first > limit && end - first < 7) {
        const std::uint32_t k = first - 1;
        if (isYear(a, k))
            break;  // "who in 2010 said": a year, not a share of people
        const bool number = a.token(k).kind == TokenKind::Number || a.is(k, wc::Determiner | wc::QuantityMany) || a.keyIs(k, "neither") ||
                            a.keyIs(k, "percent") || a.keyIs(k, "majority") || a.keyIs(k, "half") ||
                            a.keyIs(k, "third") || a.keyIs(k, "quarter") || a.keyIs(k, "three-quarters") ||
                            a.keyIs(k, "two-thirds") || a.isPunct(k, '%');
        if (number) {
            // ("One of them said", "each of them": one person of a group)
            const bool oneOf = a.is(k, wc::QuantityOne) && k + 1 < a.tokenCount() && a.keyIs(k + 1, "of");
            // ("Former cadets spoke to the paper. One said …": one of the group before, opening the sentence)
            const bool oneAlone = a.keyIs(k, "one") && k + 1 == end && a.token(k).has(tokflag::SentenceStart);
            quantity = quantity || !a.is(k, wc::Determiner) || standsAlone(a, k) || oneOf || oneAlone;
            first = k;
            continue;
        }
        const bool joiner = (a.keyIs(k, "in") || a.keyIs(k, "of") || a.keyIs(k, "than")) && first < end;
        const bool hedge = a.keyIs(k, "more") || a.keyIs(k, "less") || a.keyIs(k, "nearly") ||
                           a.keyIs(k, "about") || a.keyIs(k, "almost") || a.keyIs(k, "roughly");
        if (!joiner && !hedge)
            break;
        first = k;
    }
    while (first < end && (a.keyIs(first, "in") || a.keyIs(first, "of") || a.keyIs(first, "than")))
        ++first;
    if (!quantity || first >= end || a.keyIs(end - 1, "that") || a.keyIs(end - 1, "which"))
        return p;  // "returns from 1995 that showed …": a relative pronoun, not a share of people
    p.kind = SourceKind::CommonNoun;
    p.firstToken = first;
    p.endToken = end;
    p.span = {a.token(first).span.begin, a.token(end - 1).span.end};
    p.name = std::string(a.text().substr(p.span.begin, p.span.size()));
    p.head = lower(a.str(end - 1));
    p.plural = !(oneOfMany(a, first) && first + 1 < end && a.keyIs(first + 1, "of"));
    return p;
}

// "One of the employees", "two of his aides": a share of the group `members` names, as one
// unnamed source (not the group itself, which "the employees" alone would stand for).
SourcePhrase shareOfGroup(const Analysis& a, SourcePhrase members, std::uint32_t limit)
{
    const std::uint32_t of = members.firstToken - 1;
    if (!members.valid() || !members.plural || members.firstToken < limit + 2 || !a.keyIs(of, "of") ||
        !a.isLowerWord(of) || !a.is(members.firstToken, wc::Determiner) || a.is(members.firstToken, wc::QuantityMany))
        return members;
    const std::uint32_t share = of - 1;
    if (isYear(a, share) || !(a.token(share).kind == TokenKind::Number || a.is(share, wc::QuantityOne | wc::QuantityMany)))
        return members;
    members.kind = SourceKind::CommonNoun;
    members.firstToken = share;
    members.span.begin = a.token(share).span.begin;
    members.name = joinTokens(a, share, members.endToken);
    members.plural = !oneOfMany(a, share);
    if (members.type == SpeakerType::Unknown && a.is(members.endToken - 1, wc::PersonRole))
        members.type = SpeakerType::Person;
    return members;
}

// "environmental groups", "school administrators": a plural noun the lexicon does not list.
bool isBarePlural(const Analysis& a, std::uint32_t i)
{
    if (evidenceNoun(a, i))
        return true;  // "campaign documents show": also a verb form, but evidence here
    // ("police reports found", "campaign-finance reports show": a verb's form, but a noun before a verb)
    if (a.keyIs(i, "reports") && i + 1 < a.tokenCount() && a.isLowerWord(i + 1) && a.is(i + 1, wc::Cue) &&
        !a.is(i + 1, wc::Auxiliary) && a.word(i + 1)->cueForm != CueForm::Gerund && a.word(i + 1)->cueForm != CueForm::Base)
        return true;
    const std::string_view k = a.key(i);
    if (!a.isLowerWord(i) || k.size() < 5 || !k.ends_with("s") || k.ends_with("ss") || k.ends_with("us") ||
        k.ends_with("is") || a.is(i, wc::Cue | wc::Verb))
        return false;
    if (i > 0 && a.is(i - 1, wc::Pronoun))
        return false;  // "It makes no mention of …": a verb after its subject
    for (std::string_view mass : {"news"sv, "series"sv, "species"sv, "politics"sv, "economics"sv, "physics"sv, "means"sv, "odds"sv,
                                  "headquarters"sv, "whereabouts"sv, "always"sv, "perhaps"sv, "sometimes"sv, "towards"sv})
        if (k == mass)
            return false;
    return true;
}

// Capitalised words that name a party or an office, not an owner: "GOP", "Republican
// presidential", "Foreign". Before a role ("the GOP nominee") the role stands for someone named elsewhere.
bool partyOrOffice(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    for (std::uint32_t k = first; k < end; ++k)
        if (!(a.is(k, wc::RoleModifier) || a.keyIs(k, "gop")) || a.is(k, wc::FirstName | wc::Country))
            return false;
    return first < end;
}

// A lower-case word with an adjective's ending: "bespectacled", "soft-spoken", "cautious".
bool isAdjectiveLike(const Analysis& a, std::uint32_t i)
{
    if (!a.isLowerWord(i) || a.is(i, kFunctionWords | wc::Cue | wc::Verb))
        return false;
    const std::string_view w = a.key(i);
    for (std::string_view tail : {"ed"sv, "en"sv, "ful"sv, "ous"sv, "ive"sv, "ic"sv, "al"sv, "ing"sv, "ish"sv, "less"sv, "ant"sv, "ent"sv})
        if (w.size() > tail.size() + 2 && w.ends_with(tail))
            return true;
    return false;
}

// A line of its own with no closing punctuation: a headline, where roles go without articles
// ("says union boss").
SourcePhrase nounBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    SourcePhrase p;
    const std::uint32_t head = end - 1;
    // ("One of them, farmer Gareth Pugh,": "them" after "of" is a share of people, no noun)
    if (!isNounLike(a, head) || ((a.keyIs(head, "them") || a.keyIs(head, "us")) && head > limit && a.keyIs(head - 1, "of")))
        return quantityBefore(a, end, limit);
    std::uint32_t first = head;
    bool definite = false, determined = false;
    int modifiers = 0;
    while (first > limit && modifiers < 5) {
        const std::uint32_t k = first - 1;
        // ("an inside source", "the outside counsel": a preposition's word as an adjective after an article)
        const bool adjectivalPreposition = (a.keyIs(k, "inside") || a.keyIs(k, "outside")) && k > limit &&
                                           (a.keyIs(k - 1, "a") || a.keyIs(k - 1, "an") || a.keyIs(k - 1, "the"));
        // ("the most recent inspection report", "its least popular policy": a superlative's adverb)
        const bool superlative = (a.keyIs(k, "most") || a.keyIs(k, "least")) && k > limit && first < head &&
                                 (a.is(k - 1, wc::Determiner) || isPossessive(a, k - 1));
        // ("the terminal’s then safety manager", "the then president": who held the role at the time)
        const bool thenHolder = a.keyIs(k, "then") && a.isLowerWord(k) && k > limit &&
                                (a.is(k - 1, wc::Determiner) || isPossessive(a, k - 1));
        if (isNounLike(a, k) || adjectivalPreposition || superlative || thenHolder) {
            first = k;
            ++modifiers;
            continue;
        }
        // ("Her coach and uncle, Benedikt Sørensen,": two roles of one person before the name)
        if (a.keyIs(k, "and") && first == head && k > limit + 1 && a.isLowerWord(k - 1) && a.is(k - 1, wc::PersonRole) &&
            (a.is(head, wc::PersonRole) || isKinNoun(a.key(head))) && !a.word(head)->plural && head + 1 < a.tokenCount() &&
            a.isPunct(head + 1, ',') && a.keyIsOneOf(k - 2, "her", "his", "their", "its")) {
            first = k - 1;
            modifiers += 2;
            continue;
        }
        if ((a.keyIs(k, "and") || a.keyIs(k, "or")) && first < head && k > limit && isNounLike(a, k - 1) &&
            (a.is(first, wc::RoleModifier) || a.is(k - 1, wc::RoleModifier))) {
            first = k - 1;  // "current and former officials", "state and local leaders": modifiers joined
            modifiers += 2;
            continue;
        }
        if (a.isPunct(k, ',') && first < head && k >= limit + 2 && a.is(k - 2, wc::Determiner) && isAdjectiveLike(a, k - 1)) {
            first = k - 2;  // "the bespectacled, 71-year-old diplomat": adjectives in a list
            determined = true;
            definite = isDefiniteDeterminer(a, k - 2);
            break;
        }
        if (a.is(k, wc::Determiner) || a.token(k).kind == TokenKind::Number) {
            // ("A 2022 engineering survey", "the 2019 report": a year's article opens the phrase)
            const std::string_view year = a.str(k);
            const bool isYear = a.token(k).kind == TokenKind::Number && year.size() == 4 &&
                                (year.starts_with("19") || year.starts_with("20"));
            first = isYear && k > limit && (a.keyIs(k - 1, "a") || a.keyIs(k - 1, "the")) ? k - 1 : k;
            determined = true;
            definite = isDefiniteDeterminer(a, first);
            break;
        }
        // ("Rovers’ match-winner", "the players’ coach": a plural's apostrophe makes an owner too)
        if ((isPossessive(a, k) || isPluralApostrophe(a, k)) && k > limit) {
            std::uint32_t owner = runStartBefore(a, k, limit);
            // ("Inspector Farid El-Amrani of Dunhallow Police’s standards department": a person, then
            // the body whose unit she serves, as "Karin Holloway of the Dunmore police")
            if (owner + 3 < k && personBeforeOf(a, owner, k))
                owner = pastPersonsOf(a, owner, k);
            first = owner < k ? owner : (k > limit && isNounLike(a, k - 1) ? k - 1 : k);
            // ("The district attorney's office", "the Manhattan district attorney's office", "the
            // Ambrevaux prosecutor's office": the owner's modifiers and place, then its article)
            if (first == k - 1 && !isNameToken(a, first)) {
                std::uint32_t start = first;
                for (int words = 0; words < 3 && start > limit + 1; ++words) {
                    const std::uint32_t w = start - 1;
                    // ("The shadow children’s minister": a rank before the owner is the role's)
                    const bool modifier = a.isLowerWord(w) && (a.is(w, wc::RoleModifier | wc::PersonRole) ||
                                                               a.keyIsOneOf(w, "shadow", "deputy", "acting", "junior", "interim")) &&
                                          !a.is(w, kFunctionWords | wc::Determiner);
                    const bool place = isRunToken(a, w) && !a.is(w, wc::FirstName | wc::Honorific | wc::Determiner) &&
                                       !isPossessive(a, w);
                    // ("The statistics office’s report": a noun before the owner, with an article before both)
                    const bool noun = a.isLowerWord(w) && isNounLike(a, w) && !a.is(w, kFunctionWords | wc::Determiner | wc::Cue);
                    if (!modifier && !place && !noun)
                        break;
                    start = w;
                }
                if (start < first && a.is(start - 1, wc::Determiner))
                    first = start;
            }
            if (first < k && first > limit && a.is(first - 1, wc::Determiner) &&
                (!isNameToken(a, first) || a.isLowerWord(k - 1)))
                --first;  // the project's
            determined = definite = true;
            break;
        }
        if (isRunToken(a, k)) {
            // A capitalised modifier: "White House spokesman", "the IMF report".
            std::uint32_t runStart = runStartBefore(a, k + 1, limit);
            if (personBeforeOf(a, runStart, k))
                runStart = pastPersonsOf(a, runStart, k + 1);  // "Karin Holloway of the Dunmore police": a person, then whom she serves
            if (a.is(head, wc::PersonRole) && partyOrOffice(a, runStart, k + 1)) {
                first = runStart;  // "a top GOP strategist": words before a party are the phrase's too
                modifiers += static_cast<int>(k + 1 - runStart);
                determined = definite = true;  // (as specific as the capitalised run always made it)
                continue;
            }
            first = runStart;
            // ("the former Millhaven man": an adjective of time between the article and the run)
            if (first > limit + 1 && a.isLowerWord(first - 1) && a.keyIsOneOf(first - 1, "former", "erstwhile", "onetime") &&
                a.keyIs(first - 2, "the"))
                --first;
            if (first > limit && a.is(first - 1, wc::Determiner) && !a.isCapitalized(first - 1) &&
                !a.keyIs(first - 1, "that"))  // "so numerous that Border Patrol agents described": a conjunction
                --first;
            determined = definite = true;
            break;
        }
        break;
    }
    const std::uint32_t cls = a.classes(head);
    // ("…, trial finds", "…, study says": a headline drops the article of a study too)
    const bool headlineStudy = !determined && studyNoun(a, head) && inTitleLine(a, head);
    if (!determined && !(cls & (wc::PersonRole | wc::OrgNoun | wc::CollectiveSource)) && !isBarePlural(a, head) && !headlineStudy)
        return p;
    if (!determined && !(cls & wc::CollectiveSource) && !(a.word(head) && a.word(head)->plural) &&
        !(cls & wc::OrgNoun) && !isBarePlural(a, head) && !((cls & wc::PersonRole) && inTitleLine(a, head)) && !headlineStudy)
        return p;  // a bare singular noun is rarely a source, but for a headline's: "spokesman said"
    p.firstToken = first;
    p.endToken = end;
    // ("‘We're tired of being patient,’ chief says": a headline drops the article of a role it means)
    const bool headlineRole = !determined && (cls & wc::PersonRole) && !(a.word(head) && a.word(head)->plural) &&
                              inTitleLine(a, head);
    finishNoun(a, p, head, definite || headlineRole);
    // ("Health minister promises …": a modifier capitalised only by the sentence's start names no owner)
    const bool capitalisedByPosition = a.token(first).has(tokflag::SentenceStart) && a.is(first, wc::RoleModifier) &&
                                       !a.is(first, wc::FirstName | wc::Country) && first + 1 == head;
    // ("The GOP nominee", "Republican presidential nominee": a party or office before a role names
    // no owner either; the role stands for someone named elsewhere)
    // (but "A Brightmoor spokesperson" is one of the body's people, whom no name tells apart)
    // ("A former Parallax engineer": adjectives may stand between)
    std::uint32_t article = first;
    while (article > limit + 1 && first - article < 2 && a.isLowerWord(article - 1) && !a.is(article - 1, kFunctionWords))
        --article;
    const bool oneOfItsPeople = a.is(head, wc::PersonRole) && !a.is(head, wc::OrgNoun) && article > limit &&
                                (a.keyIs(article - 1, "a") || a.keyIs(article - 1, "an"));
    if (isPossessive(a, first + 1) || (isPluralApostrophe(a, first + 1) && isNameToken(a, first)) ||
        (first < head && isNameToken(a, first) && !a.is(first, wc::Determiner) && !oneOfItsPeople &&
                                       !capitalisedByPosition && !(a.is(head, wc::PersonRole) && partyOrOffice(a, first, head)))) {
        p.kind = SourceKind::Name;  // a named owner makes it specific: "Porto Velho's city council"
        if (p.type == SpeakerType::Unknown)
            p.type = SpeakerType::Organization;
        // ("the Global Herald newspaper", "Time magazine": the paper's name, and what it is; "the
        // nationalist Tarvan First party" too)
        static constexpr std::string_view kKindsAfterName[] = {"newspaper", "magazine", "tabloid", "website", "broadcaster", "party"};
        std::uint32_t nameFirst = first;
        while (nameFirst < head && !isNameToken(a, nameFirst))
            ++nameFirst;
        if (std::find(std::begin(kKindsAfterName), std::end(kKindsAfterName), a.key(head)) != std::end(kKindsAfterName) && nameFirst < head &&
            !isPossessive(a, head - 1)) {
            p.name = joinTokens(a, nameFirst, head);
            p.role = std::string(a.key(head));
        }
    }
    return p;
}

}  // namespace

bool isAgeOrParty(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (end - first == 1 && a.token(first).kind == TokenKind::Number)
        return true;
    if (end - first == 2 && a.keyIs(first, "then") && a.token(first + 1).kind == TokenKind::Number)
        return true;  // "Mr. Sperling, then 38, said"
    if (end - first > 3)
        return false;
    const std::string_view s = a.str(first);
    return s.size() >= 3 && (s[0] == 'R' || s[0] == 'D' || s[0] == 'I') && s[1] == '-';
}

namespace {

// ", a doctor," or ", the project's chief engineer" after a name: the role it gives.
std::string appositiveRole(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (first >= end || end - first > 40 || a.keyIs(first, "who") || a.keyIs(first, "whose"))
        return {};
    bool hasRole = false;
    for (std::uint32_t i = first; i < end; ++i) {
        if (a.isPunct(i, ';'))
            return {};
        if (a.keyIs(i, "who") || a.keyIs(i, "which") || a.keyIs(i, "that")) {
            end = i;  // the role, not the relative clause after it
            break;
        }
        hasRole = hasRole || a.is(i, wc::PersonRole | wc::OrgNoun) || isPartyMember(a, i);  // ", a Democrat,"
    }
    while (end > first && (a.isPunct(end - 1, ',') || a.token(end - 1).kind == TokenKind::QuoteMark))
        --end;
    if (end - first > 14)
        return {};
    if (!hasRole)
        return {};
    std::uint32_t from = first;
    if (a.keyIs(from, "a") || a.keyIs(from, "an") || a.keyIs(from, "the"))
        ++from;
    return joinTokens(a, from, end);
}

// Participles of how someone is dressed or placed, which open an apposition, unlike a main verb
// in -ed ("Corinne Abernathy, 58, appeared before Judge …").
bool isStateParticiple(const Analysis& a, std::uint32_t i)
{
    return a.keyIsOneOf(i, "clad", "dressed", "seated", "armed", "wrapped", "draped", "flanked", "surrounded",
                        "accompanied", "perched", "bundled");
}

// Can the words [first, end) be an apposition to a name: "a doctor", "who is 28",
// "Mexico's ambassador to the United States from 2007 to 2013", "R-Ky."?
// "asked whether …", "pressed about …" at token i, before `end`: a question put to the one the
// phrase names, in an aside between the name and its verb.
bool questionPutAt(const Analysis& a, std::uint32_t i, std::uint32_t end)
{
    return i + 1 < end && (a.keyIs(i, "asked") || a.keyIs(i, "pressed")) &&
           a.keyIsOneOf(i + 1, "whether", "if", "about", "what", "why", "how", "when", "to");
}

// "none of whose novels", "some of whom", "one of which": a relative clause after a share.
bool quantifiedRelativeAt(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    // ("The 84-page audit, parts of which were published on Thursday,": a part of a thing too)
    return first + 2 < end && a.keyIs(first + 1, "of") && a.keyIsOneOf(first + 2, "whose", "whom", "which") &&
           (a.keyIsOneOf(first, "none", "some", "one", "many", "all", "most", "several", "each", "both", "few", "neither", "two",
                         "three") ||
            a.keyIsOneOf(first, "parts", "part", "much", "copies", "details", "excerpts", "sections", "half"));
}

// Is there an "and" among the tokens [from, end)? ("voted against the bill and called it …": a
// finite verb's second act, no participle's aside)
bool hasAndBefore(const Analysis& a, std::uint32_t from, std::uint32_t end)
{
    for (std::uint32_t k = from; k < end; ++k)
        if (a.keyIs(k, "and"))
            return true;
    return false;
}

bool isAppositive(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (first >= end || end - first > 40)
        return false;
    // "Sen. Marco Rubio, R-Fla., appearing on Fox News, said": appositions one after another
    // ("Sanders, meanwhile, who sits at zero endorsements, said": an aside, then the apposition)
    for (std::uint32_t comma = first + 1; comma + 1 < end; ++comma)
        if (a.isPunct(comma, ',') && (isAgeOrParty(a, first, comma) ||
                                      (first > 0 && discourseAsideBefore(a, comma, first - 1) == first - 1)))
            return isAppositive(a, comma + 1, end);
    if (isAgeOrParty(a, first, end))
        return true;
    auto possessiveAt = [&](std::uint32_t i) { return i < end && (isPossessive(a, i) || isPluralApostrophe(a, i)); };
    // "Trump, speaking to a veterans group, said", "Johnnie Wilson, of Springfield, Va., said"
    // ("The aides, led by campaign manager Terry Sullivan, told": a participle in -ed with its agent too)
    // ("Many recent studies, often conducted by comparing …, have found": an adverb before it)
    const std::uint32_t verb = first + 1 < end && a.isAdverbLike(first) && !a.is(first, wc::Negation) ? first + 1 : first;
    // ("Mary Susan, clad in a red cape …, said", "…, dressed in black, …": a participle with its place)
    // ("Sullivan, struck by her story, told": any participle with its agent)
    // ("The lawsuit, filed Monday in federal court,": a participle with when or where)
    // ("The survey, published in May,", "the survey, carried out for the council,": or with its place,
    // time or purpose, a particle between)
    const std::uint32_t afterVerb = verb + 2 < end && a.keyIsOneOf(verb + 1, "out", "up", "off", "down") ? verb + 2 : verb + 1;
    const bool participle = a.isLowerWord(verb) && ((a.str(verb).size() > 4 && a.str(verb).ends_with("ing")) ||
                                                    (a.str(verb).size() > 4 && a.str(verb).ends_with("ed") && afterVerb < end &&
                                                     !a.is(verb, wc::Auxiliary) && a.is(afterVerb, wc::TimeWord | wc::Preposition) &&
                                                     !a.keyIs(afterVerb, "to") && end < a.tokenCount() && a.isPunct(end, ',') &&
                                                     (a.is(afterVerb, wc::TimeWord) || !hasAndBefore(a, afterVerb, end))) ||
                                                    ((!a.is(verb, kFunctionWords) || (a.is(verb, wc::Verb) && !a.is(verb, wc::Auxiliary))) && verb + 1 < end &&
                                                     a.keyIs(verb + 1, "by")) ||
                                                    (isStateParticiple(a, verb) && verb + 1 < end && a.is(verb + 1, wc::Preposition)));
    // ("Sarah Warbelow, legal director for the group, said", "Chris Covert, South Carolina director
    // for Sanders, said": adjectives or a name before a lower-case role)
    auto roleAfterAdjectives = [&] {
        for (std::uint32_t k = first; k < end && k < first + 4; ++k) {
            if (a.is(k, wc::PersonRole) && a.isLowerWord(k) && k > first)
                return true;
            if (a.token(k).kind != TokenKind::Word || a.is(k, kFunctionWords | wc::Cue | wc::Auxiliary | wc::Adverb) ||
                (a.isLowerWord(k) && a.is(k, wc::Verb)))
                return false;
        }
        return false;
    };
    // (", asked whether she wanted the job permanently,": the question put to the speaker)
    // (", when asked about the delay,": after "when" too)
    const std::uint32_t asked = a.keyIs(first, "when") && first + 1 < end ? first + 1 : first;
    const bool questionPut = questionPutAt(a, asked, end);
    const bool starter = a.is(first, wc::Determiner | wc::PersonRole | wc::RoleModifier | wc::Demonym) ||
                         roleAfterAdjectives() ||
                         a.keyIs(first, "who") || a.keyIs(first, "whose") || a.keyIs(first, "which") ||
                         a.keyIs(first, "where") || participle || quantifiedRelativeAt(a, first, end) ||
                         // (", or TDHHS,": a body's initials after its name)
                         (a.keyIs(first, "or") && first + 2 == end && a.token(first + 1).has(tokflag::AllCaps)) ||
                         a.keyIs(first, "of") ||
                         a.keyIs(first, "from") || a.keyIs(first, "at") || a.keyIs(first, "in") ||
                         a.keyIs(first, "during") || a.keyIs(first, "including") || a.keyIs(first, "now") ||
                         a.keyIs(first, "after") || a.keyIs(first, "before") ||  // "Sexton, after previous rallies, wrote"
                         ((a.keyIs(first, "when") || a.keyIs(first, "while")) && first + 1 < end && a.isLowerWord(first + 1) &&
                          (a.key(first + 1).ends_with("ed") || a.key(first + 1).ends_with("ing"))) ||  // ", when contacted by Reuters,"
                         a.keyIs(first, "himself") || a.keyIs(first, "herself") || a.keyIs(first, "also") ||
                         questionPut ||
                         ((a.keyIs(first, "along") || a.keyIs(first, "together")) && first + 1 < end &&
                          a.keyIs(first + 1, "with")) ||  // "Fields, along with reporter Ben Terris, say"
                         a.keyIs(first, "like") ||        // "the biggest hawks, like Rubio and Bush, say"
                         a.token(first).kind == TokenKind::Number || possessiveAt(first + 1) || possessiveAt(first + 2) ||
                         // ("Marcus Oyelaran, commodore of the Orrin Sailing Club,": a role the lexicon lacks, of a named body)
                         (first + 3 < end && a.isLowerWord(first) &&
                          !a.is(first, kFunctionWords | wc::Verb | wc::Cue | wc::Auxiliary | wc::Adverb) &&
                          a.keyIsOneOf(first + 1, "of", "for", "at") &&
                          (a.isCapitalized(first + 2) || (a.keyIs(first + 2, "the") && a.isCapitalized(first + 3))));
    if (!starter || (a.isCapitalized(first) && a.is(first, wc::Determiner)))
        return false;
    // "In New York, the race will be tight, said …", "…, a state she hoped to carry, the race is
    // tight, said …": a noun phrase with its verb is a clause, not an apposition
    const auto clauseAt = [&](std::uint32_t k) {
        if (!a.is(k, wc::Determiner) || a.keyIs(k, "whose"))
            return false;
        for (std::uint32_t i = k + 1; i < end && !a.isPunct(i, ',') && !a.is(i, wc::Subordinator) && !a.keyIs(i, "who") &&
                                      !a.keyIs(i, "which") && !a.keyIs(i, "that") && !a.keyIs(i, "whose");
             ++i)
            if (a.is(i, wc::Auxiliary) && a.isLowerWord(i) && !a.keyIs(i - 1, "to"))  // ("people to have watched": no clause)
                return true;
        return false;
    };
    for (std::uint32_t k = first; k < end; ++k)
        if ((k == first || a.isPunct(k - 1, ',')) && clauseAt(k))
            return false;
    if (participle && a.is(first, wc::Cue) && (a.word(first)->cueFlags & cueflag::Strong) && first + 1 < end &&
        (a.keyIs(first + 1, "that") || a.token(first + 1).kind == TokenKind::Punct ||
         a.token(first + 1).kind == TokenKind::QuoteMark))
        return false;  // "said Trump, adding, …": a second attribution ("X, writing for the court, said" is none)
    // ("Podesta, who said the project was vetted, said", "Meyer, a former governor who argued with
    // Ms. Brainard, said": a relative clause holds its own report)
    for (std::uint32_t i = questionPut ? asked + 1 : first; i < end && !a.keyIs(i, "who") && !a.keyIs(i, "which"); ++i)
        if (a.is(i, wc::Cue) && a.word(i)->cueForm != CueForm::Base && a.word(i)->cueForm != CueForm::ThirdPerson &&
            a.word(i)->cueForm != CueForm::Gerund && (a.word(i)->cueFlags & cueflag::Strong) &&
            !(a.word(i)->cueForm == CueForm::Participle && i + 1 < end && a.keyIs(i + 1, "by")) &&  // (", written by …,")
            !(a.word(i)->cueForm == CueForm::Participle && i > first && a.is(i - 1, wc::Determiner)))  // (", in a written statement,")
            return false;  // "…, X said, …": another attribution, not an apposition
    return true;
}

// "the frozen-meals maker", "an online retailer based in Leeds": an article, then a head
// noun (before any preposition or relative clause) that names an organisation.
bool isOrganisationAppositive(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    // (or a place's possessive: "Lethany's second-largest health insurer")
    if (first + 2 < end && a.isCapitalized(first) && isPossessive(a, first + 1))
        ++first;
    if (first >= end || !(a.keyIs(first, "a") || a.keyIs(first, "an") || a.keyIs(first, "the") || isPossessive(a, first)))
        return false;
    std::uint32_t head = first;
    for (std::uint32_t i = first + 1; i < end; ++i) {
        if (a.is(i, wc::Preposition | wc::Subordinator) || a.keyIs(i, "who") || a.keyIs(i, "which") ||
            a.keyIs(i, "that") || a.isPunct(i, ','))
            break;
        if (a.is(i, wc::PersonRole))
            return false;
        // ("a developer based in Pellham", "a retailer owned by …": a participle after the noun describes it)
        // (not a verb of report: "with Saltfleet United, the club confirmed on Monday.")
        if (a.is(i - 1, wc::OrgNoun) && a.keyIsOneOf(i, "based", "headquartered", "owned", "founded", "listed", "backed",
                                                     "registered", "controlled", "operated", "funded"))
            break;
        head = i;
    }
    // ("Owen Reyes, the newspaper’s publisher,": an office, unlike "Harlow, the book’s publisher,")
    if (a.keyIs(head, "publisher") && isPossessive(a, head - 1) && head - 1 > first && a.isLowerWord(head - 2) &&
        a.keyIsOneOf(head - 2, "newspaper", "paper", "daily", "weekly", "magazine", "site", "website", "tabloid"))
        return false;
    // ("a fast-growing payments start-up", "the city-owned operator": businesses the lexicon's nouns leave out)
    // ("Velt, a messaging app with 3 million users,": a product that speaks for its maker)
    return head > first && (a.is(head, wc::OrgNoun) || a.keyIsOneOf(head, "start-up", "startup", "carrier", "operator") ||
                            a.keyIsOneOf(head, "app", "platform", "website", "brand", "retailer", "maker", "manufacturer",
                                         "chain", "lender", "insurer", "broadcaster", "publisher", "airline"));
}

// A name that a "which" clause describes, no given name nor place opening or ending it
// ("Kellerhaus, which makes a third of the dishwashers, said"): a body, not a person.
bool bodyByWhich(const Analysis& a, const SourcePhrase& name)
{
    return name.kind == SourceKind::Name && !a.is(name.firstToken, wc::Country | wc::FirstName | wc::PlaceWord) &&
           !a.is(name.endToken - 1, wc::PlaceWord);
}

// "Jeb Bush and Chris Christie", "Citizenship and Immigration Services": names joined by "and".
bool isProperGroup(const Analysis& a, const SourcePhrase& p)
{
    if (p.kind != SourceKind::CommonNoun)
        return false;
    for (std::uint32_t i = p.firstToken; i < p.endToken; ++i)
        if (!a.isCapitalized(i) && !a.keyIs(i, "and") && !a.keyIs(i, "of"))
            return false;
    return true;
}

// "Hugh Hill, a doctor, said", "Bamberg, who is 28, said", "Trump's campaign manager,
// Kellyanne Conway, said". `last` is the comma before the cue.
// " Crewe" for "Mrs Crewe’s husband" or "Alison Crewe's son": the surname a relative named by a
// given name alone shares with the one the role names; empty for other roles.
std::string sharedSurname(const Analysis& a, const SourcePhrase& role)
{
    if (!isKinNoun(role.head))
        return {};
    for (std::uint32_t k = role.firstToken + 1; k + 1 < role.endToken; ++k) {
        if (!isPossessive(a, k))
            continue;
        const std::uint32_t owner = k - 1;
        // (a given name alone, "Mary’s husband", says no surname)
        const bool surname = isNameToken(a, owner) && !a.is(owner, wc::Honorific) &&
                             (!a.is(owner, wc::FirstName) || (owner > role.firstToken && isNameToken(a, owner - 1)));
        return surname ? " " + std::string(a.str(owner)) : std::string();
    }
    return {};
}

// "the Orlesk capital", "a port city on the Baltic", "the provincial capital": words [first, end)
// that describe a place, as an apposition to its name.
bool describesPlace(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    if (end - first < 2 || end - first > 6 || !a.is(first, wc::Determiner))
        return false;
    std::uint32_t head = first + 1;
    while (head + 1 < end && !a.is(head + 1, wc::Preposition))
        ++head;
    return a.isLowerWord(head) && a.keyIsOneOf(head, "capital", "city", "town", "village", "province", "region", "port",
                                               "suburb", "district", "neighbourhood", "neighborhood");
}

// The gender the head noun of an indefinite apposition gives, its words from `first` (after the
// article) to `end`: "45-year-old fisherman from the village" male, "mother of three" female.
Gender appositionGender(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    std::uint32_t head = first;
    while (head + 1 < end && a.isLowerWord(head + 1) && !a.is(head + 1, wc::Preposition | kFunctionWords))
        ++head;
    if (head >= end || !a.isLowerWord(head))
        return Gender::Unknown;
    if (const lexicon::WordInfo* w = a.word(head); w && w->gender != Gender::Unknown && a.is(head, wc::PersonRole))
        return w->gender;
    return genderOfCompound(a.key(head));
}

// "The Citrus Growers' Federation of Seravia, known as the CGFS, said", "…, known to farmers as
// the TPPC,": the name, then what it is known as; the source is the name. `last`: the closing comma.
SourcePhrase knownAsBefore(const Analysis& a, std::uint32_t last, std::uint32_t limit)
{
    std::uint32_t comma = last;
    while (comma > limit && last - comma < 8 && !a.isPunct(comma - 1, ','))
        --comma;
    if (comma <= limit + 1 || !a.isPunct(comma - 1, ',') || !a.keyIs(comma, "known") || !a.isLowerWord(comma))
        return {};
    std::uint32_t as = comma + 1;
    while (as < last && !a.keyIs(as, "as"))
        ++as;
    if (as + 1 >= last || (as > comma + 1 && !a.keyIs(comma + 1, "to")))
        return {};
    SourcePhrase named = sourceBefore(a, comma - 1, limit);
    if (!named.valid() || named.kind != SourceKind::Name || named.endToken != comma - 1)
        return {};
    named.endToken = last;
    named.span.end = a.token(last - 1).span.end;
    return named;
}

// Does the phrase hold a given name ("Crime Commissioner" does not)?
bool hasGivenName(const Analysis& a, const SourcePhrase& p)
{
    for (std::uint32_t i = p.firstToken; i < p.endToken; ++i)
        if (a.is(i, wc::FirstName))
            return true;
    return false;
}

// "two", "12", "some", "most": a word that takes a share of a group after "of".
bool isShareWord(const Analysis& a, std::uint32_t i)
{
    return a.token(i).kind == TokenKind::Number ||
           a.keyIsOneOf(i, "one", "two", "three", "four", "five", "six", "some", "several", "many", "most", "all", "each",
                        "both", "either", "none", "any");
}

// Back from `from` (no further than ten tokens before `nearest`, nor to `limit` + 1, nor past a
// comma or a quote mark): the first token `marks` accepts, or 0.
template <typename Marks>
std::uint32_t markerBefore(const Analysis& a, std::uint32_t from, std::uint32_t nearest, std::uint32_t limit, Marks marks)
{
    for (std::uint32_t k = from; k > limit + 1 && nearest - k <= 10; --k) {
        if (a.isPunct(k, ',') || a.token(k).kind == TokenKind::QuoteMark)
            break;
        if (marks(k))
            return k;
    }
    return 0;
}

// The singular role opening the sentence at `limit` before the marker word at `marker` ("A lawyer"
// of "A lawyer representing …", "The union" of "The union that represented …"), read on to the
// comma before the name; none if no such role opens it.
SourcePhrase roleBeforeMarker(const Analysis& a, std::uint32_t marker, std::uint32_t limit, std::uint32_t comma)
{
    SourcePhrase role = nounBefore(a, marker, limit);
    if (!role.valid() || role.firstToken != limit || role.plural)
        return {};
    role.endToken = comma;
    return role;
}

// Does a name at `opener` end the prepositional phrase that opens the sentence at `limit`: "In
// Lindhaven," or "At a polling station in Anse-Rouge," (no verb nor comma between)?
bool placeInOpeningPhrase(const Analysis& a, std::uint32_t limit, std::uint32_t opener)
{
    if (opener == limit + 1)
        return true;
    if (opener < limit + 3 || opener - limit > 10 || !a.isLowerWord(opener - 1) || !a.is(opener - 1, wc::Preposition))
        return false;
    for (std::uint32_t t = limit + 1; t + 1 < opener; ++t)
        if (!a.isWordLike(t) || a.is(t, wc::Verb | wc::Cue | wc::Auxiliary | wc::Pronoun))
            return false;
    return true;
}

SourcePhrase appositionBefore(const Analysis& a, std::uint32_t last, std::uint32_t limit)
{
    // ("However, the survey, carried out in May, found": a discourse word and its comma open the
    // sentence; the subject comes after them)
    if (limit + 3 < last && a.isPunct(limit + 1, ',') && a.isCapitalized(limit) && a.is(limit, wc::NotAName) &&
        (a.is(limit, wc::SentenceStarter | wc::Adverb) || a.key(limit).ends_with("ly")) && !a.is(limit, wc::Determiner | wc::Pronoun))
        limit += 2;
    // ("Outside court, one of them, Margit Ellery-Toussaint, who …, said": so does a short phrase
    // of place or time opened by a preposition)
    else if (limit + 4 < last && a.isCapitalized(limit) && a.is(limit, wc::Preposition) && !a.is(limit, wc::FirstName) &&
             a.token(limit).has(tokflag::SentenceStart))
        for (std::uint32_t comma = limit + 2; comma < limit + 5 && comma + 3 < last; ++comma) {
            // (words of place or time only: not "On Monday Oberholzer, who took charge …, said")
            if (!a.isWord(comma - 1) || a.is(comma - 1, wc::Verb | wc::Cue | wc::Auxiliary) ||
                !(a.isLowerWord(comma - 1) || a.is(comma - 1, wc::TimeWord)))
                break;
            if (a.isPunct(comma, ',')) {
                limit = comma + 1;
                break;
            }
        }
    // The name itself as the apposition, after a role: "…'s campaign manager, Kellyanne Conway,"
    std::uint32_t nearest = last;
    while (nearest > limit && !a.isPunct(nearest - 1, ','))
        --nearest;
    std::optional<SourcePhrase> afterNearest;  // sourceBefore(a, last, nearest), read once for the two rules that ask it
    if (nearest > limit && last - nearest < 14) {
        afterNearest = sourceBefore(a, last, nearest);
        SourcePhrase inner = *afterNearest;
        std::string modifierRole;
        // ("The hotel’s owners, the Grupo Altamar chain,": a body's name before its business noun)
        if ((inner.kind == SourceKind::RoleNoun || inner.kind == SourceKind::CommonNoun) && inner.firstToken == nearest &&
            inner.endToken == last && a.keyIs(nearest, "the") && isOrganisationAppositive(a, nearest, last)) {
            std::uint32_t nameEnd = nearest + 1;
            while (nameEnd < last && isRunToken(a, nameEnd))
                ++nameEnd;
            if (SourcePhrase body = nameEnd > nearest + 1 && a.isLowerWord(nameEnd) ? interpretRun(a, nearest + 1, nameEnd)
                                                                                   : SourcePhrase{};
                body.kind == SourceKind::Name && body.firstToken == nearest + 1 && body.type != SpeakerType::Person) {
                body.type = SpeakerType::Organization;
                body.role = joinTokens(a, nameEnd, last);  // (what "the chain" may later call it)
                body.endToken = last;
                body.span.end = inner.span.end;
                inner = std::move(body);
            }
        }
        // "The teachers’ union, the Fenwick Education Association,": an organisation's name may take "the"
        const bool article = inner.firstToken == nearest + 1 && a.keyIs(nearest, "the");
        if (inner.valid() && inner.kind == SourceKind::Name && inner.firstToken > nearest && !article &&
            inner.firstToken - nearest <= 4) {
            // "His opponent, incumbent Rep. Sarah Kim,": lower-case words before the name belong to it
            // ("Her brother, the cellist Andras Varga,": after an article too)
            const std::uint32_t roleFirst =
                inner.firstToken - nearest >= 2 && (a.keyIs(nearest, "the") || a.keyIs(nearest, "a")) ? nearest + 1 : nearest;
            // ("The conference president, Mossara's environment minister Faisal Koné,": a named owner first)
            std::uint32_t afterOwner = roleFirst;
            while (afterOwner + 1 < inner.firstToken && isRunToken(a, afterOwner) && !isPossessive(a, afterOwner))
                ++afterOwner;
            afterOwner = afterOwner > roleFirst && afterOwner + 1 < inner.firstToken && isPossessive(a, afterOwner)
                             ? afterOwner + 1
                             : roleFirst;
            bool modifiers = true;
            for (std::uint32_t k = afterOwner; k < inner.firstToken; ++k) {
                // ("the set designer": a verb's form before a role noun is its modifier)
                const bool modifiesRole = a.is(k, wc::Verb) && k + 1 < inner.firstToken && a.is(k + 1, wc::PersonRole);
                // ("the poet and translator Ilse Brandvik": two trades joined)
                const bool joinsTrades = a.keyIs(k, "and") && k > roleFirst && k + 1 < inner.firstToken;
                modifiers = modifiers && a.isLowerWord(k) && (!a.is(k, kFunctionWords | wc::Determiner) || modifiesRole || joinsTrades) &&
                            (!a.is(k, wc::Cue) || a.is(k + 1, wc::Honorific));  // ("state Del. Marcia Price")
            }
            if (modifiers) {
                modifierRole = joinTokens(a, roleFirst, inner.firstToken);  // "farmer Gareth Pugh": a farmer
                inner.firstToken = nearest;
                inner.span.begin = a.token(nearest).span.begin;
            }
        }
        // ("Henry Clay's biographers, David and Jeanne Heidler,": a group of names too)
        const bool named = inner.kind == SourceKind::Name || (inner.plural && isProperGroup(a, inner));
        if (inner.valid() && named && (inner.firstToken == nearest || article)) {
            SourcePhrase before = nounBefore(a, nearest - 1, limit);
            // ("The trustee who resigned, the sculptor Anouk Tessier-Bamford,": a role with its relative
            // clause, opening the sentence)
            if (!before.valid() && nearest >= limit + 4 && a.isLowerWord(nearest - 2))
                for (std::uint32_t who = nearest - 3; who > limit && nearest - who <= 6; --who)
                    if (a.keyIs(who, "who")) {
                        if (SourcePhrase role = sourceBefore(a, nearest - 1, limit);
                            role.kind == SourceKind::RoleNoun && role.firstToken == limit && role.endToken == nearest - 1 &&
                            !role.plural)
                            before = std::move(role);
                        break;
                    }
            // ("A lawyer representing a group of the savers, Miriam Goldfarb,": the one named holds the
            // role before the participle, not the group it represents)
            if (before.valid() && nearest >= limit + 4)
                if (const std::uint32_t part = markerBefore(a, nearest - 2, nearest, limit, [&](std::uint32_t k) {
                        return a.keyIsOneOf(k, "representing", "advising") && before.firstToken > k;
                    });
                    part > 0 && a.is(part - 1, wc::PersonRole))
                    if (SourcePhrase role = roleBeforeMarker(a, part, limit, nearest - 1); role.valid()) {
                        role.type = SpeakerType::Person;
                        before = std::move(role);
                    }
            // ("The union that represented most of the yard’s workforce, the Amalgamated Shipwrights’
            // Guild,": the noun before the comma is the relative clause's object; the role opens the sentence)
            if (before.valid() && nearest >= limit + 5)
                if (const std::uint32_t that = markerBefore(a, nearest - 3, nearest, limit, [&](std::uint32_t k) {
                        return a.keyIs(k, "that") && a.isLowerWord(k + 1) &&
                               (a.is(k + 1, wc::Verb | wc::Cue) || a.key(k + 1).ends_with("ed")) && before.firstToken > k;
                    });
                    that > 0 && a.is(that - 1, wc::OrgNoun | wc::CollectiveSource))
                    if (SourcePhrase role = roleBeforeMarker(a, that, limit, nearest - 1);
                        role.valid() && role.type != SpeakerType::Person)
                        before = std::move(role);
            // "A neighbour, who gave only her first name, Sarah,": the name a source gave
            // (a person's, whatever the name: "A mountain rescue volunteer, who gave only his first name, Hamish,")
            bool givenName = false;
            if (a.keyIs(nearest - 2, "name") || a.keyIs(nearest - 2, "names"))
                for (std::uint32_t who = nearest - 3; who > limit + 1 && nearest - who < 8; --who)
                    if (a.keyIs(who, "who") && a.isPunct(who - 1, ',') && a.keyIs(who + 1, "gave")) {
                        before = nounBefore(a, who - 1, limit);
                        givenName = before.valid() && !before.plural;
                        if (givenName && inner.type == SpeakerType::Unknown)
                            inner.type = SpeakerType::Person;
                        break;
                    }
            // (and "A spokeswoman for the board, Imogen Ferris,": the role is not the board)
            // ("The chair of governors, Rhodri Pask,": a group after "of" is whose role it is)
            // ("A lawyer for the officers, Rasmus Eze,", "A lawyer for two of the officers, …": a singular
            // role for a group)
            std::uint32_t ofGroup = before.valid() && before.firstToken > limit + 1 ? before.firstToken - 1 : limit;
            if (ofGroup > limit + 2 && a.keyIs(ofGroup, "of") && isShareWord(a, ofGroup - 1) && a.keyIs(ofGroup - 2, "for"))
                ofGroup -= 2;
            // ("A spokeswoman for the mayor, Leticia Moreno-Aguilar,": one who speaks for a person is the
            // one named, not the person)
            const auto serving = [&](std::uint32_t roleEnd) {
                return roleEnd > limit && a.keyIsOneOf(roleEnd - 1, "spokesman", "spokeswoman", "spokesperson", "aide", "lawyer",
                                                       "attorney", "adviser", "advisor", "assistant", "representative");
            };
            // ("The chairman of the board of trustees, Raymond Achterberg,": past a body's own "of")
            const auto roleOfGroup = [&](std::uint32_t of) {
                SourcePhrase role = nounBefore(a, of, limit);
                if (role.valid() && role.firstToken > limit + 1 && role.endToken == of && a.keyIs(role.firstToken - 1, "of") &&
                    a.keyIs(of, "of") && a.isLowerWord(of - 1) && a.is(of - 1, wc::OrgNoun) && !a.is(of - 1, wc::PersonRole))
                    return nounBefore(a, role.firstToken - 1, limit);
                return role;
            };
            if (before.valid() && (before.plural || (before.type == SpeakerType::Person && serving(ofGroup))) &&
                ofGroup > limit && a.keyIsOneOf(ofGroup, "of", "for", "to"))
                if (SourcePhrase role = roleOfGroup(ofGroup); role.valid() && !role.plural && role.type == SpeakerType::Person) {
                    const std::uint32_t roleFirst = a.is(role.firstToken, wc::Determiner) ? role.firstToken + 1 : role.firstToken;
                    role.name = joinTokens(a, roleFirst, nearest - 1);
                    role.endToken = nearest - 1;
                    before = std::move(role);
                }
            const bool personBefore = before.type == SpeakerType::Person ||
                                      (before.kind == SourceKind::RoleNoun && before.type != SpeakerType::Organization);
            for (std::uint32_t of = nearest - 2; !personBefore && of > limit && nearest - of < 12; --of) {
                // (after "in" or "from" a place may end the role: "a delegate from Houston, Texas," names no one)
                const bool where = a.keyIs(of, "in") || a.keyIs(of, "from");
                // ("The UN special rapporteur on Kaldora, Henrike Aalst,", "The envoy to Kaldora, …": on
                // what or to whom a role is held)
                // ("The company behind the scheme, Arlo Homes,": who is behind a thing)
                if (!a.keyIsOneOf(of, "of", "at", "for", "on", "to", "with") && !a.keyIs(of, "behind") &&
                    !(where && inner.endToken - inner.firstToken >= 2))
                    continue;
                // "The director of the European Centre, Ina Kirsch,": a role of an organisation
                // ("Her opponent in the last election, councilman Ray Dutton,": a role and where it was held)
                SourcePhrase role = nounBefore(a, of, limit);
                // ("The Commissioner for Wexcombe, Gideon Farrant-Obi,": a capitalised office)
                if (!role.valid())
                    if (SourcePhrase office = sourceBefore(a, of, limit);
                        office.endToken == of && !office.plural &&
                        ((office.kind == SourceKind::RoleNoun && office.type == SpeakerType::Person) ||
                         (office.kind == SourceKind::Name && office.role.empty() && a.is(of - 1, wc::PersonRole) &&
                          !a.is(of - 1, wc::OrgNoun) && a.isCapitalized(of - 1) && !hasGivenName(a, office)))) {
                        office.type = SpeakerType::Person;
                        role = std::move(office);
                    }
                // ("The manufacturer of the powder, Brannock Nutrition,": a business of a thing, named)
                const bool businessOf = role.valid() && role.type == SpeakerType::Organization && role.kind != SourceKind::Name &&
                                        a.keyIsOneOf(of, "of", "behind") && inner.type != SpeakerType::Person;
                if (role.valid() && (role.type == SpeakerType::Person || businessOf)) {
                    const std::uint32_t roleFirst = a.is(role.firstToken, wc::Determiner) ? role.firstToken + 1 : role.firstToken;
                    role.name = joinTokens(a, roleFirst, nearest - 1);
                    role.endToken = nearest - 1;
                    before = std::move(role);
                    break;
                }
                // ("A spokesman for the Ministry of Forestry, Agus Pranoto,": past the "of" inside a
                // body's name to the role's "for")
                // ("The owner of the bakery on the corner, Marisol Etxeberria,": past a place's
                // preposition to the role's)
                const bool placeOfThing = a.keyIsOneOf(of, "on", "in", "at") && role.valid() && role.kind != SourceKind::Name;
                // ("The chairman of the board of trustees, Raymond Achterberg,": past a body's own "of")
                const bool bodysOf = a.keyIs(of, "of") && a.isLowerWord(of - 1) && a.is(of - 1, wc::OrgNoun) &&
                                     !a.is(of - 1, wc::PersonRole);
                if (!(a.keyIs(of, "of") && of > 0 && a.isCapitalized(of - 1) && a.isCapitalized(of + 1)) && !placeOfThing && !bodysOf)
                    break;
            }
            // ("Henry Clay's biographers, David and Jeanne Heidler,": a named owner's people, not an organisation)
            const bool ownersPeople = before.kind == SourceKind::Name && inner.type == SpeakerType::Person &&
                                      a.isLowerWord(before.endToken - 1) &&
                                      !a.is(before.endToken - 1, wc::OrgNoun | wc::CollectiveSource);
            const bool describesPerson = before.type == SpeakerType::Person || before.kind == SourceKind::RoleNoun || givenName ||
                                         (before.kind == SourceKind::CommonNoun && inner.endToken - inner.firstToken >= 2) ||
                                         ownersPeople;
            const bool describesOrg = before.type == SpeakerType::Organization && inner.type != SpeakerType::Person;
            if (article && describesOrg)
                inner.type = SpeakerType::Organization;
            // ("Its main opponent, the Westbrook Taxpayers Alliance,": a role any named body may hold,
            // when the role opens the sentence)
            // ("Its biggest creditor, the Bank of Arvel,": or a thing's noun that a body may be)
            const bool roleOfNamed = article && before.valid() &&
                                     (before.kind == SourceKind::RoleNoun || before.kind == SourceKind::CommonNoun) &&
                                     before.firstToken == limit && inner.type != SpeakerType::Person;
            // ("Sarvia's state news agency, SNA,": a body's noun before its name)
            // ("The manufacturer of the powder, Brannock Nutrition,": the head before its phrase too)
            const lexicon::WordInfo* headInfo = before.valid() && before.kind == SourceKind::CommonNoun ? lexicon::lookup(before.head) : nullptr;
            const bool bodyHead = headInfo && (headInfo->classes & wc::OrgNoun) && !(headInfo->classes & wc::PersonRole);
            const bool bodyNamed = !article && before.valid() &&
                                   ((a.is(before.endToken - 1, wc::OrgNoun) && !a.is(before.endToken - 1, wc::PersonRole)) || bodyHead) &&
                                   inner.type != SpeakerType::Person;
            // ("The national forecaster, Meteoval,", "The grid operator, Varnet,", "Her sponsor,
            // Kelvane,": a definite description of one, of no known kind, before a one-word name)
            // (not a preposition's object: "speaking in the capital, Harrowmere,")
            const bool theOneDescribed = !article && before.valid() && before.kind == SourceKind::CommonNoun && !before.plural &&
                                         (a.keyIs(before.firstToken, "the") ||
                                          // (a possessive's only opening the subject: not "gave only her first name, Marisol,")
                                          (a.keyIsOneOf(before.firstToken, "her", "his", "its", "their") &&
                                           (before.firstToken == limit || a.token(before.firstToken).has(tokflag::SentenceStart)))) &&
                                         inner.kind == SourceKind::Name &&
                                         !(before.firstToken > limit && a.is(before.firstToken - 1, wc::Preposition));
            // ("The Bishop of Carrow, the Rt. Rev. Edmund Thale,": an office by its title, then its holder)
            if (article && !before.valid() && inner.type == SpeakerType::Person)
                if (SourcePhrase office = sourceBefore(a, nearest - 1, limit);
                    office.kind == SourceKind::Name && office.endToken == nearest - 1 && a.is(office.firstToken, wc::PersonRole) &&
                    a.isCapitalized(office.firstToken))
                    before = std::move(office);
            const bool officeHolder = article && before.valid() && before.kind == SourceKind::Name && inner.type == SpeakerType::Person &&
                                      a.is(before.firstToken, wc::PersonRole) && a.isCapitalized(before.firstToken);
            // (not a preposition's object: "Rosa Kalin, who runs the hotel with her brother, Anton, said")
            // (but "a spokeswoman for the mayor, Dana Welk," is the role's: only prepositions no role is held by)
            // ("who is no relation of the opposition leader, Matteo Ferrante,": an "of" after a thing's noun too)
            // ("A report by the company’s liquidator, Fenwick Rowe Partners,": but a document's author after "by")
            const bool documentBy = before.valid() && before.firstToken > limit + 1 && a.keyIs(before.firstToken - 1, "by") &&
                                    authoredDocumentNoun(a, before.firstToken - 2);
            const bool afterPreposition =
                before.valid() && before.firstToken > limit && !documentBy &&
                (a.keyIsOneOf(before.firstToken - 1, "with", "by", "from", "against", "among", "alongside") ||
                 (a.keyIs(before.firstToken - 1, "of") && before.firstToken > limit + 1 && a.isLowerWord(before.firstToken - 2) &&
                  !a.is(before.firstToken - 2, wc::PersonRole | wc::OrgNoun | wc::CollectiveSource) &&
                  !isGroupNoun(a, before.firstToken - 2) && !isShareWord(a, before.firstToken - 2)));
            // ("Debessay's sponsor, the shoe maker Kelvane,": an owner's partner, then the body's name)
            const bool ownersPartner = !article && before.valid() && before.kind == SourceKind::Name && before.endToken >= 2 &&
                                       isPossessive(a, before.endToken - 2) && a.isLowerWord(before.endToken - 1) &&
                                       inner.type == SpeakerType::Organization;
            // ("Dravenia’s grid operator, Transdrava,": a named owner's one, opening the sentence, then its name)
            const bool ownersOne = !article && before.valid() && before.kind == SourceKind::Name &&
                                   before.endToken >= before.firstToken + 3 && isPossessive(a, before.firstToken + 1) &&
                                   a.isLowerWord(before.endToken - 1) && inner.kind == SourceKind::Name &&
                                   inner.type != SpeakerType::Person &&
                                   (before.firstToken == limit || a.token(before.firstToken).has(tokflag::SentenceStart));
            // ("The jury president, the Sardovan actress Elka Moravcová,", "Its minister, the Rev.
            // Ingeborg Solvang,": a person's role, then its holder with an article and a title or trade)
            const bool personWithArticle = article && inner.type == SpeakerType::Person && !inner.role.empty() &&
                                           inner.kind == SourceKind::Name && describesPerson;
            if (before.valid() && !afterPreposition &&
                (article ? describesOrg || roleOfNamed || officeHolder || personWithArticle
                         : describesPerson || bodyNamed || theOneDescribed || ownersPartner || ownersOne)) {  // "One of his advisers, Tad Devine,"

                // ("One of them, farmer Gareth Pugh,": the share says no role, the words before the name do)
                const bool share = before.head == "them" || before.head == "us";
                if (inner.role.empty())
                    inner.role = share && !modifierRole.empty() ? modifierRole : before.name;
                else if (!share)
                    inner.role = before.name + ", " + inner.role;  // "The university's vice-chancellor, Professor …": both
                if (inner.kind == SourceKind::Name && inner.name.find(' ') == std::string::npos)
                    inner.name += sharedSurname(a, before);
                if (inner.gender == Gender::Unknown && before.type == SpeakerType::Person)
                    inner.gender = before.gender;  // "A spokeswoman for the guild, Nadia Haddad,"
                // (an owner, an operator or a developer may be a company: "The quarry’s owner, Northern
                // Aggregates," stays of unknown type, which "the company" can then be)
                const bool businessRole = before.head == "owner" || before.head == "owners" || before.head == "operator" ||
                                          before.head == "developer" || before.head == "contractor" ||
                                          before.head == "landlord" || before.head == "publisher" || before.head == "sponsor" ||
                                          before.head == "organiser" || before.head == "organizer" || before.head == "promoter";
                if (inner.type == SpeakerType::Unknown && before.type == SpeakerType::Person && !businessRole)
                    inner.type = SpeakerType::Person;
                inner.firstToken = before.firstToken;  // the phrase as written starts with the role
                inner.span.begin = before.span.begin;
                return inner;
            }
        }
    }
    // The furthest comma that has a name before it and an apposition after it.
    SourcePhrase best;
    bool holderWithRole = false;  // (best is a name read with the role before it)
    for (std::uint32_t comma = last; comma > limit && last - comma < 42;) {
        --comma;
        if (!a.isPunct(comma, ','))
            continue;
        // (not inside a role read with its holder: "Pellucid’s co-founder, the animator Keiko …, who …,")
        if (holderWithRole && best.valid() && best.firstToken < comma)
            break;
        if (!isAppositive(a, comma + 1, last))
            continue;
        SourcePhrase named = sourceBefore(a, comma, limit);
        // ("At Keldamar Girls’ High School, head girl Amani Wexford-Nduka, 17, said": a place after
        // the preposition that opens the sentence is no subject)
        if (const std::uint32_t opener = named.valid() && named.firstToken > limit && a.keyIs(named.firstToken - 1, "the")
                                             ? named.firstToken - 1
                                             : named.firstToken;
            named.valid() && placeInOpeningPhrase(a, limit, opener) && a.is(limit, wc::Preposition) && a.isCapitalized(limit)) {
            // ("In May, a federal judge, citing the law, ruled": a time, no speaker; the apposition
            // found after it stands)
            if (a.is(named.firstToken, wc::TimeWord))
                continue;
            // (the phrase after its comma is: "In May, a federal judge, in response to …, ordered")
            if (SourcePhrase subject = sourceBefore(a, last, comma + 1); subject.valid() && subject.firstToken == comma + 1)
                return subject;
            continue;
        }
        // ("The village's mayor, Josef Brandauer, who is not related to the scientist,": the role
        // before the name, as when nothing followed it)
        // ("Pellucid’s co-founder, the animator Keiko Arashiro-Vance, who left …,": a descriptor
        // before the name too)
        std::uint32_t described = named.firstToken;
        while (described > limit + 1 && named.firstToken - described < 4 && a.isLowerWord(described - 1) &&
               !a.is(described - 1, wc::Preposition | wc::Conjunction | wc::Subordinator | wc::Pronoun))
            --described;
        if (described < named.firstToken && !a.is(described, wc::Determiner))
            described = named.firstToken;
        if (named.kind == SourceKind::Name && (named.role.empty() || a.keyIs(named.firstToken, "the")) && described > limit + 1 &&
            a.isPunct(described - 1, ','))
            if (SourcePhrase withRole = appositionBefore(a, comma, limit);
                withRole.kind == SourceKind::Name && withRole.endToken == comma && withRole.firstToken < named.firstToken &&
                !withRole.role.empty() &&
                (withRole.firstToken == limit || a.token(withRole.firstToken).has(tokflag::SentenceStart))) {  // (not "told the chamber, …")
                named = std::move(withRole);
                holderWithRole = true;
            }
        // "The lawmaker, who represents a district in Albay, said": a relative clause describes
        // any noun phrase; the other appositions follow names
        // "The project’s backers, including the American Petroleum Institute, say": members of any group
        // ("Many recent studies, often conducted by …,": an adverb before the participle)
        const std::uint32_t participle = comma + 2 < last && a.isAdverbLike(comma + 1) ? comma + 2 : comma + 1;
        // ("The survey, carried out in May,": a particle between the participle and its phrase)
        const std::uint32_t afterParticiple =
            participle + 2 < last && a.keyIsOneOf(participle + 1, "out", "up", "off", "down") ? participle + 2 : participle + 1;
        const bool relative = a.keyIs(comma + 1, "who") || a.keyIs(comma + 1, "whose") || a.keyIs(comma + 1, "including") ||
                              quantifiedRelativeAt(a, comma + 1, last) ||  // "Orlecki, none of whose novels …,"
                              a.keyIs(comma + 1, "like") ||  // "The biggest hawks, like Rubio and Bush, say"
                              a.keyIs(comma + 1, "which") ||  // "The Alliance for Automotive Innovation, which represents …,"
                              a.keyIs(comma + 1, "where") ||  // "The city of Rotterdam, where her Maas Quarter still houses …,"
                              (afterParticiple < last && a.keyIs(afterParticiple, "by") && a.isLowerWord(participle) &&
                               (a.key(participle).ends_with("ed") || a.is(participle, wc::Verb) ||
                                // ("But a 2022 survey, seen by this newspaper,": an irregular one)
                                a.keyIsOneOf(participle, "seen", "written", "drawn", "taken", "given", "made", "held",
                                             "run", "known", "shown", "sent", "kept", "brought", "paid", "built",
                                             "done", "overseen", "undertaken"))) ||  // "The aides, led by …,"
                              // ("The lawsuit, filed Monday in federal court in Oakland,": when and where)
                              (afterParticiple < last && a.isLowerWord(participle) && a.key(participle).size() > 4 &&
                               a.key(participle).ends_with("ed") && a.is(afterParticiple, wc::Preposition | wc::TimeWord)) ||
                              // ("A senior official, speaking on condition of anonymity, told": a participle of any noun)
                              (a.isLowerWord(participle) && a.key(participle).size() > 5 && a.key(participle).ends_with("ing")) ||
                              // ("The company, in a statement, said", "The water board, in a written response,
                              // insists": where it was said, after any noun)
                              (comma + 3 < last && a.keyIs(comma + 1, "in") && a.keyIsOneOf(comma + 2, "a", "an", "its", "their", "his", "her") &&
                               [&] {
                                   for (std::uint32_t k = comma + 3; k < last && k < comma + 6; ++k)
                                       if (a.keyIsOneOf(k, "statement", "response", "letter", "email", "interview", "reply", "filing",
                                                        "post", "message", "speech", "note", "submission"))
                                           return true;
                                   return false;
                               }()) ||
                              // ("Achterberg, asked whether she wanted the job permanently, said": the question put to her)
                              questionPutAt(a, participle, last);
        // ("A spokesman for Acme, the largest maker of widgets, said": the apposition describes the
        // organisation named inside the phrase; the spokesman spoke)
        bool forName = false;
        if (named.valid() && (named.kind == SourceKind::CommonNoun || named.kind == SourceKind::RoleNoun) &&
            a.isCapitalized(comma - 1))
            for (std::uint32_t k = named.firstToken; k + 1 < comma && !forName; ++k)
                forName = (a.keyIs(k, "for") || a.keyIs(k, "of") || a.keyIs(k, "at")) && a.isCapitalized(k + 1);
        // ("One of them, a recruiter in Austin,", "One resident, a retired nurse,", "One, a retired
        // headteacher,": a person counted or described, then what they are)
        const bool describedOne = a.keyIs(comma + 1, "a") || a.keyIs(comma + 1, "an");
        const bool onePerson = (named.kind == SourceKind::CommonNoun || named.kind == SourceKind::RoleNoun) &&
                               !named.plural && a.is(named.firstToken, wc::QuantityOne) &&
                               (a.keyIs(named.firstToken + 1, "of") || (describedOne && named.type != SpeakerType::Organization));
        // (not "At the mine gate, where relatives have waited since Monday, Mwanaisha Salum said":
        // a place with its relative clause, then the speaker)
        std::uint32_t before = named.firstToken;
        if (before > limit + 1 && a.is(before - 1, wc::Determiner))
            --before;
        bool place = before > limit && a.is(before - 1, wc::Preposition) && !a.keyIs(before - 1, "of");
        // ("A rider from a rival team, who asked not to be named,": a person, then where they are from)
        if (place && relative && a.keyIsOneOf(before - 1, "from", "at", "with", "in", "for")) {
            SourcePhrase person = sourceBefore(a, before - 1, limit);
            if (person.valid() && person.firstToken == limit && !person.plural && person.type != SpeakerType::Organization &&
                (person.kind == SourceKind::CommonNoun || person.kind == SourceKind::RoleNoun)) {
                person.endToken = comma;
                person.span.end = a.token(comma - 1).span.end;
                named = std::move(person);
                place = false;
            }
        }
        // ("A senior aid official in Velden, the Orlesk capital, said": the apposition is the place's)
        const bool placeAside = named.valid() && named.kind != SourceKind::Pronoun && a.isCapitalized(comma - 1) &&
                                describesPlace(a, comma + 1, last);
        // ("The official, a deputy returning officer whom the court allowed to remain anonymous,": the
        // person a definite role names, then what they are)
        // ("A second former employee, an engineer,": or one the article counts by "a")
        const bool rolePersonDescribed = describedOne && !named.plural && named.type == SpeakerType::Person &&
                                         (named.kind == SourceKind::CommonNoun || named.kind == SourceKind::RoleNoun) &&
                                         a.keyIsOneOf(named.firstToken, "the", "a", "an") && !place;
        // ("The senator, 56, argued": a person's role and their age)
        const bool aged = isAgeOrParty(a, comma + 1, last) && !named.plural && named.type == SpeakerType::Person &&
                          (named.kind == SourceKind::RoleNoun || named.kind == SourceKind::CommonNoun);
        const bool describable = named.kind == SourceKind::Name || isProperGroup(a, named) || forName || onePerson ||
                                 rolePersonDescribed || (relative && named.kind != SourceKind::Pronoun && !place) || placeAside ||
                                 aged;
        if (!named.valid() || !describable || named.endToken != comma)
            continue;
        // ("In the southern province of Alvena, where wells ran dry, Tomás Ibarra, who chairs …, said":
        // a place with its relative clause opens the sentence; the speaker comes after it)
        if (place && a.keyIs(comma + 1, "where"))
            continue;
        named.endToken = last;
        named.span.end = a.token(last - 1).span.end;
        if (placeAside) {
            best = std::move(named);
            continue;
        }
        if (forName && named.kind != SourceKind::Name) {
            best = std::move(named);  // (the apposition is the organisation's, not the speaker's)
            continue;
        }
        // (what was done to the noun says nothing of who it is: "The lawsuit, filed by parents,")
        const bool doneTo = a.isLowerWord(comma + 1) && a.key(comma + 1).size() > 4 && a.key(comma + 1).ends_with("ed");
        const std::string role = doneTo ? std::string() : appositiveRole(a, comma + 1, last);
        if (named.role.empty())
            named.role = role;
        // ("The first witness, Dr. Yusuf Koné, the county medical examiner,": a role before the name too)
        else if (!role.empty() && (named.role.find(' ') == std::string::npos || holderWithRole || courtesyTitlesOnly(named.role)) &&
                 role.find(named.role) == std::string::npos)
            named.role += ", " + role;  // ("Professor Alun Marchbank, the vice-chancellor,": the title and the office)
        if (onePerson) {
            // (named by what the apposition calls them: "a recruiter in Austin" is "recruiter")
            std::uint32_t nounFirst = a.is(comma + 1, wc::Determiner) ? comma + 2 : comma + 1, nounEnd = nounFirst;
            while (nounEnd < last && a.isLowerWord(nounEnd) && !a.is(nounEnd, wc::Preposition | kFunctionWords))
                ++nounEnd;
            if (nounEnd > nounFirst)
                named.name = joinTokens(a, nounFirst, nounEnd);
        }
        const bool which = a.keyIs(comma + 1, "which") && bodyByWhich(a, named);
        if (isOrganisationAppositive(a, comma + 1, last) || (which && named.type == SpeakerType::Unknown))
            named.type = SpeakerType::Organization;  // "Halvorsen Foods, the frozen-meals maker,"
        // (not by "which", whatever it names: "Greyfell Terminals, which runs the northern quay," is no person)
        else if (named.type == SpeakerType::Unknown && !isAgeOrParty(a, comma + 1, last) && !doneTo && !a.keyIs(comma + 1, "which"))
            named.type = SpeakerType::Person;
        if (named.type == SpeakerType::Person && named.gender == Gender::Unknown && describedOne)
            named.gender = appositionGender(a, comma + 2, last);  // "Wiratmo, a 45-year-old fisherman,"
        best = std::move(named);
    }
    if (!best.valid() && nearest > limit) {
        // "In Ohio, Gov. John Kasich (R-OH), said": a stray comma between a name and its verb
        SourcePhrase named = afterNearest ? std::move(*afterNearest) : sourceBefore(a, last, nearest);
        if (named.valid() && named.kind == SourceKind::Name && named.firstToken == nearest &&
            named.type == SpeakerType::Person)
            best = std::move(named);
    } else if (!best.valid() && last > limit && a.isPunct(last - 1, ')')) {
        // "Del. Marcia Price (D-Newport News), shouted": the same after a party code
        SourcePhrase named = sourceBefore(a, last, limit);
        if (named.valid() && named.kind == SourceKind::Name && named.endToken == last && named.type == SpeakerType::Person)
            best = std::move(named);
    }
    return best;
}


// "in a televised interview", "on Twitter", "in a statement", "at a rally", "at the time", "in
// the past" ending at `end`: where the phrase starts, or `end` when there is none.
std::uint32_t mediumPhraseBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    static constexpr std::string_view kMedia[] = {"interview", "statement", "speech", "tweet", "tweets", "post",
                                                  "letter", "op-ed", "email", "twitter", "facebook", "television",
                                                  "radio", "debate", "appearance", "video", "conference", "rally",
                                                  "event", "meeting", "hearing", "briefing", "forum", "trail",
                                                  "time", "past"};
    // (a bit per first letter of the media: a word with none of them needs no compare)
    static constexpr std::uint32_t kInitials = [] {
        std::uint32_t bits = 0;
        for (std::string_view m : kMedia)
            bits |= std::uint32_t{1} << (m[0] - 'a');
        return bits;
    }();
    if (end <= limit + 2 || a.key(end - 1).size() < 4)
        return end;  // (no medium is shorter: most words before a cue are ruled out without a compare)
    const char initial = a.key(end - 1)[0];
    if (initial < 'a' || initial > 'z' || !(kInitials & (std::uint32_t{1} << (initial - 'a'))) ||
        std::none_of(std::begin(kMedia), std::end(kMedia), [&](std::string_view m) { return a.keyIs(end - 1, m); }))
        return end;
    for (std::uint32_t k = end - 1; k > limit && end - k <= 5;) {
        --k;
        if (a.keyIs(k, "in") || a.keyIs(k, "on") || a.keyIs(k, "during") || a.keyIs(k, "at"))
            return a.isLowerWord(k) ? k : end;
        // not "Democrats in Iowa who watched the debate said", "on the inquiry beyond the statement"
        if (!a.isWord(k) || a.is(k, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun | wc::Subordinator | wc::Preposition))
            return end;
    }
    return end;
}

// "The judge rubbed his chin", "Both parents stiffened their …": the verb after a subject noun
// (not "the newly elected mayor", where a noun follows the participle).
bool verbAfterSubject(const Analysis& a, std::uint32_t i, std::uint32_t limit)
{
    if (a.is(i, wc::Verb | wc::Auxiliary))
        return true;
    if (!a.isLowerWord(i) || a.key(i).size() <= 4 || !a.key(i).ends_with("ed"))
        return false;
    if (i + 1 >= limit || !isNounLike(a, i + 1) || a.is(i + 1, wc::Determiner | wc::Pronoun | wc::Preposition))
        return true;
    const std::string_view next = a.key(i + 1);  // "doubled down on", "backed off"
    // ("researchers stopped teaching", "staff continued working": a verb and its gerund)
    return next == "down" || next == "up" || next == "out" || next == "off" || next == "back" ||
           (next.size() > 5 && next.ends_with("ing"));
}

std::uint32_t skipBackOverAdverbs(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    while (end > limit) {
        const std::uint32_t k = end - 1;
        // ("Carson, Fiorina and Huckabee have all characterized": a quantifier floated after the auxiliary)
        const bool floated = a.keyIs(k, "all") && k > limit && a.isVerbGroupAdverb(k);
        // "Keel himself has said": an intensifier after its subject is no part of the name
        const bool intensifier = (a.keyIs(k, "himself") || a.keyIs(k, "herself") || a.keyIs(k, "itself") ||
                                  a.keyIs(k, "themselves")) &&
                                 k > limit && (isNameToken(a, k - 1) || isNounLike(a, k - 1));
        // ("has long said", but not the name "Nguyen Van Long said")
        const bool longAdverb = a.keyIs(k, "long") && a.isLowerWord(k);
        const bool adverb = a.isAdverbLike(k) || floated || intensifier || longAdverb || a.keyIs(k, "almost") || a.keyIs(k, "together") ||
                            (a.keyIs(k, "first") && a.isLowerWord(k) && k > limit && !a.is(k - 1, wc::Determiner)) ||  // "Trump first described"
                            (a.keyIs(k, "since") && k > limit && a.is(k - 1, wc::Auxiliary));  // "She has since said"
        // (not the surname of "Theresa May said", nor "With the concerns, Will believes …": a
        // capitalised modal before a verb in -s is a name)
        const bool nameNotModal = a.isCapitalized(k) && isNameToken(a, k) &&
                                  (a.is(k, wc::TimeWord) || (!a.token(k).has(tokflag::SentenceStart) && end < a.tokenCount() &&
                                                             a.isLowerWord(end) && a.key(end).ends_with("s")));
        const bool auxiliary = (a.is(k, wc::Auxiliary) && !a.isPunct(k, ',') && !nameNotModal) ||
                               a.key(k).ends_with("n't");  // "doesn't"
        if (a.keyIs(k, "to") && k >= limit + 2 && a.keyIs(k - 1, "on") && a.keyIs(k - 2, "went")) {
            end = k - 2;  // "Bryne went on to say"
            continue;
        }
        if (a.keyIs(k, "to") && k >= limit + 1 && (a.keyIs(k - 1, "continued") || a.keyIs(k - 1, "proceeded"))) {
            end = k - 1;
            continue;
        }
        const bool year = isYear(a, k);
        const bool period = a.keyIs(k, "week") || a.keyIs(k, "weekend") || a.keyIs(k, "month") || a.keyIs(k, "year") ||
                            a.keyIs(k, "morning") || a.keyIs(k, "afternoon") || a.keyIs(k, "evening") || a.keyIs(k, "night");
        if (k >= limit + 2 && (a.is(k, wc::TimeWord) || period || year) &&
            (a.keyIs(k - 1, "on") || a.keyIs(k - 1, "in") || a.keyIs(k - 1, "last") || a.keyIs(k - 1, "this") ||
             a.keyIs(k - 1, "earlier") || a.keyIs(k - 1, "later"))) {
            end = k - 1;  // "Axelrod on Wednesday called on …", "Sanders last week said …", "later Thursday"
            continue;
        }
        // ("A ministry report published the same day found": a day named by "the same")
        if ((period || a.keyIs(k, "day")) && k >= limit + 4 && a.keyIs(k - 1, "same") && a.keyIs(k - 2, "the") &&
            a.isLowerWord(k - 3) && a.key(k - 3).ends_with("ed")) {
            end = k - 2;
            continue;
        }
        if (period && k >= limit + 3 && a.keyIs(k - 1, "past") && (a.keyIs(k - 2, "this") || a.keyIs(k - 2, "the"))) {
            end = k - 2;  // "Priebus, the GOP chairman, this past week announced"
            continue;
        }
        if (a.keyIs(k, "time") && k >= limit + 3 && a.keyIs(k - 2, "the") &&
            (a.keyIs(k - 1, "first") || a.keyIs(k - 1, "second") || a.keyIs(k - 1, "third") || a.keyIs(k - 1, "last"))) {
            end = k >= limit + 4 && a.keyIs(k - 3, "for") ? k - 3 : k - 2;  // "the report for the first time cited"
            continue;
        }
        if ((a.keyIs(k, "both") || a.keyIs(k, "all") || a.keyIs(k, "each")) && k > limit && a.isLowerWord(k) &&
            (isNounLike(a, k - 1) || a.is(k - 1, wc::Pronoun) || isNameToken(a, k - 1) || a.isPunct(k - 1, ')') ||
             a.isPunct(k - 1, 0x2014)) &&
            !a.is(k - 1, wc::Determiner)) {
            // "Republican establishment figures both suggested", "they all said", "Bob Goodlatte (R-Va.)
            // both condemned", "figures — whose party … — both suggested": a floating quantifier
            end = k;
            continue;
        }
        if (period && k >= limit + 3 && a.is(k - 1, wc::TimeWord) && (a.keyIs(k - 2, "on") || a.keyIs(k - 2, "late") ||
                                                                     a.keyIs(k - 2, "early"))) {
            end = k - 2;  // "Parents on Thursday evening said"
            continue;
        }
        if (k >= limit + 1 && a.is(k, wc::TimeWord) && isWeekday(a.key(k)) && a.isCapitalized(k - 1) && !a.is(k - 1, wc::TimeWord)) {
            end = k;  // "Priebus Thursday told …"
            continue;
        }
        if (a.isPunct(k, ',') && k > limit + 2) {
            const std::uint32_t open = discourseAsideBefore(a, k, limit);
            if (open < k) {
                end = open;  // "Humphrey, for example, said", "Cook, however, says"
                continue;
            }
        }
        if (!adverb && !auxiliary) {
            if (const std::uint32_t pp = mediumPhraseBefore(a, end, limit); pp < end) {
                end = pp;  // "Stumpf in a televised interview appeared to blame …"
                continue;
            }
            break;
        }
        end = k;
    }
    return end;
}


// A phrase at token i that opens a clause after a comma, "the" aside: "…, the UN mission said".
bool afterComma(const Analysis& a, std::uint32_t i)
{
    if (i > 0 && a.keyIs(i - 1, "the"))
        --i;
    return i > 0 && a.isPunct(i - 1, ',');
}

// The preposition that opens the modifier ending at `from`: "on" in "experts on North Korea and
// nuclear nonproliferation". Returns `from` when the words before it are no such modifier.
std::uint32_t modifierPrepositionBefore(const Analysis& a, std::uint32_t from, std::uint32_t limit)
{
    static constexpr std::string_view kModifiers[] = {"for", "of", "to", "at", "from", "on", "in", "with", "around",
                                                      "across", "within", "inside", "near", "close", "between", "among",
                                                      "about", "behind"};
    std::uint32_t i = from;
    while (i > limit + 1 && from - i < 8) {
        const std::uint32_t k = i - 1;
        if (a.is(k, wc::Preposition) || a.keyIs(k, "close")) {
            for (std::string_view m : kModifiers)
                if (a.keyIs(k, m) && a.isLowerWord(k))
                    return k;
            return a.keyIs(k, "by") && k > limit && authoredDocumentNoun(a, k - 1) ? k : from;
        }
        const bool inside = isNameToken(a, k) || isNounLike(a, k) || a.keyIs(k, "and") || a.is(k, wc::Determiner) ||
                            a.token(k).kind == TokenKind::Number || isPossessive(a, k) || isPluralApostrophe(a, k);  // "Gates' work"
        // ("familiar with talks between the two governments": a verb's form right after a preposition is a noun)
        const bool nounAfterPreposition = k > limit && a.isLowerWord(k) && a.is(k - 1, wc::Preposition) &&
                                          !a.is(k, wc::Auxiliary | wc::Pronoun | wc::Subordinator | wc::Preposition);
        if (!inside || (a.is(k, wc::Cue | wc::Verb | wc::Auxiliary | wc::Pronoun | wc::Subordinator) && !nounAfterPreposition))
            return from;
        i = k;
    }
    return from;
}

// A word of a phrase of time after a participle: "on Sunday night", "last month", "in 2016".
bool isWhenWord(const Analysis& a, std::uint32_t k)
{
    return a.is(k, wc::TimeWord) || a.keyIs(k, "on") || a.keyIs(k, "in") || a.keyIs(k, "last") || a.keyIs(k, "this") ||
           a.keyIs(k, "earlier") || a.keyIs(k, "week") || a.keyIs(k, "month") || a.keyIs(k, "year") || a.keyIs(k, "today") ||
           a.keyIs(k, "yesterday") || a.keyIs(k, "night") || a.keyIs(k, "morning") || a.keyIs(k, "afternoon") ||
           a.keyIs(k, "evening") || a.token(k).kind == TokenKind::Number;
}

// "A Reuters/Ipsos poll released Friday shows", "a study published in May found": a noun
// phrase, then a participle and when or where it appeared.
SourcePhrase participleModifiedBefore(const Analysis& a, std::uint32_t last, std::uint32_t limit)
{
    for (std::uint32_t k = last; k > limit + 1 && last - k < 5;) {
        --k;
        const std::string_view w = a.key(k);
        if (a.isLowerWord(k) && w.size() > 4 && w.ends_with("ed") && !a.is(k, wc::Auxiliary | wc::Preposition)) {
            if (k == last - 1)
                return {};  // "the poll released shows": nothing said when, more likely a verb
            SourcePhrase p = phraseBefore(a, k, limit);
            if (p.valid() && p.kind != SourceKind::Pronoun && p.endToken == k)
                return p;
            return {};
        }
        if (!isWhenWord(a, k))
            return {};  // ("disclosures filed on Sunday night revealed": when goes between)
    }
    return {};
}

// "Democrats in Iowa who watched the Saturday debate said", "Protesters marching through the
// streets chanted": the phrase before "who" or a participle, with the clause that tells which.
SourcePhrase restrictiveRelativeBefore(const Analysis& a, std::uint32_t last, std::uint32_t limit)
{
    if (last > limit && a.is(last - 1, wc::Conjunction))
        return {};  // "brought up the Oklahoma City bombing and later said": a second verb, no clause
    // ("A man charged with stabbing a bartender told", "A woman arrested after the attack told": a
    // person opening the clause, then a participle in -ed and its preposition, is who)
    for (std::uint32_t k = limit + 2; k + 2 < last && k < limit + 6; ++k) {
        if (a.token(k).kind != TokenKind::Word)
            break;
        if (!(a.isLowerWord(k) && a.key(k).size() > 4 && a.key(k).ends_with("ed") && a.is(k + 1, wc::Preposition) &&
              !a.is(k, wc::Auxiliary | wc::Preposition)))
            continue;
        bool clauseOnly = true;  // (no punctuation before the cue: not "…, she told")
        for (std::uint32_t j = k + 1; j < last && clauseOnly; ++j)
            clauseOnly = a.token(j).kind != TokenKind::Punct && a.token(j).kind != TokenKind::QuoteMark;
        if (SourcePhrase p = phraseBefore(a, k, limit);
            clauseOnly && p.valid() && p.kind != SourceKind::Pronoun && p.endToken == k && p.type == SpeakerType::Person &&
            !p.plural && a.is(p.firstToken, wc::Determiner) && p.firstToken == limit) {
            p.endToken = last;
            p.span.end = a.token(last - 1).span.end;
            return p;
        }
        break;
    }
    for (std::uint32_t k = last; k > limit + 1 && last - k < 14;) {
        --k;
        // ("has stopped using software that scans essays after an internal review found": a
        // subordinator opens a clause whose subject is a document, a person or a body)
        if (k + 2 < last && a.isLowerWord(k) && a.keyIsOneOf(k, "after", "before", "until", "because", "when", "once", "since")) {
            const SourcePhrase subject = phraseBefore(a, last, k + 1);
            // (a name too: "The new signing collapsed after the Valdorian League ruled")
            if (subject.valid() && (subject.firstToken == k + 1 || (subject.firstToken == k + 2 && a.keyIs(k + 1, "the"))) &&
                subject.kind != SourceKind::Pronoun &&
                (authoredDocumentNoun(a, last - 1) || subject.type != SpeakerType::Unknown || subject.kind == SourceKind::Name))
                return {};
        }
        // (a report of its own ends the search, but not "officials who spoke with The Huffington
        // Post said": speaking with someone reports nothing)
        // (nor "a neighbour who asked not to be named said": a request for anonymity)
        if (a.token(k).kind == TokenKind::Punct || a.token(k).kind == TokenKind::QuoteMark ||
            (a.is(k, wc::Cue) && a.word(k)->cueForm != CueForm::Gerund && (a.word(k)->cueFlags & cueflag::Strong) &&
             !(a.word(k)->lemma == "speak" && k + 1 < last && (a.keyIs(k + 1, "with") || a.keyIs(k + 1, "to"))) &&
             !(a.word(k)->lemma == "ask" && k + 3 < last && a.keyIs(k + 1, "not") && a.keyIs(k + 2, "to") && a.keyIs(k + 3, "be"))))
            return {};
        // "Protesters marching through the streets chanted": a participle works like "who"
        // (not a noun in -ing before its verb: "The new signing has collapsed")
        // (nor a noun in -ing after an adjective or an article: "the regional mining authority said")
        const bool participle = a.isLowerWord(k) && a.str(k).size() > 5 && a.str(k).ends_with("ing") &&
                                !a.is(k, wc::Cue | wc::Preposition) && !(k + 1 < last && a.is(k + 1, wc::Auxiliary)) &&
                                !(k > limit && (a.is(k - 1, wc::Determiner) || isAdjectiveLike(a, k - 1)));
        // ("organizations that have endorsed him say": "that" with its verb right after it)
        // ("the union that represents workers", "a dog that mauled a boy": after a noun, "that" and a
        // word in -s or -ed are a relative clause too)
        // (not "the limit that economists generally consider": a plural subject, its verb after it)
        // (k + 1 may be `last`, the text's end: looked at only when a word stands there)
        const bool verbForm = k + 2 < last && a.key(k + 1).size() > 3 && (a.key(k + 1).ends_with("s") || a.key(k + 1).ends_with("ed")) &&
                              !a.key(k + 1).ends_with("ss") &&
                              !a.is(k + 1, wc::Determiner | wc::Pronoun | wc::Preposition | wc::PersonRole | wc::CollectiveSource) &&
                              !(a.word(k + 1) && a.word(k + 1)->plural) && k + 2 < last &&
                              !a.isAdverbLike(k + 2) && !a.is(k + 2, wc::Verb | wc::Cue | wc::Auxiliary);
        const bool subjectThat = k + 1 < last && a.keyIs(k, "that") && a.isLowerWord(k + 1) &&
                                 (a.is(k + 1, wc::Auxiliary | wc::Verb | wc::Cue) ||
                                  (verbForm && k > limit && (isNounLike(a, k - 1) || isNameToken(a, k - 1))));
        if (!a.keyIs(k, "who") && !participle && !subjectThat)
            continue;
        if (k + 1 == last)
            return {};
        SourcePhrase p = phraseBefore(a, k, limit);
        // ("a third of suburban women who watched it told": a share of a group, read whole)
        if ((!p.valid() || p.endToken != k) && k > limit + 2 && a.keyIs(k, "who"))
            if (SourcePhrase share = sourceBefore(a, k, limit);
                share.valid() && share.kind != SourceKind::Pronoun && share.endToken == k)
                p = std::move(share);
        if (!p.valid() || p.kind == SourceKind::Pronoun || p.endToken != k)
            return {};
        p.endToken = last;
        p.span.end = a.token(last - 1).span.end;
        return p;
    }
    return {};
}

}  // namespace

// ", for example," or ", however," before `comma`: the opening comma, or `comma` when there is
// no such aside.
std::uint32_t discourseAsideBefore(const Analysis& a, std::uint32_t comma, std::uint32_t limit)
{
    static constexpr std::string_view kAsides[] = {"for example", "for instance", "however", "in turn", "though",
                                                   "meanwhile", "in fact", "of course", "instead", "likewise",
                                                   "too", "in particular", "in response", "for his part",
                                                   "for her part", "for their part", "in contrast", "by contrast",
                                                   "for one", "at least", "in short", "once again"};
    // Compared word by word with the tokens' lower-case keys: this runs for every comma before a
    // cue, so it builds no strings.
    const auto matches = [&](std::string_view aside, std::uint32_t open) {
        std::uint32_t t = open;
        while (!aside.empty()) {
            const std::size_t space = aside.find(' ');
            const std::string_view word = aside.substr(0, space);
            if (t >= comma || !a.isWord(t) || a.key(t) != word)
                return false;
            ++t;
            aside = space == std::string_view::npos ? std::string_view{} : aside.substr(space + 1);
        }
        return t == comma;
    };
    for (std::uint32_t open = comma - 1; open > limit && comma - open <= 4; --open) {
        if (!a.isPunct(open - 1, ','))
            continue;
        for (std::string_view aside : kAsides)
            if (matches(aside, open))
                return open - 1;
        return comma;
    }
    return comma;
}

namespace {

// Two phrases joined by "and" as one plural source: "Jeb Bush and Chris Christie".
SourcePhrase joinedGroup(const Analysis& a, const SourcePhrase& first, const SourcePhrase& second)
{
    // ("Food and Drug Administration", "Dunmere Fire and Rescue Service": capitalised words with no
    // given name before "and" and an organisation's name after it are one organisation)
    const auto givenNameIn = [&](const SourcePhrase& p) {
        for (std::uint32_t i = p.firstToken; i < p.endToken; ++i)
            if (a.is(i, wc::FirstName | wc::Honorific))
                return true;
        return false;
    };
    if (first.kind == SourceKind::Name && second.kind == SourceKind::Name && first.type == SpeakerType::Unknown &&
        second.type == SpeakerType::Organization && first.endToken + 1 == second.firstToken &&
        first.endToken - first.firstToken <= 2 && a.isCapitalized(second.firstToken) && first.role.empty() &&
        second.role.empty() && !givenNameIn(first)) {
        SourcePhrase body = second;
        body.firstToken = first.firstToken;
        body.span.begin = first.span.begin;
        body.name = first.name + " and " + second.name;
        return body;
    }
    // ("Health and Human Services Secretary Sylvia Burwell", "Ports and Shipping Minister Nuru
    // Halvorsen": a portfolio's words before "and" belong to the title of the person after it; not
    // "Warren and Senator Bernie Sanders", where a role word opens the second title)
    // (a bare body's noun may open it: "Police and Crime Commissioner")
    const bool portfolioWords = first.kind == SourceKind::Name ||
                                (first.kind == SourceKind::RoleNoun && first.type == SpeakerType::Organization);
    if (portfolioWords && second.kind == SourceKind::Name && first.endToken + 1 == second.firstToken &&
        first.endToken - first.firstToken <= 2 && first.role.empty() && first.type != SpeakerType::Person &&
        !givenNameIn(first) &&
        // (or the office alone: "The Police and Crime Commissioner for Wexcombe, Mr Gideon Farrant-Obi,")
        ((!second.role.empty() && second.type == SpeakerType::Person) ||
         (second.role.empty() && !hasGivenName(a, second) && a.is(second.endToken - 1, wc::PersonRole) &&
          !a.is(second.endToken - 1, wc::OrgNoun) && a.isCapitalized(second.endToken - 1))) &&
        a.isCapitalized(second.firstToken) && !a.is(second.firstToken, wc::PersonRole | wc::Honorific) &&
        !a.keyIsOneOf(second.firstToken, "deputy", "acting", "former", "vice", "assistant", "junior", "shadow",
                      "senior", "chief", "interim", "new", "outgoing", "incoming")) {
        bool capitalized = true;
        for (std::uint32_t i = first.firstToken; i < first.endToken; ++i)
            capitalized = capitalized && a.isCapitalized(i) && !isPossessive(a, i);
        if (capitalized) {
            SourcePhrase titled = second;
            titled.firstToken = first.firstToken;
            titled.span.begin = first.span.begin;
            if (!second.role.empty()) {
                titled.role = first.name + " and " + second.role;
                return titled;
            }
            // (the office alone names whoever holds it, as "The Commissioner" does)
            titled.kind = SourceKind::RoleNoun;
            titled.type = SpeakerType::Person;
            titled.name = first.name + " and " + second.name;
            titled.role = titled.name;
            titled.head = std::string(a.key(second.endToken - 1));
            return titled;
        }
    }
    // ("Brightwater president and CEO Rosalind Achterberg": two roles of the one person named after
    // them, the second an initialism; not "the president and Senator Ruth Bell", two people)
    if (second.kind == SourceKind::Name && second.type == SpeakerType::Person && !second.role.empty() &&
        a.is(second.firstToken, wc::PersonRole) && a.token(second.firstToken).has(tokflag::AllCaps) &&
        first.endToken + 1 == second.firstToken && !first.plural &&
        first.type == SpeakerType::Person && a.isLowerWord(first.endToken - 1) && a.is(first.endToken - 1, wc::PersonRole) &&
        !hasGivenName(a, first)) {
        SourcePhrase titled = second;
        titled.firstToken = first.firstToken;
        titled.span.begin = first.span.begin;
        titled.role = first.name + " and " + second.role;
        return titled;
    }
    SourcePhrase group;
    group.kind = SourceKind::CommonNoun;
    group.firstToken = first.firstToken;
    group.endToken = second.endToken;
    group.span = {first.span.begin, second.span.end};
    group.name = std::string(a.text().substr(group.span.begin, group.span.size()));
    group.head = second.head.empty() ? lower(second.name) : second.head;
    group.plural = true;
    group.type = first.type == second.type ? second.type : SpeakerType::Unknown;
    return group;
}

// "Carson, Fiorina and Huckabee have all characterized": the first of the names listed before
// `name`, each after a comma, with nothing before the first but the sentence's start; `name`
// itself when no such list opens the sentence.
SourcePhrase firstListedName(const Analysis& a, const SourcePhrase& name, std::uint32_t limit)
{
    SourcePhrase listed = name;
    for (std::uint32_t comma = name.firstToken > limit + 1 ? name.firstToken - 1 : limit;
         comma > limit && comma + 1 == listed.firstToken && a.isPunct(comma, ',');) {
        const SourcePhrase item = phraseBefore(a, comma, limit);
        if (!item.valid() || item.kind != SourceKind::Name || item.endToken != comma)
            break;
        listed = item;
        if (item.firstToken <= limit + 1 || !a.isPunct(item.firstToken - 1, ','))
            break;
        comma = item.firstToken - 1;
    }
    const bool opens = listed.firstToken == limit || a.token(listed.firstToken).has(tokflag::SentenceStart);
    return listed.firstToken != name.firstToken && opens ? listed : name;
}

SourcePhrase phraseBeforeCue(const Analysis& a, std::uint32_t end, std::uint32_t limit);
void takeRoleInAppositionBefore(const Analysis& a, SourcePhrase& p, std::uint32_t limit);
void takeArticleRoleBefore(const Analysis& a, SourcePhrase& p, std::uint32_t limit);
void takePlaceGovernment(const Analysis& a, SourcePhrase& p);
SourcePhrase documentOwner(const Analysis& a, std::uint32_t noun, std::uint32_t first);

}  // namespace

namespace {

// The phrase before a cue that ends at token `end`, stretched over `tail`, the phrase after it:
// "a supporter of Clinton" in "Sen. Kristen Gillibrand (D-NY), a supporter …", "Another
// intelligence source" in "… speaking to Fox News". None when no phrase ends there.
SourcePhrase stretchedOver(const Analysis& a, std::uint32_t end, std::uint32_t limit, const SourcePhrase& tail)
{
    SourcePhrase head = phraseBeforeCue(a, end, limit);
    if (!head.valid() || head.endToken != end)
        return {};
    head.endToken = tail.endToken;
    head.span.end = tail.span.end;
    return head;
}

}  // namespace

namespace {

// "none of the scholars I interviewed this week thought", "voters we spoke to said": a clause
// with no "that" after the source's noun says who the writer met; the noun before it is the
// source. The noun's last token, or `end` when no such clause ends at `end`.
std::uint32_t contactClauseHead(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    for (std::uint32_t v = end; v > limit + 2 && end - v < 5;) {
        --v;
        if (!a.isLowerWord(v) && !isWhenWord(a, v))
            return end;
        const std::string_view w = a.key(v);
        const bool past = (w.size() > 3 && w.ends_with("ed")) || a.keyIsOneOf(v, "met", "spoke", "saw", "heard", "knew", "found");
        if (!past || a.is(v, wc::Auxiliary | wc::Preposition))
            continue;
        std::uint32_t pronoun = v - 1, head = v - 2;
        // ("A survey the charity published in March found": a body by its noun writing its document)
        if (v >= limit + 4 && a.keyIs(v - 2, "the") && a.isLowerWord(v - 1) && !a.is(v - 1, wc::Auxiliary | wc::Pronoun) &&
            authoredDocumentNoun(a, v - 3)) {
            pronoun = v - 2;
            head = v - 3;
        } else if (!a.keyIsOneOf(pronoun, "i", "we", "they", "he", "she", "you") &&
                   !(a.keyIs(pronoun, "it") && authoredDocumentNoun(a, head))) {
            return end;  // ("A survey it published last year found": a body's own document)
        }
        for (std::uint32_t k = v + 1; k < end; ++k)
            if (!isWhenWord(a, k) && !a.keyIsOneOf(k, "to", "with"))
                return end;  // (only a time or "spoke to" between the verb and the cue)
        const bool noun = a.isWord(head) && !a.is(head, wc::Pronoun | wc::Determiner | wc::Preposition | wc::Conjunction |
                                                           wc::Auxiliary | wc::Verb | wc::Cue | wc::Subordinator);
        return noun ? head + 1 : end;
    }
    return end;
}

}  // namespace

SourcePhrase sourceBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    if (const std::uint32_t head = contactClauseHead(a, end, limit); head != end)
        if (SourcePhrase source = phraseBeforeCue(a, head, limit); source.valid() && source.endToken == head)
            return source;
    // "A confidential memo, seen by the Harwick Sentinel, warns", "A report …, published last month,
    // found": a participle's phrase between commas describes the subject before it
    if (end > limit + 4 && a.isPunct(end - 1, ',')) {
        std::uint32_t open = end - 2;
        while (open > limit + 1 && end - open < 24 && !a.isPunct(open, ','))
            --open;
        const std::uint32_t participle = open + 1;
        const std::string_view w = a.key(participle);
        const bool pastParticiple = a.isLowerWord(participle) && !a.is(participle, wc::Auxiliary | wc::Pronoun) &&
                                    ((w.size() > 4 && w.ends_with("ed")) ||
                                     a.keyIsOneOf(participle, "seen", "written", "shown", "given", "taken", "known",
                                                  "drawn", "sent", "signed", "led", "held", "read", "made", "paid", "sold", "won"));
        // ("A letter from Bishop Augustine Mbeki, read aloud at the end of Mass, said": an adverb first)
        // ("The review, carried out by the university’s office, found": a particle first)
        const std::uint32_t afterParticiple =
            participle + 2 < end - 1 && (a.isAdverbLike(participle + 1) || a.keyIsOneOf(participle + 1, "out", "up")) &&
                    a.is(participle + 2, wc::Preposition)
                ? participle + 2
                : participle + 1;
        // (a participle with its agent or time, not a role: "Its organiser, retired teacher Joan Miller,")
        // ("The study, by the Fenwright Centre, found": a document's author alone, too)
        const bool author = a.keyIs(participle, "by") && open > limit && authoredDocumentNoun(a, open - 1);
        // ("The survey, the third since 2004, found": a noun phrase with no verb or name of its own
        // describes the subject that opens the sentence)
        bool describes = a.keyIsOneOf(participle, "the", "a", "an") && participle + 2 < end - 1;
        for (std::uint32_t k = participle + 1; describes && k + 1 < end; ++k)
            describes = !a.is(k, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun) && !a.isPunct(k, ',') &&
                        !a.isCapitalized(k) &&  // (a name there is the subject's: "The teachers’ union, the Fenwick Education Association,")
                        !a.keyIsOneOf(k, "who", "which", "that") && !(a.isLowerWord(k) && a.key(k).ends_with("ed"));
        if (a.isPunct(open, ',') && participle + 1 < end - 1 &&
            ((pastParticiple && (a.is(afterParticiple, wc::Preposition) || isWhenWord(a, participle + 1))) || author ||
             (describes && open > limit && !isNameToken(a, open - 1)))) {
            SourcePhrase subject = phraseBeforeCue(a, open, limit);
            // ("A letter from Bishop Augustine Mbeki, read aloud …, said": the writer of the document
            // that opens the sentence, as without the aside)
            const std::uint32_t from = subject.valid() ? subject.firstToken : limit;
            // ("A survey of 9,200 members by the association, published in September, found": the
            // document's "of" phrase between it and its author)
            std::uint32_t document = from >= limit + 2 ? from - 2 : limit;
            for (std::uint32_t k = document; k > limit && document - k < 5 && !a.isPunct(k, ','); --k)
                if (a.keyIs(k, "of") && authoredDocumentNoun(a, k - 1)) {
                    document = k - 1;
                    break;
                }
            const bool writerOfDocument = from >= limit + 2 && a.keyIsOneOf(from - 1, "from", "by") &&
                                          (authoredDocumentNoun(a, document) || a.keyIsOneOf(document, "statement", "message", "email")) &&
                                          (document == limit || (document - 1 == limit && a.is(limit, wc::Determiner)));
            // ("A letter to authors, seen by the Gazette, states": the document, not whom it went to)
            if (subject.valid() && from >= limit + 2 && a.keyIs(from - 1, "to") && authoredDocumentNoun(a, from - 2) &&
                (from - 2 == limit || (from - 3 == limit && a.is(limit, wc::Determiner))))
                if (SourcePhrase letter = phraseBeforeCue(a, from - 1, limit); letter.valid() && letter.firstToken == limit)
                    subject = std::move(letter);
            // ("The National Water Office’s latest outlook, published on Friday, warned": a name's "The" is no part of it)
            const bool opens = subject.firstToken == limit || (subject.firstToken == limit + 1 && a.keyIs(limit, "the"));
            if (subject.valid() && subject.kind != SourceKind::Pronoun && (opens || writerOfDocument)) {
                subject.endToken = end - 1;  // (as written, the aside included)
                subject.span.end = a.token(end - 2).span.end;
                return subject;
            }
        }
    }
    SourcePhrase p = phraseBeforeCue(a, end, limit);
    // "Sen. Kristen Gillibrand (D-NY), a supporter of Clinton's bid told host Chris Cuomo": an
    // apposition whose closing comma is missing describes the person named before it
    if (p.valid() && (p.kind == SourceKind::CommonNoun || p.kind == SourceKind::RoleNoun) && p.firstToken > limit + 1 &&
        a.isPunct(p.firstToken - 1, ',') && a.is(p.firstToken, wc::Determiner) && !a.isCapitalized(p.firstToken) &&
        !p.plural) {  // ("Mrs. Clinton, these people said, would …": many describe no one person; they speak)
        SourcePhrase named = stretchedOver(a, p.firstToken - 1, limit, p);
        // (the name opens its clause: not "As for Mr. Kim, the staff letter noted", "Led by Speaker
        // Melissa Mark-Viverito, the rally denounced", "to visit her daughter Esther, the church posted")
        const bool opensClause = named.valid() && (named.firstToken <= limit || a.isPunct(named.firstToken - 1, ',') ||
                                                   a.token(named.firstToken - 1).kind == TokenKind::QuoteMark ||
                                                   a.is(named.firstToken - 1, wc::Conjunction));
        // ("filed by Marguerite Oyarzun, a retired court stenographer who said": a relative "who" ties the
        // description to the name, wherever the name stands)
        const bool relativeWho = p.endToken > p.firstToken && a.keyIs(p.endToken - 1, "who");
        if ((opensClause || relativeWho) && named.kind == SourceKind::Name && named.type == SpeakerType::Person) {
            if (named.role.empty())
                named.role = p.name;
            return named;
        }
    }
    // "Another intelligence source speaking to Fox News said": the one who spoke, not who heard it
    if (p.valid() && p.kind == SourceKind::Name && p.firstToken > limit + 2 && a.keyIs(p.firstToken - 1, "to") &&
        (a.keyIs(p.firstToken - 2, "speaking") || a.keyIs(p.firstToken - 2, "talking")))
        if (SourcePhrase speaker = stretchedOver(a, p.firstToken - 2, limit, p); speaker.kind == SourceKind::CommonNoun)
            return speaker;
    // "intelligence reports seen by Reuters suggest": the documents speak, not who has seen them
    const bool the = p.valid() && p.firstToken > limit + 3 && a.keyIs(p.firstToken - 1, "the");
    const std::uint32_t by = the ? p.firstToken - 2 : p.firstToken - 1;
    if (p.valid() && p.kind == SourceKind::Name && p.firstToken > limit + 2 && by > limit + 1 && a.keyIs(by, "by")) {
        // ("A budget memo obtained last month by the Westbrook Ledger listed": a time between them)
        std::uint32_t participle = by - 1;
        while (participle > limit + 1 && by - participle < 4 && isWhenWord(a, participle))
            --participle;
        if (a.keyIs(participle, "seen") || a.keyIs(participle, "obtained") || a.keyIs(participle, "reviewed"))
            if (SourcePhrase documents = stretchedOver(a, participle, limit, p); documents.valid() && documents.kind != SourceKind::Pronoun)
                return documents;
    }
    // ("The mother of a man killed by a single punch said": the agent of a participle that
    // describes a noun of the subject, which opens the clause, is not the subject)
    if (p.valid() && p.firstToken >= limit + 3 && a.keyIs(p.firstToken - 1, "by") && a.isLowerWord(p.firstToken - 2) &&
        a.key(p.firstToken - 2).size() > 4 && a.key(p.firstToken - 2).ends_with("ed") && a.isWord(p.firstToken - 3) &&
        !a.is(p.firstToken - 3, wc::Auxiliary | wc::Pronoun | wc::Preposition | wc::Determiner) && !a.isPunct(p.firstToken - 3, ','))
        if (SourcePhrase subject = stretchedOver(a, p.firstToken - 2, limit, p);
            subject.valid() && subject.kind != SourceKind::Pronoun && subject.kind != SourceKind::Name &&
            (subject.firstToken == limit || a.isPunct(subject.firstToken - 1, ',')))
            return subject;
    // ("A Saint Verrin Gazette review last year found": a name's document speaks for the name)
    if (p.valid() && p.kind == SourceKind::Name && p.endToken > p.firstToken + 1 && authoredDocumentNoun(a, p.endToken - 1) &&
        a.isCapitalized(p.endToken - 2))
        if (SourcePhrase author = sourceBefore(a, p.endToken - 1, limit);
            author.valid() && author.kind == SourceKind::Name && author.endToken == p.endToken - 1) {
            author.endToken = p.endToken;
            author.span.end = p.span.end;
            if (author.type == SpeakerType::Unknown)
                author.type = SpeakerType::Organization;
            return author;
        }
    // (the phrase amended where it is: passed through by value, it was moved three times a call)
    takeArticleRoleBefore(a, p, limit);
    takePlaceGovernment(a, p);
    return p;
}

namespace {

// "The city of Rotterdam", "the state of Ohio": the place's government, named by the place.
void takePlaceGovernment(const Analysis& a, SourcePhrase& p)
{
    if (!p.valid() || (p.kind != SourceKind::CommonNoun && p.kind != SourceKind::RoleNoun) || p.endToken < p.firstToken + 3)
        return;
    static constexpr std::string_view kPlaces[] = {"city", "town", "village", "county", "state", "province", "borough",
                                                   "municipality"};
    std::uint32_t head = p.firstToken;
    if (a.is(head, wc::Determiner))
        ++head;
    if (head + 2 >= p.endToken || !a.keyIs(head + 1, "of") ||
        std::find(std::begin(kPlaces), std::end(kPlaces), a.key(head)) == std::end(kPlaces) || !isNameToken(a, head + 2))
        return;
    std::uint32_t nameEnd = head + 2;
    while (nameEnd < p.endToken && isNameToken(a, nameEnd))
        ++nameEnd;
    p.kind = SourceKind::Name;
    p.name = joinTokens(a, head + 2, nameEnd);
    p.role = std::string(a.key(head));
    p.type = SpeakerType::Organization;
}

// "The rapper Dev Malik", "the technology website Bytewire": lower-case role words between an
// article and a name say who or what the name is, and belong to the phrase.
void takeArticleRoleBefore(const Analysis& a, SourcePhrase& p, std::uint32_t limit)
{
    if (!p.valid() || p.kind != SourceKind::Name || !p.role.empty() || p.firstToken < limit + 2)
        return;
    // ("The rock band the Lamplighters": a name that takes its own article)
    const bool nameArticle = p.firstToken >= limit + 3 && a.keyIs(p.firstToken - 1, "the") && a.isLowerWord(p.firstToken - 1) &&
                             a.isLowerWord(p.firstToken - 2) && a.is(p.firstToken - 2, wc::PersonRole | wc::OrgNoun);
    const std::uint32_t head = nameArticle ? p.firstToken - 2 : p.firstToken - 1;
    if (!a.isLowerWord(head) || !a.is(head, wc::PersonRole | wc::OrgNoun) || a.is(head, wc::Cue | wc::Verb))
        return;
    std::uint32_t first = head;
    while (first > limit + 1 && head - first < 3 && a.isLowerWord(first - 1) && !a.is(first - 1, kFunctionWords | wc::Determiner) &&
           !a.is(first - 1, wc::Cue) && !isPossessive(a, first - 1))
        --first;
    if (!a.keyIs(first - 1, "the") && !a.keyIs(first - 1, "a") && !a.keyIs(first - 1, "an"))
        return;  // (not "as chief executive Anders Holm …": only an article opens such a phrase)
    p.role = joinTokens(a, first, head + 1);
    if (p.type == SpeakerType::Unknown)
        p.type = a.is(head, wc::PersonRole) ? SpeakerType::Person : SpeakerType::Organization;
    p.firstToken = first - 1;
    p.span.begin = a.token(first - 1).span.begin;
}

}  // namespace

namespace {

SourcePhrase phraseBeforeCue(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    const std::uint32_t last = skipBackOverAdverbs(a, end, limit);  // (found once: the rules below start there too)
    // ("Halbury’s said", "Saint Brendan’s said in a statement": a shop's or a hospital's name in the
    // possessive, with no noun after it, is the name)
    if (last > limit + 1 && last == end && isPossessive(a, last - 1) && a.keyIsOneOf(last - 1, "'s", "’s") &&
        isRunToken(a, last - 2) && a.isCapitalized(last - 2)) {
        SourcePhrase named = interpretRun(a, runStartBefore(a, last - 1, limit), last - 1);
        if (named.valid() && named.kind == SourceKind::Name && named.type != SpeakerType::Person && named.role.empty()) {
            named.name += std::string(a.str(last - 1));
            named.endToken = last;
            named.span.end = a.token(last - 1).span.end;
            named.type = SpeakerType::Organization;
            return named;
        }
    }
    // ("the charity that operates it said": a pronoun that is the object of a relative clause's verb)
    if (last > limit + 3 && a.keyIsOneOf(last - 1, "it", "them", "him", "her") && a.isLowerWord(last - 2) &&
        !a.is(last - 2, wc::Preposition | wc::Auxiliary) && a.keyIsOneOf(last - 3, "that", "who"))
        if (SourcePhrase relative = restrictiveRelativeBefore(a, last, limit); relative.valid())
            return relative;
    if (last > limit && a.is(last - 1, wc::Conjunction))
        return {};  // "went on a rant about her fiance and also hinted": the subject is the first verb's
    if (last > limit + 1 && (a.keyIs(last - 1, "who") || a.keyIs(last - 1, "which")) && a.isPunct(last - 2, ',')) {
        // "Jeb Bush and Chris Christie, who say …": the relative pronoun stands for the phrase before it
        SourcePhrase antecedent = sourceBefore(a, last - 2, limit);
        if (!antecedent.valid() || antecedent.kind == SourceKind::CommonNoun || antecedent.kind == SourceKind::RoleNoun) {
            // "Alex Mercer, an independent security researcher, who said": the name before the apposition
            SourcePhrase named = sourceBefore(a, last - 1, limit);
            if (named.valid() && named.kind == SourceKind::Name)
                antecedent = std::move(named);
        }
        if (antecedent.valid() && antecedent.kind == SourceKind::Name)
            takeRoleInAppositionBefore(a, antecedent, limit);
        if (antecedent.valid() && antecedent.type == SpeakerType::Unknown && a.keyIs(last - 1, "which") &&
            bodyByWhich(a, antecedent))
            antecedent.type = SpeakerType::Organization;
        if (antecedent.valid() && antecedent.kind != SourceKind::Pronoun) {
            antecedent.endToken = last;
            antecedent.span.end = a.token(last - 1).span.end;
            return antecedent;
        }
        return {};
    }
    // ("An internal review completed in the summer found", "A council report published alongside the
    // decision found": a document, its participle and the participle's phrase, opening the clause)
    for (std::uint32_t k = last; k > limit + 2 && last - k < 10; --k) {
        const std::uint32_t part = k - 1;
        if (!a.isWord(part) || a.is(part, wc::Cue | wc::Auxiliary | wc::Pronoun) || a.keyIsOneOf(part, "that", "which", "who"))
            break;
        if (!a.isLowerWord(part) || a.key(part).size() <= 4 || !a.key(part).ends_with("ed") || !authoredDocumentNoun(a, part - 1) ||
            part + 2 >= last || !a.is(part + 1, wc::Preposition))
            continue;
        if (SourcePhrase document = phraseEndingAt(a, part, limit);
            document.valid() && document.kind != SourceKind::Pronoun && document.endToken == part &&
            (document.firstToken == limit || a.token(document.firstToken).has(tokflag::SentenceStart))) {
            document.endToken = last;
            document.span.end = a.token(last - 1).span.end;
            return document;
        }
        break;
    }
    const bool speech = end < a.tokenCount() && a.word(end) && (a.word(end)->cueFlags & cueflag::Speech) &&
                        !(a.word(end)->cueFlags & cueflag::Stance);
    if (speech && last > limit + 1 && (a.keyIs(last - 1, "who") || a.keyIs(last - 1, "that") || a.keyIs(last - 1, "which")) &&
        !a.isPunct(last - 2, ',')) {
        // "… to Republicans who say …", "compared with 23 percent who said …", "a message that said
        // …": the relative pronoun and what it stands for. (Not as the sentence's subject: "Voters
        // who say … were divided" goes on to its own verb, which no rule here finds.)
        SourcePhrase antecedent = sourceBefore(a, last - 1, limit);
        // ("black listeners to his radio program who said": the people before a thing's phrase)
        if (antecedent.valid() && antecedent.kind == SourceKind::CommonNoun && antecedent.type != SpeakerType::Person &&
            !antecedent.plural && antecedent.firstToken > limit + 2 && a.is(antecedent.firstToken - 1, wc::Preposition)) {
            SourcePhrase people = sourceBefore(a, antecedent.firstToken - 1, limit);
            if (people.valid() && people.plural && people.kind != SourceKind::Pronoun &&
                people.endToken == antecedent.firstToken - 1) {
                people.endToken = antecedent.endToken;
                people.span.end = antecedent.span.end;
                antecedent = std::move(people);
            }
        }
        if (antecedent.valid() && antecedent.kind != SourceKind::Pronoun && antecedent.endToken == last - 1 &&
            antecedent.firstToken > limit + 1) {
            antecedent.endToken = last;
            antecedent.span.end = a.token(last - 1).span.end;
            return antecedent;
        }
    }
    SourcePhrase p = phraseEndingAt(a, last, limit);  // (phraseBefore(a, end, limit), its adverbs skipped already)
    // ("A council survey published in January found": with its time skipped, a participle in -ed
    // ends the phrase read; the document is the noun before it, and the phrase as written runs on)
    // (a name read over the participle too: "A Kestrel Insight poll published on Tuesday found")
    if (p.valid() && (p.kind == SourceKind::CommonNoun || p.kind == SourceKind::Name) && p.endToken == last && last < end &&
        last > p.firstToken + 1 && a.isLowerWord(last - 1) && a.key(last - 1).size() > 4 && a.key(last - 1).ends_with("ed") &&
        !a.is(last - 1, wc::Auxiliary | wc::PersonRole))
        if (SourcePhrase document = phraseEndingAt(a, last - 1, limit);
            document.valid() && document.kind != SourceKind::Pronoun && document.endToken == last - 1) {
            std::uint32_t when = last;  // (to the end of the time, not over an auxiliary: "… on Monday has found")
            while (when < end && (isWhenWord(a, when) || a.keyIsOneOf(when, "the", "same", "day")))
                ++when;
            document.endToken = when;
            document.span.end = a.token(when - 1).span.end;
            // ("A Kestrel Insight poll published …": the name before its document is who wrote it)
            const std::uint32_t noun = last - 2;
            if (document.kind == SourceKind::Name && noun > document.firstToken && authoredDocumentNoun(a, noun) &&
                a.isCapitalized(noun - 1))
                document.name = joinTokens(a, a.is(document.firstToken, wc::Determiner) ? document.firstToken + 1 : document.firstToken, noun);
            p = std::move(document);
        }
    if (!p.valid())
        p = participleModifiedBefore(a, last, limit);
    // ("Democrats who voted for Obama now say": a name after a preposition is its object)
    // (after "the" too: "officials who spoke with The Huffington Post said")
    const std::uint32_t beforeName = p.valid() && p.firstToken > limit + 1 && a.keyIs(p.firstToken - 1, "the") ? p.firstToken - 1
                                                                                                             : p.firstToken;
    const bool objectOfPreposition = p.valid() && p.kind == SourceKind::Name && beforeName > limit &&
                                     a.is(beforeName - 1, wc::Preposition) && !a.keyIs(beforeName - 1, "of");
    if (!p.valid() || p.kind == SourceKind::CommonNoun || p.kind == SourceKind::RoleNoun || objectOfPreposition) {
        // "Democrats who watched the debate said": not the debate
        SourcePhrase relative = restrictiveRelativeBefore(a, last, limit);
        if (relative.valid())
            p = std::move(relative);
    }
    if (p.valid() && p.kind != SourceKind::Pronoun && p.firstToken >= limit + 2 &&
        (a.keyIs(p.firstToken - 1, "and") || a.keyIs(p.firstToken - 1, "or"))) {
        // "Jeb Bush and Chris Christie say", "Miller and some civil rights advocates said": a group
        SourcePhrase first = phraseBefore(a, p.firstToken - 1, limit);
        // not "copied on the AP's questions and Gates said", "demanded a recount and the mayor said":
        // a thing before a speaker is no co-speaker (but "polls and surveys show")
        const std::uint32_t firstHead = first.valid() ? first.endToken - 1 : 0;
        const bool objectOfVerb = first.valid() && !first.plural && first.firstToken > limit &&
                                  a.isLowerWord(first.firstToken - 1) && a.is(first.firstToken - 1, wc::Cue | wc::Verb);
        const bool thingBeforeName = first.valid() && (p.kind == SourceKind::Name || objectOfVerb) &&
                                     first.type != SpeakerType::Person && first.kind != SourceKind::Pronoun &&
                                     a.isLowerWord(firstHead) &&
                                     !a.is(firstHead, wc::PersonRole | wc::OrgNoun | wc::CollectiveSource);
        // "she and another reporter said": a subject pronoun may open the group
        const bool subjectPronoun = first.kind == SourceKind::Pronoun &&
                                    (a.keyIs(first.firstToken, "he") || a.keyIs(first.firstToken, "she") ||
                                     a.keyIs(first.firstToken, "they") || a.keyIs(first.firstToken, "we"));
        // ("The Union’s leader and the likely next prime minister, Benedikt Asante-Rugova,": two roles
        // of one person, named in apposition to the second)
        if (first.valid() &&
            (first.kind == SourceKind::RoleNoun || first.kind == SourceKind::CommonNoun ||
             (first.kind == SourceKind::Name && a.isLowerWord(first.endToken - 1) && a.is(first.endToken - 1, wc::PersonRole))) &&
            !first.plural &&
            first.type == SpeakerType::Person && first.endToken == p.firstToken - 1 && p.kind == SourceKind::Name &&
            p.type == SpeakerType::Person && !p.role.empty() && a.is(p.firstToken, wc::Determiner)) {
            SourcePhrase person = p;
            person.firstToken = first.firstToken;
            person.span.begin = first.span.begin;
            person.role = first.name + " and " + p.role;
            return person;
        }
        if (first.valid() && (first.kind != SourceKind::Pronoun || subjectPronoun) && first.endToken == p.firstToken - 1 &&
            !thingBeforeName) {
            return joinedGroup(a, first.kind == SourceKind::Name ? firstListedName(a, first, limit) : first, p);
        }
    }
    // "a spokeswoman for the ministry", "an aide to Trump", "experts on North Korea and nuclear
    // nonproliferation", "observers in Virginia and around the country": the speaker, described
    // by whom they serve or what they know
    if (p.valid() && p.kind == SourceKind::Pronoun)
        return p;
    std::uint32_t from = p.valid() ? p.firstToken : last;
    SourcePhrase located;  // a body's name before "at" or "in" and the place it is in
    for (int level = 0; level < 3; ++level) {
        const std::uint32_t prep = modifierPrepositionBefore(a, from, limit);
        if (prep == from)
            break;
        // "people familiar with the matter", "sources close to the campaign": an adjective that takes the
        // preposition stands after the head
        const bool postAdjective = prep > limit + 1 && (a.keyIs(prep - 1, "familiar") || a.keyIs(prep - 1, "close") ||
                                                        a.keyIs(prep - 1, "knowledgeable") || a.keyIs(prep - 1, "briefed") ||
                                                        a.keyIs(prep - 1, "loyal") || a.keyIs(prep - 1, "opposed") ||
                                                        a.keyIs(prep - 1, "sympathetic") || a.keyIs(prep - 1, "privy"));
        // ("the general in charge of the program": a phrase that takes "of" after the head too)
        const bool inCharge = a.keyIs(prep, "of") && prep > limit + 3 && a.keyIs(prep - 1, "charge") && a.keyIs(prep - 2, "in");
        SourcePhrase head = phraseBefore(a, inCharge ? prep - 2 : postAdjective ? prep - 1 : prep, limit);
        // ("Hilde Strasser of the charity Open Valleys": a name of two words or three, no body's, of
        // an organisation is someone who works there)
        if (head.valid() && head.kind == SourceKind::Name && head.type == SpeakerType::Unknown && a.keyIs(prep, "of") &&
            head.endToken == prep && head.endToken - head.firstToken >= 2 && head.endToken - head.firstToken <= 3 &&
            !a.is(prep - 1, wc::OrgNoun | wc::PlaceWord) && p.valid() && p.kind == SourceKind::Name &&
            p.type == SpeakerType::Organization)
            head.type = SpeakerType::Person;
        const bool speakerHead = head.valid() && head.kind != SourceKind::Pronoun &&
                                 (head.type == SpeakerType::Person ||
                                  (a.classes(prep - 1) & (wc::PersonRole | wc::CollectiveSource)) || postAdjective ||
                                  (inCharge && a.is(head.endToken - 1, wc::PersonRole)) ||
                                  (a.keyIs(prep, "of") && a.is(prep - 1, wc::OrgNoun)) ||  // "the county board of elections"
                                  (a.keyIs(prep, "of") && isGroupNoun(a, prep - 1)) ||  // "a wide array of economists"
                                  (a.keyIs(prep, "by") && authoredDocumentNoun(a, prep - 1)) ||  // "a report by the legal service"
                                  (a.keyIs(prep, "from") && evidenceNoun(a, prep - 1)) ||  // "figures from the statistics office"
                                  (a.keyIs(prep, "of") && authoredDocumentNoun(a, prep - 1)) ||  // "a survey of 1,000 voters"
                                  (a.keyIs(prep, "behind") && a.is(prep - 1, wc::OrgNoun | wc::PersonRole)));  // "the developer behind the scheme"
        // "Tillingham director of rugby Shaun Maddox", "head of communications Jane Doe": a role whose
        // "of" takes a lower-case field, then the name of who holds it
        bool field = speakerHead && p.valid() && p.kind == SourceKind::Name && p.type != SpeakerType::Organization &&
                     a.keyIs(prep, "of") && a.is(prep - 1, wc::PersonRole) && prep + 1 < p.firstToken;
        for (std::uint32_t t = prep + 1; field && t < p.firstToken; ++t)
            field = a.isLowerWord(t) && !a.is(t, wc::Determiner | wc::Pronoun);
        if (field) {
            const std::uint32_t roleFirst = a.is(head.firstToken, wc::Determiner) ? head.firstToken + 1 : head.firstToken;
            p.role = joinTokens(a, roleFirst, p.firstToken) + (p.role.empty() ? "" : " " + p.role);
            p.firstToken = head.firstToken;
            p.span.begin = head.span.begin;
            p.type = SpeakerType::Person;
            return p;
        }
        // ("The Halvean embassy in Tarsk later said": a body and where it sits, not the place)
        if (head.valid() && head.kind != SourceKind::Pronoun && (a.keyIs(prep, "in") || a.keyIs(prep, "at")) &&
            a.is(prep - 1, wc::OrgNoun) && !a.is(prep - 1, wc::PersonRole) && p.valid() && p.kind == SourceKind::Name &&
            p.type != SpeakerType::Person && p.gender == Gender::Unknown &&
            (head.firstToken <= limit + 1 || (afterComma(a, head.firstToken) && head.type != SpeakerType::Person &&
                                              head.gender == Gender::Unknown))) {
            // (or after a comma: "…, the UN Stabilisation Mission in Corvenia said.")
            // (a body's name in capitals takes its place: "the UN Stabilisation Mission in Corvenia")
            if (head.kind == SourceKind::Name && head.type != SpeakerType::Person && a.isCapitalized(prep - 1) &&
                a.keyIs(prep, "in"))
                head.name = joinTokens(a, head.firstToken, p.endToken);
            head.endToken = p.endToken;
            head.span.end = p.span.end;
            return head;
        }
        if (speakerHead && (a.keyIs(prep, "by") || (a.keyIs(prep, "from") && evidenceNoun(a, prep - 1))) && p.valid() &&
            p.kind == SourceKind::Name) {
            // ("A study by the Institute for Urban Economics found": the named author speaks through it)
            // ("A 2023 study by the Centre for Local Journalism at Harwick University": the body, not where it is)
            if (located.valid()) {
                located.endToken = p.endToken;
                located.span.end = p.span.end;
                p = std::move(located);
            }
            p.firstToken = head.firstToken;
            p.span.begin = head.span.begin;
            return p;
        }
        if (level == 0 && (a.keyIs(prep, "at") || a.keyIs(prep, "in")) && head.valid() && head.kind == SourceKind::Name &&
            head.endToken == prep && head.type != SpeakerType::Person && p.valid() && p.kind == SourceKind::Name)
            for (std::uint32_t t = head.firstToken; t < head.endToken && !located.valid(); ++t)
                if (a.isCapitalized(t) && a.is(t, wc::OrgNoun) && !a.is(t, wc::PersonRole))
                    located = head;
        if (speakerHead) {
            head.endToken = p.valid() ? p.endToken : last;
            head.span.end = a.token(head.endToken - 1).span.end;
            // ("The chairman of the board of trustees": a role of a body whose own name has its "of")
            if (const std::uint32_t outer = level < 2 && a.keyIs(prep, "of") && a.is(prep - 1, wc::OrgNoun)
                                                ? modifierPrepositionBefore(a, head.firstToken, limit)
                                                : head.firstToken;
                outer != head.firstToken && a.keyIs(outer, "of") && outer > limit && a.isLowerWord(outer - 1) &&
                a.is(outer - 1, wc::PersonRole)) {
                from = head.firstToken;
                p = std::move(head);
                continue;
            }
            // ("a study by scientists at Brennan State University found": who wrote the document it names)
            if (level < 2 && head.firstToken > limit + 2 && a.keyIs(head.firstToken - 1, "by") &&
                authoredDocumentNoun(a, head.firstToken - 2)) {
                from = head.firstToken;
                p = std::move(head);
                continue;
            }
            if (head.kind == SourceKind::Name && head.type == SpeakerType::Person && a.keyIs(prep, "of")) {
                // "Tobias Brandt of the research firm Kestrel Insight": the person named, and whom they work for
                // (to the comma of a relative clause: "of the charity Open Valleys, which runs …")
                std::uint32_t affiliationEnd = prep + 1;
                while (affiliationEnd < head.endToken && !a.isPunct(affiliationEnd, ','))
                    ++affiliationEnd;
                const std::string affiliation = joinTokens(a, a.keyIs(prep + 1, "the") ? prep + 2 : prep + 1, affiliationEnd);
                head.role = head.role.empty() ? affiliation : head.role + ", " + affiliation;  // "Det. Insp., Dunmore police"
                return head;
            }
            if (head.kind == SourceKind::Name && head.type == SpeakerType::Person && !head.plural && head.firstToken + 1 < prep &&
                (a.keyIs(prep, "in") || a.keyIs(prep, "at") || a.keyIs(prep, "from")))
                return head;  // "Judge Adrienne Kessler of the Bankruptcy Court in Greyhaven": still the person named
            std::uint32_t nameFirst = head.firstToken;
            if (a.is(nameFirst, wc::Determiner) && !a.isCapitalized(nameFirst + 1))
                ++nameFirst;
            // ("led … Laura Bush, to vouch": the infinitive's "to" is in the mention, not the name)
            std::uint32_t nameEnd = head.endToken;
            if (prep + 1 == nameEnd && a.keyIs(prep, "to"))
                for (nameEnd = prep; nameEnd > nameFirst + 1 && a.isPunct(nameEnd - 1, ',');)
                    --nameEnd;
            head.name = joinTokens(a, nameFirst, nameEnd);
            // ("the 61-year-old former mayor of Orlesk": an age still points at whoever was just named)
            head.kind = head.descriptor ? SourceKind::RoleNoun : SourceKind::CommonNoun;
            return head;
        }
        from = prep;
    }
    // ("A hand recount in Ambrose County confirmed": a place after "in" is the object of the
    // preposition; the noun before it is the subject, when it opens the sentence)
    if (objectOfPreposition && a.keyIs(beforeName - 1, "in") && beforeName - 1 > limit)
        if (SourcePhrase thing = stretchedOver(a, beforeName - 1, limit, p);
            thing.valid() && thing.kind == SourceKind::CommonNoun && thing.firstToken == limit &&
            a.is(thing.firstToken, wc::Determiner))
            return thing;
    return p;
}

SourcePhrase phraseBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    return phraseEndingAt(a, skipBackOverAdverbs(a, end, limit), limit);
}

// phraseBefore, from where skipBackOverAdverbs stopped: the phrase that ends right before `end`.
// (phraseBeforeCue has skipped the adverbs already: skipping them again cost a second pass of
// the rules over the same words.)
SourcePhrase phraseEndingAt(const Analysis& a, std::uint32_t end, std::uint32_t limit)
{
    if (end <= limit)
        return {};
    const std::uint32_t last = end - 1;
    if ((a.keyIs(last, "them") || a.keyIs(last, "us") || a.keyIs(last, "whom")) && last > limit && a.keyIs(last - 1, "of"))
        return quantityBefore(a, end, limit);  // "most of them said", "many of whom say"
    if (a.is(last, wc::Pronoun) && !a.keyIs(last, "you")) {  // "I" too: memoirs and columns
        SourcePhrase p = oneWordPhrase(a, last, SourceKind::Pronoun);
        p.gender = a.word(last)->gender;
        p.plural = a.word(last)->plural;
        return p;
    }
    if (a.isPunct(last, ')')) {
        // "Rep. Gwen Moore (D-Wis.) said": the parenthesis belongs to the phrase before it (a
        // description too: "Sen. Chris Murphy (a Connecticut Democrat so boyish he …) says").
        std::uint32_t open = last;
        while (open > limit && last - open < 24 && !a.isPunct(open, '('))
            --open;
        if (!a.isPunct(open, '(') || open <= limit)
            return {};
        SourcePhrase inner = sourceBefore(a, open, limit);
        if (inner.valid() && inner.endToken == open) {
            inner.endToken = end;
            inner.span.end = a.token(last).span.end;
        }
        return inner.endToken == end ? inner : SourcePhrase{};
    }
    if (a.isPunct(last, ',') && last > limit) {
        if (SourcePhrase known = knownAsBefore(a, last, limit); known.valid())
            return known;
        return appositionBefore(a, last, limit);
    }
    if (a.token(last).kind == TokenKind::QuoteMark && last > limit + 1 && a.isPunct(last - 1, ',')) {
        // "Humphrey, who calls Trump a “sociopath,” said": the apposition's comma inside a quotation's close
        SourcePhrase p = appositionBefore(a, last - 1, limit);
        if (p.valid() && p.endToken == last - 1) {
            p.endToken = last + 1;
            p.span.end = a.token(last).span.end;  // the quotation whole, its closing mark too
        }
        return p;
    }
    if (isDash(a, last) && last > limit + 1) {
        // "Kall -- co-editor of a book on the debates -- said": an apposition between dashes
        std::uint32_t open = last - 1;
        while (open > limit && last - open < 40 && !isDash(a, open))
            --open;
        if (!isDash(a, open) || open == limit || open + 1 >= last)
            return {};
        // (a relative clause may hold a report of its own: "Trump - who previously said he would … - said")
        for (std::uint32_t i = open + 1; i < last && !a.keyIs(open + 1, "who"); ++i)
            if (a.is(i, wc::Cue) && (a.word(i)->cueFlags & cueflag::Strong) && a.word(i)->cueForm != CueForm::Gerund)
                return {};  // "-- he said --": an attribution of its own, not a description
        SourcePhrase named = sourceBefore(a, open, limit);
        if (!named.valid() || named.kind != SourceKind::Name || named.endToken != open)
            return {};
        if (named.role.empty())
            named.role = appositiveRole(a, open + 1, last);
        if (named.type == SpeakerType::Unknown)
            named.type = SpeakerType::Person;
        named.endToken = end;
        named.span.end = a.token(last).span.end;
        return named;
    }
    if ((standsAlone(a, last) && a.is(last, wc::SentenceStarter)) || (a.keyIs(last, "one") && a.token(last).has(tokflag::SentenceStart)))
        return quantityBefore(a, end, limit);  // "Several said …", "One said …" opening a sentence
    if (a.token(last).has(tokflag::SentenceStart) && evidenceNoun(a, last)) {
        // "Video shows that …", "Records show …": evidence as a source, capitalised only by its position
        SourcePhrase p = oneWordPhrase(a, last, SourceKind::CommonNoun);
        p.plural = a.key(last).ends_with("s");
        return p;
    }
    if (isRunToken(a, last)) {
        const std::uint32_t first = runStartBefore(a, end, limit);
        if (first < end)
            return capitalisedRoleAfterThe(a, first, end, limit) ? definiteCapitalisedRole(a, first, end)
                                                                 : interpretRun(a, first, end);
        return {};
    }
    return shareOfGroup(a, nounBefore(a, end, limit), limit);
}

// The person a name run [nameFirst, nameEnd) names after a role written in [roleFirst, roleEnd):
// the phrase starts at `begin`; the role goes before one the name brings ("former secretary of
// state" + "Hillary Clinton") when `prependRole`, else only stands in for a missing one. Invalid
// unless the run is a name and no organisation's.
SourcePhrase namedAfterRole(const Analysis& a, std::uint32_t begin, std::uint32_t roleFirst, std::uint32_t roleEnd,
                            std::uint32_t nameFirst, std::uint32_t nameEnd, bool prependRole)
{
    SourcePhrase person = nameEnd > nameFirst ? interpretRun(a, nameFirst, nameEnd) : SourcePhrase{};
    if (!person.valid() || person.kind != SourceKind::Name || person.type == SpeakerType::Organization)
        return {};
    if (person.role.empty())
        person.role = joinTokens(a, roleFirst, roleEnd);
    else if (prependRole)
        person.role = joinTokens(a, roleFirst, roleEnd) + " " + person.role;
    person.type = SpeakerType::Person;
    person.firstToken = begin;
    person.span.begin = a.token(begin).span.begin;
    return person;
}

}  // namespace

// After a role that ends at `roleEnd`, ", Jason Miller" with nothing but punctuation after the
// name: the person who speaks, with the role. Invalid otherwise.
SourcePhrase nameAfterRole(const Analysis& a, std::uint32_t begin, std::uint32_t roleEnd, std::uint32_t limit)
{
    if (roleEnd + 1 >= limit || !a.isPunct(roleEnd, ',') || !isRunToken(a, roleEnd + 1))
        return {};
    const std::uint32_t nameEnd = runEndAfter(a, roleEnd + 1, limit);
    if (nameEnd < limit && a.token(nameEnd).kind != TokenKind::Punct)
        return {};
    return namedAfterRole(a, begin, a.is(begin, wc::Determiner) ? begin + 1 : begin, roleEnd, roleEnd + 1, nameEnd, false);
}

// "…, said a neighbour, who gave only his first name, Dennis.": the name the described source gave.
void takeGivenNameAfter(const Analysis& a, SourcePhrase& p, std::uint32_t limit)
{
    const std::uint32_t k = p.endToken;
    if (!p.valid() || p.kind == SourceKind::Name || p.kind == SourceKind::Pronoun || p.plural || k + 6 >= limit ||
        !a.isPunct(k, ',') || !a.keyIs(k + 1, "who") || !a.keyIs(k + 2, "gave"))
        return;
    std::uint32_t comma = k + 3;
    while (comma < limit && comma < k + 8 && !a.isPunct(comma, ','))
        ++comma;
    if (comma + 1 >= limit || !a.isPunct(comma, ',') || !(a.keyIs(comma - 1, "name") || a.keyIs(comma - 1, "names")))
        return;
    SourcePhrase named = sourceAfter(a, comma + 1, limit);
    if (!named.valid() || named.kind != SourceKind::Name || named.firstToken != comma + 1 ||
        (named.endToken < limit && !a.isPunct(named.endToken, ',') && !a.isPunct(named.endToken, '.')))
        return;
    named.role = p.name;
    if (named.type == SpeakerType::Unknown)
        named.type = SpeakerType::Person;
    if (named.gender == Gender::Unknown)
        named.gender = p.gender;
    named.firstToken = p.firstToken;
    named.span.begin = p.span.begin;
    p = std::move(named);
}

// "said the head of the union.", "said the auditor in charge of the review, Prof. Elif Demirtas":
// a prepositional phrase to the clause's end describes the person who spoke, whom a name after
// it may name. (Only a person's role, before a definite place or body: not "reporters on a
// conference call", "the finding in an email", "one of the paramedics".)
void takeDescriptionAfter(const Analysis& a, SourcePhrase& p, std::uint32_t limit)
{
    const std::uint32_t i = p.endToken;
    if (!p.valid() || i + 1 >= limit || !a.keyIsOneOf(i, "of", "at", "in", "for", "on") || p.type != SpeakerType::Person ||
        (p.kind != SourceKind::RoleNoun && p.kind != SourceKind::CommonNoun) || !a.is(i - 1, wc::PersonRole) ||
        a.is(i + 1, wc::Pronoun) || a.keyIsOneOf(i + 1, "a", "an"))
        return;
    std::uint32_t k = i;
    while (k < limit && k - i < 10 && a.isWord(k) &&
           (a.keyIsOneOf(k, "of", "at", "in", "for", "on") || a.is(k, wc::Determiner) || isNounLike(a, k) || isRunToken(a, k) ||
            a.token(k).has(tokflag::Possessive)))
        ++k;
    if (k <= i + 1 || a.is(k - 1, wc::Preposition | wc::Determiner) || (k < limit && a.token(k).kind != TokenKind::Punct))
        return;
    if (SourcePhrase person = p.plural ? SourcePhrase{} : nameAfterRole(a, p.firstToken, k, limit); person.valid()) {
        p = std::move(person);
        return;
    }
    p.endToken = k;
    p.span.end = a.token(k - 1).span.end;
    p.name = joinTokens(a, a.is(p.firstToken, wc::Determiner) ? p.firstToken + 1 : p.firstToken, k);
}

SourcePhrase invertedSourceAfter(const Analysis& a, std::uint32_t begin, std::uint32_t limit)
{
    SourcePhrase p = sourceAfter(a, begin, limit);
    takeGivenNameAfter(a, p, limit);
    takeDescriptionAfter(a, p, limit);
    const std::uint32_t join = p.endToken;
    if (!p.valid() || p.kind == SourceKind::Pronoun || join + 2 > limit || !a.keyIs(join, "and"))
        return p;
    SourcePhrase second = a.keyIs(join + 1, "others") ? nounBefore(a, join + 2, join + 1)
                                                     : sourceAfter(a, join + 1, limit);
    if (!second.valid() || second.firstToken != join + 1 || second.kind == SourceKind::Pronoun ||
        (second.endToken < limit && a.token(second.endToken).kind != TokenKind::Punct))
        return p;
    return joinedGroup(a, p, second);
}

// "denies murdering Thomas Ashdown": a lower-case word in -ing before a name or an article is a
// verb with its object, not a role ("said outgoing Mayor Ann Reyes": a few such words describe).
bool gerundWithObject(const Analysis& a, std::uint32_t i, std::uint32_t limit)
{
    if (i + 1 >= limit || !a.isLowerWord(i) || !a.key(i).ends_with("ing") || a.is(i, wc::PersonRole | wc::RoleModifier) ||
        !(a.isCapitalized(i + 1) || a.is(i + 1, wc::Determiner | wc::Pronoun)))
        return false;
    return !a.keyIsOneOf(i, "leading", "visiting", "outgoing", "incoming", "ruling", "governing", "presiding",
                         "founding", "reigning", "sitting", "retiring", "serving", "dissenting");
}

SourcePhrase documentAuthor(const Analysis& a, const SourcePhrase& document, std::uint32_t limit)
{
    std::uint32_t k = document.firstToken;
    if (a.is(k, wc::Determiner))
        ++k;
    for (; k + 2 < document.endToken && k < document.firstToken + 5; ++k) {
        if (!a.keyIs(k + 1, "by") || !authoredDocumentNoun(a, k))
            continue;
        SourcePhrase author = sourceAfter(a, k + 2, limit);
        // (the name must end the author: not "the Senate" of "the Senate's legal service")
        const std::uint32_t after = author.endToken;
        // (or a participle of when it came out: "a survey by the Keweni Marine Institute released on Tuesday")
        const bool whole = after >= limit || a.keyIsOneOf(after, "that", "which", "who") || a.is(after, wc::Preposition) ||
                           a.isPunct(after, ',') ||
                           (a.isLowerWord(after) && a.key(after).size() > 4 && a.key(after).ends_with("ed") &&
                            !a.is(after, wc::Cue | wc::Auxiliary));
        if (!author.valid() || author.kind != SourceKind::Name || author.firstToken > k + 3 || !whole)
            break;  // (the issuer may still be named further on)
        author.firstToken = document.firstToken;
        author.span = document.span;
        author.endToken = document.endToken;
        return author;
    }
    // ("guidance issued by the Ministry of Education", "data from the research group Savanna Deal
    // Tracker": a document or its figures, then who issued them)
    for (std::uint32_t k = document.firstToken; k < document.firstToken + 3 && k < limit; ++k) {
        // ("a news release from the state Office of Early Learning", "a fiscal note prepared by the
        // Legislative Budget Office": by its name; "a press release issued by the company" is
        // left to the resolver, which knows which company)
        const bool release = a.isLowerWord(k) && a.keyIsOneOf(k, "release", "releases", "note", "notes", "announcement");
        if (authoredDocumentNoun(a, k) || evidenceNoun(a, k) || a.keyIsOneOf(k, "guidance", "guidelines", "statement", "statements") ||
            release ||
            // ("final results published on Sunday by the Referendum Commission": an election's count)
            (a.isLowerWord(k) && a.keyIsOneOf(k, "results", "returns", "tally", "count", "projections")) ||
            // ("a petition filed by the Virelle Innocence Clinic", "the opinion of the Lisvane Court of Appeals")
            (a.isLowerWord(k) && a.keyIsOneOf(k, "petition", "lawsuit", "complaint", "opinion", "ruling", "judgment")))
            if (SourcePhrase issuer = authorOfDocumentAt(a, k);
                issuer.valid() && issuer.endToken <= limit && (!release || issuer.kind == SourceKind::Name)) {
                issuer.firstToken = document.firstToken;
                issuer.span = document.span;
                issuer.endToken = document.endToken;
                return issuer;
            }
    }
    // ("according to ministry figures", "police data": a body's noun before the document, which
    // names the body as "the ministry" would)
    if (const std::uint32_t body = document.firstToken; document.endToken == body + 2 && a.isLowerWord(body) &&
                                                         a.is(body, wc::OrgNoun) && !a.is(body, wc::PersonRole) &&
                                                         // (not a place's: "state data", "city records"; nor "court documents", which parties file)
                                                         !a.keyIsOneOf(body, "state", "city", "country", "nation", "region",
                                                                       "province", "county", "municipality", "government", "court") &&
                                                         (authoredDocumentNoun(a, body + 1) || evidenceNoun(a, body + 1)))
        if (SourcePhrase author = sourceAfter(a, body, body + 1); author.valid() && author.endToken == body + 1) {
            author.endToken = document.endToken;
            author.span = document.span;
            author.type = SpeakerType::Organization;
            author.kind = SourceKind::RoleNoun;  // (as definite as "the ministry")
            return author;
        }
    // ("the Corvessan army’s preliminary account", "the ministry's latest figures": whose document it is)
    const std::uint32_t noun = document.endToken - 1;
    if (document.endToken > document.firstToken + 2 && a.isLowerWord(noun) &&
        (authoredDocumentNoun(a, noun) ||
         a.keyIsOneOf(noun, "account", "statement", "figures", "data", "records", "findings", "estimates", "assessment", "decision") ||
         a.keyIs(noun, "document")))
        // ("the Ministry of Basic Education's annual schools census": a name after the document's "the")
        if (SourcePhrase author = documentOwner(a, noun, document.firstToken);
            author.valid() && (author.firstToken == document.firstToken ||
                               (author.firstToken == document.firstToken + 1 && a.keyIs(document.firstToken, "the")))) {
            author.endToken = document.endToken;
            author.span = document.span;
            return author;
        }
    return {};
}

namespace {

// "The trust’s report", "the army’s preliminary account": the owner whose possessive stands before
// the document noun at `noun` (adjectives between), a name or a body, within [first, noun); or none.
SourcePhrase documentOwner(const Analysis& a, std::uint32_t noun, std::uint32_t first)
{
    std::uint32_t owner = noun;
    while (owner > first + 1 && noun - owner < 3 && a.isLowerWord(owner - 1) && !a.is(owner - 1, kFunctionWords | wc::Determiner))
        --owner;  // (past adjectives: "preliminary", "final")
    if (owner <= first + 1 || !(isPossessive(a, owner - 1) || isPluralApostrophe(a, owner - 1)))
        return {};
    SourcePhrase author = sourceBefore(a, owner - 1, first);
    // (a role too: "the ombudsman's decision", the ombudsman's)
    if (!author.valid() || author.kind == SourceKind::Pronoun || a.is(author.firstToken, wc::Subordinator | wc::Adverb) ||
        !(author.kind == SourceKind::Name || author.kind == SourceKind::RoleNoun || author.type == SpeakerType::Organization))
        return {};
    return author;
}

}  // namespace

SourcePhrase authorOfDocumentAt(const Analysis& a, std::uint32_t noun)
{
    const Sentence& s = a.sentenceOf(noun);
    // ("a notice Pellam filed with the board", "A survey the charity published in March": who wrote
    // it, in a contact clause right after the document)
    if (const std::uint32_t k = noun + 1; k + 1 < s.endToken && a.isLowerWord(noun)) {
        // ("figures it released last month": or a pronoun that stands for the body)
        const std::uint32_t subjectEnd = isRunToken(a, k) ? runEndAfter(a, k, s.endToken)
                                         : a.keyIs(k, "the") && k + 2 < s.endToken && a.isLowerWord(k + 1) ? k + 2
                                         : a.keyIsOneOf(k, "it", "they") && a.isLowerWord(k)                ? k + 1
                                                                                                          : k;
        if (subjectEnd > k && subjectEnd < s.endToken && a.isLowerWord(subjectEnd) && !a.is(subjectEnd, wc::Auxiliary) &&
            (a.key(subjectEnd).ends_with("ed") || a.keyIsOneOf(subjectEnd, "sent", "wrote", "made", "put", "drew", "gave"))) {
            SourcePhrase author = subjectEnd == k + 1 && a.is(k, wc::Pronoun) ? phraseBefore(a, subjectEnd, k) : sourceAfter(a, k, subjectEnd);
            if (author.valid() && author.endToken == subjectEnd && author.type != SpeakerType::Person &&
                (author.kind == SourceKind::Name || author.kind == SourceKind::Pronoun ||
                 (author.kind == SourceKind::RoleNoun && author.type == SpeakerType::Organization) ||
                 (author.kind == SourceKind::CommonNoun && a.keyIs(k, "the") && !author.plural)))
                return author;
        }
    }
    // "a report released Thursday by Auditor Renata Szabo", "The ruling, published Thursday by the
    // Office of Broadcast Standards", "figures from the research firm Castellan Media"
    for (std::uint32_t k = noun + 1; k + 1 < s.endToken && k <= noun + 8; ++k) {
        if (a.isPunct(k, ',') && k == noun + 1)
            continue;
        // (not "A budget memo obtained last month by the Westbrook Ledger": who has it, not who wrote it)
        // ("The memo, dated March 14 and signed by Deputy Commissioner Anton Greaves-Oyelowo": a second
        // participle with its agent after "and")
        const bool andSigned = a.keyIs(k, "and") && k + 2 < s.endToken && a.isLowerWord(k + 1) && a.key(k + 1).ends_with("ed") &&
                               a.keyIs(k + 2, "by");
        if (!a.isWordLike(k) || (a.keyIsOneOf(k, "that", "which", "who", "and", "obtained", "seen", "reviewed", "viewed",
                                              "leaked", "received", "read", "cited", "quoted") && !andSigned))
            break;
        // (a court's "of": "the opinion of the Lisvane Court of Appeals")
        // ("The letter, sent on Monday on behalf of the Lower Lusk Graziers’ Association": whose it is)
        const bool onBehalf = a.keyIs(k, "of") && k >= noun + 3 && a.keyIs(k - 1, "behalf") && a.keyIs(k - 2, "on");
        if (!a.keyIsOneOf(k, "by", "from") && !onBehalf &&
            !(k == noun + 1 && a.keyIs(k, "of") && a.keyIsOneOf(noun, "opinion", "ruling", "judgment")))
            continue;
        // (the name must end the author: not "the Senate" of "the Senate's legal service")
        // (a participle after it is when the document came out: "by the Keweni Marine Institute released on Tuesday")
        const auto whole = [&](const SourcePhrase& p) {
            const std::uint32_t after = p.endToken;
            const bool participle = after < s.endToken && a.isLowerWord(after) && a.key(after).size() > 4 && a.key(after).ends_with("ed");
            return after >= s.endToken || participle ||
                   !(a.keyIsOneOf(after, "'s", "’s") || (a.isLowerWord(after) && isNounLike(a, after) &&
                                                         !a.is(after, wc::Cue | wc::Verb | wc::Auxiliary)));
        };
        // ("A report by the centre's veterinary team": the body whose team wrote it)
        // (its own people: "team", "staff", "officers"; not "the country's largest teachers' union",
        // "the agency's watchdog")
        const auto ownPeople = [&](std::uint32_t from) {
            for (std::uint32_t t = from; t < s.endToken && t < from + 3 && a.isLowerWord(t); ++t)
                if (a.keyIsOneOf(t, "team", "staff", "unit", "service", "officers", "officials", "division", "experts",
                                 "researchers", "scientists", "inspectors", "auditors", "engineers"))
                    return true;
            return false;
        };
        if (k + 4 < s.endToken && a.keyIs(k, "by") && a.keyIs(k + 1, "the") && a.isLowerWord(k + 2) && a.is(k + 2, wc::OrgNoun) &&
            !a.is(k + 2, wc::PersonRole) &&
            !a.keyIsOneOf(k + 2, "state", "city", "country", "nation", "region", "province", "county", "municipality") &&
            isPossessive(a, k + 3) && ownPeople(k + 4))
            if (SourcePhrase body = sourceAfter(a, k + 1, k + 3); body.valid() && body.endToken == k + 3) {
                body.type = SpeakerType::Organization;
                return body;
            }
        SourcePhrase author = sourceAfter(a, k + 1, s.endToken);
        if (author.valid() && author.kind == SourceKind::Name && author.firstToken <= k + 2 && whole(author))
            return author;
        // ("figures from the Mirelan justice ministry", "issued by the Lomare government": a name and
        // the lower-case body it qualifies)
        if (author.valid() && author.kind == SourceKind::Name && author.firstToken <= k + 2 && author.type != SpeakerType::Person) {
            std::uint32_t body = author.endToken;
            while (body < s.endToken && body < author.endToken + 3 && a.isLowerWord(body) && isNounLike(a, body) &&
                   !a.is(body, wc::Cue | wc::Verb | wc::Auxiliary))
                ++body;
            if (body > author.endToken && a.is(body - 1, wc::OrgNoun) && !a.is(body - 1, wc::PersonRole)) {
                author.name = joinTokens(a, author.firstToken, body);
                author.endToken = body;
                author.span.end = a.token(body - 1).span.end;
                author.type = SpeakerType::Organization;
                if (whole(author))
                    return author;
            }
        }
        // ("figures published by the council": a body named before, by its noun)
        if (author.valid() && author.kind == SourceKind::RoleNoun && author.type == SpeakerType::Organization &&
            !author.plural && author.firstToken == k + 1 && a.keyIs(k + 1, "the") && whole(author))
            return author;
        // ("by the research firm Castellan Media": the name after its description)
        std::uint32_t first = k + 1;
        if (a.keyIs(first, "the"))
            while (first + 1 < s.endToken && first < k + 5 && a.isLowerWord(first) && !a.is(first + 1, wc::Preposition))
                ++first;
        const SourcePhrase described = first > k + 2 ? sourceAfter(a, first, s.endToken) : SourcePhrase{};
        if (described.valid() && described.kind == SourceKind::Name && described.firstToken == first && whole(described))
            return described;
        break;
    }
    // "The OPS report", "an AFRU survey of 2,400 drivers": a body's name or initials before the noun
    // ("an FDSA inspection report": a lower-case kind between them)
    const std::uint32_t nameEnd = noun > s.firstToken + 2 && a.isLowerWord(noun - 1) && !a.is(noun - 1, kFunctionWords) &&
                                          a.isCapitalized(noun - 2)
                                      ? noun - 1
                                      : noun;
    std::uint32_t first = nameEnd;
    while (first > s.firstToken && nameEnd - first < 4 && a.isCapitalized(first - 1) && !a.is(first - 1, wc::Determiner) &&
           !a.token(first - 1).has(tokflag::SentenceStart))
        --first;
    if (first < nameEnd && first > s.firstToken && a.is(first - 1, wc::Determiner)) {
        const SourcePhrase author = sourceAfter(a, first, nameEnd);
        if (author.valid() && author.kind == SourceKind::Name && author.firstToken == first && author.endToken == nameEnd &&
            author.type != SpeakerType::Person)
            return author;
    }
    // "The trust’s report", "the board’s final report": the owner of the document (not of "figures",
    // which may be people: "the party's top figures")
    if (!a.keyIs(noun, "figures"))
        return documentOwner(a, noun, s.firstToken);
    return {};
}

SourcePhrase sourceAfter(const Analysis& a, std::uint32_t begin, std::uint32_t limit)
{
    if (begin >= limit || gerundWithObject(a, begin, limit))
        return {};
    if (a.is(begin, wc::Pronoun) && !a.keyIs(begin, "i") && !a.keyIs(begin, "you") && !a.keyIs(begin, "it")) {
        SourcePhrase p = sourceBefore(a, begin + 1, begin);
        return p;
    }
    if (begin + 3 < limit && a.keyIs(begin + 1, "of") &&
        (a.token(begin).kind == TokenKind::Number || a.is(begin, wc::QuantityOne | wc::QuantityMany))) {
        // "said one of those advisers", "said two of his aides": a share of the people named after "of"
        if (a.keyIs(begin + 2, "them") || a.keyIs(begin + 2, "us"))
            return quantityBefore(a, begin + 3, begin);  // "said one of them, who asked not to be named"
        std::uint32_t k = begin + 2;
        if (a.is(k, wc::Determiner | wc::Pronoun) && !a.isCapitalized(k))
            ++k;
        std::uint32_t end = k;
        while (end < limit && isNounLike(a, end) && end - k < 4)
            ++end;
        if (end > k && a.is(end - 1, wc::PersonRole | wc::CollectiveSource)) {
            SourcePhrase members = nounBefore(a, end, begin + 2);
            if (members.valid() && members.endToken == end) {
                members.firstToken = begin;
                members.span.begin = a.token(begin).span.begin;
                members.plural = !a.is(begin, wc::QuantityOne);
                return members;
            }
        }
    }
    if (begin + 1 < limit && a.keyIs(begin, "the") && isRunToken(a, begin + 1)) {
        // "The Republican pressed him …, asking": capitalised roles after "the" as a subject too
        const std::uint32_t runEnd = runEndAfter(a, begin + 1, limit);
        if (capitalisedRoleAfterThe(a, begin + 1, runEnd, begin))
            return definiteCapitalisedRole(a, begin + 1, runEnd);
    }
    std::uint32_t nameBegin = begin;
    // "said spokesman John Smith", "said the minister", "said a spokeswoman for the ministry"
    std::uint32_t i = begin;
    // (a capital after a dateline's dash opens the sentence too: "VELNO, Sarvia (Wire) — The government")
    if (a.is(i, wc::Determiner) && (!a.isCapitalized(i) || a.token(i).has(tokflag::SentenceStart) || (i > 0 && isDash(a, i - 1))))
        ++i;
    // "said 9/11 widow Terry Strada": a number or a date as a modifier of the role
    const std::uint32_t afterDeterminer = i;
    while (i + 1 < limit && (a.token(i).kind == TokenKind::Number || (i > afterDeterminer && a.isPunct(i, '/'))))
        ++i;
    if (i > afterDeterminer && !isNounLike(a, i) && !(afterDeterminer > begin && isRunToken(a, i)))
        i = afterDeterminer;  // (but "said a 2008 Clinton veteran": a year before the name that modifies the role)
    while (i < limit && isNounLike(a, i) && !(i > afterDeterminer && verbAfterSubject(a, i, limit))) {
        ++i;
        if (i + 2 < limit && (a.keyIs(i, "and") || a.keyIs(i, "or")) && isNounLike(a, i + 1) && isNounLike(a, i + 2) &&
            (a.is(i - 1, wc::RoleModifier) || a.is(i + 1, wc::RoleModifier)))
            ++i;  // "said current and former officials": modifiers joined
    }
    if (i > begin && i + 2 < limit && a.keyIs(i, "and") && a.is(i - 1, wc::PersonRole)) {
        // "said lobbyist and GOP strategist Charlie Black": two roles, then the name
        SourcePhrase second = sourceAfter(a, i + 1, limit);
        if (second.valid() && second.kind == SourceKind::Name && second.type != SpeakerType::Organization &&
            second.firstToken == i + 1 && !second.role.empty()) {
            second.role = joinTokens(a, a.is(begin, wc::Determiner) ? begin + 1 : begin, i) + " and " + second.role;
            second.firstToken = begin;
            second.span.begin = a.token(begin).span.begin;
            return second;
        }
    }
    if (i > begin && (i >= limit || !isRunToken(a, i))) {
        if (i + 1 < limit && isPossessive(a, i)) {
            // "said the bureau's director, James B. Comey": the owner, then the role
            std::uint32_t k = i + 1;
            while (k < limit && isNounLike(a, k) && k - i < 4)
                ++k;
            if (k > i + 1 && a.is(k - 1, wc::PersonRole))
                i = k;
        }
        if (i + 2 < limit && a.keyIs(i, "of") && a.is(i - 1, wc::PersonRole)) {
            // "said former secretary of state Hillary Clinton": a lower-case title with its "of"
            std::uint32_t k = i + 1;
            while (k < limit && a.isLowerWord(k) && isNounLike(a, k) && k - i <= 3)
                ++k;
            const std::uint32_t nameEnd = k > i + 1 && k < limit && isNameToken(a, k) ? runEndAfter(a, k, limit) : k;
            if (SourcePhrase person = namedAfterRole(a, begin, a.is(begin, wc::Determiner) ? begin + 1 : begin, k, k, nameEnd, true);
                person.valid())
                return person;
            // ("said the bank's head of retail banking, Beatriz Calloway-Nunes": the holder after a comma)
            if (k > i + 1 && k + 1 < limit && a.isPunct(k, ','))
                if (SourcePhrase person = nameAfterRole(a, begin, k, limit); person.valid())
                    return person;
        }
        SourcePhrase p = nounBefore(a, i, begin);
        if (p.firstToken != begin)
            return {};
        if (i + 1 < limit && a.keyIs(i, "of") && isGroupNoun(a, i - 1)) {
            // "said a handful of Democrats": the people the group noun counts
            SourcePhrase members = sourceAfter(a, i + 1, limit);
            if (members.valid() && members.firstToken == i + 1 && members.kind != SourceKind::Pronoun) {
                members.firstToken = begin;
                members.span.begin = a.token(begin).span.begin;
                members.name = joinTokens(a, a.is(begin, wc::Determiner) ? begin + 1 : begin, members.endToken);
                members.kind = SourceKind::CommonNoun;
                members.plural = true;
                return members;
            }
        }
        SourcePhrase person = nameAfterRole(a, begin, i, limit);
        return person.valid() ? person : p;
    }
    nameBegin = i;
    if (nameBegin >= limit || !isRunToken(a, nameBegin))
        return {};
    const std::uint32_t end = runEndAfter(a, nameBegin, limit);
    if (end <= nameBegin)
        return {};
    if (nameBegin > begin || a.is(begin, wc::Determiner)) {
        // "said a senior Democratic aide", "said a White House official": capitalised modifiers of a role
        std::uint32_t k = end;
        while (k < limit && a.isLowerWord(k) && isNounLike(a, k) && k - end < 3)
            ++k;
        if (k > end && a.is(k - 1, wc::PersonRole | wc::OrgNoun | wc::CollectiveSource)) {
            SourcePhrase role = nounBefore(a, k, begin);
            if (role.valid() && role.endToken == k) {
                role.firstToken = begin;  // "a senior" before the capitalised modifier belongs to it
                role.span.begin = a.token(begin).span.begin;
                if (k < limit && isNameToken(a, k) && !a.is(k, wc::TimeWord)) {
                    // "the independent Velno newspaper Kurier", "the Trump campaign spokesman Jason Miller"
                    const std::uint32_t roleFirst = a.is(begin, wc::Determiner) ? begin + 1 : begin;
                    if (a.is(k - 1, wc::PersonRole)) {
                        if (SourcePhrase person = namedAfterRole(a, begin, roleFirst, k, k, runEndAfter(a, k, limit), true);
                            person.valid())
                            return person;
                    } else if (SourcePhrase body = interpretRun(a, k, runEndAfter(a, k, limit));
                               body.kind == SourceKind::Name && body.type != SpeakerType::Person) {
                        body.role = joinTokens(a, roleFirst, k);
                        body.firstToken = begin;
                        body.span.begin = a.token(begin).span.begin;
                        return body;
                    }
                }
                SourcePhrase person = nameAfterRole(a, begin, k, limit);  // "said a Trump campaign spokesman, Jason Miller"
                return person.valid() ? person : role;
            }
        }
    }
    if (nameBegin == begin && end < limit && a.isLowerWord(end) && a.is(end, wc::PersonRole | wc::CollectiveSource) &&
        a.word(end)->plural && (end + 1 >= limit || !isNounLike(a, end + 1))) {
        // "and Senate aides later said", "Clinton aides say": a name that modifies a plural role
        SourcePhrase group = nounBefore(a, end + 1, begin);
        if (group.valid() && group.firstToken == begin) {
            if (a.is(end, wc::PersonRole))
                group.type = SpeakerType::Person;
            return group;
        }
    }
    bool modifiersOnly = nameBegin == begin && end - nameBegin <= 2;
    for (std::uint32_t k = nameBegin; k < end && modifiersOnly; ++k)
        modifiersOnly = a.is(k, wc::RoleModifier | wc::Demonym) && !a.token(k).has(tokflag::AllCaps);
    if (modifiersOnly && end < limit && a.isLowerWord(end)) {
        // "said Republican front-runner Donald Trump", "Democratic voters are …": capitalised
        // modifiers of a lower-case role or noun
        std::uint32_t k = end;
        while (k < limit && a.isLowerWord(k) && isNounLike(a, k) && k - end < 3)
            ++k;
        if (k > end && k < limit && isNameToken(a, k)) {
            if (SourcePhrase person = namedAfterRole(a, begin, begin, k, k, runEndAfter(a, k, limit), true); person.valid())
                return person;
        } else if (k > end) {
            SourcePhrase group = nounBefore(a, k, begin);
            if (group.valid() && group.firstToken == begin && group.plural)
                return group;
        }
    }
    SourcePhrase p = interpretRun(a, nameBegin, end);
    if (nameBegin == begin && end + 1 < limit && (isPossessive(a, end) || isPluralApostrophe(a, end))) {
        // "Sanders's campaign launched …": a named owner's noun phrase as the subject (not before an
        // apposition: "Sanders's campaign manager, Jeff Weaver,")
        std::uint32_t k = end + 1;
        while (k < limit && a.isLowerWord(k) && isNounLike(a, k) && k - end < 4 && !verbAfterSubject(a, k, limit))
            ++k;
        if (k > end + 1 && a.is(k - 1, wc::PersonRole | wc::OrgNoun | wc::CollectiveSource) && !(k < limit && a.isPunct(k, ',')) &&
            !(k + 1 < limit && a.keyIs(k, "of") && a.is(k - 1, wc::PersonRole) && a.isLowerWord(k + 1))) {
            SourcePhrase owned = nounBefore(a, k, begin);
            if (owned.valid() && owned.firstToken == begin && owned.endToken == k)
                return owned;
        }
    }
    if ((nameBegin == begin || (nameBegin == begin + 1 && a.keyIs(begin, "the"))) && end < limit &&
        (isPossessive(a, end) || isPluralApostrophe(a, end))) {
        // "said Riverton's mayor, Carl Jensen": the place owns the role, the name after it speaks
        // ("said the Lancers' majority owner, Thaddeus Morcombe": a team's plural too)
        // ("said Marrowgate’s head of retail banking, Beatriz Calloway-Nunes": a role's "of" and its field)
        std::uint32_t k = end + 1;
        while (k < limit && !a.isCapitalized(k) &&
               (isNounLike(a, k) || (a.keyIs(k, "of") && k > end + 1 && a.is(k - 1, wc::PersonRole) && k + 1 < limit &&
                                     a.isLowerWord(k + 1) && !a.is(k + 1, wc::Determiner))))
            ++k;
        if (k > end + 1 && k + 1 < limit && a.isPunct(k, ',') && isRunToken(a, k + 1)) {
            if (SourcePhrase person = namedAfterRole(a, begin, begin, k, k + 1, runEndAfter(a, k + 1, limit), false);
                person.valid())
                return person;
        }
    }
    if (nameBegin > begin) {
        // the lower-case words before the name are its role
        std::uint32_t from = begin;
        if (a.is(from, wc::Determiner))
            ++from;
        std::string role = joinTokens(a, from, nameBegin);
        p.role = p.role.empty() ? role : role + " " + p.role;
        p.firstToken = begin;
        p.span.begin = a.token(begin).span.begin;
    }
    // (not "said Tom Smith, referring to the plan": a participle of speech after the name is the
    // speaker's next act)
    const bool nextAct = end + 1 < limit && a.is(end + 1, wc::Cue) && a.isLowerWord(end + 1) &&
                         a.word(end + 1)->cueForm == CueForm::Gerund;
    if (end + 1 < limit && a.isPunct(end, ',') && !nextAct && isAppositive(a, end + 1, std::min(limit, end + 41))) {
        // "said Dan Gerstein, director of Gotham Ghostwriters and an analyst in New York City."
        std::uint32_t stop = end + 1;
        // (a subject's apposition closes at the comma before its verb: "Gary Emineth, a former state
        // party chairman, became …")
        const bool relative = a.keyIs(end + 1, "who") || a.keyIs(end + 1, "which");  // (read by the caller)
        const auto verbAfterComma = [&](std::uint32_t t) {
            return !relative && a.isPunct(t, ',') && t + 1 < limit && a.isLowerWord(t + 1) &&
                   (a.is(t + 1, wc::Verb | wc::Auxiliary | wc::Cue) || (a.key(t + 1).size() > 4 && a.key(t + 1).ends_with("ed")));
        };
        // (the role ends before the verb's adjuncts: "said Oona Feeney, general secretary of the
        // union, in an emailed statement", "said Tom Reed, a union official, on Monday")
        const auto adjunctAfterComma = [&](std::uint32_t t) {
            return t > end + 1 && a.isPunct(t, ',') && t + 1 < limit &&
                   (a.keyIs(t + 1, "in") || a.keyIs(t + 1, "on") || a.keyIs(t + 1, "during") || a.keyIs(t + 1, "last") ||
                    (a.is(t + 1, wc::TimeWord) && !a.is(t + 1, wc::FirstName)));
        };
        std::uint32_t roleStop = 0;
        while (stop < limit && stop - end < 40 && !a.isPunct(stop, '.') && !a.isPunct(stop, ';') &&
               a.token(stop).kind != TokenKind::QuoteMark && !a.token(stop).has(tokflag::SentenceStart) && !verbAfterComma(stop)) {
            if (roleStop == 0 && adjunctAfterComma(stop))
                roleStop = stop;
            ++stop;
        }
        std::string role = appositiveRole(a, end + 1, roleStop > 0 ? roleStop : stop);
        if (!role.empty() && p.role.empty())
            p.role = role;
        if (p.type == SpeakerType::Unknown && !isAgeOrParty(a, end + 1, stop))
            p.type = SpeakerType::Person;
        p.endToken = stop;
        p.span.end = a.token(stop - 1).span.end;
        while (p.endToken > end + 1 && a.isPunct(p.endToken - 1, ',')) {
            --p.endToken;
            p.span.end = a.token(p.endToken - 1).span.end;
        }
    }
    return p;
}

namespace {

// "The European Space Research Agency’s Kestrel probe": an organisation as an owner is a
// mention of its own, which "the agency" may refer to later. (None, not an empty phrase, for
// most runs: a phrase is a hundred and more bytes to clear, for every run of the article.)
std::optional<SourcePhrase> ownerOrganisation(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    for (std::uint32_t k = first + 1; k + 1 < end; ++k)
        if (isPossessive(a, k)) {
            SourcePhrase owner = interpretRun(a, first, k);
            if (owner.kind == SourceKind::Name && owner.type == SpeakerType::Organization)
                return owner;
            return std::nullopt;
        }
    return std::nullopt;
}

// "Kestrel Rovers manager Tom Vance", "Goldman Sachs analyst Jane Doe": the employer named before a
// person's role is a mention of its own, which "Rovers" or "the bank" may refer to later. (Two
// words at least and no given name: "Trump adviser Roger Stone" names no employer.)
// (none, as ownerOrganisation, for most runs)
std::optional<SourcePhrase> employerBeforeRole(const Analysis& a, std::uint32_t first, std::uint32_t end)
{
    std::uint32_t k = first;
    // ("Ministry of Education spokesman Kwesi Baah-Wiredu": a body's "of" inside its name)
    // ("Education Ministry spokesman", "Ministry of Education spokesman": a portfolio or a country
    // word is part of the body's name when a body's noun follows it or it follows the body's "of")
    const auto partOfBody = [&](std::uint32_t j) {
        return !a.is(j, wc::FirstName | wc::Honorific | wc::PersonRole) &&
               ((j + 1 < end && a.isCapitalized(j + 1) && a.is(j + 1, wc::OrgNoun) && !a.is(j + 1, wc::PersonRole)) ||
                (j > first + 1 && a.keyIs(j - 1, "of") && a.is(j - 2, wc::OrgNoun)));
    };
    while (k < end && ((a.isCapitalized(k) && (!a.is(k, wc::FirstName | wc::Honorific | wc::Country | wc::Demonym |
                                                           wc::RoleModifier | wc::PersonRole) ||
                                               partOfBody(k))) ||
                       (k > first && k + 1 < end && a.keyIs(k, "of") && a.isLowerWord(k) && a.is(k - 1, wc::OrgNoun) &&
                        a.isCapitalized(k + 1))))
        ++k;
    if (k < first + 2 || k + 2 >= end || !a.isLowerWord(k) || !a.is(k, wc::PersonRole) || isPossessive(a, k - 1))
        return std::nullopt;
    SourcePhrase employer = interpretRun(a, first, k);
    if (employer.kind != SourceKind::Name || employer.type == SpeakerType::Person)
        return std::nullopt;
    employer.type = SpeakerType::Organization;
    return employer;
}

// What the words around a name's run tell of it: "The mobile payments app Tillo", "the carmaker
// Brantwell" (a business noun before it: an organisation); "Gordon and Ruth Pennock" (a given
// name alone before "and": it shares the surname of the name after).
void completeName(const Analysis& a, SourcePhrase& p, std::uint32_t first, std::uint32_t end)
{
    if (p.role.empty() && p.type != SpeakerType::Organization && first > 2 && a.isPunct(first - 1, ',')) {
        // "his Republican challenger, Evelyn Vance,": the role written before the name and a comma
        const SourcePhrase role = nounBefore(a, first - 1, a.sentenceOf(first).firstToken);
        if (role.valid() && a.is(first - 2, wc::PersonRole) && a.isLowerWord(first - 2) && !role.plural &&
            a.is(role.firstToken, wc::Determiner)) {
            p.role = joinTokens(a, role.firstToken + 1, first - 1);
            p.type = SpeakerType::Person;
        }
    }
    if (p.type == SpeakerType::Unknown && first > 0 && a.isLowerWord(first - 1) &&
        (a.is(first - 1, wc::OrgNoun) || a.keyIs(first - 1, "app") || a.keyIs(first - 1, "platform")))
        p.type = SpeakerType::Organization;
    if (end == first + 1 && first >= 4 && a.isPunct(first - 1, ',') && isKinNoun(a.key(first - 2)) &&
        (a.keyIs(first - 3, "her") || a.keyIs(first - 3, "his")) &&
        (a.is(first, wc::FirstName) || !a.is(first, wc::OrgNoun | wc::PlaceWord | wc::Country | wc::NotAName))) {
        // "Linda Harwell, 61, and her husband, Tom,": a relative named by a given name takes the
        // surname of the person just named (a given name the lexicon lacks too: "her husband, Emyr,")
        const std::uint32_t limit = a.sentenceOf(first).firstToken;
        std::uint32_t k = first - 3;
        while (k > limit && first - k < 10 && !isNameToken(a, k - 1))
            --k;
        if (k > limit && isNameToken(a, k - 1)) {
            const SourcePhrase owner = interpretRun(a, runStartBefore(a, k, limit), k);
            if (owner.kind == SourceKind::Name && owner.type != SpeakerType::Organization &&
                owner.name.find(' ') != std::string::npos && owner.name.back() != '.') {
                p.name += owner.name.substr(owner.name.rfind(' '));
                p.type = SpeakerType::Person;
            }
        }
    }
    if (end == first + 1 && a.is(first, wc::FirstName) && end + 2 < a.tokenCount() && a.keyIs(end, "and") &&
        a.is(end + 1, wc::FirstName) && a.isCapitalized(end + 1)) {
        const std::uint32_t second = runEndAfter(a, end + 1, a.sentenceOf(first).endToken);
        if (second >= end + 3) {
            p.name += " " + std::string(a.str(Span{a.token(end + 2).span.begin, a.token(second - 1).span.end}));
            p.type = SpeakerType::Person;
        }
    }
}

}  // namespace

namespace {

// "heard from the district auditor, Hilary Crane, who …": the role in apposition before a name,
// which "the auditor" may take up later.
void takeRoleInAppositionBefore(const Analysis& a, SourcePhrase& p, std::uint32_t limit)
{
    const std::uint32_t first = p.firstToken;
    if (!p.role.empty() || p.type == SpeakerType::Organization || first < limit + 3 || !a.isPunct(first - 1, ',') ||
        !a.isLowerWord(first - 2) || !a.is(first - 2, wc::PersonRole))
        return;
    const SourcePhrase role = nounBefore(a, first - 1, limit);
    if (role.valid() && role.endToken == first - 1 && role.type == SpeakerType::Person && !role.plural &&
        a.is(role.firstToken, wc::Determiner) && !a.isCapitalized(role.firstToken)) {
        p.role = joinTokens(a, role.firstToken + 1, first - 1);
        p.type = SpeakerType::Person;
        return;
    }
    // ("President Lucas Treadwell’s nominee for trade representative, Beatrix Coleridge, faced …": a
    // named owner's role opening the sentence, its words all in lower case, one of them a person's)
    std::uint32_t k = first - 1;
    bool person = false;
    while (k > limit && first - k < 8 && a.isLowerWord(k - 1) && !a.is(k - 1, wc::Verb | wc::Auxiliary | wc::Cue | wc::Pronoun)) {
        --k;
        person = person || a.is(k, wc::PersonRole);
    }
    if (!person || k < limit + 2 || !isPossessive(a, k - 1) || !a.isCapitalized(k - 2) || a.is(k, wc::Preposition))
        return;
    std::uint32_t owner = k - 2;
    while (owner > limit && a.isCapitalized(owner - 1) && k - owner < 6)
        --owner;
    if (owner != limit)
        return;
    p.role = joinTokens(a, k, first - 1);
    p.type = SpeakerType::Person;
}

// "Rufus Penhallow resigned as Brenmark's environment minister", "Ana Reyes served as the city's
// treasurer": the role a name held, which a headline's "Environment minister" names.
void takeRoleServedAs(const Analysis& a, SourcePhrase& p, std::uint32_t sentenceEnd)
{
    std::uint32_t k = p.endToken;
    // (asked of every name: the lower-case word after it rules out nearly all at once)
    if (k + 3 >= sentenceEnd || !a.isLowerWord(k) ||
        !a.keyIsOneOf(k, "resigned", "served", "quit", "stepped", "stays", "remains"))
        return;
    if (a.keyIs(k, "stepped") && a.keyIs(k + 1, "down"))
        ++k;
    if (!a.keyIs(k + 1, "as"))
        return;
    std::uint32_t first = k + 2;
    if (a.is(first, wc::Determiner))
        ++first;
    while (first + 1 < sentenceEnd && a.isCapitalized(first) && first < k + 6)
        ++first;  // "Brenmark's environment minister", "the City of Dunmore's treasurer"
    if (first < sentenceEnd && isPossessive(a, first))
        ++first;
    std::uint32_t end = first;
    while (end < sentenceEnd && end - first < 4 && a.isLowerWord(end) && !a.is(end, wc::Preposition | wc::Conjunction))
        ++end;
    if (end > first && a.is(end - 1, wc::PersonRole)) {
        p.role = joinTokens(a, first, end);
        p.type = SpeakerType::Person;
    }
}

}  // namespace

// "Shares in Harwell's, the supermarket chain, fell", "Harwell's now expects": a name whose
// possessive owns nothing, before a comma or a verb, is a shop's name ("Sainsbury's").
void takeShopPossessive(const Analysis& a, SourcePhrase& p, std::uint32_t sentenceEnd)
{
    const std::uint32_t k = p.endToken;
    if (k + 1 >= sentenceEnd || !a.token(k).has(tokflag::Possessive) || a.token(k).has(tokflag::SpaceBefore) ||
        a.is(k - 1, wc::OrgNoun | wc::PersonRole))
        return;  // (not "the Democratic Party’s, …": a body's name already says what it is)
    // (a finite verb after it, "Harwell's now expects", not a contraction's "Clinton's now leading")
    std::uint32_t v = k + 1;
    if (v + 1 < sentenceEnd && a.is(v, wc::Adverb))
        ++v;
    const bool finiteVerb = a.isLowerWord(v) && a.is(v, wc::Cue | wc::Verb) && !a.is(v, wc::Auxiliary) &&
                            (a.key(v).ends_with("s") || a.key(v).ends_with("ed"));
    if (!a.isPunct(k + 1, ',') && !finiteVerb)
        return;
    p.endToken = k + 1;
    p.span.end = a.token(k).span.end;
    p.name = std::string(a.text().substr(p.span.begin, p.span.size()));
    if (a.isPunct(k + 1, ',') && p.type == SpeakerType::Unknown)
        p.type = SpeakerType::Organization;  // (a shop named with a comma after it: "Harwell's, the …")
}

void takeLowerRoleBefore(const Analysis& a, SourcePhrase& p, std::uint32_t sentenceFirst)
{
    const std::uint32_t first = p.firstToken;
    if (first <= sentenceFirst || !a.isLowerWord(first - 1) || !a.is(first - 1, wc::PersonRole))
        return;
    // ("Chief financial officer Priya Nair said": a role's own words and a capital at the sentence's start)
    std::uint32_t roleStart = first - 1;
    while (roleStart > sentenceFirst && first - roleStart < 4 &&
           ((a.isLowerWord(roleStart - 1) && (a.is(roleStart - 1, kRoleWords) || a.key(roleStart - 1).ends_with("al")) &&
             !a.is(roleStart - 1, kFunctionWords | wc::Determiner)) ||
            (roleStart - 1 == sentenceFirst && a.is(roleStart - 1, wc::PersonRole | wc::RoleModifier))))
        --roleStart;
    p.role = joinTokens(a, roleStart, first);
    if (p.type == SpeakerType::Unknown)
        p.type = SpeakerType::Person;
}

// "By Colm Ferrity, Health Reporter": a short paragraph that opens with "By" and a name, and
// reports nothing. Its names are the writers', not people the article is about.
bool isBylineParagraph(const Analysis& a, const Paragraph& p)
{
    if (p.endToken - p.firstToken > 16 || p.endToken < p.firstToken + 2 || !a.keyIs(p.firstToken, "by") ||
        !a.isCapitalized(p.firstToken) || !a.isCapitalized(p.firstToken + 1))
        return false;
    for (std::uint32_t t = p.firstToken; t < p.endToken; ++t)
        if (a.token(t).kind == TokenKind::QuoteMark || (a.isLowerWord(t) && a.is(t, wc::Cue | wc::Verb | wc::Auxiliary)))
            return false;
    return true;
}

namespace {

// "her father" → male, "his widow" → female: the gender a kin role's last word gives, if any.
Gender kinGender(std::string_view role)
{
    const std::size_t space = role.rfind(' ');
    const std::string_view last = space == std::string_view::npos ? role : role.substr(space + 1);
    const lexicon::WordInfo* info = isKinNoun(last) ? lexicon::lookup(last) : nullptr;
    return info ? info->gender : Gender::Unknown;
}

}  // namespace

namespace {

// One word that names a thing or describes a noun, never a speaker: a code of letters, a hyphen
// and digits ("batch HB-2291", "COVID-19", "bill SB-114"), or a place or owner before a noun ("a
// US-based fund", "a Tarrow-owned firm").
bool namesAThing(std::string_view key)
{
    const std::size_t dash = key.find('-');
    if (dash == std::string_view::npos)
        return false;
    if (dash >= 1 && dash <= 5 && key.size() >= dash + 3 &&
        std::all_of(key.begin() + static_cast<std::ptrdiff_t>(dash) + 1, key.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    return key.size() > 6 && (key.ends_with("-based") || key.ends_with("-owned") || key.ends_with("-backed") ||
                              key.ends_with("-led") || key.ends_with("-funded") || key.ends_with("-listed"));
}

}  // namespace

std::vector<SourcePhrase> findNameMentions(const Analysis& a)
{
    std::vector<SourcePhrase> out;
    const std::uint32_t n = a.tokenCount();
    out.reserve(n / 8);  // (news names someone every dozen tokens or so: moving phrases as the vector grows cost more)
    std::uint32_t i = 0;
    while (i < n) {
        if (!isRunToken(a, i)) {
            ++i;
            continue;
        }
        if (const Paragraph& para = a.seg().paragraphs[a.paragraphOf(i)]; a.keyIs(para.firstToken, "by") && isBylineParagraph(a, para)) {
            i = para.endToken;  // (the writers of the article)
            continue;
        }
        const Sentence& s = a.sentenceOf(i);
        std::uint32_t end = runEndAfter(a, i, s.endToken);
        // ("the Labour and Progress Party", "Health and Safety Executive": words joined by "and"
        // before a body's name that ends in its noun are one name, no given name among them)
        if (end + 2 < s.endToken && end <= i + 2 && a.keyIs(end, "and") && isRunToken(a, end + 1)) {
            const std::uint32_t second = runEndAfter(a, end + 1, s.endToken);
            bool given = false;
            for (std::uint32_t k = i; k < second && !given; ++k)
                given = a.is(k, wc::FirstName | wc::Honorific | wc::PersonRole);
            if (!given && second > end + 1 && a.is(second - 1, wc::OrgNoun) && a.isCapitalized(second - 1) && !inTitleLine(a, i))
                end = second;
        }
        // ("the campaign group Justice for Dunmere", "the charity Parents for Safer Roads": after a
        // body's noun, its name goes on through "for" or "against")
        // (or before its apposition: "Justice for Dunmere, the group set up by the families,")
        const auto bodyNoun = [&](std::uint32_t t) {
            return t < s.endToken && a.isLowerWord(t) &&
                   a.keyIsOneOf(t, "group", "campaign", "charity", "coalition", "movement", "alliance", "organisation",
                                "organization", "network", "collective");
        };
        bool namedBody = false;
        if (end + 1 < s.endToken && end <= i + 2 && a.keyIsOneOf(end, "for", "against") && isRunToken(a, end + 1)) {
            const std::uint32_t second = runEndAfter(a, end + 1, s.endToken);
            const bool described = (i > s.firstToken && bodyNoun(i - 1)) ||
                                   (second + 2 < s.endToken && a.isPunct(second, ',') && a.keyIsOneOf(second + 1, "the", "a", "an") &&
                                    (bodyNoun(second + 2) || (second + 3 < s.endToken && bodyNoun(second + 3))));
            if (described) {
                end = second;
                namedBody = true;  // (a body's name, whatever role words it holds: "Justice for Dunmere")
            }
        }
        std::uint32_t first = i;
        while (first < end && (a.isPunct(first, ']') || (a.is(first, wc::NotAName | wc::Determiner) &&
                                                         !a.is(first, wc::FirstName | wc::Country)) ||
                               // ("Among Quillon’s early backers is …": a preposition opening the sentence)
                               (first == s.firstToken && first + 1 < end && a.is(first, wc::Preposition) &&
                                !a.is(first, wc::FirstName | wc::Country)) ||
                               (first + 1 < end && a.key(first).ends_with("-based"))))  // ("Varunapur-based Sanjivani Remedies")
            ++first;
        // ("Members of the Allied Care Workers’ Union voted": the body's people, not its name)
        if (first + 3 < end && first == s.firstToken && !a.is(first, wc::FirstName) && a.keyIs(first + 1, "of") &&
            (a.is(first, wc::CollectiveSource) ||
             a.keyIsOneOf(first, "shareholders", "investors", "employees", "workers", "residents", "customers", "voters",
                          "users", "executives", "owners", "bondholders", "creditors", "passengers", "tenants", "patients")))
            first += a.keyIs(first + 2, "the") ? 3 : 2;
        // ("Defending Liam Cassidy, Mark Fenwick KC told the jury": a participle opening the sentence)
        if (first + 1 < end && first == s.firstToken && a.key(first).size() > 5 && a.key(first).ends_with("ing") &&
            !a.is(first, wc::FirstName))
            ++first;
        if (first >= end) {
            i = std::max(end, i + 1);
            continue;
        }
        if (std::optional<SourcePhrase> owner = ownerOrganisation(a, first, end))
            out.push_back(std::move(*owner));
        else if (std::optional<SourcePhrase> employer = employerBeforeRole(a, first, end))
            out.push_back(std::move(*employer));
        if (end == first + 1 && namesAThing(a.key(first))) {
            i = std::max(end, i + 1);
            continue;
        }
        // A single capitalised word opening a sentence is a name only if the lexicon knows it
        // as one or the article writes it capitalised elsewhere; the caller checks the latter.
        SourcePhrase p = interpretRun(a, first, end);
        if (namedBody && first == i) {
            p.kind = SourceKind::Name;
            p.type = SpeakerType::Organization;
            p.firstToken = first;
            p.endToken = end;
            p.span = {a.token(first).span.begin, a.token(end - 1).span.end};
            p.name = joinTokens(a, first, end);
            p.role.clear();
            p.gender = Gender::Unknown;
        }
        if (p.kind == SourceKind::Name)
            completeName(a, p, first, end);
        if (p.kind == SourceKind::Name && p.role.empty() && p.type != SpeakerType::Organization)
            takeLowerRoleBefore(a, p, s.firstToken);
        if (p.kind == SourceKind::Name)
            takeRoleInAppositionBefore(a, p, s.firstToken);
        // ("whose family firm, Maison Montclair et Fils,": a business's noun, then its name)
        if (p.kind == SourceKind::Name && p.type == SpeakerType::Unknown && p.firstToken >= s.firstToken + 2 &&
            a.isPunct(p.firstToken - 1, ',') && a.isLowerWord(p.firstToken - 2) &&
            a.keyIsOneOf(p.firstToken - 2, "firm", "company", "business", "bank", "brewery", "winery", "chain", "carrier",
                         "airline", "insurer", "lender", "retailer", "maker", "manufacturer", "supplier", "startup",
                         "publisher", "label"))
            p.type = SpeakerType::Organization;
        // ("the Allied Municipal Workers union", "the Vesna party": a body's noun after its name)
        // (after "the" only: "an Ostley company", "Consumer group FairBasket" describe)
        if (p.kind == SourceKind::Name && p.type == SpeakerType::Unknown && p.endToken < s.endToken &&
            p.firstToken > s.firstToken && a.keyIs(p.firstToken - 1, "the") && a.isLowerWord(p.endToken) &&
            a.keyIsOneOf(p.endToken, "union", "party", "council", "committee", "association", "foundation", "charity",
                         "coalition", "federation", "guild", "movement"))
            p.type = SpeakerType::Organization;
        if (p.kind == SourceKind::Name && p.role.empty() && p.type != SpeakerType::Organization)
            takeRoleServedAs(a, p, s.endToken);
        if (p.kind == SourceKind::Name && p.type == SpeakerType::Unknown && p.endToken + 2 < s.endToken &&
            a.isPunct(p.endToken, ',') &&
            (a.keyIs(p.endToken + 1, "who") || a.keyIs(p.endToken + 1, "whose") ||
             (a.token(p.endToken + 1).kind == TokenKind::Number && a.isPunct(p.endToken + 2, ','))))
            p.type = SpeakerType::Person;  // "Dunlop, whose side had lost …", "Achterberg, 29, has …": a person

        if (p.kind == SourceKind::Name && p.type != SpeakerType::Person && p.role.empty())
            takeShopPossessive(a, p, s.endToken);
        if (p.kind == SourceKind::Name && p.type == SpeakerType::Unknown && p.endToken + 2 < s.endToken &&
            a.isPunct(p.endToken, ',')) {
            // ("Tallyworks, the accounting software maker, will cut …": an apposition says what it is,
            // for "the company" to take up later)
            std::uint32_t close = p.endToken + 1;
            while (close < s.endToken && close - p.endToken < 40 && !a.isPunct(close, ','))
                ++close;
            // (or ends the sentence: "owned by Stellgrove Residential, a developer based in Pellham.",
            // "Halberd Logic, the artificial intelligence start-up that shut its office …")
            const bool ends = close == s.endToken && close > p.endToken + 2 && a.token(close - 1).kind == TokenKind::Punct &&
                              !a.isPunct(close - 1, ',') && !a.isPunct(close - 1, ':');
            if (!ends && close - p.endToken >= 14)
                close = s.endToken;  // (a comma that far on closes no apposition)
            if (ends)
                --close;
            if (close < s.endToken && (a.isPunct(close, ',') || ends) && isOrganisationAppositive(a, p.endToken + 1, close))
                p.type = SpeakerType::Organization;
        }
        // ("Sørensen-Mbeki, a two-term senator who is trailing in the polls, opened …": a person's
        // role in apposition, for "the senator" to take up later, though the name says nothing here)
        if (p.kind == SourceKind::Name && p.type != SpeakerType::Organization && p.role.empty() && p.endToken + 2 < s.endToken &&
            a.isPunct(p.endToken, ',') && a.keyIsOneOf(p.endToken + 1, "a", "an", "the")) {
            std::uint32_t close = p.endToken + 1;
            while (close < s.endToken && close - p.endToken < 14 && !a.isPunct(close, ','))
                ++close;
            // (closed by its comma, no verb of its own before a relative word: not "Luskova, the
            // minister said")
            // (nor a pair's: "Maeve and Corin Haddow, the sister and brother at the heart of …")
            bool closed = close < s.endToken && a.isPunct(close, ',') &&
                          !(p.firstToken > s.firstToken && a.keyIs(p.firstToken - 1, "and")) &&
                          // (nor a preposition's object or a time: "In May, a federal judge, citing …, ruled")
                          !(p.firstToken > s.firstToken && a.is(p.firstToken - 1, wc::Preposition)) && !a.is(p.firstToken, wc::TimeWord);
            for (std::uint32_t k = p.endToken + 2; closed && k < close && !a.keyIsOneOf(k, "who", "whose", "which", "that"); ++k)
                closed = !a.is(k, wc::Cue | wc::Verb | wc::Auxiliary);
            if (const SourcePhrase role = closed ? sourceAfter(a, p.endToken + 1, close) : SourcePhrase{};
                role.valid() && role.firstToken == p.endToken + 1 && !role.plural && !a.keyIs(role.endToken, "and") &&
                (role.kind == SourceKind::RoleNoun || role.kind == SourceKind::CommonNoun) && a.is(role.endToken - 1, wc::PersonRole) &&
                !a.is(role.endToken - 1, wc::OrgNoun)) {
                p.role = role.name;
                if (p.type == SpeakerType::Unknown)
                    p.type = SpeakerType::Person;
            }
        }
        // ("Mila Petrescu-Ali, whose father, Jovan Petrescu-Ali, runs …": a kin role says the gender)
        if (p.kind == SourceKind::Name && p.gender == Gender::Unknown && !p.role.empty())
            p.gender = kinGender(p.role);
        // ("Capt. Ilinca Moraru-Dascalu of the Northern Regional Police": the body a person is of
        // is named too, for "the force" to take up later)
        std::optional<SourcePhrase> body;
        if (p.kind == SourceKind::Name && p.type == SpeakerType::Person && !p.role.empty())
            for (std::uint32_t k = p.firstToken + 1; k + 1 < p.endToken; ++k)
                if (a.keyIs(k, "of") && a.isLowerWord(k) && a.isCapitalized(k - 1)) {
                    const std::uint32_t from = a.keyIs(k + 1, "the") && a.isLowerWord(k + 1) ? k + 2 : k + 1;
                    if (from < p.endToken && a.isCapitalized(from))
                        if (SourcePhrase org = interpretRun(a, from, p.endToken);
                            org.kind == SourceKind::Name && org.type == SpeakerType::Organization)
                            body = std::move(org);
                    break;
                }
        if (p.kind == SourceKind::Name)
            out.push_back(std::move(p));
        if (body)
            out.push_back(std::move(*body));
        i = std::max(end, i + 1);
    }
    return out;
}

std::string dump(const Analysis& a, const SourcePhrase& p)
{
    static constexpr std::array<std::string_view, 5> kKinds = {"none", "name", "pronoun", "role", "noun"};
    std::string out(kKinds[static_cast<std::size_t>(p.kind)]);
    if (!p.valid())
        return out;
    out += " [";
    out += a.str(p.span);
    out += "] name=" + p.name;
    if (!p.role.empty())
        out += " role=" + p.role;
    if (!p.head.empty())
        out += " head=" + p.head;
    out += " type=" + std::string(toString(p.type));
    out += " gender=" + std::string(toString(p.gender));
    if (p.plural)
        out += " plural";
    return out;
}

SourcePhrase ownerPronoun(const Analysis& a, std::uint32_t i)
{
    SourcePhrase p;
    const bool his = a.keyIs(i, "his"), her = a.keyIs(i, "her"), their = a.keyIs(i, "their"), its = a.keyIs(i, "its");
    if (!his && !her && !their && !its)
        return p;
    p.kind = SourceKind::Pronoun;
    p.firstToken = i;
    p.endToken = i + 1;
    p.span = a.token(i).span;
    p.name = std::string(a.str(i));
    p.head = his ? "he" : her ? "she" : its ? "it" : "they";  // (what the resolver reads)
    p.gender = his ? Gender::Male : her ? Gender::Female : Gender::Unknown;
    p.plural = their;
    return p;
}

bool isKinNoun(std::string_view head)
{
    static constexpr std::string_view kKin[] = {"husband", "wife", "widow", "widower", "son", "daughter",
                                                "brother", "sister", "father", "mother"};
    return std::find(std::begin(kKin), std::end(kKin), head) != std::end(kKin);
}

bool isDash(const Analysis& a, std::uint32_t i)
{
    if (a.isPunct(i, 0x2014) || a.isPunct(i, 0x2013) || (a.isPunct(i, '-') && a.token(i).span.size() == 2))
        return true;
    // " - " between spaces stands for a dash in plain-text news
    return a.isPunct(i, '-') && i + 1 < a.tokenCount() && a.token(i + 1).span.begin > a.token(i).span.end &&
           i > 0 && a.token(i - 1).span.end < a.token(i).span.begin;
}

}  // namespace ql
