// PETRARCH-2's verb transformations: a verb whose object is another verb's clause codes the pair as
// one event, by who acts in each ("A says A will attack B" is A claiming an attack on B, 015; "A
// says B attacked" is A accusing B, 112). PETRARCH-2's documentation describes the notation.
import type { VerbEntry, VerbTransformation } from '../../dictionaries/index.js';
import type { Member } from './parse.js';

export interface CompiledTransformation {
  readonly rule: VerbTransformation;
  /** The upper verb's entry; its synonyms are the verbs of that code. */
  readonly upper: VerbEntry;
  /** The lower verb's code, or null for any verb ("Q"). */
  readonly lower: string | null;
}

/** The transformations whose verbs the dictionary defines, in the order written. */
export function compileTransformations(rules: readonly VerbTransformation[], entryOf: (lemma: string) => VerbEntry | undefined): CompiledTransformation[] {
  const out: CompiledTransformation[] = [];
  for (const rule of rules) {
    const upper = entryOf(rule.upper.verb);
    const lower = rule.lower.verb === 'Q' ? null : entryOf(rule.lower.verb)?.code;
    if (upper && lower !== undefined) out.push({ rule, upper, lower });
  }
  return out;
}

/** Whether verb entry `entry` is the transformation's upper verb or one of its code. */
export function isUpper(t: CompiledTransformation, entry: VerbEntry): boolean {
  return entry === t.upper || (t.upper.code !== null && t.upper.code !== '---' && entry.code === t.upper.code);
}

export interface LowerEvent {
  readonly source: Member | null;
  readonly target: Member | null;
  readonly code: string;
}

export interface Transformed {
  readonly source: Member | null;
  readonly target: Member | null;
  readonly code: string;
  readonly rule: string;
}

/**
 * The event that upper source `a`, saying (wanting, claiming …) `lower`, makes under the first
 * transformation that fits; null when none does. A letter binds an actor (the upper source's
 * letter must be that actor again), "." is any actor or none, "_" is no actor.
 */
export function transform(ts: readonly CompiledTransformation[], entry: VerbEntry, a: Member, lower: LowerEvent): Transformed | null {
  for (const t of ts) {
    if (!isUpper(t, entry) || (t.lower !== null && t.lower !== lower.code)) continue;
    const bound = new Map<string, Member | null>([[t.rule.upper.source, a]]);
    const fits = (slot: string, m: Member | null) => {
      if (slot === '.') return true;
      if (slot === '_') return m === null;
      if (m === null) return false;
      const b = bound.get(slot);
      if (b !== undefined) return b !== null && b.code === m.code;
      bound.set(slot, m);
      return true;
    };
    if (!fits(t.rule.lower.source, lower.source) || !fits(t.rule.lower.target, lower.target)) continue;
    const actor = (slot: string) => bound.get(slot) ?? null;
    const code = t.rule.result.code === 'Q' ? lower.code : t.rule.result.code;
    return { source: actor(t.rule.result.source), target: actor(t.rule.result.target), code, rule: t.rule.origin };
  }
  return null;
}
