// Closed-class English words and the title/role vocabulary of news writing.
#include "extract/lexicon_builder.h"

namespace ql::lexicon {

void addFunctionWords(LexiconBuilder& b)
{
    b.add("mr mrs ms dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj st rev hon pres supt "
          "atty insp det del cpl pvt fr msgr v vs smt tmt rt cr clr cllr brig cdre cdr mohd muhd ma ven",
          wc::TitleAbbreviation);
    b.add("inc corp co ltd jr sr jan feb mar apr jun jul aug sep sept oct nov dec etc vs no nos dept univ "
          "ave blvd mt ft approx est assn bros fig vol ed eds pp "
          // US states as news datelines write them ("ORLANDO, Fla. (Reuters) -"); not "ill", "mass", "wash"
          "ala ariz ark calif colo conn fla ga kan ky mich minn neb nev okla tenn tex vt wis wyo",
          wc::Abbreviation);
    b.add("the a an he she it they we i you but and or so yet in on at by for from to with of as after before "
          "when while if this that these those there here his her its their our my your what who why how "
          "where which some many most more all no not one two three four five six seven eight nine ten "
          "today yesterday tomorrow meanwhile however still also then now later earlier since despite "
          "although though because during under over about among against without within until unless "
          "after asked speaking according such each every both either neither other another first last "
          "several few others dozens hundreds thousands neither",
          wc::SentenceStarter);
    b.add("the a an another some any this that these those each every many several few both all no other "
          "his her its their our my your whose one two three four five six seven eight nine ten dozens "
          "hundreds thousands millions most more much such",
          wc::Determiner);
    b.add("of in on at by for from to with about against among between into onto through during before "
          "after since until without within under over above below across behind beyond near via per "
          "toward towards upon amid amidst despite including like unlike outside inside than around along alongside",
          wc::Preposition);
    b.add("and or but nor yet so plus", wc::Conjunction);
    b.add("as while although though because since if unless whereas whether when where after before once "
          "until than that which who whom whose what how why",
          wc::Subordinator);
    b.add("has have had having will would shall should can could may might must is are was were be been "
          "being am do does did 's 've 'd 'll",
          wc::Auxiliary);
    b.add("not never no n't", wc::Negation);
    b.add("also later again earlier previously repeatedly recently once then now still further separately just "
          "aloud privately publicly openly flatly firmly quickly simply only even often frequently already "
          "reportedly allegedly apparently initially finally subsequently immediately angrily bluntly "
          "tersely calmly quietly loudly jokingly sarcastically soon ever always sometimes usually instead twice",
          wc::Adverb);
    b.add("reporters journalists the press media interviewers listeners supporters crowd audience viewers "
          "readers lawmakers colleagues",
          wc::Recipient);
    b.add("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
          "july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec "
          "christmas easter mondays tuesdays wednesdays thursdays fridays saturdays sundays",
          wc::TimeWord);
    // Capitalised at a sentence start or in headlines, but never the start of a name.
    b.add("the a an he she it they we i you but and or so yet in on at by for from to with of as after "
          "before when while if this that these those there here his her its their our my your what who "
          "why how where which despite although though because during meanwhile however still also then "
          "now later earlier asked speaking according image photo photograph video read more related "
          "advertisement click share follow subscribe watch listen see update updated editor note "
          "copyright all rights reserved sign log yes no okay oh well thank thanks dear hello hi please "
          "let let's just only even not never analysis opinion editorial correction breaking exclusive "
          "explainer clarification unlike like should would could must might shall is are was were has have had "
          "does did say suppose imagine given neither either nor welcome",
          wc::NotAName);
    b.add("he she it they we i", wc::Pronoun);
    b.add("several some many few both most all others two three four five six seven eight nine ten dozens hundreds "
          "thousands",
          wc::QuantityMany);
    b.add("another one each neither either none", wc::QuantityOne);
    b.entry("he").gender = Gender::Male;
    b.entry("she").gender = Gender::Female;
    b.entry("they").plural = true;
    b.entry("we").plural = true;
    b.add("is are was were be been have has had do does did will would can could should may "
          "might must get got make made take took give gave go went come came know knew see saw want "
          "wanted use used look looked seem seemed become became leave left put "
          "keep kept begin began hold held bring brought happen happened provide "
          "provided sit stand stood lose lost pay paid meet met include included set "
          "change led lead watch follow stop create read spend grow "
          "open walk win won offer remember consider appear buy wait serve die send build stay fall "
          "cut reach kill remain raise pass sell require pull "
          // irregular pasts, which no "-ed" marks as verbs ("The court struck down the ban, ruling …")
          "struck threw drew broke fought caught sought bought sold sent spent built fell grew shook "
          "stole froze chose drove flew forgot hid swore tore woke sank slid stuck swept swung "
          "withdrew undertook upheld overtook overrode overthrew "
          // (the present of headlines: "Environment minister quits over messages, says …")
          "quits resigns seeks joins sues hires unveils launches scraps halts",
          wc::Verb);
}

void addRoleWords(LexiconBuilder& b)
{
    b.add("minister president mayor senator governor secretary spokesman spokeswoman spokesperson official "
          "officer chief director chairman chairwoman chair ambassador envoy leader candidate nominee "
          "engineer councillor councilor councilman councilwoman councilmember councilmembers councilperson lawmaker legislator congressman "
          "congresswoman representative aide adviser advisor analyst expert economist professor lawyer "
          "attorney judge justice general commander captain coach manager executive ceo cfo coo founder "
          "cofounder co-founder co-ordinator co-ordinators co-chair co-chairs co-chairman co-chairwoman co-director co-owner co-owners co-leader co-leaders co-president co-editor vice-chair vice-chairman vice-chairwoman owner premier chancellor king queen prince princess pope bishop archbishop "
          "priest rabbi imam doctor physician nurse scientist researcher author writer reporter journalist "
          "editor columnist reviewer reviewers activist campaigner organizer organiser protester resident residents witness "
          "voter voters source sources officials strategist pollster operative surrogate manager chairperson "
          "commissioner superintendent inspector detective sheriff deputy prosecutor solicitor barrister retiree pensioner "
          "diplomat negotiator delegate deputies member members head boss president-elect vice-president "
          "partner employee worker workers teacher student students principal dean provost historian "
          "sociologist psychologist consultant investor shareholder banker trader broker founder "
          "entrepreneur "
          "businessman businesswoman farmer fisherman sailor soldier veteran pilot driver captain officer "
          "colonel brigadier lieutenant sergeant major admiral marshal commissioner regulator auditor treasurer "
          "clerk speaker whip mp mep mps governor-general counterpart counterparts agent agents "
          "administrator coordinator director-general secretary-general undersecretary commentator host "
          "anchor presenter correspondent biographer publicist lobbyist donor fundraiser supporter supporters "
          "critic critics opponent opponents rival challenger incumbent ally allies friend friends "
          "spokespeople spokesmen spokeswomen people man woman father mother son daughter wife husband "
          "brother sister widow striker midfielder defender goalkeeper player players pundit "
          "athlete runner swimmer referee umpire singer actor actress musician artist "
          "filmmaker designer architect surgeon dentist pharmacist paramedic firefighter "
          "attendant landlord tenant shopkeeper chef waiter waitress passenger passengers traveler travelers "
          "traveller travellers commuter commuters shopper shoppers customer customers patient patients "
          "survivor survivors victim victims neighbor neighbors neighbour neighbours parent parents fan fans "
          "spectator spectators visitor visitors tourist tourists homeowner homeowners motorist motorists "
          "bystander bystanders eyewitness eyewitnesses alderman alderwoman "
          "lawyers attorneys senators representatives governors mayors ministers judges negotiators nurses "
          "physicians surgeons farmers soldiers sailors pilots drivers officers advocates organizers organisers "
          "strategists consultants investors shareholders bankers traders brokers historians professors "
          "principals managers "
          "directors owners founders commentators columnists editors correspondents lobbyists donors "
          "volunteers veterans inspectors detectives regulators auditors cousin sons daughters "
          "rapper drummer guitarist bassist songwriter comedian influencer youtuber novelist poet "
          "photographer dancer pianist violinist composer conductor footballer cricketer sprinter boxer golfer "
          "grandmaster cyclist skier climber mountaineer jockey rower skater gymnast wrestler "
          "quarterback linebacker cornerback receiver pitcher shortstop outfielder infielder winger fullback halfback "
          "flanker scrum-half fly-half batsman bowler centre-back full-back "
          "collector corporator tehsildar magistrate constable trustee co-author coauthor "
          "supervisor supervisors selectman assemblyman assemblywoman comptroller recorder coroner examiner examiners "
          "accountant accountants pathologist pathologists toxicologist "
          "ombudsman ombudsperson registrar warden "
          "ranger curator headteacher headmaster headmistress rector vicar deacon chaplain churchwarden curate verger abbess abbot prioress "
          "rapporteur mediator observer observers peacekeeper peacekeepers attache "
          "delegates trustees referees athletes coaches jurors priests bishops clergy archdeacon "
          "forecasters meteorologist meteorologists "
          "investigator glaciologist geologist biologist ecologist epidemiologist virologist archaeologist "
          "astronomer physicist chemist lecturer statistician climatologist hydrologist botanist zoologist "
          "oceanographer planner mechanic agronomist electrician plumber carpenter welder midwife "
          "vice-chancellor pro-vice-chancellor "
          "opener spinner seamer paceman all-rounder wicketkeeper left-armer right-armer "
          "welterweight middleweight heavyweight lightweight featherweight flyweight bantamweight cruiserweight "
          "champion titleholder "
          // trades and crews ("A deck cadet from Odesa, Mykyta Bondar,"), none of them a common surname
          "cadet cadets deckhand deckhands seafarer seafarers mariner mariners crewman crewmen crewmember crewmembers "
          "bosun boatswain helmsman navigator stevedore stevedores docker dockers trawlerman trawlermen skipper "
          "midshipman apprentice apprentices trainee trainees intern interns barista baristas "
          "picker pickers labourer labourers laborer laborers farmhand farmhands cheesemaker cheesemakers grower growers "
          "rancher ranchers janitor caretaker lifeguard lifeguards groundsman machinist technician technicians plasterer "
          "roofer bricklayer hairdresser florist fishmonger publican innkeeper hotelier restaurateur winemaker beekeeper "
          "crofter smallholder gamekeeper ferryman postman postwoman dispatcher trucker truckers haulier cabbie chauffeur "
          "stewardess nanny childminder carer carers caregiver caregivers "
          // the arts ("a choreographer from Lisvane")
          "choreographer choreographers playwright playwrights screenwriter screenwriters sculptor librettist dramatist "
          "organist cellist soprano tenor baritone archivist archivists translator translators illustrator cartoonist "
          "animator ballerina cinematographer vocalist saxophonist trumpeter harpist flautist bandleader monk monks nun nuns",
          wc::PersonRole);
    b.add("spokesman chairman congressman councilman businessman king prince father son husband brother man "
          "fisherman spokesmen nephew uncle grandson grandfather stepfather stepson widower boyfriend selectman "
          "assemblyman headmaster co-chairman vice-chairman monk monks crewman crewmen helmsman trawlerman trawlermen midshipman groundsman ferryman postman",
          wc::PersonRole, Gender::Male);
    b.add("spokeswoman chairwoman congresswoman councilwoman businesswoman queen princess mother daughter "
          "wife sister widow woman spokeswomen niece aunt granddaughter grandmother stepmother stepdaughter "
          "girlfriend assemblywoman selectwoman alderwoman headmistress postwoman stewardess co-chairwoman vice-chairwoman ballerina nun nuns",
          wc::PersonRole, Gender::Female);
    b.add("sources officials residents voters workers students members deputies critics opponents allies "
          "supporters friends agents counterparts experts analysts economists lawmakers legislators "
          "investigators prosecutors authorities police engineers scientists researchers doctors "
          "diplomats activists protesters campaigners people aides advisers advisors observers "
          "witnesses leaders executives employees teachers parents families neighbours neighbors "
          "spokespeople spokesmen spokeswomen pollsters polls surveys republicans democrats conservatives "
          "liberals",
          wc::CollectiveSource);
    for (std::string_view plural : {"sources", "officials", "residents", "voters", "workers", "students",
                                    "members", "deputies", "critics", "opponents", "allies", "supporters",
                                    "friends", "agents", "counterparts", "experts", "analysts", "economists",
                                    "lawmakers", "legislators", "investigators", "prosecutors", "authorities",
                                    "police", "engineers", "scientists", "researchers", "doctors", "diplomats",
                                    "activists", "protesters", "campaigners", "people", "aides", "advisers",
                                    "advisors", "observers", "witnesses", "leaders", "executives", "employees",
                                    "teachers", "parents", "families", "spokespeople", "pollsters", "polls",
                                    "surveys", "republicans", "democrats"})
        b.entry(plural).plural = true;
    b.add("foreign prime vice deputy chief executive attorney state defense defence interior finance "
          "trade health education justice home environment energy transport transportation labor labour "
          "treasury homeland security national senior junior former acting interim general assistant "
          "associate managing principal special press communications campaign policy political military "
          "economic presidential democratic republican democrat libertarian top lead head majority minority "
          "opposition supreme federal regional local city county district u.s us un eu white house "
          "permanent standing select armed services intelligence judiciary appropriations ways means",
          wc::RoleModifier);
    b.add("ministry department council party union association agency company corporation firm group "
          "alliance organization organisation bank university police commission committee authority "
          "office court government administration campaign institute foundation network newspaper "
          "magazine agency federation league board bureau service services army navy military force "
          "forces team club coalition bloc cabinet parliament congress senate assembly kremlin pentagon "
          "embassy consulate regime junta movement church school hospital center centre fund trust "
          "society chamber times post journal news tribune guardian herald telegraph gazette standard "
          "chronicle reuters press inc corp ltd llc plc co industries holdings register registry coastguard "
          "orchestra philharmonic symphony choir ensemble airlines tours goods auto bank railway railways utility "
          "watchdog regulator tribunal secretariat directorate commission council city state country "
          "nation republic kingdom municipality province county region "
          // businesses as appositions ("Quillon, the online retailer, said") and in names
          "maker manufacturer retailer producer supplier insurer lender broadcaster airline automaker grocer "
          "carmaker drugmaker chipmaker shipbuilder housebuilder homebuilder developer start-up supermarket charity nonprofit startup conglomerate brewer "
          "distributor wholesaler exporter chain publisher "
          "foods systems technologies labs partners motors pharmaceuticals brands museum gallery "
          "semiconductor semiconductors electronics software logistics therapeutics biosciences ventures "
          "website tabloid paper polytechnic radio library archives project initiative institution "
          // (forces, care and trades that end a body's name: "Westbrook Constabulary", "Harcourt
          // Hospice", "Castellan Home Supply", "Lowmere Athletic")
          "constabulary gendarmerie hospice infirmary clinic supply supplies hardware furniture freight "
          "appliance appliances athletic "
          // (bodies of states and alliances: "the UN Stabilisation Mission in Corvenia", "the Health
          // Standards Inspectorate", "the Sarn Regional Military Command")
          "mission inspectorate command "
          // (unions and trade bodies: "the Guild of Newspaper Workers", "the Confederation of … Industry")
          "guild confederation syndicate cooperative co-operative co-op consortium "
          // (bodies of faith: "the Diocese of Wrenmouth", "the Eastgate Mosque")
          "diocese parish synod congregation mosque synagogue temple cathedral abbey chapel "
          // (a court's bench: "the five-judge panel said"; a public inquiry, which sits and reports)
          "panel inquiry "
          // (bodies that meet, watch or teach: "the Conference of Kestrian Rectors", "the Vardo
          // Observatory", "the Academy of Sciences", "the Rural Caucus")
          "conference observatory academy caucus chapter presbytery archdiocese "
          // (bodies that gather voices: "the Parents’ Forum for Quality Education")
          "forum "
          // (places that keep animals and speak for them: "Valmere Zoo", "zoo says", "the aquarium")
          "zoo aquarium "
          // (a broadcaster: "the station said" after "Radio Vellan" or "WKRV")
          "station",
          wc::OrgNoun);
    b.add("mr mister sir lord baron viscount marquess", wc::Honorific, Gender::Male);
    b.add("mrs ms miss dame lady madam baroness viscountess marchioness countess", wc::Honorific, Gender::Female);
    // South Asian and West African news write these before names ("Shri Ramesh Patole", "Smt. Kavita
    // Ingale", "Alhaji Musa Bello")
    b.add("shri shree thiru alhaji", wc::Honorific, Gender::Male);
    b.add("smt shrimati tmt kumari alhaja", wc::Honorific, Gender::Female);
    b.add("dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm maj rev hon pres supt atty insp det cllr cr clr dci pc "
          "president senator governor mayor minister secretary general judge justice chancellor premier "
          "ambassador commissioner chairman chairwoman speaker representative congressman congresswoman "
          "pastor father sister brother rabbi imam bishop archbishop cardinal pope king queen prince princess "
          "sheikh emir ayatollah pandit swami lama guru "
          // (British ranks: "Pte Kwame Asante-Boateng", "L/Cpl", "Air Cdre Rosalind Achebe-Lyle")
          "pte cpl lcpl bdr gnr spr tpr cfn cdre cdr brig "
          // clergy: "the Rt. Rev. Edmund Thale", "Archdeacon Ruth Callan", "Canon Mary Ames"
          "rt reverend ven archdeacon canon deacon vicar rector chaplain monsignor fr "
          // (Malaysian, South Asian and Filipino honours and titles: "Datuk Seri Azman Hashim", "Hadji Omar Lucman")
          "datuk dato seri tun haji hadji hajjah sardar "
          // ("Forecaster Imani Koss": a trade as a title, where "the national forecaster" is a body)
          "forecaster trooper",
          wc::Honorific);
    // Titles that are honorifics only as abbreviations: "Del. Marcia Price" (a delegate), not "Lana Del Rey"
    b.add("del.", wc::Honorific);
    b.add("lake mount mt fort port cape gulf isle river island islands county street road avenue bay valley "
          "mountain mountains square bridge airport station stadium beach harbor harbour canyon forest desert "
          "sea ocean strait point cove lighthouse pier quay wharf reservoir lane heath",
          wc::PlaceWord);
}

}  // namespace ql::lexicon
