import { rm, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, summary } from './program.js';

const STORY = 'Hamas broke off talks on Friday with Prime Minister Mahmoud Abbas, the group said.';

function sink() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { stream, get text() { return text; } };
}

async function cli(argv: string[], stdin: string | null = null) {
  const stdout = sink();
  const stderr = sink();
  const input = Object.assign(Readable.from(stdin === null ? [] : [Buffer.from(stdin)]), { isTTY: stdin === null });
  const code = await run(argv, { stdout: stdout.stream, stderr: stderr.stream, stdin: input });
  return {
    code,
    stdout: stdout.text,
    stderr: stderr.text,
    get records() {
      return stdout.text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    },
  };
}

let dir: string;
afterAll(() => rm(dir, { recursive: true, force: true }));
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'chronicle-cli-'));
  await writeFile(join(dir, 'a.txt'), `Title: Talks\nDate: 2003-06-07\n\nGAZA CITY (Example) — ${STORY}`);
  await writeFile(join(dir, 'undated.txt'), STORY);
  await writeFile(join(dir, 'bad.jsonl'), `${JSON.stringify({ id: 'ok', text: STORY })}\nnot json\n{"title":"no text"}\n`);
});

describe('chronicle ingest', () => {
  it('writes one document record per story and exits 0', async () => {
    const { code, records, stderr } = await cli(['ingest', join(dir, 'a.txt')]);
    expect(code).toBe(0);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'document', title: 'Talks', date: '2003-06-07', dateline: { place: 'GAZA CITY' } });
    expect(records[0].text.slice(...records[0].paragraphs[0])).toBe(STORY);
    expect(stderr).toBe('1 document read, 0 inputs rejected\n');
  });

  it('reports each rejected item on one line, sums them up, exits 1 and keeps the good ones', async () => {
    const { code, records, stderr } = await cli(['ingest', join(dir, 'bad.jsonl'), join(dir, 'nope.txt')]);
    expect(code).toBe(1);
    expect(records.map((r) => r.id)).toEqual(['ok']);
    expect(stderr.split('\n')).toEqual([
      `error: ${join(dir, 'nope.txt')}: no such file or directory`,
      expect.stringMatching(new RegExp(`^error: ${join(dir, 'bad.jsonl')}:line 2: is not valid JSON \\(.+\\)$`)),
      `error: ${join(dir, 'bad.jsonl')}:item 3: has no text (give "text" or "html")`,
      '1 document read, 3 inputs rejected (1 not found, 1 invalid JSON, 1 no text)',
      '',
    ]);
  });

  it('applies --date only to inputs without a date', async () => {
    const { records } = await cli(['ingest', '--date', '1999-01-02', join(dir, 'a.txt'), join(dir, 'undated.txt')]);
    expect(records.map((r) => r.date)).toEqual(['2003-06-07', '1999-01-02']);
  });

  it('reads stdin when given "-" or no input on a pipe', async () => {
    expect((await cli(['ingest', '-'], STORY)).records[0].origin).toEqual({ file: 'stdin', kind: 'text' });
    expect((await cli(['ingest'], STORY)).records).toHaveLength(1);
  });

  it('writes to --out and keeps stdout clean', async () => {
    const out = join(dir, 'out.jsonl');
    const { code, stdout } = await cli(['ingest', '--quiet', '-o', out, join(dir, 'a.txt')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(await readFile(out, 'utf8')).kind).toBe('document');
  });

  it('--quiet drops the summary but still reports rejected inputs', async () => {
    const { stderr } = await cli(['ingest', '-q', join(dir, 'nope.txt')]);
    expect(stderr).toBe(`error: ${join(dir, 'nope.txt')}: no such file or directory\n`);
  });
});

