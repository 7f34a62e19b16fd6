import { POS, TokenFlag } from '../language/types.js';
import { countryOf, international } from './actors.js';
import { helpPurpose, lemmaIsKill, massOfCivilians } from './clauses.js';
import { chain, clauseStop, nounLemma, tokenAt } from './context.js';
import type { Act, VerbScope } from './emit.js';
import { bordered } from './places.js';
import { VIOLENT_ROOTS } from './rules.js';
import { REFLEXIVES } from './vocabulary.js';

/** Codes that who acts on whom decides: a mass expulsion, a diplomat expelled, forces sent to help, a person shot. */
export function refineByActors(scope: VerbScope, act: Act): void {
  const { ctx, vg } = scope;
  const { text, tokens, nounPhrases, namesOf } = ctx;
  const { lemma, sourceNp, targetNp } = act;
  // "expelled more than 300,000 Congolese migrants": an expulsion by the tens of thousands is mass expulsion (201).
  // (Not a deportation, which stays one however many: "began deporting thousands of undocumented Afghans".)
  if (act.code === '174' && tokens.lemma[vg.head] !== 'deport' && targetNp !== null && MASS.test(text.slice(nounPhrases[targetNp]!.start, nounPhrases[targetNp]!.end))) act.code = '201';
  // "ordered the mass expulsion of all Rwandan refugees": an expulsion told as a mass one is (201).
  if (act.code === '174' && MASS_EXPULSION.test(text.slice(ctx.sentences[vg.sentence]!.start, ctx.sentences[vg.sentence]!.end))) act.code = '201';
  // "forcibly deported more than 100 ethnic Uighur migrants to China": people a state sends out to
  // another state, of no state or of its own by the place they are in, are sent to that state.
  if (act.code === '174' && lemma === 'deport' && act.sources.length > 0 && act.targets.every((t) => t.code.startsWith('---') || countryOf(t.code) === countryOf(act.sources[0]!.code))) {
    const to = targetNp !== null && tokens.lower[nounPhrases[targetNp]!.tokenEnd] === 'to' ? matcherNp(ctx, nounPhrases[targetNp]!.tokenEnd + 1) : -1;
    const place = to >= 0 ? ctx.resolver.placeIn(to) : null;
    if (place !== null && place !== countryOf(act.sources[0]!.code)) act.targets = [{ code: place, start: nounPhrases[to]!.start, end: nounPhrases[to]!.end, place: true }];
  }
  // "ordered U.S. Ambassador Philip Goldberg to leave the country": a diplomat by title expelled is a cut in relations (161).
  if (act.code === '174' && targetNp !== null && DIPLOMAT_TITLES.test(text.slice(nounPhrases[targetNp]!.start, nounPhrases[targetNp]!.end))) act.code = '161';
  // "ordered the head of the OSCE monitoring mission to leave", "expelled 13 foreign aid agencies":
  // an international body's people sent out are its mission withdrawn (166), not persons deported.
  // (Not a transnational armed group's people: "Sudan expelled Osama bin Laden" deports him.)
  if (act.code === '174' && act.targets.length > 0 && act.targets.every((t) => /^(IGO|NGO)/.test(t.code))) act.code = '166';
  // "Guinea junta suspends main opposition parties": a state that suspends its own parties or
  // groups bans them (1722); only a state or body suspended from a bloc has its membership cut.
  if (act.code === '160' && lemma === 'suspend' && act.sources.length > 0 && act.targets.length > 0 && act.targets.every((t) => /^(OPP|PTY|CVL|EDU|LAB|NGO)/.test(t.code.slice(3, 6)) && countryOf(t.code) === countryOf(act.sources[0]!.code))) act.code = '1722';
  // (So are the media a state suspends, its own or another's: "Rwanda suspended the BBC's Kinyarwanda radio service".)
  else if (act.code === '160' && lemma === 'suspend' && act.targets.length > 0 && act.targets.every((t) => t.code.slice(3, 6) === 'MED')) act.code = '1721';
  // "Indian authorities froze the bank accounts of Amnesty International's India branch": a state
  // that freezes the money of its own people or of a non-governmental body seizes it (1711); only
  // another state's, or its people's, frozen is a sanction.
  if (act.code === '163' && lemma === 'freeze' && act.sources.length > 0 && act.targets.length > 0 && act.targets.every((t) => t.code.startsWith('NGO') || (countryOf(t.code) === countryOf(act.sources[0]!.code) && !international(t.code)))) act.code = '1711';
  // "warned Kenya of more bloodshed in its cities unless Nairobi withdraws its troops": harm one warns
  // of on a condition the other must meet is a threat (130), no mere pessimism.
  if (act.code === '012' && lemma === 'warn' && act.targets.length > 0 && conditionAfter(ctx, vg)) act.code = '130';
  // "Sri Lankan troops captured Kilinochchi", "Taliban seize Kabul": a place taken by name is
  // territory occupied (192), not a person arrested or goods seized.
  if ((act.code === '173' || act.code === '171' || act.code === '1711') && CAPTURING.has(lemma) && vg.object !== null && (ctx.resolver.isPlace(vg.object) || placeApposed(ctx, vg.object))) act.code = '192';
  // "Tens of thousands of Filipinos jammed a Manila highway, demanding that Estrada step down": a
  // crowd's demand, made as it marches or fills a square, is its protest (141x).
  // (Not lawmakers or officials counted: "Dozens of U.S. senators sent a letter, demanding …".)
  if (act.code.startsWith('10') && (lemma === 'demand' || lemma === 'press') && !finite(vg, tokens) && sourceNp !== null && crowd(ctx, sourceNp) && act.sources.every((a) => !/^(GOV|LEG|ELI|MIL|JUD|COP)/.test(a.code.slice(3, 6)))) act.code = PROTESTED_DEMANDS.get(act.code.slice(0, 4)) ?? '141';
  // "More than 200 rebels surrendered to the authorities": fighters who give themselves up lay down
  // their arms (0874); only a suspect handed to justice is judicial cooperation (063).
  if (act.code === '063' && (lemma === 'surrender' || lemma === 'give up') && act.sources.length > 0 && act.sources.every((a) => /^(REB|INS|SEP|UAF|MIL|RAD)/.test(a.code.slice(3, 6)) || /^IMG/.test(a.code)) && sourceNp !== null && tokens.pos[nounPhrases[sourceNp]!.head] === POS.NOUN) act.code = '0874';
  // "India delivered the first batch of BrahMos missiles to the Philippines under a $375 million
  // deal": arms or goods delivered on a sale are trade (061 for goods, 062 for arms), no aid.
  if ((act.code === '070' || act.code === '072') && DELIVERING.has(lemma) && soldInSentence(ctx, vg)) act.code = act.code === '072' || armsNamed(ctx, vg) ? '062' : '061';
  // "Chavez sends tanks and troops to Colombian border": arms sent to a border are forces massed there (154), no aid.
  if (act.code === '072' && bordered(ctx, vg)) act.code = '154';
  // "security forces raided the offices of human rights groups": a raid on premises is coercion (170), not a fight.
  // (Premises of no one named are at home: "Nicaraguan police raided the offices of the news website Confidencial".)
  if (act.code === '190' && lemma === 'raid' && vg.object !== null && PREMISES.has(tokens.lemma[nounPhrases[vg.object]!.head]!)) {
    act.code = '170';
    const home = act.sources.length > 0 ? countryOf(act.sources[0]!.code) : null;
    if (act.targets.length === 0 && home !== null && /^[A-Z]{3}$/.test(home) && act.sources.every((a) => countryOf(a.code) === home)) act.targets = [{ code: home, start: nounPhrases[vg.object]!.start, end: nounPhrases[vg.object]!.end, place: true, inferred: true }];
  }
  // "Japanese rescuers arrive in quake-hit Sichuan": rescue or medical teams that go to a place bring aid (073).
  if (act.code.startsWith('042') && act.sources.length > 0 && act.sources.every((a) => a.code.slice(3, 6) === 'HLH')) act.code = '073';
  // So does a plane or ship that lands with relief: "A New Zealand air force Hercules landed in Tonga with drinking water and relief supplies".
  else if (act.code.startsWith('042') && carriesAid(scope)) act.code = '073';
  // "troops and police began arriving in the Solomon Islands on a mission to restore order": forces
  // that go to a place to help or keep the peace there bring it protection (074).
  // So do troops, police or peacekeepers who land or arrive, as news tells them: "U.S. Marines came
  // ashore in Mogadishu", "The first Australian soldiers and police flew into Honiara". (Not ships
  // that visit: "The U.S. aircraft carrier Carl Vinson arrived in Danang".)
  // (Or of a list that ends in them: "Australian and New Zealand troops and police flew into Tonga".)
  const forcesLand = act.code.startsWith('042') && sourceNp !== null && chain(ctx, sourceNp).some((np) => FORCE_PEOPLE.has(nounLemma(ctx, nounPhrases[np]!.head)));
  // (A force a state leads is its own: "An Australian-led force of troops and police landed".)
  if (act.code.startsWith('042') && act.sources.length > 0 && act.sources.every((a) => /^(MIL|COP|PKO)/.test(a.code.slice(3, 6)) || /^IGO.*PKO/.test(a.code) || (forcesLand && (/^[A-Z]{3}$/.test(a.code) || /^IGO/.test(a.code)))) && (forcesLand || helpPurpose(ctx, vg))) act.code = '074';
  // "U.N. cuts Rwanda peacekeeping force to 270": peacekeepers withdrawn are withdrawn from the country they keep the peace in.
  if (act.code.startsWith('1661') && targetNp !== null && act.targets.length > 0 && act.targets.every((t) => t.code.endsWith('PKO'))) {
    const np = nounPhrases[targetNp]!;
    const kept = ctx.resolver.placeIn(targetNp) ?? (tokens.lower[np.tokenEnd] === 'in' && matcherNp(ctx, np.tokenEnd + 1) >= 0 ? ctx.resolver.placeIn(matcherNp(ctx, np.tokenEnd + 1)) : null);
    if (kept !== null) act.targets = [{ code: kept, start: np.start, end: np.end, place: true }];
  }
  // "shot and seriously wounded President Ramos-Horta": shooting a person is an assault on them, not a fight (193).
  // (So in the passive: "Malala Yousafzai was shot by a Taliban gunman".)
  if (act.code === '193' && act.targets.some((t) => (namesOf.get(vg.sentence) ?? []).some((n) => n.type === 'person' && t.start <= n.start && n.end <= t.end))) act.code = '180';
  // "Bomb blasts hit U.S. embassies in Kenya and Tanzania": what an explosion strikes is bombed (183;
  // a car or truck bomb, 1832).
  if (act.code === '190' && vg.voice === 'active' && vg.subject !== null && EXPLOSIONS.has(nounLemma(ctx, nounPhrases[vg.subject]!.head))) {
    const words = tokens.lower.slice(nounPhrases[vg.subject]!.tokenStart, nounPhrases[vg.subject]!.head);
    act.code = words.includes('car') || words.includes('truck') ? '1832' : '183';
  }
  // "U.S. cruise missiles destroyed a pharmaceutical plant": what arms from the air or guns destroy
  // is struck by them (195, 194), not merely destroyed.
  if (act.code === '1712' && lemma === 'destroy' && vg.voice === 'active' && vg.subject !== null) {
    const weapon = nounLemma(ctx, nounPhrases[vg.subject]!.head);
    if (AERIAL_WEAPONS.has(weapon)) act.code = '195';
    else if (ARTILLERY.has(weapon)) act.code = '194';
  }
  // "A suicide car bomber blew himself up": one who blows himself up is a suicide bomber (1831)
  // (the pronoun stands between the verb and its particle, where no pattern looks).
  if (act.code === '1712' && tokens.lemma[vg.head] === 'blow' && REFLEXIVES.has(tokens.lower[vg.tokenEnd]!) && tokens.lower[vg.tokenEnd + 1] === 'up') act.code = '1831';
}

