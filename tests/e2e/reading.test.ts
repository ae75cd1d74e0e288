import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { evaluateInTarget, setupLede } from './harness';

/**
 * The reading experience in Chromium (issue #10): the article on the first screen, settings that
 * apply live in every open Lede page and survive a reload, the reader's keys, and a
 * right-to-left article mirrored as a whole.
 */
const suite = setupLede();

/** The pages' off-site images answer with a picture of their declared size, as a real site would:
 * the first-screen checks then see the lead photo's height. */
async function servePictures(): Promise<void> {
  await suite.lede.context.route(
    (url) => url.hostname.endsWith('.example'),
    (route) =>
      route.fulfill({
        contentType: 'image/svg+xml',
        body: '<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="576"><rect width="1024" height="576" fill="#8899aa"/></svg>',
      }),
  );
}

async function openView(view: 'reader' | 'sidepanel', tabId: number, size: { width: number; height: number }): Promise<Page> {
  const page = await suite.lede.context.newPage();
  await page.setViewportSize(size);
  await page.goto(suite.lede.extensionUrl(`${view}.html?tab=${tabId}`));
  await page.getByTestId('article-body').waitFor();
  return page;
}

const bottomOf = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().bottom);
const setSettings = (settings: Record<string, unknown>) => suite.lede.worker.evaluate((s) => chrome.storage.sync.set({ settings: s }), settings);

describe('the article first', () => {
  it.each([
    ['reader', { width: 1280, height: 900 }],
    ['reader', { width: 390, height: 844 }],
    ['sidepanel', { width: 400, height: 800 }],
  ] as const)('%s at %o: the headline, the meta line and the first paragraph are on the first screen', async (view, size) => {
    await setSettings({});
    await servePictures();
    const { tabId } = await suite.openFixture('news-page.html');
    const page = await openView(view, tabId, size);
    await expect.poll(() => page.locator('.article-body img').first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await bottomOf(page, '[data-testid=article-title]')).toBeLessThanOrEqual(size.height);
    expect(await bottomOf(page, '[data-testid=reading-time]')).toBeLessThanOrEqual(size.height);
    const first = page.locator('[data-testid=article-body] p').first();
    expect(await first.textContent()).toContain('Russian President Vladimir Putin has commended North Korea');
    expect(await bottomOf(page, '[data-testid=article-body] p')).toBeLessThanOrEqual(size.height);
    // The key facts are there, beside the text on a wide screen, above it otherwise.
    const placement = await page.getByTestId('key-facts').getAttribute('data-placement');
    expect(placement).toBe(view === 'reader' && size.width >= 1200 ? 'margin' : 'inline');
    await page.close();
  });
});

describe('hierarchy', () => {
  it('the title dominates the text, a related title outweighs the line under it, controls share one size', async () => {
    await setSettings({});
    const { tabId } = await suite.openFixture('news-page.html');
    const reader = await openView('reader', tabId, { width: 1280, height: 900 });
    const px = (selector: string) => reader.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(await px('[data-testid=article-title]')).toBeGreaterThanOrEqual(1.6 * (await px('[data-testid=article-body] p')));
    expect(await px('.related-title')).toBeGreaterThan(await px('.related-meta'));
    expect(await px('.related-title')).toBeGreaterThan(await px('.related-why'));
    const controls = await reader.locator('.reader-bar button, .reader-bar summary').evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).fontSize))]);
    expect(controls).toEqual(['14px']);
    await reader.close();
  });
});

