import { POS } from '../language/types.js';
import { countryOf, international, type ResolvedActor } from './actors.js';
import { chain, hasVerb, namesRegion, resolveAll, speechClauses, wordAfter, type CodingContext } from './context.js';
import { afterDay } from './mood.js';
import { placeActor } from './places.js';
import { verbStems } from './rules.js';
import { otherCountryAfter, RELATION_NOUNS } from './targets.js';
import { verbCandidates } from './verbs.js';
import { BODY_SEATS, COUNTRY_NOUNS, DISASTER_NOUNS, FIRST_PERSON, REPORTING_NOUNS, SELF_PRONOUNS, VIEW_VERBS } from './vocabulary.js';

// What a speaker's statement is about when it is addressed to no one named: their own view of
// another country, the other side of the relations they speak of, the first actor of another
// country their words name; and a report of a natural disaster, which is no statement to code.

/**
 * A speaker's word that its side had no part in an act is a denial, no event: "Peskov said Moscow
 * had nothing to do with the poisoning", "said the army played no part in the killings".
 */
export function disavowal(ctx: CodingContext, v: number): boolean {
  const { tokens, matcher, nounPhrases } = ctx;
  const clause = speechClauses(ctx, v).find((c) => c.kind === 'reported' || c.kind === 'quote');
  if (!clause) return false;
  // (Of a side, not a thing: "said the talks had nothing to do with Ukraine" is a statement.)
  const opener = matcher.npAt[clause.tokenStart + (tokens.lower[clause.tokenStart] === 'that' ? 1 : 0)]!;
  if (opener < 0 || (tokens.pos[nounPhrases[opener]!.head] !== POS.PRON && ctx.resolver.resolve(opener, null) === null)) return false;
  for (let k = clause.tokenStart; k < clause.tokenEnd - 3; k++) {
    // "had nothing to do with the poisoning"
    if (tokens.lower[k] === 'nothing' && tokens.lower[k + 1] === 'to' && tokens.lower[k + 2] === 'do' && tokens.lower[k + 3] === 'with') return true;
    // "played no part in", "had no role in the attack"
    if (tokens.lower[k] === 'no' && DISAVOWED_PARTS.has(tokens.lower[k + 1]!) && (tokens.lower[k + 2] === 'in' || tokens.lower[k + 2] === 'with')) return true;
  }
  return false;
}

/** What one disavows having in an act: "no part in", "no involvement in". */
const DISAVOWED_PARTS = new Set(['part', 'role', 'involvement', 'hand', 'link', 'links', 'connection']);

/**
 * Speech verb v reports, from officials or the press, a clause that opens with a natural disaster
 * ("the cyclone has killed …, officials said"). (A leader's or a government's word on it is a
 * statement: "President Chiluba said the drought had wiped out half the maize crop".)
 */
