/**
 * Corpus runner: `npm run --silent extract -- [--out FILE] PATH...`
 * Runs Lede's own readPage() on .html / .html.gz files (or folders of them) under jsdom and
 * writes one JSON line per file. One bad file never stops the run.
 */
import { createWriteStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

export function readHtml(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

export function runOne(html: string, url: string) {
  const start = performance.now();
  let result;
  try {
    result = readPage(parseHtml(html, url), url);
  } catch {
    result = readPage(parseHtml(withoutStyles(html), url), url);
  }
  return { result, ms: performance.now() - start };
}

function main(argv: string[]): void {
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

function lineFor(file: string): Record<string, unknown> {
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

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
