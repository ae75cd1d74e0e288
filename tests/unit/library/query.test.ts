import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LibraryDb } from '@/utils/library/db';
import { listCards, listTags, relatedInLibrary, searchLibrary } from '@/utils/library/query';
import { addTag, putImported, recordFromArticle, removeArticles, saveArticle, setArchived, setFavorite, setProgress } from '@/utils/library/store';
import { sanitizeHtml } from '@/utils/sanitize';
import { freshDb, makeArticle } from './helpers';

let db: LibraryDb;

const STORIES = [
  { slug: 'korea', title: 'Putin visits Pyongyang', text: 'Putin meets Kim Jong Un in Pyongyang to sign a defense pact with North Korea.' },
  { slug: 'vietnam', title: 'Putin goes on to Hanoi', text: 'After North Korea, Putin visits Vietnam for trade talks about energy.' },
  { slug: 'bread', title: 'The best sourdough bread', text: 'Flour, water and salt: a sourdough starter needs patience and warmth.' },
  { slug: 'rye', title: 'Baking rye bread at home', text: 'Rye flour behaves differently: the sourdough starter needs more water.' },
  { slug: 'chips', title: 'Semiconductor exports fall', text: 'Chip makers in Korea report falling semiconductor exports this quarter.' },
];

beforeEach(async () => {
  db = freshDb();
  let now = 1000;
  for (const story of STORIES) {
    await saveArticle(
      db,
      makeArticle({ url: `https://news.example/${story.slug}`, title: story.title, text: story.text, excerpt: null, html: `<p>${story.text}</p>` }),
      sanitizeHtml,
      { now: now++ },
    );
  }
});
afterEach(async () => {
  await db.delete();
});

const ids = (cards: { id: string }[]) => cards.map((c) => c.id.replace('http://news.example/', ''));

describe('the list', () => {
  it('is newest first, page by page', async () => {
    expect(ids(await listCards(db, { shelf: 'all' }))).toEqual(['chips', 'rye', 'bread', 'vietnam', 'korea']);
    expect(ids(await listCards(db, { shelf: 'all' }, 1, 2))).toEqual(['rye', 'bread']);
  });

  it('filters unread, archived, favourites and tag', async () => {
    await setArchived(db, ['http://news.example/rye'], true);
    await setProgress(db, 'http://news.example/korea', 1);
    await setFavorite(db, ['http://news.example/bread'], true);
    await addTag(db, ['http://news.example/bread', 'http://news.example/vietnam'], 'later');
    expect(ids(await listCards(db, { shelf: 'all' }))).toEqual(['chips', 'bread', 'vietnam', 'korea']);
    expect(ids(await listCards(db, { shelf: 'unread' }))).toEqual(['chips', 'bread', 'vietnam']);
    expect(ids(await listCards(db, { shelf: 'archived' }))).toEqual(['rye']);
    expect(ids(await listCards(db, { shelf: 'favorites' }))).toEqual(['bread']);
    expect(ids(await listCards(db, { shelf: 'all', tag: 'later' }))).toEqual(['bread', 'vietnam']);
    expect(await listTags(db)).toEqual(['later']);
  });
});

