import { contentId, type Origin } from '../doc/index.js';
import { findDateline } from './dateline.js';
import { parsePublicationDate } from './dates.js';
import { joinParagraphs, normalizeParagraph } from './normalize.js';
import type { ReadContext, ReadResult } from './types.js';

/** The fields a reader has found for one document, before normalisation. */
export interface RawDoc {
  readonly origin: Origin;
  readonly paragraphs: Iterable<string>;
  readonly id?: string | null;
  readonly title?: string | null;
  /** As written in the input; parsed by `parsePublicationDate`. */
  readonly date?: string | null;
  readonly source?: string | null;
  readonly url?: string | null;
  readonly author?: string | null;
}

function clean(value: string | null | undefined): string | null {
  const s = value?.replace(/\s+/g, ' ').trim();
  return s ? s : null;
}

/**
 * Turns a reader's raw fields into a `Doc`: normalises the text, lifts a leading dateline into
 * metadata, parses the date and fills the id. Refuses documents with no text or an unreadable date.
 */
export function buildDoc(raw: RawDoc, ctx: ReadContext): ReadResult {
  const { file, item } = raw.origin;
  const where = item === undefined ? { file } : { file, item };
  const parts: string[] = [];
  for (const p of raw.paragraphs) {
    const normalized = normalizeParagraph(p);
    if (normalized !== '') parts.push(normalized);
  }
  let dateline = null;
  const found = parts.length > 0 ? findDateline(parts[0]!) : null;
  if (found) {
    dateline = found.dateline;
    parts[0] = parts[0]!.slice(found.length);
  }
  const { text, paragraphs } = joinParagraphs(parts);
  if (text === '') return { ok: false, issue: { code: 'no_text', ...where } };

  let date = ctx.defaultDate;
  let published: string | null = null;
  const rawDate = clean(raw.date);
  if (rawDate !== null) {
    const parsed = parsePublicationDate(rawDate);
    if (!parsed) {
      return {
        ok: false,
        issue: { code: 'bad_field', ...where, field: 'date', reason: `is not a date: "${rawDate}" (use YYYY-MM-DD)` },
      };
    }
    date = parsed.date;
    published = parsed.published;
  }

  const title = clean(raw.title);
  return {
    ok: true,
    doc: {
      id: clean(raw.id) ?? contentId(text, title),
      title,
      text,
      date,
      published,
      source: clean(raw.source),
      url: clean(raw.url),
      author: clean(raw.author),
      dateline,
      origin: raw.origin,
      layers: { paragraphs },
    },
  };
}
