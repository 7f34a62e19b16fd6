import { withLayers, type Doc, type Stage } from '../doc/index.js';
import type { Dictionary, VerbEntry } from '../dictionaries/index.js';
import { POSSESSIVE_DETERMINERS } from '../language/lexicon.js';
import { POS, TokenFlag, type Name, type NounPhrase, type TimeExpression, type VerbGroup } from '../language/types.js';
import { buildActorIndex, countryOf, eventActor, international, splitCode, type ActorIndex, type ResolvedActor } from './actors.js';
import { absolute, audience, crossesClause, crossesTime, helpPurpose, impersonalThat, JOINED_FORCES, lemmaIsKill, massOfCivilians, namesEachOther, opensBetween, opensClause, splitObjectEnd, thirdParty, untilAwaited, weaponPhrase } from './clauses.js';
import { lookupCode, quadOf } from './codebook.js';
import { chain, countriesNamed, countryHere, createCodingContext, hasVerb, nounLemma, onlyCountry, resolveAll, speechClauses, tokenAt, type CodingContext } from './context.js';
import { decreeDoer, infinitiveDoer } from './doer.js';
import { atHome, bordered, borderFaced, foreignScene, ofCountry, placeActor, placeInRelative, placeOfEvent } from './places.js';
import { verblessHeadline } from './headlines.js';
import { quoteSpeakers } from './quotes.js';
import { authorOf, conditionSubject, criticisedAuthor, firstActorAfter, giverOf, JOURNEY_VERBS, journeyPurpose, metWith, objectAfter, otherCountryAfter, ownerInObject, ownRelativeTarget, protestAim, recipient, relativeClauseTarget, sameOne, thatSubject } from './targets.js';
import { disasterReport, ownViewTopic, relationTopic, statementTopic } from './topics.js';
import {
  ADDRESSED_ROOTS, ARRIVAL_VERBS, COUNTRY_NOUNS, DISASTER_NOUNS, EXECUTION_VERBS, FIRST_PERSON, LEAVE_VERBS, LIKELIHOOD, REBEL_NOUNS, TALKS_RESUME, TEMPORAL_PREPOSITIONS, TOPIC_PREPOSITIONS, sportScore,
} from './vocabulary.js';
import { demandCode, demandVoicedBy, moodCode, moodOf, rebutted, subsumes, supposed, unrealised } from './mood.js';
import {
  againstState, armed, DENIAL_VERBS, OUTBREAK_VERBS, VENUE_NOUNS, TRANSFER_CODES, DOMESTIC_ROOTS, endWithOf, EXCHANGE_VERBS, hasTarget, irregular, LIGHT_VERBS, LOCATIVE_PREPOSITIONS, LOCATIVE_ROOTS,
  MEASURE_NOUNS, MUTUAL_ROOTS, namesNegation, NO_EVENT, SYMMETRIC_VERBS, TARGET_PREPOSITIONS, TARGETLESS_ROOTS, verbStems,
  VIOLENT_ROOTS,
} from './rules.js';
import type { Codebook, CodedEvent } from './types.js';
import { buildVerbIndex, verbCandidates, type VerbIndex } from './verbs.js';

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
}


