import { POSSESSIVE_DETERMINERS, SPEECH_VERBS } from '../language/lexicon.js';
import { POS, type VerbGroup } from '../language/types.js';
import { countryOf, international, splitCode, type ResolvedActor } from './actors.js';
import { absolute, audience, crossesClause, crossesTime, JOINED_FORCES, opensBetween, opensClause, thirdParty } from './clauses.js';
import { chain, countriesNamed, namesRegion, nounLemma, resolveAll, speechClauses, tokenAt, type CodingContext } from './context.js';
import type { Act, VerbScope } from './emit.js';
import { borderFaced, bordered, breakaway, placeActor, placeOfEvent, sceneAfter } from './places.js';
import { againstState, endWithOf, VENUE_NOUNS, TRANSFER_CODES, LOCATIVE_ROOTS, TARGET_PREPOSITIONS, VIOLENT_ROOTS } from './rules.js';
import { ofStateFaced, STATE_SECTORS } from './sides.js';
import type { EventTally } from './tally.js';
import { authorOf, conditionSubject, firstActorAfter, metWith, otherCountryAfter, ownRelativeTarget, protestAim, recipient, relativeClauseTarget, sameOne } from './targets.js';
import { disasterReport, disavowal, joiningTopic, ownViewTopic, relationTopic, statementTopic, venueTopic } from './topics.js';
import { ADDRESSED_ROOTS, ADDRESSEE_PREPOSITIONS, AIMED_AT_PREPOSITIONS, BORDER_WORDS, COUNTRY_NOUNS, DISCUSSING_LEMMAS, FIRST_PERSON, SUBORDINATORS, TOPIC_PREPOSITIONS } from './vocabulary.js';

/** What one is invited to do that is meeting: "invited Putin to visit", "to begin membership talks". */
const INVITED_TO = new Set(['visit', 'meet', 'attend', 'come', 'talk', 'begin', 'start', 'open', 'hold', 'take', 'participate', 'dine', 'address', 'stay', 'spend', 'tour']);
const TALKS_WORDS = new Set(['talks', 'negotiations', 'dialogue', 'summit', 'conference']);

/** Forces a state may pledge to another. */
const PLEDGED_FORCES = new Set(['troop', 'troops', 'soldier', 'soldiers', 'force', 'forces', 'peacekeeper', 'peacekeepers', 'police', 'policeman', 'policemen', 'officer', 'officers', 'personnel']);

/** Acts of words: where they are voiced is a venue, not whom they are aimed at. */
const VOICED_ROOTS = new Set(['02', '10', '11', '12', '13']);
/** Sanctions, which are aimed at whom they are on. */
const SANCTION_NOUNS = new Set(['ban', 'embargo', 'sanction', 'sanctions', 'restriction', 'restrictions', 'boycott', 'blockade']);

/**
 * Whom a coded act is done to: the pattern's target, or where it named none, whom the act's words,
 * its clause or its sentence name (the rules below, in order). False when the act is no event after all.
 */
