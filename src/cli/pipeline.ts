import type { Doc } from '../doc/index.js';
import { formatDictionaryIssue } from '../dictionaries/index.js';
import { DictionaryFileError, loadAnalyzer, loadCoder } from '../pipeline.js';
import type { CliIo } from './io.js';

/** A mistake the user can fix on the command line (a missing --dict file): exit code 2. */
export class SetupError extends Error {}

/** The language stage, and the coder after it when `code` is set; dictionary problems go to stderr. */
export async function buildPipeline(options: {
  dicts: readonly string[]; defaults: boolean; code: boolean; futureIsIntent: boolean; requireTarget: boolean; engine: 'chronicle' | 'tabari'; targetModel?: boolean; io: CliIo;
}): Promise<(doc: Doc) => Doc> {
  const load = { dictionaries: options.dicts, defaults: options.defaults, futureIsIntent: options.futureIsIntent, requireTarget: options.requireTarget, engine: options.engine, targetModel: options.targetModel, onIssue: (i: Parameters<typeof formatDictionaryIssue>[0]) => void options.io.stderr.write(`warning: ${formatDictionaryIssue(i)}\n`) };
  try {
    return options.code ? await loadCoder(load) : await loadAnalyzer(load);
  } catch (err) {
    if (err instanceof DictionaryFileError) throw new SetupError(err.message);
    throw err;
  }
}
