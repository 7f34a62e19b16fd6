/** Chronicle's library API. */
export * from './doc/index.js';
export * from './ingest/index.js';
export * from './dictionaries/index.js';
export * from './language/index.js';
export * from './events/index.js';
export * from './places/index.js';
export { loadAnalyzer, loadCoder, loadDictionaries, loadCodebook, loadPlaces, loadTargetModel, TARGET_MODEL_PATH, DictionaryFileError } from './pipeline.js';
export type { LoadOptions } from './pipeline.js';
export { run } from './cli/program.js';
