import type { Writable } from 'node:stream';

/** What the CLI touches of the outside world, so tests can run it in process. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable & { isTTY?: boolean; columns?: number };
  readonly stdin: AsyncIterable<Buffer | string> & { isTTY?: boolean };
}

/** Writes and waits for the stream to drain when its buffer is full, so large runs stay in bounded memory. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = (err?: Error) => {
        stream.off('drain', done);
        stream.off('error', done);
        if (err) reject(err);
        else resolve();
      };
      stream.once('drain', done);
      stream.once('error', done);
    });
  }
}
