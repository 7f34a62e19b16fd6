import type { Span } from '../doc/index.js';

// Zero-width characters, soft hyphens and stray BOMs carry no meaning in news text but break
// token matching ("Ha\u00ADmas"). Other control characters are debris from bad conversions.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]|[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
// Every Unicode space, and any line break inside a paragraph, becomes one ASCII space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;

/** Normalises one paragraph: NFC, no invisible characters, single spaces, trimmed. Punctuation is kept as is. */
export function normalizeParagraph(raw: string): string {
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** Normalised text and the spans of its paragraphs, which are joined by one blank line. */
export interface NormalizedText {
  readonly text: string;
  readonly paragraphs: readonly Span[];
}

/** Joins normalised, non-empty paragraphs with "\n\n" and records where each one lies. */
export function joinParagraphs(parts: readonly string[]): NormalizedText {
  const paragraphs: Span[] = [];
  let offset = 0;
  for (const p of parts) {
    paragraphs.push({ start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

// A line ending like this closes a paragraph even without a blank line after it.
const PARAGRAPH_END = /[.!?…:"”’')\]]\s*$/;
const INDENTED = /^(\t| {2,})\S/;

/**
 * Splits plain text into paragraphs. Blank lines separate paragraphs, and single line breaks
 * inside them are hard wraps. Text with no blank line at all is one paragraph per line,
 * except where a line plainly runs on (no closing punctuation and the next line not indented).
 */
export function plainParagraphs(raw: string): string[] {
  const text = raw.replace(/\r\n?/g, '\n');
  const blocks = text.split(/\n[ \t\u00A0]*\n/);
  if (blocks.length > 1) return blocks;
  const lines = text.split('\n');
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    current = current === '' ? line : `${current} ${line}`;
    const next = lines[i + 1];
    if (next === undefined || PARAGRAPH_END.test(line) || INDENTED.test(next)) {
      out.push(current);
      current = '';
    }
  }
  return out;
}
