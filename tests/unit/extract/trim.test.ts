import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { trimEdges, type TrimContext } from '@/utils/extract/trim';

const TITLE = 'Harbour board votes to dredge the inner channel';
const BYLINE = 'Phil Helsel and Jane Roe';
const BODY = 'The harbour board voted on Thursday night to dredge the inner channel for the first time since the war years.';
const LAST = 'The board will pay for the work from its reserves and a loan from the county, with the repayments due within twelve years.';

const BLOCKS = new Set('P H1 H2 H3 H4 H5 H6 LI FIGURE TABLE PRE DIV SECTION BLOCKQUOTE UL OL'.split(' '));
const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();
const p = (text: string) => `<p>${text}</p>`;
const link = (text: string) => `<p><a href="https://news.example/other">${text}</a></p>`;
const sized = (start: string, length: number, end = '') => start + 'x'.repeat(length - start.length - end.length) + end;

function trimmed(html: string, context: Partial<TrimContext> = {}) {
  const doc = new JSDOM(`<!DOCTYPE html><body><div id="content">${html}</div></body>`).window.document;
  const content = doc.getElementById('content')!;
  trimEdges(content, { title: null, byline: null, ...context });
  const leaves = Array.from(content.querySelectorAll('*')).filter(
    (el) => BLOCKS.has(el.tagName) && !Array.from(el.querySelectorAll('*')).some((inner) => BLOCKS.has(inner.tagName)),
  );
  return {
    content,
    doc,
    texts: leaves.map((el) => normalize(el.textContent) || (el.querySelector('img, video, iframe, svg, table') || el.tagName === 'TABLE' ? '[media]' : '[empty]')),
  };
}
const textsOf = (html: string, context: Partial<TrimContext> = {}) => trimmed(html, context).texts;
/** What stays of `lines` put above the body, each as a paragraph. */
const leading = (lines: string[], context: Partial<TrimContext> = {}) =>
  textsOf(lines.map((line) => (line.startsWith('<') ? line : p(line))).join('') + p(BODY), context).slice(0, -1);
/** What stays of `lines` put below the body. */
const trailing = (lines: string[], context: Partial<TrimContext> = {}) =>
  textsOf(p(BODY) + lines.map((line) => (line.startsWith('<') ? line : p(line))).join(''), context).slice(1);

