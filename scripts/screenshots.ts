/**
 * The README's screenshots (`npm run screenshots`, after `npm run build:e2e`): the popup, the
 * side panel beside its page, the reader in a light and a dark theme, and the library, taken in
 * real Chromium with the e2e build through the end-to-end harness, into docs/screenshots/*.png.
 * Run it again whenever the views change. LEDE_OUT picks the build folder, as for the e2e tests.
 *
 * Deterministic on purpose: fixed viewports at device scale 1, reduced motion, animations off,
 * and every shot waits for its content, its fonts and its on-screen images. Only 127.0.0.1 is
 * reachable: the fixtures' off-site images and scripts fail at once rather than at random.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROME_BUILD, ROOT, launchLede, serveFixtures, type FixtureServer, type Lede } from '../tests/e2e/harness';

const SHOTS = join(ROOT, 'docs', 'screenshots');
const SEED = 'news-page.html';
/** Saved before the seed, so the seed (newest) heads the library. */
const OTHER_ARTICLES = ['pages/lazy-images.html', 'pages/table-code.html', 'pages/malformed.html'];
const POPUP = { width: 380, height: 600 }; // Chrome's largest popup is 800×600
const PAGE_BESIDE = { width: 1000, height: 760 };
const PANEL = { width: 400, height: 760 };
const READER = { width: 1280, height: 900 };
const LIBRARY = { width: 1280, height: 800 };

type Size = { width: number; height: number };
type Theme = 'light' | 'dark';

/** A fresh tab at this size, light unless told, with motion reduced. */
async function newPage(lede: Lede, size: Size, colorScheme: Theme = 'light'): Promise<Page> {
  const page = await lede.context.newPage();
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  return page;
}

/** Waits for these test ids, the page's fonts and the images on its first screen. */
async function settle(page: Page, testIds: string[]): Promise<void> {
  for (const id of testIds) await page.getByTestId(id).first().waitFor({ timeout: 30_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    const visible = [...document.images].filter((img) => !img.complete && img.getBoundingClientRect().top < innerHeight);
    // A broken image fires `error`, never `load`; the cap keeps a stuck one from hanging the run.
    // (Inline, unnamed: tsx would wrap a named helper in `__name()`, unknown inside the page.)
    await Promise.all(
      visible.map((img) => new Promise((ok) => { img.addEventListener('load', ok); img.addEventListener('error', ok); setTimeout(ok, 5000); })),
    );
    await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  });
}

const shoot = (page: Page, options: Parameters<Page['screenshot']>[0] = {}) =>
  page.screenshot({ animations: 'disabled', caret: 'hide', ...options });

async function openFixture(lede: Lede, server: FixtureServer, path: string, size: Size = PAGE_BESIDE) {
  const page = await newPage(lede, size);
  await page.goto(server.url(path));
  return { page, tabId: await lede.tabIdOf(page) };
}

/** The popup for the seed's tab, as wide as its content makes it and cut to its height, as
 * Chrome sizes a popup. */
async function popupShot(lede: Lede, tabId: number): Promise<Buffer> {
  const popup = await newPage(lede, POPUP);
  await popup.goto(lede.extensionUrl(`popup.html?tab=${tabId}`));
  await settle(popup, ['article-title', 'save-article']);
  const width = Math.min(800, await popup.evaluate(() => document.documentElement.scrollWidth));
  if (width !== POPUP.width) await popup.setViewportSize({ width, height: POPUP.height });
  const height = Math.min(POPUP.height, await popup.evaluate(() => Math.ceil(document.body.getBoundingClientRect().bottom)));
  const png = await shoot(popup, { clip: { x: 0, y: 0, width, height } });
  await popup.close();
  return png;
}

/** The page and its side panel, each shot at its own size, then laid side by side in one
 * image with a thin divider, as Chrome shows them. */
async function sidePanelShot(lede: Lede, page: Page, tabId: number): Promise<Buffer> {
  await settle(page, []);
  const left = await shoot(page);
  const panel = await newPage(lede, PANEL);
  await panel.goto(lede.extensionUrl(`sidepanel.html?tab=${tabId}`));
  await settle(panel, ['article-title', 'article-body']);
  const right = await shoot(panel);
  await panel.close();
  const divider = 1;
  const both = await newPage(lede, { width: PAGE_BESIDE.width + divider + PANEL.width, height: PANEL.height });
  const img = (png: Buffer, size: Size) => `<img src="data:image/png;base64,${png.toString('base64')}" width="${size.width}" height="${size.height}">`;
  await both.setContent(
    `<body style="margin:0;display:flex;background:#c9ced4">${img(left, PAGE_BESIDE)}<div style="width:${divider}px"></div>${img(right, PANEL)}</body>`,
  );
  await settle(both, []);
  const png = await shoot(both);
  await both.close();
  return png;
}

