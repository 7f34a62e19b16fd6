// The dictionaries as TABARI looks words up: phrases indexed by their first letters, matched word by
// word with TABARI's stems ("ISRAEL" → "Israeli") and regular endings ("PRESIDENT_" → "presidents").
import { compileTransformations, type CompiledTransformation } from './transform.js';
import { latestPatterns, type ActorEntry, type AgentEntry, type Dictionary, type PatternElement, type VerbEntry, type VerbPattern } from '../../dictionaries/index.js';

/**
 * The regular endings TABARI allows on a whole word (manual 5.2.3): plural and possessive on the
 * last word of an actor, agent or noun; inflections on a verb. A word in a pattern has none: it is
 * a stem or it is closed ("_"). A word ending in "=" takes no ending either.
 */
export const NOUN_ENDINGS: ReadonlySet<string> = new Set(['s', "'s", "'", 'es']);
const POSSESSIVE_ENDINGS: ReadonlySet<string> = new Set(["'s", "'"]);
export const VERB_ENDINGS: ReadonlySet<string> = new Set(['s', 'es', 'ed', 'd', 'en', 'ing']);
const NO_ENDINGS: ReadonlySet<string> = new Set();

/** Pattern word `p` ("contribut*", "left", "ban=") matches text word `w`. */
export function wordMatches(p: string, w: string, endings: ReadonlySet<string> = NO_ENDINGS): boolean {
  if (p.endsWith('*')) return w.startsWith(p.slice(0, -1));
  if (p.endsWith('=')) return w === p.slice(0, -1);
  return w === p || (w.startsWith(p) && endings.has(w.slice(p.length)));
}

/** How many words may stand in a gap ("…") of an actor's phrase: "the Prince of Dol Amroth". */
const ACTOR_GAP = 3;

/**
 * The end of `sequence` matched from word i of `words` (before `stop`), or -1. "…" lets other
 * words come between (up to `maxGap`, never a comma); the words after it are found first-fit.
 */
export function matchSequence(
  sequence: readonly string[], words: readonly { readonly text: string }[], i: number, stop: number, maxGap = Infinity, endings: ReadonlySet<string> = NO_ENDINGS,
): number {
  let q = i;
  for (let k = 0; k < sequence.length; k++) {
    const p = sequence[k]!;
    if (p === '…') {
      const next = sequence[k + 1];
      if (next === undefined) return q;
      let found = -1;
      for (let g = q; g < stop && g - q <= maxGap && found < 0; g++) {
        if (words[g]!.text === ',') break;
        const end = matchSequence(sequence.slice(k + 1), words, g, stop, maxGap, endings);
        if (end >= 0) found = end;
      }
      return found;
    }
    // (Endings go on one word only: a noun phrase's last, a verb's first: "BURN DOWN" → "burned down".)
    const ends = endings === VERB_ENDINGS ? k === 0 : k === sequence.length - 1;
    if (q >= stop || !wordMatches(p, words[q]!.text, ends ? endings : NO_ENDINGS)) return -1;
    q++;
  }
  return q;
}

/** A dictionary phrase as the engine's words read it: hyphens split words, and one at a word's end is dropped ("ANTI-"). */
export function normalizeWords(words: readonly string[]): string[] {
  return words.flatMap((w) => (w === '…' ? [w] : w.replace(/-+(\*?)$/, '$1').split('-').filter((part) => part !== '' && part !== '*')));
}

interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
  /** Letters in the phrase: of two matches, the longer wins. */
  readonly size: number;
}

/**
 * Phrases by their first word (a stem's by the stem): a word finds its candidates by itself, by
 * itself less an ending, and by its prefixes as long as a stem. Each list longest first.
 */
export class PhraseIndex<T> {
  private readonly byWord = new Map<string, Phrase<T>[]>();
  /** Lengths of the stems that begin phrases, longest first. */
  private stemLengths: number[] = [];
  private readonly allEndings: readonly string[];

  constructor(private readonly endings: ReadonlySet<string>, private readonly maxGap = 0) {
    this.allEndings = [...endings];
  }

  add(phrase: string, value: T): void {
    const words = normalizeWords(phrase.toLowerCase().split(/\s+/).filter(Boolean));
    if (words.length === 0) return;
    const first = words[0]!;
    const key = first.replace(/[*=]$/, '');
    if (first.endsWith('*') && !this.stemLengths.includes(key.length)) this.stemLengths.push(key.length);
    const list = this.byWord.get(key) ?? [];
    list.push({ words, value, size: words.join('').replace(/[*…=]/g, '').length + words.filter((w) => w !== '…').length * 100 });
    this.byWord.set(key, list);
  }

  /** Sorts every list, longest phrase first; call once after the last `add`. */
  seal(): this {
    for (const list of this.byWord.values()) list.sort((a, b) => b.size - a.size);
    this.stemLengths.sort((a, b) => b - a);
    return this;
  }

