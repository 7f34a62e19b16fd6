// A sentence as TABARI reads it: upper/lower case folded, hyphens and quotes gone, a possessive
// part of its word ("Ithilen's"), commas and semicolons kept as commas. Each
// word keeps the characters it covers, so events can point at their evidence.
import type { Doc } from '../../doc/index.js';
import { POS, type Sentence } from '../../language/types.js';

export interface Word {
  /** Lower case, without diacritics. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Written with a capital first letter. */
  readonly capitalised: boolean;
  /** The tagger read it as a verb or auxiliary (PETRARCH codes only true verbs). */
  readonly verbal: boolean;
}

const DROPPED = /^(?:["“”„‘’`'?!()\[\]]+|''|``|[.:]+|-+|—|–)$/;

/** The words of one sentence, from the token layer. */
export function sentenceWords(doc: Doc, sentence: Sentence): Word[] {
  const tokens = doc.layers.tokens!;
  const text = doc.text;
  // Tokens that touch (no space between) form one word: "Ithilen" + "'s", "is" + "n't".
  const runs: { start: number; end: number; verbal: boolean }[] = [];
  const verbal = (t: number) => tokens.pos[t] === POS.VERB || tokens.pos[t] === POS.AUX;
  for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
    const start = tokens.start[t]!;
    const end = tokens.end[t]!;
    const raw = text.slice(start, end);
    if (raw === ',' || raw === ';') {
      runs.push({ start, end, verbal: false });
      continue;
    }
    if (DROPPED.test(raw)) continue;
    const last = runs[runs.length - 1];
    const lastRaw = last ? text.slice(last.start, last.end) : '';
    // (Except "n't": the dictionaries' "DIDN'T" is read as "did" "n't", as our tokenizer splits it.)
    if (last && last.end === start && lastRaw !== ',' && lastRaw !== ';' && !/^n[’']t$/i.test(raw) && !/^[-—–]/.test(raw) && !/[-—–]$/.test(lastRaw)) last.end = end;
    else runs.push({ start, end, verbal: verbal(t) });
  }
  const words: Word[] = [];
  for (const run of runs) {
    const raw = text.slice(run.start, run.end);
    if (raw === ';') {
      words.push({ text: ',', start: run.start, end: run.end, capitalised: false, verbal: false });
      continue;
    }
    // Hyphens split words ("anti-Gondor" is "anti" "Gondor"), as TABARI's input filter makes them
    // blanks; so do underscores, which the dictionaries read as blanks.
    let offset = run.start;
    for (const part of raw.split(/[-—–_]/)) {
      const start = offset;
      offset += part.length + 1;
      let word = part.replace(/["“”?!()]/g, '').replace(/[’‘]/g, "'");
      // A period after a lower-case letter ends the sentence; "U.N." keeps its own.
      word = word.replace(/([a-z])\.$/, '$1');
      if (word === '' || word === '.') continue;
      const folded = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
      words.push({ text: folded, start, end: start + part.length, capitalised: /^[A-Z]/.test(word), verbal: run.verbal });
    }
  }
  return words;
}
