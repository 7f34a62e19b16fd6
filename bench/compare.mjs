// `node bench/compare.mjs ../other-checkout [--runs N] [--code-size MB]`: the end-to-end benchmark of this
// checkout against another (built) one, run alternately in fresh processes so that a shared, noisy machine
// slows both alike. Prints each side's median and best sentences/s and the median of the paired ratios.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exists, sampleParagraphs, writeEnglishCorpus } from './corpus.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const other = args[0] && !args[0].startsWith('--') ? resolve(args[0]) : null;
if (other === null) throw new Error('usage: node bench/compare.mjs <other checkout> [--runs N] [--code-size MB]');
const runs = option('runs', 5);
const size = option('code-size', 5);

const file = join(here, '.corpus', 'english', `${size}mb.jsonl`);
if (!(await exists(file))) {
  await (await import('node:fs/promises')).mkdir(join(here, '.corpus', 'english'), { recursive: true });
  await writeEnglishCorpus(file, size * 1024 * 1024, await sampleParagraphs(join(here, '..', 'examples')));
}
// Each side runs its own worker, which loads its own dist/.
const sides = [
  { name: 'this', worker: join(here, 'pipeline-worker.mjs'), rates: [] },
  { name: 'other', worker: join(other, 'bench', 'pipeline-worker.mjs'), rates: [] },
];
const rate = (worker) => {
  const r = JSON.parse(execFileSync(process.execPath, ['--expose-gc', worker, 'code', file], { encoding: 'utf8', maxBuffer: 1 << 20 }));
  return r.sentences / (r.ms / 1000);
};
for (let i = 0; i < runs; i++) {
  // Alternate which side goes first.
  for (const side of i % 2 ? [...sides].reverse() : sides) side.rates.push(rate(side.worker));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log(`end to end, ${size} MB, ${runs} alternating runs per side; other = ${other}`);
console.table(sides.map((s) => ({ side: s.name, 'median sentences/s': Math.round(median(s.rates)), 'best sentences/s': Math.round(Math.max(...s.rates)) })));
const ratios = sides[0].rates.map((r, i) => r / sides[1].rates[i]);
console.log(`this / other: median of paired ratios ${median(ratios).toFixed(3)} (${ratios.map((r) => r.toFixed(2)).join(' ')})`);
