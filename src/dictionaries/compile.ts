import type { ActorEntry, AgentEntry, DatedCode, Dictionary, PatternElement, VerbEntry, VerbPattern } from './model.js';
import { capitalActors, type CapitalGroup } from './capitals.js';
import { parseChronicle } from './chronicle.js';
import type { DictionaryIssue, Entry } from './types.js';

const CODE = /^[A-Z0-9-]{3,}$/;
const EVENT_CODE = /^\d{2,4}$/;

function lastDay(year: number, month: number): string {
  return String(new Date(Date.UTC(year, month, 0)).getUTCDate()).padStart(2, '0');
}

/** "2003", "2003-06" or "2003-06-07" as the first (or last) day it covers. */
export function datePoint(value: string, end: boolean): string | null | undefined {
  const v = value.trim();
  if (v === '') return null;
  let m = /^(\d{4})$/.exec(v);
  if (m) return end ? `${m[1]}-12-31` : `${m[1]}-01-01`;
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return end ? `${m[1]}-${m[2]}-${lastDay(+m[1]!, +m[2]!)}` : `${m[1]}-${m[2]}-01`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return v;
  return undefined;
}

/** "PSEGOV 2003-03-19..2003-09-06" → a dated code; "IGOUNO" → an undated one. */
export function parseDatedValue(value: string): { value: string; from: string | null; to: string | null } | null {
  const m = /^(.+?)(?:\s+(\d{4}(?:-\d{2}){0,2})?\.\.(\d{4}(?:-\d{2}){0,2})?)?$/.exec(value.trim());
  if (!m) return null;
  const from = m[2] ? datePoint(m[2], false) : null;
  const to = m[3] ? datePoint(m[3], true) : null;
  if (from === undefined || to === undefined) return null;
  return { value: m[1]!.trim(), from, to };
}

/** Parses `CODE = ELEMENTS` (see dictionaries/FORMAT.md). */
export function parsePattern(text: string, origin: string): VerbPattern | string {
  // "---" codes nothing: the verb used so is no event ("fight the epidemic").
  const m = /^(\d{2,4}|---)\s*=\s*(.*)$/.exec(text.trim());
  if (!m) return `pattern "${text}" is not "CODE = words"`;
  const before: PatternElement[] = [];
  const after: PatternElement[] = [];
  const tokens = m[2]!.split(/\s+/).filter(Boolean);
  let list = tokens.includes('*') ? before : after;
  for (const token of tokens) {
    if (token === '*') list = after;
    else if (token === '+') list.push({ kind: 'target' });
    else if (token === '$') list.push({ kind: 'source' });
    else if (token === '^') list.push({ kind: 'skip' });
    // (Longer options first, so a word that opens a longer one does not take its place: "gas|gas_supplies to +"
    // must read "gas supplies to Ukraine" as the pair; the sort is stable, so the order is otherwise kept.)
    else list.push({ kind: 'words', options: token.toLowerCase().split('|').map((o) => o.split('_').filter(Boolean)).sort((a, b) => b.length - a.length) });
  }
  return { code: m[1]!, before, after, origin };
}

function list(entry: Entry, key: string): readonly string[] {
  return entry.fields.get(key) ?? [];
}

function split(name: string): string[] {
  return name.split(';').map((s) => s.trim()).filter(Boolean);
}

/**
 * A person's `bare_surname:` field: `no` (no word names the person alone: the derived surname
 * is a common word or another person's), or the words that do ("Marrero" for Manuel Marrero
 * Cruz, whose name ends in his mother's surname). Null when the field is absent: the language
 * layer derives the surname from the name.
 */
function bareSurnames(e: Entry, problem: (e: Entry, reason: string) => void): string[] | null {
  const values = e.fields.get('bare_surname');
  if (values === undefined) return null;
  if (e.kind !== 'person') {
    problem(e, '"bare_surname:" is for people only');
    return null;
  }
  if (values.length === 1 && values[0] === 'no') return [];
  const words = values.filter((v) => v !== 'no' && !/\s/.test(v));
  if (words.length !== values.length || words.length === 0) {
    problem(e, `bad bare_surname "${values.join('; ')}": write "no", or single words`);
    return null;
  }
  return words;
}

