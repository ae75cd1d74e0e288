import type { LibraryDb, VocabRow } from './db';

/**
 * Posting lists: for each indexed term, the `words` keys (wordsKey: newest first) of the
 * articles holding it anywhere (its text list) and in title, site or tags (its head list),
 * stored in blocks of up to BLOCK keys. Reading a term's whole list costs one value per block,
 * not one key per article: in Chromium an index key costs 10-45 µs to read and a block of a
 * thousand keys about as much as twenty, so a search of two common words in a library of 10,000
 * articles reads a few dozen values where it read thousands of keys.
 *
 * A list's blocks are named by where they start (`starts`, kept in the term's vocab row): block
 * `s` holds the keys from `s` up to the next block's start. The first block starts at '' and
 * holds the newest keys, where a new save lands: it stays small (FIRST_BLOCK), so a save rewrites
 * a few hundred small values, and when it fills up its keys move into the second block, which
 * splits in two past BLOCK.
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

/** The starts of a term's list (every list that has keys starts with ''). */
export function startsOf(row: VocabRow | undefined, kind: ListKind): string[] {
  return (kind === 'head' ? row?.head : row?.blocks) ?? [];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The block of `starts` (ascending, starting with '') that `key` belongs to. */
export function blockOf(starts: readonly string[], key: string): string {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (compare(starts[mid]!, key) <= 0) low = mid;
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

/** A list being changed: its starts and the blocks read so far (missing blocks are empty). */
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
  const wanted = new Set<string>();
  terms.forEach((term, i) => {
    const change = changes.get(term)!;
    for (const kind of ['text', 'head'] as const) {
      const listChange = change[kind];
      if (!listChange || (!listChange.add.length && !listChange.remove.length)) continue;
      const starts = [...startsOf(rows[i], kind)];
      if (!starts.length) starts.push('');
      const list: OpenList = { name: listName(kind, term), starts, blocks: new Map() };
      for (const key of [...listChange.add, ...listChange.remove]) wanted.add(blockKey(list.name, blockOf(starts, key)));
      open.push({ term, kind, list, change: listChange });
    }
  });
  const read = await readBlocks(db, [...wanted]);
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
    for (const [start, keys] of touched) list.blocks.set(start, [...keys].sort(compare));
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
  for (const { list } of open) {
    // The first block overflowing with no second block becomes the second.
    const first = list.blocks.get('');
    if (first && first.length > FIRST_BLOCK) {
      list.blocks.set('', []);
      list.blocks.set(first[0]!, first);
      list.starts.splice(1, 0, first[0]!);
    }
    for (const [start, keys] of [...list.blocks]) {
      if (keys.length <= BLOCK) continue;
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
      const key = blockKey(list.name, start);
      if (keys.length) {
        puts.set(key, keys);
        deletes.delete(key);
        continue;
      }
      deletes.add(key);
      // An empty block other than the first goes; the first stays named, as long as the list has keys.
      if (start) list.starts.splice(list.starts.indexOf(start), 1);
    }
    if (list.starts.length === 1 && !list.blocks.get('')?.length && list.blocks.has('')) list.starts = [];
  }
  const starts = new Map(open.map(({ term, kind, list }) => [`${kind} ${term}`, list.starts]));
  const vocabPuts: VocabRow[] = [];
  const vocabDeletes: string[] = [];
  terms.forEach((term, i) => {
    const df = (rows[i]?.df ?? 0) + changes.get(term)!.df;
    const blocks = starts.get(`text ${term}`) ?? startsOf(rows[i], 'text');
    const head = starts.get(`head ${term}`) ?? startsOf(rows[i], 'head');
    if (df > 0) vocabPuts.push({ term, df, blocks, head });
    else vocabDeletes.push(term);
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
  const name = listName(kind, row.term);
  const blocks = await db.blocks.bulkGet(startsOf(row, kind).map((start) => blockKey(name, start)));
  return blocks.flatMap((block) => block?.keys ?? []);
}

/** A term's list read from the newest, a few blocks at a time. */
export class ListReader {
  private readonly name: string;
  private readonly starts: string[];
  private next = 0;

  constructor(
    private readonly db: LibraryDb,
    row: VocabRow,
    kind: ListKind,
  ) {
    this.name = listName(kind, row.term);
    this.starts = startsOf(row, kind);
  }

  get done(): boolean {
    return this.next >= this.starts.length;
  }

  /** The next blocks' keys, at least `want` of them unless the list ends: always two blocks at
   * first (the first holds at most FIRST_BLOCK). */
  async more(want: number): Promise<string[]> {
    const count = Math.max(this.next ? 1 : 2, Math.ceil(want / BLOCK) + 1);
    const starts = this.starts.slice(this.next, this.next + count);
    this.next += starts.length;
    const blocks = await this.db.blocks.bulkGet(starts.map((start) => blockKey(this.name, start)));
    return blocks.flatMap((block) => block?.keys ?? []);
  }
}
