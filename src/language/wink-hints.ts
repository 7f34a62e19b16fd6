// The model's own token transformers for wink-nlp's sentence and POS automata
// (wink-eng-lite-web-model 1.8, dist/sbd-transformers.js and dist/pos-transformers.js), with each
// lexeme's hint read once instead of at every token: the automata call them for every token
// (the POS one twice), and `cache.property` unpacks bits through several lookups each time.

/** What the transformers read of wink's per-instance lexeme cache. */
export interface WinkCache {
  property(index: number, name: string): number;
  value(index: number): string | undefined;
}
type Transformer = (token: number, cache: WinkCache, rawTokens: readonly number[], i: number) => number;
interface AutomataModel {
  readonly machines: unknown;
  readonly transformers: readonly Transformer[];
}
export interface HintedModel {
  sbd(): AutomataModel;
  pos(): AutomataModel;
}

// The model's constants (see the files named above).
const HINT_DELTA = 1_080_000;
const RIGHT_AMBIGUOUS_QUOTE = 4;
const RIGHT_SPACED_AMBIGUOUS_QUOTE = 6;
const LIKELY_EOS = 7;
const NON_EOS = 8;
const PS_MASK = 0xffff;

/**
 * `cache.property(index, name)` memoised by lexeme index. A lexeme's properties never change once
 * it is in the cache; an index not (yet) in it is answered without being remembered. Values are
 * small non-negative integers (hints and flags); anything else is passed through, unremembered.
 * (A class rather than a closure: V8 inlines `get` into the transformers.)
 */
class PropertyMemo {
  // Value + 1 by lexeme index; 0: not read yet.
  private known = new Uint8Array(1 << 18);

  constructor(
    private readonly cache: WinkCache,
    private readonly name: string,
  ) {}

  get(index: number): number {
    const known = this.known;
    if (index < known.length) {
      const v = known[index]!;
      if (v !== 0) return v - 1;
    }
    return this.read(index);
  }

  private read(index: number): number {
    const value = this.cache.property(index, this.name);
    if (!(value >= 0 && value < 255 && Number.isInteger(value)) || this.cache.value(index) === undefined || !(index >= 0 && Number.isInteger(index))) return value;
    if (index >= this.known.length) {
      const grown = new Uint8Array(Math.max(this.known.length * 2, index + 1));
      grown.set(this.known);
      this.known = grown;
    }
    this.known[index] = value + 1;
    return value;
  }
}

/** The memos of one wink cache. */
class Hints {
  readonly pos: PropertyMemo;
  readonly sbd: PropertyMemo;
  readonly abbrev: PropertyMemo;

  constructor(readonly cache: WinkCache) {
    this.pos = new PropertyMemo(cache, 'posHint');
    this.sbd = new PropertyMemo(cache, 'sbdHint');
    this.abbrev = new PropertyMemo(cache, 'isAbbrev');
  }
}

/** One wink instance's transformers: the memos belong to its cache, which they are always called with. */
function transformers(): { sbd: Transformer; pos: Transformer } {
  let hints: Hints | null = null;
  const hintsFor = (cache: WinkCache): Hints => {
    if (hints === null || hints.cache !== cache) hints = new Hints(cache);
    return hints;
  };
  const pos: Transformer = (tag, cache, rawTokens, i) => {
    const mapped = hintsFor(cache).pos.get(rawTokens[4 * i]!);
    return mapped ? mapped + HINT_DELTA : tag;
  };
  const sbd: Transformer = (token, cache, rawTokens, i) => {
    const h = hintsFor(cache);
    let mapped = h.sbd.get(token) || h.sbd.get(rawTokens[4 * i]!);
    if (mapped === RIGHT_AMBIGUOUS_QUOTE) mapped = rawTokens[4 * i + 1]! & PS_MASK ? RIGHT_SPACED_AMBIGUOUS_QUOTE : RIGHT_AMBIGUOUS_QUOTE;
    if (mapped) return mapped + HINT_DELTA;
    return h.abbrev.get(token) ? HINT_DELTA + (cache.value(token)!.length === 2 ? NON_EOS : LIKELY_EOS) : token;
  };
  return { sbd, pos };
}

/** The model's `sbd` and `pos` with the memoised transformers, for one wink instance. */
export function hintedAutomata(model: HintedModel): HintedModel {
  const t = transformers();
  return {
    sbd: () => ({ ...model.sbd(), transformers: [t.sbd] }),
    pos: () => {
      const pos = model.pos();
      return { ...pos, transformers: pos.transformers.map(() => t.pos) };
    },
  };
}
