import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupLede } from './harness';

/**
 * "This isn't the article?" (issue #12) in Chromium: on a page where Lede's extraction takes the
 * readers' letters with the story, the person picks the story on the page itself; the reader
 * shows it, and shows it again after the page is reloaded, without picking; forgetting the pick
 * gives Lede's own reading back.
 */
const suite = setupLede();
const PAGE = 'pages/wrong-extraction.html';
const STORY = ['The harbour council voted on Tuesday', 'The new timetable adds two boats', 'Councillors said the change'];
const LETTERS = 'Sir, I have crossed the harbour';

async function bodyText(reader: Page, accept: (text: string) => boolean): Promise<string> {
  const body = reader.getByTestId('article-body');
  await body.waitFor();
  let text = '';
  await expect.poll(async () => accept((text = (await body.textContent()) ?? '')), { timeout: 15_000 }).toBe(true);
  return text;
}

describe('picking the article by hand', () => {
  it('from the popup, with the keys: the reader shows the picked block, again after a reload, until the pick is forgotten', async () => {
    const { page, tabId } = await suite.openFixture(PAGE);
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    const opened = suite.lede.context.waitForEvent('page', { predicate: (p) => p.url().includes('reader.html'), timeout: 20_000 });
    await popup.getByTestId('pick-content').click();

    await page.waitForSelector('lede-picker', { state: 'attached' });
    await page.hover('.story-text p'); // outlines the paragraph under the pointer
    await page.keyboard.press('ArrowUp'); // the block around it: the story's text
    await page.keyboard.press('Enter');
    expect(await page.locator('lede-picker').count()).toBe(0);

    const reader = await opened;
    let text = await bodyText(reader, (t) => t.includes(STORY[0]!));
    for (const p of STORY) expect(text).toContain(p);
    expect(text).not.toContain(LETTERS);
    await expect.poll(() => reader.getByTestId('pick-note').count()).toBe(1);
    await reader.close();
    if (!popup.isClosed()) await popup.close();

    // The page again, as on a later visit: the pick is used with no picking.
    await page.reload();
    const again = await suite.lede.context.newPage();
    await again.goto(suite.lede.extensionUrl(`reader.html?tab=${tabId}`));
    text = await bodyText(again, (t) => t.includes(STORY[0]!));
    expect(text).not.toContain(LETTERS);

    // Forgotten: Lede's own reading, letters and all, in the same reader.
    await again.getByTestId('forget-pick').click();
    text = await bodyText(again, (t) => t.includes(LETTERS));
    expect(text).toContain(STORY[0]);
    expect(await again.getByTestId('pick-note').count()).toBe(0);
    expect(await again.getByTestId('pick-content').count()).toBe(1);
    await again.close();
    await page.close();
  });

  it('from the reader, with a click: the page is shown to pick on, then the same reader shows the pick; Esc gives up', async () => {
    const { page, tabId } = await suite.openFixture(PAGE);
    const reader = await suite.lede.context.newPage();
    await reader.goto(suite.lede.extensionUrl(`reader.html?tab=${tabId}`));
    await bodyText(reader, (t) => t.includes(LETTERS));

    // Esc: nothing picked, the reader as it was.
    await reader.getByTestId('pick-content').click();
    await page.waitForSelector('lede-picker', { state: 'attached' });
    await page.keyboard.press('Escape');
    expect(await page.locator('lede-picker').count()).toBe(0);
    expect(await bodyText(reader, (t) => t.includes(LETTERS))).toContain(LETTERS);

    // A click on a paragraph of the story makes that paragraph the article, and the page stays.
    await reader.getByTestId('pick-content').click();
    await page.waitForSelector('lede-picker', { state: 'attached' });
    const url = page.url();
    await page.click('.story-text p:nth-of-type(2)');
    expect(page.url()).toBe(url);
    const text = await bodyText(reader, (t) => !t.includes(LETTERS));
    expect(text.trim()).toMatch(new RegExp(`^${STORY[1]}`));
    expect(text).not.toContain(STORY[0]);

    await reader.getByTestId('forget-pick').click();
    await bodyText(reader, (t) => t.includes(LETTERS));
    await reader.close();
    await page.close();
  });
});
