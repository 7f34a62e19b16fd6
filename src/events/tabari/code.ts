// Codes one sentence as TABARI does (manual 5.8, 7.6–7.10): in each clause, the first verb whose
// pattern (or root) gives a code makes the event; source and target come from the pattern or from
// TABARI's default searches; a passive swaps them; compounds give one event per pair.
import type { Dictionary } from '../../dictionaries/index.js';
import { TABARI_COMMA } from '../../dictionaries/index.js';
import type { TabariLexicon } from './lexicon.js';
import { attachAgents, classify, dropCommaPhrases, findCompounds, resolvePronouns, splitClauses, type Member, type Unit } from './parse.js';
import { matchPatterns, type ClauseWords } from './patterns.js';
import type { Word } from './words.js';

/** One event as TABARI makes it, with the words that carry it. */
export interface TabariEvent {
  readonly source: Member | null;
  readonly target: Member | null;
  readonly code: string;
  /** Words of the verb `[from, to)`. */
  readonly verb: { readonly from: number; readonly to: number };
  /** The dictionary line that gave the code. */
  readonly rule: string;
}

type Settings = Pick<Dictionary, 'defaults' | 'minimumWords' | 'complex' | 'comma' | 'codeBy'>;

const isActor = (u: Unit | undefined) => u !== undefined && (u.kind === 'actor' || u.kind === 'pronoun') && u.members !== undefined;
const firstCode = (u: Unit) => u.members![0]!.code;

export function codeSentence(words: readonly Word[], lexicon: TabariLexicon, settings: Settings, date: string | null): TabariEvent[] {
  if (words.length < (settings.minimumWords ?? 0)) return [];
  for (let i = 0; i < words.length; i++) if (lexicon.discards.match(words, i)) return [];
  let units = findCompounds(attachAgents(classify(words, lexicon, date), words));
  resolvePronouns(units, words);
  units = dropCommaPhrases(units, settings.comma === undefined ? TABARI_COMMA : settings.comma);
  if (tooComplex(units, settings)) return [];
  const clauses = splitClauses(units);
  const events: TabariEvent[] = [];
  let carried: Unit | null = null;
  for (const [k, clause] of clauses.entries()) {
    const c = clauseWords(words, units, clause.from, clause.to);
    // After a conjunction the source stays, unless an actor follows it at once.
    if (k > 0 && isActor(units[clause.from])) carried = units[clause.from]!;
    let coded = false;
    for (let u = clause.from; u < clause.to; u++) {
      const unit = units[u]!;
      if (unit.kind !== 'verb') continue;
      const made = codeVerb(c, units, u, k === 0 ? null : carried, settings);
      if (made.length === 0) continue;
      events.push(...made);
      coded = true;
      if (settings.codeBy !== 'all') break;
    }
    if (!coded && k === 0) carried = units.slice(clause.from, clause.to).find(isActor) ?? null;
    else if (coded && k === 0) carried = units.slice(clause.from, clause.to).find(isActor) ?? carried;
    if (coded && settings.codeBy === 'sentence') break;
  }
  return dedupe(events);
}

function tooComplex(units: readonly Unit[], settings: Settings): boolean {
  const complex = settings.complex;
  if (!complex) return false;
  const count = (kind: Unit['kind'], pred: (u: Unit) => boolean = () => true) => units.filter((u) => u.kind === kind && pred(u)).length;
  if (complex.verbs > 0 && count('verb') >= complex.verbs) return true;
  if (complex.actors > 0 && count('actor') >= complex.actors) return true;
  if (complex.pronouns > 0 && count('pronoun') >= complex.pronouns) return true;
  if (complex.conjunctions > 0 && count('conjunction', (u) => !u.inCompound) >= complex.conjunctions) return true;
  const firstVerb = units.findIndex((u) => u.kind === 'verb');
  if (complex.noVerb && firstVerb < 0) return true;
  if (complex.noActorPrior && firstVerb >= 0 && !units.slice(0, firstVerb).some((u) => u.kind === 'actor')) return true;
  if (complex.noActorAfter && firstVerb >= 0 && !units.slice(firstVerb + 1).some((u) => u.kind === 'actor')) return true;
  return false;
}

