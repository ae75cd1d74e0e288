/**
 * `npm run mutation [part…]` (issue #17): Stryker on each part of scripts/mutation-parts.mjs in
 * turn (all of them when none is named), each against its own tests, then the score table of
 * scripts/mutation-report.ts. Not in CI: it runs a part's tests once per mutant. Incremental:
 * a part run again retests only the mutants whose code or tests changed since.
 */
import { spawnSync } from 'node:child_process';
import { MUTATION_PARTS } from './mutation-parts.mjs';

const names = process.argv.slice(2);
for (const name of names) if (!(name in MUTATION_PARTS)) throw new Error(`no part "${name}": ${Object.keys(MUTATION_PARTS).join(', ')}`);
for (const name of names.length ? names : Object.keys(MUTATION_PARTS)) {
  console.log(`\n## mutation testing: ${name}\n`);
  const run = spawnSync('npx', ['stryker', 'run'], { stdio: 'inherit', env: { ...process.env, LEDE_MUTATION_PART: name } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
spawnSync('npx', ['tsx', 'scripts/mutation-report.ts'], { stdio: 'inherit' });
