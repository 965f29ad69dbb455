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
    explicit Table(const LexiconBuilder& words);

    const WordInfo* find(std::string_view key) const
    {
        if (key.size() > 0xFF)
            return nullptr;  // (no word is so long: its length would not fit its head)
        const Slot* slot = probe(key, keyHead(key), sameBytes);
        return slot ? &m_infos[slot->entry] : nullptr;
    }
    // The same for a key followed by at least eight readable bytes (as Analysis keeps its keys),
    // whose head (keyHead) is known: compared eight bytes at a time, and the classes read from the
    // slot, with no look at the entry.
    Found findReadable(std::string_view key, std::uint64_t head) const
    {
        const Slot* slot = probe(key, head, sameChunks);
        return slot ? Found{&m_infos[slot->entry], slot->classes} : Found{};
    }

    // Asks for the slot a key of this head is looked for first to be brought into the cache, for
    // a look-up soon after.
    void prefetch(std::uint64_t head) const { __builtin_prefetch(&m_slots[firstSlot(head)]); }

private:
    // An open-addressing table whose slot holds what a look-up needs: the word's head, which
    // settles a word of up to seven bytes by itself, and its classes, which are what the look-ups
    // nearly always want. A look-up reads one slot, one cache line, and only a longer word its
    // bytes. (Slots of a hash tag and an entry index made each look-up of a known word read four
    // places, the slot, the entry, the word and its info, and the loads waited on each other:
    // half the analysis's time.)
    struct Slot {
        std::uint64_t head = 0;  // keyHead of the word; 0 marks an empty slot (no word is empty)
        std::uint32_t classes = 0;
        std::uint32_t entry = 0;  // index into m_infos and m_wordOf
    };

    // Where a key's probe starts: a hash of its head, not of all its bytes (a key's first seven
    // bytes and its length tell nearly every word apart; the few words that share a head share
    // a probe too). A multiplication's high bits, no more: every word of an article is looked up.
    std::size_t firstSlot(std::uint64_t head) const
    {
        return static_cast<std::size_t>((head * 0x9E3779B97F4A7C15ull) >> m_shift);
    }
    template <class Same>
    [[gnu::always_inline]] const Slot* probe(std::string_view key, std::uint64_t head, Same same) const
    {
        for (std::size_t i = firstSlot(head);; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.head == 0)
                return nullptr;
            if (slot.head == head && (key.size() <= 7 || same(m_wordOf[slot.entry], key)))
                return &slot;
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
    std::vector<WordInfo> m_infos;       // each word's entry, copied from the builder
    std::vector<const char*> m_wordOf;   // each word, in m_words
    std::vector<std::uint64_t> m_words;  // every word, each from a chunk of its own
    std::size_t m_mask = 0;
    int m_shift = 64;  // 64 less the bits of a slot's index
};

// The table, built at the first call of the process (or the first look-up).
const Table& table();

}  // namespace ql::lexicon
