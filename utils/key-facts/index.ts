import { extractEntities } from './entities';
import { pickPoints, scoreSentences } from './rank';
import { splitSentences } from './sentences';
import type { KeyFacts } from './types';
import { STOPWORDS, words } from './words';

export interface KeyFactsInput {
  /** Plain text, blocks separated by a blank line. */
  text: string;
  title?: string | null;
  /** The page's language tag, if it gives one ("en-US"). */
  lang?: string | null;
}

/** How many key points the popup shows, and how many the side panel and reader show. */
export const KEY_POINTS = 3;
export const MORE_POINTS = 5;

/**
 * Key facts of a plain-text article (issue #3): the sentences that carry the news, and for English
 * text who, where, when, how many and who said what. Pure and synchronous: the content script and
 * the Node tools call it alike.
 */
export function extractKeyFacts({ text, title, lang }: KeyFactsInput): KeyFacts {
  const sentences = splitSentences(text ?? '');
  const english = isEnglish(text ?? '', lang);
  const ranked = scoreSentences(sentences, { title, english });
  const more = pickPoints(ranked, MORE_POINTS);
  const keyPoints = pickPoints(more, KEY_POINTS).map((r) => r.sentence.text);
  const facts: KeyFacts = {
    keyPoints,
    morePoints: more.map((r) => r.sentence.text),
    people: [],
    organizations: [],
    places: [],
    dates: [],
    numbers: [],
    quotes: [],
    entitiesSupported: english,
  };
  return english ? { ...facts, ...extractEntities(text ?? '', sentences) } : facts;
}

/** How much of a text is read to guess its language, */
const LANGUAGE_SAMPLE_CHARS = 4000;
/** how few words are too few to guess, */
const MIN_LANGUAGE_SAMPLE_WORDS = 8;
/** and the share of English function words above which it is English: English prose runs about
 * 40% function words; name-heavy news leads still clear 15%. */
const MIN_ENGLISH_SHARE = 0.15;

/** The entity rules are English rules. Trust the page's language tag when it has one; else look
 * at how much of the text is English function words. */
export function isEnglish(text: string, lang?: string | null): boolean {
  if (lang && /^[a-z]{2,3}\b/i.test(lang)) return /^en\b/i.test(lang);
  const sample = words(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  if (sample.length < MIN_LANGUAGE_SAMPLE_WORDS) return false;
  let hits = 0;
  for (const w of sample) if (STOPWORDS.has(w)) hits++;
  return hits / sample.length >= MIN_ENGLISH_SHARE;
}
