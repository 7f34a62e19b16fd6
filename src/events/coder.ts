import type { DefaultActors, Dictionary, PatternElement, VerbEntry, VerbPattern } from '../dictionaries/index.js';
import { DAY_WORDS, MODALS, SPEECH_VERBS, TIME_NOUNS } from '../language/lexicon.js';
import { withLayers, type Doc, type Stage } from '../doc/index.js';
import { POS, TokenFlag, type Name, type NounPhrase, type TimeExpression, type VerbGroup } from '../language/types.js';
import { buildActorIndex, countryOf, type ActorIndex } from './actors.js';
import { splitObjectEnd, untilAwaited } from './clauses.js';
import { chain, createCodingContext, nounLemma, resolveAll, speechClauses, type CodingContext } from './context.js';
import { decreeDoer, infinitiveDoer } from './doer.js';
import { emitVerb, type VerbScope } from './emit.js';
import { adoptsPlan, ASPECT_VERBS, demandVoicedBy, moodOf, rebutted, supposed, unrealised, USE_VERBS } from './mood.js';
import { codeFields } from './codebook.js';
import { promisesHarm, quotesBidding, statesBlame, statesOwnIntent, statesThreat } from './intents.js';
import { codeHeadlines, codeNominals } from './nominals.js';
import { quoteSpeakers } from './quotes.js';
import { stateActor } from './sides.js';
import { DENIAL_VERBS, endWithOf, hasTarget, LIGHT_VERBS, MEASURE_NOUNS, namesModal, namesNegation, NO_EVENT, verbStems, wordFits } from './rules.js';
import { EventTally } from './tally.js';
import { criticisedAuthor, JOURNEY_VERBS, journeyPurpose, objectAfter, ownerInObject, thatSubject } from './targets.js';
import type { Codebook, CodedEvent } from './types.js';
import { codeModalVerbs } from './modals.js';
import { buildVerbIndex, verbCandidates, type VerbIndex } from './verbs.js';
import { codeVisits } from './visits.js';
import { retarget, type TargetModel } from './retarget.js';
import { COUNTRY_NOUNS, GIVEN_THINGS, LEAVE_VERBS, LIKELIHOOD, SCORE_VERBS, sportScore, TEMPORAL_PREPOSITIONS } from './vocabulary.js';

export interface CoderOptions {
  readonly dictionary: Dictionary;
  readonly codebook: Codebook;
  /**
   * Code a future act ("Israel will evacuate the settlements") as CAMEO's intent (03x) or threat
   * (13x), as the codebook and PLOVER do. Default true; TABARI and PETRARCH dictionaries expect false.
   */
  readonly futureIsIntent?: boolean;
  /**
   * Code only events with a named target, as TABARI and PETRARCH do (intents, concessions, protests
   * and shows of force excepted). Default false: as in PLOVER and GDELT, an event whose target is
   * not named ("Hamas threatened to resume attacks") is coded with a null target.
   */
  readonly requireTarget?: boolean;
  /**
   * A learnt second opinion on each event's target (see retarget.ts); none by default. It is trained
   * on the default settings, so it is not used with `requireTarget`, with `futureIsIntent` false, or
   * with dictionaries that give default actors (TABARI's DEFAULT option).
   */
  readonly targetModel?: TargetModel | null;
}


/** "ahead of", "on the eve of", "on the sidelines of": what follows only says when or where. */
const WHEN_OF = new Set(['ahead', 'eve', 'sidelines', 'margins', 'run-up']);

/** What a verb entry gives for one verb group: the code, the rule, and the phrases for source and target. */
interface CodedVerb {
  readonly code: string;
  readonly reciprocal: string | null;
  readonly rule: string;
  readonly sourceNp: number | null;
  readonly targetNp: number | null;
  readonly matchEnd: number;
}

// Verbs of giving shelter, which give none with no object: "militants sheltering in the Pankisi Gorge".
const SHELTERING_VERBS = new Set(['shelter', 'harbour', 'harbor']);

// Verbs of naming, after "what": "what it called hostile coverage".
const NAMING_VERBS = new Set(['call', 'describe', 'term', 'dub', 'label', 'brand']);

// Spans of time, and words that tie a phrase to a time, after which a pronoun opens a clause of its own.
const TIME_SPANS = new Set(['day', 'hour', 'minute', 'decade', 'time', 'moment', 'period', 'season']);
const TIME_LINKS = new Set(['after', 'before', 'since', 'following', 'during', 'until', 'within']);

// Verbs whose object is whom they address, so that a pronoun after it opens what they are told.
const ADDRESSING_VERBS = new Set(['tell', 'inform', 'assure', 'remind', 'warn', 'promise', 'urge', 'convince', 'persuade', 'ask', 'notify', 'advise', 'caution']);

/**
 * The event coder: for each verb group that is asserted (not negated, modal or conditional, not in
 * a quote), finds its verb in the dictionaries, matches the verb's patterns against the words after
 * it, and resolves source and target to actors through the names, links and agents. Passives take
 * their source from the "by" phrase; conjoined actors give one event per pair; a sentence with a
 * discard phrase gives none; an unmatched verb gives none.
 */
export function createCoderStage(options: CoderOptions): Stage {
  const { dictionary, codebook } = options;
  const verbs = buildVerbIndex(dictionary);
  const actors = buildActorIndex(dictionary);
  const discards = new Map<string, string[]>();
  let longestDiscard = 0;
  for (const phrase of dictionary.discards) {
    const first = phrase.split(/[\s-]/, 1)[0]!;
    discards.set(first, [...(discards.get(first) ?? []), phrase]);
    longestDiscard = Math.max(longestDiscard, phrase.length);
  }
  const targetModel = options.requireTarget === true || options.futureIsIntent === false || dictionary.defaults ? null : (options.targetModel ?? null);
  return {
    name: 'events',
    reads: ['tokens', 'sentences', 'nounPhrases', 'verbGroups', 'attachments', 'names', 'links', 'times'],
    writes: ['events'],
    run(doc: Doc): Doc {
      return withLayers(doc, { events: codeDocument(doc, verbs, actors, { byFirst: discards, longest: longestDiscard }, codebook, options.futureIsIntent ?? true, options.requireTarget ?? false, dictionary.defaults ?? null, dictionary.minimumWords ?? 0, targetModel) });
    },
  };
}