describe('the leading trim', () => {
  it('removes the headline repeated, whatever its case and punctuation', () => {
    expect(leading(['HARBOUR board votes: to dredge the inner channel!'], { title: TITLE })).toEqual([]);
    expect(leading([`<h1>${TITLE}</h1>`], { title: TITLE })).toEqual([]);
    const long = sized('A long headline that is a sentence ', 130, '.');
    expect(leading([long], { title: long.slice(0, -1) })).toEqual([]);
  });

  it('keeps a line that only looks like a headline of punctuation', () => {
    expect(leading(['?!'], { title: '!!!' })).toEqual(['?!']);
  });

  it('removes the page address printed, and only a bare address', () => {
    expect(leading(['https://news.example/world/2024/story', `http://news.example/${'x'.repeat(120)}`])).toEqual([]);
    expect(leading(['See https://news.example/world', 'https://news.example/world more'])).toEqual(['See https://news.example/world', 'https://news.example/world more']);
  });

  it('removes the byline and a "By …" line, only when the page has a byline', () => {
    expect(leading(['phil helsel and JANE ROE', 'By the desk editors here', 'BY THE DESK EDITORS THERE'], { byline: BYLINE })).toEqual([]);
    expect(leading(['By the desk editors here'])).toEqual(['By the desk editors here']);
    expect(leading(['Bystander video shows the scene', 'Photos by the desk editors'], { byline: BYLINE })).toEqual([
      'Bystander video shows the scene',
      'Photos by the desk editors',
    ]);
  });

  it('removes date-like lines', () => {
    const dates = ['Posted on the first in 1899', 'Updated in the year 2024', 'Posted at 6:45 PM today', 'Posted at 6.45 PM today', 'Mis à jour à 6h45 ce matin', 'Posted on the date 16/02/2018', 'Posted on Feb 16 at noon', 'Updated Sept. 3 in the evening'];
    expect(leading(dates)).toEqual([]);
    expect(leading(['Updated in the year 1799', 'Updated in the year 2100'])).toEqual(['Updated in the year 1799', 'Updated in the year 2100']);
  });

  it('judges a line as metadata up to 100 characters, not longer, and never a sentence', () => {
    expect(leading([sized('Updated 2019 ', 100)])).toEqual([]);
    expect(leading([sized('Updated 2019 ', 101)])).toEqual([sized('Updated 2019 ', 101)]);
    expect(leading(['Updated in 2019.', 'By the desk editors!', 'Is it 2019?', 'Updated in 2019…'], { byline: BYLINE })).toHaveLength(4);
  });

  it('removes a label of up to three words that is not a heading', () => {
    expect(leading(['Opinion Columnist', 'Three words here', '2.289 letture', '• • •'])).toEqual([]);
    expect(leading(['Four words in here', '<h2>Three words here</h2>'])).toEqual(['Four words in here', 'Three words here']);
  });

  it('counts the words of a line without spaces (Chinese, Japanese) as the reading time does: a sentence is no label', () => {
    const chinese = '一波波接續性低溫寒流報到 已將新竹尖石鄉後山一帶層層山巒披上嫣紅的彩衣';
    expect(leading([chinese, '玉峰國小', 'こんにちは世界の皆さん'])).toEqual([chinese, '玉峰國小', 'こんにちは世界の皆さん']);
    expect(leading(['編譯'])).toEqual([]); // two characters: a label
  });

  it('removes empty blocks, not a block with an image, a video or a table', () => {
    expect(leading(['', '<p> </p>', '<div><span></span></div>'])).toEqual([]);
    expect(leading(['<p><img src="a.jpg"></p>', '<p><video></video></p>', '<p><svg></svg></p>', '<table><tr><td></td></tr></table>'])).toEqual(['[media]', '[media]', '[media]', '[media]']);
  });

  it('never removes a figure or a list item', () => {
    expect(leading(['<figure><img src="a.jpg"><figcaption>Feb 16</figcaption></figure>', '<ul><li>Opinion</li></ul>'], { title: 'Opinion' })).toEqual(['Feb 16', 'Opinion']);
  });

  it('judges a figure as one block, whatever blocks it holds', () => {
    expect(leading(['<figure><img src="a.jpg"><p>Feb 16</p></figure>'])).toEqual(['Feb 16']);
  });

  it('stops at the first paragraph of 100 characters, whatever follows', () => {
    expect(textsOf(p(sized('The board met. ', 100, '.')) + p('Opinion') + p(BODY))).toEqual([sized('The board met. ', 100, '.'), 'Opinion', BODY]);
    expect(textsOf(p(sized('The board met. ', 99, '.')) + p('Opinion') + p(BODY))).toEqual([sized('The board met. ', 99, '.'), BODY]);
  });

  it('looks past a figure, however long its caption', () => {
    const figure = `<figure><img src="a.jpg"><figcaption>${sized('A long caption ', 150)}</figcaption></figure>`;
    expect(textsOf(figure + p('Opinion') + p(BODY))).toEqual([sized('A long caption ', 150), BODY]);
  });

  it('looks at the first twelve blocks only', () => {
    const sentences = (n: number) => Array.from({ length: n }, (_, i) => p(`Short ${i}.`)).join('');
    expect(textsOf(sentences(11) + p('Opinion') + p(BODY))).not.toContain('Opinion');
    expect(textsOf(sentences(12) + p('Opinion') + p(BODY))).toContain('Opinion');
  });

  it('looks again when a removal leaves a wrapper to judge, three times at most', () => {
    const nested = (levels: string[]) => levels.reduceRight((inner, text) => `<div>${text}${inner}</div>`, `<p>${TITLE}</p>`);
    expect(textsOf(nested(['Feb 16', 'Updated 6:45 PM', 'Reuters']) + p(BODY), { title: TITLE })).toEqual(['Feb 16', BODY]);
    expect(textsOf(nested(['Updated 6:45 PM', 'Reuters']) + p(BODY), { title: TITLE })).toEqual([BODY]);
  });

  it('removes a heading followed straight by a heading of the same or a higher rank', () => {
    expect(leading(['<h2>Breaking news</h2>', '<h2>Top stories</h2>'])).toEqual(['Top stories']);
    expect(leading(['<h3>Breaking news</h3>', '<h2>Top stories</h2>'])).toEqual(['Top stories']);
    expect(leading(['<h2>Breaking news</h2>', '<h3>Top stories</h3>'])).toEqual(['Breaking news', 'Top stories']);
    expect(leading(['Short sentence.', '<h2>Top stories</h2>'])).toEqual(['Short sentence.', 'Top stories']);
  });

  it('takes a lone heading for the end of the article', () => {
    expect(textsOf('<h2>Top stories</h2>')).toEqual([]);
  });

  it('never removes the content element itself', () => {
    const { content, doc } = trimmed('<p></p><div><p>Opinion</p></div>');
    expect(content.innerHTML).toBe('');
    expect(doc.body.contains(content)).toBe(true);
  });
});

