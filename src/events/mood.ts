import type { Doc } from '../doc/index.js';
import { DAY_WORDS, READY_WORDS, SPEECH_VERBS } from '../language/lexicon.js';
import { POS, type NounPhrase, type VerbGroup } from '../language/types.js';
import { endWithOwned } from './rules.js';
import { ADDRESSEE_PREPOSITIONS, MAKER_PREPOSITIONS, REFLEXIVES } from './vocabulary.js';

/**
 * How an event is put: done, intended or threatened. CAMEO codes a promise, an offer or a future
 * cooperative act as "express intent to …" (03x), and a future or threatened hostile act as a
 * threat (13x), not as the act itself.
 */
export type Mood = 'actual' | 'intent' | 'threat' | 'directive' | 'refused' | 'prepared';

/** Intent verbs that, governing a permission, grant it: "agreed to let", "decided to allow". */
const CONCEDING_VERBS = new Set(['decide', 'agree', 'consent']);
/** Things, not people, a permission lets through. */
const ALLOWED_THINGS = new Set(['access', 'aid', 'passage', 'delivery', 'deliveries', 'flight', 'flights', 'travel', 'transit', 'trade', 'shipment', 'shipments', 'export', 'exports', 'import', 'imports']);
const INTENT_VERBS = new Set(['agree', 'offer', 'promise', 'pledge', 'vow', 'plan', 'intend', 'commit', 'propose', 'undertake', 'volunteer', 'consent', 'decide', 'resolve']);
/** "refused to lift the curfew", "failed to reach agreement": the act did not happen; the refusal is the event. */
const REFUSAL_VERBS = new Set(['refuse', 'decline', 'fail', 'reject', 'resist']);
const THREAT_VERBS = new Set(['threaten', 'warn']);
/**
 * Verbs that ask for an act: what they ask for has not happened ("urged Syria to release the
 * prisoners", "demanded that Israel withdraw"), so it is no event of its own.
 */
export const DIRECTIVE_VERBS = new Set([
  'demand', 'urge', 'ask', 'call', 'appeal', 'request', 'press', 'order', 'instruct', 'tell', 'want', 'propose',
  'suggest', 'recommend', 'advise', 'insist', 'encourage', 'invite', 'implore', 'beg', 'pressure', 'push',
  'persuade', 'convince',
]);
/** Verbs whose infinitive is only hoped for or tried: "hoped to persuade", "sought to topple". */
const IRREALIS_VERBS = new Set(['hope', 'wish', 'seek', 'try', 'aim', 'attempt', 'struggle', 'strive', 'expect', 'need']);
const PERMISSION_VERBS = new Set(['allow', 'permit', 'let', 'enable', 'authorise', 'authorize']);
/** Verbs that make their object do the infinitive after it: "forced Jammeh to hand over power". */
const FORCING_VERBS = new Set(['force', 'compel', 'oblige', 'coerce', 'pressure', 'pressurise', 'pressurize']);

/** Deals, whose "to" complement is what they are meant to do. */
const DEAL_NOUNS = new Set(['deal', 'agreement', 'accord', 'pact', 'arrangement']);
/** Efforts one wages, whose purpose, told apart from them, is under way: "launched a campaign in Swat to drive out the Taliban". */
const UNDERTAKEN_NOUNS = new Set(['campaign', 'drive', 'push', 'move', 'effort']);

/** Verbs of asking, whose "for" phrase names a thing asked for: "asked France for help". */
const ASKING_FOR = new Set(['ask', 'appeal', 'call', 'plead', 'beg', 'press', 'lobby', 'seek', 'request', 'push', 'apply']);

/** Words that ask about an infinitive after them: "to discuss how to rescue the deal". */
const QUESTION_WORDS = new Set(['how', 'whether', 'what', 'where', 'when', 'which', 'who', 'whom']);

/**
 * Nouns whose "to" or "that" complement names an act that has not happened: "its demand that
 * Israel ease restrictions", "the government's refusal to accept", "a bid to topple".
 */
const UNREALISED_NOUNS = new Set([
  'demand', 'call', 'request', 'appeal', 'proposal', 'suggestion', 'insistence', 'plan', 'refusal', 'failure', 'attempt',
  'bid', 'offer', 'threat', 'promise', 'pledge', 'effort', 'readiness', 'willingness', 'intention', 'desire', 'right',
  'ultimatum', 'warning', 'order', 'decision', 'vow', 'push', 'campaign', 'drive', 'move', 'deadline',
  // (Nor what one is under pressure to do: "is under mounting pressure to step down".)
  'pressure',
  // (What a deal is meant to do is not done by its signing: "signed a deal to ease the country's power shortages".)
  ...DEAL_NOUNS,
  // (A motion or bill is only put to a vote: "rejected a motion to let U.S. troops use Turkish bases".)
  'motion', 'bill',
  // (Nor what a plot was laid to do: "charged him with treason over an alleged plot to assassinate the president".)
  'plot', 'conspiracy', 'scheme', 'plea',
  // (Nor what a fight is fought for: "ending a long fight by his lawyers to keep him in a Mexican prison".)
  'fight', 'struggle', 'quest',
]);

