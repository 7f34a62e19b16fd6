// Codes one sentence as TABARI does (manual 5.8, 7.6–7.10): in each clause, the first verb whose
// pattern (or root) gives a code makes the event; source and target come from the pattern or from
// TABARI's default searches; a passive swaps them; compounds give one event per pair.
import type { Dictionary, Priority } from '../../dictionaries/index.js';
import { PETRARCH_COMMA, TABARI_COMMA } from '../../dictionaries/index.js';
import type { TabariLexicon } from './lexicon.js';
import { classify, dropCommaPhrases, resolvePronouns, splitClauses, type Member, type Unit } from './parse.js';
import { attachAgents, findCompounds } from './phrases.js';
import { matchPatterns, type ClauseWords } from './patterns.js';
import { isUpper, transform } from './transform.js';
import { combineCodes, combines, refusalCode } from './combine.js';
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

type Settings = Pick<Dictionary, 'defaults' | 'minimumWords' | 'complex' | 'comma' | 'codeBy' | 'convertAgents' | 'forward' | 'dialect' | 'transformations'>;

const NEGATIONS = new Set(['not', "n't", 'never']);

const VERB_LEADS = new Set(['to', 'that', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'shall', 'has', 'have', 'had', 'is', 'are', 'be', 'being', 'did', 'does', 'do']);

/**
 * The verb at `verbAt` heads a clause of its own: after "to", "that", an auxiliary or modal, or its
 * subject. A word the tagger took for a verb after a preposition or a noun ("advised against
 * travel", "the museum shooting") is a noun in PETRARCH's parse.
 */
function heads(c: ClauseWords, verbAt: number): boolean {
  let q = verbAt - 1;
  while (q >= 0 && NEGATIONS.has(c.seq[q]!.text)) q--;
  if (q < 0) return false;
  const kind = c.units[c.unitAt[q]!]!.kind;
  return VERB_LEADS.has(c.seq[q]!.text) || kind === 'auxiliary' || kind === 'actor' || kind === 'pronoun' || kind === 'agent';
}

/** "Not", "n't" or "never" among the two words before the verb at `verbAt`, with no actor or verb between. */
function negated(c: ClauseWords, verbAt: number): boolean {
  for (let q = verbAt - 1; q >= Math.max(0, verbAt - 2); q--) {
    if (NEGATIONS.has(c.seq[q]!.text)) return true;
    if (c.units[c.unitAt[q]!]!.kind !== 'null' && c.units[c.unitAt[q]!]!.kind !== 'auxiliary') return false;
  }
  return false;
}

const isActor = (u: Unit | undefined) => u !== undefined && (u.kind === 'actor' || u.kind === 'pronoun') && u.members !== undefined;
const firstCode = (u: Unit) => u.members![0]!.code;

/** A sentence's events, and its first actor (what TABARI's FORWARD carries to the next sentence). */
export interface SentenceCoding {
  readonly events: TabariEvent[];
  readonly firstActor: Member | null;
}

export function codeSentence(
  words: readonly Word[], lexicon: TabariLexicon, settings: Settings, date: string | null, forwarded: Member | null = null,
): SentenceCoding {
  const petrarch = settings.dialect === 'petrarch';
  const phrases = { alone: petrarch ? 'unknown' : settings.convertAgents ? 'agent' : 'none', whole: petrarch } as const;
  const units = findCompounds(attachAgents(classify(words, lexicon, date, petrarch), words, phrases), words, phrases);
  const firstActor = units.find((u) => u.kind === 'actor')?.members?.[0] ?? null;
  const events = codeUnits(units, words, lexicon, settings, forwarded);
  return { events, firstActor };
}

