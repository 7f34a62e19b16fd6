export { parseChronicle } from './chronicle.js';
export { compileEntries, loadChronicle, parsePattern, parseDatedValue } from './compile.js';
export { loadDictionaryFiles, loadDictionaryTexts, defaultDictionaryPaths, DEFAULT_DICTIONARY_DIR } from './load.js';
export { FORMATS, detectFormat } from './formats.js';
export type { DictionaryFormat } from './formats.js';
export { mergeDictionaries, codeOn, EMPTY_DICTIONARY } from './model.js';
export type { Dictionary, ActorEntry, ActorType, AgentEntry, VerbEntry, VerbPattern, PatternElement, DatedCode } from './model.js';
export type { Entry, EntryKind, DictionaryIssue } from './types.js';
export { formatDictionaryIssue } from './types.js';
