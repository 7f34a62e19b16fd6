// Letters that Unicode decomposition leaves whole (no combining mark to strip), folded by hand.
const LETTERS: Record<string, string> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th', ŧ: 't', ƒ: 'f',
};

const PLAIN = /^[a-z0-9.]+(?: [a-z0-9.]+)*$/;

/**
 * The key a place name is indexed and looked up by: lower case, diacritics removed, apostrophes
 * and transliteration marks dropped, hyphens as spaces, one space between words.
 * @example foldName('Chișinău') === 'chisinau'; foldName('Khan-Yūnis') === 'khan yunis'
 */
export function foldName(name: string): string {
  let s = name.toLowerCase();
  // The common case, one plain word or several spaced once, is already folded.
  if (PLAIN.test(s)) return s;
  // Most text is plain ASCII already: skip the decomposition then.
  if (/[^\x20-\x7e]/.test(s)) {
    s = s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[øłđðħıŀßæœþŧƒ]/g, (c) => LETTERS[c] ?? c);
  }
  // ʻ ʼ ‘ ’ ' ` mark ayin, hamza or elision in transliterations ("Sanʼa", "Ta‘izz"): news drops them.
  return s.replace(/[ʻʼʾʿ‘’'`´]/g, '').replace(/[-‐‑–\s]+/g, ' ').trim();
}
