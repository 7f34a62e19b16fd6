export type { Span, LabeledSpan } from './span.js';
export { makeSpan, spanText, contains, SpanError } from './span.js';
export type { Doc, Dateline, Origin, InputKind, Layers, LayerName } from './doc.js';
export { contentId, withLayers } from './doc.js';
export type { Stage } from './pipeline.js';
export { checkPipeline, pipe, PipelineError } from './pipeline.js';
