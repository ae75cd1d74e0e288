import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { fixtureDocument, SEED_URL } from '../fixtures';

describe('the excerpt', () => {
  it('is the page description when it has one', () => {
    const result = extractArticle(fixtureDocument('news-page.html', SEED_URL), SEED_URL);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.excerpt).toMatch(/^Russian President Vladimir Putin has commended North Korea/);
  });

  it('is the opening paragraph, never the byline line, when the page has no description', () => {
    const url = 'https://news.example/lazy';
    const result = extractArticle(fixtureDocument('pages/lazy-images.html', url), url);
    if (!result.ok) throw new Error(result.message);
    const { excerpt, text, byline } = result.article;
    // The opening paragraph is longer than an excerpt: cut at a word, and marked as cut.
    expect(excerpt).toMatch(/^For a hundred and twelve years a keeper climbed the ninety-one steps of the Hällskär lighthouse .*\S…$/);
    expect(excerpt!.length).toBeLessThanOrEqual(301);
    expect(excerpt!.length).toBeGreaterThan(200);
    expect(text.startsWith(excerpt!.slice(0, -1))).toBe(true);
    expect(excerpt).not.toMatch(/^By /);
    expect(excerpt).not.toContain(byline!);
  });
});
