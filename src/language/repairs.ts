import { ASPECT_LEMMAS, FUTURE, MODALS, NAME_PARTICLES, PHRASAL_VERBS, POSSESSIVE_DETERMINERS, READY_WORDS, ROUGH_NUMBER_WORDS, SIMPLE_PAST, SPEECH_VERBS, TITLES, WEEKDAYS } from './lexicon.js';
import { POS, TokenFlag, type Sentence, type TokenTable } from './types.js';

/** The particles a past form before them makes a phrasal verb of (fewer than the lexicon's: not "over", "back", "on"). */
const PHRASAL_PARTICLES = new Set(['up', 'down', 'off', 'out']);
const AFTER_MODAL_VERB = new Set<number>([POS.DET, POS.ADJ, POS.NOUN, POS.PROPN, POS.NUM, POS.PRON, POS.ADP]);
/** Present forms of verbs of intent that the tagger may read as plural nouns, with their lemmas. */
const INTENT_FORMS = new Map([['plans', 'plan'], ['vows', 'vow'], ['pledges', 'pledge'], ['promises', 'promise'], ['offers', 'offer'], ['aims', 'aim'], ['hopes', 'hope'], ['seeks', 'seek'], ['wants', 'want'], ['agrees', 'agree'], ['refuses', 'refuse'], ['threatens', 'threaten'], ['prepares', 'prepare'], ['intends', 'intend']]);
/** Present forms of verbs of demanding that the tagger may read as plural nouns, with their lemmas. */
const DIRECTIVE_FORMS = new Map([['demands', 'demand'], ['urges', 'urge'], ['asks', 'ask'], ['tells', 'tell'], ['orders', 'order'], ['presses', 'press']]);
/** Irregular past forms the tagger reads as nouns after a plural subject. */
const IRREGULAR_PAST = new Map([['retook', 'retake'], ['overran', 'overrun'], ['shot', 'shoot'], ['burst', 'burst'], ['hit', 'hit'], ['struck', 'strike'], ['fought', 'fight'], ['beat', 'beat'], ['fled', 'flee'], ['stormed', 'storm'], ['set', 'set'], ['put', 'put']]);
/** Lone assailants, after whom an irregular past read as a noun is the verb: "A Slovak man shot Prime Minister Robert Fico". */
const ASSAILANTS = new Set(['man', 'woman', 'gunman', 'assailant', 'attacker', 'soldier', 'policeman', 'bomber', 'sniper', 'militant', 'teenager', 'youth']);
/** Bodies that act as one, which the tagger may read as an adjective: "the military". */
const BODIES = new Set(['military', 'army', 'police', 'junta', 'navy']);
/** The plural of a people's name: "Argentines", "Palestinians", "Iraqis" (not "Hamas"). */
const PEOPLE_PLURAL = /(ans|ens|ites|ines|ees|is)$/;
/** Tags that may open an object "lay" takes (not an adjective: "the bodies lay dead"). */
const OBJECT_TAGS = new Set<number>([POS.DET, POS.PRON, POS.NOUN, POS.PROPN]);
/** Plurals that name armed men but are verbs too: "Serb forces free …". */
const ARMED_PLURALS = new Set(['forces', 'rebels', 'guards']);
/** Plurals of what is asked or offered, which the tagger may read as verbs after a name: "U.S. calls". */
const ASKED_PLURALS = new Set(['calls', 'demands', 'appeals', 'offers', 'requests', 'pleas', 'threats', 'warnings', 'claims', 'plans', 'proposals', 'accusations', 'charges', 'pledges', 'promises']);
/** Adjectives that are also verbs a headline may use: "Serbs free hostages". */
const HEADLINE_ADJECTIVE_VERBS = new Set(['free']);
/** People named by a word that is also an adjective, which the tagger may read as one: "handed the militant over". */
const ADJECTIVE_PEOPLE = new Set(['militant', 'radical', 'extremist', 'separatist', 'fundamentalist', 'insurgent', 'loyalist', 'dissident', 'civilian', 'criminal', 'fugitive']);
/** Tags of the words that may modify a noun between a number and it. */
const MODIFIER_TAGS = new Set<number>([POS.PROPN, POS.ADJ, POS.NOUN]);
/** Tags that may follow a verb and start its object or phrase. */
const BEFORE_OBJECT = new Set<number>([POS.DET, POS.PROPN, POS.PRON, POS.ADP, POS.NUM]);
/** Participles that say what someone is held to be: "suspected drug traffickers", "alleged plotters". */
const ATTRIBUTIVE_PARTICIPLES = new Set(['suspected', 'alleged', 'reputed', 'accused', 'wanted', 'convicted', 'jailed', 'detained', 'imprisoned', 'exiled', 'ousted', 'deposed', 'disputed']);
/** Past forms that describe the noun after them ("armed forces", "elected officials"), not verbs. */
const ATTRIBUTIVE_PAST = new Set(['armed', 'based', 'backed', 'owned', 'controlled', 'funded', 'sponsored', 'trained', 'allied', 'linked', 'affiliated', 'elected', 'appointed', 'united', 'organized', 'organised', 'supported', 'disputed', 'occupied', 'embattled', 'armoured', 'armored', 'civilized', 'developed', 'registered', 'mixed', 'detained', 'jailed', 'exiled']);
/** Counts of people that open an object: "Serb forces shot hundreds of Muslim men". */
const COUNT_WORDS = new Set(['hundreds', 'thousands', 'dozens', 'scores', 'tens', 'millions']);

/** Whether "let" is among the few words before token k (from the sentence's start on). */
function letBefore(lemma: readonly string[], start: number, k: number): boolean {
  for (let j = Math.max(start, k - 6); j < k - 1; j++) if (lemma[j] === 'let') return true;
  return false;
}

function verbBefore(pos: ArrayLike<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (pos[k] === POS.VERB || pos[k] === POS.AUX) return true;
  return false;
}

/** Plurals that name people: "students", "protesters", "troops". */
const PEOPLE_NOUN = /(ents|ers|ors|ists|ians|ans|ees|oops|iers|men|youths)$/;

/** The verb a gerund is of, as the dictionaries know it ("rioting" → "riot", "celebrating" → "celebrate"), or null. */
function lemmaOfGerund(word: string, verbs: ReadonlySet<string>): string | null {
  const stem = word.slice(0, -3);
  for (const candidate of [stem, `${stem}e`, /([bdgmnprt])\1$/.test(stem) ? stem.slice(0, -1) : '']) if (candidate !== '' && verbs.has(candidate)) return candidate;
  return null;
}

/** Disasters named before those they strike, which are verbs too: "flood victims", "quake survivors". */
// (Acts of war too, before their victims only: "medicines to bomb victims", not "continued to bomb areas".)
const DISASTER_MODIFIERS = new Set(['flood', 'quake', 'storm', 'cyclone', 'hurricane', 'typhoon', 'drought', 'famine', 'landslide', 'mudslide', 'tsunami', 'earthquake', 'bomb', 'attack', 'blast', 'war']);
const STRUCK_PEOPLE = new Set(['victims', 'victim', 'survivors', 'survivor', 'refugees', 'evacuees', 'widows', 'orphans']);

/** Nouns for bodies of people that no verb shares its form with. */
const NOUNS_NOT_VERBS = /^(?:opposition|coalition|delegation|administration|federation|organi[sz]ation|population)s?$/;

