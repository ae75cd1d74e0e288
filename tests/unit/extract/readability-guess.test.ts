import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { CORPUS_URL, loadCorpusPage } from '../../../scripts/lib/readability-pages';
import { FIXTURES } from '../fixtures';

/** When Readability only guesses (utils/extract/index.ts, `parseArticle`). */
const attemptsOf = (html: string) => {
  const reader = new Readability(new JSDOM(html, { url: CORPUS_URL }).window.document);
  reader.parse();
  return (reader as unknown as { _attempts: unknown[] })._attempts;
};

describe('Readability’s guess', () => {
  it('Readability 0.6 keeps its retries in _attempts, which Lede reads: none on a clear article, some on a hard page', () => {
    const paragraph = '<p>The harbour board voted on Thursday to dredge the inner channel, after a long public consultation with the town and its fishermen.</p>';
    expect(attemptsOf(`<article>${paragraph.repeat(8)}</article>`)).toEqual([]);
    expect(attemptsOf('<div><p>Too short to be sure of.</p></div>').length).toBeGreaterThan(0);
  });

  it('Readability 0.6 keeps the byline it found in the page apart (_articleByline), which Lede reads: not the metadata’s', () => {
    const paragraph = '<p>The harbour board voted on Thursday to dredge the inner channel, after a long public consultation with the town and its fishermen.</p>';
    const stateOf = (head: string) => {
      const reader = new Readability(new JSDOM(`<head>${head}</head><body><article><p class="byline">Jane Doe</p>${paragraph.repeat(8)}</article></body>`, { url: CORPUS_URL }).window.document);
      const byline = reader.parse()?.byline;
      return { byline, pageByline: (reader as unknown as { _articleByline: string | null })._articleByline };
    };
    expect(stateOf('')).toEqual({ byline: 'Jane Doe', pageByline: 'Jane Doe' });
    expect(stateOf('<meta name="author" content="John Roe">')).toEqual({ byline: 'John Roe', pageByline: null });
  });

  it('a post made of link lists with a reader’s comment under it: the post, not the comment', () => {
    // Readability's first passes clean the lists away; its last pass guesses, and on the copy
    // Lede prepares (chrome removed) the guess lands on the comment.
    const page = loadCorpusPage('firefox-nightly-blog', join(FIXTURES, 'readability-pages', 'pages'));
    const result = extractArticle(new JSDOM(page.source, { url: CORPUS_URL }).window.document, CORPUS_URL);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain('Here’s our Firefox Year in Review!');
    expect(result.article.text).toContain('DevTools and Marionette are now fully Fission compatible!');
    // The untouched page's guess is the whole post with its comments, as Readability's own is.
    expect(result.article.text.split('\n\n')[0]).toBe('Highlights');
  });
});