export function disasterReport(ctx: CodingContext, v: number): boolean {
  const { tokens, nounPhrases, matcher } = ctx;
  // (Or the clause after a reporter's verb joined to the disaster's: "Torrential rains unleashed
  // mudslides …, and officials feared thousands were dead".)
  const vg = ctx.verbGroups[v]!;
  const after = vg.subject !== null && tokens.lower[nounPhrases[vg.subject]!.tokenStart - 1] === 'and' ? { tokenStart: ctx.sentences[vg.sentence]!.tokenStart, tokenEnd: vg.tokenStart, speaker: vg.subject } : undefined;
  const clause = speechClauses(ctx, v).find((c) => c.kind === 'reported' || c.kind === 'quote') ?? after;
  // ("state media": by its word, whose lemma is "medium".)
  const head = nounPhrases[clause?.speaker ?? 0]?.head ?? -1;
  if (!clause || clause.speaker === null || !(REPORTING_NOUNS.has(tokens.lemma[head]!) || REPORTING_NOUNS.has(tokens.lower[head]!))) return false;
  // (The clause may start at the last comma: "Cyclone Nargis tore through the delta, …, killing hundreds, state media said".)
  for (const at of [clause.tokenStart, ctx.sentences[nounPhrases[clause.speaker]!.sentence]!.tokenStart]) {
    const np = matcher.npAt[at]!;
    if (np < 0) continue;
    // (A plural the tagger read as a name at the start: "Floods triggered by monsoon rains have killed …".)
    // (Or its "of" or "from" phrase, up to the clause's first verb: "The death toll from Cyclone Nargis rose above 22,000".)
    let end = nounPhrases[np]!.tokenEnd;
    // (With what its possessor owns: "The death toll from Tuesday's earthquake".)
    while (end < clause.tokenEnd && (tokens.lower[end] === 'from' || tokens.lower[end] === 'of') && matcher.npAt[end + 1]! >= 0) {
      const next = matcher.npAt[end + 1]!;
      end = nounPhrases[next + 1]?.possessor === next ? nounPhrases[next + 1]!.tokenEnd : nounPhrases[next]!.tokenEnd;
    }
    for (let k = nounPhrases[np]!.tokenStart; k < end; k++) if (DISASTER_NOUNS.has(tokens.lemma[k]!) || DISASTER_NOUNS.has(tokens.lower[k]!) || DISASTER_NOUNS.has(tokens.lower[k]!.replace(/s$/, ''))) return true;
    // (Or a volcano by its verb: "Mount Pinatubo erupted again".)
    if (tokens.lower[nounPhrases[np]!.tokenEnd]?.startsWith('erupt')) return true;
  }
  return false;
}

/**
 * The other country a speaker's report of their own view names: the reported clause opens with a
 * pronoun for the speaker ("he", "she", "we") and its verb codes nothing ("shared", "saw", "was
 * anguished"). Empty otherwise.
 */
export function ownViewTopic(ctx: CodingContext, v: number, speakers: ResolvedActor[], date: string | null): ResolvedActor[] {
  const { tokens, nounPhrases, verbGroups, verbIndex, resolver, matcher, verbAt } = ctx;
  // (Or a quote in the first person or of one's own country: '"We found the Indian side positive,"
  // the spokeswoman said', '"Cambodia shares the grief of the Thai people," Hun Sen said'.)
  const clauses = speechClauses(ctx, v);
  const clause = clauses.find((c) => c.kind === 'reported') ?? clauses.find((c) => c.kind === 'quote');
  if (!clause || speakers.length === 0) return [];
  const own = countryOf(speakers[0]!.code);
  // (Or the speaker's own country: "said Tokyo saw little hope of progress in its talks with North Korea".)
  const first = matcher.npAt[clause.tokenStart]!;
  const ownCountry = first >= 0 && own !== null && countryOf(resolver.resolve(first, date)?.code ?? '') === own;
  if (!(clause.kind === 'quote' ? FIRST_PERSON : SELF_PRONOUNS).has(tokens.lower[clause.tokenStart]!) && !ownCountry) return [];
  let viewed = false;
  for (let k = ownCountry ? nounPhrases[first]!.tokenEnd : clause.tokenStart + 1; k < clause.tokenEnd; k++) {
    const g = verbAt[k]!;
    // (Its first verb holds a view; any other verb that codes ends the search.)
    if (g >= 0 && verbGroups[g]!.head === k) {
      if (!viewed && !VIEW_VERBS.has(tokens.lemma[k]!)) return [];
      viewed = true;
      if (verbCandidates(verbIndex, tokens.lemma[k]!, tokens.lower[k]!).length > 0 && !VIEW_VERBS.has(tokens.lemma[k]!)) return [];
    }
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    const found = resolver.resolve(np, date);
    const country = found ? countryOf(found.code) : null;
    if (found && country !== null && country !== own) return [found];
    k = nounPhrases[np]!.tokenEnd - 1;
  }
  return [];
}

/**
 * Whom a speaker's reported clause or quote is about: someone the speaker has just met, the actor or
 * place of another country the clause begins with, or the other country it says the speaker deals with.
 */
