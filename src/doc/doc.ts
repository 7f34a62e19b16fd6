import { createHash } from 'node:crypto';
import type {
  Attachment, Clause, Link, Name, NounPhrase, Sentence, TimeExpression, TokenTable, VerbGroup,
} from '../language/types.js';
import type { CodedEvent } from '../events/types.js';
import type { Span } from './span.js';

/** A wire-story dateline such as "JERUSALEM, June 7 (AP) —", removed from the text and kept here. */
export interface Dateline {
  /** The dateline exactly as it stood at the start of the story. */
  readonly raw: string;
  /** The place, as written ("JERUSALEM", "GAZA CITY, Gaza Strip"). */
  readonly place: string;
  /** The day as written, without a year ("June 7"), when the dateline gives one. */
  readonly day: string | null;
  /** The agency in parentheses ("AP"), when there is one. */
  readonly agency: string | null;
}

/** Where a document came from: the input file or URL, and the item within it for multi-item inputs. */
export interface Origin {
  /** Path as the user gave it (or below a directory they gave), a URL, or "-" for stdin. */
  readonly file: string;
  /** The reader that produced the document. */
  readonly kind: InputKind;
  /** 1-based line for JSONL, 1-based item number for feeds and PETRARCH records. */
  readonly item?: number;
}

export type InputKind = 'text' | 'html' | 'jsonl' | 'feed' | 'petrarch';

/**
 * Annotation layers, by name. Each stage of the pipeline adds its own layer here; every layer
 * is an array of spans (or span-carrying records) that point into `Doc.text`.
 */
export interface Layers {
  /** Paragraphs of the normalised text, in order; written by ingest. */
  paragraphs?: readonly Span[];
  /** Written by the language stage (src/language). */
  tokens?: TokenTable;
  sentences?: readonly Sentence[];
  nounPhrases?: readonly NounPhrase[];
  verbGroups?: readonly VerbGroup[];
  attachments?: readonly Attachment[];
  clauses?: readonly Clause[];
  names?: readonly Name[];
  links?: readonly Link[];
  times?: readonly TimeExpression[];
  /** Written by the event coder (src/events). */
  events?: readonly CodedEvent[];
}

export type LayerName = keyof Layers;

/** A news document: the stored text, its metadata and its annotation layers. */
export interface Doc {
  /** Given by the input, else a stable hash of title and text (see `contentId`). */
  readonly id: string;
  readonly title: string | null;
  /** Normalised body text; every span of every layer indexes into it. */
  readonly text: string;
  /** Publication date as YYYY-MM-DD, in the publisher's own time zone when the input gives one. */
  readonly date: string | null;
  /** Publication time as written (ISO 8601), when the input gives more than a day. */
  readonly published: string | null;
  /** Publisher or outlet. */
  readonly source: string | null;
  readonly url: string | null;
  readonly author: string | null;
  readonly dateline: Dateline | null;
  readonly origin: Origin;
  readonly layers: Layers;
}

/**
 * A stable id from the content: the same title and text always give the same id,
 * whatever the file was called or when it was read.
 */
export function contentId(text: string, title: string | null = null): string {
  return createHash('sha256')
    .update(title ?? '')
    .update('\u0000')
    .update(text)
    .digest('hex')
    .slice(0, 16);
}

/** Returns a copy of `doc` with `layers` merged in; documents are never mutated in place. */
export function withLayers(doc: Doc, layers: Partial<Layers>): Doc {
  return { ...doc, layers: { ...doc.layers, ...layers } };
}
