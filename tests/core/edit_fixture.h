#pragma once
// A small article with the kinds of attribution the edits deal with: names, a surname
// linked to a full name, pronouns resolved through a chain (one of them wrongly, as the
// engine sometimes does), a quote that goes on from the one before, and a speaker with no
// quotes. Offsets are found by searching the text, so the fixture reads like the article.

#include "document/document.h"

#include <stdexcept>
#include <string>
#include <string_view>

namespace ql::test {

inline const std::string kArticle =
    "NATO chief Anders Fogh Rasmussen spoke on Monday. \xE2\x80\x9CWe are ready,\xE2\x80\x9D he said.\n"
    "Russian Foreign Minister Sergei Lavrov answered. \xE2\x80\x9CThe alliance is wrong,\xE2\x80\x9D he said. "
    "\xE2\x80\x9CWe will respond.\xE2\x80\x9D\n"
    "Later, Lavrov added that talks would go on. \xE2\x80\x9CNobody wants this,\xE2\x80\x9D said Rasmussen.\n"
    "Caf\xC3\xA9 owners agree.\n";

// The `nth` (0-based) occurrence of `needle` in `text`.
inline Span find(std::string_view text, std::string_view needle, int nth = 0)
{
    std::size_t at = text.find(needle);
    for (int i = 0; i < nth && at != std::string_view::npos; ++i)
        at = text.find(needle, at + 1);
    if (at == std::string_view::npos)
        throw std::logic_error("not in the text: " + std::string(needle));
    return Span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}
inline Span find(std::string_view needle, int nth = 0) { return find(kArticle, needle, nth); }

inline Quote quote(std::uint32_t id, QuoteKind kind, Span content, std::uint32_t speaker, std::optional<Span> mention,
                   std::optional<Span> cue, double confidence, std::vector<SpeakerId> alternatives = {})
{
    Quote q;
    q.id = QuoteId{id};
    q.kind = kind;
    q.spans = {content};
    q.speaker = SpeakerId{speaker};
    q.mention = mention;
    q.cue = cue;
    q.confidence = confidence;
    q.rule = "fixture";
    q.alternatives = std::move(alternatives);
    return q;
}

inline Mention mention(Span span, std::uint32_t speaker, MentionKind kind, std::optional<Span> antecedent = std::nullopt)
{
    Mention m;
    m.span = span;
    m.speaker = SpeakerId{speaker};
    m.kind = kind;
    m.antecedent = antecedent;
    return m;
}

// s1 Rasmussen, s2 Lavrov, s3 Café owners (no quotes). q2 and q3 are wrongly Rasmussen's:
// the second "he" was resolved through the first one, and q3 goes on from q2.
inline Document sampleDocument()
{
    Document d;
    d.id = "fixture";
    d.text = kArticle;
    AnnotationSet& set = d.annotations;
    set.speakers = {
        {SpeakerId{1}, "Anders Fogh Rasmussen", SpeakerType::Person, Gender::Male, "NATO chief", {"Rasmussen"}},
        {SpeakerId{2}, "Sergei Lavrov", SpeakerType::Person, Gender::Male, "Russian Foreign Minister", {"Lavrov"}},
        {SpeakerId{3}, "Caf\xC3\xA9 owners", SpeakerType::Organization, Gender::Unknown, "", {}},
    };
    const Span he1 = find("he said", 0), he2 = find("he said", 1);
    const Span he1Word{he1.begin, he1.begin + 2}, he2Word{he2.begin, he2.begin + 2};
    const Span said1{he1.begin + 3, he1.end}, said2{he2.begin + 3, he2.end};
    set.quotes = {
        quote(1, QuoteKind::Direct, find("We are ready,"), 1, he1Word, said1, 0.9, {SpeakerId{2}}),
        quote(2, QuoteKind::Direct, find("The alliance is wrong,"), 1, he2Word, said2, 0.6, {SpeakerId{2}}),
        quote(3, QuoteKind::Direct, find("We will respond."), 1, std::nullopt, std::nullopt, 0.4),
        quote(4, QuoteKind::Indirect, find("talks would go on"), 2, find("Lavrov", 1), find("added"), 0.7),
        quote(5, QuoteKind::Direct, find("Nobody wants this,"), 1, find("Rasmussen", 1), find("said", 2), 0.95),
    };
    set.quotes[2].follows = QuoteId{2};
    set.quotes[2].rule = "quote-previous-speaker";
    set.mentions = {
        mention(find("Anders Fogh Rasmussen"), 1, MentionKind::Name),
        mention(he1Word, 1, MentionKind::Pronoun, find("Anders Fogh Rasmussen")),
        mention(find("Sergei Lavrov"), 2, MentionKind::Name),
        mention(he2Word, 1, MentionKind::Pronoun, he1Word),
        mention(find("Lavrov", 1), 2, MentionKind::Name, find("Sergei Lavrov")),
        mention(find("Rasmussen", 1), 1, MentionKind::Name, find("Anders Fogh Rasmussen")),
    };
    return d;
}

}  // namespace ql::test
