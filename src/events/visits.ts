import { countryOf, international } from './actors.js';
import { chain, nounLemma, resolveAll, type CodingContext } from './context.js';
import { placeActor } from './places.js';
import type { EventTally } from './tally.js';

/**
 * Visits told as nouns: "A two-day state visit to Tajikistan by Uzbek President Shavkat Mirziyoyev
 * got under way", "Chinese President Jiang Zemin's arrival in New Delhi marked the first visit to
 * India by a Chinese head of state". A visit (042) by whom its "by" phrase or possessor names, to
 * the country its "to" or "in" phrase names, when the noun is the subject or object of a verb that
 * says it happened (began, marked, got under way …); not one planned, put off or called off.
 */
export function codeVisits(ctx: CodingContext, tally: EventTally, dateOf: (sentence: number, start: number) => string | null, discarded: (sentence: number) => boolean): void {
  const { tokens, nounPhrases, verbGroups, attachments } = ctx;
  for (const g of verbGroups) {
    // (Or "was": "Morsi's arrival in Tehran was the first visit to Iran by an Egyptian head of state".)
    const was = g.lemma === 'be' && g.tense === 'past';
    if (g.voice !== 'active' || g.negated || g.modal !== null || g.conditional || !(HAPPENED_VERBS.has(g.lemma) || was)) continue;
    // (The subject found may be the "by" phrase's: "A visit to North Korea by Mongolian President
    // Tsakhiagiin Elbegdorj, …, began on Monday".)
    // (Or the "by" phrase may hang on the place: "A visit to North Korea by …".)
    const byPhrase = g.subject !== null ? attachments.find((a) => a.object === g.subject && a.attachedTo.kind === 'noun' && tokens.lower[a.prep] === 'by') : undefined;
    const host = byPhrase?.attachedTo.kind === 'noun' ? byPhrase.attachedTo.index : null;
    const hosting = host !== null ? attachments.find((a) => a.object === host && a.attachedTo.kind === 'noun') : undefined;
    const visited = host !== null && hosting?.attachedTo.kind === 'noun' && !VISIT_NOUNS.has(nounLemma(ctx, nounPhrases[host]!.head)) ? hosting.attachedTo.index : host;
    for (const np of [visited, g.subject, g.object]) {
      if (np === null || !VISIT_NOUNS.has(nounLemma(ctx, nounPhrases[np]!.head)) || discarded(g.sentence)) continue;
      const noun = nounPhrases[np]!;
      const by = np === visited && byPhrase ? byPhrase : attachments.find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === np && tokens.lower[a.prep] === 'by');
      const to = attachments.find((a) => a.attachedTo.kind === 'noun' && a.attachedTo.index === np && (tokens.lower[a.prep] === 'to' || tokens.lower[a.prep] === 'in'));
      const visitor = by?.object ?? noun.possessor;
      if (visitor === null || to === undefined) continue;
      const date = dateOf(g.sentence, noun.start);
      const place = placeActor(ctx, to.object, date) ?? resolveAll(ctx, chain(ctx, to.object), date)[0] ?? null;
      const country = place ? countryOf(place.code) : null;
      if (!place || country === null || international(place.code)) continue;
      const evidence = { start: tokens.start[noun.head]!, end: tokens.end[noun.head]! };
      for (const source of resolveAll(ctx, chain(ctx, visitor), date)) {
        if (countryOf(source.code) !== country) tally.push(source, { ...place, code: country, place: true }, '042', 'a visit told as a noun that happened', g.sentence, date, evidence);
      }
    }
  }
}

/** Nouns for a visit. */
const VISIT_NOUNS = new Set(['visit', 'arrival', 'trip', 'tour']);

/** Verbs that tell a visit as having happened: "began", "marked", "got under way". */
const HAPPENED_VERBS = new Set(['begin', 'start', 'mark', 'get', 'open', 'end', 'conclude', 'come', 'take', 'follow', 'wrap', 'culminate', 'kick']);
