import { HELD_FOR, POSSESSIVE_DETERMINERS, SPEECH_VERBS } from '../language/lexicon.js';
import { POS, type TokenTable, type VerbGroup } from '../language/types.js';
import { international } from './actors.js';
import { chain, nounLemma, type CodingContext } from './context.js';
import { CLAUSE_PREPOSITIONS, endWithOf, MEASURE_NOUNS, WEAPON_NOUNS } from './rules.js';
import { DISASTER_NOUNS, HELP_VERBS, SPEECH_NOUNS, TEMPORAL_PREPOSITIONS, THIRD_PARTY_NOUNS, THIRD_PARTY_PARTICIPLES } from './vocabulary.js';

// What the words around a verb say of its clause and its act: where a clause opens or a time phrase
// cuts in, whose phrase a preposition opens (a third party's, an audience's), what the act is for,
// what it was done with, and how many it struck. All but `crossesClause` take the document's
// CodingContext first.

/** What forces sent "for" bring: relief, not a show of force. */
const RELIEF_WORDS = new Set(['relief', 'rescue', 'reconstruction', 'peacekeeping']);

/** An infinitive of helping soon after the verb, in its sentence: "… to help restore order". */
export function helpPurpose(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, sentences } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd - 1, vg.tokenEnd + 24);
  for (let k = vg.tokenEnd; k < end; k++) {
    // (Nor past another speaker or clause: "…, while the United Nations said it would send more peacekeepers".)
    if (tokens.lower[k] === ';' || OTHER_CLAUSE.has(tokens.lower[k]!) || (tokens.pos[k] === POS.VERB && SPEECH_VERBS.has(tokens.lemma[k]!))) return false;
    // (Not defences bolstered "against" someone: "to bolster its defences against Russia's build-up" shows force.)
    // (Nor an inquiry helped, which those sent take part in: "arrived to help investigate the assassination".)
    if (tokens.lower[k] === 'to' && HELP_VERBS.has(tokens.lemma[k + 1]!) && (tokens.pos[k + 1] === POS.VERB || tokens.pos[k + 1] === POS.NOUN) && !(tokens.lemma[k + 1] === 'bolster' && againstAfter(tokens, k + 2, end)) && !INQUIRY_VERBS.has(tokens.lemma[k + 2]!)) return true;
    // (Or after a disaster: "sent troops and emergency supplies to Haiti after the devastating earthquake";
    // not "after the outbreak of fighting", "a flood of refugees".)
    if (tokens.lower[k] === 'after' && [k + 1, k + 2, k + 3].some((j) => j <= end && DISASTER_NOUNS.has(tokens.lower[j]!) && tokens.lower[j + 1] !== 'of')) return true;
    // (Or sent when asked: "sent police and troops to the Solomon Islands at the request of its prime minister".)
    if (tokens.lower[k] === 'at' && (tokens.lower[k + 1] === 'the' || tokens.pos[k + 1] === POS.DET) && (tokens.lower[k + 2] === 'request' || tokens.lower[k + 2] === 'invitation') && tokens.lower[k + 3] === 'of') return true;
    // (Or for relief: "Japan sends troops, aircraft for Philippine typhoon relief".)
    if (tokens.lower[k] === 'for') for (let j = k + 1; j < Math.min(end + 1, k + 5); j++) if (RELIEF_WORDS.has(tokens.lower[j]!)) return true;
    // (Or at someone's request: "at Prime Minister Manasseh Sogavare's request".)
    if ((tokens.lower[k] === 'request' || tokens.lower[k] === 'invitation') && tokens.lower[k - 1] === "'s") {
      for (let j = k - 2; j >= vg.tokenEnd && j > k - 8; j--) if (tokens.lower[j] === 'at') return true;
    }
    // "send troops to southern Lebanon as part of a U.N. peacekeeping force" (not "opened a peacekeeping exercise").
    // (Or its vanguard: "landed as the vanguard of a West African peacekeeping force".)
    // (Or to serve in one: "flew the first of 1,500 soldiers into Mogadishu to serve in an African Union peacekeeping mission".)
    // (Or to lead or command one: "leading a regional peacekeeping mission", "where Brazil will command the new U.N. peacekeeping mission".)
    if ((tokens.lower[k] === 'part' && tokens.lower[k + 1] === 'of') || tokens.lemma[k] === 'join' || tokens.lemma[k] === 'vanguard' || tokens.lemma[k] === 'lead' || tokens.lemma[k] === 'command' || (tokens.lemma[k] === 'serve' && (tokens.lower[k + 1] === 'in' || tokens.lower[k + 1] === 'with'))) {
      // ("to join a West African force being assembled to end the civil war in Liberia": a force others raise.)
      for (let j = k + 1; j < Math.min(end, k + 7); j++) if (tokens.lower[j] === 'peacekeeping' || tokens.lower[j] === 'peacekeepers' || (tokens.lemma[k] === 'join' && JOINED_FORCES.has(tokens.lower[j]!))) return true;
    }
  }
  return false;
}

