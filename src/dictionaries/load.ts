import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFormat } from './formats.js';
import { mergeDictionaries, type Dictionary } from './model.js';
import type { DictionaryIssue } from './types.js';

/** The folder of Chronicle's default dictionaries, shipped with the package. */
export const DEFAULT_DICTIONARY_DIR = fileURLToPath(new URL('../../dictionaries/default/', import.meta.url));

/** Parses dictionary texts, each in the format detected for it, into one dictionary. */
export function loadDictionaryTexts(sources: readonly { file: string; text: string }[]): { dictionary: Dictionary; issues: DictionaryIssue[] } {
  const parts: Dictionary[] = [];
  const issues: DictionaryIssue[] = [];
  for (const { file, text } of sources) {
    const format = detectFormat(file, text);
    if (!format) {
      issues.push({ file, line: 0, reason: 'is not a dictionary in any format Chronicle reads (Chronicle, TABARI or PETRARCH)' });
      continue;
    }
    const loaded = format.load(text, file);
    parts.push(loaded.dictionary);
    issues.push(...loaded.issues);
  }
  return { dictionary: mergeDictionaries(parts), issues };
}

/** Reads dictionary files (the I/O edge) and loads them; an unreadable file is an issue, not a crash. */
export async function loadDictionaryFiles(paths: readonly string[]): Promise<{ dictionary: Dictionary; issues: DictionaryIssue[] }> {
  const sources: { file: string; text: string }[] = [];
  const issues: DictionaryIssue[] = [];
  for (const path of paths) {
    // Rules in event records name their dictionary line; a path relative to the working folder reads best.
    const near = relative(process.cwd(), path);
    const file = near === '' || near.startsWith('..') ? path : near;
    try {
      sources.push({ file, text: await readFile(path, 'utf8') });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      issues.push({ file, line: 0, reason: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'error'})` });
    }
  }
  const loaded = loadDictionaryTexts(sources);
  return { dictionary: loaded.dictionary, issues: [...issues, ...loaded.issues] };
}

/** The default dictionary files, in name order. */
export async function defaultDictionaryPaths(dir = DEFAULT_DICTIONARY_DIR): Promise<string[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  return names.map((n) => join(dir, n));
}
