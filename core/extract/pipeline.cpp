#include "extract/pipeline.h"

#include "extract/attribution.h"
#include "extract/speaker_resolver.h"

namespace ql {

AnnotationSet extractQuotes(std::string_view text)
{
    const Analysis analysis(text);
    const std::vector<Cue> cues = findCues(analysis);
    const std::vector<Attribution> attributions = attribute(analysis, cues);
    return resolveSpeakers(analysis, cues, attributions);
}

}  // namespace ql
