import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import {
  blockText,
  countWords,
  excerptOf,
  linkDensity,
  linkTextLength,
  normalize,
  readingMinutes,
  readingTime,
  textLength,
  textOf,
  textWork,
} from '@/utils/extract/text';

const doc = () => new JSDOM('<!DOCTYPE html><body></body>').window.document;

function el(html: string): Element {
  const root = doc().createElement('div');
  root.innerHTML = html;
  return root;
}

const textOfHtml = (html: string) => blockText(el(html));

describe('blockText', () => {
  it('puts a blank line between blocks and none inside inline text', () => {
    expect(textOfHtml('<p>First</p><p>Second <b>and</b> un<i>broken</i>word</p>')).toBe('First\n\nSecond and unbrokenword');
    expect(textOfHtml('<div>Lead<p>Para</p>tail</div><h2>Head</h2><ul><li>One</li><li>Two</li></ul>')).toBe('Lead\n\nPara\n\ntail\n\nHead\n\nOne\n\nTwo');
  });

  it('collapses whitespace and trims each block', () => {
    expect(textOfHtml('<p>  a \t\n  b\u00a0\u00a0c </p><p>d <span> e</span></p>')).toBe('a b c\n\nd e');
  });

  it('turns a line break into a newline, without the spaces around it', () => {
    expect(textOfHtml('<p>line one <br> line two</p>')).toBe('line one\nline two');
    expect(textOfHtml('<p>one<br><br>two</p>')).toBe('one\n\ntwo');
  });

  it('keeps the lines of a code block, one newline each, and their indentation (tabs too)', () => {
    expect(textOfHtml('<pre>line 1\n  indented\n\n\nline 3</pre>')).toBe('line 1\n  indented\nline 3');
    expect(textOfHtml('<pre>\n\tdef f():\n\t\treturn 1   \n</pre><p>after</p>')).toBe('\tdef f():\n\t\treturn 1\n\nafter');
    expect(textOfHtml('<pre><code>  <span>a</span>\n    <b>b</b></code></pre>')).toBe('  a\n    b');
    expect(textOfHtml('<pre><code>a = 1\nb = 2</code></pre><p>x\ny</p>')).toBe('a = 1\nb = 2\n\nx y');
    const root = el('<pre></pre>');
    root.firstElementChild!.appendChild(root.ownerDocument.createTextNode('a\r\nb\rc'));
    expect(blockText(root)).toBe('a\nb\nc');
  });

  it('reads the cells of a table, a row a block', () => {
    expect(textOfHtml('<table><tr><th>Team</th><th>Points</th></tr><tr><td>Ajax</td><td>12</td></tr></table>')).toBe('Team Points\n\nAjax 12');
  });

  it('leaves out a figure but its tables, code and quotes', () => {
    expect(textOfHtml('<p>Before</p><figure><img src="a.jpg"><span>Photo: AP</span><figcaption>Credit: Getty</figcaption></figure><p>After</p>')).toBe('Before\n\nAfter');
    expect(textOfHtml('<figure><div><table><tr><td>a</td><td>b</td></tr></table></div><figcaption>Table 1</figcaption></figure>')).toBe('a b');
    expect(textOfHtml('<figure><blockquote>Quoted words</blockquote><p>— a caption</p></figure>')).toBe('Quoted words');
    expect(textOfHtml('<figure><pre>x\ny</pre></figure>')).toBe('x\ny');
    expect(textOfHtml('<p>a</p><figure><figure>Nested credit</figure></figure><p>b</p>')).toBe('a\n\nb');
  });

  it('leaves out captions outside figures', () => {
    expect(textOfHtml('<p>Text</p><figcaption>A caption</figcaption><p data-lede-caption="">Credit: EPA</p><span data-lede-caption>Image copyright</span>')).toBe('Text');
  });

  it('leaves out scripts, styles, noscript, templates and comments', () => {
    const root = el('<p>a<!-- a comment -->b</p><script>var x = 1;</script><style>p{}</style><noscript>Enable JS</noscript><template></template>');
    root.querySelector('template')!.appendChild(root.ownerDocument.createTextNode('hidden'));
    expect(blockText(root)).toBe('ab');
  });

  it('is empty for an element without text', () => {
    expect(textOfHtml('<p> </p><div><img src="a.jpg"></div>')).toBe('');
  });
});

describe('countWords', () => {
  it('counts runs of letters and digits, with apostrophes and hyphens inside a word', () => {
    expect(countWords("Don't re-elect the mayor’s 3 aides — 2.5 km")).toBe(9);
    expect(countWords('')).toBe(0);
    expect(countWords(' — … ')).toBe(0);
  });

  it('counts each CJK character as a word, and the spaced words around them', () => {
    expect(countWords('東京')).toBe(2);
    expect(countWords('Tokyo東京Osaka')).toBe(4);
    expect(countWords('서울 시장')).toBe(4);
  });
});

describe('readingTime and readingMinutes', () => {
  it('read 230 spaced words and 500 CJK characters a minute', () => {
    expect(readingTime('word '.repeat(230))).toBe(1);
    expect(readingTime('東'.repeat(500))).toBe(1);
    expect(readingTime(`${'word '.repeat(115)}${'東'.repeat(250)}`)).toBeCloseTo(1);
    expect(readingTime('')).toBe(0);
  });

  it('round to whole minutes, one at least', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('word '.repeat(344))).toBe(1);
    expect(readingMinutes('word '.repeat(345))).toBe(2);
    expect(readingMinutes('word '.repeat(230 * 7))).toBe(7);
  });
});

