import type { Doc } from '../doc/index.js';
import { TokenFlag } from '../language/types.js';

/** Verbs that attribute a direct quote to its speaker. */
const QUOTING_VERBS = new Set(['say', 'tell', 'add', 'declare', 'warn', 'insist', 'stress', 'state', 'note', 'write', 'reply', 'explain', 'announce', 'vow', 'urge']);

/**
 * The speaker of each verb group inside a direct quote, as a noun-phrase index: '"We demand that
 * Russia withdraw," Foreign Minister Stratan told reporters' and 'Stratan said: "We demand …"'.
 * A quote's verbs are coded as the speaker's reported speech; quotes with no attributed speaker
 * in their sentence are left out.
 */
export function quoteSpeakers(doc: Doc): Map<number, number> {
  const tokens = doc.layers.tokens!;
  const vgs = doc.layers.verbGroups ?? [];
  const out = new Map<number, number>();
  const inQuote = (g: number): boolean => (tokens.flags[vgs[g]!.head]! & TokenFlag.InQuote) !== 0;
  let g = 0;
  while (g < vgs.length) {
    if (!inQuote(g)) {
      g++;
      continue;
    }
    // A run of quoted verb groups in one sentence, and the attribution after or before it.
    const sentence = vgs[g]!.sentence;
    let end = g;
    while (end < vgs.length && vgs[end]!.sentence === sentence && inQuote(end)) end++;
    const after = end < vgs.length && vgs[end]!.sentence === sentence ? vgs[end]! : null;
    const before = g > 0 && vgs[g - 1]!.sentence === sentence ? vgs[g - 1]! : null;
    const attribution = after && QUOTING_VERBS.has(tokens.lemma[after.head]!) && after.subject !== null ? after : before && QUOTING_VERBS.has(tokens.lemma[before.head]!) && before.subject !== null ? before : null;
    if (attribution) for (let q = g; q < end; q++) out.set(q, attribution.subject!);
    g = end;
  }
  return out;
}