function codeDocument(
  doc: Doc,
  verbIndex: VerbIndex,
  index: ActorIndex,
  discards: { readonly byFirst: ReadonlyMap<string, string[]>; readonly longest: number },
  codebook: Codebook,
  futureIsIntent: boolean,
  requireTarget: boolean,
  defaults: DefaultActors | null,
  minimumWords: number,
  targetModel: TargetModel | null,
): CodedEvent[] {
  const { layers } = doc;
  // What the searches for targets, topics and places read: built once for the document.
  const ctx = createCodingContext(doc, verbIndex, index);
  const { text, tokens, sentences, nounPhrases, resolver, matcher, verbAt, governorOf, namesOf, clausesOf } = ctx;
  const tally = new EventTally(ctx, codebook);
  const { events, eventVerb, inferredAtHome, governing, promises, withheld } = tally;
  // Discards are checked only for sentences that have a verb to code, and only where a phrase's first word occurs.
  const discardCache = new Map<number, boolean>();
  // (TABARI's MINIMUM WORDS: a sentence of fewer words, a comma counting as one, is not coded.)
  const tooShort = (s: number): boolean => {
    if (minimumWords <= 0) return false;
    let words = 0;
    for (let k = sentences[s]!.tokenStart; k < sentences[s]!.tokenEnd && words < minimumWords; k++) if (tokens.lower[k] === ',' || /^[\p{L}\p{N}]/u.test(tokens.lower[k]!)) words++;
    return words < minimumWords;
  };
  // "evicted families ahead of the Eurovision song contest": an event named only to say when is no subject.
  const onlyWhen = (k: number): boolean => {
    let j = k - 1;
    while (j > k - 4 && (tokens.pos[j] === POS.DET || tokens.pos[j] === POS.ADJ)) j--;
    const w = tokens.lower[j];
    return w === 'before' || w === 'after' || w === 'during' || (w === 'of' && WHEN_OF.has(tokens.lower[j - 1]!));
  };
  const isDiscarded = (s: number): boolean => {
    let hit = discardCache.get(s);
    if (hit === undefined) {
      hit = tooShort(s);
      if (hit) {
        discardCache.set(s, hit);
        return hit;
      }
      const sent = sentences[s]!;
      for (let k = sent.tokenStart; k < sent.tokenEnd && !hit; k++) {
        // (A hyphened word may be one token: "semi-finals" is found under "semi".)
        const w = tokens.lower[k]!;
        const dash = w.indexOf('-');
        const phrases = discards.byFirst.get(w) ?? (dash > 0 ? discards.byFirst.get(w.slice(0, dash)) : undefined);
        if (!phrases) continue;
        // Only as much text as the longest phrase needs, plus the character after it.
        const rest = text.slice(tokens.start[k], Math.min(sent.end, tokens.start[k]! + discards.longest + 1)).toLowerCase();
        hit = phrases.some((p) => rest.startsWith(p) && !/[\p{L}\p{N}]/u.test(rest[p.length] ?? ' ')) && !onlyWhen(k);
      }
      // ("Armenia's president will travel to Bursa to watch the World Cup qualifier": a sentence about
      // a titled leader is politics, whatever match it names.)
      if (hit && (namesOf.get(s) ?? []).some((n) => n.type === 'person' && (n.role !== null || leaderCode(n)))) hit = false;
      // "Fiji beat Samoa 39-29": a score beside a verb of winning or losing is sport.
      if (!hit) hit = sportScore(tokens, sent.tokenStart, sent.tokenEnd);
      discardCache.set(s, hit);
    }
    return hit;
  };

  /** A person the dictionaries code as a government or its elite at some time. */
  const leaderCode = (n: Name): boolean => n.actor !== null && (index.dictionary.actors[n.actor]?.codes ?? []).some((c) => /^[A-Z]{3}(GOV|ELI)/.test(c.code));

  // "Will Iran retaliate?": a question asserts nothing.
  const question = (s: number): boolean => {
    const sent = sentences[s]!;
    for (let k = sent.tokenEnd - 1; k >= sent.tokenStart && tokens.pos[k] === POS.PUNCT; k--) if (tokens.lower[k] === '?') return true;
    return false;
  };
  // Day-precise time expressions by sentence, for dating events.
  const dayTimes = new Map<number, TimeExpression[]>();
  for (const t of layers.times ?? []) {
    if (t.granularity !== 'day') continue;
    const list = dayTimes.get(t.sentence);
    if (list) list.push(t);
    else dayTimes.set(t.sentence, [t]);
  }
  const reportedVerbs = new Set<number>();
  const speakerOf = new Map<number, number>();
  // "Russia denied that it had attacked Ukraine": what a speaker denies is no event.
  const deniedVerbs = new Set<number>();
  // "Rwanda denied sending troops across the border to help rebels": what a denial's gerund and
  // the rest of its sentence tell is denied too.
  // So does one of a role in an act: "denied any role in the truck bombing that killed 19 American airmen".
  (layers.verbGroups ?? []).forEach((g, i) => {
    const next = layers.verbGroups![i + 1];
    const role = g.object !== null && ROLE_NOUNS.has(tokens.lemma[nounPhrases[g.object]!.head]!);
    if (!DENIAL_VERBS.has(tokens.lemma[g.head]!) || next === undefined || next.sentence !== g.sentence || (!role && (next.tokenStart !== g.tokenEnd || !tokens.lower[next.head]!.endsWith('ing')))) return;
    // (A denied role reaches only the clause it names: up to a comma, a semicolon or a dash.)
    let scanned = g.tokenEnd;
    for (let k = i + 1; k < layers.verbGroups!.length && layers.verbGroups![k]!.sentence === g.sentence; k++) {
      for (; role && scanned < layers.verbGroups![k]!.tokenStart; scanned++) if (CLAUSE_BREAKS.has(tokens.lower[scanned]!)) return;
      deniedVerbs.add(k);
    }
  });
  // "the Heglig oil field, which they seized last week", "the sentence it received": a relative
  // clause whose pronoun subject acts on the phrase it describes only tells of that phrase, and
  // whom its pronoun points to is too unsure to code.
  const background = new Set<number>();
  for (const clause of layers.clauses ?? []) {
    if (clause.kind !== 'relative') continue;
    for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
      const i = verbAt[k]!;
      if (i < 0 || layers.verbGroups![i]!.head !== k) continue;
      const g = layers.verbGroups![i]!;
      if (g.subject !== null && g.object === null && g.voice === 'active' && nounPhrases[g.subject]!.tokenStart === clause.tokenStart + 1 && tokens.pos[nounPhrases[g.subject]!.head] === POS.PRON) background.add(i);
    }
  }
  // So does one with no relative word, and a gerund joined to one a phrase names.
  for (let i = 0; i < (layers.verbGroups ?? []).length; i++) if (contactRelative(ctx, i) || joinedToNamedGerund(ctx, i)) background.add(i);
  for (const clause of layers.clauses ?? []) {
    if (clause.kind !== 'reported') continue;
    // Only a denial that comes first: in "X attacked Y, a charge Z denies" the act is told as done.
    const speech = clause.speechVerb !== null ? layers.verbGroups![clause.speechVerb]! : null;
    const denied = speech !== null && speech.tokenStart < clause.tokenStart && DENIAL_VERBS.has(tokens.lemma[speech.head]!);
    // (The verb groups whose head the clause holds, found through the token index, not a scan of all.)
    for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
      const i = verbAt[k]!;
      if (i < 0 || layers.verbGroups![i]!.head !== k) continue;
      reportedVerbs.add(i);
      if (denied) deniedVerbs.add(i);
      if (clause.speaker !== null && clause.speaker >= 0) speakerOf.set(i, clause.speaker);
    }
  }
  // '"We demand that Russia withdraw," the minister told reporters': a direct quote is its speaker's reported speech.
  const quoted = quoteSpeakers(doc);
  /** Verbs whose intent the sentence denies ("has no plans to send"). */
  const deniedIntent = new Set<number>();
  // Acts only asked for, refused or named by a request: what they would be for is not done either.
  const unrealisedActs = new Set<number>();
  // Acts only meant, promised or threatened.
  const meantActs = new Set<number>();
  // Verb groups that gave an event.
  const codedVerbs = new Set<number>();
  /** Whether noun phrase np names a person: someone a prenominal "visiting" describes ("visiting U.S. envoy Richard Grenell"). */
  const visitorNamed = (np: number): boolean => {
    const phrase = nounPhrases[np]!;
    return (layers.names ?? []).some((n) => n.type === 'person' && n.tokenStart >= phrase.tokenStart && n.tokenEnd <= phrase.tokenEnd);
  };
  /** An ending told as the outcome of an act just coded: ", (formally) ending …" after it in its sentence. */
  const outcomeOfCoded = (v: number): boolean => {
    const vg = layers.verbGroups![v]!;
    if (vg.tokenEnd - vg.tokenStart !== 1 || !OUTCOME_ENDINGS.has(tokens.lower[vg.head]!)) return false;
    let k = vg.tokenStart - 1;
    while (k > 0 && tokens.pos[k] === POS.ADV) k--;
    if (tokens.lower[k] !== ',') return false;
    for (let u = v - 1; u >= 0 && layers.verbGroups![u]!.sentence === vg.sentence; u--) if (codedVerbs.has(u)) return true;
    return false;
  };
  for (const [v, speaker] of quoted) {
    reportedVerbs.add(v);
    speakerOf.set(v, speaker);
  }
  const dateOf = (sentence: number, start: number): string | null => eventDate(doc, dayTimes, { sentence, start });
  // (Before the verbs they go with: "suggested Gondor should require …" is the modal's pattern, not an obligation.)
  const modalVerbs = codeModalVerbs(ctx, tally, dateOf, isDiscarded);
  for (let v = 0; v < (layers.verbGroups ?? []).length; v++) {
    const vg = layers.verbGroups![v]!;
    if (modalVerbs.has(v) || background.has(v)) continue;
    const reported = reportedVerbs.has(v);
    // "Russia said Sudan must return the helicopter": an obligation its speaker states is their demand.
    // So is the act a demand noun's "that" clause names, by whoever voices the demand.
    const voicer = demandVoicedBy(doc, v);
    const speaker = voicer >= 0 ? (layers.verbGroups![voicer]!.subject ?? undefined) : speakerOf.get(v);
    // (Not one a speaker lays on their own country: "said that Armenians must be ready to accept a compromise".)
    const onOwnCountry = (): boolean => {
      const speakers = resolveAll(ctx, chain(ctx, speaker!), doc.date);
      const obliged = resolveAll(ctx, chain(ctx, vg.subject!), doc.date);
      // (Or its region: "Merz said Europe would have to take far greater responsibility for its own defence".)
      return obliged.length > 0 && obliged.every((o) => /^[A-Z]{3}$/.test(o.code) && speakers.some((a) => countryOf(a.code) === o.code || resolver.inRegion(countryOf(a.code) ?? '', o.code)));
    };
    // (Such a duty is what the speaker says, and keeps their statement: it is no act withheld.)
    const duty = reported && (vg.modal === 'must' || vg.modal === 'should');
    const ownDuty = duty && voicer < 0 && speaker !== undefined && vg.subject !== null && onOwnCountry();
    const obligation = (duty || voicer >= 0) && speaker !== undefined && vg.subject !== null && !ownDuty;
    // ("test-fired": the verb's first part names it, "test-fire".)
    const tested = vg.head >= 2 && tokens.lower[vg.head - 1] === '-' && tokens.lower[vg.head - 2] === 'test' && tokens.end[vg.head - 1] === tokens.start[vg.head];
    const candidatesOf = () => (tested ? verbCandidates(verbIndex, `test-${tokens.lemma[vg.head]}`, `test-${tokens.lower[vg.head]}`) : []).concat(verbCandidates(verbIndex, tokens.lemma[vg.head]!, tokens.lower[vg.head]!));
    // "Iraq said it would allow …": a reported "would" is an intent, not a mere possibility.
    // (Unless a pattern names the modal itself: TABARI's and PETRARCH's "INDICATED SHOULD *".)
    const modalOnly = vg.modal !== null && !(vg.modal === 'would' && reported) && !obligation;
    const modalNamed = modalOnly && candidatesOf().some((c) => modalsNamed(c.entry).has(vg.modal!));
    const modalBlocks = modalOnly && !modalNamed;
    // A negated verb is no event, unless a pattern names the negation itself (PETRARCH's "&NEGATVAUXVRB * …").
    const negatedPatterns = vg.negated && candidatesOf().some((c) => c.entry.patterns.some(namesNegation));
    const codable = () => candidatesOf().length > 0 || LIGHT_VERBS.has(tokens.lemma[vg.head]!);
    // Any negated verb counts ("Indian troops did not cross the Line of Control, the army said"):
    // a statement that something did not happen is no event. (Not one of feeling the dictionaries
    // do not code, said of the future: "said the nation would never forget" is still a statement.)
    // (So does one an actor only might do: "Ecuador could rejoin OPEC, the energy minister said".)
    const withhold = (): void => {
      if (ownDuty || thereIsNoView(ctx, vg)) return;
      if ((vg.negated && (vg.modal === null || vg.modal === 'must')) || codable() || (POSSIBLE.has(vg.modal ?? '') && (vg.conditional || (vg.subject !== null && !WH_WORDS.has(tokens.lower[nounPhrases[vg.subject]!.tokenStart - 1] ?? '') && resolver.resolve(vg.subject, doc.date) !== null)))) withheld.add(v);
    };
    // "will boycott the elections unless the president steps down": a hostile act promised on a
    // condition is a threat (13x); nothing else said on a condition is coded.
    // So is one a speaker says would follow: "warned that the group would target U.S. warships if …".
    // (Or one an infinitive promises after a future governor: "We will not hesitate to use force if Damascus goes on sheltering Ocalan".)
    const futureGovernor = governorOf[v]! >= 0 && layers.verbGroups![governorOf[v]!]!.tense === 'future';
    // ("would send troops to Somalia only if the African Union asked it to": an act allowed only on a
    // condition sets a bar; it threatens no one.)
    const barred = (clausesOf.get(vg.sentence) ?? []).some((c) => c.kind === 'conditional' && tokens.lower[c.tokenStart - 1] === 'only');
    const threatened = !barred && vg.conditional && ((vg.tense === 'future' && vg.modal === null) || (vg.modal === 'would' && reported) || futureGovernor) && futureIsIntent;
    // "considering whether to send more troops": a choice still open is no act.
    // Nor is what must happen first: "would not allow Sweden to join until it cracked down on militants".
    // (So is one a sentence's opening "whether" asks about: "Whether Russia will attack remains unclear".)
    const asked = (clausesOf.get(vg.sentence) ?? []).some((c) => c.kind === 'conditional' && tokens.lower[c.tokenStart] === 'whether' && c.tokenStart < vg.head && vg.head < c.tokenEnd);
    const open = underWhether(ctx, v) || untilAwaited(ctx, v) || asked;
    // "did not meet in Granada, as European mediators had hoped": what was hoped for or planned, in a
    // clause of comparison, is no one's act.
    const subjectStart = matcher.npAt[vg.tokenStart - 1]! >= 0 ? nounPhrases[matcher.npAt[vg.tokenStart - 1]!]!.tokenStart : vg.tokenStart;
    const compared = tokens.lower[subjectStart - 1] === 'as' && AS_EXPECTED.has(vg.lemma);
    // "A ground invasion of Kosovo would require 200,000 troops, a Pentagon official said": what an
    // act no one has taken would take is a supposition, no one's act or statement.
    // So is what someone fears has happened: "officials fear thousands of people have been killed".
    // So is what there is said to be no evidence of: "said there was no evidence that the military had coerced women".
    // (What a speaker is hopeful or sure will be is their forecast: the act is not coded, the statement is.)
    // (Through the verb an infinitive hangs on, or a bare one right before it: "hopeful that
    // Pakistan would help bring the Taliban to talks".)
    const before = v > 0 ? layers.verbGroups![v - 1]! : null;
    const bare = before !== null && before.sentence === vg.sentence && before.tokenEnd === vg.tokenStart && before.subject === vg.subject;
    if (hopedAct(ctx, vg) || (governorOf[v]! >= 0 && hopedAct(ctx, layers.verbGroups![governorOf[v]!]!)) || (bare && hopedAct(ctx, before))) continue;
    const supposing = (reported && hypotheticalAct(ctx, vg)) || fearedAct(ctx, v) || (tokens.lower[subjectStart - 1] === 'that' && unproven(ctx, subjectStart - 1));
    // "have made no arrests": an object none of which was acted on negates the act.
    // (Not a view stated: "sees no reason to reopen the treaty" is a statement.)
    const viewOnly = (): boolean => {
      const candidates = candidatesOf();
      return candidates.length > 0 && candidates.every((c) => c.entry.code === '010' && c.entry.patterns.length === 0);
    };
    const noObject = vg.object !== null && tokens.lower[nounPhrases[vg.object]!.tokenStart] === 'no' && !viewOnly();
    // "Nobody was detained at the rally": an act no one did or suffered is none.
    // So is one no member of a group did: "No Belarusian troops have crossed into Ukraine", "Not a single soldier crossed".
    const first = vg.subject !== null ? nounPhrases[vg.subject]!.tokenStart : -1;
    const noneOf = first >= 0 && (tokens.lower[first] === 'no' || (tokens.lower[first] === 'a' && tokens.lower[first + 1] === 'single' && tokens.lower[first - 1] === 'not'));
    const nobody = noneOf || (vg.subject !== null ? NOBODY.has(tokens.lower[nounPhrases[vg.subject]!.head]!) : NOBODY.has(tokens.lower[vg.tokenStart - 1] ?? ''));
    if ((vg.negated && !negatedPatterns) || nobody || noObject || modalBlocks || (vg.conditional && !threatened) || deniedVerbs.has(v) || rebutted(doc, v) || open || compared || supposing || question(vg.sentence)) {
      // (A duty a speaker lays on no one of their own is a view: "said no Brazilian should go without three meals a day".)
      if ((nobody && !ownDuty) || supposing) withheld.add(v);
      withhold();
      continue;
    }
    // "must ensure security to allow aid in": the purpose of an act that may not happen has not happened either.
    // So has a gerund right after such an act: "might have resumed attacking".
    const prior = v > 0 ? layers.verbGroups![v - 1]! : null;
    const dependent = (vg.tokenStart > 0 && tokens.lower[vg.tokenStart - 1] === 'to') || (prior !== null && prior.tokenEnd === vg.tokenStart && tokens.lower[vg.head]!.endsWith('ing'));
    // "has no plans to send troops to help end the clashes": an intent denied is no act, nor what the act would be for.
    // (Or "of" and a gerund: "We have no intention of pulling our troops out".)
    let planned = tokens.lower[vg.tokenStart - 1] === 'to' || (tokens.lower[vg.tokenStart - 1] === 'of' && tokens.lower[vg.head]!.endsWith('ing')) ? matcher.npAt[vg.tokenStart - 2]! : -1;
    // (Over a time phrase: "has no plans for now to send troops".)
    if (planned < 0 && tokens.lower[vg.tokenStart - 1] === 'to') {
      const skip = tokens.lower[vg.tokenStart - 2] === 'now' && tokens.lower[vg.tokenStart - 3] === 'for' ? 3 : tokens.lower[vg.tokenStart - 2] === 'present' && tokens.lower[vg.tokenStart - 3] === 'at' ? 3 : tokens.lower[vg.tokenStart - 2] === 'yet' ? 2 : 0;
      if (skip > 0) planned = matcher.npAt[vg.tokenStart - 1 - skip]!;
    }
    // (Or a plan for someone: "no plans for Putin to meet Zelensky".)
    if (planned >= 0 && tokens.lower[nounPhrases[planned]!.tokenStart - 1] === 'for' && matcher.npAt[nounPhrases[planned]!.tokenStart - 2]! >= 0) planned = matcher.npAt[nounPhrases[planned]!.tokenStart - 2]!;
    if ((planned >= 0 && (tokens.lower[nounPhrases[planned]!.tokenStart] === 'no' || tokens.lower[nounPhrases[planned]!.tokenStart - 1] === 'no') && NO_INTENT_NOUNS.has(tokens.lemma[nounPhrases[planned]!.head]!)) || (dependent && deniedIntent.has(v - 1))) {
      deniedIntent.add(v);
      withhold();
      continue;
    }
    // The purpose of an act only asked for or refused is not done either: "urged Russia to send troops
    // to quell the violence"; nor is a bare verb joined to one a noun names: "signed accords to
    // establish relations and reopen their border". (Not an attempt's: "tried to storm parliament and
    // set fire to a police station".)
    const joinedBare = prior !== null && governorOf[v - 1]! < 0 && (tokens.lower[vg.tokenStart - 1] === 'and' || tokens.lower[vg.tokenStart - 1] === 'or') && tokens.lower[vg.head] === tokens.lemma[vg.head] && vg.subject === prior.subject;
    if (prior && prior.sentence === vg.sentence && (dependent || joinedBare) && unrealisedActs.has(v - 1)) {
      unrealisedActs.add(v);
      continue;
    }
    // (So is the purpose of an act denied: "denied that its troops had crossed into Congo to hunt down Hutu rebels".)
    if (prior && prior.sentence === vg.sentence && dependent && ((prior.negated && prior.lemma !== 'hesitate') || (prior.conditional && !(prior.negated && prior.lemma === 'hesitate')) || (prior.modal !== null && prior.modal !== 'would') || deniedVerbs.has(v - 1))) {
      withhold();
      continue;
    }
    const governor = governorOf[v]!;
    if (governor >= 0) {
      const g = layers.verbGroups![governor]!;
      // "is unlikely to lift sanctions", "is expected to meet": an act only thought likely.
      const likely = tokens.lemma[g.head] === 'be' && LIKELIHOOD.has(tokens.lower[g.tokenEnd]!);
      // ("will not hesitate to use force": what one will not hesitate to do, one means to do.)
      const hesitant = g.negated && g.lemma === 'hesitate';
      if ((g.negated && !hesitant) || (g.modal !== null && !(g.modal === 'would' && reported)) || (g.conditional && !hesitant) || likely) {
        withhold();
        continue;
      }
    }
    // (Through a verb of starting or going on to what it depends on: "threatened to resume attacking".)
    let moodGovernor = governor;
    while (moodGovernor >= 0 && ASPECT_VERBS.has(layers.verbGroups![moodGovernor]!.lemma) && governorOf[moodGovernor]! >= 0) moodGovernor = governorOf[moodGovernor]!;
    // The purpose of an act only meant is meant too: "offered to lead a force into Zaire to help get
    // food to the refugees", "pledges 3 billion euros to Turkey to help stem migration".
    // (Not an inquiry, which a body sent or set up to hold it begins: "agreed to send a fact-finding
    // mission to Myanmar to investigate alleged abuses".)
    // (So is what a use only meant is for: "threatened to use force to reinstate the ousted president".)
    const meantUse = governor >= 0 && governor === v - 1 && USE_VERBS.has(layers.verbGroups![governor]!.lemma);
    const purposeOfMeant = prior !== null && prior.sentence === vg.sentence && tokens.lower[vg.tokenStart - 1] === 'to' && (governor < 0 || meantUse) && meantActs.has(v - 1) && !INQUIRY_VERBS.has(vg.lemma);
    const mood = purposeOfMeant ? 'intent' : moodOf(doc, v, moodGovernor, reported, futureIsIntent);
    if (mood === 'intent' || mood === 'threat' || mood === 'prepared') meantActs.add(v);
    // (An act only asked for, refused or named by a noun is no statement's negation: "said his
    // decision to end the war was right" is still a statement.)
    // "Rwanda's decision to sever ties", "became the first to recognise": an act its noun's owner took.
    const doer = infinitiveDoer(doc, v, matcher.npAt) ?? decreeDoer(doc, v, matcher.npAt);
    // (A plan its governor adopts is meant, not only named: "approved a plan to send 600 troops".)
    const adopted = governor >= 0 && adoptsPlan(doc, layers.verbGroups![governor]!);
    if (mood === 'directive' || mood === 'refused' || (unrealised(doc, v) && !obligation && doer === null && !adopted)) {
      // (What failed to happen did not, as what did not: "Talks failed to open in Algiers, an official said" states no act.)
      // (Talks, that is: "The IAEA said Iran had failed to cooperate" is still a statement.)
      const failedTalks = mood === 'refused' && layers.verbGroups![governor]!.lemma === 'fail' && vg.subject !== null && MEETING_HEADS.has(tokens.lemma[nounPhrases[vg.subject]!.head]!);
      if (supposed(doc, v) || failedTalks) withhold();
      unrealisedActs.add(v);
      continue;
    }
    if (tokens.flags[vg.head]! & TokenFlag.InQuote && !quoted.has(v)) continue;
    // "expel the 1,000 French troops stationed in the country": where troops are kept, told of them
    // in passing, is no deployment.
    if (STANDING_VERBS.has(vg.lemma) && vg.voice === 'passive' && vg.tokenStart === vg.head && vg.agent === null && vg.subject !== null && nounPhrases[vg.subject]!.tokenEnd === vg.tokenStart && (layers.verbGroups![v - 1]?.sentence === vg.sentence || layers.verbGroups![v + 1]?.sentence === vg.sentence)) continue;
    // By lemma, and by the form as written: some dictionaries list inflected forms ("MET").
    const candidates = candidatesOf();
    let light = LIGHT_VERBS.has(tokens.lemma[vg.head]!);
    // (A bombing is no sport, whatever match the sentence names: "blasts tore through crowds watching
    // the World Cup final in Kampala". Not a beating: "Spain beat the Netherlands in the final".)
    // (Nor a killing: "militants killed 74 people watching the World Cup final".)
    const violent = candidates.length > 0 && candidates.every((c) => c.entry.code !== null && /^(18|19|20)/.test(c.entry.code)) && !verbStems(tokens.lemma[vg.head]!).some((stem) => SCORE_VERBS.has(stem));
    if ((candidates.length === 0 && !light && !obligation && !LEAVE_VERBS.has(tokens.lemma[vg.head]!) && !JOURNEY_VERBS.has(tokens.lemma[vg.head]!)) || (isDiscarded(vg.sentence) && !violent) || tooShort(vg.sentence)) continue;
    const sent = sentences[vg.sentence]!;
    const date = eventDate(doc, dayTimes, vg);
    // "acknowledged that its colonial troops committed genocide … more than a century ago": an act a
    // speaker tells of from years back is history, not news; the telling is the event.
    if (reported && historical(doc, v)) continue;
    // "signed a peace accord on Sunday, formally ending 16 years of civil war": what an act coded
    // before it ended is that act's outcome, not a second act.
    if (outcomeOfCoded(v)) continue;
    // "summoned the Belarusian ambassador to protest against a police raid": the summons is the
    // protest lodged, not a demonstration of its own.
    if (prior !== null && prior.sentence === vg.sentence && tokens.lower[vg.tokenStart - 1] === 'to' && vg.lemma === 'protest' && SUMMONING_VERBS.has(prior.lemma)) continue;
    // "slaughtered Tutsi civilians sheltering in churches": who shelters somewhere, with no one
    // sheltered, only hides there.
    // (Not one joined to a verb whose object both share: "sheltered and armed the rebels".)
    if (SHELTERING_VERBS.has(vg.lemma) && vg.object === null && vg.voice === 'active' && tokens.pos[vg.tokenEnd] === POS.ADP) continue;
    // "to protest against what it called hostile coverage of the protests": what a thing is called
    // names it; the calling is no act.
    if (NAMING_VERBS.has(vg.lemma) && vg.subject !== null && tokens.lower[nounPhrases[vg.subject]!.tokenStart - 1] === 'what') continue;
    // "promised visiting U.S. Vice President Al Gore": a participle before a name says who the
    // person is; it is no visit by the sentence's subject.
    if (vg.tokenEnd - vg.tokenStart === 1 && tokens.lower[vg.head] === 'visiting' && vg.object !== null && nounPhrases[vg.object]!.tokenStart === vg.tokenEnd && PRENOMINAL_BEFORE.has(tokens.pos[vg.tokenStart - 1]!) && visitorNamed(vg.object)) continue;

    const scope: VerbScope = { ctx, v, vg, sent, date, mood, speaker, voicer, obligation, threatened, governor, doer, quoted, requireTarget, defaults };
    /** Resolves the actors of a coded verb and records its events; returns how many it added. */
    const emit = (rawCode: string, rule: string, codedSource: number | null, targetNp: number | null, matchEnd: number, reciprocal: string | null = null): number =>
      emitVerb(scope, tally, rawCode, rule, codedSource, targetNp, matchEnd, reciprocal);

    let added = 0;
    let tried = false;
    for (const { entry, rest } of candidates) {
      // Phrasal lemmas: the rest of the lemma must follow the verb ("walk out of"). Not a verb of
      // going in the passive: "tents were flown to Tajikistan" is no visit.
      if (vg.voice === 'passive' && rest.length === 1 && (rest[0] === 'to' || rest[0] === 'into')) continue;
      let after = vg.head + 1;
      let fits = true;
      for (const w of rest) {
        if (after < sent.tokenEnd && (tokens.lower[after] === w || tokens.lemma[after] === w)) after++;
        // "gunned her down", "called it off": a pronoun object may split a phrasal verb.
        // (Not a verb and its preposition: "flew him to Moscow" is no journey to Moscow of the flier's.)
        else if (after + 1 < sent.tokenEnd && after === vg.head + 1 && tokens.pos[after] === POS.PRON && tokens.lower[after + 1] === w && w !== 'to' && w !== 'into') after += 2;
        // So may a day: "bowed on Monday to euro zone demands".
        else if (after + 2 < sent.tokenEnd && after === vg.head + 1 && tokens.lower[after] === 'on' && DAY_WORDS.has(tokens.lower[after + 1]!) && tokens.lower[after + 2] === w) after += 3;
        // So may a named object: "handed LRA commander Dominic Ongwen over to the ICC", "called the
        // talks off". (Patterns are then read from the object.)
        else if (after !== vg.head + 1 || rest.length !== 1 || !SPLIT_PARTICLES.has(w)) fits = false;
        else {
          // (Someone handed over may be described at length first.)
          const end = splitObjectEnd(ctx, vg, w === 'over');
          if (end === -1 || tokens.lower[end] !== w) fits = false;
        }
      }
      if (!fits) continue;
      const coded = codeVerb(ctx, entry, vg, after, sent.tokenEnd, vg.negated, modalNamed ? vg.modal : null);
      if (!coded) continue;
      tried = true;
      // (A pattern that coded the verb's object, whatever emitting it gave, leaves the object's own
      // verb unused: "threatened to launch a general strike" is no strike's attack.)
      if (coded.code !== NO_EVENT) added = emit(coded.code, coded.rule, coded.sourceNp, coded.targetNp, coded.matchEnd, coded.reciprocal);
      // (A verb that itself promises or threatens means its purpose too: "pledges 3 billion euros to Turkey to help stem migration".)
      if (added > 0 && (coded.code.startsWith('03') || coded.code.startsWith('13'))) meantActs.add(v);
      light = false;
      break;
    }
    if (added > 0) codedVerbs.add(v);
    if (modalNamed && added === 0) {
      withheld.add(v);
      continue;
    }
    // A negated verb none of its negation patterns took is still no event: "said it will not accept refugees".
    // Nor is a denial none of its patterns took: "dismissed as baseless reports that it planned to expel …".
    if (added === 0 && (vg.negated || DENIAL_VERBS.has(tokens.lemma[vg.head]!))) withheld.add(v);
    // "The last Syrian troops left Lebanon": troops who leave a country withdraw from it (0874).
    // (So do those who cross, move or fly out of it, or out of a place in it: "the last Syrian soldiers
    // crossed out of Lebanon", "The last U.S. troops flew out of Kabul airport".)
    const outOf = CROSSING_VERBS.has(tokens.lemma[vg.head]!) && tokens.lower[vg.tokenEnd] === 'out' && tokens.lower[vg.tokenEnd + 1] === 'of' && matcher.npAt[vg.tokenEnd + 2]! >= 0 ? matcher.npAt[vg.tokenEnd + 2]! : null;
    const left = LEAVE_VERBS.has(tokens.lemma[vg.head]!) ? vg.object : outOf;
    if (added === 0 && !tried && left !== null && vg.voice === 'active' && !vg.negated && vg.subject !== null &&
      resolveAll(ctx, chain(ctx, vg.subject), date).some((a) => a.code.slice(3, 6) === 'MIL' && (outOf === null || resolver.placeIn(left) !== countryOf(a.code))) && (resolver.isPlace(left) || (outOf !== null && resolver.placeIn(left) !== null))) {
      added = emit('0874', 'troops who leave a country withdraw from it', vg.subject, left, nounPhrases[left]!.tokenEnd);
    }
    // "Vajpayee rode a bus into Pakistan for talks with Nawaz Sharif": a journey for talks with
    // someone is a visit to them.
    // So is a stop or trip someone makes: "Modi makes surprise stop in Lahore for talks with Sharif".
    const journeyMade = tokens.lemma[vg.head] === 'make' && vg.object !== null && JOURNEY_NOUNS.has(tokens.lemma[nounPhrases[vg.object]!.head]!);
    if (added === 0 && (JOURNEY_VERBS.has(tokens.lemma[vg.head]!) || journeyMade) && vg.voice === 'active' && !vg.negated && vg.subject !== null) {
      const met = journeyPurpose(ctx, v);
      if (met >= 0) added = emit('042', 'a journey for talks with someone, or to a place on a visit, visits them', vg.subject, met, nounPhrases[met]!.tokenEnd);
      // "Vajpayee crossed into Pakistan by bus": a head of state or government who travels into another country visits it.
      // (Past the vehicle and the line crossed: "rode a bus across the border into Pakistan".)
      else if (!journeyMade) {
        let into = vg.tokenEnd;
        while (into < sent.tokenEnd && into < vg.tokenEnd + 8 && tokens.lower[into] !== 'into' && tokens.lower[into] !== 'to' && tokens.lower[into] !== ',' && verbAt[into]! < 0) into++;
        const place = tokens.lower[into] === 'into' || tokens.lower[into] === 'to' ? matcher.npAt[into + 1]! : -1;
        const leader = resolver.resolve(vg.subject, date);
        if (place >= 0 && nounPhrases[place]!.tokenStart === into + 1 && resolver.isPlace(place) && leader !== null && resolver.isPerson(vg.subject) && /^[A-Z]{3}(GOV)/.test(leader.code)) {
          added = emit('042', 'a head of government who travels into another country visits it', vg.subject, place, nounPhrases[place]!.tokenEnd);
        }
      }
    }
    // "The International Court of Justice ruled that Serbia had breached international law": a
    // ruling that someone broke the law condemns them (111).
    if (added === 0 && tokens.lemma[vg.head] === 'rule' && vg.voice === 'active' && !vg.negated && vg.subject !== null) {
      let that = vg.tokenEnd;
      while (that < sent.tokenEnd && that < vg.tokenEnd + 4 && tokens.lower[that] !== 'that') that++;
      // (Its own verb, the first after "that": not "ruled that the vote, which rivals said broke the law, …".)
      const next = tokens.lower[that] === 'that' ? layers.verbGroups![v + 1] : undefined;
      const broke = next && next.tokenStart > that && next.subject !== null && nounPhrases[next.subject]!.tokenStart === that + 1 && (BREACH_VERBS.has(next.lemma) || (next.lemma === 'be' && /^(responsible|guilty|liable|culpable)$/.test(tokens.lower[next.tokenEnd] ?? ''))) ? next : undefined;
      if (broke) added = emit('111', 'a ruling that someone broke the law condemns them', vg.subject, broke.subject, broke.tokenEnd);
    }
    // "Pakistan hands former Taliban envoy Abdul Salam Zaeef to U.S. forces": a person a state hands
    // to another is handed over to its justice (063).
    // (Past an apposition: "handed Hambali, the suspected operations chief of Jemaah Islamiyah, to the United States".)
    // (A person, not a place a name leads: "U.S. hands Panama Canal to Panama". And a state that
    // hands them over, not kidnappers: "Kidnappers handed BBC reporter Alan Johnston to Hamas officials".)
    if (added === 0 && (vg.lemma === 'hand' || vg.lemma === 'hand over') && vg.voice === 'active' && !vg.negated && vg.subject !== null && vg.object !== null && resolver.isPerson(vg.object) && resolver.placeIn(vg.object) === null && resolveAll(ctx, chain(ctx, vg.subject), date).some((a) => stateActor(a.code, HANDING_SECTORS))) {
      let to = nounPhrases[vg.object]!.tokenEnd;
      // (Or ", over to": "handed Ilich Ramirez Sanchez, better known as Carlos the Jackal, over to France".)
      if (tokens.lower[to] === ',') while (to < sent.tokenEnd - 1 && to < nounPhrases[vg.object]!.tokenEnd + 16 && !(tokens.lower[to] === ',' && (tokens.lower[to + 1] === 'to' || (tokens.lower[to + 1] === 'over' && tokens.lower[to + 2] === 'to')))) to++;
      if (tokens.lower[to] === ',') to++;
      if (tokens.lower[to] === 'over') to++;
      const recipient = to < sent.tokenEnd - 1 && tokens.lower[to] === 'to' ? matcher.npAt[to + 1]! : -1;
      if (recipient >= 0 && nounPhrases[recipient]!.tokenStart === to + 1) added = emit('063', 'a person handed to another is handed over to justice', vg.subject, recipient, nounPhrases[recipient]!.tokenEnd);
    }
    // "Russia said Sudan must return the helicopter": the demand stands even when the act demanded
    // is one the dictionaries do not code.
    // (Also when the verb's own patterns coded nothing of it: "'Faure Gnassingbe must go,' Fabre told supporters".)
    if (added === 0 && obligation && !vg.negated) added = emit('100', 'obligation under a speech verb', null, null, vg.tokenEnd);
    // A light verb carries its event in its object: "held talks with", "launched a mediation effort",
    // "gave Tanzania a grant". The noun's own verb gives the code.
    if (added === 0 && light && vg.voice === 'active' && !vg.negated) {
      const predicate = eventNoun(ctx, vg, sent.tokenEnd);
      // (What is carried, not carried out, is no attack: "a pipeline to carry its natural gas to
      // Russia"; aid carried still is: "sent trucks to carry aid to eastern Ukraine".)
      // ("bombs carrying poison gas" still carry an attack.)
      const carried = tokens.lemma[vg.head] === 'carry' && tokens.lower[vg.head - 1] === 'to' && tokens.lower[vg.head + 1] !== 'out' && predicate !== null && /^(18|19|20)/.test(predicate.entry.code ?? '');
      if (predicate && !carried && (!tried || predicate.entry.code !== null)) {
        emit(predicate.entry.code!, predicate.entry.origin, vg.subject, predicate.recipient, predicate.end);
      }
    }
  }
  codeNominals(ctx, tally, dateOf, isDiscarded);
  codeVisits(ctx, tally, dateOf, isDiscarded);
  codeHeadlines(ctx, tally, dateOf, isDiscarded);
  // "X said Y attacked Z" is Y's act, and "X said it would not attend" is none: a speaker's own
  // statement (010) is coded only when nothing else in the sentence is coded or withheld.
  const busy = new Map<number, Set<number>>();
  // (Not a verb in a relative clause, which tells something of a phrase: "said he had heard the
  // message of the millions who took to the streets" is still his statement.)
  const note = (v: number): void => {
    const g = layers.verbGroups![v]!;
    if ((clausesOf.get(g.sentence) ?? []).some((c) => c.kind === 'relative' && c.tokenStart < g.head && g.head < c.tokenEnd)) return;
    // Nor one in a time clause: "said …, a day after the last American troops left Afghanistan".
    const subjectStart = g.subject !== null ? nounPhrases[g.subject]!.tokenStart : -1;
    if (subjectStart > 0 && subjectStart > g.tokenStart - 8 && TEMPORAL_PREPOSITIONS.has(tokens.lower[subjectStart - 1]!)) return;
    busy.set(g.sentence, (busy.get(g.sentence) ?? new Set()).add(v));
  };
  // "China said it had noted the events in Myanmar": a statement inside another's speech is the
  // outer speaker's one statement, and keeps no statement from being coded.
  const stating = new Set<number>();
  events.forEach((e, k) => e.cameo === '010' && eventVerb[k] !== undefined && stating.add(eventVerb[k]!));
  const nested = (w: number): boolean => {
    const head = layers.verbGroups![w]!.head;
    for (const v of stating) if (v !== w && speechClauses(ctx, v).some((c) => c.tokenStart <= head && head < c.tokenEnd)) return true;
    return false;
  };
  // (Nor a speech participle that goes on with the statement: "… told reporters, describing conditions as catastrophic".)
  const goesOn = (w: number): boolean => {
    const g = layers.verbGroups![w]!;
    return tokens.lower[g.tokenStart - 1] === ',' && g.tokenEnd - g.tokenStart === 1 && tokens.lower[g.head]!.endsWith('ing');
  };
  events.forEach((e, k) => eventVerb[k] !== undefined && !(e.cameo === '010' && (nested(eventVerb[k]!) || goesOn(eventVerb[k]!))) && note(eventVerb[k]!));
  // Only what someone is said not to do, or only might do, is withheld: "said the virus may never
  // go away" is still a statement.
  withheld.forEach((v) => {
    const g = layers.verbGroups![v]!;
    // ("wished it had never happened": what only happens is no one's act.)
    if (HAPPENING_VERBS.has(g.lemma)) return;
    // ("adding that the country could no longer afford to import fuel": what one cannot afford is a
    // want, not an act denied.)
    if (g.lemma === 'afford' || (governorOf[v]! >= 0 && layers.verbGroups![governorOf[v]!]!.lemma === 'afford')) return;
    // ("said the dispute was no longer a source of tension": what something is not is a view, no act denied.)
    // (A thing, not someone: "Iran said it was not a party to the conflict" still denies.)
    // (Nor one's own country: "Israel said the country was not a party to the Geneva convention".)
    if (g.lemma === 'be' && g.object !== null && /^(a|an)$/.test(tokens.lower[nounPhrases[g.object]!.tokenStart]!) && g.subject !== null && tokens.pos[nounPhrases[g.subject]!.head] === POS.NOUN && resolver.agentSector(nounPhrases[g.subject]!) === null && !COUNTRY_NOUNS.has(tokens.lemma[nounPhrases[g.subject]!.head]!)) return;
    // ("said ties with Washington have never been stronger": a comparative after "never been" praises.)
    // ("'We have never seen hunger on this scale,' the WFP chief said": what a speaker's own words
    // deny is no act of anyone's unless the dictionaries code the verb; the quote stays a statement.)
    // (Nor one whose entry codes only what one "will" do: "'We have never faced a crisis like this'".)
    if ((clausesOf.get(g.sentence) ?? []).some((c) => c.kind === 'quote' && c.tokenStart <= g.head && g.head < c.tokenEnd) && !verbCandidates(verbIndex, tokens.lemma[g.head]!, tokens.lower[g.head]!).some((c) => codesDone(c.entry)) && !LIGHT_VERBS.has(tokens.lemma[g.head]!)) return;
    // (Also "so" or "this" close: "'We have never been this close to a final agreement,' the negotiator said".)
    const degree = tokens.lower[g.tokenEnd] === 'this' || tokens.lower[g.tokenEnd] === 'so' ? 1 : 0;
    if (g.lemma === 'be' && tokens.lower.slice(g.tokenStart, g.tokenEnd).includes('never') && /^(stronger|better|closer|greater|warmer|higher|close|good|strong)$/.test(tokens.lower[g.tokenEnd + degree] ?? '')) return;
    // ("'I am not optimistic about a quick breakthrough'", "Portugal is not alone": what someone or
    // something is not, said by an adjective, is a view, no act denied; not a part in an act: "was not
    // responsible for the attack" denies.)
    let after = g.tokenEnd;
    while (tokens.pos[after] === POS.ADV || tokens.pos[after] === POS.PART) after++;
    // (Not "there were no immediate reports", nor what one is not able or ready to do: "may not be able to repay".)
    const existential = g.subject === null && tokens.lower[g.tokenStart - 1] === 'there';
    if (g.lemma === 'be' && g.negated && !existential && tokens.pos[after] === POS.ADJ && tokens.lower[after + 1] !== 'to' && !DENIED_PARTS.has(tokens.lower[after]!)) return;
    // ("said Kazakhstan had no territorial claims", "bore no grudges": what one has none of is a
    // view; not a plan or a part in an act, which "no" denies: "had no plans to", "had no role in".)
    const none = HAVING.has(g.lemma) && g.object !== null ? nounPhrases[g.object]! : null;
    if (none !== null && (tokens.lower[none.tokenStart] === 'no' || tokens.lower[none.tokenStart - 1] === 'no') && !NO_INTENT_NOUNS.has(tokens.lemma[none.head]!) && !ROLE_NOUNS.has(tokens.lemma[none.head]!) && !CONTACT_NOUNS.has(tokens.lemma[none.head]!)) return;
    const subject = g.subject;
    // (A place is no actor: "said rebuilding the province of Aceh would take five years" is a statement.)
    // (Or people a country's possessive names: "Madagascar's rival leaders could meet in Senegal".)
    const possessor = subject === null ? null : nounPhrases[subject]!.possessor;
    const actor = subject === null ? null : (resolver.resolve(subject, doc.date) ?? (possessor !== null && LEADER_NOUNS.has(tokens.lemma[nounPhrases[subject]!.head]!) ? resolver.resolve(possessor, doc.date) : null));
    // (Nor are talks that only might happen: "said talks between Egypt and Sudan could resume".)
    const talks = subject !== null && MEETING_HEADS.has(tokens.lemma[nounPhrases[subject]!.head]!);
    // (Nor is what only might happen if something else does: "a ceasefire could be within reach if the
    // two sides return to talks, the envoy said" supposes; it states nothing that happened.)
    const supposition = (POSSIBLE.has(g.modal ?? '') && g.conditional) || hypotheticalAct(ctx, g);
    if (subject === null || tokens.pos[nounPhrases[subject]!.head] === POS.PRON || (actor !== null && !actor.place) || talks || supposition) note(v);
  });
  const stated = (e: CodedEvent, k: number): boolean => (e.cameo !== '010' && !promises.has(eventVerb[k]!)) || ([...(busy.get(e.sentence) ?? [])].every((v) => v === eventVerb[k]) && !(e.cameo === '010' && nested(eventVerb[k]!)));
  // "sent 800 soldiers into Albania to protect aid convoys": the same act by the same side, once
  // with a target named and once only inferred at home, is the named one. So is help that an act
  // is for: "will send ventilators to Italy to help fight the outbreak".
  // (Only an infinitive of purpose: "attacked a convoy, killing Egyptian police" are two acts.)
  const repeated = (e: CodedEvent, k: number): boolean =>
    inferredAtHome.has(k) && (e.root === '07' || /\bto\s+$/.test(text.slice(Math.max(0, e.evidence.verb.start - 4), e.evidence.verb.start))) && events.some((o, j) => j !== k && !inferredAtHome.has(j) && o.sentence === e.sentence && (o.cameo === e.cameo || e.root === '07') && o.source?.code === e.source?.code && o.target !== null);
  // A statement is read for what it says (intents.ts): what the speaker's side will do intends it
  // (030), harm to come threatens (130), blame criticises (111) and a quoted bidding appeals (020).
  // An intent worded as harm threatens too.
  const restated = (e: CodedEvent, v: number): CodedEvent => {
    const code = e.cameo === '030' ? (promisesHarm(ctx, v) ? '130' : null)
      : e.cameo !== '010' ? null
      : statesThreat(ctx, e, v) ? '130' : statesOwnIntent(ctx, e, v) ? '030' : statesBlame(ctx, e, v) ? '111' : quotesBidding(ctx, e, v) ? '020' : null;
    return code === null ? e : { ...e, ...codeFields(codebook, code) };
  };
  const seen = new Set<string>();
  const coded = events
    .map((e, k) => (futureIsIntent && eventVerb[k] !== undefined ? restated(e, eventVerb[k]!) : e))
    .filter((_e, k) => (eventVerb[k] === undefined || (!governing.has(eventVerb[k]!) && stated(events[k]!, k))) && !repeated(events[k]!, k))
    // (An event the sentence already has, most often a restated one, is one event: "vowed that Israel
    // would face severe revenge" is one threat.)
    .filter((e) => {
      const key = `${e.sentence}|${e.source?.code ?? ''}|${e.target?.code ?? ''}|${e.cameo}`;
      return seen.has(key) ? false : (seen.add(key), true);
    });
  return targetModel === null ? coded : retarget(ctx, coded, targetModel);


}

