/**
 * Benchmark section "key-facts" of `npm run bench` (issue #3): quality of the key points (ROUGE
 * against newsroom highlights, beside the first-three-sentences baseline), speed on ~1,000-word
 * articles, and the bytes the feature adds to the extension.
 *
 * The evaluation data stays outside the repository: `../shared/bench` relative to the repo root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { extractArticle } from '../../utils/extract';
import { extractKeyFacts } from '../../utils/key-facts';
import { splitSentences } from '../../utils/key-facts/sentences';
import { parseHtml } from '../lib/dom';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = resolve(ROOT, '..', 'shared', 'bench');
const DEV_SET = join(SHARED, 'keyfacts-dev', 'cnndm-dev50.jsonl');
const ROUGE = join(SHARED, 'rouge.mjs');

interface DevRow {
  id: string;
  article: string;
  highlights: string[];
}
interface Prf {
  p: number;
  r: number;
  f: number;
}
type Scores = Record<'rouge1' | 'rouge2' | 'rougeL' | 'rougeLsum', Prf>;
interface Rouge {
  corpusScore(pairs: [string[], string[]][]): Scores;
  splitSentences(text: string): string[];
}

export async function run(): Promise<string> {
  const parts = ['## key-facts', ''];
  parts.push(await quality());
  parts.push(speed());
  parts.push(await bytes());
  return parts.join('\n');
}

function readDevSet(): DevRow[] | null {
  if (!existsSync(DEV_SET) || !existsSync(ROUGE)) return null;
  return readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DevRow);
}

export async function quality(): Promise<string> {
  const rows = readDevSet();
  if (!rows) return `Quality: not measured: the dev set is missing (looked for ${DEV_SET} and ${ROUGE}).\n`;
  const rouge = (await import(pathToFileURL(ROUGE).href)) as Rouge;
  const systems: [string, (row: DevRow) => string[]][] = [
    ['First three sentences (rouge.mjs splitter)', (row) => rouge.splitSentences(row.article).slice(0, 3)],
    ['First three sentences (Lede splitter)', (row) => splitSentences(row.article).slice(0, 3).map((s) => s.text)],
    ['Lede key points', (row) => extractKeyFacts({ text: row.article }).keyPoints],
  ];
  const lines = [
    `Quality: ROUGE F1 (×100, stemmed, \`rouge.mjs\`) of three sentences against the newsroom highlights, ${rows.length} CNN/DailyMail test articles (\`keyfacts-dev\`, no headlines given, so the title signal is idle).`,
    '',
    '| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |',
    '| --- | ---: | ---: | ---: |',
  ];
  for (const [name, summarize] of systems) {
    const s = rouge.corpusScore(rows.map((row) => [row.highlights, summarize(row)]));
    const f = (x: Prf) => (100 * x.f).toFixed(1);
    lines.push(`| ${name} | ${f(s.rouge1)} | ${f(s.rouge2)} | ${f(s.rougeLsum)} |`);
  }
  return lines.join('\n') + '\n';
}

/** Texts of about 1,000 words: the seed page's article, and dev-set articles run together. */
function thousandWordTexts(): { text: string; title: string | null }[] {
  const texts: { text: string; title: string | null }[] = [];
  const seedHtml = readFileSync(join(ROOT, 'tests', 'fixtures', 'news-page.html'), 'utf8');
  const url = 'https://dailyledger.example/news/';
  const seed = extractArticle(parseHtml(seedHtml, url), url);
  const pool: string[] = [];
  if (seed.ok) pool.push(seed.article.text);
  for (const row of readDevSet() ?? []) pool.push(row.article);
  for (let i = 0; i < pool.length; i++) {
    let text = '';
    for (let j = i; text.split(/\s+/).length < 1000; j++) text += (text ? '\n\n' : '') + pool[j % pool.length];
    const cut = text.split(/\s+/).slice(0, 1000).join(' ');
    texts.push({ text: cut.replace(/[^.!?"”’]*$/, ''), title: i === 0 && seed.ok ? seed.article.title : null });
  }
  return texts;
}

export function speed(): string {
  const texts = thousandWordTexts();
  for (const t of texts.slice(0, 10)) extractKeyFacts(t); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < 10; round++) {
    for (const t of texts) {
      const start = performance.now();
      extractKeyFacts(t);
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
  return [
    `Speed: \`extractKeyFacts\` (key points and entities) on ${texts.length} texts of ~1,000 words (the seed article and dev-set articles run together), ${times.length} runs, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} when measured (the p95 moves with the machine's load).`,
    '',
    '| median | p95 | target |',
    '| ---: | ---: | ---: |',
    `| ${at(0.5)} ms | ${at(0.95)} ms | < 5 ms median |`,
    '',
  ].join('\n');
}

/** Bytes of `modules` bundled together, every export kept (as the views use them). */
async function bundleSize(modules: string[], external: string[]): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: modules.map((m) => `export * from './${m}';`).join('\n'), resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    external,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    alias: { '@': ROOT },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

/** The key-facts block of the shared stylesheet: from its comment to the next section's (sections
 * are separated by a blank line). */
function keyFactsCss(): string | null {
  const css = readFileSync(join(ROOT, 'components', 'lede.css'), 'utf8');
  const start = css.indexOf('/* Key facts (issue #3)');
  if (start < 0) return null;
  const next = css.indexOf('\n\n', start + 1);
  return css.slice(start, next < 0 ? undefined : next);
}

export async function bytes(): Promise<string> {
  const preact = ['preact', 'preact/*'];
  const rows: [string, string[], string[]][] = [
    ['extraction, `utils/key-facts` (content script)', ['utils/key-facts/index.ts'], []],
    ['view, `KeyFacts` + `KeyFactsEntities` (popup, panel, reader)', ['components/KeyFacts.tsx', 'components/KeyFactsEntities.tsx'], preact],
    ['click-to-mark, `highlight.ts` (panel, reader)', ['utils/key-facts/highlight.ts'], []],
    ['AI key points: `AiKeyPoints`, `ai.ts`, its hook (side panel only)', ['components/AiKeyPoints.tsx', 'utils/key-facts/use-ai-key-points.ts'], preact],
  ];
  const lines = [
    'Bytes: each part bundled alone with esbuild (minified; Preact left out, as every view has it already).',
    'The popup gains the view and the styles only; the extraction runs in the content script, injected on demand.',
    '',
    '| part | minified | gzip |',
    '| --- | ---: | ---: |',
  ];
  for (const [name, modules, external] of rows) {
    if (!modules.every((m) => existsSync(join(ROOT, m)))) continue;
    const size = await bundleSize(modules, external);
    lines.push(`| ${name} | ${(size.raw / 1024).toFixed(1)} KB | ${(size.gzip / 1024).toFixed(1)} KB |`);
  }
  const css = keyFactsCss();
  if (css) {
    const min = Buffer.from(css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim());
    lines.push(`| styles, key-facts section of \`lede.css\` (every view) | ${(min.length / 1024).toFixed(1)} KB | ${(gzipSync(min, { level: 9 }).length / 1024).toFixed(1)} KB |`);
  }
  return lines.join('\n') + '\n';
}
