import { PAYLOADS } from '../unit/sanitize/payloads';

/**
 * The XSS payloads of the unit tests as one news article for the real browsers
 * (tests/e2e/sanitize.test.ts in Chromium, tests/e2e/firefox.test.ts in Firefox), and the check of
 * what reaches the reader.
 */

/** Payloads that would take the source page away before Lede reads it (a refresh to elsewhere). */
const NAVIGATES_AWAY = /^meta refresh/;
/** Payloads left open on purpose, which swallow what follows them: they go last. */
const SWALLOWS_THE_REST = /unclosed|mglyph style breakout|mtext form breakout/;

const PARAGRAPH =
  'The council met again on Thursday to hear from residents about the harbour plan, the flood defences and the future of the fish market on the south quay.';

const usable = PAYLOADS.filter(([name]) => !NAVIGATES_AWAY.test(name));
/** How many payloads come before the ones that swallow the rest of the page. */
export const WELL_FORMED = usable.filter(([name]) => !SWALLOWS_THE_REST.test(name)).length;

export function xssArticle(): string {
  const ordered = [...usable.filter(([n]) => !SWALLOWS_THE_REST.test(n)), ...usable.filter(([n]) => SWALLOWS_THE_REST.test(n))];
  const blocks = ordered.map(([name, html], i) => `<p>${PARAGRAPH} (${i + 1}: ${name.replace(/[<>&]/g, '')})</p>\n<div>${html}</div>`);
  // The page's own CSP keeps the payloads from running in the source tab: what matters here is
  // what reaches the reader. (Content scripts are not bound by the page's CSP.)
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'">
<title>Council hears residents on the harbour plan</title></head>
<body><article><h1>Council hears residents on the harbour plan</h1><p class="byline">By Ana Example</p>
<p>Canary: the first paragraph of the article, before any payload.</p>
${blocks.join('\n')}
</article></body></html>`;
}

/**
 * Every way the rendered article body could still be dangerous; empty when it is safe. Runs in
 * the browser (passed to evaluate), so it is self-contained.
 */
export function findProblems(root: Element): string[] {
  const found: string[] = [];
  const bad = /^(script|style|link|meta|base|form|input|button|textarea|select|object|embed|frame|frameset|noscript|template|svg|math|dialog|title|xmp)$/;
  const video = /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|www\.dailymotion\.com\/embed\/video\/)/;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${tag}> in ${el.namespaceURI}`);
    if (bad.test(tag)) found.push(`<${tag}>`);
    if (tag === 'iframe' && !video.test(el.getAttribute('src') ?? '')) found.push(`iframe ${el.getAttribute('src')}`);
    // Lede's own marks of the key sentences (utils/key-facts/highlight.ts), made after sanitizing;
    // a page's class attributes never survive it.
    const ledeMark = tag === 'mark' && /^(?:key-sentence|key-point-mark)(?: active)?$/.test(el.getAttribute('class') ?? '');
    for (const { name, value } of Array.from(el.attributes)) {
      if (/^on|^(style|class|id|name|srcdoc|action|formaction)$/.test(name) && !(ledeMark && name === 'class')) found.push(`${tag}[${name}]`);
      if (name === 'href' && !/^(https?:\/\/|mailto:)/i.test(value)) found.push(`${tag}[href=${value}]`);
      if (/^(src|poster|cite)$/.test(name) && !/^https?:\/\//i.test(value)) found.push(`${tag}[${name}=${value}]`);
    }
    if (el.hasAttribute('href') && (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer')) {
      found.push(`${tag}[href] without target=_blank rel=noopener noreferrer`);
    }
  }
  return found;
}