/** The code, rule and argument phrases for one verb entry, or null when neither a pattern nor its code applies. */
function codeVerb(ctx: CodingContext, entry: VerbEntry, vg: VerbGroup, after: number, limit: number, negated = false, modal: string | null = null): CodedVerb | null {
  const { tokens, sentences, nounPhrases, matcher } = ctx;
  const passive = vg.voice === 'passive';
  // "A curfew was imposed on Dhaka by the government": the passive's subject is the pattern's object.
  if (passive && !negated && modal === null && vg.subject !== null) {
    for (const pattern of entry.patterns) {
      const object = pattern.before.length === 0 ? passiveMatch(ctx, pattern, vg, after, limit) : null;
      // "Police in Dhaka were placed on high alert": forces put on alert by no one named show their own force.
      const own = vg.agent === null && pattern.code.startsWith('15');
      // (A pattern that names no target is done to the subject itself: "Three Ukrainian navy vessels were seized by Russian border guards", "The Saudi consulate was searched by Turkish police".)
      // (Not what is sent or given, which is no target: "peacekeepers sent by ECOWAS".)
      // (Only a subject that names someone: "Talks were broken off by Hamas" leaves the target to be found.)
      // (Or, for a thing done, whom its own "to" or "on" phrase names: "Direct aid to the Palestinian government was suspended by the EU".)
      // (Or, when the pattern's target names no one, whom the subject's own phrase does: "A ban on trade with Iraq was imposed".)
      const named = object?.target != null && ctx.resolver.resolve(object.target, null) === null ? thingsRecipient(ctx, vg.subject) ?? object.target : object?.target;
      // (So is one released: "Two American journalists were pardoned by Kim Jong-il".)
      const target = named ?? (object && !hasTarget(pattern) && (pattern.code >= '09' || pattern.code.startsWith('084')) && ctx.resolver.resolve(vg.subject, null) !== null && !GIVEN_THINGS.has(nounLemma(ctx, nounPhrases[vg.subject]!.head)) ? vg.subject : null) ?? (object && !hasTarget(pattern) ? thingsRecipient(ctx, vg.subject) : null);
      if (object) return { code: pattern.code, reciprocal: pattern.reciprocal ?? null, rule: pattern.origin, sourceNp: own ? vg.subject : vg.agent, targetNp: own ? null : target, matchEnd: object.end };
    }
  }
  // A match that stepped over a noun ("fired tear gas at" for "at +") gives way to one that names it.
  // (Not to a shorter form of itself: "welcomed memos on economic issues from +" is no less a
  // welcome "from" for the pattern without the "from".)
  let fallback: CodedVerb | null = null;
  let fallbackPattern: VerbPattern | null = null;
  for (const pattern of matcher.candidates(entry.patterns, after, limit)) {
    if (fallbackPattern !== null && shorterForm(pattern, fallbackPattern)) continue;
    // Most patterns fail to match: look for a target element only when it matters.
    // (Unless it names the source too, and so both sides: "was extradited to India from Portugal".)
    const bothSides = passive && hasTarget(pattern) && pattern.after.some((e) => e.kind === 'source');
    if (passive && hasTarget(pattern) && !bothSides) continue;
    if (negated && !namesNegation(pattern)) continue;
    // (Under a modal only a pattern that names it codes the verb.)
    if (modal !== null && !namesModal(pattern, modal)) continue;
    // Words before the verb may be its auxiliaries too ("did n't" in "didn't clash").
    const b = pattern.before.length > 0 ? matcher.matchBefore(pattern.before, vg.head, sentences[vg.sentence]!.tokenStart) : null;
    if (pattern.before.length > 0 && !b) continue;
    const m = matcher.match(pattern.after, after, limit);
    if (!m) continue;
    // (A "$" that names no one is no source over a subject that does: "The Commonwealth suspended
    // Sierra Leone's military rulers from the talks" is the Commonwealth's act. When the pattern
    // makes the subject its target, there is then no source: "Iraq received aid from neighbouring countries".)
    const unnamed = !passive && m.source !== null && vg.subject !== null && ctx.resolver.resolve(m.source, null) === null && ctx.resolver.resolve(vg.subject, null) !== null;
    // An actor element right before the verb is its subject, when the parse found one: "Israel's
    // decision to expand settlements drew criticism from the EU" (not "settlements").
    const last = pattern.before[pattern.before.length - 1];
    const beforeTarget = b && last?.kind === 'target' && vg.subject !== null ? vg.subject : b?.target;
    const coded = {
      code: pattern.code,
      reciprocal: pattern.reciprocal ?? null,
      rule: pattern.origin,
      // (In the passive too a pattern's "$" names the source: "was extradited from Thailand".)
      sourceNp: passive ? (m.source ?? vg.agent) : unnamed ? (beforeTarget === vg.subject ? null : vg.subject) : (m.source ?? b?.source ?? vg.subject),
      targetNp: passive ? (bothSides ? (m.target ?? b?.target ?? vg.subject) : vg.subject) : (m.target ?? beforeTarget ?? (hasTarget(pattern) ? null : (objectAfter(ctx, vg, m.end, after) ?? ownerInObject(ctx, vg, m.end) ?? criticisedAuthor(ctx, pattern.code, m.end)))),
      matchEnd: m.end,
    };
    if (!m.stepped) return coded;
    if (fallback === null) {
      fallback = coded;
      fallbackPattern = pattern;
    }
  }
  if (fallback) return fallback;
  if (entry.code === null || negated || modal !== null) return null;
  // "deployed 1,000 soldiers and police officers to Cabo Delgado": forces one shows or moves are
  // one's own, not a target; look past them.
  if (entry.code.startsWith('15') && !passive && vg.object !== null) {
    const end = Math.max(...chain(ctx, vg.object).map((np) => endWithOf(tokens, nounPhrases, np)));
    return { code: entry.code, reciprocal: entry.reciprocal ?? null, rule: entry.origin, sourceNp: vg.subject, targetNp: null, matchEnd: end };
  }
  return {
    code: entry.code,
    reciprocal: entry.reciprocal ?? null,
    rule: entry.origin,
    sourceNp: passive ? vg.agent : vg.subject,
    targetNp: passive ? vg.subject : (objectAfter(ctx, vg, after, after) ?? thatSubject(ctx, vg, after)),
    matchEnd: after,
  };
}

