import type { DefaultActors } from '../dictionaries/index.js';
import { MONTHS } from '../language/lexicon.js';
import { POS, type Sentence, type VerbGroup } from '../language/types.js';
import { countryOf, ENVOY_NOUNS, international, type ResolvedActor } from './actors.js';
import { aimAct } from './aims.js';
import { helpPurpose, impersonalThat, namesEachOther, weaponPhrase } from './clauses.js';
import { chain, nounLemma, resolveAll, speechClauses, tokenAt, type CodingContext } from './context.js';
import type { Doer } from './doer.js';
import { demandCode, moodCode, subsumes, type Mood } from './mood.js';
import { bordered, ofCountry } from './places.js';
import { refineByActors, refineByScene } from './refine.js';
import { GIVEN_THINGS } from './vocabulary.js';
import { EXCHANGE_VERBS, irregular, LOCATIVE_ROOTS, MUTUAL_ROOTS, SYMMETRIC_VERBS, TARGETLESS_ROOTS, VIOLENT_ROOTS } from './rules.js';
import { placeSides, settleSides, stateActor, yieldedTo } from './sides.js';
import type { EventTally } from './tally.js';
import { authorOf, culpritOf, giverOf } from './targets.js';
import { ARRIVAL_VERBS, BORDER_WORDS, DISASTER_NOUNS, EXECUTION_VERBS, FIRST_PERSON, REFLEXIVES, SUBORDINATORS } from './vocabulary.js';

const NAMING_PARTICIPLES = new Set(['calling', 'styling', 'naming']);

/** A noun phrase that calls its people rioters: "rioting Uighurs", "rioters". */
function calledRioters(ctx: CodingContext, np: number | null): boolean {
  if (np === null) return false;
  const { tokens, nounPhrases } = ctx;
  for (let k = nounPhrases[np]!.tokenStart; k < nounPhrases[np]!.tokenEnd; k++) if (tokens.lemma[k] === 'riot' || tokens.lower[k] === 'rioting' || tokens.lower[k]!.startsWith('rioter')) return true;
  // (Or a mob or a crowd: "Mobs set fire to homes and shops in Bombay", "Crowds set fire to the police headquarters".)
  return /^(mobs?|crowds?)$/.test(tokens.lower[nounPhrases[np]!.head]!);
}

/**
 * Verbs by which a speaker judges what they report ("was a mistake", "amounted to genocide", "bore
 * responsibility"), or warns its subject: "Juba will pay a heavy price", "will face harsh revenge", "any aggression will not go unanswered".
 */
const JUDGING_LEMMAS = new Set(['be', 'seem', 'look', 'have', 'amount', 'bear', 'pay', 'face', 'meet', 'treat', 'regard', 'go']);
/** Verbs of vowing, whose "that" clause says what the vower means to happen. */
const VOWING_LEMMAS = new Set(['vow', 'pledge', 'promise', 'swear']);

/** The subject of a vow whose "that" clause verb group `vg` heads ("vowed on Friday that …"), or undefined. */
function vowerOf(ctx: CodingContext, vg: VerbGroup): number | undefined {
  const { tokens, verbGroups, nounPhrases } = ctx;
  const subjectStart = vg.subject !== null ? nounPhrases[vg.subject]!.tokenStart : vg.tokenStart;
  if (tokens.lower[subjectStart - 1] !== 'that') return undefined;
  const vow = verbGroups.findLast((g) => g.sentence === vg.sentence && g.tokenEnd < subjectStart);
  return vow !== undefined && VOWING_LEMMAS.has(vow.lemma) && vow.subject !== null && vow.tokenEnd >= subjectStart - 4 ? vow.subject : undefined;
}

/** Words that point at what was just said or done: "This is a disgrace". */
const DEMONSTRATIVES = new Set(['this', 'that', 'it']);

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
  /** Codes for a source or target not found (TABARI's DEFAULT option), or null. */
  readonly defaults: DefaultActors | null;
}

/** One coded act while the rules run on it: its code, who did it, and to whom. */
export interface Act {
  /** The code, as the rules refine it. */
  code: string;
  /** What the verb's pattern gave, before mood and refinement. */
  readonly rawCode: string;
  /** The root as it stood once the sources were known (later refinements leave it). */
  readonly root: string;
  readonly lemma: string;
  /** The token after the verb's pattern match. */
  readonly matchEnd: number;
  readonly sourceNp: number | null;
  readonly targetNp: number | null;
  sources: ResolvedActor[];
  targets: ResolvedActor[];
  /** A speaker's judgement of a subject: "said North Korea's nuclear test was unacceptable". */
  readonly judged: boolean;
  /** Conjoined sides that face each other: "Azerbaijani and Armenian forces clashed". */
  readonly clash: boolean;
  /** A show of force by several sides together, which is military cooperation between them. */
  readonly joint: boolean;
  /** Conjoined sides that act together or on each other. */
  readonly symmetric: boolean;
  /** An act done in a place (force, coercion), whose target may be the place. */
  readonly locative: boolean;
  /** A reciprocal object that names the sides themselves: "blamed each other". */
  readonly eachOther: boolean;
  /** A bare statement (010), addressed only to whom its verb or pattern names. */
  statement: boolean;
  /** Sides that act on each other, with no one else named. */
  mutual: boolean;
  /** Violence with no one named behind it, coded with no source. */
  unattributed: boolean;
}

/**
 * Resolves the actors of a coded verb and records its events in `tally`; returns how many it added.
 * `rawCode` is what the verb's pattern gave; the rules here refine it by mood, by who acts and on
 * whom, and find the target where the pattern named none.
 */
