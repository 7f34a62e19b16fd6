import { createRequire } from 'node:module';
import type winkNLP from 'wink-nlp';
import { DAY_WORDS, DECREE_NOUNS, GLOOMY_WORDS, HOPEFUL_WORDS, ROUGH_NUMBER_WORDS } from './lexicon.js';
import { POS, POS_TAGS, TokenFlag, type Sentence, type TokenTable } from './types.js';
import { hintedAutomata, type HintedModel } from './wink-hints.js';

type Wink = ReturnType<typeof winkNLP>;

/**
 * A wink-nlp instance with the pipes the language layer uses. The model (about 50 MB in memory) is
 * loaded here, on first use, not when the library is imported: ingest alone never needs it.
 */
export function createWink(): Wink {
  const require = createRequire(import.meta.url);
  const nlp = require('wink-nlp') as typeof winkNLP;
  const model = require('wink-eng-lite-web-model') as WinkModel;
  // The model's addons, with one hook: `doc.out(its.readabilityStats)` hands wink's own token store
  // to `tokenize` while it asks for it, so the tokens are read in one pass rather than through
  // several `.out()` calls (see `readRaw`). Otherwise the hook is the model's own.
  const raw: RawAccess = { addons: null as unknown as WinkAddons, captured: null, capturing: false, lexemeAt: new Int32Array(1 << 18), lexemes: [] };
  const addons: WinkAddons = Object.assign(Object.create(null) as WinkAddons, model.addons, {
    readabilityStats(rdd: RawDoc, its: unknown): unknown {
      if (raw.capturing) {
        raw.captured = rdd;
        return null;
      }
      return model.addons.readabilityStats(rdd, its);
    },
  });
  raw.addons = addons;
  const wink = nlp(Object.assign(Object.create(null), model, hintedAutomata(model), { addons }) as never, ['sbd', 'pos']);
  RAW.set(wink, raw);
  // wink-nlp learns each word it does not know as a whole lexeme and from then on keeps any raw
  // token equal to one whole: once "Russia's." has taught it "russia's", a later "Russia's" is no
  // longer split into "Russia" and "'s" (nor "didn't," → "didn't" into "did" and "n't"). A document
  // would then tokenize differently after another. Its tokenizer is made to see only the model's
  // own lexicon, so each document tokenizes as it would first.
  raw.capturing = true;
  try {
    wink.readDoc('.').out(wink.its.readabilityStats);
  } finally {
    raw.capturing = false;
  }
  const cache = (raw.captured as RawDoc | null)?.cache;
  raw.captured = null;
  if (cache) {
    const { lookup, add } = cache;
    const intrinsic = cache.intrinsicSize();
    // (Not while a word is being added: the model's features look the new word up then.)
    let adding = 0;
    cache.add = (text: string, category: number): number => {
      adding++;
      try {
        return add(text, category);
      } finally {
        adding--;
      }
    };
    // (A learned word of plain letters is one token either way, and is kept: it is most of them.)
    cache.lookup = (text: string): number[] | null => {
      const found = lookup(text);
      return adding === 0 && found !== null && found.length === 1 && found[0]! >= intrinsic && !PLAIN_WORD.test(text) ? null : found;
    };
  }
  return wink;
}

// What `tokenize` reads of wink-nlp's internals (wink-nlp 2.x, src/wink-nlp.js and src/its.js):
// each token is 4 numbers in `rdd.tokens` — the lexeme's index in the cache, the preceding
// spaces (with a contraction's flag above 16 bits), POS and lemma bits, negation.
interface RawDoc {
  readonly tokens: number[];
  readonly numOfTokens: number;
  readonly sentences: readonly (readonly number[])[];
  readonly nonBreakingSpaces: Record<number, string>;
  readonly cache: { value(index: number): string; valueOf(feature: 'pos', index: number): string; lookup(text: string): number[] | null; add(text: string, category: number): number; intrinsicSize(): number };
}
interface WinkAddons {
  readabilityStats(rdd: RawDoc, its: unknown): unknown;
}
interface WinkModel extends HintedModel {
  readonly addons: WinkAddons;
}
interface RawAccess {
  addons: WinkAddons;
  captured: RawDoc | null;
  capturing: boolean;
  /**
   * Each lexeme's entry by its index in this instance's cache (+1 into `lexemes`; 0: not yet).
   * Per instance: words the model does not know get their indexes in the order each instance meets them.
   */
  lexemeAt: Int32Array;
  readonly lexemes: Lexeme[];
}
const RAW = new WeakMap<Wink, RawAccess>();
const PLAIN_WORD = /^(?:[A-Za-z]+|\d[\d.,]*)$/;
const TK_SIZE = 4;
const PS_MASK = 0xffff;
const POS_MASK = 0x3f00000;
const BITS_FOR_LEMMA = 20;
/** POS code for wink's whitespace tokens, which are dropped. */
const SPACE = 255;

/** One document's tokens as wink-nlp gives them: values, preceding space counts, POS codes, lemmas. */
interface WinkTokens {
  readonly n: number;
  readonly values: string[];
  readonly spaces: Uint32Array;
  readonly tags: Uint8Array;
  /** Lower-case lemmas. */
  readonly lemmas: string[];
  /**
   * Each token's `surfaceOf` its value, lower case and flags, when read from wink's store (found by
   * lexeme, not by string); null otherwise.
   */
  readonly lowers: string[] | null;
  readonly surfaceFlags: Uint8Array | null;
  /** Sentences as [first, last] token indexes (inclusive). */
  readonly spans: readonly (readonly number[])[];
}

function tagCode(tag: string): number {
  return tag === 'SPACE' ? SPACE : POS_CODE.get(tag) ?? POS.X;
}

// Our POS code for each of wink's POS indexes.
const TAG_BY_INDEX: number[] = [];

/**
 * What a lexeme of wink's cache gives every token of it: its value, `surfaceOf` that, and its
 * lemmas by wink's POS index (lower-cased; wink's `its.lemma` is a function of lexeme and POS
 * outside contractions). A lexeme's index in wink's cache never changes. The surface and the
 * lemma of the first POS met (most words only ever have one) are fields of the entry itself, so
 * that most tokens are read from one object.
 */
interface Lexeme {
  readonly value: string;
  readonly lower: string;
  readonly flags: number;
  /** wink's POS index of `firstLemma`, -1 until a lemma is read. */
  firstPos: number;
  firstLemma: string;
  /** Lemmas for the other POS indexes. */
  readonly lemmas: (string | undefined)[];
}
// Entries kept per wink instance (`RawAccess`) before they are all dropped and made anew.
const LEXEMES_MAX = 100_000;

// Scratch for one document's wink tokens, reused from call to call (`tokenize` only reads them).
let scratchSpaces = new Uint32Array(1 << 12);
let scratchTags = new Uint8Array(1 << 12);
let scratchFlags = new Uint8Array(1 << 12);
const scratchValues: string[] = [];
const scratchLemmas: string[] = [];
const scratchLowers: string[] = [];
// wink's token index → ours, or -1 for a dropped token (see `tokenize`).
let scratchKeep = new Int32Array(1 << 12);

/** wink's tokens read straight from its store, when `wink` came from `createWink`; else null. */
function readRaw(wink: Wink, doc: ReturnType<Wink['readDoc']>): WinkTokens | null {
  const raw = RAW.get(wink);
  if (raw === undefined) return null;
  raw.capturing = true;
  raw.captured = null;
  try {
    doc.out(wink.its.readabilityStats);
  } finally {
    raw.capturing = false;
  }
  const rdd = raw.captured as RawDoc | null;
  raw.captured = null;
  if (rdd === null) return null;
  const its = wink.its as unknown as { lemma(index: number, rdd: RawDoc, addons: WinkAddons): string };
  const { tokens: tk, cache } = rdd;
  const n = rdd.numOfTokens;
  if (scratchSpaces.length < n) {
    scratchSpaces = new Uint32Array(n * 2);
    scratchTags = new Uint8Array(n * 2);
    scratchFlags = new Uint8Array(n * 2);
  }
  const values = scratchValues;
  const lemmas = scratchLemmas;
  const lowers = scratchLowers;
  const surfaceFlags = scratchFlags;
  const spaces = scratchSpaces;
  const tags = scratchTags;
  const { lexemes } = raw;
  let { lexemeAt } = raw;
  for (let i = 0; i < n; i++) {
    const at = i * TK_SIZE;
    const lexeme = tk[at]!;
    if (lexeme >= lexemeAt.length) {
      const grown = new Int32Array(Math.max(lexemeAt.length * 2, lexeme + 1));
      grown.set(lexemeAt);
      lexemeAt = raw.lexemeAt = grown;
    }
    const known = lexemeAt[lexeme]!;
    let entry: Lexeme;
    if (known > 0) entry = lexemes[known - 1]!;
    else {
      if (lexemes.length >= LEXEMES_MAX) {
        lexemes.length = 0;
        lexemeAt.fill(0);
      }
      const value = cache.value(lexeme);
      const { lower, flags } = surfaceOf(value);
      entry = { value, lower, flags, firstPos: -1, firstLemma: '', lemmas: [] };
      lexemes.push(entry);
      lexemeAt[lexeme] = lexemes.length;
    }
    values[i] = entry.value;
    lowers[i] = entry.lower;
    surfaceFlags[i] = entry.flags;
    const spaced = tk[at + 1]!;
    const count = spaced & PS_MASK;
    spaces[i] = count < 0xffff ? count : rdd.nonBreakingSpaces[i]!.length;
    const posIndex = (tk[at + 2]! & POS_MASK) >>> BITS_FOR_LEMMA;
    let tag = TAG_BY_INDEX[posIndex];
    if (tag === undefined) tag = TAG_BY_INDEX[posIndex] = tagCode(cache.valueOf('pos', posIndex));
    tags[i] = tag;
    if (spaced > 65535) {
      // A contraction's lemma is in the token itself.
      lemmas[i] = its.lemma(i, rdd, raw.addons).toLowerCase();
      continue;
    }
    if (entry.firstPos === posIndex) {
      lemmas[i] = entry.firstLemma;
      continue;
    }
    let lemma = entry.lemmas[posIndex];
    if (lemma === undefined) {
      lemma = its.lemma(i, rdd, raw.addons).toLowerCase();
      if (entry.firstPos < 0) {
        entry.firstPos = posIndex;
        entry.firstLemma = lemma;
      } else entry.lemmas[posIndex] = lemma;
    }
    lemmas[i] = lemma;
  }
  return { n, values, spaces, tags, lemmas, lowers, surfaceFlags, spans: rdd.sentences };
}

/** The same through wink-nlp's public API, for an instance made elsewhere. */
function readOut(wink: Wink, doc: ReturnType<Wink['readDoc']>): WinkTokens {
  const its = wink.its;
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const spaceStrings = all.out(its.precedingSpaces) as string[];
  const tagStrings = all.out(its.pos) as string[];
  const lemmaStrings = all.out(its.lemma as never) as unknown as string[];
  const n = values.length;
  const spaces = new Uint32Array(n);
  const tags = new Uint8Array(n);
  const lemmas: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    spaces[i] = spaceStrings[i]!.length;
    tags[i] = tagCode(tagStrings[i]!);
    lemmas[i] = lemmaStrings[i]!.toLowerCase();
  }
  return { n, values, spaces, tags, lemmas, lowers: null, surfaceFlags: null, spans: doc.sentences().out(its.span) as unknown as [number, number][] };
}

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'cannot']);
const OPEN_QUOTE = new Set(['“', '«', '„']);
const CLOSE_QUOTE = new Set(['”', '»']);

const POS_CODE = new Map<string, number>(POS_TAGS.map((t, i) => [t, i]));

/** What a token's form alone says: its lower-case matching form and its flags. */
interface Surface {
  readonly lower: string;
  readonly flags: number;
}

// Forms recur (wink-nlp hands out the same string for each occurrence of a word), so each form's
// lower case and flags are worked out once, not once per token. A memo of a pure function,
// emptied when it grows large, so it holds only memory.
const SURFACES = new Map<string, Surface>();
const SURFACES_MAX = 50_000;

