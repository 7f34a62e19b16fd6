// Loaders for the KEDS family of dictionary formats: TABARI (.verbs, .actors, .agents, .options)
// and PETRARCH-1/2 (verb patterns, CAMEO.2.0, actors, agents, discards). They share one syntax:
// CAPITALISED phrases with "_" between words that must be adjacent, codes in [brackets],
// "+" for aliases and targets, "$" for sources, "*" for the verb, "&SET" synsets, comments after
// "#" or ";". What they mean is mapped onto Chronicle's dictionary model.
import { EMPTY_DICTIONARY, type ActorEntry, type CommaLimits, type ComplexFilter, type AgentEntry, type DatedCode, type DefaultActors, type Dictionary, type Priority, type PatternElement, type VerbEntry, type VerbPattern, type VerbTransformation } from './model.js';
import type { DictionaryIssue } from './types.js';

type Loaded = { dictionary: Dictionary; issues: DictionaryIssue[] };

/** Lines without comments: "#" (PETRARCH), ";" (TABARI) and `<!-- … -->` blocks. Keeps line numbers. */
function lines(text: string): { n: number; line: string }[] {
  const out: { n: number; line: string }[] = [];
  let inComment = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    let line = raw;
    if (inComment) {
      const end = line.indexOf('-->');
      if (end < 0) return;
      line = line.slice(end + 3);
      inComment = false;
    }
    line = line.replace(/<!--.*?-->/g, '');
    const open = line.indexOf('<!--');
    if (open >= 0) {
      inComment = true;
      line = line.slice(0, open);
    }
    line = line.replace(/\s[#;].*$|^[#;].*$/, '').trimEnd();
    if (line.trim() !== '') out.push({ n: i + 1, line });
  });
  return out;
}

/** "ISRAELI_TROOPS", "AL GORE" → "israeli troops", "al gore"; a trailing "_" (whole word) is dropped. */
function phrase(raw: string): string {
  return raw.replace(/[_\s]+/g, ' ').trim().toLowerCase();
}

/** Two-digit years as TABARI and Phoenix write them: 00–29 are 20xx, 30–99 are 19xx. */
function yymmdd(raw: string): string | null {
  const m = /^(\d{2})(\d{2})(\d{2})$/.exec(raw) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return null;
  const year = m[1]!.length === 4 ? m[1]! : (Number(m[1]) < 30 ? '20' : '19') + m[1];
  return `${year}-${m[2]}-${m[3]}`;
}

/**
 * "[USAGOV 991201-010114]", "[AR1 <911226]", "[HOBGOV >950601]" → a dated code as TABARI writes it:
 * "---" (null), "###" (discard), "+++" (complex) and "FRO/BIL/SAM" (a coded compound) included.
 * Undefined when unreadable.
 */
function tabariCode(raw: string): DatedCode | undefined {
  const inner = raw.toUpperCase();
  const m = /^\s*(\+\+\+|###|[A-Z0-9~/-]+)?\s*(?:([<>])\s*(\d{6,8})|(\d{6,8})\s*-\s*(\d{6,8}))?\s*$/.exec(inner);
  if (!m) return undefined;
  let code = (m[1] ?? '').replace(/~/g, '');
  if (code === '' || /^-+$/.test(code)) code = '---';
  if (m[2] === '<') return { code, from: null, to: yymmdd(m[3]!) };
  if (m[2] === '>') return { code, from: yymmdd(m[3]!), to: null };
  if (m[4]) return { code, from: yymmdd(m[4]), to: yymmdd(m[5]!) };
  return { code, from: null, to: null };
}

/** A code Chronicle's coder can use: not null, a marker or a coded compound. */
const plainCode = (c: DatedCode) => /^[A-Z0-9]+$/.test(c.code);


const CODE_BLOCK = /\[([^\]]*)\]/g;

function actorType(codes: readonly DatedCode[]): ActorEntry['type'] {
  const c = codes[0]?.code ?? '';
  return /^[A-Z]{3}$/.test(c) ? 'country' : 'org';
}

