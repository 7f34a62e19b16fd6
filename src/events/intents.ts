import { READY_WORDS } from '../language/lexicon.js';
import { POS } from '../language/types.js';
import { countryOf, international } from './actors.js';
import { speechClauses, type CodingContext } from './context.js';
import { NEGATORS } from './rules.js';
import type { CodedEvent } from './types.js';

/** The side an actor code stands for: an international body's own code, else its country. */
const sideOf = (code: string): string | null => (international(code) ? code.slice(0, 6) : countryOf(code));

/** Whether a word within four tokens before token k (from token `from` on) denies it. */
function deniedBefore(lower: readonly string[], from: number, k: number): boolean {
  for (let j = Math.max(from, k - 4); j < k; j++) if (NEGATORS.has(lower[j]!)) return true;
  return false;
}

/** Phrases by their first word, each split into its words once. */
function byFirstWord(phrases: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    index.set(words[0]!, [...(index.get(words[0]!) ?? []), words]);
  }
  return index;
}

/** Whether one of the indexed phrases starts at token k. */
function phraseFrom(index: ReadonlyMap<string, string[][]>, lower: readonly string[], k: number): boolean {
  const candidates = index.get(lower[k]!);
  return candidates !== undefined && candidates.some((words) => words.every((w, i) => lower[k + i] === w));
}

/** Forces and arms that act for their side, which the agent dictionary does not list as sectors. */
const ACTING_THINGS = new Set(['peacekeepers', 'missiles', 'rockets', 'warplanes', 'jets', 'warships', 'drones', 'ships', 'bombers', 'tanks']);
/** Verbs of what one sees, wins or only undergoes, which intend no act: "'We will see what happens'", "'We will win this election'". */
const NO_ACTS = new Set(['see', 'know', 'wait', 'win', 'lose', 'remember', 'forget', 'need', 'want', 'like', 'hope', 'think', 'believe', 'survive', 'suffer', 'face', 'overcome', 'prevail']);
/** Words that say the speaker's own side acts: "'We will stay'", "'Our troops will be in Somalia'". */
const FIRST_PERSON_OWN = new Set(['we', 'i', 'our', 'my']);

/**
 * Whether statement e (a 010 of speech verb v) tells what the speaker's own side will do, or is
 * ready to do: "Kenyatta said our troops will stay in Somalia until the job is done", "Hatoyama told
 * Hu that Tokyo would work to turn the East China Sea into a sea of fraternity", "Athens said it was
 * ready to restart talks with Ankara". Such a statement expresses an intent (030), as CAMEO has it,
 * though the dictionaries code no verb of what is intended. (Only an act asserted: not one negated,
 * only possible or on a condition; and only the speaker's own: "said the economy would grow" or
 * "said Iran would attack" state no intent of the speaker's.)
 */
export function statesOwnIntent(ctx: CodingContext, e: CodedEvent, v: number): boolean {
  const speaker = e.source?.code;
  if (speaker === undefined) return false;
  const own = sideOf(speaker);
  if (own === null) return false;
  const { tokens, nounPhrases, verbGroups, verbAt, resolver } = ctx;
  for (const clause of speechClauses(ctx, v)) {
    // The clause's first verb group is what it reports.
    let at = -1;
    for (let k = clause.tokenStart; k < clause.tokenEnd && at < 0; k++) at = verbAt[k]!;
    const g = at >= 0 ? verbGroups[at]! : undefined;
    // (Nor what is done to a place or a thing: "said Aceh would be rebuilt".)
    if (g === undefined || g.negated || g.conditional || g.subject === null || g.voice === 'passive') continue;
    const np = nounPhrases[g.subject]!;
    if (np.tokenStart < clause.tokenStart) continue;
    const future = g.tense === 'future' || g.modal === 'would' || g.modal === 'will';
    const ready = g.lemma === 'be' && READY_WORDS.has(tokens.lower[g.tokenEnd] ?? '') && (tokens.lower[g.tokenEnd + 1] === 'to' || tokens.lower[g.tokenEnd + 1] === 'for');
    if (!future && !ready) continue;
    // (A modal of possibility is no intent: "could", "might".)
    if (g.modal !== null && g.modal !== 'would' && g.modal !== 'will') continue;
    // (An opinion of what will be is no intent: "said a strong India would be good for Bhutan".)
    if (g.lemma === 'be' && !ready && (tokens.pos[g.tokenEnd] === POS.ADJ || tokens.pos[g.tokenEnd] === POS.DET)) continue;
    // (Only those who can act: a pronoun, a name, or an agent noun; not "our relations will remain
    // good", "the Indonesian economy will recover".)
    const pronoun = np.tokenEnd - np.tokenStart === 1 && tokens.pos[np.head] === POS.PRON;
    if (!pronoun && tokens.pos[np.head] !== POS.PROPN && resolver.agentSector(np) === null && !ACTING_THINGS.has(tokens.lower[np.head]!)) continue;
    // (Nor what only happens to one, or what one only sees or hopes: "'We will see what happens'".)
    if (NO_ACTS.has(g.lemma)) continue;
    if (clause.kind === 'quote' && FIRST_PERSON_OWN.has(tokens.lower[np.tokenStart]!)) return true;
    const actor = resolver.resolve(g.subject, e.date);
    if (actor === null) continue;
    if (sideOf(actor.code) === own) return true;
  }
  return false;
}

