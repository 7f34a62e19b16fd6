import type { ActorEntry, ActorType } from '../dictionaries/model.js';
import { foldName } from '../places/fold.js';
import type { NameType, TokenTable } from './types.js';

/** What the gazetteer knows about a surface form. */
export interface GazetteerHit {
  /** Canonical name of the dictionary entry ("Mahmoud Abbas" for "Abu Mazen"). */
  readonly entry: string;
  /** Index of the actor in the dictionary the gazetteer was built from. */
  readonly actor: number;
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
  /**
   * First word of any surface form → a bit mask of the token counts of the surface forms starting
   * with it (bit n: n tokens, give or take one), so lookups try only lengths that exist.
   */
  readonly firstWords: ReadonlyMap<string, number>;
  /** The same for surface forms written in lower case ("al-Qaeda"): only these are tried at lower-case words. */
  readonly lowerFirstWords: ReadonlyMap<string, number>;
  /** Surnames borne by exactly one person in the dictionaries ("mugabe" → Robert Mugabe). */
  readonly surnames: ReadonlyMap<string, GazetteerHit>;
  /** Surnames several people share: their country when they are all of one ("Assad": SYR), else null. */
  readonly sharedSurnames: ReadonlyMap<string, string | null>;
  /** Stems (names whose last word matches as a prefix: "argentin" for "Argentina"), by key. */
  readonly stems: ReadonlyMap<string, readonly GazetteerHit[]>;
  /**
   * A bit set of the `hashKey` of every key of `hits` (see `mayBeKey`): a key whose bit is clear is
   * not there, so most candidate keys are ruled out without building their string.
   */
  readonly keyBits: Uint32Array;
  /** The keys of `hits` with their hits, by `keyHashValue` of the key: found without building a candidate's string. */
  readonly byHash: ReadonlyMap<number, readonly KeyedHits[]>;
}

export interface KeyedHits {
  readonly key: string;
  readonly hits: readonly GazetteerHit[];
}

/** FNV-1a offset basis: the hash of the empty key. */
export const HASH_START = 0x811c9dc5 | 0;

