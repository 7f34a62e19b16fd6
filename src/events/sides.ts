import { POSSESSIVE_DETERMINERS, SPEECH_VERBS } from '../language/lexicon.js';
import { POS } from '../language/types.js';
import { countryOf, international, splitCode, type ResolvedActor } from './actors.js';
import { crossesClause, weaponPhrase } from './clauses.js';
import { chain, clauseStop, countriesNamed, countryHere, nounLemma, onlyCountry, resolveAll, tokenAt, type CodingContext } from './context.js';
import type { Act, VerbScope } from './emit.js';
import { atHome, foreignScene, ofCountry, ofNoCountry, placeActor, placeInRelative, sceneAfter } from './places.js';
import { CIVIL_SOCIETY, DOMESTIC_ROOTS, endWithOf, irregular, LOCATIVE_PREPOSITIONS, LOCATIVE_ROOTS, VENUE_NOUNS, VIOLENT_ROOTS } from './rules.js';
import type { EventTally } from './tally.js';
import { firstActorAfter, listGoesOn, otherCountryAfter } from './targets.js';
import { relationTopic } from './topics.js';
import { BODY_SEATS, BORDER_WORDS, REBEL_NOUNS, STRIKE_NOUNS, TALKS_RESUME } from './vocabulary.js';

/** Prepositions of what force is aimed at, after what it uses: "fired rockets at its towns". */
const STRUCK_PREPOSITIONS = new Set(['at', 'on', 'into', 'against']);

/**
 * The countries of an act's sides where the text leaves them unnamed: people of no named country
 * are of the place the act was done in, of the story's dateline, or of the state they face. False
 * when the act has no source after all.
 */

