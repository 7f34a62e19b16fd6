// Runs the language layer over one JSONL corpus in a fresh process, streaming, and prints JSON:
// documents, sentences, tokens, time spent in the layer alone, and peak RSS.
import { buildGazetteer, createAnalyzer, defaultDictionaryPaths, ingest, loadDictionaryFiles } from '../dist/index.js';

const input = process.argv[2];
const t0 = performance.now();
const { dictionary } = await loadDictionaryFiles(await defaultDictionaryPaths());
const analyze = createAnalyzer({ gazetteer: buildGazetteer(dictionary.actors) });
const loadMs = performance.now() - t0;
// Warm-up, not timed: lets the JIT compile the layer before the corpus is measured.
for (let round = 0; round < 20; round++) {
  for await (const event of ingest([new URL('../examples/', import.meta.url).pathname])) if (event.type === 'doc') analyze(event.doc);
}
let docs = 0;
let sentences = 0;
let tokens = 0;
let ms = 0;
for await (const event of ingest([input], { maxBytes: 1 << 30 })) {
  if (event.type !== 'doc') continue;
  const t = performance.now();
  const doc = analyze(event.doc);
  ms += performance.now() - t;
  docs++;
  sentences += doc.layers.sentences.length;
  tokens += doc.layers.tokens.length;
}
// Live heap after a full collection: flat across corpus sizes when streaming keeps nothing.
globalThis.gc?.();
const heapMb = process.memoryUsage().heapUsed / 1048576;
process.stdout.write(JSON.stringify({ docs, sentences, tokens, ms, loadMs, heapMb, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
