/**
 * The byline as the untouched page gives it (issue #11). Readability looks for it while it walks
 * the page it is given; Lede gives it a prepared copy, whose chrome removal can take the byline's
 * block away ("author-info", a header) and leave Readability a worse one (a date, an agency).
 * So the byline is looked for here, on the original document, by Readability's own rule: the
 * first visible element marked as the author (`rel=author`, `itemprop=author`, a class or id
 * saying byline or author) whose text is a line, not a block, passing over the blocks Readability
 * drops unseen (a "banner" header, a sidebar). Only when that finds none are those blocks read
 * too: a byline in a header is still the page's byline.
 */
import { skipSubtree } from './dom-walk';
import { normalize } from './text';

/** Readability's byline classes and ids, less the words that only start so ("authorization",
 * "authority": an account menu, not a name). */
const BYLINE_CLASS = /byline|author(?!i[tz])|dateline|writtenby/i;
/** Readability 0.6's unlikely candidates (Apache-2.0): blocks its walk removes with what they
 * hold, unless their class also says they may be content; and the roles it removes. */
const UNLIKELY_CLASS =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CONTENT_CLASS = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);
/** A byline is shorter than this: longer, it is an author's box or a whole header. */
const MAX_BYLINE_CHARS = 100;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;

export function findByline(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  // One walk for both readings: the first byline outside the blocks Readability drops is the
  // answer; the first one inside them is kept in case there is no other.
  let fallback: string | null = null;
  let unlikelyRoot: Element | null = null;
  const walker = doc.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let node = walker.nextNode() as Element | null;
  while (node) {
    if (unlikelyRoot && !unlikelyRoot.contains(node)) unlikelyRoot = null;
    if (isHidden(node)) {
      node = skipSubtree(walker, node) as Element | null;
      continue;
    }
    // Readability checks an element for a byline before it judges it unlikely.
    if (isBylineMark(node)) {
      const named = node.querySelector('[itemprop~="name"]');
      const text = spacedText(named ?? node);
      if (text && text.length < MAX_BYLINE_CHARS) {
        if (!unlikelyRoot) return text;
        fallback ??= text;
      }
    }
    if (!unlikelyRoot && isUnlikely(node)) unlikelyRoot = node;
    node = walker.nextNode() as Element | null;
  }
  return fallback;
}

function isUnlikely(el: Element): boolean {
  const classes = `${el.getAttribute('class') ?? ''} ${el.id}`;
  const unlikely = UNLIKELY_ROLES.has(el.getAttribute('role') ?? '') || (UNLIKELY_CLASS.test(classes) && !MAYBE_CONTENT_CLASS.test(classes));
  return unlikely && el.tagName !== 'A' && !el.closest('table, code');
}

function isBylineMark(el: Element): boolean {
  if (el.getAttribute('rel') === 'author') return true;
  if ((el.getAttribute('itemprop') ?? '').includes('author')) return true;
  return BYLINE_CLASS.test(`${el.getAttribute('class') ?? ''} ${el.id}`);
}

/** Hidden as Readability judges it, from the attributes alone (jsdom's `style` throws on some
 * pages' CSS). */
function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (HIDDEN_STYLE.test(el.getAttribute('style') ?? '')) return true;
  return el.getAttribute('aria-hidden') === 'true' && !(el.getAttribute('class') ?? '').includes('fallback-image');
}

/** An element's text with its elements' texts kept apart: `<span>Jane Doe</span><span>Business
 * reporter</span>` is "Jane Doe Business reporter", not "Jane DoeBusiness reporter". */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') parts.push(text.nodeValue ?? '');
  }
  return normalize(parts.join(' ').replace(/\s+([,.;:])/g, '$1'));
}
