import type { Doc } from '../doc/index.js';
import type { PatternElement, VerbPattern } from '../dictionaries/index.js';
import { MONTHS, POSSESSIVE_DETERMINERS, ROUGH_NUMBER_WORDS, TIME_NOUNS } from '../language/lexicon.js';
import { POS, TokenFlag, type NounPhrase } from '../language/types.js';
import { wordFits } from './rules.js';

/** Month names, which some pattern words share ("march", "may"): a capitalised one mid-sentence is the month. */
const MONTH_WORDS = new Set(MONTHS);

/** Prepositions that open a time the matcher steps over ("on Wednesday", "in March", "at dawn"). */
const TIME_PREPOSITIONS = new Set(['on', 'in', 'at']);
/** `stepOverToken`'s mark for a time's own preposition. */
const TIME_PREPOSITION = 2;

/** Where a pattern matched: the phrases it took as target and source, and the token after it. */
export interface PatternMatch {
  readonly target: number | null;
  readonly source: number | null;
  readonly end: number;
  /** The match stepped over a noun the pattern does not name: a pattern that names it is better. */
  readonly stepped?: boolean;
}

// Tokens a pattern may step over between its words: determiners, adjectives, adverbs, numbers,
// possessives and the non-head words of a noun phrase ("broke off the stalled peace talks").
const SKIPPABLE = new Set([POS.DET, POS.ADJ, POS.ADV, POS.NUM, POS.SYM]);
/** Words for a part of what their "of" phrase names: "most of Hebron". */
const PART_WORDS = new Set(['most', 'much', 'all', 'half']);
const MAX_SKIP = 8;
/** Past forms of naming a thing, after "what": "what it called", "what he described as". */
const NAMING_WORDS = new Set(['called', 'termed', 'dubbed', 'labelled', 'labeled', 'branded', 'described']);
/** Prepositions of a place a target may stand in (or of whom it acts against) before a pattern's next words. */
const TARGET_PLACE_PREPOSITIONS = new Set(['in', 'inside', 'at', 'against']);
const STEP_STOP = 0;
const STEP_OVER = 1;
const STEP_HEAD = 2;
const STEP_UNKNOWN = 3;
/** How far before the verb (in tokens) a pattern's earlier words may stand. */
const BEFORE_WINDOW = 12;

/**
 * A verb's patterns by the first word of their first element (each option's), so that a verb
 * tries only the patterns whose first word stands within reach; `always` are the others.
 */
interface PatternIndex {
  readonly byWord: ReadonlyMap<string, readonly number[]>;
  readonly always: readonly number[];
}

// Built once per pattern list (a verb entry's), on first use, and kept as long as the list.
const patternIndexes = new WeakMap<readonly VerbPattern[], PatternIndex>();

function indexPatterns(patterns: readonly VerbPattern[]): PatternIndex {
  const byWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((pattern, n) => {
    const first = pattern.after[0];
    // (A TABARI stem, "revolution*", is found by its prefix, which no word index holds.)
    if (first === undefined || first.kind !== 'words' || first.options.some((o) => o.length === 0 || o[0]!.endsWith('*'))) {
      always.push(n);
      return;
    }
    for (const option of first.options) {
      const list = byWord.get(option[0]!) ?? [];
      if (list[list.length - 1] !== n) list.push(n);
      byWord.set(option[0]!, list);
    }
  });
  return { byWord, always };
}

/** Token-level matcher over one document's layers; one instance per document. */
const APPROXIMATELY = new Set(['around', 'about', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'under']);
/** Participles that describe a person by what they are held to be: "an officer accused of genocide". */
const DESCRIBING_PARTICIPLES = new Set(['accused', 'suspected', 'wanted', 'charged', 'convicted', 'known', 'nicknamed', 'dubbed', 'indicted', 'sought']);
/** The prepositions such a participle takes. */
const DESCRIBING_LINKS = new Set(['of', 'for', 'as', 'with', 'in', 'by']);
/** Words that open a relative clause set off by commas. */
const RELATIVE_WORDS = new Set(['who', 'whose', 'which']);

/** Rises in an amount, stepped over with their "in". */
const RISES = new Set(['increase', 'increases', 'boost', 'rise', 'expansion', 'top-up', 'hike']);
const SUMS = new Set(['million', 'billion', 'trillion', 'millions', 'billions', 'dollars', 'euros', 'ecus', 'pounds', 'yen', 'francs', 'marks', 'rubles', 'roubles', 'yuan', 'rupees']);