export function placeSides(scope: VerbScope, tally: EventTally, act: Act): boolean {
  const { ctx, v, vg, sent, date, obligation, requireTarget } = scope;
  const { doc, tokens, nounPhrases, resolver, matcher, verbAt, filedFrom } = ctx;
  const { layers } = doc;
  const { rawCode, root, matchEnd, sourceNp, targetNp, locative, statement } = act;
  // "Hundreds were killed in an Israeli air strike", "killed in a government poison gas attack":
  // violence told in the passive with no doer is the doing of whoever makes the strike it happened in.
  if (act.sources.length === 0 && vg.voice === 'passive' && vg.agent === null && (VIOLENT_ROOTS.has(root) || root === '20')) {
    const strike = (layers.attachments ?? []).find((a) => tokens.lower[a.prep] === 'in' && a.prep >= vg.tokenEnd && a.prep <= vg.tokenEnd + 3 && STRIKE_NOUNS.has(nounLemma(ctx, nounPhrases[a.object]!.head)));
    const maker = strike ? resolver.resolve(strike.object, date) : null;
    // (Not a city's name that says where it was, read as its state: "More than 50 killed in Baghdad bombings".)
    const where = maker !== null && strike !== undefined && maker.code.endsWith('GOV') && (ctx.namesOf.get(vg.sentence) ?? []).some((n) => n.type === 'place' && n.tokenStart >= nounPhrases[strike.object]!.tokenStart && n.tokenEnd <= nounPhrases[strike.object]!.tokenEnd);
    if (maker && !where) act.sources = [maker];
  }
  // "lifted a curfew in Montenegro", "struck camps in northern Iraq": an act done in a country
  // with no one else named is done to that country.
  if (act.targets.length === 0 && vg.voice === 'active' && locative) {
    for (const a of layers.attachments ?? []) {
      // (Force moved "to" a place is aimed there too: "rushed reinforcements to the town of Uvira".)
      const to = root === '15' && tokens.lower[a.prep] === 'to';
      // (Or the place of the pattern's own target, which the match may have read past: "struck nine
      // sites in Pakistan with missiles".)
      const ofTarget = targetNp !== null && a.prep === nounPhrases[targetNp]!.tokenEnd;
      if (nounPhrases[a.object]!.sentence !== vg.sentence || (a.prep < matchEnd && !ofTarget) || !(LOCATIVE_PREPOSITIONS.has(tokens.lower[a.prep]!) || to)) continue;
      if (crossesClause(tokens, matcher.npAt, matchEnd, a.prep)) break;
      const place = placeActor(ctx, a.object, date);
      // (Unless it is moved within its own country against another named after: "rushed troops to
      // Ladakh after a deadly clash with Chinese soldiers".)
      if (place && to && act.sources.length > 0 && countryOf(place.code) === countryOf(act.sources[0]!.code) && otherCountryAfter(ctx, vg, a.prep, act.sources, date).length > 0) break;
      if (place) {
        act.targets = [place];
        break;
      }
    }
  }
  // "detained hundreds of protesters in Minsk": people of no named country are of the place where it happened.
  // (Rebels of no named country a state meets are its own, not of where they meet: "resumed peace
  // talks with communist rebels in Oslo".)
  // (So are those a state signs an agreement with: "signed a ceasefire with rebels in Nairobi".)
  const meeting = root === '04' || /^03[69]/.test(act.code) || act.code === '057';
  // (Another side of the talks first: "will chair peace talks between the Ethiopian government and three rebel movements".)
  // (And parties: "promised to open talks with ethnic Albanian political parties".)
  if (meeting && act.targets.some((t) => /^---(REB|INS|SEP|OPP|UAF|PTY)/.test(t.code))) {
    const state = [...act.targets, ...act.sources].find((a) => countryOf(a.code) !== null && !international(a.code));
    if (state) act.targets = act.targets.map((t) => (/^---(REB|INS|SEP|OPP|UAF|PTY)/.test(t.code) ? ofCountry([t], countryOf(state.code)!)[0]! : t));
  }
  if (act.targets.some((t) => t.code.startsWith('---'))) {
    // After a comma ("shelled the city of Kherson overnight, killing three civilians"), the place
    // the clause before named, when none follows.
    // (Not a border, which has two sides: "attacked a government army post near the Ivorian border".)
    const fits = (w: ResolvedActor): boolean => root === '15' || !atBorder(ctx, w);
    const [where] = firstActorAfter(ctx, v, vg.tokenEnd, date, true, true).filter(fits);
    // (Not donor states: "appealed to donor governments … who have fled the civil war in Tajikistan".)
    if (where) act.targets = act.targets.map((t) => (ofNoCountry(ctx.text, t) ? t : ofCountry([t], where.code)[0]!));
    // "the soldiers who seized power in Niger": else the place their own relative clause names,
    // before the clause before's ("flew into exile in Nigeria, yielding to rebels who had besieged Monrovia").
    else {
      act.targets = act.targets.map((t) => {
        const country = t.code.startsWith('---') && !ofNoCountry(ctx.text, t) ? placeInRelative(ctx, t, vg.sentence, date) : null;
        return country ? ofCountry([t], country)[0]! : t;
      });
      const [before] = act.targets.some((t) => t.code.startsWith('---')) && tokens.lower[vg.tokenStart - 1] === ',' ? tally.placeBefore(vg).filter(fits) : [];
      if (before) act.targets = act.targets.map((t) => (ofNoCountry(ctx.text, t) ? t : ofCountry([t], before.code)[0]!));
    }
  }
  // "Supporters of the president blocked roads in Algiers": so are protesters, and so are the
  // state's agents who act in a place ("protesters were arrested by police in Istanbul").
  // So are irregulars who use violence in a place: "killed by Kurdish militants in southeast Turkey".
  // (Rebels, not unknown gunmen or bombers: "Gunmen killed nine Chinese nationals" stays unknown.)
  // (Also gunmen a word before them names as rebels: "Islamist gunmen stormed a hotel in Bamako".)
  const rebelNoun = sourceNp !== null && (REBEL_NOUNS.has(nounLemma(ctx, nounPhrases[sourceNp]!.head)) || namedRebel(ctx, sourceNp));
  // (And their seizures, of people or things: "Islamist gunmen seized dozens of foreign hostages at a gas facility in eastern Algeria".)
  const rebels = (VIOLENT_ROOTS.has(root) || root === '17') && rebelNoun;
  // So are gangs: "Members of the 400 Mawozo gang kidnapped 17 American missionaries east of the
  // Haitian capital" (by the place named, not by whom they seized).
  const gang = VIOLENT_ROOTS.has(root) && act.sources.length > 0 && act.sources.every((a) => /^---CRM/.test(a.code));
  const stateAgents = act.sources.some((a) => /^---(GOV|COP|JUD|SPY|MIL)/.test(a.code) || (rebels && /^---(REB|INS|SEP|UAF)/.test(a.code))) && LOCATIVE_ROOTS.has(root);
  // (Also a blockade by civilians, which is coded as a protest: "protesters blockaded government buildings in Kiev".)
  // (And force by such people, which is coded as a riot: "Protesters storm Kyrgyz government headquarters".)
  const civilians = act.sources.length > 0 && act.sources.every((a) => CIVIL_SOCIETY.test(a.code.slice(3, 6)));
  const protest = root === '14' || (civilians && (act.code === '191' || root === '19'));
  // So is a militant group of no one country, in the country it fights in: "Islamic State militants
  // massacred 80 Yazidi men in northern Iraq" is IRQIMGMOSISI.
  const transnational = (VIOLENT_ROOTS.has(root) || act.code === '015') && act.sources.length > 0 && act.sources.every((a) => a.code.startsWith('IMG'));
  // "Pakistan's military spokesman said the armed forces had been put on high alert along the
  // frontier with India": agents a state's speaker of their own kind tells of are that state's.
  if (scope.speaker !== undefined && act.sources.length > 0 && act.sources.every((a) => /^---(GOV|COP|MIL)/.test(a.code))) {
    const teller = resolveAll(ctx, chain(ctx, scope.speaker), date)[0];
    if (teller !== undefined && /^[A-Z]{3}(GOV|COP|MIL)/.test(teller.code) && !international(teller.code) && act.sources.every((a) => a.code.slice(3, 6) === teller.code.slice(3, 6))) act.sources = ofCountry(act.sources, teller.code.slice(0, 3), true);
  }
  if (((protest || stateAgents || gang) && act.sources.some((a) => a.code.startsWith('---'))) || transnational) {
    // (A place, not people a demonym places: "shot dead two French surveyors near Sidi Bel Abbes".)
    const np = act.targets.length === 1 ? matcher.npAt[tokenAt(ctx, act.targets[0]!.start)]! : -1;
    const placed = act.targets.length === 1 && (act.targets[0]!.place || (/^[A-Z]{3}$/.test(act.targets[0]!.code) && np >= 0 && resolver.isPlace(np)));
    // (An act's purpose happens where the act did: "rallied in Ginowan … to protest against the rape".)
    // (Past people of no country: "seized dozens of foreign hostages at a gas facility in eastern Algeria".)
    const [where] = !gang && placed ? act.targets : [...firstActorAfter(ctx, v, vg.tokenEnd, date, true, true), ...(scope.governor >= 0 ? tally.placeBefore(vg) : [])].filter((a) => !a.code.startsWith('---'));
    // (A militant group of no one country with no place after: the one country the sentence is
    // placed in. "Islamic State fighters had massacred hundreds of Yazidi villagers around Sinjar,
    // Iraq's human rights minister said".)
    // (A place, not only people: "British hostage David Haines was beheaded by Islamic State militants" is not in Britain.)
    const country = where ? countryOf(where.code) : transnational ? placedHere(ctx, vg.sentence) : null;
    if (country !== null && transnational) act.sources = act.sources.map((a) => ({ ...a, code: `${country}${a.code}` }));
    else if (country !== null) act.sources = ofCountry(act.sources, where!.code.slice(0, 3));
  }
  // "Turkish authorities detained thousands of soldiers": a state's coercion of, or concession to,
  // people of no named country is at home.
  // "Malian soldiers fought separatist rebels", "Boko Haram abducted schoolgirls": violence by
  // one side of a country against people of no named country is, when no place says otherwise,
  // in that country. (Not the other way: "gunmen killed nine Chinese nationals" stays unknown gunmen.)
  const home = act.sources.length > 0 ? countryOf(act.sources[0]!.code) : null;
  // "Ukraine says Russian troops shelled its positions": force on what a possessive pronoun says is
  // another state's is done to that state.
  // (Or at what: "fired rockets at its towns".)
  const aimedAt = (np: number | null): number | null => {
    const at = np !== null ? nounPhrases[np]!.tokenEnd : -1;
    return at >= 0 && STRUCK_PREPOSITIONS.has(tokens.lower[at] ?? '') && matcher.npAt[at + 1]! >= 0 ? matcher.npAt[at + 1]! : np;
  };
  const struck = act.targets.length === 0 && (VIOLENT_ROOTS.has(root) || root === '17') && home !== null ? (vg.voice === 'active' ? aimedAt(targetNp ?? vg.object) : vg.subject) : null;
  if (struck !== null) {
    const owner = resolver.possessiveOwner(struck, date, home!);
    if (owner !== null) act.targets = [{ code: owner, start: nounPhrases[struck]!.start, end: nounPhrases[struck]!.end, place: true, inferred: true }];
  }
  // (So are people it says are another's, when the doer's own were read: "Israel said Hamas attacked its soldiers".)
  if (VIOLENT_ROOTS.has(root) && home !== null && act.targets.length === 1 && countryOf(act.targets[0]!.code) === home && act.targets[0]!.code.length > 3) {
    const np = matcher.npAt[tokenAt(ctx, act.targets[0]!.start)]!;
    const owner = np >= 0 && nounPhrases[np]!.start === act.targets[0]!.start ? resolver.possessiveOwner(np, date, home) : null;
    if (owner !== null) act.targets = [{ ...act.targets[0]!, code: `${owner}${act.targets[0]!.code.slice(3)}` }];
  }
  // So is a protest ("Georgians protested outside parliament" → GEOLEG).
  // So is an armed group's release of people of no named country: "Boko Haram freed 82 of the schoolgirls".
  if ((VIOLENT_ROOTS.has(root) || root === '14' || (root === '08' && irregular(act.sources[0] ?? null))) && home !== null && (root !== '14' || act.sources.every((a) => countryOf(a.code) === home))) {
    // (Unless the act was done in another country: "kidnapped 21 people from a Malaysian diving resort".)
    const scene = VIOLENT_ROOTS.has(root) && act.targets.length > 0 && act.targets.every((t) => t.code.startsWith('---')) ? foreignScene(ctx, vg.tokenEnd, sent.tokenEnd, home, date) : null;
    act.targets = atHome(ctx, act.targets, scene ? countryOf(scene.code)! : home);
    // So is a person the dictionaries do not know whom a national armed group uses force on:
    // "FARC rebels kidnapped presidential candidate Ingrid Betancourt".
    // (Or told in the passive: "Malala Yousafzai was shot by a Pakistani Taliban gunman".)
    const victim = vg.voice === 'active' ? vg.object : vg.subject;
    // A place the gazetteer does not know is in the country the story is filed from: "TBILISI -
    // Russian warplanes bombed the Pankisi Gorge".
    if (act.targets.length === 0 && VIOLENT_ROOTS.has(root) && victim !== null && filedFrom !== null && resolver.isPlace(victim) && resolver.resolve(victim, date) === null) {
      act.targets = [{ code: filedFrom, start: nounPhrases[victim]!.start, end: nounPhrases[victim]!.end, place: true, inferred: true }];
    }
    if (act.targets.length === 0 && VIOLENT_ROOTS.has(root) && victim !== null && resolver.isPerson(victim) && !international(act.sources[0]!.code)) {
      act.targets = [{ code: home, start: nounPhrases[victim]!.start, end: nounPhrases[victim]!.end, place: true, inferred: true }];
    }
  }
  // "Luis Donaldo Colosio was shot dead at a campaign rally in Tijuana": a person the dictionaries do
  // not know, struck by no one named, is of the country where it happened.
  if (act.targets.length === 0 && VIOLENT_ROOTS.has(root) && act.sources.length === 0 && vg.voice === 'passive' && vg.subject !== null && resolver.isPerson(vg.subject) && resolver.resolve(vg.subject, date) === null) {
    const [where] = firstActorAfter(ctx, v, vg.tokenEnd, date, true, true);
    const country = where ? countryOf(where.code) : null;
    if (country !== null && /^[A-Z]{3}$/.test(country)) act.targets = [{ code: country, start: nounPhrases[vg.subject]!.start, end: nounPhrases[vg.subject]!.end, place: true, inferred: true }];
  }
  // "carried out a cyber attack that knocked thousands of Georgian websites offline": force whose
  // act names no one is done to whom the clause on it says it struck.
  if (act.targets.length === 0 && (root === '17' || VIOLENT_ROOTS.has(root)) && (tokens.lower[matchEnd] === 'that' || tokens.lower[matchEnd] === 'which')) {
    const effect = verbAt[matchEnd + 1]!;
    if (effect >= 0 && layers.verbGroups![effect]!.tokenStart === matchEnd + 1) act.targets = firstActorAfter(ctx, effect, layers.verbGroups![effect]!.tokenEnd, date, false);
  }
  // "claimed responsibility for Friday's attack on a restaurant in Mogadishu": a claim for an
  // attack is aimed at the country its phrase places the attack in.
  // (With no place named, an armed group's claim is at its own country: "Colombia's ELN guerrillas
  // claimed responsibility for last week's car bombing"; not a leader's admission.)
  if (act.targets.length === 0 && act.code === '015') {
    const scene = claimedScene(ctx, vg.sentence, matchEnd, sent.tokenEnd);
    if (scene) act.targets = [scene];
    else if (home !== null && /^[A-Z]{3}$/.test(home) && !international(act.sources[0]!.code) && /^(INS|REB|SEP|UAF|IMG|RAD)/.test(act.sources[0]!.code.slice(3))) act.targets = [{ code: home, start: act.sources[0]!.start, end: act.sources[0]!.end, place: true, inferred: true }];
  }
  // (A ruling movement's code has its own three letters after GOV: "AFGGOVTAL".)
  // (Also when only promised: "pledged to return power to the people".)
  if ((DOMESTIC_ROOTS.has(root) || DOMESTIC_ROOTS.has(rawCode.slice(0, 2))) && act.sources.length === 1 && act.sources[0]!.code.length <= 9 && stateActor(act.sources[0]!.code, CIVIL_SECTORS)) {
    const home = act.sources[0]!.code.slice(0, 3);
    act.targets = atHome(ctx, act.targets, home);
    // So is its coercion of a person the dictionaries do not know ("police arrested opposition
    // hopeful Cristiana Chamorro"), or of no one named ("banned the Jehovah's Witnesses").
    // So is its release of prisoners of no named country: "Myanmar freed hundreds of prisoners".
    if (act.targets.length === 0 && (root === '17' || root === '09' || act.code === '0841') && vg.voice === 'active') {
      const object = targetNp ?? vg.object;
      const span = object !== null ? nounPhrases[object]! : { start: vg.start, end: vg.end };
      act.targets = [{ code: home, start: span.start, end: span.end, place: true, inferred: true }];
    }
  }
  // "A Minsk court convicted former candidate Andrei Sannikov": so is a court's verdict on someone the dictionaries do not know.
  if (act.targets.length === 0 && root === '11' && act.sources.length === 1 && /^[A-Z]{3}JUD/.test(act.sources[0]!.code) && vg.voice === 'active' && vg.object !== null) {
    act.targets = [{ code: act.sources[0]!.code.slice(0, 3), start: nounPhrases[vg.object]!.start, end: nounPhrases[vg.object]!.end, place: true, inferred: true }];
  }
  // "Thousands of South Korean doctors walked off the job": a protest with no one named is
  // aimed at the protesters' own state.
  // So is an opposition's rejection or criticism of no one named: "Togo's opposition rejected the results".
  const domesticDissent = (root === '11' || root === '12') && act.sources.length > 0 && act.sources.every((a) => /^(OPP|LAB|EDU)/.test(a.code.slice(3, 6)));
  // So is an appeal for calm to no one named: "Sistani calls for calm after Samarra shrine bombing".
  // (Only where no other country is named: not "Jordan called for restraint after Israeli troops killed …".)
  const calmWord = tokens.lower[vg.tokenEnd] === 'for' ? tokens.lower[vg.tokenEnd + 1]! : tokens.lower[vg.tokenEnd]!;
  const calm = root === '02' && CALM_WORDS.has(calmWord) && home !== null && onlyCountry(ctx, vg.sentence, home);
  if ((root === '14' || domesticDissent || calm) && !requireTarget && act.targets.length === 0 && home !== null && !international(act.sources[0]!.code) && act.sources.every((a) => countryOf(a.code) === home)) {
    // (Unless they protest abroad, where the state they protest at is the host: "Tunisian migrants rioted
    // on Lampedusa", "Afghan asylum seekers at a detention centre in South Australia are refusing food".)
    const abroad = root === '14' ? foreignScene(ctx, vg.tokenEnd, clauseStop(ctx, vg.tokenEnd, sent.tokenEnd), home, date) ?? foreignScene(ctx, nounPhrases[sourceNp ?? vg.subject ?? 0]?.tokenEnd ?? vg.tokenStart, vg.tokenStart, home, date) : null;
    act.targets = [abroad ?? { code: home, start: act.sources[0]!.start, end: act.sources[0]!.end, place: true, inferred: true }];
  }
  // "Guatemala's president accused the attorney general's office": a state body of no named
  // country is the source's own when the sentence names no other country.
  // So are rebels and opposition a state deals with: "Nepal's prime minister appealed to Maoist rebels".
  const stateSource = home !== null && stateActor(act.sources[0]!.code, STATE_SECTORS);
  // (So are rebels a country's parties or leaders deal with: "Leaders of Nepal's main political parties urged the Maoist rebels".)
  const partySource = home !== null && /^[A-Z]{3}(PTY|ELI|OPP)/.test(act.sources[0]!.code);
  // And so, to a state, are people of no named country it acts on: "pledged to return power to
  // the people", "pardoned 148 journalists and activists". (Not an audience or those an appeal
  // is for: "told a crowd", "appealed for aid for a million people".)
  // (So does a leader out of office or not yet in it: "President-elect Violeta Chamorro pledged to free all prisoners".)
  const leader = stateSource || (home !== null && act.sources[0]!.code.slice(3, 6) === 'ELI');
  const actsOn = leader && root !== '01' && root !== '02';
  // (But those a leader appeals to right after the verb are addressed: "called on voters to cast their ballots peacefully".)
  // (Refugees only when called home: "Rwanda's president urged refugees to return home", not "Erdogan urged refugees to go home".)
  const calledHome = (): boolean => ctx.verbGroups.some((g) => g.sentence === vg.sentence && g.tokenStart > vg.tokenEnd && (g.lemma === 'return' || (g.lemma === 'come' && tokens.lower[g.tokenEnd] === 'home')));
  const addressed = (t: ResolvedActor): boolean => leader && root === '02' && (/^---(CVL|OPP|EDU|LAB)/.test(t.code) || (t.code.startsWith('---REF') && calledHome())) && tokenAt(ctx, t.start) <= vg.tokenEnd + 2;
  if (home !== null && act.targets.some((t) => /^---(GOV|COP|JUD|MIL|LEG|SPY)/.test(t.code) || (actsOn && /^---[A-Z]{3}/.test(t.code)) || addressed(t) || (stateSource && /^---(REB|INS|SEP|OPP)/.test(t.code)) || (partySource && /^---(REB|INS|SEP)/.test(t.code))) && onlyCountry(ctx, vg.sentence, home, clauseStop(ctx, vg.tokenEnd, sent.tokenEnd))) {
    act.targets = atHome(ctx, act.targets, home);
  }
  // '"The people of Zimbabwe must be able to choose their president freely," Annan said, urging the
  // government to ensure a peaceful vote': a state body an international body addresses, of no
  // named country, is of the one country the sentence names.
  if (act.sources.length > 0 && act.sources.every((a) => international(a.code)) && act.targets.some((t) => /^---(GOV|COP|JUD|MIL|LEG)/.test(t.code))) {
    // (Not the body's own people: "U.N. Secretary-General Kofi Annan" names no Ghana here.)
    // (Nor a place people are sent to or from, a people named by their demonym, or a third party that speaks:
    // "to stop forcing Rohingya refugees back to Myanmar", "deporting Afghan migrants", "that Washington says".)
    const named = new Set((ctx.namesOf.get(vg.sentence) ?? []).filter((n) => n.country !== null && n.type !== 'group' && !/^(to|from|into|toward|towards|across)$/.test(tokens.lower[n.tokenStart - 1] ?? '') && !SPEECH_VERBS.has(tokens.lemma[n.tokenEnd] ?? '') && !act.sources.some((a) => n.start < a.end && a.start < n.end)).map((n) => n.country!));
    if (named.size === 1) act.targets = atHome(ctx, act.targets, [...named][0]!);
  }
  // "Tsvangirai was beaten by police": the state's agents of no named country who act on a
  // country's people are that country's, when the sentence names no other.
  const targetHome = act.targets.length > 0 ? countryOf(act.targets[0]!.code) : null;
  // So are rebels who use force on them: "Rebel fighters captured Liberian President Samuel Doe".
  // (Rebels by name, not unknown gunmen or bombers.)
  const namedRebels = rebelNoun && (VIOLENT_ROOTS.has(root) || root === '17');
  // (And protesters: "Protesters storm Yugoslav parliament".)
  let spoken: string | null = null;
  const agentsOf = (a: ResolvedActor): boolean => /^---(GOV|COP|JUD|MIL|SPY|ELI)/.test(a.code) || (namedRebels && /^---(REB|INS|SEP|UAF)/.test(a.code)) || (root === '14' && /^---(OPP|CVL|EDU|LAB)/.test(a.code));
  // In a story filed from a country, though, they are that country's, whoever else the sentence
  // names: "MANILA - The foreign ministry lodged a protest with Beijing", "ALGIERS - Suspected
  // Islamic militants shot dead two French surveyors".
  if (home === null && filedFrom !== null && act.sources.length > 0 && act.sources.every(agentsOf)) {
    act.sources = ofCountry(act.sources, filedFrom, true);
    // (And so are the people of no named country they use force on there: "KIGALI - Hutu
    // militiamen massacred hundreds of Tutsi civilians".)
    if (VIOLENT_ROOTS.has(root) && act.targets.length > 0 && act.targets.every((t) => t.code.startsWith('---'))) act.targets = atHome(ctx, act.targets, filedFrom);
  } else if (home === null && act.sources.length > 0 && act.sources.every((a) => /^---(GOV|ELI)/.test(a.code)) && (spoken = spokenIn(ctx, act.sources[0]!)) !== null) {
    // "…, foreign ministry spokesman Zhu Bangzao told reporters in Beijing": an official of no named
    // country who speaks in a capital speaks for its state.
    act.sources = ofCountry(act.sources, spoken, true);
    rereadRelation(scope, act);
  } else if (home === null && targetHome !== null && !international(act.targets[0]!.code) && act.sources.length > 0 && act.sources.every(agentsOf) && !visitors(ctx, act.targets[0]!) && onlyCountry(ctx, vg.sentence, targetHome, clauseStop(ctx, vg.tokenEnd, sent.tokenEnd))) {
    // (Within the verb's clause: "…, diplomats in neighbouring Sierra Leone said" names no side.)
    act.sources = ofCountry(act.sources, targetHome, true);
  }
  // "Ethnic Albanian guerrillas of the National Liberation Army pledged to hand over their weapons to
  // NATO troops … of Macedonia's peace accord": rebels of no named country who act on no state are
  // of the one country the sentence names, where they fight.
  if (rebelNoun && act.sources.length > 0 && act.sources.every((a) => /^---(REB|INS|SEP|UAF)/.test(a.code)) && act.targets.length > 0 && act.targets.every((t) => international(t.code))) {
    // (Not a people the rebels' own phrase names: "ethnic Albanian".)
    const own = nounPhrases[sourceNp!]!;
    const states = [...new Set((ctx.namesOf.get(vg.sentence) ?? []).filter((n) => n.start >= own.end || n.end <= own.start).map((n) => n.country))].filter((c): c is string => c !== null && /^[A-Z]{3}$/.test(c) && !international(c));
    if (states.length === 1) act.sources = ofCountry(act.sources, states[0]!, true);
  }
  // "Four Russian army officers were arrested in Tbilisi", "was deported from Zimbabwe": coercion
  // told in the passive with no doer is the doing of the state where it happened.
  // So is a release from its jails: "Fifty-six opponents of Ortega were freed from Nicaraguan jails".
  // (Not a cyber attack, which anyone anywhere may make: "websites were crippled by cyber attacks".)
  // So is an envoy's summons: "The Russian ambassador was summoned to the foreign ministry in Chisinau".
  // (Not one summoned home, which his own state recalls: "was summoned home from Caracas".)
  const summonedHome = act.code === '114' && (tokens.lower[vg.tokenEnd] === 'home' || tokens.lower[vg.tokenEnd] === 'back');
  // So is a mass expulsion: "More than 200,000 Congolese have been driven out of Angola".
  if (act.sources.length === 0 && ((root === '17' && act.code !== '176') || act.code === '0841' || act.code === '201' || (act.code === '114' && !summonedHome)) && vg.voice === 'passive' && act.targets.length > 0) {
    const scene = sceneOfPassive(scope);
    // (Not a scene whose code is the victims' own, which would make the act no one's: "Rohingya were driven out of Myanmar".)
    if (scene !== null && !(act.code === '201' && act.targets.some((t) => t.code === scene.code))) act.sources = [scene];
  }
  // "Twenty Indian soldiers were killed in a clash with Chinese troops": those killed in a fight
  // with others, told in the passive with no doer, were killed by them.
  if (act.sources.length === 0 && VIOLENT_ROOTS.has(root) && vg.voice === 'passive' && vg.agent === null) {
    const end = clauseStop(ctx, vg.tokenEnd, sent.tokenEnd);
    for (let k = vg.tokenEnd; k < Math.min(end, vg.tokenEnd + 6); k++) {
      if (!FIGHT_NOUNS.has(tokens.lower[k]!) || tokens.lower[k + 1] !== 'with') continue;
      const np = ctx.matcher.npAt[k + 2]!;
      // (Not a fight alongside an ally: "killed in fighting with Malian troops against Islamist rebels".)
      if (np >= 0 && (tokens.lower[nounPhrases[np]!.tokenEnd] === 'against' || tokens.lower[nounPhrases[np]!.tokenEnd] === 'on')) break;
      const foe = np >= 0 ? resolveAll(ctx, chain(ctx, np), date).filter((a) => !act.targets.some((t) => countryOf(t.code) === countryOf(a.code))) : [];
      if (foe.length > 0) act.sources = foe.slice(0, 1);
      break;
    }
  }
  // '"If he sets foot in Honduras, he will be arrested," a spokesman for the interim government said':
  // a hostile act threatened in the passive with no doer is the speaker's threat (of a state's
  // speaker of no named country, the one country the sentence names).
  // (In the speaker's own quoted words, or of the speaker's own state: "Russia will be forced to take
  // retaliatory steps if Finland joins NATO, the foreign ministry in Moscow said"; not "Aristide will be
  // arrested if he returns, U.S. officials said".)
  const speakers = act.sources.length === 0 && root === '13' && scope.threatened && vg.voice === 'passive' && scope.speaker !== undefined ? resolveAll(ctx, chain(ctx, scope.speaker), date) : [];
  const ownState = speakers.length > 0 && vg.subject !== null && resolveAll(ctx, chain(ctx, vg.subject), date).some((a) => /^[A-Z]{3}$/.test(a.code) && countryOf(speakers[0]!.code) === a.code);
  if (speakers.length > 0 && (scope.quoted.has(v) || ownState)) {
    act.sources = speakers.slice(0, 1);
    const named = countriesNamed(ctx, vg.sentence);
    if (act.sources.length === 1 && /^---(GOV|MIL|COP|JUD)/.test(act.sources[0]!.code) && named.size === 1) act.sources = ofCountry(act.sources, [...named][0]!, true);
  }
  // "Guzman was extradited to the United States, Mexico's foreign ministry said": a handover told in
  // the passive with no doer is the doing of the state whose speaker tells it, when it is not the receiver's.
  // (So is a protest lodged: "A diplomatic protest was lodged with Beijing, the Philippine foreign ministry said".)
  // (And an arrest a state's own ministry tells of, of its own people too: "More than 1,000 soldiers have
  // been detained since the failed coup, the Venezuelan defence ministry said".)
  const detained = act.code.startsWith('173') || act.code.startsWith('174');
  if (act.sources.length === 0 && (act.code.startsWith('06') || act.code === '114' || detained) && vg.voice === 'passive' && scope.speaker !== undefined) {
    const teller = resolveAll(ctx, chain(ctx, scope.speaker), date).filter((a) => !detained || stateActor(a.code, STATE_SECTORS)).map((a) => countryOf(a.code)).find((c): c is string => c !== null);
    if (teller && (detained || !act.targets.some((t) => countryOf(t.code) === teller))) act.sources = [{ code: teller, start: nounPhrases[scope.speaker]!.start, end: nounPhrases[scope.speaker]!.end, inferred: true }];
  }
  // "Imran Khan told parliament that the captured Indian pilot would be released the next day": a
  // release a state's leader says will be done, in the passive with no doer, is its own promise.
  if (act.sources.length === 0 && act.code.startsWith('035') && vg.voice === 'passive' && vg.agent === null && scope.speaker !== undefined) {
    const teller = resolveAll(ctx, chain(ctx, scope.speaker), date).find((a) => stateActor(a.code, STATE_SECTORS));
    // (Only where no third country holds them: not "the French foreign minister said the Japanese hostages in Iraq would be released".)
    const named = countriesNamed(ctx, vg.sentence);
    const parties = new Set([countryOf(teller?.code ?? ''), ...act.targets.map((t) => countryOf(t.code))]);
    // (Nor hostages others hold: "Erdogan said the kidnapped Turkish truck drivers would be freed soon".)
    const held = vg.subject !== null && tokens.lower.slice(nounPhrases[vg.subject]!.tokenStart, nounPhrases[vg.subject]!.tokenEnd).some((w) => HELD_WORDS.has(w));
    // (Or its own prisoners: "de Klerk said Nelson Mandela would be released from prison on Sunday".)
    if (teller && !held && act.targets.length > 0 && act.targets.every((t) => countryOf(t.code) !== null) && [...named].every((c) => parties.has(c))) act.sources = [{ ...teller, inferred: true }];
  }
  // "A car bomb killed eight people in Mogadishu": violence by a weapon with no one named behind
  // it is coded with no source, when it has a target.
  // So is a killing told in the passive with no doer at all: "was shot dead as he left a rally".
  // And an arrest so told where no place says whose: "Imran Khan was arrested after a court hearing".
  // So is one whose doer names no one we know: "was shot dead by a sniper".
  // (Not a bare participle that describes another verb's object: "to treat Iraqis wounded in the war".)
  const describes = vg.voice === 'passive' && vg.tokenEnd - vg.tokenStart === 1 && vg.subject !== null && nounPhrases[vg.subject]!.tokenEnd === vg.tokenStart && (tokens.pos[nounPhrases[vg.subject]!.tokenStart - 1] === POS.VERB || tokens.pos[nounPhrases[vg.subject]!.tokenStart - 1] === POS.ADP);
  let unattributed = act.sources.length === 0 && act.targets.length > 0 && (VIOLENT_ROOTS.has(root) || root === '17') && (weaponPhrase(ctx, sourceNp, vg) || (vg.voice === 'passive' && !describes));
  // "Yemen's Houthis say drones hit two Saudi Aramco oil plants": arms of no one named that an armed
  // group says struck another country are its own, and it claims the strike.
  if (unattributed && scope.speaker !== undefined && vg.voice === 'active') {
    const claimant = resolveAll(ctx, chain(ctx, scope.speaker), date).find((a) => /^(REB|INS|SEP|UAF)/.test(a.code.slice(3, 6)));
    const home = claimant ? countryOf(claimant.code) : null;
    if (claimant && home !== null && act.targets.every((t) => countryOf(t.code) !== null && countryOf(t.code) !== home)) {
      act.sources = [{ ...claimant, inferred: true }];
      unattributed = false;
    }
  }
  act.unattributed = unattributed;
  // A demand needs someone it is made of: not "Russia said the talks must continue".
  if ((act.sources.length === 0 && !unattributed) || (obligation && act.targets.length === 0)) return false;
  // "Finance Minister Basil Mramba told parliament": a state's speaker of no named country is of
  // the one country the sentence names.
  if (statement && act.sources.length > 0 && act.sources.every((a) => /^---(GOV|MIL|COP|JUD|LEG|SPY|ELI)/.test(a.code))) {
    const named = countriesNamed(ctx, vg.sentence);
    if (named.size === 1) act.sources = ofCountry(act.sources, [...named][0]!, true);
    // (Of several, the one whose city the speaker spoke in: "'Relations between Botswana and Zambia
    // have never been stronger,' Foreign Minister Mompati Merafhe said in Gaborone".)
    else {
      const where = (ctx.namesOf.get(vg.sentence) ?? []).find((n) => n.tokenStart >= vg.tokenEnd && n.type !== 'person' && tokens.lower[n.tokenStart - 1] === 'in' && n.country !== null && named.has(n.country));
      if (where) act.sources = ofCountry(act.sources, where.country!, true);
    }
    rereadRelation(scope, act);
  }
  return true;
}

