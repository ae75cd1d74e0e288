/**
 * The XSS check of sanitized article HTML, one for every test: the unit tests (jsdom), the
 * property tests, DOMPurify's payload suite, and the e2e tests, which pass it to the browser
 * (Playwright's `evaluate`, puppeteer's `$eval`). That is why it is one self-contained function:
 * the browser gets its source text, so it may use nothing from outside its own body (no imports,
 * no module constants, no helpers).
 *
 * It is written apart from utils/sanitize.ts on purpose, and checks more than the sanitizer's
 * config says, so that a pass means something. It checks the tree under `root`, and then the tree
 * the browser builds when the HTML is parsed once more (serialized and parsed again, in a
 * `<template>` of the same document and by a fresh `DOMParser`): that is where mutation XSS shows.
 *
 * Returns one line per problem; an empty list is safe.
 */
export function findProblems(root: Element): string[] {
  const XHTML = 'http://www.w3.org/1999/xhtml';
  const FORBIDDEN_TAGS = new Set([
    'script', 'style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select',
    'option', 'optgroup', 'datalist', 'output', 'object', 'embed', 'applet', 'frame', 'frameset',
    'noscript', 'noembed', 'noframes', 'template', 'svg', 'math', 'dialog', 'title', 'xmp',
    'plaintext', 'listing', 'isindex', 'param', 'portal', 'marquee', 'foreignobject', 'annotation-xml',
  ]);
  const FORBIDDEN_ATTRS = new Set([
    'style', 'class', 'id', 'name', 'srcdoc', 'action', 'formaction', 'background', 'ping', 'popover', 'popovertarget', 'popovertargetaction',
    'xmlns', 'nonce', 'usemap', 'download', 'autofocus',
  ]);
  /** Attributes (by local name) that must hold an absolute http(s) URL off the local machine. */
  const URL_ATTRS = new Set([
    'href', 'src', 'poster', 'cite', 'action', 'formaction', 'background', 'data', 'codebase',
    'lowsrc', 'dynsrc', 'longdesc', 'manifest', 'icon',
  ]);
  const VIDEO_PLAYER = /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|www\.dailymotion\.com\/embed\/video\/)[\w-]+(?:[?#]|$)/;
  const LOOPBACK = /^(?:(?:[^.]+\.)*localhost\.?|127(?:\.\d+){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:(?:7f[0-9a-f]{2}:[0-9a-f]{1,4}|0:0)\])$/i;
  /** Lede's own marks of the key sentences (utils/key-facts/highlight.ts), made after sanitizing:
   * a page's class and data- attributes never survive it. */
  const LEDE_MARK_CLASS = /^(?:key-sentence|key-point-mark)(?: active)?$/;
  const LEDE_MARK_ATTRS = new Set(['class', 'data-point', 'data-testid']);

  /** Why `value` may not stand in a URL attribute, or '' when it may. */
  const badUrl = (value: string, mailto: boolean): string => {
    if (mailto && /^mailto:/i.test(value)) return '';
    if (!/^https?:\/\//i.test(value)) return 'not http(s)';
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return 'not a URL';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `protocol ${url.protocol}`;
    return LOOPBACK.test(url.hostname) ? `loopback ${url.hostname}` : '';
  };

  /** The URLs of a srcset's candidates, split as the HTML standard splits them (a URL runs to the
   * next whitespace and loses its trailing commas; its descriptors run to the next comma outside
   * parentheses). Unlike a browser, it keeps candidates with invalid descriptors: stricter. */
  const srcsetUrls = (srcset: string): string[] => {
    const urls: string[] = [];
    const space = /[\t\n\f\r ]/;
    let i = 0;
    while (i < srcset.length) {
      while (i < srcset.length && (space.test(srcset.charAt(i)) || srcset.charAt(i) === ',')) i++;
      if (i >= srcset.length) break;
      const start = i;
      while (i < srcset.length && !space.test(srcset.charAt(i))) i++;
      const url = srcset.slice(start, i);
      urls.push(url.replace(/,+$/, ''));
      if (url.endsWith(',')) continue;
      let parens = false;
      while (i < srcset.length) {
        const c = srcset.charAt(i++);
        if (c === '(') parens = true;
        else if (c === ')') parens = false;
        else if (c === ',' && !parens) break;
      }
    }
    return urls;
  };

  const check = (top: Element | DocumentFragment, where: string): string[] => {
    const found: string[] = [];
    const say = (problem: string) => found.push(where + problem);
    // A tree walker, not querySelectorAll: jsdom keeps a selector engine alive for every document
    // queried, and this runs on two fresh documents per call, thousands of times in the unit tests.
    const elements: Element[] = [];
    const walker = top.ownerDocument.createTreeWalker(top, 1 /* NodeFilter.SHOW_ELEMENT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) elements.push(node as Element);
    for (const el of elements) {
      const tag = el.localName;
      if (el.namespaceURI !== XHTML) say(`<${tag}> in ${el.namespaceURI}`);
      if (FORBIDDEN_TAGS.has(tag.toLowerCase())) say(`<${tag}>`);
      if (tag === 'iframe' && !VIDEO_PLAYER.test(el.getAttribute('src') ?? '')) say(`iframe ${el.getAttribute('src')}`);
      const ledeMark = tag === 'mark' && LEDE_MARK_CLASS.test(el.getAttribute('class') ?? '');
      for (const attr of Array.from(el.attributes)) {
        const { name, value } = attr;
        const local = attr.localName.toLowerCase();
        if (ledeMark && LEDE_MARK_ATTRS.has(name)) continue;
        if (/^on/i.test(local)) say(`${tag}[${name}]`);
        else if (FORBIDDEN_ATTRS.has(local)) say(`${tag}[${name}]`);
        else if (/^data-/i.test(local)) say(`${tag}[${name}]`);
        else if (name.includes(':') || attr.namespaceURI !== null) say(`${tag}[${name}] (namespaced)`);
        // DOMPurify blanks `is` rather than removing it (an element's `is` can't be undone): harmless.
        if (local === 'is' && value !== '') say(`${tag}[is=${value}]`);
        if (local === 'target' && !el.hasAttribute('href')) say(`${tag}[target] without href`);
        if (URL_ATTRS.has(local)) {
          const why = badUrl(value, local === 'href');
          if (why) say(`${tag}[${name}=${value}]: ${why}`);
        }
        if (local === 'srcset' || local === 'imagesrcset') {
          for (const url of srcsetUrls(value)) {
            const why = badUrl(url, false);
            if (why) say(`${tag}[${name}] candidate ${url}: ${why}`);
          }
        }
      }
      if (el.hasAttribute('href')) {
        if (el.getAttribute('target') !== '_blank') say(`${tag} with href but target=${el.getAttribute('target')}`);
        if (el.getAttribute('rel') !== 'noopener noreferrer') say(`${tag} with href but rel=${el.getAttribute('rel')}`);
      }
    }
    return found;
  };

  const html = root.innerHTML;
  const doc = root.ownerDocument;
  // Parsed again as the live page would (a template parses with the document's scripting flag, so
  // `<noscript>` holds raw text where scripting is on), but inert: nothing in it loads or runs.
  const template = doc.createElement('template');
  template.innerHTML = html;
  // And by a parser with scripting off, as another context (an export opened elsewhere) reads it.
  const Parser = doc.defaultView?.DOMParser ?? DOMParser;
  const fresh = new Parser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return [
    ...check(root, ''),
    ...check(template.content, 'after re-parse: '),
    ...check(fresh.body, 'after a fresh parse: '),
  ];
}
