#include "import/text_similarity.h"

#include "eval/word_tokens.h"

#include <string>
#include <unordered_map>

namespace ql {

double WordOverlap::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

WordOverlap wordOverlap(std::string_view extracted, std::string_view reference)
{
    WordOverlap overlap;
    std::unordered_map<std::string, std::size_t> remaining;
    for (std::string& word : eval::words(reference)) {
        ++remaining[std::move(word)];
        ++overlap.reference;
    }
    for (const std::string& word : eval::words(extracted)) {
        ++overlap.extracted;
        const auto it = remaining.find(word);
        if (it != remaining.end() && it->second > 0) {
            --it->second;
            ++overlap.shared;
        }
    }
    return overlap;
}

}  // namespace ql
