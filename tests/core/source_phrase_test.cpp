#include "extract/source_phrase.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {

std::uint32_t tokenIndex(const Analysis& a, std::string_view word)
{
    for (std::uint32_t i = 0; i < a.tokenCount(); ++i)
        if (a.str(i) == word)
            return i;
    FAIL("no token " << word);
    return 0;
}

}  // namespace

TEST_CASE("source phrase: the source before a cue")
{
    struct Row { const char* text; const char* cue; const char* expected; };
    const Row rows[] = {
        {"U.S. Secretary of State Hillary Clinton said it.", "said",
         "name [U.S. Secretary of State Hillary Clinton] name=Hillary Clinton role=U.S. Secretary of State type=person gender=female"},
        {"Russian Foreign Minister Sergei Lavrov repeated it.", "repeated",
         "name [Russian Foreign Minister Sergei Lavrov] name=Sergei Lavrov role=Russian Foreign Minister type=person gender=male"},
        {"Despite that, [NATO Secretary General Anders Fogh] Rasmussen said so.", "said",
         "name [[NATO Secretary General Anders Fogh] Rasmussen] name=Anders Fogh Rasmussen role=NATO Secretary General type=person gender=male"},
        {"Russia\xE2\x80\x99s NATO envoy Dmitry Rogozin suggested it.", "suggested",
         "name [Russia\xE2\x80\x99s NATO envoy Dmitry Rogozin] name=Dmitry Rogozin role=Russia\xE2\x80\x99s NATO envoy type=person gender=male"},
        {"Then Ms. Lindqvist told them.", "told", "name [Ms. Lindqvist] name=Lindqvist type=person gender=female"},
        {"The Council on Foreign Relations said it.", "said",
         "name [Council on Foreign Relations] name=Council on Foreign Relations type=organization gender=unknown"},
        {"Brian Katulis of the Center for American Progress said it.", "said",
         "name [Brian Katulis of the Center for American Progress] name=Brian Katulis role=Center for American Progress type=person gender=male"},
        {"Russia said on Thursday.", "said", "name [Russia] name=Russia type=organization gender=unknown"},
        {"And NATO said so.", "said", "name [NATO] name=NATO type=organization gender=unknown"},
        {"The Harbour Workers' Union demanded it.", "demanded",
         "name [Harbour Workers' Union] name=Harbour Workers' Union type=organization gender=unknown"},
        {"It was late, as the alliance insisted it would.", "insisted",
         "role [the alliance] name=alliance head=alliance type=organization gender=unknown"},
        {"It grew, as engineers warned.", "warned", "noun [engineers] name=engineers head=engineers type=unknown gender=unknown plural"},
        {"It grew, a senior administration official said.", "said",
         "noun [a senior administration official] name=senior administration official head=official type=person gender=unknown"},
        {"Porto Velho's city council said so.", "said",
         "name [Porto Velho's city council] name=Porto Velho's city council head=council type=organization gender=unknown"},
        {"Later she added that.", "added", "pronoun [she] name=she head=she type=unknown gender=female"},
        {"He has also said that.", "said", "pronoun [He] name=He head=he type=unknown gender=male"},
        {"Hugh Hill, a doctor, said it.", "said", "name [Hugh Hill, a doctor] name=Hugh Hill role=doctor type=person gender=male"},
        {"The mayor insisted.", "insisted", "role [The mayor] name=mayor head=mayor type=person gender=unknown"},
        {"White House spokesman Josh Earnest said.", "said",
         "name [White House spokesman Josh Earnest] name=Josh Earnest role=White House spokesman type=person gender=male"},
        {"On Monday Smith said.", "said", "name [Smith] name=Smith type=unknown gender=unknown"},
        // regressions: a noun in -ly is no adverb; a time phrase or "long" between subject and cue;
        // plural nouns the lexicon does not list
        {"The family said it.", "said", "noun [The family] name=family head=family type=unknown gender=unknown"},
        {"David Axelrod on Wednesday said it.", "said", "name [David Axelrod] name=David Axelrod type=person gender=male"},
        {"Cruz has long said it.", "said", "name [Cruz] name=Cruz type=unknown gender=unknown"},
        // names with two particles
        {"Johanna van der Berg said it.", "said", "name [Johanna van der Berg] name=Johanna van der Berg type=person gender=female"},
        {"Its president, Luis de la Fuente, said it.", "said",
         "name [Its president, Luis de la Fuente] name=Luis de la Fuente role=president type=person gender=male"},
        // the name a source gave, after a role
        {"A neighbour, who gave only her first name, Sarah, said it.", "said",
         "name [A neighbour, who gave only her first name, Sarah] name=Sarah role=neighbour type=person gender=female"},
        // "this past week", "for the first time" and a floating "both" between the subject and its cue
        {"Priebus this past week announced it.", "announced", "name [Priebus] name=Priebus type=unknown gender=unknown"},
        {"The report for the first time cited it.", "cited", "noun [The report] name=report head=report type=unknown gender=unknown"},
        {"Republican leaders both suggested it.", "suggested",
         "noun [Republican leaders] name=Republican leaders head=leaders type=unknown gender=unknown plural"},
        {"Bob Goodlatte (R-Va.) both condemned it.", "condemned",
         "name [Bob Goodlatte (R-Va.)] name=Bob Goodlatte type=person gender=male"},
        {"Democrats who voted for Obama now say it.", "say",
         "noun [Democrats who voted for Obama] name=Democrats head=democrats type=unknown gender=unknown plural"},
        {"Mary Susan, dressed in red, said it.", "said",
         "name [Mary Susan, dressed in red] name=Mary Susan type=person gender=female"},
        {"He read the returns from 1995 that showed a loss.", "showed", "none"},
        {"Kall \xE2\x80\x94 co-editor of a book on the debates \xE2\x80\x94 said it.", "said",
         "name [Kall \xE2\x80\x94 co-editor of a book on the debates \xE2\x80\x94] name=Kall role=co-editor of a book on the debates type=person gender=unknown"},
        {"Citizenship and Immigration Services, the agency that oversees the program, said it.", "said",
         "name [Citizenship and Immigration Services, the agency that oversees the program] name=Citizenship and Immigration Services role=agency type=organization gender=unknown"},
        {"Trout had plastic in the gut, a study by scientists at Brennan State University found.", "found",
         "noun [a study by scientists at Brennan State University] name=study by scientists at Brennan State University head=study type=unknown gender=unknown"},
        {"A study by the Institute for Urban Economics found that charges worked.", "found",
         "name [A study by the Institute for Urban Economics] name=Institute for Urban Economics type=organization gender=unknown"},
        {"A confidential memo, seen by the Harwick Sentinel, warns that the army is short.", "warns",
         "noun [A confidential memo, seen by the Harwick Sentinel] name=confidential memo head=memo type=unknown gender=unknown"},
        {"Judge Adrienne Kessler of the Bankruptcy Court in Greyhaven said it.", "said",
         "name [Judge Adrienne Kessler of the Bankruptcy Court in Greyhaven] name=Adrienne Kessler role=Judge, Bankruptcy Court type=person gender=unknown"},
        {"The Halvean embassy in Tarsk later said it.", "said",
         "name [Halvean embassy in Tarsk] name=Halvean embassy head=embassy type=organization gender=unknown"},
        {"A spokesman for the Ministry of Forestry, Agus Pranoto, denied it.", "denied",
         "name [A spokesman for the Ministry of Forestry, Agus Pranoto] name=Agus Pranoto role=spokesman for the Ministry of Forestry type=person gender=male"},
        {"The head of the Coastal States Union's observer mission, Halima Ouedrassi, said it.", "said",
         "name [The head of the Coastal States Union's observer mission, Halima Ouedrassi] name=Halima Ouedrassi role=head of the Coastal States Union's observer mission type=person gender=female"},
        {"The owner, Kestler Home Goods, said it.", "said",
         "name [The owner, Kestler Home Goods] name=Kestler Home Goods role=owner type=organization gender=unknown"},
        {"The Ashby County Fire Protection District said it.", "said",
         "name [Ashby County Fire Protection District] name=Ashby County Fire Protection District type=unknown gender=unknown"},
        {"Maricopa County Recorder Helen Purcell said it.", "said",
         "name [Maricopa County Recorder Helen Purcell] name=Helen Purcell role=Maricopa County Recorder type=person gender=female"},
        {"Labour Home Secretary Yvette Cooper said it.", "said",
         "name [Labour Home Secretary Yvette Cooper] name=Yvette Cooper role=Labour Home Secretary type=person gender=female"},
        {"Hydrologist Arturo Benn said it.", "said",
         "name [Hydrologist Arturo Benn] name=Arturo Benn role=Hydrologist type=person gender=male"},
        {"Baker Mayfield said it.", "said",
         "name [Baker Mayfield] name=Baker Mayfield type=unknown gender=unknown"},
        {"Halvard Coach Tours said it.", "said",
         "name [Halvard Coach Tours] name=Halvard Coach Tours type=organization gender=unknown"},
        {"Larkspur & Finch said it.", "said",
         "name [Larkspur & Finch] name=Larkspur & Finch type=organization gender=unknown"},
        {"The Estvik Art Loss Register said it.", "said",
         "name [Estvik Art Loss Register] name=Estvik Art Loss Register type=organization gender=unknown"},
        {"Her brother, the cellist Andras Varga, said it.", "said",
         "name [Her brother, the cellist Andras Varga] name=Andras Varga role=brother, cellist type=person gender=male"},
        {"His partner, the set designer Julian Ward, said it.", "said",
         "name [His partner, the set designer Julian Ward] name=Julian Ward role=partner type=person gender=male"},
        {"Stenholt's most recent inspection report, published in 2023, said it.", "said",
         "name [Stenholt's most recent inspection report, published in 2023] name=Stenholt's most recent inspection report head=report type=organization gender=unknown"},
        {"Brannock Auto said it.", "said",
         "name [Brannock Auto] name=Brannock Auto type=organization gender=unknown"},
        {"One resident, a retired nurse, said it.", "said",
         "noun [One resident, a retired nurse] name=retired nurse role=retired nurse head=resident type=person gender=unknown"},
        {"The Health Standards Inspectorate said it.", "said",
         "name [Health Standards Inspectorate] name=Health Standards Inspectorate type=organization gender=unknown"},
        {"The depot burned, the Valdorian army said.", "said",
         "role [the Valdorian army] name=Valdorian army head=army type=organization gender=unknown"},
        {"The Sarn Regional Military Command said it.", "said",
         "name [Sarn Regional Military Command] name=Sarn Regional Military Command type=organization gender=unknown"},
        {"A senior aid official in Velden, the Orlesk capital, said it.", "said",
         "noun [A senior aid official in Velden, the Orlesk capital] name=senior aid official in Velden head=official type=person gender=unknown"},
        {"The UN special rapporteur on Kaldora, Henrike Aalst, said it.", "said",
         "name [The UN special rapporteur on Kaldora, Henrike Aalst] name=Henrike Aalst role=UN special rapporteur on Kaldora type=person gender=female"},
        {"The US ambassador to Kaldora, Jane Smith, said it.", "said",
         "name [The US ambassador to Kaldora, Jane Smith] name=Jane Smith role=US ambassador to Kaldora type=person gender=female"},
        {"The State Border Guard said it.", "said",
         "name [State Border Guard] name=State Border Guard type=unknown gender=unknown"},
        {"The Federal Emergency Shelter Program said it.", "said",
         "name [Federal Emergency Shelter Program] name=Federal Emergency Shelter Program type=unknown gender=unknown"},
        {"Hilde Strasser of the charity Open Valleys, which runs classes, said it.", "said",
         "name [Hilde Strasser of the charity Open Valleys, which runs classes] name=Hilde Strasser role=charity Open Valleys type=person gender=female"},
        {"The Guild of Harbour Pilots said it.", "said",
         "name [Guild of Harbour Pilots] name=Guild of Harbour Pilots type=organization gender=unknown"},
        {"The Confederation of Orlesk Industry said it.", "said",
         "name [Confederation of Orlesk Industry] name=Confederation of Orlesk Industry type=organization gender=unknown"},
        {"The grid operator, National Transmission, said it.", "said",
         "name [The grid operator, National Transmission] name=National Transmission role=grid operator type=unknown gender=unknown"},
        {"The national forecaster, Meteoval, said it.", "said",
         "name [The national forecaster, Meteoval] name=Meteoval role=national forecaster type=unknown gender=unknown"},
        {"Foreign Minister Ilse Brandvold, speaking in the capital, Harrowmere, said it.", "said",
         "name [Foreign Minister Ilse Brandvold, speaking in the capital, Harrowmere] name=Ilse Brandvold role=Foreign Minister type=person gender=female"},
        {"Archdeacon Ruth Callan said it.", "said",
         "name [Archdeacon Ruth Callan] name=Ruth Callan role=Archdeacon type=person gender=female"},
        {"The Bishop of Carrow, the Rt. Rev. Edmund Thale, said it.", "said",
         "name [The Bishop of Carrow, the Rt. Rev. Edmund Thale] name=Edmund Thale role=Bishop of Carrow, Rt. Rev. type=person gender=male"},
        {"Weaver Road Residents First said it.", "said",
         "name [Weaver Road Residents First] name=Weaver Road Residents First type=unknown gender=unknown"},
        {"Forecaster Imani Koss said it.", "said",
         "name [Forecaster Imani Koss] name=Imani Koss role=Forecaster type=person gender=unknown"},
        {"They were covered, the Civil Aviation and Travel Authority said.", "said",
         "name [Civil Aviation and Travel Authority] name=Civil Aviation and Travel Authority type=organization gender=unknown"},
        {"They were covered, Israel and the Palestinian Authority said.", "said",
         "name [Palestinian Authority] name=Palestinian Authority type=organization gender=unknown"},
        {"The woman was safe, Dunmere Fire and Rescue Service said.", "said",
         "name [Dunmere Fire and Rescue Service] name=Dunmere Fire and Rescue Service type=organization gender=unknown"},
        {"Regulators and environmental groups worried about it.", "worried",
         "noun [Regulators and environmental groups] name=Regulators and environmental groups head=groups type=unknown gender=unknown plural"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        Analysis a(row.text);
        const std::uint32_t cue = tokenIndex(a, row.cue);
        CHECK(dump(a, sourceBefore(a, cue, a.sentenceOf(cue).firstToken)) == row.expected);
    }
}

TEST_CASE("source phrase: the source after a cue")
{
    struct Row { const char* text; const char* cue; const char* expected; };
    const Row rows[] = {
        {"\"Yes,\" said Dr. Samuel Okafor, the project's chief engineer.", "said",
         "name [Dr. Samuel Okafor, the project's chief engineer] name=Samuel Okafor role=project's chief engineer type=person gender=male"},
        {"\"Yes,\" said Luc Marchand, who has sailed.", "said", "name [Luc Marchand, who has sailed] name=Luc Marchand type=person gender=male"},
        {"\"Yes,\" said the minister.", "said", "role [the minister] name=minister head=minister type=person gender=unknown"},
        {"\"Yes,\" said a spokeswoman for the ministry.", "said",
         "noun [a spokeswoman] name=spokeswoman head=spokeswoman type=person gender=female"},
        {"\"Yes,\" said spokesman John Smith.", "said",
         "name [spokesman John Smith] name=John Smith role=spokesman type=person gender=male"},
    };
    for (const Row& row : rows) {
        INFO(row.text);
        Analysis a(row.text);
        const std::uint32_t cue = tokenIndex(a, row.cue);
        CHECK(dump(a, sourceAfter(a, cue + 1, a.sentenceOf(cue).endToken)) == row.expected);
    }
}