export class PatternMatcher {
  readonly npAt: number[];
  /** Tokens of time expressions, with the preposition before them ("on Friday"), and of ", including …," asides: patterns step over them. */
  private readonly stepOverToken: number[];
  /** Tokens of the names of persons the dictionaries know, which no pattern word is: "Rice arrived in Baghdad" is no rice. */
  private readonly personToken: Set<number>;
  /** Per token: STEP_OVER (skippable), STEP_HEAD (a common noun's head), STEP_STOP, or STEP_UNKNOWN until needed. */
  private readonly step: number[];
  /** Per token p: `lastStart(p)`, or -1 until asked. */
  private readonly window: number[];
  /** Where the words `find` last found start. */
  private foundAt = -1;

  constructor(private readonly doc: Doc) {
    const tokens = doc.layers.tokens!;
    // Plain arrays: typed arrays' buffers cost far more to allocate, four times per document.
    this.npAt = new Array<number>(tokens.length).fill(-1);
    (doc.layers.nounPhrases ?? []).forEach((np, i) => {
      for (let k = np.tokenStart; k < np.tokenEnd; k++) this.npAt[k] = i;
    });
    this.personToken = new Set();
    for (const name of doc.layers.names ?? []) if (name.type === 'person' && name.actor !== null) for (let t = name.tokenStart; t < name.tokenEnd; t++) this.personToken.add(t);
    this.stepOverToken = new Array<number>(tokens.length).fill(0);
    let k = 0;
    for (const time of doc.layers.times ?? []) {
      while (k < tokens.length && tokens.end[k]! <= time.start) k++;
      let first = k;
      if (first > 0 && tokens.pos[first - 1] === POS.ADP) first--;
      for (let j = first; j < tokens.length && tokens.start[j]! < time.end; j++) this.stepOverToken[j] = 1;
      // (Its own preposition, which no pattern word may be: see `find`.)
      if (first < k && TIME_PREPOSITIONS.has(tokens.lower[first]!)) this.stepOverToken[first] = TIME_PREPOSITION;
    }
    // ", including tank units,": an aside set off by commas, which patterns step over too.
    for (let j = 1; j < tokens.length; j++) {
      if (tokens.lower[j] !== 'including' || tokens.lower[j - 1] !== ',') continue;
      let close = j + 1;
      while (close < tokens.length && close - j <= 8 && tokens.lower[close] !== ',' && tokens.pos[close] !== POS.VERB && tokens.pos[close] !== POS.PUNCT) close++;
      if (tokens.lower[close] !== ',') continue;
      for (let t = j - 1; t <= close; t++) this.stepOverToken[t] = 1;
    }
    // "held what they called a final round of talks": the naming before a phrase, which patterns
    // step over to the phrase named.
    for (let j = 0; j + 2 < tokens.length; j++) {
      const namer = tokens.lower[j] === 'what' ? this.npAt[j + 1]! : -1;
      if (namer < 0 || doc.layers.nounPhrases![namer]!.tokenStart !== j + 1) continue;
      const e = doc.layers.nounPhrases![namer]!.tokenEnd;
      if (!NAMING_WORDS.has(tokens.lower[e] ?? '')) continue;
      const last = tokens.lower[e] === 'described' ? (tokens.lower[e + 1] === 'as' ? e + 1 : -1) : e;
      for (let t = j; t <= last; t++) this.stepOverToken[t] = 1;
    }
    // Every verb tries many patterns from the same token, so what each token is to a pattern's
    // word search is worked out once per document (on first need), not once per pattern and option.
    this.step = new Array<number>(tokens.length).fill(STEP_UNKNOWN);
    this.window = new Array<number>(tokens.length).fill(-1);
  }

