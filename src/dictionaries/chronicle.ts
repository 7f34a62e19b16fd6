import type { DictionaryIssue, Entry, EntryKind } from './types.js';

const KINDS = new Set<EntryKind>(['country', 'region', 'org', 'person', 'agent', 'verb', 'discard', 'issue']);
const HEADER = /^\[([a-z]+)\]\s+(.+?)\s*$/;
const FIELD = /^([a-z][a-z0-9_]*):\s*(.*?)\s*$/;

/**
 * Parses Chronicle's own dictionary format (dictionaries/FORMAT.md): `[kind] Name` headers, then
 * `key: value` lines; `;` separates list items. Bad lines become issues; the rest is kept.
 */
export function parseChronicle(text: string, file: string): { entries: Entry[]; issues: DictionaryIssue[] } {
  const entries: Entry[] = [];
  const issues: DictionaryIssue[] = [];
  let current: { kind: EntryKind; name: string; line: number; fields: Map<string, string[]> } | null = null;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = HEADER.exec(line);
    if (header) {
      const kind = header[1] as EntryKind;
      if (!KINDS.has(kind)) {
        issues.push({ file, line: n + 1, reason: `unknown entry kind "[${header[1]}]"` });
        current = null;
        continue;
      }
      current = { kind, name: header[2]!, line: n + 1, fields: new Map() };
      entries.push(current);
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) {
      issues.push({ file, line: n + 1, reason: `expected "[kind] Name" or "key: value", got "${line.slice(0, 40)}"` });
      continue;
    }
    if (!current) {
      issues.push({ file, line: n + 1, reason: `field "${field[1]}" before any "[kind] Name" header` });
      continue;
    }
    const values = field[2]!.split(';').map((v) => v.trim()).filter((v) => v !== '');
    const existing = current.fields.get(field[1]!);
    if (existing) existing.push(...values);
    else current.fields.set(field[1]!, values);
  }
  return { entries, issues };
}
