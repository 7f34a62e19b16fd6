import { describe, expect, it } from 'vitest';
import { parsePublicationDate } from './dates.js';

describe('parsePublicationDate', () => {
  it.each([
    ['2003-06-07', '2003-06-07', null],
    ['19950104', '1995-01-04', null],
    ['2011-03-19T22:40:00Z', '2011-03-19', '2011-03-19T22:40:00Z'],
    // The publisher's day, not UTC's: 23:30 in UTC-5 is already the next day in UTC.
    ['2003-06-07T23:30:00-05:00', '2003-06-07', '2003-06-07T23:30:00-05:00'],
    ['Sat, 07 Jun 2003 23:30:00 -0500', '2003-06-07', '2003-06-07T23:30:00-05:00'],
    ['Tue, 15 Mar 2011 08:30:00 GMT', '2011-03-15', '2011-03-15T08:30:00Z'],
    ['7 Jun 03 10:00 EST', '2003-06-07', '2003-06-07T10:00:00-05:00'],
    ['June 7, 2003', '2003-06-07', null],
    ['7 September 2001', '2001-09-07', null],
  ])('%j → %s', (raw, date, published) => {
    expect(parsePublicationDate(raw)).toEqual({ date, published });
  });

  it.each(['2003-02-30', 'yesterday', '07/06/2003', '2003-13-01', ''])('refuses %j', (raw) => {
    expect(parsePublicationDate(raw)).toBeNull();
  });
});
