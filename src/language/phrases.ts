import {
  CLAUSAL_SPEECH_VERBS, CONDITIONALS, DAY_WORDS, FUTURE, GROUP_NOUNS, HELD_FOR, MODALS, MONTHS, NAME_PARTICLES, NOUN_PREPOSITIONS, PARTICLES, PAST_AUX, PERSONAL_PRONOUNS, PHRASAL_VERBS,
  PLACE_NOUNS, POSSESSIVE_DETERMINERS, PRESENT_AUX, RELATIVE_PRONOUNS, ROUGH_NUMBER_WORDS, SIMPLE_PAST, SPEECH_VERBS, TIME_NOUNS, WEEKDAYS,
} from './lexicon.js';
import { unstopped } from './headlines.js';
import {
  POS, TokenFlag, type Attachment, type Clause, type ClauseKind, type NounPhrase, type Sentence, type Tense, type TokenTable,
  type TokenSpan, type VerbGroup,
} from './types.js';

/** Words for a part of a group, before its "of": "any of its troops". */
const PART_WORDS = new Set(['any', 'some', 'none', 'all', 'most', 'many', 'one', 'several', 'few', 'each', 'either', 'neither']);

/** The shallow parse of a document: noun phrases, verb groups, prepositional attachments and clauses. */
export interface Phrases {
  readonly nounPhrases: NounPhrase[];
  readonly verbGroups: VerbGroup[];
  readonly attachments: Attachment[];
  readonly clauses: Clause[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

// Nominal POS codes as a bit mask: tested for nearly every token.
/** Verbs of putting someone out, which take an object: with none, before "from", a headline's form is passive. */
const REMOVING_LEMMAS = new Set(['suspend', 'expel', 'bar', 'ban', 'exclude', 'oust', 'eject', 'evict', 'deport']);
/** Verbs of writing to someone, whose participle says what was written: "wrote to Bush urging him …". */
const WRITING_VERBS = new Set(['write', 'cable', 'telegraph', 'petition', 'appeal']);
/** Prepositions that say where a document went. */
const VENUE_PREPOSITIONS = new Set(['at', 'to', 'with', 'before']);
/** Participles that describe a noun with an infinitive: "a visit expected to focus on trade". */
const PASSIVE_BEFORE_INFINITIVE = new Set(['expected', 'scheduled', 'designed', 'aimed', 'intended', 'meant', 'planned', 'supposed', 'slated', 'believed', 'thought', 'said', 'reported', 'set', 'due', 'sent', 'deployed', 'dispatched', 'created', 'formed', 'established', 'tasked', 'mandated']);
/** Spans of time that "running" may follow. */
const RUNNING_SPANS = new Set(['day', 'night', 'week', 'month', 'year', 'time', 'session', 'weekend']);
/** Units a span of time is counted in. */
/** Adjectives that follow the noun they describe with a preposition: "the minister responsible for foreign affairs". */
const POSTPOSED_ADJECTIVES = new Set(['responsible', 'accountable', 'loyal', 'close', 'allied', 'opposed', 'linked', 'angry', 'furious', 'critical', 'hostile', 'sympathetic']);
/** Words that tie a span of time to an event: "hours after", "days before", "weeks later". */
const TIME_LINKS = new Set(['after', 'before', 'later', 'earlier', 'ago']);
/** Month names and their abbreviations, as a phrase's modifier spells them: "the Sept. 11 attacks". */
const MONTH_FORMS = new Set([...MONTHS.flatMap((m) => [m, `${m.slice(0, 3)}.`]), 'sept.']);
const DURATIONS = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'hour', 'day', 'week', 'month', 'year']);
const NOMINAL_BITS = (1 << POS.NOUN) | (1 << POS.PROPN) | (1 << POS.NUM) | (1 << POS.ADJ);

/** Verbs of saying that have no other sense (not "deny", "claim" or "tell"). */
const SAYING_ONLY = new Set(['say', 'add', 'warn', 'stress', 'insist', 'note', 'argue', 'state', 'declare', 'announce', 'predict', 'reiterate', 'acknowledge', 'admit', 'explain', 'assert', 'allege', 'caution']);
function isNominal(pos: number): boolean {
  return ((NOMINAL_BITS >>> pos) & 1) === 1;
}
/** Shared by every noun phrase without conjuncts (never mutated: `coordinate` replaces it). */
const NO_CONJUNCTS: readonly number[] = Object.freeze([]);
/** Verbs that take a recipient and then a thing: "give Nepal a loan". */
const GIVING_VERBS = new Set(['give', 'offer', 'grant', 'send', 'hand', 'lend', 'sell', 'promise', 'supply', 'provide']);
/** Titles whose "of" phrase may run on into their holder's name: "Secretary of State John Kerry". */
/** Past participles spelled like their base form. */
const SAME_PARTICIPLES = new Set(['hit', 'cut', 'put', 'set', 'shut', 'hurt', 'cast', 'spread', 'quit', 'beat', 'shed', 'bid', 'let', 'rid', 'split', 'thrust', 'upset', 'broadcast', 'forecast', 'overrun', 'overcome', 'run', 'undercut', 'offset', 'reset', 'burst']);
/** Prepositions that also open clauses: a phrase after one is no modifier of the phrase before. */
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'until', 'while', 'when', 'because']);
/** What is issued to say something: its participle ("a statement calling for …") speaks for the issuer. */
const DOCUMENT_NOUNS = new Set(['statement', 'declaration', 'letter', 'resolution', 'communique', 'communiqué', 'message', 'appeal', 'decree', 'note', 'verbale', 'report', 'ultimatum', 'warning', 'lawsuit', 'complaint', 'petition', 'suit', 'case']);
const TITLE_HEADS = new Set(['secretary', 'minister', 'president', 'chairman', 'chairwoman', 'head', 'chief', 'director', 'governor', 'leader', 'king', 'speaker']);
/** Heads of what one may be disguised, trained or sent as: a role, not a clause's subject. */
const ROLE_HEADS = new Set(['unit', 'force', 'team', 'group', 'squad', 'police', 'policeman', 'soldier', 'commando', 'waiter', 'civilian', 'journalist', 'tourist', 'monk', 'woman', 'man', 'guard', 'official', 'worker', 'doctor', 'delegation', 'envoy', 'mediator', 'observer', 'peacekeeper', 'volunteer', 'student', 'priest', 'nurse', 'member', 'leader', 'representative', 'candidate', 'minister', 'president', 'gift', 'gesture', 'warning', 'precaution', 'result', 'part']);
/** Possessives after "as" that open a clause of its own. */
const AS_CLAUSE_OPENERS = new Set(['its', 'their', 'his', 'her', 'our', 'it', 'they', 'he', 'she', 'we']);
/** Participles whose "as" gives a name: "known as 400 Mawozo". */
const NAMING_PARTICIPLES = new Set(['known', 'named', 'identified', 'described', 'listed', 'designated', 'branded', 'dubbed', 'nicknamed']);
/** Pronouns only a subject takes. */
const NOMINATIVE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** What a captive is held as: "held hostage", "held captive". */
const CAPTIVE_WORDS = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners', 'incommunicado']);

/** Two-word quantifiers before a number, which stand before an object: "more than 500 civilians". */
// ("as many as 20,000": the first "as" is read as an adverb and stepped over before.)
const QUANTIFIERS = new Set(['more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'as many', 'some of', 'many as', 'much as']);
/** Heads that pick some out of a count, which stays the subject: "The first of about 500 troops landed". */
const SHARE_WORDS = new Set([...PART_WORDS, 'first', 'last', 'rest', 'bulk', 'remainder', 'vanguard', 'half']);

/** Whether the phrase ending at token k is headed by a share of what follows ("the first", "some"). */
function partOfCount(tokens: TokenTable, npAt: number[], nounPhrases: readonly NounPhrase[], k: number): boolean {
  const np = npAt[k]!;
  return np >= 0 && SHARE_WORDS.has(tokens.lower[nounPhrases[np]!.head]!);
}

/** One-word hedges before a number: "a rescue team of about 60 people". */
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'some', 'over', 'under']);

/**
 * Shallow parse over POS tags, sentence by sentence. The rules (see README, "Language layer"):
 * - a verb group is auxiliaries, negators and adverbs up to the first main verb, plus a particle;
 * - a noun phrase is a determiner or possessive, adjectives, numbers and nouns, ending in its head;
 *   a possessive ('s) closes the possessor and opens the possessed phrase;
 * - a preposition takes the noun phrase after it and attaches to the preceding common noun when it
 *   is "of" or a noun-taking preposition right after one, else to the nearest verb group;
 * - clauses: direct quotes, reported speech after a speech verb (or before ", X said"), relative
 *   clauses after a noun phrase, and if/unless clauses up to the next comma.
 */
export function parsePhrases(text: string, tokens: TokenTable, sentences: readonly Sentence[], names: readonly (TokenSpan & { readonly type?: string })[] = []): Phrases {
  const nounPhrases: Mutable<NounPhrase>[] = [];
  const verbGroups: Mutable<VerbGroup>[] = [];
  const attachments: Attachment[] = [];
  const clauses: Clause[] = [];
  // For each token, the noun phrase or verb group that starts or covers it; -1 for none.
  const npAt = filled(tokens.length, -1);
  const vgAt = filled(tokens.length, -1);
  // The "of" and "and" inside a name are the name's: "the Democratic Republic of Congo", "Bosnia and Herzegovina".
  const joiner = new Uint8Array(tokens.length);
  for (const name of names) {
    for (let k = name.tokenStart + 1; k < name.tokenEnd - 1; k++) if (tokens.lower[k] === 'of' || tokens.lower[k] === 'and') joiner[k] = 1;
    // So are a person's lower-case particles: "Humberto de la Calle".
    if (name.type === 'person') for (let k = name.tokenStart + 1; k < name.tokenEnd - 1; k++) if (!(tokens.flags[k]! & TokenFlag.Capitalized) && /^[a-z]+$/.test(tokens.lower[k]!)) joiner[k] = 1;
    // "give Philippines coastal surveillance radars": a name right after a verb of giving, before a
    // lower-case word, is the first object; what follows is the second (2 marks a phrase's end).
    const e = name.tokenEnd;
    const before = name.tokenStart - 1;
    // (Before an adjective only: "hands Kolkata attack suspect Aftab Ansari over" is one phrase.)
    if (before >= 0 && e < tokens.length && tokens.pos[before] === POS.VERB && GIVING_VERBS.has(tokens.lemma[before]!) && !(tokens.flags[e]! & TokenFlag.Capitalized) && tokens.pos[e] === POS.ADJ) joiner[e] = 2;
  }

  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    chunk(text, tokens, sent, s, nounPhrases, verbGroups, npAt, vgAt, joiner);
  }
  const reduced = markReducedRelatives(tokens, sentences, nounPhrases, verbGroups, npAt);
  // Tokens of place names, for lists that open inside a fronted phrase ("In Annapolis, Maryland, Olmert and Abbas").
  const inPlace = new Uint8Array(tokens.length);
  for (const name of names) if (name.type === 'place') inPlace.fill(1, name.tokenStart, name.tokenEnd);
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    coordinate(tokens, sent, nounPhrases, npAt, inPlace);
    attach(tokens, sent, nounPhrases, verbGroups, npAt, vgAt, attachments);
    findClauses(tokens, sent, s, nounPhrases, verbGroups, npAt, vgAt, clauses, reduced);
  }
  assignArguments(tokens, sentences, nounPhrases, verbGroups, attachments, clauses, npAt, reduced);
  // A verb in an if-clause, or a modal or future verb in a sentence that has one, is conditional:
  // "Iran will close the strait if the West imposes sanctions".
  for (const clause of clauses) {
    if (clause.kind !== 'conditional') continue;
    const sent = sentences[clause.sentence]!;
    for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
      const v = vgAt[k]!;
      if (v < 0 || verbGroups[v]!.head !== k) continue;
      const vg = verbGroups[v]!;
      if ((k >= clause.tokenStart && k < clause.tokenEnd) || vg.modal !== null || vg.tense === 'future') vg.conditional = true;
    }
  }
  return { nounPhrases, verbGroups, attachments, clauses };
}

function isVerbal(pos: number): boolean {
  return pos === POS.VERB || pos === POS.AUX;
}

/** Up to three adverbs, then a verb: "is once again sending". */
function adverbsThenVerb(pos: Uint8Array, j: number, end: number): boolean {
  for (let k = j; k < end && k < j + 3; k++) {
    if (isVerbal(pos[k + 1]!)) return true;
    if (pos[k + 1] !== POS.ADV) return false;
  }
  return false;
}

/**
 * Adverbs that modify the adjective after them, inside a noun phrase: "first democratically elected
 * president", "newly appointed envoy". (Not before a verb: "first visited".)
 */
function adverbsThenAdjective(pos: Uint8Array, lower: readonly string[], j: number, end: number): boolean {
  for (let k = j; k < end && k < j + 3; k++) {
    if (pos[k] !== POS.ADV) return pos[k] === POS.ADJ && k > j && k + 1 < end && isNominal(pos[k + 1]!);
    if (!lower[k]!.endsWith('ly') && lower[k] !== 'first') return false;
  }
  return false;
}

/**
 * n copies of v, as a plain array: the parser's per-document indexes are not typed arrays, whose
 * buffers are allocated outside V8's young generation and cost far more per document.
 */
function filled(n: number, v: number): number[] {
  return new Array<number>(n).fill(v);
}

// Objects are built with all their fields at once (no spreads): the parser makes millions of
// them, and one object shape keeps V8's property access fast.
function nounPhrase(tokens: TokenTable, tokenStart: number, tokenEnd: number, head: number, possessor: number | null, s: number): Mutable<NounPhrase> {
  return { start: tokens.start[tokenStart]!, end: tokens.end[tokenEnd - 1]!, tokenStart, tokenEnd, head, possessor, conjuncts: NO_CONJUNCTS, sentence: s };
}

/** Tokens joined by a hyphen with no spaces ("U.S.-backed", "Israeli-Palestinian"). */
function hyphenJoins(text: string, tokens: TokenTable, i: number): boolean {
  return (
    tokens.lower[i] === '-' &&
    i > 0 &&
    i + 1 < tokens.length &&
    tokens.end[i - 1] === tokens.start[i] &&
    tokens.end[i] === tokens.start[i + 1] &&
    text.charCodeAt(tokens.start[i + 1]!) !== 45
  );
}