/** Verbs that link a subject to a participle describing it: "remains committed", "seems determined". */
const LINKING_VERBS = new Set(['remain', 'seem', 'stay', 'look', 'appear', 'become', 'get', 'feel', 'sound', 'prove', 'grow', 'turn', 'keep', 'lie', 'stand', 'sit', 'go', 'come', 'be', 'have']);

// Gerunds that name violence, and words after which one opens a clause as its subject.
const VIOLENCE_GERUNDS = new Set(['fighting', 'shelling', 'bombing', 'looting', 'rioting']);
const CLAUSE_OPENERS = new Set(['after', 'before', 'since', 'as', 'when', 'until', 'while', 'and', ',', 'where', 'once']);

// Verbs that take "of" themselves: "consisting of", "speaking of".
const OF_VERBS = new Set(['consist', 'speak', 'talk', 'think', 'dream', 'approve', 'dispose', 'hear', 'tire', 'die', 'warn', 'accuse', 'rid', 'deprive', 'inform', 'remind', 'convince', 'smell', 'know', 'learn', 'despair', 'beware']);

// Aid that may be given, and verbs that give it to someone named first: "offered Nepal help".
const AID_WORDS = new Set(['help', 'aid', 'support', 'backing']);
const GIVING_LEMMAS = new Set(['offer', 'give', 'promise', 'pledge', 'grant', 'lend', 'send', 'deny', 'refuse']);

// Prepositions after which an initialism and a bare word of aid are a phrase: "for U.S. help", "with NATO support".
const NOUN_PREPOSITIONS_BEFORE_NAME = new Set(['for', 'with', 'without']);
// Adverbs before "free" that make it the verb: "demanded that Georgia immediately free four officers".
const RELEASE_ADVERBS = new Set(['immediately', 'unconditionally', 'soon', 'swiftly', 'quickly', 'promptly']);

/** Last words of bodies' names: "… Commission", "… Front". */
const BODY_NAME_ENDS = new Set(['commission', 'council', 'committee', 'party', 'front', 'movement', 'army', 'agency', 'authority', 'court', 'ministry', 'bank', 'union', 'organization', 'organisation', 'forces', 'force', 'service', 'office', 'institute', 'association', 'league', 'alliance', 'bureau', 'board', 'tribunal']);

/** Whether a verb stands from k to the sentence's end. */
function verbAfter(tokens: TokenTable, k: number, end: number): boolean {
  for (let j = k; j < end; j++) if (tokens.pos[j] === POS.VERB) return true;
  return false;
}

/** Whether token k, before a name's next word, is its article, its owner's "'s" or another of its words (not the sentence's first). */
function insideName(tokens: TokenTable, k: number, start: number): boolean {
  return k >= start && (tokens.lower[k] === 'the' || (tokens.flags[k]! & TokenFlag.Possessive) !== 0 || (tokens.pos[k] === POS.PROPN && k > start));
}

/** Whether capitalised words from k on (at most three) end in a body's word. */
function bodyNameAhead(tokens: TokenTable, k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 3); j++) {
    if (!(tokens.flags[j]! & TokenFlag.Capitalized)) return false;
    if (BODY_NAME_ENDS.has(tokens.lower[j]!)) return true;
  }
  return false;
}

/**
 * Small tagger repairs that need the dictionaries' verb lemmas or a fixed phrase:
 * - a past form the lemmatiser left as it is ("rounded" in "rounded up dozens") gets the verb
 *   lemma the dictionaries know ("round"), so phrasal entries ("round up") find it;
 * - "de facto" is an adjective ("Honduras' de facto government"), not two foreign words.
 */
