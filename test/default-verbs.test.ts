// The default dictionaries' verb entries, through the whole pipeline as a library user loads it: one
// sentence per entry, written by us, with the event the entry is there to give (or to withhold).
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoder, readers, type Doc } from '../src/index.js';

let code: (doc: Doc) => Doc;
beforeAll(async () => {
  code = await loadCoder();
}, 60_000);

function coded(text: string, date = '2010-06-01'): string[] {
  const [read] = [...readers.text.read(`Date: ${date}\n\n${text}`, { file: 't.txt', defaultDate: null })];
  if (!read?.ok) throw new Error('fixture did not read');
  return (code(read.doc).layers.events ?? []).map((e) => `${e.source?.country ?? '-'} ${e.cameo} ${e.target?.country ?? '-'}`);
}

describe('the default verb dictionary', () => {
  it.each([
    ['beating a rival to a post is no assault', 'Macron beat Le Pen to win the presidency.', []],
    ['beating a rival in a vote is no assault', 'Lula beat Bolsonaro in the runoff on Sunday.', []],
    ['beating people is', 'Egyptian police beat protesters in Cairo.', ['EGY 182 EGY']],
    ['a high commissioner is recalled like an ambassador', 'India recalled its high commissioner from Islamabad.', ['IND 161 PAK']],
    ['shaking hands meets', 'Lien Chan shook hands with Chinese President Hu Jintao in Beijing.', ['TWN 040 CHN']],
    ['a plane that touches down with aid brings it', 'A Canadian plane touched down in Sarajevo with flour and medicine.', ['CAN 073 BIH']],
    ['leading a force into a country, promised, is an intent to protect it', 'Kenya will lead a multinational police force in Haiti.', ['KEN 033 HTI']],
    ['jets scrambled raise the alert, aimed at the other side the sentence names', 'Japan scrambles fighter jets as Chinese drone nears disputed islands', ['JPN 152 CHN']],
    ['an apology offered to someone apologises to them', 'Japanese Prime Minister Keizo Obuchi offered South Korea a written apology.', ['JPN 055 KOR']],
    ['a ship sent with aid carries it', 'Turkey sends ship loaded with food aid to Somalia', ['TUR 073 SOM']],
  ] as const)('%s', (_rule, text, expected) => {
    expect(coded(text)).toEqual(expected);
  });
});
