import { NAME_PARTICLES, SPEECH_VERBS, TITLES } from './lexicon.js';
import { POS, TokenFlag, type Link, type Name, type NounPhrase, type TokenTable } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// "X, also known as Y", "X, known as Y", "X, better known as Y", "X, alias Y", "X, nicknamed Y".
const ALIAS_CUES = ['also known as', 'better known as', 'known as', 'alias', 'nicknamed', 'aka', 'a.k.a.', 'or'];
// The words between two names that make the second an alias ("X, also known as Y"), to the cue
// they hold; the first cue in ALIAS_CUES wins.
const ALIAS_BETWEEN = new Map<string, string>();
for (const cue of ALIAS_CUES) {
  for (const between of [`, ${cue}`, cue, ...(cue !== 'or' ? [`, ${cue} ,`] : [])]) if (!ALIAS_BETWEEN.has(between)) ALIAS_BETWEEN.set(between, cue);
}
// Tokens are joined by single spaces, so more tokens than any of these has words cannot be one.
const ALIAS_MAX_TOKENS = Math.max(...[...ALIAS_BETWEEN.keys()].map((b) => b.split(' ').length));

// Maps, not object literals: a plain object would answer for "constructor" or "toString" too
// ("the constructor said …" once crashed the linker).
const PRONOUN_TYPES = new Map<string, readonly Name['type'][]>(Object.entries({
  he: ['person'], him: ['person'], his: ['person'], she: ['person'], her: ['person'],
  it: ['org', 'place'], its: ['org', 'place'],
  they: ['org', 'group', 'place'], them: ['org', 'group', 'place'], their: ['org', 'group', 'place'],
}));

/** Last words of the name of a body that governs, which "the government" may refer back to. */
const GOVERNING_WORDS = new Set(['authority', 'government', 'administration', 'council', 'cabinet', 'junta', 'committee', 'regime', 'executive']);

// "the group", "the militants" … and what they can refer to.
const NOMINAL_TYPES = new Map<string, readonly Name['type'][]>(Object.entries({
  group: ['org'], movement: ['org'], organization: ['org'], organisation: ['org'], militants: ['org', 'group'],
  rebels: ['org', 'group'], faction: ['org'], party: ['org'], alliance: ['org'], militia: ['org'], country: ['place'],
  nation: ['place'], republic: ['place'], island: ['place'], city: ['place'], body: ['org'],
  bloc: ['org'], agency: ['org'], council: ['org'], regime: ['org', 'place'], government: ['place', 'org'],
  // (Not "the kingdom": the actors stage finds the kingdom it means.)
  // "the lender" (the World Bank, the IMF), "the tribunal", "the court", "the watchdog", "the alliance".
  lender: ['org'], tribunal: ['org'], court: ['org'], watchdog: ['org'], union: ['org'], commission: ['org'], fund: ['org'],
}));

const PERSON_NOUNS = new Set([...TITLES.values()].filter((r): r is string => r !== null));

/** The lower-case words of tokens [from, to), joined by spaces (as `lower.slice(from, to).join(' ')`, without the array). */
function words(tokens: TokenTable, from: number, to: number): string {
  const { lower } = tokens;
  const end = Math.min(to, lower.length);
  if (from < 0 || end <= from) return lower.slice(from, to).join(' ');
  let out = lower[from]!;
  for (let k = from + 1; k < end; k++) out += ` ${lower[k]}`;
  return out;
}

/** Pronouns in a quote that may point to a name the quote gave: a state or body's ("If North Korea …, it will pay"), not a person's. */
const QUOTED_PRONOUNS = new Set(['it', 'they', 'them']);

/**
 * Links mentions of the same actor within a document:
 * - dictionary aliases: a later name with the same entry as an earlier one ("Abu Mazen" → "Mahmoud Abbas");
 * - appositions and aliases: "Abbas, also known as Abu Mazen", "X (Y)", "Rantisi, a senior Hamas leader";
 * - short forms: a later surname or shorter name to the full name ("Abbas" → "Mahmoud Abbas");
 * - pronouns and nominals ("he", "the group") to the nearest compatible name, with a confidence;
 * - possessives: "Abbas' liaison" belongs to Abbas.
 * Names that were only guessed from capitals take the type and entry of what they link to.
 */
