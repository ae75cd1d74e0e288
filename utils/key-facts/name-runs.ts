/**
 * Name spans (issue #3): a sentence's tokens, and the runs of capitalised tokens that may be a
 * name ("Bank of England", "Ursula von der Leyen"), less a sentence's first word when it is a
 * common one.
 */
import { HONORIFICS, MONTHS, OPENERS, ORG_SUFFIXES, PLACE_SUFFIXES, WEEKDAYS } from './lexicon';
import type { Token } from './mentions';
import type { Sentence } from './sentences';
import { STOPWORDS } from './words';

const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*(?:['’]s\b)?/gu;
/** Lowercase particles inside names: "Bank of England", "Ursula von der Leyen", "bin Salman". */
const NAME_PARTICLES = new Set(['de', 'del', 'der', 'da', 'di', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'dos', 'ibn']);
/** Heads after which "of" stays inside a name: "Bank of England", "Secretary of State". */
const OF_HEADS = new Set([
  ...ORG_SUFFIXES,
  ...PLACE_SUFFIXES,
  'Isle',
  'Duke',
  'Duchess',
  'Prince',
  'Princess',
  'King',
  'Queen',
  'Secretary',
  'Minister',
  'Cape',
  'Chief',
  'Head',
]);
/** Days and months: capitalised, and never part of a name. */
export const CALENDAR = new Set([...WEEKDAYS.split('|'), ...MONTHS.split('|')]);
/** What may stand before a quotation's first word, whose capital says nothing. */
const QUOTE_OPENERS = /["“‘'(:—–-]\s*$/;

/** Words the text writes in lowercase, and (marked with "^") in title case: a capitalised word
 * that also appears in lowercase is a common word, not a name. */
export function lowercaseWordsOf(text: string): Set<string> {
  const lowercaseWords = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}’'])\p{L}+/gu)) {
    const w = m[0];
    if (/^\p{Ll}/u.test(w)) lowercaseWords.add(w);
    else if (/^\p{Lu}\p{Ll}+$/u.test(w)) lowercaseWords.add(`^${w}`); // title case, marked
  }
  return lowercaseWords;
}

export function tokenize(text: string, sentence: Sentence): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(TOKEN)) {
    const raw = m[0];
    const possessive = /['’]s$/.test(raw) && raw.length > 2;
    const word = possessive ? raw.slice(0, -2) : raw;
    const start = sentence.start + m.index;
    tokens.push({ text: word, start, end: start + word.length, cap: /^\p{Lu}/u.test(word), possessive });
  }
  return tokens;
}

/** Index ranges [from, to) of capitalised runs: tokens joined by a space only. */
export function nameRuns(text: string, sentence: Sentence, tokens: Token[], lowercaseWords: Set<string>): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i]!.cap || CALENDAR.has(tokens[i]!.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1]!.possessive && spaceOnly(text, tokens[j - 1]!, tokens[j]!)) {
      const t = tokens[j]!;
      if (t.cap && !CALENDAR.has(t.text)) j++;
      else if (
        j + 1 < tokens.length &&
        tokens[j + 1]!.cap &&
        spaceOnly(text, t, tokens[j + 1]!) &&
        ((t.text === 'of' && OF_HEADS.has(tokens[j - 1]!.text)) || NAME_PARTICLES.has(t.text))
      )
        j += 2;
      else break;
    }
    let from = i;
    // A sentence's (or a quotation's) first word is capitalised whatever it is: keep it only if
    // it is never written in lowercase and isn't a common opener.
    const first = tokens[from]!;
    const before = text.slice(sentence.start, first.start);
    if ((!before.trim() || QUOTE_OPENERS.test(before)) && isCommonWord(first.text, lowercaseWords)) from++;
    // Shouted headings ("BALL OF THE CENTURY") are not names.
    const slice = tokens.slice(from, j);
    const shouted = slice.length > 1 && slice.every((t) => t.text.length > 1 && t.text === t.text.toUpperCase());
    if (from < j && !shouted) runs.push([from, j]);
    i = j;
  }
  return runs;
}

export function spaceOnly(text: string, a: Token, b: Token): boolean {
  return /^ +$/.test(text.slice(a.possessive ? a.end + 2 : a.end, b.start));
}

function isCommonWord(word: string, lowercaseWords: Set<string>): boolean {
  const lower = word.toLowerCase();
  if (HONORIFICS.has(word)) return false;
  return OPENERS.has(word) || STOPWORDS.has(lower) || lowercaseWords.has(lower);
}
