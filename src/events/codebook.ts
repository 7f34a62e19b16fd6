import type { CodeInfo, Codebook, CodedEvent } from './types.js';

/**
 * Parses the codebook table (dictionaries/cameo.tsv): code, name, goldstein, quad, plover_event,
 * plover_mode, plover_context. Bad rows are skipped and returned as line numbers.
 */
export function parseCodebook(text: string): { codebook: Codebook; bad: number[] } {
  const codebook = new Map<string, CodeInfo>();
  const bad: number[] = [];
  const lines = text.split(/\r?\n/);
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [code, name, goldstein, quad, event, mode, context] = line.split('\t');
    if (!code || !/^\d{2,4}$/.test(code.trim())) {
      bad.push(n + 1);
      continue;
    }
    const g = Number(goldstein);
    const q = Number(quad);
    codebook.set(code.trim(), {
      name: name?.trim() ?? '',
      goldstein: goldstein?.trim() && Number.isFinite(g) ? g : null,
      quad: quad?.trim() && q >= 1 && q <= 4 ? q : null,
      plover: event?.trim() ? { event: event.trim(), mode: mode?.trim() || null, context: context?.trim() || null } : null,
    });
  }
  return { codebook, bad };
}

/** The quad class by CAMEO root: verbal and material cooperation, verbal and material conflict. */
export function quadOf(root: string): number {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 14 ? 3 : 4;
}

/** What the codebook says of a code, falling back to its parent codes ("1823" → "182" → "18"). */
export function lookupCode(codebook: Codebook, code: string): CodeInfo | null {
  for (let c = code; c.length >= 2; c = c.length === 4 ? c.slice(0, 3) : c.slice(0, 2)) {
    const info = codebook.get(c);
    if (info) return info;
    if (c.length === 2) break;
  }
  return null;
}

/** An event's code fields, as the codebook gives them for a code: its root, quad class, Goldstein value and PLOVER mapping. */
export function codeFields(codebook: Codebook, code: string): Pick<CodedEvent, 'cameo' | 'root' | 'quad' | 'goldstein' | 'plover'> {
  const root = code.slice(0, 2);
  const info = lookupCode(codebook, code);
  return { cameo: code, root, quad: info?.quad ?? quadOf(root), goldstein: info?.goldstein ?? null, plover: codebook.get(code)?.plover ?? info?.plover ?? null };
}
