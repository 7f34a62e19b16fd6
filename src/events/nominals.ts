import type { VerbEntry } from '../dictionaries/index.js';
import { POS, TokenFlag, type VerbGroup } from '../language/types.js';
import { AGREEMENT_NOUNS, countryOf, international, splitCode, type ResolvedActor } from './actors.js';
import { JOINED_FORCES } from './clauses.js';
import { chain, hasVerb, nounLemma, onlyCountry, resolveAll, type CodingContext } from './context.js';
import { verblessHeadline } from './headlines.js';
import { COMPARED_COUNTS, DAY_WORDS, ROUGH_NUMBER_WORDS } from '../language/lexicon.js';
import { ASPECT_VERBS } from './mood.js';
import { ofCountry, placeActor } from './places.js';
import { OUTBREAK_VERBS, endWithOf, hasTarget, MEASURE_NOUNS, NO_EVENT, TARGET_PREPOSITIONS, TRANSFER_CODES, verbStems, VIOLENT_ROOTS } from './rules.js';
import { ofStateFaced } from './sides.js';
import { EventTally } from './tally.js';
import { AIMED_AT_PREPOSITIONS, TALKS_RESUME } from './vocabulary.js';

/** Verbs that say a meeting did not take place as planned. */
const UNDONE_VERBS = new Set(['postpone', 'cancel', 'call off', 'collapse', 'delay', 'scrap', 'suspend', 'break down', 'fail', 'abandon', 'defer', 'put off', 'scuttle', 'derail', 'adjourn']);

/** Nouns for meetings whose sides "between" names consult each other. */
const MEETING_NOUNS = new Set(['meeting', 'talk', 'talks', 'summit', 'negotiation', 'negotiations', 'consultation', 'consultations']);
/** Verbs whose passive says an act was done: "was completed", "was carried out". */
const COMPLETION_VERBS = new Set(['complete', 'finish', 'conclude', 'carry out', 'finalize', 'finalise']);
/** Nouns for truces whose sides "between" names keep them. */
const TRUCE_NOUNS = new Set(['ceasefire', 'truce', 'armistice']);
/** Nouns for sanctions, which take effect on whom they are against. */
const SANCTION_NOUNS = new Set(['sanctions', 'embargo', 'embargoes']);

/** Whether verb group g says something takes effect: "took effect", "came into force", "went into effect". */
function inForce(ctx: CodingContext, g: VerbGroup): boolean {
  const { tokens } = ctx;
  const next = tokens.lower[g.tokenEnd];
  const lemma = tokens.lemma[g.head];
  if (lemma === 'take') return next === 'effect';
  return (lemma === 'come' || lemma === 'go' || lemma === 'enter') && next === 'into' && (tokens.lower[g.tokenEnd + 1] === 'force' || tokens.lower[g.tokenEnd + 1] === 'effect');
}

/** Exchanges of prisoners, which free them both ways. */
const SWAP_NOUNS = new Set(['exchange', 'swap']);

/** A phrase whose words before its head name captives: "a prisoner exchange", "the POW swap". */
function captivesIn(ctx: CodingContext, np: number): boolean {
  const { tokens, nounPhrases } = ctx;
  for (let k = nounPhrases[np]!.tokenStart; k < nounPhrases[np]!.head; k++) if (/^(prisoners?|captives?|hostages?|pows?|detainees?)$/.test(tokens.lower[k]!)) return true;
  return false;
}

/** Whether a noun phrase's words before its head name a state: "a U.S. military airlift", "the French withdrawal". */
function modifiedByState(ctx: CodingContext, np: number, of: number, date: string | null): boolean {
  const noun = ctx.nounPhrases[np]!;
  // (Not a body of people: "An Australian-led force of troops and police landed".)
  if (noun.head <= noun.tokenStart || ctx.resolver.agentSector(noun) !== null || JOINED_FORCES.has(ctx.tokens.lemma[noun.head]!)) return false;
  const actors = resolveAll(ctx, [np], date);
  // (The phrase's head is the act's noun, so a state it resolves to is named by its modifiers.)
  if (actors.length === 0 || !actors.every((a) => countryOf(a.code) !== null && !international(a.code))) return false;
  // (Not when its "of" phrase names another state, or that state's forces, which the modifier only
  // places or receives: "The Afghan withdrawal of U.S. troops", "The Cuban embargo of the United States".)
  const country = countryOf(actors[0]!.code);
  // (Named in the phrase itself, not placed by a phrase after it: "The Russian withdrawal of troops from Moldova".)
  const object = ctx.nounPhrases[of]!;
  const named = (ctx.namesOf.get(object.sentence) ?? []).filter((n) => n.tokenStart >= object.tokenStart && n.tokenEnd <= object.tokenEnd && n.country !== null).map((n) => n.country);
  if (named.length === 0) return true;
  const bare = ctx.tokens.pos[object.head] === POS.PROPN;
  return !resolveAll(ctx, chain(ctx, of), date).some((a) => countryOf(a.code) !== null && countryOf(a.code) !== country && named.includes(countryOf(a.code)) && ((bare && /^[A-Z]{3}$/.test(a.code)) || /^[A-Z]{3}(MIL|GOV|COP)/.test(a.code)));
}

/** Verbless headlines that report an act ("Seoul upbeat on ties with Pyongyang"); see `verblessHeadline`. */
export function codeHeadlines(ctx: CodingContext, tally: EventTally, dateOf: (sentence: number, start: number) => string | null, discarded: (sentence: number) => boolean): void {
  const { tokens, sentences } = ctx;
  const { events } = tally;
  const coded = new Set(events.map((e) => e.sentence));
  for (let s = 0; s < sentences.length; s++) {
    // (Most sentences end with a stop, and no headline does: that test first.)
    if (tokens.pos[sentences[s]!.tokenEnd - 1] === POS.PUNCT || coded.has(s) || discarded(s)) continue;
    const date = dateOf(s, sentences[s]!.start);
    const act = verblessHeadline(ctx, s, date);
    if (!act) continue;
    const cue = { start: tokens.start[act.cue]!, end: tokens.end[act.cue]! };
    const targets = resolveAll(ctx, chain(ctx, act.target), date);
    for (const source of resolveAll(ctx, chain(ctx, act.source), date)) for (const target of targets) tally.push(source, target, act.code, act.rule, s, date, cue);
  }
}

