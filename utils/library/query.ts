import Dexie from 'dexie';
import { idOfWordsKey, tagList, type Card, type LibraryDb, type VocabRow } from './db';
import { compareKeys, ListReader, readList, type ListKind } from './postings';
import { editDistance, typosAllowed, words } from './terms';

/**
 * Reading the library: the list, newest first, page by page, and full-text search over the
 * persisted index (title, site, tags, text) with prefix matching and typo tolerance.
 */

export type Shelf = 'all' | 'unread' | 'archived' | 'favorites';

export interface ListFilter {
  shelf: Shelf;
  tag?: string | null;
}

/** A first screen and more: the page never reads more rows than it shows. */
export const PAGE_SIZE = 50;

/** Typing pauses this long before a search runs: one query per word, not per key. */
export const SEARCH_DEBOUNCE_MS = 120;

function matchesFilter(card: Card, filter: ListFilter): boolean {
  if (filter.tag && !card.tags.includes(filter.tag)) return false;
  switch (filter.shelf) {
    case 'all':
      return !card.archived;
    case 'unread':
      return !card.archived && !card.read;
    case 'archived':
      return card.archived;
    case 'favorites':
      return card.favorite;
  }
}

/** Cards newest first, `limit` of them after `offset`; reads only the cards it returns (the
 * `lists` index), never bodies, never the whole table. */
export function listCards(db: LibraryDb, filter: ListFilter, offset = 0, limit = PAGE_SIZE): Promise<Card[]> {
  const list = filter.tag ? tagList(filter.tag) : filter.shelf;
  let query = db.cards.where('lists').between([list, -Infinity], [list, Infinity]).reverse();
  // A tag's list holds every shelf: the shelf is checked row by row.
  if (filter.tag) query = query.filter((card) => matchesFilter(card, filter));
  return query.offset(offset).limit(limit).toArray();
}

/** Every tag in use, in alphabetical order. */
export async function listTags(db: LibraryDb): Promise<string[]> {
  return (await db.articles.orderBy('tags').uniqueKeys()).map(String);
}

/** A query word must be this long before it matches as a prefix: "pr" would match half the library. */
const MIN_PREFIX = 3;

/** A prefix stands for at most this many words (the most used ones), a typo for this many. */
const MAX_PREFIX_TERMS = 10;
const MAX_FUZZY_TERMS = 10;

/** Cards are read this many at a time, best first, once the page's own chunk was not enough. */
const CARD_CHUNK = 100;

/** Indexed words starting with `prefix` (the word itself first, then the most used), with how
 * many articles hold each. */
async function completions(db: LibraryDb, prefix: string): Promise<VocabRow[]> {
  const rows = await db.vocab.where('term').startsWith(prefix).toArray();
  const others = rows
    .filter((r) => r.term !== prefix)
    .sort((a, b) => b.df - a.df)
    .slice(0, MAX_PREFIX_TERMS - 1);
  // The word itself, when it is one, always counts, however rare.
  const itself = rows.find((r) => r.term === prefix);
  return itself ? [itself, ...others] : others;
}

/** Each first letter's slice of the vocabulary (keys only: the counts are read for the few near
 * ones), kept while the page lives and dropped whenever a write to the vocabulary commits, here
 * or in another page (Dexie's storagemutated event): a typo reads its slice once, and the same
 * word typed on, letter by letter, reads nothing. */
const slices = new Map<string, string[]>();
Dexie.on('storagemutated', (parts) => {
  if (Object.keys(parts).some((part) => part.includes('/vocab/'))) slices.clear();
});

async function vocabularySlice(db: LibraryDb, first: string): Promise<string[]> {
  const key = `${db.name} ${first}`;
  let slice = slices.get(key);
  if (!slice) {
    slice = await db.vocab.where('term').between(first, `${first}\uffff`).primaryKeys();
    slices.set(key, slice);
  }
  return slice;
}

/** Indexed terms within the allowed typos of `word` (compared to as many letters when it is a
 * prefix), nearest and most used first. The first letter must match: it keeps the scan to one
 * slice of the vocabulary. */
async function nearTerms(db: LibraryDb, word: string, prefix: boolean): Promise<VocabRow[]> {
  const max = typosAllowed(word.length);
  if (!max) return [];
  const candidates = await vocabularySlice(db, word[0]!);
  const near: { term: string; distance: number }[] = [];
  for (const term of candidates) {
    if (Math.abs(term.length - word.length) > max && !(prefix && term.length > word.length)) continue;
    const distance = editDistance(word, term, max, prefix ? word.length : term.length);
    if (distance > 0 && distance <= max) near.push({ term, distance });
  }
  const rows = new Map((await db.vocab.bulkGet(near.map((n) => n.term))).filter((r): r is VocabRow => !!r).map((r) => [r.term, r]));
  const df = (term: string) => rows.get(term)?.df ?? 0;
  near.sort((a, b) => a.distance - b.distance || df(b.term) - df(a.term));
  return near.slice(0, MAX_FUZZY_TERMS).flatMap((n) => rows.get(n.term) ?? []);
}

