/**
 * Prepares a cloned page for Readability: brings lazy-loaded images back, removes the
 * boilerplate blocks that Readability's class filter lets through ("Read Also" picks, newsletter
 * boxes, in-article ad slots, share bars, author boxes, site menus), and marks captions, whose
 * class names Readability throws away. Works on the clone only.
 */
import { EMBED_ATTR, keepEmbeds } from './embeds';
import { keepMath } from './math';
import { CAPTION_ATTR, linkDensity, normalize, textLength } from './text';

const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];

/** A `src` that is only a stand-in until a script swaps in the real image. */
const PLACEHOLDER_SRC = /^data:|placeholder|blank\.(gif|png)|spacer|lazy|loading|1x1|pixel\.(gif|png)/i;

/** Class or id tokens of blocks that are page chrome, never article text. Author boxes ("About
 * the author", a bio and a photo) close many articles; text only for screen readers ("Image
 * caption", "Image copyright") is not what a reader sees. */
const CHROME_TOKEN =
  /(?:^|[\s_-])(?:ads?|adslot|ad-slot|advert\w*|adsbygoogle|sponsor\w*|promo\w*|newsletter\w*|subscribe|signup|share\w*|sharing|social\w*|read-?also|also-?read|read-?more|related\w*|recommend\w*|trending|popular|most-?read|outbrain|taboola|cookie\w*|consent|gdpr|paywall|comments?|tagcloud|post-tags|tags|breadcrumbs?|go-?to-?top|back-?to-?top|screen-reader-text|sr-only|off-?screen|visually-?hidden|author-?(?:bio|box|info|card|details|profile)|about-?(?:the-?)?author|post-author|bio-?box)(?:$|[\s_-])/i;

/** A chrome-looking block is removed only while it is this short, so that a whole article inside
 * a wrapper with an unlucky class name ("social-affairs-story") is never lost... */
const MAX_CHROME_TEXT = 400;
/** ...or while most of its text is links, or none of it is running text (a "trending" rail of
 * teaser cards: kickers and headlines), which an article's body never is. */
const MIN_CHROME_LINK_DENSITY = 0.5;
/** A paragraph this long, or a bare run of text this long, is running text. */
const MIN_RUNNING_PARAGRAPH = 100;
const MIN_RUNNING_TEXT_NODE = 150;

/** Site menus: never article text, and Readability keeps them when it falls back to a wide
 * container on a short article. */
const NAVIGATION = 'nav, [role="navigation"], [role="menubar"]';

/** Class tokens of image captions and credits (`figcaption` is found by its tag). */
const CAPTION_TOKEN = /(?:^|[\s_-])(?:caption|credits?|attribution|photo-?credit|image-?credit)(?:$|[\s_-])/i;
const MAX_CAPTION_TEXT = 400;

/** Short blocks whose text opens with one of these are boilerplate wherever they sit. */
const BOILERPLATE_LEAD = new RegExp(
  '^[\\[(]?(?:' +
    [
      'read also|also read|read more|related(?: articles| stories| posts| coverage)?|see also|recommended(?: for you)?',
      'more on this(?: story)?|you may also like|most read|trending now|back to top(?: button)?|advertisement',
      'sponsored content|sign up for our newsletter|share this (?:article|story)',
      // The same in the languages of the sites Lede meets most: "read also", "advertisement".
      'leggi anche|lee también|lea también|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leia também|veja também',
      'baca juga|zie ook|czytaj (?:też|także)|читайте также|pubblicità|publicité|publicidad|publicidade|anzeige|werbung',
      'iklan|reklama|advertentie|реклама',
    ].join('|') +
    ')(?![\\p{L}\\p{N}])',
  'iu',
);
const MAX_BOILERPLATE_TEXT = 200;
/** The longest phrase of BOILERPLATE_LEAD ("sign up for our newsletter") fits in this many
 * characters of a text's opening. */
const BOILERPLATE_OPENING = 60;

export function prepareDocument(doc: Document): void {
  keepMath(doc);
  keepEmbeds(doc);
  unwrapRunawayLinks(doc);
  restoreLazyImages(doc);
  removeChrome(doc);
}

/** A link holding this many paragraphs is no card or teaser: it is a link the page left open
 * (`<a href=/events>Events` with no `</a>`), which the HTML parser carries into every block after
 * it. Readability then scores the story as link text and drops what falls outside the link. */
const RUNAWAY_LINK_PARAGRAPHS = 3;

function unwrapRunawayLinks(doc: Document): void {
  // querySelectorAll, not getElementsByTagName: copying a live collection of 20,000 links takes
  // jsdom (the Node runner) 39 s, its static list 0.1 s.
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    if (!a.firstElementChild || a.querySelectorAll('p').length < RUNAWAY_LINK_PARAGRAPHS) continue;
    a.replaceWith(...Array.from(a.childNodes));
  }
}

function restoreLazyImages(doc: Document): void {
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
  for (const img of Array.from(doc.querySelectorAll('picture > img'))) giveSourceToImage(img);
}

/** A `<picture>` shows its `<source>`s only through its `<img>`, and Readability drops an `<img>`
 * without an address (the picture is then an empty box; the article has no lead image). Such an
 * `<img>`, or one with a stand-in, takes the first candidate of the picture's fallback source:
 * one for every screen and format (no `media`, no `type`), else one for every screen, else the
 * last. */