/**
 * Nominal events the text names outright: "the killing of two militants by Israeli troops",
 * "the arrest of X by Y". Both the "of" (target) and the "by" (source) phrase must be there;
 * the noun is the verb's own noun or its gerund, and the verb's default code applies.
 */
export function codeNominals(ctx: CodingContext, tally: EventTally, dateOf: (sentence: number, start: number) => string | null, discarded: (sentence: number) => boolean): void {
  const { doc, tokens, nounPhrases, verbAt, matcher, resolver, namesOf, verbIndex } = ctx;
  const { layers } = doc;
  const verbs = verbIndex.words;
  const attachments = layers.attachments ?? [];
  const activeSubjects = new Set<number>();
  // (Or of a verb that says it was done: "The withdrawal of the last Russian troops from Lithuania was completed".)
  // (And those of a verb told as done: not "would", "could", "if" or "will".)
  const doneSubjects = new Set<number>();
  for (const g of layers.verbGroups ?? []) {
    if (g.subject !== null && (g.voice === 'active' || COMPLETION_VERBS.has(tokens.lemma[g.head]!))) activeSubjects.add(g.subject);
    if (g.subject !== null && !g.negated && g.modal === null && g.tense !== 'future' && !g.conditional) doneSubjects.add(g.subject);
  }
  for (const of of attachments) {
    if (of.attachedTo.kind !== 'noun' || tokens.lower[of.prep] !== 'of') continue;
    const noun = nounPhrases[of.attachedTo.index]!;
    if (tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
    // Right after the "of" phrase (a comma between at most): not the "by" of a participle ("a tanker seized by Britain").
    // (After the "of" phrase's own "of" phrases: "the release of hundreds of Palestinian prisoners by Israel".)
    // (Or right after the noun, before its "of": "The release by China of the 24 crew members".)
    // (After the last of a list: "The release of 15 British sailors and marines by Iran".)
    const listed = nounPhrases[of.object]!.conjuncts.length > 0 ? Math.max(of.object, ...nounPhrases[of.object]!.conjuncts) : of.object;
    const by = attachments.find((a) => tokens.lower[a.prep] === 'by' && a.prep > of.prep && nounPhrases[a.object]!.sentence === noun.sentence && a.prep - endWithOf(tokens, nounPhrases, listed) <= 1 && verbAt[a.prep - 1]! < 0)
      ?? attachments.find((a) => tokens.lower[a.prep] === 'by' && a.prep === noun.tokenEnd && a.attachedTo.kind === 'noun' && a.attachedTo.index === of.attachedTo.index && nounPhrases[a.object]!.tokenEnd === of.prep);
    // "Morales's expulsion of the U.S. ambassador marked …": a possessor is the doer of an act told
    // as the subject of the sentence's verb (not one only called for: "demanded Israel's withdrawal of").
    // (Or a state named before the noun: "A U.S. military airlift of food into Haiti began", "The
    // Russian withdrawal of troops from Moldova ended".)
    // (Told as done: not "A Chinese blockade of Taiwan would choke the island's imports".)
    // (Not the place or the side acted on: "The Afghan withdrawal of U.S. troops", "The Cuban embargo of the United States".)
    const owner = by || !activeSubjects.has(of.attachedTo.index) ? null : noun.possessor ?? (doneSubjects.has(of.attachedTo.index) && modifiedByState(ctx, of.attachedTo.index, of.object, dateOf(noun.sentence, noun.start)) ? of.attachedTo.index : null);
    // "The withdrawal of the last Syrian troops from Lebanon ended …", "The recall of Saudi
    // ambassadors from Doha marks …": told so, a state's agents in the "of" phrase are the doers,
    // and the act's pattern names whom it is done to.
    const doers = !by && owner === null && activeSubjects.has(of.attachedTo.index) && resolveAll(ctx, chain(ctx, of.object), doc.date).some((a) => countryOf(a.code) !== null && /^(MIL|GOV|COP|PKO)/.test(splitCode(a.code).sector ?? ''));
    if (!by && owner === null && !doers) continue;
    const head = tokens.lemma[noun.head]!;
    const candidates = verbStems(head).flatMap((stem) => verbs.get(stem) ?? []).filter((c) => c.rest.length === 0);
    const entry = candidates.find((c) => c.entry.code !== null)?.entry;
    if (candidates.length === 0 || discarded(noun.sentence)) continue;
    // The verb's patterns read the "of" phrase as its object: "the expulsion of 20 Russian diplomats" → 161.
    // An owner's act may name its target after it, up to the sentence's verb: "Jordan's recall of
    // its ambassador from Israel", "Russia's airlift of emergency supplies to Serbia began".
    const object = nounPhrases[of.object]!;
    const governed = owner !== null || doers ? (layers.verbGroups ?? []).find((g) => g.subject === of.attachedTo.index) : undefined;
    const limit = governed !== undefined && governed.tokenStart > object.tokenEnd ? governed.tokenStart : object.tokenEnd;
    const lastJoined = object.conjuncts.length > 0 ? Math.max(...object.conjuncts) : null;
    let pattern: VerbEntry['patterns'][number] | undefined;
    let named: number | null = null;
    for (const c of candidates) {
      for (const p of c.entry.patterns) {
        if (p.before.length > 0 || p.code === NO_EVENT || (hasTarget(p) && owner === null && !doers) || (doers && !hasTarget(p))) continue;
        // (Or from the last of a list: "The arrival of Australian troops and police in Honiara".)
        const m = matcher.match(p.after, object.tokenStart, limit) ?? (lastJoined !== null ? matcher.match(p.after, nounPhrases[lastJoined]!.tokenStart, limit) : null);
        if (m === null) continue;
        pattern = p;
        named = m.target;
        break;
      }
      if (pattern) break;
    }
    if ((!pattern && !entry) || (doers && !pattern)) continue;
    // ("The arrival of the first Nigerian peacekeepers in Monrovia": forces that arrive bring protection (074), as the verb's rules code it.)
    const code = doers && pattern!.code.startsWith('042') && resolveAll(ctx, chain(ctx, of.object), doc.date).every((a) => /^(MIL|PKO|COP)/.test(splitCode(a.code).sector ?? '')) ? '074' : (pattern?.code ?? entry!.code!);
    const date = dateOf(noun.sentence, noun.start);
    let sources = resolveAll(ctx, chain(ctx, by ? by.object : doers ? of.object : owner), date);
    // (Not the owner's own people: "Jordan's recall of its ambassador from Israel".)
    let targets = resolveAll(ctx, chain(ctx, named ?? of.object), date).filter((t) => named !== null || owner === null || !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
    // "The extradition of Joaquin Guzman by Mexico to the United States", "Cameroon's handover of
    // Bagosora to the U.N. tribunal": what is handed over goes to whom the next "to" phrase names.
    if (named === null && TRANSFER_CODES.test(code)) {
      const after = endWithOf(tokens, nounPhrases, by ? by.object : of.object);
      const to = attachments.find((a) => a.prep === after && tokens.lower[a.prep] === 'to');
      const recipients = to ? resolveAll(ctx, chain(ctx, to.object), date) : [];
      if (recipients.length > 0) targets = recipients;
    }
    // ("Morocco's suspension of all contacts with the German embassy": the first actor after what it was of.)
    if (targets.length === 0 && owner !== null) {
      const next = attachments.find((a) => a.prep >= object.tokenEnd && a.prep < limit && TARGET_PREPOSITIONS.has(tokens.lower[a.prep]!) && nounPhrases[a.object]!.tokenEnd <= limit);
      if (next) targets = resolveAll(ctx, chain(ctx, next.object), date);
    }
    // (A state's agents of no named country act on their own country's people: "The arrest of
    // Ugandan opposition leader Kizza Besigye by police".)
    const home = targets.length > 0 ? countryOf(targets[0]!.code) : null;
    if (home !== null && sources.length > 0 && sources.every((a) => /^---(GOV|COP|JUD|MIL|SPY)/.test(a.code)) && onlyCountry(ctx, noun.sentence, home)) sources = ofCountry(sources, home, true);
    // (And a state's agents hold or try at home people the dictionaries do not know: "The detention
    // of former cabinet ministers Kenneth Matiba and Charles Rubia by Kenyan police".)
    const state = sources.length > 0 && /^[A-Z]{3}(GOV|COP|JUD|MIL|SPY)/.test(sources[0]!.code) ? countryOf(sources[0]!.code) : null;
    // (Only where the sentence names no other country, and not foreigners: "The arrest of two foreign journalists by Iranian police drew protests from Britain".)
    const foreign = tokens.lower.slice(object.tokenStart, object.head).includes('foreign');
    const domestic = by && state !== null && (code.startsWith('17') || code.startsWith('09') || code === '0841') && !foreign && onlyCountry(ctx, noun.sentence, state);
    if (domestic && targets.length === 0 && !resolver.isPlace(of.object)) targets = [{ code: state, start: object.start, end: object.end, place: true, inferred: true }];
    // (People of no named country are the state's own: "the arrest of rights activist Farai Maguwu by Zimbabwean police".)
    else if (domestic && targets.every((t) => t.code.startsWith('---'))) targets = ofCountry(targets, state);
    for (const source of sources) for (const target of targets) tally.push(source, target, code, pattern?.origin ?? entry!.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "Najib Razak's arrest by anti-graft officers capped …", "Kuwait's invasion by Iraq": an act
  // whose possessor suffered it and whose "by" phrase did it.
  for (const by of attachments) {
    if (by.attachedTo.kind !== 'noun' || tokens.lower[by.prep] !== 'by') continue;
    const noun = nounPhrases[by.attachedTo.index]!;
    if (noun.possessor === null || by.prep !== noun.tokenEnd || tokens.pos[noun.head] !== POS.NOUN || tokens.flags[noun.head]! & TokenFlag.InQuote || discarded(noun.sentence)) continue;
    const entry = verbStems(tokens.lemma[noun.head]!).flatMap((stem) => verbs.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
    if (!entry) continue;
    const date = dateOf(noun.sentence, noun.start);
    const targets = resolveAll(ctx, chain(ctx, noun.possessor), date);
    // (A state's agents of no named country act on their own country's people: "by anti-graft officers".)
    const home = targets.length > 0 ? countryOf(targets[0]!.code) : null;
    let sources = resolveAll(ctx, chain(ctx, by.object), date);
    if (home !== null && sources.every((a) => /^---(GOV|COP|JUD|MIL|SPY)/.test(a.code)) && onlyCountry(ctx, noun.sentence, home)) sources = ofCountry(sources, home, true);
    for (const source of sources) for (const target of targets) tally.push(source, target, entry.code!, entry.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "A visit by Eritrean President Isaias Afwerki to Addis Ababa sealed the thaw", "An attack by
  // rebels on an army post left ten dead": an act told as the subject, with no "of" phrase, whose
  // "by" phrase did it to whom the next "to", "on" or "against" phrase names.
  for (const by of attachments) {
    if (by.attachedTo.kind !== 'noun' || tokens.lower[by.prep] !== 'by') continue;
    const np = by.attachedTo.index;
    const noun = nounPhrases[np]!;
    if (noun.possessor !== null || by.prep !== noun.tokenEnd || tokens.pos[noun.head] !== POS.NOUN || tokens.flags[noun.head]! & TokenFlag.InQuote || discarded(noun.sentence)) continue;
    const entry = verbStems(tokens.lemma[noun.head]!).flatMap((stem) => verbs.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
    if (!entry) continue;
    const byEnd = endWithOf(tokens, nounPhrases, by.object);
    // (Or, for an inquiry, "into": "An investigation by the International Criminal Court into Kenya's post-election violence got under way".)
    const to = attachments.find((a) => a.prep === byEnd && (AIMED_AT_PREPOSITIONS.has(tokens.lower[a.prep]!) || (tokens.lower[a.prep] === 'into' && entry.code!.startsWith('09'))));
    // (The parse may give the sentence's verb a subject inside the act's phrases; the act still opens the sentence.)
    const told = activeSubjects.has(np) || (noun.tokenStart === ctx.sentences[noun.sentence]!.tokenStart && to !== undefined && (activeSubjects.has(by.object) || activeSubjects.has(to.object)));
    if (!to || !told) continue;
    // (Only an act told as done: not "A visit by Modi to Dhaka could take place early next year".)
    const verb = (layers.verbGroups ?? []).find((g) => g.sentence === noun.sentence && g.tokenStart > to.prep);
    if (verb === undefined || verb.negated || verb.modal !== null || verb.tense === 'future' || verb.conditional) continue;
    const date = dateOf(noun.sentence, noun.start);
    const sources = resolveAll(ctx, chain(ctx, by.object), date);
    const targets = resolveAll(ctx, chain(ctx, to.object), date).filter((t) => !sources.some((a) => a.code === t.code));
    for (const source of sources) for (const target of targets) tally.push(source, target, entry.code!, entry.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "Petro's meeting with Maduro in Caracas focused on trade": an owner's act with no "of" phrase,
  // told as the subject of the sentence's verb, is done to whom its "with", "to", "against" or "on" phrase names.
  // (Or, for a verb with no code of its own, whom its pattern names: "Israel's withdrawal from southern
  // Lebanon was completed" is 0874 by "withdraw from +".)
  for (const a of attachments) {
    const from = tokens.lower[a.prep] === 'from';
    if (a.attachedTo.kind !== 'noun' || !(OWNER_ACT_PREPOSITIONS.has(tokens.lower[a.prep]!) || from)) continue;
    const np = a.attachedTo.index;
    const noun = nounPhrases[np]!;
    if (noun.possessor === null || !activeSubjects.has(np) || tokens.pos[noun.head] !== POS.NOUN || a.prep !== noun.tokenEnd || discarded(noun.sentence)) continue;
    if (tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
    const candidates = verbStems(tokens.lemma[noun.head]!).flatMap((stem) => verbs.get(stem) ?? []).filter((c) => c.rest.length === 0);
    const entry = from ? undefined : candidates.find((c) => c.entry.code !== null)?.entry;
    let code = entry?.code ?? null;
    let origin = entry?.origin ?? '';
    let aimed = a.object;
    const end = ctx.sentences[noun.sentence]!.tokenEnd;
    // (Not a pattern whose words name the doer: "Zimbabwe's suspension from the Commonwealth" is
    // the Commonwealth's act, "suspend … from $".)
    for (const c of entry ? [] : candidates) {
      for (const p of c.entry.patterns) {
        if (p.before.length > 0 || p.code === NO_EVENT || p.after[0]?.kind !== 'words') continue;
        const m = matcher.match(p.after, a.prep, end);
        if (m === null || m.source !== null) continue;
        [code, origin, aimed] = [p.code, p.origin, m.target ?? a.object];
        break;
      }
      if (code !== null) break;
    }
    if (code === null) continue;
    const date = dateOf(noun.sentence, noun.start);
    const sources = resolveAll(ctx, chain(ctx, noun.possessor), date);
    let targets = resolveAll(ctx, chain(ctx, aimed), date);
    // (Its own zone is in the place its "in" phrase names: "from its self-declared security zone in southern Lebanon".)
    if (from && targets.every((t) => sources.some((s) => countryOf(s.code) === countryOf(t.code)))) {
      const place = attachments.find((b) => b.attachedTo.kind === 'noun' && b.attachedTo.index === aimed && tokens.lower[b.prep] === 'in');
      if (place) targets = resolveAll(ctx, chain(ctx, place.object), date).filter((t) => !sources.some((s) => countryOf(s.code) === countryOf(t.code)));
    }
    for (const source of sources) for (const target of targets) tally.push(source, target, code, origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "Joint naval exercises by Chinese and Russian warships began in the Yellow Sea": exercises that
  // sides of two countries hold together are military cooperation between them (062).
  // So are a meeting or talks "between" two countries' sides that take place or are held (040):
  // "The first formal meeting between the foreign ministers of Saudi Arabia and Iran took place in Beijing".
  for (const by of attachments) {
    // (Or "between": "The first joint air exercise between Egypt and Sudan got under way".)
    const between = tokens.lower[by.prep] === 'between';
    if (by.attachedTo.kind !== 'noun' || (tokens.lower[by.prep] !== 'by' && !between)) continue;
    // ("Talks on Nagorno-Karabakh between …": the "between" phrase may follow the talks' topic.)
    let attached = by.attachedTo.index;
    const topic = nounPhrases[attached]!.tokenStart - 1;
    // (Or a span of time: "the first direct peace talks in nearly seven years between …".)
    const spanAt = tokens.pos[topic] === POS.ADV ? topic - 1 : topic;
    const span = between && PERIOD_NOUNS.has(tokens.lower[nounPhrases[attached]!.head]!) && (tokens.lower[spanAt] === 'in' || tokens.lower[spanAt] === 'for');
    // (Or its place: "Thursday's meeting in Prague between Aliyev and Sarksyan".)
    const venue = between && tokens.lower[topic] === 'in' && ctx.resolver.isPlace(attached);
    const opens = span ? spanAt : topic;
    if (between && !MEETING_NOUNS.has(nounLemma(ctx, nounPhrases[attached]!.head)) && (tokens.lower[topic] === 'on' || tokens.lower[topic] === 'over' || span || venue) && matcher.npAt[opens - 1]! >= 0 && MEETING_NOUNS.has(nounLemma(ctx, nounPhrases[matcher.npAt[opens - 1]!]!.head))) attached = matcher.npAt[opens - 1]!;
    const kind = nounLemma(ctx, nounPhrases[attached]!.head);
    // (And a truce between two sides that takes effect is theirs (0871): "A Russian-brokered ceasefire between Armenia and Azerbaijan took effect".)
    const meeting = between && MEETING_NOUNS.has(kind);
    const truce = between && TRUCE_NOUNS.has(kind);
    // (And fighting between two sides that does anything at all: "Heavy fighting between Sudan's army
    // and the paramilitary Rapid Support Forces shook the capital" (190).)
    const fighting = between && FIGHTING_NOUNS.has(kind);
    // (And a prisoner exchange between two sides that takes place frees prisoners both ways (0841):
    // "A prisoner exchange between Russia and Ukraine took place on Saturday".)
    const swap = between && SWAP_NOUNS.has(kind) && captivesIn(ctx, attached);
    if (!EXERCISE_NOUNS.has(kind) && !meeting && !truce && !fighting && !swap) continue;
    const noun = nounPhrases[attached]!;
    // (Past a clause with a subject of its own: "exercises by Russian and Chinese warships, the largest the two countries have ever staged, got under way".)
    const byEnd = endWithOf(tokens, nounPhrases, by.object);
    // (And past a reduced relative or a preposition's gerund: "talks … on restoring the relations broken
    // off during the war opened in Madrid".)
    const next = (layers.verbGroups ?? []).find((g) => g.sentence === noun.sentence && g.tokenStart > byEnd && !(g.subject !== null && nounPhrases[g.subject]!.tokenStart > byEnd) && !(g.voice === 'passive' && g.tokenStart === g.head) && !(tokens.pos[g.tokenStart - 1] === POS.ADP && tokens.lower[g.head]!.endsWith('ing')));
    // (Or, told with its day, anything it did: "Thursday's meeting in Prague between Aliyev and Sarksyan brought the two sides closer".)
    // (Not what undid it: "Monday's meeting between Abbas and Olmert was postponed".)
    const ownDay = noun.possessor !== null && DAY_WORDS.has(tokens.lower[nounPhrases[noun.possessor]!.head]!) && next !== undefined && next.tense === 'past' && meeting && !UNDONE_VERBS.has(next.lemma);
    const held = next !== undefined && (ownDay || (tokens.lemma[next.head] === 'take' && (tokens.lower[next.tokenEnd] === 'place' || tokens.lower[next.tokenEnd] === 'effect' || tokens.lower[next.tokenEnd] === 'hold')) || (tokens.lemma[next.head] === 'hold' && next.voice === 'passive') || (tokens.lemma[next.head] === 'come' && tokens.lower[next.tokenEnd] === 'into') ||
      // ("went into a second day", "entered their third day".)
      (meeting && ((tokens.lemma[next.head] === 'go' && tokens.lower[next.tokenEnd] === 'into') || tokens.lemma[next.head] === 'enter')));
    if (!next || next.negated || next.modal !== null || !(fighting || TALKS_RESUME.has(tokens.lemma[next.head]!) || tokens.lemma[next.head] === 'get' || held) || discarded(noun.sentence)) continue;
    const date = dateOf(noun.sentence, noun.start);
    // (From the phrase a possessor owns: "between Sri Lanka's government and the Tamil Tiger rebels".)
    const sides = resolveAll(ctx, chain(ctx, nounPhrases[by.object + 1]?.possessor === by.object ? by.object + 1 : by.object), date);
    // (Talks may be a state's with its own rebels: "peace talks between the Colombian government and FARC rebel negotiators got under way".)
    const distinct = meeting || truce || fighting || swap ? (a: ResolvedActor, b: ResolvedActor): boolean => a.code !== b.code : (a: ResolvedActor, b: ResolvedActor): boolean => countryOf(a.code) !== countryOf(b.code);
    if (!sides.some((a) => sides.some((b) => distinct(a, b)))) continue;
    const [code, rule] = meeting ? ['040', 'a meeting between two sides that takes place'] : truce ? ['0871', 'a truce between two sides that takes effect'] : fighting ? ['190', 'fighting between two sides'] : swap ? ['0841', 'a prisoner exchange between two sides that takes place'] : ['062', 'exercises held by sides of two countries'];
    for (const a of sides) for (const b of sides) if (distinct(a, b)) tally.push(a, b, code, rule, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "The signing of a basic treaty between Slovakia and Hungary ended years of wrangling": the
  // signing of a pact between two sides, told as what did something, is their agreement (057).
  for (const of of attachments) {
    if (of.attachedTo.kind !== 'noun' || tokens.lower[of.prep] !== 'of' || !activeSubjects.has(of.attachedTo.index)) continue;
    const noun = nounPhrases[of.attachedTo.index]!;
    if (!SIGNING_NOUNS.has(tokens.lower[noun.head]!) || !PACT_NOUNS.has(nounLemma(ctx, nounPhrases[of.object]!.head)) || discarded(noun.sentence)) continue;
    const between = attachments.find((a) => tokens.lower[a.prep] === 'between' && a.attachedTo.kind === 'noun' && a.attachedTo.index === of.object);
    const governed = (layers.verbGroups ?? []).find((g) => g.subject === of.attachedTo.index);
    if (!between || !governed || governed.negated || governed.modal !== null) continue;
    const date = dateOf(noun.sentence, noun.start);
    const sides = resolveAll(ctx, chain(ctx, between.object), date);
    const distinct = (a: ResolvedActor, b: ResolvedActor): boolean => countryOf(a.code) !== countryOf(b.code);
    for (const a of sides) for (const b of sides) if (distinct(a, b)) tally.push(a, b, '057', 'the signing of a pact between two sides', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "U.N. sanctions against Libya took effect on Wednesday": sanctions whose own words name who
  // imposed them, and which take effect or come into force, are imposed on whom they are against (163).
  for (const g of layers.verbGroups ?? []) {
    // (Told as done: not "are due to take effect", "failed to take effect".)
    if (g.subject === null || g.negated || g.modal !== null || g.conditional || g.tense === 'future' || tokens.lower[g.tokenStart - 1] === 'to' || !inForce(ctx, g) || discarded(g.sentence)) continue;
    const noun = nounPhrases[g.subject]!;
    if (!SANCTION_NOUNS.has(tokens.lower[noun.head]!) || noun.head === noun.tokenStart) continue;
    const against = attachments.find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === g.subject && (tokens.lower[a.prep] === 'against' || tokens.lower[a.prep] === 'on'));
    if (against === undefined) continue;
    const date = dateOf(noun.sentence, noun.start);
    const sources = resolveAll(ctx, [g.subject], date);
    const targets = resolveAll(ctx, chain(ctx, against.object), date).filter((t) => !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
    for (const source of sources) for (const target of targets) tally.push(source, target, '163', 'sanctions that take effect', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "Joint Egyptian-Saudi naval exercises got under way": exercises whose own words name two
  // countries' sides, and which begin, are military cooperation between them (062).
  for (const g of layers.verbGroups ?? []) {
    if (g.subject === null || g.negated || g.modal !== null || !(TALKS_RESUME.has(tokens.lemma[g.head]!) || tokens.lemma[g.head] === 'get') || discarded(g.sentence)) continue;
    const noun = nounPhrases[g.subject]!;
    // (So is a summit its words name two sides of, which opens: "Barak-Arafat summit opens at Camp David" (040).)
    const summit = MEETING_NOUNS.has(nounLemma(ctx, noun.head));
    if ((!EXERCISE_NOUNS.has(tokens.lower[noun.head]!) && !summit) || noun.tokenEnd !== g.tokenStart) continue;
    const date = dateOf(noun.sentence, noun.start);
    const named = (namesOf.get(g.sentence) ?? []).filter((n) => n.tokenStart >= noun.tokenStart && n.tokenEnd <= noun.head && (n.country !== null || (summit && n.type === 'person')));
    const sides: ResolvedActor[] = summit
      ? named.flatMap((n) => {
          const code = resolver.nameCode(layers.names!.indexOf(n), date);
          return code !== null ? [{ code, start: n.start, end: n.end }] : [];
        })
      : [...new Set(named.map((n) => n.country!))].map((c) => ({ code: c, start: noun.start, end: noun.end }));
    if (new Set(sides.map((a) => countryOf(a.code))).size < 2) continue;
    const [code, rule] = summit ? ['040', 'a summit whose words name two sides that opens'] : ['062', 'exercises whose words name two countries that begin'];
    for (const a of sides) for (const b of sides) if (countryOf(a.code) !== countryOf(b.code)) tally.push(a, b, code, rule, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "A fresh U.N. investigation into Iraq's weapons programme got under way": an inquiry that begins
  // is its body's investigation (090) of whom its "into" or "of" phrase names.
  for (const g of layers.verbGroups ?? []) {
    if (g.subject === null || g.negated || g.modal !== null || g.conditional || !(TALKS_RESUME.has(tokens.lemma[g.head]!) || tokens.lemma[g.head] === 'get') || discarded(g.sentence)) continue;
    const noun = nounPhrases[g.subject]!;
    if (!INQUIRY_NOUNS.has(tokens.lower[noun.head]!) || tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
    const date = dateOf(noun.sentence, noun.start);
    const bodies = (namesOf.get(g.sentence) ?? []).filter((n) => n.tokenStart >= noun.tokenStart && n.tokenEnd <= noun.head && n.type !== 'place');
    const sources = bodies.map((n) => resolver.resolve(matcher.npAt[n.tokenStart]!, date)).filter((a): a is ResolvedActor => a !== null);
    const about = attachments.find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === g.subject && (tokens.lower[a.prep] === 'into' || tokens.lower[a.prep] === 'of'));
    const aboutNp = about ? (nounPhrases[about.object]!.possessor ?? about.object) : null;
    const targets = aboutNp !== null ? resolveAll(ctx, chain(ctx, aboutNp), date) : [];
    for (const a of sources) for (const b of targets.length > 0 ? targets : [null]) if (b === null || countryOf(a.code) !== countryOf(b.code) || international(a.code)) tally.push(a, b, '090', 'an inquiry that begins', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }
  // "began joint naval exercises in the Yellow Sea in a show of force against North Korea": what is
  // done "in a show of force" against someone is a show of force at them (150), by the sentence's subject.
  (layers.sentences ?? []).forEach((s, index) => {
    for (let k = s.tokenStart + 1; k + 3 < s.tokenEnd; k++) {
      if (tokens.lower[k] !== 'show' || tokens.lower[k + 1] !== 'of' || !SHOWN.has(tokens.lower[k + 2]!)) continue;
      let at = k + 3;
      if ((tokens.lower[at] === 'aimed' || tokens.lower[at] === 'directed') && tokens.lower[at + 1] === 'at') at++;
      if (!SHOWN_AT.has(tokens.lower[at]!) || matcher.npAt[at + 1]! < 0 || discarded(index)) continue;
      const g = assertedBefore(layers.verbGroups ?? [], index, k);
      if (!g) continue;
      const date = dateOf(index, tokens.start[k]!);
      const sources = resolveAll(ctx, chain(ctx, g.subject!), date);
      const targets = resolveAll(ctx, chain(ctx, matcher.npAt[at + 1]!), date);
      // (Once: not where the act itself is a show of force at them, "sent a carrier group toward North Korea in a show of force".)
      const shown = (a: ResolvedActor, b: ResolvedActor): boolean => tally.events.some((e) => e.sentence === index && e.root === '15' && e.source?.country === countryOf(a.code) && e.target?.country === countryOf(b.code));
      for (const a of sources) for (const b of targets) if (countryOf(a.code) !== countryOf(b.code) && !shown(a, b)) tally.push(a, b, '150', 'what is done in a show of force against someone', index, date, { start: tokens.start[k]!, end: tokens.end[k + 2]! });
    }
  });
  // "Buddhist monks led tens of thousands through Yangon in the biggest protest against Myanmar's
  // military rulers": what is done "in a protest against" someone is a protest at them (141), by the
  // sentence's subject, who, named by no country, is of the state protested against.
  (layers.sentences ?? []).forEach((s, index) => {
    for (let k = s.tokenStart + 2; k + 2 < s.tokenEnd; k++) {
      if (!PROTEST_WORDS.has(tokens.lower[k]!) || tokens.lower[k + 1] !== 'against' || matcher.npAt[k + 2]! < 0 || discarded(index)) continue;
      let j = k - 1;
      while (j > s.tokenStart && (tokens.pos[j] === POS.ADJ || tokens.pos[j] === POS.DET || tokens.pos[j] === POS.ADV)) j--;
      if (tokens.lower[j] !== 'in' || tally.events.some((e) => e.sentence === index && e.root === '14')) continue;
      const g = assertedBefore(layers.verbGroups ?? [], index, j);
      if (!g) continue;
      const date = dateOf(index, tokens.start[k]!);
      const targets = resolveAll(ctx, chain(ctx, matcher.npAt[k + 2]!), date).filter((t) => countryOf(t.code) !== null);
      if (targets.length === 0) continue;
      const sources = ofCountry(resolveAll(ctx, chain(ctx, g.subject!), date), countryOf(targets[0]!.code)!);
      for (const a of sources) for (const b of targets) tally.push(a, b, '141', 'what is done in a protest against someone', index, date, { start: tokens.start[k]!, end: tokens.end[k]! });
    }
  });
  // "Hunger strike by Mongolian democracy activists enters second day", "Truckers' protest clogs
  // downtown Ottawa": a protest told as the subject of a verb is its protesters' act, aimed, with no
  // one else named, at their own state.
  for (const g of layers.verbGroups ?? []) {
    if (g.subject === null || g.voice !== 'active' || g.negated || g.modal !== null || g.conditional) continue;
    // (The subject found may be the "by" phrase's: "A general strike by Nigerian unions paralysed Lagos".)
    // (Over a count's opening words: "The march by more than a million Chileans …".)
    const by = countOpening(tokens.lower, nounPhrases[g.subject]!.tokenStart);
    const before = tokens.lower[by] === 'by' ? matcher.npAt[by - 1]! : -1;
    const noun = nounPhrases[before >= 0 && nounPhrases[before]!.tokenEnd === by ? before : g.subject]!;
    const doers = noun !== nounPhrases[g.subject] ? g.subject : noun.possessor;
    const head = nounLemma(ctx, noun.head);
    let code = PROTEST_NOUNS.get(head);
    if (code === undefined || doers === null || discarded(noun.sentence) || tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
    if (head === 'strike' && tokens.lower[noun.head - 1] === 'hunger') code = '142';
    const date = dateOf(noun.sentence, noun.start);
    // (Protesters of no named country are of the place the verb names: "Truckers' protest clogs downtown Ottawa".)
    const where = (namesOf.get(g.sentence) ?? []).find((n) => n.type === 'place' && n.tokenStart >= g.tokenEnd && n.country !== null && /^[A-Z]{3}$/.test(n.country))?.country;
    // (A possessor is read as itself, not as what it owns.)
    const owner = doers === noun.possessor ? resolver.resolveOwner(doers, date) : null;
    const sources = (owner ? [owner] : resolveAll(ctx, chain(ctx, doers), date)).map((a) => (a.code.startsWith('---') && where ? ofCountry([a], where)[0]! : a)).filter((a) => countryOf(a.code) !== null && !international(a.code));
    for (const a of sources) {
      const home: ResolvedActor = { code: countryOf(a.code)!, start: a.start, end: a.end, place: true, inferred: true };
      tally.push(a, home, code, 'a protest told as a subject is its protesters\' act', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
    }
  }
  // "Fighting erupted between Sudan's army and the RSF", "clashes broke out between police and
  // protesters": a fight that breaks out between two sides is theirs, each against the other.
  (layers.verbGroups ?? []).forEach((outbreak, g) => {
    const lemma = tokens.lemma[outbreak.head]!;
    const breaksOut = OUTBREAK_VERBS.has(lemma) || OUTBREAK_VERBS.has(outbreak.lemma);
    // (And talks that were, in the past: "A meeting … between Santos and Chavez was the first since …".)
    const resumes = TALKS_RESUME.has(lemma) || TALKS_RESUME.has(outbreak.lemma) || (lemma === 'be' && outbreak.tense === 'past');
    if (outbreak.subject === null || !(breaksOut || resumes) || outbreak.negated || outbreak.modal !== null || outbreak.conditional) return;
    // (Nor what another verb only wants, fails or is expected to do: "talks … failed to open in Algiers".)
    const governor = ctx.governorOf[g]!;
    if (governor >= 0 && tokens.lower[outbreak.tokenStart - 1] === 'to' && !ASPECT_VERBS.has(layers.verbGroups![governor]!.lemma)) return;
    // ("The first round of talks between Japan and North Korea opened": a measure's "of" phrase is the noun.)
    const measured = MEASURE_NOUNS.has(tokens.lemma[nounPhrases[outbreak.subject]!.head]!) && tokens.lower[nounPhrases[outbreak.subject]!.tokenEnd] === 'of' ? matcher.npAt[nounPhrases[outbreak.subject]!.tokenEnd + 1]! : -1;
    const np = measured >= 0 ? measured : outbreak.subject;
    const noun = nounPhrases[np]!;
    // The "between" phrase may hang on the noun or on the verb ("erupted between …").
    // (Or anywhere between the noun and its verb: "Talks on Friday between Lula and Xi … focused on trade".)
    const between = attachments.find((a) => tokens.lower[a.prep] === 'between' && ((a.attachedTo.kind === 'noun' && a.attachedTo.index === np) || (a.attachedTo.kind === 'verb' && a.attachedTo.index === g) || (a.prep >= noun.tokenEnd && a.prep < outbreak.tokenStart && !hasVerb(ctx, noun.tokenEnd, a.prep))));
    if (discarded(noun.sentence) || tokens.flags[noun.head]! & TokenFlag.InQuote) return;
    if (!between) {
      if (breaksOut) codeUnrest(ctx, tally, dateOf, outbreak, g);
      return;
    }
    const head = tokens.lemma[noun.head]!;
    const entry = verbStems(head).flatMap((stem) => verbs.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
    // So are talks that resume or begin between two sides: "Talks between Tajikistan's government and the opposition resumed".
    const talks = entry?.code?.startsWith('04') && resumes;
    // And flights or links that begin between them are economic cooperation (061): "Direct flights,
    // shipping and postal links between China and Taiwan began on Monday".
    const links = resumes && LINK_NOUNS.has(head);
    if (!links && (!entry || !((VIOLENT_ROOTS.has(entry.code!.slice(0, 2)) && breaksOut) || talks))) return;
    const coded = links ? { code: '061', origin: 'flights or links that begin between two sides' } : { code: entry!.code!, origin: entry!.origin };
    const date = dateOf(noun.sentence, noun.start);
    // "between Sudan's army and the RSF": the list starts at the phrase the possessor opens.
    const next = nounPhrases[between.object + 1];
    const first = next !== undefined && next.possessor === between.object ? between.object + 1 : between.object;
    // (Rebels or opposition of no named country who face a state are of that state.)
    const sides = ofStateFaced(resolveAll(ctx, chain(ctx, first), date), false);
    for (const a of sides) for (const b of sides) if (a !== b) tally.push(a, b, coded.code, coded.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  });
}

/**
 * "Rioting broke out in the Solomon Islands capital", "protests erupted in Tehran": unrest that
 * breaks out in a country with no one named is its people's, aimed at their state. (The caller has found the verb one of breaking out.)
 */
function codeUnrest(ctx: CodingContext, tally: EventTally, dateOf: (sentence: number, start: number) => string | null, outbreak: VerbGroup, g: number): void {
  const { tokens, nounPhrases } = ctx;
  const { layers } = ctx.doc;
  const attachments = layers.attachments ?? [];
  const np = outbreak.subject!;
  const noun = nounPhrases[np]!;
  const unrest = UNREST_NOUNS.get(nounLemma(ctx, noun.head));
  if (unrest === undefined || noun.possessor !== null || noun.head !== noun.tokenStart) return;
  const where = attachments.find((a) => tokens.lower[a.prep] === 'in' && ((a.attachedTo.kind === 'noun' && a.attachedTo.index === np) || (a.attachedTo.kind === 'verb' && a.attachedTo.index === g)));
  const date = dateOf(noun.sentence, noun.start);
  const place = where ? placeActor(ctx, where.object, date) : null;
  const country = place ? countryOf(place.code) : null;
  if (place === null || country === null || international(place.code)) return;
  const people: ResolvedActor = { code: `${country}OPP`, start: noun.start, end: noun.end, inferred: true };
  const state: ResolvedActor = { code: country, start: place.start, end: place.end, place: true, inferred: true };
  tally.push(people, state, unrest, 'unrest that breaks out in a country', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
}

/** Ties of transport and trade that begin between two sides. */
const LINK_NOUNS = new Set(['flight', 'link', 'service', 'shipping', 'trade', 'route']);

/** The prepositions that name whom an owner's act with no "of" phrase was done to: "Petro's meeting with Maduro". */
const OWNER_ACT_PREPOSITIONS = new Set(['with', 'to', 'against', 'on']);

/** Nouns for unrest that breaks out, with their codes: riots (145), protests (141). */
/** Protests by their nouns (a hunger strike is 142). */
const PROTEST_NOUNS = new Map([['protest', '141'], ['demonstration', '141'], ['rally', '141'], ['march', '141'], ['strike', '143'], ['walkout', '143'], ['boycott', '143'], ['blockade', '144']]);

const UNREST_NOUNS = new Map([['rioting', '145'], ['riot', '145'], ['unrest', '140'], ['protest', '141'], ['demonstration', '141']]);

/** Fighting between two sides. */
const FIGHTING_NOUNS = new Set(['fighting', 'fight', 'clash', 'clashes', 'battle', 'battles', 'hostilities', 'gunbattle', 'gunbattles', 'skirmish', 'skirmishes']);

/** The act of making a pact, and the pacts so made. */
const SIGNING_NOUNS = new Set(['signing', 'conclusion']);
const PACT_NOUNS = new Set([...AGREEMENT_NOUNS, 'convention', 'memorandum']);

/** Military exercises, which sides of two countries hold together. */
const EXERCISE_NOUNS = new Set(['exercise', 'exercises', 'drill', 'drills', 'maneuver', 'maneuvers', 'manoeuvre', 'manoeuvres', 'games', 'patrol', 'patrols']);

/** What a show is of, and the words for whom it is aimed at: "in a show of force against North Korea". */
const SHOWN = new Set(['force', 'strength', 'power', 'resolve', 'might']);
const SHOWN_AT = new Set(['against', 'to', 'toward', 'towards', 'at']);

/** Inquiries, which a body opens into someone. */
const INQUIRY_NOUNS = new Set(['investigation', 'inquiry', 'enquiry', 'probe', 'audit']);

/** Spans of time a meeting is the first in. */
const PERIOD_NOUNS = new Set(['years', 'months', 'decades', 'weeks', 'year', 'decade', 'century']);

/** Protests a march or a gathering is held in. */
const PROTEST_WORDS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'rally']);

/** The first asserted verb group of a sentence with a subject, before token `before`: whose act a phrase after it is part of. */
function assertedBefore(verbGroups: readonly VerbGroup[], sentence: number, before: number): VerbGroup | undefined {
  return verbGroups.find((x) => x.sentence === sentence && x.subject !== null && x.tokenStart < before && !x.negated && x.modal === null && !x.conditional);
}

/** The token before a phrase at `start`, over the words that open a count: "more than", "at least", "nearly". */
function countOpening(lower: readonly string[], start: number): number {
  const k = start - 1;
  if (lower[k] === 'than' && COMPARED_COUNTS.has(lower[k - 1]!)) return k - 2;
  if (lower[k] === 'least' && lower[k - 1] === 'at') return k - 2;
  return ROUGH_NUMBER_WORDS.has(lower[k]!) || lower[k] === 'over' ? k - 1 : k;
}
