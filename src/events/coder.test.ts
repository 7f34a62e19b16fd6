import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Doc } from '../doc/index.js';
import { loadChronicle, loadDictionaryTexts, type Dictionary } from '../dictionaries/index.js';
import { textReader } from '../ingest/index.js';
import { buildGazetteer, createLanguageStage, createWink, headlineVerbs } from '../language/index.js';
import { loadPlaceGazetteer, type PlaceGazetteer } from '../places/index.js';
import { createCoderStage, parseCodebook, splitCode } from './index.js';

// A small dictionary of our own: a few actors, agents and verbs, enough to test each coding rule.
const DICTIONARY = `
[country] Israel
code: ISR
demonyms: Israeli; Israelis

[country] Palestine
code: PSE
demonyms: Palestinian; Palestinians

[country] Egypt
code: EGY
demonyms: Egyptian; Egyptians
capital: Cairo

[country] Brazil
code: BRA

[country] Argentina
code: ARG

[country] Russia
code: RUS
demonyms: Russian; Russians

[country] Yugoslavia
code: FRY

[org] Hamas
code: PSEREBHMS
type: armed group
country: PSE

[person] Mahmoud Abbas
aliases: Abu Mazen
country: PSE
code: PSEGOV 2003-03-19..2003-09-06
code: PSEELI 2003-09-07..2005-01-14
code: PSEGOV 2005-01-15..

[person] Amon Darel
country: EGY
code: EGY

[person] Omar Halden
country: PSE
role: president 1990..1999
code: PSEGOV 1990..1999
code: PSEELI 2000..

[person] Samir Halden
country: EGY
role: president 2000..2009
code: EGYGOV 2000..2009
code: EGYELI 2010..

[agent] troops; soldiers; military; army; brigade
code: MIL

[agent] police; security forces
code: COP

[agent] students
code: EDU

[agent] union
code: LAB

[agent] court
code: JUD

[agent] prime minister
code: GOV

[verb] break off; walk out of
pattern: 164 = talks|negotiations with +
pattern: 164 = talks|negotiations

[verb] kill; shoot; gun down
code: 1823

[verb] detain; arrest
code: 173

[verb] torch
code: 1712

[verb] occupy
pattern: 144 = offices|office

[verb] beat
code: 182

[verb] abduct; kidnap
code: 181

[verb] exchange
pattern: 0841 = prisoners

[verb] repeat
pattern: 100 = demand

[verb] extradite
code: 063
pattern: 063 = from $

[verb] test-fire
code: 150

[verb] reestablish
code: 050

[verb] move
pattern: 154 = troops to +

[verb] blockade
code: 191

[verb] issue
pattern: 130 = warning

[verb] want
pattern: 020 = + to

[verb] begin
pattern: 0871 = truce

[agent] gunmen; rebels; suicide bomber
code: REB

[agent] gang
code: CRM

[agent] officials
code: GOV

[agent] civilians
code: CVL

[agent] protesters
code: OPP

[verb] defy
code: 128

[agent] spokesman
code: GOV

[agent] asylum-seekers
code: REF

[org] United Nations
code: IGOUNO
type: igo

[verb] send; fly
code: 070
pattern: 073 = rice|biscuits|tents to +
pattern: 154 = troops

[verb] visit; fly to
code: 042

[verb] arrive; come ashore
pattern: 073 = rice|donation * in +
pattern: 072 = tanks * in +
pattern: 042 = in +

[verb] assist
code: 070

[verb] let
pattern: 086 = + into|in

[verb] deploy
pattern: 154 = troops

[verb] raid
code: 190

[verb] carry out
pattern: 176 = cyber_attack

[verb] lift
pattern: 085 = sanctions

[verb] hand over
code: 084
pattern: 063 = suspects to +

[verb] call off
pattern: 164 = talks

[verb] put; place
pattern: 152 = troops on alert
pattern: 151 = police on alert

[verb] snipe; sniped
code: 193

[verb] attack; hit
code: 190
pattern: --- = epidemic|poverty

[verb] fight; clash
code: 190

[verb] sign
pattern: 057 = agreement|accord|treaty with +
pattern: 057 = agreement|accord|treaty

[verb] meet; talk
pattern: 120 = not|n't * demands
code: 040

[verb] accord
code: 057

[verb] agree; pledge
code: 030

[verb] write
pattern: 010 = to +

[verb] urge
code: 020

[verb] accuse
code: 112

[verb] reject
code: 120
pattern: 125 = offer of talks

[verb] resign
code: 0831

[verb] open
pattern: 090 = investigation into +

[verb] impose
pattern: 1723 = curfew
pattern: 163 = embargo on +

[verb] suspend
pattern: 160 = participation in +

[verb] freeze
pattern: 163 = assets

[verb] execute
code: 1823

[verb] warn
code: 130

[verb] expel
code: 174
pattern: 161 = diplomats

[verb] draw
pattern: 111 = + * criticism from $

[verb] demand
code: 100

[verb] condemn
code: 111

[verb] apologize
code: 055

[verb] dismiss
pattern: 127 = as plan|proposal|proposals

[verb] release; free
code: 0841

[verb] threaten
code: 130

[verb] protest
code: 140

[verb] impose
pattern: 163 = sanctions on|against +

[verb] fire
pattern: 175 = tear_gas
pattern: 194 = shells
pattern: 190 = at +

[verb] hold
pattern: 150 = exercises

[verb] join
pattern: 125 = not|n't * talks

[verb] seal
pattern: 1721 = suddenly * +

[verb] say; reiterate
code: 010

[verb] announce
code: 010
pattern: 163 = sanctions on +

[verb] be
pattern: 111 = illegal|threat
pattern: 051 = partner
pattern: 013 = hopeful
pattern: 120 = opposed_to +

[verb] deny
pattern: 016 = charges|accusations

[discard] World Cup
`;

const CODEBOOK = [
  ['code', 'name', 'goldstein', 'quad', 'plover_event', 'plover_mode', 'plover_context'],
  ['164', 'Halt negotiations', '-7.0', '4', 'SANCTION', 'discontinue', ''],
  ['1823', 'Kill by physical assault', '-10.0', '4', 'ASSAULT', 'beat', ''],
].map((row) => row.join('\t')).join('\n');

/** The language layer and the coder over a dictionary, as a function of a text and its date. */
function pipeline(dictionary: Dictionary, options: { places?: PlaceGazetteer; requireTarget?: boolean } = {}): (text: string, date?: string) => Doc {
  const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors), wink: createWink(), places: options.places ?? null, verbs: headlineVerbs(dictionary.verbs) });
  const coder = createCoderStage({ dictionary, codebook: parseCodebook(CODEBOOK).codebook, requireTarget: options.requireTarget ?? false });
  return (text, date = '2003-06-07') => {
    const [r] = [...textReader.read(text, { file: 't.txt', defaultDate: date })];
    if (!r?.ok) throw new Error('fixture');
    return coder.run(language.run(r.doc));
  };
}

/** Events as compact "SOURCE CODE TARGET" strings. */
function compact(doc: Doc): string[] {
  return (doc.layers.events ?? []).map((e) => `${e.source?.code ?? '-'} ${e.cameo} ${e.target?.code ?? '-'}`);
}

let run: (text: string, date?: string) => Doc;
beforeAll(() => {
  const { dictionary, issues } = loadChronicle(DICTIONARY, 'test.dict');
  expect(issues).toEqual([]);
  run = pipeline(dictionary);
});

function coded(text: string, date?: string): string[] {
  return compact(run(text, date));
}