/** Adds one character code to a running FNV-1a hash (32 bits). */
export function hashChar(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

// `keyBits` holds one bit per value of a hash's low 18 bits: 32 KB, which stays in the CPU's
// cache, and with a few thousand keys few absent keys find their bit set.
const KEY_BITS = 18;
const KEY_MASK = (1 << KEY_BITS) - 1;

/** The hash of a whole key, as `hashChar` builds it character by character. */
export function hashKey(key: string): number {
  let h = HASH_START;
  for (let i = 0; i < key.length; i++) h = hashChar(h, key.charCodeAt(i));
  return h;
}

function keyBitsOf(keys: Iterable<string>): Uint32Array {
  const bits = new Uint32Array((KEY_MASK + 1) >>> 5);
  for (const key of keys) {
    const b = hashKey(key) & KEY_MASK;
    bits[b >>> 5] = bits[b >>> 5]! | (1 << (b & 31));
  }
  return bits;
}

/** A running hash as `byHash` is keyed: cut to 30 bits, which V8 keeps as small integers. */
export function keyHashValue(h: number): number {
  return h & 0x3fffffff;
}

/** False when no key of the gazetteer has the running hash `h`; true when one may. */
export function mayBeKey(keyBits: Uint32Array, h: number): boolean {
  const b = h & KEY_MASK;
  return (keyBits[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/**
 * The key a name is looked up by: lower case, typographic apostrophes made plain, and a space
 * between words but none around hyphens or inside "U.S.", as the tokens of the text are joined.
 */
/** Countries whose names put the family name first: Chinese, Korean and Singaporean names. */
const FAMILY_NAME_FIRST = new Set(['CHN', 'TWN', 'HKG', 'MAC', 'PRK', 'KOR', 'SGP']);
/** Of those, the ones whose leaders' names never put a Western given name first (Hong Kong's and Singapore's may: "Carrie Lam"). */
const FAMILY_FIRST_ONLY = new Set(['CHN', 'TWN', 'MAC', 'PRK', 'KOR']);

/**
 * The surname keys of a person entry: those of the name and of each full-name alias ("Volodymyr
 * Zelenskiy"); where the family name comes first, the first word too ("Xi Jinping" → Xi, "Kim Jong
 * Un" → Kim). The dictionary may name the words itself, or none (`bare_surname:`, see `ActorEntry.surnames`).
 * Without `aliases`, the name's alone.
 */
export function personSurnameKeys(actor: Pick<ActorEntry, 'name' | 'names' | 'surnames' | 'country'>, aliases = true): Set<string> {
  const full = aliases ? [actor.name, ...actor.names.filter((n) => n.includes(' ') && !n.endsWith('*'))] : [actor.name];
  // (Where the family name always comes first, not the given name's last word: "Qin Gang" is no "Gang",
  // and "Gang kidnaps American nurse" names no minister.)
  const familyOnly = actor.surnames == null && actor.country !== null && FAMILY_FIRST_ONLY.has(actor.country);
  const keys = new Set(actor.surnames != null ? actor.surnames.flatMap(surnameKeys) : familyOnly ? [] : full.flatMap(surnameKeys));
  if (actor.surnames == null && actor.country !== null && FAMILY_NAME_FIRST.has(actor.country)) for (const n of full) keys.add(surnameKey(nameKey(n).split(' ')[0]!));
  return keys;
}

/**
 * The keys a person's surname is known by: the last word as written, and folded, without an
 * Arabic article ("Bashar al-Assad" → al-assad, assad; "Recep Tayyip Erdoğan" → erdoğan, erdogan).
 */
export function surnameKeys(name: string): string[] {
  const raw = nameKey(name).split(' ').pop()!;
  const folded = surnameKey(raw);
  return raw === folded ? [raw] : [raw, folded];
}

/** The key a surname in text is looked up by: folded, without an Arabic article ("el-Sisi" → sisi). */
export function surnameKey(word: string): string {
  if (/^[a-z]+$/.test(word)) return word;
  return foldName(word).split(' ').pop()!;
}

export function nameKey(surface: string): string {
  return surface.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

function firstWord(key: string): string {
  // (As the tokenizer splits it: "lord" of "lord's resistance army".)
  return key.split(/[\s-]|'s\b/, 1)[0]!;
}

// Roughly how wink-nlp splits a name: words, and each hyphen or symbol on its own.
function tokenCount(surface: string): number {
  // (A possessive "'s" is a token of its own: "Lord's Resistance Army" is four.)
  return surface.replace(/(\p{L})['’]s\b/gu, "$1 's").match(/[\p{L}\p{N}.'’]+|[^\s\p{L}\p{N}.'’]/gu)?.length ?? 1;
}

const TYPE_BY_ACTOR: Record<ActorType, NameType> = {
  country: 'place', region: 'place', capital: 'place', group: 'group', org: 'org', person: 'person',
};

// Every hit is built by this one literal, so that all share one object shape: spread copies
// came out in many shapes, and the name finder's reads of their fields went megamorphic.
function makeHit(hit: Omit<GazetteerHit, 'exact' | 'lowerStart'>, exact: string | null, lowerStart: boolean): GazetteerHit {
  return { entry: hit.entry, actor: hit.actor, type: hit.type, country: hit.country, capital: hit.capital, exact, lowerStart };
}

// British and American spellings of the words bodies' names share: "Organisation for Security and
// Cooperation in Europe", "Ministry of Defense".
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/([Oo]rgani)z(ation)/, '$1s$2'],
  [/([Oo]rgani)s(ation)/, '$1z$2'],
  [/(Defen)s(e)/, '$1c$2'],
  [/(Defen)c(e)/, '$1s$2'],
  [/(Cent)er\b/, '$1re'],
  [/(Cent)re\b/, '$1er'],
];

/** A name as written and in the other spelling of its words, if any. */
function spellings(name: string): string[] {
  const out = [name];
  for (const [pattern, other] of SPELLINGS) if (pattern.test(name)) out.push(name.replace(pattern, other));
  return out;
}

/** Builds the gazetteer from dictionary actors: names, aliases, demonyms and capitals. */
export function buildGazetteer(actors: readonly ActorEntry[]): Gazetteer {
  const hits = new Map<string, GazetteerHit[]>();
  const firstWords = new Map<string, number>();
  const lowerFirstWords = new Map<string, number>();
  const surnames = new Map<string, GazetteerHit | null>();
  const countries = new Map<string, string | null>();
  const stems = new Map<string, GazetteerHit[]>();
  actors.forEach((actor, index) => {
    const hit = { entry: actor.name, actor: index, type: TYPE_BY_ACTOR[actor.type], country: actor.country, capital: actor.type === 'capital' };
    for (const written of actor.names) {
     for (const surface of spellings(written)) {
      const stem = surface.endsWith('*');
      const s = (stem ? surface.slice(0, -1) : surface).trim();
      if (s === '') continue;
      // Short all-caps forms ("IS", "UN", "AU") are ordinary words in lower case; longer ones may be
      // surnames or words written with a capital ("CELAC" is not Romania's "Sergiu Celac").
      const exact = s.length <= 6 && /^[A-Z.]+$/.test(s) ? s : null;
      const key = nameKey(s);
      const full = makeHit(hit, exact, /^\p{Ll}/u.test(s));
      if (stem) stems.set(key, [...(stems.get(key) ?? []), full]);
      const list = hits.get(key);
      if (list) {
        // (The same entry under a form that takes any case too: "RENAMO" and "Renamo"; or lower case
        // too: "Euro zone" and "euro zone".)
        const same = list.findIndex((h) => h.entry === hit.entry && h.type === hit.type);
        if (same < 0) list.push(full);
        else if ((list[same]!.exact !== null && exact === null) || (full.lowerStart && !list[same]!.lowerStart)) list[same] = full;
      } else hits.set(key, [full]);
      const noteFirst = (word: string, tokens: number): void => {
        // Token counts are estimated; allow one either side of the estimate.
        const n = Math.min(tokens, 29);
        const bits = (1 << Math.max(1, n - 1)) | (1 << n) | (1 << (n + 1));
        firstWords.set(word, (firstWords.get(word) ?? 0) | bits);
        if (full.lowerStart) lowerFirstWords.set(word, (lowerFirstWords.get(word) ?? 0) | bits);
      };
      const first = firstWord(key);
      noteFirst(first, tokenCount(s));
      // (The tokenizer may keep a hyphened first word whole: "Inter-American Commission on Human Rights".)
      const whole = key.split(' ', 1)[0]!;
      if (whole !== first) noteFirst(whole, tokenCount(s.replace(/-/g, '')));
     }
    }
    if (actor.type === 'person') {
      // The surname of the name and of each full-name alias ("Volodymyr Zelenskiy"); where the
      // family name comes first, the first word ("Xi Jinping" → Xi, "Kim Jong Un" → Kim). The
      // dictionary may name the words itself, or none (`bare_surname:`, see `ActorEntry.surnames`).
      for (const last of personSurnameKeys(actor)) {
        // A surname two people share names neither ("Bush", "Kim"); if they are of one country, it names that.
        const before = surnames.get(last);
        if (before && before.actor !== index) countries.set(last, before.country === actor.country ? actor.country : null);
        if (before === null && countries.get(last) !== actor.country) countries.set(last, null);
        surnames.set(last, surnames.has(last) && before?.actor !== index ? null : makeHit(hit, null, false));
      }
    }
  });
  const unique = new Map<string, GazetteerHit>();
  for (const [last, hit] of surnames) if (hit) unique.set(last, hit);
  const sharedSurnames = new Map<string, string | null>();
  for (const [last, country] of countries) if (!unique.has(last)) sharedSurnames.set(last, country);
  const byHash = new Map<number, KeyedHits[]>();
  for (const [key, list] of hits) {
    const h = keyHashValue(hashKey(key));
    byHash.set(h, [...(byHash.get(h) ?? []), { key, hits: list }]);
  }
  return { hits, firstWords, lowerFirstWords, surnames: unique, sharedSurnames, stems, keyBits: keyBitsOf(hits.keys()), byHash };
}

/**
 * Whether `key` is the lower-case forms of tokens [from, end) joined as a dictionary key is, without
 * building that string: by a space between every two tokens (`spaced`), or only where the text
 * has a gap between them ("U.S.-based" stays one word).
 */
export function isKeyOf(key: string, tokens: TokenTable, from: number, end: number, spaced = false): boolean {
  let at = 0;
  for (let k = from; k < end; k++) {
    if (k > from && (spaced || tokens.start[k] !== tokens.end[k - 1])) {
      if (key.charCodeAt(at) !== 32) return false;
      at++;
    }
    const word = tokens.lower[k]!;
    if (!key.startsWith(word, at)) return false;
    at += word.length;
  }
  return at === key.length;
}