export function emitVerb(scope: VerbScope, tally: EventTally, rawCode: string, rule: string, codedSource: number | null, targetNp: number | null, matchEnd: number, reciprocal: string | null = null): number {
  const { ctx, v, vg, sent, date, mood, governor, speaker, voicer, obligation, threatened, doer, quoted, requireTarget } = scope;
  const { doc, tokens, nounPhrases, namesOf, matcher } = ctx;
  const { layers } = doc;
  const { events, withheld, targetsOfVerb, eventVerb, governing } = tally;
  if (obligation) {
    // ("Sudan should stop arming Chadian rebels, Chad's foreign minister said": what one should do is asked for (02), what one must do, demanded.)
    const demanded = demandCode(rawCode);
    [rawCode, codedSource, targetNp, reciprocal] = [vg.modal === 'should' && voicer < 0 ? `02${demanded.slice(2)}` : demanded, speaker!, vg.subject, null];
  }
  // "Argentina could recall its ambassador if …, a senior official suggested": "suggest" after what
  // it reports is a verb of saying, not a proposal.
  // (Not a clause of time before it: "When they met in Paris, Macron suggested to Scholz a joint summit".)
  if (rawCode === '030' && tokens.lemma[vg.head] === 'suggest' && vg.object === null && !SUBORDINATORS.has(tokens.lower[sent.tokenStart]!) && speechClauses(ctx, v).some((c) => c.tokenEnd <= vg.tokenStart && (c.kind === 'reported' || c.kind === 'quote'))) rawCode = '010';
  // "Abe said North Korea's nuclear test was unacceptable": a speaker's judgement of a subject.
  // (Only of someone: not "climate change is the greatest threat to our people".)
  // ("Khamenei vowed that the United States would face severe revenge": so is one who vows another will face it.)
  const judging = !obligation && JUDGING_LEMMAS.has(tokens.lemma[vg.head]!) && /^(11|051|13)/.test(rawCode);
  const judge = judging ? (speaker ?? (rawCode.startsWith('13') ? vowerOf(ctx, vg) : undefined)) : undefined;
  const judged = judge !== undefined;
  // (What will have consequences for someone is aimed at them: "'This will have serious consequences
  // for our relations with Turkey,' Putin said".)
  if (judged) [codedSource, targetNp] = [judge, tokens.lemma[vg.head] === 'have' && targetNp !== null ? targetNp : vg.subject];
  // ("Russia is responsible for the attack": a judgement no speaker voices is no one's.)
  else if (tokens.lemma[vg.head] === 'be' && rawCode.startsWith('11') && !obligation) return 0;
  // ("'This is a direct threat,' President Irfaan Ali said of Venezuela's plan": what "this" is, the
  // "of" phrase after the speech names.)
  // (So does it for a subject that names no one: "'The situation is ethnic cleansing,' he said of Myanmar's campaign".)
  if (judged && (vg.subject === null || DEMONSTRATIVES.has(tokens.lower[nounPhrases[vg.subject]!.head]!) || (nounPhrases[vg.subject]!.possessor === null && ctx.resolver.resolve(vg.subject, date) === null))) {
    const said = layers.verbGroups!.find((g) => g.subject === speaker && g.sentence === vg.sentence);
    let k = said ? said.tokenEnd : -1;
    while (k >= 0 && k < sent.tokenEnd && k < said!.tokenEnd + 4 && tokens.lower[k] !== 'of') k++;
    const about = k >= 0 && tokens.lower[k] === 'of' ? matcher.npAt[k + 1]! : -1;
    if (about >= 0) targetNp = nounPhrases[about]!.possessor ?? about;
    // ("The killings in Sudan's Darfur region amount to genocide, Powell said": else the place where it happened.)
    else if (vg.subject !== null) {
      const where = (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === vg.subject && tokens.lower[a.prep] === 'in');
      if (where) targetNp = nounPhrases[where.object]!.possessor ?? where.object;
    }
  }
  // "sent police and troops to the Solomon Islands to help restore order": forces sent to help
  // are military protection (074; its intent 0334), not a show of force.
  // (Not forces sent to one's own border to help its guards keep people out: "sent army troops to its border with Belarus to help guards hold back migrants".)
  // (So are peacekeepers who deploy: "Russian peacekeepers began deploying to Nagorno-Karabakh"; not
  // those who mass tanks or stage drills.)
  const keepers = (): boolean => vg.voice === 'active' && vg.subject !== null && KEEPING_MOVES.has(tokens.lemma[vg.head]!) && PEACEKEEPERS.has(nounLemma(ctx, nounPhrases[vg.subject]!.head));
  if (rawCode.startsWith('15') && (helpPurpose(ctx, vg) || keepers()) && !(bordered(ctx, vg) && guardsBorder(ctx, vg))) rawCode = mood === 'intent' || mood === 'threat' ? '0334' : '074';
  // "Uganda will send 1,000 more troops to Somalia": forces one means to send into a country are
  // an intent, not a threat, unless they go to a border or are threatened ("threatened to send troops",
  // "would deploy missiles if Sweden joined NATO").
  // (Nor forces one agrees to send, even to a border: "Sheinbaum agrees to send 10,000 troops to U.S. border".)
  else if ((rawCode === '154' || rawCode === '153') && mood === 'intent' && !threatened && (!bordered(ctx, vg) || (governor >= 0 && AGREE_VERBS.has(tokens.lemma[layers.verbGroups![governor]!.head]!)))) rawCode = '0334';
  // "Myanmar held elections on Sunday": elections held are no act between parties; only elections
  // to come are a reform intended ("Kyrgyzstan to hold referendum", 0344).
  if (rawCode.startsWith('034') && mood === 'actual' && tokens.lemma[vg.head] === 'hold') return 0;
  // "Britain prepared to accuse Iran", "was preparing to ask the IMF for a loan": words only made
  // ready are not yet said.
  if (mood === 'prepared' && !/^(0[4-9]|1[4-9]|20)/.test(rawCode)) return 0;
  let code = moodCode(rawCode, mood);
  // "Saudi Arabia and Iran agreed to restore ties": ties agreed on are restored by the agreement (05),
  // no mere intent. (Not one still to agree: "will agree to normalise relations"; nor relations
  // agreed for a deadline: "agreed to restore relations and reopen embassies within two months".)
  // (Other acts agreed to stay intents, 03, as CAMEO has it: "agreed to hand over its weapons".)
  if (rawCode.startsWith('05') && RELATIONS_MENDED.has(tokens.lemma[vg.head]!) && mood === 'intent' && governor >= 0) {
    const g = layers.verbGroups![governor]!;
    if (tokens.lemma[g.head] === 'agree' && !g.negated && g.modal === null && g.tense !== 'future' && !g.conditional && !deadlineAfter(tokens, vg.tokenEnd, sent.tokenEnd)) code = rawCode;
  }
  // "gave Saddam Hussein 48 hours to leave Iraq or face military action", "to reinstate Bazoum or
  // face possible military action": whatever is asked on pain of force is an ultimatum (139).
  // (Not words about one: "rejected an ultimatum … or face removal by force"; nor a demand stated,
  // which stays one: "said China must drop barriers or face tariff penalties".)
  if (!WORDED_ROOTS.has(code.slice(0, 2)) && !code.startsWith('13') && orFace(ctx, vg, matchEnd)) code = '139';
  // "Greece will veto Macedonia's invitation unless …": a rejection promised on a condition
  // threatens. (Words promised so are not: "If they attack us, we will condemn Israel".)
  if (threatened && code.startsWith('12')) code = '130';
  // So does legal action promised so: "If he does not resign, we will begin impeachment proceedings".
  if (threatened && code === '115') code = '130';
  const lemma = tokens.lemma[vg.head]!;
  if (threatened && !code.startsWith('13')) {
    withheld.add(v);
    return 0;
  }
  // "said Jakarta was ready to send peacekeepers to Gaza if the United Nations asked it to": an
  // intent offered on a condition after it is no act yet.
  // (Not "even if", "as if", nor an "if" that means whether: "it was unclear if Pyongyang would receive it".)
  if (code.startsWith('03') && mood === 'intent' && (ctx.clausesOf.get(vg.sentence) ?? []).some((c) => c.kind === 'conditional' && c.tokenStart >= vg.tokenEnd && !NOT_CONDITIONS.has(tokens.lower[c.tokenStart - 1]!) && !NOT_CONDITIONS.has(tokens.lemma[c.tokenStart - 1]!))) {
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
  // (Nor what a mountain does: "Mount Pinatubo erupted again, blanketing central Luzon in ash".)
  if (sourceNp !== null && (DISASTER_NOUNS.has(nounLemma(ctx, nounPhrases[sourceNp]!.head)) || tokens.lower[nounPhrases[sourceNp]!.tokenStart] === 'mount')) return 0;
  // (Nor whom no one named hit "worst" or "hardest": "with Sri Lanka and Thailand worst hit" tells of a disaster's toll.)
  if (vg.agent === null && tokens.lower[vg.tokenEnd] !== 'by' && vg.tokenEnd - vg.tokenStart === 1 && STRUCK_LEMMAS.has(vg.lemma) && (tokens.lower[vg.tokenStart - 1] === 'worst' || tokens.lower[vg.tokenStart - 1] === 'hardest')) return 0;
  // (Nor what talks or an economy "hit": "Gaza truce talks have hit a delicate phase".)
  if (sourceNp !== null && VIOLENT_ROOTS.has(code.slice(0, 2)) && ABSTRACT_SUBJECTS.has(nounLemma(ctx, nounPhrases[sourceNp]!.head))) return 0;
  // (Nor whom a disaster killed, told with no doer: "thousands of people killed in the floods",
  // "were killed in a landslide".)
  // (Not an act someone does in a storm: "Taliban fighters attacked in heavy rain".)
  const forceUsed = VIOLENT_ROOTS.has(code.slice(0, 2)) || code.startsWith('20');
  const victims = (): boolean => vg.voice === 'passive' || (vg.object === null && resolveAll(ctx, chain(ctx, sourceNp), date).every((a) => a.code.slice(3, 6) === 'CVL'));
  if (vg.agent === null && forceUsed && disasterAfter(ctx, vg) && victims()) return 0;
  // (Nor forces a participle only places, the sentence telling what they do: "Iraqi armoured units
  // massed near the Kuwaiti border began pulling back".)
  if (code.startsWith('15') && postureDescribed(ctx, v)) return 0;
  // (Nor what violence itself does, with no one named: "people forced from their homes by violence in Burkina Faso".)
  // (Unless someone is named behind it: "killed by violence blamed on the militia".)
  const strifeEnd = vg.agent !== null ? nounPhrases[vg.agent]!.tokenEnd : -1;
  if (vg.agent !== null && vg.voice === 'passive' && STRIFE_NOUNS.has(nounLemma(ctx, nounPhrases[vg.agent]!.head)) && !['blamed', 'by', 'between', 'of'].includes(tokens.lower[strifeEnd]!)) return 0;
  // (Nor is what "it" does in a sentence a disaster opens: "A powerful earthquake and the tidal waves it set off killed …".)
  if (sourceNp !== null && tokens.lower[nounPhrases[sourceNp]!.head] === 'it' && openedByDisaster(ctx, vg.sentence)) return 0;
  // (Nor what an accident does: "A ferry capsized off Zanzibar, killing 200", "crashed into the sea …,
  // killing all 30 people on board"; not one someone causes: "crashed a plane into the Pentagon",
  // "derailed a train", "crashed through the border fence".)
  if (accidentToll(ctx, v)) return 0;
  let sources = resolveAll(ctx, chain(ctx, sourceNp), date);
  // ("Talks between Peru's government and the Tupac Amaru rebels holding 72 hostages": an -ing form
  // right after irregulars listed after a state describes them alone, not the state they face.)
  if (sourceNp !== null && vg.subject === sourceNp && vg.head === vg.tokenStart && tokens.lower[vg.head]!.endsWith('ing') && nounPhrases[sourceNp]!.tokenEnd === vg.tokenStart && nounPhrases[sourceNp]!.conjuncts.some((c) => c < sourceNp)) {
    const last = resolveAll(ctx, [sourceNp], date);
    const facing = last.length > 0 && last.every((a) => irregular(a)) && sources.some((a) => !last.includes(a) && stateActor(a.code, SPEAKING_SECTORS));
    if (facing) sources = sources.filter((a) => !stateActor(a.code, SPEAKING_SECTORS));
  }
  // "We", "I" in a quote are its speaker.
  if (quoted.has(v) && sourceNp !== null && FIRST_PERSON.has(tokens.lower[nounPhrases[sourceNp]!.head]!)) sources = resolveAll(ctx, chain(ctx, quoted.get(v)!), date);
  // "The Fijian rebels said they will release …": an unresolved pronoun in reported speech is its speaker.
  // So is "they" after conjoined speakers: "France and Germany said they would support Ukraine".
  const pronoun = sourceNp !== null && tokens.pos[nounPhrases[sourceNp]!.head] === POS.PRON;
  const plural = pronoun && speaker !== undefined && (tokens.lower[nounPhrases[sourceNp]!.head] === 'they' || tokens.lower[nounPhrases[sourceNp]!.head] === 'we') && nounPhrases[speaker]!.conjuncts.length > 0;
  // (In a direct quote only "we" and "I" are the speaker: "If they attack us" is someone else.)
  const speakerPronoun = pronoun && (!quoted.has(v) || FIRST_PERSON.has(tokens.lower[nounPhrases[sourceNp!]!.head]!));
  // So is "her office", "his government" when it resolves to no one: "Ukraine's prosecutor general said
  // her office had opened war crimes investigations".
  const ownBody = sourceNp !== null && !quoted.has(v) && (tokens.lower[nounPhrases[sourceNp]!.tokenStart] === 'her' || tokens.lower[nounPhrases[sourceNp]!.tokenStart] === 'his') && OWN_BODIES.has(tokens.lemma[nounPhrases[sourceNp]!.head]!);
  if ((sources.length === 0 && (speakerPronoun || ownBody) && speaker !== undefined) || plural) {
    sources = resolveAll(ctx, chain(ctx, speaker!), date);
  }
  // "France's ambassador to Mali was ordered to leave the country, Malian officials said": an envoy
  // expelled with no one said to do it is expelled by the state it is posted to, else by the state
  // whose speaker tells of it.
  // (Expelled, not recalled: "Britain's ambassador to Iran was recalled for consultations" is Britain's act.)
  if (sources.length === 0 && vg.voice === 'passive' && vg.agent === null && vg.subject !== null && (code === '161' || code === '174') && EXPELLING_LEMMAS.has(lemma) && ENVOY_NOUNS.has(nounLemma(ctx, nounPhrases[vg.subject]!.head))) {
    const postedTo = (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === vg.subject && tokens.lower[a.prep] === 'to');
    const host = postedTo !== undefined ? resolveAll(ctx, [postedTo.object], date) : speaker !== undefined ? resolveAll(ctx, chain(ctx, speaker), date) : [];
    const state = host.length > 0 ? countryOf(host[0]!.code) : null;
    if (state !== null) {
      sources = [{ code: state, start: host[0]!.start, end: host[0]!.end, inferred: true }];
      code = '161';
    }
  }
  // "An Israeli military spokesman said troops had killed three gunmen": the state's agents a
  // state's speaker names are its own.
  // (Only a bare agent: "troops", "the police"; not "French political and military officials".)
  const bare = sourceNp !== null && nounPhrases[sourceNp]!.head - nounPhrases[sourceNp]!.tokenStart <= 1 && (nounPhrases[sourceNp]!.head === nounPhrases[sourceNp]!.tokenStart || tokens.pos[nounPhrases[sourceNp]!.tokenStart] === POS.DET);
  // So are "our" forces in the speaker's own quote: "Our revolutionary forces will reduce Seoul to ashes".
  const ours = quoted.has(v) && sourceNp !== null && tokens.lower[nounPhrases[sourceNp]!.tokenStart] === 'our';
  // (Or put in a posture with no one named who did it: "said troops had been put on high alert".)
  if (speaker !== undefined && (bare || ours) && (vg.voice === 'active' || (vg.agent === null && sourceNp === vg.subject && code.startsWith('15'))) && sources.some((a) => /^---(MIL|COP|GOV|SPY)/.test(a.code))) {
    // (A state's own speaker, not a news agency's correspondent.)
    const by = resolveAll(ctx, chain(ctx, speaker), date).find((a) => stateActor(a.code, SPEAKING_SECTORS))?.code.slice(0, 3);
    if (by) sources = ofCountry(sources, by);
  }
  // "Chavez ordered ten army battalions to move to the border": forces of no named country that
  // someone orders to act are the orderer's.
  // (Its object, or the phrase right after it, which a participle set off by commas may have kept
  // from being one: "ordered ten army battalions, backed by tanks, to move".)
  if (tokens.lower[vg.tokenStart - 1] === 'to' && sourceNp !== null && sources.length > 0 && sources.every((a) => /^---(MIL|COP)/.test(a.code))) {
    const g = layers.verbGroups!.find((c) => c.sentence === vg.sentence && c.tokenEnd <= nounPhrases[sourceNp]!.tokenStart && COMMANDING.has(tokens.lemma[c.head]!) && (c.object === sourceNp || (c.object === null && nounPhrases[sourceNp]!.tokenStart === c.tokenEnd)));
    const commander = g !== undefined && g.subject !== null ? resolveAll(ctx, chain(ctx, g.subject), date).find((a) => countryOf(a.code) !== null) : undefined;
    if (commander) sources = ofCountry(sources, countryOf(commander.code)!, true);
  }
  // "launched air strikes on a village, killing 100 people": a weapon someone used is theirs.
  if (sources.length === 0 && sourceNp !== null && weaponPhrase(ctx, sourceNp, vg)) {
    const user = layers.verbGroups!.find((g) => g.object === sourceNp && g.subject !== null);
    if (user) sources = resolveAll(ctx, chain(ctx, user.subject), date);
  }
  // "Russia's offensive has killed hundreds of civilians", "the army's crackdown killed dozens": an
  // attack or campaign does what its owner does.
  // (Not a town's, which is done to it: "Mariupol's siege", "Gaza's bombardment".)
  if (sources.length === 0 && sourceNp !== null && forceUsed && nounPhrases[sourceNp]!.possessor !== null && OWNED_ATTACKS.has(nounLemma(ctx, nounPhrases[sourceNp]!.head)) && !namesTown(ctx, nounPhrases[sourceNp]!.possessor!)) {
    const owner = ctx.resolver.resolveOwner(nounPhrases[sourceNp]!.possessor!, date);
    if (owner !== null) sources = [owner];
  }
  // "New World Bank lending to Uganda was suspended", "U.S. military aid to Egypt was cut": aid a
  // giver's name modifies, cut or suspended with no one said to do it, is cut by that giver.
  if (sources.length === 0 && vg.voice === 'passive' && vg.agent === null && vg.subject !== null && code.startsWith('16') && GIVEN_THINGS.has(nounLemma(ctx, nounPhrases[vg.subject]!.head))) {
    const subject = nounPhrases[vg.subject]!;
    const giver = subject.possessor !== null ? ctx.resolver.resolveOwner(subject.possessor, date) : ctx.resolver.nameBefore(vg.subject, date);
    // (Only with whom it was for named, and another: not "Palestinian aid was suspended", whose name is the recipient's.)
    const recipient = (layers.attachments ?? []).find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === vg.subject && (tokens.lower[a.prep] === 'to' || tokens.lower[a.prep] === 'for'));
    const receiver = recipient !== undefined ? resolveAll(ctx, [recipient.object], date)[0] : undefined;
    if (giver !== null && !giver.code.startsWith('---') && receiver !== undefined && countryOf(receiver.code) !== countryOf(giver.code)) sources = [giver];
  }
  // "China's donation of vaccines arrived in Harare", "tanks from Poland arrived in Ukraine": goods
  // that arrive are their giver's.
  if (sources.length === 0 && sourceNp !== null && /^0[67]/.test(code) && ARRIVAL_VERBS.has(tokens.lemma[vg.head]!)) sources = giverOf(ctx, sourceNp, date);
  // "Forensic experts working for the U.N. war crimes tribunal began exhuming a mass grave": people
  // of no one named who work for a body act for it.
  if (sources.length === 0 && sourceNp !== null) {
    const end = nounPhrases[sourceNp]!.tokenEnd;
    const employer = tokens.lemma[end] === 'work' && tokens.lower[end + 1] === 'for' ? matcher.npAt[end + 2]! : -1;
    if (employer >= 0 && nounPhrases[employer]!.tokenStart === end + 2) sources = resolveAll(ctx, chain(ctx, employer), date);
  }
  // "was imposed on Ivory Coast by a unanimous vote of the U.N. Security Council": a body's vote or
  // decision is the body's act.
  if (sources.length === 0 && sourceNp !== null && DECISION_NOUNS.has(tokens.lemma[nounPhrases[sourceNp]!.head]!) && tokens.lower[nounPhrases[sourceNp]!.tokenEnd] === 'of') {
    const body = matcher.npAt[nounPhrases[sourceNp]!.tokenEnd + 1]!;
    if (body >= 0) sources = resolveAll(ctx, chain(ctx, body), date);
  }
  // "were detained without trial on the orders of Prime Minister Abdullah Ahmad Badawi": a passive
  // act done on someone's orders is theirs.
  if (sources.length === 0 && vg.voice === 'passive' && vg.agent === null) {
    const end = sent.tokenEnd;
    for (let k = vg.tokenEnd; k + 2 < end && sources.length === 0; k++) {
      if (tokens.lemma[k] !== 'order' || (tokens.lower[k + 1] !== 'of' && tokens.lower[k + 1] !== 'from') || !['on', 'under', 'at', 'the'].includes(tokens.lower[k - 1]!)) continue;
      const giver = matcher.npAt[k + 2]!;
      if (giver >= 0) sources = resolveAll(ctx, chain(ctx, giver), date);
    }
  }
  // "killed by a car bomb that the Spanish government blamed on ETA": so is one blamed on someone.
  if (sources.length === 0 && sourceNp !== null && VIOLENT_ROOTS.has(code.slice(0, 2))) {
    for (let k = nounPhrases[sourceNp]!.tokenEnd; k < Math.min(sent.tokenEnd - 2, nounPhrases[sourceNp]!.tokenEnd + 8) && sources.length === 0; k++) {
      if (tokens.lower[k] !== 'blamed' || tokens.lower[k + 1] !== 'on') continue;
      const blamed = matcher.npAt[k + 2]!;
      if (blamed >= 0 && nounPhrases[blamed]!.tokenStart === k + 2) sources = resolveAll(ctx, chain(ctx, blamed), date);
    }
  }
  // "Twin bomb blasts claimed by Somalia's al Shabaab militants tore through crowds": violence whose
  // doer names no one is done by whoever the participle on it says claimed it.
  if (sources.length === 0 && sourceNp !== null && VIOLENT_ROOTS.has(code.slice(0, 2))) {
    const claimant = participleAgent(ctx, vg, [sourceNp], CLAIM_VERBS);
    if (claimant !== null) sources = resolveAll(ctx, chain(ctx, claimant), date);
  }
  // "Kashmiri militants calling themselves al-Faran kidnapped": a name they give themselves that
  // names no one we know leaves them as the words before it describe them.
  if (sources.length === 0 && sourceNp !== null) {
    const k = nounPhrases[sourceNp]!.tokenStart;
    const described = k >= 3 && REFLEXIVES.has(tokens.lower[k - 1]!) && NAMING_PARTICIPLES.has(tokens.lower[k - 2]!) ? matcher.npAt[k - 3]! : -1;
    if (described >= 0) sources = resolveAll(ctx, chain(ctx, described), date);
  }
  // "The 15 British sailors seized by Iran were freed": captives released in the passive, with no
  // one named, are released by whoever the participle on them says took them.
  if (sources.length === 0 && code.startsWith('08') && vg.voice === 'passive' && vg.agent === null && vg.subject !== null) {
    const captor = participleAgent(ctx, vg, chain(ctx, vg.subject), CAPTURE_VERBS);
    if (captor !== null) sources = resolveAll(ctx, chain(ctx, captor), date);
  }
  // "condemned the killing of two Palestinians by Israeli troops": criticism of an act is aimed
  // at its author.
  // So is a demand: "demanded the release of a tanker seized by Britain".
  if ((code.startsWith('10') || code.startsWith('11') || code.startsWith('12')) && targetNp !== null) targetNp = authorOf(ctx, targetNp) ?? targetNp;
  // An investigation is aimed at the doer its object names, not the victims: "into the
  // disappearance of Spanish citizens under Argentina's dictatorship".
  if (/^09[0-4]/.test(code) && vg.voice === 'active') {
    const reporter = speaker !== undefined && nounPhrases[speaker]!.tokenStart > vg.tokenEnd ? nounPhrases[speaker]!.tokenStart : sent.tokenEnd;
    targetNp = culpritOf(ctx, targetNp !== null ? nounPhrases[targetNp]!.tokenStart : matchEnd, reporter) ?? targetNp;
  }
  // "Rioters set fire to shops", "protesters torched government offices": people who wreck property riot (145).
  // So do those who loot: "Rioters looted and burned shops across the capital".
  // So do people the text calls rioters: "Rioting Uighurs torched buses".
  // (And those who sack a place: "Cambodian rioters sack Thai embassy".)
  if ((code === '1712' || (code === '171' && (lemma === 'loot' || lemma === 'ransack' || lemma === 'sack'))) && sources.length > 0 && (sources.every((a) => /^(OPP|LAB|EDU)/.test(a.code.slice(3, 6))) || calledRioters(ctx, sourceNp))) code = '145';
  // "Thousands of Albanians stormed police stations", "supporters of Bolsonaro stormed Congress": a
  // crowd that storms a place riots (145).
  if ((code === '190' || code === '1712') && lemma === 'storm' && sourceNp !== null) {
    const head = nounPhrases[sourceNp]!.head;
    if (CROWD_NOUNS.has(nounLemma(ctx, head)) || (namesOf.get(vg.sentence) ?? []).some((n) => n.type === 'group' && n.tokenStart <= head && head < n.tokenEnd && tokens.lower[head]!.endsWith('s'))) code = '145';
  }
  // "Hundreds of thousands of Egyptians poured into Tahrir Square to demand that Mubarak step
  // down", "Filipinos massed on EDSA to demand his resignation": a crowd that moves or masses to
  // demand or protest demonstrates (141).
  const crowd = sourceNp !== null && (CROWD_NOUNS.has(nounLemma(ctx, nounPhrases[sourceNp]!.head)) || (tokens.pos[nounPhrases[sourceNp]!.head] === POS.PROPN && tokens.lower[nounPhrases[sourceNp]!.head]!.endsWith('s')));
  if (crowd && !code.startsWith('14') && CROWD_MOVES.has(lemma) && vg.voice === 'active' && purposeIsProtest(ctx, vg)) code = '141';
  // (So does one that demands as it masses: "Thousands of Sudanese protesters camped outside the army headquarters, demanding that Bashir step down".)
  const massed = v > 0 ? ctx.verbGroups[v - 1]! : null;
  if (crowd && code.startsWith('10') && tokens.lower[vg.head] === 'demanding' && massed !== null && massed.sentence === vg.sentence && CROWD_MOVES.has(massed.lemma) && massed.subject === vg.subject) code = '141';
  // (Or one whose massing the dictionaries do not code, to demand: "Egyptian protesters camped in Tahrir Square to demand an end to Mubarak's rule".)
  const moved = governor >= 0 ? ctx.verbGroups[governor]! : massed;
  if (crowd && code.startsWith('10') && tokens.lower[vg.tokenStart - 1] === 'to' && moved !== null && moved.sentence === vg.sentence && CROWD_MOVES.has(moved.lemma) && !ctx.verbIndex.words.has(moved.lemma) && moved.subject === vg.subject) code = '141';
  const root = code.slice(0, 2);
  // Cooperation between conjoined sides with no one else named is mutual. "French and Egyptian
  // warships launched war games": a show of force by several sides together is military
  // cooperation between them.
  // (Not forces of two sides massed at a border: "Thai and Cambodian troops mass near disputed border temple".)
  const sides = new Set(sources.map((a) => a.code.slice(0, 3))).size > 1;
  // (Nor near a place they dispute: "Thailand, Cambodia reinforce troops near disputed Preah Vihear temple".)
  const disputed = (): boolean => {
    for (let k = vg.tokenEnd; k < Math.min(sent.tokenEnd, vg.tokenEnd + 8); k++) if (tokens.lower[k] === 'disputed' || tokens.lower[k] === 'contested') return true;
    return false;
  };
  const joint = root === '15' && sides && !bordered(ctx, vg) && !disputed();
  // (They face each other, as sides that clash do.)
  // (Not one side's arms together: "American tanks and infantry fought their way into Baghdad".)
  // (Nor sides that fight their way somewhere together: "U.S. and British forces fought their way
  // into Basra". Whatever else they fight is each other's: "fought a series of battles".)
  const foughtTogether = vg.object !== null && ctx.tokens.lemma[ctx.nounPhrases[vg.object]!.head] === 'way';
  const clash = sources.length > 1 && ((root === '19' && SYMMETRIC_VERBS.has(lemma) && !foughtTogether && new Set(sources.map((a) => a.code)).size > 1) || EXCHANGE_VERBS.has(lemma) || (root === '15' && sides && !joint));
  // A truce between conjoined sides is theirs together: "Israel and Hamas began a truce".
  // (So is a halt two sides make to their fighting, or their forces both pulled back: "India and Pakistan
  // halted all firing", "Greece and Turkey withdrew their warships from around the disputed islets".)
  // (Not mediators, who act between others: "talks brokered by Switzerland and the Red Cross".)
  // (Nor those who offer or propose in the passive, to whoever the sentence is about: "a package of
  // incentives offered by Britain, France and Germany".)
  const symmetric = clash || joint || (sources.length > 1 && (MUTUAL_ROOTS.has(root) || code.startsWith('087')) && !code.startsWith('045') && !(root === '03' && vg.voice === 'passive'));
  // (Peacekeepers too are sent to a place: "will deploy 200 monitors in Georgia to oversee the withdrawal of Russian forces".)
  const locative = (LOCATIVE_ROOTS.has(root) || rawCode.startsWith('074')) && !symmetric;
  // "China and India blamed each other": a reciprocal object names the sides themselves.
  const eachOther = sources.length > 1 && namesEachOther(ctx, vg);
  if (eachOther) targetNp = null;
  // TABARI's DEFAULT option: a source not found (with PRIOR, none before the verb) is the default code.
  const { defaults } = scope;
  if (defaults?.source && (sources.length === 0 || (defaults.source.prior && sources.every((a) => a.start >= vg.start)))) sources = [{ code: defaults.source.code, start: vg.start, end: vg.end, inferred: true }];
  const act: Act = { code, rawCode, root, lemma, matchEnd, sourceNp, targetNp, sources, targets: [], judged, clash, joint, symmetric, locative, eachOther, statement: false, mutual: false, unattributed: false };
  if (!aimAct(scope, tally, act) || !placeSides(scope, tally, act)) return 0;
  refineByActors(scope, act);
  // "South Sudanese refugees sheltering in Uganda": refugees who shelter are sheltered, no one's hosts.
  if (act.code === '075' && act.sources.length > 0 && act.sources.every((a) => a.code.slice(3, 6) === 'REF')) return 0;
  settleSides(scope, act);
  // A mediator mediates for others, not itself by the same words ("a deal brokered by Egypt" gave
  // Egypt mediating for Egypt). One named as a participle's agent mediates between the sides of the
  // clause it serves: "Israel and Hamas declared a truce under a deal brokered by Egypt".
  if (code.startsWith('045') && vg.voice === 'passive') {
    act.targets = act.targets.filter((t) => !act.sources.some((a) => a.start === t.start && a.end === t.end));
    const served = v > 0 ? ctx.verbGroups[v - 1]! : null;
    if (act.targets.length === 0 && served !== null && served.sentence === vg.sentence && served.subject !== null) {
      const sides = [served.subject, ...nounPhrases[served.subject]!.conjuncts.filter((c) => c > served.subject!)];
      act.targets = sides.flatMap((np) => ctx.resolver.resolveMany(np, scope.date)).filter((t) => act.sources.every((a) => countryOf(a.code) !== countryOf(t.code)));
    }
  }
  // "resigned, bowing to pressure from ECOWAS": a yielding gives way to whom its participle names.
  if (root === '08' && act.sources.length > 0) act.targets = yieldedTo(scope, act) ?? act.targets;
  // "declined to comment on the whereabouts of President Yar'Adua": a comment declined on one's own
  // side's affairs is aimed at no one ("on Djibouti's claims" is still about Djibouti).
  if (act.code === '011' && act.sources.length > 0) act.targets = act.targets.filter((t) => tokens.lower[tokenAt(ctx, t.start) - 1] === 'to' || countryOf(t.code) !== countryOf(act.sources[0]!.code));
  // "told tens of thousands of people gathered in Juba that …": a crowd of one's own people that a
  // speaker addresses is the audience, not a side. (Not another's: "told thousands of Colombians".)
  if (act.code === '010' && targetNp !== null && targetNp === vg.object && act.sources.length > 0 && CROWD_NOUNS.has(nounLemma(ctx, nounPhrases[targetNp]!.head)) && act.targets.every((t) => countryOf(t.code) === countryOf(act.sources[0]!.code))) act.targets = [];
  // "acknowledged that her government bore responsibility": blame a speaker lays on their own side
  // is owning up to it (015).
  if (act.judged && act.code === '112' && act.sources.length > 0 && act.targets.length > 0 && act.targets.every((t) => countryOf(t.code) === countryOf(act.sources[0]!.code))) {
    act.code = '015';
    act.targets = [];
  }
  // So is a target not found (with AFTER, none after the verb: sides that face each other then take it too).
  if (defaults?.target && !act.unattributed && ((act.targets.length === 0 && (!act.mutual || defaults.target.after)) || (defaults.target.after && act.targets.length > 0 && act.targets.every((t) => t.start < vg.end)))) {
    act.targets = [{ code: defaults.target.code, start: vg.start, end: vg.end, inferred: true }];
    act.mutual = false;
  }
  const pairs: [ResolvedActor | null, ResolvedActor | null][] = [];
  if (act.unattributed) for (const t of act.targets) pairs.push([null, t]);
  else if (act.targets.length > 0) for (const s of act.sources) for (const t of act.targets) pairs.push([s, t]);
  else if (act.mutual) {
    for (const s of act.sources) for (const t of act.sources) if (s !== t) pairs.push([s, t]);
  } else if (!requireTarget || TARGETLESS_ROOTS.has(root)) {
    // An event with no target needs a source of known country: "…, officials warned" says too little.
    for (const s of act.sources) if (!s.code.startsWith('---') || requireTarget) pairs.push([s, null]);
  }
  refineByScene(scope, act);
  const before = events.length;
  for (const [source, target] of pairs) {
    tally.push(source, target, act.code, rule, vg.sentence, date, { start: vg.start, end: vg.end }, EXECUTION_VERBS.has(lemma));
    // PETRARCH's reciprocal codes: "[032:033]" also codes the target's act towards the source.
    if (reciprocal && target && source) tally.push(target, source, moodCode(reciprocal, mood), rule, vg.sentence, date, { start: vg.start, end: vg.end });
  }
  // "Uganda and Congo launched a joint offensive against ADF rebels": states that act together on a
  // third party also cooperate militarily (062) with each other.
  const partners = act.sources.length >= 2 ? act.sources.filter((a, i) => !international(a.code) && countryOf(a.code) !== null && act.sources.findIndex((b) => countryOf(b.code) === countryOf(a.code)) === i) : [];
  if (partners.length >= 2 && !act.code.startsWith('06') && mood === 'actual' && jointOperation(ctx, vg)) {
    tally.push(partners[0]!, partners[1]!, '062', rule, vg.sentence, date, { start: vg.start, end: vg.end });
    tally.push(partners[1]!, partners[0]!, '062', rule, vg.sentence, date, { start: vg.start, end: vg.end });
  }
  for (let k = before; k < events.length; k++) eventVerb[k] = v;
  if (events.length > before && act.targets.length > 0) targetsOfVerb.set(v, act.targets);
  // "agreed to meet" is one event (intent to meet); "opened fire to disperse" is two.
  if (events.length > before && governor >= 0 && subsumes(doc, governor, v)) governing.add(governor);
  return events.length - before;
}

