/**
 * Pages built to break an extractor (scripts/lib/pathological-pages.ts, issue #11): what Lede
 * does with each (reads the story, or refuses with which reason) and what it costs, in the Node
 * runner (jsdom) and in Chromium (the built content script, beside bare Readability).
 */
import { chromeBuild } from '../lib/build';
import { extractInChromium, type BrowserResult } from '../lib/chromium';
import { runOne } from '../extract';
import { pathologicalPages, STORY_FIRST, STORY_LAST } from '../lib/pathological-pages';
import { formatMs } from '../lib/stats';

interface NodeOutcome {
  outcome: string;
  ms: number;
}

function inNode(html: string): NodeOutcome {
  try {
    const { result, ms } = runOne(html, 'https://bench.example/page');
    if (!result.ok) return { outcome: `refused: ${result.reason}`, ms };
    const whole = result.article.text.includes(STORY_FIRST) && result.article.text.includes(STORY_LAST);
    return { outcome: `${whole ? 'story read whole' : 'story NOT whole'} (${result.article.wordCount.toLocaleString('en')} words)`, ms };
  } catch (error) {
    return { outcome: `threw: ${(error as Error).message.split('\n')[0]}`, ms: NaN };
  }
}

export async function run(): Promise<string> {
  const pages = pathologicalPages(1);
  const html = new Map(pages.map((page) => [page.name, page.html()]));
  // Random bytes are read as the runner reads a file (utf-8) and served to Chromium by the e2e test only.
  const text = (name: string) => {
    const body = html.get(name)!;
    return typeof body === 'string' ? body : new TextDecoder().decode(body);
  };
  const node = new Map(pages.map((page) => [page.name, inNode(text(page.name))]));
  let browser: Map<string, BrowserResult> | null = null;
  let note = '';
  try {
    const served = pages.filter((page) => typeof html.get(page.name) === 'string').map((page) => ({ id: page.name, html: html.get(page.name) as string }));
    browser = new Map((await extractInChromium(served, chromeBuild('e2e'))).map((r) => [r.id, r]));
  } catch (error) {
    note = ` Chromium not measured: ${(error as Error).message.split('\n')[0]}.`;
  }
  const cell = (ms: number | null | undefined) => (ms === null || ms === undefined || Number.isNaN(ms) ? '–' : formatMs(ms));
  const rows = pages.map((page) => {
    const n = node.get(page.name)!;
    const b = browser?.get(page.name);
    const size = (html.get(page.name)!.length / 1024).toFixed(0);
    return `| ${page.name} | ${page.what} | ${size} | ${n.outcome} | ${cell(n.ms)} | ${b?.error ? `error: ${b.error}` : cell(b?.ledeMs)} | ${cell(b?.readabilityMs)} |`;
  });
  return [
    '## Pages built to break an extractor',
    '',
    "Generated pages (scripts/lib/pathological-pages.ts), each read once. Node: the corpus runner's `runOne` (jsdom parse, extraction, key facts, related links). " +
      `Chromium: the built content script in the page, and bare Readability on a clone of the same page, as in the extraction section; random bytes are served to Chromium by the end-to-end test only.${note}`,
    '',
    '| page | what | KiB | outcome (Node) | Node ms | Chromium Lede ms | Chromium bare Readability ms |',
    '| --- | --- | ---: | --- | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

// `tsx scripts/bench/pathological.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
