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
          "jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia "
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
          "anneliese heidi ilse katrin ulrike sabine petra brigitte nathalie segolene",
          wc::FirstName, Gender::Female);
    b.add("james john robert michael william david richard joseph thomas charles christopher daniel matthew "
          "anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward "
          "jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin "
          "samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan "
          "henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald "
          "harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan "
          "albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip "
          "louis barack bill bernie ted marco mike tim chris rudy newt reince jeb ben rand lindsey mitch "
          "paul harry chuck joe hillary's rick rex steve sean reince jared eric vladimir sergei dmitry "
          "anders boris nicolas francois emmanuel angela xi shinzo justin recep bashar benjamin "
          "samuel tomas luc mohammed muhammad ahmed ali omar hassan hussein mahmoud khalid abdul "
          "ibrahim youssef mustafa tariq bashir viktor vladislav alexei alexey nikolai ivan igor "
          "oleg yuri pavel andrei mikhail fyodor dmitri sergey volodymyr petro arseniy "
          "hans klaus jurgen wolfgang helmut gerhard horst olaf frank-walter heiko "
          "pierre jean jacques francois michel philippe alain bernard emmanuel nicolas "
          "lars sven nils erik olof jens stefan henrik magnus bjorn "
          "giuseppe giovanni mario luigi matteo silvio paolo sergio carlos luis miguel jorge "
          "pedro manuel antonio francisco javier alejandro diego fernando ricardo rafael enrique "
          "jair lula evo hugo fidel raul andres felipe sebastian mauricio "
          "hiroshi takeshi kenji yoshihide fumio moon kim wang zhang chen liu jin "
          "narendra rahul amit raj sanjay imran nawaz shehbaz "
          "kofi nelson jacob cyril uhuru paul goodluck muhammadu abiy "
          "tony gordon david nick nigel jeremy keir rishi boris liam harry owen gareth "
          "ian hugh ken neil colin graham simon martin stuart hamish angus callum dominic "
          "oliver oscar leo hugo max felix theo toby rory jamie archie alfie freddie "
          "chuck cory corey bob dick tom jim jimmy johnny tommy danny eddie frankie "
          "ron don rob robbie andy matt dan sam ed nate pete greg jeff steve stevie "
          "herman newt mitt rod jon jonathon spencer mick lloyd barney marty wally "
          "elliot elliott reed reid brad chad todd troy dwight dwayne lamar marcus malik "
          "darius dante andre tyrone jamal rashad reggie kareem",
          wc::FirstName, Gender::Male);
}

}  // namespace ql::lexicon