/**
 * "'Relations between China and Vietnam are developing steadily,' spokesman Wu Jianmin told reporters
 * in Beijing": once a speaker of no named country is known to speak for a state, relations it spoke
 * of are with the other side, not its own state.
 */
function rereadRelation(scope: VerbScope, act: Act): void {
  const own = act.sources.length > 0 ? countryOf(act.sources[0]!.code) : null;
  if (!act.code.startsWith('01') || own === null || act.targets.length === 0 || !act.targets.every((t) => countryOf(t.code) === own)) return;
  const other = relationTopic(scope.ctx, scope.v, act.sources, scope.date);
  if (other.length > 0) act.targets = other;
}

/** Words that say someone is held by others: "the kidnapped truck drivers", "the hostages". */
const HELD_WORDS = new Set(['kidnapped', 'abducted', 'hostage', 'hostages', 'captive', 'captives', 'seized', 'hijacked']);

/** What one appeals for to one's own people: "calls for calm". */
const CALM_WORDS = new Set(['calm', 'restraint', 'unity', 'tolerance']);

/** Fights those killed in them were in with someone: "in a clash with Chinese troops". */
const FIGHT_NOUNS = new Set(['clash', 'clashes', 'fighting', 'battle', 'battles', 'gunfight', 'gunbattle', 'shootout', 'firefight', 'skirmish', 'skirmishes', 'fight', 'exchange']);

