import cliProgress from 'cli-progress';
import type { CliIo } from './io.js';

/** Draws ingest progress on stderr: bytes done, documents, documents/s and ETA. Only on a TTY. */
export interface Progress {
  update(bytes: number, docs: number): void;
  /** Prints a line above the bar without breaking it. */
  log(line: string): void;
  stop(): void;
}

const MIN_FILES = 4;
const MIN_BYTES = 1 << 20;

export function createProgress(io: CliIo, plan: { files: number; bytes: number }, quiet: boolean): Progress {
  const tty = io.stderr.isTTY === true;
  if (quiet || !tty || plan.bytes === 0 || (plan.files < MIN_FILES && plan.bytes < MIN_BYTES)) {
    return { update() {}, log: (line) => void io.stderr.write(`${line}\n`), stop() {} };
  }
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WriteStream,
      format: ' {bar} {percentage}% | {docs} docs | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(plan.bytes, 0, { docs: 0, rate: '0' });
  return {
    update(bytes, docs) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(bytes, { docs, rate: seconds > 0 ? Math.round(docs / seconds).toLocaleString('en-US') : '0' });
    },
    // A single bar redraws in place on its own line, so a message can clear that line, print
    // itself, and leave the bar to redraw below it on the next tick. Messages are never buffered.
    log: (line) => void io.stderr.write(`\r\u001b[2K${line}\n`),
    stop: () => bar.stop(),
  };
}
