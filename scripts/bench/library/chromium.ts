/**
 * The Chromium part of the "library" bench section (scripts/bench/library.ts): the generated
 * library imported through the built library page (a Lede JSON file, the import picker), then,
 * in real IndexedDB, the page's first screen, searches typed into it, typos cold and warm, and
 * saves from the popup into the full library. Every time is taken inside the page, so the test
 * driver's round trips are not counted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { chromeBuild } from '../../lib/build';
import { launchWithExtension, serveHtml, tabIdOf, type HtmlServer } from '../../lib/chromium';
import { REPO_ROOT } from '../../lib/devset';
import { exportLedeJson } from '../../../utils/library/export';
import { SEARCH_DEBOUNCE_MS } from '../../../utils/library/query';
import { recordFromArticle } from '../../../utils/library/store';
import type { SavedArticle } from '../../../utils/library/types';
import { byKind, identity, KIND_NAMES, KINDS, QUERIES, REAL, syntheticArticle, TYPO_ROUNDS, TYPOS, WARM_REPEATS } from './corpus';
import { ms, stats } from './measure';

/** Saves timed from the popup in Chromium, after a warm-up save. */
const POPUP_SAVES = 12;
/** Loads of the library page timed for its first screen; the first is also reported alone. */
const FIRST_SCREEN_LOADS = 7;

