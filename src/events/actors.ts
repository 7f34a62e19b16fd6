import type { Doc } from '../doc/index.js';
import { codeOn, type DatedCode, type Dictionary } from '../dictionaries/index.js';
import { POS, TokenFlag, type Name, type NounPhrase, type TokenTable } from '../language/types.js';
import { isKeyOf, personSurnameKeys, surnameKey } from '../language/gazetteer.js';
import { phraseIndexAround } from '../language/links.js';
import { DAY_WORDS, PLACE_NOUNS, SPEECH_VERBS, TITLES } from '../language/lexicon.js';
import type { EventActor } from './types.js';
import { BORDER_WORDS, COUNTRY_NOUNS, DISASTER_NOUNS, STRIKE_NOUNS } from './vocabulary.js';

/** Codes that start a CAMEO actor code without a country: international and transnational actors. */
const INTERNATIONAL = new Set(['IGO', 'NGO', 'IMG', 'NGM', 'MNC', 'INT', 'UIS']);
/**
 * CAMEO country codes that differ from ISO 3166 alpha-3, which records give as the country. (ISO's
 * YUG stood for Yugoslavia until 2003, the Federal Republic included, which CAMEO codes FRY; ISO's
 * SUN stood for the Soviet Union, which CAMEO codes USR.)
 */
const ISO_OF_CAMEO = new Map([['TMP', 'TLS'], ['FRY', 'YUG'], ['USR', 'SUN']]);
/** Former federal states whose codes may carry a member republic's code next ("FRYSRB", "SCGMNE"). */
const FEDERATIONS = new Set(['YUG', 'FRY', 'SCG']);
const MEMBER_REPUBLICS = new Set(['SRB', 'MNE', 'HRV', 'SVN', 'BIH', 'MKD']);
/** CAMEO's role (sector) codes. */
export const SECTORS = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'LAB', 'LEG', 'HLH', 'REF',
  'AGR', 'ELI', 'ENV', 'HRI', 'DEV', 'MOD', 'RAD', 'UAF', 'INS', 'SEP', 'REL', 'IRC', 'PKO', 'ETH',
]);

/** An international or transnational actor's code (IGO…, NGO…, IMG…). */
export function international(code: string): boolean {
  return INTERNATIONAL.has(code.slice(0, 3));
}

/** The country a code names, or null for an international actor or one of no country ("---REB"). */
export function countryOf(code: string): string | null {
  return international(code) || code.startsWith('---') ? null : splitCode(code).country;
}

/** Country and sector of a full CAMEO actor code: "PSEREBHMS" → PSE, REB; "IGOUNO" → IGOUNO, null. */
export function splitCode(code: string): { country: string | null; sector: string | null } {
  const head = code.slice(0, 3);
  if (INTERNATIONAL.has(head)) {
    const rest = code.slice(6, 9);
    return { country: code.slice(0, 6) || head, sector: SECTORS.has(rest) ? rest : null };
  }
  // "FRYSRBGOV": Serbia's government while Serbia was a republic of Yugoslavia is Serbia's.
  if (FEDERATIONS.has(head) && MEMBER_REPUBLICS.has(code.slice(3, 6))) {
    const rest = code.slice(6, 9);
    return { country: code.slice(3, 6), sector: SECTORS.has(rest) ? rest : null };
  }
  const sector = code.slice(3, 6);
  return { country: head === '---' ? null : (ISO_COUNTRIES.get(head) ?? head), sector: SECTORS.has(sector) ? sector : null };
}

/** CAMEO country codes that are not their country's ISO alpha-3 code, which a record's `country` gives: East Timor is TMP in CAMEO, TLS in ISO 3166. */
const ISO_COUNTRIES: ReadonlyMap<string, string> = new Map([['TMP', 'TLS']]);

/**
 * Sectors of the titles the language layer keeps as roles, for when no agent dictionary names
 * them: CAMEO codes heads of state, ministers and officials as GOV, officers as MIL (codebook, role codes).
 */
const ROLE_SECTORS: Record<string, string> = {
  president: 'GOV', 'vice president': 'GOV', 'prime minister': 'GOV', 'deputy prime minister': 'GOV', minister: 'GOV',
  'foreign minister': 'GOV', 'defence minister': 'GOV', 'defense minister': 'GOV', 'interior minister': 'GOV',
  'finance minister': 'GOV', 'secretary of state': 'GOV', chancellor: 'GOV', king: 'GOV', queen: 'GOV', emir: 'GOV',
  sultan: 'GOV', premier: 'GOV', 'supreme leader': 'GOV', governor: 'GOV', mayor: 'GOV', ambassador: 'GOV', envoy: 'GOV',
  official: 'GOV', spokesman: 'GOV', spokeswoman: 'GOV', general: 'MIL', colonel: 'MIL', commander: 'MIL',
  'army chief': 'MIL', 'police chief': 'COP', judge: 'JUD', prosecutor: 'JUD', senator: 'LEG', lawmaker: 'LEG',
  legislator: 'LEG', speaker: 'LEG', 'opposition leader': 'OPP', 'rebel leader': 'REB', activist: 'OPP',
};

/** A body's organs and people, who act for it. */
const BODY_NOUNS = new Set(['board', 'director', 'directors', 'coordinator', 'chairman', 'chairwoman', 'chair', 'commissioner', 'rapporteur', 'administrator', 'president', 'secretary-general', 'council', 'committee', 'executive', 'secretariat', 'commission', 'chief', 'head', 'leadership', 'leader', 'member', 'official', 'staff', 'envoy', 'spokesman', 'spokeswoman', 'prosecutor', 'prosecutors', 'judge', 'judges', 'inspector', 'mission', 'delegation', 'team', 'representative', 'representatives', 'envoys', 'officials', 'mediator', 'mediators', 'negotiator', 'negotiators', 'observers', 'monitors', 'inspectors', 'delegate', 'delegates', 'emissary', 'coordinator', 'rapporteur', 'office', 'offices', 'bureau']);

/** Accords and agreements, which may be named for where they were made. */
/** Meetings that news names for the city they are held in. */
const VENUE_MEETINGS = new Set(['talk', 'talks', 'conference', 'summit', 'negotiations', 'meeting', 'process']);
export const AGREEMENT_NOUNS = new Set(['accord', 'accords', 'agreement', 'agreements', 'treaty', 'protocol', 'pact', 'declaration', 'deal']);

/** What a nationality may say is a country's own place: "the Mozambican town of Palma". */
const TOWN_NOUNS = new Set(['town', 'city', 'village', 'port', 'province', 'region', 'district', 'island', 'capital']);

/** Bodies that people of one kind form. */
const ASSOCIATION_NOUNS = new Set(['association', 'union', 'federation', 'organisation', 'organization', 'group', 'syndicate', 'guild', 'movement']);

/** Possessive pronouns and the kinds of name they point back to. */
/** Words for part of a group, which the group's "of" phrase names: "one of his own bodyguards". */
const SOME_OF = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most']);
/** Kin of a person, who are not that person: "the president's son". */
const KIN_NOUNS = new Set(['son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'nephew', 'niece', 'cousin', 'relative', 'widow', 'grandson', 'granddaughter', 'family', 'child', 'children', 'sons', 'daughters', 'relatives']);
/** Warcraft and weapons that act for the country that owns them: "Russia's planes bombed Aleppo". */
const WARCRAFT = new Set(['planes', 'warplanes', 'jets', 'bombers', 'drones', 'missiles', 'rockets', 'ships', 'warships', 'gunboats', 'tanks', 'helicopters', 'artillery']);
/** Heads of phrases whose possessor acts through them: "the president's office", "Biden's team". */
const BUREAUS = new Set(['office', 'team', 'camp', 'staff', 'entourage', 'branch', 'chapter', 'section']);
const POSSESSIVE_OWNERS = new Map<string, readonly string[]>([
  ['his', ['person']], ['her', ['person', 'place', 'group']], ['its', ['place', 'group', 'org']], ['their', ['place', 'group', 'org', 'person']],
]);

/** Those who chair a body, and so act for it. */
const CHAIRS = new Set(['chair', 'chairs', 'co-chair', 'co-chairs', 'chairman', 'chairmen', 'chairwoman', 'chairperson', 'co-chairmen', 'co-chairman']);

/** Bodies and craft that are whoever they come from. */
const FROM_HEADS = new Set(['hacker', 'hackers', 'expert', 'experts', 'specialist', 'specialists', 'engineer', 'engineers', 'auditor', 'auditors', 'inspector', 'inspectors', 'investigator', 'investigators', 'team', 'delegation', 'mission', 'warplane', 'jet', 'aircraft', 'plane', 'ship', 'warship', 'helicopter', 'drone', 'convoy', 'warplanes', 'jets', 'planes', 'ships', 'warships', 'helicopters', 'drones', 'vessel', 'vessels', 'frigate', 'frigates', 'destroyer', 'destroyers', 'gunboat', 'gunboats']);

/** Craft that whoever sends or charters them acts through. */
const CRAFT_HEADS = new Set(['plane', 'planes', 'aircraft', 'ship', 'ships', 'vessel', 'vessels', 'helicopter', 'helicopters', 'truck', 'trucks', 'convoy', 'convoys', 'flight', 'flights']);
const SENDING_PARTICIPLES = new Set(['chartered', 'sent', 'dispatched', 'operated', 'provided', 'leased']);
/** Bodies one appoints or sets up, and the participles of doing so. */
const APPOINTED_BODIES = new Set(['commission', 'committee', 'panel', 'team', 'mission', 'inquiry', 'tribunal', 'board', 'task force', 'expert', 'investigator', 'rapporteur']);
const APPOINTING_PARTICIPLES = new Set(['appointed', 'named', 'established', 'created', 'formed', 'commissioned', 'mandated']);

/** People a body sends to watch: "observers sent under the auspices of the OSCE". */
const MONITOR_NOUNS = new Set(['observer', 'monitor', 'inspector', 'peacekeeper', 'mission', 'team']);

/** Adjectives after a noun whose preposition names what is felt about, not where: "Protesters angry at Rwanda's backing". */
const FEELING_ADJECTIVES = new Set(['angry', 'furious', 'critical', 'hostile', 'sympathetic', 'opposed', 'loyal', 'close']);

/** Those who speak for a body named in a "for" phrase. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokespeople']);

/** Nouns for a body of people whose "of" phrase names who they are. */
const COLLECTIVES = new Set([
  'group', 'number', 'delegation', 'team', 'handful', 'dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands',
  'first', 'last', 'rest', 'bulk', 'crowd', 'band', 'contingent', 'deployment', 'unit', 'convoy', 'squad', 'batch', 'wave', 'column', 'columns', 'convoys', 'units', 'squads', 'waves', 'batches', 'member', 'members', 'brigade', 'corps',
  // (And a volley of weapons: "hit by a barrage of Russian missiles".)
  'barrage', 'salvo', 'volley', 'hail',
  // ("An emergency summit of the Southern African Development Community called on Zimbabwe".)
  'summit', 'meeting', 'conference', 'session', 'plenary',
  'tens', 'scores', 'millions', 'majority', 'some', 'supporters', 'followers', 'loyalists', 'backers',
  'supporter', 'follower', 'loyalist', 'backer',
  'nation', 'country', 'kingdom', 'republic',
  // ("A faction of the Pakistani Taliban claimed responsibility".)
  'faction', 'factions', 'wing', 'splinter', 'offshoot', 'cell', 'cells',
]);

/** Prepositions that place an agent: "police in Egypt", "doctors from two aid groups", "students throughout Indonesia", "journalists at Sudan's biggest daily". */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'throughout', 'across', 'inside', 'at', 'along', 'on']);

/** "U.S.-based", "Iranian-backed": a name before these describes where a thing is, or who backs it; it is not the thing. */
/** Of DETACHED, those whose name is the author of what the phrase names: "a U.S.-backed coup". */
const BACKERS = new Set(['backed', 'funded', 'sponsored', 'inspired', 'brokered', 'mediated', 'armed', 'drafted', 'proposed', 'authored', 'tabled']);
/** Of BACKERS, those who wrote a text: its authors, before the body it is put to. */
const DRAFTERS = new Set(['drafted', 'proposed', 'authored', 'tabled']);
/** What an international body sets up and backs, and so acts for it: courts, funds, facilities. */
const INSTRUMENTS = new Set(['court', 'tribunal', 'facility', 'scheme', 'programme', 'program', 'fund', 'initiative', 'commission', 'peacekeepers', 'peacekeeper', 'observers', 'observer', 'monitors', 'monitor']);
const DETACHED = new Set(['based', 'backed', 'born', 'funded', 'trained', 'linked', 'allied', 'inspired', 'affiliated', 'educated', 'supported', 'armed', 'sponsored', 'brokered', 'mediated', 'organised', 'organized', 'supervised', 'monitored', 'era', 'style', 'sized', 'size', 'language', 'speaking', 'speakers']);

/** What leads talks only mediates them: "African Union-led peace talks" (but "the U.S.-led coalition" is the United States'). */
const LED_MEETINGS = new Set(['talk', 'talks', 'negotiation', 'negotiations', 'process', 'mediation', 'dialogue', 'summit', 'conference', 'consultations',
  // (And money others put in: "pledged $4 billion toward an IMF-led rescue package for Thailand".)
  'package', 'bailout', 'rescue', 'programme', 'program', 'loan']);

/** A name before word `after` (and a hyphen) describes the phrase headed by `head` without being it. */
function detached(after: string, head: string): boolean {
  return (DETACHED.has(after) && !(after === 'linked' && LINKED_PROPERTY.has(head))) || (after === 'led' && LED_MEETINGS.has(head));
}

