import type { LibraryDb, VocabRow } from './db';

/**
 * Posting lists: for each indexed term, the `words` keys (wordsKey: newest first) of the
 * articles holding it anywhere (its text list) and in title, site or tags (its head list), in
 * blocks of up to BLOCK keys. Reading a term's whole list costs one value per block, not one key
 * per article: in Chromium an index key costs 10-45 µs to read and a block of a thousand keys
 * about as much as twenty, so a search of two common words in a library of 10,000 articles reads
 * a few dozen values where it read thousands of keys.
 *
 * A list's first block, its newest keys, where a new save lands, lives in the term's vocab row,
 * which a save rewrites anyway (the term's count): a save touches one row per term, as it did
 * before the blocks. It holds at most FIRST_BLOCK keys; when it fills up, its keys move into the
 * second block. The other blocks are rows of `blocks`, named by where they start (`starts`, in
 * the vocab row): block `s` holds the keys from `s` up to the next block's start, and splits in
 * two past BLOCK.
 */

/** A block row: `blockKey(list, start)` and its keys, newest first. */
export interface BlockRow {
  key: string;
  keys: string[];
}

export type ListKind = 'text' | 'head';

/** The newest block, rewritten by each save of a term's article, holds at most this many keys. */
export const FIRST_BLOCK = 64;
/** Any other block: past this it splits in two. */
export const BLOCK = 1024;

/** A list's name: `t:` text, `h:` head, then the term (terms have no spaces). */
export const listName = (kind: ListKind, term: string) => `${kind === 'head' ? 'h' : 't'}:${term}`;
export const blockKey = (list: string, start: string) => `${list} ${start}`;

/** A posting list as its term's vocab row holds it. */
export interface PostingList {
  /** The newest keys, newest first. */
  first: string[];
  /** Where its other blocks start, in key order. */
  starts: string[];
}

export function listOf(row: VocabRow | undefined, kind: ListKind): PostingList | undefined {
  return kind === 'head' ? row?.head : row?.text;
}

/** Key order (see wordsKey): the newer article first. */
export const compareKeys = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The block of `starts` (ascending, starting with '') that `key` belongs to. */
export function blockOf(starts: readonly string[], key: string): string {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (compareKeys(starts[mid]!, key) <= 0) low = mid;
    else high = mid - 1;
  }
  return starts[low] ?? '';
}

/** Sorted keys cut into blocks for a new list (the migration): a small first block, then blocks
 * three quarters full, so the next saves do not split them at once. */
export function layout(keys: readonly string[]): { start: string; keys: string[] }[] {
  if (!keys.length) return [];
  const first = Math.min(keys.length, FIRST_BLOCK / 2);
  const blocks = [{ start: '', keys: keys.slice(0, first) }];
  const size = (BLOCK * 3) / 4;
  for (let i = first; i < keys.length; i += size) blocks.push({ start: keys[i]!, keys: keys.slice(i, i + size) });
  return blocks;
}

/** Keys to add to and remove from one list. */
export interface ListChange {
  add: string[];
  remove: string[];
}

/** One term's index changes: its article count moves by `df`, its lists change. */
export interface TermChange {
  df: number;
  text?: ListChange;
  head?: ListChange;
}

/** A list being changed: its starts ('' for the first block, in the vocab row) and the blocks
 * changed so far. */
interface OpenList {
  name: string;
  starts: string[];
  blocks: Map<string, string[]>;
}

/**
 * Applies index changes in the caller's read-write transaction over `vocab` and `blocks`: term
 * counts (a term whose count reaches 0 leaves the vocabulary) and posting lists, reading only
 * the blocks the changed keys belong to, and the second block of a list whose first filled up.
 */
