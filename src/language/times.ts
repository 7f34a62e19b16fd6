import * as chrono from 'chrono-node';
import { MONTHS, WEEKDAYS } from './lexicon.js';
import { POS, type Granularity, type Sentence, type TimeExpression, type TokenTable, type VerbGroup } from './types.js';

const DAY_MS = 86_400_000;

function toDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
function iso(d: Date): string {
  // toISOString's own digits, without building the full timestamp (it differs only outside years 0–9999).
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10);
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * DAY_MS);
}
/** Monday of the ISO week containing d. */
function monday(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}
function isoWeek(d: Date): string {
  const thursday = addDays(monday(d), 3);
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const week = 1 + Math.floor((thursday.getTime() - yearStart.getTime()) / (7 * DAY_MS));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}
function monthValue(year: number, month0: number): { value: string; from: string; to: string } {
  const from = new Date(Date.UTC(year, month0, 1));
  const to = new Date(Date.UTC(year, month0 + 1, 0));
  return { value: iso(from).slice(0, 7), from: iso(from), to: iso(to) };
}

type Resolved = { value: string; granularity: Granularity; from: string; to: string };

function day(d: Date): Resolved {
  const value = iso(d);
  return { value, granularity: 'day', from: value, to: value };
}
function week(start: Date, from = start, to = addDays(start, 6)): Resolved {
  return { value: isoWeek(start), granularity: 'week', from: iso(from), to: iso(to) };
}
function year(y: number): Resolved {
  return { value: String(y), granularity: 'year', from: `${y}-01-01`, to: `${y}-12-31` };
}

const MONTH_ABBR = new Map<string, number>(MONTHS.flatMap((m, i) => [[m, i], [`${m.slice(0, 3)}.`, i], [m.slice(0, 3), i]] as [string, number][]));
MONTH_ABBR.set('sept.', 8);
MONTH_ABBR.delete('may.');
MONTH_ABBR.delete('mar'); // "mar" is a verb; "Mar." keeps the abbreviation
const NUMBERS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, several: 3, few: 3 };
const NUMBER_WORDS = new Set(Object.keys(NUMBERS));
const UNITS: Record<string, Granularity> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };
/** Words that can start a time expression the rules read (digits aside). */
const TRIGGERS = new Set([
  ...WEEKDAYS, ...MONTH_ABBR.keys(), ...Object.keys(NUMBERS), 'today', 'tonight', 'yesterday', 'tomorrow', 'overnight',
  'last', 'this', 'next', 'past', 'earlier', 'later', 'within',
]);
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through', 'throughout']);

// Sentences with none of these hold no time expression, so neither the rules nor chrono look at them:
// a digit, or (ASCII case aside) "day" or "ago" ending a word, "night", "week", "month", "year",
// "today", "yesterday", "tomorrow", "noon", "morning", "evening", or a month's first three letters
// starting a word. Written out without the `i` flag and with the words that contain others
// ("tonight", "midnight", "afternoon") and a month's tail dropped, it matches exactly the same
// sentences as the plain /\d|day\b|night|…|\b(?:jan|…|dec)[a-z]*\.?(?![a-z])/i, in two thirds of the time.
const DIGIT = /\d/;
const TEMPORAL_WORD =
  /[dD][aA][yY]\b|[aA][gG][oO]\b|[nN][iI][gG][hH][tT]|[wW][eE][eE][kK]|[mM][oO][nN][tT][hH]|[yY][eE][aA][rR]|[tT][oO][dD][aA][yY]|[yY][eE][sS][tT][eE][rR][dD][aA][yY]|[tT][oO][mM][oO][rR][rR][oO][wW]|[nN][oO][oO][nN]|[mM][oO][rR][nN][iI][nN][gG]|[eE][vV][eE][nN][iI][nN][gG]|\b(?:[jJ](?:[aA][nN]|[uU][nNlL])|[fF][eE][bB]|[mM][aA][rRyY]|[aA](?:[pP][rR]|[uU][gG])|[sS][eE][pP]|[oO][cC][tT]|[nN][oO][vV]|[dD][eE][cC])/;