export function repairTags(tokens: TokenTable, sentences: readonly Sentence[], verbs: ReadonlySet<string>): void {
  const pos = tokens.pos as Uint8Array;
  const { lower } = tokens;
  const lemma = tokens.lemma as string[];
  for (const s of sentences) {
    pastAfterAgentPhrase(tokens, s);
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const word = lower[k]!;
      // "opposition leader Said Abdullo Nuri met": a capitalised "Said" inside a sentence, before a
      // name, is a given name, not a verb. So is "Don" ("Secretary-General Don McKinnon").
      if ((word === 'said' || word === 'don') && pos[k] === POS.VERB && k > s.tokenStart && tokens.flags[k]! & TokenFlag.Capitalized && !(tokens.flags[k]! & TokenFlag.AllCaps) && pos[k + 1] === POS.PROPN && !/^[,"“”':]$/.test(lower[k - 1]!)) {
        pos[k] = POS.PROPN;
        lemma[k] = word;
        continue;
      }
      // "Thailand's National Counter Corruption Commission": a capitalised word between a name's
      // words, before a body's word, is part of the name.
      // (Not an -ing form, which may describe: "the Simon Bolivar Guerrilla Coordinating Board".)
      // (Inside the name, after its article, owner or another of its words; not a title-case
      // headline's verb: "Iran Threatens Israel Defense Forces".)
      if (pos[k] === POS.VERB && !word.endsWith('ing') && tokens.flags[k]! & TokenFlag.Capitalized && !(tokens.flags[k]! & TokenFlag.AllCaps) && pos[k - 1] === POS.PROPN && tokens.flags[k - 1]! & TokenFlag.Capitalized && insideName(tokens, k - 2, s.tokenStart) && bodyNameAhead(tokens, k + 1, s.tokenEnd)) {
        pos[k] = POS.PROPN;
        lemma[k] = word;
        continue;
      }
      // "Rioters looted and set fire to shops", "Protesters storm and torch parliament": a word the
      // tagger read as an adjective or a noun, between a plural subject and "and" and a verb, is a
      // verb the dictionaries know, joined to that one.
      // (Not participles with their agent: "Militants armed and trained by Iran attacked".)
      if ((pos[k] === POS.ADJ || pos[k] === POS.NOUN) && lower[k + 1] === 'and' && pos[k + 2] === POS.VERB && lower[k + 3] !== 'by' && k > s.tokenStart && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN) && lower[k - 1]!.endsWith('s') && !(tokens.flags[k - 1]! & TokenFlag.Possessive)) {
        const base = word.endsWith('ed') ? [word.slice(0, -2), word.slice(0, -1)].find((b) => verbs.has(b)) : verbs.has(word) && k - 1 === s.tokenStart ? word : undefined;
        if (base !== undefined) {
          pos[k] = POS.VERB;
          lemma[k] = base;
          continue;
        }
      }
      // "Rioters venting anger at the government looted …": an -ing form the tagger read as a noun,
      // right after a plural subject that opens the sentence and before its object, is a participle.
      if (pos[k] === POS.NOUN && word.endsWith('ing') && word.length > 5 && k - 1 === s.tokenStart && lower[k - 1]!.endsWith('s') && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN) && (pos[k + 1] === POS.NOUN || pos[k + 1] === POS.DET || pos[k + 1] === POS.ADJ) && verbAfter(tokens, k + 2, s.tokenEnd)) {
        pos[k] = POS.VERB;
        lemma[k] = verbs.has(word.slice(0, -3)) ? word.slice(0, -3) : word;
        continue;
      }
      // "Tajik government and Islamic opposition open peace talks": a noun that no verb shares its form
      // with is no verb, though the tagger may read one so.
      if (pos[k] === POS.VERB && NOUNS_NOT_VERBS.test(word)) {
        pos[k] = POS.NOUN;
        lemma[k] = word;
        continue;
      }
      // "the choice of a new prime minister": "new" before what it describes is an adjective, though
      // the tagger reads it as an adverb before another adjective.
      if (word === 'new' && pos[k] === POS.ADV && (pos[k + 1] === POS.ADJ || pos[k + 1] === POS.NOUN)) {
        pos[k] = POS.ADJ;
        continue;
      }
      // "let U.S.-led forces use Manas airport": a bare "use" after "let" and whom it lets is a verb.
      // (Not "the use of": "refused to let the United States expand the use of its bases".)
      if (word === 'use' && pos[k] === POS.NOUN && BEFORE_OBJECT.has(pos[k + 1]!) && pos[k - 1] !== POS.DET && lower[k + 1] !== 'of' && letBefore(lemma, s.tokenStart, k)) {
        pos[k] = POS.VERB;
        lemma[k] = 'use';
        continue;
      }
      // "appealed to Obama for U.S. help in fighting Ebola": a bare verb form after a preposition and
      // a name that modifies it is a noun; no clause follows such a preposition.
      // (An initialism only, which no clause's subject is in such a place: not "on Friday set up", "in Minsk beat".)
      // (Aid only, not a headline's verb: "Members of OPEC agree to cut output".)
      if (pos[k] === POS.VERB && AID_WORDS.has(word) && k >= s.tokenStart + 2 && pos[k - 1] === POS.PROPN && (tokens.flags[k - 1]! & TokenFlag.AllCaps || lower[k - 1]!.includes('.')) && pos[k - 2] === POS.ADP && NOUN_PREPOSITIONS_BEFORE_NAME.has(lower[k - 2]!)) {
        pos[k] = POS.NOUN;
        continue;
      }
      // "offered Nepal help in rebuilding roads": aid named after a verb of giving and its receiver is
      // what is given, a noun.
      if (pos[k] === POS.VERB && AID_WORDS.has(word) && k >= s.tokenStart + 2 && (pos[k - 1] === POS.PROPN || pos[k - 1] === POS.NOUN) && GIVING_LEMMAS.has(lemma[k - 2]!) && pos[k - 2] === POS.VERB) {
        pos[k] = POS.NOUN;
        continue;
      }
      // "demanded that Georgia immediately free four Russian officers": "free" after an adverb or a
      // name, before whom it frees, is the verb.
      // (And a participle between it and them describes them: "demands Japan free detained trawler captain".)
      const describedNext = pos[k + 1] === POS.VERB && lower[k + 1]!.endsWith('ed') && (pos[k + 2] === POS.NOUN || pos[k + 2] === POS.PROPN);
      // (Not the adjective: "Shourd free 14 months after arrest", "are now free two weeks after".)
      const freeing = RELEASE_ADVERBS.has(lower[k - 1]!) ? pos[k + 1] === POS.NUM || pos[k + 1] === POS.DET || pos[k + 1] === POS.PROPN : pos[k - 1] === POS.PROPN && (pos[k + 1] === POS.DET || pos[k + 1] === POS.PROPN || describedNext);
      if (word === 'free' && (pos[k] === POS.ADJ || pos[k] === POS.ADV) && k > s.tokenStart && freeing && !(tokens.flags[k]! & TokenFlag.Capitalized)) {
        pos[k] = POS.VERB;
        lemma[k] = 'free';
        if (describedNext) pos[k + 1] = POS.ADJ;
        continue;
      }
      // "bishops condemn killing of priests": an -ing form right after a verb, with an "of" after it,
      // is the verb's object, a noun. (Not a verb that takes "of": "consisting of", "speaking of".)
      // (Nor after a verb of starting or going on, whose gerund it is: "began talking of a truce".)
      if (pos[k] === POS.VERB && word.endsWith('ing') && lower[k + 1] === 'of' && k > s.tokenStart && pos[k - 1] === POS.VERB && !OF_VERBS.has(lemma[k]!) && !ASPECT_LEMMAS.has(lemma[k - 1]!)) {
        pos[k] = POS.NOUN;
        lemma[k] = word;
        continue;
      }
      // "five days after fighting erupted", "refugees who had fled fighting in Darfur", "halted fighting
      // over Nagorno-Karabakh": a gerund of violence that a clause's verb follows, or that a verb
      // takes with nothing after it, names the violence; it is no one's act here.
      // (Not after a verb of starting or stopping, which has its own rules: "agreed to stop fighting".)
      if (pos[k] === POS.VERB && VIOLENCE_GERUNDS.has(word) && k > s.tokenStart && k + 1 < s.tokenEnd && ((CLAUSE_OPENERS.has(lower[k - 1]!) && (pos[k + 1] === POS.VERB || (pos[k + 1] === POS.ADV && pos[k + 2] === POS.VERB))) || (pos[k - 1] === POS.VERB && !ASPECT_LEMMAS.has(lemma[k - 1]!) && lower[k - 1] !== 'to' && (pos[k + 1] === POS.ADP || pos[k + 1] === POS.PUNCT)))) {
        pos[k] = POS.NOUN;
        lemma[k] = word;
        continue;
      }
      // "appeals for end to fighting in Brazzaville": a "to" after a noun, before an -ing form, is a
      // preposition, and the -ing form a noun; no infinitive takes one.
      if (word === 'to' && pos[k] === POS.PART && k > s.tokenStart && pos[k - 1] === POS.NOUN && pos[k + 1] === POS.VERB && lower[k + 1]!.endsWith('ing') && k + 1 < s.tokenEnd) {
        pos[k] = POS.ADP;
        pos[k + 1] = POS.NOUN;
        lemma[k + 1] = lower[k + 1]!;
        continue;
      }
      // "handed over the guerrilla known as Carlos to French agents": an infinitive's "to" needs a verb
      // after it; before a name or a determiner it is a preposition.
      if (word === 'to' && pos[k] === POS.PART && (pos[k + 1] === POS.PROPN || pos[k + 1] === POS.DET || pos[k + 1] === POS.NUM) && k + 1 < s.tokenEnd) {
        pos[k] = POS.ADP;
        continue;
      }
      // "Students rioting over quotas set fire to vehicles": a gerund right after people, before a
      // preposition, is what they are doing, not the head of their phrase. (Not "ministers meeting
      // in Brussels", which news reads as one phrase.)
      if (pos[k] === POS.NOUN && word.endsWith('ing') && k > s.tokenStart && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN) && PEOPLE_NOUN.test(lower[k - 1]!) && pos[k + 1] === POS.ADP && word !== 'meeting' && lemmaOfGerund(word, verbs) !== null) {
        pos[k] = POS.VERB;
        lemma[k] = lemmaOfGerund(word, verbs)!;
        continue;
      }
      // "food handouts to flood victims": a disaster's name before those it struck is a noun, and the
      // "to" before it a preposition.
      if (word === 'to' && pos[k] === POS.PART && (pos[k + 1] === POS.VERB || pos[k + 1] === POS.NOUN) && DISASTER_MODIFIERS.has(lower[k + 1]!) && STRUCK_PEOPLE.has(lower[k + 2] ?? '')) {
        pos[k] = POS.ADP;
        pos[k + 1] = POS.NOUN;
        lemma[k + 1] = lower[k + 1]!;
        continue;
      }
      // "Sacked oil workers rioted in …": a past form opening a sentence, before a noun phrase and its
      // verb, describes the noun.
      if (k === s.tokenStart && pos[k] === POS.VERB && word.endsWith('ed')) {
        let j = k + 1;
        while (j < s.tokenEnd && (pos[j] === POS.NOUN || pos[j] === POS.ADJ)) j++;
        if (j > k + 1 && pos[j - 1] === POS.NOUN && pos[j] === POS.VERB) {
          pos[k] = POS.ADJ;
          continue;
        }
      }
      // "airdropped urgently needed medical aid": a past form after a "-ly" adverb, before the noun it
      // describes, after a verb or an article, is an adjective.
      if (pos[k] === POS.VERB && word.endsWith('ed') && k >= s.tokenStart + 2 && pos[k - 1] === POS.ADV && lower[k - 1]!.endsWith('ly') && (pos[k - 2] === POS.VERB || pos[k - 2] === POS.DET) && (pos[k + 1] === POS.ADJ || pos[k + 1] === POS.NOUN)) {
        pos[k] = POS.ADJ;
        continue;
      }
      // "Syrian demonstrators enraged by cartoons set fire to …": a past form read as an adjective
      // before its agent's "by", after a noun, is a participle, so the noun stays the subject.
      if (pos[k] === POS.ADJ && word.endsWith('ed') && lower[k + 1] === 'by' && k > s.tokenStart && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN)) {
        pos[k] = POS.VERB;
        lemma[k] = pastStem(word, verbs) ?? lemma[k]!;
        continue;
      }
      // "The killings in Darfur amount to genocide": "amount to" after a noun, with no verb before it
      // but one of saying, is the verb ("the envoy said the killings in Darfur amount to genocide").
      if (word === 'amount' && pos[k] === POS.NOUN && lower[k + 1] === 'to' && k > s.tokenStart && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN) && !verbBefore(pos, lastSpeechVerb(tokens, s.tokenStart, k) + 1, k)) {
        pos[k] = POS.VERB;
        lemma[k] = 'amount';
        continue;
      }
      // "President Akbar Hashemi Rafsanjani mediated talks … aimed at": a past form read as an
      // adjective right after a name, with no verb before it, is the name's verb.
      // (Not one that describes the noun after it: "Sierra Leone armed forces attacked".)
      if (pos[k] === POS.ADJ && word.endsWith('ed') && !ATTRIBUTIVE_PAST.has(word) && k > s.tokenStart + 1 && pos[k - 1] === POS.PROPN && pos[k - 2] === POS.PROPN && (pos[k + 1] === POS.NOUN || pos[k + 1] === POS.DET) && !verbBefore(pos, s.tokenStart, k)) {
        const stem = pastStem(word, verbs);
        if (stem !== null) {
          pos[k] = POS.VERB;
          lemma[k] = stem;
          continue;
        }
      }
      // "talks between the Mexican government and masked Zapatista rebel leaders": a past form that
      // opens the second side of a "between" describes it.
      if (pos[k] === POS.VERB && word.endsWith('ed') && lower[k - 1] === 'and' && (pos[k + 1] === POS.PROPN || pos[k + 1] === POS.ADJ || pos[k + 1] === POS.NOUN)) {
        let between = false;
        for (let j = k - 2; j >= Math.max(s.tokenStart, k - 8) && !between && pos[j] !== POS.VERB && pos[j] !== POS.AUX; j--) between = lower[j] === 'between';
        if (between) {
          pos[k] = POS.ADJ;
          continue;
        }
      }
      // "Australian air force Hercules transports flew food into Aceh": a plural read as a verb
      // between a noun and a past form is the subject's noun.
      // (Not a linking verb before its participle: "Nairobi remains committed to".)
      // (Only before a past that is no participle: not "Israel frees jailed Palestinians".)
      if (pos[k] === POS.VERB && /[^s]s$/.test(word) && !LINKING_VERBS.has(lemma[k]!) && k > s.tokenStart && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN) && pos[k + 1] === POS.VERB && SIMPLE_PAST.has(lower[k + 1]!)) {
        pos[k] = POS.NOUN;
        lemma[k] = word.slice(0, -1);
        continue;
      }
      // "was freed on bail by a Tehran court": bail one is "on" is a noun.
      if (word === 'bail' && pos[k] === POS.VERB && lower[k - 1] === 'on') {
        pos[k] = POS.NOUN;
        lemma[k] = 'bail';
        continue;
      }
      // "bowing to pressure from ECOWAS": pressure "from" someone is a noun, not an infinitive.
      if (word === 'pressure' && pos[k] === POS.VERB && lower[k + 1] === 'from' && lower[k - 1] === 'to') {
        pos[k] = POS.NOUN;
        lemma[k] = 'pressure';
        continue;
      }
      // "ECOWAS heads of state met …": "heads of state" or "of government" is a noun.
      if (word === 'heads' && lower[k + 1] === 'of' && (lower[k + 2] === 'state' || lower[k + 2] === 'government') && pos[k] !== POS.NOUN) {
        pos[k] = POS.NOUN;
        lemma[k] = 'head';
        continue;
      }
      // "brought Mobutu and Kabila face to face": the idiom is an adverb, no noun or infinitive.
      if (word === 'face' && lower[k + 1] === 'to' && lower[k + 2] === 'face') {
        pos[k] = POS.ADV;
        pos[k + 1] = POS.ADV;
        pos[k + 2] = POS.ADV;
        k += 2;
        continue;
      }
      // "Suspected Boko Haram fighters abducted 30 passengers": a plural read as a verb before a past
      // form read as a noun is the subject's noun, and the past form is the verb.
      if (pos[k] === POS.VERB && word.endsWith('s') && k > s.tokenStart && (pos[k - 1] === POS.PROPN || pos[k - 1] === POS.ADJ) && lower[k + 1]?.endsWith('ed') && (pos[k + 1] === POS.NOUN || pos[k + 1] === POS.ADJ) && (BEFORE_OBJECT.has(pos[k + 2]!) || pos[k + 2] === POS.ADV || COUNT_WORDS.has(lower[k + 2]!))) {
        const stem = pastStem(lower[k + 1]!, verbs);
        if (stem !== null) {
          pos[k] = POS.NOUN;
          lemma[k] = word.slice(0, -1);
          pos[k + 1] = POS.VERB;
          lemma[k + 1] = stem;
          k++;
          continue;
        }
      }
      // "De Klerk and ANC leaders open talks": a plural read as a verb the dictionaries do not know,
      // before a verb they do read as an adjective, is the subject's noun; the next word is the verb.
      // (So is a plural that names armed men, though it is a verb too: "Serb forces free Dutch peacekeepers".)
      const armed = ARMED_PLURALS.has(word) && pos[k - 1] === POS.PROPN;
      if (pos[k] === POS.VERB && word.endsWith('s') && k > s.tokenStart && ((!verbs.has(lemma[k]!) && !verbs.has(word.slice(0, -1))) || armed) && (pos[k + 1] === POS.ADJ || pos[k + 1] === POS.NOUN) && verbs.has(lower[k + 1]!) && (pos[k + 2] === POS.NOUN || pos[k + 2] === POS.DET || pos[k + 2] === POS.ADJ || (armed && (pos[k + 2] === POS.PROPN || pos[k + 2] === POS.NUM)))) {
        pos[k] = POS.NOUN;
        lemma[k] = word.slice(0, -1);
        pos[k + 1] = POS.VERB;
        lemma[k + 1] = lower[k + 1]!;
        k++;
        continue;
      }
      // "if U.S. House Speaker Nancy Pelosi visits Taiwan": an -s word the dictionaries know as a verb,
      // right after a name in a clause "if" or "unless" opens with no verb yet, before its object, is the verb.
      if (pos[k] === POS.NOUN && /[^s]s$/.test(word) && k > s.tokenStart && pos[k - 1] === POS.PROPN && (pos[k + 1] === POS.PROPN || pos[k + 1] === POS.DET || pos[k + 1] === POS.NUM) && verbs.has(word.slice(0, -1)) && conditionOpen(tokens, k, s.tokenStart)) {
        pos[k] = POS.VERB;
        lemma[k] = word.slice(0, -1);
        continue;
      }
      // "Angola's dos Santos rejects …": a surname's particle after a possessive or a title, before
      // the capitalised rest of the name, is part of the name, not a verb ("dos") or a stray word.
      if (NAME_PARTICLES.has(word) && pos[k] !== POS.PROPN && k > s.tokenStart && (lower[k - 1] === "'s" || TITLES.has(lower[k - 1]!)) && pos[k + 1] === POS.PROPN && tokens.flags[k + 1]! & TokenFlag.Capitalized) {
        pos[k] = POS.PROPN;
        continue;
      }
      // "Ethiopia dismissed U.S. calls for a ceasefire": a plural of what is asked or offered, after a
      // verb (not of speech) and the name of whose it is, is that verb's object, not a verb.
      // (Not before an object of its own, which makes it the verb: "hope Iran offers a compromise".)
      if (pos[k] === POS.VERB && ASKED_PLURALS.has(word) && k >= s.tokenStart + 2 && (pos[k - 1] === POS.PROPN || (pos[k - 1] === POS.ADJ && tokens.flags[k - 1]! & TokenFlag.Capitalized)) && pos[k - 2] === POS.VERB && !SPEECH_VERBS.has(lemma[k - 2]!) && lemma[k - 2] !== 'be' && !OBJECT_TAGS.has(pos[k + 1]!) && pos[k + 1] !== POS.NUM) {
        pos[k] = POS.NOUN;
        lemma[k] = word.slice(0, -1);
        continue;
      }
      // "Greek Cypriots vote down U.N. plan": a phrasal verb's first word read as a noun, after a
      // plural subject with no verb before it, before its particle and object, is the verb.
      if (pos[k] === POS.NOUN && k > s.tokenStart && (pos[k - 1] === POS.PROPN || pos[k - 1] === POS.NOUN) && /[^s]s$/.test(lower[k - 1]!) && PHRASAL_VERBS.has(`${word} ${lower[k + 1]}`) && OBJECT_TAGS.has(pos[k + 2]!) && !verbBefore(pos, s.tokenStart, k)) {
        pos[k] = POS.VERB;
        lemma[k] = word;
        pos[k + 1] = POS.ADP;
        continue;
      }
      // "Thousands of Argentines looted supermarkets and rioted": a past form read as an adjective,
      // right after a people's plural name with no verb before it, before its object, is the verb.
      // (Only a count of them: "Thousands of Argentines", not "Philippines armed forces".)
      if (pos[k] === POS.ADJ && word.endsWith('ed') && k > s.tokenStart + 1 && lower[k - 2] === 'of' && pos[k - 1] === POS.PROPN && PEOPLE_PLURAL.test(lower[k - 1]!) && (pos[k + 1] === POS.NOUN || pos[k + 1] === POS.DET || pos[k + 1] === POS.NUM) && !verbBefore(pos, s.tokenStart, k)) {
        pos[k] = POS.VERB;
        lemma[k] = pastStem(word, verbs) ?? word.slice(0, -2);
        continue;
      }
      // "Chinese protesters ransacked Japanese-owned shops": so is one the dictionaries know as a verb
      // after a plural common noun that opens the sentence (a nationality before it at most).
      const opener = k - 1 === s.tokenStart || (k - 2 === s.tokenStart && pos[k - 2] === POS.PROPN);
      if (pos[k] === POS.ADJ && word.endsWith('ed') && k > s.tokenStart && opener && pos[k - 1] === POS.NOUN && /[^s]s$/.test(lower[k - 1]!) && (pos[k + 1] === POS.NOUN || pos[k + 1] === POS.DET || pos[k + 1] === POS.NUM || pos[k + 1] === POS.PROPN) && pastStem(word, verbs) !== null && !verbBefore(pos, s.tokenStart, k)) {
        pos[k] = POS.VERB;
        lemma[k] = pastStem(word, verbs)!;
        continue;
      }
      // "Kenya remains committed to sending police": a participle of readiness after "remain" is an
      // adjective, as after "be".
      if (pos[k] === POS.VERB && READY_WORDS.has(word) && word.endsWith('ed') && k > s.tokenStart && (lemma[k - 1] === 'remain' || lemma[k - 1] === 'stay') && lower[k + 1] === 'to') {
        pos[k] = POS.ADJ;
        continue;
      }
      // "ordered the army to cease fire": a word the dictionaries know as a verb, after an
      // infinitive's "to", is that verb.
      if (pos[k] === POS.NOUN && k > s.tokenStart && lower[k - 1] === 'to' && pos[k - 1] === POS.PART && verbs.has(word)) {
        pos[k] = POS.VERB;
        lemma[k] = word;
        continue;
      }
      // "agreed to lay down their arms": "lay" before an object (or "down" and one) lays it; only
      // with none is it the past of "lie" ("the bodies lay in the street").
      if (word === 'lay' && lemma[k] === 'lie' && OBJECT_TAGS.has(pos[lower[k + 1] === 'down' ? k + 2 : k + 1]!)) {
        lemma[k] = 'lay';
        continue;
      }
      // "Bosnian Serbs free last U.N. hostages": an adjective that is also a verb, right after a plural
      // subject with no verb before it and before an object, is the headline's verb.
      if ((pos[k] === POS.ADJ || pos[k] === POS.ADV) && HEADLINE_ADJECTIVE_VERBS.has(word) && k > s.tokenStart && (pos[k - 1] === POS.PROPN || pos[k - 1] === POS.NOUN) && /[^s]s$/.test(lower[k - 1]!) && (pos[k + 1] === POS.DET || pos[k + 1] === POS.NUM || pos[k + 1] === POS.ADJ || pos[k + 1] === POS.NOUN || pos[k + 1] === POS.PROPN) && !verbBefore(pos, s.tokenStart, k)) {
        pos[k] = POS.VERB;
        lemma[k] = word;
        continue;
      }
      // "Heavy fighting between Sudan's army and the RSF shook the capital": an -ing word before
      // "between" that opens its sentence, or follows one adjective there or after an article, is a noun.
      // (The tagger may read a sentence's capitalised first adjective as a name; not a plural: "Rebels fighting between …".)
      const firstAdjective = k - 1 === s.tokenStart && (pos[k - 1] === POS.ADJ || (pos[k - 1] === POS.PROPN && !lower[k - 1]!.endsWith('s')));
      if (pos[k] === POS.VERB && word.endsWith('ing') && lower[k + 1] === 'between' && (k === s.tokenStart || firstAdjective || (pos[k - 1] === POS.ADJ && pos[k - 2] === POS.DET))) {
        pos[k] = POS.NOUN;
        lemma[k] = word;
        continue;
      }
      // "officials fear thousands of people have been killed": "fear" after a plural subject, before
      // what is feared, is the verb.
      if ((word === 'fear' || word === 'fears') && pos[k] === POS.NOUN && k > s.tokenStart && pluralSubject(tokens, k - 1, s.tokenStart) && (pos[k + 1] === POS.NUM || pos[k + 1] === POS.DET || pos[k + 1] === POS.PRON || lower[k + 1] === 'that' || COUNT_WORDS.has(lower[k + 1]!))) {
        pos[k] = POS.VERB;
        lemma[k] = 'fear';
        continue;
      }
      // "send 20,000 or more troops": "or more" after a number is part of it (so before "of": "20,000 or more of its troops").
      if (word === 'or' && k > s.tokenStart && pos[k - 1] === POS.NUM && (lower[k + 1] === 'more' || lower[k + 1] === 'so' || lower[k + 1] === 'fewer' || lower[k + 1] === 'less') && (pos[k + 2] === POS.NOUN || pos[k + 2] === POS.ADJ || lower[k + 2] === 'of')) {
        pos[k] = POS.NUM;
        pos[k + 1] = POS.NUM;
        k++;
        continue;
      }
      // "detained by the military on Monday": a body the tagger read as an adjective, after an article
      // and before no noun, is the body; so is a person, after a nationality or adjective too
      // ("arrested the militant in Karachi", "handed the Venezuelan militant known as Carlos over").
      const before = k > s.tokenStart ? pos[k - 1] : undefined;
      // (Not one joined to another modifier: "the civilian and military leaders".)
      // (Or after an owner: "Thailand's military, which declared martial law, imposed a curfew".)
      if (pos[k] === POS.ADJ && (before === POS.DET || (BODIES.has(word) && lower[k - 1] === "'s") || (ADJECTIVE_PEOPLE.has(word) && (before === POS.PROPN || before === POS.ADJ || before === POS.NUM))) && (BODIES.has(word) || ADJECTIVE_PEOPLE.has(word)) && pos[k + 1] !== POS.NOUN && pos[k + 1] !== POS.PROPN && pos[k + 1] !== POS.ADJ && !(ADJECTIVE_PEOPLE.has(word) && (lower[k + 1] === 'and' || lower[k + 1] === 'or' || lower[k + 1] === ','))) {
        pos[k] = POS.NOUN;
        continue;
      }
      // "summoned the French and Spanish ambassadors": a capitalised adjective joined to a nationality
      // before a noun is a nationality too, whose noun the two share.
      if (pos[k] === POS.ADJ && k > s.tokenStart && tokens.flags[k]! & TokenFlag.Capitalized && lower[k + 1] === 'and' && pos[k + 2] === POS.PROPN && tokens.flags[k + 2]! & TokenFlag.Capitalized && pos[k + 3] === POS.NOUN) {
        pos[k] = POS.PROPN;
        continue;
      }
      // "14 other suspected drug traffickers": a participle that names what someone is held to be,
      // after a number, an article or an adjective and before a noun, is an adjective.
      if (pos[k] === POS.VERB && ATTRIBUTIVE_PARTICIPLES.has(word) && k > s.tokenStart && (pos[k - 1] === POS.ADJ || pos[k - 1] === POS.NUM || pos[k - 1] === POS.DET) && pos[k + 1] === POS.NOUN) {
        pos[k] = POS.ADJ;
        continue;
      }
      // "Rioters looted supermarkets and fought police": a past form read as an adjective between a
      // plural subject and its object, with the verb joined to it after, is the verb.
      if (pos[k] === POS.ADJ && word.endsWith('ed') && k > s.tokenStart && pluralSubject(tokens, k - 1, s.tokenStart) && (k - 1 === s.tokenStart || pos[k - 2] === POS.DET || pos[k - 2] === POS.ADJ) && pos[k + 1] === POS.NOUN && joinedVerbAfter(tokens, k + 1, s.tokenEnd)) {
        const stem = pastStem(word, verbs);
        if (stem !== null) {
          pos[k] = POS.VERB;
          lemma[k] = stem;
          continue;
        }
      }
      // "Egypt opens Rafah crossing with Gaza": a crossing a name names is a noun.
      if (word === 'crossing' && pos[k] === POS.VERB && k > s.tokenStart && pos[k - 1] === POS.PROPN) {
        pos[k] = POS.NOUN;
        lemma[k] = word;
        continue;
      }
      // "will send around 1,000 troops": a rough number's word before a number is an adverb, not a
      // preposition whose object the number would be.
      if (pos[k] === POS.ADP && pos[k + 1] === POS.NUM && ROUGH_NUMBER_WORDS.has(word)) {
        pos[k] = POS.ADV;
        continue;
      }
      // "extradited Russian hacking suspect Yevgeniy Nikulin": "suspect" before a name is a noun, a
      // title of sorts, and so is the "-ing" word that says what it is suspected of.
      // (Only after such a word or an adjective: not "Police suspect Hamas of the attack".)
      if ((word === 'suspect' || word === 'suspects') && pos[k] === POS.VERB && k > s.tokenStart && pos[k + 1] === POS.PROPN && (pos[k - 1] === POS.ADJ || (pos[k - 1] === POS.VERB && lower[k - 1]!.endsWith('ing')))) {
        pos[k] = POS.NOUN;
        lemma[k] = 'suspect';
        if (pos[k - 1] === POS.VERB && lower[k - 1]!.endsWith('ing')) pos[k - 1] = POS.NOUN;
        continue;
      }
      // "NATO launches air strikes", "Tedros presses rich nations": the lemmatiser leaves an "e" on
      // some "-es" forms ("launche", "presse"); the known verb without it is the lemma.
      if (pos[k] === POS.VERB && word.endsWith('es') && lemma[k] === word.slice(0, -1) && !verbs.has(lemma[k]!) && verbs.has(word.slice(0, -2))) lemma[k] = word.slice(0, -2);
      // (Or its hyphen dropped: "re-established" → "reestablished" → "reestablish".)
      if (pos[k] === POS.VERB && (lemma[k] === word || lemma[k] === word.replace('-', '')) && lemma[k]!.endsWith('ed') && word.length > 4) {
        const stem = pastStem(lemma[k]!, verbs);
        if (stem !== null) lemma[k] = stem;
      } else if ((pos[k] === POS.ADJ || pos[k] === POS.NOUN) && word.endsWith('ed') && PHRASAL_PARTICLES.has(lower[k + 1] ?? '') && k > s.tokenStart && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.PROPN || (pos[k - 1] === POS.AUX && lemma[k - 1] === 'be'))) {
        // "Swazi police rounded up dozens": a past form before its particle, after a noun, is the verb.
        // (So is one after "been": "have been rounded up and expelled".)
        const stem = pastStem(word, verbs);
        if (stem !== null) {
          pos[k] = POS.VERB;
          lemma[k] = stem;
        }
      } else if (pos[k] === POS.NOUN && (IRREGULAR_PAST.has(word) || word.endsWith('ed')) && k > s.tokenStart && (pluralSubject(tokens, k - 1, s.tokenStart) || misreadPlural(tokens, k, s.tokenStart) || (IRREGULAR_PAST.has(word) && ASSAILANTS.has(lower[k - 1]!))) && (BEFORE_OBJECT.has(pos[k + 1]!) || COUNT_WORDS.has(lower[k + 1]!) || lower[k + 1] === 'dead' || titledObject(tokens, k + 1) || (pos[k + 1] === POS.CCONJ && (pos[k + 2] === POS.VERB || (pos[k + 2] === POS.ADV && pos[k + 3] === POS.VERB))) || (lower[k + 1] === ',' && verbListEnd(lower, pos, k + 1, s.tokenEnd) >= 0)) && !verbBefore(pos, s.tokenStart, misreadPlural(tokens, k, s.tokenStart) ? k - 1 : k)) {
        // "Rebel soldiers shot East Timor's president", "Gunmen burst into the home": a past form
        // after the plural subject, before its object, is the sentence's verb.
        // So after a body of armed men or officers: "Zimbabwe's military put President Robert Mugabe under house arrest".
        const stem = IRREGULAR_PAST.get(word) ?? (word.endsWith('ed') ? pastStem(word, verbs) : null);
        if (stem !== null) {
          pos[k] = POS.VERB;
          lemma[k] = stem;
          // (The body is then the subject's noun, as is a plural read as a verb: "Ukrainian forces retook".)
          if (pos[k - 1] === POS.ADJ || pos[k - 1] === POS.VERB) pos[k - 1] = POS.NOUN;
        }
      } else if ((pos[k] === POS.ADJ || pos[k] === POS.NOUN || pos[k] === POS.ADV) && k > s.tokenStart && (MODALS.has(lower[k - 1]!) || FUTURE.has(lower[k - 1]!)) && (verbs.has(word) || (pos[k] === POS.ADJ && (pos[k + 1] === POS.DET || POSSESSIVE_DETERMINERS.has(lower[k + 1]!)))) && k + 1 < s.tokenEnd && AFTER_MODAL_VERB.has(pos[k + 1]!)) {
        // "his government would open formal peace negotiations": a word the dictionaries know as a
        // verb, right after a modal, is that verb (so is one read as an adverb: "would free more
        // political prisoners", "would back the plan"). So is any word read as an adjective there,
        // before a determiner: "France will double its troop presence".
        pos[k] = POS.VERB;
        lemma[k] = word;
      } else if (pos[k] === POS.NOUN && INTENT_FORMS.has(word) && k > s.tokenStart && (pos[k - 1] === POS.PROPN || pos[k - 1] === POS.NOUN) && lower[k + 1] === 'to' && (pos[k + 2] === POS.VERB || (pos[k + 2] === POS.ADV && pos[k + 3] === POS.VERB)) && !verbBefore(pos, s.tokenStart, k)) {
        // "Vietnam plans to buy submarines", "Iran vows to retaliate": a present form of an intent
        // verb after its subject, before an infinitive, is the sentence's verb.
        pos[k] = POS.VERB;
        lemma[k] = INTENT_FORMS.get(word)!;
      } else if (pos[k] === POS.NOUN && DIRECTIVE_FORMS.has(word) && k > s.tokenStart && pos[k - 1] === POS.PROPN && pos[k + 1] === POS.PROPN && tokens.flags[k + 1]! & TokenFlag.Capitalized && pos[k + 2] === POS.VERB && !verbBefore(pos, s.tokenStart, k)) {
        // "Maldives demands India pull its troops out": a present form of a verb of demanding
        // between two names, before the second's bare verb, is the headline's verb.
        pos[k] = POS.VERB;
        lemma[k] = DIRECTIVE_FORMS.get(word)!;
      } else if (pos[k] === POS.VERB && /[^s]s$/.test(word) && k >= s.tokenStart + 2 && MODIFIER_TAGS.has(pos[k - 1]!) && (pos[k - 2] === POS.NUM || (k >= s.tokenStart + 3 && MODIFIER_TAGS.has(pos[k - 2]!) && pos[k - 3] === POS.NUM))) {
        // "the expulsion of four Russian diplomats", "six diesel submarines": a plural after a number
        // and a modifier or two is a noun ("14 other drug suspects").
        pos[k] = POS.NOUN;
      } else if ((pos[k] === POS.ADJ || pos[k] === POS.NOUN) && word.endsWith('ing') && k > s.tokenStart && ((ASPECT_LEMMAS.has(lemma[k - 1]!) && pos[k - 1] === POS.VERB) || progressive(tokens, k - 1, s.tokenStart)) && (pos[k + 1] === POS.NOUN || pos[k + 1] === POS.DET || pos[k + 1] === POS.NUM || pos[k + 1] === POS.ADJ)) {
        // "began flying food into Somalia": an -ing word after a verb of starting, before its object, is a verb.
        // So is one after a form of "be": "said it was freezing aid to Pakistan".
        const stem = ingStem(word, verbs);
        if (stem !== null) {
          pos[k] = POS.VERB;
          lemma[k] = stem;
        }
      } else if ((pos[k] === POS.NOUN || pos[k] === POS.ADJ) && word.endsWith('ing') && k >= s.tokenStart + 2 && ((WEEKDAY_SET.has(lower[k - 1]!) && lower[k - 2] === 'on') || ((DOCUMENT_NOUNS.has(lower[k - 1]!) || DOCUMENT_NOUNS.has(lemma[k - 1]!)) && pos[k - 1] === POS.NOUN)) && AFTER_DAY_OBJECT.has(pos[k + 1]!) && verbBefore(pos, s.tokenStart, k - 1)) {
        // "signed an executive order on Monday lifting most U.S. sanctions": an -ing word after the
        // day of a verb's act, or after the document it signs, before its own object, is a participle.
        const stem = ingStem(word, verbs);
        if (stem !== null) {
          pos[k] = POS.VERB;
          lemma[k] = stem;
        }
      } else if (pos[k] === POS.VERB && EXERCISE_PLURALS.has(word) && k > s.tokenStart && (pos[k - 1] === POS.NOUN || pos[k - 1] === POS.ADJ || pos[k - 1] === POS.PROPN) && (pos[k + 1] === POS.ADP || pos[k + 1] === POS.VERB || pos[k + 1] === POS.AUX)) {
        // "Joint air exercises by Indian and French jets began": drills named after their kind, before
        // a preposition or a verb, are a noun (not "Russia exercises its right").
        pos[k] = POS.NOUN;
        lemma[k] = word;
      } else if ((pos[k] === POS.NOUN || pos[k] === POS.ADJ) && IRREGULAR_PAST.has(word) && k >= s.tokenStart + 2 && lower[k - 1] === 'and' && (pos[k - 2] === POS.VERB || ((pos[k - 2] === POS.ADP || pos[k - 2] === POS.PART) && pos[k - 3] === POS.VERB)) && (BEFORE_OBJECT.has(pos[k + 1]!) || COUNT_WORDS.has(lower[k + 1]!) || lower[k + 1] === 'dead')) {
        // "rounded up and shot hundreds of Muslim men": an irregular past after "and" and a verb is a verb coordinated with it.
        pos[k] = POS.VERB;
        lemma[k] = IRREGULAR_PAST.get(word)!;
      } else if ((pos[k] === POS.NOUN || pos[k] === POS.ADJ) && IRREGULAR_PAST.has(word) && k > s.tokenStart && pos[k - 1] === POS.PROPN && (lower[k + 1] === 'by' || (lower[k + 1] === 'dead' && lower[k + 2] === 'by')) && !verbBefore(pos, s.tokenStart, s.tokenEnd)) {
        // "Congo's President Laurent Kabila shot by bodyguard": an irregular participle after a name,
        // before its agent's "by", in a sentence with no verb, is a headline's passive.
        pos[k] = POS.VERB;
        lemma[k] = IRREGULAR_PAST.get(word)!;
      } else if (word === 'de' && lower[k + 1] === 'facto' && k + 1 < s.tokenEnd) {
        pos[k] = POS.ADJ;
        pos[k + 1] = POS.ADJ;
      }
    }
  }
}

