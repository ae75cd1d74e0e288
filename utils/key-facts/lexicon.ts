/**
 * Small word lists for the English entity rules (issue #3). Lede's own, kept short on purpose: each
 * list only has to tip a capitalised name one way (person, organisation, place); the rules around
 * them (titles, suffixes, speech verbs, coreference) do the rest. Stored as `|`-joined strings,
 * which minify to about half the bytes of array literals.
 */

const set = (list: string) => new Set(list.split('|'));

/** Countries, with the short forms news uses. */
export const COUNTRIES = set(
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|' +
    'Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|' +
    'Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|' +
    'Czech Republic|Czechia|Denmark|Djibouti|Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|' +
    'Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|Guyana|Haiti|Honduras|' +
    'Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|' +
    'Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|' +
    'Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|' +
    'Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|' +
    'North Korea|North Macedonia|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|' +
    'Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|' +
    'Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|' +
    'Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|UAE|' +
    'United Kingdom|UK|U.K.|Britain|Great Britain|United States|US|U.S.|USA|U.S.A.|America|Uruguay|Uzbekistan|' +
    'Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|Northern Ireland|Greenland|Hong Kong|Macau|' +
    'Tibet|Crimea|Gaza|West Bank|Kashmir|Vatican',
);

/** Capitals and cities that make the news, US states, regions. */
export const PLACES = set(
  'Abu Dhabi|Abuja|Accra|Addis Ababa|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Auckland|Baghdad|Baku|' +
    'Bangkok|Barcelona|Basra|Beijing|Beirut|Belgrade|Berlin|Bogota|Boston|Brasilia|Bratislava|Brisbane|Brussels|' +
    'Bucharest|Budapest|Buenos Aires|Cairo|Calcutta|Canberra|Cape Town|Caracas|Chicago|Copenhagen|Dakar|Dallas|' +
    'Damascus|Delhi|New Delhi|Denver|Detroit|Dhaka|Doha|Donetsk|Dubai|Dublin|Edinburgh|Florence|Frankfurt|Geneva|' +
    'Glasgow|Guangzhou|Hamburg|Hanoi|Havana|Helsinki|Hiroshima|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|' +
    'Kabul|Karachi|Kathmandu|Khartoum|Kharkiv|Kherson|Kyiv|Kiev|Kinshasa|Kuala Lumpur|Lagos|Lahore|Las Vegas|Lima|' +
    'Lisbon|Liverpool|London|Los Angeles|Luhansk|Lyon|Madrid|Manchester|Manila|Marseille|Mecca|Melbourne|Mexico City|' +
    'Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Mosul|Mumbai|Munich|Nairobi|Naples|New York|New York City|Nice|Odesa|' +
    'Odessa|Osaka|Oslo|Ottawa|Paris|Perth|Philadelphia|Phnom Penh|Prague|Pretoria|Pyongyang|Quebec|Rabat|Raqqa|Riga|' +
    'Rio de Janeiro|Riyadh|Rome|Rotterdam|San Francisco|Santiago|Sao Paulo|Sarajevo|Seattle|Seoul|Shanghai|Singapore|' +
    'Sofia|St Petersburg|St. Petersburg|Stockholm|Sydney|Taipei|Tallinn|Tashkent|Tbilisi|Tehran|Tel Aviv|Tokyo|' +
    'Toronto|Tripoli|Tunis|Vancouver|Venice|Vienna|Vilnius|Vladivostok|Warsaw|Washington|Wellington|Wuhan|Yerevan|' +
    'Zagreb|Zurich|LA|L.A.|D.C.|DC|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|' +
    'Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|' +
    'Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|' +
    'Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|' +
    'West Virginia|Wisconsin|Wyoming|Africa|Asia|Europe|Antarctica|Arctic|Middle East|Latin America|South America|' +
    'North America|Central Asia|Southeast Asia|East Asia|Balkans|Caribbean|Siberia|Scandinavia|Sahel|Donbas|' +
    'Kursk|Rafah|Sinai|Golan Heights|Persian Gulf|Black Sea|Baltic|Pacific|Atlantic|Mediterranean',
);