/**
 * An actor phrase as the gazetteer stores it. TABARI and PETRARCH match a phrase's last word as a
 * prefix ("ISRAEL" matches "Israeli") unless it ends in "_"; such stems keep a trailing "*".
 */
function actorPhrase(raw: string): string {
  const trimmed = raw.trim();
  const p = phrase(trimmed);
  return trimmed.endsWith('_') || trimmed.endsWith('=') || p === '' ? p : `${p}*`;
}

/** The same phrase with "…" where TABARI lets other words come between (a blank, not "_"); null when there is no such place. */
function gappedPhrase(raw: string): string | null {
  const trimmed = raw.trim();
  if (!/\S\s+\S/.test(trimmed)) return null;
  const words = trimmed.split(/\s+/).map((w) => phrase(w)).filter(Boolean);
  const last = trimmed.endsWith('_') ? '' : '*';
  return words.length > 1 ? `${words.join(' … ')}${last}` : null;
}

/** TABARI/PETRARCH actors: `NAME [CODE]`, `+ALIAS` lines, and dated codes on their own lines. */
export function loadKedsActors(text: string, file: string): Loaded {
  const actors: ActorEntry[] = [];
  const issues: DictionaryIssue[] = [];
  const nouns: string[] = [];
  const adjectives: string[] = [];
  const tabariActors: ActorEntry[] = [];
  let current: { names: string[]; gapped: string[]; tabari: DatedCode[]; line: number } | null = null;
  let section = '';
  const flush = () => {
    if (!current) return;
    const codes = current.tabari.filter(plainCode);
    const tabari = codes.length < current.tabari.length ? { tabari: current.tabari } : {};
    const name = current.names[0]!.replace(/\*$/, '');
    if (current.gapped.length > 0) Object.assign(tabari, { gapped: current.gapped });
    if (codes.length > 0) {
      actors.push({ name, names: current.names, type: actorType(codes), codes, country: /^[A-Z]{3}/.test(codes[0]!.code) ? codes[0]!.code.slice(0, 3) : null, roles: [], surnames: null, ...tabari });
    } else if (current.tabari.every((c) => c.code === '---' && c.from === null && c.to === null) && current.tabari.length > 0) {
      // A null-coded actor ("ISRAELI-OCCUPIED [---]") is a noun to TABARI: it keeps its words from being read as an actor or verb.
      nouns.push(...current.names);
    } else if (current.tabari.length > 0) {
      tabariActors.push({ name, names: current.names, type: 'org', codes: [], country: null, roles: [], surnames: null, ...tabari, tabari: current.tabari });
    }
    current = null;
  };
  for (const { n, line } of lines(text)) {
    const tag = /^\s*<\/?([A-Z]+)>\s*$/.exec(line);
    if (tag) {
      section = line.includes('</') ? '' : tag[1]!;
      continue;
    }
    if (section === 'NOUN' || section === 'ADJECTIVE') {
      const word = line.trim().replace(CODE_BLOCK, '').trim();
      if (word) (section === 'NOUN' ? nouns : adjectives).push(actorPhrase(word));
      continue;
    }
    const trimmed = line.trim();
    if ((trimmed.match(/\[/g) ?? []).length !== (trimmed.match(/\]/g) ?? []).length) {
      issues.push({ file, line: n, reason: 'has an unclosed [code] block' });
      continue;
    }
    const blocks = [...trimmed.matchAll(CODE_BLOCK)].map((m) => m[1]!);
    // The name stands before the codes; what follows them is a note ("[ZBW];jw 9/30/91").
    const namePart = (trimmed.includes('[') ? trimmed.slice(0, trimmed.indexOf('[')) : trimmed).trim();
    if (trimmed.startsWith('+')) {
      if (current) {
        current.names.push(actorPhrase(namePart.slice(1)));
        const gapped = gappedPhrase(namePart.slice(1));
        if (gapped) current.gapped.push(gapped);
      }
      continue;
    }
    if (namePart !== '' && !/^\s/.test(line) || (namePart !== '' && blocks.length > 0)) {
      flush();
      const gapped = gappedPhrase(namePart);
      current = { names: [actorPhrase(namePart)], gapped: gapped ? [gapped] : [], tabari: [], line: n };
    }
    for (const inner of blocks) {
      const code = tabariCode(inner);
      if (code === undefined) issues.push({ file, line: n, reason: `cannot read the code block "[${inner}]"` });
      else if (current) current.tabari.push(code);
    }
  }
  flush();
  return { dictionary: { ...EMPTY_DICTIONARY, actors, ...(nouns.length ? { nouns } : {}), ...(adjectives.length ? { adjectives } : {}), ...(tabariActors.length ? { tabariActors } : {}) }, issues };
}