const EXERCISE_PLURALS = new Set(['exercises', 'drills', 'manoeuvres', 'maneuvers']);
const WEEKDAY_SET = new Set(WEEKDAYS);
/** Documents whose content an -ing participle after them tells: "signs order lifting sanctions". */
const DOCUMENT_NOUNS = new Set(['order', 'decree', 'law', 'bill', 'resolution', 'edict', 'directive', 'measure']);
/** Tags that may open a participle's object. */
const AFTER_DAY_OBJECT = new Set([POS.DET, POS.ADV, POS.NUM, POS.ADJ, POS.NOUN, POS.PROPN]);

/** A form of "be" that makes a progressive with the word after it (not "there was growing concern"). */
function progressive(tokens: TokenTable, k: number, first: number): boolean {
  return tokens.pos[k] === POS.AUX && tokens.lemma[k] === 'be' && (k === first || tokens.lower[k - 1] !== 'there');
}

/** The base form of an -ing form that the dictionaries list: "flying" → "fly", "using" → "use", "shipping" → "ship". */
function ingStem(word: string, verbs: ReadonlySet<string>): string | null {
  const bare = word.slice(0, -3);
  for (const stem of [bare, `${bare}e`, bare.length > 2 && bare.at(-1) === bare.at(-2) ? bare.slice(0, -1) : '']) if (stem && verbs.has(stem)) return stem;
  return null;
}