/** True when verb group `v` is the complement of such a noun ("refusal to accept", "demand that Israel ease"). */
export function unrealised(doc: Doc, v: number): boolean {
  const tokens = doc.layers.tokens!;
  const vg = doc.layers.verbGroups![v]!;
  // "any West African force sent to remove Gbagbo", "any country that attacks Iran": what anyone at
  // all would do is done by no one yet. (Only in a clause that describes the phrase: "Any attack on
  // Yemen will be met with a response" still threatens.)
  const subject = vg.subject === null ? undefined : doc.layers.nounPhrases![vg.subject]!;
  if (subject !== undefined && tokens.lower[subject.tokenStart] === 'any') {
    const reduced = vg.voice === 'passive' && vg.tokenEnd - vg.tokenStart === 1 && subject.tokenEnd === vg.tokenStart;
    const relative = subject.tokenEnd === vg.tokenStart - 1 && RELATIVE_WORDS.has(tokens.lower[vg.tokenStart - 1]!);
    if (reduced || relative) return true;
  }
  const before = vg.tokenStart - 1;
  if (before >= 1 && tokens.lower[before] === 'to' && infinitiveUnrealised(doc, v, before)) return true;
  const noun = thatNoun(doc, v);
  if (noun === null) return false;
  // "it was unlikely that Saudi Arabia would restore ties".
  if (DOUBT_ADJECTIVES.has(tokens.lower[noun]!) && !assuredPast(doc, noun, vg)) return true;
  return tokens.pos[noun] === POS.NOUN && UNREALISED_NOUNS.has(tokens.lemma[noun]!);
}

/** Whether the infinitive of verb group `v`, whose "to" is token `to`, names an act not done. */
function infinitiveUnrealised(doc: Doc, v: number, to: number): boolean {
  const tokens = doc.layers.tokens!;
  const vg = doc.layers.verbGroups![v]!;
  if (tokens.pos[to - 1] === POS.NOUN && UNREALISED_NOUNS.has(tokens.lemma[to - 1]!)) return true;
  if (madeRequest(doc, to)) return true;
  // "asked France on Thursday for urgent military help to halt an advance": what a thing asked for
  // is to do is not done.
  for (let k = to - 1; k >= 1 && k >= to - 8 && phrasesOnly(tokens, k, to); k--) {
    if (tokens.lower[k] !== 'for') continue;
    // (So is what the way is paved or cleared for: "paving the way for an interim government to take over".)
    if (tokens.lower[k - 1] === 'way') return true;
    const asker = doc.layers.verbGroups!.findLast((g) => g.sentence === vg.sentence && g.tokenEnd <= k);
    if (asker !== undefined && ASKING_FOR.has(asker.lemma) && phrasesOnly(tokens, asker.tokenEnd, k)) return true;
    break;
  }
  // "met on Wednesday to discuss how to rescue the peace deal": what is asked about is not done.
  if (QUESTION_WORDS.has(tokens.lower[to - 1]!)) return true;
  // (Or past a phrase of where or when, wherever the noun stands: "opened talks on Thursday, the
  // first attempt in a decade to end the war".)
  for (let k = to - 2; k >= 0 && k >= to - 8 && phrasesOnly(tokens, k + 1, to); k--) {
    const lemma = tokens.lemma[k]!;
    if (tokens.pos[k] === POS.NOUN && tokens.pos[k + 1] === POS.ADP && UNREALISED_NOUNS.has(lemma) && !UNDERTAKEN_NOUNS.has(lemma)) return true;
  }
  // (So may where, when and whose, after such a noun that is the verb's object: "signed accords in
  // Zurich on Saturday to establish relations", "rejected an ultimatum from the leaders of ECOWAS to
  // hand power"; not a campaign one wages: "launched a campaign in the Swat valley on Friday to drive
  // out the Taliban".)
  const prev = v > 0 ? doc.layers.verbGroups![v - 1]! : null;
  if (prev !== null && prev.sentence === vg.sentence && prev.object !== null) {
    const object = doc.layers.nounPhrases![prev.object]!;
    const lemma = tokens.lemma[object.head]!;
    if (tokens.pos[object.head] === POS.NOUN && UNREALISED_NOUNS.has(lemma) && !UNDERTAKEN_NOUNS.has(lemma) && object.tokenEnd < to && phrasesOnly(tokens, object.tokenEnd, to)) return true;
  }
  return deadlineGiven(doc, to);
}

/**
 * "turned down a request from Kyrgyzstan's interim government on Saturday to send troops": the
 * noun's maker (and a day) may stand between it and its infinitive. `to` is the infinitive's "to".
 */
function madeRequest(doc: Doc, to: number): boolean {
  const tokens = doc.layers.tokens!;
  const nps = doc.layers.nounPhrases!;
  let k = to - 1;
  if (DAY_WORDS.has(tokens.lower[k]!)) k -= tokens.lower[k - 1] === 'on' ? 2 : 1;
  // Back over the maker's phrase, and whose it is: "from Kyrgyzstan's interim government".
  let np = lastPhraseBy(nps, k);
  if (np < 0 || nps[np]!.tokenEnd !== k + 1) return false;
  while (np > 0 && nps[np]!.possessor === np - 1 && nps[np - 1]!.tokenEnd === nps[np]!.tokenStart - 1) np--;
  const by = nps[np]!.tokenStart - 1;
  return by >= 1 && MAKER_PREPOSITIONS.has(tokens.lower[by]!) && tokens.pos[by - 1] === POS.NOUN && DEMAND_NOUNS.has(tokens.lemma[by - 1]!);
}

const DEADLINE_SPANS = new Set(['hour', 'day', 'week', 'month', 'deadline']);

/**
 * "gave Saddam Hussein 48 hours to withdraw", "gives Iraq until January 15 to leave Kuwait": the act
 * a deadline is given for has not happened. `to` is the infinitive's "to".
 */
