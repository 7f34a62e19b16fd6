import { describe, expect, it } from 'vitest';
import { joinParagraphs, normalizeParagraph, plainParagraphs } from './normalize.js';

describe('normalizeParagraph', () => {
  it.each([
    ['  Hamas\u00A0quit\t talks  ', 'Hamas quit talks'],
    ['wrapped\nline', 'wrapped line'],
    ['Ha\u00ADmas\u200B', 'Hamas'],
    // Decomposed é (e + combining acute) becomes the precomposed letter.
    ['Saint-Agne\u0300s Bogota\u0301', 'Saint-Agnès Bogotá'],
    ['“Quote”… — ‘x’ – y', '“Quote”… — ‘x’ – y'],
  ])('%j → %j', (raw, expected) => {
    expect(normalizeParagraph(raw)).toBe(expected);
  });
});

describe('plainParagraphs', () => {
  it('splits on blank lines and joins hard wraps', () => {
    expect(plainParagraphs('One line\nwrapped.\r\n\r\nTwo.\n \nThree')).toEqual(['One line\nwrapped.', 'Two.', 'Three']);
  });

  it('treats lines as paragraphs when there is no blank line, unless a line runs on', () => {
    expect(plainParagraphs('Headline here.\nFirst sentence runs\non here.\nSecond.')).toEqual([
      'Headline here.',
      'First sentence runs on here.',
      'Second.',
    ]);
  });
});

describe('joinParagraphs', () => {
  it('records spans that slice back each paragraph', () => {
    const { text, paragraphs } = joinParagraphs(['Alpha.', 'Beta “b”.']);
    expect(text).toBe('Alpha.\n\nBeta “b”.');
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['Alpha.', 'Beta “b”.']);
  });
});
