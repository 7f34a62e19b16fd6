// Trains the target model (dictionaries/targets.tsv, read by src/events/retarget.ts) on Chronicle's own
// dev sets, which we wrote: for each gold event the rules code with the right root and source, the
// candidates retarget.ts offers and which of them the gold names. A softmax over each event's
// candidates, fitted by AdaGrad with L2, on the coder run without a target model.
//
//   node eval/train-targets.mjs [--hold-out nw,nx,…] [--folds 5 [--show N]] [--write]
//
// --hold-out leaves those sets (eval/devset-<x>.tsv) out of training; --folds N first reports an
// N-fold cross-validation by set (how many rows the model would turn right and wrong on sets it did
// not see, at several margins), and --show N prints N of the rows it turns; --write writes the model
// trained on every set not held out. EPOCHS, RATE, L2, MARGIN and PRUNE in the environment change
// the fitting (defaults 12, 0.1, 1e-5, 1 and 0.05, as the shipped model was trained).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCodebook, loadDictionaries, loadPlaces, readers } from '../dist/index.js';
import { buildGazetteer, createLanguageStage, headlineVerbs } from '../dist/language/index.js';
import { createCoderStage } from '../dist/events/index.js';
import { buildActorIndex } from '../dist/events/actors.js';
import { createCodingContext } from '../dist/events/context.js';
import { bestTarget, singleEvents, targetCandidates } from '../dist/events/retarget.js';
import { buildVerbIndex } from '../dist/events/verbs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const holdOut = new Set((option('hold-out', '') || '').split(',').filter(Boolean).map((x) => `devset-${x}.tsv`));
const folds = Number(option('folds', 0));
const EPOCHS = Number(process.env.EPOCHS ?? 12);
const RATE = Number(process.env.RATE ?? 0.1);
const L2 = Number(process.env.L2 ?? 1e-5);
const MARGIN = Number(process.env.MARGIN ?? 1);
// Weights smaller than this are dropped: they change few choices and would fill the file.
const PRUNE = Number(process.env.PRUNE ?? 0.05);

const files = readdirSync(join(root, 'eval')).filter((f) => /^devset(-[a-z]+)?\.tsv$/.test(f) && !holdOut.has(f)).sort();
const [dictionary, places, codebook] = await Promise.all([loadDictionaries(), loadPlaces(), loadCodebook()]);
const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors), places, verbs: headlineVerbs(dictionary.verbs) });
const coder = createCoderStage({ dictionary, codebook, targetModel: null });
const verbIndex = buildVerbIndex(dictionary);
const actorIndex = buildActorIndex(dictionary);
const country = (a) => (a?.country ? a.country.slice(0, 3) : '-');

/** One training example: a gold event's candidates (features) and which of them is right. */
const examples = [];
let rows = 0;
let eligible = 0;
for (const file of files) {
  const lines = readFileSync(join(root, 'eval', file), 'utf8').split(/\r?\n/).filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of lines.slice(1)) {
    const [id, date, gold, source, target, text] = line.split('\t');
    if (gold === '-') continue;
    rows++;
    const [r] = [...readers.text.read(`Id: ${id}\nDate: ${date}\n\n${text}`, { file: id, defaultDate: null })];
    if (!r?.ok) continue;
    const doc = coder.run(language.run(r.doc));
    const events = doc.layers.events ?? [];
    const event = events.find((e) => e.root === gold && country(e.source) === source);
    if (!event || !singleEvents(events).has(event)) continue;
    const candidates = targetCandidates(createCodingContext(doc, verbIndex, actorIndex), event);
    const answer = candidates.findIndex((c) => c.value === target);
    if (answer < 0) continue;
    eligible++;
    // (Right as the rules code this event: the cross-validation counts what the model does to it.)
    const right = answer === 0;
    examples.push({ file, id, text, right, answer, candidates: candidates.map(({ value, features }) => ({ value, features })) });
  }
}

function train(set) {
  const w = new Map();
  const g2 = new Map();
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (const { answer, candidates } of set) {
      const scores = candidates.map(({ features }) => features.reduce((s, f) => s + (w.get(f) ?? 0), 0));
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const z = exps.reduce((a, b) => a + b, 0);
      candidates.forEach(({ features }, i) => {
        const grad = exps[i] / z - (i === answer ? 1 : 0);
        if (Math.abs(grad) < 1e-6) return;
        for (const f of features) {
          const g = grad + L2 * (w.get(f) ?? 0);
          const acc = (g2.get(f) ?? 0) + g * g;
          g2.set(f, acc);
          w.set(f, (w.get(f) ?? 0) - (RATE * g) / Math.sqrt(acc));
        }
      });
    }
  }
  for (const [f, v] of w) if (Math.abs(v) < PRUNE) w.delete(f);
  return w;
}

/** The candidate the runtime would pick with weights w and this margin, as an index. */
const pick = (w, candidates, margin) => candidates.indexOf(bestTarget({ weights: w, margin }, candidates));

console.log(`${files.length} dev sets, ${rows} gold events; ${eligible} coded with the right root and source and a candidate that is the gold target; ${examples.filter((x) => x.right).length} of them right as the rules code them`);

if (folds > 1) {
  // By set, so a fold's sentences are never seen in training.
  const margins = [0, 0.5, 1, 2, 3];
  const show = Number(option('show', 0));
  const shown = [];
  const fixed = margins.map(() => 0);
  const broken = margins.map(() => 0);
  for (let k = 0; k < folds; k++) {
    const test = (x) => files.indexOf(x.file) % folds === k;
    const w = train(examples.filter((x) => !test(x)));
    for (const x of examples.filter(test)) {
      margins.forEach((m, i) => {
        const chosen = pick(w, x.candidates, m);
        const ok = chosen === x.answer;
        if (i === 0 && show > 0 && ok !== x.right) shown.push(`${ok ? 'FIXED ' : 'BROKEN'} ${x.id} gold ${x.candidates[x.answer].value} rules ${x.candidates[0].value} model ${x.candidates[chosen].value} | ${x.text.slice(0, 160)}`);
        if (ok && !x.right) fixed[i]++;
        if (!ok && x.right) broken[i]++;
      });
    }
  }
  for (const line of shown.filter((_, i) => i % Math.max(1, Math.floor(shown.length / show)) === 0)) console.log(line);
  margins.forEach((m, i) => console.log(`${folds}-fold cross-validation by set, margin ${m}: the model turns ${fixed[i]} events right and ${broken[i]} wrong (net ${fixed[i] - broken[i]} of ${examples.length} trained events)`));
}

if (args.includes('--write')) {
  const w = train(examples);
  const lines = [...w].sort(([a], [b]) => (a < b ? -1 : 1)).map(([f, v]) => `${f}\t${v.toFixed(4)}`);
  const header = [
    '# Chronicle target model: feature<TAB>weight, read by src/events/retarget.ts, written by eval/train-targets.mjs.',
    `# Trained on ${files.length} of Chronicle's own dev sets (${examples.length} events)${holdOut.size ? `; held out: ${[...holdOut].join(', ')}` : ''}.`,
  ];
  header.push('# margin: how far another candidate must outscore the rules\' own choice to replace it.');
  writeFileSync(join(root, 'dictionaries', 'targets.tsv'), `${header.join('\n')}\nmargin\t${MARGIN}\n${lines.join('\n')}\n`);
  console.log(`wrote dictionaries/targets.tsv: ${lines.length} weights`);
}