/** Words before an "if" that make it no condition: "even if", "as if", "unclear if", "asked if". */
const NOT_CONDITIONS = new Set(['even', 'as', 'unclear', 'clear', 'ask', 'asked', 'know', 'see', 'wonder', 'sure', 'check', 'decide', 'say', 'tell']);

/** Verb group v is a participle after a comma that tells an accident's toll, the verb group before it. */
function accidentToll(ctx: CodingContext, v: number): boolean {
  const { tokens, nounPhrases, matcher, verbGroups } = ctx;
  const vg = verbGroups[v]!;
  const accident = v > 0 ? verbGroups[v - 1]! : null;
  if (accident === null || accident.sentence !== vg.sentence || !ACCIDENT_VERBS.has(accident.lemma) || tokens.lower[vg.tokenStart - 1] !== ',' || !tokens.lower[vg.head]!.endsWith('ing')) return false;
  // (With no object, or into the sea or a mountain; not through a fence or into a town.)
  if (accident.object === null && accident.voice === 'active' && tokens.lower[accident.tokenEnd] !== 'through' && tokens.lower[accident.tokenEnd] !== 'into') return true;
  const into = accident.lemma === 'crash into' && accident.object !== null ? accident.object : tokens.lower[accident.tokenEnd] === 'into' ? matcher.npAt[accident.tokenEnd + 1]! : -1;
  return into >= 0 && NATURE_NOUNS.has(tokens.lemma[nounPhrases[into]!.head]!);
}

