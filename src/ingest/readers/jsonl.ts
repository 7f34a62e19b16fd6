import { buildDoc } from '../build.js';
import { htmlParagraphs } from '../html-text.js';
import { plainParagraphs } from '../normalize.js';
import type { ReadContext, ReadResult, Reader } from '../types.js';
import { htmlReader } from './html.js';

const STRING_FIELDS = ['title', 'date', 'url', 'source', 'author', 'text', 'html'] as const;

/** Reads one JSONL record (line `item` of `ctx.file`). */
export function readRecord(line: string, item: number, ctx: ReadContext): ReadResult {
  const { file } = ctx;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, issue: { code: 'invalid_json', file, item, reason: (err as Error).message } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, issue: { code: 'not_object', file, item } };
  }
  const record = value as Record<string, unknown>;
  for (const field of STRING_FIELDS) {
    const v = record[field];
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return { ok: false, issue: { code: 'bad_field', file, item, field, reason: `must be a string, not ${typeof v}` } };
    }
  }
  const id = record.id;
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { ok: false, issue: { code: 'bad_field', file, item, field: 'id', reason: 'must be a string or a number' } };
  }
  const text = record.text as string | undefined;
  const html = record.html as string | undefined;
  const fields = {
    id: id === undefined || id === null ? null : String(id),
    title: record.title as string | null | undefined,
    date: record.date as string | null | undefined,
    url: record.url as string | null | undefined,
    source: record.source as string | null | undefined,
    author: record.author as string | null | undefined,
  };
  const origin = { file, kind: 'jsonl' as const, item };
  if (text?.trim()) return buildDoc({ ...fields, origin, paragraphs: plainParagraphs(text) }, ctx);
  if (html?.trim()) {
    if (!/<(html|body)[\s>]/i.test(html)) return buildDoc({ ...fields, origin, paragraphs: htmlParagraphs(html) }, ctx);
    // A whole page: extract the article, then let the record's own fields win over the page's.
    for (const result of htmlReader.read(html, ctx)) {
      if (!result.ok) return { ok: false, issue: { ...result.issue, item } as typeof result.issue };
      const page = result.doc;
      const paragraphs = page.text.split('\n\n');
      // Put the dateline back so that buildDoc lifts it again.
      if (page.dateline) paragraphs[0] = `${page.dateline.raw} ${paragraphs[0]}`;
      return buildDoc(
        {
          origin,
          paragraphs,
          id: fields.id,
          title: fields.title ?? page.title,
          date: fields.date ?? page.published ?? page.date,
          url: fields.url ?? page.url,
          source: fields.source ?? page.source,
          author: fields.author ?? page.author,
        },
        ctx,
      );
    }
  }
  return { ok: false, issue: { code: 'no_text', file, item } };
}

/** Reads JSON Lines: one document per line, with `text` or `html` and optional metadata. Blank lines are skipped. */
export const jsonlReader: Reader = {
  kind: 'jsonl',
  *read(text: string, ctx: ReadContext): Iterable<ReadResult> {
    const offset = ctx.lineOffset ?? 0;
    let start = 0;
    let lineNo = offset;
    while (start <= text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      lineNo++;
      const line = text.slice(start, end).replace(/^\uFEFF/, '');
      if (line.trim() !== '') yield readRecord(line, lineNo, ctx);
      start = end + 1;
    }
  },
};
