#include "extract/lexicon.h"

#include "extract/lexicon_builder.h"
#include "extract/lexicon_table.h"
#include "extract/token.h"

#include <algorithm>
#include <atomic>
#include <vector>

namespace ql::lexicon {

void LexiconBuilder::add(std::string_view words, std::uint32_t cls, Gender gender)
{
    std::size_t pos = 0;
    while (pos < words.size()) {
        while (pos < words.size() && (words[pos] == ' ' || words[pos] == '\n'))
            ++pos;
        std::size_t end = pos;
        while (end < words.size() && words[end] != ' ' && words[end] != '\n')
            ++end;
        if (end > pos) {
            std::string_view word = words.substr(pos, end - pos);
            if (std::any_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
                // ("renée", "joão", "inés": stored as the key a text's word is folded to, accents and all)
                char folded[TokenKey::kLongest];
                word = own(std::string(folded, foldKey(word, folded)));
            }
            WordInfo& info = entry(word);
            info.classes |= cls;
            if (gender != Gender::Unknown)
                info.gender = gender;
        }
        pos = end;
    }
}

std::size_t LexiconBuilder::slotOf(std::string_view word, std::uint64_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    std::size_t i = hash & mask;
    while (m_slots[i] != 0 && (m_hashes[m_slots[i] - 1] != hash || m_entries[m_slots[i] - 1].first != word))
        i = (i + 1) & mask;
    return i;
}

void LexiconBuilder::grow()
{
    // (room for the lists' 3,500 words or so at once: one table, no rehash)
    m_slots.assign(m_slots.empty() ? 8192 : 2 * m_slots.size(), 0);
    m_hashes.reserve(m_slots.size() / 2);  // (as many as the table takes before it grows again)
    std::uint32_t e = 0;
    for (const auto& [word, info] : m_entries) {
        m_slots[slotOf(word, m_hashes[e])] = e + 1;
        ++e;
    }
}

WordInfo& LexiconBuilder::entry(std::string_view word)
{
    if (2 * (m_hashes.size() + 1) > m_slots.size())
        grow();  // (at most half full: probes stay short)
    const std::uint64_t hash = keyHash(word);
    const std::size_t slot = slotOf(word, hash);
    if (m_slots[slot] != 0)
        return m_entries[m_slots[slot] - 1].second;
    m_hashes.push_back(hash);
    m_slots[slot] = static_cast<std::uint32_t>(m_hashes.size());
    return m_entries.emplace_back(word, WordInfo{}).second;  // (a new word: no look-up of the place it went)
}

const WordInfo* LexiconBuilder::find(std::string_view word) const
{
    if (m_slots.empty())
        return nullptr;
    const std::uint32_t e = m_slots[slotOf(word, keyHash(word))];
    return e == 0 ? nullptr : &m_entries[e - 1].second;
}

std::string_view LexiconBuilder::own(std::string word)
{
    m_owned.push_back(std::move(word));
    return m_owned.back();
}

Table::Table(const LexiconBuilder& builder)
{
    const auto& words = builder.entries();
    std::size_t size = 16;
    m_shift = 60;
    while (size < 2 * words.size()) {
        size *= 2;
        --m_shift;
    }
    m_slots.resize(size);
    m_mask = size - 1;
    std::size_t chunks = 0;
    for (const auto& entry : words)
        chunks += (entry.first.size() + 7) / 8;
    m_words.assign(chunks, 0);
    m_infos.reserve(words.size());
    m_wordOf.reserve(words.size());
    char* at = reinterpret_cast<char*>(m_words.data());
    for (const auto& [word, info] : words) {
        word.copy(at, word.size());
        const auto entry = static_cast<std::uint32_t>(m_infos.size());
        m_infos.push_back(info);
        m_wordOf.push_back(at);
        at += (word.size() + 7) / 8 * 8;
        const std::uint64_t head = keyHead(word);
        std::size_t i = firstSlot(head);
        while (m_slots[i].head != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = {head, info.classes, entry};
    }
}

namespace {

struct Lexicon {
    LexiconBuilder builder;
    Table table;

    Lexicon() : table(fill(builder)) {}

    static const LexiconBuilder& fill(LexiconBuilder& builder)
    {
        addFunctionWords(builder);
        addRoleWords(builder);
        addPlaces(builder);
        addFirstNames(builder);
        addCueVerbs(builder);
        return builder;
    }
};

std::atomic<const Lexicon*> g_built{nullptr};

// The one-time build, out of line: inlined, its calls made every look-up save and restore
// registers for them.
[[gnu::noinline]] const Lexicon& build()
{
    static const Lexicon lexicon;
    g_built.store(&lexicon, std::memory_order_release);
    return lexicon;
}

// The first look-up, which builds the lexicon (a call of its own: the look-ups after it make none).
[[gnu::noinline]] const WordInfo* findFirst(std::string_view key) { return build().table.find(key); }

// (inlined into the look-up: called for every word, the call cost more than the test whether
// the lexicon is built)
[[gnu::always_inline]] inline const WordInfo* find(std::string_view key)
{
    const Lexicon* lexicon = g_built.load(std::memory_order_acquire);
    return lexicon ? lexicon->table.find(key) : findFirst(key);
}

}  // namespace

const Table& table()
{
    const Lexicon* lexicon = g_built.load(std::memory_order_acquire);
    return lexicon ? lexicon->table : build().table;
}

const WordInfo* lookup(std::string_view key)
{
    if (key.empty())
        return nullptr;
    return find(key);
}

std::size_t cueLemmaCount() { return build().builder.cueLemmas; }

}  // namespace ql::lexicon