function chunk(
  text: string,
  tokens: TokenTable,
  sent: Sentence,
  s: number,
  nounPhrases: Mutable<NounPhrase>[],
  verbGroups: Mutable<VerbGroup>[],
  npAt: number[],
  vgAt: number[],
  joiner: Uint8Array,
): void {
  const { pos, lower, lemma, flags } = tokens;
  let i = sent.tokenStart;
  let possessor: number | null = null;
  while (i < sent.tokenEnd) {
    const p = pos[i]!;
    // "China test-fired missiles": "test-" is the verb's first part; the verb group is its second.
    if (lower[i] === 'test' && hyphenJoins(text, tokens, i + 1) && pos[i + 2] === POS.VERB) {
      i += 2;
      continue;
    }
    // "a halt to attacks": an -s verb form right after "to" is a plural noun.
    if (p === POS.VERB && i > sent.tokenStart && lower[i - 1] === 'to' && lower[i]!.endsWith('s') && lower[i] !== lemma[i]) {
      npAt[i] = nounPhrases.length;
      nounPhrases.push(nounPhrase(tokens, i, i + 1, i, null, s));
      i++;
      continue;
    }
    // "for the third week running": "running" after a span of time says "in a row", and is no verb.
    if (lower[i] === 'running' && i > sent.tokenStart && RUNNING_SPANS.has(lemma[i - 1]!)) {
      i++;
      continue;
    }
    // "extradited suspected British militant X": a participle right after a verb, before a noun, modifies it.
    const modifier = p === POS.VERB && i > sent.tokenStart && vgAt[i - 1]! >= 0 && lower[i]!.endsWith('ed') && i + 1 < sent.tokenEnd &&
      (pos[i + 1] === POS.ADJ || pos[i + 1] === POS.NOUN || pos[i + 1] === POS.PROPN);
    // Verb group.
    if (!modifier && (isVerbal(p) || (flags[i]! & TokenFlag.Negation && i + 1 < sent.tokenEnd && isVerbal(pos[i + 1]!) && lower[i] !== 'no'))) {
      let j = i;
      let head = -1;
      while (j < sent.tokenEnd) {
        const q = pos[j]!;
        if (q === POS.VERB) {
          head = j;
          j++;
          break;
        }
        if (q === POS.AUX || flags[j]! & TokenFlag.Negation || (q === POS.ADV && adverbsThenVerb(pos, j, sent.tokenEnd)) || (q === POS.PART && lower[j] !== 'to' && !(flags[j]! & TokenFlag.Possessive))) {
          j++;
          continue;
        }
        break;
      }
      if (head < 0) {
        // A bare auxiliary is the verb: a copula ("is", "were") or an elided main verb.
        for (let k = j - 1; k >= i; k--) if (pos[k] === POS.AUX) { head = k; break; }
      }
      if (head >= 0) {
        let particle: number | null = null;
        if (j < sent.tokenEnd && PARTICLES.has(lower[j]!) && (pos[j] === POS.ADP || pos[j] === POS.ADV || pos[j] === POS.PART)) {
          const next = j + 1 < sent.tokenEnd ? pos[j + 1]! : POS.PUNCT;
          // "called on Wednesday for a ceasefire": "on" opens a time phrase, not "call on".
          const time = j + 1 < sent.tokenEnd && DAY_WORDS.has(lower[j + 1]!);
          if (!time && (next === POS.PUNCT || next === POS.CCONJ || PHRASAL_VERBS.has(`${lemma[head]} ${lower[j]}`))) {
            particle = j;
            j++;
          }
        }
        const vg = makeVerbGroup(tokens, i, j, head, particle, s);
        for (let k = i; k < j; k++) vgAt[k] = verbGroups.length;
        verbGroups.push(vg);
        possessor = null;
        i = j;
        continue;
      }
    }
    // Noun phrase.
    const quoted = scareQuote(tokens, i, sent.tokenEnd);
    const startsNp =
      modifier || quoted > 0 || (possessor !== null && p === POS.ADV && adverbsThenAdjective(pos, lower, i, sent.tokenEnd)) ||
      isNominal(p) || p === POS.DET || (p === POS.PRON && (PERSONAL_PRONOUNS.has(lower[i]!) || POSSESSIVE_DETERMINERS.has(lower[i]!)));
    if (startsNp) {
      if (p === POS.PRON && PERSONAL_PRONOUNS.has(lower[i]!) && !POSSESSIVE_DETERMINERS.has(lower[i]!)) {
        npAt[i] = nounPhrases.length;
        nounPhrases.push(nounPhrase(tokens, i, i + 1, i, null, s));
        i++;
        continue;
      }
      let j = quoted || i + 1;
      // "on Saturday U.S. calls": a weekday is a phrase of its own.
      const dayWord = DAY_WORDS.has(lower[i]!);
      while (j < sent.tokenEnd && !dayWord) {
        const q = pos[j]!;
        // "China test-fired missiles": "test" and its hyphen open the verb, not the subject's phrase.
        if (lower[j] === 'test' && hyphenJoins(text, tokens, j + 1) && pos[j + 2] === POS.VERB) break;
        // "beat to death more than 150 people": a comparative quantity starts a phrase of its own.
        if (j > i && (lower[j] === 'more' || lower[j] === 'fewer' || lower[j] === 'less') && lower[j + 1] === 'than' && pos[j + 2] === POS.NUM) break;
        // A number after a name starts a phrase of its own: "gave the Ivory Coast 5.1 million dollars".
        // (Not a day after a month inside a phrase: "the Sept. 11 attacks", "alleged Sept. 11 planner".)
        if (q === POS.NUM && pos[j - 1] === POS.PROPN && !(j - 1 > i && MONTH_FORMS.has(lower[j - 1]!) && /^(?:[1-9]|[12]\d|3[01])$/.test(lower[j]!) && pos[j + 1] === POS.NOUN)) break;
        // So does a span of time after a noun: "gave the ambassador 24 hours to leave".
        if (q === POS.NUM && pos[j - 1] === POS.NOUN && DURATIONS.has(lower[j + 1] ?? '')) break;
        // "kill President Vieira hours after army chief dies": a span of time before "after" or
        // "before" is a phrase of its own.
        if (j > i && pos[j - 1] === POS.PROPN && DURATIONS.has(lower[j]!) && TIME_LINKS.has(lower[j + 1] ?? '')) break;
        // "to Estonia next year": a time phrase after a name is a phrase of its own.
        if (RELATIVE_TIME.has(lower[j]!) && TIME_NOUNS.has(lower[j + 1] ?? '')) break;
        // "found Thomas Lubanga guilty": a predicate adjective after a name or noun is no part of it.
        // (Not one that describes a noun after it: "a North American free trade pact".)
        // (Nor before a time: "held Damascus responsible yesterday for the attack".)
        if (PREDICATE_ADJECTIVES.has(lower[j]!) && (pos[j - 1] === POS.PROPN || pos[j - 1] === POS.NOUN) && (pos[j + 1] !== POS.NOUN || TIME_NOUNS.has(lower[j + 1] ?? '') || DAY_WORDS.has(lower[j + 1] ?? ''))) break;
        // So is "hostage" or "captive" after one: "held the Japanese ambassador hostage" (not "hostage crisis").
        // (Nor a title before a name: "Canadian hostage John Ridsdel was beheaded".)
        // (Nor a nationality's after an article: "an American hostage held in Lebanon", "the longest-held American hostage".)
        const described = pos[j - 1] === POS.PROPN && pos[i] === POS.DET;
        if ((lower[j] === 'hostage' || lower[j] === 'captive') && j > i && (pos[j - 1] === POS.PROPN || pos[j - 1] === POS.NOUN) && pos[j + 1] !== POS.NOUN && pos[j + 1] !== POS.PROPN && !described) break;
        if (joiner[j] === 2) break;
        // A weekday or "today" after a noun starts a time expression of its own ("quit talks Friday", "Denmark today").
        if (isNominal(q) && !(flags[j]! & TokenFlag.Possessive) && !DAY_WORDS.has(lower[j]!)) {
          j++;
          continue;
        }
        if (hyphenJoins(text, tokens, j)) {
          j += 2;
          continue;
        }
        // (Before the head only: "the first democratically elected president", not "Tbilisi immediately free …".)
        const beforeHead = pos[j - 1] === POS.DET || pos[j - 1] === POS.ADJ || pos[j - 1] === POS.ADV || pos[j - 1] === POS.NUM;
        if (q === POS.ADV && beforeHead && adverbsThenAdjective(pos, lower, j, sent.tokenEnd)) {
          j++;
          continue;
        }
        // "an off-duty Turkish policeman": a particle joined by a hyphen to the next word is a modifier.
        if ((q === POS.ADP || q === POS.ADV) && j + 2 < sent.tokenEnd && hyphenJoins(text, tokens, j + 1) && isNominal(pos[j + 2]!)) {
          j += 3;
          continue;
        }
        if (joiner[j] === 1) {
          j++;
          continue;
        }
        // "a stable and democratic Iraq": "and" between adjectives before the head joins them.
        if ((lower[j] === 'and' || lower[j] === 'but') && pos[j - 1] === POS.ADJ && pos[j + 1] === POS.ADJ && j + 2 < sent.tokenEnd && isNominal(pos[j + 2]!)) {
          j++;
          continue;
        }
        // "a three-year, $12 billion loan": a comma between an article's adjective and the next
        // modifiers of the same noun joins them too.
        if (lower[j] === ',' && (pos[j - 1] === POS.ADJ || lower[j - 2] === '-') && j - i <= 4 && (lower[i] === 'a' || lower[i] === 'an' || lower[i] === 'the') && (pos[j + 1] === POS.ADJ || pos[j + 1] === POS.NUM || lower[j + 1] === '$') && nounAhead(pos, lower, j + 1, sent.tokenEnd)) {
          j++;
          continue;
        }
        // So does one between bare adjectives of an object: "to start time-bound, results-oriented talks".
        if (lower[j] === ',' && (pos[j - 1] === POS.ADJ || lower[j - 2] === '-') && j - i <= 4 && i > 0 && (pos[i - 1] === POS.VERB || pos[i - 1] === POS.ADP) && (pos[i] === POS.ADJ || hyphenJoins(text, tokens, i + 1)) && (pos[j + 1] === POS.ADJ || hyphenJoins(text, tokens, j + 2)) && lowerCaseFrom(tokens, i, j + 2) && nounAhead(pos, lower, j + 1, sent.tokenEnd)) {
          j++;
          continue;
        }
        // "Luiz Inacio Lula da Silva", "Ursula von der Leyen": a name's lower-case particle joins it.
        if (pos[j - 1] === POS.PROPN && NAME_PARTICLES.has(lower[j]!) && j + 1 < sent.tokenEnd && pos[j + 1] === POS.PROPN && flags[j + 1]! & TokenFlag.Capitalized && !(flags[j]! & TokenFlag.Capitalized)) {
          j += 2;
          continue;
        }
        const closed = scareQuote(tokens, j, sent.tokenEnd);
        if (!closed) break;
        j = closed;
      }
      let head = -1;
      for (let k = j - 1; k >= i; k--) {
        const q = pos[k]!;
        if (q === POS.NOUN || q === POS.PROPN || q === POS.PRON || q === POS.NUM) { head = k; break; }
      }
      // A capitalised adjective alone is a group name ("the Palestinians", "Israeli said" is rare).
      // (After its article too: "calls from the French and British foreign ministers".)
      if (head < 0 && j - i === 1 && p === POS.ADJ && flags[i]! & TokenFlag.Capitalized) head = i;
      else if (head < 0 && j - i === 2 && p === POS.DET && pos[i + 1] === POS.ADJ && flags[i + 1]! & TokenFlag.Capitalized) head = i + 1;
      if (head >= 0) {
        const index = nounPhrases.length;
        for (let k = i; k < j; k++) npAt[k] = index;
        nounPhrases.push(nounPhrase(tokens, i, j, head, possessor, s));
        possessor = null;
        // "Abbas' liaison", "the White House's council": the possessive opens the next phrase.
        if (j < sent.tokenEnd && flags[j]! & TokenFlag.Possessive && lower[j] !== "'" && lower[j] !== '’') {
          possessor = index;
          j++;
        } else if (j < sent.tokenEnd && (lower[j] === "'" || lower[j] === '’') && lower[j - 1]!.endsWith('s') && j + 1 < sent.tokenEnd && isNominal(pos[j + 1]!)) {
          possessor = index;
          j++;
        }
        i = j;
        continue;
      }
      i = j;
      continue;
    }
    possessor = null;
    i++;
  }
}

/** The start of a gerund's object after a "for" at `at` ("for illegally entering North Korea"), or -1. */
function gerundObject(tokens: TokenTable, npAt: number[], at: number): number {
  const { lower, pos } = tokens;
  let g = at + 1;
  while (pos[g] === POS.ADV) g++;
  return lower[at] === 'for' && pos[g] === POS.VERB && lower[g]!.endsWith('ing') && npAt[g + 1]! >= 0 ? g + 1 : -1;
}

/** The "as" at k opens a clause: "as the death toll climbed", "as its border dispute escalated", "as it struggled", "as Ankara moved". */
function asClause(tokens: TokenTable, nounPhrases: readonly NounPhrase[], npAt: number[], k: number): boolean {
  const { lower, pos } = tokens;
  if (lower[k + 1] === 'the' || AS_CLAUSE_OPENERS.has(lower[k + 1]!)) return true;
  const np = nounPhrases[npAt[k + 1]!]!;
  // (An "as a" whose phrase has a verb right after, past a verb that takes no object: "appealed to the
  // World Food Programme for maize as a worsening food shortage threatened millions".)
  // (Not a role one is disguised or trained as: "Rebels disguised as a police unit attacked".)
  if ((lower[k + 1] === 'a' || lower[k + 1] === 'an') && pos[np.tokenEnd] === POS.VERB && np.tokenEnd - np.tokenStart >= 2 && !ROLE_HEADS.has(tokens.lemma[np.head]!)) return true;
  // (After a day or time, any phrase with a verb right after opens a clause: "rolled into South Ossetia
  // on Friday as Georgian forces fought separatists"; a role's "as" follows its participle, not a day.)
  if (TIME_NOUNS.has(lower[k - 1]!) && (pos[np.tokenEnd] === POS.VERB || pos[np.tokenEnd] === POS.AUX)) return true;
  // (Not a name a participle gives: "A Haitian gang known as 400 Mawozo kidnapped 17 missionaries".)
  return pos[np.head] === POS.PROPN && (pos[np.tokenEnd] === POS.VERB || pos[np.tokenEnd] === POS.AUX) && !NAMING_PARTICIPLES.has(lower[k - 1]!);
}

/**
 * Past participles that describe the noun before them, as passives: "troops backed by Russian
 * warplanes attacked", "a soldier killed in Kabul was buried". A bare participle after a noun
 * phrase is one when its prepositional phrases run straight into the next verb; not "Turkey spoke
 * by telephone with Russia".
 * Marks their tokens and makes the groups passive.
 */