/** Organisations known by a bare name. */
export const ORGS = set(
  'Kremlin|White House|Pentagon|Downing Street|Congress|Parliament|Senate|Bundestag|Duma|Knesset|NATO|Nato|UN|' +
    'United Nations|EU|European Union|IMF|World Bank|WHO|WTO|OPEC|Interpol|Europol|FBI|CIA|NSA|KGB|FSB|MI5|MI6|' +
    'NASA|Nasa|SpaceX|BBC|CNN|Reuters|AP|Associated Press|AFP|Bloomberg|Xinhua|Tass|TASS|KCNA|Yonhap|Google|Apple|' +
    'Microsoft|Amazon|Facebook|Meta|Twitter|Tesla|Netflix|Samsung|Toyota|Boeing|Airbus|Hamas|Hezbollah|Taliban|' +
    'Islamic State|ISIS|Isis|Al Qaeda|al-Qaeda|Wagner|Red Cross|Greenpeace|Amnesty International|Supreme Court|' +
    'Politburo|Sportsmail|MailOnline',
);

/** Last words that make a name an organisation. */
export const ORG_SUFFIXES = set(
  'Council|University|College|School|Academy|Institute|Ministry|Department|Agency|Commission|Committee|Court|' +
    'Party|Bank|Fund|Association|Union|Organisation|Organization|Corporation|Corp|Inc|Ltd|Plc|LLC|Company|Co|Group|' +
    'Foundation|Society|Office|Bureau|Service|Services|Police|Army|Navy|Force|Forces|Guard|Assembly|Parliament|' +
    'Congress|Senate|Cabinet|Times|Post|News|Journal|Herald|Telegraph|Gazette|Tribune|Guardian|Network|Airlines|' +
    'Airways|Club|FC|Federation|League|Authority|Board|Centre|Center|Hospital|Museum|Press|Media|Administration|' +
    'Trust|Holdings|Motors|Technologies|Labs|Systems|Studios|Records|Pictures|Reporter|Magazine|Channel|Brigade|' +
    'Battalion|Regiment|Command|Secretariat|Directorate|Tribunal|Review|Daily|Weekly|Government|Security',
);

/** Last words that make a name a place. */
export const PLACE_SUFFIXES = set(
  'Square|Street|Avenue|Road|Boulevard|Lane|Bridge|Park|City|County|Province|Region|District|Island|Islands|' +
    'River|Lake|Mountain|Mountains|Mount|Sea|Ocean|Gulf|Bay|Valley|Peninsula|Airport|Station|Harbour|Harbor|Strait|' +
    'Desert|Coast|Cosmodrome|Palace|Stadium|Arena|Beach|Canyon|Forest|Heights|Hill|Hills|Oblast|Prefecture|Territory|' +
    'Republic|Kingdom|Plaza|Cathedral|Temple|Mosque|Base',
);

/** Words for what a person is: "leader", "Foreign Minister", "spokesman". Lowercase. */
export const ROLE_WORDS = set(
  'president|minister|premier|leader|spokesman|spokeswoman|spokesperson|secretary|chancellor|king|queen|prince|' +
    'princess|emperor|pope|senator|sen|governor|gov|mayor|general|gen|ambassador|envoy|ceo|chairman|chairwoman|' +
    'chair|director|chief|commander|judge|justice|lawyer|attorney|prosecutor|officer|official|professor|prof|' +
    'adviser|advisor|analyst|expert|researcher|scientist|economist|historian|coach|manager|captain|founder|owner|' +
    'editor|correspondent|reporter|author|representative|rep|congressman|congresswoman|lawmaker|mp|speaker|head|' +
    'diplomat|colonel|col|lieutenant|lt|sergeant|sgt|admiral|adm|bishop|archbishop|cardinal|rabbi|imam|sheikh|' +
    'emir|sultan|dictator|actor|actress|singer|star|player|striker|boss|executive|negotiator|aide|deputy|vice|' +
    'candidate|nominee|commissioner|inspector|detective|det|sheriff|chairperson|president-elect|general-secretary|' +
    'magistrate|constable|superintendent|governor-general|treasurer|manager',
);