describe('the leading trim: the standfirst', () => {
  const DEK = 'The vote ends a decade of argument over who pays for the channel, and how deep it should go.';
  const inHeader = (line: string) => `<header><p>${line}</p></header>`;

  it('removes the page description set again in the article header', () => {
    expect(leading([inHeader(DEK)], { description: DEK })).toEqual([]);
    // Then the label under it goes too, as it would have without the standfirst above it.
    expect(leading([inHeader(DEK), 'Opinion Columnist'], { description: DEK })).toEqual([]);
  });

  it('keeps it outside a header: on many sites the description is the first paragraph, copied', () => {
    expect(leading([DEK], { description: DEK })).toEqual([DEK]);
    expect(leading([inHeader(DEK)], { description: 'Another summary of the vote, not this one.' })).toEqual([DEK]);
    expect(leading([inHeader(DEK)])).toEqual([DEK]);
  });
});

describe('the trailing trim', () => {
  it('removes a heading at the end, however long', () => {
    expect(trailing(['<h3>Recent articles</h3>', `<h2>${sized('A long heading ', 200)}</h2>`])).toEqual([]);
  });

  it('removes labels left with nothing under them: a few words, no sentence, no number, no colon', () => {
    expect(trailing(['RECENT ARTICLES', 'POPULAR THIS WEEK'])).toEqual([]);
    expect(trailing(['<h3>Comments</h3>', 'comments'])).toEqual([]);
    expect(trailing(['See more photos:'])).toEqual(['See more photos:']);
    expect(trailing(['Gates open at 9'])).toEqual(['Gates open at 9']);
    expect(trailing(['He said no.', 'Why now?'])).toEqual(['He said no.', 'Why now?']);
    expect(trailing(['The board members disagreed'])).toEqual(['The board members disagreed']); // four words
  });

  it('removes a label and the links it names, and not a sentence that opens with a label', () => {
    expect(trailing(['Filed under: <a href="/t/courts">Courts</a> | <a href="/t/crime">Crime</a>', 'Tags: <a href="/t/floods">floods</a>, <a href="/t/dams">dams</a>'])).toEqual([]);
    expect(trailing(['Update: <a href="/x">the board</a> has since voted again.'])).toHaveLength(1);
    expect(trailing(['Tags: floods, dams, harbour board'])).toHaveLength(1); // no links: not a tag line
    expect(trailing([`Filed under: <a href="/t">${'y'.repeat(240)}</a>`])).toHaveLength(1); // 250 characters and more
  });

  it('removes a short run of links that is not a sentence', () => {
    const headline = 'A link to another story on the harbour ';
    expect(trailing([link('How to invest in index funds, explained'), link(sized(headline, 160))])).toEqual([]);
    expect(trailing([link(sized(headline, 161))])).toEqual([sized(headline, 161)]);
    expect(trailing([link('Read the full report on the vote.')])).toEqual(['Read the full report on the vote.']);
  });

  it('removes a block that is 90% link text, not 89%', () => {
    // Many short words: more than a label's three, whatever the share of links.
    const words = (length: number) => Array.from({ length }, (_, i) => (i % 6 === 1 ? ' ' : 'y')).join('');
    const block = (linked: number) => `<p><a href="/x">${words(linked)}</a> ${'z'.repeat(99 - linked)}</p>`;
    expect(trailing([block(90)])).toEqual([]);
    expect(trailing([block(89)])).toHaveLength(1);
  });

  it('removes a call to follow or subscribe with a channel or a link', () => {
    expect(trailing(['Follow Newsbeat on Instagram', 'Subscribe to our <a href="/b">daily briefing</a> for more news', 'Listen to @newsbeat live'])).toEqual([]);
    expect(trailing(['Subscribe to our daily briefing for more news'])).toEqual(['Subscribe to our daily briefing for more news']);
    expect(trailing(['The harbour <a href="/f">board</a> will meet again in March.'])).toHaveLength(1);
  });

  it('judges a call to action up to 250 characters, not longer', () => {
    expect(trailing([sized('Follow us on Instagram ', 250)])).toEqual([]);
    expect(trailing([sized('Follow us on Instagram ', 251)])).toHaveLength(1);
  });

  it('removes the author box: the first author named alone, or described', () => {
    const bios = ['Phil Helsel', 'Phil Helsel is a reporter for NBC News.', 'Phil Helsel was a reporter.', 'Phil Helsel covers the harbour.', 'Phil Helsel writes on ships.', 'Phil Helsel reports from the port.', 'Phil Helsel joined in 2019.', 'Phil Helsel has been a reporter since 2010.', 'Phil Helsel has covered the port.', 'Phil Helsel has written two books.'];
    for (const bio of bios) {
      expect(trailing([bio], { byline: 'Phil Helsel, Jane Roe' })).toEqual([]);
      expect(trailing([bio], { byline: BYLINE })).toEqual([]);
    }
    expect(trailing(['Phil Helsel is a reporter.'], { byline: ' Phil Helsel ' })).toEqual([]);
  });

  it('keeps a paragraph that starts with the author but is not about them', () => {
    for (const text of ['Phil Helsel said the award was deserved.', 'Phil Helsel issued a statement.', 'Jane Roe is a reporter for NBC News.']) {
      expect(trailing([text], { byline: BYLINE })).toEqual([text]);
    }
    expect(trailing(['The council was told the pier will open in May.'], { byline: 'Phil Helsel' })).toHaveLength(1);
    expect(trailing(['Was the vote worth it? The board says so.'], { byline: '' })).toHaveLength(1);
  });

  it('keeps a sentence that opens with an agency’s or a desk’s name: a bio is a person’s', () => {
    expect(trailing(['Reuters was unable to independently verify the footage.'], { byline: 'Reuters' })).toHaveLength(1);
    expect(trailing(['Reuters'], { byline: 'Reuters' })).toEqual([]); // the name alone is still the byline again
  });

  it('keeps a closing sentence that opens with "Follow-up" or "Watchdogs": only the call itself is one', () => {
    expect(trailing(['Follow-up talks with <a href="/union">the union</a> are due in March.'])).toHaveLength(1);
    expect(trailing(['Watchdogs on <a href="/x">Twitter</a> said so'])).toHaveLength(1);
  });

  it('judges an author box up to 400 characters, not longer', () => {
    expect(trailing([sized('Phil Helsel is a reporter. ', 400)], { byline: BYLINE })).toEqual([]);
    expect(trailing([sized('Phil Helsel is a reporter. ', 401)], { byline: BYLINE })).toHaveLength(1);
  });

  it('looks past an image at the end, and keeps it', () => {
    expect(trailing([link('Other story'), '<p><img src="a.jpg"></p>'])).toEqual(['[media]']);
  });

  it('removes empty blocks at the end', () => {
    expect(trailing([link('Other story'), '<p></p>'])).toEqual([]);
  });

  it('stops at the first paragraph of running text from the end', () => {
    expect(trailing([link('Other story'), p(LAST), link('Another story')])).toEqual(['Other story', LAST]);
  });

  it('looks at the last twelve blocks only', () => {
    const links = Array.from({ length: 13 }, (_, i) => link(`Other story ${i}`));
    expect(trailing(links)).toEqual(['Other story 0']);
  });

  it('removes the wrappers a block leaves empty, not one that keeps an image', () => {
    const { content } = trimmed(p(BODY) + `<div class="related"><div>${link('Other story')}</div></div>`);
    expect(content.innerHTML).toBe(p(BODY));
    const kept = trimmed(p(BODY) + `<div class="related"><img src="a.jpg"><div>${link('Other story')}</div></div>`).content;
    expect(kept.querySelector('.related img')).not.toBeNull();
    expect(kept.textContent).toBe(BODY);
  });
});
