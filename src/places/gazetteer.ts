import type { City } from './cities.js';
import { foldName } from './fold.js';
import type { AliasRow, RegionRow } from './regions.js';

/** What a place name can denote: a city from GeoNames, or a region from Chronicle's table. */
export interface PlaceCandidate {
  /** The name as the source writes it ("Ţūlkarm", "Alaska"). */
  readonly name: string;
  /** ISO 3166-1 alpha-3 (XKX for Kosovo, as in the country dictionary). */
  readonly country: string;
  /** `city` from GeoNames; `admin1` a first-level subdivision; `region` a named area ("West Bank", "Golan Heights"). */
  readonly kind: 'city' | 'admin1' | 'region';
  /** WGS84 degrees; null for regions (the region table gives no centroid yet). */
  readonly lat: number | null;
  readonly lon: number | null;
  /** GeoNames population; null for regions. */
  readonly population: number | null;
  readonly geonameId: number | null;
  /** GeoNames feature code for cities (PPLC national capital, PPLA first-level seat …); null for regions. */
  readonly featureCode: string | null;
}

/**
 * Place names indexed by folded name (see `foldName`), read-only once built. Candidates come in
 * order of preference: regions of the table first, then the city an alias names, then cities by
 * population, largest first.
 */
export interface PlaceGazetteer {
  /** Candidates for a name, in any case, with or without diacritics; empty when none. */
  lookup(name: string): readonly PlaceCandidate[];
  /** The name is one news uses for its place: a region of the table or a spelling alias ("Tulkarem"). */
  isNewsName(name: string): boolean;
  /** Number of distinct keys. */
  readonly size: number;
}

export interface PlaceSources {
  readonly cities: readonly City[];
  readonly regions?: readonly RegionRow[];
  readonly aliases?: readonly AliasRow[];
}

const NONE: readonly PlaceCandidate[] = [];

// GeoNames writes the Arabic article as a word of its own ("Al Fallūjah", "Ar Ramādī"); news
// mostly drops it ("Fallujah", "Ramadi"). Sun-letter forms assimilate (ar-, as-, ash- …).
const ARTICLE = /^(?:al|el|an|ar|as|ash|at|ad|adh|az|ath) (?=\S{4})/;

/** Builds the gazetteer from GeoNames cities, Chronicle's region table and spelling aliases. */
export function buildPlaceGazetteer(sources: PlaceSources): PlaceGazetteer {
  const index = new Map<string, PlaceCandidate[]>();
  const add = (key: string, place: PlaceCandidate): void => {
    const list = index.get(key);
    if (!list) index.set(key, [place]);
    else if (!list.includes(place)) list.push(place);
  };
  const byName = new Map<string, PlaceCandidate[]>();
  for (const city of sources.cities) {
    const place: PlaceCandidate = {
      name: city.name, country: city.country, kind: 'city', lat: city.lat, lon: city.lon, population: city.population,
      geonameId: city.geonameId, featureCode: city.featureCode,
    };
    const key = foldName(city.name);
    add(key, place);
    // "Donostia / San Sebastián": a city with a name in each of two languages goes by either.
    if (key.includes(' / ')) for (const part of key.split(' / ')) if (part.trim().length > 0) add(part.trim(), place);
    const bare = key.replace(ARTICLE, '');
    if (bare !== key) add(bare, place);
    // "Bayt Lāhyā" and "Dayr al Balaḩ" are "Beit Lahiya" and "Deir al-Balah" in most English news.
    if (/^(?:bayt|dayr) /.test(key)) add(key.replace(/^bayt /, 'beit ').replace(/^dayr /, 'deir '), place);
    if (key.startsWith('saint ')) add(`st. ${key.slice(6)}`, place);
    const same = byName.get(key);
    if (same) same.push(place);
    else byName.set(key, [place]);
  }
  for (const list of index.values()) list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  // An alias says which city news means by the name: it comes first ("Bethlehem" is the West
  // Bank town, not the larger ones in South Africa and Pennsylvania).
  const newsNames = new Set<string>();
  for (const [alias, target, country] of sources.aliases ?? []) {
    const key = foldName(alias);
    const meant = (byName.get(target) ?? []).filter((p) => p.country === country);
    if (meant.length === 0) continue;
    index.set(key, [...meant, ...(index.get(key) ?? []).filter((p) => !meant.includes(p))]);
    newsNames.add(key);
  }
  for (const [name, country, kind] of sources.regions ?? []) {
    const place: PlaceCandidate = { name, country, kind, lat: null, lon: null, population: null, geonameId: null, featureCode: null };
    const key = foldName(name);
    // A region of the table outranks any city of the same name ("Ontario" the province, not the Californian city).
    index.set(key, [place, ...(index.get(key) ?? []).filter((p) => p.kind === 'city')]);
    newsNames.add(key);
  }
  return {
    lookup: (name) => index.get(foldName(name)) ?? NONE,
    isNewsName: (name) => newsNames.has(foldName(name)),
    size: index.size,
  };
}