function surfaceOf(value: string): Surface {
  let surface = SURFACES.get(value);
  if (surface !== undefined) return surface;
  let low = value.toLowerCase();
  // One apostrophe for matching: "Sana’a" and "Sana'a" are the same name.
  if (low.includes('’')) low = low.replace(/’/g, "'");
  let f = 0;
  if (NEGATORS.has(low)) f |= TokenFlag.Negation;
  const first = value.charCodeAt(0);
  if ((first >= 65 && first <= 90) || (first > 127 && /^\p{Lu}/u.test(value))) {
    f |= TokenFlag.Capitalized;
    if (value.toUpperCase() === value) f |= TokenFlag.AllCaps;
  }
  if (low === "'s" || low === "'") f |= TokenFlag.Possessive;
  if (SURFACES.size >= SURFACES_MAX) SURFACES.clear();
  surface = { lower: low, flags: f };
  SURFACES.set(value, surface);
  return surface;
}

/**
 * Tokens and sentences for a text, with character offsets, POS tags, lemmas and flags.
 * Paragraph breaks (`\n\n`) always end a sentence, so headlines without punctuation stand alone.
 */
export function tokenize(wink: Wink, text: string): { tokens: TokenTable; sentences: Sentence[] } {
  const doc = wink.readDoc(text);
  const { n, values, spaces, tags, lemmas, lowers, surfaceFlags, spans } = readRaw(wink, doc) ?? readOut(wink, doc);

  // wink-nlp's values and preceding spaces rebuild the text exactly; map them to offsets,
  // dropping whitespace tokens (line breaks).
  if (scratchKeep.length < n) scratchKeep = new Int32Array(n * 2);
  const keep = scratchKeep.fill(-1, 0, n);
  // The token table's typed arrays share one buffer: one allocation per document, not five.
  const buffer = new ArrayBuffer(n * 14);
  const start = new Uint32Array(buffer, 0, n);
  const end = new Uint32Array(buffer, n * 4, n);
  const pos = new Uint8Array(buffer, n * 12, n);
  const flags = new Uint8Array(buffer, n * 13, n);
  const lemma: string[] = [];
  const lower: string[] = [];
  let offset = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    offset += spaces[i]!;
    const value = values[i]!;
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      if (found >= 0) offset = found;
    }
    const tag = tags[i]!;
    // wink-nlp splits words at letters beyond Latin-1 ("Mladi|ć", "Erdo|ğ|an"): glue the pieces back.
    if (count > 0 && offset === end[count - 1] && tag !== SPACE && splitsWord(text, offset)) {
      const k = count - 1;
      end[k] = offset + value.length;
      const merged = text.slice(start[k], end[k]);
      const low = merged.toLowerCase();
      lower[k] = low;
      lemma[k] = low;
      if (pos[k] === POS.X) pos[k] = tag;
      if (flags[k]! & TokenFlag.AllCaps && merged.toUpperCase() !== merged) flags[k] = flags[k]! & ~TokenFlag.AllCaps;
      keep[i] = k;
      offset += value.length;
      continue;
    }
    // An underscore between words joins them as a space would (TABARI and PETRARCH texts write "Dol_Amroth").
    const joiner = value === '_' && count > 0 && offset === end[count - 1] && offset + 1 < text.length && text.charCodeAt(offset + 1) > 32;
    if (tag !== SPACE && !joiner) {
      keep[i] = count;
      start[count] = offset;
      end[count] = offset + value.length;
      pos[count] = tag;
      if (lowers !== null && surfaceFlags !== null) {
        lower.push(lowers[i]!);
        flags[count] = surfaceFlags[i]!;
      } else {
        const surface = surfaceOf(value);
        lower.push(surface.lower);
        flags[count] = surface.flags;
      }
      lemma.push(lemmas[i]!);
      count++;
    }
    offset += value.length;
  }

  const sentence = new Uint32Array(buffer, n * 8, count);
  const sentences: Sentence[] = [];
  for (const span of spans) {
    const first = span[0]!;
    const last = span[1]!;
    // Split again at paragraph breaks, which wink occasionally runs over.
    let tokenStart = -1;
    let prevEnd = -1;
    // The span's last kept token (`keep` never decreases): taken here rather than searched for
    // backwards afterwards, a loop whose step ran so seldom that V8 kept deoptimising `tokenize` at it.
    let lastKept = -1;
    for (let i = first; i <= last; i++) {
      const k = keep[i]!;
      if (k < 0) continue;
      if (tokenStart >= 0 && hasLineBreak(text, prevEnd, start[k]!)) {
        sentences.push(makeSentence(tokenStart, k, start, end));
        tokenStart = -1;
      }
      if (tokenStart < 0) tokenStart = k;
      prevEnd = end[k]!;
      lastKept = k;
    }
    if (tokenStart >= 0) sentences.push(makeSentence(tokenStart, lastKept + 1, start, end));
  }
  for (let s = 0; s < sentences.length; s++) {
    const { tokenStart, tokenEnd } = sentences[s]!;
    flags[tokenStart] = flags[tokenStart]! | TokenFlag.SentenceStart;
    sentence.fill(s, tokenStart, tokenEnd);
  }
  markQuotes(text, lower, start, flags, count);
  fixSubjunctives(pos, lower, lemma, flags, start, end, count);
  fixNounsAndParticiples(pos, lower, lemma, flags, start, end, count);
  // "Qatar mediated the talks": an -ed word read as an adjective between a name and a determiner is a verb.
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] === POS.ADJ && pos[i - 1] === POS.PROPN && pos[i + 1] === POS.DET && lower[i]!.endsWith('ed') && !(flags[i]! & TokenFlag.Capitalized)) pos[i] = POS.VERB;
    // "were rounded up by police": so is one after "be" before its particle and an agent (the coder
    // tries its base forms).
    // (Or right before the agent: "was beheaded by Abu Sayyaf militants".)
    // (And one after "have" before its particle: "have rounded up dozens of suspected militants".)
    else if (pos[i] === POS.ADJ && lower[i]!.endsWith('ed') && pos[i - 1] === POS.AUX && ((lemma[i - 1] === 'be' && ((PAST_PARTICLES.has(lower[i + 1]!) && lower[i + 2] === 'by') || lower[i + 1] === 'by')) || (lemma[i - 1] === 'have' && PAST_PARTICLES.has(lower[i + 1]!)))) {
      pos[i] = POS.VERB;
      lemma[i] = lower[i]!;
    }
  }
  // "Human Rights Watch called on …": a capitalised word inside a sentence that ends a name right
  // before a verb is part of the name, not a verb.
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] === POS.VERB && pos[i - 1] === POS.PROPN && (pos[i + 1] === POS.VERB || pos[i + 1] === POS.AUX) && flags[i]! & TokenFlag.Capitalized && !(flags[i]! & TokenFlag.SentenceStart)) pos[i] = POS.PROPN;
  }
  // "scrapped the Population Registration Act on Monday": so is one that ends a name after "the",
  // before a preposition or a stop.
  for (let i = 2; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || pos[i - 1] !== POS.PROPN || !(flags[i]! & TokenFlag.Capitalized) || flags[i]! & TokenFlag.AllCaps || !(pos[i + 1] === POS.ADP || pos[i + 1] === POS.PUNCT)) continue;
    let k = i - 1;
    while (k > 0 && pos[k] === POS.PROPN && flags[k]! & TokenFlag.Capitalized) k--;
    if (lower[k] === 'the' && k < i - 1) pos[i] = POS.PROPN;
  }
  // "the New START treaty": an all-capital word between lower-case words is a name, not a verb.
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || !(flags[i]! & TokenFlag.AllCaps) || lower[i]!.length < 3 || flags[i]! & TokenFlag.SentenceStart) continue;
    if (!(flags[i - 1]! & TokenFlag.AllCaps) && !(flags[i + 1]! & TokenFlag.AllCaps) && /[a-z]/.test(lower[i + 1]!)) pos[i] = POS.PROPN;
  }
  // "Ukrainian forces shot down 30 drones": an irregular past form read as a noun after a plural
  // noun or a name, before a particle, a determiner or a number, is the verb.
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] !== POS.NOUN || !IRREGULAR_PAST.has(lower[i]!)) continue;
    // A particle after it is sign enough that any noun before it is its subject ("police shot dead").
    const particle = PAST_PARTICLES.has(lower[i + 1]!);
    const next = pos[i + 1];
    // (Or "and" and another verb: "A gunman from the Pakistani Taliban shot and seriously wounded …".)
    const joined = lower[i + 1] === 'and' && (pos[i + 2] === POS.VERB || (pos[i + 2] === POS.ADV && pos[i + 3] === POS.VERB));
    // (A singular noun too, before "and" and a verb: "A Pakistani Taliban gunman shot and seriously wounded …".)
    const subject = pos[i - 1] === POS.PROPN || (pos[i - 1] === POS.NOUN && (particle || joined || lower[i - 1]!.endsWith('s')));
    // (Or a name, after a name: "guerrillas of ETA shot Miguel Angel Blanco".)
    if (subject && (particle || next === POS.DET || next === POS.NUM || joined || (next === POS.PROPN && pos[i - 1] === POS.PROPN))) {
      pos[i] = POS.VERB;
      lemma[i] = IRREGULAR_PAST.get(lower[i]!)!;
    }
  }
  fixVerblessSentences(pos, lower, lemma, sentences);
  fixHeadlineVerbs(pos, lower, lemma, sentences);

  return {
    tokens: {
      length: count,
      start: start.subarray(0, count),
      end: end.subarray(0, count),
      pos: pos.subarray(0, count),
      flags: flags.subarray(0, count),
      sentence,
      lemma,
      lower,
    },
    sentences,
  };
}

/** Verbs of what a demand asks a state to do, which the tagger reads as nouns after "that" and a name. */
const DEMANDED_ACTS = new Set(['halt', 'stop', 'end', 'cease', 'release', 'withdraw', 'return', 'lift', 'respect', 'abandon', 'dismantle', 'allow', 'arrest', 'hand', 'extradite', 'free', 'expel', 'investigate', 'punish']);
/** Verbs of demanding, whose "that" clause has a bare verb: "demanded that the council hand power". */
const DEMANDING = new Set(['demand', 'insist', 'urge', 'ask', 'propose', 'recommend', 'order', 'require', 'request']);
/** Words that open a clause whose subject may be a bare "-ing" noun: "where fighting has …", "as shelling killed …". */
const CLAUSE_GERUND_OPENERS = new Set(['where', 'as', 'while', 'after', 'when', 'until', 'since', 'before', 'because', 'once']);
/** Adjectives that are also verbs a subjunctive may be: "that Britain open negotiations", "that Iran free the sailors". */
const ADJECTIVE_VERBS = new Set(['open', 'free', 'clear', 'close']);
/** Particles of the phrasal verbs a subjunctive may be: "hand over", "step down", "pull out". */
const SUBJUNCTIVE_PARTICLES = new Set(['over', 'down', 'out', 'back', 'up', 'off', 'aside']);
const ASPECT_VERBS = new Set(['begin', 'start', 'continue', 'resume', 'stop', 'keep', 'finish', 'halt', 'cease']);
/** Participles that make adjectives of the word hyphened before them ("quake-hit", "war-torn"). */
const HYPHENED_PARTICIPLES = new Set(['hit', 'ravaged', 'stricken', 'struck', 'torn', 'battered', 'affected', 'wracked', 'racked', 'devastated', 'damaged', 'plagued', 'ridden', 'prone', 'scarred', 'swept']);
/** Participles that describe an office-holder: "the visiting Chinese president", "outgoing President Bush". */
const DESCRIBING_PARTICIPLES = new Set(['visiting', 'outgoing', 'incoming', 'ruling', 'governing', 'acting']);
/** Titles written in lower case that a describing participle may stand before: "Uzbek acting leader". */
const TITLE_WORDS = new Set(['leader', 'president', 'premier', 'minister', 'chief', 'head', 'governor', 'chairman', 'ruler', 'king']);
const ARTICLES = new Set(['the', 'a', 'an']);
/** Verbs whose object may be a visitor: "told visiting Pakistani President Musharraf". */
const HOSTING_LEMMAS = new Set(['tell', 'meet', 'greet', 'host', 'receive', 'welcome', 'brief', 'assure', 'thank', 'urge', 'ask']);

/** Token k is an "-ing" verb form before a preposition or punctuation, as a noun stands ("the renewed fighting in"). */
function gerundNoun(pos: Uint8Array, lower: readonly string[], k: number): boolean {
  return pos[k] === POS.VERB && lower[k]!.endsWith('ing') && (pos[k + 1] === POS.ADP || pos[k + 1] === POS.PUNCT);
}
/** Adverbs after which a past participle before a noun modifies it ("newly appointed envoy"). */
const PRENOMINAL_ADVERBS = new Set(['newly', 'democratically', 'popularly', 'freely', 'duly']);

