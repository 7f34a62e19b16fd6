// The word lists and code sets the coder's rules use, and small tests over patterns and actors,
// kept apart so that coder.ts reads as the rules themselves.
import type { VerbPattern } from '../dictionaries/index.js';
import type { NounPhrase, TokenTable } from '../language/types.js';
import type { ResolvedActor } from './actors.js';

/** Speech verbs whose reported clause did not happen, as the speaker tells it: "denied that it attacked". */
export const DENIAL_VERBS = new Set(['deny', 'dismiss', 'refute', 'disown']);

/** Verbs that put their event in their object noun ("hold talks", "launch an attack", "pay a visit"). */
export const LIGHT_VERBS = new Set([
  'hold', 'give', 'launch', 'undertake', 'conduct', 'stage', 'make', 'take', 'reach', 'renew', 'resume', 'begin',
  'start', 'open', 'continue', 'mount', 'pay', 'carry', 'deliver', 'issue', 'lodge', 'file', 'step',
]);

/** Nouns that measure an event named in their "of" phrase. */
export const MEASURE_NOUNS = new Set(['day', 'round', 'series', 'wave', 'week', 'session', 'spate', 'string', 'number', 'lot', 'bout', 'package', 'batch', 'tranche']);

/** Verb stems a noun may come from: "talks" → talk, "mediation" → mediate, "shelling" → shell. */
export function verbStems(noun: string): string[] {
  const stems = [noun];
  // ("examination" → examine.)
  if (noun.endsWith('ation')) stems.push(`${noun.slice(0, -5)}ate`, noun.slice(0, -5), `${noun.slice(0, -5)}e`);
  else if (noun.endsWith('ion')) stems.push(noun.slice(0, -3), `${noun.slice(0, -3)}e`);
  if (noun.endsWith('ing')) stems.push(noun.slice(0, -3), `${noun.slice(0, -3)}e`);
  if (noun.endsWith('s')) stems.push(noun.slice(0, -1));
  if (noun.endsWith('ment')) stems.push(noun.slice(0, -4));
  // "invasion" → invade, "expansion" → expand, "expulsion" → expel, "detention" → detain,
  // "withdrawal" → withdraw, "removal" → remove, "seizure" → seize.
  if (noun.endsWith('sion')) stems.push(`${noun.slice(0, -4)}de`, `${noun.slice(0, -4)}d`);
  if (noun.endsWith('ulsion')) stems.push(`${noun.slice(0, -6)}el`);
  if (noun.endsWith('ention')) stems.push(`${noun.slice(0, -6)}ain`);
  if (noun.endsWith('al')) stems.push(noun.slice(0, -2), `${noun.slice(0, -2)}e`);
  // ("departure" → depart.)
  if (noun.endsWith('ure')) stems.push(`${noun.slice(0, -3)}e`, noun.slice(0, -3));
  return stems;
}

/** Prepositions whose object can be an event's target ("talks with X", "an attack on X"); never "in" or "near". */
export const TARGET_PREPOSITIONS = new Set(['with', 'to', 'against', 'on', 'toward', 'towards', 'for', 'from', 'into', 'upon', 'at', 'over', 'between']);

/**
 * Acts done in a place: investigation, protest, force, concessions and coercion, where the country
 * they happen in is their target ("opened an investigation into war crimes in Georgia").
 */
export const LOCATIVE_ROOTS = new Set(['08', '09', '14', '15', '17', '18', '19', '20']);
export const LOCATIVE_PREPOSITIONS = new Set(['in', 'inside', 'into', 'across', 'throughout', 'within', 'through', 'outside', 'along', 'off']);

/**
 * Under the TABARI/PETRARCH convention, the codes whose event needs no target: a protest or a show
 * of force can be aimed at nobody named, and an intent or a concession ("agreed to a ceasefire",
 * "agreed to resign") can be made to no one.
 */
export const TARGETLESS_ROOTS = new Set(['03', '08', '14', '15']);
/** Cooperation between conjoined subjects with no other target is mutual: "Brazil and Argentina signed". */
export const MUTUAL_ROOTS = new Set(['03', '04', '05', '06']);
/** A pattern's code for "this use of the verb is no event". */
export const NO_EVENT = '---';
/** Sectors of irregular armed actors, and of all armed ones. */
const IRREGULAR = /^(---|[A-Z]{3})(REB|INS|UAF|CRM|SEP|RAD)|^IMG/;
const ARMED = /(MIL|REB|INS|UAF|SEP|PKO)/;

/** An irregular armed actor: rebels, insurgents, militias, gangs, unnamed gunmen. */
/** Actors who stand against their state: rebels, insurgents, separatists, the opposition. */
const AGAINST_STATE = /^([A-Z]{3}|---)(REB|INS|SEP|UAF|RAD|OPP)|^IMG/;

/** An actor who stands against their state (unlike `irregular`, the opposition counts; gangs do not). */
export function againstState(actor: ResolvedActor): boolean {
  return AGAINST_STATE.test(actor.code);
}

export function irregular(actor: ResolvedActor | null): boolean {
  return actor !== null && IRREGULAR.test(actor.code);
}

/** An armed actor, or an alliance of armed forces. */
export function armed(actor: ResolvedActor | null): boolean {
  return actor !== null && (ARMED.test(actor.code.slice(3)) || /^IGOWSTNAT/.test(actor.code));
}

