import Dexie, { type Table } from 'dexie';
import type { Article } from '../article';
import { BLOCK, blockKey, layout, listName, type BlockRow, type PostingList } from './postings';
import { indexTerms } from './terms';
import type { SavedArticle } from './types';

/**
 * The library's one database (issue #5). Every read and write of saved articles goes through
 * this module and utils/library/store.ts; nothing else opens IndexedDB.
 *
 * Tables (schema version 5):
 * - `articles`: the records of truth, one per `urlKey` (SavedArticle).
 * - `cards`: what a list row shows, a few hundred bytes each, so the first screen of a 10,000
 *   article library reads 50 small rows and never an article body.
 * - The full-text index: `words`, one row per article with its terms, keyed by its id behind a
 *   fixed-width prefix that sorts newest first (wordsKey); `blocks`, each term's posting lists
 *   (the keys of the articles holding it, newest first) in blocks of up to a thousand keys
 *   (postings.ts); `vocab`, every indexed term, how many articles hold it, its newest keys and
 *   where its other blocks start (prefixes, typos, planning a search, "related"). All are
 *   written in the same transaction as the article, never rebuilt on open.
 * - `inbox`: articles the service worker read but could not sanitize (it has no DOM); the first
 *   extension page that opens the library sanitizes and saves them (see store.ts drainInbox).
 */

export const DB_NAME = 'lede-library';

/** A list row: what the library page shows without opening an article. */
export interface Card {
  id: string;
  url: string;
  title: string;
  siteName: string | null;
  readingMinutes: number;
  excerpt: string | null;
  tags: string[];
  progress: number;
  savedAt: number;
  archived: boolean;
  favorite: boolean;
  read: boolean;
  /** Saved as a link; the article is fetched the first time it is opened. */
  linkOnly: boolean;
  /**
   * `[list, savedAt]` for each list the card is on ('all', 'unread', 'archived', 'favorites',
   * 'tag:NAME'): one multi-entry index gives every list newest first, reading only the rows
   * shown, however rare the list is in a big library.
   */
  lists: [string, number][];
}

/** The `lists` key of a tag. */
export const tagList = (tag: string) => `tag:${tag}`;

function listsOf(record: SavedArticle): [string, number][] {
  const at = record.savedAt;
  const lists: [string, number][] = [[record.archived ? 'archived' : 'all', at]];
  if (!record.archived && record.readAt === null) lists.push(['unread', at]);
  if (record.favorite) lists.push(['favorites', at]);
  for (const tag of record.tags) lists.push([tagList(tag), at]);
  return lists;
}

export interface WordsRow {
  /** wordsKey(savedAt, id). */
  key: string;
  id: string;
  /** Every term of the article (title, site, tags and text). */
  terms: string[];
  /** The terms of its title, site and tags. */
  head: string[];
}

/** Width of the date prefix of a `words` key. */
const AGE_WIDTH = 9;
/** Dates up to here (the year 5138) fit the prefix: 36^9 - 1 ms. */
const LAST_DATE = 36 ** AGE_WIDTH - 1;

/**
 * A `words` key: the time before LAST_DATE the article was saved, in fixed-width base 36, then
 * its id, so keys sort newest first (then by id). A string, not an array `[date, id]`: Chromium
 * reads string keys faster, and a search's cost is the keys it reads.
 */
export function wordsKey(savedAt: number, id: string): string {
  const at = Math.min(Math.max(Math.round(savedAt), 0), LAST_DATE);
  return (LAST_DATE - at).toString(36).padStart(AGE_WIDTH, '0') + id;
}

/** The article id of a `words` key. */
export const idOfWordsKey = (key: string): string => key.slice(AGE_WIDTH);

export interface VocabRow {
  term: string;
  /** How many articles hold the term. A term leaves the table when this reaches 0. */
  df: number;
  /** Its posting lists (postings.ts): of the articles holding it, and of those holding it in
   * title, site or tags. */
  text?: PostingList;
  head?: PostingList;
}

export interface InboxRow {
  id: string;
  article: Article;
  tags: string[];
  queuedAt: number;
}

/** The first schema: articles only. Kept verbatim so the migration test can write a v1 database. */
export const SCHEMA_V1 = { articles: 'id, savedAt' } as const;

export const SCHEMA_V2 = {
  articles: 'id, savedAt, *tags',
  cards: 'id, savedAt, *lists',
  terms: 'id, *terms, *head',
  vocab: 'term',
  inbox: 'id, queuedAt',
} as const;

