import { describe, expect, it } from 'vitest';
import { codeOn, detectFormat, loadDictionaryTexts, parseDatedValue, parsePattern } from './index.js';

// Small dictionaries of our own, one per format, each with one bad line.
const SAMPLES = {
  'ours.txt': `# ours
[country] Freedonia
code: FRD
aliases: Republic of Freedonia
demonyms: Freedonian; Freedonians
capital: Fredville

[person] Rufus Firefly
aliases: R. T. Firefly
country: FRD
code: FRDGOV 1933-01..1933-12
code: FRDELI 1934..

[agent] border guards; border guard
code: COP

[verb] walk out of; quit
code: 164
pattern: 164 = talks|negotiations with +
pattern: 161 = relations_with +

[discard] stamp fair
this line is broken
`,
  'demo.verbs': `<SYNSETS>
&TALKSYN
+TALKS
+NEGOTIATIONS
</SYNSETS>
QUIT  [164] ; a comment
- * &TALKSYN WITH +  [164]
- * DIPLOMATIC_TIES [161]
`,
  'demo.petrarch.verbs.txt': `&TALKSYN
+TALKS
+DIALOGUE
--- QUIT  [164]  ---
QUIT  # a comment
WALK_OUT {WALKED_OUT WALKS_OUT}
- * &TALKSYN WITH +  [164:1641]
- * &NOSUCHSET  [160]
`,
  'demo.actors': `FREEDONIA [FRD]
+FREEDONIAN
RUFUS_FIREFLY
+FIREFLY_
\t[FRDGOV 330101-331231]
\t[FRDELI >340101]
SYLVANIA [SYL <390101] [SYLGOV]
BROKEN [not a code block
`,
  'demo.agents': `!PERSON! = MAN, MEN
BORDER_GUARD [~COP]
STAMP!PERSON! [~BUS]
STUDENT {STUDENTS PUPILS} [~EDU]
`,
  'demo.discards.txt': `STAMP FAIR
+PHILATELY WEEKLY  # story-level
`,
};

