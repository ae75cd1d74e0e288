import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { DB_NAME, LibraryDb, SCHEMA_V1 } from '@/utils/library/db';
import { linkRecord } from '@/utils/library/store';
import type { SavedArticle } from '@/utils/library/types';
import { searchLibrary } from '@/utils/library/query';

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
    expect(db.verno).toBe(2);
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
});