export function statementTopic(ctx: CodingContext, v: number, speakers: ResolvedActor[], date: string | null): ResolvedActor[] {
  const { tokens, sentences, nounPhrases, verbGroups, resolver, matcher } = ctx;
  // (A reported clause before any quote within it: "could turn the nation into an "African tiger"".)
  const clauses = speechClauses(ctx, v);
  // (A quote only of a sentence, with a verb of its own: not a phrase quoted, "into an "African tiger"".)
  const clause = clauses.find((c) => c.kind === 'reported') ?? clauses.find((c) => c.kind === 'quote' && hasVerb(ctx, c.tokenStart, c.tokenEnd));
  if (!clause || speakers.length === 0) return [];
  const own = countryOf(speakers[0]!.code);
  // (A speaker of no known country may yet take one from the sentence: "…, the finance minister said".)
  // (An international body's speaker may speak of any country: "Somalia is now the scene of …, the
  // U.N. secretary-general said".)
  const outside = international(speakers[0]!.code);
  if (own === null && !outside) return [];
  // "told reporters in New Delhi after meeting Prime Minister Narendra Modi": what one says after
  // meeting someone is about them.
  const vg = verbGroups[v]!;
  for (let k = vg.tokenEnd; k < Math.min(sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 12); k++) {
    if (tokens.lower[k] !== 'after' || !MEETING_WORDS.has(tokens.lemma[k + 1]!)) continue;
    const met = otherCountryAfter(ctx, vg, k + 1, speakers, date).filter((t) => !t.place);
    if (met.length > 0) return met;
  }
  // '"This election was neither free nor fair," the State Department said of the vote that returned
  // Lukashenko to power': what a speaker speaks "of" (after a day, perhaps) is the topic.
  const of = afterDay(tokens, vg.tokenEnd);
  if (tokens.lower[of] === 'of') {
    const topic = otherCountryAfter(ctx, vg, of + 1, speakers, date, true).filter((t) => !namesRegion(ctx, vg.sentence, t));
    if (topic.length > 0) return topic;
  }
  for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    k = nounPhrases[np]!.tokenEnd - 1;
    // "said the fighting in Somalia posed a danger", "lasting peace in Liberia was within reach":
    // a clause about what goes on in another country is about it.
    const within = tokens.lower[k + 1] === 'in' && tokens.pos[nounPhrases[np]!.head] === POS.NOUN ? matcher.npAt[k + 2]! : -1;
    if (within >= 0 && nounPhrases[within]!.tokenStart === k + 2 && resolver.resolve(np, date) === null) {
      const where = placeActor(ctx, within, date) ?? resolver.resolve(within, date);
      const country = where ? countryOf(where.code) : null;
      if (where && country !== null && country !== own && !international(where.code) && !(outside && namesRegion(ctx, vg.sentence, where))) return [where];
    }
    const found = resolver.resolve(np, date) ?? placeActor(ctx, np, date);
    const country = found ? countryOf(found.code) : null;
    // "said that the deaths of Nepal's king and queen were a tragedy": a clause on what befell
    // someone of another country is about them.
    if (!found && FATE_NOUNS.has(tokens.lemma[nounPhrases[np]!.head]!) && tokens.lower[k + 1] === 'of') {
      const whose = matcher.npAt[k + 2]!;
      const them = whose >= 0 && nounPhrases[whose]!.tokenStart === k + 2 ? resolver.resolve(whose, date) : null;
      const theirs = them ? countryOf(them.code) : null;
      if (them && theirs !== null && theirs !== own && !international(them.code)) return [them];
    }
    // ("could turn the West African nation into a tiger": a country named by description is the one named before.)
    const head = nounPhrases[np]!.head;
    // "said that joining NATO was the most important event for his country": a state's word on
    // joining a body is about the body.
    if (found && !outside && international(found.code) && /^(IGO|NGO)/.test(found.code) && JOINING.has(tokens.lemma[nounPhrases[np]!.tokenStart - 1] ?? '')) return [found];
    // So is a state's word on what a body does or owns: "NATO's commitment to Baltic security is rock solid".
    if (found && !outside && /^IGO/.test(found.code) && tokens.lower[k + 1] === "'s") return [found];
    if (!found || country === null || tokens.pos[head] === POS.PRON || (tokens.lower[nounPhrases[np]!.tokenStart] === 'the' && COUNTRY_NOUNS.has(tokens.lemma[head]!))) break;
    // (An owner only of someone: "Chile's new government", not "Russia's invasion of Ukraine", which names an act.)
    // (Or anything of a country, when an international body speaks: "Ghana's recovery programme is on track, the IMF said".)
    // (But a thing it owns in a quote that is no act is about it: '"Ukraine's path to the European Union is irreversible," Sikorski said'.)
    const owned = tokens.lower[k + 1] === "'s" ? matcher.npAt[k + 2]! : -1;
    // (In a quote only: "said Israel's economy was strong" is still the speaker's own view.)
    const act = owned >= 0 && (clause.kind !== 'quote' || verbStems(tokens.lemma[nounPhrases[owned]!.head]!).some((stem) => ctx.verbIndex.words.has(stem)));
    // (An act it owns that is done to no one named is about it, though: "said Britain's vote to leave the European Union was a sad day".)
    if (owned >= 0 && resolver.resolve(owned, date) === null && !outside && act && (tokens.lower[nounPhrases[owned]!.tokenEnd] === 'of' || clause.kind === 'quote')) break;
    // (For an international body, a country itself, not people of it or a region: not "the number of
    // South Sudanese refugees …", "growth in sub-Saharan Africa …".)
    if (outside && (!/^[A-Z]{3}$/.test(found.code) || namesRegion(ctx, vg.sentence, found))) break;
    if (country !== own) return [found];
    // "The FARC is weaker than at any time in its history, Uribe said": a state's word on its own
    // rebels or opposition is about its country's conflict.
    if (/^(REB|INS|SEP|OPP|UAF)/.test(found.code.slice(3, 6)) && speakers.some((a) => /^(GOV|MIL)/.test(a.code.slice(3, 6)))) return [{ ...found, code: own }];
    // "said Ukraine and Russia were near a deal": one's own country and another together are about the other.
    for (const c of nounPhrases[np]!.conjuncts) {
      const other = resolver.resolve(c, date);
      const theirs = other ? countryOf(other.code) : null;
      if (other && theirs !== null && theirs !== own && !international(other.code)) return [other];
    }
    // (Only what the clause is about first: not "said exports to China would double".)
    break;
  }
  // "a real chance of peace with Syria", "the situation on the border with Yugoslavia", "trust could
  // be built with Bolivia": what a clause says of one's dealings with another is about them.
  // So is "hostility between Ethiopia and Eritrea", and what the speaker is said to refer to:
  // '"The negotiation process is at a standstill," Pashinyan told parliament, referring to talks with Azerbaijan'.
  const referring = wordAfter(ctx, vg, REFERRING);
  // (And what it is said "of": '"We are very close to a final peace agreement," Deles said of the talks with the MILF'.)
  const spokenOf = tokens.lower[of] === 'of' ? of : -1;
  for (const [from, to] of [[clause.tokenStart, clause.tokenEnd], [referring, referring < 0 ? -1 : sentences[vg.sentence]!.tokenEnd], [spokenOf, spokenOf < 0 ? -1 : sentences[vg.sentence]!.tokenEnd]] as const) {
    for (let k = from; k >= 0 && k < to - 1; k++) {
      // (Or "against": "said the war against the Tamil Tigers had entered its final phase".)
      if (tokens.lower[k] !== 'with' && tokens.lower[k] !== 'between' && !(tokens.lower[k] === 'against' && CONFLICT_NOUNS.has(tokens.lemma[k - 1]!))) continue;
      const np = matcher.npAt[k + 1]!;
      if (np < 0 || nounPhrases[np]!.tokenStart !== k + 1) continue;
      const sides = resolveAll(ctx, chain(ctx, np), date);
      const found = sides.find((t) => countryOf(t.code) !== null && countryOf(t.code) !== own);
      if (found) return [found];
      // "said peace talks with the Moro Islamic Liberation Front were making progress", "saw no end
      // to the war with the Tamil Tigers": a state's word on its dealings with its own rebels is
      // about its country's conflict.
      // (Rebels by name, not gunmen in a fight between others: "a gunfight between Serb gunmen and police".)
      // (Or rebels of no named country: "a comprehensive peace agreement with the southern rebels".)
      const rebels = tokens.lower[k] !== 'between' && own !== null ? sides.find((t) => (countryOf(t.code) === own || t.code.startsWith('---')) && /^(REB|INS|SEP)/.test(t.code.slice(3, 6))) : undefined;
      if (rebels && speakers.some((a) => /^(GOV|MIL)/.test(a.code.slice(3, 6)))) return [{ ...rebels, code: own! }];
    }
  }
  // "was deeply worried about the political situation in Nepal", "saw little hope of an end to the
  // fighting in Tajikistan": a clause about the troubles of another country is about it.
  // (Or around a place there: "alarmed by the escalation of fighting around the city of Marib".)
  for (let k = clause.tokenStart; k < clause.tokenEnd - 2; k++) {
    if ((!SITUATION_NOUNS.has(tokens.lemma[k]!) && !SITUATION_NOUNS.has(tokens.lower[k]!)) || !SITUATION_PREPOSITIONS.has(tokens.lower[k + 1]!)) continue;
    const np = matcher.npAt[k + 2]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k + 2) continue;
    const where = placeActor(ctx, np, date) ?? resolver.resolve(np, date);
    const country = where ? countryOf(where.code) : null;
    if (where && country !== null && country !== own && !international(where.code)) return [where];
  }
  // "was deeply grieved by the killing of Israeli Prime Minister Yitzhak Rabin", "saddened by flood
  // devastation in Pakistan": grief or shock is for whoever, of another country, its cause names.
  for (let k = clause.tokenStart; k < clause.tokenEnd - 2; k++) {
    if (!GRIEF_WORDS.has(tokens.lower[k]!) || (tokens.lower[k + 1] !== 'by' && tokens.lower[k + 1] !== 'at' && tokens.lower[k + 1] !== 'over')) continue;
    const other = otherCountryAfter(ctx, vg, k + 2, speakers, date).filter((t) => !international(t.code));
    if (other.length > 0) return other;
  }
  return [];
}

