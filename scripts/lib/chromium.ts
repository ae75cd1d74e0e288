/**
 * Runs extraction inside real Chromium for the benchmarks: the built extension's own content
 * script on pages served from 127.0.0.1, and bare Readability injected into the same pages.
 *
 * Timing is taken inside the page, so it is the script's own time, not the round trip to the
 * service worker: one `scripting.executeScript` call injects three files into the extension's
 * isolated world, one after the other in the same task: `bench/t0.js` notes `performance.now()`,
 * then the unchanged `content-scripts/content.js` (compiled and run: it reads the page as on a
 * toolbar click), then `bench/t1.js` returns the time since t0. The two stamp files are written
 * into a temporary copy of the build, never into the build itself.
 *
 * Bare Readability's text is taken twice: its `textContent`, and (untimed) its article written
 * out by Lede's own serializer, so the two extractors' texts can be compared as written alike.
 *
 * Pages run with their own scripts blocked (a `script-src` CSP header), as the benchmark's
 * snapshots were taken with JavaScript off, and every host but 127.0.0.1 fails to resolve, so
 * nothing leaves the machine.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { REPO_ROOT } from './devset';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGE_TIMEOUT_MS = 20_000;

export interface BrowserPage {
  id: string;
  html: string;
}

export interface BrowserResult {
  id: string;
  /** Lede's content script, compiled and run, in the page (ms). */
  ledeMs: number | null;
  /** `text` of the content script's article ('' when it found none). */
  ledeText: string;
  /** Readability.js evaluated, then `new Readability(document.cloneNode(true)).parse()` (ms). */
  readabilityMs: number | null;
  /** Bare Readability's `textContent`. */
  readabilityText: string;
  /** Bare Readability's article written out by Lede's serializer (`blockText`), as Lede's own
   * text is: the same parse again, untimed, its content as a node. */
  readabilityBlocks: string;
  error?: string;
}

interface ContentResult {
  ok: boolean;
  article?: { text?: string };
}

/** Headless Chromium on a profile folder of its own, with the built extension in `extensionDir`
 * loaded and nothing of the browser's own network. */
export function launchWithExtension(profileDir: string, extensionDir: string, extraArgs: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface HtmlServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  close(): Promise<void>;
}

/** Pages served on 127.0.0.1 only: `page(path)` is a path's HTML, or undefined for a 404. */
export async function serveHtml(page: (path: string) => string | undefined, headers: Record<string, string> = {}): Promise<HtmlServer> {
  const server = createServer((req, res) => {
    const html = page(new URL(req.url ?? '/', 'http://x').pathname);
    if (html === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

/** Chrome's id of the tab showing `url`, from the extension's service worker; null when none. */
export function tabIdOf(worker: Worker, url: string): Promise<number | null> {
  return worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? null, url);
}

/**
 * A script for the page that defines `__ledeBench.bareBlocks(Readability, doc)`: bare
 * Readability's article of `doc` through Lede's serializer (`blockText` of
 * utils/extract/text.ts, bundled from the source as the content script has it).
 */
async function bareBlocksScript(): Promise<string> {
  const bundled = await build({
    stdin: {
      contents:
        "import { blockText } from './utils/extract/text';\n" +
        'export function bareBlocks(R, doc) { const parsed = new R(doc, { serializer: (node) => node }).parse(); return parsed && parsed.content ? blockText(parsed.content) : ""; }\n',
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__ledeBench',
    write: false,
  });
  return bundled.outputFiles[0]!.text;
}

/** Lede (from the e2e Chrome build in `extensionDir`) and bare Readability on each page. */
export async function extractInChromium(pages: BrowserPage[], extensionDir: string): Promise<BrowserResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'lede-bench-'));
  const extension = join(work, 'extension');
  cpSync(extensionDir, extension, { recursive: true });
  mkdirSync(join(extension, 'bench'));
  writeFileSync(join(extension, 'bench', 't0.js'), 'globalThis.__ledeBenchStart = performance.now();\n');
  writeFileSync(join(extension, 'bench', 't1.js'), 'performance.now() - globalThis.__ledeBenchStart;\n');
  const readabilitySource = readFileSync(createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const blocksSource = await bareBlocksScript();

  const byPath = new Map(pages.map((page) => [`/${page.id}.html`, page.html]));
  // 'unsafe-eval' only so that the bench can evaluate Readability.js; the page's own scripts,
  // inline or not, do not run.
  const server = await serveHtml((path) => byPath.get(path), { 'content-security-policy': "script-src 'unsafe-eval'" });
  const { origin } = server;

  // Every host but 127.0.0.1 fails to resolve.
  const context = await launchWithExtension(join(work, 'profile'), extension, ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
  const results: BrowserResult[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const inject = (tabId: number, files: string[]) =>
      worker.evaluate(
        async ({ tabId, files }) => (await chrome.scripting.executeScript({ target: { tabId }, files }))[0]?.result,
        { tabId, files },
      );
    for (const { id } of pages) {
      const result: BrowserResult = { id, ledeMs: null, ledeText: '', readabilityMs: null, readabilityText: '', readabilityBlocks: '' };
      const page = await context.newPage();
      try {
        const url = `${origin}/${id}.html`;
        await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
        const tabId = await tabIdOf(worker, url);
        if (tabId === null) throw new Error(`the page left ${url} for ${page.url()}`);
        result.ledeMs = (await inject(tabId, ['bench/t0.js', 'content-scripts/content.js', 'bench/t1.js'])) as number;
        const read = (await inject(tabId, ['content-scripts/content.js'])) as ContentResult | undefined;
        result.ledeText = read?.ok ? (read.article?.text ?? '') : '';
        const bare = await page.evaluate(
          ({ source, blocks }) => {
            const start = performance.now();
            (0, eval)(source); // defines the global Readability, as a script tag would
            const Readability = (globalThis as unknown as { Readability: new (doc: Document) => { parse(): { textContent?: string } | null } }).Readability;
            const parsed = new Readability(document.cloneNode(true) as Document).parse();
            const ms = performance.now() - start;
            // Untimed: the same article again, written out as Lede writes its own.
            (0, eval)(blocks); // defines the global __ledeBench
            const bench = (globalThis as unknown as { __ledeBench: { bareBlocks(R: unknown, doc: Document): string } }).__ledeBench;
            return { ms, text: parsed?.textContent ?? '', blocks: bench.bareBlocks(Readability, document.cloneNode(true) as Document) };
          },
          { source: readabilitySource, blocks: blocksSource },
        );
        result.readabilityMs = bare.ms;
        result.readabilityText = bare.text;
        result.readabilityBlocks = bare.blocks;
      } catch (error) {
        result.error = (error as Error).message.split('\n')[0];
      } finally {
        await page.close();
      }
      results.push(result);
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  return results;
}
