// TABARI's shallow parse of a sentence (manual, chapter 7): every word gets one type from the
// dictionaries or a closed list (noun phrases are in phrases.ts); pronouns take the actor they
// refer to; short comma-delimited phrases are dropped; conjunctions outside compounds split the
// sentence into clauses.
import { codeOn, type CommaLimits } from '../../dictionaries/index.js';
import type { TabariLexicon, TabariVerb } from './lexicon.js';
import type { Word } from './words.js';

export type UnitKind =
  | 'null' | 'actor' | 'agent' | 'verb' | 'noun' | 'adjective' | 'determiner' | 'conjunction' | 'comma'
  | 'pronoun' | 'by' | 'auxiliary' | 'number';

/** One actor of a (possibly compound) actor phrase: its code and its words. */
export interface Member {
  readonly code: string;
  readonly from: number;
  readonly to: number;
  /** The actor's own code, before agents joined it ("FOR" of "FORGOVPRS"): what FORWARD carries on. */
  readonly base?: string;
  /** The code before the last agent joined it ("DNKMUS" of "DNKMUSMED"). */
  readonly head?: string;
}

/** A word or run of words with one type: words `[from, to)` of the sentence. */
export interface Unit {
  kind: UnitKind;
  readonly from: number;
  to: number;
  /** Actors, and pronouns that refer to one: the actors it stands for (several for a compound). */
  members?: Member[];
  verb?: TabariVerb;
  /** A conjunction or comma inside a compound phrase: it neither splits clauses nor delimits phrases. */
  inCompound?: boolean;
  /** An actor or verb coded "###" (discard the sentence) or "+++" (too complex to code). */
  marker?: '###' | '+++';
  /** An agent whose code goes before its actor's ("[NGM~]"). */
  prefix?: boolean;
}

const isMarker = (code: string | null): code is '###' | '+++' => code === '###' || code === '+++';

const DETERMINERS = new Set(['the', 'a', 'an']);
const CONJUNCTIONS = new Set(['and', 'but', 'or', 'nor']);
const PRONOUNS = new Set(['he', 'she', 'it', 'its', 'his', 'her', 'they', 'them', 'their']);
const AUXILIARIES = new Set(['was', 'were', 'been']);

/**
 * Types every word of the sentence; actors carry their code on `date`. With `trueVerbs` (PETRARCH,
 * which reads a parse), a dictionary verb is a verb only where the tagger read one of its words as
 * a verb: "their meeting", "an anti-Gondor parade" are nouns.
 */
export function classify(words: readonly Word[], lexicon: TabariLexicon, date: string | null, trueVerbs = false): Unit[] {
  const units: Unit[] = [];
  // A mid-sentence capital shifts a verb to a noun, unless the whole text is in capitals.
  const allCaps = words.every((w) => !/[a-z]/.test(w.text) || w.capitalised);
  for (let i = 0; i < words.length;) {
    const text = words[i]!.text;
    const noun = lexicon.nouns.match(words, i);
    const actor = lexicon.actors.match(words, i);
    if (noun && noun.end >= (actor?.end ?? 0)) {
      units.push({ kind: 'noun', from: i, to: noun.end });
      i = noun.end;
      continue;
    }
    if (actor) {
      const code = codeOn(actor.value.tabari ?? actor.value.codes, date);
      const end = actor.end;
      // A coded compound ("FRO/BIL/SAM") stands for each of its actors.
      if (isMarker(code)) units.push({ kind: 'noun', from: i, to: end, marker: code });
      else if (code && code !== '---') units.push({ kind: 'actor', from: i, to: end, members: code.split('/').map((c) => ({ code: c, base: c, from: i, to: end })) });
      else units.push({ kind: 'noun', from: i, to: end });
      i = end;
      continue;
    }
    const agent = lexicon.agents.match(words, i);
    if (agent) {
      units.push({ kind: 'agent', from: i, to: agent.end, members: [{ code: agent.value.code, from: i, to: agent.end }], ...(agent.value.prefix ? { prefix: true } : {}) });
      i = agent.end;
      continue;
    }
    const verb = /^[a-z]/.test(text) || text.includes("'") ? lexicon.verbs.match(words, i) : null;
    if (verb) {
      const previous = units[units.length - 1];
      const shifted = previous?.kind === 'determiner' || (i > 0 && words[i]!.capitalised && !allCaps) || (trueVerbs && !words.slice(i, verb.end).some((w) => w.verbal));
      const code = verb.value.entry.code;
      units.push(shifted ? { kind: 'noun', from: i, to: verb.end } : { kind: 'verb', from: i, to: verb.end, verb: verb.value, ...(isMarker(code) ? { marker: code } : {}) });
      i = verb.end;
      continue;
    }
    const kind: UnitKind = DETERMINERS.has(text) ? 'determiner' : CONJUNCTIONS.has(text) ? 'conjunction' : text === ',' ? 'comma'
      : PRONOUNS.has(text) ? 'pronoun' : text === 'by' ? 'by' : AUXILIARIES.has(text) ? 'auxiliary'
      : lexicon.adjectives.match(words, i) ? 'adjective' : /^\d/.test(text) ? 'number' : 'null';
    units.push({ kind, from: i, to: i + 1 });
    i++;
  }
  return units;
}