/** Those whose country is the one of whoever's they are: "his followers", "their compatriots". */
const OWN_PEOPLE = new Set(['follower', 'supporter', 'compatriot', 'countryman', 'countrymen', 'fellow-citizen', 'citizen', 'people', 'nation', 'faithful', 'backer', 'loyalist']);

/** The country of the first place named from token `from` to the end of its phrase (a comma that does not go on with a list). */
function claimedScene(ctx: VerbScope['ctx'], sentence: number, from: number, end: number): ResolvedActor | null {
  const { tokens, namesOf } = ctx;
  let stop = end;
  for (let k = from; k < end; k++) if (tokens.lower[k] === ',' && !listGoesOn(ctx, k)) { stop = k; break; }
  const name = (namesOf.get(sentence) ?? []).find((n) => n.type === 'place' && n.country !== null && n.tokenStart >= from && n.tokenStart < stop);
  return name ? { code: name.country!, start: tokens.start[name.tokenStart]!, end: tokens.end[name.tokenEnd - 1]!, place: true, inferred: true } : null;
}

/** A noun phrase a word before its head names as rebels: "Islamist gunmen", "rebel fighters". */
function namedRebel(ctx: VerbScope['ctx'], np: number): boolean {
  const { tokens, nounPhrases } = ctx;
  const { tokenStart, head, tokenEnd } = nounPhrases[np]!;
  for (let k = tokenStart; k < head; k++) if (REBEL_NOUNS.has(tokens.lower[k]!)) return true;
  // (Or the group they are from or of names them so: "Gunmen from a Baloch separatist group".)
  const of = tokens.lower[tokenEnd] === 'from' || tokens.lower[tokenEnd] === 'of' ? ctx.matcher.npAt[tokenEnd + 1]! : -1;
  if (of >= 0 && nounPhrases[of]!.tokenStart === tokenEnd + 1) {
    for (let k = nounPhrases[of]!.tokenStart; k <= nounPhrases[of]!.head; k++) if (REBEL_NOUNS.has(tokens.lower[k]!)) return true;
  }
  return false;
}

