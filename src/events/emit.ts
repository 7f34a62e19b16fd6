import { POSSESSIVE_DETERMINERS } from '../language/lexicon.js';
import { POS, type Sentence, type VerbGroup } from '../language/types.js';
import { countryOf, international, splitCode, type ResolvedActor } from './actors.js';
import { absolute, audience, crossesClause, crossesTime, helpPurpose, impersonalThat, JOINED_FORCES, lemmaIsKill, massOfCivilians, namesEachOther, opensBetween, opensClause, thirdParty, weaponPhrase } from './clauses.js';
import { chain, countriesNamed, countryHere, nounLemma, onlyCountry, resolveAll, speechClauses, tokenAt, type CodingContext } from './context.js';
import { atHome, bordered, borderFaced, foreignScene, ofCountry, placeActor, placeInRelative, placeOfEvent } from './places.js';
import { authorOf, conditionSubject, firstActorAfter, giverOf, metWith, otherCountryAfter, ownRelativeTarget, protestAim, recipient, relativeClauseTarget, sameOne } from './targets.js';
import type { EventTally } from './tally.js';
import { disasterReport, ownViewTopic, relationTopic, statementTopic } from './topics.js';
import { ADDRESSED_ROOTS, ARRIVAL_VERBS, COUNTRY_NOUNS, DISASTER_NOUNS, EXECUTION_VERBS, FIRST_PERSON, REBEL_NOUNS, TOPIC_PREPOSITIONS } from './vocabulary.js';
import type { Doer } from './doer.js';
import { demandCode, moodCode, subsumes, type Mood } from './mood.js';
import { againstState, CIVIL_SOCIETY, VENUE_NOUNS, TRANSFER_CODES, DOMESTIC_ROOTS, endWithOf, EXCHANGE_VERBS, irregular, LOCATIVE_PREPOSITIONS, LOCATIVE_ROOTS, MUTUAL_ROOTS, SYMMETRIC_VERBS, TARGET_PREPOSITIONS, TARGETLESS_ROOTS, VIOLENT_ROOTS } from './rules.js';

/** What the coder knows of one verb group it codes: the facts every event of the verb shares. */
export interface VerbScope {
  readonly ctx: CodingContext;
  /** The verb group's index, and the group. */
  readonly v: number;
  readonly vg: VerbGroup;
  readonly sent: Sentence;
  readonly date: string | null;
  readonly mood: Mood;
  /** The verb group this one's infinitive depends on, or -1. */
  readonly governor: number;
  /** The noun phrase of whoever reports the verb, when it is reported. */
  readonly speaker: number | undefined;
  /** The verb group of a demand that voices this verb's act, or -1 (`demandVoicedBy`). */
  readonly voicer: number;
  /** An act its speaker says someone must or should do: the speaker's demand. */
  readonly obligation: boolean;
  /** A hostile act promised on a condition: a threat. */
  readonly threatened: boolean;
  /** Whoever's decision or first act a noun names the verb as ("Rwanda's decision to sever ties"). */
  readonly doer: Doer | null;
  /** Direct quotes' verb groups and their speakers' noun phrases. */
  readonly quoted: ReadonlyMap<number, number>;
  readonly requireTarget: boolean;
}

/**
 * Resolves the actors of a coded verb and records its events in `tally`; returns how many it added.
 * `rawCode` is what the verb's pattern gave; the rules here refine it by mood, by who acts and on
 * whom, and find the target where the pattern named none.
 */
export function emitVerb(scope: VerbScope, tally: EventTally, rawCode: string, rule: string, codedSource: number | null, targetNp: number | null, matchEnd: number, reciprocal: string | null = null): number {
  const { ctx, v, vg, sent, date, mood, governor, speaker, voicer, obligation, threatened, doer, quoted, requireTarget } = scope;
  const { doc, text, tokens, sentences, nounPhrases, resolver, matcher, verbAt, namesOf, filedFrom } = ctx;
  const { layers } = doc;
  const { events, withheld, targetsOfVerb, promises, eventVerb, governing } = tally;
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
  const promised = statement && sources.length > 0 && targets.length === 0 ? promisedAct(ctx, v, sources, date) : -1;
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
    const [where] = [...firstActorAfter(ctx, v, vg.tokenEnd, date, true, true), ...(tokens.lower[vg.tokenStart - 1] === ',' ? tally.placeBefore(vg) : [])];
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
    tally.push(source, target, code, rule, vg.sentence, date, { start: vg.start, end: vg.end }, EXECUTION_VERBS.has(lemma));
    // PETRARCH's reciprocal codes: "[032:033]" also codes the target's act towards the source.
    if (reciprocal && target && source) tally.push(target, source, moodCode(reciprocal, mood), rule, vg.sentence, date, { start: vg.start, end: vg.end });
  }
  for (let k = before; k < events.length; k++) eventVerb[k] = v;
  if (events.length > before && targets.length > 0) targetsOfVerb.set(v, targets);
  // "agreed to meet" is one event (intent to meet); "opened fire to disperse" is two.
  if (events.length > before && governor >= 0 && subsumes(doc, governor)) governing.add(governor);
  return events.length - before;
}

/**
 * The verb group of what a speaker says they will do: the first verb of the speech verb's
 * reported clause, in the future or after "would", not negated or supposed, whose subject is the
 * speaker (a pronoun, or someone of their country). -1 when there is none.
 */
