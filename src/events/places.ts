import { POS, type VerbGroup } from '../language/types.js';
import { countryOf, international, type ResolvedActor } from './actors.js';
import { opensClause } from './clauses.js';
import { nounLemma, resolveAll, tokenAt, type CodingContext } from './context.js';
import { LOCATIVE_PREPOSITIONS, WEAPON_NOUNS } from './rules.js';
import { BORDER_WORDS } from './vocabulary.js';

// Places: the country a place phrase names, the place an event happened in or a relative clause
// names, the border an act faces, and actors of no named country given one.

/** The country of the "in" place phrase right after an event noun: "the military takeover in Fiji" → FJI. */
export function placeOfEvent(ctx: CodingContext, np: number, date: string | null): ResolvedActor | null {
  const { tokens, nounPhrases, matcher } = ctx;
  const end = nounPhrases[np]!.tokenEnd;
  if (!LOCATIVE_PREPOSITIONS.has(tokens.lower[end] ?? '')) return null;
  const place = matcher.npAt[end + 1]!;
  return place >= 0 && nounPhrases[place]!.tokenStart === end + 1 ? placeActor(ctx, place, date) : null;
}

/**
 * The country of the first place phrase in the rest of a verb's sentence from token `from`: "claimed
 * responsibility for the assault on a shopping mall in Nairobi" → KEN, "an investigation into the
 * attack that killed scores of people in the Syrian town of Khan Sheikhoun" → SYR. A place after a
 * preposition of place, or one an act in between was done to ("the earthquake that devastated Haiti").
 * (Up to a semicolon or another speaker's words.)
 */
export function sceneAfter(ctx: CodingContext, v: number, from: number, date: string | null): ResolvedActor | null {
  const { tokens, sentences, nounPhrases, verbGroups, matcher, resolver, verbAt } = ctx;
  const end = sentences[verbGroups[v]!.sentence]!.tokenEnd;
  for (let k = from; k < end; k++) {
    if (tokens.lower[k] === ';' || (verbAt[k]! >= 0 && verbAt[k] !== v && SPEECH_LEMMAS.has(tokens.lemma[k]!))) return null;
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    // ("forced out of Pristina": "out of" places too.)
    const governed = LOCATIVE_PREPOSITIONS.has(tokens.lower[k - 1]!) || (tokens.lower[k - 1] === 'of' && tokens.lower[k - 2] === 'out') || (verbAt[k - 1]! >= 0 && verbAt[k - 1] !== v);
    const place = governed && resolver.isPlace(np) ? placeActor(ctx, np, date) : null;
    // (A demonym's place: "in the Syrian town of Khan Sheikhoun", "in a Malian village".)
    const described = place ?? (LOCATIVE_PREPOSITIONS.has(tokens.lower[k - 1]!) && SETTLEMENT_NOUNS.has(tokens.lemma[nounPhrases[np]!.head]!) ? resolver.resolve(np, date) : null);
    const country = described ? countryOf(described.code) : null;
    if (described && country !== null && !international(described.code)) return { ...described, code: country, place: true };
    k = nounPhrases[np]!.tokenEnd - 1;
  }
  return null;
}
const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'state', 'announce']);
/** Places a demonym may say the country of: "the Syrian town of …". */
const SETTLEMENT_NOUNS = new Set(['town', 'city', 'village', 'province', 'region', 'district', 'capital', 'port', 'area', 'border', 'camp']);

/** A border or frontier is named within the verb's next few words: "deploy troops along the border with Turkey". */
export function bordered(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, sentences } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 12);
  for (let k = vg.tokenEnd; k < end; k++) if (BORDER_WORDS.has(tokens.lemma[k]!)) return true;
  return false;
}

/** Verbs of holding or besieging a place, whose object places those who do it. */
const HELD_PLACE_VERBS = new Set(['besiege', 'encircle', 'surround', 'capture', 'seize', 'control', 'hold', 'overrun', 'occupy', 'storm', 'shell']);