/** A place named as a border ("the Ivorian border") or as what a border is with ("the border with Ivory Coast"). */
function atBorder(ctx: VerbScope['ctx'], place: ResolvedActor): boolean {
  const { tokens, matcher, nounPhrases } = ctx;
  const np = matcher.npAt[tokenAt(ctx, place.start)]!;
  if (np < 0) return false;
  const { head, tokenStart } = nounPhrases[np]!;
  return BORDER_WORDS.has(tokens.lower[head]!) || (tokens.lower[tokenStart - 1] === 'with' && BORDER_WORDS.has(tokens.lower[tokenStart - 2]!));
}

/** Words of a tension between states, which a show of force answers. */
const TENSION_WORDS = new Set(['tension', 'row', 'dispute', 'standoff', 'stand-off', 'crisis', 'conflict', 'confrontation', 'feud', 'quarrel', 'threat']);

/** The country of the place a speaker speaks in ("told reporters in Beijing", "said in Beijing"), or null. */
function spokenIn(ctx: VerbScope['ctx'], speaker: ResolvedActor): string | null {
  const { tokens, matcher, verbGroups, resolver } = ctx;
  const np = matcher.npAt[tokenAt(ctx, speaker.start)]!;
  const g = np >= 0 ? verbGroups.find((w) => w.subject === np && SPEECH_VERBS.has(w.lemma)) : undefined;
  if (g === undefined) return null;
  // (Past whom one tells: "told reporters in Beijing".)
  let k = g.tokenEnd;
  if (g.object !== null && ctx.nounPhrases[g.object]!.tokenStart === k) k = ctx.nounPhrases[g.object]!.tokenEnd;
  const place = tokens.lower[k] === 'in' ? matcher.npAt[k + 1]! : -1;
  // (A capital that stands for its state, and no seat of international bodies that visitors speak in:
  // not "told reporters in Brussels", "in New York".)
  const capital = place >= 0 ? resolver.resolve(place, null) : null;
  if (capital === null || !/^[A-Z]{3}GOV$/.test(capital.code) || MEETING_CAPITALS.has(tokens.lower[ctx.nounPhrases[place]!.head]!)) return null;
  return capital.code.slice(0, 3);
}

/** Capitals where the world's bodies sit, which officials of every state visit to speak. */
const MEETING_CAPITALS = new Set(['brussels', 'geneva', 'vienna', 'hague', 'strasbourg', 'luxembourg', 'ababa']);

/** People who are where they are as visitors ("two British tourists"): their country is not the scene's. */
function visitors(ctx: VerbScope['ctx'], t: ResolvedActor): boolean {
  const np = ctx.matcher.npAt[tokenAt(ctx, t.start)]!;
  return np >= 0 && VISITOR_NOUNS.has(ctx.tokens.lemma[ctx.nounPhrases[np]!.head]!);
}
const VISITOR_NOUNS = new Set(['tourist', 'foreigner', 'expatriate', 'traveller', 'traveler', 'hiker', 'trekker', 'backpacker', 'visitor', 'missionary']);

/** The country a passive verb's "in", "at" or "from" names, within its clause ("arrested at his home in Kuala Lumpur"). */
function sceneOfPassive(scope: VerbScope): ResolvedActor | null {
  const { ctx, vg, date } = scope;
  const { tokens, nounPhrases, matcher, doc } = ctx;
  // ("were driven out of north-western Tanzania": the phrasal verb's own "out", over a compass word.)
  if (tokens.lower[vg.tokenEnd] === 'of' && tokens.lower[vg.tokenEnd - 1] === 'out') {
    for (let k = vg.tokenEnd + 1; k < vg.tokenEnd + 5; k++) {
      const np = matcher.npAt[k]!;
      const place = np >= 0 && ctx.resolver.isPlace(np) ? placeActor(ctx, np, date) : null;
      if (place && countryOf(place.code) !== null && !international(place.code)) return { ...place, code: countryOf(place.code)!, inferred: true };
    }
  }
  for (const a of doc.layers.attachments ?? []) {
    const outOf = tokens.lower[a.prep] === 'of' && tokens.lower[a.prep - 1] === 'out';
    if (nounPhrases[a.object]!.sentence !== vg.sentence || a.prep < vg.tokenEnd || !(SCENE_PREPOSITIONS.has(tokens.lower[a.prep]!) || outOf)) continue;
    if (crossesClause(tokens, matcher.npAt, vg.tokenEnd, a.prep)) break;
    const place = placeActor(ctx, a.object, date);
    if (place && countryOf(place.code) !== null && !international(place.code)) return { ...place, code: countryOf(place.code)!, inferred: true };
  }
  return null;
}
const SCENE_PREPOSITIONS = new Set(['in', 'at', 'from']);

/** Sectors of those who rise against a state, whose country its unnamed organs facing them are of. */
const NON_STATE_SECTORS = new Set(['REB', 'OPP', 'INS', 'SEP', 'RAD']);

/**
 * The last placements, once the code is refined: sides of the one country the sentence names, and
 * whom a threat, a show of force, a promise or an act done at home is aimed at when no one is named.
 */
