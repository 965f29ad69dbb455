#include "document/annotation_set.h"

#include <algorithm>

namespace ql {

namespace {
template <typename Vec, typename IdT>
auto findById(Vec& items, IdT id) -> decltype(&items.front())
{
    auto it = std::find_if(items.begin(), items.end(), [id](const auto& item) { return item.id == id; });
    return it == items.end() ? nullptr : &*it;
}
}  // namespace

const Speaker* AnnotationSet::speaker(SpeakerId id) const { return findById(speakers, id); }
Speaker* AnnotationSet::speaker(SpeakerId id) { return findById(speakers, id); }
const Quote* AnnotationSet::quote(QuoteId id) const { return findById(quotes, id); }
Quote* AnnotationSet::quote(QuoteId id) { return findById(quotes, id); }

}  // namespace ql
