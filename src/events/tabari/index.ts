// The TABARI engine: codes sentences the way TABARI reads its own dictionaries, word by word with
// its shallow parse, rather than through Chronicle's phrases and clauses. Projects built on TABARI
// dictionaries get the codes those dictionaries were written for.
import type { Dictionary } from '../../dictionaries/index.js';
import { withLayers, type Doc, type Stage } from '../../doc/index.js';
import { splitCode } from '../actors.js';
import { lookupCode, quadOf } from '../codebook.js';
import type { Codebook, CodedEvent, EventActor } from '../types.js';
import { codeSentence } from './code.js';
import { compileLexicon } from './lexicon.js';
import type { Member } from './parse.js';
import { sentenceWords, type Word } from './words.js';

export interface TabariCoderOptions {
  readonly dictionary: Dictionary;
  readonly codebook: Codebook;
}

export function createTabariCoderStage(options: TabariCoderOptions): Stage {
  const { dictionary, codebook } = options;
  const lexicon = compileLexicon(dictionary);
  return {
    name: 'events',
    reads: ['tokens', 'sentences'],
    writes: ['events'],
    run(doc: Doc): Doc {
      const events: CodedEvent[] = [];
      let forwarded: Member | null = null;
      for (const [index, sentence] of (doc.layers.sentences ?? []).entries()) {
        const words = sentenceWords(doc, sentence);
        if (words.length === 0) continue;
        const coding = codeSentence(words, lexicon, dictionary, doc.date, forwarded);
        forwarded = coding.firstActor ?? forwarded;
        for (const e of coding.events) {
          const info = lookupCode(codebook, e.code);
          const root = e.code.slice(0, 2);
          const verb = span(words, e.verb.from, e.verb.to);
          const source = actor(doc, words, e.source);
          const target = actor(doc, words, e.target);
          events.push({
            sentence: index, date: doc.date, source, target,
            cameo: e.code, root, quad: info?.quad ?? (/^\d{2}/.test(root) ? quadOf(root) : null), goldstein: info?.goldstein ?? null, plover: info?.plover ?? null,
            evidence: { sentence: { start: sentence.start, end: sentence.end }, source: source?.span ?? null, verb, target: target?.span ?? null },
            rule: e.rule,
          });
        }
      }
      return withLayers(doc, { events });
    },
  };
}

function span(words: readonly Word[], from: number, to: number): { start: number; end: number } {
  if (from >= to) {
    const w = words[Math.min(from, words.length - 1)]!;
    return { start: w.start, end: w.start };
  }
  return { start: words[from]!.start, end: words[to - 1]!.end };
}

function actor(doc: Doc, words: readonly Word[], member: Member | null): EventActor | null {
  if (!member) return null;
  const s = span(words, member.from, member.to);
  return { text: doc.text.slice(s.start, s.end), span: s, code: member.code, ...splitCode(member.code) };
}
