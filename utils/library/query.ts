import Dexie from 'dexie';
import { tagList, type Card, type LibraryDb, type VocabRow } from './db';
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

export function matchesFilter(card: Card, filter: ListFilter): boolean {
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

/** Results are checked against the shelf this many at a time, best first. */
const CARD_CHUNK = 100;

/** Articles holding a term, in the whole index or in title, site and tags. Each is one
 * `getAllKeys` on a multi-entry index: no cursor walks. */
function idsWith(db: LibraryDb, index: 'terms' | 'head', term: string): Promise<string[]> {
  return db.terms.where(index).equals(term).primaryKeys();
}

/** Indexed words starting with `prefix` (the word itself first, then the most used), with how
 * many articles hold each. */
async function completionRows(db: LibraryDb, prefix: string): Promise<VocabRow[]> {
  const rows = await db.vocab.where('term').startsWith(prefix).toArray();
  const others = rows
    .filter((r) => r.term !== prefix)
    .sort((a, b) => b.df - a.df)
    .slice(0, MAX_PREFIX_TERMS - 1);
  // The word itself, when it is one, always counts, however rare.
  const itself = rows.find((r) => r.term === prefix);
  return itself ? [itself, ...others] : others;
}

async function completions(db: LibraryDb, prefix: string): Promise<string[]> {
  return (await completionRows(db, prefix)).map((r) => r.term);
}

/** Indexed terms within the allowed typos of `word` (compared to as many letters when it is a
 * prefix). The first letter must match: it keeps the scan to one slice of the vocabulary. */
async function nearTerms(db: LibraryDb, word: string, prefix: boolean): Promise<string[]> {
  const max = typosAllowed(word.length);
  if (!max) return [];
  const first = word[0]!;
  // Keys only (getAllKeys): the counts are read for the few near ones.
  const candidates = await db.vocab.where('term').between(first, `${first}\uffff`).primaryKeys();
  const near: { term: string; distance: number }[] = [];
  for (const term of candidates) {
    if (Math.abs(term.length - word.length) > max && !(prefix && term.length > word.length)) continue;
    const compared = prefix && term.length > word.length ? term.slice(0, word.length) : term;
    const distance = editDistance(word, compared, max);
    if (distance > 0 && distance <= max) near.push({ term, distance });
  }
  if (near.length > MAX_FUZZY_TERMS) {
    const counts = await db.vocab.bulkGet(near.map((n) => n.term));
    const df = new Map(counts.map((row) => [row?.term ?? '', row?.df ?? 0]));
    near.sort((a, b) => a.distance - b.distance || df.get(b.term)! - df.get(a.term)!);
  }
  return near.slice(0, MAX_FUZZY_TERMS).map((n) => n.term);
}

/**
 * Scores of one query word: 3 in title, site or tags, 1 in the text; a typo halves it. A word
 * the index knows (or, while typed, one that begins indexed words) is taken as written; only a
 * word the index has never seen is looked up by its near spellings. That keeps a common word's
 * search to two index reads.
 */
async function matchWord(db: LibraryDb, word: string, prefix: boolean, known?: string[]): Promise<Map<string, number>> {
  const scores = new Map<string, number>();
  const exact = known ?? (prefix && word.length >= MIN_PREFIX ? await completions(db, word) : (await db.vocab.get(word)) ? [word] : []);
  const near = exact.length ? [] : await nearTerms(db, word, prefix);
  const lookups = [
    ...exact.map((t) => ({ t, index: 'terms' as const, score: 1 })),
    ...exact.map((t) => ({ t, index: 'head' as const, score: 3 })),
    ...near.map((t) => ({ t, index: 'terms' as const, score: 0.5 })),
    ...near.map((t) => ({ t, index: 'head' as const, score: 1.5 })),
  ];
  const found = await Promise.all(lookups.map(({ t, index }) => idsWith(db, index, t)));
  lookups.forEach(({ score }, i) => {
    for (const id of found[i]!) if ((scores.get(id) ?? 0) < score) scores.set(id, score);
  });
  return scores;
}

/**
 * Every article id, newest last (one getAllKeys on the savedAt index), kept per database until
 * a write to its cards in any page (Dexie's storagemutated event, which crosses tabs). It only
 * orders results of equal score: a card it has not seen yet counts as the newest.
 */
const recencyCache = new Map<string, Promise<string[]>>();
let watching = false;

function recency(db: LibraryDb): Promise<string[]> {
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', (parts) => {
      for (const name of [...recencyCache.keys()]) {
        if (Object.keys(parts).some((part) => part.startsWith(`idb://${name}/cards/`))) recencyCache.delete(name);
      }
    });
  }
  let order = recencyCache.get(db.name);
  if (!order) {
    order = db.cards.orderBy('savedAt').primaryKeys();
    recencyCache.set(db.name, order);
    order.catch(() => recencyCache.delete(db.name));
  }
  return order;
}

