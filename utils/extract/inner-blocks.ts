/**
 * Blocks inside Readability's article that are not its running text, wherever they sit, judged by
 * their shape alone (never by a site's class names or phrases): a gallery's "Image 3 of 12", and
 * a short line in italics under a picture, which is its caption. The counter goes; the caption
 * stays in the HTML the reader shows but is marked, so the plain text (word count, key facts)
 * leaves it out as it leaves `<figcaption>` out. Lines of underscores between sections ("___")
 * stay: the benchmark's annotators keep them as text.
 *
 * Each rule is a named entry of INNER_BLOCK_RULES, so tests and the bench can run them one by one.
 */
import { CAPTION_ATTR, normalize } from './text';
import { hasMedia } from './trim';

export type InnerBlockAction = 'remove' | 'caption';

export interface InnerBlockRule {
  name: string;
  action: InnerBlockAction;
  matches(block: Element, text: string): boolean;
}

/** "Image 3 of 12", "Photo 1 / 13", "3/12", "Image 1 of / 13": a gallery's position, not text. */
const GALLERY_COUNTER = /^(?:\p{L}+\s+)?\d{1,3}\s*(?:of|\/)\s*\/?\s*\d{1,3}$/iu;
/** A caption is short... */
const MAX_CAPTION_CHARS = 250;
const EMPHASIS = new Set(['EM', 'I', 'SMALL', 'CITE']);

export const INNER_BLOCK_RULES: readonly InnerBlockRule[] = [
  {
    name: 'gallery counter',
    action: 'remove',
    matches: (block, text) => GALLERY_COUNTER.test(text) && !hasMedia(block),
  },
  {
    // A short line right under a block that is only a picture, set wholly in italics (or small
    // print): "Light a Wish by OGE Group", "Installation views, photos © Studio, 2018". A plain
    // short line there is often the next step of a how-to, and stays.
    name: 'caption under a picture',
    action: 'caption',
    matches: (block, text) =>
      !/^H[1-6]$/.test(block.tagName) &&
      text.length > 0 &&
      text.length <= MAX_CAPTION_CHARS &&
      !hasMedia(block) &&
      isMediaOnly(previousBlock(block)) &&
      isWhollyEmphasized(block),
  },
];

/** Applies `rules` to the leaf blocks of `content`, in document order. */
export function judgeInnerBlocks(content: Element, leaves: readonly Element[], rules: readonly InnerBlockRule[] = INNER_BLOCK_RULES): void {
  for (const block of leaves) {
    if (!content.contains(block)) continue; // gone with a block judged before it
    const text = normalize(block.textContent);
    const rule = rules.find((r) => r.matches(block, text));
    if (!rule) continue;
    if (rule.action === 'remove') block.remove();
    else block.setAttribute(CAPTION_ATTR, '');
  }
}

/** The element just before `block`, climbing out of wrappers it opens; null when text comes
 * between them. */
function previousBlock(block: Element): Element | null {
  for (let el: Element | null = block; el; el = el.parentElement) {
    for (let node = el.previousSibling; node; node = node.previousSibling) {
      if (node.nodeType === 1) return node as Element;
      if (normalize(node.textContent)) return null;
    }
  }
  return null;
}

/** A picture with no text of its own (a linked image, an image in a paragraph). */
function isMediaOnly(el: Element | null): boolean {
  if (!el || el.tagName === 'FIGURE') return false; // a figure has its own caption
  return hasMedia(el) && normalize(el.textContent) === '';
}

/** Every bit of text is inside `<em>`, `<i>`, `<small>` or `<cite>`. */
function isWhollyEmphasized(block: Element): boolean {
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!normalize(node.nodeValue)) continue;
    let inside = false;
    for (let el = node.parentElement; el && !inside; el = el === block ? null : el.parentElement) {
      inside = EMPHASIS.has(el.tagName);
    }
    if (!inside) return false;
  }
  return true;
}
