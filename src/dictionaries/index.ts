export { parseChronicle } from './chronicle.js';
export { loadDictionaryFiles, defaultDictionaryPaths, DEFAULT_DICTIONARY_DIR } from './load.js';
export type { Entry, EntryKind, DictionaryIssue } from './types.js';
export { formatDictionaryIssue } from './types.js';
