import { describe, expect, it } from 'vitest';
import { readingUnits } from '@/utils/read-aloud/segment';

/** A body as ArticleBody renders it (the HTML here is the test's own, not an article's). */
function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

const texts = (el: HTMLElement, lang: string | null = 'en') => readingUnits(el, lang).map((p) => p.sentences.map((s) => s.text));

const ARTICLE = `
  <h2>The harbour</h2>
  <p>The boats came in at dawn. Nobody expected them.</p>
  <figure><img src="boat.jpg" alt="A boat"><figcaption>A boat. At dawn.</figcaption></figure>
  <ul>
    <li>First item.</li>
    <li>Second <a href="#">linked</a> item. Still second.</li>
  </ul>
  <table><tr><td>Cell one.</td><td>Cell two.</td></tr></table>
  <blockquote><p>A quoted line.</p></blockquote>
  <pre>const code = 1;</pre>
  <p>Line one<br>line two</p>`;

describe('reading units', () => {
  it('reads headings, paragraphs, list items and quotes; skips figures, tables and code', () => {
    expect(texts(body(ARTICLE))).toEqual([
      ['The harbour'],
      ['The boats came in at dawn.', 'Nobody expected them.'],
      ['First item.'],
      ['Second linked item.', 'Still second.'],
      ['A quoted line.'],
      ['Line one', 'line two'],
    ]);
  });

  it('keeps each paragraph’s element, and ranges that cover exactly each sentence', () => {
    const el = body(ARTICLE);
    const units = readingUnits(el, 'en');
    expect(units.map((p) => p.element.tagName)).toEqual(['H2', 'P', 'LI', 'LI', 'P', 'P']);
    expect(units[4]!.element.parentElement!.tagName).toBe('BLOCKQUOTE');
    for (const paragraph of units) {
      for (const sentence of paragraph.sentences) expect(sentence.range.toString()).toBe(sentence.text);
      expect(paragraph.element.contains(paragraph.sentences[0]!.range.startContainer)).toBe(true);
    }
    // Across the link: from the li's first text node to its last.
    const linked = units[3]!.sentences[0]!.range;
    expect(linked.startContainer.textContent).toBe('Second ');
    expect(linked.endContainer.textContent).toBe(' item. Still second.');
    expect(linked.endOffset).toBe(' item.'.length);
  });

  it('folds whitespace in what is spoken; the range starts and ends on the words', () => {
    const units = readingUnits(body('<p>\n   Spaced    out.   Two.\n</p>'), 'en');
    expect(units[0]!.sentences.map((s) => s.text)).toEqual(['Spaced out.', 'Two.']);
    expect(units[0]!.sentences[0]!.range.toString()).toBe('Spaced    out.');
  });

  it('splits Japanese on 。', () => {
    const el = body('<p>今日は晴れです。明日は雨でしょう。</p>');
    const units = readingUnits(el, 'ja');
    expect(units[0]!.sentences.map((s) => s.text)).toEqual(['今日は晴れです。', '明日は雨でしょう。']);
    expect(units[0]!.sentences[1]!.range.toString()).toBe('明日は雨でしょう。');
  });

  it('keeps a nested list apart from its item, and bare text in a block as a paragraph', () => {
    const el = body('<ul><li>Outer.<ul><li>Inner.</li></ul>After.</li></ul><div>Bare text.</div><p>   </p>');
    expect(texts(el)).toEqual([['Outer.'], ['Inner.'], ['After.'], ['Bare text.']]);
  });

  it('never changes the DOM, and splits by default rules for a malformed language', () => {
    const el = body(ARTICLE);
    const before = el.innerHTML;
    expect(texts(el, 'not a tag!')).toHaveLength(6);
    expect(texts(el, null)).toHaveLength(6);
    expect(el.innerHTML).toBe(before);
  });
});
