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
    expect(result.article.excerpt).not.toMatch(/^By /);
    expect(result.article.excerpt).not.toBe(result.article.byline);
    expect(result.article.text.startsWith((result.article.excerpt ?? '').replace(/…$/, ''))).toBe(true);
  });
});
