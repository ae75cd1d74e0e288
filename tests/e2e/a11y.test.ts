import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, structure } from './axe';
import { setupLede } from './harness';

/**
 * Accessible to everyone (issue #10): axe-core finds no critical or serious violation in the
 * popup, the side panel, the reader in every theme (and with its panels open, and in forced
 * colours) and the library; the keyboard reaches and works every control, with a focus you can
 * see. Run with LEDE_AXE_LOG=1 to see the moderate and minor findings too.
 */

const suite = setupLede();
let tabId: number;

const THEMES = ['system', 'light', 'sepia', 'dark', 'black', 'contrast'] as const;
/** How many Tab presses the focus check follows: more than the seed's reader has stops (about
 * 15: bar, links, key facts), so every control is seen, some twice as focus wraps around. */
const TABS_CHECKED = 25;
/** The settings panel's controls after its close button: themes, type, layout, reset. */
const SETTINGS_CONTROLS = 18;

beforeAll(async () => {
  ({ tabId } = await suite.openFixture('news-page.html'));
});

async function open(path: string, width: number, height: number): Promise<Page> {
  const page = await suite.lede.context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(suite.lede.extensionUrl(path));
  return page;
}

/** Sets the theme in synced storage, as the settings panel does, and waits for `page` to apply it. */
async function setTheme(page: Page, theme: string, resolved = theme): Promise<void> {
  await suite.lede.worker.evaluate((value) => chrome.storage.sync.set({ settings: { theme: value } }), theme);
  await page.locator(`html[data-theme-setting="${theme}"][data-theme="${resolved}"]`).waitFor({ state: 'attached' });
}

/** The axe report, and the landmark and image rules axe does not check page-wide. Soft: a
 * finding is reported and the test goes on, so one run lists them all and no panel stays open. */
async function expectAccessible(page: Page, label: string): Promise<void> {
  expect.soft(await audit(page, label)).toBe('');
  const { mains, imagesWithoutAlt } = await structure(page);
  expect.soft(mains, `${label}: main landmarks`).toBe(1);
  expect.soft(imagesWithoutAlt, `${label}: article images without alt`).toEqual([]);
}

/** Puts the keyboard at the page's start, as if it had just loaded: blur() alone would not, Tab
 * would go on from where focus was (the sequential focus navigation starting point). */
function focusPageStart(page: Page): Promise<void> {
  return page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    document.body.prepend(start);
    start.focus();
    start.addEventListener('blur', () => start.remove());
  });
}

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** Presses Tab until the element with `testId` has focus (at most `limit` times). */
async function tabTo(page: Page, testId: string, limit = 10): Promise<void> {
  for (let i = 0; i < limit && (await activeTestId(page)) !== testId; i++) await page.keyboard.press('Tab');
  expect(await activeTestId(page)).toBe(testId);
}

/** Tabs through `count` stops (from the page's start, or from where focus is) and returns those
 * with no visible focus indicator: no outline and no box shadow, on the element or (a hidden
 * file input) the label drawn for it. */