/** Accidents, whose toll a participle tells: "crashed …, killing all 30 people on board". */
const ACCIDENT_VERBS = new Set(['crash', 'crash into', 'sink', 'capsize', 'collapse', 'overturn']);
/** What a craft that crashes into it has hit by accident. */
const NATURE_NOUNS = new Set(['sea', 'ocean', 'river', 'lake', 'mountain', 'mountainside', 'hillside', 'swamp', 'jungle', 'water', 'waters']);

/** What sides do together by force or policing: "a joint offensive", "in a joint operation". */
const JOINT_OPERATIONS = new Set(['offensive', 'offensives', 'operation', 'operations', 'raid', 'raids', 'patrol', 'patrols', 'exercise', 'exercises', 'drills', 'manoeuvres', 'maneuvers', 'crackdown', 'assault', 'campaign']);

/** Verb group vg's clause names a joint operation: "joint" before one of `JOINT_OPERATIONS`, within a few words. */
function jointOperation(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, sentences } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 10);
  for (let k = vg.tokenEnd; k < end; k++) {
    if (tokens.lower[k] !== 'joint') continue;
    for (let j = k + 1; j < Math.min(end, k + 4); j++) if (JOINT_OPERATIONS.has(tokens.lower[j]!)) return true;
  }
  return false;
}

