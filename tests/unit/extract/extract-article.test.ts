import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article, ReadResult } from '@/utils/article';
import { extractArticle } from '@/utils/extract';
import { readingMinutes } from '@/utils/extract/text';
import { fixtureDocument } from '../fixtures';

const URL_ = 'https://news.example/world/2024/story.html';

/** A paragraph of running text: enough of them make any body an article. */
const para = (topic: string) =>
  `<p>${`The ${topic} was discussed again on Tuesday, and officials said that a decision would follow within weeks after a long consultation. `.repeat(3)}</p>`;

function page(body: string, head = '<title>Council agrees budget</title>', htmlAttrs = 'lang="en"'): Document {
  return new JSDOM(`<!DOCTYPE html><html ${htmlAttrs}><head>${head}</head><body>${body}</body></html>`, { url: URL_ }).window.document;
}

function article(result: ReadResult): Article {
  if (!result.ok) throw new Error(`not an article: ${result.message}`);
  return result.article;
}

function bodyOf(a: Article): Document {
  return new JSDOM(`<body>${a.html}</body>`).window.document;
}

describe('lazy images', () => {
  it('restores every lazy image of the e2e fixture, against the page URL', () => {
    const restored = article(extractArticle(fixtureDocument('pages/lazy-images.html', 'https://coastline.example/2024/keepers.html'), 'https://coastline.example/2024/keepers.html'));
    const srcs = [...bodyOf(restored).querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual([
      'https://coastline.example/images/2024/03/lighthouse-800.jpg',
      'https://cdn.coastline.example/images/2024/03/logbook.jpg',
      'https://coastline.example/images/2024/03/keepers-1962.jpg',
      'https://coastline.example/images/2024/03/lamp-room.jpg',
    ]);
  });

  it('restores data-src, data-srcset and noscript images, absolute and with their srcset', () => {
    const doc = page(`<article><h1>Council agrees budget</h1>
      ${para('budget')}
      <figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="/img/council.jpg" data-srcset="/img/council-480.jpg 480w, /img/council-960.jpg 960w" alt="The council"><figcaption>The council chamber.</figcaption></figure>
      ${para('vote')}
      <img class="lazyload" data-src="/img/lazy-only.jpg" alt=""><noscript><img src="/img/from-noscript.jpg" alt="From noscript"></noscript>
      ${para('plan')}
    </article>`);
    const body = bodyOf(article(extractArticle(doc, URL_)));
    const srcs = Array.from(body.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(srcs).toContain('https://news.example/img/council.jpg');
    expect(srcs).toContain('https://news.example/img/from-noscript.jpg');
    expect(srcs.some((src) => src?.startsWith('data:'))).toBe(false);
    const srcset = body.querySelector('img[alt="The council"]')?.getAttribute('srcset') ?? '';
    expect(srcset).toContain('https://news.example/img/council-480.jpg 480w');
    expect(srcset).toContain('https://news.example/img/council-960.jpg 960w');
  });
});

describe('relative URLs', () => {
  it('makes href, src and srcset absolute against the page', () => {
    const doc = page(`<article><h1>Council agrees budget</h1>
      ${para('budget')}
      <p>See <a href="../docs/budget.pdf">the budget</a> and <a href="/archive?q=budget#top">the archive</a> and <a href="https://other.example/x">elsewhere</a>.</p>
      <p><img src="chart.png" srcset="chart-2x.png 2x, /abs/chart-3x.png 3x" alt="Chart"></p>
      ${para('vote')}
    </article>`);
    const body = bodyOf(article(extractArticle(doc, URL_)));
    const hrefs = Array.from(body.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(['https://news.example/world/docs/budget.pdf', 'https://news.example/archive?q=budget#top', 'https://other.example/x']);
    const img = body.querySelector('img[alt="Chart"]');
    expect(img?.getAttribute('src')).toBe('https://news.example/world/2024/chart.png');
    expect(img?.getAttribute('srcset')).toBe('https://news.example/world/2024/chart-2x.png 2x, https://news.example/abs/chart-3x.png 3x');
  });
});

describe('structure', () => {
  it('keeps headings, lists, block quotes, tables and code blocks, each text block on its own', () => {
    const doc = fixtureDocument('extract/structure.html', URL_);
    const a = article(extractArticle(doc, URL_));
    const body = bodyOf(a);
    expect(body.querySelector('h2')?.textContent).toBe('What the plan costs');
    expect(Array.from(body.querySelectorAll('ol li')).map((li) => li.textContent)).toEqual(['Repair the bridges', 'Hire bus drivers', 'Extend the tram line']);
    expect(body.querySelector('blockquote')?.textContent).toContain('This is the budget the city needs');
    expect(Array.from(body.querySelectorAll('table td')).map((td) => td.textContent)).toContain('€4.2m');
    expect(body.querySelector('pre code')?.textContent).toBe('total = roads + buses + trams\nprint(total)');
    const blocks = a.text.split('\n\n');
    expect(blocks).toContain('What the plan costs');
    expect(blocks).toContain('Repair the bridges');
    expect(blocks).toContain('Hire bus drivers');
    expect(blocks).toContain('total = roads + buses + trams\nprint(total)');
    expect(a.text).toMatch(/Roads €4\.2m/); // table cells apart, not glued
  });

  it('leaves captions and credits out of the text but keeps them in the HTML', () => {
    const doc = page(`<article><h1>Council agrees budget</h1>
      ${para('budget')}
      <figure><img src="/a.jpg" alt=""><figcaption>The chamber on Tuesday. <span class="credit">Photo: Jane Roe/Agency</span></figcaption></figure>
      <div class="image-wrap"><img src="/b.jpg" alt=""><span class="caption">Councillors vote.</span></div>
      ${para('vote')}
    </article>`);
    const a = article(extractArticle(doc, URL_));
    expect(a.text).not.toContain('The chamber on Tuesday');
    expect(a.text).not.toContain('Councillors vote');
    expect(a.html).toContain('The chamber on Tuesday');
    expect(a.html).toContain('Councillors vote');
    expect(a.html).not.toContain('data-lede-caption');
  });
});

describe('the edges of the article', () => {
  it('drops the headline, dateline and byline repeated above the body, and link lists and calls to follow below it', () => {
    const doc = page(
      `<div class="story">
        <p>Council agrees budget</p>
        <p>Posted: Tue 6:45 PM, Mar 12, 2024 |</p>
        <p>By Jane Roe</p>
        ${para('budget')}
        ${para('vote')}
        <h3>Gallery</h3>
        <p>The vote was close, and the mayor said the city would now have to deliver on its promises.</p>
        <p><i>Follow the Gazette on </i><a href="https://twitter.example/gazette">Twitter</a><i> and </i><a href="https://facebook.example/gazette">Facebook</a>.</p>
        <h3>More stories</h3>
        <p><a href="/news/1">Storm leaves thousands without power</a></p>
        <p><a href="/news/2">Local team wins the regional final</a></p>
      </div>`,
      '<title>Council agrees budget</title><meta name="author" content="Jane Roe">',
    );
    const a = article(extractArticle(doc, URL_));
    const blocks = a.text.split('\n\n');
    expect(blocks[0]).toMatch(/^The budget was discussed again/);
    expect(blocks.at(-1)).toBe('The vote was close, and the mayor said the city would now have to deliver on its promises.');
    expect(blocks).toContain('Gallery'); // a heading inside the body stays
    for (const gone of ['Posted:', 'By Jane Roe', 'Follow the Gazette', 'More stories', 'Storm leaves']) expect(a.text).not.toContain(gone);
  });

  it('removes author boxes and site menus', () => {
    const doc = page(`<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
      <article><h1>Council agrees budget</h1>${para('budget')}${para('vote')}
      <div class="author-bio"><h4>About the author</h4><p>Jane Roe covers city hall for the Gazette.</p></div></article>`);
    const a = article(extractArticle(doc, URL_));
    expect(a.text).not.toContain('About the author');
    expect(a.text).not.toContain('covers city hall');
    expect(a.text).not.toMatch(/\bSport\b/);
  });
});

describe('right-to-left pages', () => {
  it('reports dir rtl and the language', () => {
    const doc = fixtureDocument('extract/rtl.html', 'https://akhbar.example/2024/03/budget');
    const a = article(extractArticle(doc, 'https://akhbar.example/2024/03/budget'));
    expect(a.dir).toBe('rtl');
    expect(a.lang).toBe('ar');
    expect(a.text).toContain('وافق مجلس المدينة');
  });

  it('infers rtl from the language when the page gives no dir', () => {
    const doc = page(`<article><h1>בחירות</h1>${para('budget')}${para('vote')}</article>`, '<title>t</title>', 'lang="he"');
    expect(article(extractArticle(doc, URL_)).dir).toBe('rtl');
  });
});

describe('pages that are not articles', () => {
  it.each([
    ['a home page of teasers', 'extract/home-teasers.html'],
    ['a search page', 'extract/search.html'],
  ])('%s gives a reason, not an article', (_, name) => {
    const result = extractArticle(fixtureDocument(name), `https://gazette.example/${name}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('not-article');
    expect(result.message).toMatch(/not an article\.$/);
  });

  it('an empty page and a very short one give reasons too', () => {
    const empty = extractArticle(page(''), URL_);
    expect(empty.ok).toBe(false);
    const short = extractArticle(page('<article><p>Just a few words here.</p></article>'), URL_);
    expect(short).toMatchObject({ ok: false });
    if (!short.ok) expect(['no-content', 'too-short']).toContain(short.reason);
  });
});

describe('metadata', () => {
  const body = `<article><h1>Council agrees budget</h1>${para('budget')}${para('vote')}</article>`;

  it('prefers JSON-LD for byline and date, and Open Graph for site name and image', () => {
    const head = `<title>Council agrees budget | Gazette</title>
      <meta property="og:site_name" content="The Riverside Gazette">
      <meta property="og:image" content="/img/lead.jpg">
      <meta name="author" content="Meta Author">
      <script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Gazette' },
          { '@type': 'NewsArticle', headline: 'Council agrees budget', author: [{ '@type': 'Person', name: 'Jane Roe' }, { '@type': 'Person', name: 'John Doe' }], datePublished: '2024-03-12T09:00:00Z' },
        ],
      })}</script>`;
    const a = article(extractArticle(page(body, head), URL_));
    expect(a.byline).toBe('Jane Roe, John Doe');
    expect(a.publishedTime).toBe('2024-03-12T09:00:00Z');
    expect(a.siteName).toBe('The Riverside Gazette');
    expect(a.leadImage).toBe('https://news.example/img/lead.jpg');
  });

  it('falls back to meta tags, and survives broken JSON-LD', () => {
    const head = `<title>Council agrees budget</title>
      <script type="application/ld+json">{ not json </script>
      <meta name="author" content="By Meta Author">
      <meta property="article:published_time" content="2024-03-11T08:00:00Z">
      <link rel="canonical" href="/world/2024/story">`;
    const a = article(extractArticle(page(body, head), URL_));
    expect(a.byline).toBe('Meta Author');
    expect(a.publishedTime).toBe('2024-03-11T08:00:00Z');
    expect(a.canonicalUrl).toBe('https://news.example/world/2024/story');
    expect(a.siteName).toBe('news.example'); // no og:site_name: the host
  });
});

describe('reading time', () => {
  it('is words / 230 per minute, at least one minute', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(230 * 4))).toBe(4);
    expect(readingMinutes('word '.repeat(230 * 10 + 50))).toBe(10);
  });

  it('counts characters for unspaced scripts', () => {
    expect(readingMinutes('日本語の文章です。'.repeat(200))).toBe(3); // 1,600 characters at 500 a minute
  });

  it('matches the article word count', () => {
    const a = article(extractArticle(page(`<article><h1>t</h1>${para('budget').repeat(20)}</article>`), URL_));
    expect(a.wordCount).toBeGreaterThan(1000);
    expect(a.readingMinutes).toBe(Math.round(a.wordCount / 230));
  });
});