/** The noun phrase that starts at token k, or -1. */
function matcherNp(ctx: VerbScope['ctx'], k: number): number {
  const np = ctx.matcher.npAt[k]!;
  return np >= 0 && ctx.nounPhrases[np]!.tokenStart === k ? np : -1;
}

/** Arms from the air, as a verb's subject: "U.S. cruise missiles destroyed a plant" (195). */
const AERIAL_WEAPONS = new Set(['missile', 'airstrike', 'warplane', 'jet', 'drone', 'helicopter', 'gunship']);
/** Guns and artillery, as a verb's subject: "shells destroyed the market" (194). */
const ARTILLERY = new Set(['shell', 'rocket', 'mortar', 'artillery', 'tank']);
/** Explosions, which bomb what they strike. */
const EXPLOSIONS = new Set(['bomb', 'blast', 'explosion', 'bombing']);

/** Words that count a crowd: "Thousands of Egyptians". */
const COUNTED = new Set(['thousands', 'hundreds', 'tens', 'dozens', 'scores', 'millions']);

/** Codes that the scene decides: protesters who defy a ban, mass killing, chemical weapons, fire as a show of force, bombers. */
export function refineByScene(scope: VerbScope, act: Act): void {
  const { ctx, vg } = scope;
  const { text, tokens, sentences, nounPhrases } = ctx;
  const { root, lemma, matchEnd, sourceNp, targetNp } = act;
  // "Tens of thousands of protesters defied a curfew": protesters who defy a ban demonstrate (141).
  if (act.code === '128' && act.sources.length > 0 && act.sources.every((a) => /^(OPP|CVL|EDU|LAB)/.test(a.code.slice(3, 6))) && /\b(protest|demonstrat|marcher)/i.test(text.slice(sentences[vg.sentence]!.start, vg.start))) act.code = '141';
  // "Opponents of the Senate protested": people, not a state, who protest take to the streets (141).
  // (So do a nation's people, counted as a crowd or named by their demonym: "Thousands of Egyptians
  // protested in Cairo", "Belarusians protested in Minsk"; not a state named in the plural, "Philippines protested to China".)
  if (act.code === '114' && lemma === 'protest' && act.sources.length > 0) {
    const head = sourceNp !== null ? nounPhrases[sourceNp]!.head : -1;
    const demonym = head >= 0 && /[^s]s$/.test(tokens.lower[head]!) && (ctx.namesOf.get(vg.sentence) ?? []).some((n) => n.type === 'group' && n.tokenStart <= head && head < n.tokenEnd);
    const people = sourceNp !== null && (COUNTED.has(tokens.lower[nounPhrases[sourceNp]!.tokenStart]!) || demonym);
    if (act.sources.every((a) => /^(OPP|AGR|LAB|CVL|EDU|REL|MED|HLH|HRI|REF)/.test(a.code.slice(3, 6)) || (people && a.code.length === 3))) act.code = '141';
  }
  // "killed hundreds of unarmed civilians": killing civilians in the hundreds is mass killing (202).
  // (Also where the pattern's target stood past a particle: "gunned down more than 100 worshippers".)
  const killed = targetNp ?? (act.targets.length > 0 ? ctx.matcher.npAt[tokenAt(ctx, act.targets[0]!.start)]! : -1);
  if (/^(1823|18[0-6]|19[0-5]?)$/.test(act.code) && killed >= 0 && lemmaIsKill(ctx, vg) && massOfCivilians(ctx, killed)) act.code = '202';
  // "A suspected chemical weapons attack killed dozens": killing with chemical weapons is mass violence (2041).
  if (VIOLENT_ROOTS.has(root) && sourceNp !== null && /\b(chemical|nerve|sarin|chlorine|mustard)\b/i.test(text.slice(nounPhrases[sourceNp]!.start, nounPhrases[sourceNp]!.end))) act.code = '2041';
  // So is one whose weapons the act names: "fired mortar shells filled with mustard agent at …".
  else if (VIOLENT_ROOTS.has(root) && CHEMICAL_WEAPONS.test(text.slice(vg.end, Math.max(tokens.end[Math.max(matchEnd - 1, vg.head)]!, ...act.targets.map((t) => (t.start > vg.end ? t.start : 0)))))) act.code = '2041';
  // Or what the act was done "with" in its clause: "struck the town with what appeared to be a nerve agent".
  else if (VIOLENT_ROOTS.has(root) && CHEMICAL_WITH.test(text.slice(vg.end, clauseEndOffset(ctx, vg.tokenEnd, sentences[vg.sentence]!.tokenEnd)))) act.code = '2041';
  // Or the attack a passive says they died in: "hundreds killed in government poison gas attack near Damascus".
  else if (VIOLENT_ROOTS.has(root) && vg.voice === 'passive' && CHEMICAL_ATTACK.test(text.slice(vg.end, tokens.end[Math.min(vg.tokenEnd + 8, sentences[vg.sentence]!.tokenEnd) - 1]!))) act.code = '2041';
  // "fired ballistic missiles into waters off Taiwan in a show of force": force shown, not used (150).
  // (Or in apposition: "began firing missiles into waters off Taiwan, a show of force …".)
  else if (root === '19' && /(\b(in|as)|,) a show of force\b/i.test(text.slice(vg.end, sentences[vg.sentence]!.end))) act.code = '150';
  // So is fire into the sea or in war games: "China fired three missiles into the seas off Taiwan's ports in war games".
  // (Also when begun: "began firing unarmed missiles into waters off Taiwan".)
  else if (root === '19' && (lemma === 'fire' || lemma === 'launch' || FIRE_GERUND.test(text.slice(vg.start, vg.end + 12))) && SHOWN_FIRE.test(text.slice(vg.end, sentences[vg.sentence]!.end))) act.code = '150';
  // "A Taliban suicide bomber attacked a NATO convoy": a bomber's violence is a bombing (183x).
  // (Not a state's bomber aircraft: "U.S. bombers strike Iran's nuclear sites".)
  const stateForces = (): boolean => act.sources.length > 0 && act.sources.every((a) => /^[A-Z]{3}(MIL)?$/.test(a.code) && !international(a.code));
  if (VIOLENT_ROOTS.has(root) && sourceNp !== null && /bomber$/.test(tokens.lemma[nounPhrases[sourceNp]!.head]!) && !stateForces()) {
    act.code = /suicide/i.test(text.slice(nounPhrases[sourceNp]!.start, nounPhrases[sourceNp]!.end)) ? '1831' : '183';
  }
}

