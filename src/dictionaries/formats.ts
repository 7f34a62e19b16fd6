import { loadChronicle } from './compile.js';
import { loadKedsActors, loadKedsAgents, loadKedsDiscards, loadKedsVerbs, loadTabariOptions } from './keds.js';
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

const base = (file: string) => file.split(/[\\/]/).pop()!.toLowerCase();

/** TABARI and PETRARCH verb dictionaries: `--- VERB [code] ---` blocks or `VERB [code]` lines with `- … [code]` patterns. */
export const kedsVerbsFormat: DictionaryFormat = {
  name: 'tabari/petrarch verbs',
  detect: (file, head) => /\.verbs$|verb/i.test(base(file)) || /^---\s*\S.*\[[^\]]*\]\s*---/m.test(head) || /^-\s.*\*.*\[\d{2,4}\]/m.test(head),
  load: loadKedsVerbs,
};

/** TABARI and PETRARCH agent dictionaries: `NOUN [~SECTOR]`. */
export const kedsAgentsFormat: DictionaryFormat = {
  name: 'tabari/petrarch agents',
  detect: (file, head) => /\.agents$|agent/i.test(base(file)) || /\[~[A-Z]{3}/.test(head),
  load: loadKedsAgents,
};

/** TABARI and PETRARCH discard lists: a phrase a line. */
export const kedsDiscardsFormat: DictionaryFormat = {
  name: 'tabari/petrarch discards',
  detect: (file) => /discard/i.test(base(file)),
  load: loadKedsDiscards,
};

/** TABARI `.options`: program settings; DEFAULT and MINIMUM WORDS are kept, the rest read and ignored. */
export const tabariOptionsFormat: DictionaryFormat = {
  name: 'tabari options',
  detect: (file) => /\.options$/i.test(base(file)),
  load: loadTabariOptions,
};

/** TABARI and PETRARCH actor dictionaries: `NAME [CODE]`, `+ALIAS`, dated code blocks. */
export const kedsActorsFormat: DictionaryFormat = {
  name: 'tabari/petrarch actors',
  detect: (file, head) => /\.actors$|actor/i.test(base(file)) || /^[A-Z][A-Z0-9_.' -]*\s*\[[A-Z-]{3,}[^\]]*\]/m.test(head),
  load: loadKedsActors,
};

/** The formats, most specific first. */
export const FORMATS: DictionaryFormat[] = [chronicleFormat, tabariOptionsFormat, kedsDiscardsFormat, kedsAgentsFormat, kedsVerbsFormat, kedsActorsFormat];

export function detectFormat(file: string, text: string): DictionaryFormat | null {
  const head = text.slice(0, 20_000);
  return FORMATS.find((f) => f.detect(file, head)) ?? null;
}
