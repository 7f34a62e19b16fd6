// `chronicle analyze` as a user runs it, on a story of our own in the manner of DEVELOPERS.md's
// Hamas example: dated Saturday 2003-06-07, with a "Friday", a passive, a negation and an alias.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const exec = promisify(execFile);

interface Analysis {
  sentences: { text: string }[];
  tokens: { text: string; negation?: boolean }[];
  verbGroups: { text: string; lemma: string; voice: string; negated: boolean; tense: string }[];
  names: { text: string; type: string; entry: string | null; role: string | null; country: string | null; extent: string }[];
  links: { kind: string; mention: string; antecedent: string; entry: string | null }[];
  times: { text: string; value: string; granularity: string }[];
  clauses: { kind: string; text: string; speaker: string | null }[];
}

let record: Analysis;
beforeAll(async () => {
  const { stdout } = await exec(process.execPath, [join(root, 'dist/cli/bin.js'), 'analyze', '-q', 'test/fixtures/hamas-talks.txt'], { cwd: root });
  const lines = stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  record = JSON.parse(lines[0]!);
});

describe('chronicle analyze on a Hamas-style story', () => {
  it('splits the sentences right', () => {
    expect(record.sentences.map((s) => s.text)).toEqual([
      'Hamas walked away on Friday from talks with Palestinian Prime Minister Mahmoud Abbas, also known as Abu Mazen, on a halt to attacks against Israel.',
      'Two Hamas gunmen were shot dead by Israeli soldiers near the West Bank town of Tulkarem, the army said.',
      'Hamas did not attend a meeting that Abu Mazen had called in Gaza City earlier this week.',
      '“There is nothing left to discuss,” a Hamas spokesman said.',
    ]);
  });

  it('flags the passive and the negation', () => {
    expect(record.verbGroups.find((v) => v.text === 'were shot')).toMatchObject({ lemma: 'shoot', voice: 'passive', tense: 'past' });
    expect(record.verbGroups.find((v) => v.text === 'did not attend')).toMatchObject({ lemma: 'attend', negated: true });
    expect(record.tokens.find((t) => t.text === 'not')!.negation).toBe(true);
  });

  it('links Abu Mazen to Mahmoud Abbas', () => {
    expect(record.links).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'alias', mention: 'Abu Mazen', antecedent: 'Mahmoud Abbas' })]));
    const abbas = record.names.find((n) => n.text === 'Mahmoud Abbas')!;
    expect(abbas).toMatchObject({ type: 'person', role: 'prime minister', country: 'PSE' });
    expect(abbas.extent).toBe('Palestinian Prime Minister Mahmoud Abbas');
  });

  it('normalises Friday to 2003-06-06 and "earlier this week" to the week', () => {
    expect(record.times).toEqual([
      expect.objectContaining({ text: 'Friday', value: '2003-06-06', granularity: 'day' }),
      expect.objectContaining({ text: 'earlier this week', value: '2003-W23', granularity: 'week' }),
    ]);
  });

  it('attributes the reported speech and the quote', () => {
    expect(record.clauses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'reported', speaker: 'the army' }),
        expect.objectContaining({ kind: 'quote', speaker: 'a Hamas spokesman' }),
      ]),
    );
  });
});
