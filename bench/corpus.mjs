// Builds the benchmark corpora from the sample stories in examples/: news-like HTML pages and a JSONL
// file, mixed and varied with a seeded generator so that every run measures the same bytes.
import { mkdir, stat, writeFile, open } from 'node:fs/promises';
import { join } from 'node:path';
import { ingest } from '../dist/index.js';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function sampleParagraphs(examples = 'examples') {
  const docs = [];
  for await (const e of ingest([examples])) if (e.type === 'doc') docs.push(e.doc);
  return docs.map((d) => ({ title: d.title ?? 'Untitled', date: d.date ?? '2000-01-01', paragraphs: d.text.split('\n\n'), dateline: d.dateline?.raw ?? null }));
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function story(samples, next, i) {
  const base = samples[Math.floor(next() * samples.length)];
  const extra = samples[Math.floor(next() * samples.length)];
  const paragraphs = [...base.paragraphs, ...extra.paragraphs.slice(1, 1 + Math.floor(next() * 3))];
  const dateline = base.dateline ?? 'LONDON (Bench Wire) —';
  return { id: `bench-${i}`, title: `${base.title} (${i})`, date: base.date, paragraphs: [`${dateline} ${paragraphs[0]}`, ...paragraphs.slice(1)] };
}

function page(s) {
  const nav = ['World', 'Politics', 'Business', 'Science', 'Sport', 'Opinion'].map((n) => `<li><a href="/${n.toLowerCase()}">${n}</a></li>`).join('');
  const related = Array.from({ length: 4 }, (_, k) => `<li><a href="/story/${k}">Related story number ${k}</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(s.title)} | Bench Times</title>
<meta property="og:title" content="${escapeHtml(s.title)}"><meta property="og:site_name" content="Bench Times">
<meta name="author" content="Staff Writer"><meta property="article:published_time" content="${s.date}T12:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(s.title)},"datePublished":"${s.date}T12:00:00Z"}</script>
<style>body{font-family:serif}.nav li{display:inline}</style></head>
<body><div class="cookie-banner"><p>We use cookies.</p><button>Accept</button></div>
<header><a class="logo" href="/">Bench Times</a><nav><ul class="nav">${nav}</ul></nav></header>
<main><article><h1>${escapeHtml(s.title)}</h1><div class="byline">By Staff Writer</div>
${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article><aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>&copy; Bench Times</p><script>window.analytics = { id: "bench" };</script></footer></body></html>\n`;
}

/** Writes `bytes` of HTML pages into `dir`, one page per file, 500 pages per sub-folder. */
export async function writeHtmlCorpus(dir, bytes, samples, seed = 1) {
  const next = rng(seed);
  let written = 0;
  let i = 0;
  while (written < bytes) {
    const folder = join(dir, String(Math.floor(i / 500)).padStart(3, '0'));
    if (i % 500 === 0) await mkdir(folder, { recursive: true });
    const html = page(story(samples, next, i));
    await writeFile(join(folder, `${i}.html`), html);
    written += Buffer.byteLength(html);
    i++;
  }
  return { files: i, bytes: written };
}

/** Writes lines from `nextLine()` to `file` until it holds at least `bytes`, in 1 MB writes. */
async function writeLines(file, bytes, nextLine) {
  const handle = await open(file, 'w');
  let written = 0;
  let lines = 0;
  let chunk = '';
  while (written < bytes) {
    const line = nextLine(lines++);
    chunk += line;
    written += Buffer.byteLength(line);
    if (chunk.length > 1 << 20) {
      await handle.write(chunk);
      chunk = '';
    }
  }
  await handle.write(chunk);
  await handle.close();
  return { lines, bytes: written };
}

/** Writes a JSONL file of at least `bytes`. */
export async function writeJsonlCorpus(file, bytes, samples, seed = 2) {
  const next = rng(seed);
  return writeLines(file, bytes, (i) => {
    const s = story(samples, next, i);
    return `${JSON.stringify({ id: s.id, title: s.title, date: s.date, source: 'Bench Wire', text: s.paragraphs.join('\n\n') })}\n`;
  });
}

export async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

// Sentence templates of our own for the language benchmark: varied actors, verbs, times and places,
// with the constructions the coder cares about (passives, negation, quotes, reported speech).
const ACTORS = ['Hamas', 'Israeli troops', 'the Taliban', 'Palestinian Prime Minister Mahmoud Abbas', 'Russian police', 'the United Nations', 'Turkish jets', 'Colombian President Juan Manuel Santos', 'rebels in eastern Congo', 'the European Union', 'Iran', 'NATO commanders', 'Chinese officials', 'Kenyan security forces', 'the Houthis', 'Boko Haram gunmen'];
const VERBS = ['met', 'criticised', 'attacked', 'accused', 'urged', 'signed an agreement with', 'broke off talks with', 'threatened', 'released', 'arrested', 'praised', 'rejected an offer from', 'sent aid to', 'expelled diplomats from'];
const TIMES = ['on Friday', 'on Tuesday', 'earlier this week', 'overnight', 'last March', 'in 1998', 'on June 4, 2003', 'two days ago', 'yesterday', 'within a week'];
const PLACES = ['near the West Bank city of Tulkarem', 'in Kabul', 'outside Moscow', 'in the port of Aden', 'in northern Nigeria', 'at a summit in Geneva', 'in Gaza City', 'near the Syrian border'];
const FORMS = [
  (a, v, b, t, p) => `${a} ${v} ${b} ${p} ${t}.`,
  (a, v, b, t, p) => `${cap(b)} were detained by ${a} ${p} ${t}, officials said.`,
  (a, v, b, t) => `${cap(a)} did not attend the talks with ${b} ${t}.`,
  (a, v, b, t) => `“We will not accept this,” a spokesman for ${a} said ${t}.`,
  (a, v, b, t, p) => `${cap(a)} said that ${b} had attacked a convoy ${p}.`,
  (a, v, b, t) => `${cap(a)} could impose sanctions on ${b} if the fighting continues, a diplomat said ${t}.`,
];
const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** Writes a JSONL file of English news-like documents (template sentences mixed with sample paragraphs). */
export async function writeEnglishCorpus(file, bytes, samples, seed = 3) {
  const next = rng(seed);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  return writeLines(file, bytes, (i) => {
    const base = pick(samples);
    const paragraphs = [];
    for (let p = 0; p < 4; p++) {
      if (next() < 0.5) paragraphs.push(pick(base.paragraphs));
      else paragraphs.push(Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(FORMS)(pick(ACTORS), pick(VERBS), pick(ACTORS), pick(TIMES), pick(PLACES))).join(' '));
    }
    return `${JSON.stringify({ id: `en-${i}`, date: base.date, text: paragraphs.join('\n\n') })}\n`;
  });
}
