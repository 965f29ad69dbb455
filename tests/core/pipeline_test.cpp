// The whole engine on small articles of our own, one phenomenon per row. Each quote renders
// as "kind | speaker | mention | cue | piece / piece".
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

using namespace ql;

namespace {

std::string render(std::string_view text)
{
    const AnnotationSet set = extractQuotes(text);
    std::string out;
    for (const Quote& q : set.quotes) {
        out += toString(q.kind);
        out += " | ";
        const Speaker* s = set.speaker(q.speaker);
        out += s ? s->name : "-";
        out += " | ";
        out += q.mention ? std::string(q.mention->in(text)) : "-";
        out += " | ";
        out += q.cue ? std::string(q.cue->in(text)) : "-";
        out += " |";
        for (std::size_t i = 0; i < q.spans.size(); ++i) {
            out += i ? " / " : " ";
            out += q.spans[i].in(text);
        }
        out += '\n';
    }
    return out;
}

struct Row {
    const char* name;
    const char* text;
    const char* expected;
};

void check(const Row* begin, const Row* end)
{
    for (const Row* row = begin; row != end; ++row) {
        INFO(row->name << "\n" << row->text);
        CHECK(render(row->text) == row->expected);
    }
}

}  // namespace

TEST_CASE("pipeline: direct quote patterns and quote styles")
{
    const Row rows[] = {
        {"quote-speaker-cue, straight marks", "\"We are ready for this,\" Anna Berg said.",
         "direct | Anna Berg | Anna Berg | said | We are ready for this,\n"},
        {"quote-cue-speaker, curly marks", "\xE2\x80\x9CWe are ready for this,\xE2\x80\x9D said Anna Berg.",
         "direct | Anna Berg | Anna Berg | said | We are ready for this,\n"},
        {"speaker-cue-quote with a colon", "Anna Berg told reporters: \"We are ready for this.\"",
         "direct | Anna Berg | Anna Berg | told | We are ready for this.\n"},
        {"speaker-cue-quote with a comma", "Anna Berg said, \xE2\x80\x9CWe are ready for this.\xE2\x80\x9D",
         "direct | Anna Berg | Anna Berg | said | We are ready for this.\n"},
        {"single quotes, British style", "\xE2\x80\x98We are ready for this,\xE2\x80\x99 Anna Berg said.",
         "direct | Anna Berg | Anna Berg | said | We are ready for this,\n"},
        {"guillemets", "\xC2\xAB Nous sommes pr\xC3\xAAts \xC2\xBB, said Luc Marchand.",
         "direct | Luc Marchand | Luc Marchand | said | Nous sommes pr\xC3\xAAts\n"},
        {"low-high marks", "\xE2\x80\x9EWir sind bereit\xE2\x80\x9C, said Jonas Weber.",
         "direct | Jonas Weber | Jonas Weber | said | Wir sind bereit\n"},
        {"apostrophes inside a quote",
         "\"We can\xE2\x80\x99t go back to the \xE2\x80\x99" "90s, and the students\xE2\x80\x99 union knows it,\" said Kate O\xE2\x80\x99Neill.",
         "direct | Kate O\xE2\x80\x99Neill | Kate O\xE2\x80\x99Neill | said | We can\xE2\x80\x99t go back to the \xE2\x80\x99" "90s, and the students\xE2\x80\x99 union knows it,\n"},
        {"a participle after its verb's object: the object is no source",
         "The Vermont senator met supporters saying: \u201CThe struggle continues.\u201D",
         "direct | Vermont senator | The Vermont senator | saying | The struggle continues.\n"},
        {"a name and a verb the lexicon does not know, closing the sentence after a quotation, attribute it; the verb shows as the cue",
         "\u201CJeb wants to be a tough guy tonight,\u201D Trump shot back.\n"
         "\u201CWhat sport is he talking about?\u201D reacted Trump.\n"
         "\u201CFriend, let me be blunt,\u201D the email read.\n"
         "\u201CStop the plan!\u201D blared the headline.\n"
         "\u201CIt happens, right?\u201D Trump went on, as if he had not heard her.",
         "direct | Trump | Trump | shot back | Jeb wants to be a tough guy tonight,\n"
         "direct | Trump | Trump | reacted | What sport is he talking about?\n"
         "direct | email | the email | read | Friend, let me be blunt,\n"
         "direct | headline | the headline | blared | Stop the plan!\n"
         "direct | Trump | Trump | went on | It happens, right?\n"},
        {"a verb in -s after a noun phrase is no plural noun of it",
         "\u201CWe see charter schools offering parents hope,\u201D the letter reads.",
         "direct | letter | the letter | reads | We see charter schools offering parents hope,\n"},
        {"a phrase of manner after the unknown verb; 'it' and a verb closing the sentence; 'added to' a recipient; a relative clause after an inverted phrase",
         "\u201CThey are all here for the free stuff,\u201D Bennett shot back with a laugh.\n"
         "\u201CPlease advise how you wish to proceed,\u201D it reads.\n"
         "\u201CIt was 50 percent more than her show,\u201D Trump added to People.\n"
         "\u201CPlease do not touch the protester,\u201D begins a scripted message that precedes all rallies.",
         "direct | Bennett | Bennett | shot back | They are all here for the free stuff,\n"
         "direct | - | it | reads | Please advise how you wish to proceed,\n"
         "direct | Trump | Trump | added | It was 50 percent more than her show,\n"
         "direct | scripted message | a scripted message | begins | Please do not touch the protester,\n"},
        {"a quoted paragraph that ends in a comma and a name goes to that name, not to the quotation before it",
         "\u201CLook at all these supporters here,\u201D Paradis said with a smirk, looking over at Bennett.\n\n"
         "\u201CThey are all here because he is promising free stuff,\u201D Bennett fired back in a mocking tone of voice.\n\n"
         "\"Bernie is in good shape,\" said Tad Devine, an adviser. \"We could win enough delegates in California,\" which votes June 7.",
         "direct | Paradis | Paradis | said | Look at all these supporters here,\n"
         "direct | - | - | - | They are all here because he is promising free stuff,\n"
         "direct | Tad Devine | Tad Devine, an adviser | said | Bernie is in good shape, / We could win enough delegates in California,\n"},
        {"a quotation signed in the next paragraph with a dash and a name",
         "\"Boeing and GE and other multinationals pay zero taxes.\"\n\n- Sanders.\n\nThis is a complex issue.",
         "direct | Sanders | Sanders | - | Boeing and GE and other multinationals pay zero taxes.\n"},
    };
    check(std::begin(rows), std::end(rows));
}

TEST_CASE("pipeline: one quote is one attribution")
{
    const Row rows[] = {
        {"a weak participle aside between the pieces of a split quote",
         "\u201CEvery time you say that,\u201D Tester said, referring to the excuse, \u201Cyou give ammunition to the other side.\u201D",
         "direct | Tester | Tester | said | Every time you say that, / you give ammunition to the other side.\n"
         "indirect | Tester | Tester | referring to | the excuse\n"},
        {"quoted fragments of one reported clause around or before its attribution are one mixed quote",
         "Guns are \u201Cthe ultimate public health crisis\u201D and \u201Cstunt children\u2019s growth,\u201D Howard Dean proclaimed.\n"
         "The club\u2019s investment in its course, Ms. Tanzer said, \u201Cis a perfect example of adapting\u201D to the changing economics of golf.\n"
         "At a rally yesterday, Beck said, \u201CTed and I were just driving in.\u201D",
         "mixed | Howard Dean | Howard Dean | proclaimed | Guns are \u201Cthe ultimate public health crisis\u201D and \u201Cstunt children\u2019s growth,\u201D\n"
         "mixed | Tanzer | Ms. Tanzer | said | The club\u2019s investment in its course / \u201Cis a perfect example of adapting\u201D to the changing economics of golf\n"
         "direct | Beck | Beck | said | Ted and I were just driving in.\n"},
        {"split by the attribution", "\"We are ready,\" the minister, Ivo Kral, said, \"but not at any price.\"",
         "direct | Ivo Kral | the minister, Ivo Kral | said | We are ready, / but not at any price.\n"},
        {"quoted sentences after the attribution",
         "\"We do not agree yet,\" Rasmussen told reporters. \"We all agree it is important to keep talking.\"",
         "direct | Rasmussen | Rasmussen | told | We do not agree yet, / We all agree it is important to keep talking.\n"},
        {"a quote over several paragraphs",
         "Ms. Lind told reporters: \"First it was 80 million.\n\"Then it was 95 million.\n\"Nobody will say what it costs.\"",
         "direct | Lind | Ms. Lind | told | First it was 80 million. / Then it was 95 million. / Nobody will say what it costs.\n"},
        {"a following quoted paragraph with no cue of its own",
         "\"The steel is in place,\" said Samuel Okafor.\n\"What remains is testing, and testing cannot be rushed.\"",
         "direct | Samuel Okafor | Samuel Okafor | said | The steel is in place, / What remains is testing, and testing cannot be rushed.\n"},
        {"a new cue starts a new quote",
         "\"We are ready,\" Anna Berg said.\n\"It will be a long winter,\" she added.",
         "direct | Anna Berg | Anna Berg | said | We are ready,\ndirect | Anna Berg | she | added | It will be a long winter,\n"},
        {"nested quotes and a cue inside a quote stay in the outer quote",
         "\"Mr Lavrov said that for us, cooperation is complex,\" Rogozin said. \"You can\xE2\x80\x99t say to us: \xE2\x80\x98No on the shield\xE2\x80\x99.\"",
         "direct | Rogozin | Rogozin | said | Mr Lavrov said that for us, cooperation is complex, / You can\xE2\x80\x99t say to us: \xE2\x80\x98No on the shield\xE2\x80\x99.\n"},
    };
    check(std::begin(rows), std::end(rows));
}

TEST_CASE("pipeline: quoted terms, titles, nicknames and stray marks are not quotes")
{
    const Row rows[] = {
        {"scare quotes", "The so-called \xE2\x80\x9Cpeace plan\xE2\x80\x9D was dead within a week.", ""},
        {"title of a work", "She read \xE2\x80\x9CWar and Peace\xE2\x80\x9D on the train to Vienna.", ""},
        {"nickname", "The boxer, known as \"The Hammer,\" trained every day in the gym.", ""},
        {"a stray mark does not swallow the article",
         "He bought 3\" pipes for the new bridge.\n\"We are ready,\" Anna Berg said.",
         "direct | Anna Berg | Anna Berg | said | We are ready,\n"},
    };
    check(std::begin(rows), std::end(rows));
}

TEST_CASE("pipeline: speakers, roles, pronouns and role nouns")
{
    const Row rows[] = {
        {"title and role split from the name",
         "\"It does not affect our balance,\" U.S. Secretary of State Hillary Clinton said.\n\"No ally will give a veto,\" she added.",
         "direct | Hillary Clinton | U.S. Secretary of State Hillary Clinton | said | It does not affect our balance,\n"
         "direct | Hillary Clinton | she | added | No ally will give a veto,\n"},
        {"editorial brackets and a later surname",
         "Later, [NATO Secretary General Anders Fogh] Rasmussen said NATO still hoped to reach a pact.\n"
         "\"We do not agree yet,\" Rasmussen told reporters.",
         "indirect | Anders Fogh Rasmussen | [NATO Secretary General Anders Fogh] Rasmussen | said | NATO still hoped to reach a pact\n"
         "direct | Anders Fogh Rasmussen | Rasmussen | told | We do not agree yet,\n"},
        {"pronoun gender from honorifics: Ms and Mr",
         "Ms. Lind met Mr. Patel in the harbour office on Friday.\n\"The deal is done,\" he said.",
         "direct | Patel | he | said | The deal is done,\n"},
        {"pronoun gender learned from an earlier pronoun",
         "Alex Morgan said the plan was dead. She added that talks would go on.\n"
         "Morgan later met Jordan Reyes.\n\"We have a deal,\" he said.",
         "indirect | Alex Morgan | Alex Morgan | said | the plan was dead\n"
         "indirect | Alex Morgan | She | added | talks would go on\n"
         "direct | Jordan Reyes | he | said | We have a deal,\n"},
        {"a role noun resolves to the speaker with that role",
         "\"We are ready,\" Mayor Helena Duarte said.\nThe mayor insisted that no jobs would be lost.",
         "direct | Helena Duarte | Mayor Helena Duarte | said | We are ready,\n"
         "indirect | Helena Duarte | The mayor | insisted | no jobs would be lost\n"},
        {"a role noun resolves to the organisation last named",
         "Russia signed a deal with NATO, as the alliance insisted it would press ahead with the shield.",
         "indirect | NATO | the alliance | insisted | it would press ahead with the shield\n"},
        {"countries and organisations speak",
         "Russia said on Thursday that time was running out.\nThe Harbour Workers' Union said its members would strike.",
         "indirect | Russia | Russia | said | time was running out\n"
         "indirect | Harbour Workers' Union | Harbour Workers' Union | said | its members would strike\n"},
        {"a role owned by a place, then the name after the cue",
         "\"The water is still rising,\" said Riverton's mayor, Carl Jensen.\nThe mayor said 400 people had left.",
         "direct | Carl Jensen | Riverton's mayor, Carl Jensen | said | The water is still rising,\n"
         "indirect | Carl Jensen | The mayor | said | 400 people had left\n"},
        {"an organisation by an apposition, later by the first word of its name",
         "Halvorsen Foods, the frozen-meals maker, said it would close the plant.\n"
         "Halvorsen said it was considering the request.",
         "indirect | Halvorsen Foods | Halvorsen Foods, the frozen-meals maker | said | it would close the plant\n"
         "indirect | Halvorsen Foods | Halvorsen | said | it was considering the request\n"},
        {"a group named by a plural before 'of'",
         "Friends of Quayside Gardens, a residents' group, said that it would seek a judicial review.",
         "indirect | Friends of Quayside Gardens | Friends of Quayside Gardens, a residents' group | said | "
         "it would seek a judicial review\n"},
        {"a pronoun prefers the source of the sentence before to a man named inside it",
         "Desmond Achebe said the leaflets came from a consultant who once worked for Mr. Pryce. "
         "He called the denial weak and evasive.",
         "indirect | Desmond Achebe | Desmond Achebe | said | the leaflets came from a consultant who once worked for Mr. Pryce\n"
         "indirect | Desmond Achebe | He | called | the denial weak and evasive\n"},
        {"a relative clause after a name and its apposition",
         "The breach came to light through Alex Mercer, an independent security researcher, who said the records were for sale.",
         "indirect | Alex Mercer | Alex Mercer, an independent security researcher, who | said | the records were for sale\n"},
        {"a byline is not a speaker", "By Tomas Ferreira, Harbour Gazette\n\n\"We are ready,\" Anna Berg said.",
         "direct | Anna Berg | Anna Berg | said | We are ready,\n"},
        {"an unattributed quote paragraph goes to the speaker before it",
         "Samuel Okafor took questions on Monday.\n\"The audit shows the budget rose by only 4.5 per cent this year.\"",
         "direct | Samuel Okafor | - | - | The audit shows the budget rose by only 4.5 per cent this year.\n"},
        {"a stance towards someone: a short object is the content", "Samuel Okafor rejected the criticism on Monday.",
         "indirect | Samuel Okafor | Samuel Okafor | rejected | the criticism\n"},
        {"a month's name as a surname: 'Theresa May said', 'May said' (no modal takes a past tense)",
         "Prime Minister Theresa May said the deal was done.\nMay said the talks would go on.",
         "indirect | Theresa May | Prime Minister Theresa May | said | the deal was done\n"
         "indirect | Theresa May | May | said | the talks would go on\n"},
        {"appositions: 'along with', a participle with its agent, an aside before a relative clause",
         "Fields, along with reporter Ben Terris, say the manager grabbed her arm.\n"
         "Sullivan, struck by her story, told her she did not need any talking points.\n"
         "Sanders, meanwhile, who has no endorsements, said the count spoke volumes.",
         "indirect | Fields | Fields, along with reporter Ben Terris | say | the manager grabbed her arm\n"
         "indirect | Sullivan | Sullivan, struck by her story | told | she did not need any talking points\n"
         "indirect | Sanders | Sanders, meanwhile, who has no endorsements | said | the count spoke volumes\n"},
        {"'people briefed on the talks' are the source, and a relative clause inside the subject stays in the report",
         "People briefed on the situation say that the governor, who must make the final decision, has revealed nothing.",
         "indirect | People briefed on the situation | People briefed on the situation | say | "
         "the governor, who must make the final decision, has revealed nothing\n"},
        {"subjects: a gerund as a noun, a list of names before a floated 'all', 'that' relatives, 'like' appositions, 'privy to'",
         "Another source familiar with Cruz's thinking said, \"I think he will try.\"\n"
         "Carson, Fiorina and Huckabee have all said they are no longer accepting speaking fees.\n"
         "But progressive organizations that have endorsed him say superdelegates should choose the winner.\n"
         "The biggest hawks, like Rubio and Bush, say the bulk of ground troops should be Arab fighters.\n"
         "Multiple sources privy to the negotiations say the leaders insisted on acting now.",
         "direct | source familiar with Cruz's thinking | Another source familiar with Cruz's thinking | said | I think he will try.\n"
         "indirect | Carson, Fiorina and Huckabee | Carson, Fiorina and Huckabee | said | they are no longer accepting speaking fees\n"
         "indirect | progressive organizations | progressive organizations that have endorsed him | say | "
         "superdelegates should choose the winner\n"
         "indirect | biggest hawks | The biggest hawks, like Rubio and Bush | say | the bulk of ground troops should be Arab fighters\n"
         "indirect | Multiple sources privy to the negotiations | Multiple sources privy to the negotiations | say | "
         "the leaders insisted on acting now\n"},
        {"'an inside source'; a one-word answer quoted ('No.' is no abbreviation before anything but a number)",
         "The plan, an inside source said, is to have volunteers hand out reprints.\n"
         "Asked whether he would run, Mr. Reyes shook his head and said, \"No.\"",
         "indirect | inside source | an inside source | said | The plan / is to have volunteers hand out reprints\n"
         "indirect | - | - | Asked | whether he would run\n"
         "direct | Reyes | Mr. Reyes | said | No.\n"},
        {"a year before the name that modifies a role; no speaker after a participle that follows a quotation",
         "\u201CShe didn't like that,\u201D said a 2008 Clinton veteran.\n"
         "The race turned into what one Latino conservative has dubbed \"the yuca primary,\" referring to the Cuban staple.",
         "direct | Clinton veteran | a 2008 Clinton veteran | said | She didn't like that,\n"
         "direct | one Latino conservative | one Latino conservative | dubbed | the yuca primary,\n"
         "indirect | race | The race | referring to | the Cuban staple\n"},
        {"a capitalised modal before a verb in -s is a name ('Will believes'); ', and as Comey noted,' frames the clause after it",
         "With the heightened security concerns, Will believes Christie has been presented with an opportunity.\n"
         "Employees can still get in trouble, and as Comey noted, people involved in the case could face sanctions.",
         "indirect | Will | Will | believes | Christie has been presented with an opportunity\n"
         "indirect | Comey | Comey | noted | people involved in the case could face sanctions\n"},
        {"an apposition whose closing comma is missing describes the name that opens the clause",
         "On Friday, Sen. Kristen Gillibrand (D-NY), a supporter of Clinton told host Chris Cuomo she expected a transcript.\n"
         "As for Mr. Kim, the staff letter noted that the surveys showed a crisis of leadership.",
         "indirect | Kristen Gillibrand | Sen. Kristen Gillibrand (D-NY), a supporter of Clinton | told | she expected a transcript\n"
         "indirect | staff letter | the staff letter | noted | the surveys showed a crisis of leadership\n"},
        {"a restrictive relative clause with 'spoke with' inside the subject",
         "Current and former officials who spoke with The Huffington Post said the committee had become a shell.",
         "indirect | Current and former officials who spoke with The Huffington Post | "
         "Current and former officials who spoke with The Huffington Post | said | the committee had become a shell\n"},
        {"a surname alone is the person, not a group named after them",
         "Hillary Clinton won the primary on Tuesday. Clinton allies said the race was over.\n"
         "Clinton said she was grateful.",
         "indirect | Clinton allies | Clinton allies | said | the race was over\n"
         "indirect | Hillary Clinton | Clinton | said | she was grateful\n"},
    };
    check(std::begin(rows), std::end(rows));
}

TEST_CASE("pipeline: reported speech")
{
    const Row rows[] = {
        {"speaker cue that-clause", "Russia said on Thursday that time was running out for a deal.",
         "indirect | Russia | Russia | said | time was running out for a deal\n"},
        {"speaker cue clause without that", "Rasmussen said NATO still hoped to reach a pact by May.",
         "indirect | Rasmussen | Rasmussen | said | NATO still hoped to reach a pact by May\n"},
        {"a naming with a one-word quotation", "Councillor Thomas Brennan called it \"reckless.\"",
         "mixed | Thomas Brennan | Councillor Thomas Brennan | called | it \"reckless.\"\n"},
        {"a relative clause inside the report stays in it",
         "The spokeswoman said the candidate was headed to the venue, which she reached at noon.",
         "indirect | spokeswoman | The spokeswoman | said | the candidate was headed to the venue, which she reached at noon\n"},
        {"a report inside a subordinate clause ends with it",
         "When Ana Ruiz noted that the budget had doubled, the council fell silent.",
         "indirect | Ana Ruiz | Ana Ruiz | noted | the budget had doubled\n"},
        {"an abbreviation before a quoted word does not end the sentence",
         "The front-runner said the U.S. \u201Cclearly\u201D needed a more robust air campaign.",
         "mixed | front-runner | The front-runner | said | the U.S. \u201Cclearly\u201D needed a more robust air campaign\n"},
        {"a noun before the subject's head is no cue",
         "Some protest leaders said they would ignore the restrictions.",
         "indirect | protest leaders | Some protest leaders | said | they would ignore the restrictions\n"},
        {"a report opening with 'having'",
         "Mr. Trump said having Mr. Putin treat him with respect is a positive development.",
         "indirect | Trump | Mr. Trump | said | having Mr. Putin treat him with respect is a positive development\n"},
        {"the author of a statement says what it says",
         "His office put out a statement saying the country could not vet every refugee.",
         "indirect | office | His office | saying | the country could not vet every refugee\n"},
        {"a sentence that opens with its own report before a clause-final 'they said'",
         "Other candidates said they support charter schools, but they wouldn\u2019t advocate for them, they said.",
         "indirect | candidates | Other candidates | said | they support charter schools\n"
         "indirect | candidates | they | said | but they wouldn\u2019t advocate for them\n"},
        {"'pointed to' takes its object as the content",
         "Blackwell pointed to Cruz\u2019s organizational capabilities.",
         "indirect | Blackwell | Blackwell | pointed to | Cruz\u2019s organizational capabilities\n"},
        {"whom a speaker referred to is the content, however short",
         "\u201CCondi called me,\u201D the former president said, referring to Condoleezza Rice.",
         "direct | former president | the former president | said | Condi called me,\n"
         "indirect | former president | the former president | referring to | Condoleezza Rice\n"},
        {"an empty 'it' before a passive report names no one; a noun in -s after an adjective is no cue",
         "The price was not disclosed, though it was widely reported that Mr. Trump paid $100 million.\n"
         "He has endured relentless questions about whether he will drop out before Tuesday.",
         "indirect | - | - | reported | Mr. Trump paid $100 million\n"},
        {"'and' inside a quoted fragment does not end the report",
         "Sanders told Clinton that Americans were \"sick and tired of hearing about your damn emails.\"",
         "mixed | Sanders | Sanders | told | Americans were \"sick and tired of hearing about your damn emails.\"\n"},
        {"a question put to someone is reported without a source",
         "In a telephone interview, Pence was asked about the comment on the polls.",
         "indirect | - | - | asked | the comment on the polls\n"},
        {"an opening phrase of the reported clause after 'that' belongs to it",
         "Officials said that after the vote, the council would meet again.",
         "indirect | Officials | Officials | said | after the vote, the council would meet again\n"},
        {"a section label before a colon is not a speaker",
         "Analysis: Jon Sopel, BBC News, Washington\nContributing: Nicole Gaudiano and Ledyard King.\n"
         "Revealed: Here Are the Conservatives the Establishment Has Blacklisted.\n"
         "Bombshell: The FBI just gave the senator a whole new reason to be worried.\n", ""},
        {"capitalised party words before a lower-case role or noun",
         "\u201CWe will win,\u201D said Republican front-runner Donald Trump.\n"
         "Democratic voters are slightly more likely to say that Clinton represents change.",
         "direct | Donald Trump | Republican front-runner Donald Trump | said | We will win,\n"
         "indirect | Democratic voters | Democratic voters | say | Clinton represents change\n"},
        {"an adverb between the subject and the cue", "He soon learned that his parents had never filed the paperwork.",
         "indirect | - | He | learned | his parents had never filed the paperwork\n"},
        {"subjects joined by 'or' inside the report are no second attribution",
         "She said professors or supervisors would sometimes dismiss her proposals.",
         "indirect | - | She | said | professors or supervisors would sometimes dismiss her proposals\n"},
        {"a whole noun phrase with modifiers or a relative clause as the subject of a speech verb",
         "Indeed, proponents of more controls on hate speech here say there is a direct link to the attacks.\n"
         "The state officials whose laws have been invalidated say the real change has come in the judiciary.\n"
         "The Sierra Club has twice said that the emblem should not be used.",
         "indirect | proponents of more controls on hate speech here | proponents of more controls on hate speech here | say | "
         "there is a direct link to the attacks\n"
         "indirect | state officials whose laws have been invalidated | The state officials whose laws have been invalidated | "
         "say | the real change has come in the judiciary\n"
         "indirect | Sierra Club | Sierra Club | said | the emblem should not be used\n"},
        {"a contracted negation between the subject and the cue", "They don’t tell much about their positions.",
         "indirect | - | They | tell | much about their positions\n"},
        {"a role of or for an organisation before the name; a second verb shares the subject past a gerund",
         "The director of the European Centre, Ina Kirsch, told the AP her group never worked with Manafort and said "
         "the group hired the lobbyists on its own.\n"
         "Sullivan put off deciding on the request but said it could come back later.\n"
         "A spokeswoman for the board, Imogen Ferris, said engineers would inspect the meter.",
         "indirect | Ina Kirsch | The director of the European Centre, Ina Kirsch | told | her group never worked with Manafort\n"
         "indirect | Ina Kirsch | The director of the European Centre, Ina Kirsch | said | the group hired the lobbyists on its own\n"
         "indirect | Sullivan | Sullivan | said | it could come back later\n"
         "indirect | Imogen Ferris | A spokeswoman for the board, Imogen Ferris | said | engineers would inspect the meter\n"},
        {"a relative clause with a report of its own inside the source's apposition",
         "Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any disagreements.",
         "indirect | Podesta | Podesta, who | said | the project was vetted by his firm's counsel\n"
         "indirect | Podesta | Podesta, who said the project was vetted by his firm's counsel | said | he was unaware of any disagreements\n"},
        {"an aside right after the cue, then the clause; 'And yet' as an opening phrase; 'who he said were'",
         "Marco Rubio says, win or lose in Tuesday\u2019s primary, he\u2019s staying in the race.\n"
         "And yet, Mrs. Clinton's aides say, Syria remains a priority for her.\n"
         "He spoke of his daughters, who he said were living in Russia.",
         "indirect | Marco Rubio | Marco Rubio | says | win or lose in Tuesday\u2019s primary, he\u2019s staying in the race\n"
         "indirect | Mrs. Clinton's aides | Mrs. Clinton's aides | say | And yet / Syria remains a priority for her\n"
         "indirect | Marco Rubio | he | said | who / were living in Russia\n"},
        {"an attribution after an opening phrase: the clause after it, subject and all",
         "In Miami, Mr. Regalado said, Mr. Trump is seen as a bully.",
         "indirect | Regalado | Mr. Regalado | said | In Miami / Mr. Trump is seen as a bully\n"},
        {"'As X reported, …': the clause after the comma; 'as' of time is no report",
         "As Politico reported last week, the delegates will have several chances to change the rules.\n"
         "As Clinton spoke, the protesters in the back of the hall held up their signs.\n"
         "As one council officer put it, the vote will be close and loud.",
         "indirect | Politico | Politico | reported | the delegates will have several chances to change the rules\n"
         "indirect | council officer | one council officer | put it | the vote will be close and loud\n"},
        {"'As … noted' after a conjunction or with a long phrase as the source; an apposition in -ed with its agent",
         "But as the Global Times noted in an op-ed Thursday, the candidate has earned himself a few fans in China.\n"
         "As another Pew study from 2011 noted, the average age of Latinos born in California was 18.\n"
         "The aides, led by campaign manager Terry Sullivan, told the group that they did not expect to win Iowa.",
         "indirect | Global Times | the Global Times | noted | the candidate has earned himself a few fans in China\n"
         "indirect | Pew | another Pew study from 2011 | noted | the average age of Latinos born in California was 18\n"
         "indirect | aides | The aides, led by campaign manager Terry Sullivan | told | they did not expect to win Iowa\n"},
        {"any verb naming its object 'as' a quotation is a naming cue",
         "Trump further summed up Clinton as \u201Cterrible,\u201D and left the stage.\n"
         "Critics dismissed the plan as a \u201Cgimmick.\u201D",
         "mixed | Trump | Trump | summed up | Clinton as \u201Cterrible,\u201D\n"
         "mixed | Critics | Critics | dismissed | the plan as a \u201Cgimmick.\u201D\n"},
        {"a word right before a known cue is no naming cue of its own",
         "Tunnels are so numerous in the Nogales area that Border Patrol agents described the ground under the city as "
         "\u201CSwiss cheese.\u201D",
         "mixed | Border Patrol agents | Border Patrol agents | described | the ground under the city as \u201CSwiss cheese.\u201D\n"},
        {"'and others have said' after a report: a second attribution with its own subject",
         "Some Republicans have said they will not attend the convention and others have said they are not interested.",
         "indirect | Republicans | Republicans | said | they will not attend the convention\n"
         "indirect | others | others | said | they are not interested\n"},
        {"quantities as subjects of present and past verbs: 'one in five say', 'Most believe', 'another says'",
         "One in five say the plan will fail. Most believe that their lives have improved.\n"
         "One tally says there are more than 2,400 billionaires, while another says there are about 1,800.",
         "indirect | One in five | One in five | say | the plan will fail\n"
         "indirect | Most | Most | believe | their lives have improved\n"
         "indirect | tally | One tally | says | there are more than 2,400 billionaires\n"
         "indirect | another | another | says | there are about 1,800\n"},
        {"'who' with what it stands for as the source after an object; answers as reports",
         "Only 46 percent of voters said yes, compared with 23 percent who said the same of Mr. Trump.\n"
         "The party offered fresh ammunition to Republicans who say the law is a money pit.\n"
         "Voters who say the economy matters most were evenly divided.",
         "indirect | 46 percent of voters | 46 percent of voters | said | yes\n"
         "indirect | 23 percent | 23 percent who | said | the same of Mr. Trump\n"
         "indirect | party | The party | offered | fresh ammunition to Republicans\n"
         "indirect | Republicans | Republicans who | say | the law is a money pit\n"},
        {"stance adjectives after a copula and 'made it clear' report",
         "Trump is confident that he will win the state.\n"
         "Officials remain wary about the new deal with Iran.\n"
         "Ana Ruiz made it clear that she would not run again.\n"
         "The plan is clear that taxes will rise. Voters are not sure that he can win.",
         "indirect | Trump | Trump | confident | he will win the state\n"
         "indirect | Officials | Officials | remain wary | the new deal with Iran\n"
         "indirect | Ana Ruiz | Ana Ruiz | made it clear | she would not run again\n"},
        {"a plural role word opening a sentence is a noun, no name; 'she' does not refer to it",
         "Officials said the deal was done. Later she said it was not.",
         "indirect | Officials | Officials | said | the deal was done\n"
         "indirect | - | she | said | it was not\n"},
        {"', but he' with any verb, '-- but', ', and there were' start the writer's own clause",
         "Reid said both Rubio and Cruz are non-entities in the Senate, but he gave the Texan a compliment.\n"
         "Cruz apologized for the suggestion that Carson was dropping out -- but he didn't take any ownership of it.\n"
         "Officials said three commissioners took bribes from developers, and there were numerous complaints.",
         "indirect | Reid | Reid | said | both Rubio and Cruz are non-entities in the Senate\n"
         "indirect | Cruz | Cruz | apologized | Carson was dropping out\n"
         "indirect | Officials | Officials | said | three commissioners took bribes from developers\n"},
        {"a clause with its own subject after a plan or a dash is the writer's, a dash pair an aside",
         "The tour declined to renew its sponsorship of the event and the PGA could not find a new sponsor.\n"
         "Ms. Ruiz said the budget would be cut in half next year - she was furious about it.\n"
         "Ms. Ruiz said that — at least for now — the council seems to be united.",
         "indirect | tour | The tour | declined | to renew its sponsorship of the event\n"
         "indirect | Ruiz | Ms. Ruiz | said | the budget would be cut in half next year\n"
         "indirect | Ruiz | Ms. Ruiz | said | — at least for now — the council seems to be united\n"},
        {"'according to' after an opening phrase: the phrase and the clause after",
         "For Trump, according to William Bennett, the speech represents a test of his discipline.",
         "indirect | William Bennett | William Bennett | according to | For Trump / the speech represents a test of his discipline\n"},
        {"'according to' ending the sentence takes the whole clause, cues inside and all",
         "Trump wrote to the chief executive, threatening a major lawsuit, according to a copy of the letter.",
         "indirect | copy of the letter | a copy of the letter | according to | Trump wrote to the chief executive, "
         "threatening a major lawsuit\n"},
        {"an attribution ending the sentence takes the whole clause, cue inside and all",
         "The senator wants to return to the campaign trail this fall, aides say.\n"
         "Mr. Trump intends to give a speech in Washington this month, Mr. Manafort said, adding that he would travel.",
         "indirect | aides | aides | say | The senator wants to return to the campaign trail this fall\n"
         "indirect | Manafort | Mr. Manafort | said | Mr. Trump intends to give a speech in Washington this month\n"
         "indirect | Manafort | Mr. Manafort | adding | he would travel\n"},
        {"a that-clause opening with an aside", "Ana Ruiz said that, if elected, she would cut fares.",
         "indirect | Ana Ruiz | Ana Ruiz | said | if elected, she would cut fares\n"},
        {"a participle or a place between the name and the cue",
         "Donald Trump, speaking to a veterans group in Virginia, said he would order a review.\n"
         "Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam.",
         "indirect | Donald Trump | Donald Trump, speaking to a veterans group in Virginia | said | he would order a review\n"
         "indirect | Johnnie Wilson | Johnnie Wilson, of Springfield, Va. | said | he had fought in Vietnam\n"},
        {"where the speaker was, between the name and the cue", "Ana Ruiz, at a later press conference, said that fares would fall.",
         "indirect | Ana Ruiz | Ana Ruiz, at a later press conference | said | fares would fall\n"},
        {"progressive cue", "Rasmussen is insisting that time is running out for a deal.",
         "indirect | Rasmussen | Rasmussen | insisting | time is running out for a deal\n"},
        {"clause then speaker and cue", "Time is running out for a deal, Rasmussen said.",
         "indirect | Rasmussen | Rasmussen | said | Time is running out for a deal\n"},
        {"a quotation that ends a reported clause makes it a mixed quote",
         "Her plans send a clear message that a top priority \"is raising the tax at the top,\" Kamin said.",
         "mixed | Kamin | Kamin | said | Her plans send a clear message that a top priority \"is raising the tax at the top,\"\n"},
        {"a quotation that ends a that-clause makes it a mixed quote",
         "Jesse Lehrich said Friday that if his candidate won, \"she would sign this legislation.\"",
         "mixed | Jesse Lehrich | Jesse Lehrich | said | if his candidate won, \"she would sign this legislation.\"\n"},
        {"a whole utterance right after its cue is a direct quote even mid-sentence",
         "Protesters chanted \"What curfew?\" and kept going until 2 a.m.",
         "direct | Protesters | Protesters | chanted | What curfew?\n"},
        {"the subject of a cue inside a clause: by saying, an opening participle",
         "Dean went on MSNBC and began by saying he would never diagnose anyone through television.\n"
         "Citing an unfounded conspiracy theory, Trump repeated the claim about Cruz.",
         "indirect | Dean | Dean | saying | he would never diagnose anyone through television\n"
         "indirect | Trump | Trump | Citing | an unfounded conspiracy theory\n"
         "indirect | Trump | Trump | repeated | the claim about Cruz\n"},
        {"a reported clause with its own subject goes on after and",
         "Police say he posed a deadly threat and refused to drop the gun.",
         "indirect | Police | Police | say | he posed a deadly threat and refused to drop the gun\n"},
        {"a short quoted sentence that goes on after a described act takes the speaker and the mention of its paragraph",
         "Ana Ruiz runs the line.\n\n"
         "''It is pretty cool working there,'' she said, describing how she puts together ''tubular mixers,'' batches of rods. "
         "''And people are like family.''",
         "direct | Ana Ruiz | she | said | It is pretty cool working there,\n"
         "mixed | Ana Ruiz | she | describing | how she puts together ''tubular mixers,'' batches of rods\n"
         "direct | Ana Ruiz | she | - | And people are like family.\n"},
        {"a quotation whose comma stands inside an inner quotation that closes with it",
         "\u201CLeaders honored Trump for what they called \u2018the comeback of the decade,\u2019\u201D the article read.",
         "direct | article | the article | read | Leaders honored Trump for what they called \u2018the comeback of the decade,\u2019\n"},
        {"quotations followed by their speakers: adjectives in a list, a role before a name without its closing comma, a month "
         "as a surname, 'state' and 'states' as the quotation's verb, a quoted name inside the apposition",
         "\"I made climate change the top priority,\" the bespectacled, 71-year-old diplomat said in an interview.\n\n"
         "\"She is also a mother for three young boys,\" another friend, Mariam Emara told CNN.\n\n"
         "\"We will leave the union,\" May said.\n\n"
         "\"Today, the kingdom is one of the leading nations,\" the Saudis state in the white paper.\n\n"
         "\"They know she is strong,\" a voice-over in the ad states.\n\n"
         "\"We have had better conventions,\" Bill Eastland, wearing a cowboy hat and \"Ted Cruz\" pins, said.",
         "direct | bespectacled, 71-year-old diplomat | the bespectacled, 71-year-old diplomat | said | I made climate change the top priority,\n"
         "direct | Mariam Emara | another friend, Mariam Emara | told | She is also a mother for three young boys,\n"
         "direct | May | May | said | We will leave the union,\n"
         "direct | Saudis | the Saudis | state | Today, the kingdom is one of the leading nations,\n"
         "direct | ad | a voice-over in the ad | states | They know she is strong,\n"
         "direct | Bill Eastland | Bill Eastland, wearing a cowboy hat and \"Ted Cruz\" pins | said | We have had better conventions,\n"},
        {"the cue after an aside of the speaker's description: a relative clause, a participle of a described source",
         "\"They lied to us,\" one protester, who declined to give her name, told The Associated Press.\n\n"
         "\"It's a mess,\" a senior White House official, speaking on condition of anonymity, told CNN.",
         "direct | protester | one protester, who declined to give her name | told | They lied to us,\n"
         "direct | senior White House official | a senior White House official, speaking on condition of anonymity | told | It's a mess,\n"},
        {"a person who opens the sentence, a short verb phrase with no cue, a colon and the quotation",
         "Rep. Alexandria Ocasio-Cortez put it bluntly: \"This bill is a start, not a finish.\"",
         "direct | Alexandria Ocasio-Cortez | Rep. Alexandria Ocasio-Cortez | put it bluntly | This bill is a start, not a finish.\n"},
        {"a headline's role needs no article",
         "'We will not back down,' says union boss\n\nThe strike goes on.",
         "direct | union boss | union boss | says | We will not back down,\n"},
        {"a quotation that goes on in lower case after the attribution, however long its description",
         "\"The risk,\" said Edward Leamer, an economist who is the director of the UCLA Anderson Forecast, \"is that we are wrong.\"\n\n"
         "\"Filth out!\" she wrote, arguing that if tougher measures \"were not taken\" the town would suffer.",
         "direct | Edward Leamer | Edward Leamer, an economist who is the director of the UCLA Anderson Forecast | said | The risk, / is that we are wrong.\n"
         "direct | - | she | wrote | Filth out!\n"
         "mixed | - | she | arguing | if tougher measures \"were not taken\" the town would suffer\n"},
        {"'according to' after a quotation's own attribution says where it is recorded, no second report",
         "\"The most it could ever do is help people at the very bottom,\" Bill Clinton said Monday in Cheyenne, "
         "according to audio provided by Wyoming Public Radio.",
         "direct | Bill Clinton | Bill Clinton | said | The most it could ever do is help people at the very bottom,\n"},
        {"a name given to an indefinite noun phrase ('a group called …') is no verb of naming",
         "A newly formed super PAC called Future 45 ran its first round of ads in Iowa.\n\n"
         "The mayor called the offer an insult.",
         "indirect | mayor | The mayor | called | the offer an insult\n"},
        {"an object ends where a new clause starts after ', but', with its time before the subject and a cue after a pronoun",
         "Sanders initially defended his vote, but late Saturday he announced he supported legislation to repeal the bill.",
         "indirect | Sanders | Sanders | defended | his vote\n"
         "indirect | Sanders | he | announced | he supported legislation to repeal the bill\n"},
        {"a second verb after a relative pronoun's first shares its antecedent",
         "The former secretary of state's approach has won over Weaver, who came out and endorsed Clinton on Tuesday.",
         "indirect | Weaver | Weaver, who | endorsed | Clinton\n"},
        {"no inverted source after a subject and its apposition; a participle with its agent goes on; a dash before a phrase with a report of its own",
         "Ivanka Trump, the Republican presidential nominee's eldest daughter, noted the rule in the interview last week.\n"
         "The Trump campaign called the charges unsubstantiated and fabricated by disgruntled former employees.\n"
         "Rep. Adam Schiff called on President Obama to retaliate against Russia for interference in the election -- "
         "meddling the California congressman said is designed to sow discord.",
         "indirect | Ivanka Trump | Ivanka Trump, the Republican presidential nominee's eldest daughter | noted | the rule\n"
         "indirect | Trump campaign | Trump campaign | called | the charges unsubstantiated and fabricated by disgruntled former employees\n"
         "indirect | Adam Schiff | Rep. Adam Schiff | called on | President Obama to retaliate against Russia for interference in the election\n"
         "indirect | California congressman | the California congressman | said | is designed to sow discord\n"},
        {"a naming after a reported clause with its own subject is a second report; 'who' after a thing's phrase stands for the people before it",
         "Rendell said he had battled through three bouts of walking pneumonia and called it a common ailment during grueling bids for office.\n"
         "Sharpton began taking calls from black listeners to his radio program who said they had misgivings about Mrs. Clinton.",
         "indirect | Rendell | Rendell | said | he had battled through three bouts of walking pneumonia\n"
         "indirect | Rendell | Rendell | called | it a common ailment during grueling bids for office\n"
         "indirect | black listeners | black listeners to his radio program who | said | they had misgivings about Mrs. Clinton\n"},
        {"a long recipient with commas before 'that'; a thing after a clause-final verb is its object, not its source",
         "Kasich is telling a packed crowd in snowy Windham, New Hampshire, on the final campaign day that he has few memories of 1999.\n"
         "The band, AKA the Chili Peppers, wrote a new song for the upcoming album.",
         "indirect | Kasich | Kasich | telling | he has few memories of 1999\n"},
        {"'lead' before a role is its modifier",
         "\"It is a significant step,\" said lead author Dr. Amina Yusuf.",
         "direct | Amina Yusuf | lead author Dr. Amina Yusuf | said | It is a significant step,\n"},
        {"a span of time measured from an event, and a figure's comparison, are the writer's",
         "Tom Vance insisted on Saturday that his goalkeeper still had his full confidence, hours after a late mistake handed Dunmore the win.\n"
         "In the poll, 41 percent of likely voters said they would back the levy, down from 55 percent in July.",
         "indirect | Tom Vance | Tom Vance | insisted | his goalkeeper still had his full confidence\n"
         "indirect | 41 percent of likely voters | 41 percent of likely voters | said | they would back the levy\n"},
        {"an interview printed as questions and answers: each answer is the person the introduction names most",
         "Five Questions For Mayor Ines Carvalho\n\n"
         "Ines Carvalho took office in Lowbridge in January. We spoke to her on Tuesday.\n\n"
         "Q: Why did the buses come first?\n\n"
         "A: Because that is what people asked me about at every door. The bus.\n\n"
         "Q: Will fares go up?\n\n"
         "A: Not this year.  Q: And next year?\n\n"
         "A: I can't promise you that.",
         "indirect | Ines Carvalho | A | : | Because that is what people asked me about at every door. The bus.\n"
         "indirect | Ines Carvalho | A | : | Not this year.\n"
         "indirect | Ines Carvalho | A | : | I can't promise you that.\n"},
        {"a source who asked not to be named, with no comma before the verb",
         "A neighbour who asked not to be named said it was the third robbery on the street this year.",
         "indirect | neighbour | A neighbour who asked not to be named | said | it was the third robbery on the street this year\n"},
        {"a role with where it was held, then the name",
         "Her opponent in the last election, councilman Ray Dutton, said the mayor had spent the budget.",
         "indirect | Ray Dutton | Her opponent in the last election, councilman Ray Dutton | said | the mayor had spent the budget\n"},
        {"'call into question' is an idiom whose content is what it doubts, never the idiom's end",
         "A report from the Center on Poverty calls into question whether the US is a land of opportunity.\n"
         "But a new report released on Monday by the Center on Poverty calls that into question.",
         "indirect | Center on Poverty | Center on Poverty | calls into question | whether the US is a land of opportunity\n"},
        {"a duration after 'argue for' is no object; a participle with no auxiliary describes its noun",
         "American officials argued for years that it was time to help Sudan.\n"
         "Gunmen killed 19 people in an assault on a country seen as the lone success of the Arab Spring.",
         "indirect | American officials | American officials | argued | it was time to help Sudan\n"},
        {"an apposition after an organisation inside a described source describes the organisation; a running story's label is no speaker",
         "Storm Latest: Power Cut To 40,000 Homes\n\n"
         "A spokesman for Acme, the largest maker of widgets, said the plan was dead.\n"
         "Lawyers for RoverWorks, the company that operates the robots, had argued that the ban cost the firm $2 million.",
         "indirect | spokesman for Acme | A spokesman for Acme, the largest maker of widgets | said | the plan was dead\n"
         "indirect | Lawyers for RoverWorks | Lawyers for RoverWorks, the company that operates the robots | argued | the ban cost the firm $2 million\n"},
        {"'according to' between dashes: the source ends at the closing dash, the report goes on after it",
         "There would be a code including \u2014 according to the explanatory notes of the British Bill \u2014 protections for journalists' sources.",
         "indirect | explanatory notes of the British Bill | the explanatory notes of the British Bill | according to | There would be a code including / protections for journalists' sources\n"},
        {"'In his words,' before a quotation: the owner of the words speaks",
         "Analyst Owen Marsh says repairable phones remain a niche. In his words, \u201Cpeople say they want repairs, and then they buy a new phone anyway.\u201D",
         "indirect | Owen Marsh | Analyst Owen Marsh | says | repairable phones remain a niche\n"
         "direct | Owen Marsh | his | In his words | people say they want repairs, and then they buy a new phone anyway.\n"},
        {"'fired back' is one cue; 'was dismissed from' a job is none",
         "Clinton fired back that the plan was reckless.\n"
         "He was dismissed from the depot three weeks before the fire.",
         "indirect | Clinton | Clinton | fired back | the plan was reckless\n"},
        {"a plural's apostrophe owns the role before an apposition with an age: 'Rovers’ match-winner, 19-year-old Kofi Asante,'",
         "Rovers\u2019 match-winner, 19-year-old Kofi Asante, said he had dreamed of scoring in the derby since he was a boy.",
         "indirect | Kofi Asante | Rovers\u2019 match-winner, 19-year-old Kofi Asante | said | he had dreamed of scoring in the derby since he was a boy\n"},
        {"a role that opens the sentence before 'the' and a name: the named body speaks",
         "Its main opponent, the Westbrook Taxpayers Alliance, argues that the city should find the money by trimming administrative costs instead.",
         "indirect | Westbrook Taxpayers Alliance | Its main opponent, the Westbrook Taxpayers Alliance | argues | the city should find the money by trimming administrative costs instead\n"},
        {"an irregular past ('struck') is the main verb, so the participle's subject is the sentence's; 'struck by' still opens an apposition",
         "A federal appeals court on Tuesday struck down a ban on street performers, ruling that the ordinance violated the First Amendment.\n\n"
         "Okafor, struck by the story, told reporters that she would reopen the case.",
         "indirect | federal appeals court | A federal appeals court | ruling | the ordinance violated the First Amendment\n"
         "indirect | Okafor | Okafor, struck by the story | told | she would reopen the case\n"},
        {"a headline's bare role ('Mayor Denies …') is the one person the article gives that role",
         "Mayor Denies Cuts Were Planned\n\n"
         "Mayor Judith Kwan denied on Wednesday that her administration had ever planned to close branches.",
         "indirect | Judith Kwan | Mayor | Denies | Cuts Were Planned\n"
         "indirect | Judith Kwan | Mayor Judith Kwan | denied | her administration had ever planned to close branches\n"},
        {"a document obtained (at some time) by a newspaper speaks, not the newspaper",
         "A budget memo obtained last month by the Westbrook Ledger listed four branches as \"candidates for consolidation.\"",
         "mixed | budget memo | A budget memo obtained last month by the Westbrook Ledger | listed | four branches as \"candidates for consolidation.\"\n"},
        {"a headline's 'Senator' is the one senator the article names ('State Sen. Rafael Ortiz')",
         "Senator Accuses Transit Agency of 'Hiding' Crash Report\n\n"
         "State Sen. Rafael Ortiz (D-Coral Springs) accused the regional transit authority of hiding a safety report.",
         "mixed | Rafael Ortiz | Senator | Accuses | Transit Agency of 'Hiding' Crash Report\n"
         "indirect | Rafael Ortiz | State Sen. Rafael Ortiz (D-Coral Springs) | accused | the regional transit authority of hiding a safety report\n"},
        {"'Asked by host Jenny Marr whether …': the asker named after 'by' is the question's source",
         "Asked by host Jenny Marr whether he would subpoena the document, Ortiz replied: \"Nothing is off the table.\"",
         "indirect | Jenny Marr | host Jenny Marr | Asked | whether he would subpoena the document\n"
         "direct | Ortiz | Ortiz | replied | Nothing is off the table.\n"},
        {"a quantifier floated after its subject ('… each blaming', 'they both said') leaves the verb a verb",
         "Talks broke down on Thursday, with the dockworkers' union and the port operator each blaming the other for the collapse.",
         "indirect | the dockworkers' union and the port operator | the dockworkers' union and the port operator | blaming | the other for the collapse\n"},
        {"a participle with its time and place describes a document ('The lawsuit, filed Monday in federal court,'), and makes it no person",
         "The lawsuit, filed Monday in federal court in Oakland, claims that Brightslate shared app activity with at least four marketing firms.",
         "indirect | lawsuit | The lawsuit, filed Monday in federal court in Oakland | claims | Brightslate shared app activity with at least four marketing firms\n"},
        {"'conceded defeat', 'Concedes … Race': a contest given up is no report",
         "Hollins Concedes Harbourton Mayoral Race to Adeyemi\n\n"
         "Incumbent mayor Grant Hollins conceded defeat late Tuesday. He conceded that the city had chosen a new direction.",
         "indirect | Grant Hollins | He | conceded | the city had chosen a new direction\n"},
        {"', and a meeting on Wednesday evening drew a crowd': a clause of its own after an object, a day between its subject and verb",
         "More than 600 people have signed a petition calling for the decision to be reversed, and a meeting on Wednesday evening drew a crowd that spilled into the playground.",
         "indirect | petition | a petition | calling for | the decision to be reversed\n"},
        {"a plural role before one word of a title-case headline is a subject and its verb, no one named ('Parents Fight Plan to …')",
         "Parents Fight Plan to Close Elm Street Primary\n\n"
         "Parents said the school was the heart of the village.",
         "indirect | Parents | Parents | said | the school was the heart of the village\n"},
        {"'who asked that her last name not be used' is why a source goes half-named, no report",
         "\"It sounded like a train going through the attic,\" said Maria, 52, who asked that her last name not be used.",
         "direct | Maria | Maria, 52, who asked that her last name not be used | said | It sounded like a train going through the attic,\n"},
        {"an object ends before ', and' a second report ('a reviewer for Screen Weekly wrote'), its comma inside a quotation's close too",
         "The Oslo Post praised her performance, and a columnist for the Daily Gazette wrote that the film was a triumph.\n\n"
         "The Bergen Times called her performance \u201Cfearless,\u201D and a reviewer for Screen Weekly wrote that the film \u201Cbelongs to Solberg from the first frame.\u201D",
         "indirect | Oslo Post | Oslo Post | praised | her performance\n"
         "indirect | columnist for the Daily Gazette | a columnist for the Daily Gazette | wrote | the film was a triumph\n"
         "mixed | Bergen Times | Bergen Times | called | her performance \u201Cfearless,\u201D\n"
         "mixed | reviewer for Screen Weekly | a reviewer for Screen Weekly | wrote | the film \u201Cbelongs to Solberg from the first frame.\u201D\n"},
        {"'who briefed reporters … on condition of anonymity' says how an official spoke, not what",
         "The official, who briefed reporters on a conference call on condition of anonymity, said the list held about 30 companies.",
         "indirect | official | The official, who briefed reporters on a conference call on condition of anonymity | said | the list held about 30 companies\n"},
        {"'the county board of elections said' after a clause; 'A hand recount in Ambrose County' is the recount's phrase, not the county's",
         "A hand recount in Ambrose County confirmed on Friday that Democrat Nancy Lee won the race by 41 votes, the county board of elections said.\n\n"
         "A hand recount in Ambrose County found three ballots counted differently.",
         "indirect | county board of elections | the county board of elections | said | A hand recount in Ambrose County confirmed on Friday that Democrat Nancy Lee won the race by 41 votes\n"
         "indirect | hand recount | A hand recount in Ambrose County | found | three ballots counted differently\n"},
        {"a question that opens the sentence is the asker's, not the answer's speaker's ('Asked …, Moreno laughed')",
         "Asked on Monday whether she was worried, Moreno laughed.",
         "indirect | - | - | Asked | on Monday whether she was worried\n"},
        {"one of a group as a source ('One of them, a recruiter in Austin,', 'one of the former prosecutors'), and the 'she' who follows her",
         "Priya Raman runs the company. Two employees lost their jobs.\n\n"
         "One of them, a recruiter in Austin, said the meeting lasted four minutes. \u201CThey read from a script,\u201D she said.\n\n"
         "But one of the former prosecutors said the two cases were quite different.",
         "indirect | recruiter | One of them, a recruiter in Austin | said | the meeting lasted four minutes\n"
         "direct | recruiter | she | said | They read from a script,\n"
         "indirect | one of the former prosecutors | one of the former prosecutors | said | the two cases were quite different\n"},
        {"an opening one-word name with an organisation's apposition is the company that 'the company' after the clause takes up",
         "Tallyworks, the accounting software maker, will cut about 600 jobs, the company said on Tuesday.\n\n"
         "Shares of Tallyworks rose 4 percent.",
         "indirect | Tallyworks | the company | said | Tallyworks, the accounting software maker, will cut about 600 jobs\n"},
        {"a court, jury or inquest that heard or was told something is the audience: the source goes unnamed",
         "Kingsmouth Crown Court heard that Pike had been looking at his phone for 11 seconds.\n\n"
         "The inquest was told that she had complained of chest pains.\n\n"
         "Neighbours heard that the factory would close.",
         "indirect | - | - | heard | Pike had been looking at his phone for 11 seconds\n"
         "indirect | - | - | told | she had complained of chest pains\n"
         "indirect | Neighbours | Neighbours | heard | the factory would close\n"},
        {"'was called after' or 'named after' someone is a namesake, no report",
         "Te Kaurinui was called after the first whale his father ever named, and left university this year to study carving.\n\n"
         "The ship was named after her grandmother, who founded the company.",
         ""},
        {"a plural in -s before the speech verb heads its subject ('Privacy advocates said'), a capital owed to the sentence's start names no one; 'emails and calls about' are nouns",
         "Privacy advocates said the leak showed the risks.\n\n"
         "Rosa Beltran said she had received more than 3,000 emails and calls about the bills.",
         "indirect | Privacy advocates | Privacy advocates | said | the leak showed the risks\n"
         "indirect | Rosa Beltran | Rosa Beltran | said | she had received more than 3,000 emails and calls about the bills\n"},
        {"a headline's quotation after 'Name on Topic:' is the name's, not the topic's",
         "Nia Rowe on Cancelled Tour: 'My Body Told Me to Stop'\n\n"
         "Pop singer Nia Rowe has cancelled her tour.",
         "direct | Nia Rowe | Nia Rowe | : | My Body Told Me to Stop\n"},
        {"'on the inquiry beyond the statement' is no medium phrase ('on a statement'); a passive's agent ends before its relative clause's own report",
         "Colin Marsh declined to comment on the inquiry beyond the statement, which said the company could face a fine.\n\n"
         "The exposure was first reported by the technology site Bytewire, which said a security researcher had found the server.",
         "indirect | Colin Marsh | Colin Marsh | declined | to comment on the inquiry beyond the statement\n"
         "indirect | statement | the statement, which | said | the company could face a fine\n"
         "indirect | Bytewire | the technology site Bytewire | reported | The exposure\n"
         "indirect | Bytewire | Bytewire, which | said | a security researcher had found the server\n"},
        {"'says' is never a noun before a subject's head ('The affidavit says officers found …'), as 'support' is in 'support groups say'",
         "The affidavit says officers found $212 in cash in his backpack.",
         "indirect | affidavit | The affidavit | says | officers found $212 in cash in his backpack\n"},
        {"a relative clause inside a naming object closes before its 'as' ('described the bakery, which …, as the heart of the street')",
         "Neighbours described the bakery, which has been open since 1987, as the heart of the street.",
         "indirect | Neighbours | Neighbours | described | the bakery, which has been open since 1987, as the heart of the street\n"},
        {"'said one of them' after a quotation: one of the group, not a speaker called 'one'",
         "\"We had no idea,\" said one of them, who asked not to be named.",
         "direct | one of them | one of them | said | We had no idea,\n"},
        {"a recipient ends before 'not': 'told members not to discuss …' reports the request, not the object of 'discuss'",
         "The board has told members not to discuss the matter publicly.",
         "indirect | board | The board | told | not to discuss the matter publicly\n"},
        {"a quoted term that the speaker's description takes is no piece of the quote ('who rates the stock “underweight.”'); the next quoted sentence still is",
         "\u201CThis is a company that ran out of room,\u201D said Alana Brooks, an analyst who rates the stock \u201Cunderweight.\u201D \u201CIt will get worse.\u201D",
         "direct | Alana Brooks | Alana Brooks, an analyst who rates the stock | said | This is a company that ran out of room, / It will get worse.\n"},
        {"a question's object ends before when and where it was asked ('Asked about the reports after training on Wednesday,')",
         "Asked about the reports after training on Wednesday, Brandt smiled.\n\n"
         "Asked about the plan in an interview on Sunday, she laughed.",
         "indirect | - | - | Asked | the reports\n"
         "indirect | - | - | Asked | the plan\n"},
        {"'that' and a verb in -s or -ed after a noun open a relative clause inside the subject ('the union that represents workers', 'a dog that mauled a boy')",
         "A spokeswoman for the union that represents workers at the plant said it had not been told.\n\n"
         "The owner of a dog that mauled a 9-year-old boy testified that the animal had never bitten anyone.",
         "indirect | spokeswoman for the union that represents workers at the plant | A spokeswoman for the union that represents workers at the plant | said | it had not been told\n"
         "indirect | owner of a dog that mauled a 9-year-old boy | The owner of a dog that mauled a 9-year-old boy | testified | the animal had never bitten anyone\n"},
        {"a relative clause with 'where' describes the source before it ('The city of Rotterdam, where …, said')",
         "The city of Rotterdam, where her Maas Quarter still houses 4,000 people, said in a statement that it would name a square after her.",
         "indirect | Rotterdam | The city of Rotterdam, where her Maas Quarter still houses 4,000 people | said | it would name a square after her\n"},
        {"a quotation on its own, then 'That is how X remembers …' or 'That's how X describes …' in the next paragraph: X's words",
         "\u201CIt was chaos, pure and simple.\u201D\n\n"
         "That is how Maria Gomez, a nurse at the hospital, remembers the night.\n\n"
         "\"We were lucky.\"\n\n"
         "That's how Tom Reed describes it.\n\n"
         "\"The water came down Mill Street like a river.\"\n\n"
         "That was how Greta Falk, who runs a bakery in the town, described the moment the flood arrived.",
         "direct | Maria Gomez | Maria Gomez, a nurse at the hospital | remembers | It was chaos, pure and simple.\n"
         "direct | Tom Reed | Tom Reed | describes | We were lucky.\n"
         "direct | Greta Falk | Greta Falk, who runs a bakery in the town | described | The water came down Mill Street like a river.\n"},
        {"a title-case headline's participle ('…, Citing Staff Shortage') hangs on the one word before a capitalised verb in -s",
         "Library Cuts Sunday Hours, Citing Staff Shortage\n\n"
         "The Greenvale Public Library will close on Sundays.",
         "indirect | Greenvale Public Library | Library | Citing | Staff Shortage\n"},
        {"a passive request ('is asked to', 'was asked to') is a report with no source named",
         "Anyone with information is asked to contact police on 101.\n\n"
         "Sanders was asked to name a specific decision Clinton made.",
         "indirect | - | - | asked | to contact police on 101\n"
         "indirect | - | - | asked | to name a specific decision Clinton made\n"},
        {"a request in the passive without its auxiliary, in a headline or a reduced relative, names no source",
         "Swimmers Told to Stay Out of River After Sewage Spill\n\n"
         "Residents urged to boil their water queued for bottles.",
         "indirect | - | - | Told | Swimmers / to Stay Out of River After Sewage Spill\n"
         "indirect | - | - | urged | Residents / to boil their water queued for bottles\n"},
        {"a word that makes a number approximate ('about 40', 'over 300') opens the report, not a phrase about the saying",
         "Club secretary Ian Booth said about 40 members had planned a charity swim on Sunday.\n\n"
         "The mayor said over 300 homes had lost power. While the city added around 290 jobs, the county lost 400.",
         "indirect | Ian Booth | Club secretary Ian Booth | said | about 40 members had planned a charity swim on Sunday\n"
         "indirect | mayor | The mayor | said | over 300 homes had lost power\n"},
        {"a verb in -ing with an object after a cue is its content, never an inverted source ('denies murdering Thomas Ashdown')",
         "Callum Wyatt, 29, denies murdering Thomas Ashdown, 63, at Highfold Farm.",
         "indirect | Callum Wyatt | Callum Wyatt, 29 | denies | murdering Thomas Ashdown, 63, at Highfold Farm\n"},
        {"what a court, jury, trial or commission heard or was told is a report with no source named, clause-final too ('…, a jury at X Crown Court heard', '…, murder trial hears', '…, jury told')",
         "Farmhand lay in wait for employer before killing him, murder trial hears\n\n"
         "A farmhand lay in wait in a barn for more than an hour, a jury at Ravensmere Crown Court heard on Monday.\n\n"
         "Charity treasurer took \u00a31.2m to feed gambling habit, jury told\n\n"
         "Teacher groomed pupil online, court told\n\n"
         "Fire chiefs were warned hours before blaze, royal commission hears",
         "indirect | - | - | hears | Farmhand lay in wait for employer before killing him\n"
         "indirect | - | - | heard | A farmhand lay in wait in a barn for more than an hour\n"
         "indirect | - | - | told | Charity treasurer took \u00a31.2m to feed gambling habit\n"
         "indirect | - | - | told | Teacher groomed pupil online\n"
         "indirect | - | - | hears | Fire chiefs were warned hours before blaze\n"},
        {"a title-case headline's plan ('Norvaland Vows to Retaliate') is a report like 'vows to retaliate'",
         "Norvaland Vows to Retaliate\n\n"
         "Norvaland said it would respond.",
         "indirect | Norvaland | Norvaland | Vows | to Retaliate\n"
         "indirect | Norvaland | Norvaland | said | it would respond\n"},
        {"a dateline with a country in title case ('VELNO, Sarvia (Wire) —') is no subject, and 'The' after its dash opens the sentence",
         "Diplomats Expelled\n\n"
         "VELNO, Sarvia (Wire) \u2014 The government expelled four diplomats on Tuesday, accusing them of running a spy network.",
         "indirect | government | The government | accusing | them of running a spy network\n"},
        {"'before' or 'until' after a request's infinitive belongs to the request ('urged patients to check before travelling')",
         "The hospital trust urged patients with routine appointments to check before travelling.",
         "indirect | hospital trust | The hospital trust | urged | patients with routine appointments to check before travelling\n"},
        {"a body's noun before its name in apposition ('Sarvia's state news agency, SNA, reported') is one source",
         "Sarvia's state news agency, SNA, reported that security services had arrested an engineer.",
         "indirect | SNA | Sarvia's state news agency, SNA | reported | security services had arrested an engineer\n"},
        {"a second verb after 'and' shares a subject that an apposition separates from the first ('The team, led by …, analyzed … and found that')",
         "The team, led by Dr. Ingrid Tveit, analyzed 38 years of readings and found that 87 percent had warmed.",
         "indirect | team | The team, led by Dr. Ingrid Tveit | found | 87 percent had warmed\n"},
        {"'talks' reports only about, of or to something ('Budget Talks Collapse' is a noun and its verb)",
         "Ardenne Budget Talks Collapse With Five Days Left Before Shutdown\n\n"
         "Senator Dunleavy talked about the shutdown for an hour.",
         "indirect | Dunleavy | Senator Dunleavy | talked | the shutdown for an hour\n"},
        {"points listed without closing punctuation after 'said:' are reports of their own, up to a page's link",
         "In a wide-ranging interview, President Obama also said:\n"
         "The UK must stay in the EU to have influence on the world stage\n"
         "He is confident the Iran nuclear deal will be passed by Congress\n"
         "Read the full transcript of his interview\n"
         "Mr Obama lands in Kenya later on Friday.",
         "indirect | Obama | President Obama | said | The UK must stay in the EU to have influence on the world stage\n"
         "indirect | Obama | President Obama | said | He is confident the Iran nuclear deal will be passed by Congress\n"},
        {"a photo caption between two quoted paragraphs does not end the quote",
         "\u201cMan\u2019s greed in the ocean is hurting the whales,\u201d says Parata, an elder of the tribe.\n"
         "Hori Parata at his farm, the place where he was born and grew up\n"
         "\u201cWe\u2019re having to put up with a lot of stuff today. We feel that is ridiculous.\u201d",
         "direct | Hori Parata | Parata, an elder of the tribe | says | Man\u2019s greed in the ocean is hurting the whales, / "
         "We\u2019re having to put up with a lot of stuff today. We feel that is ridiculous.\n"},
        {"a headline's topic before a colon ('Zimbabwe coup:', 'Manhole Fires and Burst Pipes: How …') is no speaker",
         "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What Lies Underneath\n\n"
         "The pipes froze overnight, officials said.",
         "indirect | officials | officials | said | The pipes froze overnight\n"},
        {"a country's event before a headline's colon is a topic, not a speaker",
         "Zimbabwe coup: Robert Mugabe and his wife are under house arrest\n\n"
         "The army said the president was safe.",
         "indirect | army | The army | said | the president was safe\n"},
        {"a clause-final attribution's place may be a name with its own 'of' ('reported in the Journal of Clinical Neurology')",
         "Those who received it had 8.2 fewer migraine days a month, the researchers reported in the Journal of Clinical Neurology.",
         "indirect | researchers | the researchers | reported | Those who received it had 8.2 fewer migraine days a month\n"},
        {"a headline's study without its article ('…, trial finds') is the source of what it found",
         "Twice-yearly injection halves migraine days, trial finds\n\n"
         "The drug was given to 1,140 adults.",
         "indirect | trial | trial | finds | Twice-yearly injection halves migraine days\n"},
        {"an object's relative clause closes before the 'of' or 'as' the object goes on with ('accuse X, who …, of having …')",
         "Many Tunisians accuse the country's political Islamists, who held power from 2011 to 2013, of having been too lax with extremists.",
         "indirect | Tunisians | Tunisians | accuse | the country's political Islamists, who held power from 2011 to 2013, of having been too lax with extremists\n"},
        {"a page's section label or link before a colon ('Tech Enabled:', 'Technically Literate:', 'Learn More:', 'Revamped UX:') is no speaker, 'Clinton to Planned Parenthood:' is",
         "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade\n\n"
         "Tech Enabled: CNET chronicles tech's role in providing new kinds of accessibility.\n\n"
         "Technically Literate: Original works of short fiction with unique perspectives on tech.\n\n"
         "Learn More: Seven Tips for Repurposing Video Content\n\n"
         "Revamped UX: Vidyard makes it easier for users to publish.",
         "indirect | Clinton | Clinton | : | Trump will reverse Roe v. Wade\n"},
        {"'recalls' before a number calls vehicles back; it reports nothing ('Castellan Motors recalls 412,000 SUVs')",
         "Castellan Motors recalls 412,000 SUVs over fuel pumps that can fail at speed\n\n"
         "The company said no crashes had been reported. Ms Reyes recalled that the pumps had failed before.",
         "indirect | Castellan Motors | The company | said | no crashes had been reported\n"
         "indirect | Reyes | Ms Reyes | recalled | the pumps had failed before\n"},
        {"'was named CEO' is an appointment, not a report",
         "Martino sold his stake, and new owner Federico Musto was named CEO. The board said the change was overdue.",
         "indirect | board | The board | said | the change was overdue\n"},
        {"a party and state in parentheses after a name ('Rep. Hakeem Jeffries (D-N.Y.) reacted …, saying') or a description ('Sen. Chris Murphy (a Democrat so boyish he …) says') belong to the subject",
         "Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “The killer should be in prison.”\n\n"
         "Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused after the election.",
         "direct | Hakeem Jeffries | Rep. Hakeem Jeffries | saying | The killer should be in prison.\n"
         "indirect | Chris Murphy | Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) | says | he was unfocused after the election\n"},
        {"a transcript under title-case labels: an answer runs to its paragraph's end with what it reports inside it, the interviewer's questions are no quotes, a tally ('Clinton: 547.') is no transcript",
         "Orla Bramhall has led the trust since 2011. She spoke with the Courier.\n\n"
         "Courier: Why leave now?\n\n"
         "Bramhall: Because the trust is in good shape. My predecessor told me that the trust would never survive a wolf.\n\n"
         "Courier: Some farmers still say the scheme is too slow. Are they right?\n\n"
         "Bramhall: Some of them are right. We cut the wait to five weeks.\n\n"
         "Clinton: 547.\n\nSanders: 46.\n\nClinton: 2,316.\n\nSanders: 1,547.",
         "indirect | Orla Bramhall | Bramhall | : | Because the trust is in good shape. My predecessor told me that the trust would never survive a wolf\n"
         "indirect | Orla Bramhall | Bramhall | : | Some of them are right. We cut the wait to five weeks\n"},
        {"a determined noun phrase and a finite auxiliary after a cue open a clause with no 'that', not an object ('claimed his side should have had …', 'said the winner was for …')",
         "Ashworth manager Paul Hennessey claimed his side should have had a second penalty when Tandy was bundled over by Coyle.",
         "indirect | Paul Hennessey | Ashworth manager Paul Hennessey | claimed | his side should have had a second penalty when Tandy was bundled over by Coyle\n"},
        {"in a reported clause that has its verb, ', called …' is the next act of the cue's subject",
         "Mayor Ruth Dale said her rival was behind the leak, called her “third-rate” and left the room.",
         "indirect | Ruth Dale | Mayor Ruth Dale | said | her rival was behind the leak\n"
         "mixed | Ruth Dale | Mayor Ruth Dale | called | her “third-rate”\n"},
        {"a subject starts after a semicolon ('…; and Council Member Aisha Greer, who …, warned that …')",
         "Council Member Victor Lamb, who voted against, said he would push for an audit; and Council Member Aisha Greer, who represents the east side, warned that residents did not know.",
         "indirect | Victor Lamb | Council Member Victor Lamb, who voted against | said | he would push for an audit\n"
         "indirect | Aisha Greer | Council Member Aisha Greer, who represents the east side | warned | residents did not know\n"},
        {"a capitalised cue word between two capitalised words inside a sentence is part of a name ('The National Forecast Service warned'), but not in a title-case headline",
         "Bellwether County Says Trump Should Win GOP Nomination.\n\n"
         "The National Forecast Service warned that strong, dry winds would continue through Monday night.",
         "indirect | Bellwether County | Bellwether County | Says | Trump Should Win GOP Nomination\n"
         "indirect | National Forecast Service | National Forecast Service | warned | strong, dry winds would continue through Monday night\n"},
        {"'according to X' between a subject and its verb ('Those figures, according to the auditor, were …'); 'the general in charge of the program' is a source; after a verb that takes no object, a noun phrase and a verb in -ed open a clause",
         "Those figures, according to the auditor, were “consistent with a board that had stopped checking”.\n\n"
         "The system missed a third of its targets, the general in charge of the program said Tuesday. "
         "The general in charge of the program said the system missed a third of its targets.",
         "mixed | auditor | the auditor | according to | Those figures / were “consistent with a board that had stopped checking”\n"
         "indirect | general in charge of the program | the general in charge of the program | said | The system missed a third of its targets\n"
         "indirect | general in charge of the program | The general in charge of the program | said | the system missed a third of its targets\n"},
        {"a quotation after 'titled' is a title, not a quote; 'posted a photo' says nothing; a month that is also a given name ('to June 29') is no one 'she' stands for",
         "Profit came in at £41 million for the six months to June 29. Maeve Dunmore spoke to analysts. “We have hedged,” she said. "
         "In a blog post titled “Getting Halo 2 right,” Jonas Whitcombe wrote that the headset would arrive late. "
         "Ms Helen Ardagh posted two similar clips to social media that week.",
         "direct | Maeve Dunmore | she | said | We have hedged,\n"
         "indirect | Jonas Whitcombe | Jonas Whitcombe | wrote | the headset would arrive late\n"},
        {"a reported clause with no 'that' that ends in a quotation after a comma is one mixed report ('said his congregation had collected 200 sleeping bags, “in case the worst happens.”'); 'recalls envoy' calls a diplomat home",
         "Rabbi Dov Adler said his congregation had collected more than 200 sleeping bags this autumn, “in case the worst happens.”\n\n"
         "Orvenia recalls envoy as foreign ministry says fishermen were abducted.",
         "mixed | Dov Adler | Rabbi Dov Adler | said | his congregation had collected more than 200 sleeping bags this autumn, “in case the worst happens.”\n"
         "indirect | foreign ministry | foreign ministry | says | fishermen were abducted\n"},
        {"a headline's quotation, a colon and who said it ('‘…’: Orla Bramhall on 14 years …'); a name and its own speech verb after a headline's colon say who speaks ('Town 2-1 Athletic: Dunlop says …')",
         "‘The wolves were never the hard part’: Orla Bramhall on 14 years at the trust\n\n"
         "Orla Bramhall has led the trust since 2011.",
         "direct | Orla Bramhall | Orla Bramhall | - | The wolves were never the hard part\n"},
        {"a score before a headline's colon is no speaker when a name says something after it",
         "Castlebridge Town 2-1 Ashworth Athletic: Dunlop says late winner ‘shows who we are’\n\n"
         "Graeme Dunlop’s side won.",
         "mixed | Graeme Dunlop | Dunlop | says | late winner ‘shows who we are’\n"},
        {"a live blog's repeated labels ('Update: …') are no transcript's turns",
         "Storm Orla live.\n\n"
         "Update: Power has been restored to 3,000 homes in the north.\n\n"
         "Update: The coastguard says the ferry has docked safely in Ardlow.\n\n"
         "Update: Schools will stay closed tomorrow in three counties.\n\n"
         "Photo: Waves break over the harbour wall at Ardlow on Sunday.\n\n"
         "Photo: A fallen tree blocks the main road into Kelby this morning.",
         "indirect | coastguard | The coastguard | says | the ferry has docked safely in Ardlow\n"},
        {"a role no one holds, opening the paragraph after a named speaker's, is that speaker ('the striker')",
         "Tomasz Zielinski, 23, said he had dedicated both goals to his grandmother.\n\n"
         "\u201cShe flew in from Gdansk on Thursday,\u201d the striker said.",
         "indirect | Tomasz Zielinski | Tomasz Zielinski, 23 | said | he had dedicated both goals to his grandmother\n"
         "direct | Tomasz Zielinski | the striker | said | She flew in from Gdansk on Thursday,\n"},
        {"a name in a source's relative clause is someone named: a title's gender picks the one known to have it",
         "\u201cWe are a small company,\u201d said Odessa Quill, who founded Quill Motion with her brother, Simon Quill, in 2014.\n\n"
         "Mr. Quill testified that Tallis had obtained the designs. Ms. Quill said the company would hire 40 engineers.",
         "direct | Odessa Quill | Odessa Quill, who founded Quill Motion with her brother, Simon Quill, in 2014 | said | We are a small company,\n"
         "indirect | Simon Quill | Mr. Quill | testified | Tallis had obtained the designs\n"
         "indirect | Odessa Quill | Ms. Quill | said | the company would hire 40 engineers\n"},
        {"'who lost her daughter' in a source's relative clause gives the source's gender",
         "Sandy Phillips, who lost her daughter Jessica Ghawi in the shooting, said the senator had been late.\n\n"
         "\u201cWe had been busy burying our daughter,\u201d she said.",
         "indirect | Sandy Phillips | Sandy Phillips, who lost her daughter Jessica Ghawi in the shooting | said | the senator had been late\n"
         "direct | Sandy Phillips | she | said | We had been busy burying our daughter,\n"},
        {"'he said' opening the paragraph after a named speaker of unknown gender is that speaker, not a man named further back",
         "Her grandson, Arjun Rao, said the family could not thank him enough.\n\n"
         "Station Manager Grzegorz Nowicki, who led the crews, said the fire started in the kitchen.\n\n"
         "\u201cThe alarm saved her,\u201d he said.",
         "indirect | Arjun Rao | Her grandson, Arjun Rao | said | the family could not thank him enough\n"
         "indirect | Grzegorz Nowicki | Station Manager Grzegorz Nowicki, who led the crews | said | the fire started in the kitchen\n"
         "direct | Grzegorz Nowicki | he | said | The alarm saved her,\n"},
        {"'… but rejected claims that …' after a that-clause is the speaker's next act, not part of the clause",
         "Defence Minister Corvin Haldane confirmed on Tuesday that the memo was genuine but rejected claims that the army was unprepared.",
         "indirect | Corvin Haldane | Defence Minister Corvin Haldane | confirmed | the memo was genuine\n"
         "indirect | Corvin Haldane | Defence Minister Corvin Haldane | rejected | claims that the army was unprepared\n"},
        {"a described person whom the next sentence names ('The lawyer, Josephine Akintola,') is that person",
         "But a Carrick City lawyer said Halvorsen had known about the defect. "
         "The lawyer, Josephine Akintola, who represents two families, said customers had complained.\n\n"
         "The hospital's chief nursing officer told reporters that replacement nurses had arrived. "
         "The officer, Gwendolyn Haskett, said the hospital was spending $6 million.",
         "indirect | Josephine Akintola | a Carrick City lawyer | said | Halvorsen had known about the defect\n"
         "indirect | Josephine Akintola | The lawyer, Josephine Akintola, who represents two families | said | customers had complained\n"
         "indirect | Gwendolyn Haskett | The hospital's chief nursing officer | told | replacement nurses had arrived\n"
         "indirect | Gwendolyn Haskett | The officer, Gwendolyn Haskett | said | the hospital was spending $6 million\n"},
        {"a trade with an age ('The 41-year-old pharmacist') describes whoever was just named",
         "Oluwaseun Adebanjo won the by-election by 14 votes.\n\n"
         "\u201cThis ward has been ignored for too long,\u201d Ms Adebanjo said.\n\n"
         "The 41-year-old pharmacist, who grew up on the estate, said she would save the library.",
         "direct | Oluwaseun Adebanjo | Ms Adebanjo | said | This ward has been ignored for too long,\n"
         "indirect | Oluwaseun Adebanjo | The 41-year-old pharmacist, who grew up on the estate | said | she would save the library\n"},
        {"a role noun that spoke ('the ministry said') is the subject 'It' takes up, not a body named inside its report",
         "The Sorvian Foreign Ministry summoned the ambassador on Wednesday.\n\n"
         "In a statement, the ministry said the three, who work for the charity Open Hands, had been carrying medicine. "
         "It demanded that they be released immediately.",
         "indirect | Sorvian Foreign Ministry | the ministry | said | the three, who work for the charity Open Hands, had been carrying medicine\n"
         "indirect | Sorvian Foreign Ministry | It | demanded | they be released immediately\n"},
        {"', and' and a verb phrase after a that-clause with its own subject is the speaker's next act",
         "Analysts at Brantley Securities said in a note to clients that the forecast cut looked \"overdue rather than cautious,\" "
         "and lowered their price target on the stock to $31 from $44.",
         "mixed | Analysts at Brantley Securities | Analysts at Brantley Securities | said | the forecast cut looked \"overdue rather than cautious,\"\n"},
        {"', and awarded Quill …' after a that-clause is the jury's next act; 'The sheriff put it bluntly:' introduces a quote",
         "A federal jury found that Tallis Robotics infringed three patents held by a smaller rival, Quill Motion Systems, "
         "and awarded Quill $212 million in damages.\n\n"
         "Sheriff Dale Okonkwo arrived at noon. The sheriff put it bluntly: \u201cIf you are waiting to see flames, you have waited too long.\u201d",
         "indirect | federal jury | A federal jury | found | Tallis Robotics infringed three patents held by a smaller rival, Quill Motion Systems\n"
         "direct | Dale Okonkwo | The sheriff | put it bluntly | If you are waiting to see flames, you have waited too long.\n"},
        {"a name and its participle after 'and' is the next attribution of a list ('… and Nadim Farrow calling …')",
         "The candidates clashed on Thursday, with Beatrix Onwe accusing her opponent of \"planning to raid the fund\" "
         "and Nadim Farrow calling her programme \"a fairy tale.\"",
         "mixed | Beatrix Onwe | Beatrix Onwe | accusing | her opponent of \"planning to raid the fund\"\n"
         "mixed | Nadim Farrow | Nadim Farrow | calling | her programme \"a fairy tale.\"\n"},
        {"'a coroner' named next by title, 'the judge' for Mr Justice …, 'the veteran' for the player just named",
         "The death was avoidable, a coroner ruled on Friday.\n\n"
         "Senior coroner Rosalind Ashby said the driver could not have seen her.\n\n"
         "Mr Justice Cathal Brennan quashed the permission. \u201cThat is what happened here,\u201d the judge said.\n\n"
         "Katya Orlenko, 34, lost the final set. The veteran told the umpire the ball had been out.",
         "indirect | Rosalind Ashby | a coroner | ruled | The death was avoidable\n"
         "indirect | Rosalind Ashby | Senior coroner Rosalind Ashby | said | the driver could not have seen her\n"
         "direct | Cathal Brennan | the judge | said | That is what happened here,\n"
         "indirect | Katya Orlenko | The veteran | told | the ball had been out\n"},
        {"a study's verb in -s after an owner's report ('…, ombudsman's report finds'); an ombudsman is a role",
         "Landlord left family in mouldy flat for two years, ombudsman's report finds\n\n"
         "The flat was unfit to live in, the ombudsman said.",
         "indirect | ombudsman | ombudsman's report | finds | Landlord left family in mouldy flat for two years\n"
         "indirect | ombudsman | the ombudsman | said | The flat was unfit to live in\n"},
        {"a role after a prefix of rank ('vice-chancellor', 'co-chair') is a role the next mention takes up",
         "The university's vice-chancellor, Professor Annika Thorsby, said the deficit had grown.\n\n"
         "The vice-chancellor said the university had offered a cap.",
         "indirect | Annika Thorsby | The university's vice-chancellor, Professor Annika Thorsby | said | the deficit had grown\n"
         "indirect | Annika Thorsby | The vice-chancellor | said | the university had offered a cap\n"},
        {"'it' after a sentence that opens with a body's people ('The team's volunteers …, it said') is that body",
         "Three climbers were rescued on Sunday, the Hollin Valley Mountain Rescue Team said.\n\n"
         "The National Weather Office confirmed that its warning had been raised late.\n\n"
         "The team's volunteers have carried out 41 rescues so far this year, it said.",
         "indirect | Hollin Valley Mountain Rescue Team | Hollin Valley Mountain Rescue Team | said | Three climbers were rescued on Sunday\n"
         "indirect | National Weather Office | National Weather Office | confirmed | its warning had been raised late\n"
         "indirect | Hollin Valley Mountain Rescue Team | it | said | The team's volunteers have carried out 41 rescues so far this year\n"},
        {"a headline's bare 'coastguard' is the coastguard the article names",
         "Ferry runs aground off Tarrow Head; all 212 aboard rescued, coastguard says\n\n"
         "The Merrow Coastguard said every passenger was taken off safely.",
         "indirect | Merrow Coastguard | coastguard | says | all 212 aboard rescued\n"
         "indirect | Merrow Coastguard | Merrow Coastguard | said | every passenger was taken off safely\n"},
        {"'the company' is no board, office or authority named after the business ('… with the Marine Accident Board. The company said')",
         "Brightwater Lines said in a statement that it was cooperating fully with the Marine Accident Board. "
         "The company said the captain had 20 years of experience.",
         "indirect | Brightwater Lines | Brightwater Lines | said | it was cooperating fully with the Marine Accident Board\n"
         "indirect | Brightwater Lines | The company | said | the captain had 20 years of experience\n"},
        {"a headline's 'Fire chief' and 'the city's fire chief' are the Fire Chief named later, not another chief",
         "Fire chief says sprinklers had been switched off\n\n"
         "The fire spread quickly, the city's fire chief said.\n\n"
         "\"The roof was already going,\" Fire Chief Orla Brennick told a news conference.\n\n"
         "Kestler's chief executive, Paul Amsel, said the company would keep paying its staff.",
         "indirect | Orla Brennick | Fire chief | says | sprinklers had been switched off\n"
         "indirect | Orla Brennick | the city's fire chief | said | The fire spread quickly\n"
         "direct | Orla Brennick | Fire Chief Orla Brennick | told | The roof was already going,\n"
         "indirect | Paul Amsel | Kestler's chief executive, Paul Amsel | said | the company would keep paying its staff\n"},
        {"'the airline' and a headline's 'airline' are the airline named by its brand; 'the orchestra' is the Philharmonic",
         "Jet skids off snowy runway; airline says all 168 aboard safe\n\n"
         "An Aurora Skyways passenger jet slid off the runway. None of the passengers were hurt, the airline said.\n\n"
         "Ilona Varga, who led the Estmere Philharmonic, died on Saturday, the orchestra said.",
         "indirect | Aurora Skyways | airline | says | all 168 aboard safe\n"
         "indirect | Aurora Skyways | the airline | said | None of the passengers were hurt\n"
         "indirect | Estmere Philharmonic | the orchestra | said | Ilona Varga, who led the Estmere Philharmonic, died on Saturday\n"},
        {"a reported passive goes on after 'and' with a second participle ('had been cleared of snow and tested for …')",
         "The airport's operator said the runway had been cleared of snow and tested for braking grip before the landing.",
         "indirect | airport's operator | The airport's operator | said | the runway had been cleared of snow and tested for braking grip before the landing\n"},
        {"a second that-clause of the same cue goes on whatever verb it holds ('…, and that crews expected to …')",
         "Paulo Serrat said the state would ask for federal aid, and that crews expected to restore power by Friday.",
         "indirect | Paulo Serrat | Paulo Serrat | said | the state would ask for federal aid, and that crews expected to restore power by Friday\n"},
        {"'he' is no one of a nationality's adjective ('Nordic paintings') nor a firm of partners ('Larkspur & Finch')",
         "Aldous Penhallow said he had no memory of the painting.\n\n"
         "Larkspur & Finch said it welcomed scholarly debate.\n\n"
         "A report found that one in ten Nordic paintings sold at auction carried disputed attributions.\n\n"
         "The siblings were undecided.\n\n"
         "Her brother was more certain.\n\n"
         "\"Roof,\" he said.",
         "indirect | Aldous Penhallow | Aldous Penhallow | said | he had no memory of the painting\n"
         "indirect | Larkspur & Finch | Larkspur & Finch | said | it welcomed scholarly debate\n"
         "indirect | report | A report | found | one in ten Nordic paintings sold at auction carried disputed attributions\n"
         "direct | - | he | said | Roof,\n"},
        {"'the Post' is the paper named before by its full name, but 'Guardian' is no mayor whose surname it is",
         "Cyril Ambrose-Ward reviewed plays for the Kestrel Evening Post for 41 years.\n\n"
         "In a statement, the Post called him \"the conscience of the city's stages.\"\n\n"
         "Atlantic City Mayor Don Guardian said the casinos would reopen.\n\n"
         "The Guardian reported that the casinos were closing.",
         "mixed | Kestrel Evening Post | Post | called | him \"the conscience of the city's stages.\"\n"
         "indirect | Don Guardian | Atlantic City Mayor Don Guardian | said | the casinos would reopen\n"
         "indirect | Guardian | Guardian | reported | the casinos were closing\n"},
        {"'she' is no title or institution of unknown type ('Mahler's Fifth Symphony'), only a name that may be a person's ('Asab Al-Tabchi')",
         "Desmond Hale reviewed a recording of Mahler's Fifth Symphony for the paper.\n\n"
         "\"It was slow,\" she said.\n\n"
         "Asab Al-Tabchi fled Syria in 2013.\n\n"
         "\"We had nothing,\" she said.",
         "direct | - | she | said | It was slow,\n"
         "direct | Asab Al-Tabchi | she | said | We had nothing,\n"},
        {"a headline's bare 'union' is the union the story names, whatever it calls itself ('Teachers' Federation')",
         "Teachers in Caldora to strike next week after pay talks collapse, union says\n\n"
         "The Caldora Teachers' Federation said its members would walk out on Monday.",
         "indirect | Caldora Teachers' Federation | union | says | Teachers in Caldora to strike next week after pay talks collapse\n"
         "indirect | Caldora Teachers' Federation | Caldora Teachers' Federation | said | its members would walk out on Monday\n"},
        {"'The association' is the 'University and College Staff Association', one body whose noun both words share",
         "The University and College Staff Association says the changes will cut pensions.\n\n"
         "The association said it would meet university managers on Thursday.",
         "indirect | University and College Staff Association | University and College Staff Association | says | the changes will cut pensions\n"
         "indirect | University and College Staff Association | The association | said | it would meet university managers on Thursday\n"},
        {"'talk' takes no that-clause: 'still talking … after a session that began …' reports nothing; nor does 'spoke to reporters'",
         "The negotiators were still talking early on Saturday after a session that began at 10 a.m. on Friday.\n\n"
         "Oskar Lindell spoke to reporters at the rescue base after being checked by a doctor.",
         ""},
        {"a bare surname shared by a brother and a sister: 'she' with no other match is the sister",
         "Conductor dies at 88\n\n"
         "Ilona Varga, the conductor, died on Saturday.\n\n"
         "Her brother, the cellist Andras Varga, said she died in her sleep.\n\n"
         "The orchestra toured four continents.\n\n"
         "The tours were long.\n\n"
         "Varga retired in 2004. In her memoir, she wrote that a conductor should be the least necessary person on stage.",
         "indirect | Andras Varga | Her brother, the cellist Andras Varga | said | she died in her sleep\n"
         "indirect | Ilona Varga | she | wrote | a conductor should be the least necessary person on stage\n"},
        {"', but would not say …' after a reported clause is the speaker's refusal, not the report's",
         "Ines Darrow said she had already begun another book, but would not say what it was about.",
         "indirect | Ines Darrow | Ines Darrow | said | she had already begun another book\n"
         "indirect | Ines Darrow | Ines Darrow | say | what it was about\n"},
        {"a shop named with a possessive ('Harwell's, the supermarket chain,') is a business: 'grocer warns', 'the retailer'",
         "Harwell's shares slide as grocer warns profit will miss forecasts\n\n"
         "Shares in Harwell's, the country's third-largest supermarket chain, fell 9 percent after the retailer said "
         "profit would come in below expectations.\n\n"
         "Harwell's now expects a profit of 410 million pounds, the company said.",
         "indirect | Harwell's | grocer | warns | profit will miss forecasts\n"
         "indirect | Harwell's | the retailer | said | profit would come in below expectations\n"
         "indirect | Harwell's | the company | said | Harwell's now expects a profit of 410 million pounds\n"},
        {"'an earnings call' is a noun: after 'a' or 'an' a word in -s is a modifier, not a plural subject",
         "Miriam Costa spoke on an earnings call last month.",
         ""},
        {"'the United Vehicle Workers union' is named by its capitalised words, which 'the union' takes up",
         "Workers have voted to strike, the United Vehicle Workers union said on Monday.\n\n"
         "The union said talks would resume on Thursday.",
         "indirect | United Vehicle Workers | the United Vehicle Workers union | said | Workers have voted to strike\n"
         "indirect | United Vehicle Workers | The union | said | talks would resume on Thursday\n"},
        {"a bare verb after 'and' goes on with the reported clause's modal ('would cost 350 jobs and leave …'), a past one is the speaker's next act",
         "The Finance Workers' Union said the closures would cost about 350 jobs and leave some rural towns without a bank.\n\n"
         "Mr. Hale said the plan would work and called for a vote.",
         "indirect | Finance Workers' Union | Finance Workers' Union | said | the closures would cost about 350 jobs and leave some rural towns without a bank\n"
         "indirect | Hale | Mr. Hale | said | the plan would work\n"
         "indirect | Hale | Mr. Hale | called for | a vote\n"},
        {"a lower-case role before a source's name ('inspector Hilary Pemberton found') is the role 'the inspector' takes up",
         "Flats approved\n\n"
         "In a decision published on Friday, inspector Hilary Pemberton found that the council had given no sound reason.\n\n"
         "The inspector also ruled that the council must pay part of the costs.",
         "indirect | Hilary Pemberton | Hilary Pemberton | found | the council had given no sound reason\n"
         "indirect | Hilary Pemberton | The inspector | ruled | the council must pay part of the costs\n"},
        {"'the council' after 'Dunmore City Council's cabinet' is the council, the owner, named whole",
         "Dunmore City Council's cabinet approved a licensing scheme on Tuesday.\n\n"
         "Inspections will begin in the spring, the council said.",
         "indirect | Dunmore City Council's cabinet | Dunmore City Council's cabinet | approved | a licensing scheme\n"
         "indirect | Dunmore City Council | the council | said | Inspections will begin in the spring\n"},
        {"'was told' with a phrase of time before 'that' ('The board was told in January that …') is a report with no source named",
         "The board was told in January that the ward costs 1.9 million pounds a year to run.\n\n"
         "The hospital was told as early as 2017 that the surgeon's complication rates were high.",
         "indirect | - | - | told | the ward costs 1.9 million pounds a year to run\n"
         "indirect | - | - | told | the surgeon's complication rates were high\n"},
        {"'it' with an auxiliary is the reported clause's own subject: '… and had since introduced …' goes on",
         "Meridell Healthcare said it had fully cooperated with the regulator and had since introduced independent review of all decisions.",
         "indirect | Meridell Healthcare | Meridell Healthcare | said | it had fully cooperated with the regulator and had since introduced independent review of all decisions\n"},
        {"', a claim that …' after a reported clause is the writer's word on it, not the report's; a subject's apposition is not",
         "The agency said there was no evidence linking the vaccine to autism, a claim that has circulated widely online.\n\n"
         "Pike said decisions on keeping children home, a step Ashby County took last month, rested with the school boards.",
         "indirect | agency | The agency | said | there was no evidence linking the vaccine to autism\n"
         "indirect | Pike | Pike | said | decisions on keeping children home, a step Ashby County took last month, rested with the school boards\n"},
        {"'Quillon beats forecasts but says …': a form in -s right after a name's verb in -s is its object, not a cue",
         "Quillon beats forecasts but says cloud growth will slow\n\n"
         "Polling of union voters shows that the deal is popular.",
         "indirect | Quillon | Quillon | says | cloud growth will slow\n"
         "indirect | union voters | union voters | shows | the deal is popular\n"},
        {"a headline's 'top shareholder says' after a semicolon: a shareholder is a person's role",
         "Board backs offer; top shareholder says price is too low\n\nThe vote is next week.",
         "indirect | Board | Board | backs | offer\n"
         "indirect | top shareholder | top shareholder | says | price is too low\n"},
        {"'the finance chief' is the 'Chief financial officer', not another Nair who is 'chief executive': a role's modifier by its stem",
         "Chief financial officer Priya Nair said revenue would slow.\n\n"
         "Stratix's founder and chief executive, Arun Nair, said that his company had won customers.\n\n"
         "Priya Nair said Quillon had lost a handful of small accounts. \"Competition is healthy,\" the finance chief said.",
         "indirect | Priya Nair | Priya Nair | said | revenue would slow\n"
         "indirect | Arun Nair | Stratix's founder and chief executive, Arun Nair | said | his company had won customers\n"
         "indirect | Priya Nair | Priya Nair | said | Quillon had lost a handful of small accounts\n"
         "direct | Priya Nair | the finance chief | said | Competition is healthy,\n"},
        {"'the chairman' for 'Councillor Dev Anand, who chairs …', 'the housing chief' for 'The council's head of housing, Brendan Ashe,'",
         "Flats approved\n\n"
         "Councillor Dev Anand, who chairs the planning committee, said the council could not refuse.\n\n"
         "\"I understand the anger in this room,\" the chairman said.\n\n"
         "The council's head of housing, Brendan Ashe, said the scheme would be paused.\n\n"
         "\"I would be misleading people,\" the housing chief added.",
         "indirect | Dev Anand | Councillor Dev Anand, who chairs the planning committee | said | the council could not refuse\n"
         "direct | Dev Anand | the chairman | said | I understand the anger in this room,\n"
         "indirect | Brendan Ashe | The council's head of housing, Brendan Ashe | said | the scheme would be paused\n"
         "direct | Brendan Ashe | the housing chief | added | I would be misleading people,\n"},
        {"a headline's capitalised words before a lower-case role ('Illinois governor says') name its role; a place with its relative clause is no source ('At the mine gate, where …, Mwanaisha Salum said')",
         "Illinois governor says she'll veto cut to early voting\n\n"
         "Illinois Gov. Marian Holtz said she would veto the bill.\n\n"
         "At the mine gate, where hundreds of relatives have waited since Monday, Mwanaisha Salum, 34, said her husband was underground.",
         "indirect | Marian Holtz | Illinois governor | says | she'll veto cut to early voting\n"
         "indirect | Marian Holtz | Illinois Gov. Marian Holtz | said | she would veto the bill\n"
         "indirect | Mwanaisha Salum | Mwanaisha Salum, 34 | said | her husband was underground\n"},
        {"an absolute clause: the name after 'with' is the participle's subject, whatever the sentence opened with",
         "Former Gov. Victor Castellano, the front-runner for the nomination, came under attack on Wednesday night, "
         "with Sen. Lydia Varga of Montana saying he was running a campaign of slogans.",
         "indirect | Lydia Varga | Sen. Lydia Varga of Montana | saying | he was running a campaign of slogans\n"},
        {"a second verb after 'and' shares a subject whose party and state stand before the first",
         "Senate Minority Leader Curtis Vandermeer, R-Tenn., voted against the bill and called it \"a federal takeover.\"",
         "mixed | Curtis Vandermeer | Senate Minority Leader Curtis Vandermeer | called | it \"a federal takeover.\"\n"},
        {"a headline's comma before a second verb of report ends the first report; both are the body's named speaker's",
         "Wisconsin governor denies donors were rewarded with state contracts, calls report 'a hit job'\n\n"
         "MADISON, Wis. \u2014 Wisconsin Gov. Raymond Sheffield on Tuesday denied that his administration had steered "
         "state contracts to campaign donors, calling a newspaper investigation \"a hit job.\"",
         "indirect | Raymond Sheffield | Wisconsin governor | denies | donors were rewarded with state contracts\n"
         "mixed | Raymond Sheffield | Wisconsin governor | calls | report 'a hit job'\n"
         "indirect | Raymond Sheffield | Wisconsin Gov. Raymond Sheffield | denied | his administration had steered "
         "state contracts to campaign donors\n"
         "mixed | Raymond Sheffield | Wisconsin Gov. Raymond Sheffield | calling | a newspaper investigation \"a hit job.\"\n"},
        {"according to a document by a named body: the body speaks through it, unless the name only owns the author",
         "The army paid for shells that were never delivered, according to an audit by the Vestmark Defence Inspectorate "
         "that was presented to parliament on Tuesday.\n\nThe army paid for fuel, according to a report by the Senate's legal service.",
         "indirect | Vestmark Defence Inspectorate | an audit by the Vestmark Defence Inspectorate that was presented to parliament on Tuesday "
         "| according to | The army paid for shells that were never delivered\n"
         "indirect | report by the Senate's legal service | a report by the Senate's legal service | according to | The army paid for fuel\n"},
        {"the owner of a report's noun as an object ('Trump's claim that'); not as the sentence's subject",
         "Politifact did a fact-check on Donald Trump\u2019s claim that there have been \u201Cthousands of shootings\u201D in Chicago "
         "this year. Critics also seized on his suggestion that the party would not support him. "
         "Trump\u2019s accusation that Obama created the group drew fire.",
         "mixed | Donald Trump | Donald Trump | claim | there have been \u201Cthousands of shootings\u201D in Chicago this year\n"
         "indirect | Donald Trump | his | suggestion | the party would not support him\n"},
        {"the 's of a pronoun's perfect ('She's said she …') is 'has', not a possessive or a passive",
         "Senator Ilse Marrow spoke in Dover on Monday. She's said she will wait until after the primary.",
         "indirect | Ilse Marrow | She | said | she will wait until after the primary\n"},
        {"a plural noun after a name and its comma is the parenthetical's source, not the name's apposition",
         "Governor Alma Reyes, these people said, would be open to a recount.",
         "indirect | people | these people | said | Governor Alma Reyes / would be open to a recount\n"},
        {"a noun phrase with its own verb after a quoted fragment's 'said' is the report's subject, not an inverted speaker",
         "Mr. Halden, citing \"the quiet strength of the party,\" said the senator could still win Ohio.",
         "indirect | Halden | Mr. Halden, citing \"the quiet strength of the party,\" | said | the senator could still win Ohio\n"},
        {"'that' or 'which' right before a speech cue stands for the noun before it, the source",
         "Protesters waved a banner that said, \"Save our school now.\" The council released a report that warned the roof was unsafe.",
         "direct | banner | a banner that | said | Save our school now.\n"
         "indirect | report | a report that | warned | the roof was unsafe\n"},
        {"a court's 'ruled' is its report, after a wire's dateline and a court named with its country",
         "ESTRAVEN (Meridian Wire) - The Supreme Court of Ardania ruled on Tuesday that the operator broke the law.",
         "indirect | Supreme Court of Ardania | Supreme Court of Ardania | ruled | the operator broke the law\n"},
        {"a role alone before the name is no report, nor is the subject of a passive with its agent",
         "Loomi's founder and chief executive, Dorian Castell, who was questioned by lawmakers about child safety last year, "
         "has not commented publicly.",
         ""},
        {"delegates are people who speak; a ban that 'rules' someone 'out' reports nothing",
         "Two delegates from northern associations, who asked not to be named, said they had switched their votes. "
         "The ban, backdated to March 14, rules Varga out of the championships.",
         "indirect | delegates from northern associations | Two delegates from northern associations, who asked not to be named | "
         "said | they had switched their votes\n"},
        {"a subordinate clause with a report of its own after a parenthetical attribution is that report's",
         "The pantry will reopen on Thursday, Mrs Amadi said, though she warned that it would last a week.",
         "indirect | Amadi | Mrs Amadi | said | The pantry will reopen on Thursday\n"
         "indirect | Amadi | she | warned | it would last a week\n"},
        {"an irregular past with its particle names someone as a quoted thing ('went after Trump as a “…”')",
         "Reid went after the governor as a \u201Chuman leech\u201D and a \u201Cspoiled brat.\u201D",
         "mixed | Reid | Reid | went after | the governor as a \u201Chuman leech\u201D and a \u201Cspoiled brat.\u201D\n"},
        {"an adjunct of the whole sentence after a clause-final attribution ('…, the companies said Monday, in a deal that …')",
         "Halvorsen Group agreed to buy its rival Lumen Hotels, the two companies said Monday, in a deal that would put 300 hotels under one roof.",
         "indirect | companies | two companies | said | Halvorsen Group agreed to buy its rival Lumen Hotels\n"},
        {"a form in -s after a count is a noun, and 'as' before a clause with its own verb names nothing",
         "Calvera to charge tourists four marks a night as mayor says city is \u2018full to bursting\u2019\n\n"
         "Rosa Kalin, who runs the hotel with her brother, Anton, said half of the bookings had been canceled.",
         "mixed | mayor | mayor | says | city is \u2018full to bursting\u2019\n"
         "indirect | Rosa Kalin | Rosa Kalin, who runs the hotel with her brother, Anton | said | half of the bookings had been canceled\n"},
        {"'as' opening a clause of its own ('as is standard practice') is no 'as X said'",
         "Trooper Alicia Vance said the chase ended at dawn. The patrol is reviewing the footage, as is standard practice, she said.",
         "indirect | Alicia Vance | Trooper Alicia Vance | said | the chase ended at dawn\n"
         "indirect | Alicia Vance | she | said | The patrol is reviewing the footage, as is standard practice\n"},
        {"initials in brackets after an 'according to' source name it again; 'The X and Y Inspectorate' is one body",
         "Crossing incidents rose to 412 last year, according to the Office of Rail Safety (ORS). "
         "The Medicines and Devices Inspectorate (MDI) said the batch was safe.",
         "indirect | Office of Rail Safety | the Office of Rail Safety | according to | Crossing incidents rose to 412 last year\n"
         "indirect | Medicines and Devices Inspectorate | Medicines and Devices Inspectorate (MDI) | said | the batch was safe\n"},
        {"a conference of rectors is a body, and 'the conference' that body",
         "According to the Conference of Kestrian Rectors, the universities ended last year in deficit. "
         "The conference, which had lobbied for a cap, said the increase was too small.",
         "indirect | Conference of Kestrian Rectors | the Conference of Kestrian Rectors | According to | "
         "the universities ended last year in deficit\n"
         "indirect | Conference of Kestrian Rectors | The conference, which had lobbied for a cap | said | the increase was too small\n"},
        {"a titled person before 'of the Brennick police' is the person, serving that police",
         "Inspector Dana Korr of the Brennick police said officers had not been asked to attend.",
         "indirect | Dana Korr | Inspector Dana Korr of the Brennick police | said | officers had not been asked to attend\n"},
        {"the body a named speaker's role is of is named for its initials later; 'the agriculture department' is the Department of Agriculture and …",
         "Dr Neil Farrant, branch secretary of the Academic Staff Federation, said the talks had failed. "
         "The ASF said its members would vote next month.\n\n"
         "The salads were made at the plant, according to the state Department of Agriculture and Markets. "
         "Two patients are older adults, said Dr. Renata Osterhout, director of the Ravenel County Health Department. "
         "The company fixed the problem within a week, the agriculture department said.",
         "indirect | Neil Farrant | Dr Neil Farrant, branch secretary of the Academic Staff Federation | said | the talks had failed\n"
         "indirect | Academic Staff Federation | ASF | said | its members would vote next month\n"
         "indirect | Department of Agriculture and Markets | the state Department of Agriculture and Markets | according to | "
         "The salads were made at the plant\n"
         "indirect | Renata Osterhout | Dr. Renata Osterhout, director of the Ravenel County Health Department | said | "
         "Two patients are older adults\n"
         "indirect | Department of Agriculture and Markets | the agriculture department | said | "
         "The company fixed the problem within a week\n"},
        {"after a quotation closed before its comma, ', and urged' is the speaker's next report",
         "Kelsford Borough Council said in a statement after the hearing that the case should serve as "
         "\u201Ca warning to every landlord\u201D, and urged tenants living in unsafe homes to contact its housing team.",
         "mixed | Kelsford Borough Council | Kelsford Borough Council | said | the case should serve as \u201Ca warning to every landlord\u201D\n"
         "indirect | Kelsford Borough Council | Kelsford Borough Council | urged | tenants living in unsafe homes to contact its housing team\n"},
        {"a verb's form after a preposition is a noun, and 'between' and 'about' modify a source's noun",
         "A person familiar with talks between the two governments, who asked not to be named, said Brastova had asked for a quota. "
         "People familiar with discussions about the merger said the deal was off.",
         "indirect | person familiar with talks between the two governments | A person familiar with talks between the two "
         "governments, who asked not to be named | said | Brastova had asked for a quota\n"
         "indirect | People familiar with discussions about the merger | People familiar with discussions about the merger | "
         "said | the deal was off\n"},
        {"a body's name, then what it is known as ('…, known as the CGFS, said'), is the source",
         "The Citrus Growers' Federation of Seravia, known as the CGFS, said a mature tree earned 110 korvas a year. "
         "The Tamsin Pork Producers Council, known to farmers as the TPPC, urged its members to keep visitors off their farms.",
         "indirect | Citrus Growers' Federation of Seravia | Citrus Growers' Federation of Seravia, known as the CGFS | said | "
         "a mature tree earned 110 korvas a year\n"
         "indirect | Tamsin Pork Producers Council | Tamsin Pork Producers Council, known to farmers as the TPPC | urged | "
         "its members to keep visitors off their farms\n"},
        {"after 'that', 'it' is the reported clause's subject, so 'and had since …' goes on with it",
         "Brindle Airport Ltd said in a statement that it \u201Cfully accepts\u201D the findings and had since fitted alerts to all vehicles.",
         "mixed | Brindle Airport Ltd | Brindle Airport Ltd | said | it \u201Cfully accepts\u201D the findings and had since fitted alerts to all vehicles\n"},
        {"a relative clause after an 'according to' source is the source's own report, not more of the first",
         "The river has failed after 19 months of drought, according to the Orvane Basin Water Authority, "
         "which says reservoirs stand at 14 percent of capacity.",
         "indirect | Orvane Basin Water Authority | the Orvane Basin Water Authority | according to | "
         "The river has failed after 19 months of drought\n"
         "indirect | Orvane Basin Water Authority | Orvane Basin Water Authority, which | says | reservoirs stand at 14 percent of capacity\n"},
        {"a definite role, then what the person is ('The official, a deputy returning officer whom …,'), is the source",
         "The official, a deputy returning officer whom the court allowed to remain anonymous, said in evidence that "
         "she had taken the box home.\n\n"
         "The first witness, a former accounts clerk at Kestrel, testified that she had flagged unusual payments. "
         "The clerk, Tamsin Bright, said she raised the matter with her manager.",
         "indirect | official | The official, a deputy returning officer whom the court allowed to remain anonymous | said | "
         "she had taken the box home\n"
         "indirect | Tamsin Bright | The first witness, a former accounts clerk at Kestrel | testified | she had flagged unusual payments\n"
         "indirect | Tamsin Bright | The clerk, Tamsin Bright | said | she raised the matter with her manager\n"},
        {"a title before a surname two people share picks the one who holds it ('Commissioner Okafor', not his sister named since)",
         "Commissioner Ray Okafor asked whether the problem could have been caught sooner.\n\n"
         "At Okafor Hardware, owner Carol Okafor said her lumber now arrives on smaller trucks.\n\n"
         "Commissioner Okafor said Wednesday that he had asked the state for emergency repair money.",
         "indirect | Ray Okafor | Commissioner Ray Okafor | asked | whether the problem could have been caught sooner\n"
         "indirect | Carol Okafor | Carol Okafor | said | her lumber now arrives on smaller trucks\n"
         "indirect | Ray Okafor | Commissioner Okafor | said | he had asked the state for emergency repair money\n"},
        {"'the 52-year-old' is the person the story gave that age, not whoever spoke last",
         "Graham Tolley, 52, of Westbury Lane, told the court he had lost control of the house.\n\n"
         "Sentencing, District Judge Eleanor Marsh said the defendant had put lives at risk.\n\n"
         "Speaking outside court, the 52-year-old said he was ashamed.",
         "indirect | Graham Tolley | Graham Tolley, 52, of Westbury Lane | told | he had lost control of the house\n"
         "indirect | Eleanor Marsh | District Judge Eleanor Marsh | said | the defendant had put lives at risk\n"
         "indirect | Graham Tolley | the 52-year-old | said | he was ashamed\n"},
        {"a spouse named by a given name the lexicon lacks takes the surname of the person just named ('her husband, Emyr,')",
         "On their farm, Carys Madoc and her husband, Emyr, milk 140 cows.\n\n"
         "\u2018We have done everything,\u2019 Mrs Madoc said.\n\n"
         "Mr Madoc said he would decide by Christmas whether to keep the herd.",
         "direct | Carys Madoc | Mrs Madoc | said | We have done everything,\n"
         "indirect | Emyr Madoc | Mr Madoc | said | he would decide by Christmas whether to keep the herd\n"},
        {"a single closing mark right after a closing double mark closes the outer quotation",
         "\u2018It was \u201Cthe worst day of my life\u201D\u2019, Mrs Pike said.",
         "direct | Pike | Mrs Pike | said | It was \u201Cthe worst day of my life\u201D\n"},
        {"what a speaker was told ('laughed when told that …') is no report of theirs",
         "Jonas Brandt laughed when told that the club had made an offer. He said he was happy in Berlin.",
         "indirect | Jonas Brandt | He | said | he was happy in Berlin\n"},
        {"an indefinite apposition's noun gives a name its gender ('Wiratmo, a 45-year-old fisherman,')",
         "Wiratmo, a 45-year-old fisherman from the village, said the water rose in minutes. "
         "Later, Sari Dewi said the village was gone. He said he lost his boat.",
         "indirect | Wiratmo | Wiratmo, a 45-year-old fisherman from the village | said | the water rose in minutes\n"
         "indirect | Sari Dewi | Sari Dewi | said | the village was gone\n"
         "indirect | Wiratmo | He | said | he lost his boat\n"},
        {"a form in -s after a count and a unit's noun is a plural noun, no cue ('31 basis points to')",
         "The ten-year yield rose 31 basis points to 7.12 percent, its biggest one-day rise since 2020. "
         "Traders said the move was a shock.",
         "indirect | Traders | Traders | said | the move was a shock\n"},
        {"'the younger Pellicer' is the one of a surname's people the story named last, the son",
         "Jordi Pellicer, who farms almonds, says he has stopped watering.\n\n"
         "Pellicer calls the idea \u201Ca death sentence.\u201D His son, Marc Pellicer, is more philosophical. "
         "\u201CWe have to plant for the rain we are going to get,\u201D the younger Pellicer says.",
         "indirect | Jordi Pellicer | Jordi Pellicer, who farms almonds | says | he has stopped watering\n"
         "mixed | Jordi Pellicer | Pellicer | calls | the idea \u201Ca death sentence.\u201D\n"
         "direct | Marc Pellicer | the younger Pellicer | says | We have to plant for the rain we are going to get,\n"},
        {"after a parenthetical attribution, ', but' with a clause of its own is still the speaker's",
         "The shelter, the archbishop said, was never meant to be permanent, but the city had offered nothing to replace it.",
         "indirect | archbishop | the archbishop | said | The shelter / was never meant to be permanent, "
         "but the city had offered nothing to replace it\n"},
        {"'and promised to …', 'and urged it to …' after a reported clause with its own subject is the speaker's next report",
         "Senator Amy Cardwell said in a statement that the administration had \"waited too long already\" and urged it to act "
         "before the end of the month. Ruiz said he felt fine and promised to be back before the playoffs.",
         "mixed | Amy Cardwell | Senator Amy Cardwell | said | the administration had \"waited too long already\"\n"
         "indirect | Amy Cardwell | Senator Amy Cardwell | urged | it to act before the end of the month\n"
         "indirect | Ruiz | Ruiz | said | he felt fine\n"
         "indirect | Ruiz | Ruiz | promised | to be back before the playoffs\n"},
        {"a description with no gender takes the gender of the pronoun opening its report ('the 29-year-old said he …')",
         "Senator Amy Cardwell said the administration had waited too long. The 29-year-old said he felt fine.",
         "indirect | Amy Cardwell | Senator Amy Cardwell | said | the administration had waited too long\n"
         "indirect | 29-year-old | The 29-year-old | said | he felt fine\n"},
        {"after a reported clause with its own subject, 'but' and a verb that reports nothing go on with that clause",
         "Trudy Akers said she had never met him but waved at him every morning.",
         "indirect | Trudy Akers | Trudy Akers | said | she had never met him but waved at him every morning\n"},
        {"a relative clause on a person the reported clause owns ('his grandmother, who …') is still the report",
         "Zielinski said he had dedicated both goals to his grandmother, who was watching in the stand.",
         "indirect | Zielinski | Zielinski | said | he had dedicated both goals to his grandmother, who was watching in the stand\n"},
        {"a body's name may list its fields with commas before 'and' ('The Meteorology, Climatology and Geophysics Agency')",
         "The Meteorology, Climatology and Geophysics Agency warned that heavy rain would continue. It urged residents to stay alert.",
         "indirect | Meteorology, Climatology and Geophysics Agency | Meteorology, Climatology and Geophysics Agency | warned | "
         "heavy rain would continue\n"
         "indirect | Meteorology, Climatology and Geophysics Agency | It | urged | residents to stay alert\n"},
        {"a lede's description 'of the' a place or thing in lower case is the person whose name opens the next paragraph",
         "Bus depot fire trial opens\n\n"
         "A former employee of the Greywater bus depot told a jury on Tuesday that she saw the accused walking away.\n\n"
         "Renata Voss, 34, said she had recognised him by his limp.",
         "indirect | Renata Voss | A former employee of the Greywater bus depot | told | she saw the accused walking away\n"
         "indirect | Renata Voss | Renata Voss, 34 | said | she had recognised him by his limp\n"},
        {"the words that open a company's fuller name with a legal suffix are that company ('Nyota Ridge' for Nyota Ridge Mining Co.)",
         "Nine miners rescued at Kivuru\n\n"
         "The minister suspended the license of the mine's owner, Nyota Ridge Mining Co., on Wednesday.\n\n"
         "Nyota Ridge said in a statement that it was cooperating fully with the authorities.",
         "indirect | Nyota Ridge Mining Co. | Nyota Ridge | said | it was cooperating fully with the authorities\n"},
        {"'the elder Mr. Dunmore' is the one a parent's noun introduced, though his son was named first",
         "Dunmore Hardware sold\n\n"
         "\"Selling it was the hardest decision of my life,\" said Peter Dunmore, the chief executive.\n\n"
         "His father, Harold Dunmore, who ran the company for 35 years, said he had opposed the sale. "
         "\"I told Peter he was giving away his grandfather's life's work,\" the elder Mr. Dunmore, 83, said.",
         "direct | Peter Dunmore | Peter Dunmore, the chief executive | said | Selling it was the hardest decision of my life,\n"
         "indirect | Harold Dunmore | His father, Harold Dunmore, who ran the company for 35 years | said | he had opposed the sale\n"
         "direct | Harold Dunmore | the elder Mr. Dunmore, 83 | said | I told Peter he was giving away his grandfather's life's work,\n"},
        {"a survey or a review 'of' what it covers is the source, not what it covers",
         "Ashby ahead in Senate race\n\n"
         "Ashby had the support of 46% of respondents, a survey of 1,100 likely voters found.\n\n"
         "A review of campaign records shows that he has been a registered Republican since 2003.",
         "indirect | survey of 1,100 likely voters | a survey of 1,100 likely voters | found | Ashby had the support of 46% of respondents\n"
         "indirect | review of campaign records | A review of campaign records | shows | he has been a registered Republican since 2003\n"},
        {"a reported clause with a bare noun for its subject goes on after 'and' with its own verb; a verb of report there is the speaker's next act",
         "Airline strike grounds flights\n\n"
         "A spokesman for the ministry said officials were \u201cmonitoring the situation closely\u201d and were in contact with the airline.\n\n"
         "Sgt. Moira Kelly said officers were reviewing footage and urged anyone with information to come forward.",
         "mixed | spokesman for the ministry | A spokesman for the ministry | said | officials were \u201cmonitoring the situation closely\u201d and were in contact with the airline\n"
         "indirect | Moira Kelly | Sgt. Moira Kelly | said | officers were reviewing footage\n"
         "indirect | Moira Kelly | Sgt. Moira Kelly | urged | anyone with information to come forward\n"},
        {"'Dr. Kessler' is the Kessler the article called a doctor; 'Cllr Prothero' the councillor; a role before a name keeps through a relative clause",
         "Hospital hit by cyber attack\n\n"
         "\"We made the decision at 6 a.m.,\" said Dr. Hana Kessler, the trust's medical director.\n\n"
         "Jonas Kessler, 67, said his scan was cancelled. Mr. Kessler said he did not blame the staff.\n\n"
         "Dr. Kessler said the trust would not pay a ransom.\n\n"
         "The village's mayor, Dai Prothero, who is not related to her, said the hall would stay open. "
         "Independent councillor Gwen Prothero said the review was rushed. "
         "\"I know what a community asset looks like,\" Cllr Prothero said. \"Ask the mayor,\" Mayor Prothero said.",
         "direct | Hana Kessler | Dr. Hana Kessler, the trust's medical director | said | We made the decision at 6 a.m.,\n"
         "indirect | Jonas Kessler | Jonas Kessler, 67 | said | his scan was cancelled\n"
         "indirect | Jonas Kessler | Mr. Kessler | said | he did not blame the staff\n"
         "indirect | Hana Kessler | Dr. Kessler | said | the trust would not pay a ransom\n"
         "indirect | Dai Prothero | The village's mayor, Dai Prothero, who is not related to her | said | the hall would stay open\n"
         "indirect | Gwen Prothero | Independent councillor Gwen Prothero | said | the review was rushed\n"
         "direct | Gwen Prothero | Cllr Prothero | said | I know what a community asset looks like,\n"
         "direct | Dai Prothero | Mayor Prothero | said | Ask the mayor,\n"},
        {"a name after a business's noun ('whose family firm, Maison Montclair et Fils,') is a company's: the surname alone stays the person's",
         "Wine merchant on trial\n\n"
         "At the centre of it sits Aur\u00e8le Montclair, 61, whose family firm, Maison Montclair et Fils, has traded since 1912.\n\n"
         "Montclair denies the charges. On Wednesday, he told the court that he had been deceived by a supplier.",
         "indirect | Aur\u00e8le Montclair | Montclair | denies | the charges\n"
         "indirect | Aur\u00e8le Montclair | he | told | he had been deceived by a supplier\n"},
        {"bodies' names: a union's local and its number, 'and' inside a name after 'for' or before 'Workers' Union', a cathedral's chapter, the district attorney's office",
         "Strikes and rulings\n\n"
         "On Monday, Amalgamated Transit Drivers Local 219 began a strike. The union said the rota was unsafe.\n\n"
         "Around 540 members of the Transport and Harbour Workers\u2019 Union (THWU) walked out. The union said pay had fallen by a fifth.\n\n"
         "The glacier shrank, the Hallen Institute for Snow and Ice Research said on Monday. The loss was the largest on record, the institute said.\n\n"
         "The Chapter of St. Wenna\u2019s Cathedral said he had died peacefully.\n\n"
         "She urged the Merrow County District Attorney\u2019s Office to drop the case. The district attorney\u2019s office said it was reviewing the ruling.",
         "indirect | Amalgamated Transit Drivers Local 219 | The union | said | the rota was unsafe\n"
         "indirect | Transport and Harbour Workers\u2019 Union | The union | said | pay had fallen by a fifth\n"
         "indirect | Hallen Institute for Snow and Ice Research | Hallen Institute for Snow and Ice Research | said | The glacier shrank\n"
         "indirect | Hallen Institute for Snow and Ice Research | the institute | said | The loss was the largest on record\n"
         "indirect | Chapter of St. Wenna\u2019s Cathedral | Chapter of St. Wenna\u2019s Cathedral | said | he had died peacefully\n"
         "indirect | - | She | urged | the Merrow County District Attorney\u2019s Office to drop the case\n"
         "indirect | Merrow County District Attorney\u2019s Office | The district attorney\u2019s office | said | it was reviewing the ruling\n"},
        {"'the carrier' and 'the operator' are businesses; 'according to X, the city-owned operator.' leaves the apposition out of the content; 'Quadrant Student Living' is one body",
         "Skyvale Airways swings to loss\n\n"
         "Johanna Brecht, chief executive of Skyvale Airways, spoke on Tuesday, when the carrier said it would cut about 2,000 jobs.\n\n"
         "No buses left the depots after 4 a.m., according to Redgate Transit, the city-owned operator. The operator said only a handful of school routes were running.\n\n"
         "Quadrant Student Living, which runs two halls, said the refund would be paid.",
         "indirect | Skyvale Airways | the carrier | said | it would cut about 2,000 jobs\n"
         "indirect | Redgate Transit | Redgate Transit | according to | No buses left the depots after 4 a.m.\n"
         "indirect | Redgate Transit | The operator | said | only a handful of school routes were running\n"
         "indirect | Quadrant Student Living | Quadrant Student Living, which runs two halls | said | the refund would be paid\n"},
        {"after 'said that' a report, 'and urged anyone who … to' is the speaker's request, however long its addressee",
         "Driver jailed\n\n"
         "Hallowfield Police said in a statement that the case showed \u201cthe devastating consequences of drink-driving\u201d and urged anyone who suspected a driver was over the limit to call 999.",
         "mixed | Hallowfield Police | Hallowfield Police | said | the case showed \u201cthe devastating consequences of drink-driving\u201d\n"
         "indirect | Hallowfield Police | Hallowfield Police | urged | anyone who suspected a driver was over the limit to call 999\n"},
        {"a question put to the speaker in an aside ('Achterberg, asked whether …, said', ', when asked about …,': the question no one's, as a reporter's), one counted by 'a' ('A second former employee, an engineer,'), 'said only that'",
         "Manager sacked\n\n"
         "Achterberg, asked whether she wanted the job permanently, said she would think about it.\n\n"
         "Lord Ashdown disagreed, and Sir Alan, when asked about the report, said only that engineers should not decide.\n\n"
         "A second former employee, an engineer, said that he was told to focus on the roadmap.",
         "indirect | Achterberg | Achterberg, asked whether she wanted the job permanently | said | she would think about it\n"
         "indirect | - | - | asked | the report\n"
         "indirect | Alan | Sir Alan, when asked about the report | said | engineers should not decide\n"
         "indirect | second former employee | A second former employee, an engineer | said | he was told to focus on the roadmap\n"},
        {"a company speaks through its board or its management ('The board of Dunmore Breweries', 'the Brisca board', 'Corliss Regional's management')",
         "Brewer backs takeover\n\n"
         "Dunmore Breweries received an offer on Monday. The board of Dunmore Breweries said it would recommend the offer.\n\n"
         "Brisca Group rejected a bid last week. The Brisca board said the offer was opportunistic.\n\n"
         "Nurses at Corliss Regional Medical Center went on strike. Corliss Regional's management said it had offered raises.",
         "indirect | Dunmore Breweries | The board of Dunmore Breweries | said | it would recommend the offer\n"
         "indirect | Brisca Group | Brisca Group | rejected | a bid last week\n"
         "indirect | Brisca Group | Brisca board | said | the offer was opportunistic\n"
         "indirect | Corliss Regional Medical Center | Corliss Regional's management | said | it had offered raises\n"},
        {"'Quillo, a fast-growing payments start-up,' is a business, which 'the company' then names",
         "Start-up sat on breach\n\n"
         "Quillo, a fast-growing payments start-up, knew about the breach for weeks, former employees say.\n\n"
         "The company disclosed the breach on May 30, saying that an unauthorised party had obtained the names of 410,000 users.",
         "indirect | former employees | former employees | say | Quillo, a fast-growing payments start-up, knew about the breach for weeks\n"
         "indirect | Quillo | The company | disclosed | the breach\n"
         "indirect | Quillo | The company | saying | an unauthorised party had obtained the names of 410,000 users\n"},
        {"a capitalised word after a dateline's dash opens the sentence: 'Shortly' is no one a pronoun can stand for",
         "Clinic under strain\n\n"
         "TESSALY CAMP, Dranmoor \u2014 Shortly after dawn, the queue outside the clinic stretches past the water tanks. A nurse works her way along it.\n\n"
         "\"After that, I know who goes first,\" she says.",
         "direct | - | she | says | After that, I know who goes first,\n"},
        {"a byline's names are no one a pronoun stands for; a person described, then named outside any attribution ('The nurse, Priya Dunmore,'), and her pronouns before the name",
         "Corridor care at Harrowgate\n\n"
         "By Colm Ferrity, Health Reporter\n\n"
         "A 34-year-old nurse who has worked in the emergency department for nine years says she now spends more of her shifts apologising than treating patients.\n\n"
         "\"Last Tuesday I had a man on a trolley for nineteen hours,\" she said.\n\n"
         "The nurse, Priya Dunmore, has worked at the hospital since 2015.",
         "indirect | Priya Dunmore | A 34-year-old nurse who has worked in the emergency department for nine years | says | she now spends more of her shifts apologising than treating patients\n"
         "direct | Priya Dunmore | she | said | Last Tuesday I had a man on a trolley for nineteen hours,\n"},
        {"a headline's name between a preposition and a plain noun ('on Sallowfield bypass') is a place, never 'she'",
         "Crash on Sallowfield bypass\n\n"
         "Two people died in thick fog. \"I heard the bangs one after another,\" she said.",
         "direct | - | she | said | I heard the bangs one after another,\n"},
        {"words that end companies' names ('Halbrook Pharma', 'Skyvale Airways') make companies, so 'the company' after them is the last named",
         "Migraine injection approved\n\n"
         "Corvane Therapeutics said the drug was approved on Monday.\n\n"
         "The approval is a blow to rival Halbrook Pharma, whose daily tablet has led the market since 2019. Halbrook said in a statement that its tablet remained the best. The company added that it did not expect to lose market share.",
         "indirect | Corvane Therapeutics | Corvane Therapeutics | said | the drug was approved on Monday\n"
         "indirect | Halbrook Pharma | Halbrook | said | its tablet remained the best\n"
         "indirect | Halbrook Pharma | The company | added | it did not expect to lose market share\n"},
        {"what a sentence-opening 'Citing' quotes is no direct quote of the speaker after it (and a cue that opens the text does not crash the reading)",
         "Citing \u201cobligations in Tennessee,\u201d the spokeswoman told POLITICO that Gore plans to skip the festivities.",
         "indirect | spokeswoman | the spokeswoman | told | Gore plans to skip the festivities\n"},
        {"'The agency' after two agencies is the one that just spoke, not the one named inside its report",
         "Agencies trade blame over leak\n\n"
         "The Electoral Administration Agency (EAA) said the records had been exposed through a contractor's server.\n\n"
         "But the Data Protection Agency (DPA) said it had been notified only on Friday, nine days after the EAA learned of the problem. The agency said it had opened an investigation.",
         "indirect | Electoral Administration Agency | Electoral Administration Agency (EAA) | said | the records had been exposed through a contractor's server\n"
         "indirect | Data Protection Agency | Data Protection Agency (DPA) | said | it had been notified only on Friday, nine days after the EAA learned of the problem\n"
         "indirect | Data Protection Agency | The agency | said | it had opened an investigation\n"},
        {"'the agency' in the paragraph that named a second agency, which has not spoken yet, is that agency",
         "Runway plan hearing\n\n"
         "The Environment Standards Agency said the airport had understated the noise at night.\n\n"
         "The second regulator to give evidence, the Air Navigation Agency, struck a different note. In its submission the agency said a redesign of the routes was achievable.",
         "indirect | Environment Standards Agency | Environment Standards Agency | said | the airport had understated the noise at night\n"
         "indirect | Air Navigation Agency | the agency | said | a redesign of the routes was achievable\n"},
        {"a poll opening the sentence is the source of the clause after it, past a participle's aside; not a memo, nor respondents who said",
         "In a Harbour Gazette poll released Monday, 52 percent of respondents backed the bridge while 31 percent opposed it.\n\n"
         "In the latest Civic Trust survey, conducted in May, the mayor led her rival by nine points.\n\n"
         "In a memo released as polls closed, the mayor's campaign manager claimed the race was tied.\n\n"
         "In a Civic Trust poll, 41 percent of voters said they would back the levy.",
         "indirect | Harbour Gazette | a Harbour Gazette poll released Monday | In | 52 percent of respondents backed the bridge while 31 percent opposed it\n"
         "indirect | latest Civic Trust survey, conducted in May | the latest Civic Trust survey, conducted in May | In | the mayor led her rival by nine points\n"
         "indirect | mayor's campaign manager | the mayor's campaign manager | claimed | the race was tied\n"
         "indirect | 41 percent of voters | 41 percent of voters | said | they would back the levy\n"},
        {"a document speaks for its author: named after 'by', in an aside, in the next mention, or the body that spoke where it was named; not who obtained it",
         "Civic centre overspend\n\n"
         "A report released Thursday by County Auditor Renata Szabo found that the civic centre cost $8.7 million more than planned.\n\n"
         "The report said the commission approved the budget in a single session.\n\n"
         "In a letter to the council, the Harbour Trust claimed that the pier was unsafe. The letter says repairs would cost $2 million.\n\n"
         "The Tessford Planning Board ruled on Tuesday that the hotel could go ahead. The ruling states that the car park must stay open.\n\n"
         "A study published on Wednesday has found that orchestras absorbed half of all cuts. The study, by the Fenwright Centre for Cultural Policy, found that grants fell by 38 percent.\n\n"
         "A budget memo obtained by the Tessford Ledger warned that four branches could close.",
         "indirect | Renata Szabo | County Auditor Renata Szabo | found | the civic centre cost $8.7 million more than planned\n"
         "indirect | Renata Szabo | The report | said | the commission approved the budget in a single session\n"
         "indirect | Harbour Trust | Harbour Trust | claimed | the pier was unsafe\n"
         "indirect | Harbour Trust | The letter | says | repairs would cost $2 million\n"
         "indirect | Tessford Planning Board | Tessford Planning Board | ruled | the hotel could go ahead\n"
         "indirect | Tessford Planning Board | The ruling | states | the car park must stay open\n"
         "indirect | Fenwright Centre for Cultural Policy | A study published on Wednesday | found | orchestras absorbed half of all cuts\n"
         "indirect | Fenwright Centre for Cultural Policy | The study, by the Fenwright Centre for Cultural Policy | found | grants fell by 38 percent\n"
         "indirect | budget memo | A budget memo obtained by the Tessford Ledger | warned | four branches could close\n"},
        {"a scientist's or investigator's role noun is a person's; 'her husband' is the man named as her husband",
         "Glacier study\n\n"
         "\"We lost a fifth of the ice,\" said Ilse Marrak, the glaciologist who led the research. The glaciologist said the retreat would have consequences.\n\n"
         "Teodora Vasko is running for mayor. Vasko's husband, Corin Adebayo, a teacher, has taken unpaid leave.\n\n"
         "\"We have knocked on 22,000 doors,\" her husband said.",
         "direct | Ilse Marrak | Ilse Marrak, the glaciologist who led the research | said | We lost a fifth of the ice,\n"
         "indirect | Ilse Marrak | The glaciologist | said | the retreat would have consequences\n"
         "direct | Corin Adebayo | her husband | said | We have knocked on 22,000 doors,\n"},
        {"'the younger Hale' of two Hales is not the one named as her father",
         "Brewery pay deal\n\n"
         "Imogen Hale took over as managing director two years ago. Her father, Gordon Hale, who still chairs the board, broke ranks last month.\n\n"
         "On Friday, the younger Hale said she was relieved.",
         "indirect | Imogen Hale | Hale | said | she was relieved\n"},
        {"a quotation's own paragraph, then whose words they were: 'Those were the words of …', 'That was the message from …', 'X said those words'",
         "Factory closure\n\n"
         "\u201CNobody saw this coming.\u201D\n\n"
         "Janice Trew said those words at the factory gates on Monday.\n\n"
         "\u201CHe was left alone when he needed help most.\u201D\n\n"
         "Those were the words of Joan Aske, his mother, after the inquest.\n\n"
         "\u201CI am running on my own record.\u201D\n\n"
         "That was the message from Teodora Vasko on Tuesday.",
         "direct | Janice Trew | Janice Trew | said | Nobody saw this coming.\n"
         "direct | Joan Aske | Joan Aske, his mother | Those were the words of | He was left alone when he needed help most.\n"
         "direct | Teodora Vasko | Teodora Vasko | That was the message from | I am running on my own record.\n"},
        {"'and appealed for anyone … to' after a report is the speaker's next act, a request after its particle",
         "Westmarch Police said in a statement that the review remained \u201Cactive\u201D and appealed for anyone with information to contact the unit in confidence.",
         "mixed | Westmarch Police | Westmarch Police | said | the review remained \u201Cactive\u201D\n"
         "indirect | Westmarch Police | Westmarch Police | appealed for | anyone with information to contact the unit in confidence\n"},
        {"a form in -ing between 'The regional' and its noun is no cue; 'there' after a time phrase opens the report",
         "The regional forecasting office said on Wednesday there was no sign of significant rain before June.",
         "indirect | office | office | said | there was no sign of significant rain before June\n"},
        {"'The elder Lindqvar' outside an attribution is the mother, whom the next 'She' takes",
         "Ebba Lindqvar has watched the sky for fifty years. Her son, Mattias Lindqvar, now runs the programme.\n\n"
         "\u201CMy mother saw it first,\u201D the younger Lindqvar said.\n\n"
         "The elder Lindqvar laughs at that. She insists she was never certain.",
         "direct | Mattias Lindqvar | the younger Lindqvar | said | My mother saw it first,\n"
         "indirect | Ebba Lindqvar | She | insists | she was never certain\n"},
        {"'a 52-year-old crane operator' named later is that person, an age saying a person whatever the noun; 'Another passenger, X' is someone else",
         "Dock strike\n\n"
         "\"We are asking to pay the rent,\" said a 52-year-old crane operator in a union tabard.\n\n"
         "The operator, Ruben Kallas, has worked at Halvern for 31 years.\n\n"
         "\"It felt like the whole ship had been dropped,\" said one passenger, a retired teacher.\n\n"
         "Another passenger, Tomas Reyl, said crew members had handed out life jackets.",
         "direct | Ruben Kallas | a 52-year-old crane operator | said | We are asking to pay the rent,\n"
         "direct | passenger | one passenger | said | It felt like the whole ship had been dropped,\n"
         "indirect | Tomas Reyl | Another passenger, Tomas Reyl | said | crew members had handed out life jackets\n"},
        {"'The company, which was not accused of wrongdoing,' is the company that spoke, its relative clause aside",
         "Calvaro Shipping Lines said it had installed scanners. The company, which was not accused of wrongdoing, said the case was a painful lesson.",
         "indirect | Calvaro Shipping Lines | Calvaro Shipping Lines | said | it had installed scanners\n"
         "indirect | Calvaro Shipping Lines | The company, which was not accused of wrongdoing | said | the case was a painful lesson\n"},
        {"'Maeve and Corin Haddow': Maeve shares the surname after the second given name, so a later 'Maeve' is Maeve Haddow",
         "Maeve and Corin Haddow have ended a decade of silence.\n\n"
         "\"We would like to stop now,\" Maeve Haddow said in the video.\n\n"
         "Maeve laughed. \"I was right, but I was also horrible,\" she said.",
         "direct | Maeve Haddow | Maeve Haddow | said | We would like to stop now,\n"
         "direct | Maeve Haddow | she | said | I was right, but I was also horrible,\n"},
        {"'Greyfell Terminals, which runs the northern quay,' is no person, so 'The company' is it; a union is no company",
         "The Harbour and Transport Workers' Union (HTWU) said members would strike.\n\n"
         "Greyfell Terminals, which runs the northern quay, said it had made a generous offer. The company urged the union to return to talks.",
         "indirect | Harbour and Transport Workers' Union | Harbour and Transport Workers' Union (HTWU) | said | members would strike\n"
         "indirect | Greyfell Terminals | Greyfell Terminals, which runs the northern quay | said | it had made a generous offer\n"
         "indirect | Greyfell Terminals | The company | urged | the union to return to talks\n"},
        {"'Professor Alun Marchbank, the vice-chancellor,' holds the office as well as the title, so 'The vice-chancellor' is he",
         "Professor Alun Marchbank, the vice-chancellor, said he understood the students' anger.\n\n"
         "The vice-chancellor said he had offered to meet union representatives.",
         "indirect | Alun Marchbank | Professor Alun Marchbank, the vice-chancellor | said | he understood the students' anger\n"
         "indirect | Alun Marchbank | The vice-chancellor | said | he had offered to meet union representatives\n"},
        {"initials count each part of a hyphenated word (VADA); a body named in a speaker's role is known by its initials later (CSID)",
         "Dorrell has been banned for four years, the Veldran Anti-Doping Authority (VADA) announced yesterday.\n\n"
         "In a statement, VADA said the case was one of the clearest.\n\n"
         "\"We are worried,\" said Aurel Dascu, president of the Castrovan Society of Infectious Diseases (CSID), at a press conference.\n\n"
         "The CSID said the law was clear.",
         "indirect | Veldran Anti-Doping Authority | Veldran Anti-Doping Authority (VADA) | announced | Dorrell has been banned for four years\n"
         "indirect | Veldran Anti-Doping Authority | VADA | said | the case was one of the clearest\n"
         "direct | Aurel Dascu | Aurel Dascu, president of the Castrovan Society of Infectious Diseases (CSID), at a press conference | said | We are worried,\n"
         "indirect | Castrovan Society of Infectious Diseases | CSID | said | the law was clear\n"},
        {"'said the Lancers' majority owner, Thaddeus Morcombe': a plural's apostrophe opens no quotation, the owner's role names the speaker",
         "\"Dariusz has given everything to this organisation,\" said the Lancers' majority owner, Thaddeus Morcombe.",
         "direct | Thaddeus Morcombe | the Lancers' majority owner, Thaddeus Morcombe | said | Dariusz has given everything to this organisation,\n"},
        {"'her brother Henrik' after Ottilie Brandvold in the sentence is Henrik Brandvold; 'Karen Whitlow, whose daughter Amy' names Amy Whitlow",
         "Ottilie Brandvold describes the partnership that has carried her and her brother Henrik into the final.\n\n"
         "\"It was me,\" Henrik says.\n\n"
         "Karen Whitlow, whose daughter Amy is among those affected, is furious. Amy said she had done every piece of coursework herself.",
         "indirect | Ottilie Brandvold | Ottilie Brandvold | describes | the partnership that has carried her and her brother Henrik into the final\n"
         "direct | Henrik Brandvold | Henrik | says | It was me,\n"
         "indirect | Amy Whitlow | Amy | said | she had done every piece of coursework herself\n"},
        {"'The club' is the team that opened a sentence, not the league it plays in",
         "The Portholme Lancers fired head coach Dariusz Penhallow on Monday after the team finished bottom of the Premier Basketball League.\n\n"
         "The club said in a statement that Imani Fairclough would take charge.",
         "indirect | Portholme Lancers | The club | said | Imani Fairclough would take charge\n"},
        {"'said late on Friday' is when; 'The senator, 56,' and 'A rider from a rival team, who asked not to be named,' are sources",
         "Crews had sealed the valve, Holm said late on Friday.\n\n"
         "The senator, 56, argued that the cuts would fall hardest on family farms.\n\n"
         "A rider from a rival team, who asked not to be named, said the news had surprised nobody.",
         "indirect | Holm | Holm | said | Crews had sealed the valve\n"
         "indirect | senator | The senator, 56 | argued | the cuts would fall hardest on family farms\n"
         "indirect | rider | A rider from a rival team, who asked not to be named | said | the news had surprised nobody\n"},
        {"a verb of speech closing its sentence after a comma and a short subject is a cue the learned model does not unmake",
         "Secrecy is not a stranger when it comes to her health issues, the Democratic presidential candidate's former doctor maintains.",
         "indirect | Democratic presidential candidate's former doctor | the Democratic presidential candidate's former doctor | maintains | Secrecy is not a stranger when it comes to her health issues\n"},
        {"a named owner's role opening a sentence before a name is that person's, so 'The nominee' later is she",
         "President Lucas Treadwell's nominee for trade representative, Beatrix Coleridge, faced pointed questions on Wednesday.\n\n"
         "The nominee said she was legally barred from naming two of the firms.",
         "indirect | Beatrix Coleridge | The nominee | said | she was legally barred from naming two of the firms\n"},
        {"a reported clause whose subject is a name and a second noun phrase goes on past 'and'",
         "Ambassador Ilse Varga spoke on Tuesday. She said the Baltic States and their partners will seek new penalties.",
         "indirect | Ilse Varga | She | said | the Baltic States and their partners will seek new penalties\n"},
        {"a relative clause with a verb of speech inside an object's that-clause is part of it",
         "Senator Rhea Castellan echoed claims by the governor last week that those who question the budget harm the state's credit.",
         "indirect | Rhea Castellan | Senator Rhea Castellan | echoed | claims by the governor last week that those who question the budget harm the state's credit\n"},
        {"an object that goes on after a relative clause between commas ('accused X, who …, of …') keeps its end",
         "Mayor Odile Brennart accused Kasimir Lenz, who was born and raised in the valley, of misleading the planning board.",
         "indirect | Odile Brennart | Mayor Odile Brennart | accused | Kasimir Lenz, who was born and raised in the valley, of misleading the planning board\n"},
        {"a date that closes an object ('announced his candidacy in June 2015.') is when, not what",
         "Councillor Bram Oyelaran announced his candidacy in March 2025.",
         "indirect | Bram Oyelaran | Councillor Bram Oyelaran | announced | his candidacy\n"},
        {"the last item of a list after ', and' and a participle with its agent after a comma stay in the report",
         "Minister Tove Aaltonen said she expects Norway, Finland, and Estonia to sign the accord.\n\n"
         "The rector rebutted the claim that the articles, produced by students at the school, were misleading.",
         "indirect | Tove Aaltonen | Minister Tove Aaltonen | said | she expects Norway, Finland, and Estonia to sign the accord\n"
         "indirect | rector | The rector | rebutted | the claim that the articles, produced by students at the school, were misleading\n"},
        {"a role with a place after its object ('The owner of the bakery on the corner, NAME,') is the named person's",
         "The owner of the bakery on the corner, Marisol Etxeberria, said the rivalry had gone on long enough.",
         "indirect | Marisol Etxeberria | The owner of the bakery on the corner, Marisol Etxeberria | said | the rivalry had gone on long enough\n"},
        {"a specialist's noun the lexicon does not list ('an ornithologist', 'a paediatrician') is a role that names its holder later",
         "Dr. Kwame Boateng-Hale, an ornithologist who has monitored the eagles for years, told the inquiry that the birds hunted daily.\n\n"
         "The ornithologist said his data had been shared with the company.",
         "indirect | Kwame Boateng-Hale | Dr. Kwame Boateng-Hale, an ornithologist who has monitored the eagles for years | told | the birds hunted daily\n"
         "indirect | Kwame Boateng-Hale | The ornithologist | said | his data had been shared with the company\n"},
        {"a plural day ('most Thursdays') is a time, never a name, so 'He' is the caller who gave his name",
         "One regular caller, a retired lorry driver who gave his name only as Des, has phoned in most Thursdays since 1988. "
         "He told the programme that the host had got him through bad nights.",
         "indirect | Des | He | told | the host had got him through bad nights\n"},
        {"'according to' a group's noun and then the body's name with its article: the body speaks, and the report starts after its name",
         "According to the organisers, the Guild of Amateur Singers, the choir is the smallest ever to qualify.\n\n"
         "Staff learned of the decision an hour before it was made public, according to the lecturers' union, the Academic Staff Association.",
         "indirect | Guild of Amateur Singers | the organisers, the Guild of Amateur Singers | According to | the choir is the smallest ever to qualify\n"
         "indirect | Academic Staff Association | the lecturers' union, the Academic Staff Association | according to | Staff learned of the decision an hour before it was made public\n"},
        {"'according to' guidance or data and then who issued it ('issued by', 'from'): the issuer speaks",
         "Schools must publish closure plans a week before any strike day, according to guidance issued by the Ministry of Education and Skills on Monday.\n\n"
         "Fundraising by start-ups fell by almost half last year, according to data from the research group Savanna Deal Tracker.",
         "indirect | Ministry of Education and Skills | guidance issued by the Ministry of Education and Skills on Monday | according to | Schools must publish closure plans a week before any strike day\n"
         "indirect | Savanna Deal Tracker | data from the research group Savanna Deal Tracker | according to | Fundraising by start-ups fell by almost half last year\n"},
        {"'Its ruling' is the document of the body that named it before",
         "The Data Rights Commission fined the company.\n\nIn its ruling, the commission said the company had shared the tracks.\n\n"
         "The commission was unmoved. Its ruling noted that a route starting at the same door every morning identifies a person.",
         "indirect | Data Rights Commission | the commission | said | the company had shared the tracks\n"
         "indirect | Data Rights Commission | Its ruling | noted | a route starting at the same door every morning identifies a person\n"},
        {"'the ruling' with no author named is the body that spoke last",
         "The Advertising Standards Panel banned a campaign by Skylark Broadband on Monday.\n\nThe panel said Skylark had tested its routers in only 14 homes.\n\n"
         "'Consumers are entitled to take it literally,' the ruling said.",
         "indirect | Advertising Standards Panel | The panel | said | Skylark had tested its routers in only 14 homes\n"
         "direct | Advertising Standards Panel | the ruling | said | Consumers are entitled to take it literally,\n"},
        {"a body described only as a website, a group or a charity is not 'the company'",
         "Customers of the mobile payments app PayWise could not pay on Monday.\n\n"
         "According to the outage-tracking website DownMeter, complaints peaked at 41,000 an hour.\n\n"
         "The company said it would waive fees for merchants.",
         "indirect | DownMeter | the outage-tracking website DownMeter | According to | complaints peaked at 41,000 an hour\n"
         "indirect | PayWise | The company | said | it would waive fees for merchants\n"},
        {"'His mother' is the woman who shares the surname of the one 'his' stands for",
         "Ingrid Macharia has been coxswain of the lifeboat for 14 years. She is 52.\n\n"
         "Her son, Rory Macharia, 24, joined the crew three years ago. His mother says she did not encourage him.",
         "indirect | Ingrid Macharia | His mother | says | she did not encourage him\n"},
        {"a role held of a group ('The chair of governors, NAME,') is the named person's",
         "The chair of governors, Rhodri Pask, said: \"We got this wrong.\"",
         "direct | Rhodri Pask | The chair of governors, Rhodri Pask | said | We got this wrong.\n"},
        {"a surname before a plural of kin ('the Kalra brothers') names the family, so 'Mrs Kalra' is the mother named next",
         "Nikhil Kalra told reporters that the brothers had laughed.\n\n"
         "The Kalra brothers\u2019 mother, Meenal Kalra, watched from the stand. Mrs Kalra said she would be having words with them.",
         "indirect | Nikhil Kalra | Nikhil Kalra | told | the brothers had laughed\n"
         "indirect | Meenal Kalra | Mrs Kalra | said | she would be having words with them\n"},
        {"a place with its relative clause opening the sentence ('In the province of Alvena, where …,') is not the speaker's role",
         "In the southern province of Alvena, where wells ran dry in August, Tom\u00e1s Ibarra, who chairs the farmers' union, said members had lost part of their harvest.",
         "indirect | Tom\u00e1s Ibarra | Tom\u00e1s Ibarra, who chairs the farmers' union | said | members had lost part of their harvest\n"},
        {"a boxer's weight and a cricketer's trade are roles ('Welterweight Amadou Sarr', 'the left-armer'), and so is 'the new champion'",
         "Welterweight Amadou Sarr was the only one to qualify. Sarr said he had promised his mother.\n\n"
         "Lachlan Pereira took five wickets. \"It swung,\" the left-armer said.\n\n"
         "Yael Sadeh won the final in three sets. The new champion said she planned to sleep for a week.",
         "indirect | Amadou Sarr | Sarr | said | he had promised his mother\n"
         "direct | Lachlan Pereira | the left-armer | said | It swung,\n"
         "indirect | Yael Sadeh | The new champion | said | she planned to sleep for a week\n"},
        {"a nickname of two words or with 'the' inside a name ('Lars \u201Cthe Wall\u201D Brekke') is part of it, so 'Brekke' is he",
         "Vale\u2019s goalkeeper, Lars \u201Cthe Wall\u201D Brekke, made six saves.\n\n"
         "\u201CWe gave them nothing for an hour,\u201D said Brekke, who turns 36 next month.",
         "direct | Lars Brekke | Brekke, who turns 36 next month | said | We gave them nothing for an hour,\n"},
        {"a clause of when after a clause-final attribution ('…, prosecutors said on Monday as his trial opened.') is not the report",
         "The founder took money from investors, prosecutors said on Monday as his fraud trial opened.",
         "indirect | prosecutors | prosecutors | said | The founder took money from investors\n"},
        {"'the club' far from the club's last mention is the club that spoke",
         "Kellingford Harriers sacked their head coach, Teodor Brankovic, on Monday.\n\n"
         "\"We thank Teodor for his commitment,\" the club said in a statement.\n\n"
         "Brankovic said he was disappointed.\n\nThe players were told on Tuesday.\n\nThe owner said nothing.\n\nFans gathered outside.\n\n"
         "According to the club, Brankovic's assistant has also left.",
         "direct | Kellingford Harriers | the club | said | We thank Teodor for his commitment,\n"
         "indirect | Teodor Brankovic | Brankovic | said | he was disappointed\n"
         "indirect | Kellingford Harriers | the club | According to | Brankovic's assistant has also left\n"},
        {"a nationality the lexicon does not know, of a place the article names ('the Valderran' after 'of Valderra'), is the person just named",
         "Amadou Sarr outpointed Diego Arancibia of Valderra in the final.\n\n"
         "\u201CHe was faster and smarter tonight,\u201D the Valderran said.",
         "direct | Diego Arancibia | the Valderran | said | He was faster and smarter tonight,\n"},
        {"an owner's partner and then a body's name ('Debessay's sponsor, the shoe maker Kelvane,') is the body",
         "Debessay's sponsor, the shoe maker Kelvane, said she had raced in a model available in its shops.",
         "indirect | Kelvane | Debessay's sponsor, the shoe maker Kelvane | said | she had raced in a model available in its shops\n"},
        {"a role noun as an owner in another's role ('the congressman's son, Darius …') gives that person no such role",
         "Rep. Lionel Carrasco-Whitby denied wrongdoing on Tuesday.\n\n"
         "Much of the spending was approved by the congressman's son, Darius Carrasco-Whitby, according to the complaint.\n\n"
         "The congressman said his son had worked hard.",
         "indirect | Lionel Carrasco-Whitby | Rep. Lionel Carrasco-Whitby | denied | wrongdoing\n"
         "indirect | complaint | the complaint | according to | Much of the spending was approved by the congressman's son, Darius Carrasco-Whitby\n"
         "indirect | Lionel Carrasco-Whitby | The congressman | said | his son had worked hard\n"},
        {"a lede's 'a judge' is the judge named by title two paragraphs on",
         "A landlord was jailed on Thursday, with a judge saying he had treated the building as a cash machine.\n\n"
         "Fourteen tenants lived in the warehouse.\n\n"
         "Judge Ifeoma Nwachukwu told the landlord that he had ignored every warning.",
         "indirect | Ifeoma Nwachukwu | a judge | saying | he had treated the building as a cash machine\n"
         "indirect | Ifeoma Nwachukwu | Judge Ifeoma Nwachukwu | told | he had ignored every warning\n"},
        {"an opening phrase of a reported clause with a phrase of time after it ('noted that at his first meeting, in 1972, he …') stays in the report",
         "Fowler noted that at one of his first party meetings, in 1972, he supported a decision to nominate Sargent Shriver.",
         "indirect | Fowler | Fowler | noted | at one of his first party meetings, in 1972, he supported a decision to nominate Sargent Shriver\n"},
        {"a possessive's description before a one-word name ('Her sponsor, Kelvane,') is the name's",
         "Debessay won in Orlen. Her sponsor, Kelvane, said it was pleased with the result.",
         "indirect | Kelvane | Her sponsor, Kelvane | said | it was pleased with the result\n"},
        {"a clause-final attribution and then a second cue of its source (', and warned that …') are two quotes",
         "Fraudsters took $4 million from residents, the county sheriff's office said on Tuesday, and warned that a new wave was likely.",
         "indirect | county sheriff's office | the county sheriff's office | said | Fraudsters took $4 million from residents\n"
         "indirect | county sheriff's office | the county sheriff's office | warned | a new wave was likely\n"},
        {"a role, then its holder with a descriptor and a relative clause ('Pellucid’s co-founder, the animator Keiko …, who …,') is the holder",
         "Pellucid’s co-founder, the animator Keiko Arashiro-Vance, who left the studio’s board in 2022, said she had offered to buy it back.",
         "indirect | Keiko Arashiro-Vance | Pellucid’s co-founder, the animator Keiko Arashiro-Vance, who left the studio’s board in 2022 | said | she had offered to buy it back\n"},
        {"a name after a possessive's description inside a relative clause ('who gave only her first name, Marisol,') is the name alone",
         "At the gym, a woman who gave only her first name, Marisol, said she had left.",
         "indirect | Marisol | Marisol | said | she had left\n"},
        {"a time opening the sentence is no name before an apposition ('Last month, the Independent, a British newspaper, revealed')",
         "Last month, the Independent, a British newspaper, revealed that most of the clothing was made abroad.",
         "indirect | Independent | Last month, the Independent, a British newspaper | revealed | most of the clothing was made abroad\n"},
        {"a group's plural possessive before a capitalised word ('The Critics’ Circle of Wessmoor', 'The Women's Tennis Circuit') names a body",
         "The Critics’ Circle of Wessmoor called the ban ‘an attempt to choose your own reviewers’. The Women's Tennis Circuit said Sadeh would rise to 12th.",
         "mixed | Critics’ Circle of Wessmoor | Critics’ Circle of Wessmoor | called | the ban ‘an attempt to choose your own reviewers’\n"
         "indirect | Women's Tennis Circuit | Women's Tennis Circuit | said | Sadeh would rise to 12th\n"},
        {"'according to' a group's description, then a body's name ('the booksellers’ association Marovia Books') is the body",
         "Sales usually rise sixfold, according to the booksellers’ association Marovia Books.",
         "indirect | Marovia Books | the booksellers’ association Marovia Books | according to | Sales usually rise sixfold\n"},
        {"'asked whether' a noun with a relative 'that' ('asked whether a panel that could not …') asks from 'whether'",
         "Kjeldgaard asked whether a panel that could not pick a winner had done its job.",
         "indirect | Kjeldgaard | Kjeldgaard | asked | whether a panel that could not pick a winner had done its job\n"},
        {"a relative clause after a share ('Orlecki, none of whose nine earlier novels reached a shortlist,') describes the speaker",
         "Orlecki, none of whose nine earlier novels reached a shortlist, said he was delighted.",
         "indirect | Orlecki | Orlecki, none of whose nine earlier novels reached a shortlist | said | he was delighted\n"},
        {"two trades joined before a name in an apposition ('the chair, the poet and translator Ilse Brandvik,') are her role",
         "“We argued for hours,” the chair, the poet and translator Ilse Brandvik, told the audience.",
         "direct | Ilse Brandvik | the chair, the poet and translator Ilse Brandvik | told | We argued for hours,\n"},
        {"a role of something with an apposition ('The chair of the jury for the Varenne Prize, the richest award in Marovia,') is the chair named next",
         "The chair of the jury for the Varenne Prize for Fiction, the richest literary award in Marovia, said on Thursday night "
         "that her panel could not choose between the two books.\n\n"
         "“We argued for hours,” the chair, Ilse Brandvik, told the audience.",
         "indirect | Ilse Brandvik | The chair of the jury for the Varenne Prize for Fiction, the richest literary award in Marovia | said | "
         "her panel could not choose between the two books\n"
         "direct | Ilse Brandvik | the chair, Ilse Brandvik | told | We argued for hours,\n"},
        {"an apposition with an infinitive's auxiliary ('one of a handful of people to have watched the film') is no clause",
         "The critic Ana Wolan, one of a handful of people to have watched the film, described it as \"the best thing she has made.\"",
         "mixed | Ana Wolan | The critic Ana Wolan, one of a handful of people to have watched the film | described | it as \"the best thing she has made.\"\n"},
        {"an event's organiser named after it is a body, and 'the company' is the organiser, not the festival",
         "The Brackenfield Festival has been cancelled five weeks before it was due to open, its organiser, Tallowmere Live, said on Thursday.\n\n"
         "The company said ticket holders would be refunded in full.",
         "indirect | Tallowmere Live | its organiser, Tallowmere Live | said | The Brackenfield Festival has been cancelled five weeks before it was due to open\n"
         "indirect | Tallowmere Live | The company | said | ticket holders would be refunded in full\n"},
        {"a name that takes its own article after a described kind ('The trade group the Taxpayers Alliance') is one phrase",
         "The trade group the Taxpayers Alliance said the levy was unfair.",
         "indirect | Taxpayers Alliance | The trade group the Taxpayers Alliance | said | the levy was unfair\n"},
        {"two trades joined before a body's noun ('Tamsford Fire and Rescue Service') are one body, which 'the service' is",
         "The blaze destroyed a polytunnel, according to Tamsford Fire and Rescue Service. Crews found traces of an accelerant near the larger shed, the service said.",
         "indirect | Tamsford Fire and Rescue Service | Tamsford Fire and Rescue Service | according to | The blaze destroyed a polytunnel\n"
         "indirect | Tamsford Fire and Rescue Service | the service | said | Crews found traces of an accelerant near the larger shed\n"},
        {"the first name a described source gave is theirs, before the cue or after it ('who gave only his first name, Hamish,')",
         "A mountain rescue volunteer, who gave only his first name, Hamish, said his team was tired.\n\n"
         "\"We've closed ranks around them,\" said a neighbour, who gave only his first name, Dennis.",
         "indirect | Hamish | A mountain rescue volunteer, who gave only his first name, Hamish | said | his team was tired\n"
         "direct | Dennis | a neighbour, who gave only his first name, Dennis | said | We've closed ranks around them,\n"},
        {"'according to' an owner's document ('the Corvessan army’s preliminary account') is the owner's",
         "According to the Corvessan army’s preliminary account, the soldiers were travelling in an unarmoured truck.",
         "indirect | Corvessan army | the Corvessan army’s preliminary account | According to | the soldiers were travelling in an unarmoured truck\n"},
        {"a role held with a body before a name ('A senior engineer with the council, Tendai Brennan,') is the name's",
         "A senior engineer with the council, Tendai Brennan, told the inquest that a speed survey had been delayed.",
         "indirect | Tendai Brennan | A senior engineer with the council, Tendai Brennan | told | a speed survey had been delayed\n"},
        {"a refusal after a report ('said … and declined to speculate') is the speaker's act, not part of what was said",
         "Marchetti said the investigation was \"at an early stage\" and declined to speculate about who was responsible.",
         "mixed | Marchetti | Marchetti | said | the investigation was \"at an early stage\"\n"
         "indirect | Marchetti | Marchetti | declined | to speculate about who was responsible\n"},
        {"a headline's last word may be a plural's cue ('…, auditors find'), and 'the bureau' is no navy named before",
         "Navy’s new frigates two years late and 900 million over budget, auditors find\n\n"
         "The first frigate will be late, the bureau said.",
         "indirect | auditors | auditors | find | Navy’s new frigates two years late and 900 million over budget\n"
         "indirect | bureau | the bureau | said | The first frigate will be late\n"},
        {"a lede's 'A coroner' is the one a title names next ('Senior Coroner Ruth Okonkwo-Baines')",
         "KILNWORTH — A coroner has found that a string of missed welfare calls contributed to the death of a widower.\n\n"
         "Senior Coroner Ruth Okonkwo-Baines recorded a narrative conclusion at Kilnworth Coroner’s Court on Thursday.",
         "indirect | Ruth Okonkwo-Baines | A coroner | found | a string of missed welfare calls contributed to the death of a widower\n"},
        {"a concession before 'that' ('accepted that a repair had been requested') is a report; 'accepted the nomination' is none",
         "The home’s former manager, Delroy Mensah-Hart, accepted that a repair had been requested but never chased. He accepted the nomination in July.",
         "indirect | Delroy Mensah-Hart | The home’s former manager, Delroy Mensah-Hart | accepted | a repair had been requested but never chased\n"},
        {"a request's 'when' stays in it, and a quoted fragment after its comma goes on with it ('urged the agency to close the road earlier when …, ‘even if …’')",
         "Mr Abiodun urged the agency to close the road earlier when heavy snow is on the way, ‘even if it annoys the hauliers’.",
         "mixed | Abiodun | Mr Abiodun | urged | the agency to close the road earlier when heavy snow is on the way, ‘even if it annoys the hauliers’\n"},
        {"a term named inside another report ('urged members to check … for what he called “the robot clause”') is part of that report",
         "Pawlak urged members to check their contracts for what he called “the robot clause”.",
         "mixed | Pawlak | Pawlak | urged | members to check their contracts for what he called “the robot clause”\n"},
        {"a name or 'as much' as an object ends before the phrase that says where ('attacked Machado in early-morning tweets')",
         "Trump attacked Machado in early-morning tweets. Flynn said as much in an interview earlier Thursday morning.",
         "indirect | Trump | Trump | attacked | Machado\n"
         "indirect | Flynn | Flynn | said | as much\n"},
        {"an object ends before a verb after a conjunction ('praised Mr. Clarke's work … but also had to give him more time')",
         "Some state officials praised Mr. Clarke's work preserving the property but also had to give him more time to pay back his debt.",
         "indirect | state officials | Some state officials | praised | Mr. Clarke's work preserving the property\n"},
        {"a body's initials after its name in an apposition (', or KDHS,') describe the body that speaks",
         "The Kellamore Department of Human Services, or KDHS, said the error occurred when a software update treated families as ineligible.",
         "indirect | Kellamore Department of Human Services | Kellamore Department of Human Services, or KDHS | said | "
         "the error occurred when a software update treated families as ineligible\n"},
        {"a notice's issuer and a body's initials before a kind of report are the documents' authors",
         "Patients were diverted, according to a notice from the Marrowind Department of Health. "
         "The sterile room was dirty, according to an FDSA inspection report released Friday.",
         "indirect | Marrowind Department of Health | a notice from the Marrowind Department of Health | according to | Patients were diverted\n"
         "indirect | FDSA | an FDSA inspection report released Friday | according to | The sterile room was dirty\n"},
        {"a lede's 'a Democratic senator' is no senator of the other party named later",
         "After a marathon of speeches, a Democratic senator said Republicans had agreed to hold votes on background checks.\n\n"
         "It is unclear whether any of the bills can pass.\n\n"
         "Senator John Cornyn of Texas, the No. 2 Republican in the Senate, said the chamber will most likely vote on four measures.",
         "indirect | a Democratic senator | a Democratic senator | said | Republicans had agreed to hold votes on background checks\n"
         "indirect | John Cornyn | Senator John Cornyn of Texas, the No. 2 Republican in the Senate | said | the chamber will most likely vote on four measures\n"},
        {"a shop's or a hospital's name in the possessive before 'said' ('Halbury’s said', 'Saint Brendan’s said') is the name",
         "Halbury’s said it was ‘deeply disappointed’ by the decision. Saint Brendan’s said in a statement that it was deeply saddened by his death.",
         "mixed | Halbury’s | Halbury’s | said | it was ‘deeply disappointed’ by the decision\n"
         "indirect | Saint Brendan’s | Saint Brendan’s | said | it was deeply saddened by his death\n"},
        {"after a clause-final attribution, 'a move that …' is the writer's apposition, no second piece",
         "Hollis County Memorial Hospital will stop delivering babies on Sept. 30, the hospital announced Thursday, a move that will leave expectant mothers far from care.",
         "indirect | Hollis County Memorial Hospital | the hospital | announced | Hollis County Memorial Hospital will stop delivering babies on Sept. 30\n"},
        {"no recipient runs past a request's infinitive ('asked the government to block any takeover that led to …'), and 'pushed back.' has no content",
         "The union Sindiquim asked the government to block any takeover that led to plant closures. Kessling pushed back. "
         "In a statement, Kessling said its outlook was sound.",
         "indirect | Sindiquim | The union Sindiquim | asked | the government to block any takeover that led to plant closures\n"
         "indirect | Kessling | Kessling | said | its outlook was sound\n"},
        {"a title-case headline's capitalised words after a cue are no name object cut at 'When'",
         "Popular Website Shows Bias When It Comes To ‘Fact-Checking’ Republicans\n\nSome text follows here.",
         "mixed | Popular Website | Popular Website | Shows | Bias When It Comes To ‘Fact-Checking’ Republicans\n"},
        {"an age noun is the person whose lower-case role says a person, though the lexicon knows no given name of theirs",
         "\"We had a difficult year,\" chief executive Mirela Sandoval-Kopp said.\n\n"
         "The 47-year-old, who took over in January last year, said the worst of the restructuring was behind the company.",
         "direct | Mirela Sandoval-Kopp | chief executive Mirela Sandoval-Kopp | said | We had a difficult year,\n"
         "indirect | Mirela Sandoval-Kopp | The 47-year-old, who took over in January last year | said | the worst of the restructuring was behind the company\n"},
        {"'the union' is the body the article gave that role, not the body named last",
         "Their union, Unified Food Workers, says the changes would cost some staff up to £4,000 a year.\n\n"
         "The mayor asked both sides to accept an offer of talks from the conciliation service Concordia.\n\n"
         "A second strike is planned for later in the month, according to the union.",
         "indirect | Unified Food Workers | Their union, Unified Food Workers | says | the changes would cost some staff up to £4,000 a year\n"
         "indirect | mayor | The mayor | asked | both sides to accept an offer of talks from the conciliation service Concordia\n"
         "indirect | Unified Food Workers | the union | according to | A second strike is planned for later in the month\n"},
        {"a dateline before 'according to' is no report, a document's author may come before when it came out ('… released on Tuesday'), and a headline's 'survey finds' is that survey's",
         "Half of Tamarou reef bleached in worst event on record, survey finds\n\n"
         "PORT ANAKI, March 4 — More than half of the coral on the Tamarou barrier reef has bleached, according to a survey by the Keweni Marine Institute released on Tuesday.",
         "indirect | Keweni Marine Institute | survey | finds | Half of Tamarou reef bleached in worst event on record\n"
         "indirect | Keweni Marine Institute | a survey by the Keweni Marine Institute released on Tuesday | according to | "
         "More than half of the coral on the Tamarou barrier reef has bleached\n"},
        {"a petition's filer and a court's opinion are their documents' authors",
         "The DNA pointed to another man, according to a petition filed by the Virelle Innocence Clinic. "
         "The juror had tainted the trial, according to the opinion of the Lisvane Court of Appeals.",
         "indirect | Virelle Innocence Clinic | a petition filed by the Virelle Innocence Clinic | according to | The DNA pointed to another man\n"
         "indirect | Lisvane Court of Appeals | the opinion of the Lisvane Court of Appeals | according to | The juror had tainted the trial\n"},
        {"a name right before the verb after 'told' and its recipient opens the reported clause ('told parliament Luvania had …')",
         "On Monday, Virelli told parliament Luvania had no intention of escalating.",
         "indirect | Virelli | Virelli | told | Luvania had no intention of escalating\n"},
        {"a document's owner is its author when the document speaks ('The trust’s report found'), and is the body named before",
         "The Caradon Uplands Trust published its report on Tuesday.\n\n"
         "The trust’s report found that only 11,000 hectares of damaged peat had been restored.",
         "indirect | Caradon Uplands Trust | The trust’s report | found | only 11,000 hectares of damaged peat had been restored\n"},
        {"what an act brought about (', leaving …', ', something …') is the writer's telling, after the report",
         "The council said it would close the Brennock library next spring, leaving the village without a public reading room. "
         "Two senators said they would hold no hearings this year, something their leaders had urged.",
         "indirect | council | The council | said | it would close the Brennock library next spring\n"
         "indirect | senators | Two senators | said | they would hold no hearings this year\n"},
        {"a request's addressee with an apposition goes on to the request's infinitive",
         "The mayor urged Ana Ruiz, the head of the water board, to resign.",
         "indirect | mayor | The mayor | urged | Ana Ruiz, the head of the water board, to resign\n"},
        {"'reports' right before a verb of report is a plural noun ('a review of police reports found')",
         "Donations hit $1.1 billion this year, a review of police reports found.",
         "indirect | review of police reports | a review of police reports | found | Donations hit $1.1 billion this year\n"},
        {"French first names give the gender that tells a couple of one surname apart ('Maëlle and Bastien Dubois')",
         "The school has two teachers, Maëlle and Bastien Dubois, a married couple who moved there in 2016. "
         "Ms Dubois said she had not had a supply teacher in four years. Mr Dubois said the housing offer would help.",
         "indirect | Maëlle Dubois | Ms Dubois | said | she had not had a supply teacher in four years\n"
         "indirect | Bastien Dubois | Mr Dubois | said | the housing offer would help\n"},
        {"a role, then its holder with an article and a title or a trade, or after a role's relative clause",
         "Its minister, the Rev. Ingeborg Solvang, said she had been moved by the welcome. "
         "The jury president, the Sardovan actress Elka Moravcová, said the decision had been swift. "
         "The trustee who resigned, the sculptor Anouk Tessier-Bamford, said the works had been stolen.",
         "indirect | Ingeborg Solvang | Its minister, the Rev. Ingeborg Solvang | said | she had been moved by the welcome\n"
         "indirect | Elka Moravcová | The jury president, the Sardovan actress Elka Moravcová | said | the decision had been swift\n"
         "indirect | Anouk Tessier-Bamford | The trustee who resigned, the sculptor Anouk Tessier-Bamford | said | the works had been stolen\n"},
        {"a body's noun owning a document is the body named before ('the council’s own analysis' after 'The Arts Council of Marrendale')",
         "The Arts Council of Marrendale will cut grants to 43 theatres. "
         "According to the council’s own analysis, 61 per cent of the money cut comes from the largest grants.",
         "indirect | Arts Council of Marrendale | the council’s own analysis | According to | 61 per cent of the money cut comes from the largest grants\n"},
        {"a body's noun is the body it heads, at its name's end or before 'of' ('the university': the University of Ostrel, not the University Staff Union)",
         "He stepped down as vice-chancellor of the University of Ostrel on Monday. Piet Vanterpool, who chairs the Ostrel "
         "branch of the University Staff Union, said members had lost confidence. The university denied that any such vote had been planned.",
         "indirect | Piet Vanterpool | Piet Vanterpool, who chairs the Ostrel branch of the University Staff Union | said | members had lost confidence\n"
         "indirect | University of Ostrel | The university | denied | any such vote had been planned\n"},
        {"a lone given name is the person its full name names, not a bare mention of it before",
         "Three sisters and the last picture house\n\n"
         "Upstairs, the eldest, Anahit, is doing the accounts.\n\n"
         "Admissions have fallen by almost half since then, Anahit Petrosyan said.\n\n"
         "\"We do the arithmetic every Monday,\" said Anahit, 57.",
         "indirect | Anahit Petrosyan | Anahit Petrosyan | said | Admissions have fallen by almost half since then\n"
         "direct | Anahit Petrosyan | Anahit, 57 | said | We do the arithmetic every Monday,\n"},
        {"a document's writer before a participle's aside with an adverb ('A letter from Bishop …, read aloud at …, said')",
         "A letter from Bishop Augustine Mbeki, read aloud at the end of Mass, said the building needed repairs.",
         "indirect | Augustine Mbeki | Bishop Augustine Mbeki, read aloud at the end of Mass | said | the building needed repairs\n"},
        {"'That is how NAME, AGE, describes …' after a quotation: the verb past the age, and no report of its own",
         "“Our father used to say a cinema is a dark room full of strangers.”\n\n"
         "That is how Lusine Petrosyan, 52, describes what she and her sisters are doing at the Regal.",
         "direct | Lusine Petrosyan | Lusine Petrosyan | describes | Our father used to say a cinema is a dark room full of strangers.\n"},
        {"a name that opens the paragraph before a quotation's pronoun is its subject, not the source of the paragraph before it",
         "Church to close\n\n"
         "A letter from Bishop Augustine Mbeki, read aloud at the end of Mass, said the building needed repairs.\n\n"
         "Halina Kowalczyk, 88, who was married at St Ositha’s in 1957, sat in the third pew, as she has almost every Sunday since.\n\n"
         "‘My husband is in the churchyard,’ she said after the service.",
         "indirect | Augustine Mbeki | Bishop Augustine Mbeki, read aloud at the end of Mass | said | the building needed repairs\n"
         "direct | Halina Kowalczyk | she | said | My husband is in the churchyard,\n"},
        {"a document issued by a bare plural speaks for who issued it, not the verb and the noun",
         "Row over rally\n\n"
         "The school’s principal and the local bishop have since released statements deploring what happened.",
         "indirect | The school’s principal and the local bishop | The school’s principal and the local bishop | deploring | what happened\n"},
        {"a clause with no 'that' after the source's noun says whom the writer met; the noun is the source",
         "Voters weary\n\n"
         "Many of the voters I met on Tuesday said they were tired of the campaign.\n\n"
         "None of the officials we spoke to this week thought a deal was likely.",
         "indirect | Many of the voters | Many of the voters | said | they were tired of the campaign\n"
         "indirect | None of the officials | None of the officials | thought | a deal was likely\n"},
        {"a relative clause after an auxiliary: 'who' stands for the person its aside describes, and the clause ends with the aside",
         "Governors split\n\n"
         "Gov. Ansel Hardwick of Ohio, a Republican who has refused to endorse Mr. Trump, spoke on Tuesday.",
         "indirect | Ansel Hardwick | Gov. Ansel Hardwick of Ohio, a Republican who | refused | to endorse Mr. Trump\n"},
        {"'the chain' and 'the co-operative' are the businesses named before them",
         "Milk row\n\n"
         "Dovrani, which runs 412 stores, said in a statement that it had offered a fair increase. "
         "The chain denied that it had threatened to switch to imported milk.\n\n"
         "The Lakmira Dairy Co-operative said it had been losing money. The co-operative said milk would be turned into butter.",
         "indirect | Dovrani | Dovrani, which runs 412 stores | said | it had offered a fair increase\n"
         "indirect | Dovrani | The chain | denied | it had threatened to switch to imported milk\n"
         "indirect | Lakmira Dairy Co-operative | Lakmira Dairy Co-operative | said | it had been losing money\n"
         "indirect | Lakmira Dairy Co-operative | The co-operative | said | milk would be turned into butter\n"},
        {"the members of a guild are not part of its name, nor is a plural noun that opens a sentence; a guild is no company",
         "Bus deal\n\n"
         "Members of the Transport and General Drivers’ Guild backed the offer from Carrowmore Citylink by 612 votes to 188, "
         "the guild announced on Saturday. Services will return to normal from Monday, the company said.",
         "indirect | Transport and General Drivers’ Guild | the guild | announced | Members of the Transport and General Drivers’ Guild "
         "backed the offer from Carrowmore Citylink by 612 votes to 188\n"
         "indirect | company | the company | said | Services will return to normal from Monday\n"},
        {"'NOUN accused of …' names who is accused, not a speaker: the quotation is the prosecutor's",
         "Doctor on trial\n\n"
         "A family doctor accused of writing hundreds of prescriptions for cash “knew exactly what he was doing,” a prosecutor told a jury on Monday.",
         "mixed | prosecutor | a prosecutor | told | A family doctor accused of writing hundreds of prescriptions for cash “knew exactly what he was doing,”\n"},
        {"a name, 'of' and a body whose name has 'for' in it: the person, not the body; an age with a role 'of' a place is who was just named",
         "Budget row\n\n"
         "Bogdan Chereji of the Orvenian Institute for Fiscal Studies said the flood budget could push the deficit higher.\n\n"
         "Bloc leader Radomir Zhelev accused the government of lying. Speaking to supporters, the 61-year-old former mayor of Orlesk said his party held copies.",
         "indirect | Bogdan Chereji | Bogdan Chereji of the Orvenian Institute for Fiscal Studies | said | the flood budget could push the deficit higher\n"
         "indirect | Radomir Zhelev | Bloc leader Radomir Zhelev | accused | the government of lying\n"
         "indirect | Radomir Zhelev | the 61-year-old former mayor of Orlesk | said | his party held copies\n"},
        {"a lede's 'the minister for local government' is the minister the next paragraph opens with, though two ministers are named",
         "Election will go ahead in May despite floods, minister says\n\n"
         "The general election will be held in May as planned, even though floods have displaced 200,000 people, the minister for local government said on Friday.\n\n"
         "Minister Bakari Mwanzele told parliament that polling stations could be set up in relief camps.\n\n"
         "Water Minister Rehema Mwakilema said separately that river levels would fall by early May.",
         "indirect | Bakari Mwanzele | minister | says | Election will go ahead in May despite floods\n"
         "indirect | Bakari Mwanzele | the minister for local government | said | The general election will be held in May as planned, even though floods have displaced 200,000 people\n"
         "indirect | Bakari Mwanzele | Minister Bakari Mwanzele | told | polling stations could be set up in relief camps\n"
         "indirect | Rehema Mwakilema | Water Minister Rehema Mwakilema | said | river levels would fall by early May\n"},
        {"'the force' is the police body named as a speaker's affiliation after a comma",
         "Sentence for killer\n\n"
         "Detective Sergeant Carys Penhallow, of Saltmarrow Police, said the family had shown dignity.\n\n"
         "In a statement, the force said patrols had been increased.",
         "indirect | Carys Penhallow | Detective Sergeant Carys Penhallow, of Saltmarrow Police | said | the family had shown dignity\n"
         "indirect | Saltmarrow Police | the force | said | patrols had been increased\n"},
        {"a headline's quotation counts as its clause before 'says mother'; a participle's agent inside the subject is not the subject",
         "Killer’s sentence ‘makes a mockery’ of his life, says mother\n\n"
         "The mother of a man killed by a single punch said the sentence was too short. Employees hired by the firm said they were unpaid.",
         "mixed | mother | mother | says | Killer’s sentence ‘makes a mockery’ of his life\n"
         "indirect | mother of a man | The mother of a man killed by a single punch | said | the sentence was too short\n"
         "indirect | Employees | Employees hired by the firm | said | they were unpaid\n"},
        {"a reported clause whose subject is a name and an auxiliary goes on after 'and'",
         "Sentencing\n\n"
         "Detective Inspector Rhona Balfour said Ferriby-Oduya had called an ambulance himself and stayed with the victim until paramedics arrived.",
         "indirect | Rhona Balfour | Detective Inspector Rhona Balfour | said | Ferriby-Oduya had called an ambulance himself and stayed with the victim until paramedics arrived\n"},
        {"a clause-final attribution with a writer's 'despite' after it still takes the sentence before it",
         "Strike\n\n"
         "The government has no plans to order an end to the strike, Labour Minister Odalys Varga said on Wednesday, despite pressure from farmers.",
         "indirect | Odalys Varga | Labour Minister Odalys Varga | said | The government has no plans to order an end to the strike\n"},
        {"a comma and 'a' inside a reported list whose last item 'and' closes is no writer's gloss",
         "Teachers vote\n\n"
         "The teacher said the union’s main demands were caps on class sizes, a full-time nurse in every school and raises for aides.",
         "indirect | teacher | The teacher | said | the union’s main demands were caps on class sizes, a full-time nurse in every school and raises for aides\n"},
        {"a thing right before a participle is the object of the verb before it, whose subject speaks; a petition still speaks",
         "Trade\n\n"
         "The leaders took turns rebutting the candidate's proposals on trade. Sanders has drawn huge crowds describing a country run by plutocrats. "
         "Students signed a petition calling for the decision to be reversed.",
         "indirect | leaders | The leaders | rebutting | the candidate's proposals on trade\n"
         "indirect | Sanders | Sanders | describing | a country run by plutocrats\n"
         "indirect | petition | a petition | calling for | the decision to be reversed\n"},
        {"'the publisher' is the business named before it, not a headline's 'Publisher'; 'the force' the police a person is 'of'",
         "Publisher pulls chef’s memoir\n\n"
         "Harrowgate & Pell, one of the oldest publishing houses in Castellane, has withdrawn the memoir. The publisher said it had paused publication.\n\n"
         "The icons were taken from the museum, said Capt. Ilinca Moraru-Dascalu of the Northern Regional Police. The monastery's abbot wept.\n\n"
         "The International Register of Stolen Cultural Property had been alerted, the force said in a statement.",
         "indirect | Harrowgate & Pell | The publisher | said | it had paused publication\n"
         "indirect | Ilinca Moraru-Dascalu | Capt. Ilinca Moraru-Dascalu of the Northern Regional Police | said | The icons were taken from the museum\n"
         "indirect | Northern Regional Police | the force | said | The International Register of Stolen Cultural Property had been alerted\n"},
        {"a bare surname is the person the article is about, not the relative it introduced by kinship; a cue-less quotation is the person its paragraph opens with",
         "Night radio voice dies at 86\n\n"
         "Henrike Osei-Falk, whose night programme kept insomniacs company for 41 years, has died aged 86.\n\n"
         "Her son, Aurel Osei-Falk, said she had died peacefully on Sunday.\n\n"
         "Osei-Falk claimed in an interview that the station wanted a younger voice.\n\n"
         "The presenter Fenna Rasmussen-Obi took over the slot in 2018 and keeps her flask on the desk. “It's for luck. I've never dared to drink from it.”",
         "indirect | Aurel Osei-Falk | Her son, Aurel Osei-Falk | said | she had died peacefully on Sunday\n"
         "indirect | Henrike Osei-Falk | Osei-Falk | claimed | the station wanted a younger voice\n"
         "direct | Fenna Rasmussen-Obi | - | - | It's for luck. I've never dared to drink from it.\n"},
        {"a business of a thing, then its name in apposition: the name speaks",
         "Doping ban\n\n"
         "The manufacturer of the powder, Brannock Nutrition, said no other batch had tested positive.",
         "indirect | Brannock Nutrition | The manufacturer of the powder, Brannock Nutrition | said | no other batch had tested positive\n"},
        {"'the company' is the business that spoke in its paragraph, not its owner named inside its phrase; 'their union' is no medical center but the association named next",
         "Nurses at St. Aurelian vote to authorize strike, union says\n\n"
         "Nurses at St. Aurelian Medical Center have voted to authorize a strike, their union said Wednesday.\n\n"
         "Of the 1,140 nurses who cast ballots, 94 percent voted in favor, according to the Brennock State Nurses Association.\n\n"
         "Nimbara, which is owned by the Vellastrian group Corrimax, said it would appeal. In a statement, the company said it had invested heavily.",
         "indirect | Brennock State Nurses Association | union | says | Nurses at St. Aurelian vote to authorize strike\n"
         "indirect | Brennock State Nurses Association | their union | said | Nurses at St. Aurelian Medical Center have voted to authorize a strike\n"
         "indirect | Brennock State Nurses Association | the Brennock State Nurses Association | according to | Of the 1,140 nurses who cast ballots, 94 percent voted in favor\n"
         "indirect | Nimbara | Nimbara, which is owned by the Vellastrian group Corrimax | said | it would appeal\n"
         "indirect | Nimbara | the company | said | it had invested heavily\n"},
        {"a panel of a named tribunal speaks for the tribunal; a federation's letters for the federation",
         "Sprinter banned\n\n"
         "The three-member panel of the Halvard Sports Tribunal said the athlete had failed to explain the result.\n\n"
         "The Ostrevan Weightlifting Federation charged the siblings. According to the federation’s charge letters, the samples were collected in December.",
         "indirect | Halvard Sports Tribunal | The three-member panel of the Halvard Sports Tribunal | said | the athlete had failed to explain the result\n"
         "indirect | Ostrevan Weightlifting Federation | Ostrevan Weightlifting Federation | charged | the siblings\n"
         "indirect | Ostrevan Weightlifting Federation | the federation’s charge letters | According to | the samples were collected in December\n"},
        {"a document's owner before its modifiers or after its 'the' is its author, a role too; a decision, a census and a plan are documents",
         "Schools census\n\n"
         "According to the Ministry of Basic Education's annual schools census, 412 schools have large classes.\n\n"
         "The Norvane Housing Ombudsman ruled for the family. According to the ombudsman's decision, the family first reported damp in 2021.",
         "indirect | Ministry of Basic Education | the Ministry of Basic Education's annual schools census | According to | 412 schools have large classes\n"
         "indirect | Norvane Housing Ombudsman | Norvane Housing Ombudsman | ruled | for the family\n"
         "indirect | Norvane Housing Ombudsman | the ombudsman's decision | According to | the family first reported damp in 2021\n"},
        {"a place after the preposition that opens the sentence is no subject; the name in apposition after it is",
         "Exam leak\n\n"
         "Pupils reacted with frustration. At Keldamar Girls’ High School, head girl Amani Wexford-Nduka, 17, said students had spent months preparing.",
         "indirect | Amani Wexford-Nduka | Amani Wexford-Nduka, 17 | said | students had spent months preparing\n"},
        {"a name's document ('A Saint Verrin Gazette review found') speaks for the name",
         "Revolving door\n\n"
         "A Saint Verrin Gazette review last year found that 23 legislators had become lobbyists.",
         "indirect | Saint Verrin Gazette | Saint Verrin Gazette review | found | 23 legislators had become lobbyists\n"},
        {"a lede's role of a named place, a modifier before the role word, is the one person the article gives that role",
         "Lobbyist accused\n\n"
         "The attorney general of Vestmoor has accused a lobbyist of secretly paying for hunting trips for legislators.\n\n"
         "At a press conference, Attorney General Ngozi Halvorsen-Reyes said her office had filed a civil complaint.",
         "indirect | Ngozi Halvorsen-Reyes | The attorney general of Vestmoor | accused | a lobbyist of secretly paying for hunting trips for legislators\n"
         "indirect | Ngozi Halvorsen-Reyes | Attorney General Ngozi Halvorsen-Reyes | said | her office had filed a civil complaint\n"},
        {"a kin role in apposition gives the name its gender: 'she' is the daughter, not her father named since",
         "Meteorite\n\n"
         "The stone was found by 16-year-old Mila Petrescu-Ali, whose father, Jovan Petrescu-Ali, runs the farm where it landed. "
         "She said she heard a crack like a rifle.",
         "indirect | Mila Petrescu-Ali | She | said | she heard a crack like a rifle\n"},
        {"a portfolio's words before 'and' belong to the title of the person after it",
         "The container backlog will be cleared by March, Ports and Shipping Minister Nuru Halvorsen said.\n\n"
         "Health and Human Services Secretary Ilse Moravec said the plan would work.",
         "indirect | Nuru Halvorsen | Ports and Shipping Minister Nuru Halvorsen | said | The container backlog will be cleared by March\n"
         "indirect | Ilse Moravec | Health and Human Services Secretary Ilse Moravec | said | the plan would work\n"},
        {"a singular role for a group or a share of one, then the name in apposition: the name is the speaker",
         "Officers charged\n\n"
         "A lawyer for two of the officers, Rasmus Thorvaldsen-Eze, said his clients would plead not guilty.\n\n"
         "A lawyer for the families, Ines Mabuza-Holt, said they wanted answers.",
         "indirect | Rasmus Thorvaldsen-Eze | A lawyer for two of the officers, Rasmus Thorvaldsen-Eze | said | his clients would plead not guilty\n"
         "indirect | Ines Mabuza-Holt | A lawyer for the families, Ines Mabuza-Holt | said | they wanted answers\n"},
        {"a capitalised office with its 'for' before the name in apposition is the name's role; 'Police and Crime' is part of the office",
         "Audit ordered\n\n"
         "The Police and Crime Commissioner for Wexcombe, Mr Gideon Farrant-Obi, said he had ordered an audit.\n\n"
         "The commissioner said he would also ask the former head of data to help.",
         "indirect | Gideon Farrant-Obi | Police and Crime Commissioner for Wexcombe, Mr Gideon Farrant-Obi | said | he had ordered an audit\n"
         "indirect | Gideon Farrant-Obi | The commissioner | said | he would also ask the former head of data to help\n"},
        {"with no one named to stand for, a pronoun is the person a role alone described in its paragraph",
         "Figures wrong\n\n"
         "The chief constable of Wexcombe Police has admitted that the force under-reported searches. She said the mistake was hers.",
         "indirect | chief constable of Wexcombe Police | The chief constable of Wexcombe Police | admitted | the force under-reported searches\n"
         "indirect | chief constable of Wexcombe Police | She | said | the mistake was hers\n"},
        {"an owner's office keeps the owner's place and modifiers ('the Manhattan district attorney's office')",
         "The suspects were being questioned, the Ambrevaux prosecutor’s office said.\n\n"
         "The Manhattan district attorney’s office said the inquiry had closed.",
         "indirect | Ambrevaux prosecutor’s office | the Ambrevaux prosecutor’s office | said | The suspects were being questioned\n"
         "indirect | Manhattan district attorney’s office | The Manhattan district attorney’s office | said | the inquiry had closed\n"},
        {"a filing's author after 'by', and a body named before by its noun after 'published by', speak through the document",
         "Freed\n\n"
         "The Tarrow Innocence Clinic took the case in 2019. DNA under the victim's nails belonged to another man, according to a court filing by the Tarrow Innocence Clinic.\n\n"
         "The Surreth Municipal Council approved the levy in March. It will raise 42 million marks, according to figures published by the council.",
         "indirect | Tarrow Innocence Clinic | a court filing by the Tarrow Innocence Clinic | according to | DNA under the victim's nails belonged to another man\n"
         "indirect | Surreth Municipal Council | Surreth Municipal Council | approved | the levy\n"
         "indirect | Surreth Municipal Council | figures published by the council | according to | It will raise 42 million marks\n"},
        {"a named owner's role before a name in apposition: the owner's body ('Dravenia’s grid operator, Transdrava,'), the owner inside the role ('Mossara's environment minister Faisal Koné')",
         "Grid warning\n\n"
         "Dravenia’s grid operator, Transdrava, said in an assessment published last month that the country risked power shortfalls.\n\n"
         "The conference president, Mossara's environment minister Faisal Abernathy-Koné, told delegates that a new draft would be circulated.",
         "indirect | Transdrava | Dravenia’s grid operator, Transdrava | said | the country risked power shortfalls\n"
         "indirect | Faisal Abernathy-Koné | The conference president, Mossara's environment minister Faisal Abernathy-Koné | told | a new draft would be circulated\n"},
        {"'the minister' is not the prime minister named since, when a minister spoke before",
         "Coal plant to close\n\n"
         "Dravenia will shut its last coal plant by 2029, Energy Minister Aurelia Santangelo-Mwangi said on Wednesday.\n\n"
         "Prime Minister Valter Roszak attended the news conference but did not take questions.\n\n"
         "Asked about gas, the minister said every option remained open.",
         "indirect | Aurelia Santangelo-Mwangi | Energy Minister Aurelia Santangelo-Mwangi | said | Dravenia will shut its last coal plant by 2029\n"
         "indirect | Aurelia Santangelo-Mwangi | the minister | said | every option remained open\n"},
        {"'adds' an amount after a comma reports nothing",
         "Flood levy\n\n"
         "The levy, approved by the municipal council in March, adds about 180 marks a year to the average household bill. "
         "\u201CIt is fair,\u201D the mayor added.",
         "direct | mayor | the mayor | added | It is fair,\n"},
        {"a name after 'the' with a body's noun after it is a body, which 'the union' names later",
         "Bin strike ends\n\n"
         "The strike by about 340 members of the Allied Municipal Workers union began in October.\n\n"
         "Workers will receive a 4.5% pay rise, the union said.",
         "indirect | Allied Municipal Workers | the union | said | Workers will receive a 4.5% pay rise\n"},
        {"a study named again is whoever spoke through a study in the paragraphs before, followed to the name the role is given",
         "Heat pumps\n\n"
         "The program paid for thousands of faulty installations, the country’s auditor general said in a report released on Tuesday.\n\n"
         "The auditor general, Benedikte Aranha-Sato, found that one in six systems performed poorly.\n\n"
         "The ministry had no reliable way of checking the work, according to the report.\n\n"
         "Parking meters\n\n"
         "The city paid $3.8 million for broken meters, according to a report released Monday by City Auditor Rosalind Okafor.\n\n"
         "The 64-page audit found that the contractor billed the city for 1,140 meters.",
         "indirect | Benedikte Aranha-Sato | the country’s auditor general | said | The program paid for thousands of faulty installations\n"
         "indirect | Benedikte Aranha-Sato | The auditor general, Benedikte Aranha-Sato | found | one in six systems performed poorly\n"
         "indirect | Benedikte Aranha-Sato | the report | according to | The ministry had no reliable way of checking the work\n"
         "indirect | Rosalind Okafor | a report released Monday by City Auditor Rosalind Okafor | according to | The city paid $3.8 million for broken meters\n"
         "indirect | Rosalind Okafor | The 64-page audit | found | the contractor billed the city for 1,140 meters\n"},
        {"a pronoun that stood for a lede's role follows the role to the name the story gives it",
         "Figures wrong\n\n"
         "The chief constable of Wexcombe Police has admitted that the force under-reported searches. She said the mistake was hers.\n\n"
         "Chief Constable Annelise Okonjo-Strand said: \u2018I am sorry.\u2019",
         "indirect | Annelise Okonjo-Strand | The chief constable of Wexcombe Police | admitted | the force under-reported searches\n"
         "indirect | Annelise Okonjo-Strand | She | said | the mistake was hers\n"
         "direct | Annelise Okonjo-Strand | Chief Constable Annelise Okonjo-Strand | said | I am sorry.\n"},
        {"'charged over' and 'charged with' lay a charge, they report nothing; the claim is 'charged that'",
         "Three officers charged over death of man in Velmora police cell\n\n"
         "A man charged with stabbing a bartender told detectives he had been drinking for nine hours.",
         "indirect | man | A man charged with stabbing a bartender | told | he had been drinking for nine hours\n"},
        {"a person opening the clause, then a participle in -ed and its preposition, is the source, not a noun inside the phrase",
         "A woman arrested after the attack told police she was innocent. A man convicted of killing his wife told the court he was sorry.",
         "indirect | woman | A woman arrested after the attack | told | she was innocent\n"
         "indirect | man | A man convicted of killing his wife | told | he was sorry\n"},
        {"a role before the name and an office after it are both the person's ('the medical examiner' is the witness)",
         "Trial opens\n\n"
         "The first witness, Dr. Yusuf Lindahl-Mensah, the Kessock County medical examiner, testified that a blood sample contained digoxin.\n\n"
         "Mr. Szalai had never been prescribed the drug, the medical examiner said.",
         "indirect | Yusuf Lindahl-Mensah | The first witness, Dr. Yusuf Lindahl-Mensah, the Kessock County medical examiner | testified | a blood sample contained digoxin\n"
         "indirect | Yusuf Lindahl-Mensah | the medical examiner | said | Mr. Szalai had never been prescribed the drug\n"},
        {"a lede's definite office is the person the next paragraph opens with; 'the borders minister' is not the shadow one; a concession after a clause-final attribution is the writer's",
         "Asylum appeals backlog ‘will be cleared by spring’, minister says\n\n"
         "The backlog of asylum appeals will be cleared by next spring, the borders minister has said, even though more than 38,000 cases are still outstanding.\n\n"
         "Nkechi Brammall told the committee on Wednesday that 140 judges had been recruited.\n\n"
         "The shadow borders minister, Callum Reyes-Dunmore, said the figures had been fiddled.",
         "mixed | Nkechi Brammall | minister | says | Asylum appeals backlog ‘will be cleared by spring’\n"
         "indirect | Nkechi Brammall | the borders minister | said | The backlog of asylum appeals will be cleared by next spring\n"
         "indirect | Nkechi Brammall | Nkechi Brammall | told | 140 judges had been recruited\n"
         "indirect | Callum Reyes-Dunmore | The shadow borders minister, Callum Reyes-Dunmore | said | the figures had been fiddled\n"},
        {"a relative clause with a pronoun object is part of the source ('the charity that operates it said'); refusing food reports nothing",
         "The clinic will close at the end of March, the charity that operates it said Monday.\n\n"
         "More than 60 men have refused food for a sixth day, lawyers for the detainees said on Tuesday.",
         "indirect | charity | the charity that operates it | said | The clinic will close at the end of March\n"
         "indirect | lawyers for the detainees | lawyers for the detainees | said | More than 60 men have refused food for a sixth day\n"},
        {"a councilmember's title is a role; 'the coroner' is the assistant coroner when no other coroner is named",
         "City Councilmember Dorota Wasilewski-Pryce said she would ask for emergency funding.\n\n"
         "Assistant Coroner Iqbal Chaudhry recorded a conclusion of misadventure. The coroner said staffing had been too thin.",
         "indirect | Dorota Wasilewski-Pryce | City Councilmember Dorota Wasilewski-Pryce | said | she would ask for emergency funding\n"
         "indirect | Iqbal Chaudhry | The coroner | said | staffing had been too thin\n"},
        {"a headline's watchdog is a standards body; a lede's agency is the public body named next by another of its nouns",
         "Supermarkets ‘hiding’ smaller packs behind old prices, watchdog finds\n\n"
         "Shoppers are paying the same for less, according to a report published today by the Marlowe Vale Trading Standards Board.",
         "mixed | Marlowe Vale Trading Standards Board | watchdog | finds | Supermarkets ‘hiding’ smaller packs behind old prices\n"
         "indirect | Marlowe Vale Trading Standards Board | a report published today by the Marlowe Vale Trading Standards Board | according to | Shoppers are paying the same for less\n"},
        {"a lede's agency is the public body named next by another of its nouns",
         "Boat burial found\n\n"
         "Archaeologists have uncovered a 3,000-year-old boat burial, the country's heritage agency said on Tuesday.\n\n"
         "The hull was found beneath two metres of clay, according to the Dalmar Heritage Directorate.",
         "indirect | Dalmar Heritage Directorate | the country's heritage agency | said | Archaeologists have uncovered a 3,000-year-old boat burial\n"
         "indirect | Dalmar Heritage Directorate | the Dalmar Heritage Directorate | according to | The hull was found beneath two metres of clay\n"},
        {"'the doctor' is the person the article titled 'Dr.'; a quotation after a plural closes before 'and'",
         "Clinic to close\n\n"
         "Dr. Abiodun Kessler said he had put off his retirement twice.\n\n"
         "The doctor said he planned to rest. Ruairi Okonedo called the decision \u2018a gift to importers\u2019 and said it would cost jobs.",
         "indirect | Abiodun Kessler | Dr. Abiodun Kessler | said | he had put off his retirement twice\n"
         "indirect | Abiodun Kessler | The doctor | said | he planned to rest\n"
         "mixed | Ruairi Okonedo | Ruairi Okonedo | called | the decision \u2018a gift to importers\u2019\n"
         "indirect | Ruairi Okonedo | Ruairi Okonedo | said | it would cost jobs\n"},
        {"a lede's 'riders’ union' is the body whose name holds its members' word, and the headline's 'union' with it; 'pointed to' takes an object, it is no inverted cue",
         "New time-trial rules ‘will put riders in hospital’, union warns\n\n"
         "The professional riders’ union has warned that a rule change approved by the World Velo Federation will lead to more crashes.\n\n"
         "The Association of Professional Riders, which represents 640 riders, disagrees.\n\n"
         "Rovers manager Yara Castellanos-Beck said she had not noticed the walkout until her assistant, Dario Lemke, pointed to the empty seats.",
         "mixed | Association of Professional Riders | union | warns | New time-trial rules ‘will put riders in hospital’\n"
         "indirect | Association of Professional Riders | The professional riders’ union | warned | a rule change approved by the World Velo Federation will lead to more crashes\n"
         "indirect | Yara Castellanos-Beck | Rovers manager Yara Castellanos-Beck | said | she had not noticed the walkout until her assistant, Dario Lemke\n"
         "indirect | Dario Lemke | her assistant, Dario Lemke | pointed to | the empty seats\n"},
        {"an app in apposition makes a body 'the company' names; a description tied to a name by 'who'; 'Her complaint' is hers",
         "Velt, a messaging app with about 3 million users, said it would withdraw. \u201CWe will not build a back door,\u201D the company said.\n\n"
         "The lawsuit was filed by Marguerite Oyarzun, a retired court stenographer who said contractors had listened. "
         "Her complaint claimed that the devices were often triggered by mistake.",
         "indirect | Velt | Velt, a messaging app with about 3 million users | said | it would withdraw\n"
         "direct | Velt | the company | said | We will not build a back door,\n"
         "indirect | Marguerite Oyarzun | Marguerite Oyarzun, a retired court stenographer who | said | contractors had listened\n"
         "indirect | Marguerite Oyarzun | Her complaint | claimed | the devices were often triggered by mistake\n"},
        {"the people of a body opening a sentence are not its name ('Shareholders of Pellivar Industries'); a shipbuilder is a business",
         "Pay vote\n\n"
         "Shareholders of Pellivar Industries voted down the pay plan on Tuesday. The company said it would consult them.\n\n"
         "Haskeld Shipyards will lay off about 600 workers, the company said Monday. The shipbuilder reported a net loss of $87 million.",
         "indirect | Pellivar Industries | The company | said | it would consult them\n"
         "indirect | Haskeld Shipyards | the company | said | Haskeld Shipyards will lay off about 600 workers\n"
         "indirect | Haskeld Shipyards | The shipbuilder | reported | a net loss of $87 million\n"},
        {"a rank before an owner's role is the role's: 'The shadow children’s minister' is not 'the children’s minister'",
         "Homes making profits, minister says\n\n"
         "Private companies are making excessive profits, the children’s minister has said.\n\n"
         "Ottoline Mwangi-Ferrers told the committee that margins were high.\n\n"
         "The shadow children’s minister, Roderick Baptiste, said the government had waited.",
         "indirect | Ottoline Mwangi-Ferrers | minister | says | Homes making profits\n"
         "indirect | Ottoline Mwangi-Ferrers | the children’s minister | said | Private companies are making excessive profits\n"
         "indirect | Ottoline Mwangi-Ferrers | Ottoline Mwangi-Ferrers | told | margins were high\n"
         "indirect | Roderick Baptiste | The shadow children’s minister, Roderick Baptiste | said | the government had waited\n"},
        {"two roles joined by 'and' before a name in apposition are one person's",
         "Coalition collapses\n\n"
         "The Union’s leader and the likely next prime minister, Benedikt Asante-Rugova, said he was disappointed. He accused the Greens of walking away.",
         "indirect | Benedikt Asante-Rugova | Union’s leader and the likely next prime minister, Benedikt Asante-Rugova | said | he was disappointed\n"
         "indirect | Benedikt Asante-Rugova | He | accused | the Greens of walking away\n"},
        {"a second bare verb after an infinitive inside the reported clause goes on with it",
         "Tax code\n\n"
         "Experts say her plans to raise a host of taxes on the rich and give several targeted tax breaks to the middle class would make the code more complicated.",
         "indirect | Experts | Experts | say | her plans to raise a host of taxes on the rich and give several targeted tax breaks to the middle class would make the code more complicated\n"},
        {"a gloss after a comma in which someone else reports ends the clause and is their report",
         "Couriers\n\n"
         "A labour court ruled on Tuesday that couriers who deliver meals are employees, a decision the company said it would appeal.",
         "indirect | labour court | A labour court | ruled | couriers who deliver meals are employees\n"
         "indirect | company | the company | said | it would appeal\n"},
        {"another subject's act told in the past perfect after 'and' is still the reported clause",
         "Heat walkout\n\n"
         "About 200 workers walked out on Wednesday, saying temperatures on the packing floor had reached 38C and managers had refused to stop the conveyor belts.",
         "indirect | workers | About 200 workers | saying | temperatures on the packing floor had reached 38C and managers had refused to stop the conveyor belts\n"},
        {"a document after a subordinator is the subject, not the relative clause before it; a participle with a particle in an aside",
         "Detector dropped\n\n"
         "The university has stopped using software that scans student essays for signs of artificial intelligence after an internal review found that more than 200 students had been wrongly accused.\n\n"
         "The review, carried out by the university’s Office of Academic Integrity, found that the program had flagged essays by students who speak English as a second language.",
         "indirect | internal review | an internal review | found | more than 200 students had been wrongly accused\n"
         "indirect | review | The review, carried out by the university’s Office of Academic Integrity | found | the program had flagged essays by students who speak English as a second language\n"},
        {"a trade or crew role before 'from' a place and a name in apposition",
         "Stranded crew\n\n"
         "The youngest of the crew, a 22-year-old deck cadet from Odesa, Mykyta Bondar, told a local radio station that he had not spoken to his mother for three weeks.",
         "indirect | Mykyta Bondar | a 22-year-old deck cadet from Odesa, Mykyta Bondar | told | he had not spoken to his mother for three weeks\n"},
        {"a finding after 'and' goes on with the reported clause's perfect; an urging is the speaker's next act",
         "Salmon escape\n\n"
         "The company said its staff had checked the moorings three days before the storm and found no faults.\n\n"
         "The agency said the flu season had started early and urged older people to get vaccinated now.",
         "indirect | company | The company | said | its staff had checked the moorings three days before the storm and found no faults\n"
         "indirect | agency | The agency | said | the flu season had started early\n"
         "indirect | agency | The agency | urged | older people to get vaccinated now\n"},
        {"initials that qualify a thing's noun are no body 'the company' can be",
         "Indoor farm fails\n\n"
         "Greenstack, the start-up that grew salad greens under LED lights in converted warehouses, filed for bankruptcy on Monday.\n\n"
         "In its filing, the company said it had debts of $186 million.",
         "indirect | Greenstack | the company | said | it had debts of $186 million\n"},
        {"'the company' after a directorate spoke is the name of no known kind just before it in its paragraph",
         "Salmon escape\n\n"
         "About 84,000 farmed salmon escaped after a storm on Tuesday night, the Directorate of Fisheries said Wednesday.\n\n"
         "The pens belonged to Nordhav Aqua, one of the country's biggest salmon farmers. The company said in a statement that its staff had checked the moorings.",
         "indirect | Directorate of Fisheries | Directorate of Fisheries | said | About 84,000 farmed salmon escaped after a storm on Tuesday night\n"
         "indirect | Nordhav Aqua | The company | said | its staff had checked the moorings\n"},
        {"Welsh, Hebrew, Dutch and German particles inside a name",
         "Sheep theft\n\n"
         "Hywel ap Rhys, the guild’s rural affairs spokesman, said every sheep should carry a tag. Mr ap Rhys added that thefts had doubled.\n\n"
         "Anna ter Horst said the flock was gone.",
         "indirect | Hywel ap Rhys | Hywel ap Rhys, the guild’s rural affairs spokesman | said | every sheep should carry a tag\n"
         "indirect | Hywel ap Rhys | Mr ap Rhys | added | thefts had doubled\n"
         "indirect | Anna ter Horst | Anna ter Horst | said | the flock was gone\n"},
        {"a document, its participle and when it came out before the cue: the document, not the participle",
         "Holiday lets\n\n"
         "A council survey published in January found that 41 percent of homes stood empty.\n\n"
         "A report released on Monday has found that one in five flats has no window.",
         "indirect | council survey | A council survey published in January | found | 41 percent of homes stood empty\n"
         "indirect | report | A report released on Monday | found | one in five flats has no window\n"},
        {"hyphenated co- and vice- roles; the body or person 'behind' a thing",
         "Affordable homes cut\n\n"
         "The developer behind the 600-flat Kelsall Wharf scheme has told the council it can no longer afford the homes.\n\n"
         "\"Every developer in this city is watching,\" said the group's co-ordinator, Abena Sarpong-Ellis.",
         "indirect | developer behind the 600-flat Kelsall Wharf scheme | The developer behind the 600-flat Kelsall Wharf scheme | told | it can no longer afford the homes\n"
         "direct | Abena Sarpong-Ellis | the group's co-ordinator, Abena Sarpong-Ellis | said | Every developer in this city is watching,\n"},
        {"a condition after a comma with another's act inside it stays in the report",
         "Voice actors strike\n\n"
         "The guild said its members would not record new work for the studios, which include Hexbright and Northfold, until the companies agreed to seek consent.",
         "indirect | guild | The guild | said | its members would not record new work for the studios, which include Hexbright and Northfold, until the companies agreed to seek consent\n"},
        {"a long participle aside between the document and its cue; a document's 'of' phrase before its author",
         "Union audit\n\n"
         "The audit, carried out by the accountancy firm Pennick Shaw and presented to the union’s executive on Thursday, found that £310,000 had been spent on the flat.\n\n"
         "A survey of 9,200 members by the association, published in September, found that 61 percent would consider leaving.",
         "indirect | Pennick Shaw | The audit, carried out by the accountancy firm Pennick Shaw and presented to the union’s executive on Thursday | found | £310,000 had been spent on the flat\n"
         "indirect | association | the association, published in September | found | 61 percent would consider leaving\n"},
        {"a quotation after a subject and its verb inside a that-clause whose cue has phrases of its own is the report's",
         "Lunch debt\n\n"
         "State Sen. Wallace Creighton said in a statement that the gift showed “communities stepping up where government doesn’t need to.”",
         "mixed | Wallace Creighton | State Sen. Wallace Creighton | said | the gift showed “communities stepping up where government doesn’t need to.”\n"},
        {"the writer's gloss after a comma: a noun and its relative clause",
         "Lunch debt\n\n"
         "She argued that the state should restore free meals for all students, a proposal that failed in the legislature last year by four votes.",
         "indirect | - | She | argued | the state should restore free meals for all students\n"},
        {"a name and its apposition opening the sentence are the subject of a later participle's clause",
         "Dean on television\n\n"
         "Dean, a medical doctor, then appeared on MSNBC on Tuesday and began by saying he would “never” diagnose someone through television.",
         "mixed | Dean | Dean, a medical doctor | saying | he would “never” diagnose someone through television\n"},
        {"an adverb before the participle of the writer's gloss",
         "Personal insult\n\n"
         "The president told African-Americans this weekend he would consider it a \"personal insult\" if they did not vote for Mrs. Clinton, implicitly putting his name on the line.",
         "mixed | president | The president | told | he would consider it a \"personal insult\" if they did not vote for Mrs. Clinton\n"},
        {"courtesy titles leave the office in apposition to be said; arts roles; a role with its article before a name and a relative clause",
         "Cathedral fee\n\n"
         "The Very Rev. Dr Adebayo Hallam-Price, the dean, said the decision had been hard.\n\n"
         "The dean said the fee would be reviewed after a year.\n\n"
         "The ballet postponed the premiere after a choreographer from Lisvane alleged that a section had been lifted.\n\n"
         "Pellucid’s co-founder, the animator Keiko Arashiro-Vance, who left the board in 2022, said she had offered to buy it.",
         "indirect | Adebayo Hallam-Price | Very Rev. Dr Adebayo Hallam-Price, the dean | said | the decision had been hard\n"
         "indirect | Adebayo Hallam-Price | The dean | said | the fee would be reviewed after a year\n"
         "indirect | choreographer from Lisvane | a choreographer from Lisvane | alleged | a section had been lifted\n"
         "indirect | Keiko Arashiro-Vance | Pellucid’s co-founder, the animator Keiko Arashiro-Vance, who left the board in 2022 | said | she had offered to buy it\n"},
        {"a plural's apostrophe before 'and' inside a union's name; a description after a role's 'of' phrase is its apposition; a cathedral's chapter",
         "Soap axed\n\n"
         "The Actors’ and Broadcast Workers’ Union said it would fight for every job.\n\n"
         "The editor of the Marlow Ledger, the oldest daily newspaper in the state, resigned on Monday, saying the owner had blocked an investigation.\n\n"
         "Residents will go in free, the Chapter of St Aldric’s Cathedral said. The chapter said a pass would be available.",
         "indirect | Actors’ and Broadcast Workers’ Union | Actors’ and Broadcast Workers’ Union | said | it would fight for every job\n"
         "indirect | editor | The editor of the Marlow Ledger | saying | the owner had blocked an investigation\n"
         "indirect | Chapter of St Aldric’s Cathedral | Chapter of St Aldric’s Cathedral | said | Residents will go in free\n"
         "indirect | Chapter of St Aldric’s Cathedral | The chapter | said | a pass would be available\n"},
        {"a long recipient of 'told' before the request's infinitive, a count and a participle in it",
         "Volcano alert\n\n"
         "Scientists on the island of Tavara told the 11,000 people living on its slopes to be ready to leave at short notice.",
         "indirect | Scientists on the island of Tavara | Scientists on the island of Tavara | told | to be ready to leave at short notice\n"},
        {"a cue inside ', whose NOUN …,' ends at the clause's comma, and the sentence's own cue is found",
         "Parole denied\n\n"
         "District Attorney Imogen Whitcombe, whose office opposed Pruitt's release, wrote that he \"remains a man who tells this board what it wants to hear.\"",
         "indirect | Imogen Whitcombe | District Attorney Imogen Whitcombe, whose office | opposed | Pruitt's release\n"
         "mixed | Imogen Whitcombe | District Attorney Imogen Whitcombe, whose office opposed Pruitt's release | wrote | he \"remains a man who tells this board what it wants to hear.\"\n"},
        {"'parts of which' opens a relative clause in apposition to a document",
         "Online voting scrapped\n\n"
         "The 84-page audit, parts of which were published on Thursday, found that the servers accepted unsigned updates.",
         "indirect | 84-page audit | The 84-page audit, parts of which were published on Thursday | found | the servers accepted unsigned updates\n"},
        {"Italian particles, British ranks, and a document's author: a name and the lower-case body it qualifies",
         "Glassblowers\n\n"
         "Marco dalla Valle said the first year nearly broke them. Pte Kwame Asante-Boateng, who was 18 at the time, said he had spent 40 minutes in the river.\n\n"
         "Mirelo has extradited four people in ten years, according to figures from the Mirelan justice ministry.\n\n"
         "The leaders agreed to meet again, according to a separate declaration issued by the Lomare government.",
         "indirect | Marco dalla Valle | Marco dalla Valle | said | the first year nearly broke them\n"
         "indirect | Kwame Asante-Boateng | Pte Kwame Asante-Boateng, who was 18 at the time | said | he had spent 40 minutes in the river\n"
         "indirect | Mirelan justice ministry | figures from the Mirelan justice ministry | according to | Mirelo has extradited four people in ten years\n"
         "indirect | Lomare government | a separate declaration issued by the Lomare government | according to | The leaders agreed to meet again\n"},
        {"a role's word opening a body's name that ends in a body's noun; not a rival's",
         "Cabin bags\n\n"
         "The Passenger Rights Office said it had received more than 2,300 complaints.\n\n"
         "Rival Lumen Labs said it would cut its price.",
         "indirect | Passenger Rights Office | Passenger Rights Office | said | it had received more than 2,300 complaints\n"
         "indirect | Lumen Labs | Rival Lumen Labs | said | it would cut its price\n"},
        {"after a comma, 'and', a time and the subject's perfect are the speaker's next act",
         "Flood visit\n\n"
         "By comparison, Clinton had said she would visit at some later time, and to date has only issued a tweet about the state.",
         "indirect | Clinton | Clinton | said | she would visit at some later time\n"},
        {"', as has X' after a reported clause is the writer's comparison",
         "Latino voters\n\n"
         "Two Republican members of Congress from Florida have said they will not back Mr. Trump, as has Carlos A. Gimenez, the Republican mayor of Miami-Dade County.",
         "indirect | Two Republican members of Congress from Florida | Two Republican members of Congress from Florida | said | they will not back Mr. Trump\n"},
        {"'as he/she' and a verb after a report: the speaker's doing meanwhile, unless the report holds another it may be",
         "Campaign trail\n\n"
         "Rubio said he wanted to stoke positive energy as he stopped by his campaign headquarters in Manchester.\n\n"
         "The driver said the low sun had blinded him as he came over the brow of the hill.",
         "indirect | Rubio | Rubio | said | he wanted to stoke positive energy\n"
         "indirect | driver | The driver | said | the low sun had blinded him as he came over the brow of the hill\n"},
        {"an inverted cue, an owner's role with its 'of' field, then the holder's name after a comma",
         "Branch closures\n\n"
         "\"This is not a decision we have taken lightly,\" said Marrowgate’s head of retail banking, Beatriz Calloway-Nunes.\n\n"
         "\"It was hard,\" said the bank's head of retail banking, Beatriz Calloway-Nunes.",
         "direct | Beatriz Calloway-Nunes | Marrowgate’s head of retail banking, Beatriz Calloway-Nunes | said | This is not a decision we have taken lightly,\n"
         "direct | Beatriz Calloway-Nunes | the bank's head of retail banking, Beatriz Calloway-Nunes | said | It was hard,\n"},
        {"a role and its holder after a thing's 'of' inside a relative clause are not the subject",
         "Recession\n\n"
         "Lucia Ferrante, who sells cups and is no relation of the opposition leader, Matteo Ferrante, said her takings were down.",
         "indirect | Lucia Ferrante | Lucia Ferrante, who sells cups and is no relation of the opposition leader, Matteo Ferrante | said | her takings were down\n"},
        {"a place's possessive and lower-case words name the body named in capitals later",
         "Ranger killed\n\n"
         "A ranger was shot dead in a gunfight with poachers, Zembara’s wildlife authority said on Sunday.\n\n"
         "The ranger had worked in the reserve for six years, the authority said. The Zembara Wildlife Authority said it would double patrols.",
         "indirect | Zembara Wildlife Authority | Zembara’s wildlife authority | said | A ranger was shot dead in a gunfight with poachers\n"
         "indirect | Zembara Wildlife Authority | the authority | said | The ranger had worked in the reserve for six years\n"
         "indirect | Zembara Wildlife Authority | Zembara Wildlife Authority | said | it would double patrols\n"},
        {"more participles of the writer's consequence after a report: ending, clearing, setting off",
         "Retirement\n\n"
         "Rep. Maureen Halloran-Osei announced on Monday that she would retire at the end of her term, setting off a scramble for one of the few competitive seats.\n\n"
         "Former state treasurer Paloma Ruiz said she would challenge Senator Gareth Wilmot in next year's primary, ending months of speculation.",
         "indirect | Maureen Halloran-Osei | Rep. Maureen Halloran-Osei | announced | she would retire at the end of her term\n"
         "indirect | Paloma Ruiz | Former state treasurer Paloma Ruiz | said | she would challenge Senator Gareth Wilmot in next year's primary\n"},
        {"a document sent on behalf of a body speaks for it",
         "Beaver dams\n\n"
         "The letter, sent on Monday on behalf of the Lower Lusk Graziers’ Association, said the beavers had flooded 300 acres.",
         "indirect | Lower Lusk Graziers’ Association | The letter, sent on Monday on behalf of the Lower Lusk Graziers’ Association | said | the beavers had flooded 300 acres\n"},
        {"a prospectus speaks for its owner",
         "Listing slump\n\n"
         "Brewhaven lost $38 million last year, according to the company's prospectus.",
         "indirect | company | the company's prospectus | according to | Brewhaven lost $38 million last year\n"},
        {"a request for anonymity is the terms of speaking, not a report",
         "Campaign manager replaced\n\n"
         "The people, who requested anonymity because they were not authorized to discuss personnel matters, said the decision was made on Sunday.",
         "indirect | people | The people, who requested anonymity because they were not authorized to discuss personnel matters | said | the decision was made on Sunday\n"},
        {"a share of a group with a relative clause reports, and opens a report of its own after ', and'",
         "Suburban poll\n\n"
         "Haldane described the vice president’s child care plan as “a handout dressed up as policy,” and nearly a third of suburban women who watched it told the institute the remark made them less likely to vote for him.",
         "mixed | Haldane | Haldane | described | the vice president’s child care plan as “a handout dressed up as policy,”\n"
         "indirect | third of suburban women | a third of suburban women who watched it | told | the remark made them less likely to vote for him\n"},
        {"a pronoun opening the sentence after one a definite role opens stands for the role's holder",
         "Campaign shake-up\n\n"
         "Gov. Inés Ruiz-Castellanos has removed her campaign manager, according to three people.\n\n"
         "Rep. Carolyn Baptiste said she had warned campaign officials in June.\n\n"
         "The governor addressed the change only briefly at a factory on Wednesday. She told workers that she was grateful.",
         "indirect | people | three people | according to | Gov. Inés Ruiz-Castellanos has removed her campaign manager\n"
         "indirect | Carolyn Baptiste | Rep. Carolyn Baptiste | said | she had warned campaign officials in June\n"
         "indirect | Inés Ruiz-Castellanos | She | told | she was grateful\n"},
        {"a plural's lone apostrophe is its possessive, no quote mark that cuts the clause",
         "Propaganda photos\n\n"
         "The group uses the same photo over and over again, said Rita Katz, who tracks terrorists' communications.\n\n"
         "Sanders told Charlie Rose on the senators' program that linking him to the massacre was unfair.",
         "indirect | Rita Katz | Rita Katz, who tracks terrorists' communications | said | The group uses the same photo over and over again\n"
         "indirect | Sanders | Sanders | told | linking him to the massacre was unfair\n"},
        {"a phrase owning the next words is no speaker after the verb; a naming participle with 'with' names nothing",
         "Siblings\n\n"
         "Their coach, Dagny Lorentzen, says the siblings' greatest strength is that \"they are not polite to each other on court\".\n\n"
         "Ben-Haddou said she had counted more than 1.1 million audio clips, many labelled with users’ email addresses.",
         "mixed | Dagny Lorentzen | Their coach, Dagny Lorentzen | says | the siblings' greatest strength is that \"they are not polite to each other on court\"\n"
         "indirect | Ben-Haddou | Ben-Haddou | said | she had counted more than 1.1 million audio clips, many labelled with users’ email addresses\n"},
        {"a quotation after a comma that goes on a cue's object is an item of it",
         "Labour history\n\n"
         "Frank cites the United Auto Workers’ support for the Civil Rights Act, “the union placards carried by marchers” and the 1968 sanitation workers’ strike as counterevidence.",
         "mixed | Frank | Frank | cites | the United Auto Workers’ support for the Civil Rights Act, “the union placards carried by marchers” and the 1968 sanitation workers’ strike as counterevidence\n"},
        {"after 'according to X,' a conjunction and a report of its own, or 'but', end the report",
         "Gas prices\n\n"
         "Prices at the Vell hub rose 14 percent on Monday, according to exchange data, and analysts said the shutdown would push up prices.\n\n"
         "Trump has won 758 delegates, according to a CNN tally, but his pathway to victory is narrowing.",
         "indirect | exchange data | exchange data | according to | Prices at the Vell hub rose 14 percent on Monday\n"
         "indirect | analysts | analysts | said | the shutdown would push up prices\n"
         "indirect | CNN | a CNN tally | according to | Trump has won 758 delegates\n"},
        {"a recipient verb in the passive with its agent: the agent told, the that-clause after it was told",
         "Heating bills\n\n"
         "Residents of three tower blocks have been told by the company that runs their shared heating network that their charges will rise by 70 percent.",
         "indirect | company | the company | told | their charges will rise by 70 percent\n"},
        {"'Asked by' a role and a name between commas, then the question",
         "Whooping cough\n\n"
         "Asked by an opposition MP, Kwame Rautio, whether the government had cut funding for antenatal classes, the minister said spending had risen.",
         "indirect | Kwame Rautio | an opposition MP, Kwame Rautio | Asked | whether the government had cut funding for antenatal classes\n"
         "indirect | minister | the minister | said | spending had risen\n"},
        {"a body named after 'after the' is a subordinate clause's subject, not a participle's object",
         "Transfer collapses\n\n"
         "Atlético Sarreval’s deadline-day signing of midfielder Théo Moreau-Diallo has collapsed after the Valdorian Professional League (VPL) ruled that the documents had arrived late.\n\n"
         "In a statement, the VPL said that the window had closed at midnight.",
         "indirect | Valdorian Professional League | Valdorian Professional League (VPL) | ruled | the documents had arrived late\n"
         "indirect | Valdorian Professional League | VPL | said | the window had closed at midnight\n"},
        {"a question after 'Asked whether' keeps its own times",
         "Terminal inquiry\n\n"
         "Asked by reporters whether a decision could come before next spring’s presidential election, the minister said he could not say.",
         "indirect | reporters | reporters | Asked | whether a decision could come before next spring’s presidential election\n"
         "indirect | minister | the minister | said | he could not say\n"},
        {"a document with a participle and its time after a name: the name wrote it",
         "Polls\n\n"
         "A poll by Norvik Research published on Tuesday found that 54 percent of voters preferred a deal.\n\n"
         "A Kestrel Insight poll published on Tuesday found the Centre Party had 34 per cent support.",
         "indirect | Norvik Research | A poll by Norvik Research published on Tuesday | found | 54 percent of voters preferred a deal\n"
         "indirect | Kestrel Insight | Kestrel Insight poll published on Tuesday | found | the Centre Party had 34 per cent support\n"},
        {"a past verb after 'but' cannot go on a clause with a past modal: the speaker's next act",
         "University deficits\n\n"
         "Education Minister Joakim Strand said the government would «study the report carefully» but gave no commitment to lift the fee freeze.",
         "mixed | Joakim Strand | Education Minister Joakim Strand | said | the government would «study the report carefully»\n"},
        {"after a comma and 'and', a past verb at once is the subject's next act",
         "Benghazi\n\n"
         "The State Department repeatedly obfuscated facts, admitted it withheld emails, and delayed findings during the investigation.",
         "indirect | State Department | The State Department | admitted | it withheld emails\n"},
        {"a naming participle with a quotation a few words on reports wherever it stands; 'and' and another subject's participle end it",
         "Union support\n\n"
         "Unions are among Clinton's supporters, with the American Federation of Teachers calling her “the champion working families need” and its president hugging her on stage.",
         "mixed | American Federation of Teachers | American Federation of Teachers | calling | her “the champion working families need”\n"},
        {"'its' before a document stands for the body named before, who wrote it",
         "Gas cartel\n\n"
         "The Fair Trading Commission said on Monday that three suppliers had shared out customers. Its investigation found that the arrangement had pushed up prices by 12 per cent.",
         "indirect | Fair Trading Commission | Fair Trading Commission | said | three suppliers had shared out customers\n"
         "indirect | Fair Trading Commission | Its investigation | found | the arrangement had pushed up prices by 12 per cent\n"},
        {"a gerund after a preposition has the sentence's subject, which a later verb after 'but' shares",
         "Juror removed\n\n"
         "A federal judge removed a juror from the trial of two brothers on Thursday after learning she had posted about the case on Facebook, but refused to declare a mistrial.",
         "indirect | federal judge | A federal judge | learning | she had posted about the case on Facebook\n"
         "indirect | federal judge | A federal judge | refused | to declare a mistrial\n"},
        {"'known as', 'known for', 'known by': a name or a reputation, no report",
         "Movement\n\n"
         "Ginsburg is known for speaking her mind on other issues.\n\n"
         "Manafort is not known as a debate prep expert, his aides said.",
         "indirect | aides | his aides | said | Manafort is not known as a debate prep expert\n"},
        {"a standing, then the poll it was measured in: the poll reports it (PolNeAR's convention)",
         "Race tightens\n\n"
         "But he fell to 10 percent in the latest CNN/ORC poll released Wednesday.\n\n"
         "He will head to New Hampshire, where he has had a big lead in the most recent polls, needing a strong showing.",
         "indirect | CNN | the latest CNN/ORC poll released Wednesday | in | he fell to 10 percent\n"
         "indirect | most recent polls | the most recent polls | in | he has had a big lead\n"},
        {"an archive's headline with a full stop added is still a headline: a bare role before 'says' speaks",
         "Sanders will back Clinton, eventually, former rival says.\n\n"
         "Bernie Sanders will throw his support to Hillary Clinton, he told reporters.",
         "indirect | Bernie Sanders | former rival | says | Sanders will back Clinton, eventually\n"
         "indirect | Bernie Sanders | he | told | Bernie Sanders will throw his support to Hillary Clinton\n"},
        {"a headline's clause after its semicolon is all a clause-final attribution reports",
         "Historians: Clinton, Obama linked no matter what;  Her fate in November hinges on Obama's popularity, analyst says.\n\n"
         "For better or worse, her fate is linked to his.",
         "indirect | Historians | Historians | : | Clinton, Obama linked no matter what\n"
         "indirect | analyst | analyst | says | Her fate in November hinges on Obama's popularity\n"},
        {"'As stated in', 'as noted in' a document: where it was said speaks, up to the comma",
         "Visa questions\n\n"
         "As stated in Davis' commentary, there are conflicting stories about how his wife was able to work here.\n\n"
         "As reported by the Times, the company lost money last year.",
         "indirect | Davis | Davis | stated | there are conflicting stories about how his wife was able to work here\n"
         "indirect | Times | the Times | reported | the company lost money last year\n"},
        {"a comma inside a quotation's close, then 'but' and a past verb: the speaker's next act",
         "Shooting\n\n"
         "Trump further described the incident as a “terrible situation,” but stopped short of calling the officer's actions racially motivated.",
         "mixed | Trump | Trump | described | the incident as a “terrible situation,”\n"},
        {"a progressive naming a thing 'as' a quotation is finite: its subject speaks",
         "Reid\n\n"
         "Senate Minority Leader Harry Reid, in particular, has been steadily pounding Trump as a “con artist” every week.",
         "mixed | Harry Reid | Senate Minority Leader Harry Reid | pounding | Trump as a “con artist” every week\n"},
        {"a statement from a named body is the body's",
         "Polio truce\n\n"
         "There have been 11 cases of paralysis this year, according to a statement from the Red Lantern Society.",
         "indirect | Red Lantern Society | a statement from the Red Lantern Society | according to | There have been 11 cases of paralysis this year\n"},
        {"one who speaks for a person, with a name in apposition: the name is the spokesperson's",
         "Dispatch audit\n\n"
         "A spokeswoman for the mayor, Leticia Moreno-Aguilar, said the mayor would respond.\n\n"
         "An aide to the governor, Tom Reyes, said the governor would sign it.",
         "indirect | Leticia Moreno-Aguilar | A spokeswoman for the mayor, Leticia Moreno-Aguilar | said | the mayor would respond\n"
         "indirect | Tom Reyes | An aide to the governor, Tom Reyes | said | the governor would sign it\n"},
        {"a body's role with a that-clause opening the sentence, then its name in apposition",
         "Pension cut\n\n"
         "The union that represented most of the yard’s workforce, the Amalgamated Shipwrights’ Guild, called the decision “a betrayal”.",
         "mixed | Amalgamated Shipwrights’ Guild | The union that represented most of the yard’s workforce, the Amalgamated Shipwrights’ Guild | called | the decision “a betrayal”\n"},
        {"a party's name before a lower-case 'party' is its name",
         "Ties restored\n\n"
         "The nationalist Tarvan First party called the deal \"a surrender dressed up as diplomacy.\"",
         "mixed | Tarvan First | Tarvan First party | called | the deal \"a surrender dressed up as diplomacy.\"\n"},
        {"a cue's word after an article, a number or a capital is a noun inside a naming's object",
         "Fact-checking\n\n"
         "PolitiFact rated 22% of Democratic claims as “entirely true” compared to 11% of Republican claims.",
         "mixed | PolitiFact | PolitiFact | rated | 22% of Democratic claims as “entirely true” compared to 11% of Republican claims\n"},
        {"a trade capitalised by the sentence's start before a name is what the body is",
         "Four-day week\n\n"
         "Insurer Valmont said on Monday that the trial had ended.\n\n"
         "Carmaker Maltraven said it had shared drivers' data.",
         "indirect | Valmont | Insurer Valmont | said | the trial had ended\n"
         "indirect | Maltraven | Carmaker Maltraven | said | it had shared drivers' data\n"},
        {"'yet' after a negation or an auxiliary is an adverb, no conjunction starting another report",
         "School closure\n\n"
         "The head teacher, Mrs Lorna Pilkington, said she had not yet told the children.",
         "indirect | Lorna Pilkington | The head teacher, Mrs Lorna Pilkington | said | she had not yet told the children\n"},
        {"'Asked by' a role with its 'of' field and a name between commas",
         "Mastiff\n\n"
         "Asked by the chairman of the bench, Elspeth Morven-Clarke, whether the dog had bitten anyone before, Ellery said it had not.",
         "indirect | Elspeth Morven-Clarke | the chairman of the bench, Elspeth Morven-Clarke | Asked | whether the dog had bitten anyone before\n"
         "indirect | Ellery | Ellery | said | it had not\n"},
        {"a role with the participle of whom it represents, then a name: the name holds the role",
         "Pension fraud\n\n"
         "A lawyer representing a group of the savers, Miriam Goldfarb, said many of her clients were in their seventies.",
         "indirect | Miriam Goldfarb | A lawyer representing a group of the savers, Miriam Goldfarb | said | many of her clients were in their seventies\n"},
        {"after 'asked him whether …', a name inside the question is not who answers",
         "Burglar\n\n"
         "Ifeanyi Adebayo-Lawson, 46, was cleared on Friday.\n\n"
         "Under cross-examination, Ms Fairweather asked him whether he had struck Mr Colley after he had stopped moving. He insisted he had not.",
         "indirect | Fairweather | Ms Fairweather | asked | whether he had struck Mr Colley after he had stopped moving\n"
         "indirect | Ifeanyi Adebayo-Lawson | He | insisted | he had not\n"},
        {"a thing written, with its aside, and 'read:' before a quotation speaks it",
         "Landlord jailed\n\n"
         "One text message, sent by a housemate in December, read: ‘The boiler is making a weird noise.’\n\n"
         "The sign read: “No entry.”",
         "direct | text message | One text message, sent by a housemate in December | read | The boiler is making a weird noise.\n"
         "direct | sign | The sign | read | No entry.\n"},
        {"an alert named again is the alert of the body that issued it",
         "Overdoses\n\n"
         "The Penhallow Department of Public Health put out an emergency alert on Thursday, warning that street drugs were being cut with a sedative.\n\n"
         "Tests on blood drawn from patients found medetomidine, according to the alert.",
         "indirect | Penhallow Department of Public Health | The Penhallow Department of Public Health | warning | street drugs were being cut with a sedative\n"
         "indirect | Penhallow Department of Public Health | the alert | according to | Tests on blood drawn from patients found medetomidine\n"},
        {"'going on to' another act between two quotations parts them",
         "Millennials\n\n"
         "\"This is what I know. We like you, we don't like you,\" Sanders said, going on to contrast Clinton's proposals with those of Trump. \"So I would just simply say to the millennials: look at the issues.\"",
         "direct | Sanders | Sanders | said | This is what I know. We like you, we don't like you,\n"
         "direct | Sanders | Sanders | - | So I would just simply say to the millennials: look at the issues.\n"},
        {"church offices before a name are roles, not part of it",
         "Lead theft\n\n"
         "Churchwarden Derek Ollerenshaw, 72, said the village had raised £31,000 after the last theft.",
         "indirect | Derek Ollerenshaw | Churchwarden Derek Ollerenshaw, 72 | said | the village had raised £31,000 after the last theft\n"},
        {"a body and its which-clause open the sentence: the subject of a later participle of speech",
         "Fuel allowance\n\n"
         "The charity, which is run by the diocese of Saint-Aubrac, lowered the rate on May 1, saying its grant had been reduced by a third.",
         "indirect | charity | The charity | saying | its grant had been reduced by a third\n"},
        {"\"Cr\", the Australian councillor's title, is an honorific before a surname",
         "Rates rise\n\n"
         "Councillor Colleen Fitzgibbon moved the motion. Cr Fitzgibbon said the roads could not wait another year.",
         "indirect | Colleen Fitzgibbon | Cr Fitzgibbon | said | the roads could not wait another year\n"},
        {"a document's participle aside with \"alongside\" before its cue",
         "Rail line\n\n"
         "An independent review by the engineering consultancy Halvorsen Dias, published alongside the announcement, found that the cost had been badly underestimated.",
         "indirect | Halvorsen Dias | An independent review by the engineering consultancy Halvorsen Dias, published alongside the announcement | found | the cost had been badly underestimated\n"},
        {"after a clause-final attribution, \"after …\" and \"two days after …\" are the writer's, not the report",
         "Rail line\n\n"
         "The northern section will be postponed indefinitely, Transport Minister Esperanza Villalobos-Kerr told parliament on Tuesday, after the estimated cost rose for the third time.\n\n"
         "Hillary Clinton won the Missouri primary, the Associated Press said on Thursday, two days after voters went to the polls.",
         "indirect | Esperanza Villalobos-Kerr | Transport Minister Esperanza Villalobos-Kerr | told | The northern section will be postponed indefinitely\n"
         "indirect | Associated Press | Associated Press | said | Hillary Clinton won the Missouri primary\n"},
        {"a noun before a document's owner belongs to the owner: \"The statistics office’s report\"",
         "Recession\n\n"
         "The National Statistics Office published its figures on Friday. The statistics office’s report also found that business investment had fallen.",
         "indirect | National Statistics Office | The statistics office’s report | found | business investment had fallen\n"},
        {"a military title written short is the role its noun names later: \"Brig.\" is \"the brigadier\", \"Col.\" \"the colonel\"",
         "Stray shell\n\n"
         "Brig. Tomasz Ross said the guns were silent. Asked whether it was human error, the brigadier said it was too early to say.\n\n"
         "Col. Anna Reyes arrived later. The colonel said the range would reopen.",
         "indirect | Tomasz Ross | Brig. Tomasz Ross | said | the guns were silent\n"
         "indirect | - | - | Asked | whether it was human error\n"
         "indirect | Tomasz Ross | the brigadier | said | it was too early to say\n"
         "indirect | Anna Reyes | The colonel | said | the range would reopen\n"},
        {"an amount bounded by \"at least\", \"more than\" or \"up to\" opens the reported clause, no phrase of place",
         "Flood\n\n"
         "Police said at least 12 people had died. The Brannoch Veterans’ Association says more than 210 have died. Officials said up to 40 homes had been flooded.",
         "indirect | Police | Police | said | at least 12 people had died\n"
         "indirect | Brannoch Veterans’ Association | Brannoch Veterans’ Association | says | more than 210 have died\n"
         "indirect | Officials | Officials | said | up to 40 homes had been flooded\n"},
        {"\"One\" opening a sentence after a group is one of them, a source",
         "Academy\n\n"
         "Former cadets spoke to the Sentinel. One, now a 34-year-old infantry captain, said he had been made to stand in a freezing shower.",
         "indirect | One | One, now a 34-year-old infantry captain | said | he had been made to stand in a freezing shower\n"},
        {"\"Lt. Cdr.\" ends no sentence; \"not authorized to discuss\" is no report",
         "Grounding\n\n"
         "A navy spokesman, Lt. Cdr. Jonah Abernethy, said the delay was “regrettable”.\n\n"
         "Two traders, who spoke on condition of anonymity because they were not authorized to discuss client business, said the bank had sold reserves.",
         "mixed | Jonah Abernethy | A navy spokesman, Lt. Cdr. Jonah Abernethy | said | the delay was “regrettable”\n"
         "indirect | traders | Two traders, who spoke on condition of anonymity because they were not authorized to discuss client business | said | the bank had sold reserves\n"},
        {"\"with\" and a subject reporting through a participle of its own ends the report before it",
         "Rates\n\n"
         "The bank held rates this month, according to minutes published on Wednesday, with four of the nine members arguing that the economy was weak.\n\n"
         "The fund lost money, the accounts showed, with two trustees saying that the losses were hidden.",
         "indirect | minutes published on Wednesday | minutes published on Wednesday | according to | The bank held rates this month\n"
         "indirect | members | nine members | arguing | the economy was weak\n"
         "indirect | accounts | the accounts | showed | The fund lost money\n"
         "indirect | trustees | two trustees | saying | the losses were hidden\n"},
        {"\"states\" after a document is its verb; a person who \"found her body\" reports nothing",
         "Cold case\n\n"
         "Detectives then collected a coffee cup that Platt had thrown away, a criminal complaint states. A custodian found her body the next morning.",
         "indirect | criminal complaint | a criminal complaint | states | Detectives then collected a coffee cup that Platt had thrown away\n"},
        {"a summary's author after \"released by\" is who says it",
         "Arms deal\n\n"
         "Helix has committed to placing work with local firms, according to a summary released by the Ministry of Defence.",
         "indirect | Ministry of Defence | a summary released by the Ministry of Defence | according to | Helix has committed to placing work with local firms\n"},
        {"a name after a short opening phrase is its sentence's subject, the pronoun's antecedent before an earlier source",
         "Hail\n\n"
         "Regional assessor Dario Vell told reporters that the region would ask for help.\n\n"
         "Asked whether that would help growers, he said it “should help everyone”.\n\n"
         "Outside, Luca Ferrante was already talking about next year.\n\n"
         "“The vines are alive,” he said.",
         "indirect | Dario Vell | Dario Vell | told | the region would ask for help\n"
         "indirect | - | - | Asked | whether that would help growers\n"
         "mixed | Dario Vell | he | said | it “should help everyone”\n"
         "direct | Luca Ferrante | he | said | The vines are alive,\n"},
        {"\"for a\" and \"in the\" inside a body's name that its noun opens",
         "Press freedom\n\n"
         "The Committee for a Free Press in the Southern Littoral said at least nine journalists had been detained.",
         "indirect | Committee for a Free Press in the Southern Littoral | Committee for a Free Press in the Southern Littoral | said | at least nine journalists had been detained\n"},
        {"after a reported clause with its own subject, \"and fully supported\" goes on with it as \"and supported\" does",
         "Suspension\n\n"
         "The Rivermen said they were «disappointed» and fully supported the league’s program.",
         "mixed | Rivermen | Rivermen | said | they were «disappointed» and fully supported the league’s program\n"},
        {"a lone letter after \"and\" ends its sentence when a word of the language follows ('Blocks C and D. Inspectors')",
         "Barracks\n\n"
         "The notice gives the ministry until March 28 to empty Blocks C and D. Inspectors will return on March 30, the fire service said.",
         "indirect | fire service | the fire service | said | Inspectors will return on March 30\n"},
        {"\"but did not give …\" after a reported clause with its own subject is the speaker's act; \"but did not begrudge it\" goes on",
         "Deportation\n\n"
         "The ministry claimed the figure was exaggerated but did not give its own.\n\n"
         "Teodora Ruiz said she had lost a full Saturday's takings but did not begrudge it.",
         "indirect | ministry | The ministry | claimed | the figure was exaggerated\n"
         "indirect | Teodora Ruiz | Teodora Ruiz | said | she had lost a full Saturday's takings but did not begrudge it\n"},
        {"a figure's comparison (\"up from …\") goes on with the report when \"and that\" follows it",
         "Visas\n\n"
         "The report said 61,400 applications were waiting, up from 22,000 a year earlier, and that a third of posts were unfilled.",
         "indirect | report | The report | said | 61,400 applications were waiting, up from 22,000 a year earlier, and that a third of posts were unfilled\n"},
        {"\"the audit\" is the body whose name holds the word, not whoever spoke next to a report; the name's \"Audit\" is no document",
         "Expired medicines\n\n"
         "Expired medicines were supplied to health centres by the Bhairavgarh Medical Services Corporation, according to a report by the State Audit Department.\n\n"
         "In its reply, which is reproduced in the report, the corporation said the stock had been accepted during the pandemic. The audit found that most consignments had arrived later.",
         "indirect | State Audit Department | a report by the State Audit Department | according to | Expired medicines were supplied to health centres by the Bhairavgarh Medical Services Corporation\n"
         "indirect | Bhairavgarh Medical Services Corporation | the corporation | said | the stock had been accepted during the pandemic\n"
         "indirect | State Audit Department | The audit | found | most consignments had arrived later\n"},
        {"\"Mohd.\" is part of a name, no sentence's end; \"Varunapur-based\" is where a body is, not its name",
         "Licence\n\n"
         "The State Health Department cancelled the licence of Varunapur-based Sanjivani Remedies Pvt Ltd on Friday. Sanjivani Remedies said its product was not to blame.\n\n"
         "Leader of the Opposition Mohd. Irfan Ansari called the deaths \"murder by negligence\".",
         "indirect | Sanjivani Remedies Pvt Ltd | Sanjivani Remedies | said | its product was not to blame\n"
         "mixed | Mohd. Irfan Ansari | Leader of the Opposition Mohd. Irfan Ansari | called | the deaths \"murder by negligence\"\n"},
        {"an age before a sports position or a doer's noun describes whoever was just named (\"The 29-year-old right-hander\")",
         "Ace suspended\n\n"
         "Corlan City Rivermen pitcher Rafael Quiñones-Aybar was suspended for 80 games on Wednesday, the league announced.\n\n"
         "The 29-year-old right-hander, who won the award two seasons ago, denied that he had knowingly taken a banned substance.",
         "indirect | league | the league | announced | Corlan City Rivermen pitcher Rafael Quiñones-Aybar was suspended for 80 games on Wednesday\n"
         "indirect | Rafael Quiñones-Aybar | The 29-year-old right-hander, who won the award two seasons ago | denied | he had knowingly taken a banned substance\n"},
        {"a document \"dated … and signed by\" someone is theirs",
         "Leaked memo\n\n"
         "The memo, dated March 14 and signed by Deputy Commissioner Anton Greaves-Oyelowo, said the requests were \"necessary and proportionate\".",
         "mixed | Anton Greaves-Oyelowo | The memo, dated March 14 and signed by Deputy Commissioner Anton Greaves-Oyelowo | said | the requests were \"necessary and proportionate\"\n"},
        {"a study \"by\" a body \"at\" a university is the body's, not the university's",
         "Newspaper closes\n\n"
         "A 2023 study by the Centre for Local Journalism at Harwick University found that towns which lost their only newspaper saw turnout fall.",
         "indirect | Centre for Local Journalism | A 2023 study by the Centre for Local Journalism at Harwick University | found | towns which lost their only newspaper saw turnout fall\n"},
        {"an age in an apposition (\", a 34-year-old nurse,\") names who \"the 34-year-old\" is; a subject's phrase of place before its verb",
         "By-election\n\n"
         "Simran Sandhu, a 34-year-old emergency-room nurse, won with 47.2 per cent of the vote, according to unofficial results.\n\n"
         "The 34-year-old said her first priority at the legislature would be the emergency department.",
         "indirect | unofficial results | unofficial results | according to | Simran Sandhu, a 34-year-old emergency-room nurse, won with 47.2 per cent of the vote\n"
         "indirect | Simran Sandhu | The 34-year-old | said | her first priority at the legislature would be the emergency department\n"},
        {"\"ordered X out of the chamber\" sends someone away, no report",
         "Legislature\n\n"
         "The Speaker ordered Opposition health critic Dr. Rania Haddad out of the chamber on Wednesday.\n\n"
         "Dr. Haddad said the minister's figures were false.",
         "indirect | Rania Haddad | Dr. Haddad | said | the minister's figures were false\n"},
        {"a document \"by\" a role and its holder's name between commas is the holder's",
         "Builder sentenced\n\n"
         "A report by the company’s liquidator, Fenwick Rowe Partners, found Hearthstone had been insolvent since 2022.",
         "indirect | Fenwick Rowe Partners | A report by the company’s liquidator, Fenwick Rowe Partners | found | Hearthstone had been insolvent since 2022\n"},
        {"a place's possessive before a national body's name is whose it is; a second title after the first is no part of the name",
         "Wage board\n\n"
         "Valmora's National Wage Board said the minimum wage should rise by 9 per cent. The board said prices had risen.\n\n"
         "Its chair, Prof. Sir Dafydd ap Rhys, said the psalter was unique. Prof. ap Rhys said it mattered.",
         "indirect | National Wage Board | Valmora's National Wage Board | said | the minimum wage should rise by 9 per cent\n"
         "indirect | National Wage Board | The board | said | prices had risen\n"
         "indirect | Dafydd ap Rhys | Its chair, Prof. Sir Dafydd ap Rhys | said | the psalter was unique\n"
         "indirect | Dafydd ap Rhys | Prof. ap Rhys | said | it mattered\n"},
        {"a body named by its own words past an owner and a generic noun (\"the island’s mountain rescue team\")",
         "Campaign dropped\n\n"
         "Volunteers from Kelmora Mountain Rescue were busy all summer.\n\n"
         "The island’s mountain rescue team said the campaign had contributed to a surge in call-outs.",
         "indirect | Kelmora Mountain Rescue | The island’s mountain rescue team | said | the campaign had contributed to a surge in call-outs\n"},
        {"\"was called out\" summons a rescue team, no report",
         "Rescues\n\n"
         "Kelmora Mountain Rescue was called out 40 times this summer, the team said.",
         "indirect | Kelmora Mountain Rescue | the team | said | Kelmora Mountain Rescue was called out 40 times this summer\n"},
        {"a reported clause whose subject has a phrase of place takes the quoted end after its comma; \"published the same day\" is when",
         "Coaster stalls\n\n"
         "Bartholomew Lind said a sensor on the lift hill had detected a fault, “exactly as the system is designed to do.”\n\n"
         "A ministry report published the same day found that a valve had been shut in May.",
         "mixed | Bartholomew Lind | Bartholomew Lind | said | a sensor on the lift hill had detected a fault, “exactly as the system is designed to do.”\n"
         "indirect | ministry report | A ministry report published the same day | found | a valve had been shut in May\n"},
        {"a body's document with a participle aside after a name's \"The\"; a name ending in its document is its owner's",
         "Drought order\n\n"
         "The Office for Police Standards (OPS) investigated the death.\n\n"
         "The OPS report, published after the hearing, said no officer approached the cell.\n\n"
         "The National Water Office’s latest outlook, published on Friday, warned that rainfall would need to reach 120 per cent of normal.",
         "indirect | Office for Police Standards | OPS report, published after the hearing | said | no officer approached the cell\n"
         "indirect | National Water Office | National Water Office’s latest outlook, published on Friday | warned | rainfall would need to reach 120 per cent of normal\n"},
        {"a shop's name in the possessive before a past verb and its clause; an adjective before a group's possessive; a religious order's \"of\"",
         "Tills\n\n"
         "Corrigan’s announced last month that it would replace staffed tills in 120 stores. Bramwell's denied that any customer's data had been shared.\n\n"
         "The Older People’s Forum said it was worried. The Order of St Aldric, which ran six of the homes, said it apologised.",
         "indirect | Corrigan’s | Corrigan’s | announced | it would replace staffed tills in 120 stores\n"
         "indirect | Bramwell's | Bramwell's | denied | any customer's data had been shared\n"
         "indirect | Older People’s Forum | Older People’s Forum | said | it was worried\n"
         "indirect | Order of St Aldric | Order of St Aldric, which ran six of the homes | said | it apologised\n"},
        {"two roles of one person joined by \"and\" before the name; a body's document in a contact clause (\"A survey it published\")",
         "Record rejected\n\n"
         "Her coach and uncle, Benedikt Sørensen, called the ruling ‘pedantic beyond belief’.\n\n"
         "Silver Lantern runs nine centres. A survey it published last year found more than half of its users saw no one else on most days.",
         "mixed | Benedikt Sørensen | Her coach and uncle, Benedikt Sørensen | called | the ruling ‘pedantic beyond belief’\n"
         "indirect | survey | A survey | found | more than half of its users saw no one else on most days\n"},
        {"a body's name by the words that end its fuller name (\"The Human Services Agency\")",
         "Family centers\n\n"
         "The Tollard County Human Services Agency runs the centers.\n\n"
         "The Human Services Agency said staff would be offered jobs elsewhere.",
         "indirect | Tollard County Human Services Agency | Human Services Agency | said | staff would be offered jobs elsewhere\n"},
        {"observers \"from\" a named body speak for it",
         "Election\n\n"
         "Observers from the Inter-American Electoral Council said the election had been marred by vote-buying. Observers from the local watchdog Transparent Vote said turnout had been 61 percent.",
         "indirect | Inter-American Electoral Council | Observers from the Inter-American Electoral Council | said | the election had been marred by vote-buying\n"
         "indirect | Transparent Vote | Observers from the local watchdog Transparent Vote | said | turnout had been 61 percent\n"},
        {"a second connector after a body's noun and its field (\"Centre for Policy on Higher Education\"); a tenants' group's possessive",
         "Fees\n\n"
         "A report by the Centre for Policy on Higher Education said funding had fallen. The Kelderby Tenants' Voice said rents had risen.",
         "indirect | Centre for Policy on Higher Education | A report by the Centre for Policy on Higher Education | said | funding had fallen\n"
         "indirect | Kelderby Tenants' Voice | Kelderby Tenants' Voice | said | rents had risen\n"},
        {"a body's role and its holder after a name with \"of\" (\"Ministry of Education spokesman Kwesi Baah-Wiredu\")",
         "Ghost teachers\n\n"
         "Ministry of Education spokesman Kwesi Baah-Wiredu said the names had been removed. Mr Baah-Wiredu said every teacher would be paid.",
         "indirect | Kwesi Baah-Wiredu | Ministry of Education spokesman Kwesi Baah-Wiredu | said | the names had been removed\n"
         "indirect | Kwesi Baah-Wiredu | Mr Baah-Wiredu | said | every teacher would be paid\n"},
        {"a noun in -ing after an adjective is part of the noun phrase, no participle (\"the regional mining authority\")",
         "Tremors\n\n"
         "Drilling has been suspended, the regional mining authority said on Thursday. A woman who lives opposite the building said her objection was to the location.",
         "indirect | regional mining authority | the regional mining authority | said | Drilling has been suspended\n"
         "indirect | woman | A woman who lives opposite the building | said | her objection was to the location\n"},
        {"a document's author in a contact clause after it (\"a notice Pellam filed\", \"A survey the charity published\")",
         "Trial halted\n\n"
         "Pellam Biosciences halted the trial.\n\n"
         "The halt was recommended on Monday, according to a notice Pellam filed with the Federal Drug Safety Board.\n\n"
         "The charity Open Wings Trust campaigns for disabled travellers. A survey the charity published in March found that one in four users had been left waiting.",
         "indirect | Pellam Biosciences | a notice Pellam filed with the Federal Drug Safety Board | according to | The halt was recommended on Monday\n"
         "indirect | Open Wings Trust | A survey | found | one in four users had been left waiting\n"},
        {"\"Governor-elect\" and \"President Pro Tem\" are titles before a name, not part of it",
         "Commutations\n\n"
         "Governor-elect Duncan Aleksandrov said he would not have signed them. Senate President Pro Tem Halvard Eklund-Mbeki said the Senate had offered a dozen ways.",
         "indirect | Duncan Aleksandrov | Governor-elect Duncan Aleksandrov | said | he would not have signed them\n"
         "indirect | Halvard Eklund-Mbeki | Senate President Pro Tem Halvard Eklund-Mbeki | said | the Senate had offered a dozen ways\n"},
        {"a clause-final source with a lower-case owner before a body's name (\"the country's Product Safety Office\"); the owner of an office is not its voice",
         "Recall\n\n"
         "Voltique is recalling 410,000 power banks after three of them caught fire, the country's Product Safety Office said on Thursday.",
         "indirect | Product Safety Office | the country's Product Safety Office | said | Voltique is recalling 410,000 power banks after three of them caught fire\n"},
        {"the owner of an office is not its voice (\"the country's statistics office\")",
         "Prices\n\n"
         "Prices rose 3 percent, the country's statistics office said.",
         "indirect | country's statistics office | the country's statistics office | said | Prices rose 3 percent\n"},
        {"the Swedish particle \"af\" inside a name; \"Fr\" without a full stop is a priest's title",
         "Sentence cut\n\n"
         "Mr Fredriksen-Okoye’s lawyer, Johan af Ekenstam, said his client had been a small cog. Mr af Ekenstam said it was wrong.\n\n"
         "Fr Okafor, 44, said he had been overwhelmed.",
         "indirect | Johan af Ekenstam | Mr Fredriksen-Okoye’s lawyer, Johan af Ekenstam | said | his client had been a small cog\n"
         "indirect | Johan af Ekenstam | Mr af Ekenstam | said | it was wrong\n"
         "indirect | Okafor | Fr Okafor, 44 | said | he had been overwhelmed\n"},
        {"Malaysian, South Asian and Filipino titles and patronymics; a capitals label with a colon that opens the body once is a dateline",
         "Pledge\n\n"
         "KOTA LINTANG: Chief Minister Datuk Seri Azman Hashim said the state had money. Azman said it was true.\n\n"
         "Dr Haslinda binti Kassim, a political scientist, said the result was driven by anger. GRP chairman Dayang Rosnah anak Jugah said she would publish every title.\n\n"
         "Ma. Teresa Lim-Ocampo, national coordinator of the watch, said they had heard it before. His spokesman, Hadji Omar Lucman, said the minister respected the commission.",
         "indirect | Azman Hashim | Chief Minister Datuk Seri Azman Hashim | said | the state had money\n"
         "indirect | Azman Hashim | Azman | said | it was true\n"
         "indirect | Haslinda binti Kassim | Dr Haslinda binti Kassim, a political scientist | said | the result was driven by anger\n"
         "indirect | Dayang Rosnah anak Jugah | GRP chairman Dayang Rosnah anak Jugah | said | she would publish every title\n"
         "indirect | Ma. Teresa Lim-Ocampo | Ma. Teresa Lim-Ocampo, national coordinator of the watch | said | they had heard it before\n"
         "indirect | Omar Lucman | His spokesman, Hadji Omar Lucman | said | the minister respected the commission\n"},
        {"a role the lexicon lacks \"of\" a named body in apposition; a noun phrase with no verb or name describing the subject",
         "Lake closed\n\n"
         "Marcus Oyelaran, commodore of the Orrin Sailing Club, said members had been washing their boats for three years.\n\n"
         "The survey, the third since 2004, found snipe and redshank had also declined.",
         "indirect | Marcus Oyelaran | Marcus Oyelaran, commodore of the Orrin Sailing Club | said | members had been washing their boats for three years\n"
         "indirect | survey | The survey, the third since 2004 | found | snipe and redshank had also declined\n"},
        {"what an act brought about, after a quotation's comma, is the writer's (\"…,” prompting accusations\")",
         "Exhibition closed\n\n"
         "A senator complained that it “insulted working families,” prompting accusations of censorship.",
         "mixed | senator | A senator | complained | it “insulted working families,”\n"},
        {"\"Ven.\" (an archdeacon's Venerable) ends no sentence",
         "Garden sale\n\n"
         "The Archdeacon of Eastbrook, the Ven. Dr. Samuel Okwuosa, told the Gazette that no decision on a buyer had been made.",
         "indirect | Samuel Okwuosa | The Archdeacon of Eastbrook, the Ven. Dr. Samuel Okwuosa | told | no decision on a buyer had been made\n"},
        {"a portfolio word inside a body's name before a spokesman's role (\"Education Ministry spokesman\") names the body \"the ministry\" is later",
         "Schools reopen\n\n"
         "Ministry of Education spokesman Kwesi Baah-Wiredu said classes would resume on Monday.\n\n"
         "The ministry said it had written to every union in March.\n\n"
         "Interior Ministry spokeswoman Efua Ansah said roads were open. The ministry added that two bridges were shut.",
         "indirect | Kwesi Baah-Wiredu | Ministry of Education spokesman Kwesi Baah-Wiredu | said | classes would resume on Monday\n"
         "indirect | Ministry of Education | The ministry | said | it had written to every union in March\n"
         "indirect | Efua Ansah | Interior Ministry spokeswoman Efua Ansah | said | roads were open\n"
         "indirect | Interior Ministry | The ministry | added | two bridges were shut\n"},
        {"a body named in apposition to a possessed noun: its name alone (\"Its biggest creditor, the Bank of Arvel,\") or before its business noun (\"the Grupo Altamar chain\"), which \"the chain\" is later",
         "Hotel row\n\n"
         "The hotel’s owners, the Grupo Altamar chain, wrote to the council that the work would finish in May.\n\n"
         "Its biggest creditor, the Bank of Arvel, said it would not lend more. The chain said it had paid every bill.",
         "indirect | Grupo Altamar | The hotel’s owners, the Grupo Altamar chain | wrote | the work would finish in May\n"
         "indirect | Bank of Arvel | Its biggest creditor, the Bank of Arvel | said | it would not lend more\n"
         "indirect | Grupo Altamar | The chain | said | it had paid every bill\n"},
        {"\"Forum\" is a body's noun: \"for\" and its field stay in the name, and \"the forum\" is the body later",
         "Exam cancelled\n\n"
         "The Parents’ Forum for Quality Education called the cancellation “the only honest choice”.\n\n"
         "The forum said it would publish the marks next week.",
         "mixed | Parents’ Forum for Quality Education | Parents’ Forum for Quality Education | called | the cancellation “the only honest choice”\n"
         "indirect | Parents’ Forum for Quality Education | The forum | said | it would publish the marks next week\n"},
        {"a role of a body whose own name has \"of\" (\"The chairman of the board of trustees\"), alone or before its holder's name",
         "Panel clears president\n\n"
         "The chairman of the board of trustees, Raymond Achterberg, said the board retained full confidence in her.\n\n"
         "The head of the department of medicine, Dr Ama Owusu, said beds were full.\n\n"
         "The chairman of the board of governors said the school would stay open.",
         "indirect | Raymond Achterberg | The chairman of the board of trustees, Raymond Achterberg | said | the board retained full confidence in her\n"
         "indirect | Ama Owusu | The head of the department of medicine, Dr Ama Owusu | said | beds were full\n"
         "indirect | chairman of the board of governors | The chairman of the board of governors | said | the school would stay open\n"},
        {"after an opening \"According to X,\", a subject with its apposition and an act that is no plain speech is still X's report",
         "Professor sues university\n\n"
         "According to the complaint, the provost, Dr. Lionel Strand, rejected her tenure case in March.",
         "indirect | complaint | the complaint | According to | the provost, Dr. Lionel Strand, rejected her tenure case in March\n"},
        {"an election's results published by a body speak for it; a place that ends the opening phrase (\"At a polling station in Anse-Rouge,\") is no speaker",
         "Islands vote\n\n"
         "Voters have chosen free association, according to final results published on Sunday by the Referendum Commission.\n\n"
         "At a polling station in Anse-Rouge, fisherman Baptiste Ngata-Leclerc, 47, said he had voted for free association.",
         "indirect | Referendum Commission | final results published on Sunday by the Referendum Commission | according to | Voters have chosen free association\n"
         "indirect | Baptiste Ngata-Leclerc | Baptiste Ngata-Leclerc, 47 | said | he had voted for free association\n"},
        {"a company's name without its one business word (\"Pemberton Lisle\" for \"Pemberton Lisle Bank\") is the company",
         "Trader cleared\n\n"
         "Nikolai Ferrante-Oyelowo, 43, a former trader at Pemberton Lisle Bank, was charged with fraud.\n\n"
         "Pemberton Lisle paid $92 million in 2021 to settle claims, and admitted that its supervisors had ignored warnings.",
         "indirect | Pemberton Lisle Bank | Pemberton Lisle | admitted | its supervisors had ignored warnings\n"},
        {"after a verb that takes no object, a bare plural and a verb in -ed open the reported clause, which goes on after \"and\"",
         "Bike bus\n\n"
         "Hae-won Park, a nurse who started the bike bus, said officers pulled the riders over and held them there for 20 minutes.",
         "indirect | Hae-won Park | Hae-won Park, a nurse who started the bike bus | said | officers pulled the riders over and held them there for 20 minutes\n"},
        {"a year's article opens a document's phrase; an irregular participle's aside (\"seen by this newspaper\") after an opening conjunction or adverb",
         "Sea wall\n\n"
         "But a 2022 engineering survey, seen by this newspaper, found that the wall was in poor condition.\n\n"
         "However, the survey, written by two engineers, found that the wall was weak.",
         "indirect | 2022 engineering survey | a 2022 engineering survey, seen by this newspaper | found | the wall was in poor condition\n"
         "indirect | survey | the survey, written by two engineers | found | the wall was weak\n"},
        {"a participle's aside with its time, place or purpose, a particle between, after an opening conjunction, adverb or time; a finite verb's second act is no aside",
         "Sea wall\n\n"
         "But the survey, carried out in May, found that the wall was weak.\n\n"
         "In May, a federal judge, citing the law, ruled that the wall be fixed.\n\n"
         "Meanwhile, the report, published on Tuesday, warned that the harbour would flood.\n\n"
         "Senator Curtis Vandermeer, R-Tenn., voted against the bill and called it \"a federal takeover.\"",
         "indirect | survey | the survey, carried out in May | found | the wall was weak\n"
         "indirect | federal judge | a federal judge, citing the law | ruled | the wall be fixed\n"
         "indirect | report | the report, published on Tuesday | warned | the harbour would flood\n"
         "mixed | Curtis Vandermeer | Senator Curtis Vandermeer | called | it \"a federal takeover.\"\n"},
        {"a body's noun before a document (\"ministry figures\") and a pronoun in a contact clause (\"figures it released\", \"A survey it published\") name the body",
         "Carers\n\n"
         "The Department for Social Protection said it would pause the clawback.\n\n"
         "According to figures it released last month, about 134,000 carers owe money.\n\n"
         "The scheme will save 1.9 billion krona, according to department figures.\n\n"
         "A survey it published last year found that more than half of carers slept badly.",
         "indirect | Department for Social Protection | Department for Social Protection | said | it would pause the clawback\n"
         "indirect | Department for Social Protection | figures it released last month | According to | about 134,000 carers owe money\n"
         "indirect | Department for Social Protection | department figures | according to | The scheme will save 1.9 billion krona\n"
         "indirect | Department for Social Protection | A survey | found | more than half of carers slept badly\n"},
        {"\"then\" after an article or a possessive is part of the role (\"the terminal’s then safety manager, Gintaras Petrauskas,\")",
         "Port fined\n\n"
         "In a 2020 email to directors, read out in court, the terminal’s then safety manager, Gintaras Petrauskas, wrote: ‘Someone is going to be killed on this quay.’\n\n"
         "The then president, Ana Ruiz, said the port was safe.",
         "direct | Gintaras Petrauskas | the terminal’s then safety manager, Gintaras Petrauskas | wrote | Someone is going to be killed on this quay.\n"
         "indirect | Ana Ruiz | The then president, Ana Ruiz | said | the port was safe\n"},
        {"a participle's subject: \"Around\" before a number, a verb and its gerund (\"stopped teaching\"), a past verb after the name ending the subject's phrase",
         "Boycott\n\n"
         "AURELBERG, Feb. 9 — Around 600 doctoral researchers at the University of Aurelberg stopped teaching seminars on Monday, saying they had not been paid.\n\n"
         "About 200 lecturers stopped marking on Tuesday, saying the pay offer was too low.",
         "indirect | doctoral researchers | Around 600 doctoral researchers | saying | they had not been paid\n"
         "indirect | lecturers | About 200 lecturers | saying | the pay offer was too low\n"},
        {"a capitalised adjective opening the sentence before the people it describes is no name (\"Doctoral researchers stopped …, saying\")",
         "Boycott\n\n"
         "Doctoral researchers stopped teaching on Monday, saying they had been made to work without pay.",
         "indirect | Doctoral researchers | Doctoral researchers | saying | they had been made to work without pay\n"},
        {"two roles joined by \"and\" before the name after a quotation (\"co-founder and chief executive Shira Abergel-Navon told\")",
         "Runnr debut\n\n"
         "“We built Runnr in a rented garage,” co-founder and chief executive Shira Abergel-Navon told employees on the floor of the exchange. “Today, 300,000 couriers are building it with us.”",
         "direct | Shira Abergel-Navon | co-founder and chief executive Shira Abergel-Navon | told | We built Runnr in a rented garage, / Today, 300,000 couriers are building it with us.\n"},
        {"\"states\" between a noun with its article and \"that\" opening a clause is a verb of report (not \"the member states that signed\")",
         "Tie\n\n"
         "The section states that a tie “shall be resolved by lot in the presence of the candidates.”\n\n"
         "The member states that signed it agreed to the plan.",
         "mixed | section | The section | states | a tie “shall be resolved by lot in the presence of the candidates.”\n"},
        {"\"zoo\" and \"aquarium\" are bodies' nouns: a headline's \", zoo says\" and \"the aquarium\" later",
         "Tiger that injured keeper will not be put down, zoo says\n\n"
         "The Ashgrove Zoo said the tiger had acted on instinct. The aquarium next door said its pools were safe.",
         "indirect | Ashgrove Zoo | zoo | says | Tiger that injured keeper will not be put down\n"
         "indirect | Ashgrove Zoo | Ashgrove Zoo | said | the tiger had acted on instinct\n"
         "indirect | aquarium next door | The aquarium next door | said | its pools were safe\n"},
        {"a document by a body's own people (\"A report by the centre's veterinary team\") is the body's; a dying subject's verb in four letters opens a clause",
         "Sea lion\n\n"
         "The Halden Point Marine Centre said the animal died on Friday. A report by the centre's veterinary team found coins in its stomach.\n\n"
         "A survey by the country's largest teachers' union found that most teachers worked at weekends.",
         "indirect | Halden Point Marine Centre | Halden Point Marine Centre | said | the animal died on Friday\n"
         "indirect | Halden Point Marine Centre | A report by the centre's veterinary team | found | coins in its stomach\n"
         "indirect | survey by the country's largest teachers' union | A survey by the country's largest teachers' union | found | most teachers worked at weekends\n"},
        {"\"the station\" is a broadcaster named before (\"Radio Vellan\", a call sign); \"the newspaper\" a masthead",
         "Two broadcasters close\n\n"
         "Radio Vellan will shut in June, the station said. WKRV will close its newsroom, the station said.\n\n"
         "The Halberd Post will stop printing. According to the newspaper, 40 drivers will lose their jobs.",
         "indirect | Radio Vellan | the station | said | Radio Vellan will shut in June\n"
         "indirect | WKRV | the station | said | WKRV will close its newsroom\n"
         "indirect | Halberd Post | the newspaper | According to | 40 drivers will lose their jobs\n"},
        {"a quotation as a paragraph of its own, then \"So said NAME, …,\" in the next",
         "Residents fight to reopen steps\n\n"
         "“Two hundred and twelve steps. I have walked them every morning for thirty-one years.”\n\n"
         "So said Beatriz Salgado-Finch, 74, on Tuesday, standing at the foot of the steps.",
         "direct | Beatriz Salgado-Finch | Beatriz Salgado-Finch | said | Two hundred and twelve steps. I have walked them every morning for thirty-one years.\n"},
        {"\"according to\" a named owner's role, then the holder's name (\"Kresta’s deputy editor, Milena Horvat-Sabo\")",
         "Raid\n\n"
         "Officers arrived with a warrant, according to Kresta’s deputy editor, Milena Horvat-Sabo. She said the search lasted seven hours.",
         "indirect | Milena Horvat-Sabo | Kresta’s deputy editor, Milena Horvat-Sabo | according to | Officers arrived with a warrant\n"
         "indirect | Milena Horvat-Sabo | She | said | the search lasted seven hours\n"},
        {"a role in the plural (\"the organisers\") is the body the article gave that role (\"The organiser, Pixel Harbour Events,\")",
         "Heat at esports event\n\n"
         "The organiser, Pixel Harbour Events, said in a statement that a compressor had failed.\n\n"
         "The final will be played online next weekend, the organisers said.",
         "indirect | Pixel Harbour Events | The organiser, Pixel Harbour Events | said | a compressor had failed\n"
         "indirect | Pixel Harbour Events | the organisers | said | The final will be played online next weekend\n"},
        {"\"the ministry\" or \"the court\" is never a paper or a company named before (an unnamed ministry stays unnamed)",
         "Council vote\n\n"
         "Mayor Jane Holt told the Gazette the vote was a mistake.\n\n"
         "In a statement, the ministry said it would appeal.",
         "indirect | Jane Holt | Mayor Jane Holt | told | the vote was a mistake\n"
         "indirect | ministry | the ministry | said | it would appeal\n"},
        {"evidence \"from\" a body speaks for it, before and after the clause (\"figures from the Office for National Statistics showed\")",
         "Prices\n\n"
         "Prices rose 3% in May, figures from the Office for National Statistics showed.",
         "indirect | Office for National Statistics | figures from the Office for National Statistics | showed | Prices rose 3% in May\n"},
        {"\"the paper\" is the masthead named before, \"the polytechnic\" the university whose name holds it",
         "Courier\n\n"
         "The Kellagh Courier reported on Monday that the mayor had resigned.\n\n"
         "The paper said the council would meet on Friday.\n\n"
         "Students at Larchmont Polytechnic University protested. The polytechnic said classes would resume.",
         "indirect | Kellagh Courier | Kellagh Courier | reported | the mayor had resigned\n"
         "indirect | Kellagh Courier | The paper | said | the council would meet on Friday\n"
         "indirect | Larchmont Polytechnic University | The polytechnic | said | classes would resume\n"},
        {"a newspaper's publisher is a person, whom \"he\" takes up",
         "Gazette\n\n"
         "The Harbour Gazette will close. Owen Reyes, the newspaper’s publisher, said the decision was painful.\n\n"
         "\"It hurts,\" he said.",
         "indirect | Owen Reyes | Owen Reyes, the newspaper’s publisher | said | the decision was painful\n"
         "direct | Owen Reyes | he | said | It hurts,\n"},
        {"\"the health network\" is the body whose name holds \"health\"; \"president and CEO\" are two roles of one person",
         "Unit\n\n"
         "Brightwater Health will open a handover unit next month, the health network announced Thursday.\n\n"
         "“Every hour counts,” Brightwater president and CEO Rosalind Achterberg said.",
         "indirect | Brightwater Health | the health network | announced | Brightwater Health will open a handover unit next month\n"
         "direct | Rosalind Achterberg | Brightwater president and CEO Rosalind Achterberg | said | Every hour counts,\n"},
        {"an apposition that ends its sentence types the body (\"owned by Stellgrove Residential, a developer based in Pellham.\"), for \"the company\"",
         "Rent strike\n\n"
         "More than 200 tenants at the Harlow Creek apartment complex voted to keep withholding rent.\n\n"
         "The complex is owned by Stellgrove Residential, a developer based in the nearby city of Pellham. In a statement, the company said it had \"invested heavily\" in repairs.",
         "mixed | Stellgrove Residential | the company | said | it had \"invested heavily\" in repairs\n"},
        {"\"Brennholt Radio\" is a station, never the \"she\" who spoke on it",
         "Snow\n\n"
         "Nordvik Air's chief executive, Annelise Bjørnstad-Kaur, has apologised. \"We know how frustrating this is,\" she said.\n\n"
         "Transport Secretary Oluwaseun Adebayo-Hart has urged people to stay home. Speaking on Brennholt Radio, she said lorries had been working.",
         "direct | Annelise Bjørnstad-Kaur | she | said | We know how frustrating this is,\n"
         "indirect | Oluwaseun Adebayo-Hart | Transport Secretary Oluwaseun Adebayo-Hart | urged | people to stay home\n"
         "indirect | Oluwaseun Adebayo-Hart | she | said | lorries had been working\n"},
        {"a body's bare noun far from any body of its kind is the first the article named (\"The publisher said\" six paragraphs on)",
         "Novelist says publisher rewrote her ending\n\n"
         "The novelist Mirela Dascalu has said her British publisher rewrote the final chapter of her novel.\n\n"
         "In the English edition, released by Halcombe & Rye in March, the narrator survives.\n\n"
         "The translation won a prize.\n\nThe book sold well in Velesia.\n\nIts translator lives in Leeds.\n\n"
         "Reviews were mixed in the spring.\n\n"
         "The publisher said on Friday it would withdraw the remaining copies.",
         "indirect | Mirela Dascalu | Novelist | says | publisher rewrote her ending\n"
         "indirect | Mirela Dascalu | The novelist Mirela Dascalu | said | her British publisher rewrote the final chapter of her novel\n"
         "indirect | Halcombe & Rye | The publisher | said | it would withdraw the remaining copies\n"},
        {"a live blog's time stamp opens no report (\"13:10 - …\", \"9.40am: …\")",
         "Snow live\n\n"
         "13:10 - Flights will resume at two, the airline said.\n\n"
         "9.40am: The runway closed overnight, the airport said.",
         "indirect | airline | the airline | said | Flights will resume at two\n"
         "indirect | airport | the airport | said | The runway closed overnight\n"},
        {"a trade's word opening a sentence before a given name is a role (\"Digger Ezekiel Marsh-Baptiste\")",
         "Clam flats to close\n\n"
         "The flats will close in June. Digger Ezekiel Marsh-Baptiste said he would lose a third of his income.",
         "indirect | Ezekiel Marsh-Baptiste | Digger Ezekiel Marsh-Baptiste | said | he would lose a third of his income\n"},
        {"\"the club\" is the FC named in the report, not the US of \"US-based\" or of the headline; \"this morning\" ends a closing cue",
         "Vale confirm £12m investment from US fund\n\n"
         "A US-based fund will take a stake in Fenwick Vale FC, the club announced this morning.",
         "indirect | Fenwick Vale FC | the club | announced | A US-based fund will take a stake in Fenwick Vale FC\n"},
        {"a compass word opens a body's name (\"Western Grid Distribution\"); a person in apposition before a colon's verb phrase",
         "Storm live\n\n"
         "Western Grid Distribution says 86,000 properties are without power.\n\n"
         "Western Grid's operations director, Declan Murphy, has been speaking to local radio: \"We've got every available engineer out.\"",
         "indirect | Western Grid Distribution | Western Grid Distribution | says | 86,000 properties are without power\n"
         "direct | Declan Murphy | Western Grid's operations director, Declan Murphy | has been speaking to local radio | We've got every available engineer out.\n"},
        {"a bare past after a recipient opens a clause; a participle's aside between the subject and its verb stays in the report",
         "Spaceport\n\n"
         "Ruth-Ann Kowalczyk told the council her house shook so hard during the last launch that a cabinet came off the wall.\n\n"
         "Dr Helena Vasquez-Thornbury said such tanks, usually made of titanium and wrapped in carbon fibre, were hard to burn up.",
         "indirect | Ruth-Ann Kowalczyk | Ruth-Ann Kowalczyk | told | her house shook so hard during the last launch that a cabinet came off the wall\n"
         "indirect | Helena Vasquez-Thornbury | Dr Helena Vasquez-Thornbury | said | such tanks, usually made of titanium and wrapped in carbon fibre, were hard to burn up\n"},
        {"a press release speaks for the body that issued it",
         "Meters\n\n"
         "Eastmoor Water & Power will replace every meter, the company said in a press release.\n\n"
         "According to the release, installation will begin in March.",
         "indirect | Eastmoor Water & Power | the company | said | Eastmoor Water & Power will replace every meter\n"
         "indirect | Eastmoor Water & Power | the release | According to | installation will begin in March\n"},
        {"a unit of a body speaks for the body (\"the council’s trading standards team\")",
         "Chargers\n\n"
         "Halloran Quay Borough Council raided the market. According to the council’s trading standards team, 400 chargers were seized.\n\n"
         "The council’s highways team said traffic fell by a third.",
         "indirect | Halloran Quay Borough Council | the council’s trading standards team | According to | 400 chargers were seized\n"
         "indirect | Halloran Quay Borough Council | The council’s highways team | said | traffic fell by a third\n"},
        {"words joined by \"and\" before a body's noun are one name (\"the Labour and Progress Party\"), which \"the party\" takes up",
         "Candidate barred\n\n"
         "The electoral court barred a candidate of the Labour and Progress Party on Monday.\n\n"
         "The party said it would appeal.",
         "indirect | Labour and Progress Party | The party | said | it would appeal\n"},
        {"\"Retiree\" before a given name is a role; \"the library\" is the library named before; a clock time with no mark opens no subject",
         "Egg prices live\n\n"
         "10.09 Retiree Walt Szymanski said he would buy his eggs at the supermarket from now on.\n\n"
         "10.30 The Royal Library of Dunmerrow will return the codex. The library said the decision was taken after careful study.",
         "indirect | Walt Szymanski | Retiree Walt Szymanski | said | he would buy his eggs at the supermarket from now on\n"
         "indirect | Royal Library of Dunmerrow | The library | said | the decision was taken after careful study\n"},
        {"a long apposition that ends its sentence types the body, so \"she\" is the judge; a sentence's opening preposition is no name's",
         "Judge lets laid-off Halberd Logic workers press their case\n\n"
         "A judge refused to dismiss a lawsuit brought by former employees of Halberd Logic, the artificial intelligence start-up that shut its Fenwick Point office with less than a day's notice last autumn.\n\n"
         "In a ruling, Judge Marisol Etxeberria-Quint wrote that the workers had a case.\n\n"
         "The judge was not persuaded. \"A company bears some burden,\" she wrote.\n\n"
         "Among Halberd’s early backers is Dr. Hamid El-Ghazali. Halberd said it would appeal.",
         "indirect | Marisol Etxeberria-Quint | A judge | refused | to dismiss a lawsuit brought by former employees of Halberd Logic, the artificial intelligence start-up that shut its Fenwick Point office with less than a day's notice last autumn\n"
         "indirect | Marisol Etxeberria-Quint | Judge Marisol Etxeberria-Quint | wrote | the workers had a case\n"
         "direct | Marisol Etxeberria-Quint | she | wrote | A company bears some burden,\n"
         "indirect | Halberd Logic | Halberd | said | it would appeal\n"},
        {"a document \"states\" a clause with no \"that\" (\"The letter states the laboratory recorded …\")",
         "Butterfat\n\n"
         "The farmers wrote to the board. The letter states the laboratory recorded lower butterfat levels.",
         "indirect | letter | The letter | states | the laboratory recorded lower butterfat levels\n"},
        {"\"Selectwoman\" is a role; a live blog's \"Welcome\" is no one's name",
         "Substation meeting live\n\n"
         "14:05 Welcome to our live coverage.\n\n"
         "14:10 Selectwoman Patrice O’Dowd-Fairley said she would ask the board to revisit the decision.\n\n"
         "14:20 \"If it isn’t reported, it didn’t happen,\" she said.",
         "indirect | Patrice O’Dowd-Fairley | Selectwoman Patrice O’Dowd-Fairley | said | she would ask the board to revisit the decision\n"
         "direct | Patrice O’Dowd-Fairley | she | said | If it isn’t reported, it didn’t happen,\n"},
        {"a body named through \"for\" (\"Justice for Dunmere, the group …\"), which \"the group\" takes up; a nickname in single curly marks",
         "Inquiry live\n\n"
         "Justice for Dunmere, the group set up by the families, said the families were relieved. The group said it would go on.\n\n"
         "His son, Desmond ‘Dez’ Thistlewood, 58, said the job was only half about traffic.",
         "indirect | Justice for Dunmere | Justice for Dunmere, the group set up by the families | said | the families were relieved\n"
         "indirect | Justice for Dunmere | The group | said | it would go on\n"
         "indirect | Desmond Thistlewood | His son, Desmond ‘Dez’ Thistlewood, 58 | said | the job was only half about traffic\n"},
        {"a code of letters and digits names no one (\"HB-2291\"), so \"the company\" is the maker; a release \"issued by the company\" is the maker's",
         "Vaccine recall\n\n"
         "Halverd Biologics recalled a rotavirus vaccine batch on Monday, the company said.\n\n"
         "The batch, numbered HB-2291, went to 310 clinics, according to a press release issued by the company.\n\n"
         "The company said the particles were fragments of a rubber stopper.",
         "indirect | Halverd Biologics | the company | said | Halverd Biologics recalled a rotavirus vaccine batch on Monday\n"
         "indirect | Halverd Biologics | a press release issued by the company | according to | The batch, numbered HB-2291, went to 310 clinics\n"
         "indirect | Halverd Biologics | The company | said | the particles were fragments of a rubber stopper\n"},
        {"\"in a (written) statement\" between any subject and its verb (\"The company, in a statement, said\")",
         "Prices\n\n"
         "Prices rose. The company, in a statement, said prices would rise again.\n\n"
         "The water board, in a written response, insists that it has doubled funding for irrigation.",
         "indirect | company | The company, in a statement | said | prices would rise again\n"
         "indirect | water board | The water board, in a written response | insists | it has doubled funding for irrigation\n"},
        {"a role of one word opening the sentence, its preposition's object, then the name (\"Attorney for the family, Ben Crump, said\")",
         "Ruling\n\n"
         "Attorney for the family, Ben Crump, said they were devastated.\n\n"
         "Lawyer for the office, Dana Whitlock, said the ruling would be appealed.",
         "indirect | Ben Crump | Attorney for the family, Ben Crump | said | they were devastated\n"
         "indirect | Dana Whitlock | Lawyer for the office, Dana Whitlock | said | the ruling would be appealed\n"},
        {"a plural-looking third person closing its sentence after a comma and a determiner (\"…, the affidavit states.\")",
         "Stabbing\n\n"
         "The man walked behind the bar and drew a knife, the affidavit states. The town grew, as did more diverse states.",
         "indirect | affidavit | the affidavit | states | The man walked behind the bar and drew a knife\n"},
        {"a role \"behind\" a thing, then the name in apposition (\"The company behind the scheme, Arlo Homes, said\")",
         "Homes\n\n"
         "The company behind the scheme, Arlo Homes, said it was confident.\n\n"
         "The man behind the campaign, Ivo Brandt, said he was thrilled.",
         "indirect | Arlo Homes | The company behind the scheme, Arlo Homes | said | it was confident\n"
         "indirect | Ivo Brandt | The man behind the campaign, Ivo Brandt | said | he was thrilled\n"},
        {"an inverted source with a prepositional phrase to the clause's end, then maybe a name (\"…, said the head of the union.\")",
         "Pipes\n\n"
         "The plan was sound, said the head of the union.\n\n"
         "\u201cWe found lead,\u201d said the auditor in charge of the review, Prof. Elif Demirtas.",
         "indirect | head of the union | the head of the union | said | The plan was sound\n"
         "direct | Elif Demirtas | the auditor in charge of the review, Prof. Elif Demirtas | said | We found lead,\n"},
        {"an Arabic article inside a name, not a lower-case role word (\"Yusuf al-Rashidi Brennan, an analyst, said\")",
         "Engine test\n\n"
         "Yusuf al-Rashidi Brennan, an analyst, said the test was encouraging.",
         "indirect | Yusuf al-Rashidi Brennan | Yusuf al-Rashidi Brennan, an analyst | said | the test was encouraging\n"},
        {"a news release or a note from a named body speaks for the body (\"according to a news release from the state Office of Early Learning\")",
         "Grants\n\n"
         "The program will offer grants of up to $750,000, according to a news release from the state Office of Early Learning.\n\n"
         "The increase would raise $310 million a year, according to a fiscal note prepared by the Legislative Budget Office.",
         "indirect | Office of Early Learning | a news release from the state Office of Early Learning | according to | The program will offer grants of up to $750,000\n"
         "indirect | Legislative Budget Office | a fiscal note prepared by the Legislative Budget Office | according to | The increase would raise $310 million a year\n"},
        {"a subordinate clause with a report of its own ends the content (\"said the plan had failed even as officials said it was working\")",
         "Plan\n\n"
         "Maria Lopez said the plan had failed even as officials said it was working.\n\n"
         "Maria Lopez said the cuts were unfair while ministers insisted they were needed.",
         "indirect | Maria Lopez | Maria Lopez | said | the plan had failed\n"
         "indirect | officials | officials | said | it was working\n"
         "indirect | Maria Lopez | Maria Lopez | said | the cuts were unfair\n"
         "indirect | ministers | ministers | insisted | they were needed\n"},
        {"a name ending in a business word (\"Corvanta Payments\") is a company, whatever its apposition, and \"the company\" below",
         "Breach\n\n"
         "Corvanta Payments, the online lender and card processor, said on Tuesday that hackers had accessed names.\n\n"
         "The company said it had contained the intrusion within hours.\n\n"
         "An outside firm, Tallow & Quist, is reviewing the systems.",
         "indirect | Corvanta Payments | Corvanta Payments, the online lender and card processor | said | hackers had accessed names\n"
         "indirect | Corvanta Payments | The company | said | it had contained the intrusion within hours\n"},
        {"a surname behind an Arabic article, capitalised only by opening the sentence (\"Al-Haddad is …. She says\"), is the one named before",
         "Bugs\n\n"
         "Zainab al-Haddad is reading code.\n\n"
         "Commissioner Mary Benn called the proposal \u201ca floor, not a ceiling.\u201d\n\n"
         "Al-Haddad is cautiously optimistic. She says the guidance will help.",
         "mixed | Mary Benn | Commissioner Mary Benn | called | the proposal \u201ca floor, not a ceiling.\u201d\n"
         "indirect | Zainab al-Haddad | She | says | the guidance will help\n"},
        {"an opening \"according to\" whose name has a person's role in apposition (\"According to Jane Smith, a professor at Yale, the plan will fail\")",
         "Wind\n\n"
         "According to Priya Ferreira, an energy economist at the University of Northgate who has studied 60 schemes, most depend on grants.\n\n"
         "The economist said prices would rise.",
         "indirect | Priya Ferreira | Priya Ferreira | According to | most depend on grants\n"
         "indirect | Priya Ferreira | The economist | said | prices would rise\n"},
        {"a person's role in apposition to a name that says nothing there (\"X, a two-term senator who …, opened\") is taken up by \"the senator\"",
         "Hall\n\n"
         "Anders Sorensen-Mbeki, a two-term senator who grew up on a farm, opened with a short speech.\n\n"
         "Retired schoolteacher Gwendolyn Abara-Stiles asked whether he would support the rail spur. The senator said he supported the idea.\n\n"
         "Maeve and Corin Haddow, the sister and brother at the heart of the band, have ended a decade of silence.",
         "indirect | Gwendolyn Abara-Stiles | Gwendolyn Abara-Stiles | asked | whether he would support the rail spur\n"
         "indirect | Anders Sorensen-Mbeki | The senator | said | he supported the idea\n"},
        {"\"the institution\" is the body named before it (a polytechnic)",
         "Lecturer\n\n"
         "Halvard Polytechnic suspended the lecturer on Monday. The institution said her course had strayed from its syllabus.",
         "indirect | Halvard Polytechnic | The institution | said | her course had strayed from its syllabus\n"},
        {"a document, its participle and the participle's phrase open the clause (\"A council report published alongside the decision found\")",
         "Placements\n\n"
         "An internal review completed in the summer found that 312 households were in placements.\n\n"
         "A council report published alongside the decision found that one in four homes had a hazard.",
         "indirect | internal review | An internal review completed in the summer | found | 312 households were in placements\n"
         "indirect | council report | A council report published alongside the decision | found | one in four homes had a hazard\n"},
        {"an occupation capitalised by the sentence's start before initials or a given name, and a French particle inside a name",
         "Film\n\n"
         "Jury president Marguerite d'Aubigny-Sallis said the jury would watch it.\n\n"
         "Conservator A.J. Wielgus-Haddad said the panels were stable.\n\n"
         "Regent Marcus T. Oyelaran-Hughes said the fee would rise.",
         "indirect | Marguerite d'Aubigny-Sallis | Jury president Marguerite d'Aubigny-Sallis | said | the jury would watch it\n"
         "indirect | A.J. Wielgus-Haddad | Conservator A.J. Wielgus-Haddad | said | the panels were stable\n"
         "indirect | Marcus T. Oyelaran-Hughes | Regent Marcus T. Oyelaran-Hughes | said | the fee would rise\n"},
        {"a short phrase of place or time opening the sentence before a share and a name in apposition (\"Outside court, one of them, X, who …, said\")",
         "Court\n\n"
         "Outside court, one of them, Margit Ellery-Toussaint, who spent three weeks in hospital, said she was relieved.\n\n"
         "On Monday Oberholzer, who took charge in 2023, said the criticism had been fair.",
         "indirect | Margit Ellery-Toussaint | one of them, Margit Ellery-Toussaint, who spent three weeks in hospital | said | she was relieved\n"
         "indirect | Oberholzer | Oberholzer, who took charge in 2023 | said | the criticism had been fair\n"},
        {"a document opening the sentence \"states\" what it says, though the model reads \"states\" as a noun; a letter \"to\" someone is the letter",
         "Boss\n\n"
         "The board met on Monday. The letter states he will remain an adviser.\n\n"
         "A letter to authors, seen by the Gazette, says that all contracts will be honoured.",
         "indirect | letter | The letter | states | he will remain an adviser\n"
         "indirect | letter | A letter to authors, seen by the Gazette | says | all contracts will be honoured\n"},
        {"a nickname in straight marks inside the name after an inverted cue, the split quote going on after it",
         "Base\n\n"
         "\"This is not just a base,\" said County Executive Dolores \"Dee\" Whitfield-Yazzie, \"it is a lifeline.\"",
         "direct | Dolores Whitfield-Yazzie | County Executive Dolores \"Dee\" Whitfield-Yazzie | said | This is not just a base, / it is a lifeline.\n"},
        {"a title with \"of the\" and a body before the name (\"Clerk of the Senate Marisol Etxeberria\")",
         "Session\n\n"
         "Clerk of the Senate Marisol Etxeberria said the bill had died.",
         "indirect | Marisol Etxeberria | Clerk of the Senate Marisol Etxeberria | said | the bill had died\n"},
        {"a contract or a dated letter \"states\" (\"The contract states …\", \"A March 2023 letter states …\")",
         "Buses\n\n"
         "The board met. The contract states the operator may adjust tariffs annually.",
         "indirect | contract | The contract | states | the operator may adjust tariffs annually\n"},
        {"a person of a body's unit (\"Inspector Farid El-Amrani of Dunhallow Police's standards department said\")",
         "Inquest\n\n"
         "Inspector Farid El-Amrani of Dunhallow Police\u2019s professional standards department said the force had learned lessons.",
         "indirect | Farid El-Amrani | Inspector Farid El-Amrani of Dunhallow Police\u2019s professional standards department | said | the force had learned lessons\n"},
        {"an occupation after a time stamp's dash before a name (\"15:30 \u2014 Backbencher Gideon Ashworth-Lyle, …, says\")",
         "Vote\n\n"
         "15:30 \u2014 Backbencher Gideon Ashworth-Lyle, from the minister's own party, says he will vote against the bill.",
         "indirect | Gideon Ashworth-Lyle | Backbencher Gideon Ashworth-Lyle, from the minister's own party | says | he will vote against the bill\n"},
        {"a triple closing mark, phrases of time and manner after a closing cue, a writer's aside before the attribution",
         "''Voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona, referring to the plan.\n\n"
         "\u201CNot us but can\u2019t argue with it!\u201D Murphy, the head of the group, tweeted on Friday with an image of the sign.\n\n"
         "''The aspect has been a newfound resilience,'' like the recent volatility of markets, said Richard Curtin, an economist.\n\n"
         "''He was going to make the name known,'' as his father dreamed, Mr. Turry said.",
         "direct | John McCain | Senator John McCain of Arizona | said | Voters will not be satisfied with 'We'll bomb them,'\n"
         "indirect | John McCain | Senator John McCain of Arizona | referring to | the plan\n"
         "direct | Murphy | Murphy, the head of the group | tweeted | Not us but can\u2019t argue with it!\n"
         "direct | Richard Curtin | Richard Curtin, an economist | said | The aspect has been a newfound resilience,\n"
         "direct | Turry | Mr. Turry | said | He was going to make the name known,\n"},
        {"a described speaker in the sentence after an exclamation; 'state Del.' is an office, 'Del Rey' a name; an addressee is no content",
         "\"This is a big year for Bobby Scott!\" Scott's niece, state Del. Marcia Price, shouted to the crowd.\n"
         "Lana Del Rey said the album was done.\n"
         "Marcia Price shouted to the crowd.\n"
         "The clerk confided to her sister that the firm had lied.",
         "direct | Marcia Price | Scott's niece, state Del. Marcia Price | shouted | This is a big year for Bobby Scott!\n"
         "indirect | Lana Del Rey | Lana Del Rey | said | the album was done\n"
         "indirect | clerk | The clerk | confided | the firm had lied\n"},
        {"a phrase of place and time between the cue and 'that', with commas inside; a gloss after the reported clause",
         "Cruz said Thursday during a taping of a town hall meeting in Buffalo, New York, that the state is wrong to ban fracking.\n"
         "Chinese commentators have said China plans to make the shoal into a fortress, an atoll Beijing grabbed years ago.\n"
         "Officials said China plans to make the Scarborough Shoal, an atoll Beijing grabbed, into a fortress.",
         "indirect | Cruz | Cruz | said | the state is wrong to ban fracking\n"
         "indirect | Chinese commentators | Chinese commentators | said | China plans to make the shoal into a fortress\n"
         "indirect | Officials | Officials | said | China plans to make the Scarborough Shoal, an atoll Beijing grabbed, into a fortress\n"},
        {"a named owner's people before an apposition that names them, one name or a group",
         "Henry Clay's biographers, David and Jeanne Heidler, wrote that Taylor had a tin ear.",
         "indirect | David and Jeanne Heidler | Henry Clay's biographers, David and Jeanne Heidler | wrote | Taylor had a tin ear\n"},
        {"after 'that', a named or determined subject is the clause's own: its second verb goes on, a second cue with 'that' does not",
         "The biographers wrote that Taylor had a tin ear and tended to make the worst political decisions.\n"
         "May said this week that the country would leave the bloc and suggested that it would quit the single market.",
         "indirect | biographers | The biographers | wrote | Taylor had a tin ear and tended to make the worst political decisions\n"
         "indirect | May | May | said | the country would leave the bloc\n"
         "indirect | May | May | suggested | it would quit the single market\n"},
        {"an interview transcript set as quoted paragraphs: one attribution per turn",
         "Partial transcript as follows:\n\n\"WALLACE: Will she be there? Two questions remain.\n\n"
         "\"PENCE: She will not be attending. The tweet was a joke.\n",
         "indirect | Wallace | WALLACE | : | Will she be there? Two questions remain\n"
         "indirect | Pence | PENCE | : | She will not be attending. The tweet was a joke\n"},
        {"a quotation after a colon stays direct", "Ana Ruiz put it plainly: \"We are raising the tax at the top,\" she said.",
         "direct | Ana Ruiz | she | said | We are raising the tax at the top,\n"},
        {"a cue with its particle: called for, called on",
         "In July, the NAACP called for a moratorium on charter schools. Palmieri called on Trump to stop attacking Machado.",
         "indirect | NAACP | NAACP | called for | a moratorium on charter schools\n"
         "indirect | Palmieri | Palmieri | called on | Trump to stop attacking Machado\n"},
        {"clause then an organisation with its article", "Growth is slowing in rich nations, the IMF said.",
         "indirect | IMF | IMF | said | Growth is slowing in rich nations\n"},
        {"a source described by what it knows",
         "Experts on North Korea and nuclear nonproliferation said the latest test could change that.",
         "indirect | Experts on North Korea and nuclear nonproliferation | Experts on North Korea and nuclear nonproliferation | said | the latest test could change that\n"},
        {"a plural source with places after it",
         "Political observers in Virginia and around the country say Scott deserves the right of first refusal.",
         "indirect | Political observers in Virginia and around the country | Political observers in Virginia and around the country | say | Scott deserves the right of first refusal\n"},
        {"clause then cue and speaker", "Time is running out for a deal, said a senior official.",
         "indirect | senior official | a senior official | said | Time is running out for a deal\n"},
        {"according to, first", "According to the port authority, about 14,000 vehicles a day will use the bridge.",
         "indirect | port authority | the port authority | According to | about 14,000 vehicles a day will use the bridge\n"},
        {"according to, last", "About 14,000 vehicles a day will use the bridge, according to the port authority.",
         "indirect | port authority | the port authority | according to | About 14,000 vehicles a day will use the bridge\n"},
        {"according to a role and then a name, first and last",
         "According to the returning officer, Graham Pell, turnout was 41 percent this year.\n"
         "Turnout was 41 percent, according to the city\u2019s returning officer, Graham Pell.",
         "indirect | Graham Pell | the returning officer, Graham Pell | According to | turnout was 41 percent this year\n"
         "indirect | Graham Pell | the city\u2019s returning officer, Graham Pell | according to | Turnout was 41 percent\n"},
        {"cue with a noun-phrase content",
         "Lavrov reiterated a demand for guarantees that the system did not target Russia.",
         "indirect | Lavrov | Lavrov | reiterated | a demand for guarantees that the system did not target Russia\n"},
        {"adverbial phrases between the cue and its content",
         "Sergei Lavrov repeated during a meeting with his NATO counterparts his country\xE2\x80\x99s concerns about the plans.",
         "indirect | Sergei Lavrov | Sergei Lavrov | repeated | his country\xE2\x80\x99s concerns about the plans\n"},
        {"an intention reported with to",
         "Ana Ruiz refused to give the committee her notes from the meeting.",
         "indirect | Ana Ruiz | Ana Ruiz | refused | to give the committee her notes from the meeting\n"},
        {"a reported question whose asker is not named",
         "Asked whether the bridge would open in time, Ryan said, \"Sure.\"",
         "indirect | - | - | Asked | whether the bridge would open in time\n"
         "direct | Ryan | Ryan | said | Sure.\n"},
        {"a quoted term makes it mixed",
         "Mira Lindqvist accused the council of hiding the cost of the so-called \xE2\x80\x9Cgateway project\xE2\x80\x9D from residents.",
         "mixed | Mira Lindqvist | Mira Lindqvist | accused | the council of hiding the cost of the so-called \xE2\x80\x9Cgateway project\xE2\x80\x9D from residents\n"},
        {"two attributions in one sentence",
         "Russia said that time was running out for a deal, as the alliance insisted it would press ahead.",
         "indirect | Russia | Russia | said | time was running out for a deal\n"
         "indirect | alliance | the alliance | insisted | it would press ahead\n"},
        {"not an attribution: a noun, a passive", "His claims were rejected. The report was told to nobody.", ""},
        // (PolNeAR annotates these; on its train split 46 % of such last-resort readings are right
        // in content and source, short objects as often as long ones)
        {"what no rule read, where the cue model is sure: the subject and the rest of the clause",
         "Okafor repeated the figure. Shortly after my sentence, Eric Holder announced his resignation.",
         "indirect | Okafor | Okafor | repeated | the figure\n"
         "indirect | Eric Holder | Eric Holder | announced | his resignation\n"},
        {"no last-resort reading for an -s word after a modifier, a recipient alone, a relative clause, a comma, an adverb",
         "He has endured relentless questions about the race. Fiorina called in, reminding the hosts. "
         "Voters who say the economy matters most were evenly divided. Sanders rejected that, too. "
         "Lisle conceded shortly after midnight.",
         ""},
        {"a clause of time after the cue says when, not what",
         "\xE2\x80\x9CWe have had better conventions than this one,\xE2\x80\x9D Bill Eastland said matter-of-factly as confetti fluttered down around him.\n"
         "\xE2\x80\x9C" "But he is our buffoon, and we love him,\xE2\x80\x9D Susan said as she turned around and spread her cape.\n"
         "The campaign responded Friday, saying industry lobbyists had given nothing.",
         "direct | Bill Eastland | Bill Eastland | said | We have had better conventions than this one,\n"
         "direct | Susan | Susan | said | But he is our buffoon, and we love him,\n"
         "indirect | campaign | The campaign | saying | industry lobbyists had given nothing\n"},
        {"a paragraph without quotation marks after 'X added:' closing the paragraph before it",
         "The governor added:\n\nIt is typical of her. She knows nothing, but the mouth never stops.",
         "indirect | governor | The governor | added | It is typical of her. She knows nothing, but the mouth never stops\n"},
        {"a report inside an adverbial clause ends where the main clause comes back",
         "While the top candidates of both political parties say the United States must lead the fight, they differ by degree in their support.",
         "indirect | political parties | both political parties | say | the United States must lead the fight\n"},
        {"a plan ends where a clause with its own subject and a later cue starts",
         "The agency declined to comment and Senate aides later said the remark was not based on his talks with Johnson.",
         "indirect | agency | The agency | declined | to comment\n"
         "indirect | Senate aides | Senate aides | said | the remark was not based on his talks with Johnson\n"},
        {"no last-resort reading of where or when ('wrote in a statement', 'spoke on Monday')",
         "Clinton campaign spokesman Brian Fallon responded on Twitter, calling the charge pathetic.",
         "indirect | Brian Fallon | Clinton campaign spokesman Brian Fallon | calling | the charge pathetic\n"},
        {"set phrases that report nothing: 'find themselves', 'it goes without saying', 'backed off', 'was charged with'",
         "Peacekeepers are not prepared for such work, though they occasionally find themselves in the thick of war zones.\n"
         "It goes without saying that raising taxes on the rich is anathema to Republicans.\n"
         "Trump backed off some of his initial proposals, dialing back plans to cut the top rate.\n"
         "On Thursday, Officer Betty Shelby, who shot a man in Tulsa last week, was charged with first-degree manslaughter.",
         ""},
        {"a preposition that belongs to the cue, whose object is the content",
         "Trump lashed out at Khan after he delivered a moving speech at the convention. "
         "Rubio pushed back on those claims Thursday. "
         "As the president spoke, Trump railed at the refusal to cut to the heart of the issue.",
         "indirect | Trump | Trump | lashed out at | Khan\n"
         "indirect | Rubio | Rubio | pushed back on | those claims\n"
         "indirect | Trump | Trump | railed at | the refusal to cut to the heart of the issue\n"},
        {"where it was said ends an object: 'at a news conference', 'at a rally', 'during the debate'",
         "On Friday, Ben Carson endorsed Donald Trump at a news conference at Mar-a-Lago.\n"
         "Rubio criticized the plan at a rally in Iowa on Sunday.",
         "indirect | Ben Carson | Ben Carson | endorsed | Donald Trump\n"
         "indirect | Rubio | Rubio | criticized | the plan\n"},
        {"a report ends before another attribution, even one already read ('…, he said')",
         "When Trump first described the wall in December, he said it would be big.",
         "indirect | Trump | Trump | described | the wall\n"
         "indirect | Trump | he | said | it would be big\n"},
        {"a noun phrase with its own verb after a comma is a clause, not an apposition to the name before",
         "In New York, a state that she hoped to carry, the race will be tight, said Dan Gerstein, a political analyst.",
         "indirect | Dan Gerstein | Dan Gerstein, a political analyst | said | In New York, a state that she hoped to carry, the race will be tight\n"},
        {"an object ends before a second act, a second attribution or a clause of its own",
         "They pushed him for specifics on his proposals and reprimanded him for his personal attacks.\n"
         "Local farmers criticized the plan for new roads in the valley, and they have hired a lawyer.\n"
         "Sanders on Saturday criticized the climate accord adopted after two weeks of negotiations.",
         "indirect | - | They | pushed | him for specifics on his proposals\n"
         "indirect | - | They | reprimanded | him for his personal attacks\n"
         "indirect | Local farmers | Local farmers | criticized | the plan for new roads in the valley\n"
         "indirect | Sanders | Sanders | criticized | the climate accord adopted after two weeks of negotiations\n"},
        {"a short object ends before another attribution", "Maria Lopez demanded a recount and the mayor said she would get one.",
         "indirect | Maria Lopez | Maria Lopez | demanded | a recount\n"
         "indirect | mayor | the mayor | said | she would get one\n"},
        {"a report inside an aside closes at the aside's comma",
         "Judge Curiel, who through his office declined to comment, was born in East Chicago.\n"
         "Right to Rise USA, the super PAC supporting Jeb Bush, spent $1.2 million on digital ads.",
         "indirect | office | his office | declined | to comment\n"
         "indirect | PAC | PAC | supporting | Jeb Bush\n"},
        {"a report in an opening subordinate clause ends where the main clause's attribution starts",
         "But even as Trump claimed that the general got in trouble for far less, one of the former prosecutors said the cases were different.",
         "indirect | Trump | Trump | claimed | the general got in trouble for far less\n"
         "indirect | one of the former prosecutors | one of the former prosecutors | said | the cases were different\n"},
        {"a name's attribution set off by commas takes the whole sentence, a report inside it too",
         "After the court approved the law, Hebert said, most state laws were thought to be safe.",
         "indirect | Hebert | Hebert | said | After the court approved the law / most state laws were thought to be safe\n"},
        {"a report ends before an absolute phrase with a report of its own, and before ', then says'",
         "Voters still view Mrs. Clinton as vastly more prepared, with 50 percent saying she is prepared.\n"
         "Kasich jokingly offered the man a job, then says he will welcome advice from anyone.",
         "indirect | Voters | Voters | view | Mrs. Clinton as vastly more prepared\n"
         "indirect | 50 percent | 50 percent | saying | she is prepared\n"
         "indirect | Kasich | Kasich | offered | the man a job\n"
         "indirect | Kasich | Kasich | says | he will welcome advice from anyone\n"},
        {"an impression or a passive without its agent leaves out an opening phrase",
         "Among the Democrats, Mrs. Clinton and Mr. Sanders appeared to be locked in a close race in Iowa.\n"
         "As Trump has become the defining character of the contest, the race itself has seemed to take on his personality.",
         "indirect | - | - | appeared | Mrs. Clinton and Mr. Sanders / to be locked in a close race in Iowa\n"
         "indirect | - | - | seemed | the race itself / to take on his personality\n"},
        {"no last-resort content of when: 'over the weekend', 'for several weeks'",
         "Senator Warren, whose base fueled his candidacy, advocated over the weekend.\n"
         "It is a package the leaders have been discussing for several weeks.",
         ""},
        {"a report ends before ', but his …' and an object before ', talked over them'",
         "Sanders had hoped to do better with Latinos, but his campaign never found the money.\n"
         "Rubio mocked his rivals, talked over them and dismissed their plans.",
         "indirect | Sanders | Sanders | hoped | to do better with Latinos\n"
         "indirect | Rubio | Rubio | mocked | his rivals\n"
         "indirect | Rubio | Rubio | dismissed | their plans\n"},
        {"naming: the object and the quoted name are one mixed report; a second participle of speech ends it",
         "Early in his campaign, Trump attacked Romney, calling him, among other things, \"a failed candidate.\"\n"
         "Romney went after Trump, calling it \"disqualifying\" and asserting that the only explanation was a bombshell.",
         "indirect | Trump | Trump | attacked | Romney\n"
         "mixed | Trump | Trump | calling | him, among other things, \"a failed candidate.\"\n"
         "mixed | Romney | Romney | calling | it \"disqualifying\"\n"
         "indirect | Romney | Romney | asserting | the only explanation was a bombshell\n"},
        {"two roles joined before a name; a report ends before '— a …' and ', based on'",
         "The firm lobbied on gaming and taxes, said lobbyist and GOP strategist Charlie Black, a former partner.\n"
         "Donald Trump said Wednesday that he doesn't want to kill the families of terrorists \u2014 a proposal he has raised before.\n"
         "Sanders and his supporters argue that superdelegates should back him, based on polls that show him leading.",
         "indirect | Charlie Black | lobbyist and GOP strategist Charlie Black, a former partner | said | The firm lobbied on gaming and taxes\n"
         "indirect | Donald Trump | Donald Trump | said | he doesn't want to kill the families of terrorists\n"
         "indirect | Sanders and his supporters | Sanders and his supporters | argue | superdelegates should back him\n"},
        {"a dash pair is an aside inside the report, not its end",
         "Politico reported Saturday that David Brock, founder of Correct the Record \u2014 a pro-Clinton super PAC \u2014 was planning to call on the senator.",
         "indirect | Politico | Politico | reported | David Brock, founder of Correct the Record \u2014 a pro-Clinton super PAC \u2014 was planning to call on the senator\n"},
        {"'reportedly' marks its clause as hearsay with no source",
         "The FBI is reportedly making arrangements to interview the senator.",
         "indirect | - | - | reportedly | The FBI is reportedly making arrangements to interview the senator\n"},
        {"a quoted sentence with no cue right after a report in its paragraph is a quote of its own, the reporter's source's, with no cue",
         "Clinton drew well from working-class Democrats in 2008, said professor Paul Beck. "
         "\u201CThat was more her constituency than it was Obama's at that time.\u201D\n\n"
         "Mrs Josephine Tarrant, 79, said she had lived in the town for half a century. "
         "\u2018It came under the door like somebody had turned on a tap.\u2019",
         "indirect | Paul Beck | professor Paul Beck | said | Clinton drew well from working-class Democrats in 2008\n"
         "direct | Paul Beck | professor Paul Beck | - | That was more her constituency than it was Obama's at that time.\n"
         "indirect | Josephine Tarrant | Mrs Josephine Tarrant, 79 | said | she had lived in the town for half a century\n"
         "direct | Josephine Tarrant | Mrs Josephine Tarrant, 79 | - | It came under the door like somebody had turned on a tap.\n"},
        {"a report inside an opening prepositional phrase ends at its comma; a show's title is where it was said",
         "Despite polls showing her well behind, Clinton campaigned vigorously in the state.\n"
         "Sanders said on ABC's \"This Week With George Stephanopoulos\" that he would look at such legislation.",
         "indirect | polls | polls | showing | her well behind\n"
         "indirect | Sanders | Sanders | said | he would look at such legislation\n"},
        {"'late Thursday', 'Friday night' after a clause-final cue are when, not what",
         "The government plans to lift trade sanctions, Obama administration officials said late Thursday.\n"
         "The talks will resume, the mediator said Friday night.",
         "indirect | Obama administration officials | Obama administration officials | said | The government plans to lift trade sanctions\n"
         "indirect | mediator | the mediator | said | The talks will resume\n"},
    };
    check(std::begin(rows), std::end(rows));
}

TEST_CASE("pipeline: beliefs and intentions are reported but marked, with less confidence than speech")
{
    const std::string text = "Ana Ruiz believes the bridge will open in May. Ana Ruiz said the bridge will open in May.";
    const AnnotationSet set = extractQuotes(text);
    REQUIRE(set.quotes.size() == 2);
    CHECK(set.quotes[0].belief);
    CHECK_FALSE(set.quotes[1].belief);
    CHECK(set.quotes[0].confidence < set.quotes[1].confidence);
}

TEST_CASE("pipeline: a reported clause whose subject has a past verb is read as a clause, not an object")
{
    // (the object reading gave these a third of the confidence; the irregular pasts had no "-ed")
    for (const char* text : {"Joel Mbeki said the water ran out.", "Joel Mbeki said the council took no action.",
                             "Joel Mbeki said officers pulled the riders over.", "Joel Mbeki said the ship sank in minutes.",
                             "Police said two men, aged 24 and 31, were arrested.", "The company said profits fell 12 per cent."}) {
        INFO(text);
        const AnnotationSet set = extractQuotes(std::string("Heat\n\n") + text);
        REQUIRE(set.quotes.size() == 1);
        CHECK(set.quotes[0].rule == "speaker-cue-clause");
    }
}

TEST_CASE("pipeline: attributions news writes around names")
{
    const Row rows[] = {
        {"a party parenthesis after the name", "\"It is a dog whistle,\" Rep. Gwen Moore (D-Wis.) said Friday.",
         "direct | Gwen Moore | Rep. Gwen Moore (D-Wis.) | said | It is a dog whistle,\n"},
        {"an age and a party code as appositions",
         "\"We will not stop,\" Quina Jones, 25, said.\n\"The veto will fall,\" Mitch McConnell, R-Ky., said Tuesday.",
         "direct | Quina Jones | Quina Jones, 25 | said | We will not stop,\n"
         "direct | Mitch McConnell | Mitch McConnell, R-Ky. | said | The veto will fall,\n"},
        {"a person of an organisation", "\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.",
         "direct | Morgan | Mr. Morgan of the Sierra Club | said | It was the least bad outcome,\n"},
        {"a question mark before the attribution does not end the sentence",
         "\"How many times must we see this?\" Clinton said. \"It is unbearable.\"",
         "direct | Clinton | Clinton | said | How many times must we see this? / It is unbearable.\n"},
        {"a quote ending with a period ends its sentence",
         "\"We are ready,\" Mayor Helena Duarte said, \"but not at any price.\" She added that the contractor would pay.",
         "direct | Helena Duarte | Mayor Helena Duarte | said | We are ready, / but not at any price.\n"
         "indirect | Helena Duarte | She | added | the contractor would pay\n"},
        {"a participle cue is a new attribution by the same subject",
         "\"We cannot afford this,\" Trump said, adding later, \"NATO is costing us a fortune.\"",
         "direct | Trump | Trump | said | We cannot afford this,\n"
         "direct | Trump | Trump | adding | NATO is costing us a fortune.\n"},
        {"a participle with reported speech", "Ana Ruiz spoke for an hour, saying that the port would reopen in May.",
         "indirect | Ana Ruiz | Ana Ruiz | saying | the port would reopen in May\n"},
        {"lower-case words that describe the source before its name",
         "\"Marco Rubio will be the flavor of the week,\" election law expert Rick Hasen wrote.",
         "direct | Rick Hasen | election law expert Rick Hasen | wrote | Marco Rubio will be the flavor of the week,\n"},
        {"a plural possessive in the apposition",
         "\"The numbers put our campaign on pace,\" Jeff Weaver, Sanders\u2019 campaign manager, said.",
         "direct | Jeff Weaver | Jeff Weaver, Sanders\u2019 campaign manager | said | The numbers put our campaign on pace,\n"},
        {"adverbials between the cue and a quote after a comma",
         "Ron Johnson said in an op-ed before a 2014 Senate hearing, \"The department reduced security in Libya.\"",
         "direct | Ron Johnson | Ron Johnson | said | The department reduced security in Libya.\n"},
        {"went on to say, and a shared subject after and",
         "Bryne went on to say, \"I know this to be true.\"\nHe backed Obama in 2008 and said, \"She has never done anything for us.\"",
         "direct | Bryne | Bryne | say | I know this to be true.\nindirect | Bryne | He | backed | Obama in 2008\n"
         "direct | Bryne | He | said | She has never done anything for us.\n"},
        {"a quote ending with a period, then only its attribution",
         "\"I hope you are able to find the emails that are missing.\" Trump said.\nClinton left.",
         "direct | Trump | Trump | said | I hope you are able to find the emails that are missing.\n"},
        {"the writer as a source", "\"This is a big political win for me,\" I confessed.",
         "direct | - | I | confessed | This is a big political win for me,\n"},
        {"a headline: a name and a colon", "Rubio: I Still Believe Trump Cannot Be Trusted With the Codes\n",
         "indirect | Rubio | Rubio | : | I Still Believe Trump Cannot Be Trusted With the Codes\n"},
        {"a headline with a quote after the colon",
         "Ted Cruz: \u2018Assaulting A Reporter Is A Fireable Offense.\u2019\n",
         "direct | Ted Cruz | Ted Cruz | : | Assaulting A Reporter Is A Fireable Offense.\n"},
        {"captions and interview letters are not speakers", "Image: getty 12 8 11 Lavrov.jpg\nQ: How did things go for you?\n", ""},
        {"a name after a dash", "\u201CHe represents our greatest shame.\u201D \u2015 Sonya Herridge\n",
         "direct | Sonya Herridge | Sonya Herridge | - | He represents our greatest shame.\n"},
        {"an adverb between and and the cue, a quote after a comma",
         "She urges her husband to come out of the car and repeatedly says, \"Don't you do it,\" until shots are heard.",
         "indirect | - | She | urges | her husband to come out of the car\n"
         "direct | - | She | says | Don't you do it,\n"},
        {"a clause of the writer's after the attribution ends the quote",
         "\u201CYou winning?\u201D Melanie Austin said, but Kevin was asleep while Trump went on about \u201Chow the system is rigged.\u201D",
         "direct | Melanie Austin | Melanie Austin | said | You winning?\n"},
        {"a poll described by when it appeared",
         "A Reuters/Ipsos opinion poll released Friday shows that Clinton leads Trump by 43 percent to 38 percent.",
         "indirect | Ipsos opinion poll | Ipsos opinion poll | shows | Clinton leads Trump by 43 percent to 38 percent\n"},
        {"a stance verb with a name as its object", "Senator Ted Cruz has endorsed Trump.",
         "indirect | Ted Cruz | Senator Ted Cruz | endorsed | Trump\n"},
        {"a writer's aside after a comma ends the report",
         "The governor ordered such a quarantine, even though the nurse did not carry the virus.",
         "indirect | governor | The governor | ordered | such a quarantine\n"},
        {"a quotation inside a reported clause is a mixed report, not a quote of its own",
         "Bernie Sanders acknowledged that there are still \"some people\" who feel that way, \"but not among the vast majority.\"\n"
         "Jason Miller said that, \"Of course Mr. Trump is going to defend himself\" against what the campaign sees as an attack.",
         "mixed | Bernie Sanders | Bernie Sanders | acknowledged | there are still \"some people\" who feel that way, \"but not among the vast majority.\"\n"
         "mixed | Jason Miller | Jason Miller | said | \"Of course Mr. Trump is going to defend himself\" against what the campaign sees as an attack\n"},
        {"the speaker's own but between two pieces",
         "\"You know, I love Larry,\" Barack Obama said, but \"when it comes to energy, Larry has a history.\"",
         "direct | Barack Obama | Barack Obama | said | You know, I love Larry, / when it comes to energy, Larry has a history.\n"},
        {"adjuncts after an object are the writer's",
         "Hillary Clinton aggressively attacked her opponent as a fraud during the first presidential debate.\n"
         "Donald Trump attacked Alicia Machado while campaigning in Florida.",
         "indirect | Hillary Clinton | Hillary Clinton | attacked | her opponent as a fraud\n"
         "indirect | Donald Trump | Donald Trump | attacked | Alicia Machado\n"},
        {"seeing something as something is a view; seeing an event is not",
         "Team Trump sees the Republican National Convention as a second chance for Donald Trump.\n"
         "He saw the car crash into the wall on Friday.",
         "indirect | Team Trump | Team Trump | sees | the Republican National Convention as a second chance for Donald Trump\n"},
        {"an aside between the cue and that",
         "Guccifer said, per a translator, that the server was unprotected.",
         "indirect | Guccifer | Guccifer | said | the server was unprotected\n"},
        {"a relative pronoun as the subject of the report",
         "The policy changes, which officials said will go into effect in the next few months, will not apply to children.\n"
         "He focused his remarks on what he said were the policy failures of Clinton.",
         "indirect | officials | officials | said | which / will go into effect in the next few months\n"
         "indirect | - | he | said | what / were the policy failures of Clinton\n"},
        {"a quoted fragment before the attribution after the comma",
         "Trump's misinformation may be \"strategic,\" said Jeffery Hemsley, a professor at Syracuse University.",
         "mixed | Jeffery Hemsley | Jeffery Hemsley, a professor at Syracuse University | said | Trump's misinformation may be \"strategic\n"},
        {"a new subject after ', and' ends the report; a participle cue starts its own",
         "Police said the rules were for safety, and the American Civil Liberties Union has already sued the city.\n"
         "Ana Ruiz said her team was ready, describing the plan as the best in years.",
         "indirect | Police | Police | said | the rules were for safety\n"
         "indirect | Ana Ruiz | Ana Ruiz | said | her team was ready\n"
         "indirect | Ana Ruiz | Ana Ruiz | describing | the plan as the best in years\n"},
        {"according to inside the report, after a conjunction, without a comma",
         "Trump gave his blessing, according to court documents, becoming a 93 percent owner of the new enterprise.\n"
         "But, according to the poll, 46 percent of Republican voters remain undecided.\n"
         "Clinton leads Sanders by 271 pledged delegates according to a count by the AP.",
         "indirect | court documents | court documents | according to | Trump gave his blessing / becoming a 93 percent owner of the new enterprise\n"
         "indirect | poll | the poll | according to | 46 percent of Republican voters remain undecided\n"
         "indirect | AP | a count by the AP | according to | Clinton leads Sanders by 271 pledged delegates\n"},
        {"a question put to the speaker after the quote",
         "\"It is possible for anybody to change,\" Ana Ruiz said when asked about Trump's temperament.",
         "direct | Ana Ruiz | Ana Ruiz | said | It is possible for anybody to change,\n"
         "indirect | - | - | asked | Trump's temperament\n"},
        {"a pronoun with its auxiliary attached opens a reported clause",
         "Gordon Humphrey told POLITICO he\u2019ll work full-time to help encourage delegates.",
         "indirect | Gordon Humphrey | Gordon Humphrey | told | he\u2019ll work full-time to help encourage delegates\n"},
        {"a programme title as the recipient",
         "She told ABC\u2019s \u201CGood Morning America\u201D on Monday the tone of the interview was cordial.",
         "indirect | - | She | told | the tone of the interview was cordial\n"},
        {"a quoted fragment inside a report is no quote of the next cue's source",
         "City Attorney Brad Holm said that the advertisement \u201Cunmistakably and wrongfully\u201D suggests that Phoenix supports Trump.",
         "mixed | Brad Holm | City Attorney Brad Holm | said | the advertisement \u201Cunmistakably and wrongfully\u201D suggests that Phoenix supports Trump\n"},
        {"a long recipient before that",
         "Joe Ross told one of his young protégés on a regular basis that \"terrorism is the answer.\"",
         "mixed | Joe Ross | Joe Ross | told | \"terrorism is the answer.\"\n"},
    };
    check(std::begin(rows), std::end(rows));
}


TEST_CASE("pipeline: sources described by relative clauses, appositions and asides")
{
    const Row rows[] = {
        {"a report inside the apposition does not hide the source",
         "Ted Cruz, who says Trump is attacking him, said voters should go with him.",
         "indirect | Ted Cruz | Ted Cruz, who | says | Trump is attacking him\n"
         "indirect | Ted Cruz | Ted Cruz, who says Trump is attacking him | said | voters should go with him\n"},
        {"a gerund inside an apposition", "Tom Sexton, a creative writing professor, said he holds his roots dear.",
         "indirect | Tom Sexton | Tom Sexton, a creative writing professor | said | he holds his roots dear\n"},
        {"a relative clause after a role noun",
         "The lawmaker, who represents a district in Albay province, said the remarks were offensive.",
         "indirect | lawmaker | The lawmaker, who represents a district in Albay province | said | the remarks were offensive\n"},
        {"a discourse aside between the source and the cue", "Humphrey, for example, said he is hopeful.",
         "indirect | Humphrey | Humphrey | said | he is hopeful\n"},
        {"a share of a group named by a pronoun", "Until the shutdown, most of them said they had loved working there.",
         "indirect | most of them | most of them | said | they had loved working there\n"},
        {"appositions one after another",
         "Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech, said Obama failed to address concerns.",
         "indirect | Marco Rubio | Sen. Marco Rubio, R-Fla., appearing on Fox News after the speech | said | Obama failed to address concerns\n"},
        {"an apposition between spaced hyphens",
         "Deborah Reynolds - Santilli's girlfriend and co-host on his channel - told The Washington Post that it turned.",
         "indirect | Deborah Reynolds | Deborah Reynolds - Santilli's girlfriend and co-host on his channel - | told | it turned\n"},
        {"a thing before a name is not a co-speaker",
         "He was copied on the AP's questions and Rick Gates said he spoke to Manafort first.",
         "indirect | Rick Gates | Rick Gates | said | he spoke to Manafort first\n"},
        {"a participle phrase after the source", "Protesters marching through the streets said the curfew was unfair.",
         "indirect | Protesters | Protesters marching through the streets | said | the curfew was unfair\n"},
        {"a nickname inside a name, a party code before a comma",
         "Del. Marcia \"Cia\" Price (D-Newport News), said the plan failed.",
         "indirect | Marcia Price | Del. Marcia \"Cia\" Price (D-Newport News) | said | the plan failed\n"},
        {"a number before the role after the cue", "\u201CThey are 100 percent wrong,\u201D said 9/11 widow Terry Strada.",
         "direct | Terry Strada | 9/11 widow Terry Strada | said | They are 100 percent wrong,\n"},
        {"a year is no source, and a relative clause ends at its comma",
         "Aung San Suu Kyi, who in 2010 said that the election was a sham, left the country.",
         "indirect | Aung San Suu Kyi | Aung San Suu Kyi, who | said | the election was a sham\n"},
        {"a negated imperative is no name", "Don't blame the voters for the mess, they say.",
         "indirect | - | they | say | Don't blame the voters for the mess\n"},
        {"a time or a medium between the source and the cue",
         "Wells Fargo just this month announced it would get rid of sales goals.\n"
         "Last week John Stumpf in a televised interview appeared to blame low-level employees.",
         "indirect | Wells Fargo | Wells Fargo | announced | it would get rid of sales goals\n"
         "indirect | John Stumpf | John Stumpf | appeared | to blame low-level employees\n"},
        {"a restrictive relative clause", "Democrats in Iowa who watched the debate said they were unfazed.",
         "indirect | Democrats in Iowa who watched the debate | Democrats in Iowa who watched the debate | said | they were unfazed\n"},
        {"a role written as its initials before the name",
         "The Podesta Group's CEO, Kimberley Fritts, said the two firms had coordinated.",
         "indirect | Kimberley Fritts | Podesta Group's CEO, Kimberley Fritts | said | the two firms had coordinated\n"},
        {"an owner's role and the name after an inverted cue",
         "The FBI did not find a connection, said the bureau's director, James B. Comey.",
         "indirect | James B. Comey | the bureau's director, James B. Comey | said | The FBI did not find a connection\n"},
        {"a web address in the role after the name",
         "The model will be part of the postmortem, said Jake Horowitz, editor in chief of Mic.com.",
         "indirect | Jake Horowitz | Jake Horowitz, editor in chief of Mic.com | said | The model will be part of the postmortem\n"},
        {"a lower-case role between the comma and the name of a clause-final source",
         "The plan will fail, Algerian foreign affairs ministry spokesman Benali Cherif said Thursday.\n"
         "A strong showing could finally show his appeal, veteran Republicans said.",
         "indirect | Benali Cherif | Algerian foreign affairs ministry spokesman Benali Cherif | said | The plan will fail\n"
         "indirect | Republicans | veteran Republicans | said | A strong showing could finally show his appeal\n"},
        {"a report inside a relative clause of the apposition does not hide the source",
         "Laurence Meyer, a former Fed governor who argued with Ms. Brainard at the conference, said in a recent "
         "interview that Congress had instructed the Fed to focus on the United States.",
         "indirect | Laurence Meyer | Laurence Meyer, a former Fed governor who argued with Ms. Brainard at the conference | "
         "said | Congress had instructed the Fed to focus on the United States\n"},
        {"a long aside after 'that' before the clause's own subject",
         "Sanders advisers insist that, with the candidate focused on carrying on his campaign through the last of the "
         "primaries in June, there have been few discussions about such questions.",
         "indirect | Sanders advisers | Sanders advisers | insist | with the candidate focused on carrying on his campaign "
         "through the last of the primaries in June, there have been few discussions about such questions\n"},
        {"clause-final sources: a quantity and an adverb, a pronoun with a co-speaker, a sentence in brackets",
         "The glide would ensure Clinton is booted off the airwaves, some Democrats now think.\n"
         "The manager yanked the arm of a reporter, she and another reporter said.\n"
         "(The French are big fans of the show, Mr. Madden said.)",
         "indirect | Democrats | some Democrats | think | The glide would ensure Clinton is booted off the airwaves\n"
         "indirect | she and another reporter | she and another reporter | said | The manager yanked the arm of a reporter\n"
         "indirect | Madden | Mr. Madden | said | The French are big fans of the show\n"},
        {"an adverb before the participle of an apposition",
         "Many recent studies, often conducted by comparing counties, have found little evidence of job losses.",
         "indirect | recent studies | Many recent studies, often conducted by comparing counties | found | little evidence of job losses\n"},
        {"a stance on a pronoun",
         "On Tuesday, Gov. Jerry Brown endorsed her, citing her long experience.",
         "indirect | Jerry Brown | Gov. Jerry Brown | endorsed | her\n"
         "indirect | Jerry Brown | Gov. Jerry Brown | citing | her long experience\n"},
        {"an object ends before 'as' or 'even as' and a clause of its own",
         "The ally acknowledged the copied passages even as he defended the campaign.",
         "indirect | ally | The ally | acknowledged | the copied passages\n"
         "indirect | ally | he | defended | the campaign\n"},
        {"an object ends before 'as' and a subject of its own",
         "Cruz is highlighting his big Iowa win as he urges conservatives to unite behind him.",
         "indirect | Cruz | Cruz | highlighting | his big Iowa win\n"
         "indirect | Cruz | he | urges | conservatives to unite behind him\n"},
        {"'warned against' takes its object as the content",
         "Trump said he would order a review of the defenses and warned against hackers from China and Russia.",
         "indirect | Trump | Trump | said | he would order a review of the defenses\n"
         "indirect | Trump | Trump | warned | hackers from China and Russia\n"},
        {"'as X pointed out' inside or at the end of the clause it frames, not before a report of its own",
         "Hawaii, as one of the president's climate advisers pointed out, normally does not get two hurricanes.\n"
         "The economy is still weak, as Smith noted on Monday.\n"
         "He left the race early, as he said he would.",
         "indirect | one of the president's climate advisers | one of the president's climate advisers | pointed out | Hawaii / normally does not get two hurricanes\n"
         "indirect | Smith | Smith | noted | The economy is still weak\n"
         "indirect | Smith | he | said | he would\n"},
        {"an 'as' frame before ', and' and a clause of its own",
         "Roger Ailes also met with Mr. Trump that day, as The New York Times reported on Tuesday, and he left.",
         "indirect | The New York Times | The New York Times | reported | Roger Ailes also met with Mr. Trump that day\n"},
        {"'as (first) reported by X': a passive frame, its agent the source",
         "The super PAC started reserving ad time in swing states this week, as first reported by the New York Times on Tuesday.\n"
         "The plan was costly, as reported by the Daily Courier, and the council dropped it.",
         "indirect | New York Times | the New York Times | reported | The super PAC started reserving ad time in swing states this week\n"
         "indirect | Daily Courier | the Daily Courier | reported | The plan was costly\n"},
        {"'at the time', 'in the past', 'at a rally' between a subject and its cue are no source",
         "Trump at the time said he had asked his people to look into paying the fees.\n"
         "Beck, who has in the past described Trump as a narcissist, spoke in Indiana.",
         "indirect | Trump | Trump | said | he had asked his people to look into paying the fees\n"
         "indirect | Beck | Beck, who | described | Trump as a narcissist\n"},
        {"a floating 'both' after an aside between dashes",
         "Republican establishment figures \u2014 whose party was once respected for its discipline \u2014 both "
         "suggested the speechwriter be fired.",
         "indirect | Republican establishment figures | Republican establishment figures \u2014 whose party was once respected for its discipline \u2014 | suggested | the speechwriter be fired\n"},
        {"'all' alone at the start of a clause", "To varying degrees, all agreed that the proposal would raise taxes.",
         "indirect | all | all | agreed | the proposal would raise taxes\n"},
        {"a second bare infinitive goes on with the plan",
         "On Thursday, Trump met industry leaders, promising to lift regulations and open more federal land to drilling.",
         "indirect | Trump | Trump | promising | to lift regulations and open more federal land to drilling\n"},
        {"the perfect of a second cue after ', and' ends the first content",
         "Mr. Trump has attacked loopholes that benefit others, and has called for ending the carried interest break.",
         "indirect | Trump | Mr. Trump | attacked | loopholes that benefit others\n"
         "indirect | Trump | Mr. Trump | called for | ending the carried interest break\n"},
        {"a day after a named object or before a plan is when, not what",
         "Jeb Bush endorsed Cruz Wednesday.\nThe campaign vowed Tuesday to remain in the fight.",
         "indirect | Jeb Bush | Jeb Bush | endorsed | Cruz\n"
         "indirect | campaign | The campaign | vowed | to remain in the fight\n"},
        {"a progressive's subject before its auxiliary; a negated plan after a recipient",
         "Many leaders are pushing to make the agreement binding.\nHis wife had warned him not to get too nasty.",
         "indirect | leaders | Many leaders | pushing | to make the agreement binding\n"
         "indirect | wife | His wife | warned | not to get too nasty\n"},
        {"an object with a list of items after commas is no apposition",
         "He pledged cooperation toward shared objectives, a deep bond, and a close relationship between the countries.",
         "indirect | - | He | pledged | cooperation toward shared objectives, a deep bond, and a close relationship between the countries\n"},
        {"a plan after the cue: no clause-final reading",
         "Carly Fiorina says she is a Stanford alumna, but she plans to root for Iowa.",
         "indirect | Carly Fiorina | Carly Fiorina | says | she is a Stanford alumna\n"
         "indirect | Carly Fiorina | she | plans | to root for Iowa\n"},
        {"a plural name's apostrophe inside the source; a pronoun with a clitic 'is' opens the sentence",
         "People with direct knowledge of Gates' work said that the work was done.\n"
         "He\u2019s comparing the gun actions to the immigration action and says Obama is flouting the process.",
         "indirect | People with direct knowledge of Gates' work | People with direct knowledge of Gates' work | said | the work was done\n"
         "indirect | - | He | says | Obama is flouting the process\n"},
        {"a group noun before 'of' and the speakers it counts, in a parenthetical attribution",
         "Pivoting to deficit reduction too soon, a wide array of economists say, limited the recovery.",
         "indirect | wide array of economists | a wide array of economists | say | Pivoting to deficit reduction too soon / limited the recovery\n"},
        {"a participle after a quotation's comma is a second attribution",
         "Mr. Paulson told investors that the concerns were \u201Coverblown,\u201D adding that the firm had \u201Csignificant upside.\u201D",
         "mixed | Paulson | Mr. Paulson | told | the concerns were \u201Coverblown,\u201D\n"
         "mixed | Paulson | Mr. Paulson | adding | the firm had \u201Csignificant upside.\u201D\n"},
        {"a time after 'and' before the second cue; a phrase with 'after' between the source and its cue",
         "Scott has freed up money in state funds and on Monday announced more was being sent to Miami.\n"
         "Sexton, after previous rallies, wrote that he would not be surprised.",
         "indirect | Scott | Scott | announced | more was being sent to Miami\n"
         "indirect | Sexton | Sexton, after previous rallies | wrote | he would not be surprised\n"},
        {"a dateline with a state's abbreviation",
         "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors on Thursday and said the country must act.",
         "indirect | Barack Obama | President Barack Obama | said | the country must act\n"},
        {"'since' between the auxiliary and the cue",
         "She has since said that she attended because she thought it would be fun.",
         "indirect | - | She | said | she attended because she thought it would be fun\n"},
        {"a relative clause with a report of its own between dashes after the name",
         "Donald Trump - who previously said he would win - said at a rally that the country should close its borders.",
         "indirect | Donald Trump | Donald Trump - who previously said he would win - | said | the country should close its borders\n"},
        {"an act named by the object is part of the cue; what it is about is the content",
         "Mr. Trump continued his assault on Mr. Bush.",
         "indirect | Trump | Mr. Trump | continued | Mr. Bush\n"},
        {"a plan ends before a clause of its own after a comma",
         "Republicans vowed to do a better job courting Latinos after the defeat, the party has done the opposite.",
         "indirect | Republicans | Republicans | vowed | to do a better job courting Latinos after the defeat\n"},
        {"a negated plan right after the cue",
         "Trump has threatened not to show up to the next debate unless he is paid.",
         "indirect | Trump | Trump | threatened | not to show up to the next debate unless he is paid\n"},
        {"asides between a source and its cue: a quotation closing the apposition, 'when contacted', 'for one', 'then 38'",
         "Humphrey, who calls Trump a \u201Csociopath,\u201D said he doubts the effort.\n"
         "Powell\u2019s office, when contacted by Reuters, said the diplomat could not recall the dinner.\n"
         "Breitbart News, for one, noted the contrast between the two men.\n"
         "Mr. Sperling, then 38, said he was advised to find a deputy.",
         "mixed | Humphrey | Humphrey, who | calls | Trump a \u201Csociopath,\u201D\n"
         "indirect | Humphrey | Humphrey, who calls Trump a \u201Csociopath,\u201D | said | he doubts the effort\n"
         "indirect | Powell\u2019s office | Powell\u2019s office, when contacted by Reuters | said | the diplomat could not recall the dinner\n"
         "indirect | Breitbart News | Breitbart News | noted | the contrast between the two men\n"
         "indirect | Sperling | Mr. Sperling, then 38 | said | he was advised to find a deputy\n"},
        {"an article ending in an attribution with no final punctuation",
         "Trump gave his blessing to the deal, according to court documents",
         "indirect | court documents | court documents | according to | Trump gave his blessing to the deal\n"},
        {"evidence with a phrase after it as the subject of a finding verb; a share of people before a participle",
         "Polls in New Hampshire show the top two candidates are the same as in Iowa.\n"
         "The race could shift, with 47 percent of Cuban Americans saying they will support Clinton.",
         "indirect | Polls in New Hampshire | Polls in New Hampshire | show | the top two candidates are the same as in Iowa\n"
         "indirect | 47 percent of Cuban Americans | 47 percent of Cuban Americans | saying | they will support Clinton\n"},
        {"a plan's 'to' opens no phrase before the clause after a comma",
         "While he refused to release violent criminals, Mr. Obama deemed the release a reasonable trade-off.",
         "indirect | - | he | refused | to release violent criminals\n"
         "indirect | Obama | Mr. Obama | deemed | the release a reasonable trade-off\n"},
        {"an adjective with its preposition after the source's head; a named owner's noun as the subject of a second cue",
         "People familiar with the matter said the deal was close.\n"
         "Sanders's campaign launched an ad buy and announced it would seek a recanvass.",
         "indirect | People familiar with the matter | People familiar with the matter | said | the deal was close\n"
         "indirect | Sanders's campaign | Sanders's campaign | announced | it would seek a recanvass\n"},
        {"a rule-taken cue the model is unsure of stays (the bundled sample's union)",
         "The Harbour Workers' Union welcomed the opening date but demanded guarantees for the ferry crews who will lose their routes.",
         "indirect | Harbour Workers' Union | Harbour Workers' Union | welcomed | the opening date\n"
         "indirect | Harbour Workers' Union | Harbour Workers' Union | demanded | guarantees for the ferry crews who will lose their routes\n"},
        {"an inverted source counted by a group noun, with its restrictive relative clause",
         "Defending that terrain is squarely within his wheelhouse, said a handful of Democrats who point to his ties to labor.",
         "indirect | handful of Democrats | a handful of Democrats who point to his ties to labor | said | Defending that terrain is squarely within his wheelhouse\n"},
        {"evidence whose noun is also a verb form, as a clause-final source",
         "Bush had to lend his campaign money last month, campaign documents show.",
         "indirect | campaign documents | campaign documents | show | Bush had to lend his campaign money last month\n"},
        {"a semicolon after a clause-final attribution",
         "Candidates need 40 percent of the Hispanic vote, political analysts say; in 2012, Romney won 27 percent.",
         "indirect | political analysts | political analysts | say | Candidates need 40 percent of the Hispanic vote\n"},
        {"an apposition whose role has plain adjectives before it",
         "\"Discrimination should never be sanctioned,\" Sarah Warbelow, legal director for the group, said.",
         "direct | Sarah Warbelow | Sarah Warbelow, legal director for the group | said | Discrimination should never be sanctioned,\n"},
        {"an apposition whose role has a place or a name before it",
         "Chris Covert, South Carolina director for Sanders, said the campaign has opened its 11th field office.",
         "indirect | Chris Covert | Chris Covert, South Carolina director for Sanders | said | the campaign has opened its 11th field office\n"},
        {"a family role before the name, and a nickname quoted inside it",
         "\"This is a big year for our senator,\" Scott's niece, Marcia \"Cia\" Price, shouted to the crowd.",
         "direct | Marcia Price | Scott's niece, Marcia \"Cia\" Price | shouted | This is a big year for our senator,\n"},
        {"an inverted source that is one of a group",
         "\"There will be no path for Bernie to succeed,\" said one of those advisers, who spoke on condition of anonymity.",
         "direct | advisers | one of those advisers | said | There will be no path for Bernie to succeed,\n"},
        {"an inverted group source inside the clause",
         "The contrast with Trump, said Doyle and others, would be clear since Trump has no former presidents by his side.",
         "indirect | Doyle and others | Doyle and others | said | The contrast with Trump / would be clear since Trump has no former presidents by his side\n"},
        {"modifiers joined by 'and' before a clause-final source's noun",
         "Agents will want to interview Clinton about the server, current and former officials said.",
         "indirect | current and former officials | current and former officials | said | Agents will want to interview Clinton about the server\n"},
        {"an inverted source with a lower-case title and its 'of'",
         "\"The first line of defense is within the community,\" said former secretary of state Hillary Clinton.",
         "direct | Hillary Clinton | former secretary of state Hillary Clinton | said | The first line of defense is within the community,\n"},
    };
    check(std::begin(rows), std::end(rows));
}

TEST_CASE("pipeline: 'the company' is the unnamed organisation that spoke, not a name inside a quote")
{
    const Row rows[] = {
        {"an unknown name that spoke, then the company",
         "Nordlink said it would cooperate fully.\n\n"
         "\u201CWe believe our products have always complied with EU rules,\u201D the company said.",
         "indirect | Nordlink | Nordlink | said | it would cooperate fully\n"
         "direct | Nordlink | the company | said | We believe our products have always complied with EU rules,\n"},
    };
    check(std::begin(rows), std::end(rows));
}

TEST_CASE("pipeline: the subject of a participle cue after an opening phrase or an object")
{
    const Row rows[] = {
        {"the sentence's subject after an opening adverb or a dateline with its agency",
         "And then Trump went fully on the attack, saying, \"President Obama should finally mention the words. If he does not, he should resign!\"\n"
         "Washington (AFP) \u2013 Democrat Hillary Clinton has taken a swipe at Donald Trump over Brexit, saying that bombastic comments do more harm than good.",
         "direct | Donald Trump | Trump | saying | President Obama should finally mention the words. If he does not, he should resign!\n"
         "indirect | Hillary Clinton | Democrat Hillary Clinton | saying | bombastic comments do more harm than good\n"},
        {"the subject of a speech verb's participle after a preposition, an aside or an apposition",
         "But the other candidate on the stage, former Secretary of State Hillary Clinton, drew a contrast, saying that concerns about job losses were not to be dismissed.\n"
         "Mr. Sanders, after initially saying he would not advertise on television in the state, took to the airwaves this week.\n"
         "After saying he was nervous to ask a question, the man ended up in the middle of the room.",
         "indirect | Hillary Clinton | former Secretary of State Hillary Clinton | saying | concerns about job losses were not to be dismissed\n"
         "indirect | Sanders | Mr. Sanders | saying | he would not advertise on television in the state\n"
         "indirect | man | the man | saying | he was nervous to ask a question\n"},
        {"a stance participle after its noun takes only its object, not the sentence's own verb",
         "Super PACs supporting Chris Christie also have spent heavily in the state.",
         "indirect | Super PACs | Super PACs | supporting | Chris Christie\n"},
        {"a participle hangs on the clause joined by ', and', not on the report before it",
         "Protest groups say the restrictions are less for safety, and the civil liberties union has sued the city, "
         "saying the rules violate free-speech rights.",
         "indirect | Protest groups | Protest groups | say | the restrictions are less for safety\n"
         "indirect | civil liberties union | the civil liberties union | saying | the rules violate free-speech rights\n"},
        {"a subject with an apposition after a subordinate clause",
         "After the results from New York were in, Sanders's campaign manager, Jeff Weaver, appeared on MSNBC "
         "and outlined how he thinks the campaign could still close the gap.",
         "indirect | Jeff Weaver | Sanders's campaign manager, Jeff Weaver | outlined | how he thinks the campaign could still close the gap\n"},
        {"a discourse aside after the opening phrase; a nation before a noun in -s is no source",
         "At the same time, however, Xi has worked to calm Russian fears, reassuring Putin that Beijing has no plans to counter him.",
         "indirect | Xi | Xi | reassuring | Beijing has no plans to counter him\n"},
        {"the phrase right before a participle after 'with' is its subject",
         "Voters shrugged off the decision, with three in 10 saying a running mate would have no effect on their vote.\n"
         "Republicans were irritated, with Sen. John McCain calling it a Chinese menu of options.",
         "indirect | Voters | Voters | shrugged off | the decision\n"
         "indirect | three in 10 | three in 10 | saying | a running mate would have no effect on their vote\n"
         "indirect | John McCain | Sen. John McCain | calling | it a Chinese menu of options\n"},
        {"a sentence-opening participle's clause ends before its subject; a participle after a dash",
         "Noting that both Reagan and Trump battled the media, Schlafly put her finger on one facet of the campaign.\n"
         "Hillary Clinton says Sanders accepted $200,000 from Wall Street \u2014 asserting that such donations buy no influence.",
         "indirect | Schlafly | Schlafly | Noting | both Reagan and Trump battled the media\n"
         "indirect | Hillary Clinton | Hillary Clinton | says | Sanders accepted $200,000 from Wall Street\n"
         "indirect | Hillary Clinton | Hillary Clinton | asserting | such donations buy no influence\n"},
        {"a participle after an 'as' clause hangs on that clause's subject",
         "It was a potent punch by the two women, as Mrs. Clinton echoed the criticism, saying Trump is not in it for the people.",
         "indirect | Clinton | Mrs. Clinton | echoed | the criticism\n"
         "indirect | Clinton | Mrs. Clinton | saying | Trump is not in it for the people\n"},
        {"a participle opening the sentence, with commas of its own, is no subject",
         "Chastened by the analyses, as well as complaints over the plan\u2019s costs, Trump revised his plan, promising "
         "to focus more of its benefits on average Americans.",
         "indirect | Trump | Trump | promising | to focus more of its benefits on average Americans\n"},
        {"a place phrase before the subject",
         "Here in Columbia, Sanders stepped up his emphasis on justice, saying, \u201CWe have to act.\u201D",
         "direct | Sanders | Sanders | saying | We have to act.\n"},
        {"a time phrase before the subject",
         "Hours later, Trump returned the compliment, telling Reuters, \u201CHe is an amazing man.\u201D",
         "direct | Trump | Trump | telling | He is an amazing man.\n"},
        {"a participle opened by 'After' at the start of a sentence: its subject follows its clause",
         "After blasting the Drudge Report for linking to an article about his fast, Glenn Beck doubled down.",
         "indirect | Glenn Beck | Glenn Beck | blasting | the Drudge Report for linking to an article about his fast\n"},
        {"a perfect participle ('Having announced …') opening a sentence: its subject follows its clause",
         "Having announced that he would not send me to prison, Judge Berman proceeded to lecture me.",
         "indirect | Berman | Judge Berman | announced | he would not send me to prison\n"},
        {"a subject with phrases of its own (and a place with its state) before its auxiliary",
         "Families of those killed in Newtown, Connecticut, have filed a lawsuit against Remington, alleging that "
         "the company inspired the shooter.",
         "indirect | Families | Families | alleging | the company inspired the shooter\n"},
        {"a participle hangs on the main clause, not on a cue inside its report",
         "Byrne also wrote the agents knew to brace for the eruptions, saying, \u201CThey didn\u2019t happen every day.\u201D",
         "indirect | Byrne | Byrne | wrote | the agents knew to brace for the eruptions\n"
         "direct | Byrne | Byrne | saying | They didn\u2019t happen every day.\n"},
        {"two opening phrases, one with a place and its state, before the subject",
         "The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence "
         "that President Obama wanted to take in 250,000 refugees.",
         "indirect | Trump | Mr. Trump | claiming | President Obama wanted to take in 250,000 refugees\n"},
        {"'Last month,' opens a time phrase: the subject is the group after it, with its members",
         "Last month, a group of experts warned of fakery, arguing that the hackers could forge files.",
         "indirect | group of experts | a group of experts | arguing | the hackers could forge files\n"},
        {"an opening participle before the subject",
         "Speaking in his real voice again, he went on, saying: \u201CThe perilous times shall come.\u201D",
         "direct | - | he | saying | The perilous times shall come.\n"},
        {"a stance verb's object is no source, and the object ends before the participle",
         "Warren appeared with Maddow and officially endorsed Clinton, saying, \u201CShe is a fighter.\u201D",
         "indirect | Warren | Warren | endorsed | Clinton\n"
         "direct | Warren | Warren | saying | She is a fighter.\n"},
        {"the recipient of tell is no source; a time between the source and the cue",
         "Priebus later Thursday told Fox News: \u201CIt is going to work out.\u201D\n"
         "Priebus Thursday told reporters that it would.",
         "direct | Priebus | Priebus | told | It is going to work out.\n"
         "indirect | Priebus | Priebus | told | it would\n"},
        {"a noun before a conjunction and a second verb is no restrictive clause's source",
         "Wilkerson started the rant when he brought up the Oklahoma City bombing and later said, \u201CIt is not just them.\u201D",
         "direct | Wilkerson | Wilkerson | said | It is not just them.\n"},
        {"a strong participle after an inverted source is no apposition",
         "\u201CWe will win,\u201D said Trump, adding, \u201CBelieve me.\u201D",
         "direct | Trump | Trump | said | We will win,\n"
         "direct | Trump | Trump | adding | Believe me.\n"},
        {"a thing named by a participle is not the subject",
         "Later on Sunday, Carson shared a syllabus for a class called \u201CPerception\u201D on his page, writing "
         "\u201CHere is a syllabus for the class.\u201D",
         "mixed | Carson | Carson | shared | a syllabus for a class called \u201CPerception\u201D on his page\n"
         "direct | Carson | Carson | writing | Here is a syllabus for the class.\n"},
        {"a pronoun after a cue inside a relative clause is no inverted source",
         "Trump was defensive about an architect who said he was stiffed, saying, \u201CMaybe he did a bad job.\u201D",
         "indirect | architect | an architect who | said | he was stiffed\n"
         "direct | Trump | Trump | saying | Maybe he did a bad job.\n"},
        {"an inverted source with a party and a time",
         "\u201CIt is not new,\u201D said Rep. Bobby Scott (D-Va.) at the time, adding that \u201Cwe have been electing them.\u201D",
         "direct | Bobby Scott | Rep. Bobby Scott | said | It is not new,\n"
         "direct | Bobby Scott | Rep. Bobby Scott | adding | we have been electing them.\n"},
        {"a sentence-initial article opens a noun phrase that ends at its verb",
         "The judge rubbed his chin, and then said something very strange.\n"
         "His chief aide doubled down on attacks on Clinton, saying she is experienced.",
         "indirect | judge | The judge | said | something very strange\n"
         "indirect | chief aide | His chief aide | saying | she is experienced\n"},
        {"the subject of a participle after a preposition",
         "Obama punctuated his list by saying, \u201CToo many.\u201D\n"
         "The judge began by saying, \u201CIt is not necessary.\u201D",
         "direct | Obama | Obama | saying | Too many.\n"
         "direct | judge | The judge | saying | It is not necessary.\n"},
        {"after 'and' the subject is not a noun inside the first report, nor an opening preposition",
         "He said his recent attacks on Trump have given him momentum and said that Trump did not represent the party.\n"
         "On the morning of Feb. 28 Trump jumped onto his account and retweeted a quote about him.",
         "indirect | - | He | said | his recent attacks on Trump have given him momentum\n"
         "indirect | - | He | said | Trump did not represent the party\n"
         "indirect | Trump | Trump | retweeted | a quote about him\n"},
        {"a base form after 'a' and an adjective is a noun; a verb after 'and' shares the first subject",
         "Lindsay Lohan went on a very public rant about her fiance and also hinted she might be pregnant.",
         "indirect | Lindsay Lohan | Lindsay Lohan | hinted | she might be pregnant\n"},
        {"'added' with a number is no report, but '…,\u201D added a Democrat' is",
         "In Chicago, organizers added 160 security personnel along the route, the Sun-Times reported.\n"
         "\u201CIt is over,\u201D added a Democrat from Iowa.",
         "indirect | Sun-Times | Sun-Times | reported | In Chicago, organizers added 160 security personnel along the route\n"
         "direct | Democrat | a Democrat | added | It is over,\n"},
        {"quantities as subjects, and an organisation's name with 'the' after its description",
         "Several said they had received phishing emails.\n"
         "One mother of two said she had been \"terrified by a video\" but had since booked appointments.\n"
         "The union, the Fenwick Education Association, said it supported the calendar.",
         "indirect | Several | Several | said | they had received phishing emails\n"
         "mixed | mother of two | One mother of two | said | she had been \"terrified by a video\" but had since booked appointments\n"
         "indirect | Fenwick Education Association | The union, the Fenwick Education Association | said | it supported the calendar\n"},
        {"a day and a time of day between the source and the cue; why a source is anonymous is no report",
         "Parents on Thursday evening said they had delayed vaccinations.\n"
         "An official, who spoke on condition of anonymity, said the river had peaked.\n"
         "An aide, who asked not to be named because he had not endorsed either candidate, said the race was close.",
         "indirect | Parents | Parents | said | they had delayed vaccinations\n"
         "indirect | official | An official, who spoke on condition of anonymity | said | the river had peaked\n"
         "indirect | aide | An aide, who asked not to be named because he had not endorsed either candidate | said | the race was close\n"},
        {"a second attribution after ', while the …'",
         "Critic Harriet Lomax called the act \u2018a small miracle\u2019, while the Evening Chronicle\u2019s critic "
         "described the ending as \u2018sentimental\u2019.",
         "mixed | Harriet Lomax | Critic Harriet Lomax | called | the act \u2018a small miracle\u2019\n"
         "mixed | Evening Chronicle\u2019s critic | Evening Chronicle\u2019s critic | described | the ending as \u2018sentimental\u2019\n"},
        {"a dateline is not part of the report",
         "WASHINGTON (AP) -- Prices rose sharply in May, the Labor Department said.\n"
         "NEW YORK, June 3 \u2014 Sales fell for a third month, retailers said.",
         "indirect | Labor Department | Labor Department | said | Prices rose sharply in May\n"
         "indirect | retailers | retailers | said | Sales fell for a third month\n"},
        {"a party before a role is part of the phrase, with the words before it; a person opening a clause after a comma starts a new report",
         "Protesters call for action; even a top GOP strategist said Clinton will have to choose whose side she is on, saying, "
         "\u201CAt some point, she is going to choose.\u201D\n\n"
         "Some residents demanded an apology, at the meeting some allies questioned the plan.",
         "indirect | Protesters | Protesters | call for | action\n"
         "indirect | top GOP strategist | a top GOP strategist | said | Clinton will have to choose whose side she is on\n"
         "direct | top GOP strategist | a top GOP strategist | saying | At some point, she is going to choose.\n"
         "indirect | residents | Some residents | demanded | an apology\n"
         "indirect | allies | some allies | questioned | the plan\n"},
        {"a stance verb inside a reported clause quotes no one of its own: its quotation is part of the report",
         "The company\u2019s chief executive, Alasdair Rennick, said the union had rejected \u2018a generous and final offer\u2019.",
         "mixed | Alasdair Rennick | The company\u2019s chief executive, Alasdair Rennick | said | "
         "the union had rejected \u2018a generous and final offer\u2019\n"},
        {"'that' before a short noun phrase ending the clause is its determiner, not a complementiser",
         "The union disputed that account.",
         "indirect | union | The union | disputed | that account\n"},
        {"a group described by 'including', and capitalised modifiers of a role after the cue",
         "The project\u2019s backers, including the American Petroleum Institute, say it would create jobs.\n"
         "\u201CIt is close,\u201D said a senior Democratic aide.\n"
         "\u201CWe won,\u201D said a Trump campaign spokesman, Jason Miller.",
         "indirect | project\u2019s backers | "
         "The project\u2019s backers, including the American Petroleum Institute | say | it would create jobs\n"
         "direct | senior Democratic aide | a senior Democratic aide | said | It is close,\n"
         "direct | Jason Miller | a Trump campaign spokesman, Jason Miller | said | We won,\n"},
        {"'state' before a title is no cue; 'as' before a quoted term keeps it in the object",
         "\"They are solving a problem that does not exist,\" state Rep. Park Cannon said.\n"
         "Kemp criticized the ruling as \"judicial activism\" and said the state would appeal.",
         "direct | Park Cannon | state Rep. Park Cannon | said | They are solving a problem that does not exist,\n"
         "mixed | Kemp | Kemp | criticized | the ruling as \"judicial activism\"\n"
         "indirect | Kemp | Kemp | said | the state would appeal\n"},
        {"an apposition opened by 'now'",
         "Former Rovers striker Danny Wells, now a pundit, told the BBC the decision was inevitable.",
         "indirect | Danny Wells | Former Rovers striker Danny Wells, now a pundit | told | the decision was inevitable\n"},
        {"a passive with its agent: the agent is the source, the subject the content",
         "The recent spate of mass strandings has been described as \u201Cheartbreaking\u201D by the conservation department.",
         "mixed | conservation department | the conservation department | described | "
         "The recent spate of mass strandings / as \u201Cheartbreaking\u201D\n"},
        {"after an object, a second verb phrase is the source's own doing; after a clause, it goes on with the report",
         "Sanders, who had opposed a similar effort in 2007 and once again did not like provisions in the new bill, voted no.\n"
         "Mayor Ruth Ostrander said the plan was costly and would hurt farmers.",
         "indirect | Sanders | Sanders, who | opposed | a similar effort in 2007\n"
         "indirect | Ruth Ostrander | Mayor Ruth Ostrander | said | the plan was costly and would hurt farmers\n"},
        {"a relative clause inside a reported clause that has no verb yet does not end it",
         "He added that if his son Beau, who died last year, were still serving in Iraq, he would advise him to leave.",
         "indirect | - | He | added | if his son Beau, who died last year, were still serving in Iraq, he would advise him to leave\n"},
        {"a stance participle right after a noun is that noun's stance; the main clause's verb after a comma ends it",
         "Right to Rise, a group backing former Florida governor Jeb Bush, has been relentless.",
         "indirect | group | a group | backing | former Florida governor Jeb Bush\n"},
        {"a subject's apposition closes at the comma before its verb; a second verb after 'and' shares the subject",
         "Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump.",
         "indirect | Gary Emineth | Gary Emineth, a former state party chairman | said | he is leaning toward Trump\n"},
        {"a stance verb after a comma takes its object: no inverted source",
         "Sanders, who had said he would debate the front-runner, criticized Clinton on two fronts.",
         "indirect | Sanders | Sanders, who | said | he would debate the front-runner\n"
         "indirect | Sanders | Sanders, who had said he would debate the front-runner | criticized | Clinton on two fronts\n"},
        {"an infinitive cue's subject may carry a prepositional phrase before its auxiliary",
         "Advisers to Mr. Rubio are quick to point out that he has placed second in the last two contests.",
         "indirect | Advisers | Advisers | point out | he has placed second in the last two contests\n"},
        {"after a clause-final attribution, ', and' with a report of its own is that report's",
         "The plane was insured at a value of $35 million in 2011, records show, and aviation experts say it is "
         "worth about $18 million.",
         "indirect | records | records | show | The plane was insured at a value of $35 million in 2011\n"
         "indirect | aviation experts | aviation experts | say | it is worth about $18 million\n"},
        {"a quotation's own cue before it wins over a pronoun's verb in a clause after it",
         "Obama said \u201Cit gets me mad\u201D every time he thinks about the children.",
         "mixed | Obama | Obama | said | \u201Cit gets me mad\u201D every time he thinks about the children\n"},
        {"a main verb in -ed after an age is no apposition (and an act is no report)",
         "Corinne Abernathy, 58, appeared before Judge Harold Wexley in a grey suit and spoke only to confirm her name "
         "and enter a plea of not guilty.",
         ""},
        {"a discourse aside inside a report does not end it; 'and would' goes on with a clause's own subject",
         "Hillary Clinton said Wednesday she, too, wants a Justice Department inquiry.\n"
         "Polling of union voters shows that Mrs. Clinton remains popular and would carry most Sanders supporters.",
         "indirect | Hillary Clinton | Hillary Clinton | said | she, too, wants a Justice Department inquiry\n"
         "indirect | union voters | union voters | shows | Mrs. Clinton remains popular and would carry most Sanders supporters\n"},
        {"'first' between a passive's auxiliary and its verb",
         "Tinder's ban of Ms. Gedrich was first reported by BuzzFeed.",
         "indirect | BuzzFeed | BuzzFeed | reported | Tinder's ban of Ms. Gedrich\n"},
        {"how long someone spoke is not what they said",
         "The two women spoke for about five minutes.\nThe mayor spoke about the city's budget shortfall and the library closures.",
         "indirect | mayor | The mayor | spoke | the city's budget shortfall and the library closures\n"},
        {"a relative clause with 'which' after an organisation; a section label before a colon is no speaker",
         "The Alliance for Automotive Innovation, which represents carmakers, warned that the targets were unreasonable.\n\n"
         "Analysis: What the new climate rules mean for drivers",
         "indirect | Alliance for Automotive Innovation | Alliance for Automotive Innovation, which represents carmakers | "
         "warned | the targets were unreasonable\n"},
        {"a headline's few words before a colon name its speaker, up to a preposition ('to', 'at')",
         "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade\n\nWASHINGTON \u2014 The speech was short.",
         "indirect | Clinton | Clinton | : | Trump will reverse Roe v. Wade\n"},
        {"a headline's label with lower-case words",
         "Clinton camp: Trump's plan threatens national security\n\nWASHINGTON \u2014 The speech was short.",
         "indirect | Clinton camp | Clinton camp | : | Trump's plan threatens national security\n"},
        {"'as if to say' is a manner, not a report",
         "Brafman could not have been more delighted. His eyes were gleaming as if to say that he had pulled it off.",
         ""},
        {"a short quoted name before a noun is no quotation with a speaker after it",
         "The union-backed \u201CFight for $15\u201D movement plans to protest the debate, the Daily Caller reports.",
         "mixed | Daily Caller | Daily Caller | reports | The union-backed \u201CFight for $15\u201D movement plans to protest the debate\n"},
        {"after a comma, a speech verb and a name ending the sentence close a clause-final attribution, however the clause ends",
         "That would create a summer of agony for Clinton leading up to the convention, forcing her to fend off both Trump "
         "and Sanders, said Brad Bannon, a Democratic pollster.",
         "indirect | Brad Bannon | Brad Bannon, a Democratic pollster | said | That would create a summer of agony for Clinton "
         "leading up to the convention, forcing her to fend off both Trump and Sanders\n"},
        {"'as recalled by' after a quotation's own attribution frames nothing more",
         "\"It has happened,\" she said, as recalled by Walter Hewlett, son of the co-founder, in a book.",
         "direct | - | she | said | It has happened,\n"},
        {"a source 'speaking to' a news outlet is the one who spoke",
         "Another intelligence source speaking to Fox News said the agents were investigating the donations.",
         "indirect | intelligence source | Another intelligence source speaking to Fox News | said | the agents were investigating the donations\n"},
        {"a particle belongs to its cue",
         "Brandt shrugs off the concern about the ice.",
         "indirect | Brandt | Brandt | shrugs off | the ice\n"},
        {"a form in -s after a verb in -ed is its object; a passive inside a subordinate clause has no agent source",
         "The bloodshed raised fears that militants were expanding their operations.\n"
         "The ministers fled after their homes were attacked by troops, the source told Reuters.",
         "indirect | source | the source | told | The ministers fled after their homes were attacked by troops\n"},
        {"a lower-case modifier before the named apposition",
         "His opponent, incumbent Rep. Sarah Kim, said she welcomed any review.",
         "indirect | Sarah Kim | His opponent, incumbent Rep. Sarah Kim | said | she welcomed any review\n"},
        {"'no' opens the report; a writer's apposition after 'according to' is not part of it",
         "The minister said no decision had been made.\n"
         "The White House is considering new tariffs on steel, according to three people familiar with the talks, "
         "a move that could reignite trade tensions.",
         "indirect | minister | The minister | said | no decision had been made\n"
         "indirect | people familiar with the talks | three people familiar with the talks | according to | "
         "The White House is considering new tariffs on steel\n"},
        {"interview turns: a one-word first sentence, the label as a person's name; 'Interview:' is a label",
         "Interview: The chef who wants to end food waste\n\n"
         "Chef Amara Okafor cooks with surplus produce.\n\n"
         "Is it profitable?\n\n"
         "OKAFOR: Barely. But it is getting better.",
         "indirect | Amara Okafor | OKAFOR | : | Barely. But it is getting better\n"},
        {"an apposition after a dash ends an object",
         "Another critic, Laurence H. Tribe, likened the rules to \"burning the Constitution\" - a charge that might have "
         "stung, since Mr. Tribe taught him.",
         "mixed | Laurence H. Tribe | Another critic, Laurence H. Tribe | likened | the rules to \"burning the Constitution\"\n"},
        {"', but he has …' after an object is the writer's",
         "Trump is promising lower taxes and \"jobs, jobs, jobs,\" but he has also intensified the dire warnings.",
         "mixed | Trump | Trump | promising | lower taxes and \"jobs, jobs, jobs,\"\n"},
        {"a programme's title in quotation marks is no quote, even with a comma inside",
         "On this weekend\u2019s broadcast of \u201CFox News Sunday,\u201D Gov. Mike Pence said the tweet was only "
         "\u201Cto mock\u201D Clinton.",
         "mixed | Mike Pence | Gov. Mike Pence | said | the tweet was only \u201Cto mock\u201D Clinton\n"},
        {"a title after 'told' is the recipient, not a second piece of the quote",
         "\"Of course he is fair game. He is a former president,\" Fiorina told \"Fox and Friends,\" reminding the hosts.",
         "direct | Fiorina | Fiorina | told | Of course he is fair game. He is a former president,\n"},
        {"'of Republican claims' is a noun (inside the rating's object, a naming as PolNeAR reads it); 'the FBI says', 'the EU says', 'the U.S. says' stay reports",
         "PolitiFact rated 32% of Republican claims as \u201Cfalse\u201D or \u201Cpants on fire.\u201D\n"
         "The email was deleted in 2014, the FBI says.\nThe plan is dead, the EU says.\nThe talks failed, the U.S. says.",
         "mixed | PolitiFact | PolitiFact | rated | 32% of Republican claims as \u201Cfalse\u201D or \u201Cpants on fire.\u201D\n"
         "indirect | FBI | FBI | says | The email was deleted in 2014\n"
         "indirect | EU | EU | says | The plan is dead\n"
         "indirect | U.S. | U.S. | says | The talks failed\n"},
        {"a participle with its report right after it needs no comma",
         "Trump unleashed a series of tweets early Friday saying that Hillary Clinton had shown bad judgment.",
         "indirect | Trump | Trump | saying | Hillary Clinton had shown bad judgment\n"},
        {"a denial of a short object",
         "He denied the allegations.\nSmith denied any wrongdoing.",
         "indirect | - | He | denied | the allegations\n"
         "indirect | Smith | Smith | denied | any wrongdoing\n"},
        {"a number before the subject of a participle's sentence",
         "More than 200 residents filed a lawsuit on Tuesday, alleging that the company allowed solvents to leak.",
         "indirect | residents | More than 200 residents | alleging | the company allowed solvents to leak\n"},
        {"plural roles at a sentence's start, described by a preposition",
         "Lawyers for the residents said they expected more families to join the suit.",
         "indirect | Lawyers for the residents | Lawyers for the residents | said | they expected more families to join the suit\n"},
        {"a reported clause, a colon and the quotation that spells it out are one report",
         "Clinton said she has the essential quality for the job: \"Steadiness, and mixed with strength.\"",
         "mixed | Clinton | Clinton | said | she has the essential quality for the job: \"Steadiness, and mixed with strength.\"\n"},
        {"a wh-word and the clause after the cue that lacks it",
         "The gap between what Trump says his tax plan would do and what it would really do is wide.",
         "indirect | Trump | Trump | says | what / his tax plan would do\n"},
        {"'many of whom', and 'who' after another report's object",
         "He met with families of the victims, many of whom say the claims about retaliation are unfounded.\n"
         "Ted Cruz endorses Trump, who says he is honored.",
         "indirect | many of whom | many of whom | say | the claims about retaliation are unfounded\n"
         "indirect | Ted Cruz | Ted Cruz | endorses | Trump\n"
         "indirect | Trump | Trump, who | says | he is honored\n"},
        {"a reported clause with its own subject goes on through 'and' before a weak cue; a gerund subject after 'he said,'",
         "They said he rated the contestants by their looks and talked about which ones he liked.\n"
         "Though that transition was seamless, he said, replacing Clinton would be much more acrimonious.",
         "indirect | - | They | said | he rated the contestants by their looks and talked about which ones he liked\n"
         "indirect | - | he | said | Though that transition was seamless / replacing Clinton would be much more acrimonious\n"},
        {"after an object, ', and' with a clause of its own and 'and' with the source's next act end it",
         "Courts are still ordering the release of emails from her aides, and a number of probes are percolating.\n"
         "Trump talked about the stock market and made comments about foreign policy.\n"
         "Maggie Hassan touts her record of working with lawmakers to expand Medicaid and get help to residents.",
         "indirect | Courts | Courts | ordering | the release of emails from her aides\n"
         "indirect | Trump | Trump | talked | the stock market\n"
         "indirect | Maggie Hassan | Maggie Hassan | touts | her record of working with lawmakers to expand Medicaid and get help to residents\n"},
        {"'told' after a clause names who heard it, never the source; a source with a relative clause between commas",
         "The figures are ministers Jonathan Moyo and Saviour Kasukuwere, who fled to the compound after their homes were attacked, "
         "the source, who said he had spoken to people inside the compound, told Reuters.\n"
         "Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to find another way.",
         "indirect | source | the source | told | The figures are ministers Jonathan Moyo and Saviour Kasukuwere, who fled to the compound after their homes were attacked\n"
         "indirect | source | the source, who | said | he had spoken to people inside the compound\n"
         "indirect | Obama | Mr. Obama, who | understood | a legislative push would be fruitless\n"
         "indirect | Obama | Mr. Obama, who understood that a legislative push would be fruitless | told | to find another way\n"},
        {"documents 'seen by', 'obtained by' or 'reviewed by' someone speak; who holds them does not",
         "Intelligence reports seen by Reuters suggest that the former security chief has been mapping out a vision.\n"
         "Emails reviewed by The Times show that she knew.\n"
         "By Reuters, a memo obtained by CNN says the plan will fail.",
         "indirect | Intelligence reports | Intelligence reports seen by Reuters | suggest | the former security chief has been mapping out a vision\n"
         "indirect | Emails | Emails reviewed by The Times | show | she knew\n"
         "indirect | memo | a memo obtained by CNN | says | the plan will fail\n"},
        {"a relative clause between commas inside a reported clause whose verb comes after it",
         "Islamist politicians have acknowledged that they did not realize the threat that would develop when radical Muslims, "
         "who had been repressed under authoritarian regimes, won the freedom to speak.",
         "indirect | Islamist politicians | Islamist politicians | acknowledged | they did not realize the threat that would develop when "
         "radical Muslims, who had been repressed under authoritarian regimes, won the freedom to speak\n"},
        {"a relative clause after a clause-final source is its own report; emotions and skills are no speech",
         "The plastic is less susceptible to leaks, said the officials, who added that they were swapping 100 miles of line a year.\n"
         "The thaw, much welcomed by many New Yorkers, worried Tasos Georgelis, a deputy commissioner.\n"
         "Workers are learning how to fix water main breaks.",
         "indirect | officials | the officials | said | The plastic is less susceptible to leaks\n"
         "indirect | officials | the officials, who | added | they were swapping 100 miles of line a year\n"},
        {"a participle asking a question hangs on the verb before it; an -ed word between a verb and its noun is an adjective",
         "Staff writer David Emery posted to Twitter asking if there were any happy supporters.\n"
         "The mother of a woman who took suspected diet pills bought online has described how her daughter was burning up.",
         "indirect | David Emery | Staff writer David Emery | asking | if there were any happy supporters\n"
         "indirect | mother of a woman who took suspected diet pills bought online | "
         "The mother of a woman who took suspected diet pills bought online | described | how her daughter was burning up\n"},
        {"'he said according to a transcript': his report, and where it is written down",
         "A key approach is building a relationship with your target, Mark Zuckerberg said at the trial. "
         "These deals do not just pop up over night, he said according to a transcript reviewed by Business Insider.",
         "indirect | Mark Zuckerberg | Mark Zuckerberg | said | A key approach is building a relationship with your target\n"
         "indirect | Mark Zuckerberg | he | said | These deals do not just pop up over night\n"},
        {"a parenthetical attribution after a quotation's attribution holds only what follows that attribution",
         "\"I thought a lot before writing this post,\" developer Ammar Askar wrote in a blog post published Thursday, "
         "21 months, he said, after privately reporting the bug to Mojang.",
         "direct | Ammar Askar | developer Ammar Askar | wrote | I thought a lot before writing this post,\n"
         "indirect | Ammar Askar | he | said | 21 months / after privately reporting the bug to Mojang\n"},
        {"a noun phrase after a gerund is its object, not the subject of the modal and cue after it",
         "Anyone who has ever been involved in closing a billion-dollar acquisition deal will tell you that you need a plan.",
         "indirect | Anyone | Anyone | tell | you need a plan\n"},
        {"a quotation inside a reported clause is a piece of that report, up to its closing mark",
         "The longtime senator said he rarely asks surrogates to stump for him, \u201Cexcept for people I am very close to. "
         "And I am not close to Sen. Cruz.\u201D",
         "mixed | longtime senator | The longtime senator | said | he rarely asks surrogates to stump for him, "
         "\u201Cexcept for people I am very close to. And I am not close to Sen. Cruz.\u201D\n"},
        {"where something was said ends an object",
         "The mayor defended the new budget cuts on Twitter late Sunday.",
         "indirect | mayor | The mayor | defended | the new budget cuts\n"},
        {"evidence opening a sentence is a source",
         "Video shows that Crutcher had his hands in the air.\nRecords show the company paid no tax in 2015.",
         "indirect | Video | Video | shows | Crutcher had his hands in the air\n"
         "indirect | Records | Records | show | the company paid no tax in 2015\n"},
        {"a weekday after the object is when, not what",
         "Gov. Chris Christie blasted Clinton as a \u201Cdisgrace\u201D Wednesday on The Laura Ingraham Show.",
         "mixed | Chris Christie | Gov. Chris Christie | blasted | Clinton as a \u201Cdisgrace\u201D\n"},
        {"a passive with no agent names no source; its subject and the rest of the clause are the report",
         "The House is expected to pass a bipartisan bill later this week.",
         "indirect | - | - | expected | The House / to pass a bipartisan bill later this week\n"},
        {"inside a subordinate clause, an impression or a passive is that clause's, up to its comma",
         "But if she seemed to embody the contradictions of her party, few voters minded.\n"
         "When the Fisher case was argued in December, the comments from the bench brought it into relief.",
         "indirect | - | - | seemed | she / to embody the contradictions of her party\n"
         "indirect | - | - | argued | the Fisher case / in December\n"},
        {"a state of mind ('is convinced', 'are worried') is its subject's",
         "But Mr. Ackman is convinced that Valeant will be a comeback story.\n"
         "Local farmers are worried the new levy will ruin them.",
         "indirect | Ackman | Mr. Ackman | convinced | Valeant will be a comeback story\n"
         "indirect | Local farmers | Local farmers | worried | the new levy will ruin them\n"},
        {"an impression ('seemed', 'appeared') names no one who has it",
         "The speaker appeared closer to offering a full-throated endorsement on Thursday.",
         "indirect | - | - | appeared | The speaker / closer to offering a full-throated endorsement on Thursday\n"},
        {"a name before its relative clause",
         "Mr. McConnell, who has both endorsed Mr. Trump and criticized his campaign, gave a restrained embrace, "
         "stressing that Mr. Trump would sign laws.",
         "indirect | McConnell | Mr. McConnell, who | criticized | his campaign\n"
         "indirect | McConnell | Mr. McConnell | stressing | Mr. Trump would sign laws\n"},
    };
    check(std::begin(rows), std::end(rows));
}
