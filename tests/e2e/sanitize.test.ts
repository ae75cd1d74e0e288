import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchLede, serveFixtures, type FixtureServer, type Lede } from './harness';
import { findProblems, WELL_FORMED, xssArticle } from './xss-page';

/**
 * The XSS payloads of the unit tests, in a real browser this time: all of them inside one news
 * article, read off the live page by the real content script (where, unlike jsdom, scripting is on
 * and `<noscript>` holds raw text) and rendered by the reader. Nothing dangerous may reach the
 * reader's DOM.
 */

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

    const problems = await body.evaluate(findProblems);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
    await reader.close();
    await source.close();
  });
});
