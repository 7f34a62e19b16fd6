import { POS, type TokenTable } from '../language/types.js';

// Word lists and small tests the coder's rules read, kept apart so coder.ts holds only the rules.

export const ADDRESSED_ROOTS = new Set(['02', '10', '11', '12', '13']);
export const HELP_VERBS = new Set(['help', 'assist', 'support', 'protect', 'restore', 'secure', 'bolster', 'keep', 'oversee']);
export const REBEL_NOUNS = new Set(['rebel', 'militant', 'insurgent', 'separatist', 'guerrilla', 'guerilla', 'jihadist', 'islamist', 'maoist', 'fighter', 'militia', 'militiaman', 'rebels', 'militants', 'insurgents', 'separatists', 'guerrillas', 'jihadists', 'fighters', 'militias', 'militiamen', 'tribesman', 'tribesmen']);
export const EXECUTION_VERBS = new Set(['execute', 'hang', 'behead']);
export const LIKELIHOOD = new Set(['likely', 'unlikely', 'expected', 'bound']);
/** Nouns whose "of" or "from" phrase names a third party: "under the auspices of the OSCE". */
export const THIRD_PARTY_NOUNS = new Set(['auspices', 'aegis', 'pressure', 'mediation', 'presence', 'invitation', 'sponsorship', 'chairmanship', 'supervision', 'patronage', 'observation']);
/** Participles whose "by" phrase names a third party: "talks brokered by Qatar". */
export const THIRD_PARTY_PARTICIPLES = new Set(['mediated', 'brokered', 'hosted', 'sponsored', 'organised', 'organized', 'chaired', 'facilitated', 'monitored', 'supervised', 'backed']);
/** Verbs of winning or losing a match, which a score beside them makes sport. */
export const SCORE_VERBS = new Set(['beat', 'defeat', 'thrash', 'edge', 'rout', 'draw', 'lose', 'trounce', 'outclass', 'overcome']);
/** Verbs that name or describe something: "what he called a coup". */
export const NAMING_VERBS = new Set(['say', 'call', 'describe', 'term', 'claim', 'consider', 'believe', 'brand', 'dub', 'label', 'allege']);
/** Verbs for talks that are held: "talks between X and Y resumed", "… ended outside Washington". */
export const TALKS_RESUME = new Set(['resume', 'begin', 'start', 'open', 'continue', 'reopen', 'end', 'conclude', 'close', 'take place', 'centre', 'center', 'focus', 'concentrate', 'last', 'cover', 'touch', 'enter', 'run', 'drag', 'drag on', 'stretch']);
/** First-person pronouns, which in a quote are its speaker. */
export const FIRST_PERSON = new Set(['we', 'i']);
/** Verbs a protest voices its demand with. */
export const DEMAND_LEMMAS = new Set(['demand', 'call', 'urge', 'press', 'seek']);
/** Verbs whose object is what is talked about, not whom: "discussed Syria". */
export const DISCUSSING_LEMMAS = new Set(['discuss', 'debate']);
export const TOPIC_PREPOSITIONS = new Set(['on', 'about', 'over', 'regarding', 'concerning']);
export const SPEECH_NOUNS = new Set(['speech', 'address', 'interview', 'broadcast', 'message', 'remarks', 'statement']);
export const TEMPORAL_PREPOSITIONS = new Set(['after', 'before', 'since', 'until', 'during', 'amid']);
export const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'central']);

/** Pronouns with which a speaker reports their own view: "said he shared …". */
/** Verbs of goods or forces coming to a place: "tanks arrived in Ukraine", "gas began flowing to China". */
export const ARRIVAL_VERBS = new Set(['arrive', 'land', 'reach', 'flow']);

/** Natural disasters, whose deeds are no one's acts. */
export const DISASTER_NOUNS = new Set([
  'earthquake', 'quake', 'tremor', 'aftershock', 'cyclone', 'hurricane', 'typhoon', 'storm', 'tornado', 'flood', 'flooding', 'rain', 'monsoon',
  'tsunami', 'floodwaters', 'floodwater', 'landslide', 'mudslide', 'avalanche', 'drought', 'eruption', 'volcano', 'wildfire', 'bushfire', 'blizzard', 'heatwave', 'epidemic', 'outbreak',
  'famine',
]);

/** Those who report news rather than make it: "officials said", "the state news agency said". */
export const REPORTING_NOUNS = new Set(['official', 'officials', 'agency', 'source', 'sources', 'witness', 'witnesses', 'resident', 'residents', 'media', 'radio', 'television', 'report', 'reports', 'newspaper', 'police', 'authorities', 'spokesman', 'spokeswoman', 'spokesperson', 'ministry', 'rescuers',
  // (And those who watch nature: "Mount Pinatubo erupted again, Philippine volcanologists said".)
  'volcanologist', 'volcanologists', 'seismologist', 'seismologists', 'meteorologist', 'meteorologists', 'scientist', 'scientists', 'forecaster', 'forecasters', 'experts']);

/** Nouns that name a country by description: "the West African nation". */
export const COUNTRY_NOUNS = new Set(['nation', 'country', 'kingdom', 'republic', 'state', 'island', 'archipelago']);