export function settleSides(scope: VerbScope, act: Act): void {
  const { ctx, v, vg, date, requireTarget } = scope;
  const { tokens, nounPhrases, matcher, filedFrom, resolver } = ctx;
  const { root, lemma, targetNp, symmetric, mutual } = act;
  // "MONROVIA (Reuters) - Rebel fighters battled government troops": people of no named country in
  // a story filed from a country, in a sentence that names no other, are of that country.
  // So, with no dateline, are those of a sentence that names one country: "Rebels loyal to Charles
  // Taylor fought government troops for control of the port".
  // "KUMANOVO, Macedonia - Ethnic Albanian rebels handed over their weapons": an ethnic group named by
  // a demonym is of the country the story is filed from, not of the demonym's state.
  if (filedFrom !== null) act.sources = act.sources.map((a) => (tokens.lower[tokenAt(ctx, a.start)] === 'ethnic' && !international(a.code) && countryOf(a.code) !== filedFrom ? { ...a, code: `${filedFrom}${a.code.slice(3, 6)}` } : a));
  // So is one an act is done to, in the place the sentence says: "the killing of 45 ethnic Albanians
  // in the Kosovo village of Racak".
  // (The actor's span may be its demonym alone, or open with a number or a multitude: "45 ethnic
  // Albanians", "thousands of ethnic Albanians".)
  const ethnic = (t: ResolvedActor): boolean => {
    if (international(t.code)) return false;
    let k = Math.max(0, tokenAt(ctx, t.start) - 1);
    // ("the Albanian minority": a minority named by a demonym is an ethnic group too.)
    for (; k < tokens.length && tokens.start[k]! < t.end; k++) if (tokens.lower[k] === 'ethnic' || tokens.lower[k] === 'minority' || tokens.lower[k] === 'minorities') return true;
    // (A multitude's span ends before its "of": "tens of thousands | of ethnic Albanians".)
    return tokens.lower[k] === 'of' && tokens.lower[k + 1] === 'ethnic';
  };
  // With no such place, it is of the country the story is filed from, else of the other country the
  // sentence names: "Leaders of Macedonia's main Slav and ethnic Albanian parties signed".
  const homeOf = (a: ResolvedActor): string | null => {
    const demonym = countryOf(a.code);
    // (Only one still coded as the demonym's state: "Ethnic Albanian rebels in Macedonia" are placed already.)
    const named = (ctx.namesOf.get(vg.sentence) ?? []).find((n) => tokens.start[n.tokenStart]! >= a.start && tokens.end[n.tokenEnd - 1]! <= a.end && n.country !== null);
    if (named === undefined || named.country !== demonym) return null;
    if (filedFrom !== null) return filedFrom !== demonym ? filedFrom : null;
    return (ctx.namesOf.get(vg.sentence) ?? []).find((n) => n.type !== 'person' && n.country !== null && n.country !== demonym && /^[A-Z]{3}$/.test(n.country))?.country ?? null;
  };
  if (act.targets.some(ethnic)) {
    act.targets = act.targets.map((t) => {
      if (!ethnic(t)) return t;
      const scene = sceneAfter(ctx, scope.v, tokenAt(ctx, t.end), date);
      const country = scene !== null ? countryOf(scene.code) : homeOf(t);
      return country !== null && country !== countryOf(t.code) ? { ...t, code: `${country}${t.code.slice(3, 6)}`, place: false } : t;
    });
  }
  // "Islamic State fighters fired mortar shells at Kurdish peshmerga positions near Makhmour": a
  // transnational armed group acts in the country where it fights: the scene's, else its target's, else the dateline's.
  if (act.sources.some((a) => a.code.startsWith('IMG'))) {
    const scene = sceneAfter(ctx, scope.v, vg.tokenEnd, date);
    // (A state's forces or a place it targets, not a victim's nationality: "British hostage David Haines was beheaded by Islamic State militants".)
    const target = act.targets.find((t) => countryOf(t.code) !== null && (t.place === true || /^(GOV|MIL|COP|SPY|LEG|JUD)/.test(t.code.slice(3, 6))));
    const fought = (scene !== null ? countryOf(scene.code) : null) ?? (target ? countryOf(target.code) : null) ?? filedFrom;
    if (fought !== null) act.sources = act.sources.map((a) => (a.code.startsWith('IMG') ? { ...a, operatesIn: fought } : a));
  }
  // So is one struck where it fights: "Egyptian warplanes bombed Islamic State positions in the
  // eastern Libyan city of Derna" strike Libya's militants.
  // (Only where a place after it says so, or the dateline, or the state that bans it or talks with
  // it at home: "Musharraf bans Lashkar-e-Taiba"; not "China condemned Islamic State".)
  const struckGroup = act.targets.find((t) => t.code.startsWith('IMG'));
  if (struckGroup !== undefined) {
    const scene = sceneAfter(ctx, scope.v, vg.tokenEnd, date);
    const own = act.sources.length > 0 && !international(act.sources[0]!.code) ? countryOf(act.sources[0]!.code) : null;
    const atHome = own !== null && /^[A-Z]{3}$/.test(own) && (DOMESTIC_ROOTS.has(root) || root === '04' || /^03[69]/.test(act.code));
    const fought = (scene !== null ? countryOf(scene.code) : null) ?? filedFrom ?? (atHome ? own : null);
    if (fought !== null && /^[A-Z]{3}$/.test(fought)) act.targets = act.targets.map((t) => (t.code.startsWith('IMG') ? { ...t, operatesIn: fought } : t));
  }
  // So is one that acts in a place: "Tens of thousands of ethnic Albanians marched through Pristina".
  if (filedFrom === null && act.sources.some(ethnic)) {
    const scene = sceneAfter(ctx, scope.v, vg.tokenEnd, date);
    act.sources = act.sources.map((a) => {
      const country = scene !== null ? countryOf(scene.code) : ethnic(a) ? homeOf(a) : null;
      return ethnic(a) && country !== null && country !== countryOf(a.code) ? { ...a, code: `${country}${a.code.slice(3, 6)}` } : a;
    });
  }
  // (Not the country of visitors, who are not where it happened: "kidnapped three Dutch tourists".)
  const here = countryHere(ctx, vg.sentence);
  if (here !== null && !act.targets.some((t) => visitors(ctx, t) && countryOf(t.code) === here)) {
    // (Not attackers no one knows, "Gunmen shot dead …", "a group of unidentified gunmen".)
    // (Known, though, by whoever leads them: "Armed men led by failed businessman George Speight".)
    const unknown = (a: ResolvedActor): boolean => {
      let k = tokenAt(ctx, a.start);
      let named = false;
      for (; k < tokens.length && tokens.end[k]! <= a.end; k++) if (UNKNOWN_ASSAILANTS.has(tokens.lower[k]!)) named = true;
      return named && !(tokens.lower[k] === 'led' && tokens.lower[k + 1] === 'by');
    };
    if (act.sources.some((a) => a.code.startsWith('---')) && !act.sources.some(unknown)) act.sources = atHome(ctx, act.sources, here);
    // (Not whom a statement, an appeal or a promise is for: "appealed for aid for a million displaced people", "urges donors".)
    if (root !== '01' && root !== '02' && root !== '03') act.targets = atHome(ctx, act.targets, here);
  }
  // "The government and Renamo rebels resumed talks": a state's organs of no named country, facing
  // the non-state side of one country only, are that country's.
  const unnamedState = (a: ResolvedActor): boolean => /^---(GOV|MIL|COP|JUD|LEG)/.test(a.code);
  if (act.sources.some(unnamedState) || act.targets.some(unnamedState)) {
    const insurgents = new Set([...act.sources, ...act.targets].filter((a) => NON_STATE_SECTORS.has(a.code.slice(3, 6)) && !international(a.code)).map((a) => countryOf(a.code)));
    if (insurgents.size === 1 && !insurgents.has(null)) {
      const country = [...insurgents][0]!;
      const own = (a: ResolvedActor): ResolvedActor => (unnamedState(a) ? { ...a, code: `${country}${a.code.slice(3)}` } : a);
      act.sources = act.sources.map(own);
      act.targets = act.targets.map(own);
    }
  }
  // "Sistani called on his followers to refrain from revenge": one's own followers or compatriots
  // are of one's own country.
  if (act.targets.length === 0 && targetNp !== null && act.sources.length > 0 && countryOf(act.sources[0]!.code) !== null && !international(act.sources[0]!.code)) {
    const np = nounPhrases[targetNp]!;
    if (POSSESSIVE_DETERMINERS.has(tokens.lower[np.tokenStart]!) && OWN_PEOPLE.has(tokens.lemma[np.head]!)) {
      act.targets = [{ code: countryOf(act.sources[0]!.code)!, start: np.start, end: np.end, place: true, inferred: true }];
    }
  }
  // "threatened to turn Seoul into a sea of fire", "warned that his group would strike deeper inside
  // Israel": a threat that names no one it is made to is aimed at the other country its words name.
  // (Over one's own: "warned that his army would pursue Sudanese militiamen", "strikes on Chechen rebel bases inside Georgia".)
  // (Not over another of one's own it names: "Abbas warned that Hamas would attack Israeli troops".)
  // (Nor where it is made: "warned at the United Nations that the United States would destroy North Korea".)
  if (root === '13' && act.sources.length > 0) {
    const venue = (t: ResolvedActor): boolean => tokenAt(ctx, t.start) <= vg.tokenEnd + 2 && (tokens.lower[tokenAt(ctx, t.start) - 1] === 'at' || tokens.lower[tokenAt(ctx, t.start) - 2] === 'at');
    // (Or its forces the threat names with no country: "warned that the army would cross into northern Iraq".)
    const unnamedForces = (t: ResolvedActor): boolean => /^---(MIL|GOV|COP)/.test(t.code) && countryOf(act.sources[0]!.code) !== null && !international(act.sources[0]!.code);
    if (act.targets.every((t) => countryOf(t.code) === countryOf(act.sources[0]!.code) || venue(t) || unnamedForces(t))) {
      const other = otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date).filter((t) => !venue(t));
      // (Or the threatener itself: "ECOWAS warned that it would use force to remove Gambian President Jammeh".)
      // (Or its own state by name: "Mofaz threatened that Israel would attack Iran".)
      const ownPeople = act.targets.every((t) => t.inferred || venue(t) || unnamedForces(t) || act.sources.some((a) => a.code === t.code || countryOf(a.code) === t.code) || POSSESSIVE_DETERMINERS.has(tokens.lower[tokenAt(ctx, t.start)]!));
      if (other.length > 0 && (ownPeople || other[0]!.place)) act.targets = [other[0]!];
    }
  }
  // "Taiwan put its armed forces on high alert as China began firing missiles", "sent police to its
  // northern border amid a dispute with Nicaragua": force shown at no one named is aimed at the
  // other country the sentence gives as its cause.
  // (Not sides that exercise together: "held exercises in Egypt, with Russia watching".)
  // (Or only at its own places: "sent three more warships to waters off the east coast of Borneo as its row with Malaysia deepened".)
  const home = act.sources.length > 0 ? countryOf(act.sources[0]!.code) : null;
  // (Or at its own forces only: "ordered a surprise combat readiness drill involving some 150,000 troops … as tensions with Ukraine's new leaders mounted".)
  const ownForces = (t: ResolvedActor): boolean => {
    const { country, sector } = splitCode(t.code);
    return sector === 'MIL' && (country === null || country === home);
  };
  if (root === '15' && !symmetric && home !== null && act.targets.every((t) => (t.place && countryOf(t.code) === home) || ownForces(t))) {
    // (Not who tells of it: "…, U.S. defense officials said".)
    const teller = (t: ResolvedActor): boolean => ctx.verbGroups.some((g) => g.subject === ctx.matcher.npAt[tokenAt(ctx, t.start)] && SPEECH_VERBS.has(g.lemma));
    const faced = otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date).filter((t) => !t.place);
    // (Shown at one's own troops, only at a country the sentence names a tension or a border with:
    // "as tensions with Ukraine's new leaders mounted", "near Ukraine's border", "close to the
    // border with Ukraine"; not "a day after Putin met Merkel in Berlin".)
    const tense = (t: ResolvedActor): boolean => {
      const at = tokenAt(ctx, t.start);
      for (let k = Math.max(0, at - 5); k < at; k++) if (TENSION_WORDS.has(tokens.lemma[k]!)) return true;
      const after = tokenAt(ctx, t.end - 1) + 1;
      return (tokens.lower[at - 1] === 'with' && BORDER_WORDS.has(tokens.lower[at - 2]!)) || (tokens.lower[after] === "'s" && BORDER_WORDS.has(tokens.lower[after + 1]!)) || BORDER_WORDS.has(tokens.lower[after]!);
    };
    const forcesOnly = act.targets.length > 0 && act.targets.every((t) => !t.place);
    if (act.targets.length === 0 || (faced.length > 0 && !teller(faced[0]!) && (!forcesOnly || tense(faced[0]!)))) act.targets = faced;
  }
  // "Schroeder laid a wreath in Warsaw at the memorial to the 1944 uprising": a symbolic act that
  // remembers no other country's people is aimed at the other country where it is done, or at no
  // one ("laid a wreath in Riga in memory of the thousands of Latvians deported").
  if (act.code === '017' && home !== null && act.targets.every((t) => countryOf(t.code) === home)) {
    const place = firstActorAfter(ctx, scope.v, act.matchEnd, date, true, true)[0];
    act.targets = place !== undefined && countryOf(place.code) !== null && countryOf(place.code) !== home ? [place] : [];
  }
  // "More than 4,000 ethnic Hmong asylum seekers were deported to Laos by Thai troops": people of no
  // named country deported to a country are its people.
  // (Also once placed at home for want of a name: "Malaysia deported 500 migrants to Indonesia".)
  const nameless = (t: ResolvedActor): boolean => {
    const np = matcher.npAt[tokenAt(ctx, t.start)]!;
    if (np < 0) return false;
    for (let k = nounPhrases[np]!.tokenStart; k < nounPhrases[np]!.tokenEnd; k++) if (resolver.nameAt(k)) return false;
    return true;
  };
  if (act.code === '174' && act.targets.length > 0 && act.targets.every((t) => t.code.startsWith('---') || (countryOf(t.code) === home && nameless(t)))) {
    // (The "to" phrase may hang on the verb or on the deported: "deported 500 migrants to Indonesia".)
    const deported = matcher.npAt[tokenAt(ctx, act.targets[0]!.start)]!;
    const to = (ctx.doc.layers.attachments ?? []).find((a) => tokens.lower[a.prep] === 'to' && ((a.attachedTo.kind === 'verb' && a.attachedTo.index === scope.v) || (a.attachedTo.kind === 'noun' && a.attachedTo.index === deported)));
    const destination = to !== undefined ? resolver.resolve(to.object, date) : null;
    const country = destination !== null ? countryOf(destination.code) : null;
    if (country !== null && /^[A-Z]{3}$/.test(country) && country !== home) act.targets = act.targets.map((t) => ({ ...t, code: `${country}${t.code.slice(3)}`, place: false }));
  }
  // "Russia orders troops back to bases after drills near Ukraine border": forces pulled back at
  // home are pulled back from the other country the sentence names.
  // (Not sides that pull back from each other: "Greece and Turkey pulled their warships back …".)
  if (act.code === '0874' && !mutual && home !== null && act.targets.every((t) => t.inferred && countryOf(t.code) === home)) {
    const faced = otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date);
    if (faced.length > 0) act.targets = [faced[0]!];
  }
  // "said he was hopeful Ukraine's rivals could reach a compromise": hope or worry is about the other country it names.
  if (act.targets.length === 0 && (act.code === '012' || act.code === '013') && lemma === 'be' && act.sources.length > 0 && countryOf(act.sources[0]!.code) !== null) act.targets = otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date);
  // "promised that the United States would stand by Colombia": a promise that names no one it is
  // made to is made to the other country its words name.
  // (Not where it is made, nor where sides agree to meet: "vowed in London", "agree to resume peace talks in Maryland".)
  // (Nor the promiser's own state: "pledged that Washington would stand by Colombia".)
  const promiser = act.sources.length === 1 ? countryOf(act.sources[0]!.code) : null;
  // "told visiting Pakistani President Pervez Musharraf that India would open more crossing points":
  // a promise done at home is made to whom it is told, when they are of another country.
  if (root === '03' && !mutual && promiser !== null && scope.speaker !== undefined && act.targets.every((t) => countryOf(t.code) === promiser)) {
    const told = ctx.verbGroups.find((g) => g.sentence === vg.sentence && g.subject === scope.speaker && g.object !== null && g.lemma === 'tell');
    const addressee = told ? resolveAll(ctx, chain(ctx, told.object!), date).filter((t) => countryOf(t.code) !== null && countryOf(t.code) !== promiser) : [];
    // (To each of them: "told Britain and the United States that it would give up …".)
    if (addressee.length > 0) act.targets = addressee;
  }
  // (Its other side is someone, though: "UNITA said it was ready to resume talks with the government".)
  // (Or its own forces: "promised that the last Russian troops would leave Lithuania".)
  if (root === '03' && !mutual && promiser !== null && act.targets.every((t) => t.code === act.sources[0]!.code || t.code === promiser || (countryOf(t.code) === promiser && splitCode(t.code).sector === 'MIL'))) {
    // (A venue is where the promise, or a signing or meeting it names, is made; not where what is
    // promised is done or stands: "promised that China would invest $20 billion in Argentina",
    // "intends to draw down most of its troops in Yemen".)
    const venueNoun = (np: number): boolean => VENUE_NOUNS.has(tokens.lower[ctx.nounPhrases[np]!.head]!) || VENUE_NOUNS.has(nounLemma(ctx, ctx.nounPhrases[np]!.head));
    const venue = (t: ResolvedActor): boolean => {
      const at = tokenAt(ctx, t.start);
      if (!VENUE_PREPOSITIONS.has(tokens.lower[at - 1] ?? '') && tokens.lower[at - 1] !== 'the') return false;
      const held = (ctx.doc.layers.attachments ?? []).find((a) => a.prep === at - 1);
      if (held === undefined) return !crossesClause(tokens, matcher.npAt, vg.tokenEnd, at);
      // (Or where talks or a meeting are held: "promised to resume talks in Lusaka".)
      if (held.attachedTo.kind === 'noun') return venueNoun(held.attachedTo.index);
      const g = ctx.verbGroups[held.attachedTo.index]!;
      const talks = g.object !== null && venueNoun(g.object);
      return SPEECH_VERBS.has(g.lemma) || VENUE_VERBS.has(g.lemma) || (TALKS_RESUME.has(g.lemma) && talks);
    };
    // (Past a venue to whom it is made: "promised in Moscow to transfer all the nuclear warheads … to Russia".)
    let other = otherCountryAfter(ctx, vg, vg.tokenEnd, act.sources, date).slice(0, 1);
    if (other.length > 0 && other[0]!.place && venue(other[0]!)) other = otherCountryAfter(ctx, vg, tokenAt(ctx, other[0]!.end - 1) + 1, act.sources, date).slice(0, 1).filter((t) => !t.place || !venue(t));
    if (other.length > 0) act.targets = other;
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
  // (Talks held abroad with no one named are with the hosts: "Iraqi delegation holds talks in Ankara on Kurdish rebel bases".)
  // (Not talks with a side named that codes as no one, before or after: "held talks in Honiara with commanders
  // of the Bougainville Revolutionary Army", "Guatemala's government and leftist guerrilla commanders resumed talks in Mexico City".)
  const partnered = (): boolean => {
    const sent = ctx.sentences[vg.sentence]!;
    // (An "and" only among the sides, before the verb: not "talks in Tehran on deliveries of fuel and grain".)
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) if (PARTNER_WORDS.has(tokens.lower[k]!) && (tokens.lower[k] !== 'and' || k < vg.tokenStart)) return true;
    return false;
  };
  // (Only one state's delegation or official, not its own factions: "Afghan factions opened talks in Bonn".)
  const delegation = act.sources.length === 1 && /^[A-Z]{3}GOV/.test(act.sources[0]!.code) && vg.subject !== null && tokens.lemma[nounPhrases[vg.subject]!.head] === tokens.lower[nounPhrases[vg.subject]!.head];
  if (act.targets.length === 0 && root === '04' && !mutual && delegation && !partnered()) {
    const own = countryOf(act.sources[0]!.code);
    const [where] = firstActorAfter(ctx, v, vg.tokenEnd, date, true, true);
    // (Not a body's seat: "held talks in Geneva on tariffs and subsidies".)
    const seat = where !== undefined && BODY_SEATS.has(ctx.text.slice(where.start, where.end).toLowerCase());
    if (where && !seat && own !== null && countryOf(where.code) !== own && !international(where.code)) act.targets = [where];
  }
  // (Nor trade or cooperation as the act stands, which is with another: "India bought grain".)
  if (act.targets.length === 0 && !requireTarget && !HOMELESS_ROOTS.has(root) && !act.code.startsWith('06') && act.code !== '055' && !mutual && !unknownName && act.sources.length > 0) {
    const own = countryOf(act.sources[0]!.code);
    if (own !== null && !international(act.sources[0]!.code) && act.sources.every((a) => countryOf(a.code) === own)) act.targets = [{ code: own, start: act.sources[0]!.start, end: act.sources[0]!.end, place: true, inferred: true }];
  }
  // "will send troops to a United Nations peacekeeping force in Cambodia": forces or aid sent to a
  // peacekeeping force in a country go to that country.
  if (act.targets.length === 1 && /^(IGOPKO|---PKO|IGOUNOPKO)/.test(act.targets[0]!.code) && (root === '03' || root === '07' || root === '15')) {
    const np = matcher.npAt[tokenAt(ctx, act.targets[0]!.start)]!;
    const inPlace = np >= 0 && tokens.lower[endWithOf(tokens, nounPhrases, np)] === 'in' ? matcher.npAt[endWithOf(tokens, nounPhrases, np) + 1]! : -1;
    const where = inPlace >= 0 ? placeActor(ctx, inPlace, date) : null;
    if (where && countryOf(where.code) !== null) act.targets = [where];
  }
}

