#pragma once
// Stage 4: the noun phrases that name a source. A phrase is read around a cue
// ("U.S. Secretary of State Hillary Clinton said", "said Dr. Samuel Okafor, the project's
// chief engineer", "the alliance insisted", "she added") or found anywhere as a proper name,
// and split into its parts: name, role or title, honorific, and what they say of gender and type.

#include "document/speaker.h"
#include "extract/analysis.h"
#include "text/chars.h"

#include <string>
#include <string_view>
#include <vector>

namespace ql {

enum class SourceKind : std::uint8_t {
    None,
    Name,        // a proper name, perhaps with a role: "Russian Foreign Minister Sergei Lavrov", "NATO"
    Pronoun,     // he, she, they, it
    RoleNoun,    // a definite description of someone named elsewhere: "the mayor", "the alliance"
    CommonNoun,  // an unnamed source: "a source", "officials", "engineers"
};

inline constexpr std::uint8_t kTitleDoctor = 1, kTitleProfessor = 2;

struct SourcePhrase final {
    SourceKind kind = SourceKind::None;
    std::uint32_t firstToken = 0, endToken = 0;  // as written, appositions included
    Span span;
    std::string name;   // proper name without role, honorific or brackets; for nouns the phrase without its article
    std::string role;   // "U.S. Secretary of State", "the project's chief engineer"
    std::string head;   // lower-cased head word of a role or common noun ("mayor", "alliance")
    Gender gender = Gender::Unknown;
    SpeakerType type = SpeakerType::Unknown;
    bool plural = false;
    bool country = false;
    bool descriptor = false;  // "the 30-year-old", "the Scot": whoever the article was just talking about
    std::uint8_t title = 0;   // kTitleDoctor or kTitleProfessor: "Dr. Kessler" is the Kessler the article called so

    bool valid() const { return kind != SourceKind::None; }
};

// The phrase that ends just before token `end` (skipping adverbs and auxiliaries such as
// "has also"), not reaching before token `limit`.
SourcePhrase sourceBefore(const Analysis& a, std::uint32_t end, std::uint32_t limit);

// The phrase that starts at token `begin` ("said the minister"), not reaching `limit`.
SourcePhrase sourceAfter(const Analysis& a, std::uint32_t begin, std::uint32_t limit);

// The same after an inverted cue, where a group may follow: "…, said Doyle and others."
SourcePhrase invertedSourceAfter(const Analysis& a, std::uint32_t begin, std::uint32_t limit);

// ", for example," or ", however," before `comma`: the opening comma, or `comma` when there is
// no such aside.
std::uint32_t discourseAsideBefore(const Analysis& a, std::uint32_t comma, std::uint32_t limit);

// The head of the source phrase an interview's "A:" stands for (a descriptor of the interviewee).
inline constexpr std::string_view kIntervieweeHead = "interviewee";

// "30-year-old", "scot", "frenchwoman": a lower-cased head word that describes a person by age or
// origin, as news writing does to avoid repeating a name.
bool isPersonDescriptor(std::string_view head);

// "his", "her", "their" at token i as the pronoun it stands for ("he", "she", "they"), resolved
// as one; invalid for any other word.
SourcePhrase ownerPronoun(const Analysis& a, std::uint32_t i);

// "wife", "son", "sister": a relative, who most often shares the surname of the one named as owner.
bool isKinNoun(std::string_view head);

// ", 25," (an age) and ", R-Ky.," (party and state): words [first, end) that stand between a name
// and its verb.
bool isAgeOrParty(const Analysis& a, std::uint32_t first, std::uint32_t end);

// The possessive word the analysis makes of a plural's lone mark ("Workers’"), not a "’s".
inline bool isLonePossessiveMark(const Analysis& a, std::uint32_t i)
{
    const Token& t = a.token(i);
    if (t.kind != TokenKind::Word || !t.has(tokflag::Possessive) || t.span.size() > 3)
        return false;
    const char last = a.text()[t.span.end - 1];
    return last != 's' && last != 'S';
}

// "Workers'" in "the Harbour Workers' Union", "the Lancers' majority owner": a plural's
// possessive apostrophe, no quotation mark.
// (Inlined: asked of every word joined into a name, it is nearly always not a quote mark.)
// (The analysis makes most such marks possessive words; one it left a mark still counts here.)
[[gnu::always_inline]] inline bool isPluralApostrophe(const Analysis& a, std::uint32_t i)
{
    const Token& t = a.token(i);
    if (!chars::isApostrophe(t.first) || t.has(tokflag::SpaceBefore) || i == 0)
        return false;
    if (t.kind == TokenKind::Word)
        return isLonePossessiveMark(a, i);
    if (t.kind != TokenKind::QuoteMark)
        return false;
    const std::string_view before = a.str(i - 1);
    return !before.empty() && (before.back() == 's' || before.back() == 'S') && !a.insideQuote(i);
}

// A dash between clauses: an em or en dash, "--", or a hyphen with spaces around it.
bool isDash(const Analysis& a, std::uint32_t i);

// Is token i in a title line: a paragraph of one sentence with no closing punctuation (a headline)?
bool inTitleLine(const Analysis& a, std::uint32_t i);

// Things that show or find, as sources: "Video shows", "Records show", "Data suggest".
bool evidenceNoun(const Analysis& a, std::uint32_t i);

// "an audit by the Vestmark Defence Inspectorate that was presented …", "guidance issued by the
// Ministry of …", "data from the research group …": the named author or issuer a document phrase
// gives (spanning the whole phrase, as written), or an invalid phrase.
SourcePhrase documentAuthor(const Analysis& a, const SourcePhrase& document, std::uint32_t limit);

// The author a document noun at token `noun` names in its own sentence: "a report released
// Thursday by Auditor Renata Szabo", "The OPS report", "figures from the firm Castellan Media"; the
// phrase of the author's name, or an invalid phrase.
SourcePhrase authorOfDocumentAt(const Analysis& a, std::uint32_t noun);

// "report", "study", "memo": a document or a piece of research, which speaks through what it
// finds, and is written by someone ("a report by the Senate's legal service found").
bool authoredDocumentNoun(const Analysis& a, std::uint32_t i);

// A piece of research that finds or shows what it reports: "study", "report", "poll", "audit".
bool studyNoun(const Analysis& a, std::uint32_t i);

// "…, former state senator Dale Whitcombe, clashed", "inspector Hilary Pemberton found": the
// lower-case role words just before a name are its role (set on `p`, a name with no role yet).
void takeLowerRoleBefore(const Analysis& a, SourcePhrase& p, std::uint32_t sentenceFirst);

// Every proper-name mention in the text, in order (inside quotations too).
std::vector<SourcePhrase> findNameMentions(const Analysis& a);

std::string dump(const Analysis& a, const SourcePhrase& phrase);

}  // namespace ql
