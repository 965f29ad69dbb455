#include "ui/speaker_stats.h"

#include "eval/word_tokens.h"

#include <algorithm>

namespace qlui {

const SpeakerStats* SourcingSummary::find(ql::SpeakerId id) const
{
    auto it = std::find_if(speakers.begin(), speakers.end(), [id](const SpeakerStats& s) { return s.speaker == id; });
    return it == speakers.end() ? nullptr : &*it;
}

SourcingSummary summarize(const ql::AnnotationSet& annotations, std::string_view text)
{
    SourcingSummary summary;
    for (const ql::Speaker& speaker : annotations.speakers)
        summary.speakers.push_back({speaker.id, 0, 0, 0.0});
    for (const ql::Quote& quote : annotations.quotes) {
        auto it = std::find_if(summary.speakers.begin(), summary.speakers.end(),
                               [&](const SpeakerStats& s) { return s.speaker == quote.speaker; });
        if (!quote.speaker || it == summary.speakers.end()) {
            ++summary.unattributedQuotes;
            continue;
        }
        ++it->quotes;
        for (const ql::Span& span : quote.spans)
            it->words += ql::eval::wordSpans(span.in(text)).size();
    }
    for (const SpeakerStats& stats : summary.speakers)
        summary.attributedWords += stats.words;
    if (summary.attributedWords == 0)
        return summary;
    const auto total = static_cast<double>(summary.attributedWords);
    for (std::size_t i = 0; i < summary.speakers.size(); ++i) {
        SpeakerStats& stats = summary.speakers[i];
        stats.share = static_cast<double>(stats.words) / total;
        const ql::Speaker& speaker = annotations.speakers[i];
        summary.shares.byGender[static_cast<std::size_t>(speaker.gender)] += stats.share;
        summary.shares.byType[static_cast<std::size_t>(speaker.type)] += stats.share;
    }
    return summary;
}

}  // namespace qlui
