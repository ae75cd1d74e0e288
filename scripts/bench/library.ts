/**
 * Benchmark section "library" of `npm run bench` (issue #5): a generated library of 10,000
 * articles of about 1,000 words, in IndexedDB through the library's own module
 * (utils/library), under fake-indexeddb in Node. Measures saving one article into the full
 * library, the data of the list's first screen, search, importing a 10,000-row Pocket CSV, and
 * the bytes stored per article. fake-indexeddb is a pure-JS IndexedDB: absolute times differ
 * from a browser's, the shape (what grows with the library and what does not) is the point.
 *
 * With the Chrome build (made in `.output-bench`, as for the other sections), the same library is
 * also imported into Chromium through the library page (a Lede JSON file, the import picker);
 * the page's first screen, searches typed into it and saves from the popup are timed there, in
 * real IndexedDB.
 *
 * `LEDE_BENCH_LIBRARY_N=1000 npm run bench -- library` runs a smaller library;
 * `LEDE_BENCH_CHROMIUM=0` skips Chromium.
 */
import 'fake-indexeddb/auto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromeBuild } from '../lib/build';
import { launchWithExtension, serveHtml, tabIdOf, type HtmlServer } from '../lib/chromium';
import type { Article } from '../../utils/article';
import { LibraryDb } from '../../utils/library/db';
import { exportLedeJson } from '../../utils/library/export';
import { parseImportFile } from '../../utils/library/import';
import { importItemId, planImport, toSavedArticle } from '../../utils/library/import/plan';
import { listCards, listTags, SEARCH_DEBOUNCE_MS, searchLibrary } from '../../utils/library/query';
import { putImported, recordFromArticle, saveArticle } from '../../utils/library/store';
import type { SavedArticle } from '../../utils/library/types';

const ARTICLES = Number(process.env.LEDE_BENCH_LIBRARY_N ?? 10_000);
const WORDS_PER_ARTICLE = 1_000;
const VOCABULARY = 30_000;
const SAVES = 100;
const RUNS = 30;

/** Deterministic: the same library every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(5);
const SYLLABLES = 'ka to ri ne sa mo lu pe vi da gro sten bar mil ton quo zen har fel wis cor dan pul tri shan'.split(' ');

/** A vocabulary with natural-language word frequencies (Zipf), plus a few real words to find. */
const vocabulary = Array.from({ length: VOCABULARY }, (_, i) => {
  let word = '';
  for (let n = 2 + (i % 3); n > 0; n--) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return `${word}${i % 7 === 0 ? '' : SYLLABLES[i % SYLLABLES.length]}`;
});
const zipfTotal = vocabulary.reduce((sum, _, i) => sum + 1 / (i + 1), 0);
const cumulative: number[] = [];
vocabulary.reduce((sum, _, i) => (cumulative[i] = sum + 1 / (i + 1) / zipfTotal), 0);

function word(): string {
  const r = rand();
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < r) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
}

const REAL = ['pyongyang', 'semiconductor', 'parliament', 'earthquake', 'election', 'vaccine', 'inflation', 'wildfire'];

function syntheticArticle(i: number): Article {
  const paragraphs: string[] = [];
  let count = 0;
  while (count < WORDS_PER_ARTICLE) {
    const words = Array.from({ length: 60 + Math.floor(rand() * 80) }, word);
    if (rand() < 0.1) words[Math.floor(rand() * words.length)] = REAL[i % REAL.length]!;
    count += words.length;
    paragraphs.push(`${words.join(' ')}.`);
  }
  const text = paragraphs.join('\n\n');
  const title = Array.from({ length: 8 }, word).join(' ');
  return {
    url: `https://site${i % 200}.example/news/${i}`,
    canonicalUrl: null,
    title,
    byline: null,
    siteName: `Site ${i % 200}`,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    excerpt: paragraphs[0]!.slice(0, 200),
    leadImage: null,
    html: paragraphs.map((p) => `<p>${p}</p>`).join(''),
    text,
    wordCount: count,
    readingMinutes: Math.ceil(count / 230),
  };
}

/** Node has no DOM, so no DOMPurify here: its cost is the extraction bench's business. */
const identity = (html: string) => html;

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await work();
  return [performance.now() - start, value];
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')) + ' ms';
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function bytes(rows: unknown[]): number {
  return rows.reduce<number>((sum, row) => sum + Buffer.byteLength(JSON.stringify(row)), 0);
}