/** Property a country's name before "-linked" owns: "Israeli-linked ships" are Israel's (not "al Qaeda-linked militants"). */
const LINKED_PROPERTY = new Set(['ship', 'ships', 'vessel', 'vessels', 'tanker', 'tankers', 'freighter', 'freighters', 'company', 'companies', 'firm', 'firms', 'business', 'businesses', 'asset', 'assets', 'bank', 'banks', 'account', 'accounts', 'property', 'properties']);

/** Lookup tables the coder builds once per dictionary. */
export interface ActorIndex {
  readonly dictionary: Dictionary;
  /** Lower-case agent noun (possibly several words) → sector code. */
  readonly agents: ReadonlyMap<string, string>;
  /** Longest agent noun, in words. */
  readonly agentWords: number;
  /** The agent nouns by their last word (see `agentEndingAt`), and the nouns marked as no agent. */
  readonly agentsByEnd: ReadonlyMap<string, readonly string[]>;
  /** Nouns that end like an agent but name none (`code: ---`: "customs union"). */
  readonly nonAgents: ReadonlySet<string>;
  /** Lower-case surname → the people who bear it, for names the language layer could not pin to one. */
  readonly surnames: ReadonlyMap<string, readonly number[]>;
  /** Lower-case name of a country or a capital → its country, for a dateline's place ("MONROVIA"). */
  readonly placeCountries: ReadonlyMap<string, string>;
  /** The codes of regions ("EUR", "SEA"): places larger than one country. */
  readonly regionCodes: ReadonlySet<string>;
  /** A country's code → the codes of the regions it lies in. */
  readonly regionsOf: ReadonlyMap<string, readonly string[]>;
}

/** The agent code of nouns that end like an agent but name none: "customs union", not a union. */
const NO_AGENT = '---';

export function buildActorIndex(dictionary: Dictionary): ActorIndex {
  const agents = new Map<string, string>();
  const nonAgents = new Set<string>();
  let agentWords = 1;
  for (const agent of dictionary.agents) {
    for (const noun of agent.nouns) {
      // "asylum-seekers" is read as three tokens: "asylum - seekers".
      for (const form of noun.includes('-') ? [noun, noun.replace(/\s*-\s*/g, ' - ')] : [noun]) {
        if (agent.code === NO_AGENT) nonAgents.add(form);
        else if (!agents.has(form)) agents.set(form, agent.code);
        agentWords = Math.max(agentWords, form.split(' ').length);
      }
    }
  }
  const surnames = new Map<string, number[]>();
  dictionary.actors.forEach((actor, i) => {
    if (actor.type !== 'person') return;
    // (The name's own surname, and its first word where the family name comes first ("Hu" for Hu
    // Jintao); not its aliases': "Abiy Ahmed Ali" should not make every "Ali" ambiguous.)
    for (const last of personSurnameKeys(actor, false)) surnames.set(last, [...(surnames.get(last) ?? []), i]);
  });
  const agentsByEnd = new Map<string, string[]>();
  for (const key of [...agents.keys(), ...nonAgents]) {
    const list = agentsByEnd.get(lastWord(key));
    if (list) list.push(key);
    else agentsByEnd.set(lastWord(key), [key]);
  }
  const regionCodes = new Set<string>();
  for (const actor of dictionary.actors) if (actor.type === 'region') for (const c of actor.codes) regionCodes.add(c.code);
  const regionsOf = new Map<string, readonly string[]>();
  for (const actor of dictionary.actors) if (actor.regions && actor.country !== null) regionsOf.set(actor.country, actor.regions);
  const placeCountries = new Map<string, string>();
  for (const actor of dictionary.actors) {
    if ((actor.type !== 'capital' && actor.type !== 'country') || actor.country === null) continue;
    for (const name of actor.names) if (!name.endsWith('*') && !placeCountries.has(name.toLowerCase())) placeCountries.set(name.toLowerCase(), actor.country);
  }
  return { dictionary, agents, agentWords, surnames, agentsByEnd, nonAgents, placeCountries, regionCodes, regionsOf };
}

function lastWord(key: string): string {
  return key.slice(key.lastIndexOf(' ') + 1);
}


/**
 * The sector of the longest agent noun of at most `maxLen` words ending at token k, or of its
 * lemma alone, or null: the lower-case forms of tokens [k - len + 1, k] joined by spaces, for len
 * from `maxLen` down to 1, looked up among the agent nouns. Only the nouns that end with token k's
 * last word can be such a key, so those are compared in place; no key string is built.
 */
function agentEndingAt(index: ActorIndex, tokens: TokenTable, k: number, maxLen: number): string | null {
  const ending = index.agentsByEnd.get(lastWord(tokens.lower[k]!));
  if (ending === undefined) return index.agents.get(tokens.lemma[k]!) || null;
  for (let len = maxLen; len >= 1; len--) {
    let key: string | undefined;
    for (const candidate of ending) {
      if (isKeyOf(candidate, tokens, k - len + 1, k + 1, true)) {
        key = candidate;
        break;
      }
    }
    // (A longer noun marked as no agent blocks the agent it ends in: "customs union".)
    if (key !== undefined && index.nonAgents.has(key)) return null;
    const sector = (key !== undefined ? index.agents.get(key) : undefined) ?? (len === 1 ? index.agents.get(tokens.lemma[k]!) : undefined);
    if (sector) return sector;
  }
  return null;
}


/** True when one of the codes has a date range that holds `date`. */
function inForce(codes: readonly DatedCode[], date: string): boolean {
  return codes.some((c) => (c.from !== null || c.to !== null) && (c.from === null || c.from <= date) && (c.to === null || date <= c.to));
}

/** A resolved actor before it becomes an `EventActor`: its code and the span that names it. */
export interface ResolvedActor {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  /** Named as where the act was done ("in Kirkuk"), not as who it was done to. */
  readonly place?: boolean;
  /** Its country inferred from the other side's ("Ethiopian troops clashed with Tigrayan forces"), not named. */
  readonly inferred?: boolean;
  /** For a transnational armed group, the country it fights in here, which the record gives as its country. */
  readonly operatesIn?: string;
}

/** The articles a role in apposition opens with: "Akhmed Zakayev, an envoy of …". */
const ARTICLES = new Set(['a', 'an', 'the']);

/** Nouns for a group that its name may follow: "the youth group Nashi", "the rebel movement M23". */
const GROUP_HEADS = new Set(['group', 'movement', 'party', 'organisation', 'organization', 'militia', 'league', 'front', 'alliance', 'coalition', 'faction']);

/** Places in a city that its name may open: "Harare airport", "Beirut port", "a Conakry stadium". (Not
 * institutions with a sector of their own, "a Baghdad hospital", "a Baghdad church", which the agents read.) */
const FACILITIES = new Set(['airport', 'port', 'harbour', 'harbor', 'stadium', 'square', 'prison', 'jail', 'park', 'hotel', 'market', 'station', 'airbase']);

/** Relative pronouns for people, which end an apposition as a comma does. */
const RELATIVE_PERSONS = new Set(['who', 'whom', 'whose']);

/** Words whose phrase belongs to an apposition: "president of the Arab League", "director of UNRWA operations in Gaza", "reporter for The Wall Street Journal". */
const APPOSITION_LINKS = new Set(['of', 'in', 'at', 'for']);

/** Currencies, which a demonym names but which are no actor: "Swiss francs", "U.S. dollars". */
const CURRENCY_NOUNS = new Set(['dollar', 'dollars', 'euro', 'euros', 'franc', 'francs', 'pound', 'pounds', 'mark', 'marks', 'yen', 'yuan', 'rupee', 'rupees', 'ruble', 'rubles', 'rouble', 'roubles', 'dinar', 'dinars', 'peso', 'pesos', 'shilling', 'shillings', 'rand', 'naira', 'won', 'riyal', 'riyals', 'lira', 'lire', 'krona', 'kronor', 'krone', 'kroner', 'zloty', 'forint', 'hryvnia', 'real', 'reais', 'rial', 'rials', 'dirham', 'dirhams', 'taka', 'baht', 'ringgit', 'rupiah', 'kwacha', 'cedi', 'cedis', 'ecu', 'ecus']);

/**
 * Resolves noun phrases to actors on a date, using the names and links of the language layer.
 * One instance per document: it indexes which name covers which token.
 */
export class ActorResolver {
  private readonly nameAtToken: number[];
  private readonly phraseLink = new Map<number, number>();
  private readonly nameLink = new Map<number, number>();
  /** Noun phrase → the object of its "of" phrase, and of its "in" phrase. */
  private readonly ofPhrase = new Map<number, number>();
  private readonly inPhrase = new Map<number, number>();
  /** Possessor phrase → the phrase it owns ("Gondor" → "government" in "Gondor's government"). */
  private readonly possessed = new Map<number, number>();
  /** Conjunct → the possessor it shares with the phrase before it. */
  private readonly sharedOwner = new Map<number, number>();
  /** Bare conjuncts and the country of the demonym or name that modifies the phrase they are conjoined to. */
  private readonly sharedCountry = new Map<number, string>();

  private subjectPhrases: Set<number> | null = null;
  private toldPhrases: NounPhrase[] | null = null;

