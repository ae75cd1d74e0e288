/**
 * Key facts of plain-text articles: `npm run --silent facts -- IN.jsonl [MORE.jsonl ...]`
 * Reads lines `{"id", "title"?, "lang"?, "text"}` and writes `{"id", "keyFacts"}` lines to stdout,
 * with the very function the extension runs (issue #3). A bad line gets an `{"id"?, "line",
 * "error"}` line in its place and the run goes on; the exit code is 1 if any line was bad.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { extractKeyFacts } from '../utils/key-facts';

export interface FactsLine {
  id?: unknown;
  title?: unknown;
  lang?: unknown;
  text?: unknown;
}

/** One output line for one input line. */
export function factsFor(line: string, lineNumber: number): { ok: boolean; out: Record<string, unknown> } {
  let input: FactsLine;
  try {
    input = JSON.parse(line) as FactsLine;
  } catch (error) {
    return { ok: false, out: { line: lineNumber, error: `not JSON: ${(error as Error).message}` } };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, out: { line: lineNumber, error: 'expected an object {"id", "title"?, "text"}' } };
  }
  const id = input.id ?? null;
  if (typeof input.text !== 'string') {
    return { ok: false, out: { id, line: lineNumber, error: '"text" is missing or not a string' } };
  }
  const title = typeof input.title === 'string' ? input.title : null;
  const lang = typeof input.lang === 'string' ? input.lang : null;
  return { ok: true, out: { id, keyFacts: extractKeyFacts({ text: input.text, title, lang }) } };
}

async function main(paths: string[]): Promise<void> {
  if (!paths.length) {
    process.stderr.write('usage: npm run --silent facts -- IN.jsonl [MORE.jsonl ...]   (lines {"id", "title"?, "text"})\n');
    process.exitCode = 2;
    return;
  }
  for (const path of paths) {
    const stream = createReadStream(path, 'utf8');
    const failed = await new Promise<boolean>((resolve) => {
      stream.on('error', (error) => {
        process.stderr.write(`facts: cannot read ${path}: ${error.message}\n`);
        resolve(true);
      });
      stream.on('open', async () => {
        let bad = false;
        let n = 0;
        for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
          n++;
          if (!line.trim()) continue;
          const { ok, out } = factsFor(line, n);
          if (!ok) {
            bad = true;
            process.stderr.write(`facts: ${path}:${n}: ${String(out.error)}\n`);
          }
          process.stdout.write(JSON.stringify(out) + '\n');
        }
        resolve(bad);
      });
    });
    if (failed) process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main(process.argv.slice(2));
