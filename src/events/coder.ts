import { withLayers, type Doc, type Stage } from '../doc/index.js';
import type { Dictionary, VerbEntry } from '../dictionaries/index.js';
import { DAY_WORDS, PLACE_NOUNS, POSSESSIVE_DETERMINERS, RELATIVE_PRONOUNS } from '../language/lexicon.js';
import { POS, TokenFlag, type Clause, type Name, type NounPhrase, type TimeExpression, type TokenTable, type VerbGroup } from '../language/types.js';
import { ActorResolver, buildActorIndex, countryOf, eventActor, international, type ActorIndex, type ResolvedActor } from './actors.js';
import { lookupCode, quadOf } from './codebook.js';
import { infinitiveDoer } from './doer.js';
import { PatternMatcher } from './match.js';
import { quoteSpeakers } from './quotes.js';
import {
  ADDRESSED_ROOTS, ARRIVAL_VERBS, COMPASS_WORDS, COUNTRY_NOUNS, DISASTER_NOUNS, REPORTING_NOUNS, DEMAND_LEMMAS, EXECUTION_VERBS, FIRST_PERSON, HELP_VERBS, LEAVE_VERBS, LIKELIHOOD, NAMING_VERBS, REBEL_NOUNS, SELF_PRONOUNS, SPEECH_NOUNS, VIEW_VERBS, TALKS_RESUME, TEMPORAL_PREPOSITIONS, THIRD_PARTY_NOUNS, THIRD_PARTY_PARTICIPLES, TOPIC_PREPOSITIONS, sportScore,
} from './vocabulary.js';
import { DIRECTIVE_VERBS, demandCode, demandVoicedBy, governors, moodCode, moodOf, rebutted, subsumes, supposed, unrealised } from './mood.js';
import {
  armed, CLAUSE_PREPOSITIONS, DENIAL_VERBS, OUTBREAK_VERBS, VENUE_NOUNS, TRANSFER_CODES, DOMESTIC_ROOTS, endWithOf, EXCHANGE_VERBS, hasTarget, irregular, LIGHT_VERBS, LOCATIVE_PREPOSITIONS, LOCATIVE_ROOTS,
  MEASURE_NOUNS, MUTUAL_ROOTS, namesNegation, NO_EVENT, SYMMETRIC_VERBS, TARGET_PREPOSITIONS, TARGETLESS_ROOTS, verbStems,
  VIOLENT_ROOTS, WEAPON_NOUNS,
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
  const { text, layers } = doc;
  const tokens = layers.tokens!;
  const sentences = layers.sentences!;
  const nounPhrases = layers.nounPhrases!;
  // "MONROVIA, July 2 (Reuters) -", "DURRES, Albania, April 15 -": the country a story is filed from.
  const filedFrom = doc.dateline ? datelineCountry(doc.dateline.place, index.placeCountries) : null;
  const hereOf = new Map<number, string | null>();
  const namedOf = new Map<number, ReadonlySet<string>>();
  const verbs = verbIndex.words;
  const resolver = new ActorResolver(index, doc);
  const matcher = new PatternMatcher(doc);
  const verbAt = new Array<number>(tokens.length).fill(-1);
  (layers.verbGroups ?? []).forEach((g, i) => {
    for (let k = g.tokenStart; k < g.tokenEnd; k++) verbAt[k] = i;
  });
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
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
  // (A phrase with no conjuncts, the common case, skips the spread and sort.)
  const chain = (np: number | null): number[] => (np === null ? [] : nounPhrases[np]!.conjuncts.length === 0 ? [np] : [np, ...nounPhrases[np]!.conjuncts].sort((a, b) => a - b));
  // A loop, not `flatMap`: V8's generic flatMap cost more than the resolving itself.
  const resolveAll = (nps: number[], date: string | null): ResolvedActor[] => {
    const out: ResolvedActor[] = [];
    for (const np of nps) for (const actor of resolver.resolveMany(np, date)) out.push(actor);
    return out;
  };

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
  const governorOf = governors(doc);
  // Clauses and names by sentence, for the lookups a verb makes in its own sentence.
  const clausesOf = bySentence<Clause>(layers.clauses ?? []);
  const namesOf = bySentence<Name>(layers.names ?? []);
  const relativeStarts = new Set<number>();
  // Only one whose own verb follows ("fighting that has killed"): in "its demand that Israel release
  // the students" the clause says what is demanded of whom.
  for (const clause of layers.clauses ?? []) {
    const next = tokens.pos[clause.tokenStart + 1];
    if (clause.kind === 'relative' && (next === POS.VERB || next === POS.AUX)) relativeStarts.add(clause.tokenStart);
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
    const open = (tokens.lower[vg.tokenStart - 1] === 'to' && tokens.lower[vg.tokenStart - 2] === 'whether') || untilAwaited(v);
    // "have made no arrests": an object none of which was acted on negates the act.
    const noObject = vg.object !== null && tokens.lower[nounPhrases[vg.object]!.tokenStart] === 'no';
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
    const doer = infinitiveDoer(doc, v, matcher.npAt);
    if (mood === 'directive' || mood === 'refused' || (unrealised(doc, v) && !obligation && doer === null)) {
      if (supposed(doc, v)) withhold();
      continue;
    }
    if (tokens.flags[vg.head]! & TokenFlag.InQuote && !quoted.has(v)) continue;
    // By lemma, and by the form as written: some dictionaries list inflected forms ("MET").
    const candidates = candidatesOf();
    let light = LIGHT_VERBS.has(tokens.lemma[vg.head]!);
    if ((candidates.length === 0 && !light && !obligation && !LEAVE_VERBS.has(tokens.lemma[vg.head]!)) || isDiscarded(vg.sentence)) continue;
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
      if (rawCode.startsWith('15') && helpPurpose(vg)) rawCode = mood === 'intent' || mood === 'threat' ? '0334' : '074';
      // "Uganda will send 1,000 more troops to Somalia": forces one means to send into a country are
      // an intent, not a threat, unless they go to a border or are threatened ("threatened to send troops",
      // "would deploy missiles if Sweden joined NATO").
      else if (rawCode === '154' && mood === 'intent' && !threatened && !bordered(vg)) rawCode = '0334';
      let code = moodCode(rawCode, mood);
      const lemma = tokens.lemma[vg.head]!;
      if (threatened && !code.startsWith('13')) {
        withheld.add(v);
        return 0;
      }
      // "warned that a third wave was likely": a warning of what no one does is a pessimistic comment (012).
      if (code === '130' && (lemma === 'warn' || lemma === 'caution') && impersonalThat(vg)) code = '012';
      // An infinitive takes its subject from the verb it depends on.
      // (A decision to use force may not have been carried out yet: "Israel's decision to attack Hamas".)
      if (doer?.decided && VIOLENT_ROOTS.has(code.slice(0, 2))) return 0;
      const sourceNp = doer?.np ?? codedSource ?? (governor >= 0 ? layers.verbGroups![governor]!.subject : null);
      let sources = resolveAll(chain(sourceNp), date);
      // "We", "I" in a quote are its speaker.
      if (quoted.has(v) && sourceNp !== null && FIRST_PERSON.has(tokens.lower[nounPhrases[sourceNp]!.head]!)) sources = resolveAll(chain(quoted.get(v)!), date);
      // "The Fijian rebels said they will release …": an unresolved pronoun in reported speech is its speaker.
      // So is "they" after conjoined speakers: "France and Germany said they would support Ukraine".
      const pronoun = sourceNp !== null && tokens.pos[nounPhrases[sourceNp]!.head] === POS.PRON;
      const plural = pronoun && speaker !== undefined && (tokens.lower[nounPhrases[sourceNp]!.head] === 'they' || tokens.lower[nounPhrases[sourceNp]!.head] === 'we') && nounPhrases[speaker]!.conjuncts.length > 0;
      // (In a direct quote only "we" and "I" are the speaker: "If they attack us" is someone else.)
      const speakerPronoun = pronoun && (!quoted.has(v) || FIRST_PERSON.has(tokens.lower[nounPhrases[sourceNp!]!.head]!));
      if ((sources.length === 0 && speakerPronoun && speaker !== undefined) || plural) {
        sources = resolveAll(chain(speaker!), date);
      }
      // "An Israeli military spokesman said troops had killed three gunmen": the state's agents a
      // state's speaker names are its own.
      // (Only a bare agent: "troops", "the police"; not "French political and military officials".)
      const bare = sourceNp !== null && nounPhrases[sourceNp]!.head - nounPhrases[sourceNp]!.tokenStart <= 1 && (nounPhrases[sourceNp]!.head === nounPhrases[sourceNp]!.tokenStart || tokens.pos[nounPhrases[sourceNp]!.tokenStart] === POS.DET);
      if (speaker !== undefined && bare && vg.voice === 'active' && sources.some((a) => /^---(MIL|COP|GOV|SPY)/.test(a.code))) {
        // (A state's own speaker, not a news agency's correspondent.)
        const by = resolveAll(chain(speaker), date).find((a) => stateActor(a.code, SPEAKING_SECTORS))?.code.slice(0, 3);
        if (by) sources = ofCountry(sources, by);
      }
      // "launched air strikes on a village, killing 100 people": a weapon someone used is theirs.
      if (sources.length === 0 && sourceNp !== null && weaponPhrase(sourceNp, vg)) {
        const user = layers.verbGroups!.find((g) => g.object === sourceNp && g.subject !== null);
        if (user) sources = resolveAll(chain(user.subject), date);
      }
      // "China's donation of vaccines arrived in Harare", "tanks from Poland arrived in Ukraine": goods
      // that arrive are their giver's.
      if (sources.length === 0 && sourceNp !== null && /^0[67]/.test(code) && ARRIVAL_VERBS.has(tokens.lemma[vg.head]!)) sources = giverOf(sourceNp, date);
      // "condemned the killing of two Palestinians by Israeli troops": criticism of an act is aimed
      // at its author.
      // So is a demand: "demanded the release of a tanker seized by Britain".
      if ((code.startsWith('10') || code.startsWith('11') || code.startsWith('12')) && targetNp !== null) targetNp = authorOf(targetNp) ?? targetNp;
      // "Rioters set fire to shops", "protesters torched government offices": people who wreck property riot (145).
      if (code === '1712' && sources.length > 0 && sources.every((a) => /^(OPP|LAB|EDU)/.test(a.code.slice(3, 6)))) code = '145';
      const root = code.slice(0, 2);
      // Cooperation between conjoined sides with no one else named is mutual. "French and Egyptian
      // warships launched war games": a show of force by several sides together is military
      // cooperation between them.
      const joint = root === '15' && new Set(sources.map((a) => a.code.slice(0, 3))).size > 1;
      const clash = sources.length > 1 && ((root === '19' && SYMMETRIC_VERBS.has(lemma)) || EXCHANGE_VERBS.has(lemma));
      // A truce between conjoined sides is theirs together: "Israel and Hamas began a truce".
      const symmetric = clash || joint || (sources.length > 1 && (MUTUAL_ROOTS.has(root) || code === '0871'));
      const locative = LOCATIVE_ROOTS.has(root) && !symmetric;
      // "China and India blamed each other": a reciprocal object names the sides themselves.
      const reciprocal_ = sources.length > 1 && namesEachOther(vg);
      if (reciprocal_) targetNp = null;
      let targets = resolveAll(chain(targetNp), date);
      if (judged && targets.length === 0 && (targetNp === null || authorOf(targetNp) === null)) return 0;
      // "opened an investigation into the financing of President Morales' campaign": a target phrase
      // that names no one is of whom its "of" phrases name.
      // (Only someone of a named country or body; not for a statement: "told a summit of the CSTO".)
      const ofWhom = targetNp !== null && targets.length === 0 && !code.startsWith('01') && !VENUE_NOUNS.has(tokens.lemma[nounPhrases[targetNp]!.head]!);
      for (let k = ofWhom ? nounPhrases[targetNp!]!.tokenEnd : -1; k >= 0 && tokens.lower[k] === 'of' && matcher.npAt[k + 1]! >= 0; ) {
        const of = matcher.npAt[k + 1]!;
        targets = resolveAll(chain(of), date).filter((t) => !t.code.startsWith('---'));
        if (targets.length > 0) break;
        k = nounPhrases[of]!.tokenEnd;
      }
      // "condemned the military takeover in Fiji": criticism of what happened in a country with no author named is aimed at it.
      if (targets.length === 0 && targetNp !== null && (root === '11' || root === '12')) {
        const happenedIn = placeOfEvent(targetNp, date);
        if (happenedIn) targets = [happenedIn];
      }
      // "pounded the Chechen capital Grozny": a place force is used on is the place, not its government.
      // So is a capital one visits: "arrived in Colombo" is Sri Lanka, not its government.
      if ((LOCATIVE_ROOTS.has(root) || code.startsWith('042')) && targetNp !== null && targets.length === 1 && resolver.isPlace(targetNp)) {
        const place = placeActor(targetNp, date);
        if (place) targets = [place];
      }
      // "extradited a Russian hacker to the United States", "handed back 20 bronzes to Nigeria":
      // what is handed over is no target; whom it goes to is.
      if (TRANSFER_CODES.test(code)) {
        const to = recipient(v, matchEnd, date);
        if (to.length > 0) targets = to;
        // "handed Ratko Mladic over to the U.N. war crimes tribunal": someone handed to a court is judicial cooperation (063).
        if (code.startsWith('084') && to.length > 0 && to.every((t) => COURT_CODES.test(t.code))) code = '063';
      }
      // A bare statement is addressed only to whom its verb or pattern names: "told reporters", not
      // "said exports to China would double".
      const statement = code === '010';
      // "A 7.5-magnitude earthquake struck the Southern Highlands, killing 30 people, officials said":
      // a report of what nature did is news of a disaster, not a statement to code.
      if (code.startsWith('01') && disasterReport(v)) return 0;
      // "told reporters", "told the BBC": the press a statement is made to is its audience, not its target.
      if (statement) targets = targets.filter((t) => t.code.slice(3, 6) !== 'MED' && !t.code.startsWith('---MED'));
      // "said he shared Jamaica's alarm", "said he saw little hope of a settlement with Nepal": a
      // speaker's remark about their own view is about the other country it names.
      // (So is one who is hopeful or confident, 013: "said he was hopeful Ukraine's rivals could reach a compromise".)
      if (code.startsWith('01') && targets.length === 0) targets = ownViewTopic(v, sources, date);
      // "A peace treaty with Azerbaijan is within reach, Pashinyan told lawmakers": a statement about
      // one's relations with another is about them. (Not an audience of one's own: "told lawmakers".)
      if (code.startsWith('01') && targets.every((t) => sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
        const other = relationTopic(v, sources, date);
        if (other.length > 0) targets = other;
      }
      // "Vietnam is a good neighbour, Hun Sen said", "said the situation on the border with Yugoslavia
      // was calm": a statement that names no one it is addressed to is about whom its words name.
      if (code.startsWith('01') && targets.length === 0) targets = statementTopic(v, sources, date);
      // "rejects Seoul's offer of talks": a pattern read past an owner's possessive is done to the owner.
      // (Not one's own: "suspended Moscow's participation in the treaty".)
      if (targets.length === 0 && !statement && vg.object !== null && tokens.lower[nounPhrases[vg.object]!.tokenEnd] === "'s" && nounPhrases[vg.object]!.tokenEnd < matchEnd) {
        targets = resolveAll(chain(vg.object), date).filter((t) => !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
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
          if (tokens.lower[a.prep] === 'with' && tokens.lower[a.prep - 1] === ',' && absolute(a.object)) continue;
          // "Rabin and Arafat signed an agreement at the White House": where sides meet is a venue.
          if (symmetric && sources.length > 1 && tokens.lower[a.prep] === 'at') continue;
          // "pledged deeper ties at a Beijing summit": where it was said is no one it was done to.
          if ((tokens.lower[a.prep] === 'at' || tokens.lower[a.prep] === 'on') && VENUE_NOUNS.has(tokens.lemma[obj.head]!)) continue;
          // (Nor what such a venue is of: "on the sidelines of the SCO summit".)
          if (a.attachedTo.kind === 'noun' && tokens.lower[a.prep] === 'of' && VENUE_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!)) continue;
          // Only within the verb's own clause: no other verb between, nor a time phrase ("resigned after protests against …").
          if (crossesClause(tokens, matcher.npAt, matchEnd, a.prep) || crossesTime(matchEnd, a.prep) || opensBetween(matchEnd, a.prep)) break;
          if (audience(a.prep) || thirdParty(a.prep)) continue;
          const attachedHere = a.attachedTo.kind === 'verb' ? a.attachedTo.index === v : nounPhrases[a.attachedTo.index]!.tokenStart >= vg.tokenEnd;
          if (!attachedHere) continue;
          // "imposed a curfew on Dhaka": a capital where force is used is the place, not its government.
          targets = LOCATIVE_ROOTS.has(root) && resolver.isPlace(a.object) ? [placeActor(a.object, date)].filter((t) => t !== null) : resolveAll(chain(a.object), date);
          if (targets.length > 0) break;
        }
      }
      // Still none: the first actor named after the verb in its clause, as TABARI takes it ("promised
      // to continue military aid to Mozambique", "rejected a fresh offer from Afghanistan").
      // Conjoined sides that clash or trade ("Azerbaijani and Armenian forces clashed over
      // Nagorno-Karabakh") act on each other, not on the place or the issue: for them only a "with"
      // or "against" phrase names someone else.
      if (targets.length === 0 && vg.voice === 'active' && !statement && !clash) targets = firstActorAfter(v, matchEnd, date, locative, false, sources.length > 1);
      // "lifted the sanctions it had imposed on Mali": a thing the doer's own relative clause says they
      // did to someone is done to them again.
      // (The search above may have stopped at its pronoun.)
      if (!statement && vg.voice === 'active' && targets.every((t) => sources.some((a) => a.code === t.code))) {
        const own = ownRelativeTarget(v, matchEnd, date);
        if (own.length > 0) targets = own;
      }
      // "denounced what he called a U.S.-backed coup attempt": criticism of an act is aimed at its
      // backer (in the next few phrases of the clause).
      if (targets.length === 0 && (root === '10' || root === '11' || root === '12')) {
        for (let k = matchEnd, seen = 0; k < sent.tokenEnd && seen < 3 && !opensClause(k) && tokens.lower[k] !== ';'; k++) {
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
      // "rallied in Beirut to demand the withdrawal of Syrian troops": a protest is aimed at whom its demand names.
      if (root === '14' && vg.voice === 'active') {
        // (Not the one they protest for: "supporters of Ben Bella … demanding that he be reinstated".)
        const aim = protestAim(v, date).filter((t) => !sources.some((a) => sameOne(a, t)));
        if (aim.length > 0) targets = aim;
      }
      // "called on all parties in Myanmar to refrain", "demanded a ceasefire across Syria": an appeal or
      // demand to no one named, about a country, is addressed to it.
      if (targets.length === 0 && ADDRESSED_ROOTS.has(root)) {
        const object = targetNp ?? vg.object;
        // ("appealed for an end to the bloodshed in southern Kyrgyzstan": a place after the match.)
        const place = object !== null ? placeOfEvent(object, date) : (firstActorAfter(v, matchEnd, date, true, true)[0] ?? null);
        if (place) targets = [place];
      }
      // "send troops to join a West African force … in Liberia": the force joined is no one protected;
      // the place after it is.
      if ((code === '074' || code === '0334') && targets.length === 1) {
        const joined = nounPhrases.findIndex((np) => np.start === targets[0]!.start && np.sentence === vg.sentence);
        if (joined >= 0 && JOINED_FORCES.has(tokens.lemma[nounPhrases[joined]!.head]!)) targets = firstActorAfter(v, nounPhrases[joined]!.tokenEnd, date, true, true).slice(0, 1);
      }
      // "put its troops along the Cambodian border on high alert": a show of force at a border is aimed across it.
      if (targets.length === 0 && root === '15') targets = borderFaced(vg, matchEnd, sources, date);
      // "airlifting biscuits to villages in eastern Madagascar": aid to people of a place is aid to its country.
      if (targets.length === 0 && root === '07') targets = firstActorAfter(v, matchEnd, date, true, true).slice(0, 1);
      // "doctors arrived in Sierra Leone to help treat patients": help is for whom the going was to.
      if (targets.length === 0 && root === '07' && governor >= 0) targets = targetsOfVerb.get(governor) ?? [];
      // "threatened to use force if Niger's junta did not reinstate Bazoum": a threat is made to
      // whoever must meet its condition.
      if (targets.length === 0 && root === '13') targets = conditionSubject(v, date);
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
      if (root === '04' && !/^04[23]/.test(code) && symmetric && new Set(sources.map((a) => countryOf(a.code)).filter((c) => c !== null)).size > 1 && !targets.some((t) => metWith(t, vg))) targets = [];
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
          const place = placeActor(a.object, date);
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
        const [where] = [...firstActorAfter(v, vg.tokenEnd, date, true, true), ...(tokens.lower[vg.tokenStart - 1] === ',' ? placeBefore(vg) : [])];
        if (where) targets = ofCountry(targets, where.code);
        // "the soldiers who seized power in Niger": else the place their own relative clause names.
        else {
          targets = targets.map((t) => {
            const country = t.code.startsWith('---') ? placeInRelative(t, vg.sentence, date) : null;
            return country ? ofCountry([t], country)[0]! : t;
          });
        }
      }
      // "Supporters of the president blocked roads in Algiers": so are protesters, and so are the
      // state's agents who act in a place ("protesters were arrested by police in Istanbul").
      // So are irregulars who use violence in a place: "killed by Kurdish militants in southeast Turkey".
      // (Rebels, not unknown gunmen or bombers: "Gunmen killed nine Chinese nationals" stays unknown.)
      const rebelNoun = sourceNp !== null && REBEL_NOUNS.has(nounLemma(nounPhrases[sourceNp]!.head));
      const rebels = VIOLENT_ROOTS.has(root) && rebelNoun;
      // So are gangs: "Members of the 400 Mawozo gang kidnapped 17 American missionaries east of the
      // Haitian capital" (by the place named, not by whom they seized).
      const gang = VIOLENT_ROOTS.has(root) && sources.length > 0 && sources.every((a) => /^---CRM/.test(a.code));
      const stateAgents = sources.some((a) => /^---(GOV|COP|JUD|SPY|MIL)/.test(a.code) || (rebels && /^---(REB|INS|SEP|UAF)/.test(a.code))) && LOCATIVE_ROOTS.has(root);
      // (Also a blockade by civilians, which is coded as a protest: "protesters blockaded government buildings in Kiev".)
      // (And force by such people, which is coded as a riot: "Protesters storm Kyrgyz government headquarters".)
      const civilians = sources.length > 0 && sources.every((a) => CIVIL_SOCIETY.test(a.code.slice(3, 6)));
      const protest = root === '14' || (civilians && (code === '191' || root === '19'));
      if ((protest || stateAgents || gang) && sources.some((a) => a.code.startsWith('---'))) {
        const [where] = !gang && targets.length === 1 && (targets[0]!.place || /^[A-Z]{3}$/.test(targets[0]!.code)) ? targets : firstActorAfter(v, vg.tokenEnd, date, true, true);
        if (where && countryOf(where.code) !== null) sources = ofCountry(sources, where.code.slice(0, 3));
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
        targets = atHome(targets, home);
        // So is a person the dictionaries do not know whom a national armed group uses force on:
        // "FARC rebels kidnapped presidential candidate Ingrid Betancourt".
        if (targets.length === 0 && VIOLENT_ROOTS.has(root) && vg.voice === 'active' && vg.object !== null && resolver.isPerson(vg.object) && !international(sources[0]!.code)) {
          targets = [{ code: home, start: nounPhrases[vg.object]!.start, end: nounPhrases[vg.object]!.end, place: true, inferred: true }];
        }
      }
      // "carried out a cyber attack that knocked thousands of Georgian websites offline": force whose
      // act names no one is done to whom the clause on it says it struck.
      if (targets.length === 0 && (root === '17' || VIOLENT_ROOTS.has(root)) && (tokens.lower[matchEnd] === 'that' || tokens.lower[matchEnd] === 'which')) {
        const effect = verbAt[matchEnd + 1]!;
        if (effect >= 0 && layers.verbGroups![effect]!.tokenStart === matchEnd + 1) targets = firstActorAfter(effect, layers.verbGroups![effect]!.tokenEnd, date, false);
      }
      // (A ruling movement's code has its own three letters after GOV: "AFGGOVTAL".)
      // (Also when only promised: "pledged to return power to the people".)
      if ((DOMESTIC_ROOTS.has(root) || DOMESTIC_ROOTS.has(rawCode.slice(0, 2))) && sources.length === 1 && sources[0]!.code.length <= 9 && stateActor(sources[0]!.code, CIVIL_SECTORS)) {
        const home = sources[0]!.code.slice(0, 3);
        targets = atHome(targets, home);
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
      if (home !== null && targets.some((t) => /^---(GOV|COP|JUD|MIL|LEG|SPY)/.test(t.code) || (actsOn && /^---[A-Z]{3}/.test(t.code)) || (stateSource && /^---(REB|INS|SEP|OPP)/.test(t.code))) && onlyCountry(vg.sentence, home)) {
        targets = atHome(targets, home);
      }
      // "Tsvangirai was beaten by police": the state's agents of no named country who act on a
      // country's people are that country's, when the sentence names no other.
      const targetHome = targets.length > 0 ? countryOf(targets[0]!.code) : null;
      // So are rebels who use force on them: "Rebel fighters captured Liberian President Samuel Doe".
      // (Rebels by name, not unknown gunmen or bombers.)
      const namedRebels = rebelNoun && (VIOLENT_ROOTS.has(root) || root === '17');
      const agentsOf = (a: ResolvedActor): boolean => /^---(GOV|COP|JUD|MIL|SPY)/.test(a.code) || (namedRebels && /^---(REB|INS|SEP|UAF)/.test(a.code));
      if (home === null && targetHome !== null && !international(targets[0]!.code) && sources.length > 0 && sources.every(agentsOf) && onlyCountry(vg.sentence, targetHome)) sources = ofCountry(sources, targetHome, true);
      // "A car bomb killed eight people in Mogadishu": violence by a weapon with no one named behind
      // it is coded with no source, when it has a target.
      // So is a killing told in the passive with no doer at all: "was shot dead as he left a rally".
      // And an arrest so told: "Imran Khan was arrested in Islamabad".
      // So is one whose doer names no one we know: "was shot dead by a sniper".
      const unattributed = sources.length === 0 && targets.length > 0 && (VIOLENT_ROOTS.has(root) || root === '17') && (weaponPhrase(sourceNp, vg) || vg.voice === 'passive');
      // A demand needs someone it is made of: not "Russia said the talks must continue".
      if ((sources.length === 0 && !unattributed) || (obligation && targets.length === 0)) return 0;
      // "Finance Minister Basil Mramba told parliament": a state's speaker of no named country is of
      // the one country the sentence names.
      if (statement && sources.length > 0 && sources.every((a) => /^---(GOV|MIL|COP|JUD|LEG|SPY|ELI)/.test(a.code))) {
        const named = countriesNamed(vg.sentence);
        if (named.size === 1) sources = ofCountry(sources, [...named][0]!, true);
      }
      // "expelled more than 300,000 Congolese migrants": an expulsion by the tens of thousands is mass expulsion (201).
      if (code === '174' && targetNp !== null && MASS.test(text.slice(nounPhrases[targetNp]!.start, nounPhrases[targetNp]!.end))) code = '201';
      // "security forces raided the offices of human rights groups": a raid on premises is coercion (170), not a fight.
      if (code === '190' && lemma === 'raid' && vg.object !== null && PREMISES.has(tokens.lemma[nounPhrases[vg.object]!.head]!)) code = '170';
      // "Japanese rescuers arrive in quake-hit Sichuan": rescue or medical teams that go to a place bring aid (073).
      if (code.startsWith('042') && sources.length > 0 && sources.every((a) => a.code.slice(3, 6) === 'HLH')) code = '073';
      // "troops and police began arriving in the Solomon Islands on a mission to restore order": forces
      // that go to a place to help or keep the peace there bring it protection (074).
      if (code.startsWith('042') && sources.length > 0 && sources.every((a) => /^(MIL|COP)/.test(a.code.slice(3, 6))) && helpPurpose(vg)) code = '074';
      // "shot and seriously wounded President Ramos-Horta": shooting a person is an assault on them, not a fight (193).
      if (code === '193' && vg.voice === 'active' && targets.some((t) => (namesOf.get(vg.sentence) ?? []).some((n) => n.type === 'person' && t.start <= n.start && n.end <= t.end))) code = '180';
      // "MONROVIA (Reuters) - Rebel fighters battled government troops": people of no named country in
      // a story filed from a country, in a sentence that names no other, are of that country.
      // So, with no dateline, are those of a sentence that names one country: "Rebels loyal to Charles
      // Taylor fought government troops for control of the port".
      // "KUMANOVO, Macedonia - Ethnic Albanian rebels handed over their weapons": an ethnic group named by
      // a demonym is of the country the story is filed from, not of the demonym's state.
      if (filedFrom !== null) sources = sources.map((a) => (tokens.lower[tokenAt(a.start)] === 'ethnic' && !international(a.code) && countryOf(a.code) !== filedFrom ? { ...a, code: `${filedFrom}${a.code.slice(3, 6)}` } : a));
      const here = countryHere(vg.sentence);
      if (here !== null) {
        // (Not attackers no one knows, "Gunmen shot dead …", "a group of unidentified gunmen".)
        const unknown = (a: ResolvedActor): boolean => {
          for (let k = tokenAt(a.start); k < tokens.length && tokens.end[k]! <= a.end; k++) if (UNKNOWN_ASSAILANTS.has(tokens.lower[k]!)) return true;
          return false;
        };
        if (sources.some((a) => a.code.startsWith('---')) && !sources.some(unknown)) sources = atHome(sources, here);
        // (Not whom a statement, an appeal or a promise is for: "appealed for aid for a million displaced people", "urges donors".)
        if (root !== '01' && root !== '02' && root !== '03') targets = atHome(targets, here);
      }
      // "threatened to turn Seoul into a sea of fire", "warned that his group would strike deeper inside
      // Israel": a threat that names no one it is made to is aimed at the other country its words name.
      // (Over one's own: "warned that his army would pursue Sudanese militiamen", "strikes on Chechen rebel bases inside Georgia".)
      // (Not over another of one's own it names: "Abbas warned that Hamas would attack Israeli troops".)
      if (root === '13' && sources.length > 0 && targets.every((t) => countryOf(t.code) === countryOf(sources[0]!.code))) {
        const other = otherCountryAfter(vg, vg.tokenEnd, sources, date);
        // (Or the threatener itself: "ECOWAS warned that it would use force to remove Gambian President Jammeh".)
        const ownPeople = targets.every((t) => t.inferred || sources.some((a) => a.code === t.code) || POSSESSIVE_DETERMINERS.has(tokens.lower[tokenAt(t.start)]!));
        if (other.length > 0 && (ownPeople || other[0]!.place)) targets = [other[0]!];
      }
      // "Taiwan put its armed forces on high alert as China began firing missiles", "sent police to its
      // northern border amid a dispute with Nicaragua": force shown at no one named is aimed at the
      // other country the sentence gives as its cause.
      // (Not sides that exercise together: "held exercises in Egypt, with Russia watching".)
      if (targets.length === 0 && root === '15' && !symmetric && sources.length > 0 && countryOf(sources[0]!.code) !== null) targets = otherCountryAfter(vg, vg.tokenEnd, sources, date).filter((t) => !t.place);
      // "said he was hopeful Ukraine's rivals could reach a compromise": hope or worry is about the other country it names.
      if (targets.length === 0 && (code === '012' || code === '013') && lemma === 'be' && sources.length > 0 && countryOf(sources[0]!.code) !== null) targets = otherCountryAfter(vg, vg.tokenEnd, sources, date);
      // "Ethiopia declared a state of emergency", "Hariri resigned", "Fujimori said he would call a new
      // election": an act that names no one it is done to is done at home, to the actor's own country.
      // (Not a statement, an appeal or an apology, which may be to anyone, nor a raised alert, which
      // is aimed at whoever the tension is with.)
      // (Nor one done to a name the dictionaries do not know: "met Christian", "attacked the North
      // Egyptian Province"; but what a state does to people it frees, holds or tries is done at home:
      // "Vietnam frees dissident blogger Dieu Cay".)
      const unknownName = (targetNp ?? vg.object) !== null && tokens.pos[nounPhrases[(targetNp ?? vg.object)!]!.head] === POS.PROPN && !CITIZEN_ROOTS.has(root);
      if (targets.length === 0 && !requireTarget && !HOMELESS_ROOTS.has(root) && !mutual && !unknownName && sources.length > 0) {
        const own = countryOf(sources[0]!.code);
        if (own !== null && !international(sources[0]!.code) && sources.every((a) => countryOf(a.code) === own)) targets = [{ code: own, start: sources[0]!.start, end: sources[0]!.end, place: true, inferred: true }];
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
      if (/^(1823|18[0-6]|19[0-5]?)$/.test(code) && targetNp !== null && lemmaIsKill(vg) && massOfCivilians(targetNp)) code = '202';
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
          const end = splitObjectEnd(vg);
          if (end === -1 || tokens.lower[end] !== w) fits = false;
        }
      }
      if (!fits) continue;
      const coded = codeVerb(entry, vg, after, sent.tokenEnd, vg.negated);
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
      resolveAll(chain(vg.subject), date).some((a) => a.code.slice(3, 6) === 'MIL') && resolver.isPlace(vg.object)) {
      added = emit('0874', 'troops who leave a country withdraw from it', vg.subject, vg.object, nounPhrases[vg.object]!.tokenEnd);
    }
    // "Russia said Sudan must return the helicopter": the demand stands even when the act demanded
    // is one the dictionaries do not code.
    // (Also when the verb's own patterns coded nothing of it: "'Faure Gnassingbe must go,' Fabre told supporters".)
    if (added === 0 && obligation && !vg.negated) added = emit('100', 'obligation under a speech verb', null, null, vg.tokenEnd);
    // A light verb carries its event in its object: "held talks with", "launched a mediation effort",
    // "gave Tanzania a grant". The noun's own verb gives the code.
    if (added === 0 && light && vg.voice === 'active' && !vg.negated) {
      const predicate = eventNoun(vg, sent.tokenEnd);
      if (predicate && (!tried || predicate.entry.code !== null)) {
        emit(predicate.entry.code!, predicate.entry.origin, vg.subject, predicate.recipient, predicate.end);
      }
    }
  }
  codeNominals();
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
    if (subject === null || tokens.pos[nounPhrases[subject]!.head] === POS.PRON || (actor !== null && !actor.place)) note(v);
  });
  const stated = (e: CodedEvent, k: number): boolean => e.cameo !== '010' || [...(busy.get(e.sentence) ?? [])].every((v) => v === eventVerb[k]);
  return events.filter((e, k) => eventVerb[k] === undefined || (!governing.has(eventVerb[k]!) && stated(e, k)));

  /**
   * Nominal events the text names outright: "the killing of two militants by Israeli troops",
   * "the arrest of X by Y". Both the "of" (target) and the "by" (source) phrase must be there;
   * the noun is the verb's own noun or its gerund, and the verb's default code applies.
   */
  function codeNominals(): void {
    const attachments = layers.attachments ?? [];
    const activeSubjects = new Set<number>();
    for (const g of layers.verbGroups ?? []) if (g.subject !== null && g.voice === 'active') activeSubjects.add(g.subject);
    for (const of of attachments) {
      if (of.attachedTo.kind !== 'noun' || tokens.lower[of.prep] !== 'of') continue;
      const noun = nounPhrases[of.attachedTo.index]!;
      if (tokens.flags[noun.head]! & TokenFlag.InQuote) continue;
      // Right after the "of" phrase (a comma between at most): not the "by" of a participle ("a tanker seized by Britain").
      const by = attachments.find((a) => tokens.lower[a.prep] === 'by' && a.prep > of.prep && nounPhrases[a.object]!.sentence === noun.sentence && a.prep - nounPhrases[of.object]!.tokenEnd <= 1 && verbAt[a.prep - 1]! < 0);
      // "Morales's expulsion of the U.S. ambassador marked …": a possessor is the doer of an act told
      // as the subject of the sentence's verb (not one only called for: "demanded Israel's withdrawal of").
      const owner = by ? null : noun.possessor !== null && activeSubjects.has(of.attachedTo.index) ? noun.possessor : null;
      if (!by && owner === null) continue;
      const head = tokens.lemma[noun.head]!;
      const candidates = verbStems(head).flatMap((stem) => verbs.get(stem) ?? []).filter((c) => c.rest.length === 0);
      const entry = candidates.find((c) => c.entry.code !== null)?.entry;
      if (candidates.length === 0 || isDiscarded(noun.sentence)) continue;
      // The verb's patterns read the "of" phrase as its object: "the expulsion of 20 Russian diplomats" → 161.
      // An owner's act may name its target after it, up to the sentence's verb: "Jordan's recall of
      // its ambassador from Israel", "Russia's airlift of emergency supplies to Serbia began".
      const object = nounPhrases[of.object]!;
      const governed = owner !== null ? (layers.verbGroups ?? []).find((g) => g.subject === of.attachedTo.index) : undefined;
      const limit = governed !== undefined && governed.tokenStart > object.tokenEnd ? governed.tokenStart : object.tokenEnd;
      let pattern: VerbEntry['patterns'][number] | undefined;
      let named: number | null = null;
      for (const c of candidates) {
        for (const p of c.entry.patterns) {
          if (p.before.length > 0 || p.code === NO_EVENT || (hasTarget(p) && owner === null)) continue;
          const m = matcher.match(p.after, object.tokenStart, limit);
          if (m === null) continue;
          pattern = p;
          named = m.target;
          break;
        }
        if (pattern) break;
      }
      if (!pattern && !entry) continue;
      const code = pattern?.code ?? entry!.code!;
      const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
      const sources = resolveAll(chain(by ? by.object : owner), date);
      // (Not the owner's own people: "Jordan's recall of its ambassador from Israel".)
      let targets = resolveAll(chain(named ?? of.object), date).filter((t) => named !== null || owner === null || !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
      // ("Morocco's suspension of all contacts with the German embassy": the first actor after what it was of.)
      if (targets.length === 0 && owner !== null) {
        const next = attachments.find((a) => a.prep >= object.tokenEnd && a.prep < limit && TARGET_PREPOSITIONS.has(tokens.lower[a.prep]!) && nounPhrases[a.object]!.tokenEnd <= limit);
        if (next) targets = resolveAll(chain(next.object), date);
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
      const sources = resolveAll(chain(noun.possessor), date);
      const targets = resolveAll(chain(a.object), date);
      for (const source of sources) for (const target of targets) push(source, target, entry.code!, entry.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
    }
    // "Fighting erupted between Sudan's army and the RSF", "clashes broke out between police and
    // protesters": a fight that breaks out between two sides is theirs, each against the other.
    (layers.verbGroups ?? []).forEach((outbreak, g) => {
      const lemma = tokens.lemma[outbreak.head]!;
      const breaksOut = OUTBREAK_VERBS.has(lemma) || OUTBREAK_VERBS.has(outbreak.lemma);
      const resumes = TALKS_RESUME.has(lemma) || TALKS_RESUME.has(outbreak.lemma);
      if (outbreak.subject === null || !(breaksOut || resumes) || outbreak.negated || outbreak.modal !== null || outbreak.conditional) return;
      const np = outbreak.subject;
      const noun = nounPhrases[np]!;
      // The "between" phrase may hang on the noun or on the verb ("erupted between …").
      const between = attachments.find((a) => tokens.lower[a.prep] === 'between' && ((a.attachedTo.kind === 'noun' && a.attachedTo.index === np) || (a.attachedTo.kind === 'verb' && a.attachedTo.index === g)));
      if (isDiscarded(noun.sentence) || tokens.flags[noun.head]! & TokenFlag.InQuote) return;
      if (!between) {
        if (breaksOut) codeUnrest(outbreak, g);
        return;
      }
      const head = tokens.lemma[noun.head]!;
      const entry = verbStems(head).flatMap((stem) => verbs.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
      // So are talks that resume or begin between two sides: "Talks between Tajikistan's government and the opposition resumed".
      const talks = entry?.code?.startsWith('04') && resumes;
      if (!entry || !((VIOLENT_ROOTS.has(entry.code!.slice(0, 2)) && breaksOut) || talks)) return;
      const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
      // "between Sudan's army and the RSF": the list starts at the phrase the possessor opens.
      const next = nounPhrases[between.object + 1];
      const first = next !== undefined && next.possessor === between.object ? between.object + 1 : between.object;
      // (Rebels or opposition of no named country who face a state are of that state.)
      const sides = ofStateFaced(resolveAll(chain(first), date), false);
      for (const a of sides) for (const b of sides) if (a !== b) push(a, b, entry.code!, entry.origin, noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
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
    const unrest = UNREST_NOUNS.get(nounLemma(noun.head));
    if (unrest === undefined || noun.possessor !== null || noun.head !== noun.tokenStart) return;
    const where = attachments.find((a) => tokens.lower[a.prep] === 'in' && ((a.attachedTo.kind === 'noun' && a.attachedTo.index === np) || (a.attachedTo.kind === 'verb' && a.attachedTo.index === g)));
    const date = eventDate(doc, dayTimes, { sentence: noun.sentence, start: noun.start });
    const place = where ? placeActor(where.object, date) : null;
    const country = place ? countryOf(place.code) : null;
    if (place === null || country === null || international(place.code)) return;
    const people: ResolvedActor = { code: `${country}OPP`, start: noun.start, end: noun.end, inferred: true };
    const state: ResolvedActor = { code: country, start: place.start, end: place.end, place: true, inferred: true };
    push(people, state, unrest, 'unrest that breaks out in a country', noun.sentence, date, { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! });
  }

  function push(source: ResolvedActor | null, target: ResolvedActor | null, act: string, rule: string, sentence: number, date: string | null, verb: { start: number; end: number }, execution = false): void {
    // Armed forces that kill use conventional military force (19), as CAMEO and PLOVER code them;
    // irregulars who attack the unarmed use unconventional violence (18): "gunmen attacked a police
    // station", "suicide bombers attacked churches".
    // So does a state named as such: "Russian aircraft killed 46 civilians", "Israel killed two militants".
    // (Not an execution: "Iran executed two men" is a killing, not military force.)
    let code = act === '1823' && !execution && source && /^[A-Z]{3}(MIL)?$|^[A-Z]{3}MIL/.test(source.code) && !international(source.code) ? '190' : act === '190' && irregular(source) && target !== null && !armed(target) ? '180' : act;
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
    if (target && source && source.code === target.code && !target.place && !target.inferred && (sameOne(source, target) || source.code.length === 3 || source.code.startsWith('---'))) {
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

  /** The code, rule and argument phrases for one verb entry, or null when neither a pattern nor its code applies. */
  function codeVerb(entry: VerbEntry, vg: VerbGroup, after: number, limit: number, negated = false): CodedVerb | null {
    const passive = vg.voice === 'passive';
    // "A curfew was imposed on Dhaka by the government": the passive's subject is the pattern's object.
    if (passive && !negated && vg.subject !== null) {
      for (const pattern of entry.patterns) {
        const object = pattern.before.length === 0 ? passiveMatch(pattern, vg, after, limit) : null;
        // "Police in Dhaka were placed on high alert": forces put on alert by no one named show their own force.
        const own = vg.agent === null && pattern.code.startsWith('15');
        if (object) return { code: pattern.code, reciprocal: pattern.reciprocal ?? null, rule: pattern.origin, sourceNp: own ? vg.subject : vg.agent, targetNp: own ? null : object.target, matchEnd: object.end };
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
        targetNp: passive ? vg.subject : (m.target ?? beforeTarget ?? (hasTarget(pattern) ? null : (objectAfter(vg, m.end, after) ?? ownerInObject(vg, m.end) ?? criticisedAuthor(pattern.code, m.end)))),
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
      const end = Math.max(...chain(vg.object).map((np) => endWithOf(tokens, nounPhrases, np)));
      return { code: entry.code, reciprocal: entry.reciprocal ?? null, rule: entry.origin, sourceNp: vg.subject, targetNp: null, matchEnd: end };
    }
    return {
      code: entry.code,
      reciprocal: entry.reciprocal ?? null,
      rule: entry.origin,
      sourceNp: passive ? vg.agent : vg.subject,
      targetNp: passive ? vg.subject : (objectAfter(vg, after, after) ?? thatSubject(vg, after)),
      matchEnd: after,
    };
  }

  /** A pattern whose first words name the passive's subject ("curfew on +"), matched on from after the verb. */
  function passiveMatch(pattern: VerbEntry['patterns'][number], vg: VerbGroup, after: number, limit: number): { target: number | null; end: number } | null {
    const [first, ...rest] = pattern.after;
    if (vg.subject === null || first?.kind !== 'words') return null;
    // ("40 tonnes of tents, food and medicine were flown to": the things a quantity is of.)
    const heads = chain(vg.subject).map((np) => nounPhrases[np]!.head);
    const of = tokens.lower[heads[0]! + 1] === 'of' ? matcher.npAt[heads[0]! + 2]! : -1;
    if (of >= 0) heads.push(...chain(of).map((np) => nounPhrases[np]!.head));
    if (!heads.some((head) => first.options.some((o) => o.length === 1 && (o[0] === tokens.lemma[head] || o[0] === tokens.lower[head])))) return null;
    const head = heads[0]!;
    // The rest may follow the verb, or the subject's head: "New sanctions on Russia were announced".
    const m = matcher.match(rest, after, limit) ?? (rest.length > 0 ? matcher.match(rest, head + 1, vg.tokenStart) : null);
    return m ? { target: m.target, end: Math.max(m.end, after) } : null;
  }

  /**
   * The event noun after a light verb, as a verb entry with a code: the object's head ("talks",
   * "mediation", "visit"), or the second object when the first names the recipient ("gave
   * Tanzania a grant"). Nouns map to verbs as written, or by their verb stem (-ation → -ate, -ing).
   */
  function eventNoun(vg: VerbGroup, limit: number): { entry: VerbEntry; recipient: number | null; end: number } | null {
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
          const entry = (verbs.get(stem) ?? []).find((c) => c.rest.length === 0 && c.entry.code !== null)?.entry;
          if (entry) return { entry, recipient, end: np.tokenEnd };
        }
      }
    }
    return null;
  }

  /** The country of the "in" place phrase right after an event noun: "the military takeover in Fiji" → FJI. */
  function placeOfEvent(np: number, date: string | null): ResolvedActor | null {
    const end = nounPhrases[np]!.tokenEnd;
    if (!LOCATIVE_PREPOSITIONS.has(tokens.lower[end] ?? '')) return null;
    const place = matcher.npAt[end + 1]!;
    return place >= 0 && nounPhrases[place]!.tokenStart === end + 1 ? placeActor(place, date) : null;
  }

  /** The countries a sentence's names name, worked out once per sentence. */
  function countriesNamed(sentence: number): ReadonlySet<string> {
    let named = namedOf.get(sentence);
    if (named === undefined) {
      named = new Set((namesOf.get(sentence) ?? []).map((n) => n.country).filter((c) => c !== null));
      namedOf.set(sentence, named);
    }
    return named;
  }

  /** The one country a sentence is placed in: its story's dateline's, or the only one it names. */
  function countryHere(sentence: number): string | null {
    let here = hereOf.get(sentence);
    if (here === undefined) {
      const named = countriesNamed(sentence);
      here = filedFrom !== null ? (named.size === 0 || (named.size === 1 && named.has(filedFrom)) ? filedFrom : null) : named.size === 1 ? [...named][0]! : null;
      hereOf.set(sentence, here);
    }
    return here;
  }

  /**
   * A target the verb's sides meet: its object, or one "with" or "between" right after the verb or its talks: "held talks with a Hamas
   * delegation", "met with Jammeh"; not a mediator ("with mediators from France") nor a topic's ("war with Russia").
   */
  function metWith(t: ResolvedActor, vg: VerbGroup): boolean {
    const np = matcher.npAt[tokenAt(t.start)]!;
    if (np < 0) return false;
    // (Or the verb's object: "Egypt and Israel met students".)
    if (vg.object !== null && (np === vg.object || chain(vg.object).includes(np))) return true;
    let k = nounPhrases[np]!.tokenStart - 1;
    // (Or "between": "hosted talks between Sudan's warring factions".)
    if ((tokens.lower[k] !== 'with' && tokens.lower[k] !== 'between') || MEDIATORS.has(tokens.lemma[nounPhrases[np]!.head]!)) return false;
    k--;
    // Over a time or place phrase: "met on Friday with", "held talks in Cairo with".
    while (k >= vg.tokenEnd && verbAt[k]! < 0 && !RELATION_NOUNS.has(tokens.lemma[k]!) && (matcher.npAt[k]! >= 0 || tokens.pos[k] === POS.ADP) && tokens.lower[k] !== 'with' && tokens.lower[k] !== 'between') k--;
    return k < vg.tokenEnd || RELATION_NOUNS.has(tokens.lemma[k]!);
  }

  /** The token that starts at character `start`. */
  function tokenAt(start: number): number {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens.start[mid]! < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The clauses speech verb v reports or quotes. */
  function speechClauses(v: number): Clause[] {
    return (clausesOf.get(layers.verbGroups![v]!.sentence) ?? []).filter((c) => c.speechVerb === v);
  }

  /** The first of `words` after verb group vg in its sentence, or -1. */
  function wordAfter(vg: VerbGroup, words: ReadonlySet<string>): number {
    for (let k = vg.tokenEnd; k < sentences[vg.sentence]!.tokenEnd; k++) if (words.has(tokens.lower[k]!)) return k;
    return -1;
  }

  /** Whether a verb group starts between tokens `from` and `to`. */
  function hasVerb(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (verbAt[k]! >= 0) return true;
    return false;
  }

  /** The first actor or place of another country than `sources`' in the 25 words from `from` (a threat's, a hope's). */
  function otherCountryAfter(vg: VerbGroup, from: number, sources: ResolvedActor[], date: string | null): ResolvedActor[] {
    const own = countryOf(sources[0]!.code);
    const end = Math.min(sentences[vg.sentence]!.tokenEnd, from + 25);
    for (let k = from; k < end; k++) {
      if (tokens.lower[k] === ';') break;
      const np = matcher.npAt[k]!;
      if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
      k = nounPhrases[np]!.tokenEnd - 1;
      if (tokens.pos[nounPhrases[np]!.head] === POS.PRON) continue;
      // ("inside Israel", "into Darfur": a place the threatened act is to be done in.)
      const place = LOCATIVE_PREPOSITIONS.has(tokens.lower[nounPhrases[np]!.tokenStart - 1]!) ? placeActor(np, date) : null;
      const found = place ?? resolver.resolve(np, date);
      const country = found ? countryOf(found.code) : null;
      if (found && country !== null && country !== own) return [found];
    }
    return [];
  }

  /**
   * Speech verb v reports, from officials or the press, a clause that opens with a natural disaster
   * ("the cyclone has killed …, officials said"). (A leader's or a government's word on it is a
   * statement: "President Chiluba said the drought had wiped out half the maize crop".)
   */
  function disasterReport(v: number): boolean {
    const clause = speechClauses(v).find((c) => c.kind === 'reported' || c.kind === 'quote');
    if (!clause || clause.speaker === null || !REPORTING_NOUNS.has(tokens.lemma[nounPhrases[clause.speaker]!.head]!)) return false;
    const np = matcher.npAt[clause.tokenStart]!;
    if (np < 0) return false;
    for (let k = nounPhrases[np]!.tokenStart; k < nounPhrases[np]!.tokenEnd; k++) if (DISASTER_NOUNS.has(tokens.lemma[k]!)) return true;
    return false;
  }

  /** Who owns, or sends from, the goods a phrase names: "China's donation", "tanks from Poland". */
  function giverOf(np: number, date: string | null): ResolvedActor[] {
    const phrase = nounPhrases[np]!;
    const owner = tokens.lower[phrase.tokenStart - 1] === "'s" ? matcher.npAt[phrase.tokenStart - 2] ?? -1 : -1;
    const origin = tokens.lower[phrase.tokenEnd] === 'from' ? matcher.npAt[phrase.tokenEnd + 1] ?? -1 : -1;
    for (const by of [owner, origin]) {
      if (by < 0) continue;
      const found = resolveAll(chain(by), date);
      if (found.length > 0) return found;
    }
    return [];
  }

  /** A border or frontier is named within the verb's next few words: "deploy troops along the border with Turkey". */
  function bordered(vg: VerbGroup): boolean {
    const end = Math.min(sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 12);
    for (let k = vg.tokenEnd; k < end; k++) if (BORDER_NOUNS.has(tokens.lemma[k]!)) return true;
    return false;
  }

  /** An infinitive of helping soon after the verb, in its sentence: "… to help restore order". */
  function helpPurpose(vg: VerbGroup): boolean {
    const end = Math.min(sentences[vg.sentence]!.tokenEnd - 1, vg.tokenEnd + 16);
    for (let k = vg.tokenEnd; k < end; k++) {
      if (tokens.lower[k] === ';') return false;
      if (tokens.lower[k] === 'to' && HELP_VERBS.has(tokens.lemma[k + 1]!) && (tokens.pos[k + 1] === POS.VERB || tokens.pos[k + 1] === POS.NOUN)) return true;
      // "send troops to southern Lebanon as part of a U.N. peacekeeping force" (not "opened a peacekeeping exercise").
      // (Or its vanguard: "landed as the vanguard of a West African peacekeeping force".)
      if ((tokens.lower[k] === 'part' && tokens.lower[k + 1] === 'of') || tokens.lemma[k] === 'join' || tokens.lemma[k] === 'vanguard') {
        // ("to join a West African force being assembled to end the civil war in Liberia": a force others raise.)
        for (let j = k + 1; j < Math.min(end, k + 7); j++) if (tokens.lower[j] === 'peacekeeping' || tokens.lower[j] === 'peacekeepers' || (tokens.lemma[k] === 'join' && JOINED_FORCES.has(tokens.lower[j]!))) return true;
      }
    }
    return false;
  }

  /**
   * Whom a protest's demand names: "rallied to demand the withdrawal of Syrian troops", "marched
   * on the embassy demanding the release of …". Empty when the protest voices no demand of anyone.
   */
  function protestAim(v: number, date: string | null): ResolvedActor[] {
    const vgs = layers.verbGroups!;
    for (let w = v + 1; w < vgs.length && w <= v + 2 && vgs[w]!.sentence === vgs[v]!.sentence; w++) {
      const g = vgs[w]!;
      const participle = g.tokenStart === g.head && tokens.lower[g.head]!.endsWith('ing');
      if (DEMAND_LEMMAS.has(tokens.lemma[g.head]!) && (governorOf[w] === v || participle)) return firstActorAfter(w, g.tokenEnd, date, false);
    }
    return [];
  }

  /**
   * The other country a speaker's report of their own view names: the reported clause opens with a
   * pronoun for the speaker ("he", "she", "we") and its verb codes nothing ("shared", "saw", "was
   * anguished"). Empty otherwise.
   */
  function ownViewTopic(v: number, speakers: ResolvedActor[], date: string | null): ResolvedActor[] {
    const clause = speechClauses(v).find((c) => c.kind === 'reported');
    if (!clause || speakers.length === 0 || !SELF_PRONOUNS.has(tokens.lower[clause.tokenStart]!)) return [];
    const own = countryOf(speakers[0]!.code);
    let viewed = false;
    for (let k = clause.tokenStart + 1; k < clause.tokenEnd; k++) {
      const g = verbAt[k]!;
      // (Its first verb holds a view; any other verb that codes ends the search.)
      if (g >= 0 && layers.verbGroups![g]!.head === k) {
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
  function statementTopic(v: number, speakers: ResolvedActor[], date: string | null): ResolvedActor[] {
    // (A reported clause before any quote within it: "could turn the nation into an "African tiger"".)
    const clauses = speechClauses(v);
    // (A quote only of a sentence, with a verb of its own: not a phrase quoted, "into an "African tiger"".)
    const clause = clauses.find((c) => c.kind === 'reported') ?? clauses.find((c) => c.kind === 'quote' && hasVerb(c.tokenStart, c.tokenEnd));
    if (!clause || speakers.length === 0) return [];
    const own = countryOf(speakers[0]!.code);
    // (A speaker of no known country may yet take one from the sentence: "…, the finance minister said".)
    if (own === null) return [];
    // "told reporters in New Delhi after meeting Prime Minister Narendra Modi": what one says after
    // meeting someone is about them.
    const vg = layers.verbGroups![v]!;
    for (let k = vg.tokenEnd; k < Math.min(sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 12); k++) {
      if (tokens.lower[k] !== 'after' || !MEETING_WORDS.has(tokens.lemma[k + 1]!)) continue;
      const met = otherCountryAfter(vg, k + 1, speakers, date).filter((t) => !t.place);
      if (met.length > 0) return met;
    }
    for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
      const np = matcher.npAt[k]!;
      if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
      k = nounPhrases[np]!.tokenEnd - 1;
      const found = resolver.resolve(np, date) ?? placeActor(np, date);
      const country = found ? countryOf(found.code) : null;
      // ("could turn the West African nation into a tiger": a country named by description is the one named before.)
      const head = nounPhrases[np]!.head;
      if (!found || country === null || tokens.pos[head] === POS.PRON || (tokens.lower[nounPhrases[np]!.tokenStart] === 'the' && COUNTRY_NOUNS.has(tokens.lemma[head]!))) break;
      // (An owner only of someone: "Chile's new government", not "Russia's invasion of Ukraine", which names an act.)
      const owned = tokens.lower[k + 1] === "'s" ? matcher.npAt[k + 2]! : -1;
      if (owned >= 0 && resolver.resolve(owned, date) === null) break;
      if (country !== own) return [found];
      // (Only what the clause is about first: not "said exports to China would double".)
      break;
    }
    // "a real chance of peace with Syria", "the situation on the border with Yugoslavia", "trust could
    // be built with Bolivia": what a clause says of one's dealings with another is about them.
    // So is "hostility between Ethiopia and Eritrea", and what the speaker is said to refer to:
    // '"The negotiation process is at a standstill," Pashinyan told parliament, referring to talks with Azerbaijan'.
    const referring = wordAfter(vg, REFERRING);
    for (const [from, to] of [[clause.tokenStart, clause.tokenEnd], [referring, referring < 0 ? -1 : sentences[vg.sentence]!.tokenEnd]] as const) {
      for (let k = from; k >= 0 && k < to - 1; k++) {
        if (tokens.lower[k] !== 'with' && tokens.lower[k] !== 'between') continue;
        const np = matcher.npAt[k + 1]!;
        if (np < 0 || nounPhrases[np]!.tokenStart !== k + 1) continue;
        const found = resolveAll(chain(np), date).find((t) => countryOf(t.code) !== null && countryOf(t.code) !== own);
        if (found) return [found];
      }
    }
    return [];
  }

  /**
   * The other side of the relations a speaker's reported clause is about: "Ties between Kazakhstan and
   * Uzbekistan have never been stronger", "a peace treaty with Azerbaijan is within reach".
   */
  function relationTopic(v: number, speakers: ResolvedActor[], date: string | null): ResolvedActor[] {
    const clause = speechClauses(v).find((c) => c.kind === 'reported' || c.kind === 'quote');
    if (!clause || speakers.length === 0) return [];
    const own = countryOf(speakers[0]!.code);
    for (const a of layers.attachments ?? []) {
      if (a.prep < clause.tokenStart || a.prep >= clause.tokenEnd || a.attachedTo.kind !== 'noun' || (tokens.lower[a.prep] !== 'between' && tokens.lower[a.prep] !== 'with')) continue;
      if (!RELATION_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!)) continue;
      // (Or a party of one's own country the state deals with: "peace talks with the Tamil Tiger rebels".)
      const other = resolveAll(chain(a.object), date).filter((t) => international(t.code) || (countryOf(t.code) !== null && (countryOf(t.code) !== own || /^(REB|INS|SEP|OPP)/.test(t.code.slice(3, 6)))));
      if (other.length > 0) return other.slice(0, 1);
    }
    return [];
  }

  /** The country of a place named in the relative clause on an actor's phrase ("the soldiers who seized power in Niger"), or null. */
  function placeInRelative(actor: ResolvedActor, sentence: number, date: string | null): string | null {
    const clause = (clausesOf.get(sentence) ?? []).find((c) => c.kind === 'relative' && c.antecedent !== null && nounPhrases[c.antecedent]!.start <= actor.start && actor.start < nounPhrases[c.antecedent]!.end);
    if (!clause) return null;
    for (let k = clause.tokenStart; k < clause.tokenEnd; k++) {
      const np = matcher.npAt[k]!;
      if (np < 0 || nounPhrases[np]!.tokenStart !== k || !LOCATIVE_PREPOSITIONS.has(tokens.lower[k - 1]!)) continue;
      const place = placeActor(np, date);
      if (place) return countryOf(place.code);
    }
    return null;
  }

  /** The preposition at k opens a third party's phrase: "under the auspices of", "under pressure from", "brokered by". */
  function thirdParty(k: number): boolean {
    const prep = tokens.lower[k]!;
    return k >= 1 && (((prep === 'of' || prep === 'from') && (THIRD_PARTY_NOUNS.has(tokens.lemma[k - 1]!) || THIRD_PARTY_NOUNS.has(tokens.lower[k - 1]!))) || (prep === 'by' && THIRD_PARTY_PARTICIPLES.has(tokens.lower[k - 1]!)));
  }

  /** A phrase that an -ing word ends or follows: the subject of an absolute clause ("with Washington scaling back"). */
  function absolute(np: number): boolean {
    const phrase = nounPhrases[np]!;
    const last = tokens.lower[phrase.tokenEnd - 1]!;
    const next = tokens.lower[phrase.tokenEnd] ?? '';
    return (phrase.tokenEnd - phrase.tokenStart > 1 && last.endsWith('ing')) || (next.endsWith('ing') && verbAt[phrase.tokenEnd]! >= 0);
  }

  /** Whether two actors of one code are one: the same words, or a pronoun. */
  function sameOne(a: ResolvedActor, b: ResolvedActor): boolean {
    const words = (x: ResolvedActor): string => text.slice(x.start, x.end).toLowerCase().replace(/^(the|a|an)\s+/, '');
    return words(a) === words(b) || /^(he|she|it|they|him|her|them|its|itself|themselves|his|their)$/.test(words(b)) || a.start === b.start;
  }

  /** Verb group v opens an "until" clause after a verb that is negated, modal or in the future. */
  function untilAwaited(v: number): boolean {
    const vg = layers.verbGroups![v]!;
    const np = vg.subject !== null ? nounPhrases[vg.subject]! : null;
    const first = np !== null && np.tokenEnd <= vg.tokenStart ? np.tokenStart : vg.tokenStart;
    if (tokens.lower[first - 1] !== 'until' && tokens.lower[first - 1] !== 'before') return false;
    for (let g = v - 1; g >= 0 && layers.verbGroups![g]!.sentence === vg.sentence; g--) {
      const prior = layers.verbGroups![g]!;
      if (prior.negated || prior.modal !== null || prior.tense === 'future') return true;
    }
    return false;
  }

  /** A "that" clause right after the verb whose subject is no actor and no pronoun. */
  function impersonalThat(vg: VerbGroup): boolean {
    // Over day words and prepositional phrases: "warned in her New Year's address on Wednesday that".
    // (Not after a warning's addressee: "warned the United States that war would …" is a threat to it.)
    if (vg.object !== null) return false;
    let k = vg.tokenEnd;
    const limit = Math.min(sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 12);
    while (k < limit && tokens.lower[k] !== 'that' && verbAt[k]! < 0 && tokens.lower[k] !== ',') k++;
    if (tokens.lower[k] !== 'that') return false;
    const next = (layers.verbGroups ?? []).find((g) => g.sentence === vg.sentence && g.tokenStart > k);
    if (!next || next.subject === null) return false;
    const subject = nounPhrases[next.subject]!;
    // ("that his group would strike deeper inside Israel": a possessive pronoun makes it someone's.)
    if (POSSESSIVE_DETERMINERS.has(tokens.lower[subject.tokenStart]!)) return false;
    return tokens.pos[subject.head] !== POS.PRON && resolver.resolve(next.subject, doc.date) === null;
  }

  /** "demanded that Israel withdraw": the subject of the "that" clause is the one asked. */
  function thatSubject(vg: VerbGroup, after: number): number | null {
    // "demanded Friday that …": a day word may stand before "that".
    while (after < tokens.length && DAY_WORDS.has(tokens.lower[after]!)) after++;
    if (!DIRECTIVE_VERBS.has(tokens.lemma[vg.head]!) || tokens.lower[after] !== 'that') return null;
    const next = (layers.verbGroups ?? []).find((g) => g.sentence === vg.sentence && g.tokenStart > after);
    return next?.subject ?? null;
  }

  /**
   * The first noun phrase after `from` that names an actor, up to the end of the verb's clause: a
   * semicolon, or a verb with a subject of its own. Place phrases ("in Cairo") count only for acts
   * done in a place; with `placesOnly`, only they count.
   */
  function firstActorAfter(v: number, from: number, date: string | null, locative: boolean, placesOnly = false, several = false): ResolvedActor[] {
    const vg = layers.verbGroups![v]!;
    const sent = sentences[vg.sentence]!;
    // "…, the Chinese defence ministry said": a report's speaker is no one the act was done to.
    const report = (clausesOf.get(vg.sentence) ?? []).find((c) => c.kind === 'reported' && c.tokenStart <= vg.head && vg.head < c.tokenEnd && c.tokenEnd < sent.tokenEnd && c.speechVerb !== null && layers.verbGroups![c.speechVerb]!.tokenStart > vg.head);
    const end = report ? report.tokenEnd : sent.tokenEnd;
    // Whether the last phrase was a place: its "of" phrase is one too ("in parts of Yangon").
    let inPlace = false;
    let skipped = -1;
    for (let k = from; k < end; k++) {
      // "struck what New Delhi said was a militant camp", "denounced what he called a coup": the
      // one who names the object is no target; the object named is.
      if (tokens.lower[k] === 'what') {
        const g = verbAt[matcher.npAt[k + 1]! >= 0 ? nounPhrases[matcher.npAt[k + 1]!]!.tokenEnd : k + 1] ?? -1;
        if (g >= 0 && NAMING_VERBS.has(layers.verbGroups![g]!.lemma)) {
          k = layers.verbGroups![g]!.tokenEnd;
          while (k < end && (tokens.lemma[k] === 'be' || tokens.lower[k] === 'as' || tokens.lower[k] === 'to')) k++;
          k--;
          continue;
        }
      }
      // "…, which he said had failed": a relative clause says something of what came before.
      // "resigned after weeks of protests against her government": what came before or after is no one it was done to.
      // So does a relative clause that "that" or ", where" opens ("fighting that has killed hundreds").
      // (A quote's verb looks no further than its quote.)
      const quoteEdge = ((tokens.flags[k]! & TokenFlag.InQuote) !== 0) !== ((tokens.flags[vg.head]! & TokenFlag.InQuote) !== 0) && !/^["“”]$/.test(tokens.lower[k]!);
      if (tokens.lower[k] === ';' || quoteEdge || opensClause(k) || RELATIVE_PRONOUNS.has(tokens.lower[k]!) || TEMPORAL_PREPOSITIONS.has(tokens.lower[k]!) || relativeStarts.has(k) || (tokens.lower[k] === 'where' && tokens.lower[k - 1] === ',')) break;
      const g = verbAt[k]!;
      if (g >= 0 && g !== v && layers.verbGroups![g]!.tokenStart === k) {
        // ", ending decades of suspicion": a participle after a comma opens a clause of its own; one
        // right after a noun describes it ("positions belonging to militants in Gaza").
        const group = layers.verbGroups![g]!;
        // (With its particle: "people cut off by fighting in Jonglei".)
        const bare = group.tokenEnd - group.tokenStart === 1 || (group.tokenEnd - group.tokenStart === 2 && tokens.pos[group.tokenEnd - 1] !== POS.VERB);
        const describes = bare && matcher.npAt[k - 1]! >= 0 && (/(ing|ed)$/.test(tokens.lower[k]!) || group.voice === 'passive');
        if (describes) continue;
        const subject = group.subject;
        if (tokens.lower[k - 1] === ',' || (subject !== null && subject !== vg.subject && nounPhrases[subject]!.tokenStart >= from)) break;
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
      const place: boolean = LOCATIVE_PREPOSITIONS.has(prep) || prep === 'near' || (placesOnly && prep === 'at');
      inPlace = place || placeOf;
      // ", with Washington scaling back": an absolute clause ends the search.
      if (prep === 'with' && tokens.lower[k - 2] === ',' && absolute(np)) break;
      // "in parts of Yangon": a place when the gazetteer says so, else whoever it names.
      const within = placeOf ? placeActor(np, date) : null;
      if (within) return [within];
      // "under the auspices of the OSCE", "under pressure from the Security Council", "brokered by
      // Qatar": a third party's phrase names no one the act was done to.
      // (With its list: "mediated by Qatar and Turkey".)
      if (thirdParty(k - 1)) {
        k = Math.max(...chain(np).map((c) => nounPhrases[c]!.tokenEnd)) - 1;
        skipped = np;
        continue;
      }
      // A "by" phrase here names who did what the object names: "condemned an attack by X".
      // A "between" phrase after several sides names them again.
      // "rejected calls to step down in a speech to parliament": an audience is no target either.
      // (And what a venue is of: "met on the sidelines of the NATO summit".)
      const ofVenue = prep === 'of' && before >= 0 && VENUE_NOUNS.has(tokens.lemma[nounPhrases[before]!.head]!);
      const venue = ((prep === 'at' || prep === 'on') && VENUE_NOUNS.has(tokens.lemma[nounPhrases[np]!.head]!)) || ofVenue || audience(k - 1);
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
      const where = place ? placeActor(np, date) : null;
      // A place name found as the first actor is still a place: "in the northern city of Kirkuk".
      // A capital that stands for its government ("Tehran had supplied …") is no place.
      const found = place ? (where ? [where] : []) : resolveAll(chain(np), date).map((a) => (resolver.isPlace(np) && /^[A-Z]{3}$/.test(a.code) ? { ...a, place: true } : a));
      if (found.length > 0) return found;
      k = nounPhrases[np]!.tokenEnd - 1;
    }
    return [];
  }

  /** "blamed each other", "not to use force against one another", within a few words after the verb. */
  function namesEachOther(vg: VerbGroup): boolean {
    const end = Math.min(sentences[vg.sentence]!.tokenEnd - 1, vg.tokenEnd + 12);
    for (let k = vg.tokenEnd; k < end; k++) {
      // Through infinitives ("pledged not to threaten or use force against one another"), not into another clause.
      if (verbAt[k]! >= 0 && k > vg.tokenEnd + 1 && !['to', 'or', 'and'].includes(tokens.lower[k - 1]!)) return false;
      if ((tokens.lower[k] === 'each' && tokens.lower[k + 1] === 'other') || (tokens.lower[k] === 'one' && tokens.lower[k + 1] === 'another')) return true;
    }
    return false;
  }

  /** "in a speech to parliament", "in an interview with the BBC": the preposition at k names an audience. */
  function audience(k: number): boolean {
    const prep = tokens.lower[k];
    const before = k >= 1 ? matcher.npAt[k - 1]! : -1;
    if ((prep !== 'to' && prep !== 'with') || before < 0) return false;
    const np = nounPhrases[before]!;
    // ("in a telephone call to Reuters"; but "in a call with Putin" names a partner.)
    const noun = tokens.lemma[np.head]!;
    return np.tokenEnd === k && (SPEECH_NOUNS.has(noun) || (noun === 'call' && prep === 'to')) && tokens.lower[np.tokenStart - 1] === 'in';
  }

  function crossesTime(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (TEMPORAL_PREPOSITIONS.has(tokens.lower[k]!)) return true;
    return false;
  }

  /** Whether every name in sentence s with a country is of `country`. */
  function onlyCountry(s: number, country: string): boolean {
    for (const name of namesOf.get(s) ?? []) if (name.country !== null && name.country !== country) return false;
    return true;
  }

  /** The country of the last place an earlier event of verb group vg's sentence was done to. */
  function placeBefore(vg: VerbGroup): ResolvedActor[] {
    for (let k = events.length - 1; k >= 0 && events[k]!.sentence === vg.sentence; k--) {
      const t = events[k]!.target;
      if (t && t.country && t.code === t.country && events[k]!.evidence.target) return [{ code: t.country, start: events[k]!.evidence.target!.start, end: events[k]!.evidence.target!.end, place: true }];
    }
    return [];
  }

  /** Verbs of killing, whose toll a target can give. */
  function lemmaIsKill(vg: VerbGroup): boolean {
    return /^(kill|massacre|execute|slaughter|murder|shoot)$/.test(tokens.lemma[vg.head]!);
  }

  /** "hundreds of unarmed civilians", "more than 100 people": civilians counted in the hundreds or more. */
  function massOfCivilians(np: number): boolean {
    // (Through its conjuncts: "hundreds and perhaps thousands of Muslim men".)
    let end = Math.max(...chain(np).map((c) => endWithOf(tokens, nounPhrases, c)));
    if (tokens.lower[end] === 'and' || tokens.lower[end] === 'or') {
      let k = end + 1;
      while (tokens.pos[k] === POS.ADV) k++;
      if (matcher.npAt[k]! >= 0) end = endWithOf(tokens, nounPhrases, matcher.npAt[k]!);
    }
    let big = false;
    let civilian = false;
    for (let k = nounPhrases[np]!.tokenStart; k < end; k++) {
      const w = tokens.lower[k]!;
      if (/^(hundreds|thousands|tens)$/.test(w) || (/^[\d,]+$/.test(w) && Number(w.replace(/,/g, '')) >= 100)) big = true;
      if (/^(civilians|people|villagers|residents|men|women|children|worshippers|refugees|unarmed)$/.test(w)) civilian = true;
    }
    return big && civilian;
  }

  /** The subject of the first verb of a condition ("if …", "unless …") after verb group v, in its sentence. */
  function conditionSubject(v: number, date: string | null): ResolvedActor[] {
    const vg = layers.verbGroups![v]!;
    // After the threat, else before it: '"If Kiev keeps siphoning off gas, we will cut supplies"'.
    const conditions = (layers.clauses ?? []).filter((c) => c.kind === 'conditional' && c.sentence === vg.sentence);
    const clause = conditions.find((c) => c.tokenStart >= vg.tokenEnd) ?? conditions.filter((c) => c.tokenEnd <= vg.tokenStart).pop();
    if (!clause) return [];
    const g = (layers.verbGroups ?? []).find((x) => x.sentence === vg.sentence && x.tokenStart >= clause.tokenStart && x.tokenStart < clause.tokenEnd);
    if (g?.subject != null) return resolveAll(chain(g.subject), date);
    // (A clause whose verb the tagger missed: its first phrase.)
    const first = matcher.npAt[clause.tokenStart + 1]!;
    return g === undefined && first >= 0 && nounPhrases[first]!.tokenStart === clause.tokenStart + 1 ? resolveAll(chain(first), date) : [];
  }

  /** The actors of the first "to" phrase after `from` within verb group v's clause. */
  function recipient(v: number, from: number, date: string | null): ResolvedActor[] {
    for (const a of layers.attachments ?? []) {
      if (a.prep < from || tokens.lower[a.prep] !== 'to' || nounPhrases[a.object]!.sentence !== layers.verbGroups![v]!.sentence) continue;
      if (crossesClause(tokens, matcher.npAt, from, a.prep)) break;
      return resolveAll(chain(a.object), date);
    }
    return [];
  }

  /**
   * The country of a border named in a pattern's match or right after it ("along the Cambodian
   * border", "were deployed along the border with Colombia"), when it is not the doer's own.
   */
  function borderFaced(vg: VerbGroup, matchEnd: number, sources: ResolvedActor[], date: string | null): ResolvedActor[] {
    const end = Math.min(sentences[vg.sentence]!.tokenEnd, matchEnd + 6);
    for (let k = vg.tokenEnd; k < end && (k < matchEnd || (tokens.lower[k] !== ',' && !opensClause(k))); k++) {
      const np = matcher.npAt[k]!;
      if (np < 0 || nounPhrases[np]!.head !== k || !BORDER_NOUNS.has(tokens.lemma[k]!)) continue;
      const after = nounPhrases[np]!.tokenEnd;
      const other = tokens.lower[after] === 'with' && matcher.npAt[after + 1]! >= 0 ? matcher.npAt[after + 1]! : np;
      const across = resolveAll([other], date).filter((t) => countryOf(t.code) !== null && !sources.some((a) => countryOf(a.code) === countryOf(t.code)));
      return across.map((t) => ({ ...t, code: countryOf(t.code)!, place: true }));
    }
    return [];
  }

  /** The token after the object (and the phrase its possessor opens) right after the verb, or -1. */
  function splitObjectEnd(vg: VerbGroup): number {
    if (vg.object === null || nounPhrases[vg.object]!.tokenStart !== vg.head + 1) return -1;
    const next = nounPhrases[vg.object + 1];
    const object = next !== undefined && next.possessor === vg.object ? vg.object + 1 : vg.object;
    return endWithOf(tokens, nounPhrases, object);
  }

  /** A subordinate clause starts between tokens from and to: "…on high alert as a standoff between the two armies entered". */
  function opensBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (opensClause(k)) return true;
    return false;
  }

  /** A subordinate clause starts at k: "because …", or "after a hafling was reported". */
  function opensClause(k: number): boolean {
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
   * The country a place phrase names ("in Cairo" → EGY, "in Egypt" → EGY): a place is where an act
   * is done, so a capital there is its country, not its government.
   */
  function placeActor(np: number, date: string | null): ResolvedActor | null {
    const actor = resolver.resolve(np, date) ?? theCountry(np);
    if (!actor) return null;
    // "in Egypt", "in Israeli jails"; not "killed in Israeli tank shelling", which names an attack.
    if (/^[A-Z]{3}$/.test(actor.code) && !WEAPON_NOUNS.has(nounLemma(nounPhrases[np]!.head))) return { ...actor, place: true };
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
  function theCountry(np: number): ResolvedActor | null {
    const phrase = nounPhrases[np]!;
    if (phrase.tokenEnd - phrase.tokenStart !== 2 || tokens.lower[phrase.tokenStart] !== 'the' || !/^(country|nation)$/.test(tokens.lower[phrase.head]!)) return null;
    const names = layers.names ?? [];
    for (let n = names.length - 1; n >= 0; n--) {
      const name = names[n]!;
      if (name.sentence < phrase.sentence - 1) break;
      if (name.start >= phrase.start || name.country === null || name.type === 'org') continue;
      return { code: name.country, start: phrase.start, end: phrase.end, place: true };
    }
    return null;
  }

  /**
   * A noun's lemma, also for a plural that opens a sentence: the tagger takes "Grenades killed" or
   * "Rebels seized" for a name and leaves it as written. (Only to test against the coder's own noun lists.)
   */
  function nounLemma(k: number): string {
    const lemma = tokens.lemma[k]!;
    if (!(tokens.flags[k]! & TokenFlag.SentenceStart) || tokens.pos[k] !== POS.PROPN || !lemma.endsWith('s')) return lemma;
    return lemma.endsWith('ies') ? `${lemma.slice(0, -3)}y` : /(sh|ch|x|ss)es$/.test(lemma) ? lemma.slice(0, -2) : lemma.slice(0, -1);
  }

  /** Actors of no named country given the country of `home`, save those called foreign or international ("foreign aid workers"). */
  function atHome(targets: ResolvedActor[], home: string): ResolvedActor[] {
    // (Most actors have a country already: the text is read only for those that have none.)
    if (!targets.some((t) => t.code.startsWith('---'))) return targets;
    return targets.map((t) => (!t.code.startsWith('---') || /\b(foreign|international|multinational|world)\b/i.test(text.slice(t.start, t.end)) ? t : ofCountry([t], home, true)[0]!));
  }

  /** The target of a relative clause on the object whose subject is a pronoun: "the sanctions (that) it had imposed on Mali". */
  function ownRelativeTarget(v: number, matchEnd: number, date: string | null): ResolvedActor[] {
    const vg = layers.verbGroups![v]!;
    const g = layers.verbGroups![v + 1];
    // (The phrase the pattern's last word stands in, else the object.)
    const object = matcher.npAt[matchEnd - 1]! >= 0 ? matcher.npAt[matchEnd - 1]! : vg.object;
    if (object === null || g === undefined || g.sentence !== vg.sentence) return [];
    let k = Math.max(...chain(object).map((np) => nounPhrases[np]!.tokenEnd));
    if (tokens.lower[k] === 'that' || tokens.lower[k] === 'which') k++;
    if (k + 1 !== g.tokenStart || !/^(it|they)$/.test(tokens.lower[k]!)) return [];
    return firstActorAfter(v + 1, g.tokenEnd, date, false);
  }

  /**
   * The act's doer is a weapon or an attack, not a person: "a car bomb killed …", "were killed by an
   * improvised explosive device", "were killed in a suicide bombing".
   */
  function weaponPhrase(doer: number | null, vg: VerbGroup): boolean {
    if (doer !== null) return WEAPON_NOUNS.has(nounLemma(nounPhrases[doer]!.head));
    if (vg.voice !== 'passive') return false;
    const sent = sentences[vg.sentence]!;
    for (let k = vg.tokenEnd; k < sent.tokenEnd - 1; k++) {
      if (tokens.lower[k] !== 'in' && tokens.lower[k] !== 'by') continue;
      const np = matcher.npAt[k + 1]!;
      if (np >= 0 && WEAPON_NOUNS.has(nounLemma(nounPhrases[np]!.head))) return true;
    }
    return false;
  }

  /** The "by" phrase of an event noun phrase and its "of" phrases: "the killing of X by Y" → Y. */
  function authorOf(np: number): number | null {
    // "North Korea's nuclear test": the possessor of an act is its author.
    const possessor = nounPhrases[np]!.possessor;
    if (possessor !== null && tokens.pos[nounPhrases[np]!.head] === POS.NOUN && resolver.resolve(np, null) === null) return possessor;
    const end = endWithOf(tokens, nounPhrases, np);
    // "the proposals that Park outlined": the subject of a relative clause on the act.
    if (tokens.lower[end] === 'that' || tokens.lower[end] === 'which') {
      const inner = matcher.npAt[end + 1]!;
      const g = inner >= 0 ? layers.verbGroups!.find((x) => x.subject === inner && x.voice === 'active') : undefined;
      return g !== undefined && nounPhrases[inner]!.tokenStart === end + 1 && g.tokenStart === nounPhrases[inner]!.tokenEnd ? inner : null;
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

  /** "dismissed as nonsense the proposals that Park outlined": whose act a criticism or rejection the pattern took is aimed at. */
  function criticisedAuthor(code: string, matchEnd: number): number | null {
    const np = matcher.npAt[matchEnd - 1]!;
    return (code.startsWith('11') || code.startsWith('12')) && np >= 0 && nounPhrases[np]!.head === matchEnd - 1 ? authorOf(np) : null;
  }

  /**
   * "expelled 23 Russian diplomats", "seized the British-flagged tanker": the pattern took the
   * object's head, but a name among its modifiers says whose it is.
   */
  function ownerInObject(vg: VerbGroup, matchEnd: number): number | null {
    // The phrase the pattern's last word stands in ("some of the U.N. peacekeepers"), then the object.
    const at = matcher.npAt[matchEnd - 1]!;
    for (const object of at >= 0 && at !== vg.object ? [at, vg.object] : [vg.object]) {
      if (object === null) continue;
      const np = nounPhrases[object]!;
      for (let k = np.tokenStart; k < np.head; k++) if (resolver.nameAt(k)) return object;
      // "suspended Syria's membership", "froze Iran's assets": its possessor says whose.
      if (np.possessor !== null && object === at && resolver.resolve(np.possessor, null) !== null) return np.possessor;
      // "expelled inspectors of the IAEA": the "of" phrase says whose, when it names someone (not
      // "millions of refugees", nor what one meets beside: "on the sidelines of the NATO summit").
      const of = tokens.lower[np.tokenEnd] === 'of' && !SIDELINES.has(tokens.lemma[np.head]!) ? matcher.npAt[np.tokenEnd + 1]! : -1;
      if (of < 0 || nounPhrases[of]!.tokenStart !== np.tokenEnd + 1) continue;
      for (let k = nounPhrases[of]!.tokenStart; k < nounPhrases[of]!.tokenEnd; k++) if (resolver.nameAt(k)) return of;
    }
    return null;
  }


  /** The direct object, when the pattern did not already use the words where it stands. */
  function objectAfter(vg: VerbGroup, matchEnd: number, after: number): number | null {
    if (vg.object === null) return null;
    const np = nounPhrases[vg.object]!;
    if (matchEnd > after && np.tokenStart < matchEnd) return null;
    return vg.object;
  }
}


/** Items grouped by their sentence, in order. */
function bySentence<T extends { readonly sentence: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(item.sentence);
    if (list) list.push(item);
    else out.set(item.sentence, [item]);
  }
  return out;
}

/** Sectors of a state: its speakers, its civil arms (armed forces excepted), and all of them. */
const SPEAKING_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY']);
const CIVIL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'SPY', 'LEG']);
const STATE_SECTORS = new Set(['GOV', 'COP', 'JUD', 'MIL', 'LEG', 'SPY']);
/** Roots of what a state does to its own people: release, investigate, accuse or try, coerce. */
const CITIZEN_ROOTS = new Set(['08', '09', '11', '17']);
/** Words that say what a speaker meant: ", referring to talks with Azerbaijan". */
const REFERRING = new Set(['referring', 'alluding']);
/** Third parties to talks: "with mediators from France". */
const MEDIATORS = new Set(['mediator', 'mediators', 'facilitator', 'facilitators', 'host', 'hosts', 'observer', 'observers']);
/** What a speaker may have just done with someone: "after meeting", "after talks with". */
const MEETING_WORDS = new Set(['meet', 'meeting', 'talk', 'talks', 'talking', 'discussion', 'discussions', 'visit', 'visiting', 'call', 'phone']);
/** A verb of starting followed by firing: "began firing". */
const FIRE_GERUND = /\b(firing|launching)\b/i;
/** Where fire is shown rather than aimed: into the sea, in exercises. */
const SHOWN_FIRE = /\b(into|in) (the )?(waters?|seas?|ocean)\b|\bwar games\b|\b(military )?(exercises?|drills)\b/i;
/** Attackers whose noun says nothing of whom they fight for. */
const UNKNOWN_ASSAILANTS = new Set(['gunman', 'gunmen', 'bomber', 'bombers', 'assailant', 'assailants', 'attacker', 'attackers', 'assassin', 'assassins', 'kidnapper', 'kidnappers', 'hijacker', 'hijackers', 'sniper', 'snipers', 'men']);
/** Roots whose acts, with no one named, are not taken to be done at home: statements, appeals, apologies, force posture. */
const HOMELESS_ROOTS = new Set(['01', '02', '05', '15']);

/** A state's own actor: a bare country ("PER"), or a country whose first sector is one of `sectors` ("PERGOV", "AFGGOVTAL"). */
function stateActor(code: string, sectors: ReadonlySet<string>): boolean {
  if (international(code) || !/^[A-Z]{3}$|^[A-Z]{6}/.test(code)) return false;
  return code.length === 3 || sectors.has(code.slice(3, 6));
}

/** The country of a dateline's place: its last part that names a country or a capital ("DURRES, Albania", "MINSK"). */
function datelineCountry(place: string, countries: ReadonlyMap<string, string>): string | null {
  const parts = place.split(',').map((p) => p.trim().toLowerCase());
  for (let i = parts.length - 1; i >= 0; i--) {
    const country = countries.get(parts[i]!);
    if (country) return country;
  }
  return null;
}

/** Actors of no named country ('---CVL') given one: `country` + their sector, marked inferred if so. */
function ofCountry(actors: ResolvedActor[], country: string, inferred = false): ResolvedActor[] {
  return actors.map((a) => (a.code.startsWith('---') ? { ...a, code: `${country}${a.code.slice(3)}`, ...(inferred ? { inferred } : {}) } : a));
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

const BORDER_NOUNS = new Set(['border', 'frontier', 'boundary']);
/** Numbers of people that make an expulsion a mass one: tens of thousands and more. */
const MASS = /\b(tens of thousands|hundreds of thousands|millions|[1-9]\d{1,2},\d{3}|[1-9]\d{4,})\b/i;
/** Premises whose raid is coercion rather than a fight. */
const PREMISES = new Set(['office', 'offices', 'home', 'homes', 'house', 'houses', 'monastery', 'monasteries', 'mosque', 'mosques', 'church', 'churches', 'newspaper', 'newspapers', 'headquarters', 'premises', 'residence', 'compound']);
/** Where beside an event one meets: "on the sidelines of the NATO summit". */
const SIDELINES = new Set(['sideline', 'sidelines', 'margin', 'margins']);
/** Weapons whose use is chemical warfare (2041). */
const CHEMICAL_WEAPONS = /\b(chemical (weapons?|agents?|munitions?|shells?|bombs?|rockets?)|mustard (gas|agent)|sarin|chlorine (gas|bombs?|barrels?)|nerve (gas|agents?)|poison gas|toxic gas)\b/i;
/** What relations between states are called: "ties between X and Y", "a treaty with Y". */
const RELATION_NOUNS = new Set(['relation', 'relations', 'relationship', 'relationships', 'tie', 'ties', 'treaty', 'settlement', 'peace', 'deal', 'agreement', 'accord', 'talk', 'talks', 'negotiation', 'negotiations', 'dialogue', 'cooperation', 'partnership', 'friendship', 'trade', 'dispute', 'rift']);
/** Courts and tribunals: a state's judiciary, the international criminal courts. */
/** Sectors of civil society (as opposed to the state's): their protests and unrest are the people's. */
const CIVIL_SOCIETY = /^(OPP|AGR|LAB|CVL|EDU|REL|MED|BUS|HLH)/;
const COURT_CODES = /^[A-Z]{3}JUD|^IGO(ICC|ICJ|UNOWCT|UNOICT)/;
/** Particles a named object may stand before: "handed Ongwen over", "called the talks off". */
const SPLIT_PARTICLES = new Set(['over', 'off', 'out', 'back', 'down', 'up', 'away']);
/** The prepositions that name whom an owner's act with no "of" phrase was done to: "Petro's meeting with Maduro". */
const OWNER_ACT_PREPOSITIONS = new Set(['with', 'to', 'against', 'on']);
/** Nouns for unrest that breaks out, with their codes: riots (145), protests (141). */
const UNREST_NOUNS = new Map([['rioting', '145'], ['riot', '145'], ['unrest', '140'], ['protest', '141'], ['demonstration', '141']]);
/** What forces sent to join are part of: a force or mission others raise. */
const JOINED_FORCES = new Set(['force', 'mission', 'contingent', 'coalition', 'operation']);

function crossesClause(tokens: TokenTable, npAt: readonly number[], from: number, to: number): boolean {
  // ("…, including Salvatore Mancuso, to the United States": "including" opens no clause; nor
  // does a participle inside a noun phrase: "extradited suspected arms dealer Viktor Bout to".)
  for (let k = from; k < to; k++) if (tokens.lower[k] === ';' || (tokens.pos[k] === POS.VERB && tokens.lower[k] !== 'including' && npAt[k]! < 0)) return true;
  return false;
}

/** The event's own day: a day-precise time expression in its sentence, else the publication date. */
function eventDate(doc: Doc, dayTimes: ReadonlyMap<number, TimeExpression[]>, vg: Pick<VerbGroup, 'sentence' | 'start'>): string | null {
  const times = dayTimes.get(vg.sentence);
  if (!times) return doc.date;
  // The nearest one to the verb.
  let best = times[0]!;
  for (const t of times) if (Math.abs(t.start - vg.start) < Math.abs(best.start - vg.start)) best = t;
  return best.from;
}
