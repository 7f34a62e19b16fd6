import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { parseWithCues } from './times.js';

// Texts that chrono's English parsers match, each parser at least one (checked below): a cue that
// is too strict for some parser shows as that parser finding less with cues than without.
const TEXTS = [
  'three days ago', '2 hrs later', 'Five MINS out', 'a week from now', 'the year before', 'a couple of months earlier',
  'in 3 days', 'within two weeks', 'for about an hour', 'last 2 weeks', 'the past few years', '+2 days', '-3 days', 'next 5 months',
  'this week', 'last month', 'after this year', 'end of the month', 'the last day of month',
  'Jan 5', 'Sept. 11, 2001', 'the 5th of May', 'twenty-first of March 2003', '2003 Mar', 'March of 2003', 'in December', 'OCT 2',
  '2003/05/06', '2003-05-06T10:00:00Z', '2003 06 07', '5/6', '12.3.2003', '05/2003', '7/2021',
  'at 10:30 a.m.', '9 p.m.', '18:45', 'at 7 o’clock', '5 in the morning', 'midnight', 'this Evening', 'NOON', 'tonight', 'tmrw', 'last night', 'now',
  'on Monday', 'Thurs., Feb 3', 'last Sunday', 'next weekend', 'Friday of next week', 'SAT',
];
const VARIANTS = TEXTS.flatMap((text) => [text, text.toUpperCase(), `He said ${text}, officials said.`]);
const REF = { instant: new Date('2003-06-07T12:00:00Z'), timezone: 0 };

const outline = (results: chrono.ParsedResult[]): unknown[] =>
  results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString() ?? null, [...r.tags()].sort()]);

// chrono's casual English configuration with one parser and no refiners: what that parser alone finds.
const alone = chrono.en.casual.parsers.map((parser) => ({ name: parser.constructor.name, chrono: new chrono.Chrono({ parsers: [parser], refiners: [] }) }));

describe('parseWithCues', () => {
  it.each(alone)('leaves $name what it finds', ({ chrono: single }) => {
    let found = 0;
    for (const text of VARIANTS) {
      for (const forwardDate of [false, true]) {
        const expected = outline(single.parse(text, REF, { forwardDate }));
        found += expected.length;
        expect(outline(parseWithCues(single, text, REF, { forwardDate })), text).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(0);
  });

  it('finds what chrono.en.parse finds', () => {
    for (const text of VARIANTS) {
      for (const forwardDate of [false, true]) {
        expect(outline(parseWithCues(chrono.en.casual, text, REF, { forwardDate })), text).toEqual(outline(chrono.en.parse(text, REF, { forwardDate })));
      }
    }
  });
});