/** Reads the recency order ahead of the first search (the library page calls it once shown). */
export function warmSearch(db: LibraryDb): void {
  void recency(db).catch(() => undefined);
}

/** Matching ids, best score first and newest first within a score, without sorting them all. */
function rank(scores: Map<string, number>, oldestFirst: string[]): string[] {
  const byScore = new Map<number, string[]>();
  const unseen = new Set(scores.keys());
  const put = (id: string) => {
    const score = scores.get(id)!;
    let bucket = byScore.get(score);
    if (!bucket) byScore.set(score, (bucket = []));
    bucket.push(id);
  };
  for (let i = oldestFirst.length - 1; i >= 0 && unseen.size; i--) {
    const id = oldestFirst[i]!;
    if (unseen.delete(id)) put(id);
  }
  // Saved since the order was read: newest of all, so first in their score.
  for (const id of unseen) {
    const score = scores.get(id)!;
    byScore.set(score, [id, ...(byScore.get(score) ?? [])]);
  }
  return [...byScore.keys()].sort((a, b) => b - a).flatMap((score) => byScore.get(score)!);
}

/** Terms rows read at a time by a newest-first scan. */
const SCAN_CHUNK = 100;

/** What reading one article's terms row costs, counted in posting-list ids read (measured in
 * `npm run bench -- library`: a row holds a few hundred terms). */
const SCAN_ROW_COST = 10;

/**
 * A one-word search while the word is typed, when its completions are common: reading their
 * posting lists would cost more than walking the library newest first until the page is full.
 * Title, site and tag matches (the `head` lists, short) come first, newest first; then the
 * text matches are found by reading terms rows newest first and stopping one past the page. The
 * result is the page the posting lists would give; only `total` is null when the walk stopped
 * early. Null when the posting lists are cheaper (rare completions): the caller reads them.
 */
