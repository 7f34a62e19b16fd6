// Modals that a dictionary lists as verbs. TABARI reads any word as a verb its dictionary lists,
// "SHOULD" among them, with patterns around it: "SUGGESTED + * REQUIRE_{ GENEVA | INTERNATIONAL }
// CONVENTIONS". A parse makes "should" an auxiliary of "require", so these are coded apart, and
// only when a pattern matches: the modal's default code alone would code every "should".
import { MODALS } from '../language/lexicon.js';
import type { ResolvedActor } from './actors.js';
import { chain, resolveAll, type CodingContext } from './context.js';
import { NO_EVENT } from './rules.js';
import type { EventTally } from './tally.js';
import { verbCandidates } from './verbs.js';

const MODAL_WORDS = [...MODALS];

/** Codes the modals a dictionary lists as verbs; returns the verb groups it coded. */
export function codeModalVerbs(ctx: CodingContext, tally: EventTally, dateOf: (sentence: number, start: number) => string | null, discarded: (sentence: number) => boolean): Set<number> {
  const { tokens, sentences, nounPhrases, verbGroups, verbIndex, matcher } = ctx;
  const coded = new Set<number>();
  if (!MODAL_WORDS.some((m) => verbIndex.words.has(m))) return coded;
  for (let v = 0; v < verbGroups.length; v++) {
    const vg = verbGroups[v]!;
    if (vg.modal === null || discarded(vg.sentence)) continue;
    const candidates = verbCandidates(verbIndex, vg.modal, vg.modal);
    if (candidates.length === 0) continue;
    let at = vg.tokenStart;
    while (at < vg.head && tokens.lower[at] !== vg.modal && tokens.lemma[at] !== vg.modal) at++;
    if (at === vg.head) continue;
    const sent = sentences[vg.sentence]!;
    for (const { entry } of candidates) {
      for (const pattern of entry.patterns) {
        if (pattern.code === NO_EVENT) continue;
        const before = pattern.before.length > 0 ? matcher.matchBefore(pattern.before, at, sent.tokenStart) : null;
        if (pattern.before.length > 0 && !before) continue;
        const after = matcher.match(pattern.after, at + 1, sent.tokenEnd);
        if (!after) continue;
        const date = dateOf(vg.sentence, tokens.start[at]!);
        // "Arnor suggested Gondor should apply …": words matched before the modal's subject are
        // another verb's, and the suggestion is that verb's subject's.
        const subjectStart = vg.subject !== null ? nounPhrases[vg.subject]!.tokenStart : at;
        const speaker = before && before.end < subjectStart ? verbGroups.find((g) => g.sentence === vg.sentence && g.head >= before.end && g.head < subjectStart)?.subject : undefined;
        const sourceNp = after.source ?? before?.source ?? speaker ?? vg.subject;
        const sources = sourceNp !== null ? resolveAll(ctx, chain(ctx, sourceNp), date) : [];
        const targetNp = after.target ?? before?.target ?? null;
        const targets = targetNp !== null ? resolveAll(ctx, chain(ctx, targetNp), date) : otherActorAfter(ctx, after.end, sent.tokenEnd, sources, date);
        const verb = { start: tokens.start[at]!, end: tokens.end[at]! };
        for (const source of sources) for (const target of targets) tally.push(source, target, pattern.code, pattern.origin, vg.sentence, date, verb);
        if (sources.length > 0) {
          coded.add(v);
          break;
        }
      }
      if (coded.has(v)) break;
    }
  }
  return coded;
}

/** TABARI's default target: the first actor after the match whose code is not the source's. */
function otherActorAfter(ctx: CodingContext, from: number, limit: number, sources: readonly ResolvedActor[], date: string | null): ResolvedActor[] {
  const { nounPhrases, matcher } = ctx;
  for (let k = from; k < limit; k++) {
    const np = matcher.npAt[k]!;
    if (np < 0 || nounPhrases[np]!.tokenStart !== k) continue;
    const actors = resolveAll(ctx, [np], date).filter((a) => !sources.some((s) => s.code === a.code));
    if (actors.length > 0) return actors;
  }
  return [];
}
