import { SPEECH_VERBS } from '../language/lexicon.js';
import { POS, TokenFlag, type Attachment } from '../language/types.js';
import { eventActor, type ResolvedActor } from './actors.js';
import { countryHere, tokenAt, type CodingContext } from './context.js';
import type { CodedEvent, EventActor } from './types.js';

/**
 * A learnt second opinion on whom an event is aimed at (on with the default dictionaries). The rules pick
 * one target; the other actors its sentence names offer others, and so does no target at all. Each
 * candidate is described by features (is it the rules' choice, the source's own country, a place;
 * the word before it, its part for the verb, its head noun, how far from the verb …) and the model,
 * a linear scorer trained on Chronicle's dev sets by `eval/train-targets.mjs`, weighs them. Another
 * candidate replaces the rules' choice only when it outscores it by the model's margin.
 */
export interface TargetModel {
  /** Feature → weight, as `dictionaries/targets.tsv` lists them. */
  readonly weights: ReadonlyMap<string, number>;
  /** How far another candidate must outscore the rules' own to replace it. */
  readonly margin: number;
}

/** One country an event could be aimed at, with what speaks for it. */
export interface TargetCandidate {
  /** The target's country as the record gives it (first three letters; IGO, NGO for bodies), or '-'. */
  readonly value: string;
  /** The actor the event takes as its target if this candidate wins: null for none. */
  readonly actor: EventActor | null;
  readonly features: readonly string[];
}

/** Words before a name that say what part it plays. */
const MARKERS = new Set(['in', 'at', 'to', 'with', 'against', 'from', 'of', 'on', 'for', 'into', 'near', 'by', 'over', 'between', 'and', 'toward', 'towards', 'across', 'outside', 'inside', 'via', 'through', 'after', 'about', 'among', 'like', 'including', 'as', 'the', 'its', 'their', 'his', 'her', ',', 'that', 'said', 'told', '"', 'than']);

const value = (actor: EventActor | null): string => (actor?.country ? actor.country.slice(0, 3) : '-');

const distance = (d: number): string => (d <= 2 ? '1' : d <= 5 ? '2' : d <= 10 ? '3' : '4');

/**
 * Parses `dictionaries/targets.tsv`: a "margin<TAB>number" line, then one "feature<TAB>weight" line
 * per feature; # starts a comment.
 */
export function parseTargetModel(text: string): TargetModel {
  const weights = new Map<string, number>();
  let margin = 0;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.lastIndexOf('\t');
    const weight = Number(line.slice(tab + 1));
    if (tab <= 0 || !Number.isFinite(weight)) continue;
    if (line.slice(0, tab) === 'margin') margin = weight;
    else weights.set(line.slice(0, tab), weight);
  }
  return { weights, margin };
}

/** The first noun phrase of sentence s (phrases are in text order), or the number of phrases. */
function firstPhraseOf(ctx: CodingContext, s: number): number {
  let lo = 0;
  let hi = ctx.nounPhrases.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.nounPhrases[mid]!.sentence < s) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * What the candidates of a document's events share: the resolver's reading of each phrase on a date,
 * and each sentence's attachments and verb groups, so that no event scans the whole document.
 */
export interface DocumentMemo {
  readonly actors: Map<string, ResolvedActor | null>;
  readonly parts: Map<number, { readonly attachments: Attachment[]; readonly groups: number[] }>;
}

/** A fresh memo for the events of one document. */
export function documentMemo(ctx: CodingContext): DocumentMemo {
  const parts = new Map<number, { attachments: Attachment[]; groups: number[] }>();
  const of = (s: number): { attachments: Attachment[]; groups: number[] } => {
    let p = parts.get(s);
    if (p === undefined) {
      p = { attachments: [], groups: [] };
      parts.set(s, p);
    }
    return p;
  };
  for (const a of ctx.attachments) of(ctx.nounPhrases[a.object]!.sentence).attachments.push(a);
  ctx.verbGroups.forEach((g, i) => of(g.sentence).groups.push(i));
  return { actors: new Map(), parts };
}

/**
 * The countries event e could be aimed at: the rules' target, none, and each country or body its
 * sentence names.
 */