async function prefixPage(db: LibraryDb, rows: VocabRow[], filter: ListFilter, limit: number): Promise<SearchResult | null> {
  const oldestFirst = await recency(db);
  const maxDf = Math.max(0, ...rows.map((r) => r.df));
  const postings = rows.reduce((sum, r) => sum + r.df, 0);
  // Rows a walk reads to fill the page if the matches were spread evenly through the library.
  const walk = maxDf ? ((limit + 1) * oldestFirst.length) / maxDf : Infinity;
  if (walk * SCAN_ROW_COST >= postings) return null;
  const terms = new Set(rows.map((r) => r.term));
  const head = new Set((await Promise.all([...terms].map((t) => idsWith(db, 'head', t)))).flat());
  const cards: Card[] = [];
  const take = async (ids: string[]) => {
    for (const card of await db.cards.bulkGet(ids)) if (card && matchesFilter(card, filter)) cards.push(card);
  };
  const inHead = rank(new Map([...head].map((id) => [id, 3])), oldestFirst);
  let checked = 0;
  for (; checked < inHead.length && cards.length <= limit; checked += CARD_CHUNK) await take(inHead.slice(checked, checked + CARD_CHUNK));
  let i = oldestFirst.length - 1;
  let walked = 0;
  while (i >= 0 && cards.length <= limit) {
    // A shelf or tag with few matches makes the walk long: past what the posting lists cost,
    // the caller reads those instead.
    if (walked * SCAN_ROW_COST >= postings) return null;
    const ids: string[] = [];
    for (; i >= 0 && ids.length < SCAN_CHUNK; i--) if (!head.has(oldestFirst[i]!)) ids.push(oldestFirst[i]!);
    walked += ids.length;
    const found = await db.terms.bulkGet(ids);
    const hits = ids.filter((_, k) => found[k]?.terms.some((t) => terms.has(t)));
    if (hits.length) await take(hits);
  }
  const complete = checked >= inHead.length && i < 0;
  return { cards: cards.slice(0, limit), total: complete ? cards.length : null, more: cards.length > limit };
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
  return db.transaction('r', ['terms', 'vocab', 'cards'], async () => {
    const lone = queryWords.length === 1 && typing && queryWords[0]!.length >= MIN_PREFIX ? queryWords[0]! : null;
    // Its completions, read once: the posting lists below use them when the walk does not.
    const known = lone ? await completionRows(db, lone) : null;
    if (known) {
      const page = await prefixPage(db, known, filter, limit);
      if (page) return page;
    }
    const [matches, oldestFirst] = await Promise.all([
      Promise.all(
        queryWords.map((word, i) => matchWord(db, word, typing && i === queryWords.length - 1, known?.map((r) => r.term))),
      ),
      recency(db),
    ]);
    // Rarest word first, so the intersection shrinks fast.
    matches.sort((a, b) => a.size - b.size);
    let total = matches[0]!;
    for (const match of matches.slice(1)) {
      const next = new Map<string, number>();
      for (const [id, score] of total) {
        const other = match.get(id);
        if (other !== undefined) next.set(id, score + other);
      }
      total = next;
    }
    const ranked = rank(total, oldestFirst);
    // Cards are read best first, a chunk at a time, until the page is full (plus one, to know
    // there is more): a common word in a big library never reads every card.
    const cards: Card[] = [];
    let checked = 0;
    while (checked < ranked.length && cards.length <= limit) {
      // The first chunk is the page plus one: on the default shelf it is usually all it takes.
      const size = checked ? CARD_CHUNK : limit + 1;
      const chunk = await db.cards.bulkGet(ranked.slice(checked, checked + size));
      checked += size;
      for (const card of chunk) if (card && matchesFilter(card, filter)) cards.push(card);
    }
    const complete = checked >= ranked.length;
    return { cards: cards.slice(0, limit), total: complete ? cards.length : null, more: cards.length > limit };
  });
}

/** Up to `count` saved articles most like this one: they share its rarest words. */
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
  return db.transaction('r', ['terms', 'vocab', 'cards'], async () => {
    const size = await db.terms.count();
    const vocab = await db.vocab.bulkGet(candidates);
    // The rarest 12 of its frequent words, left out when nearly every article has them.
    const picked = candidates
      .map((term, i) => ({ term, df: vocab[i]?.df ?? 0 }))
      .filter((v) => v.df > 0 && v.df <= Math.max(2, size * 0.3))
      .sort((a, b) => a.df - b.df)
      .slice(0, 12);
    const scores = new Map<string, number>();
    for (const { term, df } of picked) {
      const weight = Math.log(1 + size / df);
      for (const id of await db.terms.where('terms').equals(term).primaryKeys()) {
        if (id !== article.id) scores.set(id, (scores.get(id) ?? 0) + weight);
      }
    }
    // At least two shared rare words, or it is a coincidence.
    const minimum = 2 * Math.log(1 + size / Math.max(1, size * 0.3));
    const best = [...scores].filter(([, s]) => s >= minimum).sort((a, b) => b[1] - a[1]).slice(0, count);
    return (await db.cards.bulkGet(best.map(([id]) => id))).filter((c): c is Card => !!c);
  });
}