/** Lowercase words that can stand in a role before its head word: "deputy prime minister". */
export const ROLE_MODIFIERS = set(
  'foreign|defense|defence|finance|prime|deputy|vice|interior|home|justice|health|education|trade|economy|' +
    'economic|energy|state|chief|executive|senior|former|acting|assistant|junior|supreme|national|security|press|' +
    'military|top|first|general|attorney|opposition|party|team|club|white|house|communications|intelligence|' +
    'culture|environment|transport|labor|labour|treasury|agriculture|industry|science|technology|foreign-policy',
);

/** Adjectives of nationality: part of a role ("Russian President"), never an entity alone. */
export const DEMONYMS = set(
  'Russian|American|Chinese|North Korean|South Korean|Korean|British|French|German|Ukrainian|Japanese|Indian|' +
    'Israeli|Palestinian|Iranian|Iraqi|Syrian|Turkish|Saudi|Egyptian|Canadian|Mexican|Brazilian|Australian|Italian|' +
    'Spanish|Polish|Scottish|English|Irish|Welsh|European|Western|Soviet|Vietnamese|Afghan|Pakistani|Swedish|Dutch|' +
    'Greek|Belgian|Swiss|Austrian|Norwegian|Danish|Finnish|Filipino|Thai|Indonesian|Nigerian|Kenyan|South African|' +
    'Arab|Asian|African|Cuban|Venezuelan|Argentine|Chilean|Colombian|Portuguese|Hungarian|Czech|Romanian|Serbian|' +
    'Belarusian|Georgian|Armenian|Kazakh|Taiwanese|Lebanese|Jordanian|Yemeni|Libyan|Sudanese|Ethiopian|Somali|' +
    'Qatari|Emirati|Republican|Democratic|Democrat|Conservative|Labour|Communist|Tory',
);

/** Common given names: a capitalised pair that starts with one is a person. */
export const GIVEN_NAMES = set(
  'John|James|Robert|Michael|William|David|Richard|Joseph|Thomas|Charles|Christopher|Daniel|Matthew|Anthony|Mark|' +
    'Donald|Steven|Paul|Andrew|Joshua|Kenneth|Kevin|Brian|George|Edward|Ronald|Timothy|Jason|Jeffrey|Ryan|Jacob|Gary|' +
    'Nicholas|Eric|Jonathan|Stephen|Larry|Justin|Scott|Brandon|Benjamin|Samuel|Frank|Gregory|Raymond|Alexander|' +
    'Patrick|Jack|Dennis|Jerry|Tyler|Aaron|Jose|Adam|Henry|Nathan|Douglas|Peter|Kyle|Walter|Ethan|Jeremy|Harold|' +
    'Keith|Roger|Noah|Carl|Terry|Sean|Arthur|Lawrence|Jesse|Bryan|Joe|Jordan|Billy|Bruce|Albert|Alan|Juan|Wayne|' +
    'Roy|Ralph|Eugene|Vincent|Russell|Louis|Bobby|Philip|Johnny|Nick|Tom|Mike|Chris|Ben|Sam|Tony|Jim|Bill|Bob|Dan|' +
    'Dave|Steve|Tim|Matt|Harry|Oliver|Hugh|Ian|Neil|Simon|Martin|Graham|Boris|Keir|Rishi|Barack|Hillary|Kamala|' +
    'Mary|Patricia|Jennifer|Linda|Elizabeth|Barbara|Susan|Jessica|Sarah|Karen|Nancy|Lisa|Betty|Margaret|Sandra|' +
    'Ashley|Kimberly|Emily|Donna|Michelle|Carol|Amanda|Melissa|Deborah|Stephanie|Rebecca|Laura|Sharon|Cynthia|' +
    'Kathleen|Amy|Angela|Anna|Emma|Olivia|Sophia|Sophie|Helen|Ruth|Rachel|Hannah|Claire|Julia|Grace|Alice|Kate|' +
    'Natalia|Natalie|Maria|Marie|Anne|Jane|Lucy|Charlotte|Victoria|Theresa|Nicola|Angela|Ursula|Giorgia|Vladimir|' +
    'Sergei|Sergey|Dmitry|Dmitri|Alexei|Alexey|Andrei|Andrey|Mikhail|Ivan|Igor|Yuri|Olga|Volodymyr|Emmanuel|' +
    'Olaf|Narendra|Recep|Mohammed|Muhammad|Mohamed|Ahmed|Ali|Omar|Hassan|Abdul|Fatima|Carlos|Luis|Pedro|Miguel|' +
    'Jean|Pierre|Hans|Klaus|Marco|Pablo|Diego|Antonio|Francesco|Giuseppe|Lee|Moon|Shinzo|Fumio|Erik|Eric|Lars|' +
    'Anders|Johan|Karl|Sven|Per|Ingrid|Astrid|Marta|Ana|Sofia|Elena|Irina|Anna|Yulia|Li|Wei|Hiroshi|Kenji|Raj|Amit|' +
    'Priya|Ahmad|Yusuf|Ibrahim|Kwame|Chinedu|Thabo|Joao|Luca|Matteo|Sergio|Andrea|Francois|Louise|Camille|' +
    'Lauren|Megan|Jodie|Chloe|Holly|Amber|Jade|Katie|Gemma|Zoe|Abigail|Madison|Taylor|Morgan|Kelly|Tracy|Wendy|' +
    'Heather|Diane|Janet|Joan|Judith|Jean|Gloria|Teresa|Nicole|Christine|Catherine|Caroline|Fiona|Jenny|Jessie|' +
    'Luke|Jake|Callum|Connor|Liam|Owen|Dylan|Harvey|Lewis|Jamie|Craig|Stuart|Gavin|Darren|Wayne|Shane|Barry|' +
    'Derek|Trevor|Colin|Glenn|Kirk|Todd|Troy|Dean|Marcus|Vince|Rory|Declan|Ciaran|Sean|Patrice|Andre',
);

