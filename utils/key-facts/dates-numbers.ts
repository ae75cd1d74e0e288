/** Dates and numbers of a text (issue #3): when and how many, most mentioned first. */
import { MONTHS, WEEKDAYS } from './lexicon';
import { STOPWORDS } from './words';

const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
/** Words before a four-digit number that make it a year ("in 2000", "Since 2019"). */
const YEAR_CUES = 'in|since|from|until|till|by|of|before|after|early|late|mid|during|around|year|to|and|between|the'
  .split('|')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
const DATE = new RegExp(
  [
    `\\b(?:${MONTHS})(?: ${DAY})?(?:,? \\d{4})?\\b`,
    `\\b${DAY} (?:${MONTHS})(?: \\d{4})?\\b`,
    `\\b(?:${WEEKDAYS})\\b`,
    `\\b(?:1[89]|20)\\d{2}-[01]\\d-[0-3]\\d\\b`, // ISO 8601
    `\\b\\d{1,2}(?:[:.]\\d{2})? ?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)`,
    // A year, where the words around it say it is one.
    `(?<=\\b(?:${YEAR_CUES}) )(?:1[89]|20)\\d{2}\\b(?![,.]?\\d)`,
    `(?<=^|\\n|[(])(?:1[89]|20)\\d{2}\\b(?=[,)])`,
  ].join('|'),
  'g',
);

interface Counted {
  text: string;
  count: number;
  first: number;
}

function countInto(map: Map<string, Counted>, text: string, at: number): void {
  const key = text.toLowerCase();
  const entry = map.get(key);
  if (entry) entry.count++;
  else map.set(key, { text, count: 1, first: at });
}

const byImportance = (map: Map<string, Counted>) =>
  [...map.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((e) => e.text);

export function findDates(text: string): { list: string[]; spans: [number, number][] } {
  const found = new Map<string, Counted>();
  const spans: [number, number][] = [];
  for (const m of text.matchAll(DATE)) {
    // "May" is a month only with a day or year, or after a preposition.
    if (m[0] === 'May' && !/\b(?:in|since|until|by|of|early|late|mid|last|next|this) $/.test(text.slice(Math.max(0, m.index - 7), m.index))) continue;
    countInto(found, m[0], m.index);
    spans.push([m.index, m.index + m[0].length]);
  }
  return { list: byImportance(found), spans };
}

const SCALE = '(?:million|billion|trillion|thousand|hundred|bn|m|k)\\b';
const NUM = '\\d+(?:[,.]\\d+)*';
const NUMBER = new RegExp(
  [
    `[$£€¥]\\s?${NUM}(?:\\s?${SCALE})?`,
    `\\b${NUM}(?:\\s?(?:%|per ?cent\\b|percent\\b))`,
    `(?<![\\d-])\\d+-\\d+\\b(?!-\\d)`, // a score or a range: "29-10"
    `\\b\\d+(?:st|nd|rd|th)\\b(?: [a-z][a-z-]+)?`,
    `\\b${NUM}(?:[-\\s]${SCALE})?(?:[- ][a-z][a-z-]+)?`,
  ].join('|'),
  'g',
);

/** Words that can follow a number without being what it counts. */
const NOT_UNITS = new Set(
  'a an the and or but in on at of to for from by with as is was are were be has have had will would that which who than after before since into over per against during'.split(' '),
);

export function findNumbers(text: string, dateSpans: [number, number][]): string[] {
  const found = new Map<string, Counted>();
  for (const m of text.matchAll(NUMBER)) {
    const start = m.index;
    const end = start + m[0].length;
    if (dateSpans.some(([a, b]) => start < b && end > a)) continue;
    // Paths and code ("arrivals/2024-0[1-3]-*.csv", "row[1]") are not quantities.
    if (/[/\\_[\]\w.]/.test(text[start - 1] ?? '') || /[[\]/\\_*]/.test(text[end] ?? '')) continue;
    let value = m[0].replace(/[,.]$/, '');
    // "24 years" keeps its unit; "2 in" does not, and a bare number says too little to list.
    const unit = /(?:%|cent)$/.test(value) ? null : /[- ]([a-z][a-z-]+)$/.exec(value);
    if (unit && (NOT_UNITS.has(unit[1]!) || STOPWORDS.has(unit[1]!)) && !/^years?$/.test(unit[1]!)) value = value.slice(0, unit.index);
    if (/^\d[\d,.]*$/.test(value)) continue;
    countInto(found, value, start);
  }
  return byImportance(found);
}