export function targetCandidates(ctx: CodingContext, e: CodedEvent, memo: DocumentMemo = documentMemo(ctx)): TargetCandidate[] {
  const { tokens, text } = ctx;
  const root = e.root;
  const source = value(e.source);
  const current = value(e.target);
  const verb = tokenAt(ctx, e.evidence.verb.start);
  const here = countryHere(ctx, e.sentence);
  const byValue = new Map<string, { actor: EventActor | null; features: string[] }>();
  const entry = (v: string, actor: EventActor | null): { actor: EventActor | null; features: string[] } => {
    let c = byValue.get(v);
    if (c === undefined) {
      c = { actor, features: [] };
      byValue.set(v, c);
      if (v === source && v !== '-') c.features.push('source', `source|${root}`);
      if (v === '-') c.features.push('none', `none|${root}`);
      if (v === here && v !== '-') c.features.push('here', `here|${root}`);
      if (v === ctx.filedFrom) c.features.push('filed');
      if (v.startsWith('IGO') || v.startsWith('NGO')) c.features.push('body', `body|${root}`);
    }
    return c;
  };
  const chosen = entry(current, e.target);
  const markerAt = (k: number): string => {
    const w = tokens.lower[k] ?? '^';
    return MARKERS.has(w) ? w : tokens.pos[k] === POS.VERB ? 'VERB' : 'other';
  };
  const target = e.evidence.target;
  const targetMarker = target === null ? 'none' : markerAt(tokenAt(ctx, target.start) - 1);
  chosen.features.push('rules', `rules|${root}`, `rules|${e.cameo}`, `rules|sector|${e.target?.sector ?? '-'}`, `rules|same|${current === source}`, `rules|same|${current === source}|${root}`, `rules|marker|${targetMarker}`, `rules|marker|${targetMarker}|${root}`, `rules|source|${source === '-' ? 'none' : 'some'}`);
  entry('-', null).features.push(`none|${e.cameo}`, `none|source-sector|${e.source?.sector ?? '-'}`);
  const sourceSpan = e.evidence.source;
  // Each country speaks through one mention: its first after the verb, else its last before it. A
  // mention is a noun phrase the actor resolver takes for an actor, so what the rules know is no
  // actor (a language, a border, a body's home town) is none here either.
  const mentions = new Map<string, { k: number; p: number; kind: string; actor: EventActor; after: boolean; count: number }>();
  let targetPhrase = -1;
  for (let p = firstPhraseOf(ctx, e.sentence); p < ctx.nounPhrases.length && ctx.nounPhrases[p]!.sentence === e.sentence; p++) {
    if (target !== null && targetPhrase < 0 && ctx.nounPhrases[p]!.start <= target.start && target.start < ctx.nounPhrases[p]!.end) targetPhrase = p;
    const key = `${p}@${e.date}`;
    let resolved = memo.actors.get(key);
    if (resolved === undefined) {
      resolved = ctx.resolver.resolve(p, e.date);
      memo.actors.set(key, resolved);
    }
    if (resolved === null) continue;
    if (sourceSpan !== null && resolved.start < sourceSpan.end && sourceSpan.start < resolved.end) continue;
    const actor = eventActor(text, resolved, e.date);
    const v = value(actor);
    if (v === '-') continue;
    const k = tokenAt(ctx, resolved.start);
    const kind = resolved.place ? 'place' : resolved.code.length === 3 ? 'state' : v === 'IGO' || v === 'NGO' ? 'body' : 'agent';
    const after = k > verb;
    const seen = mentions.get(v);
    if (seen === undefined || !seen.after) mentions.set(v, { k, p, kind, actor, after, count: (seen?.count ?? 0) + 1 });
    else seen.count++;
  }
  const vgIndex = ctx.verbAt[verb] ?? -1;
  const vg = vgIndex >= 0 ? ctx.verbGroups[vgIndex]! : null;
  const verbLemma = vg?.lemma ?? '-';
  chosen.features.push(`rules|verb|${verbLemma}`, `rules|head|${targetPhrase >= 0 ? tokens.lemma[ctx.nounPhrases[targetPhrase]!.head] : '-'}`);
  byValue.get('-')!.features.push(`none|verb|${verbLemma}`);
  const parts = memo.parts.get(e.sentence) ?? { attachments: [], groups: [] };
  let firstAfter = Infinity;
  for (const m of mentions.values()) if (m.after) firstAfter = Math.min(firstAfter, m.k);
  for (const [v, m] of mentions) {
    const c = entry(v, v === current ? chosen.actor : m.actor);
    const marker = markerAt(m.k - 1);
    const side = m.after ? 'after' : 'before';
    const d = distance(Math.abs(m.k - verb));
    const own = v === source ? 'own' : 'other';
    const role = partOf(ctx, parts, vgIndex, m.k);
    c.features.push('named', `type|${m.kind}`, `type|${m.kind}|${side}`, `type|${m.kind}|${root}`, `type|${m.kind}|${own}`, `side|${side}|${d}`, `side|${side}|${root}`, `marker|${marker}`, `marker|${marker}|${root}`, `marker|${marker}|${m.kind}`, `marker|${marker}|${own}`, `marker|${marker}|${m.kind}|${own}`);
    const head = tokens.lemma[ctx.nounPhrases[m.p]!.head]!;
    c.features.push(`role|${role}`, `role|${role}|${root}`, `role|${role}|${own}`, `role|${role}|${m.kind}`, `head|${head}`, `head|${head}|${root}`, `verb|${verbLemma}|${role}`);
    if (target !== null && m.actor.span.start >= target.start && m.actor.span.end <= target.end) c.features.push('in-target');
    if (m.k === firstAfter) c.features.push('first-after', `first-after|${root}`);
    if (tokens.flags[tokenAt(ctx, m.actor.span.end - 1)]! & TokenFlag.Possessive || text.startsWith("'s", m.actor.span.end)) c.features.push('possessive');
    if (m.count > 1) c.features.push('repeated');
  }
  return [...byValue].map(([v, c]) => ({ value: v, actor: c.actor, features: c.features }));
}

