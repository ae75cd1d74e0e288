import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { isShownPlayer } from './video-players';

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
 * - any URL that is not absolute http(s), in any URL attribute (`safeUrl`): links may also be
 *   `mailto:`. Images and media load from http(s) only, each `srcset` candidate checked on its own
 *   (`parseSrcset`); `data:` images are dropped too (in articles they are almost always lazy-load
 *   placeholders, which the extraction already swaps for the real image). URLs of the reader's
 *   own machine (loopback) are dropped everywhere, links included (issue #16).
 * Links that remain open in a new tab with `rel="noopener noreferrer"`; images and media are
 * asked for without a referrer; video players get a sandbox and only the origin as referrer
 * (YouTube refuses to play for no referrer at all).
 */


/**
 * What the URL parser strips from both ends of a URL before reading it (C0 controls and space,
 * https://url.spec.whatwg.org/#concept-basic-url-parser). Only this is trimmed: a no-break space
 * in front of `https://` makes a relative URL, which in the reader resolves to an extension page.
 */
const URL_PADDING = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const HTTP_URL = /^https?:\/\//i;
const MAILTO_URL = /^mailto:/i;

/**
 * Hosts of the reader's own machine, as the URL parser writes them (it turns `0x7f.1` and
 * `2130706433` into `127.0.0.1`). Chromium loads a loopback `srcset` candidate like any other
 * (issue #16), from the reader's extension origin, so an article could have the browser send
 * requests to local servers (a router's admin page, a dev server) that a public page may not
 * reach itself. A `src`, a `poster` or a link can do the same, so the rule is one for every URL:
 * loopback is dropped everywhere. The price: an article read from a server on the reader's own
 * machine loses its images and its local links in the reader (its text stays).
 * Beyond the 127.0.0.0/8, `localhost` and `[::1]`: `*.localhost` (Chromium resolves it to
 * loopback), `0.0.0.0` and `[::]` (they reach the local machine on Linux and macOS) and IPv4-mapped
 * loopback.
 */
const LOOPBACK_HOST = /^(?:(?:[^.]+\.)*localhost\.?|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1?\]|\[::ffff:(?:7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)\])$/i;

/**
 * Attributes that hold a URL, by local name (so `xlink:href` is `href`): each stays only with a
 * URL `safeUrl` lets through (mailto: too for href). Most of these are forbidden outright in the
 * config or sit on forbidden elements; the rule holds for them anyway, so that loosening the
 * config never lets a URL through unchecked. srcset is checked candidate by candidate.
 */
const URL_ATTRS = new Set([
  'href', 'src', 'poster', 'cite', 'action', 'formaction', 'background', 'data', 'codebase', 'lowsrc',
  'dynsrc', 'longdesc', 'manifest', 'icon',
]);
const SRCSET_ATTRS = new Set(['srcset', 'imagesrcset']);

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
    if (!isShownPlayer(el.getAttribute('src') ?? '')) el.parentNode?.removeChild(el);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    for (const attr of Array.from(el.attributes)) {
      const name = attr.localName.toLowerCase();
      let value: string | null = null;
      if (URL_ATTRS.has(name)) value = safeUrl(attr.value, { mailto: name === 'href' });
      else if (SRCSET_ATTRS.has(name)) value = safeSrcset(attr.value);
      else continue;
      if (value) attr.value = value;
      else el.removeAttributeNode(attr);
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
    // DOMPurify blanks `is` rather than removing it (an element's `is` value outlives the
    // attribute) and puts it back last; it goes after what this hook sets too, so that a second
    // pass gives the same attributes in the same order.
    if (el.hasAttribute('is')) {
      el.removeAttribute('is');
      el.setAttribute('is', '');
    }

  });
  purifier = purify;
  return purify;
}

/**
 * `url` as the reader may use it, or null: an absolute `http:`/`https:` URL (any case) whose host
 * is not the reader's own machine, or with `mailto`, a `mailto:` link. What the URL parser would
 * strip anyway is trimmed off, so the sanitized HTML says exactly what the browser will load.
 */
export function safeUrl(url: string, { mailto = false }: { mailto?: boolean } = {}): string | null {
  const trimmed = url.replace(URL_PADDING, '');
  if (mailto && MAILTO_URL.test(trimmed)) return trimmed;
  if (!HTTP_URL.test(trimmed)) return null;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return LOOPBACK_HOST.test(parsed.hostname) ? null : trimmed;
}

/** One image candidate of a `srcset`: its URL and its descriptors (`2x`, `800w`), if any. */
export interface SrcsetCandidate {
  url: string;
  descriptors: string[];
}

const SPACE = /[\t\n\f\r ]/; // ASCII whitespace, the only kind srcset knows
const VALID_INTEGER = /^\d+$/;
const VALID_FLOAT = /^-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The candidates of a `srcset` attribute, read the way the HTML standard has browsers read it
 * ("parse a srcset attribute", https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute):
 * a URL runs to the next whitespace (commas inside it are part of it) and loses the commas it ends
 * with; its descriptors run to the next comma outside parentheses. A candidate whose descriptors
 * a browser would reject (`2x 3x`, `0w`, `big`) is left out, as a browser leaves it out.
 */
