// The CLI as a user runs it: the built `bin`, in a child process, on the sample corpus and on broken files.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli/bin.js');
const exec = promisify(execFile);

async function chronicle(args: string[]) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd: root, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('chronicle as a subprocess', () => {
  it('codes the sample corpus: every item read, none rejected', async () => {
    const { code, stdout, stderr } = await chronicle(['code', 'examples/']);
    expect(code).toBe(0);
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((r) => r.kind === 'document');
    expect(records.length).toBeGreaterThanOrEqual(40);
    expect(new Set(records.map((r) => r.origin.kind))).toEqual(new Set(['text', 'html', 'jsonl', 'feed']));
    expect(stderr).toMatch(/^\d+ documents read, 0 inputs rejected/);
  });

  it('rejects broken files one line each, with no stack trace, and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chronicle-bin-'));
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0]));
    await writeFile(join(dir, 'feed.rss'), '<rss><channel><item>');
    await writeFile(join(dir, 'lines.jsonl'), '{"text": "Kept story text."}\n{nope}\n');
    const { code, stdout, stderr } = await chronicle(['ingest', dir, 'examples/wire/01-hamas-quits-talks.txt']);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines.slice(0, 4).every((l) => l.startsWith(`error: ${dir}/`))).toBe(true);
    expect(lines[4]).toBe('2 documents read, 4 inputs rejected (1 binary, 1 empty, 1 not XML, 1 invalid JSON)');
    expect(stderr).not.toMatch(/\n\s+at /);
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 2 on a usage error', async () => {
    const { code, stderr } = await chronicle(['code', '--format', 'csv', 'examples/']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Allowed choices are jsonl, tsv/);
  });
});