function codeUnits(
  parsed: Unit[], words: readonly Word[], lexicon: TabariLexicon, settings: Settings, forwarded: Member | null,
): TabariEvent[] {
  let units = parsed;
  if (words.length < (settings.minimumWords ?? 0)) return [];
  for (let i = 0; i < words.length; i++) if (lexicon.discards.match(words, i)) return [];
  // A discard ("###") or complex ("+++") actor or verb root anywhere keeps the sentence from being coded.
  if (units.some((u) => u.marker)) return [];
  resolvePronouns(units, words, settings.forward ? forwarded : null);
  const petrarch = settings.dialect === 'petrarch';
  units = dropCommaPhrases(units, settings.comma === undefined ? (petrarch ? PETRARCH_COMMA : TABARI_COMMA) : settings.comma);
  if (tooComplex(units, settings)) return [];
  const clauses = splitClauses(units);
  const chosen: Coded[] = [];
  let carried: Unit | null = null;
  for (const [k, clause] of clauses.entries()) {
    const c = clauseWords(words, units, clause.from, clause.to, petrarch);
    // After a conjunction the source stays, unless an actor follows it at once.
    if (k > 0 && isActor(units[clause.from])) carried = units[clause.from]!;
    const found: Coded[] = [];
    for (let u = clause.from; u < clause.to; u++) {
      if (units[u]!.kind !== 'verb') continue;
      const pair = settings.transformations ? objectClause(words, units, clause, u, k === 0 ? null : carried, lexicon, settings, petrarch) : null;
      if (pair) {
        found.push(pair.coded);
        u = pair.lower;
        continue;
      }
      const made = codeVerb(c, units, u, k === 0 ? null : carried, settings);
      if (made === 'discard') return [];
      if (made.events.length > 0) found.push(made);
    }
    // The clause's first event, its dominant ones, and a subordinate one only if it has nothing else.
    const regular = found.filter((f) => !f.priority);
    const picked = [
      ...found.filter((f) => f.priority === 'dominant'),
      ...(settings.codeBy === 'all' ? regular : regular.slice(0, 1)),
      ...(regular.length === 0 ? found.filter((f) => f.priority === 'subordinate').slice(0, 1) : []),
    ];
    chosen.push(...picked);
    const firstActor = units.slice(clause.from, clause.to).find(isActor) ?? null;
    if (k === 0) carried = firstActor ?? carried;
    if (picked.length > 0 && settings.codeBy === 'sentence') break;
  }
  // A dominant event leaves only the dominant ones; any regular event leaves out the subordinate ones.
  const keep = chosen.some((c) => c.priority === 'dominant') ? chosen.filter((c) => c.priority === 'dominant')
    : chosen.some((c) => !c.priority) ? chosen.filter((c) => c.priority !== 'subordinate') : chosen;
  return dedupe(keep.flatMap((c) => c.events));
}

interface Coded {
  readonly events: TabariEvent[];
  readonly priority: Priority | null;
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
  if (complex.noActorPrior && firstVerb >= 0 && !units.slice(0, firstVerb).some(isActor)) return true;
  if (complex.noActorAfter && firstVerb >= 0 && !units.slice(firstVerb + 1).some((u) => u.kind === 'actor')) return true;
  return false;
}

function clauseWords(words: readonly Word[], units: readonly Unit[], from: number, to: number, skipAny: boolean): ClauseWords {
  const at: number[] = [];
  const unitAt: number[] = [];
  const seq: Word[] = [];
  for (let u = from; u < to; u++) {
    for (let w = units[u]!.from; w < units[u]!.to; w++) {
      at.push(w);
      unitAt.push(u);
      seq.push(words[w]!);
    }
  }
  return { words, units, at, unitAt, seq, skipAny };
}

/**
 * Upper verb `u` with a later verb of its clause as its object, coded as one event (PETRARCH-2): by
 * the first transformation that fits, else by combining a general verb's code with the object's
 * act. Null when neither applies. `lower` is the object verb's unit.
 */
function objectClause(
  words: readonly Word[], units: readonly Unit[], clause: { from: number; to: number }, u: number, carried: Unit | null,
  lexicon: TabariLexicon, settings: Settings, petrarch: boolean,
): { coded: Coded; lower: number } | null {
  const entry = units[u]!.verb!.entry;
  const combining = combines(entry.code);
  if (!combining && !lexicon.transformations.some((t) => isUpper(t, entry))) return null;
  const subject = carried ?? units.slice(clause.from, u).findLast(isActor) ?? null;
  if (!subject) return null;
  // The object clause runs from the word after the upper verb; its first verb that codes is the lower one.
  const c = clauseWords(words, units, u + 1, clause.to, petrarch);
  for (let v = u + 1; v < clause.to; v++) {
    if (units[v]!.kind !== 'verb' || !heads(c, c.unitAt.indexOf(v))) continue;
    const made = codeVerb(c, units, v, null, settings, true);
    if (made === 'discard' || made.events.length === 0) continue;
    const verb = { from: units[u]!.from, to: units[v]!.to };
    const events: TabariEvent[] = [];
    for (const a of subject.members!) {
      // (A compound acting in its own clause: "Obama and Putin said they will attack" is each one's.)
      const own = made.events.filter((e) => e.source?.code === a.code);
      for (const e of own.length > 0 ? own : made.events) {
        const t = transform(lexicon.transformations, entry, a, e);
        if (t) events.push({ ...t, verb });
        // "Congress asks Obama to help Iran" is an appeal to Obama; "wants to help Israel", intent toward Israel.
        else if (combining) events.push({ source: a, target: e.source && e.source.code !== a.code ? e.source : e.target, code: combineCodes(entry.code!, e.code), verb, rule: e.rule });
      }
    }
    return events.length > 0 ? { coded: { events, priority: null }, lower: v } : null;
  }
  return null;
}

/**
 * The events of verb unit `v` (none when it codes nothing), or "discard" when its pattern says so.
 * As the object of another verb (`lower`), its source is only before it and its target only after,
 * and either may be missing.
 */
