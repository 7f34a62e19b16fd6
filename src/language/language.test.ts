import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../doc/index.js';
import { loadChronicle } from '../dictionaries/index.js';
import { textReader } from '../ingest/index.js';
import { buildGazetteer, createAnalyzer, createWink, POS_TAGS, TokenFlag } from './index.js';

// A small dictionary of our own, so these tests do not depend on the default dictionaries.
const DICTIONARY = `
[country] Israel
code: ISR
demonyms: Israeli; Israelis
capital: Jerusalem

[country] Palestine
code: PSE
demonyms: Palestinian; Palestinians

[country] North Korea
code: PRK

[country] South Korea
code: KOR

[region] The West
code: WST

[country] United States
code: USA
aliases: U.S.; US
demonyms: American; Americans
capital: Washington

[org] Hamas
code: PSEREBHMS
type: armed group
country: PSE

[org] White House
code: USAGOV
type: government body
country: USA

[org] Red Cross
code: NGOHLHIRC
type: ngo

[person] Mahmoud Abbas
aliases: Abu Mazen
country: PSE
role: prime minister 2003-03-19..2003-09-06
code: PSEGOV 2003-03-19..2003-09-06

[person] Ahmad el-Qudsi
country: PSE
code: PSEGOV

[person] Omar Halabi
country: PSE
code: PSEGOV

[person] Yusuf Halabi
country: PSE
code: PSEELI

[person] Wen Lixin
country: CHN
code: CHNGOV

[person] Pavel Dorenko
aliases: Pavlo Dorenkiy
country: UKR
code: UKRGOV

[person] Kwan Il Sung
country: VNM
code: VNMGOV

[person] Jom Kwan
country: KOR
code: KORGOV
`;

let analyze: (doc: Doc) => Doc;
beforeAll(() => {
  const { dictionary, issues } = loadChronicle(DICTIONARY, 'test.dict');
  expect(issues).toEqual([]);
  analyze = createAnalyzer({ gazetteer: buildGazetteer(dictionary.actors), wink: createWink(), verbs: new Set(['round', 'arrest', 'step', 'shoot', 'wound', 'open', 'fly']) });
});

function doc(text: string, date = '2003-06-07'): Doc {
  const [result] = [...textReader.read(text, { file: 'test.txt', defaultDate: date })];
  if (!result?.ok) throw new Error('fixture did not read');
  return analyze(result.doc);
}

const t = (d: Doc, s: { start: number; end: number }) => d.text.slice(s.start, s.end);

describe('sentences', () => {
  it.each([
    ['abbreviations', 'The U.S.-backed plan was signed by Gen. Ali Saleh on Jan. 5 in Sanaa. Talks resumed.', 2],
    ['a closing quote after the full stop', '“We will not stop.” The spokesman left.', 2],
    ['an ellipsis inside a sentence', 'He said the talks … would go on. Nobody agreed.', 2],
    ['a headline without punctuation', 'Hamas quits talks with Abbas\n\nHamas broke off talks on Friday.', 2],
  ])('splits %s correctly', (_case, text, count) => {
    const d = doc(text);
    expect(d.layers.sentences).toHaveLength(count);
    for (const s of d.layers.sentences!) expect(t(d, s)).toBe(t(d, s).trim());
  });

  it('keeps "U.S.-backed" and "Gen." inside their sentence', () => {
    const d = doc('The U.S.-backed plan was signed by Gen. Ali Saleh. Talks resumed.');
    expect(d.layers.sentences!.map((s) => t(d, s))).toEqual(['The U.S.-backed plan was signed by Gen. Ali Saleh.', 'Talks resumed.']);
  });
});

describe('tokens', () => {
  it('give offsets, POS tags, lemmas and flags', () => {
    const d = doc('Troops were detained. “They did not attend,” he said.');
    const tk = d.layers.tokens!;
    const words = Array.from({ length: tk.length }, (_, i) => d.text.slice(tk.start[i], tk.end[i]));
    expect(words).toEqual(['Troops', 'were', 'detained', '.', '“', 'They', 'did', 'not', 'attend', ',', '”', 'he', 'said', '.']);
    expect(tk.lemma[1]).toBe('be');
    expect(tk.lemma[2]).toBe('detain');
    expect(POS_TAGS[tk.pos[2]!]).toBe('VERB');
    expect(tk.flags[7]! & TokenFlag.Negation).toBeTruthy();
    const inQuote = words.filter((_, i) => tk.flags[i]! & TokenFlag.InQuote);
    expect(inQuote).toEqual(['They', 'did', 'not', 'attend', ',']);
  });
  it("marks a direct quote in single quotes, but not a possessive apostrophe or an unclosed one", () => {
    const d = doc("'Hamas must go,' the students' union said. Egypt's plan dates from the '90s.");
    const tk = d.layers.tokens!;
    const words = Array.from({ length: tk.length }, (_, i) => d.text.slice(tk.start[i], tk.end[i]));
    expect(words.filter((_, i) => tk.flags[i]! & TokenFlag.InQuote)).toEqual(['Hamas', 'must', 'go', ',']);
  });
});

