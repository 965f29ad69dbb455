#include "extract/rule_descriptions.h"

#include <array>
#include <utility>

namespace ql {

namespace {

constexpr std::array<std::pair<std::string_view, std::string_view>, 27> kRules = {{
    {"quote-speaker-cue", "a quotation, then the speaker and the cue (“…,” Smith said)"},
    {"quote-cue-speaker", "a quotation, then the cue and the speaker (“…,” said Smith)"},
    {"speaker-cue-quote", "the speaker and the cue, then the quotation (Smith said: “…”)"},
    {"speaker-colon-quote", "a name and a colon before the quotation (Smith: “…”)"},
    {"quote-dash-speaker", "a quotation signed with a dash after it (“…” — Smith)"},
    {"quote-colon-speaker", "a headline's quotation, a colon, then who said it (‘…’: Smith on …)"},
    {"quote-speaker-verb", "a quotation, then a name and a verb closing the sentence (“…,” Trump shot back)"},
    {"quote-previous-speaker", "a quotation with no cue of its own, given to whoever spoke just before"},
    {"quote-no-cue", "a quotation with no cue and no speaker near it"},
    {"quote-that-is-how", "a quotation on its own, then whose words they were (“…” ¶ That is how Smith remembers it)"},
    {"speaker-cue-clause", "the speaker and the cue, then the reported clause (Smith said that …)"},
    {"speaker-cue-object", "the speaker and the cue, then what was said or meant (Smith denied the report)"},
    {"speaker-cue-rest",
     "the phrase before a cue the learned model is sure of, or the sentence's subject, with the rest of the "
     "clause (a last resort where no other rule fits)"},
    {"clause-speaker-cue", "the reported clause, then the speaker and the cue (…, Smith said)"},
    {"according-to", "“according to” and its source"},
    {"survey-opening", "a poll opening the sentence, then what it found (In a CNN poll, Smith led by 5 points)"},
    {"poll-standing", "a standing, then the poll that measured it (Smith led by 5 points in a CNN poll)"},
    {"owner-noun-clause", "the owner of a report's noun, then what was said (Smith's claim that …)"},
    {"as-speaker-cue", "an aside with “as” (as Smith noted, …)"},
    {"relative-speaker-cue", "a relative pronoun standing for what is reported (the plan, which officials said …)"},
    {"passive-agent", "a passive with its agent (… was reported by Smith)"},
    {"passive-no-agent", "a passive or an impression that names no source (… is expected to …)"},
    {"asked-clause", "a question put to someone (… was asked whether …)"},
    {"hearsay-adverb", "a clause the writer marks as reported without saying by whom (… is reportedly …)"},
    {"speaker-colon-content", "a name and a colon before the words, as in a transcript (SMITH: …)"},
    {"interview-answer", "an answer (A: …) in an interview printed as questions and answers: the person it introduces"},
    {"manual", "added or changed by a person"},
}};

constexpr std::array<std::string_view, kRules.size()> kNames = [] {
    std::array<std::string_view, kRules.size()> names{};
    for (std::size_t i = 0; i < kRules.size(); ++i)
        names[i] = kRules[i].first;
    return names;
}();

}  // namespace

std::string_view ruleDescription(std::string_view rule)
{
    for (const auto& [name, description] : kRules)
        if (name == rule)
            return description;
    return {};
}

std::span<const std::string_view> ruleNames() { return kNames; }

}  // namespace ql
