import { loadChronicle } from './compile.js';
import type { Dictionary } from './model.js';
import type { DictionaryIssue } from './types.js';

/** One loader per dictionary format, picked by `detectFormat`. Loaders take text, so tests pass strings. */
export interface DictionaryFormat {
  readonly name: string;
  /** True when this format can read the file, judged from its name and first lines. */
  detect(file: string, head: string): boolean;
  load(text: string, file: string): { dictionary: Dictionary; issues: DictionaryIssue[] };
}

export const chronicleFormat: DictionaryFormat = {
  name: 'chronicle',
  detect: (_file, head) => /^\s*\[(country|region|org|person|agent|verb|discard|issue)\]\s/m.test(head),
  load: loadChronicle,
};

/** The formats, most specific first. */
export const FORMATS: DictionaryFormat[] = [chronicleFormat];

export function detectFormat(file: string, text: string): DictionaryFormat | null {
  const head = text.slice(0, 20_000);
  return FORMATS.find((f) => f.detect(file, head)) ?? null;
}