const CHRONO_NOISE = /^[a-z]+$|^(?:for |about |some |over )?(?:a|an|\d+|\w+) (?:days?|weeks?|months?|years?|hours?|minutes?)(?: (?:after|later|before|earlier))?$/;
// What the rules leave to chrono: numbers (dates, clock times) and times of day.
// Plain counts ("58 people") are not dates: only clock times, numeric dates, ordinals and years are.
const CHRONO_CUE = /^\d{1,2}[:.]\d{2}|^\d{1,4}[/-]\d{1,2}|^\d{1,2}(?:st|nd|rd|th)$|^(?:1[89]|2[01])\d{2}$|^(?:noon|midnight|morning|afternoon|evening|dawn|dusk|[ap]\.m\.?)$/;

/** Whether a word starting with this character can match `CHRONO_CUE`: a digit or the first letter of one of its words. */
function mayBeChronoCue(c: number): boolean {
  // a(fternoon, .m.), d(awn, usk), e(vening), m(idnight, orning), n(oon), p(.m.)
  return (c >= 48 && c <= 57) || c === 97 || c === 100 || c === 101 || c === 109 || c === 110 || c === 112;
}

// What each parser of chrono's English casual configuration (chrono-node 2.10) needs in a text to
// match at all: a part of its pattern that every match holds, right-hand context included. The
// time-unit parsers repeat a long alternation up to ten times and cost most of a chrono call, yet
// rarely match. A parser whose cue is absent finds nothing, so chrono without it gives the same
// results (its refiners see only results). A parser not listed here always runs.
const MONTH_CUE = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
// [cdehkmnorswy]: the last letter of each of chrono's time units ("quarters", "hr", "mo", "w" …).
const PARSER_CUES: ReadonlyMap<string, RegExp> = new Map([
  ['ENYearMonthDayParser', /\d{4}/],
  ['ISOFormatParser', /\d{4}-\d/],
  ['SlashDateFormatParser', /\d[/.-]\d/],
  ['ENMonthNameLittleEndianParser', MONTH_CUE],
  ['ENMonthNameMiddleEndianParser', MONTH_CUE],
  ['ENWeekdayParser', /sun|mon|tue|wed|thu|fri|sat|week/i],
  ['ENSlashMonthFormatParser', /\d\/\d/],
  ['ENTimeExpressionParser', /\d/],
  ['ENTimeUnitAgoFormatParser', /[cdehkmnorswy]\s{0,5}(?:ago|before|earlier)(?=\W|$)/i],
  ['ENTimeUnitLaterFormatParser', /[cdehkmnorswy]\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)/i],
  ['ENYearMonthNameParser', MONTH_CUE],
  ['ENCasualDateParser', /(?:now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night)(?=\W|$)/i],
  ['ENCasualTimeParser', /(?:morning|afternoon|evening|night|midnight|midday|noon)(?=\W|$)/i],
  ['ENEndOfCurrentMonthParser', /month/i],
  ['ENMonthNameParser', MONTH_CUE],
  ['ENRelativeDateFormatParser', /this|last|past|next/i],
  ['ENTimeUnitCasualRelativeFormatParser', /this|last|past|next|after|\+|-/i],
]);

/**
 * `instance.parse(text, ref, option)`, run with only those of its parsers whose cue `text` holds (see `PARSER_CUES`).
 * @example parseWithCues(chrono.en.casual, 'on Monday', { instant, timezone: 0 }, {})
 */
export function parseWithCues(instance: chrono.Chrono, text: string, ref: chrono.ParsingReference, option: chrono.ParsingOption): chrono.ParsedResult[] {
  const parsers = instance.parsers.filter((parser) => PARSER_CUES.get(parser.constructor.name)?.test(text) ?? true);
  return new chrono.Chrono({ parsers, refiners: instance.refiners }).parse(text, ref, option);
}

interface Context {
  readonly text: string;
  readonly tokens: TokenTable;
  readonly pub: Date;
  readonly future: boolean;
}

/**
 * Time expressions, normalised against the publication date: chrono-node for calendar dates and
 * times, and our own rules for what news writes and chrono gets wrong or misses — a bare weekday
 * (the last one before publication, or the next one when the verb is in the future), "overnight"
 * (the night before), "earlier this week" (the week so far), "last March", "in 1988", "within a week".
 */