/** Violence: assault, fight, mass violence. */
export const VIOLENT_ROOTS = new Set(['18', '19', '20']);
/** Weapons and attacks that news makes the doer of violence when no one is named. */
export const WEAPON_NOUNS = new Set([
  'bomb', 'bombing', 'blast', 'explosion', 'attack', 'airstrike', 'strike', 'shell', 'shelling', 'rocket', 'missile', 'mine',
  'landmine', 'device', 'ied', 'gunfire', 'grenade', 'mortar', 'drone', 'shooting', 'ambush', 'raid', 'barrage', 'bombardment',
]);
/** Prepositions that may open a clause: "after a hafling was reported". */
export const CLAUSE_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'as']);
/** Yielding to, investigating and coercing people: a state does these mostly at home. */
export const DOMESTIC_ROOTS = new Set(['08', '09', '17']);
/** So is a fight between them: "Vietnamese and Cambodian forces clashed". */
export const SYMMETRIC_VERBS = new Set(['clash', 'battle', 'fight', 'skirmish', 'exchange', 'feud', 'spar']);
/** Codes for handing something or someone over: extradition (063), aid (07x), return (084x). */
export const TRANSFER_CODES = /^(063|07|084|033)/;
/** Occasions at which things are said or agreed: an "at" phrase naming one is a venue, not a target. */
export const VENUE_NOUNS = new Set([
  'summit', 'meeting', 'conference', 'talks', 'ceremony', 'rally', 'forum', 'session', 'gathering', 'event', 'briefing',
  'assembly', 'congress', 'convention', 'funeral', 'parade', 'dinner', 'banquet', 'sidelines', 'sideline', 'margins', 'interview', 'speech',
]);
/** Verbs for a fight breaking out or going on: "fighting erupted between …". */
export const OUTBREAK_VERBS = new Set(['erupt', 'break out', 'flare', 'continue', 'rage', 'intensify', 'escalate', 'resume', 'begin', 'start', 'spread']);
/** Whatever conjoined sides exchange, they give each other: "Russia and Ukraine swapped prisoners". */
export const EXCHANGE_VERBS = new Set(['exchange', 'swap', 'trade']);

/** Words that deny what follows them. */
export const NEGATORS = new Set(["n't", 'not', 'never', 'no']);

/**
 * A pattern's word fits a token by its form or lemma; a TABARI stem ("revolution*") by the start of
 * either (the lemma for split contractions: "not*" fits the "n't" of "won't").
 */
export function wordFits(word: string, lower: string, lemma: string): boolean {
  if (lower === word || lemma === word) return true;
  if (!word.endsWith('*')) return false;
  const stem = word.slice(0, -1);
  return lower.startsWith(stem) || lemma.startsWith(stem);
}

/** A pattern that names a negation before its verb: it codes the verb negated. */
export function namesNegation(p: VerbPattern): boolean {
  return p.before.some((e) => e.kind === 'words' && e.options.some((o) => o.some((w) => NEGATORS.has(w.replace(/\*$/, '')))));
}

/** A pattern that names a modal before its verb ("INDICATED SHOULD *"): it codes the verb under it. */
export function namesModal(p: VerbPattern, modal: string): boolean {
  return p.before.some((e) => e.kind === 'words' && e.options.some((o) => o.some((w) => w.replace(/\*$/, '') === modal)));
}

export function hasTarget(p: VerbPattern): boolean {
  return p.after.some((e) => e.kind === 'target') || p.before.some((e) => e.kind === 'target');
}

export function patternSize(p: VerbPattern): number {
  return p.before.length + p.after.length;
}

/** Where a noun phrase ends with its "of" phrases: "the president of the Arab League" (token index). */
export function endWithOf(tokens: TokenTable, nounPhrases: readonly NounPhrase[], np: number): number {
  return phraseEnd(tokens, nounPhrases, np, false);
}

/**
 * The same, on through what a possessive owns and the rest of a list: "Sudan's warring parties",
 * "Venezuela's government and opposition", "Ethiopia and Eritrea".
 */
export function endWithOwned(tokens: TokenTable, nounPhrases: readonly NounPhrase[], np: number): number {
  return phraseEnd(tokens, nounPhrases, np, true);
}

function phraseEnd(tokens: TokenTable, nounPhrases: readonly NounPhrase[], np: number, owned: boolean): number {
  let end = nounPhrases[np]!.tokenEnd;
  for (let j = np + 1; nounPhrases[j]?.tokenStart === end + 1 || (owned && nounPhrases[j]?.tokenStart === end + 2 && tokens.lower[end] === ',' && tokens.lower[end + 1] === 'and'); j++) {
    const possessive = owned && (tokens.lower[end] === "'s" || tokens.lower[end] === "'") && nounPhrases[j]!.possessor === j - 1;
    const listed = owned && nounPhrases[j]!.conjuncts.includes(j - 1);
    if (tokens.lower[end] !== 'of' && !possessive && !listed) break;
    end = nounPhrases[j]!.tokenEnd;
  }
  return end;
}

/** Sectors of civil society (as opposed to the state's): their protests and unrest are the people's. */
export const CIVIL_SOCIETY = /^(OPP|AGR|LAB|CVL|EDU|REL|MED|BUS|HLH)/;
