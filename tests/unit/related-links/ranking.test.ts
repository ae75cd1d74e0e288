import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findRelatedLinks, pageIdentity } from '@/utils/related-links';
import { articleTerms, subjectMatch } from '@/utils/related-links/words';

/**
 * The ranking of utils/related-links/index.ts, one rule at a time. The article is built so that
 * its words weigh round numbers (see words.test.ts): Zermatt and Valais 4.5 each (names), snow and
 * wind 7, ice 4, glacier, tours and stop 4.5. Link slugs use words the article does not have, so a
 * link's match is its title's.
 */
const URL_ = 'https://paper.example/world/2024/05/snow-wind-stop-glacier-tours';
const TITLE = 'Snow, Wind Stop Glacier Tours';
const LEAD = 'Guides said Zermatt and Valais closed routes. Officials in Zermatt and Valais met. Rescuers from Zermatt and Valais agreed. There was snow snow snow snow snow snow snow snow and wind wind wind wind wind wind wind wind and ice ice ice ice ice ice ice ice.';
const FILLER = 'Nothing else happened here at all that day. '.repeat(15);
const LATE = 'The glacier glacier glacier tours tours tours stop stop stop were busy.';
const CITED = 'Hikers then read the route report that the guides posted here.';
const TEXT = [LEAD, FILLER, LATE, CITED].join('\n\n');
const TERMS = articleTerms({ title: TITLE, text: TEXT, siteWords: [''] });
const matchOf = (text: string) => subjectMatch(text, TERMS);

function related(body: string, siteName?: string) {
  const doc = new JSDOM(`<!doctype html><body><main>${body}</main></body>`, { url: URL_ }).window.document;
  return findRelatedLinks(doc, { url: URL_, canonicalUrl: null, title: TITLE, text: TEXT, siteName });
}
/** A neutral slug: words the article does not have. */
let slugs = 0;
const slug = () => `/world/2024/05/alpha-beta-gamma-${++slugs}`;
const item = (title: string, href = slug()) => `<li><a href="${href}">${title}</a></li>`;
const block = (heading: string, ...items: string[]) => `<section><h2>${heading}</h2><ul>${items.join('')}</ul></section>`;
const titles = (links: { title: string }[]) => links.map((l) => l.title);

describe('what is kept', () => {
  it('a popular list’s item: a name and 9 of weight, or three words and 13.5', () => {
    // The premises, worked out by hand.
    expect(matchOf('Zermatt and Valais')).toMatchObject({ score: 9, names: 2 });
    expect(matchOf('Zermatt sees ice')).toMatchObject({ score: 8.5, names: 1 });
    expect(matchOf('Glacier tours stop')).toMatchObject({ score: 13.5, names: 0, words: 3 });
    expect(matchOf('Glacier tours on ice')).toMatchObject({ score: 13, names: 0, words: 3 });
    expect(matchOf('Snow and wind')).toMatchObject({ score: 14, names: 0, words: 2 });
    const links = related(
      block('Most read', item('Zermatt and Valais'), item('Zermatt sees ice'), item('Glacier tours stop'), item('Glacier tours on ice'), item('Snow and wind')),
    );
    expect(titles(links).sort()).toEqual(['Glacier tours stop', 'Zermatt and Valais']);
  });

  it('a block named "related" only by its class: a name, or two words', () => {
    expect(matchOf('Zermatt hotels')).toMatchObject({ names: 1, words: 0 });
    expect(matchOf('Ice cream sales')).toMatchObject({ names: 0, words: 1 });
    expect(matchOf('Ice and snow sports')).toMatchObject({ names: 0, words: 2 });
    const links = related(`<div class="related-posts"><ul>${item('Zermatt hotels')}${item('Ice cream sales')}${item('Ice and snow sports')}</ul></div>`);
    expect(titles(links).sort()).toEqual(['Ice and snow sports', 'Zermatt hotels']);
  });

  it('a block headed "Related": whatever it shares; a class-related block headed otherwise is not so', () => {
    expect(titles(related(block('Related', item('Cup final tickets sold out'))))).toEqual(['Cup final tickets sold out']);
    expect(related(`<div class="related"><h2>Weather</h2><ul>${item('Cup final tickets sold out')}</ul></div>`)).toEqual([]);
  });

  it('a schema.org relatedLink, whatever it shares', () => {
    const href = slug();
    const doc = new JSDOM(
      `<!doctype html><head><script type="application/ld+json">{"relatedLink":"${href}"}</script></head><body><main><ul>${item('Cup final tickets sold out', href)}</ul></main></body>`,
      { url: URL_ },
    ).window.document;
    expect(titles(findRelatedLinks(doc, { url: URL_, canonicalUrl: null, title: TITLE, text: TEXT }))).toEqual(['Cup final tickets sold out']);
  });

  it('a link of the text when it shares a word; a stray one that shares none is dropped', () => {
    const body = `<p>${CITED.replace('the route report', `<a href="https://guides.example/reports/alpha-beta-gamma">the route report</a>`)}</p>
      <p>${CITED.replace('here', '<a href="https://firmware.example/alpha/beta-gamma-delta">here</a>')}</p>`;
    // "here" says nothing: the slug titles it, and shares nothing.
    expect(titles(related(body))).toEqual(['the route report']);
  });
});