/** Verbs of an inquiry, which one helps by taking part in it. */
const INQUIRY_VERBS = new Set(['investigate', 'probe', 'inspect', 'identify']);

/** Words that open a clause of another subject, where a purpose of the verb's act no longer stands. */
const OTHER_CLAUSE = new Set(['while', 'whereas', 'but', 'although', 'though']);

/** Whether "against" stands from token `from` to `end`. */
function againstAfter(tokens: TokenTable, from: number, end: number): boolean {
  for (let j = from; j < end; j++) if (tokens.lower[j] === 'against') return true;
  return false;
}

/** The preposition at k opens a third party's phrase: "under the auspices of", "under pressure from", "brokered by". */
export function thirdParty(ctx: CodingContext, k: number): boolean {
  const { tokens } = ctx;
  const prep = tokens.lower[k]!;
  if (prep === 'under') return mediatedUnder(ctx, k);
  return k >= 1 && (((prep === 'of' || prep === 'from') && (THIRD_PARTY_NOUNS.has(tokens.lemma[k - 1]!) || THIRD_PARTY_NOUNS.has(tokens.lower[k - 1]!))) || (prep === 'by' && THIRD_PARTY_PARTICIPLES.has(tokens.lower[k - 1]!)));
}

/** "under Saudi and U.S. mediation", "under Qatari auspices": the "under" at k names a mediator. */
function mediatedUnder(ctx: CodingContext, k: number): boolean {
  const { tokens } = ctx;
  for (let j = k + 1; j < tokens.length && j < k + 7; j++) {
    if (MEDIATION_NOUNS.has(tokens.lower[j]!)) return true;
    if (tokens.pos[j] === POS.VERB || tokens.pos[j] === POS.ADP || tokens.pos[j] === POS.PUNCT) return false;
  }
  return false;
}

const MEDIATION_NOUNS = new Set(['mediation', 'auspices', 'sponsorship', 'patronage', 'aegis', 'facilitation']);

/** A phrase that an -ing word ends or follows: the subject of an absolute clause ("with Washington scaling back"). */
export function absolute(ctx: CodingContext, np: number): boolean {
  const { tokens, nounPhrases, verbAt } = ctx;
  const phrase = nounPhrases[np]!;
  const last = tokens.lower[phrase.tokenEnd - 1]!;
  const next = tokens.lower[phrase.tokenEnd] ?? '';
  return (phrase.tokenEnd - phrase.tokenStart > 1 && last.endsWith('ing')) || (next.endsWith('ing') && verbAt[phrase.tokenEnd]! >= 0);
}

/** Verb group v opens an "until" clause after a verb that is negated, modal or in the future. */
export function untilAwaited(ctx: CodingContext, v: number): boolean {
  const { tokens, nounPhrases, verbGroups } = ctx;
  const vg = verbGroups[v]!;
  const np = vg.subject !== null ? nounPhrases[vg.subject]! : null;
  const first = np !== null && np.tokenEnd <= vg.tokenStart ? np.tokenStart : vg.tokenStart;
  // (And a verb joined to an awaited one: "until the group renounces violence and recognises Israel".)
  if (tokens.lower[first - 1] === 'and' && v > 0 && verbGroups[v - 1]!.sentence === vg.sentence && first === vg.tokenStart) return untilAwaited(ctx, v - 1);
  if (tokens.lower[first - 1] !== 'until' && tokens.lower[first - 1] !== 'before') return false;
  // "suspended aid until the Islamist group renounces violence": a present tense after "until" tells what is awaited.
  if (vg.tense === 'present' && !vg.negated && v > 0 && verbGroups[v - 1]!.sentence === vg.sentence) return true;
  for (let g = v - 1; g >= 0 && verbGroups[g]!.sentence === vg.sentence; g--) {
    const prior = verbGroups[g]!;
    if (prior.negated || prior.modal !== null || prior.tense === 'future') return true;
  }
  return false;
}