describe('dictionary formats', () => {
  it.each([
    ['ours.txt', 'chronicle'],
    ['demo.verbs', 'tabari/petrarch verbs'],
    ['demo.petrarch.verbs.txt', 'tabari/petrarch verbs'],
    ['demo.actors', 'tabari/petrarch actors'],
    ['demo.agents', 'tabari/petrarch agents'],
    ['demo.discards.txt', 'tabari/petrarch discards'],
  ] as const)('detects %s as %s', (file, format) => {
    expect(detectFormat(file, SAMPLES[file])?.name).toBe(format);
  });

  it('loads every format into one model, turning bad lines into issues that name the line', () => {
    const { dictionary, issues } = loadDictionaryTexts(Object.entries(SAMPLES).map(([file, text]) => ({ file, text })));
    expect(issues.map((i) => `${i.file}:${i.line}`)).toEqual(['ours.txt:23', 'demo.petrarch.verbs.txt:8', 'demo.actors:8']);
    // TABARI stems keep a trailing "*": "FREEDONIA" also matches "Freedonian".
    const freedonia = dictionary.actors.filter((a) => a.names.includes('Freedonia') || a.names.includes('freedonia*'));
    expect(freedonia.map((a) => a.codes[0]!.code)).toEqual(['FRD', 'FRD']);
    const firefly = dictionary.actors.find((a) => a.names.includes('rufus firefly*'))!;
    expect(firefly.names).toEqual(['rufus firefly*', 'firefly']);
    expect(firefly.name).toBe('rufus firefly');
    expect(codeOn(firefly.codes, '1933-06-01')).toBe('FRDGOV');
    expect(codeOn(firefly.codes, '1940-06-01')).toBe('FRDELI');
    // Before any range holds, no code does: the coder falls back on the title or the country.
    expect(codeOn(firefly.codes, '1900-01-01')).toBeNull();
    const sylvania = dictionary.actors.find((a) => a.names.includes('sylvania*'))!;
    expect(codeOn(sylvania.codes, '1938-01-01')).toBe('SYL');
    expect(codeOn(sylvania.codes, '1945-01-01')).toBe('SYLGOV');
    expect(dictionary.agents.flatMap((a) => a.nouns)).toEqual(
      expect.arrayContaining(['border guards', 'border guard', 'stampman', 'stampmen', 'student', 'students', 'pupils']),
    );
    // TABARI's one-word verbs are stems ("quit*"); the others' are words.
    const quit = dictionary.verbs.filter((v) => v.lemmas.includes('quit') || v.lemmas.includes('quit*'));
    expect(quit).toHaveLength(3);
    const petrarch = quit.find((v) => v.lemmas.includes('walk out'))!;
    expect(petrarch.patterns).toHaveLength(1);
    expect(petrarch.patterns[0]).toMatchObject({ code: '164', reciprocal: '1641' });
    expect(petrarch.patterns[0]!.after).toEqual([
      { kind: 'words', options: [['talks'], ['dialogue']] },
      { kind: 'words', options: [['with']] },
      { kind: 'target' },
    ]);
    expect(dictionary.discards).toEqual(['stamp fair', 'stamp fair', 'philately weekly']);
  });

  it("reads TABARI's pattern words as stems unless closed by \"_\", and synsets that name earlier synsets", () => {
    const text = `<SYNSETS>
&KINDS
+TRADE
+ARMS_
&DEALS
+&KINDS_PACTS
+PACTS_ON &KINDS
</SYNSETS>
SIGN  [057]
- * &DEALS WITH +  [0571]
- * { FREE_ | OPEN } TRADE_ZONE  [0572]
- + WAS_* BY $  [0573]
- DIDN'T * &DEALS  [0574]
`;
    const { dictionary, issues } = loadDictionaryTexts([{ file: 'deals.verbs', text }]);
    expect(issues).toEqual([]);
    const [deals, zone, passive, negated] = [...dictionary.verbs[0]!.patterns].sort((a, b) => a.code.localeCompare(b.code));
    // A contraction is the tokenizer's two tokens.
    expect(negated!.before).toEqual([{ kind: 'words', options: [['did', "n't"]] }]);
    // "TRADE" is a stem ("trade*" also fits "traders") wherever its set is used; "ARMS_" and words before a "_" are whole.
    expect(deals!.after).toEqual([
      { kind: 'words', options: [['trade*', 'pacts*'], ['arms', 'pacts*'], ['pacts', 'on*', 'trade*'], ['pacts', 'on*', 'arms']] },
      { kind: 'words', options: [['with*']] },
      { kind: 'target' },
    ]);
    // (A "{ | }" set is marked as one: the TABARI engine measures such patterns apart.)
    expect(zone!.after).toEqual([{ kind: 'words', options: [['free'], ['open*']], choice: true }, { kind: 'words', options: [['trade', 'zone*']] }]);
    // "WAS_*": WAS must stand right before the verb.
    expect(passive!.before).toEqual([{ kind: 'target' }, { kind: 'words', options: [['was']], joined: true }]);
    expect(passive!.after).toEqual([{ kind: 'words', options: [['by*']] }, { kind: 'source' }]);
  });

  it('keeps what only the TABARI engine reads: "_" ties to the verb, "%" compounds, irregular forms, nouns and letter codes', () => {
    const verbs = `TRAMPLE  [180]
{TROD_ TRODDEN_}
- % *  [0191]
- *_HELICOPTERS  [---]
- HOBBIT_* ON +  [075A]
`;
    const actors = `<NOUN>
PARADE_
</NOUN>
<ADJECTIVE>
GRIM
</ADJECTIVE>
SHIRE_OCCUPIED [---]
SHIRE [HOB]
`;
    const { dictionary, issues } = loadDictionaryTexts([{ file: 'x.verbs', text: verbs }, { file: 'x.actors', text: actors }]);
    expect(issues).toEqual([]);
    const entry = dictionary.verbs[0]!;
    expect(entry.forms).toEqual(['trod', 'trodden']);
    const byCode = new Map(entry.patterns.map((p) => [p.code, p]));
    expect(byCode.get('0191')!.before).toEqual([{ kind: 'compound' }]);
    expect(byCode.get('---')!.after).toEqual([{ kind: 'words', options: [['helicopters*']], joined: true }]);
    expect(byCode.get('075A')!.before).toEqual([{ kind: 'words', options: [['hobbit']], joined: true }]);
    expect(dictionary.nouns).toEqual(['parade', 'shire occupied*']);
    expect(dictionary.adjectives).toEqual(['grim*']);
    expect(dictionary.actors.map((a) => a.name)).toEqual(['shire']);
  });

  it("reads a PETRARCH verb file's irregular forms, a block's verbs with codes of their own, and ends a block at a synset", () => {
    const verbs = `--- BREAK [1717] ---
BREAK { BROKE BROKEN }
+BREAK_OFF {+BROKE_OFF +BROKEN_OFF}
SNAP [172]
- * TREATY [161]

&TIES
+DIPLOMATIC_TIES
+RELATIONS
`;
    const { dictionary, issues } = loadDictionaryTexts([{ file: 'p.verbs.txt', text: verbs }]);
    expect(issues).toEqual([]);
    expect(dictionary.dialect).toBe('petrarch');
    const [block, snap] = dictionary.verbs;
    expect(block!.lemmas).toEqual(['break', 'break off']);
    expect(block!.forms).toEqual(['broke', 'broken', 'broke off', 'broken off']);
    expect(block!.closed).toEqual(['break', 'break off']);
    expect(snap).toMatchObject({ lemmas: ['snap'], code: '172' });
    expect(snap!.patterns).toBe(block!.patterns);
    expect(dictionary.verbs).toHaveLength(2);
  });

  it("reads TABARI's COMPLEX, COMMA, CODE BY, CONVERT AGENTS and FORWARD options", () => {
    const text = 'COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN\nCOMMA: MIN = 4 MAX = 6 EMIN = 3\nSET: CODE BY SENTENCE\nSET: CONVERT AGENTS = TRUE\nFORWARD: ^^*****NNN*SSS\n';
    const { dictionary } = loadDictionaryTexts([{ file: 'p.options', text }]);
    expect(dictionary.complex).toEqual({ verbs: 5, actors: 0, pronouns: 0, conjunctions: 4, noActorPrior: true, noActorAfter: false, noVerb: false });
    expect(dictionary.comma).toEqual({ min: 4, max: 6, bmin: 128, bmax: 0, emin: 3, emax: 10 });
    expect(dictionary.codeBy).toBe('sentence');
    expect(dictionary.convertAgents).toBe(true);
    expect(dictionary.forward).toBe(true);
    expect(loadDictionaryTexts([{ file: 'r.options', text: 'FORWARD: ^^*****NNN*SSS OFF\n' }]).dictionary.forward).toBe(false);
    expect(loadDictionaryTexts([{ file: 'q.options', text: 'COMMA: OFF\n' }]).dictionary.comma).toBeNull();
  });

  it('reads a TABARI skip ("^") as an actor stepped over', () => {
    const { dictionary, issues } = loadDictionaryTexts([{ file: 'meet.verbs', text: 'MEET  [031]\n- * IN ^ WITH +  [036]\n' }]);
    expect(issues).toEqual([]);
    expect(dictionary.verbs[0]!.patterns[0]!.after).toEqual([{ kind: 'words', options: [['in*']] }, { kind: 'skip' }, { kind: 'words', options: [['with*']] }, { kind: 'target' }]);
  });

  it("reads a TABARI .options file's DEFAULT command; a later options file replaces it, and OFF clears it", () => {
    const on = 'COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\n//DEFAULT: SOURCE [XXX]\nDEFAULT: SOURCE [defsrc] PRIOR TARGET [DEFTAR] AFTER\n';
    const { dictionary, issues } = loadDictionaryTexts([{ file: 'demo.options', text: on }]);
    expect(issues).toEqual([]);
    expect(dictionary.defaults).toEqual({ source: { code: 'DEFSRC', prior: true }, target: { code: 'DEFTAR', after: true } });
    const later = loadDictionaryTexts([{ file: 'demo.options', text: on }, { file: 'later.options', text: 'DEFAULT: TARGET: [WLD]\n' }]).dictionary;
    expect(later.defaults).toEqual({ source: null, target: { code: 'WLD', after: false } });
    expect(loadDictionaryTexts([{ file: 'demo.options', text: `${on}DEFAULT: OFF\n` }]).dictionary.defaults).toBeNull();
    const bad = loadDictionaryTexts([{ file: 'bad.options', text: 'DEFAULT: SOMETIMES\nSET: MINIMUM WORDS = many\n' }]);
    expect(bad.issues.map((i) => `${i.file}:${i.line}`)).toEqual(['bad.options:1', 'bad.options:2']);
    // MINIMUM WORDS: TABARI's 8 unless the file sets another.
    expect(dictionary.minimumWords).toBe(8);
    expect(loadDictionaryTexts([{ file: 'demo.options', text: 'SET: MINIMUM WORDS = 4\n' }]).dictionary.minimumWords).toBe(4);
  });

  it('takes a dated code over the undated default', () => {
    const codes = [
      { code: 'HOB', from: null, to: null },
      { code: 'HOBMIL', from: '2008-01-20', to: '2012-11-09' },
    ];
    expect(codeOn(codes, '2010-01-06')).toBe('HOBMIL');
    expect(codeOn(codes, '2015-01-01')).toBe('HOB');
  });
  it('reports a file in no known format', () => {
    const { issues } = loadDictionaryTexts([{ file: 'notes.md', text: 'just some notes\n' }]);
    expect(issues).toEqual([{ file: 'notes.md', line: 0, reason: expect.stringMatching(/not a dictionary/) }]);
  });
});

