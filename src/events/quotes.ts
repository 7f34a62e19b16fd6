import type { Doc } from '../doc/index.js';

/**
 * The speaker of each verb group inside a direct quote, as a noun-phrase index: '"We demand that
 * Russia withdraw," Foreign Minister Stratan told reporters' and 'Stratan said: "We demand …"'.
 * The language layer's quote clauses name the speaker; a quote's verbs are coded as that speaker's
 * reported speech, and quotes with no speaker are left out.
 */
export function quoteSpeakers(doc: Doc): Map<number, number> {
  const vgs = doc.layers.verbGroups ?? [];
  const out = new Map<number, number>();
  let g = 0;
  for (const clause of doc.layers.clauses ?? []) {
    if (clause.kind !== 'quote' || clause.speaker === null) continue;
    // Clauses come in text order, so the verb groups are walked once.
    while (g < vgs.length && (vgs[g]!.sentence < clause.sentence || (vgs[g]!.sentence === clause.sentence && vgs[g]!.head < clause.tokenStart))) g++;
    for (let q = g; q < vgs.length && vgs[q]!.sentence === clause.sentence && vgs[q]!.head < clause.tokenEnd; q++) out.set(q, clause.speaker);
  }
  return out;
}