/** Whether an entry can code what was done: it has a code, or a pattern that needs no auxiliary before the verb. */
function codesDone(entry: VerbEntry): boolean {
  return entry.code !== null || entry.patterns.some((p) => p.before.length === 0 || namesNegation(p));
}

const modalsNamedBy = new WeakMap<VerbEntry, Set<string>>();
/** The modals an entry's patterns name before the verb (see `namesModal`), worked out once per entry. */
function modalsNamed(entry: VerbEntry): Set<string> {
  let named = modalsNamedBy.get(entry);
  if (!named) {
    named = new Set();
    for (const p of entry.patterns) for (const m of MODALS) if (namesModal(p, m)) named.add(m);
    modalsNamedBy.set(entry, named);
  }
  return named;
}

/**
 * Verb group `v` is an infinitive of an open choice, or chained to one in its clause: "considering
 * whether to send troops", "has not decided whether to send troops to join the campaign".
 */
function underWhether(ctx: CodingContext, v: number): boolean {
  const { tokens, verbGroups } = ctx;
  for (let w = v; ; w--) {
    const g = verbGroups[w]!;
    if (tokens.lower[g.tokenStart - 1] !== 'to') return false;
    if (tokens.lower[g.tokenStart - 2] === 'whether') return true;
    if (w === 0 || verbGroups[w - 1]!.sentence !== g.sentence) return false;
    for (let k = verbGroups[w - 1]!.tokenEnd; k < g.tokenStart; k++) if (tokens.lower[k] === ',' || tokens.pos[k] === POS.CCONJ) return false;
  }
}

