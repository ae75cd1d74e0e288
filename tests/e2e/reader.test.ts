import { describe, expect, it } from 'vitest';
import { evaluateInTarget, setupLede } from './harness';

const suite = setupLede();

const openSeed = () => suite.openFixture('news-page.html');

describe('on the seed page, in Chromium', () => {
  it('the popup shows title, byline and reading time', async () => {
    const { tabId } = await openSeed();
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    await expect.poll(() => popup.getByTestId('article-title').textContent()).toBe(
      'Putin To Make His First Trip To North Korea In 24 Years',
    );
    expect(await popup.getByTestId('article-byline').textContent()).toBe('Daily Ledger Staff');
    expect(await popup.getByTestId('article-site').textContent()).toBe('The Daily Ledger');
    expect(await popup.getByTestId('reading-time').textContent()).toMatch(/^\d+ min read$/);
    await popup.close();
  });

  it('the reader shows the clean body, and the popup button opens it', async () => {
    const { tabId } = await openSeed();
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    const [reader] = await Promise.all([
      suite.lede.context.waitForEvent('page', (p) => p.url().includes('/reader.html')),
      popup.getByTestId('open-reader').click(),
    ]);
    const body = reader.getByTestId('article-body');
    await body.waitFor();
    const text = (await body.textContent()) ?? '';
    expect(text).toContain('Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.');
    expect(text).toContain('After visiting North Korea, Putin is to visit Vietnam');
    expect(text).not.toContain('Read Also');
    expect(text).not.toContain('Back to top');
    expect(await reader.locator('.article-body script').count()).toBe(0);
    expect(await reader.getByTestId('original-link').getAttribute('href')).toBe(suite.server.url('news-page.html'));
    await reader.close();
  });

  it('the side-panel button opens the panel with the article', async () => {
    const { page, tabId } = await openSeed();
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    await Promise.all([
      popup.waitForEvent('close'), // the popup closes itself once the panel is open
      popup.getByTestId('open-sidepanel').click(), // a user gesture, as sidePanel.open() demands
    ]);
    // A tab's panel shows while its tab is active; here the popup was a tab of its own.
    await suite.lede.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
    const panel = await evaluateInTarget<{ title: string; body: string } | null>(
      page,
      `sidepanel.html?tab=${tabId}`,
      `(() => {
        const title = document.querySelector('[data-testid=article-title]');
        const body = document.querySelector('[data-testid=article-body]');
        return title && body ? { title: title.textContent, body: body.textContent } : null;
      })()`,
    );
    expect(panel?.title).toBe('Putin To Make His First Trip To North Korea In 24 Years');
    expect(panel?.body).toContain('Washington and Seoul claim North Korea supplies Moscow');
  });
});
