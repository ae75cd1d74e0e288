import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, withoutDashedSiteName } from '@/utils/extract';
import { findByline } from '@/utils/extract/byline';
import { doc, PARAGRAPHS, URL_ } from './harbour-page';

const byline = (body: string) => findByline(doc(body));

describe('findByline: the page’s own byline, by Readability’s rule', () => {
  it('the first element marked as the author: rel, itemprop, or a byline or author class or id', () => {
    expect(byline('<a rel="author" href="/jane">Jane Doe</a>')).toBe('Jane Doe');
    expect(byline('<span itemprop="author">Jane Doe</span>')).toBe('Jane Doe');
    expect(byline('<p class="story-byline">By Jane Doe</p>')).toBe('By Jane Doe');
    expect(byline('<p id="author">Jane Doe</p>')).toBe('Jane Doe');
    expect(byline('<p class="dateline">HARBOURTOWN</p>')).toBe('HARBOURTOWN');
    expect(byline('<p>Jane Doe</p>')).toBeNull();
  });

  it('the name inside it when marked, and its parts kept apart, not glued', () => {
    expect(byline('<div class="author"><span>By</span><span itemprop="name">Jane Doe</span></div>')).toBe('Jane Doe');
    expect(byline('<div class="byline"><span>Jane Doe</span><span>Business reporter</span></div>')).toBe('Jane Doe Business reporter');
    expect(byline('<div class="byline"><a href="/jane">Jane Doe</a>, <a href="/john">John Roe</a></div>')).toBe('Jane Doe, John Roe');
  });

  it('a line, not a block: an author’s box is passed over', () => {
    expect(byline(`<div class="author-box">${'Jane Doe has covered the harbour for twenty years. '.repeat(3)}</div><span class="byline">Jane Doe</span>`)).toBe('Jane Doe');
    expect(byline('<span class="byline"> </span>')).toBeNull();
  });

  it('not an account menu whose id only starts with "author" ("authorization", "authority")', () => {
    expect(byline('<div id="authorization">Sign in | Sign up</div><div class="author_fmt">By Jane Doe</div>')).toBe('By Jane Doe');
    expect(byline('<div class="port-authority">Harbour board</div>')).toBeNull();
  });

  it('not hidden: by attribute, style or aria-hidden', () => {
    expect(byline('<div hidden><span class="byline">Ghost</span></div><span class="byline">Jane Doe</span>')).toBe('Jane Doe');
    expect(byline('<div style="color: red; display: none"><span class="byline">Ghost</span></div><span class="byline">Jane Doe</span>')).toBe('Jane Doe');
    expect(byline('<span class="byline" style="visibility:hidden">Ghost</span><span class="byline">Jane Doe</span>')).toBe('Jane Doe');
    expect(byline('<span class="byline" aria-hidden="true">Ghost</span><span class="byline">Jane Doe</span>')).toBe('Jane Doe');
    expect(byline('<div><div hidden><p>x</p></div></div><span class="byline">Jane Doe</span>')).toBe('Jane Doe');
  });

  it('as Readability reads the page: a byline inside a banner, sidebar or menu is passed over when there is another', () => {
    expect(byline('<header class="banner-headline"><span class="author">AFP</span></header><article><span class="author">Par Jane Doe</span></article>')).toBe('Par Jane Doe');
    expect(byline('<aside role="complementary"><span class="author">Most read</span></aside><span class="byline">Jane Doe</span>')).toBe('Jane Doe');
    // A header that also says it holds content is read.
    expect(byline('<div class="header-content"><span class="byline">Jane Doe</span></div><span class="byline">John Roe</span>')).toBe('Jane Doe');
  });

  it('and read when it is the only one: a byline in a header is still the page’s', () => {
    expect(byline('<div class="article-header"><span class="byline">Jane Doe</span></div><p>Text.</p>')).toBe('Jane Doe');
  });

  it('none on a page without a body', () => {
    const empty = new JSDOM('', { url: URL_ }).window.document;
    empty.documentElement.removeChild(empty.body);
    expect(findByline(empty)).toBeNull();
  });
});

describe('the article’s byline', () => {
  it('survives the preparation that removes its block (an "author-info" wrapper)', () => {
    const page = doc(`<article><h1>Harbour board votes to dredge</h1><div class="author-info"><span class="byline">By Jane Doe</span></div>${PARAGRAPHS}</article>`);
    const result = extractArticle(page, URL_);
    expect(result.ok && result.article.byline).toBe('Jane Doe');
  });

  it('the page’s metadata comes first, as in Readability', () => {
    const page = new JSDOM(`<!doctype html><head><meta name="author" content="Jane Doe"></head><body><article><span class="byline">Sunday, Feb 1, 2015</span>${PARAGRAPHS}</article></body>`, { url: URL_ }).window.document;
    const result = extractArticle(page, URL_);
    expect(result.ok && result.article.byline).toBe('Jane Doe');
  });
});

describe('withoutDashedSiteName', () => {
  it('takes a short name off after the last en dash, when a headline is left', () => {
    expect(withoutDashedSiteName('Lorem ipsum dolor sit amet – My website')).toBe('Lorem ipsum dolor sit amet');
    expect(withoutDashedSiteName('Harbour votes – then dredges – The Harbour Times')).toBe('Harbour votes – then dredges');
  });

  it('keeps a dash that is part of the headline', () => {
    expect(withoutDashedSiteName('Brexit – explained')).toBe('Brexit – explained'); // one word left
    expect(withoutDashedSiteName('Inflation falls to 2% – what it means for your rent')).toBe('Inflation falls to 2% – what it means for your rent');
    expect(withoutDashedSiteName('Harbour board votes to dredge')).toBe('Harbour board votes to dredge');
    expect(withoutDashedSiteName('Harbour board votes to dredge — The Harbour Times')).toBe('Harbour board votes to dredge — The Harbour Times'); // an em dash
  });

  it('only on the document’s own title', () => {
    const page = (head: string) =>
      new JSDOM(`<!doctype html><head>${head}</head><body><article><h1>x</h1>${PARAGRAPHS}</article></body>`, { url: URL_ }).window.document;
    const titleOf = (head: string) => {
      const result = extractArticle(page(head), URL_);
      return result.ok ? result.article.title : null;
    };
    expect(titleOf('<title>Harbour board votes to dredge – Harbour Times</title>')).toBe('Harbour board votes to dredge');
    expect(titleOf('<title>x</title><meta property="og:title" content="Harbour board votes to dredge – Harbour Times">')).toBe('Harbour board votes to dredge – Harbour Times');
  });
});
