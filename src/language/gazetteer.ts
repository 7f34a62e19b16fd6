import type { Entry } from '../dictionaries/types.js';
import type { NameType } from './types.js';

/** What the gazetteer knows about a surface form. */
export interface GazetteerHit {
  /** Canonical name of the dictionary entry ("Mahmoud Abbas" for "Abu Mazen"). */
  readonly entry: string;
  readonly type: NameType;
  /** Country code for countries, capitals, nationalities and entries with a `country:` field. */
  readonly country: string | null;
  /** A capital named for its government ("Washington said"). */
  readonly capital: boolean;
  /** Only matches text written exactly so (short all-caps abbreviations: "IS", "UN"). */
  readonly exact: string | null;
  /** The dictionary writes it in lower case ("al-Qaeda"), so a lower-case first letter in text matches. */
  readonly lowerStart: boolean;
}

/** Names, aliases, demonyms and capitals from the dictionaries, indexed for longest-match lookup. */
export interface Gazetteer {
  readonly hits: ReadonlyMap<string, readonly GazetteerHit[]>;
  /** First word of any surface form → the most tokens a surface form starting with it can span. */
  readonly firstWords: ReadonlyMap<string, number>;
}

/**
 * The key a name is looked up by: lower case, typographic apostrophes made plain, and a space
 * between words but none around hyphens or inside "U.S.", as the tokens of the text are joined.
 */
export function nameKey(surface: string): string {
  return surface.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function firstWord(key: string): string {
  return key.split(/[\s-]/, 1)[0]!;
}

// Roughly how wink-nlp splits a name: words, and each hyphen or symbol on its own.
function tokenCount(surface: string): number {
  return surface.match(/[\p{L}\p{N}.'’]+|[^\s\p{L}\p{N}.'’]/gu)?.length ?? 1;
}

const TYPE_BY_KIND: Partial<Record<Entry['kind'], NameType>> = { country: 'place', region: 'place', org: 'org', person: 'person' };

/** Builds the gazetteer from dictionary entries (countries, regions, organisations, people). */
export function buildGazetteer(entries: Iterable<Entry>): Gazetteer {
  const hits = new Map<string, GazetteerHit[]>();
  const firstWords = new Map<string, number>();
  const add = (surface: string, hit: Omit<GazetteerHit, 'exact' | 'lowerStart'>) => {
    const s = surface.trim();
    if (s === '') return;
    // Short all-caps forms ("IS", "UN", "AU") are ordinary words in lower case.
    const exact = s.length <= 4 && /^[A-Z.]+$/.test(s) ? s : null;
    const key = nameKey(s);
    const list = hits.get(key);
    const full = { ...hit, exact, lowerStart: /^\p{Ll}/u.test(s) };
    if (list) {
      if (!list.some((h) => h.entry === hit.entry && h.type === hit.type)) list.push(full);
    } else hits.set(key, [full]);
    const first = firstWord(key);
    firstWords.set(first, Math.max(firstWords.get(first) ?? 0, tokenCount(s)));
  };
  for (const e of entries) {
    const type = TYPE_BY_KIND[e.kind];
    if (!type) continue;
    const code = e.fields.get('code')?.[0]?.split(/\s/)[0] ?? null;
    const country = e.kind === 'country' ? code : (e.fields.get('country')?.[0] ?? null);
    const base = { entry: e.name, type, country, capital: false };
    add(e.name, base);
    for (const alias of e.fields.get('aliases') ?? []) add(alias, base);
    if (e.kind === 'country' || e.kind === 'region') {
      for (const demonym of e.fields.get('demonyms') ?? []) add(demonym, { ...base, type: 'group' });
      for (const capital of [...(e.fields.get('capital') ?? []), ...(e.fields.get('capital_aliases') ?? [])]) {
        add(capital, { entry: capital, type: 'place', country, capital: true });
      }
    }
  }
  return { hits, firstWords };
}
