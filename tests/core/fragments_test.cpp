// The engine on pieces of articles: every sentence of our corpus alone, without its first or its
// last word, and its first three words, so that each rule meets a text that starts or ends where
// it looks. Rules once read before the text's first token or past its last (segmentation faults
// and reads of another article's tokens, found this way and with AddressSanitizer on PolNeAR's
// sentences cut the same ways); every reading must stay inside its text.
#include "extract/pipeline.h"
#include "io/gold_jsonl.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <string>
#include <vector>

using namespace ql;

namespace {

// The article cut after each ". ", "? ", "! " (a closing quotation mark may stand between) and at
// paragraph breaks: rough sentences, which is what is wanted here.
std::vector<std::string> roughSentences(const std::string& text)
{
    std::vector<std::string> out;
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const bool breakHere = text[i] == '\n' ||
                               ((text[i] == '.' || text[i] == '?' || text[i] == '!') && i + 1 < text.size() && text[i + 1] == ' ');
        if (!breakHere)
            continue;
        if (i + 1 > from)
            out.push_back(text.substr(from, i + 1 - from));
        from = i + 1;
    }
    if (from < text.size())
        out.push_back(text.substr(from));
    return out;
}

// Every span of the reading within the text and in order, every speaker a quote names listed.
bool readingFits(const AnnotationSet& set, std::size_t size, std::string& why)
{
    const auto inside = [&](Span s) { return s.begin < s.end && s.end <= size; };
    for (const Quote& q : set.quotes) {
        if (q.spans.empty()) {
            why = "a quote with no span";
            return false;
        }
        for (const Span& s : q.spans)
            if (!inside(s)) {
                why = "a content span outside the text";
                return false;
            }
        if ((q.mention && !inside(*q.mention)) || (q.cue && !inside(*q.cue))) {
            why = "a mention or cue outside the text";
            return false;
        }
        if (q.speaker.valid() && !set.speaker(q.speaker)) {
            why = "a quote's speaker not among the speakers";
            return false;
        }
        if (q.confidence < 0.0 || q.confidence > 1.0) {
            why = "a confidence outside 0..1";
            return false;
        }
    }
    for (const Mention& m : set.mentions)
        if (!inside(m.span)) {
            why = "a mention outside the text";
            return false;
        }
    return true;
}

}  // namespace

TEST_CASE("fragments: every sentence of our corpus, alone, without its first or last word, and its first three words, reads inside its text")
{
    std::ifstream in(QUOTELENS_SOURCE_DIR "/tests/data/corpus/gold.jsonl");
    const GoldFile gold = readGoldJsonl(in, GoldDetail::TextOnly);
    REQUIRE(gold.articles.size() >= 400);
    std::size_t pieces = 0;
    for (const GoldArticle& article : gold.articles)
        for (const std::string& sentence : roughSentences(article.text)) {
            const std::size_t space = sentence.find(' '), lastSpace = sentence.rfind(' ');
            std::size_t third = space;
            for (int words = 1; words < 3 && third != std::string::npos; ++words)
                third = sentence.find(' ', third + 1);
            const std::string none;
            for (const std::string& piece : {sentence, space == std::string::npos ? none : sentence.substr(space + 1),
                                             lastSpace == std::string::npos ? none : sentence.substr(0, lastSpace),
                                             third == std::string::npos ? none : sentence.substr(0, third)}) {
                if (piece.empty())
                    continue;
                ++pieces;
                std::string why;
                const bool fits = readingFits(extractQuotes(piece), piece.size(), why);
                INFO(article.id << ": " << piece);
                INFO(why);
                CHECK(fits);
            }
        }
    CHECK(pieces > 10000);
}

TEST_CASE("fragments: the texts that once read before their start")
{
    // (both made the reading of a cue at the text's first token look at the token before it)
    for (const std::string text : {"Citing \u201cobligations in Tennessee,\u201d the spokeswoman told POLITICO that Gore plans to skip it.",
                                   "wrote back: ''We all have him on our radar.", "said: \u201cNo.\u201d", "Said", "\u201cYes,\u201d",
                                   "Tuesday, he said,", "Prices rose 3 percent, according to the", "still named her Holder\u2019s successor.",
                                   "Zayada was traveling through Egypt to mourn his mother, according to the",
                                   "Now we know: Cruz Control,", "O\u2019Malley\u2019s move was first reported", "As Politico reported,",
                                   "However, as POLITICO has reported,", "Asked by one", "the governor said,"}) {
        std::string why;
        INFO(text);
        CHECK(readingFits(extractQuotes(text), text.size(), why));
    }
}