describe('settings', () => {
  it('theme and size changed in the reader apply at once in the open side panel, and survive a reload', async () => {
    await setSettings({});
    const { page, tabId } = await suite.openFixture('news-page.html');
    const popup = await suite.lede.context.newPage();
    await popup.goto(suite.lede.extensionUrl(`popup.html?tab=${tabId}`));
    await Promise.all([popup.waitForEvent('close'), popup.getByTestId('open-sidepanel').click()]);
    await suite.lede.worker.evaluate((id) => chrome.tabs.update(id, { active: true }), tabId);
    const panelState = `(() => document.querySelector('[data-testid=article-body]') && ({
      theme: document.documentElement.dataset.theme,
      size: getComputedStyle(document.documentElement).getPropertyValue('--body-size'),
    }))()`;
    expect(await evaluateInTarget(page, `sidepanel.html?tab=${tabId}`, panelState)).toEqual({ theme: expect.stringMatching(/^(light|dark)$/), size: '19px' });

    const reader = await openView('reader', tabId, { width: 1280, height: 900 });
    await reader.getByTestId('settings-open').click();
    await reader.getByTestId('settings-panel').waitFor();
    await reader.getByTestId('theme-sepia').click();
    await reader.getByTestId('font-larger').click();
    await reader.getByTestId('font-larger').click();
    expect(await reader.getByTestId('theme-sepia').getAttribute('aria-pressed')).toBe('true');
    expect(await reader.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    const bodySize = () => reader.getByTestId('article-body').evaluate((el) => getComputedStyle(el).fontSize);
    expect(await bodySize()).toBe('21px');

    const sepia = (value: unknown) => (value as { theme?: string } | null)?.theme === 'sepia';
    expect(await evaluateInTarget(page, `sidepanel.html?tab=${tabId}`, panelState, sepia)).toEqual({ theme: 'sepia', size: '21px' });

    await reader.reload();
    await reader.getByTestId('article-body').waitFor();
    expect(await reader.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');
    expect(await bodySize()).toBe('21px');
    await reader.close();
    await page.close();
  });

  it('Escape closes the settings panel and gives focus back to its button', async () => {
    const { tabId } = await suite.openFixture('news-page.html');
    const reader = await openView('reader', tabId, { width: 1280, height: 900 });
    await reader.getByTestId('settings-open').focus();
    await reader.keyboard.press('Enter');
    await reader.getByTestId('settings-panel').waitFor();
    expect(await reader.evaluate(() => !!document.activeElement?.closest('[data-testid=settings-panel]'))).toBe(true);
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.getByTestId('settings-panel').count()).toBe(0);
    await expect.poll(() => reader.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('settings-open');
    await reader.close();
  });
});

describe("the reader's keys", () => {
  it('j and k step through paragraphs, + - and Ctrl/Cmd +/- change the size, t the theme, ? lists the keys, s opens the settings', async () => {
    await setSettings({ theme: 'light' });
    const { tabId } = await suite.openFixture('news-page.html');
    const reader = await openView('reader', tabId, { width: 1280, height: 900 });
    const focused = () => reader.evaluate(() => (document.activeElement?.closest('[data-testid=article-body]') ? document.activeElement.textContent?.slice(0, 40) : null));
    await reader.keyboard.press('j');
    const first = await focused();
    expect(first).toBeTruthy();
    await reader.keyboard.press('j');
    await expect.poll(focused).not.toBe(first);
    const second = await focused();
    await reader.keyboard.press('k');
    await expect.poll(focused).not.toBe(second);

    const size = () => reader.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--body-size'));
    await reader.keyboard.press('+');
    await expect.poll(size).toBe('20px');
    await reader.keyboard.press('Control+Equal');
    await expect.poll(size).toBe('21px');
    await reader.keyboard.press('-');
    await reader.keyboard.press('Control+Minus');
    await expect.poll(size).toBe('19px');
    await reader.keyboard.press('Control+Equal');
    await reader.keyboard.press('Control+Digit0');
    await expect.poll(size).toBe('19px');
    // The browser's own zoom did not happen: the page is at 100%.
    expect(await reader.evaluate(() => Math.round(window.outerWidth / window.innerWidth * 100) || 100)).toBe(100);

    await reader.keyboard.press('t');
    await expect.poll(() => reader.evaluate(() => document.documentElement.dataset.theme)).toBe('sepia');

    await reader.keyboard.press('Shift+Slash');
    await reader.getByTestId('keyboard-help').waitFor();
    expect(await reader.getByTestId('keyboard-help').textContent()).toContain('Next paragraph');
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.getByTestId('keyboard-help').count()).toBe(0);

    await reader.keyboard.press('s');
    await reader.getByTestId('settings-panel').waitFor();
    await reader.keyboard.press('Escape');
    await expect.poll(() => reader.getByTestId('settings-panel').count()).toBe(0);
    await reader.close();
  });
});

describe('every language', () => {
  it('a right-to-left article mirrors the whole view: key facts, quote rule, reading-time phrase', async () => {
    await setSettings({});
    const { tabId } = await suite.openFixture('pages/rtl-article.html');
    const reader = await openView('reader', tabId, { width: 390, height: 844 });
    const view = reader.locator('article.article-view');
    expect(await view.getAttribute('dir')).toBe('rtl');
    expect(await view.getAttribute('lang')).toBe('ar');
    expect(await reader.getByTestId('key-facts').evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    // The quote's rule is on its right, where an Arabic line starts.
    const rule = await reader.locator('.article-body blockquote').evaluate((el) => {
      const style = getComputedStyle(el);
      return { right: style.borderRightWidth, left: style.borderLeftWidth };
    });
    expect(rule).toEqual({ right: '3px', left: '0px' });
    // The text starts at the right edge of its column.
    const edges = await reader.locator('.article-body p').first().evaluate((p) => {
      const range = document.createRange();
      range.setStart(p.firstChild!, 0);
      range.setEnd(p.firstChild!, 1);
      return { char: range.getBoundingClientRect().right, column: p.getBoundingClientRect().right };
    });
    expect(edges.column - edges.char).toBeLessThan(2);
    // "1 min read" reads left to right as one phrase ("min read 1" was the bug).
    const phrase = await reader.getByTestId('reading-time').evaluate((el) => {
      const text = el.firstChild!;
      const at = (from: number, to: number) => {
        const range = document.createRange();
        range.setStart(text, from);
        range.setEnd(text, to);
        return range.getBoundingClientRect().left;
      };
      return { text: el.textContent, digitBeforeWord: at(0, 1) < at(2, 5) };
    });
    expect(phrase).toEqual({ text: '1 min read', digitBeforeWord: true });
    await reader.close();
  });

  it('Korean wraps between words, never inside one ("공적/인" was the bug)', async () => {
    const { tabId } = await suite.openFixture('pages/korean-article.html');
    const reader = await openView('reader', tabId, { width: 390, height: 844 });
    const body = reader.getByTestId('article-body');
    expect(await body.getAttribute('lang')).toBe('ko');
    expect(await body.evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    // Every line of the paragraph ends at a space: each word's characters sit on one line.
    const brokenWords = await body.locator('p').nth(2).evaluate((p) => {
      // The paragraph's characters, each with its text node (key-sentence marks split them).
      const chars: [Text, number][] = [];
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) chars.push([node, i]);
      }
      const lineOf = (i: number) => {
        const [node, offset] = chars[i]!;
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + 1);
        return Math.round(range.getBoundingClientRect().top);
      };
      const words = [...(p.textContent ?? '').matchAll(/\S+/g)];
      return words.filter((w) => lineOf(w.index!) !== lineOf(w.index! + w[0].length - 1)).map((w) => w[0]);
    });
    expect(brokenWords).toEqual([]);
    await reader.close();
  });
});