function markReducedRelatives(
  tokens: TokenTable,
  sentences: readonly Sentence[],
  nounPhrases: readonly NounPhrase[],
  verbGroups: Mutable<VerbGroup>[],
  npAt: number[],
): number[] {
  const { lower, lemma, pos } = tokens;
  const reduced = filled(tokens.length, 0);
  // "for a visit expected to focus on trade": a participle and its infinitive after a preposition's object.
  const describesWithInfinitive = (k: number): boolean => {
    const np = npAt[k - 1]! >= 0 ? nounPhrases[npAt[k - 1]!]! : null;
    // (Not a time phrase: "NATO on Monday declined to comment".)
    // (Only participles that take an infinitive in the passive: not "the military in Rwanda helped to plan".)
    return np !== null && PASSIVE_BEFORE_INFINITIVE.has(lower[k]!) && lower[k + 1] === 'to' && pos[k + 2] === POS.VERB && np.tokenEnd === k && pos[np.tokenStart - 1] === POS.ADP && !TIME_NOUNS.has(lower[np.head]!);
  };
  // The end of a list that goes on from token j ("and tanks", ", nets and blankets"), else j.
  // (Commas only with a closing "and" or "or": "loaded with water, mosquito nets and blankets landed".)
  const listEnd = (j: number): number => {
    for (let at = j; ; ) {
      const next = npAt[at + 1];
      if (!(next! >= 0) || nounPhrases[next!]!.tokenStart !== at + 1) return j;
      if (lower[at] === 'and' || lower[at] === 'or') return listEnd(nounPhrases[next!]!.tokenEnd);
      if (lower[at] !== ',') return j;
      at = nounPhrases[next!]!.tokenEnd;
      if (lower[at] === ',' && (lower[at + 1] === 'and' || lower[at + 1] === 'or')) at++;
    }
  };
  const plural = (np: number): boolean => {
    const head = nounPhrases[np]!.head;
    // (A sentence's first word the tagger read as a name may be a plural too: "Students marched …".)
    const common = (pos[head] === POS.NOUN && lemma[head] !== lower[head]) || (pos[head] === POS.PROPN && (tokens.flags[head]! & TokenFlag.SentenceStart) !== 0);
    return common && lower[head]!.endsWith('s') && !lower[head]!.endsWith('ss');
  };
  // Whether a verb follows verb group g in its clause (before any comma).
  // (Not an infinitive, a participle with its agent or a hyphened one: "a plane loaded with food
  // landed in Doha to ease shortages caused by a Saudi-led boycott".)
  const finiteAfter = (g: VerbGroup): boolean => {
    for (let j = g.tokenEnd; j < sentences[g.sentence]!.tokenEnd && lower[j] !== ','; j++) {
      if ((pos[j] === POS.VERB || pos[j] === POS.AUX) && lower[j - 1] !== 'to' && lower[j - 1] !== '-' && !(lower[j + 1] === 'by' && isPastForm(lower[j]!, lemma[j]!))) return true;
    }
    return false;
  };
  for (let v = 0; v < verbGroups.length; v++) {
    const vg = verbGroups[v]!;
    const k = vg.head;
    // "ordered ten army battalions, backed by tank units, to the border": a participle set off by a
    // comma, with its agent, describes the phrase before the comma.
    if (vg.tokenEnd - vg.tokenStart === 1 && pos[k] === POS.VERB && k >= 2 && lower[k - 1] === ',' && npAt[k - 2]! >= 0 && lower[k + 1] === 'by' && isPastForm(lower[k]!, lemma[k]!) && v > 0 && verbGroups[v - 1]!.sentence === vg.sentence) {
      vg.voice = 'passive';
      reduced[k] = 1;
      continue;
    }
    // So does one that says what a person is held or accused for: "handed over Theoneste Bagosora,
    // accused of masterminding the genocide, to the U.N. tribunal".
    // (With or without the commas: "extradited a Quebec man accused of running a cocaine ring to the United States".)
    const described = lower[k - 1] === ',' ? k - 2 : k - 1;
    if (vg.tokenEnd - vg.tokenStart === 1 && pos[k] === POS.VERB && described >= 1 && npAt[described]! >= 0 && nounPhrases[npAt[described]!]!.tokenEnd === described + 1 && pos[k + 1] === POS.ADP && HELD_FOR.has(lower[k]!) && v > 0 && verbGroups[v - 1]!.sentence === vg.sentence && (verbGroups[v - 1]!.object === npAt[described] || verbGroups[v - 1]!.tokenEnd === nounPhrases[npAt[described]!]!.tokenStart)) {
      vg.voice = 'passive';
      reduced[k] = 1;
      continue;
    }
    if (vg.tokenEnd - vg.tokenStart !== 1 || pos[k] !== POS.VERB || k === sentences[vg.sentence]!.tokenStart || npAt[k - 1]! < 0) continue;
    // ("went on hunger strike": a form that is only ever past tense is no participle.)
    // "Riot police wielding truncheons broke up the rally": an -ing form with its object between a
    // noun and the next verb describes the noun. (It stays active: the noun is its doer.)
    // (Over a quantity's words: "a convoy carrying more than 500 tonnes of food reached Mekelle".)
    const o = QUANTIFIERS.has(`${lower[k + 1]} ${lower[k + 2]}`) ? k + 3 : k + 1;
    // (Or with only prepositional phrases: "a state security court sitting on the prison island of
    // Imrali sentenced Ocalan".)
    const object = npAt[o]! >= 0 && nounPhrases[npAt[o]!]!.tokenStart === o;
    const phrase = pos[k + 1] === POS.ADP && !CLAUSE_OPENERS.has(lower[k + 1]!) && npAt[k + 2]! >= 0 && nounPhrases[npAt[k + 2]!]!.tokenStart === k + 2;
    if (lower[k]!.endsWith('ing') && (object || phrase)) {
      let j = object ? nounPhrases[npAt[o]!]!.tokenEnd : k + 1;
      // (Through a list and prepositional phrases: "planes carrying food and medicine landed".)
      // (And what a possessive owns: "protesters seeking the government's downfall besieged".)
      for (;;) {
        if (j < tokens.length && (lower[j] === "'s" || lower[j] === "'") && npAt[j + 1]! >= 0 && nounPhrases[npAt[j + 1]!]!.tokenStart === j + 1) j = nounPhrases[npAt[j + 1]!]!.tokenEnd;
        else if (j < tokens.length && pos[j] === POS.ADP && npAt[j + 1]! >= 0 && !CLAUSE_OPENERS.has(lower[j]!)) j = nounPhrases[npAt[j + 1]!]!.tokenEnd;
        else if (listEnd(j) > j) j = listEnd(j);
        else break;
      }
      const later = verbGroups[v + 1];
      if (later !== undefined && later.sentence === vg.sentence && later.tokenStart === j && !lower[later.head]!.endsWith('ing')) reduced[k] = 1;
      continue;
    }
    // (A form that is also its base counts before an agent's "by": "Somalis hit by the famine".)
    // (A speech verb only with its agent: "twin blasts claimed by al Shabaab tore through crowds".)
    if ((!isPastForm(lower[k]!, lemma[k]!) && lower[k + 1] !== 'by') || SIMPLE_PAST.has(lower[k]!) || NO_PASSIVE.has(lemma[k]!) || (SPEECH_VERBS.has(lemma[k]!) && lower[k + 1] !== 'by')) continue;
    if (describesWithInfinitive(k)) {
      vg.voice = 'passive';
      reduced[k] = 1;
      continue;
    }
    // ("Three Israeli women held hostage in Gaza were freed": over the captive's word.)
    const captive = lemma[k] === 'hold' && CAPTIVE_WORDS.has(lower[k + 1]!) ? 1 : 0;
    if (pos[k + 1] !== POS.ADP && captive === 0) continue;
    // Prepositional phrases after it run straight into the next verb: "workers affiliated with the
    // Serbian Workers' Union (SSS) stopped work", "a soldier killed in Kabul was buried".
    let j = k + 1 + captive;
    // (Not through a word that opens a clause of its own: "troops poured into Georgia after the talks failed".)
    // (And "as": "angered by the election of Snyder Rini as prime minister torched shops".)
    // (An "as the" opens a clause: "appealed for food, medicine and helicopters as the death toll climbed";
    // so does "as its": "called up thousands of reservists as its border dispute with Ethiopia escalated".)
    // (Nor a subject pronoun's or a name's with its verb: "appealed to foreign donors for more help as it
    // struggled", "landed in Doha as Ankara moved to ease shortages"; a bare common noun after "as" is a
    // role: "rebels trained as commandos attacked".)
    // (And through a "for" gerund and its object: "Two American journalists jailed for illegally entering North Korea were pardoned".)
    while (j < tokens.length && (pos[j] === POS.ADP || lower[j] === 'as')) {
      // (Over a quantity's words: "held hostage in Gaza for more than 15 months were freed"; only
      // after a captive's word, which makes the participle's reading sure.)
      const at = npAt[j + 1]! >= 0 ? j + 1 : captive === 1 && QUANTIFIERS.has(`${lower[j + 1]} ${lower[j + 2]}`) && npAt[j + 3]! >= 0 ? j + 3 : gerundObject(tokens, npAt, j);
      if (at < 0 || CLAUSE_OPENERS.has(lower[j]!) || (lower[j] === 'as' && asClause(tokens, nounPhrases, npAt, j))) break;
      j = nounPhrases[npAt[at]!]!.tokenEnd;
      // "backed by tanks and helicopter gunships stormed": through a list.
      j = listEnd(j);
      // "the Serbian Workers' Union": on through a possessive.
      if (tokens.flags[j]! & TokenFlag.Possessive && npAt[j + 1]! >= 0) j = nounPhrases[npAt[j + 1]!]!.tokenEnd;
      if (lower[j] === '(') {
        while (j < tokens.length && lower[j] !== ')') j++;
        j++;
      }
    }
    // (Over an apposition set off by commas: "gunmen led by a former journalist, Nairi Hunanian, burst into".)
    const apposed = lower[j] === ',' && npAt[j + 1]! >= 0 && nounPhrases[npAt[j + 1]!]!.tokenStart === j + 1 ? nounPhrases[npAt[j + 1]!]!.tokenEnd : -1;
    if (apposed >= 0 && lower[apposed] === ',' && lower[k + 1] === 'by') j = apposed + 1;
    // (Over an adverb before it: "a commission led by Detlev Mehlis formally began".)
    while (j < tokens.length && pos[j] === POS.ADV && pos[j + 1] === POS.VERB) j++;
    // (Past a gerund the phrases took in: "jailed for illegally entering North Korea were pardoned".)
    let next = v + 1;
    while (verbGroups[next] !== undefined && verbGroups[next]!.tokenStart < j && verbGroups[next]!.sentence === vg.sentence) next++;
    const later = verbGroups[next];
    // … a finite verb: "Kurds demonstrated in Kirkuk calling for …" is no reduced relative.
    // (Not into another bare participle after a noun: "resigned on Thursday in an email sent from …".)
    // ("killed at least 12 people": "at least" is a number's, no preposition.)
    // (Past an adverb: "demanded in a resolution adopted early on Sunday that …".)
    const afterLater = later !== undefined && (pos[later.tokenEnd] === POS.ADV || TIME_ADVERBS.has(lower[later.tokenEnd]!)) ? later.tokenEnd + 1 : later?.tokenEnd ?? -1;
    const laterAdp = later !== undefined && pos[afterLater] === POS.ADP && !(lower[afterLater] === 'at' && lower[afterLater + 1] === 'least');
    // (A form that is also its base, before an agent's "by", too: "Somalis hit by the famine".)
    // (After a "with" phrase, one with no agent needs a finite verb after it in turn: "a C-130 loaded
    // with blankets landed in Yangon", but "arrived for a visit focused on trade".)
    // (Not a verb of saying or demanding before its "that" clause, after a time or not: "protesters
    // camped outside army headquarters demanded on Monday that …".)
    const laterReduced = later !== undefined && !((SPEECH_VERBS.has(lemma[later.head]!) || lemma[later.head] === 'demand') && lower[afterTime(tokens, nounPhrases, npAt, later.tokenEnd)] === 'that') && (lower[k + 1] !== 'with' || lower[later.tokenEnd] === 'by' || finiteAfter(later)) && later.tokenEnd - later.tokenStart === 1 && npAt[later.tokenStart - 1]! >= 0 && (isPastForm(lower[later.head]!, lemma[later.head]!) || lower[later.tokenEnd] === 'by') && (laterAdp || describesWithInfinitive(later.head));
    // (An agent's "by" marks a passive outright: "troops backed by AU forces landed on the island".)
    // (Only a verb that agrees with the noun: "students marched … in protest at the annulment of
    // opposition wins" is no reduced relative; a plural takes no "-s" verb.)
    const disagrees = later !== undefined && later.tokenEnd - later.tokenStart === 1 && lower[later.head]!.endsWith('s') && lower[later.head] !== lemma[later.head] && plural(npAt[k - 1]!);
    // (Nor one that opens with "being" or "having": "called for the release of hostages being held by gunmen".)
    const runsIntoVerb = later !== undefined && later.sentence === vg.sentence && later.tokenStart === j && !lower[later.head]!.endsWith('ing') && !lower[later.tokenStart]!.endsWith('ing') && (!laterReduced || lower[k + 1] === 'by') && !disagrees;
    // Or it follows the object of the verb before it: "rescued 137 hostages kidnapped from a school".
    const prior = v > 0 ? verbGroups[v - 1]! : undefined;
    const onlyDeterminers = (from: number, to: number): boolean => {
      if (from > to || to - from > 2) return false;
      for (let t = from; t < to; t++) if (pos[t] !== POS.DET && pos[t] !== POS.ADV) return false;
      return true;
    };
    const before = nounPhrases[npAt[k - 1]!]!;
    // (Not after an -ing relative's object: "lawmakers visiting Tallinn demanded …".)
    // (Nor after a gerund's object, which leaves the sentence its verb to find: "talks on establishing
    // diplomatic relations opened in Pyongyang".)
    const gerund = prior !== undefined && lower[prior.head]!.endsWith('ing') && pos[prior.tokenStart - 1] === POS.ADP;
    // (Past a determiner and an adverb the phrase left out: "expel the roughly 1,000 French troops stationed in the country".)
    // (A copula's complement is no object: "armed men believed to be Islamist guerrillas slaughtered 98 villagers".)
    // (A gerund's object with an agent after it is described, though: "help in tracing the schoolgirls seized by Boko Haram".)
    // (Nor after a relative clause's verb, which the sentence's own verb closes: "Armed rebels who have
    // seized Vlore demanded on Wednesday that …"; one with its agent still describes.)
    const relativeBefore = prior !== undefined && (lower[prior.tokenStart - 1] === 'who' || lower[prior.tokenStart - 1] === 'which') && lower[k + 1] !== 'by';
    const afterObject = prior !== undefined && prior.sentence === vg.sentence && onlyDeterminers(prior.tokenEnd, before.tokenStart) && before.tokenEnd === k && reduced[prior.head] !== 1 && (!gerund || lower[k + 1] === 'by') && lemma[prior.head] !== 'be' && !relativeBefore;
    // Or it has an agent and follows an apposition: "Perez Becerra, a journalist accused by Bogota of …".
    // (Of a verb's object, not after an opening phrase: "In Kabul, a suicide bomber struck by the gates".)
    const apposedTo = before.tokenStart > 1 && lower[before.tokenStart - 1] === ',' ? npAt[before.tokenStart - 2]! : -1;
    const appositionOfObject = apposedTo >= 0 && nounPhrases[apposedTo]!.tokenStart > 0 && pos[nounPhrases[apposedTo]!.tokenStart - 1] === POS.VERB;
    const agentAfterApposition = lower[k + 1] === 'by' && before.tokenEnd === k && appositionOfObject && isPastForm(lower[k]!, lemma[k]!) && vg.tokenEnd - vg.tokenStart === 1;
    // Or it has an agent and follows a preposition's object, which no finite verb has as subject:
    // "a relief effort for Somalis hit by the famine".
    const agentAfterObject = lower[k + 1] === 'by' && before.tokenEnd === k && before.tokenStart > 0 && pos[before.tokenStart - 1] === POS.ADP;
    // Or it follows a preposition's object in the verb's own clause, before a place of its own:
    // "opened fire on opposition supporters packed into a stadium, killing 157".
    // (After a verb with an object of its own, not one that may itself describe: "A truck bomb blamed on Tamil
    // Tiger rebels ripped through the bank".)
    // (Not after a verb of saying, whose phrase is the subject of what was said: "Reports said troops loyal
    // to the president fired on protesters". "told leaders of the Islamic world gathered in Tehran that …"
    // names whom it tells, so its phrase is no one's subject.)
    let inClause = prior !== undefined && prior.sentence === vg.sentence && reduced[prior.head] !== 1 && npAt[prior.tokenEnd]! >= 0 && (!SPEECH_VERBS.has(lemma[prior.head]!) || lemma[prior.head] === 'tell');
    for (let t = prior?.tokenEnd ?? k; inClause && t < before.tokenStart; t++) if (lower[t] === ',' || pos[t] === POS.CCONJ) inClause = false;
    // (Nor here: "Armed rebels who have seized control of the port of Vlore demanded on Wednesday that …".)
    if (relativeBefore) inClause = false;
    const afterPrepObject = inClause && before.tokenEnd === k && before.tokenStart > 0 && pos[before.tokenStart - 1] === POS.ADP && pos[k + 1] === POS.ADP && isPastForm(lower[k]!, lemma[k]!) && vg.tokenEnd - vg.tokenStart === 1;
    if (!runsIntoVerb && !afterObject && !agentAfterObject && !afterPrepObject && !agentAfterApposition) continue;
    vg.voice = 'passive';
    reduced[k] = 1;
  }
  return reduced;
}

/** Whether no token from `from` to `to` is capitalised (not "on Nagorno-Karabakh, French mediators"). */
function lowerCaseFrom(tokens: TokenTable, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens.flags[k]! & TokenFlag.Capitalized) return false;
  return true;
}