export function linkMentions(
  tokens: TokenTable,
  nounPhrases: readonly NounPhrase[],
  names: Mutable<Name>[],
): Link[] {
  const links: Link[] = [];
  const linked = new Set<number>();
  /** Whether tokens a to b are all inside one quote. */
  const sameQuote = (a: number, b: number): boolean => {
    for (let k = a; k <= b; k++) if (!(tokens.flags[k]! & TokenFlag.InQuote)) return false;
    return true;
  };
  // The subject that opens each sentence, when it is a thing: "The list …" (a common noun, no name in it).
  const openers = new Map<number, number>();
  nounPhrases.forEach((np, i) => {
    if (!openers.has(np.sentence) && tokens.flags[np.tokenStart]! & TokenFlag.SentenceStart) openers.set(np.sentence, i);
  });
  const named = new Set<number>();
  for (const name of names) for (let k = name.tokenStart; k < name.tokenEnd; k++) named.add(k);
  const thingSubject = (sentence: number): boolean => {
    const i = openers.get(sentence);
    if (i === undefined) return false;
    const np = nounPhrases[i]!;
    if (tokens.lower[np.tokenStart] !== 'the' || tokens.pos[np.head] !== POS.NOUN || tokens.lower[np.head]!.endsWith('s')) return false;
    for (let k = np.tokenStart; k < np.tokenEnd; k++) if (named.has(k)) return false;
    return true;
  };
  // The name each name was linked to, to follow chains back to an actor's first mention.
  // Plain arrays, not typed ones: a typed array's buffer costs far more to allocate per document.
  const parent = new Array<number>(names.length).fill(-1);
  const first = (index: number): number => {
    let current = index;
    for (let guard = 0; guard < names.length && parent[current]! >= 0; guard++) current = parent[current]!;
    return current;
  };
  const link = (kind: Link['kind'], index: number, antecedent: number, confidence: number) => {
    links.push({ kind, mention: { kind: 'name', index }, antecedent, confidence });
    linked.add(index);
    parent[index] = antecedent;
    const from = names[antecedent]!;
    const to = names[index]!;
    if (to.entry === null && to.confidence < 0.9 && from.confidence >= to.confidence) {
      to.type = from.type;
      to.entry = from.entry;
      to.actor = from.actor;
      if (to.country === null) to.country = from.country;
    }
  };

  // Appositive aliases and parentheticals, within a sentence.
  for (let n = 0; n < names.length - 1; n++) {
    const a = names[n]!;
    const b = names[n + 1]!;
    if (a.sentence !== b.sentence || b.tokenStart - a.tokenEnd > ALIAS_MAX_TOKENS) continue;
    const between = words(tokens, a.tokenEnd, b.tokenStart);
    if (between === '(' && tokens.lower[b.tokenEnd] === ')') {
      link('parenthetical', n + 1, n, 0.95);
      continue;
    }
    const cue = ALIAS_BETWEEN.get(between);
    if (cue !== undefined) link('alias', n + 1, n, cue === 'or' ? 0.6 : 0.95);
  }

  // Same dictionary entry, or a later short form of an earlier full name. Each name's words are
  // taken once: this loop compares every name with those before it.
  const nameWords = names.map((name) => tokens.lower.slice(name.tokenStart, name.tokenEnd));
  const surfaces = nameWords.map((w) => w.join(' '));
  for (let n = 0; n < names.length; n++) {
    if (linked.has(n)) continue;
    const name = names[n]!;
    const surface = surfaces[n]!;
    const short = nameWords[n]!;
    for (let m = n - 1; m >= 0; m--) {
      const earlier = names[m]!;
      if (name.entry !== null && earlier.entry === name.entry) {
        if (surface !== surfaces[m]) link('alias', n, m, 0.9);
        break;
      }
      const full = nameWords[m]!;
      if (name.entry === null && surface === surfaces[m]) {
        link('same-name', n, m, 0.9);
        break;
      }
      if (short.length < full.length && (earlier.type === name.type || name.confidence < 0.9) && isShortForm(short, full)) {
        link('short-form', n, m, name.confidence < 0.9 ? 0.85 : 0.7);
        break;
      }
    }
  }

  // Appositions that give a role: "Rantisi, a senior Hamas leader in Gaza, said …".
  // The noun phrase starting at each token (the last one, should two start at the same token).
  const npAt = new Array<number>(tokens.length + 1).fill(-1);
  for (let p = 0; p < nounPhrases.length; p++) npAt[nounPhrases[p]!.tokenStart] = p;
  for (let n = 0; n < names.length; n++) {
    const name = names[n]!;
    // Bounds checked first: a read past the end would send V8 back to deoptimise this function.
    if (name.tokenEnd >= tokens.length || tokens.lower[name.tokenEnd] !== ',') continue;
    const p = name.tokenEnd + 1 < npAt.length ? npAt[name.tokenEnd + 1]! : -1;
    if (p < 0) continue;
    const np = nounPhrases[p]!;
    const det = tokens.lower[np.tokenStart];
    const head = tokens.lower[np.head]!;
    if ((det === 'a' || det === 'an' || det === 'the') && PERSON_NOUNS.has(head) && name.type === 'person') {
      links.push({ kind: 'apposition', mention: { kind: 'phrase', index: p }, antecedent: n, confidence: 0.85 });
      if (name.role === null) name.role = head;
    }
  }

  // Pronouns and nominals: the nearest compatible name in this or the two sentences before.
  for (let p = 0; p < nounPhrases.length; p++) {
    const np = nounPhrases[p]!;
    // (In a quote, only a third person, and only to a name the same quote gave before it: '"If
    // North Korea attacks Guam, it will pay a heavy price," Trump said'.)
    const quoted = (tokens.flags[np.tokenStart]! & TokenFlag.InQuote) !== 0;
    if (quoted && !(np.tokenEnd - np.tokenStart === 1 && QUOTED_PRONOUNS.has(tokens.lower[np.head]!))) continue;
    let types: readonly Name['type'][] | undefined;
    let kind: Link['kind'] = 'pronoun';
    let role: string | null = null;
    if (np.tokenEnd - np.tokenStart === 1 && tokens.pos[np.head] === POS.PRON) types = PRONOUN_TYPES.get(tokens.lower[np.head]!);
    else if (tokens.lower[np.tokenStart] === 'the' && !hasCapital(tokens, np.tokenStart + 1, np.tokenEnd)) {
      // "the group", "the militant group" — but not "the Afghan government", which names its own actor.
      const head = tokens.lower[np.head]!;
      kind = 'nominal';
      types = NOMINAL_TYPES.get(head);
      if (!types && PERSON_NOUNS.has(words(tokens, np.tokenStart + 1, np.tokenEnd))) {
        types = ['person'];
        role = words(tokens, np.tokenStart + 1, np.tokenEnd);
      }
    }
    if (!types) continue;
    // "The list … also calls on Doha to …. It gives Qatar ten days": a sentence-opening "it" after a
    // sentence whose subject is a thing, not a name, is that thing.
    if (kind === 'pronoun' && tokens.lower[np.head] === 'it' && tokens.flags[np.tokenStart]! & TokenFlag.SentenceStart && thingSubject(np.sentence - 1)) continue;
    // "said in a video aired by Al Jazeera that it had seized …": a name in the phrases of the speech
    // verb the clause reports is not who "it" is (the speaker is).
    // (Not a person's speech, whose "it" is never the speaker: "Annan said in a letter to Iraq that it must …".)
    let speech = kind === 'pronoun' && np.tokenStart > 1 && tokens.lower[np.tokenStart - 1] === 'that' ? speechVerbBefore(tokens, np.tokenStart - 2) : -1;
    if (speech > 0 && names.some((n) => n.tokenEnd === speech && n.type === 'person')) speech = -1;
    const candidates: number[] = [];
    for (let m = names.length - 1; m >= 0; m--) {
      const name = names[m]!;
      if (name.tokenStart >= np.tokenStart) continue;
      if (speech >= 0 && name.tokenStart > speech && tokens.pos[name.tokenStart - 1] === POS.ADP) continue;
      if (name.sentence < np.sentence - 2) break;
      if (!types.includes(name.type) || ((tokens.flags[name.tokenStart]! & TokenFlag.InQuote) !== 0) !== quoted || (quoted && !sameQuote(name.tokenStart, np.tokenStart))) continue;
      // ("the government" is a body that governs, not any organisation: "The Tupac Amaru rebels urged the government".)
      // (Nor is "the council" or "the commission": "The Muslim Brotherhood criticised the military
      // council", "the MDC demanded that the electoral commission release the results".)
      const head = tokens.lower[np.head]!;
      const last = tokens.lower[name.tokenEnd - 1]!;
      if (name.type === 'org' && (head === 'government' || head === 'council') && !GOVERNING_WORDS.has(last)) continue;
      if (name.type === 'org' && (head === 'commission' || head === 'committee') && last !== head) continue;
      if (role !== null && name.role !== null && name.role !== role) continue;
      if (name.type === 'group' && kind === 'pronoun') continue;
      candidates.push(m);
    }
    if (candidates.length === 0) continue;
    // A city or region from the place gazetteer is the antecedent only when no body or country
    // is: "the problem of Gaza … unless the Hamas regime is disarmed … it fires" is Hamas.
    const actors = candidates.filter((m) => names[m]!.place === null || names[m]!.actor !== null);
    if (actors.length > 0 && actors.length < candidates.length) candidates.splice(0, candidates.length, ...actors);
    // Prefer the subject: the first name of the nearest sentence that has a candidate.
    const nearest = names[candidates[0]!]!.sentence;
    const sameSentence = candidates.filter((m) => names[m]!.sentence === nearest);
    // …but an object pronoun in its own sentence is not that sentence's subject: "severed links with
    // Qatar, accusing it of supporting terrorism" is Qatar, the nearest name.
    // (Not "said it would allow": a pronoun before its own verb is a subject.)
    const next = tokens.pos[np.tokenEnd];
    const object = kind === 'pronoun' && nearest === np.sentence && np.tokenStart > 0 && next !== POS.VERB && next !== POS.AUX &&
      (tokens.pos[np.tokenStart - 1] === POS.VERB || OBJECT_PRONOUNS.has(tokens.lower[np.head]!));
    // (Not the subject right before its verb: in "Hamas said Israel attacked it", "it" is Hamas.)
    // A country named again after a verb or preposition of its own sentence is another than the
    // subject: in "Britain, Malawi's largest donor, suspended aid to the country" it is Malawi.
    const otherPlace = kind === 'nominal' && nearest === np.sentence && types.length === 1 && types[0] === 'place' && np.tokenStart > 0 &&
      (tokens.pos[np.tokenStart - 1] === POS.VERB || tokens.pos[np.tokenStart - 1] === POS.ADP);
    // (A name before a bare participle is no subject of it: "wrote to Assad urging him" is Assad.)
    const participle = np.tokenStart > 0 && tokens.pos[np.tokenStart - 1] === POS.VERB && tokens.lower[np.tokenStart - 1]!.endsWith('ing');
    const nearestObject = object ? candidates.find((m) => names[m]!.tokenEnd !== np.tokenStart - 1 || participle)
      : otherPlace ? candidates.find((m) => names[m]!.sentence === nearest && first(m) !== first(sameSentence[sameSentence.length - 1]!)) : undefined;
    // (Of the names in one phrase, its head's: "The West African regional bloc ECOWAS … it" is ECOWAS.)
    let subject = sameSentence[sameSentence.length - 1]!;
    const phraseAt = phraseIndexAround(nounPhrases, names[subject]!.tokenStart, names[subject]!.tokenEnd);
    const phrase = phraseAt >= 0 ? nounPhrases[phraseAt] : undefined;
    if (phrase) for (const m of sameSentence) if (names[m]!.tokenEnd <= phrase.tokenEnd && names[m]!.tokenStart > names[subject]!.tokenStart && names[m]!.tokenEnd - 1 === phrase.head) subject = m;
    // (Nor a possessor, but the name its phrase owns: "West Africa's regional bloc ECOWAS … it" is ECOWAS.)
    const owned = kind === 'pronoun' && phraseAt >= 0 ? nounPhrases[phraseAt + 1] : undefined;
    if (owned && owned.possessor === phraseAt) {
      const head = sameSentence.find((m) => names[m]!.tokenStart >= owned.tokenStart && names[m]!.tokenEnd === owned.head + 1);
      if (head !== undefined) subject = head;
    }
    const chosen = first(nearestObject ?? subject);
    const confidence = (kind === 'pronoun' ? 0.75 : 0.65) / Math.sqrt(new Set(candidates.map((m) => first(m))).size);
    links.push({ kind, mention: { kind: 'phrase', index: p }, antecedent: chosen, confidence: Math.round(confidence * 100) / 100 });
  }

  // Possessives: the possessed phrase belongs to the name that is its possessor.
  for (let p = 0; p < nounPhrases.length; p++) {
    const owner = nounPhrases[p]!.possessor;
    if (owner === null) continue;
    const ownerNp = nounPhrases[owner]!;
    for (let n = 0; n < names.length; n++) {
      const name = names[n]!;
      if (name.tokenEnd === ownerNp.tokenEnd && name.tokenStart >= ownerNp.tokenStart) {
        links.push({ kind: 'possessive', mention: { kind: 'phrase', index: p }, antecedent: first(n), confidence: 0.9 });
        break;
      }
    }
  }
  return links;
}

