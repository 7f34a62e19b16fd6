import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../../doc/index.js';
import { loadChronicle, loadDictionaryTexts, parseComplexOption, type Dictionary } from '../../dictionaries/index.js';
import { textReader } from '../../ingest/index.js';
import { createTokenStage, createWink } from '../../language/index.js';
import { createTabariCoderStage, parseCodebook } from '../index.js';

// Our own small TABARI-format dictionaries, over invented countries.
const ACTORS = `FREEDONIA [FRE]
SYLVANIA [SYL]
RURITANIA [RUR]
LATVERIA [LAT]
<ADJECTIVE>
NEIGHBOURING_
</ADJECTIVE>
HEADS_OF_STATE [---]
TRIPLE_ALLIANCE [FRE/SYL/RUR]
CIRCUS [###]
WEATHER_BUREAU [+++]
OLD_REGIME [--- >990101] [RUR]
SYLVANIA TELEVISION [SYLTV]
LATVERIAN_GUARD= [LATMIL]
`;
const AGENTS = `POLICE_ [~COP]
STUDENT_ [~EDU]
PRESIDENT_ [~GOVPRS]
OFFICIAL_ [~GOV]
HUMAN_RIGHTS_GROUP_ [NGO~]
`;
const VERBS = `ACCUSE  [112]
- * OF_PLOTTING [1121]
- FALSELY_*  [---]
MEET  [---]
- % *  [036]
- * WITH +  [036]
HEAD  [032]
- * FOR +  [032]
ARREST  [173]
THREATEN  [130]
TRAMPLE  [180]
{TROD_ TRODDEN_}
SAID  [023?]
VISIT  [032:033]
BLAST  [###]
RALLY  [140]
- ANTI- + *  [141]
BAN=  [191]
DONATE_  [073]
BURN DOWN  [222]
PLEDGE  [050]
- * FIGHT { TO THE END | UNTIL DAWN BREAKS OVER THEM }  [173]
- * FIGHT { TO THE END OF TIME | TO THE DEATH }  [174]
VOICE  [020]
- { LOUDLY RAISED | FIRMLY LIFTED } ITS *  [042]
`;
const CODEBOOK = 'code\tname\tgoldstein\tquad\tplover_event\tplover_mode\tplover_context\n112\tAccuse\t-2\t3\tDISAPPROVE\taccuse\t\n';

const wink = createWink();

/** Sentences and tokens, then the engine: what `loadCoder({ engine: 'tabari' })` runs. */
function pipeline(dictionary: Dictionary): (text: string) => Doc {
  const language = createTokenStage({ wink });
  const coder = createTabariCoderStage({ dictionary, codebook: parseCodebook(CODEBOOK).codebook });
  return (text) => {
    const [r] = [...textReader.read(text, { file: 't.txt', defaultDate: '2003-06-07' })];
    if (!r?.ok) throw new Error('fixture');
    return coder.run(language.run(r.doc));
  };
}

const compact = (doc: Doc) => (doc.layers.events ?? []).map((e) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);

let base: Dictionary;
let run: (text: string) => Doc;
beforeAll(() => {
  const { dictionary, issues } = loadDictionaryTexts([
    { file: 't.actors', text: ACTORS }, { file: 't.agents', text: AGENTS }, { file: 't.verbs', text: VERBS },
  ]);
  expect(issues).toEqual([]);
  base = dictionary;
  run = pipeline(dictionary);
});

