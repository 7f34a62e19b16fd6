import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoder, readers } from '../index.js';
import type { Doc } from '../doc/index.js';

let code: (doc: Doc) => Doc;
beforeAll(async () => {
  code = await loadCoder();
});

function coded(text: string, date: string): string[] {
  const [read] = [...readers.text.read(`Date: ${date}\n\n${text}`, { file: 't.txt', defaultDate: null })];
  if (!read?.ok) throw new Error('fixture did not read');
  return (code(read.doc).layers.events ?? []).map((e) => `${e.source?.country ?? '-'} ${e.cameo} ${e.target?.country ?? '-'}`);
}

describe('statements that intend, threaten or blame', () => {
  it('codes what the speaker\'s own side will do as an intent (030)', () => {
    expect(coded('"Our peacekeepers will stay in Mali until the elections," the Chadian defence minister told reporters.', '2014-03-01')).toContain('TCD 030 MLI');
    expect(coded('The Chilean foreign minister told Bolivian officials that Santiago would do everything possible to find the missing climbers.', '2011-05-04')[0]).toMatch(/^CHL 030 BOL/);
  });
  it('codes a side said to be ready for talks as an intent (030)', () => {
    expect(coded('Belgrade said on Monday it was ready for talks with Pristina.', '2012-10-01')[0]).toMatch(/^SRB 030/);
  });
  it('leaves a forecast of what is not the speaker\'s side as a statement', () => {
    expect(coded('The Peruvian finance minister said the economy would grow by five percent.', '2012-10-01')).toEqual(['PER 010 -']);
    expect(coded('The Dutch prime minister said a strong Europe would be good for Africa.', '2012-10-01')[0]).toMatch(/ 010 /);
  });
  it('leaves what the speaker\'s side will not do as no intent', () => {
    expect(coded('"We will not send troops to Congo," the Kenyan president said.', '2012-10-01').some((e) => / 03/.test(e))).toBe(false);
  });
  it('codes harm to come to another side as a threat (130)', () => {
    expect(coded('"If war comes, Baku will become a sea of fire," an Armenian general told reporters.', '2016-04-05')[0]).toMatch(/^ARM 130 AZE/);
    expect(coded('"Our missiles can strike any city in Israel," the Iranian commander said.', '2019-09-01')[0]).toMatch(/^IRN 130 ISR/);
  });
  it('codes a statement of blame as criticism (111)', () => {
    expect(coded('"This is a cynical attempt to silence the press," the Swedish foreign minister said of Turkey\'s arrest of journalists.', '2016-11-01')[0]).toMatch(/^SWE 111 TUR/);
    expect(coded('The Canadian envoy described Venezuela\'s election as neither free nor fair.', '2018-05-21')[0]).toMatch(/^CAN 111 VEN/);
  });
  it('leaves a word of blame the statement denies as a statement', () => {
    expect(coded('"The test was not a provocation," the North Korean envoy told South Korea.', '2016-02-01')[0]).toMatch(/ 010 /);
  });
  it('codes an intent worded as harm as a threat (130)', () => {
    expect(coded('The Syrian president vowed that rebels in Homs would be crushed.', '2012-02-10')[0]).toMatch(/^SYR 130/);
    expect(coded('The Sri Lankan president vowed to show no mercy to the Tamil Tigers.', '2008-06-10')[0]).toMatch(/^LKA 130/);
  });
  it('codes a quoted bidding told to another as an appeal (020)', () => {
    expect(coded('"Open the border," the Afghan president told Pakistan on Monday.', '2017-03-06')[0]).toMatch(/^AFG 020 PAK/);
  });
  it('reads no threat in a price paid for something built, nor in a target that is a figure', () => {
    expect(coded('China will pay for most of a new railway, the Lao government said.', '2016-12-25').some((e) => / 13/.test(e))).toBe(false);
    expect(coded('"Inflation will stay above its target this year," the Ghanaian finance minister told the IMF.', '2016-12-25').some((e) => / 13/.test(e))).toBe(false);
  });
  it('leaves courtesies, what one will see, evils fought and mild verbs without arms as they were', () => {
    expect(coded('"Thank you for your support," the Afghan president told the United States.', '2012-01-01').some((e) => / 02/.test(e))).toBe(false);
    expect(coded('"We will see what happens," the Turkish president told Russia.', '2012-01-01').some((e) => / 03/.test(e))).toBe(false);
    expect(coded('The Japanese prime minister told India that the two countries must cooperate against piracy.', '2012-01-01').some((e) => / 11/.test(e))).toBe(false);
    expect(coded('"We will remove the tariffs next month," the Chinese commerce minister told Australia.', '2012-01-01').some((e) => / 13/.test(e))).toBe(false);
    expect(coded('Iran vowed to rebuild homes destroyed by the Israeli military action.', '2012-01-01').some((e) => /^IRN 13/.test(e))).toBe(false);
  });
});