describe('scores, kinds and reasons', () => {
  const round = (n: number) => Math.round(n * 100) / 100;

  it('the subject’s weight, plus 4 for a pick and 2 for a link of the text; a popular item’s counts 0.7', () => {
    const picked = 'Zermatt guides and Valais rescuers';
    const popular = 'Zermatt and Valais';
    const links = related(`<p>${CITED.replace('the route report', `<a href="${slug()}">the route report</a>`)}</p>${block('Related', item(picked))}${block('Most read', item(popular))}`);
    const byTitle = Object.fromEntries(links.map((l) => [l.title, l]));
    expect(byTitle[picked]!.score).toBe(round(matchOf(picked).score + 4));
    expect(byTitle['the route report']!.score).toBe(round(matchOf('the route report').score + 2));
    expect(byTitle[popular]!.score).toBe(round(matchOf(popular).score * 0.7));
    expect(titles(links)).toEqual([picked, popular, 'the route report'].sort((a, b) => byTitle[b]!.score - byTitle[a]!.score));
  });

  it('kinds: same site or elsewhere, picked or in the text; the site is the link’s host', () => {
    const body = `<p>${CITED.replace('the route report', '<a href="https://www.guides.example/reports/alpha-beta-gamma">the route report</a>')}</p>
      <p>${LATE.replace('were busy', '<a href="/world/2024/05/busy-tour-season-ends">were busy</a>')}</p>
      ${block('Related', item('Zermatt hotels', slug()), item('Valais hotels', 'https://other.example/alpha/beta-gamma-delta'))}`;
    const kinds = Object.fromEntries(related(body).map((l) => [l.title, [l.kind, l.site]]));
    expect(kinds).toEqual({
      'the route report': ['elsewhere', 'guides.example'],
      'Busy tour season ends': ['in-article', 'paper.example'], // "were busy" is no headline: the slug is
      'Zermatt hotels': ['related', 'paper.example'],
      'Valais hotels': ['elsewhere', 'other.example'],
    });
  });

  it('at most four reasons, names first', () => {
    const [link] = related(block('Related', item('Zermatt, Valais, snow, wind, ice and glacier tours')));
    expect(link!.why).toEqual(['Zermatt', 'Valais', 'snow', 'wind']);
  });

  it('best first; equal scores in page order', () => {
    const links = related(block('Related', item('Cup final one sold'), item('Zermatt hotels'), item('Cup final two sold')));
    expect(titles(links)).toEqual(['Zermatt hotels', 'Cup final one sold', 'Cup final two sold']);
  });

  it('at most eight', () => {
    const items = Array.from({ length: 10 }, (_, i) => item(`Zermatt hotel number ${i}`));
    expect(related(block('Related', ...items))).toHaveLength(8);
  });
});