function pocketCsv(rows: number): string {
  const lines = ['title,url,time_added,cursor,tags,status'];
  for (let i = 0; i < rows; i++) {
    const title = Array.from({ length: 7 }, word).join(' ');
    const tags = i % 3 ? `news|${word()}` : '';
    lines.push(`"${title}",https://pocket${i % 300}.example/story/${i},${1_600_000_000 + i * 60},${i},${tags},${i % 4 ? 'unread' : 'archive'}`);
  }
  return lines.join('\n');
}

const KINDS = ['word', 'prefix', 'typo', 'two'] as const;
type Kind = (typeof KINDS)[number];

/** A list of timings for each kind of query. */
const byKind = (): Record<Kind, number[]> => ({ word: [], prefix: [], typo: [], two: [] });

/** The searches timed, in Node and in Chromium: whole words of every frequency, words being
 * typed (prefix), typos, two words. */
export const QUERIES: { q: string; kind: Kind }[] = (() => {
  const common = vocabulary.slice(0, 5);
  const middling = vocabulary.slice(500, 505);
  const rare = vocabulary.slice(20_000, 20_005);
  return [
    ...[...REAL.slice(0, 5), ...common, ...middling, ...rare].map((q) => ({ q, kind: 'word' as const })),
    ...[...REAL.slice(0, 5).map((w) => w.slice(0, 5)), ...middling.map((w) => w.slice(0, 4))].map((q) => ({ q, kind: 'prefix' as const })),
    ...['pyongyagn', 'semiconducter', 'parlament', 'earthqake', 'electoin'].map((q) => ({ q, kind: 'typo' as const })),
    ...[`${REAL[0]} ${middling[0]}`, `${common[1]} ${rare[1]}`, `${middling[2]} ${middling[3]}`].map((q) => ({ q, kind: 'two' as const })),
  ];
})();

const KIND_NAMES: Record<Kind, string> = {
  word: 'whole words (rare to common)',
  prefix: 'word being typed (prefix)',
  typo: 'typos',
  two: 'two words',
};

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Saves timed from the popup in Chromium, after a warm-up save. */
const POPUP_SAVES = 12;

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

/** The library page in Chromium: import `count` generated articles, then time its first screen
 * (navigation start to the first rendered item), a search typed into it, and saves from the
 * popup into the full library. */
