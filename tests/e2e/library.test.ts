import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failOnLedeErrors, launchLede, serveFixtures, type FixtureServer, type Lede } from './harness';

const TITLE = 'Putin To Make His First Trip To North Korea In 24 Years';

let server: FixtureServer;
let lede: Lede;
let library: Page;
let fresh: Lede | undefined;
const downloads = mkdtempSync(join(tmpdir(), 'lede-library-export-'));

beforeAll(async () => {
  server = await serveFixtures();
  lede = await launchLede();
});

failOnLedeErrors(() => [lede, fresh]);

afterAll(async () => {
  await fresh?.close();
  await lede?.close();
  await server?.close();
});

/** Every record of the library database, read straight from IndexedDB in an extension page. */
function dumpLibrary(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('lede-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('articles').objectStore('articles').getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

const items = (page: Page) => page.getByTestId('library-item');

type SavedRecord = { id: string; url: string; title: string; savedAt: number; updatedAt: number };

/** What the browser does when the "Save page" shortcut is pressed in tab `tabId`: the e2e build's
 * `ledeTest` global in the service worker runs the shortcut's handler (see tests/e2e/menus.test.ts).
 * The worker queues the article; the open library page saves it. */
function saveByShortcut(tabId: number): Promise<void> {
  return lede.worker.evaluate(
    async (tabId) =>
      (globalThis as unknown as { ledeTest: { command(name: string, tab: unknown): Promise<void> } }).ledeTest.command('save-page', await chrome.tabs.get(tabId)),
    tabId,
  );
}

describe('the library, in Chromium', () => {
  it('saves the seed page from the popup, and the open library page lists it at once', async () => {
    library = await lede.context.newPage();
    await library.goto(lede.extensionUrl('library.html'));
    await library.getByTestId('library-empty').waitFor();

    const page = await lede.context.newPage();
    await page.goto(server.url('news-page.html'));
    const popup = await lede.context.newPage();
    await popup.goto(lede.extensionUrl(`popup.html?tab=${await lede.tabIdOf(page)}`));
    await popup.getByTestId('save-article').click();
    await popup.getByTestId('saved-indicator').waitFor();
    expect(await popup.getByTestId('saved-indicator').textContent()).toBe('Saved');

    // A second popup on the page knows it is saved.
    const again = await lede.context.newPage();
    await again.goto(lede.extensionUrl(`popup.html?tab=${await lede.tabIdOf(page)}`));
    await again.getByTestId('saved-indicator').waitFor();
    await again.close();

    // Saving it again (the "Save page" shortcut, which the popup's "Saved" no longer offers)
    // updates the record: still one article, under the same id, saved at the same date.
    const [first] = (await dumpLibrary(library)) as SavedRecord[];
    expect(first).toMatchObject({ title: TITLE });
    await saveByShortcut(await lede.tabIdOf(page));
    await expect.poll(async () => ((await dumpLibrary(library)) as SavedRecord[]).map((r) => r.updatedAt > first!.updatedAt)).toEqual([true]);
    const [updated] = (await dumpLibrary(library)) as SavedRecord[];
    expect(updated).toMatchObject({ id: first!.id, url: first!.url, title: TITLE, savedAt: first!.savedAt });
    // "Open in library" brings the open library tab forward rather than opening another.
    await Promise.all([popup.waitForEvent('close'), popup.getByTestId('open-library').click()]);
    expect(lede.context.pages().filter((p) => p.url().endsWith('/library.html'))).toHaveLength(1);
    await page.close();

    await expect.poll(() => items(library).count()).toBe(1);
    expect(await library.getByTestId('library-open').textContent()).toBe(TITLE);
    expect(await items(library).textContent()).toContain('The Daily Ledger');
    expect(await items(library).textContent()).toMatch(/\d+ min read/);
  });

  it('finds it by searching "Pyongyang", with a typo too, and not by a word it lacks', async () => {
    const search = library.getByTestId('library-search');
    await search.fill('Pyongyang');
    await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('1 found');
    expect(await items(library).count()).toBe(1);
    await search.fill('pyongyagn');
    await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('1 found');
    await search.fill('zeppelin');
    await library.getByTestId('library-empty').waitFor();
    await search.fill('');
    await expect.poll(() => items(library).count()).toBe(1);
  });

  it('opens in the reader with the site unreachable, and keeps the reading position', async () => {
    await server.close();
    const href = await library.getByTestId('library-open').getAttribute('href');
    expect(href).toMatch(/reader\.html\?id=/);
    const reader = await lede.context.newPage();
    await reader.setViewportSize({ width: 800, height: 500 });
    await reader.goto(href!);
    const body = reader.getByTestId('article-body');
    await body.waitFor();
    expect(await body.textContent()).toContain('Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.');
    expect(await reader.locator('.article-body script').count()).toBe(0);

    await reader.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
    await expect.poll(() => reader.getByTestId('reading-progress').getAttribute('aria-valuenow')).not.toBe('0');
    await reader.waitForTimeout(1200); // the position is written at most every 800 ms
    await reader.reload();
    await reader.getByTestId('article-body').waitFor();
    await expect.poll(() => reader.evaluate(() => window.scrollY)).toBeGreaterThan(100);

    await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => reader.getByTestId('reading-progress').getAttribute('data-read')).toBe('true');
    await reader.close();
    await library.getByTestId('shelf-unread').click();
    await library.getByTestId('library-empty').waitFor();
    await library.getByTestId('shelf-all').click();
    await expect.poll(() => items(library).count()).toBe(1);
  });

  it('tags, untags and archives it', async () => {
    await library.getByTestId('library-select').check();
    for (const tag of ['Korea', 'To read']) {
      await library.getByTestId('library-tag-input').fill(tag);
      await library.getByTestId('library-tag').click();
    }
    await expect.poll(() => library.getByTestId('item-tag').allTextContents()).toEqual(['korea', 'to read']);
    await library.getByTestId('library-tag-input').fill(' TO  read ');
    await library.getByTestId('library-untag').click();
    await expect.poll(() => library.getByTestId('item-tag').allTextContents()).toEqual(['korea']);
    expect(await library.getByTestId('library-notice').textContent()).toContain('Removed “to read” from 1 article.');

    await library.getByTestId('library-search').fill('korea');
    await expect.poll(() => library.getByTestId('library-count').textContent()).toBe('1 found');
    await library.getByTestId('library-search').fill('');

    await library.getByTestId('library-select').check();
    await library.getByTestId('library-archive').click();
    await library.getByTestId('library-empty').waitFor();
    await library.getByTestId('shelf-archived').click();
    await expect.poll(() => items(library).count()).toBe(1);
  });

  it('exports it, and importing the export into a fresh profile gives the same library', async () => {
    const before = await dumpLibrary(library);
    expect(before).toHaveLength(1);
    await library.getByTestId('library-export').click();
    const [download] = await Promise.all([library.waitForEvent('download'), library.getByTestId('export-json').click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(file).toMatch(/\.json$/);

    fresh = await launchLede();
    const other = await fresh.context.newPage();
    await other.goto(fresh.extensionUrl('library.html'));
    await other.getByTestId('library-empty').waitFor();
    await other.getByTestId('library-import').setInputFiles(file);
    await other.getByTestId('import-plan').waitFor();
    expect(await other.getByTestId('import-new').textContent()).toMatch(/^1 new article/);
    expect(await other.getByTestId('import-existing').textContent()).toMatch(/^0 already saved/);
    expect(await other.getByTestId('import-unreadable').textContent()).toBe('0 unreadable');
    await other.getByTestId('import-confirm').click();
    await other.getByTestId('shelf-archived').click();
    await expect.poll(() => items(other).count()).toBe(1);
    expect(await dumpLibrary(other)).toEqual(before);

    // Importing the same file again adds nothing.
    await other.getByTestId('library-import').setInputFiles(file);
    await other.getByTestId('import-plan').waitFor();
    expect(await other.getByTestId('import-existing').textContent()).toMatch(/^1 already saved/);
    await other.getByTestId('import-cancel').click();

    // A truncated file: a clear message, and the library as it was.
    await other.getByTestId('library-import').setInputFiles({
      name: 'lede-library-truncated.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"lede-library","version":1,"articles":[{"id":"http://a.example'),
    });
    await other.getByTestId('library-notice').waitFor();
    expect(await other.getByTestId('library-notice').getAttribute('role')).toBe('alert');
    expect(await other.getByTestId('library-notice').textContent()).toMatch(/\S/);
    expect(await other.getByTestId('import-plan').count()).toBe(0);
    expect(await dumpLibrary(other)).toEqual(before);
  });

  it('deletes it, and "Undo" brings it back', async () => {
    await library.getByTestId('library-select').check();
    await library.getByTestId('library-delete').click();
    await library.getByTestId('library-empty').waitFor();
    expect(await dumpLibrary(library)).toHaveLength(0);
    await library.getByTestId('library-undo').click();
    await expect.poll(() => items(library).count()).toBe(1);
    await library.getByTestId('library-select').check();
    await library.getByTestId('library-delete').click();
    await library.getByTestId('library-empty').waitFor();
    expect(await dumpLibrary(library)).toHaveLength(0);
  });

  it('a link imported without its content is read from its page the first time it is opened', async () => {
    const site = await serveFixtures();
    try {
      const csv = join(downloads, 'ril_export.csv');
      writeFileSync(csv, `title,url,time_added,cursor,tags,status\n"Link to Putin story",${site.url('news-page.html')},1718000000,1,later|korea,unread\n`);
      const page = await lede.context.newPage();
      await page.goto(lede.extensionUrl('library.html'));
      await page.getByTestId('library-import').setInputFiles(csv);
      expect(await page.getByTestId('import-new').textContent()).toMatch(/^1 new article/);
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('shelf-all').click();
      const imported = page.getByTestId('library-item').filter({ hasText: 'Link to Putin story' });
      await imported.waitFor();
      // Once filled, the item carries the article's own title: found by id from then on.
      const link = page.locator(`[data-id="${await imported.getAttribute('data-id')}"]`);
      expect(await link.textContent()).toContain('Link only');
      const reader = await page.context().newPage();
      await reader.goto((await link.getByTestId('library-open').getAttribute('href'))!);
      await reader.locator('[data-testid=article-body], [data-testid=not-article-message]').first().waitFor({ timeout: 30_000 });
      expect(await reader.getByTestId('not-article-message').count(), await reader.locator('body').textContent() ?? '').toBe(0);
      expect(await reader.getByTestId('article-body').textContent()).toContain('Putin is set to meet North Korean leader Kim Jong Un');
      await reader.close();
      await expect.poll(() => link.textContent()).toMatch(/\d+ min read/);
      expect(await link.getByTestId('library-open').textContent()).toBe(TITLE);
      expect(await link.getByTestId('item-tag').allTextContents()).toEqual(['later', 'korea']);
      await page.close();
    } finally {
      await site.close();
    }
  });

  it('a popup closed the moment "Save for later" is clicked leaves the whole article or nothing, never a record without its index (issue #16)', async () => {
    const site = await serveFixtures();
    const page = await lede.context.newPage();
    try {
      await page.goto(site.url('news-page.html'));
      const tabId = await lede.tabIdOf(page);
      const viewer = await lede.context.newPage();
      await viewer.goto(lede.extensionUrl('library.html'));
      await emptyLibrary(viewer); // the link read above is this same article
      await viewer.reload();
      await viewer.getByTestId('library-empty').waitFor();
      // Each round: save, close the popup at once, check, then empty the library for the next.
      for (let round = 0; round < 4; round++) {
        const popup = await lede.context.newPage();
        await popup.goto(lede.extensionUrl(`popup.html?tab=${tabId}`));
        await popup.getByTestId('save-article').click();
        await popup.close();
        const state = await libraryState(viewer);
        expect(state.articles, JSON.stringify(state)).toBeLessThanOrEqual(1);
        expect({ cards: state.cards, words: state.words, indexed: state.indexed }).toEqual({
          cards: state.articles,
          words: state.articles,
          indexed: state.articles === 1,
        });
        if (state.articles) {
          await viewer.getByTestId('library-search').fill('Pyongyang');
          await expect.poll(() => viewer.getByTestId('library-count').textContent()).toBe('1 found');
          await viewer.getByTestId('library-search').fill('');
          // The list again, not the search's results (the item is drawn anew).
          await viewer.locator('.library-list[data-query=""] [data-testid=library-item]').waitFor();
          await viewer.getByTestId('library-select').check();
          await viewer.getByTestId('library-delete').click();
          await viewer.getByTestId('library-empty').waitFor();
        }
      }
      await viewer.close();
    } finally {
      await page.close();
      await site.close();
    }
  });
});

/** What the library database holds, read in one transaction: records, cards, index rows, and
 * whether the vocabulary knows a word of the article. */
function libraryState(page: Page): Promise<{ articles: number; cards: number; words: number; indexed: boolean }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('lede-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['articles', 'cards', 'words', 'vocab'], 'readonly');
          const counts: Record<string, number> = {};
          let indexed = false;
          for (const name of ['articles', 'cards', 'words']) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => (counts[name] = request.result);
          }
          const term = tx.objectStore('vocab').get('pyongyang');
          term.onsuccess = () => (indexed = !!term.result);
          tx.oncomplete = () => {
            open.result.close();
            resolve({ articles: counts.articles!, cards: counts.cards!, words: counts.words!, indexed });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Empties every table of the library database, straight in IndexedDB. */
function emptyLibrary(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lede-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...db.objectStoreNames], 'readwrite');
          for (const name of db.objectStoreNames) tx.objectStore(name).clear();
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}
