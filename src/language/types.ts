import type { Span } from '../doc/span.js';
import type { PlaceCandidate } from '../places/gazetteer.js';

/** Universal POS tags, as wink-nlp assigns them; the index is the code stored in `TokenTable.pos`. */
export const POS_TAGS = [
  'ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X',
] as const;
export type PosTag = (typeof POS_TAGS)[number];
export const POS = Object.fromEntries(POS_TAGS.map((t, i) => [t, i])) as { readonly [K in PosTag]: number };

/** Bits of `TokenTable.flags`. */
export const TokenFlag = {
  /** A negator: not, n't, never, no, neither, nor. */
  Negation: 1,
  /** Inside a direct quotation (the quote marks themselves are not). */
  InQuote: 2,
  /** Starts with a capital letter. */
  Capitalized: 4,
  /** Every letter is a capital (ICRC, U.N., GAZA). */
  AllCaps: 8,
  /** First token of its sentence. */
  SentenceStart: 16,
  /** Ends with a possessive ('s, s'), or is one. */
  Possessive: 32,
} as const;

/**
 * The tokens of a document in parallel arrays, like wink-nlp's own store: token `i` covers
 * `text.slice(start[i], end[i])`. Whitespace is never a token.
 */
export interface TokenTable {
  readonly length: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  /** Index into POS_TAGS. */
  readonly pos: Uint8Array;
  readonly flags: Uint8Array;
  /** Index of the token's sentence. */
  readonly sentence: Uint32Array;
  /** Lower-case lemma ("were" → "be", "talks" → "talk"). */
  readonly lemma: readonly string[];
  /** Lower-case surface form, with typographic apostrophes made plain (’ → '). */
  readonly lower: readonly string[];
}

/** A sentence: its character span and its tokens `[tokenStart, tokenEnd)`. */
export interface Sentence extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A span of tokens `[tokenStart, tokenEnd)` with its character span. */
export interface TokenSpan extends Span {
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A noun phrase: its tokens, its head noun, and the phrase it is coordinated with ("Brazil and Argentina"). */
export interface NounPhrase extends TokenSpan {
  readonly head: number;
  /** Index of the noun phrase that owns this one through a possessive ("Abbas' liaison"). */
  readonly possessor: number | null;
  /** Indexes of the other conjuncts, for "Brazil and Argentina" and "Brazil, Chile and Peru". */
  readonly conjuncts: readonly number[];
  readonly sentence: number;
}

export type Tense = 'past' | 'present' | 'future';
export type Voice = 'active' | 'passive';

/** A verb group: auxiliaries, negators and adverbs around a main verb ("did not attend", "were detained"). */
export interface VerbGroup extends TokenSpan {
  /** The main verb's token (or the auxiliary, for a bare copula). */
  readonly head: number;
  readonly lemma: string;
  /** A verb particle that changes the meaning: "broke off", "pulled out". */
  readonly particle: number | null;
  readonly tense: Tense;
  readonly voice: Voice;
  readonly negated: boolean;
  /** The modal that makes it a possibility, not a fact: "could", "might", "would" …; null when none. */
  readonly modal: string | null;
  /** Inside an "if"/"unless" clause, or the main clause of a conditional with a modal. */
  readonly conditional: boolean;
  /** The noun phrase doing the verb (in the passive, the grammatical subject), when found. */
  readonly subject: number | null;
  /** The direct object: the noun phrase right after the verb (and its particle). */
  readonly object: number | null;
  /** In the passive, the "by" phrase: who did it. */
  readonly agent: number | null;
  readonly sentence: number;
}

/** A preposition and its object, attached to a verb group or a noun phrase ("near … Tulkarem", "of Tulkarem"). */
export interface Attachment {
  readonly prep: number;
  /** The noun phrase the preposition governs. */
  readonly object: number;
  readonly attachedTo: { readonly kind: 'verb'; readonly index: number } | { readonly kind: 'noun'; readonly index: number };
}

export type ClauseKind = 'main' | 'reported' | 'quote' | 'relative' | 'conditional';

/** A clause: main, reported speech ("X said Y …"), a direct quote, a relative clause or an if-clause. */
export interface Clause extends TokenSpan {
  readonly kind: ClauseKind;
  readonly sentence: number;
  /** For reported speech and quotes: the speech verb group and the speaker's noun phrase, when found. */
  readonly speechVerb: number | null;
  readonly speaker: number | null;
  /** For relative clauses: the noun phrase the clause describes. */
  readonly antecedent: number | null;
}

export type NameType = 'person' | 'org' | 'place' | 'group';

/** A name of a person, organisation, place or group (nationality, religion, ethnicity). */
export interface Name extends TokenSpan {
  readonly type: NameType;
  /** Canonical dictionary name when a gazetteer knew it ("Mahmoud Abbas" for "Abu Mazen"). */
  readonly entry: string | null;
  /** Index of that actor in the dictionary the gazetteer was built from. */
  readonly actor: number | null;
  /** Country code for places, nationalities and people or bodies with one. */
  readonly country: string | null;
  /** Role or title kept as a modifier: "prime minister". */
  readonly role: string | null;
  /** The name with its titles and modifiers ("Palestinian Prime Minister Mahmoud Abbas"). */
  readonly extent: TokenSpan;
  /** Index of the name this one is part of or belongs to ("the White House's National Security Council"). */
  readonly parent: number | null;
  readonly sentence: number;
  /** How the type was found: a dictionary entry is surer than capitalisation alone. */
  readonly confidence: number;
  /**
   * For a place found in the place gazetteer (a city or region the dictionaries do not list): the
   * candidate chosen, with its coordinates, population and GeoNames id, for geocoding; its country
   * is `country`. Null for every other name.
   */
  readonly place: PlaceCandidate | null;
}

export type LinkKind = 'alias' | 'apposition' | 'parenthetical' | 'short-form' | 'same-name' | 'pronoun' | 'nominal' | 'possessive';

/**
 * "This mention denotes the same actor as that name" (or, for possessive, "belongs to").
 * `mention` is a name index, or a noun phrase index for pronouns and nominals.
 */
export interface Link {
  readonly kind: LinkKind;
  readonly mention: { readonly kind: 'name' | 'phrase'; readonly index: number };
  /** Index of the name it refers to. */
  readonly antecedent: number;
  readonly confidence: number;
}

export type Granularity = 'day' | 'week' | 'month' | 'year';

/** A time expression, normalised against the publication date. Dates are inclusive days. */
export interface TimeExpression extends Span {
  /** ISO form at the given granularity: 2003-06-06, 2003-W23, 2003-06, 2003. */
  readonly value: string;
  readonly granularity: Granularity;
  /** First and last day it covers (YYYY-MM-DD). */
  readonly from: string;
  readonly to: string;
  readonly sentence: number;
}
