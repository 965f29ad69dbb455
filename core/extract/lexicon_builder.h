#pragma once
// Internal: how the word lists fill the lexicon. Each list file adds its words once, at start.

#include "extract/lexicon.h"

#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ql::lexicon {

class LexiconBuilder {
public:
    // Adds every space-separated word of `words` (static storage) to class `cls`.
    void add(std::string_view words, std::uint32_t cls, Gender gender = Gender::Unknown);
    WordInfo& entry(std::string_view word);  // `word` must outlive the lexicon
    const WordInfo* find(std::string_view word) const;
    std::string_view own(std::string word);  // keeps a generated word alive
    // Every word and its entry, in the order the words came (a deque: entries stay where they are).
    const std::deque<std::pair<std::string_view, WordInfo>>& entries() const { return m_entries; }
    std::size_t cueLemmas = 0;

private:
    // An open-addressing index of the entries by lexicon::keyHash (the lexicon is built at the
    // first look-up of the process: a node-based map cost as much as a few articles' analysis).
    std::size_t slotOf(std::string_view word, std::uint64_t hash) const;
    void grow();

    std::deque<std::pair<std::string_view, WordInfo>> m_entries;
    // each entry's keyHash, side by side: compared before its word (a deque's entry took many
    // instructions to reach), kept for grow
    std::vector<std::uint64_t> m_hashes;
    std::vector<std::uint32_t> m_slots;  // entry index + 1; 0 marks an empty slot
    std::deque<std::string> m_owned;
};

void addFunctionWords(LexiconBuilder& b);
void addRoleWords(LexiconBuilder& b);
void addCueVerbs(LexiconBuilder& b);
void addFirstNames(LexiconBuilder& b);
void addPlaces(LexiconBuilder& b);

}  // namespace ql::lexicon
