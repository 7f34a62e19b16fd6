import { COMMON_WORD_PLACES } from '../places/common-words.js';
import { foldName } from '../places/fold.js';
import type { PlaceCandidate, PlaceGazetteer } from '../places/gazetteer.js';
import { HASH_START, hashChar, isKeyOf, keyHashValue, mayBeKey, surnameKey, type Gazetteer, type GazetteerHit } from './gazetteer.js';
import { GLOOMY_WORDS, GROUP_NOUNS, HOPEFUL_WORDS, MONTHS, NAME_JOINERS, ORG_WORDS, PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_WORDS, TITLES, WEEKDAYS } from './lexicon.js';
import { POS, TokenFlag, type Name, type NameType, type Sentence, type TokenSpan, type TokenTable } from './types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Adjectives that open a sentence before people, which name no place: "Young protesters", "Angry villagers". */
const OPENING_ADJECTIVES = new Set(['young', 'old', 'angry', 'armed', 'masked', 'rival', 'local', 'former', 'unknown', 'suspected', 'several', 'many', 'some', 'other', 'hungry', 'poor', 'striking', 'jubilant']);

const CALENDAR = new Set([...MONTHS, ...WEEKDAYS]);
const TITLE_FIRST = new Map<string, number>();
for (const title of TITLES.keys()) {
  const first = title.split(/[\s-]/, 1)[0]!;
  TITLE_FIRST.set(first, Math.max(TITLE_FIRST.get(first) ?? 0, title.split(/\s|(?=-)|(?<=-)/).length));
  // (The tokenizer may keep a hyphened title whole: "Vice-President".)
  if (/^\S+-\S+$/.test(title)) TITLE_FIRST.set(title, Math.max(TITLE_FIRST.get(title) ?? 0, 1));
}
/** Bodies, texts and meetings named for the place they sit or met in: "Hague tribunal", "Geneva conventions". */
const PLACE_NAMED = new Set(['tribunal', 'court', 'courts', 'convention', 'conventions', 'accord', 'accords', 'protocol']);

/** English words hyphened to a name that are no syllable of it ("Hamas-led", "Kabul-based"). */
const HYPHEN_SUFFIXES = new Set(['led', 'run', 'held', 'born', 'era', 'wide', 'made', 'hit', 'area', 'side', 'ally', 'bound', 'free', 'like', 'city', 'rule', 'war', 'type', 'only', 'zone']);

// Parts of speech a capitalised word can have and still be part of a name.
const NAME_POS = new Set([POS.PROPN, POS.NOUN, POS.ADJ, POS.X, POS.NUM, POS.VERB]);

interface Title extends TokenSpan {
  readonly role: string | null;
}

function tokenSpan(tokens: TokenTable, tokenStart: number, tokenEnd: number): TokenSpan {
  return { start: tokens.start[tokenStart]!, end: tokens.end[tokenEnd - 1]!, tokenStart, tokenEnd };
}

// All fields at once, one object shape (see phrases.ts).
function makeName(at: TokenSpan, type: NameType, hit: GazetteerHit | null, country: string | null, s: number, confidence: number): Mutable<Name> {
  return {
    start: at.start, end: at.end, tokenStart: at.tokenStart, tokenEnd: at.tokenEnd, type, entry: hit?.entry ?? null, actor: hit?.actor ?? null,
    country, role: null, extent: at, parent: null, sentence: s, confidence, place: null,
  };
}

function isCapital(tokens: TokenTable, i: number): boolean {
  return (tokens.flags[i]! & (TokenFlag.Capitalized | TokenFlag.AllCaps)) !== 0;
}

/** The lookup key of tokens [i, end): their lower-case forms, spaced as in the text (see `nameKey`). */
function keyOf(tokens: TokenTable, i: number, end: number): string {
  let key = tokens.lower[i]!;
  for (let k = i + 1; k < end; k++) key += tokens.start[k] === tokens.end[k - 1] ? tokens.lower[k] : ` ${tokens.lower[k]}`;
  return key;
}


/** The hits of the key of tokens [i, end), whose running hash is `h`. (No closure here: it would make every call allocate.) */
function hitsOf(gazetteer: Gazetteer, h: number, tokens: TokenTable, i: number, end: number): readonly GazetteerHit[] | null {
  const bucket = gazetteer.byHash.get(keyHashValue(h));
  if (bucket === undefined) return null;
  for (const keyed of bucket) if (isKeyOf(keyed.key, tokens, i, end)) return keyed.hits;
  return null;
}

/** Scratch for `matchGazetteer`: the hash of the key of tokens [i, i + len) at index len (lengths stay below 32). */
const keyHash = new Int32Array(32);

