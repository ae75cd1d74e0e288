import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { cardOf, DB_NAME, LibraryDb, SCHEMA_V1, SCHEMA_V2, wordsKey } from '@/utils/library/db';
import { indexTerms } from '@/utils/library/terms';
import { linkRecord } from '@/utils/library/store';
import type { SavedArticle } from '@/utils/library/types';
import { searchLibrary } from '@/utils/library/query';
import { readList } from '@/utils/library/postings';

/** A record as the first schema stored it. */
function v1Record(i: number): SavedArticle {
  return {
    ...linkRecord(`https://news.example/${i}`, `Story number ${i}`, 1000 + i),
    html: `<p>Body ${i} about Pyongyang</p>`,
    text: `Body ${i} about Pyongyang`,
    tags: i % 2 ? ['odd'] : [],
    source: 'pocket',
  };
}

describe('schema migrations', () => {
  it('a database written by schema version 1 keeps every record after the upgrade, indexed', async () => {
    const name = `${DB_NAME}-migration-test`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const records = Array.from({ length: 25 }, (_, i) => v1Record(i));
    await v1.table('articles').bulkPut(records);
    v1.close();

    const db = new LibraryDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    expect(await db.articles.count()).toBe(25);
    for (const record of records) {
      expect(await db.articles.get(record.id)).toEqual(record);
      expect((await db.cards.get(record.id))?.title).toBe(record.title);
    }
    expect((await db.vocab.get('pyongyang'))?.df).toBe(25);
    expect((await searchLibrary(db, 'pyongyang', { shelf: 'all' }, 100)).total).toBe(25);
    expect((await searchLibrary(db, 'story odd', { shelf: 'all' }, 100)).total).toBe(12);
    await db.delete();
  });

  it('a database written by schema version 2 gets its index keyed newest first, in blocks, and keeps every record', async () => {
    const name = `${DB_NAME}-migration-v2-test`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    // Enough articles for "pyongyang" to need three blocks.
    const records = Array.from({ length: 900 }, (_, i) => v1Record(i));
    const df = new Map<string, number>();
    // Version 2 stored each row's terms as plain words.
    const rows = records.map((record) => ({ id: record.id, ...indexTerms(record) }));
    for (const row of rows) for (const term of row.terms) df.set(term, (df.get(term) ?? 0) + 1);
    await v2.table('articles').bulkPut(records);
    await v2.table('cards').bulkPut(records.map(cardOf));
    await v2.table('terms').bulkPut(rows);
    await v2.table('vocab').bulkPut([...df].map(([term, count]) => ({ term, df: count })));
    v2.close();

    const db = new LibraryDb(name);
    await db.open();
    expect(db.verno).toBe(5);
    for (const record of records) expect(await db.articles.get(record.id)).toEqual(record);
    expect(db.tables.map((t) => t.name)).not.toContain('terms');
    const row = await db.words.get(wordsKey(records[3]!.savedAt, records[3]!.id));
    expect(row?.head).toContain('story');
    expect(row?.terms).toContain('pyongyang');
    // Newest first, now read from the dated entries.
    const found = await searchLibrary(db, 'pyongyang', { shelf: 'all' }, 1000);
    expect(found.total).toBe(900);
    expect(found.cards.map((c) => c.savedAt)).toEqual(records.map((r) => r.savedAt).sort((a, b) => b - a));
    const vocab = await db.vocab.get('pyongyang');
    expect(vocab).toMatchObject({ df: 900, text: { first: expect.any(Array), starts: expect.any(Array) } });
    expect(vocab!.head).toBeUndefined();
    expect(vocab!.text!.starts.length).toBe(2); // three blocks, the first in the row
    expect(await readList(db, vocab!, 'text')).toEqual(records.map((r) => wordsKey(r.savedAt, r.id)).sort());
    expect((await searchLibrary(db, 'story odd', { shelf: 'all' }, 1000)).total).toBe(450);
    expect((await searchLibrary(db, 'story 899', { shelf: 'all' })).cards.map((c) => c.id)).toEqual([records[899]!.id]);
    await db.delete();
  });
});
