#pragma once
// Internal: how the word lists fill the lexicon. Each list file adds its words once, at start.

#include "extract/lexicon.h"

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ql::lexicon {

class LexiconBuilder {
public:
    // Adds every space-separated word of `words` (static storage) to class `cls`.
    void add(std::string_view words, std::uint32_t cls, Gender gender = Gender::Unknown);
    WordInfo& entry(std::string_view word);  // `word` must outlive the lexicon
    std::string_view own(std::string word);  // keeps a generated word alive
    const std::unordered_map<std::string_view, WordInfo>& map() const { return m_map; }
    std::size_t cueLemmas = 0;

private:
    std::unordered_map<std::string_view, WordInfo> m_map;
    std::deque<std::string> m_owned;
};

void addFunctionWords(LexiconBuilder& b);
void addRoleWords(LexiconBuilder& b);
void addCueVerbs(LexiconBuilder& b);
void addFirstNames(LexiconBuilder& b);
void addPlaces(LexiconBuilder& b);

}  // namespace ql::lexicon
