import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { readRetryingStyles } from '../../../scripts/lib/dom';
import { join } from 'node:path';
import { CORPUS_URL, corpusIds, loadCorpusPage, sameByline, sameTitle } from '../../../scripts/lib/readability-pages';
import { FIXTURES } from '../fixtures';
import { LOW_RECALL, MIN_RECALL, NOT_ARTICLES, OTHER_BYLINES, OTHER_TITLES, recallOfText } from './expectations';

/** A page takes a second or two to parse and read in jsdom; the largest, under load, much more. */
const PAGE_TIMEOUT = 120_000;
/** The corpus has 130 pages: a test file reads every other one, so two workers share them. */
const DIR = join(FIXTURES, 'readability-pages', 'pages');
export const CORPUS_IDS = corpusIds(DIR);

/**
 * Readability's test pages as a test loop, as Readability's own test suite runs them: each page
 * read by Lede as the Node runner reads a page, then compared with what Readability is expected
 * to give. Every difference is listed, with its reason, in ./expectations.ts.
 */
export function describeCorpus(ids: string[]): void {
  describe.each(ids)('Readability test page %s', (id) => {
    it('is read as expected, or as ./expectations.ts says and why', { timeout: PAGE_TIMEOUT }, () => {
      const page = loadCorpusPage(id, DIR);
      const result = readRetryingStyles(page.source, CORPUS_URL, (doc) => {
        const read = extractArticle(doc, CORPUS_URL);
        doc.defaultView?.close();
        return read;
      });

      if (id in NOT_ARTICLES) {
        expect(result.ok, 'a fragment, not an article').toBe(false);
        return;
      }
      if (!result.ok) throw new Error(`not read as an article: ${result.message}`);
      const { article } = result;

      const recall = recallOfText(page.expectedText, article.text);
      const low = LOW_RECALL[id];
      if (low) {
        expect(recall, 'keeps at least what expectations.ts says').toBeGreaterThanOrEqual(low.atLeast);
        expect(recall, 'now keeps enough: take the page out of LOW_RECALL').toBeLessThan(MIN_RECALL);
      } else {
        expect(recall, 'share of the expected text kept').toBeGreaterThanOrEqual(MIN_RECALL);
      }

      const title = sameTitle(article.title, page.expected.title);
      expect(title, id in OTHER_TITLES ? 'now the expected title: take it out of OTHER_TITLES' : `title "${article.title}"`).toBe(!(id in OTHER_TITLES));
      if (page.expected.byline) {
        const byline = sameByline(article.byline, page.expected.byline);
        expect(byline, id in OTHER_BYLINES ? 'now the expected byline: take it out of OTHER_BYLINES' : `byline "${article.byline}"`).toBe(!(id in OTHER_BYLINES));
      }
    });
  });
}

/** Every id the tables name is a page of the corpus. */
export function describeTables(): void {
  it('names only pages of the corpus', () => {
    for (const table of [NOT_ARTICLES, LOW_RECALL, OTHER_TITLES, OTHER_BYLINES]) {
      for (const id of Object.keys(table)) expect(CORPUS_IDS).toContain(id);
    }
    expect(CORPUS_IDS).toHaveLength(130);
  });
}