const JOINING = new Set(['join', 'rejoin', 'enter']);

/** What befalls someone: a clause about it is about them. */
const FATE_NOUNS = new Set(['death', 'killing', 'assassination', 'murder', 'execution', 'arrest', 'detention', 'release', 'ouster', 'overthrow', 'downfall', 'fall',
  // (And where its forces are: "said the redeployment of Syrian troops in Lebanon was a matter for the two governments".)
  'deployment', 'redeployment', 'presence', 'withdrawal', 'pullout', 'pull-out']);

/** A fight whose "against" phrase names the other side: "the war against the Tamil Tigers". */
const CONFLICT_NOUNS = new Set(['war', 'fight', 'struggle', 'campaign', 'offensive', 'battle', 'insurgency']);

/** Prepositions that place a situation: "the fighting in Tajikistan", "around the city of Marib". */
const SITUATION_PREPOSITIONS = new Set(['in', 'around', 'near']);

const GRIEF_WORDS = new Set(['grieved', 'saddened', 'devastated', 'shocked', 'horrified', 'appalled', 'distressed', 'dismayed', 'stunned', 'heartbroken', 'pained', 'sorry']);

/** What goes on in a country that a statement may be about (not a war, which may be one's own). */
const SITUATION_NOUNS = new Set(['fighting', 'violence', 'situation', 'crisis', 'unrest', 'bloodshed', 'turmoil', 'instability', 'chaos', 'peace', 'killing', 'killings', 'development', 'developments', 'event', 'events', 'tension', 'tensions',
  // (And how things stand there: "things are getting worse in Darfur".)
  'worse', 'better', 'deteriorating', 'worsening', 'improving', 'dire', 'grim', 'calm']);