/** Verbs of what happens, which no one does. */
const HAPPENING_VERBS = new Set(['happen', 'occur', 'take place']);
/** Verbs that say where forces are kept. */
const STANDING_VERBS = new Set(['station', 'base', 'garrison']);
const NOBODY = new Set(['nobody', 'none', 'noone', 'no-one']);

/** What a speaker may say there is none of, stating a view rather than denying an act: "there is no military solution". */
const VIEW_NOUNS = new Set(['solution', 'alternative', 'doubt', 'reason', 'need', 'question', 'chance', 'hope', 'way', 'room', 'excuse', 'justification', 'place', 'future', 'cause', 'point', 'basis', 'danger', 'threat', 'risk', 'crisis', 'problem']);

/** "said there was no military solution to the war": a view stated, whose "no" denies no act. */
function thereIsNoView(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, nounPhrases } = ctx;
  return vg.lemma === 'be' && tokens.lower[vg.tokenStart - 1] === 'there' && vg.object !== null && VIEW_NOUNS.has(tokens.lemma[nounPhrases[vg.object]!.head]!);
}
/** Acts that may be only supposed: "a ground invasion would require …". */
const SUPPOSED_ACTS = new Set(['invasion', 'attack', 'strike', 'war', 'intervention', 'operation', 'offensive', 'deployment', 'blockade', 'embargo', 'ban', 'withdrawal', 'ceasefire', 'truce', 'referendum', 'deal']);

