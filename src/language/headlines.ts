import { COMPARED_COUNTS } from './lexicon.js';
import { POS, TokenFlag, type Sentence, type TokenTable } from './types.js';

/** Collective nouns that take a plural verb in headlines: "Zimbabwe police arrest …". */
const COLLECTIVES = new Set(['police', 'military', 'people', 'clergy', 'youth', 'militia', 'junta', 'opposition', 'taliban']);
/** Prepositions that may place a headline's subject before its verb: "Rebels in southern Albania demand …". */
const PLACING = new Set(['in', 'from', 'of', 'at']);
/** Tags a headline's subject may carry before its verb (the tagger reads "tanks" in "Iraqi tanks roll" as a verb). */
const SUBJECT_TAGS = new Set<number>([POS.PROPN, POS.NOUN, POS.ADJ, POS.DET, POS.NUM, POS.CCONJ, POS.PART, POS.VERB]);
/** Tags that may follow a headline's verb. */
const AFTER_VERB = new Set<number>([POS.DET, POS.ADJ, POS.NOUN, POS.PROPN, POS.NUM, POS.ADP, POS.PRON, POS.SYM, POS.ADV]);
const MAX_SUBJECT = 8;

/** A plural noun, or a people named by a plural demonym ("Protesters", "Dutch", "Chinese"). */
function pluralNoun(word: string, tag: number): boolean {
  // (Not a possessive "'s": "Liberia's Charles Taylor steps down".)
  if (tag === POS.PART) return false;
  // (A capitalised first word in -men too, "Gunmen storm …", but not "Yemen".)
  // (Demonyms in "-ish" or "-ch", "British", "Dutch": not "Bangladesh".)
  if (tag === POS.PROPN || tag === POS.ADJ) return /(ers|ists|ans|ens|ors|ants|ents|ites|ees|ish|tch|nch|ech|ese)$/.test(word) || (word.length > 5 && word.endsWith('men'));
  // ("Fijian gunmen storm parliament": an irregular plural in -men.)
  return /[^s]s$|men$/.test(word);
}

/**
 * A people's plural name after its demonym, which the plural endings above miss: "Bosnian Serbs
 * overrun …", "Iraqi Kurds seize …" (not "Paris", "Hamas", "Philippines").
 */
function peoplePlural(tokens: TokenTable, k: number): boolean {
  const { pos, lower, flags } = tokens;
  return pos[k] === POS.PROPN && /[^sui]s$/.test(lower[k]!) && !lower[k]!.endsWith('ines') && k > 0 && (pos[k - 1] === POS.PROPN || pos[k - 1] === POS.ADJ) && (flags[k - 1]! & TokenFlag.Capitalized) !== 0 && /(an|ish|ese|i)$/.test(lower[k - 1]!);
}

/** A count of more than one, as a plural subject: "Over 100,000 march in Minsk". */
function countOf(tokens: TokenTable, k: number): boolean {
  return tokens.pos[k] === POS.NUM && !/^(1|one|a)$/.test(tokens.lower[k]!);
}

/** Plural forces headlines capitalise: "U.S. Marines land in Mogadishu". */
const FORCES_PLURAL = new Set(['marines', 'commandos', 'paratroopers', 'rangers', 'peacekeepers', 'gurkhas', 'seals']);

/** Plural nouns a headline's "to" and verb may follow, which are no verbs: "talks to resume", "calls to quit". */
const PLURALS_BEFORE_TO = new Set(['talks', 'calls', 'plans', 'moves', 'efforts', 'bids', 'steps', 'attempts', 'forces', 'troops', 'ties', 'relations', 'negotiations', 'hopes', 'demands', 'pressures', 'threats', 'warnings', 'protests', 'strikes']);