/** The country of a place named in the relative clause on an actor's phrase ("the soldiers who seized power in Niger"), or null. */
export function placeInRelative(ctx: CodingContext, actor: ResolvedActor, sentence: number, date: string | null): string | null {
  const { tokens, nounPhrases, matcher, clausesOf } = ctx;
  const clause = (clausesOf.get(sentence) ?? []).find((c) => c.kind === 'relative' && c.antecedent !== null && nounPhrases[c.antecedent]!.start <= actor.start && actor.start < nounPhrases[c.antecedent]!.end);
  if (!clause) return null;
  for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
    const np = matcher.npAt[k]!;
    // (Or a place they besiege or hold: "rebels who had besieged Monrovia"; not what a ruling
    // does: "the world court ruling that handed Nicaragua a bigger share".)
    if (np < 0 || nounPhrases[np]!.tokenStart !== k || !(LOCATIVE_PREPOSITIONS.has(tokens.lower[k - 1]!) || (HELD_PLACE_VERBS.has(tokens.lemma[k - 1]!) && ctx.resolver.isPlace(np)))) continue;
    const place = placeActor(ctx, np, date);
    if (place) return countryOf(place.code);
  }
  return null;
}

/**
 * The country of a border named in a pattern's match or right after it ("along the Cambodian
 * border", "were deployed along the border with Colombia"), when it is not the doer's own.
 */
export function borderFaced(ctx: CodingContext, vg: VerbGroup, matchEnd: number, sources: ResolvedActor[], date: string | null, namedOnly = false): ResolvedActor[] {
  const { tokens, sentences, nounPhrases, matcher } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd, matchEnd + 10);
  for (let k = vg.tokenEnd; k < end && (k < matchEnd || (tokens.lower[k] !== ',' && !opensClause(ctx, k))); k++) {
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.head !== k || !BORDER_WORDS.has(tokens.lemma[k]!)) continue;
    const after = nounPhrases[np]!.tokenEnd;
    // (With `namedOnly`, only a border its own words name: "near the Ukrainian border", not "Slovenia's borders with Austria".)
    if (namedOnly && (nounPhrases[np]!.possessor !== null || tokens.lower[after] === 'with')) return [];
    // ("on the borders of breakaway Chechnya": a border's "of" names whose it is too.)
    const other = (tokens.lower[after] === 'with' || tokens.lower[after] === 'of') && matcher.npAt[after + 1]! >= 0 ? matcher.npAt[after + 1]! : np;
    // (A breakaway region's is another's, though it lies in the doer's own country.)
    const seceded = other !== np && BREAKAWAY_WORDS.has(tokens.lower[nounPhrases[other]!.tokenStart]!);
    const across = resolveAll(ctx, [other], date).filter((t) => countryOf(t.code) !== null && (seceded || !sources.some((a) => countryOf(a.code) === countryOf(t.code))));
    return across.map((t) => ({ ...t, code: countryOf(t.code)!, place: true }));
  }
  return [];
}

/** Whether an actor's phrase calls it a breakaway region ("breakaway Chechnya"), which its own state may act on. */
export function breakaway(ctx: CodingContext, actor: ResolvedActor): boolean {
  const { matcher, nounPhrases, tokens } = ctx;
  const np = matcher.npAt[tokenAt(ctx, actor.start)]!;
  return np >= 0 && BREAKAWAY_WORDS.has(tokens.lower[nounPhrases[np]!.tokenStart]!);
}

/**
 * The country a place phrase names ("in Cairo" → EGY, "in Egypt" → EGY): a place is where an act
 * is done, so a capital there is its country, not its government.
 */
export function placeActor(ctx: CodingContext, np: number, date: string | null): ResolvedActor | null {
  const { tokens, nounPhrases, resolver } = ctx;
  const actor = resolver.resolve(np, date) ?? theCountry(ctx, np);
  if (!actor) return null;
  // "in Egypt", "in Israeli jails"; not "killed in Israeli tank shelling", which names an attack.
  if (/^[A-Z]{3}$/.test(actor.code) && !WEAPON_NOUNS.has(nounLemma(ctx, nounPhrases[np]!.head))) return { ...actor, place: true };
  // "near Damascus airport": a place named in a phrase about a place is its country, not its government.
  const named = resolver.placeIn(np);
  if (named !== null && tokens.pos[nounPhrases[np]!.head] === POS.NOUN) return { ...actor, code: named, place: true };
  const country = countryOf(actor.code);
  return resolver.isPlace(np) && country !== null ? { ...actor, code: country, place: true } : null;
}

