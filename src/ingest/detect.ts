import { extname } from 'node:path';
import type { InputKind } from '../doc/index.js';

const BY_EXTENSION: Record<string, InputKind | 'xml'> = {
  '.txt': 'text',
  '.text': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
  '.rss': 'feed',
  '.atom': 'feed',
  '.xml': 'xml',
};

/** True for file names a directory walk reads; other files in a directory are skipped. */
export function isKnownExtension(name: string): boolean {
  return extname(name).toLowerCase() in BY_EXTENSION;
}

/** Sniffs the kind from the first characters of decoded text. */
export function sniffKind(text: string): InputKind {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('<')) {
    const body = head.replace(/<\?xml[^>]*>|<!--[\s\S]*?-->/g, '').trimStart();
    if (/^<(rss|feed|rdf:RDF)\b/i.test(body)) return 'feed';
    if (/^<(Sentences|Sentence|Validation)\b/.test(body)) return 'petrarch';
    if (/^<(!doctype html|html|head|body|article|div|p)\b/i.test(body)) return 'html';
    if (head.startsWith('<?xml')) return 'feed';
  }
  return 'text';
}

/**
 * The reader for an input: its extension when it names one, else its content. `.xml` files are
 * feeds or PETRARCH records, told apart by their root element.
 */
export function detectKind(name: string, text: string): InputKind {
  const byExt = BY_EXTENSION[extname(name).toLowerCase()];
  if (byExt === 'xml') {
    const sniffed = sniffKind(text);
    return sniffed === 'petrarch' ? 'petrarch' : 'feed';
  }
  return byExt ?? sniffKind(text);
}
