/**
 * The dictionary model every format loads into: actors, agents, verbs with their patterns,
 * discards and issues. Loaders for Chronicle's own format and for the TABARI/PETRARCH formats all
 * produce a `Dictionary`; several merge into one with `mergeDictionaries`.
 */

/** A code valid over a date range (inclusive days, YYYY-MM-DD; null for an open end). */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

export type ActorType = 'country' | 'region' | 'org' | 'person' | 'group' | 'capital';

/** A named actor: a country, a demonym, a capital standing for its government, a body or a person. */
export interface ActorEntry {
  /** Canonical name: the dictionary's own name for it. */
  readonly name: string;
  /**
   * Every surface form, the canonical name included. A trailing "*" marks a stem: its last word
   * matches any word it begins (TABARI's and PETRARCH's convention).
   */
  readonly names: readonly string[];
  readonly type: ActorType;
  readonly codes: readonly DatedCode[];
  /** Country code (ISO alpha-3 or CAMEO), when the actor has one. */
  readonly country: string | null;
  /** Roles over time, for people ("prime minister"). */
  readonly roles: readonly { readonly role: string; readonly from: string | null; readonly to: string | null }[];
  /**
   * For people, the words that name the person alone ("Marrero" for Manuel Marrero Cruz), as
   * the dictionary's `bare_surname:` gives them. Null or absent: derived from the name and its
   * full-name aliases (the last word; the first too where the family name comes first). Empty:
   * none, so only the full name and the aliases name the person.
   */
  readonly surnames?: readonly string[] | null;
  /**
   * The codes as a TABARI dictionary writes them, when they say more than `codes`: null codes
   * over a date range ("---"), coded compounds ("FRO/BIL/SAM"), discard ("###") and complex
   * ("+++") markers. Only the TABARI engine reads them.
   */
  readonly tabari?: readonly DatedCode[];
  /**
   * TABARI's phrases for the names where words may stand apart: "PRINCE DOL_AMROTH" also names
   * "the Prince of Dol Amroth". "…" marks where other words may come between. Only the TABARI engine reads them.
   */
  readonly gapped?: readonly string[];
  /** For countries, the codes of the regions they lie in (`region: AFR; SAF`). */
  readonly regions?: readonly string[];
}

/** Generic nouns for a kind of actor ("police" → COP). */
export interface AgentEntry {
  /** Lower-case nouns, possibly several words ("riot police"). */
  readonly nouns: readonly string[];
  /** Sector code: three letters (COP), or more for PETRARCH's compound agents (GOVFRM). */
  readonly code: string;
  /** TABARI's "[NGM~]": the agent's code goes before the actor's (NGMARN), not after. */
  readonly prefix?: boolean;
}

export type PatternElement =
  | {
      readonly kind: 'words';
      /** alternatives; each a sequence of adjacent lower-case words */
      readonly options: readonly (readonly string[])[];
      /**
       * TABARI's "_" connector between this element and its neighbour on the verb's side ("*_HELICOPTERS",
       * "BRITISH_*", "+_WAS_*"): no word may stand between them. Absent: other words may.
       */
      readonly joined?: boolean;
      /** The options come from TABARI's `{ A | B }` set (not a synset): see the TABARI engine's length rule. */
      readonly choice?: boolean;
    }
  | { readonly kind: 'target' }
  | { readonly kind: 'source' }
  /** TABARI's `^`: an actor stepped over, neither source nor target ("MEET * IN ^ WITH +"). */
  | { readonly kind: 'skip' }
  /** TABARI's `%`: a compound actor ("Syria and Jordan") that is both source and target ("- % * IN"). */
  | { readonly kind: 'compound' };

/** "After the verb, these elements in order give this code." */
export interface VerbPattern {
  /** A CAMEO event code, or `---`: the verb used so is no event ("fight the epidemic"). */
  readonly code: string;
  /** Code of the reciprocal event, target to source (PETRARCH's "[032:033]"); null when none. */
  readonly reciprocal?: string | null;
  /** Elements before the verb (rare: PETRARCH's `$ … *`). */
  readonly before: readonly PatternElement[];
  readonly after: readonly PatternElement[];
  /** Where the pattern came from, for debugging: file and line. */
  readonly origin: string;
  /** TABARI's "[031!]" (dominant: coded before any other) and "[023?]" (subordinate: only if nothing else is). */
  readonly priority?: Priority;
}

export type Priority = 'dominant' | 'subordinate';