/** The base form of a regular past form that the dictionaries list: "rounded" → "round", "stepped" → "step", "carried" → "carry". */
function pastStem(word: string, verbs: ReadonlySet<string>): string | null {
  const bare = word.slice(0, -2);
  const candidates = [bare, word.slice(0, -1), word.endsWith('ied') ? `${word.slice(0, -3)}y` : '', bare.length > 2 && bare.at(-1) === bare.at(-2) ? bare.slice(0, -1) : ''];
  return candidates.find((c) => c !== '' && verbs.has(c)) ?? null;
}

/** Token k stands in a clause "if" or "unless" opens, with no verb between them. */
function conditionOpen(tokens: TokenTable, k: number, first: number): boolean {
  for (let j = k - 1; j >= first && j >= k - 10; j--) {
    if (tokens.lower[j] === 'if' || tokens.lower[j] === 'unless') return true;
    if (tokens.pos[j] === POS.VERB || tokens.pos[j] === POS.AUX || tokens.lower[j] === ',') return false;
  }
  return false;
}

/** The first verb from token `from` is joined by "and" to what comes before it. */
function joinedVerbAfter(tokens: TokenTable, from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (tokens.pos[k] === POS.VERB || tokens.pos[k] === POS.AUX) return tokens.lower[k - 1] === 'and';
  return false;
}

