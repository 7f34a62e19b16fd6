import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createWink, tokenize } from './index.js';

// tokenize reads the token store of a wink instance made by createWink directly, with entries
// kept per instance; an instance made elsewhere goes through wink's public API. Both must agree.
const TEXTS = [
  'Freedonian troops faced Sylvanian forces near Zqwxville on Monday.\n\nThe Zqwxville council didn’t meet.',
  'Erdoğan met Mladić in Sana’a; they can’t agree, officials said.',
  'Blorptian rebels seized Vrennick, a town of 5,000 people, at 10:30 a.m.',
];

function plainWink(): ReturnType<typeof createWink> {
  const require = createRequire(import.meta.url);
  const nlp = require('wink-nlp') as (model: unknown, pipe: string[]) => ReturnType<typeof createWink>;
  return nlp(require('wink-eng-lite-web-model'), ['sbd', 'pos']);
}

describe('tokenize', () => {
  it('gives the same tokens from wink’s store as from its public API, whatever each instance has read before', () => {
    const plain = plainWink();
    const first = createWink();
    const second = createWink();
    // The instances meet the unknown words in different orders, so their indexes differ.
    const expected = TEXTS.map((t) => JSON.stringify(tokenize(plain, t)));
    expect(TEXTS.map((t) => JSON.stringify(tokenize(first, t)))).toEqual(expected);
    expect([...TEXTS].reverse().map((t) => JSON.stringify(tokenize(second, t)))).toEqual([...expected].reverse());
    expect(TEXTS.map((t) => JSON.stringify(tokenize(second, t)))).toEqual(expected);
  });

  it('reads an underscore between words as a space, keeping the offsets', () => {
    const text = 'The Prince of Dol_Amroth met snake_case_fans and _this_.';
    const { tokens } = tokenize(createWink(), text);
    const words = Array.from(tokens.lower);
    expect(words.slice(0, 6)).toEqual(['the', 'prince', 'of', 'dol', 'amroth', 'met']);
    expect(text.slice(tokens.start[4]!, tokens.end[4]!)).toBe('Amroth');
    expect(words).not.toContain('dol_amroth');
  });

  it('tokenizes a text the same whatever texts came before it', () => {
    // wink-nlp alone learns "Zorbia's" whole from "Zorbia's." and keeps the next "Zorbia's" whole;
    // "couldn't," likewise.
    const text = "Zorbia's army couldn't stop Quentar's advance.";
    const words = (wink: ReturnType<typeof createWink>): string[] => tokenize(wink, text).tokens.lower.slice();
    const fresh = words(createWink());
    const wink = createWink();
    tokenize(wink, "The troops were Zorbia's. Quentar's, they said, couldn't, wouldn't.");
    expect(words(wink)).toEqual(fresh);
    expect(fresh).toContain("'s");
    expect(fresh).toContain("n't");
  });
});