/** What a place or a side is threatened it will become: "a sea of fire", "a legitimate target". */
const HARM_WORDS = new Set(['rubble', 'ashes', 'graveyard', 'cemetery', 'hell']);
/** Words before "target" that make it one for force: "a legitimate target" (not "its inflation target"). */
const TARGETED = new Set(['legitimate', 'military', 'prime']);

/** Whether token j names harm to come: "a sea of fire", "a legitimate target", "rubble". */
function harmAt(lower: readonly string[], j: number): boolean {
  const word = lower[j]!;
  if (word === 'fire') return lower[j - 2] === 'sea' && lower[j - 1] === 'of';
  if (word === 'target' || word === 'targets') return TARGETED.has(lower[j - 1] ?? '');
  return HARM_WORDS.has(word);
}

/** Whether the words from token k say a price paid for harm done: "for it", "dearly", "a heavy price". */
function paysForIt(lower: readonly string[], k: number): boolean {
  if (lower[k] === 'dearly' || lower[k] === 'heavily') return true;
  if (lower[k] === 'for') return lower[k + 1] === 'it' || lower[k + 1] === 'this' || lower[k + 1] === 'that';
  for (let j = k; j < k + 3; j++) if (lower[j] === 'price') return true;
  return false;
}
/** Force one's own side will use: "our troops will go in", "our missiles can strike the plant". */
const FORCE_VERBS = new Set(['strike', 'hit', 'reach', 'attack', 'destroy', 'crush', 'remove', 'invade', 'bomb', 'retaliate']);
/** Of those, the verbs that are force only when arms do them or force is named: "our rockets can reach Haifa". */
const MILD_FORCE_VERBS = new Set(['hit', 'reach', 'remove']);
/** Heads of arms and armed men. */
const ARMED_HEADS = new Set([...ACTING_THINGS, 'troops', 'forces', 'army', 'soldiers', 'navy', 'fighters', 'systems']);

/** Whether "by force" or "force" comes within a few words from token k. */
function byForce(lower: readonly string[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 6); j++) if (lower[j] === 'force') return true;
  return false;
}

/** Words of harm promised: "vowed harsh revenge", "would answer with military action", "would show no mercy". */
const THREAT_PHRASES = ['revenge', 'retaliation', 'all-out war', 'all - out war', 'military action', 'nuclear strike', 'pre-emptive strike', 'pre - emptive strike', 'preemptive strike', 'no mercy', 'spare none', 'sea of fire', 'graveyard', 'be crushed', 'crush the'];

/** Words that open a clause describing a phrase. */
const RELATIVE_OPENERS = new Set(['who', 'which', 'whose', 'where']);

const THREAT_INDEX = byFirstWord(THREAT_PHRASES);

/**
 * Whether the words after verb group v, to its sentence's end, promise harm (and deny none of it):
 * an intent (030) so worded threatens (130). "Khamenei vowed that harsh revenge awaited the United
 * States", "said it would respond to any punishment with all-out war".
 */
