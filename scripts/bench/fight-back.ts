/**
 * What issue #12's steps cost on pages that have none of their features (the extraction
 * benchmark's DEV pages: no shadow roots, math, embedded posts or next pages, or very few), in
 * Chromium: each step bundled from the source as the content script has it, run in the page on
 * a copy of it, and timed there. Issue #12 asks that they cost nothing measurable on such pages.
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { serveHtml } from '../lib/chromium';
import { loadDevSet, REPO_ROOT } from '../lib/devset';
import { formatMs, percentile } from '../lib/stats';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The steps, as `name: [what it is, code run on a copy \`doc\` of the page]`. */
const STEPS = {
  math: ['looking for math (`keepMath`)', 'keepMath(doc)'],
  embeds: ['looking for embedded posts (`keepEmbeds`)', 'keepEmbeds(doc)'],
  prepare: ['for scale: the whole preparation of the copy (`prepareDocument`: math, embeds, lazy images and `<picture>` sources, chrome removal)', 'prepareDocument(doc)'],
  next: ['looking for a next page (`nextPageUrl`)', 'nextPageUrl(doc, location.href, 1, new Set())'],
  shadow: ['looking for open shadow roots (`withShadowContent`)', 'withShadowContent(doc)'],
} as const;

async function probeScript(): Promise<string> {
  const calls = Object.entries(STEPS)
    .map(([name, [, code]]) => `  { const doc = document.cloneNode(true); const t = performance.now(); ${code}; out.${name} = performance.now() - t; }`)
    .join('\n');
  const bundled = await build({
    stdin: {
      contents: [
        "import { withShadowContent } from './utils/extract/shadow-content';",
        "import { keepMath } from './utils/extract/math';",
        "import { keepEmbeds } from './utils/extract/embeds';",
        "import { prepareDocument } from './utils/extract/prepare';",
        "import { nextPageUrl } from './utils/next-pages';",
        'export function time() {',
        '  const out = {};',
        // withShadowContent reads the live page (it copies only when it finds roots)
        calls.replace('{ const doc = document.cloneNode(true); const t = performance.now(); withShadowContent(doc)', '{ const doc = document; const t = performance.now(); withShadowContent(doc)'),
        '  return out;',
        '}',
      ].join('\n'),
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    globalName: '__ledeFightBack',
    write: false,
    // next-pages imports the i18n helper, whose `browser` is the extension's: never called here.
    plugins: [
      {
        name: 'no-extension-api',
        setup(b) {
          b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const browser = {};', loader: 'js' }));
        },
      },
    ],
    logLevel: 'silent',
  });
  return bundled.outputFiles[0]!.text;
}

export async function run(): Promise<string> {
  const pages = loadDevSet();
  if (!pages) return '## Issue #12 on pages without its features\n\nThe DEV set is not on this machine.';
  const source = await probeScript();
  const byPath = new Map(pages.map((p) => [`/${p.id}.html`, p.html]));
  const server = await serveHtml((path) => byPath.get(path), { 'content-security-policy': "script-src 'unsafe-eval'" });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(STEPS).map((k) => [k, []]));
  let failed = 0;
  try {
    for (const { id } of pages) {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.origin}/${id}.html`, { waitUntil: 'load', timeout: 20_000 });
        const out = await page.evaluate((code) => {
          (0, eval)(code);
          const bench = (globalThis as unknown as { __ledeFightBack: { time(): Record<string, number> } }).__ledeFightBack;
          bench.time(); // untimed: whichever step ran first would pay for compiling the code
          return bench.time();
        }, source);
        for (const [name, ms] of Object.entries(out)) times[name]!.push(ms);
      } catch {
        failed++;
      } finally {
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const rows = Object.entries(STEPS).map(([name, [what]]) => `| ${what} | ${formatMs(percentile(times[name]!, 50))} | ${formatMs(percentile(times[name]!, 95))} |`);
  return [
    '## Issue #12 on pages without its features, in Chromium',
    '',
    `Each step of issue #12 timed alone in Chromium on the ${pages.length - failed} DEV pages (none has shadow roots, math, embedded posts or a next page), on a copy of the live page, median and p95 in ms, after one untimed run of all of them on the same page (else the first step timed pays for compiling the code, whichever it is: 3-5 ms).${failed ? ` ${failed} page(s) failed to load.` : ''} The picked block costs one \`storage.local\` read in the content script (no pick: nothing else).`,
    '',
    '| step | median ms | p95 ms |',
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}
