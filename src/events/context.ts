import type { Doc } from '../doc/index.js';
import { POS, TokenFlag, type Attachment, type Clause, type Name, type NounPhrase, type Sentence, type TokenTable, type VerbGroup } from '../language/types.js';
import { ActorResolver, international, type ActorIndex, type ResolvedActor } from './actors.js';
import { PatternMatcher } from './match.js';
import { governors } from './mood.js';
import type { VerbIndex } from './verbs.js';

/**
 * What the event coder knows of one document before it codes a verb: the layers it reads, the
 * indexes over them, the actor resolver and the pattern matcher. Built once per document by
 * `createCodingContext` and read, never changed, by the searches for targets, topics and places
 * (context.ts, clauses.ts, places.ts, targets.ts, topics.ts), which take it as their first
 * parameter. (Only the two memo caches fill as sentences are asked about.)
 */
export interface CodingContext {
  readonly doc: Doc;
  readonly text: string;
  readonly tokens: TokenTable;
  readonly sentences: readonly Sentence[];
  readonly nounPhrases: readonly NounPhrase[];
  /** The layers the language stage may leave out, as empty lists when it did. */
  readonly verbGroups: readonly VerbGroup[];
  readonly attachments: readonly Attachment[];
  readonly clauses: readonly Clause[];
  readonly names: readonly Name[];
  readonly verbIndex: VerbIndex;
  readonly resolver: ActorResolver;
  readonly matcher: PatternMatcher;
  /** The verb group each token is in, or -1. */
  readonly verbAt: readonly number[];
  /** For each verb group, the verb group it depends on, or -1 (see `governors`). */
  readonly governorOf: Int32Array;
  /** Clauses and names by sentence, for the lookups a verb makes in its own sentence. */
  readonly clausesOf: ReadonlyMap<number, Clause[]>;
  readonly namesOf: ReadonlyMap<number, Name[]>;
  /** Where a relative clause with its own verb starts. */
  readonly relativeStarts: ReadonlySet<number>;
  /** "MONROVIA, July 2 (Reuters) -", "DURRES, Albania, April 15 -": the country a story is filed from. */
  readonly filedFrom: string | null;
  /** Memo caches for `countryHere` and `countriesNamed`, by sentence. */
  readonly hereOf: Map<number, string | null>;
  readonly namedOf: Map<number, ReadonlySet<string>>;
}

/** The coding context of one document (which has been through the language stage). */
export function createCodingContext(doc: Doc, verbIndex: VerbIndex, index: ActorIndex): CodingContext {
  const { layers } = doc;
  const tokens = layers.tokens!;
  const verbGroups = layers.verbGroups ?? [];
  const clauses = layers.clauses ?? [];
  const filedFrom = doc.dateline ? datelineCountry(doc.dateline.place, index.placeCountries) : null;
  const resolver = new ActorResolver(index, doc);
  const matcher = new PatternMatcher(doc);
  const verbAt = new Array<number>(tokens.length).fill(-1);
  verbGroups.forEach((g, i) => {
    for (let k = g.tokenStart; k < g.tokenEnd; k++) verbAt[k] = i;
  });
  const relativeStarts = new Set<number>();
  // Only one whose own verb follows ("fighting that has killed"): in "its demand that Israel release
  // the students" the clause says what is demanded of whom.
  for (const clause of clauses) {
    const next = tokens.pos[clause.tokenStart + 1];
    if (clause.kind === 'relative' && (next === POS.VERB || next === POS.AUX)) relativeStarts.add(clause.tokenStart);
  }
  return {
    doc,
    text: doc.text,
    tokens,
    sentences: layers.sentences!,
    nounPhrases: layers.nounPhrases!,
    verbGroups,
    attachments: layers.attachments ?? [],
    clauses,
    names: layers.names ?? [],
    verbIndex,
    resolver,
    matcher,
    verbAt,
    governorOf: governors(doc),
    clausesOf: bySentence<Clause>(clauses),
    namesOf: bySentence<Name>(layers.names ?? []),
    relativeStarts,
    filedFrom,
    hereOf: new Map(),
    namedOf: new Map(),
  };
}

/** A phrase and its conjuncts, in order. */
export function chain(ctx: CodingContext, np: number | null): number[] {
  const { nounPhrases, tokens, matcher } = ctx;
  if (np === null) return [];
  const phrase = nounPhrases[np]!;
  // (A phrase with no conjuncts, the common case, skips the spread and sort.)
  if (phrase.conjuncts.length > 0) return [np, ...phrase.conjuncts].sort((a, b) => a - b);
  // "Thousands of Thai and U.S. troops": a number of people stands for its "of" phrase's list.
  if (tokens.lower[phrase.tokenEnd] === 'of' && MULTITUDES.has(tokens.lower[phrase.head]!)) {
    const of = matcher.npAt[phrase.tokenEnd + 1]!;
    if (of >= 0 && nounPhrases[of]!.conjuncts.length > 0) return [np, ...nounPhrases[of]!.conjuncts.filter((c) => c > of)].sort((a, b) => a - b);
  }
  return [np];
}
const MULTITUDES = new Set(['thousands', 'hundreds', 'dozens', 'scores', 'tens', 'millions']);