/** Whether token k is in noun phrase np, or in its possessor ("China's foreign ministry"). */
function inPhrase(ctx: CodingContext, np: number | null, k: number): boolean {
  if (np === null) return false;
  const phrase = ctx.nounPhrases[np]!;
  return (phrase.tokenStart <= k && k < phrase.tokenEnd) || inPhrase(ctx, phrase.possessor, k);
}

/**
 * The part token k plays for verb group v of its sentence (whose attachments and verb groups are
 * given): in its agent, subject or object, or a phrase it or its object governs; else in another
 * verb's (the speaker who tells of the act is one).
 */
function partOf(ctx: CodingContext, sentence: { readonly attachments: readonly Attachment[]; readonly groups: readonly number[] }, v: number, k: number): string {
  const { tokens, verbGroups } = ctx;
  const { attachments, groups } = sentence;
  const vg = v >= 0 ? verbGroups[v]! : null;
  if (vg === null) return 'no-verb';
  if (inPhrase(ctx, vg.agent, k)) return 'agent';
  for (const a of attachments) {
    if (!inPhrase(ctx, a.object, k)) continue;
    if (a.attachedTo.kind === 'verb' && a.attachedTo.index === v) return `pp|${tokens.lower[a.prep]}`;
    if (a.attachedTo.kind === 'noun' && a.attachedTo.index === vg.object) return `object-pp|${tokens.lower[a.prep]}`;
  }
  if (inPhrase(ctx, vg.object, k)) return 'object';
  if (inPhrase(ctx, vg.subject, k)) return 'subject';
  for (const g of groups) {
    const other = verbGroups[g]!;
    if (g === v) continue;
    if (inPhrase(ctx, other.subject, k)) return SPEECH_VERBS.has(other.lemma) ? 'speaker' : 'other-subject';
    if (inPhrase(ctx, other.object, k)) return 'other-object';
    if (inPhrase(ctx, other.agent, k)) return 'other-agent';
  }
  for (const a of attachments) if (a.attachedTo.kind === 'verb' && a.attachedTo.index !== v && inPhrase(ctx, a.object, k)) return 'other-pp';
  return 'elsewhere';
}

/** The candidate the model scores highest, if it beats the rules' own choice (the first) by the model's margin; else that choice. */
export function bestTarget(model: TargetModel, candidates: readonly TargetCandidate[]): TargetCandidate {
  let best = candidates[0]!;
  let top = -Infinity;
  let rules = 0;
  for (let i = 0; i < candidates.length; i++) {
    let score = 0;
    for (const f of candidates[i]!.features) score += model.weights.get(f) ?? 0;
    if (i === 0) rules = score;
    if (score > top) {
      top = score;
      best = candidates[i]!;
    }
  }
  return top - rules > model.margin ? best : candidates[0]!;
}

/**
 * The events that are the only ones their verb gave. One verb's several events (one per target of a
 * compound, or both ways of a reciprocal act) are the rules' reading of how the sentence joins its
 * actors, which the model, weighing one target at a time, does not judge.
 */
export function singleEvents(events: readonly CodedEvent[]): ReadonlySet<CodedEvent> {
  const verbKey = (e: CodedEvent): string => `${e.sentence}|${e.evidence.verb.start}`;
  const perVerb = new Map<string, number>();
  for (const e of events) perVerb.set(verbKey(e), (perVerb.get(verbKey(e)) ?? 0) + 1);
  return new Set(events.filter((e) => perVerb.get(verbKey(e)) === 1));
}

/**
 * The events with their targets as the model would have them. A moved event that repeats another
 * event as it finally stands is dropped; the rules' own events are all kept.
 */
export function retarget(ctx: CodingContext, events: readonly CodedEvent[], model: TargetModel): CodedEvent[] {
  const key = (e: CodedEvent): string => `${e.sentence}|${e.source?.code}|${e.target?.code}|${e.cameo}`;
  const single = singleEvents(events);
  if (single.size === 0) return [...events];
  const memo = documentMemo(ctx);
  const finals = events.map((e): CodedEvent => {
    if (!single.has(e)) return e;
    const best = bestTarget(model, targetCandidates(ctx, e, memo));
    if (best.value === value(e.target)) return e;
    const moved: CodedEvent = { ...e, target: best.actor, evidence: { ...e.evidence, target: best.actor?.span ?? null }, rule: `${e.rule}; target chosen by the target model` };
    // (The same actor read again, whose country the rules placed otherwise — a transnational group's
    // fighters where they fight — is no new target: the event stays as the rules coded it.)
    return key(moved) === key(e) ? e : moved;
  });
  const taken = new Set(finals.filter((f, i) => f === events[i]).map(key));
  return finals.filter((f, i) => {
    if (f === events[i]) return true;
    if (taken.has(key(f))) return false;
    taken.add(key(f));
    return true;
  });
}
