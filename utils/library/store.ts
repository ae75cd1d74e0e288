import Dexie from 'dexie';
import type { Article } from '../article';
import { urlKey } from '../url';
import { cardOf, wordsKey, wordsRowOf, type Card, type LibraryDb, type WordsRow } from './db';
import { applyTermChanges, type TermChange } from './postings';
import type { SavedArticle } from './types';

/**
 * Every write to the library. Each public function is one IndexedDB transaction over the
 * tables it touches, so a full disk, a second tab saving the same article or a popup closed
 * mid-save leave either the whole change or none of it (issue #5).
 */

export type LibraryErrorKind = 'quota' | 'missing' | 'failed';

/** A write that did not happen, with a message for people. Nothing was half-written. */
export class LibraryError extends Error {
  constructor(
    readonly kind: LibraryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export const QUOTA_MESSAGE =
  'The library is full: the browser gives Lede no more room. Nothing was saved. Export and delete some articles, then try again.';

function isQuota(error: unknown): boolean {
  for (let e = error as { name?: string; inner?: unknown } | undefined; e; e = e.inner as typeof e) {
    if (e.name === 'QuotaExceededError' || e.name === Dexie.errnames.QuotaExceeded) return true;
  }
  return false;
}

async function guarded<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    if (isQuota(error)) throw new LibraryError('quota', QUOTA_MESSAGE);
    throw new LibraryError('failed', `Lede could not ${what}: ${(error as Error).message}`);
  }
}

/** The library id of an article: the key of its canonical URL, else of its page URL. */
export function articleId(article: Pick<Article, 'url' | 'canonicalUrl'>): string {
  return urlKey(article.canonicalUrl ?? article.url);
}

/**
 * Every id an earlier save of this article may have: its canonical URL's key, and its page URL's
 * key (a link saved or imported before the page said what its canonical URL is).
 */
export function articleIds(article: Pick<Article, 'url' | 'canonicalUrl'>): string[] {
  return [...new Set([articleId(article), urlKey(article.url)])];
}

/** The saved record of this article, under any of its ids. Call inside a transaction. */
async function findSaved(db: LibraryDb, article: Pick<Article, 'url' | 'canonicalUrl'>): Promise<SavedArticle | undefined> {
  for (const id of articleIds(article)) {
    const found = await db.articles.get(id);
    if (found) return found;
  }
  return undefined;
}

export type Sanitize = (html: string) => string;

/** A record for `article`, keeping what the user did with an earlier save of it. */
export function recordFromArticle(
  article: Article,
  sanitize: Sanitize,
  now: number,
  existing?: SavedArticle,
  tags: string[] = [],
): SavedArticle {
  return {
    id: existing?.id ?? articleId(article),
    url: article.canonicalUrl ?? article.url,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    publishedTime: article.publishedTime,
    lang: article.lang,
    dir: article.dir,
    excerpt: article.excerpt,
    leadImage: article.leadImage,
    html: sanitize(article.html),
    text: article.text,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    ...(article.keyFacts ? { keyFacts: article.keyFacts } : {}),
    ...(article.relatedLinks ? { relatedLinks: article.relatedLinks } : {}),
    tags: mergeTags(existing?.tags ?? [], tags),
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    archived: existing?.archived ?? false,
    favorite: existing?.favorite ?? false,
    readAt: existing?.readAt ?? null,
    progress: existing?.progress ?? 0,
    ...(existing?.highlights ? { highlights: existing.highlights } : {}),
    source: existing && existing.source !== 'link' ? existing.source : 'lede',
  };
}

/** Tags are trimmed, compared without case, and kept in the order they came. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function mergeTags(...lists: readonly (readonly string[])[]): string[] {
  const out = new Set<string>();
  for (const list of lists) for (const tag of list) if (normalizeTag(tag)) out.add(normalizeTag(tag));
  return [...out];
}

const INDEX_TABLES = ['articles', 'cards', 'words', 'vocab', 'blocks'] as const;

/**
 * Writes records with their cards and index rows, and keeps term counts and posting lists
 * right. Must run inside a read-write transaction over INDEX_TABLES. Later records win over
 * earlier ones of the same id.
 */
async function putRecords(db: LibraryDb, input: readonly SavedArticle[]): Promise<void> {
  const records = [...new Map(input.map((r) => [r.id, r])).values()];
  if (!records.length) return;
  const old = await oldRows(db, records.map((r) => r.id));
  const rows = records.map(wordsRowOf);
  await applyTermChanges(db, indexChanges(rows.map((row) => ({ before: old.get(row.id), after: row }))));
  await db.articles.bulkPut(records);
  await db.cards.bulkPut(records.map(cardOf));
  // A row's key holds its date: a record saved again under another date leaves its old row.
  const keys = new Set(rows.map((row) => row.key));
  await db.words.bulkDelete([...old.values()].map((row) => row.key).filter((key) => !keys.has(key)));
  await db.words.bulkPut(rows);
}

