/**
 * The Article Extraction Benchmark's metric (scrapinghub/article-extraction-benchmark,
 * `evaluate.py`), ported as is so numbers compare with the published ones: tokens are runs of
 * word characters, each text a multiset of 4-token shingles, per-page tp/fp/fn normalised to sum
 * to 1, precision and recall averaged over pages, F1 from those two means.
 */

/** Python's `\w+` under re.UNICODE, as the benchmark's README gives it for JavaScript. */
const TOKEN = /[\p{L}\p{N}_]+/gu;
export const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Shingle counts. A text shorter than `n` tokens is one shorter shingle; an empty text has none. */
export function shingles(text: string, n = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < last; i++) {
    const shingle = tokens.slice(i, i + n);
    if (!shingle.length) continue;
    // U+0001 cannot be inside a token, so joined shingles never collide.
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
  /** The prediction's token sequence is exactly the truth's. */
  exact: boolean;
}

export function scorePage(truth: string, prediction: string): PageScore {
  const want = shingles(truth);
  const got = shingles(prediction);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const w = want.get(key) ?? 0;
    const g = got.get(key) ?? 0;
    tp += Math.min(w, g);
    fp += Math.max(0, g - w);
    fn += Math.max(0, w - g);
  }
  const sum = tp + fp + fn;
  const a = tokenize(truth);
  const b = tokenize(prediction);
  const exact = a.length === b.length && a.every((t, i) => t === b[i]);
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum, exact } : { tp, fp, fn, exact };
}

export function precisionOf({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallOf({ tp, fp, fn }: PageScore): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface Totals {
  precision: number;
  recall: number;
  f1: number;
  accuracy: number;
  pages: number;
}

/** As `metrics_from_tp_fp_fns`: a page with an empty prediction counts for recall (as 0) but not
 * for precision, exactly as upstream. */
export function totals(pages: PageScore[]): Totals {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(precisionOf));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, accuracy: mean(pages.map((p) => (p.exact ? 1 : 0))), pages: pages.length };
}