/** An expulsion told as a mass one. */
const MASS_EXPULSION = /\bmass (expulsion|expulsions|deportation|deportations)\b/i;
/** Numbers of people that make an expulsion a mass one: tens of thousands and more. */
const MASS = /\b(tens of thousands|hundreds of thousands|millions|[1-9]\d{1,2},\d{3}|[1-9]\d{4,})\b/i;

/** Titles of diplomats in a phrase. */
const DIPLOMAT_TITLES = /\b(ambassadors?|envoys?|diplomats?|consuls?|charg[eé]s? d'affaires|(second|third) secretar(y|ies)|attach[eé]s?)\b/i;

/** Premises whose raid is coercion rather than a fight. */
const PREMISES = new Set(['office', 'offices', 'home', 'homes', 'house', 'houses', 'monastery', 'monasteries', 'mosque', 'mosques', 'church', 'churches', 'newspaper', 'newspapers', 'headquarters', 'premises', 'residence', 'compound']);

/** Nouns for armed men and women (not their ships or vehicles). */
const FORCE_PEOPLE = new Set(['troop', 'troops', 'soldier', 'soldiers', 'marine', 'marines', 'peacekeeper', 'peacekeepers', 'paratrooper', 'paratroopers', 'police', 'policeman', 'policemen', 'officer', 'officers', 'commando', 'commandos', 'contingent', 'battalion', 'battalions', 'force', 'forces']);

/** Weapons whose use is chemical warfare (2041). */
const CHEMICAL_WITH = /\bwith\b[^,;]*\b(chemical (weapons?|agents?|munitions?)|mustard (gas|agent)|sarin|chlorine( gas)?|nerve (gas|agents?)|poison gas|toxic gas)\b/i;
const CHEMICAL_ATTACK = /^\s+(in|by)\b[^,;]*\b(chemical|poison gas|nerve gas|nerve agent|sarin|chlorine gas|toxic gas|gas) (attacks?|strikes?|bombings?)\b/i;
const CHEMICAL_WEAPONS = /\b(chemical (weapons?|agents?|munitions?|shells?|bombs?|rockets?)|mustard (gas|agent)|sarin|chlorine (gas|bombs?|barrels?)|nerve (gas|agents?)|poison gas|toxic gas)\b/i;

/** A verb of starting followed by firing: "began firing". */
const FIRE_GERUND = /\b(firing|launching)\b/i;

/** Where fire is shown rather than aimed: into the sea, in exercises. */
const SHOWN_FIRE = /\b(into|in) (the )?(waters?|seas?|ocean)\b|\bwar games\b|\b(military )?(exercises?|drills)\b/i;

/** What relief a landing or an arrival carries. */
const RELIEF_NOUNS = new Set(['water', 'food', 'aid', 'relief', 'supplies', 'medicine', 'medicines', 'tents', 'blankets', 'vaccines', 'rations']);

/** A "with" phrase of relief follows the verb in its clause: "landed in Tonga with drinking water". */
function carriesAid(scope: VerbScope): boolean {
  const { tokens, sentences } = scope.ctx;
  const end = sentences[scope.vg.sentence]!.tokenEnd;
  for (let k = scope.vg.tokenEnd; k < end - 1; k++) {
    if (tokens.lower[k] === ',' || tokens.lower[k] === ';') return false;
    if (tokens.lower[k] !== 'with') continue;
    for (let j = k + 1; j < Math.min(end, k + 6); j++) if (RELIEF_NOUNS.has(tokens.lower[j]!)) return true;
    return false;
  }
  return false;
}

/** The character offset where the clause from token `from` ends: its first comma or semicolon, or the sentence's last token. */
function clauseEndOffset(ctx: VerbScope['ctx'], from: number, end: number): number {
  const stop = clauseStop(ctx, from, end);
  return stop < end ? ctx.tokens.start[stop]! : ctx.tokens.end[end - 1]!;
}

/** Whether a conditional clause ("if", "unless") follows verb group `vg` in its sentence, as the language layer found them. */
function conditionAfter(ctx: VerbScope['ctx'], vg: VerbScope['vg']): boolean {
  return (ctx.clausesOf.get(vg.sentence) ?? []).some((c) => c.kind === 'conditional' && c.tokenStart >= vg.tokenEnd);
}

/** Verbs of handing goods over. */
const DELIVERING = new Set(['deliver', 'ship', 'supply']);
/** Lemmas that say goods change hands for a price. */
const SALE_WORDS = new Set(['deal', 'contract', 'purchase', 'sale', 'buy', 'sell']);
/** Deals that are no sale: "despite the peace deal". */
const NO_SALE_DEALS = new Set(['peace', 'ceasefire', 'truce', 'nuclear', 'political', 'power-sharing', 'prisoner']);
/** Heads of arms. */
const ARMS_WORDS = new Set(['missile', 'missiles', 'system', 'systems', 'weapons', 'arms', 'munitions', 'tanks', 'jets', 'fighters', 'helicopters', 'drones', 'rockets', 'shells', 'ammunition', 'artillery', 'warships', 'submarines']);

/** Whether verb group `vg`'s sentence says its goods were sold: "under a $375 million deal", "Ankara bought". */
function soldInSentence(ctx: VerbScope['ctx'], vg: VerbScope['vg']): boolean {
  const sent = ctx.sentences[vg.sentence]!;
  const { lemma, lower } = ctx.tokens;
  for (let k = sent.tokenStart; k < sent.tokenEnd; k++) {
    if (!SALE_WORDS.has(lemma[k]!) && !SALE_WORDS.has(lower[k]!)) continue;
    if (lemma[k] === 'deal' && (NO_SALE_DEALS.has(lower[k - 1]!) || NO_SALE_DEALS.has(lower[k - 2]!))) continue;
    return true;
  }
  return false;
}

/** Whether arms are named after verb group `vg` in its clause. */
function armsNamed(ctx: VerbScope['ctx'], vg: VerbScope['vg']): boolean {
  const end = Math.min(ctx.sentences[vg.sentence]!.tokenEnd, vg.tokenEnd + 12);
  for (let k = vg.tokenEnd; k < end; k++) if (ARMS_WORDS.has(ctx.tokens.lower[k]!)) return true;
  return false;
}

/** The protest a crowd's demand is (CAMEO 141x by what is demanded): a leader's exit, a policy, rights, institutions. */
const PROTESTED_DEMANDS = new Map([['1041', '1411'], ['1042', '1412'], ['1043', '1413'], ['1044', '1414']]);
/** People who make up a protest. */
const PROTESTING_PEOPLE = new Set(['protester', 'protesters', 'demonstrator', 'demonstrators', 'marcher', 'marchers', 'crowd', 'crowds', 'supporters']);

/** Whether verb group `vg` is finite: not a participle ("demanding") nor an infinitive ("to demand"). */
function finite(vg: VerbScope['vg'], tokens: VerbScope['ctx']['tokens']): boolean {
  return !tokens.lower[vg.head]!.endsWith('ing') && tokens.lower[vg.tokenStart - 1] !== 'to';
}

/** Whether noun phrase `np` names a crowd: counted ("tens of thousands of Filipinos") or protesters. */
function crowd(ctx: VerbScope['ctx'], np: number): boolean {
  const { tokens, nounPhrases } = ctx;
  const phrase = nounPhrases[np]!;
  if (COUNTED.has(tokens.lower[phrase.tokenStart]!) || PROTESTING_PEOPLE.has(tokens.lower[phrase.head]!)) return true;
  // ("thousands of Aymara peasants": the count before the phrase's "of".)
  return tokens.lower[phrase.tokenStart - 1] === 'of' && COUNTED.has(tokens.lower[phrase.tokenStart - 2]!);
}

/** Verbs of taking that, done to a place, occupy it. */
const CAPTURING = new Set(['capture', 'seize', 'take', 'overrun', 'retake', 'recapture']);
/** Heads of an apposition that make what it describes a place: "Kilinochchi, the Tigers' administrative capital". */
const PLACE_HEADS = new Set(['capital', 'town', 'city', 'village', 'stronghold', 'headquarters', 'port', 'base', 'airport', 'region', 'province', 'district']);

/** Whether noun phrase `np` is set off by a comma and an apposition headed by a place noun. */
function placeApposed(ctx: VerbScope['ctx'], np: number): boolean {
  const { tokens, nounPhrases, matcher } = ctx;
  const end = nounPhrases[np]!.tokenEnd;
  if (tokens.lower[end] !== ',') return false;
  // (Past a possessor: "the Tamil Tigers' administrative capital".)
  let next = matcher.npAt[end + 1]!;
  if (next >= 0 && tokens.flags[nounPhrases[next]!.tokenEnd]! & TokenFlag.Possessive) next = matcher.npAt[nounPhrases[next]!.tokenEnd + 1] ?? -1;
  return next >= 0 && PLACE_HEADS.has(tokens.lower[nounPhrases[next]!.head]!);
}
