#include "export_samples.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace ql::test {

Speaker makeSpeaker(std::uint32_t id, std::string name, SpeakerType type, Gender gender, std::string role,
                    std::vector<std::string> aliases)
{
    Speaker speaker;
    speaker.id = SpeakerId{id};
    speaker.name = std::move(name);
    speaker.type = type;
    speaker.gender = gender;
    speaker.role = std::move(role);
    speaker.aliases = std::move(aliases);
    return speaker;
}

Quote makeQuote(std::uint32_t id, QuoteKind kind, std::vector<Span> spans, SpeakerId speaker,
                std::optional<Span> mention, std::optional<Span> cue, double confidence, std::string rule)
{
    Quote quote;
    quote.id = QuoteId{id};
    quote.kind = kind;
    quote.spans = std::move(spans);
    quote.speaker = speaker;
    quote.mention = mention;
    quote.cue = cue;
    quote.confidence = confidence;
    quote.rule = std::move(rule);
    return quote;
}

Mention makeMention(Span span, SpeakerId speaker, MentionKind kind)
{
    Mention mention;
    mention.span = span;
    mention.speaker = speaker;
    mention.kind = kind;
    return mention;
}

std::string exportDataPath(std::string_view name)
{
    return std::string(QUOTELENS_SOURCE_DIR "/tests/data/export/") + std::string(name);
}

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        FAIL("cannot read " << path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

Span spanOf(std::string_view text, std::string_view piece, std::string_view context, int occurrence)
{
    std::size_t from = 0;
    if (!context.empty()) {
        from = text.find(context);
        if (from == std::string_view::npos)
            throw std::logic_error("sample text has no \"" + std::string(context) + "\"");
    }
    std::size_t at = std::string_view::npos;
    for (int i = 0; i < occurrence; ++i, ++from) {
        at = text.find(piece, from);
        if (at == std::string_view::npos)
            throw std::logic_error("sample text has no \"" + std::string(piece) + "\"");
        from = at;
    }
    return Span{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + piece.size())};
}

Document trickyDocument()
{
    Document doc;
    doc.id = "tricky.txt";
    doc.text = readFile(exportDataPath("tricky.txt"));
    doc.meta.date = "2024-05-03";
    doc.meta.siteName = "Harbour \"News\" & Co";
    doc.meta.language = "en";
    doc.meta.url = "javascript:alert('url')";
    const std::string_view t = doc.text;

    const SpeakerId mayor{1}, officials{2}, lavrov{3}, engineer{4}, editor{5}, byline{6};
    auto& speakers = doc.annotations.speakers;
    speakers.push_back(makeSpeaker(1, "Zo\u00eb M\u00fcller-\u0141ukasiewicz", SpeakerType::Person, Gender::Female,
                                   "mayor of Gda\u0144sk", {"M\u00fcller-\u0141ukasiewicz"}));
    speakers.push_back(makeSpeaker(2, "Officials <b>&</b> \"staff\"", SpeakerType::Organization));
    speakers.push_back(makeSpeaker(3, "\u0421\u0435\u0440\u0433\u0435\u0439 \u041b\u0430\u0432\u0440\u043e\u0432",
                                   SpeakerType::Person, Gender::Male, "Foreign Minister, Russia",
                                   {"\u041b\u0430\u0432\u0440\u043e\u0432"}));
    speakers.push_back(makeSpeaker(4, "The engineer"));
    speakers.push_back(makeSpeaker(5, "The editor", SpeakerType::Person, Gender::Unknown, "editor"));
    speakers.back().manual = true;
    speakers.push_back(makeSpeaker(6, "Ana Ruiz", SpeakerType::Person, Gender::Female));

    auto& quotes = doc.annotations.quotes;
    quotes.push_back(makeQuote(1, QuoteKind::Direct,
                               {spanOf(t, "We said \u2018never again,\u2019 and we meant it,"),
                                spanOf(t, "Prices, rents, and fees rose, and people said \"enough\".")},
                               mayor, spanOf(t, "Zo\u00eb M\u00fcller-\u0141ukasiewicz"), spanOf(t, "said", "said Zo\u00eb"),
                               0.93, "quote-cue-speaker"));
    quotes.back().alternatives = {byline};
    quotes.back().verified = true;
    quotes.push_back(makeQuote(2, QuoteKind::Indirect, {spanOf(t, "\"><img src=x onerror=alert(1)> was found in the form")},
                               officials, spanOf(t, "officials"), spanOf(t, "said", "officials said"), 0.61,
                               "reported-speech-after"));
    quotes.push_back(makeQuote(3, QuoteKind::Direct, {spanOf(t, "\u041c\u044b \u0433\u043e\u0442\u043e\u0432\u044b")},
                               lavrov, spanOf(t, "\u041b\u0430\u0432\u0440\u043e\u0432"),
                               spanOf(t, "\u0441\u043a\u0430\u0437\u0430\u043b"), 0.85, "quote-cue-speaker"));
    quotes.back().manual = true;
    quotes.push_back(makeQuote(4, QuoteKind::Indirect, {spanOf(t, "Not a heading")}, editor, spanOf(t, "the editor"),
                               spanOf(t, "said", "said the editor"), 0.7, "reported-speech-before"));
    quotes.push_back(makeQuote(5, QuoteKind::Direct, {spanOf(t, "This quote runs\nover a line break, with a comma,")},
                               engineer, spanOf(t, "the engineer"), spanOf(t, "wrote"), 0.8, "quote-speaker-cue"));
    quotes.push_back(makeQuote(6, QuoteKind::Indirect, {spanOf(t, "the bridge would reopen in June")}, officials,
                               spanOf(t, "Officials"), spanOf(t, "said", "Officials said"), 0.75, "speaker-cue-content"));
    quotes.back().verified = true;
    quotes.push_back(makeQuote(7, QuoteKind::Direct, {spanOf(t, "Nobody knows who said this.")}, SpeakerId{},
                               std::nullopt, std::nullopt, 0.2));

    auto& mentions = doc.annotations.mentions;
    mentions.push_back(makeMention(spanOf(t, "Ana Ruiz"), byline, MentionKind::Name));
    mentions.push_back(makeMention(spanOf(t, "Zo\u00eb M\u00fcller-\u0141ukasiewicz"), mayor, MentionKind::Name));
    mentions.push_back(makeMention(spanOf(t, "the mayor of Gda\u0144sk"), mayor, MentionKind::RoleNoun));
    mentions.push_back(makeMention(spanOf(t, "officials"), officials, MentionKind::RoleNoun));
    mentions.push_back(makeMention(spanOf(t, "\u041b\u0430\u0432\u0440\u043e\u0432"), lavrov, MentionKind::Name));
    mentions.push_back(makeMention(spanOf(t, "the editor"), editor, MentionKind::RoleNoun));
    mentions.back().manual = true;
    mentions.push_back(makeMention(spanOf(t, "the engineer"), engineer, MentionKind::RoleNoun));
    mentions.push_back(makeMention(spanOf(t, "Officials"), officials, MentionKind::RoleNoun));
    return doc;
}

