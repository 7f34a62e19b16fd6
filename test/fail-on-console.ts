// The core never logs: progress and problems leave the library as values (see README, "Architecture").
// Any console call during a test is a bug in the code under test.
import { afterEach, beforeEach } from 'vitest';

const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
const calls: string[] = [];
const originals = new Map<string, (...args: unknown[]) => void>();

beforeEach(() => {
  calls.length = 0;
  for (const m of methods) {
    originals.set(m, console[m]);
    console[m] = (...args: unknown[]) => void calls.push(`console.${m}: ${args.map(String).join(' ')}`);
  }
});

afterEach(() => {
  for (const m of methods) console[m] = originals.get(m)!;
  if (calls.length > 0) throw new Error(`unexpected console output:\n${calls.join('\n')}`);
});
