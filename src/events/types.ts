import type { Span } from '../doc/span.js';

/** An actor as coded in an event: the text, its full CAMEO code, and that code's country and sector. */
export interface EventActor {
  readonly text: string;
  readonly span: Span;
  /** Full CAMEO actor code: "PSEREBHMS", "RUSCOP", "---EDU", "IGOUNO". */
  readonly code: string;
  /** ISO alpha-3 (or CAMEO) country, or the international body's code ("IGOUNO"); null for "---". */
  readonly country: string | null;
  readonly sector: string | null;
}

export interface Plover {
  readonly event: string;
  readonly mode: string | null;
  readonly context: string | null;
}

/** One coded event: who did what to whom, when, with the evidence in the text. */
export interface CodedEvent {
  readonly sentence: number;
  /** YYYY-MM-DD: the day the text gives for it, else the publication date. */
  readonly date: string | null;
  readonly source: EventActor | null;
  readonly target: EventActor | null;
  readonly cameo: string;
  readonly root: string;
  readonly quad: number | null;
  readonly goldstein: number | null;
  readonly plover: Plover | null;
  readonly evidence: {
    readonly sentence: Span;
    readonly source: Span | null;
    readonly verb: Span;
    readonly target: Span | null;
  };
  /**
   * The dictionary line that coded it ("dictionaries/default/verbs.txt:120"), followed by "; target
   * chosen by the target model" when the learnt target model replaced the rules' target.
   */
  readonly rule: string;
}

/** What the codebook says of an event code. */
export interface CodeInfo {
  readonly name: string;
  readonly goldstein: number | null;
  readonly quad: number | null;
  readonly plover: Plover | null;
}

/** CAMEO event codes and what they mean: names, Goldstein weights, quad classes and PLOVER mapping. */
export type Codebook = ReadonlyMap<string, CodeInfo>;
