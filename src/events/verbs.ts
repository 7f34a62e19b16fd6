// The verb index: a dictionary's verb entries by the first word of each lemma, with TABARI stems.
import { latestPatterns, type Dictionary, type PatternElement, type VerbEntry, type VerbPattern } from '../dictionaries/index.js';
import { patternSize } from './rules.js';

/** What may follow a verb stem in a word: English verb inflections and the endings of its nouns. */
const STEM_ENDINGS = new Set(['e', 's', 'es', 'ed', 'd', 'ing', 'ion', 'ions', 'ment', 'ments']);

export interface VerbCandidate {
  readonly entry: VerbEntry;
  /** The lemma's words after the first ("walk out of" → ["out", "of"]). */
  readonly rest: readonly string[];
}

export interface VerbIndex {
  /** Entries by the first word of each lemma, longest lemmas first. */
  readonly words: Map<string, VerbCandidate[]>;
  /** Entries of TABARI stems ("contribut*"), by stem. */
  readonly stems: Map<string, VerbCandidate[]>;
  readonly longestStem: number;
}

export function buildVerbIndex(dictionary: Dictionary): VerbIndex {
  const words = new Map<string, VerbCandidate[]>();
  const stems = new Map<string, VerbCandidate[]>();
  let longestStem = 0;
  for (const entry of dictionary.verbs) {
    // (TABARI's own codes such as "075A", its markers "###" and "+++", dominant and subordinate
    // codes and its compound marker "%" are for the TABARI engine.)
    const patterns = latestPatterns(entry.patterns).filter((p) => /^(\d{2,4}|---)$/.test(p.code) && !p.priority).map(withoutCompounds);
    const code = entry.code !== null && /^\d{2,4}$/.test(entry.code) && !entry.priority ? entry.code : null;
    if (code === null && patterns.length === 0) continue;
    const sorted = { ...entry, code, patterns: patterns.sort((a, b) => patternSize(b) - patternSize(a)) };
    for (const lemma of entry.lemmas) {
      const [first, ...rest] = lemma.split(/\s+/);
      const stem = first!.endsWith('*') ? first!.slice(0, -1) : null;
      for (const [map, key] of [[words, stem ?? first!], ...(stem ? [[stems, stem] as const] : [])] as const) {
        const list = map.get(key) ?? [];
        list.push({ entry: sorted, rest });
        map.set(key, list);
      }
      if (stem) longestStem = Math.max(longestStem, stem.length);
    }
  }
  // (Among lemmas of one length, entries with patterns only come first: their patterns are tried
  // before a coded entry's code takes the verb, as dictionaries/FORMAT.md says.)
  for (const list of [...words.values(), ...stems.values()]) list.sort((a, b) => b.rest.length - a.rest.length || (a.entry.code === null ? 0 : 1) - (b.entry.code === null ? 0 : 1));
  return { words, stems, longestStem };
}

function withoutCompounds(p: VerbPattern): VerbPattern {
  const keep = (e: PatternElement) => e.kind !== 'compound';
  return p.before.every(keep) && p.after.every(keep) ? p : { ...p, before: p.before.filter(keep), after: p.after.filter(keep) };
}

/** Verb entries for a verb token: by lemma, by the form as written ("MET"), else by the longest stem it begins with. */
export function verbCandidates(index: VerbIndex, lemma: string, lower: string): VerbCandidate[] {
  const byLemma = index.words.get(lemma);
  const byForm = lower !== lemma ? index.words.get(lower) : undefined;
  if (byLemma || byForm) return [...(byLemma ?? []), ...(byForm ?? [])];
  // A form the lemmatiser left as written ("tortured", "staged"): its likely base forms.
  if (lower === lemma && lower.endsWith('ed')) {
    for (const base of [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3), `${lower.slice(0, -3)}y`]) {
      const list = index.words.get(base);
      if (list) return list;
    }
  }
  // So is a gerund read as a noun ("began expelling"): "expel", "raid", "seize".
  if (lower === lemma && lower.endsWith('ing') && lower.length > 5) {
    for (const base of [lower.slice(0, -3), lower.slice(0, -4), `${lower.slice(0, -3)}e`]) {
      const list = index.words.get(base);
      if (list) return list;
    }
  }
  for (let n = Math.min(lower.length - 1, index.longestStem); n >= 3; n--) {
    const list = index.stems.get(lower.slice(0, n));
    // A stem takes an inflection, not any letters: "contribut" + "ed", not "depart" + "x".
    if (list && STEM_ENDINGS.has(lower.slice(n))) return list;
  }
  return [];
}