  private skippable(k: number): boolean {
    const tokens = this.doc.layers.tokens!;
    // (Not a subordinator the tagger reads as an adverb: "ready to step down once a new government had been approved".)
    if (tokens.lower[k] === 'once' && this.npAt[k + 1]! >= 0) return false;
    if (this.stepOverToken[k] || SKIPPABLE.has(tokens.pos[k]!) || tokens.flags[k]! & TokenFlag.Possessive || POSSESSIVE_DETERMINERS.has(tokens.lower[k]!)) return true;
    // A hyphen between modifiers: "a first-ever summit".
    if (tokens.lower[k] === '-' && k > 0 && SKIPPABLE.has(tokens.pos[k - 1]!) && SKIPPABLE.has(tokens.pos[k + 1]!)) return true;
    // Quote marks around a pattern's words: 'called Bush "the devil"'.
    if (tokens.lower[k] === '"' || tokens.lower[k] === '“' || tokens.lower[k] === '”') return true;
    // "more than a dozen missiles", "at least 50,000 troops", "up to five submarines", "a stern and personal warning".
    if (tokens.lower[k] === 'than' && k > 0 && /^(more|less|fewer)$/.test(tokens.lower[k - 1]!)) return true;
    if ((tokens.lower[k] === 'at' && tokens.lower[k + 1] === 'least') || (tokens.lower[k] === 'least' && tokens.lower[k - 1] === 'at')) return true;
    // ("up to $5 billion": a currency sign may stand before the number.)
    const number = (j: number): boolean => tokens.pos[j] === POS.NUM || (tokens.pos[j] === POS.SYM && tokens.pos[j + 1] === POS.NUM);
    if (tokens.lower[k] === 'up' && tokens.lower[k + 1] === 'to' && number(k + 2)) return true;
    // "moved around 1,000 soldiers", "some 500 troops".
    if (APPROXIMATELY.has(tokens.lower[k]!) && tokens.pos[k + 1] === POS.NUM) return true;
    if (tokens.lower[k] === 'to' && tokens.lower[k - 1] === 'up' && number(k + 1)) return true;
    // "moved as many as 20,000 troops": the last "as" of "as many as" before a number.
    if (tokens.lower[k] === 'as' && (tokens.lower[k - 1] === 'many' || tokens.lower[k - 1] === 'much') && tokens.lower[k - 2] === 'as' && number(k + 1)) return true;
    if ((tokens.lower[k] === 'and' || tokens.lower[k] === ',') && tokens.pos[k - 1] === POS.ADJ && tokens.pos[k + 1] === POS.ADJ) return true;
    // "an air and arms embargo", "naval and air exercises": a modifier joined to the next noun's compound.
    if ((tokens.lower[k] === 'and' || tokens.lower[k] === 'or') && (tokens.pos[k - 1] === POS.NOUN || tokens.pos[k - 1] === POS.ADJ) && tokens.pos[k + 1] === POS.NOUN && tokens.pos[k + 2] === POS.NOUN) {
      const next = this.npAt[k + 1]!;
      if (next >= 0 && this.doc.layers.nounPhrases![next]!.head > k + 1) return true;
    }
    // "suspended Moscow's participation": a possessor is stepped over with its "'s".
    if (k + 1 < tokens.length && tokens.flags[k + 1]! & TokenFlag.Possessive && tokens.pos[k + 1] !== POS.NOUN && tokens.pos[k + 1] !== POS.PROPN) return true;
    // "froze Yugoslav and Serbian state assets": a name that shares the next conjunct's noun, and its "and".
    if (this.sharesNoun(k) || this.sharesNoun(k - 1)) return true;
    const np = this.npAt[k]!;
    return np >= 0 && this.doc.layers.nounPhrases![np]!.head !== k;
  }

  /**
   * Whether token k is a one-word nationality ("Yugoslav") joined by "and" or "or" to a phrase whose
   * noun it shares. (Not a country's name, which is a phrase of its own: "accused Iran and Syrian officials".)
   */
  private sharesNoun(k: number): boolean {
    const { lower, pos, flags } = this.doc.layers.tokens!;
    const nounPhrases = this.doc.layers.nounPhrases!;
    const a = k >= 0 ? this.npAt[k]! : -1;
    const b = this.npAt[k + 2] ?? -1;
    if (a < 0 || b < 0 || (lower[k + 1] !== 'and' && lower[k + 1] !== 'or') || !(flags[k]! & TokenFlag.Capitalized)) return false;
    const first = nounPhrases[a]!;
    const second = nounPhrases[b]!;
    // ("expelled the U.S. and British ambassadors": after "the", a country's name may be such a modifier too.)
    const the = first.tokenStart === k - 1 && pos[k - 1] === POS.DET;
    if (!((first.tokenStart === k || the) && first.tokenEnd === k + 1 && first.conjuncts.includes(b) && second.tokenStart === k + 2 && second.head > k + 2 && pos[second.head] === POS.NOUN)) return false;
    // (Rare enough to look the name up: the test above passes for few tokens.)
    return (this.doc.layers.names ?? []).some((n) => n.tokenStart === k && n.tokenEnd === k + 1 && (n.type === 'group' || (the && n.type === 'place')));
  }

  /** The head of a noun phrase that names no one: a common noun. */
  private commonHead(k: number): boolean {
    const np = this.npAt[k]!;
    return np >= 0 && this.doc.layers.tokens!.pos[k] === POS.NOUN && this.doc.layers.nounPhrases![np]!.head === k;
  }

  private stepAt(k: number): number {
    let step = this.step[k]!;
    if (step === STEP_UNKNOWN) this.step[k] = step = this.skippable(k) ? STEP_OVER : this.commonHead(k) ? STEP_HEAD : STEP_STOP;
    return step;
  }

