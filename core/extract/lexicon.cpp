#include "extract/lexicon.h"

#include "extract/lexicon_builder.h"

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
            WordInfo& info = entry(words.substr(pos, end - pos));
            info.classes |= cls;
            if (gender != Gender::Unknown)
                info.gender = gender;
        }
        pos = end;
    }
}

WordInfo& LexiconBuilder::entry(std::string_view word) { return m_map[word]; }

std::string_view LexiconBuilder::own(std::string word)
{
    m_owned.push_back(std::move(word));
    return m_owned.back();
}

namespace {

// FNV-1a: cheap on the short keys of news words, and good enough for an open table
// at most half full.
std::uint64_t keyHash(std::string_view key)
{
    std::uint64_t h = 14695981039346656037ull;
    for (char c : key)
        h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

struct Lexicon {
    LexiconBuilder builder;
    // The built map laid out for lookups, which run once for every word of every article:
    // open addressing with linear probing, a power-of-two size at least twice the entries.
    std::vector<std::pair<std::string_view, const WordInfo*>> slots;
    std::uint64_t mask = 0;

    Lexicon()
    {
        addFunctionWords(builder);
        addRoleWords(builder);
        addPlaces(builder);
        addFirstNames(builder);
        addCueVerbs(builder);
        std::size_t size = 16;
        while (size < 2 * builder.map().size())
            size *= 2;
        slots.assign(size, {std::string_view{}, nullptr});
        mask = size - 1;
        for (const auto& [word, info] : builder.map()) {
            std::uint64_t i = keyHash(word) & mask;
            while (slots[i].second)
                i = (i + 1) & mask;
            slots[i] = {word, &info};
        }
    }

    const WordInfo* find(std::string_view key) const
    {
        for (std::uint64_t i = keyHash(key) & mask;; i = (i + 1) & mask) {
            const auto& [word, info] = slots[i];
            if (!info || word == key)
                return info;
        }
    }
};

const Lexicon& instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

}  // namespace

const WordInfo* lookup(std::string_view key)
{
    if (key.empty())
        return nullptr;
    return instance().find(key);
}

std::size_t cueLemmaCount() { return instance().builder.cueLemmas; }

}  // namespace ql::lexicon
