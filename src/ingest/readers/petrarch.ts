import { buildDoc } from '../build.js';
import type { ReadContext, ReadResult, Reader } from '../types.js';

const SENTENCE = /<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g;
const ATTRIBUTE = /([A-Za-z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const TEXT = /<Text>([\s\S]*?)<\/Text>/;
const COMMENT = /<!--[\s\S]*?-->/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of raw.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), decodeXmlEntities(m[2] ?? m[3] ?? ''));
  return out;
}

/**
 * Reads PETRARCH/TABARI-style validation or input records:
 * `<Sentence date="19950104" id="…"><Text>…</Text><Parse>…</Parse></Sentence>`.
 * Keeps the id, date and source; the treebank `<Parse>` is ignored, since Chronicle parses for itself.
 * The files are scanned rather than parsed as XML because real ones often are not well-formed.
 */
export const petrarchReader: Reader = {
  kind: 'petrarch',
  *read(text: string, ctx: ReadContext): Iterable<ReadResult> {
    const { file } = ctx;
    const body = text.replace(COMMENT, '');
    let count = 0;
    for (const m of body.matchAll(SENTENCE)) {
      count++;
      const attrs = attributes(m[1]!);
      const textMatch = TEXT.exec(m[2]!);
      if (!textMatch || textMatch[1]!.trim() === '') {
        yield { ok: false, issue: { code: 'no_text', file, item: count } };
        continue;
      }
      yield buildDoc(
        {
          origin: { file, kind: 'petrarch', item: count },
          // One record is one passage: its line breaks are wraps, not paragraphs.
          paragraphs: [decodeXmlEntities(textMatch[1]!)],
          id: attrs.get('id'),
          date: attrs.get('date'),
          source: attrs.get('source'),
        },
        ctx,
      );
    }
    if (count === 0) yield { ok: false, issue: { code: 'no_records', file } };
  },
};
