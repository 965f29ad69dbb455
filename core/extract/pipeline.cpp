#include "extract/pipeline.h"

#include "extract/attribution.h"
#include "extract/speaker_resolver.h"

namespace ql {

AnnotationSet extractQuotes(std::string_view text)
{
    const Analysis analysis(text);
    const std::vector<Cue> cues = findCues(analysis);
    return resolveSpeakers(analysis, cues, attribute(analysis, cues));
}

}  // namespace ql