  /** Whether sentence s names a natural disaster. */
  private disasterIn(s: number): boolean {
    const tokens = this.doc.layers.tokens!;
    const sent = this.doc.layers.sentences![s]!;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) if (DISASTER_NOUNS.has(tokens.lemma[k]!) || DISASTER_NOUNS.has(tokens.lower[k]!)) return true;
    return false;
  }

  /** The phrases that are some verb's subject, worked out on first need. */
  private subjects(): Set<number> {
    if (this.subjectPhrases === null) {
      this.subjectPhrases = new Set();
      for (const g of this.doc.layers.verbGroups ?? []) if (g.subject !== null) this.subjectPhrases.add(g.subject);
    }
    return this.subjectPhrases;
  }

  constructor(
    private readonly index: ActorIndex,
    private readonly doc: Doc,
  ) {
    const tokens = doc.layers.tokens!;
    // A plain array: a typed array's buffer costs far more to allocate, once per document.
    this.nameAtToken = new Array<number>(tokens.length).fill(-1);
    (doc.layers.names ?? []).forEach((name, n) => {
      for (let k = name.tokenStart; k < name.tokenEnd; k++) this.nameAtToken[k] = n;
    });
    (doc.layers.nounPhrases ?? []).forEach((np, i) => {
      if (np.possessor !== null) this.possessed.set(np.possessor, i);
    });
    // "Venezuela's government and opposition": a bare noun conjoined to a possessed one shares its possessor.
    const nps = doc.layers.nounPhrases ?? [];
    nps.forEach((np) => {
      // "Russian tanks and troops": a bare noun conjoined to one a demonym or country modifies shares it.
      if (np.possessor === null) {
        let country: string | null = null;
        for (let k = np.tokenStart; k < np.head; k++) {
          const n = this.nameAtToken[k]!;
          if (n >= 0 && tokens.lower[k - 1] !== 'ethnic' && !(tokens.lower[doc.layers.names![n]!.tokenEnd] === '-')) country = doc.layers.names![n]!.country ?? country;
        }
        for (const c of country !== null ? np.conjuncts : []) {
          const other = nps[c]!;
          if (other.tokenStart > np.tokenStart && other.head === other.tokenStart && tokens.pos[other.head] === POS.NOUN) this.sharedCountry.set(c, country!);
        }
        return;
      }
      for (const c of np.conjuncts) {
        const other = nps[c]!;
        // (No determiner or name of its own: "Sudan's military council and protest leaders".)
        const bare = tokens.pos[other.tokenStart] !== POS.DET && tokens.pos[other.tokenStart] !== POS.PRON && tokens.pos[other.tokenStart] !== POS.PROPN;
        if (other.tokenStart > np.tokenStart && other.possessor === null && bare && tokens.pos[other.head] === POS.NOUN) this.sharedOwner.set(c, np.possessor);
      }
    });
    for (const a of doc.layers.attachments ?? []) {
      // "handed over to the ICC by the authorities in Abidjan": a place right after a passive's agent
      // places the agent, whatever the phrase was attached to.
      if (a.attachedTo.kind === 'verb' && (tokens.lower[a.prep] === 'in' || tokens.lower[a.prep] === 'from')) {
        const agent = doc.layers.verbGroups![a.attachedTo.index]!.agent;
        if (agent !== null && doc.layers.nounPhrases![agent]!.tokenEnd === a.prep && !this.inPhrase.has(agent)) this.inPhrase.set(agent, a.object);
      }
      if (a.attachedTo.kind !== 'noun') continue;
      // "a spokesman for the Pakistani Taliban" speaks for them as one "of" them would.
      // So do negotiators for a side (not an envoy for a country, who is sent to it: "the U.N. envoy for Yemen").
      const head = doc.layers.nounPhrases![a.attachedTo.index]!.head;
      const spokesman = tokens.lower[a.prep] === 'for' && (SPOKESPEOPLE.has(tokens.lemma[head]!) || (SPOKESMEN.has(tokens.lower[head]!) && !/^(envoys?|emissaries)$/.test(tokens.lower[head]!)));
      if ((tokens.lower[a.prep] === 'of' || spokesman) && !this.ofPhrase.has(a.attachedTo.index)) this.ofPhrase.set(a.attachedTo.index, a.object);
      // "opposition groups in Zimbabwe", "doctors from two American aid groups".
      // (Not what an adjective after them takes: "Protesters angry at Rwanda's backing for M23 rebels".)
      if (PLACE_PREPOSITIONS.has(tokens.lower[a.prep]!) && !this.inPhrase.has(a.attachedTo.index) && !FEELING_ADJECTIVES.has(tokens.lower[a.prep - 1]!)) this.inPhrase.set(a.attachedTo.index, a.object);
    }
    for (const link of doc.layers.links ?? []) {
      if (link.kind === 'possessive') continue;
      if (link.mention.kind === 'phrase') this.phraseLink.set(link.mention.index, link.antecedent);
      else this.nameLink.set(link.mention.index, link.antecedent);
    }
  }

  /** "his country", "their nation": the country of the nearest owner before it of the pronoun's kind, or null. */
  private ownCountry(phraseIndex: number, date: string | null): ResolvedActor | null {
    const tokens = this.doc.layers.tokens!;
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    const owners = POSSESSIVE_OWNERS.get(tokens.lower[np.tokenStart]!);
    if (owners === undefined || np.head !== np.tokenStart + 1 || (tokens.lower[np.head] !== 'country' && tokens.lower[np.head] !== 'nation')) return null;
    const owner = this.ownerCountry(np, owners, date);
    return owner !== null && /^[A-Z]{3}$/.test(owner) ? { code: owner, start: np.start, end: np.end } : null;
  }

  /**
   * "Islamic State militants in Libya": a transnational group's fighters in a country are coded as
   * the country they fight in. (Not rebels a nationality names, who keep their own country:
   * "Sudanese rebels in Chad attacked N'Djamena".)
   */
  private foughtIn(phraseIndex: number, actor: ResolvedActor, date: string | null): ResolvedActor {
    if (!actor.code.startsWith('IMG')) return actor;
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    // (Its fighters, not a lone assailant.)
    if (!FIGHTER_NOUNS.has(this.doc.layers.tokens!.lemma[np.head]!) && !FIGHTER_NOUNS.has(this.doc.layers.tokens!.lower[np.head]!)) return actor;
    const place = this.inPhrase.get(phraseIndex);
    if (place === undefined || this.doc.layers.tokens!.lower[this.doc.layers.nounPhrases![place]!.tokenStart - 1] !== 'in') return actor;
    const where = this.resolve(place, date);
    const country = where ? countryOf(where.code) : null;
    return country !== null && /^[A-Z]{3}$/.test(country) && country !== actor.code.slice(0, 3) ? { ...actor, code: `${country}${actor.code.slice(3)}` } : actor;
  }

  /** Rulers seated in the capital named right after them ("the new government in Bishkek"), or null. */
  private seatedIn(np: NounPhrase, date: string | null): ResolvedActor | null {
    const tokens = this.doc.layers.tokens!;
    if (np.possessor !== null || tokens.lower[np.tokenEnd] !== 'in' || !SEATED_RULERS.has(tokens.lemma[np.head]!)) return null;
    // (Not one its own words name, nor one met with there: "talks with the Afghan government in Doha",
    // "talks with the government in Oslo".)
    for (let k = np.tokenStart; k < np.head; k++) if (/^[A-Z]/.test(this.doc.text.slice(tokens.start[k], tokens.end[k]))) return null;
    if (tokens.lower[np.tokenStart - 1] === 'with' && TALKS_NOUNS.has(tokens.lower[np.tokenStart - 2]!)) return null;
    const at = this.doc.layers.nounPhrases!.findIndex((p) => p.tokenStart === np.tokenEnd + 1);
    const seat = at >= 0 && this.isPlace(at) ? this.resolvePhrase(at, date) : null;
    // (A capital resolves to its state's government; a country named as a place, to the country alone.)
    const country = seat !== null && seat.code.length > 3 ? countryOf(seat.code) : null;
    if (country === null || !/^[A-Z]{3}$/.test(country)) return null;
    return { code: `${country}${this.agentSector(np) ?? 'GOV'}`, start: np.start, end: seat!.end };
  }

  /** The actor a possessor names itself, not what it owns ("Macedonia" in "Macedonia's NATO entry"). */
  resolveOwner(phraseIndex: number, date: string | null): ResolvedActor | null {
    return this.resolvePhrase(phraseIndex, date);
  }

  /** The actor a noun phrase names on `date`, or null when it names none the dictionaries know. */
  resolve(phraseIndex: number, date: string | null): ResolvedActor | null {
    // "with Gondor's government": the preposition took the possessor; the actor is what it owns.
    const owned = this.possessed.get(phraseIndex);
    if (owned !== undefined) {
      const actor = this.resolve(owned, date);
      if (actor) return actor;
      // "convicted President Bouterse's son": a leader's kin is of the elite, not the leader.
      const nps = this.doc.layers.nounPhrases!;
      if (KIN_NOUNS.has(this.doc.layers.tokens!.lemma[nps[owned]!.head]!)) {
        const owner = this.resolvePhrase(phraseIndex, date);
        const country = owner ? countryOf(owner.code) : null;
        return country ? { code: `${country}ELI`, start: nps[phraseIndex]!.start, end: nps[owned]!.end } : null;
      }
    }
    const actor = this.resolvePhrase(phraseIndex, date);
    // "U.N. relief workers": aid workers a body's name precedes are the body's.
    if (actor && actor.code === 'NGO') {
      const body = this.bodyBefore(phraseIndex, actor.start, date);
      if (body) return { ...actor, code: body };
    }
    if (actor && !actor.code.startsWith('---')) return this.foughtIn(phraseIndex, actor, date);
    // "shot dead by one of his own bodyguards": one or some of a group are of it.
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    const of = actor === null && SOME_OF.has(this.doc.layers.tokens!.lower[np.head]!) ? this.ofPhrase.get(phraseIndex) : undefined;
    if (of !== undefined) {
      const group = this.resolve(of, date);
      if (group) return { ...group, start: np.start };
    }
    // "Kenzo Oshima, the UN relief coordinator, demanded": an unknown name is what its apposition says.
    // So is one known only by the role the apposition gives it: "John Ging, a senior UNRWA official,".
    const apposition = this.appositionOf(phraseIndex);
    if (apposition !== null) {
      const described = this.resolvePhrase(apposition, date);
      if (described && (actor === null || !described.code.startsWith('---'))) return { code: described.code, start: this.doc.layers.nounPhrases![phraseIndex]!.start, end: described.end };
      // "Colonel Amadou Abdramane, spokesman for Niger's ruling junta,": one who speaks or works for a
      // body the apposition names acts for it.
      const body = this.forWhom(apposition);
      const of = body !== null && (described === null || described.code.startsWith('---')) ? this.resolve(body, date) : null;
      if (of && countryOf(of.code) !== null) return { code: of.code, start: this.doc.layers.nounPhrases![phraseIndex]!.start, end: of.end };
    }
    return actor;
  }

  /**
   * Every actor a phrase names: one, or one per country for an agent of several ("the ambassadors
   * of Arnor, Osgiliath and Gondor", "lawmakers in Fornost and Gondor").
   */
  resolveMany(phraseIndex: number, date: string | null): ResolvedActor[] {
    const actor = this.resolve(phraseIndex, date);
    if (!actor) return [];
    const nounPhrases = this.doc.layers.nounPhrases!;
    const own = nounPhrases[phraseIndex]!;
    const leaders = /^leaders?$/.test(this.doc.layers.tokens!.lower[own.head]!);
    // "Envoys of Sudan's army and the RSF": those who speak for several sides act for each.
    const ofWhom = SPOKESMEN.has(this.doc.layers.tokens!.lower[own.head]!) ? this.ofPhrase.get(phraseIndex) : undefined;
    // (The possessed phrase carries the list: "Sudan's army and the RSF".)
    const spokenFor = ofWhom !== undefined ? (this.possessed.get(ofWhom) ?? ofWhom) : undefined;
    if (spokenFor !== undefined && nounPhrases[spokenFor]!.conjuncts.length > 0) {
      const others = nounPhrases[spokenFor]!.conjuncts.map((c) => this.resolve(c, date)).filter((a): a is ResolvedActor => a !== null);
      return [actor, ...others];
    }
    // ("Coast guard vessels from the Philippines, Japan and the United States": so are craft and
    // bodies from several countries.)
    const from = this.inPhrase.get(phraseIndex);
    const fromMany = from !== undefined && FROM_HEADS.has(this.doc.layers.tokens!.lemma[own.head]!) && this.doc.layers.tokens!.lower[nounPhrases[from]!.tokenStart - 1] === 'from';
    if ((!this.agentSector(own) && !leaders && !fromMany) || international(actor.code)) return [actor];
    let place = this.ofPhrase.get(phraseIndex) ?? this.inPhrase.get(phraseIndex);
    const borrowed = place === undefined;
    // "Lawmakers and officials in Fornost and Gondor": conjoined agents share the last one's place.
    if (borrowed && own.conjuncts.length > 0) {
      const last = Math.max(...own.conjuncts);
      if (last > phraseIndex && this.agentSector(nounPhrases[last]!)) place = this.inPhrase.get(last) ?? this.ofPhrase.get(last);
    }
    if (place === undefined) return [actor];
    const places = [place, ...nounPhrases[place]!.conjuncts];
    const countries = places.map((c) => {
      const owner = this.resolve(c, date);
      return owner ? countryOf(owner.code) : null;
    });
    // The actor is coded with its own place's first country already; one that shares another's place has none.
    const mine = countryOf(actor.code);
    if (countries[0] === null || (borrowed ? mine !== null : mine !== countries[0] || countries.length === 1)) return [actor];
    const role = actor.code.slice(3);
    // The first keeps the whole phrase as its evidence; each other one, the place that names it.
    return countries.flatMap((c, i) => (c === null ? [] : [i === 0 ? { ...actor, code: `${c}${role}` } : { ...actor, code: `${c}${role}`, start: nounPhrases[places[i]!]!.start, end: nounPhrases[places[i]!]!.end }]));
  }

  /**
   * The country of the nearest name of one of `types` before the phrase, in its sentence or the one
   * before; or, when that name is an international body's, the body's code ("The International
   * Criminal Court said its judges had authorised an investigation": the judges are the court's).
   */
  private ownerCountry(np: NounPhrase, types: readonly string[], date: string | null, not: string | null = null): string | null {
    const names = this.doc.layers.names ?? [];
    const singular = this.doc.layers.tokens!.lower[np.tokenStart] === 'its';
    // (Not past a thing "its" may stand for: "ambushed a bus and killed its passengers".)
    if (singular && this.thingBefore(np)) return null;
    // (The one passed over for its plural, when no other is named: "Israeli officials said its troops …".)
    let describing: string | null = null;
    const { head: speech, titled } = this.speakerBefore(np, types);
    for (let n = names.length - 1; n >= 0; n--) {
      const name = names[n]!;
      if (name.start >= np.start) continue;
      if (name.sentence < np.sentence - 1) break;
      if (!types.includes(name.type)) continue;
      // ("Sargsyan said after talks with Putin that his country would join": the speaker's, not whom he
      // met; but the reported clause's own subject's: "the U.S. said Iran must halt its enrichment".)
      if (name.tokenStart > speech && !this.inSubject(name)) continue;
      // ("Ecuador says Peruvian helicopters attacked its border posts": "its" is not what a nationality
      // before a plural describes.)
      if (singular && this.describesPlural(name)) {
        if (describing === null && name.country !== null && !international(name.country) && name.country !== not) describing = name.country;
        continue;
      }
      // (Passing over the doer, not a place of its own "its" may stand for: "stopped a minibus in Helmand and killed its passengers".)
      if (not !== null && name.country === not) {
        if (name.type === 'place') return null;
        continue;
      }
      // ("Nazarbayev told visiting U.S. Vice President Al Gore that his country would …": not whom one tells.)
      if (name.sentence === np.sentence && this.told(name)) continue;
      // (Only a body that speaks in the sentence: its subject. A non-governmental or international
      // body is its own, not its seat's: "Human Rights Watch said its researchers …".)
      const subject = name.type === 'org' && name.sentence === np.sentence && [...this.subjects()].some((p) => this.doc.layers.nounPhrases![p]!.start <= name.start && name.end <= this.doc.layers.nounPhrases![p]!.end);
      const code = subject ? this.nameCode(n, date) : null;
      if (code !== null && international(code)) return code;
      if (name.country !== null && !international(name.country)) return name.country;
    }
    // ("Armenia's president said after talks with Putin that his country would join": a speaker named
    // by title is of the country the title's phrase gives.)
    if (describing === null && titled !== null) {
      const speaker = this.resolve(titled, date);
      const country = speaker ? countryOf(speaker.code) : null;
      if (country !== null && !international(country) && country !== not) return country;
    }
    return describing;
  }

  /**
   * The head of the nearest speech verb before the phrase in its sentence whose subject, before it,
   * holds a name of one of `types`, or is a person named by title ("Armenia's president"): who then
   * owns the pronoun the verb's clause gives. Else the phrase's own start, which passes over no name.
   * `titled` is the subject phrase when a title, not a name, found it.
   */
  private speakerBefore(np: NounPhrase, types: readonly string[]): { head: number; titled: number | null } {
    const none = { head: np.tokenStart, titled: null };
    const groups = this.doc.layers.verbGroups ?? [];
    const nounPhrases = this.doc.layers.nounPhrases!;
    const names = this.doc.layers.names ?? [];
    // (From the last group that starts before the phrase: groups are in text order.)
    let lo = 0;
    let hi = groups.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (groups[mid]!.tokenStart < np.tokenStart) lo = mid + 1;
      else hi = mid;
    }
    for (let g = lo - 1; g >= 0; g--) {
      const group = groups[g]!;
      if (group.head >= np.tokenStart) continue;
      if (group.sentence < np.sentence) break;
      if (!SPEECH_VERBS.has(group.lemma)) continue;
      const subject = group.subject === null ? undefined : nounPhrases[group.subject];
      if (subject === undefined || subject.tokenEnd > group.head) return none;
      for (let k = subject.tokenStart; k < subject.tokenEnd; k++) {
        const n = this.nameAtToken[k]!;
        if (n >= 0 && types.includes(names[n]!.type)) return { head: group.head, titled: null };
      }
      const tokens = this.doc.layers.tokens!;
      if (types.includes('person') && this.nameAtToken[subject.head]! < 0 && TITLES.has(tokens.lower[subject.head]!)) return { head: group.head, titled: group.subject };
      return none;
    }
    return none;
  }

  /** The country a name before the phrase's head gives ("Chinese" in "a Chinese rescue team"), or null. */
  private countryBeforeHead(np: NounPhrase, date: string | null): string | null {
    for (let k = np.tokenStart; k < np.head; k++) {
      const n = this.nameAtToken[k]!;
      if (n < 0) continue;
      const code = this.nameCode(n, date);
      if (code !== null && /^[A-Z]{3}$/.test(code)) return code;
    }
    return null;
  }

  /** Whether a name lies in a phrase that is some verb's subject. */
  private inSubject(name: { tokenStart: number; tokenEnd: number }): boolean {
    const p = phraseIndexAround(this.doc.layers.nounPhrases!, name.tokenStart, name.tokenEnd);
    return p >= 0 && this.subjects().has(p);
  }

  /** Whether a name only describes the plural head of its phrase ("Peruvian" in "Peruvian helicopters"). */
  private describesPlural(name: { tokenStart: number; tokenEnd: number }): boolean {
    const tokens = this.doc.layers.tokens!;
    const index = phraseIndexAround(this.doc.layers.nounPhrases!, name.tokenStart, name.tokenEnd);
    const np = index >= 0 ? this.doc.layers.nounPhrases![index]! : undefined;
    if (np === undefined || np.head < name.tokenEnd || tokens.flags[name.tokenEnd - 1]! & TokenFlag.Possessive || tokens.lower[name.tokenEnd] === "'s") return false;
    return tokens.pos[np.head] === POS.NOUN && tokens.lemma[np.head] !== tokens.lower[np.head] && tokens.lower[np.head]!.endsWith('s');
  }

  /**
   * Whether a singular common noun, object of an earlier verb of the sentence, stands between the
   * phrase and the last name before it ("a bus" in "ambushed a bus and killed its passengers"; not
   * "a general mobilisation of its armed forces").
   */
  private thingBefore(np: NounPhrase): boolean {
    const nounPhrases = this.doc.layers.nounPhrases!;
    const tokens = this.doc.layers.tokens!;
    const index = phraseIndexAround(nounPhrases, np.tokenStart, np.tokenEnd);
    for (let p = index - 1; p >= 0 && nounPhrases[p]!.sentence === np.sentence; p--) {
      const head = nounPhrases[p]!.head;
      if (this.nameAtToken[head]! >= 0) return false;
      const first = tokens.lower[nounPhrases[p]!.tokenStart]!;
      const singular = tokens.pos[head] === POS.NOUN && (first === 'a' || first === 'an' || (first === 'the' && tokens.lemma[head] === tokens.lower[head] && !tokens.lower[head]!.endsWith('s')));
      if (!singular) continue;
      const groups = this.doc.layers.verbGroups ?? [];
      const object = groups.some((g) => g.object === p);
      const verbBetween = groups.some((g) => g.head >= nounPhrases[p]!.tokenEnd && g.head < np.tokenStart);
      if (object && verbBetween) return true;
    }
    return false;
  }

  /**
   * The country a possessive pronoun before a phrase points back to ("its" in "attacked its border
   * posts"), or null when the phrase has none or its owner is not a state. Names of country `not`
   * are passed over: one does not strike one's own ("Israel said Hamas fired rockets at its towns").
   */
  possessiveOwner(phraseIndex: number, date: string | null, not: string | null): string | null {
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    const types = POSSESSIVE_OWNERS.get(this.doc.layers.tokens!.lower[np.tokenStart]!);
    if (types === undefined) return null;
    const owner = this.ownerCountry(np, types, date, not);
    return owner !== null && !international(owner) ? owner : null;
  }

  /**
   * For a phrase whose only names before its head name regions ("African" in "the southern African
   * country"), the nearest country named before it, in its sentence or the two before, that lies in
   * them all; else null.
   */
  private countryOfRegion(np: NounPhrase, date: string | null): string | null {
    const names = this.doc.layers.names!;
    const regions: string[] = [];
    for (let k = np.tokenStart; k < np.head; k++) {
      const n = this.nameAtToken[k]!;
      if (n < 0) continue;
      const code = this.nameCode(n, date);
      if (code === null || !this.index.regionCodes.has(code)) return null;
      regions.push(code);
    }
    if (regions.length === 0) return null;
    for (let n = names.length - 1; n >= 0; n--) {
      const name = names[n]!;
      if (name.start >= np.start) continue;
      if (name.sentence < np.sentence - 2) break;
      const within = name.country !== null ? this.index.regionsOf.get(name.country) : undefined;
      if (name.type === 'place' && within !== undefined && regions.every((r) => within.includes(r))) return name.country;
    }
    return null;
  }

  /** A name inside the object of "tell": the one told, not the teller. */
  private told(name: { start: number; end: number }): boolean {
    // (The objects of "tell", found once per document.)
    if (this.toldPhrases === null) {
      this.toldPhrases = [];
      for (const g of this.doc.layers.verbGroups ?? []) if (g.lemma === 'tell' && g.object !== null) this.toldPhrases.push(this.doc.layers.nounPhrases![g.object]!);
    }
    return this.toldPhrases.some((np) => np.start <= name.start && name.end <= np.end);
  }

  /**
   * The non-state group named after words of allegiance to it ("loyal to", "believed to belong to"),
   * or, for a person named so, the men of `sector` of the person's country ("rebels loyal to
   * Charles Taylor"), or null.
   */
  private allegiance(np: NounPhrase, sector: string, date: string | null): ResolvedActor | null {
    const lower = this.doc.layers.tokens!.lower;
    const nounPhrases = this.doc.layers.nounPhrases!;
    for (const words of ALLEGIANCE) {
      // (From the head on: a phrase may have taken in the adjective, "Gunmen loyal".)
      if (!words.every((w, i) => lower[np.head + 1 + i] === w)) continue;
      const index = nounPhrases.findIndex((p) => p.tokenStart === np.head + 1 + words.length);
      if (index < 0) return null;
      const leader = this.resolve(index, date);
      if (leader === null) return null;
      if (this.namesOrg(nounPhrases[index]!)) return leader.code.length > 3 && !international(leader.code) ? { code: leader.code, start: np.start, end: nounPhrases[index]!.end } : null;
      const country = countryOf(leader.code);
      return this.namesPerson(nounPhrases[index]!) && country !== null && /^[A-Z]{3}$/.test(country) ? { code: `${country}${sector}`, start: np.start, end: nounPhrases[index]!.end } : null;
    }
    return null;
  }

  /** The code of an international body named in the phrase before character offset `before` ("U.N." in "U.N. relief workers"), or null. */
  private bodyBefore(phraseIndex: number, before: number, date: string | null): string | null {
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    for (let k = np.tokenStart; k < np.head; k++) {
      const n = this.nameAtToken[k]!;
      if (n < 0 || this.doc.layers.names![n]!.end > before) continue;
      const code = this.nameCode(n, date);
      if (code !== null && international(code) && code !== 'NGO') return code;
    }
    return null;
  }

  /** The actor a name before the phrase's head names ("World Bank" in "New World Bank lending"), or null. */
  nameBefore(phraseIndex: number, date: string | null): ResolvedActor | null {
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    for (let k = np.head - 1; k >= np.tokenStart; k--) {
      const n = this.nameAtToken[k]!;
      if (n < 0) continue;
      const code = this.nameCode(n, date);
      return code !== null ? { code, start: this.doc.layers.names![n]!.start, end: this.doc.layers.names![n]!.end } : null;
    }
    return null;
  }

  /** Whether a nationality or country name modifies the phrase's head: "Australian troops". */
  private nationalityIn(np: NounPhrase): boolean {
    const names = this.doc.layers.names ?? [];
    const tokens = this.doc.layers.tokens!;
    for (let k = np.tokenStart; k < np.head; k++) {
      const n = this.nameAtToken[k]!;
      if (n >= 0 && (names[n]!.type === 'group' || names[n]!.type === 'place') && names[n]!.country !== null && tokens.lower[names[n]!.tokenEnd] !== '-') return true;
    }
    return false;
  }

  /** Whether a dictionary person, or a titled one, is named in the phrase. */
  private namesPerson(np: NounPhrase): boolean {
    return this.namesOfType(np, 'person', false);
  }

  /** Whether a dictionary organisation is named in the phrase. */
  private namesOrg(np: NounPhrase): boolean {
    return this.namesOfType(np, 'org', true);
  }

  /** Whether a name of `type` (one the dictionaries know, with `known`) is in the phrase. */
  private namesOfType(np: NounPhrase, type: Name['type'], known: boolean): boolean {
    const names = this.doc.layers.names ?? [];
    for (let k = np.tokenStart; k < np.tokenEnd; k++) {
      const n = this.nameAtToken[k]!;
      if (n >= 0 && names[n]!.type === type && (!known || names[n]!.actor !== null)) return true;
    }
    return false;
  }

  /** The phrase after a spokesman's or officer's "for" or "of": "spokesman for Niger's ruling junta", "secretary-general of the party". */
  private forWhom(phraseIndex: number): number | null {
    const tokens = this.doc.layers.tokens!;
    const nounPhrases = this.doc.layers.nounPhrases!;
    const np = nounPhrases[phraseIndex]!;
    const link = tokens.lower[np.tokenEnd];
    const next = nounPhrases[phraseIndex + 1];
    return (link === 'for' || link === 'of') && next !== undefined && next.tokenStart === np.tokenEnd + 1 ? phraseIndex + 1 : null;
  }

  /** The noun phrase set off by commas right after a name: "X, a senior Hamas leader,". */
  private appositionOf(phraseIndex: number): number | null {
    const tokens = this.doc.layers.tokens!;
    const nounPhrases = this.doc.layers.nounPhrases!;
    const np = nounPhrases[phraseIndex]!;
    const next = phraseIndex + 1;
    const other = nounPhrases[next];
    // A name, or a proper noun the dictionaries do not know ("Salaheddine Sidhoum, Algeria's leading activist,").
    if ((this.nameAtToken[np.head]! < 0 && tokens.pos[np.head] !== POS.PROPN) || tokens.lower[np.tokenEnd] !== ',' || !other || other.tokenStart !== np.tokenEnd + 1) return null;
    if (tokens.pos[other.head] === POS.PRON) return null;
    // "Algeria's leading activist": the possessor opens the phrase that describes.
    const described = this.possessed.get(next) ?? next;
    // Its "of" phrases belong to it: "the president of the Arab League,"; so does a place after
    // them: "director of UNRWA operations in Gaza,".
    let end = nounPhrases[described]!.tokenEnd;
    // (So does whom one works for: "an American reporter for The Wall Street Journal,".)
    let worksFor = false;
    for (let j = described + 1; APPOSITION_LINKS.has(tokens.lower[end]!) && j < nounPhrases.length; j++) {
      if (nounPhrases[j]!.tokenStart === end + 1) {
        if (tokens.lower[end] === 'for') worksFor = true;
        // (With what a possessor there owns: "spokesman for Niger's ruling junta,".)
        const owned = this.possessed.get(j);
        if (owned !== undefined) j = owned;
        end = nounPhrases[j]!.tokenEnd;
        // (And its list: "director for Eastern Europe and Central Asia".)
        for (const c of nounPhrases[j]!.conjuncts) end = Math.max(end, nounPhrases[c]!.tokenEnd);
      } else if (nounPhrases[j]!.tokenStart > end + 1) break;
    }
    // (And a participle's phrase that describes the role up to the comma: "Terry Anderson, an
    // American journalist held in Lebanon,", "an Azerbaijani officer serving a life sentence,".)
    // (A participle, not a verb of saying: "to the town of Pacaraima, the army said on Thursday,".)
    if (tokens.pos[end] === POS.VERB && end > nounPhrases[described]!.head && !SPEECH_VERBS.has(tokens.lemma[end]!) && /(ed|en|ing|held|sent|built|born|known|led|left|kept)$/.test(tokens.lower[end]!)) {
      let k = end + 1;
      const stop = Math.min(this.doc.layers.sentences![tokens.sentence[np.head]!]!.tokenEnd, end + 12);
      while (k < stop && tokens.lower[k] !== ',' && tokens.pos[k] !== POS.AUX && tokens.pos[k] !== POS.VERB) k++;
      if (tokens.lower[k] === ',') end = k;
    }
    // (Or the sentence's end, after a speech verb put first: "…," said Ferid Belhaj, the World Bank's vice president.)
    const last = this.doc.layers.sentences![tokens.sentence[np.head]!]!.tokenEnd;
    const closing = end === last || (end === last - 1 && tokens.pos[end] === POS.PUNCT);
    const inverted = closing && np.tokenStart > 0 && tokens.pos[np.tokenStart - 1] === POS.VERB && SPEECH_VERBS.has(tokens.lemma[np.tokenStart - 1]!);
    // (Or a role that ends the sentence or opens a relative clause: "granted asylum to Akhmed Zakayev,
    // an envoy of Chechnya's separatist leadership whom Moscow wants to try".)
    // (A role as such opens with its article; a list or a participle's object is no apposition. Nor
    // one who works "for" a body, whom the name's own reading places: "Andrew Meldrum, a correspondent
    // for the Guardian".)
    const role = nounPhrases[described]!;
    const roleEnds = (closing || RELATIVE_PERSONS.has(tokens.lower[end]!)) && !worksFor && !DAY_WORDS.has(tokens.lower[np.head]!) && ARTICLES.has(tokens.lower[role.tokenStart]!) && tokens.pos[role.head] === POS.NOUN && role.conjuncts.length === 0;
    return tokens.lower[end] === ',' || inverted || roleEnds ? described : null;
  }

  /** True when a name covers token k. */
  nameAt(k: number): boolean {
    return this.nameAtToken[k]! >= 0;
  }

  /** The backer a phrase names before "-backed", "-sponsored" or "draft" …: the U.S. in "a U.S.-backed coup attempt". */
  backerIn(phraseIndex: number, date: string | null, draftersOnly = false): ResolvedActor | null {
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    const tokens = this.doc.layers.tokens!;
    for (let k = np.tokenStart; k < np.head; k++) {
      const n = this.nameAtToken[k]!;
      if (n < 0) continue;
      const name = this.doc.layers.names![n]!;
      // (Or before "draft": "a U.S. draft Security Council resolution" is the United States'.)
      const draft = tokens.lower[name.tokenEnd] === 'draft' && name.tokenEnd < np.head;
      if (!draft && (tokens.lower[name.tokenEnd] !== '-' || !(draftersOnly ? DRAFTERS : BACKERS).has(tokens.lower[name.tokenEnd + 1]!))) continue;
      const code = this.nameCode(n, date);
      if (code) return { code, start: name.start, end: name.end };
    }
    return null;
  }

  /**
   * Whether a body's title ends just before token k: the body's own name, then up to three title
   * words or lower-case adjectives ("U.N. special envoy"; not "U.N.-backed Afghan President").
   */
  private bodyTitleBefore(k: number): boolean {
    const tokens = this.doc.layers.tokens!;
    let t = k - 1;
    while (t > 0 && t >= k - 3 && (TITLES.has(tokens.lower[t]!) || (tokens.pos[t] === POS.ADJ && !(tokens.flags[t]! & TokenFlag.Capitalized)))) t--;
    return t < k - 1 && t >= 0 && this.nameAtToken[t]! >= 0 && this.doc.layers.names![this.nameAtToken[t]!]!.type === 'org';
  }

  /** True when the phrase's head is a person's name ("President Jose Ramos-Horta", "Malala Yousafzai"). */
  isPerson(phraseIndex: number): boolean {
    const n = this.nameAtToken[this.doc.layers.nounPhrases![phraseIndex]!.head]!;
    return n >= 0 && this.doc.layers.names![n]!.type === 'person';
  }

  /** The country of a place name inside the phrase ("Damascus" in "Damascus airport"), or null. */
  placeIn(phraseIndex: number): string | null {
    const np = this.doc.layers.nounPhrases![phraseIndex]!;
    for (let k = np.tokenStart; k < np.tokenEnd; k++) {
      const n = this.nameAtToken[k]!;
      if (n >= 0 && this.doc.layers.names![n]!.type === 'place' && this.doc.layers.names![n]!.country) return this.doc.layers.names![n]!.country;
    }
    return null;
  }

  /** Whether a code is a region's, larger than one country ("EUR"). */
  isRegion(code: string): boolean {
    return this.index.regionCodes.has(code);
  }

  /** Whether a country lies in a region ("DEU" in "EUR"). */
  inRegion(country: string, region: string): boolean {
    return this.index.regionsOf.get(country)?.includes(region) ?? false;
  }

  /** True when the phrase's head is a place name ("Cairo", "the Gaza Strip"). */
  isPlace(phraseIndex: number): boolean {
    const n = this.nameAtToken[this.doc.layers.nounPhrases![phraseIndex]!.head]!;
    return n >= 0 && this.doc.layers.names![n]!.type === 'place';
  }

  private resolvePhrase(phraseIndex: number, date: string | null): ResolvedActor | null {
    const doc = this.doc;
    // "a group of Moroccan diplomats", "the first deployment of NATO troops": the members are the actor.
    const collective = doc.layers.nounPhrases![phraseIndex]!;
    // ("The leader of Guinea's new military junta": the "of" phrase is the possessed phrase, not its possessor.)
    const ofWhom = this.ofPhrase.get(phraseIndex);
    const members = ofWhom !== undefined ? (this.possessed.get(ofWhom) ?? ofWhom) : undefined;
    // "Leaders of ECOWAS": those who lead an international body act for it.
    const headLower = doc.layers.tokens!.lower[collective.head]!;
    // ("tens of thousands": the form as written, as the tagger may lemmatise it "ten".)
    // (So do those who speak for a side: "envoys of Sudan's army and the RSF held talks".)
    // (And a body's head: "the head of Sudan's ruling sovereign council".)
    // (And its chairs: "the co-chairs of the OSCE Minsk Group".)
    // (And its commander: "the commander of Iran's Revolutionary Guards".)
    const leaders = headLower === 'leaders' || headLower === 'leader' || headLower === 'head' || headLower === 'chief' || headLower === 'chiefs' || headLower === 'commander' || headLower === 'commanders' || CHAIRS.has(headLower) || SPOKESMEN.has(headLower);
    if (members !== undefined && (COLLECTIVES.has(doc.layers.tokens!.lemma[collective.head]!) || COLLECTIVES.has(headLower) || leaders)) {
      const actor = this.resolvePhrase(members, date);
      // ("A Chinese team of 60 doctors": members of no country are the collective's nationality's.)
      const own = actor && actor.code.startsWith('---') ? this.countryBeforeHead(collective, date) : null;
      if (actor && own !== null) return { code: `${own}${actor.code.slice(3)}`, start: collective.start, end: doc.layers.nounPhrases![members]!.end };
      if (actor && (!leaders || international(actor.code))) return { code: actor.code, start: collective.start, end: doc.layers.nounPhrases![members]!.end };
      // "the leaders of Japan and South Korea": a state's leaders are its government.
      if (actor && leaders && /^[A-Z]{3}$/.test(actor.code) && !this.possessed.has(members)) return { code: `${actor.code}GOV`, start: collective.start, end: doc.layers.nounPhrases![members]!.end };
      // "the leader of Guinea's military junta", "the leader of Hamas": a body's leader acts for it.
      if (actor && leaders && actor.code.length >= 6) return { code: actor.code, start: collective.start, end: doc.layers.nounPhrases![members]!.end };
    }
    const tokens = doc.layers.tokens!;
    const np = doc.layers.nounPhrases![phraseIndex]!;
    const names = doc.layers.names ?? [];
    const head = np.head;
    // "Bosnia's Serbs", "Iraq's Kurds": another nation's people that a country owns are those who
    // live in it, and of it.
    if (np.possessor !== null && np.tokenEnd - np.tokenStart === 1 && this.nameAtToken[head]! >= 0 && names[this.nameAtToken[head]!]!.type === 'group') {
      const people = names[this.nameAtToken[head]!]!.country;
      const owner = people !== null ? this.resolvePhrase(np.possessor, date) : null;
      if (owner && /^[A-Z]{3}$/.test(owner.code) && owner.code !== people) return { code: owner.code, start: np.start, end: np.end };
    }
    // "the Uruguay Round", "the stalled Doha round": a round of trade talks is no one's, though a place names it.
    if (tokens.lower[head] === 'round' && head > np.tokenStart && tokens.pos[head - 1] === POS.PROPN) return null;
    // "20 million Swiss francs": money is no one's, whatever country its currency is named for.
    // (Only a currency a name right before it qualifies: not "a second bailout for Greece worth 130 billion euros".)
    if ((CURRENCY_NOUNS.has(tokens.lemma[head]!) || CURRENCY_NOUNS.has(tokens.lower[head]!)) && names.every((n) => n.sentence !== np.sentence || n.tokenEnd <= np.tokenStart || n.tokenStart >= np.tokenEnd || n.tokenEnd === head)) return null;
    // "the Lusaka peace accord", "the Dayton agreement": an accord named for the town it was made
    // in is no one's; the town is only its name.
    // (A town, not a country: "a Jordan peace treaty" is one with Jordan.)
    if (AGREEMENT_NOUNS.has(tokens.lemma[head]!) && np.possessor === null && names.some((n) => n.sentence === np.sentence && n.tokenStart >= np.tokenStart && n.tokenEnd <= head && n.type === 'place' && n.place !== null && n.place.kind === 'city')) return null;
    // (So are talks named for the city they are held in, a capital too: "the London talks", "the Geneva conference".)
    if (VENUE_MEETINGS.has(tokens.lemma[head]!) && np.possessor === null && tokens.lower[np.tokenStart] === 'the' && names.some((n) => n.sentence === np.sentence && n.tokenStart === np.tokenStart + 1 && n.tokenEnd === head && n.type === 'place' && (n.place !== null || (n.actor !== null && this.index.dictionary.actors[n.actor]!.type === 'capital')))) return null;
    // "a team from the IMF", "warplanes from Saudi Arabia": a body or a craft from someone is theirs.
    const source = this.inPhrase.get(phraseIndex);
    if (source !== undefined && FROM_HEADS.has(tokens.lemma[head]!) && tokens.lower[doc.layers.nounPhrases![source]!.tokenStart - 1] === 'from') {
      const owner = this.resolve(source, date);
      if (owner) return { code: owner.code, start: np.start, end: doc.layers.nounPhrases![source]!.end };
    }
    // (Or sent or chartered "by" someone: "planes chartered by the U.N. refugee agency flew tents".)
    // (Craft only, and only a participle of sending: not "a U.N. team led by a German prosecutor".)
    // (And a body appointed or set up by someone: "A commission appointed by the Southern African
    // Development Community began investigating".)
    if (np.tokenEnd === head + 1 && ((CRAFT_HEADS.has(tokens.lemma[head]!) && SENDING_PARTICIPLES.has(tokens.lower[np.tokenEnd]!)) || (APPOINTED_BODIES.has(tokens.lemma[head]!) && APPOINTING_PARTICIPLES.has(tokens.lower[np.tokenEnd]!)))) {
      const by = (doc.layers.verbGroups ?? []).find((g) => g.tokenStart === np.tokenEnd && g.tokenEnd === g.tokenStart + 1 && g.agent !== null && g.agent !== phraseIndex);
      const owner = by ? this.resolve(by.agent!, date) : null;
      if (owner) return { code: owner.code, start: np.start, end: doc.layers.nounPhrases![by!.agent!]!.end };
    }
    // "military observers sent under the auspices of the OSCE": monitors work for the body whose auspices they serve under.
    if (MONITOR_NOUNS.has(tokens.lemma[head]!)) {
      let k = np.tokenEnd;
      if (tokens.pos[k] === POS.VERB) k++;
      if (tokens.lower[k] === 'under' && tokens.lower[k + 1] === 'the' && (tokens.lower[k + 2] === 'auspices' || tokens.lower[k + 2] === 'aegis') && tokens.lower[k + 3] === 'of') {
        const body = doc.layers.nounPhrases!.findIndex((p) => p.tokenStart === k + 4);
        const owner = body >= 0 ? this.resolve(body, date) : null;
        if (owner && international(owner.code)) return { code: owner.code, start: np.start, end: np.end };
      }
    }
    // "the International Monetary Fund's executive board": an international body's own organs and people are it.
    // ("the U.N. nuclear watchdog's Board of Governors": capitalised as a name too.)
    // (With its hyphened second word: "NATO's secretary-general".)
    const bodyWord = tokens.lower[head + 1] === '-' && head + 2 < np.tokenEnd ? `${tokens.lower[head]}-${tokens.lower[head + 2]}` : tokens.lower[head]!;
    if (np.possessor !== null && (tokens.pos[head] === POS.NOUN || tokens.pos[head] === POS.PROPN) && BODY_NOUNS.has(bodyWord)) {
      const owner = this.resolvePhrase(np.possessor, date);
      if (owner && international(owner.code)) return { code: owner.code, start: np.start, end: np.end };
    }
    // "Kenya's leader", "Tajikistan's new head of state", "Mali's junta leader": a state's leader or ruler leads its government.
    // (Not a leader of another kind: "Kenya's opposition leader".)
    if (np.possessor !== null && (STATE_LEADERS.has(tokens.lower[head]!) || (tokens.lower[head] === 'head' && tokens.lower[np.tokenEnd] === 'of' && (tokens.lower[np.tokenEnd + 1] === 'state' || tokens.lower[np.tokenEnd + 1] === 'government'))) && tokens.pos.slice(np.tokenStart, head).every((p, k) => p === POS.ADJ || tokens.lower[np.tokenStart + k] === 'junta')) {
      const owner = this.resolvePhrase(np.possessor, date);
      if (owner && /^[A-Z]{3}$/.test(owner.code) && !international(owner.code)) return { code: `${owner.code}GOV`, start: np.start, end: np.end };
    }
    // So are those "of" or "at" it: "the board of the International Atomic Energy Agency", "judges at
    // the International Criminal Court".
    const ofBody = this.ofPhrase.get(phraseIndex) ?? this.inPhrase.get(phraseIndex);
    if (ofBody !== undefined && (tokens.pos[head] === POS.NOUN || (tokens.pos[head] === POS.PROPN && tokens.flags[head]! & TokenFlag.SentenceStart)) && BODY_NOUNS.has(bodyWord)) {
      const owner = this.resolvePhrase(ofBody, date);
      if (owner && international(owner.code)) return { code: owner.code, start: np.start, end: doc.layers.nounPhrases![ofBody]!.end };
    }
    // "the southern African country": a country a region's words describe is the nearest one named
    // before that lies in the region.
    if (COUNTRY_NOUNS.has(tokens.lower[head]!) && tokens.lower[np.tokenStart] === 'the' && head === np.tokenEnd - 1) {
      const country = this.countryOfRegion(np, date);
      if (country !== null) return { code: country, start: np.start, end: np.end };
    }
    const shared = this.sharedHead(np, date);
    if (shared) return shared;
    // "Kenya's opposition CORD coalition": so is a body the dictionaries do not know whose name stands
    // before its common noun.
    const named = head > np.tokenStart ? this.nameAtToken[head - 1]! : -1;
    if (named >= 0 && names[named]!.type === 'org' && names[named]!.actor === null && names[named]!.tokenEnd === head && tokens.pos[head] === POS.NOUN) {
      const country = this.countryBefore(np, names[named]!.tokenStart, date, true);
      if (country) return { code: `${country}${this.sectorWithin(np.tokenStart, names[named]!.tokenStart) ?? this.agentSector(np) ?? ''}`, start: np.start, end: np.end };
    }
    // "impounded a cargo plane at Harare airport": a capital that names a place in it is that place,
    // in its country, not the government seated there.
    if (named >= 0 && names[named]!.tokenEnd === head && tokens.pos[head] === POS.NOUN && FACILITIES.has(tokens.lower[head]!) && names[named]!.actor !== null && this.index.dictionary.actors[names[named]!.actor!]!.type === 'capital' && names[named]!.country !== null) {
      return { code: names[named]!.country!.slice(0, 3), start: np.start, end: np.end, place: true };
    }
    const nameIndex = this.nameAtToken[head]!;
    if (nameIndex >= 0) {
      const name = names[nameIndex]!;
      // "U.N. Syria envoy Staffan de Mistura": a person the dictionaries do not know speaks for the
      // body named in their title.
      if (name.type === 'person' && name.actor === null) {
        // (Unless a state's possessive owns the title: "Kenya's U.N. ambassador Martin Kimani" is Kenya's envoy.)
        if (np.possessor !== null && tokens.lemma.slice(np.tokenStart, name.tokenStart).some((w) => ENVOY_NOUNS.has(w!))) {
          const owner = this.resolvePhrase(np.possessor, date);
          if (owner && /^[A-Z]{3}$/.test(owner.code) && !international(owner.code)) return { code: `${owner.code}GOV`, start: np.start, end: name.end };
        }
        for (let k = np.tokenStart; k < name.tokenStart; k++) {
          const n = this.nameAtToken[k]!;
          const body = n >= 0 && names[n]!.type === 'org' ? this.nameCode(n, date) : null;
          if (body) return { code: body, start: np.start, end: name.end };
        }
        // "Argentine Economy Minister Sergio Massa", "Fiji's Prime Minister Sitiveni Rabuka": the
        // country and the title before an unknown name say who the person is.
        // With no title, the possessor's country alone: "North Korea's Kim Yo Jong" → PRK.
        const sector = this.sectorWithin(np.tokenStart, name.tokenStart);
        const country = this.countryBefore(np, name.tokenStart, date, sector !== null);
        if (country && (sector || name.role === null)) return { code: `${country}${sector ?? ''}`, start: np.start, end: name.end };
        // ("the pro-Kremlin youth group Nashi": a name right after a group's noun is the group's, of
        // whatever country the sentence gives it.)
        if (country === null && sector !== null && GROUP_HEADS.has(tokens.lower[name.tokenStart - 1]!)) return { code: `---${sector}`, start: np.start, end: name.end };
      }
      // "Albania's opposition Democratic Party": a party or body the dictionaries do not know is of
      // the country its possessor or a demonym names, in the sector its modifiers give.
      if (name.type === 'org' && name.actor === null) {
        const country = this.countryBefore(np, name.tokenStart, date, true);
        if (country) return { code: `${country}${this.sectorWithin(np.tokenStart, name.tokenStart) ?? this.agentSector(np) ?? ''}`, start: np.start, end: name.end };
      }
      // "U.N. envoy Lakhdar Brahimi": a person titled by an international body acts for it, whatever
      // office they held at home.
      // (Or a mediator's: "Chief ECOWAS mediator Abdulsalami Abubakar"; or its chair's: "OSCE chairman Kanat Saudabayev".)
      if (name.type === 'person' && name.tokenStart > np.tokenStart && (this.sectorWithin(np.tokenStart, name.tokenStart) !== null || tokens.lower.slice(np.tokenStart, name.tokenStart).some((w) => MEDIATOR_TITLES.has(w!) || CHAIRS.has(w!)))) {
        for (let k = np.tokenStart; k < name.tokenStart; k++) {
          const n = this.nameAtToken[k]!;
          const body = n >= 0 && names[n]!.type !== 'person' ? this.nameCode(n, date) : null;
          if (body && international(body)) return { code: body, start: np.start, end: name.end };
        }
        // (So does one a body's possessive titles: "the OSCE's special envoy Franz Vranitzky".)
        const owner = np.possessor !== null ? this.resolvePhrase(np.possessor, date) : null;
        if (owner && international(owner.code)) return { code: owner.code, start: np.start, end: name.end };
      }
      // "An Australian-led peacekeeping force": a multinational force a country leads is its forces.
      // (A force, not a named body: "the Russian-led Collective Security Treaty Organisation".)
      if (name.type === 'org' && this.nameCode(nameIndex, date) === 'IGOPKO') {
        const leader = this.leaderBefore(np.tokenStart, name.tokenStart);
        if (leader !== null) return { code: `${leader}MIL`, start: np.start, end: name.end };
      }
      let code = this.nameCode(nameIndex, date);
      // "Jordan's King Abdullah": the possessor's country over a namesake's from elsewhere.
      if (code && np.possessor !== null && name.type === 'person') {
        const owner = this.resolvePhrase(np.possessor, date);
        if (owner && /^[A-Z]{3}$/.test(owner.code) && !code.startsWith(owner.code) && !international(code)) code = `${owner.code}${code.slice(3)}`;
      }
      // "Kenya's National Intelligence Service", "the country's National Security Council": a
      // state's own body that shares its name with another state's, or ends in an international
      // body's, is the possessor's.
      if (code && np.possessor !== null && name.type === 'org' && name.tokenEnd === np.tokenEnd) {
        const owner = this.resolvePhrase(np.possessor, date);
        const longer = name.tokenStart > np.tokenStart && tokens.flags[name.tokenStart - 1]! & TokenFlag.Capitalized && tokens.pos[name.tokenStart - 1] !== POS.PART;
        if (owner && /^[A-Z]{3}$/.test(owner.code) && !code.startsWith(owner.code)) {
          if (!international(code) && /^[A-Z]{3}[A-Z]{3}/.test(code)) code = `${owner.code}${code.slice(3)}`;
          else if (international(code) && longer) code = `${owner.code}${this.agentSector(np) ?? 'GOV'}`;
        }
      }
      // "Bree Prime Minister Romendacil": a name coded by country alone takes the sector of its title.
      if (code && /^[A-Z]{3}$/.test(code) && name.tokenStart > np.tokenStart) code += this.sectorWithin(np.tokenStart, name.tokenStart) ?? '';
      if (code) return { code, start: name.extent.start < np.start ? np.start : name.extent.start, end: name.end };
    }
    // A pronoun or "the group": the name it was linked to; not "the government of Brazil", which names its own.
    // (Nor "the government in Bishkek", seated in a named capital; "talks with the government in
    // Thailand" are held there.)
    const seated = this.seatedIn(np, date);
    if (seated !== null) return seated;
    const linked = this.phraseLink.get(phraseIndex);
    if (linked !== undefined && !this.ofPhrase.has(phraseIndex) && np.possessor === null) {
      let code = this.nameCode(linked, date);
      // "Honduran activist Berta Caceres … gunned her down": an unknown name's own phrase may give its country.
      // (So may a body's title before a known name: "U.N. envoy Espen Barth Eide said he …" speaks for the U.N.)
      if (code?.startsWith('---') || (code && !international(code) && this.bodyTitleBefore(names[linked]!.tokenStart))) {
        const last = names[linked]!.tokenEnd - 1;
        const own = phraseIndexAround(this.doc.layers.nounPhrases!, last, last + 1);
        const described = own >= 0 && own !== phraseIndex ? this.resolvePhrase(own, date) : null;
        if (described && !described.code.startsWith('---') && (code!.startsWith('---') || international(described.code))) code = described.code;
      }
      // ("John Ging, a UNRWA official,": a role that names its body is read from the phrase itself, below.)
      let ownBody = false;
      for (let k = np.tokenStart; k < head && code?.startsWith('---'); k++) if (this.nameAtToken[k]! >= 0 && names[this.nameAtToken[k]!]!.type !== 'person') ownBody = true;
      if (code && !ownBody) return { code, start: np.start, end: np.end };
    }
    if (tokens.pos[head] === POS.PRON) return null;
    // "seized control of the city of Kunduz": a place noun's "of" phrase names the place.
    const placeOf = this.ofPhrase.get(phraseIndex);
    if (placeOf !== undefined && tokens.pos[head] === POS.NOUN && PLACE_NOUNS.has(tokens.lemma[head]!) && np.possessor === null) {
      const place = this.resolvePhrase(placeOf, date);
      const country = place ? countryOf(place.code) : null;
      // (A capital named as a place is its country: "the city of Kabul".)
      if (place && country && (/^[A-Z]{3}$/.test(place.code) || this.isPlace(placeOf))) return { code: country, start: np.start, end: place.end, place: true };
    }
    // "the country's bishops", "suspended aid to the country": "the country" is the one named last before it.
    // ("told Pakistani leaders in Islamabad that the kingdom would invest": "the kingdom" is the kingdom named last.)
    if ((tokens.lower[head] === 'country' || tokens.lower[head] === 'nation' || tokens.lower[head] === 'kingdom') && tokens.lower[np.tokenStart] === 'the' && head === np.tokenStart + 1) {
      const kingdom = tokens.lower[head] === 'kingdom';
      for (let n = names.length - 1; n >= 0; n--) {
        const name = names[n]!;
        // (Not a demonym that names a border, whose country is the other side's: "let food stockpiled on the Colombian border into the country".)
        if (name.tokenEnd > np.tokenStart || BORDER_WORDS.has(tokens.lower[name.tokenEnd]!)) continue;
        const country = name.type !== 'person' ? name.country : null;
        if (country && /^[A-Z]{3}$/.test(country) && (!kingdom || KINGDOMS.has(country))) return { code: country, start: np.start, end: np.end };
      }
    }
    // "Nazarbayev said his country was ready to host talks": a possessive pronoun's country, acting, is its owner's.
    // (Not one acted on or owning something, which the act's own rules place: "take his country out of the U.N.".)
    if ((tokens.lower[head] === 'country' || tokens.lower[head] === 'nation') && head === np.tokenStart + 1 && POSSESSIVE_OWNERS.has(tokens.lower[np.tokenStart]!) && !(tokens.flags[head]! & TokenFlag.Possessive) && tokens.lower[np.tokenEnd] !== "'s" && (doc.layers.verbGroups ?? []).some((g) => g.subject === phraseIndex && g.voice === 'active')) {
      const owner = this.ownerCountry(np, POSSESSIVE_OWNERS.get(tokens.lower[np.tokenStart]!)!, date);
      if (owner !== null && /^[A-Z]{3}$/.test(owner)) return { code: owner, start: np.start, end: np.end };
    }
    // An agent noun ("police", "security forces"), with the country or body named before it.
    let sector = this.agentSector(np);
    // "Lawyers' associations across Pakistan", "the workers' union": a body of people of a kind is of their sector.
    if (sector === null && np.possessor !== null && ASSOCIATION_NOUNS.has(tokens.lemma[head]!)) sector = this.agentSector(doc.layers.nounPhrases![np.possessor]!);
    // "an army air strike", "a government poison gas attack": a strike is the doing of whoever its words before name.
    // So is a body's leadership: "Libya's rebel leadership", "the army command".
    // So is a court's ruling: "Hague tribunal ruling".
    if (sector === null && (STRIKE_NOUNS.has(tokens.lemma[head]!) || LEADERSHIP_NOUNS.has(tokens.lemma[head]!) || RULING_NOUNS.has(tokens.lemma[head]!))) {
      for (let k = np.tokenStart; k < head && sector === null; k++) if (tokens.pos[k] === POS.NOUN || tokens.pos[k] === POS.ADJ) sector = agentEndingAt(this.index, tokens, k, 1);
    }
    // "Thousands marched in Bangkok", "Tens of thousands rallied": a crowd counted with no noun is people.
    // (Not the dead of a disaster: "Cyclone Sidr batters Bangladesh coast, hundreds feared dead".)
    if (sector === null && CROWD_COUNTS.has(tokens.lower[head]!) && !this.ofPhrase.has(phraseIndex) && np.possessor === null && (head === np.tokenStart || tokens.pos[np.tokenStart] === POS.ADV) && !this.disasterIn(np.sentence)) sector = 'CVL';
    // Armour and warcraft act only as a verb's subject: "tanks shelled parliament"; not "sent tanks",
    // "fought with tanks".
    if (sector !== null && CRAFT.has(tokens.lower[head]!) && !this.subjects().has(phraseIndex)) sector = null;
    // "former ministers": CAMEO codes a former office-holder as elite (ELI).
    if (sector && tokens.lower.slice(np.tokenStart, np.head).some((w) => w === 'former' || w === 'ex' || w!.startsWith('ex-'))) sector = 'ELI';
    // "a ruling by an international tribunal in The Hague": an international court is no one state's,
    // wherever it sits.
    // (So is the Hague tribunal: "extradites Mladic to Hague war crimes tribunal"; not "a Bangladeshi war crimes tribunal".)
    const modifiers = tokens.lower.slice(np.tokenStart, np.head);
    if (sector === 'JUD' && np.possessor === null && (modifiers.includes('international') || modifiers.includes('hague'))) return { code: 'IGOJUD', start: np.start, end: np.end };
    // "an international boundary commission", "international inspectors": a body or mission of no
    // named state, called international, is an international one.
    // (Not observers who only report: "a run-off that international observers said was marred by fraud".)
    if (np.possessor === null && modifiers.includes('international') && INTERNATIONAL_BODIES.has(tokens.lemma[head]!) && !tokens.pos.slice(np.tokenStart, head).includes(POS.PROPN) && !SPEECH_VERBS.has(tokens.lemma[np.tokenEnd] ?? '')) return { code: 'IGO', start: np.start, end: np.end };
    if (sector) {
      // "gunmen believed to belong to Boko Haram", "militias loyal to the Taliban": armed men serve the group.
      if (ARMED_SECTORS.has(sector)) {
        const group = this.allegiance(np, sector, date);
        if (group) return group;
      }
      let prefix = '---';
      // "Arnor's foreign minister": the possessor names the country.
      const possessor = np.possessor ?? this.sharedOwner.get(phraseIndex) ?? null;
      if (possessor !== null) {
        const owner = this.resolvePhrase(possessor, date);
        if (owner) prefix = owner.code.slice(0, 3);
      }
      // "Raul Castro said his government was ready": a possessive pronoun's owner, the nearest name before of its kind.
      if (prefix === '---' && POSSESSIVE_OWNERS.has(tokens.lower[np.tokenStart]!)) {
        const owner = this.ownerCountry(np, POSSESSIVE_OWNERS.get(tokens.lower[np.tokenStart]!)!, date);
        if (owner !== null && international(owner)) return { code: owner, start: np.start, end: np.end };
        prefix = owner ?? prefix;
      }
      // "ordered diplomats from Argentina to leave": envoys and officials are of the country they come from.
      // (Not troops, who may be leaving it: "withdrew troops from Iraq".)
      if (prefix === '---' && tokens.lower[np.tokenEnd] === 'from' && ENVOY_NOUNS.has(tokens.lemma[np.head]!)) {
        const from = this.doc.layers.nounPhrases!.findIndex((p) => p.tokenStart === np.tokenEnd + 1);
        const origin = from >= 0 ? this.resolve(from, date) : null;
        if (origin && countryOf(origin.code) !== null) prefix = countryOf(origin.code)!;
      }
      // (Not one a nationality shared through a list names: "French troops and gendarmes in Kigali".)
      if (prefix === '---') prefix = this.sharedCountry.get(phraseIndex) ?? prefix;
      // "the president of Armenia", "opposition groups in Zimbabwe": the country in an "of" or "in" phrase.
      if (prefix === '---') {
        for (const place of [this.ofPhrase.get(phraseIndex), this.inPhrase.get(phraseIndex)]) {
          if (place === undefined) continue;
          const owner = this.resolve(place, date) ?? this.ownCountry(place, date);
          // "officials of the United Nations": an international body's people are the body; so is
          // whoever speaks for a body ("a spokesman for the Pakistani Taliban").
          const speaks = SPOKESPEOPLE.has(tokens.lemma[np.head]!) && owner !== null && owner.code.length > 3;
          // (Not when a nationality says whose they are: "the first Australian troops of a U.N.-mandated peacekeeping force".)
          if (owner && place === this.ofPhrase.get(phraseIndex) && (international(owner.code) || speaks) && !this.nationalityIn(np)) return { code: owner.code, start: np.start, end: doc.layers.nounPhrases![place]!.end };
          // "militants from the Kurdistan Workers' Party", "a delegation from ECOWAS": people from a
          // named organisation act for it.
          const from = doc.layers.nounPhrases![place]!;
          if (owner && tokens.lower[from.tokenStart - 1] === 'from' && owner.code.length > 3 && this.namesOrg(from)) return { code: owner.code, start: np.start, end: from.end };
          if (owner && countryOf(owner.code) !== null) {
            prefix = owner.code.slice(0, 3);
            break;
          }
        }
      }
      for (let k = np.tokenStart; k < np.head; k++) {
        const n = this.nameAtToken[k]!;
        // "ethnic Albanian guerrillas": a people named as such is no state's; nor is the backer of
        // "Lebanon's Western-backed coalition".
        if (n < 0 || tokens.lower[k - 1] === 'ethnic') continue;
        const name = names[n]!;
        if (tokens.lower[name.tokenEnd] === '-' && detached(tokens.lower[name.tokenEnd + 1]!, tokens.lemma[head]!)) {
          const backer = tokens.lower[name.tokenEnd + 1] === 'backed' && INSTRUMENTS.has(tokens.lemma[head]!) ? this.nameCode(n, date) : null;
          if (backer && international(backer)) return { code: backer, start: np.start, end: np.end };
          continue;
        }
        const code = this.nameCode(n, date);
        // (A state's envoy to a body is the state's: "Russia's U.N. ambassador".)
        if (name.type === 'org' && code && international(code) && np.possessor !== null && prefix !== '---' && ENVOY_NOUNS.has(tokens.lemma[head]!)) continue;
        if (name.type === 'org' && code) return { code, start: np.start, end: np.end };
        if (name.country) prefix = name.country;
        else if (code) prefix = code.slice(0, 3);
      }
      if (prefix === '---') prefix = this.sharedCountry.get(phraseIndex) ?? prefix;
      return { code: `${prefix}${sector}`, start: np.start, end: np.end };
    }
    // "the attorney general's office", "Biden's team": a bureau acts for its owner.
    if (np.possessor !== null && BUREAUS.has(tokens.lemma[head]!)) {
      const owner = this.resolvePhrase(np.possessor, date);
      if (owner) return { ...owner, start: np.start, end: np.end };
    }
    // "the 22 member states of NATO and the Warsaw Pact": an international body's members act for it.
    if ((tokens.lemma[head] === 'member' || tokens.lower[head] === 'members' || (tokens.lemma[head] === 'state' && tokens.lower[head - 1] === 'member')) && np.possessor === null && this.ofPhrase.has(phraseIndex)) {
      const owner = this.resolvePhrase(this.ofPhrase.get(phraseIndex)!, date);
      if (owner && international(owner.code)) return { ...owner, start: np.start, end: np.end };
    }
    // (So do its possessive's: "NATO's 29 members signed".)
    if (np.possessor !== null && (tokens.lemma[head] === 'member' || tokens.lower[head] === 'members')) {
      const owner = this.resolvePhrase(np.possessor, date);
      if (owner && international(owner.code)) return { ...owner, start: np.start, end: np.end };
    }
    // (So are those "its" or "their" names: "the Qassam Brigades said one of its members had carried out the bombing".)
    if ((tokens.lemma[head] === 'member' || tokens.lower[head] === 'members') && head === np.tokenStart + 1 && POSSESSIVE_OWNERS.has(tokens.lower[np.tokenStart]!)) {
      const owner = this.ownerCountry(np, POSSESSIVE_OWNERS.get(tokens.lower[np.tokenStart]!)!, date);
      if (owner !== null) return { code: owner, start: np.start, end: np.end };
    }
    // "Russia's planes bombed Aleppo": a country's warcraft that act are its forces.
    if (np.possessor !== null && WARCRAFT.has(tokens.lower[head]!) && this.subjects().has(phraseIndex)) {
      const owner = this.resolvePhrase(np.possessor, date);
      if (owner && /^[A-Z]{3}$/.test(owner.code)) return { code: `${owner.code}MIL`, start: np.start, end: np.end };
    }
    // "Iraq's top Shi'ite cleric urged": a state's person a title names but no agent codes is of
    // the state, as "an Iraqi cleric" is.
    // (Not a group a name between them owns: "Afghanistan's Taliban leader" is the Taliban's.)
    // (A faith between them names no group: "Iraq's top Shi'ite cleric".)
    if (np.possessor !== null && TITLES.has(tokens.lemma[head]!) && this.subjects().has(phraseIndex) && !this.nameAtToken.slice(np.tokenStart, head).some((n) => n >= 0 && names[n]!.type !== 'group')) {
      const owner = this.resolvePhrase(np.possessor, date);
      if (owner && /^[A-Z]{3}$/.test(owner.code)) return { code: owner.code, start: np.start, end: np.end };
    }
    // (So are those "its" or "their" names: "Yemen's Houthi movement said its drones struck two Saudi oil facilities".)
    if (WARCRAFT.has(tokens.lower[head]!) && POSSESSIVE_OWNERS.has(tokens.lower[np.tokenStart]!) && this.subjects().has(phraseIndex)) {
      const owner = this.ownerCountry(np, POSSESSIVE_OWNERS.get(tokens.lower[np.tokenStart]!)!, date);
      if (owner !== null && /^[A-Z]{3}$/.test(owner)) return { code: `${owner}MIL`, start: np.start, end: np.end };
    }
    // A name anywhere else in the phrase ("the Hamas movement"), but not one that only places or
    // backs it ("the U.S.-based cleric", "Iranian-backed militias").
    for (let k = np.tokenEnd - 1; k >= np.tokenStart; k--) {
      const n = this.nameAtToken[k]!;
      if (n < 0) continue;
      const after = names[n]!.tokenEnd;
      if (tokens.lower[after] === '-' && detached(tokens.lower[after + 1]!, tokens.lemma[head]!)) {
        // (Except the instruments an international body sets up and backs, which act for it: "a
        // U.N.-backed court convicted Taylor", "delivered by the U.N.-backed COVAX facility".)
        const code = tokens.lower[after + 1] === 'backed' && INSTRUMENTS.has(tokens.lemma[head]!) ? this.nameCode(n, date) : null;
        if (code && international(code)) return { code, start: np.start, end: np.end };
        continue;
      }
      const code = this.nameCode(n, date);
      if (code) return { code, start: np.start, end: np.end };
    }
    // "the pro-Iranian Hizbollah (Party of God) group": the name before the parenthetical.
    if (tokens.lower[np.tokenStart - 1] === ')' && tokens.pos[head] === POS.NOUN) {
      let k = np.tokenStart - 2;
      while (k > 0 && tokens.lower[k] !== '(' && tokens.sentence[k] === np.sentence) k--;
      const n = tokens.lower[k] === '(' ? this.nameAtToken[k - 1]! : -1;
      const code = n >= 0 ? this.nameCode(n, date) : null;
      if (code) return { code, start: names[n]!.start, end: np.end };
    }
    return null;
  }

  /** The code of a name: its dictionary actor, else what it links to, else its country and role. */
  /**
   * The country a phrase gives a name it does not know, from before the name: the last place or
   * demonym among its modifiers (when `modifiers`), else its possessor's country.
   */
  private countryBefore(np: NounPhrase, nameStart: number, date: string | null, modifiers: boolean): string | null {
    const names = this.doc.layers.names ?? [];
    let country: string | null = null;
    for (let k = np.tokenStart; k < nameStart && modifiers; k++) {
      const n = this.nameAtToken[k]!;
      if (n >= 0 && names[n]!.type !== 'person' && names[n]!.country) country = names[n]!.country;
    }
    if (country === null && np.possessor !== null) {
      const owner = this.resolvePhrase(np.possessor, date);
      if (owner) country = countryOf(owner.code);
    }
    return country;
  }

  /** The country a nationality before "town of" gives a place: "the Mozambican town of Palma" → MOZ. */
  private townOf(name: NonNullable<Doc['layers']['names']>[number]): string | null {
    const tokens = this.doc.layers.tokens!;
    const k = name.tokenStart;
    if (k < 3 || tokens.lower[k - 1] !== 'of' || !TOWN_NOUNS.has(tokens.lower[k - 2]!)) return null;
    const names = this.doc.layers.names ?? [];
    const nationality = names.find((n) => n.sentence === name.sentence && n.tokenEnd === k - 2 && n.type === 'group' && n.country !== null);
    return nationality && nationality.country !== name.country ? nationality.country : null;
  }

  nameCode(nameIndex: number, date: string | null, depth = 0): string | null {
    const names = this.doc.layers.names ?? [];
    const name = names[nameIndex]!;
    if (name.actor !== null) {
      const actor = this.index.dictionary.actors[name.actor];
      if (actor) {
        const code = codeOn(actor.codes, date);
        if (code) return code;
        // Before any code of theirs holds: the title the text gives them, else their country; a
        // person the dictionaries know is one of its elite (ELI), not the state itself ("South
        // Africa frees Nelson Mandela" in 1990 is done to ZAFELI, not by ZAF to ZAF).
        const sector = name.role !== null ? (this.index.agents.get(name.role) ?? ROLE_SECTORS[name.role]) : undefined;
        const country = actor.country ?? name.country;
        if (country && /^[A-Z]{3}$/.test(country)) return `${country}${sector ?? (actor.type === 'person' ? 'ELI' : '')}`;
      }
    }
    const linked = this.nameLink.get(nameIndex);
    if (linked !== undefined && depth < 8) {
      const code = this.nameCode(linked, date, depth + 1);
      if (code) return code;
    }
    // A city or region named as an actor or a place is its country: an attack on Karachi targets PAK.
    // (Unless a nationality says whose town it is: "the northern Mozambican town of Palma".)
    if (name.type === 'place' && name.place !== null && name.country !== null) return this.townOf(name) ?? name.country;
    // "President Bush" in 2003: of the people who bear the surname, the one in office on the date.
    if (name.type === 'person' && name.actor === null && date !== null) {
      const tokens = this.doc.layers.tokens!;
      const actors = this.index.dictionary.actors;
      let bearers = (this.index.surnames.get(surnameKey(tokens.lower[name.tokenEnd - 1]!)) ?? []).filter((a) => inForce(actors[a]!.codes, date));
      // A full name is only someone who bears its given name too: "Shamshad Ahmad" is not "Sultan
      // Hashim Ahmad". (Its country then comes from the sentence when it names one ("his Pakistani
      // counterpart"), else from the bearers: "Keiko Fujimori" is still Peruvian.)
      // (Past a title the name took in: "Justice Iftikhar Chaudhry" is no Mahendra Chaudhry.)
      let first = name.tokenStart;
      while (first < name.tokenEnd - 1 && TITLES.has(tokens.lower[first]!)) first++;
      const given = name.tokenEnd - first > 1 && tokens.lower[first]!.length > 2 && !tokens.lower[first]!.endsWith('.') ? tokens.lower[first]! : null;
      const namesakes = given !== null ? bearers.filter((a) => [actors[a]!.name, ...actors[a]!.names].some((n) => n.toLowerCase().split(/[\s-]+/).includes(given))) : bearers;
      if (namesakes.length === 0 && bearers.length > 0) {
        // (A country named just before the name, in its phrase, says whose it is.)
        // (Or a country of another the sentence names, and none of theirs: "Bahraini
        // authorities released opposition leader Ibrahim Sharif" is no Pakistani Sharif.)
        // (Or after it: "candidate Luisa Gonzalez accused President Daniel Noboa of fraud in Ecuador" is
        // no Spanish Gonzalez.)
        const others = (this.doc.layers.names ?? []).filter((n) => n !== name && n.country !== null && n.sentence === name.sentence);
        const theirs = (n: (typeof others)[number]): boolean => bearers.some((a) => codeOn(actors[a]!.codes, date)!.startsWith(n.country!));
        const placed = others.some((n) => n.tokenEnd <= name.tokenStart && n.tokenEnd >= name.tokenStart - 3) || (others.length > 0 && !others.some(theirs));
        // (Only a given name and the surname: "Justice Iftikhar Chaudhry" says nothing of Fiji.)
        if (name.country !== null || placed || name.tokenEnd - first > 2) bearers = [];
        else {
          const countries = new Set(bearers.map((a) => codeOn(actors[a]!.codes, date)!.slice(0, 3)));
          const [only] = countries;
          if (countries.size === 1 && /^[A-Z]{3}$/.test(only!) && !international(only!)) return only!;
          bearers = [];
        }
      } else bearers = namesakes;
      // With a title, the one whose code then fits it ("President Bush": GOV, not a former president's ELI).
      const sector = name.role !== null ? (this.index.agents.get(name.role) ?? ROLE_SECTORS[name.role]) : undefined;
      if (bearers.length > 1 && sector) bearers = bearers.filter((a) => codeOn(actors[a]!.codes, date)!.endsWith(sector));
      // Without one, the one then in office, not a former leader ("Bush demands …" in 2001 is the son).
      else if (bearers.length > 1) {
        // (Several serving leave the former ones out: "Trump and Kim shake hands" in 2018 is North Korea's Kim.)
        const serving = bearers.filter((a) => !codeOn(actors[a]!.codes, date)!.endsWith('ELI'));
        if (serving.length >= 1) bearers = serving;
      }
      // Else those of a country the sentence names ("Trump and Kim meet in first U.S.-North Korea summit"),
      // serving first.
      if (bearers.length > 1) {
        const named = new Set((this.doc.layers.names ?? []).filter((n) => n.sentence === name.sentence && n !== name && n.country !== null).map((n) => n.country));
        const ofNamed = bearers.filter((a) => named.has(codeOn(actors[a]!.codes, date)!.slice(0, 3)));
        const serving = ofNamed.filter((a) => !codeOn(actors[a]!.codes, date)!.endsWith('ELI'));
        if (serving.length > 0) bearers = serving;
        else if (ofNamed.length > 0) bearers = ofNamed;
      }
      // Else the one who then heads a state or government, where only one does.
      if (bearers.length > 1) {
        const heads = bearers.filter((a) => actors[a]!.roles.some((r) => HEAD_ROLES.has(r.role) && (r.from === null || r.from <= date) && (r.to === null || date <= r.to)));
        if (heads.length === 1) bearers = heads;
      }
      if (bearers.length === 1) return codeOn(actors[bearers[0]!]!.codes, date);
      // Several then in office, all of one country, are at least of that country ("Sharif" in 2015:
      // the prime minister, his brother the chief minister, the army chief).
      const countries = new Set(bearers.map((a) => codeOn(actors[a]!.codes, date)!.slice(0, 3)));
      if (bearers.length > 1 && countries.size === 1 && /^[A-Z]{3}$/.test([...countries][0]!) && !international([...countries][0]!)) return [...countries][0]!;
    }
    if (name.role !== null) {
      const sector = this.index.agents.get(name.role) ?? ROLE_SECTORS[name.role];
      if (sector) return `${name.country ?? '---'}${sector}`;
    }
    // A body the dictionaries do not know but whose name gives its country ("the Latvian
    // Constitutional Court", "Nigerian Union of Teachers"): the country, with the sector of an agent noun in its name.
    // So is a people named with its country ("Iraqi Kurds").
    if ((name.type === 'org' || name.type === 'group') && name.country !== null) return `${name.country}${this.sectorWithin(name.tokenStart, name.tokenEnd) ?? ''}`;
    return null;
  }

  /** The sector of the last agent noun between two tokens ("Court" → JUD, "Security Forces" → COP), or null. */
  private sectorWithin(from: number, to: number): string | null {
    const tokens = this.doc.layers.tokens!;
    for (let k = to - 1; k >= from; k--) {
      const sector = agentEndingAt(this.index, tokens, k, Math.min(this.index.agentWords, k - from + 1));
      if (sector) return sector;
    }
    return null;
  }

  /**
   * "US and British activists", "French and Egyptian warships": a bare country or nationality
   * conjoined with a nationality and an agent noun shares that noun.
   */
  private sharedHead(np: NounPhrase, date: string | null): ResolvedActor | null {
    if (np.conjuncts.length === 0) return null;
    const nounPhrases = this.doc.layers.nounPhrases!;
    const tokens = this.doc.layers.tokens!;
    const names = this.doc.layers.names ?? [];
    const last = nounPhrases[Math.max(...np.conjuncts)]!;
    if (last.tokenStart < np.tokenEnd || tokens.pos[last.head] !== POS.NOUN) return null;
    const own = this.nameAtToken[np.head]!;
    const lead = this.nameAtToken[last.tokenStart]!;
    if (own < 0 || lead < 0 || names[lead]!.type !== 'group') return null;
    // The phrase is the name and nothing else.
    const name = names[own]!;
    if (name.type !== 'place' && name.type !== 'group') return null;
    if (name.tokenStart > np.tokenStart + (tokens.pos[np.tokenStart] === POS.DET ? 1 : 0) || name.tokenEnd < np.tokenEnd) return null;
    const sector = this.agentSector(last);
    const code = this.nameCode(own, date);
    if (!sector || !code || countryOf(code) === null) return null;
    return { code: `${name.country ?? code.slice(0, 3)}${sector}`, start: np.start, end: np.end };
  }

  /** The sector code of the agent noun a phrase ends in ("riot police" → COP), or null. */
  /** The country a "-led" modifier between tokens `from` and `to` names ("Australian-led"), or null. */
  private leaderBefore(from: number, to: number): string | null {
    const { lower } = this.doc.layers.tokens!;
    for (let k = from + 2; k < to; k++) {
      if (lower[k] !== 'led' || lower[k - 1] !== '-') continue;
      const n = this.nameAtToken[k - 2]!;
      const country = n >= 0 ? this.doc.layers.names![n]!.country : null;
      if (country && /^[A-Z]{3}$/.test(country)) return country;
    }
    return null;
  }

  agentSector(np: NounPhrase): string | null {
    // Longest agent noun ending at the head: "riot police", "security forces", "police".
    return agentEndingAt(this.index, this.doc.layers.tokens!, np.head, Math.min(this.index.agentWords, np.head - np.tokenStart + 1));
  }
}

