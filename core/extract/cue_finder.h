#pragma once
// Stage 3: reporting verbs and phrases that can introduce an attribution.
// A cue is rejected where the word is a noun or an adjective ("a report", "his claims",
// "the added cost"), a passive ("was told"), or a bare infinitive without a modal.

#include "extract/analysis.h"

#include <string>
#include <vector>

namespace ql {

// Verb: a reporting verb; AccordingTo: "according to"; Colon: a name and a colon opening a
// headline or a transcript line ("Rubio: I still believe …", "FALLIN: Well, I think …").
enum class CueKind : std::uint8_t { Verb, AccordingTo, Colon };

struct Cue final {
    std::uint32_t token = 0;     // the verb (or "according")
    std::uint32_t endToken = 0;  // one past the last token of the cue phrase ("according to", "pointed out")
    Span span;
    CueKind kind = CueKind::Verb;
    lexicon::CueForm form = lexicon::CueForm::Past;
    std::uint8_t flags = 0;      // lexicon::cueflag
    bool insideQuote = false;    // inside a direct quotation: never an attribution of its own
    bool afterAuxiliary = false; // "has said", "will tell", "did not say"
};

std::vector<Cue> findCues(const Analysis& a);

std::string dump(const Analysis& a, const std::vector<Cue>& cues);

}  // namespace ql
