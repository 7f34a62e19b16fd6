import { describe, expect, it } from 'vitest';
import type { InputKind } from '../../doc/index.js';
import { formatIssue } from '../issues.js';
import type { ReadResult } from '../types.js';
import { readers } from './index.js';

// Small inputs of our own, one valid and one broken per reader.
const STORY = 'Hamas broke off talks on Friday with Prime Minister Mahmoud Abbas, also known as Abu Mazen. “We will not stop,” a spokesman said.';

const PAGE = `<!doctype html><html><head><title>Talks collapse | Example News</title>
<meta property="og:site_name" content="Example News"><meta name="author" content="A. Writer">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Talks collapse","datePublished":"2003-06-07T09:00:00+03:00","publisher":{"@type":"Organization","name":"Example News"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Talks collapse</h1><p>GAZA CITY (Example) &mdash; ${STORY}</p><p>Two militants were killed near the West Bank city of Tulkarem, the army said.</p></article>
<footer>&copy; Example News</footer></body></html>`;

const FEED = `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example Wire</title>
<item><title>Talks collapse</title><link>https://example.org/a</link><guid>ex-1</guid><pubDate>Sat, 07 Jun 2003 23:30:00 -0500</pubDate><dc:creator>A. Writer</dc:creator><description><![CDATA[<p>${STORY}</p><p>Second paragraph.</p>]]></description></item>
<item><title>Second</title><guid>ex-2</guid><description>Plain &amp; simple text of a second story.</description></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
<entry><title>Talks collapse</title><id>urn:ex:1</id><link href="https://example.org/a"/><published>2003-06-07T10:00:00+02:00</published><author><name>A. Writer</name></author><content type="html">&lt;p&gt;${STORY}&lt;/p&gt;</content></entry></feed>`;

const JSONL = [
  JSON.stringify({ id: 'j1', title: 'Talks collapse', date: '2003-06-07', url: 'https://example.org/j1', source: 'Example', text: `JERUSALEM (Example) — ${STORY}` }),
  '',
  JSON.stringify({ id: 7, html: `<p>${STORY}</p><p>More.</p>` }),
].join('\n');

const PETRARCH = `<Sentences>
<!-- a comment with <Sentence> inside it -->
<Sentence date="20030607" id="T-01" source="EX" sentence="True">
<EventCoding sourcecode="PSE" targetcode="ISR" eventcode="160"></EventCoding>
<Text>
Hamas broke off talks with
Israel &amp; the Palestinian Authority.
</Text>
<Parse>(ROOT (S (NP (NNP Hamas))))</Parse>
</Sentence>
</Sentences>`;

const valid: Record<InputKind, string[]> = {
  text: [`Title: Talks collapse\nDate: 2003-06-07\nSource: Example\n\nGAZA CITY (Example) — ${STORY}\n\nSecond paragraph,\nhard wrapped.`, STORY],
  html: [PAGE],
  jsonl: [JSONL],
  feed: [FEED, ATOM],
  petrarch: [PETRARCH],
};

const broken: Record<InputKind, string> = {
  text: 'Title: Nothing\n\n   \n',
  html: '<html><body><nav><a href="/">Home</a> <a href="/x">World</a></nav></body></html>',
  jsonl: '{"id": 1, "text": ',
  feed: '<rss><channel><item><title>cut off',
  petrarch: '<Sentences></Sentences>',
};

function docs(results: Iterable<ReadResult>) {
  return [...results].flatMap((r) => (r.ok ? [r.doc] : []));
}

