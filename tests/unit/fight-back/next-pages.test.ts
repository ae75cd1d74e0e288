import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_PAGES, nextPageUrl, withNextPages, type FetchPage } from '@/utils/next-pages';
import { readPage } from '@/utils/read-page';

const ORIGIN = 'https://paper.example';
const paragraphs = (page: number) =>
  Array.from(
    { length: 4 },
    (_, i) => `<p>On page ${page} of the report, the harbour board explained its reasons for dredging the inner channel, point ${i + 1}, at length and with figures.</p>`,
  ).join('');

/** Page `n` of an article of `of` pages, with the pager `pager` makes for it. */
function articlePage(n: number, of: number, pager: (n: number, of: number) => string): string {
  return `<!doctype html><html><head><title>The dredging report</title></head><body><article><h1>The dredging report</h1>${paragraphs(n)}</article>${pager(n, of)}<footer>© Paper</footer></body></html>`;
}
const relNext = (n: number, of: number) => (n < of ? `<a rel="next" href="/report?page=${n + 1}">Next</a>` : '');
const numbered = (n: number, of: number) =>
  `<nav class="pages">${Array.from({ length: of }, (_, i) => (i + 1 === n ? `<span>${n}</span>` : `<a href="/report/${i + 1}">${i + 1}</a>`)).join(' ')}</nav>`;

const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;

/** A site of `of` pages: page 1 at `/report`, the others where the pager says; every fetch logged. */
function site(of: number, pager: typeof relNext, at: (n: number) => string) {
  const fetched: string[] = [];
  const fetchPage: FetchPage = async (url) => {
    fetched.push(url);
    for (let n = 2; n <= of; n++) if (url === `${ORIGIN}${at(n)}`) return articlePage(n, of, pager);
    return null;
  };
  return { fetched, fetchPage, first: parse(articlePage(1, of, pager), `${ORIGIN}/report`) };
}

async function read(s: ReturnType<typeof site>) {
  const result = await withNextPages(readPage(s.first, `${ORIGIN}/report`), s.first, `${ORIGIN}/report`, s.fetchPage, parse);
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

describe('an article over several pages', () => {
  it('follows rel=next: three pages joined in order, a note where each starts, words and key facts of the whole', async () => {
    const s = site(3, relNext, (n) => `/report?page=${n}`);
    const article = await read(s);
    expect(s.fetched).toEqual([`${ORIGIN}/report?page=2`, `${ORIGIN}/report?page=3`]);
    for (const n of [1, 2, 3]) expect(article.text).toContain(`On page ${n} of the report`);
    expect(article.text.indexOf('On page 1')).toBeLessThan(article.text.indexOf('On page 2'));
    expect(article.text.indexOf('On page 2')).toBeLessThan(article.text.indexOf('On page 3'));
    expect(article.html.match(/pageOfPages|Page \d of 3/g)).toHaveLength(2);
    expect(article.text).not.toMatch(/Page \d of 3|pageOfPages/); // the notes are not the article's words
    expect(article.wordCount).toBeGreaterThan(3 * 4 * 20);
    expect(article.keyFacts?.keyPoints.length).toBeGreaterThan(0);
  });

  it('follows a numbered pager', async () => {
    const s = site(3, numbered, (n) => `/report/${n}`);
    const article = await read(s);
    expect(s.fetched).toEqual([`${ORIGIN}/report/2`, `${ORIGIN}/report/3`]);
    expect(article.text).toContain('On page 3 of the report');
  });

  it(`stops at ${MAX_PAGES} pages, and never reads a page twice`, async () => {
    const s = site(14, relNext, (n) => `/report?page=${n}`);
    await read(s);
    expect(s.fetched).toHaveLength(MAX_PAGES - 1);
    const loop = parse(articlePage(1, 2, () => '<a rel="next" href="/report#top">Next</a>'), `${ORIGIN}/report`);
    expect(nextPageUrl(loop, `${ORIGIN}/report`, 1, new Set([`${ORIGIN}/report`]))).toBeNull();
  });

  it('never asks another origin, whatever the page links to', () => {
    for (const href of ['https://other.example/report?page=2', 'http://paper.example/report?page=2', 'javascript:alert(1)']) {
      const doc = parse(articlePage(1, 2, () => `<link rel="next" href="${href}"><a rel="next" href="${href}">Next</a>`), `${ORIGIN}/report`);
      expect(nextPageUrl(doc, `${ORIGIN}/report`, 1, new Set())).toBeNull();
    }
  });

  it('a lone number that is no pager is not followed; a page that fails ends the series with what was read', async () => {
    const doc = parse(articlePage(1, 2, () => '<p>See <a href="/table/2">2</a> for details.</p>'), `${ORIGIN}/report`);
    expect(nextPageUrl(doc, `${ORIGIN}/report`, 1, new Set())).toBeNull();
    const failing = site(3, relNext, (n) => `/report?page=${n}`);
    const article = await withNextPages(readPage(failing.first, `${ORIGIN}/report`), failing.first, `${ORIGIN}/report`, async () => { throw new TypeError('Failed to fetch'); }, parse);
    expect(article.ok && article.article.text).toContain('On page 1 of the report');
  });

  it('a page with no next link costs no request', async () => {
    const s = site(1, relNext, () => '');
    await read(s);
    expect(s.fetched).toEqual([]);
  });
});