/** The index rows of these articles, by id. */
async function oldRows(db: LibraryDb, ids: readonly string[]): Promise<Map<string, WordsRow>> {
  // A row's key holds its article's savedAt, which the card has: two reads by key, no scan.
  const cards = (await db.cards.bulkGet([...ids])).filter((c): c is Card => !!c);
  const rows = await db.words.bulkGet(cards.map((c) => wordsKey(c.savedAt, c.id)));
  return new Map(rows.filter((r): r is WordsRow => !!r).map((row) => [row.id, row]));
}

/** What replacing index rows (`before`, `after`: either may be missing) changes for each term:
 * its article count, and the keys its text and head lists gain and lose. */
export function indexChanges(pairs: readonly { before?: WordsRow; after?: WordsRow }[]): Map<string, TermChange> {
  const changes = new Map<string, TermChange>();
  const of = (term: string): Required<TermChange> => {
    if (!changes.has(term)) changes.set(term, { df: 0, text: { add: [], remove: [] }, head: { add: [], remove: [] } });
    return changes.get(term) as Required<TermChange>;
  };
  for (const { before, after } of pairs) {
    // Under the same key, only the terms that came or went change; under a new date, all do.
    const moved = before?.key !== after?.key;
    for (const kind of ['text', 'head'] as const) {
      const field = kind === 'text' ? 'terms' : 'head';
      const was = new Set(before?.[field]);
      const is = new Set(after?.[field]);
      for (const term of was) {
        if (moved || !is.has(term)) of(term)[kind].remove.push(before!.key);
        if (kind === 'text' && !is.has(term)) of(term).df--;
      }
      for (const term of is) {
        if (moved || !was.has(term)) of(term)[kind].add.push(after!.key);
        if (kind === 'text' && !was.has(term)) of(term).df++;
      }
    }
  }
  return changes;
}

async function deleteRecords(db: LibraryDb, ids: readonly string[]): Promise<void> {
  const old = await oldRows(db, ids);
  await applyTermChanges(db, indexChanges([...old.values()].map((before) => ({ before }))));
  await db.articles.bulkDelete([...ids]);
  await db.cards.bulkDelete([...ids]);
  await db.words.bulkDelete([...old.values()].map((row) => row.key));
}

/** Saves an extracted article, or updates its earlier save (same canonical URL): never a
 * duplicate. Its HTML is stored sanitized. */
export function saveArticle(
  db: LibraryDb,
  article: Article,
  sanitize: Sanitize,
  options: { now?: number; tags?: string[] } = {},
): Promise<SavedArticle> {
  const now = options.now ?? Date.now();
  // Sanitize before the transaction opens: a transaction closes when it awaits anything else.
  const clean = sanitize(article.html);
  return guarded('save this article', () =>
    db.transaction('rw', INDEX_TABLES, async () => {
      // Read inside the transaction, so two tabs saving at once merge instead of overwrite.
      const existing = await findSaved(db, article);
      const record = recordFromArticle(article, () => clean, now, existing, options.tags);
      await putRecords(db, [record]);
      return record;
    }),
  );
}

/** "Save link to Lede": the URL and the link's text; the article is fetched when first opened. */
export function saveLink(db: LibraryDb, url: string, title: string, now = Date.now()): Promise<SavedArticle> {
  const id = urlKey(url);
  return guarded('save this link', () =>
    db.transaction('rw', INDEX_TABLES, async () => {
      const existing = await db.articles.get(id);
      if (existing) return existing; // already saved, perhaps with its content: keep it
      const record = linkRecord(url, title, now);
      await putRecords(db, [record]);
      return record;
    }),
  );
}

export function linkRecord(url: string, title: string, now: number, id = urlKey(url)): SavedArticle {
  return {
    id,
    url,
    title: title.trim() || url,
    siteName: null,
    byline: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    leadImage: null,
    html: null,
    text: null,
    wordCount: 0,
    readingMinutes: 0,
    tags: [],
    savedAt: now,
    updatedAt: now,
    archived: false,
    favorite: false,
    readAt: null,
    progress: 0,
    source: 'link',
  };
}

/**
 * For the service worker, which has no DOM and so cannot sanitize: keeps the extracted article
 * in the inbox, whole, in one write. An extension page saves it for real (drainInbox).
 */
export function queueSave(db: LibraryDb, article: Article, now = Date.now()): Promise<string> {
  const id = articleId(article);
  return guarded('save this article', async () => {
    await db.inbox.put({ id, article, tags: [], queuedAt: now });
    return id;
  });
}

/** Saves every queued article, each with its own transaction; returns how many. */
export async function drainInbox(db: LibraryDb, sanitize: Sanitize): Promise<number> {
  const queued = await db.inbox.orderBy('queuedAt').toArray();
  for (const row of queued) {
    const clean = sanitize(row.article.html);
    await guarded('save a queued article', () =>
      db.transaction('rw', [...INDEX_TABLES, 'inbox'], async () => {
        // Gone already: another page drained it first.
        if (!(await db.inbox.get(row.id))) return;
        const existing = await findSaved(db, row.article);
        await putRecords(db, [recordFromArticle(row.article, () => clean, row.queuedAt, existing, row.tags)]);
        await db.inbox.delete(row.id);
      }),
    );
  }
  return queued.length;
}