/** Token k is "and" after a determiner and an adjective: "a stable and united Iraq". */
function conjoinedAdjective(pos: Uint8Array, lower: readonly string[], k: number): boolean {
  return k >= 2 && lower[k] === 'and' && pos[k - 1] === POS.ADJ && pos[k - 2] === POS.DET;
}

/** Token k is such an adverb, or an ordinal after a determiner or possessive ("Burundi's first elected president"; not "Russia first signed"). */
function prenominal(pos: Uint8Array, lower: readonly string[], lemma: readonly string[], k: number): boolean {
  return PRENOMINAL_ADVERBS.has(lower[k]!) || (ORDINAL_WORDS.has(lower[k]!) && k > 0 && (pos[k - 1] === POS.DET || lemma[k - 1] === "'s" || POSSESSIVE_PRONOUNS.has(lower[k - 1]!)));
}
const OPENING_PARTICIPLES = new Set(['suspected', 'alleged', 'armed', 'masked', 'unidentified', 'jailed', 'detained', 'exiled', 'ousted', 'embattled', 'beleaguered', 'besieged', 'deposed', 'toppled', 'imprisoned', 'disgraced', 'indicted', 'convicted', 'wounded', 'kidnapped', 'abducted', 'coordinated', 'renewed', 'sustained', 'combined', 'concerted', 'heightened']);
const WRONG_LEMMAS = new Map([['staged', 'stage'], ['waged', 'wage'], ['raged', 'rage'], ['gauged', 'gauge']]);
const DEGREE_ADVERBS = new Set(['most', 'more', 'least', 'less', 'highly', 'widely', 'best', 'well', 'heavily', 'newly', 'recently']);
const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next']);

function fixSubjunctives(pos: Uint8Array, lower: readonly string[], lemma: string[], flags: Uint8Array, start: Uint32Array, end: Uint32Array, count: number): void {
  // A modal read as a noun before a verb ("Erdoğan will meet", after a name the tagger split) is an auxiliary.
  // Not a capitalised one after a name: "Theresa May accused".
  for (let i = 1; i < count - 1; i++) {
    if ((pos[i] === POS.NOUN || pos[i] === POS.PROPN) && pos[i + 1] === POS.VERB && MODAL_WORDS.has(lower[i]!) && !(pos[i] === POS.PROPN && pos[i - 1] === POS.PROPN)) pos[i] = POS.AUX;
  }
  // An -ed word read as a noun after a noun or adjective, before a number or determiner, is a
  // verb: "Nigeria's military rescued 137 hostages" ("need", "speed", "hundred" are nouns).
  // So is one read as an adjective after a name: "India gifted one million doses".
  // And one after a plural that "and" joins to a verb: "Cambodian rioters ransacked and set fire to".
  for (let i = 1; i < count - 1; i++) {
    const w = lower[i]!;
    if (pos[i] === POS.ADJ && w.endsWith('ed') && pos[i - 1] === POS.NOUN && lemma[i - 1] !== lower[i - 1] && lower[i + 1] === 'and' && pos[i + 2] === POS.VERB) {
      pos[i] = POS.VERB;
      lemma[i] = w;
      continue;
    }
    // (Or after a plural: "Abu Sayyaf militants beheaded a Canadian hostage".)
    const named = pos[i] === POS.ADJ && (pos[i - 1] === POS.PROPN || pluralNoun(pos, lower, lemma, i - 1));
    if ((pos[i] !== POS.NOUN && !named) || w.length < 6 || !w.endsWith('ed') || w.endsWith('eed') || w === 'hundred') continue;
    if ((pos[i - 1] === POS.NOUN || pos[i - 1] === POS.PROPN || pos[i - 1] === POS.ADJ) && (pos[i + 1] === POS.NUM || pos[i + 1] === POS.DET)) {
      pos[i] = POS.VERB;
      lemma[i] = w;
    } else if (named && (pluralNoun(pos, lower, lemma, i - 1) || openingPlural(pos, lower, flags, i - 1)) && (pos[i + 1] === POS.ADJ || pos[i + 1] === POS.PROPN || pos[i + 1] === POS.NOUN) && !verbInClause(pos, lower, flags, i, count)) {
      // (Before a bare name or adjective when the clause has no other verb: "Abu Sayyaf militants
      // beheaded Canadian hostage John Ridsdel on Jolo after a ransom deadline passed"; or before a
      // noun, after a plural the tagger read as a name at the sentence's start: "Rioters looted
      // shops as anger grew".)
      pos[i] = POS.VERB;
      lemma[i] = w;
    }
  }
  // "flew aid to besieged Sarajevo", "a camp for displaced people": a past participle after "to" or
  // another preposition, before a noun, modifies it (no infinitive has a past form). So does one
  // after a number: "the 15 captured British sailors", "four abandoned border villages". So does
  // one after a possessive or an ordinal: "Burundi's first elected Hutu president", "the country's
  // newly appointed envoy". (After an article, an "-en" participle too: "a stolen helicopter".)
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] === POS.VERB && (lower[i - 1] === 'to' || lower[i - 1] === 'for' || pos[i - 1] === POS.ADP || pos[i - 1] === POS.NUM || lemma[i - 1] === "'s" || ARTICLES.has(lower[i - 1]!) || prenominal(pos, lower, lemma, i - 1) || conjoinedAdjective(pos, lower, i - 1)) && (lower[i]!.endsWith('ed') || (ARTICLES.has(lower[i - 1]!) && lower[i]!.endsWith('en'))) && lemma[i] !== lower[i] && (pos[i + 1] === POS.PROPN || pos[i + 1] === POS.NOUN || pos[i + 1] === POS.ADJ || (ARTICLES.has(lower[i - 1]!) && gerundNoun(pos, lower, i + 1)))) pos[i] = POS.ADJ;
  }
  // "where fighting has cut off most hospitals", "as shelling killed": an "-ing" form that opens a
  // clause, right before that clause's verb, is a noun, its subject.
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] === POS.VERB && lower[i]!.endsWith('ing') && CLAUSE_GERUND_OPENERS.has(lower[i - 1]!) && (pos[i + 1] === POS.AUX || (pos[i + 1] === POS.VERB && !lower[i + 1]!.endsWith('ing')))) {
      pos[i] = POS.NOUN;
      lemma[i] = lower[i]!;
    }
  }
  // "the renewed fighting in Darfur": an "-ing" form after an article and an adjective, before a
  // preposition or the sentence's end, is a noun.
  for (let i = 2; i < count - 1; i++) {
    if (pos[i - 1] === POS.ADJ && ARTICLES.has(lower[i - 2]!) && gerundNoun(pos, lower, i)) pos[i] = POS.NOUN;
  }
  // "sent rice to people in Tajikistan": "people" is no verb, and "to" before it is a preposition.
  for (let i = 1; i < count; i++) {
    if (lower[i] !== 'people' || pos[i] !== POS.VERB) continue;
    pos[i] = POS.NOUN;
    lemma[i] = 'people';
    if (lower[i - 1] === 'to') pos[i - 1] = POS.ADP;
  }
  // Repairs that each look at one word and its neighbours, in one pass:
  for (let i = 0; i < count - 1; i++) {
    // "massed close to 100,000 troops", "to send up to 600 troops": "close to" and "up to" before a
    // number say how many, as adverbs.
    if (i >= 1 && i < count - 2 && (lower[i] === 'close' || lower[i] === 'up') && lower[i + 1] === 'to' && pos[i + 2] === POS.NUM && (pos[i - 1] === POS.VERB || pos[i - 1] === POS.ADP)) pos[i] = pos[i + 1] = POS.ADV;
    // "handed out rations to about a million people": "to" before a rough number is a preposition.
    if (i < count - 2 && lower[i] === 'to' && pos[i] === POS.PART && ROUGH_NUMBER_WORDS.has(lower[i + 1]!) && (pos[i + 2] === POS.NUM || pos[i + 2] === POS.DET)) pos[i] = POS.ADP;
    if (i < 1) continue;
    // "denied that police and troops were expelling …": "that" before a plural noun is no determiner
    // but opens a clause ("that" as a determiner takes a singular: "that village").
    if (lower[i] === 'that' && pos[i] === POS.DET && pos[i + 1] === POS.NOUN && (PLURAL_ONLY.has(lower[i + 1]!) || (lower[i + 1] !== lemma[i + 1] && lower[i + 1]!.endsWith('s')))) pos[i] = POS.SCONJ;
    // "Communist Party chief Do Muoi": a capitalised auxiliary after a title or name, before a name, is a name.
    if (pos[i] === POS.AUX && flags[i]! & TokenFlag.Capitalized && !(flags[i]! & TokenFlag.AllCaps) && (pos[i - 1] === POS.PROPN || pos[i - 1] === POS.ADJ || pos[i - 1] === POS.NOUN) && pos[i + 1] === POS.PROPN && flags[i + 1]! & TokenFlag.Capitalized) {
      pos[i] = POS.PROPN;
      lemma[i] = lower[i]!;
    }
    // "Chinese Vice Premier Liu He": a capitalised pronoun inside a sentence, right after a name, ends the name.
    if (pos[i] === POS.PRON && flags[i]! & TokenFlag.Capitalized && !(flags[i]! & TokenFlag.SentenceStart) && !(flags[i]! & TokenFlag.AllCaps) && lower[i] !== 'i' && pos[i - 1] === POS.PROPN && flags[i - 1]! & TokenFlag.Capitalized) {
      pos[i] = POS.PROPN;
      lemma[i] = lower[i]!;
    }
    // "North Korean Premier Yon Hyong-muk": a capitalised adverb or adjective between names is a name.
    if ((pos[i] === POS.ADV || pos[i] === POS.ADJ) && pos[i - 1] === POS.PROPN && pos[i + 1] === POS.PROPN && flags[i]! & TokenFlag.Capitalized && !(flags[i]! & TokenFlag.AllCaps) && flags[i - 1]! & TokenFlag.Capitalized && flags[i + 1]! & TokenFlag.Capitalized) pos[i] = POS.PROPN;
    // "talks between President Jeenbekov and visiting Chinese President Xi Jinping": "visiting" or
    // "outgoing" after a determiner, "and" or a preposition, before a name or title, describes it.
    // (So after a verb of meeting or telling the visitor: "told visiting Pakistani President Pervez
    // Musharraf"; not "considered visiting Cuba", whose visit is the act.)
    if (pos[i] === POS.VERB && DESCRIBING_PARTICIPLES.has(lower[i]!) && (pos[i - 1] === POS.DET || pos[i - 1] === POS.ADP || lower[i - 1] === 'and' || (pos[i - 1] === POS.VERB && HOSTING_LEMMAS.has(lemma[i - 1]!))) && (pos[i + 1] === POS.PROPN || pos[i + 1] === POS.NOUN)) pos[i] = POS.ADJ;
    // So does one between a nationality and a title: "Thai acting Prime Minister Phumtham Wechayachai".
    // (Or a title in lower case: "holds talks with Uzbek acting leader".)
    else if (pos[i] === POS.VERB && DESCRIBING_PARTICIPLES.has(lower[i]!) && pos[i - 1] === POS.PROPN && flags[i - 1]! & TokenFlag.Capitalized && ((pos[i + 1] === POS.PROPN && flags[i + 1]! & TokenFlag.Capitalized) || (pos[i + 1] === POS.NOUN && TITLE_WORDS.has(lower[i + 1]!)))) pos[i] = POS.ADJ;
    // "senior al Qaeda suspect Khalid Sheikh Mohammed", "extradited the al Qaeda suspect to": "suspect"
    // after a name or adjective, before a name, a preposition or a comma, is a noun (a subject
    // before it is a common noun or pronoun: "Police suspect Smith", "they suspect that").
    if (pos[i] === POS.VERB && lower[i] === 'suspect' && (pos[i - 1] === POS.PROPN || pos[i - 1] === POS.ADJ) && (pos[i + 1] === POS.PROPN || pos[i + 1] === POS.PUNCT || pos[i + 1] === POS.CCONJ || (pos[i + 1] === POS.ADP && lower[i + 1] !== 'that'))) {
      pos[i] = POS.NOUN;
      lemma[i] = 'suspect';
    }
  }
  // "a motion that would have let U.S. troops use Turkish soil": a base form read as a noun after
  // the object of "let", "make" or "help", before its own object, is a bare infinitive.
  for (let i = 2; i < count - 1; i++) {
    // (Or, after "let" or "make", a possessive: "let U.N. inspectors visit its enrichment site"; not
    // after "help", whose infinitive is only the aim: "help Tajikistan guard its border".)
    const possessive = POSSESSIVE_PRONOUNS.has(lower[i + 1]!);
    if (pos[i] !== POS.NOUN || lower[i] !== lemma[i] || (pos[i + 1] !== POS.DET && pos[i + 1] !== POS.ADJ && pos[i + 1] !== POS.PROPN && pos[i + 1] !== POS.NOUN && !possessive)) continue;
    // (After the object's head: not "made a surprise visit".)
    if (pos[i - 1] !== POS.NOUN && pos[i - 1] !== POS.PROPN && pos[i - 1] !== POS.PRON) continue;
    let j = i - 1;
    while (j > i - 5 && j > 0 && (pos[j] === POS.NOUN || pos[j] === POS.PROPN || pos[j] === POS.DET || pos[j] === POS.ADJ || pos[j] === POS.PRON) && !CAUSATIVES.has(lemma[j]!)) j--;
    if (j < i - 1 && pos[j] === POS.VERB && CAUSATIVES.has(lemma[j]!) && !(possessive && lemma[j] === 'help')) pos[i] = POS.VERB;
  }
  // "unless Damascus stops sheltering Ocalan": an -s word read as a noun after a condition's name,
  // before a gerund or a determiner, is its verb.
  for (let i = 2; i < count - 1; i++) {
    if (pos[i] !== POS.NOUN || !lower[i]!.endsWith('s') || lemma[i] === lower[i] || pos[i - 1] !== POS.PROPN || !CONDITIONS.has(lower[i - 2]!)) continue;
    if ((pos[i + 1] === POS.VERB && lower[i + 1]!.endsWith('ing')) || pos[i + 1] === POS.DET) pos[i] = POS.VERB;
  }
  // "rejected claims that police had killed": "that" before a one-word subject and its verb opens a clause.
  // So does one after a day ("denied on Wednesday that soldiers had opened fire"), and one before a
  // plural, which "that" cannot determine.
  for (let i = 1; i < count - 2; i++) {
    if (lower[i] !== 'that' || pos[i] !== POS.DET) continue;
    // (The plural may end a compound: "said on Wednesday that peace talks were making progress".)
    let head = i + 1;
    while (head + 1 < count && head < i + 3 && pos[head] === POS.NOUN && pos[head + 1] === POS.NOUN) head++;
    const plural = pluralNoun(pos, lower, lemma, head);
    if (pos[i - 1] !== POS.NOUN && pos[i - 1] !== POS.VERB && !DAY_WORDS.has(lower[i - 1]!) && !plural) continue;
    if ((pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN) && (pos[i + 2] === POS.VERB || pos[i + 2] === POS.AUX || plural)) pos[i] = POS.SCONJ;
    // (After a day word, before a capitalised word, whatever follows: "said on Monday that Moon Jae-in would travel".)
    else if (DAY_WORDS.has(lower[i - 1]!) && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN) && flags[i + 1]! & TokenFlag.Capitalized) pos[i] = POS.SCONJ;
    // (Or before a noun and its preposition: "said on Monday that tension with India had reached …".)
    else if (DAY_WORDS.has(lower[i - 1]!) && lower[i - 2] === 'on' && pos[i + 1] === POS.NOUN && pos[i + 2] === POS.ADP) pos[i] = POS.SCONJ;
  }
  // "a camp for displaced people": "for" before a phrase, not a clause, is a preposition.
  for (let i = 1; i < count - 1; i++) {
    if (lower[i] === 'for' && pos[i] === POS.SCONJ && pos[i + 1] !== POS.PRON && pos[i + 1] !== POS.VERB) pos[i] = POS.ADP;
  }
  // wink's lemmatiser strips "-d" too far on a few verbs: "staged" → "stag", "waged" → "wag".
  for (let i = 0; i < count; i++) {
    const fixed = pos[i] === POS.VERB ? WRONG_LEMMAS.get(lower[i]!) : undefined;
    if (fixed) lemma[i] = fixed;
    // … and leaves an "e" on "-sses": "presses" → "presse".
    else if (pos[i] === POS.VERB && lower[i]!.endsWith('sses') && lemma[i] === lower[i]!.slice(0, -1)) lemma[i] = lower[i]!.slice(0, -2);
  }
  // "agreed to re-establish relations": "re-" and its verb are one verb ("reestablish"), whether
  // the tagger kept them as one token or three.
  for (let i = 0; i < count; i++) if (pos[i] === POS.VERB && lemma[i]!.startsWith('re-')) lemma[i] = `re${lemma[i]!.slice(3)}`;
  for (let i = 1; i < count - 1; i++) {
    if (lower[i] !== '-' || lower[i - 1] !== 're' || pos[i + 1] !== POS.VERB || start[i] !== end[i - 1] || end[i] !== start[i + 1]) continue;
    pos[i - 1] = POS.PART;
    lemma[i + 1] = `re${lemma[i + 1]}`;
  }
  // "Iran test-fired a missile": a noun hyphened to a past verb, after its subject and before its
  // object, is that verb's first part; the verb's lemma is the compound ("test-fire").
  for (let i = 2; i < count - 2; i++) {
    if (lower[i] !== '-' || pos[i - 1] !== POS.NOUN || pos[i + 1] !== POS.VERB || !lower[i + 1]!.endsWith('ed')) continue;
    if (start[i] !== end[i - 1] || end[i] !== start[i + 1]) continue;
    if ((pos[i - 2] === POS.PROPN || pos[i - 2] === POS.NOUN) && (pos[i + 2] === POS.DET || pos[i + 2] === POS.ADJ || pos[i + 2] === POS.NUM)) {
      pos[i - 1] = POS.PART;
      lemma[i + 1] = `${lower[i - 1]}-${lemma[i + 1]}`;
    }
  }
  // "his quarrel with the vice-president": a base-form verb right after a possessive pronoun is a noun
  // ("her" after a verb is its object: "helped her win").
  for (let i = 1; i < count; i++) {
    if (pos[i] === POS.VERB && lower[i] === lemma[i] && POSSESSIVE_PRONOUNS.has(lower[i - 1]!) && !(lower[i - 1] === 'her' && i >= 2 && (pos[i - 2] === POS.VERB || pos[i - 2] === POS.AUX))) pos[i] = POS.NOUN;
  }
  // "his Independence Day address on Tuesday": a base-form verb right after the noun a possessive
  // pronoun opens is that noun's head (a verb there would need its -s).
  for (let i = 2; i < count; i++) {
    // (After a singular: "its partners refuse" is a verb.)
    if (pos[i] !== POS.VERB || lower[i] !== lemma[i] || (pos[i - 1] !== POS.NOUN && pos[i - 1] !== POS.PROPN) || lower[i - 1]!.endsWith('s')) continue;
    for (let k = i - 1; k >= Math.max(0, i - 4) && (pos[k] === POS.NOUN || pos[k] === POS.PROPN || pos[k] === POS.ADJ || POSSESSIVE_PRONOUNS.has(lower[k]!)); k--) {
      if (POSSESSIVE_PRONOUNS.has(lower[k]!)) {
        pos[i] = POS.NOUN;
        break;
      }
    }
    // So is one after a light verb's bare noun, before a preposition: "Modi makes surprise stop in Lahore".
    if (pos[i] === POS.VERB && pos[i - 1] === POS.NOUN && pos[i - 2] === POS.VERB && LIGHT_JOURNEY_VERBS.has(lemma[i - 2]!) && pos[i + 1] === POS.ADP) pos[i] = POS.NOUN;
  }
  // "Malawi's civil servants' union": an apostrophe right after a plural, before what it owns, is a
  // possessive. "a 65 percent pay rise": a verb form between "percent" and a noun is a noun.
  for (let i = 1; i < count - 1; i++) {
    if (lower[i] === "'" && start[i] === end[i - 1] && lower[i - 1]!.endsWith('s') && (pos[i - 1] === POS.NOUN || pos[i - 1] === POS.PROPN) && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.ADJ || pos[i + 1] === POS.PROPN)) pos[i] = POS.PART;
    else if (pos[i] === POS.VERB && (lower[i - 1] === 'percent' || lower[i - 1] === '%') && pos[i + 1] === POS.NOUN) pos[i] = POS.NOUN;
  }
  // "to quake-hit Nepal", "flood-ravaged villages": a word hyphened to a participle before a noun or
  // name is one adjective; a "to" before it is a preposition.
  for (let i = 1; i < count - 2; i++) {
    if (lower[i] !== '-' || start[i] !== end[i - 1] || end[i] !== start[i + 1] || !HYPHENED_PARTICIPLES.has(lower[i + 1]!)) continue;
    if (pos[i + 2] !== POS.NOUN && pos[i + 2] !== POS.PROPN && pos[i + 2] !== POS.ADJ) continue;
    pos[i - 1] = pos[i + 1] = POS.ADJ;
    lemma[i + 1] = lower[i + 1]!;
    if (i >= 2 && lower[i - 2] === 'to' && pos[i - 2] === POS.PART) pos[i - 2] = POS.ADP;
  }
  // "began live-fire war games": a bare verb form hyphened to a noun, right after a verb or a
  // determiner, opens a compound modifier, not a second verb.
  for (let i = 1; i < count - 2; i++) {
    if (pos[i] !== POS.VERB || lower[i + 1] !== '-' || end[i] !== start[i + 1] || end[i + 1] !== start[i + 2] || pos[i + 2] !== POS.NOUN || lower[i] !== lemma[i]) continue;
    // (Or a hyphened modifier before it: "its largest-ever live-fire drills".)
    if (pos[i - 1] === POS.VERB || pos[i - 1] === POS.DET || pos[i - 1] === POS.ADP || (i >= 2 && lower[i - 2] === '-' && end[i - 2] === start[i - 1])) pos[i] = POS.ADJ;
  }
  // "kept up a sit-in at parliament", "a three-day walk-out": a verb hyphened to its particle after
  // a determiner, adjective or number is one noun.
  for (let i = 1; i < count - 2; i++) {
    if (pos[i] !== POS.VERB || lower[i + 1] !== '-' || end[i] !== start[i + 1] || end[i + 1] !== start[i + 2] || !NOUN_PARTICLES.has(lower[i + 2]!)) continue;
    if (pos[i - 1] === POS.DET || pos[i - 1] === POS.ADJ || pos[i - 1] === POS.NUM || POSSESSIVE_PRONOUNS.has(lower[i - 1]!)) pos[i] = pos[i + 2] = POS.NOUN;
  }
}

