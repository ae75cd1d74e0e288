import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { exportHtml } from '@/utils/library/export';
import { sampleArticles } from './articles';

describe('HTML export', () => {
  const articles = sampleArticles();
  const html = exportHtml(articles, { now: Date.parse('2026-11-28T12:00:00Z') });
  const doc = new JSDOM(html).window.document;

  it('is one page with a table of contents linking to every article', () => {
    const toc = Array.from(doc.querySelectorAll('nav#contents li a'));
    expect(toc.map((a) => a.textContent)).toEqual(articles.map((a) => a.title.replace('\u0007', '')));
    for (const a of toc) expect(doc.querySelector(a.getAttribute('href')!)?.tagName).toBe('ARTICLE');
    expect(doc.querySelector('header .meta')?.textContent).toBe('3 articles · exported 2026-11-28');
  });

  it('carries the article HTML as stored, with its metadata', () => {
    const first = doc.querySelector('#article-1')!;
    expect(first.querySelector('.body strong')?.textContent).toBe('Pyongyang');
    expect(first.querySelector('.meta')?.textContent).toBe('The Daily Ledger · Jane Reporter · saved 2024-06-18 · original');
    expect(Array.from(first.querySelectorAll('.tags span')).map((s) => s.textContent)).toEqual(['politics', 'asia']);
    expect(doc.querySelector('#article-2 .body a')?.getAttribute('href')).toBe('https://example.org/link-only');
  });

  it('escapes metadata and runs no script', () => {
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    const tricky = doc.querySelector('#article-3')!;
    expect(tricky.querySelector('h2')?.textContent).toBe('Tricky: "quotes" & <tags>  --- # not a comment');
    expect(tricky.querySelector('.meta')?.textContent).toContain('Evil & Co <script>');
    expect(tricky.getAttribute('dir')).toBe('rtl');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<script/i);
  });
});
