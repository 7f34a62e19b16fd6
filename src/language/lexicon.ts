// Closed word classes the shallow parser relies on. They are English grammar, not domain data,
// so they live in code; names, roles and places come from the dictionaries.

export const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'should', 'would', 'ought', "'d", '’d', 'ca']);
export const FUTURE = new Set(['will', "'ll", '’ll', 'shall', 'wo']);
export const PAST_AUX = new Set(['was', 'were', 'had', 'did', "'d", '’d']);

export const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'me']);
export const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Verbs that introduce reported speech ("X said Y attacked Z"). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'announce', 'state', 'claim', 'add', 'declare', 'insist', 'report', 'confirm', 'deny', 'warn', 'write',
  'allege', 'assert', 'acknowledge', 'admit', 'explain', 'note', 'predict', 'reply', 'respond', 'quote', 'argue', 'stress',
  'suggest', 'indicate', 'reiterate', 'vow', 'pledge', 'promise', 'threaten', 'accuse', 'charge', 'urge', 'believe', 'think',
]);

/**
 * Speech verbs whose complement is a clause ("said Hamas would …"). Verbs that take an object
 * first ("accused Israel of …", "urged Syria to …", "promised to …") are left out.
 */
export const CLAUSAL_SPEECH_VERBS = new Set([...SPEECH_VERBS].filter((v) => !['accuse', 'charge', 'urge', 'threaten', 'vow', 'pledge', 'promise', 'quote', 'reply', 'respond'].includes(v)));

/** Verb particles that change a verb's meaning ("broke off talks", "pulled out of"). */
export const PARTICLES = new Set(['off', 'up', 'out', 'down', 'away', 'back', 'over', 'apart', 'aside', 'forward', 'on']);

/**
 * Verb + particle pairs that take an object after the particle ("broke off talks"). Without an
 * object following, any particle above attaches ("fighting broke out."); with one, only these do,
 * so "continued on the ground" keeps "on" as a preposition.
 */
export const PHRASAL_VERBS = new Set([
  'break off', 'break out', 'call off', 'carry out', 'pull out', 'back down', 'step down', 'set up', 'crack down', 'hand over',
  'give up', 'shut down', 'turn over', 'take over', 'walk out', 'call on', 'blow up', 'open up', 'keep up', 'wipe out',
  'cut off', 'lay off', 'fight back', 'hold up', 'roll back', 'turn down', 'put down', 'shoot down', 'tear down',
  'bring down', 'round up', 'pick up', 'lock up', 'beat up', 'build up', 'step up', 'scale back', 'pull back', 'send back',
  'hand back', 'give back', 'turn back', 'drive out', 'kick out', 'throw out', 'rule out', 'lay out', 'point out',
  'sort out', 'wind down', 'close down', 'pull down', 'break up', 'set off', 'seal off', 'fend off', 'ward off',
  'stave off', 'sign off', 'write off', 'lay down', 'set aside', 'push back', 'fire off', 'take away', 'move away', 'carry on',
  'vote down',
]);

/** Forms of "be", "have" and "do" by tense: their lemma alone does not tell. */
export const PRESENT_AUX = new Set(['am', 'is', 'are', "'s", "'re", "'m", 'has', 'have', 'do', 'does', 'be', 'being', 'been']);

/** Prepositions that attach to a preceding common noun ("talks with Hamas", "the city of Tulkarem"). */
export const NOUN_PREPOSITIONS = new Set(['of', 'with', 'between', 'to', 'against', 'for', 'on', 'over', 'about', 'from']);

export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'whom', 'whose']);
export const CONDITIONALS = new Set(['if', 'unless']);

/**
 * Titles and roles that stand before a name or head an apposition ("Prime Minister Mahmoud Abbas",
 * "a Hamas spokesman"). Lower case; dotted abbreviations as written. Honorifics map to no role.
 */
