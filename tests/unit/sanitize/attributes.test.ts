import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseSrcset, sanitizeHtml } from '@/utils/sanitize';

/**
 * What the sanitizer sets on the elements it keeps, and the srcset descriptors a browser rejects:
 * behaviours that StrykerJS's mutants of utils/sanitize.ts showed no test held (issue #17).
 */

function shown(html: string): Document {
  return new JSDOM(sanitizeHtml(html)).window.document;
}

describe('what Lede sets on the elements it keeps', () => {
  it('an iframe off the list of video players goes, whatever its attributes', () => {
    const doc = shown(
      '<p>a</p><iframe src="https://evil.example/embed/x"></iframe><iframe src=" https://www.youtube.com.evil.example/embed/x"></iframe><iframe></iframe><iframe src="https://player.vimeo.com/video/1"></iframe>',
    );
    expect(Array.from(doc.querySelectorAll('iframe')).map((f) => f.getAttribute('src'))).toEqual(['https://player.vimeo.com/video/1']);
  });

  it('a kept iframe is sandboxed, lazy and sends only its origin as referrer', () => {
    const frame = shown('<iframe src="https://www.youtube.com/embed/abc" loading="eager" referrerpolicy="unsafe-url" sandbox="allow-top-navigation"></iframe>').querySelector('iframe')!;
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin allow-presentation');
    expect(frame.getAttribute('referrerpolicy')).toBe('strict-origin');
    expect(frame.getAttribute('loading')).toBe('lazy');
  });

  it('images, video, audio and their sources send no referrer; other elements get no referrer policy', () => {
    const doc = shown(
      '<p><img src="https://cdn.example/a.jpg" alt="A" referrerpolicy="unsafe-url"></p>' +
        '<video src="https://cdn.example/v.mp4" controls><source src="https://cdn.example/v.webm" type="video/webm"></video>' +
        '<audio src="https://cdn.example/a.mp3" controls></audio><p><a href="https://news.example/">link</a></p>',
    );
    for (const selector of ['img', 'video', 'source', 'audio']) expect(doc.querySelector(selector)!.getAttribute('referrerpolicy'), selector).toBe('no-referrer');
    expect(doc.querySelector('a')!.hasAttribute('referrerpolicy')).toBe(false);
    expect(doc.querySelector('p')!.hasAttribute('referrerpolicy')).toBe(false);
  });

  it('an image without alt text gets an empty one (decoration); one with alt text keeps it', () => {
    const imgs = Array.from(shown('<p><img src="https://cdn.example/a.jpg"><img src="https://cdn.example/b.jpg" alt="The harbour"></p>').querySelectorAll('img'));
    expect(imgs.map((img) => img.getAttribute('alt'))).toEqual(['', 'The harbour']);
  });

  it('links open in a new tab without an opener; an anchor without href gets neither', () => {
    const doc = shown('<p><a href="https://news.example/a" target="_self" rel="opener">a</a> <a name="top">b</a></p>');
    const [link, anchor] = Array.from(doc.querySelectorAll('a'));
    expect([link!.getAttribute('target'), link!.getAttribute('rel')]).toEqual(['_blank', 'noopener noreferrer']);
    expect([anchor!.hasAttribute('target'), anchor!.hasAttribute('rel')]).toEqual([false, false]);
  });

  it('an `is` attribute is blanked and set last, so a second pass gives the same bytes', () => {
    for (const html of ['<p is="x-evil" class="lead">Text</p>', '<p><a is="x-evil" href="https://news.example/a" title="A">a</a></p>']) {
      const once = sanitizeHtml(html);
      const el = new JSDOM(once).window.document.querySelector('[is]');
      expect(el?.getAttribute('is') ?? '', html).toBe('');
      expect(sanitizeHtml(once), html).toBe(once);
    }
  });

  it('a mailto: address is kept in a link only, never as a source', () => {
    const doc = shown('<p><a href="mailto:desk@news.example">Write to us</a><img src="mailto:desk@news.example" alt="x"></p>');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('mailto:desk@news.example');
    expect(doc.querySelector('img')?.getAttribute('src') ?? null).toBeNull();
  });
});

describe('srcset descriptors a browser rejects', () => {
  const urls = (srcset: string) => parseSrcset(srcset).map((c) => c.url);

  it('a width is a positive integer, given once, never beside a density', () => {
    expect(urls('a.jpg 0w, b.jpg 100w, c.jpg 1.5w, d.jpg -100w, e.jpg 100w 200w, f.jpg 2x 100w, g.jpg 100w 2x')).toEqual(['b.jpg']);
  });

  it('a density is a non-negative number, given once, never beside a width or a height', () => {
    expect(urls('a.jpg -1x, b.jpg 0x, c.jpg 1.5x, d.jpg 2x 3x, e.jpg 100h 2x, f.jpg 2x 100h, g.jpg 1e1x, h.jpg .5x')).toEqual(['b.jpg', 'c.jpg', 'g.jpg', 'h.jpg']);
  });

  it('a height is a positive integer, given once, and only beside a width', () => {
    expect(urls('a.jpg 100h, b.jpg 100w 50h, c.jpg 50h 100w, d.jpg 100w 0h, e.jpg 100w 50h 60h, f.jpg 100w 5.5h')).toEqual(['b.jpg', 'c.jpg']);
  });

  it('an unknown descriptor, or a bare number, rejects its candidate only', () => {
    expect(urls('a.jpg big, b.jpg 2, c.jpg 2x, d.jpg 2y')).toEqual(['c.jpg']);
  });

  it('a space before the comma that ends a candidate adds no empty descriptor', () => {
    expect(parseSrcset('a.jpg 2x , b.jpg 3x ,c.jpg')).toEqual([
      { url: 'a.jpg', descriptors: ['2x'] },
      { url: 'b.jpg', descriptors: ['3x'] },
      { url: 'c.jpg', descriptors: [] },
    ]);
  });

  it('a URL ending in commas loses them and has no descriptors', () => {
    expect(parseSrcset('a.jpg,, b.jpg 2x')).toEqual([
      { url: 'a.jpg', descriptors: [] },
      { url: 'b.jpg', descriptors: ['2x'] },
    ]);
  });

  it('an unclosed parenthesis runs to the end: one descriptor, which rejects the candidate', () => {
    expect(parseSrcset('a.jpg 2x, b.jpg (100w, c.jpg 3x')).toEqual([{ url: 'a.jpg', descriptors: ['2x'] }]);
  });
});
