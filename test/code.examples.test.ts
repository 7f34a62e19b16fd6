// `chronicle code examples/` as a user runs it: events for the sample corpus, checked against what
// the stories say. Each assertion is one fact of one story (see examples/MANIFEST.tsv).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const exec = promisify(execFile);

interface EventRecord {
  kind: 'event';
  doc: string;
  date: string;
  source: { code: string } | null;
  target: { code: string } | null;
  cameo: string;
  root: string;
  evidence: { sentence: string; source: [number, number]; verb: [number, number]; target: [number, number] | null };
}

const byFile = new Map<string, { text: string; events: EventRecord[] }>();
let tsv = '';

beforeAll(async () => {
  const { stdout } = await exec(process.execPath, [join(root, 'dist/cli/bin.js'), 'code', '-q', 'examples/'], { cwd: root, maxBuffer: 64 << 20 });
  const docs = new Map<string, string>();
  for (const line of stdout.trim().split('\n')) {
    const r = JSON.parse(line);
    if (r.kind === 'document') {
      const key = `${r.origin.file}${r.origin.item ? `#${r.origin.item}` : ''}`;
      docs.set(r.id, key);
      byFile.set(key, { text: r.text, events: [] });
    } else byFile.get(docs.get(r.doc)!)!.events.push(r);
  }
  tsv = (await exec(process.execPath, [join(root, 'dist/cli/bin.js'), 'code', '-q', '--format', 'tsv', 'examples/wire/'], { cwd: root })).stdout;
});

const triples = (file: string) => byFile.get(file)!.events.map((e) => `${e.source?.code ?? '---'} ${e.cameo} ${e.target?.code ?? '---'} ${e.date}`);

describe('chronicle code examples/', () => {
  it('codes the Hamas story: talks broken off on Friday, militants killed near Tulkarem', () => {
    const events = triples('examples/wire/01-hamas-quits-talks.txt');
    expect(events).toContain('PSEREBHMS 164 PSEGOV 2003-06-06');
    expect(events).toContain('ISRMIL 190 PSEREBHMS 2003-06-06');
    // "Hamas did not attend the Aqaba summit": negated, so no event from Hamas in that sentence.
    expect(byFile.get('examples/wire/01-hamas-quits-talks.txt')!.events.filter((e) => e.evidence.sentence.startsWith('Hamas did not attend') && e.source?.code === 'PSEREBHMS')).toEqual([]);
  });

  it.each([
    ['examples/wire/08-brazil-argentina-nuclear-accord.txt', ['BRA 057 ARG', 'ARG 057 BRA']],
    ['examples/wire/09-israel-jordan-peace-treaty.txt', ['ISR 057 JOR', 'JOR 057 ISR']],
    ['examples/wire/24-saudi-arabia-cuts-ties-with-iran.txt', ['SAU 161 IRN']],
    ['examples/wire/05-north-korea-agrees-six-party-talks.txt', ['IGOUNOSEC 163 PRKGOV']],
    ['examples/wire/17-china-condemns-nato-embassy-strike.txt', ['CHN 111 IGOWSTNAT']],
    ['examples/batch.jsonl#1', ['SAU 161 QAT', 'EGY 161 QAT']],
  ])('%s gives %j', (file, expected) => {
    const events = triples(file).map((t) => t.split(' ').slice(0, 3).join(' '));
    for (const e of expected) expect(events).toContain(e);
  });

  it('gives no event for the modal threat in the EU story ("could impose")', () => {
    const events = byFile.get('examples/wire/20-eu-warns-russia-sanctions.txt')!.events;
    expect(events.filter((e) => e.cameo.startsWith('163'))).toEqual([]);
  });

  it('points every piece of evidence at the right text', () => {
    for (const { text, events } of byFile.values()) {
      for (const e of events) {
        const [vs, ve] = e.evidence.verb;
        expect(e.evidence.sentence).toContain(text.slice(vs, ve));
        expect(text.includes(e.evidence.sentence)).toBe(true);
        expect(e.root).toBe(e.cameo.slice(0, 2));
      }
    }
  });

  it('writes TSV in Phoenix column order', () => {
    const [header, ...rows] = tsv.trim().split('\n');
    expect(header!.split('\t').slice(0, 4)).toEqual(['date', 'source', 'target', 'cameo']);
    expect(rows).toContainEqual(expect.stringMatching(/^20030606\tPSEREBHMS\tPSEGOV\t164\t16\t4\t/));
  });
});