export const SELF_PRONOUNS = new Set(['he', 'she', 'we', 'i']);
/** Verbs of holding a view, which code nothing of their own in a speaker's report of it. */
export const VIEW_VERBS = new Set(['share', 'see', 'feel', 'believe', 'think', 'hope', 'fear', 'be', 'remain', 'have', 'expect', 'worry', 'concern', 'encourage', 'disappoint', 'alarm', 'trouble', 'satisfy', 'find', 'regard', 'consider', 'view']);

/** Verbs of leaving a place, which troops who do so withdraw by. */
export const LEAVE_VERBS = new Set(['leave', 'quit', 'exit', 'vacate']);

/** A sentence that reports a score ("39-29", "3-1") beside a verb of winning or losing. */
/** What a team or player wins: "to win the title", "to reach the final". */
const TITLES = new Set(['gold', 'silver', 'bronze', 'medal', 'title', 'cup', 'final', 'semifinal', 'semi-final', 'semifinals', 'crown', 'championship', 'trophy', 'tournament', 'sevens', 'pennant']);

const MARGINS = new Set(['runs', 'wickets', 'goals', 'points', 'strokes', 'shots', 'seconds', 'lengths', 'sets', 'frames', 'tries']);

export function sportScore(tokens: TokenTable, start: number, end: number): boolean {
  // "Fiji beats Britain to win Olympic rugby sevens gold": beating someone to win a title is sport too.
  for (let k = start; k + 2 < end; k++) {
    if (tokens.lemma[k] !== 'beat' && tokens.lemma[k] !== 'defeat' && tokens.lemma[k] !== 'thrash') continue;
    for (let j = k + 1; j < Math.min(end - 1, k + 6); j++) {
      if (tokens.lower[j] !== 'to' || (tokens.lemma[j + 1] !== 'win' && tokens.lemma[j + 1] !== 'reach' && tokens.lemma[j + 1] !== 'claim' && tokens.lemma[j + 1] !== 'retain')) continue;
      for (let m = j + 2; m < Math.min(end, j + 8); m++) if (TITLES.has(tokens.lower[m]!)) return true;
    }
  }
  // "Pakistan beat India by 180 runs": a winning margin beside such a verb is sport too.
  for (let k = start; k + 3 < end; k++) {
    if (!SCORE_VERBS.has(tokens.lemma[k]!)) continue;
    for (let j = k + 1; j + 2 < Math.min(end, k + 8); j++) if (tokens.lower[j] === 'by' && tokens.pos[j + 1] === POS.NUM && MARGINS.has(tokens.lower[j + 2]!)) return true;
  }
  // (The score first: most sentences have none, and then no word is looked up.)
  let score = false;
  for (let k = start; k < end && !score; k++) score = tokens.pos[k] === POS.NUM && tokens.lower[k]!.includes('-') && /^\d{1,3}-\d{1,3}$/.test(tokens.lower[k]!);
  if (!score) return false;
  for (let k = start; k < end; k++) if (SCORE_VERBS.has(tokens.lemma[k]!)) return true;
  return false;
}

/** Strikes and attacks, which may be named by whoever makes them ("an army air strike"), and whose makers do what is done in them ("killed in an Israeli air strike"). */
export const STRIKE_NOUNS = new Set(['strike', 'airstrike', 'attack', 'raid', 'bombardment', 'shelling', 'offensive', 'bombing', 'assault', 'hartal', 'bandh']);

/** Prepositions that name whose a demand or a claim is: "demands by protesters that …". */
export const MAKER_PREPOSITIONS = new Set(['by', 'from', 'of']);

/** Reflexive pronouns: "calling themselves", "committed itself to". */
export const REFLEXIVES = new Set(['themselves', 'itself', 'himself', 'herself']);

/** Prepositions that name whom a request is made to: "appealed to", "called on". */
export const ADDRESSEE_PREPOSITIONS = new Set(['to', 'on', 'upon']);
/** Prepositions after an act or a sanction that name whom it is aimed at: "a visit by Isaias to Addis Ababa", "a ban on arms sales to Vietnam". */
export const AIMED_AT_PREPOSITIONS = new Set(['to', 'on', 'against']);

/** What a giver gives, which the giver's name may modify: "World Bank lending", "U.S. military aid". */
export const GIVEN_THINGS = new Set(['aid', 'lending', 'loan', 'loans', 'funding', 'assistance', 'support', 'credit', 'credits', 'grant', 'grants', 'financing', 'disbursement', 'disbursements', 'budget', 'cooperation']);

/** Words for a border, which has two sides (lower-case forms and lemmas). */
export const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'frontiers', 'boundary']);

/** Seats of international bodies, where a state's word or talks are for the body, not the host: "told reporters in Brussels", "held talks in Geneva". */
export const BODY_SEATS: ReadonlySet<string> = new Set(['brussels', 'geneva', 'new york', 'strasbourg', 'the hague', 'vienna', 'luxembourg', 'davos']);

/** Words that open a subordinate clause at a sentence's start: "When they met in Paris, …". */
export const SUBORDINATORS = new Set(['when', 'as', 'after', 'before', 'while', 'if', 'because', 'since', 'although', 'though', 'once', 'until', 'unless']);
