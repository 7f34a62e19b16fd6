import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../doc/index.js';
import { createCoderStage, parseCodebook } from '../events/index.js';
import { textReader } from '../ingest/index.js';
import { buildGazetteer, createLanguageStage, createWink } from '../language/index.js';
import { codeOn, defaultDictionaryPaths, loadChronicle, loadDictionaryFiles, type Dictionary } from './index.js';

// Actor entries of our own (invented people), to test how the dictionary names people and capitals.
const DICTIONARY = `
[country] Palestine
code: PSE

[country] Freedonia
code: FRD

[country] Sylvania
code: SYL

[org] Hamas
code: PSEREBHMS
country: PSE

[person] Rufus Firefly
country: FRD
role: president 2000..
code: FRDGOV 2000..

# Two people share the surname; the second is far less known and gives it up.
[person] Ambrose Trentino
country: SYL
role: president 2000..
code: SYLGOV 2000..

[person] Luis Trentino
country: FRD
role: deputy minister 2001..2002
code: FRDGOV 2001..2002
code: FRDELI 2003..
bare_surname: no

# A surname that is a common word.
[person] Peter Christian
country: FRD
role: prime minister 2001..2004
code: FRDGOV 2001..2004
bare_surname: no

# A Spanish double surname: the last word is his mother's surname, shared with someone else.
[person] Manuel Marrero Cruz
country: SYL
code: SYLGOV 2001..
bare_surname: Marrero

[person] Ted Cruz
country: FRD
code: FRDLEG
`;

const CODEBOOK = [
  ['code', 'name', 'goldstein', 'quad', 'plover_event', 'plover_mode', 'plover_context'],
  ['040', 'Consult', '1.0', '1', 'CONSULT', '', ''],
].map((row) => row.join('\t')).join('\n');

function load(text: string): { dictionary: Dictionary; issues: string[] } {
  const { dictionary, issues } = loadChronicle(text, 'people.txt');
  return { dictionary, issues: issues.map((i) => `${i.line}: ${i.reason}`) };
}

function pipeline(dictionary: Dictionary): (text: string, date?: string) => Doc {
  const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors), wink: createWink(), places: null });
  const coder = createCoderStage({ dictionary, codebook: parseCodebook(CODEBOOK).codebook });
  return (text, date = '2003-06-07') => {
    const [r] = [...textReader.read(text, { file: 't.txt', defaultDate: date })];
    if (!r?.ok) throw new Error('fixture');
    return coder.run(language.run(r.doc));
  };
}

const VERBS = `
[verb] meet
code: 040
`;

describe('bare_surname', () => {
  const { dictionary, issues } = load(DICTIONARY + VERBS);
  const person = (name: string) => dictionary.actors.find((a) => a.name === name)!;
  const gazetteer = buildGazetteer(dictionary.actors);
  const run = pipeline(dictionary);
  const coded = (text: string, date?: string) =>
    run(text, date).layers.events!.map((e) => `${e.source?.code ?? '---'} ${e.cameo} ${e.target?.code ?? '---'}`);

  it('reads "no" as no bare surname, and words as the ones that name the person alone', () => {
    expect(issues).toEqual([]);
    expect(person('Peter Christian').surnames).toEqual([]);
    expect(person('Manuel Marrero Cruz').surnames).toEqual(['Marrero']);
    expect(person('Rufus Firefly').surnames).toBeNull();
  });

  it('reports a bad value and the field on anything but a person', () => {
    const bad = load('[person] A B\ncode: FRDGOV\nbare_surname: no; B\n\n[person] C D\ncode: FRDGOV\nbare_surname: de Mello\n\n[org] Hamas\ncode: PSEREBHMS\nbare_surname: no\n');
    expect(bad.issues).toEqual([
      '1: [person] A B: bad bare_surname "no; B": write "no", or single words',
      '5: [person] C D: bad bare_surname "de Mello": write "no", or single words',
      '9: [org] Hamas: "bare_surname:" is for people only',
    ]);
    // A bad value is ignored: the surname is derived as usual.
    expect(bad.dictionary.actors[0]!.surnames).toBeNull();
  });

  it('keeps a flagged person out of the surnames, so that a namesake keeps the bare surname', () => {
    expect(gazetteer.surnames.get('trentino')?.entry).toBe('Ambrose Trentino');
    expect(gazetteer.sharedSurnames.has('trentino')).toBe(false);
    expect(gazetteer.surnames.has('christian')).toBe(false);
    expect(gazetteer.surnames.get('marrero')?.entry).toBe('Manuel Marrero Cruz');
    expect(gazetteer.surnames.get('cruz')?.entry).toBe('Ted Cruz');
  });

  it('codes a bare surname as the one person it names, and a flagged one as no one', () => {
    expect(coded('Trentino met Hamas.')).toEqual(['SYLGOV 040 PSEREBHMS']);
    expect(coded('Cruz met Hamas.')).toEqual(['FRDLEG 040 PSEREBHMS']);
    expect(coded('Marrero met Hamas.')).toEqual(['SYLGOV 040 PSEREBHMS']);
    // "Christian" names no one, not even while Peter Christian is in office.
    expect(coded('Hamas met Christian.', '2003-06-07')).toEqual(['PSEREBHMS 040 ---']);
  });

  it('still codes the full name, and a later surname that refers back to it', () => {
    expect(coded('Peter Christian met Hamas.')).toEqual(['FRDGOV 040 PSEREBHMS']);
    expect(coded('Luis Trentino met Hamas.', '2001-06-07')).toEqual(['FRDGOV 040 PSEREBHMS']);
    expect(coded('Peter Christian arrived on Monday. Christian met Hamas.')).toEqual(['FRDGOV 040 PSEREBHMS']);
  });
});

