export { buildPlaceGazetteer } from './gazetteer.js';
export type { PlaceCandidate, PlaceGazetteer, PlaceSources } from './gazetteer.js';
export { decodeCities, iso3Codes } from './cities.js';
export type { City, CityFilter } from './cities.js';
export { foldName } from './fold.js';
export { ALIASES, REGIONS } from './regions.js';
export type { AliasRow, RegionRow } from './regions.js';
export { DEFAULT_MIN_POPULATION, loadPlaceGazetteer } from './load.js';
export type { PlaceLoadOptions } from './load.js';
