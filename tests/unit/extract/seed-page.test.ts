import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { fixtureDocument, SEED_URL } from '../fixtures';

const seed = () => fixtureDocument('news-page.html', SEED_URL);

/** Every paragraph of the seed article, as the scraped seed text has them. */
const PARAGRAPH_STARTS = [
  'Russian President Vladimir Putin has commended North Korea',
  'Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.',
  'The leaders last met in September at a spaceport',
  'In a letter published in North Korean state media',
  'In an article in North Korea’s Rodong Sinmun',
  'The U.S. expressed concern about the growing ties',
  'A parade in Kim Il Sung Square is expected',
  'Putin may stay at the Kumsusan guesthouse',
  'He will be accompanied by his new defense minister',
  'Kim Jong Un recently described ties with Russia',
  'During their last meeting, Putin mentioned potential military cooperation',
  'The White House expressed concern about the growing ties',
  'John Nilsson-Wright from Cambridge University noted',
  'In 2000, Putin met Kim Jong Il',
  'Washington and Seoul claim North Korea supplies Moscow',
  'After visiting North Korea, Putin is to visit Vietnam',
];

const CHROME = [
  'We use cookies',
  'Accept all',
  'Contact Us',
  'Entertainment',
  'Facebook',
  'WhatsApp',
  'Share via Email',
  'Read Also', // Readability drops this one by itself: Lede's own rules are tested in read-also.test.ts
  'Mexico Elects Claudia Sheinbaum',
  'Related Articles',
  'Kim Jong Un Meets Putin At Russia',
  'US Sanctions Firms',
  'Trending Now',
  'Summer Blockbusters',
  'Get the morning briefing',
  'Sign up for our newsletter',
  'Subscribe',
  'Leave a Reply',
  'Post Comment',
  'Privacy Policy',
  'All rights reserved',
  'Back to top button',
  'Advertisement',
  'Previous Article',
  '1,204 views',
];

describe('extractArticle on the seed page', () => {
  it('reads the headline and metadata', () => {
    const result = extractArticle(seed(), SEED_URL);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { article } = result;
    expect(article.title).toBe('Putin To Make His First Trip To North Korea In 24 Years');
    expect(article.byline).toBe('Daily Ledger Staff');
    expect(article.siteName).toBe('The Daily Ledger');
    expect(article.publishedTime).toBe('2024-06-17T09:12:00+00:00');
    expect(article.lang).toBe('en-US');
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(article.wordCount).toBeGreaterThan(350);
    expect(article.leadImage).toContain('putin-kim');
  });

  it('keeps every paragraph and the subheading, each as its own block', () => {
    const result = extractArticle(seed(), SEED_URL);
    if (!result.ok) throw new Error(result.message);
    const blocks = result.article.text.split('\n\n');
    for (const start of PARAGRAPH_STARTS) {
      expect(blocks.some((block) => block.startsWith(start)), start).toBe(true);
    }
    expect(blocks).toContain('The White House');
    expect(result.article.html).toMatch(/<h\d[^>]*>The White House<\/h\d>/);
  });

  it('drops all of the page chrome', () => {
    const result = extractArticle(seed(), SEED_URL);
    if (!result.ok) throw new Error(result.message);
    for (const text of CHROME) {
      expect(result.article.text, text).not.toContain(text);
      expect(result.article.html, text).not.toContain(text);
    }
  });

  it('leaves the page it was given untouched', () => {
    const doc = seed();
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, SEED_URL);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
