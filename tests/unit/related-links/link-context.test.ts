import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { harvestLinks, type Candidate } from '@/utils/related-links/harvest';

/** The block context of a link (utils/related-links/link-context.ts) and its title
 * (link-title.ts), one rule at a time, read through the harvest. */
const URL_ = 'https://paper.example/world/2024/05/glacier-retreat-alps-record-melt';
const STORY = '/world/2024/05/rhone-glacier-melt-explained';
const TITLE = 'Rhone Glacier melt explained';

function harvest(body: string): Candidate[] {
  const doc = new JSDOM(`<!doctype html><body><main>${body}</main></body>`, { url: URL_ }).window.document;
  return harvestLinks(doc, { url: URL_, text: '' });
}
/** The candidate of the link to STORY. */
const of = (body: string) => harvest(body).find((c) => c.url.endsWith(STORY))!;
const link = (text = TITLE, attrs = '') => `<a href="${STORY}"${attrs}>${text}</a>`;

describe('chrome', () => {
  it('by element and role, nearest first', () => {
    expect(of(`<nav>${link()}</nav>`).chrome).toBe('nav');
    expect(of(`<div role="navigation">${link()}</div>`).chrome).toBe('nav');
    expect(of(`<div role="menu">${link()}</div>`).chrome).toBe('nav');
    expect(of(`<div role="menubar">${link()}</div>`).chrome).toBe('nav');
    expect(of(`<header>${link()}</header>`).chrome).toBe('header');
    expect(of(`<div role="banner">${link()}</div>`).chrome).toBe('header');
    expect(of(`<footer>${link()}</footer>`).chrome).toBe('footer');
    expect(of(`<div role="contentinfo">${link()}</div>`).chrome).toBe('footer');
    expect(of(`<div role="dialog">${link()}</div>`).chrome).toBe('dialog');
    expect(of(`<div role="alertdialog">${link()}</div>`).chrome).toBe('dialog');
    expect(of(`<div aria-modal="true">${link()}</div>`).chrome).toBe('dialog');
    expect(of(`<div aria-modal="false">${link()}</div>`).chrome).toBeNull();
    expect(of(`<form>${link()}</form>`).chrome).toBe('form');
    expect(of(`<div role="search">${link()}</div>`).chrome).toBe('form');
    expect(of(`<footer><nav>${link()}</nav></footer>`).chrome).toBe('nav');
    expect(of(`<div>${link()}</div>`).chrome).toBeNull();
  });

  it('an article’s own header and footer are not the site’s', () => {
    expect(of(`<article><header>${link()}</header></article>`).chrome).toBeNull();
    expect(of(`<article><div><footer>${link()}</footer></div></article>`).chrome).toBeNull();
    expect(of(`<header><article>${link()}</article></header>`).chrome).toBe('header');
  });

  it('by class or id words of a small block, whole words only', () => {
    expect(of(`<div class="share-bar">${link()}</div>`).chrome).toBe('share');
    expect(of(`<div id="comments">${link()}</div>`).chrome).toBe('comments');
    expect(of(`<div class="Site-Footer">${link()}</div>`).chrome).toBe('site-footer');
    expect(of(`<div class="navigational-aid">${link()}</div>`).chrome).toBeNull();
    // A page wrapper's class words say nothing of a link inside it.
    expect(of(`<div class="footer">${link()}<p>${'Long running text of the story. '.repeat(100)}</p></div>`).chrome).toBeNull();
  });
});

