// Runs the language layer (mode "language"), language plus coder (mode "code") or language plus
// the TABARI engine (mode "tabari", default dictionaries) over one JSONL
// corpus in a fresh process, streaming, after a warm-up on the examples. Prints JSON: documents,
// sentences, tokens, events, time in the pipeline alone, dictionary load time, live heap after a
// full collection, and peak RSS.
import { ingest, loadAnalyzer, loadCoder } from '../dist/index.js';

const [mode, input] = process.argv.slice(2);
const t0 = performance.now();
const run = mode === 'code' ? await loadCoder() : mode === 'tabari' ? await loadCoder({ engine: 'tabari' }) : await loadAnalyzer();
const loadMs = performance.now() - t0;
for (let round = 0; round < 20; round++) {
  for await (const event of ingest([new URL('../examples/', import.meta.url).pathname])) if (event.type === 'doc') run(event.doc);
}
let docs = 0;
let sentences = 0;
let tokens = 0;
let events = 0;
let ms = 0;
for await (const event of ingest([input], { maxBytes: 1 << 30 })) {
  if (event.type !== 'doc') continue;
  const t = performance.now();
  const doc = run(event.doc);
  ms += performance.now() - t;
  docs++;
  sentences += doc.layers.sentences.length;
  tokens += doc.layers.tokens.length;
  events += doc.layers.events?.length ?? 0;
}
globalThis.gc?.();
const heapMb = process.memoryUsage().heapUsed / 1048576;
process.stdout.write(JSON.stringify({ docs, sentences, tokens, events, ms, loadMs, heapMb, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
