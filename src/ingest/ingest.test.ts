import { rm, mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../doc/index.js';
import { formatIssue, ingest, type IngestEvent, type IngestIssue, type IngestOptions } from './index.js';

const STORY = 'Israeli troops killed two Hamas militants near the West Bank city of Tulkarem on Friday, the army said.';

async function collect(inputs: string[], options: IngestOptions = {}) {
  const docs: Doc[] = [];
  const issues: IngestIssue[] = [];
  const skips: string[] = [];
  const events: IngestEvent[] = [];
  for await (const event of ingest(inputs, options)) {
    events.push(event);
    if (event.type === 'doc') docs.push(event.doc);
    else if (event.type === 'issue') issues.push(event.issue);
    else if (event.type === 'skip') skips.push(event.file);
  }
  return { docs, issues, skips, events, messages: issues.map(formatIssue) };
}

let dir: string;
afterAll(() => rm(dir, { recursive: true, force: true }));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronicle-ingest-'));
  await mkdir(join(dir, 'corpus/nested/deeper'), { recursive: true });
  await writeFile(join(dir, 'corpus/a.txt'), `Date: 2003-06-07\n\n${STORY}`);
  await writeFile(join(dir, 'corpus/nested/b.jsonl'), `${JSON.stringify({ id: 'b1', text: STORY })}\n{broken\n${JSON.stringify({ id: 'b3', text: STORY })}\n`);
  await writeFile(join(dir, 'corpus/nested/deeper/c.rss'), `<rss version="2.0"><channel><title>T</title><item><guid>c1</guid><description>${STORY}</description></item></channel></rss>`);
  await writeFile(join(dir, 'corpus/notes.md'), '# not news');
  await writeFile(join(dir, 'corpus/.hidden.txt'), STORY);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), ' \n\n\t\n');
  await writeFile(join(dir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(join(dir, 'bad.rss'), 'this is not XML at all');
  await writeFile(join(dir, 'nav.html'), '<html><body><nav><a href="/">Home</a><a href="/w">World</a></nav></body></html>');
  await writeFile(join(dir, 'big.txt'), `${STORY}\n`.repeat(200));
  await writeFile(join(dir, 'cp1252.txt'), Buffer.concat([Buffer.from([0x93]), Buffer.from('We will not stop,'), Buffer.from([0x94]), Buffer.from(' he said.')]));
  await writeFile(join(dir, 'noext'), `${JSON.stringify({ text: STORY })}\n`);
  await writeFile(join(dir, 'long-lines.jsonl'), `${JSON.stringify({ id: 'short', text: STORY })}\n${JSON.stringify({ id: 'long', text: STORY.repeat(50) })}\n${JSON.stringify({ id: 'after', text: STORY })}\n`);
});

