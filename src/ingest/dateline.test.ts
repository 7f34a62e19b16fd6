import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';

describe('findDateline', () => {
  it.each([
    ['JERUSALEM (AP) — Hamas quit talks.', { place: 'JERUSALEM', day: null, agency: 'AP' }, 'Hamas quit talks.'],
    ['GAZA CITY, Gaza Strip (Chronicle Wire) — Militants…', { place: 'GAZA CITY, Gaza Strip', day: null, agency: 'Chronicle Wire' }, 'Militants…'],
    ['WASHINGTON, June 7 (Reuters) - The talks…', { place: 'WASHINGTON', day: 'June 7', agency: 'Reuters' }, 'The talks…'],
    ['KABUL, Afghanistan, March 3, 2004 (AFP) -- Troops…', { place: 'KABUL, Afghanistan', day: 'March 3, 2004', agency: 'AFP' }, 'Troops…'],
    ['UNITED NATIONS — The Security Council…', { place: 'UNITED NATIONS', day: null, agency: null }, 'The Security Council…'],
    ["N'DJAMENA, Chad – Rebels…", { place: "N'DJAMENA, Chad", day: null, agency: null }, 'Rebels…'],
    ['BOGOTÁ (Agency) — Voters…', { place: 'BOGOTÁ', day: null, agency: 'Agency' }, 'Voters…'],
    ['ARAVA CROSSING, Israel-Jordan border (Agency) — Leaders…', { place: 'ARAVA CROSSING, Israel-Jordan border', agency: 'Agency' }, 'Leaders…'],
    ['WASHINGTON: Talks resumed.', { place: 'WASHINGTON', day: null, agency: null }, 'Talks resumed.'],
    ['Jerusalem, Dec. 5 (AFP) - Israel said…', { place: 'Jerusalem', day: 'Dec. 5', agency: 'AFP' }, 'Israel said…'],
  ])('finds the dateline in %j', (paragraph, expected, rest) => {
    const found = findDateline(paragraph);
    expect(found?.dateline).toMatchObject(expected);
    expect(paragraph.slice(found!.length)).toBe(rest);
  });

  it.each([
    'Hamas quit talks on Friday — a blow to the plan.',
    'U.S. — and allied — forces moved in.',
    'NATO-led troops advanced.',
    'UN Secretary-General Kofi Annan — speaking in Geneva — said…',
    'Jerusalem — the city was quiet.',
    'MOSCOW, which denies involvement — and Kyiv — disagree.',
    'JERUSALEM (AP) —',
  ])('finds none in %j', (paragraph) => {
    expect(findDateline(paragraph)).toBeNull();
  });
});