function deadlineGiven(doc: Doc, to: number): boolean {
  const tokens = doc.layers.tokens!;
  let span = false;
  for (let k = to - 1; k >= 0 && k >= to - 8 && tokens.sentence[k] === tokens.sentence[to]; k--) {
    if (DEADLINE_SPANS.has(tokens.lemma[k]!) || tokens.lower[k] === 'until') span = true;
    if (tokens.lemma[k] === 'give' || tokens.lemma[k] === 'grant') return span;
  }
  return false;
}

/** Words that open a relative clause. */
const RELATIVE_WORDS = new Set(['which', 'who', 'that', 'whose', 'where']);

/** A "by" deadline a few words after the verb group, in its sentence: "by July", "by the end of the year". */
function laterDeadline(doc: Doc, vg: VerbGroup): boolean {
  const tokens = doc.layers.tokens!;
  const end = vg.tokenEnd + 12;
  for (const t of doc.layers.times ?? []) {
    if (t.sentence !== vg.sentence || t.start < tokens.end[vg.head]!) continue;
    const k = tokens.start.indexOf(t.start);
    // (Within the verb's own clause: not "…, which must withdraw its troops by May".)
    let clause = true;
    for (let j = vg.tokenEnd; j < k && clause; j++) if (tokens.lower[j] === ',' || RELATIVE_WORDS.has(tokens.lower[j]!)) clause = false;
    if (clause && k > vg.head && k < end && tokens.lower[k - 1] === 'by') return true;
  }
  return false;
}

/** True when verb group `v` heads a clause only thought likely or unlikely ("unlikely that Israel would attack"). */
export function supposed(doc: Doc, v: number): boolean {
  const noun = thatNoun(doc, v);
  return noun !== null && DOUBT_ADJECTIVES.has(doc.layers.tokens!.lower[noun]!) && !assuredPast(doc, noun, doc.layers.verbGroups![v]!);
}

/**
 * "said it was highly likely that Russia was responsible for the attack": what is said to be highly
 * or very likely to have been so is asserted, not supposed (a past clause with no modal).
 */
function assuredPast(doc: Doc, noun: number, vg: VerbGroup): boolean {
  const tokens = doc.layers.tokens!;
  return tokens.lower[noun] === 'likely' && /^(highly|very|most|overwhelmingly)$/.test(tokens.lower[noun - 1] ?? '') && vg.tense === 'past' && vg.modal === null;
}

/** The word before "that" (and a day word) whose clause verb group `v` heads: "its demand (today) that Israel ease". */
function thatNoun(doc: Doc, v: number): number | null {
  const tokens = doc.layers.tokens!;
  const vg = doc.layers.verbGroups![v]!;
  if (vg.subject === null) return null;
  const that = doc.layers.nounPhrases![vg.subject]!.tokenStart - 1;
  // (Or "whether": "unclear whether Turkey would send troops".)
  if (that < 1 || (tokens.lower[that] !== 'that' && tokens.lower[that] !== 'whether')) return null;
  let k = that - 1;
  while (k > 0 && DAY_WORDS.has(tokens.lower[k]!)) k--;
  // (Over whose it is: "demands by anti-government protesters that she step down".)
  // (The phrase holding k is one of the few before the clause's subject, not a search of all.)
  const nps = doc.layers.nounPhrases!;
  let np: (typeof nps)[number] | undefined;
  for (let i = vg.subject - 1; i >= 0 && i >= vg.subject - 3 && np === undefined; i--) if (nps[i]!.tokenStart <= k && k < nps[i]!.tokenEnd) np = nps[i];
  const by = np !== undefined ? np.tokenStart - 1 : -1;
  if (by > 0 && MAKER_PREPOSITIONS.has(tokens.lower[by]!) && tokens.pos[by - 1] === POS.NOUN) return by - 1;
  return k;
}

/** Nouns for what is only said to have happened: "claims that police had killed protesters". */
export const CLAIM_NOUNS = new Set(['claim', 'allegation', 'accusation', 'report', 'rumour', 'rumor', 'suggestion', 'charge', 'assertion']);
/** Verbs that reject a claim as untrue. */
const REBUTTAL_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut', 'disprove', 'contest', 'dispute']);

/**
 * "Kenya's president rejected claims that police had killed protesters": what a rejected claim
 * says is no event.
 */
export function rebutted(doc: Doc, v: number): boolean {
  const clause = nounClause(doc, v, CLAIM_NOUNS);
  if (clause === null || clause.verb < 0) return false;
  // So is what one looks into or acts over: "opened an investigation into allegations that the Cali
  // cartel helped finance …", "suspended aid over allegations that Kigali is backing rebels".
  // (A claim one voices is one's own accusation: "repeated claims that …".)
  const lemma = doc.layers.tokens!.lemma[doc.layers.verbGroups![clause.verb]!.head]!;
  return REBUTTAL_VERBS.has(lemma) || (!SPEECH_VERBS.has(lemma) && !VOICING_VERBS.has(lemma));
}

/** Verbs that voice a claim noun as one's own: "made allegations that …", "repeated its claim". */
const VOICING_VERBS = new Set(['make', 'repeat', 'reiterate', 'renew', 'level', 'raise', 'voice', 'air', 'publish', 'issue', 'release', 'file', 'lodge', 'press']);

/** Nouns for a demand: whoever voices one demands the act of its "that" clause. */
export const DEMAND_NOUNS = new Set(['demand', 'call', 'request', 'appeal', 'ultimatum', 'insistence']);

