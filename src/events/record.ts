import type { Doc } from '../doc/index.js';
import type { CodedEvent, EventActor } from './types.js';

function actorRecord(actor: EventActor | null) {
  return actor === null ? null : { text: actor.text, code: actor.code, country: actor.country, sector: actor.sector };
}

/** The JSONL record of an event (README, "Output records"). */
export function eventRecord(doc: Doc, event: CodedEvent): Record<string, unknown> {
  const span = (s: { start: number; end: number } | null) => (s === null ? null : [s.start, s.end]);
  return {
    kind: 'event',
    doc: doc.id,
    sentence: event.sentence,
    date: event.date,
    source: actorRecord(event.source),
    target: actorRecord(event.target),
    cameo: event.cameo,
    root: event.root,
    quad: event.quad,
    goldstein: event.goldstein,
    plover: event.plover,
    evidence: {
      sentence: doc.text.slice(event.evidence.sentence.start, event.evidence.sentence.end),
      source: span(event.evidence.source),
      verb: span(event.evidence.verb),
      target: span(event.evidence.target),
    },
    rule: event.rule,
  };
}

/**
 * Phoenix/PETRARCH column order: date, source, target, code, then the rest. Dates are YYYYMMDD
 * as in Phoenix; an empty actor is "---".
 */
export const TSV_COLUMNS = [
  'date', 'source', 'target', 'cameo', 'root', 'quad', 'goldstein', 'doc', 'sentence', 'source_text', 'target_text',
  'plover_event', 'plover_mode', 'plover_context', 'url',
] as const;

const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');

export function eventRow(doc: Doc, event: CodedEvent): string {
  return [
    (event.date ?? '').replace(/-/g, ''),
    event.source?.code ?? '---',
    event.target?.code ?? '---',
    event.cameo,
    event.root,
    event.quad ?? '',
    event.goldstein ?? '',
    doc.id,
    event.sentence,
    clean(event.source?.text ?? ''),
    clean(event.target?.text ?? ''),
    event.plover?.event ?? '',
    event.plover?.mode ?? '',
    event.plover?.context ?? '',
    doc.url ?? '',
  ].join('\t');
}
