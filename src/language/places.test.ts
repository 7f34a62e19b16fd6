import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../doc/index.js';
import { loadChronicle } from '../dictionaries/index.js';
import { textReader } from '../ingest/index.js';
import type { City } from '../places/cities.js';
import { buildPlaceGazetteer } from '../places/gazetteer.js';
import { loadPlaceGazetteer } from '../places/load.js';
import { buildGazetteer, createAnalyzer, createWink, type Name } from './index.js';

// Our own small dictionary and city table, so the guards are tested apart from the real data.
const DICTIONARY = `
[country] Israel
code: ISR
demonyms: Israeli; Israelis

[country] United States
code: USA
demonyms: American; Americans

[country] Pakistan
code: PAK
demonyms: Pakistani; Pakistanis
capital: Islamabad

[country] Nigeria
code: NGA
demonyms: Nigerian; Nigerians

[org] Hamas
code: PSEREBHMS
type: armed group
country: PSE

[person] Barack Obama
country: USA
code: USAGOV
`;

const city = (geonameId: number, name: string, country: string, population: number, lat: number, lon: number, featureCode = 'PPL'): City => ({
  geonameId, name, country, population, featureCode, adminCode: '', lat, lon,
});

const CITIES: City[] = [
  city(1, 'Ţūlkarm', 'PSE', 44_169, 32.31, 35.03),
  city(2, 'Karachi', 'PAK', 11_624_219, 24.86, 67.01, 'PPLA'),
  city(3, 'Mobile', 'USA', 194_288, 30.69, -88.04, 'PPLA2'),
  city(4, 'Police', 'POL', 34_350, 53.55, 14.57, 'PPLA2'),
  city(5, 'Reading', 'GBR', 318_014, 51.46, -0.97, 'PPLA2'),
  city(6, 'Birmingham', 'GBR', 984_333, 52.48, -1.9, 'PPLA2'),
  city(7, 'Birmingham', 'USA', 212_461, 33.52, -86.8, 'PPLA2'),
  city(8, 'Lima', 'PER', 7_737_002, -12.04, -77.03, 'PPLC'),
  city(9, 'Islamabad', 'PAK', 601_600, 33.72, 73.04, 'PPLC'),
  city(10, 'Obama', 'JPN', 30_000, 35.5, 135.75),
  city(11, 'Genève', 'CHE', 183_981, 46.2, 6.15, 'PPLA'),
  city(12, 'Geneva', 'USA', 21_806, 41.89, -88.31, 'PPLA2'),
  city(13, 'Nokia', 'FIN', 28_676, 61.48, 23.5),
  city(14, 'Dikwa', 'NGA', 29_026, 12.04, 13.92),
  city(15, 'Un', 'IND', 20_000, 20.82, 71.04),
];

let analyze: (doc: Doc) => Doc;
let real: (doc: Doc) => Doc;
beforeAll(async () => {
  const { dictionary } = loadChronicle(DICTIONARY, 'test.dict');
  const gazetteer = buildGazetteer(dictionary.actors);
  const wink = createWink();
  const places = buildPlaceGazetteer({
    cities: CITIES, regions: [['Golan Heights', 'SYR', 'region'], ['Alaska', 'USA', 'admin1'], ['Borno', 'NGA', 'admin1']], aliases: [['Tulkarem', 'tulkarm', 'PSE'], ['Geneva', 'geneve', 'CHE']],
  });
  analyze = createAnalyzer({ gazetteer, wink, places });
  real = createAnalyzer({ gazetteer, wink, places: await loadPlaceGazetteer() });
});

function names(text: string, run = analyze): Name[] {
  const [result] = [...textReader.read(text, { file: 'test.txt', defaultDate: '2003-06-07' })];
  if (!result?.ok) throw new Error('fixture did not read');
  const doc = run(result.doc);
  return (doc.layers.names ?? []).map((n) => ({ ...n, text: doc.text.slice(n.start, n.end) }));
}

const places = (text: string, run = analyze): [string, string | null][] =>
  names(text, run).filter((n) => n.place !== null && n.actor === null).map((n) => [(n as Name & { text: string }).text, n.country]);

