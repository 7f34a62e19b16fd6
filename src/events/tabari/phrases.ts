// Noun phrases in the TABARI engine's shallow parse: agents join the actors beside them, and
// "A, B and C" becomes one compound actor. TABARI reads words beside each other; PETRARCH, reading a
// parse, reads noun phrases whole (`PhraseOptions.whole`).
import type { Member, Unit } from './parse.js';
import type { Word } from './words.js';

/** How the shallow parse reads noun phrases (see `Dictionary.dialect`). */
export interface PhraseOptions {
  /**
   * What an agent with no actor beside it becomes: nothing ('none'), an actor of its own as TABARI's
   * CONVERT AGENTS makes it ('agent': "students" → EDU), or one with no country as PETRARCH makes it
   * ('unknown': "students" → ---EDU).
   */
  readonly alone?: 'none' | 'agent' | 'unknown';
  /**
   * PETRARCH reads a noun phrase whole, where TABARI reads words beside each other: an agent before
   * OF goes to every actor of the list after it ("the ambassadors of Arnor, Osgiliath and Gondor"),
   * agents joined by AND each go to it ("lawmakers and officials in Fornost"), an agent after
   * "Danish media and" shares its actor, an actor's possessive reaches past a word or two ("Dagolath's
   * first deputy prime minister"), and a list's actor may follow any words, not only listed adjectives
   * ("and the evil awful Gondor").
   */
  readonly whole?: boolean;
}

/** Words that join an agent to the actor after it: "the president of Ithilen", "soldiers from Gondor". */
const LINKS = new Set(['of', 'in', 'from']);

/** Words that end a noun phrase, so an actor after them is not in the phrase. */
const PHRASE_BREAKS = new Set([
  'of', 'in', 'with', 'to', 'for', 'on', 'at', 'by', 'from', 'into', 'about', 'against', 'after', 'before', 'over', 'under',
  'between', 'that', 'which', 'who', 'whom', 'whose', 'as', 'than', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'not', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'said', 'says', 'told',
]);

/** A word that may stand inside a noun phrase before its head, reading phrases whole. */
export const looseModifier = (unit: Unit, words: readonly Word[]): boolean => unit.kind === 'null' && !PHRASE_BREAKS.has(words[unit.from]!.text);

/** The first unit from k that is not a modifier: a determiner, a listed adjective, or (reading whole phrases) up to three other words. */
function skipModifiers(units: readonly Unit[], words: readonly Word[], k: number, whole: boolean): number {
  for (let loose = 0; units[k];) {
    if (units[k]!.kind === 'adjective' || units[k]!.kind === 'determiner') k++;
    else if (whole && loose < 3 && looseModifier(units[k]!, words)) {
      k++;
      loose++;
    } else break;
  }
  return k;
}

/**
 * The actor units of the list that begins at actor unit u: "A, B and C", each possibly after
 * modifiers, with the commas and conjunctions that join them. A list needs its AND: "Arnor,
 * Osgiliath and Gondor"; commas alone make none, and the actor stands alone.
 */
function listFrom(units: readonly Unit[], words: readonly Word[], u: number, whole: boolean): { actors: number[]; joints: Unit[] } {
  const actors = [u];
  const joints: Unit[] = [];
  for (let k = u + 1; k < units.length; k++) {
    const sep = units[k]!;
    // (BUT joins clauses, never actors.)
    if (sep.kind !== 'comma' && !(sep.kind === 'conjunction' && words[sep.from]!.text !== 'but')) break;
    // ", and" ends a list as "and" does: "Evil Mordor, the awful Fornost, and good Gondor".
    const serial = sep.kind === 'comma' && units[k + 1]?.kind === 'conjunction';
    const next = skipModifiers(units, words, serial ? k + 2 : k + 1, whole);
    if (units[next]?.kind !== 'actor') break;
    joints.push(sep);
    if (serial) joints.push(units[k + 1]!);
    actors.push(next);
    k = next;
    if (sep.kind === 'conjunction' || serial) break;
  }
  return joints.length > 0 && joints[joints.length - 1]!.kind === 'conjunction' ? { actors, joints } : { actors: [u], joints: [] };
}