describe('role and heading', () => {
  it('by class: sponsored wins at any level, else the nearest related or popular block', () => {
    expect(of(`<div class="related-stories">${link()}</div>`).role).toBe('related');
    expect(of(`<div class="most-read">${link()}</div>`).role).toBe('popular');
    expect(of(`<div class="ad-slot"><div class="related">${link()}</div></div>`).role).toBe('sponsored');
    expect(of(`<div class="related"><div class="ad-slot">${link()}</div></div>`).role).toBe('sponsored');
    expect(of(`<div class="trending"><div class="related">${link()}</div></div>`).role).toBe('related');
    expect(of(`<div class="related"><div class="trending">${link()}</div></div>`).role).toBe('popular');
    expect(of(`<div class="unrelated">${link()}</div>`).role).toBe('none'); // a word that starts so, not one that holds it
    expect(of(`<div class="readers">${link()}</div>`).role).toBe('none');
  });

  it('by a heading before the block: its text, without a trailing colon, names the role', () => {
    expect(of(`<h2>Related:</h2><ul><li>${link()}</li></ul>`)).toMatchObject({ role: 'related', heading: 'Related' });
    expect(of(`<h2>Most read »</h2><ul><li>${link()}</li></ul>`)).toMatchObject({ role: 'popular', heading: 'Most read' });
    expect(of(`<h2>Sponsored</h2><ul><li>${link()}</li></ul>`)).toMatchObject({ role: 'sponsored', heading: 'Sponsored' });
    expect(of(`<h2>Weather</h2><ul><li>${link()}</li></ul>`)).toMatchObject({ role: 'none', heading: 'Weather' });
    expect(of(`<div class="section-title">Read also</div><ul><li>${link()}</li></ul>`)).toMatchObject({ role: 'related', heading: 'Read also' });
    expect(of(`<div><strong>See also</strong></div><ul><li>${link()}</li></ul>`)).toMatchObject({ role: 'related', heading: 'See also' });
    expect(of(`<div role="heading">See also</div><ul><li>${link()}</li></ul>`)).toMatchObject({ role: 'related' });
  });

  it('what is no heading: a link, a long text, one letter, plain text, a heading inside an earlier section', () => {
    expect(of(`<h2><a href="/related">Related</a></h2><ul><li>${link()}</li></ul>`).heading).toBeNull();
    expect(of(`<h2>${'Related stories that go on and on '.repeat(3)}</h2><ul><li>${link()}</li></ul>`).heading).toBeNull();
    expect(of(`<h2>R</h2><ul><li>${link()}</li></ul>`).heading).toBeNull();
    expect(of(`<p>Related</p><ul><li>${link()}</li></ul>`).heading).toBeNull();
    expect(of(`<section><h2>Related</h2><p>${'Other text of that section. '.repeat(3)}</p></section><ul><li>${link()}</li></ul>`).heading).toBeNull();
    expect(of(`<h2>:</h2><ul><li>${link()}</li></ul>`).heading).toBeNull();
  });

  it('a heading is 2 to 80 characters, trailing marks taken off', () => {
    const at = (n: number) => `Related ${'x'.repeat(n - 8)}`;
    expect(of(`<h2>${at(80)}</h2><ul><li>${link()}</li></ul>`).heading).toBe(at(80));
    expect(of(`<h2>${at(81)}</h2><ul><li>${link()}</li></ul>`).heading).toBeNull();
    expect(of(`<h2>AB</h2><ul><li>${link()}</li></ul>`).heading).toBe('AB');
    expect(of(`<h2>Related ::</h2><ul><li>${link()}</li></ul>`).heading).toBe('Related');
    expect(of(`<h2>Related ›»</h2><ul><li>${link()}</li></ul>`).heading).toBe('Related');
  });

  it('the page’s body and root are no block: their classes say nothing of a link', () => {
    const doc = new JSDOM(`<!doctype html><html class="related"><body class="trending sponsored"><main>${link()}</main></body></html>`, { url: URL_ }).window.document;
    expect(harvestLinks(doc, { url: URL_, text: '' })[0]).toMatchObject({ role: 'none', chrome: null });
  });

  it('the nearest heading that names a kind wins; a plain one is kept for the record', () => {
    const nested = `<h2>More on this story</h2><div><h3>Card title</h3>${link()}</div>`;
    expect(of(nested)).toMatchObject({ role: 'related', heading: 'More on this story' });
    expect(of(`<h2>Weather</h2><div><h3>Storms</h3>${link()}</div>`)).toMatchObject({ role: 'none', heading: 'Storms' });
    // A related heading outranks a popular class; a popular heading does not outrank a related class.
    expect(of(`<h2>Related</h2><div class="trending">${link()}</div>`).role).toBe('related');
    expect(of(`<h2>Most read</h2><div class="related">${link()}</div>`).role).toBe('related');
    expect(of(`<h2>Sponsored</h2><div class="related">${link()}</div>`).role).toBe('sponsored');
    expect(of(`<h2>Related</h2><div class="ad-unit">${link()}</div>`).role).toBe('sponsored');
  });

  it('every item of a long list has the list’s heading', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/world/2024/05/story-number-${i}-here">Story ${i}</a></li>`).join('');
    const links = harvest(`<h2>Related</h2><ul>${items}</ul>`);
    expect(links.every((l) => l.heading === 'Related' && l.role === 'related')).toBe(true);
    const siblings = harvest(`<h2>Related</h2>${items.replace(/<\/?li>/g, '')}`);
    expect(siblings.every((l) => l.heading === 'Related')).toBe(true);
  });

  it('blocks more than twelve levels up say nothing', () => {
    const deep = (n: number) => `${'<div>'.repeat(n)}${link()}${'</div>'.repeat(n)}`;
    expect(of(`<div class="related">${deep(12)}</div>`).role).toBe('related');
    expect(of(`<div class="related">${deep(13)}</div>`).role).toBe('none');
    expect(of(`<nav>${deep(20)}</nav>`).chrome).toBe('nav'); // chrome elements count at any depth
  });
});