describe('tokens beyond Latin-1', () => {
  it('keeps words with letters such as ć, ğ and ș whole', () => {
    const d = doc('Ratko Mladić met Erdoğan and Milošević.');
    const tk = d.layers.tokens!;
    const words = Array.from({ length: tk.length }, (_, i) => d.text.slice(tk.start[i], tk.end[i]));
    expect(words).toEqual(['Ratko', 'Mladić', 'met', 'Erdoğan', 'and', 'Milošević', '.']);
    expect(d.layers.names!.map((n) => t(d, n))).toEqual(['Ratko Mladić', 'Erdoğan', 'Milošević']);
  });
});

describe('phrases', () => {
  const vg = (d: Doc, text: string) => d.layers.verbGroups!.find((v) => t(d, v) === text);

  it.each([
    ['Two militants were detained by Egyptian security forces.', 'were detained', { lemma: 'detain', voice: 'passive', tense: 'past', negated: false, modal: null }],
    ['Hamas did not attend the meeting.', 'did not attend', { lemma: 'attend', voice: 'active', tense: 'past', negated: true }],
    ['The strike could force a retreat.', 'could force', { lemma: 'force', modal: 'could', negated: false }],
    ['Israel would not risk a war.', 'would not risk', { lemma: 'risk', modal: 'would', negated: true }],
    ['Russia will meet the envoy.', 'will meet', { tense: 'future', modal: null }],
    ['Hamas broke off talks with Abbas.', 'broke off', { lemma: 'break off', tense: 'past' }],
    ['The guerrillas never attended.', 'never attended', { lemma: 'attend', negated: true }],
  ])('%s → %s', (text, group, expected) => {
    expect(vg(doc(text), group)).toMatchObject(expected);
  });

  it('gives a bare verb joined to a modal one, through an infinitive, the same mood', () => {
    const d = doc('She said she would work to build trust and reopen dialogue.');
    expect(vg(d, 'reopen')).toMatchObject({ modal: 'would' });
    expect(vg(doc('She worked to build trust and reopened dialogue.'), 'reopened')).toMatchObject({ modal: null });
  });

  it('finds the object after "as many as" a number, and the subject of "as saying" in whom a verb quotes', () => {
    const d = doc('Baghdad has rushed as many as 20,000 troops toward the border.');
    expect(t(d, d.layers.nounPhrases![vg(d, 'has rushed')!.object!]!)).toBe('20,000 troops');
    const q = doc('State television quoted the minister as saying talks would resume.');
    expect(t(q, q.layers.nounPhrases![vg(q, 'saying')!.subject!]!)).toBe('the minister');
  });

  it('reads no word of a dictionary name as a verb, and finds the verb the tagger missed after it', () => {
    const d = doc('The Red Cross suspended aid deliveries.');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['suspended']);
    expect(vg(d, 'suspended')).toMatchObject({ lemma: 'suspended', voice: 'active' });
  });

  it('reads an -ed word the tagger took for a noun as the verb, and a participle after its object as a reduced relative', () => {
    const d = doc("Israel's military rescued 137 hostages kidnapped from a school.");
    expect(vg(d, 'rescued')).toMatchObject({ lemma: 'rescued', voice: 'active' });
    expect(vg(d, 'kidnapped')).toMatchObject({ voice: 'passive' });
  });

  it('marks verbs in an if-clause, and modal verbs of its sentence, as conditional', () => {
    const d = doc('The EU could cut aid if Israel refuses the plan.');
    expect(vg(d, 'could cut')!.conditional).toBe(true);
    expect(vg(d, 'refuses')!.conditional).toBe(true);
    expect(d.layers.clauses!.find((c) => c.kind === 'conditional')).toMatchObject({ start: d.text.indexOf('if') });
  });

  it('finds noun phrases with their heads, possessors and conjuncts', () => {
    const d = doc("Brazil and Argentina signed a nuclear accord. Abbas' liaison to Hamas left.");
    const nps = d.layers.nounPhrases!;
    const byText = (s: string) => nps.findIndex((p) => t(d, p) === s);
    expect(nps[byText('Brazil')]!.conjuncts).toEqual([byText('Argentina')]);
    const accord = nps[byText('a nuclear accord')]!;
    expect(d.text.slice(d.layers.tokens!.start[accord.head], d.layers.tokens!.end[accord.head])).toBe('accord');
    expect(nps[byText('liaison')]!.possessor).toBe(byText('Abbas'));
  });

  it('attaches prepositions to the verb or the noun they modify', () => {
    const d = doc('Two militants were killed near the West Bank city of Tulkarem. Israel broke off talks with Hamas.');
    const tk = d.layers.tokens!;
    const attached = d.layers.attachments!.map((a) => [
      d.text.slice(tk.start[a.prep], tk.end[a.prep]),
      t(d, d.layers.nounPhrases![a.object]!),
      a.attachedTo.kind,
      t(d, a.attachedTo.kind === 'verb' ? d.layers.verbGroups![a.attachedTo.index]! : d.layers.nounPhrases![a.attachedTo.index]!),
    ]);
    expect(attached).toEqual([
      ['near', 'the West Bank city', 'verb', 'were killed'],
      ['of', 'Tulkarem', 'noun', 'the West Bank city'],
      ['with', 'Hamas', 'noun', 'talks'],
    ]);
  });

  it.each([
    ['Protesters in the town of Gjilan burned the flag.', 'burned', 'Protesters', 'the flag'],
    ['Yeltsin on Saturday hosted Hashimoto.', 'hosted', 'Yeltsin', 'Hashimoto'],
    ['The Nigerian Air Force (NAF) says it struck a camp.', 'says', 'The Nigerian Air Force', null],
    ['Hamas agreed to free the hostages.', 'free', 'Hamas', 'the hostages'],
    ['Israel met Jordan and signed a treaty.', 'signed', 'Israel', 'a treaty'],
    ['The bomb went off in Nairobi, killing several people.', 'killing', 'The bomb', 'several people'],
    ['Syrian forces killed more than 500 civilians.', 'killed', 'Syrian forces', '500 civilians'],
  ])('%s: "%s" has subject %s and object %s', (text, verb, subject, object) => {
    const d = doc(text);
    const v = d.layers.verbGroups!.find((g) => t(d, g) === verb)!;
    const np = (i: number | null) => (i === null ? null : t(d, d.layers.nounPhrases![i]!));
    expect([np(v.subject), np(v.object)]).toEqual([subject, object]);
  });

  it('finds reported speech, quotes with their speaker, and relative clauses', () => {
    const d = doc(
      'South Korea said that a North Korean submarine attacked the ship. “We will fight on,” a rebel commander said. ' +
        'Hamas attacked the convoy, the army said. The envoy, who met Abbas, left.',
    );
    const clauses = d.layers.clauses!.filter((c) => c.kind !== 'main');
    const np = (i: number | null) => (i === null ? null : t(d, d.layers.nounPhrases![i]!));
    expect(clauses.map((c) => [c.kind, t(d, c), np(c.speaker), np(c.antecedent)])).toEqual([
      ['reported', 'a North Korean submarine attacked the ship', 'South Korea', null],
      ['quote', 'We will fight on,', 'a rebel commander', null],
      ['reported', 'Hamas attacked the convoy', 'the army', null],
      ['relative', 'who met Abbas', null, 'The envoy'],
    ]);
  });
});

