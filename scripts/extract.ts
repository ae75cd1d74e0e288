/**
 * Corpus runner: `npm run --silent extract -- [--out FILE] PATH...`
 * Runs Lede's own readPage() on .html / .html.gz files (or folders of them) under jsdom and
 * writes one JSON line per file. One bad file never stops the run.
 */
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { readPage } from '../utils/read-page';
import { guessUrl, parseHtml, withoutStyles } from './lib/dom';

function listFiles(path: string): string[] {
  if (statSync(path).isDirectory()) {
    return readdirSync(path)
      .sort()
      .flatMap((name) => listFiles(join(path, name)))
      .filter((file) => /\.html?(\.gz)?$/i.test(file));
  }
  return [path];
}

/** File signatures of what is sometimes saved as .html but is not a page. */
const NOT_HTML: [RegExp, string][] = [
  [/^%PDF-/, 'a PDF'],
  [/^\x89PNG/, 'a PNG image'],
  [/^GIF8/, 'a GIF image'],
  [/^\xff\xd8\xff/, 'a JPEG image'],
  [/^PK\x03\x04/, 'a ZIP archive'],
  [/^\x1f\x8b/, 'gzip data (name it .html.gz)'],
];

/** The page's HTML, from an .html or .html.gz file; throws with a plain reason when the file is
 * not HTML (a PDF, an image, binary data) or the gzip stream is broken. */
export function readHtml(file: string): string {
  const raw = readFileSync(file);
  const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
  const head = bytes.subarray(0, 1024).toString('latin1');
  for (const [signature, kind] of NOT_HTML) if (signature.test(head)) throw new Error(`not HTML: the file is ${kind}`);
  if (head.includes('\0')) throw new Error('not HTML: the file holds binary data');
  return bytes.toString('utf8');
}

/** readPage on the HTML, timed from the string to the result. jsdom has thrown on some pages'
 * inline CSS when Readability reads `element.style` (jsdom#2084, jsdom#3663): then the page is
 * read again without its styles. `parse` is replaceable for tests. */
export function runOne(html: string, url: string, parse: (html: string, url: string) => Document = parseHtml) {
  const start = performance.now();
  let result;
  try {
    result = readPage(parse(html, url), url);
  } catch {
    result = readPage(parse(withoutStyles(html), url), url);
  }
  return { result, ms: performance.now() - start };
}

export function main(argv: string[]): void {
  let out: NodeJS.WritableStream = process.stdout;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = createWriteStream(argv[++i] ?? 'extract.jsonl');
    else paths.push(argv[i]!);
  }
  if (!paths.length) {
    process.stderr.write('usage: npm run --silent extract -- [--out FILE] PATH...\n');
    process.exitCode = 2;
    return;
  }
  for (const path of paths) {
    let files: string[];
    try {
      files = listFiles(path);
    } catch (error) {
      out.write(JSON.stringify({ file: path, ok: false, error: String((error as Error).message) }) + '\n');
      continue;
    }
    for (const file of files) out.write(JSON.stringify(lineFor(file)) + '\n');
  }
  if (out !== process.stdout) out.end();
}

/** The JSON line for one file; never throws. */
export function lineFor(file: string): Record<string, unknown> {
  let html: string;
  try {
    html = readHtml(file);
  } catch (error) {
    return { file, ok: false, error: `cannot read: ${(error as Error).message}` };
  }
  try {
    const { result, ms } = runOne(html, guessUrl(html, file));
    if (!result.ok) return { file, ok: false, reason: result.message, reasonCode: result.reason };
    const { url: _url, ...article } = result.article;
    return { file, ok: true, ...article, ms: Math.round(ms * 100) / 100 };
  } catch (error) {
    return { file, ok: false, error: `cannot parse: ${(error as Error).message}` };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
