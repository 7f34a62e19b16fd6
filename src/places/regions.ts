// Places the city table lacks, written by the Chronicle team from public facts (ISO 3166-1 and
// 3166-2 names and codes): first-level subdivisions of federal states and regions that news names
// as places, and the English spellings news uses for cities GeoNames spells otherwise.
// Names that are also common words or given names are left out ("Victoria", "Delta", "Rivers",
// "Plateau", "Georgia" is a country in the dictionaries); so are regions claimed by two countries
// under one name ("Kashmir", "Punjab", "Kurdistan").

/** A region: its name, its country (ISO alpha-3), and whether it is a first-level subdivision. */
export type RegionRow = readonly [name: string, country: string, kind: 'admin1' | 'region'];

const admin1 = (country: string, names: string): RegionRow[] => names.split('; ').map((name) => [name, country, 'admin1'] as const);
const regions = (country: string, names: string): RegionRow[] => names.split('; ').map((name) => [name, country, 'region'] as const);

export const REGIONS: readonly RegionRow[] = [
  ...admin1(
    'USA',
    'Alabama; Alaska; Arizona; Arkansas; California; Colorado; Connecticut; Delaware; Florida; Hawaii; Idaho; Illinois; ' +
      'Indiana; Iowa; Kansas; Kentucky; Louisiana; Maine; Maryland; Massachusetts; Michigan; Minnesota; Mississippi; ' +
      'Missouri; Montana; Nebraska; Nevada; New Hampshire; New Jersey; New Mexico; New York State; North Carolina; ' +
      'North Dakota; Ohio; Oklahoma; Oregon; Pennsylvania; Rhode Island; South Carolina; South Dakota; Tennessee; Texas; ' +
      'Utah; Vermont; Virginia; Washington State; West Virginia; Wisconsin; Wyoming; District of Columbia',
  ),
  ...admin1(
    'CAN',
    'Alberta; British Columbia; Manitoba; New Brunswick; Newfoundland; Labrador; Nova Scotia; Ontario; Prince Edward Island; ' +
      'Quebec; Québec; Saskatchewan; Yukon; Nunavut; Northwest Territories',
  ),
  ...admin1('AUS', 'New South Wales; Queensland; South Australia; Tasmania; Western Australia'),
  ...admin1(
    'RUS',
    'Chechnya; Dagestan; Ingushetia; North Ossetia; Kabardino-Balkaria; Karachay-Cherkessia; Tatarstan; Bashkortostan; ' +
      'Siberia; Kaliningrad Oblast; Yakutia; Chukotka; Kamchatka; Belgorod Oblast; Kursk Oblast',
  ),
  ...admin1('UKR', 'Crimea; Donbas; Donbass; Donetsk Oblast; Luhansk Oblast; Kherson Oblast; Zaporizhzhia Oblast; Kharkiv Oblast'),
  ...admin1('GBR', 'Scotland; Wales; England; Northern Ireland'),
  ...admin1('ESP', 'Catalonia; Andalusia; Basque Country; Galicia; Canary Islands'),
  ...admin1('FRA', 'Corsica; Brittany; Normandy; Alsace'),
  ...admin1('DEU', 'Bavaria; Saxony; Thuringia; Brandenburg; North Rhine-Westphalia; Baden-Württemberg; Lower Saxony; Hesse'),
  ...admin1('ITA', 'Sicily; Sardinia; Lombardy; Tuscany; Calabria; Campania'),
  ...admin1('CHN', 'Tibet; Xinjiang; Inner Mongolia; Guangdong; Sichuan; Yunnan; Fujian; Hubei; Henan; Zhejiang; Jiangsu; Shandong; Guangxi; Ningxia; Qinghai; Gansu; Hainan'),
  ...admin1('IND', 'Assam; Manipur; Nagaland; Mizoram; Tripura; Bihar; Uttar Pradesh; Madhya Pradesh; Andhra Pradesh; Tamil Nadu; Kerala; Karnataka; Maharashtra; Gujarat; Rajasthan; Odisha; Orissa; Jharkhand; Chhattisgarh; West Bengal; Jammu and Kashmir; Ladakh; Uttarakhand; Telangana; Goa; Haryana; Himachal Pradesh; Sikkim; Meghalaya; Arunachal Pradesh'),
  ...admin1('PAK', 'Sindh; Balochistan; Baluchistan; Khyber Pakhtunkhwa; North-West Frontier Province; Waziristan; North Waziristan; South Waziristan; Gilgit-Baltistan'),
  ...admin1('AFG', 'Helmand; Nangarhar; Paktia; Paktika; Uruzgan; Zabul; Badakhshan; Panjshir; Nuristan; Kunar; Logar; Wardak; Farah; Nimroz'),
  ...admin1('IRQ', 'Anbar; Nineveh; Diyala; Salahuddin; Salah ad-Din'),
  ...admin1('SYR', 'Hasakah; Deir ez-Zor Governorate'),
  ...admin1('YEM', 'Hadramout; Hadramawt; Saada; Abyan; Shabwa'),
  ...admin1('SDN', 'Darfur; North Darfur; South Darfur; West Darfur; Kordofan; South Kordofan; Blue Nile'),
  ...admin1('ETH', 'Tigray; Amhara; Oromia; Afar; Ogaden'),
  ...admin1('SOM', 'Puntland; Somaliland; Jubaland'),
  ...admin1('NGA', 'Borno; Yobe; Adamawa; Zamfara; Katsina; Sokoto; Niger Delta'),
  ...admin1('COD', 'North Kivu; South Kivu; Ituri; Katanga; Kasai'),
  ...admin1('MOZ', 'Cabo Delgado'),
  // (Natal alone is also a Brazilian city; the province is named so.)
  ...admin1('ZAF', 'KwaZulu-Natal; Natal Province; KwaZulu; Transvaal; Gauteng; Eastern Cape; Western Cape; Orange Free State'),
  ...admin1('MEX', 'Chiapas; Sinaloa; Michoacán; Michoacan; Tamaulipas; Jalisco; Oaxaca; Sonora; Coahuila; Zacatecas; Baja California; Nuevo Leon; Nuevo León; Chihuahua State; Veracruz'),
  ...admin1('COL', 'Antioquia; Cauca; Putumayo; Caquetá; Caqueta'),
  ...admin1('IDN', 'Aceh; Papua; West Papua; Sulawesi; Sumatra; Java; Borneo; Kalimantan; East Java; Central Java; West Java; North Sumatra; West Sumatra; South Sulawesi; Central Sulawesi; North Maluku; Maluku; East Kalimantan; West Kalimantan; Central Kalimantan; Lombok; Riau'),
  ...admin1('PHL', 'Mindanao; Luzon; Sulu; Basilan; Maguindanao; Cotabato; North Cotabato; Lanao del Sur; Lanao del Norte; Zamboanga; Jolo; Tawi-Tawi; Samar; Leyte'),
  ...admin1('MMR', 'Rakhine; Arakan; Shan State; Kachin State; Karen State'),
  ...admin1('THA', 'Pattani; Narathiwat; Yala'),
  ...admin1('JPN', 'Okinawa; Hokkaido; Fukushima Prefecture'),
  ...admin1('BRA', 'Amazonas; Pará; Minas Gerais; Bahia; Rio Grande do Sul; Roraima; Mato Grosso'),
  ...admin1('BOL', 'Pando; Beni'),
  ...admin1('IDN', 'Bali'),
  ...admin1('MLI', 'Azawad'),
  ...admin1('MDA', 'Transnistria'),
  ...admin1('GEO', 'Abkhazia; South Ossetia; Adjara'),
  ...admin1('AZE', 'Nagorno-Karabakh; Karabakh; Nakhchivan'),
  ...admin1('SRB', 'Vojvodina'),
  ...admin1('BIH', 'Republika Srpska'),
  ...admin1('TUR', 'Anatolia; Hatay'),
  ...admin1('IRN', 'Khuzestan; Sistan and Baluchestan; Kurdistan Province'),
  ...regions('PSE', 'West Bank; Gaza Strip'),
  // The Golan is Syrian territory occupied by Israel since 1967 (UN Security Council resolution 497).
  ...regions('SYR', 'Golan Heights; Golan'),
  ...regions('EGY', 'Sinai; Sinai Peninsula'),
  ...regions('ISR', 'Negev; Galilee'),
  ...regions('LBN', 'Bekaa Valley; Bekaa'),
  ...regions('IRQ', 'Iraqi Kurdistan'),
  ...regions('IND', 'Indian-administered Kashmir'),
  ...regions('PAK', 'Pakistani-administered Kashmir; Azad Kashmir'),
];

