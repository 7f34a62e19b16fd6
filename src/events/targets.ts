import { DAY_WORDS, PLACE_NOUNS, RELATIVE_PRONOUNS } from '../language/lexicon.js';
import { verbListEnd } from '../language/repairs.js';
import { POS, TokenFlag, type VerbGroup } from '../language/types.js';
import { countryOf, ENVOY_NOUNS, international, type ResolvedActor } from './actors.js';
import { absolute, audience, crossesClause, crossesTime, opensClause, thirdParty } from './clauses.js';
import { chain, resolveAll, tokenAt, type CodingContext } from './context.js';
import { CLAIM_NOUNS, DEMAND_NOUNS, DIRECTIVE_VERBS } from './mood.js';
import { placeActor } from './places.js';
import { endWithOf, LOCATIVE_PREPOSITIONS, VENUE_NOUNS } from './rules.js';
import { BORDER_WORDS, COMPASS_WORDS, DEMAND_LEMMAS, DISCUSSING_LEMMAS, MAKER_PREPOSITIONS, NAMING_VERBS, TEMPORAL_PREPOSITIONS, TOPIC_PREPOSITIONS } from './vocabulary.js';

// Whom an act is done to, when its pattern names no one: the first actor after the verb in its
// clause, a "to" phrase's recipient, a condition's subject, an act's author or owner, a goods'
// giver, the other country a threat names, and whether two actors are one.

/** A phrase whose name only says who made it, joined by a hyphen to a participle: "a U.S.-hosted summit". */
function hyphenMade(ctx: CodingContext, np: number): boolean {
  const { tokens, nounPhrases } = ctx;
  const phrase = nounPhrases[np]!;
  for (let k = phrase.tokenStart + 1; k < phrase.head; k++) if (tokens.lower[k] === '-' && tokens.pos[k - 1] === POS.PROPN && tokens.lower[k + 1]!.endsWith('ed')) return true;
  return false;
}

/**
 * A target the verb's sides meet: its object, or one "with" or "between" right after the verb or its talks: "held talks with a Hamas
 * delegation", "met with Jammeh"; not a mediator ("with mediators from France") nor a topic's ("war with Russia").
 */
export function metWith(ctx: CodingContext, t: ResolvedActor, vg: VerbGroup): boolean {
  const { tokens, nounPhrases, matcher, verbAt } = ctx;
  const np = matcher.npAt[tokenAt(ctx, t.start)]!;
  if (np < 0) return false;
  // (Or the verb's object: "Egypt and Israel met students"; not a name joined to its words by a
  // hyphen, which describes it: "began a U.S.-hosted summit".)
  // (Not what they discuss, which is the topic: "Putin and Erdogan discuss Syria ceasefire".)
  if (vg.object !== null && (np === vg.object || chain(ctx, vg.object).includes(np))) return !hyphenMade(ctx, np) && !DISCUSSING_LEMMAS.has(vg.lemma);
  let k = nounPhrases[np]!.tokenStart - 1;
  // (Over its owner: "between Sudan's warring factions".)
  const owner = k > 0 && tokens.flags[k]! & TokenFlag.Possessive ? matcher.npAt[k - 1]! : -1;
  if (owner >= 0 && nounPhrases[owner]!.tokenEnd === k) k = nounPhrases[owner]!.tokenStart - 1;
  // (Or "between": "hosted talks between Sudan's warring factions".)
  if ((tokens.lower[k] !== 'with' && tokens.lower[k] !== 'between') || MEDIATORS.has(tokens.lemma[nounPhrases[np]!.head]!)) return false;
  k--;
  // Over a time or place phrase: "met on Friday with", "held talks in Cairo with".
  while (k >= vg.tokenEnd && verbAt[k]! < 0 && !RELATION_NOUNS.has(tokens.lemma[k]!) && (matcher.npAt[k]! >= 0 || tokens.pos[k] === POS.ADP) && tokens.lower[k] !== 'with' && tokens.lower[k] !== 'between') k--;
  return k < vg.tokenEnd || RELATION_NOUNS.has(tokens.lemma[k]!);
}

/** The first actor or place of another country than `sources`' in the 25 words from `from` (a threat's, a hope's). */
export function otherCountryAfter(ctx: CodingContext, vg: VerbGroup, from: number, sources: ResolvedActor[], date: string | null, bodies = false): ResolvedActor[] {
  const { tokens, nounPhrases, resolver, matcher } = ctx;
  // (With no source yet, any country counts: "sending troops to help ethnic Armenian forces seize …".)
  const own = sources.length > 0 ? countryOf(sources[0]!.code) : null;
  const end = Math.min(reportEnd(ctx, vg), from + 25);
  for (let k = from; k < end; k++) {
    // (Nor past a "since" that names a time, not a cause: "for the first time since the Soviet collapse",
    // not "since U.S. warships entered the Gulf".)
    if (tokens.lower[k] === ';' || (tokens.lower[k] === 'since' && !sinceClause(ctx, k))) break;
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    k = nounPhrases[np]!.tokenEnd - 1;
    if (tokens.pos[nounPhrases[np]!.head] === POS.PRON) continue;
    // ("inside Israel", "into Darfur": a place the threatened act is to be done in.)
    const place = LOCATIVE_PREPOSITIONS.has(tokens.lower[nounPhrases[np]!.tokenStart - 1]!) ? placeActor(ctx, np, date) : null;
    const found = place ?? resolver.resolve(np, date);
    const country = found ? countryOf(found.code) : null;
    if (found && country !== null && country !== own) return [found];
    // (With `bodies`, an international body too: "will submit its application for European Union membership".)
    // (The body itself, or its membership: not "African Union efforts to mediate between …".)
    if (bodies && found && international(found.code) && !sources.some((a) => a.code === found.code) && bodyItself(ctx, vg.sentence, nounPhrases[np]!.head)) return [found];
  }
  return [];
}

