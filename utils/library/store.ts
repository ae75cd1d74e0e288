import Dexie from 'dexie';
import type { Article } from '../article';
import { t, tn, uiLocale } from '../i18n';
import { isWebUrl, urlKey } from '../url';
import { cardOf, wordsKey, wordsRowOf, type Card, type InboxRow, type LibraryDb, type WordsRow } from './db';
import { applyTermChanges, type TermChange } from './postings';
import type { SavedArticle } from './types';

/**
 * Every write to the library. Each public function is one IndexedDB transaction over the
 * tables it touches, so a full disk, a second tab saving the same article or a popup closed
 * mid-save leave either the whole change or none of it (issue #5).
 */

export type LibraryErrorKind = 'quota' | 'missing' | 'refused' | 'failed';

/** A write that did not happen, with a message for people. Nothing was half-written, and the
 * message says what was kept when a change of several transactions (an import) stopped midway. */
export class LibraryError extends Error {
  constructor(
    readonly kind: LibraryErrorKind,
    message: string,
    /** The records written, and kept, before the failure: only an import writes in batches. */
    readonly kept = 0,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** The words for a full disk, when nothing was written. */
export const quotaMessage = (): string => t('libraryFull');

type Failure = { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };

/**
 * Whether `error` is, or wraps, a full disk. IndexedDB's QuotaExceededError reaches Dexie's
 * caller wrapped: in a BulkError's `failures` (a bulkPut of which one put failed), in an
 * AbortError's `inner` (the transaction aborted), or as a `cause`, and nested (issue #16).
 */
export function isQuotaError(error: unknown, seen = new Set<unknown>()): boolean {
  if (!error || typeof error !== 'object' || seen.has(error)) return false;
  seen.add(error);
  const e = error as Failure;
  if (e.name === 'QuotaExceededError' || e.name === Dexie.errnames.QuotaExceeded) return true;
  const failures = [e.failures, e.failuresByPos].flatMap((list) =>
    Array.isArray(list) ? list : list && typeof list === 'object' ? Object.values(list) : [],
  );
  return [e.inner, e.cause, ...failures].some((inner) => isQuotaError(inner, seen));
}

/** What failed, in the UI's words: the key takes the browser's reason. */
type FailedKey = 'librarySaveFailed' | 'librarySaveLinkFailed' | 'libraryDeleteFailed' | 'libraryUpdateFailed';

async function guarded<T>(failed: FailedKey, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof LibraryError) throw error;
    if (isQuotaError(error)) throw new LibraryError('quota', quotaMessage());
    throw new LibraryError('failed', t(failed, (error as Error).message));
  }
}

/** Only web pages are saved (issue #16): a `javascript:`, `data:` or `file:` URL is refused. */
function refuseNotWeb(url: string): void {
  if (!isWebUrl(url)) throw new LibraryError('refused', t('libraryNotWeb'));
}

/** The URL an article is saved under: its canonical URL when that is a web page (a page may name
 * any string there, `javascript:` too), else its page URL. */
function sourceUrl(article: Pick<Article, 'url' | 'canonicalUrl'>): string {
  return article.canonicalUrl && isWebUrl(article.canonicalUrl) ? article.canonicalUrl : article.url;
}

/** The library id of an article: the key of its canonical URL, else of its page URL. */
export function articleId(article: Pick<Article, 'url' | 'canonicalUrl'>): string {
  return urlKey(sourceUrl(article));
}

/**
 * Every id an earlier save of this article may have: its canonical URL's key, and its page URL's
 * key (a link saved or imported before the page said what its canonical URL is).
 */