/**
 * What one query word matches: the word itself when the index knows it (while it is typed, the
 * indexed words it begins), else its near spellings. A match in title, site or tags scores 3, in
 * the text 1; a typo halves both.
 */
interface QueryWord {
  terms: VocabRow[];
  head: number;
  text: number;
  /** Articles holding any of its terms, at most (the sum of their counts). */
  cost: number;
}

async function queryWord(db: LibraryDb, word: string, prefix: boolean): Promise<QueryWord> {
  const known = prefix && word.length >= MIN_PREFIX ? await completions(db, word) : [await db.vocab.get(word)].filter((r): r is VocabRow => !!r);
  const terms = known.length ? known : await nearTerms(db, word, prefix);
  const weight = known.length ? 1 : 0.5;
  return { terms, head: 3 * weight, text: weight, cost: terms.reduce((sum, r) => sum + r.df, 0) };
}

/**
 * The articles holding any of some terms (in the text or in title, site and tags), newest first,
 * each once: their posting lists merged, each read a few blocks at a time, so a word held by
 * every article reads its newest blocks, never its whole list.
 */
class NewestFirst {
  private readonly lists: { reader: ListReader; share: number; keys: string[]; next: number }[];
  private last: string | null = null;

  constructor(db: LibraryDb, kind: ListKind, terms: readonly VocabRow[]) {
    const total = terms.reduce((sum, r) => sum + r.df, 0) || 1;
    this.lists = terms.map((r) => ({ reader: new ListReader(db, r, kind), share: r.df / total, keys: [], next: 0 }));
  }

  /** The next key without taking it; null at the end. A list that runs dry reads its next
   * blocks, as many as `want` keys in proportion to the list's share of the articles. */
  async peek(want = 1): Promise<string | null> {
    for (;;) {
      const dry = this.lists.filter((l) => l.next === l.keys.length && !l.reader.done);
      await Promise.all(
        dry.map(async (l) => {
          l.keys = await l.reader.more(Math.ceil(want * l.share * 1.25));
          l.next = 0;
        }),
      );
      if (dry.length && this.lists.some((l) => l.next === l.keys.length && !l.reader.done)) continue;
      let newest: string | null = null;
      for (const l of this.lists) if (l.next < l.keys.length && (!newest || compareKeys(l.keys[l.next]!, newest) < 0)) newest = l.keys[l.next]!;
      if (!newest || !this.last || compareKeys(newest, this.last) !== 0) return newest;
      // The same article under another of the terms: once is enough.
      this.take1(newest);
    }
  }

  private take1(key: string): void {
    for (const l of this.lists) if (l.next < l.keys.length && compareKeys(l.keys[l.next]!, key) === 0) l.next++;
    this.last = key;
  }

  /** Up to `count` more keys; fewer only at the end. */
  async take(count: number): Promise<string[]> {
    const out: string[] = [];
    while (out.length < count) {
      const key = await this.peek(count - out.length);
      if (!key) break;
      this.take1(key);
      out.push(key);
    }
    return out;
  }
}

/** A page of results being filled: ids come best first, cards are read and kept to the shelf. */
class Page {
  readonly cards: Card[] = [];
  /** Ids checked against the shelf, for the count when every match was. */
  checked = 0;

  constructor(
    private readonly db: LibraryDb,
    private readonly filter: ListFilter,
    /** The page plus one, to know there is more. */
    readonly wanted: number,
  ) {}

  get full(): boolean {
    return this.cards.length >= this.wanted;
  }

  async add(ids: readonly string[]): Promise<void> {
    this.checked += ids.length;
    for (const card of await this.db.cards.bulkGet([...ids])) if (card && matchesFilter(card, this.filter)) this.cards.push(card);
  }

  result(complete: boolean): SearchResult {
    const limit = this.wanted - 1;
    return { cards: this.cards.slice(0, limit), total: complete ? this.cards.length : null, more: this.cards.length > limit };
  }
}

/**
 * One word: its title, site and tag matches newest first, then its text matches newest first.
 * Reads as many keys as the page needs (more when the shelf leaves many out).
 */
async function searchWord(db: LibraryDb, word: QueryWord, page: Page): Promise<SearchResult> {
  const seen = new Set<string>();
  for (const kind of ['head', 'text'] as const) {
    const stream = new NewestFirst(db, kind, word.terms);
    while (!page.full) {
      const keys = await stream.take(page.wanted - page.cards.length);
      if (!keys.length) break;
      // The text stream gives the title matches again: they are on the page already.
      const ids = keys.map(idOfWordsKey).filter((id) => !seen.has(id));
      for (const id of ids) seen.add(id);
      if (ids.length) await page.add(ids);
    }
    if (page.full) break;
  }
  // Not full: every key of both streams was read.
  return page.result(!page.full);
}

