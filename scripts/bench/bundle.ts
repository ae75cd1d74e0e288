/**
 * Benchmark section "bundle" of `npm run bench`: what each part of the Chrome production build
 * weighs, raw and gzipped. A view's weight is its HTML page's entry script, every chunk that script
 * imports statically (its own and the shared ones), and its style sheets. Returns markdown.
 *
 * Builds into `.output-bench` (never `.output`); `LEDE_BENCH_OUT=DIR` measures an existing build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_OUT, chromeBuild } from '../lib/build';
import { REPO_ROOT } from '../lib/devset';

interface Part {
  name: string;
  /** Entry files, relative to the build folder. */
  entries: string[];
}

const PARTS: Part[] = [
  { name: 'content script', entries: ['content-scripts/content.js', 'content-scripts/content.css'] },
  { name: 'popup', entries: ['popup.html'] },
  { name: 'side panel', entries: ['sidepanel.html'] },
  { name: 'reader', entries: ['reader.html'] },
  { name: 'library', entries: ['library.html'] },
  { name: 'service worker', entries: ['background.js'] },
];

interface Weight {
  raw: number;
  gzip: number;
}

export async function run(): Promise<string> {
  let dir: string;
  try {
    dir = chromeBuild('production');
  } catch (error) {
    return `## Bundle\n\nNot measured: ${(error as Error).message.split('\n')[0]}`;
  }
  const sizes = new Map<string, Weight>();
  const weigh = (file: string): Weight => {
    let weight = sizes.get(file);
    if (!weight) {
      const bytes = readFileSync(join(dir, file));
      weight = { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      sizes.set(file, weight);
    }
    return weight;
  };

  const usedBy = new Map<string, string[]>();
  const rows: string[] = [];
  for (const part of PARTS) {
    const files = new Set<string>();
    for (const entry of part.entries) if (existsSync(join(dir, entry))) collect(dir, entry, files);
    if (!files.size) continue;
    for (const file of files) usedBy.set(file, [...(usedBy.get(file) ?? []), part.name]);
    const js = sum([...files].filter((f) => f.endsWith('.js')).map(weigh));
    const css = sum([...files].filter((f) => f.endsWith('.css')).map(weigh));
    rows.push(
      `| ${part.name} | ${[...files].filter((f) => !f.endsWith('.html')).length} | ${kb(js.raw)} | ${kb(js.gzip)} | ${kb(css.raw)} | ${kb(css.gzip)} | ${kb(js.gzip + css.gzip)} |`,
    );
  }
  const shared = [...usedBy.entries()]
    .filter(([file, parts]) => parts.length > 1 && !file.endsWith('.html'))
    .map(([file, parts]) => `\`${posix.basename(file).replace(/-[\w-]{8}\./, '.')}\` ${kb(weigh(file).gzip)} kB (${parts.join(', ')})`);

  return [
    '## Bundle',
    '',
    `Chrome production build (\`${relative(REPO_ROOT, BENCH_OUT) || '.'}/chrome-mv3\`). Each part counts its entry, every chunk it imports statically (shared ones included, so shared chunks count in each part that loads them) and its CSS; gzip is \`gzip -9\` per file, summed. Sizes in kB (1000 bytes).`,
    '',
    '| part | files | JS raw | JS gzip | CSS raw | CSS gzip | total gzip |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    shared.length ? `Shared chunks, gzip: ${shared.join('; ')}.` : 'No chunk is shared between parts.',
  ].join('\n');
}

/** `file` and everything it loads at once: an HTML page's scripts, preloads and style sheets; a
 * script's static imports. Dynamic `import()`s load later and are left out. */
function collect(root: string, file: string, into: Set<string>): void {
  if (into.has(file) || !existsSync(join(root, file))) return;
  into.add(file);
  const source = readFileSync(join(root, file), 'utf8');
  const refs: string[] = [];
  if (file.endsWith('.html')) {
    for (const m of source.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+\.(?:js|css))"/g)) refs.push(m[1]!);
  } else if (file.endsWith('.js')) {
    for (const m of source.matchAll(/(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g)) refs.push(m[1]!);
  }
  for (const ref of refs) {
    if (/^[a-z]+:/i.test(ref)) continue;
    const resolved = ref.startsWith('/') ? ref.slice(1) : posix.normalize(posix.join(dirname(file), ref));
    collect(root, resolved, into);
  }
}

function sum(weights: Weight[]): Weight {
  return weights.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), { raw: 0, gzip: 0 });
}

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

// `tsx scripts/bench/bundle.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) console.log(await run());