export const TITLES = new Map<string, string | null>([
  ...[
    'president', 'vice president', 'prime minister', 'deputy prime minister', 'minister', 'foreign minister',
    'defence minister', 'defense minister', 'interior minister', 'finance minister', 'information minister',
    'justice minister', 'energy minister', 'oil minister', 'health minister', 'trade minister', 'home secretary',
    'foreign secretary', 'secretary of state', 'secretary of defense', 'secretary-general', 'secretary general',
    'secretary', 'chancellor', 'king', 'queen', 'prince', 'crown prince', 'princess', 'emir', 'sheikh', 'sultan',
    'ayatollah', 'supreme leader', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
    'general', 'colonel', 'major', 'captain', 'commander', 'chief', 'army chief', 'police chief', 'director',
    'chairman', 'chairwoman', 'chair', 'senator', 'governor', 'mayor', 'judge', 'prosecutor', 'pope', 'cardinal',
    'archbishop', 'bishop', 'imam', 'cleric', 'rabbi', 'premier', 'speaker', 'head', 'official', 'founder',
    'negotiator', 'adviser', 'advisor', 'aide', 'liaison', 'lawmaker', 'legislator', 'militant', 'activist',
    'opposition leader', 'rebel leader', 'warlord', 'dictator', 'monarch', 'crown', 'vice-president', 'deputy',
    'representative', 'high commissioner', 'commissioner', 'high representative', 'mufti', 'patriarch', 'pilot',
    'mediator', 'emissary', 'facilitator',
  ].map((t) => [t, t] as const),
  ['gen.', 'general'], ['lt.', 'lieutenant'], ['col.', 'colonel'], ['maj.', 'major'], ['capt.', 'captain'],
  ['sen.', 'senator'], ['rep.', 'representative'], ['gov.', 'governor'], ['sgt.', 'sergeant'], ['adm.', 'admiral'],
  // Those who run against the ruling side, read as its leaders: "opposition candidate Anderson Mazoka".
  ['opposition candidate', 'opposition leader'], ['opposition presidential candidate', 'opposition leader'], ['opposition challenger', 'opposition leader'],
  // So are those who lead its protests: "protest leader Suthep Thaugsuban".
  ['protest leader', 'opposition leader'], ['pro-democracy leader', 'opposition leader'],
  ['pres.', 'president'], ['lt. gen.', 'lieutenant general'], ['maj. gen.', 'major general'], ['brig. gen.', 'brigadier general'],
  // Air force ranks before a name: "Indian pilot Wing Commander Abhinandan Varthaman".
  ['wing commander', 'commander'], ['squadron leader', 'commander'], ['group captain', 'colonel'], ['air marshal', 'general'],
  // Junior posts, read as their senior's kind: "U.S. Assistant Secretary of State Herman Cohen".
  ['assistant secretary of state', 'secretary of state'], ['deputy secretary of state', 'secretary of state'], ['under secretary of state', 'secretary of state'],
  ['assistant secretary', 'secretary'], ['under secretary', 'secretary'], ['undersecretary', 'secretary'],
  ['assistant secretary-general', 'secretary-general'], ['under-secretary-general', 'secretary-general'], ['deputy secretary-general', 'secretary-general'],
  // Plural titles before names joined by "and": "Presidents George Bush and Boris Yeltsin".
  ['presidents', 'president'], ['prime ministers', 'prime minister'], ['foreign ministers', 'foreign minister'], ['defence ministers', 'defence minister'], ['defense ministers', 'defense minister'],
  ['mr.', null], ['mrs.', null], ['ms.', null], ['dr.', null], ['mr', null], ['mrs', null], ['ms', null], ['dr', null],
]);

/** Words that end an organisation's name ("Palestinian Liberation Organization", "Armed Forces"). */
export const ORG_WORDS = new Set([
  'party', 'front', 'movement', 'army', 'council', 'ministry', 'committee', 'organization', 'organisation', 'union',
  'agency', 'bank', 'forces', 'force', 'brigades', 'brigade', 'court', 'commission', 'association', 'group',
  'corporation', 'authority', 'assembly', 'parliament', 'government', 'police', 'service', 'services', 'university',
  'institute', 'fund', 'program', 'programme', 'alliance', 'league', 'coalition', 'federation', 'office', 'department',
  'guard', 'guards', 'corps', 'tribunal', 'congress', 'senate', 'foundation', 'network', 'company', 'navy', 'regime',
  'administration', 'cabinet', 'militia', 'brotherhood', 'jihad', 'board', 'bureau', 'mission', 'secretariat',
  'school', 'command', 'cartel', 'observatory', 'center', 'centre', 'committees', 'council', 'directorate', 'ministries',
]);

/** Common nouns for people in a group; a capitalised word before one names the group ("Houthi rebels"). */
export const GROUP_NOUNS = new Set([
  'rebels', 'militants', 'fighters', 'forces', 'troops', 'leaders', 'officials', 'protesters', 'gunmen', 'insurgents',
  'militiamen', 'soldiers', 'police', 'supporters', 'activists', 'separatists', 'guerrillas', 'extremists', 'movement',
]);

/** Words that end a place's name ("Gaza Strip", "Red Sea", "Golan Heights"). */
export const PLACE_WORDS = new Set([
  'city', 'province', 'region', 'river', 'mountains', 'valley', 'strip', 'island', 'islands', 'street', 'square',
  'district', 'camp', 'county', 'bay', 'gulf', 'sea', 'lake', 'desert', 'peninsula', 'airport', 'port', 'border',
  'crossing', 'village', 'town', 'governorate', 'prefecture', 'heights', 'coast', 'canal', 'ocean', 'plain', 'plateau',
  'hills', 'mount', 'oblast', 'state', 'palace', 'park', 'hall', 'parade', 'delta', 'avenue', 'road', 'bridge',
  'mosque', 'church', 'cathedral', 'stadium', 'prison', 'base', 'compound', 'market', 'highway', 'dam',
  'gorge', 'pass', 'forest', 'jungle', 'mountain', 'range', 'corridor', 'enclave', 'oasis', 'marshes', 'straits', 'strait',
]);