/** The longest dictionary name starting at token i, if any. */
function matchGazetteer(text: string, tokens: TokenTable, gazetteer: Gazetteer, i: number, limit: number): { hit: GazetteerHit; end: number } | null {
  const capital = isCapital(tokens, i);
  const known = (capital ? gazetteer.firstWords : gazetteer.lowerFirstWords).get(tokens.lower[i]!);
  if (known === undefined && (gazetteer.stems.size === 0 || !capital)) return null;
  const lengths = known ?? 0;
  const max = 31 - Math.clz32(lengths);
  // The hash of each candidate key, built up token by token as `keyOf` would join them: the
  // key's string is only built when its hash is one of the gazetteer's.
  const top = Math.min(max, limit - i);
  let h = HASH_START;
  for (let len = 1; len <= top; len++) {
    const k = i + len - 1;
    if (len > 1 && tokens.start[k] !== tokens.end[k - 1]) h = hashChar(h, 32);
    const word = tokens.lower[k]!;
    for (let c = 0; c < word.length; c++) h = hashChar(h, word.charCodeAt(c));
    keyHash[len] = h;
  }
  for (let len = top; len >= 1 && known !== undefined; len--) {
    if (!(lengths & (1 << len)) || !mayBeKey(gazetteer.keyBits, keyHash[len]!)) continue;
    const hits = hitsOf(gazetteer, keyHash[len]!, tokens, i, i + len);
    if (!hits) continue;
    for (const hit of hits) {
      const fits = hit.exact !== null ? text.slice(tokens.start[i]!, tokens.end[i + len - 1]!) === hit.exact : capital || hit.lowerStart;
      if (fits) return { hit, end: i + len };
    }
  }
  // Stems: the last word of the name begins the word in the text ("ARGENTIN" in "Argentine").
  if (gazetteer.stems.size > 0 && capital) {
    for (let len = Math.min(Math.max(max, 1), limit - i); len >= 1; len--) {
      const head = len > 1 ? `${keyOf(tokens, i, i + len - 1)}${tokens.start[i + len - 1] === tokens.end[i + len - 2] ? '' : ' '}` : '';
      const last = tokens.lower[i + len - 1]!;
      for (let cut = last.length - 1; cut >= 3; cut--) {
        const hits = gazetteer.stems.get(head + last.slice(0, cut));
        if (hits) return { hit: hits[0]!, end: i + len };
      }
    }
  }
  return null;
}

function matchTitle(tokens: TokenTable, i: number, limit: number): { role: string | null; end: number } | null {
  // (A former holder's title the tokenizer kept whole: "Ex-President Carter".)
  const word = tokens.lower[i]!;
  if (word.startsWith('ex-') && TITLES.has(word.slice(3))) return { role: TITLES.get(word.slice(3))!, end: i + 1 };
  const max = TITLE_FIRST.get(word);
  if (max === undefined) return null;
  for (let len = Math.min(max, limit - i); len >= 1; len--) {
    const key = keyOf(tokens, i, i + len);
    const role = TITLES.get(key);
    if (role !== undefined) return { role, end: i + len };
  }
  return null;
}

/**
 * Names of persons, organisations, places and groups: dictionary names first (longest match),
 * then capitalised runs classified by their last word, a title before them, or the preposition
 * before them. Titles and nationalities before a person stay as modifiers (`role`, `country`,
 * `extent`); an organisation after another's possessive gets it as `parent`.
 *
 * With a place gazetteer, a capitalised run the dictionaries do not know that names a city or
 * region becomes a place with its country and `place` (see `placeCandidates` for the guards).
 * Of its candidates, the first in a country the document names (a country, capital or
 * nationality from the dictionaries, or another place found without doubt) is chosen, else the
 * first (see `PlaceGazetteer` for the order). A capital, first-level seat or region stays first,
 * though, unless the document's candidate is one too ("Geneva" in a story naming the United
 * States is still Switzerland's; "Birmingham" there is Alabama's).
 */
