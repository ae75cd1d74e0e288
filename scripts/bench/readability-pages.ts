/**
 * Benchmark section "readability-pages" of `npm run bench` (issue #11): Lede against bare
 * Readability 0.6 on Readability's own 130 test pages, compared with the article and metadata
 * Readability is expected to give (tests/fixtures/readability-pages). Pages read as articles,
 * titles and bylines off, and the share of the expected text's 4-word shingles kept (recall: the
 * corpus says what must not be lost; what Lede leaves out on purpose is listed, page by page, in
 * tests/unit/readability-pages/expectations.ts). Returns markdown.
 */
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../utils/extract';
import { blockText, normalize } from '../../utils/extract/text';
import { REPO_ROOT } from '../lib/devset';
import { readRetryingStyles } from '../lib/dom';
import { CORPUS_URL, corpusIds, loadCorpusPage, readabilityPagesDir, sameByline, sameTitle, type CorpusPage } from '../lib/readability-pages';
import { precisionOf, recallOf, scorePage } from '../lib/shingles';

interface Reading {
  ok: boolean;
  title: string | null;
  byline: string | null;
  text: string;
}

/** Under this recall a page is counted as losing text. */
const LOSING = [0.99, 0.95];

export async function run(): Promise<string> {
  const dir = readabilityPagesDir(REPO_ROOT);
  const pages = corpusIds(dir).map((id) => loadCorpusPage(id, dir));
  if (!pages.length) return `## Readability's test pages\n\nNot measured: no pages in \`${dir}\`.`;
  const lede = pages.map(readWithLede);
  const bare = pages.map(readWithReadability);
  const row = (name: string, readings: Reading[]) => {
    const scores = pages.map((page, i) => scorePage(page.expectedText, readings[i]!.text));
    const recalls = scores.map(recallOf);
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const read = readings.filter((r) => r.ok).length;
    const titlesOff = pages.filter((page, i) => readings[i]!.ok && !sameTitle(readings[i]!.title, page.expected.title)).length;
    const withByline = pages.filter((page) => page.expected.byline).length;
    const bylinesOff = pages.filter((page, i) => page.expected.byline && readings[i]!.ok && !sameByline(readings[i]!.byline, page.expected.byline)).length;
    const readIdx = readings.map((r, i) => (r.ok ? i : -1)).filter((i) => i >= 0);
    return `| ${name} | ${read} of ${pages.length} | ${titlesOff} | ${bylinesOff} of ${withByline} | ${mean(recalls).toFixed(4)} | ${mean(readIdx.map((i) => recalls[i]!)).toFixed(4)} | ${mean(readIdx.map((i) => precisionOf(scores[i]!))).toFixed(4)} | ${LOSING.map((l) => readIdx.filter((i) => recalls[i]! < l).length).join(' / ')} |`;
  };
  return [
    "## Readability's test pages",
    '',
    `Readability's own ${pages.length} test pages against the article and metadata each is expected to give (a newer Readability than the 0.6 both run here wrote some of them). ` +
      'Texts written out alike (`blockText`), 4-word shingles as in the extraction section. Titles and bylines are compared case aside, a leading "By" aside, and bylines spacing aside. ' +
      'A page not read as an article counts as recall 0 in "recall, all pages".',
    '',
    '| extractor | read as articles | titles off | bylines off | recall, all pages | recall, pages read | precision, pages read | pages read under 0.99 / 0.95 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    row('Lede (`extractArticle`)', lede),
    row('bare Readability 0.6', bare),
  ].join('\n');
}

function readWithLede(page: CorpusPage): Reading {
  return readRetryingStyles(page.source, CORPUS_URL, (doc) => {
    const result = extractArticle(doc, CORPUS_URL);
    return result.ok
      ? { ok: true, title: result.article.title, byline: result.article.byline, text: result.article.text }
      : { ok: false, title: null, byline: null, text: '' };
  });
}

function readWithReadability(page: CorpusPage): Reading {
  return readRetryingStyles(page.source, CORPUS_URL, (doc) => {
    const parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
    const content = parsed?.content as Element | null | undefined;
    if (!parsed || !content) return { ok: false, title: null, byline: null, text: '' };
    return { ok: true, title: normalize(parsed.title), byline: parsed.byline ?? null, text: blockText(content) };
  });
}