export async function applyTermChanges(db: LibraryDb, changes: Map<string, TermChange>): Promise<void> {
  const terms = [...changes.keys()];
  if (!terms.length) return;
  const rows = await db.vocab.bulkGet(terms);
  const open: { term: string; kind: ListKind; list: OpenList; change: ListChange }[] = [];
  // Block contents by block key; the first blocks come with the vocab rows.
  const read = new Map<string, string[]>();
  const wanted = new Set<string>();
  terms.forEach((term, i) => {
    const change = changes.get(term)!;
    for (const kind of ['text', 'head'] as const) {
      const listChange = change[kind];
      if (!listChange || (!listChange.add.length && !listChange.remove.length)) continue;
      const stored = listOf(rows[i], kind);
      const list: OpenList = { name: listName(kind, term), starts: ['', ...(stored?.starts ?? [])], blocks: new Map() };
      read.set(blockKey(list.name, ''), stored?.first ?? []);
      for (const key of [...listChange.add, ...listChange.remove]) {
        const start = blockOf(list.starts, key);
        if (start) wanted.add(blockKey(list.name, start));
      }
      open.push({ term, kind, list, change: listChange });
    }
  });
  for (const [key, keys] of await readBlocks(db, [...wanted])) read.set(key, keys);
  const puts = new Map<string, string[]>();
  const deletes = new Set<string>();
  const spill: OpenList[] = [];
  for (const { list, change } of open) {
    const touched = new Map<string, Set<string>>();
    const block = (key: string) => {
      const start = blockOf(list.starts, key);
      if (!touched.has(start)) touched.set(start, new Set(read.get(blockKey(list.name, start)) ?? []));
      return touched.get(start)!;
    };
    for (const key of change.remove) block(key).delete(key);
    for (const key of change.add) block(key).add(key);
    for (const [start, keys] of touched) list.blocks.set(start, [...keys].sort(compareKeys));
    if ((list.blocks.get('')?.length ?? 0) > FIRST_BLOCK && list.starts.length > 1) spill.push(list);
  }
  // A full first block moves into the second block: read those, then write everything.
  const seconds = await readBlocks(
    db,
    spill.filter((list) => !list.blocks.has(list.starts[1]!)).map((list) => blockKey(list.name, list.starts[1]!)),
  );
  for (const list of spill) {
    const second = list.starts[1]!;
    const rest = list.blocks.get(second) ?? seconds.get(blockKey(list.name, second)) ?? [];
    const keys = [...list.blocks.get('')!, ...rest];
    list.blocks.set('', []);
    list.blocks.delete(second);
    deletes.add(blockKey(list.name, second));
    list.starts.splice(1, 1, keys[0]!);
    list.blocks.set(keys[0]!, keys);
  }
  const lists = new Map<string, PostingList | undefined>();
  for (const { term, kind, list } of open) {
    // The first block overflowing with no second block becomes the second.
    const first = list.blocks.get('');
    if (first && first.length > FIRST_BLOCK) {
      list.blocks.set('', []);
      list.blocks.set(first[0]!, first);
      list.starts.splice(1, 0, first[0]!);
    }
    for (const [start, keys] of [...list.blocks]) {
      if (!start || keys.length <= BLOCK) continue;
      // Split into halves (or more, after a big import): the first part keeps the start.
      const parts = Math.ceil(keys.length / (BLOCK / 2));
      const size = Math.ceil(keys.length / parts);
      list.blocks.set(start, keys.slice(0, size));
      const at = list.starts.indexOf(start);
      for (let p = 1; p < parts; p++) {
        const part = keys.slice(p * size, (p + 1) * size);
        list.blocks.set(part[0]!, part);
        list.starts.splice(at + p, 0, part[0]!);
      }
    }
    for (const [start, keys] of list.blocks) {
      if (!start) continue;
      const key = blockKey(list.name, start);
      if (keys.length) {
        puts.set(key, keys);
        deletes.delete(key);
      } else {
        // An emptied block goes (the first stays, in the vocab row).
        deletes.add(key);
        list.starts.splice(list.starts.indexOf(start), 1);
      }
    }
    const kept = { first: list.blocks.get('') ?? read.get(blockKey(list.name, ''))!, starts: list.starts.slice(1) };
    lists.set(`${kind} ${term}`, kept.first.length || kept.starts.length ? kept : undefined);
  }
  const vocabPuts: VocabRow[] = [];
  const vocabDeletes: string[] = [];
  terms.forEach((term, i) => {
    const df = (rows[i]?.df ?? 0) + changes.get(term)!.df;
    if (df <= 0) {
      vocabDeletes.push(term);
      return;
    }
    const row: VocabRow = { term, df };
    for (const kind of ['text', 'head'] as const) {
      const list = lists.has(`${kind} ${term}`) ? lists.get(`${kind} ${term}`) : listOf(rows[i], kind);
      if (list) row[kind] = list;
    }
    vocabPuts.push(row);
  });
  await db.blocks.bulkDelete([...deletes]);
  await db.blocks.bulkPut([...puts].map(([key, keys]) => ({ key, keys })));
  await db.vocab.bulkPut(vocabPuts);
  await db.vocab.bulkDelete(vocabDeletes);
}

async function readBlocks(db: LibraryDb, keys: readonly string[]): Promise<Map<string, string[]>> {
  if (!keys.length) return new Map();
  const rows = await db.blocks.bulkGet([...keys]);
  return new Map(rows.filter((row): row is BlockRow => !!row).map((row) => [row.key, row.keys]));
}

/** A term's whole list, newest first. */
export async function readList(db: LibraryDb, row: VocabRow, kind: ListKind): Promise<string[]> {
  const list = listOf(row, kind);
  if (!list) return [];
  const name = listName(kind, row.term);
  const blocks = list.starts.length ? await db.blocks.bulkGet(list.starts.map((start) => blockKey(name, start))) : [];
  return [...list.first, ...blocks.flatMap((block) => block?.keys ?? [])];
}

/** A term's list read from the newest, a block or a few at a time. */
export class ListReader {
  private readonly name: string;
  private readonly list: PostingList;
  private started = false;
  private next = 0;

  constructor(
    private readonly db: LibraryDb,
    row: VocabRow,
    kind: ListKind,
  ) {
    this.name = listName(kind, row.term);
    this.list = listOf(row, kind) ?? { first: [], starts: [] };
  }

  get done(): boolean {
    return this.started && this.next >= this.list.starts.length;
  }

  /** The next keys, at least `want` of them unless the list ends: at first the first block
   * (from the vocab row) and the second, then as many blocks as `want` takes. */
  async more(want: number): Promise<string[]> {
    const first = this.started ? [] : this.list.first;
    this.started = true;
    const count = first.length ? 1 : Math.ceil(want / BLOCK) + 1;
    const starts = this.list.starts.slice(this.next, this.next + count);
    this.next += starts.length;
    if (!starts.length) return first;
    const blocks = await this.db.blocks.bulkGet(starts.map((start) => blockKey(this.name, start)));
    return [...first, ...blocks.flatMap((block) => block?.keys ?? [])];
  }
}
