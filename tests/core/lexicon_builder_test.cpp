#include "extract/lexicon.h"
#include "extract/lexicon_builder.h"

#include <catch2/catch.hpp>

#include <string>

using namespace ql;
using namespace ql::lexicon;

TEST_CASE("lexicon builder: one entry per word, classes merged, found by hash")
{
    LexiconBuilder b;
    b.add("said told\nsaid", wc::Cue);
    b.add("told  reporters", wc::Recipient);
    CHECK(b.entries().size() == 3);
    REQUIRE(b.find("said") != nullptr);
    CHECK(b.find("said")->classes == wc::Cue);
    CHECK(b.find("told")->classes == (wc::Cue | wc::Recipient));
    CHECK(b.find("reporters")->classes == wc::Recipient);
    CHECK(b.find("tell") == nullptr);
    CHECK(&b.entry("told") == b.find("told"));
    CHECK(b.entries().front().first == "said");
}

TEST_CASE("lexicon builder: entries stay where they are as the index grows")
{
    LexiconBuilder b;
    WordInfo& first = b.entry("first");
    first.classes = wc::Adverb;
    for (int i = 0; i < 10000; ++i)
        b.entry(b.own("w" + std::to_string(i))).classes = wc::Verb;
    CHECK(b.entries().size() == 10001);
    CHECK(&first == b.find("first"));
    CHECK(first.classes == wc::Adverb);
    for (int i = 0; i < 10000; i += 997) {
        REQUIRE(b.find("w" + std::to_string(i)) != nullptr);
        CHECK(b.find("w" + std::to_string(i))->classes == wc::Verb);
    }
    CHECK(b.find("w10000") == nullptr);
}

TEST_CASE("lexicon: the possessive determiners are determiners (the attributor asks the class first)")
{
    for (const char* word : {"her", "his", "its", "their", "our", "my", "your"}) {
        INFO(word);
        REQUIRE(lookup(word) != nullptr);
        CHECK((lookup(word)->classes & wc::Determiner) != 0);
    }
}