/** A verb (or phrasal verb) group: its lemmas share one default code and a list of patterns. */
export interface VerbEntry {
  /**
   * Lower-case lemmas, phrasal ones with their particle: "break off", "walk out of". A trailing "*"
   * marks a TABARI stem: it also matches any word it begins ("contribut*" → "contributed").
   */
  readonly lemmas: readonly string[];
  /** Code for the bare verb with a target; null when the verb codes only through its patterns. */
  readonly code: string | null;
  /** Code of the reciprocal event for the bare verb, target to source; null when none. */
  readonly reciprocal?: string | null;
  readonly patterns: readonly VerbPattern[];
  readonly origin: string;
  /** Irregular forms the dictionary lists (TABARI's "{BROKE_ BROKEN_}"), as lower-case words. */
  readonly forms?: readonly string[];
  /** Lemmas that take no regular endings: PETRARCH lists all their forms ("BREAK { BROKE BROKEN }"). */
  readonly closed?: readonly string[];
  /** The bare verb's code is dominant or subordinate (see `VerbPattern.priority`). */
  readonly priority?: Priority;
}

/**
 * A PETRARCH-2 verb transformation ("~ a (b . ATTACK) SAY = a b 112"): when a verb (`upper`) has a
 * clause of another verb as its object, the pair codes as one event. Letters bind actors; "." is
 * any actor and "_" none. Verbs are named by a dictionary lemma and match by its code, so its
 * synonyms match too; "Q" is any verb, and a result code "Q" keeps the lower event's code.
 */
export interface VerbTransformation {
  readonly upper: { readonly source: string; readonly verb: string };
  readonly lower: { readonly source: string; readonly target: string; readonly verb: string };
  readonly result: { readonly source: string; readonly target: string; readonly code: string };
  readonly origin: string;
}

export interface Dictionary {
  readonly actors: readonly ActorEntry[];
  readonly agents: readonly AgentEntry[];
  readonly verbs: readonly VerbEntry[];
  /** Lower-case phrases: a sentence containing one is not coded. */
  readonly discards: readonly string[];
  /** Lower-case phrases and the PLOVER context they signal. */
  readonly issues: readonly { readonly phrase: string; readonly context: string }[];
  /** Codes for a source or target the searches do not find (a TABARI `.options` DEFAULT command). */
  readonly defaults?: DefaultActors | null;
  /**
   * Lower-case phrases that are nouns, not verbs or actors: TABARI's `<NOUN>` lists and null-coded
   * actors ("THE HEAD OF [---]"). A trailing "*" marks a stem. Only the TABARI engine reads them.
   */
  readonly nouns?: readonly string[];
  /** Lower-case adjectives (TABARI's `<ADJECTIVE>` lists): they may stand inside a compound actor. */
  readonly adjectives?: readonly string[];
  /**
   * TABARI actors whose only codes are ones Chronicle's coder cannot use (see `ActorEntry.tabari`):
   * "NASGUL [###]", "THE_SHIRE [FRO/BIL/SAM]". Only the TABARI engine reads them.
   */
  readonly tabariActors?: readonly ActorEntry[];
  /** Sentences of fewer words (a comma counting as one) are not coded: TABARI's `SET: MINIMUM WORDS`. */
  readonly minimumWords?: number | null;
  /** TABARI's `COMPLEX:` filter: sentences it finds too complex are not coded (the TABARI engine only). */
  readonly complex?: ComplexFilter | null;
  /** TABARI's `COMMA:` limits on the comma-delimited clauses it drops; null for `COMMA: OFF`. */
  readonly comma?: CommaLimits | null;
  /** TABARI's `SET: CODE BY`: the first event of each clause, of the sentence, or every event. */
  readonly codeBy?: 'clause' | 'sentence' | 'all';
  /** TABARI's `SET: CONVERT AGENTS = TRUE`: an agent with no actor beside it is an actor of its own ("guerrillas" → REB). */
  readonly convertAgents?: boolean;
  /**
   * TABARI's `FORWARD:` command: a pronoun with no actor before it in its sentence refers to the
   * first actor of the sentence before, so a story's later sentences keep their subject.
   */
  readonly forward?: boolean;
  /**
   * How the TABARI engine reads these dictionaries: as TABARI does (a word not closed by "_" is a
   * stem), or as PETRARCH does (whole words with their regular endings, irregular forms listed; an
   * agent with no actor beside it is an actor of its own, "---" for its country). A PETRARCH verb
   * file ("--- NAME [code] ---" blocks) sets 'petrarch'.
   */
  readonly dialect?: 'tabari' | 'petrarch';
  /** PETRARCH-2's verb transformations, in the order written (the TABARI engine only). */
  readonly transformations?: readonly VerbTransformation[];
}