  /** A quantity's head: "dozens" in "dozens of cruise missiles", stepped over with its "of". */
  private quantityAt(k: number): boolean {
    const { lower, pos } = this.doc.layers.tokens!;
    // "$9.5 billion in assets": a sum and its "in".
    // (And a rise and its "in": "an $8 billion increase in its loan package".)
    // (A rise of a sum: "an $8 billion increase in", not "a rise in tensions".)
    const of = lower[k + 1] === 'of' || (lower[k + 1] === 'in' && (pos[k] === POS.NUM || SUMS.has(lower[k]!) || (RISES.has(lower[k]!) && (pos[k - 1] === POS.NUM || SUMS.has(lower[k - 1]!)))));
    if (!of) return false;
    // ("a week of naval and air drills": modifiers the chunker left out of the phrase, an adverb
    // among them: "two days of nationwide military exercises".)
    let j = k + 2;
    while (j < k + 6 && (pos[j] === POS.ADJ || pos[j] === POS.ADV || ((lower[j] === 'and' || lower[j] === 'or') && pos[j - 1] === POS.ADJ))) j++;
    return this.npAt[j]! >= 0;
  }

  /**
   * The last token a pattern's words may start at when searched for from token p (whatever the
   * limit): up to MAX_SKIP tokens on, over skippable tokens and at most one common noun (a
   * quantity's head and its "of" do not count), and the token that stops the search is still
   * tried. Cached per token.
   */
  private lastStart(p: number): number {
    let last = this.window[p]!;
    if (last >= 0) return last;
    const n = this.step.length;
    let heads = 0;
    // Hyphens and the words they join count as one: "Virginia-class nuclear-powered submarines";
    // a quantity and its "of" count as nothing: "the first batch of Challenger 2 main battle tanks".
    let joined = 0;
    const lower = this.doc.layers.tokens!.lower;
    for (last = p; last < n - 1 && last - p - joined < MAX_SKIP; last++) {
      if (lower[last] === '-') joined += 2;
      const step = this.stepAt(last);
      // "some of the U.N. peacekeepers".
      if (step === STEP_OVER) {
        if (this.quantityAt(last)) last++;
        continue;
      }
      // "a sweeping trade and financial embargo": a noun joined to a modifier of the next noun.
      // So is a list of them: "imposed trade, oil and air sanctions on Belgrade".
      const listed = lower[last] === ',' && this.doc.layers.tokens!.pos[last + 1] === POS.NOUN && (lower[last + 2] === 'and' || lower[last + 2] === 'or' || lower[last + 2] === ',');
      if (heads === 1 && (((lower[last] === 'and' || lower[last] === 'or') && (this.doc.layers.tokens!.pos[last + 1] === POS.ADJ || (this.doc.layers.tokens!.pos[last + 1] === POS.NOUN && this.doc.layers.tokens!.pos[last + 2] === POS.NOUN))) || listed)) {
        heads = 0;
        // (A list's separators and members count as one modifier: "all air, rail, road, sea and postal links".)
        if (listed) joined += 2;
        continue;
      }
      // "put its missile batteries and destroyers on alert": a list's later members count with its first.
      if (heads === 1 && (lower[last] === 'and' || lower[last] === 'or') && this.npAt[last - 1]! >= 0 && this.npAt[last + 1]! >= 0) {
        const nounPhrases = this.doc.layers.nounPhrases!;
        const next = this.npAt[last + 1]!;
        if (nounPhrases[next]!.tokenStart === last + 1 && nounPhrases[this.npAt[last - 1]!]!.conjuncts.includes(next)) {
          joined += nounPhrases[next]!.tokenEnd - last;
          last = nounPhrases[next]!.tokenEnd - 1;
          continue;
        }
      }
      // "naval and air exercises": an adjective that heads a phrase of its own, joined to the next.
      if (heads === 0 && step === STEP_STOP && this.doc.layers.tokens!.pos[last] === POS.ADJ && (lower[last + 1] === 'and' || lower[last + 1] === 'or')) {
        last++;
        continue;
      }
      if (heads > 0 || step !== STEP_HEAD) break;
      if (this.quantityAt(last)) {
        last++;
        joined += 2;
      } else heads++;
    }
    this.window[p] = last;
    return last;
  }

  /** The search from p to q stepped over a noun that is not a quantity's head. */
  private steppedOver(p: number, q: number): boolean {
    for (let k = p; k < q; k++) if (this.stepAt(k) === STEP_HEAD && !this.quantityAt(k)) return true;
    return false;
  }

  /** The words of `option` stand at q, q + 1 …, all before `limit`. */
  private wordsAt(option: readonly string[], q: number, limit: number): boolean {
    if (q + option.length > limit) return false;
    const { lower, lemma, flags } = this.doc.layers.tokens!;
    for (let i = 0; i < option.length; i++) {
      const w = option[i]!;
      if (!wordFits(w, lower[q + i]!, lemma[q + i]!) || this.personToken.has(q + i)) return false;
    }
    // (A month is no march: "held elections in March".)
    if (option.length === 1 && MONTH_WORDS.has(lower[q]!) && flags[q]! & TokenFlag.Capitalized && !(flags[q]! & TokenFlag.SentenceStart)) return false;
    return !this.inCompoundModifier(q, q + option.length);
  }