/** A plural noun, a body ("the military") or a sentence's first name, as a verb's subject. */
function pluralSubject(tokens: TokenTable, k: number, first: number): boolean {
  const { pos, lower } = tokens;
  if (BODIES.has(lower[k]!) && (pos[k] === POS.NOUN || pos[k] === POS.ADJ)) return true;
  return (pos[k] === POS.NOUN || (pos[k] === POS.PROPN && k === first)) && /(s|men)$/.test(lower[k]!);
}

/** The last verb of saying before token `to` in the sentence from `from`, or `from - 1`. */
function lastSpeechVerb(tokens: TokenTable, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (tokens.pos[k] === POS.VERB && SPEECH_VERBS.has(tokens.lemma[k]!)) return k;
  return from - 1;
}

/**
 * The last verb of a list of bare verbs that starts at token `from` and ends in "and" or "or" and a
 * verb (", stabbed and beat …" in "shot, stabbed and beat to death 30 villagers"), or -1.
 */
export function verbListEnd(lower: ArrayLike<string>, pos: ArrayLike<number>, from: number, end: number): number {
  for (let j = from; j + 1 < end && j < from + 10; j += 2) {
    if (pos[j + 1] !== POS.VERB) return -1;
    if (lower[j] === 'and' || lower[j] === 'or') return j + 1;
    if (lower[j] !== ',') return -1;
  }
  return -1;
}

