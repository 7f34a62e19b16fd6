export { createCoderStage } from './coder.js';
export { createTabariCoderStage } from './tabari/index.js';
export type { TabariCoderOptions } from './tabari/index.js';
export type { CoderOptions } from './coder.js';
export { parseCodebook, lookupCode, quadOf } from './codebook.js';
export { splitCode } from './actors.js';
export { eventRecord, eventRow, TSV_COLUMNS } from './record.js';
export type { CodedEvent, EventActor, Codebook, CodeInfo, Plover } from './types.js';
