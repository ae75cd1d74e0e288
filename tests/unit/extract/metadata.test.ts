import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/utils/extract/metadata';

const URL_ = 'https://news.example/world/2024/story';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const prop = (name: string, content: string) => `<meta property="${name}" content="${content}">`;
const named = (name: string, content: string) => `<meta name="${name}" content="${content}">`;

function read(head: string, { url = URL_, html = '<html>', body = '' } = {}) {
  return readMetadata(new JSDOM(`<!DOCTYPE html>${html}<head>${head}</head><body>${body}</body></html>`, { url }).window.document);
}

const article = (fields: Record<string, unknown> = {}) => ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...fields });

describe('an empty page', () => {
  it('has no metadata and does not declare an article', () => {
    expect(read('')).toEqual({
      title: null,
      byline: null,
      siteName: null,
      publishedTime: null,
      leadImage: null,
      canonicalUrl: null,
      lang: null,
      description: null,
      declaresArticle: false,
    });
  });
});

describe('the description', () => {
  it('is the meta description, then og:description, then twitter:description', () => {
    expect(read(named('description', 'A') + prop('og:description', 'B')).description).toBe('A');
    expect(read(prop('og:description', 'B') + named('twitter:description', 'C')).description).toBe('B');
    expect(read(named('twitter:description', 'C')).description).toBe('C');
  });
});

describe('the title', () => {
  const og = prop('og:title', 'OG title');
  const twitter = named('twitter:title', 'Twitter title');

  it('is the JSON-LD headline first, with its whitespace collapsed', () => {
    expect(read(article({ headline: '  The  JSON-LD\nheadline ' }) + og + twitter).title).toBe('The JSON-LD headline');
  });

  it('is og:title when the headline is missing, blank or not a string', () => {
    expect(read(article() + og + twitter).title).toBe('OG title');
    expect(read(article({ headline: '   ' }) + og).title).toBe('OG title');
    expect(read(article({ headline: ['A list'] }) + og).title).toBe('OG title');
  });

  it('is twitter:title when og:title is missing or blank', () => {
    expect(read(twitter).title).toBe('Twitter title');
    expect(read(prop('og:title', '  ') + twitter).title).toBe('Twitter title');
  });
});

describe('the byline', () => {
  const meta = named('author', 'Meta Author');

  it('is the JSON-LD author, as a string, an object or a list of either, joined with ", "', () => {
    expect(read(article({ author: ' Jane  Doe ' }) + meta).byline).toBe('Jane Doe');
    expect(read(article({ author: { '@type': 'Person', name: 'Jane Doe' } }) + meta).byline).toBe('Jane Doe');
    expect(read(article({ author: ['Jane Doe', 'John Roe'] })).byline).toBe('Jane Doe, John Roe');
    expect(read(article({ author: [{ name: 'Jane Doe' }, { name: 'John Roe' }] })).byline).toBe('Jane Doe, John Roe');
    expect(read(article({ author: ['Jane Doe', [{ name: 'John Roe' }, 'Ann Poe']] })).byline).toBe('Jane Doe, John Roe, Ann Poe');
  });

  it('leaves out authors without a name', () => {
    expect(read(article({ author: ['Jane Doe', '', { name: ' ' }, { name: 7 }, null, 'John Roe'] })).byline).toBe('Jane Doe, John Roe');
  });

  it('is the author meta tag when the JSON-LD author gives no name', () => {
    for (const author of [undefined, null, '', ' ', [], [''], {}, { name: 42 }, 42, true]) {
      expect(read(article({ author }) + meta).byline).toBe('Meta Author');
    }
  });

  it('is the author meta tag by property as by name, as Readability reads it', () => {
    expect(read(prop('author', 'Jane Doe') + prop('article:author', 'John Roe')).byline).toBe('Jane Doe');
  });

  it('is article:author when the author meta tag is missing or blank', () => {
    expect(read(prop('article:author', 'Jane Doe')).byline).toBe('Jane Doe');
    expect(read(named('author', ' ') + prop('article:author', 'Jane Doe')).byline).toBe('Jane Doe');
  });

  it('is not an article:author that is a profile address', () => {
    expect(read(prop('article:author', 'https://www.facebook.com/jane.doe')).byline).toBeFalsy();
    expect(read(prop('article:author', 'http://news.example/staff/jane')).byline).toBeFalsy();
  });

  it('keeps an article:author that only contains an address', () => {
    expect(read(prop('article:author', 'Jane https://news.example/jane')).byline).toBe('Jane https://news.example/jane');
    expect(read(prop('article:author', 'https://news.example/jane Doe')).byline).toBe('https://news.example/jane Doe');
  });
});