/** Whether modifiers from k on reach a noun within a few tokens, before any comma or verb. */
function nounAhead(pos: Uint8Array, lower: readonly string[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 6); j++) {
    if (pos[j] === POS.NOUN) return true;
    if (lower[j] === ',' || pos[j] === POS.VERB || pos[j] === POS.AUX || pos[j] === POS.ADP) return false;
  }
  return false;
}

function isPastForm(lowerForm: string, lemmaForm: string): boolean {
  if (PAST_AUX.has(lowerForm)) return true;
  if (PRESENT_AUX.has(lowerForm)) return false;
  return lowerForm !== lemmaForm && !lowerForm.endsWith('ing') && !(lowerForm.endsWith('s') && !lowerForm.endsWith('ss'));
}

function makeVerbGroup(tokens: TokenTable, i: number, j: number, head: number, particle: number | null, s: number): Mutable<VerbGroup> {
  const { lower, lemma, pos, flags } = tokens;
  let negated = false;
  let modal: string | null = null;
  let future = false;
  let passiveAux = false;
  for (let k = i; k < j; k++) {
    const w = lower[k]!;
    if (flags[k]! & TokenFlag.Negation) negated = true;
    if (pos[k] === POS.AUX || pos[k] === POS.VERB) {
      if (MODALS.has(w) && k < head) modal = w === "'d" || w === '’d' ? 'would' : w === 'ca' ? 'can' : w;
      if (FUTURE.has(w) && k < head) future = true;
      if ((lemma[k] === 'be' || lemma[k] === 'get') && k < head) passiveAux = true;
    }
    // ("after being granted asylum": the tagger may leave "being" unlemmatised.)
    if (w === 'being' && k < head) passiveAux = true;
  }
  // "Gaddafi has to leave power": a present "have to" is "must". (Not "had to flee": that happened.)
  if (modal === null && i >= 2 && lower[i - 1] === 'to' && (lower[i - 2] === 'has' || lower[i - 2] === 'have') && tokens.sentence[i - 2] === s) modal = 'must';
  // "never attended", "no longer attends": a negator just before the group.
  for (let k = i - 1; k >= Math.max(0, i - 2) && tokens.sentence[k] === s; k--) {
    if (flags[k]! & TokenFlag.Negation) negated = true;
    if (pos[k] === POS.PUNCT) break;
  }
  const headLower = lower[head]!;
  // "was hit", "were cut off": participles spelled as their base form.
  const voice = passiveAux && pos[head] === POS.VERB && (isPastForm(headLower, lemma[head]!) || SAME_PARTICIPLES.has(headLower)) ? 'passive' : 'active';
  let tense: Tense = 'present';
  if (future) tense = 'future';
  else {
    const first = lower[i]!;
    if (PAST_AUX.has(first) || (i === head && isPastForm(headLower, lemma[head]!))) tense = 'past';
    else if (pos[i] === POS.AUX || flags[i]! & TokenFlag.Negation) {
      for (let k = i; k < j; k++) if (PAST_AUX.has(lower[k]!)) { tense = 'past'; break; }
    }
  }
  return {
    start: tokens.start[i]!,
    end: tokens.end[j - 1]!,
    tokenStart: i,
    tokenEnd: j,
    head,
    lemma: particle === null ? lemma[head]! : `${lemma[head]} ${lower[particle]}`,
    particle,
    tense,
    voice,
    negated,
    modal,
    conditional: false,
    subject: null,
    object: null,
    agent: null,
    sentence: s,
  };
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’']);

/**
 * "held \"candid\" talks": a word or two in quotes before a noun modify it. Returns the token after
 * the closing quote when one opens at k so, else 0.
 */
function scareQuote(tokens: TokenTable, k: number, end: number): number {
  const { lower, pos } = tokens;
  if (!QUOTE_MARKS.has(lower[k]!) || k + 1 >= end) return 0;
  for (let c = k + 2; c < Math.min(end - 1, k + 4); c++) {
    if (pos[c - 1] === POS.VERB || pos[c - 1] === POS.AUX || pos[c - 1] === POS.PUNCT) return 0;
    if (!QUOTE_MARKS.has(lower[c]!)) continue;
    const next = pos[c + 1]!;
    return next === POS.NOUN || next === POS.PROPN || next === POS.ADJ ? c + 1 : 0;
  }
  return 0;
}

/** Speech verbs that come before their speaker after a report: '"…," said X'. */
const INVERTING_VERBS = new Set(['say', 'add', 'write', 'state', 'claim', 'insist', 'declare', 'explain']);
const PREDICATE_ADJECTIVES = new Set(['guilty', 'innocent', 'responsible', 'liable', 'accountable', 'culpable', 'dead', 'alive', 'free', 'loose', 'unconstitutional', 'illegal', 'ineligible']);
const RELATIVE_TIME = new Set(['next', 'last', 'this', 'early', 'late']);

/** Spans of time that "next" or "later this" put ahead. */
const FUTURE_SPANS = new Set(['week', 'month', 'year', 'weekend']);
/** Words that open a clause that dates or describes another act. */
const DATING_OPENERS = new Set(['before', 'after', 'until', 'till', 'once', 'which', 'who', 'as', 'since']);

/** Whether the words at k name a day to come: "tomorrow", "next week", "next Monday", "later this month". */
function dayToCome(lower: readonly string[], k: number): boolean {
  if (lower[k] === 'tomorrow') return true;
  // (Not a day that owns something: "expect next week's elections to be peaceful".)
  if (lower[k] === 'next') return (FUTURE_SPANS.has(lower[k + 1]!) || WEEKDAYS.includes(lower[k + 1]!)) && lower[k + 2] !== "'s";
  return lower[k] === 'later' && lower[k + 1] === 'this' && FUTURE_SPANS.has(lower[k + 2]!);
}

/** Irregular participles a headline's lone passive may stand in: "Kabila shot by bodyguard" (not "Iran stood by Syria"). */
const HEADLINE_PARTICIPLES = new Set(['shot', 'struck', 'hit', 'slain', 'beaten', 'taken', 'held', 'caught', 'stolen', 'thrown', 'overrun', 'driven', 'hung', 'hanged']);

/** Prepositions that set a headline's lone passive in place, time or cause: "arrested in Minsk", "detained after protests". */
const PASSIVE_SETTINGS = new Set(['in', 'after', 'during', 'amid', 'following', 'over', 'for', 'since', 'before']);

/** Verbs that take an "at" of what they are aimed at: "fired at Tel Aviv". */
const AIMED_AT = new Set(['fire', 'shoot', 'aim', 'strike', 'hit', 'point', 'lash', 'hurl', 'throw', 'swipe', 'jab', 'look', 'laugh', 'grab', 'snap', 'arrive', 'stop']);

/** Verbs a headline's lone past form may have with no object, in the active: "Talks resumed in Geneva", "Troops clashed near the border". */
const HEADLINE_INTRANSITIVE = new Set(['clash', 'vote', 'agree', 'return', 'land', 'protest', 'gather', 'advance', 'retreat', 'withdraw', 'rise', 'fall', 'soar', 'drop', 'surge', 'plunge', 'jump', 'end', 'begin', 'start', 'open', 'close', 'fail', 'succeed', 'continue', 'resume', 'talk', 'meet', 'fight', 'battle', 'strike', 'mutiny', 'defect', 'surrender', 'walk', 'camp', 'stay', 'remain', 'rebel', 'vanish', 'crash', 'explode', 'erupt', 'sink', 'win', 'lose', 'score', 'campaign', 'travel', 'fly', 'sail', 'move', 'enter', 'leave', 'cross', 'visit', 'stop', 'stall', 'slow', 'grow', 'improve', 'worsen', 'ease', 'escalate', 'spread', 'decline', 'increase', 'shift', 'change', 'settle', 'act', 'wait', 'pray', 'mourn', 'celebrate', 'boycott', 'abstain', 'testify', 'speak', 'reply', 'comment', 'warn', 'insist', 'object', 'quit', 'step', 'compete', 'lead', 'trail', 'tie', 'draw', 'rule', 'govern', 'reign', 'live', 'work', 'serve', 'survive', 'recover', 'hold', 'lunch', 'dine', 'confer', 'negotiate', 'cooperate', 'call', 'ask', 'press', 'plead', 'lobby', 'push', 'bid', 'apply']);

/** Verbs that take no object, so have no passive: "the minister apologised on Tuesday for the suffering Japan caused". */
const NO_PASSIVE = new Set(['apologize', 'arrive', 'die', 'resign', 'retaliate', 'happen', 'occur', 'collapse', 'emerge', 'react', 'respond', 'march', 'rally', 'riot', 'demonstrate', 'flee', 'disappear']);

function commaBetween(lower: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lower[k] === ',') return true;
  return false;
}

/** Verbs of saying that take a clause and no object, before a headline's "NP to V": "Lebed says troops to leave". */
const SAYING_VERBS = new Set(['say', 'announce', 'report', 'confirm', 'signal', 'hint', 'indicate', 'claim']);

/**
 * "Lebed says Russian troops to leave Chechnya": in a headline, the phrase between a verb of saying
 * and "to" tells what is to come, and a named one is the infinitive's subject (an unnamed one,
 * "NATO says troops to withdraw", is the speaker's own). Not "Bush says Saddam to blame", who is
 * blamed. Null when the headline has no such phrase.
 */
function headlineToldSubject(tokens: TokenTable, sent: Sentence, nounPhrases: readonly NounPhrase[], npAt: readonly number[], said: VerbGroup, vg: VerbGroup): { np: number; named: boolean } | null {
  if (said.sentence !== vg.sentence || !SAYING_VERBS.has(tokens.lemma[said.head]!) || said.object !== null || tokens.lemma[vg.head] === 'blame' || !unstopped(tokens, sent)) return null;
  const np = npAt[vg.tokenStart - 2]!;
  if (np < 0 || nounPhrases[np]!.tokenStart !== said.tokenEnd) return null;
  let named = false;
  for (let k = nounPhrases[np]!.tokenStart; k < nounPhrases[np]!.tokenEnd && !named; k++) named = tokens.pos[k] === POS.PROPN;
  return { np, named };
}

/** Verbs two sides do together, after which a headline's comma joins them: "Guatemala, rebels open talks". */
const TWO_SIDED_VERBS = new Set(['open', 'hold', 'sign', 'agree', 'meet', 'resume', 'begin', 'start', 'end', 'reach', 'clash', 'trade', 'exchange', 'discuss', 'swap', 'talk', 'negotiate', 'restore']);

/** "Brazil and Argentina", "Brazil, Chile and Peru": noun phrases joined by and/or (and commas before a final and/or). */
function coordinate(tokens: TokenTable, sent: Sentence, nounPhrases: Mutable<NounPhrase>[], npAt: number[], inPlace: Uint8Array): void {
  const { lower } = tokens;
  // The chain so far is chain[0 … n): one array for the sentence, as `flush` runs at nearly every token.
  const chain: number[] = [];
  let n = 0;
  let pendingComma = false;
  const flush = () => {
    if (n > 1) {
      for (let x = 0; x < n; x++) {
        const a = chain[x]!;
        const others: number[] = [];
        for (let y = 0; y < n; y++) if (chain[y] !== a) others.push(chain[y]!);
        nounPhrases[a]!.conjuncts = others;
      }
    }
    n = 0;
    pendingComma = false;
  };
  let i = sent.tokenStart;
  while (i < sent.tokenEnd) {
    const np = npAt[i]!;
    if (np >= 0 && nounPhrases[np]!.tokenStart === i) {
      const phrase = nounPhrases[np]!;
      const next = phrase.tokenEnd;
      if (n === 0) chain[n++] = np;
      const w = next < lower.length ? lower[next] : undefined;
      // "X and Y"; and, ending a comma list, "X, and Y" (a serial comma). A comma list only counts once it ends in and/or.
      const last =
        next < sent.tokenEnd && isConjunction(lower, next)
          ? phraseStartingAt(nounPhrases, npAt, sent, next + 1)
          : pendingComma && w === ',' && isConjunction(lower, next + 1)
            ? phraseStartingAt(nounPhrases, npAt, sent, next + 2)
            : -1;
      if (last >= 0) {
        // "With the signing of the accord, the government and the rebels agreed": the phrase that
        // ends a fronted prepositional phrase is no member of the list after its comma.
        // (Only the first comma can end it: not "In a show of unity, the leaders of Egypt, Jordan and …".)
        // So does one that ends a fronted participle's phrase: "Ending 46 years of hostility, Jordan and Israel signed".
        const inFronted = pendingComma && (tokens.pos[sent.tokenStart] === POS.ADP || (tokens.pos[sent.tokenStart] === POS.VERB && lower[sent.tokenStart]!.endsWith('ing'))) && tokens.pos[nounPhrases[chain[0]!]!.tokenStart - 1] === POS.ADP && !commaBetween(lower, sent.tokenStart, nounPhrases[chain[0]!]!.tokenStart);
        const fronted = inFronted && n === 2;
        if (fronted) {
          chain[0] = chain[1]!;
          n = 1;
        }
        // (Nor are the places that end one: "In a statement read out in Annapolis, Maryland, Olmert and Abbas pledged".)
        else if (inFronted && n > 2) {
          let places = 0;
          while (places < n && inPlace[nounPhrases[chain[places]!]!.head] === 1) places++;
          if (places > 0 && places < n) {
            for (let x = places; x < n; x++) chain[x - places] = chain[x]!;
            n -= places;
          }
        }
        // "Djibouti's President Guelleh and Eritrea's Isaias Afwerki": a possessor after "and" opens
        // the member it owns. So does one that owns a name after a name: "President Museveni and Rwanda's Paul Kagame".
        // (A name may end in a given name's lower-case syllable: "Ma Ying-jeou".)
        const nameHead = (np: NounPhrase | undefined): boolean => np !== undefined && (tokens.pos[np.head] === POS.PROPN || (lower[np.head - 1] === '-' && tokens.pos[np.head - 2] === POS.PROPN));
        const ownedName = nameHead(nounPhrases[chain[0]!]) && nameHead(nounPhrases[last + 1]);
        const owned = nounPhrases[last + 1]?.possessor === last && (nounPhrases[chain[0]!]!.possessor !== null || ownedName) ? last + 1 : last;
        // "King Hussein of Jordan and Israeli Prime Minister Yitzhak Rabin": a named person after a
        // named person's "of" place is the person's fellow, not the place's.
        if (n === 1) {
          const first = nounPhrases[chain[0]!]!;
          const of = first.tokenStart - 1;
          const owner = of > sent.tokenStart && lower[of] === 'of' ? npAt[of - 1]! : -1;
          const fellow = nounPhrases[owned]!;
          if (owner >= 0 && tokens.pos[nounPhrases[owner]!.head] === POS.PROPN && nounPhrases[owner]!.head > nounPhrases[owner]!.tokenStart && first.tokenEnd - first.tokenStart <= 3 && allNames(tokens, first.tokenStart, first.tokenEnd) && tokens.pos[fellow.head] === POS.PROPN && fellow.tokenEnd - fellow.tokenStart >= 2) chain[0] = owner;
        }
        chain[n++] = owned;
        pendingComma = false;
        i = nounPhrases[owned]!.tokenStart;
        continue;
      }
      if (next < sent.tokenEnd && w === ',') {
        const after = phraseStartingAt(nounPhrases, npAt, sent, next + 1);
        if (after >= 0) {
          const w2 = lower[nounPhrases[after]!.tokenEnd];
          // A headline joins names with a comma: "Putin, Xi pledge deeper ties".
          // ("Sri Lanka, India leaders hold talks", "Thai, Cambodian troops trade fire": a name, then a
          // name or demonym before a shared noun.)
          const second = nounPhrases[after]!;
          const named = (k: number): boolean => tokens.pos[k] === POS.PROPN || (tokens.pos[k] === POS.ADJ && (tokens.flags[k]! & TokenFlag.Capitalized) !== 0);
          // (Or a plural of people before a verb of two sides: "Guatemala, leftist rebels open peace
          // talks in Mexico City"; not "Kenya, floods kill 20".)
          const sidesPlural = tokens.pos[second.head] === POS.NOUN && lower[second.head]!.endsWith('s') && tokens.lemma[second.head] !== lower[second.head] && TWO_SIDED_VERBS.has(tokens.lemma[second.tokenEnd] ?? '');
          const secondNamed = tokens.pos[second.head] === POS.PROPN || (second.head > second.tokenStart && named(second.head - 1)) || sidesPlural;
          const headline = n === 1 && np === chain[0] && phrase.tokenStart === sent.tokenStart && tokens.pos[sent.tokenEnd - 1] !== POS.PUNCT &&
            named(phrase.head) && secondNamed && (isVerbal(tokens.pos[second.tokenEnd] ?? POS.X) || (lower[second.tokenEnd] === 'to' && tokens.pos[second.tokenEnd + 1] === POS.VERB) ||
              // (An adverb may come between: "U.S., Cuba formally restore diplomatic ties".)
              (tokens.pos[second.tokenEnd] === POS.ADV && isVerbal(tokens.pos[second.tokenEnd + 1] ?? POS.X)));
          if (headline) {
            chain[n++] = after;
            flush();
            i = nounPhrases[after]!.tokenEnd;
            continue;
          }
          // "Oskanian and his Azerbaijani counterpart, Elmar Mammadyarov, held talks": a name set off by
          // commas after a list "and" closed, before the verb, names its last member; the list stands.
          if (n >= 2 && !pendingComma && w2 === ',' && tokens.pos[second.head] === POS.PROPN && isVerbal(tokens.pos[second.tokenEnd + 1] ?? POS.X)) {
            flush();
            i = next;
            continue;
          }
          if (w2 === ',' || w2 === 'and' || w2 === 'or') {
            chain[n++] = after;
            pendingComma = true;
            i = next + 1;
            continue;
          }
        }
      }
      if (pendingComma) n = Math.min(n, 1);
      flush();
      i = next;
      continue;
    }
    flush();
    i++;
  }
  flush();
}