/** What a verb entry gives for one verb group: the code, the rule, and the phrases for source and target. */
interface CodedVerb {
  readonly code: string;
  readonly reciprocal: string | null;
  readonly rule: string;
  readonly sourceNp: number | null;
  readonly targetNp: number | null;
  readonly matchEnd: number;
}


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
  return {
    name: 'events',
    reads: ['tokens', 'sentences', 'nounPhrases', 'verbGroups', 'attachments', 'names', 'links', 'times'],
    writes: ['events'],
    run(doc: Doc): Doc {
      return withLayers(doc, { events: codeDocument(doc, verbs, actors, { byFirst: discards, longest: longestDiscard }, codebook, options.futureIsIntent ?? true, options.requireTarget ?? false) });
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
): CodedEvent[] {
  const { layers } = doc;
  // What the searches for targets, topics and places read: built once for the document.
  const ctx = createCodingContext(doc, verbIndex, index);
  const { text, tokens, sentences, nounPhrases, resolver, matcher, verbAt, governorOf, namesOf, clausesOf, filedFrom } = ctx;
  const verbs = verbIndex.words;
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
  /** Events whose target was inferred as the source's own country, by index in `events`. */
  const inferredAtHome = new Set<number>();
  // Discards are checked only for sentences that have a verb to code, and only where a phrase's first word occurs.
  const discardCache = new Map<number, boolean>();
  const isDiscarded = (s: number): boolean => {
    let hit = discardCache.get(s);
    if (hit === undefined) {
      hit = false;
      const sent = sentences[s]!;
      for (let k = sent.tokenStart; k < sent.tokenEnd && !hit; k++) {
        const phrases = discards.byFirst.get(tokens.lower[k]!);
        if (!phrases) continue;
        // Only as much text as the longest phrase needs, plus the character after it.
        const rest = text.slice(tokens.start[k], Math.min(sent.end, tokens.start[k]! + discards.longest + 1)).toLowerCase();
        hit = phrases.some((p) => rest.startsWith(p) && !/[\p{L}\p{N}]/u.test(rest[p.length] ?? ' '));
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
  (layers.verbGroups ?? []).forEach((g, i) => {
    const next = layers.verbGroups![i + 1];
    if (!DENIAL_VERBS.has(tokens.lemma[g.head]!) || next === undefined || next.sentence !== g.sentence || next.tokenStart !== g.tokenEnd || !tokens.lower[next.head]!.endsWith('ing')) return;
    for (let k = i + 1; k < layers.verbGroups!.length && layers.verbGroups![k]!.sentence === g.sentence; k++) deniedVerbs.add(k);
  });
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
  for (const [v, speaker] of quoted) {
    reportedVerbs.add(v);
    speakerOf.set(v, speaker);
  }
  // Verbs whose infinitive was coded ("agreed" in "agreed to meet"): their own event is dropped.
  const governing = new Set<number>();
  const eventVerb: number[] = [];
  /** Speech verbs whose statement was coded as the speaker's promise (see `promisedAct`). */
  const promises = new Set<number>();
  /** The targets each coded verb group's events were done to. */
  const targetsOfVerb = new Map<number, ResolvedActor[]>();
  // Codable verbs left uncoded because they are negated, supposed or denied: "said it would not attend".
  const withheld = new Set<number>();
  for (let v = 0; v < (layers.verbGroups ?? []).length; v++) {
    const vg = layers.verbGroups![v]!;
    const reported = reportedVerbs.has(v);
    // "Russia said Sudan must return the helicopter": an obligation its speaker states is their demand.
    // So is the act a demand noun's "that" clause names, by whoever voices the demand.
    const voicer = demandVoicedBy(doc, v);
    const speaker = voicer >= 0 ? (layers.verbGroups![voicer]!.subject ?? undefined) : speakerOf.get(v);
    const obligation = ((reported && (vg.modal === 'must' || vg.modal === 'should')) || voicer >= 0) && speaker !== undefined && vg.subject !== null;
    // "Iraq said it would allow …": a reported "would" is an intent, not a mere possibility.
    const modalBlocks = vg.modal !== null && !(vg.modal === 'would' && reported) && !obligation;
    // A negated verb is no event, unless a pattern names the negation itself (PETRARCH's "&NEGATVAUXVRB * …").
    const candidatesOf = () => verbCandidates(verbIndex, tokens.lemma[vg.head]!, tokens.lower[vg.head]!);
    const negatedPatterns = vg.negated && candidatesOf().some((c) => c.entry.patterns.some(namesNegation));
    const codable = () => candidatesOf().length > 0 || LIGHT_VERBS.has(tokens.lemma[vg.head]!);
    // Any negated verb counts ("Indian troops did not cross the Line of Control, the army said"):
    // a statement that something did not happen is no event. (Not one of feeling the dictionaries
    // do not code, said of the future: "said the nation would never forget" is still a statement.)
    const withhold = (): void => {
      if ((vg.negated && (vg.modal === null || vg.modal === 'must')) || codable()) withheld.add(v);
    };
    // "will boycott the elections unless the president steps down": a hostile act promised on a
    // condition is a threat (13x); nothing else said on a condition is coded.
    // So is one a speaker says would follow: "warned that the group would target U.S. warships if …".
    const threatened = vg.conditional && ((vg.tense === 'future' && vg.modal === null) || (vg.modal === 'would' && reported)) && futureIsIntent;
    // "considering whether to send more troops": a choice still open is no act.
    // Nor is what must happen first: "would not allow Sweden to join until it cracked down on militants".
    const open = (tokens.lower[vg.tokenStart - 1] === 'to' && tokens.lower[vg.tokenStart - 2] === 'whether') || untilAwaited(ctx, v);
    // "have made no arrests": an object none of which was acted on negates the act.
    // (Not a view stated: "sees no reason to reopen the treaty" is a statement.)
    const viewOnly = (): boolean => {
      const candidates = candidatesOf();
      return candidates.length > 0 && candidates.every((c) => c.entry.code === '010' && c.entry.patterns.length === 0);
    };
    const noObject = vg.object !== null && tokens.lower[nounPhrases[vg.object]!.tokenStart] === 'no' && !viewOnly();
    if ((vg.negated && !negatedPatterns) || noObject || modalBlocks || (vg.conditional && !threatened) || deniedVerbs.has(v) || rebutted(doc, v) || open || question(vg.sentence)) {
      withhold();
      continue;
    }
    // "must ensure security to allow aid in": the purpose of an act that may not happen has not happened either.
    // So has a gerund right after such an act: "might have resumed attacking".
    const prior = v > 0 ? layers.verbGroups![v - 1]! : null;
    const dependent = (vg.tokenStart > 0 && tokens.lower[vg.tokenStart - 1] === 'to') || (prior !== null && prior.tokenEnd === vg.tokenStart && tokens.lower[vg.head]!.endsWith('ing'));
    if (prior && prior.sentence === vg.sentence && dependent && (prior.negated || prior.conditional || (prior.modal !== null && prior.modal !== 'would'))) {
      withhold();
      continue;
    }
    const governor = governorOf[v]!;
    if (governor >= 0) {
      const g = layers.verbGroups![governor]!;
      // "is unlikely to lift sanctions", "is expected to meet": an act only thought likely.
      const likely = tokens.lemma[g.head] === 'be' && LIKELIHOOD.has(tokens.lower[g.tokenEnd]!);
      if (g.negated || (g.modal !== null && !(g.modal === 'would' && reported)) || g.conditional || likely) {
        withhold();
        continue;
      }
    }
    const mood = moodOf(doc, v, governor, reported, futureIsIntent);
    // (An act only asked for, refused or named by a noun is no statement's negation: "said his
    // decision to end the war was right" is still a statement.)
    // "Rwanda's decision to sever ties", "became the first to recognise": an act its noun's owner took.
    const doer = infinitiveDoer(doc, v, matcher.npAt) ?? decreeDoer(doc, v, matcher.npAt);
    if (mood === 'directive' || mood === 'refused' || (unrealised(doc, v) && !obligation && doer === null)) {
      if (supposed(doc, v)) withhold();
      continue;
    }
    if (tokens.flags[vg.head]! & TokenFlag.InQuote && !quoted.has(v)) continue;
    // By lemma, and by the form as written: some dictionaries list inflected forms ("MET").
    const candidates = candidatesOf();
    let light = LIGHT_VERBS.has(tokens.lemma[vg.head]!);
    if ((candidates.length === 0 && !light && !obligation && !LEAVE_VERBS.has(tokens.lemma[vg.head]!) && !JOURNEY_VERBS.has(tokens.lemma[vg.head]!)) || isDiscarded(vg.sentence)) continue;
    const sent = sentences[vg.sentence]!;
    const date = eventDate(doc, dayTimes, vg);

    /** Resolves the actors of a coded verb and records its events; returns how many it added. */
    const emit = (rawCode: string, rule: string, codedSource: number | null, targetNp: number | null, matchEnd: number, reciprocal: string | null = null): number => {
      if (obligation) {
        // ("Sudan should stop arming Chadian rebels, Chad's foreign minister said": what one should do is asked for (02), what one must do, demanded.)
        const demanded = demandCode(rawCode);
        [rawCode, codedSource, targetNp, reciprocal] = [vg.modal === 'should' && voicer < 0 ? `02${demanded.slice(2)}` : demanded, speaker!, vg.subject, null];
      }
      // "Abe said North Korea's nuclear test was unacceptable": a speaker's judgement of a subject.
      // (Only of someone: not "climate change is the greatest threat to our people".)
      const judged = !obligation && speaker !== undefined && tokens.lemma[vg.head] === 'be' && /^(11|051)/.test(rawCode);
      if (judged) [codedSource, targetNp] = [speaker, vg.subject];
      // "sent police and troops to the Solomon Islands to help restore order": forces sent to help
      // are military protection (074; its intent 0334), not a show of force.
      if (rawCode.startsWith('15') && helpPurpose(ctx, vg)) rawCode = mood === 'intent' || mood === 'threat' ? '0334' : '074';
      // "Uganda will send 1,000 more troops to Somalia": forces one means to send into a country are
      // an intent, not a threat, unless they go to a border or are threatened ("threatened to send troops",
      // "would deploy missiles if Sweden joined NATO").
      // (Nor forces one agrees to send, even to a border: "Sheinbaum agrees to send 10,000 troops to U.S. border".)
      else if (rawCode === '154' && mood === 'intent' && !threatened && (!bordered(ctx, vg) || (governor >= 0 && AGREE_VERBS.has(tokens.lemma[layers.verbGroups![governor]!.head]!)))) rawCode = '0334';
      let code = moodCode(rawCode, mood);
      const lemma = tokens.lemma[vg.head]!;
      if (threatened && !code.startsWith('13')) {
        withheld.add(v);
        return 0;
      }
      // "warned that a third wave was likely": a warning of what no one does is a pessimistic comment (012).
      if (code === '130' && (lemma === 'warn' || lemma === 'caution') && impersonalThat(ctx, vg)) code = '012';
      // An infinitive takes its subject from the verb it depends on.
      // (A decision to use force may not have been carried out yet: "Israel's decision to attack Hamas".)
      if (doer?.decided && VIOLENT_ROOTS.has(code.slice(0, 2))) return 0;
      const sourceNp = doer?.np ?? codedSource ?? (governor >= 0 ? layers.verbGroups![governor]!.subject : null);
      // "Somalis hit by the famine": what nature does is no one's act.
      if (sourceNp !== null && DISASTER_NOUNS.has(nounLemma(ctx, nounPhrases[sourceNp]!.head))) return 0;
      let sources = resolveAll(ctx, chain(ctx, sourceNp), date);
      // "We", "I" in a quote are its speaker.
      if (quoted.has(v) && sourceNp !== null && FIRST_PERSON.has(tokens.lower[nounPhrases[sourceNp]!.head]!)) sources = resolveAll(ctx, chain(ctx, quoted.get(v)!), date);
      // "The Fijian rebels said they will release …": an unresolved pronoun in reported speech is its speaker.
      // So is "they" after conjoined speakers: "France and Germany said they would support Ukraine".
      const pronoun = sourceNp !== null && tokens.pos[nounPhrases[sourceNp]!.head] === POS.PRON;
      const plural = pronoun && speaker !== undefined && (tokens.lower[nounPhrases[sourceNp]!.head] === 'they' || tokens.lower[nounPhrases[sourceNp]!.head] === 'we') && nounPhrases[speaker]!.conjuncts.length > 0;
      // (In a direct quote only "we" and "I" are the speaker: "If they attack us" is someone else.)
      const speakerPronoun = pronoun && (!quoted.has(v) || FIRST_PERSON.has(tokens.lower[nounPhrases[sourceNp!]!.head]!));
      if ((sources.length === 0 && speakerPronoun && speaker !== undefined) || plural) {
        sources = resolveAll(ctx, chain(ctx, speaker!), date);
      }
      // "An Israeli military spokesman said troops had killed three gunmen": the state's agents a
      // state's speaker names are its own.
      // (Only a bare agent: "troops", "the police"; not "French political and military officials".)
      const bare = sourceNp !== null && nounPhrases[sourceNp]!.head - nounPhrases[sourceNp]!.tokenStart <= 1 && (nounPhrases[sourceNp]!.head === nounPhrases[sourceNp]!.tokenStart || tokens.pos[nounPhrases[sourceNp]!.tokenStart] === POS.DET);
      if (speaker !== undefined && bare && vg.voice === 'active' && sources.some((a) => /^---(MIL|COP|GOV|SPY)/.test(a.code))) {
        // (A state's own speaker, not a news agency's correspondent.)
        const by = resolveAll(ctx, chain(ctx, speaker), date).find((a) => stateActor(a.code, SPEAKING_SECTORS))?.code.slice(0, 3);
        if (by) sources = ofCountry(sources, by);
      }
      // "launched air strikes on a village, killing 100 people": a weapon someone used is theirs.
      if (sources.length === 0 && sourceNp !== null && weaponPhrase(ctx, sourceNp, vg)) {
        const user = layers.verbGroups!.find((g) => g.object === sourceNp && g.subject !== null);
        if (user) sources = resolveAll(ctx, chain(ctx, user.subject), date);
      }
      // "China's donation of vaccines arrived in Harare", "tanks from Poland arrived in Ukraine": goods
      // that arrive are their giver's.
      if (sources.length === 0 && sourceNp !== null && /^0[67]/.test(code) && ARRIVAL_VERBS.has(tokens.lemma[vg.head]!)) sources = giverOf(ctx, sourceNp, date);
      // "condemned the killing of two Palestinians by Israeli troops": criticism of an act is aimed
      // at its author.
      // So is a demand: "demanded the release of a tanker seized by Britain".
      if ((code.startsWith('10') || code.startsWith('11') || code.startsWith('12')) && targetNp !== null) targetNp = authorOf(ctx, targetNp) ?? targetNp;
      // "Rioters set fire to shops", "protesters torched government offices": people who wreck property riot (145).
      // So do those who loot: "Rioters looted and burned shops across the capital".
      if ((code === '1712' || (code === '171' && (lemma === 'loot' || lemma === 'ransack'))) && sources.length > 0 && sources.every((a) => /^(OPP|LAB|EDU)/.test(a.code.slice(3, 6)))) code = '145';
      // "Thousands of Albanians stormed police stations", "supporters of Bolsonaro stormed Congress": a
      // crowd that storms a place riots (145).
      if ((code === '190' || code === '1712') && lemma === 'storm' && sourceNp !== null) {
        const head = nounPhrases[sourceNp]!.head;
        if (CROWD_NOUNS.has(nounLemma(ctx, head)) || (namesOf.get(vg.sentence) ?? []).some((n) => n.type === 'group' && n.tokenStart <= head && head < n.tokenEnd && tokens.lower[head]!.endsWith('s'))) code = '145';
      }
      const root = code.slice(0, 2);
      // Cooperation between conjoined sides with no one else named is mutual. "French and Egyptian
      // warships launched war games": a show of force by several sides together is military
      // cooperation between them.
      // (Not forces of two sides massed at a border: "Thai and Cambodian troops mass near disputed border temple".)
      const sides = new Set(sources.map((a) => a.code.slice(0, 3))).size > 1;
      const joint = root === '15' && sides && !bordered(ctx, vg);
      // (They face each other, as sides that clash do.)
      const clash = sources.length > 1 && ((root === '19' && SYMMETRIC_VERBS.has(lemma)) || EXCHANGE_VERBS.has(lemma) || (root === '15' && sides && !joint));
      // A truce between conjoined sides is theirs together: "Israel and Hamas began a truce".
      const symmetric = clash || joint || (sources.length > 1 && (MUTUAL_ROOTS.has(root) || code === '0871'));
      const locative = LOCATIVE_ROOTS.has(root) && !symmetric;
      // "China and India blamed each other": a reciprocal object names the sides themselves.
      const reciprocal_ = sources.length > 1 && namesEachOther(ctx, vg);
      if (reciprocal_) targetNp = null;
      let targets = resolveAll(ctx, chain(ctx, targetNp), date);
      // "Greece blocks Macedonia's NATO entry": what is done to a state's own thing that a body's name
      // describes is done to the state, not the body.
      if ((root === '10' || root === '11' || root === '12') && targetNp !== null && targets.length > 0 && targets.every((t) => international(t.code))) {
        const owned = nounPhrases[targetNp]!;
        // (Or whom its "for" phrase names: "Greece blocks NATO invitation for Macedonia".)
        // (Only for a veto: a plan "for" a place is still the body's: "rejected a U.N. peace plan for Western Sahara".)
        const forWhom = code === '129' ? (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === targetNp && tokens.lower[a.prep] === 'for') : undefined;
        const owner = owned.possessor !== null && tokens.pos[owned.head] === POS.NOUN ? resolver.resolveOwner(owned.possessor, date) : forWhom ? resolver.resolve(forWhom.object, date) : null;
        if (owner && /^[A-Z]{3}$/.test(owner.code) && !sources.some((a) => countryOf(a.code) === owner.code)) targets = [owner];
      }
      if (judged && targets.length === 0 && (targetNp === null || authorOf(ctx, targetNp) === null)) return 0;
      // "opened an investigation into the financing of President Morales' campaign": a target phrase
      // that names no one is of whom its "of" phrases name.
      // (Only someone of a named country or body; not for a statement: "told a summit of the CSTO".)
      const ofWhom = targetNp !== null && targets.length === 0 && !code.startsWith('01') && !VENUE_NOUNS.has(tokens.lemma[nounPhrases[targetNp]!.head]!);
      for (let k = ofWhom ? nounPhrases[targetNp!]!.tokenEnd : -1; k >= 0 && tokens.lower[k] === 'of' && matcher.npAt[k + 1]! >= 0; ) {
        const of = matcher.npAt[k + 1]!;
        targets = resolveAll(ctx, chain(ctx, of), date).filter((t) => !t.code.startsWith('---'));
        if (targets.length > 0) break;
        k = nounPhrases[of]!.tokenEnd;
      }
      // "condemned the military takeover in Fiji": criticism of what happened in a country with no author named is aimed at it.
      if (targets.length === 0 && targetNp !== null && (root === '11' || root === '12')) {
        const happenedIn = placeOfEvent(ctx, targetNp, date);
        if (happenedIn) targets = [happenedIn];
      }
      // "pounded the Chechen capital Grozny": a place force is used on is the place, not its government.
      // So is a capital one visits: "arrived in Colombo" is Sri Lanka, not its government.
      if ((LOCATIVE_ROOTS.has(root) || code.startsWith('042')) && targetNp !== null && targets.length === 1 && resolver.isPlace(targetNp)) {
        const place = placeActor(ctx, targetNp, date);
        if (place) targets = [place];
      }
      // "extradited a Russian hacker to the United States", "handed back 20 bronzes to Nigeria":
      // what is handed over is no target; whom it goes to is.
      // (Not when the pattern's own target is whom it goes to: "shipped doses of vaccine to Guatemala".)
      // (From the object on: "hands Milosevic to U.N. war crimes tribunal" matched the tribunal's words.)
      const handedTo = targetNp !== null && tokens.lower[nounPhrases[targetNp]!.tokenStart - 1] === 'to';
      if (TRANSFER_CODES.test(code) && !handedTo) {
        // (After the last of a list: "extradited Osiel Cardenas and 14 other drug suspects to the United States".)
        const objectEnd = targetNp !== null && targetNp === vg.object ? Math.max(...chain(ctx, targetNp).map((np) => nounPhrases[np]!.tokenEnd)) : matchEnd;
        const to = recipient(ctx, v, Math.min(objectEnd, matchEnd), date);
        if (to.length > 0) targets = to;
        // "handed Ratko Mladic over to the U.N. war crimes tribunal": someone handed to a court is judicial cooperation (063).
        if (code.startsWith('084') && to.length > 0 && to.every((t) => COURT_CODES.test(t.code))) code = '063';
      }
      // A bare statement is addressed only to whom its verb or pattern names: "told reporters", not
      // "said exports to China would double".
      const statement = code === '010';
      // "A 7.5-magnitude earthquake struck the Southern Highlands, killing 30 people, officials said":
      // a report of what nature did is news of a disaster, not a statement to code.
      if (code.startsWith('01') && disasterReport(ctx, v)) return 0;
      // "told reporters", "told the BBC": the press a statement is made to is its audience, not its target.
      // So is one's own legislature: "told parliament that the war was over".
      const ownLegislature = (t: ResolvedActor): boolean => splitCode(t.code).sector === 'LEG' && (countryOf(t.code) === null || sources.some((a) => countryOf(a.code) === countryOf(t.code)));
      if (statement) targets = targets.filter((t) => t.code.slice(3, 6) !== 'MED' && !t.code.startsWith('---MED') && !ownLegislature(t));
      // "Turkey will keep its border open to Syrians, Erdogan said", "said it would present new reform
      // proposals to its creditors": what a speaker says it will do, where no pattern codes the act,
      // is an intent to cooperate (030) with whom the act names.
      const promised = statement && sources.length > 0 && targets.length === 0 ? promisedAct(v, sources, date) : -1;
      if (promised >= 0) {
        // (Dropped at the end, as a statement is, if the promised act is coded or withheld itself.)
        promises.add(v);
        code = '030';
        targets = otherCountryAfter(ctx, layers.verbGroups![promised]!, layers.verbGroups![promised]!.tokenEnd, sources, date).slice(0, 1);
      }
      // "said he shared Jamaica's alarm", "said he saw little hope of a settlement with Nepal": a
      // speaker's remark about their own view is about the other country it names.
      // (So is one who is hopeful or confident, 013: "said he was hopeful Ukraine's rivals could reach a compromise".)
      if (code.startsWith('01') && targets.length === 0) targets = ownViewTopic(ctx, v, sources, date);
      // "A peace treaty with Azerbaijan is within reach, Pashinyan told lawmakers": a statement about
      // one's relations with another is about them. (Not an audience of one's own: "told lawmakers".)
      if (code.startsWith('01') && targets.every((t) => sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
        const other = relationTopic(ctx, v, sources, date);
        if (other.length > 0) targets = other;
      }
      // "Vietnam is a good neighbour, Hun Sen said", "said the situation on the border with Yugoslavia
      // was calm": a statement that names no one it is addressed to is about whom its words name.
      if (code.startsWith('01') && targets.length === 0) targets = statementTopic(ctx, v, sources, date);
      // "rejects Seoul's offer of talks": a pattern read past an owner's possessive is done to the owner.
      // (Not one's own: "suspended Moscow's participation in the treaty". Rebels and their state are
      // two sides, though: "Taliban reject Karzai's offer of peace talks".)
      if (targets.length === 0 && !statement && vg.object !== null && tokens.lower[nounPhrases[vg.object]!.tokenEnd] === "'s" && nounPhrases[vg.object]!.tokenEnd < matchEnd) {
        const ownSide = (a: ResolvedActor, t: ResolvedActor): boolean => countryOf(a.code) === countryOf(t.code) && againstState(a) === againstState(t);
        targets = resolveAll(ctx, chain(ctx, vg.object), date).filter((t) => !sources.some((a) => ownSide(a, t)));
      }
      // "France's decision to resume nuclear tests was condemned by New Zealand": in the passive, what
      // was done to a thing of someone's was done to its owner.
      if (targets.length === 0 && !statement && vg.voice === 'passive' && vg.subject !== null && nounPhrases[vg.subject]!.possessor !== null && tokens.pos[nounPhrases[vg.subject]!.head] === POS.NOUN) {
        targets = resolveAll(ctx, chain(ctx, nounPhrases[vg.subject]!.possessor), date).filter((t) => !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
      }
      // No target in the pattern or as object: the first prepositional object after the match that names an actor.
      // So in the passive when what was done is a thing: "helicopters were delivered to Mali by Russia".
      if (targets.length === 0 && !statement) {
        for (const a of layers.attachments ?? []) {
          const obj = nounPhrases[a.object]!;
          if (obj.sentence !== vg.sentence || obj.tokenStart < matchEnd || !TARGET_PREPOSITIONS.has(tokens.lower[a.prep]!)) continue;
          // In the passive only a recipient: "delivered to Mali", not "blown up over Ukraine".
          if (vg.voice === 'passive' && !['to', 'on', 'against'].includes(tokens.lower[a.prep]!)) continue;
          // "Kyrgyz and Tajik guards exchanged fire along the frontier between the two states": a
          // "between" phrase after conjoined sides names them again.
          if (tokens.lower[a.prep] === 'between' && sources.length > 1) continue;
          if (clash && tokens.lower[a.prep] !== 'with' && tokens.lower[a.prep] !== 'against') continue;
          // "South Korea and Japan began sharing data on North Korean launches": what sides who
          // cooperate talk about is no one they cooperate with.
          if (symmetric && TOPIC_PREPOSITIONS.has(tokens.lower[a.prep]!)) continue;
          // ", with Washington scaling back its participation": an absolute clause names no target.
          if (tokens.lower[a.prep] === 'with' && tokens.lower[a.prep - 1] === ',' && absolute(ctx, a.object)) continue;
          // "Rabin and Arafat signed an agreement at the White House": where sides meet is a venue.
          if (symmetric && sources.length > 1 && tokens.lower[a.prep] === 'at') continue;
          // "pledged deeper ties at a Beijing summit": where it was said is no one it was done to.
          if ((tokens.lower[a.prep] === 'at' || tokens.lower[a.prep] === 'on') && VENUE_NOUNS.has(tokens.lemma[obj.head]!)) continue;
          // (Nor what such a venue is of: "on the sidelines of the SCO summit".)
          if (a.attachedTo.kind === 'noun' && tokens.lower[a.prep] === 'of' && VENUE_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!)) continue;
          // Only within the verb's own clause: no other verb between, nor a time phrase ("resigned after protests against …").
          if (crossesClause(tokens, matcher.npAt, matchEnd, a.prep) || crossesTime(ctx, matchEnd, a.prep) || opensBetween(ctx, matchEnd, a.prep)) break;
          if (audience(ctx, a.prep) || thirdParty(ctx, a.prep)) continue;
          const attachedHere = a.attachedTo.kind === 'verb' ? a.attachedTo.index === v : nounPhrases[a.attachedTo.index]!.tokenStart >= vg.tokenEnd;
          if (!attachedHere) continue;
          // "imposed a curfew on Dhaka": a capital where force is used is the place, not its government.
          targets = LOCATIVE_ROOTS.has(root) && resolver.isPlace(a.object) ? [placeActor(ctx, a.object, date)].filter((t) => t !== null) : resolveAll(ctx, chain(ctx, a.object), date);
          if (targets.length > 0) break;
        }
      }
      // Still none: the first actor named after the verb in its clause, as TABARI takes it ("promised
      // to continue military aid to Mozambique", "rejected a fresh offer from Afghanistan").
      // Conjoined sides that clash or trade ("Azerbaijani and Armenian forces clashed over
      // Nagorno-Karabakh") act on each other, not on the place or the issue: for them only a "with"
      // or "against" phrase names someone else.
      if (targets.length === 0 && vg.voice === 'active' && !statement && !clash) targets = firstActorAfter(ctx, v, matchEnd, date, locative, false, sources.length > 1);
      // "appointed judge Richard Goldstone to lead an investigation into Israel's offensive": the
      // inquiry looks into its topic, not into the one appointed to lead it.
      if (root === '09' && APPOINT_VERBS.has(lemma)) {
        const into = (layers.attachments ?? []).find((a) => a.prep >= matchEnd - 1 && nounPhrases[a.object]!.sentence === vg.sentence && (tokens.lower[a.prep] === 'into' || tokens.lower[a.prep] === 'of'));
        const topic = into ? nounPhrases[into.object]! : null;
        targets = topic ? resolveAll(ctx, chain(ctx, topic.possessor ?? into!.object), date).filter((t) => !sources.some((a) => a.code === t.code)) : [];
      }
      // "began investigating whether acts of genocide had been committed in Sudan's Darfur region": an
      // inquiry into no one named looks into the country where what it looks into happened.
      if (root === '09' && targets.every((t) => t.code.startsWith('---'))) {
        const places = (namesOf.get(vg.sentence) ?? []).filter((n) => n.type === 'place' && n.country !== null && /^[A-Z]{3}$/.test(n.country));
        // (An international body's inquiry may name the place before its verb: "began a fact-finding
        // visit to Nicaragua on Thursday to investigate the killing of protesters".)
        const outside = sources.length > 0 && sources.every((a) => international(a.code));
        const where = places.find((n) => n.tokenStart >= vg.tokenEnd) ?? (outside ? places.find((n) => !sources.some((a) => a.start <= n.start && n.end <= a.end)) : undefined);
        if (where) targets = [{ code: where.country!, start: where.start, end: where.end, place: true }];
      }
      // "lifted the sanctions it had imposed on Mali": a thing the doer's own relative clause says they
      // did to someone is done to them again.
      // (The search above may have stopped at its pronoun.)
      if (!statement && vg.voice === 'active' && targets.every((t) => sources.some((a) => a.code === t.code))) {
        const own = ownRelativeTarget(ctx, v, matchEnd, date);
        if (own.length > 0) targets = own;
      }
      // "denounced what he called a U.S.-backed coup attempt": criticism of an act is aimed at its
      // backer (in the next few phrases of the clause).
      if (targets.length === 0 && (root === '10' || root === '11' || root === '12')) {
        for (let k = matchEnd, seen = 0; k < sent.tokenEnd && seen < 3 && !opensClause(ctx, k) && tokens.lower[k] !== ';'; k++) {
          const np = matcher.npAt[k]!;
          if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
          seen++;
          const backer = resolver.backerIn(np, date);
          if (backer) {
            targets = [backer];
            break;
          }
        }
      }
      if (targets.length === 0 && root === '12' && vg.voice === 'active') targets = relativeClauseTarget(ctx, v, matchEnd, sources, date);
      // "refused to hand Osama bin Laden over to the United States": a handover refused is refused to its
      // recipient. (Not when whoever asked for it is named first: "turned down a request from Scholz to send …".)
      const refusedHandover = root === '12' ? layers.verbGroups![v + 1] : undefined;
      if (refusedHandover && refusedHandover.sentence === vg.sentence && tokens.lower[refusedHandover.tokenStart - 1] === 'to' && HANDOVER_VERBS.has(refusedHandover.lemma) && targets.every((t) => t.start >= refusedHandover.end)) {
        const to = recipient(ctx, v + 1, refusedHandover.tokenEnd, date).filter((t) => countryOf(t.code) !== null && !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
        if (to.length > 0) targets = to;
      }
      // "rallied in Beirut to demand the withdrawal of Syrian troops": a protest is aimed at whom its demand names.
      if (root === '14' && vg.voice === 'active') {
        // (Not the one they protest for: "supporters of Ben Bella … demanding that he be reinstated".)
        const aim = protestAim(ctx, v, date).filter((t) => !sources.some((a) => sameOne(ctx, a, t)));
        if (aim.length > 0) targets = aim;
        // "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest against who holds them.
        const held = targets.length === 0 && sourceNp !== null ? (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === sourceNp && tokens.lower[a.prep] === 'in' && DETENTION_NOUNS.has(tokens.lemma[nounPhrases[a.object]!.head]!)) : undefined;
        const jailer = held ? resolveAll(ctx, chain(ctx, held.object), date).filter((t) => countryOf(t.code) !== null && !sources.some((a) => countryOf(a.code) === countryOf(t.code))) : [];
        if (jailer.length > 0) targets = jailer.slice(0, 1);
      }
      // "called on all parties in Myanmar to refrain", "demanded a ceasefire across Syria": an appeal or
      // demand to no one named, about a country, is addressed to it.
      if (targets.length === 0 && ADDRESSED_ROOTS.has(root)) {
        const object = targetNp ?? vg.object;
        // ("appealed for an end to the bloodshed in southern Kyrgyzstan": a place after the match.)
        const place = object !== null ? placeOfEvent(ctx, object, date) : (firstActorAfter(ctx, v, matchEnd, date, true, true)[0] ?? null);
        if (place) targets = [place];
      }
      // "send troops to join a West African force … in Liberia": the force joined is no one protected;
      // the place after it is.
      if ((code === '074' || code === '0334') && targets.length === 1) {
        const joined = nounPhrases.findIndex((np) => np.start === targets[0]!.start && np.sentence === vg.sentence);
        if (joined >= 0 && JOINED_FORCES.has(tokens.lemma[nounPhrases[joined]!.head]!)) targets = firstActorAfter(ctx, v, nounPhrases[joined]!.tokenEnd, date, true, true).slice(0, 1);
      }
      // "put its troops along the Cambodian border on high alert": a show of force at a border is aimed across it.
      if (targets.length === 0 && root === '15') targets = borderFaced(ctx, vg, matchEnd, sources, date);
      // "airlifting biscuits to villages in eastern Madagascar": aid to people of a place is aid to its country.
      // (So is aid only promised: "Italy will lead a multinational force to protect aid deliveries in Albania".)
      if (targets.length === 0 && (root === '07' || rawCode.startsWith('07'))) targets = firstActorAfter(ctx, v, matchEnd, date, true, true).slice(0, 1);
      // "doctors arrived in Sierra Leone to help treat patients": help is for whom the going was to.
      // (Or whom the sending named, coded or not: "flew a team of nurses and vaccines to Samoa to help fight an epidemic".)
      // (The verb an infinitive of purpose follows counts too.)
      // (Only a sending told as done that coded nothing itself, which is the same act otherwise.)
      const sender = v > 0 ? layers.verbGroups![v - 1]! : null;
      const sending = sender !== null && sender.sentence === vg.sentence && tokens.lower[vg.tokenStart - 1] === 'to' && sender.tense === 'past' && sender.modal === null && !targetsOfVerb.has(v - 1) ? v - 1 : -1;
      if (targets.length === 0 && root === '07' && governor >= 0) targets = targetsOfVerb.get(governor) ?? [];
      if (targets.length === 0 && root === '07' && sending >= 0) targets = recipient(ctx, sending, sender!.tokenEnd, date).filter((t) => !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
      // "threatened to use force if Niger's junta did not reinstate Bazoum": a threat is made to
      // whoever must meet its condition.
      if (targets.length === 0 && root === '13') targets = conditionSubject(ctx, v, date);
      // "apologised for the suffering Japan's colonial rule caused": an apology for one's own country's acts is made to no one named.
      // "put its army on the highest level of readiness": one's own forces are no target of one's show of force.
      // (An apology made to one's own people keeps them: "apologised to Australia's Aboriginal people".)
      const madeTo = (t: ResolvedActor): boolean => code === '055' && /\bto\s*$/i.test(text.slice(Math.max(0, t.start - 4), t.start));
      if ((root === '15' || code === '055') && sources.length > 0) targets = targets.filter((t) => countryOf(t.code) === null || countryOf(t.code) !== countryOf(sources[0]!.code) || madeTo(t));
      // "China and Laos opened a railway linking the Chinese city of Kunming with …": places of the
      // sides' own countries are no one else they cooperate with.
      // (Nor is a place their name stands for: "linking the Lao capital with …".)
      if (symmetric && !clash && sources.length > 1 && targets.length > 0 && targets.every((t) => (t.place || /^[A-Z]{3}$/.test(t.code)) && sources.some((a) => countryOf(a.code) === countryOf(t.code)))) targets = [];
      // "India and China agreed to disengage troops", "to reopen their embassies": sides that cooperate
      // on something of no named country's act on each other.
      // (Their own things or forces: not "met students".)
      const theirs = (t: ResolvedActor): boolean => /^(their|its)\b/i.test(text.slice(t.start, t.end));
      const own = targets.every((t) => (t.code.startsWith('---') && (t.code.slice(3, 6) === 'MIL' || theirs(t))) || (theirs(t) && sources.some((a) => countryOf(a.code) === countryOf(t.code))));
      if (symmetric && !clash && targets.length > 0 && own) targets = [];
      // "Senior U.S. and Ukrainian officials held talks in Jeddah on a ceasefire in Ukraine's war with
      // Russia", "met in Geneva with mediators from France, Russia and the United States", "opened a new
      // round of U.S.-hosted talks": sides of two countries that meet meet each other; what they talk
      // about, and who hosts or mediates, are no side.
      // (Not whom they meet "with": "Egyptian and Qatari mediators held talks with a Hamas delegation".)
      // (Nor a place they go to: "flew to Banjul for talks".)
      // So do sides of two countries that sign, initial or open something together: "Greece and
      // Macedonia signed an accord to rename the former Yugoslav republic", "Ethiopia and Djibouti
      // opened a Chinese-built railway", "initialled a peace agreement at a U.S. air base".
      // (A thing a demonym describes is no one they sign or open something with: "a Chinese-built railway".)
      if ((root === '04' || root === '05' || root === '06') && !/^04[23]/.test(code) && symmetric && new Set(sources.map((a) => countryOf(a.code)).filter((c) => c !== null)).size > 1 && !targets.some((t) => metWith(ctx, t, vg) && (root === '04' || !describedThing(ctx, t)))) targets = [];
      const mutual = targets.length === 0 && (symmetric || reciprocal_);
      if (mutual && joint) code = '062';
      // "Malian troops and Tuareg separatist fighters clashed": a side of no named country that
      // fights a state's forces is of that state.
      // So do rebels or opposition who deal with a state: "Burundi's government and the last rebel group signed a ceasefire".
      if (mutual) sources = ofStateFaced(sources, VIOLENT_ROOTS.has(root));
      // "lifted a curfew in Montenegro", "struck camps in northern Iraq": an act done in a country
      // with no one else named is done to that country.
      if (targets.length === 0 && vg.voice === 'active' && locative) {
        for (const a of layers.attachments ?? []) {
          if (nounPhrases[a.object]!.sentence !== vg.sentence || a.prep < matchEnd || !LOCATIVE_PREPOSITIONS.has(tokens.lower[a.prep]!)) continue;
          if (crossesClause(tokens, matcher.npAt, matchEnd, a.prep)) break;
          const place = placeActor(ctx, a.object, date);
          if (place) {
            targets = [place];
            break;
          }
        }
      }
      // "detained hundreds of protesters in Minsk": people of no named country are of the place where it happened.
      if (targets.some((t) => t.code.startsWith('---'))) {
        // After a comma ("shelled the city of Kherson overnight, killing three civilians"), the place
        // the clause before named, when none follows.
        const [where] = [...firstActorAfter(ctx, v, vg.tokenEnd, date, true, true), ...(tokens.lower[vg.tokenStart - 1] === ',' ? placeBefore(vg) : [])];
        if (where) targets = ofCountry(targets, where.code);
        // "the soldiers who seized power in Niger": else the place their own relative clause names.
        else {
          targets = targets.map((t) => {
            const country = t.code.startsWith('---') ? placeInRelative(ctx, t, vg.sentence, date) : null;
            return country ? ofCountry([t], country)[0]! : t;
          });
        }
      }
      // "Supporters of the president blocked roads in Algiers": so are protesters, and so are the
      // state's agents who act in a place ("protesters were arrested by police in Istanbul").
      // So are irregulars who use violence in a place: "killed by Kurdish militants in southeast Turkey".
      // (Rebels, not unknown gunmen or bombers: "Gunmen killed nine Chinese nationals" stays unknown.)
      const rebelNoun = sourceNp !== null && REBEL_NOUNS.has(nounLemma(ctx, nounPhrases[sourceNp]!.head));
      const rebels = VIOLENT_ROOTS.has(root) && rebelNoun;
      // So are gangs: "Members of the 400 Mawozo gang kidnapped 17 American missionaries east of the
      // Haitian capital" (by the place named, not by whom they seized).
      const gang = VIOLENT_ROOTS.has(root) && sources.length > 0 && sources.every((a) => /^---CRM/.test(a.code));
      const stateAgents = sources.some((a) => /^---(GOV|COP|JUD|SPY|MIL)/.test(a.code) || (rebels && /^---(REB|INS|SEP|UAF)/.test(a.code))) && LOCATIVE_ROOTS.has(root);
      // (Also a blockade by civilians, which is coded as a protest: "protesters blockaded government buildings in Kiev".)
      // (And force by such people, which is coded as a riot: "Protesters storm Kyrgyz government headquarters".)
      const civilians = sources.length > 0 && sources.every((a) => CIVIL_SOCIETY.test(a.code.slice(3, 6)));
      const protest = root === '14' || (civilians && (code === '191' || root === '19'));
      // So is a militant group of no one country, in the country it fights in: "Islamic State militants
      // massacred 80 Yazidi men in northern Iraq" is IRQIMGMOSISI.
      const transnational = VIOLENT_ROOTS.has(root) && sources.length > 0 && sources.every((a) => a.code.startsWith('IMG'));
      if (((protest || stateAgents || gang) && sources.some((a) => a.code.startsWith('---'))) || transnational) {
        // (A place, not people a demonym places: "shot dead two French surveyors near Sidi Bel Abbes".)
        const np = targets.length === 1 ? matcher.npAt[tokenAt(ctx, targets[0]!.start)]! : -1;
        const placed = targets.length === 1 && (targets[0]!.place || (/^[A-Z]{3}$/.test(targets[0]!.code) && np >= 0 && resolver.isPlace(np)));
        const [where] = !gang && placed ? targets : firstActorAfter(ctx, v, vg.tokenEnd, date, true, true);
        const country = where ? countryOf(where.code) : null;
        if (country !== null && transnational) sources = sources.map((a) => ({ ...a, code: `${country}${a.code}` }));
        else if (country !== null) sources = ofCountry(sources, where!.code.slice(0, 3));
      }
      // "Turkish authorities detained thousands of soldiers": a state's coercion of, or concession to,
      // people of no named country is at home.
      // "Malian soldiers fought separatist rebels", "Boko Haram abducted schoolgirls": violence by
      // one side of a country against people of no named country is, when no place says otherwise,
      // in that country. (Not the other way: "gunmen killed nine Chinese nationals" stays unknown gunmen.)
      const home = sources.length > 0 ? countryOf(sources[0]!.code) : null;
      // So is a protest ("Georgians protested outside parliament" → GEOLEG).
      // So is an armed group's release of people of no named country: "Boko Haram freed 82 of the schoolgirls".
      if ((VIOLENT_ROOTS.has(root) || root === '14' || (root === '08' && irregular(sources[0] ?? null))) && home !== null && (root !== '14' || sources.every((a) => countryOf(a.code) === home))) {
        // (Unless the act was done in another country: "kidnapped 21 people from a Malaysian diving resort".)
        const scene = VIOLENT_ROOTS.has(root) && targets.length > 0 && targets.every((t) => t.code.startsWith('---')) ? foreignScene(ctx, vg.tokenEnd, sent.tokenEnd, home, date) : null;
        targets = atHome(ctx, targets, scene ? countryOf(scene.code)! : home);
        // So is a person the dictionaries do not know whom a national armed group uses force on:
        // "FARC rebels kidnapped presidential candidate Ingrid Betancourt".
        // (Or told in the passive: "Malala Yousafzai was shot by a Pakistani Taliban gunman".)
        const victim = vg.voice === 'active' ? vg.object : vg.subject;
        if (targets.length === 0 && VIOLENT_ROOTS.has(root) && victim !== null && resolver.isPerson(victim) && !international(sources[0]!.code)) {
          targets = [{ code: home, start: nounPhrases[victim]!.start, end: nounPhrases[victim]!.end, place: true, inferred: true }];
        }
      }
      // "carried out a cyber attack that knocked thousands of Georgian websites offline": force whose
      // act names no one is done to whom the clause on it says it struck.
      if (targets.length === 0 && (root === '17' || VIOLENT_ROOTS.has(root)) && (tokens.lower[matchEnd] === 'that' || tokens.lower[matchEnd] === 'which')) {
        const effect = verbAt[matchEnd + 1]!;
        if (effect >= 0 && layers.verbGroups![effect]!.tokenStart === matchEnd + 1) targets = firstActorAfter(ctx, effect, layers.verbGroups![effect]!.tokenEnd, date, false);
      }
      // (A ruling movement's code has its own three letters after GOV: "AFGGOVTAL".)
      // (Also when only promised: "pledged to return power to the people".)
      if ((DOMESTIC_ROOTS.has(root) || DOMESTIC_ROOTS.has(rawCode.slice(0, 2))) && sources.length === 1 && sources[0]!.code.length <= 9 && stateActor(sources[0]!.code, CIVIL_SECTORS)) {
        const home = sources[0]!.code.slice(0, 3);
        targets = atHome(ctx, targets, home);
        // So is its coercion of a person the dictionaries do not know ("police arrested opposition
        // hopeful Cristiana Chamorro"), or of no one named ("banned the Jehovah's Witnesses").
        if (targets.length === 0 && (root === '17' || root === '09') && vg.voice === 'active') {
          const object = targetNp ?? vg.object;
          const span = object !== null ? nounPhrases[object]! : { start: vg.start, end: vg.end };
          targets = [{ code: home, start: span.start, end: span.end, place: true, inferred: true }];
        }
      }
      // "A Minsk court convicted former candidate Andrei Sannikov": so is a court's verdict on someone the dictionaries do not know.
      if (targets.length === 0 && root === '11' && sources.length === 1 && /^[A-Z]{3}JUD/.test(sources[0]!.code) && vg.voice === 'active' && vg.object !== null) {
        targets = [{ code: sources[0]!.code.slice(0, 3), start: nounPhrases[vg.object]!.start, end: nounPhrases[vg.object]!.end, place: true, inferred: true }];
      }
      // "Thousands of South Korean doctors walked off the job": a protest with no one named is
      // aimed at the protesters' own state.
      // So is an opposition's rejection or criticism of no one named: "Togo's opposition rejected the results".
      const domesticDissent = (root === '11' || root === '12') && sources.length > 0 && sources.every((a) => /^(OPP|LAB|EDU)/.test(a.code.slice(3, 6)));
      if ((root === '14' || domesticDissent) && !requireTarget && targets.length === 0 && home !== null && !international(sources[0]!.code) && sources.every((a) => countryOf(a.code) === home)) {
        targets = [{ code: home, start: sources[0]!.start, end: sources[0]!.end, place: true, inferred: true }];
      }
      // "Guatemala's president accused the attorney general's office": a state body of no named
      // country is the source's own when the sentence names no other country.
      // So are rebels and opposition a state deals with: "Nepal's prime minister appealed to Maoist rebels".
      const stateSource = home !== null && stateActor(sources[0]!.code, STATE_SECTORS);
      // And so, to a state, are people of no named country it acts on: "pledged to return power to
      // the people", "pardoned 148 journalists and activists". (Not an audience or those an appeal
      // is for: "told a crowd", "appealed for aid for a million people".)
      const actsOn = stateSource && root !== '01' && root !== '02';
      if (home !== null && targets.some((t) => /^---(GOV|COP|JUD|MIL|LEG|SPY)/.test(t.code) || (actsOn && /^---[A-Z]{3}/.test(t.code)) || (stateSource && /^---(REB|INS|SEP|OPP)/.test(t.code))) && onlyCountry(ctx, vg.sentence, home)) {
        targets = atHome(ctx, targets, home);
      }
      // "Tsvangirai was beaten by police": the state's agents of no named country who act on a
      // country's people are that country's, when the sentence names no other.
      const targetHome = targets.length > 0 ? countryOf(targets[0]!.code) : null;
      // So are rebels who use force on them: "Rebel fighters captured Liberian President Samuel Doe".
      // (Rebels by name, not unknown gunmen or bombers.)
      const namedRebels = rebelNoun && (VIOLENT_ROOTS.has(root) || root === '17');
      const agentsOf = (a: ResolvedActor): boolean => /^---(GOV|COP|JUD|MIL|SPY)/.test(a.code) || (namedRebels && /^---(REB|INS|SEP|UAF)/.test(a.code));
      // In a story filed from a country, though, they are that country's, whoever else the sentence
      // names: "MANILA - The foreign ministry lodged a protest with Beijing", "ALGIERS - Suspected
      // Islamic militants shot dead two French surveyors".
      if (home === null && filedFrom !== null && sources.length > 0 && sources.every(agentsOf)) sources = ofCountry(sources, filedFrom, true);
      else if (home === null && targetHome !== null && !international(targets[0]!.code) && sources.length > 0 && sources.every(agentsOf) && onlyCountry(ctx, vg.sentence, targetHome)) sources = ofCountry(sources, targetHome, true);
      // "A car bomb killed eight people in Mogadishu": violence by a weapon with no one named behind
      // it is coded with no source, when it has a target.
      // So is a killing told in the passive with no doer at all: "was shot dead as he left a rally".
      // And an arrest so told: "Imran Khan was arrested in Islamabad".
      // So is one whose doer names no one we know: "was shot dead by a sniper".
      // (Not a bare participle that describes another verb's object: "to treat Iraqis wounded in the war".)
      const describes = vg.voice === 'passive' && vg.tokenEnd - vg.tokenStart === 1 && vg.subject !== null && nounPhrases[vg.subject]!.tokenEnd === vg.tokenStart && (tokens.pos[nounPhrases[vg.subject]!.tokenStart - 1] === POS.VERB || tokens.pos[nounPhrases[vg.subject]!.tokenStart - 1] === POS.ADP);
      const unattributed = sources.length === 0 && targets.length > 0 && (VIOLENT_ROOTS.has(root) || root === '17') && (weaponPhrase(ctx, sourceNp, vg) || (vg.voice === 'passive' && !describes));
      // A demand needs someone it is made of: not "Russia said the talks must continue".
      if ((sources.length === 0 && !unattributed) || (obligation && targets.length === 0)) return 0;
      // "Finance Minister Basil Mramba told parliament": a state's speaker of no named country is of
      // the one country the sentence names.
      if (statement && sources.length > 0 && sources.every((a) => /^---(GOV|MIL|COP|JUD|LEG|SPY|ELI)/.test(a.code))) {
        const named = countriesNamed(ctx, vg.sentence);
        if (named.size === 1) sources = ofCountry(sources, [...named][0]!, true);
      }
      // "expelled more than 300,000 Congolese migrants": an expulsion by the tens of thousands is mass expulsion (201).
      if (code === '174' && targetNp !== null && MASS.test(text.slice(nounPhrases[targetNp]!.start, nounPhrases[targetNp]!.end))) code = '201';
      // "ordered U.S. Ambassador Philip Goldberg to leave the country": a diplomat by title expelled is a cut in relations (161).
      if (code === '174' && targetNp !== null && DIPLOMAT_TITLES.test(text.slice(nounPhrases[targetNp]!.start, nounPhrases[targetNp]!.end))) code = '161';
      // "Chavez sends tanks and troops to Colombian border": arms sent to a border are forces massed there (154), no aid.
      if (code === '072' && bordered(ctx, vg)) code = '154';
      // "security forces raided the offices of human rights groups": a raid on premises is coercion (170), not a fight.
      if (code === '190' && lemma === 'raid' && vg.object !== null && PREMISES.has(tokens.lemma[nounPhrases[vg.object]!.head]!)) code = '170';
      // "Japanese rescuers arrive in quake-hit Sichuan": rescue or medical teams that go to a place bring aid (073).
      if (code.startsWith('042') && sources.length > 0 && sources.every((a) => a.code.slice(3, 6) === 'HLH')) code = '073';
      // "troops and police began arriving in the Solomon Islands on a mission to restore order": forces
      // that go to a place to help or keep the peace there bring it protection (074).
      // So do troops, police or peacekeepers who land or arrive, as news tells them: "U.S. Marines came
      // ashore in Mogadishu", "The first Australian soldiers and police flew into Honiara". (Not ships
      // that visit: "The U.S. aircraft carrier Carl Vinson arrived in Danang".)
      const forcesLand = code.startsWith('042') && sourceNp !== null && FORCE_PEOPLE.has(nounLemma(ctx, nounPhrases[sourceNp]!.head));
      // (A force a state leads is its own: "An Australian-led force of troops and police landed".)
      if (code.startsWith('042') && sources.length > 0 && sources.every((a) => /^(MIL|COP|PKO)/.test(a.code.slice(3, 6)) || /^IGO.*PKO/.test(a.code) || (forcesLand && /^[A-Z]{3}$/.test(a.code))) && (forcesLand || helpPurpose(ctx, vg))) code = '074';
      // "shot and seriously wounded President Ramos-Horta": shooting a person is an assault on them, not a fight (193).
      // (So in the passive: "Malala Yousafzai was shot by a Taliban gunman".)
      if (code === '193' && targets.some((t) => (namesOf.get(vg.sentence) ?? []).some((n) => n.type === 'person' && t.start <= n.start && n.end <= t.end))) code = '180';
      // "MONROVIA (Reuters) - Rebel fighters battled government troops": people of no named country in
      // a story filed from a country, in a sentence that names no other, are of that country.
      // So, with no dateline, are those of a sentence that names one country: "Rebels loyal to Charles
      // Taylor fought government troops for control of the port".
      // "KUMANOVO, Macedonia - Ethnic Albanian rebels handed over their weapons": an ethnic group named by
      // a demonym is of the country the story is filed from, not of the demonym's state.
      if (filedFrom !== null) sources = sources.map((a) => (tokens.lower[tokenAt(ctx, a.start)] === 'ethnic' && !international(a.code) && countryOf(a.code) !== filedFrom ? { ...a, code: `${filedFrom}${a.code.slice(3, 6)}` } : a));
      const here = countryHere(ctx, vg.sentence);
      if (here !== null) {
        // (Not attackers no one knows, "Gunmen shot dead …", "a group of unidentified gunmen".)
        // (Known, though, by whoever leads them: "Armed men led by failed businessman George Speight".)
        const unknown = (a: ResolvedActor): boolean => {
          let k = tokenAt(ctx, a.start);
          let named = false;
          for (; k < tokens.length && tokens.end[k]! <= a.end; k++) if (UNKNOWN_ASSAILANTS.has(tokens.lower[k]!)) named = true;
          return named && !(tokens.lower[k] === 'led' && tokens.lower[k + 1] === 'by');
        };
        if (sources.some((a) => a.code.startsWith('---')) && !sources.some(unknown)) sources = atHome(ctx, sources, here);
        // (Not whom a statement, an appeal or a promise is for: "appealed for aid for a million displaced people", "urges donors".)
        if (root !== '01' && root !== '02' && root !== '03') targets = atHome(ctx, targets, here);
      }
      // "threatened to turn Seoul into a sea of fire", "warned that his group would strike deeper inside
      // Israel": a threat that names no one it is made to is aimed at the other country its words name.
      // (Over one's own: "warned that his army would pursue Sudanese militiamen", "strikes on Chechen rebel bases inside Georgia".)
      // (Not over another of one's own it names: "Abbas warned that Hamas would attack Israeli troops".)
      if (root === '13' && sources.length > 0 && targets.every((t) => countryOf(t.code) === countryOf(sources[0]!.code))) {
        const other = otherCountryAfter(ctx, vg, vg.tokenEnd, sources, date);
        // (Or the threatener itself: "ECOWAS warned that it would use force to remove Gambian President Jammeh".)
        const ownPeople = targets.every((t) => t.inferred || sources.some((a) => a.code === t.code) || POSSESSIVE_DETERMINERS.has(tokens.lower[tokenAt(ctx, t.start)]!));
        if (other.length > 0 && (ownPeople || other[0]!.place)) targets = [other[0]!];
      }
      // "Taiwan put its armed forces on high alert as China began firing missiles", "sent police to its
      // northern border amid a dispute with Nicaragua": force shown at no one named is aimed at the
      // other country the sentence gives as its cause.
      // (Not sides that exercise together: "held exercises in Egypt, with Russia watching".)
      if (targets.length === 0 && root === '15' && !symmetric && sources.length > 0 && countryOf(sources[0]!.code) !== null) targets = otherCountryAfter(ctx, vg, vg.tokenEnd, sources, date).filter((t) => !t.place);
      // "said he was hopeful Ukraine's rivals could reach a compromise": hope or worry is about the other country it names.
      if (targets.length === 0 && (code === '012' || code === '013') && lemma === 'be' && sources.length > 0 && countryOf(sources[0]!.code) !== null) targets = otherCountryAfter(ctx, vg, vg.tokenEnd, sources, date);
      // "promised that the United States would stand by Colombia": a promise that names no one it is
      // made to is made to the other country its words name.
      // (Not where it is made, nor where sides agree to meet: "vowed in London", "agree to resume peace talks in Maryland".)
      // (Nor the promiser's own state: "pledged that Washington would stand by Colombia".)
      const promiser = sources.length === 1 ? countryOf(sources[0]!.code) : null;
      // (Its other side is someone, though: "UNITA said it was ready to resume talks with the government".)
      if (root === '03' && !mutual && promiser !== null && targets.every((t) => t.code === sources[0]!.code || t.code === promiser)) {
        const venue = (t: ResolvedActor): boolean => VENUE_PREPOSITIONS.has(tokens.lower[tokenAt(ctx, t.start) - 1] ?? '') || tokens.lower[tokenAt(ctx, t.start) - 1] === 'the';
        const other = otherCountryAfter(ctx, vg, vg.tokenEnd, sources, date).slice(0, 1).filter((t) => !t.place || !venue(t));
        if (other.length > 0) targets = other;
      }
      // "Ethiopia declared a state of emergency", "Hariri resigned", "Fujimori said he would call a new
      // election": an act that names no one it is done to is done at home, to the actor's own country.
      // (Not a statement, an appeal or an apology, which may be to anyone, nor a raised alert, which
      // is aimed at whoever the tension is with. An agreement signed among a country's own sides is
      // theirs: "Cambodia's four warring factions signed a peace treaty".)
      // (Nor one done to a name the dictionaries do not know: "met Christian", "attacked the North
      // Egyptian Province"; but what a state does to people it frees, holds or tries is done at home:
      // "Vietnam frees dissident blogger Dieu Cay".)
      const unknownName = (targetNp ?? vg.object) !== null && tokens.pos[nounPhrases[(targetNp ?? vg.object)!]!.head] === POS.PROPN && !CITIZEN_ROOTS.has(root);
      if (targets.length === 0 && !requireTarget && !HOMELESS_ROOTS.has(root) && code !== '055' && !mutual && !unknownName && sources.length > 0) {
        const own = countryOf(sources[0]!.code);
        if (own !== null && !international(sources[0]!.code) && sources.every((a) => countryOf(a.code) === own)) targets = [{ code: own, start: sources[0]!.start, end: sources[0]!.end, place: true, inferred: true }];
      }
      // "will send troops to a United Nations peacekeeping force in Cambodia": forces or aid sent to a
      // peacekeeping force in a country go to that country.
      if (targets.length === 1 && /^(IGOPKO|---PKO|IGOUNOPKO)/.test(targets[0]!.code) && (root === '03' || root === '07' || root === '15')) {
        const np = matcher.npAt[tokenAt(ctx, targets[0]!.start)]!;
        const inPlace = np >= 0 && tokens.lower[endWithOf(tokens, nounPhrases, np)] === 'in' ? matcher.npAt[endWithOf(tokens, nounPhrases, np) + 1]! : -1;
        const where = inPlace >= 0 ? placeActor(ctx, inPlace, date) : null;
        if (where && countryOf(where.code) !== null) targets = [where];
      }
      const pairs: [ResolvedActor | null, ResolvedActor | null][] = [];
      if (unattributed) for (const t of targets) pairs.push([null, t]);
      else if (targets.length > 0) for (const s of sources) for (const t of targets) pairs.push([s, t]);
      else if (mutual) {
        for (const s of sources) for (const t of sources) if (s !== t) pairs.push([s, t]);
      } else if (!requireTarget || TARGETLESS_ROOTS.has(root)) {
        // An event with no target needs a source of known country: "…, officials warned" says too little.
        for (const s of sources) if (!s.code.startsWith('---') || requireTarget) pairs.push([s, null]);
      }
      // "Tens of thousands of protesters defied a curfew": protesters who defy a ban demonstrate (141).
      if (code === '128' && sources.length > 0 && sources.every((a) => /^(OPP|CVL|EDU|LAB)/.test(a.code.slice(3, 6))) && /\b(protest|demonstrat|marcher)/i.test(text.slice(sentences[vg.sentence]!.start, vg.start))) code = '141';
      // "Opponents of the Senate protested": people, not a state, who protest take to the streets (141).
      if (code === '114' && lemma === 'protest' && sources.length > 0 && sources.every((a) => /^(OPP|AGR|LAB|CVL|EDU|REL|MED|HLH|HRI|REF)/.test(a.code.slice(3, 6)))) code = '141';
      // "killed hundreds of unarmed civilians": killing civilians in the hundreds is mass killing (202).
      if (/^(1823|18[0-6]|19[0-5]?)$/.test(code) && targetNp !== null && lemmaIsKill(ctx, vg) && massOfCivilians(ctx, targetNp)) code = '202';
      // "A suspected chemical weapons attack killed dozens": killing with chemical weapons is mass violence (2041).
      if (VIOLENT_ROOTS.has(root) && sourceNp !== null && /\b(chemical|nerve|sarin|chlorine|mustard)\b/i.test(text.slice(nounPhrases[sourceNp]!.start, nounPhrases[sourceNp]!.end))) code = '2041';
      // So is one whose weapons the act names: "fired mortar shells filled with mustard agent at …".
      else if (VIOLENT_ROOTS.has(root) && CHEMICAL_WEAPONS.test(text.slice(vg.end, Math.max(tokens.end[Math.max(matchEnd - 1, vg.head)]!, ...targets.map((t) => (t.start > vg.end ? t.start : 0)))))) code = '2041';
      // "fired ballistic missiles into waters off Taiwan in a show of force": force shown, not used (150).
      // (Or in apposition: "began firing missiles into waters off Taiwan, a show of force …".)
      else if (root === '19' && /(\b(in|as)|,) a show of force\b/i.test(text.slice(vg.end, sentences[vg.sentence]!.end))) code = '150';
      // So is fire into the sea or in war games: "China fired three missiles into the seas off Taiwan's ports in war games".
      // (Also when begun: "began firing unarmed missiles into waters off Taiwan".)
      else if (root === '19' && (lemma === 'fire' || lemma === 'launch' || FIRE_GERUND.test(text.slice(vg.start, vg.end + 12))) && SHOWN_FIRE.test(text.slice(vg.end, sentences[vg.sentence]!.end))) code = '150';
      // "A Taliban suicide bomber attacked a NATO convoy": a bomber's violence is a bombing (183x).
      if (VIOLENT_ROOTS.has(root) && sourceNp !== null && /bomber$/.test(tokens.lemma[nounPhrases[sourceNp]!.head]!)) {
        code = /suicide/i.test(text.slice(nounPhrases[sourceNp]!.start, nounPhrases[sourceNp]!.end)) ? '1831' : '183';
      }
      const before = events.length;
      for (const [source, target] of pairs) {
        push(source, target, code, rule, vg.sentence, date, { start: vg.start, end: vg.end }, EXECUTION_VERBS.has(lemma));
        // PETRARCH's reciprocal codes: "[032:033]" also codes the target's act towards the source.
        if (reciprocal && target && source) push(target, source, moodCode(reciprocal, mood), rule, vg.sentence, date, { start: vg.start, end: vg.end });
      }
      for (let k = before; k < events.length; k++) eventVerb[k] = v;
      if (events.length > before && targets.length > 0) targetsOfVerb.set(v, targets);
      // "agreed to meet" is one event (intent to meet); "opened fire to disperse" is two.
      if (events.length > before && governor >= 0 && subsumes(doc, governor)) governing.add(governor);
      return events.length - before;
    };

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
        else if (after + 1 < sent.tokenEnd && after === vg.head + 1 && tokens.pos[after] === POS.PRON && tokens.lower[after + 1] === w) after += 2;
        // So may a named object: "handed LRA commander Dominic Ongwen over to the ICC", "called the
        // talks off". (Patterns are then read from the object.)
        else if (after !== vg.head + 1 || rest.length !== 1 || !SPLIT_PARTICLES.has(w)) fits = false;
        else {
          const end = splitObjectEnd(ctx, vg);
          if (end === -1 || tokens.lower[end] !== w) fits = false;
        }
      }
      if (!fits) continue;
      const coded = codeVerb(ctx, entry, vg, after, sent.tokenEnd, vg.negated);
      if (!coded) continue;
      tried = true;
      if (coded.code !== NO_EVENT) added = emit(coded.code, coded.rule, coded.sourceNp, coded.targetNp, coded.matchEnd, coded.reciprocal);
      else light = false;
      break;
    }
    // A negated verb none of its negation patterns took is still no event: "said it will not accept refugees".
    // Nor is a denial none of its patterns took: "dismissed as baseless reports that it planned to expel …".
    if (added === 0 && (vg.negated || DENIAL_VERBS.has(tokens.lemma[vg.head]!))) withheld.add(v);
    // "The last Syrian troops left Lebanon": troops who leave a country withdraw from it (0874).
    if (added === 0 && !tried && LEAVE_VERBS.has(tokens.lemma[vg.head]!) && vg.voice === 'active' && !vg.negated && vg.subject !== null && vg.object !== null &&
      resolveAll(ctx, chain(ctx, vg.subject), date).some((a) => a.code.slice(3, 6) === 'MIL') && resolver.isPlace(vg.object)) {
      added = emit('0874', 'troops who leave a country withdraw from it', vg.subject, vg.object, nounPhrases[vg.object]!.tokenEnd);
    }
    // "Vajpayee rode a bus into Pakistan for talks with Nawaz Sharif": a journey for talks with
    // someone is a visit to them.
    // So is a stop or trip someone makes: "Modi makes surprise stop in Lahore for talks with Sharif".
    const journeyMade = tokens.lemma[vg.head] === 'make' && vg.object !== null && JOURNEY_NOUNS.has(tokens.lemma[nounPhrases[vg.object]!.head]!);
    if (added === 0 && (JOURNEY_VERBS.has(tokens.lemma[vg.head]!) || journeyMade) && vg.voice === 'active' && !vg.negated && vg.subject !== null) {
      const met = journeyPurpose(ctx, v);
      if (met >= 0) added = emit('042', 'a journey for talks with someone visits them', vg.subject, met, nounPhrases[met]!.tokenEnd);
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
    // "Russia said Sudan must return the helicopter": the demand stands even when the act demanded
    // is one the dictionaries do not code.
    // (Also when the verb's own patterns coded nothing of it: "'Faure Gnassingbe must go,' Fabre told supporters".)
    if (added === 0 && obligation && !vg.negated) added = emit('100', 'obligation under a speech verb', null, null, vg.tokenEnd);
    // A light verb carries its event in its object: "held talks with", "launched a mediation effort",
    // "gave Tanzania a grant". The noun's own verb gives the code.
    if (added === 0 && light && vg.voice === 'active' && !vg.negated) {
      const predicate = eventNoun(ctx, vg, sent.tokenEnd);
      if (predicate && (!tried || predicate.entry.code !== null)) {
        emit(predicate.entry.code!, predicate.entry.origin, vg.subject, predicate.recipient, predicate.end);
      }
    }
  }
  codeNominals();
  codeHeadlines();
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
  events.forEach((_, k) => eventVerb[k] !== undefined && note(eventVerb[k]!));
  // Only what someone is said not to do, or only might do, is withheld: "said the virus may never
  // go away" is still a statement.
  withheld.forEach((v) => {
    const subject = layers.verbGroups![v]!.subject;
    // (A place is no actor: "said rebuilding the province of Aceh would take five years" is a statement.)
    const actor = subject === null ? null : resolver.resolve(subject, doc.date);
    // (Nor are talks that only might happen: "said talks between Egypt and Sudan could resume".)
    const talks = subject !== null && MEETING_HEADS.has(tokens.lemma[nounPhrases[subject]!.head]!);
    if (subject === null || tokens.pos[nounPhrases[subject]!.head] === POS.PRON || (actor !== null && !actor.place) || talks) note(v);
  });
  const stated = (e: CodedEvent, k: number): boolean => (e.cameo !== '010' && !promises.has(eventVerb[k]!)) || [...(busy.get(e.sentence) ?? [])].every((v) => v === eventVerb[k]);
  // "sent 800 soldiers into Albania to protect aid convoys": the same act by the same side, once
  // with a target named and once only inferred at home, is the named one. So is help that an act
  // is for: "will send ventilators to Italy to help fight the outbreak".
  // (Only an infinitive of purpose: "attacked a convoy, killing Egyptian police" are two acts.)
  const repeated = (e: CodedEvent, k: number): boolean =>
    inferredAtHome.has(k) && (e.root === '07' || /\bto\s+$/.test(text.slice(Math.max(0, e.evidence.verb.start - 4), e.evidence.verb.start))) && events.some((o, j) => j !== k && !inferredAtHome.has(j) && o.sentence === e.sentence && (o.cameo === e.cameo || e.root === '07') && o.source?.code === e.source?.code && o.target !== null);
  return events.filter((e, k) => (eventVerb[k] === undefined || (!governing.has(eventVerb[k]!) && stated(e, k))) && !repeated(e, k));

  /**
   * Nominal events the text names outright: "the killing of two militants by Israeli troops",
   * "the arrest of X by Y". Both the "of" (target) and the "by" (source) phrase must be there;
   * the noun is the verb's own noun or its gerund, and the verb's default code applies.
   */
  /** Verbless headlines that report an act ("Seoul upbeat on ties with Pyongyang"); see `verblessHeadline`. */
  function codeHeadlines(): void {
    const coded = new Set(events.map((e) => e.sentence));
    for (let s = 0; s < sentences.length; s++) {
      // (Most sentences end with a stop, and no headline does: that test first.)
      if (tokens.pos[sentences[s]!.tokenEnd - 1] === POS.PUNCT || coded.has(s) || isDiscarded(s)) continue;
      const date = eventDate(doc, dayTimes, { sentence: s, start: sentences[s]!.start });
      const act = verblessHeadline(ctx, s, date);
      if (!act) continue;
      const cue = { start: tokens.start[act.cue]!, end: tokens.end[act.cue]! };
      const targets = resolveAll(ctx, chain(ctx, act.target), date);
      for (const source of resolveAll(ctx, chain(ctx, act.source), date)) for (const target of targets) push(source, target, act.code, act.rule, s, date, cue);
    }
  }

  function codeNominals(): void {
    const attachments = layers.attachments ?? [];
    const activeSubjects = new Set<number>();
    for (const g of layers.verbGroups ?? []) if (g.subject !== null && g.voice === 'active') activeSubjects.add(g.subject);
    for (const of of attachments) {
      if (of.attachedTo.kind !== 'noun' || tokens.lower[of.prep] !== 'of') continue;
      const noun = nounPhrases[of.attachedTo.index]!;
      if (tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
      // Right after the "of" phrase (a comma between at most): not the "by" of a participle ("a tanker seized by Britain").
      // (After the "of" phrase's own "of" phrases: "the release of hundreds of Palestinian prisoners by Israel".)
      const by = attachments.find((a) => tokens.lower[a.prep] === 'by' && a.prep > of.prep && nounPhrases[a.object]!.sentence === noun.sentence && a.prep - endWithOf(tokens, nounPhrases, of.object) <= 1 && verbAt[a.prep - 1]! < 0);
      // "Morales's expulsion of the U.S. ambassador marked …": a possessor is the doer of an act told
      // as the subject of the sentence's verb (not one only called for: "demanded Israel's withdrawal of").
      const owner = by ? null : noun.possessor !== null && activeSubjects.has(of.attachedTo.index) ? noun.possessor : null;
      // "The withdrawal of the last Syrian troops from Lebanon ended …", "The recall of Saudi
      // ambassadors from Doha marks …": told so, a state's agents in the "of" phrase are the doers,
      // and the act's pattern names whom it is done to.
      const doers = !by && owner === null && activeSubjects.has(of.attachedTo.index) && resolveAll(ctx, chain(ctx, of.object), doc.date).some((a) => countryOf(a.code) !== null && /^(MIL|GOV|COP)/.test(splitCode(a.code).sector ?? ''));
      if (!by && owner === null && !doers) continue;
      const head = tokens.lemma[noun.head]!;
      const candidates = verbStems(head).flatMap((stem) => verbs.get(stem) ?? []).filter((c) => c.rest.length === 0);
      const entry = candidates.find((c) => c.entry.code !== null)?.entry;
      if (candidates.length === 0 || isDiscarded(noun.sentence)) continue;
      // The verb's patterns read the "of" phrase as its object: "the expulsion of 20 Russian diplomats" → 161.
      // An owner's act may name its target after it, up to the sentence's verb: "Jordan's recall of
      // its ambassador from Israel", "Russia's airlift of emergency supplies to Serbia began".
      const object = nounPhrases[of.object]!;
      const governed = owner !== null || doers ? (layers.verbGroups ?? []).find((g) => g.subject === of.attachedTo.index) : undefined;
      const limit = governed !== undefined && governed.tokenStart > object.tokenEnd ? governed.tokenStart : object.tokenEnd;
      let pattern: VerbEntry['patterns'][number] | undefined;
      let named: number | null = null;
      for (const c of candidates) {
        for (const p of c.entry.patterns) {
          if (p.before.length > 0 || p.code === NO_EVENT || (hasTarget(p) && owner === null && !doers) || (doers && !hasTarget(p))) continue;
          const m = matcher.match(p.after, object.tokenStart, limit);
          if (m === null) continue;
          pattern = p;
          named = m.target;
          break;
        }
        if (pattern) break;
      }
      if ((!pattern && !entry) || (doers && !pattern)) continue;
      const code = pattern?.code ?? entry!.code!;
      const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
      const sources = resolveAll(ctx, chain(ctx, by ? by.object : doers ? of.object : owner), date);
      // (Not the owner's own people: "Jordan's recall of its ambassador from Israel".)
      let targets = resolveAll(ctx, chain(ctx, named ?? of.object), date).filter((t) => named !== null || owner === null || !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
      // ("Morocco's suspension of all contacts with the German embassy": the first actor after what it was of.)
      if (targets.length === 0 && owner !== null) {
        const next = attachments.find((a) => a.prep >= object.tokenEnd && a.prep < limit && TARGET_PREPOSITIONS.has(tokens.lower[a.prep]!) && nounPhrases[a.object]!.tokenEnd <= limit);
        if (next) targets = resolveAll(ctx, chain(ctx, next.object), date);
      }
      for (const source of sources) for (const target of targets) push(source, target, code, pattern?.origin ?? entry!.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
    }
    // "Petro's meeting with Maduro in Caracas focused on trade": an owner's act with no "of" phrase,
    // told as the subject of the sentence's verb, is done to whom its "with", "to", "against" or "on" phrase names.
    for (const a of attachments) {
      if (a.attachedTo.kind !== 'noun' || !OWNER_ACT_PREPOSITIONS.has(tokens.lower[a.prep]!)) continue;
      const np = a.attachedTo.index;
      const noun = nounPhrases[np]!;
      if (noun.possessor === null || !activeSubjects.has(np) || tokens.pos[noun.head] !== POS.NOUN || a.prep !== noun.tokenEnd || isDiscarded(noun.sentence)) continue;
      if (tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
      const entry = verbStems(tokens.lemma[noun.head]!).flatMap((stem) => verbs.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
      if (!entry) continue;
      const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
      const sources = resolveAll(ctx, chain(ctx, noun.possessor), date);
      const targets = resolveAll(ctx, chain(ctx, a.object), date);
      for (const source of sources) for (const target of targets) push(source, target, entry.code!, entry.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
    }
    // "Joint naval exercises by Chinese and Russian warships began in the Yellow Sea": exercises that
    // sides of two countries hold together are military cooperation between them (062).
    for (const by of attachments) {
      if (by.attachedTo.kind !== 'noun' || tokens.lower[by.prep] !== 'by' || !EXERCISE_NOUNS.has(nounLemma(ctx, nounPhrases[by.attachedTo.index]!.head))) continue;
      const noun = nounPhrases[by.attachedTo.index]!;
      const next = (layers.verbGroups ?? []).find((g) => g.sentence === noun.sentence && g.tokenStart > nounPhrases[by.object]!.tokenEnd);
      if (!next || next.negated || next.modal !== null || !(TALKS_RESUME.has(tokens.lemma[next.head]!) || tokens.lemma[next.head] === 'get') || isDiscarded(noun.sentence)) continue;
      const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
      const sides = resolveAll(ctx, chain(ctx, by.object), date);
      if (new Set(sides.map((a) => countryOf(a.code))).size < 2) continue;
      for (const a of sides) for (const b of sides) if (countryOf(a.code) !== countryOf(b.code)) push(a, b, '062', 'exercises held by sides of two countries', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
    }
    // "Hunger strike by Mongolian democracy activists enters second day", "Truckers' protest clogs
    // downtown Ottawa": a protest told as the subject of a verb is its protesters' act, aimed, with no
    // one else named, at their own state.
    for (const g of layers.verbGroups ?? []) {
      if (g.subject === null || g.voice !== 'active' || g.negated || g.modal !== null || g.conditional) continue;
      // (The subject found may be the "by" phrase's: "A general strike by Nigerian unions paralysed Lagos".)
      const by = nounPhrases[g.subject]!.tokenStart - 1;
      const before = tokens.lower[by] === 'by' ? matcher.npAt[by - 1]! : -1;
      const noun = nounPhrases[before >= 0 && nounPhrases[before]!.tokenEnd === by ? before : g.subject]!;
      const doers = noun !== nounPhrases[g.subject] ? g.subject : noun.possessor;
      const head = nounLemma(ctx, noun.head);
      let code = PROTEST_NOUNS.get(head);
      if (code === undefined || doers === null || isDiscarded(noun.sentence) || tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
      if (head === 'strike' && tokens.lower[noun.head - 1] === 'hunger') code = '142';
      const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
      // (Protesters of no named country are of the place the verb names: "Truckers' protest clogs downtown Ottawa".)
      const where = (namesOf.get(g.sentence) ?? []).find((n) => n.type === 'place' && n.tokenStart >= g.tokenEnd && n.country !== null && /^[A-Z]{3}$/.test(n.country))?.country;
      // (A possessor is read as itself, not as what it owns.)
      const owner = doers === noun.possessor ? resolver.resolveOwner(doers, date) : null;
      const sources = (owner ? [owner] : resolveAll(ctx, chain(ctx, doers), date)).map((a) => (a.code.startsWith('---') && where ? ofCountry([a], where)[0]! : a)).filter((a) => countryOf(a.code) !== null && !international(a.code));
      for (const a of sources) {
        const home: ResolvedActor = { code: countryOf(a.code)!, start: a.start, end: a.end, place: true, inferred: true };
        push(a, home, code, 'a protest told as a subject is its protesters\' act', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
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
      // ("The first round of talks between Japan and North Korea opened": a measure's "of" phrase is the noun.)
      const measured = MEASURE_NOUNS.has(tokens.lemma[nounPhrases[outbreak.subject]!.head]!) && tokens.lower[nounPhrases[outbreak.subject]!.tokenEnd] === 'of' ? matcher.npAt[nounPhrases[outbreak.subject]!.tokenEnd + 1]! : -1;
      const np = measured >= 0 ? measured : outbreak.subject;
      const noun = nounPhrases[np]!;
      // The "between" phrase may hang on the noun or on the verb ("erupted between …").
      // (Or anywhere between the noun and its verb: "Talks on Friday between Lula and Xi … focused on trade".)
      const between = attachments.find((a) => tokens.lower[a.prep] === 'between' && ((a.attachedTo.kind === 'noun' && a.attachedTo.index === np) || (a.attachedTo.kind === 'verb' && a.attachedTo.index === g) || (a.prep >= noun.tokenEnd && a.prep < outbreak.tokenStart && !hasVerb(ctx, noun.tokenEnd, a.prep))));
      if (isDiscarded(noun.sentence) || tokens.flags[noun.head]! & TokenFlag.InQuote) return;
      if (!between) {
        if (breaksOut) codeUnrest(outbreak, g);
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
      const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
      // "between Sudan's army and the RSF": the list starts at the phrase the possessor opens.
      const next = nounPhrases[between.object + 1];
      const first = next !== undefined && next.possessor === between.object ? between.object + 1 : between.object;
      // (Rebels or opposition of no named country who face a state are of that state.)
      const sides = ofStateFaced(resolveAll(ctx, chain(ctx, first), date), false);
      for (const a of sides) for (const b of sides) if (a !== b) push(a, b, coded.code, coded.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
    });
  }

  /**
   * "Rioting broke out in the Solomon Islands capital", "protests erupted in Tehran": unrest that
   * breaks out in a country with no one named is its people's, aimed at their state. (The caller has found the verb one of breaking out.)
   */
  function codeUnrest(outbreak: VerbGroup, g: number): void {
    const attachments = layers.attachments ?? [];
    const np = outbreak.subject!;
    const noun = nounPhrases[np]!;
    const unrest = UNREST_NOUNS.get(nounLemma(ctx, noun.head));
    if (unrest === undefined || noun.possessor !== null || noun.head !== noun.tokenStart) return;
    const where = attachments.find((a) => tokens.lower[a.prep] === 'in' && ((a.attachedTo.kind === 'noun' && a.attachedTo.index === np) || (a.attachedTo.kind === 'verb' && a.attachedTo.index === g)));
    const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
    const place = where ? placeActor(ctx, where.object, date) : null;
    const country = place ? countryOf(place.code) : null;
    if (place === null || country === null || international(place.code)) return;
    const people: ResolvedActor = { code: `${country}OPP`, start: noun.start, end: noun.end, inferred: true };
    const state: ResolvedActor = { code: country, start: place.start, end: place.end, place: true, inferred: true };
    push(people, state, unrest, 'unrest that breaks out in a country', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }

  /**
   * The verb group of what a speaker says they will do: the first verb of the speech verb's
   * reported clause, in the future or after "would", not negated or supposed, whose subject is the
   * speaker (a pronoun, or someone of their country). -1 when there is none.
   */
  function promisedAct(v: number, speakers: ResolvedActor[], date: string | null): number {
    const clause = speechClauses(ctx, v).find((c) => c.kind === 'reported' || c.kind === 'quote');
    if (!clause) return -1;
    let g = -1;
    for (let k = clause.tokenStart; k < clause.tokenEnd && g < 0; k++) if (ctx.verbAt[k]! >= 0 && ctx.verbAt[k] !== v) g = ctx.verbAt[k]!;
    if (g < 0) return -1;
    const group = layers.verbGroups![g]!;
    const lemma = tokens.lemma[group.head]!;
    if ((group.tense !== 'future' && group.modal !== 'would') || group.negated || group.conditional || group.voice !== 'active' || group.subject === null) return -1;
    if (lemma === 'be' || lemma === 'have') return -1;
    const subject = nounPhrases[group.subject]!;
    if (tokens.pos[subject.head] === POS.PRON) return FIRST_PERSON.has(tokens.lower[subject.head]!) || SPEAKER_PRONOUNS.has(tokens.lower[subject.head]!) ? g : -1;
    // (Someone, not something of theirs: "says Indonesian economy will recover" is a statement.)
    const doer = resolver.resolve(group.subject, date);
    const someone = doer !== null && (tokens.pos[subject.head] === POS.PROPN || splitCode(doer.code).sector !== null);
    return someone && !doer.place && countryOf(doer.code) !== null && countryOf(doer.code) === countryOf(speakers[0]!.code) ? g : -1;
  }

  /** The actor is one person, by name or by a leader's title ("President Melchior Ndadaye", "Burundi's first elected president"). */
  function personAt(actor: ResolvedActor): boolean {
    const np = ctx.matcher.npAt[tokenAt(ctx, actor.start)]!;
    return np >= 0 && (ctx.resolver.isPerson(np) || LEADER_TITLES.has(tokens.lower[nounPhrases[np]!.head]!));
  }

  /** The actor is a place by name, a city or a country, not people or a government: "capture Goma". */
  function placeAt(actor: ResolvedActor, after: number): boolean {
    if (!/^[A-Z]{3}$/.test(actor.code) || actor.inferred) return false;
    const first = tokenAt(ctx, actor.start);
    // (The verb's own object: not "seized power in Niger".)
    for (let k = tokenAt(ctx, after - 1) + 1; k < first; k++) if (tokens.pos[k] === POS.ADP) return false;
    const np = ctx.matcher.npAt[first]!;
    return actor.place === true || (np >= 0 && ctx.resolver.isPlace(np));
  }

  function push(source: ResolvedActor | null, target: ResolvedActor | null, act: string, rule: string, sentence: number, date: string | null, verb: { start: number; end: number }, execution = false): void {
    // Armed forces that kill use conventional military force (19), as CAMEO and PLOVER code them;
    // irregulars who attack the unarmed use unconventional violence (18): "gunmen attacked a police
    // station", "suicide bombers attacked churches".
    // So does a state named as such: "Russian aircraft killed 46 civilians", "Israel killed two militants".
    // (Not an execution: "Iran executed two men" is a killing, not military force.)
    // (Not those who fight their way in: "M23 rebels fought their way into the centre of Goma".)
    let code = act === '1823' && !execution && source && /^[A-Z]{3}(MIL)?$|^[A-Z]{3}MIL/.test(source.code) && !international(source.code) ? '190' : act === '190' && irregular(source) && target !== null && !armed(target) && !SYMMETRIC_VERBS.has(tokens.lemma[tokenAt(ctx, verb.start)]!) ? '180' : act;
    // "killed President Melchior Ndadaye": killing a political leader by name assassinates them (186).
    // (Not a commander: "troops killed FARC commander Mono Jojoy" is military force.)
    if (act === '1823' && !execution && target !== null && /^(GOV|ELI|LEG)/.test(splitCode(target.code).sector ?? '') && personAt(target)) code = '186';
    // "Somali pirates seized the Saudi supertanker", "rebels seized 500 peacekeepers": irregulars who
    // seize people or a ship abduct or hijack them (181); a state seizes (171).
    // "M23 rebels capture Goma", "the Taliban seized Kabul": armed men who take a place occupy it (192).
    else if ((act === '171' || act === '173') && target !== null && (armed(source) || irregular(source)) && placeAt(target, verb.end)) code = '192';
    else if (act === '171' && irregular(source) && target !== null) code = '181';
    // "Hezbollah guerrillas captured two Israeli soldiers": irregulars who capture people abduct them.
    else if (act === '173' && irregular(source) && target !== null && tokens.lemma[tokenAt(ctx, verb.start)] === 'capture') code = '181';
    // "police opened fire on demonstrators": force used on protesters is violent repression (175).
    if (code.startsWith('19') && code !== '191' && code !== '192' && repression(source, target)) code = '175';
    // "Polish farmers blocked border crossings": people who block a road or a crossing protest (144).
    if (code === '191' && source && CIVIL_SOCIETY.test(source.code.slice(3, 6))) code = '144';
    // "sent troops to occupy its offices": a state that occupies a building seizes it; it does not protest.
    else if (code === '144' && source && /^(GOV|MIL|COP)/.test(source.code.slice(3, 6))) code = '171';
    // "Protesters stormed his offices": protesters, students or workers who use force riot (145), unless they fight armed men.
    // (Plain force only: shelling or rocket fire is no riot.)
    else if (code === '190' && source && /^(OPP|LAB|EDU)/.test(source.code.slice(3, 6)) && (target === null || !armed(target))) code = '145';
    // "Opposition supporters clashed with police": people who fight their own state's police or troops riot (145).
    else if (code.startsWith('19') && source && target && /^(OPP|AGR|LAB|CVL|EDU)/.test(source.code.slice(3, 6)) && /^(COP|MIL)/.test(target.code.slice(3, 6)) && countryOf(source.code) === countryOf(target.code)) code = '145';
    // "X attacked X" is a misreading when both name the same one: a pronoun or name that points back
    // to the source. Iraqi Kurds protesting in Kirkuk is not, nor Peru's attorney general
    // investigating Peru's president (both PERGOV).
    // (A bare country on both sides is a misreading too: "China rejected the ruling on the South China Sea".)
    // (So are two of the same kind of no named country: "the minister denied reports that the government …".)
    if (target && source && source.code === target.code && !target.place && !target.inferred && (sameOne(ctx, source, target) || source.code.length === 3 || source.code.startsWith('---'))) {
      // An act that needs no target stands without it: "began a hunger strike in protest at the sentence he received".
      // So does a statement: "Thaksin says Thai economy on track".
      if (!TARGETLESS_ROOTS.has(code.slice(0, 2)) && !code.startsWith('01')) return;
      target = null;
    }
    const key = `${sentence}|${source?.code ?? ''}|${target?.code ?? ''}|${code}`;
    if (seen.has(key)) return;
    seen.add(key);
    const sent = sentences[sentence]!;
    const root = code.slice(0, 2);
    const info = lookupCode(codebook, code);
    if (target?.inferred && source && countryOf(source.code) === countryOf(target.code)) inferredAtHome.add(events.length);
    events.push({
      sentence,
      date,
      source: source ? eventActor(text, source) : null,
      target: target ? eventActor(text, target) : null,
      cameo: code,
      root,
      quad: info?.quad ?? quadOf(root),
      goldstein: info?.goldstein ?? null,
      plover: codebook.get(code)?.plover ?? info?.plover ?? null,
      evidence: {
        sentence: { start: sent.start, end: sent.end },
        source: source ? { start: source.start, end: source.end } : null,
        verb,
        target: target ? { start: target.start, end: target.end } : null,
      },
      rule,
    });
  }

  /** The country of the last place an earlier event of verb group vg's sentence was done to. */
  function placeBefore(vg: VerbGroup): ResolvedActor[] {
    for (let k = events.length - 1; k >= 0 && events[k]!.sentence === vg.sentence; k--) {
      const t = events[k]!.target;
      if (t && t.country && t.code === t.country && events[k]!.evidence.target) return [{ code: t.country, start: events[k]!.evidence.target!.start, end: events[k]!.evidence.target!.end, place: true }];
    }
    return [];
  }
}

/** The code, rule and argument phrases for one verb entry, or null when neither a pattern nor its code applies. */
function codeVerb(ctx: CodingContext, entry: VerbEntry, vg: VerbGroup, after: number, limit: number, negated = false): CodedVerb | null {
  const { tokens, sentences, nounPhrases, matcher } = ctx;
  const passive = vg.voice === 'passive';
  // "A curfew was imposed on Dhaka by the government": the passive's subject is the pattern's object.
  if (passive && !negated && vg.subject !== null) {
    for (const pattern of entry.patterns) {
      const object = pattern.before.length === 0 ? passiveMatch(ctx, pattern, vg, after, limit) : null;
      // "Police in Dhaka were placed on high alert": forces put on alert by no one named show their own force.
      const own = vg.agent === null && pattern.code.startsWith('15');
      // (A pattern that names no target is done to the subject itself: "Three Ukrainian navy vessels were seized by Russian border guards".)
      // (Not what is sent or given, which is no target: "peacekeepers sent by ECOWAS".)
      // (Only a subject that names someone: "Talks were broken off by Hamas" leaves the target to be found.)
      const target = object?.target ?? (object && !hasTarget(pattern) && pattern.code >= '10' && ctx.resolver.resolve(vg.subject, null) !== null ? vg.subject : null);
      if (object) return { code: pattern.code, reciprocal: pattern.reciprocal ?? null, rule: pattern.origin, sourceNp: own ? vg.subject : vg.agent, targetNp: own ? null : target, matchEnd: object.end };
    }
  }
  // A match that stepped over a noun ("fired tear gas at" for "at +") gives way to one that names it.
  let fallback: CodedVerb | null = null;
  for (const pattern of matcher.candidates(entry.patterns, after, limit)) {
    // Most patterns fail to match: look for a target element only when it matters.
    if (passive && hasTarget(pattern)) continue;
    if (negated && !namesNegation(pattern)) continue;
    // Words before the verb may be its auxiliaries too ("did n't" in "didn't clash").
    const b = pattern.before.length > 0 ? matcher.matchBefore(pattern.before, vg.head, sentences[vg.sentence]!.tokenStart) : null;
    if (pattern.before.length > 0 && !b) continue;
    const m = matcher.match(pattern.after, after, limit);
    if (!m) continue;
    // An actor element right before the verb is its subject, when the parse found one: "Israel's
    // decision to expand settlements drew criticism from the EU" (not "settlements").
    const last = pattern.before[pattern.before.length - 1];
    const beforeTarget = b && last?.kind === 'target' && vg.subject !== null ? vg.subject : b?.target;
    const coded = {
      code: pattern.code,
      reciprocal: pattern.reciprocal ?? null,
      rule: pattern.origin,
      // (In the passive too a pattern's "$" names the source: "was extradited from Thailand".)
      sourceNp: passive ? (m.source ?? vg.agent) : (m.source ?? b?.source ?? vg.subject),
      targetNp: passive ? vg.subject : (m.target ?? beforeTarget ?? (hasTarget(pattern) ? null : (objectAfter(ctx, vg, m.end, after) ?? ownerInObject(ctx, vg, m.end) ?? criticisedAuthor(ctx, pattern.code, m.end)))),
      matchEnd: m.end,
    };
    if (!m.stepped) return coded;
    fallback ??= coded;
  }
  if (fallback) return fallback;
  if (entry.code === null || negated) return null;
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

/** A pattern whose first words name the passive's subject ("curfew on +"), matched on from after the verb. */
function passiveMatch(ctx: CodingContext, pattern: VerbEntry['patterns'][number], vg: VerbGroup, after: number, limit: number): { target: number | null; end: number } | null {
  const { tokens, nounPhrases, matcher } = ctx;
  const [first, ...rest] = pattern.after;
  if (vg.subject === null || first?.kind !== 'words') return null;
  // ("40 tonnes of tents, food and medicine were flown to": the things a quantity is of.)
  const heads = chain(ctx, vg.subject).map((np) => nounPhrases[np]!.head);
  const of = tokens.lower[heads[0]! + 1] === 'of' ? matcher.npAt[heads[0]! + 2]! : -1;
  if (of >= 0) heads.push(...chain(ctx, of).map((np) => nounPhrases[np]!.head));
  if (!heads.some((head) => first.options.some((o) => o.length === 1 && (o[0] === tokens.lemma[head] || o[0] === tokens.lower[head])))) return null;
  const head = heads[0]!;
  // The rest may follow the verb, or the subject's head: "New sanctions on Russia were announced".
  // (Not the passive's own agent: in "The decision was condemned by New Zealand" the "by" phrase is
  // who condemned it, not whose decision it was; whose it was may be said before: "France's decision".)
  // (Past the agent too: "Food rations were airdropped by the World Food Programme to people in South Sudan".)
  const agentEnd = vg.agent !== null && tokens.lower[after] === 'by' && nounPhrases[vg.agent]!.tokenStart === after + 1 ? endWithOf(tokens, nounPhrases, vg.agent) : -1;
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
  const second = first.tokenEnd < limit ? nounPhrases.find((n) => n.tokenStart === first.tokenEnd) : undefined;
  // "launched air and artillery strikes": the event noun may be in a later conjunct.
  const conjuncts = first.conjuncts.map((c) => [nounPhrases[c]!, null] as [NounPhrase, null]);
  // "held a third day of talks", "a new round of negotiations": the event is in the "of" phrase.
  const measured = first.tokenEnd < limit && tokens.lower[first.tokenEnd] === 'of' && MEASURE_NOUNS.has(tokens.lemma[first.head]!) ? nounPhrases.find((n) => n.tokenStart === first.tokenEnd + 1) : undefined;
  for (const [np, recipient] of [[first, null], ...conjuncts, ...(second ? [[second, vg.object]] : []), ...(measured ? [[measured, null]] : [])] as [NounPhrase, number | null][]) {
    // The head first, then the nouns before it: "a mediation effort".
    for (let k = np.head; k >= np.tokenStart; k--) {
      if (tokens.pos[k] !== POS.NOUN) continue;
      for (const stem of verbStems(tokens.lemma[k]!)) {
        const entry = (verbIndex.words.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
        if (entry) return { entry, recipient, end: np.tokenEnd };
      }
    }
  }
  return null;
}

/** Ties of transport and trade that begin between two sides. */
const LINK_NOUNS = new Set(['flight', 'link', 'service', 'shipping', 'trade', 'route']);

/** Where people are held. */
const DETENTION_NOUNS = new Set(['jail', 'prison', 'detention', 'custody', 'camp']);

/** Titles of diplomats in a phrase. */
const DIPLOMAT_TITLES = /\b(ambassadors?|envoys?|diplomats?|consuls?|charg[eé]s? d'affaires)\b/i;

/** Verbs of agreeing to an act, which make no threat of it. */
const AGREE_VERBS = new Set(['agree', 'accept', 'consent']);

/** Journeys one makes: "made a stop in Lahore", "made a trip to Beijing". */
const JOURNEY_NOUNS = new Set(['stop', 'stopover', 'trip', 'journey', 'detour']);

/** Sectors of a state: its speakers, its civil arms (armed forces excepted), and all of them. */
const SPEAKING_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY']);
const CIVIL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'SPY', 'LEG']);
const STATE_SECTORS = new Set(['GOV', 'COP', 'JUD', 'MIL', 'LEG', 'SPY']);
/** Roots of what a state does to its own people: release, investigate, accuse or try, coerce. */
const CITIZEN_ROOTS = new Set(['08', '09', '11', '17']);
/** A verb of starting followed by firing: "began firing". */
const FIRE_GERUND = /\b(firing|launching)\b/i;
/** Where fire is shown rather than aimed: into the sea, in exercises. */
const SHOWN_FIRE = /\b(into|in) (the )?(waters?|seas?|ocean)\b|\bwar games\b|\b(military )?(exercises?|drills)\b/i;
/** Attackers whose noun says nothing of whom they fight for. */
const UNKNOWN_ASSAILANTS = new Set(['gunman', 'gunmen', 'bomber', 'bombers', 'assailant', 'assailants', 'attacker', 'attackers', 'assassin', 'assassins', 'kidnapper', 'kidnappers', 'hijacker', 'hijackers', 'sniper', 'snipers', 'men']);
/** Roots whose acts, with no one named, are not taken to be done at home: statements, appeals, apologies, force posture. */
/** Pronouns a reported clause may name its speaker by ("it would", "he would"). */
const SPEAKER_PRONOUNS = new Set(['it', 'he', 'she', 'they']);
/** Prepositions before where something happens, not whom it is done to. */
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from', 'during', 'outside', 'inside']);
/** Nouns for armed men and women (not their ships or vehicles). */
const FORCE_PEOPLE = new Set(['troop', 'troops', 'soldier', 'soldiers', 'marine', 'marines', 'peacekeeper', 'peacekeepers', 'paratrooper', 'paratroopers', 'police', 'policeman', 'policemen', 'officer', 'officers', 'commando', 'commandos', 'contingent', 'battalion', 'battalions', 'force', 'forces']);
/** Nouns for a crowd of people, with no sector of their own. */
const CROWD_NOUNS = new Set(['thousand', 'thousands', 'hundreds', 'hundred', 'supporter', 'supporters', 'crowd', 'crowds', 'mob', 'mobs', 'people', 'resident', 'residents', 'villager', 'villagers', 'youth', 'youths', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'rioter', 'rioters']);
/** Titles of one who leads a state, a government or a city. */
const LEADER_TITLES = new Set(['president', 'premier', 'minister', 'king', 'queen', 'leader', 'chancellor', 'governor', 'mayor', 'speaker', 'emir', 'sultan', 'senator']);
const HOMELESS_ROOTS = new Set(['01', '02', '15']);

/** A state's own actor: a bare country ("PER"), or a country whose first sector is one of `sectors` ("PERGOV", "AFGGOVTAL"). */
function stateActor(code: string, sectors: ReadonlySet<string>): boolean {
  if (international(code) || !/^[A-Z]{3}$|^[A-Z]{6}/.test(code)) return false;
  return code.length === 3 || sectors.has(code.slice(3, 6));
}

/**
 * Sides of no named country who face a state's side are of that state: any such side when they
 * fight (`anySide`), else only when every such side is rebels or opposition.
 */
function ofStateFaced(sides: ResolvedActor[], anySide: boolean): ResolvedActor[] {
  const state = sides.find((a) => countryOf(a.code) !== null && !international(a.code));
  if (!state || !(anySide || sides.every((a) => !a.code.startsWith('---') || /^---(REB|INS|SEP|OPP|UAF)/.test(a.code)))) return sides;
  return ofCountry(sides, countryOf(state.code)!);
}

/** Police, or soldiers, using force on protesters (police on any unarmed people): violent repression. */
function repression(source: ResolvedActor | null, target: ResolvedActor | null): boolean {
  if (source === null || target === null || international(source.code)) return false;
  const by = source.code.slice(3, 6);
  const on = target.code.slice(3, 6);
  return (by === 'COP' && /^(OPP|CVL|LAB|EDU|REF)$/.test(on)) || (by === 'MIL' && on === 'OPP');
}

/** Numbers of people that make an expulsion a mass one: tens of thousands and more. */
const MASS = /\b(tens of thousands|hundreds of thousands|millions|[1-9]\d{1,2},\d{3}|[1-9]\d{4,})\b/i;
/** Premises whose raid is coercion rather than a fight. */
const PREMISES = new Set(['office', 'offices', 'home', 'homes', 'house', 'houses', 'monastery', 'monasteries', 'mosque', 'mosques', 'church', 'churches', 'newspaper', 'newspapers', 'headquarters', 'premises', 'residence', 'compound']);
/** Weapons whose use is chemical warfare (2041). */
const CHEMICAL_WEAPONS = /\b(chemical (weapons?|agents?|munitions?|shells?|bombs?|rockets?)|mustard (gas|agent)|sarin|chlorine (gas|bombs?|barrels?)|nerve (gas|agents?)|poison gas|toxic gas)\b/i;
/** Sectors of civil society (as opposed to the state's): their protests and unrest are the people's. */
const CIVIL_SOCIETY = /^(OPP|AGR|LAB|CVL|EDU|REL|MED|BUS|HLH)/;
/** Courts and tribunals: a state's judiciary, the international criminal courts. */
const COURT_CODES = /^[A-Z]{3}JUD|^IGO(ICC|ICJ|UNOWCT|UNOICT)/;
/** Particles a named object may stand before: "handed Ongwen over", "called the talks off". */
const SPLIT_PARTICLES = new Set(['over', 'off', 'out', 'back', 'down', 'up', 'away']);
/** The prepositions that name whom an owner's act with no "of" phrase was done to: "Petro's meeting with Maduro". */
const OWNER_ACT_PREPOSITIONS = new Set(['with', 'to', 'against', 'on']);
/** Nouns for unrest that breaks out, with their codes: riots (145), protests (141). */
/** Protests by their nouns (a hunger strike is 142). */
const PROTEST_NOUNS = new Map([['protest', '141'], ['demonstration', '141'], ['rally', '141'], ['march', '141'], ['strike', '143'], ['walkout', '143'], ['boycott', '143'], ['blockade', '144']]);
const UNREST_NOUNS = new Map([['rioting', '145'], ['riot', '145'], ['unrest', '140'], ['protest', '141'], ['demonstration', '141']]);

/** The event's own day: a day-precise time expression in its sentence, else the publication date. */
function eventDate(doc: Doc, dayTimes: ReadonlyMap<number, TimeExpression[]>, vg: Pick<VerbGroup, 'sentence' | 'start'>): string | null {
  const times = dayTimes.get(vg.sentence);
  if (!times) return doc.date;
  // The nearest one to the verb.
  let best = times[0]!;
  for (const t of times) if (Math.abs(t.start - vg.start) < Math.abs(best.start - vg.start)) best = t;
  return best.from;
}

/**
 * The actor is only a thing a demonym describes: "a Chinese-built railway" (JPN by its modifier), not
 * people, a body or a state ("recognised a Palestinian state").
 */
function describedThing(ctx: CodingContext, t: ResolvedActor): boolean {
  const { tokens, nounPhrases, matcher, resolver } = ctx;
  const np = matcher.npAt[tokenAt(ctx, t.start)]!;
  if (np < 0 || !/^[A-Z]{3}$/.test(t.code)) return false;
  const phrase = nounPhrases[np]!;
  return tokens.pos[phrase.head] === POS.NOUN && !COUNTRY_NOUNS.has(tokens.lemma[phrase.head]!) && resolver.agentSector(phrase) === null;
}

/** Verbs of handing someone or something over: "refused to hand bin Laden over to the United States". */
const HANDOVER_VERBS = new Set(['hand', 'hand over', 'turn over', 'extradite', 'surrender', 'deliver', 'return', 'give', 'give up', 'send', 'transfer']);

/** Nouns for talks, which a speaker may say only might happen. */
const MEETING_HEADS = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'meeting', 'summit', 'dialogue']);

/** Verbs of breaking a law or a duty, which a court may rule someone did. */
const BREACH_VERBS = new Set(['breach', 'violate', 'break', 'infringe', 'flout', 'contravene']);

/** Military exercises, which sides of two countries hold together. */
const EXERCISE_NOUNS = new Set(['exercise', 'exercises', 'drill', 'drills', 'maneuver', 'maneuvers', 'manoeuvre', 'manoeuvres', 'games']);

/** Verbs of appointing someone, whose object leads what they are appointed to. */
const APPOINT_VERBS = new Set(['appoint', 'name', 'nominate', 'task']);