async function inChromium(count: number): Promise<string> {
  if (process.env.LEDE_BENCH_CHROMIUM === '0') return 'Chromium: skipped (LEDE_BENCH_CHROMIUM=0).';
  // The e2e flavour: the production build plus a host permission for 127.0.0.1, so the popup
  // can read a served page without the toolbar click that grants activeTab (scripts/lib/build.ts).
  const build = chromeBuild('e2e');
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
    // Timed inside the page: from the moment the navigation commits, a MutationObserver notes
    // when the first item is on screen, so the test driver's round trips are not counted.
    const first: number[] = [];
    for (let i = 0; i < 7; i++) {
      await page.goto(url, { waitUntil: 'commit' });
      // A string, not a function: tsx would wrap a named arrow in a helper the page lacks.
      first.push(
        await page.evaluate<number>(`new Promise((done) => {
          const found = () => document.querySelector('[data-testid=library-item]');
          if (found()) return done(performance.now());
          const observer = new MutationObserver(() => {
            if (found()) {
              observer.disconnect();
              done(performance.now());
            }
          });
          observer.observe(document, { childList: true, subtree: true });
        })`),
      );
    }
    // Every query of the Node mix, twice, typed into the search box: from the input event to
    // the result count on screen, measured in the page, less the page's typing debounce.
    const typed = byKind();
    for (let run = 0; run < 2; run++) {
      for (const { q, kind } of QUERIES) {
        await page.getByTestId('library-search').fill('');
        // The plain list back on screen, so nothing of the last search is still rendering when
        // the next one is typed.
        await page.locator('.library-list[data-query=""] [data-testid=library-item]').first().waitFor();
        const t = await page.evaluate(
          (query) =>
            new Promise<number>((done) => {
              const input = document.querySelector<HTMLInputElement>('[data-testid=library-search]')!;
              const start = performance.now();
              // The count of this query's results: the page renders it with the results. (No named
              // function in here: tsx would wrap it in a helper the page lacks.)
              const observer = new MutationObserver(() => {
                if (document.querySelector<HTMLElement>('[data-testid=library-count]')?.dataset.query === query) {
                  observer.disconnect();
                  done(performance.now() - start);
                }
              });
              observer.observe(document.body, { childList: true, subtree: true, characterData: true });
              input.value = query;
              input.dispatchEvent(new Event('input', { bubbles: true }));
            }),
          q,
        );
        typed[kind].push(t - SEARCH_DEBOUNCE_MS);
      }
    }
    // Saving a new article from the popup: from the click on "Save for later" to "Saved" on
    // screen (sanitizing, the write into the full library, the popup's live query seeing it),
    // measured in the popup.
    // The service worker of the relaunched browser finds the served page's tab.
    const background = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const saves: number[] = [];
    for (let i = 0; i <= POPUP_SAVES; i++) {
      const site = await context.newPage();
      await site.goto(`${articles.origin}/news/${count + 1_000 + i}`);
      const tab = await tabIdOf(background, site.url());
      const popup = await context.newPage();
      await popup.goto(url.replace('library.html', `popup.html?tab=${tab}`));
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
      if (i) saves.push(t); // the first compiles the save path
      await popup.close();
      await site.close();
    }
    const f = stats(first.slice(1)); // the first load also compiles the page's scripts
    const t = stats(Object.values(typed).flat());
    const saved = stats(saves);
    return [
      `In Chromium (${build.replace(`${ROOT}/`, '')}), the same ${count.toLocaleString('en')} articles imported through the library page from a Lede JSON file (sanitizing included) in ${ms(importMs)}:`,
      '',
      '| measure (Chromium, real IndexedDB) | median | p95 | target |',
      '| --- | --- | --- | --- |',
      `| library page: navigation start to the first item on screen (6 loads, after one to warm up) | ${ms(f.median)} | ${ms(f.p95)} | < 300 ms |`,
      `| search: input event to results on screen, less the page's ${SEARCH_DEBOUNCE_MS} ms typing debounce (${QUERIES.length} queries × 2) | ${ms(t.median)} | ${ms(t.p95)} | < 50 ms |`,
      ...KINDS.map((kind) => {
        const k = stats(typed[kind]);
        return `| search in Chromium: ${KIND_NAMES[kind]} | ${ms(k.median)} | ${ms(k.p95)} | |`;
      }),
      `| save a new article from the popup into the full library: click to "Saved" on screen (${POPUP_SAVES} saves, after one to warm up) | ${ms(saved.median)} | ${ms(saved.p95)} | |`,
    ].join('\n');
  } catch (error) {
    return `Chromium: not measured: ${(error as Error).message.split('\n')[0]}`;
  } finally {
    await context.close();
    await articles.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<string> {
  const db = new LibraryDb(`bench-library-${Date.now()}`);
  const now = Date.now();

  // The library: written in import batches, as a big import would.
  const records: SavedArticle[] = [];
  const [fill] = await timed(async () => {
    for (let i = 0; i < ARTICLES; i++) {
      const record = recordFromArticle(syntheticArticle(i), identity, now - (ARTICLES - i) * 60_000);
      if (i % 5 === 0) record.tags = [REAL[i % REAL.length]!, `tag${i % 40}`];
      records.push(record);
      if (records.length === 500) await putImported(db, records.splice(0));
    }
    await putImported(db, records.splice(0));
  });

  // Saving one more article into the full library: one transaction each.
  const saves: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const article = syntheticArticle(ARTICLES + i);
    const [t] = await timed(() => saveArticle(db, article, identity));
    saves.push(t);
  }

  // The first screen: the 50 newest cards and the tag list, from a newly opened connection
  // (cold) and then warm.
  db.close();
  const reopened = new LibraryDb(db.name);
  const [cold] = await timed(async () => {
    await reopened.open();
    await Promise.all([listCards(reopened, { shelf: 'all' }, 0, 51), listTags(reopened)]);
  });
  const firstScreen: number[] = [];
  const firstRare: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    firstScreen.push((await timed(() => Promise.all([listCards(reopened, { shelf: 'all' }, 0, 51), listTags(reopened)])))[0]);
    firstRare.push((await timed(() => listCards(reopened, { shelf: 'all', tag: 'tag7' }, 0, 51)))[0]);
  }

  // Search: whole words of every frequency, words being typed (prefix), typos, two words.
  const searches = byKind();
  const found: number[] = [];
  for (let run = 0; run < 3; run++) {
    for (const { q, kind } of QUERIES) {
      const [t, result] = await timed(() => searchLibrary(reopened, q, { shelf: 'all' }));
      searches[kind].push(t);
      if (run === 0) found.push(result.more ? Infinity : (result.total ?? 0));
    }
  }
  const allSearches = Object.values(searches).flat();
  const pyongyang = (await searchLibrary(reopened, 'pyongyang', { shelf: 'all' }, 100_000)).total ?? 0;

  // Bytes stored per article, by table (JSON size: what IndexedDB serializes, roughly).
  const count = await reopened.articles.count();
  const stored = {
    articles: bytes(await reopened.articles.toArray()),
    cards: bytes(await reopened.cards.toArray()),
    words: bytes(await reopened.words.toArray()),
    blocks: bytes(await reopened.blocks.toArray()),
    vocab: bytes(await reopened.vocab.toArray()),
  };
  const total = Object.values(stored).reduce((a, b) => a + b, 0);
  const vocabSize = await reopened.vocab.count();
  reopened.close();
  await reopened.delete();

  // A Pocket CSV of 10,000 rows, through the import parser, the plan and the batched write.
  const csv = new TextEncoder().encode(pocketCsv(10_000));
  const target = new LibraryDb(`bench-import-${Date.now()}`);
  const [parseMs, parsed] = await timed(async () => parseImportFile('ril_export.csv', csv));
  const [planMs, plan] = await timed(async () => {
    const existing = new Set(await target.articles.where(':id').anyOf(parsed.items.map(importItemId)).primaryKeys());
    return planImport(parsed, existing);
  });
  const [writeMs, written] = await timed(() => putImported(target, plan.new.map((item) => toSavedArticle(item, now))));
  await target.delete();

  const save = stats(saves);
  const screen = stats(firstScreen);
  const rareScreen = stats(firstRare);
  const search = stats(allSearches);
  const row = (name: string, samples: number[]) => {
    const s = stats(samples);
    return `| search: ${name} | ${ms(s.median)} | ${ms(s.p95)} | |`;
  };
  const browser = await inChromium(ARTICLES);
  return [
    '## library',
    '',
    `${count.toLocaleString('en')} generated articles of about ${WORDS_PER_ARTICLE.toLocaleString('en')} words (a ${VOCABULARY.toLocaleString('en')}-word Zipf vocabulary; ${vocabSize.toLocaleString('en')} distinct indexed terms) in the library's IndexedDB schema through utils/library, under fake-indexeddb ${'(pure JS)'} in Node. Filling the library took ${ms(fill)} (import batches of 500, index included). Sanitizing is not measured here (no DOM in Node).`,
    '',
    '| measure | median | p95 | target |',
    '| --- | --- | --- | --- |',
    `| save one article into the full library (${SAVES} saves) | ${ms(save.median)} | ${ms(save.p95)} | |`,
    `| first screen: open the database, 50 newest cards + tags (cold, once) | ${ms(cold)} | | < 300 ms |`,
    `| first screen, warm (${RUNS} runs) | ${ms(screen.median)} | ${ms(screen.p95)} | < 300 ms |`,
    `| first screen filtered by a tag on 1 in 200 articles | ${ms(rareScreen.median)} | ${ms(rareScreen.p95)} | |`,
    `| search, all ${QUERIES.length} queries × 3 | ${ms(search.median)} | ${ms(search.p95)} | < 50 ms |`,
    ...KINDS.map((kind) => row(KIND_NAMES[kind], searches[kind])),
    `| import a 10,000-row Pocket CSV: parse / plan / write ${written.toLocaleString('en')} link records | ${ms(parseMs)} / ${ms(planMs)} / ${ms(writeMs)} | | |`,
    '',
    `Search for "pyongyang" finds ${pyongyang.toLocaleString('en')} articles; ${found.filter((n) => n > 50).length} of the ${QUERIES.length} queries match more than a page of 50 (only that page's cards are read).`,
    '',
    '| bytes stored per article | article record | list card | index row | posting list blocks | vocabulary share | total |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| JSON size | ${kb(stored.articles / count)} | ${kb(stored.cards / count)} | ${kb(stored.words / count)} | ${kb(stored.blocks / count)} | ${kb(stored.vocab / count)} | ${kb(total / count)} |`,
    '',
    browser,
  ].join('\n');
}
