import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDb, WordsRow } from '@/utils/library/db';
import { BLOCK, blockKey, blockOf, FIRST_BLOCK, layout, listName, listOf, readList } from '@/utils/library/postings';
import { searchLibrary } from '@/utils/library/query';
import { linkRecord, putImported, removeArticles, saveLink } from '@/utils/library/store';
import { freshDb } from './helpers';

let db: LibraryDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

/** Checks the whole index against the `words` rows: every list holds exactly its articles'
 * keys, newest first, each block within its bounds and size, no block row left over. */
async function expectIndexTrue(): Promise<void> {
  const expected = new Map<string, string[]>();
  for (const row of (await db.words.toArray()) as WordsRow[]) {
    for (const [kind, terms] of [['text', row.terms], ['head', row.head]] as const) {
      for (const term of terms) (expected.get(listName(kind, term)) ?? expected.set(listName(kind, term), []).get(listName(kind, term))!).push(row.key);
    }
  }
  const vocab = await db.vocab.toArray();
  const named = new Set<string>();
  for (const row of vocab) {
    for (const kind of ['text', 'head'] as const) {
      const name = listName(kind, row.term);
      const list = listOf(row, kind);
      expect(await readList(db, row, kind)).toEqual(expected.get(name) ?? []);
      if (kind === 'text') expect(row.df).toBe(expected.get(name)!.length);
      if (!list) continue;
      // The first block, in the row, then the others: each within its bounds.
      const starts = ['', ...list.starts];
      expect(list.first.length).toBeLessThanOrEqual(FIRST_BLOCK);
      for (const key of list.first) expect(blockOf(starts, key)).toBe('');
      for (const start of list.starts) {
        named.add(blockKey(name, start));
        const keys = (await db.blocks.get(blockKey(name, start)))?.keys ?? [];
        expect(keys.length).toBeGreaterThan(0);
        expect(keys.length).toBeLessThanOrEqual(BLOCK);
        for (const key of keys) expect(blockOf(starts, key)).toBe(start);
      }
    }
  }
  expect(vocab.length).toBe([...expected.keys()].filter((name) => name.startsWith('t:')).length);
  for (const key of await db.blocks.toCollection().primaryKeys()) expect(named).toContain(key);
}

/** A link record for article `i`, "common" in every title, "even" or "odd", "third" in every
 * third, saved at `at`. */
function record(i: number, at: number) {
  return linkRecord(`https://news.example/p/${i}`, `common ${i % 2 ? 'odd' : 'even'} ${i % 3 ? '' : 'third'}`, at);
}

describe('posting lists in blocks', () => {
  it('lays sorted keys out in a small first block and blocks three quarters full', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => String(i).padStart(5, '0'));
    const blocks = layout(keys);
    expect(blocks.map((b) => b.keys.length)).toEqual([32, 768, 768, 432]);
    expect(blocks.map((b) => b.start)).toEqual(['', '00032', '00800', '01568']);
    expect(blocks.flatMap((b) => b.keys)).toEqual(keys);
    expect(blockOf(['', '00032', '00800'], '00031')).toBe('');
    expect(blockOf(['', '00032', '00800'], '00032')).toBe('00032');
    expect(blockOf(['', '00032', '00800'], '99999')).toBe('00800');
  });

  it('stay true through imports in any date order, single saves, deletes and new dates', { timeout: 60_000 }, async () => {
    // 2,600 articles imported in shuffled date order: lists split in the middle, often at once.
    const order = Array.from({ length: 2600 }, (_, i) => i).sort((a, b) => ((a * 7919) % 2600) - ((b * 7919) % 2600));
    await putImported(
      db,
      order.map((i) => record(i, 1_000_000 + i * 1000)),
    );
    await expectIndexTrue();
    expect(listOf(await db.vocab.get('common'), 'text')!.starts.length).toBeGreaterThan(1);
    // Saves one at a time, newest: the first block fills, spills into the second, again.
    for (let i = 0; i < 150; i++) await saveLink(db, `https://news.example/new/${i}`, 'common fresh', 5_000_000 + i);
    await expectIndexTrue();
    // Deletes across every block, and the same articles imported again under other dates.
    const gone = Array.from({ length: 400 }, (_, k) => `http://news.example/p/${k * 6}`);
    await removeArticles(db, gone);
    await expectIndexTrue();
    await putImported(
      db,
      Array.from({ length: 300 }, (_, k) => record(k * 5, 10 + k)),
    );
    await expectIndexTrue();
    const found = await searchLibrary(db, 'common even third', { shelf: 'all' }, 5000);
    const left = new Set(Array.from({ length: 2600 }, (_, i) => i).filter((i) => i % 6 === 0 && (!(i % 6 === 0 && i / 6 < 400) || (i % 5 === 0 && i / 5 < 300))));
    expect(found.total).toBe(left.size);
    // Every fresh save gone: the word leaves the vocabulary with all its blocks.
    await removeArticles(
      db,
      Array.from({ length: 150 }, (_, i) => `http://news.example/new/${i}`),
    );
    expect(await db.vocab.get('fresh')).toBeUndefined();
    await expectIndexTrue();
  });
});
