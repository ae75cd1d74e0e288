/**
 * Benchmark section "extraction" of `npm run bench`: quality and speed of Lede's extraction
 * against bare Readability on the Article Extraction Benchmark's DEV set, in Node and in Chromium,
 * and jsdom against linkedom as the Node runner's parser. Returns markdown.
 */
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/extract';
import { blockText } from '../../utils/extract/text';
import { chromeBuild } from '../lib/build';
import { extractInChromium, type BrowserResult } from '../lib/chromium';
import { DEV_SET_DIR, devHalf, loadDevSet, type DevPage } from '../lib/devset';
import { parseHtml, withoutStyles } from '../lib/dom';
import { scorePage, totals, type PageScore, type Totals } from '../lib/shingles';
import { formatMs, median, percentile } from '../lib/stats';

/** Pages extracted before timing starts, so the first timed pages don't pay for the JIT. */
const WARM_UP_PAGES = 3;
/** linkedom replaces jsdom in the runner only if it is faster and as close to Chromium: its F1
 * against the browser's text at most this much below jsdom's, and its text differing from the
 * browser's on at most one page more. The runner stands in for the extension in outside checks,
 * so what it writes must be what the extension shows. */
const MAX_AGREEMENT_LOSS = 0.002;
const MAX_EXTRA_DIFFERING_PAGES = 1;

interface NodeRun {
  ledeText: string;
  ledeMs: number;
  readability: BareTexts;
  readabilityMs: number;
  linkedomText: string;
  linkedomMs: number;
}

export async function run(): Promise<string> {
  const pages = loadDevSet();
  if (!pages) {
    return `## Extraction\n\nNot measured: the DEV set is not on this machine (looked in \`${DEV_SET_DIR}\`).`;
  }
  for (const page of pages.slice(0, WARM_UP_PAGES)) runInNode(page);
  const node = pages.map(runInNode);

  let browser: BrowserResult[] | null = null;
  let browserNote = '';
  try {
    browser = await extractInChromium(pages, chromeBuild('e2e'));
    const failed = browser.filter((r) => r.error);
    if (failed.length) browserNote = ` ${failed.length} page(s) failed in Chromium (${failed[0]!.error}).`;
  } catch (error) {
    browserNote = ` Chromium not measured: ${(error as Error).message.split('\n')[0]}.`;
  }
  return report(pages, node, browser, browserNote);
}

/** Bare Readability's article of one page, written out three ways. */
interface BareTexts {
  /** Its `textContent`: what bare Readability gives. */
  raw: string;
  /** Through Lede's serializer (`blockText`), as Lede's own `text` is written: blocks apart,
   * figure captions and media text left out. */
  blocks: string;
  /** Through Lede's serializer with its figure rules off (figures and captions read as plain
   * blocks): how much of the serializer's gain is blocks written apart, how much captions. */
  blocksWithFigures: string;
}

/**
 * One page in Node, each extractor timed from the HTML string to its result, parsing included:
 * Lede on jsdom, bare Readability on a jsdom document of its own (it changes the document it
 * reads), Lede on linkedom. Bare Readability's texts, for quality, come from Lede's document after
 * Lede is done with it (Lede never changes it): the same document for both, as the metric wants.
 */
function runInNode(page: DevPage): NodeRun {
  let start = performance.now();
  const doc = parseJsdom(page);
  const ledeText = ledeTextOf(doc, page.url);
  const ledeMs = performance.now() - start;
  const readability = readabilityTextsOf(doc);
  doc.defaultView?.close();

  start = performance.now();
  const own = parseJsdom(page);
  try {
    new Readability(own).parse();
  } catch {
    /* timed all the same */
  }
  const readabilityMs = performance.now() - start;
  own.defaultView?.close();

  start = performance.now();
  const linkedomText = ledeTextOf(parseHTML(page.html).document as unknown as Document, page.url);
  const linkedomMs = performance.now() - start;
  return { ledeText, ledeMs, readability, readabilityMs, linkedomText, linkedomMs };
}

/** One parse: Readability's `textContent` is its article element's, whatever the serializer, so
 * taking the element itself gives both the raw text and the element to serialize. */
function readabilityTextsOf(doc: Document): BareTexts {
  try {
    const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    const content = parsed?.content as Element | null | undefined;
    if (!parsed || !content) return { raw: '', blocks: '', blocksWithFigures: '' };
    return { raw: parsed.textContent ?? '', blocks: blockText(content), blocksWithFigures: blockText(figuresAsBlocks(content)) };
  } catch {
    return { raw: '', blocks: '', blocksWithFigures: '' };
  }
}

