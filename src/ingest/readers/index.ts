import type { InputKind } from '../../doc/index.js';
import type { Reader } from '../types.js';
import { feedReader } from './feed.js';
import { htmlReader } from './html.js';
import { jsonlReader } from './jsonl.js';
import { petrarchReader } from './petrarch.js';
import { textReader } from './text.js';

/** One reader per input kind. */
export const readers: Record<InputKind, Reader> = {
  text: textReader,
  html: htmlReader,
  jsonl: jsonlReader,
  feed: feedReader,
  petrarch: petrarchReader,
};

export { feedReader, htmlReader, jsonlReader, petrarchReader, textReader };