describe('duplicates and titles', () => {
  it('one URL in several blocks speaks as its best place: a pick over the text over a list', () => {
    const href = slug();
    const links = related(`${block('Most read', item('Zermatt and Valais', href))}${block('Related', item('Zermatt and Valais', href))}`);
    expect(links).toHaveLength(1);
    expect(links[0]!.score).toBe(Math.round((matchOf('Zermatt and Valais').score + 4) * 100) / 100);
    const inText = related(`${block('Most read', item('Zermatt and Valais', href))}<p>${CITED.replace('the route report', `<a href="${href}">the route report</a>`)}</p>`);
    expect(inText).toMatchObject([{ kind: 'in-article', title: 'the route report' }]);
    const prevNext = related(`<div class="post-navigation"><a href="${href}" rel="next">Zermatt and Valais</a></div><div><ul>${item('Zermatt and Valais again', href)}</ul></div>`);
    expect(prevNext).toMatchObject([{ title: 'Zermatt and Valais again' }]);
  });

  it('an article path under another query is one story; a script’s path is not', () => {
    const story = slug();
    expect(related(block('Related', item('Zermatt hotels', `${story}?view=photo-1`), item('Zermatt hotels, photos', `${story}?view=photo-2`)))).toHaveLength(1);
    expect(related(block('Related', item('Zermatt hotel one', 'https://other.example/story.php?id=1'), item('Zermatt hotel two', 'https://other.example/story.php?id=2')))).toHaveLength(2);
  });

  it('one title on one site once, whatever the URL; on two sites twice', () => {
    const links = related(block('Related', item('Zermatt hotels reopen', slug()), item('Zermatt Hotels Reopen!', slug()), item('Zermatt hotels reopen', 'https://other.example/alpha/beta-gamma-delta')));
    expect(links.map((l) => l.site)).toEqual(['paper.example', 'other.example']);
  });

  it('the title: the best place’s text when a headline, else the longest; a one-word title is dropped', () => {
    const href = slug();
    const links = related(`${block('Most read', item('Zermatt hotels reopen after the storm', href))}${block('Related', item('Hotels', href))}`);
    expect(titles(links)).toEqual(['Zermatt hotels reopen after the storm']);
    expect(related(block('Related', item('Zermatt')))).toEqual([]);
  });

  it('a short label in the text is titled by its slug', () => {
    const links = related(`<p>${CITED.replace('report', '<a href="/world/2024/05/zermatt-route-report-published">report</a>')}</p>`);
    expect(titles(links)).toEqual(['Zermatt route report published']);
    const noSlug = related(`<p>${CITED.replace('report', '<a href="/world/2024/05/zermatt-report">report</a>')}</p>`);
    expect(noSlug).toEqual([]); // "report": one word, and a slug of two is no headline
  });

  it('the page itself under another URL: a title of the same words', () => {
    expect(related(block('Related', item('Snow and wind stop glacier tours', slug())))).toEqual([]);
    expect(titles(related(block('Related', item('Snow and wind stop glacier tours as Zermatt hotels empty', slug()))))).toHaveLength(1);
  });

  it('the site’s own name is no shared word', () => {
    const withSite = related(block('Most read', item('Zermatt and Valais')), 'Zermatt');
    expect(withSite).toEqual([]);
  });
});

describe('pageIdentity', () => {
  it('the page and its canonical URL, and its site', () => {
    const id = pageIdentity({ url: 'https://www.paper.co.uk/a/b-c-d?utm_source=x', canonicalUrl: '/a/b-c-d-canonical' });
    expect([...id.keys]).toEqual(['http://paper.co.uk/a/b-c-d', 'http://paper.co.uk/a/b-c-d-canonical']);
    expect(id.site).toBe('paper.co.uk');
    expect([...pageIdentity({ url: 'https://paper.example/a', canonicalUrl: null }).keys]).toEqual(['http://paper.example/a']);
  });
});