describe('TABARI engine', () => {
  it.each([
    ['source before the verb, target after it', 'Freedonia accused Sylvania on Monday of massing troops near the border.', ['FRE 112 SYL']],
    ['the longest pattern wins', 'Freedonia accused Sylvania on Monday of plotting a coup in the capital.', ['FRE 1121 SYL']],
    ['a null-coded pattern codes nothing', 'Freedonia falsely accused Sylvania on Monday of massing troops near the border.', []],
    ['a verb after a determiner is a noun', 'Freedonia denied the accusation made by Sylvania on Monday about the border.', []],
    ['a capitalised verb mid-sentence is a noun', 'Freedonia read the Accusations Sylvania made on Monday about troops near the border.', []],
    ['a null-coded actor phrase keeps its words from the verb list', 'Freedonia named its heads of state for Sylvania on Monday after a vote near the border.', []],
    ['(without it, the same words are a verb)', 'Freedonia named its heads of the mission for Sylvania on Monday after a vote near the border.', ['FRE 032 SYL']],
    ['irregular forms the dictionary lists', 'Freedonian police trod on Sylvanian students during a protest near the border on Monday.', ['FRECOP 180 SYLEDU']],
    ['passive voice swaps source and target', 'Sylvania was accused by Freedonia on Monday of massing troops near the border.', ['FRE 112 SYL']],
    ['a compound source gives one event per actor', 'Freedonia and Ruritania accused Sylvania on Monday of massing troops near the border.', ['FRE 112 SYL', 'RUR 112 SYL']],
    ['a list may end in ", and"', 'Freedonia, Ruritania, and Latveria accused Sylvania on Monday of massing troops near the border.', ['FRE 112 SYL', 'RUR 112 SYL', 'LAT 112 SYL']],
    ['a list with adjectives is one compound', 'Freedonia, neighbouring Ruritania and Latveria accused Sylvania on Monday of massing troops.', ['FRE 112 SYL', 'RUR 112 SYL', 'LAT 112 SYL']],
    ['% takes a compound as both sides', 'Freedonia and Sylvania will meet in the mountains on Monday to discuss the border.', ['FRE 036 SYL', 'SYL 036 FRE']],
    ['+ in a pattern names the target', 'Freedonia will meet on Monday in Ruritania with Sylvania to discuss the border.', ['FRE 036 SYL']],
    ['agents join the actor beside them, and through OF', 'The president of Freedonia accused Sylvanian police on Monday of massing troops near the border.', ['FREGOVPRS 112 SYLCOP']],
    ['a short comma-delimited phrase is dropped', 'Freedonia, in a letter sent to Latveria, accused Sylvania on Monday of massing thousands of troops and tanks near the disputed border.', ['FRE 112 SYL']],
    ['so is a short last phrase', 'Freedonia massed troops near the disputed border on Monday, a step that Latveria accused.', []],
    ['each clause of a compound sentence is coded; the source stays', 'Freedonia accused Sylvania of massing troops and threatened Ruritania with sanctions over the border on Monday.', ['FRE 112 SYL', 'FRE 130 RUR']],
    ['an actor right after the conjunction is the new source', 'Freedonia accused Sylvania of massing troops but Ruritania threatened Latveria with sanctions on Monday.', ['FRE 112 SYL', 'RUR 130 LAT']],
    ['a discard-coded actor drops the sentence', 'The circus in Freedonia accused Sylvania on Monday of massing troops near the border.', []],
    ['so does a complex-coded one', 'The weather bureau of Freedonia accused Sylvania on Monday of massing troops near the border.', []],
    ['and a discard-coded verb', 'Freedonia accused Sylvania on Monday of massing troops, and bombs blast the border town.', []],
    ['a coded compound stands for each of its actors', 'The Triple Alliance accused Latveria on Monday of massing troops near the border.', ['FRE 112 LAT', 'SYL 112 LAT', 'RUR 112 LAT']],
    ['a code restricted in time is null outside it', 'The old regime accused Latveria on Monday of massing troops near the border.', []],
    ['a subordinate code is coded when nothing else is', 'Freedonia said on Monday it wanted a lasting peace with Sylvania along the border.', ['FRE 023 SYL']],
    ['and left out when something else is', 'Freedonia said on Monday it accused Sylvania of massing troops along the border.', ['FRE 112 SYL']],
    ['paired codes give the reciprocal event', 'The Freedonian president will visit Sylvania on Monday for talks on the border.', ['FREGOVPRS 032 SYL', 'SYL 033 FREGOVPRS']],
    ['no passive without BY', 'Sylvania was accused on Monday of massing troops near Freedonia and its border.', ['SYL 112 FRE']],
    ['a prefix agent goes before the actor code', 'A human rights group in Freedonia accused Sylvania on Monday of massing troops near the border.', ['NGOFRE 112 SYL']],
    ['"former" between actor and agent makes an elite', 'Freedonia former officials accused Sylvania on Monday of massing troops near the border.', ['FREELI 112 SYL']],
    ['an actor phrase may have words between its words', 'Freedonia accused Sylvania state-run television on Monday of stirring trouble near the border.', ['FRE 112 SYLTV']],
    ['a hyphen at a pattern word\'s end is dropped', 'Freedonian students staged an anti-Sylvania rally on Monday near the border.', ['FREEDU 141 SYL']],
    ['words of an alternative may stand apart', 'Freedonia loudly once again raised its voice for Sylvania on Monday at the border talks.', ['FRE 042 SYL']],
    ['a verb takes its inflections, on its first word', 'Freedonian students burned down the Sylvanian embassy on Monday near the border crossing.', ['FREEDU 222 SYL']],
    ['but not a possessive', "Freedonia's donate's from Sylvania were counted on Monday near the border crossing.", []],
    ['"=" allows no ending at all', 'Freedonia will ban Sylvanian students but the Latverian guard bans nothing, officials said on Monday.', ['FRE 191 SYLEDU']],
    ['"=" on an actor too: "guards" is not LATVERIAN_GUARD=', 'The Latverian guards donated food to Sylvania on Monday at the border crossing near the river.', ['LAT 073 SYL']],
    ['(the guard itself is)', 'The Latverian guard donated food to Sylvania on Monday at the border crossing near the river.', ['LATMIL 073 SYL']],
    ['a dropped phrase takes its commas, so the words either side meet', 'Freedonia, in a letter sent to Latveria on Sunday, falsely accused Sylvania on Monday of massing thousands of troops and tanks near the disputed border.', []],
    ['a phrase right after a dropped one has lost its comma, and stays', 'Freedonia, in a letter sent to Latveria, accused Sylvania on Monday of massing troops.', ['FRE 112 SYL']],
    ['a set of alternatives matched through a short one lets longer patterns try first', 'Freedonia pledged on Monday to fight to the end of time against Sylvania.', ['FRE 174 SYL']],
    ['(and keeps its match when none of them fits)', 'Freedonia pledged on Monday to fight to the end against Sylvania and its allies.', ['FRE 173 SYL']],
    ['THEM refers to the compound actor', 'Freedonia and Ruritania will meet on Monday and Sylvania accused them of massing troops.', ['FRE 036 RUR', 'RUR 036 FRE', 'SYL 112 FRE', 'SYL 112 RUR']],
  ])('%s', (_name, text, expected) => {
    expect(compact(run(text))).toEqual(expected);
  });

  it('points at its evidence in the text', () => {
    const doc = run('Freedonia accused Sylvania on Monday of massing troops near the border.');
    const [e] = doc.layers.events!;
    expect(doc.text.slice(e!.evidence.verb.start, e!.evidence.verb.end)).toBe('accused');
    expect(e!.source!.text).toBe('Freedonia');
    expect(e!.target!.text).toBe('Sylvania');
    expect(e!.rule).toMatch(/^t\.verbs:\d+$/);
    expect(e!.plover?.event).toBe('DISAPPROVE');
  });

  it("honours the options' COMPLEX filter, MINIMUM WORDS and DEFAULT codes", () => {
    const noActorPrior = pipeline({ ...base, complex: parseComplexOption('COMPLEX: NOACTPRIOR') });
    expect(compact(noActorPrior('On Monday in the capital police accused Sylvania of massing troops near the border.'))).toEqual([]);
    expect(compact(noActorPrior('Freedonia accused Sylvania on Monday of massing troops near the border.'))).toEqual(['FRE 112 SYL']);
    const tooFew = pipeline({ ...base, minimumWords: 8 });
    expect(compact(tooFew('Freedonia accused Sylvania.'))).toEqual([]);
    const defaults = pipeline({ ...base, defaults: { source: { code: 'DEFSRC', prior: true }, target: { code: 'DEFTAR', after: true } } });
    expect(compact(defaults('On Monday in the capital police accused Sylvania of massing troops near the border.'))).toEqual(['DEFSRC 112 SYL']);
    // With AFTER, a target not found after the verb is the default, not the compound source itself.
    expect(compact(defaults('Freedonia and Sylvania accused no one on Monday of massing troops near the border.'))).toEqual(['FRE 112 DEFTAR', 'SYL 112 DEFTAR']);
    expect(compact(run('Freedonia and Sylvania accused no one on Monday of massing troops near the border.'))).toEqual(['FRE 112 SYL', 'SYL 112 FRE']);
  });

  it("carries a story's subject to a pronoun that opens the next sentence with FORWARD", () => {
    const story = 'The Freedonian president accused Sylvania on Monday of massing troops near the border.\n\nHe threatened Latveria with sanctions over the same border dispute on Tuesday.';
    // Without it, HE is the sentence's own first actor: Latveria, which cannot act on itself.
    expect(compact(run(story))).toEqual(['FREGOVPRS 112 SYL']);
    // With it, the actor comes forward without its agent, as TABARI carries it.
    expect(compact(pipeline({ ...base, forward: true })(story))).toEqual(['FREGOVPRS 112 SYL', 'FRE 130 LAT']);
  });

  it("reads Chronicle's own dictionary format too", () => {
    const { dictionary, issues } = loadChronicle('[country] Freedonia\ncode: FRE\ndemonyms: Freedonian\n\n[country] Sylvania\ncode: SYL\n\n[agent] police\ncode: COP\n\n[verb] accuse\ncode: 112\n', 'ours.txt');
    expect(issues).toEqual([]);
    expect(compact(pipeline(dictionary)('Freedonian police accused Sylvania on Monday of massing troops near the border.'))).toEqual(['FRECOP 112 SYL']);
  });

  it('turns a lone agent into an actor with CONVERT AGENTS', () => {
    const text = 'Police accused Sylvania on Monday of massing troops near the border.';
    expect(compact(run(text))).toEqual([]);
    expect(compact(pipeline({ ...base, convertAgents: true })(text))).toEqual(['COP 112 SYL']);
  });
});

