import { unstopped } from '../language/headlines.js';
import { POS, type VerbGroup } from '../language/types.js';
import { countryOf, eventActor, international, splitCode, type ResolvedActor } from './actors.js';
import { codeFields } from './codebook.js';
import { tokenAt, type CodingContext } from './context.js';
import { armed, CIVIL_SOCIETY, irregular, SYMMETRIC_VERBS, TARGETLESS_ROOTS, VIOLENT_ROOTS } from './rules.js';
import { breakaway } from './places.js';
import { sameOne } from './targets.js';
import { COUNTRY_NOUNS } from './vocabulary.js';
import type { Codebook, CodedEvent } from './types.js';

/** Verbs of putting someone in prison. */
const JAILING = new Set(['jail', 'imprison', 'incarcerate']);
/** One armed man of a state, whose killing of one person is an assault, not military force. */
const LONE_SOLDIERS = new Set(['soldier', 'guard', 'policeman', 'officer', 'sniper', 'sentry', 'serviceman', 'conscript', 'trooper', 'marine']);

/** Words for a part of a place: "most of Goma", "parts of Kharkiv". */
const PARTS = new Set(['most', 'part', 'parts', 'much', 'half', 'all', 'swathes', 'swaths', 'areas']);

/**
 * The events one document's coding has recorded so far, with what each came from; `push` gives an
 * act its final code from who did it to whom, and records it once.
 */