/** New articles as pages on 127.0.0.1, `/news/N`, each generated once. */
async function serveArticles(): Promise<HtmlServer> {
  const pages = new Map<number, string>();
  return serveHtml((path) => {
    const i = Number(/^\/news\/(\d+)$/.exec(path)?.[1] ?? NaN);
    if (!Number.isInteger(i)) return undefined;
    if (!pages.has(i)) {
      const article = syntheticArticle(i);
      pages.set(i, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${article.title}</title></head><body><article><h1>${article.title}</h1>${article.html}</article></body></html>`);
    }
    return pages.get(i);
  });
}

/** Navigation start to the first item on screen, timed in the page: from the moment the
 * navigation commits, a MutationObserver notes when the first item is there. */
async function firstScreen(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  // A string, not a function: tsx would wrap a named arrow in a helper the page lacks.
  return page.evaluate<number>(`new Promise((done) => {
    const found = () => document.querySelector('[data-testid=library-item]');
    if (found()) return done(performance.now());
    const observer = new MutationObserver(() => {
      if (found()) {
        observer.disconnect();
        done(performance.now());
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  })`);
}

/** One query typed into the search box: from the input event to this query's result count on
 * screen, measured in the page, less the page's typing debounce. */
async function typed(page: Page, query: string): Promise<number> {
  await page.getByTestId('library-search').fill('');
  // The plain list back on screen, so nothing of the last search is still rendering when the
  // next one is typed.
  await page.locator('.library-list[data-query=""] [data-testid=library-item]').first().waitFor();
  const t = await page.evaluate(
    (q) =>
      new Promise<number>((done) => {
        const input = document.querySelector<HTMLInputElement>('[data-testid=library-search]')!;
        const start = performance.now();
        // The count of this query's results: the page renders it with the results. (No named
        // function in here: tsx would wrap it in a helper the page lacks.)
        const observer = new MutationObserver(() => {
          if (document.querySelector<HTMLElement>('[data-testid=library-count]')?.dataset.query === q) {
            observer.disconnect();
            done(performance.now() - start);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        input.value = q;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    query,
  );
  return t - SEARCH_DEBOUNCE_MS;
}

/**
 * Typos cold and warm. The page keeps each first letter's vocabulary slice until the vocabulary
 * changes or the page goes: a typo is cold on a fresh page, warm when typed again. Each round,
 * for each typo: the library page loaded anew, one whole-word search (it reads no slice, so the
 * cold time is the slice and its first scan, not the page's first search), the typo (cold), then
 * the same typo again WARM_REPEATS times (warm).
 */
async function typosColdAndWarm(page: Page, url: string): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < TYPO_ROUNDS.chromium; round++) {
    for (const typo of TYPOS) {
      await page.goto(url);
      await page.locator('[data-testid=library-item]').first().waitFor();
      await typed(page, REAL[4]!);
      cold.push(await typed(page, typo));
      for (let i = 0; i < WARM_REPEATS; i++) warm.push(await typed(page, typo));
    }
  }
  return { cold, warm };
}

/** Saving a new article from the popup: from the click on "Save for later" to "Saved" on screen
 * (sanitizing, the write into the full library, the popup's live query seeing it), measured in
 * the popup; the first save, which compiles the save path, is not counted. */
async function popupSaves(context: Awaited<ReturnType<typeof launchWithExtension>>, libraryUrl: string, origin: string, firstId: number): Promise<number[]> {
  // The service worker of the relaunched browser finds the served page's tab.
  const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const saves: number[] = [];
  for (let i = 0; i <= POPUP_SAVES; i++) {
    const site = await context.newPage();
    await site.goto(`${origin}/news/${firstId + i}`);
    const tab = await tabIdOf(background, site.url());
    const popup = await context.newPage();
    await popup.goto(libraryUrl.replace('library.html', `popup.html?tab=${tab}`));
    await popup.locator('[data-testid=save-article]:enabled').waitFor({ timeout: 30_000 });
    const t = await popup.evaluate<number>(`new Promise((done) => {
      const start = performance.now();
      const observer = new MutationObserver(() => {
        if (document.querySelector('[data-testid=saved-indicator]')) {
          observer.disconnect();
          done(performance.now() - start);
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      document.querySelector('[data-testid=save-article]').click();
    })`);
    if (i) saves.push(t);
    await popup.close();
    await site.close();
  }
  return saves;
}

export type LibraryBuild = { dir: string } | { notMeasured: string };

/**
 * The Chrome build the Chromium part runs on, made before the Node part so that a failed build
 * is known at once and costs only the Chromium rows. The e2e flavour: the production build plus
 * a host permission for 127.0.0.1, so the popup can read a served page without the toolbar click
 * that grants activeTab (scripts/lib/build.ts).
 */
export function libraryBuild(): LibraryBuild {
  if (process.env.LEDE_BENCH_CHROMIUM === '0') return { notMeasured: 'Chromium: skipped (LEDE_BENCH_CHROMIUM=0).' };
  try {
    return { dir: chromeBuild('e2e') };
  } catch (error) {
    return { notMeasured: `Chromium: not measured: ${(error as Error).message.split('\n')[0]}` };
  }
}

/** The library page in Chromium with `count` generated articles imported: its rows (markdown). */
export async function inChromium(count: number, built: LibraryBuild): Promise<string> {
  if ('notMeasured' in built) return built.notMeasured;
  const build = built.dir;
  const articles = await serveArticles();
  const dir = mkdtempSync(join(tmpdir(), 'lede-library-bench-'));
  const file = join(dir, 'lede-library.json');
  const records: SavedArticle[] = [];
  for (let i = 0; i < count; i++) records.push(recordFromArticle(syntheticArticle(i), identity, Date.now() - (count - i) * 60_000));
  writeFileSync(file, exportLedeJson(records));
  records.length = 0;
  const launch = () => launchWithExtension(join(dir, 'profile'), build);
  let context = await launch();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const url = `chrome-extension://${new URL(worker.url()).host}/library.html`;
    let page = await context.newPage();
    await page.goto(url);
    const started = performance.now();
    await page.getByTestId('library-import').setInputFiles(file);
    await page.getByTestId('import-confirm').click({ timeout: 600_000 });
    await page.getByTestId('library-notice').filter({ hasText: 'Imported' }).waitFor({ timeout: 1_800_000 });
    const importMs = performance.now() - started;
    // The library is used later, not while the import's writes are still being compacted: the
    // browser is restarted on the same profile and left alone for a few seconds.
    await context.close();
    context = await launch();
    page = await context.newPage();
    await page.waitForTimeout(5_000);
    const first: number[] = [];
    for (let i = 0; i < FIRST_SCREEN_LOADS; i++) first.push(await firstScreen(page, url));
    // Every query of the Node mix, twice, in sequence on one page: a typo reads its letter's
    // slice the first time that letter is typed wrong (3 of the 10 typos here), then not again.
    const mix = byKind();
    for (let run = 0; run < 2; run++) for (const { q, kind } of QUERIES) mix[kind].push(await typed(page, q));
    const typos = await typosColdAndWarm(page, url);
    const saves = await popupSaves(context, url, articles.origin, count + 1_000);

    const f = stats(first.slice(1)); // the first load also compiles the page's scripts
    const all = stats(Object.values(mix).flat());
    const row = (name: string, samples: number[], target = '') => {
      const s = stats(samples);
      return `| ${name} | ${ms(s.median)} | ${ms(s.p95)} | ${target ? `${target} ` : ''}|`;
    };
    return [
      `In Chromium (${build.replace(`${REPO_ROOT}/`, '')}), the same ${count.toLocaleString('en')} articles imported through the library page from a Lede JSON file (sanitizing included) in ${ms(importMs)}:`,
      '',
      '| measure (Chromium, real IndexedDB) | median | p95 | target |',
      '| --- | --- | --- | --- |',
      `| library page, first load in a newly started browser: navigation start to the first item on screen (once) | ${ms(first[0]!)} | | < 300 ms |`,
      `| library page: navigation start to the first item on screen (${FIRST_SCREEN_LOADS - 1} loads, after that first one) | ${ms(f.median)} | ${ms(f.p95)} | < 300 ms |`,
      `| search: input event to results on screen, less the page's ${SEARCH_DEBOUNCE_MS} ms typing debounce (${QUERIES.length} queries × 2, in sequence) | ${ms(all.median)} | ${ms(all.p95)} | < 50 ms |`,
      ...KINDS.filter((kind) => kind !== 'typo').map((kind) => row(`search in Chromium: ${KIND_NAMES[kind]}`, mix[kind])),
      row(`search in Chromium: typos, cold (the page's first typo of that letter: a fresh page, after one whole-word search; ${typos.cold.length} searches)`, typos.cold),
      row(`search in Chromium: typos, warm (the same typo again, its slice kept by the page; ${typos.warm.length} searches)`, typos.warm),
      row(`save a new article from the popup into the full library: click to "Saved" on screen (${POPUP_SAVES} saves, after one to warm up)`, saves),
    ].join('\n');
  } catch (error) {
    return `Chromium: not measured: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    await context.close();
    await articles.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
