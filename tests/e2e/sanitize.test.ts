import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYLOADS } from '../unit/sanitize/payloads';
import { launchLede, serveFixtures, type FixtureServer, type Lede } from './harness';

/**
 * The XSS payloads of the unit tests, in a real browser this time: all of them inside one news
 * article, read off the live page by the real content script (where, unlike jsdom, scripting is on
 * and `<noscript>` holds raw text) and rendered by the reader. Nothing dangerous may reach the
 * reader's DOM.
 */

/** Payloads that would take the source page away before Lede reads it (a refresh to elsewhere). */
const NAVIGATES_AWAY = /^meta refresh/;
/** Payloads left open on purpose, which swallow what follows them: they go last. */
const SWALLOWS_THE_REST = /unclosed|mglyph style breakout|mtext form breakout/;

const PARAGRAPH =
  'The council met again on Thursday to hear from residents about the harbour plan, the flood defences and the future of the fish market on the south quay.';

const usable = PAYLOADS.filter(([name]) => !NAVIGATES_AWAY.test(name));
/** How many payloads come before the ones that swallow the rest of the page. */
const WELL_FORMED = usable.filter(([name]) => !SWALLOWS_THE_REST.test(name)).length;

function xssArticle(): string {
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

let dir: string;
let server: FixtureServer;
let lede: Lede;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-xss-'));
  writeFileSync(join(dir, 'xss-article.html'), xssArticle());
  server = await serveFixtures(dir);
  lede = await launchLede();
});

afterAll(async () => {
  await lede?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('XSS payloads in an article, in Chromium', () => {
  it('reach the reader as harmless HTML', async () => {
    const source = await lede.context.newPage();
    source.on('dialog', (dialog) => void dialog.dismiss());
    await source.goto(server.url('xss-article.html'), { waitUntil: 'domcontentloaded' });
    const tabId = await lede.tabIdOf(source);

    const reader = await lede.context.newPage();
    const dialogs: string[] = [];
    reader.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // (The reader's console does log CSP reports of inline handlers: Chrome reports each handler
    // attribute it meets while DOMPurify parses the dirty HTML in its inert document, before the
    // attribute is removed. They are not a sign of anything reaching the page; the DOM check is.)
    await reader.goto(lede.extensionUrl(`reader.html?tab=${tabId}`));
    const body = reader.getByTestId('article-body');
    await body.waitFor();
    const text = (await body.textContent()) ?? '';
    expect(text).toContain('Canary: the first paragraph of the article');
    expect(text, 'the article reached the reader whole, every payload with it').toContain(`(${WELL_FORMED}: `);

    const problems = await body.evaluate((root) => {
      const found: string[] = [];
      const bad = /^(script|style|link|meta|base|form|input|button|textarea|select|object|embed|frame|frameset|noscript|template|svg|math|dialog|title|xmp)$/;
      const video = /^https:\/\/(?:www\.youtube(?:-nocookie)?\.com\/embed\/|player\.vimeo\.com\/video\/|www\.dailymotion\.com\/embed\/video\/)/;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const tag = el.localName;
        if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') found.push(`<${tag}> in ${el.namespaceURI}`);
        if (bad.test(tag)) found.push(`<${tag}>`);
        if (tag === 'iframe' && !video.test(el.getAttribute('src') ?? '')) found.push(`iframe ${el.getAttribute('src')}`);
        for (const { name, value } of Array.from(el.attributes)) {
          if (/^on|^(style|class|id|name|srcdoc|action|formaction)$/.test(name)) found.push(`${tag}[${name}]`);
          if (name === 'href' && !/^(https?:\/\/|mailto:)/i.test(value)) found.push(`${tag}[href=${value}]`);
          if (/^(src|poster|cite)$/.test(name) && !/^https?:\/\//i.test(value)) found.push(`${tag}[${name}=${value}]`);
        }
        if (el.hasAttribute('href') && (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer')) {
          found.push(`${tag}[href] without target=_blank rel=noopener noreferrer`);
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await reader.close();
    await source.close();
  });
});