/** What one is arrested or tried on: "on spying charges". */
const CHARGE_NOUNS = new Set(['charge', 'charges', 'allegations', 'accusations', 'suspicion', 'claims']);

/** Light verbs whose object names a journey or meeting ("makes a stop", "pays a visit"). */
const LIGHT_JOURNEY_VERBS = new Set(['make', 'pay', 'hold']);

/** Particles that make a noun of the verb hyphened before them ("sit-in", "walk-out", "stand-off"). */
const NOUN_PARTICLES = new Set(['in', 'out', 'off', 'down', 'up', 'over']);

/** Participles of growth or decline that describe a noun after them: "mounting pressure", "growing unrest". */
const GROWTH_PARTICIPLES = new Set(['mounting', 'growing', 'rising', 'increasing', 'escalating', 'worsening', 'deepening', 'intensifying', 'spiralling', 'spiraling', 'looming', 'simmering', 'dwindling', 'soaring', 'lingering']);

/** Nouns that are plural with no -s: "that police were …". */
const PLURAL_ONLY = new Set(['police', 'people', 'militia', 'clergy', 'cattle']);

/** Forms that follow "test-" as a verb: "test-fires", "test-launched". */
const TEST_VERBS = new Set(['fire', 'fires', 'fired', 'firing', 'launch', 'launches', 'launched', 'launching']);

/** Acts named after the weapon they use ("missile launch", "drone strike"), and those weapons. */
const WEAPON_ACTS = new Set(['launch', 'launches', 'test', 'tests', 'strike', 'strikes', 'attack', 'attacks']);
const WEAPON_WORDS = new Set(['missile', 'rocket', 'drone', 'satellite', 'nuclear', 'air', 'artillery', 'mortar', 'ballistic']);
/** Disasters that name their victims ("flood survivors"), and those victims. */
const DISASTER_MODIFIERS = new Set(['flood', 'quake', 'earthquake', 'cyclone', 'storm', 'typhoon', 'hurricane', 'famine', 'drought', 'war', 'tsunami', 'fire']);
const VICTIM_NOUNS = new Set(['survivors', 'survivor', 'victims', 'victim', 'refugees', 'evacuees']);