/**
 * The agent of a passive participle, earlier in verb group vg's sentence, on one of `phrases`, whose
 * verb is one of `lemmas` ("blasts claimed by al Shabaab", "sailors seized by Iran"), or null.
 */
function participleAgent(ctx: CodingContext, vg: VerbGroup, phrases: readonly number[], lemmas: ReadonlySet<string>): number | null {
  const g = ctx.verbGroups.find((x) => x.sentence === vg.sentence && x.tokenStart < vg.tokenStart && x.voice === 'passive' && x.agent !== null && x.subject !== null && phrases.includes(x.subject) && lemmas.has(x.lemma));
  return g?.agent ?? null;
}

/** Verbs that say what a calamity did to a place: "worst hit", "hardest affected". */
const STRUCK_LEMMAS = new Set(['hit', 'affect', 'strike']);

/** Verbs of claiming an act. */
const CLAIM_VERBS = new Set(['claim']);

/** Verbs of taking someone captive. */
const CAPTURE_VERBS = new Set(['seize', 'capture', 'detain', 'hold', 'kidnap', 'abduct', 'arrest', 'take']);

/** Verb group v is a bare passive participle right after its subject, which the next verb group goes on with. */
function postureDescribed(ctx: CodingContext, v: number): boolean {
  const vg = ctx.verbGroups[v]!;
  const next = ctx.verbGroups[v + 1];
  if (!(vg.voice === 'passive' && vg.agent === null && vg.subject !== null && vg.tokenEnd - vg.tokenStart === 1 && ctx.nounPhrases[vg.subject]!.tokenEnd === vg.tokenStart && next !== undefined && next.sentence === vg.sentence && next.subject === vg.subject && next.voice === 'active')) return false;
  // (Straight into that verb, with no clause between: not "troops massed on the border as his mandate neared its end".)
  for (let k = vg.tokenEnd; k < next.tokenStart; k++) if (ctx.tokens.lower[k] === ',' || SUBORDINATORS.has(ctx.tokens.lower[k]!)) return false;
  return true;
}