describe('ingest', () => {
  it('walks directories recursively in name order, skipping hidden and unknown files', async () => {
    const { docs, issues, skips } = await collect([join(dir, 'corpus')]);
    expect(docs.map((d) => d.id)).toEqual([docs[0]!.id, 'b1', 'b3', 'c1']);
    expect(docs[0]!.origin.file).toBe(join(dir, 'corpus/a.txt'));
    expect(issues.map((i) => [i.code, 'item' in i ? i.item : undefined])).toEqual([['invalid_json', 2]]);
    expect(skips).toEqual([join(dir, 'corpus/notes.md')]);
  });

  it.each([
    ['missing.txt', 'no such file or directory'],
    ['empty.txt', 'is empty'],
    ['blank.txt', 'is empty'],
    ['image.txt', 'looks like a binary file'],
    ['bad.rss', 'is not well-formed XML'],
    ['nav.html', 'has no article body'],
  ])('rejects %s with a one-line reason and goes on', async (name, reason) => {
    const { docs, messages } = await collect([join(dir, name), join(dir, 'corpus/a.txt')]);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.startsWith(`${join(dir, name)}: ${reason}`)).toBe(true);
    expect(messages[0]).not.toContain('\n');
    expect(docs).toHaveLength(1);
  });

  it('refuses a file over the size cap, which can be raised', async () => {
    const small = await collect([join(dir, 'big.txt')], { maxBytes: 1000 });
    expect(small.messages[0]).toMatch(/big\.txt: is 0\.0 MB, over the 0\.0 MB limit \(raise it with --max-size\)/);
    expect(small.docs).toHaveLength(0);
    const large = await collect([join(dir, 'big.txt')], { maxBytes: 1_000_000 });
    expect(large.docs).toHaveLength(1);
  });

  it('refuses only the over-long line of a JSONL file and reads the rest', async () => {
    const { docs, issues } = await collect([join(dir, 'long-lines.jsonl')], { maxBytes: 1000 });
    expect(docs.map((d) => d.id)).toEqual(['short', 'after']);
    expect(issues).toMatchObject([{ code: 'too_large', item: 2 }]);
  });

  it('streams a large JSONL file in blocks with the right line numbers', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => (i === 2222 ? '{oops' : JSON.stringify({ id: `n${i + 1}`, text: STORY })));
    const file = join(dir, 'many.jsonl');
    await writeFile(file, lines.join('\n'));
    const { docs, issues, events } = await collect([file]);
    expect(docs).toHaveLength(2999);
    expect(docs.at(-1)!.id).toBe('n3000');
    expect(issues).toMatchObject([{ code: 'invalid_json', item: 2223 }]);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
  });

  it('decodes Windows-1252 curly quotes', async () => {
    const { docs } = await collect([join(dir, 'cp1252.txt')]);
    expect(docs[0]!.text).toBe('“We will not stop,” he said.');
  });

  it('detects the kind of a file without an extension from its content', async () => {
    const { docs } = await collect([join(dir, 'noext')]);
    expect(docs[0]!.origin.kind).toBe('jsonl');
  });

  it('reads stdin for "-"', async () => {
    const { docs } = await collect(['-'], { stdin: Readable.from([Buffer.from(`<rss version="2.0"><channel><item><guid>s1</guid><description>${STORY}</description></item></channel></rss>`)]) });
    expect(docs.map((d) => [d.id, d.origin.file, d.origin.kind])).toEqual([['s1', 'stdin', 'feed']]);
  });

  it('plans before reading: file count and total bytes', async () => {
    const { events } = await collect([join(dir, 'corpus')]);
    expect(events[0]).toMatchObject({ type: 'plan', files: 3 });
  });
});

describe('ingest from URLs', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
        res.end(`<rss version="2.0"><channel><title>Local</title><item><guid>u1</guid><description>${STORY}</description></item></channel></rss>`);
      } else if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 2000);
      } else if (req.url === '/huge') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('x'.repeat(5000));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('refuses URLs unless fetching was asked for', async () => {
    const { messages } = await collect([`${base}/feed`]);
    expect(messages).toEqual([`${base}/feed: is a URL; pass --fetch to download it`]);
  });

  it('downloads and reads a feed when asked', async () => {
    const { docs } = await collect([`${base}/feed`], { fetch: true });
    expect(docs.map((d) => [d.id, d.source, d.origin.file])).toEqual([['u1', 'Local', `${base}/feed`]]);
  });

  it.each([
    ['/missing', {}, 'could not be fetched (HTTP 404 Not Found)'],
    ['/slow', { fetchTimeoutMs: 300 }, 'could not be fetched (no answer within 0.3 s)'],
    ['/huge', { maxBytes: 1000 }, 'over the 0.0 MB limit'],
  ])('reports %s clearly', async (path, options, reason) => {
    const { messages, docs } = await collect([`${base}${path}`], { fetch: true, ...options });
    expect(docs).toHaveLength(0);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(`${base}${path}: `);
    expect(messages[0]).toContain(reason);
  });

  it('reports a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/x`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const { messages } = await collect([url], { fetch: true });
    expect(messages).toEqual([`${url}: could not be fetched (ECONNREFUSED)`]);
  });
});
