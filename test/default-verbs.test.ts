// The default dictionaries' verb entries and the coding rules, through the whole pipeline as a library
// user loads it: one sentence per entry or rule, written by us, with the event it is there to give (or
// to withhold). They test the rules, so the learnt target model, which may overrule a rule's target, is
// left out here (it has its own tests in src/events/retarget.test.ts; the README lists the outputs it
// changes).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoder, readers, type Doc } from '../src/index.js';

let code: (doc: Doc) => Doc;
beforeAll(async () => {
  code = await loadCoder({ targetModel: false });
}, 60_000);

function coded(text: string, date = '2010-06-01'): string[] {
  const [read] = [...readers.text.read(`Date: ${date}\n\n${text}`, { file: 't.txt', defaultDate: null })];
  if (!read?.ok) throw new Error('fixture did not read');
  return (code(read.doc).layers.events ?? []).map((e) => `${e.source?.country ?? '-'} ${e.cameo} ${e.target?.country ?? '-'}`);
}

/** Each event as "source-code cameo target-code", where the sector matters. */
function actorCodes(text: string, date: string): string[] {
  const [read] = [...readers.text.read(`Date: ${date}\n\n${text}`, { file: 't.txt', defaultDate: null })];
  if (!read?.ok) throw new Error('fixture did not read');
  return (code(read.doc).layers.events ?? []).map((e) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);
}

describe('the default verb dictionary', () => {
  it.each([
    ['beating a rival to a post is no assault', 'Macron beat Le Pen to win the presidency.', []],
    ['beating a rival in a vote is no assault', 'Lula beat Bolsonaro in the runoff on Sunday.', []],
    ['beating people is', 'Egyptian police beat protesters in Cairo.', ['EGY 182 EGY']],
    ['a high commissioner is recalled like an ambassador', 'India recalled its high commissioner from Islamabad.', ['IND 161 PAK']],
    ['shaking hands meets', 'Lien Chan shook hands with Chinese President Hu Jintao in Beijing.', ['TWN 040 CHN']],
    ['a plane that touches down with aid brings it', 'A Canadian plane touched down in Sarajevo with flour and medicine.', ['CAN 073 BIH']],
    ['leading a force into a country, promised, is an intent to protect it', 'Kenya will lead a multinational police force in Haiti.', ['KEN 033 HTI']],
    ['jets scrambled raise the alert, aimed at the other side the sentence names', 'Japan scrambles fighter jets as Chinese drone nears disputed islands', ['JPN 152 CHN']],
    ['an apology offered to someone apologises to them', 'Japanese Prime Minister Keizo Obuchi offered South Korea a written apology.', ['JPN 055 KOR']],
    ['a ship sent with aid carries it', 'Turkey sends ship loaded with food aid to Somalia', ['TUR 073 SOM']],
    ['sanctions ordered are imposed', 'Clinton orders total trade embargo on Iran', ['USA 163 IRN'], '1995-05-01'],
    ['a "-ches" present form is its verb', 'NATO launches air strikes on Yugoslavia', ['IGOWST 195 YUG'], '1999-03-24'],
    ['a verb form hyphened to a noun modifies it', 'Beijing begins live-fire war games off Taiwan', ['CHN 150 TWN'], '1996-03-12'],
    ['sides who shake hands meet each other', 'Xi and Ma shake hands in Singapore', ['CHN 040 TWN', 'TWN 040 CHN'], '2015-11-07'],
    ['warring factions are of their country, and what they sign among themselves is at home', "Cambodia's four warring factions sign peace accord in Paris", ['KHM 057 KHM'], '1991-10-23'],
    ['a force led into a country, with an "of" phrase, protects it', 'Australia led a regional force of police and troops into the Solomon Islands.', ['AUS 074 SLB'], '2003-07-24'],
    ['a lender that releases a loan pays out aid', 'IMF releases first $3.2 billion of Ukraine rescue loan', ['IGOIMF 071 UKR'], '2014-05-07'],
    ['a denial of involvement is no event', 'Syria denied any involvement in the bomb attack in Beirut.', [], '2005-02-15'],
    ['a person handed over to a state is handed to justice', 'Nigeria handed former Liberian President Charles Taylor over to Liberia.', ['NGA 063 LBR'], '2006-03-29'],
    ['fighters who hand over weapons disarm', 'Ethnic Albanian rebels in Macedonia handed over their first batch of rifles to NATO troops.', ['MKD 0873 IGOWST'], '2001-08-27'],
    ['a patrol is armed', 'Taliban fighters ambushed a French patrol in the Uzbin valley.', ['AFG 190 FRA'], '2008-08-18'],
    ['troops pulled out of a country withdraw from it', 'Russia pulled its troops out of Georgia.', ['RUS 0874 GEO'], '2008-10-08'],
    ['troops pledged for a country are protection promised', 'Australia pledges 450 more troops for Afghanistan', ['AUS 0334 AFG'], '2009-04-29'],
    ['a view a headline states is a statement', 'Malawi central bank sees inflation easing later this year', ['MWI 010 -'], '2012-03-01'],
    ['a past participle after a preposition modifies what follows', 'Tens of thousands of supporters of ousted premier Thaksin Shinawatra rallied in Bangkok.', ['THA 141 THA'], '2010-03-14'],
    ['"has to" in a quote is a demand', '"Muammar Gaddafi has to leave power," French Foreign Minister Alain Juppe told reporters.', ['FRA 100 LBY'], '2011-04-14'],
    ['an emergency clamped on a city is imposed', "Kyrgyzstan's interim government clamped a state of emergency on the city of Osh.", ['KGZ 1724 KGZ'], '2010-06-11'],
    ['a gift promised is aid promised', 'India to gift 150,000 vaccine doses to Bhutan', ['IND 033 BTN'], '2021-01-19'],
    ['a mission turned away is rejected', "Niger's junta turned away a joint mission from ECOWAS.", ['NER 120 IGOWAS'], '2023-08-08'],
    ['setting foot in a country visits it', 'Barack Obama set foot in Cuba on Sunday.', ['USA 042 CUB'], '2016-03-20'],
    ['fuel received is the supplier\'s trade', "Iran's Bushehr power station has received its first consignment of nuclear fuel from Russia.", ['RUS 061 IRN'], '2007-12-17'],
    ['troops rolling out of a country leave it', 'The last Israeli soldiers rolled out of southern Lebanon.', ['ISR 0874 LBN'], '2000-05-24'],
    ['a body is known by its British spelling too', 'The Organisation for Security and Cooperation in Europe urged Moscow to open talks.', ['IGOSCE 020 RUS'], '1995-01-10'],
    ['what a court declares illegal it condemns', "Israel's barrier in the West Bank was declared illegal by the International Court of Justice.", ['IGOUNO 111 ISR'], '2004-07-09'],
    ['a vehicle driven into a base by bombers is a bombing', "Al Shabaab suicide bombers drove two stolen U.N. vehicles into the African Union's main base.", ['SOM 1831 IGOAFR'], '2009-09-17'],
    ['remains handed back are returned', "Belgium hands Lumumba's remains back to Congo", ['BEL 0841 COD'], '2022-06-20'],
    ['missile tests begun are a show of force', 'China begins missile tests off Taiwan coast', ['CHN 150 TWN'], '1995-07-21'],
    ['Belgrade is the federal government until 2006', "Belgrade rejected NATO's demands.", ['YUG 120 IGOWST'], '1999-02-18'],
    ['an unknown name is the body its apposition names', 'John Ging, a senior UNRWA official, said the situation was grave.', ['IGOUNO 010 -'], '2008-01-21'],
    ['… also with a place after the body', 'John Ging, director of UNRWA operations in Gaza, told reporters the situation was grave.', ['IGOUNO 010 -'], '2008-01-21'],
    ['talks between a country\'s factions are with it', "Saudi Arabia and the United States hosted talks between Sudan's warring factions in Jeddah.", ['SAU 045 SDN', 'USA 045 SDN'], '2023-05-06'],
    ['a state body in a datelined story is of that state', 'MANILA, Nov 22 (Reuters) - The foreign ministry lodged a diplomatic protest with Beijing on Tuesday.', ['PHL 114 CHN'], '2016-11-22'],
    ['militants are of where they kill, not of whom they kill', 'ALGIERS, Sept 21 (AFP) - Suspected Islamic militants shot dead two French surveyors near Sidi Bel Abbes in western Algeria.', ['DZA 1823 FRA'], '1993-09-21'],
    ['goods shipped to a country go to it, whatever else a later "to" names', 'The United States shipped 1.5 million doses of vaccine to Guatemala on Thursday, part of a donation of surplus U.S. vaccines to Central America.', ['USA 073 GTM'], '2021-07-01'],
    ['a list extradited goes to whom the "to" after it names', 'Mexico extradited alleged Gulf cartel boss Osiel Cardenas and 14 other drug suspects to the United States.', ['MEX 063 USA'], '2007-01-19'],
    ['someone handed to a tribunal goes to it', 'Belgrade hands Milosevic to U.N. war crimes tribunal', ['YUG 063 IGOUNO'], '2001-06-28'],
    ['killing a president assassinates him', 'Burundian soldiers killed President Melchior Ndadaye.', ['BDI 186 BDI'], '1993-10-21'],
    ['killing a rebel commander is military force', 'Colombian troops killed FARC commander Mono Jojoy.', ['COL 190 COL'], '2010-09-23'],
    ['rebels who seize peacekeepers abduct them', 'Revolutionary United Front rebels seized 500 United Nations peacekeepers.', ['SLE 181 IGOUNO'], '2000-05-10'],
    ['a state that seizes a tanker confiscates it', "Iran's Revolutionary Guards seized a British-flagged oil tanker.", ['IRN 1711 GBR'], '2019-07-19'],
    ['a crowd that storms a building riots', 'Thousands of supporters of the opposition stormed parliament in Tbilisi.', ['GEO 145 GEO'], '2003-11-22'],
    ['a people named by a demonym that storms a building riots', 'Palestinians stormed the Israeli embassy.', ['PSE 145 ISR'], '2000-10-10'],
    ['troops that storm a place use force', 'Israeli troops stormed a refugee camp in Jenin.', ['ISR 190 PSE'], '2002-04-05'],
    ['armed men led by someone are no unknown attackers', 'SUVA, May 19 (Reuters) - Armed men led by failed businessman George Speight stormed the parliament on Friday.', ['FJI 180 FJI'], '2000-05-19'],
    ['rebels who reject their state\'s offer reject it', "Taliban reject Karzai's offer of peace talks", ['AFG 125 AFG'], '2008-05-01'],
    ['troops who come ashore bring protection', 'U.S. Marines came ashore in Mogadishu before dawn on Wednesday.', ['USA 074 SOM'], '1992-12-09'],
    ['one\'s own parliament is no statement\'s target', 'BISHKEK, Sept 20 - Kyrgyz President Askar Akayev told parliament that the incursion was a grave threat.', ['KGZ 010 -'], '1999-09-20'],
    ['an inquiry into no one named looks into where it happened', "A U.N. commission of inquiry began investigating whether acts of genocide had been committed in Sudan's Darfur region.", ['IGOUNO 090 SDN'], '2004-10-25'],
    ['what a speaker says it will do, with no pattern for it, is an intent to cooperate', 'Taiwan said on Tuesday it would open a representative office in Lithuania.', ['TWN 030 LTU'], '2021-07-20'],
    ['a forecast of something is a statement, not a promise', 'Habibie says Indonesian economy will recover within a year', ['IDN 010 -'], '1998-09-01'],
    ['a promise a pattern codes is that intent alone', 'Uganda said it would send troops to Somalia.', ['UGA 0334 SOM'], '2007-02-01'],
    ['a phrasal subjunctive after "demanded that" is the demanded act', 'India demanded that Pakistan hand over 20 fugitives.', ['IND 100 PAK'], '2008-12-10'],
    ['"quoted X as saying" is X\'s statement', 'Iranian state television quoted Foreign Minister Mohammad Javad Zarif as saying that an agreement with the United States was within reach.', ['IRN 010 USA'], '2015-03-31'],
    ['a nominal act as subject is done by the state agents of its "of" phrase', 'The withdrawal of the last Syrian troops from Lebanon ended a military presence of 29 years.', ['SYR 0874 LBN'], '2005-04-26'],
    ['… and a recall of ambassadors from a capital is from its state', 'The recall of Saudi ambassadors from Doha on Wednesday deepened the rift.', ['SAU 161 QAT'], '2014-03-05'],
    ['a militant group of no one country is of the country it fights in', 'Islamic State militants massacred about 80 Yazidi men in a village in northern Iraq.', ['IRQ 202 IRQ'], '2014-08-16'],
    ['a diplomat named in apposition and ordered to leave is expelled', "Mali's junta ordered the French ambassador, Joel Meyer, to leave the country within 72 hours.", ['MLI 161 FRA'], '2022-01-31'],
    ['a noun joined by "and" to the next noun\'s modifier leaves the pattern\'s noun in reach', 'The U.N. Security Council imposed a sweeping trade and financial embargo on Iraq.', ['IGOUNO 163 IRQ'], '1990-08-06'],
    ['"allied" between "and" and a noun modifies it', 'U.S. and allied warplanes attacked targets in Baghdad.', ['USA 190 IRQ'], '1991-01-17'],
    ['… but a verb after "and" in a clause that has one stays a verb', 'Israeli troops shelled Gaza and killed two Hamas militants.', ['ISR 194 PSE', 'ISR 190 PSE'], '2006-07-01'],
    ['troops pulled back from a border withdraw from its country', 'Iraq pulled its troops back from the Kuwaiti border on Tuesday.', ['IRQ 0874 KWT'], '1994-10-11'],
    ['an embargo lifted against a country is lifted for it', 'President Bill Clinton lifted the 19-year-old U.S. trade embargo against Vietnam on Thursday.', ['USA 085 VNM'], '1994-02-03'],
    ['food unloaded for people of a place is aid to its country', 'The British frigate HMS Cornwall unloaded food and medical supplies in Freetown for Sierra Leoneans.', ['GBR 073 SLE'], '2000-05-20'],
    ['more airdrops are aid', 'The World Food Programme stepped up airdrops of grain to famine victims in southern Sudan.', ['IGOUNO 073 SDN'], '1998-07-01'],
    ['people on a country\'s islands are of it', "U.S. military helicopters began ferrying rice and medicine to cyclone survivors on Bangladesh's offshore islands.", ['USA 073 BGD'], '1991-05-11'],
    ['sides who will reopen embassies intend to restore relations with each other', "The United States and Cuba will reopen embassies in each other's capitals.", ['USA 032 CUB', 'CUB 032 USA'], '2015-07-01'],
    ['a known person before any office is of their country\'s elite, not the state', 'South Africa frees Nelson Mandela after 27 years behind bars', ['ZAF 0841 ZAF'], '1990-02-11'],
    ['a possessive before a headline subject\'s name is no plural subject', "Liberia's Charles Taylor steps down and flies into exile", ['LBR 0831 LBR'], '2003-08-11'],
    ['a state suspended from a body is suspended by it', 'Fiji was suspended from the Commonwealth on Tuesday.', ['IGOCWN 160 FJI'], '2009-09-01'],
    ['flights turned back are refused', 'Colombia turns back U.S. military flights carrying deported migrants', ['COL 120 USA'], '2025-01-26'],
    ['a list of demands handed over is a demand', 'Saudi Arabia and its allies have handed Qatar a list of 13 demands.', ['SAU 100 QAT'], '2017-06-23'],
    ['investigators who search a consulate investigate its state', 'Turkish investigators searched the Saudi consulate in Istanbul overnight.', ['TUR 090 SAU'], '2018-10-16'],
    ['"EC" is the European Community', 'EC recognises Bosnia-Herzegovina as independent state', ['IGOEEC 054 BIH'], '1992-04-06'],
    ['a foundation stone laid together for a pipeline is economic cooperation', 'Ugandan President Yoweri Museveni and Tanzanian President John Magufuli laid the foundation stone for a crude oil pipeline.', ['UGA 061 TZA', 'TZA 061 UGA'], '2017-08-05'],
    ['a promise that names no one is made to the other country its words name', 'President Bill Clinton promised on Wednesday that the United States would stand by Colombia in its fight against drug traffickers.', ['USA 030 COL'], '1998-12-01'],
    ['… not to where it is made', 'Myanmar\'s President Thein Sein vowed in London on Monday that every political prisoner in his country would be freed.', ['MMR 030 MMR'], '2013-07-15'],
    ['"sees no reason" is a view stated, not an act withheld', 'Estonia regards its dispute with Russia as settled and sees no reason to revisit the treaty, Prime Minister Mart Laar said on Tuesday.', ['EST 010 RUS'], '1999-02-02'],
    ['judges at an international court act for it', "Judges at the International Criminal Court authorised the prosecutor on Wednesday to investigate the killings that followed Kenya's disputed election.", ['IGOICC 090 KEN'], '2010-03-31'],
    ['a force a state leads that lands brings protection', 'An Australian-led force of troops and police landed in Honiara on Thursday.', ['AUS 074 SLB'], '2003-07-24'],
    ['police officers who land bring protection', 'About 400 Kenyan police officers landed in Haiti on Tuesday.', ['KEN 074 HTI'], '2024-06-25'],
    ['a name\'s "known as" apposition does not hide the recipient', 'Colombia extradited drug lord Dairo Antonio Usuga, known as Otoniel, to the United States on Wednesday.', ['COL 063 USA'], '2022-05-04'],
    ['ships with water for a country bring aid', 'New Zealand dispatches navy ships with drinking water for volcano-hit Tonga', ['NZL 073 TON'], '2022-01-18'],
    ['a rejected motion is aimed at the other country its relative clause names', 'Austria\'s parliament rejected a bill that would have let German troops cross its territory.', ['AUT 120 DEU'], '2004-05-01'],
    ['… not at one\'s own', 'The Kenyan government rejected a plan that would have moved Kenyan refugees.', ['KEN 127 KEN'], '2004-05-01'],
    ['a few quoted words do not end the search for a target', 'Taiwan\'s defence minister rejected the "one country, two systems" model offered by Beijing.', ['TWN 120 CHN'], '2004-05-01'],
    ['"fire" in a live-fire drill is no firing', 'North Korea started live-fire drills near the border on Monday.', ['PRK 150 -'], '2016-03-07'],
    ['modifiers joined by "and" do not hide the head', 'Russia began a week of naval and air drills in the Baltic Sea on Friday.', ['RUS 150 -'], '2021-08-06'],
    ['a statement about what goes on in another country is about it', 'Tanzania\'s foreign minister said on Friday that the violence in Burundi threatened the whole region.', ['TZA 010 BDI'], '1996-07-26'],
    ['… not one about one\'s own', 'Tanzania\'s foreign minister said on Friday that the economy in Tanzania would grow.', ['TZA 010 -'], '1996-07-26'],
    ['violence on people of no named country in another country is done to it', "Al Shabaab gunmen killed 14 people at a quarry in Kenya's Mandera county on Tuesday.", ['SOM 1823 KEN'], '2014-12-02'],
    ['… and at home when done at home', 'Al Shabaab gunmen killed 14 people at a quarry in Somalia on Tuesday.', ['SOM 1823 SOM'], '2014-12-02'],
    ['armed men who capture a city occupy it', 'Tuareg rebels captured Kidal on Friday.', ['MLI 192 MLI'], '2012-03-30'],
    ['irregulars who capture soldiers abduct them', 'Tuareg rebels captured two Malian soldiers near Kidal.', ['MLI 181 MLI'], '2012-11-20'],
    ['troops who capture rebels arrest them', 'Malian troops captured two Tuareg rebels near Kidal.', ['MLI 173 MLI'], '2012-11-20'],
    ['troops who land on a country\'s shore bring protection', 'French marines landed on the beaches of Djibouti on Tuesday.', ['FRA 074 DJI'], '1995-03-07'],
    ['a medical team that arrives brings aid', 'A Chinese medical team arrived in Liberia on Sunday.', ['CHN 073 LBR'], '2014-09-21'],
    ['troops sent into a country to protect are protection', 'Italy sent 800 soldiers into Albania to protect aid convoys.', ['ITA 074 ALB'], '1997-04-15'],
    ['envoys of two sides who hold talks meet each other', 'Envoys of the Yemeni government and the Houthis held talks in Stockholm on Thursday.', ['YEM 046 YEM', 'YEM 046 YEM'], '2018-12-06'],
    ['a mediator named with "under" is no side of the talks', 'Sudan\'s army held talks on Saturday under Saudi and U.S. mediation.', ['SDN 046 SDN'], '2023-05-06'],
    ['a journey for talks with someone is a visit to them', 'Greek Prime Minister Alexis Tsipras flew into Skopje on Tuesday for talks with his Macedonian counterpart Zoran Zaev.', ['GRC 042 MKD'], '2019-04-02'],
    ['a signed decree\'s participle is its signer\'s act', 'President Vladimir Putin signed a decree on Friday banning imports of Turkish fruit.', ['RUS 163 TUR'], '2015-11-28'],
    ['a siege ordered is imposed', 'Rwanda\'s defence minister ordered a total siege of the border town of Goma.', ['RWA 191 COD'], '2012-11-20'],
    ['a handover refused is refused to its recipient', 'Belgrade refused on Monday to hand the indicted general over to Croatia.', ['YUG 120 HRV'], '1997-03-03'],
    ['territory handed over is yielded', 'Britain handed over the territory of Hong Kong to China at midnight.', ['GBR 0842 CHN'], '1997-06-30'],
    ['talks between two sides on a topic that open are theirs', 'Talks between Moldovan President Mircea Snegur and Russian President Boris Yeltsin on the withdrawal of the 14th Army opened in Moscow on Friday.', ['MDA 040 RUS', 'RUS 040 MDA'], '1994-08-05'],
    ['talks that centre on something took place', 'Talks between Uzbekistan and Tajikistan centred on water.', ['UZB 040 TJK', 'TJK 040 UZB'], '2018-03-09'],
    ['talks that only might resume are no statement about their sides', 'Talks between Egypt and Ethiopia could resume next month, a Sudanese official said on Sunday.', [], '2021-04-11'],
    ['negotiators for two sides act for each', 'Negotiators for the Philippine government and the Moro Islamic Liberation Front resumed talks in Kuala Lumpur on Monday.', ['PHL 040 PHL', 'PHL 040 PHL'], '2012-10-01'],
    ['an envoy for a country is sent to it, not for it', 'The U.N. envoy for Yemen, Hans Grundberg, urged the Houthis to open roads around Taiz.', ['IGOUNO 020 YEM'], '2022-06-01'],
    ['a possessor goes with the person it names', "Chinese President Xi Jinping welcomed Pakistan's Imran Khan to Beijing on Friday.", ['CHN 043 PAK'], '2019-04-26'],
    ['a title\'s name stands between its words and the next ones', "Burundi ordered Belgium's ambassador Bernard Quintin to leave the country.", ['BDI 161 BEL'], '2015-11-20'],
    ['someone placed under investigation is investigated', 'Prosecutors in Milan placed the former mayor under criminal investigation on Tuesday.', ['ITA 090 ITA'], '1993-02-09'],
    ['a murder investigation launched is an investigation', 'Maltese police launched a murder investigation on Monday.', ['MLT 090 MLT'], '2017-10-16'],
    ['a participle\'s "by" phrase runs into its verb over an adverb', 'A U.N. team led by Swedish diplomat Hans Blix formally began inspections in Iraq on Wednesday.', ['IGOUNO 090 IRQ'], '2002-11-27'],
    ['a person titled by an international body acts for it', 'U.N. envoy Lakhdar Brahimi met Afghan President Hamid Karzai in Kabul on Sunday.', ['IGOUNO 040 AFG'], '2003-05-04'],
    ['a headline\'s verb may take an object a participle describes', 'India hands captured Pakistani soldier back to Pakistan', ['IND 084 PAK'], '2016-09-30'],
    ['a headline may end in a quote', 'Kenya hands detained Somali pirates over to Seychelles as "goodwill gesture"', ['KEN 063 SYC'], '2010-03-01'],
    ['someone set free by a government is released', 'Aung San Suu Kyi was set free by Myanmar\'s military rulers on Saturday.', ['MMR 0841 MMR'], '2010-11-13'],
    ['a bare form ending a noun compound is its head', 'Syrian President Bashar al-Assad vowed in a televised address to crush the rebels.', ['SYR 137 SYR'], '2012-06-03'],
    ['a threat to hunt people down is a threat of coercion', 'The president vowed to hunt down the rebels.', ['- 137 -'], '2012-06-03'],
    ['sides of two countries that sign something together sign with each other', 'Armenia and Azerbaijan initialled a peace agreement at a U.S. government building in Washington on Friday.', ['ARM 057 AZE', 'AZE 057 ARM'], '2025-08-08'],
    ['… and open something together with each other, whoever built it', 'Laos and Thailand opened a Japanese-built railway across the Mekong on Tuesday.', ['LAO 061 THA', 'THA 061 LAO'], '2006-12-19'],
    ['… but a state several recognise is the one recognised', 'Spain, Ireland and Norway formally recognised a Palestinian state on Tuesday.', ['ESP 054 PSE', 'IRL 054 PSE', 'NOR 054 PSE'], '2024-05-28'],
    ['a named person after another\'s "of" place is their fellow', 'President Chandrika Kumaratunga of Sri Lanka and Indian Prime Minister Atal Bihari Vajpayee met in Colombo on Friday.', ['LKA 040 IND', 'IND 040 LKA'], '1998-12-28'],
    ['relations announced normalised are diplomatic cooperation', 'Japan announced on Friday the restoration of diplomatic relations with North Korea.', ['JPN 050 PRK'], '2002-09-20'],
    ['an inquiry announced is opened', 'The attorney general announced an investigation into the governor of Bihar.', ['IND 090 IND'], '2010-05-04'],
    ['tanks supplied are arms, not forces moved', 'Poland supplied tanks to Ukraine.', ['POL 072 UKR'], '2022-04-29'],
    ['access to bases granted to another\'s forces is military cooperation', 'Kyrgyzstan granted Russian forces access to two more air bases.', ['KGZ 062 RUS'], '2003-09-22'],
    ['medical supplies and experts sent are aid; the help they are for is no act of its own', 'Cuba will send doctors and ventilators to Peru to help fight the pandemic.', ['CUB 033 PER'], '2020-04-01'],
    ['a strike vowed on a condition is a threat against whoever the condition names', 'Pakistan vows swift strike if India crosses the Line of Control', ['PAK 138 IND'], '2019-02-20'],
    ['a headline\'s verbless report is about the other side of the ties it names', 'Beijing says ties with Tokyo at lowest point in decades', ['CHN 010 JPN'], '2012-09-20'],
    ['one\'s own country and another together are about the other', 'The Malaysian foreign minister said on Monday that Malaysia and Singapore were close to a deal on water.', ['MYS 010 SGP'], '2001-09-03'],
    ['armour loyal to a leader stands for that country\'s forces', 'Tanks loyal to President Eduard Shevardnadze shelled rebel positions in Tbilisi on Sunday.', ['GEO 194 GEO'], '1992-01-05'],
    ['tanks sent are no one sent to', 'Britain sent tanks to Ukraine.', ['GBR 072 UKR'], '2023-01-16'],
    ['tanks fought with are weapons, not a side', 'Ecuadorean and Peruvian troops fought with tanks near the border.', ['ECU 190 PER', 'PER 190 ECU'], '1995-01-28'],
    ['poison gas dropped is a chemical attack', 'Iraqi warplanes dropped poison gas on the Kurdish town of Halabja.', ['IRQ 2041 IRQ'], '1988-03-16'],
    ['an examination begun is an inquiry', 'IAEA inspectors began their first examination of the Natanz enrichment plant in Iran on Saturday.', ['IGOUNO 090 IRN'], '2003-02-22'],
    ['an international body\'s inquiry looks into the country the sentence names before it', 'U.N. inspectors went to Syria on Sunday to investigate the attack.', ['IGOUNO 042 SYR', 'IGOUNO 090 SYR'], '2013-08-25'],
    ['a speech gerund after a comma opens what was said', 'Iran test-fired a missile on Sunday, warning it would strike Israel if attacked.', ['IRN 150 ISR', 'IRN 130 ISR', 'IRN 1384 ISR'], '2009-09-27'],
    ['"Saddam" alone is Saddam Hussein', 'Saddam threatens to strike Kuwait', ['IRQ 1384 KWT'], '1990-07-20'],
    ['what is demanded on a day is only demanded', 'The opposition demanded on Sunday that President Robert Mugabe step down.', ['ZWE 1041 ZWE'], '2017-11-19'],
    ['an opposition group is the opposition', "Togo's main opposition group demanded that the government resign.", ['TGO 100 TGO'], '2005-04-30'],
    ['a court\'s ruling that someone broke the law condemns them', 'The International Court of Justice ruled on Thursday that Uganda had violated the sovereignty of Congo.', ['IGOUNO 111 UGA', 'UGA 128 COD'], '2005-12-19'],
    ['a ruling on something else is no condemnation', 'The Supreme Court ruled that the election would go ahead.', [], '2005-12-19'],
    ['a place name may join its words with "de la"', 'Police clashed with protesters in Santa Cruz de la Sierra on Wednesday.', ['BOL 175 BOL'], '2008-09-10'],
    ['a state\'s word on its own rebels is about its country', 'The ELN is weaker than ever, President Juan Manuel Santos said on Monday.', ['COL 010 COL'], '2012-03-05'],
    ['an -ing relative runs through its object\'s list to the verb', 'Chinese planes carrying tents and blankets landed in Kathmandu on Monday.', ['CHN 073 NPL'], '2015-04-27'],
    ['a participle with an agent after a preposition\'s object is a relative, and nature is no one', 'Indian planes carrying rice landed in Dhaka as part of relief for villagers hit by the cyclone.', ['IND 073 BGD'], '1991-05-05'],
    ['diplomats ordered out are expelled', 'Ecuador ordered the U.S. ambassador out of the country on Tuesday.', ['ECU 161 USA'], '2011-04-05'],
    ['"Amnesty" alone is Amnesty International', 'Amnesty urges Egypt to free jailed activists', ['NGOHRI 0253 EGY'], '2014-01-01'],
    ['a name\'s lower-case particle joins it', 'Talks on Monday between Brazilian President Luiz Inacio Lula da Silva and Argentine President Nestor Kirchner in Brasilia focused on trade.', ['BRA 040 ARG', 'ARG 040 BRA'], '2004-03-16'],
    ['a meeting between two sides that was took place', 'A meeting in Geneva on Monday between Armenian and Azerbaijani foreign ministers was the first in a year.', ['ARM 040 AZE', 'AZE 040 ARM'], '2009-01-26'],
    ['a journey for a state visit is a visit to its country', 'Indian Prime Minister Narendra Modi arrived on Sunday for a state visit to Japan.', ['IND 042 JPN'], '2014-08-31'],
    ['an -s form right after an adjective is a plural', 'Indian and French troops began the joint exercises in Rajasthan on Monday.', ['IND 062 FRA', 'FRA 062 IND'], '2016-01-11'],
    ['exercises by sides of two countries that begin are military cooperation', 'Joint naval drills by Indian and Japanese warships began in the Bay of Bengal on Sunday.', ['IND 062 JPN', 'JPN 062 IND'], '2017-07-10'],
    ['a phrase\'s left-out modifiers do not stop the pattern', 'China put 50,000 troops in northern and western China on combat alert near the Indian border.', ['CHN 152 IND'], '2020-06-20'],
    ['in the passive, what is done to a thing of someone\'s is done to its owner, not to the agent', "India's decision was condemned on Tuesday by Japan.", ['JPN 111 IND'], '1998-05-12'],
    ['the head of a body acts for it', "The head of Myanmar's ruling military council met Thai Prime Minister Chuan Leekpai in Bangkok.", ['MMR 040 THA'], '1998-06-01'],
    ['someone appointed to lead an inquiry opens it into its topic', 'The U.N. Security Council appointed a Swiss judge on Monday to lead an investigation into Syria\'s use of chemical weapons.', ['IGOUNO 090 SYR'], '2015-08-10'],
    ['poison gas released is a chemical attack', 'Syrian government forces released chlorine gas on the town of Douma.', ['SYR 2041 SYR'], '2018-04-07'],
    ['a crowd counted with no noun is people', 'Thousands march in Manila against Estrada', ['PHL 141 PHL'], '2001-01-18'],
    ['… but not the dead a disaster leaves', 'Typhoon batters Philippine coast, hundreds feared dead', [], '2013-11-09'],
    ['forces sent to a peacekeeping force in a country go to that country', 'Ireland will send 150 soldiers to the U.N. peacekeeping force in Lebanon.', ['IRL 033 LBN'], '2011-05-04'],
    ['aid received that someone donated is their aid, once', 'Vietnam receives one million vaccine doses donated by the United States', ['USA 073 VNM'], '2021-07-10'],
    ['a participle whose "with" phrase is a comma list runs into the verb', 'A Japanese cargo plane loaded with tents, blankets and generators landed in Kathmandu on Tuesday.', ['JPN 073 NPL'], '2015-04-28'],
    ['a sit-in kept up is a protest', 'Hundreds of nurses kept up a sit-in at the Kenyan parliament on Tuesday.', ['KEN 141 KEN'], '2017-06-13'],
    ['two past forms the tagger read as adjectives are the verbs, and rioters who loot riot', 'Rioters looted and torched shops in Nuku\'alofa on Thursday.', ['TON 145 TON'], '2006-11-16'],
    ['a verb that does not agree with the noun before a participle is no main verb of a reduced relative', 'Students marched through Dhaka on Sunday in protest at the annulment of opposition wins.', ['BGD 141 BGD'], '2010-05-02'],
    ['a delegate is of the government that sends them', "Iran's chief delegate at the talks in Geneva threatened on Monday to expel U.N. inspectors.", ['IRN 136 IGOUNO'], '2013-11-11'],
    ['the last of two adjectives a possessive opens, before a comma, is a noun', "Thailand's military chief, General Sonthi Boonyaratglin, threatened to oust the government of Prime Minister Thaksin Shinawatra.", ['THA 130 THA'], '2006-09-01'],
    ['a headline\'s infinitive after a possessive name is what its owner will do', "Thailand's Prayuth to visit Japan next month", ['THA 036 JPN'], '2019-06-01'],
    ['a headline\'s infinitive is its verb, so no later -s word is', 'Norway to send NASAMS air defence systems to Ukraine', ['NOR 033 UKR'], '2022-11-01'],
    ['talks between two sides "on the future of" something that open are theirs', 'Talks between Spain and Britain on the future of Gibraltar opened in London on Monday.', ['ESP 040 GBR', 'GBR 040 ESP'], '2001-07-23'],
    ['a round of talks between two sides, on doing something, that opens is theirs', 'The first round of talks between Israel and Lebanon on demarcating the maritime border opened in Naqoura on Wednesday.', ['ISR 040 LBN', 'LBN 040 ISR'], '2020-10-14'],
    ['rebel movements are rebels', "Peace talks between Sudan's government and Darfur's two rebel movements opened in Abuja on Monday.", ['SDN 040 SDN', 'SDN 040 SDN'], '2004-08-23'],
    ['an inquiry authorised with no one named looks into the country where it is', 'ICC judges authorise war crimes probe in Georgia', ['IGOICC 094 GEO'], '2016-01-27'],
    ['"its" after an international body that speaks is the body', 'The International Criminal Court said its judges had opened an investigation into crimes committed in Georgia.', ['IGOICC 090 GEO'], '2016-01-27'],
    ['"suspect" between a noun and a name is a title, and a suspect handed over goes to justice', 'Kenya hands bombing suspect Ali Hassan over to Uganda', ['KEN 063 UGA'], '2010-08-01'],
    ['suspects sent to another state are handed to its justice', 'Colombia sends 12 drug kingpins to U.S.', ['COL 063 USA'], '2008-05-13'],
    ['what is blocked of a state\'s own that a body\'s name describes is blocked to the state', "Turkey blocks Sweden's NATO accession over Kurdish militants", ['TUR 129 SWE'], '2022-06-01'],
    ['a stop someone makes for talks with someone visits them, and a surname several of one country bear then is that country', 'Modi makes surprise stop in Lahore for talks with Sharif', ['IND 042 PAK'], '2015-12-25'],
    ['a bare participle joined to a passive is passive, the agent is both verbs\', and a person shot by a national armed group is assaulted at home', 'Schoolgirl Malala Yousafzai was shot and wounded by Pakistani Taliban gunmen near Mingora on Tuesday.', ['PAK 180 PAK', 'PAK 182 PAK'], '2012-10-09'],
    ['an unknown first name before a one-word person\'s name makes another person ("Mariam Bibi" is no Netanyahu)', 'Teacher Mariam Bibi was shot and wounded by Pakistani Taliban gunmen near Mingora on Tuesday.', ['PAK 180 PAK', 'PAK 182 PAK'], '2012-10-09'],
    ['a field hospital opened somewhere is aid there, and a participle describing an object is no unattributed act', 'Pakistani army doctors opened a field hospital in Muzaffarabad on Sunday to treat Kashmiris injured in the quake.', ['PAK 073 PAK'], '2005-10-16'],
    ['treatment centres an aid group opens are aid', 'Doctors Without Borders opened three cholera treatment centres in Port-au-Prince on Monday.', ['NGOHLH 073 HTI'], '2010-11-08'],
    ['protesters who break into a building riot', "Protesters broke into Serbia's parliament in Belgrade on Thursday.", ['YUG 145 YUG'], '2000-10-05'],
    ['embassy staff ordered to leave are diplomats expelled', 'Moscow ordered 20 Czech embassy staff to leave Russia within 24 hours.', ['RUS 161 CZE'], '2021-04-18'],
    ['a verbless headline of a stance on someone is a comment about them', 'Tokyo upbeat on ties with Beijing after summit', ['JPN 013 CHN'], '2018-10-27'],
    ['… and a gloomy one a pessimistic comment, with a lone surname at the start', 'Erdogan pessimistic over talks with EU', ['TUR 012 IGOEEC'], '2016-11-25'],
    ['a verbless headline of a stay for talks with someone is a visit to them', 'Vajpayee in Lahore for talks with Sharif', ['IND 042 PAK'], '1999-02-20'],
    ['an apology given to someone is theirs', 'German President Roman Herzog gave Polish President Lech Walesa an apology for the crushing of the Warsaw uprising.', ['DEU 055 POL'], '1994-08-01'],
    ['a strike "by" someone told as a subject is their protest at home', 'A general strike by Bolivian miners paralysed La Paz on Monday.', ['BOL 143 BOL'], '2003-10-13'],
    ['… and so is a possessor\'s protest, of the place it fills', "Farmers' protest blocks central Brussels", ['BEL 141 BEL'], '2024-02-01'],
    ['a motion voted down is rejected, aimed at the other country its relative clause names', "Pakistan's parliament voted down a motion that would have allowed U.S. drones to use Pakistani air bases.", ['PAK 120 USA'], '2011-05-14'],
    ['an -ed word the tagger read as an adjective after "be", before its particle and an agent, is the verb', 'Opposition leaders were rounded up by police in Minsk on Sunday.', ['BLR 173 BLR'], '2020-08-09'],
    ['aid a convoy carries that reaches a place is aid to its country', 'A Red Cross convoy carrying more than 40 tonnes of medicine reached Aleppo on Monday.', ['NGOHLH 073 SYR'], '2016-11-14'],
    ['in the passive, a pattern that names no target is done to the subject', 'Two Georgian ships were seized by Russian border guards off Abkhazia on Sunday.', ['RUS 1711 GEO'], '2009-08-16'],
    ['two subjunctives joined by "and" are verbs, and the demand is made of their subject', 'Britain demanded on Monday that Libya arrest and hand over the suspects.', ['GBR 100 LBY'], '1991-11-18'],
    ['an -ed adjective right after "be" and before an agent is the verb, and "hostage" before a name is a title', 'British hostage David Haines was beheaded by Islamic State militants.', ['IMGMOS 1823 GBR'], '2014-09-13'],
    ['in the passive, a pattern\'s recipient may follow the agent', 'Food rations were airdropped by the World Food Programme to villages in South Sudan.', ['IGOUNO 073 SSD'], '2017-03-01'],
    ['a hyphened modifier before "live-fire" leaves it an adjective', 'China began its largest-ever live-fire drills around Taiwan on Thursday.', ['CHN 150 TWN'], '2022-08-04'],
    ['"grant aid" is one noun', 'Tokyo freezes grant aid to Beijing over nuclear tests', ['JPN 162 CHN'], '1995-08-01'],
    ['a disaster told by police or state media is no statement, whatever clauses follow it', 'A strong earthquake struck the southern Iranian city of Bam before dawn on Friday, flattening homes and killing thousands of people, state media said.', [], '2003-12-26'],
    ['the "of" and "and" inside a country\'s name are the name\'s', 'The Democratic Republic of Congo and Bosnia and Herzegovina signed a trade agreement.', ['COD 057 BIH', 'BIH 057 COD'], '2010-06-01'],
    ['a claim or row taken to a court is a case brought against the other side', 'Nicaragua takes border dispute with Honduras to World Court', ['NIC 115 HND'], '1999-12-08'],
    ['a membership restored eases a sanction', "The African Union restores Mali's membership after elections", ['IGOAFR 081 MLI'], '2013-10-24'],
    ['someone dropped from a terror list has a sanction eased', 'Washington drops Pyongyang from terrorism blacklist', ['USA 081 PRK'], '2008-10-11'],
    ['a name that runs on past one written with its article is the longer name', 'The Gulf Cooperation Council condemned Iran on Wednesday.', ['IGOGCC 111 IRN'], '1992-09-10'],
    ['a border service is the border police, and a body\'s co-chairs act for it', "The co-chairs of the OSCE Minsk Group accused Azerbaijan's border service of opening fire.", ['IGOSCE 112 AZE'], '2016-04-03'],
    ['a surname bearers of several countries share is the one of a country the sentence names', 'Trump and Kim meet at Hanoi summit on North Korea talks', ['USA 040 PRK', 'PRK 040 USA'], '2019-02-27'],
    ['help that a sending is for goes to whom the sending named', 'Cuba flew a team of engineers to Liberia to help fight the Ebola epidemic.', ['CUB 070 LBR'], '2014-10-10'],
    ['arms sent to a border are forces massed there', 'Chavez sends tanks and troops to Colombian border', ['VEN 154 COL'], '2008-03-02'],
    ['forces of two sides massed at a border face each other', 'Indian and Chinese troops mass near disputed border pass', ['IND 154 CHN', 'CHN 154 IND'], '2020-06-10'],
    ['an expulsion of diplomats ordered expels them', 'Prime Minister Theresa May ordered the expulsion of 23 Russian diplomats on Wednesday.', ['GBR 161 RUS'], '2018-03-14'],
    ['what a future act is for is meant, not done', 'Interpol will send a team to help identify the victims.', ['IGOITP 033 -'], '2014-07-20'],
    ['a measure\'s "of" phrase is the weapon that explodes', 'A series of car bombs exploded in Colombo on Tuesday, killing 20 people.', ['- 183 LKA', '- 1823 LKA'], '1996-01-31'],
    ['a headline\'s -s word after a singular noun, before a bare form, is its verb', "Georgia's new president voices hope for better ties with Moscow", ['GEO 013 RUS'], '2004-01-25'],
    ['a country after a verb of giving, before an adjective, is the first object', 'Japan to give Vietnam new patrol boats', ['JPN 033 VNM'], '2014-08-01'],
    ['forces one agrees to send, even to a border, are no threat', 'Canada agrees to send 1,000 troops to U.S. border to avert tariffs', ['CAN 0334 USA'], '2025-02-03'],
    ['a mobilisation declared readies the armed forces', 'Azerbaijan declared a general mobilisation on Sunday as fighting with Armenia erupted.', ['AZE 154 ARM'], '2020-09-27'],
    ['another\'s terms accepted are given in to', "Serbia accepted NATO's terms for ending the air war on Thursday.", ['YUG 080 IGOWST'], '1999-06-03'],
    ['inspectors ordered to leave are expelled from their mission', 'Iraq ordered U.N. weapons inspectors to leave the country.', ['IRQ 1662 IGOUNO'], '1997-11-13'],
    ['an aid package signed for someone is aid to them', 'Bush signs $400 million aid package for Ukraine', ['USA 070 UKR'], '2004-01-01'],
    ['aid only promised is aimed where aid is', 'France will lead a force to protect aid convoys in Chad, the defence minister said.', ['FRA 033 TCD'], '2008-01-28'],
    ['killing hundreds of a minority\'s members or of a rally\'s supporters is a mass killing', 'Security forces killed more than 200 opposition supporters at a rally in Harare.', ['ZWE 202 ZWE'], '2008-06-01'],
    ['a leader who stands aside yields office', 'Prime Minister Julius Chan stood aside on Wednesday.', ['PNG 0831 PNG'], '1997-03-26'],
    ['aid released is aid given', 'The European Union released 10 million euros in humanitarian aid for Haiti on Friday.', ['IGOEEC 073 HTI'], '2010-01-15'],
    ['an ambassador by title ordered out is a diplomat expelled', 'Ecuador ordered U.S. Ambassador Heather Hodges to leave the country.', ['ECU 161 USA'], '2011-04-05'],
    ['protesters who ransack a building riot', 'Protesters ransacked the parliament building in Bishkek on Tuesday.', ['KGZ 145 KGZ'], '2010-04-06'],
    ['rebels who fight their way into a city use military force', 'Rebels fought their way into the centre of Freetown on Wednesday.', ['SLE 190 SLE'], '1999-01-06'],
    ['missiles that slam into a city are an attack; "slams" alone is still criticism', 'Russian missiles slam into central Kharkiv', ['RUS 190 UKR'], '2022-03-01'],
    ['a participle after a verb\'s particle and a number describes the noun', 'Armenia handed over 15 captured Azerbaijani soldiers to Azerbaijan on Friday.', ['ARM 0841 AZE'], '2021-06-12'],
    ['a carrier group ordered toward a country is a force moved there', 'The United States ordered an aircraft carrier strike group toward the Korean peninsula in a show of force against North Korea.', ['USA 154 PRK'], '2017-04-09'],
    ['a journey for a summit in a city with someone visits them', 'Vajpayee crossed into Pakistan by bus for a summit in Lahore with Nawaz Sharif.', ['IND 042 PAK'], '1999-02-20'],
    ['one found guilty by a court, told in the passive, is convicted', 'Three opposition leaders were found guilty of treason by a Belarusian court on Friday.', ['BLR 116 BLR'], '2011-05-14'],
    ['"on spying charges" leaves the agent to the passive, and counter-intelligence agents are spies', 'Two Estonian officers were arrested on spying charges by Russian counter-intelligence agents.', ['RUS 173 EST'], '2014-09-05'],
    ['a force "sent to" help is a participle, so the landing before it stands', 'French troops landed in the Ivorian port of Abidjan at the head of a force sent to protect civilians.', ['FRA 074 CIV'], '2002-09-25'],
    ['an apposition\'s "for" phrase is part of it', 'Daniel Pearl, an American reporter for The Wall Street Journal, was kidnapped in Karachi by Pakistani militants.', ['PAK 181 USA'], '2002-01-28'],
    ['a given name\'s lower-case second syllable is part of the name', "North Korea's chief delegate Park Yong-su met U.S. envoy Robert Gallucci at Panmunjom.", ['PRK 040 USA'], '1994-03-19'],
    ['a possessor after "and" opens the name it owns, whose given name may end in a lower-case syllable', "Chinese President Xi Jinping and Taiwan's Ma Ying-jeou shook hands in Singapore.", ['CHN 040 TWN', 'TWN 040 CHN'], '2015-11-07'],
    ['capitalised plural forces take a bare verb in a headline', 'U.S. Marines land in Haiti to protect aid convoys', ['USA 074 HTI'], '1994-09-19'],
    ['a compound\'s plural is no headline verb', 'Bangladesh war crimes court convicts opposition leader', ['BGD 116 BGD'], '2013-02-05'],
    ['an interim leader is the government', "Kyrgyzstan's interim leader asked Russia to send troops.", ['KGZ 020 RUS'], '2010-06-12'],
    ['forces that move themselves toward a border are force posture', 'Turkish army convoys rolled toward the border with Syria on Monday.', ['TUR 154 SYR'], '2019-10-07'],
    ['prisoners who protest protest against who holds them', 'More than 1,000 Palestinian prisoners in Israeli jails began a hunger strike on Monday.', ['PSE 142 ISR'], '2017-04-17'],
    ['troops kept on alert show force', 'Pakistan kept its troops along the border with India on high alert on Friday.', ['PAK 152 IND'], '2002-01-04'],
    ['military engineers sent to help are military protection', 'Japan will send military engineers to South Sudan to help rebuild roads.', ['JPN 033 SSD'], '2011-12-20'],
    ['a nominal act\'s "by" may follow its "of" phrase\'s own "of" phrase', 'The release of hundreds of Palestinian prisoners by Israel began on Tuesday.', ['ISR 0841 PSE'], '1994-05-24'],
    ['an -ed adjective after "have" before its particle is the verb', 'Egyptian police have rounded up dozens of suspected militants.', ['EGY 173 EGY'], '1997-11-20'],
    ['a statement about the troubles in another country is about it', 'The Indian foreign minister said on Monday that New Delhi was deeply worried about the political situation in Nepal.', ['IND 010 NPL'], '2005-02-07'],
    ['a lone surname opens a headline before its infinitive', 'Putin to visit Ankara next month', ['RUS 036 TUR'], '2004-11-01'],
    ['two past forms after a sentence\'s first word are its verbs, whatever a later clause has', 'Rioters looted and burned shops in Honiara on Wednesday, angered that parliament had chosen Snyder Rini.', ['SLB 145 SLB'], '2006-04-19'],
    ['an irregular past read as a noun before "and" and a verb is the verb', 'A gunman from the Pakistani Taliban shot and wounded a teacher in Swat.', ['PAK 193 PAK', 'PAK 182 PAK'], '2012-10-09'],
    ['flights or links that begin between two sides are economic cooperation', 'Direct flights between India and Pakistan resumed on Monday.', ['IND 061 PAK', 'PAK 061 IND'], '2004-01-15'],
    ['a membership invitation blocked "for" a state is blocked to it', 'Greece blocks NATO invitation for Macedonia in name row', ['GRC 129 MKD'], '2008-04-03'],
    ['Thai leaders go by their given name', 'Thaksin says Thai economy still on track for 2 percent growth', ['THA 010 -'], '2003-05-01'],
    ['"his country" in a reported promise is the speaker\'s own', 'Kazakh President Kassym-Jomart Tokayev said on Monday that his country would reopen its border crossings to Kyrgyz trucks.', ['KAZ 035 KGZ'], '2021-05-03'],
    ['a state\'s word on its dealings with its own rebels is about its country', 'Sri Lankan President Mahinda Rajapaksa said on Friday that he saw no prospect of talks with the Tamil Tigers.', ['LKA 010 LKA'], '2008-01-04'],
    ['people, not armed men, who seize a place protest by blocking it', "Thousands of opposition supporters seized Bishkek's main government building on Thursday.", ['KGZ 144 KGZ'], '2005-03-24'],
    ['people who pour into a city protest', 'Tens of thousands of Egyptian students poured into central Cairo on Tuesday.', ['EGY 144 EGY'], '2011-01-25'],
    ['a journey to a place on a visit visits it', 'Pakistani Prime Minister Imran Khan left Islamabad for Riyadh on Wednesday on a two-day official visit.', ['PAK 042 SAU'], '2019-09-18'],
    ['a bare verb after "that", a possessive and a plural is a subjunctive the directive governs', "Israel demanded that Lebanon's Hezbollah guerrillas hand over the two captured soldiers.", ['ISR 100 LBN'], '2006-07-13'],
    ['sympathy over a disaster is addressed to the place it struck', 'The Dalai Lama expressed his sorrow over the earthquake that struck southern Turkey.', ['CHN 018 TUR'], '2023-02-07'],
    ['an inquiry into what happened in a place a demonym names looks into that country', 'The International Criminal Court opened an investigation into the killings of civilians in the Ukrainian village of Yahidne.', ['IGOICC 090 UKR'], '2022-04-05'],
    ['captives freed in the passive are freed by whoever the participle on them says took them', 'The seven Indian sailors seized by Somali pirates were freed on Sunday.', ['SOM 181 IND', 'SOM 0841 IND'], '2011-06-05'],
    ['a body the tagger reads as an adjective is the subject of the past form after it', "Niger's military put President Mohamed Bazoum under house arrest on Wednesday.", ['NER 173 NER'], '2023-07-27'],
    ['an -ing form with only prepositional phrases before a finite verb describes the noun', 'A special court sitting in Islamabad sentenced former President Pervez Musharraf to death on Tuesday.', ['PAK 116 PAK'], '2019-12-17'],
    ['people who work for a body act for it', 'Inspectors working for the International Atomic Energy Agency began inspecting sites in Iran.', ['IGOUNO 090 IRN'], '2003-02-12'],
    ['an -ed form the tagger reads as an adjective after a name, before a number, is the verb', 'China gifted two million doses of a locally made vaccine to Cambodia on Sunday.', ['CHN 071 KHM'], '2021-02-07'],
    ['a proposal shelved is rejected', "Kenya's senate on Thursday shelved President Uhuru Kenyatta's proposal to extend term limits.", ['KEN 120 KEN'], '2019-09-20'],
    ['force shown in a region is aimed at the country named after it', 'Britain is sending two warships to the Persian Gulf as a signal to Iran.', ['GBR 154 IRN'], '2020-01-10'],
    ['an international court is no one state\'s, wherever it sits', 'Beijing rejected a ruling by an international court in The Hague on its maritime claims.', ['CHN 120 IGOJUD'], '2016-07-12'],
    ['a compass word and a dictionary name may be a town of their own', 'Police in East London arrested three anti-apartheid activists.', ['ZAF 173 ZAF'], '1997-01-20'],
    ['a demand rejected is rejected to whoever made it', 'Syria rejected an Arab League call to withdraw its troops from the cities.', ['SYR 1246 IGOARL'], '2011-05-10'],
    ['a claim to territory is rejected, not denied', "Belize rejects Guatemala's claim to the Sapodilla Cayes", ['BLZ 120 GTM'], '2021-05-10'],
    ['a stance headline over compound talks has no verb to find', 'Seoul optimistic on security talks with Tokyo', ['KOR 013 JPN'], '2018-05-10'],
    ['a past form after the comma closing a participle\'s "by" phrase and its apposition is the verb', 'Chechen gunmen led by a former police officer, Ruslan Gelayev, burst into the police station and shot dead three guards.', ['RUS 180 RUS', 'RUS 1823 RUS'], '2004-06-22'],
    ['an -ed form after a plural that "and" joins to a verb is a verb', 'Hundreds of Indonesian rioters ransacked and set fire to the Malaysian embassy in Jakarta.', ['IDN 145 MYS'], '2010-08-23'],
    ['military action promised on a condition is a threat of force', 'Turkey will take military action against Syria unless Damascus expels Ocalan.', ['TUR 1384 SYR'], '1998-10-03'],
    ['a gerund after a verb of beginning, before a preposition, is a verb', 'Australian troops began landing in Honiara on Thursday.', ['AUS 074 SLB'], '2003-07-24'],
    ['people "along" a country\'s coast are of that country', "Indian navy ships delivered food to survivors along Sri Lanka's eastern coast.", ['IND 073 LKA'], '2004-12-30'],
    ['peacekeepers flown into a country protect it', 'Russia began flying peacekeepers into Kazakhstan on Thursday.', ['RUS 074 KAZ'], '2022-01-06'],
    ['a salvo of a nation\'s missiles is that nation\'s', 'Lviv was hit by a salvo of Russian missiles on Monday.', ['RUS 190 UKR'], '2022-10-10'],
    ['an irregular past between two names is the verb', 'Guerrillas of ETA shot Miguel Angel Blanco on Saturday.', ['ESP 180 ESP'], '1997-07-12'],
    ['a bare infinitive after "let" and its object is a verb, so a rejected bill is aimed at whom it would let act', 'The Turkish parliament rejected a bill that would let American warplanes use Turkish air bases.', ['TUR 120 USA'], '2003-03-01'],
    ['a deadline set for someone is a demand of them, and what it is for is not yet done', 'Kenya set Somalia a seven-day deadline to recall its ambassador.', ['KEN 100 SOM'], '2020-03-01'],
    ['"made a surprise visit" keeps its noun', 'Ethiopian Prime Minister Abiy Ahmed made a surprise visit to Eritrea on Sunday.', ['ETH 042 ERI'], '2020-03-01'],
    ['force one says one will answer with on a condition is a threat', 'North Korea warned it would respond with nuclear weapons if the United States attacked it.', ['PRK 130 USA', 'PRK 1384 USA'], '2013-04-01'],
    ['an inquiry ordered is opened, and "rights" before a noun is no headline verb', 'U.N. rights council orders inquiry into killings by Libyan forces', ['IGOUNO 090 LBY'], '2011-03-01'],
    ['an international body\'s statement about a country is about it', 'Libya is on the brink of a humanitarian catastrophe, the U.N. refugee agency said on Tuesday.', ['IGOUNO 010 LBY'], '2011-03-01'],
    ['so is one about a thing of the country', "Kenya's economy is recovering strongly, the International Monetary Fund said on Monday.", ['IGOIMF 010 KEN'], '2011-03-01'],
    ['but not one about a region', 'Growth in East Asia will slow next year, the World Bank said on Monday.', ['IGOUNO 010 -'], '2011-03-01'],
    ['a person\'s lower-case particles stay in the phrase, so its possessor gives the country', "Peru's chief negotiator Manuel de la Torre said on Thursday that talks with Chile were going well.", ['PER 010 CHL'], '2016-05-01'],
    ['a bomb that tears through a place is a bombing', 'A Tamil Tiger truck bomb tears through Colombo\'s business district', ['LKA 183 LKA'], '1996-01-31'],
    ['fire set to what names no one is still property destroyed, and rioters who set it riot', "Solomon Islands rioters set fire to much of Honiara's Chinatown on Wednesday.", ['SLB 145 SLB'], '2006-04-19'],
    ['a bombing claimed by someone is theirs, whatever match the sentence names', 'A bomb blast claimed by the Pakistani Taliban tore through a crowd watching a cricket match in Lahore.', ['PAK 183 PAK'], '2010-07-12'],
    ['a visit told as a noun that began is a visit', 'A three-day visit to Vietnam by Chinese President Xi Jinping began on Sunday.', ['CHN 042 VNM'], '2017-11-12'],
    ['so is an arrival whose owner came', "Indian Prime Minister Narendra Modi's arrival in Kabul on Friday marked the first visit there by an Indian leader in years.", ['IND 042 AFG'], '2015-12-25'],
    ['but not a visit called off', 'A planned visit to Seoul by the Japanese prime minister was called off on Friday.', [], '2015-12-25'],
    ['investment pledged is made in whom its "in" phrase names', 'Japan pledged $2 billion in new investment in Kenya on Wednesday.', ['JPN 0311 KEN'], '2019-08-15'],
    ['a promise about a body\'s membership is made to the body', 'Serbia will submit its application for European Union membership by the end of the year, Prime Minister Mirko Cvetkovic said on Monday.', ['SRB 030 IGOEEC'], '2009-08-15'],
    ['but not about efforts a body\'s name only describes', 'Nigerian President Olusegun Obasanjo said he would lead African Union efforts to mediate between Sudan\'s government and the rebels.', ['NGA 030 SDN'], '2004-11-08'],
    ['a participle with its "with" after a noun opens no clause before the recipient', 'India sent doctors and a plane loaded with tents to Pakistan on Monday.', ['IND 073 PAK'], '2005-10-10'],
    ['a demand for the release of people a list\'s participle says another holds is made of the holder', 'Britain demanded the release of 15 sailors and marines held by Iran.', ['GBR 1053 IRN'], '2007-03-24'],
    ['a nationality before two titles gives the person\'s country', 'Pakistan freed Indian pilot Wing Commander Abhinandan Varthaman on Friday.', ['PAK 0841 IND'], '2019-03-01'],
    ['an act decided on is an intent', 'The Dutch cabinet decided on Friday to send 1,400 troops to southern Afghanistan.', ['NLD 0334 AFG'], '2006-02-03'],
    ['but a decision to allow is the allowing', "Kenya's Supreme Court decided to allow opposition leader Raila Odinga to run in the election.", ['KEN 0812 KEN'], '2010-10-01'],
    ['an irregular past after a singular noun, before "and" and a verb, is the verb', 'A Taliban gunman shot and wounded a police officer in Peshawar on Tuesday.', ['AFG 193 PAK', 'AFG 182 PAK'], '2012-10-09'],
    ['a pattern\'s actor may follow a number\'s quantifier', 'Chechen gunmen took more than 1,000 people hostage at a school in Beslan on Wednesday.', ['RUS 181 RUS'], '2004-09-01'],
    ['police one means to send into a country are an intent, not a threat', 'Nigeria to send 500 police officers to Liberia', ['NGA 0334 LBR'], '2004-06-25'],
    ['an -ing form before a headline\'s object describes it', 'Tokyo lifts remaining sanctions on Myanmar', ['JPN 085 MMR'], '2012-04-23'],
    ['a verb hyphened to the next word is a headline\'s modifier', 'China stages live-fire drills near Taiwan', ['CHN 150 TWN'], '2023-04-08'],
    ['a joint statement blocked is vetoed', 'Hungary blocks joint EU statement on China', ['HUN 129 IGOEEC'], '2021-04-16'],
    ['what a speaker speaks "of" is the statement\'s topic', '"These elections were neither free nor fair," the European Union said on Monday of the vote that returned Armenian Prime Minister Serzh Sargsyan to power.', ['IGOEEC 111 ARM'], '2008-03-03'],
    ['an appeal to end what goes on in a place is addressed to its country', 'Pope urges end to fighting in Somalia', ['VAT 020 SOM'], '1992-05-10'],
    ['an arrival that was a visit is a visit', "Xi Jinping's arrival in Islamabad on Monday was the first visit to Pakistan by a Chinese president in nine years.", ['CHN 042 PAK'], '2015-03-15'],
    ['a stance "of" a deal with someone is a comment about them', 'Japan hopeful of early breakthrough in talks with China', ['JPN 013 CHN'], '2005-03-10'],
    ['shock and grief expressed are sympathy', "Pakistani President Pervez Musharraf expressed shock and grief at the killing of Sri Lanka's foreign minister.", ['PAK 018 LKA'], '2004-01-15'],
    ['samples collected are an inquiry', 'U.N. inspectors began collecting samples in the Syrian town of Ghouta.', ['IGOUNO 090 SYR'], '2013-08-31'],
    ['investment banned is banned to whom its "in" phrase names', 'Britain bans new investment in Iran', ['GBR 163 IRN'], '1997-05-20'],
    ['a ship that arrives with relief brings aid', 'An Australian navy ship arrived in Tonga with drinking water and medicines.', ['AUS 073 TON'], '2022-01-20'],
    ['a view a headline states is about the other country it names', 'Abe sees no quick end to island dispute with Russia', ['JPN 010 RUS'], '2016-12-15'],
    ['a view the speaker\'s own capital holds is about the other country it names', "South Korea's unification minister said Seoul saw little hope of progress in its talks with North Korea.", ['KOR 010 PRK'], '2004-08-01'],
    ['a headline\'s readiness for talks is an intent to meet', 'Philippines says ready for talks with China over shoal row', ['PHL 036 CHN'], '2014-05-10'],
    ['a chief cabinet secretary is the government', "Kenya's chief cabinet secretary said the talks had failed.", ['KEN 010 -'], '2010-03-01'],
    ['troops sent to join a force assembled for a country protect that country', 'Nigeria will send 1,500 troops to join a West African peacekeeping force being assembled for Liberia.', ['NGA 0334 LBR'], '2003-08-10'],
    ['a withdrawal is demanded of whoever\'s troops they are', 'Georgia demanded the withdrawal of Russian troops from Gori.', ['GEO 1056 RUS'], '2008-09-01'],
    ['reservists called up are forces mobilised, and "as its" opens a clause', 'Eritrea called up tens of thousands of reservists on Tuesday as its border dispute with Ethiopia escalated.', ['ERI 154 ETH'], '1998-05-05'],
    ['a suspension lifted is a membership restored', 'OAS lifts 47-year suspension of Cuba', ['IGOOAS 081 CUB'], '2009-06-03'],
    ['peacekeeping taken over in a country protects it', 'A U.N. stabilization force took over peacekeeping duties in Haiti on Tuesday.', ['IGOUNO 074 HTI'], '2004-06-01'],
    ['the Hague tribunal is international; a national war crimes court is its country\'s', 'Serbia extradites Mladic to Hague war crimes tribunal', ['SRB 063 IGOUNO'], '2011-05-31'],
    ['aid sent is for whom it is sent to, even when the pattern reads on past the recipient', 'Australia began sending navy ships to the Philippines with relief supplies for victims of the typhoon.', ['AUS 073 PHL'], '2013-11-14'],
    ['a promise made in a venue is made to the country its words name after it', 'The Kazakh president promised in Moscow on Friday to hand over all the nuclear warheads on Kazakh soil to Russia.', ['KAZ 031 RUS'], '1994-01-14'],
    ['armed forces that destroy another\'s forces use force', "Russian forces destroyed most of Georgia's navy on Sunday.", ['RUS 190 GEO'], '2004-11-06'],
    ['violence by a weapon blamed on someone is theirs', 'Two police officers were killed in Bilbao by a car bomb that police blamed on ETA.', ['ESP 1823 ESP', 'ESP 112 ESP'], '2009-07-30'],
    ['a country\'s possessive before a title gives the person\'s country', "Fiji expelled New Zealand's high commissioner Michael Green on Thursday.", ['FJI 161 NZL'], '2006-09-12'],
    ['"never been better" praises, and is no negation', 'Putin says Russian ties with Germany have never been better', ['RUS 010 DEU'], '2005-03-01'],
    ['a head of government who travels into another country visits it', 'Chinese Premier Zhu Rongji crossed into Vietnam by train on Sunday.', ['CHN 042 VNM'], '1999-02-20'],
    ['the recipient of a handover may follow an apposition with participles', 'Serbia handed over Goran Hadzic, a former Croatian Serb leader wanted for war crimes, to the U.N. tribunal in The Hague on Friday.', ['SRB 063 IGOUNO'], '2011-08-10'],
    ['a hyphened "re-" past form takes its verb\'s lemma', 'Britain and Iran re-established diplomatic relations on Thursday.', ['GBR 050 IRN', 'IRN 050 GBR'], '1995-03-10'],
    ['transport links resumed with another country are economic cooperation', 'India to resume rail links with Pakistan next month', ['IND 031 PAK'], '2004-01-01'],
    ['a state\'s bombers are its forces, not bombers in the terrorist sense', 'U.S. bombers struck Islamic State positions in Iraq.', ['USA 190 IRQ'], '2017-04-13'],
    ['what one will not hesitate to do, one means to do', 'Turkey will not hesitate to use force against Syria, Prime Minister Mesut Yilmaz said.', ['TUR 1384 SYR'], '1998-10-03'],
    ['an -ed form after a plural, before a determiner, is the verb, whatever clause follows', 'Abu Sayyaf militants beheaded a Canadian hostage on Monday after a ransom deadline passed.', ['PHL 1823 CAN'], '2016-04-25'],
    ['exercises "between" two countries\' forces that begin are military cooperation', 'The first joint air exercise between Egypt and Sudan got under way on Saturday.', ['EGY 062 SDN', 'SDN 062 EGY'], '2021-04-01'],
    ['a title of a reduced relative\'s agent is no subject of the verb after it', 'Ukrainian negotiators led by Secretary of State Antony Blinken held talks with China in Beijing.', ['UKR 046 CHN'], '2023-06-18'],
    ['an -ed form after a plural, before a bare name, is the verb when its clause has no other', 'Islamic State militants beheaded American journalist James Foley in Syria after weeks of threats, a video showed.', ['SYR 1823 USA'], '2014-08-19'],
    ['diesel shipped to a country is aid sent', 'Russia shipped 20,000 tonnes of diesel to Cuba on Tuesday.', ['RUS 073 CUB'], '2022-04-01'],
    ['kits flown into a city are aid for its country', 'UNICEF flew hygiene kits into Port-au-Prince on Friday.', ['IGOUNO 073 HTI'], '2010-01-20'],
    ['a party\'s activities suspended are a ban', 'Tajikistan suspended the activities of the Islamic Renaissance Party on Monday.', ['TJK 1722 TJK'], '2015-09-29'],
    ['a group declared a terrorist organisation is banned', 'Bahrain declares Hezbollah a terrorist organization', ['BHR 1722 LBN'], '2016-03-02'],
    ['villages handed over are property returned', 'Tajikistan handed over disputed villages to Kyrgyzstan.', ['TJK 0842 KGZ'], '2002-05-10'],
    ['what is retaken is taken from whoever held it, and "retook" after a plural read as a verb is the verb', 'Ukrainian troops retook the town from Russian forces.', ['UKR 192 RUS'], '2022-09-10'],
    ['a headline\'s verb before an object the tagger read as a verb', 'Ukraine and rebels swap prisoners near Donetsk', ['UKR 0841 UKR', 'UKR 0841 UKR'], '2014-09-20'],
    ['a headline\'s verb before a bare noun and its "of"', 'Greece blocks start of NATO membership talks with Macedonia', ['GRC 129 IGOWST'], '2008-04-01'],
    ['a past participle after "to" modifies the place, and is no act', 'The UN flew food to besieged Gorazde on Monday.', ['IGOUNO 073 BIH'], '1995-06-01'],
    ['a headline list joined by commas is the subject of its infinitive, and a debt paid off is aid to its debtor', "Kuwait, Qatar to pay off Egypt's debts to Paris Club", ['KWT 033 EGY', 'QAT 033 EGY'], '2014-01-01'],
    ['a meeting between two countries\' sides that takes place is their consultation', 'A meeting between the defence ministers of India and China took place in Moscow on Friday.', ['IND 040 CHN', 'CHN 040 IND'], '2020-09-04'],
    ['talks between two countries that are held are their consultation', 'Talks between Ethiopia and Eritrea were held in Jeddah.', ['ETH 040 ERI', 'ERI 040 ETH'], '2018-09-16'],
    ['paramilitary Rangers who arrest are police of the country where they arrest', 'Opposition leader Farooq Sattar was arrested by paramilitary Rangers in Karachi on Tuesday.', ['PAK 173 PAK'], '2016-08-23'],
    ['sides of two countries that mean to cooperate for people of no named country cooperate with each other', 'Serbia and Kosovo agreed on Thursday to open their border crossings to foreign tourists.', ['SRB 035 XKX', 'XKX 035 SRB'], '2013-04-18'],
    ['a show of force at home answers whoever did what it responds to', 'North Korea put its troops on alert in retaliation for South Korean loudspeaker broadcasts.', ['PRK 152 KOR'], '2015-08-21'],
    ['a report that a country\'s leaders only might meet is no statement', 'Cyprus\'s rival leaders could meet in Switzerland next month, a U.N. official said.', [], '2004-03-01'],
    ['a state\'s word on its dealings with rebels of no named country is about its own conflict', "Colombia's defence minister said on Monday that the peace process with the leftist rebels had reached a turning point.", ['COL 010 COL'], '2012-10-01'],
    ['a state\'s word said "of" talks with its own rebels is about its own conflict', '"We are close to a final deal," Philippine presidential adviser Manuel Yan said on Monday of the talks with the Moro National Liberation Front.', ['PHL 010 PHL'], '1996-08-01'],
    ['a headline\'s "says ready to" states an intent', 'Rwanda says ready to send peacekeepers to Darfur', ['RWA 033 SDN'], '2004-07-20'],
    ['someone surrendered to a court is handed to justice, the court the target', 'Serbia surrendered Slobodan Milosevic to the U.N. war crimes tribunal.', ['YUG 063 IGOUNO'], '2001-06-28'],
    ['troops who surrender to another\'s forces still yield', 'Iraqi troops surrendered to U.S. forces.', ['IRQ 0874 USA'], '2003-03-25'],
    ['ground broken on a joint project is economic cooperation between the sides, or with the country it is in', 'China broke ground on a port in Sri Lanka on Saturday.', ['CHN 061 LKA'], '2016-12-25'],
    ['a number "of" a list of sides stands for the whole list', 'Hundreds of Egyptian and Sudanese troops began joint exercises near Khartoum.', ['EGY 062 SDN', 'SDN 062 EGY'], '2021-04-01'],
    ['a predeterminer before the object, and a list that splits a phrasal verb', 'Rwanda pulled all its soldiers and police officers out of Congo on Friday.', ['RWA 0874 COD'], '2002-10-05'],
    ['refugees taken back are let home, not a place retaken', 'Myanmar said it would start taking back Rohingya refugees from Bangladesh in November.', ['MMR 031 BGD'], '2018-10-30'],
    ['an entry with patterns only is tried before a coded entry of the same lemma ("approve" a probe, not praise)', 'ICC judges approve war crimes probe into Ivory Coast violence', ['IGOICC 090 CIV'], '2011-10-03'],
    ['punishment vowed "for" someone threatens them', 'Iran vowed harsh punishment for Israel over the killing of its general.', ['IRN 138 ISR'], '2024-04-02'],
    ['the deployment accepted is of forces received', 'Burundi accepted the deployment of an African Union force.', ['BDI 0861 IGOAFR'], '2015-12-20'],
    ['a winning margin beside a verb of winning is sport', "Australia beat England by 4 wickets in the final at Lord's.", [], '2011-03-20'],
    ['talks wound up were held', 'The Indian and Pakistani foreign secretaries wound up two days of talks in New Delhi.', ['IND 046 PAK', 'PAK 046 IND'], '2004-05-01'],
    ['a full name is only someone who bears its given name too', 'Sri Lankan President Chandrika Kumaratunga met his Bangladeshi counterpart Iajuddin Ahmed in Colombo.', ['LKA 040 BGD'], '2004-07-01'],
    ['an intent denied is no act, nor its purpose, nor its statement', 'Germany has no plans to send troops to Libya, a government spokesman said.', [], '2015-05-01'],
    ['a part of a place seized is the place', 'M23 rebels seized most of Goma on Tuesday.', ['COD 192 COD'], '2012-11-20'],
    ['a show of force "aimed at" someone is aimed at them', 'South Korean and U.S. forces began annual drills in a show of strength aimed at North Korea.', ['KOR 150 PRK', 'USA 150 PRK'], '2017-08-20'],
    ['talks between a state and its own rebels that get under way are their consultation', 'Peace talks between the Colombian government and FARC rebels got under way in Havana.', ['COL 040 COL', 'COL 040 COL'], '2015-01-12'],
    ['a truce between two sides that comes into force is theirs', 'A ceasefire between Armenia and Azerbaijan came into force at midnight.', ['ARM 0871 AZE', 'AZE 0871 ARM'], '2020-11-10'],
    ['a crowd that pours into the streets to demand demonstrates', 'Hundreds of thousands of Egyptians poured into the streets to demand that Mohamed Mursi step down.', ['EGY 141 EGY', 'EGY 1411 EGY'], '2013-06-30'],
    ['a name set off by commas after a list closed by "and" names its last member, and the list stands', 'Greek Foreign Minister George Papandreou and his Turkish counterpart, Ismail Cem, held talks in Ankara on Thursday.', ['GRC 046 TUR', 'TUR 046 GRC'], '2000-02-01'],
    ['a presidential or sovereign council is the government', "Yemen's presidential council chief met Saudi Crown Prince Mohammed bin Salman in Riyadh.", ['YEM 040 SAU'], '2023-04-10'],
    ['an irregular past form right after a reduced relative\'s agent is the verb', 'Armed men led by former soldier Joe Brown burst into the parliament of Fiji and seized Prime Minister Mahendra Chaudhry.', ['FJI 180 FJI', 'FJI 181 FJI'], '2000-05-19'],
    ['suspects handed to anyone are handed to justice', 'Pakistan hands al Qaeda suspects to United States', ['PAK 063 USA'], '2003-02-01'],
    ['evidence handed to a state is shared intelligence', 'Britain handed Russia evidence linking the poisoning to a former KGB officer.', ['GBR 064 RUS'], '2008-12-20'],
    ['an apposition that names some of those handed over may stand before the recipient', 'Tanzania has handed three genocide suspects, among them a former minister, to the U.N. tribunal in Arusha.', ['TZA 063 IGOUNO'], '1996-01-17'],
    ['an apposition before adverbs and the verb is stepped back over to the subject', 'The EU foreign policy chief, Federica Mogherini, sharply criticised Venezuela on Friday.', ['IGOEEC 111 VEN'], '2019-02-01'],
    ['floods told at the start of a report are a disaster, not a statement', 'Floods caused by heavy rains have killed at least 200 people in southern Pakistan, officials said.', [], '2011-08-01'],
    ['"all of" before the object is stepped over', 'Russia pledged to pull all of its troops out of Latvia by August 31.', ['RUS 035 LVA'], '1994-08-11'],
    ['a headline\'s verb before "and" and another verb', 'Iran pardons and frees 15 British sailors', ['IRN 080 GBR', 'IRN 0841 GBR'], '2007-04-04'],
    ['a sentence-opening "deposed" describes the subject', 'Deposed Panamanian leader Manuel Noriega surrendered to U.S. troops.', ['PAN 0874 USA'], '1990-01-03'],
    ['a militant group is rebels, of the country it is in', "A militant group in Nigeria's Niger Delta threatened on Sunday to attack oil platforms.", ['NGA 1384 NGA'], '2007-05-01'],
    ['the Islamic Courts Union is a Somali insurgency', 'The Islamic Courts Union seized Mogadishu on Monday.', ['SOM 192 SOM'], '2006-06-05'],
    ['a list of nouns before a head noun is stepped over to it', "The U.N. Security Council imposed arms, oil and travel sanctions on Sierra Leone's junta.", ['IGOUNO 163 SLE'], '1998-05-30'],
    ['a past participle after a number modifies the noun', 'Russia handed control of two abandoned border villages to Estonia on Friday.', ['RUS 0831 EST'], '2008-01-01'],
    ['irregulars who bomb use unconventional violence', 'Al Shabaab militants bombed the African Union base in Mogadishu on Friday.', ['SOM 183 IGOAFR'], '2004-08-26'],
    ['a statement about the chance of peace in another country is about it', 'The U.N. envoy said he saw no chance of peace in Angola before the elections.', ['IGOUNO 010 AGO'], '1995-06-02'],
    ['an act nobody did or suffered is none, and no statement', 'Nobody was arrested at the protest in central Minsk, Belarusian police said.', [], '2009-04-13'],
    ['a crowd that masses "in protest" demonstrates', 'Tens of thousands of opposition supporters massed in central Tbilisi, blocking government buildings in protest against the election result.', ['GEO 141 GEO'], '2007-11-02'],
    ['forces ordered to a border are moved against whoever is beyond it', 'Ecuador ordered troops to its border with Colombia.', ['ECU 154 COL'], '2008-03-02'],
    ['what an actor only could do, reported, is no statement', 'Venezuela could rejoin the Andean Community this year, the foreign minister said.', [], '2008-01-01'],
    ['"that" after "on" and a day, before a noun and its preposition, opens a clause', 'Indian Prime Minister Inder Kumar Gujral said on Monday that tension with Pakistan over Kashmir had eased.', ['IND 010 PAK'], '1998-01-05'],
    ['military advisers expelled are diplomats', 'India expels Pakistani military advisers', ['IND 161 PAK'], '2019-02-27'],
    ['the sides of talks may follow the talks\' topic', 'Talks on the border dispute between Thailand and Cambodia were held in Bangkok.', ['THA 040 KHM', 'KHM 040 THA'], '2010-01-01'],
    ['a quote about a thing another country owns, no act, is about that country', '"Moldova\'s future is in the European Union," French President Emmanuel Macron told reporters in Chisinau.', ['FRA 010 MDA'], '2022-06-20'],
    ['grief at someone\'s death is a statement about their country', 'Egyptian President Hosni Mubarak said he was deeply saddened by the death of Palestinian leader Yasser Arafat.', ['EGY 010 PSE'], '2004-11-12'],
    ['inspectors of no named country a state will let in are international', 'Iraq will allow weapons inspectors to return.', ['IRQ 035 IGO'], '2003-01-20'],
    ['a court that jails someone sentences them', 'Moscow court jails Greenpeace activists', ['RUS 116 NGMENV'], '2013-10-04'],
    ['"that" before a compound whose head is plural opens a clause', 'The Indian trade minister said on Tuesday that trade talks with Japan had stalled.', ['IND 010 JPN'], '2010-05-04'],
    ['a participle like its base form is passive after "was … by"', 'Kuwait was overrun by Iraqi troops in a dawn invasion.', ['IRQ 192 KWT'], '1990-08-02'],
    ['killing a country\'s leader, named through its possessor, assassinates them', "Unknown gunmen killed Kenya's president on Sunday.", ['- 186 KEN'], '2010-01-01'],
    ['a participle after a possessive\'s ordinal modifies the noun', "Rebel soldiers shot dead Burundi's first elected president during a coup attempt.", ['BDI 186 BDI'], '1993-10-21'],
    ['an ordinal before a verb is no modifier', 'Russia first signed trade agreements with Iran in 1995.', ['RUS 057 IRN'], '1999-01-01'],
    ['a statement on what befell someone of another country is about them', "The Indian foreign minister said on Monday that the deaths of Nepal's king and queen were a tragedy.", ['IND 010 NPL'], '2001-06-04'],
    ['a statement on developments in another country is about it', 'Tanzania is following developments in Burundi with great concern, the Tanzanian foreign minister said.', ['TZA 010 BDI'], '2015-05-13'],
    ['coercion told in the passive with no doer is the state\'s where it happened', 'Two French journalists were detained at the airport in Cairo on Monday.', ['EGY 173 FRA'], '2011-02-07'],
    ['a statement inside another\'s speech is the outer speaker\'s one statement', "China's foreign ministry said on Monday that it had noted the events in Myanmar.", ['CHN 010 MMR'], '2021-02-01'],
    ['a statement on joining a body is about the body', 'The Estonian prime minister said on Monday that joining NATO was the most important event for his country.', ['EST 010 IGOWST'], '2004-03-29'],
    ['a demand voiced at a venue is made of the "that" clause\'s subject', 'Argentina demanded at the United Nations on Thursday that Britain open negotiations on the islands.', ['ARG 100 GBR'], '2012-09-27'],
    ['a "that" clause subject that names no one asks no one', "Albania's opposition demanded on Monday that Sunday's election be annulled.", ['ALB 100 ALB'], '2005-07-04'],
    ['people plucked from a flood are rescued', 'South African air force helicopters plucked hundreds of flood victims from rooftops in southern Mozambique.', ['ZAF 070 MOZ'], '2000-03-01'],
    ['a list of modifiers before a head is stepped over whole', 'Moscow halted all air, rail, road, sea and postal links with Georgia on Tuesday.', ['RUS 160 GEO'], '2006-10-03'],
    ['"visiting" before a title describes it', 'Talks in Bishkek between Kyrgyz President Sooronbay Jeenbekov and visiting Chinese President Xi Jinping focused on trade.', ['KGZ 040 CHN', 'CHN 040 KGZ'], '2019-06-13'],
    ['people freed are no recipient of a "to" past a time phrase', 'North Korea freed two American journalists on Wednesday after a visit to Pyongyang by Bill Clinton.', ['PRK 0841 USA'], '2009-08-05'],
    ['a view of relations with another country is about it', "Iraq's foreign minister described his country's relations with Kuwait as excellent.", ['IRQ 010 KWT'], '2020-01-01'],
    ['optimism about a treaty with another country is about it', 'The Armenian foreign minister said he was cautiously optimistic that Yerevan could finalise a peace treaty with Azerbaijan.', ['ARM 013 AZE'], '2024-01-01'],
    ['a span of time before "after" ends the name before it', 'Guinea-Bissau soldiers kill President Vieira hours after army chief dies in blast', ['GNB 186 GNB'], '2009-03-02'],
    ['a completed withdrawal of troops, told in the passive, is theirs', 'The withdrawal of the last Russian troops from Lithuania was completed on Tuesday.', ['RUS 0874 LTU'], '1993-08-31'],
    ['a time phrase with "before" stands between a subject and its verb', "Israel's withdrawal of its last troops from southern Lebanon before dawn on Wednesday ended the occupation.", ['ISR 0874 LBN'], '2000-05-24'],
    ['forces that cross a border out of a country leave it', 'The last Syrian troops crossed the border out of Lebanon on Tuesday.', ['SYR 0874 LBN'], '2005-04-26'],
    ['a capitalised adverb between names is a name', 'North Korean Premier Yon Hyong-muk and South Korean Prime Minister Kang Young-hoon held talks in Seoul on Tuesday.', ['PRK 046 KOR', 'KOR 046 PRK'], '1990-09-04'],
    ['"people" after "to" is no verb', 'China sent rice to people in Tajikistan.', ['CHN 073 TJK'], '2005-01-01'],
    ['"to" before a rough number is a preposition whose object is the number\'s phrase', 'The World Food Programme handed out emergency rations on Wednesday to about a million people in Tajikistan.', ['IGOUNO 073 TJK'], '2001-05-02'],
    ['airspace and a border reopened to a country ease a closure', 'Saudi Arabia reopened its airspace and land border to Qatar on Monday.', ['SAU 0872 QAT'], '2021-01-04'],
    ['a peacekeeping force a country leads is its forces', 'An Australian-led peacekeeping force began arriving in the Solomon Islands on Thursday to restore order.', ['AUS 074 SLB'], '2003-07-24'],
    ['a named body a country leads is still the body', 'Armenia asked the Russian-led Collective Security Treaty Organization for military help on Tuesday.', ['ARM 023 IGOCST'], '2022-09-13'],
    ['calling another a friend is a statement', '"Turkey is our closest friend and brother," the Azerbaijani president told reporters in Baku.', ['AZE 010 TUR'], '2020-10-01'],
    ['holding another up as a model is praise', '"Cape Verde is a model for Africa," the U.S. secretary of state said on Thursday.', ['USA 051 CPV'], '2009-08-13'],
    ['envoys are of the country they come from', 'Venezuela ordered diplomats from Argentina and Chile to leave the country on Monday.', ['VEN 161 ARG', 'VEN 161 CHL'], '2024-07-29'],
    ['troops "from" a country are not of it', 'The United States withdrew its troops from Iraq.', ['USA 0874 IRQ'], '2011-12-18'],
    ['a title with "responsible for" before a name is the subject', "Oman's minister responsible for foreign affairs, Yusuf bin Alawi, said on Saturday that Israel was an accepted state.", ['OMN 010 ISR'], '2018-10-27'],
    ['what only happens withholds no statement', 'The Turkish president said he was saddened by the downing of a Russian warplane and wished it had never happened.', ['TUR 010 RUS'], '2015-11-28'],
    ['a rejection promised on a condition threatens', 'Greece will veto Macedonia\'s invitation to join NATO unless the dispute over its name is resolved.', ['GRC 130 MKD'], '2008-03-06'],
    ['being on hunger strike is a hunger strike', 'Jailed Bahraini activist Abdulhadi al-Khawaja has been on hunger strike for nearly a month.', ['BHR 142 BHR'], '2012-02-29'],
    ['an ambassador ordered out of the country is expelled', 'Bolivian President Evo Morales ordered U.S. Ambassador Philip Goldberg out of the country on Wednesday.', ['BOL 161 USA'], '2008-09-10'],
    ['a prisoner sent home to serve a sentence is handed over', 'Hungary sent convicted Azerbaijani army officer Ramil Safarov home to Baku on Friday to serve out his life sentence.', ['HUN 063 AZE'], '2012-08-31'],
    ['optimism about joining a body is about the body', 'The Serbian president said on Wednesday he was optimistic about Serbia\'s hopes of joining the European Union.', ['SRB 013 IGOEEC'], '2009-12-22'],
    ['a state\'s word on what a body does is about the body', "Latvian president says NATO's commitment to Baltic security is rock solid", ['LVA 010 IGOWST'], '2019-01-01'],
    ['an inquiry widened is an investigation', "Colombia's prosecutor general widened his inquiry into drug money in President Ernesto Samper's election campaign.", ['COL 090 COL'], '1995-08-01'],
    ['"Serbia and Montenegro" before 2003 is the Federal Republic of Yugoslavia', 'U.N. slaps sanctions on Serbia and Montenegro over Bosnia war', ['IGOUNO 163 YUG'], '1992-05-30'],
    ['an irregular past after a lone assailant is the verb', 'A 71-year-old Slovak man shot Prime Minister Robert Fico outside a cultural centre on Wednesday.', ['SVK 180 SVK'], '2024-05-15'],
    ['a past tense before its infinitive is no passive\'s conjunct', "Juan Manuel Santos was sworn in as Colombia's president on Saturday and promised to rebuild relations with Venezuela.", ['COL 030 VEN'], '2010-08-07'],
    ['another country\'s forces ordered out are expelled', 'Uzbekistan orders U.S. forces out of Karshi-Khanabad air base', ['UZB 166 USA'], '2005-07-29'],
    ['a border crossing is a noun', "Pakistan's return of a captured Indian fighter pilot at the Wagah border crossing on Friday eased tension.", ['PAK 0841 IND'], '2019-03-01'],
    ['an act whose possessor suffered it and whose "by" phrase did it', "Najib Razak's arrest by anti-graft officers on Tuesday capped a stunning fall from power.", ['MYS 173 MYS'], '2018-07-03'],
    ['a demanded act before a noun is a subjunctive', 'U.S. Secretary of State Mike Pompeo demanded on Monday that Iran halt uranium enrichment.', ['USA 1056 IRN'], '2018-05-21'],
    ['a headline\'s "demands" between two names is its verb, and the bare verb after is demanded', 'Maldives demands India pull its troops out by March 15', ['MDV 100 IND'], '2024-01-15'],
    ['a verb the tagger read as an adverb after a modal is the verb', "Myanmar's President Thein Sein said on Monday his government would free more political prisoners before the end of the year.", ['MMR 035 MMR'], '2012-07-16'],
    ['a country\'s warcraft that act are its forces', "Russia's planes bombed Aleppo on Sunday.", ['RUS 195 SYR'], '2016-10-02'],
    ['worry at the renewed fighting in a region is about its country', 'U.N. Secretary-General Ban Ki-moon said he was deeply worried by the renewed fighting in Darfur.', ['IGOUNO 010 SDN'], '2012-01-01'],
    ['"close to" or "up to" a number says how many', 'Russia has massed close to 100,000 troops near its border with Ukraine.', ['RUS 154 UKR'], '2021-11-13'],
    ['a plan adopted to act is an intent to act', "Japan's cabinet approved a plan on Tuesday to send up to 600 ground troops to Cambodia to join the U.N. peacekeeping operation there.", ['JPN 0334 KHM'], '1992-09-08'],
    ['one of a group is of the group', 'Congolese President Laurent Kabila was shot dead by one of his own bodyguards at his palace in Kinshasa.', ['COD 186 COD'], '2001-01-16'],
    ['a particle joined by a hyphen to the next word is a modifier', "Russia's ambassador to Turkey was shot dead by an off-duty Turkish policeman in Ankara on Monday.", ['TUR 1823 RUS'], '2016-12-19'],
    ['adjectives joined by "and" before a head are one phrase', 'The Jordanian king said that a stable and democratic Iraq was vital to the region.', ['JOR 010 IRQ'], '2005-01-01'],
    ['"suspect" between a name and a name is a title', 'Kenya handed over Somali pirate suspect Abdi Hassan to the Seychelles on Monday.', ['KEN 063 SYC'], '2010-03-01'],
    ['a labour federation is labour, and the strike it launches a strike', "Nigeria's main labour federation launched a nationwide strike on Monday over fuel prices.", ['NGA 143 NGA'], '2012-01-09'],
    ['a regional bloc named by its region is the body', 'The Gulf Arab bloc called on Qatar on Sunday to end its support for militant groups.', ['IGOGCC 020 QAT'], '2017-06-04'],
    ['revulsion expressed is condemnation', "Norway expressed revulsion on Friday at Iran's execution of a teenager.", ['NOR 111 IRN'], '2008-07-18'],
    ['a meal with someone is a meeting', 'Chilean President Michelle Bachelet lunched with Brazilian President Lula on Monday in Brasilia.', ['CHL 040 BRA'], '2006-04-10'],
    ['clasping hands with someone meets them', 'The Eritrean president clasped hands with the Ethiopian prime minister in Asmara on Sunday.', ['ERI 040 ETH'], '2018-07-08'],
    ['a deadline given until a date is an ultimatum', 'NATO gives the Bosnian Serbs until Monday to pull their heavy guns back from Sarajevo', ['IGOWST 139 BIH'], '1994-02-10'],
    ['and the act it is given for has not happened', 'The Security Council gave Serbia 72 hours to withdraw its troops from Kosovo.', ['IGOUNO 139 YUG'], '1999-03-20'],
    ['forces that push into a place take ground there', 'Ethiopian troops pushed into the centre of the Eritrean town of Barentu on Wednesday.', ['ETH 192 ERI'], '2000-05-17'],
    ['the office of an international body acts for it', 'The office of the U.N. High Commissioner for Human Rights urged Nepal on Friday to free detained journalists.', ['IGOUNO 0253 NPL'], '2005-02-11'],
    ['a court an international body backs acts for it', 'A U.N.-backed tribunal in Phnom Penh sentenced two Khmer Rouge leaders to life in prison on Thursday.', ['IGOUNO 116 KHM'], '2014-08-07'],
    ['an act urged with a day between object and infinitive has not happened', 'Amnesty International urged Turkey on Monday to release two jailed reporters.', ['NGOHRI 0253 TUR'], '2017-03-06'],
    ['a sports or entertainment event named only to say when discards nothing', 'Amnesty International accused Qatar on Monday of abusing migrant workers ahead of the World Cup.', ['NGOHRI 1122 QAT'], '2016-03-31'],
    ['(the event itself still does)', 'Qatar beat Japan in the World Cup on Monday.', [], '2022-12-05'],
    ['a subject pronoun after "as" opens its own clause', 'Pope Francis spoke in Manila on Sunday as he called for an end to the fighting in Mindanao.', ['VAT 020 PHL'], '2015-01-18'],
    ['word of how things stand in another country is about it', 'The U.N. refugee chief said on Tuesday that conditions were getting worse in eastern Chad.', ['IGOUNO 010 TCD'], '2007-02-13'],
    ['"the North" beside South Korea is North Korea', 'South Korea accused the North on Monday of shelling a border island.', ['KOR 1123 PRK'], '2010-11-23'],
    ['and "the North" beside South Sudan is Sudan', 'South Sudan accused the North on Tuesday of bombing its oil fields.', ['SSD 1123 SDN'], '2012-04-10'],
    ['a leader the news names by his own name is named so', 'Mahathir met Chinese President Xi Jinping in Beijing on Monday.', ['MYS 040 CHN'], '2018-08-20'],
    ['a show of force is aimed at whom it is to deter', 'Britain sent two warships to the South Atlantic on Friday to deter Argentina.', ['GBR 154 ARG'], '1982-04-02'],
    ['so is "suspect" before the recipient\'s "to"', 'Thailand extradited the Hezbollah suspect to Lebanon on Friday.', ['THA 063 LBN'], '2012-05-04'],
    ['adverbs before an adjective stay in the noun phrase', "Rebel soldiers killed Gabon's first democratically elected president, Jean Mbeki, during a coup attempt on Thursday.", ['GAB 186 GAB'], '1993-10-21'],
    ['a passive hostage-taking names its takers after "by"', 'Twenty aid workers were held hostage by rebels in eastern Congo on Monday.', ['COD 181 COD'], '2000-05-08'],
    ['a split particle may follow the phrases that describe the object', 'Tanzania handed three suspects in the bombing of the British embassy in Dar es Salaam over to British police on Friday.', ['TZA 063 GBR'], '1999-03-05'],
    ['inspectors ordered out of a country are expelled', 'Iraq orders U.N. weapons inspectors out of the country', ['IRQ 1662 IGOUNO'], '1997-11-13'],
    ['someone a judge orders to be held is detained', 'A Tunisian judge ordered the former interior minister to be held in custody on Friday pending trial.', ['TUN 173 TUN'], '2011-03-04'],
    ['a test-fired missile is a show of force', 'China test-fires missiles off Taiwan in show of force', ['CHN 150 TWN'], '1996-03-08'],
    ['military aircraft flown into another\'s air defence zone are a show of force', "Russia flew six bombers into Japan's air defence identification zone on Tuesday.", ['RUS 150 JPN'], '2019-07-23'],
    ['trucks loaded with food sent into a place carry aid there', 'Jordan sent trucks loaded with food and medicine into southern Syria on Monday.', ['JOR 073 SYR'], '2018-07-02'],
    ['divisions moved toward a border are mobilised against the state beyond it', 'Iraq moved two armoured divisions toward the Kuwaiti border on Friday.', ['IRQ 154 KWT'], '1994-10-07'],
    ['refuelling another\'s warships is military cooperation', 'Pakistan refuelled American warships in Karachi on Monday.', ['PAK 062 USA'], '2001-11-05'],
    ['a joint military command opened together is military cooperation', 'Chad and Niger opened a joint military command in the border town of Diffa on Wednesday.', ['TCD 062 NER', 'NER 062 TCD'], '2015-02-11'],
    ['a capitalised "Do" between a title and a name is a name', 'Vietnamese Communist Party chief Do Muoi arrived in Beijing on Tuesday for a summit with Chinese leaders.', ['VNM 042 CHN'], '1991-11-05'],
    ['a warrant dismissed is rejected, and aimed at whoever issued it', 'Sudanese President Omar al-Bashir dismissed the arrest warrant issued by the International Criminal Court.', ['SDN 120 IGOICC'], '2009-03-05'],
    ['"our" forces in a speaker\'s own quote are the speaker\'s', '"Our troops will attack Seoul," the North Korean army said on Monday.', ['PRK 1384 KOR'], '2013-03-11'],
    ['a town reduced to rubble is destroyed', 'Russian bombers reduced the Syrian town of Palmyra to rubble.', ['RUS 1712 SYR'], '2016-03-20'],
    ['a common word a newspaper is named by names no one', 'The Liberation Army attacked a police post near the border on Monday.', [], '2016-03-30'],
    ['the chemical weapons inspectors are the OPCW\'s', 'Chemical weapons inspectors enter Syria to investigate alleged gas attack', ['IGOOCW 090 SYR'], '2018-04-21'],
    ['the African Commission on Human and Peoples\' Rights is an intergovernmental body', "The African Commission on Human and Peoples' Rights condemned Burundi on Monday.", ['IGOAFR 111 BDI'], '2016-01-18'],
    ['"acting" between a nationality and a title describes the title', 'Thai acting Prime Minister Phumtham Wechayachai met Cambodian Prime Minister Hun Manet on Monday.', ['THA 040 KHM'], '2025-07-28'],
    ['what a coded act ended after a comma and an adverb is no second act', "Sudan and the southern rebels signed a peace agreement on Sunday, formally ending Africa's longest civil war.", ['SDN 057 SDN', 'SDN 057 SDN'], '2005-01-09'],
    ['a show of force "aimed at" someone is aimed at them, not where it goes', 'The United States ordered warships toward Taiwan on Monday in a show of force aimed at Beijing.', ['USA 154 CHN'], '1996-03-11'],
    ['so is one sent to deter someone', 'President Bush ordered troops to Saudi Arabia on Tuesday to deter Iraq.', ['USA 154 IRQ'], '1990-08-07'],
    ['people killed in a gas attack were killed with chemical weapons', 'Dozens of Kurdish villagers were killed in a gas attack by Iraqi forces on Wednesday.', ['IRQ 2041 IRQ'], '1988-03-16'],
    ['one who speaks for a body an apposition names acts for it', "Colonel Amadou Abdramane, spokesman for Niger's ruling junta, demanded on Friday that France withdraw its soldiers.", ['NER 1056 FRA'], '2023-08-04'],
    ['an apposition\'s "of" phrase may own what follows its possessive', "Tendai Biti, secretary-general of Zimbabwe's opposition Movement for Democratic Change, demanded on Monday that the electoral commission publish the results.", ['ZWE 100 ZWE'], '2008-04-07'],
    ['whom something is discussed with is the target, not what is discussed', 'Russian President Dmitry Medvedev discussed plans for a Eurasian economic union with Kazakh President Nursultan Nazarbayev on Wednesday.', ['RUS 040 KAZ'], '2011-10-05'],
    ['a place conjoined with a place is a place too', 'Ethiopia declared a state of emergency on Sunday following protests in the Oromiya and Amhara regions.', ['ETH 1724 ETH'], '2016-10-09'],
    ['war games near a border are aimed across it, not at the troops they involve', 'Iran began war games involving tens of thousands of troops along its border with Afghanistan on Tuesday.', ['IRN 150 AFG'], '1998-09-01'],
    ['attending another\'s swearing-in is a visit to them', "Nawaz Sharif attended Modi's swearing-in in New Delhi on Monday.", ['PAK 042 IND'], '2014-05-26'],
    ['a split "over" may follow an apposition set off by commas', 'Pakistani authorities handed Khalid Sheikh Mohammed, the suspected mastermind of the September 11 attacks, over to U.S. custody on Monday.', ['PAK 063 USA'], '2003-03-03'],
    ['aid suspended is aimed at whom it goes to', 'Hundreds of millions of dollars in U.S. security assistance to Pakistan were suspended by Washington on Thursday.', ['USA 160 PAK'], '2018-01-04'],
    ['people of no named country whom a story\'s irregulars use force on are of its dateline\'s country', 'KIGALI, April 12 (Reuters) - Hutu militiamen have massacred hundreds of Tutsi civilians in a church outside the capital, Red Cross workers said on Tuesday.', ['RWA 202 RWA'], '1994-04-12'],
    ['a phrase right after the object is part of it, before a split particle', 'Croatia handed Bosnian Croat general Tihomir Blaskic over to the U.N. war crimes tribunal in The Hague on Monday.', ['HRV 063 IGOUNO'], '1996-04-01'],
    ['a duty a speaker lays on their own country is their statement, not a demand', 'Russian President Vladimir Putin said on Tuesday that Russia must strengthen its army.', ['RUS 010 -'], '2012-02-20'],
    ['irregulars who capture soldiers abduct them, told in the passive too', 'Two Israeli soldiers were captured by Hezbollah guerrillas in a cross-border raid on Wednesday.', ['LBN 181 ISR'], '2006-07-12'],
    ['a longer all-caps abbreviation is no surname written with a capital', 'Bulgarian Foreign Minister Boiko Dimitrov held talks in Sofia on Thursday with his Romanian counterpart Sergiu Celac.', ['BGR 046 ROU'], '1993-01-18'],
    ['an abbreviation the dictionaries also give in any case still matches so', 'Renamo said on Monday it would boycott the elections in Mozambique.', ['MOZ 133 MOZ'], '1999-10-04'],
    ['"that" before a plural noun opens a clause, so a denial of it is no event', 'Yugoslav officials denied on Saturday that police and troops were expelling ethnic Albanians from Kosovo.', [], '1999-03-27'],
    ['Serbia and Kosovo before 2003 are Yugoslavia\'s', 'Serbian police attacked a village in Kosovo on Monday.', ['YUG 190 YUG'], '1999-01-20'],
    ['people named "ethnic" by a demonym are of the place an act on them is done in', 'Serbian police killed 45 ethnic Albanians in the Kosovo village of Racak.', ['YUG 1823 YUG'], '1999-01-16'],
    ['rebels of no named country who use force on a state\'s people are its, whatever the reporting clause names', 'Rebel fighters captured the Chadian defence minister near the border on Sunday, officials in neighbouring Sudan said.', ['TCD 181 TCD'], '2006-04-10'],
    ['gunmen a word before them names as rebels are rebels', 'Islamist gunmen stormed a police station in Niger\'s capital on Monday.', ['NER 180 NER'], '2015-11-20'],
    ['a people driven out en masse, told in the passive', 'About 20,000 Christians have been driven out of Kaduna by the army since June.', ['NGA 201 NGA'], '2001-09-20'],
    ['an investigation is aimed at whom its object says did the acts, not at the victims', 'Kenyan prosecutors opened an investigation into beatings, arrests and disappearances allegedly carried out by Ugandan police officers.', ['KEN 090 UGA'], '2016-05-01'],
    ['or at the owner of what its object names', 'A Belgian judge opened an inquiry into the deaths of dozens of Belgian soldiers under Rwanda\'s former regime, a spokesman said.', ['BEL 090 RWA'], '2016-05-01'],
    ['or at who holds what is investigated, not where it is', 'Dutch prosecutors opened an investigation into bank accounts held in the Netherlands by relatives of Angola\'s former president.', ['NLD 090 AGO'], '2016-05-01'],
    ['a faction of a group is the group', 'A faction of the Pakistani Taliban attacked a police post near Quetta on Monday.', ['PAK 180 PAK'], '2010-05-01'],
    ['a claim for an attack is aimed at the country its phrase places the attack in', 'Al Shabaab claimed responsibility for Saturday\'s bombing of a hotel in Mogadishu, in a statement to reporters.', ['SOM 015 SOM'], '2010-05-01'],
    ['force moved to a place is aimed there', 'Uganda rushed troop reinforcements to the northern town of Gulu on Tuesday.', ['UGA 154 UGA'], '2003-05-01'],
    ['but not a place at home when another country is named after it', 'India rushed troops to Kashmir after a clash with Pakistani soldiers.', ['IND 154 PAK'], '2003-05-01'],
    ['one\'s own followers are of one\'s own country', 'The Zambian opposition leader called on his supporters on Friday to stay off the streets.', ['ZMB 020 ZMB'], '2016-08-19'],
    ['calling another\'s decision a mistake is disapproving of them, past the decision\'s infinitive', 'Lavrov said on Monday that Britain\'s decision to withdraw from the agreement was a grave mistake.', ['GBR 160 GBR', 'RUS 111 GBR'], '2010-06-18'],
    ['saying another bears responsibility blames them', 'Macron told reporters that the Turkish government bore full responsibility for the deaths.', ['FRA 112 TUR'], '2019-10-18'],
    ['calling what another does an atrocity, in a quote', '"Beijing\'s treatment of the Uighurs is nothing short of an atrocity," the Dutch foreign minister told reporters.', ['NLD 111 CHN'], '2021-03-01'],
    ['blame laid on one\'s own side is owning up to it', 'Kyrgyzstan\'s president acknowledged on Friday that her government bore responsibility for the failures.', ['KGZ 015 -'], '2010-06-18'],
    ['a part\'s word and its "of" stand before a pattern\'s target', 'Ethiopian troops pulled out of most of Mogadishu on Tuesday.', ['ETH 0874 SOM'], '2009-01-13'],
    ['an -ing word after a form of "be" before its object is the verb', 'Germany said it was freezing development aid to Uzbekistan.', ['DEU 162 UZB'], '2005-01-05'],
    ['a disaster before its victims names them and is no verb', 'The Red Cross began airlifting tents and blankets to quake survivors in northern Pakistan on Monday.', ['NGOHLH 073 PAK'], '2005-10-10'],
    ['positions abandoned are a retreat', 'Ethiopian troops abandoned their positions near the Eritrean border on Sunday.', ['ETH 0874 ERI'], '2000-05-28'],
    ['a state taken off a terror list has a sanction eased', 'Washington takes Cuba off terrorism blacklist', ['USA 081 CUB'], '2015-05-29'],
    ['information passed to another is shared intelligence', 'Egypt\'s intelligence service is passing information on militant cells to its Israeli counterparts.', ['EGY 064 ISR'], '2015-05-29'],
    ['hours given to leave on pain of war are an ultimatum', 'Bush gave Saddam Hussein 48 hours to leave or face war.', ['USA 139 IRQ'], '2003-03-18'],
    ['a student federation is students', 'Chile\'s student federation demanded that the government resign.', ['CHL 100 CHL'], '2011-08-04'],
    ['ships sent laden with relief carry aid', 'Turkey sent a ship carrying food to Gaza on Monday.', ['TUR 073 PSE'], '2010-05-31'],
    ['a speaker who says another will pay a price threatens them', '"Tbilisi will pay a heavy price for this," the Russian foreign minister told reporters.', ['RUS 130 GEO'], '2008-08-08'],
    ['a price paid is no threat', 'Iran paid a heavy price for its nuclear programme, the minister said.', ['IRN 010 -'], '2012-04-19'],
    ['a denial\'s "that" may come after several phrases of where and when', 'Zambia\'s army denied in a statement on state radio on Thursday that it had seized power.', [], '2016-06-02'],
    ['people the text calls rioters who burn property riot', 'Rioting Kyrgyz youths torched shops and cars in the southern city of Osh on Friday.', ['KGZ 145 KGZ'], '2010-06-11'],
    ['a volcano\'s eruption that scientists report is no one\'s act', 'Mount Merapi erupted again on Friday, sending hot ash over nearby villages, Indonesian volcanologists said.', [], '2010-11-05'],
    ['victory declared over another is said of them', 'Angolan President Jose Eduardo dos Santos declared victory over UNITA in a speech on Friday.', ['AGO 010 AGO'], '2002-04-05'],
    ['taking over from a predecessor is no occupation', 'Turkmen President Gurbanguly Berdymukhamedov took over from the late Saparmurat Niyazov in 2006.', [], '2007-02-14'],
    ['a state said to be sorry for a loss apologises for it', 'Japan told China on Monday that it was sorry for the deaths of three Chinese fishermen.', ['JPN 055 CHN'], '2012-07-03'],
    ['where a warning is made is no one it is aimed at', 'Iran\'s president warned at the United Nations on Wednesday that Tehran would retaliate against Israel.', ['IRN 130 ISR', 'IRN 1384 ISR'], '2012-09-26'],
    ['a state\'s warships that arrive somewhere are deployed there', 'Two Russian warships arrived in Venezuela on Monday as part of a show of force aimed at Washington.', ['RUS 154 USA'], '2008-11-24'],
    ['a minister sent for talks is a consultation, promised when still to come', 'Turkey will send its foreign minister to Baghdad next week for talks.', ['TUR 036 IRQ'], '2008-11-24'],
    ['one side\'s arms fighting together do not clash with each other', 'Russian tanks and infantry fought their way into the centre of Grozny on Friday.', ['RUS 190 RUS'], '1995-01-20'],
    ['a plane that lands with a cargo of masks brings aid', 'A Chinese military plane landed in Belgrade on Saturday with a cargo of masks and ventilators.', ['CHN 073 SRB'], '2020-03-21'],
    ['a pattern word that names a phrase\'s modifier and its head takes the head, so the phrase\'s own phrases may follow', 'Turkey placed army units along its southern border with Syria on alert on Friday.', ['TUR 152 SYR'], '2012-06-29'],
    ['a plane that lands carrying relief brings aid', 'Two Japanese transport planes landed in Islamabad on Monday carrying tents and blankets for quake survivors.', ['JPN 073 PAK'], '2005-10-10'],
    ['patrols two sides run together are military cooperation', 'Malaysia and Indonesia launched joint naval patrols in the Strait of Malacca on Tuesday.', ['MYS 062 IDN', 'IDN 062 MYS'], '2004-07-20'],
    ['a halt ordered to one\'s own operation in a country de-escalates toward it', 'Netanyahu ordered a halt to Israel\'s military operation in Lebanon on Sunday.', ['ISR 087 LBN'], '2006-08-13'],
    ['brushing aside another\'s order rejects it', 'Beijing on Tuesday brushed aside a ruling by the Permanent Court of Arbitration.', ['CHN 120 IGOJUD'], '2016-07-12'],
    ['money released for a country is aid', 'The World Bank released 50 million dollars in emergency aid for Nepal.', ['IGOUNO 073 NPL'], '2015-04-30'],
    ['travel bans and asset freezes on another state\'s officials are sanctions', 'Canada imposed travel bans and asset freezes on 14 Venezuelan officials on Friday.', ['CAN 163 VEN'], '2017-09-22'],
    ['guards moved to a border are a show of force', 'Iran moved thousands of Revolutionary Guards to its border with Iraq on Monday.', ['IRN 154 IRQ'], '2000-01-10'],
    ['an embassy moved to a city recognises it', 'Guatemala will move its embassy in Israel to Jerusalem in May.', ['GTM 032 ISR'], '2018-03-05'],
    ['whom a suspect is extradited to, promised', 'Croatia will extradite the general to the U.N. war crimes tribunal in The Hague.', ['HRV 031 IGOUNO'], '2001-07-01'],
    ['flags flown at half-mast mourn another', 'Lebanon flew its flags at half-mast on Monday for the Saudi king.', ['LBN 018 SAU'], '2015-01-26'],
    ['gunships that rocket posts attack them', 'Russian helicopter gunships rocketed rebel positions in Chechnya on Friday.', ['RUS 194 RUS'], '1999-10-01'],
    ['who leads talks only mediates them', 'Sudan\'s army and the Rapid Support Forces opened U.S.-led peace talks in Jeddah on Saturday.', ['SDN 046 SDN', 'SDN 046 SDN'], '2023-05-06'],
    ['a threat that names the threatener\'s own state is aimed at the other country it names', 'Egypt\'s foreign minister warned on Monday that Egypt would strike Ethiopia if the dam threatened its water.', ['EGY 130 ETH', 'EGY 1384 ETH'], '2013-06-10'],
    ['a release from a country\'s jails is that country\'s', 'Dozens of opposition activists were freed from Cuban jails on Monday under an amnesty.', ['CUB 0841 CUB'], '2010-07-12'],
    ['a people named as such names no state, so rebels a state deals with are its own', 'Georgia ruled out talks with ethnic Ossetian separatists on Monday.', ['GEO 125 GEO'], '2004-08-16'],
    ['an ethnic group that acts in a place is of that place\'s country', 'Thousands of ethnic Russians marched through Riga on Saturday to protest against the language law.', ['LVA 141 LVA'], '2004-01-24'],
    ['inspectors who check sites investigate them', 'U.N. inspectors began checking three declared chemical sites in Syria on Monday.', ['IGOUNO 090 SYR'], '2013-10-07'],
    ['a field hospital set up somewhere aids it', 'The Red Cross set up a field hospital in the Nepalese capital on Sunday.', ['NGOHLH 073 NPL'], '2015-04-26'],
    ['likening another\'s act to a byword for evil condemns it', 'Erdogan likened the Dutch government\'s conduct to Nazism on Sunday.', ['TUR 111 NLD'], '2017-03-12'],
    ['a state\'s envoy to a body, titled before a name, is the state\'s', 'Ghana\'s U.N. ambassador Harold Agyeman criticised Russia on Monday.', ['GHA 111 RUS'], '2022-02-28'],
    ['a state\'s envoy to a body is the state\'s', 'Russia\'s U.N. ambassador criticised Ukraine on Monday.', ['RUS 111 UKR'], '2022-02-28'],
    ['rebels a state deals with are its own, whatever a later phrase names', 'Colombia\'s president ruled out talks with the rebels on Monday, the main demand of guerrillas holding a Spanish aid worker.', ['COL 125 COL'], '2002-03-04'],
    ['what is only unclear is no event', 'Officials said it was still unclear whether Iran would send troops into Iraq.', [], '2014-06-20'],
    ['a copula\'s complement is no object, so a verb after it is no reduced relative', 'ALGIERS, Sept 23 (Reuters) - Armed men believed to be Islamist guerrillas slaughtered at least 85 villagers overnight.', ['DZA 202 DZA'], '1997-09-23'],
    ['a name people give themselves that we do not know leaves them as described', 'Kurdish militants calling themselves the Freedom Falcons killed three Turkish soldiers on Monday.', ['TUR 1823 TUR'], '2006-04-10'],
    ['people who are where they are as visitors do not make their captors theirs', 'Kashmiri militants calling themselves the Hizbul Front kidnapped three Dutch tourists near Gulmarg on Sunday.', ['- 181 NLD'], '1996-07-06'],
    ['a comment declined on one\'s own side\'s affairs is aimed at no one', 'Algeria\'s presidency declined to comment on Monday on the health of President Abdelaziz Bouteflika.', ['DZA 011 -'], '2013-05-06'],
    ['but one on another\'s claims is about them', 'Eritrea\'s information minister declined to comment on Djibouti\'s claims on Thursday.', ['ERI 011 DJI'], '2008-06-12'],
    ['people forced out en masse are driven out', 'Thousands of ethnic Serbs were forced out of Zagreb by Croatian troops.', ['HRV 201 HRV'], '1995-08-07'],
    ['standing with another in their hour of grief is sympathy', '"Chile stands with the people of Ecuador in this hour of grief," the Chilean president said on Sunday.', ['CHL 018 ECU'], '2016-04-17'],
    ['an act\'s purpose happens where the act did', 'About 6,000 people rallied in Okinawa on Sunday to protest against the rape of a schoolgirl by a U.S. Marine.', ['JPN 141 JPN', 'JPN 141 USA'], '2008-03-23'],
    ['monitors sent under a body\'s auspices are its', 'Rebels freed four military observers sent under the auspices of the United Nations on Monday.', ['- 0841 IGOUNO'], '2000-05-15'],
    ['people taken hostage, told in the passive', 'Two Italian aid workers were taken hostage by Somali gunmen near Mogadishu.', ['SOM 181 ITA'], '2008-05-21'],
    ['an attack done with a nerve agent in its clause is a chemical attack', 'Syrian government helicopters struck the rebel-held village of Kafr Zita with what witnesses said was chlorine gas on Friday.', ['SYR 2041 -'], '2014-04-11'],
    ['an apology made to a state\'s own people keeps them', 'The Canadian prime minister apologised on Wednesday to Canada\'s indigenous people for the residential schools.', ['CAN 055 CAN'], '2008-06-11'],
    ['an apology made to no one is owed to the other country its wrong names', 'The Belgian king apologised on Tuesday for the abuses committed during Congo\'s colonial past.', ['BEL 055 COD'], '2020-06-30'],
    ['an apology for a wrong done to a region\'s peoples names no one', 'The Japanese prime minister apologised on Tuesday for the suffering Japan caused the peoples of Asia.', ['JPN 055 -'], '1995-08-15'],
    ['a suspect promised to a court goes to the court', 'Ivory Coast agreed on Friday to hand over former President Laurent Gbagbo to the International Criminal Court.', ['CIV 031 IGOICC'], '2011-11-25'],
    ['a demand\'s "that" clause has its own subject, and the demand rejected is no self-target', 'Ukrainian President Leonid Kuchma on Tuesday rejected opposition demands that he step down over the killing of a journalist.', ['UKR 120 UKR'], '2001-02-13'],
    ['a demand\'s maker in a "by" phrase before its "that" clause', 'Peruvian President Alberto Fujimori rejected demands by opposition parties that he resign.', ['PER 120 PER'], '2000-09-20'],
    ['a list of demand makers before a "that" clause', 'Sudan rejected Egyptian and Ethiopian demands that it hand over three suspects.', ['SDN 120 EGY', 'SDN 120 ETH'], '1996-01-10'],
    ['the subject of an object relative is its own, not the phrase it describes', 'Israel rejected the accusations that Egypt made.', ['ISR 016 EGY'], '2005-08-10'],
    ['an allegation looked into is no act of its own', 'The Kenyan police watchdog opened an investigation on Friday into allegations that officers shot dead two protesters in Kisumu.', ['KEN 090 KEN'], '2023-07-14'],
    ['a pronoun subject of a relative clause on a place tells of the place only', 'Khartoum demanded that South Sudan pull its troops out of the oil field, which they had seized a day earlier.', ['SDN 100 SSD'], '2012-04-11'],
    ['gunmen led by someone described by a common noun: the past form after it is the verb', 'Georgian gunmen led by a former policeman burst into parliament in Tbilisi and shot dead the speaker.', ['GEO 180 GEO', 'GEO 1823 GEO'], '2005-03-02'],
    ['aid whose only target is of no country goes where the place after it is', 'Australia dispatched a navy flotilla carrying relief supplies and medical teams to help cyclone victims in Vanuatu.', ['AUS 073 VUT'], '2015-03-17'],
    ['a body of people of one kind is of their sector', "Teachers' unions across Kenya marched on Tuesday.", ['KEN 141 KEN'], '2019-01-08'],
    ['a country brought to a standstill with a strike is struck', 'Nepal\'s opposition parties brought the capital to a halt on Tuesday with a general strike.', ['NPL 143 NPL'], '2004-05-11'],
    ['troops who cross out of a country withdraw from it', 'The last Ethiopian troops crossed out of Somalia on Monday.', ['ETH 0874 SOM'], '2009-01-26'],
    ['aid agencies ordered out of a place are expelled', 'Niger orders foreign aid agencies out of the Tillaberi region', ['NER 1663 NGO'], '2023-09-04'],
    ['yielding to demands is yielding to whoever made them, past a day', 'Cyprus bowed on Sunday to euro zone demands for a levy on bank deposits.', ['CYP 080 IGOEEC'], '2013-03-24'],
    ['a leader who travels past the border into another country visits it', 'Chinese Premier Li Peng rode a train across the frontier into Vietnam on Monday for an official visit.', ['CHN 042 VNM'], '1991-11-25'],
    ['legal action promised on a condition is a threat', '"If the minister does not resign, we will begin impeachment proceedings," the opposition leader said in Lusaka.', ['ZMB 130 ZMB'], '2005-02-02'],
    ['migrants flown home are deported', 'Greek police flew hundreds of Albanian migrants home on Tuesday.', ['GRC 174 ALB'], '1993-06-08'],
    ['tariffs cut are economic cooperation', 'Chile and Peru began cutting tariffs under their free trade pact.', ['CHL 061 PER', 'PER 061 CHL'], '2009-03-01'],
    ['what is asked on pain of force is an ultimatum', 'NATO gave Belgrade 48 hours to pull its forces out of Kosovo or face air strikes.', ['IGOWST 139 YUG'], '1998-10-13'],
    ['a country\'s accountability bureau is its government', "Nigeria's accountability bureau opened an investigation into the former oil minister.", ['NGA 090 NGA'], '2016-02-03'],
    ['a headline surname before a verb the tagger read as a noun and an infinitive', 'Mugabe pledges to hand power to Tsvangirai', ['ZWE 035 ZWE'], '2008-09-12'],
    ['joint patrols by sides of several countries that get under way are military cooperation', 'Coordinated naval patrols by Thailand and Malaysia got under way in the Andaman Sea on Monday.', ['THA 062 MYS', 'MYS 062 THA'], '2008-05-12'],
    ['a deportation stays one however many are deported', 'Iran began deporting thousands of undocumented Afghans on Sunday.', ['IRN 174 AFG'], '2024-06-02'],
    ['sanctions signed into law are imposed', 'U.S. President Barack Obama signed into law on Friday new sanctions against Venezuela.', ['USA 163 VEN'], '2014-12-19'],
    ['men accused of a crime surrendered to officials are handed over', 'Sudan surrendered the three men accused of the bombing to Egyptian officials.', ['SDN 063 EGY'], '1996-05-02'],
    ['a ceasefire signed is a formal agreement signed', "Sudan's government and SPLA rebels signed a ceasefire in Machakos on Tuesday.", ['SDN 057 SDN', 'SDN 057 SDN'], '2002-10-15'],
    ['a place turned into a sea of fire is destroyed, and a promise to do it a threat', 'North Korea said it would turn Seoul into a sea of fire.', ['PRK 137 KOR'], '1994-03-19'],
    ['a strike is the doing of whoever the words before it name', 'A government air strike killed 20 people near Aleppo.', ['SYR 1823 SYR'], '2016-09-20'],
    ['violence told in the passive is the doing of whoever makes the strike it happened in', 'Twelve people were killed in an Israeli air strike on Gaza on Tuesday.', ['ISR 190 PSE'], '2014-07-15'],
    ['two sides of one country that meet abroad meet each other, not the venue', "Negotiators for Colombia's government and the ELN rebel group opened peace talks in Caracas on Monday.", ['COL 046 COL', 'COL 046 COL'], '2017-02-07'],
    ['"suspect" before a name, after what it is suspected of, is a noun', 'Thailand extradited Russian arms-smuggling suspect Viktor Bout to the United States on Tuesday.', ['THA 063 USA'], '2010-11-16'],
    ['a force joined, with no source found yet, takes the country after it without failing', 'Azerbaijan accused Armenia on Monday of sending regular troops to help ethnic Armenian forces seize the Kelbajar district.', ['AZE 112 ARM', 'ARM 192 ARM'], '1993-04-05'],
    ['a nationality in an "-era" compound names a period, not an actor', 'Ukraine promised on Tuesday to transfer all its Soviet-era nuclear warheads to Russia.', ['UKR 030 RUS'], '1994-01-11'],
    ['a nationality before "town of" says whose town it is', 'Insurgents attacked the northern Mozambican town of Palma on Wednesday.', ['MOZ 180 MOZ'], '2021-03-24'],
    ['a rough number\'s word before a number is no preposition', 'Britain will send around 500 troops to Sierra Leone, the defence ministry said on Sunday.', ['GBR 0334 SLE'], '2000-05-07'],
    ['a past form between a "-ly" adverb and its noun is an adjective', 'Turkish military planes airdropped badly needed food into the besieged town on Friday.', ['TUR 073 TUR'], '2015-01-09'],
    ['a verb after a resolution adopted early on a day is the main verb', 'Gulf Arab foreign ministers demanded in a statement issued late on Monday that Iran withdraw from the islands.', ['PGS 100 IRN'], '1992-09-08'],
    ['a crossing a name names is a noun', 'Egypt opens Rafah crossing with Gaza for aid convoys', ['EGY 0872 PSE'], '2023-10-21'],
    ['an accord named for the town it was made in is no one\'s', 'RENAMO said on Monday it would sign the Rome peace accord with the Mozambican government.', ['MOZ 032 MOZ'], '1992-10-01'],
    ['armed men who burst into a building attack it', 'Somali gunmen burst into a hotel in Mogadishu on Sunday.', ['SOM 180 SOM'], '2015-11-01'],
    ['a past form read as an adjective before its agent is a participle, and the noun before it stays the subject', 'Pakistani protesters angered by the cartoons set fire to the Danish embassy in Islamabad.', ['PAK 145 DNK'], '2006-02-14'],
    ['air force pilots are the military', 'Rebel air force pilots bombed the presidential palace in Caracas on Friday.', ['VEN 195 VEN'], '1992-11-27'],
    ['planes chartered by a body are its', 'Planes chartered by the World Food Programme flew food to Kurdish families in northern Iraq.', ['IGOUNO 073 IRQ'], '1991-04-17'],
    ['a state removed from a terror list has a sanction eased', 'U.S. removes Cuba from state sponsors of terrorism list', ['USA 081 CUB'], '2015-05-29'],
    ['a carrier strike group sent toward a region as a warning is a show of force at whom it warns', 'U.S. sends carrier strike group toward Korean peninsula as warning to North Korea', ['USA 154 PRK'], '2017-04-09'],
    ['armed nationalists are irregulars', 'Armed nationalists storm the parliament of the Solomon Islands', ['SLB 180 SLB'], '2000-06-05'],
    ['a drill one orders for one\'s own forces is a show of force', 'President Vladimir Putin ordered military exercises near the border on Friday.', ['RUS 150 -'], '2021-04-02'],
    ['exercises whose words name two countries, which begin, are military cooperation between them', 'Joint Russian-Chinese naval exercises got under way in the Yellow Sea on Monday.', ['RUS 062 CHN', 'CHN 062 RUS'], '2012-04-23'],
    ['what a speaker\'s own quoted words deny, with a verb the dictionaries do not code, leaves the statement', "'We have never faced a crisis like this,' UNICEF chief Ann Veneman told reporters in Geneva on Monday.", ['IGOUNO 010 -'], '2005-03-01'],
    ['a quoted denial of a coded act is still no event', "'We did not attack the village,' army spokesman Ahmed Ali told reporters on Monday.", [], '2005-03-01'],
    ['"the country" after a verb or preposition is the other country its sentence names, not the subject', "Nigeria, Chad's biggest trading partner, closed its border with the country on Friday.", ['NGA 191 TCD'], '2005-03-01'],
    ['an economic blockade is an embargo', 'The West African states imposed an economic blockade on Mali on Sunday.', ['WAF 163 MLI'], '2022-01-09'],
    ['a peacekeeping force one rejects is a force one will not let in, not force one renounces', 'Khartoum rejects African peacekeeping force for Darfur', ['SDN 1224 IGOPKO'], '2006-03-01'],
    ['a killing is no sport, whatever match its victims watched', 'Al Shabaab fighters killed 30 people watching a World Cup match in a Mogadishu cafe on Sunday.', ['SOM 1823 SOM'], '2010-07-12'],
    ['a win in a final stays sport', 'Spain beat the Netherlands in the World Cup final on Sunday.', [], '2010-07-12'],
    ['exercises by two countries\' forces begin, past an apposition with a subject of its own', 'Joint air exercises by Indian and French jets, the first the two air forces have held, began in Rajasthan on Monday.', ['IND 062 FRA', 'FRA 062 IND'], '2010-07-12'],
    ['troops told of as stationed somewhere are no deployment', "Niger's junta said it had no plans to expel the 1,500 French troops stationed in the country.", [], '2023-08-20'],
    ['an order signed that lifts sanctions eases them', 'President Joe Biden signed an order on Friday lifting sanctions on Venezuela\'s oil sector.', ['USA 085 VEN'], '2023-10-20'],
    ['an order signed, in a headline, that eases sanctions eases them', 'Biden signs order easing most sanctions on Cuba', ['USA 085 CUB'], '2015-01-15'],
    ['annual exercises troops begin are a noun, not a verb', 'American and Philippine troops began their annual Balikatan exercises on Monday.', ['USA 062 PHL', 'PHL 062 USA'], '2015-04-20'],
    ['a promise to investigate is an intent (030), CAMEO having no intent to investigate of its own', "Kenya's president promised on Friday to set up a commission of inquiry into the shootings.", ['KEN 030 KEN'], '2012-05-01'],
    ['field kitchens and nurses sent to a disaster are humanitarian aid', 'Turkey sends field kitchens and nurses to quake-hit Syria', ['TUR 073 SYR'], '2023-02-08'],
    ['talks between a government and rebels "loyal to" someone open, the talks being the subject', 'Peace talks between Yemen\'s government and rebels loyal to the Houthi movement opened in Stockholm on Thursday.', ['YEM 040 YEM', 'YEM 040 YEM'], '2018-12-06'],
    ['a place right after a passive\'s agent places the agent', 'Congolese militia leader Thomas Lubanga was handed over to the International Criminal Court by the authorities in Kinshasa and flown to The Hague.', ['COD 063 IGOICC'], '2006-03-17'],
    ['"to" before a name is a preposition, so whom a suspect is handed to is the target', 'Yemen handed over the militant known as Abu Ali to American agents in Sanaa.', ['YEM 063 USA'], '2003-05-01'],
    ['an act a speaker tells of from long ago is history; the telling is the event', 'Belgium acknowledged on Tuesday that its colonial officials tortured thousands of Congolese more than a century ago.', ['BEL 010 -'], '2021-05-28'],
    ['an act a speaker dates years back is history too', "Congo's army said M23 rebels attacked a village in Kivu in 2019.", ['COD 010 COD'], '2021-05-28'],
    ['an act a speaker dates to the day is news', "Congo's army said M23 rebels attacked a village in Kivu on Monday.", ['COD 180 COD'], '2021-05-28'],
    ['troops a state\'s speaker says were put on alert are the state\'s', 'An Indian army spokesman said troops had been put on high alert along the border.', ['IND 152 -'], '2016-09-19'],
    ['government websites knocked offline are a cyber attack on their country', 'Chinese hackers knocked Taiwanese government websites offline on Friday.', ['CHN 176 TWN'], '2022-08-05'],
    ['a speaker of no named country, of several the sentence names, is of the one whose city they spoke in', "Georgia's relations with Turkey remain excellent, Foreign Minister Nodar Kipiani said in Tbilisi on Monday.", ['GEO 010 TUR'], '2005-03-01'],
    ['"Tupac Amaru" alone names the Peruvian movement', 'Peru refused to free jailed Tupac Amaru guerrillas on Saturday.', ['PER 1243 PER'], '1996-12-21'],
    ['Serbia after 2003 is Serbia', 'Serbian police arrested two opposition leaders in Belgrade on Monday.', ['SRB 173 SRB'], '2008-07-21'],
    ['a body appointed by an international one acts for it', 'A commission appointed by the Southern African Development Community began investigating the vote in Lesotho on Monday.', ['IGOSAD 090 LSO'], '1998-08-10'],
    ['a verb\'s subject is found over a relative clause on it', 'An inquiry into the violence that followed the election was opened by the International Criminal Court on Wednesday.', ['IGOICC 090 -'], '2010-03-31'],
    ['an ethnic group with no place of its own named is of the other country its sentence names', "Leaders of Estonia's Estonian and ethnic Russian parties signed a pact in Tallinn on Monday.", ['EST 057 EST'], '1999-05-01'],
    ['a territory named as a place is its sovereign\'s', 'North Korea threatened on Thursday to fire missiles into the waters off Guam.', ['PRK 1384 USA'], '2017-08-10'],
    ['East Timor before its 1999 vote is told as Indonesia\'s', 'Indonesian troops captured an East Timorese rebel commander in Dili on Friday.', ['IDN 173 IDN'], '1992-11-20'],
    ['a threat is aimed at whoever its condition names, rather than at a region its act names', 'Belarus threatened on Thursday to cut off gas transit to Europe if the European Union imposed new sanctions.', ['BLR 1312 IGOEEC'], '2021-11-11'],
    ['"it" after a possessor is the name its phrase owns', "West Africa's regional bloc ECOWAS said on Thursday it would send troops to Guinea-Bissau.", ['IGOWAS 0334 GNB'], '2012-04-26'],
    ['West African leaders acting together are ECOWAS', 'West African leaders suspended Burkina Faso from ECOWAS on Friday.', ['IGOWAS 160 BFA'], '2022-01-28'],
    ['a bare surname several then bear is the head of state or government among them', 'Trump and Kim sit down to dinner in Hanoi as second summit opens', ['USA 040 PRK', 'PRK 040 USA'], '2019-02-27'],
    ['money put toward a package a body leads goes to whom the package is for', 'Japan pledged $4 billion toward an IMF-led rescue package for Thailand on Monday.', ['JPN 0331 THA'], '1997-08-11'],
    ['a passive relative clause on the subject ends before the main verb, which is negated', 'Peace talks between Armenian and Azerbaijani envoys that had been planned for Monday in Vienna did not take place, an OSCE spokesman said.', [], '1998-05-01'],
    ['standards or a deadline met are no meeting', "The Serbian government met the EU's deadline on Friday.", [], '2008-04-02'],
    ['an act dated long ago past a place\'s "what is now" is history', 'Germany acknowledged on Friday that its colonial troops committed genocide in what is now Namibia more than a century ago.', ['DEU 010 -'], '2021-05-28'],
    ['what a state will do, told by its official of no known country, is its intent', 'Gambia will begin the process of rejoining the Commonwealth, Foreign Minister Ousainou Darboe said on Tuesday.', ['GMB 030 IGOCWN'], '2018-01-30'],
    ['what a body will do, told by its own official, is its intent', "The Organization of American States will send 200 observers to monitor Haiti's election in December, an OAS official said.", ['IGOOAS 030 HTI'], '2010-09-01'],
    ['what "this" is in a quoted judgement, the "of" phrase after the speech names', "\"This is an open provocation to the civilised world,\" the Greek culture minister said on Friday of Turkey's decision to turn Hagia Sophia into a mosque.", ['GRC 111 TUR'], '2020-07-10'],
    ['calling another\'s act a betrayal disapproves of it', "\"This is a betrayal,\" Armenian Prime Minister Nikol Pashinyan said on Monday of Russia's refusal to help.", ['ARM 111 RUS'], '2022-11-21'],
    ['a death toll from a disaster that a report gives is news of the disaster, no statement', 'The death toll from Cyclone Nargis in Myanmar rose above 22,000 on Tuesday, state radio said.', [], '2008-05-06'],
    ['fighters named as such who take a city occupy it, whatever their body\'s code that day', 'Taliban fighters captured Kabul on Sunday.', ['AFG 192 AFG'], '2021-08-15'],
    ['forces sent at a state\'s request protect it', 'New Zealand sent soldiers and police to Tonga on Friday at the request of its government.', ['NZL 074 TON'], '2006-11-18'],
    ['peacekeeping troops deployed to a country are military protection', 'The African Union began deploying peacekeeping troops to Somalia on Monday.', ['IGOAFR 074 SOM'], '2007-03-05'],
    ['energy supplies resumed are trade, not aid', 'Russia resumed natural gas supplies to Moldova on Monday.', ['RUS 061 MDA'], '2006-01-04'],
    ['an irregular past after "and" and a verb is a verb coordinated with it, and hundreds shot is a mass killing', 'Burmese troops rounded up and shot hundreds of villagers near the border.', ['MMR 173 MMR', 'MMR 202 MMR'], '1992-05-20'],
    ['"shot dead" after "and" and a verb is a killing', 'Police stopped and shot dead a student in Lagos on Friday.', ['NGA 1823 NGA'], '2012-01-13'],
    ['what hackers attack they attack cybernetically', "Hackers working for North Korea's intelligence agency attacked South Korean banks on Tuesday.", ['PRK 176 KOR'], '2017-06-27'],
    ['a company\'s fields taken over are property seized, not territory occupied', 'Venezuelan troops took control of oil fields run by the U.S. company ExxonMobil on Monday.', ['VEN 171 USA'], '2007-06-26'],
    ['war veterans are civilians of their country', "Zimbabwe's war veterans demanded on Sunday that the president resign.", ['ZWE 100 ZWE'], '2015-05-04'],
    ['a patriarch is a church leader', "Lebanon's Maronite Patriarch urged politicians on Sunday to form a government.", ['LBN 020 LBN'], '2015-05-04'],
    ['a headline\'s lone past form with an agent\'s "by" is a passive', 'Opposition leader arrested by police in Harare', ['ZWE 173 ZWE'], '2008-06-04'],
    ['broadcasts cut are censorship', "Togo's government cut the broadcasts of two private radio stations on Monday.", ['TGO 1721 TGO'], '2015-05-04'],
    ['patrol ships sent are a show of force', 'Japan sends patrol ships to disputed islands', ['JPN 154 -'], '2012-09-14'],
    ['a speaker placed by "in" still closes a reported clause, so a disaster it reports is no statement', 'A cyclone slammed into the coast of Bangladesh overnight, killing thousands of people, officials in Dhaka said.', [], '1991-04-30'],
    ['lists exchanged are information shared', 'Thailand and Cambodia exchanged lists of border posts on Saturday.', ['THA 064 KHM', 'KHM 064 THA'], '2010-01-01'],
    ['fighters who silence their guns stop fighting', "Colombia's ELN rebels said on Sunday they had silenced their guns.", ['COL 0871 COL'], '2010-01-01'],
    ['relations raised to a partnership are ties improved', 'Laos and China raised their relations to a comprehensive strategic partnership on Sunday.', ['LAO 050 CHN', 'CHN 050 LAO'], '2019-04-30'],
    ['nutritional supplements airlifted are humanitarian aid', 'The World Food Programme airlifted nutritional supplements into Juba on Wednesday.', ['IGOUNO 073 SDN'], '2010-01-01'],
    ['a transnational armed group acts in the country where it fights', "Al Qaeda militants attacked an army base in Yemen's Abyan province on Friday.", ['YEM 190 YEM'], '2012-05-11'],
    ['what is done in a show of force against someone is a show of force at them too', 'Japan and the United States began joint air drills over the Sea of Japan on Monday in a show of force against North Korea.', ['JPN 062 USA', 'USA 062 JPN', 'JPN 150 PRK', 'USA 150 PRK'], '2016-03-07'],
    ['an inquiry that begins is its body\'s investigation of whom its "of" or "into" phrase names', "A European Union audit of Hungary's use of EU funds began in Budapest on Monday.", ['IGOEEC 090 HUN'], '2005-06-01'],
    ['talks "in" a span of years "between" two sides that open are theirs, the sides read from the possessed phrase', "The first formal talks in nearly two years between Colombia's government and the ELN rebels opened in Caracas on Monday.", ['COL 040 COL', 'COL 040 COL'], '2016-06-01'],
    ['a handover told in the passive with no doer is the teller\'s state\'s, when it is not the receiver', "Arms dealer Viktor Bout was extradited to the United States on Tuesday, Thailand's foreign ministry said.", ['THA 063 USA'], '2010-11-16'],
    ['a past form opening a sentence before a noun phrase and its verb describes the noun', 'Sacked steel workers rioted in the Ukrainian city of Kryvyi Rih on Friday.', ['UKR 145 UKR'], '2011-12-16'],
    ['a disaster joined by "and" to what officials feared is news of the disaster, no statement', 'Heavy rains unleashed floods that swept away villages in southern Kyrgyzstan, and officials feared dozens were dead.', [], '2010-06-20'],
    ['what is done in a protest against a state\'s rulers is a protest at them, by people of that state', "Buddhist monks led thousands of people through Mandalay on Monday in the largest protest against Myanmar's military rulers in years.", ['MMR 141 MMR'], '2007-09-24'],
    ['remaining hopeful is optimism', 'Georgian President Salome Zourabichvili said on Tuesday she remained hopeful that talks with Moscow would resume.', ['GEO 013 RUS'], '2019-07-02'],
    ['a riot outside someone\'s compound is aimed at them', 'Angry Haitians rioted outside United Nations compounds in Port-au-Prince on Thursday.', ['HTI 145 IGOUNO'], '2004-06-03'],
    ['what only might happen if something else does is no statement', 'The vote might be delayed until June if the electoral roll is not ready, the head of Malawi\'s election commission said.', [], '2019-02-11'],
    ['… nor is what might follow an inverted condition', 'Should the truce collapse, the region could slide back into war, a Kenyan diplomat in Juba said.', [], '2017-02-03'],
    ['an act allowed only on a condition threatens no one', 'Nigeria would deploy soldiers to Gambia only if ECOWAS leaders requested it, a defence ministry spokesman said.', [], '2016-12-20'],
    ['… unlike one promised on a condition', 'Nigeria would deploy soldiers to Gambia if Jammeh refused to step down, a defence ministry spokesman said.', ['NGA 138 GMB'], '2016-12-20'],
    ['not recognising breakaway republics is a standing policy, no act', 'Uzbekistan will not recognise the breakaway republics in eastern Ukraine, its foreign minister said.', [], '2022-03-01'],
    ['a verb joined by "or" to a negated one is denied with it', 'Ghana will not take sides in the dispute or allow its territory to be used for attacks, the foreign minister said.', [], '2020-03-01'],
    ['what was hoped for, in a clause of comparison, is no one\'s act', 'The leaders of Eritrea and Ethiopia did not sign the border accord in Algiers on Monday, as Algerian mediators had hoped.', [], '2000-03-01'],
    ['what no member of a group did is no act, and the telling no statement', 'No Ugandan soldiers have entered South Sudan, an army spokesman in Kampala said.', [], '2016-07-12'],
    ['the phrase a fronted participle ends is no member of the list after its comma', 'Ending decades of hostility, Eritrea and Ethiopia signed a peace agreement in Jeddah on Sunday.', ['ERI 057 ETH', 'ETH 057 ERI'], '2018-09-16'],
    ['"tens of thousands of" names a crowd mid-sentence too', 'On Sunday, tens of thousands of students marched through Belgrade.', ['SRB 141 SRB'], '2018-09-16'],
    ['people feared dead are a toll, not a fear', 'Floods swept through northern Pakistan, leaving hundreds of villagers feared dead.', [], '2010-08-01'],
    ['a crowd of one\'s own people addressed is the audience, not a side', 'Uganda\'s President Yoweri Museveni told thousands of people gathered in Kampala that the election had been fair.', ['UGA 010 -'], '2016-02-25'],
    ['a state\'s leader leads its government', 'Gabon\'s new leader said on Thursday that elections would be held within two years.', ['GAB 010 -'], '2023-09-01'],
    ['… and so does its junta leader', 'Niger\'s junta leader, General Abdourahamane Tiani, arrived in Moscow on Monday for talks.', ['NER 042 RUS'], '2023-09-01'],
    ['the places that end a fronted phrase are no members of the list after it', 'At a summit held in Sochi, Russia, Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev pledged on Friday to demarcate their border.', ['ARM 030 AZE', 'AZE 030 ARM'], '2021-11-26'],
    ['a hyphened discard written as one token still discards', 'Jordan beat South Korea to reach the semi-finals.', [], '2024-02-03'],
    ['a strike extended goes on', 'Bolivian miners extended their strike against the government into a second week.', ['BOL 143 BOL'], '2020-03-01'],
    ['an airlift of goods carried out is humanitarian aid', 'The U.N. refugee agency carried out an airlift of tents to flood victims in northern Pakistan.', ['IGOUNO 073 PAK'], '2010-08-20'],
    ['a loan paid out is economic aid', 'The World Bank paid out the second tranche of its loan to Ukraine on Friday.', ['IGOUNO 071 UKR'], '2015-03-01'],
    ['a law repealed eases what it imposed; a capitalised word ending a name after "the" is no verb', 'Malawi\'s parliament repealed the Sedition Act on Tuesday.', ['MWI 081 MWI'], '2022-03-01'],
    ['people herded out of their homes are expelled en masse', 'Serb police herded hundreds of villagers out of their homes.', ['YUG 201 YUG'], '1999-04-01'],
    ['"King Abdullah" after 2015 is Jordan\'s', 'King Abdullah of Jordan met Iraqi Prime Minister Mustafa al-Kadhimi in Amman on Sunday.', ['JOR 040 IRQ'], '2021-03-01'],
    ['paratroopers sent are forces sent', 'France sent paratroopers to Mali on Friday.', ['FRA 154 MLI'], '2013-01-11'],
    ['a subjunctive "arrest" before a name is the demanded act, and the clause\'s subject its target', 'The United States demanded that Belgrade arrest General Ratko Mladic.', ['USA 100 YUG'], '2000-11-01'],
    ['"the kingdom" is the kingdom named last before it, not the last place', 'Saudi Foreign Minister Adel al-Jubeir told Iraqi leaders in Baghdad on Saturday that the kingdom would reopen its embassy there.', ['SAU 032 IRQ'], '2017-02-25'],
    ['whom a suspect is handed to lies past a participle set off by commas', 'Tanzania handed over Augustin Bizimana, wanted for genocide, to Rwanda on Monday.', ['TZA 063 RWA'], '2019-02-18'],
    ['… which describes the suspect and is no accusation by the state', 'Kenya handed over Felicien Kabuga, accused of financing the genocide, to the U.N. tribunal on Friday.', ['KEN 063 IGOUNO'], '2020-06-05'],
    ['a place the gazetteer does not know, bombed, is in the country the story is filed from', 'KABUL, March 3 (Reuters) - U.S. warplanes bombed the Shahi Kot Valley on Sunday.', ['USA 195 AFG'], '2002-03-03'],
    ['… and a gorge is a place, not a person', 'TBILISI, Aug 10 (Reuters) - Russian aircraft bombed the Kodori Gorge on Saturday.', ['RUS 195 GEO'], '2008-08-10'],
    ['"forces" after a nationality is a headline subject\'s noun, not its verb', 'Syrian forces storm into rebel-held town', ['SYR 190 SYR'], '2012-08-01'],
    ['calling another an occupier or an enemy denounces it', 'Azerbaijani President Ilham Aliyev said Armenia was an occupier and an enemy of peace.', ['AZE 111 ARM'], '2019-08-01'],
    ['a state that joins an alliance cooperates with it', 'Montenegro joined NATO on Monday.', ['MNE 050 IGOWST'], '2017-06-05'],
    ['… and one that will join intends to', 'Armenia will join the Eurasian Economic Union, President Serzh Sarkisian said.', ['ARM 032 IGOEAU'], '2013-09-03'],
    ['a headline that ends in a quote is still a headline; seeking membership applies for it', 'Sweden to seek NATO membership "as soon as possible"', ['SWE 032 IGOWST'], '2022-05-15'],
    ['seeking a body\'s membership is applying to join it', 'Georgia sought NATO membership at the Bucharest summit.', ['GEO 050 IGOWST'], '2008-04-02'],
    ['a visit to a place no one owns is to the country it is in; "for" before a phrase is a preposition', 'The U.N. refugee chief visited a camp for displaced families in Chad on Monday.', ['IGOUNO 042 TCD'], '2004-07-01'],
    ['a peace force rejected is a force sent in, not force renounced', 'Sudan rejects U.N.-led peace force for Darfur', ['SDN 1224 IGOUNO'], '2006-03-01'],
    ['a court that lets its prosecutor investigate opens the inquiry', 'The International Criminal Court authorised its prosecutor to investigate alleged crimes committed in Burundi.', ['IGOICC 090 BDI'], '2017-11-09'],
    ['civilians evacuated are given humanitarian help', 'The Red Cross evacuated hundreds of wounded civilians by boat.', ['NGOHLH 073 -'], '2009-02-10'],
    ['pots and pans banged in protest are a protest', 'Thousands of Chileans banged pots and pans in Santiago overnight in protest against the fare rise.', ['CHL 141 CHL'], '2019-10-20'],
    ['food distributions begun are humanitarian aid', 'The World Food Programme began food distributions to flood victims in northern Mozambique.', ['IGOUNO 073 MOZ'], '2019-03-20'],
    ['gas deliveries begun to another are economic cooperation', 'Russia began deliveries of natural gas to China through the Power of Siberia pipeline.', ['RUS 061 CHN'], '2019-12-02'],
    ['a peace process resumed with another is negotiation', 'Sharif said he wanted to resume the peace process with India.', ['PAK 036 IND'], '2013-06-05'],
    ['"his country", acting, is its owner\'s', 'Georgian President Eduard Shevardnadze said his country would seek full membership of NATO.', ['GEO 032 IGOWST'], '2002-11-22'],
    ['a force sent is forces sent', 'France will send a 2,000-strong force to Mali.', ['FRA 0334 MLI'], '2013-01-14'],
    ['agreeing to let peacekeepers in grants the concession (as CAMEO\'s own AGREE ALLOW PEACEKEEPER)', 'Sudan agreed on Monday to let African Union peacekeepers into Darfur.', ['SDN 086 IGOAFR'], '2007-06-12'],
    ['… but access agreed to is still to come', 'Sudan agreed on Monday to allow humanitarian access to Darfur.', ['SDN 035 -'], '2007-06-12'],
    ['what a speaker says will be met with a response threatens force', '"Any Israeli attack on Lebanon will be met with a crushing response," Hezbollah leader Hassan Nasrallah said.', ['LBN 138 ISR'], '2020-08-08'],
    ['… as does what a speaker says will be treated as a target', '"Any Greek warship that enters our waters will be treated as a target," a Turkish minister said.', ['TUR 138 GRC'], '2020-08-08'],
    ['a comma between an article\'s modifiers of one noun joins them: the loan approved is aid', 'The World Bank approved a five-year, low-interest loan for Malawi on Thursday.', ['IGOUNO 071 MWI'], '2015-04-03'],
    ['rebels who attack a post of armed men fight (19), not terrorise', 'Separatist rebels attacked an army outpost in the Anglophone region of Cameroon.', ['CMR 190 CMR'], '2019-03-01'],
    ['asking someone named for forgiveness apologises to them', 'Belgian King Philippe asked Congolese on Tuesday for forgiveness for colonial-era abuses.', ['BEL 055 COD'], '2022-06-08'],
    ['a pardon is a concession', 'Myanmar\'s junta pardoned jailed Australian economist Sean Turnell on Thursday.', ['MMR 080 AUS'], '2022-11-17'],
    ['prisoners of war handed over are released', 'Ukraine handed over 50 Russian prisoners of war on Saturday.', ['UKR 0841 RUS'], '2023-01-01'],
    ['an island handed over is territory returned', 'Russia handed over the island of Tarabarov to China on Tuesday.', ['RUS 0842 CHN'], '2008-10-14'],
    ['an offer\'s "of" phrase is its content, not its author', 'North Korea rejected a South Korean offer of food aid.', ['PRK 1223 KOR'], '2010-08-22'],
    ['force used on a region is used on the country the sentence names before it', 'Russian missiles struck targets across Ukraine in the biggest attack on a European state in decades.', ['RUS 190 UKR'], '2022-10-10'],
    ['whom a car rammed in is driven into lies past the participle that describes the car', 'A suicide bomber rammed a car packed with explosives into an African Union convoy in Mogadishu.', ['- 1831 IGOAFR'], '2016-09-17'],
    ['a short surname several share still names a person for the date to pick', 'Kim met Putin in Vladivostok on Thursday.', ['PRK 040 RUS'], '2019-04-25'],
    ['what an act no one has taken would take is a supposition, not a statement', 'A military strike on Iran would set back its nuclear programme by only a few years, a senior U.S. official said.', [], '2012-03-02'],
    ['a long name that only shares a surname says nothing of the bearer\'s country', 'Indonesian police questioned Muslim cleric Ustad Abu Rusdan Bashir over the bombings.', ['IDN 091 IDN'], '2002-11-05'],
    ['duties lifted on another\'s goods ease a sanction', 'India lifts duties on Bangladeshi jute', ['IND 081 BGD'], '2023-02-07'],
    ['rescue specialists dispatched are humanitarian aid', 'Japan dispatched a team of rescue specialists to Turkey on Tuesday.', ['JPN 073 TUR'], '2023-02-07'],
    ['whom a suspect is handed to lies past what the suspect is wanted for, commas or not', 'Tanzanian police handed over a Rwandan businessman wanted for genocide to the U.N. tribunal on Friday.', ['TZA 063 IGOUNO'], '2020-06-05'],
    ['a subject that names no one is judged of what the speech\'s "of" phrase names', '"The offensive is ethnic cleansing," the EU envoy said of the army\'s campaign in Darfur.', ['IGOEEC 111 SDN'], '2004-09-11'],
    ['fighters who hand over their own weapons disarm', 'Maoist rebels in Nepal began handing over their weapons to U.N. monitors on Monday.', ['NPL 0873 IGOUNO'], '2007-01-15'],
    ['a state watchdog acts for its state', 'Kenya\'s ombudsman opened an investigation into the police on Friday.', ['KEN 090 KEN'], '2012-09-25'],
    ['Sudan\'s National Congress Party is not India\'s Congress', 'Rioters set fire to the ruling National Congress Party\'s offices in Khartoum.', ['SDN 145 SDN'], '2012-09-25'],
    ['a customs union is no labour union', 'Armenia will join the customs union with Russia.', ['ARM 032 RUS'], '2013-09-03'],
    ["Australia's indigenous people are its civilians", 'Australia apologised to the Aborigines on Wednesday.', ['AUS 055 AUS'], '2008-02-13'],
    ['staple foods handed out are humanitarian aid', 'Italian soldiers handed out flour and powdered milk in Albania on Saturday.', ['ITA 073 ALB'], '1997-04-19'],
    ["a body's leadership is of the sector its words name", "Libya's rebel leadership rejected an African Union peace plan.", ['LBY 127 IGOAFR'], '2011-04-11'],
    ['people held hostage describe the subject of the verb after them', 'Three Israeli women held hostage in Gaza were freed by Hamas on Sunday.', ['- 181 ISR', 'PSE 0841 ISR'], '2023-11-26'],
    ['armed men said to belong to a group act for it', 'Gunmen loyal to Boko Haram abducted 100 schoolgirls.', ['NGA 181 NGA'], '2014-04-15'],
    ["a passive's agent after a place keeps its own participle", 'Schoolgirls were abducted in Chibok by gunmen believed to belong to Boko Haram.', ['NGA 181 NGA'], '2014-04-15'],
    ['a capitalised "Don" before a surname is a given name', 'Commonwealth chief Don McKinnon urged Fiji to free the hostages.', ['IGOCWN 0253 FJI'], '2000-06-08'],
    ['a promise a speaker of no known country reports is the state\'s it names', 'Germany will return looted bronzes to Nigeria next year, the minister said.', ['DEU 035 NGA'], '2022-05-06'],
    ['saying there is no solution is a view, not a denial', 'Orban said there is no alternative to peace talks.', ['HUN 010 -'], '2022-05-06'],
    ['marchers are never marched: no reduced relative', 'Thousands of people marched through Belgrade on Saturday in the largest protest Serbia has seen.', ['SRB 141 SRB'], '2025-03-15'],
    ['websites crippled are a cyber attack, told by no one as its doer', 'Estonian government websites were crippled by cyber attacks, officials in Tallinn said.', ['- 176 EST'], '2007-05-02'],
    ['the signing of a treaty between two states is their agreement', 'The signing of a treaty between Slovakia and Hungary ended years of wrangling.', ['SVK 057 HUN', 'HUN 057 SVK'], '1995-03-19'],
    ['"been rounded up" is a passive verb, and the verb joined to it too', 'Thousands of Eritreans have been rounded up and expelled by the Ethiopian authorities.', ['ETH 173 ERI', 'ETH 201 ERI'], '1998-07-20'],
    ['a constitutional clause repealed is eased', "Kenya's parliament repealed the clause.", ['KEN 081 KEN'], '1991-12-10'],
    ['leaders brought face to face are mediated between', 'Mandela brought Mobutu Sese Seko and Laurent Kabila face to face on Sunday.', ['ZAF 045 COD', 'ZAF 045 COD'], '1997-05-04'],
    ['a thing suspended in the passive is done to whom its "to" names', 'Direct aid to the Palestinian government was suspended by the European Union on Friday.', ['IGOEEC 162 PSE'], '2006-04-07'],
    ['what is awaited "until" a present tense has not happened', 'The EU suspended aid to the Palestinian government until Hamas renounces violence and recognises Israel.', ['IGOEEC 162 PSE'], '2006-04-07'],
    ['committing oneself to an act is an intent to do it', 'Syria has committed itself to pulling all its troops out of Lebanon.', ['SYR 035 LBN'], '2005-03-13'],
    ['leaving an international body reduces relations with it', 'Zimbabwe withdrew from the Commonwealth.', ['ZWE 160 IGOCWN'], '2003-12-08'],
    ['sides that begin a summit meet each other, not its host', 'Israeli Prime Minister Ehud Barak and Palestinian leader Yasser Arafat began a U.S.-hosted summit at Camp David.', ['ISR 040 PSE', 'PSE 040 ISR'], '2000-07-11'],
    ['an appeal to all nations has no target, and what it asks for has not happened', 'Lithuania appealed to all nations on Monday to recognise its independence.', ['LTU 022 -'], '1990-03-12'],
    ['force put on alert in another country is aimed at it', 'The Yugoslav federal army put its units in Slovenia on full combat alert on Tuesday.', ['YUG 152 SVN'], '1991-06-25'],
    ['a joint police operation of two states is cooperation between them', 'South Africa and Mozambique launched a joint police operation on Monday.', ['ZAF 062 MOZ', 'MOZ 062 ZAF'], '1995-03-06'],
    ['a day is no one acted on', 'Mozambique launched an operation on Monday.', [], '1995-03-06'],
    ['a summit told of a promise is its audience, not its target', 'Russia will ship free grain to Burkina Faso, President Vladimir Putin told a Russia-Africa summit on Thursday.', ['RUS 033 BFA'], '2023-07-27'],
    ["a body's official speaking to its own summit addresses no one else", "African Union Commission chairman Moussa Faki Mahamat told the bloc's annual summit on Saturday that coups were undermining development.", ['IGOAFR 010 -'], '2023-02-18'],
    ["a body's vote is the body's act", 'An arms embargo was imposed on Ivory Coast by a unanimous vote of the U.N. Security Council on Monday.', ['IGOUNO 163 CIV'], '2004-11-15'],
    ['a presidential guard is military', "Niger's presidential guard detained President Mohamed Bazoum.", ['NER 173 NER'], '2023-07-26'],
    ['health workers sent are humanitarian aid', 'Cuba to send 165 health workers to Sierra Leone to fight Ebola', ['CUB 033 SLE'], '2014-10-10'],
    ["a target's apposition stands between it and the pattern's next words", 'A Guatemalan court found Jose Ruben Zamora, founder of the newspaper El Periodico, guilty of money laundering.', ['GTM 116 GTM'], '2023-06-14'],
    ['convictions upheld are a sentence passed', 'A Bahraini appeals court upheld the convictions of 13 opposition leaders.', ['BHR 116 BHR'], '2012-01-10'],
    ["a dateline's capital is its place", 'DAMASCUS, Aug 28 (Reuters) - U.N. chemical weapons inspectors collected samples in the eastern suburbs of the capital on Wednesday.', ['IGOOCW 090 SYR'], '2013-08-28'],
    ['"this town" in a datelined story is the dateline\'s place', 'BAIDOA, Somalia, Sept 18 (Reuters) - The World Food Programme flew 30 tonnes of sorghum into this famine-stricken town on Friday.', ['IGOUNO 073 SOM'], '1992-09-18'],
    ["rebels loyal to a leader are of the leader's country", 'MONROVIA, Oct 24 - Troops of ECOMOG fought rebels loyal to Charles Taylor for control of the port on Wednesday, diplomats in neighbouring Freetown said.', ['IGOWAS 190 LBR'], '1992-10-24'],
    ['an act begun in the future is intended', 'The rebels will start handing over their weapons to NATO troops on Monday.', ['- 035 IGOWST'], '2001-08-24'],
    ['fighters who hand over their first weapons disarm', 'Ethnic Albanian guerrillas in Macedonia handed over their first weapons to NATO troops on Monday.', ['MKD 0873 IGOWST'], '2001-08-27'],
    ['a past form read as an adjective before its object, with a verb joined after it, is the verb', 'Rioters looted supermarkets and fought police in Buenos Aires.', ['ARG 145 ARG'], '2001-12-19'],
    ['"suspected" before a noun describes it', 'Mexico extradited reputed Gulf cartel leader Osiel Cardenas and 14 other suspected drug traffickers to the United States on Friday.', ['MEX 063 USA'], '2007-01-20'],
    ['two nationalities share the noun after them', 'Bolivia summoned the French and Spanish ambassadors on Wednesday.', ['BOL 114 FRA', 'BOL 114 ESP'], '2013-07-03'],
    ['refugees who arrive visit no one', 'Syrian refugees arrived in Greece.', [], '2015-08-21'],
    ['a name whose hyphened first word the tokenizer keeps whole is found', 'The Inter-American Court of Human Rights criticised Nicaragua.', ['IGOOAS 111 NIC'], '2018-05-17'],
    ['force massed at a place at home is shown at home', 'Iraq has massed troops near the Kurdish-held city of Arbil, U.S. officials said.', ['IRQ 154 IRQ'], '1996-09-06'],
    ['force moved to a place near a border a demonym names faces that country', 'Russia has moved tens of thousands of troops into Belarus near the Ukrainian border, Western officials said on Friday.', ['RUS 154 UKR'], '2022-01-21'],
    ['force moved to a place at home faces the other country named after it', 'India has rushed extra troops to Ladakh after a deadly clash with Chinese soldiers, government officials said.', ['IND 154 CHN'], '2020-06-20'],
    ["a speaker put after the verb is what the apposition closing the sentence says", "'The pandemic will push millions into poverty,' said Ferid Belhaj, the World Bank's vice president for the region.", ['IGOUNO 010 -'], '2020-06-03'],
    ['firefighters sent are humanitarian aid', 'Malaysia will send 1,200 firefighters to Indonesia, the government said.', ['MYS 033 IDN'], '1997-09-20'],
    ['peacekeepers a body backs, let into a country, are the body\'s', 'Indonesian President B.J. Habibie agreed on Sunday to allow U.N.-backed peacekeepers into East Timor.', ['IDN 0861 IGOUNO'], '1999-09-12'],
    ['what "it" does in a sentence a disaster opens is no act', 'A powerful earthquake and the tidal waves it set off killed more than 1,000 people on the island of Flores, officials said on Sunday.', [], '1992-12-13'],
    ['what a war no one has fought could do is a supposition', 'A nuclear war between India and Pakistan could kill as many as 125 million people, U.S. researchers said.', [], '2019-10-02'],
    ['a name hyphened to "organised" names no side', "Thai Foreign Minister Prasong Soonsiri said he was optimistic that Cambodia's U.N.-organised election would be held on schedule.", ['THA 013 KHM'], '1993-03-10'],
    ['force used in the passive on a thing in a place is used on its country', 'Suspected militant training camps in eastern Afghanistan were struck by U.S. cruise missiles on Thursday.', ['USA 190 AFG'], '1998-08-20'],
    ["a passive act done on someone's orders is theirs", "Five leaders of the rights group Hindraf were detained without trial on the orders of Prime Minister Abdullah Ahmad Badawi.", ['MYS 173 MYS'], '2007-12-13'],
    ['a parliament dissolved is no sanction', 'The king dissolved parliament on Monday.', [], '2010-08-02'],
    ['"the military" after an article is the body', 'Aung San Suu Kyi was detained by the military on Monday.', ['MMR 173 MMR'], '2021-02-01'],
    ['a month is no march', 'Karki held elections in March.', [], '2025-09-14'],
    ['"or more" belongs to the number before it', 'Indonesia was ready to send 20,000 or more troops to Gaza.', ['IDN 0334 PSE'], '2025-09-23'],
    ["a state's agents of no named country whom another condemns are of the other country named", "Venezuelan President Hugo Chavez condemned the military's overthrow of Honduran President Manuel Zelaya.", ['VEN 111 HND'], '2009-06-29'],
    ["GeoNames' Okap is Cap-Haitien", 'Haitian rebels captured Cap-Haitien on Sunday.', ['HTI 192 HTI'], '2004-02-22'],
    ['a plant built with another state is economic cooperation', 'China built a railway with Laos.', ['CHN 061 LAO'], '2021-12-03'],
    ['a warning gerund after a comma before a name is the verb', 'Yilmaz spoke to parliament on Thursday, warning Syria.', ['TUR 130 SYR'], '1998-10-01'],
    ['a text rejected is rejected to whoever drafted it', 'Russia vetoed a Malaysian-drafted U.N. Security Council resolution on Wednesday.', ['RUS 129 MYS'], '2015-07-29'],
    ['samples taken are an inquiry', "Inspectors from the International Atomic Energy Agency took environmental samples at Iran's enrichment plant at Natanz.", ['IGOUNO 090 IRN'], '2003-06-21'],
    ['an ambassador sent restores diplomatic ties', 'The United Arab Emirates will send an ambassador to Baghdad within weeks.', ['ARE 032 IRQ'], '2008-06-05'],
    ['a surname before "tribunal" names the place the tribunal sits in, and a court\'s ruling is the court\'s', 'Serbia condemns Hague tribunal ruling', ['SRB 111 IGOJUD'], '2012-11-17'],
    ["a statement to one's own group's news conference has no target", "Taliban spokesman Zabihullah Mujahid told the group's first news conference in Kabul on Tuesday that the war was over.", ['AFG 010 -'], '2021-08-17'],
    ['a summit two surnames name, which opens, is a meeting between them', 'Barak-Arafat summit opens at Camp David', ['ISR 040 PSE', 'PSE 040 ISR'], '2000-07-11'],
    ['a plural read as a verb before a past form read as a noun', 'Suspected Boko Haram fighters abducted about 30 passengers from a bus.', ['NGA 181 NGA'], '2015-06-23'],
    ['a presidential commission acts for its state', 'A presidential commission questioned former Sri Lankan President Maithripala Sirisena for several hours on Monday.', ['LKA 091 LKA'], '2022-05-09'],
    ["a fault admitted in a clause is acknowledged, not aimed at one's own government", 'Rajapaksa admitted that his government had made mistakes.', ['LKA 015 -'], '2022-05-09'],
    ['helicopters handed to a state are military aid', "The United States handed another batch of Huey helicopters to Colombia's anti-narcotics police on Thursday.", ['USA 072 COL'], '2001-07-12'],
    ['an avenue blocked is obstructed', "Demonstrators blocked Tbilisi's main avenue on Tuesday.", ['GEO 144 GEO'], '2024-05-14'],
    ['a plural read as a verb before a known verb read as an adjective', 'De Klerk and ANC leaders open first formal talks in Cape Town', ['ZAF 046 ZAF', 'ZAF 046 ZAF'], '1990-05-02'],
    ["an international body's members act for it", "NATO's 29 members signed an accession protocol with North Macedonia.", ['IGOWST 057 MKD'], '2019-02-06'],
    ['a gift from a state that arrives is its aid', 'A gift of two million doses of Covishield vaccine from India arrived in Dhaka on Thursday.', ['IND 073 BGD'], '2021-01-21'],
    ['a region a statement speaks of is no target', "Uzbekistan's acting President Shavkat Mirziyoyev said that foreign policy rested on good relations with its Central Asian neighbours.", ['UZB 010 -'], '2016-09-08'],
    ['what officials fear has happened is no event', 'A cyclone slammed into Bangladesh, and officials fear thousands of people have been killed.', [], '1991-04-30'],
    ['"here" in a datelined story is where one arrives', 'PYONGYANG, June 13 (Reuters) - South Korean President Kim Dae-jung arrived here on Tuesday.', ['KOR 042 PRK'], '2000-06-13'],
    ['an embassy reopened "here" is in the dateline\'s country', 'WASHINGTON, July 20 (Reuters) - Cuba formally reopened its embassy here on Monday.', ['CUB 054 USA'], '2015-07-20'],
    ['"here" is no target of sides that sign there', "PARIS, Oct 23 (Reuters) - Cambodia's four warring factions signed a comprehensive peace settlement here on Wednesday.", ['KHM 057 KHM'], '1991-10-23'],
    ['fighting between two sides that does anything is their fight', "KHARTOUM, April 15 (Reuters) - Heavy fighting between Sudan's army and the paramilitary Rapid Support Forces shook the capital on Saturday.", ['SDN 190 SDN', 'SDN 190 SDN'], '2023-04-15'],
    ['an air base opened in another state is military cooperation', 'Russia opened an air base in Kyrgyzstan on Thursday.', ['RUS 062 KGZ'], '2003-10-23'],
    ['someone summoned for questioning is investigated', 'Georgian prosecutors summoned former President Mikheil Saakashvili for questioning on Friday.', ['GEO 091 GEO'], '2014-03-21'],
    ['crude oil shipped to a state is economic cooperation', 'Venezuela began shipping crude oil to Cuba on Friday.', ['VEN 061 CUB'], '2000-11-03'],
    ["a nationality before the head wins over the body in its \"of\" phrase", 'The first Australian troops of a U.N.-mandated peacekeeping force landed in East Timor on Monday.', ['AUS 074 TLS'], '1999-09-20'],
    ['the U.N. General Assembly a statement is made to is its audience', '"Climate change is a daily reality," Fijian Prime Minister Frank Bainimarama told the U.N. General Assembly on Friday.', ['FJI 010 -'], '2019-09-27'],
    ["aid workers a body's name precedes are the body's", "Myanmar's junta let the first United Nations relief workers into the delta on Monday.", ['MMR 086 IGOUNO'], '2008-05-26'],
    ['stepping across a border for a summit with someone visits them', "Kim Jong Un steps across border for summit with South Korea's Moon", ['PRK 042 KOR'], '2018-04-27'],
    ['a summit a place name modifies is still what the journey is for', 'Vajpayee rides bus across border for Lahore summit with Sharif', ['IND 042 PAK'], '1999-02-20'],
    ['troops pulled from a country are withdrawn', 'Biden to pull all U.S. troops from Afghanistan by Sept. 11', ['USA 035 AFG'], '2021-04-13'],
    ['a country paralysed with a general strike is struck', 'Opposition parties paralysed Bangladesh with a general strike on Sunday.', ['BGD 143 BGD'], '1996-03-03'],
    ['taken into custody in the passive is an arrest', 'Maulana Masood Azhar was taken into custody by Pakistani police in Bahawalpur on Saturday.', ['PAK 173 PAK'], '2001-12-29'],
    ['two sides that halt their firing de-escalate towards each other', 'India and Pakistan halted all firing and military action on Saturday, Indian Foreign Secretary Vikram Misri said.', ['IND 087 PAK', 'PAK 087 IND'], '2025-05-10'],
    ['things smashed are destroyed; a record smashed is sport', 'Ethiopia\'s Gebrselassie smashes world 10,000 metres record in Hengelo', [], '1998-06-01'],
    ['a short word in capitals is an acronym, not a surname', "Kenya's ruling KANU party voted on Tuesday to scrap the constitutional clause.", ['KEN 081 KEN'], '1991-12-03'],
    ['a span of this week is no deadline given', 'The World Food Programme began distributing emergency food rations this week to people in southern Madagascar.', ['IGOUNO 073 MDG'], '2021-06-01'],
    ['one week given to act is an ultimatum', "ECOWAS gave Niger's junta one week on Sunday to reinstate President Mohamed Bazoum or face possible military action.", ['IGOWAS 139 NER'], '2023-07-30'],
    ["a promise about one's own troops is made to the country they are in", 'Russian Defence Minister Pavel Grachev promised on Tuesday that the last Russian troops would leave Lithuania by the end of August next year.', ['RUS 030 LTU'], '1993-08-31'],
    ['a person named by an adjective, before a particle, is a noun', 'Sudan handed a wanted militant over to Egypt on Sunday.', ['SDN 063 EGY'], '1994-08-15'],
    ['an adjective that is also a verb, after a plural subject, is a headline verb', 'Kurdish rebels free two Turkish soldiers', ['TUR 0841 TUR'], '1995-06-18'],
    ['a plural that names armed men after a nationality is a noun, though it is a verb too', 'Serb forces free Dutch peacekeepers', ['YUG 0841 NLD'], '1995-06-18'],
    ["a target's place may stand between it and the pattern's next words", 'Yeltsin gave the rebels in Chechnya 48 hours to surrender.', ['RUS 139 RUS'], '1994-12-10'],
    ['force on things in a place the pattern reads past is done to the place', 'India struck nine sites in Pakistan with missiles.', ['IND 195 PAK'], '2025-05-07'],
    ['"lay" before "down" and an object lays it (not the past of "lie")', 'Colombian rebels agreed to lay down their arms.', ['COL 035 COL'], '2016-09-01'],
    ['an Ethiopian leader is named by his given name', 'Abiy gives Tigray leaders 72 hours to surrender', ['ETH 139 ETH'], '2020-11-22'],
    ['imports banned from a country are an embargo on it', 'Japan bans oil imports from Iraq', ['JPN 163 IRQ'], '1990-08-06'],
    ['a known verb after an infinitive\'s "to" is a verb; fire ceased is de-escalation', 'Salinas ordered the army to cease fire in Chiapas.', ['MEX 087 MEX'], '1994-01-12'],
    ['a passive pattern that names both sides codes them', 'Abu Salem was extradited to India from Portugal on Friday.', ['PRT 063 IND'], '2005-11-11'],
    ['joint operations begun are military cooperation', 'Colombia and Ecuador began joint military operations along their border.', ['COL 062 ECU', 'ECU 062 COL'], '2010-01-01'],
    ['joint operations begun against someone are force, and cooperation between the partners', 'Colombia and Ecuador began joint military operations against FARC rebels.', ['COL 190 COL', 'ECU 190 COL', 'COL 062 ECU', 'ECU 062 COL'], '2010-01-01'],
    ['taking part in war games alongside another is military cooperation', 'Chinese soldiers took part alongside Russian forces in the war games.', ['CHN 062 RUS'], '2018-09-13'],
    ['"or more of" after a number is part of it', 'Indonesia said it was ready to send 20,000 or more of its troops to Gaza.', ['IDN 0334 PSE'], '2025-09-23'],
    ["a first-person quote of the speaker's view is about the other country it names", '"We found the Indian side positive and constructive," a Pakistani Foreign Office spokeswoman told reporters.', ['PAK 010 IND'], '2007-04-06'],
    ['a place of several capitalised words is one name, though the tagger reads a verb in it', 'Khmer Rouge guerrillas attacked Siem Reap with mortars on Monday.', ['KHM 194 KHM'], '1993-05-03'],
    ["a country's commissioner is its government's", "Sudan's humanitarian affairs commissioner demanded on Sunday that Oxfam stop its work in Darfur.", ['SDN 1056 NGODEV'], '2004-11-28'],
    ['no intention of doing something, quoted, is a denial', '"We have no intention of pulling our troops out of Somalia," a Kenyan military spokesman said on Sunday.', [], '2012-01-01'],
    ['"visiting" after a verb, before a title, describes the visitor; a promise done at home is made to whom it is told', 'Manmohan Singh told visiting Pakistani President Pervez Musharraf on Sunday that India would open more crossing points in Kashmir.', ['IND 035 PAK'], '2005-04-17'],
    ['meeting a visitor is a meeting, not a visit by the host', 'Manmohan Singh met visiting Pakistani President Pervez Musharraf on Sunday.', ['IND 040 PAK'], '2005-04-17'],
    ['"his country" after "X told Y" is the teller\'s', 'Nazarbayev told Gore on Monday that his country would free all political prisoners.', ['KAZ 035 USA'], '1993-12-13'],
    ["a headline's lone form of putting out, before \"from\", is passive", 'Zimbabwe suspended from Commonwealth for a year after disputed vote', ['IGOCWN 160 ZWE'], '2002-03-19'],
    ['sites opened to inspectors let them in', 'Iraq opened the gates of a presidential palace to U.N. weapons inspectors on Thursday.', ['IRQ 0862 IGOUNO'], '1998-03-26'],
    ['one who blows himself up is a suicide bomber', 'A suicide bomber from al Shabaab blew himself up at the gate of the main U.N. compound in Mogadishu on Wednesday.', ['SOM 1831 IGOUNO'], '2011-06-16'],
    ['a tone struck is a remark made, to whom it is struck towards', 'Putin struck a conciliatory tone towards Ukraine.', ['RUS 010 UKR'], '2005-06-05'],
    ['a span of time and its "of" is stepped over, with an adverb among its modifiers', "Venezuela's armed forces began two days of nationwide military exercises on Saturday.", ['VEN 150 -'], '2017-08-26'],
    ['a view of the troubles around a place is about its country', 'The U.N. envoy said he was deeply alarmed by the escalation of fighting around the city of Marib.', ['IGOUNO 010 YEM'], '2021-02-17'],
    ["a quote of one's own country's view is about the other country it names", '"Mexico shares the grief of the Honduran people," President Ernesto Zedillo said on Sunday.', ['MEX 010 HND'], '1998-11-03'],
    ["premises of no one named that a state's police raid are at home", 'Nicaraguan police raided the offices of the news website Confidencial overnight.', ['NIC 170 NIC'], '2018-12-14'],
    ["an electoral council of no country named is the speaker's state's", 'Venezuelan opposition leader Henrique Capriles called on the National Electoral Council on Monday to recount every vote.', ['VEN 020 VEN'], '2013-04-15'],
    ['a sum in euros and its "in" is stepped over to the aid it buys', 'The European Union approved 25 million euros in emergency food aid for Malawi on Thursday.', ['IGOEEC 073 MWI'], '2002-07-11'],
    ['power handed back is yielded', "Burkina Faso's coup leaders handed power back to interim President Michel Kafando on Wednesday.", ['BFA 0831 BFA'], '2015-09-23'],
    ['transport services launched together are economic cooperation', 'Ethiopia and Djibouti launched freight and passenger services on the new railway.', ['ETH 061 DJI', 'DJI 061 ETH'], '2018-01-01'],
    ['columns of tanks are their army\'s', 'Columns of Yugoslav army tanks rolled out of Kosovo on Thursday.', ['YUG 0874 YUG'], '1999-06-10'],
    ['anyone sent to a court is handed to justice', 'Bosnian Serb authorities transferred camp commander Savo Todovic to the U.N. war crimes tribunal in The Hague.', ['BIH 063 IGOUNO'], '2005-03-05'],
    ["a non-governmental body's own people are its, not its seat's", 'Human Rights Watch said on Wednesday that its researchers were investigating abuses in Georgia.', ['NGOHRI 092 GEO'], '2008-08-27'],
    ['a Kosovo Albanian leader before Kosovo had institutions is of Yugoslavia', 'Kosovo Albanian leader Ibrahim Rugova called on NATO on Wednesday to send troops.', ['YUG 020 IGOWST'], '1998-03-11'],
    ['a place in what is promised is no venue of the promise', 'Chinese President Hu Jintao promised on Tuesday that China would invest $20 billion in Argentina over the next decade.', ['CHN 030 ARG'], '2004-11-16'],
    ["a state's word on its war against its own rebels is about its country", 'Sri Lankan army chief Sarath Fonseka said on Sunday that the war against the Tamil Tigers had entered its final phase.', ['LKA 010 LKA'], '2009-05-17'],
    ['surveillance ships sent to disputed waters are a show of force', 'China sent two marine surveillance ships to waters near the disputed Senkaku Islands.', ['CHN 154 -'], '2012-09-11'],
    ['field work begun by an inquiry team is an investigation', 'WHO team begins Wuhan field work in probe of virus origins', ['IGOUNO 090 CHN'], '2021-01-29'],
    ['what an explosion strikes is bombed', 'A car bomb hit the U.S. embassy in Nairobi.', ['- 1832 USA'], '1998-08-07'],
    ["an intent for one's own troops somewhere is aimed at where they are, no venue", 'The United Arab Emirates intends to draw down most of its troops in Yemen over the coming months.', ['ARE 035 YEM'], '2019-07-08'],
    ['a call-up of reservists ordered mobilises the forces', "Israel's cabinet ordered the call-up of 20,000 reservists on Friday.", ['ISR 154 -'], '2002-04-05'],
    ['what there is said to be no evidence of is no act', 'Japanese Prime Minister Shinzo Abe said on Thursday there was no evidence that the military had coerced women into sexual slavery.', [], '2007-03-01'],
    ['what arms from the air destroy is struck by them', 'Israeli warplanes destroyed a building in Gaza.', ['ISR 195 PSE'], '2014-07-20'],
    ['signatures put to an accord sign it', 'Santos and FARC commander Rodrigo Londono put their signatures to a peace accord on Monday.', ['COL 057 COL', 'COL 057 COL'], '2016-09-26'],
    ['whoever comes under attack from someone is attacked by them', 'A convoy came under attack from Baloch separatist gunmen in the Pakistani port of Gwadar on Sunday.', ['PAK 180 PAK'], '2017-06-25'],
    ['a target\'s "of" phrase gives way to a pattern\'s own "of"', 'Nicaragua stripped opposition leaders of their citizenship.', ['NIC 172 NIC'], '2023-02-15'],
    ['intelligence sharing resumed is security cooperation', 'Indonesia resumed intelligence sharing with Australia on Thursday.', ['IDN 064 AUS'], '2014-05-22'],
    ['an -s word after a name in an "if" clause is its verb', 'Beijing will take strong measures if U.S. House Speaker Nancy Pelosi visits Taiwan, Foreign Ministry spokesman Zhao Lijian warned.', ['CHN 130 USA'], '2022-08-01'],
    ['an unknown full name is of no country its surname\'s bearers share when the sentence names another first', 'Bahraini authorities released opposition leader Ibrahim Sharif from prison on Friday.', ['BHR 0841 BHR'], '2011-06-17'],
    ['a denied role in an act denies the act the sentence tells', 'Tehran on Tuesday flatly denied any role in the truck bombing that killed 19 American airmen.', [], '1996-07-02'],
    ["a person a body's possessive titles acts for the body", "The situation in Albania remains extremely fragile, the OSCE's special envoy Franz Vranitzky said on Tuesday.", ['IGOSCE 010 ALB'], '1997-04-01'],
    ["warplanes let operate from one's soil are military cooperation", 'Iran has allowed Russian long-range bombers to operate from its Hamadan air base.', ['IRN 062 RUS'], '2016-08-16'],
    ['a cargo of crude taken delivery of is trade with its seller', 'Pakistan took delivery of its first cargo of discounted Russian crude oil at Karachi port on Sunday.', ['PAK 061 RUS'], '2023-04-16'],
    ["a handover told as the subject is made to whom its \"to\" phrase names", "Cameroon's handover of Theoneste Bagosora to the U.N. war crimes tribunal ended months of legal wrangling.", ['CMR 063 IGOUNO'], '2001-08-09'],
    ['an extradition "by" one state goes "to" the other', 'The extradition of Joaquin Guzman by Mexico to the United States on Thursday ended his long legal fight.', ['MEX 063 USA'], '2017-01-19'],
    ['an act told as the subject, by someone to someone, is theirs', 'A visit by Eritrean President Isaias Afwerki to Addis Ababa on Saturday sealed the rapid thaw between the two former enemies.', ['ERI 042 ETH'], '2018-07-14'],
    ['an attack by some on others that opens the sentence is theirs', 'An attack by Rwandan rebels on Congolese troops left ten dead.', ['RWA 190 COD'], '2018-07-14'],
    ['an act by someone told as only possible is none', 'A visit by Indian Prime Minister Narendra Modi to Dhaka could take place early next year.', [], '2018-07-14'],
    ["forces' arrival told as the subject brings protection, as the verb's rules code it", 'The arrival of Nigerian troops in Monrovia drew cheering crowds.', ['NGA 074 LBR'], '2003-08-04'],
    ["a country's coup leader is its government", "Thailand's coup leader promised on Wednesday to hand power to a civilian prime minister.", ['THA 035 THA'], '2006-09-20'],
    ['"as many as" before a number is stepped over', 'Iraq has moved as many as 20,000 troops to the Kuwaiti border.', ['IRQ 154 KWT'], '1994-10-07'],
    ["a headline's subject may name its allegiance", 'Tanks loyal to Yeltsin shell Russian parliament building', ['RUS 194 RUS'], '1993-10-04'],
    ['a part of others joined to the target is stepped over', "Gunmen took Prime Minister Mahendra Chaudhry and much of his cabinet hostage inside Fiji's parliament on Friday.", ['- 181 FJI'], '2000-05-19'],
    ['a sanction eased is aimed at whom it was on, through what it was on', 'President Barack Obama lifted the decades-old U.S. ban on arms sales to Vietnam on Monday.', ['USA 081 VNM'], '2016-05-23'],
    ['aid agencies expelled from a region are the target, not the region', 'Sudan expelled foreign aid agencies from Darfur.', ['SDN 1663 NGO'], '2009-03-05'],
    ['a rise and its "in" is stepped over to what rises', 'The International Monetary Fund approved an $8 billion increase in its loan package for Argentina on Friday.', ['IGOIMF 071 ARG'], '2001-09-07'],
    ["a standby force's activation ordered mobilises it", 'ECOWAS orders activation of standby force for possible deployment in Niger', ['IGOWAS 154 NER'], '2023-08-10'],
    ['a leader named by his first name alone', 'Mandela brings Mobutu and Kabila together aboard South African navy ship', ['ZAF 045 COD'], '1997-05-04'],
    ["an opposition's delegation is the opposition's, of the country its partner names", 'Tajik government and Islamic opposition delegations opened a third round of peace talks in Islamabad on Thursday.', ['TJK 046 TJK', 'TJK 046 TJK'], '1995-05-18'],
    ['condemning an act is aimed at whom its relative clause names', 'The African Union on Friday condemned the military coup that toppled Malian President Amadou Toumani Toure.', ['IGOAFR 111 MLI'], '2012-03-23'],
    ["a past form after a people's plural name, before its object, is the verb", 'Thousands of Argentines looted supermarkets and rioted in Buenos Aires on Wednesday.', ['ARG 171 ARG', 'ARG 145 ARG'], '2001-12-19'],
    ['a participle of readiness after "remain" carries intent', 'Kenya remains committed to sending 1,000 police officers to Haiti.', ['KEN 0334 HTI'], '2023-10-06'],
    ['sanctions whose lifting is ordered are eased', 'Trump said on Tuesday he would order the lifting of all sanctions on Syria.', ['USA 035 SYR'], '2025-05-13'],
    ['a Chinese leader named by his family name alone; what two sides meet about is no side', 'Obama and Hu hold talks in Beijing on trade, climate and Iran', ['USA 046 CHN', 'CHN 046 USA'], '2009-11-17'],
    ['nuclear material handed over is material cooperation, no disarmament', 'Kazakhstan has handed over about 600 kg of weapons-grade uranium to the United States for safekeeping.', ['KAZ 060 USA'], '1994-11-23'],
    ['rioters who sack a place riot', "Cambodian rioters sack Thai embassy in Phnom Penh over actress's reported remarks", ['KHM 145 THA'], '2003-01-29'],
    ['"visiting" after a verb that does not host the visitor is the visit', 'Obama considered visiting Cuba.', ['USA 014 CUB', 'USA 042 CUB'], '2015-01-01'],
    ['an adjective of people joined to another modifier stays an adjective', 'The civilian and military leaders of Thailand met Chinese envoys.', ['THA 040 CHN'], '2014-06-01'],
    ["a country's plural name before a compound is no people's plural", 'Philippines armed forces attacked rebels.', ['PHL 190 PHL'], '2014-06-01'],
    ['"lay" before an adjective is the past of "lie"', 'The bodies lay dead in the street.', [], '2014-06-01'],
    ['talks resumed in a place: the place is a venue', 'UNITA promised to resume talks in Lusaka.', ['AGO 036 AGO'], '1994-11-01'],
    ['a long name told counts as one word before "that"', 'Uzbek President Islam Karimov told visiting South Korean Prime Minister Lee Hae-chan on Tuesday that Uzbekistan would buy Korean aircraft.', ['UZB 031 KOR'], '2005-05-10'],
    ['a state named before an act\'s noun is its doer', 'The German airlift of medicine to Sarajevo resumed on Friday.', ['DEU 073 BIH'], '1993-04-10'],
    ['a state named before an act\'s noun: its troops are its own', 'The Russian withdrawal of troops from Moldova ended on Monday.', ['RUS 0874 MDA'], '2002-04-10'],
    ['a state named before an act\'s noun: only an act told as done', 'A Turkish blockade of Armenia would cut the country off from fuel supplies.', [], '1993-04-10'],
    ['the centre or heart of a city is in its country', 'Ethiopian jets bombed the centre of Asmara on Friday.', ['ETH 195 ERI'], '1998-06-06'],
    ['pressing ahead or on with something is no demand', 'Serbia pressed ahead with its offensive in Kosovo.', [], '1998-06-06'],
    ['a plan about one\'s own land rejected is aimed at whose plan it is', 'Syria rejects Arab League envoys\' Damascus peace plan', ['SYR 127 IGOARL'], '2012-02-06'],
    ['a mediator titled by an international body acts for it', 'Chief AU mediator Thabo Mbeki appealed to Ivorian rebels on Monday to disarm.', ['IGOAFR 020 CIV'], '2004-01-10'],
    ['a phrasal verb\'s first word after a plural subject is the headline\'s verb', 'Sri Lankan Tamils vote down the peace plan', ['LKA 120 LKA'], '2004-01-10'],
    ['an -s verb after a name in a headline with no verb before it', 'Zambia\'s new president Chiluba bans public rallies', ['ZMB 1721 ZMB'], '1991-12-01'],
    ['a quantity\'s words after "of" do not hide the act\'s noun', 'The arrival of more than 2,000 French troops in Kigali on Friday marked the start of a mission.', ['FRA 074 RWA'], '1994-03-01'],
    ['an arrival\'s list of forces: the place after the last of them', 'The arrival of French troops and gendarmes in Kigali marked the start of the mission.', ['FRA 074 RWA', 'FRA 074 RWA'], '1994-03-01'],
    ['troops whose departure from a country is told withdraw from it', 'The departure of the last Russian troops from Estonia on Wednesday ended half a century of occupation.', ['RUS 0874 EST'], '1994-08-31'],
    ['the first of a force is of it', 'The first of about 500 Nigerian troops landed in Monrovia on Monday.', ['NGA 074 LBR'], '2003-08-04'],
    ['a "by" phrase before an act\'s "of" names its doer', 'The release by Syria of 50 Lebanese detainees ended years of uncertainty.', ['SYR 0841 LBN'], '2000-06-01'],
    ['an "of" after an act\'s place and day is the act\'s', 'The signing in Cairo on Monday of a trade accord between Egypt and Jordan opens a free-trade zone.', ['EGY 057 JOR', 'JOR 057 EGY'], '2000-06-01'],
    ['a country\'s name in "-sh" is no demonym\'s plural in a headline', 'Bangladesh lifts curfew in Dhaka', ['BGD 0813 BGD'], '2008-12-17'],
    ['a surname\'s particle after a possessive is part of the name', 'Brazil\'s da Silva meets Chavez', ['BRA 040 VEN'], '2005-06-01'],
    ['a speaker who says an act will not go unanswered threatens its doer', '"Any Saudi aggression against Iran will not go unanswered," an Iranian military spokesman said.', ['IRN 130 SAU'], '2015-06-01'],
    ['"the Zionist enemy" is Israel in its enemies\' words', 'Hezbollah said the Zionist enemy would pay dearly.', ['LBN 130 ISR'], '2006-07-20'],
    ['a quote\'s "it" is the name the quote gave before it', '"If Turkey sends troops into Syria, it will pay a heavy price," the Syrian foreign minister said.', ['SYR 130 TUR'], '2015-06-01'],
    ['a representative recalled from a body is a recall of envoys', 'Moscow recalled its chief military representative from NATO headquarters in Brussels on Wednesday.', ['RUS 161 IGOWST'], '1999-03-25'],
    ['an -ing relative\'s object with a possessive does not hide the subject', 'Kenyan protesters seeking the president\'s resignation blocked Nairobi\'s main highway on Monday.', ['KEN 144 KEN'], '2011-02-01'],
    ['a past form after a plural subject that opens the sentence is its verb', 'French protesters ransacked government offices in Paris on Saturday.', ['FRA 145 FRA'], '2011-02-01'],
    ['a crowd that fills a place to demand protests', 'Thousands of Tunisian protesters filled the capital\'s main avenue on Friday to demand the president\'s resignation.', ['TUN 141 TUN', 'TUN 1411 TUN'], '2011-01-14'],
    ['a state\'s own body that ends in an international body\'s name is the state\'s', 'Nigeria\'s National Security Council banned the protests.', ['NGA 1721 NGA'], '2015-06-01'],
    ['a body that shares its name with another state\'s is the possessor\'s', 'Kenya\'s National Intelligence Service passed details of the plot to Somali security agencies.', ['KEN 064 SOM'], '2015-06-01'],
    ['a known surname that runs on into a hyphened given name is someone else', 'South Korean Foreign Minister Hong Soon-young met his Japanese counterpart Masahiko Koumura in Singapore on Sunday.', ['KOR 040 JPN'], '1998-08-30'],
    ['transport links two sides restore between their own cities are theirs with each other', 'Laos and Thailand restored rail services between Vientiane and Bangkok on Monday.', ['LAO 061 THA', 'THA 061 LAO'], '2001-01-10'],
    ['an act\'s "by" phrase after the last of its "of" list', 'The release of 20 Indian fishermen and three sailors by Pakistan ended the standoff.', ['PAK 0841 IND', 'PAK 0841 -'], '2001-01-10'],
    ['police of no named country who arrest someone in a nominal act are of their country', 'The arrest of Zambian opposition leader Hakainde Hichilema by police on Tuesday sparked protests.', ['ZMB 173 ZMB'], '2017-04-11'],
    ['an owner\'s withdrawal from a place is coded by the verb\'s pattern', 'Syria\'s withdrawal from its positions in Lebanon was completed on Tuesday.', ['SYR 0874 LBN'], '2005-04-26'],
    ['the alliance Russia leads is the CSTO', 'Armenia asks Russian-led alliance to send peacekeepers', ['ARM 020 IGOCST'], '2022-09-14'],
    ['a headline\'s comma list may stand before an adverb and its verb', 'Chile, Peru formally sign border accord', ['CHL 057 PER', 'PER 057 CHL'], '2000-01-10'],
    ['what one is going to do is an intent', '"We are going to open an embassy in Ramallah," the Paraguayan foreign minister said.', ['PRY 032 PSE'], '2020-01-10'],
    ['a plural of what is asked after a name is an object, not a verb', 'Israel rejected Egyptian calls for a truce.', ['ISR 120 EGY'], '2014-07-15'],
    ['an audit of someone\'s election examines it', 'The IMF began a review of Argentina\'s economic program.', ['IGOIMF 090 ARG'], '2003-06-01'],
    ['the UN aviation agency is an international body', 'The International Civil Aviation Organization opened an investigation into Cuba\'s downing of two planes.', ['IGOUNO 090 CUB'], '1996-02-28'],
    ['a diplomat declared persona non grata in the passive is expelled by the agent', 'Two Russian diplomats were declared persona non grata by Estonia on Monday.', ['EST 161 RUS'], '2014-09-10'],
    ['land handed to another is yielded', 'Nigeria formally handed the disputed Bakassi peninsula to Cameroon on Monday.', ['NGA 0842 CMR'], '2008-08-14'],
    ['sanctions widened are sanctions imposed', 'President George W. Bush on Friday widened U.S. financial sanctions on Zimbabwe.', ['USA 163 ZWE'], '2005-11-22'],
    ['weapons handed in are given up', 'The first group of Renamo fighters handed in their weapons in central Mozambique on Monday.', ['MOZ 0873 MOZ'], '2019-07-29'],
    ['internet restored eases a restriction; a language named before "-speaking" is no one', 'Cameroon restores internet to English-speaking regions after three-month shutdown', ['CMR 081 CMR'], '2017-04-20'],
    ['agents a state\'s speaker of their own kind tells of are that state\'s', 'Pakistan\'s military spokesman said on Tuesday that the armed forces had been put on high alert along the frontier with India.', ['PAK 152 IND'], '2019-02-26'],
    ['rioters who set buildings ablaze riot', 'Rioters set buildings ablaze in Honiara on Wednesday.', ['SLB 145 SLB'], '2006-04-19'],
    ['an embargo on trade with a country one orders is an embargo on it', 'Clinton ordered an embargo on trade with Iran.', ['USA 163 IRN'], '1995-05-06'],
    ['a person a state hands to another is handed over to justice', 'Thailand has handed Hambali, the suspected operations chief of the Jemaah Islamiyah network, to the United States.', ['THA 063 USA'], '2003-08-14'],
    ['… not a thing', 'Kenya handed a letter to Uganda.', [], '2003-08-14'],
    ['"her office" in reported speech that resolves to no one is the speaker\'s', 'Ukraine\'s prosecutor general said on Monday that her office had opened war crimes investigations into the conduct of Russian troops in Bucha.', ['UKR 090 RUS'], '2022-04-04'],
    ['a denial that opens with a part of a group ("any of its troops") covers the act and its purpose', 'Rwanda denied on Thursday that any of its troops had crossed into eastern Congo to hunt down Hutu rebels.', [], '2004-12-02'],
    ['a cooperation pact with another that one ends reduces relations', 'Chad has ended its defence cooperation agreement with France.', ['TCD 160 FRA'], '2024-11-28'],
    ['a batch of armour a state hands over to another is military aid', 'Lithuania has handed over a new batch of armoured personnel carriers to Ukraine.', ['LTU 072 UKR'], '2023-03-01'],
    ['a headline\'s lone past phrasal verb with an agent is a passive', 'Carlos the Jackal handed over to France by Sudan', ['SDN 063 FRA'], '1994-08-15'],
    ['an envoy summoned in the passive is summoned by the state where it happens', 'The Russian ambassador was summoned to the foreign ministry in Chisinau on Monday.', ['MDA 114 RUS'], '2023-02-14'],
    ['"the Islamic resistance" is Hezbollah; a strike promised on a condition is a threat', '"If you strike our capital Beirut, the Islamic resistance will strike the city of Tel Aviv," Nasrallah said on Thursday.', ['LBN 1384 ISR'], '2006-08-03'],
    ['a country one will send back to the Stone Age is threatened', '"If Hezbollah makes a mistake, we will send Lebanon back to the Stone Age," the Israeli defence minister said.', ['ISR 1384 LBN'], '2024-01-09'],
    ['a foreign company\'s stake seized is property confiscated from its country', 'Argentina seizes Repsol\'s controlling stake in oil company YPF', ['ARG 171 ESP'], '2012-04-17'],
    ['a canal handed to another is territory yielded, not a person handed over', 'U.S. hands Panama Canal to Panama, ending nearly a century of control', ['USA 0842 PAN'], '1999-12-14'],
    ['a ruling about a region rejected is aimed at whose ruling it is', 'China rejects Hague tribunal\'s South China Sea ruling', ['CHN 120 IGOJUD'], '2016-07-12'],
    ['a fact-finding team sent to a country looks into it', 'Amnesty International sent a fact-finding team to Bulgaria on Monday.', ['NGOHRI 090 BGR'], '2013-11-18'],
    ['observers one will send are an intent', 'The African Union will send observers to Burundi.', ['IGOAFR 030 BDI'], '2016-01-31'],
    ['an "as" that opens a clause after a finite verb is no preposition; a mountain\'s deeds are no one\'s', 'Mount Pinatubo erupted again on Saturday, blanketing central Luzon in ash as a typhoon swept across the northern Philippines.', [], '1991-06-15'],
    ['… not a coalition another state leads', 'The Saudi-led alliance bombed Houthi positions in Sanaa.', ['SAU 195 YEM'], '2016-01-10'],
    ['a collective before a place still takes a bare headline verb', 'Police in Lesotho arrest opposition leader', ['LSO 173 LSO'], '2014-08-30'],
    ['a state named before an act\'s noun is no doer when the "of" phrase names another state\'s forces', 'The Afghan withdrawal of U.S. troops was chaotic.', [], '2021-09-01'],
    ['an owner\'s act from a body the pattern makes the doer is not the owner\'s', 'Zimbabwe\'s suspension from the Commonwealth angered Mugabe.', [], '2002-03-19'],
    ['an envoy summoned home is no summons by the host', 'The U.S. ambassador was summoned home from Caracas.', [], '2008-09-12'],
    ['aid two states pledge to one\'s own people is not mutual', 'France and Germany pledged aid to Germany\'s flood victims.', ['FRA 033 DEU', 'DEU 033 DEU'], '2002-08-20'],
    ['a person kidnappers hand over is no handover to justice', 'Kidnappers handed BBC reporter Alan Johnston to Hamas officials.', [], '2007-07-04'],
    ['a plural after a name before its own object is the verb', 'European diplomats hope Iran offers a compromise to the IAEA.', ['EUR 013 IRN', 'IRN 035 IGOUNO'], '2005-08-01'],
    ['people of no named country "off" a country\'s coast are of that country', 'U.S. helicopters delivered food to survivors on islands off Bangladesh\'s coast.', ['USA 073 BGD'], '2007-11-23'],
    ['force sent to one\'s own waters is aimed at the other country the sentence names', 'Indonesia sent three more warships to waters off the east coast of Borneo on Tuesday as its row with Malaysia deepened.', ['IDN 154 MYS'], '2005-03-08'],
    ['… not at a country whose officials tell of it', 'Iraq has massed about 30,000 troops near the city of Arbil, U.S. defense officials said on Friday.', ['IRQ 154 IRQ'], '1996-08-30'],
    ['"its" is not the nationality before a plural doer: force on it is done to the speaker\'s state', 'Georgia says Russian jets bombed its villages near the border', ['RUS 195 GEO'], '2008-08-09'],
    ['force on what "its" names is done to that state, not the doer\'s own', 'Israel said Hezbollah fired rockets at its northern towns on Sunday.', ['LBN 194 ISR'], '2006-07-16'],
    ['… and so are its people, when the doer\'s own were read', 'Ukraine said Russian troops attacked its soldiers near Avdiivka.', ['RUS 190 UKR'], '2023-10-12'],
    ['a ban on trade with a country that one orders is an embargo on it', 'President Bill Clinton ordered a sweeping ban on American commerce with Cuba.', ['USA 163 CUB'], '1996-03-12'],
    ['a plural after a day between a verb and its object is a noun', 'Sri Lanka rejected on Friday calls from Norway for a ceasefire.', ['LKA 120 NOR'], '2006-05-12'],
    ['a suggestion someone made is a proposal rejected, not an accusation denied', 'Hun Sen rejected a suggestion by Thailand that the temple be jointly run.', ['KHM 127 THA'], '2008-07-20'],
    ['a lone place after another country\'s possessive is that country\'s person of that surname', 'Chile\'s Lagos welcomes Peru\'s offer of talks', ['CHL 051 PER'], '2004-05-03'],
    ['one\'s own army named in a threat leaves the threat aimed at the other country it names', 'Museveni warned on Monday that the army would cross into Congo to pursue the rebels.', ['UGA 130 COD'], '2001-02-05'],
    ['talks wrapped up are concluded', 'Greece and Turkey wrapped up two days of talks on the Aegean on Tuesday.', ['GRC 046 TUR', 'TUR 046 GRC'], '2002-03-12'],
    ['"Rwanda genocide tribunal" is the ICTR', 'Zambia hands Rutaganda over to Rwanda genocide tribunal', ['ZMB 063 IGOUNO'], '1997-07-18'],
    ['forces that move against a side attack it', 'Serbian army tanks moved against Croatian border posts on Monday.', ['SRB 190 HRV'], '2007-01-01'],
    ['corn shipped to a country is food aid', 'Japan shipped 10,000 tonnes of corn to Zimbabwe.', ['JPN 073 ZWE'], '2003-02-10'],
    ['a "$" that names no one is no source over a subject that does', 'ECOWAS suspended Guinea\'s military rulers from its summits.', ['IGOWAS 160 GIN'], '2009-01-10'],
    ['a country before "draft" authors the text one rejects', 'Sudan rejected a British draft Security Council resolution on Darfur.', ['SDN 120 GBR'], '2004-07-28'],
    ['a state pulled out of a body leaves it; threatened, a threat', 'Museveni threatens to pull Uganda out of the ICC', ['UGA 1313 IGOICC'], '2015-06-15'],
    ['a charge made after what it says accuses whom the words name, besides the act it reports', 'Rwanda is arming the M23 rebels, Congolese Foreign Minister Raymond Tshibanda charged on Friday.', ['RWA 072 COD', 'COD 112 RWA'], '2012-07-20'],
    ['"alleged" after a name and before no noun is the verb', 'Kenya alleged that Somalia was shielding al Shabaab commanders.', ['KEN 112 SOM'], '2019-03-01'],
    ['a suspect transferred into another\'s custody is handed to it', 'Mali transferred jihadist leader Al Hassan to the custody of the International Criminal Court.', ['MLI 063 IGOICC'], '2018-03-31'],
    ['experts a body appoints act for it', 'Independent experts appointed by the U.N. Human Rights Council criticised Burundi on Monday.', ['IGOUNO 111 BDI'], '2017-09-04'],
    ['gunmen from a separatist group are rebels, of the country they strike in', 'Gunmen from a Kashmiri separatist group attacked a police post in Srinagar.', ['IND 180 IND'], '2001-05-03'],
    ['talks that fail to open are none, and a report of them states nothing', 'A new round of talks between Armenia and Azerbaijan failed to open in Geneva on Friday, a Swiss official said.', [], '2001-04-06'],
    ['an -ed word read as a noun after a plural and before a rough number is the verb', 'Suspected rebels abducted about 30 villagers in eastern Congo.', ['COD 181 COD'], '2016-05-10'],
    ['followers led on a protest march protest with their leader', 'Bangladeshi opposition leader Khaleda Zia led thousands of supporters on a protest march through Dhaka.', ['BGD 141 BGD'], '2006-10-30'],
    ['an agreement two sides extend or renew is signed anew', 'Russia and Belarus extended their defence agreement for ten years.', ['RUS 057 BLR', 'BLR 057 RUS'], '2018-03-02'],
    ['aid a participle gives, which the clause\'s verb takes somewhere, is for whom that verb names', 'Tents donated by Japan were flown to Nepal on Sunday.', ['JPN 073 NPL'], '2015-05-03'],
    ['a country a region\'s words describe is the nearest one named that lies in the region', 'Kenya thanked India on Friday. The East African country had received vaccines from New Delhi.', ['KEN 051 IND', 'IND 073 KEN'], '2021-03-05'],
    ['a ceasefire agreed to is declared', 'Ethiopia and Eritrea agreed to a ceasefire on Sunday after two years of border war.', ['ETH 0871 ERI', 'ERI 0871 ETH'], '2000-06-18'],
    ['a preposition of a time stepped over is no pattern word', 'Sudan and South Sudan agreed on Friday to a truce along their border.', ['SDN 0871 SSD', 'SSD 0871 SDN'], '2012-09-28'],
    ['an official of no named country who speaks in a place speaks for its state', '"Tokyo must stop distorting history," foreign ministry spokeswoman Hua Chunying told reporters in Beijing on Monday.', ['CHN 100 JPN'], '2014-01-06'],
    ['a truce between two sides that takes hold is declared', 'A ceasefire between Ethiopia and Eritrea took hold on Sunday.', ['ETH 0871 ERI', 'ERI 0871 ETH'], '2000-06-18'],
    ['a meeting told with its day and place between two sides was held', 'Monday\'s meeting in Geneva between Iran and the United States eased tensions, diplomats said.', ['IRN 040 USA', 'USA 040 IRN'], '2009-10-05'],
    ['one who gives himself up to a court is handed to justice', 'Former Serbian police general Sreten Lukic surrendered to the U.N. war crimes tribunal on Monday.', ['SRB 063 IGOUNO'], '2005-04-04'],
    ['forces ordered back to base are pulled back from the other country named', 'Russia ordered troops back to their barracks after exercises near the border with Georgia.', ['RUS 0874 GEO'], '2008-07-20'],
    ['a lesson one will teach another by force threatens it', 'Eritrea vowed to teach Ethiopia a lesson by force.', ['ERI 138 ETH'], '1999-02-01'],
    ['a crowd that floods a square in protest demonstrates', 'Ukrainians flood Independence Square in protest against the vote', ['UKR 141 UKR'], '2004-11-23'],
    ['a passive pattern without a target is done to the subject from root 09 on', 'The Chinese embassy in Belgrade was searched by Serbian police.', ['SRB 090 CHN'], '2007-01-01'],
    ['a ban on trade with a country, imposed in the passive, is imposed on that country', 'A ban on trade with Haiti was imposed by the Organization of American States.', ['IGOOAS 163 HTI'], '1991-10-08'],
    ['a name before "-sized" names no one', 'Sri Lankan troops withdrew from a Belgium-sized area of the north on Friday.', ['LKA 0874 LKA'], '2002-04-05'],
    ['a suggestion rejected, owned by its author, is a proposal rejected', 'Denmark rejected Trump\'s suggestion that Washington buy Greenland.', ['DNK 127 USA'], '2019-08-21'],
    ['sanctions voted against a country are imposed on it', 'EU votes sanctions against Minsk', ['IGOEEC 163 BLR'], '2020-10-02'],
    ['a border reopened to trade between two sides is economic cooperation', 'Ethiopia and Eritrea reopened their border to trade on Tuesday.', ['ETH 061 ERI', 'ERI 061 ETH'], '2018-09-11'],
    ['data shared with a country past what it is on', 'Japan shared intelligence on China\'s naval drills with the Philippines.', ['JPN 064 PHL'], '2023-06-01'],
    ['exports tightened to a country are a sanction on it', 'China tightens exports of rare earths to Japan', ['CHN 163 JPN'], '2010-09-23'],
    ['a weapon before "launch" makes it a noun', 'Seoul shared data on Pyongyang\'s missile launch with Tokyo on Monday.', ['KOR 064 JPN'], '2017-05-15'],
    ['a show of force at one\'s own forces is aimed at the other country named', 'China ordered a combat readiness drill involving 100,000 troops as tensions with Taiwan\'s new government rose.', ['CHN 150 TWN'], '2016-05-20'],
    ['a participle\'s place before its "by" leaves the subject the participle\'s', 'Funds held in Austria by former Ukrainian President Viktor Yanukovych were frozen by the Austrian government.', ['AUT 163 UKR'], '2014-03-06'],
    ['aid a giver\'s name modifies, suspended with no one said to do it, is suspended by that giver', 'IMF lending to Zambia was suspended on Friday.', ['IGOIMF 1621 ZMB'], '2015-10-02'],
    ['a state\'s agents hold at home people the dictionaries do not know, told as a noun', 'The arrest of rights activist Farai Maguwu by Zimbabwean police sparked protests.', ['ZWE 173 ZWE'], '2007-03-12'],
    ['a person handed ", over to" another after an apposition is handed to justice', 'Kenya handed Felicien Kabuga\'s son, a suspect in the genocide, over to Rwanda on Friday.', ['KEN 063 RWA'], '2001-06-01'],
    ['auditors from a body are the body', 'A team of auditors from the European Union began a review of Malawi\'s aid spending on Monday.', ['IGOEEC 090 MWI'], '2013-10-14'],
    ['an inquiry by one into another, told as begun, is opened', 'An investigation by the International Criminal Court into Burundi\'s killings got under way on Thursday.', ['IGOICC 090 BDI'], '2017-11-09'],
    ['a headline\'s -s word of speech before "that" is its verb', 'Karzai demands that NATO stop night raids', ['AFG 1056 IGOWST'], '2010-11-14'],
    ['a name with a possessive "\'s" inside is found whole', 'Lord\'s Resistance Army rebels abducted 40 children in northern Uganda.', ['UGA 181 UGA'], '2003-06-20'],
    ['a disaster\'s toll "from" a day\'s quake, reported, is no statement', 'Iranian officials said the death toll from Friday\'s earthquake could rise above 3,000.', [], '2003-12-27'],
    ['weapons one promises to lock up are an intent to demobilise', "Nepal's Maoist rebels promised on Monday to lock up their weapons.", ['NPL 035 NPL'], '2006-11-09'],
    ['army artillery are the armed forces', 'Sri Lankan army artillery pounded Tamil Tiger positions near Jaffna.', ['LKA 194 LKA'], '2008-09-01'],
    ['intelligence provided is shared', 'Britain is providing intelligence to Nigerian troops hunting Boko Haram.', ['GBR 064 NGA'], '2014-05-14'],
    ['a possessor whose phrase goes on into a name set off by commas is that phrase', 'Lithuania declared Belarus\'s ambassador, Anatoly Kuzmich, persona non grata.', ['LTU 161 BLR'], '2021-08-05'],
    ['… not into a list after a comma', 'The European Union imposed sanctions on Iran\'s oil, shipping and banking sectors.', ['IGOEEC 163 IRN'], '2012-01-23'],
    ['a passive pattern may name its subject by a compound\'s last words', 'Martial law was declared across Thailand on Tuesday by the army.', ['THA 1724 THA'], '2014-05-20'],
    ['an envoy expelled with no one said to do it is expelled by the state it is posted to', 'Britain\'s ambassador to Zimbabwe was ordered to leave the country on Friday.', ['ZWE 161 GBR'], '2000-05-05'],
    ['… else by the state whose speaker tells of it', 'The Dutch ambassador was expelled, Venezuelan officials said.', ['VEN 161 NLD'], '2009-01-01'],
    ['force authorised against a state threatens it', 'The Security Council authorized the use of force against Libya.', ['IGOUNO 138 LBY'], '2011-03-17'],
    ['a symbolic act done abroad that remembers no other country\'s people is aimed at the country it is done in', 'French President Jacques Chirac laid a wreath in Algiers on Monday at the monument to the war dead.', ['FRA 017 DZA'], '2003-03-03'],
    ['… and one at home that remembers one\'s own people at no one', 'Polish President Lech Kaczynski laid a wreath in Warsaw in memory of the Poles killed in the uprising.', ['POL 017 -'], '2008-08-01'],
    ['review: what one failed to do, reported, is still a statement unless it was talks', 'The IAEA said Iran had failed to cooperate with inspectors.', ['IGOUNO 010 IRN'], '2006-02-27'],
    ['review: an envoy recalled in the passive is not expelled by the host', 'Britain\'s ambassador to Iran was recalled for consultations.', [], '2009-06-22'],
    ['review: aid a name modifies with no recipient named is no one\'s cut', 'Palestinian aid was suspended after Hamas won the election.', [], '2006-04-07'],
    ['review: a meeting told with its day that was postponed was not held', 'Monday\'s meeting between Abbas and Olmert was postponed after the attack.', [], '2007-01-01'],
    ['review: "its" after a thing another verb took is that thing\'s', 'The United States said Iraqi insurgents ambushed a bus and killed its passengers.', ['IRQ 180 IRQ', 'IRQ 1823 IRQ'], '2005-06-01'],
    ['review: exports stepped up are trade, not sanctions', 'Iran stepped up oil exports to China.', ['IRN 061 CHN'], '2012-01-01'],
    ['review: suggestions with no author rejected deny an accusation', 'Russia rejected suggestions that it was behind the poisoning.', ['RUS 016 -'], '2007-07-01'],
    ['review: aid that befalls something after it is given is not carried to anyone', 'Food aid donated by the United States was stolen by Somali militias.', ['USA 073 USA', 'SOM 181 SOM'], '1992-10-01'],
    ['review: an official speaking in a seat of international bodies is no one\'s by it', 'The foreign minister told reporters in Brussels that Serbia must hand over Mladic.', ['- 101 SRB'], '2005-06-01'],
    ['review: a show of force at one\'s own troops is not aimed at whom a leader met', 'Russia held military exercises involving 20,000 troops, a day after Putin met Merkel in Berlin.', ['RUS 150 RUS', 'RUS 040 DEU'], '2010-01-01'],
    ['review: arrests of foreigners are not made at home', 'The arrest of two foreign journalists by Iranian police drew protests from Britain.', ['IRN 173 -'], '2009-01-01'],
    ['review: a physical charge after a time clause is no accusation', 'When Palestinian youths threw stones at the troops, Israeli soldiers charged.', ['PSE 145 PSE', 'ISR 173 ISR'], '2001-01-01'],
    ['review: "alleged by" is a reduced passive, no allegation', 'Rebels alleged by the United Nations to have recruited child soldiers surrendered to Congolese troops.', [], '2010-01-01'],
    ['review: arms smugglers locked up are arrested', 'Turkish police locked up arms smugglers from Syria.', ['TUR 173 SYR'], '2013-01-01'],
    ['review: a "$" that names no one leaves no source when the subject is the target', 'Iraq received aid from neighbouring countries.', [], '2003-01-01'],
    ['review: ceasefire talks agreed to are only meant', 'Russia agreed to ceasefire talks with Georgia.', ['RUS 036 GEO'], '2008-08-10'],
    ['review: a verb after a reduced relative and a day is still a verb', 'The Iranian envoy appointed Monday urges Britain to free the sailors.', [], '2007-04-02'],
    ['a suspension lifted eases what it imposed', 'The Commonwealth lifted Pakistan\'s suspension on Thursday.', ['IGOCWN 081 PAK'], '2008-05-22'],
    ['a ceasefire restored is declared again', 'ETA restores ceasefire', ['ESP 0871 ESP'], '2006-03-22'],
    ['sanctions authorised are imposed', 'Biden authorises sanctions on Russian officials', ['USA 163 RUS'], '2022-02-22'],
    ['people of no named country deported to a country are its people', 'Malaysia deported 500 migrants to Indonesia.', ['MYS 174 IDN'], '2009-12-28'],
    ['warcraft "its" names act for their owner', 'Russia said its warplanes bombed rebel positions near Aleppo.', ['RUS 195 SYR'], '2015-10-01'],
    ['"Indian" after an unknown people\'s name is no Indian of India', 'Thousands of Mapuche Indian protesters blocked roads in southern Chile on Monday.', ['CHL 144 CHL'], '2009-08-17'],
    ['an attack claimed is responsibility claimed, at the armed group\'s own country when no place is named', 'Pakistani Taliban faction claims Quetta hotel bombing', ['PAK 015 PAK'], '2013-06-16'],
    ['a transnational group\'s claim is placed where the attack was', 'Islamic State claimed responsibility for the attack in Kabul.', ['AFG 015 AFG'], '2018-01-29'],
    ['a leader\'s admission names no one at home', 'French President Jacques Chirac acknowledged the state\'s responsibility for the round-up of Jews.', ['FRA 015 -'], '1995-07-16'],
    ['another\'s forces let use one\'s bases are military cooperation', 'Uzbekistan approved the use of the Karshi-Khanabad air base by U.S. forces.', ['UZB 062 USA'], '2001-10-05'],
    ['a month and day inside a phrase stay in it', 'Sudan hands alleged Sept. 11 financier Ahmed Ali to U.S. custody', ['SDN 063 USA'], '2002-03-04'],
    ['the first of some hundreds of soldiers are those soldiers', 'The first of some 500 Nigerian soldiers arrived in Sierra Leone on Monday to protect the capital.', ['NGA 074 SLE'], '1998-02-09'],
    ['peacekeepers sent to a place are sent to that place, not to whom they watch', 'The OSCE will deploy 50 monitors in Ukraine to oversee the withdrawal of Russian forces.', ['IGOSCE 033 UKR'], '2014-03-20'],
    ['the Western alliance is NATO', 'Ukraine said it would seek membership of the Western alliance.', ['UKR 032 IGOWST'], '2008-01-16'],
    ['looted artefacts returned are property returned', 'France returned looted bronzes to Benin on Tuesday.', ['FRA 0842 BEN'], '2021-11-09'],
    ['an airport handed over is territory yielded', 'Rebel fighters handed the airport over to African Union troops.', ['- 0842 IGOAFR'], '2007-03-08'],
    ['refugee status granted to those who flee is asylum', 'Kenya granted refugee status to all Somalis fleeing the drought.', ['KEN 075 SOM'], '2011-07-20'],
    ['a ceasefire one orders is declared', 'President Kiir ordered a ceasefire on Thursday.', ['SSD 0871 SSD'], '2016-07-11'],
    ['diesel pumped to a state is trade', 'Russia began pumping diesel to Belarus through a new pipeline.', ['RUS 061 BLR'], '2012-05-03'],
    ['a peacekeeping force cut is withdrawn from where it keeps the peace', 'The Security Council cut the peacekeeping force in Liberia to 3,000.', ['IGOUNO 1661 LBR'], '2015-09-17'],
    ['a general strike enforced is called', 'Opposition supporters enforced a general strike across Nepal on Sunday.', ['NPL 143 NPL'], '2004-04-04'],
    ['the armed wing\'s spelling with el-Deen is found', 'The Izz el-Deen al-Qassam Brigades claimed responsibility for the attack.', ['PSE 015 PSE'], '2002-06-19'],
    ['its members that a body says acted are the body\'s', 'Hamas said its members had carried out a suicide bombing in Haifa.', ['PSE 1831 ISR'], '2003-03-05'],
    ['the MQM\'s old name is the MQM', 'The Mohajir Qaumi Movement called a strike in Karachi.', ['PAK 143 PAK'], '1995-06-12'],
    ['a boycott announced is called', 'Zimbabwe\'s main opposition party announced a boycott of the parliamentary elections.', ['ZWE 143 ZWE'], '2005-01-10'],
    ['a breakaway region\'s border is another\'s, though in the doer\'s own country', 'Georgia massed troops on the borders of breakaway South Ossetia.', ['GEO 154 GEO'], '2004-08-10'],
    ['a state that attacks a breakaway region acts on it', 'Moldova attacked breakaway Transdniestria.', ['MDA 190 MDA'], '1992-06-20'],
    ['a deal with protesters of no named country is with the speaker\'s country\'s', 'Thai Prime Minister Abhisit Vejjajiva said he saw little chance of a deal with the protesters.', ['THA 010 THA'], '2010-04-20'],
    ['a base-form verb right after a possessive pronoun is a noun', 'Ethiopia said its quarrel with Eritrea was over.', ['ETH 010 ERI'], '2000-06-18'],
    ['an Arabic article hyphened to a surname is part of the name, and a hyphened title is a title', 'Vice-President Ali Salem al-Beidh criticised Saudi Arabia.', ['SAU 111 SAU'], '1994-05-04'],
    ['a name before a bare participle is not its subject', 'Merkel wrote to Putin urging him to release the activists.', ['DEU 0253 RUS'], '2013-10-10'],
    ['what one never faced is no act', '\'We have never faced a drought like this,\' the WFP chief said.', ['IGOUNO 010 -'], '2011-07-20'],
    ['a joint exercise that a region names is between the sides', 'Egyptian and U.S. troops began the Bright Star exercise in the Western Desert.', ['EGY 062 USA', 'USA 062 EGY'], '2009-10-11'],
    ['an exercise named with a region\'s word is no act on the region', 'Moroccan and U.S. troops began the annual African Lion exercise.', ['MAR 062 USA', 'USA 062 MAR'], '2019-03-18'],
    ['a diplomat at a mission ordered out is expelled', 'Pakistan ordered a second secretary at the Indian High Commission to leave the country.', ['PAK 161 IND'], '1997-05-16'],
    ['a peacekeeping force cut by those who sent it is withdrawn from where it keeps the peace', 'U.N. cuts Rwanda peacekeeping force to 270', ['IGOUNO 1661 RWA'], '1994-04-21'],
    ['a quarrel with one\'s own side is with it', 'Yemen\'s president said his quarrel with the vice-president was no threat to national unity.', ['YEM 010 YEM'], '1993-10-16'],
    ['a name in the phrases of a speech verb is not who its reported it is', 'An Afghan militant group said in a video aired by Al Jazeera that it had seized two Japanese engineers.', ['AFG 181 JPN'], '2004-06-21'],
    ['revenge someone will face is threatened', '\'The Americans will face harsh revenge,\' Hezbollah\'s leader said.', ['LBN 130 USA'], '2008-02-14'],
    ['armed men named so are no unarmed target of irregulars', 'Somali militiamen ambushed Pakistani peacekeepers in Mogadishu.', ['SOM 190 PAK'], '1993-06-05'],
    ['one-party rule ended is a change of regime conceded', 'Kenya\'s ruling party ended one-party rule.', ['KEN 0834 KEN'], '1990-12-03'],
    ['a crowd that packs a square in protest, with a place between, demonstrates', 'Bangladeshi demonstrators packed the Shahbag intersection in Dhaka in protest at the verdict.', ['BGD 141 BGD'], '2013-02-07'],
    ['a cricket trophy is sport', 'Sri Lanka beat India by 40 runs to win the Champions Trophy.', [], '2002-09-30'],
    ['talks that run into another day took place', 'Talks between Israel and Syria ran into a third day on Tuesday.', ['ISR 040 SYR', 'SYR 040 ISR'], '2000-01-04'],
    ['troops who fly out of a country\'s airport withdraw from it', 'The last British troops flew out of Basra airport on Sunday.', ['GBR 0874 IRQ'], '2009-05-31'],
    ['what a note sent to someone asks for, it asks of them', 'Nepal sent a note verbale to the Indian government asking for the fugitive to be sent back.', ['NPL 020 IND'], '2015-03-02'],
    ['an assistant secretary of state is a secretary of state\'s kind', 'U.S. Assistant Secretary of State Herman Cohen criticised Ethiopia.', ['USA 111 ETH'], '1991-05-27'],
    ['refugees who shelter somewhere host no one', 'Somali refugees sheltering in Kenya marched to the U.N. office.', ['SOM 141 IGOUNO'], '2011-07-20'],
    ['rebels of no named country who deal with a body are of the one country named', 'Ethnic Albanian rebels pledged to hand their weapons to NATO troops under Macedonia\'s peace plan.', ['MKD 035 IGOWST'], '2001-07-10'],
    ['arms of no one named that an armed group says struck another country are its own', 'Yemen\'s Houthis say drones hit a Saudi airport', ['YEM 180 SAU'], '2021-02-10'],
    ['arms a state says struck it are no one\'s', 'Israel says rockets hit Sderot', ['- 190 ISR'], '2008-02-27'],
    ['an arrest threatened in the passive is the speaker\'s threat', '\'If he comes back, he will be arrested,\' a spokesman for the Honduran government said.', ['HND 137 HND'], '2009-07-05'],
    ['what a speaker adds about relations with another is about them', '\'There is no quick solution,\' Armenian President Robert Kocharyan told reporters, adding that any settlement with Azerbaijan would take years.', ['ARM 010 AZE'], '2001-04-03'],
    ['a participle with its doer is no report that bounds the search for a target', 'Indonesia sent warships to waters off Borneo, an area also claimed by Malaysia.', ['IDN 154 MYS'], '2005-03-08'],
    ['a promise\'s target is not the speaker who tells of it', 'North Korea has agreed to disable its nuclear facilities, China\'s foreign ministry said.', ['PRK 030 PRK'], '2007-10-03'],
    ['a predicate adjective before a noun describes it', 'The United States and Canada concluded a free trade pact on Wednesday.', ['USA 057 CAN', 'CAN 057 USA'], '1992-08-12'],
    ['an -ed word between \'been\' and \'by\' is a passive\'s verb', 'Two Italian aid workers have been abducted by gunmen near Baghdad.', ['- 181 ITA'], '2004-09-08'],
    ['a known person\'s name is no pattern word', 'Rice arrived in Baghdad on Sunday.', ['USA 042 IRQ'], '2005-05-15'],
    ['talks held abroad with no one named are with the hosts', 'An Iraqi delegation held talks in Ankara on Kurdish rebel bases.', ['IRQ 046 TUR'], '2007-10-20'],
    ['talks between a state\'s own sides held abroad stay at home', 'Guatemala\'s government and leftist guerrillas resumed peace talks in Mexico City.', ['GTM 040 GTM', 'GTM 040 GTM'], '1996-09-19'],
    ['a border act\'s other side is the country whose officials tell of it', 'Thailand moved tanks up to the disputed border, Cambodian officials said.', ['THA 154 KHM'], '2008-10-15'],
    ['a clause \'as\' opens is no part of a reduced relative', 'The Philippine government appealed to foreign donors for more help as it struggled to feed survivors.', ['PHL 023 -'], '2013-11-11'],
    ['a guise \'as\' names stays in the reduced relative', 'Rebels disguised as waiters stormed the Japanese ambassador\'s residence in Lima.', ['PER 180 JPN'], '1996-12-18'],
    ['an embargo tightened on a state is a sanction on it', 'The United States tightened its embargo on Cuba.', ['USA 163 CUB'], '1996-03-12'],
    ['a law signed is no agreement', 'Putin signed a law banning foreign adoptions.', ['RUS 172 RUS'], '2012-12-28'],
    ['legal proceedings launched against a state sue it', 'The European Commission launched legal proceedings against Poland.', ['IGOEEC 115 POL'], '2017-07-29'],
    ['a complaint over another\'s measures is about that state', 'China filed a complaint with the WTO over U.S. tariffs.', ['CHN 114 USA'], '2018-04-05'],
    ['air strikes authorised against a state threaten it', 'NATO authorises air strikes against Yugoslavia', ['IGOWST 138 YUG'], '1998-10-13'],
    ['another\'s act called a mistake is condemned, over a phrase of whom it acted against', 'Putin called the U.S.-led military action against Iraq a big political mistake.', ['RUS 111 USA'], '2003-03-20'],
    ['bombers put on patrol show force, and \'since\' names a time, not a target', 'Russia has put its strategic bombers back on long-range patrols for the first time since the Soviet collapse.', ['RUS 150 -'], '2007-08-17'],
    ['what one\'s own region must do is one\'s own duty', 'German Chancellor Friedrich Merz said Europe would have to take far greater responsibility for its own defence.', ['DEU 010 -'], '2025-05-13'],
    ['one\'s own officials told are no target', 'U.S. President Joe Biden told diplomats at the State Department that America was back.', ['USA 010 -'], '2021-02-04'],
    ['money pledged for projects in a place is aid to its country', 'Qatar pledged $400 million for building projects in Gaza.', ['QAT 0331 PSE'], '2012-10-23'],
    ['\'no further\' opens its phrase, and an act none of which was done is none', 'Belarus has freed no further political prisoners, exiled opposition leader Sviatlana Tsikhanouskaya said.', [], '2021-03-01'],
    ['a participle opening a report\'s speaker phrase describes the speaker', 'Police arrested 20 protesters, jailed opposition leader Alexei Navalny said.', ['RUS 173 RUS'], '2021-02-02'],
    ['a country\'s top general is its military', 'Russia\'s top general threatened to strike NATO missile defence sites.', ['RUS 1384 IGOWST'], '2012-05-03'],
    ['the security chiefs of two states act for each', 'The security chiefs of Kyrgyzstan and Tajikistan held talks at a border checkpoint.', ['KGZ 046 TJK', 'TJK 046 KGZ'], '2021-05-01'],
    ['\'Belarussians\' is a demonym too', 'Tens of thousands of Belarussians marched through Minsk to protest against the union with Russia.', ['BLR 141 BLR'], '1996-04-26'],
    ['food distributions stepped up are aid', 'The World Food Programme stepped up food distributions to drought victims in southern Madagascar.', ['IGOUNO 073 MDG'], '2021-06-14'],
    ['another nation\'s people a country owns are of that country', 'Bosnia\'s Serbs rejected the peace plan.', ['BIH 127 BIH'], '1993-05-06'],
    ['a numeral ordinal is an adjective', 'The African Union admitted South Sudan as its 54th member state.', ['IGOAFR 050 SSD'], '2011-07-28'],
    ['the Rio Group is an intergovernmental body', 'The Rio Group condemned the coup in Venezuela.', ['IGOLAM 111 VEN'], '2002-04-12'],
    ['cartel figures sent to another state are handed to its justice', 'Mexico sent 29 cartel figures to the United States.', ['MEX 063 USA'], '2025-02-27'],
    ['where an envoy is posted is no recipient', 'Pakistan handed over the Taliban\'s former ambassador to Islamabad, Abdul Salam Zaeef, to U.S. forces.', ['PAK 063 USA'], '2002-01-05'],
    ['an -ing form after a possessive is a noun, and what a feeling adjective\'s preposition names places no one', 'KINSHASA, Jan 28 (Reuters) - Protesters angry at Rwanda\'s backing for M23 rebels attacked the Rwandan embassy in Kinshasa on Tuesday.', ['COD 145 RWA'], '2013-01-28'],
    ['an -ing form after a possessive that describes a noun stays a modifier', 'Lebanon\'s feuding leaders met in Doha.', ['LBN 040 LBN'], '2008-05-16'],
    ['a state of rebellion declared is a state of emergency', 'President Gloria Macapagal Arroyo declared a state of rebellion in Manila.', ['PHL 1724 PHL'], '2001-05-01'],
    ['a parliament set ablaze by protesters is a riot', 'Burkina protesters set parliament ablaze', ['BFA 145 BFA'], '2014-10-30'],
    ['an overhaul scrapped is a policy conceded', 'Nicaraguan President Daniel Ortega scrapped a contested overhaul of the social security system.', ['NIC 0832 NIC'], '2018-04-22'],
    ['a comparative quantity starts its own phrase', 'Guinean soldiers beat to death more than 150 people.', ['GIN 190 GIN'], '2009-09-28'],
    ['a bombardment halted de-escalates', 'Israel halted its 16-day bombardment of Lebanon on Saturday.', ['ISR 087 LBN'], '1996-04-27'],
    ['\'allied\' after a noun\'s \'and\' describes the next noun', 'Pakistani troops and allied fighters began pulling back from the heights above Kargil.', ['PAK 0874 IND', '- 0874 IND'], '1999-07-11'],
    ['an act after a day and \'and\' stays a verb', 'Khartoum declared a general mobilisation on Tuesday and massed troops near the border.', ['SDN 154 SDN', 'SDN 154 -'], '2012-04-17'],
    ['revenge vowed on another threatens it', 'Iran\'s Supreme Leader vowed to take severe revenge on the United States.', ['IRN 1384 USA'], '2020-01-03'],
    ['a strike pressed on with goes on', 'Venezuelan oil workers pressed on with a nationwide strike against President Hugo Chavez.', ['VEN 143 VEN'], '2002-12-09'],
    ['\'suspect\' after a noun, before a preposition, is a noun', 'Kenya hands embassy bombing suspect over to United States', ['KEN 063 USA'], '1998-08-27'],
    ['encircling another in drills shows force', 'Chinese warships encircled Taiwan in large drills.', ['CHN 150 TWN'], '2022-08-05'],
    ['a person\'s \'it\' after \'said ... that\' may be a name in the speech verb\'s phrases', 'Annan said in a letter to Iraq that it must allow inspectors to return.', ['IGOUNO 1055 IRQ'], '2001-05-01'],
    ['an asking participle with its own object asks that one', 'Afghanistan sent a letter to the United Nations asking Pakistan to hand over the suspects.', ['AFG 0213 PAK'], '2001-05-01'],
    ['troops sent to monitor a border are no peacekeepers', 'India deployed troops to monitor the border with Pakistan.', ['IND 154 PAK'], '2001-05-01'],
    ['a country\'s own factions meeting abroad meet at home', 'Sudanese opposition leaders met in Cairo to discuss a common platform.', ['SDN 040 SDN'], '2001-05-01'],
    ['an arrest one reports another threatens is no threat of the reporter\'s', 'Aristide will be arrested if he returns to Haiti, U.S. officials said.', [], '2001-05-01'],
    ['a state\'s own passive threat told by its ministry is its threat', 'Russia will be forced to take retaliatory steps if Finland joins NATO, the foreign ministry in Moscow said.', ['RUS 137 FIN'], '2022-05-12'],
    ['troops flying out of their own capital withdraw from nowhere', 'Russian paratroopers flew out of Moscow for Kosovo.', [], '1999-06-12'],
    ['a causal \'since\' clause may name a target', 'Iran threatened to close the Strait of Hormuz since U.S. warships entered the Gulf.', ['IRN 1381 USA'], '2001-05-01'],
    ['a predicate adjective before a time word ends the phrase', 'Washington held Damascus responsible yesterday for the attack.', ['USA 112 SYR'], '2001-05-01'],
    ['a bare common noun after a participle\'s \'as\' is a role', 'Rebels trained as commandos attacked government troops in Burundi.', ['BDI 190 BDI'], '2001-05-01'],
    ['a name a participle\'s \'as\' gives is no clause', 'A Haitian gang known as 400 Mawozo kidnapped 17 American missionaries.', ['HTI 181 USA'], '2021-10-17'],
    ['a name and its verb after \'as\' open a clause', 'Turkish cargo planes carrying milk landed in Doha as Ankara moved to ease shortages.', ['TUR 073 QAT'], '2017-06-22'],
    ['a list of verbs after a plural subject: the first is a verb too, and all share the last one\'s object', 'Militiamen shot, stabbed and beat to death 30 villagers near Bunia, officials said.', ['COD 193 COD', 'COD 182 COD', 'COD 1823 COD'], '2003-05-14'],
    ['a list of verbs shares its object', 'Gunmen shot, wounded and robbed two Kenyan aid workers in Mogadishu.', ['- 193 KEN', '- 182 KEN'], '2008-09-02'],
    ['a participle after a comma is no list member', 'Rebels attacked the town of Kindu, killing five Congolese soldiers.', ['COD 180 COD', 'COD 1823 COD'], '1999-01-04'],
    ['an inquiry a state opens into its own officials is at home, not into a country their deeds name', 'Ukraine\'s prosecutor general opened a criminal investigation into senior army officers suspected of selling rifles to Sudan.', ['UKR 091 UKR'], '2004-06-10'],
    ['a border an attack is near names no side', 'Liberian rebels attacked an army checkpoint near the Guinean border on Sunday, killing four soldiers.', ['LBR 190 LBR', 'LBR 1823 LBR'], '1998-02-08'],
    ['a border an attack is near names no side ("border with")', 'Ugandan rebels ambushed a police post near the border with Congo.', ['UGA 180 UGA'], '2001-05-03'],
    ['a show of force near a border still faces across it', 'Russia began large-scale military exercises involving thousands of troops near the Ukrainian border.', ['RUS 150 UKR'], '2021-04-01'],
    ['a suspect who gives himself up to the police is handed to justice (063)', 'Fugitive warlord Foday Sankoh gave himself up to Sierra Leonean police on Wednesday.', ['SLE 063 SLE'], '2000-05-17'],
    ['a suspect who surrenders to the authorities is handed to justice (063)', 'The former rebel commander surrendered to Congolese authorities in Goma.', ['COD 063 COD'], '2013-03-18'],
    ['a speaker who says something looks like a crime judges it (111)', 'Myanmar\'s campaign in Rakhine looks like ethnic cleansing, a senior U.N. official told reporters in Geneva.', ['IGOUNO 111 MMR'], '2017-09-12'],
    ['a speaker\'s judgement of killings in a place is aimed at its country', 'The killings in Ethiopia\'s Tigray region amount to war crimes, the U.S. secretary of state said.', ['USA 111 ETH'], '2021-03-10'],
    ['\'amount to\' after a noun is the verb', 'Russia\'s attacks on Kharkiv amount to a war crime, Britain\'s foreign secretary said.', ['GBR 111 RUS', 'RUS 190 UKR'], '2022-03-01'],
    ['a speaker\'s title with \'of\' still speaks after a report', 'Serbia\'s shelling of Sarajevo amounts to a war crime, Secretary of State Warren Christopher said.', ['USA 111 YUG', 'YUG 194 BIH'], '1994-02-06'],
    ['a pro-democracy movement is the opposition', 'Members of Nepal\'s pro-democracy movement began a hunger strike in Kathmandu.', ['NPL 142 NPL'], '1990-03-01'],
    ['a currency its demonym names is no actor', 'The Red Cross appealed for 15 million Swiss francs to help flood victims in Pakistan.', ['NGOHLH 020 PAK'], '2010-08-05'],
    ['a currency after another name still leaves that name', 'Japan gave Laos a grant worth 2 billion yen for new roads.', ['JPN 071 LAO'], '2008-04-02'],
    ['rebels of no named country whom a state talks to are its own, not of the venue', 'The Nepali government opened peace talks with Maoist rebels in Geneva.', ['NPL 046 NPL'], '2005-06-03'],
    ['\'the government\' does not refer back to an armed group', 'The Shining Path rebels called on the government to free their leaders.', ['PER 0253 PER'], '1993-02-04'],
    ['a denomination\'s church is a body, not a place', 'Kenya\'s Anglican Church said the government would release 20 jailed opposition activists.', ['KEN 035 KEN'], '1991-11-04'],
    ['a past form read as an adjective right after a name, with no verb before, is the verb', 'Egyptian President Hosni Mubarak mediated talks in Cairo between the leaders of Sudan and Chad aimed at ending their border war.', ['EGY 045 SDN', 'EGY 045 TCD'], '2006-02-08'],
    ['chairing talks between others is mediating them (045), and rebels of no named country are of the other side\'s state, not of the venue', 'Assistant Secretary of State Herman Cohen will chair talks in London next week between the Ethiopian government and rebel movements, the State Department said.', ['USA 039 ETH', 'USA 039 ETH'], '1991-05-03'],
    ['the Bougainville Revolutionary Army is Papua New Guinea\'s rebels', 'Australia hosted talks between Papua New Guinea officials and the Bougainville Revolutionary Army in Cairns.', ['AUS 045 PNG', 'AUS 045 PNG'], '1997-07-10'],
    ['Bougainville is Papua New Guinea\'s', 'New Zealand played host to talks between Bougainville\'s rebels and the Papua New Guinea government.', ['NZL 045 PNG'], '1997-07-18'],
    ['La Familia is a Mexican cartel', 'La Familia gunmen ambushed a police convoy in Michoacan, killing 12 federal agents.', ['MEX 180 MEX', 'MEX 1823 MEX'], '2009-07-14'],
    ['\'the country\' is not the country a border\'s demonym names', 'A Venezuelan opposition leader appealed to the army to let aid stockpiled on the Brazilian border into the country.', ['VEN 020 VEN'], '2019-02-23'],
    ['what one can no longer afford is no act denied: the quote stays a statement', '"Our reserves are gone," Pakistan\'s finance minister told parliament, adding that the country could no longer afford to import wheat.', ['PAK 010 -'], '2023-02-01'],
    ['\'never been this close\' to a deal is no denial', '"We have never been this close to peace with the ELN," Colombia\'s peace commissioner told reporters in Caracas.', ['COL 010 COL'], '2017-06-06'],
    ['a quote\'s speech verb may come after a long title and name', '\'Any attack on our soil will be met with a crushing response,\' the commander of Pakistan\'s army, General Raheel Sharif, warned India on Sunday.', ['PAK 130 IND'], '2016-10-02'],
    ['the commander of a body acts for it', 'The commander of the U.N. force in Lebanon met Israeli officials in Naqoura.', ['IGOUNO 040 ISR'], '2007-03-03'],
    ['loans extended go before sanctions the sentence names later (071)', 'Tokyo will extend $200 million in emergency loans to Egypt to offset losses from the embargo on Iraq.', ['JPN 033 EGY'], '1990-09-20'],
    ['a fledgling democratic movement is the opposition', 'Members of Mongolia\'s fledgling democratic movement staged a hunger strike in Ulan Bator.', ['MNG 142 MNG'], '1990-03-08'],
    ['a bare participle after a preposition\'s object, in a transitive verb\'s clause, describes it; the comma participle goes back to the verb', 'Soldiers opened fire on thousands of opposition supporters gathered in a square in Conakry, killing more than 120 people.', ['GIN 175 GIN', 'GIN 202 GIN'], '2009-09-29'],
    ['a participle after a sentence-opening participle phrase is the main verb', 'A car bomb blamed on Basque separatists ripped through a police barracks in Madrid, killing four officers.', ['ESP 183 ESP', 'ESP 1823 ESP'], '1991-12-08'],
    ['the comma participle goes back past an infinitive of purpose after a described phrase', 'Unidentified attackers threw grenades into a crowd gathered outside the palace in Phnom Penh to hear the king, killing 12 people.', ['- 1823 KHM'], '1997-04-02'],
    ['\'hundreds of mostly unarmed protesters\' killed is mass killing (202)', 'Uzbek troops fired on a crowd in Andijan, killing hundreds of mostly unarmed protesters.', ['UZB 190 UZB', 'UZB 202 UZB'], '2005-05-14'],
    ['an inquiry into the doer\'s own matter looks at the place it names', 'The International Criminal Court\'s prosecutor opened the court\'s first investigation on Monday, into crimes committed in Uganda.', ['IGOICC 090 UGA'], '2004-07-29'],
    ['parties of no named country a state promises talks with are its own', 'Macedonia\'s president promised to open talks with ethnic Albanian political parties.', ['MKD 036 MKD'], '2001-03-15'],
    ['troops pulled off an island withdraw (0874)', 'Russia pulled its troops off Snake Island on Thursday.', ['RUS 0874 UKR'], '2022-06-30'],
    ['rejecting a claim on territory is rejection (12), not denial', 'Denmark rejects Trump\'s claim on Greenland', ['DNK 120 USA'], '2025-01-08'],
    ['a decree withdrawn yields (0832)', 'Ecuador\'s president withdrew a decree that had scrapped fuel subsidies.', ['ECU 0832 ECU'], '2019-10-13'],
    ['stern representations lodged are a protest (114)', 'Beijing lodged stern representations with Tokyo over the visit.', ['CHN 114 JPN'], '2013-12-26'],
    ['a rally near an embassy is against its state, whatever it is over', 'Thousands of Egyptians rallied near the Israeli embassy in Cairo over the Gaza war.', ['EGY 141 ISR'], '2009-01-02'],
    ['armed tribesmen are irregulars of the country they act in', 'Armed tribesmen kidnapped three French aid workers in Yemen\'s Shabwa province.', ['YEM 181 FRA'], '2011-05-28'],
    ['a released person the passive\'s subject names is the target, past a reduced relative with a \'for\' gerund', 'Two British sailors jailed for illegally entering Iranian waters were pardoned by President Mahmoud Ahmadinejad on Wednesday.', ['- 173 GBR', 'IRN 0841 GBR'], '2007-04-04'],
    ['those pardoned in the passive are the target', 'Two French journalists were pardoned by President Omar al-Bashir.', ['SDN 0841 FRA'], '2008-02-10'],
    ['missile tests staged or conducted are a show of force (150), not air strikes', 'China staged missile tests in waters off Taiwan on Friday.', ['CHN 150 TWN'], '1996-03-08'],
    ['missile tests conducted are a show of force (150)', 'North Korea conducted missile tests off its east coast.', ['PRK 150 -'], '2016-07-19'],
    ['\'as a\' whose phrase has its own verb opens a clause, not a role', 'Malawi appealed to the World Food Programme for maize as a worsening drought threatened millions.', ['MWI 0233 IGOUNO'], '2002-02-27'],
    ['a past form opening the second side of a \'between\' describes it', 'Talks between the Mexican government and masked Zapatista leaders opened on Monday.', ['MEX 040 MEX', 'MEX 040 MEX'], '1994-02-21'],
    ['a speaker who says there is no crisis states a view, about where', 'South Africa\'s president said there was no crisis in Zimbabwe.', ['ZAF 010 ZWE'], '2003-05-10'],
    ['force used to remove someone is used on them; ready to use it, a threat', 'ECOWAS said it was ready to use force to remove Gbagbo if he refused to step down.', ['IGOWAS 1384 CIV'], '2010-12-24'],
    ['the Inter-American Development Bank is an IGO', 'The Inter-American Development Bank approved a $60 million loan to Nicaragua.', ['IGOLAM 071 NIC'], '2001-03-01'],
    ['bread and blankets dropped to people are aid (073)', 'Turkish helicopters dropped bread and blankets to stranded Iraqi Kurds.', ['TUR 073 IRQ'], '1991-04-08'],
    ['\'Zairean\' is the Congo\'s (COD)', 'Zairean troops forcibly expelled thousands of Rwandan refugees.', ['COD 201 RWA'], '1995-08-22'],
    ['a missile moved to one\'s own coast is a show of force at no one named (154)', 'North Korea has moved a missile with considerable range to its east coast, Seoul\'s defence minister said.', ['PRK 154 -'], '2013-04-04'],
    ['one a speaker calls responsible for an attack is blamed (112)', 'Britain\'s foreign secretary said Russia was responsible for the cyber attack.', ['GBR 112 RUS'], '2018-10-04'],
    ['\'highly likely\' that someone was responsible is an accusation, not a supposition', 'Britain\'s prime minister said it was highly likely that Russia was responsible for the poisoning.', ['GBR 112 RUS'], '2018-03-12'],
    ['a judgement no speaker voices is no one\'s', 'Russia is responsible for the attack on Skripal.', [], '2018-03-12'],
    ['what is only likely stays supposed', 'Officials said it was likely that Israel would attack Iran.', [], '2012-03-01'],
    ['a hartal or bandh is a strike, and one that shuts a place down is a strike there (143)', 'An opposition bandh shut down Kathmandu on Tuesday.', ['NPL 143 NPL'], '2006-04-11'],
    ['what a speaker says will have consequences for relations with another threatens it (130)', '"This will have grave consequences for our relations with Georgia," Russia\'s foreign minister said.', ['RUS 130 GEO'], '2008-04-16'],
    ['an infinitive under an open \'whether\' choice is no act either', 'Egypt has not decided whether to send troops to join the coalition in Yemen, its foreign minister said.', [], '2015-03-30'],
    ['a decided infinitive chain still codes', 'Egypt decided to send troops to join the coalition in Yemen.', ['EGY 0334 YEM', 'EGY 032 YEM'], '2015-03-30'],
    ['what one will regard as a declaration of war, its maker is threatened over (130)', 'North Korea would regard any United Nations sanctions as a declaration of war.', ['PRK 130 IGOUNO'], '1993-03-22'],
    ['a protest lodged in the passive is the teller state\'s (114)', 'A formal protest was lodged with Hanoi over the seizure of the fishing boat, the Chinese foreign ministry said.', ['CHN 114 VNM'], '2014-05-20'],
    ['one who vows another will face revenge threatens them (130)', 'Iran\'s supreme leader vowed on Friday that Israel would face severe revenge for the killing.', ['IRN 130 ISR'], '2024-08-02'],
    ['a round of trade talks a place names is no one\'s', 'Brazil\'s foreign minister said he remained hopeful that the stalled Doha round could be rescued.', ['BRA 013 -'], '2008-07-30'],
    ['a joint naval task force launched is military cooperation (062)', 'Turkey and Bulgaria launched a joint naval task force to clear mines from the Black Sea.', ['TUR 062 BGR', 'BGR 062 TUR'], '2024-01-11'],
    ['a prisoner exchange between two sides that takes place frees prisoners both ways (0841)', 'A prisoner swap between Armenia and Azerbaijan took place on Tuesday.', ['ARM 0841 AZE', 'AZE 0841 ARM'], '2023-12-13'],
    ['an exchange that names no captives is none', 'An exchange between Russia and Ukraine took place on Saturday.', [], '2019-09-07'],
    ['one who will respond to another\'s hostile acts threatens (130)', '"China will firmly respond to such provocations," a foreign ministry spokesman said, referring to Japan\'s patrols.', ['CHN 130 JPN'], '2012-09-12'],
    ['a language\'s demonym names no actor', 'Police closed a Russian-language newspaper in Riga.', ['LVA 1721 LVA'], '2022-06-10'],
    ['what a place borders is not the place', 'Ukraine imposed martial law in regions bordering Russia.', ['UKR 1724 UKR'], '2018-11-26'],
    ['an arrest in the passive that a state\'s own ministry tells of is that state\'s (173)', 'More than 500 soldiers have been detained since the failed coup, the Turkish defence ministry said.', ['TUR 173 TUR'], '2016-07-20'],
    ['a phrase after a verb of saying is the subject of what was said, not a preposition\'s object a participle describes', 'Reports said troops loyal to the president fired on protesters in Abidjan.', ['CIV 175 CIV'], '2003-06-07'],
    ['a phrase after a verb of saying (2)', 'Residents said refugees from Burundi poured into Tanzania.', ['BDI 192 TZA'], '2003-06-07'],
    ['\'armed\' after a name describes the forces after it', 'Sierra Leone armed forces attacked rebel bases in the east.', ['SLE 190 SLE'], '2003-06-07'],
    ['fighters who surrender to the authorities lay down their arms (0874)', 'More than 200 rebels surrendered to the authorities in Aceh.', ['IDN 0874 IDN'], '2003-06-07'],
    ['entrance tests are no show of force', 'The ministry organized entrance tests for teachers in Kenya.', [], '2003-06-07'],
    ['troops pulled off the streets are no withdrawal from another\'s land', 'Thailand pulled troops off the streets of Bangkok.', [], '2003-06-07'],
    ['a rally near a university is at home', 'Students rallied near the university in Seoul.', ['KOR 141 KOR'], '2003-06-07'],
    ['\'the government\' may refer back to a governing body', 'The Afghan Interim Authority asked for aid. The government appealed to Japan for money.', ['AFG 020 -', 'AFG 0231 JPN'], '2002-01-10'],
    ['a \'despite\' phrase is no time phrase', 'India signed the deal despite opposition from Pakistan.', ['IND 057 PAK'], '2003-06-07'],
    ['\'amount to\' after a verb of saying is the verb too', 'The U.N. envoy said the killings in Darfur amount to genocide.', ['IGOUNO 111 SDN'], '2004-09-09'],
    ['a body the dictionaries do not know, named before its common noun, is of its possessor\'s country', 'Zimbabwe\'s opposition MDC alliance demanded that the electoral commission be disbanded.', ['ZWE 100 ZWE'], '2018-08-06'],
    ['what a thing is said no longer to be is a view, and the statement stays', 'Vietnam\'s foreign minister said ties with China had improved so much that the sea dispute was no longer a source of tension.', ['VNM 010 CHN'], '2017-08-08'],
    ['what someone is said not to be still denies', 'Iran said it was not a party to the conflict.', [], '2017-08-08'],
    ['missiles test-fired after \'began\' are a show of force (150)', 'China began test-firing ballistic missiles into waters off Taiwan on Friday.', ['CHN 150 TWN'], '1996-03-08'],
    ['a headline\'s singular \'-s\' form before \'to\' and a verb is its verb', 'Kenya\'s ruling party votes to legalise opposition parties', ['KEN 0812 KEN'], '1991-12-03'],
    ['what a vote sets a \'by\' deadline for is still to come (intent)', 'Israel\'s cabinet voted on Sunday to withdraw the army from southern Lebanon by July.', ['ISR 035 LBN'], '2000-03-05'],
    ['a vote with no deadline is the act', 'The Security Council voted to impose sanctions on Libya.', ['IGOUNO 163 LBY'], '1992-03-31'],
    ['talks named for the city they are held in name no actor', 'The U.S. envoy said he was hopeful that the London talks would end Ethiopia\'s civil war.', ['USA 013 ETH'], '1991-05-17'],
    ['a mass of civilians gunned down is mass killing (202)', 'Rebels gunned down more than 100 Muslim worshippers at a mosque in eastern Sri Lanka.', ['LKA 202 LKA'], '1990-08-04'],
    ['a few gunned down is killing (1823)', 'Rebels gunned down two soldiers near Batticaloa.', ['LKA 1823 LKA'], '1990-08-04'],
    ['\'heads of state\' is a noun, and a body\'s heads of state act for it', 'ECOWAS heads of state met Ivorian President Laurent Gbagbo in Accra on Sunday.', ['IGOWAS 040 CIV'], '2002-09-29'],
    ['a speech participle that goes on with a quote\'s statement keeps the statement', '"Haiti is running out of time," the U.N. humanitarian chief told reporters in Geneva, describing conditions as catastrophic.', ['IGOUNO 010 HTI'], '2023-06-01'],
    ['missiles fired at a place are a strike (195)', 'Israel fired missiles at Gaza.', ['ISR 195 PSE'], '2009-01-03'],
    ['a plural noun before a headline\'s \'to\' is no verb', 'Israel-Syria talks to resume in Washington', [], '1999-12-10'],
    ['a headline statement stays when the talks are only to resume', 'Sudan peace talks to resume, says Kenya', ['KEN 010 SDN'], '2003-01-10'],
    ['one\'s own country said not to be a party still denies', 'Israel said the country was not a party to the Geneva convention.', [], '2003-01-10'],
    ['a deadline in a relative clause is not the vote\'s', 'The U.S. Senate voted to impose sanctions on Syria, which must withdraw its troops by May.', ['USA 163 SYR'], '2004-03-10'],
    ['missiles fired off a coast at targets are a strike (195)', 'U.S. warships fired Tomahawk missiles off the coast of Yemen at al Qaeda camps.', ['USA 195 IMGMOS'], '2002-11-05'],
    ['an international body\'s home names no country of the sentence', 'Three journalists were arrested, Amnesty International said.', ['- 173 -'], '2016-07-20'],
    ['people of no named country in a place are of it, whoever tells of it', 'Hutu militiamen massacred hundreds of Tutsi civilians in a church in eastern Rwanda, the Red Cross said.', ['RWA 202 RWA'], '1994-04-20'],
    ['a state that signs with rebels of no named country in a venue signs with its own', 'Sudan signed a ceasefire with rebels in Nairobi.', ['SDN 057 SDN'], '2005-03-01'],
    ['a state\'s titled person no agent codes acts for the state', 'Iraq\'s top cleric urged politicians on Friday to form a new government quickly.', ['IRQ 020 IRQ'], '2010-03-01'],
    ['an apposition after the target\'s place', 'Yugoslavia ordered the head of the OSCE monitoring mission in Kosovo, William Walker, to leave the country within 48 hours.', ['YUG 166 IGOSCE'], '1999-01-18'],
    ['an international body\'s people sent out are its mission withdrawn', 'Sudan expelled the head of Oxfam.', ['SDN 166 NGODEV'], '2009-03-05'],
    ['a person\'s expulsion stays a deportation', 'Sudan expelled a British teacher.', ['SDN 174 GBR'], '2009-03-05'],
    ['an acronym the headline tagger read as a verb', 'Yeltsin and Bush sign START II treaty to cut nuclear arsenals by two-thirds', ['RUS 057 USA', 'USA 057 RUS'], '1993-01-03'],
    ['elections to come are a reform intended', 'Kyrgyzstan to hold referendum on new constitution in June', ['KGZ 0344 KGZ'], '2010-05-03'],
    ['elections held are no event', 'Myanmar held elections on Sunday.', [], '2010-11-08'],
    ['elections that may be held are no event', 'Kazakhstan may hold an early presidential election this spring.', [], '2010-11-08'],
    ['an ex- title the tokenizer kept whole', 'Ex-President Carter holds last-ditch talks with Haiti\'s military chief Cedras', ['USA 046 HTI'], '1994-09-17'],
    ['a joint venture shut cuts ties', 'Seoul shuts down joint Kaesong industrial park to punish North for rocket launch', ['KOR 160 PRK'], '2016-02-10'],
    ['a pipeline carrying another\'s oil shut cuts ties', 'Turkey shut the pipeline carrying Iraqi crude to its port of Yumurtalik on Wednesday.', ['TUR 160 IRQ'], '1990-08-08'],
    ['a pipeline shut at home is no act', 'Nigeria shut a pipeline after an attack by militants.', [], '2006-02-20'],
    ['a body a name owns stays its own when led by another\'s', 'A U.N. team led by a German prosecutor began investigating the killings.', ['IGOUNO 091 -'], '2008-05-20'],
    ['a strike threatened is no attack threatened', 'Nigerian unions threatened to launch a general strike on Monday.', ['NGA 133 NGA'], '1996-12-10'],
    ['a headline comma joins a name and a plural of people', 'Guatemala, leftist rebels open peace talks in Mexico City', ['GTM 046 GTM', 'GTM 046 GTM'], '1995-03-01'],
    ['surgeons flown into a place are humanitarian aid', 'Red Cross flies surgeons into Kigali as fighting rages', ['NGOHLH 073 RWA'], '1994-04-20'],
    ['forces wiped out are attacked', 'French forces wipe out Ivory Coast\'s air force after deadly raid on peacekeepers', ['FRA 190 CIV'], '2004-11-06'],
    ['a debt wiped out is forgiven', 'The Paris Club wiped out Iraq\'s debt.', ['IGOPRC 071 IRQ'], '2004-11-21'],
    ['what floods wipe out is no one\'s act', 'Floods wiped out crops in Bangladesh.', [], '2004-08-01'],
    ['abducted schoolgirls returned are released', 'Boko Haram fighters returned most of the schoolgirls on Wednesday.', ['NGA 0841 NGA'], '2018-03-21'],
    ['inspectors let resume their work are admitted', 'Iraq let U.N. weapons inspectors resume their work on Wednesday after a four-year absence.', ['IRQ 0862 IGOUNO'], '2002-11-27'],
    ['a deadline let pass is no event', 'Iraq let the deadline pass.', [], '2003-03-01'],
    ['a person handed back past an apposition', 'Pakistan handed a captured Indian air force pilot, Flight Lieutenant K. Nachiketa, back to India on Thursday.', ['PAK 0841 IND'], '1999-06-04'],
    ['a state that suspends its own parties bans them', 'Guinea junta suspends main opposition parties ahead of referendum', ['GIN 1722 GIN'], '2021-09-20'],
    ['a state suspended from a bloc loses membership', 'The African Union suspended Guinea.', ['IGOAFR 160 GIN'], '2021-09-10'],
    ['pressure from someone is a noun', 'Jammeh bowed to pressure from ECOWAS.', ['GMB 080 IGOWAS'], '2017-01-21'],
    ['a resignation gives way to whom its participle names', 'Gambia\'s longtime ruler Yahya Jammeh announced on Friday that he was stepping down, bowing to pressure from ECOWAS after a six-week standoff.', ['GMB 0831 IGOWAS'], '2017-01-21'],
    ['a resignation bowing to a state\'s demands', 'Lieutenant General Raoul Cedras stepped down as commander of Haiti\'s army on Monday, bowing to U.S. demands that the military leaders leave.', ['HTI 0831 USA'], '1994-10-10'],
    ['a resignation bowing to protests gives way at home', 'Indonesian President Suharto resigned after 32 years in power, bowing to weeks of student protests and rioting.', ['IDN 0831 IDN'], '1998-05-21'],
    ['a resignation bowing to protests by a demonym\'s people gives way at home', 'Bolivian President Gonzalo Sanchez de Lozada resigned on Friday, bowing to weeks of protests by Indian peasants and labor unions.', ['BOL 0831 BOL'], '2003-10-17'],
    ['a region\'s donors are no side given way to', 'Bowing to months of pressure from Western donors and opposition campaigners, Kenya\'s ruling KANU party voted on Tuesday to scrap the clause that made it the only legal party.', ['KEN 081 KEN'], '1991-12-03'],
    ['what demands ask is no one given way to', 'Iraq accepted the Security Council\'s harsh ceasefire terms on Saturday, bowing to demands that it destroy its chemical weapons.', ['IRQ 080 IGOUNO', 'IRQ 1712 IRQ'], '1991-04-06'],
    ['a yielding with a target of its own keeps it', 'The Philippines began withdrawing its humanitarian contingent from Iraq on Wednesday, bowing to the demands of militants holding a Filipino truck driver hostage.', ['PHL 0874 IRQ'], '2004-07-14'],
    ['gas cut to a state is an embargo', 'Russia cuts gas supplies to Ukraine in price row', ['RUS 163 UKR'], '2009-01-01'],
    ['gas cut off to a state is an embargo', 'Russia cut off gas to Ukraine.', ['RUS 163 UKR'], '2009-01-01'],
    ['supplies cut off to a place are a blockade', 'Israel cut off supplies to Gaza.', ['ISR 191 PSE'], '2009-01-01'],
    ['gas halted to states is an embargo', 'Gazprom halts gas to Poland and Bulgaria in rouble payment row', ['RUS 163 POL', 'RUS 163 BGR'], '2022-04-27'],
    ['a laboratory sent is aid', 'China sends mobile Ebola laboratory to Sierra Leone', ['CHN 073 SLE'], '2014-09-16'],
    ['forces sent at someone\'s request to help are protection', 'Australia sent police and soldiers to the Solomon Islands on Thursday at Prime Minister Manasseh Sogavare\'s request to help restore order.', ['AUS 074 SLB'], '2006-04-20'],
    ['the leftmost pattern word, and there the longest', 'The World Food Programme handed out rice, beans and cooking oil to about 100,000 displaced people in Monrovia on Thursday.', ['IGOUNO 073 LBR'], '2003-08-28'],
    ['a measure before its of is no pattern word\'s place', 'Ghana will send a battalion of troops to join a West African peacekeeping force being assembled for war-torn Liberia.', ['GHA 0334 LBR'], '2003-08-10'],
    ['the longest pattern word that ends a phrase\'s head', 'The European Union approved 25 million euros in emergency food aid for Malawi on Thursday.', ['IGOEEC 073 MWI'], '2002-07-11'],
    ['a mass expulsion ordered is one', 'Tanzania ordered the mass expulsion of all Rwandan refugees on its soil on Thursday.', ['TZA 201 RWA'], '1996-12-05'],
    ['people deported to a state are sent to it', 'Thailand forcibly deported more than 100 ethnic Uighur migrants to China on Thursday, officials in Bangkok said.', ['THA 174 CHN'], '2015-07-09'],
    ['a broadcaster a state suspends is shut', 'Rwanda suspended the BBC\'s Kinyarwanda radio service indefinitely on Friday.', ['RWA 1721 GBR'], '2014-10-24'],
    ['soldiers flown in to serve in a peacekeeping mission protect', 'Uganda flew the first of 1,500 soldiers into Mogadishu on Tuesday to serve in an African Union peacekeeping mission.', ['UGA 074 SOM'], '2007-03-06'],
    ['warships across a strait\'s median line show force', 'Chinese warships and fighter jets crossed the median line of the Taiwan Strait on Friday.', ['CHN 150 TWN'], '2022-08-05'],
    ['a state\'s financial crimes agency is its police', 'India\'s financial crimes agency arrested Delhi Chief Minister Arvind Kejriwal on Thursday.', ['IND 173 IND'], '2024-03-21'],
    ['relief brought to a place is aid', 'U.N. convoy brings food and shelter to cyclone-hit Rakhine', ['IGOUNO 073 MMR'], '2008-05-10'],
    ['an end brought is no aid', 'The talks brought an end to the war.', [], '2008-05-10'],
    ['newspapers ordered to close are shut', 'Eritrea\'s government ordered privately owned newspapers to close.', ['ERI 1721 ERI'], '2001-09-18'],
    ['troops ordered to close a border are no newspapers', 'Iran ordered troops to close the border.', ['IRN 191 IRN'], '2001-09-18'],
    ['a province news names is a place', 'Crowds rioted in at least four towns in East Java on Sunday.', ['IDN 145 IDN'], '1998-02-15'],
    ['an infinitive carry is no light verb', 'Turkmenistan will build a new pipeline along the Caspian coast to carry its natural gas to Russia, President Gurbanguly Berdymukhamedov said.', ['TKM 030 RUS'], '2010-01-01'],
    ['bombs carrying gas still carry a gas attack', 'Syrian government warplanes dropped bombs carrying poison gas on the rebel-held town of Khan Sheikhoun on Tuesday.', ['SYR 2041 SYR'], '2017-04-04'],
    ['money poured into a place is aid', 'China will pour some $46 billion into energy and infrastructure projects in Pakistan over the next 15 years, President Xi Jinping said.', ['CHN 033 PAK'], '2015-04-20'],
    ['tanks that pour into a country invade it', 'Iraqi tanks poured into Kuwait.', ['IRQ 192 KWT'], '1990-08-02'],
    ['a subordinator \'once\' ends a pattern\'s reach', 'Kyrgyz President Sooronbay Jeenbekov said on Friday he was ready to step down once a new government had been approved.', ['KGZ 035 KGZ'], '2020-10-09'],
    ['security personnel pulled out are withdrawn', 'South Africa pledged on Wednesday to pull its last security personnel out of Namibia before the territory becomes independent.', ['ZAF 035 NAM'], '1990-02-14'],
    ['sites opened to another\'s inspections let its inspectors in', 'Iran opened its nuclear sites to snap inspections by the International Atomic Energy Agency.', ['IRN 0862 IGOUNO'], '2003-10-21'],
    ['a transnational group struck where it fights is of that country', 'Egyptian warplanes bombed Islamic State positions in the eastern Libyan city of Derna on Monday, the army said.', ['EGY 195 LBY'], '2015-02-16'],
    ['an international body\'s member states act for it', 'The 22 member states of NATO and the Warsaw Pact signed a treaty on Monday.', ['IGOWST 057 -'], '1990-11-19'],
    ['fire of two kinds exchanged', 'Thai and Cambodian troops exchanged rocket and gunfire near the disputed Preah Vihear temple on Friday.', ['THA 190 KHM', 'KHM 190 THA'], '2011-02-04'],
    ['the Aga Khan Foundation is a development NGO', 'The Aga Khan Foundation trucked thousands of tonnes of wheat flour to the isolated Gorno-Badakhshan region of Tajikistan.', ['NGODEV 073 TJK'], '1993-12-01'],
    ['an air base opened at a place is military cooperation', 'Russian and Kyrgyz officials opened a Russian air base at Kant on Thursday.', ['RUS 062 KGZ', 'KGZ 062 RUS'], '2003-10-23'],
    ['forces sent for relief bring it', 'Japan sends troops, aircraft for Philippine typhoon relief', ['JPN 074 PHL'], '2013-11-12'],
    ['forces sent for a show of force show it', 'India sent troops to the border for a show of force.', ['IND 154 -'], '2002-01-01'],
    ['an inquiry ordered into a place\'s abuses looks into it', 'U.N. rights council orders fact-finding mission on abuses in Venezuela', ['IGOUNO 090 VEN'], '2019-09-27'],
    ['arms export licences to a state suspended are an embargo', 'Britain suspended 30 arms export licences to Israel.', ['GBR 163 ISR'], '2024-09-02'],
    ['talks between two sides that go into another day take place', 'Talks between South Korean President Kim Dae-jung and North Korean leader Kim Jong-il went into a second day in Pyongyang on Wednesday.', ['KOR 040 PRK', 'PRK 040 KOR'], '2000-06-14'],
    ['talks between two sides that enter another day take place', 'Talks between Israel and Syria entered their third day.', ['ISR 040 SYR', 'SYR 040 ISR'], '2000-01-05'],
    ['bail one is on is a noun', 'French academic Clotilde Reiss was freed on bail by a Tehran court on Sunday.', ['IRN 0841 FRA'], '2009-08-16'],
    ['a bare passive joined to a modal verb shares its mood', 'If the talks collapse, Greece could run out of cash within days and be forced to print its own currency, according to analysts.', [], '2015-06-01'],
    ['bank records passed to a state are shared intelligence', 'Lithuania\'s Justice Ministry passed bank records of Belarusian activist Ales Bialiatski to Minsk.', ['LTU 064 BLR'], '2012-08-01'],
    ['a Philippine province news names is a place', 'Gunmen massacred 57 people in Maguindanao on Monday.', ['- 202 PHL'], '2009-11-23'],
    ['a yielding meets whose terms its participle names', 'Yugoslav army starts Kosovo pullout, meeting NATO terms', ['YUG 0874 IGOWST'], '1999-06-10'],
    ['a blockade thrown around a place', 'Papua New Guinea\'s defence force has thrown a naval blockade around Bougainville.', ['PNG 191 PNG'], '1990-05-01'],
    ['a state taken to arbitration is sued', 'Philippines takes China to U.N. arbitration over South China Sea claims', ['PHL 115 CHN'], '2013-01-22'],
    ['a region opened to foreign journalists lets them in', 'Jakarta opened Aceh to foreign journalists.', ['IDN 086 IDN'], '2005-08-16'],
    ['Eritrea before its liberation front took Asmara is Ethiopia\'s', 'Eritrean People\'s Liberation Front guerrillas have overrun government garrisons around the Red Sea port of Massawa after three days of heavy fighting.', ['ETH 192 ETH'], '1990-02-10'],
    ['Eritrea after its referendum is its own', 'Eritrea and Ethiopia signed a border accord.', ['ERI 057 ETH', 'ETH 057 ERI'], '1993-05-03'],
    ['a headline gerund before its of is the object', 'Kenya\'s Odinga demands sacking of election officials before presidential rerun', ['KEN 1041 KEN'], '2017-09-20'],
    ['the body whose activities one is suspended from suspends it', 'Egypt was suspended from all activities of the African Union on Friday.', ['IGOAFR 160 EGY'], '2013-07-05'],
    ['a body that suspends another from its meetings', 'The Commonwealth on Friday suspended Sierra Leone\'s military rulers from its meetings pending the return of the elected government of President Ahmad Tejan Kabbah.', ['IGOCWN 160 SLE'], '1997-07-11'],
    ['a body\'s branch is the body', 'Indian authorities froze the bank accounts of Amnesty International\'s India branch, the rights group said on Tuesday.', ['IND 1711 NGOHRI'], '2020-09-29'],
    ['a state that freezes its own opposition\'s money seizes it', 'Russian authorities froze the accounts of opposition leader Alexei Navalny\'s foundation.', ['RUS 1711 RUS'], '2021-04-26'],
    ['another state\'s people\'s assets frozen are a sanction', 'The EU froze the assets of Russian oligarchs.', ['IGOEEC 163 RUS'], '2022-03-01'],
    ['army engineers sent to another state protect it', 'Japan will send about 300 army engineers to South Sudan early next year to build roads and bridges for the U.N. peacekeeping mission there, Chief Cabinet Secretary Osamu Fujimura said on Tuesday.', ['JPN 0334 SSD'], '2011-12-20'],
    ['ships sunk by a state\'s forces are struck', 'Iraqi forces sank two Kuwaiti gunboats.', ['IRQ 190 KWT'], '1990-08-02'],
    ['a ship that sinks is no one\'s act', 'The ferry sank off the coast.', [], '2011-03-16'],
    ['protesters cleared by riot police are repressed', 'Bahraini riot police firing tear gas and rubber bullets cleared thousands of protesters from Manama\'s Pearl Roundabout before dawn on Thursday, witnesses said.', ['BHR 175 BHR'], '2011-02-17'],
    ['a road cleared is no repression', 'Police cleared the road.', [], '2011-03-16'],
    ['a report after \'said late on Wednesday\'', 'The Russian-led Collective Security Treaty Organization said late on Wednesday it would send peacekeeping troops to Kazakhstan at the request of President Kassym-Jomart Tokayev.', ['IGOCST 033 KAZ'], '2022-01-05'],
    ['an inquiry appointed into something looks into it', 'South African President Jacob Zuma appointed a judicial commission of inquiry on Thursday into the police shooting of 34 striking miners at the Marikana mine.', ['ZAF 090 ZAF'], '2012-08-23'],
    ['a chief appointed is no inquiry', 'Zuma appointed a new police chief.', [], '2012-08-23'],
    ['a headline\'s phrase between a speech verb and \'to\' is the infinitive\'s subject', 'Lebed says Russian troops to leave Chechnya under peace deal', ['RUS 035 RUS'], '1996-08-30'],
    ['a group named between a state\'s possessive and a title is the group\'s', 'Afghanistan\'s Taliban leader rejected talks with Kabul.', ['AFG 125 AFG'], '2010-03-01'],
    ['a faith between a state\'s possessive and a title names no group', 'Iraq\'s top Shi\'ite cleric urged politicians to form a government.', ['IRQ 020 IRQ'], '2010-03-01'],
    ['a transnational group condemned is placed by no speaker\'s country', 'China condemned Islamic State.', ['CHN 111 IMGMOS'], '2015-11-14'],
    ['a transnational group a state bans at home is of that state', 'Musharraf bans Lashkar-e-Taiba and Jaish-e-Mohammad', ['PAK 172 PAK', 'PAK 172 PAK'], '2002-01-12'],
    ['a place\'s comma before a plural and a one-sided verb joins nothing', 'Kenya, floods kill 20 in Nairobi', [], '1997-11-20'],
    ['a yielding with its own target at home keeps it', 'King Gyanendra reinstated parliament, caving in to weeks of protests.', ['NPL 0812 NPL', 'NPL 080 NPL'], '2006-04-25'],
    ['a yielding to named crowds at home keeps them', 'Philippine President Joseph Estrada left the palace, yielding to demands from the military and protesters.', ['PHL 083 PHL', 'PHL 083 PHL'], '2001-01-20'],
    ['a yielding to two bodies\' conditions meets both', 'Greece accepted the bailout, meeting the conditions of the European Union and the IMF.', ['GRC 030 GRC', 'GRC 083 IGOEEC', 'GRC 083 IGOIMF'], '2010-05-02'],
    ['aid an infinitive carries is still aid', 'Russia sent a convoy of trucks to carry aid to eastern Ukraine.', ['RUS 073 UKR'], '2014-08-20'],
    ['an air base at a place in a country named after', 'Russia opened an air base at Hmeimim in Syria.', ['RUS 062 SYR'], '2015-09-30'],
    ['a country opened to foreigners seeking visas lets in no outsiders', 'Qatar opened its doors to foreigners seeking visas.', [], '2017-08-09'],
    ['a plural read as a verb before a past form is the subject\'s noun', 'Australian air force Hercules transports began flying food, clean water and medical supplies into tsunami-devastated Aceh on Friday.', ['AUS 073 IDN'], '2004-12-31'],
    ['a linking verb before its participle stays a verb', 'Nairobi remains committed to sending 1,000 police officers to lead a multinational security mission in Haiti, Kenyan President William Ruto said on Friday.', ['KEN 0334 HTI', 'KEN 033 HTI'], '2023-10-01'],
    ['relief carried into a place is aid', 'U.N. aid trucks carried flour, medicine and fuel into the Gaza Strip on Wednesday.', ['IGOUNO 073 PSE'], '2009-01-07'],
    ['passengers carried are no aid', 'The plane carried 200 passengers.', [], '2009-01-07'],
    ['a transport plane loaded with shelter kits is aid', 'Britain flew a military transport plane loaded with shelter kits and water-purification equipment to the Philippines on Tuesday.', ['GBR 073 PHL'], '2013-11-12'],
    ['a headline\'s unnamed phrase before \'to\' is the speaker\'s, and to come', 'Pentagon says troops to withdraw from Iraq next year', ['USA 035 IRQ'], '2007-03-10'],
    ['fishing vessels sunk are no attack', 'Indonesia sank dozens of foreign fishing vessels seized for illegal fishing.', [], '2015-05-20'],
    ['army engineers sent to a border show force', 'India sent army engineers to the border with China.', ['IND 154 CHN'], '2020-06-20'],
    ['fertiliser shipped to a trading partner is no aid', 'Russia shipped fertilizer to Brazil.', [], '2022-05-01'],
    ['protesters cleared to march are not cleared away', 'Turkish authorities cleared protesters to march.', ['TUR 141 TUR'], '2013-06-01'],
    ['a panel appointed to investigate is one inquiry', 'The U.N. appointed a panel to investigate the killing of Benazir Bhutto.', ['IGOUNO 091 PAK'], '2009-02-03'],
    ['one leader raps another', 'Merkel raps Riyadh over Yemen war', ['DEU 111 SAU'], '2018-10-22'],
    ['blame pinned on someone accuses them', 'Lebanese opposition leaders pinned the blame on Syria on Monday for the massive bombing.', ['LBN 112 SYR'], '2005-02-14'],
    ['a bilateral exercise is joint', 'Indian and Japanese warships held their first bilateral naval exercise off the coast of Japan on Saturday.', ['IND 062 JPN', 'JPN 062 IND'], '2012-06-09'],
    ['a book put on a table is no blame', 'He put the book on the table.', [], '2012-06-09'],
    ['a headline\'s -s verb before a participle stays the verb', 'Israel frees jailed Palestinians in swap for Gilad Shalit', ['ISR 0841 PSE'], '2011-10-18'],
    ['a headline\'s -s verb before \'failed\' stays the verb', 'Turkey condemns failed coup attempt in Mali', ['TUR 111 MLI'], '2012-07-19'],
    ['a rebel arms ship sunk is struck', 'Sri Lankan navy sank an LTTE arms ship.', ['LKA 190 LKA'], '2009-05-19'],
    ['protesters cleared from a park are repressed', 'Turkish riot police cleared protesters in Gezi Park.', ['TUR 175 TUR'], '2013-06-15'],
    ['fuel smugglers carry is no aid', 'Smugglers carried fuel into Iraq from Syria.', [], '2003-12-27'],
    ['money handed to a state is aid', 'China handed Sierra Leone $1 million in emergency aid on Tuesday.', ['CHN 071 SLE'], '2017-08-22'],
    ['trade with a state barred is an embargo', 'Clinton barred all American trade with Iran.', ['USA 163 IRN'], '1995-05-06'],
    ['a candidate barred from running is banned', 'Kenya barred the opposition leader from running.', ['KEN 1722 KEN'], '2007-11-01'],
    ['a statement set off by a parenthetical phrase before its \'that\' still reports', 'Lula said in Buenos Aires on Monday, on his first trip abroad since taking office, that Argentina was Brazil\'s most important partner.', ['BRA 010 ARG'], '2003-01-15'],
    ['an existential \'there\' opens a reported clause, about where it is', 'South African President Thabo Mbeki said on Saturday there was no crisis in Zimbabwe.', ['ZAF 010 ZWE'], '2003-05-10'],
    ['a statement told to people of no country is about the country its words name', 'Pope Francis told pilgrims in St. Peter\'s Square on Sunday that he was following the events in Sudan with concern.', ['VAT 010 SDN'], '2019-06-16'],
    ['a statement told to people of no country, naming none, keeps them', 'Obama told students on Monday that education mattered.', ['USA 010 -'], '2012-05-14'],
    ['a country\'s act named by no one else is what a statement is about', 'Lithuanian President Dalia Grybauskaite said on Friday that Britain\'s vote to leave the European Union was a sad day for Europe.', ['LTU 010 GBR'], '2016-06-24'],
    ['relations between \'the two\' are with the host of the speaker abroad', 'Vietnam\'s Prime Minister Nguyen Xuan Phuc said in Beijing on Monday that relations between the two neighbours were developing well.', ['VNM 010 CHN'], '2016-09-12'],
    ['relations between \'the two\' spoken at a body\'s seat are with no host', 'Greek Prime Minister Alexis Tsipras said in Brussels on Monday that relations between the two sides were good.', ['GRC 010 -'], '2015-06-22'],
    ['relations \'described\' are what a quote is about', '"We have put years of mistrust behind us," the Uzbek foreign minister told reporters, describing relations with Tajikistan as the best in decades.', ['UZB 010 TJK'], '2018-03-09'],
    ['a lone surname before a headline verb in -s read as a plural is a name', 'Putin visits Tashkent, holds talks with Uzbek leader', ['RUS 042 UZB', 'RUS 046 UZB'], '2016-09-06'],
    ['\'acting\' between a nationality and a lower-case title describes it', 'Putin holds talks with Uzbek acting leader', ['RUS 046 UZB'], '2016-09-06'],
    ['an extradition ordered hands the suspect over (063)', 'Chile\'s Supreme Court on Friday ordered the extradition of former Peruvian President Alberto Fujimori to Peru.', ['CHL 063 PER'], '2007-09-21'],
    ['a pro-democracy coalition is the opposition', 'Nigeria\'s pro-democracy coalition demanded on Monday that the military government free Moshood Abiola.', ['NGA 1053 NGA'], '1995-06-12'],
    ['an aid convoy let in is humanitarian access allowed (0863)', 'Iraq let the first U.N. relief convoy cross into the Kurdish north on Thursday.', ['IRQ 0863 IGOUNO'], '1991-04-18'],
    ['a joint force accepted is peacekeepers received (0861)', 'Sudan accepts joint U.N.-African Union force for Darfur', ['SDN 0861 IGOAFR'], '2007-06-12'],
    ['defectors sent back are deported (174)', 'China forcibly sent about 600 North Korean defectors back across the border on Monday.', ['CHN 174 PRK'], '2010-01-11'],
    ['money withheld from a body is aid stopped (162)', 'U.S. withholds $65 mln from U.N. agency for Palestinian refugees', ['USA 162 IGOUNO'], '2018-01-16'],
    ['a rescue charity is an NGO', 'Italy impounds German rescue charity\'s migrant ship', ['ITA 1711 NGO'], '2017-08-02'],
    ['people working for an aid group are its own', 'Al-Shabaab gunmen abducted two Spanish women working for Medecins Sans Frontieres from the Dadaab refugee camp in Kenya on Thursday.', ['SOM 181 NGOHLH'], '2011-10-13'],
    ['people working for no body keep their own code', 'Gunmen abducted two Spanish women working for a bank.', ['- 181 ESP'], '2011-10-13'],
    ['a speaker\'s apposition may name a place and its country', 'Vanuatu\'s President Baldwin Lonsdale, speaking at a U.N. conference in Sendai, Japan, said the cyclone had wiped out years of development.', ['VUT 010 -'], '2015-03-16'],
    ['…but a name after a body\'s title is still the apposition', 'The head of the World Health Organization, Tedros Adhanom Ghebreyesus, told reporters in Geneva that the outbreak was a pandemic.', ['IGOUNO 010 -'], '2020-03-11'],
    ['a capitalised pronoun right after a name ends the name', 'U.S. Trade Representative Robert Lighthizer and Chinese Vice Premier Liu He wrapped up two days of talks in Washington.', ['USA 046 CHN', 'CHN 046 USA'], '2019-05-10'],
    ['talks held abroad with no partner named are with the host, though the topic joins two things with \'and\'', 'An Armenian delegation held talks in Tehran on emergency deliveries of fuel and grain.', ['ARM 046 IRN'], '1993-01-20'],
    ['a credit line sought from a state is an appeal for aid (0231)', 'Sri Lanka seeks another 500 million dollar fuel credit line from India', ['LKA 0231 IND'], '2022-03-15'],
    ['goods bought that a state\'s name marks are trade with it, intended (031)', 'India to buy more U.S. oil and gas to ease trade friction', ['IND 031 USA'], '2019-06-20'],
    ['goods bought from no one named are trade with no one', 'India bought grain.', ['IND 061 -'], '2019-06-20'],
    ['tariffs dropped on another\'s goods ease a sanction (081)', 'China drops tariffs on Australian barley', ['CHN 081 AUS'], '2023-08-04'],
    ['Global Witness is an NGO', 'Global Witness accused Congo\'s government of selling stakes in state mining assets.', ['NGOGLW 112 COD'], '2013-05-10'],
    ['seeds and farming tools handed out are aid (073)', 'The International Committee of the Red Cross distributed seeds and farming tools to thousands of families returning to their villages in Liberia\'s Lofa county.', ['NGOHLH 073 LBR'], '2004-05-10'],
    ['protesters burning another state\'s flag protest against it', 'Thousands of Pakistanis marched through Lahore, burning Danish flags in protest at newspaper cartoons.', ['PAK 141 DNK'], '2006-02-14'],
    ['a lifeline thrown to a state is a loan (071)', 'Russia throws Ukraine $15 billion lifeline as Kiev protests go on', ['RUS 071 UKR'], '2013-12-17'],
    ['the KCTU is South Korea\'s union federation', 'The Korean Confederation of Trade Unions demanded on Tuesday that the government scrap the labour law.', ['KOR 100 KOR'], '1997-01-14'],
    ['a headline\'s \'protest leaders\' are a noun phrase, not a verb and its object', 'Sudan\'s generals and protest leaders sign power-sharing deal', ['SDN 057 SDN', 'SDN 057 SDN'], '2019-08-04'],
    ['a batch of their own weapons handed over disarms (0873)', 'Ethnic Albanian rebels in Macedonia handed their first batch of weapons to NATO troops on Monday.', ['MKD 0873 IGOWST'], '2001-08-27'],
    ['a coast guard cutter handed over is military aid (072)', 'The United States handed over a decommissioned coast guard cutter to Vietnam.', ['USA 072 VNM'], '2017-05-25'],
    ['a nation\'s people counted as a crowd who protest demonstrate (141)', 'Thousands of Egyptians protested in Cairo.', ['EGY 141 EGY'], '2016-04-15'],
    ['a state that protests still protests officially (114)', 'Egypt protested to Israel.', ['EGY 114 ISR'], '2016-04-15'],
    ['an aid convoy that is not named as aid is no humanitarian access', 'The Iraqi army let the convoy through the checkpoint.', [], '2003-04-10'],
    ['a humanitarian convoy let through is humanitarian access (0863)', 'Russian forces let a humanitarian convoy reach Sumy.', ['RUS 0863 UKR'], '2022-03-09'],
    ['a task force\'s findings accepted are no peacekeepers received', 'Iraq accepted the U.N. task force\'s findings.', ['IRQ 030 IGOUNO'], '2014-06-30'],
    ['reservists called up to bolster a border are mobilised (154)', 'Tajikistan calls up 20,000 reservists to bolster Afghan border', ['TJK 154 AFG'], '2001-09-25'],
    ['a noun compound before a headline\'s verb is no surname and verb', 'Bush fires threaten Sydney suburbs', [], '2019-09-10'],
    ['relations between \'the two rivals\' said abroad are not with the host', 'The Pakistani foreign minister said in London that relations between the two nuclear rivals were improving.', ['PAK 010 -'], '2002-07-19'],
    ['\'the charity\' that a named NGO speaks of leaves the NGO the speaker', 'Save the Children said the charity had suspended its operations in Afghanistan.', ['NGODEV 010 -'], '2021-12-11'],
    ['tools handed to one\'s own soldiers are no aid', 'The government handed out tools to its soldiers.', [], '2012-08-29'],
    ['a protest against a named aim keeps it though flags burn', 'Thousands of Jordanians protested against the government in Amman, burning Israeli flags.', ['JOR 141 JOR'], '2012-09-21'],
    ['burnt flags of two states aim a protest at both', 'Thousands of Iraqis marched through Baghdad, burning Israeli and American flags.', ['IRQ 141 ISR', 'IRQ 141 USA'], '2019-07-05'],
    ['a nuclear device exploded is a show of force, not an attack (150)', 'Pakistan explodes five nuclear devices in reply to India', ['PAK 150 IND'], '1998-05-28'],
    ['a missile fired over another\'s land is a show of force (150)', 'North Korea fired a ballistic missile over Japan\'s main island of Honshu on Monday.', ['PRK 150 JPN'], '2017-08-29'],
    ['declining to recognise a government rejects it (120)', 'CARICOM leaders declined to recognise Haiti\'s interim government.', ['IGOCCM 120 HTI'], '2004-03-03'],
    ['East Timor\'s country is its ISO code, TLS', 'Indonesia condemned East Timor on Monday.', ['IDN 111 TLS'], '2002-05-20'],
    ['tonnes of food carried into a city are aid (073)', 'Mexican air force planes carried tonnes of food, water purifiers and medicine into Tegucigalpa on Monday.', ['MEX 073 HND'], '1998-11-09'],
    ['a suspect ordered extradited is handed over (063)', 'Chile\'s top court orders Fujimori extradited to Peru', ['CHL 063 PER'], '2007-09-21'],
    ['one\'s own army ordered out of a place is pulled out (0874)', 'Yugoslav presidency orders federal army out of Slovenia', ['YUG 0874 SVN'], '1991-07-18'],
    ['another\'s troops ordered out are expelled (166)', 'Uzbekistan orders U.S. troops out of Karshi-Khanabad air base', ['UZB 166 USA'], '2005-07-30'],
    ['peacekeepers who deploy protect (074)', 'Russian peacekeepers began deploying to Nagorno-Karabakh on Tuesday.', ['RUS 074 AZE'], '2020-11-10'],
    ['a common adjective opening a sentence names no town', 'Young protesters ransacked the parliament building in Chisinau on Tuesday.', ['MDA 145 MDA'], '2009-04-07'],
    ['a state body an international body urges, of no named country, is of the one country the sentence names', '"The people of Zimbabwe must be able to choose their president freely," U.N. Secretary-General Kofi Annan said on Thursday, urging the government to ensure a peaceful vote next month.', ['IGOUNO 100 ZWE', 'IGOUNO 020 ZWE'], '2002-02-14'],
    ['a bare count killed after civilians were named is mass killing (202)', 'Uzbek troops opened fire on thousands of demonstrators in the main square of Andijan on Friday, killing hundreds, witnesses said.', ['UZB 175 UZB', 'UZB 202 UZB'], '2005-05-13'],
    ['headscarves burnt at rallies are a protest (141)', 'Iranian women tore off and burned their headscarves at rallies across the country on Wednesday.', ['IRN 141 IRN'], '2022-09-21'],
    ['money given to a court is financial aid (071)', 'Britain gave 2 million pounds to the U.N.-backed Special Court for Sierra Leone on Tuesday.', ['GBR 071 IGOUNO'], '2004-03-02'],
    ['a state named in the plural that protests protests officially (114)', 'Philippines protested to China over the island building.', ['PHL 114 CHN'], '2016-07-12'],
    ['a people named by their demonym who protest demonstrate (141)', 'Belarusians protested in Minsk against the disputed election result.', ['BLR 141 BLR'], '2020-08-10'],
    ['a state\'s own batch of arms handed to another arms it (072)', 'Iran handed its latest consignment of weapons to Hezbollah, Israel said.', ['IRN 072 LBN'], '2004-07-01'],
    ['another\'s army ordered out is no withdrawal', 'The Mali junta ordered the French army out of the country.', [], '2022-06-20'],
    ['peacekeepers who mass tanks show force (154)', 'Russian peacekeepers massed tanks near the Georgian border.', ['RUS 154 GEO'], '2008-08-10'],
    ['rockets fired over a border at towns are an attack', 'Hezbollah fired rockets over the border at Israeli towns.', ['LBN 194 ISR'], '2016-04-01'],
    ['declining to accept responsibility is no rejection', 'Israel declined to accept responsibility for the shelling.', [], '2007-07-03'],
    ['tax revenues withheld from an authority are aid cut (162)', 'Israel withheld tax payments from the Palestinian Authority.', ['ISR 162 PSE'], '2005-02-07'],
    ['supplies carried to armed forces are no humanitarian aid', 'Russian planes carried tonnes of supplies to Syrian government forces.', [], '2005-06-11'],
    ['talks that \'hit\' a phase are no attack, and the statement stands', 'Qatari premier says Gaza truce talks have hit a delicate phase', ['QAT 010 PSE'], '2024-05-01'],
    ['a fast unto death begun is a hunger strike (142)', 'Veteran Indian activist Anna Hazare began a fast unto death in New Delhi on Tuesday.', ['IND 142 IND'], '2011-08-16'],
    ['a mob that sets fire to shops riots (145)', 'Mobs set fire to homes and shops in Bombay for a third day on Friday.', ['IND 145 IND'], '1993-01-08'],
    ['a loan a lender\'s name marks is sought from it (0231)', 'Sri Lanka seeks emergency IMF loan as reserves run dry', ['LKA 0231 IGOIMF'], '2022-03-20'],
    ['ballots burnt by election officials are no protest', 'Election officials burned unused ballots after the count in Herat, a spokesman said.', ['AFG 1712 AFG'], '2014-04-06'],
    ['peacekeepers who patrol protect (074)', 'U.N. peacekeepers patrolled the streets of Dili after a week of gang violence.', ['IGOPKO 074 -'], '2006-10-02'],
    ['rebels\' last batch of weapons handed over disarms (0873)', 'The FARC handed its last batch of weapons to the United Nations mission.', ['COL 0873 IGOUNO'], '2017-06-27'],
    ['terms declined are rejected (120)', 'Ukraine declined to accept Russia\'s terms for a ceasefire.', ['UKR 120 RUS'], '2022-03-18'],
    ['a tax strike is no aid cut', 'Striking businesses in Kathmandu withheld tax payments to the government.', [], '2013-07-15'],
    ['the fast of Ramadan is no hunger strike', 'Muslims in Indonesia began the fast of Ramadan on Thursday.', [], '2023-03-23'],
    ['a fast in a place is a hunger strike (142)', 'Opposition leaders began a 24-hour fast outside parliament in Islamabad.', ['PAK 142 PAK'], '2018-05-14'],
    ['support sought for a policy is no appeal for aid', 'The Palestinians sought support for their U.N. membership bid at the General Assembly.', [], '2011-09-13'],
    ['a Chinese leader\'s given name is no surname: \'Gang\' is a gang', 'Gang kidnaps American nurse and her child in Haiti', ['HTI 181 USA'], '2021-10-20'],
    ['a Chinese leader is still known by the family name', 'Qin met Blinken.', ['CHN 040 USA'], '2023-06-19'],
    ['a relation a speaker of no named country speaks of is with the other side, once the capital they speak in places them', 'Relations between Chile and Peru are improving steadily, ministry spokesman Luis Ortega told reporters in Santiago on Monday.', ['CHL 010 PER'], '2011-03-07'],
    ['the same, for ties with one named side', 'Ties with Laos have never been better, a foreign ministry spokesman told a news conference in Hanoi.', ['VNM 010 LAO'], '2009-05-12'],
    ['a future act with its own complement keeps its event beside what it is for', 'Kenya will work with Uganda to arrest the smugglers.', ['KEN 031 UGA', 'KEN 137 KEN'], '2015-02-02'],
    ['working hand in hand with another is cooperating', 'Ghana is working hand in hand with Togo on border security.', ['GHA 060 TGO'], '2016-06-06'],
    ['rulers seated in a named capital are its state\'s', 'Turkey condemned the new government in Tripoli.', ['TUR 111 LBY'], '2014-09-01'],
    ['the same for a regime', 'Canada imposed sanctions on the regime in Minsk.', ['CAN 163 BLR'], '2021-06-21'],
    ['talks with the government in a country are held there; the government is the speaker\'s', 'Colombia\'s FARC rebels agreed to hold talks with the government in Cuba.', ['COL 036 COL'], '2012-09-04'],
    ['a speaker\'s word that its side had nothing to do with an act is a denial, no event', 'A government spokesman in Kigali said Rwanda had nothing to do with the attack on the convoy.', [], '2012-07-02'],
    ['the same for one that played no part in it', 'The army said it played no part in the killings of the villagers.', [], '2014-03-03'],
    ['what a thing had nothing to do with is still a statement', 'Russia said the talks had nothing to do with Ukraine.', ['RUS 010 UKR'], '2015-02-02'],
    ['gas as a noun the tagger reads as a verb is no chemical attack', 'Turkmenistan promised to start gas deliveries to Pakistan.', ['TKM 031 PAK'], '2016-01-01'],
    ['gassing people is a chemical attack', 'Iraqi forces gassed the Kurds of Halabja.', ['IRQ 2041 IRQ'], '1988-03-17'],
    ['prisoners in a country\'s jails are its civilians', 'Prisoners in Turkish jails have been on hunger strike for two months.', ['TUR 142 TUR'], '2012-11-01'],
    ['a hunger strike stepped up goes on', 'Kurdish prisoners in Turkey stepped up their hunger strike.', ['TUR 142 TUR'], '2012-11-01'],
    ['a court orders a news outlet closed', 'A court in Almaty ordered the closure of the opposition news outlet Respublika.', ['KAZ 1721 KAZ'], '2012-12-25'],
    ['a court orders a party dissolved', 'A court in Minsk ordered the opposition Belarusian Popular Front dissolved.', ['BLR 1722 BLR', 'BLR 172 BLR'], '2006-05-05'],
    ['prisoners in the leader\'s country are his country\'s', 'Myanmar\'s President Thein Sein vowed in Paris that every political prisoner in his country would be freed by June.', ['MMR 030 MMR'], '2013-01-01'],
    ['a leader not yet in office who frees prisoners acts at home', 'Nicaraguan President-elect Violeta Chamorro pledged to free all prisoners held for political reasons.', ['NIC 035 NIC'], '1990-04-19'],
    ['Julian Assange is Australian', 'Ecuador granted political asylum to WikiLeaks founder Julian Assange.', ['ECU 075 AUS'], '2012-08-16'],
    ['fuel deliveries begun are trade', 'Russia starts gas deliveries to China through new pipeline', ['RUS 061 CHN'], '2019-12-02'],
    ['food handouts begun to flood victims are aid, and the flood no verb', 'UNICEF starts food handouts to flood victims in Bangladesh', ['IGOUNO 073 BGD'], '2004-07-20'],
    ['crowds that set fire to a building riot', 'Angry crowds set fire to the police station in Bouake.', ['CIV 145 CIV'], '2005-06-01'],
    ['a loan put off is aid stopped', 'The IMF postponed a $50 million loan to Malawi.', ['IGOIMF 1621 MWI'], '2011-07-15'],
    ['a body called international is an international one', 'Eritrea welcomed the ruling of an international boundary commission.', ['ERI 051 IGO'], '2002-04-14'],
    ['observers called international who only report are no target', 'Thousands of opposition supporters rallied in Tbilisi to protest against an election that international observers said was flawed.', ['GEO 141 GEO'], '2003-11-04'],
    ['troops sent to an international force go where it is', 'Pakistan will contribute troops to an international force in Somalia, the foreign minister said.', ['PAK 033 SOM'], '1993-01-10'],
    ['a clause on where another state\'s troops are is about that state', 'Lebanese Prime Minister Rafik Hariri said the presence of Syrian troops in Lebanon was a matter for the two governments.', ['LBN 010 SYR'], '2001-06-14'],
    ['the people a leader calls on right after the verb are his country\'s', 'Malian President Amadou Toumani Toure called on voters to stay calm.', ['MLI 020 MLI'], '2007-04-28'],
    ['donors a leader appeals to are not his country\'s', 'Liberia urges donors to speed up reconstruction money', ['LBR 020 -'], '2006-02-20'],
    ['an invitation to talks offers to meet', 'Sudan\'s army chief invited the rebel leaders to peace talks in Jeddah.', ['SDN 036 SDN'], '2023-05-02'],
    ['an invitation to one\'s swearing-in, to come, is an intent to meet', 'Nawaz Sharif said he would invite Indian Prime Minister Manmohan Singh to his swearing-in.', ['PAK 036 IND'], '2013-05-13'],
    ['peacekeepers a state will invite in it will receive', 'Indonesian President B.J. Habibie said he would invite a U.N. peacekeeping force into East Timor.', ['IDN 035 IGOPKO'], '1999-09-12'],
    ['a state invited to join a body is welcomed', 'The European Union invited Croatia to join the bloc.', ['IGOEEC 050 HRV'], '2011-06-10'],
    ['those killed in a clash with others were killed by them', 'Three Indian policemen were killed in a gunfight with Maoist rebels in Chhattisgarh.', ['IND 1823 IND'], '2010-04-06'],
    ['no plans for someone to act deny the act', 'Kremlin says no plans for Putin to meet Biden', [], '2021-03-01'],
    ['a release a leader says will be done is his promise', 'Pakistani Prime Minister Imran Khan said the captured Indian pilot would be released on Friday.', ['PAK 035 IND'], '2019-02-28'],
    ['a protest taken to a body over another state\'s doing is about that state', 'Syria lodged a protest with the U.N. Security Council over the incursion of Israeli warplanes into its airspace.', ['SYR 114 ISR'], '2003-10-06'],
    ['a protest with a state over what others did stays with the state', 'Pakistan lodged a strong protest with India over the destruction of a mosque by Hindu militants.', ['PAK 114 IND'], '1992-12-07'],
    ['a body after an owner, before a relative clause, is a noun', 'Myanmar\'s military, which seized power on Monday, imposed a nightly curfew in Yangon.', ['MMR 171 MMR', 'MMR 1723 MMR'], '2021-02-08'],
    ['fire across a border into a place is fire on its country', 'Syrian troops fired across the border into Turkey on Monday.', ['SYR 190 TUR'], '2012-10-01'],
    ['Central Americans are no Americans', 'Gunmen abducted about 40 Central American migrants from a freight train in Oaxaca.', ['- 181 LAM'], '2010-12-16'],
    ['a camp opened for a people aids them', 'Jordan opens desert camp near Mafraq for Syrian refugees', ['JOR 073 SYR'], '2014-04-30'],
    ['shelters built for a people aid them', 'Bangladesh\'s army began building shelters for Rohingya refugees.', ['BGD 073 MMR'], '2017-09-19'],
    ['food refused in protest is a hunger strike, at the host where it is abroad', 'Afghan asylum seekers at a detention centre in South Australia are refusing food in protest at the freeze on their claims.', ['AFG 142 AUS'], '2002-01-20'],
    ['food shipments rejected are no hunger strike', 'Maduro rejects U.S. food and medicine shipments', ['VEN 120 USA'], '2019-02-23'],
    ['rebels a nationality names keep their own country wherever they are', 'Rwandan Hutu rebels in eastern Congo attacked a village.', ['RWA 180 RWA'], '1998-03-01'],
    ['a lone assailant a people\'s name calls theirs is not placed so', 'Two Israelis were stabbed by a Palestinian assailant in Jerusalem on Monday.', ['PSE 182 ISR'], '2015-10-12'],
    ['an appeal for calm to no one named is to one\'s own country', 'Kenya\'s Anglican bishops appealed for calm after the disputed election.', ['KEN 020 KEN'], '2008-01-02'],
    ['an appeal for calm somewhere named is to that country', 'The U.N. chief appealed for calm in Kenya.', ['IGOUNO 020 KEN'], '2008-01-02'],
    ['rebels of no country a country\'s parties deal with are of that country', 'Leaders of Nepal\'s main political parties urged the Maoist rebels to extend their ceasefire.', ['NPL 020 NPL'], '2006-06-01'],
    ['a state that rejoins a body cooperates with it', 'Morocco rejoined the African Union.', ['MAR 050 IGOAFR'], '2017-01-30'],
    ['a transnational group\'s fighters in a country are of the country they fight in', 'Islamic State militants in Libya beheaded 21 Egyptian Christians.', ['LBY 1823 EGY'], '2015-02-15'],
    ['a transnational group named alone keeps its code', 'Islamic State militants attacked a village.', ['IMGMOS 190 -'], '2015-02-15'],
    ['an invitation to do something asks it', 'Iraq invited NATO to train its security forces.', ['IRQ 026 IGOWST'], '2018-02-15'],
    ['an invitation to join a fight is no joining of a body', 'Turkey invited Syrian Kurds to join the fight.', ['TUR 026 SYR'], '2014-10-10'],
    ['bombing areas begun is no disaster\'s victims', 'Saudi-led jets continued to bomb areas around Sanaa.', ['SAU 195 YEM'], '2015-05-01'],
    ['those killed fighting alongside an ally against another were not killed by the ally', 'Two French soldiers were killed in fighting with Malian troops against Islamist rebels.', ['- 1823 FRA'], '2013-04-01'],
    ['refugees a leader calls on are not his country\'s', 'Erdogan urged refugees to go home.', ['TUR 020 -'], '2019-01-01'],
    ['a detention camp built is no aid', 'The army built a detention camp for suspected militants.', [], '2019-01-01'],
    ['hostages another state holds are not released by whoever says so', 'The French foreign minister said the Japanese hostages in Iraq would be released soon.', ['FRA 010 JPN'], '2004-04-10'],
    ['a parliament ordered dissolved is no ban', 'The king ordered parliament dissolved and called new elections.', [], '2005-02-01'],
    ['a plea of guilty in court is no appeal', 'The former minister pleaded guilty in a U.S. court.', [], '2019-01-01'],
    ['a group\'s armed wing is of the group\'s country and its rebels', 'Hamas\'s armed wing threatened to extend its rocket fire to Tel Aviv.', ['PSE 130 ISR'], '2012-11-15'],
    ['arms fighters hand over to a body disarm them', 'The rebels handed over 300 rifles to NATO troops.', ['- 0873 IGOWST'], '2001-08-27'],
    ['arms a state hands over to another state arm it', 'Russia handed over 300 rifles to Serbia.', ['RUS 072 YUG'], '1999-05-01'],
    ['a stronghold of a place names the place', 'Government troops launched an offensive against the rebel stronghold of Jaffna.', ['LKA 190 LKA'], '1995-10-17'],
    ['a warning of what befalls others if they act is a threat to them', 'Iran warned that not a drop of oil would flow through the Strait of Hormuz if Washington imposed sanctions on Iranian crude.', ['IRN 130 USA'], '2011-12-27'],
    ['a release a leader says will be done of his own prisoner is his promise', 'South African President F.W. de Klerk said Nelson Mandela would be released from prison on Sunday.', ['ZAF 035 ZAF'], '1990-02-10'],
    ['a gerund right after people before a preposition is what they do', 'Students rioting over quotas set fire to vehicles in Dhaka.', ['BGD 145 BGD'], '2024-07-18'],
    ['ministers meeting somewhere stay one phrase', 'European Community foreign ministers meeting in Brussels recognised the independence of Estonia.', ['IGOEEC 054 EST'], '1991-08-27'],
    ['a stretch of coastline seized is territory taken', 'Sri Lankan troops seized the last stretch of coastline held by the Tamil Tigers.', ['LKA 192 LKA'], '2009-05-16'],
    ['inspectors checking a state\'s programme investigate it', 'IAEA inspectors began checking Tehran\'s nuclear programme.', ['IGOUNO 090 IRN'], '2003-02-21'],
    ['a faith\'s cleric named by his faith is of it', 'Iraq\'s top Shi\'ite cleric called on Iraqis to take up arms.', ['IRQ 020 IRQ'], '2014-06-13'],
    ['a body\'s plans blocked are rejected', 'France blocked NATO plans to begin preparing the defence of Turkey.', ['FRA 129 IGOWST'], '2003-02-10'],
    ['forces pledged are protection promised to whom their purpose names', 'Chad pledges 2,000 soldiers to help drive militants from northern Mali', ['TCD 0334 MLI', 'TCD 033 MLI'], '2013-01-16'],
    ['forces promised something are no forces pledged', 'The president promised the soldiers a pay rise.', ['- 030 -'], '2013-01-16'],
    ['a mass expulsion told in the passive is the doing of the state they were driven out of', 'More than 7,000 people of Rwandan origin were driven out of north-western Tanzania in a mass expulsion.', ['TZA 201 RWA'], '2013-08-01'],
    ['states that act together on a third party cooperate militarily', 'Uganda and Congo launched a joint offensive against ADF rebels.', ['UGA 190 UGA', 'COD 190 UGA', 'UGA 062 COD', 'COD 062 UGA'], '2021-11-30'],
    ['police of two states in a joint operation cooperate', 'South African and Mozambican police seized illegal firearms in a joint operation in Maputo province.', ['ZAF 171 MOZ', 'MOZ 171 MOZ', 'ZAF 062 MOZ', 'MOZ 062 ZAF'], '2015-06-03'],
    ['a border opened to people fleeing gives them refuge', 'Kenya opened its border to thousands of Somalis fleeing the fighting.', ['KEN 075 SOM'], '2007-01-05'],
    ['a border opened to trade is no refuge', 'Egypt opened its border to trade with Gaza.', ['EGY 0872 PSE', 'EGY 061 PSE'], '2011-05-28'],
    ['the hurt a mission treats are given aid', 'Cuban doctors treated cholera patients in Haiti.', ['CUB 073 HTI'], '2010-11-10'],
    ['people treated as something are not aided', 'Police treated the protesters as criminals.', [], '2010-11-10'],
    ['an appeal for calm where another country is named is not aimed at home', 'Jordan called for restraint after Israeli troops killed dozens of Palestinians on the Gaza border.', ['JOR 0256 -', 'ISR 190 PSE'], '2018-05-14'],
    ['an invitation to a place offers to meet', 'Bush invited Putin to his ranch in Crawford, Texas.', ['USA 036 RUS'], '2001-11-13'],
    ['an invitation to join others is an appeal', 'Venezuela\'s opposition leader Juan Guaido invited the army to join the protesters.', ['VEN 026 VEN'], '2019-01-30'],
    ['an invitation to join talks offers to meet', 'The PLO invited Israel to join the talks.', ['PSE 036 ISR'], '1993-01-10'],
    ['weapons a body hands to rebels arm them', 'NATO handed over weapons to the Libyan rebels.', ['IGOWST 072 LBY'], '2011-06-10'],
    ['weapons civilians hand over disarm them', 'Iraqi civilians handed over weapons to U.S. troops in Baghdad.', ['IRQ 0873 USA'], '2003-06-10'],
    ['a body\'s forecast of harm if a state acts is no threat', 'The IMF warned that growth would slow sharply if Britain voted to leave the European Union.', ['IGOIMF 012 -'], '2016-04-12'],
    ['hostages others hold are no leader\'s promise to release', 'Erdogan said the kidnapped Turkish truck drivers would be freed soon.', ['TUR 010 -'], '2014-07-01'],
    ['troops a leader says will leave are not pledged', 'The prime minister pledged troops would leave Iraq by the end of the year.', ['IRQ 030 -'], '2008-06-01'],
    ['a police raid on a headquarters is no occupation', 'Police seized the headquarters of an opposition newspaper in Istanbul.', ['TUR 1711 TUR'], '2016-03-05'],
    ['a mass expulsion of people whose code is the scene\'s keeps no source', 'Hundreds of thousands of Rohingya were driven out of Myanmar.', ['- 201 MMR'], '2017-09-20'],
    ['one who rejoins his family joins no body', 'After his release, the journalist rejoined his family in Istanbul.', [], '2018-01-01'],
    ['a party ordered shut down is banned', 'Cambodia\'s Supreme Court ordered the main opposition party shut down.', ['KHM 1722 KHM'], '2017-11-16'],
    ['a foreign mission ordered shut down is relations cut', 'China ordered the U.S. consulate in Chengdu shut down.', ['CHN 161 USA'], '2020-07-24'],
    ['food refused for days is a hunger strike', 'Kurdish prisoners in Turkish jails have been refusing food for 60 days.', ['TUR 142 TUR'], '2012-11-01'],
    ['camps set up for refugees aid them', 'Turkey set up camps for Syrian refugees along the border.', ['TUR 073 SYR'], '2012-04-01'],
    ['aid sent to bomb victims is no bombing', 'The United States will send medicines to bomb victims in Serbia.', ['USA 033 YUG'], '1999-05-01'],
    ['refugees a leader calls home are his country\'s', 'Rwanda\'s president urged refugees to return home.', ['RWA 020 RWA'], '1996-11-20'],
    ['\'suggest\' after what it reports is a verb of saying', 'Argentina could recall its ambassador from London if British firms press ahead with drilling, a senior official suggested.', [], '2010-02-20'],
    ['\'suggest\' with an object still proposes', 'France suggested talks with Iran.', ['FRA 036 IRN'], '2010-02-20'],
    ['an intent offered on a condition after it is no act yet', 'Indonesia\'s president said Jakarta was ready to send peacekeepers to Gaza if the United Nations asked it to.', [], '2025-05-28'],
    ['a threat on a condition is still a threat', 'Iran will retaliate if Israel attacks.', ['IRN 1384 ISR'], '2024-04-10'],
    ['no plans for now deny the act', 'Russia has no plans for now to send troops to Kyrgyzstan, a Kremlin spokeswoman said.', [], '2010-06-14'],
    ['a craft that crashes into the sea attacks no one', 'A Zambian air force plane crashed into the sea off Libreville, killing all 30 people on board.', [], '1993-04-28'],
    ['rebels who storm an oil field attack it', 'Ethiopian rebels storm Chinese-run oil field, killing 74', ['ETH 180 CHN', 'ETH 1823 ETH'], '2007-04-24'],
    ['an attack on a port named for its sea is an attack', 'Russian jets attacked the Black Sea port of Odesa.', ['RUS 190 UKR'], '2022-04-01'],
    ['a craft crashed into a target on purpose attacks it', 'Hijackers crashed a plane into the World Trade Center in New York, killing nearly 3,000 people.', ['- 202 USA'], '2001-09-11'],
    ['a train derailed by fighters is their attack', 'Baloch separatists derailed a train in Pakistan, killing 20 Pakistani soldiers.', ['PAK 1823 PAK'], '2025-03-11'],
    ['a helicopter crashed into a mountainside kills no one by anyone\'s act', 'A Nigerian military helicopter crashed into a mountainside, killing eight soldiers.', [], '2015-01-01'],
    ['\'as if\' sets no condition', 'Russia plans to send more troops to Belarus, as if preparing for a new offensive.', ['RUS 0334 BLR'], '2022-01-20'],
    ['an \'if\' that means whether sets no condition', 'Japan plans to send a delegation to North Korea, though it was unclear if Pyongyang would receive it.', ['JPN 036 PRK'], '2002-09-01'],
    ['\'suggest\' after a clause of time still proposes', 'After the talks failed, Qatar suggested mediating between Israel and Hamas.', ['QAT 030 ISR', 'QAT 030 PSE', 'QAT 045 ISR', 'QAT 045 PSE'], '2024-03-01'],
    ['an opposition candidate is of the opposition, of the country the sentence is in', 'Opposition candidate Anderson Mazoka accused the government of rigging the vote in Zambia.', ['ZMB 1121 ZMB'], '2001-12-30'],
    ['… also in a datelined story', 'LUSAKA, Dec 30 - Opposition presidential candidate Anderson Mazoka accused the government of rigging the vote.', ['ZMB 1121 ZMB'], '2001-12-30'],
    ['a full name whose given name no bearer of its surname has is not theirs when the sentence names other countries only', 'Presidential candidate Luisa Gonzalez accused President Daniel Noboa of fraud in Ecuador.', [], '2023-10-16'],
  ] as const)('%s', (_rule, text, expected, date?: string) => {
    expect(coded(text, date)).toEqual(expected);
  });

  it('codes troops sent to one\'s own border to help as a show of force (154), not protection', () => {
    expect(coded('Lithuania sent army troops to its border with Belarus on Monday to help hold back migrants.', '2021-08-02')).toContain('LTU 154 BLR');
  });

  it('codes troops sent to a border to help refugees as protection (074), not a show of force', () => {
    expect(coded('Romania deployed troops to its border with Ukraine to help refugees.', '2022-03-04')).toContain('ROU 074 UKR');
  });

  it('does not aim talks held at a body\'s seat at the host', () => {
    expect(coded('The Brazilian delegation held talks in Geneva on tariffs and subsidies.', '2011-06-14')).not.toContain('BRA 046 CHE');
  });

  it('does not give a government a body urges the country people are sent back to', () => {
    expect(coded('The U.N. refugee agency urged the government to stop forcing Rohingya refugees back to Myanmar.', '2017-09-10')).toContain('IGOUNO 020 -');
  });

  it('does not read a bare count killed after armed people or helpers as a massacre (202)', () => {
    expect(coded('Sierra Leone rebels, who had terrorized villagers for years, ambushed U.N. peacekeepers, killing 120.', '2000-05-06')).not.toContain('SLE 202 SLE');
    expect(coded('Northern Alliance fighters, joined by armed villagers, stormed a Taliban stronghold near Kunduz, killing hundreds.', '2001-11-25')).not.toContain('AFG 202 AFG');
  });

  it('codes an army ordered out of its barracks as sent out (154), not pulled out', () => {
    const events = coded('The coup leaders ordered the army out of its barracks and onto the streets of Moscow.', '1991-08-19');
    expect(events.some((e) => e.includes(' 154 '))).toBe(true);
    expect(events.some((e) => e.includes(' 0874 '))).toBe(false);
  });

  it('reads a surname two leaders bear as the one then in office', () => {
    const [read] = [...readers.text.read('Date: 2001-09-20\n\nBush demands Taliban hand over bin Laden', { file: 't.txt', defaultDate: null })];
    if (!read?.ok) throw new Error('fixture did not read');
    expect((code(read.doc).layers.events ?? []).map((e) => `${e.source?.code} ${e.cameo} ${e.target?.country}`)).toEqual(['USAGOV 100 AFG']);
  });
  it('gives the Soviet Union its ISO country code, SUN, while its actor code stays USR', () => {
    expect(coded('Soviet troops withdrew from Afghanistan.', '1989-02-15')).toContain('SUN 0874 AFG');
  });

  it('does not read a verb after a phrase as a reduced relative when the next verb opens with "being"', () => {
    expect(coded('The Red Cross called for the release of the aid workers being held by gunmen in Darfur.', '2006-08-02')).toContain('NGOHLH 0253 -');
  });

  it('finds the passive agent past a time before it', () => {
    expect(coded('A warrant was issued on Tuesday by a Spanish court for Chilean former dictator Augusto Pinochet.', '1998-10-16')).toContain('ESP 173 CHL');
  });

  it('splits a list of demonyms after an article before a shared noun', () => {
    const events = coded('Belgrade rejected proposals from the German and Italian foreign ministers for a ceasefire.', '1999-04-12');
    expect(events).toContain('YUG 127 DEU');
    expect(events).toContain('YUG 127 ITA');
  });

  it('aims a promise told to two countries at both', () => {
    const events = coded('Iran told France and Germany that it would suspend uranium enrichment.', '2004-11-15');
    expect(events.filter((e) => e.startsWith('IRN 03')).map((e) => e.split(' ')[2]).sort()).toEqual(['DEU', 'FRA']);
  });

  it('matches a pattern noun shared by two named conjuncts', () => {
    const events = coded('Britain froze Libyan and Syrian government assets.', '2011-09-01');
    expect(events).toContain('GBR 163 LBY');
    expect(events).toContain('GBR 163 SYR');
  });
  it('codes an act described as a crime as condemning its doer (111)', () => {
    expect(coded('Human Rights Watch described the Sudanese campaign in Darfur as ethnic cleansing.', '2004-05-07')).toContain('NGOHRI 111 SDN');
  });
  it("reads a pronoun after a titled name as the body the title names", () => {
    expect(coded('U.N. envoy Martti Ahtisaari said on Monday he was confident that Serbia would accept the plan.', '2007-02-05')[0]).toMatch(/^IGOUNO /);
  });
  it('reads an -ed word after a sentence-opening plural as the verb when only a later clause has another', () => {
    expect(coded('Rioters looted stores in Nairobi as anger over the election grew.', '2008-01-02')).toContain('KEN 145 KEN');
  });
  it('codes begging someone to act as an appeal (02)', () => {
    expect(coded('The Pope begged Colombia and the rebels to keep talking.', '2016-10-04')).toContain('VAT 020 COL');
  });
  it('reads indigenous leaders as civilians of the country they are in', () => {
    expect(coded('Indigenous leaders in Bolivia demanded that the president resign.', '2003-10-15')).toContain('BOL 100 BOL');
  });

  it('codes a foreign ship boarded by a navy as seized (171)', () => {
    expect(coded('Indian commandos boarded a Somali vessel in the Arabian Sea.', '2024-01-05')).toContain('IND 171 SOM');
  });

  it('codes a ship carrying aid that docks somewhere as aid delivered there (073)', () => {
    expect(coded('A Greek ship carrying food and medicine docked in Beirut.', '2006-07-25')[0]).toMatch(/^GRC 073 LBN/);
  });

  it('finds the words after a relative clause set off by commas', () => {
    expect(coded('A court in Tunis found the blogger, whose posts had mocked the president, guilty of insulting the state.', '2012-03-28')).toContain('TUN 116 TUN');
  });

  it('codes a weekly shut down as a newspaper closed (1721)', () => {
    expect(coded('Ethiopia shut down an independent weekly.', '2014-08-01')).toContain('ETH 1721 ETH');
  });

  it('codes forces that stage joint drills as military cooperation (062)', () => {
    const events = coded('Indian and Thai troops staged a joint counter-insurgency exercise near Chiang Mai.', '2015-08-10');
    expect(events).toContain('IND 062 THA');
  });
  it('places a person the dictionaries do not know, struck by no one named, in the country where it happened', () => {
    expect(coded('Chokri Belaid was shot dead outside his home in Tunis on Wednesday.', '2013-02-06')).toContain('- 1823 TUN');
  });
  it('reads a decree\'s plural after a verb as its object, and what the decrees do as the signer\'s act', () => {
    expect(coded('President Putin signed decrees recognising the Donetsk and Luhansk regions as independent states.', '2022-02-21')).toContain('RUS 054 UKR');
  });

  it('codes a crowd that packs a square against someone as a demonstration (141)', () => {
    expect(coded("Thousands of Georgians packed Tbilisi's main square against Shevardnadze.", '2003-11-22')).toContain('GEO 141 GEO');
  });
  it('reads countries "worst hit" by no one named as a toll, not an attack', () => {
    expect(coded('Floods killed more than 300 people across the region, with Bangladesh and Nepal worst hit.', '2017-08-16')).toEqual([]);
  });

  // Thirty-first session.
  it('gives "his country" in a reported clause to the speaker, not to someone met on the way', () => {
    expect(coded('Georgian President Eduard Shevardnadze said after talks with Boris Yeltsin that his country would join the alliance.', '1994-02-03')[0]).toMatch(/^GEO 03/);
  });
  it('climbs to the phrase a hedged number describes, and gives its members the collective\'s nationality', () => {
    expect(coded('A Turkish medical team of about 40 doctors arrived in Kathmandu.', '2015-04-28')).toContain('TUR 073 NPL');
    expect(coded('A Japanese team of engineers arrived in Dhaka.', '2015-04-28')[0]).toMatch(/^JPN /);
  });
  it('codes fireworks hurled at police as violent protest (145)', () => {
    expect(coded('Demonstrators hurled fireworks at riot police in Belgrade.', '2020-07-08')).toContain('SRB 145 SRB');
  });
  it('reads a war on a social ill as no attack', () => {
    expect(coded('The new Kenyan president vowed to wage war on graft.', '2003-01-02').some((e) => / 1[3-9]\d* /.test(e))).toBe(false);
  });
  it('knows the Islamic Movement of Uzbekistan', () => {
    expect(coded('Fighters of the Islamic Movement of Uzbekistan kidnapped four foreign climbers in Kyrgyzstan.', '2000-08-12')[0]).toMatch(/^UZB 181/);
  });
  it('codes relations two states agree to restore as restored (050), unless a deadline puts them off', () => {
    expect(coded('Ecuador and Colombia agreed to restore diplomatic ties.', '2010-11-26')).toContain('ECU 050 COL');
    expect(coded('Ecuador and Colombia agreed to restore diplomatic ties within three months.', '2010-11-26')).toContain('ECU 032 COL');
  });
  it('codes deminers sent abroad as aid (073)', () => {
    expect(coded('Russia sent deminers to Laos.', '2019-03-01')).toContain('RUS 073 LAO');
  });
  it('reads "a new" as an adjective, so a reduced relative runs through "the choice of a new leader"', () => {
    expect(coded('Rioters angered by the choice of a new mayor torched cars in Lyon.', '2005-11-05')[0]).toMatch(/^FRA 14/);
  });
  it('gives a state\'s unnamed organs the country of the rebels they face', () => {
    expect(coded('Government negotiators and UNITA rebels resumed talks in Lusaka.', '1994-02-10')).toContain('AGO 040 AGO');
  });
  it('codes one ordered to stand trial as put on trial (173)', () => {
    expect(coded('An Argentine judge ordered the former junta leader to stand trial.', '2010-03-01')[0]).toMatch(/^ARG 173 ARG/);
  });
  it('codes troops that cross back from a country as withdrawn from it (0874)', () => {
    expect(coded('The last Ugandan troops crossed back over the border from Congo on Friday.', '2003-05-02')).toContain('UGA 0874 COD');
  });
  it('codes a single tariff imposed on a country\'s goods as a sanction (163)', () => {
    expect(coded('Canada imposed a 10 percent tariff on American steel.', '2018-07-01')).toContain('CAN 163 USA');
  });
  it('makes a phrasal participle joined to a passive passive too, with the agent after it', () => {
    expect(coded('The suspect was flown to Arusha and handed over by Kenya to the U.N. tribunal.', '2001-02-02')[0]).toMatch(/^KEN 063/);
  });
  it('codes no act for a clause that describes "any" force', () => {
    expect(coded('Nigeria will not join any force sent to topple the junta in Niger, its president said.', '2023-08-10')).toEqual([]);
  });
  it('knows the URNG and a bare "Contra", and codes unions that shut a country down with a strike (143)', () => {
    expect(coded('Government negotiators met URNG commanders in Oslo.', '1994-03-29')).toContain('GTM 040 GTM');
    expect(coded('Contra leaders met Sandinista officials in Managua.', '1989-12-12')[0]).toMatch(/^NIC 04/);
    expect(coded('Greek unions shut down Athens with a general strike.', '2011-06-28')).toContain('GRC 143 GRC');
  });
  it('codes troops moved into positions as a show of force (154)', () => {
    expect(coded('Indian troops moved into positions near the border with China.', '2020-06-20')).toContain('IND 154 CHN');
  });
  it('codes a bridge two states open as economic cooperation (061)', () => {
    expect(coded('Russia and China opened a bridge across the Amur.', '2022-06-10')).toContain('RUS 061 CHN');
  });
  it('reads "let X use" as letting, and codes forces let use a base as military cooperation (062)', () => {
    expect(coded('Uzbekistan let American forces use the Karshi-Khanabad air base.', '2001-10-05')).toContain('UZB 062 USA');
  });
  it('codes measures one will answer with as a threat (130)', () => {
    expect(coded('"If they deploy missiles, we will answer with countermeasures," a Russian diplomat said.', '2019-02-02')[0]).toMatch(/^RUS 130/);
  });
  it('codes no act for what a rejected motion would have allowed', () => {
    expect(coded("Hungary's parliament rejected a motion to let NATO troops use Hungarian bases.", '2003-03-01').some((e) => / 06/.test(e))).toBe(false);
  });
  it('codes an aid plane sent with its cargo, and water purification units flown in, as aid (073)', () => {
    expect(coded('Australia sent an air force Hercules carrying doctors and tents to Tonga.', '2022-01-18')).toContain('AUS 073 TON');
    expect(coded('Japan flew water purification units into Haiti.', '2010-01-20')).toContain('JPN 073 HTI');
  });
  it('codes a president killed by name through a country\'s possessive as assassinated (186)', () => {
    expect(coded("Rebel soldiers killed Liberia's President Samuel Doe.", '1990-09-10')).toContain('LBR 186 LBR');
  });
  it('codes one soldier\'s killing of one person as an assault (1823), not military force', () => {
    expect(coded('An Indian soldier shot dead a Bangladeshi villager near the border.', '2011-01-07')).toContain('IND 1823 BGD');
  });
  it('codes criticism or another\'s claim brushed aside as rejected (120), and accusations as denied (016)', () => {
    expect(coded("Vietnam rejected China's claims in the Gulf of Tonkin.", '2014-05-10')).toContain('VNM 120 CHN');
    expect(coded("Rwanda rejected Congo's accusations.", '2012-07-10')).toContain('RWA 016 COD');
  });
  it('gives "his country" to a speaker named by title, past someone met on the way', () => {
    expect(coded("Georgia's president said after talks with Vladimir Putin that his country would join the alliance.", '1994-02-03')[0]).toMatch(/^GEO 03/);
  });
});

describe('headline and verbless-sentence repairs (thirty-second session)', () => {
  it("reads a headline's bare verb after a people's plural that follows its demonym", () => {
    expect(coded('Syrian Kurds attack Turkish border post', '2019-10-12')).toContain('SYR 190 TUR');
  });
  it("reads a headline's bare verb after a count as its subject", () => {
    const [read] = [...readers.text.read('Date: 2020-08-16\n\nOver 20,000 march in Minsk', { file: 't.txt', defaultDate: null })];
    const d = code(read!.ok ? read!.doc : (undefined as never));
    expect(d.layers.verbGroups!.map((g) => d.text.slice(g.start, g.end))).toEqual(['march']);
  });
  it("reads an irregular participle after a name, before its agent's \"by\", as a headline's passive", () => {
    expect(coded("Burundi's President Melchior Ndadaye shot by soldiers in Bujumbura", '1993-10-21')[0]).toMatch(/^BDI 18\d* BDI$/);
  });
  it('reads the modifiers "the U.S. and Canadian" as sharing their noun, so the pattern on it matches', () => {
    expect(coded('Russia expelled the U.S. and Canadian ambassadors on Friday.', '2018-03-30')).toEqual(['RUS 161 USA', 'RUS 161 CAN']);
  });
  it('gives a country\'s party alliance its parties\' code', () => {
    expect(coded("Kenya's five-party alliance appealed to President Daniel arap Moi to call early elections.", '1997-06-01')[0]).toMatch(/^KEN 02\d* KEN$/);
  });
  it('codes demands handed to someone as made of them (100)', () => {
    expect(coded('Saudi Arabia handed Qatar a list of demands.', '2017-06-23')).toContain('SAU 100 QAT');
  });
  it('takes no part of a name joined by "-uz-" for a surname alone', () => {
    expect(coded('Turkish police raided the Ankara office of Zaman on Friday.', '2016-03-04')).toContain('TUR 170 TUR');
  });
  it('codes no act a sentence\'s opening "whether" asks about', () => {
    expect(coded('Whether the junta will release the opposition leader remained unclear on Monday.', '2010-11-08')).toEqual([]);
    expect(coded('Whether Moscow will attack Kyiv remains unclear.', '2022-02-01')).toEqual([]);
  });
  it('keeps a statement whose clause says what its subject is not, by an adjective, or has none of', () => {
    expect(coded('"I am not hopeful about an early deal with Armenia," the Azerbaijani president told reporters.', '2001-04-01')).toEqual(['AZE 010 ARM']);
    expect(coded('The Ugandan interior minister said on Monday that the government had no exact count of the refugees.', '2005-03-01')).toEqual(['UGA 010 -']);
  });
  it('still withholds a statement that denies a part, a plan, contact, or an ability', () => {
    expect(coded('Syria said it was not responsible for the bombing.', '2005-02-15')).toEqual([]);
    expect(coded('Iran said it had no plans to close the strait.', '2012-01-01')).toEqual([]);
    expect(coded('The Malian government has had no contact with the kidnappers, a minister said.', '2012-01-01')).toEqual([]);
  });
  it('gives property a country\'s name before "-linked" owns to that country, but not militants so linked', () => {
    expect(coded('The Houthis vowed to strike any Israeli-linked tanker in the Gulf of Aden.', '2024-01-10')[0]).toMatch(/^YEM \d+ ISR$/);
  });
  it('reads a state\'s international lenders as international bodies (IGO)', () => {
    expect(coded("Portugal's prime minister rejected new demands from the country's international lenders.", '2011-11-01')[0]).toMatch(/^PRT 12\d* IGO$/);
  });
  it('codes sides of two countries that pull back as pulling back from each other, whoever helps', () => {
    expect(coded('India and China pulled their troops back from the disputed plateau after mediation by a Russian envoy.', '2020-09-10')).toEqual(['IND 0874 CHN', 'CHN 0874 IND']);
    expect(coded('Eritrean and Ethiopian troops began pulling back from the border under a plan monitored by observers from Kenya and Ghana.', '2001-01-10')).toEqual(['ERI 0874 ETH', 'ETH 0874 ERI']);
  });
  it("reads a one-word country's name after a titled given name as a surname", () => {
    expect(coded("Peru's Interior Minister Jorge Panama said on Monday that the roads were open again.", '2012-03-05')).toEqual(['PER 010 -']);
  });
  it("names al Qaeda's North African wing and a West African peace force by their organisations", () => {
    expect(coded("Al Qaeda's North African wing claimed responsibility for the bombing of a barracks in Algeria.", '2008-01-01')[0]).toMatch(/^DZA 015 DZA$/);
    expect(coded('A West African peace force landed in Freetown on Monday.', '1998-02-16')[0]).toMatch(/^IGOWAS \d+ SLE$/);
  });
  it('reads a word after "will" that the tagger took for an adjective, before a determiner, as the verb', () => {
    expect(coded('Japan will double its aid to Nepal, the foreign minister said on Friday.', '2015-05-01')[0]).toMatch(/^JPN 03\d* NPL$/);
  });
  it('codes harm one warns of on a condition as a threat (130)', () => {
    expect(coded('Hezbollah warned Israel of chaos in its northern towns unless its troops left Lebanon.', '2000-03-01')).toContain('LBN 130 ISR');
  });
  it('codes forces that join another\'s for exercises or a patrol as military cooperation (062)', () => {
    expect(coded('Indian paratroopers joined Mongolian troops in a peacekeeping exercise near Ulaanbaatar.', '2008-08-10')).toContain('IND 062 MNG');
  });
  it('codes arms delivered on a sale as military cooperation (062), not military aid', () => {
    expect(coded('France delivered the first Rafale jets to Greece under a 2.5 billion euro deal.', '2021-07-21')).toContain('FRA 062 GRC');
    expect(coded('France delivered the first Rafale jets to Greece.', '2021-07-21')[0]).toMatch(/^FRA 07\d* GRC$/);
  });
  it('codes a list of forces ending in troops or police that land somewhere as bringing protection (074)', () => {
    expect(coded('Fijian and Papua New Guinean troops and police flew into Honiara on Thursday to help restore order.', '2003-07-24')).toContain('FJI 074 SLB');
    expect(coded('The first troops of a U.N. protection force began arriving in Haiti on Sunday.', '2004-06-01')[0]).toMatch(/^IGO\w* 074 HTI$/);
  });
  it('codes forces sent abroad after a disaster, or to lead a peacekeeping mission, as protection (074)', () => {
    expect(coded('Canada sent troops and emergency supplies to Nepal on Sunday after the devastating earthquake.', '2015-04-26')).toContain('CAN 074 NPL');
    expect(coded('Rwanda dispatched the first of 800 soldiers to the Central African Republic on Monday, where Rwanda will command the new African Union peacekeeping mission.', '2014-01-20')[0]).toMatch(/^RWA 074 CAF$/);
  });
  it('codes forces sent to bolster defences against another as a show of force, not protection', () => {
    expect(coded('NATO was sending extra ships and fighter jets to the Baltic states to bolster its defences against Russia.', '2022-01-24').some((e) => / 074 /.test(e))).toBe(false);
  });
  it("codes a crowd's demand, made as it fills a square, as its protest (141x)", () => {
    expect(coded('Tens of thousands of Filipinos blocked a Manila avenue on Saturday, demanding the resignation of President Joseph Estrada.', '2001-01-20')).toContain('PHL 1411 PHL');
    expect(coded('Philippine opposition leaders demanded the resignation of President Joseph Estrada.', '2001-01-20')[0]).toMatch(/^PHL 104\d* PHL$/);
  });
  it('codes killings counted "hundreds, possibly thousands, of" or "several thousand", and hacking to death, as mass killing (202)', () => {
    expect(coded('Government troops executed hundreds, possibly thousands, of Darfuri men last year.', '2004-06-01')[0]).toMatch(/^SDN 202 SDN$/);
    expect(coded('Zimbabwean soldiers executed several thousand villagers in Matabeleland.', '1984-03-01')[0]).toMatch(/^ZWE 202 ZWE$/);
    expect(coded('Rebels hacked hundreds of villagers to death in Sierra Leone.', '1999-01-20')[0]).toMatch(/^SLE 202 SLE$/);
  });
  it('codes a place taken by name, or one an apposition calls a capital or a town, as occupied (192)', () => {
    expect(coded('Rebels captured Kindia, the region\'s main market town, on Friday.', '2001-01-05')[0]).toMatch(/^GIN 192/);
    expect(coded('Taliban fighters seized Kunduz on Monday.', '2015-09-28')[0]).toMatch(/^AFG 192 AFG$/);
  });
  it('keeps what the review of these rules found right (false readings they had made)', () => {
    // A phrasal "stood by" is no headline passive.
    expect(coded('Iran stood by Syria', '2013-09-01')[0]).toMatch(/^IRN 05\d* SYR$/);
    // "The outbreak of fighting" is no disaster; a purpose past another speaker is not the act's; protection "against" rebels is still help.
    expect(coded('Pakistan deployed troops along the Indian border after the outbreak of fighting in Kashmir.', '2001-12-20')[0]).toMatch(/^PAK 15\d* IND$/);
    expect(coded('Israel deployed tanks on the Lebanese border, while the United Nations said it would send more peacekeepers to help keep the peace.', '2006-08-20').some((e) => e.startsWith('ISR 074'))).toBe(false);
    expect(coded('Nigeria deployed troops to Liberia to help protect civilians against rebel attacks.', '2003-08-04')).toContain('NGA 074 LBR');
    // An opening "whether" clause ends at the main clause's verb.
    expect(coded('Whether the talks will resume is unclear but Israel launched air strikes on Gaza on Monday.', '2014-07-14')[0]).toMatch(/^ISR 19\d* PSE$/);
    // A peace deal is no sale; counted senators are no crowd; "no talks" is still denied.
    expect(coded('Russia supplied weapons to Syrian rebels despite the peace deal.', '2016-01-01')[0]).toMatch(/^RUS 072 SYR$/);
    expect(coded('Dozens of U.S. senators sent a letter to the president, demanding that he withdraw troops from Afghanistan.', '2010-05-01').some((e) => / 14\d* /.test(e))).toBe(false);
    expect(coded('Iran said it had no talks with the United States.', '2012-01-01')).toEqual([]);
  });
  it('codes flights or a freight service begun to another country as economic cooperation (061)', () => {
    expect(coded('Kenya Airways began direct flights to Kinshasa on Monday.', '2012-06-04')[0]).toMatch(/^KEN 061 COD$/);
    expect(coded('Kazakhstan started a regular freight service to the port of Baku on Friday.', '2016-03-04')[0]).toMatch(/^KAZ 061 AZE$/);
  });
  it('codes tents, blankets or food carried to people, and food air-dropped, as humanitarian aid (073)', () => {
    expect(coded('Iranian army trucks carried tents and blankets to Afghan refugees on the border on Sunday.', '2001-11-04')[0]).toMatch(/^IRN 073 AFG/);
    expect(coded('The World Food Programme began air-dropping sorghum to displaced families in Jonglei state in South Sudan.', '2014-04-10')[0]).toMatch(/^IGO\w* 073 SSD/);
  });
  it('codes a crowd that rallies to press for a leader\'s removal as protesting (141)', () => {
    expect(coded('Tens of thousands of Malians packed a Bamako square on Friday to press for the resignation of President Ibrahim Boubacar Keita.', '2020-06-19')).toContain('MLI 141 MLI');
  });
  it('takes no participle hyphened to a word for the verb of a sentence', () => {
    expect(coded("Sweden's foreign minister on Tuesday branded Russia's seizure of a Kaliningrad-bound freighter a reckless provocation.", '2019-05-07')).toContain('SWE 111 RUS');
  });
});

describe('parties, youth groups, announced acts and closing appositions (thirty-third session)', () => {
  it('reads a party named by its ideology in lower case as a party of its country', () => {
    expect(coded("Mongolia's Communist party criticized Russia.", '1990-03-02')[0]).toMatch(/^MNG 11\d* RUS$/);
    expect(coded("Nepal's Maoist party criticized India.", '2009-05-03')[0]).toMatch(/^NPL 11\d* IND$/);
  });
  it('reads a youth group or movement as civilians of its country', () => {
    expect(coded('Serbian youth groups criticized Kosovo.', '2008-02-18')[0]).toMatch(/^SRB 11\d* XKX$/);
  });
  it('reads an unknown name right after a group\'s noun as that group, of the country the sentence gives it', () => {
    expect(actorCodes('A court in Almaty banned the unregistered opposition party Alga.', '2005-12-01')[0]).toMatch(/^KAZJUD 172 KAZOPP$/);
    expect(actorCodes('Members of the pro-Kremlin youth group Nashi besieged the Estonian embassy in Moscow on Wednesday.', '2007-05-02')[0]).toMatch(/^RUSCVL 1\d+ ESTGOV$/);
  });
  it('reads an unknown name by the role an apposition gives it when the apposition ends the sentence or opens a relative clause', () => {
    expect(coded("Britain has granted political asylum to Akhmed Zakayev, an envoy of Chechnya's separatist leadership whom Moscow wants to put on trial.", '2003-11-13')[0]).toMatch(/^GBR 075 RUS$/);
    expect(coded('Israel killed Omar Zubeidi, a Hamas commander.', '2003-11-13')[0]).toMatch(/^ISR \d+ PSE$/);
    // (Not a day before a participle's object, nor a day before a description of the act.)
    expect(coded('A suicide car bomber rammed through the gates of the Chinese embassy in Bishkek on Tuesday, wounding three local employees.', '2016-08-30')[0]).toMatch(/ CHN$/);
    expect(coded('The first Nigerian peacekeepers landed at Roberts International Airport outside Monrovia on Monday, the vanguard of a West African force for Liberia.', '2003-08-04')[0]).toMatch(/^NGA 074 LBR$/);
  });
  it('codes sanctions whose words name who imposed them, and which take effect, as imposed (163); what takes effect is taken by no one', () => {
    expect(coded("U.N. sanctions against Libya took effect on Wednesday over Tripoli's refusal to hand over two bombing suspects.", '1992-04-15')).toEqual(['IGOUNO 163 LBY']);
    expect(coded("New U.S. sanctions on Iran's oil exports came into force on Monday.", '2012-07-02')).toEqual(['USA 163 IRN']);
    expect(coded('The sanctions could take effect next week.', '2012-07-02')).toEqual([]);
  });
  it('reads "opposition" as a noun in a headline, so that the verb after it codes', () => {
    expect(coded('Tajik government and Islamic opposition open peace talks in Moscow', '1996-09-01')).toContain('TJK 046 TJK');
  });
  it('codes a health emergency or disaster declared as a statement, not as emergency rule (1724)', () => {
    expect(coded('WHO declares coronavirus outbreak a global health emergency', '2020-01-30')).toEqual(['IGOUNO 010 -']);
    expect(coded('Musharraf declares emergency in Pakistan', '2007-11-03')[0]).toMatch(/^PAK 1724 PAK$/);
  });
  it('gives donor governments no country from the place the sentence names', () => {
    expect(coded('The U.N. refugee agency appealed to donor governments on Friday for funds to feed people who have fled the civil war in Tajikistan.', '1993-01-08')[0]).toMatch(/^IGOUNO 02\d* -$/);
  });
  it('reads a list after "of" as part of the phrase a pattern takes, so that a word after the list still matches', () => {
    expect(coded('Chinese President Xi Jinping welcomed the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan to the city of Xian on Thursday.', '2023-05-18')).toEqual(['CHN 043 KAZ', 'CHN 043 KGZ', 'CHN 043 UZB']);
  });
  it('codes an inquiry helped as one taken part in (090), and those sent to help with one as visiting, not protecting', () => {
    expect(coded('A team of Scotland Yard detectives arrived in Islamabad on Friday to help investigate the assassination of Benazir Bhutto.', '2008-01-04')).toEqual(['GBR 042 PAK', 'GBR 090 PAK']);
    expect(coded('FBI agents helped investigate the bombing in Nairobi.', '1998-08-10')).toEqual(['USA 090 KEN']);
  });
  it('reads a present form told with a day to come as future (an intent), but not an infinitive or a clause that dates another act', () => {
    expect(coded('Putin visits China next week', '2005-05-06')).toEqual(['RUS 036 CHN']);
    expect(coded('The presidents of Armenia and Azerbaijan meet next week in Warsaw.', '2005-05-06')).toEqual(['ARM 036 AZE', 'AZE 036 ARM']);
    expect(coded('Putin visited China last week.', '2005-05-06')).toEqual(['RUS 042 CHN']);
    expect(coded("Mali's military government on Monday rejected a call by ECOWAS to hold elections next month.", '2022-01-10').some((e) => e.includes(' 03'))).toBe(false);
  });
  it('keeps what the review of these rules found right (false readings they had made)', () => {
    // An institution a capital opens keeps its sector; one who works for a body is placed by it.
    expect(actorCodes('U.S. troops raided a Baghdad hospital on Friday.', '2004-11-12')[0]).toMatch(/ IRQHLH$/);
    expect(actorCodes('Zimbabwe expelled Andrew Meldrum, a correspondent for the Guardian.', '2003-05-17')[0]).toMatch(/ GBRMED$/);
    // Sanctions only due to take effect are not imposed yet.
    expect(coded('U.N. sanctions against Libya are due to take effect on April 15.', '1992-04-01')).toEqual([]);
    // Others helped to hold an inquiry are helped; patients examined are no inquiry.
    expect(coded('Israeli police helped Egyptian investigators probe the Taba bombings.', '2004-10-10')[0]).toBe('ISR 070 EGY');
    expect(coded("Cuban doctors helped examine patients in Haiti's earthquake zone.", '2010-01-20').some((e) => e.includes(' 09'))).toBe(false);
    // People in a participle clause may do its infinitive themselves.
    expect(actorCodes('Police clashed with opposition supporters marching on Tuesday to demand talks with President Mugabe.', '2007-03-13').some((e) => /^\w*COP 10\d* /.test(e))).toBe(false);
    expect(actorCodes('Israeli troops clashed with Palestinian gunmen crossing the border on Sunday to attack a Jewish settlement.', '2002-06-02').some((e) => e.startsWith('PSEREB') && / 1[89]\d* /.test(e))).toBe(true);
  });
  it('reads a participle that says who someone is (accused of, known as, wanted for) as part of the phrase a pattern takes', () => {
    expect(coded('Kenyan police handed a former Rwandan army officer accused of genocide to the U.N. tribunal in Arusha on Wednesday.', '1996-09-26')).toEqual(['KEN 063 IGOUNO']);
    expect(coded('Sudan handed the Venezuelan militant known as Carlos the Jackal over to French agents on Sunday.', '1994-08-14')).toEqual(['SDN 063 FRA']);
  });
  it('gives an infinitive after a participle clause closed by a day to the subject of the clause\'s own verb', () => {
    expect(coded('North Korean leader Kim Jong-un stepped across the line dividing the peninsula on Friday to meet South Korean President Moon Jae-in.', '2018-04-27')).toEqual(['PRK 040 KOR']);
    // (Not the object of a request, who does what is asked.)
    expect(coded('Commonwealth Secretary-General Don McKinnon urged the gunmen holding Fiji\'s prime minister on Sunday to free him.', '2000-05-21').some((e) => e.startsWith('IGO') && e.includes(' 084'))).toBe(false);
  });
  it('reads a capital that opens the name of a place in it (airport, port, stadium) as that place, not its government', () => {
    expect(actorCodes('Ethiopian jets bombed Asmara airport on Friday.', '1998-06-05')[0]).toMatch(/ ERI$/);
    expect(actorCodes('Belarusian police arrested opposition blogger Roman Protasevich at Minsk airport on Sunday.', '2021-05-23')[0]).toMatch(/^BLRCOP 173 BLR\w*$/);
  });
});

describe('asked-for acts, purposes and clauses after a day (thirty-fourth session)', () => {
  it('codes no act that an appeal asks of a possessed or listed addressee, nor what a joined infinitive asks', () => {
    expect(coded("The Security Council called on Sudan's warring parties to release the prisoners.", '2005-10-10')).toEqual(['IGOUNO 0253 SDN']);
    expect(coded('Kofi Annan called on Ethiopia and Eritrea on Monday to halt the fighting on their border and accept an African peace plan.', '2000-06-05')).toEqual(['IGOUNO 0256 ETH', 'IGOUNO 0256 ERI']);
    expect(coded("Boutros-Ghali appealed to Somalia's rival clan leaders on Wednesday to honour a ceasefire in Mogadishu.", '1994-06-05').every((e) => / 02\d* /.test(e))).toBe(true);
    expect(coded("The Organization of American States called on Nicaragua's government on Wednesday to halt the violence against protesters and to support early elections.", '2018-06-20')).toEqual(['IGOOAS 0256 NIC']);
  });
  it('codes no act a request names when its maker and day stand between them, nor what an unrealised act is for', () => {
    expect(coded("Russia turned down a request from Kyrgyzstan's interim government on Saturday to send troops.", '2010-06-12')).toEqual(['RUS 120 KGZ']);
    expect(coded('Kyrgyzstan urged Russia to send troops to quell ethnic violence.', '2010-06-12')).toEqual(['KGZ 020 RUS']);
    expect(coded('Russia sent troops to quell ethnic violence.', '2010-06-12').some((e) => e.includes(' 175 '))).toBe(true);
  });
  it("reads an order to the commander's own forces, named or listed, as done", () => {
    expect(coded('President George Bush on Wednesday ordered U.S. and allied forces to suspend offensive combat operations against Iraq.', '1991-02-27')).toEqual(['USA 087 IRQ']);
    expect(coded('The U.N. ordered Iraqi forces to withdraw from Kuwait.', '1991-02-27')).toEqual([]);
  });
  it('reads "as" after a day as opening a clause with its own subject', () => {
    expect(coded('Russian tanks rolled into South Ossetia on Friday as Georgian forces fought separatists for control of the regional capital, Tskhinvali.', '2008-08-08')).toEqual(['RUS 192 GEO', 'GEO 190 GEO']);
  });
  it('reads a participle with a "with" phrase before a verb and an infinitive as describing its noun', () => {
    expect(coded('Turkish cargo planes loaded with milk, yoghurt and fresh poultry landed in Doha on Friday to ease shortages caused by a Saudi-led boycott of Qatar.', '2017-06-23')).toEqual(['TUR 073 QAT']);
  });
  it('codes people taken (back) to prison as detained, a halt to fighting observed as a truce and an offensive pressed as fighting', () => {
    expect(coded('Venezuelan intelligence agents hauled opposition leaders Leopoldo Lopez and Antonio Ledezma from their homes before dawn on Tuesday and took them back to prison.', '2017-08-01')).toEqual(['VEN 173 VEN']);
    expect(coded('Police took the protesters to jail on Monday.', '2017-08-01')[0]).toMatch(/ 173 /);
    expect(coded('Sri Lankan troops and Tamil Tiger guerrillas began observing a cessation of hostilities on Sunday.', '2002-01-08')).toEqual(['LKA 0871 LKA', 'LKA 0871 LKA']);
    expect(coded('Tamil Tiger rebels pressed their offensive against government troops on the Jaffna peninsula.', '1995-06-05')).toEqual(['LKA 190 LKA']);
    expect(coded('The U.S. pressed Israel to halt its offensive.', '2006-07-20')[0]).toMatch(/ 105\d* /);
  });
  it('reads force made ready as shown (150), and an act after a verb of going on in the mood of what governs that verb', () => {
    expect(coded('The Macedonian army prepared to resume shelling Albanian rebel-held territory.', '2001-06-10')).toEqual(['MKD 150 ALB']);
    expect(coded('Turkmen President Gurbanguly Berdymukhamedov promised on Tuesday to begin supplying natural gas to China.', '2009-12-15').some((e) => e.includes(' 061 '))).toBe(false);
    expect(coded('Tamil Tiger rebels threatened to resume fighting unless the government lifted the curbs.', '2006-06-01').some((e) => e.includes(' 190 '))).toBe(false);
  });
  it('codes the purpose of an act only meant as meant, and an infinitive joined to a governed one by the same governor', () => {
    expect(coded('Canada offered on Tuesday to lead a multinational force into eastern Zaire to help get food and medicine to more than a million Rwandan refugees.', '1996-11-12')).toEqual(['CAN 033 COD', 'CAN 033 RWA']);
    expect(coded('Russian President Boris Yeltsin promised on Sunday to halt military operations in Chechnya and to open indirect talks with separatist leader Dzhokhar Dudayev.', '1995-06-04')).toEqual(['RUS 035 RUS', 'RUS 036 RUS']);
    // (An inquiry a body is sent to hold is begun.)
    expect(coded('The U.N. Human Rights Council agreed on Friday to send an international fact-finding mission to Myanmar to investigate alleged abuses by security forces.', '2017-03-24').some((e) => / 09\d* /.test(e))).toBe(true);
  });
  it('codes no act a demand names when a participle opens its subject, no charge for a task, and no act a deal is only meant to do', () => {
    expect(coded("Kyrgyzstan's interim leader Roza Otunbayeva demanded on Thursday that ousted president Kurmanbek Bakiyev formally resign.", '2010-04-15')).toEqual(['KGZ 100 KGZ']);
    expect(coded('ECOWAS landed a 3,000-strong peacekeeping force in the Liberian capital on Friday, charged with ending an eight-month civil war.', '1990-08-25').some((e) => e.includes(' 173 '))).toBe(false);
    expect(coded("Azerbaijan began supplying natural gas to Syria through Turkey on Saturday under a deal to ease the war-ravaged country's chronic power shortages.", '2021-10-23')).toEqual(['AZE 061 SYR']);
  });
  it('codes no second act for what a coded act ended, for the protest a summons lodges, or for a visitor named by "visiting"', () => {
    expect(coded('El Salvador\'s government and the leftist FMLN guerrillas signed a peace accord on Thursday, formally ending a civil war that has killed some 75,000 people.', '1992-01-16').every((e) => e.includes(' 057 '))).toBe(true);
    expect(coded('Poland summoned the Belarusian ambassador on Tuesday to protest against a police raid on the offices of the Union of Poles.', '2005-07-26').some((e) => e.includes(' 141 '))).toBe(false);
    expect(coded('Thousands of Aymara farmers blocked the highways around La Paz to protest against government plans.', '2003-10-10').some((e) => e.includes(' 141 '))).toBe(true);
    expect(coded('Kazakh President Nursultan Nazarbayev promised visiting U.S. Vice President Al Gore on Monday that his country would dismantle the missiles.', '1993-12-13').some((e) => e.includes(' 042 '))).toBe(false);
    expect(coded('U.N. weapons inspectors resumed searches in Iraq on Wednesday, visiting two sites on the outskirts of Baghdad.', '2002-11-27').some((e) => e.includes(' 042 '))).toBe(true);
  });
  it('gives a bare verb joined to a promised one the promise, and to one a deal names no act of its own, but leaves an attempt\'s joined verb done', () => {
    expect(coded('Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies within two months.', '2023-03-10').every((e) => e.includes(' 03'))).toBe(true);
    expect(coded('Turkey and Armenia signed accords in Zurich on Saturday to establish diplomatic relations and reopen their shared border.', '2009-10-10')).toEqual(['TUR 057 ARM', 'ARM 057 TUR']);
    expect(coded('Protesters angry at Prime Minister Manasseh Sogavare tried to storm parliament on Wednesday and set fire to a police station and shops nearby.', '2021-11-24').some((e) => e.startsWith('SLB 14'))).toBe(true);
  });
  it('reads a participle of growth before a noun as describing it, and what one is under pressure to do as not done', () => {
    expect(coded('Indonesian President B.J. Habibie bowed to mounting international pressure on Sunday and agreed to allow a U.N.-backed peacekeeping force into East Timor.', '1999-09-12').some((e) => e.includes(' 100 '))).toBe(false);
    expect(coded('Liberian President Charles Taylor is under mounting pressure to step down.', '2003-07-06')).toEqual([]);
  });
  it('keeps what the review of these rules found right', () => {
    // An order to one's own forces named with a possessive is done.
    expect(coded("President Zardari ordered Pakistan's army to launch an offensive against the Taliban.", '2009-05-01')[0]).toMatch(/^PAK 190 /);
    // Words only made ready are not yet said.
    expect(coded('Britain prepared to accuse Iran of violating the nuclear treaty.', '2006-05-01')).toEqual([]);
    expect(coded('The government was preparing to ask the IMF for a loan.', '2006-05-01')).toEqual([]);
    // A crime charged is a charge, whatever its gerund.
    expect(coded('Egypt charged three Al Jazeera journalists with reporting false news.', '2014-01-29')).toEqual(['EGY 173 QAT']);
    // An attack pressed may be words.
    expect(coded('Obama pressed his attack on Republican lawmakers over the budget.', '2013-10-01').some((e) => e.includes(' 190 '))).toBe(false);
    // A campaign waged, with its place and day, is under way.
    expect(coded('The army launched a campaign in the Swat valley on Friday to drive out the Taliban.', '2009-05-08').some((e) => / 19\d* /.test(e))).toBe(true);
  });
  it('aims a mediator named as a participle\'s agent at the sides of the clause it serves, and codes no act of the forced for the forcer', () => {
    expect(coded('Israel and Hamas declared a truce on Wednesday under a deal brokered by Egypt.', '2012-11-21').filter((e) => e.includes(' 045 '))).toEqual(['EGY 045 ISR', 'EGY 045 PSE']);
    expect(coded('Boko Haram freed 21 of the Chibok schoolgirls on Thursday after talks brokered by Switzerland and the Red Cross.', '2016-10-13').filter((e) => e.includes(' 045 '))).toEqual(['CHE 045 NGA', 'NGOHLH 045 NGA']);
    expect(coded('West African leaders forced Yahya Jammeh to hand over power.', '2017-01-18')).toEqual(['IGOWAS 170 GMB']);
    expect(coded('Israeli troops were forced to withdraw from Lebanon.', '2000-05-24').some((e) => e.includes(' 0874 '))).toBe(true);
  });
  it('codes no act asked of an addressee named with where it is, let be done by one asked to let it, asked in the passive, or carried by a flier', () => {
    expect(coded('NATO Secretary-General George Robertson on Tuesday urged ethnic Albanian rebels in Macedonia to lay down their weapons and pursue their grievances through dialogue.', '2001-05-01')).toEqual(['IGOWST 020 MKD']);
    expect(coded("Boutros-Ghali urged Somalia's warring clan leaders on Thursday to let food convoys reach the hundreds of thousands of people facing starvation.", '1993-01-14')).toEqual(['IGOUNO 020 SOM']);
    expect(coded('Ethiopia and Eritrea were urged by the Organisation of African Unity on Friday to halt their border war and accept mediation.', '1998-06-05').every((e) => e.includes(' 020 '))).toBe(true);
    expect(coded("Russia's FSB security service detained an officer of Estonia's internal security service near the border on Friday and flew him to Moscow.", '2014-09-05')).toEqual(['RUS 173 EST']);
    expect(coded('Iran on Saturday rejected a package of incentives offered by Britain, France and Germany in return for giving up uranium enrichment.', '2006-08-19').some((e) => /^(GBR|FRA|DEU) 030 (GBR|FRA|DEU)$/.test(e))).toBe(false);
  });
  it('reads separatist forces as separatists', () => {
    expect(actorCodes('Abkhaz separatist forces captured Sukhumi on Monday.', '1993-09-27')[0]).toMatch(/^GEOSEP /);
  });
});

describe('statements, forces readied and agreements in force (thirty-fifth session)', () => {
  it("keeps a speaker's statement past a duty laid on no one of their own, and past a participle after whom they told", () => {
    expect(coded('Lula said on Monday that no Brazilian should go hungry.', '2003-01-06')).toEqual(['BRA 010 -']);
    expect(coded('Khatami told delegates of the Islamic world gathered in Tehran on Tuesday that the summit had ended.', '1997-12-09')[0]).toMatch(/^IRN 010 /);
  });
  it('gives a verb of saying joined to the last verb of what was said to the speaker', () => {
    expect(coded("Yilmaz said on Thursday that Ankara's patience was exhausted and warned Damascus of military action.", '1998-10-01')).toContain('TUR 130 SYR');
  });
  it('codes forces readied for war, told or ordered to by their own leader, as a show of force', () => {
    expect(coded('Venezuelan troops prepared for war with Colombia.', '2008-03-02')).toContain('VEN 150 COL');
    expect(coded("Chavez told Venezuela's army on Sunday to prepare for war with Colombia.", '2008-03-02')).toContain('VEN 150 COL');
    expect(coded('Chavez told Colombia on Sunday to withdraw its troops from the border.', '2008-03-02').some((e) => e.includes(' 0874 '))).toBe(false);
    expect(coded('Hospitals in the capital prepared for an attack.', '2008-03-02')).toEqual([]);
  });
  it('codes a trade pact concluded and instruments of ratification exchanged as agreements, and proceedings opened into a crime as an investigation', () => {
    expect(coded('Chile and South Korea concluded a free trade agreement on Friday.', '2002-10-25')).toEqual(['CHL 057 KOR', 'KOR 057 CHL']);
    expect(coded('Russia and China exchanged instruments of ratification of their border treaty.', '2005-06-02')).toEqual(['RUS 057 CHN', 'CHN 057 RUS']);
    expect(coded('French prosecutors opened criminal proceedings into the suspected embezzlement of funds by Gabonese officials.', '2010-01-01')).toEqual(['FRA 090 GAB']);
  });
  it('joins bare adjectives set off by a comma before their noun, but not a name after one', () => {
    expect(coded("'We are prepared to start serious, results-oriented talks with Washington,' Rouhani said.", '2013-09-24')).toContain('IRN 036 USA');
    expect(coded('Talks between Armenia and Azerbaijan near Paris ended without a breakthrough on Nagorno-Karabakh, French mediators said.', '2001-03-05')[0]).toMatch(/^FRA 010 /);
  });
  it("codes no act for a gerund joined to an accusation's gerund, a plot's infinitive, or what one is only to do", () => {
    expect(coded('Chad accused Sudan of arming and sheltering the rebels.', '2006-04-14')).toEqual(['TCD 112 SDN']);
    expect(coded('Georgia accused Russian jets of bombing a village and killing two shepherds.', '2002-08-23').filter((e) => / 18\d* /.test(e))).toEqual([]);
    expect(coded('Ghana arrested a colonel over an alleged plot to kill President Kufuor.', '2004-11-24').some((e) => e.includes(' 186 '))).toBe(false);
    expect(coded('Under the deal, Uganda is to withdraw its troops from Congo.', '2002-09-06')).toEqual(['UGA 035 COD']);
  });
  it('codes no act told of a phrase by a clause with no relative word and a pronoun for its subject, but keeps what the told are told', () => {
    expect(coded('Iraq demanded that Turkey withdraw the troops it had deployed near Mosul.', '2016-10-01')).toEqual(['IRQ 1056 TUR']);
    expect(coded('Rwanda and Uganda signed a deal restoring the relations they severed in 1999.', '2001-11-06').some((e) => e.includes(' 161 '))).toBe(false);
    expect(coded('Iraqi officials told reporters they had attacked the base.', '2016-10-01').some((e) => e.includes(' 190 '))).toBe(true);
  });
  it('codes no act asked of a listed addressee after "to", asked about with "how", aimed at by an attempt or a threatened use of force, or fought together against a third thing', () => {
    expect(coded('The Red Cross appealed to Armenia and Azerbaijan on Friday to stop shelling villages.', '2016-04-08').every((e) => e.includes(' 02'))).toBe(true);
    expect(coded('The leaders met on Monday to discuss how to rescue the ceasefire.', '2016-04-08')).toEqual([]);
    expect(coded('Mali and the rebels opened talks in Algiers, the first attempt in years to end the war.', '2014-07-16').some((e) => e.includes(' 087'))).toBe(false);
    expect(coded('The African Union threatened to use force to reinstate the ousted president of Gambia.', '2016-12-20').some((e) => e.includes(' 0812'))).toBe(false);
    expect(coded('India and Sri Lanka began joint naval patrols to fight piracy.', '2012-01-10').some((e) => e.includes(' 190 '))).toBe(false);
    expect(coded('Indian and Pakistani troops fought artillery and tank battles in Kashmir.', '1999-06-01')).toEqual(['IND 190 PAK', 'PAK 190 IND']);
    expect(coded('Liberia appealed to Washington for U.S. help in fighting Ebola.', '2014-09-12').some((e) => e.includes(' 070 '))).toBe(false);
    expect(coded('The Serbs handed over their heavy guns on Thursday to beat a NATO deadline.', '1994-02-17').some((e) => e.includes(' 182 '))).toBe(false);
  });
  it('gives an act one was prompted to do to the prompted, and reads a gerund after "end to" as a noun', () => {
    expect(coded('Georgia arrested four Russian officers, prompting Moscow to recall its ambassador from Tbilisi.', '2006-09-28')).toContain('RUS 161 GEO');
    expect(coded('The Pope appealed for an end to fighting in Juba.', '2016-07-10').some((e) => e.includes(' 190 '))).toBe(false);
  });
  it('codes no act that a thing asked for is to do, or that a speaker is hopeful will be, and reads aid offered to someone as a noun', () => {
    expect(coded('Kyrgyzstan asked Moscow on Friday for helicopters to fight Islamic militants.', '1999-08-27').some((e) => e.includes(' 190 '))).toBe(false);
    expect(coded('Karzai said he was hopeful that Pakistan would help bring the Taliban to talks.', '2012-02-18').some((e) => e.startsWith('PAK '))).toBe(false);
    expect(coded('Japan offered Nepal help in rebuilding bridges.', '1993-08-01')).toEqual(['JPN 033 NPL']);
  });
  it('reads a participle with an agent after a gerund\'s object or an apposition as passive, and "free" after an adverb as the verb', () => {
    expect(coded('Police are tracing the schoolgirls seized by Boko Haram.', '2014-05-06')).toEqual(['NGA 181 NGA']);
    expect(actorCodes('Venezuela extradited Perez, a journalist accused by Bogota of spying, to Colombia on Monday.', '2011-04-25').some((e) => e.startsWith('---MED'))).toBe(false);
    expect(coded('Russia demanded that Georgia immediately free four Russian officers.', '2006-09-28')).toEqual(['RUS 1053 GEO']);
    expect(coded('The IMF approved a loan to Kenya, releasing an immediate payment of $300 million.', '2021-04-02').some((e) => e.includes(' 0841 '))).toBe(false);
  });
  it('reads a prison walked out of as no protest and talks walked out of as broken off, and sides reinforcing near a disputed place as facing each other', () => {
    expect(coded('Aung San Suu Kyi walked out of prison on Saturday.', '2010-11-13').some((e) => e.includes(' 140 '))).toBe(false);
    expect(coded('The Syrian opposition walked out of talks with the government.', '2016-04-18').map((e) => e.split(' ')[1])).toEqual(['164']);
    expect(coded('Thailand, Cambodia reinforce troops near disputed temple', '2011-02-08')).toEqual(['THA 154 KHM', 'KHM 154 THA']);
    expect(coded('Beijing demands Tokyo free detained trawler captain', '2010-09-20').some((e) => e.includes(' 173 '))).toBe(false);
  });
  it('codes no act for a plea\'s or a paved way\'s infinitive, what a thing is called, who shelters somewhere, or a killing condemned', () => {
    expect(coded('Moscow turned down a plea from Kyrgyzstan on Saturday to send troops.', '2010-06-12').some((e) => e.includes(' 154 '))).toBe(false);
    expect(coded('The two sides signed a peace deal on Monday, paving the way for a new government to take power.', '2003-08-18').some((e) => e.includes(' 192 '))).toBe(false);
    expect(coded('Canada imposed sanctions on Nicaraguan officials over what it called a sham election.', '2021-11-15').some((e) => e.includes(' 0834 '))).toBe(false);
    expect(coded('Russia demanded that Georgia hand over Chechen militants sheltering in the Pankisi Gorge.', '2002-08-24').some((e) => e.includes(' 075 '))).toBe(false);
    expect(coded('Sudan sheltered LRA rebels in its territory.', '2002-08-24')).toEqual(['SDN 075 UGA']);
    expect(coded('Nigerian bishops condemn killing of priests', '2018-04-25').some((e) => e.includes(' 1823 '))).toBe(false);
    expect(coded('Hasina urged Myanmar at the United Nations to take back the refugees.', '2017-09-21')).toEqual(['BGD 020 MMR']);
    expect(coded('Zelensky proposed that the leaders of the United States and Britain join the talks.', '2019-07-08').some((e) => /^(USA|GBR) /.test(e))).toBe(false);
  });
  it('reads a hyphened name among the phrases between an appeal and its infinitive', () => {
    expect(coded('The Pope appealed on Sunday to the warring sides in Bosnia-Herzegovina to lay down their arms.', '1993-01-10').every((e) => e.includes(' 02'))).toBe(true);
    expect(coded('Saddam rebuffed a plea from U.N. Secretary-General Perez de Cuellar in Baghdad on Sunday to pull his troops out of Kuwait.', '1991-01-13').some((e) => e.includes(' 0874 '))).toBe(false);
  });
  it("keeps what the review of these rules found right", () => {
    // A time or a time's preposition before a pronoun opens a clause, not a relative one.
    expect(coded('Pakistan said that last week it had retaliated against Indian shelling in Kashmir.', '2012-03-10').some((e) => e.includes(' 190 '))).toBe(true);
    expect(coded('Israel said that following the rocket attack it had struck targets in Gaza.', '2012-03-10').some((e) => e.includes(' 190 '))).toBe(true);
    // An opening phrase's comma is no apposition.
    expect(coded('In Kabul, a suicide bomber struck by the gates of the Indian embassy.', '2012-03-10').some((e) => e.includes(' 1831 '))).toBe(true);
    // Deny, claim and tell keep their other senses.
    expect(actorCodes('Kenyan officials said al Shabaab had attacked the town and claimed the attack.', '2012-03-10').some((e) => e.startsWith('KENGOV'))).toBe(false);
    expect(coded('Aid agencies said rebels had blocked the road and told drivers to turn back.', '2012-03-10').some((e) => e.includes(' 10'))).toBe(false);
    // "free" as an adjective.
    expect(coded('American hiker Sarah Shourd free 14 months after arrest in Iran', '2010-09-14')).toEqual([]);
    expect(coded('The two aid workers are now free two weeks after they were seized in Baghdad.', '2004-09-28')).toEqual([]);
    // A headline's verb after "of" and an initialism.
    expect(coded('Leaders of ASEAN condemn coup in Thailand', '2006-09-20')).toEqual(['IGOASN 111 THA']);
    // Sides that fight anything but their way fight each other.
    expect(coded('Government troops and rebels fought a series of battles around the town.', '2012-03-10')).toHaveLength(2);
    // Prompting that only would happen.
    expect(coded('Analysts said the move would spur Pyongyang to resume talks with Seoul.', '2012-03-10').some((e) => e.startsWith('PRK '))).toBe(false);
    // A gerund after a verb of starting is the verb's own.
    expect(coded('Western diplomats began talking of a truce between the warring factions.', '1993-03-10').some((e) => e.includes(' 0871 '))).toBe(false);
    // A walk-out from a court is a protest; civilians bracing for an attack show no force.
    expect(coded('Defence lawyers walked out of the court in protest at the ruling.', '2002-03-10').some((e) => e.includes(' 140 '))).toBe(true);
    expect(coded('Residents of the capital prepared for an attack by the rebels.', '2012-03-10')).toEqual([]);
    // Shelter given, joined to another verb of the same object; a forecast's statement kept.
    expect(coded('Sudan sheltered and armed the Ugandan rebels for years.', '2002-03-10').some((e) => e.includes(' 075 '))).toBe(true);
    expect(coded('Israel said it was convinced Iran would attack if it obtained a bomb.', '2012-03-10')).toEqual(['ISR 010 -']);
  });
  it('reads a gerund of violence that opens a clause, or that a verb takes with nothing after it, as the violence named', () => {
    expect(coded('Medvedev ordered a halt to military operations in Georgia, five days after fighting erupted over South Ossetia.', '2008-08-12').some((e) => e.includes(' 190 '))).toBe(false);
    expect(coded('Aid workers cared for refugees who had fled fighting in Darfur.', '2004-06-01').some((e) => e.includes(' 190 '))).toBe(false);
    expect(coded('Azerbaijan and Armenia halted fighting over Nagorno-Karabakh on Thursday.', '1994-05-12').every((e) => e.includes(' 087 '))).toBe(true);
    expect(coded('Rebels continued fighting government troops.', '2004-06-01')).toHaveLength(1);
  });
});

describe('topics, namings, craft and places (thirty-sixth session)', () => {
  it('reads what sides of two countries discuss as their topic, not a side', () => {
    expect(coded('Putin and Erdogan discuss Libya truce at talks in Moscow', '2020-01-13')).toEqual(expect.arrayContaining(['RUS 040 TUR', 'TUR 040 RUS']));
    expect(coded('Putin and Erdogan discuss Libya truce at talks in Moscow', '2020-01-13').some((e) => e.endsWith(' LBY'))).toBe(false);
    // (One side alone still discusses it with whom it names.)
    expect(coded('Putin discussed Libya with Erdogan.', '2020-01-13')).toEqual(['RUS 040 TUR']);
  });
  it('steps over "what they called" to the phrase named', () => {
    expect(coded('Envoys of Armenia and Azerbaijan held what they called a constructive round of talks in Vienna.', '2019-03-29')).toEqual(expect.arrayContaining(['ARM 046 AZE', 'AZE 046 ARM']));
  });
  it('reads joint drills wound up, and craft from several countries', () => {
    expect(coded('Indian and French warships wrapped up a week of joint naval drills off Goa.', '2019-05-10').every((e) => e.includes(' 062 '))).toBe(true);
    expect(coded('Patrol vessels from Malaysia, Indonesia and the Philippines held a joint patrol in the Sulu Sea.', '2017-06-19')).toHaveLength(6);
  });
  it('finds the event in the second object of a light verb, not in a modifier of the first', () => {
    expect(coded('Italian party chiefs gave euro zone finance ministers signed pledges to back the reforms.', '2012-02-15').some((e) => e.includes(' 071 '))).toBe(false);
  });
  it('reads exile flown into as no visit', () => {
    expect(coded('The deposed Haitian president flew into exile in the Central African Republic.', '2004-03-01').some((e) => e.includes(' 042 '))).toBe(false);
  });
  it('leaves an appeal to the international community with no target', () => {
    expect(coded('Kenya asked the international community to send troops to help the Somali army.', '2011-10-20')).toEqual(['KEN 020 -']);
  });
  it('reads sides brought back to the table as mediated, over a possessor and its list', () => {
    expect(coded("Kenyan mediators brought Sudan's government and the southern rebels back to the negotiating table.", '2003-04-01')).toEqual(['KEN 045 SDN']);
  });
  it('places rebels by the town their relative clause says they besiege, and a transnational group by the sentence', () => {
    expect(coded('Liberian President Charles Taylor quit and flew into exile in Ghana, yielding to rebels who had besieged Monrovia.', '2003-08-11')).toContain('LBR 080 LBR');
    expect(actorCodes("Islamic State militants executed dozens of prisoners near Mosul, Iraq's defence ministry said.", '2016-11-10').some((e) => e.startsWith('IRQIMG'))).toBe(true);
    // (Not by a people the sentence names only as victims.)
    expect(actorCodes('French aid worker Herve Gourdel was beheaded by Islamic State militants.', '2014-09-24').some((e) => e.startsWith('FRAIMG'))).toBe(false);
  });
  it('reads captives, roles and forces that a participle describes', () => {
    // A captive held for more than some time is the freed one, not a hostage-taker.
    expect(coded('Two Thai workers held hostage in Gaza for more than 400 days were freed by Hamas on Friday.', '2024-11-29')).toContain('PSE 0841 THA');
    // A role in apposition with a participle after it, and a nationality before "hostage".
    expect(coded('Brian Keenan, an Irish teacher held in Beirut, was freed by Islamic Jihad.', '1990-08-24').some((e) => e.endsWith(' 0841 IRL'))).toBe(true);
    expect(coded('The longest-held British hostage in Iraq was freed by his captors.', '2009-12-30').some((e) => e.endsWith(' 0841 GBR'))).toBe(true);
    // (Not a speaker after a place: "to the town of Pacaraima, the army said".)
    expect(coded('Brazil sent extra troops to its border town of Pacaraima, the army said on Thursday.', '2023-12-07').some((e) => e.endsWith('BRA 154 BRA'))).toBe(false);
    // Forces a participle places, the sentence telling what they do, are no show of force.
    expect(coded('Syrian troops massed near the Turkish border began pulling back on Tuesday.', '1998-10-20').some((e) => e.includes(' 154 '))).toBe(false);
    expect(coded('Senegalese troops massed on the border as the deadline neared.', '2017-01-18').some((e) => e.includes(' 154 '))).toBe(true);
    // A package of loans resumed is the loans.
    expect(coded('Japan resumed its package of loans to Vietnam.', '1992-11-07')).toContain('JPN 071 VNM');
  });
  it("closes a relative clause at the sentence's own verb, and reads names, titles and lists the tagger split", () => {
    // The verb after a relative clause on the subject is the sentence's, with that subject.
    expect(coded('Armed rebels who have seized the port of Vlore demanded on Thursday that President Sali Berisha resign.', '1997-03-06')).toContain('ALB 1041 ALB');
    expect(coded('Armed rebels who have seized the port of Vlore demanded on Thursday that President Sali Berisha resign.', '1997-03-06').some((e) => e.includes(' 083'))).toBe(false);
    expect(actorCodes('Students who accuse the government of rigging the vote set fire to the election office in Dhaka.', '2001-10-03')[0]).toMatch(/^BGD(EDU|OPP)/);
    // A capitalised word the tagger read as a verb inside a body's name.
    expect(coded("Kenya's National Counter Terrorism Centre said on Monday it had opened an inquiry into the attack.", '2019-01-21').length).toBeGreaterThan(0);
    expect(coded("Thailand's Office of the National Counter Corruption Commission opened an inquiry into the minister's assets.", '2001-05-02').some((e) => e.includes(' 09'))).toBe(true);
    // An international body's secretary-general is the body.
    expect(coded("NATO's secretary-general urged Serbia to pull its police out of Kosovo.", '1998-10-05').some((e) => e.startsWith('IGO') && e.includes(' 02') && e.endsWith(' YUG'))).toBe(true);
    // A hyphened modifier and a list of forces in a pattern's reach.
    expect(coded('Kim Dae-jung held a first-ever summit with leaders of ASEAN.', '1998-12-16')).toEqual(['KOR 040 IGOASN']);
    expect(coded('Taiwan put its missile batteries and frigates on alert ahead of the Chinese drills.', '1996-03-08')).toContain('TWN 152 CHN');
  });
  it('reads an attack by its owner, a people driven across a border as expelled en masse, and a list with a base as a military target', () => {
    expect(coded("Ethiopia's offensive has killed hundreds of fighters in Tigray.", '2020-11-20').some((e) => e.startsWith('ETH 1') || e.startsWith('ETH 2'))).toBe(true);
    expect(coded('Serbian forces have driven thousands of Albanians across the border into Macedonia.', '1999-04-01').some((e) => e.includes(' 201 '))).toBe(true);
    expect(coded('Tuareg rebels attacked police posts and an army base in northern Mali on Friday.', '2017-08-25').map((e) => e.split(' ')[1])).toContain('190');
    expect(coded('Militants attacked a police post near Quetta.', '2012-08-25').map((e) => e.split(' ')[1])).toContain('180');
  });
  it('reads a verb the tagger took for an adjective or a noun before "and" and a verb, and an -ing form after the subject as a participle', () => {
    expect(coded('Rioters looted and burned shops in the Solomon Islands capital Honiara on Wednesday.', '2006-04-19').some((e) => e.includes(' 145 '))).toBe(true);
    expect(coded('Youths venting anger at the president looted and torched shops across Dakar on Thursday.', '2021-03-04').some((e) => e.startsWith('SEN 1'))).toBe(true);
  });
  it('reads a gerund after a future verb of finishing as intended, and vaccine doses given as aid', () => {
    expect(coded('Russia will finish delivering fighter jets to Syria by the end of the year.', '2015-01-10')).toEqual(['RUS 033 SYR']);
    expect(coded('India will give Nepal a million doses of vaccine next month.', '2021-01-10')).toEqual(['IND 033 NPL']);
  });
  it('reads someone ordered out of the country as expelled, and a medical brigade sent as aid', () => {
    expect(coded('Burundi ordered the Reuters correspondent out of the country on Monday.', '2001-02-16').some((e) => e.includes(' 174 '))).toBe(true);
    expect(coded('Cuba sends medical brigade to Pakistan after quake', '2005-10-14')).toEqual(['CUB 073 PAK']);
  });
  it("keeps what the review of this session's rules found right", () => {
    // A title-case headline keeps its verb.
    expect(coded('Egypt Blames Muslim Brotherhood Movement for Attack', '2013-12-25').some((e) => e.includes(' 112'))).toBe(true);
    // A town's siege is done to it.
    expect(coded("Mariupol's siege has killed thousands of civilians.", '2022-04-11').some((e) => e.startsWith('UKR '))).toBe(false);
    // An act someone does in a storm stays theirs; strife blamed on someone is theirs.
    expect(coded('Taliban fighters attacked an army post in heavy rain before dawn in Ghazni.', '2018-08-10').length).toBeGreaterThan(0);
    expect(actorCodes('Civilians were killed by violence blamed on the militia.', '2018-08-10').length).toBeGreaterThan(0);
    // Participles with their agent are no verbs of the subject's.
    expect(coded('Militants armed and trained by Iran attacked U.S. troops in Iraq.', '2007-02-11').some((e) => /^- 07|^- 06/.test(e))).toBe(false);
    // Proposals brought to the table, migrants driven across a border, and people placed by "U.S. officials".
    expect(coded('Iran brought new proposals to the negotiating table in Geneva.', '2013-10-15')).toEqual([]);
    expect(coded('Smugglers drove hundreds of migrants across the border into Texas.', '2019-05-10')).toEqual([]);
    expect(actorCodes('Islamic State beheaded an American journalist, U.S. officials said.', '2014-09-02').some((e) => e.startsWith('USAIMG'))).toBe(false);
  });
  it("reads a crowd's attempt to storm a building as the riot it is", () => {
    expect(coded('Thousands of protesters tried to storm the parliament building in Yerevan on Thursday.', '2020-11-10').some((e) => e.includes(' 145 '))).toBe(true);
    // (Not troops' attempt, nor a crowd's other attempts.)
    expect(coded('Russian troops tried to storm the town of Bakhmut.', '2023-01-10')).toEqual([]);
    expect(coded('Protesters tried to block the road to the airport in Yerevan.', '2020-11-10').some((e) => e.includes(' 145 '))).toBe(false);
  });
  it('codes no act of a disaster or of strife itself, and reads what is conceded as said', () => {
    expect(coded('Hundreds of villagers were killed in a mudslide in Guatemala.', '2015-10-03')).toEqual([]);
    expect(coded('The bishop prayed for the hundreds of people killed in the floods in Pakistan.', '2022-08-30').some((e) => /^(1|2)/.test(e.split(' ')[1]!))).toBe(false);
    expect(coded('Two million people have been driven from their homes by fighting in Sudan.', '2023-06-01')).toEqual([]);
    expect(coded('Villagers were killed in an air strike in Yemen.', '2019-06-01')).toHaveLength(1);
    expect(coded('The Hungarian prime minister conceded on Sunday that his party had lost the election.', '2026-04-13').map((e) => e.split(' ')[1])).toEqual(['010']);
    expect(coded('The Hungarian prime minister conceded defeat on Sunday.', '2026-04-13').map((e) => e.split(' ')[1])).toEqual(['080']);
  });
});

describe("people, headlines and titles (thirty-seventh session)", () => {
  it("keeps a state's arrest of its own people that a demonym names", () => {
    expect(coded('Vietnam jails Vietnamese blogger for anti-state posts', '2018-04-05')).toEqual(['VNM 173 VNM']);
    expect(coded('China detains Tibetan writer Tashi Wangchuk', '2016-01-27').map((e) => e.split(' ')[1]!.slice(0, 2))).toEqual(['17']);
    // (Not a pronoun's, nor a bare country read twice.)
    expect(coded('The U.S. demanded that Panama cut the fees it charges American ships.', '2024-12-22')).toEqual(['USA 100 PAN']);
  });
  it("reads a headline's lone past form with no object as a passive", () => {
    expect(actorCodes('Opposition leader detained in Minsk', '2020-09-07')).toEqual(['BLR 173 BLROPP']);
    expect(actorCodes('Two Ukrainian journalists arrested in Crimea', '2021-03-03')).toEqual(['UKR 173 UKRMED']);
    // (Not a verb that needs no object: "Talks resumed in Geneva".)
    expect(coded('Rebel delegates returned to Geneva', '2016-04-13')).toEqual([]);
  });
  it('reads a count opened by "more than" as a headline subject', () => {
    expect(coded('More than 5,000 Lebanese march in Beirut against new taxes', '2019-10-18')).toEqual(['LBN 141 LBN']);
  });
  it('reads a protest leader as the opposition, and a body chair as the body', () => {
    expect(actorCodes('Protest leader Ahmed Haroun demanded that Prime Minister Ehud Barak resign.', '2000-10-10').map((e) => e.split(' ')[0])).toEqual(['ISROPP']);
    expect(actorCodes('OSCE chairman Kanat Saudabayev met Roza Otunbayeva in Bishkek.', '2010-06-20')[0]!.split(' ')[0]).toBe('IGOSCE');
  });
  it('steps over an apposition with a relative clause of its own', () => {
    expect(coded('A court in Tashkent found Muhammad Bekjanov, the editor whose newspaper was banned in 1993, guilty of sedition.', '1999-11-15').map((e) => e.split(' ')[1])).toContain('116');
  });
  it('leaves foreign people of no country, while placing the gunmen who seize them', () => {
    expect(actorCodes('Islamist gunmen seized twelve foreign hostages at an oil field in southern Libya.', '2015-03-06')).toEqual(['LBYREB 181 ---CVL']);
    // (But not a state's foreign ministry.)
    expect(actorCodes('Police detained two foreign journalists in Minsk.', '2020-08-26')).toEqual(['BLRCOP 173 ---MED']);
    expect(actorCodes('Police detained two foreign ministry officials in Minsk.', '2020-08-26')).toEqual(['BLRCOP 173 BLRGOV']);
  });
  it('codes an ethnic people driven from their homes as a mass expulsion', () => {
    expect(coded('Serb forces drove thousands of Albanians from their homes in Pec.', '1999-04-02').map((e) => e.split(' ')[1])).toEqual(['201']);
  });
  it('reads a demand\'s bare verb after a common-noun subject, and a demand verb after a participle phrase', () => {
    expect(actorCodes('Striking miners demanded on Friday that the state mining company halt the layoffs.', '2012-08-24')).toEqual(['---LAB 1056 ---BUS']);
    expect(actorCodes('Thai protesters camped outside Government House demanded on Sunday that the interim cabinet resign.', '2008-09-14').map((e) => e.split(' ')[0])).toEqual(['THAOPP']);
  });
  it('reads a political camp after "far" as a noun, and "the council" as no armed group', () => {
    expect(actorCodes("Leaders of Austria's far right threatened to quit the coalition.", '2000-02-10').map((e) => e.split(' ')[0])).toEqual(['AUTPTY']);
    expect(actorCodes('Hezbollah criticised the military council.', '2012-06-19')).toEqual(['LBNREBHEZ 111 LBNGOV']);
  });
  it('reads a bare "-ing" subject of a clause as a noun, and an "-en" participle after an article as a modifier', () => {
    expect(actorCodes('The Red Cross sent medical supplies to Aleppo, where fighting has cut off the eastern districts.', '2016-08-04').some((e) => e.includes(' 19'))).toBe(false);
    expect(actorCodes('A gunman driving a stolen truck fired shots at the parliament building in Tbilisi.', '2019-05-04').map((e) => e.split(' ')[0])).toEqual(['---REB']);
    expect(coded('Indian air force planes began dropping rice and flour to flood-hit villages in Assam.', '2012-07-01').map((e) => e.split(' ')[1])).toEqual(['073']);
  });
  it('reads a plural title before names joined by "and" as their title', () => {
    expect(coded('Presidents George Bush and Mikhail Gorbachev signed the arms treaty in Moscow.', '1991-07-31')).toEqual(['USA 057 SUN', 'SUN 057 USA']);
  });
  it("gives forces of no named country that someone orders to act the orderer's country", () => {
    expect(actorCodes('President Yoweri Museveni ordered two army brigades, backed by helicopter gunships, to move to the border with Congo.', '1998-08-20').map((e) => e.split(' ')[0])).toEqual(['UGAMIL']);
  });
  it('reads a bare verb after "let" and its object before a possessive, sides that sit face to face as meeting, and a protest by "more than" a count', () => {
    expect(coded('North Korea will let IAEA inspectors visit its Yongbyon reactor, the agency said.', '2007-06-20').map((e) => e.split(' ')[1]!.slice(0, 2))).toEqual(['03']);
    expect(coded('Greek and Turkish delegations sat face to face in Geneva on Monday.', '2004-03-22')).toEqual(['GRC 040 TUR', 'TUR 040 GRC']);
    expect(coded('A march by more than 50,000 Georgians through central Tbilisi was the largest in years.', '2024-05-12')).toEqual(['GEO 141 GEO']);
    // (Not after "help", whose bare verb is only the aim.)
    expect(coded('Japan will give Manila patrol boats to help the Philippines guard its waters.', '2016-09-06').some((e) => e.startsWith('PHL'))).toBe(false);
  });
  it("keeps what the review of this session's rules found right", () => {
    // A headline's verb before a preposition it takes stays active.
    expect(coded('Troops fired on crowd in Caracas', '2019-01-23')).toEqual(['VEN 190 VEN']);
    expect(coded('Israel pulled out of Gaza', '2005-09-12').map((e) => e.split(' ')[0])).toEqual(['ISR']);
    expect(coded('NATO called for Serb withdrawal from Kosovo', '1999-03-30').length).toBe(1);
    expect(coded('Benazir Bhutto assassinated at election rally in Rawalpindi', '2007-12-27').map((e) => e.split(' ')[0])).toEqual(['-']);
    // A headline's people detained where a place names their state.
    expect(coded('Less than 200 Uighurs detained in Urumqi', '2009-07-06')).toEqual(['CHN 173 CHN']);
    // The far side of a thing is no political camp.
    expect(actorCodes('Troops moved to the far right of the border zone.', '2012-03-15').some((e) => e.includes('PTY'))).toBe(false);
    // A city's name before a bombing says where, not who.
    expect(coded('More than 50 killed in Baghdad bombings', '2015-08-10')).toEqual([]);
  });
  it('reads not accepting foreign forces or inspectors as a rejection', () => {
    expect(coded('Burundi will not accept foreign peacekeepers on its soil, President Pierre Nkurunziza said.', '2015-12-20').map((e) => e.split(' ')[1])).toContain('120');
  });
  it("reads a capital's name before \"river\" as the river, aircraft used to reach people as no strike, and a participle after rebels listed after a state as theirs alone", () => {
    expect(coded('Nicaragua moved troops along the San Juan river, angering Costa Rica.', '2010-11-02').some((e) => e.includes('PRI'))).toBe(false);
    expect(coded('The World Food Programme used light aircraft to reach villages cut off by floods in Somalia.', '2000-03-01').some((e) => e.includes(' 195'))).toBe(false);
    expect(actorCodes("Talks between Colombia's government and FARC rebels holding 300 hostages stalled.", '1999-05-01').some((e) => e.startsWith('COLGOV') || e.startsWith('COL '))).toBe(false);
  });
});
