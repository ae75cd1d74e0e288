import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { INNER_BLOCK_RULES, judgeInnerBlocks } from '@/utils/extract/inner-blocks';
import { CAPTION_ATTR } from '@/utils/extract/text';
import { leafBlocks } from '@/utils/extract/trim';
import { doc, PARAGRAPHS, URL_ } from './harbour-page';

const BODY = '<p>The harbour board voted on Thursday night to dredge the inner channel for the first time since the war years.</p>';
const PICTURE = '<p><a href="/big.jpg"><img src="/small.jpg"></a></p>';

/** The blocks of `html` after the rules, each as its text, "[caption] text" when marked. */
function judged(html: string, rules = INNER_BLOCK_RULES): string[] {
  const content = new JSDOM(`<div>${html}</div>`).window.document.querySelector('div')!;
  judgeInnerBlocks(content, leafBlocks(content), rules);
  return leafBlocks(content).map((el) => `${el.hasAttribute(CAPTION_ATTR) ? '[caption] ' : ''}${el.textContent?.trim() || '[media]'}`);
}

describe('blocks inside the article', () => {
  it('are judged by named rules', () => {
    expect(INNER_BLOCK_RULES.map((rule) => rule.name)).toEqual(['gallery counter', 'caption under a picture']);
  });

  it('a gallery counter goes, in its usual spellings', () => {
    for (const counter of ['Image 3 of 12', 'Photo 1 / 13', '3/12', 'Image 1 of / 13', 'SLIDE 2 OF 9']) {
      expect(judged(BODY + `<p>${counter}</p>`)).toEqual([expect.stringContaining('harbour')]);
    }
  });

  it('a line with a count in it stays: only the counter alone is one', () => {
    for (const line of ['3 of 12 gates failed', 'Image 3 of 12 shows the gate.', '1/2 cup of sugar', 'Photo 2024 / 13']) {
      expect(judged(BODY + `<p>${line}</p>`)).toHaveLength(2);
    }
  });

  it('a short line in italics under a picture is its caption: marked, kept in the HTML', () => {
    expect(judged(BODY + PICTURE + '<p><em>Light a Wish by the Harbour Group</em></p>')).toEqual([expect.any(String), '[media]', '[caption] Light a Wish by the Harbour Group']);
    expect(judged(PICTURE + '<p><small>Photo: the harbour board</small></p>')).toEqual(['[media]', '[caption] Photo: the harbour board']);
    // Wrapped, the caption's block is still the one right after the picture.
    expect(judged(PICTURE + '<div><p><i>The gate at dawn</i></p></div>')).toEqual(['[media]', '[caption] The gate at dawn']);
  });

  it('a line under a picture that is not all italics, or comes after text, or is long, stays text', () => {
    expect(judged(PICTURE + '<p>Open the settings and choose the gate</p>')).toEqual(['[media]', 'Open the settings and choose the gate']);
    expect(judged(PICTURE + '<p><em>The gate</em> opened at dawn.</p>')).toEqual(['[media]', 'The gate opened at dawn.']);
    expect(judged(BODY + '<p><em>The gate at dawn</em></p>')).toEqual([expect.any(String), 'The gate at dawn']);
    expect(judged(PICTURE + '<div>Text first<p><em>The gate at dawn</em></p></div>')).toEqual(['[media]', 'The gate at dawn']); // not marked
    const long = 'y'.repeat(251);
    expect(judged(PICTURE + `<p><em>${long}</em></p>`)).toEqual(['[media]', long]);
    expect(judged('<figure><img src="/a.jpg"></figure><p><em>The gate at dawn</em></p>')).toEqual(['[media]', 'The gate at dawn']);
  });

  it('with no rules, nothing changes', () => {
    expect(judged(BODY + '<p>Image 3 of 12</p>', [])).toHaveLength(2);
  });
});

describe('in a whole article', () => {
  it('the caption is in the HTML and not in the text; the counter is in neither', () => {
    const result = extractArticle(doc(`<article><h1>Harbour vote</h1>${PARAGRAPHS}${PICTURE}<p><em>The gate at dawn</em></p><p>Image 2 of 7</p>${PARAGRAPHS}</article>`), URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.html).toContain('The gate at dawn');
    expect(result.article.text).not.toContain('The gate at dawn');
    expect(result.article.html).not.toContain('Image 2 of 7');
    expect(result.article.html).not.toContain(CAPTION_ATTR); // the marks are Lede's own, taken off
  });

  it('a caption marked by its class keeps its mark when Readability swaps its wrapper for its paragraph', () => {
    const caption = '<div class="image-caption"><p>The gate at dawn, seen from the pier</p></div>';
    const result = extractArticle(doc(`<article><h1>Harbour vote</h1>${PARAGRAPHS}${caption}${PARAGRAPHS}</article>`), URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.text).not.toContain('The gate at dawn');
  });
});
