import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { harvestLinks, type Candidate } from '@/utils/related-links/harvest';

/** The harvest's context of each link, one rule at a time, on small pages built by hand. */
const URL_ = 'https://paper.example/world/2024/05/glacier-retreat-alps-record-melt';
const PARAGRAPH = 'Glaciers in the Swiss Alps lost a record share of their ice this summer, scientists said after the heatwave.';

function harvest(body: string, text = PARAGRAPH, head = ''): Candidate[] {
  const doc = new JSDOM(`<!doctype html><head>${head}</head><body>${body}</body>`, { url: URL_ }).window.document;
  return harvestLinks(doc, { url: URL_, text });
}
const one = (body: string, text?: string) => {
  const links = harvest(body, text);
  expect(links).toHaveLength(1);
  return links[0]!;
};
const STORY = '/world/2024/05/rhone-glacier-melt-explained';

describe('harvestLinks: URLs', () => {
  it('absolute web URLs only, resolved against the page, in page order', () => {
    const links = harvest(`<a href="${STORY}">A</a><a href=" https://other.example/x ">B</a><a href="#top">C</a><a href="">D</a>
      <a href="mailto:desk@paper.example">E</a><a href="javascript:void(0)">F</a><a href="http://[bad">G</a><a>H</a>
      <map><area href="/world/area-link-target" alt="x"></map>`);
    expect(links.map((l) => [l.url, l.order])).toEqual([
      [`https://paper.example${STORY}`, 0],
      ['https://other.example/x', 1],
      ['https://paper.example/world/area-link-target', 2],
    ]);
    expect(links[0]!.key).toBe(`http://paper.example${STORY}`);
  });

  it('resolves against the page’s <base>', () => {
    const doc = new JSDOM(`<!doctype html><head><base href="https://cdn.paper.example/en/"></head><body><a href="story-of-the-day">x</a></body>`, { url: URL_ }).window.document;
    expect(harvestLinks(doc, { url: URL_, text: '' })[0]!.url).toBe('https://cdn.paper.example/en/story-of-the-day');
  });

  it('a document without a body has no links', () => {
    const doc = new JSDOM('', { url: URL_ }).window.document;
    doc.documentElement.removeChild(doc.body);
    expect(harvestLinks(doc, { url: URL_, text: '' })).toEqual([]);
  });
});

describe('harvestLinks: text and rel', () => {
  it('the anchor text normalized, else its aria-label, else its title', () => {
    expect(one(`<a href="${STORY}">  Rhone   Glacier\n melt </a>`).anchorText).toBe('Rhone Glacier melt');
    expect(one(`<a href="${STORY}" aria-label="Rhone Glacier melt explained"><svg></svg></a>`).anchorText).toBe('Rhone Glacier melt explained');
    expect(one(`<a href="${STORY}" title="Rhone Glacier melt, explained"></a>`).anchorText).toBe('Rhone Glacier melt, explained');
  });

  it('rel words in lower case, and the chrome they name', () => {
    expect(one(`<a href="${STORY}" rel="NoFollow Sponsored">Rhone Glacier melt explained</a>`)).toMatchObject({ rel: 'nofollow sponsored', chrome: 'sponsored' });
    expect(one(`<a href="${STORY}" rel="tag">glaciers</a>`).chrome).toBe('tag');
    expect(one(`<a href="${STORY}" rel="category">glaciers</a>`).chrome).toBe('tag');
    expect(one(`<a href="${STORY}" rel="author">Jane Doe</a>`).chrome).toBe('author');
    expect(one(`<a href="${STORY}" rel="ugc">a comment link</a>`).chrome).toBe('sponsored');
    expect(one(`<a href="${STORY}" rel="tagged">Rhone Glacier melt explained</a>`).chrome).toBeNull();
    expect(one(`<a href="${STORY}">Rhone Glacier melt explained</a>`)).toMatchObject({ rel: '', chrome: null });
    // The block's chrome comes first.
    expect(one(`<footer><a href="${STORY}" rel="author">Jane Doe</a></footer>`).chrome).toBe('footer');
  });

  it('previous/next by rel, class or text; the prefix dropped from the title', () => {
    expect(one(`<a href="${STORY}" rel="next">Rhone Glacier melt explained</a>`).prevNext).toBe(true);
    expect(one(`<a href="${STORY}" rel="prev">Rhone Glacier melt explained</a>`).prevNext).toBe(true);
    expect(one(`<a href="${STORY}" rel="nextpage">Rhone Glacier melt explained</a>`).prevNext).toBe(false);
    expect(one(`<a href="${STORY}" class="nav-next">Rhone Glacier melt explained</a>`).prevNext).toBe(true);
    expect(one(`<a href="${STORY}">Rhone Glacier melt explained</a>`).prevNext).toBe(false);
    expect(one(`<a href="${STORY}">Next post: Rhone Glacier melt explained</a>`)).toMatchObject({ prevNext: true, text: 'Rhone Glacier melt explained' });
    expect(one(`<a href="${STORY}">« Previous article » Rhone Glacier melt explained</a>`).text).toBe('Rhone Glacier melt explained');
    expect(one(`<div class="post-navigation"><a href="${STORY}">Rhone Glacier melt explained</a></div>`).prevNext).toBe(true);
  });
});

