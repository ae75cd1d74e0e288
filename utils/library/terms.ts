import { hostOf } from '../url';
import { INDEX_STOPWORDS } from '../words';

/**
 * Words for the library's full-text index: the terms each record puts in it (utils/library/db.ts)
 * and the words a search looks for (utils/library/query.ts). Pure: no database here.
 *
 * The index is an inverted index kept in IndexedDB itself, updated in the same transaction as
 * each save and delete, so opening the library never rebuilds anything (issue #5).
 */

/** Shorter words are noise in an index; longer ones are URLs, hashes or glued text. */
const MIN_TERM = 2;
const MAX_TERM = 24;

/** Lower case, accents folded, split on anything that is not a letter or a digit. */
export function words(text: string): string[] {
  const folded = text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  return folded.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The distinct index terms of a text, stopwords (utils/words.ts) and odd lengths left out. */
export function terms(text: string): string[] {
  const out = new Set<string>();
  for (const word of words(text)) {
    if (word.length >= MIN_TERM && word.length <= MAX_TERM && !INDEX_STOPWORDS.has(word)) out.add(word);
  }
  return [...out];
}

export interface IndexFields {
  title: string;
  siteName?: string | null;
  url: string;
  tags: readonly string[];
  text?: string | null;
  excerpt?: string | null;
}

export interface IndexTerms {
  /** Every term of title, site, tags and text: what a search must match. */
  terms: string[];
  /** Terms of title, site and tags: a match here ranks above a match in the text alone. */
  head: string[];
}

/** What an article puts in the index. The host stands in for a missing site name. */
export function indexTerms(fields: IndexFields): IndexTerms {
  const head = terms([fields.title, fields.siteName ?? '', hostOf(fields.url), fields.tags.join(' ')].join(' '));
  const body = terms(`${fields.text ?? fields.excerpt ?? ''}`);
  return { terms: [...new Set([...head, ...body])], head };
}

/** How many typos a query word of this length may carry: none in short words, where one typo
 * makes another common word. */
export function typosAllowed(length: number): number {
  if (length < 4) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Two rows of the distance table, reused: typo search compares a word to thousands of terms. */
let rows = [new Uint8Array(64), new Uint8Array(64)];

/**
 * Levenshtein distance between `a` and the first `length` letters of `b`, or `max + 1` as soon as
 * it is known to exceed `max`. Only the band of cells within `max` of the diagonal is computed.
 */
export function editDistance(a: string, b: string, max: number, length = b.length): number {
  const n = a.length;
  const m = Math.min(length, b.length);
  const over = Math.min(max + 1, 255);
  if (Math.abs(n - m) > max) return over;
  if (rows[0]!.length < m + 2) rows = [new Uint8Array(m + 2), new Uint8Array(m + 2)];
  let [previous, current] = rows as [Uint8Array, Uint8Array];
  for (let j = 0; j <= m; j++) previous[j] = Math.min(j, over);
  for (let i = 1; i <= n; i++) {
    const low = Math.max(1, i - max);
    const high = Math.min(m, i + max);
    // Left of the band: the first column, or out of reach.
    current[low - 1] = low === 1 ? Math.min(i, over) : over;
    let rowMin = current[low - 1]!;
    const letter = a.charCodeAt(i - 1);
    for (let j = low; j <= high; j++) {
      const value = Math.min(previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1), previous[j]! + 1, current[j - 1]! + 1, over);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Right of the band, read by the next row.
    if (high < m) current[high + 1] = over;
    if (rowMin >= over) return over;
    [previous, current] = [current, previous];
  }
  return previous[m]!;
}
