/**
 * The mutation score by folder (issue #17), from Stryker's JSON report (`npm run mutation` writes
 * reports/mutation-<part>.json): a markdown table for docs/benchmarks.md, and the surviving mutants of a
 * folder with `-- --survivors utils/extract` to kill or explain them.
 * Score = (killed + timed out) / (killed + timed out + survived + no coverage), Stryker's own.
 */
import { readdirSync, readFileSync } from 'node:fs';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

/** The folders the issue sets a goal for, and the rest of utils/library's parts on their own. */
const FOLDERS = ['utils/extract', 'utils/sanitize.ts', 'utils/library/import', 'utils/library/export', 'utils/library', 'utils/related-links'];

function folderOf(path: string): string {
  return FOLDERS.find((folder) => path === folder || path.startsWith(`${folder}/`)) ?? 'other';
}

/** Every part's report (scripts/mutation.ts writes reports/mutation-<part>.json), as one. */
const report: Report = { files: {} };
for (const name of readdirSync('reports').filter((f) => /^mutation-.*\.json$/.test(f))) {
  Object.assign(report.files, (JSON.parse(readFileSync(`reports/${name}`, 'utf8')) as Report).files);
}
const survivorsOf = process.argv.includes('--survivors') ? process.argv[process.argv.indexOf('--survivors') + 1] : null;

const rows = new Map<string, Record<string, number>>();
for (const [path, file] of Object.entries(report.files)) {
  const relative = path.replace(/^.*?(?=utils\/)/, '');
  const row = rows.get(folderOf(relative)) ?? {};
  for (const mutant of file.mutants) {
    row[mutant.status] = (row[mutant.status] ?? 0) + 1;
    if (survivorsOf && relative.startsWith(survivorsOf) && (mutant.status === 'Survived' || mutant.status === 'NoCoverage')) {
      console.log(`${relative}:${mutant.location.start.line}:${mutant.location.start.column} ${mutant.status} ${mutant.mutatorName} → ${JSON.stringify(mutant.replacement ?? '')}`);
    }
  }
  rows.set(folderOf(relative), row);
}
if (survivorsOf) process.exit(0);

console.log('| folder | mutants scored | killed | timed out | survived | no coverage | score | static, not run |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const folder of [...FOLDERS, 'other']) {
  const row = rows.get(folder);
  if (!row) continue;
  const killed = row.Killed ?? 0;
  const timeout = row.Timeout ?? 0;
  const survived = row.Survived ?? 0;
  const none = row.NoCoverage ?? 0;
  const counted = killed + timeout + survived + none;
  const score = counted ? ((killed + timeout) / counted) * 100 : 0;
  console.log(`| ${folder} | ${counted} | ${killed} | ${timeout} | ${survived} | ${none} | ${score.toFixed(1)}% | ${row.Ignored ?? 0} |`);
}