function codeVerb(c: ClauseWords, units: readonly Unit[], v: number, carried: Unit | null, settings: Settings, lower = false): Coded | 'discard' {
  const none: Coded = { events: [], priority: null };
  const verb = units[v]!;
  const verbAt = c.unitAt.indexOf(v);
  const verbEnd = c.unitAt.lastIndexOf(v) + 1;
  const isComma = (q: number) => units[c.unitAt[q]!]!.kind === 'comma' && !units[c.unitAt[q]!]!.inCompound;
  // Phrases do not reach across a comma.
  let start = 0;
  for (let q = verbAt - 1; q >= 0; q--) if (isComma(q)) { start = q + 1; break; }
  let stop = c.at.length;
  for (let q = verbEnd; q < c.at.length; q++) if (isComma(q)) { stop = q; break; }
  const match = matchPatterns(c, verb.verb!.patterns, verbAt, verbEnd, start, stop);
  const source0 = match ? match.pattern.pattern : verb.verb!.entry;
  let code = source0.code;
  if (code === '###' || code === '+++') return 'discard';
  if (code === null || code === '---') return none;
  // PETRARCH-2 reads "will not help" as "refuses to help"; a hostile act not done is no event.
  if (settings.transformations && negated(c, verbAt)) {
    code = refusalCode(code);
    if (code === null) return none;
  }
  const priority = source0.priority ?? null;
  const reciprocal = source0.reciprocal ?? null;
  const rule = source0.origin;
  const span = { from: verb.from, to: verb.to };
  const events: TabariEvent[] = [];
  const add = (s: Member | null, t: Member | null) => {
    if (s && t && s.code === t.code) return;
    events.push({ source: s, target: t, code, verb: span, rule });
    if (reciprocal) events.push({ source: t, target: s, code: reciprocal, verb: span, rule });
  };
  // (PETRARCH reads "%" after the verb as a compound target: "agrees with the Philippines and France".)
  if (match?.compound != null && settings.dialect === 'petrarch' && units[match.compound]!.from > verb.from) {
    const members = units[match.compound]!.members!;
    const source = match.source ?? [...new Set(c.unitAt)].find((u) => u < v && isActor(units[u])) ?? null;
    for (const s of source !== null ? units[source]!.members! : []) for (const t of members) add(s, t);
    return { events, priority };
  }
  if (match?.compound != null) {
    const members = units[match.compound]!.members!;
    for (const a of members) for (const b of members) if (a.code !== b.code) add(a, b);
    return { events, priority };
  }
  const clauseUnits = [...new Set(c.unitAt)];
  const before = clauseUnits.filter((u) => u < v && isActor(units[u]));
  const after = clauseUnits.filter((u) => u > v && isActor(units[u]));
  let target = match?.target ?? null;
  let source = match?.source ?? null;
  const designated = source !== null || target !== null;
  const defaults = settings.defaults ?? null;
  if (source === null) {
    const distinct = (u: number) => target === null || firstCode(units[u]!) !== firstCode(units[target]!);
    const carriedAt = carried ? units.indexOf(carried) : -1;
    // TABARI is greedy: with no actor before the verb it takes one after, unless a default source
    // is to stand in for one not found before the verb (DEFAULT … PRIOR).
    if (carriedAt >= 0) source = carriedAt;
    else source = before.find(distinct) ?? (defaults?.source?.prior || lower ? null : after.find((u) => distinct(u) && u !== target)) ?? null;
  }
  if (target === null) {
    const distinct = (u: number) => source === null || (u !== source && firstCode(units[u]!) !== firstCode(units[source]!));
    target = after.find(distinct) ?? null;
    // With DEFAULT … AFTER, a target not found after the verb is the default one.
    if (target === null && !defaults?.target?.after && !lower) target = before.find(distinct) ?? (source !== null && units[source]!.members!.length > 1 ? source : null);
  }
  // Passive voice: WAS, WERE or BEEN one or two words before the verb and BY after it.
  if (!designated && ((source !== null && target !== null && target !== source) || lower)) {
    const aux = [verbAt - 1, verbAt - 2].some((q) => q >= 0 && units[c.unitAt[q]!]!.kind === 'auxiliary');
    let by = -1;
    for (let q = verbEnd; q < stop && by < 0; q++) if (units[c.unitAt[q]!]!.kind === 'by') by = q;
    if (aux && by >= 0 && !lower) [source, target] = [target, source];
    // (An object clause's passive: its source is the actor after BY, its target the one before.)
    else if (aux && by >= 0) [source, target] = [after.find((u) => u > c.unitAt[by]!) ?? null, before.at(-1) ?? null];
  }
  const missing = lower ? [null] : [];
  const sources: (Member | null)[] = source !== null ? units[source]!.members! : defaults?.source ? [{ code: defaults.source.code, from: verb.from, to: verb.from }] : missing;
  const targets: (Member | null)[] = target !== null ? units[target]!.members! : defaults?.target ? [{ code: defaults.target.code, from: verb.to, to: verb.to }] : missing;
  for (const s of sources) for (const t of targets) add(s, t);
  return { events, priority };
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
