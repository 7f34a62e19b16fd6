import type { Dateline } from '../doc/index.js';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = `${MONTH} \\d{1,2}(?:, \\d{4})?`;
// Wire datelines put the place in capitals ("GAZA CITY", "BOGOTÁ"), optionally followed by a region
// or country in title case ("GAZA CITY, Gaza Strip"). Looser forms are accepted only when an agency
// in parentheses follows, which ordinary sentences never have: a region in any case
// ("ARAVA CROSSING, Israel-Jordan border (Agency)") or a title-case place ("Jerusalem, Dec. 5 (AFP)").
const CAPS_WORD = "\\p{Lu}[\\p{Lu}.'’\\-]*[\\p{Lu}.]";
const CAPS_PLACE = `${CAPS_WORD}(?: ${CAPS_WORD})*`;
const TITLE_WORD = "\\p{Lu}[\\p{L}.'’\\-]+";
const TITLE_PLACE = `${TITLE_WORD}(?: ${TITLE_WORD})*`;
const REGION = `(?:, ${TITLE_PLACE}|, ${CAPS_PLACE})?`;
const LOOSE_REGION = "(?:, [\\p{L}][\\p{L}.'’\\- ]{0,40}?)?";
const AGENCY = '\\(([^()\\n]{1,40})\\)';
const DASH = '(?:—|–|--|-|:)';
const STORY_START = /^[\p{L}\p{N}“"‘'(\[]/u;

const WITH_DASH = new RegExp(`^(${CAPS_PLACE}${REGION})(?:,? (${DAY}))?(?: ?${AGENCY})? ?${DASH}\\s+`, 'u');
const WITH_AGENCY = new RegExp(`^(${CAPS_PLACE}${LOOSE_REGION})(?:,? (${DAY}))? ?${AGENCY} ?(?:${DASH}\\s+|\\s+)`, 'u');
const TITLE_CASE = new RegExp(`^(${TITLE_PLACE}${REGION}),? (${DAY}) ?${AGENCY} ?(?:${DASH}\\s+)?`, 'u');

/**
 * Finds a wire dateline at the start of a story's first paragraph.
 * @example findDateline('JERUSALEM, June 7 (AP) — Hamas quit…')
 *   // → { dateline: { raw: 'JERUSALEM, June 7 (AP) —', place: 'JERUSALEM', day: 'June 7', agency: 'AP' }, length: 25 }
 */
export function findDateline(paragraph: string): { dateline: Dateline; length: number } | null {
  const m = WITH_DASH.exec(paragraph) ?? WITH_AGENCY.exec(paragraph) ?? TITLE_CASE.exec(paragraph);
  if (!m) return null;
  const place = m[1]!;
  // A single capital letter or a lone abbreviation is not a place ("I —", "U.S. —").
  if (place.replace(/[^\p{L}]/gu, '').length < 3) return null;
  // The story must follow: a dateline alone, or one followed by more punctuation, is not one.
  if (!STORY_START.test(paragraph.slice(m[0].length))) return null;
  return {
    dateline: { raw: m[0].trimEnd(), place, day: m[2] ?? null, agency: m[3]?.trim() ?? null },
    length: m[0].length,
  };
}
