import { describe, expect, it } from 'vitest';
import { urlKey } from '@/utils/url';
import { looksLikeArticle, rejectReason, sameSiteAs, siteOf, type PageIdentity } from '@/utils/related-links/filter';
import { pageIdentity } from '@/utils/related-links';
import type { Candidate } from '@/utils/related-links/harvest';

/** The rejection rules one at a time, on candidates built by hand (the harvest is tested apart). */
const PAGE_URL = 'https://www.paper.example/world/2024/05/glacier-retreat-alps-record-melt';
const page: PageIdentity = pageIdentity({ url: PAGE_URL, canonicalUrl: 'https://paper.example/glacier-retreat-alps' });

function candidate(url: string, rest: Partial<Candidate> = {}): Candidate {
  return {
    url,
    key: urlKey(url),
    text: 'Rhone Glacier Melt Explained',
    anchorText: 'Rhone Glacier Melt Explained',
    heading: null,
    role: 'none',
    chrome: null,
    inArticle: false,
    prevNext: false,
    schemaRelated: false,
    linkDensity: 1,
    rel: '',
    order: 0,
    ...rest,
  };
}
const reason = (url: string, rest: Partial<Candidate> = {}) => rejectReason(candidate(url, rest), page);
const SAME_SITE_STORY = 'https://paper.example/world/2024/05/rhone-glacier-melt-explained';

describe('rejectReason', () => {
  it('keeps a story of the same site, and says why for each kind of link it rejects', () => {
    expect(reason(SAME_SITE_STORY)).toBeNull();
    expect(reason(PAGE_URL)).toBe('self');
    expect(reason('https://paper.example/glacier-retreat-alps/')).toBe('self'); // the canonical URL
    expect(reason(`${PAGE_URL}?photo=2`)).toBe('self');
    expect(reason('not a url', { key: 'not a url' })).toBe('not-article-page');
    expect(reason('https://www.facebook.com/sharer/sharer.php?u=x')).toBe('share');
    expect(reason('https://www.amazon.com/Glacier-Book/dp/B07PXGQC1Q')).toBe('shop');
    expect(reason('https://ads.doubleclick.net/world/2024/glacier-melt-offer')).toBe('ad');
    expect(reason(SAME_SITE_STORY, { role: 'sponsored' })).toBe('ad');
    expect(reason(SAME_SITE_STORY, { rel: 'nofollow sponsored' })).toBe('ad');
    expect(reason(SAME_SITE_STORY, { rel: 'sponsored' })).toBe('ad');
    expect(reason(SAME_SITE_STORY, { rel: 'nofollowsponsored' })).toBeNull();
    expect(reason('https://paper.example/', { text: 'Home' })).toBe('home');
    expect(reason('https://paper.example//', { text: 'Home' })).toBe('home');
    expect(reason('https://paper.example/?edition=uk', { inArticle: true })).toBeNull();
    expect(reason(SAME_SITE_STORY, { text: '' })).toBe('no-text');
  });

  it('tells chrome apart: share bars, tag and author links, the rest; a previous/next link in a pager is not chrome', () => {
    expect(reason(SAME_SITE_STORY, { chrome: 'share-bar' })).toBe('share');
    expect(reason(SAME_SITE_STORY, { chrome: 'sharing' })).toBe('share');
    expect(reason(SAME_SITE_STORY, { chrome: 'social' })).toBe('share');
    expect(reason(SAME_SITE_STORY, { chrome: 'tag' })).toBe('not-article-page');
    expect(reason(SAME_SITE_STORY, { chrome: 'author' })).toBe('not-article-page');
    expect(reason(SAME_SITE_STORY, { chrome: 'footer' })).toBe('chrome');
    expect(reason(SAME_SITE_STORY, { chrome: 'nav', prevNext: true })).toBeNull();
    expect(reason(SAME_SITE_STORY, { chrome: 'pagination', prevNext: true })).toBeNull();
    expect(reason(SAME_SITE_STORY, { chrome: 'pager', prevNext: true })).toBeNull();
    expect(reason(SAME_SITE_STORY, { chrome: 'navigation', prevNext: true })).toBeNull();
    expect(reason(SAME_SITE_STORY, { chrome: 'footer', prevNext: true })).toBe('chrome');
    expect(reason(SAME_SITE_STORY, { chrome: 'nav' })).toBe('chrome');
    expect(reason(SAME_SITE_STORY, { chrome: 'navbar', prevNext: true })).toBe('chrome');
  });

  it('a social link is a follow button off the text, and a profile in it; a post in the text is a source', () => {
    expect(reason('https://twitter.com/glacierwatch/status/1790000000', { inArticle: false })).toBe('social');
    expect(reason('https://www.instagram.com/glacierwatch', { inArticle: true })).toBe('social');
    expect(reason('https://www.instagram.com/glacierwatch/', { inArticle: true })).toBe('social');
    expect(reason('https://twitter.com/glacierwatch/status/1790000000', { inArticle: true })).toBeNull();
  });

  it('rejects pages that are not articles by their path, query or file type', () => {
    expect(reason('https://paper.example/tag/glacier-melt-alps')).toBe('not-article-page');
    expect(reason('https://paper.example/world/video')).toBe('not-article-page');
    expect(reason('https://paper.example/world/2024/05/glacier-melt?q=glacier')).toBe('not-article-page');
    expect(reason('https://paper.example/world/2024/05/glacier-melt-chart.png')).toBe('not-article-page');
    // The same site off the text: only URLs shaped like an article's.
    expect(reason('https://paper.example/world/europe')).toBe('not-article-page');
    expect(reason('https://paper.example/world/europe', { inArticle: true })).toBeNull();
  });

  it('rejects another site off the text, unless the publisher picked it', () => {
    const other = 'https://glamos.example/reports/swiss-glacier-mass-balance';
    expect(reason(other)).toBe('off-site');
    expect(reason(other, { inArticle: true })).toBeNull();
    expect(reason(other, { role: 'related' })).toBeNull();
    expect(reason(other, { schemaRelated: true })).toBeNull();
    expect(reason(other, { role: 'popular' })).toBe('off-site');
    // The publisher's other domain is the same site.
    expect(reason('https://paper.example.co.uk/world/2024/rhone-glacier-melt-explained')).toBe('off-site');
    expect(reason('https://news.paper.example/world/2024/rhone-glacier-melt-explained')).toBeNull();
  });
});

