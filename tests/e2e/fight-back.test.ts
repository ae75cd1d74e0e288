import { describe, expect, it } from 'vitest';
import { setupLede } from './harness';

/**
 * Pages that fight back (issue #12), read in Chromium from the reader: the parts that only a live
 * page has (shadow roots built by the page's own script).
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
