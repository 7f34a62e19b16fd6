// `npm run bench`: ingest and language-layer throughput on generated corpora. Prints medians over repeated runs, each
// in a fresh process on one core, so peak RSS is that run's own. Options: --size MB (default 50),
// --runs N (default 3), --language-size MB (default 20), --code-size MB (default 5), --only ingest|language|code.
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exists, sampleParagraphs, writeEnglishCorpus, writeHtmlCorpus, writeJsonlCorpus } from './corpus.mjs';

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

function worker(mode, input) {
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', join(here, 'pipeline-worker.mjs'), mode, input], { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

/** The language layer on 1 to `maxMb` MB of English: tokens/s, sentences/s, peak RSS, and cost per MB. */
async function language(maxMb) {
  const dir = join(here, '.corpus', 'english');
  const sizes = [1, 5, 10, maxMb].filter((s, i, all) => s <= maxMb && all.indexOf(s) === i);
  const samples = await sampleParagraphs(join(here, '..', 'examples'));
  const rows = [];
  for (const size of sizes) {
    const file = join(dir, `${size}mb.jsonl`);
    if (!(await exists(file))) {
      await (await import('node:fs/promises')).mkdir(dir, { recursive: true });
      await writeEnglishCorpus(file, size * 1024 * 1024, samples);
    }
    worker('language', join(dir, '1mb.jsonl')); // warm-up
    const results = Array.from({ length: runs }, () => worker('language', file));
    const r = results[0];
    const ms = median(results.map((x) => x.ms));
    rows.push({
      MB: size,
      docs: r.docs,
      sentences: r.sentences,
      tokens: r.tokens,
      'median s': +(ms / 1000).toFixed(2),
      'tokens/s': Math.round(median(results.map((x) => x.tokens / (x.ms / 1000)))),
      'sentences/s': Math.round(median(results.map((x) => x.sentences / (x.ms / 1000)))),
      's per MB': +(ms / 1000 / size).toFixed(3),
      'peak RSS MB': Math.round(Math.max(...results.map((x) => x.maxRssMb))),
      'heap after GC MB': Math.round(median(results.map((x) => x.heapMb))),
      'dict load ms': Math.round(median(results.map((x) => x.loadMs))),
    });
  }
  return rows;
}

/**
 * Raw text to events, default dictionaries: sentences/s on one core, and dictionary load time;
 * Chronicle's coder, then the TABARI engine (`--engine tabari`) over the same text.
 */
async function endToEnd(size) {
  const file = join(here, '.corpus', 'english', `${size}mb.jsonl`);
  if (!(await exists(file))) {
    await (await import('node:fs/promises')).mkdir(join(here, '.corpus', 'english'), { recursive: true });
    await writeEnglishCorpus(file, size * 1024 * 1024, await sampleParagraphs(join(here, '..', 'examples')));
  }
  return ['code', 'tabari'].map((mode) => {
    const results = Array.from({ length: runs }, () => worker(mode, file));
    const r = results[0];
    return {
      coder: mode === 'code' ? 'chronicle' : 'tabari engine',
      MB: size,
      docs: r.docs,
      sentences: r.sentences,
      events: r.events,
      'median s': +(median(results.map((x) => x.ms)) / 1000).toFixed(2),
      'sentences/s': Math.round(median(results.map((x) => x.sentences / (x.ms / 1000)))),
      'dict load ms': Math.round(median(results.map((x) => x.loadMs))),
      'peak RSS MB': Math.round(Math.max(...results.map((x) => x.maxRssMb))),
    };
  });
}

const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
if (only === null || only === 'ingest') {
  const { html, jsonl } = await prepare();
  console.log(`ingest: ${sizeMb} MB per corpus, median of ${runs} runs (after one warm-up), one process per run, Node ${process.version}`);
  console.table([measure('HTML pages', html), measure('JSONL', jsonl)]);
}
if (only === null || only === 'language') {
  const maxMb = option('language-size', 20);
  console.log(`language layer: generated English news, 1 to ${maxMb} MB, median of ${runs} runs, one core; time is the layer alone (ingest excluded)`);
  const rows = await language(maxMb);
  console.table(rows);
  const perMb = rows.map((r) => r['s per MB']);
  console.log(`scaling: ${rows[0].MB} MB → ${rows.at(-1).MB} MB costs ${(rows.at(-1)['median s'] / rows[0]['median s']).toFixed(1)}× the time for ${rows.at(-1).MB / rows[0].MB}× the text (s per MB from ${Math.min(...perMb)} to ${Math.max(...perMb)}); peak RSS ${rows[0]['peak RSS MB']} MB → ${rows.at(-1)['peak RSS MB']} MB; live heap after GC ${rows[0]['heap after GC MB']} MB → ${rows.at(-1)['heap after GC MB']} MB`);
}
if (only === null || only === 'code') {
  const size = option('code-size', 5);
  console.log(`end to end: raw text to events, default dictionaries loaded, ${size} MB of generated English news, median of ${runs} runs, one core`);
  console.table(await endToEnd(size));
}
