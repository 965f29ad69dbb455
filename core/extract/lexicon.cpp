#include "extract/lexicon.h"

#include "extract/lexicon_builder.h"

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

struct Lexicon {
    LexiconBuilder builder;
    Lexicon()
    {
        addFunctionWords(builder);
        addRoleWords(builder);
        addPlaces(builder);
        addFirstNames(builder);
        addCueVerbs(builder);
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
    const auto& map = instance().builder.map();
    auto it = map.find(key);
    return it == map.end() ? nullptr : &it->second;
}

std::size_t cueLemmaCount() { return instance().builder.cueLemmas; }

}  // namespace ql::lexicon