/** The record form of a resolved actor. */
export function eventActor(text: string, actor: ResolvedActor, date: string | null = null): EventActor {
  const { country, sector } = splitCode(actor.code);
  // Serbia and Montenegro were Yugoslavia's until 2003, and ISO 3166 gave them no codes of their
  // own: "Serbian police arrested Milosevic" in 2001 is Yugoslavia's police.
  const federal = country !== null && YUGOSLAV_REPUBLICS.has(country) && date !== null && date < YUGOSLAVIA_ENDS;
  // East Timor was ruled by Indonesia until its 1999 vote; what happened there before it is told as Indonesia's.
  const annexed = (country === 'TMP' || country === 'TLS') && date !== null && date < EAST_TIMOR_VOTE;
  // So was Eritrea Ethiopia's until its liberation front took Asmara: "Eritrean guerrillas overran garrisons" in 1990 fought in Ethiopia.
  const ethiopian = country === 'ERI' && date !== null && date < ERITREA_FREED;
  // A territory named as a place, with no government of its own in foreign affairs, is its
  // sovereign's: "threatens to fire missiles into waters off Guam" is aimed at the United States.
  const sovereign = actor.code.length === 3 ? TERRITORIES.get(actor.code) : undefined;
  return { text: text.slice(actor.start, actor.end), span: { start: actor.start, end: actor.end }, code: actor.code, country: actor.operatesIn ?? (federal ? 'YUG' : annexed ? 'IDN' : ethiopian ? 'ETH' : sovereign ?? ((country && ISO_OF_CAMEO.get(country)) ?? country)), sector };
}

