/** Timing and size helpers of the "library" bench section (scripts/bench/library.ts). */
import { performance } from 'node:perf_hooks';

/** Median and p95 as the library section has always taken them: the value at ⌊q·n⌋ of the sorted samples. */
export function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

export async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

export const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')) + ' ms';
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** JSON size of some rows: what IndexedDB serializes, roughly. */
export function bytes(rows: unknown[]): number {
  return rows.reduce<number>((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
}