/**
 * The second half of `fixSubjunctives`' repairs, in the same order: plurals the tagger read as verbs,
 * participles and gerunds by their neighbours, nouns in compounds. (A function of its own so that
 * neither half grows past what V8 optimises whole.)
 */
function fixNounsAndParticiples(pos: Uint8Array, lower: readonly string[], lemma: string[], flags: Uint8Array, start: Uint32Array, end: Uint32Array, count: number): void {
  // "naval and air exercises in the strait": an -s form after a noun that "and" joins to an adjective,
  // before a preposition or a stop, ends that noun phrase: a plural, not a verb.
  for (let i = 3; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || pos[i - 1] !== POS.NOUN || (lower[i - 2] !== 'and' && lower[i - 2] !== 'or') || !lower[i]!.endsWith('s') || lower[i]!.endsWith('ss')) continue;
    if (pos[i - 3] === POS.ADJ && (pos[i + 1] === POS.ADP || pos[i + 1] === POS.PUNCT)) pos[i] = POS.NOUN;
    // So does one after a noun that "and" joins to a plural, before a preposition: "travel bans and
    // asset freezes on 21 officials".
    else if (pos[i - 3] === POS.NOUN && lower[i - 2] === 'and' && lower[i - 3]!.endsWith('s') && pos[i + 1] === POS.ADP) pos[i] = POS.NOUN;
  }
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] !== POS.VERB) continue;
    // So does one right after an adjective: "joint military exercises by Russian and Chinese forces",
    // "began the joint exercises on …" (a verb needs a noun for its subject).
    if (pos[i - 1] === POS.ADJ && lower[i]!.endsWith('s') && !lower[i]!.endsWith('ss') && lower[i] !== lemma[i]) {
      if (pos[i + 1] === POS.ADP || pos[i + 1] === POS.PUNCT || pos[i + 1] === POS.VERB) pos[i] = POS.NOUN;
    } else if (DISASTER_MODIFIERS.has(lower[i]!) && VICTIM_NOUNS.has(lower[i + 1]!)) {
      // "airlifted biscuits to flood survivors": a disaster before its victims names them; it is no verb.
      pos[i] = POS.NOUN;
      lemma[i] = lower[i]!;
    }
  }
  // So does one after a day that follows a verb: "rejected on Wednesday calls from the United
  // States", "rejected Wednesday demands for …" (the day sits between the verb and its object).
  for (let i = 2; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || !lower[i]!.endsWith('s') || lower[i]!.endsWith('ss') || lower[i] === lemma[i] || !DAY_WORDS.has(lower[i - 1]!)) continue;
    const verb = lower[i - 2] === 'on' ? i - 3 : i - 2;
    // (Before its own preposition: not a verb after a reduced relative, "The envoy appointed Monday urges Britain to …".)
    if (verb >= 0 && pos[verb] === POS.VERB && lower[verb]!.endsWith('ed') && pos[i + 1] === POS.ADP) pos[i] = POS.NOUN;
  }
  // So does one after a hyphened compound that a verb, determiner or preposition opens: "began
  // live-fire exercises near Taiwan".
  for (let i = 4; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || lower[i - 2] !== '-' || start[i - 2] !== end[i - 3] || end[i - 2] !== start[i - 1]) continue;
    if (!lower[i]!.endsWith('s') || lower[i]!.endsWith('ss') || (pos[i + 1] !== POS.ADP && pos[i + 1] !== POS.PUNCT)) continue;
    if (pos[i - 4] === POS.VERB || pos[i - 4] === POS.DET || pos[i - 4] === POS.ADP) pos[i] = POS.NOUN;
  }
  // One pass for the repairs below, each cheap: most tokens are none of these.
  for (let i = 0; i < count; i++) {
    const p = pos[i]!;
    const word = lower[i]!;
    // "as its 54th member state": a numeral ordinal is an adjective, whatever the tagger read.
    const c = word.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (p !== POS.ADJ && /^\d+(?:st|nd|rd|th)$/.test(word)) pos[i] = POS.ADJ;
      continue;
    }
    if (i === 0) continue;
    if (p === POS.VERB) {
      // "Rwanda's backing for M23 rebels": an -ing form right after a possessive is a noun
      // (not one that describes a noun after it: "Lebanon's feuding leaders").
      if (word.endsWith('ing')) {
        if (flags[i - 1]! & TokenFlag.Possessive && lower[i - 1] !== "'" && pos[i + 1] !== POS.NOUN && pos[i + 1] !== POS.ADJ && pos[i + 1] !== POS.PROPN) pos[i] = POS.NOUN;
        // "bowed to mounting international pressure": a participle of growth between a preposition or
        // determiner and a noun describes the noun; it is no verb.
        else if (GROWTH_PARTICIPLES.has(word) && (pos[i - 1] === POS.ADP || pos[i - 1] === POS.DET || pos[i - 1] === POS.ADJ || lower[i - 1] === 'to') && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.ADJ)) pos[i] = POS.ADJ;
        continue;
      }
      // "Kenya hands embassy bombing suspect over to United States": "suspect" after a noun, before a
      // preposition or a stop, is the noun's head (not "police suspect the rebels").
      if ((word === 'suspect' || word === 'suspects') && pos[i - 1] === POS.NOUN && (i + 1 >= count || pos[i + 1] === POS.ADP || pos[i + 1] === POS.PUNCT || pos[i + 1] === POS.AUX)) {
        pos[i] = POS.NOUN;
        continue;
      }
      // "Pakistani troops and allied fighters": such a participle after a noun's "and", before a noun, describes the noun.
      if (i >= 2 && ATTRIBUTIVE_PARTICIPLES.has(word) && pos[i - 1] === POS.CCONJ && (pos[i - 2] === POS.NOUN || pos[i - 2] === POS.PROPN) && pos[i + 1] === POS.NOUN) {
        pos[i] = POS.ADJ;
        continue;
      }
      // "…, exiled opposition leader Sviatlana Tsikhanouskaya said": a past participle after a comma that
      // opens the phrase of a report's speaker describes the speaker.
      if (lower[i - 1] === ',' && word.endsWith('ed') && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN || pos[i + 1] === POS.ADJ)) {
        let j = i + 1;
        while (j < count && j < i + 8 && (pos[j] === POS.NOUN || pos[j] === POS.PROPN || pos[j] === POS.ADJ)) j++;
        if (j < count && pos[j] === POS.VERB && SPEAKER_VERBS.has(lower[j]!)) pos[i] = POS.ADJ;
      }
      continue;
    }
    // "have been abducted by Iraqi insurgents": an -ed word between a form of "be" and "by" is a passive's verb.
    if ((p === POS.NOUN || p === POS.ADJ) && lower[i + 1] === 'by' && word.endsWith('ed') && PASSIVE_BE.has(lower[i - 1]!)) pos[i] = POS.VERB;
  }
  // "…, Venezuela alleged on Thursday", "Kenya alleged that …": "alleged" after a name or noun,
  // before "that", a day or the sentence's end, is the verb, not the adjective of "the alleged plot".
  // (Not a reduced passive: "Rebels alleged by the United Nations to have recruited children".)
  for (let i = 1; i < count - 1; i++) {
    if (lower[i] !== 'alleged' || pos[i] !== POS.ADJ || (pos[i - 1] !== POS.PROPN && pos[i - 1] !== POS.NOUN)) continue;
    const day = (lower[i + 1] === 'on' || lower[i + 1] === 'in') && DAY_WORDS.has(lower[i + 2] ?? '');
    if (lower[i + 1] === 'that' || day || lower[i + 1] === '.' || lower[i + 1] === ';') {
      pos[i] = POS.VERB;
      lemma[i] = 'allege';
    }
  }
  // "North Korea's latest missile launch": a launch, test or strike after the weapon it uses is a noun.
  for (let i = 1; i < count; i++) {
    if (pos[i] === POS.VERB && WEAPON_ACTS.has(lower[i]!) && WEAPON_WORDS.has(lower[i - 1]!)) {
      pos[i] = POS.NOUN;
      lemma[i] = lower[i]!;
    }
  }
  // "Suspected jihadists abducted about 50 women": an -ed word read as a noun after a plural and
  // before a rough number is the verb (the coder tries its base forms).
  for (let i = 1; i < count - 2; i++) {
    if (pos[i] !== POS.NOUN || !lower[i]!.endsWith('ed') || !ROUGH_NUMBER_WORDS.has(lower[i + 1]!) || pos[i + 2] !== POS.NUM) continue;
    if ((pos[i - 1] === POS.NOUN && lower[i - 1]!.endsWith('s') && !lower[i - 1]!.endsWith('ss')) || pos[i - 1] === POS.PROPN) {
      pos[i] = POS.VERB;
      lemma[i] = lower[i]!;
    }
  }
  // "China test-fires missiles off Taiwan": "fires" joined to "test-" after a name is the verb, and
  // what follows it its object.
  for (let i = 3; i < count - 1; i++) {
    if (lower[i - 2] !== 'test' || lower[i - 1] !== '-' || end[i - 2] !== start[i - 1] || end[i - 1] !== start[i] || pos[i - 3] !== POS.PROPN) continue;
    if (!TEST_VERBS.has(lower[i]!) || pos[i] === POS.VERB) continue;
    pos[i] = POS.VERB;
    lemma[i] = lower[i]!.startsWith('fir') ? 'fire' : 'launch';
    if (pos[i + 1] === POS.VERB && lower[i + 1]!.endsWith('s')) {
      pos[i + 1] = POS.NOUN;
      lemma[i + 1] = lower[i + 1]!.replace(/s$/, '');
    }
  }
  // "bases in Iraq housing U.S. troops": an -ing word read as a noun between a name and a name,
  // determiner or number is a participle.
  // So is one after a comma before a determiner: "…, opening the Chinese market to …".
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] !== POS.NOUN || !lower[i]!.endsWith('ing') || lower[i]!.length < 6) continue;
    if (pos[i - 1] === POS.PROPN && (pos[i + 1] === POS.DET || pos[i + 1] === POS.PROPN || pos[i + 1] === POS.NUM)) pos[i] = POS.VERB;
    // (Or a pronoun or "that" opening what was said: ", warning it would bomb …".)
    // (Or a name: ", warning Syria over its support for Ocalan".)
    else if (lower[i - 1] === ',' && (pos[i + 1] === POS.DET || ((pos[i + 1] === POS.PRON || pos[i + 1] === POS.PROPN || lower[i + 1] === 'that') && SPEECH_GERUNDS.has(lower[i]!))) && lower[i + 1] !== 'of') {
      pos[i] = POS.VERB;
      lemma[i] = SPEECH_GERUNDS.get(lower[i]!) ?? lemma[i]!;
    }
  }
  // A decree's plural right after a verb is its object, no verb: "Medvedev signed decrees recognising …".
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] === POS.VERB && pos[i - 1] === POS.VERB && lower[i]!.endsWith('s') && DECREE_NOUNS.has(lower[i]!.slice(0, -1))) {
      pos[i] = POS.NOUN;
      lemma[i] = lower[i]!.slice(0, -1);
    }
  }
  // So is one right after a decree, before its object: "signed an executive order lifting sanctions".
  for (let i = 1; i < count - 1; i++) {
    // (Or decrees: "signed decrees recognising Abkhazia".)
    if (pos[i] !== POS.NOUN || !lower[i]!.endsWith('ing') || lower[i]!.length < 6 || !(DECREE_NOUNS.has(lower[i - 1]!) || DECREE_NOUNS.has(lemma[i - 1]!))) continue;
    const next = pos[i + 1];
    if (next === POS.NOUN || next === POS.DET || next === POS.ADJ || next === POS.NUM || next === POS.PROPN) pos[i] = POS.VERB;
  }
  // So does one after an adjective: "Heavy fighting broke out between …".
  for (let i = 1; i < count - 1; i++) {
    const adjective = pos[i - 1] === POS.ADJ || (pos[i - 1] === POS.PROPN && flags[i - 1]! & TokenFlag.SentenceStart);
    if (pos[i] === POS.VERB && adjective && lower[i]!.endsWith('ing') && (pos[i + 1] === POS.VERB || pos[i + 1] === POS.AUX)) pos[i] = POS.NOUN;
  }
  // "Suspected Boko Haram militants abducted …": a participle that opens a sentence before a name or noun describes it.
  for (let i = 0; i < count - 1; i++) {
    if (pos[i] === POS.VERB && flags[i]! & TokenFlag.SentenceStart && OPENING_PARTICIPLES.has(lower[i]!) && (pos[i + 1] === POS.PROPN || pos[i + 1] === POS.NOUN || pos[i + 1] === POS.ADJ)) pos[i] = POS.ADJ;
  }
  // A gerund that opens a sentence before its verb is its subject: "Fighting erupted between …".
  for (let i = 0; i < count - 1; i++) {
    if (pos[i] === POS.VERB && flags[i]! & TokenFlag.SentenceStart && lower[i]!.endsWith('ing') && pos[i + 1] === POS.VERB) pos[i] = POS.NOUN;
  }
  // An adjective that a possessive or determiner opens and a verb closes is a noun: "Myanmar's
  // military launched", "the military said".
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] === POS.ADJ && (pos[i - 1] === POS.DET || flags[i - 1]! & TokenFlag.Possessive) && (pos[i + 1] === POS.VERB || pos[i + 1] === POS.AUX)) pos[i] = POS.NOUN;
    // "Kolkata attack suspect Aftab Ansari": "suspect" between a noun and a name is a title.
    else if (pos[i] === POS.VERB && (lower[i] === 'suspect' || lower[i] === 'suspects') && (pos[i - 1] === POS.NOUN || pos[i - 1] === POS.ADJ) && pos[i + 1] === POS.PROPN) pos[i] = POS.NOUN;
    // "arrested on spying charges": an -ing word between a preposition and a charge is its modifier.
    else if (pos[i] === POS.VERB && lower[i]!.endsWith('ing') && pos[i - 1] === POS.ADP && CHARGE_NOUNS.has(lower[i + 1]!)) pos[i] = POS.ADJ;
    // So is one between a determiner and "of": "talks on the future of the bases".
    else if (pos[i] === POS.ADJ && pos[i - 1] === POS.DET && lower[i + 1] === 'of') pos[i] = POS.NOUN;
    // So is the last of two before a comma: "Fiji's military chief, Commodore Frank Bainimarama, …".
    else if (pos[i] === POS.ADJ && i >= 2 && pos[i - 1] === POS.ADJ && (pos[i - 2] === POS.DET || flags[i - 2]! & TokenFlag.Possessive) && lower[i + 1] === ',') pos[i] = POS.NOUN;
  }
  // "is opposed to": a stance, not a passive.
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] === POS.VERB && lower[i] === 'opposed' && lower[i + 1] === 'to' && pos[i - 1] === POS.AUX && lemma[i - 1] === 'be') pos[i] = POS.ADJ;
  }
  // A participle between a determiner and a noun describes the noun: "all remaining U.S. troops",
  // "an impounded ship" ("that" excepted: "claims that police killed").
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] !== POS.VERB) continue; // (first: most tokens are no verb)
    const participle = lower[i]!.endsWith('ing') || lower[i]!.endsWith('ed');
    const modifies = pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN || pos[i + 1] === POS.ADJ || pos[i + 1] === POS.SYM || pos[i + 1] === POS.NUM;
    // So does a possessive: "Algeria's leading human rights activist".
    const determiner = (pos[i - 1] === POS.DET && lower[i - 1] !== 'that') || POSSESSIVE_PRONOUNS.has(lower[i - 1]!) || (pos[i - 1] === POS.PART && flags[i - 1]! & TokenFlag.Possessive);
    if (pos[i] === POS.VERB && determiner && participle && modifies) pos[i] = POS.ADJ;
    // So does a past participle right after a preposition: "supporters of ousted premier Thaksin"
    // (not a gerund: "after attacking the town").
    else if (pos[i - 1] === POS.ADP && lower[i - 1] !== 'to' && lower[i]!.endsWith('ed') && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN || pos[i + 1] === POS.ADJ)) pos[i] = POS.ADJ;
    // And one between a number and a noun: "drove two stolen U.N. vehicles".
    // (Or the verb's particle: "handed over 32 captured Armenian soldiers".)
    else if (pos[i - 1] === POS.NUM && i >= 2 && (pos[i - 2] === POS.VERB || (i >= 3 && pos[i - 3] === POS.VERB && (PAST_PARTICLES.has(lower[i - 2]!) || lower[i - 2] === 'over'))) && (lower[i]!.endsWith('ed') || lower[i]!.endsWith('en')) && lower[i] !== lemma[i] && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN || pos[i + 1] === POS.ADJ)) pos[i] = POS.ADJ;
  }
  // "U.S. and allied warplanes attacked": a past form between "and" after a name or adjective and a
  // noun, before the sentence's first verb, modifies the noun.
  for (let i = 2; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || !lower[i]!.endsWith('ed') || pos[i - 1] !== POS.CCONJ || (pos[i - 2] !== POS.PROPN && pos[i - 2] !== POS.ADJ) || pos[i + 1] !== POS.NOUN) continue;
    let k = i - 2;
    while (k > 0 && !(flags[k]! & TokenFlag.SentenceStart) && pos[k] !== POS.VERB && pos[k] !== POS.AUX) k--;
    if (pos[k] !== POS.VERB && pos[k] !== POS.AUX) pos[i] = POS.ADJ;
  }
  // "struck an apartment block in Dnipro": a bare verb right after a verb's determiner-and-noun
  // object, before a preposition or a comma, ends that compound noun.
  for (let i = 3; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || pos[i - 1] !== POS.NOUN || pos[i - 2] !== POS.DET || pos[i - 3] !== POS.VERB) continue;
    if (lower[i]!.endsWith('ed') || lower[i]!.endsWith('ing') || lower[i] !== lemma[i]) continue;
    if (pos[i + 1] === POS.ADP || pos[i + 1] === POS.PUNCT || pos[i + 1] === POS.CCONJ) pos[i] = POS.NOUN;
  }
  // "in a rambling television address to the nation": a bare verb form that ends a singular noun
  // compound a determiner opens, before a preposition or a stop, is that compound's head (a verb
  // after a singular subject would need its -s; forms that are also past tense are left alone).
  // (So is one after a participle a determiner opens: "in a televised address to".)
  for (let i = 2; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || lower[i] !== lemma[i] || UNMARKED_PASTS.has(lower[i]!)) continue;
    const participle = pos[i - 1] === POS.VERB && /(ed|ing)$/.test(lower[i - 1]!) && pos[i - 2] === POS.DET && lower[i - 2] !== 'that';
    if ((pos[i - 1] !== POS.NOUN || lower[i - 1]!.endsWith('s')) && !participle) continue;
    if (pos[i + 1] !== POS.ADP && pos[i + 1] !== POS.PART && pos[i + 1] !== POS.PUNCT) continue;
    let k = i - 1;
    if (participle) pos[i - 1] = POS.ADJ;
    while (k > 0 && i - k < 5 && (pos[k] === POS.NOUN || pos[k] === POS.ADJ)) k--;
    if (pos[k] === POS.DET && lower[k] !== 'that') pos[i] = POS.NOUN;
  }
  // "her New Year's address on Wednesday": a bare verb form after a possessive is a noun; so is an
  // "-s" form ("hands Lumumba's remains back to Congo").
  for (let i = 1; i < count; i++) {
    if (pos[i] === POS.VERB && pos[i - 1] === POS.PART && flags[i - 1]! & TokenFlag.Possessive && (lower[i] === lemma[i] || /[^su]s$/.test(lower[i]!))) pos[i] = POS.NOUN;
  }
  // "began expelling thousands of women": a gerund read as a noun after a verb of beginning, before its object, is a verb.
  // So before a preposition: "began landing in Albania".
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] !== POS.NOUN || !lower[i]!.endsWith('ing') || pos[i - 1] !== POS.VERB || !ASPECT_VERBS.has(lemma[i - 1]!)) continue;
    const next = pos[i + 1];
    if (next === POS.NOUN || next === POS.DET || next === POS.NUM || next === POS.ADJ || next === POS.PROPN || next === POS.ADP) pos[i] = POS.VERB;
  }
  // "attorney general", "secretary general": a post-positive "general" ends the title, as its head.
  for (let i = 1; i < count; i++) {
    if (lower[i] === 'general' && pos[i] === POS.ADJ && pos[i - 1] === POS.NOUN && !(i + 1 < count && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.ADJ))) pos[i] = POS.NOUN;
    // ("Russia's top general criticised NATO": a top or senior "general" before a verb or a stop is the officer.)
    else if (lower[i] === 'general' && pos[i] === POS.ADJ && (lower[i - 1] === 'top' || lower[i - 1] === 'senior') && i + 1 < count && (pos[i + 1] === POS.VERB || pos[i + 1] === POS.AUX || pos[i + 1] === POS.PUNCT)) pos[i] = POS.NOUN;
  }
  // "their first joint patrol": an ordinal read as an adverb between a determiner and its noun
  // describes the noun; so does "new" or "former" after a possessive ("Guinea's new military junta").
  for (let i = 1; i < count - 1; i++) {
    // (And "further" after "no" or "any": "has freed no further political prisoners".)
    if (pos[i] !== POS.ADV || !(ORDINAL_WORDS.has(lower[i]!) || ((lower[i] === 'new' || lower[i] === 'former') && flags[i - 1]! & TokenFlag.Possessive) || (lower[i] === 'further' && (lower[i - 1] === 'no' || lower[i - 1] === 'any')))) continue;
    const determiner = pos[i - 1] === POS.DET || POSSESSIVE_PRONOUNS.has(lower[i - 1]!) || flags[i - 1]! & TokenFlag.Possessive;
    if (determiner && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.ADJ)) pos[i] = POS.ADJ;
  }
  // "Egypt's most powerful army": a degree adverb between a determiner and an adjective is part of the phrase.
  for (let i = 1; i < count - 1; i++) {
    if (pos[i] !== POS.ADV || !DEGREE_ADVERBS.has(lower[i]!) || pos[i + 1] !== POS.ADJ) continue;
    if (pos[i - 1] === POS.DET || POSSESSIVE_PRONOUNS.has(lower[i - 1]!) || flags[i - 1]! & TokenFlag.Possessive) pos[i] = POS.ADJ;
  }
  // "Sudan's most respected daily": a participle after a degree adverb that a determiner opens describes.
  for (let i = 2; i < count - 1; i++) {
    if (pos[i] !== POS.VERB || pos[i - 1] !== POS.ADV || !DEGREE_ADVERBS.has(lower[i - 1]!) || !/(ed|ing)$/.test(lower[i]!)) continue;
    const determiner = pos[i - 2] === POS.DET || POSSESSIVE_PRONOUNS.has(lower[i - 2]!) || flags[i - 2]! & TokenFlag.Possessive;
    // The adverb goes with it, so that the phrase is one: "Egypt's most respected university".
    if (determiner && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.ADJ || pos[i + 1] === POS.PROPN)) pos[i] = pos[i - 1] = POS.ADJ;
  }
  // Compound nouns whose plural second word the tagger reads as a verb: "war crimes court convicts".
  for (let i = 1; i < count; i++) {
    if (pos[i] === POS.VERB && pos[i - 1] === POS.NOUN && PLURAL_COMPOUNDS.has(`${lower[i - 1]} ${lower[i]}`)) pos[i] = POS.NOUN;
    // So is "rights" before a noun: "U.N. rights council orders inquiry".
    else if (pos[i] === POS.VERB && lower[i] === 'rights' && i + 1 < count && pos[i + 1] === POS.NOUN) pos[i] = POS.NOUN;
    // So is "talks" after a preposition's noun: "upbeat on genocide talks with Germany".
    else if (pos[i] === POS.VERB && lower[i] === 'talks' && pos[i - 1] === POS.NOUN && i > 1 && pos[i - 2] === POS.ADP) pos[i] = POS.NOUN;
  }
  // Compound nouns whose last word the tagger reads as a verb: "at the Wagah border crossing".
  for (let i = 1; i < count; i++) {
    if (pos[i] === POS.VERB && lower[i]!.endsWith('ing') && COMPOUND_LAST.has(`${lower[i - 1]} ${lower[i]}`)) pos[i] = POS.NOUN;
  }
  // "South Africa's white far right threatened": a political camp after "far" or "extreme" is a noun,
  // whatever the tagger made of "right" or "left".
  for (let i = 1; i < count - 1; i++) {
    // (Not a side of something: "moved to the far right of the border zone".)
    if ((lower[i] === 'right' || lower[i] === 'left') && (lower[i - 1] === 'far' || lower[i - 1] === 'extreme') && pos[i] !== POS.NOUN && lower[i + 1] !== 'of' && i > 1 && (pos[i - 2] === POS.DET || pos[i - 2] === POS.ADJ || lower[i - 2] === "'s" || pos[i - 2] === POS.PROPN)) {
      pos[i] = POS.NOUN;
      pos[i - 1] = POS.ADJ;
    }
  }
  // Compound nouns whose first word the tagger reads as a verb: "fired tear gas".
  for (let i = 0; i < count - 1; i++) {
    if (pos[i] === POS.VERB && COMPOUND_FIRST.has(lower[i]!) && NOUN_COMPOUNDS.has(`${lower[i]} ${lower[i + 1]}`)) pos[i] = POS.NOUN;
  }
  // The tagger reads the bare verb of a subjunctive as a noun: "demanded that Israel release the
  // prisoners". A base-form noun after "that" and a name or pronoun, before a determiner, is a verb.
  for (let i = 2; i < count - 1; i++) {
    // (Or a plural: "demanded that Afghanistan's Taliban rulers hand over bin Laden".)
    // (Or an adjective that is a verb too: "demanded that Britain open negotiations".)
    const bare = (pos[i] === POS.NOUN && lower[i] === lemma[i]) || (pos[i] === POS.ADJ && ADJECTIVE_VERBS.has(lower[i]!));
    // (Or a common noun after "the" and its modifiers, when a demand opens the clause: "demanded that
    // the ruling military council hand power to civilians".)
    const common = pos[i - 1] === POS.NOUN && DEMANDED_ACTS.has(lower[i]!);
    if (!bare || (pos[i - 1] !== POS.PROPN && pos[i - 1] !== POS.PRON && !pluralNoun(pos, lower, lemma, i - 1) && !common)) continue;
    // (After a name of several words: "demanded that President Robert Mugabe step down"; so after
    // "the" and a possessive: "that the Taliban hand over", "that Afghanistan's Taliban rulers".)
    let j = i - 1;
    while (j > i - 6 && j > 0 && (subjunctiveSubjectWord(pos, lower, lemma, flags, j - 1) || (common && (pos[j - 1] === POS.ADJ || pos[j - 1] === POS.NOUN)))) j--;
    if (lower[j - 1] !== 'that' || (common && !demandBefore(lemma, pos, j - 2))) continue;
    // (Or a number or a particle: "demanded that Pakistan hand over 20 fugitives", "that Mugabe step down".)
    // (Or, for an adjective, a plural: "that Britain open negotiations"; a noun before one is a
    // compound's: "that Syrian government forces had killed".)
    // (Or a verb demands name, before any noun, name or adjective: "demanded that Iran halt uranium
    // enrichment", "that Zagreb arrest fugitive General Ante Gotovina".)
    if (pos[i + 1] === POS.DET || pos[i + 1] === POS.NUM || SUBJUNCTIVE_PARTICLES.has(lower[i + 1]!) || lower[i + 1] === 'its' || lower[i + 1] === 'their' || lower[i + 1] === 'his' || lower[i + 1] === 'her' || (pos[i] === POS.ADJ && pluralNoun(pos, lower, lemma, i + 1)) || (DEMANDED_ACTS.has(lower[i]!) && (pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN || pos[i + 1] === POS.ADJ))) {
      pos[i] = POS.VERB;
      // (So "that" opens the clause, whatever the tagger made of it.)
      if (pos[j - 1] === POS.DET) pos[j - 1] = POS.SCONJ;
    }
    // (Or another joined to it: "demanded that Pakistan arrest and hand over those behind the attacks".)
    else if ((lower[i + 1] === 'and' || lower[i + 1] === 'or') && (pos[i + 2] === POS.NOUN || pos[i + 2] === POS.VERB) && lower[i + 2] === lemma[i + 2] && (pos[i + 3] === POS.DET || SUBJUNCTIVE_PARTICLES.has(lower[i + 3]!))) {
      pos[i] = pos[i + 2] = POS.VERB;
      if (pos[j - 1] === POS.DET) pos[j - 1] = POS.SCONJ;
    }
  }
}

