import type { Doc, Stage } from '../doc/index.js';
import { withLayers } from '../doc/index.js';
import type { PlaceGazetteer } from '../places/gazetteer.js';
import type { Gazetteer } from './gazetteer.js';
import { linkMentions } from './links.js';
import { findNames } from './names.js';
import { parsePhrases } from './phrases.js';
import { findTimes } from './times.js';
import { repairHeadlines } from './headlines.js';
import { repairTags } from './repairs.js';
import { createWink, retagNames, tokenize } from './tokenize.js';

/** What the language stage needs: the names it knows, and a wink-nlp instance (created if not given). */
export interface LanguageOptions {
  readonly gazetteer: Gazetteer;
  /** Cities and regions, to find places the dictionaries do not list and give them a country (`loadPlaceGazetteer`). */
  readonly places?: PlaceGazetteer | null;
  readonly wink?: ReturnType<typeof createWink>;
  /** The dictionaries' verb lemmas, to find a headline's verb the tagger missed. */
  readonly verbs?: ReadonlySet<string>;
}

/**
 * The language stage: sentences and tokens, the shallow parse, names, same-actor links and times,
 * all as layers of character spans into `doc.text`.
 * @example const analyze = createAnalyzer({ gazetteer }); const annotated = analyze(doc);
 */
export function createLanguageStage(options: LanguageOptions): Stage {
  const wink = options.wink ?? createWink();
  const { gazetteer } = options;
  const places = options.places ?? null;
  const verbs = options.verbs ?? new Set<string>();
  return {
    name: 'language',
    reads: ['paragraphs'],
    writes: ['tokens', 'sentences', 'nounPhrases', 'verbGroups', 'attachments', 'clauses', 'names', 'links', 'times'],
    run(doc: Doc): Doc {
      const { text } = doc;
      const { tokens, sentences } = tokenize(wink, text);
      const names = findNames(text, tokens, sentences, gazetteer, places);
      retagNames(tokens, sentences, names);
      repairTags(tokens, sentences, verbs);
      repairHeadlines(tokens, sentences, verbs);
      const { nounPhrases, verbGroups, attachments, clauses } = parsePhrases(text, tokens, sentences, names);
      const links = linkMentions(tokens, nounPhrases, names);
      const times = findTimes(text, tokens, sentences, verbGroups, doc.date);
      return withLayers(doc, { tokens, sentences, nounPhrases, verbGroups, attachments, clauses, names, links, times });
    },
  };
}

/**
 * The language stage's first step alone: sentences and tokens. For a coder that reads no more
 * (the TABARI engine), at a fraction of the full stage's cost.
 */
export function createTokenStage(options: Pick<LanguageOptions, 'wink'> = {}): Stage {
  const wink = options.wink ?? createWink();
  return {
    name: 'language',
    reads: ['paragraphs'],
    writes: ['tokens', 'sentences'],
    run(doc: Doc): Doc {
      const { tokens, sentences } = tokenize(wink, doc.text);
      return withLayers(doc, { tokens, sentences });
    },
  };
}

/** `analyze(doc)` for one document at a time: the language stage as a function. */
export function createAnalyzer(options: LanguageOptions): (doc: Doc) => Doc {
  const stage = createLanguageStage(options);
  return (doc) => stage.run(doc);
}