/** Whether noun phrase np names a town or other gazetteer place (not a country). */
function namesTown(ctx: CodingContext, np: number): boolean {
  const phrase = ctx.nounPhrases[np]!;
  return (ctx.namesOf.get(phrase.sentence) ?? []).some((n) => n.type === 'place' && n.place !== null && n.tokenStart >= phrase.tokenStart && n.tokenEnd <= phrase.tokenEnd);
}

/** Attacks and campaigns, which act for whoever their possessor names. */
const OWNED_ATTACKS = new Set(['offensive', 'campaign', 'crackdown', 'attack', 'assault', 'bombardment', 'shelling', 'bombing', 'strike', 'airstrike', 'raid', 'operation', 'invasion', 'blockade', 'siege']);

/** Strife as such, which does nothing as an actor does: "driven out by violence". */
const STRIFE_NOUNS = new Set(['violence', 'fighting', 'conflict', 'war', 'unrest', 'insecurity', 'instability', 'hostilities', 'clashes', 'bloodshed', 'chaos', 'turmoil']);

/** The phrase right after verb group `vg`'s "in" or "by" names a disaster: "killed in the floods". */
function disasterAfter(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, matcher, nounPhrases } = ctx;
  const k = vg.tokenEnd;
  const np = (tokens.lower[k] === 'in' || tokens.lower[k] === 'by') ? matcher.npAt[k + 1]! : -1;
  return np >= 0 && DISASTER_NOUNS.has(nounLemma(ctx, nounPhrases[np]!.head));
}

