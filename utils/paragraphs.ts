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

/** Below the reader's sticky bar, a paragraph is "at the top" within this many px. */
const SLACK_PX = 4;

/** The paragraph one step down (`direction` 1) or up (-1) from the one at the top of the view,
 * given where the view's top is (`top`, the bar's bottom edge, in client px). */
export function stepParagraph(paragraphs: readonly HTMLElement[], direction: 1 | -1, top: number): HTMLElement | null {
  if (direction === 1) return paragraphs.find((el) => el.getBoundingClientRect().top > top + SLACK_PX) ?? null;
  for (let i = paragraphs.length - 1; i >= 0; i--) {
    if (paragraphs[i]!.getBoundingClientRect().top < top - SLACK_PX) return paragraphs[i]!;
  }
  return null;
}
