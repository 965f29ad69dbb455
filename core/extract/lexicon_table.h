#pragma once
// Internal: the built lexicon's look-up table, for Analysis, which looks up every word of an
// article and reads the table inline (a call per word cost a fifth of the look-up).

#include "extract/lexicon.h"

#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace ql::lexicon {

class LexiconBuilder;

class Table final {
public:
    // (the builder's words with the hashes it made of them: not hashed again)
    explicit Table(const LexiconBuilder& words);

    const WordInfo* find(std::string_view key, std::uint64_t hash) const { return probe(key, hash, sameBytes); }
    // The same for a key followed by at least eight readable bytes (as Analysis keeps its keys):
    // compared eight bytes at a time, most keys at once.
    const WordInfo* findReadable(std::string_view key, std::uint64_t hash) const { return probe(key, hash, sameChunks); }

private:
    // A small open-addressing table of (hash tag, entry) pairs, so that a probe touches one cache
    // line and a miss usually no word at all. (The node-based map spent a tenth of extraction
    // time chasing pointers.)
    struct Slot {
        std::uint32_t tag = 0;
        std::uint32_t entry = 0;  // index + 1; 0 marks an empty slot
    };
    struct Entry {
        const char* word = nullptr;  // zero-padded to whole chunks of eight bytes (in m_words)
        std::uint32_t size = 0;
        const WordInfo* info = nullptr;
    };

    template <class Same>
    [[gnu::always_inline]] const WordInfo* probe(std::string_view key, std::uint64_t hash, Same same) const
    {
        const auto tag = static_cast<std::uint32_t>(hash >> 32);
        for (std::uint64_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot slot = m_slots[i];
            if (slot.entry == 0)
                return nullptr;
            if (slot.tag != tag)
                continue;
            const Entry& entry = m_entries[slot.entry - 1];
            if (entry.size == key.size() && same(entry.word, key))
                return entry.info;
        }
    }
    // Compared byte by byte, not with memcmp: keys are a few letters long, and a call in the
    // probe loop made every look-up save and restore six registers.
    static bool sameBytes(const char* word, std::string_view key)
    {
        for (std::size_t i = 0; i < key.size(); ++i)
            if (word[i] != key[i])
                return false;
        return true;
    }
    static bool sameChunks(const char* word, std::string_view key)
    {
        for (std::size_t i = 0;; i += 8) {
            std::uint64_t a, b;
            std::memcpy(&a, key.data() + i, 8);
            std::memcpy(&b, word + i, 8);
            const std::size_t rest = key.size() - i;
            if (rest <= 8)  // (the key's bytes only: what follows it is not part of it)
                return ((a ^ b) & (~std::uint64_t{0} >> (8 * (8 - rest)))) == 0;
            if (a != b)
                return false;
        }
    }

    std::vector<Slot> m_slots;
    std::vector<Entry> m_entries;
    std::vector<std::uint64_t> m_words;  // every word, each from a chunk of its own
    std::uint64_t m_mask = 0;
};

// The table, built at the first call of the process (or the first look-up).
const Table& table();

}  // namespace ql::lexicon