/**
 * The words of a dictionary name are no verbs: "The Red Cross suspended aid" (wink: "Cross"/VERB,
 * "suspended"/ADJ), "opposed to French mediation"; nor is a slash or a letter inside one ("SPLM/A").
 * So are the capitalised words after the first of a gazetteer place of several words ("attacked
 * Siem Reap with mortars"); its first word may be a sentence's capitalised verb, so it keeps its tag.
 * Such words become proper nouns, and each sentence that so loses its only verb gets the
 * verbless-sentence repair. Runs after names are found, before phrases are parsed.
 */
export function retagNames(tokens: TokenTable, sentences: readonly Sentence[], names: readonly { tokenStart: number; tokenEnd: number; sentence: number; actor: number | null; type: string }[]): void {
  const pos = tokens.pos as Uint8Array;
  const touched: Sentence[] = [];
  for (const name of names) {
    // (A place of several capitalised words is one name too: "attacked Siem Reap with mortars".)
    const place = name.actor === null && name.type === 'place' && name.tokenEnd - name.tokenStart > 1;
    if (name.actor === null && !place) continue;
    for (let k = name.tokenStart; k < name.tokenEnd; k++) {
      if (place && !(k > name.tokenStart && tokens.flags[k]! & TokenFlag.Capitalized)) continue;
      // "Kurdistan Workers' Party": a possessive inside a name is part of it, and opens no phrase.
      if (k < name.tokenEnd - 1 && tokens.flags[k]! & TokenFlag.Possessive) {
        (tokens.flags as Uint8Array)[k] = tokens.flags[k]! & ~TokenFlag.Possessive;
        if (pos[k] === POS.PUNCT || pos[k] === POS.PART) pos[k] = POS.PROPN;
      }
      // "SPLM/A": a slash and a letter inside a name are part of it, not a determiner.
      const inner = k > name.tokenStart && (pos[k] === POS.SYM || (pos[k] === POS.DET && tokens.lower[k]!.length === 1));
      if (pos[k] !== POS.VERB && !inner) continue;
      pos[k] = POS.PROPN;
      if (touched[touched.length - 1] !== sentences[name.sentence]) touched.push(sentences[name.sentence]!);
    }
  }
  if (touched.length > 0) fixVerblessSentences(pos, tokens.lower, tokens.lemma as string[], touched);
}