/**
 * Several words, every one required: their whole posting lists are read (a block costs about as
 * much as twenty keys, so two words each in every article of 10,000 read some forty values), and
 * every match is ranked, best score first, newest first within a score.
 */
async function searchAll(db: LibraryDb, words: QueryWord[], page: Page): Promise<SearchResult> {
  const lists = await Promise.all(
    words.map((word) =>
      Promise.all((['text', 'head'] as const).map(async (kind) => (await Promise.all(word.terms.map((t) => readList(db, t, kind)))).flat())),
    ),
  );
  // Scores by key: keys sort newest first, so ties need no dates.
  let matches: Map<string, number> | null = null;
  words.forEach((word, i) => {
    const [text, head] = lists[i]!;
    const inHead = new Set(head);
    const scores = new Map<string, number>();
    for (const key of text!) {
      const before = matches ? matches.get(key) : 0;
      if (before !== undefined) scores.set(key, before + (inHead.has(key) ? word.head : word.text));
    }
    matches = scores;
  });
  const ranked = [...matches!].sort(([a, x], [b, y]) => y - x || compareKeys(a, b)).map(([key]) => idOfWordsKey(key));
  // The first chunk is the page plus one: on the default shelf it is usually all it takes.
  while (page.checked < ranked.length && !page.full) {
    const size = page.checked ? CARD_CHUNK : page.wanted;
    await page.add(ranked.slice(page.checked, page.checked + size));
  }
  return page.result(page.checked >= ranked.length);
}

export interface SearchResult {
  cards: Card[];
  /** How many articles match, when all were checked against the shelf; null when the first
   * `limit` were found before the end (a very common word in a big library). */
  total: number | null;
  /** More matches than `cards`. */
  more: boolean;
}

/**
 * Articles holding every word of `query` (the last one as a prefix while it is being typed,
 * any of them with a typo or two), best first: matches in title, site and tags above matches in
 * the text, then newest first.
 */
export async function searchLibrary(db: LibraryDb, query: string, filter: ListFilter, limit = PAGE_SIZE): Promise<SearchResult> {
  const queryWords = [...new Set(words(query))];
  if (!queryWords.length) return { cards: [], total: 0, more: false };
  const typing = !/\s$/.test(query);
  return db.transaction('r', ['blocks', 'vocab', 'cards'], async () => {
    const matched = await Promise.all(queryWords.map((word, i) => queryWord(db, word, typing && i === queryWords.length - 1)));
    if (matched.some((w) => !w.terms.length)) return { cards: [], total: 0, more: false };
    const page = new Page(db, filter, limit + 1);
    if (matched.length === 1) return searchWord(db, matched[0]!, page);
    // Rarest word first: the fewest matches to carry from word to word.
    matched.sort((a, b) => a.cost - b.cost);
    return searchAll(db, matched, page);
  });
}

/** A word's articles read by relatedInLibrary, newest first: a bounded read in a big library. */
const RELATED_POSTINGS = 500;

/** Up to `count` saved articles most like this one: they share its rarest words (among the
 * newest 500 articles of each). */
export async function relatedInLibrary(
  db: LibraryDb,
  article: { id: string; title: string; text?: string | null; tags?: readonly string[] },
  count = 3,
): Promise<Card[]> {
  const frequency = new Map<string, number>();
  for (const word of words(`${article.title} ${article.title} ${article.text ?? ''}`)) {
    if (word.length >= 4) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  }
  for (const tag of article.tags ?? []) for (const word of words(tag)) frequency.set(word, (frequency.get(word) ?? 0) + 3);
  const candidates = [...frequency].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([term]) => term);
  if (!candidates.length) return [];
  return db.transaction('r', ['words', 'blocks', 'vocab', 'cards'], async () => {
    const size = await db.words.count();
    const vocab = await db.vocab.bulkGet(candidates);
    // The rarest 12 of its frequent words, left out when nearly every article has them.
    const picked = vocab
      .filter((v): v is VocabRow => !!v && v.df > 0 && v.df <= Math.max(2, size * 0.3))
      .sort((a, b) => a.df - b.df)
      .slice(0, 12);
    const scores = new Map<string, number>();
    for (const row of picked) {
      const weight = Math.log(1 + size / row.df);
      const newest = (await new ListReader(db, row, 'text').more(RELATED_POSTINGS)).slice(0, RELATED_POSTINGS);
      for (const id of newest.map(idOfWordsKey)) {
        if (id !== article.id) scores.set(id, (scores.get(id) ?? 0) + weight);
      }
    }
    // At least two shared rare words, or it is a coincidence.
    const minimum = 2 * Math.log(1 + size / Math.max(1, size * 0.3));
    const best = [...scores].filter(([, s]) => s >= minimum).sort((a, b) => b[1] - a[1]).slice(0, count);
    return (await db.cards.bulkGet(best.map(([id]) => id))).filter((c): c is Card => !!c);
  });
}
