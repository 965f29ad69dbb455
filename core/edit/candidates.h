#pragma once
// Who else a quote could be by, best first, for reassigning it in one key (1-9) or by
// typing: the engine's runner-up speakers, then everyone else by how near they are
// mentioned to the quote, then those never mentioned near anything.

#include "document/annotation_set.h"

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace ql {

enum class CandidateReason { RunnerUp, Nearby, Elsewhere };

struct Candidate final {
    SpeakerId speaker;
    CandidateReason reason = CandidateReason::Nearby;
    // Bytes between the quote and the nearest mention of the speaker (0 when they touch);
    // the maximum when the speaker has no mention with a place.
    std::uint32_t distance = std::numeric_limits<std::uint32_t>::max();

    friend bool operator==(const Candidate&, const Candidate&) = default;
};

// Every speaker but the quote's own, ranked. Empty for an unknown quote.
std::vector<Candidate> reassignCandidates(const AnnotationSet& set, QuoteId quote);

// The candidates whose name or an alias contains `typed` (ignoring ASCII case), same order.
std::vector<Candidate> searchCandidates(const AnnotationSet& set, QuoteId quote, std::string_view typed);

}  // namespace ql