/**
 * Verb group g, under "would", tells what an act no one has taken would do or take: its subject is
 * an indefinite act ("A ground invasion of Kosovo would require …") or a gerund's phrase opening
 * the sentence ("Imposing a no-fly zone would begin with …").
 */
function hypotheticalAct(ctx: CodingContext, g: VerbGroup): boolean {
  // (Or "could", "might": "A nuclear war between India and Pakistan could kill 125 million people, researchers said".)
  if ((g.modal !== 'would' && !POSSIBLE.has(g.modal ?? '')) || g.subject === null) return false;
  const { tokens, nounPhrases, sentences } = ctx;
  const np = nounPhrases[g.subject]!;
  if ((tokens.lower[np.tokenStart] === 'a' || tokens.lower[np.tokenStart] === 'an') && SUPPOSED_ACTS.has(tokens.lemma[np.head]!)) return true;
  const start = sentences[g.sentence]!.tokenStart;
  return tokens.pos[start] === POS.VERB && tokens.lower[start]!.endsWith('ing') && np.tokenStart > start && np.tokenStart <= start + 2;
}

/** Verbs of fearing what may be so. */
const FEAR_VERBS = new Set(['fear', 'worry', 'dread']);

/** Verb group v heads a clause that the verb right before it fears: "officials fear thousands have been killed". */
function fearedAct(ctx: CodingContext, v: number): boolean {
  if (v === 0) return false;
  const { tokens, verbGroups } = ctx;
  const vg = verbGroups[v]!;
  const prior = verbGroups[v - 1]!;
  if (prior.sentence !== vg.sentence || !FEAR_VERBS.has(prior.lemma) || prior.negated) return false;
  for (let k = prior.tokenEnd; k < vg.tokenStart; k++) if (tokens.lower[k] === ',' || tokens.pos[k] === POS.VERB || (tokens.pos[k] === POS.ADP && tokens.lower[k] !== 'of')) return false;
  return true;
}