// Capitals with date ranges: a capital that moved, a state that did not exist yet, and a city
// that was the capital of several entries in turn.
const CAPITALS = `
[country] Freedonia
code: FRD
capital: Fredville

[country] Nigeria
code: NGA
capital: Abuja 1991-12-12..
capital: Lagos ..1991-12-11

[country] Sudan
code: SDN
capital: Khartoum
# the seat of the autonomous Government of Southern Sudan
capital_aliases: Juba 2005-07-09..2011-07-08

[country] South Sudan
code: SSD
capital: Juba 2011-07-09..

[country] Myanmar
code: MMR
capital: Naypyidaw 2005-11-06..
capital_aliases: Nay Pyi Taw 2005-11-06..; Yangon ..2005-11-05; Rangoon ..2005-11-05

[country] Serbia
code: SRB
capital: Belgrade 2006-06-05..

[country] Yugoslavia
code: YUG ..1992-04-26
code: FRY 1992-04-27..2003-02-03
capital: Belgrade ..2003-02-03

[country] Serbia and Montenegro
code: SCG
capital: Belgrade 2003-02-04..2006-06-04

[org] Hamas
code: PSEREBHMS
country: PSE

[verb] meet
code: 040
`;

describe('capitals with date ranges', () => {
  const { dictionary, issues } = load(CAPITALS);
  const capital = (name: string) => dictionary.actors.find((a) => a.type === 'capital' && a.names.includes(name))!;
  const codes = (name: string) => capital(name).codes.map((c) => `${c.code} ${c.from ?? ''}..${c.to ?? ''}`);
  const run = pipeline(dictionary);
  const coded = (text: string, date: string) =>
    run(text, date).layers.events!.map((e) => `${e.source?.code ?? '---'} ${e.cameo} ${e.target?.code ?? '---'}`);

  it('keeps an undated capital as its government at every date', () => {
    expect(issues).toEqual([]);
    expect(codes('Fredville')).toEqual(['FRDGOV ..']);
  });

  it("codes a dated capital as the government within its range and as the country outside it", () => {
    expect(codes('Lagos')).toEqual(['NGAGOV ..1991-12-11', 'NGA 1991-12-12..']);
    expect(codes('Abuja')).toEqual(['NGA ..1991-12-11', 'NGAGOV 1991-12-12..']);
    // Aliases with the same range are one actor with the capital they go with.
    expect(capital('Rangoon').names).toEqual(['Yangon', 'Rangoon']);
    expect(capital('Nay Pyi Taw').names).toEqual(['Naypyidaw', 'Nay Pyi Taw']);
  });

  it('makes a city that several entries name in turn one actor, whose code follows the date', () => {
    expect(codes('Juba')).toEqual(['SDN ..2005-07-08', 'SDNGOV 2005-07-09..2011-07-08', 'SSDGOV 2011-07-09..']);
    expect(capital('Juba').country).toBe('SSD');
    expect(dictionary.actors.filter((a) => a.names.includes('Juba'))).toHaveLength(1);
    // A country whose own code is dated gives its capital the code of the day.
    expect(codes('Belgrade')).toEqual(['YUGGOV ..1992-04-26', 'FRYGOV 1992-04-27..2003-02-03', 'SCGGOV 2003-02-04..2006-06-04', 'SRBGOV 2006-06-05..']);
    expect(capital('Belgrade').country).toBe('SRB');
  });

  it('codes events by the capital of the day', () => {
    expect(coded('Juba met Hamas.', '2000-06-07')).toEqual(['SDN 040 PSEREBHMS']);
    expect(coded('Juba met Hamas.', '2008-06-07')).toEqual(['SDNGOV 040 PSEREBHMS']);
    expect(coded('Juba met Hamas.', '2015-06-07')).toEqual(['SSDGOV 040 PSEREBHMS']);
    expect(coded('Lagos met Hamas.', '1985-06-07')).toEqual(['NGAGOV 040 PSEREBHMS']);
    expect(coded('Lagos met Hamas.', '2005-06-07')).toEqual(['NGA 040 PSEREBHMS']);
    expect(coded('Belgrade met Hamas.', '1999-06-07')).toEqual(['FRYGOV 040 PSEREBHMS']);
  });

  it('reports a capital whose range is not a date range', () => {
    expect(load('[country] Nigeria\ncode: NGA\ncapital: Abuja 1991-1x..\n').issues).toEqual(['1: [country] Nigeria: bad capital "Abuja 1991-1x.."']);
  });
});