// The same engine reading PETRARCH's dictionary conventions: our own small files in its formats.
const P_ACTORS = `FREEDONIA [FRE]
+FREEDONIAN
SYLVANIA [SYL]
+SYLVANIAN
RURITANIA [RUR]
+RURITANIAN
LATVERIA [LAT]
THE_FRE [USAEDU]
`;
const P_AGENTS = `POLICE {} [~COP]
STUDENT [~EDU]
SOLDIER [~MIL]
AMBASSADOR [~GOV]
OFFICIAL [~GOV]
LAWMAKER [~LEG]
MEDIA {} [~MED]
GOVERNMENT [~GOV]
DEPUTY_PRESIDENT [~GOV]
`;
const P_VERBS = `<!-- our own PETRARCH-format verbs -->
&SIDES
+FREEDONIA
+SYLVANIA

--- ACCUSE  [112]  ---
ACCUSE
- * OF_PLOTTING [1121]
- * OF_SMUGGLING [###]

--- BREAK [1717] ---
BREAK { BROKE BROKEN }
- * TREATY [161]

--- MEET [030] ---
MEET
DISCUSS [031]
- * WITH % [036]

--- WARN [160] ---
WARN
- * THEIR ^ ABOUT + [162]

--- ARREST [173] ---
ARREST

--- DETAIN [---] ---
DETAIN

--- DETAIN [173] ---
DETAIN

--- HAIL [040] ---
HAIL
- * TALKS [041]
- * TALKS [042]

&ALSO
+CONDEMN
`;