function isConjunction(lower: readonly string[], k: number): boolean {
  return lower[k] === 'and' || lower[k] === 'or';
}

/** The noun phrase starting at token k of the sentence, or -1. */
function phraseStartingAt(nounPhrases: readonly NounPhrase[], npAt: number[], sent: Sentence, k: number): number {
  return k < sent.tokenEnd && npAt[k]! >= 0 && nounPhrases[npAt[k]!]!.tokenStart === k ? npAt[k]! : -1;
}

/** Whether the nearest verb group before token i in its sentence is passive. */
function passiveBefore(vgAt: readonly number[], verbGroups: readonly VerbGroup[], sent: Sentence, i: number): boolean {
  for (let k = i - 1; k >= sent.tokenStart; k--) if (vgAt[k]! >= 0) return verbGroups[vgAt[k]!]!.voice === 'passive';
  return false;
}

function attach(
  tokens: TokenTable,
  sent: Sentence,
  nounPhrases: readonly NounPhrase[],
  verbGroups: readonly VerbGroup[],
  npAt: number[],
  vgAt: number[],
  attachments: Attachment[],
): void {
  const { pos, lower } = tokens;
  for (let i = sent.tokenStart; i < sent.tokenEnd - 1; i++) {
    if (pos[i] !== POS.ADP || vgAt[i]! >= 0) continue;
    // (Over a rough number's word: "to about a million people".)
    // (Or a quantity's two words: "the arrival of more than 300 Australian troops".)
    const counted = QUANTIFIERS.has(`${lower[i + 1]} ${lower[i + 2]}`) && pos[i + 3] === POS.NUM;
    // (Whose own "than", "to" or "of" is no preposition: "more than", "up to", "some of".)
    if (pos[i + 1] === POS.NUM && QUANTIFIERS.has(`${lower[i - 1]} ${lower[i]}`)) continue;
    const at = counted ? i + 3 : ROUGH_NUMBER_WORDS.has(lower[i + 1]!) && (pos[i + 2] === POS.NUM || pos[i + 2] === POS.DET) ? i + 2 : i + 1;
    let object = npAt[at]!;
    if (object < 0 || nounPhrases[object]!.tokenStart !== at) {
      // (Unless the phrase holds the rough number's word: "the first of some 700 soldiers".)
      object = npAt[i + 1]!;
      if (at === i + 1 || object < 0 || nounPhrases[object]!.tokenStart !== i + 1) continue;
    }
    const before = i > sent.tokenStart ? npAt[i - 1]! : -1;
    const prevNoun = before >= 0 && nounPhrases[before]!.tokenEnd === i ? before : -1;
    const prep = lower[i]!;
    // "Turkey said militants from the PKK carried out …": what follows a speech verb is its clause's
    // subject, which the preposition describes.
    const opensReport = prevNoun >= 0 && reportSubject(tokens, nounPhrases[prevNoun]!, vgAt);
    // "a military spokesman in Naypyitaw said", "police in Dhaka were placed on alert": a phrase
    // between a noun and the finite verb right after it describes the noun, its subject.
    const end = nounPhrases[object]!.tokenEnd;
    // (Not a passive's agent, whose own participle may follow: "were abducted in Chibok by gunmen linked to Boko Haram".)
    const subjectOf = prevNoun >= 0 && vgAt[end]! >= 0 && !lower[end]!.endsWith('ing') && (pos[end] === POS.VERB || pos[end] === POS.AUX) && !(prep === 'by' && passiveBefore(vgAt, verbGroups, sent, i));
    // "a second secretary at the Indian High Commission": a post at a mission is held there.
    const postAt = prep === 'at' && prevNoun >= 0 && POST_HOLDERS.has(tokens.lemma[nounPhrases[prevNoun]!.head]!) && MISSIONS.has(tokens.lower[nounPhrases[object]!.head]!);
    if (prevNoun >= 0 && (prep === 'of' || opensReport || subjectOf || postAt || (NOUN_PREPOSITIONS.has(prep) && pos[nounPhrases[prevNoun]!.head] === POS.NOUN))) {
      // "The release on Saturday of 46 Ivorian soldiers", "The signing in Washington on Friday of a
      // nuclear agreement": an "of" after the act's time or place is the act's.
      const act = prep === 'of' ? actBefore(tokens, nounPhrases, attachments, prevNoun) : -1;
      attachments.push({ prep: i, object, attachedTo: { kind: 'noun', index: act >= 0 ? act : prevNoun } });
      continue;
    }
    // The nearest verb before it; with none (an apposition before the verb, a headline), the noun
    // just before it; failing that, the verb after it ("In Jerusalem, officials said").
    let verb = -1;
    for (let k = i - 1; k >= sent.tokenStart; k--) if (vgAt[k]! >= 0) { verb = vgAt[k]!; break; }
    if (verb < 0 && prevNoun >= 0) {
      attachments.push({ prep: i, object, attachedTo: { kind: 'noun', index: prevNoun } });
      continue;
    }
    if (verb < 0) for (let k = i + 1; k < sent.tokenEnd; k++) if (vgAt[k]! >= 0) { verb = vgAt[k]!; break; }
    if (verb >= 0) attachments.push({ prep: i, object, attachedTo: { kind: 'verb', index: verb } });
  }
}

/** Those who hold a post at a mission, and the missions. */
const POST_HOLDERS = new Set(['secretary', 'diplomat', 'attache', 'counsellor', 'counselor', 'official', 'officer', 'employee', 'staffer', 'consul']);
const MISSIONS = new Set(['embassy', 'commission', 'consulate', 'mission', 'legation']);

/** Prepositions that put an act's time, place or doer between its noun and its "of" phrase. */
const ACT_SETTINGS = new Set(['on', 'in', 'at', 'by', 'during']);

/**
 * The common noun a time or place phrase (or the doer in a "by" phrase) describes, climbing over
 * such phrases: "Sunday" → "The arrival" in "The arrival in the city of Kerman on Sunday of …"; or -1.
 */
function actBefore(tokens: TokenTable, nounPhrases: readonly NounPhrase[], attachments: readonly Attachment[], np: number): number {
  const { pos, lower, lemma } = tokens;
  let n = np;
  for (let hops = 0; hops < 4; hops++) {
    const head = nounPhrases[n]!.head;
    // (A name, not a place noun capitalised in one: "the Gulf of Mexico" keeps its own "of".)
    if (!(TIME_NOUNS.has(lower[head]!) || (pos[head] === POS.PROPN && !PLACE_NOUNS.has(lemma[head]!)) || (hops > 0 && PLACE_NOUNS.has(lemma[head]!)))) break;
    const p = nounPhrases[n]!.tokenStart - 1;
    // (Through a place noun's own "of": "the city of Kerman".)
    if (!ACT_SETTINGS.has(lower[p]!) && !(lower[p] === 'of' && hops > 0)) return -1;
    // (Attachments are made in token order, so the one at p is found from the end, near at hand.)
    let i = attachments.length - 1;
    while (i >= 0 && attachments[i]!.prep > p) i--;
    const a = i >= 0 && attachments[i]!.prep === p ? attachments[i]! : undefined;
    if (a === undefined || a.attachedTo.kind !== 'noun') return -1;
    n = a.attachedTo.index;
  }
  const head = nounPhrases[n]!.head;
  return n !== np && pos[head] === POS.NOUN && !PLACE_NOUNS.has(lemma[head]!) && !TIME_NOUNS.has(lower[head]!) ? n : -1;
}

/** Whether a noun phrase comes right after a speech verb ("said militants …", "said that police …"). */
function reportSubject(tokens: TokenTable, np: NounPhrase, vgAt: number[]): boolean {
  let k = np.tokenStart - 1;
  if (tokens.lower[k] === 'that') k--;
  return k >= 0 && vgAt[k]! >= 0 && tokens.pos[k] === POS.VERB && SPEECH_VERBS.has(tokens.lemma[k]!) && tokens.pos[np.head] === POS.NOUN;
}

function clause(
  tokens: TokenTable,
  kind: ClauseKind,
  s: number,
  tokenStart: number,
  tokenEnd: number,
  extra: Partial<Pick<Clause, 'speechVerb' | 'speaker' | 'antecedent'>> = {},
): Clause {
  return {
    start: tokens.start[tokenStart]!,
    end: tokens.end[tokenEnd - 1]!,
    tokenStart,
    tokenEnd,
    kind,
    sentence: s,
    speechVerb: extra.speechVerb ?? null,
    speaker: extra.speaker ?? null,
    antecedent: extra.antecedent ?? null,
  };
}

/** The last token of a sentence that is not closing punctuation. */
function contentEnd(tokens: TokenTable, sent: Sentence): number {
  let e = sent.tokenEnd;
  while (e > sent.tokenStart && tokens.pos[e - 1] === POS.PUNCT) e--;
  return e;
}

/** Whether tokens from..to hold a finite verb: not a participle that describes a noun, an -ing form or an infinitive. */
function finiteBefore(tokens: TokenTable, reduced: number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens.pos[k] !== POS.VERB || reduced[k] === 1 || tokens.lower[k]!.endsWith('ing') || tokens.lower[k - 1] === 'to') continue;
    return true;
  }
  return false;
}

/** Tags a phrasal verb's particle may carry: "pull out of". */
const PARTICLE_POS: ReadonlySet<number> = new Set([POS.ADP, POS.ADV, POS.PART]);

