import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { InputKind } from '../doc/index.js';
import { isKnownExtension } from './detect.js';
import type { IngestIssue } from './issues.js';

/** One thing to read, after expanding what the user named. */
export type Source =
  | { type: 'file'; path: string; size: number }
  | { type: 'url'; url: string }
  | { type: 'stdin' };

export type Expanded =
  | { type: 'source'; source: Source }
  | { type: 'issue'; issue: IngestIssue }
  | { type: 'skip'; file: string; reason: string };

const URL_PATTERN = /^https?:\/\//i;

function errorCode(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
}

function unreadable(file: string, err: unknown): IngestIssue {
  const code = errorCode(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'not_found', file };
  const reason = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code;
  return { code: 'unreadable', file, reason };
}

/**
 * Expands the user's inputs into sources: files as given, directories walked recursively (in name
 * order, hidden entries skipped, files of unknown type reported as skipped), URLs, and "-" for stdin.
 */
export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<Expanded> {
  for (const input of inputs) {
    if (input === '-') yield { type: 'source', source: { type: 'stdin' } };
    else if (URL_PATTERN.test(input)) yield { type: 'source', source: { type: 'url', url: input } };
    else yield* expandPath(input, true);
  }
}

async function* expandPath(path: string, named: boolean): AsyncGenerator<Expanded> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { type: 'issue', issue: unreadable(path, err) };
    return;
  }
  if (info.isDirectory()) {
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (err) {
      yield { type: 'issue', issue: unreadable(path, err) };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const child = join(path, entry.name);
      // Symlinked directories are not followed, so a link cycle cannot loop the walk.
      if (entry.isDirectory()) yield* expandPath(child, false);
      else if (entry.isFile() || entry.isSymbolicLink()) {
        if (isKnownExtension(entry.name)) yield* expandPath(child, false);
        else yield { type: 'skip', file: child, reason: `unknown file type "${extname(entry.name) || entry.name}"` };
      }
    }
    return;
  }
  if (!info.isFile()) {
    if (named) yield { type: 'issue', issue: { code: 'unreadable', file: path, reason: 'not a regular file' } };
    return;
  }
  yield { type: 'source', source: { type: 'file', path, size: info.size } };
}

/** Reads a whole file, refusing it when it is larger than `maxBytes`. */
export async function readWhole(path: string, maxBytes: number): Promise<{ bytes: Buffer } | { issue: IngestIssue }> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return { issue: { code: 'too_large', file: path, size: info.size, limit: maxBytes } };
    return { bytes: await readFile(path) };
  } catch (err) {
    return { issue: unreadable(path, err) };
  }
}

/** A block of whole lines from a line-oriented file, with the number of lines before it. */
export type LineBlock =
  | { type: 'block'; bytes: Buffer; lineOffset: number; bytesRead: number }
  | { type: 'issue'; issue: IngestIssue };

/**
 * Streams a line-oriented file in blocks of whole lines, so a JSONL file of any size is read in
 * constant memory. A single line longer than `maxBytes` is refused on its own and the rest read on.
 */
export async function* readLineBlocks(path: string, maxBytes: number, blockBytes = 1 << 20): AsyncGenerator<LineBlock> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineOffset = 0;
  let bytesRead = 0;
  // While > 0: inside an over-long line, counting its bytes until its newline.
  let skipping = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: blockBytes }) as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      let data = chunk;
      if (skipping > 0) {
        const nl = data.indexOf(0x0a);
        if (nl < 0) {
          skipping += data.length;
          continue;
        }
        lineOffset++;
        yield { type: 'issue', issue: { code: 'too_large', file: path, item: lineOffset, size: skipping + nl, limit: maxBytes } };
        skipping = 0;
        data = data.subarray(nl + 1);
      }
      const lastNl = data.lastIndexOf(0x0a);
      if (lastNl < 0) {
        pending.push(data);
        pendingBytes += data.length;
        if (pendingBytes > maxBytes) {
          skipping = pendingBytes;
          pending = [];
          pendingBytes = 0;
        }
        continue;
      }
      const block = Buffer.concat([...pending, data.subarray(0, lastNl + 1)]);
      const rest = data.subarray(lastNl + 1);
      pending = rest.length > 0 ? [rest] : [];
      pendingBytes = rest.length;
      yield* splitOversized(block, path, maxBytes, lineOffset, bytesRead - rest.length);
      lineOffset += countNewlines(block);
    }
  } catch (err) {
    yield { type: 'issue', issue: unreadable(path, err) };
    return;
  }
  if (skipping > 0) {
    yield { type: 'issue', issue: { code: 'too_large', file: path, item: lineOffset + 1, size: skipping, limit: maxBytes } };
  } else if (pendingBytes > 0) {
    yield { type: 'block', bytes: Buffer.concat(pending), lineOffset, bytesRead };
  }
}

