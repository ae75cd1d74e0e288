/** Word-level helpers shared by the ranking and the AI-bullet check (issue #3). */

/** English function words: they carry no news, so overlap on them means nothing. */
export const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being below ' +
    'between both but by can could did do does doing down during each few for from further had has have having ' +
    'he her here hers herself him himself his how i if in into is it its itself just me more most my myself no ' +
    'nor not now of off on once only or other our ours out over own same she should so some such than that the ' +
    'their theirs them then there these they this those through to too under until up very was we were what ' +
    'when where which while who whom why will with would you your yours said says say told according new one ' +
    'two year years last first time like get got make made may might must since still even back well many much ' +
    'us mr mrs ms dr per cent percent being where whether however though although yet who its it\'s').split(' '),
);

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

/** A crude stem: good enough to match "visits"/"visited"/"visiting", costs no table. */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  return word.replace(/(ies|ied)$/, 'y').replace(/(ing|ed|es|s)$/, '').replace(/e$/, '');
}

/** The stems of a text's content words (no stopwords, no one-letter tokens). */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}