describe('link density', () => {
  it('the nearest block with link text: about 1 in a link list, low in running text', () => {
    expect(of(`<ul><li>${link()}</li></ul>`).linkDensity).toBeCloseTo(1);
    const prose = 'Glaciers in the Swiss Alps lost a record share of their ice this summer, scientists said.';
    const density = of(`<p>${prose} ${link('more')}</p>`).linkDensity;
    expect(density).toBeCloseTo(4 / (prose.length + 5), 2);
    // An image link has no link text: the density is its block's that has some.
    expect(of(`<div>${'Glacier text in a long block. '.repeat(3)}<a href="/x/y-z-w">a list item</a><span><a href="${STORY}"><img src="a.jpg"></a></span></div>`).linkDensity).toBeGreaterThan(0);
    expect(of(`<div>${link('<img src="a.jpg">')}</div>`).linkDensity).toBe(0);
  });
});

describe('titles', () => {
  it('a link’s own text when it says where it goes', () => {
    expect(of(`<div>${link()}</div>`).text).toBe(TITLE);
    expect(of(`<div>${link('Glaciers now')}</div>`).text).toBe('Glaciers now'); // short, but what there is
  });

  it('its own text from twelve characters on', () => {
    expect(of(`<div>${link('<img src="a.jpg">')}<h3>Rhone Glacier Melt, Explained</h3></div>`).text).toBe('Rhone Glacier Melt, Explained');
    expect(of(`<div>${link('Glacier melt')}<h3>Rhone Glacier Melt, Explained</h3></div>`).text).toBe('Glacier melt'); // 12
    expect(of(`<div>${link('Glacier mel')}<h3>Rhone Glacier Melt, Explained</h3></div>`).text).toBe('Rhone Glacier Melt, Explained'); // 11
    expect(of(`<div>${link('Read the full story')}<h3>Rhone Glacier Melt, Explained</h3></div>`).text).toBe('Rhone Glacier Melt, Explained');
  });

  it('a card’s heading from twelve characters on; an anchor without href in it is no title', () => {
    expect(of(`<div>${link('<img src="a.jpg">')}<h3>Glacier melt</h3></div>`).text).toBe('Glacier melt');
    expect(of(`<div>${link('<img src="a.jpg">')}<h3>Glacier mel</h3></div>`).text).toBe('Rhone glacier melt explained');
    expect(of(`<div>${link('<img src="a.jpg">')}<a id="top">An anchor that names nothing at all</a></div>`).text).toBe('Rhone glacier melt explained');
    expect(of(`<div>${link('<img src="a.jpg">')}<p><a href="${STORY}">Glacier melt</a></p></div>`).text).toBe('Glacier melt');
    expect(of(`<div>${link('<img src="a.jpg">')}<p><a href="${STORY}">Glacier mel</a></p></div>`).text).toBe('Rhone glacier melt explained');
  });

  it('a card holds at most 600 characters', () => {
    const teaser = (n: number) => `<p>${'x'.repeat(n)}</p>`;
    const card = (n: number) => of(`<div>${link('<img src="a.jpg">')}<h3>Rhone Glacier Melt, Explained</h3>${teaser(n)}</div>`).text;
    const heading = 'Rhone Glacier Melt, Explained'.length;
    expect(card(600 - heading)).toBe('Rhone Glacier Melt, Explained');
    expect(card(601 - heading)).toBe('Rhone glacier melt explained');
  });

  it('a card’s heading, headline class or itemprop, else its longest same-target link', () => {
    expect(of(`<div class="card">${link('<img src="a.jpg">')}<h3>Rhone Glacier Melt, Explained</h3></div>`).text).toBe('Rhone Glacier Melt, Explained');
    expect(of(`<div class="card">${link('Read more')}<span class="card-headline">Rhone Glacier Melt, Explained</span></div>`).text).toBe('Rhone Glacier Melt, Explained');
    expect(of(`<div class="card">${link('Read more')}<span itemprop="headline">Rhone Glacier Melt, Explained</span></div>`).text).toBe('Rhone Glacier Melt, Explained');
    expect(of(`<div class="card"><a href="${STORY}"><img src="a.jpg"></a><p><a href="${STORY}">Rhone Glacier Melt, Explained</a></p></div>`).text).toBe('Rhone Glacier Melt, Explained');
    // A heading too short to be a title is passed over.
    expect(of(`<div class="card">${link('<img src="a.jpg">')}<h3>Glaciers</h3><p><a href="${STORY}">Rhone Glacier Melt, Explained</a></p></div>`).text).toBe('Rhone Glacier Melt, Explained');
  });

  it('no card where another link shares the block, or the block is long', () => {
    expect(of(`<div>${link('<img src="a.jpg">')}<h3>Rhone Glacier Melt, Explained</h3><a href="/other/story-elsewhere-now">x</a></div>`).text).toBe('Rhone glacier melt explained');
    expect(of(`<div>${link('<img src="a.jpg">')}<h3>Rhone Glacier Melt, Explained</h3><p>${'Long teaser text. '.repeat(40)}</p></div>`).text).toBe('Rhone glacier melt explained');
    // Five levels up is too far for a card.
    expect(of(`<div><h3>Rhone Glacier Melt, Explained</h3><div><div><div><div>${link('<img src="a.jpg">')}</div></div></div></div></div>`).text).toBe('Rhone glacier melt explained');
    expect(of(`<div><h3>Rhone Glacier Melt, Explained</h3><div><div><div>${link('<img src="a.jpg">')}</div></div></div></div>`).text).toBe('Rhone Glacier Melt, Explained');
  });

  it('an alt of up to 100 characters, an aria-label like a title', () => {
    const alt = (n: number) => `Rhone glacier ${'x'.repeat(n - 14)}`;
    expect(of(`<p>${link(`<img src="a.jpg" alt="${alt(100)}">`)}</p><a href="/b/c-d-e">x</a>`).text).toBe(alt(100));
    expect(of(`<p>${link(`<img src="a.jpg" alt="${alt(101)}">`)}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone glacier melt explained');
    expect(of(`<p>${link('<svg></svg>', ' aria-label="Rhone Glacier melt, the explainer"')}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone Glacier melt, the explainer');
    expect(of(`<p>${link('<img src="a.jpg" alt="x">', ' title="Glacier melt"')}</p><a href="/b/c-d-e">x</a>`).text).toBe('Glacier melt');
  });

  it('an image’s alt when headline-sized and no caption, then the title attribute', () => {
    expect(of(`<p>${link('<img src="a.jpg" alt="Rhone Glacier melt, explained in pictures">')}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone Glacier melt, explained in pictures');
    expect(of(`<p>${link('<img src="a.jpg" alt="In this photo issued by a lab, the glacier">')}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone glacier melt explained');
    expect(of(`<p>${link(`<img src="a.jpg" alt="${'Long alt text. '.repeat(8)}">`)}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone glacier melt explained');
    expect(of(`<p>${link('<img src="a.jpg" alt="x">', ' title="Rhone Glacier melt, the explainer"')}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone Glacier melt, the explainer');
    expect(of(`<p>${link('More', ' title="Read more"')}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone glacier melt explained');
  });

  it('the slug when nothing else says where the link goes; nothing when the slug is an id', () => {
    expect(of(`<p>${link('Read more')}</p><a href="/b/c-d-e">x</a>`).text).toBe('Rhone glacier melt explained');
    const [byId] = harvest(`<p><a href="/world/12345">Read more</a></p>`);
    expect(byId!.text).toBe('');
    const [three] = harvest(`<p><a href="/world/glacier-melt-now">here</a></p>`);
    expect(three!.text).toBe('Glacier melt now');
    const [two] = harvest(`<p><a href="/world/glacier-melt">here</a></p>`);
    expect(two!.text).toBe('');
  });
});
