import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryDb, wordsKey } from '@/utils/library/db';
import { searchLibrary } from '@/utils/library/query';
import type { SavedArticle } from '@/utils/library/types';
import { sanitizeHtml } from '@/utils/sanitize';
import {
  addTag,
  drainInbox,
  fillLink,
  IMPORT_BATCH,
  linkRecord,
  isQuotaError,
  LibraryError,
  putImported,
  queueSave,
  quotaMessage,
  removeArticles,
  removeTag,
  saveArticle,
  saveLink,
  savedId,
  setArchived,
  setProgress,
} from '@/utils/library/store';
import { abortAtPut, failPut, freshDb, makeArticle } from './helpers';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let db: LibraryDb;
afterEach(async () => {
  await db?.delete();
});

describe('saving', () => {
  it('stores the sanitized article, its card and its index rows', async () => {
    db = freshDb();
    const record = await saveArticle(db, makeArticle(), sanitizeHtml, { now: 1000 });
    expect(record.id).toBe('http://news.example/world/story-1');
    expect(record.html).toContain('landed in Pyongyang');
    expect(record.html).not.toContain('<script');
    expect(record.html).not.toContain('onclick');
    expect(record.savedAt).toBe(1000);
    expect(await db.cards.get(record.id)).toMatchObject({ title: 'Putin visits Pyongyang', read: false, linkOnly: false });
    expect((await db.words.get(wordsKey(record.savedAt, record.id)))?.terms).toContain('pyongyang');
    expect((await db.vocab.get('pyongyang'))?.df).toBe(1);
  });

  it('saving the same article again updates it and keeps what the user did', async () => {
    db = freshDb();
    const first = await saveArticle(db, makeArticle(), sanitizeHtml, { now: 1000 });
    await addTag(db, [first.id], 'Korea');
    await setArchived(db, [first.id], true);
    const again = await saveArticle(
      db,
      makeArticle({ url: 'https://www.news.example/world/story-1/#comments', title: 'Putin in Pyongyang (updated)' }),
      sanitizeHtml,
      { now: 2000 },
    );
    expect(again.id).toBe(first.id);
    expect(await db.articles.count()).toBe(1);
    expect(await db.cards.count()).toBe(1);
    expect(again).toMatchObject({ title: 'Putin in Pyongyang (updated)', savedAt: 1000, updatedAt: 2000, archived: true, tags: ['korea'] });
    expect((await db.vocab.get('pyongyang'))?.df).toBe(1);
  });

  it('dedupes on the canonical URL when the page gives one', async () => {
    db = freshDb();
    await saveArticle(db, makeArticle({ url: 'https://m.news.example/a', canonicalUrl: 'https://news.example/a' }), sanitizeHtml);
    await saveArticle(db, makeArticle({ url: 'https://news.example/a?utm_medium=x', canonicalUrl: null }), sanitizeHtml);
    expect(await db.articles.count()).toBe(1);
  });

  it('a link saved under its page URL is found again when the page names a canonical URL', async () => {
    db = freshDb();
    const link = await saveLink(db, 'https://amp.news.example/a', 'A story', 5);
    const article = makeArticle({ url: 'https://amp.news.example/a', canonicalUrl: 'https://news.example/a' });
    expect(await savedId(db, article)).toBe(link.id);
    const saved = await saveArticle(db, article, sanitizeHtml);
    expect(saved).toMatchObject({ id: link.id, savedAt: 5, url: 'https://news.example/a' });
    expect(await db.articles.count()).toBe(1);
  });

  it('two saves of one article at once (two tabs) give one complete record', async () => {
    db = freshDb();
    const other = new LibraryDb(db.name); // a second page's connection to the same database
    await Promise.all([
      saveArticle(db, makeArticle({ title: 'From tab one' }), sanitizeHtml, { now: 1, tags: ['one'] }),
      saveArticle(other, makeArticle({ title: 'From tab two' }), sanitizeHtml, { now: 2, tags: ['two'] }),
    ]);
    other.close();
    const records = await db.articles.toArray();
    expect(records).toHaveLength(1);
    expect(records[0]!.tags.sort()).toEqual(['one', 'two']);
    expect(records[0]!.savedAt).toBe(1);
    expect((await db.cards.get(records[0]!.id))?.title).toBe(records[0]!.title);
  });

  it('a full disk gives a clear error and writes nothing at all', async () => {
    db = freshDb();
    await saveArticle(db, makeArticle({ url: 'https://news.example/kept' }), sanitizeHtml);
    db.words.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failed = saveArticle(db, makeArticle({ url: 'https://news.example/new', text: 'zanzibar' }), sanitizeHtml);
    await expect(failed).rejects.toThrow(LibraryError);
    await expect(failed).rejects.toThrow(quotaMessage());
    expect(await db.articles.count()).toBe(1);
    expect(await db.cards.count()).toBe(1);
    expect(await db.vocab.get('zanzibar')).toBeUndefined();
  });

  it('a full disk met by one put of a bulk write (a BulkError) is still a full disk, and writes nothing (issue #16)', async () => {
    db = freshDb();
    await saveArticle(db, makeArticle({ url: 'https://news.example/kept' }), sanitizeHtml);
    const undo = failPut('cards', 1, quota());
    try {
      const failed = saveArticle(db, makeArticle({ url: 'https://news.example/new', text: 'zanzibar' }), sanitizeHtml);
      await expect(failed).rejects.toMatchObject({ name: 'LibraryError', kind: 'quota', message: quotaMessage() });
    } finally {
      undo();
    }
    expect(await db.articles.count()).toBe(1);
    expect(await db.cards.count()).toBe(1);
    expect(await db.words.count()).toBe(1);
    expect(await db.vocab.get('zanzibar')).toBeUndefined();
  });

  it('finds a full disk however Dexie wraps it: failures, failuresByPos, inner, cause', () => {
    const bulk = new Dexie.BulkError('cards.bulkPut(): 1 of 2 operations failed', { 1: quota() });
    expect(isQuotaError(bulk)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', bulk))).toBe(true);
    expect(isQuotaError(new Error('wrapped', { cause: new Dexie.AbortError('x', bulk) }))).toBe(true);
    expect(isQuotaError({ name: 'BulkError', failuresByPos: { 3: { name: 'QuotaExceededError' } } })).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('x', { 0: new DOMException('no', 'ConstraintError') }))).toBe(false);
    const loop: { name: string; inner?: unknown } = { name: 'AbortError' };
    loop.inner = loop;
    expect(isQuotaError(loop)).toBe(false);
  });

  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome://settings', 'not a url'])(
    'refuses to save the link %s, and stores nothing (issue #16)',
    async (url) => {
      db = freshDb();
      await expect(saveLink(db, url, 'Click me', 5)).rejects.toMatchObject({ kind: 'refused', message: expect.stringMatching(/http or https/) });
      expect(await db.articles.count()).toBe(0);
      expect(await db.cards.count()).toBe(0);
    },
  );

  it('refuses a page that is not a web page, and ignores a canonical URL that is not one (issue #16)', async () => {
    db = freshDb();
    await expect(saveArticle(db, makeArticle({ url: 'file:///home/me/story.html' }), sanitizeHtml)).rejects.toMatchObject({ kind: 'refused' });
    await expect(queueSave(db, makeArticle({ url: 'data:text/html,<p>x</p>' }))).rejects.toMatchObject({ kind: 'refused' });
    expect(await db.inbox.count()).toBe(0);
    const saved = await saveArticle(db, makeArticle({ canonicalUrl: 'javascript:alert(1)' }), sanitizeHtml);
    expect(saved).toMatchObject({ id: 'http://news.example/world/story-1', url: makeArticle().url });
  });

  it('link saves store the URL and its text, and never overwrite a saved article', async () => {
    db = freshDb();
    const link = await saveLink(db, 'https://news.example/other', '  Another story ', 5);
    expect(link).toMatchObject({ html: null, text: null, title: 'Another story', source: 'link' });
    expect((await db.cards.get(link.id))?.linkOnly).toBe(true);
    const saved = await saveArticle(db, makeArticle(), sanitizeHtml);
    expect((await saveLink(db, makeArticle().url, 'x')).html).toBe(saved.html);
  });

  it('a link is filled with its article when first opened, keeping its saved date and tags', async () => {
    db = freshDb();
    const link = await saveLink(db, 'https://news.example/world/story-1', 'Story', 5);
    await addTag(db, [link.id], 'later');
    const filled = await fillLink(db, link.id, makeArticle(), sanitizeHtml, 50);
    expect(filled).toMatchObject({ id: link.id, savedAt: 5, tags: ['later'], source: 'lede' });
    expect(filled.html).toContain('Pyongyang');
    expect((await db.cards.get(link.id))?.linkOnly).toBe(false);
  });

  it('the service worker queues, and a page saves the queue sanitized', async () => {
    db = freshDb();
    await queueSave(db, makeArticle(), 7);
    expect(await savedId(db, makeArticle())).toBe('http://news.example/world/story-1');
    expect(await db.articles.count()).toBe(0);
    expect(await drainInbox(db, sanitizeHtml)).toBe(1);
    const record = await db.articles.get('http://news.example/world/story-1');
    expect(record?.html).not.toContain('<script');
    expect(record?.savedAt).toBe(7);
    expect(await db.inbox.count()).toBe(0);
  });

  it('a newer save of the page, queued while the drain sanitizes the older, is saved, never deleted unsaved (issue #16)', async () => {
    db = freshDb();
    await queueSave(db, makeArticle({ title: 'First version' }), 7);
    let newer: Promise<string> | undefined;
    const sanitize = (html: string) => {
      // Between the drain's read of the inbox and its transaction: the worker queues a newer save.
      newer ??= queueSave(db, makeArticle({ title: 'Second version', text: 'Updated from Pyongyang.' }), 8);
      return sanitizeHtml(html);
    };
    await drainInbox(db, sanitize);
    await newer;
    const record = await db.articles.get('http://news.example/world/story-1');
    expect(record?.title).toBe('Second version');
    expect(record?.text).toBe('Updated from Pyongyang.');
    expect(await db.inbox.count()).toBe(0);
    expect(await db.articles.count()).toBe(1);
  });
});

