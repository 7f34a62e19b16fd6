import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseChronicle } from './chronicle.js';
import type { DictionaryIssue, Entry } from './types.js';

/** The folder of Chronicle's default dictionaries, shipped with the package. */
export const DEFAULT_DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/default/', import.meta.url));

/** Reads dictionary files (I/O edge) and parses them; an unreadable file is an issue, not a crash. */
export async function loadDictionaryFiles(paths: readonly string[]): Promise<{ entries: Entry[]; issues: DictionaryIssue[] }> {
  const entries: Entry[] = [];
  const issues: DictionaryIssue[] = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      issues.push({ file: path, line: 0, reason: `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    const parsed = parseChronicle(text, path);
    entries.push(...parsed.entries);
    issues.push(...parsed.issues);
  }
  return { entries, issues };
}

/** The default dictionary files, in name order. */
export async function defaultDictionaryPaths(dir = DEFAULT_DICTIONARY_DIR): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return names.map((n) => join(dir, n));
}