describe('the default dictionaries', () => {
  let dictionary: Dictionary;
  let entryOf: (text: string, name: string) => string | null;
  beforeAll(async () => {
    dictionary = (await loadDictionaryFiles(await defaultDictionaryPaths())).dictionary;
    const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors), wink: createWink(), places: null });
    entryOf = (text, name) => {
      const [r] = [...textReader.read(text, { file: 't.txt', defaultDate: '2012-06-01' })];
      const d = language.run(r!.ok ? r!.doc : (null as never));
      return d.layers.names!.find((n) => d.text.slice(n.start, n.end) === name)?.entry ?? null;
    };
  });

  it("find a party whose name ends in another's alias by its whole name", () => {
    expect(entryOf('He said the Islamic Renaissance Party would boycott the vote.', 'Islamic Renaissance Party')).toBe('Islamic Renaissance Party of Tajikistan');
    expect(entryOf("Macron's Renaissance party won.", 'Renaissance party')).toBe('Renaissance (France)');
    expect(entryOf('The Kurdistan Democratic Party of Iran said so.', 'Kurdistan Democratic Party of Iran')).toBe('Democratic Party of Iranian Kurdistan');
    expect(entryOf('The National Rally for Democracy said so.', 'National Rally for Democracy')).toBe('National Rally for Democracy');
  });

  it('give a bare surname to the best-known bearer and none to a common word', () => {
    expect(entryOf('Hamas said Abbas would return.', 'Abbas')).toBe('Mahmoud Abbas');
    expect(entryOf('The envoy said Maduro would return.', 'Maduro')).toBe('Nicolás Maduro');
    expect(entryOf('President Moon met the envoy.', 'Moon')).toBe('Moon Jae-in');
    expect(entryOf('The envoy said Christian would return.', 'Christian')).toBeNull();
    expect(entryOf('Micronesian President Peter Christian arrived.', 'Peter Christian')).toBe('Peter Christian');
  });

  it('date the capitals that moved or whose state is new', () => {
    const codes = (name: string) => dictionary.actors.find((a) => a.type === 'capital' && a.names.includes(name))!.codes;
    expect(codeOn(codes('Juba'), '2000-01-01')).toBe('SDN');
    expect(codeOn(codes('Juba'), '2015-01-01')).toBe('SSDGOV');
    expect(codeOn(codes('Lagos'), '1985-01-01')).toBe('NGAGOV');
    expect(codeOn(codes('Lagos'), '2005-01-01')).toBe('NGA');
    expect(codeOn(codes('Moscow'), '1985-01-01')).toBe('USRGOV');
    expect(codeOn(codes('Moscow'), '2005-01-01')).toBe('RUSGOV');
  });
});
