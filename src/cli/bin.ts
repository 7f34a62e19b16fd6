#!/usr/bin/env node
import { run } from './program.js';

// A closed pipe (`chronicle code … | head`) is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// The only place that turns a run into a process exit code. Anything thrown here is a bug, not a
// user's mistake, so it keeps its stack trace.
process.exitCode = await run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin });
