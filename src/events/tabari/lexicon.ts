// The dictionaries as TABARI looks words up: phrases indexed by their first letters, matched word by
// word with TABARI's stems ("ISRAEL" → "Israeli") and regular endings ("PRESIDENT_" → "presidents").
import type { ActorEntry, Dictionary, PatternElement, VerbEntry, VerbPattern } from '../../dictionaries/index.js';

/** The regular endings TABARI allows on a whole word (plural, possessive, verb inflections). */
const ENDINGS = new Set(['s', "'s", "'", 'es', 'ed', 'd', 'en', 'ing']);

/** Pattern word `p` ("contribut*", "left") matches text word `w`. */
export function wordMatches(p: string, w: string): boolean {
  if (p.endsWith('*')) return w.startsWith(p.slice(0, -1));
  return w === p || (w.startsWith(p) && ENDINGS.has(w.slice(p.length)));
}

interface Phrase<T> {
  readonly words: readonly string[];
  readonly value: T;
  /** Letters in the phrase: of two matches, the longer wins. */
  readonly size: number;
}

/** Phrases by the first two letters of their first word; each list longest first. */
export class PhraseIndex<T> {
  private readonly byKey = new Map<string, Phrase<T>[]>();

  add(phrase: string, value: T): void {
    const words = phrase.split(/\s+/).filter(Boolean);
    if (words.length === 0) return;
    const key = words[0]!.replace(/\*$/, '').slice(0, 2);
    const list = this.byKey.get(key) ?? [];
    list.push({ words, value, size: words.join('').replace(/\*/g, '').length + words.length * 100 });
    this.byKey.set(key, list);
  }

  /** Sorts every list, longest phrase first; call once after the last `add`. */
  seal(): this {
    for (const list of this.byKey.values()) list.sort((a, b) => b.size - a.size);
    return this;
  }

  /** The longest phrase starting at word `i` of `words`, with the index after it. */
  match(words: readonly { readonly text: string }[], i: number): { value: T; end: number } | null {
    const list = this.byKey.get(words[i]!.text.slice(0, 2));
    if (!list) return null;
    for (const phrase of list) {
      if (i + phrase.words.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < phrase.words.length && ok; k++) ok = wordMatches(phrase.words[k]!, words[i + k]!.text);
      if (ok) return { value: phrase.value, end: i + phrase.words.length };
    }
    return null;
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
  readonly agents: PhraseIndex<string>;
  readonly verbs: PhraseIndex<TabariVerb>;
  readonly nouns: PhraseIndex<true>;
  readonly adjectives: PhraseIndex<true>;
  readonly discards: PhraseIndex<true>;
}

function elementLength(e: PatternElement): number {
  return e.kind === 'words' ? Math.max(...e.options.map((o) => o.join('').replace(/\*/g, '').length)) : 0;
}

export function compileLexicon(dictionary: Dictionary): TabariLexicon {
  const actors = new PhraseIndex<ActorEntry>();
  for (const actor of [...(dictionary.tabariActors ?? []), ...dictionary.actors]) for (const name of actor.names) actors.add(name, actor);
  const agents = new PhraseIndex<string>();
  for (const agent of dictionary.agents) for (const noun of agent.nouns) agents.add(noun, agent.code);
  const verbs = new PhraseIndex<TabariVerb>();
  for (const entry of dictionary.verbs) {
    const patterns = entry.patterns
      .map((pattern) => ({ pattern, length: [...pattern.before, ...pattern.after].reduce((n, e) => n + elementLength(e), 0) }))
      .sort((a, b) => b.length - a.length);
    const verb = { entry, patterns };
    for (const lemma of [...entry.lemmas, ...(entry.forms ?? [])]) verbs.add(lemma, verb);
  }
  const nouns = new PhraseIndex<true>();
  for (const noun of dictionary.nouns ?? []) nouns.add(noun, true);
  const adjectives = new PhraseIndex<true>();
  for (const adjective of dictionary.adjectives ?? []) adjectives.add(adjective, true);
  const discards = new PhraseIndex<true>();
  for (const phrase of dictionary.discards) discards.add(phrase.replace(/[-_]/g, ' '), true);
  return { actors: actors.seal(), agents: agents.seal(), verbs: verbs.seal(), nouns: nouns.seal(), adjectives: adjectives.seal(), discards: discards.seal() };
}