export function findNames(text: string, tokens: TokenTable, sentences: readonly Sentence[], gazetteer: Gazetteer, places: PlaceGazetteer | null = null): Name[] {
  const names: Mutable<Name>[] = [];
  const { lower, pos, flags } = tokens;
  // Places waiting for the whole document's countries before a candidate is chosen, and each
  // sentence's names and titles, whose modifiers are added once places have their countries.
  const pending: PendingPlace[] = [];
  const modifiers: { readonly from: number; readonly to: number; readonly titles: readonly Title[] }[] = [];
  // Words of the people named so far with two words or more: "Lima" after "Jose Lima" is him.
  const personWords = new Set<string>();
  // `otherwise`: for a weak place, what the name is if the document names none of its countries.
  const pushPlace = (at: TokenSpan, found: FoundPlace, s: number, confidence: number, otherwise: readonly [NameType, number]): void => {
    pending.push({ name: names.length, candidates: found.candidates, otherwise: found.weak ? otherwise : null });
    names.push(makeName(at, 'place', null, null, s, confidence));
  };
  // Words written with a capital inside a sentence somewhere in the document: a capital at a
  // sentence start is only evidence of a name when the word is capitalised elsewhere too.
  // Built on first need: few documents ask.
  let midCaps: Set<string> | null = null;
  const capitalisedMid = (word: string): boolean => {
    if (midCaps === null) {
      midCaps = new Set<string>();
      for (let i = 0; i < tokens.length; i++) {
        if (flags[i]! & TokenFlag.Capitalized && !(flags[i]! & TokenFlag.SentenceStart)) midCaps.add(lower[i]!);
      }
    }
    return midCaps.has(word);
  };
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    const titles: Title[] = [];
    const firstName = names.length;
    let i = sent.tokenStart;
    // The end of the capitalised run starting at `from`: capitalised words, joined by "of", "bin",
    // hyphens …; it stops at a title, a possessive, or the start of a dictionary name.
    const runEnd = (from: number): number => {
      let j = from + 1;
      while (j < sent.tokenEnd) {
        if (flags[j - 1]! & TokenFlag.Possessive) break;
        // (A given name's first syllable may be read as a word: "Hong Soon-young".)
        const syllables = lower[j + 1] === '-' && tokens.end[j] === tokens.start[j + 1] && tokens.end[j + 1] === tokens.start[j + 2] && /^[a-z]{1,5}$/.test(lower[j + 2] ?? '');
        if (isCapital(tokens, j) && (NAME_POS.has(pos[j]!) || syllables) && !CALENDAR.has(lower[j]!) && !matchTitle(tokens, j, sent.tokenEnd)) {
          // (Not a one-word person's name, which an unknown first name before it makes another's:
          // "Mariam Bibi" is no "Bibi" Netanyahu.)
          const known = matchGazetteer(text, tokens, gazetteer, j, sent.tokenEnd);
          // (Nor a one-word place after a titled given name: "Economy Minister Marcelo Montenegro".)
          const surnamed = known !== null && known.end === j + 1 && pos[j - 1] === POS.PROPN && j - 1 === from && (known.hit.type === 'person' || (known.hit.type === 'place' && titles.some((t) => t.tokenEnd === from) && !matchGazetteer(text, tokens, gazetteer, from, j + 1)));
          if (known && !surnamed) {
            // (Unless a compass word and it are a town of their own: "East London" is South Africa's.)
            if (places && j === from + 1 && COMPASS_WORDS.has(lower[from]!) && places.lookup(keyOf(tokens, from, known.end)).some((c) => c.kind === 'city')) {
              j = known.end;
              continue;
            }
            break;
          }
          j++;
        } else if (NAME_JOINERS.has(lower[j]!) && j + 1 < sent.tokenEnd && isCapital(tokens, j + 1) && joinerFits(lower, from, j)) {
          j += 2;
        } else if ((lower[j] === 'al' || lower[j] === 'el') && lower[j + 1] === '-' && tokens.end[j] === tokens.start[j + 1] && tokens.end[j + 1] === tokens.start[j + 2] && j + 2 < sent.tokenEnd && isCapital(tokens, j + 2)) {
          // "Ali Salem al-Beidh": an Arabic article hyphened to the surname.
          j += 3;
        } else if (lower[j] === 'de' && (lower[j + 1] === 'la' || lower[j + 1] === 'las' || lower[j + 1] === 'los') && j + 2 < sent.tokenEnd && isCapital(tokens, j + 2)) {
          // "San Cristobal de las Casas", "Santa Cruz de la Sierra".
          j += 3;
        } else if (lower[j] === '-' && tokens.end[j - 1] === tokens.start[j] && j + 1 < sent.tokenEnd && isCapital(tokens, j + 1)) {
          // (Not two people's surnames: "Barak-Arafat summit", "Trump-Kim summit".)
          if (j - from === 1 && gazetteer.surnames.has(surnameKey(lower[j - 1]!)) && (gazetteer.surnames.has(surnameKey(lower[j + 1]!)) || gazetteer.sharedSurnames.has(surnameKey(lower[j + 1]!)))) break;
          j += 2;
        } else if (lower[j] === '-' && tokens.end[j - 1] === tokens.start[j] && j + 1 < sent.tokenEnd && tokens.end[j] === tokens.start[j + 1] && j - from >= 1 && /^[a-z]{1,4}$/.test(lower[j + 1]!) && !HYPHEN_SUFFIXES.has(lower[j + 1]!)) {
          // "Park Yong-su", "Ban Ki-moon": a given name's lower-case second syllable.
          j += 2;
        } else break;
      }
      return j;
    };
    while (i < sent.tokenEnd) {
      // "the North Western Province", "Southern Highlands Province": compass words and an area word
      // make one place of what is between them, whatever demonym stands there.
      if (COMPASS_WORDS.has(lower[i]!) && isCapital(tokens, i)) {
        let j = i + 1;
        while (j < sent.tokenEnd && isCapital(tokens, j) && !AREA_WORDS.has(lower[j]!) && j - i < 4) j++;
        // (Not around a place the dictionaries know: "West Darfur State" stays Darfur's, with its country.)
        let known = false;
        for (let k = i + 1; k < j && !known; k++) known = matchGazetteer(text, tokens, gazetteer, k, j)?.hit.type === 'place';
        if (j > i + 1 && j < sent.tokenEnd && isCapital(tokens, j) && AREA_WORDS.has(lower[j]!) && !known) {
          names.push(makeName(tokenSpan(tokens, i, j + 1), 'place', null, null, s, 0.8));
          i = j + 1;
          continue;
        }
      }
      let found = matchGazetteer(text, tokens, gazetteer, i, sent.tokenEnd);
      // "The Gulf Cooperation Council": a name that runs on past one written with its article ("the
      // Gulf") is that longer name, without the article.
      if (found && lower[i] === 'the') {
        const longer = matchGazetteer(text, tokens, gazetteer, i + 1, sent.tokenEnd);
        if (longer && longer.end > found.end) {
          i++;
          found = longer;
        }
      }
      // "South Korean Foreign Minister Hong Soon-young": a known person's lone surname that runs on
      // into given names of its own is someone else of that surname.
      if (found && found.hit.type === 'person' && found.end === i + 1 && found.end < sent.tokenEnd && isCapital(tokens, found.end) && !CALENDAR.has(lower[found.end]!) && !matchTitle(tokens, found.end, sent.tokenEnd) && !matchGazetteer(text, tokens, gazetteer, found.end, sent.tokenEnd) && lower[found.end + 1] === '-' && tokens.end[found.end] === tokens.start[found.end + 1]) found = null;
      // "Chile's Lagos says …": a lone place after another country's possessive is the surname of
      // that country's person, when the dictionaries know one (Ricardo Lagos, not Nigeria's city).
      if (found && found.hit.type === 'place' && found.end === i + 1 && lower[i - 1] === "'s") {
        const owner = names[names.length - 1];
        const person = gazetteer.surnames.get(surnameKey(lower[i]!));
        if (owner !== undefined && owner.tokenEnd === i - 1 && owner.type === 'place' && owner.country !== null && owner.country !== found.hit.country && person?.country === owner.country) found = null;
      }
      // "Thousands of Aymara Indian protesters": "Indian" after a people's own name is no Indian
      // of India (the name before it, unknown, is no one's either).
      if (found && found.hit.type === 'group' && found.hit.country === 'IND' && found.end === i + 1 && (lower[i] === 'indian' || lower[i] === 'indians')) {
        const before = names[names.length - 1];
        if (before !== undefined && before.tokenEnd === i && before.sentence === s && before.actor === null && tokens.start[i]! > tokens.end[i - 1]!) {
          names.pop();
          names.push(makeName(tokenSpan(tokens, before.tokenStart, i + 1), 'group', null, null, s, 0.5));
          i = i + 1;
          continue;
        }
      }
      if (found) {
        const { hit, end } = found;
        // "Palestinian Authority", "Syrian Observatory for Human Rights": a nationality or country
        // heading a body's name makes one organisation.
        if ((hit.type === 'group' || hit.type === 'place') && end < sent.tokenEnd && isCapital(tokens, end) && NAME_POS.has(pos[end]!) && !matchTitle(tokens, end, sent.tokenEnd)) {
          const orgEnd = runEnd(end);
          if (isOrgName(lower.slice(end, orgEnd))) {
            names.push(makeName(tokenSpan(tokens, i, orgEnd), 'org', null, hit.country, s, 0.8));
            i = orgEnd;
            continue;
          }
        }
        // "along the San Juan river": a capital's name before "river" names the river, not the city.
        if (hit.capital && lower[end] === 'river') {
          i = end;
          continue;
        }
        const name = makeName(tokenSpan(tokens, i, end), hit.type, hit, hit.country, s, 0.95);
        if (hit.type === 'person' && end - i >= 2) for (let k = i; k < end; k++) personWords.add(lower[k]!);
        // A capital from the dictionaries gets the city's coordinates, for geocoding.
        if (places && hit.capital) name.place = places.lookup(hit.entry).find((c) => c.kind === 'city' && c.country === hit.country) ?? null;
        names.push(name);
        i = end;
        continue;
      }
      // "accused the West of …": a name the dictionaries write with its article ("The West"), read in
      // lower case, when no capitalised word follows to make it another name ("the West Bank").
      if (lower[i] === 'the' && !isCapital(tokens, i) && i + 1 < sent.tokenEnd && isCapital(tokens, i + 1) && !(i + 2 < sent.tokenEnd && isCapital(tokens, i + 2))) {
        const hit = gazetteer.hits.get(`the ${lower[i + 1]}`)?.[0];
        if (hit && hit.type !== 'person') {
          names.push(makeName(tokenSpan(tokens, i + 1, i + 2), hit.type, hit, hit.country, s, 0.8));
          i += 2;
          continue;
        }
      }
      // "North and South Korea": a word that shares the rest of the name after "and" with it.
      const elided = lower[i + 1] === 'and' && isCapital(tokens, i) && i + 3 < sent.tokenEnd ? matchGazetteer(text, tokens, gazetteer, i + 2, sent.tokenEnd) : null;
      if (elided && elided.end - (i + 2) >= 2) {
        const hit = gazetteer.hits.get(`${lower[i]} ${keyOf(tokens, i + 3, elided.end)}`)?.[0];
        if (hit) {
          names.push(makeName(tokenSpan(tokens, i, i + 1), hit.type, hit, hit.country, s, 0.8));
          i++;
          continue;
        }
      }
      const title = matchTitle(tokens, i, sent.tokenEnd);
      if (title && title.end < sent.tokenEnd && (isCapital(tokens, title.end) || TITLE_FIRST.has(lower[title.end]!))) {
        titles.push({ start: tokens.start[i]!, end: tokens.end[title.end - 1]!, tokenStart: i, tokenEnd: title.end, role: title.role });
        i = title.end;
        continue;
      }
      const startsName =
        isCapital(tokens, i) &&
        NAME_POS.has(pos[i]!) &&
        !CALENDAR.has(lower[i]!) &&
        !(flags[i]! & TokenFlag.SentenceStart && pos[i] !== POS.PROPN);
      if (!startsName) {
        i++;
        continue;
      }
      const j = runEnd(i);
      // "English-speaking regions", "Russian-speaking east": a language names no one (Bill English is not meant).
      if (lower[j] === '-' && lower[j + 1] === 'speaking') {
        i = j;
        continue;
      }
      const at = tokenSpan(tokens, i, j);
      // "the Islamist group", "Houthi rebels": a lone capitalised descriptor before a common noun
      // for people or a group names a group.
      // (Not a common adjective that opens a sentence: "Young protesters ransacked …" is no town of Young.)
      if (j - i === 1 && j < sent.tokenEnd && pos[j] === POS.NOUN && !isCapital(tokens, j) && !OPENING_ADJECTIVES.has(lower[i]!) && (/(?:ist|ite|ic|ian|ese|ish)$/.test(lower[i]!) || GROUP_NOUNS.has(lower[j]!))) {
        // "Tulkarem militants", "Karachi police": a place names where they are from.
        const where = places ? placeCandidates(tokens, places, i, j, GROUP_NOUNS.has(lower[j]!), personWords) : null;
        if (where) pushPlace(at, where, s, 0.6, ['group', 0.5]);
        else names.push(makeName(at, 'group', null, null, s, 0.5));
        i = j;
        continue;
      }
      // "Obama said …": a surname the dictionaries give to one person, used as a name.
      const lone = j - i === 1 ? gazetteer.surnames.get(surnameKey(lower[i]!)) : undefined;
      // At a sentence's start, only before a verb or as the first of several ("Trump and Putin met").
      // (Or, in a headline, before a stay or a stance: "Koizumi in Pyongyang for talks", "Mikati upbeat on talks".)
      // (And before a headline's infinitive: "Clinton to visit Vietnam next month".)
      const headline = pos[sent.tokenEnd - 1] !== POS.PUNCT && (lower[j] === 'in' || (lower[j] === 'to' && pos[j + 1] === POS.VERB) || HOPEFUL_WORDS.has(lower[j]!) || GLOOMY_WORDS.has(lower[j]!));
      // (A word the tagger read as a noun before "to" and a verb is a verb too: "Ortega pledges to hand power to Chamorro".)
      const beforeInfinitive = pos[j] === POS.NOUN && lower[j + 1] === 'to' && pos[j + 2] === POS.VERB;
      // (Or a hyphen before another's surname: "Barak-Arafat summit opens".)
      // (Or a headline's verb in -s the tagger read as a plural noun: "Putin visits Tashkent, holds talks with Uzbek leader".)
      // (A name the tagger read as one: not "Gang kidnaps American nurse", whose first word is a common noun.)
      // (Nor a noun compound before the real verb: "Bush fires threaten Sydney suburbs", "Major powers meet".)
      const headlineVerb = pos[sent.tokenEnd - 1] !== POS.PUNCT && pos[i] === POS.PROPN && pos[j] === POS.NOUN && lower[j]!.endsWith('s') && !isCapital(tokens, j) && pos[j + 1] !== POS.VERB && pos[j + 1] !== POS.AUX;
      const opensClause = j < sent.tokenEnd && (pos[j] === POS.VERB || pos[j] === POS.AUX || lower[j] === 'and' || lower[j] === ',' || lower[j] === '-' || headline || beforeInfinitive || headlineVerb);
      // Short surnames ("Xi", "Abe", "Ban") only where capitals mark names: inside a sentence, or
      // at its start before a verb or a conjunction ("Xi and Ma shake hands").
      // (A short word in capitals is an acronym, not a surname: "KANU" is no Nnamdi Kanu.)
      const acronym = (flags[i]! & TokenFlag.AllCaps) !== 0 && lower[i]!.length <= 5;
      const longEnough = !acronym && (lower[i]!.length >= 4 || (lower[i]!.length >= 2 && !(flags[i]! & TokenFlag.AllCaps) && (!(flags[i]! & TokenFlag.SentenceStart) || opensClause)));
      // Not after "the": "the Pope" is no Mr Pope.
      const determined = i > sent.tokenStart && lower[i - 1] === 'the';
      // Nor before a body or a text named for a place, which it is: "Hague tribunal ruling".
      if (lone && PLACE_NAMED.has(lower[j]!)) {
        names.push(makeName(at, 'place', null, null, s, 0.5));
        i = j;
        continue;
      }
      // (At a sentence's start the tagger may read a surname that is also a word as a noun: "Moon and Kim meet".)
      const nameTag = pos[i] === POS.PROPN || (pos[i] === POS.NOUN && (flags[i]! & TokenFlag.SentenceStart) !== 0 && (flags[i]! & TokenFlag.Capitalized) !== 0 && opensClause);
      if (lone && !determined && nameTag && longEnough && (!(flags[i]! & TokenFlag.SentenceStart) || opensClause)) {
        // "Kim Jong Un said … Kim said": a word of a person the document has named is that person,
        // whom the links find, not the dictionaries' other bearer of the surname (Jim Yong Kim).
        names.push(personWords.has(lower[i]!) ? makeName(at, 'person', null, null, s, 0.6) : makeName(at, 'person', lone, lone.country, s, 0.6));
        i = j;
        continue;
      }
      // "Abbas met …" when the dictionaries know several Abbases: a person, whom the date decides later.
      // (A short one too, where a short unique one would be: "Kim and Putin hold summit".)
      const bearers = j - i === 1 && !lone && pos[i] === POS.PROPN && longEnough ? gazetteer.sharedSurnames.get(surnameKey(lower[i]!)) : undefined;
      if (bearers !== undefined && (!(flags[i]! & TokenFlag.SentenceStart) || opensClause)) {
        names.push(makeName(at, 'person', null, bearers, s, 0.5));
        i = j;
        continue;
      }
      // A lone capitalised adjective modifies what follows; a lone capitalised word opening a
      // sentence is a name only if the document capitalises it elsewhere too.
      // (So does a lone unknown word before a group's noun, as a people's name does: "Hutu militias",
      // "the main Slav parties".)
      const people = j - i === 1 && pos[i] === POS.PROPN && PEOPLE_HEADS.has(lower[j] ?? '') && !titles.some((t) => t.tokenEnd === i);
      if (j - i === 1 && (pos[i] === POS.ADJ || people || (flags[i]! & TokenFlag.SentenceStart && !capitalisedMid(lower[i]!)))) {
        // …unless it is a well-known place ("Karachi was …").
        const where = places && pos[i] === POS.PROPN ? placeCandidates(tokens, places, i, j, false, personWords) : null;
        if (where && !where.weak && isProminent(where.candidates[0]!)) pushPlace(at, where, s, 0.6, ['place', 0.6]);
        i = j;
        continue;
      }
      // "the Kampala World Cup bombings": a contest or a fair is no one and nowhere.
      if (j - i >= 2 && EVENT_WORDS.has(lower[j - 1]!) && !titles.some((t) => t.tokenEnd === i)) {
        i = j;
        continue;
      }
      const [type, confidence] = classify(tokens, i, j, titles, sent.tokenStart);
      // "President Mugabe": a person's surname the dictionaries give to one person only. With a
      // first name too, it must be that person's ("Judge Alejandro Rivera" is no other Rivera).
      const last = type === 'person' && j - i <= 2 ? surnameKey(lower[j - 1]!) : '';
      const surname = last !== '' ? gazetteer.surnames.get(last) : undefined;
      const titled = titles.some((t) => t.tokenEnd === i);
      const sameFirst = j - i === 2 && surname !== undefined && surname.entry.toLowerCase().startsWith(`${lower[i]} `);
      if (surname && ((titled && j - i === 1) || sameFirst)) {
        names.push(makeName(at, 'person', surname, surname.country, s, 0.7));
        i = j;
        continue;
      }
      // "President Assad": a titled surname several people of one country bear is of that country;
      // who it is, the date decides later.
      const shared = titled && j - i === 1 && last !== '' ? gazetteer.sharedSurnames.get(last) ?? undefined : undefined;
      if (shared) {
        names.push(makeName(at, 'person', null, shared, s, 0.6));
        i = j;
        continue;
      }
      // A city or region the dictionaries do not know; never after a title ("President Lima").
      if (places && type !== 'org' && !titled) {
        const where = placeCandidates(tokens, places, i, j, placeContext(lower, i, sent.tokenStart, names[names.length - 1]), personWords);
        if (where) {
          pushPlace(at, where, s, Math.max(confidence, 0.7), [type, confidence]);
          i = j;
          continue;
        }
      }
      names.push(makeName(at, type, null, null, s, confidence));
      i = j;
    }
    for (let n = firstName; n < names.length; n++) {
      const name = names[n]!;
      if (name.type === 'person' && name.tokenEnd - name.tokenStart >= 2) for (let k = name.tokenStart; k < name.tokenEnd; k++) personWords.add(lower[k]!);
    }
    modifiers.push({ from: firstName, to: names.length, titles });
  }
  if (pending.length > 0) choosePlaces(names, pending);
  for (const { from, to, titles } of modifiers) addModifiers(tokens, names, from, to, titles);
  nameHalves(names, tokens, gazetteer);
  return names;
}

