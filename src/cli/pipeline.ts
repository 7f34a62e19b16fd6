import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Doc } from '../doc/index.js';
import { defaultDictionaryPaths, formatDictionaryIssue, loadDictionaryFiles, mergeDictionaries, type Dictionary } from '../dictionaries/index.js';
import { createCoderStage, parseCodebook, type Codebook } from '../events/index.js';
import { buildGazetteer, createLanguageStage } from '../language/index.js';
import type { CliIo } from './io.js';

export const CODEBOOK_PATH = fileURLToPath(new URL('../../dictionaries/cameo.tsv', import.meta.url));

/** A mistake the user can fix on the command line (a missing --dict file): exit code 2. */
export class SetupError extends Error {}

/** Loads the dictionaries the user asked for; bad lines are warnings, unreadable files are errors. */
export async function loadDictionaries(extra: readonly string[], useDefaults: boolean, io: CliIo): Promise<Dictionary> {
  const parts: Dictionary[] = [];
  if (extra.length > 0) {
    const { dictionary, issues } = await loadDictionaryFiles(extra);
    const fatal = issues.filter((i) => i.line === 0);
    if (fatal.length > 0) throw new SetupError(fatal.map(formatDictionaryIssue).join('\n'));
    for (const issue of issues) io.stderr.write(`warning: ${formatDictionaryIssue(issue)}\n`);
    parts.push(dictionary);
  }
  if (useDefaults) {
    const { dictionary, issues } = await loadDictionaryFiles(await defaultDictionaryPaths());
    for (const issue of issues) io.stderr.write(`warning: ${formatDictionaryIssue(issue)}\n`);
    parts.push(dictionary);
  }
  return mergeDictionaries(parts);
}

export async function loadCodebook(): Promise<Codebook> {
  return parseCodebook(await readFile(CODEBOOK_PATH, 'utf8')).codebook;
}

/** The language stage, and the coder after it when `code` is set, as one function over documents. */
export async function buildPipeline(options: { dicts: readonly string[]; defaults: boolean; code: boolean; io: CliIo }): Promise<(doc: Doc) => Doc> {
  const dictionary = await loadDictionaries(options.dicts, options.defaults, options.io);
  const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors) });
  if (!options.code) return (doc) => language.run(doc);
  const coder = createCoderStage({ dictionary, codebook: await loadCodebook() });
  return (doc) => coder.run(language.run(doc));
}