function giveSourceToImage(img: Element): void {
  const src = img.getAttribute('src');
  if ((src && !PLACEHOLDER_SRC.test(src)) || img.getAttribute('srcset')) return;
  const sources = Array.from(img.parentElement?.children ?? []).filter((el) => el.tagName === 'SOURCE' && el.getAttribute('srcset'));
  const fallback =
    sources.find((el) => !el.getAttribute('media') && !el.getAttribute('type')) ?? sources.find((el) => !el.getAttribute('media')) ?? sources[sources.length - 1];
  const url = fallback?.getAttribute('srcset')!.trim().split(/\s+/)[0]!.replace(/,+$/, '');
  if (url) img.setAttribute('src', url);
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

function holdsEmbed(el: Element): boolean {
  return el.hasAttribute(EMBED_ATTR) || !!el.querySelector(`[${EMBED_ATTR}]`);
}

function removeChrome(doc: Document): void {
  const body = doc.body;
  if (!body) return;
  for (const el of Array.from(body.querySelectorAll(NAVIGATION))) el.remove();
  // Document order, outer blocks first, as a browser's querySelectorAll gives (jsdom's does not
  // for attribute selectors): an outer block is judged with everything it holds. One walk does
  // both jobs of the class names: chrome goes, captions are marked.
  for (const el of elementsOf(body)) {
    if (!el.isConnected || (!el.hasAttribute('class') && !el.id)) continue;
    const tokens = classTokens(el);
    // An embedded post's wrapper ("social-embed") is no share bar: kept with the post.
    if (CHROME_TOKEN.test(tokens) && el.tagName !== 'ARTICLE' && el.tagName !== 'MAIN' && !holdsEmbed(el)) {
      const length = textLength(el);
      if (length <= MAX_CHROME_TEXT || linkDensity(el, { text: length }) >= MIN_CHROME_LINK_DENSITY || !hasRunningText(el)) {
        el.remove();
        continue;
      }
    }
    if (CAPTION_TOKEN.test(tokens)) markCaption(el);
  }
  removeBoilerplateLines(body);
}

const BOILERPLATE_TAGS = new Set(['P', 'DIV', 'SECTION', 'ASIDE', 'SPAN', 'STRONG', 'A', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Removes short blocks that open with a boilerplate phrase ("Read also: …", "Advertisement").
 * Found from the text that opens them, not by reading every block's text (quadratic on deep
 * pages); the outermost block that still is only the phrase (or the phrase and a link) goes.
 */
function removeBoilerplateLines(body: Element): void {
  const starts: Text[] = [];
  const walker = body.ownerDocument.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Only the opening words matter: no need to normalise a whole paragraph to test them.
    const opening = (node.nodeValue ?? '').trimStart().slice(0, BOILERPLATE_OPENING).replace(/\s+/g, ' ');
    if (opening && BOILERPLATE_LEAD.test(opening)) starts.push(node as Text);
  }
  for (const start of starts) {
    let remove: Element | null = null;
    for (let el = start.parentElement; el && el !== body; el = el.parentElement) {
      const text = normalize(el.textContent);
      if (text.length > MAX_BOILERPLATE_TEXT) break;
      if (!BOILERPLATE_TAGS.has(el.tagName) || !BOILERPLATE_LEAD.test(text)) continue;
      // "Read more" as the last words of a paragraph of text is not boilerplate: only a block
      // that is a link (or holds one) or is nothing but the phrase goes.
      if (el.tagName === 'A' || el.querySelector('a') || BOILERPLATE_LEAD.exec(text)?.[0].length === text.length) remove = el;
    }
    remove?.remove();
  }
}

/** Captions and credits outside a `<figcaption>` (`span.caption`, `p.wp-caption-text`,
 * `span.article__credit`): marked so the plain text can leave them out (see text.ts). */
function markCaption(el: Element): void {
  if (el.tagName === 'FIGURE' || el.querySelector('img, picture, video, iframe')) return; // the media, not its caption
  if (textLength(el) > MAX_CAPTION_TEXT) return;
  // The mark goes on the caption's own elements too: Readability replaces a wrapper holding one
  // paragraph by that paragraph, and a mark on the wrapper alone would be lost with it.
  el.setAttribute(CAPTION_ATTR, '');
  for (const inner of Array.from(el.querySelectorAll('*'))) inner.setAttribute(CAPTION_ATTR, '');
}

/** Every element under `root`, in document order. */
function elementsOf(root: Element | null): Element[] {
  if (!root) return [];
  const all: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) all.push(node as Element);
  return all;
}

/** Class names and id as words: `article__credit` and `emailSignup` as well as `share-bar`. */
function classTokens(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1-$2');
}

function hasRunningText(el: Element): boolean {
  for (const p of Array.from(el.querySelectorAll('p'))) if (textLength(p) >= MIN_RUNNING_PARAGRAPH) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (normalize(node.nodeValue).length >= MIN_RUNNING_TEXT_NODE) return true;
  }
  return false;
}

function firstAttr(el: Element, names: string[]): string | null {
  for (const name of names) {
    const value = el.getAttribute(name);
    if (value && value.trim()) return value.trim();
  }
  return null;
}