/**
 * An agent code joined to an actor's: each three-letter part the actor code lacks is added, after
 * it ("ISR" + "GOVPRS") or, for a prefix agent, before it ("NGM" + "ARN").
 */
export function withAgent(actor: string, agent: string, prefix = false): string {
  let added = '';
  for (let k = 0; k < agent.length; k += 3) {
    const part = agent.slice(k, k + 3);
    let has = false;
    for (let j = 0; j < actor.length && !has; j += 3) has = actor.slice(j, j + 3) === part;
    if (!has) added += part;
  }
  return prefix ? added + actor : actor + added;
}

/**
 * Agents join the actor beside them: "Ithilen's president", "President Romendacil", "the president
 * of Ithilen" (through OF, IN or FROM). "Former" before either makes the agent an elite (ELI). An
 * agent with no actor is read as `options.alone` says.
 */
export function attachAgents(units: Unit[], words: readonly Word[], options: PhraseOptions = {}): Unit[] {
  const { alone = 'none', whole = false } = options;
  const out: Unit[] = [];
  // (Agents already joined to an actor after it.)
  const taken = new Set<number>();
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    if (taken.has(u)) continue;
    if (unit.kind !== 'agent') {
      out.push(unit);
      continue;
    }
    // "Former" right before the agent or its actor makes it an elite; it may stand between them ("Arnor former officials").
    let before = out[out.length - 1];
    const formerBetween = before?.kind === 'null' && words[before.from]!.text === 'former' && out[out.length - 2]?.kind === 'actor' && out[out.length - 2]!.to === before.from;
    if (formerBetween) {
      out.pop();
      before = out[out.length - 1];
    }
    // Reading whole phrases, a possessive reaches past a few words: "Dagolath's first deputy prime
    // minister", "Ithilen's awful and evil minister".
    let between = 0;
    if (whole && before?.kind !== 'actor') {
      const modifier = (k: number) => {
        const m = out[out.length - 1 - k];
        return m !== undefined && (looseModifier(m, words) || (m.kind === 'conjunction' && words[m.from]!.text === 'and' && k > 0));
      };
      while (between < 3 && modifier(between)) between++;
      const owner = out[out.length - 1 - between];
      if (between > 0 && owner?.kind === 'actor' && words[owner.to - 1]!.text.endsWith("'s")) before = owner;
      else between = 0;
    }
    const former = formerBetween || words[unit.from - 1]?.text === 'former' || (before?.kind === 'actor' && words[before.from - 1]?.text === 'former');
    const agentCode = former ? 'ELI' : unit.members![0]!.code;
    const prefix = !former && unit.prefix === true;
    if (before?.kind === 'actor' && (before.to === unit.from || formerBetween || between > 0) && before.members!.length === 1) {
      out.length -= between;
      const m = before.members![0]!;
      before.members = [{ ...m, code: withAgent(m.code, agentCode, prefix), to: unit.to, head: m.code }];
      before.to = unit.to;
      // Reading whole phrases, the actors listed before it share it: "US and British activists".
      for (let k = out.length - 2; whole && k >= 1 && between === 0 && !formerBetween; k -= 2) {
        const joint = out[k]!;
        const other = out[k - 1]!;
        // (Walking back: AND first, "US and British", then commas, "French, US and British".)
        const first = k === out.length - 2;
        const joins = first ? joint.kind === 'conjunction' && words[joint.from]!.text === 'and' : joint.kind === 'comma';
        if (!joins || other.kind !== 'actor' || other.members!.length !== 1 || other.to !== joint.from) break;
        const o = other.members![0]!;
        other.members = [{ ...o, code: withAgent(o.code, agentCode, prefix), head: o.code }];
      }
      continue;
    }
    // Agents joined by AND share what follows them: "lawmakers and officials in Fornost".
    const agents = [{ code: agentCode, prefix }];
    let last = u;
    while (whole && units[last + 1]?.kind === 'conjunction' && words[units[last + 1]!.from]!.text === 'and' && units[last + 2]?.kind === 'agent') {
      const other = units[last + 2]!;
      agents.push({ code: other.members![0]!.code, prefix: other.prefix === true });
      last += 2;
    }
    const linked = units[last + 1] && LINKS.has(words[units[last + 1]!.from]!.text) && units[last + 1]!.to === units[last + 1]!.from + 1;
    // (Reading whole phrases, modifiers may follow the link: "ministers from the Georgian government",
    // "the mayor of the northern West Bank city of Nablus".)
    const viaAt = linked ? (whole ? skipModifiers(units, words, last + 2, true) : last + 2) : last + 1;
    const via = units[viaAt];
    if (via?.kind === 'actor' && (last === u || linked)) {
      // (An agent right after the actor joins it first: "officials of the Freedonian police" are FRECOPGOV.)
      const own = units[viaAt + 1];
      if (own?.kind === 'agent' && own.from === via.to && via.members!.length === 1) {
        const m = via.members![0]!;
        via.members = [{ ...m, code: withAgent(m.code, own.members![0]!.code, own.prefix === true), to: own.to, head: m.code }];
        via.to = own.to;
        taken.add(viaAt + 1);
      }
      const join = (m: Member, from = m.from) => agents.map((a) => ({ ...m, code: withAgent(m.code, a.code, a.prefix), from }));
      if (whole) {
        // (The whole list takes it.)
        for (const k of listFrom(units, words, viaAt, whole).actors) units[k]!.members = units[k]!.members!.flatMap((m) => join(m));
        via.members = via.members!.map((m, i) => (i < agents.length ? { ...m, from: unit.from } : m));
      } else {
        // (TABARI gives it only to the first actor of a list: "the ambassadors of Arnor, Osgiliath and Gondor".)
        const [first, ...rest] = via.members!;
        via.members = [...join(first!, unit.from), ...rest];
      }
      out.push({ kind: 'null', from: unit.from, to: via.from });
      u = viaAt - 1;
      continue;
    }
    // An agent after "Danish media and" shares its actor: "Danish media and government".
    const conjunction = out[out.length - 1];
    const partner = out[out.length - 2];
    if (whole && conjunction?.kind === 'conjunction' && words[conjunction.from]!.text === 'and' && partner?.kind === 'actor' && partner.members!.length === 1 && partner.members![0]!.head) {
      out.push({ kind: 'actor', from: unit.from, to: unit.to, members: [{ code: withAgent(partner.members![0]!.head, agentCode, prefix), from: unit.from, to: unit.to }] });
      continue;
    }
    const code = alone === 'agent' ? agentCode : alone === 'unknown' ? withAgent('---', agentCode, prefix) : null;
    out.push(code ? { kind: 'actor', from: unit.from, to: unit.to, members: [{ code, from: unit.from, to: unit.to }] } : unit);
  }
  return out;
}

