/** Word-level helpers shared by the ranking, the entity rules and the AI-bullet check (issue #3). */
import { FUNCTION_WORDS, NEWS_WORDS, stem } from '../words';

/** Words that carry no news: English function words (utils/words.ts), the words every story
 * uses, and those of reporting, figures and titles ("according", "per cent", "Mr"). Overlap on
 * them means nothing, and a text full of them is English. */
export const STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...NEWS_WORDS,
  ...'according told last cent percent mr mrs ms dr'.split(' '),
]);

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Lowercase word tokens (letters and digits of any script); CJK runs become character bigrams,
 * since those scripts don't put spaces between words. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    const w = m[0].replace(/['’]s$/, '');
    if (CJK.test(w)) {
      for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
      if (w.length === 1) out.push(w);
    } else out.push(w);
  }
  return out;
}

/** A one-letter token ("a", a stray initial) is no content word. */
const MIN_CONTENT_WORD = 2;

/** The stems of a text's content words (no stopwords, no one-letter tokens). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < MIN_CONTENT_WORD || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
