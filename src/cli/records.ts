import type { Doc } from '../doc/index.js';

/** The JSONL record for a document, as `chronicle ingest` writes it (see README, "Output records"). */
export function documentRecord(doc: Doc): Record<string, unknown> {
  return {
    kind: 'document',
    id: doc.id,
    title: doc.title,
    date: doc.date,
    published: doc.published,
    source: doc.source,
    url: doc.url,
    author: doc.author,
    dateline: doc.dateline,
    origin: doc.origin,
    text: doc.text,
    paragraphs: (doc.layers.paragraphs ?? []).map((p) => [p.start, p.end]),
  };
}
