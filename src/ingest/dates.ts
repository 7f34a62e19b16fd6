/** A publication date: the calendar day as the publisher wrote it, and the full timestamp when given. */
export interface PublicationDate {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The ISO 8601 timestamp when the input gave a time, else null. */
  readonly published: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD for a real calendar day, else null (so "2003-02-30" is refused). */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// RFC 822 / RFC 2822, as RSS uses: "Sat, 07 Jun 2003 14:05:00 GMT".
const RFC822 = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([A-Za-z]{1,5}|[+-]\d{4})?)?$/;
// "June 7, 2003" and "7 June 2003".
const WRITTEN_MDY = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/;
const WRITTEN_DMY = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/;

function month(name: string): number | undefined {
  return MONTHS[name.toLowerCase().slice(0, 3)];
}

/**
 * Parses a publication date as inputs write it: ISO 8601 (date or timestamp), PETRARCH's
 * YYYYMMDD, RFC 822 as in RSS, or "June 7, 2003". The day is the one written, never shifted to UTC:
 * a story stamped 23:30 in New York belongs to that New York day.
 * @example parsePublicationDate('Sat, 07 Jun 2003 23:30:00 -0500') // → { date: '2003-06-07', published: … }
 */
export function parsePublicationDate(raw: string): PublicationDate | null {
  const s = raw.trim();
  let m = ISO.exec(s);
  if (m) {
    const date = calendarDate(+m[1]!, +m[2]!, +m[3]!);
    if (!date) return null;
    return { date, published: m[4] === undefined ? null : s.replace(' ', 'T') };
  }
  m = COMPACT.exec(s);
  if (m) {
    const date = calendarDate(+m[1]!, +m[2]!, +m[3]!);
    return date ? { date, published: null } : null;
  }
  m = RFC822.exec(s);
  if (m) {
    const mon = month(m[2]!);
    let year = +m[3]!;
    if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
    const date = mon === undefined ? null : calendarDate(year, mon, +m[1]!);
    if (!date) return null;
    if (m[4] === undefined) return { date, published: null };
    return { date, published: `${date}T${pad(+m[4])}:${m[5]}:${m[6] ?? '00'}${isoZone(m[7])}` };
  }
  m = WRITTEN_MDY.exec(s);
  if (m) {
    const mon = month(m[1]!);
    const date = mon === undefined ? null : calendarDate(+m[3]!, mon, +m[2]!);
    return date ? { date, published: null } : null;
  }
  m = WRITTEN_DMY.exec(s);
  if (m) {
    const mon = month(m[2]!);
    const date = mon === undefined ? null : calendarDate(+m[3]!, mon, +m[1]!);
    return date ? { date, published: null } : null;
  }
  return null;
}

// RFC 822 zone names; unknown military letters are left as UTC.
const ZONES: Record<string, string> = {
  UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00',
};

function isoZone(zone: string | undefined): string {
  if (zone === undefined) return '';
  if (/^[+-]\d{4}$/.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return ZONES[zone.toUpperCase()] ?? 'Z';
}