/** Nouns for a group's fighters, whose fight places them. */
const FIGHTER_NOUNS = new Set(['rebel', 'rebels', 'guerrilla', 'guerrillas', 'insurgent', 'insurgents', 'separatist', 'separatists', 'militia', 'militias', 'militiaman', 'militiamen', 'militant', 'militants', 'fighter', 'fighters', 'jihadist', 'jihadists']);

/** Bodies and missions that, called international, are an international body's. */
// (Not a force, whose troops go where it is sent: "contribute troops to an international force in Gaza".)
const INTERNATIONAL_BODIES = new Set(['commission', 'panel', 'tribunal', 'mission', 'monitor', 'observer', 'inspector', 'mediator', 'arbitrator']);

/** What sides hold with one another somewhere. */
const TALKS_NOUNS = new Set(['talks', 'negotiations', 'meeting', 'meetings', 'dialogue', 'consultations', 'discussions']);

/** Who rule from a seat: "the government in Bishkek", "the junta in Niamey". */
const SEATED_RULERS = new Set(['government', 'regime', 'authority', 'authorities', 'junta', 'leadership', 'administration', 'ruler', 'rulers']);

/** The roles of those who head a state or a government. */
const HEAD_ROLES = new Set(['president', 'prime minister', 'supreme leader', 'king', 'queen', 'emir', 'sultan', 'chancellor', 'premier', 'head of state']);