/** A "that" clause right after the verb whose subject is no actor and no pronoun. */
export function impersonalThat(ctx: CodingContext, vg: VerbGroup): boolean {
  const { doc, tokens, sentences, nounPhrases, verbGroups, resolver, verbAt } = ctx;
  // Over day words and prepositional phrases: "warned in her New Year's address on Wednesday that".
  // (Not after a warning's addressee: "warned the United States that war would …" is a threat to it.)
  if (vg.object !== null) return false;
  let k = vg.tokenEnd;
  const limit = Math.min(sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 12);
  while (k < limit && tokens.lower[k] !== 'that' && verbAt[k]! < 0 && tokens.lower[k] !== ',') k++;
  if (tokens.lower[k] !== 'that') return false;
  const next = verbGroups.find((g) => g.sentence === vg.sentence && g.tokenStart > k);
  if (!next || next.subject === null) return false;
  const subject = nounPhrases[next.subject]!;
  // ("that his group would strike deeper inside Israel": a possessive pronoun makes it someone's.)
  if (POSSESSIVE_DETERMINERS.has(tokens.lower[subject.tokenStart]!)) return false;
  // ("that not a drop of oil would flow through Hormuz if Washington imposed sanctions": a condition on
  // what someone does makes it a threat to them.)
  // (A state's warning of what it would do, not a body's forecast: "the IMF warned that growth would slow if Britain voted to leave".)
  const warner = vg.subject !== null ? resolver.resolve(vg.subject, doc.date) : null;
  const forecast = warner === null || international(warner.code) || next.modal === 'could' || next.modal === 'may' || next.modal === 'might';
  for (let j = next.tokenEnd; j < sentences[vg.sentence]!.tokenEnd - 1 && !forecast; j++) {
    if (tokens.lower[j] !== 'if' && tokens.lower[j] !== 'unless') continue;
    const np = ctx.matcher.npAt[j + 1]!;
    if (np >= 0 && nounPhrases[np]!.tokenStart === j + 1 && resolver.resolve(np, doc.date) !== null) return false;
  }
  return tokens.pos[subject.head] !== POS.PRON && resolver.resolve(next.subject, doc.date) === null;
}

/** "blamed each other", "not to use force against one another", within a few words after the verb. */
export function namesEachOther(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, sentences, verbAt } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd - 1, vg.tokenEnd + 12);
  for (let k = vg.tokenEnd; k < end; k++) {
    // Through infinitives ("pledged not to threaten or use force against one another"), not into another clause.
    if (verbAt[k]! >= 0 && k > vg.tokenEnd + 1 && !['to', 'or', 'and'].includes(tokens.lower[k - 1]!)) return false;
    if ((tokens.lower[k] === 'each' && tokens.lower[k + 1] === 'other') || (tokens.lower[k] === 'one' && tokens.lower[k + 1] === 'another')) return true;
  }
  return false;
}

/** "in a speech to parliament", "in an interview with the BBC": the preposition at k names an audience. */
export function audience(ctx: CodingContext, k: number): boolean {
  const { tokens, nounPhrases, matcher } = ctx;
  const prep = tokens.lower[k];
  const before = k >= 1 ? matcher.npAt[k - 1]! : -1;
  if ((prep !== 'to' && prep !== 'with') || before < 0) return false;
  const np = nounPhrases[before]!;
  // ("in a telephone call to Reuters"; but "in a call with Putin" names a partner.)
  const noun = tokens.lemma[np.head]!;
  return np.tokenEnd === k && (SPEECH_NOUNS.has(noun) || (noun === 'call' && prep === 'to')) && tokens.lower[np.tokenStart - 1] === 'in';
}

