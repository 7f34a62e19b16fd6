import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.js';

const sample = '“Abu Mazen’s” talks… — ended';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(sample), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), 'utf-8'],
    ['UTF-16LE with BOM', utf16(sample, false), 'utf-16le'],
    ['UTF-16BE with BOM', utf16(sample, true), 'utf-16be'],
    // The same text as Windows-1252 bytes: 0x93/0x94 curly double quotes, 0x92 apostrophe, 0x85 ellipsis, 0x97 em dash.
    ['Windows-1252', new Uint8Array([0x93, ...Buffer.from('Abu Mazen'), 0x92, 0x73, 0x94, ...Buffer.from(' talks'), 0x85, 0x20, 0x97, ...Buffer.from(' ended')]), 'windows-1252'],
  ])('decodes %s without losing a curly quote', (_name, bytes, encoding) => {
    const result = decodeText(bytes);
    expect(result).toEqual({ ok: true, text: sample, encoding });
  });

  it('never produces "?" or U+FFFD for Windows-1252 punctuation', () => {
    const bytes = new Uint8Array(Array.from({ length: 32 }, (_, i) => 0x80 + i));
    const result = decodeText(bytes);
    expect(result.ok && result.text).not.toMatch(/[?\uFFFD]/);
    expect(result.ok && result.text).toContain('€');
  });

  it('refuses empty and binary input', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'empty' });
    expect(decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeText(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 1 : 65))))).toEqual({ ok: false, reason: 'binary' });
  });
});
