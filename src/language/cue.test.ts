import { describe, expect, it } from 'vitest';
import { hasTemporalCue } from './cue.js';

// The regex `hasTemporalCue` stands for: it must answer exactly as this does on any slice.
const CUE = /\d|day\b|night|week|month|year|ago\b|today|tonight|yesterday|tomorrow|noon|midnight|morning|afternoon|evening|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![a-z])/i;

const TRICKY = [
  'Monday', 'days later', 'holiday_', 'DAY', 'Sundays', 'ago', 'agony', 'a long time AGO.', 'Tonight', 'midnight', 'afternoon',
  'Mayor', 'summary', 'Jan.', 'xjan', '_dec', 'Septembre', 'Sep', 'Kjan', 'Ĵan', 'noon', 'weekend', 'MONTHS', 'yearly',
  'yesterday', 'tomorrow', 'évening', 'morning', 'the talks', '', 'd', 'da', 'DA', 'ag', 'dec', '9', '٣',
];

function randomText(next: () => number, length: number): string {
  const alphabet = 'adygonitwekmhrsjfbcpluvADYGONITWEKMHRSJFBCPLUV_ .-0’é@[`{ſK';
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

// Pieces of the cue words, so that random texts often come near a match.
const PIECES = ['day', 'da', 'ago', 'ag', 'night', 'nigh', 'week', 'wee', 'month', 'year', 'yea', 'today', 'tonight', 'yesterday', 'tomorrow', 'noon', 'midnight', 'morning', 'evening', 'even', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'de', 'x', '_', ' ', '.', '-', '1', 'é', 'ſ', 'K'];

function pieceText(next: () => number): string {
  let s = '';
  for (let i = 1 + Math.floor(next() * 4); i > 0; i--) {
    const piece = PIECES[Math.floor(next() * PIECES.length)]!;
    s += next() < 0.3 ? piece.toUpperCase() : next() < 0.3 ? piece[0]!.toUpperCase() + piece.slice(1) : piece;
  }
  return s;
}

describe('hasTemporalCue', () => {
  it('answers as the regex does on whole strings and on slices of them', () => {
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const texts = [
      ...TRICKY,
      ...Array.from({ length: 2000 }, () => randomText(next, 1 + Math.floor(next() * 12))),
      ...Array.from({ length: 2000 }, () => pieceText(next)),
    ];
    for (const text of texts) {
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          expect([text, from, to, hasTemporalCue(text, from, to)]).toEqual([text, from, to, CUE.test(text.slice(from, to))]);
        }
      }
    }
  });
});
