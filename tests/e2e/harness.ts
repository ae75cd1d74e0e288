import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { TEST_ERRORS_KEY, type TestError } from '../../utils/test-errors';

// From this file's URL, not __dirname: scripts (npm run screenshots) load it as an ES module too.
export const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const OUT = resolve(ROOT, process.env.LEDE_OUT ?? '.output');
export const CHROME_BUILD = join(OUT, 'chrome-mv3-e2e');
export const FIREFOX_BUILD = join(OUT, 'firefox-mv2-e2e');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 (never another interface). */
export async function serveFixtures(root = FIXTURES): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

export interface Lede {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** An extension page, e.g. `popup.html?tab=3`. */
  extensionUrl(path: string): string;
  /** Chrome's id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/** Chromium with the e2e build of Lede loaded, in a fresh profile. */
export async function launchLede(profileDir?: string): Promise<Lede> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error('run `npm run build:e2e` first');
  const userDataDir = profileDir ?? mkdtempSync(join(tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path}`,
    async tabIdOf(page) {
      const url = page.url();
      // An extension page asks for its own tab: some Chromium builds (150) give the worker no
      // `url` for extension tabs without the `tabs` permission.
      if (url.startsWith('chrome-extension://')) {
        const own = await page.evaluate(async () => (await chrome.tabs.getCurrent())?.id ?? null);
        if (own !== null) return own;
      }
      const id = await worker.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab for ${url}`);
      return id;
    },
    async close() {
      await context.close();
      if (!profileDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Evaluates `expression` in an extension view that Playwright does not attach to (the side
 * panel), through raw CDP from `page`, and polls until `accept(value)`.
 */
export async function evaluateInTarget<T>(
  page: Page,
  urlPart: string,
  expression: string,
  accept: (value: T) => boolean = (value) => !!value,
  timeoutMs = 15_000,
): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  const deadline = Date.now() + timeoutMs;
  let sessionId: string | undefined;
  while (!sessionId) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.url.includes(urlPart));
    if (target) sessionId = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })).sessionId;
    else if (Date.now() > deadline) throw new Error(`no target ${urlPart} in ${targetInfos.map((t) => t.url).join(' ')}`);
    else await new Promise((r) => setTimeout(r, 200));
  }
  let nextId = 1;
  const evaluate = (): Promise<T> =>
    new Promise((resolvePromise) => {
      const id = nextId++;
      const onMessage = (event: { sessionId?: string; message: string }) => {
        if (event.sessionId !== sessionId) return;
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: T } } };
        if (message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget', onMessage);
        resolvePromise(message.result?.result?.value as T);
      };
      cdp.on('Target.receivedMessageFromTarget', onMessage);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId: sessionId!,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }),
      });
    });
  for (;;) {
    const value = await evaluate();
    if (accept(value) || Date.now() > deadline) {
      await cdp.detach();
      return value;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Runs in an extension page or the worker (`evaluate(takeRecordedErrors, TEST_ERRORS_KEY)`):
 * the errors the e2e build's recorder (utils/test-errors.ts) stored since the last call, which it
 * clears. Self-contained, as it is serialized into the browser.
 */
export async function takeRecordedErrors(key: string): Promise<TestError[]> {
  const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
  const stored = (await api.storage.local.get(key)) as Record<string, TestError[] | undefined>;
  await api.storage.local.remove(key);
  return stored[key] ?? [];
}

/** Throws, listing them, when Lede's pages or worker recorded an error. */
export function assertNoRecordedErrors(errors: readonly TestError[]): void {
  if (!errors.length) return;
  const lines = errors.map((e) => `[${e.context}] ${e.message}\n    in ${e.url}${e.stack ? `\n    ${e.stack.split('\n').join('\n    ')}` : ''}`);
  throw new Error(`Lede's extension pages or background recorded ${errors.length} error(s):\n${lines.join('\n')}`);
}

/** The errors Chromium's Lede recorded since the last call (read through the worker). */
export function takeLedeErrors(lede: Lede): Promise<TestError[]> {
  return lede.worker.evaluate(takeRecordedErrors, TEST_ERRORS_KEY);
}

/**
 * Fails each test after which one of these Ledes recorded an error in an extension page or its
 * worker (issue #16): the console of every page is not watched, the e2e build stores them.
 */
export function failOnLedeErrors(ledes: () => readonly (Lede | undefined)[]): void {
  afterEach(async () => {
    for (const lede of ledes()) if (lede) assertNoRecordedErrors(await takeLedeErrors(lede));
  });
}

export interface LedeSuite {
  readonly server: FixtureServer;
  readonly lede: Lede;
  /** A fixture page in a new tab, and that tab's id. */
  openFixture(path: string): Promise<{ page: Page; tabId: number }>;
}

/** One fixture server and one Chromium with Lede for a test file: up before its first test,
 * closed after its last. */
export function setupLede(): LedeSuite {
  let server: FixtureServer | undefined;
  let lede: Lede | undefined;
  beforeAll(async () => {
    server = await serveFixtures();
    lede = await launchLede();
  });
  failOnLedeErrors(() => [lede]);
  afterAll(async () => {
    await lede?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the fixture server is not up yet');
      return server;
    },
    get lede() {
      if (!lede) throw new Error('Chromium is not up yet');
      return lede;
    },
    async openFixture(path) {
      const page = await this.lede.context.newPage();
      await page.goto(this.server.url(path));
      return { page, tabId: await this.lede.tabIdOf(page) };
    },
  };
}
