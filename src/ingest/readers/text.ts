import { buildDoc } from '../build.js';
import { plainParagraphs } from '../normalize.js';
import type { ReadContext, ReadResult, Reader } from '../types.js';

const HEADER_KEYS = new Set(['title', 'date', 'source', 'url', 'id', 'author']);
const HEADER_LINE = /^([A-Za-z]+):[ \t]*(.*)$/;

/**
 * An optional header block of `Key: value` lines (Title, Date, Source, URL, Id, Author), ended by a
 * blank line. Only these keys count, so a story that opens with "WASHINGTON: …" is not a header.
 */
export function splitHeader(text: string): { header: Map<string, string>; body: string } {
  const header = new Map<string, string>();
  const normalized = text.replace(/^\uFEFF/, '');
  const end = normalized.search(/\r?\n[ \t]*\r?\n/);
  if (end < 0) return { header, body: normalized };
  const lines = normalized.slice(0, end).split(/\r?\n/);
  for (const line of lines) {
    const m = HEADER_LINE.exec(line);
    const key = m?.[1]?.toLowerCase();
    if (!m || key === undefined || !HEADER_KEYS.has(key)) return { header: new Map(), body: normalized };
    header.set(key, m[2]!.trim());
  }
  return { header, body: normalized.slice(end).replace(/^\s*\n/, '') };
}

/** Reads a plain-text story, with or without a header block; paragraphs are separated by blank lines. */
export const textReader: Reader = {
  kind: 'text',
  *read(text: string, ctx: ReadContext): Iterable<ReadResult> {
    const { header, body } = splitHeader(text);
    yield buildDoc(
      {
        origin: { file: ctx.file, kind: 'text' },
        paragraphs: plainParagraphs(body),
        id: header.get('id'),
        title: header.get('title'),
        date: header.get('date'),
        source: header.get('source'),
        url: header.get('url'),
        author: header.get('author'),
      },
      ctx,
    );
  },
};