describe('names', () => {
  it('keeps titles and nationality as modifiers of a person', () => {
    const d = doc('Palestinian Prime Minister Mahmoud Abbas met the envoy.');
    const abbas = d.layers.names!.find((n) => t(d, n) === 'Mahmoud Abbas')!;
    expect(abbas).toMatchObject({ type: 'person', role: 'prime minister', country: 'PSE', entry: 'Mahmoud Abbas' });
    expect(t(d, abbas.extent)).toBe('Palestinian Prime Minister Mahmoud Abbas');
  });

  it('reads "running" after a span of time as "in a row", and a span of time after a noun as a phrase of its own', () => {
    const d = doc('Students marched for the third week running, demanding reforms. Rwanda gave the ambassador 24 hours to leave.');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['marched', 'demanding', 'gave', 'leave']);
    expect(d.layers.nounPhrases!.map((n) => t(d, n))).toContain('the ambassador');
  });
  it('reads a bare participle with an agent after a noun as a passive describing it, before a verb of the same form', () => {
    const d = doc('Government troops backed by Russian warplanes landed on the island.');
    const vg = (text: string) => d.layers.verbGroups!.find((g) => t(d, g) === text);
    expect(vg('backed')).toMatchObject({ voice: 'passive' });
    expect(t(d, d.layers.nounPhrases![vg('landed')!.subject!]!)).toBe('Government troops');
  });
  it('reads a participle before an infinitive after a prepositional object as describing it, not as the main verb', () => {
    const d = doc('The minister arrived in Cairo on Thursday for a visit expected to focus on trade.');
    const vg = (text: string) => d.layers.verbGroups!.find((g) => t(d, g) === text);
    expect(vg('arrived')).toMatchObject({ voice: 'active' });
    expect(vg('expected')).toMatchObject({ voice: 'passive' });
    expect(t(d, d.layers.nounPhrases![vg('expected')!.subject!]!)).toBe('a visit');
  });
  it("gives a past form the lemma the dictionaries know, and reads 'de facto' as an adjective", () => {
    const d = doc("Swazi police rounded up dozens of activists. Honduras' de facto government rejected the plan.");
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['round up', 'reject']);
    const government = d.layers.nounPhrases!.find((n) => t(d, n) === 'de facto government')!;
    expect(t(d, d.layers.nounPhrases![government.possessor!]!)).toBe('Honduras');
  });
  it('reads "new" after a possessive as an adjective, and a word hyphened to a participle as one', () => {
    const d = doc("The leader of Guinea's new military junta promised on Monday to hand power to quake-hit towns.");
    const junta = d.layers.nounPhrases!.find((n) => t(d, n) === 'new military junta')!;
    expect(t(d, d.layers.nounPhrases![junta.possessor!]!)).toBe('Guinea');
    expect(d.layers.nounPhrases!.map((n) => t(d, n))).toContain('quake-hit towns');
  });
  it("reads an apostrophe after a plural as a possessive, and a verb form after 'percent' as a noun", () => {
    const d = doc("Malawi's civil servants' union demanded a 65 percent pay rise.");
    const union = d.layers.nounPhrases!.find((n) => t(d, n) === 'union')!;
    expect(t(d, d.layers.nounPhrases![union.possessor!]!)).toBe('civil servants');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['demand']);
  });
  it('reads "being" and a past participle as a passive, and gives a participle after a clause opener the subject before it', () => {
    const d = doc('Edmundo Gonzalez landed in Madrid after being granted asylum by the Spanish government.');
    const granted = d.layers.verbGroups!.find((g) => g.lemma === 'grant')!;
    expect(granted.voice).toBe('passive');
    expect(t(d, d.layers.nounPhrases![granted.subject!]!)).toBe('Edmundo Gonzalez');
    expect(t(d, d.layers.nounPhrases![granted.agent!]!)).toBe('the Spanish government');
  });
  it("reads 'that' after a day or before a plural as opening a clause, and fixes '-sses' lemmas", () => {
    const d = doc('A spokesman denied on Wednesday that soldiers had opened fire. Egypt dismisses the report.');
    expect(d.layers.nounPhrases!.map((n) => t(d, n))).toContain('soldiers');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['deny', 'open', 'dismiss']);
  });
  it('reads a participle whose "by" phrase is a list as a reduced relative', () => {
    const d = doc('Ethiopian troops backed by tanks and helicopter gunships stormed Eritrean trenches.');
    const stormed = d.layers.verbGroups!.find((g) => g.lemma === 'storm')!;
    expect(t(d, d.layers.nounPhrases![stormed.subject!]!)).toBe('Ethiopian troops');
    expect(d.layers.verbGroups!.find((g) => g.lemma === 'back')!.voice).toBe('passive');
  });
  it('reads a participle whose "with" phrase is a comma list as a reduced relative, and an "as the" clause as none', () => {
    const d = doc('A Canadian cargo plane loaded with tents, blankets and bottled water landed in Port-au-Prince on Friday.');
    const landed = d.layers.verbGroups!.find((g) => g.lemma === 'land')!;
    expect(t(d, d.layers.nounPhrases![landed.subject!]!)).toBe('A Canadian cargo plane');
    expect(d.layers.verbGroups!.find((g) => g.lemma === 'load')!.voice).toBe('passive');
    // (A verb of its own clause after the second participle keeps the first one a finite verb.)
    const e = doc('Premier Li arrived in Lusaka on Monday for a visit focused on copper and rail.');
    expect(e.layers.verbGroups!.find((g) => g.lemma === 'arrive')!.voice).toBe('active');
    const f = doc('The mayor pleaded with Ottawa for tents, cots and generators as the flood waters rose.');
    const pleaded = f.layers.verbGroups!.find((g) => g.lemma === 'plead')!;
    expect(pleaded.voice).toBe('active');
    expect(t(f, f.layers.nounPhrases![pleaded.subject!]!)).toBe('The mayor');
  });
  it('finds a list that a title with an "of" phrase closes as the subject', () => {
    const d = doc('Chinese Foreign Minister Qian Qichen and U.S. Secretary of State Warren Christopher met in Paris.');
    const met = d.layers.verbGroups!.find((g) => g.lemma === 'meet')!;
    const subject = d.layers.nounPhrases![met.subject!]!;
    expect(t(d, subject)).toBe('Chinese Foreign Minister Qian Qichen');
    expect(subject.conjuncts.length).toBeGreaterThan(0);
  });
  it("reads 'that' after a day word and before a capitalised word as opening a clause", () => {
    const d = doc('Seoul said on Monday that Moon Jae-in would travel to Pyongyang.');
    const travel = d.layers.verbGroups!.find((g) => g.lemma === 'travel')!;
    expect(t(d, d.layers.nounPhrases![travel.subject!]!)).toBe('Moon Jae-in');
  });
  it('finds a subject past an apposition and the day after it', () => {
    const d = doc('Mahmoud Abbas, the Palestinian prime minister, on Friday rejected the plan.');
    const rejected = d.layers.verbGroups!.find((g) => g.lemma === 'reject')!;
    expect(t(d, d.layers.nounPhrases![rejected.subject!]!)).toBe('Mahmoud Abbas');
  });
  it('reads a participle set off by commas, with its agent, as describing the phrase before it', () => {
    const d = doc('Hamas sent fighters, backed by rockets, to the border.');
    const backed = d.layers.verbGroups!.find((g) => g.lemma === 'back')!;
    expect(backed.voice).toBe('passive');
    expect(t(d, d.layers.nounPhrases![backed.subject!]!)).toBe('fighters');
  });
  it("finds a subject past an -ing relative and its object, which stays active", () => {
    const d = doc('Riot police wielding truncheons broke up an opposition rally.');
    const broke = d.layers.verbGroups!.find((g) => g.lemma === 'break up')!;
    expect(t(d, d.layers.nounPhrases![broke.subject!]!)).toBe('Riot police');
    expect(d.layers.verbGroups!.find((g) => g.lemma === 'wield')!.voice).toBe('active');
    const e = doc('Egyptian lawmakers visiting Cairo demanded talks.');
    const demanded = e.layers.verbGroups!.find((g) => g.lemma === 'demand')!;
    expect(t(e, e.layers.nounPhrases![demanded.subject!]!)).toBe('Egyptian lawmakers');
    expect(demanded.voice).toBe('active');
  });
  it("reads 'test-' as the first part of its verb, and 'hostage' after a name as no part of it", () => {
    const d = doc('Hamas test-fired rockets. Hamas held Mahmoud Abbas hostage. The hostage crisis ended.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['fire', 'hold', 'end']);
    expect(d.layers.nounPhrases!.map((n) => t(d, n))).toEqual(expect.arrayContaining(['Mahmoud Abbas', 'The hostage crisis']));
    expect(d.layers.verbGroups![0]!.subject).not.toBeNull();
  });
  it("reads a capitalised 'Said' before a name as part of the name", () => {
    const d = doc('Hamas leader Said Halabi met Mahmoud Abbas.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['meet']);
  });
  it("finds a subject past a reduced relative's 'as' phrase", () => {
    const d = doc('Rioters angered by the election of Snyder Rini as prime minister torched shops.');
    const torched = d.layers.verbGroups!.find((g) => g.lemma === 'torch')!;
    expect(t(d, d.layers.nounPhrases![torched.subject!]!)).toBe('Rioters');
  });
  it("reads a base-form verb after a noun a possessive pronoun opens as that noun ('his Independence Day address')", () => {
    const d = doc('Mugabe used his Independence Day address on Tuesday to accuse Britain.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['use', 'accuse']);
  });
  it('reads an -ing word after a verb of starting, before its object, as a verb', () => {
    const d = doc('U.S. planes began flying food into Somalia.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['begin', 'fly']);
  });
  it('gives a trailing report with an adverb after its comma no speaker rather than a bad index', () => {
    const d = doc('Sudan must stop arming rebels, later the minister said.');
    for (const c of d.layers.clauses!) if (c.speaker !== null) expect(c.speaker).toBeGreaterThanOrEqual(0);
  });
  it('reads a past form the tagger took for a noun after a plural subject as the verb', () => {
    const d = doc('Rebel soldiers shot and seriously wounded the president. Gunmen burst into the home of an activist.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['shoot', 'wound', 'burst']);
  });
  it("reads a trailing report whose speaker has a possessive", () => {
    const d = doc("Hamas fired rockets on Thursday, Egypt's army said.");
    expect(d.layers.clauses!.some((c) => c.kind === 'reported')).toBe(true);
  });
  it('reads a verb the tagger took for an adjective after a modal as the verb', () => {
    const d = doc('The government would open formal peace negotiations with the rebels.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toContain('open');
  });
  it('reads a plural after a number and a demonym as a noun', () => {
    const d = doc('The expulsion of four Israeli diplomats by Egypt angered Hamas.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['anger']);
  });
  it("links no name to a sentence-opening 'it' after a sentence whose subject is a thing", () => {
    const d = doc('The plan, handed to Hamas by Egypt, calls for a truce. It gives Hamas ten days.');
    const it = d.layers.nounPhrases!.findIndex((n) => t(d, n) === 'It');
    expect(d.layers.links!.some((l) => l.mention.kind === 'phrase' && l.mention.index === it)).toBe(false);
  });
  it("links 'the lender' or 'the tribunal' to the body named before it", () => {
    const d = doc('Hamas met the envoy. The lender said it would help.');
    const lender = d.layers.nounPhrases!.findIndex((n) => t(d, n) === 'The lender');
    const link = d.layers.links!.find((l) => l.mention.kind === 'phrase' && l.mention.index === lender);
    expect(link && t(d, d.layers.names![link.antecedent]!)).toBe('Hamas');
  });
  it("links 'the council' only to a body named as one that governs", () => {
    const d = doc('Hamas criticised the military council.');
    const council = d.layers.nounPhrases!.findIndex((n) => t(d, n) === 'the military council');
    expect(d.layers.links!.some((l) => l.mention.kind === 'phrase' && l.mention.index === council)).toBe(false);
  });
  it("reads an unknown people's name before a group noun as no person", () => {
    const d = doc('Slav parties and Hutu militias met in Geneva.');
    expect(d.layers.names!.filter((n) => n.type === 'person')).toEqual([]);
  });
  it('nests an organisation inside the one that owns it', () => {
    const d = doc("The White House's National Security Council met on Friday.");
    const names = d.layers.names!;
    const council = names.find((n) => t(d, n) === 'National Security Council')!;
    expect(council.type).toBe('org');
    expect(t(d, names[council.parent!]!)).toBe('White House');
  });

  it.each([
    ['Fighting broke out in Tulkarem.', 'Tulkarem', 'place'],
    ['Officials of the Revolutionary Armed Forces of Colombia spoke.', 'Revolutionary Armed Forces of Colombia', 'org'],
    ['The Islamist group refused.', 'Islamist', 'group'],
    ['Gen. Ali Saleh resigned.', 'Ali Saleh', 'person'],
    ['Hamas rejected the offer.', 'Hamas', 'org'],
    ['Israelis protested.', 'Israelis', 'group'],
  ])('%s → %s is a %s', (text, name, type) => {
    const d = doc(text);
    expect(d.layers.names!.find((n) => t(d, n) === name)?.type).toBe(type);
  });

  it('takes the name of a contest or a fair for no one', () => {
    const d = doc('Police arrested three men suspected in the Kampala World Cup bombings and a plot against the Asian Games.');
    expect(d.layers.names!.map((n) => t(d, n))).not.toContain('World Cup');
    expect(d.layers.names!.map((n) => t(d, n))).not.toContain('Asian Games');
  });
});

describe('dictionary stems', () => {
  it('matches a TABARI-style stem as the start of a word', async () => {
    const { loadDictionaryTexts } = await import('../dictionaries/index.js');
    const { dictionary } = loadDictionaryTexts([{ file: 'demo.actors', text: 'FREEDONIA [FRD]\nSYLVANIA_ [SYL]\n' }]);
    const language = (await import('./index.js')).createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors), wink: createWink() });
    const [r] = [...textReader.read('Freedonian troops faced Sylvanians and Sylvania.', { file: 't', defaultDate: null })];
    const d = language.run(r!.ok ? r!.doc : (null as never));
    expect(d.layers.names!.filter((n) => n.actor !== null).map((n) => t(d, n))).toEqual(['Freedonian', 'Sylvania']);
  });
});

describe('links', () => {
  const links = (d: Doc) =>
    d.layers.links!.map((l) => [
      l.kind,
      t(d, l.mention.kind === 'name' ? d.layers.names![l.mention.index]! : d.layers.nounPhrases![l.mention.index]!),
      t(d, d.layers.names![l.antecedent]!),
    ]);

  it('links an alias, a surname and a pronoun to the full name', () => {
    const d = doc('Mahmoud Abbas, also known as Abu Mazen, met Hamas. Abbas said he would return.');
    expect(links(d)).toEqual(
      expect.arrayContaining([
        ['alias', 'Abu Mazen', 'Mahmoud Abbas'],
        ['pronoun', 'he', 'Mahmoud Abbas'],
      ]),
    );
    // The dictionary knows one person surnamed Abbas: the surname alone names that entry.
    expect(d.layers.names!.filter((n) => t(d, n) === 'Abbas').map((n) => n.entry)).toEqual(['Mahmoud Abbas']);
  });

  it("links a pronoun to the name at the head of the phrase that names several", () => {
    const d = doc('The West ally Hamas said it would return.');
    expect(links(d)).toEqual(expect.arrayContaining([['pronoun', 'it', 'Hamas']]));
  });

  it('knows a surname without its article and with its diacritics folded', () => {
    const d = doc('Qudsi met Hamas. Qudsí left.');
    expect(d.layers.names!.filter((n) => n.type === 'person').map((n) => n.entry)).toEqual(['Ahmad el-Qudsi', 'Ahmad el-Qudsi']);
  });

  it('knows a Chinese family name, which comes first, and the surname of a full-name alias', () => {
    const d = doc('Hamas met Wen. Hamas met Dorenkiy.');
    expect(d.layers.names!.filter((n) => n.type === 'person').map((n) => n.entry)).toEqual(['Wen Lixin', 'Pavel Dorenko']);
  });

  it('reads a participle between a determiner and a noun as an adjective, and a bare verb after a day word', () => {
    const d = doc('Israeli authorities today release an impounded ship.');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['release']);
  });

  it("reads a bare verb that ends a verb's object before a preposition as part of a compound noun", () => {
    const d = doc('Israeli troops struck an apartment block in Gaza.');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['struck']);
  });

  it('reads "the West" as the name the dictionaries write with its article', () => {
    const d = doc('Hamas accused the West of lying.');
    expect(d.layers.names!.map((n) => [d.text.slice(n.start, n.end), n.country ?? n.entry])).toEqual([['Hamas', 'PSE'], ['West', 'The West']]);
  });

  it('keeps a time phrase after a name out of its noun phrase', () => {
    const d = doc('Hamas will visit Israel next year.');
    expect(d.layers.nounPhrases!.map((n) => d.text.slice(n.start, n.end))).toContain('Israel');
  });

  it('reads a verb before another bare participle as the main verb, not a reduced relative', () => {
    const d = doc('Hamas resigned on Thursday in a letter sent from Cairo.');
    expect(d.layers.verbGroups![0]!.voice).toBe('active');
  });

  it('reads an opening participle before a name, and a gerund after an adjective before a verb, as parts of phrases', () => {
    const d = doc('Suspected Hamas militants attacked Israel. Heavy fighting broke out between Israel and Hamas.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['attack', 'break out']);
  });

  it('reads a gerund after a verb of beginning as a verb, and keeps a predicate adjective out of the name before it', () => {
    const d = doc('Hamas began expelling thousands of people. Israel found Salim Haddad guilty.');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['began', 'expelling', 'found']);
    expect(d.layers.nounPhrases!.map((n) => d.text.slice(n.start, n.end))).toContain('Salim Haddad');
    const freed = doc('Israel set Salim Haddad free.');
    expect(freed.layers.nounPhrases!.map((n) => freed.text.slice(n.start, n.end))).toContain('Salim Haddad');
  });

  it("reads a headline's infinitive after its subject as what the subject will do", () => {
    const d = doc('Israel to free Hamas prisoners');
    expect(d.layers.verbGroups!.map((g) => [t(d, g), g.tense])).toEqual([['free', 'future']]);
    expect(d.layers.verbGroups![0]!.subject).toBe(0);
  });

  it('reads a form that is only ever past tense as no reduced relative', () => {
    const d = doc('Jailed Palestinian prisoners went on strike on Monday.');
    expect(d.layers.verbGroups!.find((g) => g.lemma === 'go')!.voice).toBe('active');
  });

  it('finds the first of two names that share their last words ("North and South Korea")', () => {
    const d = doc('Hamas urged North and South Korea to talk.');
    expect(d.layers.names!.map((n) => [d.text.slice(n.start, n.end), n.country])).toEqual([['Hamas', 'PSE'], ['North', 'PRK'], ['South Korea', 'KOR']]);
  });

  it('gives "staged" and "waged" their own lemmas', () => {
    const d = doc('Egyptian students staged a protest and waged a campaign.');
    expect(d.layers.verbGroups!.map((g) => g.lemma)).toEqual(['stage', 'wage']);
  });

  it('keeps a scare-quoted modifier inside its noun phrase', () => {
    const d = doc('Hamas held "candid" talks with Egypt.');
    expect(d.layers.verbGroups![0]!.object).not.toBeNull();
    const object = d.layers.nounPhrases![d.layers.verbGroups![0]!.object!]!;
    expect(d.text.slice(object.start, object.end)).toBe('"candid" talks');
  });

  it('lists every member after the first comma of a fronted phrase', () => {
    const d = doc('In a show of unity, the leaders of Egypt, Israel and Jordan met.');
    const egypt = d.layers.nounPhrases!.findIndex((n) => d.text.slice(n.start, n.end) === 'Egypt');
    expect(d.layers.nounPhrases![egypt]!.conjuncts).toHaveLength(2);
  });

  it("finds a headline's own verb before a clause that has one", () => {
    const d = doc('Hamas hosts Egyptian students as talks drag on');
    expect(d.layers.verbGroups!.map((g) => t(d, g))[0]).toBe('hosts');
  });

  it('reads an all-capital word among lower-case ones as a name, not a verb', () => {
    const d = doc('Russia suspended the New START treaty.');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['suspended']);
  });

  it('reads an ordinal between a determiner and its noun as part of the phrase', () => {
    const d = doc('Egyptian troops carried out their first joint patrol.');
    expect(d.layers.nounPhrases!.map((n) => d.text.slice(n.start, n.end))).toContain('their first joint patrol');
  });

  it('reads an -ing word between a name and a name as a participle', () => {
    const d = doc('Hamas fired rockets at bases in Israel housing Egyptian troops.');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['fired', 'housing']);
  });

  it('reads a headline that joins names with a comma and has a bare verb', () => {
    const d = doc('Hamas, Abbas pledge new talks');
    expect(d.layers.verbGroups!.map((g) => t(d, g))).toEqual(['pledge']);
    expect(d.layers.nounPhrases![0]!.conjuncts).toHaveLength(1);
  });

  it('gives a titled surname that people of one country share that country, and no one person', () => {
    const d = doc('President Halabi met Hamas.');
    expect(d.layers.names!.find((n) => t(d, n) === 'Halabi')).toMatchObject({ type: 'person', actor: null, country: 'PSE' });
  });

  it('links a surname to an earlier full name the dictionary does not know', () => {
    const d = doc('Salim Haddad met Hamas. Later Haddad said he would return.');
    expect(links(d)).toEqual(expect.arrayContaining([['short-form', 'Haddad', 'Salim Haddad']]));
  });

  it("links a family name written first to the person the document named, not to the surname's other bearer", () => {
    const d = doc('Kwan Il Sung met Hamas. Later Kwan said he would return.');
    expect(links(d)).toEqual(expect.arrayContaining([['short-form', 'Kwan', 'Kwan Il Sung']]));
    expect(d.layers.names!.find((n) => d.text.slice(n.start, n.end) === 'Kwan')!.entry).not.toBe('Jom Kwan');
  });

  it("links an object pronoun to the nearest name, not to its own sentence's subject", () => {
    const d = doc('Israel cut links with Hamas on Friday, accusing it of lying.');
    expect(links(d)).toEqual(expect.arrayContaining([['pronoun', 'it', 'Hamas']]));
  });

  it('links "X (Y)" and a later short form', () => {
    const d = doc('The Revolutionary Armed Forces of Colombia (FARC) signed. FARC leaders cheered.');
    expect(links(d)).toEqual(
      expect.arrayContaining([
        ['parenthetical', 'FARC', 'Revolutionary Armed Forces of Colombia'],
        ['same-name', 'FARC', 'FARC'],
      ]),
    );
  });

  it('links "the group" to the nearest organisation, and possessives to their owner', () => {
    const d = doc("Hamas quit the talks. The group said Abbas' liaison to Hamas had left.");
    expect(links(d)).toEqual(expect.arrayContaining([['nominal', 'The group', 'Hamas'], ['possessive', 'liaison', 'Abbas']]));
    const nominal = d.layers.links!.find((l) => l.kind === 'nominal')!;
    expect(nominal.confidence).toBeGreaterThan(0);
    expect(nominal.confidence).toBeLessThanOrEqual(1);
  });

  it('does not take "the Afghan government" for a nominal reference to an earlier name', () => {
    const d = doc('Hamas met the envoy. The Palestinian government said it was ready.');
    expect(links(d).filter((l) => l[0] === 'nominal')).toEqual([]);
  });

  it('takes a head noun that is also a property of every object ("the constructor") for a plain word', () => {
    const d = doc('Hamas attacked Israel. The constructor said the wall held, and the toString was fine.');
    expect(links(d).filter((l) => l[0] === 'nominal')).toEqual([]);
  });

  it('names an appositive role: "Rantisi, a senior Hamas leader,"', () => {
    const d = doc('Abdel Aziz Rantisi, a senior Hamas leader in Gaza, said Hamas would fight.');
    expect(d.layers.names!.find((n) => t(d, n) === 'Abdel Aziz Rantisi')!.role).toBe('leader');
  });
});