/**
 * "The ILO reiterated its demand that Israel ease restrictions": the verb group that voices the
 * demand whose "that" clause verb group `v` heads, or -1.
 */
export function demandVoicedBy(doc: Doc, v: number): number {
  const clause = nounClause(doc, v, DEMAND_NOUNS);
  if (clause === null || clause.verb < 0) return -1;
  // Only its own object: "renewed its call", not a verb further back.
  const object = doc.layers.verbGroups![clause.verb]!.object;
  // (Not one that turns the demand down: "rejected opposition demands that he resign".)
  if (REFUSING_LEMMAS.has(doc.layers.tokens!.lemma[doc.layers.verbGroups![clause.verb]!.head]!)) return -1;
  return object !== null && doc.layers.nounPhrases![object]!.head === clause.noun ? clause.verb : -1;
}

/** Verbs that turn a demand down rather than voice it. */
const REFUSING_LEMMAS = new Set(['reject', 'refuse', 'rebuff', 'dismiss', 'deny', 'ignore', 'spurn', 'defy', 'resist', 'brush']);

/**
 * The noun of `nouns` whose "that" clause verb group `v` heads, and the nearest verb group of the
 * sentence before that noun (-1 if none); null when the clause hangs on no such noun.
 */
function nounClause(doc: Doc, v: number, nouns: ReadonlySet<string>): { noun: number; verb: number } | null {
  const noun = thatNoun(doc, v);
  const tokens = doc.layers.tokens!;
  if (noun === null || tokens.pos[noun] !== POS.NOUN || !nouns.has(tokens.lemma[noun]!)) return null;
  const groups = doc.layers.verbGroups!;
  let verb = v - 1;
  while (verb >= 0 && groups[verb]!.sentence === groups[v]!.sentence && groups[verb]!.tokenEnd > noun) verb--;
  return { noun, verb: verb >= 0 && groups[verb]!.sentence === groups[v]!.sentence ? verb : -1 };
}

/** Adjectives whose "that" clause only supposes: "unlikely that …", "possible that …". */
const DOUBT_ADJECTIVES = new Set(['unlikely', 'likely', 'possible', 'impossible', 'doubtful', 'uncertain', 'unclear', 'conceivable', 'probable', 'improbable', 'hoped']);


/**
 * Whether verb group `governor`'s event is the act `v` it governs, which then replaces it: "agreed
 * to meet", "threatened to strike", "will seek to".
 */
export function subsumes(doc: Doc, governor: number, v: number): boolean {
  const tokens = doc.layers.tokens!;
  const g = doc.layers.verbGroups![governor]!;
  const lemma = tokens.lemma[g.head]!;
  // (A future act with its own complement is an act of its own, whatever it is for: "will work with
  // Australia to track down the bombers".)
  const future = g.tense === 'future' && doc.layers.verbGroups![v]!.tokenStart === g.tokenEnd + 1;
  return INTENT_VERBS.has(lemma) || THREAT_VERBS.has(lemma) || adoptsPlan(doc, g) || (lemma === 'be' && READY_WORDS.has(tokens.lower[g.tokenEnd]!)) || (g.voice === 'passive' && READY_WORDS.has(tokens.lower[g.head]!)) || future;
}

/** Verbs of adopting a plan, and the nouns for plans: "approved a plan to send troops". */
const ADOPTING_VERBS = new Set(['approve', 'adopt', 'endorse', 'unveil', 'announce', 'pass']);
const PLAN_NOUNS = new Set(['plan', 'proposal', 'decision', 'bill', 'motion', 'measure', 'programme', 'program']);

/** Verb group g adopts a plan it names as its object: "the cabinet approved a plan". */
export function adoptsPlan(doc: Doc, g: NonNullable<Doc['layers']['verbGroups']>[number]): boolean {
  const tokens = doc.layers.tokens!;
  return ADOPTING_VERBS.has(tokens.lemma[g.head]!) && g.object !== null && PLAN_NOUNS.has(tokens.lemma[doc.layers.nounPhrases![g.object]!.head]!);
}

/** Only prepositions and the words of noun phrases between two tokens: no verb, no comma. */
function phrasesOnly(tokens: NonNullable<Doc['layers']['tokens']>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const p = tokens.pos[k];
    // (A possessive's mark belongs to its phrase: "appealed to Somalia's clan leaders on Wednesday to honour".)
    // (So do a list's joints: "appealed to the Yugoslav army and Croatian forces to honour"; and money's
    // sign: "appealed for $274 million to feed".)
    // (And a hyphen inside a word: "Secretary-General".)
    const joined = tokens.lower[k] === '-' && k > 0 && tokens.end[k - 1] === tokens.start[k] && tokens.end[k] === tokens.start[k + 1];
    if (!(p === POS.ADP || p === POS.DET || p === POS.ADJ || p === POS.NOUN || p === POS.PROPN || p === POS.NUM || p === POS.ADV || p === POS.CCONJ) && tokens.lower[k] !== "'s" && tokens.lower[k] !== ',' && tokens.lower[k] !== '$' && !joined) return false;
  }
  return true;
}

/**
 * For each verb group, the verb group it depends on, or -1: the verb it is the infinitive of
 * ("agreed to restore" → agreed), the verb whose object it describes ("urged Syria to release" →
 * urged), or the directive verb whose "that" clause it heads ("demanded that Israel withdraw").
 */
