// @vitest-environment jsdom
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { findPicked, narrowToPicked, selectorFor } from '@/utils/extract/picked-block';
import { readPage } from '@/utils/read-page';
import { fixture, fixtureDocument } from '../fixtures';

const page = (body: string) => new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;

const STORY_OPENINGS = ['The harbour council voted', 'The new timetable adds', 'Councillors said the change'];
const LETTERS = 'Sir, I have crossed the harbour';

describe('the selector of a picked block', () => {
  it('is its id when the id is written by a person and found once', () => {
    const doc = page('<div id="story-body"><p>a</p></div><div id="main"></div>');
    expect(selectorFor(doc.querySelector('#story-body')!)).toBe('#story-body');
  });

  it('skips ids and classes a build tool made (digit runs, hashes, css-in-js prefixes)', () => {
    const doc = page('<div id="ember1234" class="css-1x2y3z sc-a8Bc2 jsx-99 story"><p>a</p></div><div class="other"></div>');
    expect(selectorFor(doc.querySelector('.story')!)).toBe('div.story');
  });

  it('takes an itemprop or a role before a class', () => {
    const doc = page('<div class="text" itemprop="articleBody"><p>a</p></div><div class="text"></div>');
    expect(selectorFor(doc.querySelector('[itemprop]')!)).toBe('div[itemprop="articleBody"]');
  });

  it('takes two of its classes when one alone is found more than once', () => {
    const doc = page('<div class="col wide"><p>a</p></div><div class="col"></div><div class="wide"></div>');
    expect(selectorFor(doc.querySelector('.col.wide')!)).toBe('div.col.wide');
  });

  it('is a path from the nearest ancestor that can be named, with places only where tags repeat', () => {
    const doc = page('<main class="layout"><div><p>x</p></div><div><section><p>a</p></section></div></main><div><div><section></section></div></div>');
    const el = doc.querySelectorAll('section')[0]!;
    const selector = selectorFor(el);
    expect(selector).toBe('main.layout > div:nth-of-type(2) > section');
    expect(findPicked(doc, selector)).toBe(el);
  });

  it('is a path from <body> when nothing on the way has a name', () => {
    const doc = page('<div><div><p>a</p></div><div><p>b</p></div></div><div></div>');
    const el = doc.querySelectorAll('div')[2]!;
    const selector = selectorFor(el);
    expect(selector).toBe('body > div:nth-of-type(1) > div:nth-of-type(2)');
    expect(findPicked(doc, selector)).toBe(el);
  });

  it('always finds the very block it was made for, whatever the page (generated pages)', () => {
    // A small generator of tangled pages: repeated tags and classes, ids that repeat.
    const tags = ['div', 'section', 'article', 'p', 'span'];
    const classes = ['a', 'b', 'c', 'x1234', 'A9b'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const build = (depth: number): string =>
      Array.from({ length: 1 + rand(3) }, () => {
        const tag = tags[rand(tags.length)];
        const cls = rand(2) ? ` class="${classes[rand(classes.length)]} ${classes[rand(classes.length)]}"` : '';
        const id = rand(6) === 0 ? ` id="k${rand(3)}"` : '';
        return `<${tag}${cls}${id}>${depth ? build(depth - 1) : 'text'}</${tag}>`;
      }).join('');
    for (let round = 0; round < 12; round++) {
      const doc = page(build(3));
      for (const el of Array.from(doc.body.querySelectorAll('*'))) expect(findPicked(doc, selectorFor(el))).toBe(el);
    }
  });

  it('finds the same block on another page of the site, with other text and an ad slot added', () => {
    const first = fixtureDocument('pages/wrong-extraction.html');
    const selector = selectorFor(first.querySelector('.story-text')!);
    const next = new JSDOM(
      fixture('pages/wrong-extraction.html')
        .replace('<main class="layout">', '<main class="layout"><div class="ad-slot"></div>')
        .replace(/The harbour council voted on Tuesday[^<]*/, 'A different story, on another day.'),
    ).window.document;
    expect(findPicked(next, selector)?.textContent).toContain('A different story');
  });

  it('a selector the browser refuses finds nothing and narrows nothing', () => {
    const doc = page('<p>a</p>');
    expect(findPicked(doc, 'div[')).toBeNull();
    expect(narrowToPicked(doc, 'div[')).toBe(false);
    expect(doc.body.innerHTML).toBe('<p>a</p>');
  });
});

describe('reading a page with a picked block', () => {
  const url = 'https://harbour.example/ferry';

  it('on the page whose extraction is wrong: without a pick, the letters come with the story', () => {
    const result = readPage(fixtureDocument('pages/wrong-extraction.html'), url);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain(LETTERS);
    expect(result.article.pick).toBeUndefined();
  });

  it('with the story picked: the story alone, its title and byline, and the pick said', () => {
    const doc = fixtureDocument('pages/wrong-extraction.html');
    const before = doc.documentElement.outerHTML;
    const result = readPage(doc, url, { picked: 'div.story-text' });
    if (!result.ok) throw new Error(result.message);
    const paragraphs = result.article.text.split('\n\n');
    expect(paragraphs.map((p) => STORY_OPENINGS.find((o) => p.startsWith(o)))).toEqual(STORY_OPENINGS);
    expect(result.article.title).toBe('Council backs the new ferry timetable');
    expect(result.article.byline).toBe('Ada Pellow');
    expect(result.article.pick).toEqual({ selector: 'div.story-text', found: true });
    expect(doc.documentElement.outerHTML).toBe(before); // the page itself is untouched
  });

  it('a picked block shorter than an article is still the article: the person said so', () => {
    const result = extractArticle(page('<div class="note"><p>Ferries run late today.</p></div><div class="long">' + '<p>Other text, long enough, with words and commas, for Readability to take, again and again.</p>'.repeat(8) + '</div>'), url, { picked: 'div.note' });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toBe('Ferries run late today.');
  });

  it('a picked block Readability would cut down is shown whole', () => {
    // Readability takes out a block whose class says "sidebar" when the rest is long enough to be
    // an article without it: the person picked the block with it.
    const aside =
      '<div class="sidebar-timetable"><p>Timetable: the first boat leaves the north pier at six, the last at midnight, every day but Christmas.</p>' +
      '<p>On Sundays the first boat leaves at eight, and the night boat does not run between November and March.</p></div>';
    const story = Array.from({ length: 4 }, (_, i) => `<p>The ferries stop at these piers, from north to south, every day of the week, whatever the weather, and the council says, in paragraph ${i + 1}, that they will go on doing so.</p>`).join('');
    const result = extractArticle(page(`<div class="picked">${story}${aside}</div>`), url, { picked: 'div.picked' });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain('Timetable: the first boat');
    expect(result.article.text).toContain('in paragraph 4');
  });

  it('a page without the picked block is read by Lede’s own rules, and says the pick was not used', () => {
    const result = readPage(fixtureDocument('pages/wrong-extraction.html'), url, { picked: 'div.no-such-block' });
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).toContain(LETTERS);
    expect(result.article.pick).toEqual({ selector: 'div.no-such-block', found: false });
  });
});