/** TABARI/PETRARCH agents: `NOUN {PLURALS} [~SECTOR]`, with `!SUB! = A, B` substitutions. */
export function loadKedsAgents(text: string, file: string): Loaded {
  const agents: AgentEntry[] = [];
  const issues: DictionaryIssue[] = [];
  const subs = new Map<string, string[]>();
  for (const { n, line } of lines(text)) {
    const sub = /^\s*(![A-Z]+!)\s*=\s*(.+)$/.exec(line);
    if (sub) {
      subs.set(sub[1]!, sub[2]!.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean));
      continue;
    }
    const m = /^\s*([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]/.exec(line);
    if (!m) {
      if (!/^\s*</.test(line)) issues.push({ file, line: n, reason: `expected "NOUN [~CODE]", got "${line.trim().slice(0, 40)}"` });
      continue;
    }
    const raw = m[3]!.trim();
    const code = raw.replace(/~/g, '').trim();
    if (!/^[A-Z]{3,}$/.test(code)) continue;
    const prefix = /^[A-Z]+\s*~$/.test(raw);
    const base = [m[1]!, ...(m[2] ?? '').split(/\s+/)].map((s) => s.trim()).filter(Boolean);
    // Without braces, PETRARCH forms the plural itself by adding S.
    if (m[2] === undefined && !/![A-Z]+!/.test(m[1]!)) base.push(`${m[1]!.trim()}S`);
    const nouns = new Set<string>();
    for (const form of base) {
      const marker = /![A-Z]+!/.exec(form);
      if (marker && subs.has(marker[0])) for (const s of subs.get(marker[0])!) nouns.add(phrase(form.replace(marker[0], s)));
      else if (!marker) nouns.add(phrase(form));
    }
    agents.push({ nouns: [...nouns], code, ...(prefix ? { prefix } : {}) });
  }
  return { dictionary: { ...EMPTY_DICTIONARY, agents }, issues };
}

/** Discard lists: one phrase a line ("+" marks story-level discards; both drop the sentence here). */
export function loadKedsDiscards(text: string, _file: string): Loaded {
  const discards = lines(text).map(({ line }) => phrase(line.trim().replace(/^\+/, ''))).filter(Boolean);
  return { dictionary: { ...EMPTY_DICTIONARY, discards }, issues: [] };
}

/** Synsets by name ("&TIETYPES"), each a list of word sequences. */
type Synsets = ReadonlyMap<string, string[][]>;

/**
 * The word sequences a run of connected pattern text stands for: "MILLIONS_OF_&CURRENCY",
 * "{ GENEVA_ | INTERNATIONAL }_CONVENTIONS". With `stems` (TABARI), a word not closed by "_" is
 * a stem and keeps a trailing "*": "REVOLUTION" also matches "revolutionary", "RESOLUTION_" does not.
 * Null when it names an undefined synset.
 */