/** Countries split in two, whose halves the news calls "the North" and "the South". */
const DIVIDED = ['korea', 'sudan', 'yemen', 'vietnam'];

/**
 * "South Korea accused the North of torpedoing its warship": a lone "North" or "South" in a
 * document that names a half of a divided country is that country's half of that name.
 */
function nameHalves(names: Mutable<Name>[], tokens: TokenTable, gazetteer: Gazetteer): void {
  let divided: string | null = null;
  for (const name of names) {
    const entry = name.entry?.toLowerCase() ?? '';
    const found = DIVIDED.find((d) => entry === `north ${d}` || entry === `south ${d}`);
    if (found) divided = found;
  }
  if (divided === null) return;
  for (const name of names) {
    const word = tokens.lower[name.tokenStart]!;
    if (name.tokenEnd - name.tokenStart !== 1 || name.actor !== null || (word !== 'north' && word !== 'south')) continue;
    // (Sudan's north is Sudan itself: "South Sudan accused the North".)
    const hit = (gazetteer.hits.get(`${word} ${divided}`) ?? gazetteer.hits.get(divided))?.[0];
    if (!hit) continue;
    Object.assign(name, { type: hit.type, entry: hit.entry, actor: hit.actor, country: hit.country, confidence: 0.8 });
  }
}

