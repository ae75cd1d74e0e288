import type { Card, LibraryDb } from './db';
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

/** Cards newest first, `limit` of them after `offset`; reads only cards, never bodies. */
export function listCards(db: LibraryDb, filter: ListFilter, offset = 0, limit = PAGE_SIZE): Promise<Card[]> {
  return db.cards
    .orderBy('savedAt')
    .reverse()
    .filter((card) => matchesFilter(card, filter))
    .offset(offset)
    .limit(limit)
    .toArray();
}

/** Every tag in use, most used first. */
export async function listTags(db: LibraryDb): Promise<{ tag: string; count: number }[]> {
  const tags = await db.articles.orderBy('tags').keys();
  const counts = new Map<string, number>();
  for (const tag of tags) counts.set(String(tag), (counts.get(String(tag)) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** A query word must be this long before it matches as a prefix: "p" would match everything. */
const MIN_PREFIX = 2;

/** At most this many near spellings of one query word are looked up. */
const MAX_FUZZY_TERMS = 30;

interface WordMatch {
  /** Article ids holding the word (or one of its spellings), with their score. */
  scores: Map<string, number>;
}

/** The ids whose `index` holds `term` exactly, or as a prefix. */
async function idsFor(db: LibraryDb, index: 'terms' | 'head', term: string, prefix: boolean): Promise<string[]> {
  const where = db.terms.where(index);
  return (prefix ? where.startsWith(term) : where.equals(term)).primaryKeys();
}

/** Indexed terms within the allowed typos of `word` (compared to as many letters when it is a
 * prefix). The first letter must match: it keeps the scan to one slice of the vocabulary. */
async function nearTerms(db: LibraryDb, word: string, prefix: boolean): Promise<string[]> {
  const max = typosAllowed(word.length);
  if (!max) return [];
  const first = word[0]!;
  const candidates = await db.vocab.where('term').between(first, `${first}\uffff`).primaryKeys();
  const near: { term: string; distance: number }[] = [];
  for (const term of candidates) {
    const compared = prefix && term.length > word.length ? term.slice(0, word.length) : term;
    const distance = editDistance(word, compared, max);
    if (distance > 0 && distance <= max) near.push({ term, distance });
  }
  return near
    .sort((a, b) => a.distance - b.distance)
    .slice(0, MAX_FUZZY_TERMS)
    .map((n) => n.term);
}

/** Scores of one query word: 3 in title, site or tags, 1 in the text; a typo halves it. */
async function matchWord(db: LibraryDb, word: string, prefix: boolean): Promise<WordMatch> {
  const scores = new Map<string, number>();
  const add = (ids: string[], score: number) => {
    for (const id of ids) scores.set(id, Math.max(scores.get(id) ?? 0, score));
  };
  const asPrefix = prefix && word.length >= MIN_PREFIX;
  const [body, head] = await Promise.all([idsFor(db, 'terms', word, asPrefix), idsFor(db, 'head', word, asPrefix)]);
  add(body, 1);
  add(head, 3);
  const near = await nearTerms(db, word, prefix);
  if (near.length) {
    const [nearBody, nearHead] = await Promise.all([
      db.terms.where('terms').anyOf(near).primaryKeys(),
      db.terms.where('head').anyOf(near).primaryKeys(),
    ]);
    add(nearBody, 0.5);
    add(nearHead, 1.5);
  }
  return { scores };
}

export interface SearchResult {
  cards: Card[];
  /** How many articles match in all (the list shows the first `limit`). */
  total: number;
}

/**
 * Articles holding every word of `query` (the last one as a prefix while it is being typed,
 * any of them with a typo or two), best first: matches in title, site and tags above matches in
 * the text, then newest first.
 */
export async function searchLibrary(db: LibraryDb, query: string, filter: ListFilter, limit = PAGE_SIZE): Promise<SearchResult> {
  const queryWords = [...new Set(words(query))];
  if (!queryWords.length) return { cards: [], total: 0 };
  const typing = !/\s$/.test(query);
  return db.transaction('r', ['terms', 'vocab', 'cards'], async () => {
    const matches = await Promise.all(
      queryWords.map((word, i) => matchWord(db, word, typing && i === queryWords.length - 1)),
    );
    // Rarest word first, so the intersection shrinks fast.
    matches.sort((a, b) => a.scores.size - b.scores.size);
    let total = new Map(matches[0]!.scores);
    for (const match of matches.slice(1)) {
      const next = new Map<string, number>();
      for (const [id, score] of total) {
        const other = match.scores.get(id);
        if (other !== undefined) next.set(id, score + other);
      }
      total = next;
    }
    const cards = (await db.cards.bulkGet([...total.keys()])).filter((c): c is Card => !!c && matchesFilter(c, filter));
    cards.sort((a, b) => total.get(b.id)! - total.get(a.id)! || b.savedAt - a.savedAt);
    return { cards: cards.slice(0, limit), total: cards.length };
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
