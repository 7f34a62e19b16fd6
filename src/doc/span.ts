/**
 * A span is a half-open `[start, end)` range of UTF-16 code-unit offsets into `Doc.text`,
 * so `doc.text.slice(span.start, span.end)` gives the covered text back exactly.
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with a label, e.g. a named-entity type or a layer-specific tag. */
export interface LabeledSpan extends Span {
  readonly label: string;
}

/** Raised when a stage tries to create a span that does not fit its text: always a programming error. */
export class SpanError extends RangeError {
  override name = 'SpanError';
}

/**
 * Creates a span over `text`, checking its bounds.
 * @example makeSpan('Hamas quit talks', 0, 5) // → { start: 0, end: 5 }
 */
export function makeSpan(text: string, start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    throw new SpanError(`span [${start}, ${end}) does not fit a text of length ${text.length}`);
  }
  return { start, end };
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** True when `inner` lies entirely within `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