/** Unincorporated territories and their sovereigns. */
const TERRITORIES = new Map([['GUM', 'USA'], ['ASM', 'USA'], ['MNP', 'USA'], ['VIR', 'USA'], ['UMI', 'USA']]);

/** The republics that stayed in Yugoslavia until it became Serbia and Montenegro (2003-02-04). */
const YUGOSLAV_REPUBLICS = new Set(['SRB', 'MNE']);
const YUGOSLAVIA_ENDS = '2003-02-04';
const EAST_TIMOR_VOTE = '1999-08-30';
const ERITREA_FREED = '1991-05-24';

/** Titles of those who mediate for a body, which has no sector of its own: "ECOWAS mediator". */
const MEDIATOR_TITLES = new Set(['mediator', 'emissary', 'facilitator']);

/** Envoys and officials, who are of the country they come from: "diplomats from Argentina". */
export const ENVOY_NOUNS = new Set(['diplomat', 'ambassador', 'envoy', 'consul', 'delegate', 'delegation', 'official', 'emissary', 'negotiator']);

/** Those who speak or negotiate for a side, and act for it: "envoys of Sudan's army". */
const SPOKESMEN = new Set(['envoys', 'envoy', 'representatives', 'representative', 'delegates', 'delegations', 'delegation', 'negotiators', 'emissaries']);

