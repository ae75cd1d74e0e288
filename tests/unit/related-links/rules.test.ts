import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findRelatedLinks } from '@/utils/related-links';
import { looksLikeArticle, sameSiteAs, siteOf } from '@/utils/related-links/filter';
import { stemOf, subjectMatch, articleTerms } from '@/utils/related-links/words';

const URL_ = 'https://paper.example/world/2024/05/glacier-retreat-alps-record-melt';
const TITLE = 'Alpine Glaciers Lose Record Ice As Summer Heat Lingers';
const TEXT = [
  'Glaciers in the Swiss Alps lost a record share of their ice this summer, scientists at ETH Zurich said, after a heatwave that lingered into September.',
  'The Rhone Glacier shrank by more than four percent, and smaller glaciers in the Alps may vanish within a decade, the Swiss glacier monitoring network reported.',
  'Researchers measured the melt with stakes drilled into the ice and drones flown over the Rhone Glacier every week.',
].join('\n\n');

/** A page of `body` HTML, read with the article above (no extraction: the rules alone). */
function related(body: string) {
  const doc = new JSDOM(`<!doctype html><body>${body}</body>`, { url: URL_ }).window.document;
  return findRelatedLinks(doc, { url: URL_, canonicalUrl: null, title: TITLE, text: TEXT });
}
const paragraphs = TEXT.split('\n\n').map((p) => `<p>${p}</p>`).join('');

describe('words', () => {
  it('stems plurals and possessives, drops stopwords and bare numbers', () => {
    expect(stemOf('Glaciers')).toBe('glacier');
    expect(stemOf('Korea’s')).toBe('korea');
    expect(stemOf('studies')).toBe('study');
    expect(stemOf('the')).toBeNull();
    expect(stemOf('24')).toBeNull();
    expect(stemOf('2024')).toBeNull();
  });

  it('matches names as wholes: Kim Jong Un is not Kim Jong Il', () => {
    const terms = articleTerms({ title: 'Kim Jong Un meets Putin', text: 'Leader Kim Jong Un met Vladimir Putin. Later Kim Jong Un flew home, and Kim Jong Un smiled.' });
    expect(subjectMatch('Kim Jong Un visits Russia', terms).why).toContain('Kim Jong Un');
    expect(subjectMatch('Kim Jong Il died in 2011', terms).why).not.toContain('Kim Jong Un');
  });
});

describe('URLs', () => {
  it('tells article URLs from section pages', () => {
    expect(looksLikeArticle(new URL('https://a.example/news/world/'))).toBe(false);
    expect(looksLikeArticle(new URL('https://a.example/sports'))).toBe(false);
    expect(looksLikeArticle(new URL('https://a.example/news/putin-to-visit-vietnam'))).toBe(true);
    expect(looksLikeArticle(new URL('https://a.example/news/world-europe-50473792'))).toBe(true);
  });

  it('knows one publisher under several domains', () => {
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('edition.cnn.com')).toBe('cnn.com');
    expect(sameSiteAs('www.bbc.co.uk', 'bbc.com')).toBe(true);
    expect(sameSiteAs('nbcnews.com', 'cnbc.com')).toBe(false);
  });
});

