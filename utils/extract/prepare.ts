/**
 * Prepares a cloned page for Readability: brings lazy-loaded images back, and removes the
 * boilerplate blocks that Readability's class filter lets through ("Read Also" picks, newsletter
 * boxes, in-article ad slots, share bars). Works on the clone only.
 */

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

/** A `src` that is only a stand-in until a script swaps in the real image. */
const PLACEHOLDER_SRC = /^data:|placeholder|blank\.(gif|png)|spacer|lazy|loading|1x1|pixel\.(gif|png)/i;

/** Class or id tokens of blocks that are page chrome, never article text. */
const CHROME_TOKEN =
  /(?:^|[\s_-])(?:ads?|adslot|ad-slot|advert\w*|adsbygoogle|sponsor\w*|promo\w*|newsletter\w*|subscribe|signup|share\w*|sharing|social\w*|read-?also|also-?read|read-?more|related\w*|recommend\w*|trending|popular|most-?read|outbrain|taboola|cookie\w*|consent|gdpr|paywall|comments?|tagcloud|post-tags|tags|breadcrumbs?|go-?to-?top|back-?to-?top|screen-reader-text|sr-only)(?:$|[\s_-])/i;

/** A chrome-looking block is removed only while it is this short, so that a whole article inside
 * a wrapper with an unlucky class name ("social-affairs-story") is never lost. */
const MAX_CHROME_TEXT = 400;

/** Short blocks whose text opens with one of these are boilerplate wherever they sit. */
const BOILERPLATE_LEAD =
  /^(?:read also|also read|read more|related(?: articles| stories| posts| coverage)?|see also|recommended(?: for you)?|more on this(?: story)?|you may also like|most read|trending now|back to top(?: button)?|advertisement|sponsored content|sign up for our newsletter|share this (?:article|story))\b/i;
const MAX_BOILERPLATE_TEXT = 200;

export function prepareDocument(doc: Document): void {
  restoreLazyImages(doc);
  removeChrome(doc);
}

export function restoreLazyImages(doc: Document): void {
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) unwrapNoscriptImage(doc, noscript);
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src');
    const lazy = firstAttr(img, LAZY_SRC_ATTRS);
    if (lazy && (!src || PLACEHOLDER_SRC.test(src))) img.setAttribute('src', lazy);
    const lazySet = firstAttr(img, LAZY_SRCSET_ATTRS);
    if (lazySet && !img.getAttribute('srcset')) img.setAttribute('srcset', lazySet);
  }
  for (const source of Array.from(doc.querySelectorAll('picture source'))) {
    const lazySet = firstAttr(source, LAZY_SRCSET_ATTRS);
    if (lazySet && !source.getAttribute('srcset')) source.setAttribute('srcset', lazySet);
  }
}

/** `<img data-src=…><noscript><img src=…></noscript>`: keep the noscript image. In a browser
 * noscript holds raw text (scripting is on); in jsdom it holds elements. */
function unwrapNoscriptImage(doc: Document, noscript: Element): void {
  let img = noscript.querySelector('img');
  if (!img) {
    const raw = noscript.textContent ?? '';
    if (!/<img\b/i.test(raw)) return;
    const template = doc.createElement('template');
    template.innerHTML = raw;
    img = template.content.querySelector('img');
  }
  if (!img || !img.getAttribute('src')) return;
  const prev = noscript.previousElementSibling;
  if (prev?.tagName === 'IMG') prev.remove();
  noscript.replaceWith(doc.importNode(img, true));
}

function removeChrome(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || el.tagName === 'BODY' || el.tagName === 'HTML' || el.tagName === 'ARTICLE' || el.tagName === 'MAIN') continue;
    const tokens = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!CHROME_TOKEN.test(tokens)) continue;
    if (textLength(el) <= MAX_CHROME_TEXT) el.remove();
  }
  for (const el of Array.from(body.querySelectorAll('p, div, section, aside, span, strong, a, h2, h3, h4, h5, h6'))) {
    if (!el.isConnected) continue;
    const text = normalize(el.textContent);
    if (text.length > MAX_BOILERPLATE_TEXT || !BOILERPLATE_LEAD.test(text)) continue;
    // "Read more" as the last words of a paragraph of text is not boilerplate: only a block that
    // is a link (or holds one) or is nothing but the phrase goes.
    if (el.tagName === 'A' || el.querySelector('a') || BOILERPLATE_LEAD.exec(text)?.[0].length === text.length) {
      el.remove();
    }
  }
}

function firstAttr(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value && value.trim()) return value.trim();
  }
  return null;
}

function textLength(el: Element): number {
  return normalize(el.textContent).length;
}

export function normalize(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}