Document structuredDocument()
{
    Document doc;
    doc.id = "https://example.org/news/bridge?a=1&b=2";
    doc.text = "Bridge talks resume\n"
               "The mayor spoke at length on Monday.\n"
               "\u201cWe are ready,\u201d she said.\n"
               "Another view\n"
               "Critics said the plan was rushed.\n"
               "Costs rose\n"
               "Delays grew\n";
    doc.meta = {"Bridge talks resume", "Jo Bloggs", "2024-05-03", "Example News", "en",
                "https://example.org/news/bridge?a=1&b=2"};
    const std::string_view t = doc.text;
    auto line = [&](std::string_view text) { return spanOf(t, text); };
    doc.blocks = {{line("Bridge talks resume"), BlockKind::Heading, 1},
                  {line("The mayor spoke at length on Monday."), BlockKind::Paragraph, 0},
                  {line("\u201cWe are ready,\u201d she said."), BlockKind::Blockquote, 0},
                  {line("Another view"), BlockKind::Heading, 2},
                  {line("Critics said the plan was rushed."), BlockKind::Paragraph, 0},
                  {line("Costs rose"), BlockKind::ListItem, 1},
                  {line("Delays grew"), BlockKind::ListItem, 1}};
    doc.styles = {{line("at length"), InlineStyle::Emphasis, ""},
                  {line("rushed"), InlineStyle::Strong, ""},
                  {line("Critics"), InlineStyle::Link, "https://example.org/critics"}};
    const SpeakerId mayor{1}, critics{2};
    doc.annotations.speakers = {makeSpeaker(1, "Anna Berg", SpeakerType::Person, Gender::Female, "mayor", {"she"}),
                                makeSpeaker(2, "Critics")};
    doc.annotations.quotes = {makeQuote(1, QuoteKind::Direct, {line("We are ready,")}, mayor, line("she"),
                                        spanOf(t, "said", "she said"), 0.9, "quote-cue-speaker"),
                              makeQuote(2, QuoteKind::Indirect, {line("the plan was rushed")}, critics, line("Critics"),
                                        spanOf(t, "said", "Critics said"), 0.7, "speaker-cue-content")};
    doc.annotations.mentions = {makeMention(line("The mayor"), mayor, MentionKind::RoleNoun),
                                makeMention(line("she"), mayor, MentionKind::Pronoun),
                                makeMention(line("Critics"), critics, MentionKind::Name)};
    return doc;
}

}  // namespace ql::test