describe('rules', () => {
  it('keeps a "Related" pick with nothing in common, but not a widget named so only by its class', () => {
    const links = related(`${paragraphs}
      <section><h2>Related</h2><ul><li><a href="/world/2024/05/city-budget-vote-delayed-again">City Budget Vote Delayed Again</a></li></ul></section>
      <div class="related-widget"><ul><li><a href="/sport/2024/05/cup-final-tickets-sold-out">Cup Final Tickets Sold Out</a></li></ul></div>`);
    expect(links.map((l) => l.title)).toEqual(['City Budget Vote Delayed Again']);
  });

  it('keeps "More from" and "Most read" items only on the subject', () => {
    const links = related(`${paragraphs}
      <aside><h3>More from Paper</h3><ul>
        <li><a href="/world/2024/04/rhone-glacier-drone-survey-melt">Drones Map Rhone Glacier Melt In The Swiss Alps</a></li>
        <li><a href="/food/2024/04/best-pizza-in-town-ranked">The Best Pizza In Town, Ranked</a></li>
      </ul></aside>`);
    expect(links.map((l) => l.title)).toEqual(['Drones Map Rhone Glacier Melt In The Swiss Alps']);
  });

  it('keeps a cited source, and rejects shops, the page under another query or URL, comments, menus, forms and non-web links', () => {
    const links = related(`<p>${TEXT.split('\n\n')[0]!} <a href="https://www.amazon.com/Glacier-Book/dp/B07PXGQC1Q?tag=x-20">Buy the glacier book</a>
        <a href="https://amzn.to/3abc">this ice axe</a> <a href="mailto:desk@paper.example">Email the glacier desk</a>
        <a href="javascript:void(0)">Glacier melt share link</a></p>
      <p>${TEXT.split('\n\n')[1]!.replace('the Swiss glacier monitoring network', '<a href="https://glamos.example/reports/2024/swiss-glacier-mass-balance">the Swiss glacier monitoring network</a>')}</p>
      <figure><a href="${URL_}?photo=2"><img alt="Glacier melt photo gallery view two"></a></figure>
      <div class="more"><a href="https://paper.example/amp/world/2024/05/alpine-glaciers-lose-record-ice">Alpine Glaciers Lose Record Ice As Summer Heat Lingers</a></div>
      <nav><a href="/world/2024/05/glacier-tour-guide-alps">Glacier Tour Guide To The Swiss Alps</a></nav>
      <div id="comments"><p>Great piece! See <a href="/world/2024/05/my-glacier-rhone-blog-post">my Rhone Glacier post</a></p></div>
      <form><a href="/world/2024/05/rhone-glacier-newsletter-signup">Rhone Glacier newsletter signup</a></form>`);
    // Only the cited source is left.
    expect(links.map((l) => [l.title, l.kind])).toEqual([['the Swiss glacier monitoring network', 'elsewhere']]);
  });

  it('shows one story once, across tracking parameters, fragments and duplicate URLs', () => {
    const links = related(`${paragraphs}
      <section><h2>See also</h2>
        <a href="/world/2024/05/rhone-glacier-melt-explained?utm_source=home">Rhone Glacier Melt Explained</a>
        <a href="/world/2024/05/rhone-glacier-melt-explained#top">Rhone Glacier Melt Explained</a>
        <a href="/world/2024/05/rhone-glacier-melt-explained-video-version">Rhone Glacier Melt Explained</a>
      </section>`);
    expect(links).toHaveLength(1);
    expect(links[0]!.url).toBe('https://paper.example/world/2024/05/rhone-glacier-melt-explained?utm_source=home');
  });

  it('shows at most eight, best first', () => {
    const items = Array.from({ length: 12 }, (_, i) => `<li><a href="/world/2024/05/glacier-story-number-${i}">Glacier Story Number ${i} From The Alps</a></li>`).join('');
    const links = related(`${paragraphs}<section><h2>Related stories</h2><ul>${items}</ul></section>`);
    expect(links).toHaveLength(8);
    expect(links.every((l, i) => i === 0 || links[i - 1]!.score >= l.score)).toBe(true);
  });
});

describe('a page that breaks the harvest', () => {
  it('gives no related links instead of an error, so the article is still read', () => {
    const doc = new JSDOM('<!doctype html><body><p>x</p></body>', { url: URL_ }).window.document;
    Object.defineProperty(doc.body, 'querySelectorAll', {
      value: () => {
        throw new Error('a hostile page');
      },
    });
    expect(findRelatedLinks(doc, { url: URL_, canonicalUrl: null, title: TITLE, text: TEXT })).toEqual([]);
  });
});
