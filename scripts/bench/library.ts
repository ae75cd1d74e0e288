/**
 * Benchmark section "library" of `npm run bench` (issue #5): a generated library of 10,000
 * articles of about 1,000 words (library/corpus.ts), in IndexedDB through the library's own
 * module (utils/library), under fake-indexeddb in Node. Measures saving one article into the full
 * library, the data of the list's first screen, search (typos cold and warm apart), importing a
 * 10,000-row Pocket CSV, and the bytes stored per article. fake-indexeddb is a pure-JS
 * IndexedDB: absolute times differ from a browser's, the shape (what grows with the library and
 * what does not) is the point.
 *
 * With the Chrome build (made in `.output-bench`, as for the other sections), the same library is
 * also imported into Chromium through the library page and timed there (library/chromium.ts).
 *
 * `LEDE_BENCH_LIBRARY_N=1000 npm run bench -- library` runs a smaller library;
 * `LEDE_BENCH_CHROMIUM=0` skips Chromium.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { LibraryDb } from '../../utils/library/db';
import { parseImportFile } from '../../utils/library/import';
import { importItemId, planImport, toSavedArticle } from '../../utils/library/import/plan';
import { listCards, listTags, searchLibrary } from '../../utils/library/query';
import { putImported, recordFromArticle, saveArticle } from '../../utils/library/store';
import type { SavedArticle } from '../../utils/library/types';
import { inChromium, libraryBuild } from './library/chromium';
import {
  byKind,
  identity,
  KIND_NAMES,
  KINDS,
  pocketCsv,
  QUERIES,
  RARE_TAG,
  syntheticArticle,
  tagsOf,
  TYPO_ROUNDS,
  TYPOS,
  VOCABULARY,
  WARM_REPEATS,
  WORDS_PER_ARTICLE,
} from './library/corpus';
import { bytes, kb, ms, stats, timed } from './library/measure';

const ARTICLES = Number(process.env.LEDE_BENCH_LIBRARY_N ?? 10_000);
const SAVES = 100;
const RUNS = 30;
/** How long a vocabulary write may take to be signalled before the bench gives up. */
const SIGNAL_TIMEOUT_MS = 5_000;

/**
 * A vocabulary change, as a save makes one: a vocab row written back unchanged, and Dexie's
 * `storagemutated` event for the vocab table seen. utils/library/query.ts drops its cached
 * vocabulary slices on that same event (it subscribed first, at import), so once it is seen the
 * next typo of any letter reads its slice again.
 */
async function vocabularyChange(db: LibraryDb): Promise<void> {
  const row = await db.vocab.toCollection().first();
  if (!row) throw new Error('the vocabulary is empty');
  let listener: (parts: Record<string, unknown>) => void = () => {};
  const seen = new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error('no storagemutated event for the vocab table: typo "cold" would be warm')), SIGNAL_TIMEOUT_MS);
    listener = (parts) => {
      if (Object.keys(parts).some((part) => part.includes('/vocab/'))) {
        clearTimeout(timer);
        done();
      }
    };
    Dexie.on('storagemutated', listener);
  });
  try {
    await db.vocab.put(row);
    await seen;
  } finally {
    Dexie.on.storagemutated.unsubscribe(listener);
  }
}

/** Each typo, TYPO_ROUNDS.node rounds: after a vocabulary change (cold: its letter's slice is
 * read), then WARM_REPEATS times again (warm: the slice is kept). */
async function typosColdAndWarm(db: LibraryDb): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < TYPO_ROUNDS.node; round++) {
    for (const typo of TYPOS) {
      await vocabularyChange(db);
      cold.push((await timed(() => searchLibrary(db, typo, { shelf: 'all' })))[0]);
      for (let i = 0; i < WARM_REPEATS; i++) warm.push((await timed(() => searchLibrary(db, typo, { shelf: 'all' })))[0]);
    }
  }
  return { cold, warm };
}