describe('the site name', () => {
  it('is og:site_name first', () => {
    expect(read(prop('og:site_name', ' The  Gazette ') + article({ publisher: { name: 'Publisher' } })).siteName).toBe('The Gazette');
  });

  it('is the JSON-LD publisher name otherwise, as an object or a string', () => {
    expect(read(article({ publisher: { '@type': 'Organization', name: 'Harbour Gazette' } })).siteName).toBe('Harbour Gazette');
    expect(read(prop('og:site_name', ' ') + article({ publisher: 'Harbour Gazette' })).siteName).toBe('Harbour Gazette');
  });

  it('is null without either', () => {
    expect(read(article({ publisher: null })).siteName).toBeNull();
    expect(read(article()).siteName).toBeNull();
    expect(read(article({ publisher: { logo: 'x.png' } })).siteName).toBeNull();
  });
});

describe('the published time', () => {
  const sources = [
    prop('article:published_time', '2024-01-01T00:00:00Z'),
    article({ datePublished: '2024-01-02T00:00:00Z' }),
    named('pubdate', '2024-01-03'),
    '<meta itemprop="datePublished" content="2024-01-04">',
  ];
  const time = '<time datetime=" 2024-01-05 ">5 January</time>';

  it('is read from article:published_time, JSON-LD, pubdate, itemprop and <time>, in that order', () => {
    const expected = ['2024-01-01T00:00:00Z', '2024-01-02T00:00:00Z', '2024-01-03', '2024-01-04'];
    sources.forEach((_, i) => {
      expect(read(sources.slice(i).join(''), { body: time }).publishedTime).toBe(expected[i]);
    });
    expect(read('', { body: `<time>today</time>${time}` }).publishedTime).toBe('2024-01-05');
  });

  it('skips a blank or non-string value', () => {
    expect(read(prop('article:published_time', ' ') + article({ datePublished: 20240102 }), { body: time }).publishedTime).toBe('2024-01-05');
  });
});

describe('the lead image', () => {
  const ogImage = prop('og:image', 'https://cdn.example/og.jpg');
  const twitterImage = named('twitter:image', 'https://cdn.example/tw.jpg');

  it('is og:image, then twitter:image, then the JSON-LD image', () => {
    expect(read(ogImage + twitterImage + article({ image: 'https://cdn.example/ld.jpg' })).leadImage).toBe('https://cdn.example/og.jpg');
    expect(read(twitterImage + article({ image: 'https://cdn.example/ld.jpg' })).leadImage).toBe('https://cdn.example/tw.jpg');
    expect(read(prop('og:image', ' ') + article({ image: 'https://cdn.example/ld.jpg' })).leadImage).toBe('https://cdn.example/ld.jpg');
  });

  it('reads the JSON-LD image as a string, a list or an object with a url', () => {
    const image = (value: unknown) => read(article({ image: value })).leadImage;
    expect(image(['https://cdn.example/1.jpg', 'https://cdn.example/2.jpg'])).toBe('https://cdn.example/1.jpg');
    expect(image({ '@type': 'ImageObject', url: 'https://cdn.example/obj.jpg' })).toBe('https://cdn.example/obj.jpg');
    expect(image([{ url: 'https://cdn.example/first.jpg' }])).toBe('https://cdn.example/first.jpg');
    for (const value of [[], {}, { url: 3 }, 3, '', null]) expect(image(value)).toBeNull();
  });

  it('is made absolute against the page address, or its <base>', () => {
    expect(read(prop('og:image', '/img/lead.jpg')).leadImage).toBe('https://news.example/img/lead.jpg');
    expect(read(prop('og:image', 'lead.jpg')).leadImage).toBe('https://news.example/world/2024/lead.jpg');
    expect(read('<base href="https://static.example/assets/">' + prop('og:image', 'lead.jpg')).leadImage).toBe('https://static.example/assets/lead.jpg');
  });

  it('is null when the address cannot be parsed', () => {
    expect(read(prop('og:image', 'http://[broken')).leadImage).toBeNull();
    expect(read(prop('og:image', 'lead.jpg'), { url: 'about:blank' }).leadImage).toBeNull();
  });
});

