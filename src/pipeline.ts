// The pipeline, loaded: dictionaries and codebook read from disk (the I/O edge), then the pure
// stages built over them. Library users and the CLI both start here.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { checkPipeline, type Doc } from './doc/index.js';
import { defaultDictionaryPaths, loadDictionaryFiles, mergeDictionaries, type Dictionary, type DictionaryIssue } from './dictionaries/index.js';
import { createCoderStage, createTabariCoderStage, parseCodebook, parseTargetModel, type Codebook, type TargetModel } from './events/index.js';
import { buildGazetteer, createLanguageStage, createTokenStage, headlineVerbs } from './language/index.js';
import { loadPlaceGazetteer, type PlaceGazetteer } from './places/index.js';

export const CODEBOOK_PATH = fileURLToPath(new URL('../dictionaries/cameo.tsv', import.meta.url));
export const TARGET_MODEL_PATH = fileURLToPath(new URL('../dictionaries/targets.tsv', import.meta.url));

export interface LoadOptions {
  /** Dictionary files to add (any supported format). */
  readonly dictionaries?: readonly string[];
  /** Load Chronicle's default dictionaries too. Default true. */
  readonly defaults?: boolean;
  /** Told of each bad dictionary line (the line is skipped). */
  readonly onIssue?: (issue: DictionaryIssue) => void;
  /** See `CoderOptions.futureIsIntent`. Default true. */
  readonly futureIsIntent?: boolean;
  /** See `CoderOptions.requireTarget`. Default false. */
  readonly requireTarget?: boolean;
  /** Find cities and regions with the place gazetteer (GeoNames cities, see `loadPlaceGazetteer`). Default true. */
  readonly places?: boolean;
  /**
   * The event coder: Chronicle's own ('chronicle', the default), or the TABARI engine ('tabari'),
   * which codes TABARI dictionaries the way TABARI reads them (see src/events/tabari).
   */
  readonly engine?: 'chronicle' | 'tabari';
  /**
   * Let the learnt target model (dictionaries/targets.tsv, see src/events/retarget.ts) have its say
   * on each event's target. Default true when the default dictionaries are loaded, whose codes it
   * was trained on; false leaves the targets as the rules chose them.
   */
  readonly targetModel?: boolean;
}

/** A dictionary file that cannot be read at all: the caller decides whether that stops the run. */
export class DictionaryFileError extends Error {
  constructor(readonly issues: readonly DictionaryIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.reason}`).join('\n'));
  }
}

export async function loadDictionaries(options: LoadOptions = {}): Promise<Dictionary> {
  const parts: Dictionary[] = [];
  const extra = options.dictionaries ?? [];
  if (extra.length > 0) {
    const { dictionary, issues } = await loadDictionaryFiles(extra);
    const fatal = issues.filter((i) => i.line === 0);
    if (fatal.length > 0) throw new DictionaryFileError(fatal);
    for (const issue of issues) options.onIssue?.(issue);
    parts.push(dictionary);
  }
  if (options.defaults !== false) {
    const { dictionary, issues } = await loadDictionaryFiles(await defaultDictionaryPaths());
    for (const issue of issues) options.onIssue?.(issue);
    parts.push(dictionary);
  }
  return mergeDictionaries(parts);
}

/** The place gazetteer, or null when `options.places` is false. */
export async function loadPlaces(options: LoadOptions = {}): Promise<PlaceGazetteer | null> {
  return options.places === false ? null : loadPlaceGazetteer();
}

/** The learnt target model, or null when `options` leave it out (see `LoadOptions.targetModel`). */
export async function loadTargetModel(options: LoadOptions = {}, path = TARGET_MODEL_PATH): Promise<TargetModel | null> {
  if (options.targetModel === false || (options.targetModel === undefined && options.defaults === false)) return null;
  return parseTargetModel(await readFile(path, 'utf8'));
}

export async function loadCodebook(path = CODEBOOK_PATH): Promise<Codebook> {
  return parseCodebook(await readFile(path, 'utf8')).codebook;
}

/**
 * `analyze(doc)` with the dictionaries loaded: the language layer only.
 * @example const analyze = await loadAnalyzer(); const annotated = analyze(doc);
 */
export async function loadAnalyzer(options: LoadOptions = {}): Promise<(doc: Doc) => Doc> {
  const [dictionary, places] = await Promise.all([loadDictionaries(options), loadPlaces(options)]);
  const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors), places, verbs: headlineVerbs(dictionary.verbs) });
  return (doc) => language.run(doc);
}

/**
 * `code(doc)`: the language layer and the event coder, with the dictionaries and codebook loaded.
 * @example const code = await loadCoder(); for (const event of code(doc).layers.events ?? []) …
 */
export async function loadCoder(options: LoadOptions = {}): Promise<(doc: Doc) => Doc> {
  const codebook = await loadCodebook();
  if (options.engine === 'tabari') {
    // The TABARI engine reads sentences and tokens only, so the rest of the language stage is not run.
    const dictionary = await loadDictionaries(options);
    const tokens = createTokenStage();
    const coder = createTabariCoderStage({ dictionary, codebook });
    checkPipeline([tokens, coder]);
    return (doc) => coder.run(tokens.run(doc));
  }
  const [dictionary, places, targetModel] = await Promise.all([loadDictionaries(options), loadPlaces(options), loadTargetModel(options)]);
  const language = createLanguageStage({ gazetteer: buildGazetteer(dictionary.actors), places, verbs: headlineVerbs(dictionary.verbs) });
  const coder = createCoderStage({ dictionary, codebook, futureIsIntent: options.futureIsIntent ?? true, requireTarget: options.requireTarget ?? false, targetModel });
  checkPipeline([language, coder]);
  return (doc) => coder.run(language.run(doc));
}