/**
 * The other side of the relations a speaker's reported clause is about: "Ties between Kazakhstan and
 * Uzbekistan have never been stronger", "a peace treaty with Azerbaijan is within reach".
 */
export function relationTopic(ctx: CodingContext, v: number, speakers: ResolvedActor[], date: string | null): ResolvedActor[] {
  const { tokens, nounPhrases, attachments, verbGroups, sentences } = ctx;
  const clause = speechClauses(ctx, v).find((c) => c.kind === 'reported' || c.kind === 'quote');
  if (speakers.length === 0) return [];
  // (With no clause, what follows the verb: "described his country's relations with Kuwait as
  // excellent", "was optimistic that Yerevan could finalise a peace treaty with Azerbaijan".)
  const vg = verbGroups[v]!;
  const [from, to] = clause ? [clause.tokenStart, clause.tokenEnd] : [vg.tokenEnd, sentences[vg.sentence]!.tokenEnd];
  const own = countryOf(speakers[0]!.code);
  for (const a of attachments) {
    if (a.prep < from || a.prep >= to || a.attachedTo.kind !== 'noun' || (tokens.lower[a.prep] !== 'between' && tokens.lower[a.prep] !== 'with')) continue;
    if (!RELATION_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!) && !QUARREL_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!)) continue;
    // (With no clause, only when no one else is named first: "was studying an offer by Kuala Lumpur
    // to host peace talks between …" is about Kuala Lumpur's offer.)
    if (!clause && othersBefore(ctx, from, a.prep, own, date)) return [];
    // (Or a party of one's own country the state deals with: "peace talks with the Tamil Tiger rebels".)
    // (A quarrel may be with one's own government: "his quarrel with Vice-President Ali Salem al-Beidh".)
    const quarrel = QUARREL_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!);
    // (Of no named country, a party there is of the speaker's: "a deal with the red-shirted protesters".)
    const found = resolveAll(ctx, chain(ctx, a.object), date).map((t) => (own !== null && /^[A-Z]{3}$/.test(own) && t.code.startsWith('---') && (quarrel || /^(REB|INS|SEP|OPP)/.test(t.code.slice(3, 6))) ? { ...t, code: `${own}${t.code.slice(3)}` } : t));
    const other = found.filter((t) => international(t.code) || (countryOf(t.code) !== null && (countryOf(t.code) !== own || /^(REB|INS|SEP|OPP)/.test(t.code.slice(3, 6)) || quarrel)));
    if (other.length > 0) return other.slice(0, 1);
  }
  return [];
}