/** The sentence's first phrase names a disaster. */
function openedByDisaster(ctx: CodingContext, sentence: number): boolean {
  const first = ctx.matcher.npAt[ctx.sentences[sentence]!.tokenStart]!;
  return first >= 0 && DISASTER_NOUNS.has(nounLemma(ctx, ctx.nounPhrases[first]!.head));
}

/** Verbs of commanding forces to act. */
const COMMANDING = new Set(['order', 'instruct', 'direct', 'command', 'tell']);

/** What a body decides by, which is its act: "by a unanimous vote of the Security Council". */
const DECISION_NOUNS = new Set(['vote', 'decision', 'ruling', 'order', 'resolution', 'decree', 'verdict']);

/** A speaker's own bodies, which act for them: "her office", "his government". */
const OWN_BODIES = new Set(['office', 'ministry', 'government', 'administration', 'team', 'department', 'agency', 'service']);

/** Verbs of agreeing to an act, which make no threat of it. */
const AGREE_VERBS = new Set(['agree', 'accept', 'consent']);
/** Units of a deadline: "within two months". */
const DEADLINE_UNITS = new Set(['hours', 'days', 'weeks', 'months', 'years', 'week', 'month', 'year']);

/** Whether a deadline ("within two months", "by August", "by the end of 2008") follows in tokens [from, to): what is agreed on is still to come. */
function deadlineAfter(tokens: CodingContext['tokens'], from: number, to: number): boolean {
  const { lower } = tokens;
  for (let k = from; k < to; k++) {
    if (lower[k] === 'within') {
      for (let j = k + 1; j <= k + 3 && j < to; j++) if (DEADLINE_UNITS.has(lower[j]!)) return true;
    } else if (lower[k] === 'by' && tokens.pos[k - 1] !== POS.VERB) {
      // (Not a passive's agent: "ties severed by the 1979 revolution".)
      const next = lower[k + 1] ?? '';
      const word = next === 'the' || next === 'next' ? (lower[k + 2] ?? '') : next;
      if (MONTH_WORDS.has(word.replace(/\.$/, '')) || /^(1[89]|20)\d\d$/.test(word) || word === 'end' || word === 'year' || word.startsWith('mid')) return true;
    }
  }
  return false;
}