/** Sectors of armed men, who serve the group they are said to belong to. */
const ARMED_SECTORS = new Set(['REB', 'INS', 'SEP', 'UAF', 'MIL']);

/** Words that tie armed men to a group: "militants linked to al Shabaab". */
const ALLEGIANCE = [['loyal', 'to'], ['linked', 'to'], ['tied', 'to'], ['allied', 'to'], ['allied', 'with'], ['affiliated', 'with'], ['affiliated', 'to'], ['aligned', 'with'],
  ['belonging', 'to'], ['believed', 'to', 'belong', 'to'], ['thought', 'to', 'belong', 'to'], ['suspected', 'of', 'belonging', 'to'], ['believed', 'to', 'be', 'from'], ['suspected', 'to', 'be', 'from']];

/** What a court hands down, which its words name: "a Hague tribunal ruling". */
const RULING_NOUNS = new Set(['ruling', 'verdict', 'judgment', 'judgement']);

/** Those who lead a body, and act for it: "the rebel leadership". */
const LEADERSHIP_NOUNS = new Set(['leadership', 'command', 'hierarchy']);

/** Armour and warcraft, which the agents list as forces (MIL) but which stand for them only as a verb's subject. */
const CRAFT = new Set(['tanks', 'vehicles', 'warplanes', 'jets', 'gunships', 'warships']);

/** Counts that stand for a crowd when no noun follows: "Thousands marched". */
/** States that are kingdoms, for "the kingdom" (Nepal was one until 2008). */
const KINGDOMS = new Set(['SAU', 'JOR', 'MAR', 'GBR', 'THA', 'ESP', 'NLD', 'BEL', 'SWE', 'NOR', 'DNK', 'BHR', 'KHM', 'BTN', 'LSO', 'SWZ', 'TON', 'NPL']);
/** Nouns for whoever leads a state, when a state's possessive owns them. */
const STATE_LEADERS = new Set(['leader', 'leaders', 'ruler', 'rulers', 'strongman']);
const CROWD_COUNTS = new Set(['thousands', 'hundreds', 'millions', 'dozens', 'scores']);