function sequences(text: string, synsets: Synsets, stems: boolean): string[][] | null {
  let out: string[][] = [[]];
  const items = text.match(/\{[^}]*\}|&[A-Za-z0-9]+|[^_{}&]+|_/g) ?? [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    let options: string[][];
    if (item === '_') continue;
    if (item.startsWith('{')) {
      const alternatives = item.slice(1, -1).split('|').filter((o) => o.trim() !== '').map((o) => sequences(o.trim(), synsets, stems));
      if (alternatives.some((a) => a === null)) return null;
      options = alternatives.flatMap((a) => a!);
    } else if (item.startsWith('&')) {
      const set = synsets.get(item.toUpperCase());
      if (!set) return null;
      options = set;
    } else if (item === '…') {
      options = [['…']];
    } else {
      const word = item.replace(/[^A-Za-z0-9'.-]/g, '').toLowerCase();
      if (!word) continue;
      // A contraction is two tokens, as the tokenizer splits it: "DON'T" → "do" "n't", "WON'T" → "wo" "n't".
      const contraction = /^(.+)n't$/.exec(word);
      // (A "_" put in before a gap "…" closes nothing.)
      const closed = items[i + 1] === '_' && items[i + 2] !== '…';
      options = [contraction ? [contraction[1]!, "n't"] : [stems && !closed ? `${word}*` : word]];
    }
    out = out.flatMap((w) => options.map((o) => [...w, ...o]));
  }
  return out.filter((w) => w.length > 0);
}

/**
 * Splits a pattern's text into elements; `{ A | B }` alternatives and `&SET` synsets become options.
 * A words element tied by "_" to its neighbour on the verb's side is `joined`.
 */
function patternElements(text: string, synsets: Synsets, stems: boolean): { before: PatternElement[]; after: PatternElement[] } | null {
  // PETRARCH-2 brackets phrases in ( ) and noun phrases in { }; the words inside still count.
  let normalized = text.replace(/[()]/g, ' ').replace(/\{\s*/g, '{').replace(/\s*\}/g, '}').replace(/\s*\|\s*/g, '|');
  // In TABARI, words an alternative separates by a blank may stand apart ("{ LOUDLY INCLUDED | … }"): "…" marks the place.
  if (stems) normalized = normalized.replace(/\{[^}]*\}/g, (set) => set.replace(/\s+/g, '_…_'));
  const before: PatternElement[] = [];
  const after: PatternElement[] = [];
  let target = normalized.includes('*') ? before : after;
  let undefinedSynset = false;
  for (const chunk of normalized.split(/\s+/).filter(Boolean)) {
    // The markers split a chunk: "+_WAS_*_BY_$" is five elements, "SAID_*" two.
    const pieces = chunk.split(/(?<![{|][^}]*)([*+$%^])/);
    pieces.forEach((piece, i) => {
      if (piece === '*') target = after;
      else if (piece === '+' || piece === '$') target.push({ kind: piece === '+' ? 'target' : 'source' });
      else if (piece === '^') target.push({ kind: 'skip' });
      else if (piece === '%') target.push({ kind: 'compound' });
      else if (piece.replace(/_/g, '') !== '') {
        const options = sequences(piece, synsets, stems);
        if (!options) undefinedSynset = true;
        else if (options.length > 0) {
          // Tied to the verb's side: before the verb, to what follows it in the chunk; after, to what precedes.
          const joined = target === before ? piece.endsWith('_') && i + 1 < pieces.length && pieces[i + 1] !== '' : piece.startsWith('_') && i > 0;
          const choice = piece.includes('{');
          target.push({ kind: 'words', options, ...(joined ? { joined } : {}), ...(choice ? { choice } : {}) });
        }
      }
    });
  }
  return undefinedSynset ? null : { before, after };
}

/** "031!" (dominant), "023?" (subordinate), "[###]" → the code and its priority. */
function verbCode(raw: string): { code: string; priority: Priority | null } {
  const t = raw.trim();
  const mark = t.endsWith('!') ? 'dominant' : t.endsWith('?') ? 'subordinate' : null;
  return { code: mark ? t.slice(0, -1).trim() : t, priority: mark };
}