/**
 * The body a view says one's country will join: "was confident that Sweden's bid to join the
 * European Community would succeed", "optimistic about Serbia's hopes of joining the European Union".
 */
export function joiningTopic(ctx: CodingContext, v: number, date: string | null): ResolvedActor[] {
  const { tokens, sentences, verbGroups, nounPhrases, resolver, matcher } = ctx;
  const vg = verbGroups[v]!;
  const end = sentences[vg.sentence]!.tokenEnd;
  for (let k = vg.tokenEnd; k < end - 1; k++) {
    if (!JOINING.has(tokens.lemma[k]!) && tokens.lower[k] !== 'membership') continue;
    const at = tokens.lower[k + 1] === 'of' || tokens.lower[k + 1] === 'in' ? k + 2 : k + 1;
    const np = matcher.npAt[at]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== at) continue;
    const body = resolver.resolve(np, date);
    if (body && /^(IGO|NGO)/.test(body.code)) return [body];
  }
  return [];
}

/** Whether a phrase between tokens `from` and `to` names an actor of another country than `own`. */
function othersBefore(ctx: CodingContext, from: number, to: number, own: string | null, date: string | null): boolean {
  const { nounPhrases, resolver, matcher } = ctx;
  for (let k = from; k < to; k++) {
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    const found = resolver.resolve(np, date);
    if (found && countryOf(found.code) !== own) return true;
  }
  return false;
}

