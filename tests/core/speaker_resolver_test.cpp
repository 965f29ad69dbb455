// Speaker resolution on its own: which forms of a name are one speaker, and what the
// article says of each speaker's type, gender and role.
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace ql;

namespace {

std::string speakers(std::string_view text)
{
    const AnnotationSet set = extractQuotes(text);
    std::string out;
    for (const Speaker& s : set.speakers) {
        out += s.name + " | " + std::string(toString(s.type)) + " | " + std::string(toString(s.gender)) + " | " + s.role;
        std::size_t quotes = static_cast<std::size_t>(std::count_if(set.quotes.begin(), set.quotes.end(),
                                                                  [&](const Quote& q) { return q.speaker == s.id; }));
        out += " | " + std::to_string(quotes) + "\n";
    }
    return out;
}

}  // namespace

TEST_CASE("speaker resolver: one speaker per person, whatever form the name takes")
{
    struct Row { const char* name; const char* text; const char* expected; };
    const Row rows[] = {
        {"full name, honorific and surname",
         "Russian Foreign Minister Sergei Lavrov said time was running short for a deal.\n\"We still have time,\" Mr Lavrov said.\n"
         "Lavrov added that talks would go on.",
         "Sergei Lavrov | person | male | Russian Foreign Minister | 3\n"},
        {"two people who share a surname stay apart; the bare surname is the one named first, whom the article is about",
         "Hillary Clinton said the plan was sound.\nBill Clinton said the plan was late.\n\"It is sound,\" Clinton said.",
         "Hillary Clinton | person | female |  | 2\nBill Clinton | person | male |  | 1\n"},
        {"siblings who share a surname, and an honorific that picks one; a shop named after them is neither",
         "The Duarte Bakery is in dispute. Ana Duarte said she wanted to keep it.\n"
         "Her brother, Paulo Duarte, said the offer was too good to refuse.\n"
         "\"This place is a family,\" Ms. Duarte said.\nMr. Duarte said the shop had lost money.",
         "Ana Duarte | person | female |  | 2\nPaulo Duarte | person | male | brother | 2\n"},
        {"a father and son with given names no lexicon knows; the son by his given names; the surname stays the father's",
         "Whale expert Hori Parata was seven when he attended his first stranding.\n\n"
         "\u201CGreed is hurting the whales,\u201D says Parata, an elder of the tribe.\n\n"
         "Parata and his son, Te Kaurinui Robert Parata, were called in to assist.\n\n"
         "\u201CThat is a modern thing,\u201D says Te Kaurinui.\n\n\u201CIt is very emotional,\u201D Parata said.\n\n"
         "Donald Trump Jr. said the rally was full. Donald Trump said it was not.",
         "Hori Parata | person | unknown | Whale expert | 2\nTe Kaurinui Robert Parata | person | male | son | 1\n"
         "Donald Trump Jr. | person | male |  | 1\nDonald Trump | person | male |  | 1\n"},
        {"'the board' and 'the committee' are bodies of their own, not the organisation named before them",
         "The White House said the talks were over.\n\nThe board announced a new chief executive on Monday.",
         "White House | organization | unknown |  | 1\nboard | organization | unknown |  | 1\n"},
        {"the place and the agency of a dateline are no one 'the company' can be; the name of no known kind after them is",
         "GLASGOW (Reuters) - Clydeside Marine will cut 400 jobs at its yard, the company said on Thursday.",
         "Clydeside Marine | organization | unknown |  | 1\n"},
        {"'the company' is no university named before it",
         "Scientists at the University of Leeds found that the drug halved the risk, a study said.\n\n"
         "Shares fell after the company warned that profits would miss forecasts.",
         "study | unknown | unknown |  | 1\ncompany | organization | unknown |  | 1\n"},
        {"'the 30-year-old' and 'the Scot' stand for the speaker just named, not for a name in a question",
         "Dunmore's captain, Lewis Agyeman, said his side had stayed patient.\n\n"
         "\u201CNobody gave us a chance,\u201D the 30-year-old said.\n\n"
         "Tom Vance said the result hurt.\n\n"
         "Asked whether Brennan would play on Tuesday, the Scot replied: \u201COf course he will.\u201D",
         "Lewis Agyeman | person | male | Dunmore's captain | 2\nTom Vance | person | male |  | 2\n"},
        {"an intensifier after a name is no part of it",
         "Gov. Martin Keel has not taken a position.\n\nKeel himself has said that he will read the final text.",
         "Martin Keel | person | male | Gov. | 1\n"},
        {"a name ending in an industry word is a company that 'the company' refers to",
         "Corvane Semiconductor has paused construction of a factory near Millbrook, the company said on Thursday.",
         "Corvane Semiconductor | organization | unknown |  | 1\n"},
        {"the club named before a manager's role is the one its last word names later, not the headline's run",
         "Keeper\u2019s Late Error Costs Rovers\n\n"
         "Kestrel Rovers manager Tom Vance said his goalkeeper still had his full confidence.\n\n"
         "Rovers said on social media that the squad was grateful to supporters.",
         "Tom Vance | person | male | Kestrel Rovers manager | 1\nKestrel Rovers | organization | unknown |  | 1\n"},
        {"a person named inside a described source is who the surname stands for later",
         "A senior aide to Gov. Martin Keel said the administration was worried about the timing.\n\n"
         "Keel himself has said that he will read the final text.",
         "senior aide to Gov. Martin Keel | person | unknown |  | 1\nMartin Keel | person | male | Gov. | 1\n"},
        {"'Dean' after a role is a given name",
         "\u201CThat's on me,\u201D said Ashby manager Dean Holloway, whose side had won their last five matches.",
         "Dean Holloway | person | male | Ashby manager | 1\n"},
        {"'the 19-year-old' with no speaker before is the subject of the sentence before, not a name inside it",
         "Millford won with a header from substitute Kofi Mensah.\n\n"
         "Mensah, who came on with 20 minutes left, met a corner from captain Joe Barnes at the near post.\n\n"
         "\u201CI just closed my eyes and went for it,\u201D the 19-year-old said.",
         "Kofi Mensah | person | male |  | 1\n"},
        {"a headline's short form of an organisation is the full name the text gives; a gendered role before a name genders it",
         "Flu Season Starts Early, Health Agency Warns\n\n"
         "The National Health Agency warned on Monday that the flu season had started early.\n\n"
         "A spokeswoman for the Pharmacists' Guild, Nadia Haddad, said members had enough vaccine.",
         "National Health Agency | organization | unknown |  | 2\nNadia Haddad | person | female | spokeswoman for the Pharmacists' Guild | 1\n"},
        {"'the teenager' stands for the speaker just named, as an age in words",
         "Rovers\u2019 match-winner, 19-year-old Kofi Asante, said he had dreamed of scoring in the derby.\n\n"
         "\u2018My dad used to bring me to this ground,\u2019 the teenager said.",
         "Kofi Asante | person | male | Rovers\u2019 match-winner | 2\n"},
        {"an inverted source's role ends before the verb's adjuncts (', in an emailed statement', ', on Monday')",
         "\"They walked away from a deal,\" said Oona Feeney, general secretary of the Dock and Harbour Workers Union, in an emailed statement.\n\n"
         "\"It is over,\" said Tom Reed, a union official, on Monday.",
         "Oona Feeney | person | female | general secretary of the Dock and Harbour Workers Union | 1\nTom Reed | person | male | union official | 1\n"},
        {"what was done to a noun ('The lawsuit, filed by parents,') gives it no role and makes it no person",
         "The lawsuit, filed by parents, claims that the company sold data.",
         "lawsuit | unknown | unknown |  | 1\n"},
        {"'&' joins a name ('Crumb & Co.', 'Johnson & Johnson')",
         "Helen Achterberg will step down, Crumb & Co. said on Wednesday. Johnson & Johnson said it would appeal.",
         "Crumb & Co. | organization | unknown |  | 1\nJohnson & Johnson | organization | unknown |  | 1\n"},
        {"'the actress' stands for the performer just named; 'the Lincoln actor' for no one named before",
         "For twenty years Mira Solberg played the best friend.\n\n"
         "\u201CI kept waiting for the big part,\u201D the actress says over coffee in Oslo.\n\n"
         "Ed Crane said the film was good. \u201CHe was superb,\u201D the Lincoln actor said.",
         "Mira Solberg | person | female |  | 1\nEd Crane | person | male |  | 1\nLincoln actor | person | unknown |  | 1\n"},
        {"lower-case role words before a name mentioned in passing are its role, which 'the former senator' takes up",
         "Gov. Raymond Castellano and his Republican challenger, former state senator Dale Whitcombe, clashed on Thursday.\n\n"
         "The former senator said the jobs were temporary.",
         "Dale Whitcombe | person | unknown | former state senator | 1\n"},
        {"a preposition inside a title-case headline's run names no one ('Founder Steps Down After 30 Years')",
         "Crumb & Co. Founder Steps Down After 30 Years\n\n"
         "Helen Achterberg, who opened the first Crumb & Co. bakery in 1995, will step down as chief executive, the company said.\n\n"
         "The founder plans to stay on the board.",
         "Crumb & Co. | organization | unknown |  | 1\nfounder | person | unknown |  | 1\n"},
        {"'the Hungarian' stands for the player just named; 'the Chinese' and 'the American public' do not",
         "Lena Varga said her opponent had played better. \u201CI had no answer,\u201D the Hungarian said.\n\n"
         "The Chinese said the talks were useful.",
         "Lena Varga | person | female |  | 2\nChinese | unknown | unknown |  | 1\n"},
        {"a husband or son named by a given name alone takes the surname the role's owner has ('Mrs Crewe’s husband, Graham'), not a given name's ('Mary’s husband, John')",
         "In a statement, Mrs Crewe\u2019s husband, Graham, said his wife was kind.\n\n"
         "Mary\u2019s husband, John, said the road was dangerous.",
         "Graham Crewe | person | male | Mrs Crewe\u2019s husband | 1\nJohn | person | male | Mary\u2019s husband | 1\n"},
        {"'His wife, Jane,' takes the surname of the man 'his' stands for, and keeps it when 'she' speaks again",
         "Bernie Sanders spoke in Vermont on Monday.\n\n"
         "His wife, Jane, said he would stay in the race. \"He is not done,\" she said.",
         "Jane Sanders | person | female | wife | 2\n"},
        {"a rapper's and a technology website's roles name no one ('Rapper Dev Malik', 'the technology website Bytewire'), and say what the name is",
         "Rapper Dev Malik posted a message telling her to rest.\n\n"
         "The exposure was first found by the technology website Bytewire, which said a researcher had found the server.",
         "Dev Malik | person | unknown | Rapper | 1\nBytewire | organization | unknown | technology website | 1\n"},
        {"'the representative' is the representative for the singer just described, not a second speaker; 'his childhood friend' is no 'friend' named before",
         "A representative for the singer confirmed that all dates had been called off. Ticket holders will receive refunds, the representative said.\n\n"
         "A friend said the singer was tired. His childhood friend said she needed rest.",
         "representative for the singer | person | unknown |  | 2\nfriend | person | unknown |  | 1\nchildhood friend | person | unknown |  | 1\n"},
        {"'the Global Herald newspaper' is the Global Herald, which 'The Global Herald' later is too; 'the Obama administration' keeps its noun",
         "The state-run Global Herald newspaper warned in an editorial that Australia would pay a price.\n\n"
         "The Global Herald later said the warning stood. The Obama administration said it disagreed.",
         "Global Herald | organization | unknown | newspaper | 2\nObama administration | organization | unknown |  | 1\n"},
        {"'Harlow said' is the company 'Harlow Foods', not the title-case headline's run 'Harlow Foods Cuts Forecast'",
         "Harlow Foods Cuts Forecast as Shoppers Trade Down to Store Brands\n\n"
         "Harlow Foods lowered its forecast on Tuesday, saying shoppers were buying store brands.\n\n"
         "In a regulatory filing, Harlow said it had recorded a $90 million charge.",
         "Harlow Foods | organization | unknown |  | 2\n"},
        {"'Orbis on Tuesday unveiled' names the company by the first word of the headline's run 'Orbis Unveils Lighter Headset', and 'the company' is Orbis",
         "Orbis Unveils Lighter Headset, Promising All-Day Battery\n\n"
         "Orbis on Tuesday unveiled a lighter headset. It will cost $1,499, the company said.",
         "Orbis | organization | unknown |  | 3\n"},
        {"'Rival Lumen Labs' is Lumen Labs, a rival; 'National Health Agency' keeps its first word",
         "Rival Lumen Labs posted that it would cut its price. The National Health Agency said it was reviewing the device.",
         "Lumen Labs | organization | unknown | Rival | 1\nNational Health Agency | organization | unknown |  | 1\n"},
        {"'the 24-year-old' is the runner-up named in apposition in the same paragraph, not the coach who spoke in the paragraph before",
         "Her coach, Peter Otieno, said the team had been careful. \"She was always asking for more,\" he said.\n\n"
         "The runner-up, Ethiopia's Meseret Alemu, finished 48 seconds behind. \"She was stronger than me today,\" the 24-year-old said.",
         "Peter Otieno | person | male | coach | 2\nMeseret Alemu | person | female | Ethiopia's | 1\n"},
        {"a person who uses they/them pronouns gets no gender from the first name, and 'they' stands for them",
         "Library director Sam Okafor, who uses they/them pronouns, said they had worked weekend shifts. \"I love this place,\" Okafor said.\n\n"
         "Later, they said the library would reopen.",
         "Sam Okafor | person | unknown | Library director | 3\n"},
        {"'One of them, farmer Gareth Pugh,' names the farmer: the share is no speaker of its own",
         "Opponents had argued against the wall. One of them, farmer Gareth Pugh, said he would ask for a review.",
         "Opponents | person | unknown |  | 1\nGareth Pugh | person | male | farmer | 1\n"},
        {"'The club said' after 'Dunmore Athletic sacked …' is the club that opened the sentence, a name of two words with no type yet",
         "Dunmore Athletic sacked manager Rui Almeida on Sunday.\n\n"
         "The club said in a statement that a change was needed.",
         "Dunmore Athletic | organization | unknown |  | 1\n"},
        {"'the veteran defender' is the captain who spoke just before in the paragraph; 'the GOP presidential candidate' is left to its party",
         "Captain Dean Morley said the squad had let the manager down. \"We've not been good enough,\" the veteran defender said.",
         "Dean Morley | person | male | Captain | 2\n"},
        {"a bare 'police said' is the one police force the article named ('Police Scotland')",
         "A man has been charged, Police Scotland said on Monday.\n\n"
         "Two men entered the shop at about 4.15pm, police said.",
         "Police Scotland | unknown | unknown |  | 2\n"},
        {"sport's titles before a name are roles ('Grandmaster Viktor Halvorsen', 'cyclist Ana Ruiz')",
         "Grandmaster Viktor Halvorsen described her as \"frighteningly calm.\" Olympic cyclist Ana Ruiz said she was pleased.",
         "Viktor Halvorsen | person | male | Grandmaster | 1\nAna Ruiz | person | female | Olympic cyclist | 1\n"},
        {"letters after a name ('Anne Rowbotham KC', 'Sir Keir Vance MP') are not part of it",
         "Anne Rowbotham KC told the jury that Mr Wyatt had been sacked. Ms Rowbotham said his phone had connected to a mast.",
         "Anne Rowbotham | person | female |  | 2\n"},
        {"a surname said only inside a quotation does not hold it ('Mr Ashdown' is the son, who testifies); 'Asked by Mr Vane …, he replied' is not Vane",
         "Prosecutor Anne Rowbotham said Callum Wyatt had killed Thomas Ashdown. \u201cMr Wyatt knew where Mr Ashdown would be,\u201d she said.\n\n"
         "The victim's son, Daniel Ashdown, told the court he found his father in the straw.\n\n"
         "Cross-examined by Rupert Vane, Mr Ashdown said they had argued.\n\n"
         "Asked by Mr Vane whether anyone else had a key, he replied: \u201cHalf the village, probably.\u201d",
         "Anne Rowbotham | person | female | Prosecutor | 2\nDaniel Ashdown | person | male | victim's son | 3\nRupert Vane | person | male |  | 1\n"},
        {"a name right after a role with capitalised modifiers ('the independent Velno newspaper Kurier') is the source",
         "The expulsions were first reported by the independent Velno newspaper Kurier.",
         "Kurier | unknown | unknown | independent Velno newspaper | 1\n"},
        {"'the union' is the trade union the article named as an alliance, not the body named last",
         "The Health Workers' Alliance said 640 of its members had joined picket lines.\n\n"
         "A spokesman for the Northern Health Authority said pay was a matter for local negotiation. The authority said it would not intervene.\n\n"
         "The union said further walkouts would follow next month.",
         "Health Workers' Alliance | organization | unknown |  | 2\nspokesman for the Northern Health Authority | person | male |  | 1\nNorthern Health Authority | organization | unknown |  | 1\n"},
        {"'her mother, Fiona' takes the surname of the named woman 'her' stands for, not of an unnamed mother described before",
         "The mother of a woman who took diet pills has described how her daughter was burning up.\n\n"
         "Eloise Parry, 21, was taken to hospital on 12 April.\n\n"
         "\u201cThe drug was in her system,\u201d her mother, Fiona, said in a statement.",
         "mother of a woman who took diet pills | person | female |  | 1\nFiona Parry | person | female | mother | 1\n"},
        {"'Cllr' (a councillor) and 'DCI' are titles before a name, not part of it",
         "Hexley Council's cabinet member for education, Cllr Ruth Barraclough, said she had asked for a full account. "
         "DCI Tom Reyes said the inquiry was continuing.",
         "Ruth Barraclough | person | female | Hexley Council's cabinet member for education, Cllr | 1\nTom Reyes | person | male | DCI | 1\n"},
        {"a role whose 'of' takes a lower-case field ('Tillingham director of rugby Shaun Maddox') names the person after it",
         "Tillingham director of rugby Shaun Maddox called the decision \"baffling\" and said he would ask for an explanation.",
         "Shaun Maddox | person | male | Tillingham director of rugby | 2\n"},
        {"a name with a place's noun ('Gull Point', 'Mill Lane') is a place, never the person 'she' stands for",
         "Morwenna Tregear is on her knees in the lamp room of Gull Point lighthouse. "
         "\u201cPeople think a museum is about keeping things behind glass,\u201d she says.",
         "Morwenna Tregear | person | female |  | 1\n"},
        {"'the homewares retailer' is the business named before, which 'it' then stands for",
         "Calloway Home said on Thursday that it would close 12 stores.\n\n"
         "The homewares retailer said annual profit would come in a third below expectations. Sales fell 6.1%, it said.",
         "Calloway Home | organization | unknown |  | 3\n"},
        {"'the coast guard' is the Calvera Coast Guard; 'the company', further on, the business that spoke, not an institute",
         "Rescuers pulled 227 people from the water, the Calvera Coast Guard said.\n\n"
         "Estrela Lines said in a statement that it was cooperating fully with investigators.\n\n"
         "Relatives gathered at the harbour.\n\nThe ferry was built in 1998.\n\nDivers searched the hull.\n\n"
         "The National Meteorological Institute had warned that winds could reach gale force.\n\n"
         "The ferry was carrying 231 people, according to the coast guard.\n\n"
         "The captain was among those rescued, the company said.",
         "Calvera Coast Guard | unknown | unknown |  | 2\nEstrela Lines | organization | unknown |  | 2\n"
         "National Meteorological Institute | organization | unknown |  | 1\n"},
        {"a participle opening a sentence before a name ('Defending Liam Cassidy, Mark Fenwick KC told') is no part of the name",
         "Defending Liam Cassidy, Mark Fenwick KC told the jury there was no forensic evidence. "
         "Liam Cassidy, 27, denies aggravated burglary.",
         "Mark Fenwick | person | male |  | 1\nLiam Cassidy | person | male |  | 1\n"},
        {"a bare surname is the one of its bearers who spoke, before one named since only in passing",
         "Foundation Defends Its Record\n\n"
         "Eric Vance said his foundation had raised $8 million for the hospital. "
         "The Post found no gift to the foundation from his father, Donald Vance, since 2008.\n\n"
         "Vance said his father had helped in other ways.",
         "Foundation | organization | unknown |  | 1\nEric Vance | person | male |  | 2\nPost | organization | unknown |  | 1\n"},
        {"a team's players' roles ('quarterback') and a team's plural ('The Condors said') after its full name as an employer",
         "Rourke Out Six Weeks\n\n"
         "Sacramento Condors quarterback Caleb Rourke will miss six weeks, coach Dwayne Ellison said Monday. "
         "Rourke, 29, was hurt in the fourth quarter. He stayed down for several minutes.\n\n"
         "The Condors said in a statement that Rourke would have surgery Wednesday. "
         "\u201cI\u2019ve broken bones before,\u201d he said.",
         "Dwayne Ellison | person | male | coach | 1\nSacramento Condors | organization | unknown |  | 1\n"
         "Caleb Rourke | person | male | Sacramento Condors quarterback | 1\n"},
        {"'Linda Harwell, 61, and her husband, Tom,' names Tom Harwell, whom 'Her husband said' and 'Tom Harwell said' are",
         "Linda Harwell, 61, and her husband, Tom, loaded two dogs into their pickup.\n\n"
         "Her husband said he had no idea whether the house was still standing. "
         "\"One neighbor texted that the whole street was gone,\" Tom Harwell said.",
         "Tom Harwell | person | male | husband | 2\n"},
        {"a lede's indefinite role ('A federal judge on Thursday blocked …') is the one person the story names in that role next",
         "Judge Blocks City Ban On Delivery Robots\n\n"
         "A federal judge on Thursday blocked Ashford's ban on sidewalk delivery robots, ruling that the city had not shown the machines were a danger.\n\n"
         "In a 28-page opinion, U.S. District Judge Renata Okafor wrote that the council had acted on anecdote.",
         "Renata Okafor | person | female | U.S. District Judge | 2\n"},
        {"celebrity and sports epithets stand for the person just named: 'the star', 'the reality TV favourite', 'the mother-of-two', 'the former Millhaven man'",
         "Singer Kenzie Loft has called off her engagement.\n\n"
         "The star broke the news in an Instagram post, writing that the pair had grown apart. "
         "“I’m fine,” the mother-of-two said.\n\n"
         "Kyle Mensah-Ward scored the winner. “She’d have been proud,” the former Millhaven man told reporters.",
         "Kenzie Loft | person | female | Singer | 2\nKyle Mensah-Ward | person | male |  | 1\n"},
        {"'the Castlebridge manager' is not 'Ashworth manager Paul Hennessey', named later: a club's name before a role must be among the person's roles",
         "Graeme Dunlop was candid about a poor first hour.\n\n"
         "“We were second best,” the Castlebridge manager admitted.\n\n"
         "Ashworth manager Paul Hennessey said his side should have had a penalty.",
         "Graeme Dunlop | person | male |  | 1\nPaul Hennessey | person | male | Ashworth manager | 1\n"},
        {"courtesy titles of South Asian and British news between a role and a name ('District Collector Shri Harish Chandra Bhole', 'Municipal Commissioner Smt. Kavita Ingale', 'PC Mark Elwood') are no part of the name",
         "District Collector Shri Harish Chandra Bhole said fogging will now be carried out twice daily. "
         "Municipal Commissioner Smt. Kavita Ingale informed that 42 teams are conducting surveys. "
         "PC Mark Elwood said there was no evidence that the driver had braked.",
         "Harish Chandra Bhole | person | male | District Collector | 1\nKavita Ingale | person | female | Municipal Commissioner | 1\n"
         "Mark Elwood | person | male | PC | 1\n"},
        {"a name followed by ', whose' or ', who' is a person's ('Dunlop, whose side had lost …'), whom 'the Scot' in a later paragraph and 'he' stand for (not a place named after 'trip to')",
         "Castlebridge Town won and lifted Graeme Dunlop’s side into the top six.\n\n"
         "Dunlop, whose side had lost three games, was candid.\n\n"
         "The Scot said his side’s slow start had nothing to do with Tuesday’s trip to Portmoor.\n\n"
         "‘People will say we were tired,’ he told Pitchside Radio.",
         "Graeme Dunlop | person | male |  | 2\n"},
        {"names with particles ('Imam Yusuf al-Rashid' … 'Al-Rashid', 'João dos Santos' … 'Dos Santos') are one person; a peer's title ('Baroness Whitcombe') is no part of the name",
         "Imam Yusuf al-Rashid and João dos Santos came. Al-Rashid said the shelter mattered. Dos Santos said the deal was done. "
         "Baroness Whitcombe said the towns were abandoned.",
         "Yusuf al-Rashid | person | male | Imam | 1\nJoão dos Santos | person | male |  | 1\nWhitcombe | person | female |  | 1\n"},
        {"a headline's bare role ('… chief says') and a lede's definite role of a body ('The chief of Kinabek First Nation … says') are the person named next in that role; 'Trustee' and 'Co-author' are roles; an organisation's name keeps a role word inside it ('Illinois Voter Access Project')",
         "‘We’re tired of being patient,’ chief says as advisory hits 1 year\n\n"
         "The chief of Kinabek First Nation in northwestern Quebec says her community has run out of patience.\n\n"
         "Chief Noreen Papatie said in an interview that the plant failed in March. "
         "Trustee Paul Nakamura said the board had rushed. Co-author Tobias Wren said the effect faded. "
         "The Illinois Voter Access Project, a nonpartisan advocacy group, warned that rural voters rely on the early weeks.",
         "Noreen Papatie | person | female | Chief | 3\nPaul Nakamura | person | male | Trustee | 1\n"
         "Tobias Wren | person | male | Co-author | 1\nIllinois Voter Access Project | organization | unknown | nonpartisan advocacy group | 1\n"},
        {"'Long' after 'Nguyen Van Long' is his name, not the adverb of 'has long said'; a party before a role must be the person's ('the state's Democratic governor' is not Republican Gov. Eric Hale)",
         "Nguyen Van Long, general director of Song Lam Industrial, said the company would build the plant. "
         "Long said his company had spent two years persuading officials. "
         "Republican Gov. Eric Hale signed the bill. The state's Democratic governor said he would veto it.",
         "Nguyen Van Long | person | unknown | general director of Song Lam Industrial | 2\n"
         "state's Democratic governor | person | unknown |  | 1\n"},
        {"a role in apposition before a name ('heard from the district auditor, Hilary Crane, who told it …') is hers, so 'the auditor' is Hilary Crane",
         "The inquiry has already heard from the district auditor, Hilary Crane, who told it on Monday that the estimate had risen. "
         "Those figures, according to the auditor, were too high.",
         "Hilary Crane | person | female | district auditor | 2\n"},
        {"a role with a capitalised modifier no one's roles name ('the Castlebridge manager') is the person just named who holds no role, not the other club's manager named later",
         "Graeme Dunlop’s side won.\n\n"
         "Dunlop, whose side had lost three games, was candid.\n\n"
         "“We were second best,” the Castlebridge manager admitted.\n\n"
         "Ashworth manager Paul Hennessey said his side should have had a penalty.",
         "Graeme Dunlop | person | male |  | 1\nPaul Hennessey | person | male | Ashworth manager | 1\n"},
        {"a business described in four words ('the British snack maker') is the company named before",
         "Ardlow Foods reported lower profit on Thursday. Profit fell 18%, the British snack maker said.",
         "Ardlow Foods | organization | unknown |  | 2\n"},
        {"a headline's one-word company ('Lumora pushes back …, says …') is the company the text names in full ('Lumora Technologies said')",
         "Lumora pushes back Halo 2 headset, says demand is ‘softer than expected’\n\n"
         "Lumora Technologies said on Thursday that it would delay the launch.",
         "Lumora Technologies | organization | unknown |  | 2\n"},
        {"a body's described name ('the fire service', 'the hospice') and 'the force' for the police name the body named before",
         "A neighbour carried a woman down the stairs, Dunmere Fire and Rescue Service said. "
         "Crews found it well alight, according to the fire service.\n\n"
         "The walk raised a record sum, Harcourt Hospice said. The hospice said donations would stay open.\n\n"
         "A man was arrested, Westbrook Constabulary said. The force said it would not be naming him.",
         "Dunmere Fire and Rescue Service | organization | unknown |  | 2\n"
         "Harcourt Hospice | organization | unknown |  | 2\n"
         "Westbrook Constabulary | organization | unknown |  | 2\n"},
        {"a name written with and without its accents is one person",
         "Francois Hollande says Trump makes you want to retch\n\n"
         "French President Fran\u00e7ois Hollande said Trump's excesses were sickening.",
         "Fran\u00e7ois Hollande | person | male | French President | 2\n"},
        {"'the statement said' is whoever the text just said spoke in a statement; a headline's one word opens the company's full name",
         "Thornbury fined $4 million over leaks\n\n"
         "Thornbury Water Company was fined on Monday. Thornbury said in a statement that it accepted the findings.\n\n"
         "\u201cWe have invested more than $400 million,\u201d the statement said.",
         "Thornbury Water Company | organization | unknown |  | 2\n"},
        {"local offices are roles before a name ('County Supervisor', 'Assemblywoman', 'Headteacher')",
         "County Supervisor Lena Fairchild asked whether the state would send aircraft. "
         "Assemblywoman Rosa Delgado said the money was there. Headteacher Tom Rusk said the school would close.",
         "Lena Fairchild | person | female | County Supervisor | 1\nRosa Delgado | person | female | Assemblywoman | 1\n"
         "Tom Rusk | person | male | Headteacher | 1\n"},
        {"'and' inside what a ministry is 'of' ('Ministry of Health and Welfare'), without the country that owns it",
         "Vessaly\u2019s Ministry of Health and Welfare began offering a new vaccine on Monday.\n\n"
         "The ministry denied that any region had been short-changed.",
         "Ministry of Health and Welfare | organization | unknown |  | 1\n"},
        {"a ministry described in lower case ('the Sorvian ministry') is the one named in full before",
         "Sorvia summons ambassador\n\n"
         "The Sorvian Foreign Ministry summoned the ambassador on Wednesday, a spokesman said.\n\n"
         "The Sorvian ministry said it had advised citizens against all travel.",
         "spokesman | person | male |  | 1\nSorvian Foreign Ministry | organization | unknown |  | 1\n"},
        {"a force, a hospice, a trade or a club's 'Athletic' ends an organisation's name",
         "Lowmere Athletic said it had written to the league. Harcourt Hospice said the total was a record. "
         "Vallencourt Furniture said it would appeal. Westbrook Constabulary said a man had been arrested.",
         "Lowmere Athletic | organization | unknown |  | 1\nHarcourt Hospice | organization | unknown |  | 1\n"
         "Vallencourt Furniture | organization | unknown |  | 1\nWestbrook Constabulary | organization | unknown |  | 1\n"},
        {"a headline's role names whoever holds the whole of it ('finance minister', not the prime minister)",
         "Coalition on brink as finance minister accuses prime minister of betrayal\n\n"
         "Finance Minister Daria Skov accused Prime Minister Ilse Marrek of rewriting the budget behind her back.",
         "Daria Skov | person | female | Finance Minister | 2\n"},
        {"a headline's 'Environment minister quits …, says' is the minister the lede says resigned as one",
         "Environment minister quits over lobbying messages, says he made a serious error\n\n"
         "Rufus Penhallow resigned as Brenmark's environment minister on Friday.",
         "Rufus Penhallow | person | unknown | environment minister | 1\n"},
        {"a family name that opens a Korean or Chinese name says no gender ('Wang Meiling' is the 'she' after her)",
         "Trustee Choi Eun-ji asked whether the district had a tenant. \u201cWe find money for a scoreboard,\u201d Ms. Choi said.\n\n"
         "Wang Meiling, whose two sons attend Eastgate, said the walk was long. \u201cThere is no light,\u201d she said.",
         "Choi Eun-ji | person | female | Trustee | 2\nWang Meiling | person | female |  | 2\n"},
        {"a headline's body ('…, disaster agency says') is the first body of that kind the story names",
         "Floods kill at least 38 in Redang province, disaster agency says\n\n"
         "At least 38 people have died, the National Disaster Mitigation Agency said on Monday. "
         "The Meteorology Agency warned that heavy rain would continue.",
         "National Disaster Mitigation Agency | organization | unknown |  | 2\nMeteorology Agency | organization | unknown |  | 1\n"},
        {"a name with a 'which' clause is a body ('Kellerhaus, which makes …', 'the company' after it), and its first word alone is the body named in full",
         "Kellerhaus, which makes a third of the dishwashers sold in the country, said in a statement that repairs carry risks. "
         "The company added that it sells spare parts.\n\n"
         "Tallis Robotics lost a patent case on Friday. Tallis, which is based in Lanesborough, said it would appeal.",
         "Kellerhaus | organization | unknown |  | 2\nTallis Robotics | organization | unknown |  | 1\n"},
        {"'the military' is a body of its own, not the newspaper named before it",
         "The state-run Harare Herald said the president had met the generals.\n\n"
         "The military said it was keeping him and his family safe.",
         "Harare Herald | organization | unknown |  | 1\nmilitary | organization | unknown |  | 1\n"},
        {"'he' is no nationality (\"Trump's Middle Eastern policy\"), but may be a person whose surname is one",
         "On Monday, Rubio made sure his critique of Trump\u2019s Middle Eastern policy was polite. "
         "\u201CI don\u2019t know if Donald realizes this,\u201D he said.\n\n"
         "David French wrote a column. \u201CIt is wrong,\u201D he said.",
         "Rubio | person | male |  | 1\nDavid French | person | male |  | 1\n"},
        {"a business noun before a name makes it an organisation, which 'the company' then is",
         "The mobile payments app Tillo was back online on Tuesday.\n\nThe company said a faulty update had caused the failure.",
         "Tillo | organization | unknown |  | 1\n"},
        {"a name between 'the' and a noun modifies it: no 'she' refers to it",
         "For 26 years, Morag Ferguson climbed the 112 steps of the Carrick Point lighthouse twice a night.\n\n"
         "\"People think it must have been lonely,\" she says.",
         "Morag Ferguson | person | female |  | 1\n"},
        {"an organisation that owns something, then 'the agency' and its initials; a couple, then each of them",
         "The European Space Research Agency\u2019s Kestrel probe has found ice, the agency said.\n\n"
         "The ice lies in a layer 40 centimetres thick, according to ESRA.\n\n"
         "Gordon and Ruth Pennock, both 71, said they had checked the numbers.\n\n"
         "\"He thought the machine was broken,\" Mrs Pennock said.\n\n\"Where would we go?\" Mr Pennock said.",
         "European Space Research Agency | organization | unknown |  | 2\n"
         "Gordon and Ruth Pennock | person | unknown |  | 1\n"
         "Ruth Pennock | person | female |  | 1\nGordon Pennock | person | male |  | 1\n"},
        {"the organisation a described source speaks for; a business as an owner; 'College of'; a person 'of' a firm",
         "A spokesperson for Cumbria Police said three people had been arrested. The force said the protest had been peaceful.\n\n"
         "The quarry\u2019s owner, Northern Aggregates, said it respected the right to protest. "
         "The company says the extension will secure 85 jobs.\n\n"
         "The Royal College of Surgeons warned that the plan would fail.\n\n"
         "Tobias Brandt of the research firm Kestrel Insight said the claims were bold.",
         "spokesperson for Cumbria Police | person | unknown |  | 1\nCumbria Police | organization | unknown |  | 1\n"
         "Northern Aggregates | organization | unknown | quarry\u2019s owner | 2\n"
         "Royal College of Surgeons | organization | unknown |  | 1\n"
         "Tobias Brandt | person | male | research firm Kestrel Insight | 1\n"},
        {"a headline's role, capitalised only by its position, is the person named with that role below",
         "Health minister promises to halve waiting lists\n\n"
         "The health minister, Dr. Sunita Rao, pledged on Monday to halve the number of people waiting.",
         "Sunita Rao | person | female | health minister | 2\n"},
        {"a surname before the full name",
         "\"We do not agree yet,\" Rasmussen told reporters.\nLater, NATO Secretary General Anders Fogh Rasmussen said talks would go on.",
         "Anders Fogh Rasmussen | person | male | NATO Secretary General | 2\n"},
        {"gender from a pronoun that refers to the speaker",
         "Robin Vale said the vote was close. She added that a recount was likely.",
         "Robin Vale | person | female |  | 2\n"},
        {"organisations and countries",
         "NATO said the shield would go ahead. Russia said it would respond. The Kremlin said nothing more would be said.",
         "NATO | organization | unknown |  | 1\nRussia | organization | unknown |  | 1\nKremlin | organization | unknown |  | 1\n"},
        {"first names used by both genders give none; Angela is a woman's",
         "Jean Holt said the wait was long. Angela Merkel said the talks would go on.",
         "Jean Holt | unknown | unknown |  | 1\nAngela Merkel | person | female |  | 1\n"},
        {"'he' after a speaker of unknown gender in its own paragraph is that speaker",
         "\"We are cutting waits,\" Steve Barclay said.\n\n"
         "But the shadow health secretary, Wes Streeting, accused the government of failing. He added: \"It is the worst state.\"",
         "Steve Barclay | person | male |  | 1\nWes Streeting | person | male | shadow health secretary | 2\n"},
        {"'she' is a person named before a place in the same sentence",
         "Jean Holt, 72, from Leeds, has waited 18 months. \"Some days I cannot get up,\" she said.",
         "Jean Holt | person | female |  | 1\n"},
        {"'he' is the name that opens its paragraph, not the speaker of the paragraph before",
         "\"He gave everything,\" chairman Keith Moran said.\n\n"
         "Paulo Duarte, 48, was appointed in June. Speaking after the loss, he insisted he could turn things around.",
         "Keith Moran | person | male | chairman | 1\nPaulo Duarte | person | male |  | 1\n"},
        {"a place or a modifying name is never 'he'",
         "Barack Obama said the laws had failed.\n\n"
         "After nine churchgoers were killed in South Carolina, he admitted there were few options.\n\n"
         "Gulf allies were unconvinced, he said.",
         "Barack Obama | person | male |  | 3\n"},
        {"a lake is no 'she'",
         "Tomas Brandt has crossed Lake Orlo for 41 years.\n\n"
         "His daughter, Elin, wants him to retire. \"I worry every winter,\" she says.",
         "Elin Brandt | person | female | daughter | 2\n"},
        {"a capitalised role of ordinary people before a name",
         "Passenger Kevin Marsh, 34, said he had been rebooked three times.",
         "Kevin Marsh | person | male | Passenger | 1\n"},
        {"a party before a name is a role; 'the Democrat' and 'the Republican' are the people it was given to",
         "At the debate, Democrat Hillary Clinton said Trump was unfit. Republican Donald Trump said she was wrong.\n\n"
         "\"I am ready,\" the Democrat said.\n\nThe Republican said she was not.",
         "Hillary Clinton | person | female | Democrat | 2\nDonald Trump | person | male | Republican | 2\n"},
        {"a longer name inside a quotation (a nickname) does not rename the person",
         "Hillary Clinton said the debate went well.\n\n"
         "Trump says, \"It was harder than working Crooked Hillary Clinton.\"\n\n\"We won,\" Clinton said.",
         "Hillary Clinton | person | female |  | 2\nTrump | unknown | unknown |  | 1\n"},
        {"'the GOP nominee' and 'the Republican presidential nominee' are the one Republican the article names, before or after",
         "The GOP nominee complained about his microphone.\n\n"
         "Later, Republican Donald Trump said the debate was rigged.\n\n"
         "The Republican presidential nominee noted Friday that his campaign had money.\n\n"
         "Democrat Hillary Clinton said she was ready.",
         "Donald Trump | person | male | Republican | 3\nHillary Clinton | person | female | Democrat | 1\n"},
        {"a title's capitalised 'Is' ends the name before it",
         "Politifact: Donald Trump Is Right About Chicago.\n\nTrump said the numbers were high.",
         "Politifact | unknown | unknown |  | 1\nDonald Trump | person | male |  | 1\n"},
        {"a headline's capitals run on past the name: the text's full name replaces it; 'Sens.' is a role",
         "Elizabeth Warren Hammers Wells Fargo CEO\n\nMassachusetts Sen. Elizabeth Warren met the bank's chief on Tuesday.\n\n"
         "\"You should resign,\" Warren said.\n\nSens. Jon Tester and David Vitter said the bank was too big.",
         "Elizabeth Warren | person | female | Massachusetts Sen. | 1\nSens. Jon Tester and David Vitter | person | unknown |  | 1\n"},
        {"a place named once by its place word is no 'he' when named again without it; 'Should', 'Unlike' start no name",
         "Title\n\nA naval battle in the middle of the Pacific Ocean changed the war. Last week, President Obama flew here.\n\n"
         "The president's Pacific roots came into play. In Honolulu, he told leaders that the ocean was rising.\n\n"
         "Should Mr. Clarke fail, the state pays. Unlike Patriot, Mr. Clarke has few investors, he said.",
         "Obama | person | male | President | 1\nClarke | person | male |  | 1\n"},
        {"a typographic and a straight apostrophe spell one name",
         "NYPD Commissioner James O\u2019Neill said the blast was deliberate.\n\n\"We are looking at everything,\" O'Neill said.",
         "James O\u2019Neill | person | male | NYPD Commissioner | 2\n"},
        {"a nickname after an initial ends no sentence, and the nickname with the surname is the same person",
         "Virginian could make history\n\nNEWPORT NEWS, Va. - In a tradition he has kept for 40 years, Rep. Robert C. \"Bobby\" Scott threw open his yard.\n\n"
         "\"It is a tradition,\" Scott said.\n\nBobby Scott said he would not run.",
         "Robert C. Scott | person | male | Rep. | 2\n"},
        {"'the governor' and 'the senator' stand for whoever was given the abbreviated title",
         "Christie calls Clinton a disgrace\n\nNew Jersey Gov. Chris Christie described Hillary Clinton as a disgrace.\n\n"
         "\"She knows nothing,\" the governor added.\n\nSen. Bernie Sanders disagreed. \"That is wrong,\" the senator said.",
         "Chris Christie | person | male | New Jersey Gov. | 3\nBernie Sanders | person | male | Sen. | 1\n"},
        {"an abbreviated title must carry the role noun's place: 'the Vermont senator' is not 'Republican Sen. John McCain'",
         "Campaign notes\n\nRepublican Sen. John McCain says the loose talk is dangerous.\n\n"
         "Democratic presidential candidate Bernie Sanders is choosing not to respond.\n\n"
         "Instead, the Vermont senator said his campaign would stay positive.",
         "John McCain | person | male | Republican Sen. | 1\nVermont senator | person | unknown |  | 1\n"},
        {"', a Democrat,' gives the party as a role; 'of the Dunmore police' is whom a titled person serves; 'the inspector' is the 'Insp.'",
         "Budget signed\n\nQuennell, a Democrat, dismissed the criticism. Later the Democrat said she would wait.\n\n"
         "Det. Insp. Karin Holloway of the Dunmore police said the thieves had cut through a skylight. "
         "\"This was planned,\" the inspector told reporters. Near the Verran Lake Museum, she appealed for witnesses.",
         "Quennell | person | unknown | Democrat | 2\nKarin Holloway | person | female | Det. Insp., Dunmore police | 3\n"},
        {"a nickname with the surname, and a taunt ending in them, name the person whose name holds the nickname",
         "Debate\n\nPORT HADLEY \u2014 Rep. Thomas J. \"Tommy\" Garrity and his challenger clashed over taxes.\n\n"
         "\"Tax Hike Tommy Garrity has never met a levy he liked,\" Vance said.\n\n"
         "Garrity, a Democrat, said his votes had kept the shipyard open. Tommy Garrity replied that the exemption was gone.",
         "Vance | unknown | unknown |  | 1\nThomas J. Garrity | person | male | Rep. | 2\n"},
        {"a role written before a name and a comma is that person's, and a capitalised role after 'the' finds it, as a subject too",
         "Debate\n\nPORT HADLEY \u2014 Rep. Tom Garrity and his Republican challenger, Evelyn Vance, clashed over taxes.\n\n"
         "The Republican pressed him on a pension bill, asking why it had exempted members of Congress.",
         "Evelyn Vance | person | female | Republican challenger | 1\n"},
        {"a capitalised title is named whole: 'the Kuwaiti Assistant Foreign Minister' is not a minister of a church",
         "Dexter Wakefield, a minister with the Living Church of God, said she was devout.\n\n"
         "Her death was confirmed by the Kuwaiti Assistant Foreign Minister, who said she had been on the flight.",
         "Dexter Wakefield | person | unknown | minister with the Living Church of God | 1\nKuwaiti Assistant Foreign Minister | person | unknown |  | 2\n"},
        {"a compound in -man is a man: the watchman who just spoke is the next 'he', not the director named before",
         "Theft\n\nThe museum's director, Anselm Fitch, said the brooches were irreplaceable.\n\n"
         "A night watchman, who asked not to be named, said the skylight alarm had been faulty for weeks. \"We reported it twice,\" he said.",
         "Anselm Fitch | person | male | museum's director | 1\nnight watchman | person | male |  | 2\n"},
        {"a plural owner's apostrophe ends the role before a name; 'Neither' opens no name but may stand alone",
         "Title\n\nLater, Fox News\u2019 Sean Hannity said the debate was rigged.\n\n"
         "Neither Donald J. Trump nor his aides said anything. Trump said it was fine.\n\n"
         "(Neither wanted to share his name with a reporter.)",
         "Sean Hannity | person | male | Fox News\u2019 | 1\n"
         "Donald J. Trump | person | male |  | 1\nNeither | unknown | unknown |  | 1\n"},
        {"'-born' and 'Alderman' are roles before a name",
         "Later, South Korean-born Monte Haines said the plan was wrong. Chicago Alderman Jason C. Ervin said it was right.",
         "Monte Haines | unknown | unknown | South Korean-born | 1\nJason C. Ervin | person | male | Chicago Alderman | 1\n"},
        {"the 'to' of an infinitive after an object is in the mention, not the speaker's name",
         "Ms. Brainard chimed in, breaking with the Fed's chairwoman, Janet L. Yellen, to argue that the Fed was wrong.",
         "Fed's chairwoman, Janet L. Yellen | person | female |  | 1\n"},
        {"'Shares of Lumora' names the company, which 'Lumora said' is, not the headline's run it opens; "
         "'a spokeswoman for the board, Janine Roper' names the board 'the board' is",
         "Lumora Shares Slide After Sales Miss\n\nShares of Lumora, the lighting maker, fell 14 percent on Thursday.\n\n"
         "Revenue fell 9 percent, Lumora said in a statement.\n\n"
         "A spokeswoman for the Lowmoor Health Board, Janine Roper, said the board was disappointed. "
         "The board said emergency care would continue. The striker himself has said little.",
         "Lumora | organization | unknown |  | 1\nJanine Roper | person | female | spokeswoman for the Lowmoor Health Board | 1\n"
         "Lowmoor Health Board | organization | unknown |  | 1\n"},
        {"a headline's described source is the named speaker of the body's report that says the same; a poll's finding is no one's",
         "Witness says she saw defendant near depot before blaze\n\n"
         "Renata Voss, 34, told the jury that she saw the defendant walking away from the depot before the blaze.\n\n"
         "Prosecutor Alan Reed said the fire was set deliberately.",
         "Renata Voss | person | female |  | 2\nAlan Reed | person | male | Prosecutor | 1\n"},
        {"a body of capitalised name takes the place it sits in, after a comma too",
         "Three peacekeepers were killed on Tuesday, the UN Stabilisation Mission in Corvenia said.",
         "UN Stabilisation Mission in Corvenia | organization | unknown |  | 1\n"},
        {"a name after 'the' with no given name in it is no 'he': a newspaper the speaker talked to",
         "Ashby rejected the charge in an interview with the Harrisburg Sentinel on Wednesday. \"It's dishonest,\" he said.",
         "Ashby | person | male |  | 2\n"},
        {"'the UN agency' is the body named before whose name holds 'UN', at a sentence's start too",
         "More than 38,000 people have crossed, the UN Office for Displacement Affairs said.\n\n"
         "The UN agency said it would begin trucking water. Later, the UN agency urged calm.",
         "UN Office for Displacement Affairs | organization | unknown |  | 3\n"},
        {"'the Indiana Republican' and 'the Vermont senator' are the legislators given that party and state, and no one else of their party",
         "House Speaker Marian Holloway, R-Ind., said talks were close. Rep. Travis Odum, R-S.C., said they were not.\n\n"
         "Sen. Ed Pike (D-Vt.) said nothing new. The Indiana Republican said she would wait. The Vermont senator said he would too.",
         "Marian Holloway | person | female | House Speaker | 2\nTravis Odum | person | unknown | Rep. | 1\n"
         "Ed Pike | person | male | Sen. | 2\n"},
        {"a headline's description found to be a body's name takes along what was resolved to it ('It says')",
         "Soldiers killed 27 civilians in raid, rights group says\n\n"
         "Soldiers killed at least 27 civilians in a raid last month, a report by the human rights group Civic Watch found.\n\n"
         "The report is based on interviews with survivors. It says soldiers went from house to house.",
         "Civic Watch | organization | unknown |  | 3\n"},
        {"a company named in a relative clause of another's source is the one its short name means later",
         "The Immigration Enforcement Bureau, which pays a private company, Corwell Secure Services, to run the facility, "
         "said it concurs with the report.\n\nCorwell said in a statement that it had hired 30 guards.",
         "Immigration Enforcement Bureau | organization | unknown |  | 1\nCorwell Secure Services | organization | unknown |  | 1\n"},
        {"'the report' after 'a report by' a named body is that body's",
         "Detainees slept on floors, a report by the Office of Detention Oversight found.\n\n"
         "The report said detainees waited nine days to see a doctor.",
         "Office of Detention Oversight | organization | unknown |  | 2\n"},
        {"a lede's 'the regional utility' is the first business the story names; its initials in brackets are its name too",
         "Thousands without power after storm, utility says\n\n"
         "About 90,000 homes were still without power on Sunday, the regional utility said.\n\n"
         "Halden Valley Power (HVP) said crews were working through the night.\n\nHVP said it had no record of a warning.",
         "Halden Valley Power | organization | unknown |  | 4\n"},
        {"a lede's 'its foreign ministry' is the ministry named later, but 'the board of' a named company is that company, not another board",
         "Orvenia summons envoy over border crossing\n\n"
         "Orvenia summoned the ambassador of Ketria on Sunday, and its foreign ministry said soldiers had crossed the border.\n\n"
         "In a statement, the Orvenian Ministry of Foreign Affairs called the move \"a provocation.\"\n\n"
         "The board of Halden Breweries said it would accept the offer. The Competition Review Board said it would look at the deal.",
         "Orvenian Ministry of Foreign Affairs | organization | unknown |  | 2\n"
         "Halden Breweries | organization | unknown |  | 1\nCompetition Review Board | organization | unknown |  | 1\n"},
        {"a lede's 'the company' is the first business that speaks in the story: no public service, nor a modifier's initials",
         "Phone network down for 14 hours\n\n"
         "Millions of Vantel customers lost their phone signal on Tuesday, the company said.\n\n"
         "The National Emergency Service said 600 calls had failed. Customers switched to spare SIM cards.\n\n"
         "Vantel declined to comment.",
         "Vantel | unknown | unknown |  | 2\nNational Emergency Service | organization | unknown |  | 1\n"},
        {"a lede's 'the country's nuclear regulator' is the first speaking body named as an inspectorate",
         "Cracks found at reactor\n\n"
         "Inspectors found cracks in cooling pipes at the Arlow reactor, the country's nuclear regulator said on Friday.\n\n"
         "The Nuclear Safety Inspectorate said the cracks posed no immediate risk.",
         "Nuclear Safety Inspectorate | organization | unknown |  | 2\n"},
        {"a public body's name leaves out its country's possessive",
         "Chatbot maker under investigation\n\n"
         "Marovia's Digital Markets Authority has opened an investigation into Parallax Labs.\n\n"
         "The authority said it had serious concerns.",
         "Digital Markets Authority | organization | unknown |  | 1\n"},
        {"'A Brightmoor spokesperson' is no one named Brightmoor: the body's short name later is the body",
         "Insurer hacked\n\n"
         "Brightmoor Mutual, the health insurer, said on Friday that hackers had stolen data.\n\n"
         "A Brightmoor spokesperson said the company was working with police.\n\n"
         "Brightmoor said it would offer free monitoring. A former Brightmoor engineer said the servers were old.\n\n"
         "Brightmoor said the servers had been replaced.",
         "Brightmoor Mutual | organization | unknown | health insurer | 3\nBrightmoor spokesperson | person | unknown |  | 1\n"
         "Brightmoor engineer | person | unknown |  | 1\n"},
        {"a headline's 'Health insurer' is the business the story names; an apposition after a place's possessive says it is one",
         "Health insurer says data of 2 million members stolen\n\n"
         "CALLOWFIELD, June 7 - Brightmoor Mutual, Lethany's second-largest health insurer, said on Friday that hackers had stolen data.",
         "Brightmoor Mutual | organization | unknown | Lethany's second-largest health insurer | 2\n"},
        {"'it' is a source of no known type whose name has no given name, when no body is named",
         "Solar schemes stuck in queue\n\n"
         "In a statement, Westvale Distribution denied favouring large developers. "
         "\"Connection offers are made strictly in the order in which complete applications are received,\" it said.",
         "Westvale Distribution | unknown | unknown |  | 2\n"},
        {"'the court' is the court that spoke before one only mentioned since",
         "Court clears way for wind farm\n\n"
         "In a 64-page ruling, the High Administrative Court said the assessment had been lawful.\n\n"
         "The Fishermen's Federation said it would consider taking the case to the Constitutional Court.\n\n"
         "The court noted that the developer had agreed to fund a programme to monitor fish stocks.",
         "High Administrative Court | organization | unknown |  | 2\nFishermen's Federation | organization | unknown |  | 1\n"},
        {"'he' opening a paragraph is the last to speak in the one before, a name of unknown gender and type too",
         "Newspaper to close\n\n"
         "At a newsagent on Harbour Street, owner Pradeep Nair said he sold about 90 copies every morning. "
         "\"Some of them come in just for the crossword,\" he said.\n\n"
         "One of those customers, retired dockworker Alf Brennan, 79, said he had read the paper every day since he was a boy.\n\n"
         "\"It's like losing a friend,\" he said.",
         "Pradeep Nair | person | male | owner | 2\nAlf Brennan | person | male |  | 2\n"},
        {"'the five-judge panel' is the court named before",
         "Phone operator broke privacy law\n\n"
         "The Supreme Court of Ardania ruled on Tuesday that Telvanta broke the law.\n\n"
         "In a 94-page judgment, the five-judge panel said the company had treated customers badly.",
         "Supreme Court of Ardania | organization | unknown |  | 2\n"},
        {"a lede's description ('A former top-flight goalkeeper', 'The owner of Kessburg Rovers') is the person whose name "
         "opens the next paragraph, and the headline's role by the same noun is that person too",
         "Former goalkeeper tells court he took cash\n\n"
         "VESTRA - A former top-flight goalkeeper told a court on Monday that he had been paid to concede goals.\n\n"
         "Tobias Renn, 33, is giving evidence for the prosecution.",
         "Tobias Renn | person | male |  | 2\n"},
        {"a lede's 'The owner of Kessburg Rovers' is the person whose name opens the next paragraph",
         "Stadium row deepens\n\n"
         "KESSBURG - The owner of Kessburg Rovers has accused the council of trying to hold the club to ransom.\n\n"
         "Alistair Penhale, whose company bought the club in 2019, did not attend.",
         "Alistair Penhale | person | male |  | 1\n"},
        {"'the diocese' is the Diocese named before",
         "Church to close\n\n"
         "The Diocese of Wrenmouth will close St Brannoc's church, Archdeacon Ruth Callan said.\n\n"
         "The diocese said it rejected any suggestion that maintenance had been neglected. "
         "The archdeacon said the memorials would be discussed with the families.",
         "Ruth Callan | person | female | Archdeacon | 2\nDiocese of Wrenmouth | organization | unknown |  | 1\n"},
        {"a headline's 'minister' is the one minister who speaks, not one only named",
         "Minister says city can afford Olympic bid\n\n"
         "SELMOUTH - Prime Minister Erik Salo attended the launch. Finance Minister Adela Quist said the Games would cost "
         "no more than 6.5 billion florins.",
         "Adela Quist | person | unknown | Finance Minister | 2\n"},
        {"a lede's 'its owner' is the first business that speaks in the story",
         "Newspaper to close\n\n"
         "LANFORD - The Lanford Courier will publish its final edition on Saturday, its owner announced on Monday.\n\n"
         "Harrowgate Media Group, which bought the paper in 2011, said in a statement that revenue had fallen.",
         "Harrowgate Media Group | organization | unknown |  | 2\n"},
        {"a lede's 'it' that nothing before stands for is the body its report opens with, named later",
         "Regulator raises price cap\n\n"
         "HAVERHOLM (Wire) - Rellund's energy regulator will raise the cap on household bills by 14 per cent, it said on Wednesday.\n\n"
         "The Energy Markets Authority (EMA) said the increase reflected a rise in wholesale gas prices.",
         "Energy Markets Authority | organization | unknown |  | 2\n"},
        {"an inquiry is a body that reports: the headline's and the lede's are the panel named after them",
         "Referees face abuse at every level, inquiry finds\n\n"
         "NORDHAVEN - Referees are routinely threatened, an independent inquiry concluded on Thursday.\n\n"
         "More than half had been threatened, the Independent Panel on Match Officials said in its report.",
         "Independent Panel on Match Officials | organization | unknown |  | 3\n"},
        {"a lede's body is one the story names that speaks through a role noun too ('the panel said')",
         "Referees abused\n\n"
         "NORDHAVEN - Referees are routinely threatened, an independent inquiry concluded on Thursday.\n\n"
         "The Independent Panel on Match Officials met 412 officials. More than half had been threatened, the panel said.",
         "Independent Panel on Match Officials | organization | unknown |  | 2\n"},
        {"'the Civil Aviation and Travel Authority' is one body's name, which 'the authority' is later",
         "Travel agency collapses\n\n"
         "Customers abroad are covered by the fund, according to the Civil Aviation and Travel Authority.\n\n"
         "The authority said it was aware of a small number of cases.",
         "Civil Aviation and Travel Authority | organization | unknown |  | 2\n"},
        {"'police said' before the one police body the story names is that body; 'Trooper' is a title",
         "Missing woman found alive\n\n"
         "A 79-year-old Tarrow woman who wandered from her home was found alive Monday, police said.\n\n"
         "The Tarrow Police Department said she was taken to hospital. "
         "Trooper Alicia Vance, a spokeswoman for the state patrol, said the search had ended.",
         "Tarrow Police Department | organization | unknown |  | 2\nAlicia Vance | person | female | Trooper, spokeswoman for the state patrol | 1\n"},
        {"'the sheriff's office' is the body whose name holds the phrase, not the office that spoke last",
         "Body found in pond\n\n"
         "The Wexley County Sheriff's Office is investigating a death. "
         "The Wexley County Medical Examiner's Office said the man had drowned.\n\n"
         "The sheriff's office said it had asked the state for help.",
         "Wexley County Medical Examiner's Office | organization | unknown |  | 1\n"
         "Wexley County Sheriff's Office | organization | unknown |  | 1\n"},
        {"a headline's 'DA' is the district attorney, not the spokesman for the district attorney's office",
         "Roofer charged with cheating homeowners, DA says\n\n"
         "\"He targeted people,\" District Attorney Lorraine Whitcomb said in a statement.\n\n"
         "A spokesman for the district attorney's office, Miles Durant, said more charges were possible.",
         "Lorraine Whitcomb | person | female | District Attorney | 2\n"
         "Miles Durant | person | male | spokesman for the district attorney's office | 1\n"},
        {"unnamed sources are speakers of their own",
         "The plan will fail, two officials said. A spokeswoman for the ministry said the talks were over.",
         "officials | person | unknown |  | 1\nspokeswoman for the ministry | person | female |  | 1\n"},
    };
    for (const Row& row : rows) {
        INFO(row.name << "\n" << row.text);
        CHECK(speakers(row.text) == row.expected);
    }
}