describe('the canonical address', () => {
  it('is the canonical link first, made absolute', () => {
    expect(read('<link rel="canonical" href="/world/story">' + prop('og:url', 'https://news.example/og')).canonicalUrl).toBe('https://news.example/world/story');
  });

  it('is og:url when the canonical link is missing or blank', () => {
    expect(read(prop('og:url', 'https://news.example/og')).canonicalUrl).toBe('https://news.example/og');
    expect(read('<link rel="canonical" href=" ">' + prop('og:url', 'https://news.example/og')).canonicalUrl).toBe('https://news.example/og');
  });
});

describe('the language', () => {
  it('is the html lang attribute, trimmed, or null', () => {
    expect(read('', { html: '<html lang=" en-GB ">' }).lang).toBe('en-GB');
    expect(read('', { html: '<html lang=" ">' }).lang).toBeNull();
  });
});

describe('a page declares itself an article', () => {
  const declares = (head: string) => read(head).declaresArticle;

  it('with og:type article, not another og:type', () => {
    expect(declares(prop('og:type', 'article'))).toBe(true);
    expect(declares(prop('og:type', 'website'))).toBe(false);
  });

  it('with a JSON-LD article type', () => {
    for (const type of ['NewsArticle', 'Article', 'ReportageNewsArticle', 'BlogPosting', 'Report', 'LiveBlogPosting']) {
      expect(declares(ld({ '@type': type }))).toBe(true);
    }
    for (const type of ['WebPage', 'BlogPostingPage', 'Reports', 'Organization']) expect(declares(ld({ '@type': type }))).toBe(false);
  });

  it('with an article among several types, only as strings', () => {
    expect(declares(ld({ '@type': ['WebPage', 'NewsArticle'] }))).toBe(true);
    expect(declares(ld({ '@type': [['NewsArticle']] }))).toBe(false);
    expect(declares(ld({ headline: 'No type' }))).toBe(false);
  });

  it('with an article inside a list or a @graph', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'Site' }, { '@type': 'Article', headline: 'In the graph' }] };
    expect(read(ld(graph)).title).toBe('In the graph');
    expect(read(ld([{ '@type': 'WebPage' }, null, 'text', { '@type': 'NewsArticle', headline: 'Second' }])).title).toBe('Second');
    expect(read(ld({ '@type': 'WebPage', '@graph': { '@type': 'NewsArticle', headline: 'Nested' } })).title).toBe('Nested');
  });

  it('with the first JSON-LD block that holds an article, past broken and other blocks', () => {
    const head = '<script type="application/ld+json">{ "@type": "NewsArticle", broken</script>' +
      '<script type="application/ld+json">null</script>' +
      ld({ '@type': 'Organization', name: 'Org' }) +
      '<script type="application/ld+json"></script>' +
      ld({ '@type': 'NewsArticle', headline: 'The article' }) +
      ld({ '@type': 'NewsArticle', headline: 'A later article' });
    const metadata = read(head);
    expect(metadata.title).toBe('The article');
    expect(metadata.declaresArticle).toBe(true);
  });

  it('not with a JSON-LD block of another kind of script', () => {
    expect(declares(`<script type="application/json">${JSON.stringify({ '@type': 'NewsArticle' })}</script>`)).toBe(false);
  });
});