/** v3: the index rows move to `words`, keyed newest first; v4 drops v2's `terms`. */
const SCHEMA_V3 = { ...SCHEMA_V2, words: 'key, *terms, *head' } as const;
const SCHEMA_V4 = { ...SCHEMA_V3, terms: null };
/** v5: posting lists in blocks (postings.ts) replace the `words` rows' multi-entry indexes. */
const SCHEMA_V5 = { ...SCHEMA_V4, words: 'key', blocks: 'key' };

/** A list excerpt is short: the card is read for every row of the first screen. */
const CARD_EXCERPT_CHARS = 280;

export function cardOf(record: SavedArticle): Card {
  const excerpt = record.excerpt ?? record.text?.slice(0, CARD_EXCERPT_CHARS) ?? null;
  return {
    id: record.id,
    url: record.url,
    title: record.title,
    siteName: record.siteName,
    readingMinutes: record.readingMinutes,
    excerpt: excerpt && excerpt.length > CARD_EXCERPT_CHARS ? `${excerpt.slice(0, CARD_EXCERPT_CHARS - 1)}…` : excerpt,
    tags: record.tags,
    progress: record.progress,
    savedAt: record.savedAt,
    archived: record.archived,
    favorite: record.favorite,
    read: record.readAt !== null,
    linkOnly: record.html === null,
    lists: listsOf(record),
  };
}

export function wordsRowOf(record: SavedArticle): WordsRow {
  return { key: wordsKey(record.savedAt, record.id), id: record.id, ...indexTerms(record) };
}

export class LibraryDb extends Dexie {
  articles!: Table<SavedArticle, string>;
  cards!: Table<Card, string>;
  words!: Table<WordsRow, string>;
  vocab!: Table<VocabRow, string>;
  blocks!: Table<BlockRow, string>;
  inbox!: Table<InboxRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // v2: list cards and the persisted full-text index, built once here from the v1 records.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const records = (await tx.table('articles').toArray()) as SavedArticle[];
        const df = new Map<string, number>();
        const rows = records.map(wordsRowOf);
        for (const row of rows) for (const term of row.terms) df.set(term, (df.get(term) ?? 0) + 1);
        await tx.table('cards').bulkPut(records.map(cardOf));
        await tx.table('terms').bulkPut(rows);
        await tx.table('vocab').bulkPut([...df].map(([term, count]) => ({ term, df: count })));
      });
    // v3: v2's index rows (keyed by id) are copied to `words`, keyed newest first (see WordsRow).
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(async (tx) => {
        const savedAt = new Map<string, number>();
        await tx.table('cards').each((card: Card) => savedAt.set(card.id, card.savedAt));
        const rows = (await tx.table('terms').toArray()) as { id: string; terms: string[]; head: string[] }[];
        await tx.table('words').bulkPut(rows.map(({ id, terms, head }) => ({ key: wordsKey(savedAt.get(id) ?? 0, id), id, terms, head })));
      });
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        // Rows come in key order, newest first: each list is built sorted.
        const lists = new Map<string, string[]>();
        const add = (list: string, key: string) => (lists.get(list) ?? lists.set(list, []).get(list)!).push(key);
        await tx.table('words').each((row: WordsRow) => {
          for (const term of row.terms) add(listName('text', term), row.key);
          for (const term of row.head) add(listName('head', term), row.key);
        });
        const vocab: VocabRow[] = [];
        let blocks: BlockRow[] = [];
        for (const [list, keys] of lists) {
          if (!list.startsWith('t:')) continue;
          const term = list.slice(2);
          const row: VocabRow = { term, df: keys.length };
          for (const [kind, name] of [['text', list], ['head', listName('head', term)]] as const) {
            const [first, ...rest] = layout(lists.get(name) ?? []);
            if (!first) continue;
            row[kind] = { first: first.keys, starts: rest.map((block) => block.start) };
            for (const block of rest) blocks.push({ key: blockKey(name, block.start), keys: block.keys });
          }
          vocab.push(row);
          // Written as they come, a few megabytes at a time.
          if (blocks.length >= BLOCK) {
            await tx.table('blocks').bulkPut(blocks);
            blocks = [];
          }
        }
        await tx.table('blocks').bulkPut(blocks);
        await tx.table('vocab').clear();
        await tx.table('vocab').bulkPut(vocab);
      });
  }
}

let shared: LibraryDb | null = null;

/** The library of this extension, opened once per page. */
export function library(): LibraryDb {
  shared ??= new LibraryDb();
  return shared;
}

/**
 * Asks the browser not to evict the library under storage pressure. Best effort: the browser
 * decides, and an extension page may be refused without a prompt.
 */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
