import { describe, expect, it } from 'vitest';
import { checkPipeline, contentId, makeSpan, pipe, PipelineError, spanText, withLayers, type Doc, type Stage } from './index.js';

const doc: Doc = {
  id: 'd1',
  title: null,
  text: 'Hamas quit talks “on Friday” — ok',
  date: '2003-06-07',
  published: null,
  source: null,
  url: null,
  author: null,
  dateline: null,
  origin: { file: 'x.txt', kind: 'text' },
  layers: { paragraphs: [{ start: 0, end: 33 }] },
};

describe('spans', () => {
  it('slice back the text they cover, in UTF-16 offsets', () => {
    const span = makeSpan(doc.text, 17, 28);
    expect(spanText(doc.text, span)).toBe('“on Friday”');
  });

  it.each([
    [-1, 2],
    [3, 2],
    [0, 99],
    [0.5, 2],
  ])('refuses [%d, %d)', (start, end) => {
    expect(() => makeSpan(doc.text, start, end)).toThrow(/does not fit/);
  });
});

describe('contentId', () => {
  it('is stable for the same content and differs for different content', () => {
    expect(contentId('a b', 'T')).toBe(contentId('a b', 'T'));
    expect(contentId('a b', 'T')).not.toBe(contentId('a b', 'U'));
    expect(contentId('a b')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('pipeline', () => {
  const stage = (name: string, reads: string[], writes: string[]): Stage => ({
    name,
    reads: reads as never,
    writes: writes as never,
    run: (d) => withLayers(d, {}),
  });

  it('accepts stages whose inputs are written earlier', () => {
    expect(() => checkPipeline([stage('a', ['paragraphs'], ['x']), stage('b', ['x'], ['y'])])).not.toThrow();
  });

  it('rejects a stage that reads a layer nobody wrote yet', () => {
    expect(() => checkPipeline([stage('b', ['x'], ['y']), stage('a', [], ['x'])])).toThrow(PipelineError);
  });

  it('rejects two stages writing one layer', () => {
    expect(() => checkPipeline([stage('a', [], ['x']), stage('b', [], ['x'])])).toThrow(/already written by "a"/);
  });

  it('streams documents through the stages without mutating them', async () => {
    const tag: Stage = { name: 'tag', reads: [], writes: [], run: (d) => ({ ...d, id: `${d.id}!` }) };
    const out: Doc[] = [];
    for await (const d of pipe([doc, doc], [tag, tag])) out.push(d);
    expect(out.map((d) => d.id)).toEqual(['d1!!', 'd1!!']);
    expect(doc.id).toBe('d1');
  });
});