/**
 * "in the north of the country": the country last named before, as a place, a nationality or a person's, in
 * this sentence or the one before.
 */
export function theCountry(ctx: CodingContext, np: number): ResolvedActor | null {
  const { tokens, nounPhrases, names } = ctx;
  const phrase = nounPhrases[np]!;
  if (phrase.tokenEnd - phrase.tokenStart !== 2 || tokens.lower[phrase.tokenStart] !== 'the' || !/^(country|nation)$/.test(tokens.lower[phrase.head]!)) return null;
  for (let n = names.length - 1; n >= 0; n--) {
    const name = names[n]!;
    if (name.sentence < phrase.sentence - 1) break;
    if (name.start >= phrase.start || name.country === null || name.type === 'org') continue;
    return { code: name.country, start: phrase.start, end: phrase.end, place: true };
  }
  return null;
}

/** Whether an actor's words make it states that give aid, of no one country: "donor governments". */
export function donorStates(text: string, actor: ResolvedActor): boolean {
  return /\bdonor (governments?|countries|country|nations?|states?)\b/i.test(text.slice(actor.start, actor.end));
}

/** Actors of no named country given the country of `home`, save those called foreign or international ("foreign aid workers"). */
export function atHome(ctx: CodingContext, targets: ResolvedActor[], home: string): ResolvedActor[] {
  const { text } = ctx;
  // (Most actors have a country already: the text is read only for those that have none.)
  if (!targets.some((t) => t.code.startsWith('---'))) return targets;
  return targets.map((t) => (!t.code.startsWith('---') || ofNoCountry(text, t) || /\b(international|multinational|world)\b/i.test(text.slice(t.start, t.end)) ? t : ofCountry([t], home, true)[0]!));
}

/** "foreign" as a modifier of people, not of a state's office ("foreign ministers"). */
const FOREIGN = /\bforeign\b(?!\s+(minister|ministers|ministry|ministries|secretary|secretaries|affairs|office|policy|service|relations))/i;

/** Whether an actor's words say it is of no country where it is: "foreign hostages", "donor governments". */
export function ofNoCountry(text: string, actor: ResolvedActor): boolean {
  return FOREIGN.test(text.slice(actor.start, actor.end)) || donorStates(text, actor);
}

/** Actors of no named country ('---CVL') given one: `country` + their sector, marked inferred if so. */
export function ofCountry(actors: ResolvedActor[], country: string, inferred = false): ResolvedActor[] {
  return actors.map((a) => (a.code.startsWith('---') ? { ...a, code: `${country}${a.code.slice(3)}`, ...(inferred ? { inferred } : {}) } : a));
}

/** Words for a region that has broken away from its state. */
const BREAKAWAY_WORDS = new Set(['breakaway', 'separatist', 'secessionist', 'rebellious']);

/** Prepositions of the scene of a violent act: "kidnapped 21 people from a Malaysian resort". */
const SCENE_PREPOSITIONS = new Set(['in', 'at', 'on', 'from', 'near', 'inside']);

/**
 * The other country where a violent act on people of no named country was done: the first place
 * phrase after the verb, within a few phrases, that names a country other than `home` ("from a
 * Malaysian diving resort", "on Malaysia's Sipadan island"). Null when none does.
 */
export function foreignScene(ctx: CodingContext, from: number, end: number, home: string, date: string | null): ResolvedActor | null {
  const { tokens, nounPhrases, matcher } = ctx;
  for (let k = from, phrases = 0; k < end && phrases < 5; k++) {
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    phrases++;
    k = nounPhrases[np]!.tokenEnd - 1;
    if (!SCENE_PREPOSITIONS.has(tokens.lower[nounPhrases[np]!.tokenStart - 1]!)) continue;
    // (Not a border one is near, which has two sides: "attacked an army post near the Ivorian border".)
    if (tokens.lower[nounPhrases[np]!.tokenStart - 1] === 'near' && BORDER_WORDS.has(tokens.lemma[nounPhrases[np]!.head]!)) continue;
    const where = placeActor(ctx, np, date);
    const country = where ? countryOf(where.code) : null;
    if (where && country !== null && /^[A-Z]{3}$/.test(country) && country !== home) return where;
  }
  return null;
}