/** A state's civil arms (its armed forces excepted). */
const CIVIL_SECTORS = new Set(['GOV', 'COP', 'JUD', 'SPY', 'LEG']);

/** All of a state's sectors. */
export const STATE_SECTORS = new Set(['GOV', 'COP', 'JUD', 'MIL', 'LEG', 'SPY']);

/** Attackers whose noun says nothing of whom they fight for. */
const UNKNOWN_ASSAILANTS = new Set(['gunman', 'gunmen', 'bomber', 'bombers', 'assailant', 'assailants', 'attacker', 'attackers', 'assassin', 'assassins', 'kidnapper', 'kidnappers', 'hijacker', 'hijackers', 'sniper', 'snipers', 'men']);

/** Prepositions before where something happens, not whom it is done to. */
const VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from', 'during', 'outside', 'inside']);
/** Verbs of what is done where sides meet: their "in" phrase is a venue. */
const VENUE_VERBS = new Set(['sign', 'meet', 'hold', 'reach', 'conclude', 'agree', 'broker', 'negotiate']);

/** Roots of what a state does to its own people: release, investigate, accuse or try, coerce. */
const CITIZEN_ROOTS = new Set(['08', '09', '11', '17']);

/** Roots whose acts, with no one named, are not taken to be done at home: statements, appeals, apologies, force posture. */
const HOMELESS_ROOTS = new Set(['01', '02', '15']);
/** Words that name a meeting's other side. */
const PARTNER_WORDS = new Set(['with', 'between', 'and']);

