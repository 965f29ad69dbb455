// Given names with their usual gender, for gendering speakers and resolving he/she.
// Written for this project by its authors from common English-language and international
// news names (no external list was copied; the project's own licence applies); names used
// by both genders are left out.
#include "extract/lexicon_builder.h"

namespace ql::lexicon {

void addFirstNames(LexiconBuilder& b)
{
    b.add("mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret "
          "sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca "
          "sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha "
          "katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie "
          "joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha "
          "jacqueline frances gloria ann teresa kathryn sara janice alice madison doris abigail julia "
          "judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie "
          "isabella charlotte rose alexis kayla hillary chelsea huma kellyanne ivanka melania michelle "
          "nancy elizabeth sarah hope omarosa betsy nikki condoleezza madeleine theresa angela marine "
          "helena mira ursula christine jacinda kamala tulsi amy kirsten elizabeth susan lisa dianne "
          "barbara maxine debbie donna jill jane janet carly kellie katie kate claire clare fiona "
          "sophie lucy harriet alison alexandra anne annie bridget caroline eleanor ella ellen "
          "emilia esther eva eve florence georgia gillian hazel holly imogen irene iris isabel "
          "jenny jo joanna jodie josephine karin katarina laila leila lena lily louise lydia mae "
          "margot marta martina maya melanie miriam monica naomi natasha nina nora olga paula "
          "penelope petra priya rita rosa rosie ruby sabrina sally sandra selena sofia sonia "
          "stella susanna svetlana sylvia tatiana tina tanya valentina valerie vanessa vera "
          "veronica wendy yolanda yvonne zoe zoey ingrid greta frida astrid birgit liv sigrid "
          "fatima aisha amina mariam yasmin zainab leyla elif ayse mei li ling yuki keiko "
          "carmen lucia isabel ana juana guadalupe rosario pilar dolores marisol ximena valeria "
          "camila daniela gabriela mariana adriana patrizia giulia francesca chiara elena "
          "anneliese heidi ilse katrin ulrike sabine petra brigitte nathalie segolene "
          "agnes beatrice bernadette carla cecilia claudia constance cora daisy dora edith edna eileen "
          "elaine elsie estelle ethel eunice faye flora gail geraldine gertrude gwen gwendolyn hilda "
          "ida isabelle jeanette jeanne joy june kathy leona lillian lois loretta lorraine lucille "
          "mabel madeline marcia marguerite marjorie maureen mildred muriel nadine nell nellie noreen "
          "norma olive pauline pearl peggy phyllis priscilla ramona rhonda roberta rosalind roxanne "
          "sheila sherry stacy susie sybil thelma vivian wanda wilma winifred aoife siobhan niamh "
          "roisin orla saoirse ciara sinead grainne adaeze ngozi chiamaka amara folake funmilayo "
          "ananya divya kavita lakshmi meera pooja sunita ines beatriz raquel paloma agnieszka "
          "katarzyna magdalena chloe jade jasmine leah mia poppy scarlett amelia ava isla freya evie "
          "hanna johanna annika maja linnea elsa ebba signe anja katja nadia oksana irina daria zofia "
          "renata priyanka deepa anjali kavya nisha neha ayesha noor hiba salma alessandra federica ilaria "
          "rhea meseret",
          wc::FirstName, Gender::Female);
    b.add("james john robert dean michael william david richard joseph thomas charles christopher daniel matthew "
          "anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward "
          "jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin "
          "samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan "
          "henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald "
          "harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan "
          "albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip "
          "louis barack bill bernie ted marco mike tim chris rudy newt reince jeb ben rand lindsey mitch "
          "paul harry chuck joe rick rex steve sean reince jared eric vladimir sergei dmitry "
          "anders boris nicolas francois emmanuel xi shinzo justin recep bashar benjamin "
          "samuel tomas luc mohammed muhammad ahmed ali omar hussein mahmoud khalid abdul "
          "ibrahim youssef mustafa tariq bashir viktor vladislav alexei alexey nikolai ivan igor "
          "oleg yuri pavel andrei mikhail fyodor dmitri sergey volodymyr petro arseniy "
          "hans klaus jurgen wolfgang helmut gerhard horst olaf frank-walter heiko "
          "paulo pierre jacques francois michel philippe alain bernard emmanuel nicolas "
          "lars sven nils erik olof jens stefan henrik magnus bjorn "
          "giuseppe giovanni mario luigi matteo silvio paolo sergio carlos luis miguel jorge "
          "pedro manuel antonio francisco javier alejandro diego fernando ricardo rafael enrique "
          "jair lula evo hugo fidel raul andres felipe sebastian mauricio "
          "hiroshi takeshi kenji yoshihide fumio "
          "narendra rahul amit raj sanjay imran nawaz shehbaz "
          "kofi nelson jacob cyril uhuru paul goodluck muhammadu abiy "
          "tony gordon david nick nigel jeremy keir rishi boris liam harry owen gareth "
          "ian hugh ken neil colin graham simon martin stuart hamish angus callum dominic "
          "oliver oscar leo hugo max felix theo toby rory jamie archie alfie freddie "
          "chuck cory corey bob dick tom jim jimmy johnny tommy danny eddie frankie "
          "ron don rob robbie andy matt dan sam ed nate pete greg jeff steve stevie "
          "herman newt mitt rod jon jonathon spencer mick lloyd barney marty wally "
          "elliot elliott reed reid brad chad todd troy dwight dwayne lamar marcus malik "
          "darius dante andre tyrone jamal rashad reggie kareem "
          "victor declan desmond conor connor kieran niall seamus fergus brendan cormac aidan eamon "
          "eamonn ciaran rowan ewan euan fraser gavin craig derek duncan glenn grant lewis malcolm "
          "murray howard leonard stanley norman harvey herbert clarence vernon marvin melvin leroy "
          "floyd calvin curtis derrick earl jerome milton nathaniel otis quentin rodney sidney wade "
          "warren wesley xavier alberto emilio ernesto gustavo hector ignacio jaime joaquin julio "
          "lorenzo marcelo pablo ramon rodrigo salvador santiago vicente ahmad amir farid hamid "
          "karim mehdi reza samir yusuf kwame kwabena chidi emeka obinna tunde arjun vikram rohan "
          "suresh ravi ajay anil deepak lukas jonas matthias tobias florian piotr pawel tomasz marek "
          "krzysztof oskar mats dieter pieter joost sander bram ruben mateo rajesh kwesi segun darren",
          wc::FirstName, Gender::Male);
    // More given names from British, Irish, European, African, South and East Asian and Latin
    // American news, added when held-out articles named people the list did not know (about a
    // third of their gendered speakers).
    b.add(
          "abena adaora aisling alana alicia anika anneke annette aroha bev carys celia clara colleen corinne "
          "darya elisabeth ellie fatou hana hanne hilary janine joanne keisha kelsey kenzie lorna maeve marian "
          "marla marlene moira monique morag morwenna nia oona philippa rekha renee renée rhiannon tara tessa "
          "teodora zahra abby aileen aimee alexa alma angelica anita annabel antonia becky belinda beth "
          "bethany bonnie brooke camille candice cassandra charlene colette daphne deirdre delia dina eliza "
          "erica eugenia felicity gabrielle gemma georgina gina ginny hattie helga henrietta imelda inés jana "
          "janelle jemima jenna jillian jocelyn josie juliet justine kara karina katrina kendra kirsty "
          "kristen kristina lara leanne lesley lila liz louisa lucinda luisa lynn lynne maggie mandy margarita "
          "margo marianne maud mavis meghan melinda meredith michaela millie minnie miranda molly myra nicola "
          "noelle octavia paige phoebe polly rachael rebekah rhoda robyn rochelle rosemary rowena sadie samira "
          "serena shelley simone stacey sue suzanne tabitha tamara tamsin tania thea theodora trisha trudy una "
          "verity viola vivienne yvette zara zelda abimbola adanna adunni akosua ama chidinma chioma efua "
          "ifeoma nkechi nneka temitope wanjiru wairimu zanele thandiwe nomvula lindiwe preeti radha rani "
          "shreya swati usha aiko akiko emiko haruka hiroko kaori sakura yoko yumi alejandra catalina consuelo "
          "esperanza fernanda graciela isabela lorena rocío silvia soledad dagmar elke gudrun heike ingeborg "
          "jutta lieke magda malgorzata monika nadja renate sanne silke solveig ulla amélie aurélie cécile "
          "chantal delphine élodie geneviève hélène juliette laure mathilde sandrine séverine sylvie véronique "
          "marie-ève clodagh dervla eimear ailsa catriona eilidh mhairi rhona shona bethan cerys ffion gwyneth "
          "lowri nerys sian maria-jose maëlle clémence chloé léa manon céline océane inès noémie gaëlle anaïs "
          "margaux",
          wc::FirstName, Gender::Female);
    b.add(
          "aksel alasdair aled anselm arnold aurel caleb calum conrad doug dov edmund edwin emil fergal gideon "
          "graeme harish hossein ivo iwan joaquim josé joão leon luka mihai phil radu rajiv ramesh rupert rui "
          "ruy shaun sidi sunil tamas teodor abdullah adrian akira alastair aldo alessandro alfonso alfred "
          "alistair anand anton antoine armand arne arturo ashok axel barnaby barry bartholomew basil benedict "
          "benoit bertrand brett bruno casimir cedric cesar chinedu christoph clement clive colm dafydd damian "
          "damien dermot dimitri dinesh donal edgar eduardo elias ernst esteban evan fabian finbar finlay "
          "frederik gaston geoffrey gerard giacomo gianni gilbert giorgio godfrey gonzalo gregor guillaume "
          "gunther hamza harald heinrich idris ifeanyi ikechukwu isaac ismail jakob jiro johan josef julian "
          "kamal karl kaspar kojo lachlan laszlo laurent lennart lothar luca lucas marcel marius marko maurice "
          "mehmet miroslav mohamed nasser navid nnamdi olumide osvaldo otto pascal raheem rashid reinhard rené "
          "rolf rudolf sandeep siddharth stanislav steffen tadhg umar uwe vasily vincenzo werner wilfried "
          "yannick zoltan haruki hideo kazuo makoto satoshi takashi taro roland lionel winston bastien théo "
          "mathis julien mathieu thibault benoît rémi rémy jérôme frédéric sébastien stéphane françois",
          wc::FirstName, Gender::Male);
    // More given names from across Europe, Africa, the Middle East, South and East Asia and the
    // Pacific, as news of everywhere writes them (the project's own list, as above)
    b.add("pam kath deb meg lyn aditi agnetha ainhoa aleksandra amira angharad anke annegret anouk aurelia beatrix birgitta bozena "
          "britt bronwen caoimhe celestine dagny dalia dorota dragana elin elspeth eluned eun-ji ewa farah "
          "farida farzana fatma femke fenella freja galina ginette griet gunilla halima halina heloise henrike "
          "hilde hye-jin ilinca ilona irena ivana jadwiga jelena joana josefina kerstin krystyna layla leonor "
          "liesel ljiljana losana lotte luciana lucrezia ludmila lyudmila macarena mahnaz maren margit marit "
          "marloes meena mele merve milagros milica min-ji mireille mirela mirjana naledi naoko nasrin natalia "
          "njeri odette odile olena oluwakemi orlaith ornella ottilie parisa ragnhild randi rania rasha rosalba "
          "roya rukhsana saskia selin seo-yeon shirin silvana siri snezana solene soo-jin soraya sunniva "
          "tetiana torunn tove wambui wiebke wilhelmina yasmine yelena yetunde ylva yulia yusra zeynep zoya",
          wc::FirstName, Gender::Female);
    b.add("walt dave stan adebayo adewale aditya aleksandr alvaro amadou anatoly arvid arvind augustin aurelien aurelio "
          "babajide benedikt bernd bogdan bongani burak cathal chukwuemeka daichi dario dariusz darnell darragh "
          "dirk dong-hyun dragan einar eirik emre eoin espen etienne ezekiel ezequiel fabrice fabrizio femi "
          "fionn florent floris friedrich frode gael gaurav gennady gerrit gethin gianluca goncalo goran "
          "gregoire grigory gunnar gunter hakon halvor haruto hassan hendrik herve huw hyun-woo iain "
          "ieuan ivar jaap jabulani jakub janusz jarle jean-baptiste jeroen jerzy ji-hoon jin-ho joel jonah "
          "joris kemal kirill knut konstantin kwaku leandro leif leonid leopold llewellyn lucien lukasz lwazi "
          "maarten mandla manfred manish mariano mariusz massimo mateus maxim min-jun murat nenad nikhil oisin "
          "olivier olusegun oluwafemi owain padraig piet predrag radomir radoslaw ragnar rasmus rhodri rhys "
          "riccardo ronan ruairi ruaridh rudiger rustam ruud salvatore semisi seo-jun siegfried sigurd sione "
          "sipho sjoerd slobodan sonke stefano stig tadeusz tafadzwa tevita thabo themba thierry tiago "
          "tobiah tomislav tomos torbjorn trond uche ulf ulises ulrich vadim vasco vidar vijay viliami vittorio "
          "volker wendell wim wojciech wouter yves zbigniew zoran",
          wc::FirstName, Gender::Male);
    // Family names that open Korean and Chinese names ("Kim Jong Un", "Wang Meiling", "Moon
    // Jae-in"): the start of a person's name, of either gender
    b.add("moon kim wang zhang chen liu jin", wc::FirstName);
}

}  // namespace ql::lexicon
