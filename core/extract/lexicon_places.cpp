// Countries (speakers in their own right: "Russia said …") and their demonyms (parts of
// titles: "Russian Foreign Minister"). Multi-word country names are matched on the whole
// name by the speaker resolver.
#include "extract/lexicon_builder.h"

namespace ql::lexicon {

void addPlaces(LexiconBuilder& b)
{
    b.add("afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas "
          "bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil "
          "brunei bulgaria burundi cambodia cameroon canada chad chile china colombia comoros congo croatia "
          "cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia "
          "fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana "
          "haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan "
          "jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia "
          "libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta "
          "mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique "
          "myanmar namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau "
          "palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa "
          "senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden "
          "switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan "
          "tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe "
          "britain england scotland wales america moscow washington beijing brussels kyiv kiev london "
          "paris berlin tehran pyongyang seoul tokyo ankara damascus jerusalem",
          wc::Country);
    b.add("afghan albanian algerian american argentine argentinian armenian australian austrian belgian "
          "bolivian brazilian british bulgarian canadian chilean chinese colombian croatian cuban czech "
          "danish dutch egyptian english estonian ethiopian european filipino finnish french georgian "
          "german ghanaian greek hungarian icelandic indian indonesian iranian iraqi irish israeli italian "
          "jamaican japanese jordanian kenyan korean kuwaiti latvian lebanese libyan lithuanian malaysian "
          "mexican moroccan nigerian norwegian pakistani palestinian peruvian polish portuguese qatari "
          "romanian russian rwandan saudi scottish serbian singaporean slovak slovenian somali spanish "
          "sudanese swedish swiss syrian taiwanese thai tunisian turkish ugandan ukrainian uruguayan "
          "venezuelan vietnamese welsh yemeni zimbabwean soviet western eastern arab nordic scandinavian "
          "baltic latin nato un eu",
          wc::Demonym);
}

}  // namespace ql::lexicon