/** Every record has its card and its index row, and nothing else is there. */
async function expectConsistent(db: LibraryDb): Promise<SavedArticle[]> {
  const records = await db.articles.toArray();
  expect((await db.cards.toCollection().primaryKeys()).sort()).toEqual(records.map((r) => r.id).sort());
  expect((await db.words.toCollection().primaryKeys()).sort()).toEqual(records.map((r) => wordsKey(r.savedAt, r.id)).sort());
  return records;
}

describe('a page closed in the middle of a save (issue #16)', () => {
  it('a new article cut off after its record and card, before its index rows, leaves nothing of it', async () => {
    db = freshDb();
    await saveArticle(db, makeArticle({ url: 'https://news.example/kept', text: 'Pyongyang kept.' }), sanitizeHtml, { now: 1 });
    const cut = abortAtPut('words');
    try {
      await expect(saveArticle(db, makeArticle({ url: 'https://news.example/cut', title: 'Zanzibar', text: 'Zanzibar zeppelin.' }), sanitizeHtml)).rejects.toThrow(
        LibraryError,
      );
    } finally {
      cut.undo();
    }
    // The record and its card were written in the transaction before it was cut.
    expect(cut.written).toEqual(expect.arrayContaining(['articles', 'cards']));
    const reader = new LibraryDb(db.name); // the library page, opening after the popup closed
    try {
      expect((await expectConsistent(reader)).map((r) => r.id)).toEqual(['http://news.example/kept']);
      expect(await reader.vocab.get('zanzibar')).toBeUndefined();
      expect((await searchLibrary(reader, 'zanzibar', { shelf: 'all' })).total).toBe(0);
      expect((await searchLibrary(reader, 'pyongyang', { shelf: 'all' })).total).toBe(1);
    } finally {
      reader.close();
    }
  });

  it('a save of a new version cut off midway keeps the old version whole, findable by its own words only', async () => {
    db = freshDb();
    const first = await saveArticle(db, makeArticle(), sanitizeHtml, { now: 1 });
    const cut = abortAtPut('words');
    try {
      await expect(saveArticle(db, makeArticle({ title: 'Zanzibar edition', text: 'Zanzibar zeppelin.' }), sanitizeHtml, { now: 2 })).rejects.toThrow();
    } finally {
      cut.undo();
    }
    const [kept] = await expectConsistent(db);
    expect(kept).toEqual(first);
    expect((await db.cards.get(first.id))?.title).toBe('Putin visits Pyongyang');
    expect((await searchLibrary(db, 'zanzibar', { shelf: 'all' })).total).toBe(0);
    expect((await searchLibrary(db, 'pyongyang', { shelf: 'all' })).total).toBe(1);
  });
});