export function findTimes(text: string, tokens: TokenTable, sentences: readonly Sentence[], verbGroups: readonly VerbGroup[], date: string | null): TimeExpression[] {
  if (date === null) return [];
  const pub = toDate(date);
  const out: TimeExpression[] = [];
  let v = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sent = sentences[s]!;
    const sentText = text.slice(sent.start, sent.end);
    if (!DIGIT.test(sentText) && !TEMPORAL_WORD.test(sentText)) continue;
    let future = false;
    while (v < verbGroups.length && verbGroups[v]!.sentence < s) v++;
    for (let k = v; k < verbGroups.length && verbGroups[k]!.sentence === s; k++) if (verbGroups[k]!.tense === 'future') future = true;
    const ctx: Context = { text, tokens, pub, future };
    const found: TimeExpression[] = [];
    for (let i = sent.tokenStart; i < sent.tokenEnd; ) {
      const r = rule(ctx, i, sent.tokenEnd);
      if (r) {
        found.push({ start: tokens.start[r.first]!, end: tokens.end[r.last]!, sentence: s, ...r.resolved });
        i = r.last + 1;
      } else i++;
    }
    // chrono for everything the rules did not take: only where a number or a time of day lies outside them.
    if (!needsChrono(tokens, sent, found)) {
      out.push(...found);
      continue;
    }
    for (const result of parseWithCues(chrono.en.casual, sentText, { instant: new Date(pub.getTime() + 12 * 3600_000), timezone: 0 }, { forwardDate: future })) {
      const start = sent.start + result.index;
      const end = start + result.text.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      // Reject what chrono over-reads: a lone lower-case word ("sat", "march"), bare durations
      // ("27 years"), and times relative to another event ("a day after").
      if (CHRONO_NOISE.test(result.text.trim())) continue;
      const c = result.start;
      const d = c.date();
      const at = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
      let resolved: Resolved;
      if (c.isCertain('day') || c.isCertain('weekday') || c.isCertain('hour')) resolved = day(at);
      else if (c.isCertain('month')) resolved = { ...monthValue(at.getUTCFullYear(), at.getUTCMonth()), granularity: 'month' };
      else if (c.isCertain('year')) resolved = year(at.getUTCFullYear());
      else resolved = day(at);
      const trimmed = trimPreposition(text, start, end);
      found.push({ start: trimmed.start, end: trimmed.end, sentence: s, ...resolved });
    }
    found.sort((a, b) => a.start - b.start);
    out.push(...found);
  }
  return out;
}

// Times of day chrono joins to the day before them ("Monday morning"), and two it does not read at all.
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'noon', 'midnight']);
const UNREAD_DAY_PARTS = new Set(['dawn', 'dusk']);

function covers(found: readonly TimeExpression[], at: number): boolean {
  for (const f of found) if (f.start <= at && at < f.end) return true;
  return false;
}

/**
 * A number or a time of day lies outside the expressions the rules found. Two kinds of time of day
 * give chrono nothing to add: "dawn" and "dusk", which it does not read, and one right after a day
 * the rules took ("on Monday morning"), which chrono joins to that day, overlapping their
 * expression. Those send a sentence to chrono only when it also holds a number outside the rules'
 * expressions, where chrono may find a date or clock time of its own.
 */
function needsChrono(tokens: TokenTable, sent: Sentence, found: readonly TimeExpression[]): boolean {
  let dayPart = false;
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const w = tokens.lower[i]!;
    if (!mayBeChronoCue(w.charCodeAt(0)) || !CHRONO_CUE.test(w)) continue;
    const at = tokens.start[i]!;
    if (covers(found, at)) continue;
    if (UNREAD_DAY_PARTS.has(w) || (DAY_PARTS.has(w) && i > sent.tokenStart && covers(found, tokens.start[i - 1]!))) {
      dayPart = true;
      continue;
    }
    return true;
  }
  if (!dayPart) return false;
  for (let i = sent.tokenStart; i < sent.tokenEnd; i++) {
    const c = tokens.lower[i]!.charCodeAt(0);
    if (c >= 48 && c <= 57 && !covers(found, tokens.start[i]!)) return true;
  }
  return false;
}

/** chrono includes a leading "on"/"at"/"in"; the expression is what follows it. */
function trimPreposition(text: string, start: number, end: number): { start: number; end: number } {
  const m = /^(?:on|at|in|since|by|from|during)\s+/i.exec(text.slice(start, end));
  return m ? { start: start + m[0].length, end } : { start, end };
}