/** A verb line's "[code]" or "[code:reciprocal]": "[031:032]", "[101!]", "[###]". */
function verbCodes(raw: string): { code: string | null; reciprocal: string | null; priority: Priority | null } {
  const [first, second] = raw.split(':').map((c) => c.trim());
  const { code, priority } = verbCode(first ?? '');
  return { code: /^(\d{2,4}|###|\+\+\+)$/.test(code) ? code : null, reciprocal: second && /^\d{2,4}$/.test(second) ? second : null, priority };
}

/** The forms a PETRARCH verb lists in braces ("{+BROKE_DOWN +BROKEN_DOWN}"), as phrases. */
function listedForms(braces: string): string[] {
  return braces.trim().split(/\s+/).map((f) => phrase(f.replace(/\+/g, ''))).filter(Boolean);
}

/** TABARI `.verbs` and PETRARCH verb dictionaries (including PETRARCH-2's CAMEO.2.0). */
export function loadKedsVerbs(text: string, file: string): Loaded {
  const verbs: VerbEntry[] = [];
  const issues: DictionaryIssue[] = [];
  const synsets = new Map<string, string[][]>();
  const transformations: VerbTransformation[] = [];
  let synset: string | null = null;
  type Own = { lemma: string; code: string | null; reciprocal: string | null; priority?: Priority; forms: string[] };
  let current: { lemmas: string[]; code: string | null; reciprocal: string | null; patterns: VerbPattern[]; origin: string; forms: string[]; closed: string[]; priority?: Priority; own: Own[] } | null = null;
  let inTime = false;
  const flush = () => {
    if (current && current.lemmas.length > 0 && (current.code !== null || current.patterns.length > 0)) {
      const { forms, closed, own, ...entry } = current;
      verbs.push({ ...entry, ...(forms.length > 0 ? { forms } : {}), ...(closed.length > 0 ? { closed } : {}) });
    }
    // A PETRARCH block's verb with a code of its own ("DOWNPLAY [014]") keeps the block's patterns.
    for (const o of current?.own ?? []) {
      const { lemma, forms, ...codes } = o;
      verbs.push({ ...codes, lemmas: [lemma], patterns: current!.patterns, origin: current!.origin, ...(forms.length > 0 ? { forms, closed: [lemma] } : {}) });
    }
    current = null;
  };
  const all = lines(text);
  // TABARI's words are stems unless closed by "_"; PETRARCH's (files of "--- NAME [code] ---" blocks) are words.
  const stems = !/^---\s*\S.*\[[^\]]*\]\s*---/m.test(text);
  // Synsets first: patterns may use a set defined further down. A member may name a set defined above it.
  let open: string | null = null;
  for (const { n, line } of all) {
    const t = line.trim();
    if (t.startsWith('&')) {
      open = t.split(/\s+/)[0]!.toUpperCase().replace(/_+$/, '');
      synsets.set(open, []);
    } else if (open && t.startsWith('+')) {
      let member: string[][] | null = [[]];
      for (const chunk of t.slice(1).trim().split(/\s+/)) {
        const options = sequences(chunk, synsets, stems);
        member = options && member ? member.flatMap((m) => options.map((o) => [...m, ...o])) : null;
      }
      if (member) synsets.get(open)!.push(...member.filter((m) => m.length > 0));
      else issues.push({ file, line: n, reason: 'synset member uses a synset not defined above it' });
    } else open = null;
  }
  for (const { n, line } of all) {
    const t = line.trim();
    if (/^<TIME>/i.test(t)) inTime = true;
    if (/^<\/TIME>/i.test(t)) {
      inTime = false;
      continue;
    }
    if (inTime || /^<\/?[A-Z]+>$/i.test(t)) continue;
    // (A synset's definition ends the verb block before it: its "+" lines are not the verb's forms.)
    if (t.startsWith('&')) {
      flush();
      synset = t;
      continue;
    }
    if (synset && t.startsWith('+') && !current) continue;
    if (t.startsWith('~')) {
      const transformation = readTransformation(t, `${file}:${n}`);
      if (transformation) transformations.push(transformation);
      else issues.push({ file, line: n, reason: 'transformation not of the form "~ a (b c VERB) VERB = a b CODE"' });
      continue;
    }
    const header = /^---\s*(.+?)\s*\[([^\]]*)\]\s*---/.exec(t);
    if (header) {
      synset = null;
      flush();
      // "[031:032]" gives the code and the reciprocal event's code (target to source).
      const [first, second] = header[2]!.split(':').map((c) => c.trim());
      const code = first && /^\d{2,4}$/.test(first) ? first : null;
      const reciprocal = second && /^\d{2,4}$/.test(second) ? second : null;
      current = { lemmas: [], code, reciprocal, patterns: [], origin: `${file}:${n}`, forms: [], closed: [], own: [] };
      continue;
    }
    if (t.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]/.exec(t);
      if (!m || !current) {
        issues.push({ file, line: n, reason: 'pattern outside a verb block' });
        continue;
      }
      // PETRARCH-2 marks some codes with a leading ":"; the code is the same.
      const [codePart, reciprocalPart] = m[2]!.trim().replace(/^:/, '').split(':').map((c) => c.trim());
      const { code, priority } = verbCode(codePart ?? '');
      const reciprocal = reciprocalPart && /^\d{2,4}$/.test(reciprocalPart) ? reciprocalPart : null;
      // "075A"-style codes are not CAMEO but are TABARI's own; "---" codes nothing, and is kept as
      // such; "###" and "+++" are TABARI's discard and complex markers.
      if (!/^(\d{2,4}[A-Z]?|---|###|\+\+\+)$/.test(code)) continue;
      const elements = patternElements(m[1]!, synsets, stems);
      if (!elements) {
        issues.push({ file, line: n, reason: 'pattern uses an undefined synset' });
        continue;
      }
      current.patterns.push({ code, reciprocal, before: elements.before, after: elements.after, origin: `${file}:${n}`, ...(priority ? { priority } : {}) });
      continue;
    }
    if (synset && t.startsWith('+') && current === null) continue;
    // TABARI's irregular forms of the verb above: "{BROKE_ BROKEN_}".
    if (t.startsWith('{') && current) {
      current.forms.push(...t.replace(/[{}]/g, ' ').trim().split(/\s+/).map(phrase).filter(Boolean));
      continue;
    }
    // A verb form line: "ABANDON", "BREAK { BROKE BROKEN }", "+BREAK_DOWN {…}", or TABARI's "ABANDON [345]".
    synset = null;
    // ("BAN=": a word that takes no endings.)
    const tabari = /^([A-Z][A-Z_' -]*=?)\s*(?:\{[^}]*\})?\s*\[([^\]]*)\]\s*$/.exec(t);
    // In a PETRARCH block, a verb with a code of its own: "DOWNPLAY [014]", "+ABC_AARDVARK_ADVOCATE [003]".
    const own = !stems && current ? /^\+?([A-Z][A-Z_'+ -]*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)\]\s*$/.exec(t) : null;
    if (own && current) {
      const { code, reciprocal, priority } = verbCodes(own[3]!);
      const forms = own[2] === undefined ? [] : listedForms(own[2]);
      current.own.push({ lemma: phrase(own[1]!.replace(/\+/g, '')), code, reciprocal, forms, ...(priority ? { priority } : {}) });
      continue;
    }
    if (tabari && !t.startsWith('+')) {
      flush();
      const { code, reciprocal, priority } = verbCodes(tabari[2]!);
      // TABARI matches a one-word verb as a stem ("CONTRIBUT" → "contributed") unless it ends in "_".
      const word = tabari[1]!.trim();
      const stem = /^[A-Z']+$/.test(word) ? '*' : '';
      current = { lemmas: [`${phrase(word)}${stem}`], code, reciprocal, patterns: [], origin: `${file}:${n}`, forms: [], closed: [], own: [], ...(priority ? { priority } : {}) };
      continue;
    }
    const form = /^\+?([A-Z][A-Z_'+ -]*?)\s*(?:\{([^}]*)\})?\s*$/.exec(t);
    if (form && current) {
      const lemma = phrase(form[1]!.replace(/\+/g, ''));
      if (lemma && !current.lemmas.includes(lemma)) current.lemmas.push(lemma);
      // PETRARCH's irregular forms ("WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING}"): with them, the
      // regular ones are not made.
      if (lemma && form[2] !== undefined) {
        current.forms.push(...listedForms(form[2]));
        current.closed.push(lemma);
      }
    }
  }
  flush();
  const dialect = stems ? {} : { dialect: 'petrarch' as const };
  return { dictionary: { ...EMPTY_DICTIONARY, verbs, ...dialect, ...(transformations.length > 0 ? { transformations } : {}) }, issues };
}

/** "~ a (a b ATTACK) SAY = a b 015": upper source, (lower source, target, verb), upper verb = result. */
function readTransformation(line: string, origin: string): VerbTransformation | null {
  const m = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+([^\s)]+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)/.exec(line);
  if (!m) return null;
  const verb = (v: string) => (v === 'Q' ? v : phrase(v));
  return {
    upper: { source: m[1]!, verb: verb(m[5]!) },
    lower: { source: m[2]!, target: m[3]!, verb: verb(m[4]!) },
    result: { source: m[6]!, target: m[7]!, code: m[8]! },
    origin,
  };
}

/** TABARI `.options` files configure the TABARI program itself; nothing in them is a dictionary entry. */
export function loadTabariOptions(text: string, file: string): Loaded {
  // Of TABARI's program settings, DEFAULT and MINIMUM WORDS change what is coded; the rest are read
  // and ignored. A TABARI project skips sentences of fewer than 8 words unless it sets another minimum.
  let defaults: DefaultActors | null | undefined;
  let minimumWords = TABARI_MINIMUM_WORDS;
  let complex: ComplexFilter | null | undefined;
  let comma: CommaLimits | null | undefined;
  let codeBy: Dictionary['codeBy'];
  let convertAgents: boolean | undefined;
  let forward: boolean | undefined;
  const issues: DictionaryIssue[] = [];
  for (const { n, line } of lines(text)) {
    if (/^\s*\/\//.test(line)) continue;
    if (/^\s*COMPLEX\s*:/i.test(line)) {
      complex = parseComplexOption(line);
      continue;
    }
    if (/^\s*COMMA\s*:/i.test(line)) {
      comma = parseCommaOption(line);
      continue;
    }
    if (/^\s*FORWARD\s*:/i.test(line)) {
      forward = !/\bOFF\b/i.test(line);
      continue;
    }
    const convert = /^\s*SET\s*:\s*CONVERT\s+AGENTS?\s*=\s*(\w+)/i.exec(line);
    if (convert) {
      convertAgents = /^T/i.test(convert[1]!);
      continue;
    }
    const by = /^\s*SET\s*:\s*CODE\s+(BY\s+CLAUSE|BY\s+SENTENCE|ALL)/i.exec(line);
    if (by) {
      codeBy = /CLAUSE/i.test(by[1]!) ? 'clause' : /SENTENCE/i.test(by[1]!) ? 'sentence' : 'all';
      continue;
    }
    if (/^\s*SET\s*:\s*MINIMUM\s+WORDS/i.test(line)) {
      const words = parseMinimumWords(line);
      if (words === undefined) issues.push({ file, line: n, reason: `SET: MINIMUM WORDS command "${line.trim()}" gives no number` });
      else minimumWords = words;
      continue;
    }
    if (!/^\s*DEFAULT\s*:/i.test(line)) continue;
    const parsed = parseDefaultOption(line);
    if (parsed === undefined) issues.push({ file, line: n, reason: `DEFAULT command "${line.trim()}" names no [code] for SOURCE or TARGET, nor OFF` });
    else defaults = parsed;
  }
  return {
    dictionary: {
      ...EMPTY_DICTIONARY, minimumWords, ...(defaults === undefined ? {} : { defaults }), ...(complex === undefined ? {} : { complex }),
      ...(comma === undefined ? {} : { comma }), ...(codeBy === undefined ? {} : { codeBy }), ...(convertAgents === undefined ? {} : { convertAgents }),
      ...(forward === undefined ? {} : { forward }),
    },
    issues,
  };
}

/** A TABARI "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN" command; counts not given are off (0). */
export function parseComplexOption(command: string): ComplexFilter {
  const count = (name: string) => Number(new RegExp(`${name}\\s*\\[\\s*(\\d+)\\s*\\]`, 'i').exec(command)?.[1] ?? 0);
  return {
    verbs: count('VERBS'), actors: count('ACTORS'), pronouns: count('PRONOUNS'), conjunctions: count('CONJ'),
    noActorPrior: /NOACTPRIOR/i.test(command), noActorAfter: /NOACTAFTER/i.test(command), noVerb: /NOVERB/i.test(command),
  };
}

/** TABARI's comma limits when its options set none. */
export const TABARI_COMMA: CommaLimits = { min: 2, max: 10, bmin: 128, bmax: 0, emin: 2, emax: 10 };
/** PETRARCH's defaults (its PETR_config.ini `comma_*` settings). */
export const PETRARCH_COMMA: CommaLimits = { min: 2, max: 8, bmin: 0, bmax: 0, emin: 2, emax: 8 };

/** A TABARI "COMMA: MIN = 4 MAX = 6 …" command (limits it leaves out keep TABARI's defaults), or null for "COMMA: OFF". */
export function parseCommaOption(command: string): CommaLimits | null {
  if (/COMMA\s*:\s*OFF/i.test(command)) return null;
  const limit = (name: string, fallback: number) => Number(new RegExp(`(?:^|[\\s:])${name}\\s*=\\s*(\\d+)`, 'i').exec(command)?.[1] ?? fallback);
  const d = TABARI_COMMA;
  return { min: limit('MIN', d.min), max: limit('MAX', d.max), bmin: limit('BMIN', d.bmin), bmax: limit('BMAX', d.bmax), emin: limit('EMIN', d.emin), emax: limit('EMAX', d.emax) };
}

/** TABARI's minimum sentence length when its options set none. */
export const TABARI_MINIMUM_WORDS = 8;

/** A TABARI "SET: MINIMUM WORDS = n" command's number, or undefined when it gives none. */
export function parseMinimumWords(command: string): number | undefined {
  const m = /MINIMUM\s+WORDS\s*=\s*(\d+)/i.exec(command);
  return m ? Number(m[1]) : undefined;
}

/**
 * A TABARI DEFAULT command ("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "DEFAULT: OFF"):
 * its default codes, null for OFF, undefined when it is neither.
 */
export function parseDefaultOption(command: string): DefaultActors | null | undefined {
  const body = command.replace(/^\s*DEFAULT\s*:/i, '').replace(/\/\/.*$/, '').trim();
  if (/^OFF$/i.test(body)) return null;
  const source = /SOURCE\s*:?\s*\[\s*([^\]\s]+)\s*\]\s*(PRIOR)?/i.exec(body);
  const target = /TARGET\s*:?\s*\[\s*([^\]\s]+)\s*\]\s*(AFTER)?/i.exec(body);
  if (!source && !target) return undefined;
  return {
    source: source ? { code: source[1]!.toUpperCase(), prior: source[2] !== undefined } : null,
    target: target ? { code: target[1]!.toUpperCase(), after: target[2] !== undefined } : null,
  };
}
