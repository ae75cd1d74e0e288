/**
 * The article's paragraphs as the reader's j and k keys step through them (issue #10): the
 * outermost blocks of the rendered body, so a list's items are steps but a quote's paragraphs
 * are not each a step of their own.
 */
const BLOCK = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, figure, table';

export function paragraphsOf(body: Element): HTMLElement[] {
  return [...body.querySelectorAll<HTMLElement>(BLOCK)].filter((el) => {
    const outer = el.parentElement?.closest(BLOCK);
    return !outer || !body.contains(outer) || (el.tagName === 'LI' && outer.tagName !== 'LI');
  });
}

/** A paragraph whose top is this close under the reader's sticky bar is the one "at the top":
 * where a step leaves it (article.css scrolls it 16 px under the bar). */
const AT_TOP_PX = 24;

/**
 * The paragraph one step down (`direction` 1) or up (-1): from `from`, the paragraph the last
 * step went to, while it is still focused and in view (a smooth scroll to it may not have
 * ended when the next key comes); else from the one at the top of the view, given where the
 * view's top is (`top`, the bar's bottom edge, in client px), as after the person scrolled.
 */
export function stepParagraph(paragraphs: readonly HTMLElement[], direction: 1 | -1, top: number, from?: Element | null): HTMLElement | null {
  const at = from ? paragraphs.indexOf(from as HTMLElement) : -1;
  if (at >= 0) {
    const box = from!.getBoundingClientRect();
    if (box.bottom > top && box.top < window.innerHeight) return paragraphs[at + direction] ?? null;
  }
  if (direction === 1) return paragraphs.find((el) => el.getBoundingClientRect().top > top + AT_TOP_PX) ?? null;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (paragraphs[i]!.getBoundingClientRect().top < top - 1) return paragraphs[i]!;
  }
  return null;
}