export function aimAct(scope: VerbScope, tally: EventTally, act: Act): boolean {
  const { ctx, v, vg, sent, date, governor } = scope;
  const { doc, text, tokens, nounPhrases, resolver, matcher, namesOf } = ctx;
  const { layers } = doc;
  const { targetsOfVerb, promises } = tally;
  const { rawCode, root, lemma, matchEnd, sourceNp, targetNp, judged, clash, joint, symmetric, locative, eachOther } = act;
  act.targets = resolveAll(ctx, chain(ctx, targetNp), date);
  // "shot dead three foreign women working for the International Rescue Committee", "kidnapped 17
  // workers of the U.S.-based charity Christian Aid Ministries": people who work for an
  // international body or an aid group are its own.
  const employer = targetNp !== null ? employerOf(ctx, targetNp, date) : null;
  if (employer !== null) act.targets = [employer];
  // "rejected Trump's suggestion that Washington could take back the canal": a suggestion its
  // author owns is a proposal rejected (127), not an accusation denied ("rejected suggestions that it was behind the attack").
  // (The parse may take the author for the object: "rejected Trump's | suggestion".)
  const suggested = act.code === '016' && vg.object !== null ? (nounPhrases[vg.object + 1]?.possessor === vg.object ? nounPhrases[vg.object + 1]! : nounPhrases[vg.object]!) : null;
  if (suggested !== null && suggested.possessor !== null && /^suggestions?$/.test(tokens.lower[suggested.head]!)) act.code = '127';
  // "threatened to deploy missiles in Kaliningrad in response to U.S. plans for a missile shield":
  // a threat or a show of force at home answers whoever did what it responds to.
  if ((root === '13' || root === '15') && act.targets.every((t) => act.sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
    const answered = respondsTo(ctx, matchEnd, sent.tokenEnd, date).filter((t) => countryOf(t.code) !== null && !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
    if (answered.length > 0) act.targets = answered;
  }
  // "discussed plans for a Eurasian economic union with Kazakh President Nazarbayev": what is
  // discussed is the object; whom with is the target.
  if (DISCUSSING_LEMMAS.has(lemma) && targetNp !== null && targetNp === vg.object) {
    const partner = partnerAfter(ctx, nounPhrases[targetNp]!.tokenEnd, sent.tokenEnd, date).filter((t) => !act.sources.some((a) => a.code === t.code));
    if (partner.length > 0) act.targets = partner;
  }
  // "orders U.S. troops and warplanes to Saudi Arabia to deter Iraq": a show of force is aimed at
  // whom it is to deter, not where it goes.
  let deterred: ResolvedActor[] = [];
  if (root === '15') {
    deterred = deters(ctx, matchEnd, sent.tokenEnd, date).filter((t) => countryOf(t.code) !== null && !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
    if (deterred.length > 0) act.targets = deterred;
  }
  // "Greece blocks Macedonia's NATO entry": what is done to a state's own thing that a body's name
  // describes is done to the state, not the body.
  if ((root === '10' || root === '11' || root === '12') && targetNp !== null && act.targets.length > 0 && act.targets.every((t) => international(t.code))) {
    const owned = nounPhrases[targetNp]!;
    // (Or whom its "for" phrase names: "Greece blocks NATO invitation for Macedonia".)
    // (Only for a veto: a plan "for" a place is still the body's: "rejected a U.N. peace plan for Western Sahara".)
    const forWhom = act.code === '129' ? (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === targetNp && tokens.lower[a.prep] === 'for') : undefined;
    const owner = owned.possessor !== null && tokens.pos[owned.head] === POS.NOUN ? resolver.resolveOwner(owned.possessor, date) : forWhom ? resolver.resolve(forWhom.object, date) : null;
    if (owner && /^[A-Z]{3}$/.test(owner.code) && !act.sources.some((a) => countryOf(a.code) === owner.code)) act.targets = [owner];
  }
  // "Azerbaijan rejects OSCE mediators' Karabakh peace plan": words on a plan about one's own
  // land are aimed at whose plan it is.
  // (The match may end at the possessor: "OSCE mediators'".)
  const plan = targetNp !== null && nounPhrases[targetNp + 1]?.possessor === targetNp ? targetNp + 1 : targetNp;
  // (Or about a region: "China rejects Hague tribunal's South China Sea ruling".)
  if ((root === '10' || root === '11' || root === '12') && plan !== null && nounPhrases[plan]!.possessor !== null && tokens.pos[nounPhrases[plan]!.head] === POS.NOUN && act.targets.length > 0 && act.targets.every((t) => resolver.isRegion(t.code) || act.sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
    const owner = resolver.resolveOwner(nounPhrases[plan]!.possessor!, date);
    if (owner && !act.sources.some((a) => countryOf(a.code) === countryOf(owner.code))) act.targets = [owner];
  }
  // "U.S. security assistance to Pakistan was suspended": aid cut, frozen or resumed is aimed at
  // whom it goes to, not whose it is.
  // (Through its amount: "hundreds of millions of dollars in U.S. security assistance to Pakistan".)
  let aid = root === '16' || root === '07' || act.code.startsWith('085') ? targetNp : null;
  for (let hops = 0; aid !== null && hops < 3 && !AID_NOUNS.has(tokens.lemma[nounPhrases[aid]!.head]!); hops++) {
    const end = nounPhrases[aid]!.tokenEnd;
    const next = (tokens.lower[end] === 'of' || tokens.lower[end] === 'in') ? matcher.npAt[end + 1]! : -1;
    aid = next >= 0 && nounPhrases[next]!.tokenStart === end + 1 ? next : null;
  }
  if (aid !== null && AID_NOUNS.has(tokens.lemma[nounPhrases[aid]!.head]!)) {
    const end = nounPhrases[aid]!.tokenEnd;
    const to = (tokens.lower[end] === 'to' || tokens.lower[end] === 'for') && matcher.npAt[end + 1]! >= 0 && nounPhrases[matcher.npAt[end + 1]!]!.tokenStart === end + 1 ? matcher.npAt[end + 1]! : -1;
    const recipients = to >= 0 ? resolveAll(ctx, chain(ctx, to), date).filter((t) => countryOf(t.code) !== null && !act.sources.some((a) => countryOf(a.code) === countryOf(t.code))) : [];
    if (recipients.length > 0) act.targets = recipients;
  }
  // "lifted the decades-old U.S. ban on arms sales to Vietnam": a sanction eased is aimed at whom
  // it was on (through what it was on), not at whose it was.
  if (act.code.startsWith('08') && targetNp !== null && SANCTION_NOUNS.has(tokens.lemma[nounPhrases[targetNp]!.head]!) && act.targets.every((t) => act.sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
    let k = nounPhrases[targetNp]!.tokenEnd;
    for (let hops = 0; hops < 2 && k + 1 < sent.tokenEnd && AIMED_AT_PREPOSITIONS.has(tokens.lower[k]!) && matcher.npAt[k + 1]! >= 0; hops++) {
      const np = matcher.npAt[k + 1]!;
      const whom = resolveAll(ctx, chain(ctx, np), date).filter((t) => countryOf(t.code) !== null && !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
      if (whom.length > 0) {
        act.targets = whom;
        break;
      }
      k = endWithOf(tokens, nounPhrases, np);
    }
  }
  if (judged && act.targets.length === 0 && (targetNp === null || authorOf(ctx, targetNp) === null)) return false;
  // "opened an investigation into the financing of President Morales' campaign": a target phrase
  // that names no one is of whom its "of" phrases name.
  // (Only someone of a named country or body; not for a statement: "told a summit of the CSTO".)
  const ofWhom = targetNp !== null && act.targets.length === 0 && !act.code.startsWith('01') && !VENUE_NOUNS.has(tokens.lemma[nounPhrases[targetNp]!.head]!);
  for (let k = ofWhom ? nounPhrases[targetNp!]!.tokenEnd : -1; k >= 0 && tokens.lower[k] === 'of' && matcher.npAt[k + 1]! >= 0; ) {
    const of = matcher.npAt[k + 1]!;
    act.targets = resolveAll(ctx, chain(ctx, of), date).filter((t) => !t.code.startsWith('---'));
    if (act.targets.length > 0) break;
    k = nounPhrases[of]!.tokenEnd;
  }
  // "condemned the military takeover in Fiji": criticism of what happened in a country with no author named is aimed at it.
  if (act.targets.length === 0 && targetNp !== null && (root === '11' || root === '12')) {
    const happenedIn = placeOfEvent(ctx, targetNp, date);
    if (happenedIn) act.targets = [happenedIn];
  }
  // "pounded the Chechen capital Grozny": a place force is used on is the place, not its government.
  // So is a capital one visits: "arrived in Colombo" is Sri Lanka, not its government.
  // (Not a place's person the verb took through its possessor: "killed Kenya's president" is KENGOV.)
  // (Its place still, for a thing it owns: "seized Bishkek's main government building".)
  const ownedPhrase = targetNp !== null && nounPhrases[targetNp + 1]?.possessor === targetNp ? nounPhrases[targetNp + 1]! : null;
  // (Nor a person it names by title: "killed Burundi's President Melchior Ndadaye" is BDIGOV.)
  const owner = ownedPhrase !== null && (resolver.agentSector(ownedPhrase) !== null || resolver.isPerson(targetNp! + 1));
  // (Not when the act was aimed past the place at someone else: "toward Taiwan … to deter Beijing".)
  if ((LOCATIVE_ROOTS.has(root) || act.code.startsWith('042')) && targetNp !== null && !owner && act.targets.length === 1 && deterred.length === 0 && resolver.isPlace(targetNp)) {
    const place = placeActor(ctx, targetNp, date);
    if (place) act.targets = [place];
  }
  // "visited a refugee camp in Chad": a visit to a place no one owns is to the country it is in.
  if (act.code.startsWith('042') && act.targets.length === 0 && vg.object !== null) {
    const where = countryPlacedAfter(ctx, v, date);
    if (where && !act.sources.some((a) => countryOf(a.code) === where.code)) act.targets = [where];
  }
  // "extradited a Russian hacker to the United States", "handed back 20 bronzes to Nigeria":
  // what is handed over is no target; whom it goes to is.
  // (Not when the pattern's own target is whom it goes to: "shipped doses of vaccine to Guatemala".)
  // (From the object on: "hands Milosevic to U.N. war crimes tribunal" matched the tribunal's words.)
  const handedTo = targetNp !== null && tokens.lower[nounPhrases[targetNp]!.tokenStart - 1] === 'to';
  // (Nor a debt paid off, whose "to" names the creditor: "to pay off Syria's debt to the World Bank".)
  let debt = false;
  for (let k = vg.tokenEnd; k < matchEnd && !debt; k++) debt = tokens.lemma[k] === 'debt' || tokens.lemma[k] === 'arrears';
  // (So is one promised: "agreed to hand over ousted President Omar al-Bashir to the ICC".)
  if ((TRANSFER_CODES.test(act.code) || TRANSFER_CODES.test(rawCode)) && !handedTo && !debt) {
    // (After the last of a list: "extradited Osiel Cardenas and 14 other drug suspects to the United States".)
    // (Or after the verb's own object when the pattern read on past the recipient: "began sending
    // ships to the Philippines with relief supplies for victims of the typhoon".)
    const objectEnd = targetNp !== null && targetNp === vg.object ? Math.max(...chain(ctx, targetNp).map((np) => nounPhrases[np]!.tokenEnd)) : vg.object !== null && nounPhrases[vg.object]!.tokenEnd < matchEnd ? Math.max(...chain(ctx, vg.object).map((np) => nounPhrases[np]!.tokenEnd)) : matchEnd;
    const to = recipient(ctx, v, Math.min(objectEnd, matchEnd), date);
    if (to.length > 0) act.targets = to;
    // "handed Ratko Mladic over to the U.N. war crimes tribunal": someone handed to a court is judicial cooperation (063).
    if (act.code.startsWith('084') && to.length > 0 && to.every((t) => COURT_CODES.test(t.code))) act.code = '063';
  }
  // "Iraq invited NATO to train its security forces": an invitation to do something (not to meet, come
  // or talk) asks it (026).
  // (Joining talks is meeting; joining others is not: "invited the army to join the protesters".)
  const invitedAt = vg.object !== null ? nounPhrases[vg.object]!.tokenEnd + 1 : -1;
  const joinsTalks = (tokens.lemma[invitedAt] === 'join' || tokens.lemma[invitedAt] === 'rejoin') && [1, 2, 3].some((d) => TALKS_WORDS.has(tokens.lower[invitedAt + d] ?? ''));
  if (lemma === 'invite' && act.code === '036' && vg.object !== null && tokens.lower[invitedAt - 1] === 'to' && tokens.pos[invitedAt] === POS.VERB && !INVITED_TO.has(tokens.lemma[invitedAt]!) && !joinsTalks) act.code = '026';
  // "Chad pledges 2,000 soldiers to help drive militants from northern Mali": forces pledged are
  // protection promised (0334) to whom their purpose names, not an intent towards the forces.
  // (Not forces promised something: "promised the soldiers a pay rise".)
  // (Nor forces a clause goes on about: "pledged troops would leave Iraq by the end of the year".)
  const pledgedEnd = vg.object !== null ? nounPhrases[vg.object]!.tokenEnd : -1;
  if (act.code === '030' && vg.object !== null && PLEDGED_FORCES.has(tokens.lemma[nounPhrases[vg.object]!.head]!) && matcher.npAt[pledgedEnd]! < 0 && tokens.pos[pledgedEnd] !== POS.AUX && tokens.pos[pledgedEnd] !== POS.VERB && act.targets.every((t) => t.code.startsWith('---') || act.sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
    act.code = '0334';
    act.targets = otherCountryAfter(ctx, vg, nounPhrases[vg.object]!.tokenEnd, act.sources, date).slice(0, 1);
  }
  // "Russia handed over 300 rifles to Serbia": arms a state hands to another state arm it (072); fighters
  // who hand theirs over disarm (0873).
  // (Or any who are not fighters, to fighters too: "NATO handed over weapons to the Libyan rebels".)
  if (act.code === '0873' && act.sources.length > 0 && act.sources.every((a) => /^([A-Z]{3}|---)(GOV|MIL|SPY|COP)?$/.test(a.code.slice(0, 6)) || a.code.startsWith('IGO')) && act.targets.length > 0 && act.targets.every((t) => !international(t.code))) act.code = '072';
  // A bare statement is addressed only to whom its verb or pattern names: "told reporters", not
  // "said exports to China would double".
  const statement = act.code === '010';
  act.statement = statement;
  // "A 7.5-magnitude earthquake struck the Southern Highlands, killing 30 people, officials said":
  // a report of what nature did is news of a disaster, not a statement to code.
  if (act.code.startsWith('01') && (disasterReport(ctx, v) || disavowal(ctx, v))) return false;
  // "told reporters", "told the BBC": the press a statement is made to is its audience, not its target.
  // So is one's own legislature: "told parliament that the war was over".
  const ownLegislature = (t: ResolvedActor): boolean => splitCode(t.code).sector === 'LEG' && (countryOf(t.code) === null || act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
  // So is an occasion: "told a Russia-Africa summit", "told the bloc's annual summit".
  // (Or its owner: "told the group's first news conference".)
  const occasion = (t: ResolvedActor): boolean => {
    const np = matcher.npAt[tokenAt(ctx, t.start)]!;
    if (np < 0) return false;
    const owned = nounPhrases[np + 1]?.possessor === np ? np + 1 : np;
    return OCCASIONS.has(tokens.lemma[nounPhrases[np]!.head]!) || OCCASIONS.has(tokens.lemma[nounPhrases[owned]!.head]!);
  };
  // So is the U.N. General Assembly a statement is made to: "told the U.N. General Assembly on Friday".
  const assembly = (t: ResolvedActor): boolean => international(t.code) && t.code.endsWith('ASM');
  // So are one's own officials told: "Biden told diplomats at the State Department".
  const ownAudience = (t: ResolvedActor): boolean => vg.lemma === 'tell' && vg.object !== null && matcher.npAt[tokenAt(ctx, t.start)] === vg.object && act.sources.some((a) => a.code === t.code);
  if (statement) act.targets = act.targets.filter((t) => t.code.slice(3, 6) !== 'MED' && !t.code.startsWith('---MED') && !ownLegislature(t) && !occasion(t) && !assembly(t) && !ownAudience(t));
  // "lodged a protest with the U.N. Security Council over the incursion of Israeli warplanes": a
  // protest taken to a body over another state's doing is about that state.
  if (act.code === '114' && act.targets.length > 0 && act.targets.every((t) => international(t.code))) {
    for (let k = vg.tokenEnd; k < sent.tokenEnd; k++) {
      if (tokens.lower[k] !== 'over' && tokens.lower[k] !== 'about') continue;
      const other = otherCountryAfter(ctx, vg, k + 1, act.sources, date).filter((t) => !international(t.code));
      if (other.length > 0) act.targets = other.slice(0, 1);
      break;
    }
  }
  // "Turkey will keep its border open to Syrians, Erdogan said", "said it would present new reform
  // proposals to its creditors": what a speaker says it will do, where no pattern codes the act,
  // is an intent to cooperate (030) with whom the act names.
  const promised = statement && act.sources.length > 0 && act.targets.length === 0 ? promisedAct(ctx, v, act.sources, date) : -1;
  if (promised >= 0) {
    // (Dropped at the end, as a statement is, if the promised act is coded or withheld itself.)
    promises.add(v);
    act.code = '030';
    // (A speaker of no known country is of the state they speak for: "Germany will begin returning
    // looted bronzes to Nigeria, Culture Minister Monika Gruetters said".)
    const subject = layers.verbGroups![promised]!.subject;
    const doer = subject !== null && act.sources[0]!.code.startsWith('---') ? resolver.resolve(subject, date) : null;
    const state = doer !== null ? countryOf(doer.code) : null;
    if (state !== null && /^[A-Z]{3}$/.test(state)) act.sources = act.sources.map((a) => (a.code.startsWith('---') ? { ...a, code: `${state}${a.code.slice(3)}` } : a));
    act.targets = otherCountryAfter(ctx, layers.verbGroups![promised]!, layers.verbGroups![promised]!.tokenEnd, act.sources, date, true).slice(0, 1);
  }
  // "Vietnam says ready for talks with China": a headline's verbless readiness to talk is an intent to meet (036).
  if (statement && promised < 0 && act.targets.length === 0 && READY_TO_TALK.has(tokens.lower[vg.tokenEnd]!) && MEETING_WORDS_AFTER.has(tokens.lower[vg.tokenEnd + 2]!) && tokens.lower[vg.tokenEnd + 3] === 'with') {
    const other = matcher.npAt[vg.tokenEnd + 4]!;
    const with_ = other >= 0 ? resolveAll(ctx, chain(ctx, other), date).filter((t) => !act.sources.some((a) => countryOf(a.code) === countryOf(t.code))) : [];
    if (with_.length > 0) {
      act.code = '036';
      act.targets = with_;
    }
  }
  // "said he shared Jamaica's alarm", "said he saw little hope of a settlement with Nepal": a
  // speaker's remark about their own view is about the other country it names.
  // (So is one who is hopeful or confident, 013: "said he was hopeful Ukraine's rivals could reach a compromise".)
  // (So is one told to people of no country, when its words name one: "told pilgrims on Sunday that he was following the events in Sudan".)
  const toldOnly = act.targets.length > 0 && vg.lemma === 'tell' && vg.object !== null && act.targets.every((t) => countryOf(t.code) === null && matcher.npAt[tokenAt(ctx, t.start)] === vg.object);
  if (act.code.startsWith('01') && (act.targets.length === 0 || toldOnly)) {
    const view = ownViewTopic(ctx, v, act.sources, date);
    if (view.length > 0 || !toldOnly) act.targets = view;
  }
  // "A peace treaty with Azerbaijan is within reach, Pashinyan told lawmakers": a statement about
  // one's relations with another is about them. (Not an audience of one's own: "told lawmakers".)
  if (act.code.startsWith('01') && act.targets.every((t) => act.sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
    // (Or of what the speaker adds: "told reporters in Yerevan, adding that any settlement with Azerbaijan would take years".)
    let other = relationTopic(ctx, v, act.sources, date);
    for (let w = v + 1; other.length === 0 && w < layers.verbGroups!.length && layers.verbGroups![w]!.sentence === vg.sentence; w++) {
      const g = layers.verbGroups![w]!;
      if (g.lemma === 'add' && tokens.lower[g.tokenStart - 1] === ',') other = relationTopic(ctx, w, act.sources, date);
    }
    if (other.length > 0) act.targets = other;
    // (Or the body it will join: "confident that Sweden's bid to join the European Community would succeed".)
    else {
      const body = joiningTopic(ctx, v, date);
      if (body.length > 0) act.targets = body;
    }
  }
  // "Putin sees no quick end to Kuril islands dispute with Japan": a view a headline states is about
  // the other country it names.
  if (act.code === '010' && act.targets.length === 0 && (lemma === 'see' || lemma === 'foresee') && act.sources.length > 0) act.targets = otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date).filter((t) => !namesRegion(ctx, vg.sentence, t)).slice(0, 1);
  // "Vietnam is a good neighbour, Hun Sen said", "said the situation on the border with Yugoslavia
  // was calm": a statement that names no one it is addressed to is about whom its words name.
  if (act.code.startsWith('01') && (act.targets.length === 0 || toldOnly)) {
    const topic = statementTopic(ctx, v, act.sources, date);
    if (topic.length > 0 || !toldOnly) act.targets = topic;
  }
  // ("said in Moscow that his country's future was bound up with Russia's": or about where it is said, abroad.)
  if (act.code.startsWith('01') && act.targets.length === 0) act.targets = venueTopic(ctx, v, act.sources, date);
  // "Vaccines donated by China were handed over to Zimbabwe": aid a participle gives, which the
  // clause's own verb takes somewhere, is for whom that verb names.
  // (A verb that takes it somewhere, not one that befalls it: "Food aid donated by the United States was stolen by Somali militias".)
  const carrier = vg.voice === 'passive' && vg.head === vg.tokenStart && act.targets.length === 0 && root === '07' ? ctx.verbGroups[v + 1] : undefined;
  if (carrier !== undefined && CARRYING_VERBS.has(carrier.lemma) && carrier.sentence === vg.sentence && carrier.subject !== null && nounPhrases[carrier.subject]!.tokenStart < vg.head && vg.head < carrier.tokenStart) {
    act.targets = firstActorAfter(ctx, v + 1, carrier.tokenEnd, date, true).slice(0, 1).filter((t) => !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
  }
  // "Colombia is harbouring paramilitaries, Venezuela charged": a charge or allegation a speaker
  // makes after what it says, with no object of its own, accuses whom its words name (112).
  // (Not after a clause a subordinator opens: "When youths threw stones at the troops, Israeli soldiers charged".)
  const accusing = (lemma === 'charge' || lemma === 'allege') && act.targets.length === 0 && vg.voice === 'active' && vg.object === null && vg.subject !== null;
  const inverted = accusing && tokens.lower[nounPhrases[vg.subject!]!.tokenStart - 1] === ',' && !SUBORDINATORS.has(tokens.lower[sent.tokenStart]!) && ctx.verbGroups.some((g) => g.sentence === vg.sentence && g.tokenEnd <= nounPhrases[vg.subject!]!.tokenStart);
  if (inverted) {
    act.code = '112';
    act.targets = statementTopic(ctx, v, act.sources, date).slice(0, 1);
  }
  // "rejects Seoul's offer of talks": a pattern read past an owner's possessive is done to the owner.
  // (Not one's own: "suspended Moscow's participation in the treaty". Rebels and their state are
  // two sides, though: "Taliban reject Karzai's offer of peace talks".)
  if (act.targets.length === 0 && !statement && vg.object !== null && tokens.lower[nounPhrases[vg.object]!.tokenEnd] === "'s" && nounPhrases[vg.object]!.tokenEnd < matchEnd) {
    const ownSide = (a: ResolvedActor, t: ResolvedActor): boolean => countryOf(a.code) === countryOf(t.code) && againstState(a) === againstState(t);
    act.targets = resolveAll(ctx, chain(ctx, vg.object), date).filter((t) => !act.sources.some((a) => ownSide(a, t)));
  }
  // "France's decision to resume nuclear tests was condemned by New Zealand": in the passive, what
  // was done to a thing of someone's was done to its owner.
  if (act.targets.length === 0 && !statement && vg.voice === 'passive' && vg.subject !== null && nounPhrases[vg.subject]!.possessor !== null && tokens.pos[nounPhrases[vg.subject]!.head] === POS.NOUN) {
    act.targets = resolveAll(ctx, chain(ctx, nounPhrases[vg.subject]!.possessor), date).filter((t) => !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
  }
  // "condemned the military's overthrow of Honduran President Manuel Zelaya": a state's agents of no
  // named country whom another condemns are of the one other country the sentence names.
  if ((root === '11' || root === '12') && act.targets.length > 0 && act.targets.every((t) => t.code.startsWith('---') && t.code.length === 6 && STATE_SECTORS.has(t.code.slice(3)))) {
    const own = new Set(act.sources.map((a) => countryOf(a.code)));
    const others = [...countriesNamed(ctx, vg.sentence)].filter((c) => !own.has(c) && /^[A-Z]{3}$/.test(c));
    if (others.length === 1) act.targets = act.targets.map((t) => ({ ...t, code: `${others[0]}${t.code.slice(3)}` }));
  }
  // "Militant training camps in eastern Afghanistan were struck by U.S. cruise missiles": force used
  // in the passive on a thing in a place is used on the place's country.
  if (act.targets.length === 0 && !statement && vg.voice === 'passive' && vg.subject !== null && VIOLENT_ROOTS.has(root)) {
    const where = (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === vg.subject && LOCATIVE_PREPOSITIONS_OF_THINGS.has(tokens.lower[a.prep]!));
    const place = where ? placeActor(ctx, where.object, date) : null;
    if (place && countryOf(place.code) !== null) act.targets = [place];
  }
  // No target in the pattern or as object: the first prepositional object after the match that names an actor.
  // So in the passive when what was done is a thing: "helicopters were delivered to Mali by Russia".
  if (act.targets.length === 0 && !statement) {
    for (const a of layers.attachments ?? []) {
      const obj = nounPhrases[a.object]!;
      if (obj.sentence !== vg.sentence || obj.tokenStart < matchEnd || !TARGET_PREPOSITIONS.has(tokens.lower[a.prep]!)) continue;
      // In the passive only a recipient: "delivered to Mali", not "blown up over Ukraine".
      if (vg.voice === 'passive' && !['to', 'on', 'against'].includes(tokens.lower[a.prep]!)) continue;
      // "Kyrgyz and Tajik guards exchanged fire along the frontier between the two states": a
      // "between" phrase after conjoined sides names them again.
      if (tokens.lower[a.prep] === 'between' && act.sources.length > 1) continue;
      if (clash && tokens.lower[a.prep] !== 'with' && tokens.lower[a.prep] !== 'against') continue;
      // "South Korea and Japan began sharing data on North Korean launches": what sides who
      // cooperate talk about is no one they cooperate with.
      if (symmetric && TOPIC_PREPOSITIONS.has(tokens.lower[a.prep]!)) continue;
      // ", with Washington scaling back its participation": an absolute clause names no target.
      if (tokens.lower[a.prep] === 'with' && tokens.lower[a.prep - 1] === ',' && absolute(ctx, a.object)) continue;
      // "Rabin and Arafat signed an agreement at the White House": where sides meet is a venue.
      if (symmetric && act.sources.length > 1 && tokens.lower[a.prep] === 'at') continue;
      // "pledged deeper ties at a Beijing summit": where it was said is no one it was done to.
      if ((tokens.lower[a.prep] === 'at' || tokens.lower[a.prep] === 'on') && VENUE_NOUNS.has(tokens.lemma[obj.head]!)) continue;
      // Nor is where a demand, criticism or threat is voiced: "demanded at the United Nations that
      // Britain open negotiations".
      if (tokens.lower[a.prep] === 'at' && VOICED_ROOTS.has(root)) continue;
      // (Nor what such a venue is of: "on the sidelines of the SCO summit".)
      if (a.attachedTo.kind === 'noun' && tokens.lower[a.prep] === 'of' && VENUE_NOUNS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!)) continue;
      // Only within the verb's own clause: no other verb between, nor a time phrase ("resigned after protests against …").
      if (crossesClause(tokens, matcher.npAt, matchEnd, a.prep) || crossesTime(ctx, matchEnd, a.prep) || opensBetween(ctx, matchEnd, a.prep)) break;
      if (audience(ctx, a.prep) || thirdParty(ctx, a.prep)) continue;
      // ("attacked an army post near the border with Ivory Coast": what a border an act is done near is with.)
      if (tokens.lower[a.prep] === 'with' && a.attachedTo.kind === 'noun' && tokens.lower[nounPhrases[a.attachedTo.index]!.tokenStart - 1] === 'near' && BORDER_WORDS.has(tokens.lemma[nounPhrases[a.attachedTo.index]!.head]!)) continue;
      // (Or to a participle that describes the object: "rammed a car packed with explosives into the U.N. headquarters".)
      const describing = (g: number): boolean => ctx.verbGroups[g]!.voice === 'passive' && vg.object !== null && ctx.verbGroups[g]!.subject === vg.object && ctx.verbGroups[g]!.tokenStart === nounPhrases[vg.object]!.tokenEnd;
      const attachedHere = a.attachedTo.kind === 'verb' ? a.attachedTo.index === v || describing(a.attachedTo.index) : nounPhrases[a.attachedTo.index]!.tokenStart >= vg.tokenEnd;
      if (!attachedHere) continue;
      // "imposed a curfew on Dhaka": a capital where force is used is the place, not its government.
      act.targets = LOCATIVE_ROOTS.has(root) && resolver.isPlace(a.object) ? [placeActor(ctx, a.object, date)].filter((t) => t !== null) : resolveAll(ctx, chain(ctx, a.object), date);
      if (act.targets.length > 0) break;
    }
  }
  // "pledged $15 billion in direct investment in Turkey": investment is made in whom its "in" phrase names.
  // (And investment banned: "U.S. bans new investment in Myanmar".)
  if (act.targets.length === 0 && (root === '03' || root === '06' || root === '07' || root === '16')) {
    // (Or aid for the rebuilding "of" a country: "pledged $500 million for the reconstruction of Afghanistan".)
    const made = (layers.attachments ?? []).find((a) => ((tokens.lower[a.prep] === 'in' && INVESTMENT_NOUNS.has(tokens.lemma[a.prep - 1]!)) || (tokens.lower[a.prep] === 'of' && REBUILDING_NOUNS.has(tokens.lemma[a.prep - 1]!))) && nounPhrases[a.object]!.sentence === vg.sentence && a.prep >= vg.tokenEnd);
    const where = made ? placeActor(ctx, made.object, date) ?? resolver.resolve(made.object, date) : null;
    if (where && countryOf(where.code) !== null && !act.sources.some((a) => countryOf(a.code) === countryOf(where.code))) act.targets = [where];
  }
  // Still none: the first actor named after the verb in its clause, as TABARI takes it ("promised
  // to continue military aid to Mozambique", "rejected a fresh offer from Afghanistan").
  // Conjoined sides that clash or trade ("Azerbaijani and Armenian forces clashed over
  // Nagorno-Karabakh") act on each other, not on the place or the issue: for them only a "with"
  // or "against" phrase names someone else.
  // (Not the source itself again: "rejected the demand that he resign".)
  const itself = (t: ResolvedActor): boolean => act.sources.length === 1 && t.code === act.sources[0]!.code && sameOne(ctx, act.sources[0]!, t);
  // (Nor after an appeal or demand made to everyone: "appealed to all nations to recognise the independent Lithuanian state".)
  if (act.targets.length === 0 && vg.voice === 'active' && !statement && !clash && !((root === '02' || root === '10') && addressedToAll(ctx, vg))) act.targets = firstActorAfter(ctx, v, matchEnd, date, locative, false, act.sources.length > 1).filter((t) => !itself(t));
  // "BAIDOA, Somalia - The WFP flew sorghum into this famine-stricken town", "DAMASCUS - inspectors
  // collected samples in the eastern suburbs of the capital": the town or capital of a dateline is its place.
  // (Only for an act done to a place, not one asked for or held there: "asked the international community
  // to restore security in the capital", "opened peace talks in the Ethiopian capital".)
  if (act.targets.length === 0 && PLACED_ROOTS.test(root) && ctx.filedFrom !== null) {
    const here = datelinePlace(ctx, vg);
    if (here) act.targets = [here];
  }
  // "PYONGYANG - Kim Dae-jung arrived here on Tuesday", "WASHINGTON - Cuba reopened its embassy here":
  // "here" in a datelined story is the dateline's place.
  // (Only where the place is whom the act is done to: a visit, an embassy, a material act; not where
  // others meet or sign: "signed a peace settlement here".)
  const embassy = vg.object !== null && EMBASSY_NOUNS.has(tokens.lemma[nounPhrases[vg.object]!.head]!);
  if (act.targets.length === 0 && (act.code.startsWith('042') || PLACED_ROOTS.test(root) || embassy) && ctx.filedFrom !== null && !act.sources.some((a) => countryOf(a.code) === ctx.filedFrom)) {
    for (let k = vg.tokenEnd; k < Math.min(sent.tokenEnd, vg.tokenEnd + 6) && tokens.lower[k] !== ','; k++) {
      if (tokens.lower[k] !== 'here') continue;
      act.targets = [{ code: ctx.filedFrom, start: tokens.start[k]!, end: tokens.end[k]!, place: true, inferred: true }];
      break;
    }
  }
  // "appointed judge Richard Goldstone to lead an investigation into Israel's offensive": the
  // inquiry looks into its topic, not into the one appointed to lead it.
  if (root === '09' && APPOINT_VERBS.has(lemma)) {
    const into = (layers.attachments ?? []).find((a) => a.prep >= matchEnd - 1 && nounPhrases[a.object]!.sentence === vg.sentence && (tokens.lower[a.prep] === 'into' || tokens.lower[a.prep] === 'of'));
    const topic = into ? nounPhrases[into.object]! : null;
    act.targets = topic ? resolveAll(ctx, chain(ctx, topic.possessor ?? into!.object), date).filter((t) => !act.sources.some((a) => a.code === t.code)) : [];
  }
  // "began investigating whether acts of genocide had been committed in Sudan's Darfur region": an
  // inquiry into no one named looks into the country where what it looks into happened.
  // (Not an inquiry a state opens into its own officials: "opened a criminal investigation into senior
  // defence officials suspected of selling jets to North Korea" looks at home.)
  const home = act.sources.length > 0 && !international(act.sources[0]!.code) ? countryOf(act.sources[0]!.code) : null;
  if (root === '09' && home !== null && act.targets.length > 0 && act.targets.every((t) => t.code.startsWith('---') && t.code.length === 6 && STATE_SECTORS.has(t.code.slice(3)))) {
    act.targets = act.targets.map((t) => ({ ...t, code: `${home}${t.code.slice(3)}` }));
  }
  // (Nor one into no one but the doer's own: "opened the court's first formal investigation, into war
  // crimes committed in the Democratic Republic of Congo".)
  if (root === '09' && act.targets.every((t) => t.code.startsWith('---') || act.sources.some((a) => a.code === t.code))) {
    const places = (namesOf.get(vg.sentence) ?? []).filter((n) => n.type === 'place' && n.country !== null && /^[A-Z]{3}$/.test(n.country));
    // (An international body's inquiry may name the place before its verb: "began a fact-finding
    // visit to Nicaragua on Thursday to investigate the killing of protesters".)
    const outside = act.sources.length > 0 && act.sources.every((a) => international(a.code));
    const where = places.find((n) => n.tokenStart >= vg.tokenEnd) ?? (outside ? places.find((n) => !act.sources.some((a) => a.start <= n.start && n.end <= a.end)) : undefined);
    if (where) act.targets = [{ code: where.country!, start: where.start, end: where.end, place: true }];
  }
  // "launched an investigation into the sarin attack that killed scores of people in the Syrian
  // town of Khan Sheikhoun": so is one into what happened in a place a demonym names.
  // So is a claim of responsibility for an attack, and sympathy over a disaster: "claimed
  // responsibility for the assault on a shopping mall in Nairobi", "voiced his sorrow over the
  // earthquake that devastated Haiti".
  if ((root === '09' && act.targets.every((t) => t.code.startsWith('---'))) || ((act.code === '015' || act.code === '018') && act.targets.length === 0)) {
    const scene = sceneAfter(ctx, v, matchEnd, date);
    if (scene && !act.sources.some((a) => countryOf(a.code) === scene.code)) act.targets = [scene];
  }
  // "lifted the sanctions it had imposed on Mali": a thing the doer's own relative clause says they
  // did to someone is done to them again.
  // (The search above may have stopped at its pronoun.)
  if (!statement && vg.voice === 'active' && act.targets.every((t) => act.sources.some((a) => a.code === t.code))) {
    const own = ownRelativeTarget(ctx, v, matchEnd, date);
    if (own.length > 0) act.targets = own;
  }
  // "denounced what he called a U.S.-backed coup attempt": criticism of an act is aimed at its
  // backer (in the next few phrases of the clause).
  // (Before the body a text is put to: "vetoed a Malaysian-drafted U.N. Security Council resolution".)
  if (act.targets.every((t) => international(t.code)) && (root === '10' || root === '11' || root === '12')) {
    for (let k = matchEnd, seen = 0; k < sent.tokenEnd && seen < 3 && !opensClause(ctx, k) && tokens.lower[k] !== ';'; k++) {
      const np = matcher.npAt[k]!;
      if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
      seen++;
      const backer = resolver.backerIn(np, date, act.targets.length > 0);
      if (backer) {
        act.targets = [backer];
        break;
      }
    }
  }
  // (So is an act condemned: "condemned the military coup that toppled Malian President Toure".)
  if (act.targets.length === 0 && (root === '12' || root === '11') && vg.voice === 'active') act.targets = relativeClauseTarget(ctx, v, matchEnd, act.sources, date);
  // "refused to hand Osama bin Laden over to the United States": a handover refused is refused to its
  // recipient. (Not when whoever asked for it is named first: "turned down a request from Scholz to send …".)
  const refusedHandover = root === '12' ? layers.verbGroups![v + 1] : undefined;
  if (refusedHandover && refusedHandover.sentence === vg.sentence && tokens.lower[refusedHandover.tokenStart - 1] === 'to' && HANDOVER_VERBS.has(refusedHandover.lemma) && act.targets.every((t) => t.start >= refusedHandover.end)) {
    const to = recipient(ctx, v + 1, refusedHandover.tokenEnd, date).filter((t) => countryOf(t.code) !== null && !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
    if (to.length > 0) act.targets = to;
  }
  // "demanded the withdrawal of Syrian troops from Lebanon": a withdrawal is demanded of whoever's troops they are.
  if (act.code === '1056' && targetNp !== null && tokens.lower[nounPhrases[targetNp]!.tokenStart - 1] === 'from') {
    const troops = matcher.npAt[nounPhrases[targetNp]!.tokenStart - 2]!;
    const whose = troops >= 0 ? resolver.resolve(troops, date) : null;
    const country = whose ? countryOf(whose.code) : null;
    if (whose && country !== null && !act.targets.some((t) => countryOf(t.code) === country) && !act.sources.some((a) => countryOf(a.code) === country)) act.targets = [whose];
  }
  // "rejected a U.N. Security Council demand to hand over bin Laden", "refuse U.S. demand to hand over
  // bin Laden": a demand or request rejected is rejected to whoever made it, not to whom it is about.
  // (Or whose demand: "rejected Washington's demand to …".)
  const owned = vg.object !== null && tokens.lower[nounPhrases[vg.object]!.tokenEnd] === "'s" ? matcher.npAt[nounPhrases[vg.object]!.tokenEnd + 1]! : -1;
  const request = owned >= 0 ? owned : vg.object;
  if (root === '12' && vg.voice === 'active' && request !== null && REQUEST_NOUNS.has(tokens.lemma[nounPhrases[request]!.head]!)) {
    const phrase = nounPhrases[request]!;
    const maker = owned >= 0 ? resolver.resolve(vg.object!, date) : (resolver.resolve(request, date) ?? (phrase.possessor !== null ? resolver.resolveOwner(phrase.possessor, date) : null));
    if (maker && (countryOf(maker.code) !== null || international(maker.code)) && !act.sources.some((a) => a.code === maker.code || (countryOf(a.code) !== null && countryOf(a.code) === countryOf(maker.code)))) act.targets = [maker];
  }
  // "bowed to euro zone demands for sweeping reforms": yielding to a demand or to pressure is
  // yielding to whoever made it.
  if (root === '08' && vg.voice === 'active' && act.targets.every((t) => act.sources.some((a) => countryOf(a.code) === countryOf(t.code)))) {
    // (Its "to" a few words on: "bowed on Monday to euro zone demands".)
    const yieldedTo = (layers.attachments ?? []).find((a) => a.prep >= vg.tokenEnd && a.prep <= vg.tokenEnd + 3 && tokens.lower[a.prep] === 'to' && YIELDED_NOUNS.has(tokens.lemma[nounPhrases[a.object]!.head]!));
    const maker = yieldedTo ? resolver.resolve(yieldedTo.object, date) : null;
    if (maker && !act.sources.some((a) => a.code === maker.code || countryOf(a.code) === countryOf(maker.code))) act.targets = [maker];
  }
  // "rallied in Beirut to demand the withdrawal of Syrian troops": a protest is aimed at whom its demand names.
  if (root === '14' && vg.voice === 'active') {
    // (Not the one they protest for: "supporters of Ben Bella … demanding that he be reinstated".)
    const aim = protestAim(ctx, v, date).filter((t) => !act.sources.some((a) => sameOne(ctx, a, t)));
    if (aim.length > 0) act.targets = aim;
    // "Palestinian prisoners in Israeli jails began a hunger strike": prisoners protest against who holds them.
    const held = act.targets.length === 0 && sourceNp !== null ? (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === sourceNp && tokens.lower[a.prep] === 'in' && DETENTION_NOUNS.has(tokens.lemma[nounPhrases[a.object]!.head]!)) : undefined;
    const jailer = held ? resolveAll(ctx, chain(ctx, held.object), date).filter((t) => countryOf(t.code) !== null && !act.sources.some((a) => countryOf(a.code) === countryOf(t.code))) : [];
    if (jailer.length > 0) act.targets = jailer.slice(0, 1);
    // "marched through Lahore, burning Danish flags": protesters who burn another state's flag, and
    // name no other aim, protest against it. (Not over an aim named: "protested against the government in Amman, burning Israeli flags".)
    const own = act.sources.length > 0 ? countryOf(act.sources[0]!.code) : null;
    const burnt = burntFlags(ctx, vg.sentence).filter((c) => c !== own);
    if (burnt.length > 0 && act.targets.every((t) => (t.place || t.inferred || t.code.length === 3) && countryOf(t.code) === own)) act.targets = burnt.map((code) => ({ code, start: vg.start, end: vg.end, inferred: true }));
  }
  // "called on all parties in Myanmar to refrain", "demanded a ceasefire across Syria": an appeal or
  // demand to no one named, about a country, is addressed to it.
  if (act.targets.length === 0 && ADDRESSED_ROOTS.has(root)) {
    const object = targetNp ?? vg.object;
    // ("appealed for an end to the bloodshed in southern Kyrgyzstan": a place after the match.)
    // ("Pope urges end to bloodshed in Bosnia": or the first place further on.)
    const place = (object !== null ? placeOfEvent(ctx, object, date) : (firstActorAfter(ctx, v, matchEnd, date, true, true)[0] ?? null)) ?? (root === '02' || root === '10' ? sceneAfter(ctx, v, matchEnd, date) : null);
    if (place && !act.sources.some((a) => countryOf(a.code) === countryOf(place.code))) act.targets = [place];
  }
  // "send troops to join a West African force … in Liberia": the force joined is no one protected;
  // the place after it is.
  if ((act.code === '074' || act.code === '0334') && act.targets.length === 1) {
    const joined = nounPhrases.findIndex((np) => np.start <= act.targets[0]!.start && act.targets[0]!.start < np.end && np.sentence === vg.sentence);
    // (Or the country it is for: "a West African peacekeeping force being assembled for war-torn Liberia".)
    if (joined >= 0 && JOINED_FORCES.has(tokens.lemma[nounPhrases[joined]!.head]!)) {
      const placed = firstActorAfter(ctx, v, nounPhrases[joined]!.tokenEnd, date, true, true).slice(0, 1);
      act.targets = placed.length > 0 ? placed : otherCountryAfter(ctx, vg, nounPhrases[joined]!.tokenEnd, act.sources, date).filter((t) => !namesRegion(ctx, vg.sentence, t)).slice(0, 1);
    }
  }
  // "put its troops along the Cambodian border on high alert": a show of force at a border is aimed across it.
  // (So is one whose only target is a body of no country the act involves: "war games involving
  // tens of thousands of troops along its border with Afghanistan".)
  // (Or only a place it was moved to: "moved troops into Belarus near the Ukrainian border".)
  if (root === '15' && act.targets.every((t) => t.code.startsWith('---'))) {
    const across = borderFaced(ctx, vg, matchEnd, act.sources, date);
    if (across.length > 0 || act.targets.length === 0) act.targets = across;
    // (Or the country across it whose officials tell of it: "Thailand has moved tanks up to the disputed border, Cambodian officials said".)
    if (act.targets.length === 0 && scope.speaker !== undefined && act.sources.length > 0 && bordered(ctx, vg)) {
      const teller = resolveAll(ctx, chain(ctx, scope.speaker), date).map((a) => countryOf(a.code)).find((c): c is string => c !== null && /^[A-Z]{3}$/.test(c));
      if (teller !== undefined && teller !== countryOf(act.sources[0]!.code)) act.targets = [{ code: teller, start: nounPhrases[scope.speaker]!.start, end: nounPhrases[scope.speaker]!.end, place: true, inferred: true }];
    }
  } else if (root === '15' && act.targets.length === 1 && act.targets[0]!.place) {
    const across = borderFaced(ctx, vg, matchEnd, act.sources, date, true);
    if (across.length > 0) act.targets = across;
  }
  // "put its units in Slovenia on full combat alert": force shown in a country is aimed at it; in
  // one's own, at home ("massed troops near the Kurdish-held city of Arbil").
  if (root === '15' && act.targets.length === 0) {
    const where = countryPlacedAfter(ctx, v, date);
    if (where) act.targets = [where];
  }
  // "is sending a carrier strike group to the Middle East as a clear message to Iran": force shown
  // in a region is aimed at the country the sentence names after it.
  if (root === '15' && act.targets.length === 1 && namesRegion(ctx, vg.sentence, act.targets[0]!)) {
    const other = otherCountryAfter(ctx, vg, tokenAt(ctx, act.targets[0]!.end - 1) + 1, act.sources, date).filter((t) => !namesRegion(ctx, vg.sentence, t));
    if (other.length > 0) act.targets = [other[0]!];
  }
  // "struck military targets across Yugoslavia in the first attack on a European state": force used
  // on a region is used on the country the sentence names before it.
  if (VIOLENT_ROOTS.has(root) && act.targets.length === 1 && resolver.isRegion(act.targets[0]!.code)) {
    const where = countryPlacedAfter(ctx, v, date);
    if (where && where.start < act.targets[0]!.start && !act.sources.some((a) => countryOf(a.code) === where.code)) act.targets = [where];
  }
  // "airlifting biscuits to villages in eastern Madagascar": aid to people of a place is aid to its country.
  // (So is aid only promised: "Italy will lead a multinational force to protect aid deliveries in Albania".)
  if (act.targets.length === 0 && (root === '07' || rawCode.startsWith('07') || rawCode.startsWith('033'))) act.targets = firstActorAfter(ctx, v, matchEnd, date, true, true).slice(0, 1);
  // "doctors arrived in Sierra Leone to help treat patients": help is for whom the going was to.
  // (Or whom the sending named, coded or not: "flew a team of nurses and vaccines to Samoa to help fight an epidemic".)
  // (The verb an infinitive of purpose follows counts too.)
  // (Only a sending told as done that coded nothing itself, which is the same act otherwise.)
  const sender = v > 0 ? layers.verbGroups![v - 1]! : null;
  const sending = sender !== null && sender.sentence === vg.sentence && tokens.lower[vg.tokenStart - 1] === 'to' && sender.tense === 'past' && sender.modal === null && !targetsOfVerb.has(v - 1) ? v - 1 : -1;
  if (act.targets.length === 0 && root === '07' && governor >= 0) act.targets = targetsOfVerb.get(governor) ?? [];
  // "dispatched a navy flotilla carrying relief supplies and medical teams to help typhoon victims in
  // the central Philippines": aid whose only target is of no country, or the giver's own, goes
  // where the place after it is.
  if (root === '07' && act.sources.length > 0 && countryOf(act.sources[0]!.code) !== null && act.targets.every((t) => countryOf(t.code) === null || countryOf(t.code) === countryOf(act.sources[0]!.code))) {
    const scene = sceneAfter(ctx, v, matchEnd, date);
    if (scene && countryOf(scene.code) !== countryOf(act.sources[0]!.code)) act.targets = [scene];
  }
  if (act.targets.length === 0 && root === '07' && sending >= 0) act.targets = recipient(ctx, sending, sender!.tokenEnd, date).filter((t) => !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
  // "threatened to use force if Niger's junta did not reinstate Bazoum": a threat is made to
  // whoever must meet its condition.
  // So, rather than a region or a thing the threatened act names, is one whose condition names
  // them: "threatened to cut off gas transit to Europe if the European Union imposed new sanctions".
  if (act.targets.length === 0 && root === '13') act.targets = conditionSubject(ctx, v, date);
  else if (root === '13' && act.targets.every((t) => namesRegion(ctx, vg.sentence, t) || describedThing(ctx, t))) {
    const conditioned = conditionSubject(ctx, v, date).filter((t) => (countryOf(t.code) !== null || international(t.code)) && !act.sources.some((a) => countryOf(a.code) === countryOf(t.code)));
    if (conditioned.length > 0) act.targets = conditioned;
  }
  // "apologised for the suffering Japan's colonial rule caused": an apology for one's own country's acts is made to no one named.
  // "put its army on the highest level of readiness": one's own forces are no target of one's show of force.
  // (An apology made to one's own people keeps them: "apologised to Australia's Aboriginal people".)
  // (Its start is the possessor's, where there is one: "to Australia's Aborigines".)
  const madeTo = (t: ResolvedActor): boolean => {
    if (act.code !== '055') return false;
    const np = matcher.npAt[tokenAt(ctx, t.start)]!;
    const owner = np >= 0 ? nounPhrases[np]!.possessor : null;
    // (From the phrase's start, over its article: "apologised to the Aborigines".)
    const start = Math.min(t.start, np >= 0 ? nounPhrases[np]!.start : t.start, owner !== null ? nounPhrases[owner]!.start : t.start);
    return /\bto\s*$/i.test(text.slice(Math.max(0, start - 4), start));
  };
  // (A place at home keeps its country, though: "massed troops near the Kurdish-held city of Arbil".)
  // (Unless another country is named after it, whom the force faces: "rushed troops to Ladakh after a clash with Chinese soldiers".)
  let facedAfter: boolean | undefined;
  const facesOther = (): boolean => (facedAfter ??= otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date).some((o) => !speaks(ctx, matcher.npAt[tokenAt(ctx, o.start)]!)));
  const homePlace = (t: ResolvedActor): boolean => root === '15' && t.place === true && /^[A-Z]{3}$/.test(t.code) && !facesOther();
  // (Nor one's own government's fault one admits: "admitted that his government had made mistakes".)
  if ((root === '15' || act.code === '055' || act.code === '015') && act.sources.length > 0) act.targets = act.targets.filter((t) => countryOf(t.code) === null || countryOf(t.code) !== countryOf(act.sources[0]!.code) || madeTo(t) || homePlace(t) || breakaway(ctx, t));
  // "apologised for the suffering caused by Japan's colonial rule of Korea", "for violence during
  // Indonesia's war of independence": an apology made to no one is owed to the other country its
  // wrong names. (Not a region's: "the suffering Japan caused the peoples of Asia".)
  if (act.code === '055' && act.targets.length === 0 && act.sources.length > 0 && countryOf(act.sources[0]!.code) !== null) act.targets = otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date).filter((t) => !namesRegion(ctx, vg.sentence, t)).slice(0, 1);
  // "China and Laos opened a railway linking the Chinese city of Kunming with …": places of the
  // sides' own countries are no one else they cooperate with.
  // (Nor is a place their name stands for: "linking the Lao capital with …".)
  if (symmetric && !clash && act.sources.length > 1 && act.targets.length > 0 && act.targets.every((t) => (t.place || /^[A-Z]{3}$/.test(t.code)) && act.sources.some((a) => countryOf(a.code) === countryOf(t.code)))) act.targets = [];
  // "India and China agreed to disengage troops", "to reopen their embassies": sides that cooperate
  // on something of no named country's act on each other.
  // (Their own things or forces: not "met students".)
  const theirs = (t: ResolvedActor): boolean => /^(their|its)\b/i.test(text.slice(t.start, t.end));
  const own = act.targets.every((t) => (t.code.startsWith('---') && (t.code.slice(3, 6) === 'MIL' || theirs(t))) || (theirs(t) && act.sources.some((a) => countryOf(a.code) === countryOf(t.code))));
  if (symmetric && !clash && act.targets.length > 0 && own) act.targets = [];
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
  // (Or two sides of one country: "Colombia's government and the FARC opened peace talks near Oslo".)
  if ((root === '04' || root === '05' || root === '06') && !/^04[23]/.test(act.code) && symmetric && (new Set(act.sources.map((a) => countryOf(a.code)).filter((c) => c !== null)).size > 1 || new Set(act.sources.map((a) => a.code)).size > 1) && !act.targets.some((t) => metWith(ctx, t, vg) && (root === '04' || !describedThing(ctx, t)))) act.targets = [];
  // "Armenia and Turkey agreed to open their land border to citizens of third countries": whom
  // sides of two countries mean to cooperate for, of no named country, is no side.
  if (root === '03' && symmetric && act.targets.length > 0 && act.targets.every((t) => t.code.startsWith('---')) && new Set(act.sources.map((a) => countryOf(a.code)).filter((c) => c !== null)).size > 1) act.targets = [];
  // "would allow weapons inspectors to return": inspectors, observers or peacekeepers of no named
  // country whom a state lets in are international (086x).
  // (So are those let into a place: "allow U.N.-backed peacekeepers into East Timor"; a body that
  // backs them is theirs.)
  if ((act.code.startsWith('086') || rawCode.startsWith('086')) && act.targets.every((t) => t.code.startsWith('---') || t.place || act.sources.some((a) => countryOf(a.code) !== null && countryOf(a.code) === countryOf(t.code)))) {
    const object = targetNp ?? vg.object;
    const backer = object !== null ? resolver.resolve(object, date) : null;
    if (backer !== null && international(backer.code)) act.targets = [backer];
    else if (object !== null && INTERNATIONAL_ENVOYS.has(nounLemma(ctx, nounPhrases[object]!.head))) act.targets = [{ code: 'IGO', start: nounPhrases[object]!.start, end: nounPhrases[object]!.end }];
  }
  // "said foreign policy rested on good relations with its Central Asian neighbours", "The Middle East
  // peace process is at a dead end": a region a statement, appeal or intent speaks of is no one it is made to.
  // (So is one sides exercising together name: "began the annual African Lion military exercise".)
  if ((root === '01' || root === '02' || root === '03' || joint) && act.targets.some((t) => resolver.isRegion(t.code))) act.targets = act.targets.filter((t) => !resolver.isRegion(t.code));
  // "Obama and Hu hold talks in Beijing on trade, climate and Iran": what sides meet about is no one they meet.
  // (A list of topics may end in one: "on trade, climate and Iran".)
  if (root === '04' && symmetric && act.targets.length > 0 && new Set(act.sources.map((a) => countryOf(a.code))).size > 1) {
    const before = act.targets.map((t) => tokens.lower[tokenAt(ctx, t.start) - 1] ?? '');
    if (before.some((w) => TOPIC_PREPOSITIONS.has(w)) && before.every((w, n) => TOPIC_PREPOSITIONS.has(w) || (w === 'and' && act.targets[n]!.start > vg.end))) act.targets = [];
  }
  // "Uzbekistan and Tajikistan restored direct flights between Tashkent and Dushanbe": cooperation
  // between conjoined sides that names only their own places is theirs with each other.
  // (The sides' own places or organs, not their people: "France and Germany pledged aid to Germany's flood victims".)
  const sides = new Set(act.sources.map((a) => countryOf(a.code)).filter((c): c is string => c !== null));
  const ownSide = (t: ResolvedActor): boolean => sides.has(countryOf(t.code) ?? '') && /^[A-Z]{3}($|GOV|MIL|SPY|COP)/.test(t.code);
  if (symmetric && /^0[3-8]/.test(root) && act.targets.length > 0 && sides.size > 1 && act.targets.every(ownSide)) act.targets = [];
  // "Greece and Turkey pulled their warships back … after mediation by U.S. envoy Richard Holbrooke",
  // "under a plan monitored by observers from Brazil": who helps sides of two countries act on each
  // other, named in a "by" phrase of a noun or a participle, is no side.
  if (symmetric && !clash && /^0[3-8]/.test(root) && sides.size > 1 && act.targets.length > 0 && act.targets.every((t) => helperOf(ctx, tokenAt(ctx, t.start), vg.tokenEnd))) act.targets = [];
  const mutual = act.targets.length === 0 && (symmetric || eachOther);
  act.mutual = mutual;
  if (mutual && joint) act.code = '062';
  // "Malian troops and Tuareg separatist fighters clashed": a side of no named country that
  // fights a state's forces is of that state.
  // So do rebels or opposition who deal with a state: "Burundi's government and the last rebel group signed a ceasefire".
  if (mutual) act.sources = ofStateFaced(act.sources, VIOLENT_ROOTS.has(root));
  // "sent a note verbale to the Indian government asking for Sheikh Hasina to be sent back": what a
  // document sent to someone asks for, it asks of them.
  // (Not when the asking names whom it asks: "sent a letter to the United Nations asking Pakistan to hand over …".)
  if ((root === '02' || root === '10') && ASKING_LEMMAS.has(lemma) && tokens.lower[vg.head]!.endsWith('ing') && vg.object === null) {
    const addressee = addresseeBefore(ctx, v, date);
    if (addressee.length > 0) act.targets = addressee;
  }
  return true;
}

/** Verbs of asking whose "for" names what is asked, not whom. */
const ASKING_LEMMAS = new Set(['ask', 'request', 'seek']);
/** Verbs of sending a document. */
const SENDING_LEMMAS = new Set(['send', 'deliver', 'hand', 'submit', 'dispatch', 'write', 'address']);

/** Whom the document sent just before the participle at `v` went to: "sent a note to India asking …". */
function addresseeBefore(ctx: CodingContext, v: number, date: string | null): ResolvedActor[] {
  const { verbGroups, attachments, tokens } = ctx;
  const sent = v > 0 ? verbGroups[v - 1]! : null;
  if (sent === null || sent.sentence !== verbGroups[v]!.sentence || !SENDING_LEMMAS.has(sent.lemma)) return [];
  // (The "to" may go with the verb or with the document: "a note verbale to the Indian government".)
  const to = attachments.find((a) => (a.attachedTo.kind === 'verb' ? a.attachedTo.index === v - 1 : a.attachedTo.index === sent.object) && tokens.lower[a.prep] === 'to' && a.prep > sent.head && a.prep < verbGroups[v]!.tokenStart);
  return to ? resolveAll(ctx, chain(ctx, to.object), date).slice(0, 1) : [];
}

/**
 * The verb group of what a speaker says they will do: the first verb of the speech verb's
 * reported clause, in the future or after "would", not negated or supposed, whose subject is the
 * speaker (a pronoun, or someone of their country). -1 when there is none.
 */

/** Verbs that take goods somewhere: "doses donated by China were handed over to Zimbabwe". */
const CARRYING_VERBS = new Set(['hand over', 'hand', 'deliver', 'send', 'ship', 'fly', 'airlift', 'distribute', 'transfer', 'give', 'present', 'truck', 'carry', 'bring', 'dispatch']);

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
  // "said his country would lift visa requirements for Tajik citizens": the speaker's own country.
  if (subject.head === subject.tokenStart + 1 && POSSESSIVE_DETERMINERS.has(tokens.lower[subject.tokenStart]!) && OWN_STATE_NOUNS.has(tokens.lemma[subject.head]!)) return g;
  // (Someone, not something of theirs: "says Indonesian economy will recover" is a statement.)
  const doer = resolver.resolve(group.subject, date);
  const someone = doer !== null && (tokens.pos[subject.head] === POS.PROPN || splitCode(doer.code).sector !== null);
  // (Or a body and its own official: "The European Union will send 100 observers …, an EU official said";
  // or any state a speaker of no known country speaks of: "Gambia will rejoin …, Foreign Minister Ousainou Darboe said".)
  if (!someone) return -1;
  const speaker = speakers[0]!.code;
  const own = countryOf(doer.code) !== null ? countryOf(doer.code) === countryOf(speaker) || (speaker.startsWith('---') && /^[A-Z]{3}$/.test(doer.code.slice(0, 3))) : international(doer.code) && speaker.startsWith(doer.code.slice(0, 6));
  return !doer.place && own ? g : -1;
}

/** A phrase after the verb in its sentence that names the dateline's place without its name ("the capital", "this town"), as the dateline's country. */
function datelinePlace(ctx: CodingContext, vg: VerbGroup): ResolvedActor | null {
  const { tokens, nounPhrases, sentences, filedFrom, matcher } = ctx;
  const end = sentences[vg.sentence]!.tokenEnd;
  for (let k = vg.tokenEnd; k < end; k++) {
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    const phrase = nounPhrases[np]!;
    if (phrase.possessor !== null || tokens.lower[phrase.tokenEnd] === 'of') continue;
    const head = tokens.lower[phrase.head]!;
    const first = tokens.lower[phrase.tokenStart]!;
    if ((head === 'capital' && first === 'the') || (first === 'this' && HOME_TOWNS.has(head))) return { code: filedFrom!, start: phrase.start, end: phrase.end, place: true, inferred: true };
  }
  return null;
}
const PLACED_ROOTS = /^(0[6-9]|1[4-9]|20)$/;
const EMBASSY_NOUNS = new Set(['embassy', 'consulate', 'mission', 'office']);
const HOME_TOWNS = new Set(['town', 'city', 'village', 'port', 'capital', 'district', 'region']);

const LOCATIVE_PREPOSITIONS_OF_THINGS = new Set(['in', 'near', 'at', 'outside', 'inside']);

/** Phrase np is the subject of a speech verb: "…, U.S. defense officials said". */
function speaks(ctx: CodingContext, np: number): boolean {
  return np >= 0 && ctx.verbGroups.some((g) => g.subject === np && SPEECH_VERBS.has(g.lemma));
}

/** Occasions a statement is made at, which are its audience and no target. */
const OCCASIONS = new Set(['summit', 'meeting', 'conference', 'forum', 'rally', 'gathering', 'session', 'ceremony', 'event', 'briefing', 'dinner', 'banquet', 'symposium', 'seminar']);

/** Whom an appeal made to no one in particular is made to. */
const EVERYONE = new Set(['nation', 'country', 'state', 'government', 'world', 'everyone', 'everybody', 'people', 'humanity', 'community']);

/** The verb's addressee, its object or the phrase of a "to" or "on" right after it, names everyone and no one: "appealed to all nations". */
function addressedToAll(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, nounPhrases, matcher, resolver } = ctx;
  const at = vg.object ?? (ADDRESSEE_PREPOSITIONS.has(tokens.lower[vg.tokenEnd]!) ? matcher.npAt[vg.tokenEnd + 1]! : -1);
  return at !== null && at >= 0 && EVERYONE.has(tokens.lemma[nounPhrases[at]!.head]!) && resolver.resolve(at, null) === null;
}

/** Words of readiness a headline's "says" may report alone, and the talks they are ready for. */
const READY_TO_TALK = new Set(['ready', 'willing', 'prepared', 'open']);
const MEETING_WORDS_AFTER = new Set(['talks', 'negotiations', 'dialogue', 'talk', 'negotiate']);

/** What aid may be pledged for the whole of a country: "the reconstruction of Afghanistan". */
const REBUILDING_NOUNS = new Set(['reconstruction', 'rebuilding', 'recovery', 'development']);

/** What money is put into. */
const INVESTMENT_NOUNS = new Set(['investment', 'investments', 'stake', 'stakes']);

/** What one yields to: "bowed to pressure from Washington". */
const YIELDED_NOUNS = new Set(['demand', 'pressure', 'call', 'request', 'ultimatum']);

/** What one side asks of another. */
const REQUEST_NOUNS = new Set(['demand', 'request', 'call', 'appeal', 'ultimatum', 'plea']);

/** What a speaker's own state is called after "his", "our": "his country would". */
const OWN_STATE_NOUNS = new Set(['country', 'nation', 'government', 'state', 'kingdom', 'republic']);

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

/** Pronouns a reported clause may name its speaker by ("it would", "he would"). */
const SPEAKER_PRONOUNS = new Set(['it', 'he', 'she', 'they']);

/** Who did what an "in response to" ("in retaliation for", "in reply to") phrase from token `from` names, or whom an "aimed at" phrase names. */
function respondsTo(ctx: CodingContext, from: number, limit: number, date: string | null): ResolvedActor[] {
  const { tokens, matcher, nounPhrases } = ctx;
  for (let k = from; k + 2 < limit; k++) {
    // (So is one "aimed at" someone: "exercises in the East China Sea in a show of strength aimed at Taiwan".)
    const aimed = (tokens.lower[k] === 'aimed' || tokens.lower[k] === 'directed') && tokens.lower[k + 1] === 'at' ? k + 2 : -1;
    const response = tokens.lower[k] === 'in' && RESPONSE_WORDS.has(tokens.lower[k + 1]!) && (tokens.lower[k + 2] === 'to' || tokens.lower[k + 2] === 'for') ? k + 3 : -1;
    const at = aimed >= 0 ? aimed : response;
    if (at < 0 || at >= limit) continue;
    const np = matcher.npAt[at]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== at) return [];
    return resolveAll(ctx, chain(ctx, authorOf(ctx, np) ?? np), date);
  }
  return [];
}
/** What is given as aid: "security assistance to Pakistan", "loans to Greece". */
const AID_NOUNS = new Set(['aid', 'assistance', 'help', 'funding', 'funds', 'loan', 'loans', 'credit', 'credits', 'grant', 'grants', 'support', 'payments', 'subsidies', 'supplies', 'shipments', 'deliveries']);
const RESPONSE_WORDS = new Set(['response', 'retaliation', 'reply', 'answer']);

/** The actors of the first "with" phrase after `from`, before a comma or the clause's end. */
function partnerAfter(ctx: CodingContext, from: number, limit: number, date: string | null): ResolvedActor[] {
  const { tokens, matcher, nounPhrases } = ctx;
  for (let k = from; k + 1 < limit && k < from + 12; k++) {
    if (tokens.lower[k] === ',' || tokens.lower[k] === ';' || opensClause(ctx, k)) return [];
    if (tokens.lower[k] !== 'with') continue;
    const np = matcher.npAt[k + 1]!;
    return np >= 0 && nounPhrases[np]!.tokenStart === k + 1 ? resolveAll(ctx, chain(ctx, np), date) : [];
  }
  return [];
}

/** Whom a purpose infinitive after `from` is to deter: "to deter Iraq", "to warn off Pyongyang"; or whom the act is "aimed at". */
function deters(ctx: CodingContext, from: number, limit: number, date: string | null): ResolvedActor[] {
  const { tokens, matcher, nounPhrases } = ctx;
  for (let k = from; k + 1 < limit; k++) {
    // (Or a show of force "aimed at Beijing", "directed at Pyongyang".)
    const aimed = AIMED_WORDS.has(tokens.lower[k]!) && tokens.lower[k + 1] === 'at';
    if (!aimed && (tokens.lower[k] !== 'to' || !DETER_VERBS.has(tokens.lemma[k + 1]!))) continue;
    const at = aimed ? k + 2 : tokens.lower[k + 2] === 'off' ? k + 3 : k + 2;
    const np = matcher.npAt[at]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== at) return [];
    return resolveAll(ctx, chain(ctx, np), date);
  }
  return [];
}
const DETER_VERBS = new Set(['deter', 'intimidate', 'counter', 'confront', 'warn']);
const AIMED_WORDS = new Set(['aimed', 'directed', 'targeted']);

/** Outsiders a state lets in who, of no named country, are international: inspectors, observers, peacekeepers. */
const INTERNATIONAL_ENVOYS = new Set(['inspector', 'inspectors', 'observer', 'observers', 'monitor', 'monitors', 'peacekeeper', 'peacekeepers', 'investigator', 'investigators']);

/** The country of the first place phrase after verb group v in its clause ("in Chad", "across Yugoslavia"), as a place; null for none or a region. */
function countryPlacedAfter(ctx: CodingContext, v: number, date: string | null): ResolvedActor | null {
  const [where] = firstActorAfter(ctx, v, ctx.verbGroups[v]!.tokenEnd, date, true, true);
  const country = where ? countryOf(where.code) : null;
  return where && country !== null && /^[A-Z]{3}$/.test(country) && !ctx.resolver.isRegion(where.code) ? { ...where, code: country, place: true } : null;
}

/** Nouns for the people a body employs: "workers of the charity", "staff of the U.N. agency". */
const STAFF_NOUNS = new Set(['worker', 'workers', 'staff', 'staffer', 'staffers', 'employee', 'employees', 'member', 'members', 'volunteer', 'volunteers']);

/** The international body or aid group people the phrase `np` names work for ("working for MSF", "workers of the charity X"), or null. */
function employerOf(ctx: CodingContext, np: number, date: string | null): ResolvedActor | null {
  const { tokens, nounPhrases, matcher, resolver } = ctx;
  const phrase = nounPhrases[np]!;
  const end = phrase.tokenEnd;
  let body = -1;
  if ((tokens.lower[end] === 'working' && tokens.lower[end + 1] === 'for') || (tokens.lower[end] === 'employed' && tokens.lower[end + 1] === 'by')) body = matcher.npAt[end + 2]!;
  else if (tokens.lower[end] === 'of' && STAFF_NOUNS.has(tokens.lower[phrase.head]!)) body = matcher.npAt[end + 1]!;
  if (body < 0 || nounPhrases[body]!.tokenStart !== (tokens.lower[end] === 'of' ? end + 1 : end + 2)) return null;
  const found = resolver.resolve(body, date);
  return found !== null && /^(IGO|NGO)/.test(found.code) ? found : null;
}

/** The countries whose flags a sentence says are burnt ("burning Danish flags", "burned U.S. and Israeli flags"). */
function burntFlags(ctx: CodingContext, sentence: number): string[] {
  const { tokens, sentences, namesOf } = ctx;
  const sent = sentences[sentence]!;
  for (let k = sent.tokenStart; k < sent.tokenEnd - 1; k++) {
    if (tokens.lemma[k] !== 'burn' && tokens.lower[k] !== 'burning' && tokens.lower[k] !== 'burned' && tokens.lower[k] !== 'burnt') continue;
    let flag = k + 1;
    while (flag < Math.min(sent.tokenEnd, k + 6) && !/^flags?$/.test(tokens.lower[flag]!)) flag++;
    if (flag >= Math.min(sent.tokenEnd, k + 6)) continue;
    const countries = (namesOf.get(sentence) ?? []).filter((n) => n.tokenStart > k && n.tokenEnd <= flag && n.country !== null).map((n) => n.country!);
    if (countries.length > 0) return [...new Set(countries)];
  }
  return [];
}

/**
 * Whether the actor at token `at` is named in a "by" phrase of a noun or a participle after the
 * verb ended at `from` ("after mediation by U.S. envoy Richard Holbrooke", "monitored by observers
 * from Brazil"): a helper of the act, not a side of it.
 */
function helperOf(ctx: CodingContext, at: number, from: number): boolean {
  const { tokens } = ctx;
  for (let k = at - 1; k >= Math.max(from, at - 5); k--) {
    if (tokens.lower[k] !== 'by') continue;
    const before = k - 1;
    return before >= from && (tokens.pos[before] === POS.NOUN || (tokens.pos[before] === POS.VERB && tokens.lower[before]!.endsWith('ed')));
  }
  return false;
}