/**
 * Pronouns take an actor (manual 7.7): HE, SHE, IT the sentence's first actor; ITS, HIS, HER the
 * first before them; THEY, THEM, THEIR the first compound actor, else the first actor. With a
 * `forwarded` actor (TABARI's FORWARD), a pronoun with no actor before it takes that one instead.
 */
export function resolvePronouns(units: Unit[], words: readonly Word[], forwarded: Member | null = null): void {
  const actors = units.filter((u) => u.kind === 'actor');
  for (const unit of units) {
    if (unit.kind !== 'pronoun') continue;
    if (forwarded && !actors.some((a) => a.to <= unit.from)) {
      unit.members = [{ code: forwarded.base ?? forwarded.code, from: unit.from, to: unit.to }];
      continue;
    }
    const text = words[unit.from]!.text;
    const referent = text === 'its' || text === 'his' || text === 'her'
      ? actors.find((a) => a.to <= unit.from)
      : text === 'they' || text === 'them' || text === 'their'
        ? actors.find((a) => a.members!.length > 1) ?? actors[0]
        : actors[0];
    if (referent) unit.members = referent.members;
  }
}

/**
 * Drops comma-delimited phrases (manual 7.8): between two commas, a phrase of more than `min` and
 * at most `max` words; the first phrase by the `b` limits, the last by the `e` limits. Counting is
 * chained from the comma that ended the previous phrase: a dropped phrase takes its commas with it,
 * so the phrase after it is no longer comma-delimited and stays. Commas inside compounds do not count.
 */
export function dropCommaPhrases(units: Unit[], limits: CommaLimits | null): Unit[] {
  if (!limits) return units;
  const commas: number[] = [];
  units.forEach((u, i) => {
    if (u.kind === 'comma' && !u.inCompound) commas.push(i);
  });
  if (commas.length === 0) return units;
  const wordsIn = (a: number, b: number) => {
    let n = 0;
    for (let i = a; i < b; i++) n += units[i]!.to - units[i]!.from;
    return n;
  };
  const drop = new Set<number>();
  const bounds = [-1, ...commas, units.length];
  let joined = false;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]! + 1;
    const b = bounds[k + 1]!;
    const last = k === bounds.length - 2;
    // A phrase right after a dropped one has lost its comma: it joins what stood before, and stays.
    if (joined) {
      joined = false;
      continue;
    }
    const [min, max] = k === 0 ? [limits.bmin, limits.bmax] : last ? [limits.emin, limits.emax] : [limits.min, limits.max];
    const n = wordsIn(a, b);
    if (n > min && n <= max) {
      // The phrase goes with the commas around it, so what stood either side of it meets.
      for (let i = Math.max(a - 1, 0); i < Math.min(b + 1, units.length); i++) drop.add(i);
      joined = true;
    }
  }
  return units.filter((_, i) => !drop.has(i));
}

/** Clauses: runs of units between conjunctions that are not inside a compound. */
export function splitClauses(units: readonly Unit[]): { from: number; to: number }[] {
  const clauses: { from: number; to: number }[] = [];
  let start = 0;
  units.forEach((u, i) => {
    if (u.kind === 'conjunction' && !u.inCompound) {
      clauses.push({ from: start, to: i });
      start = i + 1;
    }
  });
  clauses.push({ from: start, to: units.length });
  return clauses.filter((c) => c.to > c.from);
}