function clauseWords(words: readonly Word[], units: readonly Unit[], from: number, to: number): ClauseWords {
  const at: number[] = [];
  const unitAt: number[] = [];
  for (let u = from; u < to; u++) {
    for (let w = units[u]!.from; w < units[u]!.to; w++) {
      at.push(w);
      unitAt.push(u);
    }
  }
  return { words, units, at, unitAt };
}

/** The events of verb unit `v`, or none when it codes nothing. */
function codeVerb(c: ClauseWords, units: readonly Unit[], v: number, carried: Unit | null, settings: Settings): TabariEvent[] {
  const verb = units[v]!;
  const verbAt = c.unitAt.indexOf(v);
  const verbEnd = c.unitAt.lastIndexOf(v) + 1;
  // Phrases do not reach across a comma.
  let start = 0;
  for (let q = verbAt - 1; q >= 0; q--) if (units[c.unitAt[q]!]!.kind === 'comma' && !units[c.unitAt[q]!]!.inCompound) { start = q + 1; break; }
  let stop = c.at.length;
  for (let q = verbEnd; q < c.at.length; q++) if (units[c.unitAt[q]!]!.kind === 'comma' && !units[c.unitAt[q]!]!.inCompound) { stop = q; break; }
  const match = matchPatterns(c, verb.verb!.patterns, verbAt, verbEnd, start, stop);
  const code = match ? match.pattern.pattern.code : verb.verb!.entry.code;
  if (code === null || code === '---') return [];
  const reciprocal = match ? match.pattern.pattern.reciprocal ?? null : verb.verb!.entry.reciprocal ?? null;
  const rule = match ? match.pattern.pattern.origin : verb.verb!.entry.origin;
  const span = { from: verb.from, to: verb.to };
  if (match?.compound != null) {
    const members = units[match.compound]!.members!;
    const out: TabariEvent[] = [];
    for (const a of members) for (const b of members) if (a.code !== b.code) out.push({ source: a, target: b, code, verb: span, rule });
    return out;
  }
  const clauseUnits = [...new Set(c.unitAt)];
  const before = clauseUnits.filter((u) => u < v && isActor(units[u]));
  const after = clauseUnits.filter((u) => u > v && isActor(units[u]));
  let target = match?.target ?? null;
  let source = match?.source ?? null;
  const designated = source !== null || target !== null;
  if (source === null) {
    const distinct = (u: number) => target === null || firstCode(units[u]!) !== firstCode(units[target]!);
    const carriedAt = carried ? units.indexOf(carried) : -1;
    if (carried && carriedAt >= 0) source = carriedAt;
    // TABARI is greedy: with no actor before the verb it takes one after, unless a default source
    // is to stand in for one not found before the verb (DEFAULT … PRIOR).
    else source = before.find(distinct) ?? (settings.defaults?.source?.prior ? null : after.find((u) => distinct(u) && u !== target)) ?? null;
  }
  if (target === null) {
    const distinct = (u: number) => source === null || (u !== source && firstCode(units[u]!) !== firstCode(units[source]!));
    target = after.find(distinct) ?? before.find(distinct) ?? (source !== null && units[source]!.members!.length > 1 ? source : null);
  }
  // Passive voice: WAS, WERE or BEEN one or two words before the verb, or BY straight after it.
  if (!designated && source !== null && target !== null && target !== source) {
    const aux = [verbAt - 1, verbAt - 2].some((q) => q >= 0 && units[c.unitAt[q]!]!.kind === 'auxiliary');
    const by = verbEnd < c.at.length && units[c.unitAt[verbEnd]!]!.kind === 'by';
    if (aux || by) [source, target] = [target, source];
  }
  const defaults = settings.defaults ?? null;
  const sources: (Member | null)[] = source !== null ? units[source]!.members! : defaults?.source ? [{ code: defaults.source.code, from: verb.from, to: verb.from }] : [];
  const targets: (Member | null)[] = target !== null ? units[target]!.members! : defaults?.target ? [{ code: defaults.target.code, from: verb.to, to: verb.to }] : [];
  const out: TabariEvent[] = [];
  for (const s of sources) {
    for (const t of targets) {
      if (s && t && s.code === t.code) continue;
      out.push({ source: s, target: t, code, verb: span, rule });
      if (reciprocal) out.push({ source: t, target: s, code: reciprocal, verb: span, rule });
    }
  }
  return out;
}

function dedupe(events: readonly TabariEvent[]): TabariEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.source?.code}/${e.target?.code}/${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