function articleIds(article: Pick<Article, 'url' | 'canonicalUrl'>): string[] {
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
    url: sourceUrl(article),
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

function mergeTags(...lists: readonly (readonly string[])[]): string[] {
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
function indexChanges(pairs: readonly { before?: WordsRow; after?: WordsRow }[]): Map<string, TermChange> {
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
  return guarded('librarySaveFailed', async () => {
    refuseNotWeb(sourceUrl(article));
    return db.transaction('rw', INDEX_TABLES, async () => {
      // Read inside the transaction, so two tabs saving at once merge instead of overwrite.
      const existing = await findSaved(db, article);
      const record = recordFromArticle(article, () => clean, now, existing, options.tags);
      await putRecords(db, [record]);
      return record;
    });
  });
}

/** "Save link to Lede": the URL and the link's text; the article is fetched when first opened.
 * A link that is not a web page is refused with a LibraryError of kind 'refused'. */
export function saveLink(db: LibraryDb, url: string, title: string, now = Date.now()): Promise<SavedArticle> {
  const id = urlKey(url);
  return guarded('librarySaveLinkFailed', async () => {
    refuseNotWeb(url);
    return db.transaction('rw', INDEX_TABLES, async () => {
      const existing = await db.articles.get(id);
      if (existing) return existing; // already saved, perhaps with its content: keep it
      const record = linkRecord(url, title, now);
      await putRecords(db, [record]);
      return record;
    });
  });
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
  return guarded('librarySaveFailed', async () => {
    refuseNotWeb(sourceUrl(article));
    await db.inbox.put({ id, article, tags: [], queuedAt: now });
    return id;
  });
}

/** The same queued save: a newer save of the page replaces the row under the same id. */
const sameEntry = (a: InboxRow, b: InboxRow) => a.queuedAt === b.queuedAt && JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves every queued article, each in its own transaction, oldest first; returns how many.
 * An entry is sanitized outside its transaction (which would close on any other await), so
 * the transaction reads the entry again, and saves and deletes it only if it is still the one
 * sanitized. A newer save of the page queued in between is left in the inbox, and the loop
 * takes it next: it is never deleted unsaved (issue #16).
 */
export async function drainInbox(db: LibraryDb, sanitize: Sanitize): Promise<number> {
  let saved = 0;
  for (let row = await oldestQueued(db); row; row = await oldestQueued(db)) {
    const read = row;
    const clean = sanitize(read.article.html);
    saved += await guarded('librarySaveFailed', () =>
      db.transaction('rw', [...INDEX_TABLES, 'inbox'], async () => {
        const current = await db.inbox.get(read.id);
        // Gone (another page drained it first), or replaced by a newer save: not this one's to save.
        if (!current || !sameEntry(current, read)) return 0;
        const existing = await findSaved(db, read.article);
        await putRecords(db, [recordFromArticle(read.article, () => clean, read.queuedAt, existing, read.tags)]);
        await db.inbox.delete(read.id);
        return 1;
      }),
    );
  }
  return saved;
}

function oldestQueued(db: LibraryDb): Promise<InboxRow | undefined> {
  return db.inbox.orderBy('queuedAt').first();
}

/** Whether an article of this URL is saved (or queued to be). */
export async function savedId(db: LibraryDb, article: Pick<Article, 'url' | 'canonicalUrl'>): Promise<string | null> {
  const saved = await findSaved(db, article);
  if (saved) return saved.id;
  const id = articleId(article);
  return (await db.inbox.get(id)) ? id : null;
}

export function removeArticles(db: LibraryDb, ids: readonly string[]): Promise<void> {
  return guarded('libraryDeleteFailed', () =>
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
  return guarded('libraryUpdateFailed', () =>
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
  return guarded('librarySaveFailed', () =>
    db.transaction('rw', INDEX_TABLES, async () => {
      const existing = await db.articles.get(id);
      if (!existing) throw new LibraryError('missing', t('readerMissing'));
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
 * nothing, and the batches written before a failure are kept: the error's `kept` and its message
 * say how many, and importing the same file again adds the rest, as the import plan skips what
 * the library holds (issue #16). All or nothing across batches would need one transaction for
 * the whole import, which would hold every page of the library waiting for a big one.
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
      await db.transaction('rw', INDEX_TABLES, async () => putRecords(db, batch));
    } catch (error) {
      throw importError(error, done, records.length);
    }
    done += batch.length;
    onProgress?.(done);
  }
  return done;
}

/** An import's failure after `kept` of `total` records were written: what is kept and, when
 * some are, how to add the rest. */
function importError(error: unknown, kept: number, total: number): LibraryError {
  const quota = isQuotaError(error);
  const reason = (error as Error).message;
  if (!kept) return new LibraryError(quota ? 'quota' : 'failed', quota ? quotaMessage() : t('libraryImportFailed', reason));
  const of = new Intl.NumberFormat(uiLocale()).format(total);
  return new LibraryError(quota ? 'quota' : 'failed', quota ? tn('importKeptFull', kept, of) : tn('importKeptFailed', kept, of, reason), kept);
}
