import type { Doc } from '../doc/index.js';
import { POS_TAGS, TokenFlag, type TokenSpan } from './types.js';

/**
 * The `chronicle analyze` record for an analysed document: every layer of the language stage,
 * with the text of each span beside its offsets, for people debugging the coder.
 */
export function analysisRecord(doc: Doc): Record<string, unknown> {
  const { text, layers } = doc;
  const t = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  const at = (s: { start: number; end: number }) => [s.start, s.end];
  const tokens = layers.tokens;
  const np = layers.nounPhrases ?? [];
  const vg = layers.verbGroups ?? [];
  const names = layers.names ?? [];
  const phrase = (i: number | null) => (i === null ? null : t(np[i]!));
  const tokenList = [];
  if (tokens) {
    for (let i = 0; i < tokens.length; i++) {
      const f = tokens.flags[i]!;
      tokenList.push({
        i,
        text: text.slice(tokens.start[i], tokens.end[i]),
        span: [tokens.start[i], tokens.end[i]],
        pos: POS_TAGS[tokens.pos[i]!],
        lemma: tokens.lemma[i],
        sentence: tokens.sentence[i],
        ...(f & TokenFlag.Negation ? { negation: true } : {}),
        ...(f & TokenFlag.InQuote ? { inQuote: true } : {}),
      });
    }
  }
  return {
    kind: 'analysis',
    doc: doc.id,
    date: doc.date,
    sentences: (layers.sentences ?? []).map((s, index) => ({ index, text: t(s), span: at(s) })),
    tokens: tokenList,
    nounPhrases: np.map((p, index) => ({
      index,
      text: t(p),
      span: at(p),
      head: tokens ? text.slice(tokens.start[p.head], tokens.end[p.head]) : null,
      possessor: phrase(p.possessor),
      conjuncts: p.conjuncts.map((c) => t(np[c]!)),
    })),
    verbGroups: vg.map((v, index) => ({
      index,
      text: t(v),
      span: at(v),
      lemma: v.lemma,
      tense: v.tense,
      voice: v.voice,
      negated: v.negated,
      modal: v.modal,
      conditional: v.conditional,
      subject: phrase(v.subject),
      object: phrase(v.object),
      agent: phrase(v.agent),
    })),
    attachments: (layers.attachments ?? []).map((a) => ({
      prep: tokens ? text.slice(tokens.start[a.prep], tokens.end[a.prep]) : null,
      object: t(np[a.object]!),
      to: { kind: a.attachedTo.kind, text: t(a.attachedTo.kind === 'verb' ? vg[a.attachedTo.index]! : np[a.attachedTo.index]!) },
    })),
    clauses: (layers.clauses ?? []).filter((c) => c.kind !== 'main').map((c) => ({
      kind: c.kind,
      text: t(c),
      span: at(c),
      speaker: phrase(c.speaker),
      speechVerb: c.speechVerb === null ? null : t(vg[c.speechVerb]!),
      antecedent: phrase(c.antecedent),
    })),
    names: names.map((n, index) => ({
      index,
      text: t(n),
      span: at(n),
      type: n.type,
      entry: n.entry,
      country: n.country,
      role: n.role,
      extent: t(n.extent as TokenSpan),
      parent: n.parent === null ? null : t(names[n.parent]!),
      confidence: n.confidence,
      place: n.place && { name: n.place.name, kind: n.place.kind, lat: n.place.lat, lon: n.place.lon, population: n.place.population, geonameId: n.place.geonameId },
    })),
    links: (layers.links ?? []).map((l) => ({
      kind: l.kind,
      mention: t(l.mention.kind === 'name' ? names[l.mention.index]! : np[l.mention.index]!),
      antecedent: t(names[l.antecedent]!),
      entry: names[l.antecedent]!.entry,
      confidence: l.confidence,
    })),
    times: (layers.times ?? []).map((x) => ({ text: t(x), span: at(x), value: x.value, granularity: x.granularity, from: x.from, to: x.to })),
  };
}
