#include "extract/analysis.h"
#include "extract/segmenter.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {

// Sentences joined by " | ", paragraphs by " || ": a readable form to compare against.
std::string sentences(std::string_view text)
{
    const Segmentation seg = segment(text);
    std::string out;
    for (const Paragraph& p : seg.paragraphs) {
        if (!out.empty())
            out += " || ";
        for (std::uint32_t s = p.firstSentence; s < p.endSentence; ++s) {
            if (s > p.firstSentence)
                out += " | ";
            out += seg.sentences[s].span.in(text);
        }
    }
    return out;
}

std::string tokens(std::string_view text)
{
    const Segmentation seg = segment(text);
    std::string out;
    for (const Token& t : seg.tokens) {
        if (!out.empty())
            out += ' ';
        out += t.span.in(text);
    }
    return out;
}

}  // namespace

TEST_CASE("segmenter: sentence boundaries")
{
    struct Row { const char* text; const char* expected; };
    const Row rows[] = {
        {"He left. She stayed.", "He left. | She stayed."},
        {"Mr. Smith and Dr. Jones met Sen. Warren.", "Mr. Smith and Dr. Jones met Sen. Warren."},
        {"The U.S. Senate voted. It passed.", "The U.S. Senate voted. | It passed."},
        {"He moved to the U.S. The next day he left.", "He moved to the U.S. | The next day he left."},
        {"The audit in Jan. showed a rise of 4.5 per cent.", "The audit in Jan. showed a rise of 4.5 per cent."},
        {"J. R. R. Tolkien wrote it. Then he slept.", "J. R. R. Tolkien wrote it. | Then he slept."},
        {"It is running out. . . and time is short.", "It is running out. . . and time is short."},
        {"Wait... what happened?", "Wait... what happened?"},
        {"\"Why now?\" she asked. \"Because.\"", "\"Why now?\" she asked. | \"Because.\""},
        {"\xE2\x80\x9CWe are ready.\xE2\x80\x9D He left.", "\xE2\x80\x9CWe are ready.\xE2\x80\x9D | He left."},
        {"First line\nSecond line", "First line || Second line"},
        {"One.\n\n\nTwo.", "One. || Two."},
        {"It cost $14,000. That is a lot.", "It cost $14,000. | That is a lot."},
        {"(He left.) She stayed.", "(He left.) | She stayed."},
        {"He said it was 3 p.m. on Friday.", "He said it was 3 p.m. on Friday."},
        {"Green said no. \"I learned it late,\" she said.", "Green said no. | \"I learned it late,\" she said."},
        {"It ranked No. 5 in the poll.", "It ranked No. 5 in the poll."},
        {"They must empty Blocks C and D. Inspectors will return.", "They must empty Blocks C and D. | Inspectors will return."},
        {"Franklin D. Roosevelt spoke. The letter was signed by John Q. Public.",
         "Franklin D. Roosevelt spoke. | The letter was signed by John Q. Public."},
        {"Asked again, she said, \"No.\" Then she left.", "Asked again, she said, \"No.\" | Then she left."},
        {"He said the U.S. \xE2\x80\x9C" "clearly\xE2\x80\x9D needed it. Then he left.",
         "He said the U.S. \xE2\x80\x9C" "clearly\xE2\x80\x9D needed it. | Then he left."},
        {"He lives in the U.S. \xE2\x80\x9CI learned it,\xE2\x80\x9D he said.",
         "He lives in the U.S. | \xE2\x80\x9CI learned it,\xE2\x80\x9D he said."},
        {"He edits Mic.com. She reads Politico.com daily.", "He edits Mic.com. | She reads Politico.com daily."},
        // a caption and its credit run together on a web page; "U.S.The" and "e.g.Paris" stay as they are
        {"Breaks are common, an official said.CreditMichael Appleton for The Times",
         "Breaks are common, an official said. | CreditMichael Appleton for The Times"},
        {"It happened in the U.S.The end, e.g.Paris.", "It happened in the U.S.The end, e.g.Paris."},
        {"Trump will reverse Roe v. Wade. The court heard Smith vs. Jones.", "Trump will reverse Roe v. Wade. | The court heard Smith vs. Jones."},
        {"ORLANDO, Fla. (Reuters) - Obama met them. He lives in Austin, Tex. The next day he left.",
         "ORLANDO, Fla. (Reuters) - Obama met them. | He lives in Austin, Tex. | The next day he left."},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(sentences(row.text) == row.expected);
    }
}

