// `npm run bench`: ingest throughput on generated corpora. Prints medians over repeated runs, each
// in a fresh process on one core, so peak RSS is that run's own. Options: --size MB (default 50),
// --runs N (default 3).
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exists, sampleParagraphs, writeHtmlCorpus, writeJsonlCorpus } from './corpus.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const sizeMb = option('size', 50);
const runs = option('runs', 3);
const corpus = join(here, '.corpus', `${sizeMb}mb`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function prepare() {
  const html = join(corpus, 'html');
  const jsonl = join(corpus, 'corpus.jsonl');
  if (!(await exists(join(corpus, 'done')))) {
    await rm(corpus, { recursive: true, force: true });
    const samples = await sampleParagraphs(join(here, '..', 'examples'));
    const h = await writeHtmlCorpus(html, sizeMb * 1024 * 1024, samples);
    const j = await writeJsonlCorpus(jsonl, sizeMb * 1024 * 1024, samples);
    await (await import('node:fs/promises')).writeFile(join(corpus, 'done'), JSON.stringify({ h, j }));
  }
  return { html, jsonl };
}

function measure(name, input) {
  // Warm-up run, not counted: fills the OS file cache.
  const once = () => JSON.parse(execFileSync(process.execPath, [join(here, 'ingest-worker.mjs'), input], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  once();
  const results = Array.from({ length: runs }, once);
  const r = results[0];
  const ms = median(results.map((x) => x.ms));
  return {
    corpus: name,
    MB: +(r.bytes / 1048576).toFixed(1),
    docs: r.docs,
    rejected: r.issues,
    'median s': +(ms / 1000).toFixed(2),
    'docs/s': Math.round(median(results.map((x) => x.docs / (x.ms / 1000)))),
    'MB/s': +median(results.map((x) => x.bytes / 1048576 / (x.ms / 1000))).toFixed(2),
    'peak RSS MB': Math.round(Math.max(...results.map((x) => x.maxRssMb))),
  };
}

const { html, jsonl } = await prepare();
console.log(`ingest benchmark: ${sizeMb} MB per corpus, median of ${runs} runs (after one warm-up), one process per run, Node ${process.version}`);
console.table([measure('HTML pages', html), measure('JSONL', jsonl)]);
