import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { buildDoc } from '../build.js';
import { findDateline } from '../dateline.js';
import { elementParagraphs } from '../html-text.js';
import { normalizeParagraph } from '../normalize.js';
import type { ReadContext, ReadResult, Reader } from '../types.js';

type Document = ReturnType<typeof parseHTML>['document'];

// An extracted "article" shorter than this, or with no paragraph of prose, is a navigation page,
// a login wall or an empty template, not a story.
const MIN_ARTICLE_CHARS = 100;
const MIN_PROSE_PARAGRAPH = 40;
const NOT_PROSE =
  'figure, figcaption, .byline, .caption, .credit, [rel="author"], [itemprop="author"], .share, .social, .tags';

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      document.querySelector(`meta[property="${key}"]`) ??
      document.querySelector(`meta[name="${key}"]`) ??
      document.querySelector(`meta[itemprop="${key}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

interface JsonLdArticle {
  headline?: string | null;
  datePublished?: string | null;
  author?: string | null;
  publisher?: string | null;
  url?: string | null;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') return value.name;
  return null;
}

const ARTICLE_TYPES = /Article|BlogPosting|Report|NewsArticle/;

/** The first schema.org article object in the page's JSON-LD blocks; malformed blocks are ignored. */
function jsonLd(document: Document): JsonLdArticle {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const queue: unknown[] = [data];
    while (queue.length > 0) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      else if (node && typeof node === 'object') {
        const obj = node as Record<string, unknown>;
        if (Array.isArray(obj['@graph'])) queue.push(...obj['@graph']);
        const type = obj['@type'];
        const types = Array.isArray(type) ? type.join(' ') : String(type ?? '');
        if (ARTICLE_TYPES.test(types)) {
          return {
            headline: typeof obj.headline === 'string' ? obj.headline : null,
            datePublished: typeof obj.datePublished === 'string' ? obj.datePublished : null,
            author: nameOf(obj.author),
            publisher: nameOf(obj.publisher),
            url: typeof obj.url === 'string' ? obj.url : null,
          };
        }
      }
    }
  }
  return {};
}

function timeElement(document: Document): string | null {
  const el =
    document.querySelector('time[itemprop="datePublished"]') ??
    document.querySelector('time[pubdate]') ??
    document.querySelector('article time[datetime]') ??
    document.querySelector('time[datetime]');
  return el?.getAttribute('datetime')?.trim() || el?.textContent?.trim() || null;
}

/** "Hamas quits talks" heads a page titled "Hamas quits talks | Example News". */
function isHeadline(paragraph: string, title: string): boolean {
  return paragraph === title || (paragraph.length >= 15 && title.startsWith(paragraph));
}

/**
 * Reads a news web page: metadata from meta tags, JSON-LD and `<time>`, the story itself through
 * Readability. Pages with no article body are refused.
 */
export const htmlReader: Reader = {
  kind: 'html',
  *read(html: string, ctx: ReadContext): Iterable<ReadResult> {
    const { document } = parseHTML(html);
    const ld = jsonLd(document);
    const title =
      meta(document, 'og:title', 'twitter:title') ?? ld.headline ?? document.querySelector('title')?.textContent ?? null;
    const date =
      meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued') ??
      ld.datePublished ??
      timeElement(document);
    const author = meta(document, 'author', 'article:author', 'byl') ?? ld.author ?? null;
    const source = meta(document, 'og:site_name', 'application-name') ?? ld.publisher ?? null;
    const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url') ?? ld.url ?? null;

    // Readability rewrites the DOM, so metadata is read first. Bylines and captions are not story
    // prose; Readability keeps them when the page's metadata already named the author.
    for (const el of document.querySelectorAll(NOT_PROSE)) el.remove();
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    const origin = { file: ctx.file, kind: 'html' as const };
    if (!article?.content) {
      yield { ok: false, issue: { code: 'no_article', file: ctx.file } };
      return;
    }
    const { document: body } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const paragraphs = elementParagraphs(body.body as never).map(normalizeParagraph).filter((p) => p !== '');
    // Readability keeps the headline as the first heading; it is the title, not body text.
    const titleKey = title ? normalizeParagraph(title) : null;
    while (paragraphs.length > 0 && titleKey !== null && isHeadline(paragraphs[0]!, titleKey)) paragraphs.shift();
    // Anything before a wire dateline near the top is a kicker, byline or caption.
    const dated = paragraphs.slice(0, 4).findIndex((p) => findDateline(p) !== null);
    if (dated > 0) paragraphs.splice(0, dated);
    const chars = paragraphs.reduce((n, p) => n + p.length, 0);
    if (chars < MIN_ARTICLE_CHARS || !paragraphs.some((p) => p.length >= MIN_PROSE_PARAGRAPH)) {
      yield { ok: false, issue: { code: 'no_article', file: ctx.file } };
      return;
    }
    yield buildDoc(
      {
        origin,
        paragraphs,
        title,
        date: date ?? article.publishedTime ?? null,
        author: author ?? article.byline?.replace(/^by\s+/i, '') ?? null,
        source: source ?? article.siteName ?? null,
        url,
      },
      ctx,
    );
  },
};