/** Nouns of collective action that modify who leads or joins it: "protest leaders", "strike organisers". */
const MODIFYING_NOUNS = new Set(['protest', 'strike', 'march', 'rally', 'rescue', 'relief', 'search', 'peace', 'trade']);
/** People a modifying noun may stand before. */
const LEADING_PEOPLE = new Set(['leaders', 'leader', 'organisers', 'organizers', 'organiser', 'organizer', 'groups', 'group', 'movement', 'movements', 'negotiators', 'negotiator', 'workers', 'teams', 'team', 'activists', 'committee', 'committees']);
/** Whether a sentence ends without a stop, as headlines do. (A closing quote ends a headline too: 'hands pilot back as "peace gesture"'.) */
export function unstopped(tokens: TokenTable, s: Sentence): boolean {
  const last = s.tokenEnd - 1;
  const quoteEnd = /^["”]$/.test(tokens.lower[last]!) && !/^[.!?,]$/.test(tokens.lower[last - 1]!);
  return !(tokens.pos[last] === POS.PUNCT && /^[.!?:;"”]$/.test(tokens.lower[last]!) && !quoteEnd);
}

/**
 * Headlines drop their articles and the tagger often misses their verb: "Zimbabwe police arrest
 * opposition leader", "Iraqi tanks roll into Kuwait", "Samoa pledges relief supplies for
 * eruption-hit Tonga". In a sentence with no final stop, the first word after the subject that
 * the dictionaries know as a verb, in the form its subject needs, is retagged as the verb, and
 * words the tagger took for verbs around it become nouns again.
 * `verbs` holds the dictionaries' verb lemmas (first words of phrasal ones).
 */
export function repairHeadlines(tokens: TokenTable, sentences: readonly Sentence[], verbs: ReadonlySet<string>): void {
  if (verbs.size === 0) return;
  const pos = tokens.pos as Uint8Array;
  const { lower } = tokens;
  const lemma = tokens.lemma as string[];
  for (const s of sentences) {
    const last = s.tokenEnd - 1;
    if (last - s.tokenStart < 2 || last - s.tokenStart > 30 || !unstopped(tokens, s)) continue;
    // "China stages live-fire military drills": a verb hyphened to the next word is a modifier.
    for (let j = s.tokenStart + 1; j < last - 1; j++) if (pos[j] === POS.VERB && lower[j + 1] === '-' && tokens.end[j] === tokens.start[j + 1] && tokens.end[j + 1] === tokens.start[j + 2]) pos[j] = POS.ADJ;
    let plural = false;
    let placedCollective = false;
    for (let k = s.tokenStart + 1; k < last && k - s.tokenStart <= MAX_SUBJECT; k++) {
      const before = k - 1;
      // (So may allegiance: "Tanks loyal to Yeltsin shell …".)
      const placing = pos[before] === POS.ADP && before > s.tokenStart && (PLACING.has(lower[before]!) || (lower[before] === 'to' && lower[before - 1] === 'loyal'));
      // (Or a count's opening word: "Over 100,000 march …".)
      // ("More than a million Chileans march …": so may "more than".)
      const counting = (before === s.tokenStart && pos[k] === POS.NUM) || (before === s.tokenStart + 1 && lower[before] === 'than' && COMPARED_COUNTS.has(lower[s.tokenStart]!));
      if (!SUBJECT_TAGS.has(pos[before]!) && !(lower[before] === ',' || lower[before] === '-' || placing || counting)) break;
      // "Police in Lesotho arrest …": a place may follow the subject's noun.
      const word = lower[k]!;
      if (pos[before] === POS.ADP) continue;
      // ("Sudan's generals and protest leaders sign deal": a noun of collective action before who leads it modifies them.)
      if (MODIFYING_NOUNS.has(word) && LEADING_PEOPLE.has(lower[k + 1]!)) {
        pos[k] = POS.NOUN;
        lemma[k] = word;
        pos[k + 1] = POS.NOUN;
        continue;
      }
      // ("Rebels in …": a headline's first word, capitalised, is read as a name.)
      // (Not a given name before a surname: "Charles Taylor steps down".)
      plural ||= (before === s.tokenStart && pos[before] === POS.PROPN && pos[before + 1] !== POS.PROPN && !(tokens.flags[before]! & TokenFlag.AllCaps) && /[^su]s$/.test(lower[before]!) && !lower[before]!.endsWith('ines')) || pos[before] === POS.CCONJ || lower[before] === ',' || pluralNoun(lower[before]!, pos[before]!) || FORCES_PLURAL.has(lower[before]!) || peoplePlural(tokens, before) || countOf(tokens, before);
      // (A collective is plural only right before the verb: not "Nigeria's new military ruler Abacha bans …".)
      // (Or before the place that follows it: "Police in Lesotho arrest …".)
      if (COLLECTIVES.has(lower[before]!) && PLACING.has(lower[k]!)) placedCollective = true;
      const collective = COLLECTIVES.has(lower[before]!) || placedCollective;
      // ("Iraqi forces storm into Kuwait": "forces" after a nationality is the subject's noun.)
      if (word === 'forces' && (pos[before] === POS.PROPN || pos[before] === POS.ADJ) && tokens.flags[before]! & TokenFlag.Capitalized && /(i|an|ese|ish|ch)$/.test(lower[before]!) && verbs.has(lower[k + 1]!)) {
        pos[k] = POS.NOUN;
        lemma[k] = 'force';
        plural = true;
        continue;
      }
      // A verb the tagger found stands, unless it is a plural noun before the real verb ("Iraqi tanks roll").
      // (Not the second part of a hyphened word: "U.S.-led warplanes pound Baghdad".)
      if (pos[k] === POS.VERB && lower[k - 1] !== '-' && !(word.endsWith('s') && (pos[k + 1] === POS.NOUN || pos[k + 1] === POS.VERB || pos[k + 1] === POS.ADJ) && verbs.has(lower[k + 1]!))) break;
      // ("Pakistan hands captured Indian pilot back": a participle may describe the object.)
      // (Or an -ing form: "Washington lifts remaining sanctions on Myanmar".)
      const describedObject = pos[k + 1] === POS.VERB && (lower[k + 1]!.endsWith('ed') || lower[k + 1]!.endsWith('ing')) && (pos[k + 2] === POS.NOUN || pos[k + 2] === POS.ADJ || pos[k + 2] === POS.PROPN);
      // ("Russia and Ukraine swap prisoners in …", "Turkey blocks start of …": an object the tagger
      // read as a verb, a plural no verb has as its form or a bare noun before its "of".)
      // (Not a word a possessive owns: "Truckers' protest clogs downtown Ottawa".)
      // (Or an acronym the tagger read as a verb: "Yeltsin and Bush sign START II treaty"; or a gerund
      // before its "of": "Odinga demands sacking of election officials".)
      const misreadObject = pos[k + 1] === POS.VERB && pos[k - 1] !== POS.PART && ((/[^s]s$/.test(lower[k + 1]!) && !verbs.has(lower[k + 1]!)) || ((lower[k + 1] === lemma[k + 1] || lower[k + 1]!.endsWith('ing')) && lower[k + 2] === 'of') || (tokens.flags[k + 1]! & TokenFlag.AllCaps && lower[k + 1]!.length > 2));
      // ("Polish, Czech and Slovenian prime ministers travel to …": a plural's bare verb before its "to".)
      // (Or a singular's "-s" form before "to" and a verb: "Kenya's ruling party votes to legalise opposition".)
      // (Not a plural noun a headline's "to" follows: "Israel-Syria talks to resume in Washington".)
      const toAfter = lower[k + 1] === 'to' && pos[k - 1] !== POS.PART && (((plural || collective) && verbs.has(word)) || (word.endsWith('s') && pos[k + 2] === POS.VERB && verbs.has(word.slice(0, -1)) && !PLURALS_BEFORE_TO.has(word)));
      // ("Ahmadinejad pardons and frees 15 captured British sailors": a verb "and" joins to the next.)
      const joinedVerb = pos[k + 1] === POS.CCONJ && pos[k + 2] === POS.VERB && pos[k - 1] !== POS.PART;
      if ((pos[k] !== POS.NOUN && pos[k] !== POS.VERB && pos[k] !== POS.ADJ) || !(AFTER_VERB.has(pos[k + 1]!) || describedObject || misreadObject || toAfter || joinedVerb) || lower[k - 1] === '-' || lower[k + 1] === '-') continue;
      const stem = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('ches') || word.endsWith('shes') || word.endsWith('sses') ? word.slice(0, -2) : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : null;
      // (A collective may take either form: "Togo opposition slams …", "Zimbabwe police arrest …".)
      const bare = verbs.has(word) && stem === null ? word : null;
      const inflected = stem !== null && verbs.has(stem) ? stem : null;
      const verb = plural || collective ? (bare ?? (collective ? inflected : null)) : inflected;
      if (verb === null) continue;
      // Already the verb: nothing to repair.
      if (pos[k] === POS.VERB && lemma[k] === verb) break;
      pos[k] = POS.VERB;
      lemma[k] = verb;
      for (let j = s.tokenStart; j < k; j++) if (pos[j] === POS.VERB) pos[j] = POS.NOUN;
      if (describedObject) pos[k + 1] = POS.ADJ;
      if (misreadObject) pos[k + 1] = POS.NOUN;
      // "slams vote count": a bare form right after the verb, before a noun, modifies that noun.
      if (pos[k + 1] === POS.VERB && lower[k + 1] === lemma[k + 1] && pos[k + 2] === POS.NOUN) pos[k + 1] = POS.NOUN;
      // "Protesters torch government offices": a plural the tagger read as a verb after the object's first noun.
      for (let j = k + 2; j <= last; j++) if (pos[j] === POS.VERB && /[^s]s$/.test(lower[j]!) && (pos[j - 1] === POS.NOUN || pos[j - 1] === POS.ADJ || pos[j - 1] === POS.PROPN)) pos[j] = POS.NOUN;
      break;
    }
  }
}

/** The verb lemmas `repairHeadlines` looks for, from verb entries: each lemma's first word (TABARI stems left out). */
export function headlineVerbs(entries: readonly { readonly lemmas: readonly string[] }[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries) for (const lemma of entry.lemmas) if (!lemma.endsWith('*')) out.add(lemma.split(' ')[0]!);
  return out;
}