/** A copy of `content` with every `<figure>` and `<figcaption>` a `<div>`, so that `blockText`
 * reads them as running text. */
function figuresAsBlocks(content: Element): Element {
  const copy = content.cloneNode(true) as Element;
  for (const el of Array.from(copy.querySelectorAll('figure, figcaption'))) {
    const div = copy.ownerDocument.createElement('div');
    while (el.firstChild) div.appendChild(el.firstChild);
    el.replaceWith(div);
  }
  return copy;
}

/** As the corpus runner parses: jsdom, retried without styles when its CSS parser throws. */
function parseJsdom(page: DevPage): Document {
  try {
    return parseHtml(page.html, page.url);
  } catch {
    return parseHtml(withoutStyles(page.html), page.url);
  }
}

function ledeTextOf(doc: Document, url: string): string {
  try {
    const result = extractArticle(doc, url);
    return result.ok ? result.article.text : '';
  } catch {
    return '';
  }
}

function report(pages: DevPage[], node: NodeRun[], browser: BrowserResult[] | null, browserNote: string): string {
  const score = (texts: string[]): Totals => totals(pages.map((page, i) => scorePage(page.truth, texts[i]!)));
  const lede = score(node.map((r) => r.ledeText));
  const raw = score(node.map((r) => r.readability.raw));
  const blocks = score(node.map((r) => r.readability.blocks));
  const withFigures = score(node.map((r) => r.readability.blocksWithFigures));
  const rows = [
    qualityRow("Lede (`text` of extractArticle: Lede's serializer), Node + jsdom", lede),
    qualityRow("bare Readability, through Lede's serializer (`blockText` of its article), Node + jsdom", blocks),
    qualityRow('bare Readability, raw `textContent`, Node + jsdom', raw),
    qualityRow("bare Readability, Lede's serializer with its figure rules off (captions kept), Node + jsdom", withFigures),
  ];
  if (browser) {
    rows.push(qualityRow('Lede content script, Chromium', score(browser.map((r) => r.ledeText))));
    rows.push(qualityRow("bare Readability, through Lede's serializer, Chromium", score(browser.map((r) => r.readabilityBlocks))));
    rows.push(qualityRow('bare Readability, raw `textContent`, Chromium', score(browser.map((r) => r.readabilityText))));
  }
  const fair =
    lede.f1 >= blocks.f1
      ? `Lede scores ${signed(lede.f1 - blocks.f1)} F1 over bare Readability`
      : `**Lede scores below bare Readability (${signed(lede.f1 - blocks.f1)} F1)**`;
  const verdict =
    `Written out alike, both through Lede's serializer (\`blockText\`), ${fair}: the fair comparison (the first two rows; in Chromium, its first two). ` +
    `Against bare Readability's raw \`textContent\` the gap is ${signed(lede.f1 - raw.f1)}, but ${signed(blocks.f1 - raw.f1)} of that is only how the text is written out, ` +
    `the same for both extractors: the serializer leaves figure captions and media text out (${signed(blocks.f1 - withFigures.f1)}) and writes blocks apart where \`textContent\` glues them ` +
    `(${signed(withFigures.f1 - raw.f1)}).`;

  const timeRow = (name: string, nodeMs: number[], browserMs: (number | null)[] | null) => {
    const inBrowser = (browserMs ?? []).filter((ms): ms is number => ms !== null);
    return `| ${name} | ${formatMs(median(nodeMs))} | ${formatMs(percentile(nodeMs, 95))} | ${formatMs(median(inBrowser))} | ${formatMs(percentile(inBrowser, 95))} |`;
  };

  const lines = [
    '## Extraction',
    '',
    `Quality on the ${pages.length} pages of the Article Extraction Benchmark's DEV set (\`../shared/bench/extraction-dev\`), with its metric: ` +
      '4-token shingles of the article text (tokens `/[\\p{L}\\p{N}_]+/gu`), per-page tp/fp/fn normalised, precision and recall averaged over pages, ' +
      'F1 = 2PR/(P+R); accuracy is the share of pages whose token sequence matches the truth exactly. ' +
      `${verdict}`,
    '',
    '| extractor | precision | recall | F1 | accuracy |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    ...halvesSection(pages, node),
    '',
    `Time per page in ms, median and p95 over the same pages. Node: HTML string to result, parsing included (jsdom), after ${WARM_UP_PAGES} warm-up pages; ` +
      'Lede is `extractArticle`, bare Readability is `new Readability(doc).parse()`. Chromium: each page served on 127.0.0.1 with its own scripts blocked, ' +
      "timed inside the page: Lede's built content script (`readPage`: extraction, key facts and related links) compiled and run in its isolated world; " +
      `bare Readability is Readability.js evaluated, then \`new Readability(document.cloneNode(true)).parse()\`.${browserNote}`,
    '',
    '| extractor | Node median | Node p95 | Chromium median | Chromium p95 |',
    '| --- | ---: | ---: | ---: | ---: |',
    timeRow('Lede', node.map((r) => r.ledeMs), browser?.map((r) => r.ledeMs) ?? null),
    timeRow('bare Readability', node.map((r) => r.readabilityMs), browser?.map((r) => r.readabilityMs) ?? null),
    '',
    ...parserSection(node, browser),
  ];
  return lines.join('\n');
}

