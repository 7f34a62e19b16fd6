// Raw text to events with the default dictionaries, in a fresh process: prints dictionary load
// time, documents, sentences, events, time in the pipeline (language + coder), and peak RSS.
import { readFileSync } from 'node:fs';
import { buildGazetteer, createCoderStage, createLanguageStage, defaultDictionaryPaths, ingest, loadDictionaryFiles, parseCodebook } from '../dist/index.js';

const input = process.argv[2];
const t0 = performance.now();
const { dictionary } = await loadDictionaryFiles(await defaultDictionaryPaths());
const codebook = parseCodebook(readFileSync(new URL('../dictionaries/cameo.tsv', import.meta.url), 'utf8')).codebook;
const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors) });
const coder = createCoderStage({ dictionary, codebook });
const loadMs = performance.now() - t0;
const run = (doc) => coder.run(language.run(doc));
for (let round = 0; round < 20; round++) {
  for await (const event of ingest([new URL('../examples/', import.meta.url).pathname])) if (event.type === 'doc') run(event.doc);
}
let docs = 0;
let sentences = 0;
let events = 0;
let ms = 0;
for await (const event of ingest([input], { maxBytes: 1 << 30 })) {
  if (event.type !== 'doc') continue;
  const t = performance.now();
  const doc = run(event.doc);
  ms += performance.now() - t;
  docs++;
  sentences += doc.layers.sentences.length;
  events += doc.layers.events.length;
}
process.stdout.write(JSON.stringify({ docs, sentences, events, ms, loadMs, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
