import { describe, expect, it } from 'vitest';
import { setupLede } from './harness';

/**
 * Pages that fight back (issue #12), read in Chromium from the reader: the parts that only a live
 * page has (shadow roots built by the page's own script; the next pages of an article, fetched by
 * the content script from the page's own origin).
 */
const suite = setupLede();

describe('a story rendered by web components', () => {
  it('the reader shows the text of the open shadow roots, slotted paragraphs in place, and no chrome', async () => {
    const { page, tabId } = await suite.openFixture('pages/web-components.html');
    const reader = await suite.lede.context.newPage();
    await reader.goto(suite.lede.extensionUrl(`reader.html?tab=${tabId}`));
    const body = reader.getByTestId('article-body');
    await body.waitFor();
    const paragraphs = await body.locator('p').allTextContents();
    expect(paragraphs.map((p) => p.split(' ').slice(0, 3).join(' '))).toEqual([
      'The river authority',
      'Engineers from three',
      'Residents of the',
      'The project cost',
      'The authority said',
    ]);
    expect(await body.textContent()).not.toMatch(/All rights reserved|font-family/);
    await reader.close();
    await page.close();
  });
});

describe('an article over three pages', () => {
  for (const [kind, first] of [['rel=next', 'rel-next-1.html'], ['a numbered pager', 'pager-1.html']] as const) {
    it(`with ${kind}: the reader shows the three pages in order, a note where each starts`, async () => {
      const { page, tabId } = await suite.openFixture(`pages/multi-page/${first}`);
      const reader = await suite.lede.context.newPage();
      await reader.goto(suite.lede.extensionUrl(`reader.html?tab=${tabId}`));
      const body = reader.getByTestId('article-body');
      await body.waitFor();
      const text = (await body.textContent()) ?? '';
      const at = [1, 2, 3].map((n) => text.indexOf(`On page ${n} of the report`));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      expect(await body.locator('a', { hasText: /Page \d of 3/ }).allTextContents()).toEqual(['Page 2 of 3', 'Page 3 of 3']);
      expect(text).not.toContain('The Harbour Paper');
      await reader.close();
      await page.close();
    });
  }
});