export function governors(doc: Doc): Int32Array {
  const tokens = doc.layers.tokens!;
  const vgs = doc.layers.verbGroups ?? [];
  const nps = doc.layers.nounPhrases ?? [];
  const out = new Int32Array(vgs.length).fill(-1);
  for (let v = 1; v < vgs.length; v++) {
    const vg = vgs[v]!;
    const prev = vgs[v - 1]!;
    if (prev.sentence !== vg.sentence) continue;
    const directive = DIRECTIVE_VERBS.has(tokens.lemma[prev.head]!);
    // "allowed U.N. inspectors to visit": the object of a verb of permission does the infinitive.
    // (So does the object of a verb of forcing: "forced Yahya Jammeh to hand over power".)
    const objectDoes = directive || PERMISSION_VERBS.has(tokens.lemma[prev.head]!) || FORCING_VERBS.has(tokens.lemma[prev.head]!);
    // A bare verb joined to one a directive, a promise or a threat governs shares its governor:
    // "demanded that Pakistan arrest and hand over …", "agreed to restore relations and reopen their
    // embassies" (not an attempt's: "tried to storm parliament and set fire to …").
    const joined = tokens.lower[vg.tokenStart - 1] === 'and' || tokens.lower[vg.tokenStart - 1] === 'or';
    // (So does an infinitive joined to one a verb governs: "called on Nicaragua to halt the violence
    // and to support early elections", "promised to halt military operations and to open talks".)
    const joinedTo = tokens.lower[vg.tokenStart - 1] === 'to' && (tokens.lower[vg.tokenStart - 2] === 'and' || tokens.lower[vg.tokenStart - 2] === 'or');
    const sharedGovernor = out[v - 1]! >= 0 ? tokens.lemma[vgs[out[v - 1]!]!.head]! : '';
    if (joined && out[v - 1]! >= 0 && (DIRECTIVE_VERBS.has(sharedGovernor) || INTENT_VERBS.has(sharedGovernor) || THREAT_VERBS.has(sharedGovernor)) && vg.subject === prev.subject && tokens.lower[vg.head] === tokens.lemma[vg.head]) {
      out[v] = out[v - 1]!;
    } else if (joinedTo && out[v - 1]! >= 0 && tokens.lower[prev.tokenStart - 1] === 'to') {
      out[v] = out[v - 1]!;
    } else if (tokens.lower[vg.tokenStart - 1] === 'to') {
      // Adverbs and a time word may stand between: "threatened today to impose".
      let from = prev.tokenEnd;
      while (from < vg.tokenStart - 1 && (tokens.pos[from] === POS.ADV || DAY_WORDS.has(tokens.lower[from]!))) from++;
      const gap = vg.tokenStart - 1 - from;
      // (Or a reflexive: "has committed itself to pulling all its troops out".)
      if (gap === 0 || (gap === 1 && (tokens.pos[from] === POS.ADJ || REFLEXIVES.has(tokens.lower[from]!)))) out[v] = v - 1;
      else if (objectDoes && prev.object !== null && endWithOwned(tokens, nps, prev.object) === vg.tokenStart - 1) out[v] = v - 1;
      // (So, with its day, is a permission's: "authorised the prosecutor on Wednesday to investigate".)
      else if (PERMISSION_VERBS.has(tokens.lemma[prev.head]!) && prev.object !== null && afterDay(tokens, endWithOwned(tokens, nps, prev.object)) === vg.tokenStart - 1) out[v] = v - 1;
      // (A request's perhaps with its day: "urged Nepal on Friday to free the journalists"; an order's
      // is done: "ordered a fact-finding mission on Friday to investigate".)
      else if (directive && !COMMAND_VERBS.has(tokens.lemma[prev.head]!) && prev.object !== null && afterDay(tokens, endWithOwned(tokens, nps, prev.object)) === vg.tokenStart - 1) out[v] = v - 1;
      // (Or with where the addressee is: "urged ethnic Albanian rebels in Macedonia to lay down their weapons".)
      else if (directive && !COMMAND_VERBS.has(tokens.lemma[prev.head]!) && prev.object !== null && afterDay(tokens, afterPlace(tokens, nps, endWithOwned(tokens, nps, prev.object))) === vg.tokenStart - 1) out[v] = v - 1;
      // (A plan adopted, perhaps with its day: "approved a plan on Tuesday to send 600 troops".)
      else if (adoptsPlan(doc, prev) && afterDay(tokens, endWithOwned(tokens, nps, prev.object!)) === vg.tokenStart - 1) out[v] = v - 1;
      // "used his Independence Day address on Tuesday to accuse Britain": what one uses a thing to do, one does.
      else if (USE_VERBS.has(tokens.lemma[prev.head]!) && prev.object !== null && afterDay(tokens, endWithOwned(tokens, nps, prev.object)) === vg.tokenStart - 1) out[v] = v - 1;
      // So may prepositional phrases, for a verb that takes no object: "pledged at Aqaba on Wednesday to end".
      // (And a request's addressee in its preposition's phrase: "appealed to all nations on Monday to recognise".)
      // (Or, in the passive, its agent: "Ethiopia and Eritrea were urged by the OAU on Friday to halt their war".)
      else if ((!directive || ADDRESSEE_PREPOSITIONS.has(tokens.lower[from]!) || (prev.voice === 'passive' && tokens.lower[from] === 'by')) && prev.object === null && tokens.pos[from] === POS.ADP && phrasesOnly(tokens, from, vg.tokenStart - 1)) out[v] = v - 1;
    } else if ((directive || PERMISSION_VERBS.has(tokens.lemma[prev.head]!)) && prev.object !== null && nps[prev.object]!.tokenEnd === vg.tokenStart && tokens.lower[vg.head] === tokens.lemma[vg.head]) {
      // "Maldives demands India pull its troops out": a bare verb right after a directive's object.
      out[v] = v - 1;
    } else if (prev.tokenEnd === vg.tokenStart && ASPECT_VERBS.has(tokens.lemma[prev.head]!) && tokens.lower[vg.head]!.endsWith('ing') && vg.head === vg.tokenStart) {
      // (With its particle: "will start handing over their weapons".)
      // "would start airdropping food": a gerund after a verb of starting is its act.
      out[v] = v - 1;
    } else if (directive && vg.subject !== null) {
      // "demanded (Friday) that Israel withdraw", "demanded on Sunday that Mugabe step down".
      let that = prev.tokenEnd;
      while (that < vg.tokenStart && (DAY_WORDS.has(tokens.lower[that]!) || (tokens.lower[that] === 'on' && DAY_WORDS.has(tokens.lower[that + 1]!)) || tokens.pos[that] === POS.ADV)) that++;
      // (So may where it was voiced, for a verb that takes no object: "demanded at the United Nations on Thursday that Britain open".)
      if (tokens.lower[that] !== 'that' && prev.object === null && tokens.pos[that] === POS.ADP) {
        let at = that + 1;
        while (at < vg.tokenStart && tokens.lower[at] !== 'that') at++;
        if (at < vg.tokenStart && phrasesOnly(tokens, that, at)) that = at;
      }
      // (The subject may open with its owner: "demanded that Afghanistan's Taliban rulers hand over".)
      let first = vg.subject;
      while (nps[first]!.possessor !== null && nps[nps[first]!.possessor!]!.tokenStart < nps[first]!.tokenStart) first = nps[first]!.possessor!;
      // (Or with phrases and a list: "proposed that the leaders of the United States, Britain and Germany join the talks".)
      if (tokens.lower[that] === 'that' && (nps[first]!.tokenStart === that + 1 || (nps[first]!.tokenStart > that && npStartsAt(nps, that + 1) && phrasesOnly(tokens, that + 1, vg.tokenStart)))) out[v] = v - 1;
    }
    // "demanded on Thursday that ousted president Kurmanbek Bakiyev resign": past a participle that
    // opens the subject (the parse leaves it out of the phrase).
    if (out[v]! < 0 && v >= 2 && vg.subject !== null && prev.tokenEnd - prev.tokenStart === 1 && tokens.pos[prev.head] === POS.VERB && tokens.lower[prev.head]!.endsWith('ed') && tokens.lower[prev.tokenStart - 1] === 'that' && nps[vg.subject]!.tokenStart === prev.tokenEnd) {
      const g = vgs[v - 2]!;
      let that = g.tokenEnd;
      while (that < prev.tokenStart - 1 && (DAY_WORDS.has(tokens.lower[that]!) || tokens.lower[that] === 'on' || tokens.pos[that] === POS.ADV)) that++;
      if (g.sentence === vg.sentence && DIRECTIVE_VERBS.has(tokens.lemma[g.head]!) && that === prev.tokenStart - 1) out[v] = v - 2;
    }
    // "demanded in a statement issued late on Monday that Iran withdraw": past the participle of
    // the document it was voiced in.
    if (out[v]! < 0 && v >= 2 && vg.subject !== null && (prev.voice === 'passive' || tokens.lower[prev.head]!.endsWith('ed')) && prev.tokenEnd - prev.tokenStart === 1) {
      const g = vgs[v - 2]!;
      if (g.sentence === vg.sentence && g.object === null && DIRECTIVE_VERBS.has(tokens.lemma[g.head]!) && tokens.pos[g.tokenEnd] === POS.ADP) {
        let at = g.tokenEnd + 1;
        while (at < vg.tokenStart && tokens.lower[at] !== 'that') at++;
        let voiced = at < vg.tokenStart && nps[vg.subject]!.tokenStart === at + 1;
        for (let k = g.tokenEnd; voiced && k < at; k++) voiced = k === prev.head || phrasesOnly(tokens, k, k + 1);
        if (voiced) out[v] = v - 2;
      }
    }
  }
  return out;
}

