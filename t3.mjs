import { readFileSync } from 'node:fs';
import { buildGazetteer, defaultDictionaryPaths, loadDictionaryFiles, createWink, tokenize, parsePhrases, findNames, linkMentions, findTimes } from './dist/index.js';
const { entries } = await loadDictionaryFiles(await defaultDictionaryPaths());
const gaz = buildGazetteer(entries);
const wink = createWink();
const docs = readFileSync('bench/.corpus/english/5mb.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const t = { tok: 0, phr: 0, names: 0, links: 0, times: 0 };
let ntok = 0;
for (let round = 0; round < 2; round++) {
  for (const k in t) t[k] = 0; ntok = 0;
  for (const d of docs) {
    let a = performance.now();
    const { tokens, sentences } = tokenize(wink, d.text); let b = performance.now(); t.tok += b - a; a = b;
    const p = parsePhrases(d.text, tokens, sentences); b = performance.now(); t.phr += b - a; a = b;
    const names = findNames(d.text, tokens, sentences, gaz); b = performance.now(); t.names += b - a; a = b;
    linkMentions(tokens, sentences, p.nounPhrases, names); b = performance.now(); t.links += b - a; a = b;
    findTimes(d.text, tokens, sentences, p.verbGroups, d.date); b = performance.now(); t.times += b - a;
    ntok += tokens.length;
  }
}
const total = Object.values(t).reduce((x, y) => x + y, 0);
console.log(Object.fromEntries(Object.entries(t).map(([k, v]) => [k, Math.round(v)])), 'total', Math.round(total), 'tok/s', Math.round(ntok / total * 1000));
