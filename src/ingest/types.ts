import type { Doc, InputKind } from '../doc/index.js';
import type { IngestIssue } from './issues.js';

/** What a reader gives for each document or item it meets: the document, or why it was refused. */
export type ReadResult = { ok: true; doc: Doc } | { ok: false; issue: IngestIssue };

/** Settings every reader shares. */
export interface ReadContext {
  /** The file name used in documents' origin and in issues. */
  readonly file: string;
  /** Publication date (YYYY-MM-DD) for documents whose input gives none. */
  readonly defaultDate: string | null;
  /** For JSONL read in blocks: the line number of the block's first line, minus one. */
  readonly lineOffset?: number;
}

/** One reader per input kind; readers take decoded text so tests can pass strings in. */
export interface Reader {
  readonly kind: InputKind;
  read(text: string, ctx: ReadContext): Iterable<ReadResult>;
}
