import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { doc, PARAGRAPHS, URL_ } from './harbour-page';

describe('the lead image without og:image', () => {
  it('the article’s lead figure, which sits beside the body’s container and which Readability leaves out', () => {
    const page = doc(`<article><h1>Harbour board votes to dredge</h1><figure><img src="/img/harbour.jpg" alt="The harbour"><figcaption>The harbour at dawn.</figcaption></figure><div class="story-body">${PARAGRAPHS}</div></article>`);
    const result = extractArticle(page, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.html).not.toContain('harbour.jpg');
    expect(result.article.leadImage).toBe('https://paper.example/img/harbour.jpg');
  });

  it('no picture outside the article: a logo or an ad is no lead image', () => {
    const page = doc(`<header><figure><img src="/logo.png"></figure></header><article><h1>Harbour board votes</h1>${PARAGRAPHS}</article>`);
    const result = extractArticle(page, URL_);
    expect(result.ok && result.article.leadImage).toBeNull();
  });
});
