// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { sanitizeHtml } from '@/utils/sanitize';
import { fixtureDocument } from '../fixtures';

const URL_ = 'https://paper.example/quay';

function shown() {
  const result = extractArticle(fixtureDocument('pages/picture-sources.html', URL_), URL_);
  if (!result.ok) throw new Error(result.message);
  return { article: result.article, doc: new JSDOM(sanitizeHtml(result.article.html)).window.document };
}

describe('pictures made of <source>s (issue #12)', () => {
  it('keeps every picture with its sources, and an <img> with an address for each', () => {
    const { doc } = shown();
    const pictures = Array.from(doc.querySelectorAll('picture'));
    expect(pictures).toHaveLength(3);
    expect(pictures.map((p) => p.querySelector('img')?.getAttribute('src'))).toEqual([
      'https://paper.example/img/quay-800.jpg', // the source for every format, not the WebP one
      'https://paper.example/img/crowd.jpg', // the lazy image, not its stand-in
      'https://paper.example/img/map-narrow.png', // the source for every screen
    ]);
    expect(pictures[0]!.querySelectorAll('source[srcset]')).toHaveLength(2);
    expect(pictures[1]!.querySelector('source')!.getAttribute('srcset')).toBe('https://paper.example/img/crowd.webp');
    expect(pictures[2]!.querySelector('source[media]')!.getAttribute('srcset')).toBe('https://paper.example/img/map-wide.png');
  });

  it('takes the first picture for the lead image when the page names none', () => {
    expect(shown().article.leadImage).toBe('https://paper.example/img/quay-800.jpg');
  });

  it('leaves an <img> with an address of its own as it is', () => {
    const page = new JSDOM(
      `<html><head><title>q</title></head><body><article><picture><source srcset="/a.webp" type="image/webp"><img src="/own.jpg" alt=""></picture>${'<p>The harbour board opened the new north quay on Tuesday, four years after the first plans were drawn.</p>'.repeat(5)}</article></body></html>`,
      { url: URL_ },
    ).window.document;
    const result = extractArticle(page, URL_);
    expect(result.ok && result.article.html).toContain('src="https://paper.example/own.jpg"');
  });
});