export function crossesTime(ctx: CodingContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  for (let k = from; k < to; k++) if (TEMPORAL_PREPOSITIONS.has(tokens.lower[k]!)) return true;
  return false;
}

/** Verbs of killing, whose toll a target can give. */
export function lemmaIsKill(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens } = ctx;
  // (Or a phrasal killing: "gunned down more than 100 Muslim worshippers".)
  return /^(kill|massacre|execute|slaughter|murder|shoot|gun|butcher|hack|behead)$/.test(tokens.lemma[vg.head]!);
}

/** "hundreds of unarmed civilians", "more than 100 people": civilians counted in the hundreds or more. */
export function massOfCivilians(ctx: CodingContext, np: number): boolean {
  const { tokens, nounPhrases, matcher } = ctx;
  // (Through its conjuncts: "hundreds and perhaps thousands of Muslim men".)
  let end = Math.max(...chain(ctx, np).map((c) => endWithOf(tokens, nounPhrases, c)));
  // (And an "of" phrase the chunker left an adverb before: "hundreds of mostly unarmed protesters".)
  if (tokens.lower[end] === 'of' && tokens.pos[end + 1] === POS.ADV && matcher.npAt[end + 2]! >= 0) end = endWithOf(tokens, nounPhrases, matcher.npAt[end + 2]!);
  if (tokens.lower[end] === 'and' || tokens.lower[end] === 'or') {
    let k = end + 1;
    while (tokens.pos[k] === POS.ADV) k++;
    if (matcher.npAt[k]! >= 0) end = endWithOf(tokens, nounPhrases, matcher.npAt[k]!);
  }
  // (And a count set off by commas: "hundreds, possibly thousands, of Muslim men".)
  if (tokens.lower[end] === ',') {
    let k = end + 1;
    while (tokens.pos[k] === POS.ADV) k++;
    if (tokens.lower[k + 1] === ',' && tokens.lower[k + 2] === 'of' && matcher.npAt[k + 3]! >= 0) end = endWithOf(tokens, nounPhrases, matcher.npAt[k + 3]!);
  }
  let big = false;
  let civilian = false;
  // (A people killed by the hundreds are civilians too: "killed hundreds of Tutsi".)
  const people = (ctx.namesOf.get(nounPhrases[np]!.sentence) ?? []).filter((n) => n.type === 'group');
  for (let k = nounPhrases[np]!.tokenStart; k < end; k++) {
    const w = tokens.lower[k]!;
    // ("several thousand Muslim men": a count in the singular after its multiplier.)
    if (/^(hundreds|thousands|tens|thousand)$/.test(w) || (/^[\d,]+$/.test(w) && Number(w.replace(/,/g, '')) >= 100)) big = true;
    if (CIVILIAN.test(w) || (k === end - 1 && people.some((n) => n.tokenStart <= k && k < n.tokenEnd))) civilian = true;
  }
  // ("opened fire on thousands of demonstrators …, killing hundreds": a bare count is of the people the sentence named before it.)
  if (big && !civilian && end - nounPhrases[np]!.tokenStart === 1) {
    // (The people named last before it, fighters too: not "ambushed U.N. peacekeepers, killing 120"; and
    // not those who helped or spoke: "joined by armed villagers", "Students said".)
    for (let k = nounPhrases[np]!.tokenStart - 1; k >= ctx.sentences[nounPhrases[np]!.sentence]!.tokenStart; k--) {
      const w = tokens.lower[k]!;
      if (!CIVILIAN.test(w) && !FIGHTERS.test(w)) continue;
      if (tokens.lower[k - 1] === 'by' || tokens.lower[k - 2] === 'by' || tokens.lower[k - 3] === 'by' || tokens.lemma[k + 1] === 'say') continue;
      civilian = CIVILIAN.test(w);
      break;
    }
  }
  return big && civilian;
}

/** People whose killing in the hundreds is a massacre. */
const CIVILIAN = /^(civilians|people|villagers|residents|men|women|children|worshippers|refugees|unarmed|supporters|members|protesters|demonstrators|students|pilgrims|prisoners|detainees|minority)$/;