/** A plural read as a verb before an irregular past read as a noun, after its modifier: "Ukrainian forces retook". */
function misreadPlural(tokens: TokenTable, k: number, first: number): boolean {
  const { pos, lower } = tokens;
  return k - 2 >= first && IRREGULAR_PAST.has(lower[k]!) && pos[k - 1] === POS.VERB && lower[k - 1]!.endsWith('s') && (pos[k - 2] === POS.ADJ || pos[k - 2] === POS.PROPN);
}

/** A capitalised title read as a noun, before a name: "President Robert Mugabe". */
function titledObject(tokens: TokenTable, k: number): boolean {
  return tokens.pos[k] === POS.NOUN && (tokens.flags[k]! & TokenFlag.Capitalized) !== 0 && tokens.pos[k + 1] === POS.PROPN;
}

/** Participles whose "by" phrase describes a subject: "gunmen led by a former journalist". */

const AGENT_PARTICIPLES = new Set(['led', 'backed', 'armed', 'supported', 'headed', 'commanded']);

/**
 * "Armenian gunmen led by a former journalist, Nairi Hunanian, burst into parliament and shot dead
 * the prime minister": an irregular past form read as a noun, after the comma that closes a
 * participle's "by" phrase (or the name that ends it), is the sentence's verb; so is one "and" joins to it.
 */