TEST_CASE("speaker resolver: the chain each attribution hangs on, for corrections")
{
    const std::string text =
        "Russian Foreign Minister Sergei Lavrov met Anders Fogh Rasmussen on Monday.\n"
        "\"We still have time,\" he told reporters.\n"
        "The talks went on into the night.\n"
        "\"But time is running out for a deal with the alliance.\"\n"
        "\"We do not agree yet,\" Lavrov said.";
    const AnnotationSet set = extractQuotes(text);
    REQUIRE(set.quotes.size() == 3);
    const Quote& he = set.quotes[0];
    const Quote& goesOn = set.quotes[1];
    const Quote& surname = set.quotes[2];

    // "he": resolved through the last compatible name, with the other man as the runner-up
    REQUIRE(set.speaker(he.speaker) != nullptr);
    CHECK(set.speaker(he.speaker)->name == "Anders Fogh Rasmussen");
    REQUIRE(he.alternatives.size() == 1);
    CHECK(set.speaker(he.alternatives[0])->name == "Sergei Lavrov");
    auto mentionAt = [&](const Span& span) {
        return std::find_if(set.mentions.begin(), set.mentions.end(), [&](const Mention& m) { return m.span == span; });
    };
    auto pronoun = mentionAt(*he.mention);
    REQUIRE(pronoun != set.mentions.end());
    REQUIRE(pronoun->antecedent.has_value());
    CHECK(pronoun->antecedent->in(text) == "Anders Fogh Rasmussen");

    // a quote paragraph with no cue of its own goes on from the quote before it
    CHECK(goesOn.speaker == he.speaker);
    CHECK(goesOn.follows == he.id);

    // a surname hangs on the fuller name given before
    auto lavrov = mentionAt(*surname.mention);
    REQUIRE(lavrov != set.mentions.end());
    REQUIRE(lavrov->antecedent.has_value());
    CHECK(lavrov->antecedent->in(text) == "Russian Foreign Minister Sergei Lavrov");
}