/** The subject of a verb group: the noun phrase that opens its clause, skipping an apposition. */
function subjectOf(sent: Sentence, vg: VerbGroup, nounPhrases: readonly NounPhrase[], npAt: number[], tokens: TokenTable, reduced: number[]): number | null {
  let k = vg.tokenStart - 1;
  // "Iran test-fired": over the verb's hyphened first part.
  if (k > sent.tokenStart && tokens.lower[k] === '-' && (tokens.pos[k - 1] === POS.PART || tokens.lower[k - 1] === 'test')) k -= 2;
  // (A time phrase may follow the apposition: "Kim Yo Jong, the sister of Kim Jong Un, on Friday dismissed".)
  const time = k >= sent.tokenStart ? npAt[k]! : -1;
  if (time >= 0 && TIME_NOUNS.has(tokens.lower[nounPhrases[time]!.head]!) && nounPhrases[time]!.tokenEnd - nounPhrases[time]!.tokenStart === 1 && tokens.lower[nounPhrases[time]!.tokenStart - 1] === 'on' && tokens.lower[nounPhrases[time]!.tokenStart - 2] === ',') k = nounPhrases[time]!.tokenStart - 2;
  // (Over adverbs first: "The U.N. human rights chief, Zeid Ra'ad al-Hussein, sharply criticised".)
  let adverbs = k;
  while (adverbs > sent.tokenStart && tokens.pos[adverbs] === POS.ADV) adverbs--;
  if (adverbs < k && tokens.lower[adverbs] === ',') k = adverbs;
  // Skip back over an apposition between commas: "Rantisi, a senior Hamas leader in Gaza, said".
  // The phrase before the first comma is then found as any subject is: "The Teachers' Union (TU),
  // the umbrella union, announced".
  if (k >= sent.tokenStart && tokens.lower[k] === ',') {
    let c = k - 1;
    while (c >= sent.tokenStart && tokens.lower[c] !== ',') c--;
    // (Over a place's country too: "Lonsdale, speaking at a U.N. conference in Sendai, Japan, said".)
    let named = c > sent.tokenStart + 1 && k - c <= 3 && tokens.pos[c - 1] === POS.PROPN && PLACING_PREPOSITIONS.has(tokens.lower[c - 2]!);
    for (let j = c + 1; named && j < k; j++) named = tokens.pos[j] === POS.PROPN;
    if (named) {
      let before = c - 1;
      while (before >= sent.tokenStart && tokens.lower[before] !== ',') before--;
      if (before > sent.tokenStart) c = before;
    }
    if (c <= sent.tokenStart) return null;
    k = c - 1;
  }
  // Step back over adverbs and a time phrase: "Yeltsin on Saturday hosted", "Israel today renewed";
  // and over a parenthetical: "the Nigerian Air Force (NAF) says".
  for (;;) {
    while (k >= sent.tokenStart && tokens.pos[k] === POS.ADV) k--;
    if (k >= sent.tokenStart && tokens.lower[k] === ')') {
      while (k >= sent.tokenStart && tokens.lower[k] !== '(') k--;
      k--;
      continue;
    }
    const time = k >= sent.tokenStart ? npAt[k]! : -1;
    // A time word alone, not the end of a name ("Theresa May").
    if (time < 0 || !TIME_NOUNS.has(tokens.lower[nounPhrases[time]!.head]!)) break;
    if (nounPhrases[time]!.tokenEnd - nounPhrases[time]!.tokenStart > 1 && !isTimePhrase(tokens, nounPhrases[time]!)) break;
    k = nounPhrases[time]!.tokenStart - 1;
    // ("… from southern Lebanon before dawn on Wednesday ended": "before dawn" too.)
    if (k >= sent.tokenStart && (tokens.lower[k] === 'on' || tokens.lower[k] === 'in' || tokens.lower[k] === 'last' || tokens.lower[k] === 'this' || tokens.lower[k] === 'before' || tokens.lower[k] === 'at')) k--;
  }
  let np = k >= sent.tokenStart ? npAt[k]! : -1;
  if (np < 0) return null;
  // A list climbs from its first member: "the ambassadors of Arnor, Osgiliath and Gondor presented".
  if (nounPhrases[np]!.conjuncts.length > 0) np = Math.min(np, ...nounPhrases[np]!.conjuncts);
  // The phrase before the verb may be a prepositional object modifying the subject: "Protesters in
  // the town of Gjilan burned …", "a car bomb in Kiev killed …". Climb back to the head phrase.
  // So may a reduced relative: "Syrian troops backed by Russian warplanes attacked …".
  for (let guard = 0; guard < 6; guard++) {
    // (A list climbed into climbs on from its first member: "talks between South Sudan's government
    // and rebels loyal to Riek Machar opened".)
    if (guard > 0 && nounPhrases[np]!.conjuncts.length > 0) np = Math.min(np, ...nounPhrases[np]!.conjuncts);
    // "… with the Serbian Workers' Union": the phrase starts at its possessor.
    const possessor = nounPhrases[np]!.possessor;
    // (Over a quantity's words after a preposition: "The arrival of more than 300 troops … marked".)
    const start = nounPhrases[possessor ?? np]!.tokenStart;
    const quantity = start - 3 > sent.tokenStart && tokens.pos[start] === POS.NUM && QUANTIFIERS.has(`${tokens.lower[start - 2]} ${tokens.lower[start - 1]}`) && tokens.pos[start - 3] === POS.ADP ? 2
      : start - 2 > sent.tokenStart && tokens.pos[start] === POS.NUM && APPROXIMATORS.has(tokens.lower[start - 1]!) && tokens.lower[start - 2] === 'of' && !partOfCount(tokens, npAt, nounPhrases, start - 3) ? 1 : 0;
    const before = start - 1 - quantity;
    // "Israel's decision to expand settlements drew criticism": the object of a noun's infinitive
    // is no subject; the noun is.
    if (before > sent.tokenStart + 1 && tokens.pos[before] === POS.VERB && tokens.lower[before - 1] === 'to' && npAt[before - 2]! >= 0 && nounPhrases[npAt[before - 2]!]!.tokenEnd === before - 1) {
      np = npAt[before - 2]!;
      continue;
    }
    // (So is a prepositional object of that infinitive: "Washington's decision to pull out of the
    // treaty was a mistake", "the decision to withdraw from the accord drew protests".)
    if (before > sent.tokenStart + 2 && tokens.pos[before] === POS.ADP) {
      const verb = PARTICLE_POS.has(tokens.pos[before - 1]!) && tokens.pos[before - 2] === POS.VERB ? before - 2 : before - 1;
      if (tokens.pos[verb] === POS.VERB && tokens.lower[verb - 1] === 'to' && npAt[verb - 2]! >= 0 && nounPhrases[npAt[verb - 2]!]!.tokenEnd === verb - 1 && tokens.pos[nounPhrases[npAt[verb - 2]!]!.head] === POS.NOUN) {
        np = npAt[verb - 2]!;
        continue;
      }
    }
    // "A formal investigation into the bloodshed that followed Kenya's election … was opened": over a
    // relative clause to the phrase it describes. (Not a "that" after a day, which opens what was
    // said: "said on Monday that sending troops could not be ruled out".)
    // (Over its verb's auxiliaries and a preposition after it: "Talks … that had been scheduled for Tuesday in Geneva did not take place".)
    let verbStart = tokens.pos[before] === POS.ADP && tokens.pos[before - 1] === POS.VERB ? before - 1 : tokens.pos[before] === POS.VERB ? before : -1;
    while (verbStart > sent.tokenStart + 1 && (tokens.pos[verbStart - 1] === POS.AUX || tokens.pos[verbStart - 1] === POS.ADV)) verbStart--;
    if (verbStart > sent.tokenStart + 1 && (RELATIVE_PRONOUNS.has(tokens.lower[verbStart - 1]!) || tokens.lower[verbStart - 1] === 'that') && npAt[verbStart - 2]! >= 0 && nounPhrases[npAt[verbStart - 2]!]!.tokenEnd === verbStart - 1 && !TIME_NOUNS.has(tokens.lower[nounPhrases[npAt[verbStart - 2]!]!.head]!)) {
      np = npAt[verbStart - 2]!;
      continue;
    }
    // "talks between Japan and North Korea on establishing diplomatic relations opened": over a
    // preposition's gerund and its object to the phrase before them.
    if (before > sent.tokenStart + 1 && tokens.pos[before] === POS.VERB && tokens.lower[before]!.endsWith('ing') && tokens.pos[before - 1] === POS.ADP && npAt[before - 2]! >= 0) {
      np = npAt[before - 2]!;
      if (nounPhrases[np]!.conjuncts.length > 0) np = Math.min(np, ...nounPhrases[np]!.conjuncts);
      continue;
    }
    // (Past an adverb, and to the phrase a reduced relative describes: "Two American journalists
    // jailed for illegally entering North Korea were pardoned".)
    if (before > sent.tokenStart + 2 && tokens.pos[before] === POS.VERB && tokens.lower[before]!.endsWith('ing')) {
      let p = before - 1;
      while (p > sent.tokenStart && tokens.pos[p] === POS.ADV) p--;
      if (p < before - 1 && tokens.pos[p] === POS.ADP && npAt[p - 1]! >= 0) {
        np = npAt[p - 1]!;
        continue;
      }
      if (tokens.pos[p] === POS.ADP && reduced[p - 1] === 1 && p - 2 >= sent.tokenStart && npAt[p - 2]! >= 0) {
        np = npAt[p - 2]!;
        continue;
      }
    }
    // "Riot police wielding truncheons broke up": over an -ing relative and its object to the noun it describes.
    // (And a quantity's words: "a convoy carrying more than 500 tonnes of food reached".)
    const ing = QUANTIFIERS.has(`${tokens.lower[before - 1]} ${tokens.lower[before]}`) ? before - 2 : before;
    // (Or "held hostage": "Three Israeli women held hostage in Gaza were freed".)
    if (reduced[ing] === 1 && (tokens.lower[ing]!.endsWith('ing') || CAPTIVE_WORDS.has(tokens.lower[ing + 1]!)) && npAt[ing - 1]! >= 0) {
      np = npAt[ing - 1]!;
      continue;
    }
    // (A subject pronoun is no preposition's object: "spoke on Monday as he called for".)
    if (NOMINATIVE_PRONOUNS.has(tokens.lower[nounPhrases[np]!.head]!)) break;
    if (before <= sent.tokenStart || (tokens.pos[before] !== POS.ADP && tokens.lower[before] !== 'including' && tokens.lower[before] !== 'as')) break;
    // ("as a typhoon swept across the Philippines": an "as" that opens a clause is no preposition;
    // "such as" and "as well as" are.)
    // (Only after a clause with a finite verb of its own: not "guerrillas disguised as waiters stormed".)
    if (tokens.lower[before] === 'as' && tokens.lower[before - 1] !== 'such' && tokens.lower[before - 1] !== 'well' && tokens.pos[before - 1] !== POS.ADV && finiteBefore(tokens, reduced, sent.tokenStart, before)) break;
    // "More than 17,000 troops began": a quantity's "than" modifies no phrase before it; "after
    // Israeli air strikes killed …": a clause's "after" opens it.
    if (tokens.lower[before] === 'than' || CLAUSE_OPENERS.has(tokens.lower[before]!)) break;
    // "Washington, along with its allies, demanded": the subject is the phrase before "along with".
    const along = tokens.lower[before] === 'with' && (tokens.lower[before - 1] === 'along' || tokens.lower[before - 1] === 'together');
    if (along) {
      let k = before - 2;
      if (tokens.lower[k] === ',') k--;
      if (k < sent.tokenStart || npAt[k]! < 0) break;
      np = npAt[k]!;
      continue;
    }
    // (Past the participle's own place before its "by": "Assets held in Switzerland by Ben Ali were frozen".)
    const placed = tokens.lower[before] === 'by' && reduced[before - 1] !== 1 && npAt[before - 1]! >= 0 ? nounPhrases[npAt[before - 1]!]!.tokenStart : -1;
    const placedParticiple = placed > sent.tokenStart + 2 && tokens.pos[placed - 1] === POS.ADP && reduced[placed - 2] === 1 ? placed - 2 : -1;
    const participle = reduced[before - 1] === 1 || placedParticiple >= 0;
    if (tokens.lower[before] === 'by' && !participle) break;
    // (Or an adjective that takes the preposition: "Oman's minister responsible for foreign affairs, Yusuf bin Alawi, said".)
    const adjective = !participle && tokens.pos[before - 1] === POS.ADJ && POSTPOSED_ADJECTIVES.has(tokens.lower[before - 1]!);
    const owner = npAt[placedParticiple >= 0 ? placedParticiple - 1 : before - (participle || adjective ? 2 : 1)] ?? -1;
    if (owner < 0) break;
    // "Secretary of State John Kerry": a title's "of" phrase ending in a name is the name's own.
    const phrase = nounPhrases[np]!;
    if (tokens.lower[before] === 'of' && TITLE_HEADS.has(tokens.lemma[nounPhrases[owner]!.head]!) && tokens.pos[phrase.head] === POS.PROPN && phrase.tokenEnd - phrase.tokenStart > 1) {
      // (Unless the title is, or ends, a reduced relative's agent: "delegations led by Secretary of
      // State Marco Rubio and presidential chief of staff Andriy Yermak held talks".)
      let by = nounPhrases[owner]!.tokenStart - 1;
      while (by > sent.tokenStart && (npAt[by]! >= 0 || tokens.lower[by] === 'of' || tokens.lower[by] === 'and' || tokens.lower[by] === ',')) by--;
      if (by > sent.tokenStart && tokens.lower[by] === 'by' && reduced[by - 1] === 1 && npAt[by - 2]! >= 0) {
        np = npAt[by - 2]!;
        continue;
      }
      // (The title may close a list: "Tariq Aziz and U.S. Secretary of State James Baker met".)
      if (nounPhrases[owner]!.conjuncts.length > 0) np = Math.min(owner, ...nounPhrases[owner]!.conjuncts);
      break;
    }
    np = owner;
    // (From a "between" list's first member on: "Talks between X and Y on the pullout … opened".)
    if (nounPhrases[np]!.conjuncts.length > 0) {
      const first = Math.min(np, ...nounPhrases[np]!.conjuncts);
      if (tokens.lower[nounPhrases[first]!.tokenStart - 1] === 'between') np = first;
    }
  }
  const phrase = nounPhrases[np]!;
  return phrase.conjuncts.length > 0 ? Math.min(np, ...phrase.conjuncts) : np;
}