/** Month names and their short forms, as a deadline may give them. */
const MONTH_WORDS = new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 3)), 'sept']);

/** Verbs that make or mend diplomatic relations, which an agreement does at once. */
const RELATIONS_MENDED = new Set(['normalize', 'normalise', 'restore', 'reestablish', 're-establish', 'establish', 'resume', 'upgrade']);

/** A state's sectors that speak for it. */
const SPEAKING_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY']);

/** Verbs of a crowd's moving or massing. */
const CROWD_MOVES = new Set(['pour', 'flood', 'mass', 'gather', 'converge', 'flock', 'throng', 'pack', 'fill', 'camp', 'march', 'swarm', 'stream']);
/** Verbs of a purpose that makes a crowd's gathering a protest. */
const PROTEST_PURPOSES = new Set(['demand', 'protest', 'denounce', 'call', 'press', 'urge', 'condemn', 'demonstrate']);

/** The verb group is followed, in its sentence, by an infinitive of protest: "… to demand that Mubarak step down". */
function purposeIsProtest(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, sentences } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd - 1, vg.tokenEnd + 16);
  for (let k = vg.tokenEnd; k < end; k++) {
    if (tokens.lower[k] === 'to' && PROTEST_PURPOSES.has(tokens.lemma[k + 1]!) && tokens.pos[k + 1] === POS.VERB) return true;
    // ("camped outside the army headquarters, demanding that Bashir step down", "massed in central Kiev … in protest against".)
    if (tokens.lower[k] === 'demanding' || tokens.lower[k] === 'protesting' || (tokens.lower[k] === 'in' && tokens.lower[k + 1] === 'protest')) return true;
  }
  return false;
}

/** Verbs of expelling someone: "was ordered to leave", "was expelled", "was declared persona non grata". */
const EXPELLING_LEMMAS = new Set(['order', 'expel', 'declare', 'eject', 'throw out', 'kick out', 'give']);

/** Nouns for a crowd of people, with no sector of their own. */
const CROWD_NOUNS = new Set(['ten', 'tens', 'thousand', 'thousands', 'hundreds', 'hundred', 'supporter', 'supporters', 'crowd', 'crowds', 'mob', 'mobs', 'people', 'resident', 'residents', 'villager', 'villagers', 'youth', 'youths', 'protester', 'protesters', 'demonstrator', 'demonstrators', 'rioter', 'rioters']);

/** Roots of acts of words. */
const WORDED_ROOTS = new Set(['01', '02', '10', '11', '12']);

/** An "or face" in the clause after the act: the act is asked on pain of what follows. */
function orFace(ctx: CodingContext, vg: VerbGroup, matchEnd: number): boolean {
  const { tokens, sentences } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd - 1, Math.max(vg.tokenEnd, matchEnd) + 12);
  for (let k = vg.tokenEnd; k < end; k++) {
    if (tokens.lower[k] === ';') return false;
    if (tokens.lower[k] === 'or' && tokens.lemma[k + 1] === 'face') return true;
  }
  return false;
}

/** Guards, or what keeps people out, that forces are sent to help: "to help guards hold back a surge of migrants". */
const GUARDING_WORDS = new Set(['guard', 'guards', 'police', 'gendarmes', 'patrols', 'hold', 'stop', 'stem', 'block', 'repel', 'halt', 'seal', 'secure', 'protect', 'keep']);

/** Things, not people, whose "hitting" or "striking" is no force: "talks have hit a delicate phase". */
const ABSTRACT_SUBJECTS = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'process', 'economy', 'price', 'prices', 'inflation', 'crisis', 'market', 'markets', 'relation', 'relations', 'tie', 'ties', 'tension', 'tensions', 'currency', 'shortage', 'shortages', 'unemployment', 'growth', 'deal']);

/** How peacekeepers keep the peace. */
const KEEPING_MOVES = new Set(['deploy', 'patrol', 'arrive']);

/** Forces that keep the peace: their moves protect. */
const PEACEKEEPERS = new Set(['peacekeeper', 'peacekeepers', 'monitor', 'monitors', 'observer', 'observers']);

/** Verbs of shoring up a defence. */
const BOLSTERING = new Set(['bolster', 'reinforce', 'strengthen', 'secure', 'guard', 'protect', 'seal', 'defend']);

/** The verb group's "to help" purpose is to guard a border: "to help guards hold back migrants", "to help seal the frontier". */
function guardsBorder(ctx: CodingContext, vg: VerbGroup): boolean {
  const { tokens, sentences } = ctx;
  const end = Math.min(sentences[vg.sentence]!.tokenEnd - 2, vg.tokenEnd + 16);
  for (let k = vg.tokenEnd; k < end; k++) {
    if (tokens.lower[k] !== 'to') continue;
    if (tokens.lemma[k + 1] === 'help') return GUARDING_WORDS.has(tokens.lower[k + 2]!) || (tokens.lower[k + 2] === 'border' && GUARDING_WORDS.has(tokens.lower[k + 3]!));
    // (Or to shore up the border itself: "calls up 20,000 reservists to bolster Afghan border".)
    if (BOLSTERING.has(tokens.lemma[k + 1]!)) {
      for (let j = k + 2; j < Math.min(end + 2, k + 6); j++) if (BORDER_WORDS.has(tokens.lemma[j]!)) return true;
      return false;
    }
  }
  return false;
}
