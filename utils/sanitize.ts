import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';

/**
 * The one road from article HTML to a page. Article HTML comes from an untrusted page and has
 * crossed a message boundary, so it is sanitized here, at the sink, with one config, and only
 * `components/ArticleBody.tsx` renders the result. Readability's own clean-up is not a security
 * boundary: every rule below holds for raw page HTML too (tests/unit/sanitize.test.tsx).
 *
 * What survives: the HTML of an article (headings, paragraphs, lists, quotes, figures and captions,
 * images with srcset, pictures, tables, pre/code, inline markup, `lang`/`dir`), and iframes of a
 * short list of video players. What never does:
 * - scripts, event handlers, SVG and MathML (no namespace-confusion tricks);
 * - `<style>`, `<link>`, `style` and `class` attributes: the page can't restyle the reader, draw an
 *   overlay or borrow Lede's own classes to fake its UI;
 * - forms and their controls, `<meta>`, `<base>`, `<object>`, `<embed>`, `<template>`,
 *   `<noscript>` (parsed one way here and another in the live page: the mutation-XSS classic),
 *   `<dialog>` and popovers;
 * - `id` and `name` (DOM clobbering); with ids gone, `#fragment` links lead nowhere and lose
 *   their href;
 * - any URL that is not http(s): links may also be `mailto:`. Images and media load from http(s)
 *   only; `data:` images are dropped too (in articles they are almost always lazy-load
 *   placeholders, which the extraction already swaps for the real image).
 * Links that remain open in a new tab with `rel="noopener noreferrer"`; images and media are
 * asked for without a referrer; video players get a sandbox and only the origin as referrer
 * (YouTube refuses to play for no referrer at all).
 */

/** Video embeds allowed on purpose: the players of the big video hosts, over https. */
const ALLOWED_IFRAME_SRC =
  /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|www\.dailymotion\.com\/embed\/video\/)[\w-]+(?:[?#][^\s"'<>]*)?$/;

const HTTP_URL = /^https?:\/\//i;
const LINK_URL = /^(?:https?:\/\/|mailto:)/i;

/** Attributes that hold a URL, on any element: each stays only with an http(s) URL (mailto: too
 * for href). srcset is checked candidate by candidate. */
const URL_ATTRS = ['href', 'src', 'poster', 'cite'] as const;

/** Attributes the hook below sets itself. */
const SET_ATTRS = ['target', 'rel', 'sandbox', 'referrerpolicy', 'loading'] as const;

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  ADD_TAGS: ['iframe'],
  ADD_ATTR: ['allowfullscreen'],
  FORBID_TAGS: [
    'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'option',
    'optgroup', 'datalist', 'output', 'object', 'embed', 'applet', 'frame', 'frameset', 'noscript',
    'noembed', 'noframes', 'template', 'dialog', 'portal', 'marquee',
  ],
  FORBID_ATTR: [
    'style', 'class', 'id', 'name', 'action', 'formaction', 'srcdoc', 'ping', 'background',
    'longdesc', 'download', 'autoplay', 'popover', 'popovertarget', 'popovertargetaction', 'target',
    'usemap', 'nonce', 'xmlns',
  ],
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  RETURN_TRUSTED_TYPE: false,
};

let purifier: Purifier | null = null;

/** A DOMPurify instance of Lede's own, so these hooks never leak into another user of it. */
function getPurifier(): Purifier {
  if (purifier) return purifier;
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'iframe') return;
    const el = node as Element;
    if (!ALLOWED_IFRAME_SRC.test((el.getAttribute('src') ?? '').trim())) el.parentNode?.removeChild(el);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    for (const name of URL_ATTRS) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      const ok = name === 'href' ? LINK_URL.test(value.trim()) : HTTP_URL.test(value.trim());
      if (!ok) el.removeAttribute(name);
    }
    if (el.hasAttribute('srcset')) {
      const srcset = safeSrcset(el.getAttribute('srcset')!);
      if (srcset) el.setAttribute('srcset', srcset);
      else el.removeAttribute('srcset');
    }
    // An image the article gives no text for is decoration to a screen reader, not a file name
    // to read out (issue #10: axe's "image-alt").
    if (tag === 'img' && !el.hasAttribute('alt')) el.setAttribute('alt', '');
    // Attributes Lede sets are removed first and set again in one order, so that sanitizing
    // sanitized HTML (an import of an export) gives back the same bytes.
    for (const name of SET_ATTRS) el.removeAttribute(name);
    if (el.hasAttribute('href')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer');
    }
    if (tag === 'iframe') {
      el.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation');
      el.setAttribute('referrerpolicy', 'strict-origin');
      el.setAttribute('loading', 'lazy');
    } else if (tag === 'img' || tag === 'video' || tag === 'audio' || tag === 'source') {
      el.setAttribute('referrerpolicy', 'no-referrer');
    }

  });
  purifier = purify;
  return purify;
}

/** Keeps the candidates of a srcset whose URL is http(s): `url [descriptor], …`. */
function safeSrcset(srcset: string): string {
  return srcset
    .split(/,\s+|,(?=https?:)/i)
    .map((candidate) => candidate.trim())
    .filter((candidate) => HTTP_URL.test(candidate))
    .join(', ');
}

/** Article HTML made safe to render in an extension page. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, CONFIG) as string;
}

/** A URL that may be shown as an image outside the article body (the lead image): http(s) only,
 * as inside it. */
export function safeImageUrl(url: string | null | undefined): string | null {
  return url && HTTP_URL.test(url.trim()) ? url.trim() : null;
}