describe('search', () => {
  const search = async (q: string) => ids((await searchLibrary(db, q, { shelf: 'all' })).cards);

  it('finds a word of the text, title matches first', async () => {
    expect(await search('pyongyang')).toEqual(['korea']);
    expect(await search('korea')).toEqual(['chips', 'vietnam', 'korea']); // text only: newest first
    expect(await search('sourdough')).toEqual(['bread', 'rye']); // in bread's title: first
  });

  it('matches the word being typed as a prefix', async () => {
    expect(await search('Pyong')).toEqual(['korea']);
    expect(await search('sourd')).toEqual(['bread', 'rye']);
    expect(await search('pyong ')).toEqual([]); // a finished word matches whole (or with a typo)
  });

  it('matches a prefix from its third letter only: one or two letters would match half the library', async () => {
    expect(await search('pyo')).toEqual(['korea']);
    expect(await search('py')).toEqual([]);
    expect(await search('p')).toEqual([]);
    expect(await search('se')).toEqual([]); // "semiconductor", "seoul"… not yet
    expect(await search('putin vi')).toEqual([]);
    expect(await search('putin vie')).toEqual(['vietnam']);
  });

  it('tolerates typos', async () => {
    expect(await search('pyongyanf')).toEqual(['korea']);
    expect(await search('sourdugh')).toEqual(['bread', 'rye']);
    expect(await search('semiconducter exports')).toEqual(['chips']);
  });

  it('finds by a typo the words saved since the last typo search', async () => {
    expect(await search('sourdugh')).toEqual(['bread', 'rye']);
    const text = 'Sourdoughs of the world: a tour of starters.';
    await saveArticle(db, makeArticle({ url: 'https://news.example/tour', title: 'Starters', text, excerpt: null, html: `<p>${text}</p>` }), sanitizeHtml, { now: 9000 });
    expect(await search('sourdughs ')).toEqual(['bread', 'tour', 'rye']); // "sourdoughs" nearest, "sourdough" too
  });

  it('needs every word, ignores case and accents, and searches tags and site', async () => {
    expect(await search('putin vietnam')).toEqual(['vietnam']);
    expect(await search('PÜTIN HANOÏ')).toEqual(['vietnam']);
    await addTag(db, ['http://news.example/rye'], 'weekend');
    expect(await search('weekend')).toEqual(['rye']);
    expect((await search('news example')).length).toBe(5);
  });

  it('puts an article saved after the last search first among equals', async () => {
    expect(await search('korea')).toEqual(['chips', 'vietnam', 'korea']);
    await saveArticle(db, makeArticle({ url: 'https://news.example/seoul', title: 'Seoul', text: 'Korea votes.', html: '<p>Korea votes.</p>' }), sanitizeHtml, { now: 9000 });
    expect(await search('korea')).toEqual(['seoul', 'chips', 'vietnam', 'korea']);
  });

  it('keeps to the chosen shelf', async () => {
    await setArchived(db, ['http://news.example/rye'], true);
    expect(ids((await searchLibrary(db, 'sourdough', { shelf: 'all' })).cards)).toEqual(['bread']);
    expect(ids((await searchLibrary(db, 'sourdough', { shelf: 'archived' })).cards)).toEqual(['rye']);
  });

  it('an empty query finds nothing', async () => {
    expect(await search('  ')).toEqual([]);
    expect(await search('zebra')).toEqual([]);
  });

  it('a deleted article is not found: by its words, as a prefix, by a typo or as related', async () => {
    expect(await search('pyongyang')).toEqual(['korea']);
    expect(await search('sourdough')).toEqual(['bread', 'rye']);
    await removeArticles(db, ['http://news.example/korea', 'http://news.example/bread']);
    expect(await search('pyongyang')).toEqual([]);
    expect(await search('pyong')).toEqual([]);
    expect(await search('pyongyanf')).toEqual([]);
    expect(await search('putin')).toEqual(['vietnam']);
    expect(await search('sourdough')).toEqual(['rye']);
    expect(await search('sourdugh')).toEqual(['rye']);
    expect(ids(await listCards(db, { shelf: 'all' }))).toEqual(['chips', 'rye', 'vietnam']);
    const related = await relatedInLibrary(db, { id: 'x', title: 'Sourdough bread', text: 'A sourdough starter, flour and water.' });
    expect(ids(related)).toEqual(['rye']);
  });
});

describe('related in your library', () => {
  it('lists saved articles sharing rare words, never the article itself', async () => {
    const related = await relatedInLibrary(db, {
      id: 'http://news.example/bread',
      title: 'The best sourdough bread',
      text: 'Flour, water and salt: a sourdough starter needs patience and warmth.',
    });
    expect(ids(related)).toEqual(['rye']);
  });

  it('finds nothing for an article on another subject', async () => {
    expect(await relatedInLibrary(db, { id: 'x', title: 'Football final', text: 'The striker scored twice in the final minutes.' })).toEqual([]);
  });
});

describe('a big result', () => {
  it('reads one page of cards, says there is more, and keeps the order', async () => {
    const base = makeArticle({ title: 'Weather today', text: 'Rain again over the harbour.', html: '<p>Rain again over the harbour.</p>' });
    for (let i = 0; i < 130; i++) {
      await saveArticle(db, { ...base, url: `https://news.example/rain/${i}` }, sanitizeHtml, { now: 5000 + i });
    }
    const page = await searchLibrary(db, 'harbour', { shelf: 'all' }, 50);
    expect(page.cards).toHaveLength(50);
    expect(page.more).toBe(true);
    expect(page.total).toBeNull();
    expect(page.cards[0]!.id).toBe('http://news.example/rain/129');
    const small = await searchLibrary(db, 'harbour', { shelf: 'all' }, 500);
    expect(small).toMatchObject({ total: 130, more: false });
    expect((await listCards(db, { shelf: 'all' }, 0, 200)).length).toBe(135);
  });
});

