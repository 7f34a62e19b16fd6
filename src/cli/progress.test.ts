import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function fakeStderr(isTTY: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY, columns: 100 });
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, get text() { return text; } };
}

const io = (stderr: ReturnType<typeof fakeStderr>) => ({ stdout: new PassThrough(), stderr: stderr.stream, stdin: new PassThrough() });

describe('progress', () => {
  it('draws documents/s and ETA on a terminal when there is enough work', async () => {
    const stderr = fakeStderr(true);
    const progress = createProgress(io(stderr), { files: 10, bytes: 1000 }, false);
    progress.update(500, 12);
    await new Promise((resolve) => setTimeout(resolve, 250));
    progress.log('error: x.txt: is empty');
    progress.update(1000, 20);
    progress.stop();
    expect(stderr.text).toMatch(/docs\/s/);
    expect(stderr.text).toMatch(/ETA/);
    expect(stderr.text).toContain('error: x.txt: is empty\n');
  });

  it.each([
    ['not a terminal', false, 10, false],
    ['a few files', true, 2, false],
    ['quiet', true, 10, true],
  ])('draws nothing when %s', (_name, tty, files, quiet) => {
    const stderr = fakeStderr(tty);
    const progress = createProgress(io(stderr), { files, bytes: 1000 }, quiet);
    progress.update(500, 3);
    progress.stop();
    expect(stderr.text).toBe('');
  });
});