function promisedAct(ctx: CodingContext, v: number, speakers: ResolvedActor[], date: string | null): number {
  const { tokens, nounPhrases, resolver } = ctx;
  const { layers } = ctx.doc;
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

/** Verbs of agreeing to an act, which make no threat of it. */
const AGREE_VERBS = new Set(['agree', 'accept', 'consent']);

/** A state's own actor: a bare country ("PER"), or a country whose first sector is one of `sectors` ("PERGOV", "AFGGOVTAL"). */
function stateActor(code: string, sectors: ReadonlySet<string>): boolean {
  if (international(code) || !/^[A-Z]{3}$|^[A-Z]{6}/.test(code)) return false;
  return code.length === 3 || sectors.has(code.slice(3, 6));
}

/** Sectors of a state: its speakers, its civil arms (armed forces excepted), and all of them. */
const SPEAKING_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY']);

/** Nouns for a crowd of people, with no sector of their own. */
const CROWD_NOUNS = new Set(['thousand', 'thousands', 'hundreds', 'hundred', 'supporter', 'supporters', 'crowd', 'crowds', 'mob', 'mobs', 'people', 'resident', 'residents', 'villager', 'villagers', 'youth', 'youths', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'rioter', 'rioters']);

/** Courts and tribunals: a state's judiciary, the international criminal courts. */
const COURT_CODES = /^[A-Z]{3}JUD|^IGO(ICC|ICJ|UNOWCT|UNOICT)/;

/** Verbs of appointing someone, whose object leads what they are appointed to. */
const APPOINT_VERBS = new Set(['appoint', 'name', 'nominate', 'task']);

/** Verbs of handing someone or something over: "refused to hand bin Laden over to the United States". */
const HANDOVER_VERBS = new Set(['hand', 'hand over', 'turn over', 'extradite', 'surrender', 'deliver', 'return', 'give', 'give up', 'send', 'transfer']);

/** Where people are held. */
const DETENTION_NOUNS = new Set(['jail', 'prison', 'detention', 'custody', 'camp']);

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

/**
 * Sides of no named country who face a state's side are of that state: any such side when they
 * fight (`anySide`), else only when every such side is rebels or opposition.
 */
export function ofStateFaced(sides: ResolvedActor[], anySide: boolean): ResolvedActor[] {
  const state = sides.find((a) => countryOf(a.code) !== null && !international(a.code));
  if (!state || !(anySide || sides.every((a) => !a.code.startsWith('---') || /^---(REB|INS|SEP|OPP|UAF)/.test(a.code)))) return sides;
  return ofCountry(sides, countryOf(state.code)!);
}

const CIVIL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'SPY', 'LEG']);

const STATE_SECTORS = new Set(['GOV', 'COP', 'JUD', 'MIL', 'LEG', 'SPY']);

/** Numbers of people that make an expulsion a mass one: tens of thousands and more. */
const MASS = /\b(tens of thousands|hundreds of thousands|millions|[1-9]\d{1,2},\d{3}|[1-9]\d{4,})\b/i;

/** Titles of diplomats in a phrase. */
const DIPLOMAT_TITLES = /\b(ambassadors?|envoys?|diplomats?|consuls?|charg[eé]s? d'affaires)\b/i;

/** Premises whose raid is coercion rather than a fight. */
const PREMISES = new Set(['office', 'offices', 'home', 'homes', 'house', 'houses', 'monastery', 'monasteries', 'mosque', 'mosques', 'church', 'churches', 'newspaper', 'newspapers', 'headquarters', 'premises', 'residence', 'compound']);

/** Nouns for armed men and women (not their ships or vehicles). */
const FORCE_PEOPLE = new Set(['troop', 'troops', 'soldier', 'soldiers', 'marine', 'marines', 'peacekeeper', 'peacekeepers', 'paratrooper', 'paratroopers', 'police', 'policeman', 'policemen', 'officer', 'officers', 'commando', 'commandos', 'contingent', 'battalion', 'battalions', 'force', 'forces']);

/** Attackers whose noun says nothing of whom they fight for. */
const UNKNOWN_ASSAILANTS = new Set(['gunman', 'gunmen', 'bomber', 'bombers', 'assailant', 'assailants', 'attacker', 'attackers', 'assassin', 'assassins', 'kidnapper', 'kidnappers', 'hijacker', 'hijackers', 'sniper', 'snipers', 'men']);

/** Prepositions before where something happens, not whom it is done to. */
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from', 'during', 'outside', 'inside']);

/** Roots of what a state does to its own people: release, investigate, accuse or try, coerce. */
const CITIZEN_ROOTS = new Set(['08', '09', '11', '17']);

const HOMELESS_ROOTS = new Set(['01', '02', '15']);

/** Weapons whose use is chemical warfare (2041). */
const CHEMICAL_WEAPONS = /\b(chemical (weapons?|agents?|munitions?|shells?|bombs?|rockets?)|mustard (gas|agent)|sarin|chlorine (gas|bombs?|barrels?)|nerve (gas|agents?)|poison gas|toxic gas)\b/i;

/** A verb of starting followed by firing: "began firing". */
const FIRE_GERUND = /\b(firing|launching)\b/i;

/** Where fire is shown rather than aimed: into the sea, in exercises. */
const SHOWN_FIRE = /\b(into|in) (the )?(waters?|seas?|ocean)\b|\bwar games\b|\b(military )?(exercises?|drills)\b/i;

/** Roots whose acts, with no one named, are not taken to be done at home: statements, appeals, apologies, force posture. */
/** Pronouns a reported clause may name its speaker by ("it would", "he would"). */
const SPEAKER_PRONOUNS = new Set(['it', 'he', 'she', 'they']);