export class EventTally {
  readonly events: CodedEvent[] = [];
  /** The verb group each event came from, by index in `events` (none for nominal events and headlines). */
  readonly eventVerb: number[] = [];
  /** Events whose target was inferred as the source's own country, by index in `events`. */
  readonly inferredAtHome = new Set<number>();
  /** The targets each coded verb group's events were done to. */
  readonly targetsOfVerb = new Map<number, ResolvedActor[]>();
  /** Verbs whose infinitive was coded ("agreed" in "agreed to meet"): their own event is dropped. */
  readonly governing = new Set<number>();
  /** Speech verbs whose statement was coded as the speaker's promise (see `promisedAct`). */
  readonly promises = new Set<number>();
  /** Codable verbs left uncoded because they are negated, supposed or denied: "said it would not attend". */
  readonly withheld = new Set<number>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly ctx: CodingContext,
    private readonly codebook: Codebook,
  ) {}

  /** The actor is one person, by name or by a leader's title ("President Melchior Ndadaye", "Burundi's first elected president"). */
  private personAt(actor: ResolvedActor): boolean {
    const { ctx } = this;
    const { tokens, nounPhrases } = ctx;
    const np = ctx.matcher.npAt[tokenAt(ctx, actor.start)]!;
    return np >= 0 && (ctx.resolver.isPerson(np) || LEADER_TITLES.has(tokens.lower[nounPhrases[np]!.head]!));
  }

  /** Whether one soldier kills one person ("a soldier", "a tourist"): no force against a force. */
  private oneOnOne(source: ResolvedActor, target: ResolvedActor | null): boolean {
    if (target === null) return false;
    const { ctx } = this;
    const { tokens, nounPhrases, matcher } = ctx;
    const single = (a: ResolvedActor): string | null => {
      const np = matcher.npAt[tokenAt(ctx, a.start)]!;
      if (np < 0) return null;
      const phrase = nounPhrases[np]!;
      const one = (tokens.lower[phrase.tokenStart] === 'a' || tokens.lower[phrase.tokenStart] === 'an') && tokens.pos[phrase.head] === POS.NOUN && tokens.lemma[phrase.head] === tokens.lower[phrase.head];
      return one ? tokens.lower[phrase.head]! : null;
    };
    return LONE_SOLDIERS.has(single(source) ?? '') && single(target) !== null;
  }

  /** The actor is a place by name, a city or a country, not people or a government: "capture Goma". */
  private placeAt(actor: ResolvedActor, after: number): boolean {
    const { ctx } = this;
    const { tokens } = ctx;
    if (!/^[A-Z]{3}$/.test(actor.code) || actor.inferred) return false;
    const first = tokenAt(ctx, actor.start);
    // (The verb's own object: not "seized power in Niger".)
    // (Its part is still the place: "seized most of Goma".)
    for (let k = tokenAt(ctx, after - 1) + 1; k < first; k++) if (tokens.pos[k] === POS.ADP && !(tokens.lower[k] === 'of' && PARTS.has(tokens.lower[k - 1]!))) return false;
    const np = ctx.matcher.npAt[first]!;
    return actor.place === true || (np >= 0 && ctx.resolver.isPlace(np));
  }

  /** Whether the verb at `verb` acts on a post of armed men: "attacked army positions", "ambushed a patrol of police". */
  private militaryPost(verb: { start: number }): boolean {
    const { verbAt, verbGroups, nounPhrases, tokens } = this.ctx;
    const v = verbAt[tokenAt(this.ctx, verb.start)] ?? -1;
    const object = v >= 0 ? verbGroups[v]!.object : null;
    // (A police post is a police station's kind: "attacked a police post near Quetta" terrorises.)
    // (Any of a list: "attacked about 30 police posts and an army base".)
    if (object === null) return false;
    return [object, ...nounPhrases[object]!.conjuncts].some((np) => MILITARY_POSTS.has(tokens.lemma[nounPhrases[np]!.head]!) && !tokens.lower.slice(nounPhrases[np]!.tokenStart, nounPhrases[np]!.head).includes('police'));
  }

  /** An actor whose phrase calls them fighters: "Taliban militiamen". */
  private namedFighters(actor: ResolvedActor | null): boolean {
    const { matcher, nounPhrases, tokens } = this.ctx;
    const np = actor === null ? -1 : matcher.npAt[tokenAt(this.ctx, actor.start)]!;
    return np >= 0 && ARMED_PEOPLE.has(tokens.lower[nounPhrases[np]!.head]!);
  }

  push(source: ResolvedActor | null, target: ResolvedActor | null, act: string, rule: string, sentence: number, date: string | null, verb: { start: number; end: number }, execution = false): void {
    const { ctx, codebook } = this;
    const { tokens, sentences, text } = ctx;
    // Armed forces that kill use conventional military force (19), as CAMEO and PLOVER code them;
    // irregulars who attack the unarmed use unconventional violence (18): "gunmen attacked a police
    // station", "suicide bombers attacked churches".
    // So does a state named as such: "Russian aircraft killed 46 civilians", "Israel killed two militants".
    // (Not an execution: "Iran executed two men" is a killing, not military force.)
    // (Not those who fight their way in: "M23 rebels fought their way into the centre of Goma"; nor
    // those who attack a post of armed men: "Tuareg rebels attacked army positions", or armed men
    // named so: "ambushed Pakistani peacekeepers".)
    // (Nor one soldier's killing of one person: "A North Korean soldier shot dead a South Korean tourist".)
    let code = act === '1823' && !execution && source && /^[A-Z]{3}(MIL)?$|^[A-Z]{3}MIL/.test(source.code) && !international(source.code) && !this.oneOnOne(source, target) ? '190' : act === '190' && irregular(source) && target !== null && !armed(target) && !(!target.inferred && !target.place && this.namedFighters(target)) && !this.militaryPost(verb) && !SYMMETRIC_VERBS.has(tokens.lemma[tokenAt(ctx, verb.start)]!) ? '180' : act;
    // "killed President Melchior Ndadaye": killing a political leader by name assassinates them (186).
    // (Not a commander: "troops killed FARC commander Mono Jojoy" is military force.)
    if (act === '1823' && !execution && target !== null && /^(GOV|ELI|LEG)/.test(splitCode(target.code).sector ?? '') && this.personAt(target)) code = '186';
    // "Somali pirates seized the Saudi supertanker", "rebels seized 500 peacekeepers": irregulars who
    // seize people or a ship abduct or hijack them (181); a state seizes (171).
    // "M23 rebels capture Goma", "the Taliban seized Kabul": armed men who take a place occupy it (192).
    // (So are fighters named as such, whatever their body's code that day: "Taliban militiamen captured Kabul" on the day they took power.)
    else if ((act === '171' || act === '173') && target !== null && (armed(source) || irregular(source) || this.namedFighters(source)) && this.placeAt(target, verb.end)) code = '192';
    else if (act === '171' && irregular(source) && target !== null) code = '181';
    // "Kiev court jails Tymoshenko for seven years": a court that jails someone sentences them (116).
    else if (act === '173' && source !== null && /^[A-Z]{3}JUD/.test(source.code) && JAILING.has(tokens.lemma[tokenAt(ctx, verb.start)]!)) code = '116';
    // "Boko Haram militants bombed the United Nations headquarters": irregulars who bomb use unconventional violence (183).
    else if (act === '195' && irregular(source) && target !== null && !armed(target)) code = '183';
    // "Hezbollah guerrillas captured two Israeli soldiers": irregulars who capture people abduct them.
    // (Also told in the passive, whose verb span opens with its auxiliary: "were captured by Hezbollah guerrillas".)
    else if (act === '173' && irregular(source) && target !== null && lemmaIn(ctx, verb, 'capture')) code = '181';
    // "French forces destroyed most of Ivory Coast's small air force": armed forces that destroy another's forces use force (190).
    if (code === '1712' && armed(source) && target !== null && armed(target)) code = '190';
    // "Anti-government protesters seized Bangkok's airport", "students poured into central Belgrade":
    // people, not armed men, who take over a place protest by blocking it (144).
    const seized = code === '192' || ((code === '171' || code === '173') && target !== null && this.placeAt(target, verb.end));
    if (seized && source !== null && CIVIL_SOCIETY.test(source.code.slice(3, 6)) && !armed(source)) code = '144';
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
    // "Bolivian troops took control of natural gas fields run by Petrobras": a company's property taken over is seized (171), no territory.
    if (code === '192' && target !== null && splitCode(target.code).sector === 'BUS') code = '171';
    // "Hackers working for Russian military intelligence attacked the Ukrainian power grid": what
    // hackers attack or cut they attack cybernetically (176).
    if (source !== null && (VIOLENT_ROOTS.has(code.slice(0, 2)) || code === '191') && HACKERS.test(text.slice(sentences[sentence]!.start, verb.start))) code = '176';
    // "700,000 Rohingya refugees had arrived in Bangladesh": refugees who arrive flee; they visit no one.
    if (code.startsWith('042') && source !== null && splitCode(source.code).sector === 'REF') return;
    // "X attacked X" is a misreading when both name the same one: a pronoun or name that points back
    // to the source. Iraqi Kurds protesting in Kirkuk is not, nor Peru's attorney general
    // investigating Peru's president (both PERGOV).
    // (A bare country on both sides is a misreading too: "China rejected the ruling on the South China Sea".)
    // (So are two of the same kind of no named country: "the minister denied reports that the government …".)
    // (A statement to one's own body is to no one else: "the AU Commission chairman told the bloc's annual summit".)
    // (Not a breakaway region, which the state acts on: "Russia attacked breakaway Chechnya".)
    // (Not a state's own people it acts on: "China detains Chinese economist".)
    if (target && source && source.code === target.code && !target.place && !target.inferred && !breakaway(ctx, target) && (sameOne(ctx, source, target) || ((source.code.length === 3 || source.code.startsWith('---')) && !ownPeople(ctx, source, target, verb, code, unstopped(tokens, sentences[sentence]!))) || (code.startsWith('01') && international(source.code)))) {
      // An act that needs no target stands without it: "began a hunger strike in protest at the sentence he received".
      // So does a statement: "Thaksin says Thai economy on track".
      if (!TARGETLESS_ROOTS.has(code.slice(0, 2)) && !code.startsWith('01')) return;
      target = null;
    }
    const key = `${sentence}|${source?.code ?? ''}|${target?.code ?? ''}|${code}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const sent = sentences[sentence]!;
    if (target?.inferred && source && countryOf(source.code) === countryOf(target.code)) this.inferredAtHome.add(this.events.length);
    this.events.push({
      sentence,
      date,
      source: source ? eventActor(text, source, date) : null,
      target: target ? eventActor(text, target, date) : null,
      ...codeFields(codebook, code),
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
  placeBefore(vg: VerbGroup): ResolvedActor[] {
    for (let k = this.events.length - 1; k >= 0 && this.events[k]!.sentence === vg.sentence; k--) {
      const t = this.events[k]!.target;
      if (t && t.country && t.code === t.country && this.events[k]!.evidence.target) return [{ code: t.country, start: this.events[k]!.evidence.target!.start, end: this.events[k]!.evidence.target!.end, place: true }];
    }
    return [];
  }
}

/** Titles of one who leads a state, a government or a city. */
/** Roots of acts a state does to people, its own among them: arrests, bans, abductions. */
const REPRESSION_ROOTS = new Set(['17', '18']);

/** "China jails Chinese economist": people a demonym or a name describes, a common noun among
 * their words, whom an arrest, a ban or an abduction is done to. */
function ownPeople(ctx: CodingContext, source: ResolvedActor, target: ResolvedActor, verb: { start: number; end: number }, code: string, headline: boolean): boolean {
  // (Only a doer named before the verb and people after it, or, in a headline's passive, people
  // before it and the place after it: "200 Uighurs detained in Urumqi"; not "the captain of a
  // Chinese trawler detained near disputed islands".)
  const active = source.end <= verb.start && target.start >= verb.end;
  const passive = headline && target.end <= verb.start && source.start >= verb.end;
  if (!REPRESSION_ROOTS.has(code.slice(0, 2)) || (source.inferred && !passive) || !(active || passive)) return false;
  const { tokens, text } = ctx;
  // (Nor a doer only a pronoun names: "the fees it charges American ships".)
  if (tokens.pos[tokenAt(ctx, source.start)] === POS.PRON) return false;
  for (let k = tokenAt(ctx, target.start); k < tokens.length && tokens.start[k]! < target.end; k++) {
    if (tokens.pos[k] === POS.NOUN && /^[a-z]/.test(text[tokens.start[k]!]!) && !COUNTRY_NOUNS.has(tokens.lower[k]!)) return true;
    // (Or a people's plural name: "200 Uighurs detained in Urumqi".)
    if (tokens.pos[k] === POS.PROPN && /[^s]s$/.test(tokens.lower[k]!) && !tokens.lower[k]!.endsWith('ines')) return true;
  }
  return false;
}

const LEADER_TITLES = new Set(['president', 'premier', 'minister', 'king', 'queen', 'leader', 'chancellor', 'governor', 'mayor', 'speaker', 'emir', 'sultan', 'senator']);

/** Police, or soldiers, using force on protesters (police on any unarmed people): violent repression. */
function repression(source: ResolvedActor | null, target: ResolvedActor | null): boolean {
  if (source === null || target === null || international(source.code)) return false;
  const by = source.code.slice(3, 6);
  const on = target.code.slice(3, 6);
  return (by === 'COP' && /^(OPP|CVL|LAB|EDU|REF)$/.test(on)) || (by === 'MIL' && on === 'OPP');
}

/** Some token of the span `[start, end)` has the lemma: the verb of "captured", "were captured". */
function lemmaIn(ctx: CodingContext, span: { start: number; end: number }, lemma: string): boolean {
  for (let k = tokenAt(ctx, span.start); k < ctx.tokens.length && ctx.tokens.start[k]! < span.end; k++) if (ctx.tokens.lemma[k] === lemma) return true;
  return false;
}

/** People named as fighters. */
const ARMED_PEOPLE = new Set(['militiamen', 'militia', 'fighters', 'guerrillas', 'troops', 'soldiers', 'forces', 'rebels', 'militants', 'insurgents', 'gunmen', 'peacekeepers']);

/** Those who attack computers. */
const HACKERS = /\bhackers?\b/i;

/** Posts of armed men: rebels who attack them fight (19), not terrorise (18). */
const MILITARY_POSTS = new Set(['position', 'post', 'outpost', 'base', 'camp', 'barracks', 'patrol', 'convoy', 'checkpoint', 'garrison', 'headquarters', 'column']);