  /**
   * Whether tokens [q, end) are the second half of a hyphened modifier of the next noun: "fire" in
   * "live-fire exercises" is no firing.
   */
  private inCompoundModifier(q: number, end: number): boolean {
    const { lower, pos, start } = this.doc.layers.tokens!;
    const tokenEnd = this.doc.layers.tokens!.end;
    if (q < 2 || lower[q - 1] !== '-' || start[q] !== tokenEnd[q - 1] || start[q - 1] !== tokenEnd[q - 2]) return false;
    const next = pos[end];
    return end < pos.length && (next === POS.NOUN || next === POS.ADJ || next === POS.PROPN);
  }

  /**
   * The patterns of a list that can match from token p (see `match`), in list order: a pattern
   * whose first element is words is left out when none of its options' first words stands where
   * the search from p can reach. The rest still have to be matched.
   */
  candidates(patterns: readonly VerbPattern[], p: number, limit: number): readonly VerbPattern[] {
    let index = patternIndexes.get(patterns);
    if (!index) patternIndexes.set(patterns, (index = indexPatterns(patterns)));
    if (index.always.length === patterns.length) return patterns;
    const { lower, lemma } = this.doc.layers.tokens!;
    const picked = [...index.always];
    const last = Math.min(this.lastStart(p), limit - 1);
    for (let q = p; q <= last; q++) {
      const byLower = index.byWord.get(lower[q]!);
      if (byLower) picked.push(...byLower);
      const byLemma = lemma[q] !== lower[q] ? index.byWord.get(lemma[q]!) : undefined;
      if (byLemma) picked.push(...byLemma);
    }
    picked.sort((a, b) => a - b);
    const out: VerbPattern[] = [];
    for (let k = 0; k < picked.length; k++) if (k === 0 || picked[k] !== picked[k - 1]) out.push(patterns[picked[k]!]!);
    return out;
  }

  /** A quantifier's word outside any phrase: "than" of "more than", "at least". */
  private quantifierWord(j: number): boolean {
    const { lower } = this.doc.layers.tokens!;
    // (And a rough number's word: "to about a million people".)
    const { pos } = this.doc.layers.tokens!;
    return this.npAt[j]! < 0 && ((lower[j] === 'than' && /^(more|less|fewer)$/.test(lower[j - 1]!)) || (lower[j] === 'at' && lower[j + 1] === 'least') || (lower[j] === 'least' && lower[j - 1] === 'at') || (ROUGH_NUMBER_WORDS.has(lower[j]!) && (pos[j + 1] === POS.NUM || pos[j + 1] === POS.DET)));
  }

  /** The token after an apposition set off by commas at `comma` (its phrase starting at `from`), or -1. */
  private pastApposition(comma: number, from: number, limit: number): number {
    const { lower } = this.doc.layers.tokens!;
    if (lower[comma] !== ',') return -1;
    // (Or a relative clause set off by commas: "found Paul Rusesabagina, whose story inspired a film, guilty".)
    const relative = (at: number): number => {
      for (let k = at + 1; k < limit - 1 && k < at + 20; k++) if (lower[k] === ',') return k + 1;
      return -1;
    };
    if (RELATIVE_WORDS.has(lower[from]!)) return relative(from);
    const apposition = this.phraseAt(from, limit);
    if (apposition === null) return -1;
    // (Or an apposition with a relative clause of its own: "found Paul Rusesabagina, the hotel manager whose story inspired a film, guilty".)
    if (RELATIVE_WORDS.has(lower[apposition.end]!)) return relative(apposition.end);
    return lower[apposition.end] === ',' && apposition.end + 1 < limit ? apposition.end + 1 : -1;
  }