/**
 * Verb group i heads a clause with no relative word whose pronoun subject acts on the phrase before
 * it: "restoring the diplomatic relations they severed", "the troops it had massed". (Not what the
 * told will do: "told reporters they had attacked"; nor a speaker's aside: "weapons it said came
 * from Iran"; nor a clause a time opens: "said that last week it had retaliated", "in recent days they".)
 */
function contactRelative(ctx: CodingContext, i: number): boolean {
  const { tokens, nounPhrases, matcher, verbAt, verbGroups } = ctx;
  const g = verbGroups[i]!;
  if (g.subject === null || g.object !== null || g.voice !== 'active' || SPEECH_VERBS.has(tokens.lemma[g.head]!)) return false;
  const pronoun = nounPhrases[g.subject]!;
  if (pronoun.tokenEnd !== g.tokenStart || pronoun.tokenEnd - pronoun.tokenStart !== 1 || tokens.pos[pronoun.head] !== POS.PRON || pronoun.tokenStart === 0) return false;
  const described = matcher.npAt[pronoun.tokenStart - 1]!;
  if (described < 0) return false;
  const head = nounPhrases[described]!.head;
  if (tokens.pos[head] !== POS.NOUN || TIME_NOUNS.has(tokens.lemma[head]!) || TIME_SPANS.has(tokens.lemma[head]!)) return false;
  const before = nounPhrases[described]!.tokenStart - 1;
  if (TIME_LINKS.has(tokens.lower[before] ?? '')) return false;
  const teller = verbAt[before] ?? -1;
  return teller < 0 || !ADDRESSING_VERBS.has(tokens.lemma[verbGroups[teller]!.head]!);
}

/**
 * Verb group i is a gerund joined to the gerund an "of" or "for" takes, and so names what that
 * phrase names, no act of the clause's subject: "accused Iran of arming and training the Polisario
 * Front", past the first gerund's object ("of bombing the Pankisi Gorge and killing a civilian"),
 * or after blame ("militias blamed for burning villages and driving people from their homes").
 */
function joinedToNamedGerund(ctx: CodingContext, i: number): boolean {
  const { tokens, nounPhrases, matcher, sentences, verbGroups } = ctx;
  const g = verbGroups[i]!;
  const joiner = tokens.lower[g.tokenStart - 1];
  if (g.tokenStart !== g.head || !tokens.lower[g.head]!.endsWith('ing') || (joiner !== 'and' && joiner !== 'or')) return false;
  const from = i > 0 && verbGroups[i - 1]!.sentence === g.sentence ? verbGroups[i - 1]!.tokenEnd : sentences[g.sentence]!.tokenStart;
  for (let k = g.tokenStart - 2; k > from && k > g.tokenStart - 12; k--) {
    if (tokens.lower[k] === ',' || tokens.pos[k] === POS.CCONJ) return false;
    const at = tokens.lower[k - 1];
    if (tokens.lower[k]!.endsWith('ing') && matcher.npAt[k]! >= 0 && nounPhrases[matcher.npAt[k]!]!.tokenStart === k && (at === 'of' || at === 'for')) return true;
  }
  return false;
}

/** Words of hoping that something will be: "was optimistic that Bogota and Quito would soon restore relations". */
const HOPE_WORDS = new Set(['optimistic', 'hopeful', 'confident', 'sure', 'certain', 'convinced', 'pessimistic', 'doubtful', 'sceptical', 'skeptical']);

/** Verb group v heads a clause of what someone is hopeful (or doubtful) will be: a forecast, not an intent. */
function hopedAct(ctx: CodingContext, g: VerbGroup): boolean {
  if (g.subject === null || (g.modal === null && g.tense !== 'future')) return false;
  const { tokens, nounPhrases } = ctx;
  let k = nounPhrases[g.subject]!.tokenStart - 1;
  if (tokens.lower[k] === 'that') k--;
  return k >= 0 && HOPE_WORDS.has(tokens.lower[k]!);
}

/** Marks that end the clause a denied role reaches. */
const CLAUSE_BREAKS = new Set([',', ';', '-']);

/** Verbs of having, whose "no" object says what one has none of: "had no firm figure", "bore no grudge". */
const HAVING = new Set(['have', 'bear']);

/** Dealings with another, which "had no" denies: "has had no contact with ELN negotiators". */
const CONTACT_NOUNS = new Set(['contact', 'talk', 'meeting', 'discussion', 'negotiation', 'dealing', 'communication', 'relation', 'tie', 'dialogue', 'cooperation']);

/** Adjectives of a part in an act, which "not" before them denies: "was not responsible for the attack". */
const DENIED_PARTS = new Set(['responsible', 'guilty', 'involved', 'complicit', 'liable', 'accountable', 'linked', 'connected']);

/** A part in an act, which a denial of it denies: "denied any role in the bombing". */
const ROLE_NOUNS = new Set(['role', 'involvement', 'responsibility', 'part', 'hand', 'link', 'links', 'complicity', 'connection']);

/** Nouns of proof, which "no" before them denies what their "that" clause says. */
const PROOF_NOUNS = new Set(['evidence', 'proof', 'sign', 'indication', 'truth']);

/** The "that" at token k follows "no evidence" or the like: "there was no evidence that …". */
function unproven(ctx: CodingContext, k: number): boolean {
  const { tokens } = ctx;
  if (!PROOF_NOUNS.has(tokens.lemma[k - 1]!)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 4); j--) if (tokens.lower[j] === 'no') return true;
  return false;
}

/** Verbs of what was hoped for or planned, which a clause of comparison names: "as mediators had hoped". */
const AS_EXPECTED = new Set(['hope', 'expect', 'plan', 'predict', 'fear', 'anticipate', 'promise', 'intend', 'wish', 'want', 'schedule']);
/** Modals of what only may happen, and words that open a clause about what could be ("what Chileans could achieve"). */
const POSSIBLE = new Set(['could', 'might', 'may']);
const WH_WORDS = new Set(['what', 'how', 'whether', 'if', 'when', 'where', 'why']);

/** Nouns of intent that "no" denies: "has no plans to send troops". */
const NO_INTENT_NOUNS = new Set(['plan', 'intention', 'intent', 'desire', 'wish']);

/** A state's sectors that hand people over to another's justice (not its legislature). */
const HANDING_SECTORS = new Set(['GOV', 'JUD', 'COP', 'MIL', 'SPY']);

/** People who act for the country a possessive names ("Madagascar's rival leaders"). */
const LEADER_NOUNS = new Set(['leader', 'official', 'minister', 'president', 'premier', 'diplomat', 'envoy', 'negotiator', 'delegation', 'ruler', 'general', 'commander']);

/** Pattern `a` is `b` with elements left off its end, the words before the verb the same. */
function shorterForm(a: VerbPattern, b: VerbPattern): boolean {
  if (a.after.length >= b.after.length || a.before.length !== b.before.length) return false;
  const same = (x: PatternElement, y: PatternElement): boolean =>
    x.kind === y.kind && (x.kind !== 'words' || (y.kind === 'words' && x.options.length === y.options.length && x.options.every((o, i) => o.join(' ') === y.options[i]!.join(' '))));
  return a.before.every((e, i) => same(e, b.before[i]!)) && a.after.every((e, i) => same(e, b.after[i]!));
}