describe('normalize', () => {
  it('collapses whitespace runs to a space and trims', () => {
    expect(normalize('  a \n\t b\u00a0 c  ')).toBe('a b c');
    expect(normalize(null)).toBe('');
    expect(normalize(undefined)).toBe('');
  });
});

describe('text measures', () => {
  const para = () => el('<p>Read <a href="/a"> the  report </a> and <a href="/b">more</a> here</p>').firstElementChild!;

  it('textOf is the text content, empty for a node without one', () => {
    expect(textOf(para())).toBe('Read  the  report  and more here');
    expect(textOf(doc())).toBe('');
  });

  it('textOf counts the read and its characters into a counter', () => {
    const work = textWork();
    expect(work).toEqual({ elements: 0, textReads: 0, textChars: 0 });
    textOf(para(), work);
    textOf(el('abc'), work);
    expect(work).toEqual({ elements: 0, textReads: 2, textChars: 35 });
  });

  it('textLength is the normalized length', () => {
    const work = textWork();
    expect(textLength(para())).toBe(29);
    expect(textLength(para(), work)).toBe(29);
    expect(work.textReads).toBe(1);
  });

  it('linkTextLength sums the normalized text of each link', () => {
    const work = textWork();
    expect(linkTextLength(para())).toBe(14);
    expect(linkTextLength(para(), work)).toBe(14);
    expect(work).toEqual({ elements: 2, textReads: 2, textChars: 17 });
    expect(linkTextLength(el('<p>No links</p>'))).toBe(0);
  });

  it('linkDensity is the share of link text, 0 without text, 1 at most', () => {
    expect(linkDensity(para())).toBeCloseTo(14 / 29);
    expect(linkDensity(el('<a href="/x">All link</a>'))).toBe(1);
    expect(linkDensity(el('<p> </p>'))).toBe(0);
    expect(linkDensity(el('<p>x</p>'), { text: 4, links: 10 })).toBe(1);
    expect(linkDensity(el('<p>x</p>'), { text: 0, links: 10 })).toBe(0);
  });

  it('linkDensity reads only what was not measured', () => {
    const all = textWork();
    expect(linkDensity(para(), {}, all)).toBeCloseTo(14 / 29);
    expect(all).toEqual({ elements: 2, textReads: 3, textChars: 49 });
    const linksOnly = textWork();
    expect(linkDensity(para(), { text: 28 }, linksOnly)).toBe(0.5);
    expect(linksOnly).toEqual({ elements: 2, textReads: 2, textChars: 17 });
    const none = textWork();
    expect(linkDensity(para(), { text: 20, links: 5 }, none)).toBe(0.25);
    expect(none).toEqual(textWork());
  });
});

describe('excerptOf', () => {
  const words = (length: number) => sized('The harbour board voted to dredge the channel', length);
  function sized(start: string, length: number): string {
    let text = start;
    while (text.length < length) text += ' and more';
    return text.slice(0, length);
  }

  it('is null for a text without words', () => {
    expect(excerptOf('')).toBeNull();
    expect(excerptOf('\n\n  \n\n')).toBeNull();
  });

  it('is the first block of 80 characters or more, normalized', () => {
    const lead = words(80);
    expect(excerptOf(`By Jane Roe\n\n${words(79)}\n\n${lead.replace(/ /, '\n  ')}\n\n${words(90)}`)).toBe(lead);
  });

  it('is the first block when none is long enough', () => {
    expect(excerptOf('\n\nHARBOUR, Thursday\n\nShort line')).toBe('HARBOUR, Thursday');
  });

  it('is whole up to 240 characters', () => {
    expect(excerptOf(words(240))).toBe(words(240));
  });

  it('is cut at the last space before 240 characters and marked', () => {
    const text = `${'x'.repeat(200)} ${'y'.repeat(60)}`;
    expect(excerptOf(text)).toBe(`${'x'.repeat(200)}…`);
    const sentence = words(300);
    const cut = sentence.slice(0, 240);
    expect(excerptOf(sentence)).toBe(`${cut.slice(0, cut.lastIndexOf(' '))}…`);
  });

  it('is cut at 240 characters when the last space is in the first half', () => {
    expect(excerptOf(`${'x'.repeat(120)} ${'y'.repeat(200)}`)).toBe(`${'x'.repeat(120)} ${'y'.repeat(119)}…`);
    expect(excerptOf(`${'x'.repeat(121)} ${'y'.repeat(200)}`)).toBe(`${'x'.repeat(121)}…`);
    expect(excerptOf('港'.repeat(300))).toBe(`${'港'.repeat(240)}…`);
  });

  it('drops the punctuation left at the cut', () => {
    expect(excerptOf(`${'x'.repeat(150)}, ${'y'.repeat(100)}`)).toBe(`${'x'.repeat(150)}…`);
    expect(excerptOf(`${'x'.repeat(150)} — ${'y'.repeat(100)}`)).toBe(`${'x'.repeat(150)}…`);
    expect(excerptOf(`${'x'.repeat(150)}; ${'y'.repeat(100)}`)).toBe(`${'x'.repeat(150)}…`);
    expect(excerptOf(`${'x'.repeat(236)}.:–-${'y'.repeat(100)}`)).toBe(`${'x'.repeat(236)}…`);
  });
});