/** Relations that are a quarrel, which may be with one's own side. */
const QUARREL_NOUNS = new Set(['quarrel', 'dispute', 'feud', 'row', 'rift', 'rivalry', 'standoff', 'differences']);

/** Words that say what a speaker meant: ", referring to talks with Azerbaijan". */
const REFERRING = new Set(['referring', 'alluding', 'describing', 'voicing']);
/** What a speaker may have just done with someone: "after meeting", "after talks with". */
const MEETING_WORDS = new Set(['meet', 'meeting', 'talk', 'talks', 'talking', 'discussion', 'discussions', 'visit', 'visiting', 'call', 'phone']);

/** What two countries are called: "between the two neighbours", "between our two countries". */
const COUNTRY_PAIRS = new Set(['countries', 'neighbours', 'neighbors', 'nations', 'states']);

/** Whom a statement's speaker tells, when it is the press: "told reporters in Beijing". */
const PRESS_AUDIENCES = new Set(['reporter', 'journalist', 'correspondent']);

/**
 * "said in Beijing on Monday that relations between the two communist neighbours were developing
 * well": the other of two sides a statement speaks of unnamed is where its speaker, abroad, says it.
 * (Spoken there, not at a body's seat: "told reporters in Brussels".)
 */
export function venueTopic(ctx: CodingContext, v: number, speakers: ResolvedActor[], date: string | null): ResolvedActor[] {
  const { tokens, nounPhrases, verbGroups, matcher, text, sentences } = ctx;
  const vg = verbGroups[v]!;
  const own = speakers.length > 0 ? countryOf(speakers[0]!.code) : null;
  if (own === null || international(speakers[0]!.code)) return [];
  let two = false;
  // (Two countries, not two sides or rivals of whom the host may be neither: "relations between the two nuclear rivals", said in London.)
  for (let k = sentences[vg.sentence]!.tokenStart; k + 3 < sentences[vg.sentence]!.tokenEnd && !two; k++) {
    if (tokens.lower[k] !== 'between' || (tokens.lower[k + 1] !== 'the' && tokens.lower[k + 1] !== 'our') || tokens.lower[k + 2] !== 'two') continue;
    const noun = COUNTRY_PAIRS.has(tokens.lower[k + 3]!) ? k + 3 : k + 4;
    two = COUNTRY_PAIRS.has(tokens.lower[noun]!);
  }
  if (!two) return [];
  let k = vg.tokenEnd;
  const told = matcher.npAt[k]!;
  if (vg.lemma === 'tell' && told >= 0 && nounPhrases[told]!.tokenStart === k) {
    if (!PRESS_AUDIENCES.has(tokens.lemma[nounPhrases[told]!.head]!)) return [];
    k = nounPhrases[told]!.tokenEnd;
  } else if (vg.lemma !== 'say') return [];
  if (tokens.lower[k] !== 'in') return [];
  const np = matcher.npAt[k + 1]!;
  if (np < 0 || nounPhrases[np]!.tokenStart !== k + 1) return [];
  if (BODY_SEATS.has(text.slice(nounPhrases[np]!.start, nounPhrases[np]!.end).toLowerCase())) return [];
  const where = placeActor(ctx, np, date);
  const country = where ? countryOf(where.code) : null;
  return where && country !== null && country !== own && /^[A-Z]{3}$/.test(country) && !international(where.code) ? [{ ...where, code: country }] : [];
}