  /** The noun phrase starting at k (after adverbs), with its conjuncts; null if none starts there. */
  private phraseAt(k: number, limit: number, ofPhrases = true): { phrase: number; end: number } | null {
    const tokens = this.doc.layers.tokens!;
    // (Over adverbs, and modifiers the chunker left out: "in western and central Russia".)
    // (And a number's quantifier: "took more than 1,000 people hostage", "at least 50 people".)
    // (And a part's word with its "of": "out of most of Hebron".)
    for (;;) {
      if (k + 1 < limit && this.npAt[k]! < 0 && PART_WORDS.has(tokens.lower[k]!) && tokens.lower[k + 1] === 'of') k += 2;
      else if (k < limit && (tokens.pos[k] === POS.ADV || this.quantifierWord(k) || (this.npAt[k]! < 0 && (tokens.pos[k] === POS.ADJ || (tokens.lower[k] === 'and' && tokens.pos[k - 1] === POS.ADJ))))) k++;
      else break;
    }
    let np = k < limit ? this.npAt[k]! : -1;
    if (np < 0) return null;
    // A possessor goes with the person it names: "welcomed Ukraine's Viktor Yushchenko to".
    const owned = this.doc.layers.nounPhrases![np + 1];
    if (owned !== undefined && owned.possessor === np && tokens.pos[owned.head] === POS.PROPN && this.doc.layers.nounPhrases![np]!.tokenStart === k && owned.tokenEnd <= limit) np++;
    const phrase = this.doc.layers.nounPhrases![np]!;
    // The rest of a phrase whose first words the pattern took: "shot dead + " in "shot dead two policemen".
    if (phrase.tokenStart !== k && !(phrase.tokenStart < k && k <= phrase.head) && phrase.possessor !== this.npAt[k]) return null;
    let end = phrase.tokenEnd;
    for (const c of phrase.conjuncts) end = Math.max(end, this.doc.layers.nounPhrases![c]!.tokenEnd);
    // (A possessor's list goes on from what it owns: "brought Mali's government and the rebels back".)
    const ownedList = this.doc.layers.nounPhrases![np + 1];
    if (ownedList !== undefined && ownedList.possessor === np && ownedList.conjuncts.length > 0) {
      for (const c of ownedList.conjuncts) if (c > np && this.doc.layers.nounPhrases![c]!.tokenEnd <= limit) end = Math.max(end, this.doc.layers.nounPhrases![c]!.tokenEnd);
    }
    // Its "of" phrases belong to it: "called on the president of Kenya to resign".
    // (With their lists: "welcomed the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan to Xian".)
    while (ofPhrases && end < limit - 1 && tokens.lower[end] === 'of' && this.npAt[end + 1]! >= 0) {
      const of = this.doc.layers.nounPhrases![this.npAt[end + 1]!]!;
      end = of.tokenEnd;
      for (const c of of.conjuncts) if (this.doc.layers.nounPhrases![c]!.tokenEnd <= limit) end = Math.max(end, this.doc.layers.nounPhrases![c]!.tokenEnd);
    }
    // So does a participle that only says who it is: "handed a former Rwandan army officer accused of
    // genocide to the U.N. tribunal".
    const described = ofPhrases ? this.describedEnd(end) : end;
    if (described < limit) end = described;
    return { phrase: np, end };
  }

  /**
   * The token after a participle at `end` that only says who a phrase's person is ("accused of
   * genocide", "known as Carlos the Jackal"), with its phrase's "of" phrases and the phrases right
   * after it; `end` when none stands there.
   */
  describedEnd(end: number): number {
    const tokens = this.doc.layers.tokens!;
    const nounPhrases = this.doc.layers.nounPhrases!;
    if (!DESCRIBING_PARTICIPLES.has(tokens.lower[end]!) || !DESCRIBING_LINKS.has(tokens.lower[end + 1]!) || !(this.npAt[end + 2]! >= 0)) return end;
    let last = nounPhrases[this.npAt[end + 2]!]!.tokenEnd;
    for (;;) {
      if (tokens.lower[last] === 'of' && this.npAt[last + 1]! >= 0) last = nounPhrases[this.npAt[last + 1]!]!.tokenEnd;
      else if (this.npAt[last]! >= 0 && nounPhrases[this.npAt[last]!]!.tokenStart === last) last = nounPhrases[this.npAt[last]!]!.tokenEnd;
      else return last;
    }
  }

  /**
   * Matches the elements a pattern puts before its verb (TABARI's "SAID * TO ATTEND", "+ * IN_ $"),
   * backwards from token `end`, not before `first`. Words may stand apart, as in TABARI, within a
   * window; an actor element takes the noun phrase (or list) ending nearest before.
   */
  matchBefore(elements: readonly PatternElement[], end: number, first: number): PatternMatch | null {
    const tokens = this.doc.layers.tokens!;
    const nounPhrases = this.doc.layers.nounPhrases!;
    let p = end;
    let target: number | null = null;
    let source: number | null = null;
    for (let e = elements.length - 1; e >= 0; e--) {
      const el = elements[e]!;
      if (el.kind !== 'words') {
        let k = p - 1;
        while (k >= first && this.npAt[k]! < 0) k--;
        if (k < first) return null;
        let np = this.npAt[k]!;
        const phrase = nounPhrases[np]!;
        if (phrase.conjuncts.length > 0) np = Math.min(np, ...phrase.conjuncts);
        if (el.kind === 'target') target = np;
        else if (el.kind === 'source') source = np;
        p = nounPhrases[np]!.tokenStart;
        continue;
      }
      let matched = -1;
      for (const option of el.options) {
        for (let q = p - option.length; q >= first && q >= p - option.length - BEFORE_WINDOW && matched < 0; q--) {
          if (this.wordsAt(option, q, Infinity)) matched = q;
        }
        if (matched >= 0) break;
      }
      if (matched < 0 || tokens.lower[matched] === ';') return null;
      p = matched;
    }
    return { target, source, end: p };
  }