describe('chronicle code', () => {
  it('runs the main job with JSONL by default', async () => {
    const { code, records } = await cli(['code', join(dir, 'a.txt')]);
    expect(code).toBe(0);
    expect(records[0].kind).toBe('document');
  });

  it("lets the target model reconsider targets unless --no-target-model", async () => {
    await writeFile(join(dir, 'loans.txt'), "Date: 2013-05-26\n\nTokyo said it would forgive part of Laos's debt and resume loans.\n");
    const events = async (...flags: string[]) => (await cli(['code', ...flags, '-q', join(dir, 'loans.txt')])).records.filter((r) => r.kind === 'event').map((r) => `${r.source.code} ${r.cameo} ${r.target.code}`);
    expect(await events()).toEqual(['JPNGOV 033 LAO']);
    expect(await events('--no-target-model')).toEqual(['JPNGOV 033 LAO', 'JPNGOV 033 JPN']);
  });

  it("takes a TABARI .options file's DEFAULT codes alongside the default dictionaries", async () => {
    await writeFile(join(dir, 'demo.options'), 'DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR]\n');
    await writeFile(join(dir, 'unknown.txt'), 'Date: 2020-01-01\n\nFxrnost met Israel on Monday in the old city of Jerusalem.\n');
    const { records } = await cli(['code', '--dict', join(dir, 'demo.options'), '--target', 'required', '-q', join(dir, 'unknown.txt')]);
    expect(records.filter((r) => r.kind === 'event').map((r) => `${r.source.code} ${r.cameo} ${r.target.code}`)).toEqual(['DEFSRC 040 ISR']);
  });

  it("codes a TABARI project's dictionaries with --engine tabari", async () => {
    await writeFile(join(dir, 'p.actors'), 'FREEDONIA [FRE]\nSYLVANIA [SYL]\n');
    await writeFile(join(dir, 'p.verbs'), 'RAISE [---]\nVOICE [020]\n- RECENTLY RAISED ITS * [042]\n');
    await writeFile(join(dir, 'p.options'), 'COMPLEX: NOACTPRIOR\n');
    await writeFile(join(dir, 'voice.txt'), 'Date: 2020-01-01\n\nFreedonia has recently raised its voice for Sylvania in the talks on the border.\n');
    const dicts = ['p.actors', 'p.verbs', 'p.options'].flatMap((f) => ['--dict', join(dir, f)]);
    const coded = async (engine: string) => (await cli(['code', '--engine', engine, '--no-default-dict', ...dicts, '-q', join(dir, 'voice.txt')])).records
      .filter((r) => r.kind === 'event').map((r) => `${r.source.code} ${r.cameo} ${r.target.code}`);
    // "voice" is TABARI's verb here; Chronicle's coder reads it as the noun it is.
    expect(await coded('tabari')).toEqual(['FRE 042 SYL']);
    expect(await coded('chronicle')).toEqual([]);
  });

  it('writes a TSV header in Phoenix column order', async () => {
    const { stdout } = await cli(['code', '--format', 'tsv', '-q', join(dir, 'a.txt')]);
    expect(stdout.split('\n')[0]!.split('\t').slice(0, 4)).toEqual(['date', 'source', 'target', 'cameo']);
  });
});

describe('usage errors', () => {
  it.each([
    [['ingest', '--date', '2003-02-30', 'x'], /--date <YYYY-MM-DD>' argument '2003-02-30' is invalid\. expected a date as YYYY-MM-DD/],
    [['code', '--format', 'xml', 'x'], /argument 'xml' is invalid\. Allowed choices are jsonl, tsv/],
    [['code', '--engine', 'keds', 'x'], /argument 'keds' is invalid\. Allowed choices are chronicle, tabari/],
    [['ingest', '--max-size', '-3', 'x'], /expected a size in MB greater than 0/],
    [['ingest', '--bogus'], /unknown option '--bogus'/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['ingest'], /^error: no inputs: name files, directories or URLs, or - to read stdin$/m],
    [['ingest', '-o', '/no/such/dir/out.jsonl', 'x'], /^error: cannot write to \/no\/such\/dir\/out\.jsonl \(no such directory\)$/m],
    [['code', '--dict', '/no/such.verbs', 'x'], /^error: \/no\/such\.verbs: no such file$/m],
  ])('%j exits 2 with one clear line', async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('--help exits 0 and shows examples', async () => {
    const { code, stdout } = await cli(['code', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Examples:\n {2}\$ chronicle code examples\//);
    expect(stdout).toContain('--date <YYYY-MM-DD>');
  });
});

describe('summary', () => {
  it('counts documents, rejections by reason and skipped files', () => {
    expect(summary(1, [], 0)).toBe('1 document read, 0 inputs rejected');
    expect(summary(3, [{ code: 'empty', file: 'a' }, { code: 'empty', file: 'b' }], 2)).toBe(
      '3 documents read, 2 inputs rejected (2 empty), 2 files skipped (unknown type)',
    );
  });
});