/** The speech verb at most a few words before `k`, in its sentence, or -1. */
function speechVerbBefore(tokens: TokenTable, k: number): number {
  for (let j = k; j >= 0 && j > k - 12; j--) {
    if (tokens.flags[j]! & TokenFlag.SentenceStart) return -1;
    if (tokens.pos[j] === POS.VERB && SPEECH_VERBS.has(tokens.lemma[j]!)) return j;
  }
  return -1;
}

function hasCapital(tokens: TokenTable, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens.flags[k]! & TokenFlag.Capitalized) return true;
  return false;
}

/** A later name is a short form of an earlier one: its surname, its last words, or its first word when that is long. */
function isShortForm(short: readonly string[], full: readonly string[]): boolean {
  // The last words of `full`, compared in place (callers pass a shorter `short`).
  const offset = full.length - short.length;
  let tail = offset >= 0;
  for (let k = 0; tail && k < short.length; k++) tail = full[offset + k] === short[k];
  if (tail) return true;
  if (offset < 0 && full.slice(offset).every((w, k) => w === short[k])) return true;
  // "Kim" for "Kim Jong Un", "Xi" for "Xi Jinping": a family name written first; not a particle ("Abu", "al").
  return short.length === 1 && full[0] === short[0] && (short[0]!.length > 3 || (short[0]!.length >= 2 && full.length >= 2 && !NOT_FAMILY_NAMES.has(short[0]!)));
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);

/** The index of the noun phrase that holds tokens [from, to), or -1, found by halving (phrases are in text order). */
export function phraseIndexAround(nounPhrases: readonly NounPhrase[], from: number, to: number): number {
  let lo = 0;
  let hi = nounPhrases.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = nounPhrases[mid]!;
    if (q.tokenEnd <= from) lo = mid + 1;
    else if (q.tokenStart > from) hi = mid - 1;
    else return q.tokenStart <= from && to <= q.tokenEnd ? mid : -1;
  }
  return -1;
}
/** First words that never stand alone for a whole name: the name particles, and prefixes such as "Abu" or "San". */
const NOT_FAMILY_NAMES = new Set([...NAME_PARTICLES, 'abu', 'du', 'des', 'mac', 'mc', 'st', 'san']);