describe('TABARI engine, reading PETRARCH dictionaries', () => {
  let prun: (text: string) => Doc;
  beforeAll(() => {
    const { dictionary, issues } = loadDictionaryTexts([
      { file: 'p.actors.txt', text: P_ACTORS }, { file: 'p.agents.txt', text: P_AGENTS }, { file: 'p.verbs.txt', text: P_VERBS },
    ]);
    expect(issues).toEqual([]);
    expect(dictionary.dialect).toBe('petrarch');
    prun = pipeline(dictionary);
  });

  it.each([
    ['actor words are whole words, not stems', 'The Freedonian government accused Sylvania on Monday of massing troops near the border.', ['FREGOV 112 SYL']],
    ['a lone agent is an actor with no country', 'Sylvanian police arrested students on Monday near the border crossing.', ['SYLCOP 173 ---EDU']],
    ['irregular forms the block lists', 'Freedonia broke a treaty with Sylvania on Monday after talks near the border.', ['FRE 161 SYL']],
    ['and with them no regular ones', 'Freedonia is breaking a treaty with Sylvania on Monday after talks near the border.', []],
    ['a verb with a code of its own keeps the block', 'Freedonia discussed the border with Sylvania on Monday in the capital.', ['FRE 031 SYL']],
    ['a synset after a block is not its verb', 'Freedonia condemned Sylvania on Monday for massing troops near the border.', []],
    ['a later pattern with the same words replaces the earlier', 'Freedonia hailed the talks with Sylvania on Monday in the capital.', ['FRE 042 SYL']],
    ['a verb defined twice is its later definition', 'Sylvanian police detained Freedonian students on Monday near the border.', ['SYLCOP 173 FREEDU']],
    ['a pattern coding "###" is no pattern', 'Freedonia accused Sylvania on Monday of smuggling arms across the border.', ['FRE 112 SYL']],
    ['"%" after the verb is a compound target', 'Freedonia will meet with Sylvania and Ruritania on Monday to discuss the border.', ['FRE 036 SYL', 'FRE 036 RUR']],
    ['"^" steps over a noun phrase', 'Freedonian officials warned their coastal farmers about Sylvania on Monday.', ['FREGOV 162 SYL']],
    ['an article may follow the link', 'Officials from the Freedonian police accused Sylvania on Monday of massing troops.', ['FRECOPGOV 112 SYL']],
    ['so may other modifiers', 'The ambassador of the small northern Freedonia accused Sylvania on Monday of massing troops.', ['FREGOV 112 SYL']],
    ['an agent through FROM', 'Soldiers from Freedonia arrested Sylvanian students on Monday near the border.', ['FREMIL 173 SYLEDU']],
    ['an agent before OF goes to the whole list', 'The ambassadors of Freedonia, Ruritania and Latveria accused Sylvania on Monday of massing troops.', ['FREGOV 112 SYL', 'RURGOV 112 SYL', 'LATGOV 112 SYL']],
    ['agents joined by AND each go to it', 'Lawmakers and officials in Freedonia accused Sylvania on Monday of massing troops.', ['FRELEG 112 SYL', 'FREGOV 112 SYL']],
    ['an agent after "Freedonian media and" shares its actor', 'Freedonian media and government accused Sylvania on Monday of massing troops.', ['FREMED 112 SYL', 'FREGOV 112 SYL']],
    ['actors listed before an agent share it', 'Freedonian, Ruritanian and Sylvanian students accused Latveria on Monday of massing troops.', ['FREEDU 112 LAT', 'RUREDU 112 LAT', 'SYLEDU 112 LAT']],
    ['a list actor may follow any modifiers', 'Freedonia and the proud old Ruritania accused Sylvania on Monday of massing troops.', ['FRE 112 SYL', 'RUR 112 SYL']],
    ['a possessive reaches past a word', "Freedonia's first deputy president accused Sylvania on Monday of massing troops.", ['FREGOV 112 SYL']],
    ['or past adjectives joined by AND', "Freedonia's proud and angry deputy president accused Sylvania on Monday of massing troops.", ['FREGOV 112 SYL']],
    ['an agent takes no plural its file does not list', "Freedonia accused Sylvania's polices on Monday of massing troops.", ['FRE 112 SYL']],
    ['a verb the tagger reads as a noun is not coded', 'Freedonia and Sylvania postponed their meeting on Monday because of the storm.', []],
  ])('%s', (_name, text, expected) => {
    expect(compact(prun(text)).sort()).toEqual([...expected].sort());
  });
});