function rule(ctx: Context, i: number, limit: number): { first: number; last: number; resolved: Resolved } | null {
  const { tokens, pub } = ctx;
  const w = tokens.lower[i]!;
  // Most tokens start no time expression: one set lookup (or a digit) rules them out.
  const c = w.charCodeAt(0);
  if (!(c >= 48 && c <= 57) && !TRIGGERS.has(w)) return null;
  const next = i + 1 < limit ? tokens.lower[i + 1]! : '';
  const next2 = i + 2 < limit ? tokens.lower[i + 2]! : '';
  const prev = i > 0 ? tokens.lower[i - 1]! : '';
  // A number word ("a", "two", "several") starts only "two days ago".
  if (next2 !== 'ago' && NUMBER_WORDS.has(w)) return null;

  // Weekdays: the last one on or before publication, or the next one when the sentence looks ahead.
  const dow = WEEKDAYS.indexOf(w);
  if (dow >= 0) {
    const pubDow = pub.getUTCDay();
    const ahead = prev === 'next' || prev === 'coming' || (ctx.future && prev !== 'last');
    let offset = ahead ? (dow - pubDow + 7) % 7 : -((pubDow - dow + 7) % 7);
    if (prev === 'last' && offset === 0) offset = -7;
    if (prev === 'next' && offset === 0) offset = 7;
    const first = prev === 'last' || prev === 'next' || prev === 'this' ? i - 1 : i;
    return { first, last: i, resolved: day(addDays(pub, offset)) };
  }
  if (w === 'today' || w === 'tonight') return { first: i, last: i, resolved: day(pub) };
  if (w === 'yesterday') return { first: i, last: i, resolved: day(addDays(pub, -1)) };
  if (w === 'tomorrow') return { first: i, last: i, resolved: day(addDays(pub, 1)) };
  // "Overnight" in a story is the night before it was filed.
  if (w === 'overnight') return { first: i, last: i, resolved: { ...day(addDays(pub, -1)), to: iso(pub) } };
  if (w === 'last' && next === 'night') return { first: i, last: i + 1, resolved: day(addDays(pub, -1)) };

  // "this week", "earlier this week", "later this week", "last week", "next week"; the same for month and year.
  if ((w === 'earlier' || w === 'later') && next === 'this' && (next2 === 'week' || next2 === 'month' || next2 === 'year')) {
    const r = period(pub, next2, 0)!;
    // The part of the period before (or after) publication.
    const resolved = w === 'earlier' ? { ...r, to: iso(addDays(pub, -1)) < r.from ? r.from : iso(addDays(pub, -1)) } : { ...r, from: iso(addDays(pub, 1)) > r.to ? r.to : iso(addDays(pub, 1)) };
    return { first: i, last: i + 2, resolved };
  }
  if ((w === 'this' || w === 'last' || w === 'next' || w === 'past') && (next === 'week' || next === 'month' || next === 'year')) {
    const shift = w === 'last' || w === 'past' ? -1 : w === 'next' ? 1 : 0;
    return { first: i, last: i + 1, resolved: period(pub, next, shift)! };
  }

  // Months: "last March", "next May", "in March", "March 2003", "March 5", "5 March 2003".
  const month = MONTH_ABBR.get(w);
  if (month !== undefined && tokens.flags[i]! & 4 && tokens.pos[i] !== POS.AUX && tokens.pos[i] !== POS.VERB) {
    const dayNum = /^\d{1,2}$/.test(next) ? Number(next) : null;
    if (dayNum !== null) {
      const hasYear = next2 === ',' ? /^\d{4}$/.test(lowerAt(tokens, i + 3, limit)) : /^\d{4}$/.test(next2);
      const y = hasYear ? Number(next2 === ',' ? lowerAt(tokens, i + 3, limit) : next2) : nearestYear(pub, month, dayNum, ctx.future);
      const d = new Date(Date.UTC(y, month, dayNum));
      if (d.getUTCMonth() === month) return { first: i, last: hasYear ? (next2 === ',' ? i + 3 : i + 2) : i + 1, resolved: day(d) };
    }
    if (/^\d{1,2}$/.test(prev) && i >= 1) {
      const d0 = Number(prev);
      const hasYear = /^\d{4}$/.test(next);
      const y = hasYear ? Number(next) : nearestYear(pub, month, d0, ctx.future);
      const d = new Date(Date.UTC(y, month, d0));
      if (d.getUTCMonth() === month) return { first: i - 1, last: hasYear ? i + 1 : i, resolved: day(d) };
    }
    if (/^\d{4}$/.test(next)) return { first: i, last: i + 1, resolved: { ...monthValue(Number(next), month), granularity: 'month' } };
    const pubMonth = pub.getUTCMonth();
    const pubYear = pub.getUTCFullYear();
    let y = month <= pubMonth ? pubYear : pubYear - 1;
    if (prev === 'last') y = month < pubMonth ? pubYear : pubYear - 1;
    if (prev === 'next') y = month > pubMonth ? pubYear : pubYear + 1;
    const first = prev === 'last' || prev === 'next' ? i - 1 : i;
    // A bare month is only a month after a preposition or "last"/"next"/"early"/"late".
    if (first === i && !['in', 'since', 'until', 'by', 'early', 'late', 'mid', 'from', 'of', 'during', 'before', 'after'].includes(prev)) return null;
    return { first, last: i, resolved: { ...monthValue(y, month), granularity: 'month' } };
  }

  // "in 1988", "since 2001": a year after a preposition.
  if (/^\d{4}$/.test(w) && YEAR_PREPOSITIONS.has(prev)) {
    const y = Number(w);
    if (y >= 1800 && y <= 2199) return { first: i, last: i, resolved: year(y) };
  }

  // "within a week", "within two months", "within days".
  if (w === 'within') {
    const n = NUMBERS[next] ?? (/^\d+$/.test(next) ? Number(next) : null);
    const unit = n !== null ? UNITS[next2] : UNITS[next];
    if (unit) {
      const count = n ?? 1;
      const last = n !== null ? i + 2 : i + 1;
      const end = unit === 'day' ? addDays(pub, count) : unit === 'week' ? addDays(pub, 7 * count) : unit === 'month' ? new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + count, pub.getUTCDate())) : new Date(Date.UTC(pub.getUTCFullYear() + count, pub.getUTCMonth(), pub.getUTCDate()));
      return { first: i, last, resolved: { value: `${iso(pub)}/${iso(end)}`, granularity: unit, from: iso(pub), to: iso(end) } };
    }
  }

  // "two days ago", "three weeks ago".
  if (next2 === 'ago') {
    const n = NUMBERS[w] ?? (/^\d+$/.test(w) ? Number(w) : null);
    const unit = UNITS[next];
    if (n !== null && unit) {
      if (unit === 'day') return { first: i, last: i + 2, resolved: day(addDays(pub, -n)) };
      if (unit === 'week') return { first: i, last: i + 2, resolved: week(monday(addDays(pub, -7 * n))) };
      if (unit === 'month') return { first: i, last: i + 2, resolved: { ...monthValue(pub.getUTCFullYear(), pub.getUTCMonth() - n), granularity: 'month' } };
      return { first: i, last: i + 2, resolved: year(pub.getUTCFullYear() - n) };
    }
  }
  return null;
}

function lowerAt(tokens: TokenTable, k: number, limit: number): string {
  return k < limit ? tokens.lower[k]! : '';
}

/** The week, month or year containing the publication date, shifted by `shift` periods. */
function period(pub: Date, unit: string, shift: number): Resolved | null {
  if (unit === 'week') return week(addDays(monday(pub), 7 * shift));
  if (unit === 'month') return { ...monthValue(pub.getUTCFullYear(), pub.getUTCMonth() + shift), granularity: 'month' };
  if (unit === 'year') return year(pub.getUTCFullYear() + shift);
  return null;
}

/**
 * The year that puts month/day nearest before publication (allowing a month ahead for schedules),
 * or on or after it when the sentence speaks of the future ("will withdraw by Sept. 11").
 */
function nearestYear(pub: Date, month: number, dayNum: number, future = false): number {
  const y = pub.getUTCFullYear();
  const candidate = Date.UTC(y, month, dayNum);
  if (future) return candidate < pub.getTime() - DAY_MS ? y + 1 : y;
  return candidate > pub.getTime() + 31 * DAY_MS ? y - 1 : y;
}