export async function run(): Promise<string> {
  const build = libraryBuild();
  const db = new LibraryDb(`bench-library-${Date.now()}`);
  const now = Date.now();

  // The library: written in import batches, as a big import would.
  const records: SavedArticle[] = [];
  const [fill] = await timed(async () => {
    for (let i = 0; i < ARTICLES; i++) {
      const record = recordFromArticle(syntheticArticle(i), identity, now - (ARTICLES - i) * 60_000);
      record.tags = tagsOf(i) ?? record.tags;
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

  // The first screen: the 50 newest cards and the tag list, once on a newly opened connection to
  // the same database in this process (its code compiled by the fill and the saves, its data in
  // memory: fake-indexeddb keeps none on disk, so a new process could not open this library at
  // all), then again on that connection.
  db.close();
  const reopened = new LibraryDb(db.name);
  const [newConnection] = await timed(async () => {
    await reopened.open();
    await Promise.all([listCards(reopened, { shelf: 'all' }, 0, 51), listTags(reopened)]);
  });
  // The tag timed as rare, counted in the table rather than taken on trust from the generator.
  const rareCount = await reopened.articles.where('tags').equals(RARE_TAG).count();
  const firstScreen: number[] = [];
  const firstRare: number[] = [];
  let rareListed = 0;
  for (let i = 0; i < RUNS; i++) {
    firstScreen.push((await timed(() => Promise.all([listCards(reopened, { shelf: 'all' }, 0, 51), listTags(reopened)])))[0]);
    const [t, cards] = await timed(() => listCards(reopened, { shelf: 'all', tag: RARE_TAG }, 0, 51));
    firstRare.push(t);
    rareListed = cards.length;
  }

  // Search: every query in sequence, three times over. A typo here reads its letter's slice of
  // the vocabulary only the first time that letter is typed wrong after the saves (3 of its 15).
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
  const typos = await typosColdAndWarm(reopened);
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

  const row = (name: string, samples: number[], target = '') => {
    const s = stats(samples);
    return `| ${name} | ${ms(s.median)} | ${ms(s.p95)} | ${target ? `${target} ` : ''}|`;
  };
  const browser = await inChromium(ARTICLES, build);
  return [
    '## library',
    '',
    `${count.toLocaleString('en')} generated articles of about ${WORDS_PER_ARTICLE.toLocaleString('en')} words (a ${VOCABULARY.toLocaleString('en')}-word Zipf vocabulary; ${vocabSize.toLocaleString('en')} distinct indexed terms) in the library's IndexedDB schema through utils/library, under fake-indexeddb ${'(pure JS)'} in Node. Filling the library took ${ms(fill)} (import batches of 500, index included). Sanitizing is not measured here (no DOM in Node).`,
    '',
    '| measure | median | p95 | target |',
    '| --- | --- | --- | --- |',
    row(`save one article into the full library (${SAVES} saves)`, saves),
    `| first screen, new connection in a warm process: open the database again, 50 newest cards + tags (once; data in memory, code compiled) | ${ms(newConnection)} | | < 300 ms |`,
    row(`first screen, same connection (${RUNS} runs)`, firstScreen, '< 300 ms'),
    row(`first screen filtered by a tag on 1 in 200 articles (\`${RARE_TAG}\`: on ${rareCount.toLocaleString('en')} of ${count.toLocaleString('en')} articles, lists ${rareListed.toLocaleString('en')}; ${RUNS} runs)`, firstRare),
    row(`search, all ${QUERIES.length} queries × 3, in sequence`, allSearches, '< 50 ms'),
    ...KINDS.filter((kind) => kind !== 'typo').map((kind) => row(`search: ${KIND_NAMES[kind]}`, searches[kind])),
    row(`search: typos, cold (first typo of its letter after a vocabulary change; ${typos.cold.length} searches)`, typos.cold),
    row(`search: typos, warm (the same typo again, its slice cached; ${typos.warm.length} searches)`, typos.warm),
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