/** A place waiting for the whole document's countries; `otherwise`: what it is if none of its countries is named. */
interface PendingPlace {
  readonly name: number;
  readonly candidates: readonly PlaceCandidate[];
  readonly otherwise: readonly [NameType, number] | null;
}

/**
 * Chooses each pending place's candidate once the document's countries are known (see
 * `findNames`). A function of its own, so that what only some documents reach does not make V8
 * deoptimise and recompile all of `findNames`.
 */
function choosePlaces(names: Mutable<Name>[], pending: readonly PendingPlace[]): void {
  const named = new Set<string>();
  for (const name of names) if (name.actor !== null && name.country !== null && (name.type === 'place' || name.type === 'group')) named.add(name.country);
  // Other places found without doubt name their country too ("Borno State" for a town there):
  // the first candidate of each, counted so that a place does not vouch for itself.
  const sure = new Map<string, number>();
  for (const { candidates, otherwise } of pending) if (otherwise === null) sure.set(candidates[0]!.country, (sure.get(candidates[0]!.country) ?? 0) + 1);
  for (const { name, candidates, otherwise } of pending) {
    const top = candidates[0]!;
    const own = otherwise === null ? top.country : null;
    const isNamed = (country: string): boolean => named.has(country) || (sure.get(country) ?? 0) > (country === own ? 1 : 0);
    const place = candidates.find((c) => isNamed(c.country) && (otherwise !== null || isSeat(c) >= isSeat(top)));
    if (!place && otherwise) {
      names[name]!.type = otherwise[0];
      names[name]!.confidence = otherwise[1];
      continue;
    }
    names[name]!.country = (place ?? top).country;
    names[name]!.place = place ?? top;
  }
}

