import { describe, expect, it } from 'vitest';
import { articleOfRecord, scrollFraction, scrollTarget } from '@/utils/library/reading';
import type { Article } from '@/utils/article';
import { linkRecord, recordFromArticle } from '@/utils/library/store';
import { editDistance, indexTerms, terms, typosAllowed, words } from '@/utils/library/terms';
import { makeArticle } from './helpers';

describe('index terms', () => {
  it('folds case and accents, drops stopwords, short words and duplicates', () => {
    expect(words('Über-Café, NAÏVE 2024!')).toEqual(['uber', 'cafe', 'naive', '2024']);
    expect(terms('The cat and the Cat sat on a mat x')).toEqual(['cat', 'sat', 'mat']);
  });

  it('keeps title, site, host and tags apart from the text, and indexes both', () => {
    const index = indexTerms({ title: 'Putin in Pyongyang', siteName: null, url: 'https://www.dailyledger.example/a', tags: ['north korea'], text: 'A summit in the capital.' });
    expect(index.head).toEqual(expect.arrayContaining(['putin', 'pyongyang', 'dailyledger', 'example', 'north', 'korea']));
    expect(index.head).not.toContain('summit');
    expect(index.terms).toEqual(expect.arrayContaining(['summit', 'capital', 'pyongyang']));
  });

  it('allows no typo in short words, one in medium, two in long ones', () => {
    expect([3, 4, 7, 8].map(typosAllowed)).toEqual([0, 1, 1, 2]);
    expect(editDistance('pyongyang', 'pyongyagn', 2)).toBe(2);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('short', 'a much longer word', 2)).toBe(3);
    expect(editDistance('pyongyagn', 'pyongyangs', 2, 9)).toBe(2); // a prefix of the term
  });

  it('computes only the band of the distance table, and agrees with the whole table', () => {
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i ? (j ? 0 : i) : j)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), d[i - 1]![j]! + 1, d[i]![j - 1]! + 1);
      }
      return d[a.length]![b.length]!;
    };
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const word = () => Array.from({ length: 1 + Math.floor(random() * 9) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let k = 0; k < 2000; k++) {
      const [a, b, max] = [word(), word(), Math.floor(random() * 4)];
      expect(editDistance(a, b, max), `${a} ${b} ${max}`).toBe(Math.min(full(a, b), max + 1));
    }
  });
});

describe('the offline reader', () => {
  it('turns scroll into progress and back', () => {
    expect(scrollFraction(0, 800, 4800)).toBe(0);
    expect(scrollFraction(2000, 800, 4800)).toBe(0.5);
    expect(scrollFraction(9999, 800, 4800)).toBe(1);
    expect(scrollFraction(0, 800, 600)).toBe(1); // all of it fits: read
    expect(scrollTarget(0.5, 800, 4800)).toBe(2000);
  });

  it('shows a saved record as the article it was saved from, key facts and related links too', () => {
    const saved: Article = {
      ...makeArticle({ url: 'https://news.example/world/story-1', canonicalUrl: 'https://news.example/world/story-1', dir: 'rtl', leadImage: 'https://news.example/lead.jpg' }),
      keyFacts: { keyPoints: ['Putin landed in Pyongyang.'], people: [], organizations: [], places: ['Pyongyang'], dates: ['Tuesday'], numbers: [], quotes: [] },
      relatedLinks: [{ url: 'https://news.example/b', title: 'Kim meets Putin', kind: 'related', score: 7, why: ['Putin'] }],
    };
    const record = recordFromArticle(saved, (html) => html.replace(/<script[\s\S]*?<\/script>/g, ''), 1000);
    expect(articleOfRecord({ ...record, tags: ['korea'], progress: 0.5, favorite: true })).toEqual({
      ...saved,
      html: '<p>The Russian president landed in Pyongyang on Tuesday.</p><p onclick="x()">Kim met him.</p>', // as stored
    });
  });

  it('shows a link-only record with an empty body', () => {
    const article = articleOfRecord(linkRecord('https://news.example/a', 'A link', 1));
    expect(article).toEqual({
      url: 'https://news.example/a',
      canonicalUrl: 'https://news.example/a',
      title: 'A link',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      dir: null,
      excerpt: null,
      leadImage: null,
      html: '',
      text: '',
      wordCount: 0,
      readingMinutes: 0,
    });
  });
});
