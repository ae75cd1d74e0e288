/**
 * The generated library of the "library" bench section (scripts/bench/library.ts): articles of
 * about 1,000 words over a Zipf vocabulary, their tags, a Pocket CSV, and the searches timed in
 * Node and in Chromium. Deterministic: one seeded generator, drawn in the same order every run,
 * so every run builds the same library.
 */
import type { Article } from '../../../utils/article';

export const WORDS_PER_ARTICLE = 1_000;
export const VOCABULARY = 30_000;

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(5);
const SYLLABLES = 'ka to ri ne sa mo lu pe vi da gro sten bar mil ton quo zen har fel wis cor dan pul tri shan'.split(' ');

/** A vocabulary with natural-language word frequencies (Zipf), plus a few real words to find. */
export const vocabulary = Array.from({ length: VOCABULARY }, (_, i) => {
  let word = '';
  for (let n = 2 + (i % 3); n > 0; n--) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return `${word}${i % 7 === 0 ? '' : SYLLABLES[i % SYLLABLES.length]}`;
});
const zipfTotal = vocabulary.reduce((sum, _, i) => sum + 1 / (i + 1), 0);
const cumulative: number[] = [];
vocabulary.reduce((sum, _, i) => (cumulative[i] = sum + 1 / (i + 1) / zipfTotal), 0);

function word(): string {
  const r = rand();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}

export const REAL = ['pyongyang', 'semiconductor', 'parliament', 'earthquake', 'election', 'vaccine', 'inflation', 'wildfire'];

export function syntheticArticle(i: number): Article {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < WORDS_PER_ARTICLE) {
    const words = Array.from({ length: 60 + Math.floor(rand() * 80) }, word);
    if (rand() < 0.1) words[Math.floor(rand() * words.length)] = REAL[i % REAL.length]!;
    count += words.length;
    paragraphs.push(`${words.join(' ')}.`);
  }
  const text = paragraphs.join('\n\n');
  const title = Array.from({ length: 8 }, word).join(' ');
  return {
    url: `https://site${i % 200}.example/news/${i}`,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: `Site ${i % 200}`,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: paragraphs[0]!.slice(0, 200),
    leadImage: null,
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text,
    wordCount: count,
    readingMinutes: Math.ceil(count / 230),
  };
}

/** The tag timed as "a tag on 1 in 200 articles": the generated article `i` has it when
 * `i % 200 === 100` (one of every 200; the bench counts them in the table before timing). */
export const RARE_TAG = 'seldom';

/**
 * The tags of generated article `i`: every fifth article has a real word (1 in 40 articles each)
 * and one of `tag0`, `tag5` … `tag35` (`tag${i % 40}` with `i` a multiple of 5: 1 in 40 each),
 * and one in 200 also has RARE_TAG.
 */
export function tagsOf(i: number): string[] | null {
  if (i % 5 !== 0) return null;
  const tags = [REAL[i % REAL.length]!, `tag${i % 40}`];
  if (i % 200 === 100) tags.push(RARE_TAG);
  return tags;
}

/** Node has no DOM, so no DOMPurify here: its cost is the extraction bench's business. */
export const identity = (html: string) => html;

export function pocketCsv(rows: number): string {
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 0; i < rows; i++) {
    const title = Array.from({ length: 7 }, word).join(' ');
    const tags = i % 3 ? `news|${word()}` : '';
    lines.push(`"${title}",https://pocket${i % 300}.example/story/${i},${1_600_000_000 + i * 60},${i},${tags},${i % 4 ? 'unread' : 'archive'}`);
  }
  return lines.join('\n');
}

export const KINDS = ['word', 'prefix', 'typo', 'two'] as const;
export type Kind = (typeof KINDS)[number];

/** A list of timings for each kind of query. */
export const byKind = (): Record<Kind, number[]> => ({ word: [], prefix: [], typo: [], two: [] });

/** Typos: words the index does not hold, so each is matched by its near spellings in the
 * vocabulary slice of its first letter (p, s, p, e, e). */
export const TYPOS = ['pyongyagn', 'semiconducter', 'parlament', 'earthqake', 'electoin'];

/** The searches timed, in Node and in Chromium: whole words of every frequency, words being
 * typed (prefix), typos, two words. */
export const QUERIES: { q: string; kind: Kind }[] = (() => {
  const common = vocabulary.slice(0, 5);
  const middling = vocabulary.slice(500, 505);
  const rare = vocabulary.slice(20_000, 20_005);
  return [
    ...[...REAL.slice(0, 5), ...common, ...middling, ...rare].map((q) => ({ q, kind: 'word' as const })),
    ...[...REAL.slice(0, 5).map((w) => w.slice(0, 5)), ...middling.map((w) => w.slice(0, 4))].map((q) => ({ q, kind: 'prefix' as const })),
    ...TYPOS.map((q) => ({ q, kind: 'typo' as const })),
    ...[`${REAL[0]} ${middling[0]}`, `${common[1]} ${rare[1]}`, `${middling[2]} ${middling[3]}`].map((q) => ({ q, kind: 'two' as const })),
  ];
})();

export const KIND_NAMES: Record<Kind, string> = {
  word: 'whole words (rare to common)',
  prefix: 'word being typed (prefix)',
  typo: 'typos',
  two: 'two words',
};

/** Each typo is timed this many rounds: once cold (its letter's vocabulary slice not yet read),
 * then WARM_REPEATS times warm (the slice kept by the page). */
export const TYPO_ROUNDS = { node: 3, chromium: 2 } as const;
export const WARM_REPEATS = 2;
