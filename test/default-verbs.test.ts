// The default dictionaries' verb entries, through the whole pipeline as a library user loads it: one
// sentence per entry, written by us, with the event the entry is there to give (or to withhold).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoder, readers, type Doc } from '../src/index.js';

let code: (doc: Doc) => Doc;
beforeAll(async () => {
  code = await loadCoder();
}, 60_000);

function coded(text: string, date = '2010-06-01'): string[] {
  const [read] = [...readers.text.read(`Date: ${date}\n\n${text}`, { file: 't.txt', defaultDate: null })];
  if (!read?.ok) throw new Error('fixture did not read');
  return (code(read.doc).layers.events ?? []).map((e) => `${e.source?.country ?? '-'} ${e.cameo} ${e.target?.country ?? '-'}`);
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
    ['a possessive before a headline subject\'s name is no plural subject', "Liberia's Charles Taylor steps down and flies into exile", ['LBR 0831 LBR', 'LBR 042 LBR'], '2003-08-11'],
    ['a state suspended from a body is suspended by it', 'Fiji was suspended from the Commonwealth on Tuesday.', ['IGOCWN 160 FJI'], '2009-09-01'],
    ['flights turned back are refused', 'Colombia turns back U.S. military flights carrying deported migrants', ['COL 120 USA'], '2025-01-26'],
    ['a list of demands handed over is a demand', 'Saudi Arabia and its allies have handed Qatar a list of 13 demands.', ['SAU 100 QAT'], '2017-06-23'],
    ['investigators who search a consulate investigate its state', 'Turkish investigators searched the Saudi consulate in Istanbul overnight.', ['TUR 090 SAU'], '2018-10-16'],
    ['"EC" is the European Community', 'EC recognises Bosnia-Herzegovina as independent state', ['IGOEEC 054 BIH'], '1992-04-06'],
    ['a foundation stone laid together for a pipeline is economic cooperation', 'Ugandan President Yoweri Museveni and Tanzanian President John Magufuli laid the foundation stone for a crude oil pipeline.', ['UGA 061 TZA', 'TZA 061 UGA'], '2017-08-05'],
    ['a promise that names no one is made to the other country its words name', 'President Bill Clinton promised on Wednesday that the United States would stand by Colombia in its fight against drug traffickers.', ['USA 030 COL'], '1998-12-01'],
    ['… not to where it is made', 'Myanmar\'s President Thein Sein vowed in London on Monday that every political prisoner in his country would be freed.', ['MMR 030 MMR'], '2013-07-15'],
    ['"sees no reason" is a view stated, not an act withheld', 'Estonia regards its dispute with Russia as settled and sees no reason to revisit the treaty, Prime Minister Mart Laar said on Tuesday.', ['EST 010 RUS'], '1999-02-02'],
    ['judges at an international court act for it', "Judges at the International Criminal Court authorised the prosecutor on Wednesday to investigate the killings that followed Kenya's disputed election.", ['IGOICC 091 KEN'], '2010-03-31'],
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
    ['Thai leaders go by their given name', 'Thaksin says Thai economy still on track for 2 percent growth', ['THA 010 THA'], '2003-05-01'],
  ] as const)('%s', (_rule, text, expected, date?: string) => {
    expect(coded(text, date)).toEqual(expected);
  });

  it('reads a surname two leaders bear as the one then in office', () => {
    const [read] = [...readers.text.read('Date: 2001-09-20\n\nBush demands Taliban hand over bin Laden', { file: 't.txt', defaultDate: null })];
    if (!read?.ok) throw new Error('fixture did not read');
    expect((code(read.doc).layers.events ?? []).map((e) => `${e.source?.code} ${e.cameo} ${e.target?.country}`)).toEqual(['USAGOV 100 AFG']);
  });
});