/** Whether the page shows this theme: the settings land on <html data-theme> once storage has
 * answered (a page may first paint the last theme it saw); a page without them never does. */
const themed = (page: Page, theme: Theme): Promise<boolean> =>
  page.waitForFunction((value) => document.documentElement.dataset.theme === value, theme, { timeout: 3000 }).then(() => true, () => false);

/** The reader for the seed's tab in a theme: the setting (utils/settings.ts) and the system's
 * colour scheme both say it, so the shot is right whether the reader follows the setting yet
 * or only `prefers-color-scheme`. */
async function readerShot(lede: Lede, tabId: number, theme: Theme): Promise<{ png: Buffer; applied: boolean }> {
  await lede.worker.evaluate((value) => chrome.storage.sync.set({ settings: { theme: value } }), theme);
  const reader = await newPage(lede, READER, theme);
  await reader.goto(lede.extensionUrl(`reader.html?tab=${tabId}`));
  await settle(reader, ['article-title', 'article-body']);
  const applied = await themed(reader, theme);
  await settle(reader, []);
  const png = await shoot(reader);
  await reader.close();
  return { png, applied };
}

/** Saves a fixture through its popup's "Save for later", as a person would. */
async function save(lede: Lede, server: FixtureServer, path: string): Promise<void> {
  const { page, tabId } = await openFixture(lede, server, path);
  const popup = await newPage(lede, POPUP);
  await popup.goto(lede.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.getByTestId('save-article').click();
  await popup.getByTestId('saved-indicator').waitFor({ timeout: 30_000 });
  await popup.close();
  await page.close();
}

async function libraryShot(lede: Lede, server: FixtureServer): Promise<Buffer> {
  for (const path of [...OTHER_ARTICLES, SEED]) await save(lede, server, path);
  // The reader's dark shot left the setting dark, and every Lede page follows it: back to the
  // default (the system's scheme, light here).
  await lede.worker.evaluate(() => chrome.storage.sync.remove('settings'));
  const library = await newPage(lede, LIBRARY);
  await library.goto(lede.extensionUrl('library.html'));
  await themed(library, 'light');
  await library.waitForFunction((n) => document.querySelectorAll('[data-testid=library-item]').length === n, OTHER_ARTICLES.length + 1, { timeout: 30_000 });
  await settle(library, ['library-item']);
  const png = await shoot(library);
  await library.close();
  return png;
}

/** Width × height from a PNG's IHDR chunk, for the report. */
function pngSize(png: Buffer): string {
  return `${png.readUInt32BE(16)}×${png.readUInt32BE(20)}`;
}

function write(name: string, png: Buffer): void {
  const file = join(SHOTS, name);
  writeFileSync(file, png);
  console.log(`${relative(ROOT, file).padEnd(36)} ${pngSize(png).padStart(9)}  ${(statSync(file).size / 1024).toFixed(1).padStart(6)} KB`);
}

async function main(): Promise<void> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) {
    const out = process.env.LEDE_OUT ? `LEDE_OUT=${process.env.LEDE_OUT} ` : '';
    console.error(`No e2e build at ${relative(ROOT, CHROME_BUILD)}: run \`${out}npm run build:e2e\` first.`);
    process.exit(1);
  }
  mkdirSync(SHOTS, { recursive: true });
  const server = await serveFixtures();
  const lede = await launchLede();
  try {
    await lede.context.route((url) => /^https?:$/.test(url.protocol) && url.hostname !== '127.0.0.1', (route) => route.abort());
    const { page, tabId } = await openFixture(lede, server, SEED);
    write('popup.png', await popupShot(lede, tabId));
    write('side-panel.png', await sidePanelShot(lede, page, tabId));
    // Before anything is saved, so the views show the page as a first visit does.
    for (const theme of ['light', 'dark'] as const) {
      const { png, applied } = await readerShot(lede, tabId, theme);
      write(`reader-${theme}.png`, png);
      if (!applied) console.log(`  (the reader did not apply the "${theme}" setting: shot with prefers-color-scheme: ${theme} only)`);
    }
    write('library.png', await libraryShot(lede, server));
  } finally {
    await lede.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
