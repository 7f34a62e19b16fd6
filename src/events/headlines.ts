import { GLOOMY_WORDS, HOPEFUL_WORDS } from '../language/lexicon.js';
import { POS } from '../language/types.js';
import { chain, resolveAll, type CodingContext } from './context.js';
import { countryOf } from './actors.js';

/**
 * Headlines with no verb that still report an act, read whole:
 * - a stance: "Seoul upbeat on ties with Pyongyang", "Lebanon's Mikati upbeat on talks with IMF"
 *   (an optimistic comment, 013; a gloomy one, 012) about the first other side named after it;
 * - a stay: "Koizumi in Pyongyang for talks with Kim Jong Il" (a visit, 042) to whom the talks are with.
 */
export interface HeadlineAct {
  readonly code: string;
  readonly rule: string;
  /** Noun phrases: who acts, and to whom. */
  readonly source: number;
  readonly target: number;
  /** The token that carries the act ("upbeat", "in"). */
  readonly cue: number;
}

const ABOUT = new Set(['on', 'about', 'over', 'of']);
const stance = (word: string): boolean => HOPEFUL_WORDS.has(word) || GLOOMY_WORDS.has(word);
const TALK_NOUNS = new Set(['talks', 'summit', 'meeting', 'visit', 'meetings', 'negotiations']);

/** The act of sentence s, when it is a verbless headline of one of the two kinds; else null. */
export function verblessHeadline(ctx: CodingContext, s: number, date: string | null): HeadlineAct | null {
  const { tokens, sentences, nounPhrases, matcher, verbGroups } = ctx;
  const sent = sentences[s]!;
  // A headline has no final stop.
  if (sent.tokenEnd - sent.tokenStart < 4 || tokens.pos[sent.tokenEnd - 1] === POS.PUNCT) return null;
  const first = matcher.npAt[sent.tokenStart]!;
  if (first < 0) return null;
  // The phrase that acts: "Lebanon's Mikati" is the one after the possessive.
  let subject = first;
  let cue = nounPhrases[first]!.tokenEnd;
  if (tokens.lower[cue] === "'s" || tokens.lower[cue] === "'") {
    const owned = matcher.npAt[cue + 1]!;
    if (owned < 0 || nounPhrases[owned]!.possessor !== first) return null;
    subject = owned;
    cue = nounPhrases[owned]!.tokenEnd;
  }
  // (The chunker may have taken the stance word into the phrase: "Seoul upbeat".)
  if (cue - 1 > nounPhrases[subject]!.tokenStart && stance(tokens.lower[cue - 1]!)) cue--;
  // No verb before the cue: a verb there is the headline's own ("Seoul says …").
  if (verbGroups.some((g) => g.sentence === s && g.tokenStart < cue)) return null;
  const sources = resolveAll(ctx, chain(ctx, subject), date);
  if (sources.length === 0) return null;
  const own = new Set(sources.map((a) => countryOf(a.code)));
  const other = (from: number, to: number): number => {
    for (let k = from; k < to; k++) {
      const np = matcher.npAt[k]!;
      if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
      if (resolveAll(ctx, chain(ctx, np), date).some((t) => !own.has(countryOf(t.code)))) return np;
    }
    return -1;
  };
  const word = tokens.lower[cue]!;
  if (stance(word) && ABOUT.has(tokens.lower[cue + 1]!)) {
    const target = other(cue + 2, sent.tokenEnd);
    return target < 0 ? null : { code: HOPEFUL_WORDS.has(word) ? '013' : '012', rule: 'a verbless headline of a stance on someone', source: subject, target, cue };
  }
  // "Koizumi in Pyongyang for talks with Kim Jong Il".
  if (word === 'in' && matcher.npAt[cue + 1]! >= 0) {
    const place = matcher.npAt[cue + 1]!;
    const k = nounPhrases[place]!.tokenEnd;
    if (tokens.lower[k] !== 'for') return null;
    let j = k + 1;
    while (j < sent.tokenEnd && j < k + 4 && !TALK_NOUNS.has(tokens.lower[j]!)) j++;
    if (!TALK_NOUNS.has(tokens.lower[j]!) || tokens.lower[j + 1] !== 'with') return null;
    const target = other(j + 2, sent.tokenEnd);
    return target < 0 ? null : { code: '042', rule: 'a verbless headline of a stay for talks with someone', source: subject, target, cue };
  }
  return null;
}
