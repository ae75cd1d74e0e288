import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathologicalPages, STORY_FIRST, STORY_LAST } from '../../scripts/lib/pathological-pages';
import { setupLede } from './harness';

/**
 * The generated pathological pages at the sizes issue #11 names (100,000 elements, 5,000 levels,
 * a 5 MB paragraph (refused: too long), 2,000 images, 20,000 links, a frameset, an empty body, random bytes), read
 * in Chromium by the real content script from the reader: each shows the story whole or a plain
 * message, never a spinner left turning or a stack trace. Served from their own server: random
 * bytes go out as text/html with no charset, as a misconfigured server would send them.
 */
const suite = setupLede();
const pages = pathologicalPages(1);
let server: Server;
let origin = '';

beforeAll(async () => {
  const bodies = new Map(pages.map((p) => [`/${p.name}`, p.html()]));
  server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '');
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'text/html' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});

async function readerFor(name: string): Promise<Page> {
  const page = await suite.lede.context.newPage();
  await page.goto(`${origin}/${name}`, { waitUntil: 'domcontentloaded' });
  const tabId = await suite.lede.tabIdOf(page);
  const reader = await suite.lede.context.newPage();
  await reader.goto(suite.lede.extensionUrl(`reader.html?tab=${tabId}`));
  await reader.locator('[data-testid=not-article-message], [data-testid=article-body]').first().waitFor({ timeout: 240_000 });
  await page.close();
  return reader;
}

describe('generated pathological pages, in Chromium', () => {
  for (const page of pages.filter((p) => p.article)) {
    it(`${page.name} (${page.what}): the reader shows the story whole`, { timeout: 300_000 }, async () => {
      const reader = await readerFor(page.name);
      const text = (await reader.getByTestId('article-body').textContent()) ?? '';
      expect(text).toContain(STORY_FIRST);
      expect(text).toContain(STORY_LAST);
      await reader.close();
    });
  }

  const MESSAGES: Record<string, RegExp> = {
    frameset: /set of frames/,
    'empty-body': /no content to read/,
    'random-bytes': /not readable text/,
    'huge-paragraph': /far too long to be an article \(\d+ words; Lede reads up to 150000\)/,
  };
  for (const page of pages.filter((p) => !p.article)) {
    it(`${page.name} (${page.what}): a plain message`, { timeout: 300_000 }, async () => {
      const reader = await readerFor(page.name);
      const message = (await reader.getByTestId('not-article-message').textContent()) ?? '';
      expect(message).toMatch(MESSAGES[page.name]!);
      expect(message).not.toMatch(/Error:|at \w+ \(/);
      expect(await reader.getByTestId('loading').count()).toBe(0);
      await reader.close();
    });
  }
});
