/**
 * Benchmark section "related-links" of `npm run bench` (issue #4): precision at 5 and recall of
 * findRelatedLinks on the hand-labelled pages of tests/fixtures/related-labels.json, and the time
 * harvest + ranking adds to extraction on every page of the extraction DEV set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { extractArticle } from '../../utils/extract';
import { extractKeyFacts } from '../../utils/key-facts';
import { findRelatedLinks, MAX_RELATED, pageIdentity } from '../../utils/related-links';
import { rejectReason } from '../../utils/related-links/filter';
import { harvestLinks } from '../../utils/related-links/harvest';
import { urlKey } from '../../utils/url';
import { parseHtml, withoutStyles } from '../lib/dom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEV = resolve(ROOT, '..', 'shared', 'bench', 'extraction-dev');
const LABELS = join(ROOT, 'tests', 'fixtures', 'related-labels.json');
const AT = 5;

type Labels = Record<string, { url: string; links: { url: string; text: string; related: boolean }[] }>;

interface PageRun {
  /** Ranked URL keys, Lede's order. */
  ranked: string[];
  /** Candidates that pass the filter, in page order: the baseline without ranking. */
  pageOrder: string[];
  extractMs: number;
  relatedMs: number;
}

function runPage(id: string, url: string): PageRun | null {
  let html = gunzipSync(readFileSync(join(DEV, 'html', `${id}.html.gz`))).toString('utf8');
  let doc = parseHtml(html, url);
  let start = cpuMs();
  let result;
  try {
    result = extractArticle(doc, url);
  } catch {
    html = withoutStyles(html); // as the extract runner does: jsdom trips on some pages' CSS
    doc = parseHtml(html, url);
    start = cpuMs();
    result = extractArticle(doc, url);
  }
  if (!result.ok) return null;
  const article = result.article;
  try {
    article.keyFacts = extractKeyFacts({ text: article.text, title: article.title, lang: article.lang });
  } catch {
    /* key facts are another section's business; ranking works without them */
  }
  const extracted = cpuMs();
  const links = findRelatedLinks(doc, article);
  const relatedMs = cpuMs() - extracted;

  const page = pageIdentity(article);
  const seen = new Set<string>();
  const pageOrder: string[] = [];
  for (const c of harvestLinks(doc, { url, text: article.text })) {
    if (seen.has(c.key) || rejectReason(c, page)) continue;
    seen.add(c.key);
    pageOrder.push(c.key);
  }
  return { ranked: links.map((l) => urlKey(l.url)), pageOrder: pageOrder.slice(0, MAX_RELATED), extractMs: extracted - start, relatedMs };
}

/** CPU time of this process, in ms: the machine is shared, so wall-clock time would measure the
 * neighbours too. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Score {
  precision: number[];
  recall: number[];
  empty: number;
  unlabelled: number;
}

function score(scores: Score, shown: string[], labels: Map<string, boolean>, relevant: number): void {
  const top = shown.slice(0, AT);
  if (top.length) scores.precision.push(top.filter((k) => labels.get(k)).length / top.length);
  else scores.empty++;
  scores.unlabelled += shown.filter((k) => !labels.has(k)).length;
  if (relevant) scores.recall.push(shown.filter((k) => labels.get(k)).length / relevant);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(): Promise<string> {
  if (!existsSync(DEV)) return `## related-links\n\nThe extraction DEV set is not at ${DEV}: nothing measured.`;
  const labels = JSON.parse(readFileSync(LABELS, 'utf8')) as Labels;
  const truth = JSON.parse(readFileSync(join(DEV, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;

  const lede: Score = { precision: [], recall: [], empty: 0, unlabelled: 0 };
  const baseline: Score = { precision: [], recall: [], empty: 0, unlabelled: 0 };
  const extractMs: number[] = [];
  const relatedMs: number[] = [];
  let labelled = 0;
  let relevantLinks = 0;
  for (const [id, { url }] of Object.entries(truth)) {
    const page = runPage(id, url);
    if (!page) continue;
    extractMs.push(page.extractMs);
    relatedMs.push(page.relatedMs);
    const label = labels[id];
    if (!label) continue;
    labelled++;
    const byKey = new Map(label.links.map((l) => [urlKey(l.url), l.related] as const));
    const relevant = [...byKey.values()].filter(Boolean).length;
    relevantLinks += relevant;
    score(lede, page.ranked, byKey, relevant);
    score(baseline, page.pageOrder, byKey, relevant);
  }

  const share = quantile(relatedMs, 0.5) / (quantile(extractMs, 0.5) || 1);
  const row = (name: string, s: Score) =>
    `| ${name} | ${pct(mean(s.precision))} | ${pct(mean(s.recall))} | ${s.empty} | ${s.unlabelled} |`;
  return [
    '## related-links',
    '',
    `Related links (up to ${MAX_RELATED}) on ${labelled} hand-labelled pages of the extraction DEV set ` +
      `(${relevantLinks} links labelled related), against the same filter without ranking (the first ${MAX_RELATED} ` +
      `surviving links in page order). Precision@${AT} is averaged over pages that show a link, recall over pages ` +
      'with a related link; a shown link that was never labelled counts as not related.',
    '',
    `| ranking | precision@${AT} | recall (top ${MAX_RELATED}) | pages with nothing shown | shown but unlabelled |`,
    '| --- | --- | --- | --- | --- |',
    row('Lede', lede),
    row('page order', baseline),
    '',
    `CPU time harvest + ranking adds to extraction (jsdom, Node), on all ${relatedMs.length} DEV pages read as articles:`,
    '',
    '| | median | p95 |',
    '| --- | --- | --- |',
    `| extraction (Readability + key facts) | ${ms(quantile(extractMs, 0.5))} | ${ms(quantile(extractMs, 0.95))} |`,
    `| related links (harvest + ranking) | ${ms(quantile(relatedMs, 0.5))} | ${ms(quantile(relatedMs, 0.95))} |`,
    '',
    `Related links add ${pct(share)} to the median extraction. Labels: every candidate the harvester collects on ` +
      'a page (page chrome such as menus, share and social buttons, checked and left out) was marked by hand, ' +
      'one page at a time, as "a link a reader of this article would want next" or not, judging from its title, ' +
      'URL and the article; store and product links, topic pages and translations of the same article were marked not related. ' +
      'The rules were tuned on these same pages: expect less on pages Lede has not seen.',
  ].join('\n');
}
