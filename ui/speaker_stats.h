#pragma once
// Who gets heard in an article: quotes and words quoted per speaker, and the share of voice
// by gender and by type. Pure C++ (no Qt), so that exports can count the same way later.

#include "document/annotation_set.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

namespace qlui {

struct SpeakerStats final {
    ql::SpeakerId speaker;
    int quotes = 0;
    std::size_t words = 0;  // words inside the speaker's quote spans
    double share = 0.0;     // of all attributed words, 0..1
};

// Shares of attributed words by a speaker property; entries follow the enum's order.
struct VoiceShares final {
    std::array<double, 3> byGender{};  // ql::Gender: female, male, unknown
    std::array<double, 3> byType{};    // ql::SpeakerType: person, organisation, unknown
};

struct SourcingSummary final {
    std::vector<SpeakerStats> speakers;  // in the order of annotations.speakers
    std::size_t attributedWords = 0;
    std::size_t unattributedQuotes = 0;
    VoiceShares shares;

    const SpeakerStats* find(ql::SpeakerId id) const;
};

SourcingSummary summarize(const ql::AnnotationSet& annotations, std::string_view text);

}  // namespace qlui
