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

TEST_CASE("lexicon: given names from many countries carry their usual gender, names of both genders carry none")
{
    struct Row {
        const char* name;
        Gender gender;
    };
    for (const Row& row : {Row{"farida", Gender::Female}, Row{"sunniva", Gender::Female}, Row{"ragnhild", Gender::Female},
                           Row{"ilinca", Gender::Female}, Row{"zeynep", Gender::Female}, Row{"benedikt", Gender::Male},
                           Row{"aurelio", Gender::Male}, Row{"rhodri", Gender::Male}, Row{"olusegun", Gender::Male},
                           Row{"wojciech", Gender::Male}, Row{"tiago", Gender::Male}, Row{"pam", Gender::Female},
                           Row{"dave", Gender::Male}}) {
        INFO(row.name);
        REQUIRE(lookup(row.name) != nullptr);
        CHECK((lookup(row.name)->classes & wc::FirstName) != 0);
        CHECK(lookup(row.name)->gender == row.gender);
    }
    // ("Tendai" is a woman's or a man's name; "ESRA" an agency's initials as often as a name)
    for (const char* word : {"tendai", "esra", "kiran"})
        if (const WordInfo* info = lookup(word))
            CHECK(info->gender == Gender::Unknown);
}