  /**
   * The end of the first of `options` found from p within the search window (see `lastStart`), or -1.
   * One common noun may be stepped over whole: "fired rockets at X" matches "at +"; so may a
   * quantity and its "of": "fired dozens of cruise missiles at X".
   */
  private find(options: readonly (readonly string[])[], p: number, limit: number): number {
    const last = Math.min(this.lastStart(p), limit - 1);
    // The leftmost option, and at one place the longest (options come longest first), that ends a
    // phrase's head: "gas supplies to" is "gas_supplies", "emergency food aid for" is "food_aid", not
    // "emergency_food". Else the leftmost that ends a modifier, or a measure before its "of" ("a
    // battalion of troops to" is "troops").
    let fallback = -1;
    let fallbackEnd = -1;
    for (let q = p; q <= last; q++) {
      // (Not inside a time or an aside it steps over: "agreed on Wednesday to a ceasefire" is no "on ceasefire".)
      if (this.stepOverToken[q] === TIME_PREPOSITION && q < last) continue;
      for (const option of options) {
        if (!this.wordsAt(option, q, limit)) continue;
        const end = q + option.length;
        if ((this.npAt[end - 1]! < 0 || this.headAt(end - 1)) && this.doc.layers.tokens!.lower[end] !== 'of') {
          this.foundAt = q;
          return end;
        }
        if (fallback < 0) [fallback, fallbackEnd] = [q, end];
      }
    }
    if (fallback >= 0) this.foundAt = fallback;
    return fallbackEnd;
  }

  /** The phrase right after phrase np that np owns as its possessor ("launch" of "North Korea's launch"), if any. */
  private ownedBy(np: number): NounPhrase | undefined {
    const next = this.doc.layers.nounPhrases![np + 1];
    return next !== undefined && next.possessor === np ? next : undefined;
  }

  /**
   * A name set off by commas opens at token k (a comma): "Romania's ambassador, Filip Teodorescu,";
   * not a list or a clause ("Russia's energy, banking and defence sectors").
   */
  private apposedName(k: number): boolean {
    const tokens = this.doc.layers.tokens!;
    const apposed = tokens.lower[k] === ',' ? this.npAt[k + 1]! : -1;
    return apposed >= 0 && tokens.pos[this.doc.layers.nounPhrases![apposed]!.head] === POS.PROPN && tokens.lower[this.doc.layers.nounPhrases![apposed]!.tokenEnd] === ',';
  }

  /** Token k is the head of its noun phrase. */
  private headAt(k: number): boolean {
    const np = this.npAt[k]!;
    return np >= 0 && this.doc.layers.nounPhrases![np]!.head === k;
  }

