// TABARI's verb patterns (manual 5.5–5.7) matched against a clause: fixed words in order, other
// words between them unless "_" ties them; $ and + take the first actor where they stand, ^ steps
// over one, % takes a compound actor as both sides. The longest pattern that matches wins.
import type { PatternElement } from '../../dictionaries/index.js';
import { matchSequence, type CompiledPattern } from './lexicon.js';
import type { Unit } from './parse.js';
import { looseModifier } from './phrases.js';
import type { Word } from './words.js';

/** A clause's words in order, each with the unit it belongs to. */
export interface ClauseWords {
  readonly words: readonly Word[];
  readonly units: readonly Unit[];
  /** Sentence word index of each position. */
  readonly at: readonly number[];
  /** Unit index of each position. */
  readonly unitAt: readonly number[];
  /** The word at each position. */
  readonly seq: readonly Word[];
  /** "^" steps over any group of words, PETRARCH's noun phrase, not only an actor (TABARI's). */
  readonly skipAny?: boolean;
}

export interface PatternMatch {
  readonly pattern: CompiledPattern;
  /** Units the pattern designates (by index), or null. */
  readonly source: number | null;
  readonly target: number | null;
  /** A compound actor that is both source and target. */
  readonly compound: number | null;
}

/** The unit at position q begins there and is an actor (a pronoun that refers to one counts). */
function actorStartsAt(c: ClauseWords, q: number): boolean {
  const u = c.units[c.unitAt[q]!]!;
  return c.at[q] === u.from && (u.kind === 'actor' || u.kind === 'pronoun') && u.members !== undefined;
}

/** The end of `option` matched at position q (before `stop`), or -1. */
function optionAt(c: ClauseWords, option: readonly string[], q: number, stop: number): number {
  return matchSequence(option, c.seq, q, stop);
}

/** Units a noun phrase is made of: modifiers, then a head (an actor, agent, pronoun or noun). */
const HEADS: ReadonlySet<Unit['kind']> = new Set(['actor', 'pronoun', 'agent', 'noun']);
const MODIFIERS: ReadonlySet<Unit['kind']> = new Set(['determiner', 'adjective', 'number']);

/** The end of the noun phrase that starts at position q, or -1: "the Gondor", "their Ent populations". */
function phraseEnd(c: ClauseWords, q: number): number {
  let end = -1;
  while (q < c.at.length && c.at[q] === c.units[c.unitAt[q]!]!.from) {
    const u = c.units[c.unitAt[q]!]!;
    const loose = looseModifier(u, c.words);
    if (!HEADS.has(u.kind) && !MODIFIERS.has(u.kind) && !loose) break;
    q = unitEnd(c, q);
    if (u.kind !== 'determiner') end = q;
    if (u.kind === 'actor' || u.kind === 'pronoun' || u.kind === 'agent') break;
  }
  return end;
}

/** The end of what element `el` ($, +, %, ^) takes at position q, or -1. */
function actorElementEnd(c: ClauseWords, el: PatternElement, q: number): number {
  if (el.kind === 'skip' && c.skipAny) return phraseEnd(c, q);
  return actorStartsAt(c, q) && (el.kind !== 'compound' || c.units[c.unitAt[q]!]!.members!.length > 1) ? unitEnd(c, q) : -1;
}

/** Position after the unit that starts at q. */
function unitEnd(c: ClauseWords, q: number): number {
  const u = c.unitAt[q]!;
  while (q < c.at.length && c.unitAt[q] === u) q++;
  return q;
}

/** What a match assigned, and how many letters of fixed text it matched. */
type Slots = { source: number | null; target: number | null; compound: number | null; letters: number };

const letters = (option: readonly string[]) => option.join('').replace(/[*…=]/g, '').length;

function take(c: ClauseWords, el: PatternElement, q: number, slots: Slots): void {
  if (el.kind === 'source') slots.source = c.unitAt[q]!;
  else if (el.kind === 'target') slots.target = c.unitAt[q]!;
  else if (el.kind === 'compound') slots.compound = c.unitAt[q]!;
}

function isActorElement(el: PatternElement): boolean {
  return el.kind !== 'words';
}

/** Elements after the verb, from position `from`, not past `stop`. */
function matchAfter(c: ClauseWords, elements: readonly PatternElement[], from: number, stop: number, slots: Slots): boolean {
  let cur = from;
  for (const el of elements) {
    let found = -1;
    for (let q = cur; q < stop && found < 0; q++) {
      if (el.kind === 'words') {
        if (el.joined && q !== cur) break;
        for (const option of el.options) {
          found = optionAt(c, option, q, stop);
          if (found >= 0) {
            slots.letters += letters(option);
            break;
          }
        }
      } else {
        const end = actorElementEnd(c, el, q);
        if (end >= 0) {
          take(c, el, q, slots);
          found = end;
        }
      }
    }
    if (found < 0) return false;
    cur = found;
  }
  return true;
}

/** Elements before the verb, matched forwards from `from` to end by `verbAt`. */
function matchBefore(c: ClauseWords, elements: readonly PatternElement[], from: number, verbAt: number, slots: Slots): boolean {
  let cur = from;
  let tied = false;
  for (const el of elements) {
    let found = -1;
    for (let q = cur; q < verbAt && found < 0; q++) {
      if (tied && q !== cur) break;
      if (el.kind === 'words') {
        for (const option of el.options) {
          found = optionAt(c, option, q, verbAt);
          if (found >= 0) {
            slots.letters += letters(option);
            break;
          }
        }
      } else {
        const end = actorElementEnd(c, el, q);
        if (end >= 0 && end <= verbAt) {
          take(c, el, q, slots);
          found = end;
        }
      }
    }
    if (found < 0) return false;
    cur = found;
    tied = el.kind === 'words' && el.joined === true && !isActorElement(el);
  }
  return !tied || cur === verbAt;
}

/**
 * The first of the verb's patterns (longest first) that matches around the verb at positions
 * `[verbAt, verbEnd)`: before it from `start`, after it up to `stop`. A pattern with alternatives
 * is as long as its longest; when it matches through a shorter one, the patterns longer than what
 * it matched are tried first (manual 5.7.1).
 */
export function matchPatterns(
  c: ClauseWords, patterns: readonly CompiledPattern[], verbAt: number, verbEnd: number, start: number, stop: number,
): PatternMatch | null {
  const tryAt = (k: number): Slots | null => {
    const { pattern } = patterns[k]!;
    const slots: Slots = { source: null, target: null, compound: null, letters: 0 };
    return matchBefore(c, pattern.before, start, verbAt, slots) && matchAfter(c, pattern.after, verbEnd, stop, slots) ? slots : null;
  };
  for (let k = 0; k < patterns.length; k++) {
    const slots = tryAt(k);
    if (!slots) continue;
    let best = { k, slots };
    const pattern = patterns[k]!.pattern;
    const choice = [...pattern.before, ...pattern.after].some((e) => e.kind === 'words' && e.choice === true);
    if (choice && slots.letters < patterns[k]!.length) {
      for (let j = k + 1; j < patterns.length && patterns[j]!.length > slots.letters; j++) {
        const longer = tryAt(j);
        if (longer) {
          best = { k: j, slots: longer };
          break;
        }
      }
    }
    const { source, target, compound } = best.slots;
    return { pattern: patterns[best.k]!, source, target, compound };
  }
  return null;
}
