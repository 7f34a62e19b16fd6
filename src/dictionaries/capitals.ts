import type { ActorEntry, DatedCode } from './model.js';

/**
 * Capitals as actors: "Washington said" is the US government. A capital may carry a date range
 * (`capital: Juba 2011-07-09..`, `capital_aliases: Rangoon ..2005-11-05`): within it the city
 * names the government of its country (the country's code on that day, plus GOV); outside every
 * range it is a city of its country, coded as the country alone. A city that was the capital of
 * several entries in turn (Belgrade: Yugoslavia, Serbia and Montenegro, Serbia; Juba: Sudan's
 * southern region, then South Sudan) is one actor whose code follows the date.
 */

/** One entry's capital names that share a date range (null ends: open). */
export interface CapitalGroup {
  readonly names: readonly string[];
  /** Whether the names carry a range; an undated capital is its country's at every date. */
  readonly dated: boolean;
  readonly from: string | null;
  readonly to: string | null;
  /** The entry's own codes (a country's code may itself be dated: YUG, then FRY). */
  readonly countryCodes: readonly DatedCode[];
  /** Where the entry put its capitals among the file's actors: the actor takes its first group's place. */
  readonly slot: number;
}

function shift(day: string, by: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + by);
  return d.toISOString().slice(0, 10);
}

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);

/** The codes of `country` over [from, to], each with `suffix` ("GOV", or "" for the country alone). */
function codesOver(country: readonly DatedCode[], from: string | null, to: string | null, suffix: string): DatedCode[] {
  const out: DatedCode[] = [];
  for (const c of country) {
    const f = later(from, c.from);
    const t = earlier(to, c.to);
    if (f !== null && t !== null && f > t) continue;
    out.push({ code: `${c.code}${suffix}`, from: f, to: t });
  }
  return out;
}

/** The country code in force on `day`, or the nearest one (as `codeOn` takes it). */
function countryOn(country: readonly DatedCode[], day: string | null): DatedCode {
  if (day !== null) {
    const holds = country.find((c) => (c.from === null || c.from <= day) && (c.to === null || day <= c.to));
    if (holds) return holds;
    const before = country.filter((c) => c.to !== null && c.to < day);
    if (before.length > 0) return before[before.length - 1]!;
  }
  return country[0]!;
}

/**
 * The capital actors of a file's groups: groups that share a name are one actor. Its codes are
 * the government's over each dated range, the country's alone over the days between and around
 * them, ordered in time so that the last is today's; an undated group keeps the undated code.
 */
export function capitalActors(groups: readonly CapitalGroup[]): { slot: number; actor: ActorEntry }[] {
  const clusters: CapitalGroup[][] = [];
  const byName = new Map<string, CapitalGroup[]>();
  const key = (n: string) => n.toLowerCase();
  for (const group of groups) {
    let cluster = group.names.map((n) => byName.get(key(n))).find((c) => c !== undefined);
    if (!cluster) {
      cluster = [];
      clusters.push(cluster);
    }
    cluster.push(group);
    for (const n of group.names) if (!byName.has(key(n))) byName.set(key(n), cluster);
  }
  return clusters.map((cluster) => {
    const government: DatedCode[] = [];
    for (const g of cluster) government.push(...codesOver(g.countryCodes, g.dated ? g.from : null, g.dated ? g.to : null, 'GOV'));
    const codes = [...government];
    // Outside every dated range the city is a city of its country: fill the days before, between and after.
    if (cluster.every((g) => g.dated)) {
      const spans = cluster.map((g) => ({ from: g.from, to: g.to, g })).sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
      const first = spans[0]!;
      if (first.from !== null) codes.push(...codesOver([countryOn(first.g.countryCodes, first.from)], null, shift(first.from, -1), ''));
      let reach: { to: string | null; g: CapitalGroup } = first;
      for (const s of spans.slice(1)) {
        if (reach.to === null) break;
        if (s.from !== null && s.from > shift(reach.to, 1)) {
          const gapFrom = shift(reach.to, 1);
          codes.push(...codesOver([countryOn(reach.g.countryCodes, gapFrom)], gapFrom, shift(s.from, -1), ''));
        }
        if (s.to === null || s.to > reach.to) reach = s;
      }
      if (reach.to !== null) {
        const after = shift(reach.to, 1);
        codes.push(...codesOver([countryOn(reach.g.countryCodes, after)], after, null, ''));
      }
    }
    // In time order, undated first: with no date the last code listed is today's.
    codes.sort((a, b) => (a.from === null && a.to === null ? -1 : b.from === null && b.to === null ? 1 : (a.from ?? '').localeCompare(b.from ?? '')));
    // The name and country are today's: those of the group whose range reaches furthest.
    const current = cluster.reduce((best, g) => (!g.dated || (best.dated && (g.to === null || (best.to !== null && g.to > best.to))) ? g : best));
    const names = [...new Set([...current.names, ...cluster.flatMap((g) => g.names)])];
    const actor: ActorEntry = { name: names[0]!, names, type: 'capital', codes, country: countryOn(current.countryCodes, current.to).code, roles: [], surnames: null };
    return { slot: cluster[0]!.slot, actor };
  });
}