/** The "since" at k opens a clause (a phrase and its verb), which may give a cause. */
function sinceClause(ctx: CodingContext, k: number): boolean {
  const np = ctx.matcher.npAt[k + 1]!;
  return np >= 0 && ctx.verbAt[ctx.nounPhrases[np]!.tokenEnd]! >= 0;
}

/**
 * Where the search for whom a verb acts on ends: its sentence's end, or the comma before a report's
 * speaker ("…, the Chinese defence ministry said"), who is no one the act was done to.
 */
function reportEnd(ctx: CodingContext, vg: VerbGroup): number {
  const { sentences, verbGroups, clausesOf, tokens } = ctx;
  const sent = sentences[vg.sentence]!;
  // (Not a participle with its doer, which describes: "an area also claimed by Malaysia".)
  const report = (clausesOf.get(vg.sentence) ?? []).find((c) => c.kind === 'reported' && c.tokenStart <= vg.head && vg.head < c.tokenEnd && c.tokenEnd < sent.tokenEnd && c.speechVerb !== null && verbGroups[c.speechVerb]!.tokenStart > vg.head && tokens.lower[verbGroups[c.speechVerb]!.tokenEnd] !== 'by');
  return report ? report.tokenEnd : sent.tokenEnd;
}

/** The head of a phrase is a body's name, or the membership one applies for: not "African Union efforts". */
function bodyItself(ctx: CodingContext, sentence: number, head: number): boolean {
  return (ctx.namesOf.get(sentence) ?? []).some((n) => n.tokenStart <= head && head < n.tokenEnd) || MEMBERSHIP_NOUNS.has(ctx.tokens.lemma[head]!);
}

/** A body's membership, which one applies for or joins: "European Union membership". */
const MEMBERSHIP_NOUNS = new Set(['membership', 'accession', 'seat', 'entry']);