/** Armed people, whose killing in the hundreds is no massacre of civilians. */
const FIGHTERS = /^(fighters|troops|soldiers|militants|rebels|guerrillas|peacekeepers|police|policemen|guards|gunmen|militiamen|insurgents|forces)$/;

/** The token after the object (and the phrase its possessor opens) right after the verb, or -1. */
export function splitObjectEnd(ctx: CodingContext, vg: VerbGroup, described = false): number {
  const { tokens, nounPhrases } = ctx;
  if (vg.object === null) return -1;
  // (After a predeterminer: "pulled all its troops out of Lebanon".)
  const start = nounPhrases[vg.object]!.tokenStart;
  if (start !== vg.head + 1 && !(start === vg.head + 2 && PREDETERMINERS.has(tokens.lower[vg.head + 1]!)) && !(start === vg.head + 3 && PREDETERMINERS.has(tokens.lower[vg.head + 1]!) && tokens.lower[vg.head + 2] === 'of')) return -1;
  const next = nounPhrases[vg.object + 1];
  const object = next !== undefined && next.possessor === vg.object ? vg.object + 1 : vg.object;
  // (Through a list: "pull all its troops and intelligence agents out of Lebanon".)
  let end = endWithOf(tokens, nounPhrases, object);
  for (const c of nounPhrases[object]!.conjuncts) if (c > object) end = Math.max(end, endWithOf(tokens, nounPhrases, c));
  // (With `described`, through the phrases that describe it too: "handed two suspects in the
  // bombing of the U.S. embassy in Nairobi over to American authorities"; not "pull its troops in
  // Lebanon back", where the phrase says where they are.)
  for (let j = object + 1; described && j < nounPhrases.length && (OBJECT_LINKS.has(tokens.lower[end]!) || nounPhrases[j]!.tokenStart === end) && nounPhrases[j]!.tokenStart <= end + 1; j++) {
    // (A phrase right after it is part of it: "Bosnian Croat" "general Tihomir Blaskic".)
    if (nounPhrases[j]!.tokenStart === end) end = nounPhrases[j]!.tokenEnd;
    else if (nounPhrases[j]!.tokenStart === end + 1) end = endWithOf(tokens, nounPhrases, j);
  }
  // (And past a participle that says who it is: "handed the Venezuelan militant known as Carlos the
  // Jackal over to French agents", with the name's words after it.)
  if (described) end = ctx.matcher.describedEnd(end);
  // (And past an apposition set off by commas: "handed Khalid Sheikh Mohammed, the suspected
  // mastermind of the September 11 attacks, over to U.S. custody", "handed a captured Indian air
  // force pilot, Flight Lieutenant K. Nachiketa, back to India".)
  if (tokens.lower[end] === ',' && nounPhrases[object + 1]?.tokenStart === end + 1) {
    for (let k = end + 1; k < end + 16 && k < tokens.length; k++) {
      if (tokens.lower[k] === ',') return k + 1;
      if (tokens.lower[k] === ';' || tokens.lower[k] === '.') break;
    }
  }
  return end;
}

/** Prepositions whose phrase describes the object before a split particle. */
const OBJECT_LINKS = new Set(['of', 'in', 'from', 'for']);

const PREDETERMINERS = new Set(['all', 'both', 'half']);

/** A subordinate clause starts between tokens from and to: "…on high alert as a standoff between the two armies entered". */
export function opensBetween(ctx: CodingContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (opensClause(ctx, k)) return true;
  return false;
}

/** A subordinate clause starts at k: "because …", or "after a hafling was reported". */
export function opensClause(ctx: CodingContext, k: number): boolean {
  const { tokens, nounPhrases, matcher, verbAt } = ctx;
  if (tokens.pos[k] === POS.SCONJ && tokens.lower[k] !== 'that') return true;
  if (!CLAUSE_PREPOSITIONS.has(tokens.lower[k]!)) return false;
  // The subject may have prepositional phrases of its own: "as a standoff between the two armies near the temple entered".
  let j = k + 1;
  while (matcher.npAt[j]! >= 0 && j - k < 16) {
    j = nounPhrases[matcher.npAt[j]!]!.tokenEnd;
    if (tokens.pos[j] !== POS.ADP || matcher.npAt[j + 1]! < 0) break;
    j++;
  }
  return j > k + 1 && verbAt[j]! >= 0;
}