/** A place the gazetteer knows; `weak` when only the document's countries can confirm it. */
interface FoundPlace {
  readonly candidates: readonly PlaceCandidate[];
  readonly weak: boolean;
}

/**
 * What the capitalised run [i, j) can denote in the place gazetteer, or null when it names no
 * place or the guards refuse it: a lone word that is also a common English word ("Mobile",
 * "Reading", "Of") needs a place context (`inContext`: "in Reading", "the city of Split", "Dikwa
 * police"); a lone word that is part of a person's name met earlier is that person. A lone word
 * naming only a small town, out of such a context and not a spelling of the alias table, is weak:
 * a place only if the document names its country (small towns share their names with firms and
 * families: "Nokia"). "Idlib Province" and "Gaza City" are tried without their area word too.
 */
function placeCandidates(tokens: TokenTable, places: PlaceGazetteer, i: number, j: number, inContext: boolean, personWords: ReadonlySet<string>): FoundPlace | null {
  let candidates = places.lookup(keyOf(tokens, i, j));
  if (candidates.length === 0 && j - i > 1 && AREA_WORDS.has(tokens.lower[j - 1]!)) candidates = places.lookup(keyOf(tokens, i, j - 1));
  if (candidates.length === 0) return null;
  if (j - i === 1) {
    const word = tokens.lower[i]!;
    // "UN", "US", "IS": a short word in capitals is an abbreviation, not the town of Un.
    if (tokens.flags[i]! & TokenFlag.AllCaps && word.length <= 4) return null;
    if (personWords.has(word)) return null;
    if (!inContext && COMMON_WORD_PLACES.has(foldName(word))) return null;
    return { candidates, weak: !inContext && !isProminent(candidates[0]!) && !places.isNewsName(word) };
  }
  return { candidates, weak: false };
}