/**
 * A sentence with no verb at all is most often a headline or a short report whose verb the tagger
 * read as a noun or adjective: "Japan lifts sanctions on Iran", "Police tortured prisoners in Egypt".
 * The first -s or -ed word right after a name or noun, before a phrase, is its verb; its lemma is
 * the form without the ending (the coder tries the likely base forms).
 */
function fixVerblessSentences(pos: Uint8Array, lower: readonly string[], lemma: string[], sentences: readonly Sentence[]): void {
  // An infinitive or a gerund is no finite verb: "ECOWAS lifts sanctions on Niger in bid to mend ties".
  // (Nor is a participle hyphened to a word: "a Gaza-bound aid flotilla".)
  const finite = (k: number): boolean => pos[k] === POS.AUX || (pos[k] === POS.VERB && lower[k - 1] !== 'to' && lower[k - 1] !== '-' && !lower[k]!.endsWith('ing'));
  const pairedPast = (k: number, ending: string): boolean => ending === 'ed' && pastPair(pos, lower, k);
  for (const sentence of sentences) {
    let tokenEnd = sentence.tokenEnd;
    const tokenStart = sentence.tokenStart;
    let verb = -1;
    for (let k = tokenStart; k < tokenEnd && verb < 0; k++) if (finite(k)) verb = k;
    // A headline's infinitive after its subject is its verb: "Sweden to send Archer artillery systems to Ukraine".
    // (Not when a word before it may be the verb: "Chavez slams U.S. plan to use Colombian bases".)
    if (verb < 0 && lower[tokenEnd - 1] !== '.') {
      for (let k = tokenStart + 1; k < tokenEnd; k++) {
        const w = lower[k]!;
        if ((pos[k] === POS.NOUN || pos[k] === POS.ADJ) && (w.endsWith('s') || w.endsWith('ed')) && (pos[k - 1] === POS.PROPN || pos[k - 1] === POS.NOUN)) break;
        if (k >= tokenStart + 2 && pos[k] === POS.VERB && lower[k - 1] === 'to' && (pos[k - 2] === POS.PROPN || pos[k - 2] === POS.NOUN)) {
          verb = k;
          break;
        }
      }
    }
    // So is what a source at the end says: "Gunmen abducted 280 pupils, residents said."
    if (verb >= 0 && SOURCE_VERBS.has(lemma[verb]!) && verb - tokenStart > 3) {
      let comma = verb - 1;
      while (comma > verb - 6 && comma > tokenStart && lower[comma] !== ',') comma--;
      let later = false;
      for (let k = verb + 1; k < tokenEnd && !later; k++) later = finite(k);
      if (lower[comma] === ',' && !later) {
        tokenEnd = comma;
        verb = -1;
      }
    }
    // A headline's own verb may be missed before a clause that has one: "Putin hosts Xi in Moscow
    // as Ukraine war grinds on".
    if (verb >= 0 && lower[sentence.tokenEnd - 1] !== '.') {
      for (let k = tokenStart + 2; k < verb; k++) {
        if (HEADLINE_CLAUSES.has(lower[k]!)) {
          tokenEnd = k;
          verb = -1;
          break;
        }
      }
    }
    if (verb >= 0) continue;
    // "Namibia's Geingob upbeat on genocide talks with Germany": a stance headline has no verb to find.
    let stance = false;
    for (let k = tokenStart + 1; k < Math.min(tokenEnd - 1, tokenStart + 6) && !stance; k++) stance = (HOPEFUL_WORDS.has(lower[k]!) || GLOOMY_WORDS.has(lower[k]!)) && (lower[k + 1] === 'on' || lower[k + 1] === 'about' || lower[k + 1] === 'over' || lower[k + 1] === 'of');
    if (stance) continue;
    // A past form first: in "Boko Haram militants abducted …" the -s word is the subject's noun.
    // Last, a bare form right after a name, before a phrase: "Putin, Xi pledge deeper ties".
    for (const ending of ['ed', 's', '']) {
      let found = -1;
      if (ending === '') {
        for (let k = tokenStart + 1; k < tokenEnd - 1 && found < 0; k++) {
          const next = pos[k + 1]!;
          // "French authorities today release an impounded ship": a day word may stand between.
          const named = pos[k - 1] === POS.PROPN || (k >= 2 && DAY_WORDS.has(lower[k - 1]!) && (pos[k - 2] === POS.NOUN || pos[k - 2] === POS.PROPN));
          if (named && pos[k] === POS.NOUN && lower[k] === lemma[k] && !lower[k]!.endsWith('s') && (next === POS.DET || next === POS.ADJ || next === POS.NUM)) found = k;
        }
        if (found >= 0) pos[found] = POS.VERB;
        break;
      }
      for (let k = tokenStart + 1; k < tokenEnd - 1 && found < 0; k++) {
        const w = lower[k]!;
        const after = pos[k + 1]!;
        if (pos[k - 1] !== POS.PROPN && pos[k - 1] !== POS.NOUN) continue;
        if (!w.endsWith(ending) || w.endsWith('ss') || (pos[k] !== POS.NOUN && pos[k] !== POS.ADJ)) continue;
        // Not before a day word: "authorities today release …" has its verb after it.
        if (DAY_WORDS.has(lower[k + 1]!)) continue;
        // Nor the plural of a compound noun: "war crimes court convicts …", nor "rights" ("U.N. rights council orders …").
        if (PLURAL_COMPOUNDS.has(`${lower[k - 1]} ${w}`) || w === 'rights') continue;
        if (after === POS.DET || after === POS.NOUN || after === POS.PROPN || after === POS.ADJ || after === POS.ADP || after === POS.NUM || after === POS.SYM || pairedPast(k, ending)) found = k;
      }
      if (found < 0) continue;
      const w = lower[found]!;
      pos[found] = POS.VERB;
      lemma[found] = ending === 'ed' ? w : w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
      // "Rioters looted and burned shops": so is a second past form "and" joins to it.
      if (pairedPast(found, ending)) {
        pos[found + 2] = POS.VERB;
        lemma[found + 2] = lower[found + 2]!;
      }
      break;
    }
  }
}

/**
 * Verbs the sentence-wide repairs miss because another clause has a verb: two past forms right after
 * a sentence's first word ("Rioters looted and torched shops …, angered that …"); and, in a headline,
 * the -s word after a singular noun ("Taiwan's new president voices hope for calmer ties": a singular
 * subject takes the -s, so the bare form after it is its object).
 */