/** Turns parsed Chronicle-format entries into the dictionary model. */
export function compileEntries(entries: readonly Entry[], file: string): { dictionary: Dictionary; issues: DictionaryIssue[] } {
  const actors: ActorEntry[] = [];
  const agents: AgentEntry[] = [];
  const verbs: VerbEntry[] = [];
  const discards: string[] = [];
  const issueList: { phrase: string; context: string }[] = [];
  const issues: DictionaryIssue[] = [];
  const capitalGroups: CapitalGroup[] = [];
  const problem = (e: Entry, reason: string) => issues.push({ file, line: e.line, reason: `[${e.kind}] ${e.name}: ${reason}` });

  const datedCodes = (e: Entry): DatedCode[] => {
    const out: DatedCode[] = [];
    for (const raw of list(e, 'code')) {
      const parsed = parseDatedValue(raw);
      if (!parsed || !CODE.test(parsed.value)) problem(e, `bad code "${raw}"`);
      else out.push({ code: parsed.value, from: parsed.from, to: parsed.to });
    }
    return out;
  };

  for (const e of entries) {
    switch (e.kind) {
      case 'country':
      case 'region': {
        const codes = datedCodes(e);
        if (codes.length === 0) {
          problem(e, 'has no code');
          continue;
        }
        const code = codes[0]!.code;
        const country = e.kind === 'country' ? code : null;
        const regions = e.kind === 'country' ? list(e, 'region') : [];
        actors.push({ name: e.name, names: [e.name, ...list(e, 'aliases')], type: e.kind, codes, country, roles: [], surnames: null, ...(regions.length > 0 ? { regions } : {}) });
        const demonyms = list(e, 'demonyms');
        if (demonyms.length > 0) actors.push({ name: e.name, names: demonyms, type: 'group', codes, country, roles: [], surnames: null });
        // "Washington said": a capital stands for its government (see capitals.ts); names that
        // share a date range are one group, and the groups are made actors once the file is read.
        if (e.kind === 'country') {
          const groups = new Map<string, { names: string[]; dated: boolean; from: string | null; to: string | null }>();
          for (const raw of [...list(e, 'capital'), ...list(e, 'capital_aliases')]) {
            const parsed = parseDatedValue(raw);
            if (!parsed || parsed.value === '') {
              problem(e, `bad capital "${raw}"`);
              continue;
            }
            const dated = /\s(?:\d{4}(?:-\d{2}){0,2})?\.\.(?:\d{4}(?:-\d{2}){0,2})?$/.test(raw);
            if (!dated && raw.includes('..')) {
              problem(e, `bad capital "${raw}"`);
              continue;
            }
            const range = dated ? `${parsed.from}..${parsed.to}` : '';
            const group = groups.get(range);
            if (group) group.names.push(parsed.value);
            else groups.set(range, { names: [parsed.value], dated, from: parsed.from, to: parsed.to });
          }
          for (const g of groups.values()) {
            capitalGroups.push({ ...g, countryCodes: codes, slot: actors.length });
            actors.push(null as unknown as ActorEntry);
          }
        }
        break;
      }
      case 'org':
      case 'person': {
        const codes = datedCodes(e);
        if (codes.length === 0) problem(e, 'has no code');
        const roles = list(e, 'role').flatMap((raw) => {
          const parsed = parseDatedValue(raw);
          return parsed ? [{ role: parsed.value, from: parsed.from, to: parsed.to }] : [];
        });
        const country = list(e, 'country')[0] ?? null;
        actors.push({ name: e.name, names: [e.name, ...list(e, 'aliases')], type: e.kind, codes, country, roles, surnames: bareSurnames(e, problem) });
        break;
      }
      case 'agent': {
        const code = list(e, 'code')[0];
        // `---` marks nouns that end like an agent but are none ("customs union").
        if (!code || !/^(?:[A-Z]{3,}|---)$/.test(code)) problem(e, 'needs a sector code such as COP, or ---');
        else agents.push({ nouns: split(e.name).map((n) => n.toLowerCase()), code });
        break;
      }
      case 'verb': {
        const origin = `${file}:${e.line}`;
        const code = list(e, 'code')[0] ?? null;
        if (code !== null && !EVENT_CODE.test(code)) {
          problem(e, `bad event code "${code}"`);
          continue;
        }
        const patterns: VerbPattern[] = [];
        for (const raw of list(e, 'pattern')) {
          const p = parsePattern(raw, origin);
          if (typeof p === 'string') problem(e, p);
          else patterns.push(p);
        }
        if (code === null && patterns.length === 0) problem(e, 'has neither a code nor a pattern');
        verbs.push({ lemmas: split(e.name).map((l) => l.toLowerCase()), code, patterns, origin });
        break;
      }
      case 'discard':
        discards.push(e.name.toLowerCase());
        break;
      case 'issue':
        issueList.push({ phrase: e.name.toLowerCase(), context: list(e, 'code')[0] ?? e.name.toLowerCase() });
        break;
    }
  }
  // Each capital actor takes the place of its first entry's capitals; places left empty (a city
  // another entry named first) go.
  for (const { slot, actor } of capitalActors(capitalGroups)) actors[slot] = actor;
  const placed = actors.filter((a) => a !== null);
  return { dictionary: { actors: placed, agents, verbs, discards, issues: issueList }, issues };
}

/** Chronicle's own format, from text to the dictionary model. */
export function loadChronicle(text: string, file: string): { dictionary: Dictionary; issues: DictionaryIssue[] } {
  const parsed = parseChronicle(text, file);
  const compiled = compileEntries(parsed.entries, file);
  return { dictionary: compiled.dictionary, issues: [...parsed.issues, ...compiled.issues] };
}