describe('times', () => {
  it.each([
    // 2003-06-07 is a Saturday.
    ['Hamas quit talks on Friday.', 'Friday', '2003-06-06', 'day'],
    ['Abbas will meet Hamas on Tuesday.', 'Tuesday', '2003-06-10', 'day'],
    ['Talks began earlier this week.', 'earlier this week', '2003-W23', 'week'],
    ['Troops raided the camp overnight.', 'overnight', '2003-06-06', 'day'],
    ['The group was founded in 1988.', '1988', '1988', 'year'],
    ['Elections were held last March.', 'last March', '2003-03', 'month'],
    ['He promised a decision within a week.', 'within a week', '2003-06-07/2003-06-14', 'week'],
    ['The summit opened on June 4, 2003.', 'June 4, 2003', '2003-06-04', 'day'],
    ['Fighting began two days ago.', 'two days ago', '2003-06-05', 'day'],
    ['Officials met yesterday.', 'yesterday', '2003-06-06', 'day'],
    ['The accord was signed last week.', 'last week', '2003-W22', 'week'],
    ['The summit opened on May 20.', 'May 20', '2003-05-20', 'day'],
    ['Israel will withdraw its troops by May 20.', 'May 20', '2004-05-20', 'day'],
  ])('%s → %s = %s', (text, expression, value, granularity) => {
    const d = doc(text);
    const time = d.layers.times!.find((x) => t(d, x) === expression);
    expect(time).toMatchObject({ value, granularity });
  });

  it('gives the span of days each expression covers', () => {
    const d = doc('Talks began earlier this week and ended overnight.');
    expect(d.layers.times!.map((x) => [x.from, x.to])).toEqual([
      ['2003-06-02', '2003-06-06'],
      ['2003-06-06', '2003-06-07'],
    ]);
  });

  it('"last March" in a story from March is the March before', () => {
    const d = doc('Elections were held last March.', '2004-03-20');
    expect(d.layers.times![0]).toMatchObject({ value: '2003-03' });
  });

  it('finds nothing without a publication date', () => {
    expect(doc('Hamas quit talks on Friday.', null as unknown as string).layers.times).toEqual([]);
  });
});