function countNewlines(buf: Buffer): number {
  let n = 0;
  for (let i = buf.indexOf(0x0a); i >= 0; i = buf.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** Yields a block as is, unless one of its lines is over the limit: then that line becomes an issue. */
function* splitOversized(block: Buffer, path: string, maxBytes: number, lineOffset: number, bytesRead: number): Generator<LineBlock> {
  if (block.length <= maxBytes) {
    yield { type: 'block', bytes: block, lineOffset, bytesRead };
    return;
  }
  let start = 0;
  let line = lineOffset;
  let blockStart = 0;
  let blockLine = lineOffset;
  while (start < block.length) {
    let end = block.indexOf(0x0a, start);
    if (end < 0) end = block.length;
    if (end - start > maxBytes) {
      if (start > blockStart) yield { type: 'block', bytes: block.subarray(blockStart, start), lineOffset: blockLine, bytesRead };
      yield { type: 'issue', issue: { code: 'too_large', file: path, item: line + 1, size: end - start, limit: maxBytes } };
      blockStart = end + 1;
      blockLine = line + 1;
    }
    line++;
    start = end + 1;
  }
  if (blockStart < block.length) yield { type: 'block', bytes: block.subarray(blockStart), lineOffset: blockLine, bytesRead };
}

/** The kind a Content-Type header names, if it names one. */
export function kindFromContentType(contentType: string | null): InputKind | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (/^application\/(rss|atom|rdf)\+xml$/.test(type)) return 'feed';
  if (type === 'application/x-ndjson' || type === 'application/jsonl' || type === 'application/json') return 'jsonl';
  if (type === 'text/plain') return 'text';
  return null;
}

/**
 * Downloads a URL with a timeout and a size cap. Only called when the user passed --fetch.
 */
export async function fetchUrl(
  url: string,
  options: { timeoutMs: number; maxBytes: number },
): Promise<{ bytes: Buffer; contentType: string | null } | { issue: IngestIssue }> {
  const fail = (reason: string) => ({ issue: { code: 'fetch_failed' as const, file: url, reason } });
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'follow',
      headers: { 'user-agent': 'chronicle (news event coder)', accept: 'text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5' },
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return fail(`no answer within ${options.timeoutMs / 1000} s`);
    return fail(e.cause?.code ?? e.cause?.message ?? e.message);
  }
  if (!response.ok) {
    await response.body?.cancel();
    return fail(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    return { issue: { code: 'too_large', file: url, size: declared, limit: options.maxBytes } };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.length;
      // Returning from the loop cancels the body stream.
      if (size > options.maxBytes) {
        return { issue: { code: 'too_large', file: url, size, limit: options.maxBytes } };
      }
      chunks.push(chunk);
    }
  } catch (err) {
    const e = err as Error;
    if (e.name === 'TimeoutError' || e.name === 'AbortError') return fail(`no answer within ${options.timeoutMs / 1000} s`);
    return fail(e.message);
  }
  return { bytes: Buffer.concat(chunks), contentType: response.headers.get('content-type') };
}

/** Reads all of stdin, up to `maxBytes`. */
export async function readStdin(
  stream: AsyncIterable<Buffer | string>,
  maxBytes: number,
): Promise<{ bytes: Buffer } | { issue: IngestIssue }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) return { issue: { code: 'too_large', file: 'stdin', size, limit: maxBytes } };
    chunks.push(buf);
  }
  return { bytes: Buffer.concat(chunks) };
}
