/**
 * Readability's own 130 test pages (tests/fixtures/readability-pages, Apache-2.0, see its README):
 * each page's source, the article HTML Readability is expected to produce and its metadata. A
 * regression corpus for Lede's extraction (issue #11): where Lede's text drops what the expected
 * article keeps, the loss must be boilerplate that can be named, never body text. Read by the
 * corpus test (tests/unit/readability-pages/) and the bench.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { blockText, normalize } from '../../utils/extract/text';
import { parseHtml } from './dom';

/** The corpus's folder under the repository's root. The caller names the root: the tests know it
 * by their own fixtures folder, the bench by its own path. */
export const readabilityPagesDir = (root: string) => join(root, 'tests', 'fixtures', 'readability-pages', 'pages');
/** The URL Readability's tests give every page; relative links resolve against it. */
export const CORPUS_URL = 'http://fakehost/test/page.html';

export interface ExpectedMetadata {
  title: string | null;
  byline: string | null;
  dir: string | null;
  lang: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /** What `isProbablyReaderable` should say of the page. */
  readerable: boolean;
}

export interface CorpusPage {
  id: string;
  source: string;
  expected: ExpectedMetadata;
  /** The expected article's text, written as Lede writes its own (`blockText`): blocks apart,
   * captions and media left out, so the two compare. */
  expectedText: string;
}

/** The ids of the corpus's pages, in order. */
export function corpusIds(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

export function loadCorpusPage(id: string, dir: string): CorpusPage {
  const read = (name: string) => readFileSync(join(dir, id, name));
  const expectedHtml = gunzipSync(read('expected.html.gz')).toString('utf8');
  const doc = parseHtml(`<!doctype html><body>${expectedHtml}</body>`, CORPUS_URL);
  const expectedText = blockText(doc.body);
  doc.defaultView?.close();
  return {
    id,
    source: gunzipSync(read('source.html.gz')).toString('utf8'),
    expected: JSON.parse(read('expected-metadata.json').toString('utf8')) as ExpectedMetadata,
    expectedText,
  };
}

/** Lede shows a byline without its "By" ("Par", "Von"…): Readability keeps it. Compared without
 * it, case aside. */
const BY_PREFIX = /^(?:by|par|von|por|di|door|przez)\s+/i;
const fold = (text: string | null | undefined) => normalize(text).replace(BY_PREFIX, '').toLowerCase();

export function sameByline(got: string | null, want: string | null): boolean {
  // Spacing aside too: Readability glues a name to the next span ("Lucas Nolan22 Dec 2016"), Lede
  // keeps them apart.
  return fold(got).replace(/\s+/g, '') === fold(want).replace(/\s+/g, '');
}

export function sameTitle(got: string | null, want: string | null): boolean {
  return normalize(got).toLowerCase() === normalize(want).toLowerCase();
}