/** Who owns, or sends from, the goods a phrase names: "China's donation", "tanks from Poland". */
export function giverOf(ctx: CodingContext, np: number, date: string | null): ResolvedActor[] {
  const { tokens, nounPhrases, matcher } = ctx;
  const phrase = nounPhrases[np]!;
  const owner = tokens.lower[phrase.tokenStart - 1] === "'s" ? matcher.npAt[phrase.tokenStart - 2] ?? -1 : -1;
  // (After its "of" phrases: "A gift of two million doses of vaccine from India arrived".)
  const end = endWithOf(tokens, nounPhrases, np);
  const origin = tokens.lower[end] === 'from' ? matcher.npAt[end + 1] ?? -1 : -1;
  for (const by of [owner, origin]) {
    if (by < 0) continue;
    const found = resolveAll(ctx, chain(ctx, by), date);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * Whom a protest's demand names: "rallied to demand the withdrawal of Syrian troops", "marched
 * on the embassy demanding the release of …". Empty when the protest voices no demand of anyone.
 */
export function protestAim(ctx: CodingContext, v: number, date: string | null): ResolvedActor[] {
  const { tokens, verbGroups, governorOf } = ctx;
  const vgs = verbGroups;
  for (let w = v + 1; w < vgs.length && w <= v + 2 && vgs[w]!.sentence === vgs[v]!.sentence; w++) {
    const g = vgs[w]!;
    const participle = g.tokenStart === g.head && tokens.lower[g.head]!.endsWith('ing');
    if (DEMAND_LEMMAS.has(tokens.lemma[g.head]!) && (governorOf[w] === v || participle)) return firstActorAfter(ctx, w, g.tokenEnd, date, false);
  }
  return [];
}

/** Whether two actors of one code are one: the same words, or a pronoun. */
export function sameOne(ctx: CodingContext, a: ResolvedActor, b: ResolvedActor): boolean {
  const { text } = ctx;
  const words = (x: ResolvedActor): string => text.slice(x.start, x.end).toLowerCase().replace(/^(the|a|an)\s+/, '');
  return words(a) === words(b) || /^(he|she|it|they|him|her|them|its|itself|themselves|his|their)$/.test(words(b)) || a.start === b.start;
}

const VOICING_PREPOSITIONS = new Set(['at', 'in', 'on', 'during']);

/** "demanded that Israel withdraw": the subject of the "that" clause is the one asked. */
export function thatSubject(ctx: CodingContext, vg: VerbGroup, after: number): number | null {
  const { tokens, verbGroups, matcher, nounPhrases } = ctx;
  // "demanded Friday that …": a day word may stand before "that"; so may where or how it was
  // voiced: "demanded at the United Nations on Thursday that Britain …".
  for (let hops = 0; hops < 4 && after < tokens.length; hops++) {
    if (DAY_WORDS.has(tokens.lower[after]!)) after++;
    else if (VOICING_PREPOSITIONS.has(tokens.lower[after]!) && matcher.npAt[after + 1]! >= 0 && nounPhrases[matcher.npAt[after + 1]!]!.tokenStart === after + 1) after = nounPhrases[matcher.npAt[after + 1]!]!.tokenEnd;
    else break;
  }
  if (!DIRECTIVE_VERBS.has(tokens.lemma[vg.head]!) || tokens.lower[after] !== 'that') return null;
  const next = verbGroups.find((g) => g.sentence === vg.sentence && g.tokenStart > after);
  // (The clause's own subject, right after "that": not one a verb the tagger missed left to the next
  // verb, "that Colombia guarantee it would never again send troops".)
  if (!next || next.subject === null) return null;
  let first = next.subject;
  while (nounPhrases[first]!.possessor !== null && nounPhrases[nounPhrases[first]!.possessor!]!.tokenStart < nounPhrases[first]!.tokenStart) first = nounPhrases[first]!.possessor!;
  // (And one who can be asked: "demanded that Sunday's election be annulled" asks no one named.)
  return nounPhrases[first]!.tokenStart === after + 1 && ctx.resolver.resolve(next.subject, null) !== null ? next.subject : null;
}

/** Verbs of lying next to a place, whose object is a neighbour, not the place. */
const BORDERING_LEMMAS = new Set(['border', 'adjoin', 'neighbour', 'neighbor', 'abut']);

/**
 * The first noun phrase after `from` that names an actor, up to the end of the verb's clause: a
 * semicolon, or a verb with a subject of its own. Place phrases ("in Cairo") count only for acts
 * done in a place; with `placesOnly`, only they count.
 */
export function firstActorAfter(ctx: CodingContext, v: number, from: number, date: string | null, locative: boolean, placesOnly = false, several = false): ResolvedActor[] {
  const { tokens, sentences, nounPhrases, verbGroups, resolver, matcher, verbAt, relativeStarts } = ctx;
  const vg = verbGroups[v]!;
  const sent = sentences[vg.sentence]!;
  const end = reportEnd(ctx, vg);
  // Whether the last phrase was a place: its "of" phrase is one too ("in parts of Yangon").
  let inPlace = false;
  let skipped = -1;
  for (let k = from; k < end; k++) {
    // "struck what New Delhi said was a militant camp", "denounced what he called a coup": the
    // one who names the object is no target; the object named is.
    if (tokens.lower[k] === 'what') {
      const g = verbAt[matcher.npAt[k + 1]! >= 0 ? nounPhrases[matcher.npAt[k + 1]!]!.tokenEnd : k + 1] ?? -1;
      if (g >= 0 && NAMING_VERBS.has(verbGroups[g]!.lemma)) {
        k = verbGroups[g]!.tokenEnd;
        while (k < end && (tokens.lemma[k] === 'be' || tokens.lower[k] === 'as' || tokens.lower[k] === 'to')) k++;
        k--;
        continue;
      }
    }
    // "…, which he said had failed": a relative clause says something of what came before.
    // "resigned after weeks of protests against her government": what came before or after is no one it was done to.
    // So does a relative clause that "that" or ", where" opens ("fighting that has killed hundreds").
    // (A quote's verb looks no further than its quote.)
    // (Not a few quoted words with no verb: "rejected the 'one country, two systems' formula".)
    const quoteEdge = ((tokens.flags[k]! & TokenFlag.InQuote) !== 0) !== ((tokens.flags[vg.head]! & TokenFlag.InQuote) !== 0) && !/^["“”]$/.test(tokens.lower[k]!) && !scareQuote(ctx, k);
    if (tokens.lower[k] === ';' || quoteEdge || opensClause(ctx, k) || RELATIVE_PRONOUNS.has(tokens.lower[k]!) || TEMPORAL_PREPOSITIONS.has(tokens.lower[k]!) || relativeStarts.has(k) || (tokens.lower[k] === 'where' && tokens.lower[k - 1] === ',')) break;
    const g = verbAt[k]!;
    if (g >= 0 && g !== v && verbGroups[g]!.tokenStart === k) {
      // ", ending decades of suspicion": a participle after a comma opens a clause of its own; one
      // right after a noun describes it ("positions belonging to militants in Gaza").
      const group = verbGroups[g]!;
      // (With its particle: "people cut off by fighting in Jonglei".)
      const bare = group.tokenEnd - group.tokenStart === 1 || (group.tokenEnd - group.tokenStart === 2 && tokens.pos[group.tokenEnd - 1] !== POS.VERB);
      const describes = bare && matcher.npAt[k - 1]! >= 0 && (/(ing|ed)$/.test(tokens.lower[k]!) || group.voice === 'passive');
      // ("in regions bordering Russia": what a place borders is not the place.)
      if (describes && BORDERING_LEMMAS.has(group.lemma) && matcher.npAt[group.tokenEnd]! >= 0) {
        k = nounPhrases[matcher.npAt[group.tokenEnd]!]!.tokenEnd - 1;
        continue;
      }
      if (describes) continue;
      const subject = group.subject;
      // (An adverb may stand between: ", formally ending Africa's longest civil war".)
      const afterComma = tokens.lower[k - 1] === ',' || (tokens.pos[k - 1] === POS.ADV && tokens.lower[k - 2] === ',');
      // (Not the next verb of a list that shares its object: "shot, stabbed and beat to death 30 villagers".)
      if (afterComma && verbListEnd(tokens.lower, tokens.pos, vg.tokenEnd, sent.tokenEnd) > k) continue;
      if (afterComma || (subject !== null && subject !== vg.subject && nounPhrases[subject]!.tokenStart >= from)) break;
      continue;
    }
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    // "in northeast Syria": a bare compass word the chunker left out stands between the preposition and its place.
    const compass = k - 2 >= sent.tokenStart && COMPASS_WORDS.has(tokens.lower[k - 1]!);
    const prep = k > sent.tokenStart ? tokens.lower[compass ? k - 2 : k - 1]! : '';
    // "across the south of the country": a direction word the chunker left out of any phrase.
    // ("kidnapped 17 missionaries east of the Haitian capital", "50 km north of Baghdad".)
    const directionOf = prep === 'of' && ((k >= 4 && tokens.lower[k - 3] === 'the' && LOCATIVE_PREPOSITIONS.has(tokens.lower[k - 4]!) && matcher.npAt[k - 2]! < 0) || COMPASS_WORDS.has(tokens.lower[k - 2]!));
    // "met in the Turkish resort of Antalya": the "of" phrase of a place noun; not "in the internal affairs of its neighbour".
    const before = k >= 2 ? matcher.npAt[k - 2]! : -1;
    const afterPlace = inPlace && before >= 0 && PLACE_NOUNS.has(tokens.lemma[nounPhrases[before]!.head]!);
    const placeOf: boolean = prep === 'of' && (inPlace || directionOf) && (locative || placesOnly);
    // (And a place conjoined with one: "in the Oromiya and Amhara regions".)
    const conjoinedPlace: boolean = prep === 'and' && inPlace && (resolver.isPlace(np) || PLACE_NOUNS.has(tokens.lemma[nounPhrases[np]!.head]!));
    const place: boolean = LOCATIVE_PREPOSITIONS.has(prep) || prep === 'near' || (placesOnly && prep === 'at') || conjoinedPlace;
    inPlace = place || placeOf;
    // ", with Washington scaling back": an absolute clause ends the search.
    if (prep === 'with' && tokens.lower[k - 2] === ',' && absolute(ctx, np)) break;
    // "in parts of Yangon": a place when the gazetteer says so, else whoever it names.
    const within = placeOf ? placeActor(ctx, np, date) : null;
    if (within) return [within];
    // "under the auspices of the OSCE", "under pressure from the Security Council", "brokered by
    // Qatar": a third party's phrase names no one the act was done to.
    // (With its list: "mediated by Qatar and Turkey".)
    if (thirdParty(ctx, k - 1)) {
      k = Math.max(...chain(ctx, np).map((c) => nounPhrases[c]!.tokenEnd)) - 1;
      skipped = np;
      continue;
    }
    // A "by" phrase here names who did what the object names: "condemned an attack by X".
    // A "between" phrase after several sides names them again.
    // "rejected calls to step down in a speech to parliament": an audience is no target either.
    // (And what a venue is of: "met on the sidelines of the NATO summit".)
    const ofVenue = prep === 'of' && before >= 0 && VENUE_NOUNS.has(tokens.lemma[nounPhrases[before]!.head]!);
    const venue = ((prep === 'at' || prep === 'on') && VENUE_NOUNS.has(tokens.lemma[nounPhrases[np]!.head]!)) || ofVenue || audience(ctx, k - 1);
    // "met in the Turkish resort of Antalya", "in the Sea of Japan": the "of" phrase of a place
    // not taken as one is part of it; "talks mediated by Angola's president" after several sides
    // names no one they met.
    const ofPlace = prep === 'of' && afterPlace && !placeOf;
    // (A phrase a skipped one possesses goes with it: "mediated by Angola's President Lourenco".)
    const skippedOwner = nounPhrases[np]!.possessor !== null && nounPhrases[np]!.possessor === skipped;
    if ((place && !locative) || (placesOnly && !place) || (several && (prep === 'between' || prep === 'by' || prep === 'at' || TOPIC_PREPOSITIONS.has(prep))) || venue || ofPlace || skippedOwner) {
      // (A venue with its "of" phrases: "on the sidelines of the Shanghai Cooperation Organisation summit".)
      k = (venue ? endWithOf(tokens, nounPhrases, np) : nounPhrases[np]!.tokenEnd) - 1;
      skipped = np;
      continue;
    }
    // "attacked an army post near the Ivorian border", "near the border with Ivory Coast": a border
    // an act is done near has two sides, and names neither as the place.
    if (place && !placesOnly && prep === 'near' && BORDER_WORDS.has(tokens.lemma[nounPhrases[np]!.head]!)) {
      const after = nounPhrases[np]!.tokenEnd;
      const other = (tokens.lower[after] === 'with' || tokens.lower[after] === 'of') && matcher.npAt[after + 1]! >= 0 ? matcher.npAt[after + 1]! : np;
      k = nounPhrases[other]!.tokenEnd - 1;
      skipped = np;
      continue;
    }
    const where = place ? placeActor(ctx, np, date) : null;
    // A place name found as the first actor is still a place: "in the northern city of Kirkuk".
    // A capital that stands for its government ("Tehran had supplied …") is no place.
    const found = place ? (where ? [where] : []) : resolveAll(ctx, chain(ctx, np), date).map((a) => (resolver.isPlace(np) && /^[A-Z]{3}$/.test(a.code) ? { ...a, place: true } : a));
    if (found.length > 0) return found;
    k = nounPhrases[np]!.tokenEnd - 1;
  }
  return [];
}

/** The subject of the first verb of a condition ("if …", "unless …") after verb group v, in its sentence. */
export function conditionSubject(ctx: CodingContext, v: number, date: string | null): ResolvedActor[] {
  const { nounPhrases, verbGroups, clauses, matcher } = ctx;
  const vg = verbGroups[v]!;
  // After the threat, else before it: '"If Kiev keeps siphoning off gas, we will cut supplies"'.
  const conditions = clauses.filter((c) => c.kind === 'conditional' && c.sentence === vg.sentence);
  const clause = conditions.find((c) => c.tokenStart >= vg.tokenEnd) ?? conditions.filter((c) => c.tokenEnd <= vg.tokenStart).pop();
  if (!clause) return [];
  const g = verbGroups.find((x) => x.sentence === vg.sentence && x.tokenStart >= clause.tokenStart && x.tokenStart < clause.tokenEnd);
  if (g?.subject != null) return resolveAll(ctx, chain(ctx, g.subject), date);
  // (A clause whose verb the tagger missed: its first phrase.)
  const first = matcher.npAt[clause.tokenStart + 1]!;
  return g === undefined && first >= 0 && nounPhrases[first]!.tokenStart === clause.tokenStart + 1 ? resolveAll(ctx, chain(ctx, first), date) : [];
}

/** The actors of the first "to" phrase after `from` within verb group v's clause. */
export function recipient(ctx: CodingContext, v: number, from: number, date: string | null): ResolvedActor[] {
  const { tokens, nounPhrases, verbGroups, attachments, matcher } = ctx;
  for (const a of attachments) {
    if (a.prep < from || tokens.lower[a.prep] !== 'to' || nounPhrases[a.object]!.sentence !== verbGroups[v]!.sentence) continue;
    // (Not where an envoy is posted: "handed over the Taliban's former ambassador to Islamabad, Abdul Salam Zaeef, to U.S. forces".)
    if (a.attachedTo.kind === 'noun' && ENVOY_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!)) continue;
    // (Nor past a time phrase: "freed two journalists after a visit to Pyongyang by Bill Clinton".)
    if (crossesClause(tokens, matcher.npAt, from, a.prep, true) || crossesTime(ctx, from, a.prep)) break;
    return resolveAll(ctx, chain(ctx, a.object), date);
  }
  return [];
}

/** The target of a relative clause on the object whose subject is a pronoun: "the sanctions (that) it had imposed on Mali". */
export function ownRelativeTarget(ctx: CodingContext, v: number, matchEnd: number, date: string | null): ResolvedActor[] {
  const { tokens, nounPhrases, verbGroups, matcher } = ctx;
  const vg = verbGroups[v]!;
  const g = verbGroups[v + 1];
  // (The phrase the pattern's last word stands in, else the object.)
  const object = matcher.npAt[matchEnd - 1]! >= 0 ? matcher.npAt[matchEnd - 1]! : vg.object;
  if (object === null || g === undefined || g.sentence !== vg.sentence) return [];
  let k = Math.max(...chain(ctx, object).map((np) => nounPhrases[np]!.tokenEnd));
  if (tokens.lower[k] === 'that' || tokens.lower[k] === 'which') k++;
  if (k + 1 !== g.tokenStart || !/^(it|they)$/.test(tokens.lower[k]!)) return [];
  return firstActorAfter(ctx, v + 1, g.tokenEnd, date, false);
}

/** Nouns a "that" clause may state the content of. */
const CONTENT_NOUNS = new Set([...DEMAND_NOUNS, ...CLAIM_NOUNS, 'proposal', 'warning']);

/** The "by" phrase of an event noun phrase and its "of" phrases: "the killing of X by Y" → Y. */
export function authorOf(ctx: CodingContext, np: number): number | null {
  const { tokens, nounPhrases, verbGroups, resolver, matcher } = ctx;
  // "North Korea's nuclear test": the possessor of an act is its author.
  const possessor = nounPhrases[np]!.possessor;
  if (possessor !== null && tokens.pos[nounPhrases[np]!.head] === POS.NOUN && resolver.resolve(np, null) === null) return possessor;
  // (After the last of a list: "the release of 15 sailors and marines seized by Iran".)
  const conjuncts = nounPhrases[np]!.conjuncts;
  const end = endWithOf(tokens, nounPhrases, conjuncts.length > 0 ? conjuncts[conjuncts.length - 1]! : np);
  // "the proposals that Park outlined": the subject of a relative clause on the act.
  if (tokens.lower[end] === 'that' || tokens.lower[end] === 'which') {
    const inner = matcher.npAt[end + 1]!;
    const g = inner >= 0 ? verbGroups.find((x) => x.subject === inner && x.voice === 'active') : undefined;
    // (Not a demand's or a claim's own content: "the demand that he resign", "claims that Iran
    // attacked the tanker"; its verb is bare or has an object of its own.)
    // (Or whose it is: "demands by protesters that she step down".)
    // (The list's last member's: "rejected U.S. and British demands that it hand over".)
    const last = conjuncts.length > 0 ? conjuncts[conjuncts.length - 1]! : np;
    const maker = nounPhrases[last]!.tokenStart - 1;
    const noun = MAKER_PREPOSITIONS.has(tokens.lower[maker]!) && tokens.pos[maker - 1] === POS.NOUN ? maker - 1 : nounPhrases[last]!.head;
    const content = g !== undefined && CONTENT_NOUNS.has(tokens.lemma[noun]!) && (tokens.lower[g.head] === tokens.lemma[g.head] || g.object !== null);
    return g !== undefined && !content && nounPhrases[inner]!.tokenStart === end + 1 && g.tokenStart === nounPhrases[inner]!.tokenEnd ? inner : null;
  }
  // "an Iranian tanker seized by Britain", "the sanctions imposed on it by the Security Council":
  // the doer of a participle on the act's object (a short phrase may stand between).
  let at = end;
  if (tokens.lower[end] !== 'by' && tokens.pos[end] === POS.VERB) {
    for (let k = end + 1; k <= end + 4 && k < tokens.length && tokens.pos[k] !== POS.PUNCT && tokens.pos[k] !== POS.VERB; k++) {
      if (tokens.lower[k] === 'by') {
        at = k;
        break;
      }
    }
  }
  if (tokens.lower[at] !== 'by') return null;
  const by = matcher.npAt[at + 1]!;
  return by >= 0 && nounPhrases[by]!.tokenStart === at + 1 ? by : null;
}

/**
 * "opened an investigation into killings carried out by Burundian security forces", "into the
 * disappearance of Spanish citizens under Argentina's dictatorship": whom an investigation is
 * aimed at is the doer its object's phrases name ("committed by" someone), else the owner of the
 * first thing they name ("Argentina's"), not the victims. The object runs from token `from` to a
 * comma that does not go on with a list ("…, the court's first inquiry", "…, headed by") or `limit`.
 */
export function culpritOf(ctx: CodingContext, from: number, limit: number): number | null {
  const { tokens, nounPhrases, resolver, matcher } = ctx;
  let owner: number | null = null;
  for (let k = from; k < limit && k < tokens.length; k++) {
    if (tokens.lower[k] === ',' && !listGoesOn(ctx, k)) break;
    const at = matcher.npAt[k]!;
    if (at < 0 || nounPhrases[at]!.tokenStart !== k) continue;
    // (A doer we know: "by relatives of Tunisia's ousted president" names Tunisia's below.)
    const doer = tokens.lower[k - 1] === 'by' && DOER_PARTICIPLES.has(tokens.lower[tokens.lower[k - 2] === 'out' ? k - 3 : k - 2]!);
    if (doer && resolveAll(ctx, chain(ctx, at), null).length > 0) return at;
    const possessor = nounPhrases[at]!.possessor;
    if (owner === null && possessor !== null && resolver.resolve(possessor, null) !== null) owner = possessor;
  }
  return owner;
}
/** The comma at `k` goes on with a list: "into killings, torture and rape". */
export function listGoesOn(ctx: CodingContext, k: number): boolean {
  const { tokens } = ctx;
  for (let q = k + 1; q <= k + 4 && q < tokens.length && tokens.pos[q] !== POS.PUNCT; q++) if (tokens.lower[q] === 'and' || tokens.lower[q] === 'or') return true;
  return false;
}
/** Participles whose "by" phrase names who did or holds what is investigated (not "a site bombed by Israel", "a visit led by"). */
const DOER_PARTICIPLES = new Set(['committed', 'perpetrated', 'carried', 'conducted', 'held', 'owned', 'controlled', 'run', 'ordered', 'orchestrated']);

/** "dismissed as nonsense the proposals that Park outlined": whose act a criticism or rejection the pattern took is aimed at. */
export function criticisedAuthor(ctx: CodingContext, code: string, matchEnd: number): number | null {
  const { nounPhrases, matcher } = ctx;
  const np = matcher.npAt[matchEnd - 1]!;
  return (code.startsWith('11') || code.startsWith('12')) && np >= 0 && nounPhrases[np]!.head === matchEnd - 1 ? authorOf(ctx, np) : null;
}

/**
 * "expelled 23 Russian diplomats", "seized the British-flagged tanker": the pattern took the
 * object's head, but a name among its modifiers says whose it is.
 */
export function ownerInObject(ctx: CodingContext, vg: VerbGroup, matchEnd: number): number | null {
  const { tokens, nounPhrases, resolver, matcher } = ctx;
  // The phrase the pattern's last word stands in ("some of the U.N. peacekeepers"), then the object.
  const at = matcher.npAt[matchEnd - 1]!;
  for (const object of at >= 0 && at !== vg.object ? [at, vg.object] : [vg.object]) {
    if (object === null) continue;
    const np = nounPhrases[object]!;
    for (let k = np.tokenStart; k < np.head; k++) if (resolver.nameAt(k)) return object;
    // "suspended Syria's membership", "froze Iran's assets": its possessor says whose.
    if (np.possessor !== null && object === at && resolver.resolve(np.possessor, null) !== null) return np.possessor;
    // "ordered diplomats from Argentina to leave": envoys say whose by where they come from.
    if (tokens.lower[np.tokenEnd] === 'from' && countryOf(resolver.resolve(object, null)?.code ?? '---') !== null) return object;
    // "expelled inspectors of the IAEA": the "of" phrase says whose, when it names someone (not
    // "millions of refugees", nor what one meets beside: "on the sidelines of the NATO summit").
    const of = tokens.lower[np.tokenEnd] === 'of' && !SIDELINES.has(tokens.lemma[np.head]!) ? matcher.npAt[np.tokenEnd + 1]! : -1;
    if (of < 0 || nounPhrases[of]!.tokenStart !== np.tokenEnd + 1) continue;
    for (let k = nounPhrases[of]!.tokenStart; k < nounPhrases[of]!.tokenEnd; k++) if (resolver.nameAt(k)) return of;
  }
  return null;
}

/** The direct object, when the pattern did not already use the words where it stands. */
export function objectAfter(ctx: CodingContext, vg: VerbGroup, matchEnd: number, after: number): number | null {
  const { nounPhrases } = ctx;
  if (vg.object === null) return null;
  const np = nounPhrases[vg.object]!;
  if (matchEnd > after && np.tokenStart < matchEnd) return null;
  return vg.object;
}

/** Third parties to talks: "with mediators from France". */
const MEDIATORS = new Set(['mediator', 'mediators', 'facilitator', 'facilitators', 'host', 'hosts', 'observer', 'observers']);
/** Where beside an event one meets: "on the sidelines of the NATO summit". */
const SIDELINES = new Set(['sideline', 'sidelines', 'margin', 'margins']);
/** What relations between states are called: "ties between X and Y", "a treaty with Y". */
export const RELATION_NOUNS = new Set(['relation', 'relations', 'relationship', 'relationships', 'tie', 'ties', 'treaty', 'settlement', 'peace', 'deal', 'agreement', 'accord', 'talk', 'talks', 'negotiation', 'negotiations', 'dialogue', 'cooperation', 'partnership', 'friendship', 'trade', 'dispute', 'rift']);

/**
 * "rejected a motion that would have allowed U.S. troops to use Turkish territory", "rejected a levy
 * on deposits that euro zone lenders had demanded", "condemned the coup that toppled Malian
 * President Toure": what is turned down or condemned is aimed at the other
 * country the relative clause on it names (its subject, else the first actor after its verb). Only
 * an actor of another country than the sources': one's own are what the thing is about.
 */
export function relativeClauseTarget(ctx: CodingContext, v: number, matchEnd: number, sources: readonly ResolvedActor[], date: string | null): ResolvedActor[] {
  const { tokens, nounPhrases, verbGroups, matcher, verbAt, sentences } = ctx;
  const vg = verbGroups[v]!;
  // (Or the phrase right after a pattern's particle: "voted down a motion that would have allowed …".)
  const next = matcher.npAt[matchEnd]! >= 0 && nounPhrases[matcher.npAt[matchEnd]!]!.tokenStart === matchEnd ? matcher.npAt[matchEnd]! : null;
  const object = matcher.npAt[matchEnd - 1]! >= 0 ? matcher.npAt[matchEnd - 1]! : (vg.object ?? next);
  if (object === null) return [];
  const end = sentences[vg.sentence]!.tokenEnd;
  // The pronoun may follow a phrase or two on the object: "a levy on bank deposits that …".
  let k = endWithOf(tokens, nounPhrases, object);
  for (let hops = 0; hops < 2 && k < end && tokens.pos[k] === POS.ADP && tokens.lower[k] !== 'that'; hops++) {
    const np = matcher.npAt[k + 1]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k + 1) return [];
    k = endWithOf(tokens, nounPhrases, np);
  }
  if (tokens.lower[k] !== 'that' && tokens.lower[k] !== 'which') return [];
  let g = -1;
  for (let j = k + 1; j < end && j < k + 8 && g < 0; j++) if (verbAt[j]! >= 0 && verbAt[j] !== v) g = verbAt[j]!;
  if (g < 0) return [];
  const own = new Set(sources.map((a) => countryOf(a.code)));
  const subject = verbGroups[g]!.subject;
  const found = subject !== null && nounPhrases[subject]!.tokenStart >= k ? resolveAll(ctx, chain(ctx, subject), date) : firstActorAfter(ctx, g, verbGroups[g]!.tokenEnd, date, false);
  return found.filter((a) => countryOf(a.code) !== null && !own.has(countryOf(a.code)));
}

/** Whether the quoted words around `k` are a few with no verb: a name or phrase set off, not a quote. */
function scareQuote(ctx: CodingContext, k: number): boolean {
  const { tokens, verbAt } = ctx;
  if (!(tokens.flags[k]! & TokenFlag.InQuote)) return false;
  let start = k;
  let end = k;
  while (start > 0 && tokens.flags[start - 1]! & TokenFlag.InQuote && k - start < 8) start--;
  while (end + 1 < tokens.length && tokens.flags[end + 1]! & TokenFlag.InQuote && end - k < 8) end++;
  if (end - start >= 8) return false;
  for (let j = start; j <= end; j++) if (verbAt[j]! >= 0) return false;
  return true;
}

/** Verbs of a journey: "rode a bus into Pakistan", "flew to Beijing". */
export const JOURNEY_VERBS = new Set(['ride', 'cross', 'travel', 'fly', 'drive', 'sail', 'go', 'come', 'head', 'arrive', 'return', 'set off', 'leave', 'depart', 'step', 'walk']);
/** What a journey may be for: "for talks with", "for a summit with". */
const MEETING_NOUNS = new Set(['talks', 'summit', 'meeting', 'meetings', 'negotiations', 'consultations', 'visit', 'discussions']);

/** "on a week-long official visit" follows in the clause from `from` on (before another comma or verb). */
function onVisit(ctx: CodingContext, from: number, end: number): boolean {
  const { tokens, verbAt } = ctx;
  for (let k = from; k < end - 1; k++) {
    if (tokens.lower[k] === ',' || tokens.lower[k] === ';' || verbAt[k]! >= 0) return false;
    if (tokens.lower[k] !== 'on' || (tokens.lower[k + 1] !== 'a' && tokens.lower[k + 1] !== 'an')) continue;
    for (let j = k + 2; j < end && j < k + 7; j++) if (VISIT_NOUNS.has(tokens.lower[j]!)) return true;
    return false;
  }
  return false;
}
const VISIT_NOUNS = new Set(['visit', 'trip', 'tour', 'mission']);

/**
 * "rode a bus across the border into Pakistan on Saturday for talks with his Pakistani counterpart":
 * the phrase a journey's "for talks with" names, or the place it is for on a visit, up to the end
 * of its clause; -1 when there is none.
 */
export function journeyPurpose(ctx: CodingContext, v: number): number {
  const { tokens, sentences, verbGroups, matcher, nounPhrases, verbAt } = ctx;
  const vg = verbGroups[v]!;
  const end = sentences[vg.sentence]!.tokenEnd;
  for (let k = vg.tokenEnd; k < end - 2; k++) {
    if (tokens.lower[k] === ';' || (verbAt[k]! >= 0 && verbAt[k] !== v)) return -1;
    if (tokens.lower[k] !== 'for') continue;
    // "left Kathmandu for Beijing on Sunday on a week-long official visit": a place one leaves for on a visit.
    const place = matcher.npAt[k + 1]!;
    if (place >= 0 && nounPhrases[place]!.tokenStart === k + 1 && ctx.resolver.isPlace(place) && onVisit(ctx, nounPhrases[place]!.tokenEnd, end)) return place;
    let j = k + 1;
    while (j < end && j < k + 5 && !MEETING_NOUNS.has(tokens.lower[j]!) && (tokens.pos[j] === POS.DET || tokens.pos[j] === POS.ADJ || tokens.pos[j] === POS.PRON || tokens.pos[j] === POS.NUM || tokens.pos[j] === POS.NOUN || tokens.pos[j] === POS.PROPN)) j++;
    if (!MEETING_NOUNS.has(tokens.lower[j]!)) continue;
    // ("for a summit in Lahore with his Pakistani counterpart": over where it is held.)
    let w = j + 1;
    if (tokens.lower[w] === 'in' && matcher.npAt[w + 1]! >= 0 && nounPhrases[matcher.npAt[w + 1]!]!.tokenStart === w + 1) w = nounPhrases[matcher.npAt[w + 1]!]!.tokenEnd;
    // ("for a state visit to Kazakhstan": a visit is to whom it names.)
    if (!(tokens.lower[w] === 'with' || (tokens.lower[j] === 'visit' && tokens.lower[w] === 'to'))) continue;
    const np = matcher.npAt[w + 1]!;
    return np >= 0 && nounPhrases[np]!.tokenStart === w + 1 ? np : -1;
  }
  return -1;
}