/**
 * The act's doer is a weapon or an attack, not a person: "a car bomb killed …", "were killed by an
 * improvised explosive device", "were killed in a suicide bombing".
 */
export function weaponPhrase(ctx: CodingContext, doer: number | null, vg: VerbGroup): boolean {
  const { tokens, sentences, nounPhrases, matcher } = ctx;
  if (doer !== null) {
    // ("A series of car bombs exploded": a measure's "of" phrase is what it measures.)
    const of = MEASURE_NOUNS.has(tokens.lemma[nounPhrases[doer]!.head]!) && tokens.lower[nounPhrases[doer]!.tokenEnd] === 'of' ? matcher.npAt[nounPhrases[doer]!.tokenEnd + 1]! : -1;
    return WEAPON_NOUNS.has(nounLemma(ctx, nounPhrases[of >= 0 ? of : doer]!.head));
  }
  if (vg.voice !== 'passive') return false;
  const sent = sentences[vg.sentence]!;
  for (let k = vg.tokenEnd; k < sent.tokenEnd - 1; k++) {
    if (tokens.lower[k] !== 'in' && tokens.lower[k] !== 'by') continue;
    const np = matcher.npAt[k + 1]!;
    if (np >= 0 && WEAPON_NOUNS.has(nounLemma(ctx, nounPhrases[np]!.head))) return true;
  }
  return false;
}

export function crossesClause(tokens: TokenTable, npAt: readonly number[], from: number, to: number, appositions = false): boolean {
  // ("…, including Salvatore Mancuso, to the United States": "including" opens no clause; nor
  // does a participle inside a noun phrase: "extradited suspected arms dealer Viktor Bout to".)
  // (Nor a name's apposition: "drug lord Dairo Antonio Usuga, known as Otoniel, to".)
  // (Nor a participle with its "with" right after a noun: "a plane loaded with medical supplies to Turkey".)
  for (let k = from; k < to; k++) {
    // (With `appositions`, over one set off by commas: "handed over Theoneste Bagosora, a former
    // Rwandan army colonel accused of masterminding the genocide, to the U.N. tribunal".)
    // (Or a participle so set off: "handed over Augustin Bizimana, wanted for genocide, to Rwanda".)
    if (appositions && tokens.lower[k] === ',' && (tokens.pos[k + 1] === POS.DET || npAt[k + 1]! >= 0 || (tokens.pos[k + 1] === POS.VERB && npAt[k - 1]! >= 0 && tokens.pos[k + 2] === POS.ADP && tokens.lower[k + 1]!.endsWith('ed')))) {
      let close = k + 1;
      while (close < to && tokens.lower[close] !== ',' && tokens.lower[close] !== ';') close++;
      if (close < to && tokens.lower[close] === ',') {
        k = close;
        continue;
      }
    }
    if (tokens.lower[k] === ';' || (tokens.pos[k] === POS.VERB && tokens.lower[k] !== 'including' && !(tokens.lower[k] === 'known' && tokens.lower[k + 1] === 'as') && npAt[k]! < 0 && !describesWith(tokens, npAt, k))) return true;
  }
  return false;
}

/** A participle with its "with" right after a noun phrase: "a plane loaded with medical supplies". */
function describesWith(tokens: TokenTable, npAt: readonly number[], k: number): boolean {
  // (Or what someone is held for: "a former Rwandan army officer wanted for genocide to the tribunal".)
  return k > 0 && npAt[k - 1]! >= 0 && tokens.lower[k]!.endsWith('ed') && (tokens.lower[k + 1] === 'with' || (HELD_FOR.has(tokens.lower[k]!) && tokens.pos[k + 1] === POS.ADP));
}

/** What forces sent to join are part of: a force or mission others raise. */
export const JOINED_FORCES = new Set(['force', 'mission', 'contingent', 'coalition', 'operation']);
