#pragma once
// Stage 3: reporting verbs and phrases that can introduce an attribution.
// A cue is rejected where the word is a noun or an adjective ("a report", "his claims",
// "the added cost"), a passive ("was told"), or a bare infinitive without a modal.

#include "extract/analysis.h"

#include <optional>
#include <string>
#include <vector>

namespace ql {

// Verb: a reporting verb; AccordingTo: "according to"; Colon: a name and a colon opening a
// headline or a transcript line ("Rubio: I still believe …", "FALLIN: Well, I think …");
// Answer: the "A:" that opens an answer in an interview printed as questions and answers.
// Noun: the noun of a report its owner made, before "that": "Trump's claim that …", "his warning that …".
enum class CueKind : std::uint8_t { Verb, AccordingTo, Colon, Answer, Noun };
enum class TurnRole : std::uint8_t { None, Question, Answer };

struct Cue final {
    std::uint32_t token = 0;     // the verb (or "according")
    std::uint32_t endToken = 0;  // one past the last token of the cue phrase ("according to", "pointed out")
    Span span;
    CueKind kind = CueKind::Verb;
    lexicon::CueForm form = lexicon::CueForm::Past;
    std::uint8_t flags = 0;      // lexicon::cueflag
    bool insideQuote = false;    // inside a direct quotation: never an attribution of its own
    bool afterAuxiliary = false; // "has said", "will tell", "did not say"
    bool passive = false;        // "has been described as …", "was first reported by …"
    bool turn = false;           // the colon of an answer's label in a transcript ("Bramhall: …")
    float score = -1;            // the learned cue model's probability, -1 where it was not asked
};

// Thresholds of the learned model (cue_model.h) against the hand-written rules.
// (Tuned on PolNeAR train: rejecting below 0.2 rather than 0.1 and accepting weak cues such as
// "signed" at 0.6 rather than 0.7 raised attributed F1 there from 0.648 to 0.652; 0.3 gave 0.655
// but lost "The union welcomed the date but demanded guarantees" in our own sample. Since the
// model averages its weights, accepting at 0.55: train 11,780 → 11,859 right of 14,731 → 14,906,
// dev 1,365 → 1,370 of 1,654 → 1,665; 0.5 raised train more but lowered dev.)
inline constexpr float kCueModelAccept = 0.55f;  // a verb the rules refused, weak cues too, is a cue after all
inline constexpr float kCueModelReject = 0.2f;  // a verb the rules took is no cue

// "court", "jury", "inquest": a body that hears evidence ("the court heard that …"); it listened,
// and whoever spoke goes unnamed.
bool isHearingAudience(std::string_view key);

// The "that" at token i or after a few words with no verb or pronoun among them ("was told in
// January that …"); `end` if there is none before it.
std::uint32_t thatAfterWords(const Analysis& a, std::uint32_t i, std::uint32_t end);

// "In a CNN poll released Monday, …", "In the latest survey, conducted in May, …": where an "In"
// at token `in` that opens its sentence starts a poll's or a survey's phrase, the comma that
// closes the phrase (past a ", conducted in May," aside); 0 when it starts none.
std::uint32_t surveyPhraseEnd(const Analysis& a, std::uint32_t in);

// "Clinton led Sanders more than 2-1 in an NBC News/Marist poll", "he fell to 10 percent in the
// latest CNN/ORC poll released Wednesday": a standing measured "in" a poll after the clause that
// gives it. The token after the poll's phrase (the punctuation that ends it), or 0.
std::uint32_t pollAdjunctEnd(const Analysis& a, std::uint32_t in);

// The hand-written rules alone: is the lexicon verb at `token` a finite reporting verb here?
bool rulesAcceptCue(const Analysis& a, std::uint32_t token);

// RulesOnly leaves the learned model out: the hand-written rules' own decisions, for tests and
// for comparing the two.
enum class CueDecision : std::uint8_t { RulesAndModel, RulesOnly };

// "Trump's claim", "Tulsa police's earlier claim", "his repeated insistence": the token that owns
// the report's noun at token `noun` (the possessive or the owner's determiner), one modifier
// passed over.
std::uint32_t reportNounOwner(const Analysis& a, std::uint32_t noun);

// "…, with Sen. Lydia Varga of Montana saying he was …": the "with" before a name that is the
// subject of the participle at token i (an absolute clause: the named person speaks), if any.
std::optional<std::uint32_t> withBeforeNamedSubject(const Analysis& a, std::uint32_t i);

std::vector<Cue> findCues(const Analysis& a, CueDecision decision = CueDecision::RulesAndModel);

std::string dump(const Analysis& a, const std::vector<Cue>& cues);

}  // namespace ql