function fixHeadlineVerbs(pos: Uint8Array, lower: readonly string[], lemma: string[], sentences: readonly Sentence[]): void {
  for (const sentence of sentences) {
    // "Rioters looted and torched shops …, angered that …": two past forms read as adjectives right
    // after a sentence's first word, "and" between them, before a noun, are its verbs (whatever verb
    // a later clause has).
    const k = sentence.tokenStart + 1;
    if (k + 3 < sentence.tokenEnd && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN) && pos[k] === POS.ADJ && lower[k]!.endsWith('ed') && pastPair(pos, lower, k)) {
      pos[k] = pos[k + 2] = POS.VERB;
      lemma[k] = lower[k]!;
      lemma[k + 2] = lower[k + 2]!;
    }
    if (pos[sentence.tokenEnd - 1] === POS.PUNCT) continue;
    // "Iraq's top Shi'ite cleric demands that U.S. allow direct elections": a headline's first -s
    // word of speech before "that", after its subject's name or noun, is its verb.
    for (let i = sentence.tokenStart + 1; i < sentence.tokenEnd - 2 && i <= sentence.tokenStart + 6 && pos[i] !== POS.VERB && pos[i] !== POS.AUX; i++) {
      if (pos[i] !== POS.NOUN || !THAT_HEADLINE_VERBS.has(lower[i]!) || lower[i + 1] !== 'that' || (pos[i - 1] !== POS.PROPN && pos[i - 1] !== POS.NOUN)) continue;
      pos[i] = POS.VERB;
      lemma[i] = lower[i]!.slice(0, -1);
      break;
    }
    let h = sentence.tokenStart + 2;
    while (h < sentence.tokenEnd && pos[h] !== POS.VERB && pos[h] !== POS.AUX) h++;
    if (h >= sentence.tokenEnd || pos[h] !== POS.VERB || lower[h] !== lemma[h] || !HEADLINE_VERBS.has(lower[h - 1]!) || pos[h - 1] !== POS.NOUN) continue;
    if (pos[h - 2] !== POS.NOUN || lower[h - 2]!.endsWith('s')) continue;
    pos[h - 1] = POS.VERB;
    lemma[h - 1] = lower[h - 1]!.slice(0, -1);
    pos[h] = POS.NOUN;
  }
}

/** A plural noun as the tagger reads it: a noun whose lemma is not its form, ending in "-s". */
/** A verb stands in token i's clause: back to the sentence's start, on to a comma or a word that opens another clause. */
function verbInClause(pos: Uint8Array, lower: readonly string[], flags: Uint8Array, i: number, count: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (pos[k] === POS.VERB || pos[k] === POS.AUX) return true;
    if (flags[k]! & TokenFlag.SentenceStart) break;
  }
  for (let k = i + 1; k < count && lower[k] !== ',' && pos[k] !== POS.SCONJ && !CLAUSE_AFTER.has(lower[k]!) && !(flags[k]! & TokenFlag.SentenceStart); k++) {
    if (pos[k] === POS.VERB || pos[k] === POS.AUX) return true;
  }
  return false;
}
const CLAUSE_AFTER = new Set(['after', 'before', 'when', 'while', 'as', 'until', 'because', 'since', 'that', 'which', 'who']);

/** A capitalised plural opening the sentence, which the tagger may read as a name: "Rioters". */
function openingPlural(pos: Uint8Array, lower: readonly string[], flags: Uint8Array, k: number): boolean {
  return pos[k] === POS.PROPN && (flags[k]! & TokenFlag.SentenceStart) !== 0 && !(flags[k]! & TokenFlag.AllCaps) && /[^s]s$/.test(lower[k]!) && lower[k]!.length > 4;
}

function pluralNoun(pos: Uint8Array, lower: readonly string[], lemma: readonly string[], k: number): boolean {
  return pos[k] === POS.NOUN && lemma[k] !== lower[k] && lower[k]!.endsWith('s');
}

/** Whether a verb of demanding ends at k, or a few words before it with no verb between ("demanded on Monday that"). */
function demandBefore(lemma: readonly string[], pos: Uint8Array, k: number): boolean {
  for (let j = k; j >= 0 && j > k - 4; j--) {
    if (DEMANDING.has(lemma[j]!)) return true;
    if (pos[j] === POS.VERB || pos[j] === POS.AUX) return false;
  }
  return false;
}

/** A word of a subjunctive's subject: a name, a capitalised noun, "the", a possessive or a plural. */
function subjunctiveSubjectWord(pos: Uint8Array, lower: readonly string[], lemma: readonly string[], flags: Uint8Array, k: number): boolean {
  return pos[k] === POS.PROPN || (pos[k] === POS.NOUN && (flags[k]! & TokenFlag.Capitalized) !== 0) || lower[k] === 'the' || (flags[k]! & TokenFlag.Possessive) !== 0 || pluralNoun(pos, lower, lemma, k);
}

/** A past form "and" joins to another the tagger read the same way, before a phrase: "looted and burned shops". */
function pastPair(pos: Uint8Array, lower: readonly string[], k: number): boolean {
  return (lower[k + 1] === 'and' || lower[k + 1] === 'or') && lower[k + 2]!.endsWith('ed') && (pos[k + 2] === POS.ADJ || pos[k + 2] === POS.NOUN) &&
    (pos[k + 3] === POS.DET || pos[k + 3] === POS.NOUN || pos[k + 3] === POS.PROPN || pos[k + 3] === POS.ADJ || pos[k + 3] === POS.NUM);
}

/** Verbs whose object does a bare infinitive: "let U.S. troops use". */
const CAUSATIVES = new Set(['let', 'make', 'help']);

/** Words that open a condition: "unless Damascus stops …". */
const CONDITIONS = new Set(['unless', 'if', 'until', 'once']);

/** Headline verbs of speech that take a "that" clause: "demands that", "insists that". */
const THAT_HEADLINE_VERBS = new Set(['demands', 'insists', 'warns', 'says', 'urges', 'claims', 'asks', 'charges', 'alleges']);
/** The -s words headlines use as verbs that are also plural nouns. */
const HEADLINE_VERBS = new Set(['voices', 'eyes', 'plans', 'calls', 'backs', 'hails', 'vows', 'pledges', 'slams', 'blasts', 'fears', 'hopes', 'offers', 'seeks', 'signals', 'weighs', 'mulls', 'warns', 'urges', 'orders']);

/** Participles that describe sides more than they tell an act: "allied fighters", "armed men". */
const ATTRIBUTIVE_PARTICIPLES = new Set(['allied', 'armed', 'affiliated', 'aligned', 'associated', 'linked']);
/** Past forms of speech verbs that end a report with its speaker: "…, exiled opposition leader X said". */
const SPEAKER_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'announced', 'warned', 'claimed']);
/** Forms of "be" right before a passive's participle. */
const PASSIVE_BE = new Set(['been', 'was', 'were', 'be', 'being', 'is', 'are']);

/** "its disputed border": a possessive pronoun opens a phrase as a determiner does. */
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Words that open a headline's second clause. */
const HEADLINE_CLAUSES = new Set(['as', 'while', 'after', 'amid', 'before', 'despite', 'ahead']);

/** Verbs that name the source of a report at its end: "…, officials said". */
const SOURCE_VERBS = new Set(['say', 'tell', 'report', 'add', 'confirm', 'announce', 'state', 'claim']);

/** Past forms the tagger reads as nouns, with their base forms. */
const IRREGULAR_PAST = new Map([
  ['shot', 'shoot'], ['hit', 'hit'], ['struck', 'strike'], ['fought', 'fight'], ['seized', 'seize'], ['held', 'hold'],
  ['sent', 'send'], ['cut', 'cut'], ['beat', 'beat'], ['led', 'lead'],
]);
const PAST_PARTICLES = new Set(['down', 'dead', 'up', 'off', 'back']);
const PLURAL_COMPOUNDS = new Set(['war crimes', 'war games', 'peace talks', 'trade talks', 'human rights', 'arms sales', 'border clashes']);
const NOUN_COMPOUNDS = new Set(['tear gas', 'cease fire', 'hunger strike', 'hunger strikes', 'car bomb', 'car bombs', 'land mine', 'land mines', 'sit in', 'grant aid']);
// First words of NOUN_COMPOUNDS: only these verbs need the pair built and looked up.
const COMPOUND_FIRST = new Set([...NOUN_COMPOUNDS].map((c) => c.split(' ')[0]!));
/** Compound nouns whose last word is a verb's "-ing" form: "border crossing". */
const COMPOUND_LAST = new Set(['border crossing', 'border crossings', 'peace building', 'state building', 'capacity building', 'money laundering', 'arms smuggling', 'drug trafficking', 'human trafficking']);
const MODAL_WORDS = new Set(['will', 'would', 'can', 'could', 'shall', 'should', 'must', 'might']);
const LETTER = /\p{L}/u;

/** A boundary between two letters where one of them is beyond Latin-1: wink's split, not a real one. */
function splitsWord(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  const after = text.charCodeAt(at);
  if (before <= 0xff && after <= 0xff) return false;
  return LETTER.test(text[at - 1]!) && LETTER.test(text[at]!);
}

// Line and paragraph breaks between tokens, found without slicing the text at every token.
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
function hasParagraphBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) if (text.charCodeAt(i) === 10 && text.charCodeAt(i + 1) === 10) return true;
  return false;
}

function makeSentence(tokenStart: number, tokenEnd: number, start: Uint32Array, end: Uint32Array): Sentence {
  return { start: start[tokenStart]!, end: end[tokenEnd - 1]!, tokenStart, tokenEnd };
}

/**
 * Marks tokens inside double quotes. A quote left open at the end of a paragraph is closed there:
 * news style reopens a quote that runs on into the next paragraph.
 */
function markQuotes(text: string, lower: string[], start: Uint32Array, flags: Uint8Array, count: number): void {
  let open = false;
  let prevStart = 0;
  for (let i = 0; i < count; i++) {
    const t = lower[i]!;
    if (open && hasParagraphBreak(text, prevStart, start[i]!)) open = false;
    prevStart = start[i]!;
    // Every quote mark is one character: longer tokens skip the look-ups.
    if (t.length === 1) {
      if (OPEN_QUOTE.has(t) || (t === '"' && !open)) {
        open = true;
        continue;
      }
      if (CLOSE_QUOTE.has(t) || (t === '"' && open)) {
        open = false;
        continue;
      }
    }
    if (open) flags[i] = flags[i]! | TokenFlag.InQuote;
  }
  markSingleQuotes(text, lower, start, flags, count);
}

/**
 * Marks tokens inside single quotes that some wires use for direct speech: "'Faure Gnassingbe must
 * go,' opposition leader Jean-Pierre Fabre told supporters". A quote opens on a "'" after a space,
 * before a capital, and closes on a "'" right after a comma or a stop, before a space, in the same
 * paragraph; an opener with no such closer (an abbreviation, "'90s") marks nothing.
 */
function markSingleQuotes(text: string, lower: string[], start: Uint32Array, flags: Uint8Array, count: number): void {
  for (let i = 0; i < count; i++) {
    if (lower[i] !== "'" || flags[i]! & TokenFlag.InQuote) continue;
    const at = start[i]!;
    const before = at === 0 ? 32 : text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if (!(before === 32 || before === 10 || before === 9) || !(after >= 65 && after <= 90)) continue;
    for (let j = i + 2; j < count; j++) {
      if (hasParagraphBreak(text, start[j - 1]!, start[j]!)) break;
      if (lower[j] !== "'" || !/^[,.?!]$/.test(lower[j - 1]!)) continue;
      const next = text.charCodeAt(start[j]! + 1);
      if (!Number.isNaN(next) && next !== 32 && next !== 10 && next !== 9) continue;
      for (let k = i + 1; k < j; k++) flags[k] = flags[k]! | TokenFlag.InQuote;
      i = j;
      break;
    }
  }
}

/** Verbs whose past tense is their base form: "the army hit back", "the government cut taxes". */
const UNMARKED_PASTS = new Set(['cut', 'hit', 'put', 'set', 'shut', 'let', 'spread', 'cast', 'beat', 'quit', 'hurt', 'burst', 'bid', 'cost', 'split', 'upset', 'broadcast', 'forecast', 'read', 'rid', 'shed', 'thrust', 'bet', 'wed']);

/** Gerunds of speech that, after a comma, open what was said: ", warning it would …", ", saying that …". */
const SPEECH_GERUNDS = new Map([
  ['warning', 'warn'], ['saying', 'say'], ['adding', 'add'], ['insisting', 'insist'], ['claiming', 'claim'], ['arguing', 'argue'],
  ['stressing', 'stress'], ['noting', 'note'], ['vowing', 'vow'], ['promising', 'promise'], ['threatening', 'threaten'],
]);