/**
 * Place words after which the name is still that of the area around: "Gaza City", "Idlib
 * Province", "Jenin Camp". Not "Victoria Park" or "Tahrir Square", which are named for something else.
 */
/** Words that open a region's name: "North Western Province". */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'northwest', 'northeast', 'southwest', 'southeast']);
const AREA_WORDS = new Set(['city', 'province', 'region', 'district', 'governorate', 'prefecture', 'county', 'state', 'oblast', 'camp', 'town', 'village', 'municipality']);

/** 1 for a region of the table, a national capital or a first-level seat; else 0. */
function isSeat(place: PlaceCandidate): number {
  return place.kind !== 'city' || place.featureCode === 'PPLC' || place.featureCode === 'PPLA' ? 1 : 0;
}

/** A city big enough, or a region, to take a lone capitalised word opening a sentence for it ("Karachi was …"). */
function isProminent(place: PlaceCandidate): boolean {
  return place.kind !== 'city' || place.featureCode === 'PPLC' || place.featureCode === 'PPLA' || (place.population ?? 0) >= 100_000;
}

/**
 * The words before token i say a place follows: "in", "near", "from" …, "the city of", or a place
 * and a conjunction ("in Martin and Ruzomberok"). `last` is the name found last.
 */
function placeContext(lower: readonly string[], i: number, sentStart: number, last: Name | undefined): boolean {
  const before = i - 1 >= sentStart ? lower[i - 1]! : '';
  if (PLACE_PREPOSITIONS.has(before) || (before === 'of' && i - 2 >= sentStart && PLACE_NOUNS.has(lower[i - 2]!))) return true;
  return (before === 'and' || before === ',' || before === 'or') && last !== undefined && last.type === 'place' && last.tokenEnd === i - 1 && last.tokenStart >= sentStart;
}

/** The words of a name end in an organisation word, or have one before "of"/"for" ("Agency for …"). */
function isOrgName(words: readonly string[]): boolean {
  return ORG_WORDS.has(words[words.length - 1]!) || words.some((w, k) => (w === 'of' || w === 'for') && ORG_WORDS.has(words[k - 1]!));
}