describe('places from the place gazetteer', () => {
  it.each<[string, [string, string | null][]]>([
    ['Israeli troops killed two militants near Tulkarem on Friday.', [['Tulkarem', 'PSE']]],
    ['Gunmen attacked a market in Karachi.', [['Karachi', 'PAK']]],
    ['Karachi was hit by a bomb on Monday.', [['Karachi', 'PAK']]], // a big city opening a sentence
    ['Rockets fell on the Golan Heights.', [['Golan Heights', 'SYR']]],
    ['The storm reached Alaska overnight.', [['Alaska', 'USA']]],
    ['Tulkarem militants fired at a patrol.', [['Tulkarem', 'PSE']]],
    ['Officials in Mobile said the port was closed.', [['Mobile', 'USA']]], // a word, but "in" says place
    ['Mobile phones were cut off across the region.', []],
    ['Police said two men were arrested.', []],
    ['The crowd heard Police Chief Smith.', []],
    ['Reading is banned in the camps.', []],
    ['President Obama met Pakistani officials.', []],
    ['President Lima met the envoy.', []], // a title makes a person
    ['Jose Lima arrived on Monday. Lima said the talks failed.', []], // his surname, not Peru's capital
    ['Hundreds of UN troops withdrew.', []], // an abbreviation, not a town
    ['Shares of Nokia fell sharply.', []], // a small town's name, with nothing saying it is a place
    ['Gunmen attacked Dikwa on Monday.', []], // …the same
    ['Nigerian troops retook Dikwa on Monday.', [['Dikwa', 'NGA']]], // the document names its country
    ['Insurgents attacked Dikwa. The state of Alaska was calm.', [['Alaska', 'USA']]], // a sure place elsewhere, but not in Dikwa's country
    ['Troops retook Dikwa, a town in Borno State.', [['Dikwa', 'NGA'], ['Borno State', 'NGA']]], // a sure place names its country
    ['Gunmen attacked Karachi on Monday.', [['Karachi', 'PAK']]], // a big city needs no preposition
    ['Dikwa police said three died.', [['Dikwa', 'NGA']]],
    ['Insurgents stormed the town of Dikwa.', [['Dikwa', 'NGA']]],
    ['Rallies were held in Karachi and Dikwa.', [['Karachi', 'PAK'], ['Dikwa', 'NGA']]], // a place before "and"
  ])('%s', (text, expected) => expect(places(text)).toEqual(expected));

  it('keeps coordinates and population on the name', () => {
    const [tulkarem] = names('Israeli troops entered Tulkarem.').filter((n) => n.place !== null);
    expect(tulkarem).toMatchObject({ type: 'place', country: 'PSE', actor: null, entry: null });
    expect(tulkarem!.place).toMatchObject({ name: 'Ţūlkarm', kind: 'city', lat: 32.31, lon: 35.03, population: 44_169, geonameId: 1 });
  });

  it('prefers a candidate in a country the document names, else the most populous', () => {
    expect(places('Protesters marched in Birmingham.')).toEqual([['Birmingham', 'GBR']]);
    expect(places('Americans marched in Birmingham.')).toEqual([['Birmingham', 'USA']]);
    expect(places('Protesters marched in Birmingham. Most were Americans.')).toEqual([['Birmingham', 'USA']]);
    // …but not a small town over a first-level seat.
    expect(places('American and Israeli envoys met in Geneva.')).toEqual([['Geneva', 'CHE']]);
  });

  it('gives a dictionary capital its coordinates without changing its entry', () => {
    const [capital] = names('Talks opened in Islamabad.');
    expect(capital).toMatchObject({ entry: 'Islamabad', country: 'PAK' });
    expect(capital!.place).toMatchObject({ geonameId: 9, lat: 33.72 });
  });

  it('passes a place country to a titled person after it', () => {
    const person = names('Karachi Mayor Ali Raza met the envoy.').find((n) => n.type === 'person');
    expect(person).toMatchObject({ role: 'mayor', country: 'PAK' });
  });

  it('links "it" to a body before a city of the gazetteer', () => {
    const [result] = [...textReader.read('Talks about Karachi stalled because Hamas said it would not attend.', { file: 'test.txt', defaultDate: '2003-06-07' })];
    if (!result?.ok) throw new Error('fixture did not read');
    const doc = analyze(result.doc);
    const pronoun = doc.layers.links!.find((l) => l.kind === 'pronoun')!;
    const antecedent = doc.layers.names![pronoun.antecedent]!;
    expect(doc.text.slice(antecedent.start, antecedent.end)).toBe('Hamas');
  });

  it('works with the GeoNames table', () => {
    expect(places('Israeli troops killed two militants near Tulkarem on Friday.', real)).toEqual([['Tulkarem', 'PSE']]);
    expect(places('Gunmen attacked a market in Karachi.', real)).toEqual([['Karachi', 'PAK']]);
    expect(places('Settlers clashed with villagers outside Nablus and in Hebron.', real)).toEqual([['Nablus', 'PSE'], ['Hebron', 'PSE']]);
    expect(places('Mobile phones and Police radios failed.', real)).toEqual([]);
    const [tulkarem] = names('Troops withdrew from Tulkarem.', real).filter((n) => n.place !== null);
    expect(tulkarem!.place!.lat).toBeCloseTo(32.3, 1);
    expect(tulkarem!.place!.lon).toBeCloseTo(35.0, 1);
  });
});