function findClauses(
  tokens: TokenTable,
  sent: Sentence,
  s: number,
  nounPhrases: readonly NounPhrase[],
  verbGroups: readonly VerbGroup[],
  npAt: number[],
  vgAt: number[],
  clauses: Clause[],
  reduced: number[],
): void {
  const { lower, flags, pos } = tokens;
  const end = contentEnd(tokens, sent);
  clauses.push(clause(tokens, 'main', s, sent.tokenStart, sent.tokenEnd));

  // Direct quotes, with the speaker named after ("…,” a spokesman said) or before (X said: “…”).
  let q = sent.tokenStart;
  while (q < sent.tokenEnd) {
    if (!(flags[q]! & TokenFlag.InQuote)) { q++; continue; }
    let r = q;
    while (r < sent.tokenEnd && flags[r]! & TokenFlag.InQuote) r++;
    let speechVerb: number | null = null;
    let speaker: number | null = null;
    // (Past a long title and name: "…,' the commander of Iran's Revolutionary Guards, Major General Hossein Salami, warned".)
    for (let k = r; k < Math.min(sent.tokenEnd, r + 20); k++) {
      const vg = vgAt[k]!;
      if (vg >= 0 && SPEECH_VERBS.has(tokens.lemma[verbGroups[vg]!.head]!)) {
        speechVerb = vg;
        // "…,” a Hamas spokesman in Gaza said": the first phrase after the quote; "…,” said X": the one after the verb.
        let first = -1;
        for (let m = r; m < verbGroups[vg]!.tokenStart; m++) if (npAt[m]! >= 0) { first = npAt[m]!; break; }
        const after = npAt[verbGroups[vg]!.tokenEnd] ?? -1;
        speaker = first >= 0 ? first : after >= 0 ? after : null;
        break;
      }
    }
    if (speechVerb === null) {
      for (let k = q - 1; k >= sent.tokenStart; k--) {
        const vg = vgAt[k]!;
        if (vg >= 0 && SPEECH_VERBS.has(tokens.lemma[verbGroups[vg]!.head]!)) {
          speechVerb = vg;
          speaker = subjectOf(sent, verbGroups[vg]!, nounPhrases, npAt, tokens, reduced);
          break;
        }
      }
    }
    // A quote that runs on with no attribution of its own continues the previous speaker's.
    if (speechVerb === null) {
      const previous = clauses.findLast((c) => c.kind === 'quote');
      if (previous && previous.sentence === s - 1) ({ speechVerb, speaker } = previous);
    }
    clauses.push(clause(tokens, 'quote', s, q, r, { speechVerb, speaker }));
    q = r;
  }

  // "Had Washington vetoed the resolution, …", "Were Iran to attack, …": an inverted condition.
  // A clause opened at `from` runs to the next comma or semicolon (for one in a quote, not past the quote).
  const clauseEnd = (from: number, quoted = false): number => {
    let e = from;
    while (e < end && lower[e] !== ',' && lower[e] !== ';' && (!quoted || flags[e]! & TokenFlag.InQuote)) e++;
    return e;
  };
  // A relative clause ends, too, where a finite verb follows its own verb's object and phrases: "An
  // inquiry into the violence that followed the election | was opened by the ICC".
  const relativeEnd = (from: number): number => {
    const e = clauseEnd(from);
    const own = vgAt[from] ?? -1;
    if (own < 0 || verbGroups[own]!.tokenStart !== from) return e;
    // Over its object and prepositional phrases ("that had been scheduled for Tuesday in Geneva | did not take place").
    let next = verbGroups[own]!.tokenEnd;
    while (next < e && (npAt[next]! >= 0 || (pos[next] === POS.ADP && npAt[next + 1]! >= 0) || flags[next]! & TokenFlag.Possessive)) next = npAt[next]! >= 0 ? nounPhrases[npAt[next]!]!.tokenEnd : next + 1;
    const g = vgAt[next] ?? -1;
    // (Or a past verb the participle rules left active: "who have seized Vlore | demanded on Wednesday that …".)
    const finite = pos[next] === POS.AUX || (pos[next] === POS.VERB && reduced[next] !== 1 && verbGroups[g]?.voice === 'active' && !lower[next]!.endsWith('ing'));
    return next > verbGroups[own]!.tokenEnd && next < e && g >= 0 && verbGroups[g]!.tokenStart === next && finite && (pos[next - 1] === POS.NOUN || pos[next - 1] === POS.PROPN) ? next : e;
  };
  const first = lower[sent.tokenStart]!;
  if ((first === 'had' || first === 'were' || first === 'should') && npAt[sent.tokenStart + 1]! >= 0) {
    const e = clauseEnd(sent.tokenStart + 1);
    if (e < end) clauses.push(clause(tokens, 'conditional', s, sent.tokenStart, e));
  }
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    if (flags[i]! & TokenFlag.InQuote) {
      // '"If they attack us, we will respond," he said': a quote's if-clause is one too.
      if (CONDITIONALS.has(lower[i]!)) clauses.push(clause(tokens, 'conditional', s, i, clauseEnd(i + 1, true)));
      continue;
    }
    const vgIndex = vgAt[i]!;
    // Reported speech.
    if (vgIndex >= 0 && verbGroups[vgIndex]!.tokenStart === i) {
      const vg = verbGroups[vgIndex]!;
      if (!SPEECH_VERBS.has(tokens.lemma[vg.head]!) || vg.voice === 'passive') continue;
      const clausal = CLAUSAL_SPEECH_VERBS.has(tokens.lemma[vg.head]!);
      // Forward: "X said (on Friday) (that) Y …" or "X told reporters (that) Y …".
      let c = vg.tokenEnd;
      let that = -1;
      // (Further past phrases that say where and when, with no object between: "denied in a pre-dawn
      // broadcast on state television on Wednesday that", not "denied any role in the bombing that killed".)
      // (A long name told counts as one word: "told visiting U.S. Vice President Al Gore on Monday that".)
      const told = npAt[c] !== undefined && npAt[c]! >= 0 && nounPhrases[npAt[c]!]!.tokenStart === c ? nounPhrases[npAt[c]!]!.tokenEnd - c - 1 : 0;
      // (And past the phrases after one told: "told pilgrims in St. Peter's Square on Sunday that".)
      for (let k = c; k < Math.min(end, c + told + (pos[c] === POS.ADP || (npAt[c]! >= 0 && pos[c + told + 1] === POS.ADP) ? 14 : 8)); k++) {
        if (lower[k] === 'that' && (pos[k] === POS.SCONJ || pos[k] === POS.PRON || pos[k] === POS.DET)) { that = k; break; }
        // (Over a participle that describes the phrase before it: "said in a video aired by Al Jazeera that".)
        const describing = vgAt[k]! >= 0 && verbGroups[vgAt[k]!]!.tokenStart === k && verbGroups[vgAt[k]!]!.tokenEnd === k + 1 && verbGroups[vgAt[k]!]!.voice === 'passive' && npAt[k - 1]! >= 0;
        // (Over a phrase set off by commas that says where or when: "said on Monday, on his first trip abroad since taking office, that".)
        if (lower[k] === ',' && pos[k + 1] === POS.ADP) {
          let m = k + 2;
          while (m < Math.min(end, k + 16) && lower[m] !== ',' && lower[m] !== ';' && !(flags[m]! & TokenFlag.InQuote)) m++;
          if (lower[m] === ',' && lower[m + 1] === 'that') that = m + 1;
          break;
        }
        if (lower[k] === ',' || (vgAt[k]! >= 0 && !describing)) break;
      }
      if (that >= 0) c = that + 1;
      else if (npAt[c] !== undefined && npAt[c]! >= 0 && vg.lemma === 'tell') c = nounPhrases[npAt[c]!]!.tokenEnd;
      else {
        // "said on Friday they …", "said today the talks …", "said late on Wednesday it would …".
        const at = TIME_ADVERBS.has(lower[c]!) && lower[c + 1] === 'on' ? c + 1 : c;
        const k = lower[at] === 'on' ? at + 1 : at;
        if (DAY_WORDS.has(lower[k] ?? '')) c = k + 1;
      }
      const hasVerb = (() => {
        for (let k = c; k < end; k++) if (vgAt[k]! >= 0 && !(flags[k]! & TokenFlag.InQuote)) return true;
        return false;
      })();
      // The reported clause opens with its own subject ("said Hamas would …"), not "to" or a preposition.
      // (Or a gerund that is its subject: "said that joining NATO was the most important event".)
      const gerund = that >= 0 && c < end && vgAt[c]! >= 0 && verbGroups[vgAt[c]!]!.tokenStart === c && pos[c] === POS.VERB && lower[c]!.endsWith('ing');
      // (Or a part of it: "denied that any of its troops had crossed into Congo".)
      const partOf = c + 2 < end && PART_WORDS.has(lower[c]!) && lower[c + 1] === 'of' && npAt[c + 2]! >= 0 && nounPhrases[npAt[c + 2]!]!.tokenStart === c + 2;
      // (Or an existential "there": "said on Saturday there was no crisis in Zimbabwe".)
      const existential = lower[c] === 'there' && tokens.lemma[c + 1] === 'be';
      const opensWithSubject = (c < end && npAt[c]! >= 0 && nounPhrases[npAt[c]!]!.tokenStart === c) || gerund || partOf || existential;
      // (A headline's may have no verb: "Kremlin says ties with Washington worse than in Cold War".)
      const headline = tokens.lemma[vg.head] === 'say' && !/^[.!?"”]$/.test(lower[sent.tokenEnd - 1]!);
      if (clausal && (hasVerb || headline) && opensWithSubject && end - c >= 2 && !(flags[c]! & TokenFlag.InQuote)) {
        clauses.push(clause(tokens, 'reported', s, c, end, { speechVerb: vgIndex, speaker: subjectOf(sent, vg, nounPhrases, npAt, tokens, reduced) }));
        continue;
      }
      // Backward: "Y attacked Z, X said." / "…, said a spokesman."
      const comma = vg.tokenStart - 1;
      let commaAt = -1;
      for (let k = vg.tokenStart - 1; k > sent.tokenStart; k--) {
        if (lower[k] === ',') { commaAt = k; break; }
        // ("…, South Korea's military said": over a possessive's "'s".)
        // (And over a place in the speaker's phrase: "…, officials in Dhaka said".)
        // (And over an "of" between two of its phrases: "…, Secretary of State Colin Powell said", "…, the head of the mission said".)
        if (npAt[k]! < 0 && vgAt[k]! < 0 && pos[k] !== POS.ADV && !(flags[k]! & TokenFlag.Possessive) && !(PLACING_PREPOSITIONS.has(lower[k]!) && npAt[k + 1]! >= 0 && nounPhrases[npAt[k + 1]!]!.tokenEnd === vg.tokenStart && npAt[k - 1]! >= 0) && !(lower[k] === 'of' && npAt[k - 1]! >= 0 && npAt[k + 1]! >= 0)) break;
      }
      if (commaAt > sent.tokenStart && !(flags[commaAt - 1]! & TokenFlag.InQuote) && lower[commaAt - 1] !== '”') {
        const afterNp = npAt[vg.tokenEnd] ?? -1;
        // (No phrase after the comma, "…, officially said": no speaker, not -1.)
        const before = commaAt < comma ? npAt[commaAt + 1]! : -1;
        // (Across an "of", the phrase the verb's subject is: "State Colin Powell", not "Secretary".)
        let joined = false;
        for (let k = commaAt + 1; k < vg.tokenStart && !joined; k++) joined = lower[k] === 'of' && npAt[k]! < 0;
        const subject = joined ? subjectOf(sent, vg, nounPhrases, npAt, tokens, reduced) : null;
        const speaker = subject !== null && nounPhrases[subject]!.tokenStart > commaAt ? subject : before >= 0 ? before : commaAt >= comma && afterNp >= 0 ? afterNp : null;
        clauses.push(clause(tokens, 'reported', s, sent.tokenStart, commaAt, { speechVerb: vgIndex, speaker }));
      }
      continue;
    }
    // Relative clause right after a noun phrase (optionally after a comma).
    const w = lower[i]!;
    if (RELATIVE_PRONOUNS.has(w) || (w === 'that' && pos[i] !== POS.DET && precededByNoun(tokens, i, nounPhrases, npAt, vgAt, verbGroups))) {
      let k = i - 1;
      if (k >= sent.tokenStart && lower[k] === ',') k--;
      const antecedent = k >= sent.tokenStart ? npAt[k]! : -1;
      if (antecedent >= 0) clauses.push(clause(tokens, 'relative', s, i, relativeEnd(i + 1), { antecedent }));
      continue;
    }
    // If-clauses run to the next comma, or to the end when they close the sentence.
    // (So does a "whether" that opens a sentence, which asks what no one has done: "Whether the court
    // will allow Ouattara to stand remained unclear".)
    if (CONDITIONALS.has(w)) clauses.push(clause(tokens, 'conditional', s, i, clauseEnd(i + 1)));
    // (Only to the main clause's verb, after the "whether" clause's own: "Whether the talks will resume
    // is unclear but Israel launched air strikes".)
    else if (w === 'whether' && i === sent.tokenStart && lower[i + 1] !== 'or') {
      let e = clauseEnd(i + 1);
      let own = -1;
      for (let k = i + 1; k < e; k++) {
        const g = vgAt[k]!;
        if (g < 0 || g === own) continue;
        if (own >= 0) {
          e = verbGroups[g]!.tokenStart;
          break;
        }
        own = g;
      }
      clauses.push(clause(tokens, 'conditional', s, i, e));
    }
  }
}

/**
 * Subject, direct object and passive agent of each verb group. The subject of a verb in a relative
 * clause is the phrase the clause describes; a verb coordinated with an earlier one ("met X and
 * signed Y") shares its subject.
 */
/** Prepositions that place a speaker: "officials in Dhaka said". */
const PLACING_PREPOSITIONS = new Set(['in', 'at', 'from']);

/** Verbs that report someone's words as theirs: "quoted X as saying". */
const QUOTING_VERBS = new Set(['quote', 'cite']);

