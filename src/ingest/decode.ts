/** Which encoding the bytes were read as. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'binary' | 'empty' };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has the curly quotes, dashes and
// ellipsis that news text is full of. Node's own 'windows-1252' decoder treats these bytes as
// Latin-1 C1 controls (U+0093 …), which is how "smart quotes" end up as "?" downstream.
// Undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to themselves, as the WHATWG table does.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decodes Windows-1252 bytes; every byte maps to one UTF-16 code unit. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    codes[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b;
  }
  let out = '';
  // Chunked so that very long inputs do not overflow the argument limit of fromCharCode.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.subarray(i, i + 8192));
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Text bytes to a string: UTF-8 or UTF-16 when a byte-order mark says so, UTF-8 when the bytes are
 * valid UTF-8, and Windows-1252 otherwise (the usual encoding of older wire and web text).
 * Bytes that look like a binary file (NULs without a UTF-16 mark, or many control bytes) are refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes.subarray(2), 'utf-16be');
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** NUL bytes, or more than 10% control bytes other than tab/newline/CR/FF, in the first 8 KB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > n * 0.1;
}