export function promisesHarm(ctx: CodingContext, v: number): boolean {
  const { tokens, verbGroups, sentences } = ctx;
  const g = verbGroups[v]!;
  const { lower } = tokens;
  const end = sentences[g.sentence]!.tokenEnd;
  for (let k = g.tokenEnd; k < end; k++) {
    // (Only in what is vowed, not in a clause that describes its object: "vowed to rebuild homes
    // destroyed by the Israeli military action".)
    const w = ctx.verbAt[k]!;
    if (RELATIVE_OPENERS.has(lower[k]!) || (w >= 0 && verbGroups[w]!.voice === 'passive' && verbGroups[w]!.tokenEnd - verbGroups[w]!.tokenStart === 1)) break;
    if (phraseFrom(THREAT_INDEX, lower, k) && !deniedBefore(lower, g.tokenEnd, k)) return true;
  }
  return false;
}

/**
 * Whether statement e (a 010 of speech verb v) threatens: its reported clause says another side
 * will be turned into "a sea of fire", become "a legitimate target" or "pay" for what it did, or that
 * the speaker's own forces will strike, reach or remove by force. Such a statement threatens (130),
 * on a condition or not ("If war breaks out, Seoul will become a sea of fire").
 */
export function statesThreat(ctx: CodingContext, e: CodedEvent, v: number): boolean {
  const speaker = e.source?.code;
  if (speaker === undefined) return false;
  const own = sideOf(speaker);
  const { tokens, nounPhrases, verbGroups, verbAt, resolver } = ctx;
  for (const clause of speechClauses(ctx, v)) {
    for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
      const at = verbAt[k]!;
      if (at < 0) continue;
      const g = verbGroups[at]!;
      k = g.tokenEnd - 1;
      const future = g.tense === 'future' || g.modal === 'would' || g.modal === 'will' || g.modal === 'can';
      if (!future || g.negated || g.subject === null) continue;
      const actor = resolver.resolve(g.subject, e.date);
      const subject = nounPhrases[g.subject]!;
      const first = tokens.lower[subject.tokenStart];
      const ours = (actor !== null && own !== null && sideOf(actor.code) === own) || first === 'our' || first === 'we';
      // ("remove", "reach" and "hit" only with arms or by force: not "'We will remove the tariffs'".)
      const armed = ARMED_HEADS.has(tokens.lower[subject.head]!) || byForce(tokens.lower, g.tokenEnd, clause.tokenEnd);
      if (ours && FORCE_VERBS.has(g.lemma) && (armed || !MILD_FORCE_VERBS.has(g.lemma))) return true;
      if (ours) continue;
      // What the other side will become, or pay: "it will pay for it", "will pay dearly", "a heavy
      // price" (not "donors will pay for the reconstruction").
      if (g.lemma === 'pay' && paysForIt(tokens.lower, g.tokenEnd)) return true;
      for (let j = g.tokenEnd; j < Math.min(clause.tokenEnd, g.tokenEnd + 6); j++) if (harmAt(tokens.lower, j)) return true;
    }
  }
  return false;
}

/** Words of blame a statement may call another's act: "a disgraceful breach", "state-sponsored piracy". */
const BLAME_WORDS = new Set([
  'disgraceful', 'shameful', 'outrageous', 'unacceptable', 'unjustified', 'unjustifiable', 'brazen', 'cynical', 'reckless',
  'irresponsible', 'repressive', 'authoritarian', 'ridiculous', 'absurd', 'hypocritical', 'provocative', 'provocation',
  'piracy', 'manipulation', 'blackmail', 'barbaric', 'barbarism', 'cowardly', 'heinous', 'despicable',
  'deplorable', 'appalling', 'atrocious', 'abhorrent', 'treacherous', 'betrayed', 'betrayal', 'conspiring', 'overstepped',
]);
/** Phrases of blame: "a stab in the back", "an act of terrorism", "ethnic cleansing", "neither free nor fair". */
const BLAME_PHRASES = ['like common criminals', 'like criminals', 'stab in the back', 'act of terrorism', 'act of aggression', 'ethnic cleansing', 'neither free nor fair', 'war crime', 'war crimes', 'crime against humanity', 'crimes against humanity', 'state terrorism'];