// One conformance suite that every reader passes.
describe.each(Object.keys(readers) as InputKind[])('%s reader', (kind) => {
  const reader = readers[kind];
  const ctx = { file: `sample.${kind}`, defaultDate: '1999-12-31' };

  it.each(valid[kind].map((input, i) => [i, input] as const))('reads valid input %i into well-formed documents', (_i, input) => {
    const results = [...reader.read(input, ctx)];
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const read = docs(results);
    expect(read.length).toBeGreaterThan(0);
    for (const doc of read) {
      expect(doc.origin.kind).toBe(kind);
      expect(doc.origin.file).toBe(ctx.file);
      expect(doc.id).not.toBe('');
      expect(doc.text).not.toMatch(/^\s|\s$|\r|[ \t]{2}|\n{3}/);
      expect(doc.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const paragraphs = doc.layers.paragraphs ?? [];
      expect(paragraphs.length).toBeGreaterThan(0);
      expect(paragraphs.map((p) => doc.text.slice(p.start, p.end)).join('\n\n')).toBe(doc.text);
    }
    // Reading again gives the same ids: they are stable.
    expect(docs(reader.read(input, ctx)).map((d) => d.id)).toEqual(read.map((d) => d.id));
  });

  it('turns broken input into an issue that names the file', () => {
    const results = [...reader.read(broken[kind], ctx)];
    const issues = results.flatMap((r) => (r.ok ? [] : [r.issue]));
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(formatIssue(issue)).toMatch(new RegExp(`^sample\\.${kind}\\b.*: \\S`));
  });
});

describe('text reader', () => {
  it('takes metadata from the header block and lifts the dateline', () => {
    const [doc] = docs(readers.text.read(valid.text[0]!, { file: 'a.txt', defaultDate: null }));
    expect(doc).toMatchObject({ title: 'Talks collapse', date: '2003-06-07', source: 'Example' });
    expect(doc!.dateline).toMatchObject({ place: 'GAZA CITY', agency: 'Example' });
    expect(doc!.text.startsWith('Hamas broke off talks')).toBe(true);
    expect(doc!.text.endsWith('Second paragraph, hard wrapped.')).toBe(true);
  });

  it('does not mistake a story line for a header', () => {
    const [doc] = docs(readers.text.read('Officials: talks resumed.\n\nMore text.', { file: 'a.txt', defaultDate: null }));
    expect(doc!.title).toBeNull();
    expect(doc!.text).toBe('Officials: talks resumed.\n\nMore text.');
  });

  it('uses the default date only when the input has none', () => {
    const [doc] = docs(readers.text.read(STORY, { file: 'a.txt', defaultDate: '2003-06-07' }));
    expect(doc!.date).toBe('2003-06-07');
  });

  it('refuses an unreadable date, naming the field', () => {
    const [result] = [...readers.text.read(`Date: last Friday\n\n${STORY}`, { file: 'a.txt', defaultDate: null })];
    expect(result!.ok).toBe(false);
    expect(!result!.ok && formatIssue(result!.issue)).toBe('a.txt: field "date" is not a date: "last Friday" (use YYYY-MM-DD)');
  });
});

describe('html reader', () => {
  it('extracts the article and its metadata from meta tags and JSON-LD', () => {
    const [doc] = docs(readers.html.read(PAGE, { file: 'p.html', defaultDate: null }));
    expect(doc).toMatchObject({
      title: 'Talks collapse',
      date: '2003-06-07',
      published: '2003-06-07T09:00:00+03:00',
      source: 'Example News',
      author: 'A. Writer',
      dateline: { place: 'GAZA CITY', agency: 'Example' },
    });
    expect(doc!.text).toContain('“We will not stop,”');
    expect(doc!.text).not.toMatch(/Home|World|©/);
    expect(doc!.layers.paragraphs).toHaveLength(2);
  });

  it('reads the date from a <time> element when nothing else gives it', () => {
    const page = PAGE.replace(/<script[\s\S]*?<\/script>/, '').replace('<h1>', '<time datetime="2001-09-12">12 Sept</time><h1>');
    expect(docs(readers.html.read(page, { file: 'p.html', defaultDate: null }))[0]!.date).toBe('2001-09-12');
  });
});

describe('feed reader', () => {
  it('reads every item, keeping the publisher’s day and the guid', () => {
    const read = docs(readers.feed.read(FEED, { file: 'f.rss', defaultDate: null }));
    expect(read.map((d) => [d.id, d.date, d.title, d.origin.item])).toEqual([
      ['ex-1', '2003-06-07', 'Talks collapse', 1],
      ['ex-2', null, 'Second', 2],
    ]);
    expect(read[0]).toMatchObject({ author: 'A. Writer', source: 'Example Wire', url: 'https://example.org/a' });
    expect(read[0]!.layers.paragraphs).toHaveLength(2);
    expect(read[1]!.text).toBe('Plain & simple text of a second story.');
  });

  it('reads Atom entries', () => {
    const [doc] = docs(readers.feed.read(ATOM, { file: 'f.atom', defaultDate: null }));
    expect(doc).toMatchObject({ id: 'urn:ex:1', date: '2003-06-07', author: 'A. Writer', text: STORY });
  });

  it('says when well-formed XML is not a feed', () => {
    const [result] = [...readers.feed.read('<?xml version="1.0"?><catalog><book/></catalog>', { file: 'c.xml', defaultDate: null })];
    expect(!result!.ok && result!.issue.code).toBe('not_feed');
  });
});

describe('jsonl reader', () => {
  it('reads text and html records, with line numbers', () => {
    const read = docs(readers.jsonl.read(JSONL, { file: 'b.jsonl', defaultDate: null }));
    expect(read.map((d) => [d.id, d.origin.item])).toEqual([
      ['j1', 1],
      ['7', 3],
    ]);
    expect(read[0]!.dateline?.place).toBe('JERUSALEM');
    expect(read[1]!.layers.paragraphs).toHaveLength(2);
  });

  it.each([
    ['not json', 'invalid_json', 'b.jsonl:line 5: is not valid JSON'],
    ['[1, 2]', 'not_object', 'b.jsonl:line 5: is not a JSON object'],
    ['{"title": "x"}', 'no_text', 'b.jsonl:item 5: has no text'],
    ['{"text": 42}', 'bad_field', 'b.jsonl:item 5: field "text" must be a string'],
    ['{"text": "ok", "date": "someday"}', 'bad_field', 'b.jsonl:item 5: field "date" is not a date'],
  ])('refuses %j as %s, keeping its line number', (line, code, message) => {
    const [result] = [...readers.jsonl.read(line, { file: 'b.jsonl', defaultDate: null, lineOffset: 4 })];
    expect(!result!.ok && result!.issue.code).toBe(code);
    expect(!result!.ok && formatIssue(result!.issue)).toContain(message);
  });
});

describe('petrarch reader', () => {
  it('keeps id, date and source, and ignores the parse', () => {
    const [doc] = docs(readers.petrarch.read(PETRARCH, { file: 'v.xml', defaultDate: null }));
    expect(doc).toMatchObject({ id: 'T-01', date: '2003-06-07', source: 'EX', text: 'Hamas broke off talks with Israel & the Palestinian Authority.' });
  });
});