  /** The longest phrase starting at word `i` of `words`, with the index after it. */
  match(words: readonly { readonly text: string }[], i: number): { value: T; end: number } | null {
    const w = words[i]!.text;
    let best: Phrase<T> | null = null;
    let bestEnd = -1;
    const consider = (key: string) => {
      const list = this.byWord.get(key);
      if (!list) return;
      for (const phrase of list) {
        if (best && phrase.size <= best.size) return;
        const end = matchSequence(phrase.words, words, i, words.length, this.maxGap, this.endings);
        if (end >= 0) {
          best = phrase;
          bestEnd = end;
          return;
        }
      }
    };
    consider(w);
    for (const e of this.allEndings) if (w.length > e.length && w.endsWith(e)) consider(w.slice(0, -e.length));
    for (const n of this.stemLengths) if (n < w.length) consider(w.slice(0, n));
    return best ? { value: (best as Phrase<T>).value, end: bestEnd } : null;
  }
}

export interface CompiledPattern {
  readonly pattern: VerbPattern;
  /** TABARI's length: letters of fixed text, the longest alternative's for a set. */
  readonly length: number;
}

export interface TabariVerb {
  readonly entry: VerbEntry;
  /** Longest first. */
  readonly patterns: readonly CompiledPattern[];
}

export interface TabariLexicon {
  readonly actors: PhraseIndex<ActorEntry>;
  readonly agents: PhraseIndex<AgentEntry>;
  readonly verbs: PhraseIndex<TabariVerb>;
  readonly nouns: PhraseIndex<true>;
  readonly adjectives: PhraseIndex<true>;
  readonly discards: PhraseIndex<true>;
  readonly transformations: readonly CompiledTransformation[];
}

function elementLength(e: PatternElement): number {
  return e.kind === 'words' ? Math.max(...e.options.map((o) => o.join('').replace(/[*…]/g, '').length)) : 0;
}

function normalizePattern(pattern: VerbPattern): VerbPattern {
  const element = (e: PatternElement): PatternElement => (e.kind === 'words' ? { ...e, options: e.options.map(normalizeWords) } : e);
  return { ...pattern, before: pattern.before.map(element), after: pattern.after.map(element) };
}

export function compileLexicon(dictionary: Dictionary): TabariLexicon {
  // PETRARCH reads whole words with their regular endings where TABARI reads stems.
  const petrarch = dictionary.dialect === 'petrarch';
  const word = (name: string) => (petrarch ? name.replace(/\*$/, '') : name);
  const actors = new PhraseIndex<ActorEntry>(NOUN_ENDINGS, ACTOR_GAP);
  for (const actor of [...(dictionary.tabariActors ?? []), ...dictionary.actors]) for (const name of [...actor.names, ...(actor.gapped ?? [])]) actors.add(word(name), actor);
  // (A PETRARCH agent file lists its plurals, or none: "POLICE {}" is not "polices".)
  const agents = new PhraseIndex<AgentEntry>(petrarch ? POSSESSIVE_ENDINGS : NOUN_ENDINGS);
  // (Not the nouns Chronicle's dictionaries mark as no agent, `code: ---`.)
  for (const agent of dictionary.agents) if (agent.code !== '---') for (const noun of agent.nouns) agents.add(noun, agent);
  const verbs = new PhraseIndex<TabariVerb>(VERB_ENDINGS);
  // (PETRARCH has no discard or complex codes, "###" and "+++": a pattern giving one is no pattern.)
  const coded = (p: VerbPattern) => !petrarch || (p.code !== '###' && p.code !== '+++');
  const byLemma = new Map<string, TabariVerb>();
  for (const entry of dictionary.verbs) {
    const patterns = latestPatterns(entry.patterns)
      .filter(coded)
      .map(normalizePattern)
      .map((pattern) => ({ pattern, length: [...pattern.before, ...pattern.after].reduce((n, e) => n + elementLength(e), 0) }))
      .sort((a, b) => b.length - a.length);
    const verb = { entry, patterns };
    // (A lemma whose forms are all listed takes no endings: "break=" beside "broke", "broken".)
    const closed = (lemma: string) => (entry.closed?.includes(lemma) ? lemma.replace(/^(\S+)/, '$1=') : lemma);
    for (const lemma of [...entry.lemmas.map(closed), ...(entry.forms ?? [])]) byLemma.set(lemma, verb);
  }
  // (A verb defined twice is the later definition: "--- SHOT [---] ---" then "--- SHOT [223] ---".)
  for (const [lemma, verb] of byLemma) verbs.add(lemma, verb);
  const nouns = new PhraseIndex<true>(NOUN_ENDINGS);
  for (const noun of dictionary.nouns ?? []) nouns.add(noun, true);
  const adjectives = new PhraseIndex<true>(NOUN_ENDINGS);
  for (const adjective of dictionary.adjectives ?? []) adjectives.add(adjective, true);
  const discards = new PhraseIndex<true>(NOUN_ENDINGS);
  for (const phrase of dictionary.discards) discards.add(phrase.replace(/[-_]/g, ' '), true);
  const entryOf = (lemma: string) => (byLemma.get(lemma) ?? byLemma.get(`${lemma}=`))?.entry;
  const transformations = compileTransformations(dictionary.transformations ?? [], entryOf);
  return { actors: actors.seal(), agents: agents.seal(), verbs: verbs.seal(), nouns: nouns.seal(), adjectives: adjectives.seal(), discards: discards.seal(), transformations };
}