const BLAME_INDEX = byFirstWord(BLAME_PHRASES);

/**
 * Whether statement e (a 010 of speech verb v) blames another: what it says, or what the speaker
 * describes another's act as, holds a word of blame ("'This is state-sponsored piracy,' Coveney said
 * of Belarus's diversion of a Ryanair airliner"). Such a statement criticises (111). (Not a word
 * the clause denies: "said the strike was not a provocation".)
 */
export function statesBlame(ctx: CodingContext, e: CodedEvent, v: number): boolean {
  if (e.target === null || e.source === null) return false;
  const { tokens, verbGroups, sentences } = ctx;
  const g = verbGroups[v]!;
  const spans = speechClauses(ctx, v).map((c) => [c.tokenStart, c.tokenEnd] as const);
  // ("described Myanmar's campaign as a textbook example of ethnic cleansing": the words after the verb.)
  if (spans.length === 0) spans.push([g.tokenEnd, sentences[g.sentence]!.tokenEnd]);
  const { lower } = tokens;
  for (const [from, to] of spans) {
    for (let k = from; k < to; k++) {
      if (!BLAME_WORDS.has(lower[k]!) && !phraseFrom(BLAME_INDEX, lower, k)) continue;
      // (Nor an evil fought together: "must cooperate against piracy", "to fight war crimes".)
      const fought = FOUGHT.has(lower[k - 1] ?? '') || FOUGHT.has(lower[k - 2] ?? '');
      if (!fought && !deniedBefore(lower, from, k)) return true;
    }
  }
  return false;
}

/** Words before an evil that is fought, not blamed on anyone. */
const FOUGHT = new Set(['against', 'combat', 'combating', 'combatting', 'fight', 'fighting', 'tackle', 'tackling', 'end', 'ending', 'prevent', 'preventing', 'stop', 'stopping']);

/** Imperatives of courtesy, which ask nothing: "Thank you", "Welcome to Kabul". */
const COURTESIES = new Set(['thank', 'thanks', 'welcome', 'congratulate', 'congratulations', 'excuse', 'forgive', 'please']);

/** Tags that open an imperative's object: "Open the border", "Send us more soldiers". */
const BEFORE_OBJECT = new Set<number>([POS.DET, POS.PRON, POS.NOUN, POS.PROPN, POS.NUM, POS.ADJ]);

/**
 * Whether statement e (a 010 of speech verb v) quotes a bidding: a quote that opens with a verb's
 * bare form ('"Lay down your weapons," Pope Francis told the armed groups', '"Send us more
 * soldiers," the president told France'). Such a statement appeals (020) to whom it is told.
 */
export function quotesBidding(ctx: CodingContext, e: CodedEvent, v: number): boolean {
  if (e.target === null) return false;
  const { tokens, verbIndex } = ctx;
  for (const clause of speechClauses(ctx, v)) {
    if (clause.kind !== 'quote') continue;
    let k = clause.tokenStart;
    while (k < clause.tokenEnd && /^["'“‘]$/.test(tokens.lower[k]!)) k++;
    if (k >= clause.tokenEnd || tokens.lower[k]!.endsWith('ing') || tokens.lower[k]!.endsWith('ed')) continue;
    // (Not the first word of a phrase: "Close relations with Russia are vital".)
    const np = ctx.matcher.npAt[k]!;
    if (np >= 0 && ctx.nounPhrases[np]!.tokenEnd > k + 1) continue;
    // (Nor a courtesy: "'Thank you for your support'".)
    if (COURTESIES.has(tokens.lower[k]!)) continue;
    // (The tagger may read a capitalised imperative as a name: "Free the hostages now".)
    const verb = tokens.pos[k] === POS.VERB ? tokens.lemma[k] === tokens.lower[k] : verbIndex.words.has(tokens.lower[k]!) && BEFORE_OBJECT.has(tokens.pos[k + 1]!);
    if (verb) return true;
  }
  return false;
}