/** Whether an article of this URL is saved (or queued to be). */
export async function savedId(db: LibraryDb, article: Pick<Article, 'url' | 'canonicalUrl'>): Promise<string | null> {
  const saved = await findSaved(db, article);
  if (saved) return saved.id;
  const id = articleId(article);
  return (await db.inbox.get(id)) ? id : null;
}

export function getRecord(db: LibraryDb, id: string): Promise<SavedArticle | undefined> {
  return db.articles.get(id);
}

export function removeArticles(db: LibraryDb, ids: readonly string[]): Promise<void> {
  return guarded('delete', () =>
    db.transaction('rw', [...INDEX_TABLES, 'inbox'], async () => {
      await deleteRecords(db, ids);
      await db.inbox.bulkDelete([...ids]);
    }),
  );
}

/** Changes records (not their text) and their cards together. */
function updateRecords(
  db: LibraryDb,
  ids: readonly string[],
  change: (record: SavedArticle) => SavedArticle,
  reindex = false,
): Promise<void> {
  return guarded('update the library', () =>
    db.transaction('rw', INDEX_TABLES, async () => {
      const records = (await db.articles.bulkGet([...ids])).filter((r): r is SavedArticle => !!r);
      const changed = records.map(change);
      if (reindex) {
        await putRecords(db, changed);
      } else {
        await db.articles.bulkPut(changed);
        await db.cards.bulkPut(changed.map(cardOf));
      }
    }),
  );
}

export function setArchived(db: LibraryDb, ids: readonly string[], archived: boolean): Promise<void> {
  return updateRecords(db, ids, (r) => ({ ...r, archived }));
}

export function setFavorite(db: LibraryDb, ids: readonly string[], favorite: boolean): Promise<void> {
  return updateRecords(db, ids, (r) => ({ ...r, favorite }));
}

export function addTag(db: LibraryDb, ids: readonly string[], tag: string): Promise<void> {
  if (!normalizeTag(tag)) return Promise.resolve();
  // Tags are searchable, so the index follows.
  return updateRecords(db, ids, (r) => ({ ...r, tags: mergeTags(r.tags, [tag]) }), true);
}

export function removeTag(db: LibraryDb, ids: readonly string[], tag: string): Promise<void> {
  const gone = normalizeTag(tag);
  return updateRecords(db, ids, (r) => ({ ...r, tags: r.tags.filter((t) => t !== gone) }), true);
}

/** The reader's position, 0 to 1; reaching the end marks the article read. */
export function setProgress(db: LibraryDb, id: string, progress: number, now = Date.now()): Promise<void> {
  const value = Math.min(1, Math.max(0, progress));
  return updateRecords(db, [id], (r) => ({
    ...r,
    progress: value,
    readAt: r.readAt ?? (value >= READ_AT ? now : null),
  }));
}

/** Past this fraction of the article the reader counts it as read. */
export const READ_AT = 0.97;

export function setRead(db: LibraryDb, ids: readonly string[], read: boolean, now = Date.now()): Promise<void> {
  return updateRecords(db, ids, (r) => ({ ...r, readAt: read ? (r.readAt ?? now) : null }));
}

/** Fills a link-only record with the article read from its page, keeping the user's state. */
export function fillLink(db: LibraryDb, id: string, article: Article, sanitize: Sanitize, now = Date.now()): Promise<SavedArticle> {
  const clean = sanitize(article.html);
  return guarded('save this article', () =>
    db.transaction('rw', INDEX_TABLES, async () => {
      const existing = await db.articles.get(id);
      if (!existing) throw new LibraryError('missing', 'This article is no longer in the library.');
      const record = { ...recordFromArticle(article, () => clean, now, existing), id, savedAt: existing.savedAt };
      await putRecords(db, [record]);
      return record;
    }),
  );
}

/** How many records an import writes per transaction: big enough to be fast, small enough that
 * one transaction never holds hundreds of megabytes. */
export const IMPORT_BATCH = 500;

/**
 * Writes whole records (an import), `IMPORT_BATCH` per transaction. Each batch is all or
 * nothing; on a full disk the message says how many were written before it.
 */
export async function putImported(
  db: LibraryDb,
  records: readonly SavedArticle[],
  onProgress?: (done: number) => void,
): Promise<number> {
  let done = 0;
  for (let i = 0; i < records.length; i += IMPORT_BATCH) {
    const batch = records.slice(i, i + IMPORT_BATCH);
    try {
      await guarded('import', () => db.transaction('rw', INDEX_TABLES, async () => putRecords(db, batch)));
    } catch (error) {
      if (error instanceof LibraryError && done > 0) {
        throw new LibraryError(error.kind, `${error.message} (${done} of ${records.length} articles were imported before this.)`);
      }
      throw error;
    }
    done += batch.length;
    onProgress?.(done);
  }
  return done;
}
