import { describe, expect, it } from 'vitest';
import { clearMarks, MARK_CLASS, markSentence } from '@/utils/key-facts/highlight';

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html; // test input, written here
  return el;
}
const marked = (el: Element) => [...el.querySelectorAll(`mark.${MARK_CLASS}`)].map((m) => m.textContent).join('');

describe('markSentence', () => {
  it('marks a sentence inside a paragraph, and only it', () => {
    const el = body('<p>First sentence here. Putin is set to meet Kim Jong Un on Tuesday. Last one.</p>');
    const mark = markSentence(el, 'Putin is set to meet Kim Jong Un on Tuesday.');
    expect(mark?.tagName).toBe('MARK');
    expect(marked(el)).toBe('Putin is set to meet Kim Jong Un on Tuesday.');
    expect(el.textContent).toBe('First sentence here. Putin is set to meet Kim Jong Un on Tuesday. Last one.');
  });

  it('marks across links and emphasis, and across spacing and quote-style differences', () => {
    const el = body('<p>The <a href="#">Kremlin</a>  called it a\n<em>“friendly state visit,”</em> on Monday.</p>');
    expect(markSentence(el, 'The Kremlin called it a "friendly state visit," on Monday.')).not.toBeNull();
    expect(marked(el).replace(/\s+/g, ' ')).toBe('The Kremlin called it a “friendly state visit,” on Monday.');
    expect(el.querySelectorAll(`mark.${MARK_CLASS}`).length).toBeGreaterThan(1);
    expect(el.querySelector('a')?.textContent).toBe('Kremlin'); // the link is still a link
  });

  it('clears the previous mark before marking the next sentence', () => {
    const el = body('<p>One sentence is here. Another sentence is there.</p>');
    markSentence(el, 'One sentence is here.');
    markSentence(el, 'Another sentence is there.');
    expect(marked(el)).toBe('Another sentence is there.');
  });

  it('falls back to the opening words when the sentence differs slightly', () => {
    const el = body('<p>Putin is set to meet North Korean leader Kim Jong Un[1] in the capital on Tuesday.</p>');
    expect(markSentence(el, 'Putin is set to meet North Korean leader Kim Jong Un in the capital on Tuesday.')).not.toBeNull();
    expect(marked(el)).toMatch(/^Putin is set to meet North Korean leader/);
  });

  it('returns null and changes nothing when the sentence is not there', () => {
    const html = '<p>Nothing to see.</p>';
    const el = body(html);
    expect(markSentence(el, 'A sentence that is not in the article at all.')).toBeNull();
    expect(el.innerHTML).toBe(html);
  });

  it('clearMarks restores the original DOM', () => {
    const html = '<p>Alpha beta gamma. <b>Delta</b> epsilon zeta eta theta.</p>';
    const el = body(html);
    markSentence(el, 'Delta epsilon zeta eta theta.');
    clearMarks(el);
    expect(el.innerHTML).toBe(html);
  });
});