/**
 * Sides of no named country who face a state's side are of that state: any such side when they
 * fight (`anySide`), else only when every such side is rebels or opposition.
 */
export function ofStateFaced(sides: ResolvedActor[], anySide: boolean): ResolvedActor[] {
  const state = sides.find((a) => countryOf(a.code) !== null && !international(a.code));
  if (!state || !(anySide || sides.every((a) => !a.code.startsWith('---') || /^---(REB|INS|SEP|OPP|UAF)/.test(a.code)))) return sides;
  return ofCountry(sides, countryOf(state.code)!);
}

/** A state's own actor: a bare country ("PER"), or a country whose first sector is one of `sectors` ("PERGOV", "AFGGOVTAL"). */
export function stateActor(code: string, sectors: ReadonlySet<string>): boolean {
  if (international(code) || !/^[A-Z]{3}$|^[A-Z]{6}/.test(code)) return false;
  return code.length === 3 || sectors.has(code.slice(3, 6));
}

/** Participles of giving way, whose "to" phrase names what one gave way to. */
const GIVING_WAY = new Set(['bowing', 'yielding', 'succumbing', 'caving']);
/** Participles of meeting what another asks: "meeting NATO terms", "heeding U.N. calls". */
const MEETING_WAY = new Set(['meeting', 'heeding', 'satisfying', 'fulfilling']);
/** What another asks that one may meet. */
const TERMS_NOUNS = new Set(['terms', 'demands', 'demand', 'conditions', 'condition', 'calls', 'call', 'deadline', 'ultimatum', 'requirements']);
/** Crowds' acts that a leader may give way to. */
const UNREST_NOUNS = new Set(['protest', 'protests', 'demonstration', 'demonstrations', 'strike', 'strikes', 'rioting', 'riots', 'unrest', 'uprising']);
/** Words that lead from what is given way to on to whose it is: "pressure from", "weeks of protests by". */
const WHOSE_LINKS = new Set(['of', 'from', 'by', 'and']);
/** Sectors of the crowds whose protests give way at home: "protests by Indian peasants and labor unions". */
const CROWD_SECTORS = /^(CVL|OPP|AGR|LAB|EDU|REL|MED|BUS)/;

/**
 * "resigned on Monday, bowing to pressure from rebels besieging Monrovia", "stepped down, bowing to
 * U.S. demands": whom a yielding gives way to, when a participle of giving way in its sentence names
 * them; a yielding to street protests gives way at home. Null when none is named.
 */
export function yieldedTo(scope: VerbScope, act: Act): ResolvedActor[] | null {
  const { ctx, vg, date } = scope;
  const { tokens, sentences, matcher, nounPhrases, resolver } = ctx;
  const sent = sentences[vg.sentence]!;
  let k = sent.tokenStart;
  // (Or what one meets or heeds: "starts Kosovo pullout, meeting NATO terms".)
  const met = (j: number): boolean => MEETING_WAY.has(tokens.lower[j]!) && matcher.npAt[j + 1]! >= 0 && TERMS_NOUNS.has(tokens.lower[nounPhrases[matcher.npAt[j + 1]!]!.head]!);
  while (k < sent.tokenEnd - 1 && !(GIVING_WAY.has(tokens.lower[k]!) && (tokens.lower[k + 1] === 'to' || (tokens.lower[k + 1] === 'in' && tokens.lower[k + 2] === 'to'))) && !met(k)) k++;
  if (k >= sent.tokenEnd - 1 || act.sources.length === 0) return null;
  const meeting = met(k);
  const home = countryOf(act.sources[0]!.code);
  // (Only where the act names no one else, or only what is given way to: not "let opposition parties
  // register, bowing to pressure from Western donors", "withdrawing its contingent from Iraq, bowing
  // to the demands of militants".)
  // (Nor one whose own target at home is named: "reinstated parliament, caving in to weeks of protests".)
  if (!act.targets.every((t) => tokenAt(ctx, t.start) > k || t.code === home || act.sources.some((a) => a.code === t.code))) return null;
  k += meeting ? 1 : tokens.lower[k + 1] === 'to' ? 2 : 3;
  const atHome: ResolvedActor[] | null = home !== null && /^[A-Z]{3}$/.test(home) ? [{ code: home, start: vg.start, end: vg.end, inferred: true }] : null;
  let unrest = false;
  let unplaced: ResolvedActor | null = null;
  // (Through the phrase's own "of", "from" and "by" phrases: not "demands that it destroy its weapons",
  // "protests over the island's economic collapse".)
  while (k < sent.tokenEnd) {
    const np = matcher.npAt[k]!;
    // (A participle read into its object's phrase: "meeting NATO terms" as one phrase.)
    if (np < 0 || (nounPhrases[np]!.tokenStart !== k && !(meeting && nounPhrases[np]!.tokenStart === k - 1))) break;
    const phrase = nounPhrases[np]!;
    // ("mounting international pressure" names no one.)
    if (tokens.lower.slice(phrase.tokenStart, phrase.tokenEnd).includes('international') || tokens.pos[phrase.head] === POS.PRON) return null;
    unrest ||= UNREST_NOUNS.has(tokens.lower[phrase.head]!);
    const place = unplaced !== null ? placeActor(ctx, np, date) : null;
    if (place) return ofCountry([unplaced!], countryOf(place.code)!);
    // (All of a list: "meeting the conditions of the European Union and the IMF".)
    const actors = resolveAll(ctx, chain(ctx, np), date);
    const actor = actors[0];
    // (Crowds at home are its own, named as they are: "yielding to demands from the military and
    // protesters"; opposition of no named country is at home: "pressure from opposition groups"; a
    // demonym's people in protests at home give way to the home: "protests by Indian peasants" in Bolivia.)
    if (actor && (unrest || actor.code.startsWith('---')) && CROWD_SECTORS.test(actor.code.slice(3, 6))) {
      const own = actors.filter((a) => countryOf(a.code) === home || a.code.startsWith('---'));
      return own.length > 0 && home !== null && /^[A-Z]{3}$/.test(home) ? ofCountry(own, home) : atHome;
    }
    // (A region's people are no side: "pressure from Western donors", "from West African mediators".)
    const sides = actors.filter((a) => !a.code.startsWith('---') && !resolver.isRegion(countryOf(a.code) ?? a.code));
    if (sides.length > 0) return sides;
    if (actor && actor.code.startsWith('---') && unplaced === null) unplaced = actor;
    k = phrase.tokenEnd;
    // ("rebels besieging Monrovia": a participle's object may say where they are.)
    if (unplaced !== null && tokens.pos[k] === POS.VERB && tokens.lower[k]!.endsWith('ing')) k++;
    else if (WHOSE_LINKS.has(tokens.lower[k]!)) k++;
    else break;
  }
  return unrest ? atHome : null;
}

/**
 * The one country a sentence is placed in (`countryHere`), when its dateline or a place it names is
 * there: a place that heads its phrase or describes a thing ("two Bali nightclubs"), not one that
 * only describes people ("U.S. officials said").
 */
function placedHere(ctx: CodingContext, sentence: number): string | null {
  const here = countryHere(ctx, sentence);
  if (here === null || ctx.filedFrom === here) return here;
  const heads = (n: { tokenStart: number; tokenEnd: number }): boolean => {
    const np = ctx.matcher.npAt[n.tokenStart]!;
    return np >= 0 && ((ctx.nounPhrases[np]!.head >= n.tokenStart && ctx.nounPhrases[np]!.head < n.tokenEnd) || ctx.resolver.agentSector(ctx.nounPhrases[np]!) === null);
  };
  return (ctx.namesOf.get(sentence) ?? []).some((n) => n.type === 'place' && n.country === here && heads(n)) ? here : null;
}