function pastAfterAgentPhrase(tokens: TokenTable, s: Sentence): void {
  const pos = tokens.pos as Uint8Array;
  const lemma = tokens.lemma as string[];
  const { lower } = tokens;
  for (let k = s.tokenStart + 1; k < s.tokenEnd - 3; k++) {
    if (!AGENT_PARTICIPLES.has(lower[k]!) || lower[k + 1] !== 'by' || (pos[k - 1] !== POS.NOUN && pos[k - 1] !== POS.PROPN)) continue;
    for (let m = k + 3; m < Math.min(s.tokenEnd - 1, k + 14); m++) {
      if (pos[m] === POS.VERB || pos[m] === POS.AUX) return;
      // (Or right after the agent's name: "gunmen led by former journalist Nairi Hunanyan burst into parliament",
      // or its noun: "gunmen led by a former journalist burst into parliament".)
      if ((lower[m - 1] !== ',' && pos[m - 1] !== POS.PROPN && pos[m - 1] !== POS.NOUN) || pos[m] !== POS.NOUN || !IRREGULAR_PAST.has(lower[m]!) || !BEFORE_OBJECT.has(pos[m + 1]!)) continue;
      pos[m] = POS.VERB;
      lemma[m] = IRREGULAR_PAST.get(lower[m]!)!;
      for (let x = m + 1; x < s.tokenEnd - 1 && lower[x] !== ',' && lower[x] !== ';'; x++) {
        if (lower[x] === 'and' && pos[x + 1] === POS.NOUN && IRREGULAR_PAST.has(lower[x + 1]!)) {
          pos[x + 1] = POS.VERB;
          lemma[x + 1] = IRREGULAR_PAST.get(lower[x + 1]!)!;
          break;
        }
      }
      return;
    }
  }
}