describe('a word being typed in a big library', () => {
  it('walks newest first to one page, in the order the posting lists give', async () => {
    // Every article holds five words beginning "harb": their posting lists are merged newest
    // first and read only as far as the page needs.
    const text = 'Harbour harbours harbourside harbinger harboured, and a zebra.';
    for (let i = 0; i < 130; i++) {
      const title = i % 10 === 3 ? 'Harbour news' : 'Weather today';
      await saveArticle(db, makeArticle({ url: `https://news.example/harb/${i}`, title, text, excerpt: null, html: `<p>${text}</p>` }), sanitizeHtml, { now: 5000 + i });
    }
    await setArchived(db, ['https://news.example/harb/128', 'https://news.example/harb/93'].map((u) => u.replace('https', 'http')), true);
    const page = await searchLibrary(db, 'harb', { shelf: 'all' });
    expect(page).toMatchObject({ more: true, total: null });
    expect(page.cards).toHaveLength(50);
    // Title matches first (newest first, the archived one left out), then the text ones.
    const titled = [123, 113, 103, 83, 73, 63, 53, 43, 33, 23, 13, 3];
    const rest = [129, 127, 126, 125, 124, 122];
    expect(ids(page.cards).slice(0, 18)).toEqual([...titled, ...rest].map((i) => `harb/${i}`));
    // The same page as a two-word search, which reads the whole posting lists (every article holds "zebra").
    expect(ids(page.cards)).toEqual(ids((await searchLibrary(db, 'zebra harb', { shelf: 'all' })).cards));
    expect(ids((await searchLibrary(db, 'harb', { shelf: 'archived' })).cards)).toEqual(['harb/93', 'harb/128']); // 93 in its title
    expect(await searchLibrary(db, 'harb', { shelf: 'all' }, 500)).toMatchObject({ total: 128, more: false });
  });
});

describe('several common words in a big library', () => {
  // 900 articles hold "alpha" (in their titles too), the even ones "beta", every tenth "beta"
  // in its title, and nine "gamma".
  beforeEach(async () => {
    const records = Array.from({ length: 900 }, (_, i) => {
      const text = `Alpha ${i % 2 ? '' : 'beta'} ${i % 100 === 4 ? 'gamma' : ''} and more.`;
      const title = i % 10 ? 'Alpha daily report' : 'Alpha beta news';
      return recordFromArticle(makeArticle({ url: `https://news.example/n/${i}`, title, text, excerpt: null, html: `<p>${text}</p>` }), sanitizeHtml, 10_000 + i);
    });
    await putImported(db, records);
  });

  it('ranks every match: title matches first, however old', async () => {
    const page = await searchLibrary(db, 'alpha beta', { shelf: 'all' });
    expect(page).toMatchObject({ more: true, total: null });
    // "beta" in the title: every tenth article, newest first (the 50 newest of the 90).
    expect(ids(page.cards)).toEqual(Array.from({ length: 50 }, (_, k) => `n/${890 - 10 * k}`));
    const all = await searchLibrary(db, 'alpha beta', { shelf: 'all' }, 500);
    expect(all).toMatchObject({ total: 450, more: false });
    expect(ids(all.cards).slice(89, 92)).toEqual(['n/0', 'n/898', 'n/896']);
  });

  it('finds the few articles holding a rare word and common ones', async () => {
    const page = await searchLibrary(db, 'alpha beta gamma', { shelf: 'all' });
    expect(page).toMatchObject({ more: false, total: 9 });
    expect(ids(page.cards)).toEqual([804, 704, 604, 504, 404, 304, 204, 104, 4].map((i) => `n/${i}`));
    expect((await searchLibrary(db, 'gamma alph', { shelf: 'all' })).total).toBe(9);
  });
});

describe('a word in the titles of the newest articles', () => {
  it('reads past the title matches in the text list to the articles that only mention it', async () => {
    // The 40 newest articles hold "kestrel" in their titles, 30 older ones in their text only:
    // the text list begins with the 40 already on the page.
    const records = Array.from({ length: 70 }, (_, i) => {
      const text = 'A kestrel hovers over the field.';
      const title = i >= 30 ? 'Kestrel watch' : 'Field notes';
      return recordFromArticle(makeArticle({ url: `https://news.example/k/${i}`, title, text, excerpt: null, html: `<p>${text}</p>` }), sanitizeHtml, 20_000 + i);
    });
    await putImported(db, records);
    const page = await searchLibrary(db, 'kestrel', { shelf: 'all' }, 50);
    expect(page).toMatchObject({ total: null, more: true });
    expect(ids(page.cards).slice(38, 42)).toEqual(['k/31', 'k/30', 'k/29', 'k/28']);
    expect(await searchLibrary(db, 'kestrel', { shelf: 'all' }, 100)).toMatchObject({ total: 70, more: false });
  });
});
