// Ingests one input in a fresh process and prints documents, bytes, time and peak RSS as JSON.
import { ingest } from '../dist/index.js';

const input = process.argv[2];
const t0 = process.hrtime.bigint();
let docs = 0;
let issues = 0;
let bytes = 0;
for await (const event of ingest([input], { maxBytes: 1 << 30 })) {
  if (event.type === 'doc') docs++;
  else if (event.type === 'issue') issues++;
  else if (event.type === 'plan') bytes = event.bytes;
}
const ms = Number(process.hrtime.bigint() - t0) / 1e6;
process.stdout.write(JSON.stringify({ docs, issues, bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