// PETRARCH-2's verb file adds transformations ("~" lines) and reads general verbs with their object's act.
const P2_VERBS = `--- EXPLAIN [010] ---
SAY {SAYS SAID SAYING}
--- ALLEGE [110] ---
CLAIM
--- INTEND [030] ---
WANT
PLEDGE
--- ASK [020] ---
URGE
--- ADVISE [020] ---
ADVISE
- * (AGAINST TRAVEL) [160]
--- HELP [070] ---
HELP
--- RELEASE [084] ---
FREE
--- ATTACK [190] ---
ATTACK
--- TRAVEL [040] ---
TRAVEL
~ a (a b ATTACK) SAY = a b 015
~ a (b . ATTACK) SAY = a b 112
~ a (a b Q) SAY = a b Q
~ a (_ b ATTACK) WANT = a b 138
~ a (b . ATTACK) WANT = a b 021
`;

describe('TABARI engine, reading a PETRARCH-2 verb file', () => {
  let run2: (text: string) => Doc;
  beforeAll(() => {
    const { dictionary, issues } = loadDictionaryTexts([
      { file: 'p.actors.txt', text: P_ACTORS }, { file: 'p.agents.txt', text: P_AGENTS }, { file: 'p2.verbs.txt', text: P2_VERBS },
    ]);
    expect(issues).toEqual([]);
    expect(dictionary.transformations?.map((t) => t.origin)).toEqual([21, 22, 23, 24, 25].map((n) => `p2.verbs.txt:${n}`));
    run2 = pipeline(dictionary);
  });

  it.each([
    ['a claim of one\'s own attack', 'Freedonia said it will attack Sylvania on Monday.', ['FRE 015 SYL']],
    ['an attack by another is an accusation', 'Freedonia said Sylvania attacked Ruritania on Monday.', ['FRE 112 SYL']],
    ['so is one told in the passive', 'Freedonia said Latveria was attacked by Sylvania on Monday.', ['FRE 112 SYL']],
    ['wanting to attack is a threat', 'Freedonia wants to attack Sylvania before the winter.', ['FRE 138 SYL']],
    ['wanting another to attack is an appeal to it', 'Freedonia wants Sylvania to attack Ruritania before the winter.', ['FRE 021 SYL']],
    ['an intent takes the act\'s subcode', 'Freedonia pledged to help Sylvania after the floods.', ['FRE 033 SYL']],
    ['an appeal goes to the one asked', 'Freedonia urged Sylvania to free Ruritanian students on Monday.', ['FRE 0253 SYL']],
    ['a cooperative act not done is refused', 'Freedonia said it would not help Sylvania after the floods.', ['FRE 122 SYL']],
    ['a hostile act not done is no event', 'Freedonia did not attack Sylvania on Monday.', []],
    ['a verb after a preposition is a noun, and the pattern holds', 'Freedonia advised against travel to Sylvania on Monday.', ['FRE 160 SYL']],
  ])('%s', (_name, text, expected) => {
    expect(compact(run2(text)).sort()).toEqual([...expected].sort());
  });

  it('says which transformation line it cannot read', () => {
    const { issues } = loadDictionaryTexts([{ file: 'bad.verbs.txt', text: '--- SAY [010] ---\nSAY\n~ a (a b) SAY = a b\n' }]);
    expect(issues).toEqual([{ file: 'bad.verbs.txt', line: 3, reason: 'transformation not of the form "~ a (b c VERB) VERB = a b CODE"' }]);
  });
});