/** The actor a thing's own "to", "for", "on" or "against" phrase names ("aid to Gaza", "sanctions on Iran"), or null. */
function thingsRecipient(ctx: CodingContext, np: number): number | null {
  const { tokens } = ctx;
  const attachments = ctx.doc.layers.attachments ?? [];
  // ("Assets held in Switzerland by Ben Ali were frozen": whose they are.)
  const g = ctx.verbAt[ctx.nounPhrases[np]!.tokenEnd] ?? -1;
  const owner = g >= 0 ? ctx.verbGroups[g]! : undefined;
  if (owner !== undefined && owner.subject === np && owner.voice === 'passive' && owner.agent !== null && HOLDING_VERBS.has(owner.lemma) && owner.tokenStart === owner.head && ctx.resolver.resolve(owner.agent, null) !== null) return owner.agent;
  const phrase = attachments.find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === np && RECIPIENT_PREPOSITIONS.has(tokens.lower[a.prep]!));
  if (phrase === undefined) return null;
  if (ctx.resolver.resolve(phrase.object, null) !== null) return phrase.object;
  // ("A ban on trade with Iraq was imposed": whom the trade is with.)
  const partner = TRADE_NOUNS.has(tokens.lemma[ctx.nounPhrases[phrase.object]!.head]!) ? attachments.find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === phrase.object && TRADE_PARTNER_PREPOSITIONS.has(tokens.lower[a.prep]!)) : undefined;
  return partner !== undefined && ctx.resolver.resolve(partner.object, null) !== null ? partner.object : null;
}

/** Verbs of owning: "assets held by Ben Ali". */
const HOLDING_VERBS = new Set(['hold', 'own', 'control', 'keep', 'stash']);
const TRADE_NOUNS = new Set(['trade', 'commerce', 'import', 'imports', 'export', 'exports', 'investment', 'business', 'flight', 'flights']);
const TRADE_PARTNER_PREPOSITIONS = new Set(['with', 'from', 'to']);

const RECIPIENT_PREPOSITIONS = new Set(['to', 'for', 'on', 'against']);

/** A pattern whose first words name the passive's subject ("curfew on +"), matched on from after the verb. */
function passiveMatch(ctx: CodingContext, pattern: VerbEntry['patterns'][number], vg: VerbGroup, after: number, limit: number): { target: number | null; end: number } | null {
  const { tokens, nounPhrases, matcher } = ctx;
  const [first, ...rest] = pattern.after;
  if (vg.subject === null || first?.kind !== 'words') return null;
  // ("40 tonnes of tents, food and medicine were flown to": the things a quantity is of.)
  const heads = chain(ctx, vg.subject).map((np) => nounPhrases[np]!.head);
  const of = tokens.lower[heads[0]! + 1] === 'of' ? matcher.npAt[heads[0]! + 2]! : -1;
  if (of >= 0) heads.push(...chain(ctx, of).map((np) => nounPhrases[np]!.head));
  // (A compound names the subject by its last words: "Martial law was declared across Guinea".)
  const fits = (o: readonly string[], head: number): boolean => o.every((w, i) => head - o.length + 1 + i >= 0 && wordFits(w, tokens.lower[head - o.length + 1 + i]!, tokens.lemma[head - o.length + 1 + i]!));
  if (!heads.some((head) => first.options.some((o) => fits(o, head)))) return null;
  const head = heads[0]!;
  // The rest may follow the verb, or the subject's head: "New sanctions on Russia were announced".
  // (Not the passive's own agent: in "The decision was condemned by New Zealand" the "by" phrase is
  // who condemned it, not whose decision it was; whose it was may be said before: "France's decision".)
  // (Past the agent too: "Food rations were airdropped by the World Food Programme to people in South Sudan".)
  // (Past a time before the agent as well: "was issued on Wednesday by the International Criminal Court for …".)
  const agentEnd = vg.agent !== null && nounPhrases[vg.agent]!.tokenStart > after && tokens.lower[nounPhrases[vg.agent]!.tokenStart - 1] === 'by' ? endWithOf(tokens, nounPhrases, vg.agent) : -1;
  // (The subject's own words come first: "sanctions against Belarus were lifted by EU ministers in reward for …".)
  const after1 = matcher.match(rest, after, limit);
  const m = (after1 !== null && (after1.target === null || after1.target !== vg.agent) ? after1 : null) ?? (rest.length > 0 ? matcher.match(rest, head + 1, vg.tokenStart) : null) ?? (agentEnd >= 0 && rest.length > 0 ? matcher.match(rest, agentEnd, limit) : null);
  if (!m && after1 !== null) return { target: null, end: Math.max(after1.end, after) };
  return m ? { target: m.target, end: Math.max(m.end, after) } : null;
}

/**
 * The event noun after a light verb, as a verb entry with a code: the object's head ("talks",
 * "mediation", "visit"), or the second object when the first names the recipient ("gave
 * Tanzania a grant"). Nouns map to verbs as written, or by their verb stem (-ation → -ate, -ing).
 */
function eventNoun(ctx: CodingContext, vg: VerbGroup, limit: number): { entry: VerbEntry; recipient: number | null; end: number } | null {
  const { tokens, nounPhrases, verbIndex } = ctx;
  if (vg.object === null) return null;
  const first = nounPhrases[vg.object]!;
  // "have made no arrests": an act the light verb says none of was done is no event.
  if (tokens.lower[first.tokenStart] === 'no') return null;
  // (Over a participle the tagger left out of it: "gave euro zone ministers written pledges".)
  const after = first.tokenEnd + (tokens.pos[first.tokenEnd] === POS.VERB && /(ed|en)$/.test(tokens.lower[first.tokenEnd]!) ? 1 : 0);
  const second = after < limit ? nounPhrases.find((n) => n.tokenStart === after) : undefined;
  // "launched air and artillery strikes": the event noun may be in a later conjunct.
  const conjuncts = first.conjuncts.map((c) => [nounPhrases[c]!, null] as [NounPhrase, null]);
  // "held a third day of talks", "a new round of negotiations": the event is in the "of" phrase.
  const measured = first.tokenEnd < limit && tokens.lower[first.tokenEnd] === 'of' && MEASURE_NOUNS.has(tokens.lemma[first.head]!) ? nounPhrases.find((n) => n.tokenStart === first.tokenEnd + 1) : undefined;
  for (const [np, recipient] of [[first, null], ...conjuncts, ...(second ? [[second, vg.object]] : []), ...(measured ? [[measured, null]] : [])] as [NounPhrase, number | null][]) {
    // The head first, then the nouns before it: "a mediation effort". (Not before people, who
    // receive: "gave euro zone finance ministers …".)
    const people = ctx.resolver.agentSector(np) !== null;
    for (let k = np.head; k >= (people ? np.head : np.tokenStart); k--) {
      if (tokens.pos[k] !== POS.NOUN) continue;
      for (const stem of verbStems(tokens.lemma[k]!)) {
        const entry = (verbIndex.words.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
        if (entry) return { entry, recipient, end: np.tokenEnd };
      }
    }
  }
  return null;
}

/** Journeys one makes: "made a stop in Lahore", "made a trip to Beijing". */
const JOURNEY_NOUNS = new Set(['stop', 'stopover', 'trip', 'journey', 'detour']);

/** Particles a named object may stand before: "handed Ongwen over", "called the talks off". */
const SPLIT_PARTICLES = new Set(['over', 'off', 'out', 'back', 'down', 'up', 'away']);

/** The event's own day: a day-precise time expression in its sentence, else the publication date. */
function eventDate(doc: Doc, dayTimes: ReadonlyMap<number, TimeExpression[]>, vg: Pick<VerbGroup, 'sentence' | 'start'>): string | null {
  const times = dayTimes.get(vg.sentence);
  if (!times) return doc.date;
  // The nearest one to the verb.
  let best = times[0]!;
  for (const t of times) if (Math.abs(t.start - vg.start) < Math.abs(best.start - vg.start)) best = t;
  return best.from;
}

/** Words for spans of years before an "ago". */
const YEARS_AGO = new Set(['years', 'decades', 'century', 'centuries', 'generations']);

/** A time after the verb, in its sentence, more than a year before the story: "in 1904", "decades ago". */
function historical(doc: Doc, v: number): boolean {
  const { tokens, sentences, verbGroups } = doc.layers;
  const vg = verbGroups![v]!;
  // Only before the next verb, whose time it would be: "freed 82 of the schoolgirls kidnapped three years ago".
  // (Past a place's "what is now": "in what is now Namibia more than a century ago".)
  let n = v + 1;
  while (n < verbGroups!.length && verbGroups![n]!.sentence === vg.sentence && verbGroups![n]!.lemma === 'be' && tokens!.lower[verbGroups![n]!.tokenStart - 1] === 'what') n++;
  const next = n < verbGroups!.length && verbGroups![n]!.sentence === vg.sentence ? verbGroups![n] : undefined;
  const end = next?.tokenStart ?? sentences![vg.sentence]!.tokenEnd;
  for (let k = vg.tokenEnd; k + 1 < end; k++) if (tokens!.lower[k + 1] === 'ago' && YEARS_AGO.has(tokens!.lower[k]!)) return true;
  const year = doc.date === null ? NaN : Number(doc.date.slice(0, 4));
  const limit = end < tokens!.length ? tokens!.start[end]! : Infinity;
  return (doc.layers.times ?? []).some((t) => t.sentence === vg.sentence && t.start > vg.start && t.start < limit && t.granularity !== 'day' && Number(t.to.slice(0, 4)) < year - 1 && !/\bsince\s+$/i.test(doc.text.slice(Math.max(0, t.start - 6), t.start)));
}

/** Nouns for talks, which a speaker may say only might happen. */
const MEETING_HEADS = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'meeting', 'summit', 'dialogue', 'round']);

/** Verbs of breaking a law or a duty, which a court may rule someone did. */
const BREACH_VERBS = new Set(['breach', 'violate', 'break', 'infringe', 'flout', 'contravene']);

/** Verbs of moving across a line, whose "out of" phrase names what is left. */
const CROSSING_VERBS = new Set(['cross', 'move', 'roll', 'drive', 'march', 'fly', 'sail']);

/** Verbs of inquiry, whose purpose-clause form is the inquiry begun. */
const INQUIRY_VERBS = new Set(['investigate', 'probe', 'examine', 'inquire', 'look']);

/** Participles that tell how an act ended something: "…, ending 16 years of civil war". */
const OUTCOME_ENDINGS = new Set(['ending', 'concluding']);

/** Verbs that summon an envoy. */
const SUMMONING_VERBS = new Set(['summon', 'call']);
/** Parts of speech after which a participle modifies the noun that follows it. */
const PRENOMINAL_BEFORE = new Set<number>([POS.VERB, POS.ADP, POS.DET, POS.PART]);
