import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ERRORS_KEY } from '../../utils/test-errors';
import { assertNoRecordedErrors, FIREFOX_BUILD, serveFixtures, takeRecordedErrors, type FixtureServer } from './harness';
import { findProblems, WELL_FORMED, xssArticle } from './xss-page';

/**
 * Smoke test of the Firefox build (`npm run build:e2e` → firefox-mv2-e2e) in Debian's firefox-esr,
 * driven over WebDriver BiDi by puppeteer-core: the extension installs (temporarily, as from
 * about:debugging), injects its content script into a page served on loopback and shows the
 * article in its popup and reader pages, and saves it to a library that finds it.
 */

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const ADDON_ID = 'lede@lede.example'; // browser_specific_settings.gecko.id in wxt.config.ts
// Firefox gives each install a random moz-extension:// host; this pref fixes it, so the test
// can open the extension's pages by URL.
const UUID = randomUUID();
const extensionUrl = (path: string) => `moz-extension://${UUID}/${path}`;

let server: FixtureServer;
let xssServer: FixtureServer;
let xssDir: string;
let browser: Browser;
let profile: string;

beforeAll(async () => {
  if (!existsSync(join(FIREFOX_BUILD, 'manifest.json'))) throw new Error('run `npm run build:e2e` first');
  server = await serveFixtures();
  xssDir = mkdtempSync(join(tmpdir(), 'lede-xss-'));
  writeFileSync(join(xssDir, 'xss-article.html'), xssArticle());
  xssServer = await serveFixtures(xssDir);
  profile = mkdtempSync(join(tmpdir(), 'lede-firefox-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    // WebDriver BiDi navigates only to http(s), file and blob URLs unless told it may reach the
    // browser's own pages; the extension's moz-extension:// pages count as those.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      // No network of the browser's own either: updates, telemetry, the home page's feeds.
      'app.update.enabled': false,
      'browser.newtabpage.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  const id = await browser.installExtension(FIREFOX_BUILD);
  expect(id).toBe(ADDON_ID);
});

// Puppeteer hears nothing of the console of moz-extension:// pages: the e2e build records their
// errors, and the background's, in storage.local (utils/test-errors.ts), read here after each test.
afterEach(async () => {
  if (!browser) return;
  const reader = await openExtensionPage('popup.html?tab=0');
  try {
    assertNoRecordedErrors(await reader.evaluate(takeRecordedErrors, TEST_ERRORS_KEY));
  } finally {
    await reader.close();
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await xssServer?.close();
  if (xssDir) rmSync(xssDir, { recursive: true, force: true });
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/**
 * Opens one of the extension's pages in a tab. Firefox loads moz-extension:// pages in a process
 * of their own, and puppeteer never sees such a navigation finish (the frame is swapped), so the
 * navigation is not awaited: the caller waits for what the page renders instead.
 */
async function openExtensionPage(path: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(extensionUrl(path)).catch(() => undefined); // "frame detached" once it has loaded
  // Polled by hand: while the frame is being swapped, evaluating in it can fail outright.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const rendered = await page.evaluate(() => location.protocol === 'moz-extension:' && !!document.querySelector('#app > *')).catch(() => false);
    if (rendered) return page;
    if (Date.now() > deadline) throw new Error(`${path} did not render`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** `url` in a new tab, with the extension's id for that tab (asked from an extension page). */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.newPage();
  await page.goto(url);
  const asker = await openExtensionPage('popup.html?tab=0');
  const id = await asker.evaluate(async (u: string) => {
    const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
    const tabs = await ext.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  await asker.close();
  if (id === null) throw new Error(`no tab for ${url}`);
  return { page, tabId: id };
}

async function textOf(page: Page, testId: string): Promise<string> {
  const handle = await page.waitForSelector(`[data-testid=${testId}]`, { timeout: 30_000 });
  return (await handle!.evaluate((el) => el.textContent)) ?? '';
}

/** Waits until `predicate` is true in `page`, asking it every 50 ms. Not Puppeteer's
 * waitForFunction: in Firefox it builds its poller with Function(), which an extension page's
 * CSP blocks (firefox-esr 140). */
async function until(page: Page, predicate: () => boolean, timeout = 30_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${predicate.toString()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the Firefox build, in firefox-esr', () => {
  it('extracts the seed article: popup, reader and sidebar pages show it', async () => {
    const { tabId } = await openTab(server.url('news-page.html'));

    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    expect(await textOf(popup, 'article-title')).toBe('Putin To Make His First Trip To North Korea In 24 Years');
    expect(await textOf(popup, 'article-byline')).toBe('Daily Ledger Staff');
    expect(await textOf(popup, 'reading-time')).toMatch(/^\d+ min read$/);
    await popup.close();

    const reader = await openExtensionPage(`reader.html?tab=${tabId}`);
    const body = await textOf(reader, 'article-body');
    expect(body).toContain('Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.');
    expect(body).not.toContain('Read Also');
    expect(await reader.$$eval('[data-testid=article-body] script', (els) => els.length)).toBe(0);
    await reader.close();

    // The sidebar's page (sidebar_action: opening the sidebar itself takes a user gesture).
    const sidebar = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    expect(await textOf(sidebar, 'article-title')).toBe('Putin To Make His First Trip To North Korea In 24 Years');
    await sidebar.close();
  });

  it('saves the seed article to the library, which lists it and finds it by a word and by a typo', async () => {
    const { page: article, tabId } = await openTab(server.url('news-page.html'));
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    await (await popup.waitForSelector('[data-testid=save-article]', { timeout: 30_000 }))!.click();
    expect(await textOf(popup, 'saved-indicator')).toBe('Saved');
    await popup.close();

    const library = await openExtensionPage('library.html');
    expect(await textOf(library, 'library-item')).toContain('Putin To Make His First Trip To North Korea In 24 Years');
    for (const query of ['Pyongyang', 'pyongyanf']) {
      await library.$eval('[data-testid=library-search]', (input, q) => {
        (input as HTMLInputElement).value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, query);
      await library.waitForSelector(`[data-testid=library-count][data-query=${query}]`, { timeout: 30_000 });
      expect(await textOf(library, 'library-count')).toBe('1 found');
    }
    await library.close();
    await article.close();
  });

  it('the settings panel works in the sidebar: a theme and a size apply at once and survive a reload', async () => {
    const { page, tabId } = await openTab(server.url('news-page.html'));
    const sidebar = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await (await sidebar.waitForSelector('[data-testid=settings-open]', { timeout: 30_000 }))!.click();
    await sidebar.waitForSelector('[data-testid=settings-panel]');
    await (await sidebar.waitForSelector('[data-testid=theme-dark]'))!.click();
    await (await sidebar.waitForSelector('[data-testid=font-larger]'))!.click();
    const state = () =>
      sidebar.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        size: getComputedStyle(document.documentElement).getPropertyValue('--body-size'),
      }));
    await until(sidebar, () => document.documentElement.dataset.theme === 'dark');
    expect(await state()).toEqual({ theme: 'dark', size: '20px' });
    // Escape closes the panel.
    await sidebar.keyboard.press('Escape');
    await until(sidebar, () => !document.querySelector('[data-testid=settings-panel]'));
    await sidebar.close();
    const again = await openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await until(again, () => document.documentElement.dataset.theme === 'dark' && !!document.querySelector('[data-testid=article-body]'));
    expect(await again.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--body-size'))).toBe('20px');
    await again.close();
    await page.close();
  });

  it('says plainly when a page is not an article', async () => {
    const { tabId } = await openTab(server.url('pages/home-page.html'));
    const popup = await openExtensionPage(`popup.html?tab=${tabId}`);
    expect(await textOf(popup, 'not-article-message')).toMatch(/home, section or search page/);
    await popup.close();
  });

  // Issue #12's live-page parts in Gecko: shadow roots made by the page's script, the next pages
  // of an article fetched from its own origin, posts embedded from social networks.
  it('reads pages that fight back: web components, an article over three pages, embedded posts', async () => {
    const components = await openTab(server.url('pages/web-components.html'));
    let reader = await openExtensionPage(`reader.html?tab=${components.tabId}`);
    let text = await textOf(reader, 'article-body');
    for (const start of ['The river authority', 'Engineers from three', 'The authority said']) expect(text).toContain(start);
    await reader.close();
    await components.page.close();

    const pages = await openTab(server.url('pages/multi-page/rel-next-1.html'));
    reader = await openExtensionPage(`reader.html?tab=${pages.tabId}`);
    text = await textOf(reader, 'article-body');
    const at = [1, 2, 3].map((n) => text.indexOf(`On page ${n} of the report`));
    expect(at.every((i) => i >= 0) && at[0]! < at[1]! && at[1]! < at[2]!).toBe(true);
    await reader.close();
    await pages.page.close();

    const posts = await openTab(server.url('pages/embedded-posts.html'));
    reader = await openExtensionPage(`reader.html?tab=${posts.tabId}`);
    text = await textOf(reader, 'article-body');
    expect(text).toContain('X: x.com/i/status/1790000000000000001');
    expect(text).toContain('Ferries are cancelled until further notice.');
    await reader.close();
    await posts.page.close();
  });

  it('renders the XSS payloads of the sanitizer tests as harmless HTML (Gecko parses its own way)', async () => {
    const { page, tabId } = await openTab(xssServer.url('xss-article.html'));
    const reader = await openExtensionPage(`reader.html?tab=${tabId}`);
    const text = await textOf(reader, 'article-body');
    expect(text).toContain('Canary: the first paragraph of the article');
    expect(text).toContain(`(${WELL_FORMED}: `);
    expect(await reader.$eval('[data-testid=article-body]', findProblems)).toEqual([]);
    await reader.close();
    await page.close();
  });
});