describe('harvestLinks: schema.org relatedLink', () => {
  it('from JSON-LD (strings, objects with url or @id, nested, arrays), microdata, and never from a broken block', () => {
    const head = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","relatedLink":["/world/a-first-related-story",{"url":"/world/a-second-related-story"}]}]}</script>
      <script type="application/ld+json">[{"relatedLink":{"@id":"https://paper.example/world/a-third-related-story"}}, {"relatedLink": null}]</script>
      <script type="application/ld+json">{ not json</script>
      <link itemprop="relatedLink" href="/world/a-fourth-related-story">`;
    const body = ['first', 'second', 'third', 'fourth', 'fifth']
      .map((n) => `<p><a href="/world/a-${n}-related-story">The ${n} story</a></p>`)
      .join('')
      .concat('<a itemprop="url relatedLink" href="/world/a-sixth-related-story">The sixth story</a>');
    const links = harvest(body, '', head);
    expect(links.map((l) => l.schemaRelated)).toEqual([true, true, true, true, false, true]);
  });
});

describe('harvestLinks: in the article', () => {
  it('a link in a paragraph of the article text; not in a paragraph elsewhere, nor in a short item that happens to match', () => {
    const links = harvest(`<p>Glaciers in the Swiss Alps lost a record share of their <a href="${STORY}">ice this summer</a>, scientists said after the heatwave.</p>
      <p>A comment: glaciers are <a href="/world/2024/05/other-story-here">melting everywhere</a>, truly and sadly.</p>
      <ul><li><a href="/world/2024/05/swiss-alps-story-x">Swiss Alps</a></li></ul>`);
    expect(links.map((l) => l.inArticle)).toEqual([true, false, false]);
  });

  it('a paragraph written as a <div>: the nearest block with some text', () => {
    const [link] = harvest(`<div class="body"><div>Glaciers in the Swiss Alps lost a record share of their <span><a href="${STORY}">ice this summer</a></span>, scientists said after the heatwave.</div></div>`);
    expect(link!.inArticle).toBe(true);
  });

  it('no article text, no link in it', () => {
    expect(one(`<p>${PARAGRAPH.replace('ice', `<a href="${STORY}">ice</a>`)}</p>`, '').inArticle).toBe(false);
  });

  it('a link of the text is titled by its words, not by a card around it', () => {
    const link = one(`<div><h3>Glacier Coverage Headline Of The Card</h3><p>Glaciers in the Swiss Alps lost a record share of their <a href="${STORY}">ice</a> this summer, scientists said after the heatwave.</p></div>`);
    expect(link).toMatchObject({ inArticle: true, text: 'ice' });
  });
});
