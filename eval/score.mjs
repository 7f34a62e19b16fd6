// One scorer for every suite (spaCy's scorer.py is the model): exact-match records, and precision,
// recall and F1 over (source, target, code) triples, micro-averaged.

/** Compares predicted and gold sets of triples per record. */
export function scoreRecords(records) {
  let exact = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { gold, predicted } of records) {
    const g = new Set(gold);
    const p = new Set(predicted);
    if (g.size === p.size && [...g].every((x) => p.has(x))) exact++;
    for (const x of p) (g.has(x) ? tp++ : fp++);
    for (const x of g) if (!p.has(x)) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { records: records.length, exact, exactRate: records.length ? exact / records.length : 0, precision, recall, f1, predicted: tp + fp, gold: tp + fn };
}

/** Macro-F1 over labels. */
export function macroF1(pairs, labels) {
  const f1s = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { gold, predicted } of pairs) {
      if (predicted === label && gold === label) tp++;
      else if (predicted === label) fp++;
      else if (gold === label) fn++;
    }
    const p = tp + fp ? tp / (tp + fp) : 0;
    const r = tp + fn ? tp / (tp + fn) : 0;
    return p + r ? (2 * p * r) / (p + r) : 0;
  });
  return { macroF1: f1s.reduce((a, b) => a + b, 0) / labels.length, perLabel: Object.fromEntries(labels.map((l, i) => [l, +f1s[i].toFixed(3)])) };
}

export const pct = (x) => `${(100 * x).toFixed(1)}%`;