export function parseSrcset(input: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let position = 0;
  const at = (i: number): string => input.charAt(i); // '' past the end
  for (;;) {
    // Splitting loop: skip whitespace and commas before a candidate.
    while (position < input.length && (SPACE.test(at(position)) || at(position) === ',')) position++;
    if (position >= input.length) return candidates;
    const start = position;
    while (position < input.length && !SPACE.test(at(position))) position++;
    let url = input.slice(start, position);
    const descriptors: string[] = [];
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      // Descriptor tokenizer.
      while (position < input.length && SPACE.test(at(position))) position++;
      let current = '';
      let state: 'in descriptor' | 'in parens' | 'after descriptor' = 'in descriptor';
      for (;;) {
        const c = at(position);
        if (state === 'in descriptor') {
          if (c !== '' && SPACE.test(c)) {
            if (current) descriptors.push(current);
            current = '';
            state = 'after descriptor';
          } else if (c === ',') {
            position++;
            if (current) descriptors.push(current);
            break;
          } else if (c === '(') {
            current += c;
            state = 'in parens';
          } else if (c === '') {
            if (current) descriptors.push(current);
            break;
          } else {
            current += c;
          }
        } else if (state === 'in parens') {
          if (c === ')') {
            current += c;
            state = 'in descriptor';
          } else if (c === '') {
            descriptors.push(current);
            break;
          } else {
            current += c;
          }
        } else if (c === '') {
          break;
        } else if (!SPACE.test(c)) {
          state = 'in descriptor';
          continue; // this character starts the next descriptor: read it again
        }
        position++;
      }
    }
    if (url && validDescriptors(descriptors)) candidates.push({ url, descriptors });
  }
}

/** The standard's descriptor parser: at most one width (or one density), a height only with a
 * width. */
function validDescriptors(descriptors: readonly string[]): boolean {
  let width = false;
  let density = false;
  let height = false;
  for (const descriptor of descriptors) {
    const value = descriptor.slice(0, -1);
    switch (descriptor.slice(-1)) {
      case 'w':
        if (width || density || !VALID_INTEGER.test(value) || Number(value) === 0) return false;
        width = true;
        break;
      case 'x':
        if (width || density || height || !VALID_FLOAT.test(value) || Number(value) < 0) return false;
        density = true;
        break;
      case 'h':
        if (height || density || !VALID_INTEGER.test(value) || Number(value) === 0) return false;
        height = true;
        break;
      default:
        return false;
    }
  }
  return !height || width;
}

/** Candidates written back as a `srcset`, which `parseSrcset` reads as the same candidates. */
export function serializeSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map(({ url, descriptors }) => [url, ...descriptors].join(' ')).join(', ');
}

/** A `srcset` with only the candidates whose URL `safeUrl` lets through, or '' when none is. */
function safeSrcset(srcset: string): string {
  const kept: SrcsetCandidate[] = [];
  for (const { url, descriptors } of parseSrcset(srcset)) {
    const safe = safeUrl(url);
    // Trimmed of a control character, a URL can end in a comma, which would end it earlier when
    // read again (and make its descriptor a URL of its own): such a rare URL is left out.
    if (safe && !safe.endsWith(',')) kept.push({ url: safe, descriptors });
  }
  return serializeSrcset(kept);
}

/**
 * DOMPurify parses the HTML it is given as a document of its own, with no doctype: in quirks mode,
 * where a `<table>` stays inside an open `<p>`. Lede's pages are in standards mode, where it closes
 * the `<p>`, so the tree DOMPurify checked was not the one the page built from its output (and a
 * second sanitizing gave other HTML). Given a doctype, it parses as the page does.
 */
const STANDARDS_MODE = '<!doctype html><body>';

/**
 * How many times the HTML may go through DOMPurify before its output is its own sanitized form.
 * One pass is not always enough: removing an element but keeping its content (a `<button>`
 * between two `<p>`s, a table that foster-parented an `<a>` into another) can leave a tree that no
 * HTML parses into, so the HTML written from it parses into another tree. Passes run until the
 * output comes back unchanged, so that the tree the reader builds is one the sanitizer has seen,
 * and sanitizing sanitized HTML (an import of an export) gives the same bytes. Most HTML comes
 * back unchanged from the second pass, which is then only a check; trees like those above take one
 * more (tests/unit/sanitize.test.tsx). Past the limit the last output, sanitized like every other,
 * is returned.
 */
const MAX_PASSES = 4;

function purifyOnce(html: string): string {
  // Text with no markup in it takes DOMPurify's shortcut, untouched.
  return getPurifier().sanitize(html.includes('<') ? STANDARDS_MODE + html : html, CONFIG) as string;
}

/** Article HTML made safe to render in an extension page. */
export function sanitizeHtml(html: string): string {
  let clean = purifyOnce(html);
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = purifyOnce(clean);
    if (again === clean) break;
    clean = again;
  }
  return clean;
}

/** A URL that may be shown as an image outside the article body (the lead image): http(s) only,
 * as inside it. */
export function safeImageUrl(url: string | null | undefined): string | null {
  return url ? safeUrl(url) : null;
}