describe('our pattern syntax', () => {
  it.each([
    ['164 = talks|negotiations with +', [{ kind: 'words', options: [['talks'], ['negotiations']] }, { kind: 'words', options: [['with']] }, { kind: 'target' }]],
    ['173 = + under_arrest', [{ kind: 'target' }, { kind: 'words', options: [['under', 'arrest']] }]],
  ])('%s', (text, after) => {
    expect(parsePattern(text, 'x')).toMatchObject({ after, before: [] });
  });

  it('puts elements before "*" before the verb', () => {
    expect(parsePattern('173 = $ * + into_custody', 'x')).toMatchObject({ before: [{ kind: 'source' }], after: [{ kind: 'target' }, { kind: 'words' }] });
  });

  it.each([
    ['PSEGOV 2003-03-19..2003-09-06', { value: 'PSEGOV', from: '2003-03-19', to: '2003-09-06' }],
    ['PSEGOV 2005-01..', { value: 'PSEGOV', from: '2005-01-01', to: null }],
    ['IGOUNO', { value: 'IGOUNO', from: null, to: null }],
    ['ISRGOV ..1999', { value: 'ISRGOV', from: null, to: '1999-12-31' }],
  ])('reads the dated value %s', (text, expected) => {
    expect(parseDatedValue(text)).toEqual(expected);
  });
});