  /** Matches pattern elements from token `start`, not past `limit`. */
  match(elements: readonly PatternElement[], start: number, limit: number): PatternMatch | null {
    let p = start;
    let target: number | null = null;
    let source: number | null = null;
    let stepped = false;
    for (let e = 0; e < elements.length; e++) {
      const el = elements[e]!;
      if (el.kind !== 'words') {
        // An actor after a skipped one may follow a preposition: "IFTAR IN ^ +" codes "Iftar in
        // Osgiliath with the leaders of Gondor" on Gondor, the next actor.
        const afterSkip = e > 0 && elements[e - 1]!.kind === 'skip' && this.doc.layers.tokens!.pos[p] === POS.ADP;
        // (A skipped actor is one name: "AT ^ +" steps over "the Gondor" of "at the Gondor of the Prince".)
        // (Its "of" phrases are its own, unless the pattern's next words start with "of": "stripped
        // + of citizenship" in "stripped opposition leaders of their citizenship".)
        const next = elements[e + 1];
        const ofNext = next !== undefined && next.kind === 'words' && next.options.every((o) => o[0] === 'of');
        const found = this.phraseAt(p, limit, el.kind !== 'skip' && !ofNext) ?? (afterSkip ? this.phraseAt(p + 1, limit) : null);
        if (!found) return null;
        // (A time is no one acted on: "launched an operation on Monday" is no operation "on +".)
        if (el.kind === 'target' && TIME_NOUNS.has(this.doc.layers.tokens!.lower[this.doc.layers.nounPhrases![found.phrase]!.head]!)) return null;
        if (el.kind === 'target') target = found.phrase;
        else if (el.kind === 'source') source = found.phrase;
        p = found.end;
        const owned = this.ownedBy(found.phrase);
        // (A possessor whose phrase goes on into an apposition is that phrase: "declared Romania's
        // ambassador, Filip Teodorescu, persona non grata".)
        if (el.kind === 'target' && owned !== undefined && owned.tokenStart <= p + 1 && owned.tokenEnd < limit && this.apposedName(owned.tokenEnd)) {
          target = found.phrase + 1;
          p = owned.tokenEnd;
        }
        // (A skipped possessor takes what it owns with it: "data on ^ with +" steps over "North Korea's latest missile launch".)
        if (el.kind === 'skip' && owned !== undefined && owned.tokenEnd <= limit && owned.tokenStart >= p - 1) p = Math.max(p, owned.tokenEnd);
        continue;
      }
      let matched = this.find(el.options, p, limit);
      // "found Jose Ruben Zamora, founder of the newspaper El Periodico, guilty": after the target, its apposition.
      if (matched < 0 && e > 0 && elements[e - 1]!.kind === 'target') {
        const past = this.pastApposition(p, p + 1, limit);
        if (past >= 0) {
          matched = this.find(el.options, past, limit);
          if (matched >= 0) p = past;
        }
        // (Or its place: "gave the warring sides in Chechnya 48 hours to"; or a part of others joined
        // to it: "took Prime Minister Mahendra Chaudhry and much of his cabinet hostage".)
        const tokens = this.doc.layers.tokens!;
        // (The joined phrase must end right where the words stand, so the step stays in its clause.)
        const joined = tokens.lower[p] === 'and';
        const place = matched < 0 && (TARGET_PLACE_PREPOSITIONS.has(tokens.lower[p]!) || joined) ? this.phraseAt(p + 1, limit) : null;
        if (place !== null) {
          matched = this.find(el.options, place.end, limit);
          if (matched >= 0 && joined && this.foundAt !== place.end) matched = -1;
          if (matched >= 0) p = place.end;
          // (And the apposition after the place: "ordered the head of the OSCE mission in Kosovo,
          // William Walker, to leave".)
          const pastPlace = matched < 0 && !joined ? this.pastApposition(place.end, place.end + 1, limit) : -1;
          if (pastPlace >= 0) {
            matched = this.find(el.options, pastPlace, limit);
            if (matched >= 0) p = pastPlace;
          }
        }
      }
      // "handed over four suspects in the Kampala bombings to": after words that took a phrase's
      // head, up to two prepositional phrases of that phrase may stand before the next words.
      // So may an "of" phrase: "led a regional force of police and troops into".
      for (let hops = 0; matched < 0 && hops < 2 && e > 0 && elements[e - 1]!.kind === 'words' && this.headAt(p - 1); hops++) {
        const tokens = this.doc.layers.tokens!;
        // (The whole phrase, with its own "of" phrases: "in the Strait of Hormuz".)
        // So may a name in apposition: "ordered the French ambassador, Joel Meyer, to leave".
        // (Or one that names some of them: "suspects, among them a former prime minister, to the tribunal".)
        const from = tokens.lower[p + 1] === 'among' && tokens.lower[p + 2] === 'them' ? p + 3 : tokens.lower[p + 1] === 'including' ? p + 2 : p + 1;
        const past = this.pastApposition(p, from, limit);
        if (past >= 0) {
          p = past;
          matched = this.find(el.options, p, limit);
          continue;
        }
        const phrase = tokens.pos[p] === POS.ADP ? this.phraseAt(p + 1, limit) : null;
        if (phrase === null) break;
        p = phrase.end;
        matched = this.find(el.options, p, limit);
      }
      if (matched < 0) return null;
      stepped ||= this.steppedOver(p, this.foundAt);
      p = matched;
      // (A modifier the words also name stands for its phrase's head: "army units" is "units".)
      const within = this.npAt[p - 1]!;
      if (within >= 0) {
        const head = this.doc.layers.nounPhrases![within]!.head;
        if (head >= p && head < limit && el.options.some((o) => this.wordsAt(o, head, limit))) p = head + 1;
      }
      // "airlifted rice and high-energy biscuits to": the words took a phrase's head, and the rest
      // of its list goes with it before the next element.
      const np = e + 1 < elements.length ? this.npAt[p - 1]! : -1;
      if (np >= 0) {
        const phrase = this.doc.layers.nounPhrases![np]!;
        if (phrase.head === p - 1 && phrase.conjuncts.length > 0) {
          for (const c of phrase.conjuncts) p = Math.min(limit, Math.max(p, this.doc.layers.nounPhrases![c]!.tokenEnd));
        }
        // "ordered Italy's ambassador Antonio Bandini to leave": the words took a title, and the
        // name it goes with follows before the next element.
        // (A title the tagger capitalised as a name too: "ordered U.S. Ambassador Philip Goldberg out".)
        else if (phrase.head > p - 1 && phrase.tokenEnd <= limit && (this.doc.layers.tokens!.pos[p - 1] === POS.NOUN || this.doc.layers.tokens!.pos[p - 1] === POS.PROPN) && this.doc.layers.tokens!.pos[phrase.head] === POS.PROPN) {
          let name = true;
          for (let k = p; k < phrase.tokenEnd && name; k++) name = this.doc.layers.tokens!.pos[k] === POS.PROPN || this.doc.layers.tokens!.lower[k] === '-';
          if (name) p = phrase.tokenEnd;
        }
      }
    }
    return { target, source, end: p, stepped };
  }
}