/** TABARI's `COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR`: counts at or above which (0: off), and conditions. */
export interface ComplexFilter {
  readonly verbs: number;
  readonly actors: number;
  readonly pronouns: number;
  readonly conjunctions: number;
  /** No actor before the first verb. */
  readonly noActorPrior: boolean;
  /** No actor after the first verb. */
  readonly noActorAfter: boolean;
  readonly noVerb: boolean;
}

/**
 * TABARI's `COMMA: MIN= MAX= EMIN= EMAX= BMIN= BMAX=`: a comma-delimited phrase of more than min and
 * at most max words is dropped; "b" limits apply to the first phrase, "e" to the last.
 */
export interface CommaLimits {
  readonly min: number;
  readonly max: number;
  readonly bmin: number;
  readonly bmax: number;
  readonly emin: number;
  readonly emax: number;
}

/**
 * TABARI's `DEFAULT: SOURCE [code] PRIOR TARGET [code] AFTER`: an event whose source (target) is
 * not found takes the default code. With PRIOR, a source not found before the verb does; with
 * AFTER, a target not found after it.
 */
export interface DefaultActors {
  readonly source: { readonly code: string; readonly prior: boolean } | null;
  readonly target: { readonly code: string; readonly after: boolean } | null;
}

export const EMPTY_DICTIONARY: Dictionary = { actors: [], agents: [], verbs: [], discards: [], issues: [] };

/** The program settings an options file gives, which a later one replaces rather than adds to. */
const SETTING_KEYS = ['defaults', 'minimumWords', 'complex', 'comma', 'codeBy', 'convertAgents', 'forward', 'dialect'] as const;
type SettingKey = (typeof SETTING_KEYS)[number];

/** Concatenates dictionaries: later ones add entries; lookups prefer the first that matches. */
export function mergeDictionaries(dictionaries: readonly Dictionary[]): Dictionary {
  // (An options file read later replaces an earlier one's settings, as TABARI reads them; a
  // dictionary with no options file leaves them as they are.)
  const settings: Partial<Record<SettingKey, unknown>> = {};
  for (const d of dictionaries) for (const key of SETTING_KEYS) if (d[key] !== undefined) settings[key] = d[key];
  return {
    actors: dictionaries.flatMap((d) => d.actors),
    agents: dictionaries.flatMap((d) => d.agents),
    verbs: dictionaries.flatMap((d) => d.verbs),
    discards: dictionaries.flatMap((d) => d.discards),
    issues: dictionaries.flatMap((d) => d.issues),
    ...(dictionaries.some((d) => d.nouns) ? { nouns: dictionaries.flatMap((d) => d.nouns ?? []) } : {}),
    ...(dictionaries.some((d) => d.adjectives) ? { adjectives: dictionaries.flatMap((d) => d.adjectives ?? []) } : {}),
    ...(dictionaries.some((d) => d.tabariActors) ? { tabariActors: dictionaries.flatMap((d) => d.tabariActors ?? []) } : {}),
    ...(dictionaries.some((d) => d.transformations) ? { transformations: dictionaries.flatMap((d) => d.transformations ?? []) } : {}),
    ...(settings as Pick<Dictionary, SettingKey>),
  };
}

/**
 * The code in force on `date` (YYYY-MM-DD): the first dated code whose range holds it, else the
 * undated default ("SAM_GAMGEE [HOB]" followed by "[HOBMIL 20080120-20121109]"), else the nearest
 * in time; with no date, the last one listed. Null when there are none.
 */
export function codeOn(codes: readonly DatedCode[], date: string | null): string | null {
  if (codes.length === 0) return null;
  if (date !== null) {
    for (const c of codes) if ((c.from !== null || c.to !== null) && (c.from === null || c.from <= date) && (c.to === null || date <= c.to)) return c.code;
    for (const c of codes) if (c.from === null && c.to === null) return c.code;
    // Before every range the code does not hold yet: a future president is no president (the
    // caller falls back on the title or the country). After them, the last one ended.
    if (codes.every((c) => c.from !== null && c.from > date)) return null;
    let best = codes[0]!;
    for (const c of codes) if (c.to !== null && c.to < date) best = c;
    return best.code;
  }
  return codes[codes.length - 1]!.code;
}

/** Of a verb's patterns with the same words, the one written last: a later line redefines an earlier one. */
export function latestPatterns(patterns: readonly VerbPattern[]): VerbPattern[] {
  const byWords = new Map<string, VerbPattern>();
  for (const p of patterns) {
    const key = JSON.stringify([p.before, p.after]);
    byWords.delete(key);
    byWords.set(key, p);
  }
  return [...byWords.values()];
}
