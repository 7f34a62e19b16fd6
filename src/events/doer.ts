import type { Doc } from '../doc/index.js';
import { DAY_WORDS, DECREE_NOUNS } from '../language/lexicon.js';
import { POS } from '../language/types.js';

/** Nouns whose "to" complement names an act their owner has taken: "Rwanda's decision to sever ties". */
const TAKEN_NOUNS = new Set(['decision', 'move']);
/** "became the first country to recognise": the first, or the latest, to do a thing has done it. */
const RANKS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'latest', 'last', 'only', 'next']);
const BECOME = new Set(['become', 'be']);
/** Verbs whose object does the infinitive after it, as a done act: "prompted Israel to send troops". */
const PROMPTING_VERBS = new Set(['prompt', 'spur', 'provoke', 'trigger']);

/** Whose act a verb is, by a noun that names it ("Rwanda's decision to sever ties"), and whether it was only decided on. */
export interface Doer {
  readonly np: number;
  readonly decided: boolean;
}

/**
 * Who does the infinitive of verb group `v` when it has no subject and hangs on a noun phrase that
 * names its doer: "Rwanda's decision on Friday to sever ties" and "the decision by Rwanda to sever
 * ties" (Rwanda), "Sweden became the first EU member to recognise Palestine" (Sweden).
 * Returns the doer's noun-phrase index and whether the act was only decided on, or null. `npAt`
 * maps a token to the noun phrase holding it.
 */
export function infinitiveDoer(doc: Doc, v: number, npAt: ArrayLike<number>): Doer | null {
  const tokens = doc.layers.tokens!;
  const nps = doc.layers.nounPhrases!;
  const vgs = doc.layers.verbGroups!;
  const vg = vgs[v]!;
  let to = vg.tokenStart - 1;
  while (to > 0 && tokens.pos[to] === POS.ADV) to--;
  // (A subject the infinitive shares with a verb before its noun does not count: "welcomed China's decision to release".)
  if (to < 1 || tokens.lower[to] !== 'to') return null;
  // "prompting Israel to send troops into southern Lebanon": whom an act prompts does what it was prompted to.
  // (When it did prompt it: not "the move would spur Pyongyang to resume talks".)
  const prompter = vgs.find((g) => g.sentence === vg.sentence && g.object !== null && g.voice === 'active' && g.modal === null && g.tense !== 'future' && !g.negated && nps[g.object]!.tokenEnd === to && PROMPTING_VERBS.has(tokens.lemma[g.head]!));
  if (prompter !== undefined) return { np: prompter.object!, decided: false };
  let k = to - 1;
  // A day word ("on Friday") may stand before the infinitive.
  while (k > 0 && DAY_WORDS.has(tokens.lower[k]!)) k--;
  if (tokens.lower[k] === 'on') k--;
  // Back over the noun phrase before "to" and the phrases it opens: "the first member of the European Union".
  let by: number | null = null;
  for (let steps = 0; k >= 0 && npAt[k]! >= 0 && steps < 3; steps++) {
    const np = nps[npAt[k]!]!;
    if (np.sentence !== vg.sentence) return null;
    const head = np.head;
    if (TAKEN_NOUNS.has(tokens.lemma[head]!) && tokens.pos[head] === POS.NOUN) {
      const owner = np.possessor ?? by;
      return owner === null ? null : { np: owner, decided: true };
    }
    if (RANKS.has(tokens.lower[np.tokenStart + 1]!) && tokens.lower[np.tokenStart] === 'the') {
      const verb = vgs.find((g) => g.sentence === vg.sentence && g.tokenEnd === np.tokenStart);
      const first = verb !== undefined && BECOME.has(tokens.lemma[verb.head]!) && verb.voice === 'active' ? verb.subject : null;
      return first === null ? null : { np: first, decided: false };
    }
    const prep = np.tokenStart - 1;
    if (prep < 1 || (tokens.lower[prep] !== 'of' && tokens.lower[prep] !== 'by' && tokens.lower[prep] !== 'in')) return null;
    // "the decision by (or of) the Rwandan government to".
    by = tokens.lower[prep] === 'in' ? null : npAt[k]!;
    k = prep - 1;
  }
  return null;
}

/** What one does to such a text that makes it act. */
const ENACT_VERBS = new Set(['sign', 'issue', 'enact', 'pass', 'approve', 'adopt', 'promulgate']);

/**
 * "Trump signed an executive order on Monday ending most sanctions on Syria", "Putin signed a decree
 * banning imports": the act a participle after a signed text names is its signer's. Returns the
 * signer's phrase, or null.
 */
export function decreeDoer(doc: Doc, v: number, npAt: ArrayLike<number>): Doer | null {
  const tokens = doc.layers.tokens!;
  const nps = doc.layers.nounPhrases!;
  const vgs = doc.layers.verbGroups!;
  const vg = vgs[v]!;
  if (vg.voice !== 'active' || vg.tokenEnd - vg.tokenStart !== 1 || !tokens.lower[vg.head]!.endsWith('ing')) return null;
  let k = vg.tokenStart - 1;
  // (A day may stand between: "an executive order on Monday ending …".)
  while (k > 0 && DAY_WORDS.has(tokens.lower[k]!)) k--;
  if (k < vg.tokenStart - 1 && tokens.lower[k] === 'on') k--;
  const text = npAt[k]! >= 0 ? nps[npAt[k]!]! : null;
  if (text === null || text.tokenEnd !== k + 1 || text.sentence !== vg.sentence || !DECREE_NOUNS.has(tokens.lemma[text.head]!)) return null;
  const signing = vgs.find((g) => g.object === npAt[k] && g.voice === 'active' && ENACT_VERBS.has(tokens.lemma[g.head]!));
  return signing?.subject !== undefined && signing.subject !== null ? { np: signing.subject, decided: true } : null;
}
