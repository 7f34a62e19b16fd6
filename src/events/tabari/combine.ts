// PETRARCH-2's verb combinations: a general verb of appeal, intent, demand or refusal takes its
// subcode from the act in its object ("wants to help Israel" is intent to give aid, 033; "will not
// help" is refusing it). PETRARCH-2 computes them from its own hexadecimal recoding of CAMEO, which
// its documentation describes but does not list; this table follows the CAMEO codebook's parallels.
import { moodCode } from '../mood.js';

type Kind = 'appeal' | 'intent' | 'demand' | 'refusal';

/** A cooperative act (by code prefix, most specific first) and its appeal, intent, demand and refusal codes. */
const PARALLELS: readonly (readonly [string, string, string, string, string])[] = [
  ['061', '0211', '0311', '1011', '1211'], ['062', '0212', '0312', '1012', '1212'], ['063', '0213', '0313', '1013', '121'],
  ['064', '0214', '0314', '1014', '121'], ['06', '021', '031', '101', '121'],
  ['05', '022', '032', '102', '120'],
  ['071', '0231', '0331', '1031', '1221'], ['072', '0232', '0332', '1032', '1222'], ['073', '0233', '0333', '1033', '1223'],
  ['074', '0234', '0334', '1034', '1224'], ['07', '023', '033', '103', '122'],
  ['0831', '0241', '0341', '1041', '1231'], ['0832', '0242', '0342', '1042', '1232'], ['0833', '0243', '0343', '1043', '1233'],
  ['0834', '0244', '0344', '1044', '1234'], ['083', '024', '034', '104', '123'],
  ['081', '0251', '0351', '1051', '1241'], ['082', '0252', '0352', '1052', '1242'], ['084', '0253', '0353', '1053', '1243'],
  ['085', '0254', '0354', '1054', '1244'], ['086', '0255', '0355', '1055', '1245'], ['087', '0256', '0356', '1056', '1246'],
  ['08', '025', '035', '105', '124'],
  ['045', '028', '039', '108', '126'], ['04', '026', '036', '106', '125'],
];
const COLUMN: Record<Kind, number> = { appeal: 1, intent: 2, demand: 3, refusal: 4 };

/** The general verbs that combine, by their code. */
const COMBINING: ReadonlyMap<string, Kind | 'threat'> = new Map([['020', 'appeal'], ['030', 'intent'], ['100', 'demand'], ['120', 'refusal'], ['130', 'threat']]);

/** Whether a verb of code `code` takes its subcode from the act in its object. */
export const combines = (code: string | null): boolean => code !== null && COMBINING.has(code);

/** The refusal of act `code` ("will not help"), or null for an act with none (a hostile one). */
export function refusalCode(code: string): string | null {
  return PARALLELS.find(([prefix]) => code.startsWith(prefix))?.[COLUMN.refusal] ?? null;
}

/**
 * The code of general verb `upper` with act `lower` as its object: appealing for, intending,
 * demanding or refusing the act, or threatening a hostile one. An act with no such parallel keeps
 * its own code ("want to re-examine" is an investigation); a cooperative act threatened is 130.
 */
export function combineCodes(upper: string, lower: string): string {
  const kind = COMBINING.get(upper);
  if (kind === undefined) return lower;
  if (kind === 'threat') return moodCode(lower, 'threat');
  return PARALLELS.find(([prefix]) => lower.startsWith(prefix))?.[COLUMN[kind]] ?? lower;
}