/** Lede and bare Readability on each half of the DEV set (scripts/lib/devset.ts `devHalf`). */
function halvesSection(pages: DevPage[], node: NodeRun[]): string[] {
  const rows: string[] = [];
  for (const half of ['tune', 'report'] as const) {
    const at = pages.flatMap((page, i) => (devHalf(page.id) === half ? [i] : []));
    const score = (text: (r: NodeRun) => string) => totals(at.map((i) => scorePage(pages[i]!.truth, text(node[i]!))));
    rows.push(qualityRow(`Lede, ${half} half (${at.length} pages)`, score((r) => r.ledeText)));
    rows.push(qualityRow(`bare Readability (Lede's serializer), ${half} half`, score((r) => r.readability.blocks)));
  }
  return [
    "The same by half of the set (a page's half is the first hex digit of its id, 0-7 or 8-f): the rules of issue #11 were written from the tune half's pages and the issue's findings, and the report half shows what they do on pages they were not written from.",
    '',
    '| extractor | precision | recall | F1 | accuracy |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

function parserSection(node: NodeRun[], browser: BrowserResult[] | null): string[] {
  const agreement = (texts: string[]): { f1: number; same: number } | null => {
    if (!browser) return null;
    const scores: PageScore[] = [];
    for (const [i, result] of browser.entries()) {
      if (result.error) continue;
      scores.push(scorePage(result.ledeText, texts[i]!));
    }
    const t = totals(scores);
    return { f1: t.f1, same: scores.filter((s) => s.exact).length };
  };
  const jsdom = { ms: node.map((r) => r.ledeMs), agree: agreement(node.map((r) => r.ledeText)) };
  const linkedom = { ms: node.map((r) => r.linkedomMs), agree: agreement(node.map((r) => r.linkedomText)) };
  const compared = browser?.filter((r) => !r.error).length ?? 0;
  const row = (name: string, p: typeof jsdom) =>
    `| ${name} | ${formatMs(median(p.ms))} | ${formatMs(percentile(p.ms, 95))} | ${p.agree ? p.agree.f1.toFixed(3) : '–'} | ${p.agree ? `${p.agree.same}/${compared}` : '–'} |`;

  const faster = median(linkedom.ms) < median(jsdom.ms);
  const close =
    jsdom.agree && linkedom.agree
      ? linkedom.agree.f1 >= jsdom.agree.f1 - MAX_AGREEMENT_LOSS && linkedom.agree.same >= jsdom.agree.same - MAX_EXTRA_DIFFERING_PAGES
      : false;
  const reasons = [
    faster ? null : 'linkedom is not faster',
    close
      ? null
      : `linkedom's text is further from Chromium's (it differs on ${compared - (linkedom.agree?.same ?? 0)} of ${compared} pages, jsdom's on ${compared - (jsdom.agree?.same ?? 0)})`,
  ].filter(Boolean);
  const verdict =
    faster && close
      ? 'linkedom is faster and as close to Chromium, so it would do for the text; but it gives a document no URL, so Readability cannot make relative links absolute in the HTML.'
      : `The runner keeps jsdom: ${reasons.join(', and ')}; linkedom also gives a document no URL, so Readability cannot make relative links absolute.`;
  return [
    `Node parser for the corpus runner: Lede's extraction (HTML string to result) under each parser, and how far its text is from the content script's in Chromium on the same page (F1 of the shingles with Chromium's text as the reference; pages with identical token sequences). ${verdict}`,
    '',
    '| parser | median ms | p95 ms | F1 vs Chromium | identical pages |',
    '| --- | ---: | ---: | ---: | ---: |',
    row('jsdom', jsdom),
    row('linkedom', linkedom),
  ];
}

function qualityRow(name: string, t: Totals): string {
  return `| ${name} | ${t.precision.toFixed(3)} | ${t.recall.toFixed(3)} | ${t.f1.toFixed(3)} | ${t.accuracy.toFixed(3)} |`;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : '−'}${Math.abs(x).toFixed(3)}`;
}

// `tsx scripts/bench/extraction.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