/**
 * The mood of verb group `v`, from the verb it depends on, its tense, or a reported "would".
 * With `futureIsIntent` off, a verb in the future tense is coded as the act itself, as the
 * TABARI and PETRARCH dictionaries and their suites expect.
 */
/** Crowds, protesters and rioters, whose attempt to storm a place is a riot already. */
const STORMING_CROWDS = new Set(['protester', 'protesters', 'demonstrator', 'demonstrators', 'rioter', 'rioters', 'crowd', 'crowds', 'mob', 'mobs', 'thousands', 'hundreds', 'supporters']);

/** Whether noun phrase np names a crowd: "Thousands of Georgian protesters", "Rioters angry over …". */
function crowdOf(doc: Doc, np: number): boolean {
  return STORMING_CROWDS.has(doc.layers.tokens!.lower[doc.layers.nounPhrases![np]!.head]!);
}

export function moodOf(doc: Doc, v: number, governor: number, reported: boolean, futureIsIntent = true): Mood {
  const tokens = doc.layers.tokens!;
  const vgs = doc.layers.verbGroups!;
  const vg = vgs[v]!;
  if (governor >= 0) {
    const g = vgs[governor]!;
    const lemma = tokens.lemma[g.head]!;
    // "is prepared to lift the ban": ready, not only preparing.
    if (g.voice === 'passive' && READY_WORDS.has(tokens.lower[g.head]!)) return 'intent';
    // "wants to help Israel" states an intent; "wants Putin to attack" asks for an act.
    if (lemma === 'want' && g.tokenEnd === vg.tokenStart - 1) return 'intent';
    // "Putin ordered the military to put nuclear forces on alert": a state's order to its own
    // forces is its act, done through them.
    if (FORCES_COMMANDED_BY.has(lemma) && g.object !== null && g.voice === 'active' && ownForces(doc, g.object, g.subject)) return 'actual';
    // "The cabinet approved a plan to send 600 troops to Iraq": a plan adopted is an intent.
    if (adoptsPlan(doc, g)) return 'intent';
    // "Thousands of protesters tried to storm parliament": a crowd's attempt to storm a building is
    // itself the riot.
    if ((lemma === 'try' || lemma === 'attempt') && tokens.lemma[vg.head] === 'storm' && g.subject !== null && g.voice === 'active' && crowdOf(doc, g.subject)) return 'actual';
    // "allowed U.N. inspectors to visit the site": what others are let do is not yet done.
    if (DIRECTIVE_VERBS.has(lemma) || IRREALIS_VERBS.has(lemma) || (PERMISSION_VERBS.has(lemma) && g.object !== null)) return 'directive';
    // "West African leaders forced Yahya Jammeh to hand over power": the forcing is the event (170);
    // what the forced do is theirs, not the forcer's, and this coder names no one but the forcer.
    if (FORCING_VERBS.has(lemma) && g.object !== null && g.voice === 'active') return 'directive';
    // "The Macedonian army prepared to resume shelling": force made ready is shown, not yet used.
    if (lemma === 'prepare' && g.voice === 'active') return 'prepared';
    if (REFUSAL_VERBS.has(lemma)) return 'refused';
    if (THREAT_VERBS.has(lemma)) return 'threat';
    // ("decided to send 600 troops" is an intent; "decided to allow Ouattara to run" is the allowing
    // itself, as is "agreed to let peacekeepers in": a concession granted.)
    // (Not access or goods let through, which are still to come: "agreed to allow unimpeded humanitarian access".)
    // (Nor a permission whose object the parse did not find.)
    const thing = vg.object === null || ALLOWED_THINGS.has(tokens.lemma[doc.layers.nounPhrases![vg.object]!.head]!);
    if (INTENT_VERBS.has(lemma) && !(CONCEDING_VERBS.has(lemma) && PERMISSION_VERBS.has(tokens.lemma[vg.head]!) && !thing)) return 'intent';
    // ("voted to pull the army out of southern Lebanon by July": what a vote sets a later deadline for is still to come.)
    if (lemma === 'vote' && laterDeadline(doc, vg)) return 'intent';
    const adjective = tokens.lower[g.tokenEnd]!;
    // ("stood ready to give Nigeria a loan", "remains ready to talk".)
    if ((lemma === 'be' || lemma === 'stand' || lemma === 'remain') && READY_WORDS.has(adjective)) return 'intent';
    // ("Kenya says ready to send police to Haiti": a headline's speech verb before "ready to".)
    if (SPEECH_VERBS.has(lemma) && READY_WORDS.has(adjective) && tokens.lower[g.tokenEnd + 1] === 'to') return 'intent';
    if (futureIsIntent && (g.tense === 'future' || (g.modal === 'would' && reported))) return 'intent';
  }
  if (futureIsIntent && (vg.tense === 'future' || (vg.modal === 'would' && reported))) return 'intent';
  // "Italy will lead a multinational force to protect aid deliveries": what a future act is for is meant, not done.
  const before = v > 0 ? vgs[v - 1]! : null;
  if (futureIsIntent && governor < 0 && before !== null && before.sentence === vg.sentence && tokens.lower[vg.tokenStart - 1] === 'to' && vg.subject === before.subject && (before.tense === 'future' || (before.modal === 'would' && reported))) return 'intent';
  return 'actual';
}

