import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { buildDoc } from '../build.js';
import { htmlParagraphs } from '../html-text.js';
import type { ReadContext, ReadResult, Reader } from '../types.js';

/** Checks well-formedness first: the feed parser itself is lenient and would accept a truncated file. */
export function xmlError(text: string): string | null {
  const result = XMLValidator.validate(text);
  if (result === true) return null;
  return `line ${result.err.line}: ${result.err.msg}`;
}

/**
 * Reads an RSS 2.0, RSS 1.0 or Atom feed: one document per item, from its full content when the
 * feed carries it, else its description. An item with neither is refused; the others are kept.
 */
export const feedReader: Reader = {
  kind: 'feed',
  *read(text: string, ctx: ReadContext): Iterable<ReadResult> {
    const { file } = ctx;
    const error = xmlError(text);
    if (error) {
      yield { ok: false, issue: { code: 'not_xml', file, reason: error } };
      return;
    }
    let feed;
    try {
      feed = parseFeed(text);
    } catch (err) {
      yield { ok: false, issue: { code: 'not_feed', file, reason: (err as Error).message } };
      return;
    }
    const items = feed.items;
    if (items.length === 0) {
      yield { ok: false, issue: { code: 'empty', file } };
      return;
    }
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      const body = item.content ?? item.description;
      const origin = { file, kind: 'feed' as const, item: i + 1 };
      if (!body?.trim()) {
        yield { ok: false, issue: { code: 'no_text', file, item: i + 1 } };
        continue;
      }
      // The date as the feed wrote it keeps the publisher's own day; the parsed Date is UTC.
      const el = item.element;
      const rawDate =
        el.findElementWithName('pubdate')?.textContent ??
        el.findElementWithName('published')?.textContent ??
        el.findElementWithName('date')?.textContent ??
        el.findElementWithName('updated')?.textContent ??
        item.published?.toISOString() ??
        null;
      const author = item.authors.map((a) => a.name).filter(Boolean).join(', ') || null;
      yield buildDoc(
        {
          origin,
          paragraphs: htmlParagraphs(body),
          id: item.id,
          title: item.title,
          date: rawDate,
          url: item.url,
          author,
          source: feed.title,
        },
        ctx,
      );
    }
  },
};
