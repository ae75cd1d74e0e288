import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { findRelatedLinks } from '@/utils/related-links';
import { SEED_URL } from '../fixtures';
import { pageOf, relatedOf, titles } from './helpers';

const RELATED_ARTICLES = [
  'Kim Jong Un Meets Putin At Russia’s Vostochny Cosmodrome',
  'US Sanctions Firms Over North Korea–Russia Arms Transfers',
  'Putin To Visit Vietnam After Pyongyang Talks',
  'Andrei Belousov Named Russia’s New Defense Minister',
];
const READ_ALSO = 'Mexico Elects Claudia Sheinbaum As Its First Female President';

describe('related links on the seed page', () => {
  const links = relatedOf('news-page.html', SEED_URL);

  it('lists the four "Related Articles" first, then at most the "Read Also" pick, nothing else', () => {
    expect(titles(links).slice(0, 4).sort()).toEqual([...RELATED_ARTICLES].sort());
    expect(titles(links).slice(4)).toEqual(links.length > 4 ? [READ_ALSO] : []);
    expect(links.length).toBeGreaterThanOrEqual(4);
    expect(links.length).toBeLessThanOrEqual(5);
  });

  it('keeps no menu, social, share, tag, author, privacy, footer, previous/next or trending link', () => {
    const urls = links.map((l) => l.url).join(' ');
    for (const part of ['/tag/', '/author/', 'privacy', 'about-us', 'contact-us', 'facebook', 'x.example', 'wa.example', 'linkedin', 'eu-leaders', 'oil-prices', 'summer-blockbusters', 'euro-2024', 'budget-phones', '/news/politics/"', '#']) {
      expect(urls, part).not.toContain(part);
    }
    for (const link of links) expect(new URL(link.url).pathname.split('/').filter(Boolean).length).toBe(3);
  });

  it('labels the picks as related, same-site, with absolute URLs and a site to show', () => {
    for (const link of links) {
      expect(link.kind).toBe('related');
      expect(link.url).toMatch(/^https:\/\/dailyledger\.example\/news\/(?:world|politics)\/[a-z-]+\/$/);
      expect(link.site).toBe('dailyledger.example');
    }
  });

  it('says why: the names and words each link shares with the article', () => {
    const why = Object.fromEntries(links.map((l) => [l.title, l.why]));
    expect(why[RELATED_ARTICLES[0]!]).toEqual(expect.arrayContaining(['Kim Jong Un', 'Putin']));
    expect(why[RELATED_ARTICLES[1]!]).toContain('North Korea');
    expect(why[RELATED_ARTICLES[2]!]).toEqual(expect.arrayContaining(['Putin', 'Pyongyang', 'Vietnam']));
    expect(why[RELATED_ARTICLES[3]!]).toContain('Andrei Belousov');
    for (const link of links) expect(link.why.length).toBeLessThanOrEqual(4);
  });

  it('ranks by score, highest first', () => {
    const scores = links.map((l) => l.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('reads the page without changing it, and finds the same with or without key facts', () => {
    const doc = pageOf('news-page.html', SEED_URL);
    const before = doc.documentElement.outerHTML;
    const result = extractArticle(doc, SEED_URL);
    if (!result.ok) throw new Error(result.message);
    const plain = findRelatedLinks(doc, result.article);
    const withFacts = findRelatedLinks(doc, {
      ...result.article,
      keyFacts: {
        keyPoints: [],
        people: [{ name: 'Vladimir Putin' }, { name: 'Kim Jong Un' }, { name: 'Andrei Belousov' }],
        organizations: ['Kremlin'],
        places: ['North Korea', 'Russia', 'Pyongyang', 'Vietnam'],
        dates: [],
        numbers: [],
        quotes: [],
      },
    });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(titles(withFacts).slice(0, 4).sort()).toEqual(titles(plain).slice(0, 4).sort());
  });
});

describe('readPage (what the content script and the extract runner call)', () => {
  it('puts the related links on the article, key facts and all', async () => {
    const { readPage } = await import('@/utils/read-page');
    const result = readPage(pageOf('news-page.html', SEED_URL), SEED_URL);
    if (!result.ok) throw new Error(result.message);
    expect(titles(result.article.relatedLinks ?? []).slice(0, 4).sort()).toEqual([...RELATED_ARTICLES].sort());
    expect(titles(result.article.relatedLinks ?? []).slice(4)).toEqual(result.article.relatedLinks!.length > 4 ? [READ_ALSO] : []);
  });
});