/** Verbs that say someone spoke: the name next to one is a speaker, and a person. */
export const SPEECH_VERBS = set(
  'said|says|told|tells|added|adds|noted|wrote|writes|stated|explained|claimed|claims|argued|insisted|warned|asked|' +
    'replied|announced|emphasized|emphasised|declared|described|commented|confirmed|denied|tweeted|urged|vowed|' +
    'pledged|recalled|admitted|acknowledged|suggested|stressed|cautioned|predicted|promised|called',
);

/** "Kim Jong Il, Kim Jong Un's father": an appositive of kinship makes a person. */
export const KIN_WORDS = set(
  'father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|grandfather|grandmother|grandson|' +
    'granddaughter|nephew|niece|cousin|widow|widower|partner|fiance|fiancee|fiancé|fiancée|ex-wife|ex-husband',
);

/** Honorifics: whatever follows is a person. */
export const HONORIFICS = set('Mr|Mrs|Ms|Mx|Dr|Sir|Dame|Lord|Lady|Mr.|Mrs.|Ms.|Dr.|Prof|Prof.');

/** Capitalised openers that are not names even where the text never writes them in lowercase. */
export const OPENERS = set(
  'The|A|An|In|On|At|After|Before|During|Since|While|When|Although|Though|Despite|Following|According|Meanwhile|' +
    'However|Last|Next|Earlier|Later|Today|Yesterday|Tomorrow|Now|Many|Some|Several|Both|Such|Other|More|Most|' +
    'Few|All|Each|Every|This|That|These|Those|His|Her|Their|Its|Our|My|Your|He|She|It|They|We|I|You|But|And|Or|' +
    'So|Yet|If|As|For|From|With|By|To|Of|Why|What|Who|How|Where|Then|There|Here|Also|Still|Only|Even|Just|' +
    'Under|Over|Among|Between|Without|Within|Across|Against|Around|Instead|Once|Until|Unless|Whether|Amid|Asked|' +
    'Read|Watch|Click|Scroll|See|Photo|Picture|Pictured|Video|Image|Update|Updated|Breaking|Exclusive|Advertisement',
);

/** Names of days and months, for dates, and so a month is never a name. */
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
