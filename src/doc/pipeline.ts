import type { Doc, LayerName } from './doc.js';

/**
 * One pipeline component with one job. It declares the layers it reads and the layers it writes,
 * so a pipeline can be checked before any document flows through it.
 */
export interface Stage {
  readonly name: string;
  readonly reads: readonly LayerName[];
  readonly writes: readonly LayerName[];
  run(doc: Doc): Doc;
}

/** Layers that ingest writes before any stage runs. */
const INGEST_LAYERS: readonly LayerName[] = ['paragraphs'];

export class PipelineError extends Error {
  override name = 'PipelineError';
}

/**
 * Checks that every stage's inputs are written by ingest or an earlier stage, and that no two
 * stages write the same layer. Throws `PipelineError` naming the first stage that breaks this.
 */
export function checkPipeline(stages: readonly Stage[]): void {
  const written = new Map<LayerName, string>(INGEST_LAYERS.map((l) => [l, 'ingest']));
  for (const stage of stages) {
    for (const layer of stage.reads) {
      if (!written.has(layer)) {
        throw new PipelineError(`stage "${stage.name}" reads layer "${layer}", which no earlier stage writes`);
      }
    }
    for (const layer of stage.writes) {
      const by = written.get(layer);
      if (by) throw new PipelineError(`stage "${stage.name}" writes layer "${layer}", already written by "${by}"`);
      written.set(layer, stage.name);
    }
  }
}

/**
 * Streams documents through the stages, in order, like spaCy's `Language.pipe`.
 * @example for await (const doc of pipe(docs, [language, coder])) …
 */
export async function* pipe(docs: AsyncIterable<Doc> | Iterable<Doc>, stages: readonly Stage[]): AsyncGenerator<Doc> {
  checkPipeline(stages);
  for await (const doc of docs) {
    let out = doc;
    for (const stage of stages) out = stage.run(out);
    yield out;
  }
}