TEST_CASE("segmenter: tokens keep contractions, names and numbers whole and split possessives")
{
    struct Row { const char* text; const char* expected; };
    const Row rows[] = {
        {"can't won\xE2\x80\x99t O\xE2\x80\x99Neill", "can't won\xE2\x80\x99t O\xE2\x80\x99Neill"},
        {"Russia\xE2\x80\x99s envoy", "Russia \xE2\x80\x99s envoy"},
        {"the so-called plan", "the so-called plan"},
        {"14,000 vehicles, 4.5 per cent", "14,000 vehicles , 4.5 per cent"},
        {"students\xE2\x80\x99 union", "students \xE2\x80\x99 union"},
        {"\xE2\x80\x9CNo,\xE2\x80\x9D he said", "\xE2\x80\x9C No , \xE2\x80\x9D he said"},
        {"[NATO Secretary General Anders Fogh] Rasmussen", "[ NATO Secretary General Anders Fogh ] Rasmussen"},
        {"AT&T and U.S.A. and e.g. this", "AT&T and U.S.A. and e.g. this"},
        {"wait \xE2\x80\x94 no -- yes", "wait \xE2\x80\x94 no -- yes"},
        {"at Mic.com. and www.example.org, not end.common", "at Mic.com . and www . example.org , not end . common"},
        {"to ouest-france.fr. and bbc.co.uk", "to ouest-france.fr . and bbc . co.uk"},
        {"caf\xC3\xA9 \xC3\x89lys\xC3\xA9" "e", "caf\xC3\xA9 \xC3\x89lys\xC3\xA9" "e"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        CHECK(tokens(row.text) == row.expected);
    }
}

TEST_CASE("segmenter: token flags")
{
    const std::string text = "Mr. Lavrov met NATO\xE2\x80\x99s envoy.";
    const Segmentation seg = segment(text);
    REQUIRE(seg.tokens.size() == 7);
    CHECK(seg.tokens[0].has(tokflag::Title));
    CHECK(seg.tokens[0].has(tokflag::SentenceStart));
    CHECK(seg.tokens[1].has(tokflag::Capitalized));
    CHECK_FALSE(seg.tokens[1].has(tokflag::AllCaps));
    CHECK(seg.tokens[3].has(tokflag::AllCaps));
    CHECK(seg.tokens[4].has(tokflag::Possessive));
    CHECK_FALSE(seg.tokens[4].has(tokflag::SpaceBefore));
    CHECK(TokenKey(text, seg.tokens[4]).view() == "'s");
    CHECK(TokenKey(text, seg.tokens[0]).view() == "mr");
}

TEST_CASE("segmenter: a Latin letter's accent is folded out of the key, and its capital is one")
{
    // Óscar, José, Zieliński, Łukasz, Żaneta, Ørsted; Straße and Æsir keep what has no one-letter form
    const std::string text = "\xC3\x93scar Jos\xC3\xA9 Zieli\xC5\x84ski \xC5\x81ukasz \xC5\xBB" "aneta "
                             "\xC3\x98rsted Stra\xC3\x9F" "e \xC3\x86sir \xC5\x82" "ad";
    const Segmentation seg = segment(text);
    REQUIRE(seg.tokens.size() == 9);
    const char* const keys[] = {"oscar", "jose", "zielinski", "lukasz", "zaneta", "orsted", "stra\xC3\x9F" "e", "\xC3\x86sir", "lad"};
    for (std::size_t i = 0; i < 9; ++i) {
        INFO(i);
        CHECK(TokenKey(text, seg.tokens[i]).view() == keys[i]);
        CHECK(seg.tokens[i].has(tokflag::Capitalized) == (i < 8));
    }
    CHECK(lexicon::lookup("oscar") != nullptr);
    CHECK(Analysis(text).word(0) == lexicon::lookup("oscar"));  // the given name's entry, gender and all
}

TEST_CASE("segmenter: empty and whitespace-only text")
{
    CHECK(segment("").tokens.empty());
    CHECK(segment("  \n\n  ").paragraphs.empty());
}

TEST_CASE("analysis: each word's key is its TokenKey form and looks up the same entry")
{
    // ASCII words of every length around a chunk of eight bytes, abbreviations, ’, other
    // UTF-8, a word too long for any lexicon, and a text that ends inside a chunk.
    const std::string text = std::string(47, 'q') + " " + std::string(48, 'Q') + " " + std::string(49, 'q') + " Mr. O\xE2\x80\x99Neill SAID he\xE2\x80\x99ll ACCORDING to U.S. officials; "
                             "Spokeswoman SPOKESWOMEN caf\xC3\xA9 \xC3\x89lys\xC3\xA9" "e Inc. "
                             "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwx Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvw. "
                             "Abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvw@[Z` it\xE2\x80\x99s Said";
    const Analysis a(text);
    std::size_t words = 0;
    for (std::uint32_t i = 0; i < a.tokenCount(); ++i) {
        if (!a.isWord(i))
            continue;
        ++words;
        const TokenKey key(text, a.token(i));
        INFO(a.str(i));
        CHECK(a.key(i) == key.view());
        // (the analysis looks its keys up by their heads, read a chunk at a time: the same entry)
        if (const lexicon::WordInfo* entry = lexicon::lookup(key.view());
            entry && !a.token(i).has(tokflag::Possessive | tokflag::Title))
            CHECK(a.word(i) == entry);
    }
    CHECK(words >= 21);
    CHECK(a.key(0).size() == 47);
    CHECK(a.key(1) == std::string(48, 'q'));
    CHECK(a.key(2).empty());
    CHECK(a.keyIs(3, "mr"));
    CHECK(a.keyIs(4, "o'neill"));
    CHECK(a.word(5) == lexicon::lookup("said"));
}