/** The actors of the phrases `nps`, in order. */
export function resolveAll(ctx: CodingContext, nps: number[], date: string | null): ResolvedActor[] {
  const { resolver } = ctx;
  // A loop, not `flatMap`: V8's generic flatMap cost more than the resolving itself.
  const out: ResolvedActor[] = [];
  for (const np of nps) for (const actor of resolver.resolveMany(np, date)) out.push(actor);
  return out;
}

/** The countries a sentence's names name, worked out once per sentence. */
export function countriesNamed(ctx: CodingContext, sentence: number): ReadonlySet<string> {
  const { namesOf, namedOf } = ctx;
  let named = namedOf.get(sentence);
  if (named === undefined) {
    // (Not the home of an international body: "…, Amnesty International said" names no country.)
    const names = ctx.doc.layers.names ?? [];
    named = new Set((namesOf.get(sentence) ?? []).filter((n) => n.type !== 'org' || n.actor === null || !international(ctx.resolver.nameCode(names.indexOf(n), null) ?? '')).map((n) => n.country).filter((c) => c !== null));
    namedOf.set(sentence, named);
  }
  return named;
}

/** The one country a sentence is placed in: its story's dateline's, or the only one it names. */
export function countryHere(ctx: CodingContext, sentence: number): string | null {
  const { filedFrom, hereOf } = ctx;
  let here = hereOf.get(sentence);
  if (here === undefined) {
    const named = countriesNamed(ctx, sentence);
    here = filedFrom !== null ? (named.size === 0 || (named.size === 1 && named.has(filedFrom)) ? filedFrom : null) : named.size === 1 ? [...named][0]! : null;
    hereOf.set(sentence, here);
  }
  return here;
}

/** The token that starts at character `start`. */
export function tokenAt(ctx: CodingContext, start: number): number {
  const { tokens } = ctx;
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.start[mid]! < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The clauses speech verb v reports or quotes. */
export function speechClauses(ctx: CodingContext, v: number): Clause[] {
  const { verbGroups, clausesOf } = ctx;
  return (clausesOf.get(verbGroups[v]!.sentence) ?? []).filter((c) => c.speechVerb === v);
}

/** The first of `words` after verb group vg in its sentence, or -1. */
export function wordAfter(ctx: CodingContext, vg: VerbGroup, words: ReadonlySet<string>): number {
  const { tokens, sentences } = ctx;
  for (let k = vg.tokenEnd; k < sentences[vg.sentence]!.tokenEnd; k++) if (words.has(tokens.lower[k]!)) return k;
  return -1;
}

/** Whether a verb group starts between tokens `from` and `to`. */
export function hasVerb(ctx: CodingContext, from: number, to: number): boolean {
  const { verbAt } = ctx;
  for (let k = from; k < to; k++) if (verbAt[k]! >= 0) return true;
  return false;
}

/** The first comma or semicolon from token `from` (where the clause it is in ends), or `end`. */
export function clauseStop(ctx: CodingContext, from: number, end: number): number {
  const { tokens } = ctx;
  for (let k = from; k < end; k++) if (tokens.lower[k] === ',' || tokens.lower[k] === ';') return k;
  return end;
}

/** Whether every name in sentence s with a country is of `country`. */
export function onlyCountry(ctx: CodingContext, s: number, country: string, before = Infinity): boolean {
  const { namesOf, tokens } = ctx;
  // (A people named as such names no state: "ethnic Albanian guerrillas".)
  for (const name of namesOf.get(s) ?? []) if (name.country !== null && name.country !== country && name.tokenStart < before && tokens.lower[name.tokenStart - 1] !== 'ethnic') return false;
  return true;
}

/**
 * A noun's lemma, also for a plural that opens a sentence: the tagger takes "Grenades killed" or
 * "Rebels seized" for a name and leaves it as written. (Only to test against the coder's own noun lists.)
 */
export function nounLemma(ctx: CodingContext, k: number): string {
  const { tokens } = ctx;
  const lemma = tokens.lemma[k]!;
  if (!(tokens.flags[k]! & TokenFlag.SentenceStart) || tokens.pos[k] !== POS.PROPN || !lemma.endsWith('s')) return lemma;
  return lemma.endsWith('ies') ? `${lemma.slice(0, -3)}y` : /(sh|ch|x|ss)es$/.test(lemma) ? lemma.slice(0, -2) : lemma.slice(0, -1);
}

/** Items grouped by their sentence, in order. */
function bySentence<T extends { readonly sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(item.sentence);
    if (list) list.push(item);
    else out.set(item.sentence, [item]);
  }
  return out;
}

/** The country of a dateline's place: its last part that names a country or a capital ("DURRES, Albania", "MINSK"). */
function datelineCountry(place: string, countries: ReadonlyMap<string, string>): string | null {
  const parts = place.split(',').map((p) => p.trim().toLowerCase());
  for (let i = parts.length - 1; i >= 0; i--) {
    const country = countries.get(parts[i]!);
    if (country) return country;
  }
  return null;
}

/** The actor is a region by name ("the Middle East", "sub-Saharan Africa"), of no one country. */
/** (Or its "of" phrase does: "the peoples of Asia".) */
export function namesRegion(ctx: CodingContext, sentence: number, t: ResolvedActor): boolean {
  return (ctx.namesOf.get(sentence) ?? []).some((n) => n.type === 'place' && n.country === null && n.actor !== null && t.start <= n.start && (n.end <= t.end || OF_PHRASE.test(ctx.text.slice(t.end, n.start))));
}

const OF_PHRASE = /^\s+of\s+(?:the\s+)?$/;