/** Nouns of groups a people's name may stand before: "Hutu militias", "Slav parties". */
const PEOPLE_HEADS = new Set(['party', 'parties', 'militia', 'militias', 'militiamen', 'rebels', 'fighters', 'tribesmen', 'tribes', 'clans', 'villagers', 'refugees', 'minority', 'majority', 'community', 'communities', 'population', 'civilians', 'politicians', 'leaders', 'elders', 'extremists', 'nationalists', 'separatists', 'insurgents', 'guerrillas', 'gunmen', 'students', 'youths', 'herders', 'farmers']);

/** Last words of the names of contests and fairs: "World Cup", "Asian Games". */
const EVENT_WORDS = new Set(['cup', 'games', 'olympics', 'championship', 'championships', 'prix', 'expo', 'festival', 'tournament', 'marathon']);

/** Words of a denomination, before "Church". */
const DENOMINATIONS = new Set(['catholic', 'orthodox', 'anglican', 'lutheran', 'methodist', 'presbyterian', 'protestant', 'evangelical', 'coptic', 'baptist', 'episcopal', 'reformed', 'apostolic', 'pentecostal', 'adventist', 'uniting', 'maronite', 'armenian']);

/** "of" joins only inside organisation-like names ("Armed Forces of Colombia", "Bank of England"). */
function joinerFits(lower: readonly string[], i: number, j: number): boolean {
  const w = lower[j]!;
  if (w !== 'of' && w !== 'for') return true;
  return ORG_WORDS.has(lower[j - 1]!) || lower[i] === 'republic' || lower[i] === 'kingdom';
}

function classify(tokens: TokenTable, i: number, j: number, titles: readonly Title[], sentStart: number): [NameType, number] {
  const { lower } = tokens;
  const last = lower[j - 1]!;
  const words = lower.slice(i, j);
  if (last === 'bank' && lower[i] === 'west') return ['place', 0.8];
  if (isOrgName(words)) return ['org', 0.8];
  // "the Roman Catholic Church", "the Serbian Orthodox Church": a denomination's church is a body, not a building.
  if (last === 'church' && DENOMINATIONS.has(lower[j - 2]!)) return ['org', 0.8];
  if (PLACE_WORDS.has(last) && j - i > 1) return ['place', 0.8];
  // An unknown abbreviation in capitals is far more often a body than a person ("ANC", "NLD").
  if (j - i === 1 && tokens.flags[i]! & TokenFlag.AllCaps && last.replace(/[^a-z]/g, '').length >= 2) return ['org', 0.6];
  if (titles.some((t) => t.tokenEnd === i)) return ['person', 0.85];
  const before = i - 1 >= sentStart ? lower[i - 1]! : '';
  if (before === 'of' && i - 2 >= sentStart && PLACE_NOUNS.has(lower[i - 2]!)) return ['place', 0.75];
  if (PLACE_PREPOSITIONS.has(before) && (j - i === 1 || (j - i <= 3 && before !== 'from'))) return ['place', 0.6];
  if (j - i >= 2) return ['person', 0.6];
  return ['person', 0.4];
}

/** Roles, nationalities and parents from the words just before each name in a sentence. */
function addModifiers(tokens: TokenTable, names: Mutable<Name>[], from: number, to: number, titles: readonly Title[]): void {
  const endsAt = new Map<number, number>();
  for (let n = from; n < to; n++) endsAt.set(names[n]!.tokenEnd, n);
  for (let n = from; n < to; n++) {
    const name = names[n]!;
    if (name.type === 'person') {
      let k = name.tokenStart;
      let extentStart = k;
      const title = titles.find((t) => t.tokenEnd === k);
      if (title) {
        name.role = title.role;
        extentStart = title.tokenStart;
        k = title.tokenStart;
        if (name.confidence < 0.85) name.confidence = 0.85;
        // (Over a title before it: "Indian pilot Wing Commander Abhinandan Varthaman".)
        for (let before = titles.find((t) => t.tokenEnd === k); before; before = titles.find((t) => t.tokenEnd === k)) extentStart = k = before.tokenStart;
      }
      // "Palestinian Prime Minister …", "Hamas leader …": the name before the title.
      // (Or before its possessive: "Australia's high commissioner Patrick Cole".)
      const m = endsAt.get(k) ?? (title && k >= 2 && tokens.flags[k - 1]! & TokenFlag.Possessive ? endsAt.get(k - 1) : undefined);
      if (m !== undefined && title) {
        const modifier = names[m]!;
        if (modifier.type === 'group' || modifier.type === 'place' || modifier.type === 'org') {
          if (name.country === null) name.country = modifier.country;
          extentStart = modifier.tokenStart;
        }
      }
      if (extentStart !== name.tokenStart) name.extent = tokenSpan(tokens, extentStart, name.tokenEnd);
    } else if (name.type === 'org' && name.tokenStart >= 2 && tokens.flags[name.tokenStart - 1]! & TokenFlag.Possessive) {
      // "the White House's National Security Council": nested bodies.
      const m = endsAt.get(name.tokenStart - 1);
      if (m !== undefined && names[m]!.type === 'org') name.parent = m;
    }
  }
}