/** Verbs whose object serves the infinitive after it, which their subject does: "used his speech to accuse". */
export const USE_VERBS = new Set(['use', 'seize', 'take']);

/** The token after a place phrase ("in Macedonia", "in the Niger Delta") at k, or k. */
function afterPlace(tokens: NonNullable<Doc['layers']['tokens']>, nps: readonly NounPhrase[], k: number): number {
  // (Or where it was asked: "called on Myanmar at the United Nations to take back the refugees".)
  if (tokens.lower[k] !== 'in' && tokens.lower[k] !== 'across' && tokens.lower[k] !== 'at') return k;
  const np = lastPhraseBy(nps, k + 1);
  return np < 0 || nps[np]!.tokenStart !== k + 1 ? k : endWithOwned(tokens, nps, np);
}

/** Whether a phrase starts at token k. */
function npStartsAt(nps: readonly NounPhrase[], k: number): boolean {
  const np = lastPhraseBy(nps, k);
  return np >= 0 && nps[np]!.tokenStart === k;
}

/** The last phrase that starts at or before token k, or -1, found by bisection (phrases are in text order). */
function lastPhraseBy(nps: readonly NounPhrase[], k: number): number {
  if (nps.length === 0 || nps[0]!.tokenStart > k) return -1;
  let lo = 0;
  let hi = nps.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (nps[mid]!.tokenStart <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The token after a day phrase ("on Tuesday", "Tuesday") at k, or k. */
export function afterDay(tokens: { readonly lower: readonly string[] }, k: number): number {
  const at = tokens.lower[k] === 'on' ? k + 1 : k;
  return DAY_WORDS.has(tokens.lower[at] ?? '') ? at + 1 : k;
}

/** Verbs of starting or going on whose gerund is the act: "began airlifting", "will resume shelling". */
export const ASPECT_VERBS = new Set(['start', 'begin', 'resume', 'continue', 'keep', 'finish', 'complete']);
const COMMAND_VERBS = new Set(['order', 'instruct', 'direct', 'command']);
// (Telling one's own forces to act commands them too: "told Venezuela's armed forces to prepare for war".)
const FORCES_COMMANDED_BY = new Set([...COMMAND_VERBS, 'tell']);
const FORCES = new Set(['military', 'army', 'troops', 'troop', 'force', 'forces', 'command', 'police', 'navy', 'soldier', 'soldiers', 'commander', 'commanders', 'guard', 'guards', 'unit', 'units', 'ministry', 'armed', 'battalion', 'battalions', 'brigade', 'brigades', 'regiment', 'regiments', 'division', 'divisions', 'reservists', 'paratroopers', 'marines', 'warships']);

/**
 * A phrase for armed forces with no other state's name in it ("the military command", "security
 * forces", "U.S. and allied forces" ordered by a U.S. president), or a list that ends in one.
 */
function ownForces(doc: Doc, object: number, subject: number | null): boolean {
  const tokens = doc.layers.tokens!;
  const nps = doc.layers.nounPhrases!;
  // (Through its owner to what it owns: "ordered Pakistan's army", "the country's army".)
  let np = object;
  while (nps[np + 1] !== undefined && nps[np + 1]!.possessor === np) np++;
  const phrases = [np, ...nps[np]!.conjuncts.filter((c) => c > np)];
  const last = nps[phrases[phrases.length - 1]!]!;
  if (!FORCES.has(tokens.lemma[last.head]!) && !FORCES.has(tokens.lower[last.head]!)) return false;
  // A name in it is the commander's own country's: the subject names that country, or no known
  // actor at all ("President George Bush ordered U.S. forces"; not "The U.N. ordered Iraqi forces").
  const names = doc.layers.names ?? [];
  const within = (n: { tokenStart: number; tokenEnd: number }, p: number): boolean => nps[p]!.tokenStart <= n.tokenStart && n.tokenEnd <= nps[p]!.tokenEnd;
  const known = subject === null ? [] : names.filter((n) => within(n, subject) && (n.country !== null || n.actor !== null));
  const owners: number[] = [];
  for (let o = object; o < np; o++) owners.push(o);
  for (const p of [...owners, ...phrases]) {
    for (let k = nps[p]!.tokenStart; k < nps[p]!.tokenEnd; k++) {
      const name = names.find((n) => n.tokenStart <= k && k < n.tokenEnd);
      if (name === undefined) {
        if (tokens.pos[k] === POS.PROPN) return false;
        continue;
      }
      if (name.country === null || (known.length > 0 && !known.some((n) => n.country === name.country))) return false;
    }
  }
  return true;
}

// Intent codes by the cooperative act (CAMEO 03x) and threat codes by the hostile act (13x).
const INTENT: [string, string][] = [['045', '039'], ['046', '036'], ['04', '036'], ['05', '032'], ['06', '031'], ['07', '033'], ['08', '035'], ['09', '030']];
const THREAT: [string, string][] = [
  ['162', '1311'], ['163', '1312'], ['164', '134'], ['165', '135'], ['166', '136'], ['16', '1313'], ['14', '133'],
  ['17', '137'], ['191', '1381'], ['192', '1382'], ['18', '1383'], ['19', '1384'], ['20', '1385'], ['15', '138'],
];

/**
 * The code for an act put in a mood: "agreed to meet" (043) → 036, "threatened to impose
 * sanctions" (163) → 1312, "will attack" (190) → 1384. Statements, appeals, intents and verbal
 * conflict keep their code; a threat to do what would otherwise cooperate is 130.
 */
export function moodCode(code: string, mood: Mood): string {
  if (mood === 'actual' || mood === 'directive' || mood === 'refused') return code;
  const root = Number(code.slice(0, 2));
  // Force readied is a show of force (150); any other act prepared is meant, as an intent or, if
  // hostile, a threat. (Words only prepared give no event at all: see `emitVerb`.)
  if (mood === 'prepared' && root >= 18) return '150';
  if (mood === 'prepared' && root === 15) return code;
  // "threatened to send refugees to Europe": a threat is a threat, whatever the act.
  // So is a threat to take action, to accuse or to reject: "threatened to take action against Seoul".
  if (mood === 'threat' && ((root >= 4 && root <= 9) || (root >= 10 && root <= 12))) return '130';
  // ("promised to set up a commission of inquiry": CAMEO has no intent to investigate of its own; it is 030.)
  if (root >= 4 && root <= 9) return INTENT.find(([prefix]) => code.startsWith(prefix))![1];
  if (root >= 14) return THREAT.find(([prefix]) => code.startsWith(prefix))?.[1] ?? '138';
  return code;
}

// Demand codes by the act demanded (CAMEO 10x): yielding (08x) → 105x, meeting → 106, aid → 103 …
const DEMAND: [string, string][] = [
  ['081', '1051'], ['082', '1052'], ['083', '104'], ['084', '1053'], ['085', '1054'], ['086', '1055'], ['087', '1056'], ['08', '105'],
  ['04', '106'], ['05', '102'], ['06', '101'], ['07', '103'],
];

/** The code for demanding an act: "Sudan must return the helicopter" (0841) → 1053. */
export function demandCode(code: string): string {
  return DEMAND.find(([prefix]) => code.startsWith(prefix))?.[1] ?? '100';
}