function assignArguments(
  tokens: TokenTable,
  sentences: readonly Sentence[],
  nounPhrases: readonly NounPhrase[],
  verbGroups: Mutable<VerbGroup>[],
  attachments: readonly Attachment[],
  clauses: readonly Clause[],
  npAt: number[],
  reduced: number[],
): void {
  const { lower, pos } = tokens;
  // Clauses come sentence by sentence: each sentence's are clauses [clauseFrom[s], clauseFrom[s + 1]).
  const clauseFrom = filled(sentences.length + 1, 0);
  for (let s = 0, c = 0; s <= sentences.length; s++) {
    while (c < clauses.length && clauses[c]!.sentence < s) c++;
    clauseFrom[s] = c;
  }
  // The first "by" phrase attached to each verb group.
  const agentOf = filled(verbGroups.length, -1);
  for (const a of attachments) {
    if (a.attachedTo.kind === 'verb' && agentOf[a.attachedTo.index] === -1 && lower[a.prep] === 'by') agentOf[a.attachedTo.index] = a.object;
  }
  for (let v = 0; v < verbGroups.length; v++) {
    const vg = verbGroups[v]!;
    const sent = sentences[vg.sentence]!;
    const firstClause = clauseFrom[vg.sentence]!;
    const lastClause = clauseFrom[vg.sentence + 1]!;
    let relative: Clause | undefined;
    // (And a relative clause on its subject that ends right before it: see below.)
    let closed: Clause | undefined;
    for (let c = firstClause; c < lastClause; c++) {
      const cl = clauses[c]!;
      if (cl.kind !== 'relative' || cl.antecedent === null) continue;
      if (relative === undefined && vg.tokenStart > cl.tokenStart && vg.tokenStart < cl.tokenEnd) relative = cl;
      if (cl.tokenEnd === vg.tokenStart && nounPhrases[cl.antecedent]!.tokenEnd === cl.tokenStart) closed = cl;
    }
    const previous = v > 0 && verbGroups[v - 1]!.sentence === vg.sentence ? verbGroups[v - 1]! : null;
    // ", killing several people": a participle after a comma shares the subject of the clause before it.
    const participle = vg.tokenStart > 0 && lower[vg.tokenStart - 1] === ',' && vg.tokenEnd - vg.tokenStart === 1 && lower[vg.head]!.endsWith('ing');
    // "issued a declaration demanding that …": what a statement one issues says, the issuer says.
    // ("passed a resolution on Wednesday censuring Iran": a time phrase may stand between.)
    // So may where it went: "filed a lawsuit at the World Court on Monday accusing Myanmar".
    const documentEnd = previous !== null && previous.object !== null ? afterTime(tokens, nounPhrases, npAt, afterVenue(tokens, nounPhrases, npAt, afterTime(tokens, nounPhrases, npAt, nounPhrases[previous.object]!.tokenEnd))) : -1;
    // So does what one writes to someone: "wrote to President Bush urging him to send troops".
    const letterEnd = previous !== null && previous.object === null && WRITING_VERBS.has(tokens.lemma[previous.head]!) ? afterTime(tokens, nounPhrases, npAt, afterVenue(tokens, nounPhrases, npAt, previous.tokenEnd)) : -1;
    const document = previous !== null && vg.tokenEnd - vg.tokenStart === 1 && lower[vg.head]!.endsWith('ing') &&
      ((previous.object !== null && documentEnd === vg.tokenStart && DOCUMENT_NOUNS.has(tokens.lemma[nounPhrases[previous.object]!.head]!)) || (letterEnd === vg.tokenStart && letterEnd > previous.tokenEnd));
    // (Not where the clause has its own subject: "rejected opposition demands that he resign",
    // "the deal that Iran signed".)
    const own = relative ? npAt[relative.tokenStart + 1]! : -1;
    const ownSubject = own >= 0 && nounPhrases[own]!.tokenStart === relative!.tokenStart + 1 && nounPhrases[own]!.tokenEnd === vg.tokenStart;
    if (relative && ownSubject) vg.subject = own;
    else if (relative && tokens.lower[relative.tokenStart] !== 'whose') vg.subject = relative.antecedent;
    else if ((participle || document) && previous) {
      // (Past a reduced relative: "rammed a car packed with explosives into the gates, killing ten".)
      let clause = previous;
      // (And past an infinitive of purpose after one: "hurled grenades into a crowd gathered outside the
      // assembly to hear Sam Rainsy, killing 16".)
      for (let w = v - 1; participle && w > 0 && (reduced[clause.head] === 1 || (lower[clause.tokenStart - 1] === 'to' && reduced[verbGroups[w - 1]!.head] === 1)) && verbGroups[w - 1]!.sentence === vg.sentence; w--) clause = verbGroups[w - 1]!;
      vg.subject = clause.voice === 'passive' ? clause.agent : clause.subject;
    }
    else {
      // A participle that describes the phrase before it has that phrase as its subject: "a visit expected to …".
      // (Or the one before its comma: "ten army battalions, backed by tank units,".)
      const described = lower[vg.tokenStart - 1] === ',' ? vg.tokenStart - 2 : vg.tokenStart - 1;
      vg.subject = reduced[vg.head] === 1 && npAt[described]! >= 0 ? npAt[described]! : subjectOf(sent, vg, nounPhrases, npAt, tokens, reduced);
      // "Protesters who accuse the ruling party of rigging the election set fire to …": the verb right
      // after a relative clause on the subject has that subject, not the clause's last phrase.
      if (closed !== undefined && vg.subject !== null && nounPhrases[vg.subject]!.tokenStart >= closed.tokenStart) vg.subject = closed.antecedent;
      // "Japan to give Afghanistan $5 billion in aid": a headline's infinitive after its subject is what
      // the subject will do.
      const before = vg.tokenStart - 2;
      // (Or after its owner: "Philippines' Marcos to visit Japan".)
      // (Or a list's last member: "Saudi Arabia, Qatar to pay off Syria's debt".)
      const first = (np: number): number => (nounPhrases[np]!.conjuncts.length > 0 ? Math.min(np, ...nounPhrases[np]!.conjuncts) : np);
      const opening = (np: number): boolean => nounPhrases[np]!.tokenStart === sent.tokenStart || (nounPhrases[np]!.possessor !== null && nounPhrases[nounPhrases[np]!.possessor!]!.tokenStart === sent.tokenStart);
      const headline = vg.subject === null && lower[vg.tokenStart - 1] === 'to' && before >= sent.tokenStart && npAt[before]! >= 0 && opening(first(npAt[before]!)) &&
        (v === 0 || verbGroups[v - 1]!.sentence !== vg.sentence) && unstopped(tokens, sent);
      if (headline) {
        vg.subject = first(npAt[before]!);
        vg.tense = 'future';
      }
      // "We are going to send about 1,000 soldiers": what one is going to do is future.
      // (Present forms only: "was going to attack" tells of a plan that may never have been carried out.)
      if (lower[vg.tokenStart - 1] === 'to' && lower[vg.tokenStart - 2] === 'going' && pos[vg.tokenStart - 3] === POS.AUX && PRESENT_AUX.has(lower[vg.tokenStart - 3]!)) vg.tense = 'future';
      // So is what one is to do: "under which Rwanda is to pull its troops out of Congo".
      if (lower[vg.tokenStart - 1] === 'to' && (lower[vg.tokenStart - 2] === 'is' || lower[vg.tokenStart - 2] === 'are') && v > 0 && verbGroups[v - 1]!.tokenStart === vg.tokenStart - 2 && verbGroups[v - 1]!.tokenEnd === vg.tokenStart - 1) vg.tense = 'future';
      // Or is due to do: "the court, which is due to try him".
      if (lower[vg.tokenStart - 1] === 'to' && lower[vg.tokenStart - 2] === 'due' && (lower[vg.tokenStart - 3] === 'is' || lower[vg.tokenStart - 3] === 'are')) vg.tense = 'future';
      if (vg.subject === null && v > 0) {
        // (Over an adverb: "was shot and seriously wounded".)
        let at = vg.tokenStart - 1;
        while (at > sent.tokenStart && pos[at] === POS.ADV) at--;
        const before = lower[at];
        const previous = verbGroups[v - 1]!;
        // "was shot and seriously wounded by a Taliban gunman": a bare participle joined to a passive
        // is passive too, and the agent after it is both verbs'.
        // (Not a past tense before its infinitive: "was sworn in … and promised to rebuild relations".)
        // (With its particle too: "was flown to The Hague and handed over by Serbia to the tribunal".)
        const bare = vg.tokenEnd - vg.tokenStart === 1 || (vg.particle !== null && vg.tokenEnd - vg.tokenStart === 2 && vg.head === vg.tokenStart);
        // (Nor one with a name for its object: "patience was exhausted and warned Damascus".)
        if (previous.sentence === vg.sentence && previous.voice === 'passive' && (before === 'and' || before === 'or') && bare && isPastForm(lower[vg.head]!, tokens.lemma[vg.head]!) && !(lower[vg.tokenEnd] === 'to' && tokens.pos[vg.tokenEnd + 1] === POS.VERB) && !(pos[vg.tokenEnd] === POS.PROPN && SPEECH_VERBS.has(tokens.lemma[vg.head]!))) {
          vg.voice = 'passive';
          if (previous.agent === null && agentOf[v]! >= 0) previous.agent = agentOf[v]!;
        }
        // "met X and signed Y" shares the subject; so does an infinitive: "Arnor is about to restore", "agreed to meet";
        // and a gerund right after a verb: "has begun withdrawing".
        const gerund = previous.tokenEnd === vg.tokenStart && lower[vg.head]!.endsWith('ing');
        const shares = before === 'and' || before === 'or' || before === 'but' || before === ',' || before === 'to' || gerund;
        const told = before === 'to' ? headlineToldSubject(tokens, sentences[vg.sentence]!, nounPhrases, npAt, previous, vg) : null;
        if (told !== null) {
          vg.subject = told.named ? told.np : previous.subject;
          vg.tense = 'future';
        }
        else if (previous.sentence === vg.sentence && shares) {
          vg.subject = previous.subject;
          // "said that Ankara's patience had run out and warned Damascus": a verb of saying joined to
          // the last verb of what was said is said by the speaker. (Only a verb with no other sense:
          // "said rebels had blocked the road and told drivers to turn back", "and denied them access".)
          if (before === 'and' && SAYING_ONLY.has(tokens.lemma[vg.head]!) && !CLAUSAL_SPEECH_VERBS.has(tokens.lemma[previous.head]!)) {
            for (let c = firstClause; c < lastClause; c++) {
              const cl = clauses[c]!;
              if (cl.kind === 'reported' && cl.speechVerb !== null && cl.tokenStart <= previous.head && previous.head < cl.tokenEnd && verbGroups[cl.speechVerb]!.subject !== null) {
                vg.subject = verbGroups[cl.speechVerb]!.subject;
                break;
              }
            }
          }
          // "stepped across the line dividing the peninsula to meet Moon": an infinitive after a reduced
          // relative's participle is the purpose of the clause's own verb, whose subject does it.
          // (When the participle's clause has closed with a day, and that verb has no object of its own
          // who might do it: not "urged the gunmen holding Fiji's prime minister to free him", "act
          // against militants using Afghan soil to stage attacks".)
          // (Nor people, who may do it themselves: "clashed with opposition supporters marching on
          // Tuesday to demand talks".)
          const participle = previous.tokenEnd - previous.tokenStart === 1 && lower[previous.head]!.endsWith('ing') && previous.subject !== null && nounPhrases[previous.subject]!.tokenEnd === previous.tokenStart && !GROUP_NOUNS.has(lower[nounPhrases[previous.subject]!.head]!) && pos[nounPhrases[previous.subject]!.head] !== POS.PROPN;
          const dayBetween = participle && vg.tokenStart >= 2 && npAt[vg.tokenStart - 2]! >= 0 && isTimePhrase(tokens, nounPhrases[npAt[vg.tokenStart - 2]!]!);
          if (before === 'to' && dayBetween) {
            for (let g = v - 2; g >= 0 && verbGroups[g]!.sentence === vg.sentence; g--) {
              if (reduced[verbGroups[g]!.head] === 1) continue;
              if (verbGroups[g]!.subject !== null && verbGroups[g]!.object === null) vg.subject = verbGroups[g]!.subject;
              break;
            }
          }
          // "said she would work to build trust and reopen dialogue": a bare verb joined to a modal
          // or future one shares its mood.
          // (Through the infinitives between: "would work to build trust and reopen".)
          let m = v - 1;
          while (m > 0 && verbGroups[m - 1]!.sentence === vg.sentence && verbGroups[m]!.modal === null && verbGroups[m]!.tense !== 'future' && lower[verbGroups[m]!.tokenStart - 1] === 'to') m--;
          const moody = verbGroups[m]!;
          // (A bare passive too: "could run out of cash and be forced to print its own currency".)
          if ((before === 'and' || before === 'or') && vg.modal === null && vg.tense !== 'future' && tokens.lemma[vg.tokenStart] === lower[vg.tokenStart] && lower[vg.tokenStart] !== 'is' && moody.subject === previous.subject && (moody.modal !== null || moody.tense === 'future')) {
            vg.modal = moody.modal;
            vg.tense = moody.tense;
          }
          // "will not send weapons to Ukraine or allow their transit": a verb joined by "or" to a
          // negated one is denied with it.
          if (before === 'or' && moody.negated && vg.tokenStart === vg.head && moody.subject === previous.subject) vg.negated = true;
        }
      }
    }
    // "Iranian television quoted Foreign Minister Zarif as saying": the one quoted is who says.
    if (lower[vg.tokenStart - 1] === 'as' && previous !== null && previous.object !== null && QUOTING_VERBS.has(tokens.lemma[previous.head]!) && nounPhrases[previous.object]!.tokenEnd === vg.tokenStart - 1) vg.subject = previous.object;
    let k = vg.tokenEnd;
    // Step over adverbs and quantifiers before a number: "killed more than 500 civilians", "at least 75".
    for (;;) {
      while (k < sent.tokenEnd && pos[k] === POS.ADV) k++;
      const two = `${lower[k]} ${lower[k + 1]}`;
      if (QUANTIFIERS.has(two) && k + 2 < sent.tokenEnd && pos[k + 2] === POS.NUM) k += 2;
      else break;
    }
    // "rejected on Saturday U.S. calls": over a time phrase with "on".
    if (lower[k] === 'on' && DAY_WORDS.has(lower[k + 1] ?? '')) k += 2;
    // "pulled all its troops out of Lebanon": over a predeterminer the chunker left out (and its "of": "all of its troops").
    if ((lower[k] === 'all' || lower[k] === 'both' || lower[k] === 'half') && npAt[k]! < 0) {
      const at = lower[k + 1] === 'of' ? k + 2 : k + 1;
      if (at < sent.tokenEnd && npAt[at]! >= 0 && nounPhrases[npAt[at]!]!.tokenStart === at) k = at;
    }
    let np = k < sent.tokenEnd ? npAt[k]! : -1;
    // "announced Thursday that …", "released last week": a time phrase is not the object.
    if (np >= 0 && isTimePhrase(tokens, nounPhrases[np]!)) {
      k = nounPhrases[np]!.tokenEnd;
      np = k < sent.tokenEnd ? npAt[k]! : -1;
    }
    // After "said", the phrase that follows is the subject of what was said, not an object.
    let opensReport = false;
    for (let c = firstClause; c < lastClause && !opensReport; c++) {
      const cl = clauses[c]!;
      opensReport = cl.kind === 'reported' && cl.speechVerb === v && cl.tokenStart === k;
    }
    if (np >= 0 && nounPhrases[np]!.tokenStart === k && !opensReport) vg.object = np;
    // "when the presidents of Armenia and Azerbaijan meet next week", "Putin visits China next week": a
    // present form told with a day to come, right after it or its object, is future.
    // (A finite verb of its own clause: not an infinitive, "a call to hold elections next month", nor a
    // clause that only dates another act, "before Cyprus joins the European Union next week".)
    const dating = DATING_OPENERS.has(lower[vg.tokenStart - 1]!) || (vg.subject !== null && DATING_OPENERS.has(lower[nounPhrases[vg.subject]!.tokenStart - 1]!));
    if (vg.tense === 'present' && vg.modal === null && vg.voice === 'active' && lower[vg.tokenStart - 1] !== 'to' && !dating && (dayToCome(lower, vg.tokenEnd) || (vg.object !== null && dayToCome(lower, nounPhrases[vg.object]!.tokenEnd)))) vg.tense = 'future';
    // '"…," said Maria Zakharova': a speech verb after a quote and a comma has its subject after it.
    // So does one after a report and a comma: "Hamas attacked Israel, said a spokesman".
    const quoteEnd = vg.tokenStart >= 2 && /^["”’']$/.test(lower[vg.tokenStart - 1]!) ? vg.tokenStart - 2 : vg.tokenStart - 1;
    // (Not after an apposition: "Mujahid, appearing in public, told a news conference".)
    const finiteBefore = (): boolean => {
      for (let g = v - 1; g >= 0 && verbGroups[g]!.sentence === vg.sentence; g--) {
        const group = verbGroups[g]!;
        if (group.subject !== null && !lower[group.head]!.endsWith('ing') && !(group.voice === 'passive' && group.tokenEnd - group.tokenStart === 1)) return true;
      }
      return false;
    };
    const inverted = vg.object !== null && vg.voice === 'active' && INVERTING_VERBS.has(tokens.lemma[vg.head]!) && quoteEnd > sent.tokenStart && lower[quoteEnd] === ',' && (quoteEnd < vg.tokenStart - 1 || finiteBefore());
    if (inverted) [vg.subject, vg.object] = [vg.object, null];
    // "Jehovah's Witnesses banned in Russia by Supreme Court": a headline's lone past form with an
    // agent's "by" and no object is a passive.
    const alone = (verbGroups[v - 1]?.sentence !== vg.sentence) && (verbGroups[v + 1]?.sentence !== vg.sentence);
    // (So is one of putting out, before "from": "Zimbabwe suspended from Commonwealth for a year".)
    const putOut = REMOVING_LEMMAS.has(tokens.lemma[vg.head]!) && lower[vg.tokenEnd] === 'from';
    // (With its particle too: "Carlos the Jackal handed over to France by Sudan".)
    const single = vg.tokenEnd - vg.tokenStart === 1 || (vg.tokenEnd - vg.tokenStart === 2 && vg.head === vg.tokenStart && PARTICLES.has(lower[vg.tokenEnd - 1]!));
    // (So is one with no object before a place, a time or nothing at all, of a verb that needs an
    // object: "Opposition leader arrested in Minsk", "Three journalists detained".)
    // (Only before where, when or why, not a preposition a verb takes: "Troops fired on crowd",
    // "Israel pulled out of Gaza", "NATO called for withdrawal".)
    // ("at" only after a verb that takes no "at" of its own: "assassinated at election rally", not "fired at Tel Aviv".)
    const at = lower[vg.tokenEnd] === 'at' && !AIMED_AT.has(tokens.lemma[vg.head]!);
    const bare = !NO_PASSIVE.has(tokens.lemma[vg.head]!) && !HEADLINE_INTRANSITIVE.has(tokens.lemma[vg.head]!) && (vg.tokenEnd === sent.tokenEnd || PASSIVE_SETTINGS.has(lower[vg.tokenEnd]!) || at || lower[vg.tokenEnd] === ',');
    if (vg.voice === 'active' && alone && vg.object === null && (agentOf[v]! >= 0 || putOut || bare) && single && (lower[vg.head]!.endsWith('ed') || HEADLINE_PARTICIPLES.has(lower[vg.head]!)) && lower[sent.tokenEnd - 1] !== '.' && vg.subject !== null) vg.voice = 'passive';
    if (vg.voice === 'passive' && agentOf[v]! >= 0) vg.agent = agentOf[v]!;
    // "landed in Madrid after being granted asylum by Spain", "before meeting Putin": a participle
    // right after a clause opener shares the subject of the clause before it.
    const opener = vg.tokenStart - 1;
    if (vg.subject === null && previous !== null && previous.subject !== null && opener > sent.tokenStart && CLAUSE_OPENERS.has(lower[opener]!) && (lower[vg.tokenStart]!.endsWith('ing'))) {
      vg.subject = previous.subject;
    }
  }
}

/** The token after a time phrase ("on Wednesday", "Friday") that starts at k, or k. */
function afterTime(tokens: TokenTable, nounPhrases: readonly NounPhrase[], npAt: number[], k: number): number {
  const at = tokens.lower[k] === 'on' ? k + 1 : k;
  const np = npAt[at] ?? -1;
  return np >= 0 && nounPhrases[np]!.tokenStart === at && isTimePhrase(tokens, nounPhrases[np]!) ? nounPhrases[np]!.tokenEnd : k;
}

/** The token after a phrase that says where a document went ("at the World Court", "to the U.N. Security Council"), or k. */
function afterVenue(tokens: TokenTable, nounPhrases: readonly NounPhrase[], npAt: number[], k: number): number {
  if (!VENUE_PREPOSITIONS.has(tokens.lower[k] ?? '')) return k;
  const np = npAt[k + 1] ?? -1;
  if (np < 0 || nounPhrases[np]!.tokenStart !== k + 1) return k;
  let end = nounPhrases[np]!.tokenEnd;
  while (tokens.lower[end] === 'of' && (npAt[end + 1] ?? -1) >= 0) end = nounPhrases[npAt[end + 1]!]!.tokenEnd;
  return end;
}

function isTimePhrase(tokens: TokenTable, np: NounPhrase): boolean {
  const head = tokens.lower[np.head]!;
  if (DAY_WORDS.has(head)) return true;
  const first = tokens.lower[np.tokenStart]!;
  // (And a span measured back or on: "seized a day earlier", "three weeks ago".)
  if (SPANS.has(head) && MEASURED_FROM.has(tokens.lower[np.tokenEnd] ?? '')) return true;
  return TIME_NOUNS.has(head) && (first === 'last' || first === 'this' || first === 'next' || first === 'early' || first === 'late');
}

const SPANS = new Set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'decade', 'decades']);
const MEASURED_FROM = new Set(['earlier', 'later', 'ago', 'before']);

function precededByNoun(
  tokens: TokenTable,
  i: number,
  nounPhrases: readonly NounPhrase[],
  npAt: number[],
  vgAt: number[],
  verbGroups: readonly VerbGroup[],
): boolean {
  const np = i > 0 ? npAt[i - 1]! : -1;
  if (np < 0 || tokens.pos[nounPhrases[np]!.head] !== POS.NOUN) return false;
  // "said that …" is a complementiser, not a relative pronoun.
  for (let k = nounPhrases[np]!.tokenStart - 1; k >= 0 && k >= nounPhrases[np]!.tokenStart - 3; k--) {
    const vg = vgAt[k]!;
    if (vg >= 0) return !SPEECH_VERBS.has(verbGroups[vg]!.lemma);
  }
  return true;
}

/** Tokens [start, end) are all proper nouns (after a leading "the"): "Sri Lanka", "the Philippines". */
function allNames(tokens: TokenTable, start: number, end: number): boolean {
  for (let k = tokens.lower[start] === 'the' ? start + 1 : start; k < end; k++) if (tokens.pos[k] !== POS.PROPN) return false;
  return true;
}

/** Words of time the tagger may read as adjectives: "adopted early on Sunday". */
const TIME_ADVERBS = new Set(['early', 'late', 'overnight', 'today', 'yesterday']);
