#include "sample_corrections.h"

#include "edit/builders.h"

#include <stdexcept>
#include <string>

namespace qltest {

namespace {

ql::Span find(const ql::Document& document, std::string_view needle)
{
    const std::size_t at = document.text.find(needle);
    if (at == std::string::npos)
        throw std::runtime_error("the sample lacks " + std::string(needle));
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}

ql::QuoteId quoteWith(const ql::Document& document, std::string_view needle)
{
    const ql::Span span = find(document, needle);
    for (const ql::Quote& quote : document.annotations.quotes) {
        for (const ql::Span& piece : quote.spans) {
            if (piece.begin <= span.begin && span.end <= piece.end)
                return quote.id;
        }
    }
    throw std::runtime_error("no quote holds " + std::string(needle));
}

ql::SpeakerId speakerNamed(const ql::Document& document, std::string_view name)
{
    for (const ql::Speaker& speaker : document.annotations.speakers) {
        if (speaker.name == name)
            return speaker.id;
    }
    throw std::runtime_error("no speaker is named " + std::string(name));
}

}  // namespace

QString sampleArticlePath() { return QStringLiteral(QUOTELENS_SOURCE_DIR "/resources/samples/harbour-bridge.txt"); }

std::vector<ql::Edit> sampleCorrections(ql::Document document)
{
    std::vector<ql::Edit> edits;
    const auto add = [&](ql::Edit edit) {
        const ql::ApplyResult result = ql::apply(edit, document);
        if (!result.ok())
            throw std::runtime_error(ql::describe(edit) + " refused: " + result.error);
        edits.push_back(std::move(edit));
    };
    const ql::Document& d = document;
    add({ql::ReassignQuote{quoteWith(d, "We are ready"), speakerNamed(d, "Samuel Okafor")}});
    add({ql::speakerFromSelection(d, find(d, "Tomas Ferreira"), quoteWith(d, "will open before winter"))});
    add({ql::EditSpeaker{speakerNamed(d, "Mira Lindqvist"), std::nullopt, std::string("opposition councillor")}});
    add({ql::SetVerified{quoteWith(d, "The steel is in place"), true}});
    const ql::QuoteId french = quoteWith(d, "Nous ne sommes");
    add({ql::NudgeQuoteSpan{french, ql::Edge::End, ql::NudgeUnit::Word, -1}});
    add({ql::NudgeQuoteSpan{french, ql::Edge::End, ql::NudgeUnit::Word, -1}});
    add({ql::RejectQuote{quoteWith(d, "what he would do next")}});
    add({ql::quoteFromSelection(d, find(d, "rejected the criticism"), ql::QuoteKind::Indirect,
                                speakerNamed(d, "Samuel Okafor"))});
    add({ql::MergeSpeakers{speakerNamed(d, "port authority"), speakerNamed(d, "Porto Velho's city council")}});
    add({ql::SetQuoteCue{quoteWith(d, "no jobs would be lost"), std::nullopt}});
    add({ql::verifyAllFrom(d.annotations, speakerNamed(d, "Helena Duarte"))});
    return edits;
}

ql::Edit oneMoreCorrection(const ql::Document& document)
{
    return {ql::ReassignQuote{quoteWith(document, "the opening date"), speakerNamed(document, "Mira Lindqvist")}};
}

}  // namespace qltest