async function focusWithoutIndicator(page: Page, count: number, fromStart = true): Promise<string[]> {
  if (fromStart) await focusPageStart(page);
  const missing: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const shown = (node: Element) => {
        const style = getComputedStyle(node);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      };
      const label = el.closest('.button-like');
      const name = `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      return shown(el) || (label && shown(label)) ? '' : name;
    });
    if (found) missing.push(found);
  }
  return missing;
}

describe('accessibility on the seed article, in Chromium', () => {
  it('the popup, before and after saving the article', async () => {
    const popup = await open(`popup.html?tab=${tabId}`, 380, 600);
    await popup.getByTestId('save-article').waitFor();
    await expectAccessible(popup, 'popup');
    await popup.getByTestId('save-article').click();
    await popup.getByTestId('saved-indicator').waitFor();
    await expectAccessible(popup, 'popup, saved');
    await popup.close();
  });

  it('the side panel page', async () => {
    const panel = await open(`sidepanel.html?tab=${tabId}`, 400, 800);
    await panel.getByTestId('article-body').waitFor();
    await expectAccessible(panel, 'side panel');
    await panel.close();
  });

  describe('the reader', () => {
    let reader: Page;
    beforeAll(async () => {
      reader = await open(`reader.html?tab=${tabId}`, 1280, 900);
      await reader.getByTestId('article-body').waitFor();
      await reader.getByTestId('key-facts').waitFor();
    });

    for (const theme of THEMES) {
      it(`in the ${theme} theme`, async () => {
        await setTheme(reader, theme, theme === 'system' ? 'light' : theme);
        await expectAccessible(reader, `reader, ${theme}`);
      });
    }

    it('in the system theme with a dark system scheme', async () => {
      await reader.emulateMedia({ colorScheme: 'dark' });
      await setTheme(reader, 'system', 'dark');
      await expectAccessible(reader, 'reader, system (dark)');
      await reader.emulateMedia({ colorScheme: 'light' });
    });

    for (const theme of ['light', 'dark']) {
      it(`with the settings panel and the keys open, in ${theme}`, async () => {
        await setTheme(reader, theme);
        await reader.getByTestId('settings-open').click();
        await reader.getByTestId('settings-panel').waitFor();
        await expectAccessible(reader, `reader settings, ${theme}`);
        await reader.keyboard.press('Escape');
        await reader.getByTestId('settings-panel').waitFor({ state: 'detached' });

        await reader.getByTestId('keyboard-help-open').click();
        await reader.getByTestId('keyboard-help').waitFor();
        await expectAccessible(reader, `reader keys, ${theme}`);
        await reader.keyboard.press('Escape');
        await reader.getByTestId('keyboard-help').waitFor({ state: 'detached' });
      });
    }

    it('in forced colours, with less motion', async () => {
      await setTheme(reader, 'light');
      await reader.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
      await expectAccessible(reader, 'reader, forced colours');
      // The key sentences keep their meaning in the system's Mark colour, not a theme's; with
      // less motion (base.css), a transition the page would run lasts no time, scrolling jumps.
      const found = await reader.evaluate(() => {
        const probe = document.body.appendChild(document.createElement('span'));
        probe.style.cssText = 'background: Mark; forced-color-adjust: none; transition: opacity 1s; scroll-behavior: smooth';
        const style = getComputedStyle(probe);
        const mark = getComputedStyle(document.querySelector('mark.key-sentence')!);
        const result = { mark: mark.backgroundColor === style.backgroundColor, image: mark.backgroundImage, transition: style.transitionDuration, scroll: style.scrollBehavior };
        probe.remove();
        return result;
      });
      expect(found).toEqual({ mark: true, image: 'none', transition: '0s', scroll: 'auto' });
      await reader.emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
    });

    it('opens the settings from the keyboard, and Escape gives focus back to their button', async () => {
      await focusPageStart(reader);
      await tabTo(reader, 'settings-open');
      await reader.keyboard.press('Enter');
      await reader.getByTestId('settings-panel').waitFor();
      expect(await reader.evaluate(() => !!document.activeElement?.closest('[data-testid=settings-panel]'))).toBe(true);
      await reader.keyboard.press('Escape');
      await reader.getByTestId('settings-panel').waitFor({ state: 'detached' });
      await expect.poll(() => activeTestId(reader)).toBe('settings-open');

      await reader.keyboard.press('Tab');
      expect(await activeTestId(reader)).toBe('keyboard-help-open');
      await reader.keyboard.press('Enter');
      await reader.getByTestId('keyboard-help').waitFor();
      await reader.keyboard.press('Escape');
      await reader.getByTestId('keyboard-help').waitFor({ state: 'detached' });
      await expect.poll(() => activeTestId(reader)).toBe('keyboard-help-open');
    });

    it('shows where the focus is on every control the keyboard reaches, in the settings too', async () => {
      expect(await focusWithoutIndicator(reader, TABS_CHECKED)).toEqual([]);
      await reader.getByTestId('settings-open').click();
      await reader.getByTestId('settings-panel').waitFor(); // focus is on its first control
      expect(await focusWithoutIndicator(reader, SETTINGS_CONTROLS, false)).toEqual([]);
      await reader.keyboard.press('Escape');
    });
  });

  describe('the library, with the seed article saved', () => {
    let library: Page;
    beforeAll(async () => {
      library = await open('library.html', 1280, 900);
      await library.getByTestId('library-item').waitFor();
    });

    it('passes the audit, and with its Export menu open', async () => {
      await expectAccessible(library, 'library');
      await library.getByTestId('library-export').click();
      await library.getByTestId('export-json').waitFor();
      await expectAccessible(library, 'library, Export menu open');
      await library.keyboard.press('Escape');
      await library.getByTestId('export-json').waitFor({ state: 'detached' });
    });

    it('opens the Export menu with Enter, moves through it with the arrows, and Escape closes it', async () => {
      await focusPageStart(library);
      await tabTo(library, 'library-export');
      await library.keyboard.press('Enter');
      await expect.poll(() => activeTestId(library)).toBe('export-json');
      expect(await library.getByTestId('library-export').getAttribute('aria-expanded')).toBe('true');
      await library.keyboard.press('ArrowDown');
      expect(await activeTestId(library)).toBe('export-markdown');
      await library.keyboard.press('End');
      expect(await activeTestId(library)).toBe('export-epub');
      await library.keyboard.press('ArrowDown'); // wraps around
      expect(await activeTestId(library)).toBe('export-json');
      await library.keyboard.press('ArrowUp');
      expect(await activeTestId(library)).toBe('export-epub');
      await library.keyboard.press('Escape');
      await library.getByTestId('export-json').waitFor({ state: 'detached' });
      expect(await activeTestId(library)).toBe('library-export');
      expect(await library.getByTestId('library-export').getAttribute('aria-expanded')).toBe('false');

      // Tab closes it and moves on as from the button; a click elsewhere closes it too.
      await library.keyboard.press('ArrowDown');
      await expect.poll(() => activeTestId(library)).toBe('export-json');
      await library.keyboard.press('Tab');
      await library.getByTestId('export-json').waitFor({ state: 'detached' });
      expect(await activeTestId(library)).toBe('shelf-all');
      await library.getByTestId('library-export').click();
      await library.getByTestId('export-json').waitFor();
      await library.locator('h1').click();
      await library.getByTestId('export-json').waitFor({ state: 'detached' });
    });

    it('shows where the focus is on every control the keyboard reaches', async () => {
      expect(await focusWithoutIndicator(library, TABS_CHECKED)).toEqual([]);
    });
  });
});