describe('looksLikeArticle', () => {
  const article = (url: string) => looksLikeArticle(new URL(url));
  it('a slug of three words, an id of four digits, or a long page file', () => {
    expect(article('https://a.example/news/putin-to-visit')).toBe(true);
    expect(article('https://a.example/news/putin_to_visit')).toBe(true);
    expect(article('https://a.example/news/putin-visit')).toBe(false);
    expect(article('https://a.example/putin-to-visit/news')).toBe(true); // the longest segment, wherever it is
    expect(article('https://a.example/news/1234')).toBe(true);
    expect(article('https://a.example/news/123')).toBe(false);
    expect(article('https://a.example/news/putinvisitsnk.html')).toBe(true);
    expect(article('https://a.example/news/putinvisitnk.php')).toBe(true); // 12 letters
    expect(article('https://a.example/news/putinvisits.html')).toBe(false); // 11
    expect(article('https://a.example/news/putinvisitsnk')).toBe(false);
    expect(article('https://a.example/news/putinvisitsnk.pdf')).toBe(false);
    expect(article('https://a.example/news/putinvisitnk.htm')).toBe(true);
    expect(article('https://a.example/news/putinvisitnk.asp')).toBe(true);
    expect(article('https://a.example/news/putinvisitnk.shtml')).toBe(true);
  });

  it('a bare path is an article only by a story query', () => {
    expect(article('https://a.example/?p=123')).toBe(true);
    expect(article('https://a.example/?edition=uk&id=7')).toBe(true);
    expect(article('https://a.example/?edition=uk')).toBe(false);
    expect(article('https://a.example/?id=')).toBe(false);
    expect(article('https://a.example/')).toBe(false);
  });
});

describe('siteOf and sameSiteAs', () => {
  it('the registrable domain, near enough', () => {
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('news.abc.net.au')).toBe('abc.net.au');
    expect(siteOf('www.service-public.gouv.fr')).toBe('service-public.gouv.fr');
    expect(siteOf('edition.cnn.com')).toBe('cnn.com');
    expect(siteOf('www.lemonde.fr')).toBe('lemonde.fr');
    expect(siteOf('a.b.lemonde.fr')).toBe('lemonde.fr');
    expect(siteOf('News.Example')).toBe('news.example');
    expect(siteOf('127.0.0.1')).toBe('127.0.0.1');
    expect(siteOf('[::1]')).toBe('[::1]');
    expect(siteOf('localhost')).toBe('localhost');
    // Three labels only under a registry's short or known second level.
    expect(siteOf('news.shop.biz.tr')).toBe('shop.biz.tr');
    expect(siteOf('news.cool.uk')).toBe('cool.uk');
    expect(siteOf('news.taco.uk')).toBe('taco.uk');
    // A host that only starts or ends with digits is no address.
    expect(siteOf('a.9news.com')).toBe('9news.com');
    expect(siteOf('cdn.news.example2')).toBe('news.example2');
  });

  it('one publisher under several domains, not two publishers that share letters', () => {
    expect(sameSiteAs('www.bbc.co.uk', 'bbc.com')).toBe(true);
    expect(sameSiteAs('edition.cnn.com', 'cnn.com')).toBe(true);
    expect(sameSiteAs('nbcnews.com', 'cnbc.com')).toBe(false);
    expect(sameSiteAs('paper.example', 'other.example')).toBe(false);
  });
});