/** Common nouns after which "of X" names a place ("the West Bank city of Tulkarem", "the port of Aqaba"). */
export const PLACE_NOUNS = new Set([
  'city', 'town', 'village', 'port', 'capital', 'province', 'region', 'district', 'island', 'camp', 'state', 'area', 'outskirts', 'suburb',
  'resort', 'sea', 'gulf', 'bay', 'strait', 'straits', 'coast', 'peninsula', 'enclave', 'county', 'governorate', 'prefecture',
  // (A part of a place: "bombed the centre of Grozny", "in the heart of Kabul".)
  'centre', 'center', 'heart',
  // (And a side's hold on one: "an offensive against the rebel Serb stronghold of Knin".)
  'stronghold', 'bastion', 'heartland',
]);

/** Prepositions after which a lone capitalised word is most likely a place. */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'into', 'outside', 'across', 'toward', 'towards', 'around']);

/** Words that join the capitalised parts of one name ("Armed Forces of Colombia", "Mohammed bin Salman"). */
export const NAME_JOINERS = new Set(['of', 'bin', 'bint', 'ibn', 'al', 'el', 'de', 'del', 'da', 'do', 'dos', 'la', 'le', 'van', 'von', 'der', 'abu', 'for']);
/** Lower-case particles inside a person's name, which the chunker keeps in its phrase: "Lula da Silva", "van Gaal". */
export const NAME_PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'ter']);
/** Texts a head of state signs, after which an -ing word names what they do: "a decree banning imports". */
export const DECREE_NOUNS = new Set(['order', 'decree', 'law', 'bill', 'ordinance', 'directive', 'proclamation', 'edict']);

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Words that name a day: weekdays and today, yesterday, tomorrow, tonight. */
export const DAY_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tomorrow', 'tonight']);

/** Heads of noun phrases that name a time, never an actor ("on Saturday", "today", "last week"). */
export const TIME_NOUNS = new Set([...DAY_WORDS, ...MONTHS, 'week', 'month', 'year', 'weekend', 'morning', 'evening', 'afternoon', 'night', 'dawn', 'dusk', 'daybreak', 'nightfall', 'midnight']);

/** Words of a stance a verbless headline reports: "Seoul upbeat on ties with Pyongyang". */
export const HOPEFUL_WORDS = new Set(['upbeat', 'optimistic', 'hopeful', 'confident', 'bullish', 'positive', 'sanguine']);
export const GLOOMY_WORDS = new Set(['pessimistic', 'gloomy', 'downbeat', 'wary', 'sceptical', 'skeptical', 'cautious', 'doubtful']);

/** Words for a rough number before it: "about a million", "nearly 2,000". */
export const ROUGH_NUMBER_WORDS = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately']);

/** Words a count opens with before "than": "More than 10,000 …", "Fewer than 50 …". */
export const COMPARED_COUNTS = new Set(['more', 'fewer', 'less']);

/** Words of readiness before an infinitive, which make it an intent: "ready to talk", "remains committed to sending". */
export const READY_WORDS = new Set(['willing', 'ready', 'prepared', 'determined', 'eager', 'committed', 'poised', 'set', 'scheduled', 'due', 'slated']);

/** Verbs of starting, going on or stopping, whose "-ing" object is a verb: "began visiting camps". */
export const ASPECT_LEMMAS = new Set(['begin', 'start', 'continue', 'resume', 'keep', 'stop']);

/** Participles that say what someone is held or sought for: "Bagosora, accused of masterminding the genocide,". */
export const HELD_FOR = new Set(['accused', 'charged', 'suspected', 'wanted', 'convicted', 'indicted', 'sentenced', 'jailed', 'blamed']);

/** Irregular past forms that are never participles. */
export const SIMPLE_PAST = new Set([
  'went', 'came', 'became', 'ran', 'began', 'saw', 'took', 'gave', 'flew', 'drove', 'rose', 'fell', 'wrote', 'spoke', 'broke',
  'chose', 'froze', 'stole', 'woke', 'wore', 'tore', 'swore', 'drew', 'grew', 'knew', 'threw', 'blew', 'did', 'was', 'were', 'ate', 'forgave', 'forbade', 'withdrew', 'overthrew', 'undertook', 'overran', 'rode', 'sang', 'sank', 'swam',
]);