/**
 * English spellings of cities that GeoNames writes otherwise: the news form, the city's folded
 * GeoNames name, and its country. The city itself (coordinates, population) comes from the table.
 */
export type AliasRow = readonly [alias: string, geonamesName: string, country: string];

export const ALIASES: readonly AliasRow[] = [
  // GeoNames names Haiti's second city by its Creole name.
  ['Cap-Haitien', 'okap', 'HTI'], ['Cap-Haïtien', 'okap', 'HTI'], ['Cap Haitien', 'okap', 'HTI'],
  ['Tulkarem', 'tulkarm', 'PSE'], ['Tulkarm', 'tulkarm', 'PSE'], ['Jenin', 'janin', 'PSE'], ['Khan Younis', 'khan yunis', 'PSE'],
  ['Khan Yunis', 'khan yunis', 'PSE'], ['Qalqilya', 'qalqilyah', 'PSE'], ['Qalqiliya', 'qalqilyah', 'PSE'],
  ['Jabalia', 'jabalya', 'PSE'], ['Jabaliya', 'jabalya', 'PSE'], ['Nuseirat', 'an nusayrat', 'PSE'],
  ['Beit Hanoun', 'bayt hanun', 'PSE'], ['Beit Lahiya', 'bayt lahya', 'PSE'], ['Deir al-Balah', 'dayr al balah', 'PSE'],
  ['Sderot', 'sederot', 'ISR'], ['Mazar-i-Sharif', 'mazar e sharif', 'AFG'], ['Mazar-e-Sharif', 'mazar e sharif', 'AFG'],
  ['Lashkar Gah', 'lashkar gah', 'AFG'], ['Basra', 'basrah', 'IRQ'], ['Baquba', 'baqubah', 'IRQ'], ['Sulaimaniyah', 'as sulaymaniyah', 'IRQ'],
  ['Sulaymaniyah', 'as sulaymaniyah', 'IRQ'], ['Hilla', 'al hillah', 'IRQ'], ['Hama', 'hamah', 'SYR'], ['Raqqa', 'ar raqqah', 'SYR'],
  ['Daraa', 'dara', 'SYR'], ['Deraa', 'dara', 'SYR'], ['Tartus', 'tartouss', 'SYR'], ['Kobani', 'ayn al arab', 'SYR'],
  ['Misrata', 'misratah', 'LBY'], ['Misurata', 'misratah', 'LBY'], ['Taiz', 'taizz', 'YEM'], ['Hodeidah', 'al hudaydah', 'YEM'],
  ['Hudaydah', 'al hudaydah', 'YEM'], ['Grozny', 'groznyy', 'RUS'], ['Nizhny Novgorod', 'nizhniy novgorod', 'RUS'],
  ['Kiev', 'kyiv', 'UKR'], ['Odesa', 'odessa', 'UKR'], ['Zaporizhzhia', 'zaporizhia', 'UKR'], ['Mykolaiv', 'mykolayiv', 'UKR'],
  ['Kishinev', 'chisinau', 'MDA'], ['Bombay', 'mumbai', 'IND'], ['Calcutta', 'kolkata', 'IND'], ['Madras', 'chennai', 'IND'],
  ['Rangoon', 'yangon', 'MMR'], ['Peking', 'beijing', 'CHN'], ['Mekelle', 'mekele', 'ETH'], ['Marawi', 'marawi city', 'PHL'],
  ['New York', 'new york city', 'USA'], ['Ciudad Juarez', 'juarez', 'MEX'], ['Geneva', 'geneve', 'CHE'], ['Cologne', 'koln', 'DEU'],
  ['Londonderry', 'derry', 'GBR'], ['Mansoura', 'al mansurah', 'EGY'], ['Mahalla', 'al mahallah al kubra', 'EGY'],
  ['Minya', 'al minya', 'EGY'], ['Assiut', 'asyut', 'EGY'], ['El-Arish', 'arish', 'EGY'], ['Bethlehem', 'bethlehem', 'PSE'],
];