/**
 * Compound actors: actor, actor … AND actor, each possibly after modifiers. The list becomes one
 * actor unit whose members are its actors. Nouns and adjectives joined by AND ("bombs and rockets",
 * "black and white") keep their conjunction from splitting the clause.
 */
export function findCompounds(units: Unit[], words: readonly Word[], options: PhraseOptions = {}): Unit[] {
  const whole = options.whole ?? false;
  const out: Unit[] = [];
  for (let u = 0; u < units.length; u++) {
    const unit = units[u]!;
    if (unit.kind === 'actor') {
      const { actors, joints } = listFrom(units, words, u, whole);
      if (actors.length > 1) {
        for (const j of joints) j.inCompound = true;
        const end = actors[actors.length - 1]!;
        out.push({ kind: 'actor', from: unit.from, to: units[end]!.to, members: actors.flatMap((k) => units[k]!.members!) });
        u = end;
        continue;
      }
    }
    if ((unit.kind === 'noun' || unit.kind === 'adjective') && units[u + 1]?.kind === 'conjunction') {
      const next = skipModifiers(units, words, u + 2, false);
      if (units[next]?.kind === unit.kind || (unit.kind === 'noun' && units[next]?.kind === 'noun')) units[u + 1]!.inCompound = true;
    }
    // Reading whole phrases, AND between two other words joins them too: "death and injury toll", "heavily and unjustly".
    if (whole && looseModifier(unit, words) && units[u + 1]?.kind === 'conjunction' && units[u + 2] && looseModifier(units[u + 2]!, words)) units[u + 1]!.inCompound = true;
    out.push(unit);
  }
  return out;
}
