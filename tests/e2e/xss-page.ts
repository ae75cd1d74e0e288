import { PAYLOADS } from '../unit/sanitize/payloads';

/** Every way the rendered article body could still be dangerous (empty when it is safe): the one
 * checker of the unit tests, self-contained so that it can be passed to evaluate. */
export { findProblems } from '../unit/sanitize/find-problems';

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