describe('coding rules', () => {
  it.each([
    ['subject, verb and object', 'Egyptian police killed two Hamas militants.', ['EGYCOP 1823 PSEREBHMS']],
    ['armed forces that kill use military force', 'Israeli troops killed two Hamas militants.', ['ISRMIL 190 PSEREBHMS']],
    ['irregulars who attack the unarmed use unconventional violence', 'Hamas attacked Egyptian students.', ['PSEREBHMS 180 EGYEDU']],
    ['a pattern with a prepositional target', 'Hamas broke off talks with Mahmoud Abbas on Friday.', ['PSEREBHMS 164 PSEGOV']],
    ['a pattern over a time expression', 'Hamas walked out of the talks on Friday with Mahmoud Abbas.', ['PSEREBHMS 164 PSEGOV']],
    ['the passive', 'Two Hamas militants were detained by Egyptian security forces.', ['EGYCOP 173 PSEREBHMS']],
    ['compound actors', 'Brazil and Argentina signed an accord.', ['BRA 057 ARG', 'ARG 057 BRA']],
    ['compound targets', 'Israeli troops attacked Hamas and Egyptian police.', ['ISRMIL 190 PSEREBHMS', 'ISRMIL 190 EGYCOP']],
    ['reported speech', 'Israel said Hamas attacked Egyptian troops.', ['PSEREBHMS 190 EGYMIL']],
    ['a pronoun', 'Hamas rejected the plan. It attacked Israeli troops.', ['PSEREBHMS 120 PSE', 'PSEREBHMS 190 ISRMIL']],
    ['an alias', 'Abu Mazen met Egyptian students.', ['PSEGOV 040 EGYEDU']],
    ['an agent without a country', 'Police arrested students.', ['---COP 173 ---EDU']],
    ['a possessed body as target', "Hamas broke off talks with Egypt's police.", ['PSEREBHMS 164 EGYCOP']],
    ['a former office-holder as elite', 'Former Egyptian police attacked Hamas.', ['EGYELI 190 PSEREBHMS']],
    ['a collective noun names its members', 'A group of Egyptian students met Hamas.', ['EGYEDU 040 PSEREBHMS']],
    ['a participle before the object', 'Egyptian police arrested suspected Hamas militants.', ['EGYCOP 173 PSEREBHMS']],
    ['an agent placed by an "in" phrase', 'Police in Egypt arrested students.', ['EGYCOP 173 EGYEDU']],
    ['a titled surname from the dictionary', 'Prime Minister Abbas met Egyptian students.', ['PSEGOV 040 EGYEDU']],
    ['a phrase pattern', 'Russia imposed sanctions on Israel.', ['RUS 163 ISR']],
    ['a time phrase between subject and verb', 'Mahmoud Abbas on Saturday met Egyptian students.', ['PSEGOV 040 EGYEDU']],
    ['an intent: "agreed to meet"', 'Hamas agreed to meet Mahmoud Abbas.', ['PSEREBHMS 036 PSEGOV']],
    ['a future act as intent', 'Brazil will sign an accord with Argentina.', ['BRA 032 ARG']],
    ['a threat: "threatened to impose sanctions"', 'Russia threatened to impose sanctions on Israel.', ['RUS 1312 ISR']],
    ['a directive: what is asked for did not happen', 'Russia urged Israel to attack Hamas.', ['RUS 020 ISR']],
    ['a demand with a that-clause', 'Russia demanded that Israel release the Egyptian students.', ['RUS 100 ISR']],
    ['a refusal: the refused act did not happen', 'Israel refused to release the Egyptian students.', []],
    ['a purpose clause keeps both acts', 'Israeli troops attacked Hamas to release the Egyptian students.', ['ISRMIL 190 PSEREBHMS', 'ISRMIL 0841 EGYEDU']],
    ['an act only demanded by a noun is the demand', 'Hamas repeated its demand that Israel release the Egyptian students.', ['PSEREBHMS 100 ISR', 'PSEREBHMS 1053 ISR']],
    ['an offer to act is an intent towards the target of the act', 'Israel offered to release Egyptian students.', ['ISR 035 EGYEDU']],
    ['an act only hoped for', 'Hamas hoped to meet Mahmoud Abbas.', []],
    ['"is prepared to" is an intent', 'Israel is prepared to release the Egyptian students.', ['ISR 035 EGYEDU']],
    ['an act others were persuaded to do', 'Russia persuaded Israel to release the Egyptian students.', []],
    ['an intent across a prepositional phrase', 'Hamas agreed at a summit in Cairo to meet Mahmoud Abbas.', ['PSEREBHMS 036 PSEGOV']],
    ['an act only attempted', "Israel's attempt to release the Egyptian students failed.", []],
    ['an act of force in a country with no one else named', 'Israeli troops attacked camps in Egypt.', ['ISRMIL 190 EGY']],
    ['a light verb with an event noun', 'Russia held talks with Israel.', ['RUS 040 ISR']],
    ['a light verb with a recipient', 'Brazil gave Argentina an accord.', ['BRA 057 ARG']],
    ['a nominal event, and criticism aimed at its author', 'Hamas condemned the killing of two Palestinians by Israeli troops.', ['PSEREBHMS 111 ISRMIL', 'ISRMIL 190 PSE']],
    ['a serial-comma list of actors', 'Israel, Egypt, and Russia attacked Hamas.', ['ISR 190 PSEREBHMS', 'EGY 190 PSEREBHMS', 'RUS 190 PSEREBHMS']],
    ['a nationality sharing the agent noun of its conjunct', 'Russian and Egyptian police arrested Hamas militants.', ['RUSCOP 173 PSEREBHMS', 'EGYCOP 173 PSEREBHMS']],
    ['an unknown body named with its nationality and an agent noun', 'The Egyptian Security Forces Directorate arrested Hamas militants.', ['EGYCOP 173 PSEREBHMS']],
    ['a pattern word after a common-noun object', 'Russia imposed new trade sanctions on Israel.', ['RUS 163 ISR']],
    ['a protest in a country with no one else named', 'Egyptian students protested in Israel.', ['EGYEDU 140 ISR']],
    ['a protest at home', 'Egyptian students protested in Egypt.', ['EGYEDU 140 EGY']],
    ['an event whose target is not named is done at home', 'Hamas threatened to attack.', ['PSEREBHMS 1384 PSE']],
    ['an unknown person is what the apposition says', 'Ruth Kelmar, a member of the Egyptian police, arrested Hamas militants.', ['EGYCOP 173 PSEREBHMS']],
    ['a body named before a parenthetical', 'The Hamas (Islamic Resistance) movement attacked Israeli troops.', ['PSEREBHMS 190 ISRMIL']],
    ['a collective of collectives', 'Tens of thousands of students throughout Egypt protested.', ['EGYEDU 140 EGY']],
    ['an obligation a speaker states is their demand', 'Russia said Israel must release the Egyptian students.', ['RUS 1053 ISR']],
    ['what a speaker says one should do is their appeal', 'Russia said Israel should release the Egyptian students.', ['RUS 0253 ISR']],
    ['a demand with a day word before "that"', 'Russia demanded Friday that Israel release the Egyptian students.', ['RUS 100 ISR']],
    ['conjoined attackers are not each other\'s target', 'Israeli and Egyptian troops attacked.', ['ISRMIL 190 -', 'EGYMIL 190 -']],
    ['conjoined agents share the last one\'s places', 'Students and police in Egypt and Israel attacked Hamas.', ['EGYEDU 190 PSEREBHMS', 'ISREDU 190 PSEREBHMS', 'EGYCOP 190 PSEREBHMS', 'ISRCOP 190 PSEREBHMS']],
    ['an agent of several countries is one actor each', 'The troops of Egypt and Israel attacked Hamas.', ['EGYMIL 190 PSEREBHMS', 'ISRMIL 190 PSEREBHMS']],
    ['the author of what the object names', 'Hamas protested an attack by Israeli troops.', ['PSEREBHMS 140 ISRMIL']],
    ['a body named with its country is not the nearest country', 'Russia attacked the prime minister of Israel.', ['RUS 190 ISRGOV']],
    ['a participle with a "by" phrase describes the noun before it', 'Egyptian police backed by Israeli troops arrested Hamas militants.', ['EGYCOP 173 PSEREBHMS']],
    ['a participle with prepositional phrases describes the noun before it', 'Egyptian students affiliated with the union in Cairo attacked Hamas.', ['EGYEDU 190 PSEREBHMS']],
    ['a speech verb with a time phrase is no participle', 'Egyptian students said on Friday they attacked Hamas.', ['EGYEDU 190 PSEREBHMS']],
    ['a subject with "including"', 'Egyptian police including students attacked Hamas.', ['EGYCOP 190 PSEREBHMS']],
    ['a simple past before "by" is no participle', 'Israel talked by telephone with Egypt.', ['ISR 040 EGY']],
    ['a gerund shares the subject of the verb before it', 'Israeli troops began attacking Hamas.', ['ISRMIL 190 PSEREBHMS']],
    ['adverbs inside a verb group', 'Israeli troops are once again attacking Hamas.', ['ISRMIL 190 PSEREBHMS']],
    ['a sentence whose verb the tagger missed', 'Israel detains Hamas militants', ['ISR 173 PSEREBHMS']],
    ['a name coded by country alone takes its title', 'Prime Minister Amon Darel met Hamas.', ['EGYGOV 040 PSEREBHMS']],
    ['a threat to do what would otherwise cooperate is a threat', 'Russia threatened to release the Egyptian students.', ['RUS 130 EGYEDU']],
    ['a name that only places a thing is not the thing', 'Israeli troops attacked an Egypt-based Hamas cell.', ['ISRMIL 190 PSEREBHMS']],
    ['a pattern that took the object\'s head leaves its owner as target', 'Brazil signed the Egyptian accord.', ['BRA 057 EGY']],
    ['a pattern that names the object beats one that steps over it', 'Egyptian police fired tear gas at Hamas militants.', ['EGYCOP 175 PSEREBHMS']],
    ['a pattern word after a quantity', 'Egyptian police fired dozens of rockets at Hamas militants.', ['EGYCOP 190 PSEREBHMS']],
    ['conjoined sides that clash in a country act on each other', 'Egyptian and Israeli troops fought in Israel.', ['EGYMIL 190 ISRMIL', 'ISRMIL 190 EGYMIL']],
    ['a state coercing no one named does so at home', 'Egyptian police arrested Tarek Selim.', ['EGYCOP 173 EGY']],
    ['an unknown person speaks for the body in their title', 'Hamas spokesman Tarek Selim condemned Israel.', ['PSEREBHMS 111 ISR']],
    ['a show of force by several sides together is military cooperation', 'Egyptian and Israeli troops held exercises.', ['EGYMIL 062 ISRMIL', 'ISRMIL 062 EGYMIL']],
    ['an "of" phrase of a place is a place', 'Egyptian police arrested students in parts of Israel.', ['EGYCOP 173 ISREDU']],
    ['a pattern that names the negation codes the negated verb', 'Hamas did not join talks with Israel.', ['PSEREBHMS 125 ISR']],
    ['a pattern word after "some of"', 'Russia imposed some of its sanctions on Israel.', ['RUS 163 ISR']],
    ['adjectives joined by "and" are stepped over', 'Russia imposed new and harsh sanctions on Israel.', ['RUS 163 ISR']],
    ['a pattern with a word before the verb', 'Israel suddenly sealed the Egyptian border.', ['ISR 1721 EGY']],
    ['a pattern whose earlier word is missing', 'Israel sealed the Egyptian border.', []],
    ['people of no named country are of the place where it happened', 'Egyptian police arrested students in Israel.', ['EGYCOP 173 ISREDU']],
    ['a headline verb read as a noun', 'Hamas fighters attacked Israeli troops.', ['PSEREBHMS 190 ISRMIL']],
    ['an irregular past form read as a noun', 'Egyptian soldiers shot two Hamas militants.', ['EGYMIL 190 PSEREBHMS']],
    ['a month name ending a name is no time', 'Egyptian Prime Minister Ruth May met Hamas.', ['EGYGOV 040 PSEREBHMS']],
    ['a state coercing people of no named country does so at home', 'Egyptian police arrested students.', ['EGYCOP 173 EGYEDU']],
    ['a quantity with its "of" phrase before a pattern word', 'Russia imposed dozens of new sanctions on Israel.', ['RUS 163 ISR']],
    ['a cooperative act with a named partner is not mutual', 'Egypt and Russia signed an accord with Israel.', ['EGY 057 ISR', 'RUS 057 ISR']],
    ['the first actor after the verb in its clause', 'Israeli troops attacked a convoy of Egyptian police.', ['ISRMIL 190 EGYCOP']],
    ['the first actor past a participle that describes the object', 'Israeli troops attacked positions belonging to Hamas.', ['ISRMIL 190 PSEREBHMS']],
    ['not an actor past the clause', 'Israeli troops attacked a convoy, killing Egyptian police.', ['ISRMIL 190 ISR', 'ISRMIL 190 EGYCOP']],
    ['the object of "announced Thursday that" is not the day', 'Hamas announced Thursday that it attacked Israeli troops.', ['PSEREBHMS 190 ISRMIL']],
    ['a statement whose content is not coded', 'Mahmoud Abbas said on Friday that the economy would recover.', ['PSEGOV 010 -']],
    ['a statement is addressed only to whom it names', 'Hamas said exports to Egypt had doubled.', ['PSEREBHMS 010 -']],
    ['a denied charge', 'Hamas denied the charges.', ['PSEREBHMS 016 -']],
    ['what conjoined sides exchange they give each other', 'Russia and Egypt exchanged prisoners.', ['RUS 0841 EGY', 'EGY 0841 RUS']],
    ['"the country" in a place phrase is the country named before it', 'Egyptian police arrested students across the north of the country.', ['EGYCOP 173 EGYEDU']],
    ["a state's force against people of no named country is at home", 'Egyptian troops attacked rebels.', ['EGYMIL 190 EGYREB']],
    ['a passive act done to a thing takes its recipient', 'Two tanks were sent to Egypt by Russia.', ['RUS 070 EGY']],
    ['a demand voiced by its noun, with a day word before "that"', 'Hamas repeated its demand today that Israel release the Egyptian students.', ['PSEREBHMS 100 ISR', 'PSEREBHMS 1053 ISR']],
    ['a subject with "along with"', 'Egypt, along with its allies, demanded that Israel release the Egyptian students.', ['EGY 100 ISR']],
    ['what is handed over is no target; whom it goes to is', 'Egypt extradited Tarek Selim to Israel.', ['EGY 063 ISR']],
    ["a speaker's judgement of what they report", "Russia said Israel's attack was illegal.", ['RUS 111 ISR']],
    ['a pattern of announcing is no pattern of saying', 'Russia said the sanctions on Israel were over.', ['RUS 010 -']],
    ["a possessor's adjective before the verb is the subject's head", "Egypt's military attacked Hamas.", ['EGYMIL 190 PSEREBHMS']],
    ['a "between" phrase after conjoined sides names them again', 'Egyptian and Israeli troops fought along the border between the two states.', ['EGYMIL 190 ISRMIL', 'ISRMIL 190 EGYMIL']],
    ["an international body's people are the body", 'Officials of the United Nations condemned Israel.', ['IGOUNO 111 ISR']],
    ['a threat is made to whoever must meet its condition', 'Russia threatened to attack if Israel did not release the Egyptian students.', ['RUS 1384 ISR']],
    ['a hostile act promised on a condition is a threat', 'If Hamas attacks Egypt again, Israel will attack Hamas.', ['ISR 1384 PSEREBHMS']],
    ['protesters of no named country are of the place where they protest', 'Students protested in Israel.', ['ISREDU 140 ISR']],
    ['standing opposed is rejecting', 'Israel is opposed to Russian mediation.', ['ISR 120 RUS']],
    ['a state named as such that kills uses military force', 'Israel killed two Hamas militants.', ['ISR 190 PSEREBHMS']],
    ['wanting someone to act is asking them to', 'Russia wants Israel to attack Hamas.', ['RUS 020 ISR']],
    ['wanting to act is an intent', 'Russia wants to attack Israel.', ['RUS 1384 ISR']],
    ['an unknown person is who their nationality and title say', 'Egyptian Prime Minister Tarek Selim met Hamas.', ['EGYGOV 040 PSEREBHMS']],
    ["an unknown person is of their title's possessor", "Egypt's Prime Minister Tarek Selim met Hamas.", ['EGYGOV 040 PSEREBHMS']],
    ['conjoined sides that name each other act on each other', 'Russia and Egypt condemned each other.', ['RUS 111 EGY', 'EGY 111 RUS']],
    ['conjoined sides that clash over a place act on each other', 'Egyptian and Israeli troops fought over Hamas.', ['EGYMIL 190 ISRMIL', 'ISRMIL 190 EGYMIL']],
    ['a truce between conjoined sides is theirs together', 'Israel and Hamas began a truce.', ['ISR 0871 PSEREBHMS', 'PSEREBHMS 0871 ISR']],
    ['a fight that breaks out between two sides is each against the other', "Fighting erupted between Egypt's army and Hamas.", ['EGYMIL 190 PSEREBHMS', 'PSEREBHMS 190 EGYMIL']],
    ['whoever speaks for a body is the body', 'A spokesman for Hamas condemned Israel.', ['PSEREBHMS 111 ISR']],
    ['a hyphenated agent noun split into three tokens', 'Egyptian police arrested asylum-seekers.', ['EGYCOP 173 EGYREF']],
    ['force police use on protesters is violent repression', 'Egyptian police attacked students.', ['EGYCOP 175 EGYEDU']],
    ['where it was said is no one it was done to', 'Russia and Egypt pledged new talks at a summit in Cairo.', ['RUS 030 EGY', 'EGY 030 RUS']],
    ['a fronted prepositional phrase is no member of the list after its comma', 'With the signing of the accord, Egypt and Israel agreed to meet.', ['EGY 036 ISR', 'ISR 036 EGY']],
    ['what a statement one issues says, the issuer says', 'Hamas issued a statement demanding that Israel release the Egyptian students.', ['PSEREBHMS 100 ISR']],
    ['a noun hyphened to a past verb is the verb\'s first part', 'Egypt test-fired a new missile.', ['EGY 150 -']],
    ["a bomber's violence is a bombing", 'A Hamas suicide bomber attacked Israeli troops.', ['PSEREBHMS 1831 ISRMIL']],
    ["one's own forces are no target of one's show of force", 'Egypt held exercises with Egyptian troops.', ['EGY 150 -']],
    ['conjoined sides that promise each other something, through an infinitive', 'Egypt and Israel agreed not to attack one another.', ['EGY 030 ISR', 'ISR 030 EGY']],
    ['an arrest in the passive with no doer named', 'Mahmoud Abbas was arrested on Friday.', ['- 173 PSEGOV']],
    ['a clause after "after" has its own subject', 'Hamas fired rockets at Israel after Egyptian police attacked Hamas.', ['PSEREBHMS 180 ISR', 'EGYCOP 190 PSEREBHMS']],
    ['after a comma, people of no named country are of the place the clause before named', 'Israeli troops attacked Egypt, killing students.', ['ISRMIL 190 EGY', 'ISRMIL 190 EGYEDU']],
    ['leaders of an international body act for it', 'Leaders of the United Nations condemned Israel.', ['IGOUNO 111 ISR']],
    ['people who block a crossing protest', 'Egyptian students blockaded the border with Israel.', ['EGYEDU 144 ISR']],
    ["an unknown person with no title is of their possessor's country", "Egypt's Tarek Selim condemned Israel.", ['EGY 111 ISR']],
    ['a participle spelled as its base form is passive', 'Egyptian troops were hit by Israeli troops.', ['ISRMIL 190 EGYMIL']],
    ["the state's agents of no named country are of the place they act in", 'Students were arrested by police in Egypt.', ['EGYCOP 173 EGYEDU']],
    ['a statement that names a decision is still a statement', 'Mahmoud Abbas said his decision to end the talks was right.', ['PSEGOV 010 -']],
    ['a threat a speaker says would follow on a condition', 'Hamas said it would attack Israeli troops if they entered Egypt.', ['PSEREBHMS 1384 ISRMIL']],
    ['a protest at home', 'Egyptian students protested against the police.', ['EGYEDU 140 EGYCOP']],
    ['the "of" phrase of a place, and a "by" phrase after several sides, name no target', 'Egypt and Israel met in the resort of Taba for talks mediated by Russia.', ['EGY 040 ISR', 'ISR 040 EGY']],
    ['killing civilians in the hundreds is mass killing', 'Egyptian troops killed hundreds of unarmed civilians.', ['EGYMIL 202 EGYCVL']],
    ['"re-" and its verb are one verb', 'Egypt and Israel agreed to re-establish relations.', ['EGY 050 ISR', 'ISR 050 EGY']],
    ['a pattern word after "at least" and a participle after a possessive', 'Israel moved at least 500 troops to its disputed border with Egypt.', ['ISR 154 EGY']],
    ["an international body's own organs are it", "The United Nations' executive board condemned Israel.", ['IGOUNO 111 ISR']],
    ['a killing in the passive with no doer named', 'Two Egyptian students were killed on Friday.', ['- 1823 EGYEDU']],
    ['a headline whose only verb is an infinitive', 'Russia imposes sanctions on Israel in bid to end talks', ['RUS 163 ISR']],
    ['a report with its source at the end whose verb the tagger missed', 'Gunmen abducted two Egyptian students, police said.', ['---REB 181 EGYEDU']],
    ['a relative clause names no target', 'Mahmoud Abbas urged leaders to end the talks, which he said had failed.', ['PSEGOV 020 -']],
    ["a report's speaker is no target", 'Egypt and Israel met on Friday, the Russian army said.', ['EGY 040 ISR', 'ISR 040 EGY']],
    ['a place after a compass word is a place', 'Egypt and Israel met in northeast Russia.', ['EGY 040 ISR', 'ISR 040 EGY']],
    ['people from a named organisation act for it, also after a speech verb', 'Egypt said gunmen from Hamas attacked Israeli troops.', ['PSEREBHMS 190 ISRMIL']],
    ["a state body of no named country is the source's own", 'Mahmoud Abbas accused the police of corruption.', ['PSEGOV 112 PSECOP']],
    ['an audience is no target', 'Mahmoud Abbas rejected the plan in a speech to Egyptian students.', ['PSEGOV 120 PSE']],
    ['what came after an act is no target of it', 'Mahmoud Abbas resigned after protests against Israel.', ['PSEGOV 0831 PSE']],
    ['an investigation into someone', 'Egyptian police opened an investigation into Mahmoud Abbas.', ['EGYCOP 090 PSEGOV']],
    ["a state's order to its own forces is its act", 'Egypt ordered the army to attack Hamas.', ['EGY 190 PSEREBHMS']],
    ['a capital where force is used is the place', 'Egyptian police imposed a curfew on Cairo.', ['EGYCOP 1723 EGY']],
    ["the passive's subject as the pattern's object", 'A curfew was imposed on Cairo by Egyptian police.', ['EGYCOP 1723 EGY']],
    ["the passive's subject as the pattern's object, with no target named", 'Talks were broken off by Hamas.', ['PSEREBHMS 164 PSE']],
    ["a possessor before a pattern's words", "Egypt suspended Cairo's participation in the talks.", ['EGY 160 EGY']],
    ['what sides who cooperate talk about is no one they cooperate with', 'Egypt and Israel agreed on Russian troops.', ['EGY 030 ISR', 'ISR 030 EGY']],
    ['a statement that what no actor does may not happen', 'Mahmoud Abbas said the economy might never recover.', ['PSEGOV 010 -']],
    ["a sum and its 'in' before a pattern's words", 'Egypt froze $2 billion in assets of Hamas.', ['EGY 163 PSEREBHMS']],
    ['a participle that describes the object does not end the search for its place', 'Egyptian police detained students held by Hamas in Israel.', ['EGYCOP 173 ISREDU']],
    ["a state's leaders are its government, one per state", 'The leaders of Egypt and Israel agreed to attack Hamas.', ['EGYGOV 1384 PSEREBHMS', 'ISRGOV 1384 PSEREBHMS']],
    ['a state that executes people kills them; it uses no military force', 'Egypt executed two Hamas militants.', ['EGY 1823 PSEREBHMS']],
    ["a protest with no one named is aimed at the protesters' own state", 'Egyptian students protested on Friday.', ['EGYEDU 140 EGY']],
    ['no one in a relative clause is a target', 'Egyptian students protested on Friday, which angered Israel.', ['EGYEDU 140 EGY']],
    ["an unknown name is what its apposition says, through a possessor and a participle", "Zarko Velin, Egypt's acting prime minister, attacked Hamas.", ['EGYGOV 190 PSEREBHMS']],
    ['people at a place are of its country', "Students at Egypt's most respected university attacked Hamas.", ['EGYEDU 190 PSEREBHMS']],
    ['rebels who use violence in a place are of its country', 'Rebels killed two students in Egypt.', ['EGYREB 1823 EGYEDU']],
    ['unknown gunmen stay unknown', 'Gunmen killed two students in Egypt.', ['---REB 1823 EGYEDU']],
    ['an act in a relative clause leaves a statement standing', 'Mahmoud Abbas said he had heard from Egyptian students who attacked Israeli troops.', ['PSEGOV 010 -', 'EGYEDU 190 ISRMIL']],
    ['a warning of what no one does is a pessimistic comment', 'Mahmoud Abbas warned that the economy would collapse.', ['PSEGOV 012 -']],
    ['a warning of what someone will do is a threat', 'Mahmoud Abbas warned that Hamas would attack Israeli troops.', ['PSEGOV 130 PSEREBHMS', 'PSEREBHMS 1384 ISRMIL']],
    ["what draws criticism from someone is criticised by them, the noun before an infinitive being the subject", "Israel's decision to attack Hamas drew criticism from Egypt.", ['EGY 111 ISR']],
    ['sides that cooperate on their own forces act on each other', 'Egypt and Israel met their troops.', ['EGY 040 ISR', 'ISR 040 EGY']],
    ['sides that meet someone of no named country meet them', 'Egypt and Israel met students.', ['EGY 040 ---EDU', 'ISR 040 ---EDU']],
    ['"they" after conjoined speakers is each of them', 'Egypt and Russia said they would attack Hamas.', ['EGY 1384 PSEREBHMS', 'RUS 1384 PSEREBHMS']],
    ['an act scheduled is an intent', 'Mahmoud Abbas is scheduled to meet Egyptian students.', ['PSEGOV 036 EGYEDU']],
    ["the state's agents a state's speaker names are its own", 'An Israeli spokesman said troops had attacked Hamas in Egypt.', ['ISRMIL 190 PSEREBHMS']],
    ['a quote said by a speaker after the verb', '"The plan is a disaster," said Mahmoud Abbas.', ['PSEGOV 010 -']],
    ["what a resolution says after a time phrase, its passer says; a body's Board is the body", "The United Nations' Board passed a resolution on Friday condemning Israel.", ['IGOUNO 111 ISR']],
    ['a threat to accuse is a threat', 'Hamas threatened to accuse Israel.', ['PSEREBHMS 130 ISR']],
    ["a nominal event's noun by its verb's irregular stem, and the verb's patterns on its 'of' phrase", 'The expulsion of Israeli diplomats by Egypt angered Hamas.', ['EGY 161 ISR']],
    ['a capital that force is used on is the place', 'Egyptian troops attacked Cairo.', ['EGYMIL 190 EGY']],
    ["one state's bodies may act on each other", "Egypt's police arrested the Egyptian prime minister.", ['EGYCOP 173 EGYGOV']],
    ['a pronoun that points back to the source is no target', 'Hamas said Israel attacked it.', ['ISR 190 PSEREBHMS']],
    ["a state's appeal to rebels of no named country is at home", 'Mahmoud Abbas urged rebels to stop.', ['PSEGOV 020 PSEREB']],
    ['criticism of what happened in a country, with no author named, is aimed at the country', 'Mahmoud Abbas condemned the coup in Egypt.', ['PSEGOV 111 EGY']],
    ['where conjoined sides sign is a venue', 'Egypt and Israel signed an accord at the Russian embassy.', ['EGY 057 ISR', 'ISR 057 EGY']],
    ["a possessive pronoun's owner gives an agent its country", 'Mahmoud Abbas met Egyptian students. His troops attacked Israel.', ['PSEGOV 040 EGYEDU', 'PSEMIL 190 ISR']],
    ['forces moved somewhere to help are military protection, not a show of force', 'Israel moved troops to Egypt to help the police.', ['ISR 074 EGY']],
    ['an appeal to no one named about a country is addressed to it', 'Mahmoud Abbas urged all parties in Egypt to stop.', ['PSEGOV 020 EGY']],
    ["a phrase a skipped one possesses is skipped with it", "Egypt and Israel met for talks mediated by Russia's police.", ['EGY 040 ISR', 'ISR 040 EGY']],
    ['an absolute "with" clause names no target', 'Egypt and Israel held exercises in Egypt, with Russia watching.', ['EGY 062 ISR', 'ISR 062 EGY']],
    ['a killing in the passive by someone no one knows has no source', 'Mahmoud Abbas was shot dead by a sniper.', ['- 186 PSEGOV']],
    ['… and one of someone of no office is a killing', 'Two Hamas militants were shot dead by a sniper.', ['- 1823 PSEREBHMS']],
    ['killing with chemical weapons is mass violence', 'A chemical weapons attack killed Egyptian students.', ['- 2041 EGYEDU']],
    ['a team or a craft from someone is theirs', 'A team from Hamas attacked Israeli troops.', ['PSEREBHMS 190 ISRMIL']],
    ["an act a noun's owner took", "Egypt's decision on Friday to expel Israeli diplomats angered Hamas.", ['EGY 161 ISR']],
    ['an act a "by" phrase took', 'The decision by Egypt to expel Israeli diplomats angered Hamas.', ['EGY 161 ISR']],
    ['a protest is aimed at whom its demand names', 'Egyptian students protested in Cairo to demand the release of Hamas militants.', ['EGYEDU 140 PSEREBHMS', 'EGYEDU 100 PSEREBHMS']],
    ['what a document sent somewhere says, its sender says', 'Hamas issued a statement to the Russian embassy on Friday accusing Israel.', ['PSEREBHMS 112 ISR']],
    ['a statement that a nation will never forget is still a statement', 'Mahmoud Abbas said Egypt would never forget the students.', ['PSEGOV 010 EGY']], // (and about the country its clause begins with)
    ['what is dismissed may follow the verdict, and a rejected act is aimed at whoever a relative clause names as its author', 'Hamas dismissed as nonsense the proposals that Mahmoud Abbas outlined.', ['PSEREBHMS 127 PSEGOV']],
    ["a bureau acts for its owner", "Mahmoud Abbas's office condemned Israel.", ['PSEGOV 111 ISR']],
    ['a demand is aimed at whoever holds what it asks back', 'Egypt demanded the release of students detained by Israel.', ['EGY 100 ISR', 'ISR 173 ISREDU']],
    ['whoever names the object is no target', 'Israeli troops attacked what Egypt said was a Hamas camp.', ['ISRMIL 190 PSEREBHMS']],
    ["an apology for one's own country's acts is made to no one named", "Mahmoud Abbas apologized for the suffering that Palestine's rulers caused.", ['PSEGOV 055 -']],
    ['a people named as such is no state (the rebels are of the state they fight)', 'Ethnic Egyptian rebels attacked Israeli troops.', ['ISRREB 190 ISRMIL']],
    ["a bare noun conjoined to a possessed one shares its possessor", "Egypt's police and students met Hamas.", ['EGYCOP 040 PSEREBHMS', 'EGYEDU 040 PSEREBHMS']],
    ["violence against people of no named country is in the first side's country", 'Egyptian troops and Israeli soldiers attacked rebels.', ['EGYMIL 190 EGYREB', 'ISRMIL 190 EGYREB']],
    ["not meeting someone's demands rejects them", 'Egypt would not meet the demands of Hamas, Mahmoud Abbas said.', ['EGY 120 PSEREBHMS']],
    ['a negated verb its negation patterns do not take is no event, nor is the statement', 'Mahmoud Abbas said Egypt will not meet the students.', []],
    ['what one writes to someone, one says', 'Hamas wrote to Mahmoud Abbas on Friday urging him to meet Egyptian students.', ['PSEREBHMS 020 PSEGOV']],
    ["a leader's kin is of the elite, not the leader", "Israeli police arrested Mahmoud Abbas's son.", ['ISRCOP 173 PSEELI']],
    ['people who fight the police riot', 'Egyptian students fought Egyptian police.', ['EGYEDU 145 EGYCOP']],
    ["a headline's verb the tagger misses after a collective subject", 'Egyptian police arrest Hamas militants in Cairo', ['EGYCOP 173 PSEREBHMS']],
    ["a headline's verb after a plural the tagger reads as a verb", 'Egyptian students attack Israeli troops near border', ['EGYEDU 190 ISRMIL']],
    ["a headline's -s verb after a name", 'Egypt expels Israeli diplomats over spying row', ['EGY 161 ISR']],
    ["a headline's bare verb after a plural its first word names and a place", 'Rebels in southern Egypt attack Israeli troops', ['EGYREB 190 ISRMIL']],
    ["a headline's bare verb after an irregular plural", 'Hamas gunmen attack Israeli students', ['PSEREBHMS 180 ISREDU']],
    ["a headline's verb after a hyphened subject", 'Egyptian-led troops attack Israeli students', ['EGYMIL 190 ISREDU']],
    ["a headline's acronym ending in s is no plural", 'HAMAS threatens force unless Israel frees students', ['PSEREBHMS 130 ISR']],
    ['people who wreck property riot', 'Egyptian students torched Israeli offices.', ['EGYEDU 145 ISR']],
    ['a third party under whose auspices sides meet is no target', 'Egypt and Israel met on Friday under the auspices of Russia.', ['EGY 040 ISR', 'ISR 040 EGY']],
    ['someone before their first office takes the title the text gives them', 'Palestinian opposition leader Mahmoud Abbas met Hamas.', ['PSEOPP 040 PSEREBHMS'], '1990-01-01'],
    ['someone before their first office, with no title, is of their country\'s elite', 'Mahmoud Abbas met Hamas.', ['PSEELI 040 PSEREBHMS'], '1990-01-01'],
    ["a nominal event's possessor is its doer when the event is told as a fact", "Egypt's expulsion of Israeli diplomats angered Hamas.", ['EGY 161 ISR']],
    ['but not when it is only called for', "Hamas demanded Egypt's expulsion of Israeli diplomats.", ['PSEREBHMS 100 EGY']],
    ['a score beside a verb of winning or losing is sport', 'Egypt beat Israel 3-1 in the final on Friday.', []],
    ['a side of no named country that fights a state is of that state', 'Egyptian troops and rebels clashed on Friday.', ['EGYMIL 190 EGYREB', 'EGYREB 190 EGYMIL']],
    ["the state's agents of no named country who act on a country's people are that country's", 'Two Egyptian students were detained by police.', ['EGYCOP 173 EGYEDU']],
    ['a pronoun object may split a phrasal verb', 'Mahmoud Abbas met Egyptian students. Hamas gunned him down.', ['PSEGOV 040 EGYEDU', 'PSEREBHMS 1823 PSEGOV']],
    ['an act whose only actor after it points back to its source is done at home', 'Hamas protested against the sentence it received.', ['PSEREBHMS 140 PSE']],
    ["a possessor after 'and' opens the member it owns", "Palestine's President Mahmoud Abbas and Israel's police met on Friday.", ['PSEGOV 040 ISRCOP', 'ISRCOP 040 PSEGOV']],
    ["'the country' that owns a body is the one named last before it", "Egyptian students met the country's police.", ['EGYEDU 040 EGYCOP']],
    ["a place noun's 'of' phrase names the place", 'Israeli troops attacked the town of Cairo.', ['ISRMIL 190 EGY']],
    ["a thing a pattern names belongs to its possessor", "Russia froze Egypt's assets.", ['RUS 163 EGY']],
    ['a state that occupies a building seizes it', "Egyptian police occupied the offices of Hamas.", ['EGYCOP 171 PSEREBHMS']],
    ['people who occupy a building protest', "Egyptian students occupied the offices of Hamas.", ['EGYEDU 144 PSEREBHMS']],
    ['protesters who use force on no armed men riot', 'Egyptian students attacked Israeli offices.', ['EGYEDU 145 ISR']],
    ["students' criticism of no one named is aimed at their own state", 'Egyptian students condemned the results.', ['EGYEDU 111 EGY']],
    ['rebels who deal with a state are of that state', 'Egyptian police and rebels signed an accord.', ['EGYCOP 057 EGYREB', 'EGYREB 057 EGYCOP']],
    ['two of the same kind of no named country are no event', 'Officials accused officials.', []],
    ["a direct quote is its speaker's reported speech, and 'we' in it is the speaker", '"We will attack Israeli troops," Mahmoud Abbas told reporters.', ['PSEGOV 1384 ISRMIL']],
    ["a headline's -s verb after a collective, and a bare form after it that modifies a noun", 'Egyptian police arrests Hamas militants', ['EGYCOP 173 PSEREBHMS']],
    ["a headline's bare verb after a plural the tagger reads as a verb, before an adjective", 'Hamas rebels free Egyptian students', ['PSEREBHMS 0841 EGYEDU']],
    ['talks that resume between two sides are theirs, and rebels who face a state are of it', "Talks between Egypt's police and rebels resumed on Monday.", ['EGYCOP 040 EGYREB', 'EGYREB 040 EGYCOP']],
    ['an appeal with no object is addressed to the place named after it', 'Mahmoud Abbas urged for an end to the bloodshed in Egypt.', ['PSEGOV 020 EGY']],
    ['a rejected act is aimed at the doer of its participle, past a short phrase', 'Hamas rejected the sanctions imposed on it by Egypt.', ['PSEREBHMS 120 EGY', 'EGY 163 PSEREBHMS']],
    ['a denial none of whose patterns match withholds its speaker\'s statement', 'Hamas denied reports that it planned to attack Israeli troops, Mahmoud Abbas said.', []],
    ["in a quote only 'we' is its speaker, and a quote's verb looks no further than its quote", '"If they attack us, we will condemn Israel," Mahmoud Abbas said.', []],
    ["a quoted condemnation with no one named is done at home", '"We condemn this attack," Mahmoud Abbas said.', ['PSEGOV 111 PSE']],
    ['forces sent as part of a peacekeeping force are protection', 'Israel moved troops to Egypt as part of a peacekeeping force.', ['ISR 074 EGY']],
    ["rebels of no named country who use force on a country's people are that country's", 'Rebels arrested two Egyptian students.', ['EGYREB 173 EGYEDU']],
    ['but unknown gunmen stay unknown', 'Gunmen arrested two Egyptian students.', ['---REB 173 EGYEDU']],
    ["a state's curfew over its own country is done at home, as is one placed there by the text", 'Egypt imposed a curfew on Friday. Egypt imposed a curfew in Cairo.', ['EGY 1723 EGY', 'EGY 1723 EGY']],
    ["an apology made to one's own people keeps them", "Mahmoud Abbas apologized to Palestinian students.", ['PSEGOV 055 PSEEDU']],
    ["a speaker's report of their own view is about the other country it names", 'Mahmoud Abbas said he shared the fears of Egypt.', ['PSEGOV 010 EGY']],
    ['but a plain statement is addressed to no one', 'Mahmoud Abbas said the plan was a disaster for Egypt.', ['PSEGOV 010 -']],
    ["places of conjoined sides' own countries are no third party they cooperate with", 'Egypt and Israel signed an accord in Cairo.', ['EGY 057 ISR', 'ISR 057 EGY']],
    ['people of no named country are of the place their own relative clause names', 'Hamas urged the students who protested in Cairo to stop.', ['PSEREBHMS 020 EGYEDU', 'EGYEDU 140 EGY']],
    ['troops who leave a country withdraw from it, anyone else who leaves a place does nothing', 'Israeli troops left Egypt. Mahmoud Abbas left Cairo.', ['ISRMIL 0874 EGY']],
    ['an act in a time clause leaves a statement standing', 'Mahmoud Abbas said the plan was good, a day after Israeli troops left Egypt.', ['PSEGOV 010 -', 'ISRMIL 0874 EGY']],
    ['aid to people of a place is aid to its country', 'Israel sent aid to villages in Egypt.', ['ISR 070 EGY']],
    ['a mass killing runs through a list: hundreds and perhaps thousands of civilians', 'Israeli troops killed hundreds and perhaps thousands of civilians in Egypt.', ['ISRMIL 202 EGYCVL']],
    ["a headline joins a name and a demonym's noun with a comma", 'Egypt, Israeli troops attack Hamas', ['EGYMIL 190 PSEREBHMS', 'ISRMIL 190 PSEREBHMS']],
    ["people of no named country a state acts on are its own", 'Egypt sent aid to students.', ['EGY 070 EGYEDU']],
    ['the backer of a hyphened "-backed" body is not its country', "Mahmoud Abbas met Egypt's Israeli-backed officials.", ['PSEGOV 040 EGYGOV']],
    ['a pattern word may follow a noun joined to its compound', 'Egypt imposed an air and arms embargo on Israel.', ['EGY 163 ISR']],
    ["a pattern's word may stand in a list, and what follows comes after the list", 'Egypt sent rice and biscuits on Friday to Israel.', ['EGY 073 ISR']],
    ["a passive's subject may be the things a quantity is of", 'Forty tonnes of tents were sent to Israel by Egypt.', ['EGY 073 ISR']],
    ['a verb of going is no visit in the passive', 'Tents were flown to Israel by Egypt.', ['EGY 073 ISR']],
    ['help is for whom the going was to', 'Egyptian students arrived in Israel to assist.', ['EGYEDU 042 ISR', 'EGYEDU 070 ISR']],
    ['a plural weapon that opens a sentence is a weapon', 'Grenades killed civilians in Egypt.', ['- 1823 EGYCVL']],
    ['shooting a person is an assault, not a fight', 'Israeli troops sniped Amon Darel.', ['ISRMIL 180 EGY']],
    ['a bare noun conjoined to one a demonym modifies shares its country', 'Israeli soldiers and police attacked Hamas.', ['ISRMIL 190 PSEREBHMS', 'ISRCOP 190 PSEREBHMS']],
    ['a verb before an "after" clause is no reduced relative', 'Israeli troops fired at Hamas after the talks failed.', ['ISRMIL 190 PSEREBHMS']],
    ['patterns step over an aside that "including" opens', 'Israel moved troops, including police, to Egypt.', ['ISR 154 EGY']],
    ['an -ing word after a comma before a determiner is a participle, and opens a clause', 'An agreement was signed by Israel and Egypt, opening the border to students.', ['ISR 057 EGY', 'EGY 057 ISR']],
    ['outsiders let into a country are international involvement allowed', 'Egypt let United Nations officials into Cairo.', ['EGY 086 IGOUNO']],
    ['people called foreign are not the acting state\'s own', 'Egyptian police arrested foreign students.', ['EGYCOP 173 ---EDU']],
    ["a thing the doer's relative clause says they did to someone is done to them", 'Egypt lifted the sanctions it had imposed on Israel.', ['EGY 085 ISR']],
    ['a participle inside a noun phrase opens no clause', 'Egypt extradited suspected Hamas militant Omar Halden to Israel.', ['EGY 063 ISR']],
    ["a pattern's words may follow prepositional phrases of the noun before them", 'Egypt handed over four suspects in the bombing to Israel.', ['EGY 063 ISR']],
    ['a show of force at a border is aimed across it', 'Egypt put its troops along the Israeli border on alert as a standoff between the armies entered its third day.', ['EGY 152 ISR']],
    ['a word hyphened to a participle is an adjective, and the "to" before it a preposition', 'Egypt sent rice to quake-hit Israel.', ['EGY 073 ISR']],
    ["a body's leader acts for it", "The leader of Egypt's military attacked Hamas.", ['EGYMIL 190 PSEREBHMS']],
    ['a phrase between a noun and its verb describes the noun', 'Hamas is strong, a military spokesman in Cairo said.', ['EGYGOV 010 PSEREBHMS']],
    ['forces put on alert by no one named show their own force', 'Police in Cairo were placed on alert.', ['EGYCOP 151 -']],
    ["a possessor after \"and\" opens the name it owns after a name", "Mahmoud Abbas and Egypt's Samir Halden met.", ['PSEGOV 040 EGYGOV', 'EGYGOV 040 PSEGOV'], '2006-01-01'],
    ['compass words and an area word make one place', 'Israel attacked the North Egyptian Province.', ['ISR 190 -']],
    ["an owner's act names its target after what it was of, not the owner's own people", "Egypt's expulsion of its diplomats from Israel ended the talks.", ['EGY 161 ISR']],
    ["an owner's act may be done to whom its \"of\" phrase names", "Egypt's expulsion of Israeli diplomats ended the talks.", ['EGY 161 ISR']],
    ['talks that end between two sides were held between them', 'Talks between Mahmoud Abbas and Israeli officials ended on Monday.', ['PSEGOV 040 ISRGOV', 'ISRGOV 040 PSEGOV'], '2006-01-01'],
    ["a body's representative acts for it", "The United Nations' special representative met Hamas.", ['IGOUNO 040 PSEREBHMS']],
    ['a present form of an intent verb the tagger read as a noun', 'Egypt plans to release students.', ['EGY 035 EGYEDU']],
    ['unrest that breaks out in a country is its people\'s, aimed at their state', 'Rioting broke out in Cairo on Tuesday.', ['EGYOPP 145 EGY']],
    ['forces sent to join a force others raise protect the place after it', 'Egypt sent troops to join a force being assembled to end the war in Israel.', ['EGY 074 ISR']],
    ['a place the sides of a joint act name is no one they cooperate with', 'Egypt and Israel signed an agreement linking the Egyptian capital with Tel Aviv.', ['EGY 057 ISR', 'ISR 057 EGY']],
    ['a target phrase that names no one is of whom its "of" phrases name', 'Israel opened an investigation into the finances of Mahmoud Abbas.', ['ISR 090 PSEGOV'], '2006-01-01'],
    ['people called international are not the acting state\'s own', 'Egyptian police arrested international students.', ['EGYCOP 173 ---EDU']],
    ['criticism of an act is aimed at its backer', 'Egypt condemned what it called an Israeli-backed attack.', ['EGY 111 ISR']],
    ['calling another a partner is praise', '"Egypt is a reliable partner," Mahmoud Abbas said.', ['PSEGOV 051 EGY'], '2006-01-01'],
    ['a judgement of no one is no event', '"Climate change is the greatest threat to our people," Mahmoud Abbas said.', ['PSEGOV 010 -'], '2006-01-01'],
    ['a gang that uses violence is of the place named, not of whom it seized', 'A gang kidnapped Israeli students east of Cairo.', ['EGYCRM 181 ISREDU']],
    ['a gerund after a verb of starting is its act, in its mood', 'Egypt said it would start sending rice to Israel.', ['EGY 033 ISR']],
    ['an object none of which was acted on negates the act', 'Egyptian police arrested no students.', []],
    ["a threat's condition may come before it", '"If Israel attacks the students, we will expel diplomats," Mahmoud Abbas said.', ['PSEGOV 1313 ISR'], '2006-01-01'],
    ['a border named after the act, "with" a country, is aimed across', 'Egyptian troops were deployed along the border with Israel.', ['EGYMIL 154 ISR']],
    ["an owner's act with no \"of\" phrase is done to whom its \"with\" phrase names", "Egypt's meeting with Israel ended the crisis.", ['EGY 040 ISR']],
    ['an act whose clause says whom it struck is done to them', 'Egyptian officials carried out a cyber attack that hit Israeli students.', ['EGYGOV 176 ISREDU', 'EGYGOV 190 ISREDU']],
    ['experts from a body act for it', 'Experts from Egyptian police attacked Hamas.', ['EGYCOP 190 PSEREBHMS']],
    ['a named object may split a phrasal verb, and its patterns read from the object', 'Egypt called the talks off.', ['EGY 164 EGY']],
    ['someone handed over to a court is judicial cooperation', "Egypt handed Hamas's leader Omar Halden over to the Israeli court.", ['EGY 063 ISRJUD'], '2005-01-01'],
    ['a discard phrase does not discard a sentence about a titled leader', 'Mahmoud Abbas signed an accord with Egypt before the World Cup final.', ['PSEGOV 057 EGY'], '2006-01-01'],
    ['civilians who blockade a place protest, and are of its country', 'Students blockaded government buildings in Cairo.', ['EGYEDU 144 EGY']],
    ["a statement about relations between one's own and another is about the other", 'Relations between Egypt and Israel are strong, Egyptian officials said.', ['EGYGOV 010 ISR']],
    ['a venue and what it is of are no one met', 'Mahmoud Abbas met Egyptian officials on the sidelines of the United Nations summit.', ['PSEGOV 040 EGYGOV'], '2006-01-01'],
    ["a state's speaker of no named country is of the one country the sentence names", 'Egypt is strong, a spokesman said.', ['EGYGOV 010 -']],
    ['force whose weapons are chemical is chemical warfare', 'Hamas fired shells filled with mustard gas at Israeli troops.', ['PSEREBHMS 2041 ISRMIL']],
    ['force used in a show of force is shown, not used', 'Israeli troops fired at Hamas in a show of force.', ['ISRMIL 150 PSEREBHMS']],
    ['a person the dictionaries do not know whom a national armed group uses force on is of its country', 'Hamas abducted presidential candidate Karim Sallam.', ['PSEREBHMS 181 PSE']],
    ['what one meets beside is no one met', 'Mahmoud Abbas met Egyptian officials on the sidelines of the United Nations summit.', ['PSEGOV 040 EGYGOV'], '2006-01-01'],
    ['an obligation whose report has an adverb after its comma codes without a speaker and does not fail', 'Israel must release the students, later Egypt said.', []],
    ["a pattern's source names the doer in the passive too", 'Egyptian students were extradited from Israel to Russia.', ['ISR 063 RUS']],
    ['the board of an international body is the body', 'The board of the United Nations met Hamas.', ['IGOUNO 040 PSEREBHMS']],
    ['what one uses a thing to do one does', 'Mahmoud Abbas used his speech on Tuesday to accuse Israel.', ['PSEGOV 112 ISR'], '2006-01-01'],
    ['an expulsion by the tens of thousands is mass expulsion', 'Egypt expelled 20,000 Israeli students.', ['EGY 201 ISREDU']],
    ['a raid on premises is coercion', 'Egyptian police raided the offices of Hamas.', ['EGYCOP 170 PSEREBHMS']],
    ['a statement about talks with a body is about the body', 'Egyptian officials said talks with the United Nations were going well.', ['EGYGOV 010 IGOUNO']],
    ['a third party is skipped with its list', 'Egypt and Israel met for talks mediated by Russia and Brazil.', ['EGY 040 ISR', 'ISR 040 EGY']],
    ["a speaker worried by an event in a country speaks of it", 'Mahmoud Abbas said he was worried by the deadlock in Egypt.', ['PSEGOV 010 EGY'], '2006-01-01'],
    ["a statement about talks with rebels of one's own country is about them", 'Egyptian officials said talks with Egyptian rebels were going well.', ['EGYGOV 010 EGYREB']],
    ["a warning of what one's own people will do is a threat, not a comment", 'Hamas warned that its fighters would come.', ['PSEREBHMS 130 PSE']],
    ['a brigade of people is those people', 'A brigade of Egyptian students attacked Hamas.', ['EGYEDU 190 PSEREBHMS']],
    ['the first to do a thing did it', 'Egypt became the first country in the region to expel Israeli diplomats.', ['EGY 161 ISR']],
    ['forces that arrive somewhere to help bring it protection', 'Egyptian troops arrived in Israel on a mission to restore order.', ['EGYMIL 074 ISR']],
    ["goods that arrive are their owner's", "Egypt's donation of rice arrived in Israel.", ['EGY 073 ISR']],
    ["goods that arrive are of the country they come from", 'Tanks from Egypt arrived in Israel.', ['EGY 072 ISR']],
    ['a threat that names no one is aimed at the other country its words name', 'Hamas warned that its fighters would come deep inside Israel.', ['PSEREBHMS 130 ISR']],
    ["a threat that names only one's own is aimed at the other country its words name", 'Egypt warned that its police would pursue Israeli students.', ['EGY 130 ISREDU']],
    ["a statement is about the other country its clause says one deals with", 'Egyptian officials said trust could be built with Israel.', ['EGYGOV 010 ISR']],
    ["a speaker's hope is about the other country its words name", "Mahmoud Abbas said he was hopeful that Israel's students would come.", ['PSEGOV 013 ISREDU'], '2006-01-01'],
    ["a statement about one's relationship with another is about the other", "Egyptian officials said Egypt's relationship with Israel was strong.", ['EGYGOV 010 ISR']],
    ["officials' report of what a natural disaster did is no statement", 'The earthquake killed 30 people in Egypt, Egyptian officials said.', []],
    ["a leader's word on what a natural disaster did is a statement", 'The earthquake killed 30 people, Mahmoud Abbas said.', ['PSEGOV 010 -'], '2006-01-01'],
    ['a statement whose object is its speaker stands without a target', 'Egypt says Egyptian economy on track', ['EGY 010 -']],
    ['a phrasal arrival', 'Egyptian troops came ashore in Israel on a mission to restore order.', ['EGYMIL 074 ISR']],
    ['people of no named country in a story filed from a country are of it', 'CAIRO, May 3 (Reuters) - Rebels attacked students.', ['EGYREB 180 EGYEDU']],
    ['but not attackers no one knows', 'CAIRO, May 3 (Reuters) - Gunmen attacked students.', ['---REB 180 EGYEDU']],
    ['fire into the sea is force shown, not used', 'Israeli troops fired at Hamas positions in military exercises.', ['ISRMIL 150 PSEREBHMS']],
    ['what one says after meeting someone is about them', '"The talks were good," Mahmoud Abbas said after meeting Egyptian officials.', ['PSEGOV 010 EGYGOV'], '2006-01-01'],
    ['protesters who defy a ban demonstrate', 'Thousands of Egyptian protesters defied the ban.', ['EGYOPP 141 EGY']],
    ['a state that defies a ban defies it', 'Egypt defied the ban.', ['EGY 128 EGY']],
    ['a state that frees someone the dictionaries do not know frees one of its own', 'Egypt freed blogger Karim Sallam.', ['EGY 0841 EGY']],
    ['people of no named country in a sentence that names one country are of it', 'Rebels loyal to Mahmoud Abbas attacked students.', ['PSEREB 180 PSEEDU'], '2006-01-01'],
    ['beating someone to win a title is sport', 'Egypt beat Israel to win the cup', []],
    ['a summit of a body acts for it', 'A summit of the United Nations met Hamas.', ['IGOUNO 040 PSEREBHMS']],
    ["a pattern read past an owner's possessive is done to the owner", "Egypt rejected Israel's offer of talks.", ['EGY 125 ISR']],
    ["but not past one's own", "Egypt rejected Cairo's offer of talks.", ['EGY 125 -']],
    ['sides of two countries that meet meet each other, not what they talk about', 'Egyptian and Israeli officials met on the fate of Russian students.', ['EGYGOV 040 ISRGOV', 'ISRGOV 040 EGYGOV']],
    ['nor their mediators', 'Egyptian and Israeli officials met with mediators from Russia.', ['EGYGOV 040 ISRGOV', 'ISRGOV 040 EGYGOV']],
    ['but whom they meet with', 'Egyptian and Israeli officials met with Hamas.', ['EGYGOV 040 PSEREBHMS', 'ISRGOV 040 PSEREBHMS']],
    ['force shown at no one named is aimed at the other country the sentence gives as its cause', 'Egypt deployed troops as Israeli students protested.', ['EGY 154 ISREDU', 'ISREDU 140 ISR']],
    ["an ethnic group named by a demonym is of the country the story is filed from", 'CAIRO, May 3 (Reuters) - Ethnic Israeli students attacked Hamas.', ['EGYEDU 190 PSEREBHMS']],
    ["a statement about hostility between one's own and another is about the other", '"The hostility between Egypt and Israel is over," Egyptian officials said.', ['EGYGOV 010 ISR']],
    ['a statement is about what the speaker is said to refer to', '"The process is stuck," Egyptian officials said, referring to talks with Israel.', ['EGYGOV 010 ISR']],
    ['troops one will send into a country are an intent', 'Egypt will send 1,000 more troops to Israel.', ['EGY 0334 ISR']],
    ['troops one will send to a border are a threat', 'Egypt will send troops to the border with Israel.', ['EGY 138 ISR']],
    ["a statement is about the other country its clause begins with", 'Egyptian officials said Israel was a good neighbour.', ['EGYGOV 010 ISR']],
    ["a statement is about the other country its quote begins with", '"Israel is a good neighbour," Egyptian officials said.', ['EGYGOV 010 ISR']],
    ["a statement is about the owner of a thing its clause begins with", "Egyptian officials said Israel's economy was strong.", ['EGYGOV 010 ISR']],
    ["a statement is not about the owner of an act its clause begins with, done to something", "Egyptian officials said Israel's handling of the talks was slow.", ['EGYGOV 010 -']],
    ["a statement is not about a country its clause names later", 'Egyptian officials said exports to Israel were strong.', ['EGYGOV 010 -']],
  ])('%s', (_rule, text, expected, date?: string) => {
    expect(coded(text, date)).toEqual(expected);
  });

  it('codes violence done by a weapon with no one named behind it with no source', () => {
    expect(coded('A roadside bomb killed two Egyptian students in Israel.')).toEqual(['- 1823 EGYEDU']);
    expect(coded('Two Egyptian students were killed in a bombing in Israel.')).toEqual(['- 1823 EGYEDU']);
    expect(coded('The storm killed two Egyptian students.')).toEqual([]);
  });

  it.each([
    ['a negated verb whose negation pattern does not match', 'Hamas did not join the Egyptian police.'],
    ['an act with no target by someone of no known country', 'Police attacked.'],
    ['a denied act', 'Israel denied that its troops attacked Hamas.'],
    ['a question', 'Did Israeli troops attack Hamas?'],
    ['an inverted condition', 'Had Israeli troops attacked Hamas, Russia would have imposed sanctions on Israel.'],
    ['an act only thought unlikely', 'Russia said it was unlikely that Israel would attack Hamas.'],
    ['a use of the verb its dictionary says is no event', 'Israeli troops attacked the epidemic.'],
    ['the purpose of an act that may not happen', 'Israeli troops could enter Egypt to attack Hamas.'],
    ['a gerund after an act that may not happen', 'Israeli troops might have resumed attacking Hamas.'],
    ['negation', 'Hamas did not attend talks and did not attack Israeli troops.'],
    ['modality', 'Israeli troops could attack Hamas.'],
    ['a conditional', 'Russia would impose sanctions on Israel if talks fail.'],
    ['an if-clause', 'If Hamas attacks Israeli troops, talks will end.'],
    ['a discarded sentence', 'Brazil and Argentina signed an accord at the World Cup final.'],
    ['a verb the dictionaries do not know', 'Hamas praised Egyptian students.'],
    ['no known actor', 'Gunmen attacked the convoy.'],
    ['a statement that something did not happen', 'Israeli troops did not cross the border, Egypt said.'],
    ['what a rejected claim says', 'Egypt dismissed claims that police had attacked students.'],
    ['a denied gerund and what it leads to', 'Israel denied sending troops across the border to attack Hamas.'],
    ['a choice still open', 'Russia is weighing whether to attack Israel.'],
    ["an order to someone else's forces", 'Egypt ordered Hamas to attack Israeli troops.'],
    ['what must happen first', 'Egypt will not meet Hamas until Israeli troops attack the students.'],
    ['an act only thought likely', 'Israel is unlikely to attack Hamas, officials said.'],
    ['what others are only allowed to do', 'Israel allowed Egyptian troops to attack Hamas.'],
    ['a statement of what only may happen', 'Russia said Israel could attack Hamas.'],
    ['a statement by someone of no known country', 'Officials said the economy would recover.'],
  ])('gives no event for %s', (_rule, text) => {
    expect(coded(text)).toEqual([]);
  });

  it('codes only events with a named target under the TABARI/PETRARCH convention', () => {
    const strict = pipeline(loadChronicle(DICTIONARY, 'test.dict').dictionary, { requireTarget: true });
    expect(compact(strict('Hamas attacked.'))).toEqual([]);
    expect(compact(strict('Egyptian students protested.'))).toEqual(['EGYEDU 140 -']);
    expect(coded('Hamas attacked.')).toEqual(['PSEREBHMS 180 PSE']);
  });

  it('codes a city named as a target as its country', async () => {
    const withPlaces = pipeline(loadChronicle(DICTIONARY, 'test.dict').dictionary, { places: await loadPlaceGazetteer() });
    expect(compact(withPlaces('Israeli troops attacked Tulkarem on Friday.'))).toEqual(['ISRMIL 190 PSE']);
  });

  it('matches a TABARI one-word verb as a stem', () => {
    const { dictionary } = loadDictionaryTexts([
      { file: 'test.dict', text: DICTIONARY },
      { file: 'demo.verbs', text: 'CONTRIBUT  [070]\n' },
    ]);
    const withStems = pipeline(dictionary);
    expect(compact(withStems('Russia contributed money to Israel.'))).toEqual(['RUS 070 ISR']);
    expect(withStems('Russia contributx money to Israel.').layers.events).toEqual([]);
  });

  it("matches a TABARI pattern's words as stems unless closed by \"_\"", () => {
    const { dictionary } = loadDictionaryTexts([
      { file: 'test.dict', text: DICTIONARY },
      { file: 'demo.verbs', text: 'ADOPT  [081]\n- * RESOLUTION_  [102]\n- * REVOLUTION  [083]\n' },
    ]);
    const tabari = pipeline(dictionary);
    expect(compact(tabari('Russia adopted a revolutionary manifesto with Israel.'))).toEqual(['RUS 083 ISR']);
    expect(compact(tabari('Russia adopted a resolution with Israel.'))).toEqual(['RUS 102 ISR']);
    expect(compact(tabari('Russia adopted a resolutionary text with Israel.'))).toEqual(['RUS 081 ISR']);
  });

  it('prefers a match that stepped over a noun to a shorter form of the same pattern', () => {
    const { dictionary } = loadDictionaryTexts([
      { file: 'test.dict', text: DICTIONARY },
      { file: 'demo.verbs', text: 'WELCOME  [040]\n- * MEMOS_ON_TRADE FROM +  [042]\n- * MEMOS_ON_TRADE  [043]\n' },
    ]);
    const tabari = pipeline(dictionary);
    expect(compact(tabari('Russia welcomed memos on trade issues from Israel.'))).toEqual(['RUS 042 ISR']);
    expect(compact(tabari('Russia welcomed memos on trade to Israel.'))).toEqual(['RUS 043 ISR']);
  });

  it('codes a modal a TABARI dictionary lists as a verb, only where one of its patterns matches', () => {
    const { dictionary } = loadDictionaryTexts([
      { file: 'test.dict', text: DICTIONARY },
      { file: 'demo.verbs', text: "SHOULD  [101]\n- SUGGESTED + * LIFT SANCTIONS  [0831]\n- SUGGESTED_{ NEVER | DON'T } * RENEW SANCTIONS  [1241]\n- SUGGESTED * EASE SANCTIONS  [0832]\n" },
    ]);
    const tabari = pipeline(dictionary);
    // The suggestion is its speaker's; "+" names the target, else the first other actor after the match is.
    expect(compact(tabari('Russia suggested Israel should lift sanctions.'))).toEqual(['RUS 0831 ISR']);
    expect(compact(tabari('Russia suggested Israel should ease sanctions on Egypt.'))).toEqual(['RUS 0832 EGY']);
    expect(compact(tabari("Russia suggested don't Israel should renew sanctions on Egypt."))).toEqual(['RUS 1241 EGY']);
    // No pattern, no event: the modal's own code is not used alone.
    expect(compact(tabari('Russia said talks should resume soon.'))).not.toContainEqual(expect.stringContaining('101'));
  });

  it('steps over an actor a TABARI pattern skips with "^"', () => {
    const { dictionary } = loadDictionaryTexts([
      { file: 'test.dict', text: DICTIONARY },
      { file: 'demo.verbs', text: 'CELEBRATE  [040]\n- * EID IN ^ WITH +  [043]\n- * IFTAR AT ^ +  [044]\n' },
    ]);
    const tabari = pipeline(dictionary);
    // The skipped actor is neither target nor source; the next actor may follow a preposition.
    expect(compact(tabari('Russia celebrated Eid in Egypt with Israel.'))).toEqual(['RUS 043 ISR']);
    expect(compact(tabari('Russia celebrated Iftar at the Egypt of Israel.'))).toEqual(['RUS 044 ISR']);
    // No actor to skip, no match: the verb's own code with its usual target.
    expect(compact(tabari('Russia celebrated Eid with Israel.'))).toEqual(['RUS 040 ISR']);
  });

  it("gives an event whose source or target is not found TABARI's DEFAULT codes", () => {
    const { dictionary } = loadDictionaryTexts([
      { file: 'test.dict', text: DICTIONARY },
      { file: 'demo.verbs', text: 'CELEBRATE  [040]\n' },
      { file: 'demo.options', text: 'DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] AFTER\n' },
    ]);
    const tabari = pipeline(dictionary, { requireTarget: true });
    expect(compact(tabari('Fxrnost celebrated with Israel on Monday in the old city.'))).toEqual(['DEFSRC 040 ISR']);
    expect(compact(tabari('Russia celebrated on Monday in the old city of Moscow.'))).toEqual(['RUS 040 DEFTAR']);
    // With AFTER, a target found only before the verb gives way to the default.
    expect(compact(tabari('Russia and Israel celebrated on Monday in the old city.'))).toEqual(['RUS 040 DEFTAR', 'ISR 040 DEFTAR']);
    // Without the option, no event lacks its sides.
    const plain = pipeline(loadDictionaryTexts([{ file: 'test.dict', text: DICTIONARY }, { file: 'demo.verbs', text: 'CELEBRATE  [040]\n' }]).dictionary, { requireTarget: true });
    expect(compact(plain('Russia celebrated on Monday in the old city of Moscow.'))).toEqual([]);
  });

  it("skips sentences shorter than a TABARI project's minimum, 8 words unless its options set another", () => {
    const load = (options: string) => loadDictionaryTexts([{ file: 'test.dict', text: DICTIONARY }, { file: 'demo.options', text: options }]).dictionary;
    const short = 'Hamas attacked Israel on Friday.';
    expect(compact(pipeline(load('LABEL: 010=YIELD\n'))(short))).toEqual([]);
    expect(compact(pipeline(load('SET: MINIMUM WORDS = 4\n'))(short))).toEqual(['PSEREBHMS 180 ISR']);
    // A comma counts as a word, as in TABARI.
    expect(compact(pipeline(load('SET: MINIMUM WORDS = 6\n'))('Hamas, the group, attacked Israel.'))).toEqual(['PSEREBHMS 180 ISR']);
    // Our own dictionaries set no minimum.
    expect(compact(pipeline(loadDictionaryTexts([{ file: 'test.dict', text: DICTIONARY }]).dictionary)(short))).toEqual(['PSEREBHMS 180 ISR']);
  });

  it('codes a verb under a modal only by a pattern that names the modal', () => {
    const { dictionary } = loadDictionaryTexts([
      { file: 'test.dict', text: DICTIONARY },
      { file: 'demo.verbs', text: 'PULL_OUT  [087]\n- SAID MIGHT *  [138]\n' },
    ]);
    const tabari = pipeline(dictionary);
    expect(compact(tabari('Russia said it might pull out of Israel.'))).toEqual(['RUS 138 ISR']);
    expect(compact(tabari('Russia could pull out of Israel.'))).toEqual([]);
    expect(compact(tabari('Russia pulled out of Israel.'))).toEqual(['RUS 087 ISR']);
  });

  it('takes, of the people who bear a surname, the one in office on the date', () => {
    expect(coded('President Halden met Hamas.', '2005-06-01')).toEqual(['EGYGOV 040 PSEREBHMS']);
    expect(coded('President Halden met Hamas.', '1995-06-01')).toEqual(['PSEGOV 040 PSEREBHMS']);
  });

  it("takes the possessor's country over a namesake's from elsewhere", () => {
    expect(coded("Israel's President Halden met Hamas.", '2005-06-01')).toEqual(['ISRGOV 040 PSEREBHMS']);
  });

  it('codes an actor with the code in force on the event date', () => {
    expect(coded('Mahmoud Abbas met Egyptian students.', '2004-06-01')).toEqual(['PSEELI 040 EGYEDU']);
    expect(coded('Mahmoud Abbas met Egyptian students.', '2006-06-01')).toEqual(['PSEGOV 040 EGYEDU']);
  });

  it('dates the event by the text, and records its evidence', () => {
    const doc = run('Egyptian police killed two Hamas militants near Tulkarem on Friday.');
    const [event] = doc.layers.events!;
    expect(event).toMatchObject({ date: '2003-06-06', cameo: '1823', root: '18', quad: 4, goldstein: -10, plover: { event: 'ASSAULT' } });
    const t = (s: { start: number; end: number } | null) => (s ? doc.text.slice(s.start, s.end) : null);
    expect(t(event!.evidence.source)).toBe('Egyptian police');
    expect(t(event!.evidence.verb)).toBe('killed');
    expect(t(event!.evidence.target)).toBe('two Hamas militants');
    expect(t(event!.evidence.sentence)).toBe(doc.text);
    expect(event!.source).toMatchObject({ code: 'EGYCOP', country: 'EGY', sector: 'COP' });
  });

  it("gives an actor's country as ISO 3166 alpha-3 where CAMEO's code differs", () => {
    const [event] = run('Yugoslavia attacked Hamas.').layers.events!;
    expect(event!.source).toMatchObject({ code: 'FRY', country: 'YUG' });
  });
});

describe('splitCode', () => {
  it.each([
    ['PSEREBHMS', 'PSE', 'REB'],
    ['RUSCOP', 'RUS', 'COP'],
    ['---EDU', null, 'EDU'],
    ['IGOUNO', 'IGOUNO', null],
    ['ISR', 'ISR', null],
    ['FRYSRBGOV', 'SRB', 'GOV'],
  ])('%s → %s, %s', (code, country, sector) => {
    expect(splitCode(code)).toEqual({ country, sector });
  });
});

describe('the default codebook', () => {
  it('has every root with a quad class matching it, and Goldstein weights within the scale', () => {
    const { codebook, bad } = parseCodebook(readFileSync(new URL('../../dictionaries/cameo.tsv', import.meta.url), 'utf8'));
    expect(bad).toEqual([]);
    for (let r = 1; r <= 20; r++) expect(codebook.has(String(r).padStart(2, '0'))).toBe(true);
    for (const [code, info] of codebook) {
      const root = Number(code.slice(0, 2));
      expect(info.quad).toBe(root <= 5 ? 1 : root <= 8 ? 2 : root <= 14 ? 3 : 4);
      expect(Math.abs(info.goldstein ?? 0)).toBeLessThanOrEqual(10);
    }
  });
});
