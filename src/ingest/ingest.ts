import { extname } from 'node:path';
import type { Doc, InputKind } from '../doc/index.js';
import { decodeText } from './decode.js';
import { detectKind } from './detect.js';
import type { IngestIssue } from './issues.js';
import { readers } from './readers/index.js';
import { expandInputs, fetchUrl, kindFromContentType, readLineBlocks, readStdin, readWhole, type Source } from './sources.js';
import type { ReadContext, ReadResult } from './types.js';

export interface IngestOptions {
  /** Publication date (YYYY-MM-DD) for documents whose input gives none. */
  readonly defaultDate?: string | null;
  /** Largest file, download or JSONL line read, in bytes. Default 64 MiB. */
  readonly maxBytes?: number;
  /** Allow http(s) URLs among the inputs. Off by default: reading never touches the network unless asked. */
  readonly fetch?: boolean;
  /** Timeout for one download, in milliseconds. Default 20 s. */
  readonly fetchTimeoutMs?: number;
  /** Where "-" reads from. Default: process.stdin. */
  readonly stdin?: AsyncIterable<Buffer | string>;
}

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/**
 * What ingest reports as it goes, in order: the plan (once the inputs are expanded), then each
 * document, each rejected input or item, each skipped file, and byte progress.
 */
export type IngestEvent =
  | { type: 'plan'; files: number; bytes: number }
  | { type: 'doc'; doc: Doc }
  | { type: 'issue'; issue: IngestIssue }
  | { type: 'skip'; file: string; reason: string }
  | { type: 'progress'; bytes: number };

const LINE_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/**
 * Reads every input the user named (files, directories, URLs with `fetch`, "-" for stdin) into
 * documents. Bad inputs become `issue` events and the run goes on with the rest.
 * @example for await (const event of ingest(['examples/'])) if (event.type === 'doc') …
 */
export async function* ingest(inputs: readonly string[], options: IngestOptions = {}): AsyncGenerator<IngestEvent> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const defaultDate = options.defaultDate ?? null;
  const sources: Source[] = [];
  const early: IngestEvent[] = [];
  for await (const item of expandInputs(inputs)) {
    if (item.type === 'source') sources.push(item.source);
    else if (item.type === 'issue') early.push({ type: 'issue', issue: item.issue });
    else early.push({ type: 'skip', file: item.file, reason: item.reason });
  }
  const total = sources.reduce((n, s) => n + (s.type === 'file' ? s.size : 0), 0);
  yield { type: 'plan', files: sources.length, bytes: total };
  yield* early;

  let done = 0;
  for (const source of sources) {
    if (source.type === 'file' && LINE_EXTENSIONS.has(extname(source.path).toLowerCase()) && source.size > 0) {
      const ctx = { file: source.path, defaultDate };
      for await (const block of readLineBlocks(source.path, maxBytes)) {
        if (block.type === 'issue') {
          yield { type: 'issue', issue: block.issue };
          continue;
        }
        yield* toEvents(readDecoded(block.bytes, 'jsonl', { ...ctx, lineOffset: block.lineOffset }));
        yield { type: 'progress', bytes: done + block.bytesRead };
      }
      done += source.size;
      continue;
    }
    const loaded = await load(source, { ...options, maxBytes });
    const file = 'issue' in loaded ? loaded.issue.file : loaded.file;
    if ('issue' in loaded) yield { type: 'issue', issue: loaded.issue };
    else yield* toEvents(readDecoded(loaded.bytes, loaded.kind, { file, defaultDate }));
    if (source.type === 'file') done += source.size;
    yield { type: 'progress', bytes: done };
  }
}

function* toEvents(results: Iterable<ReadResult>): Generator<IngestEvent> {
  for (const r of results) yield r.ok ? { type: 'doc', doc: r.doc } : { type: 'issue', issue: r.issue };
}

type Loaded = { bytes: Buffer; file: string; kind: InputKind | null } | { issue: IngestIssue };

async function load(source: Source, options: IngestOptions & { maxBytes: number }): Promise<Loaded> {
  switch (source.type) {
    case 'file': {
      const r = await readWhole(source.path, options.maxBytes);
      return 'issue' in r ? r : { bytes: r.bytes, file: source.path, kind: null };
    }
    case 'stdin': {
      const r = await readStdin(options.stdin ?? process.stdin, options.maxBytes);
      return 'issue' in r ? r : { bytes: r.bytes, file: 'stdin', kind: null };
    }
    case 'url': {
      if (!options.fetch) return { issue: { code: 'url_needs_fetch', file: source.url } };
      const r = await fetchUrl(source.url, { timeoutMs: options.fetchTimeoutMs ?? 20_000, maxBytes: options.maxBytes });
      return 'issue' in r ? r : { bytes: r.bytes, file: source.url, kind: kindFromContentType(r.contentType) };
    }
  }
}

/**
 * Decodes bytes and hands them to the reader for their kind. The kind comes from the caller when
 * it knows it (a Content-Type), else from the file name and content.
 */
export function* readDecoded(bytes: Uint8Array, kind: InputKind | null, ctx: ReadContext): Generator<ReadResult> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield { ok: false, issue: { code: decoded.reason, file: ctx.file } };
    return;
  }
  if (decoded.text.trim() === '') {
    yield { ok: false, issue: { code: 'empty', file: ctx.file } };
    return;
  }
  const reader = readers[kind ?? detectKind(ctx.file, decoded.text)];
  yield* reader.read(decoded.text, ctx);
}