describe('changing and deleting', () => {
  it('tags are normalized, searchable, and removable', async () => {
    db = freshDb();
    const { id } = await saveArticle(db, makeArticle(), sanitizeHtml);
    await addTag(db, [id], '  Foreign   Policy ');
    expect((await db.articles.get(id))?.tags).toEqual(['foreign policy']);
    expect((await db.words.filter((row) => row.id === id).first())?.head).toContain('foreign');
    await removeTag(db, [id], 'foreign policy');
    expect((await db.cards.get(id))?.tags).toEqual([]);
    expect(await db.vocab.get('foreign')).toBeUndefined();
  });

  it('progress is kept, and reaching the end marks the article read', async () => {
    db = freshDb();
    const { id } = await saveArticle(db, makeArticle(), sanitizeHtml);
    await setProgress(db, id, 0.4, 10);
    expect(await db.articles.get(id)).toMatchObject({ progress: 0.4, readAt: null });
    await setProgress(db, id, 1, 20);
    expect(await db.articles.get(id)).toMatchObject({ progress: 1, readAt: 20 });
    expect((await db.cards.get(id))?.read).toBe(true);
  });

  it('deleting removes the record, its card, its index rows and unused terms', async () => {
    db = freshDb();
    const a = await saveArticle(db, makeArticle(), sanitizeHtml);
    const b = await saveArticle(db, makeArticle({ url: 'https://news.example/b', text: 'Pyongyang again' }), sanitizeHtml);
    await removeArticles(db, [a.id]);
    expect(await db.articles.count()).toBe(1);
    expect(await db.cards.count()).toBe(1);
    expect(await db.words.count()).toBe(1);
    expect((await db.vocab.get('pyongyang'))?.df).toBe(1);
    expect(await db.vocab.get('landed')).toBeUndefined();
    await removeArticles(db, [b.id]);
    expect(await db.vocab.count()).toBe(0);
  });

  it('an article written again under another saved date keeps one index row, under the new date', async () => {
    db = freshDb();
    const saved = await saveArticle(db, makeArticle(), sanitizeHtml, { now: 1000 });
    await putImported(db, [{ ...saved, savedAt: 5000 }]);
    expect(await db.words.count()).toBe(1);
    expect(await db.words.get(wordsKey(1000, saved.id))).toBeUndefined();
    expect((await db.words.get(wordsKey(5000, saved.id)))?.terms).toContain('pyongyang');
    expect((await db.vocab.get('pyongyang'))?.df).toBe(1);
  });

  it('an import that fails at record 700 of 1,200 keeps the first batch of 500, and says so (issue #16)', async () => {
    db = freshDb();
    const base = linkRecord('https://x.example/0', 'x', 1);
    const records = Array.from({ length: 1200 }, (_, i) => ({ ...base, id: `http://x.example/${i}`, url: `https://x.example/${i}`, title: `Story ${i}` }));
    const undo = failPut('articles', 700, new DOMException('The disk went away.', 'UnknownError'));
    try {
      const failed = putImported(db, records);
      await expect(failed).rejects.toMatchObject({ kind: 'failed', kept: IMPORT_BATCH });
      await expect(failed).rejects.toThrow(/500 of 1,200 articles were imported and are kept.*Import the same file again/);
      await expect(failed).rejects.toThrow(/\(The browser said: .*The disk went away\.\)$/);
      await expect(failed).rejects.not.toThrow(/Nothing was/);
    } finally {
      undo();
    }
    expect((await db.articles.toCollection().primaryKeys()).sort()).toEqual(records.slice(0, 500).map((r) => r.id).sort());
    await expectConsistent(db);
  });

  it('an import that fails in its first batch keeps nothing and says so, not "0 of 1,200 were imported"', async () => {
    db = freshDb();
    const base = linkRecord('https://x.example/0', 'x', 1);
    const records = Array.from({ length: 1200 }, (_, i) => ({ ...base, id: `http://x.example/${i}`, url: `https://x.example/${i}` }));
    const undo = failPut('articles', 300, new DOMException('The disk went away.', 'UnknownError'));
    try {
      const failed = putImported(db, records);
      await expect(failed).rejects.toMatchObject({ kind: 'failed', kept: 0 });
      await expect(failed).rejects.toThrow(/^Lede could not import: .*The disk went away\. Nothing was imported\.$/);
      await expect(failed).rejects.not.toThrow(/are kept/);
    } finally {
      undo();
    }
    expect(await db.articles.count()).toBe(0);
    await expectConsistent(db);
  });

  it('an import that meets a full disk in its first batch says the library is full and nothing was saved', async () => {
    db = freshDb();
    const base = linkRecord('https://x.example/0', 'x', 1);
    const records = Array.from({ length: 600 }, (_, i) => ({ ...base, id: `http://x.example/${i}`, url: `https://x.example/${i}` }));
    const undo = failPut('cards', 20, quota());
    try {
      const failed = putImported(db, records);
      await expect(failed).rejects.toMatchObject({ kind: 'quota', kept: 0, message: quotaMessage() });
    } finally {
      undo();
    }
    expect(await db.articles.count()).toBe(0);
  });

  it('an import that meets a full disk in its second batch says how many are kept, not "Nothing was saved"', async () => {
    db = freshDb();
    const base = linkRecord('https://x.example/0', 'x', 1);
    const records = Array.from({ length: 600 }, (_, i) => ({ ...base, id: `http://x.example/${i}`, url: `https://x.example/${i}` }));
    const undo = failPut('cards', 501, quota());
    try {
      const failed = putImported(db, records);
      await expect(failed).rejects.toMatchObject({ kind: 'quota', kept: 500 });
      await expect(failed).rejects.toThrow(/^The library is full.*500 of 600 articles were imported and are kept/);
    } finally {
      undo();
    }
    expect(await db.articles.count()).toBe(500);
  });

  it('imports in batches and keeps term counts right', async () => {
    db = freshDb();
    const first = await saveArticle(db, makeArticle(), sanitizeHtml, { now: 1 });
    const records = Array.from({ length: 1200 }, (_, i) => ({ ...first, id: `http://x.example/${i}`, url: `https://x.example/${i}` }));
    let progress = 0;
    expect(await putImported(db, records, (done) => (progress = done))).toBe(1200);
    expect(progress).toBe(1200);
    expect(await db.articles.count()).toBe(1201);
    expect((await db.vocab.get('pyongyang'))?.df).toBe(1201);
  });
});
