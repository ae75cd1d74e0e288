// Mutation testing (issue #17): `npm run mutation`, not in CI (it runs the unit tests once per
// mutant). Stryker changes one thing at a time in utils/ (a condition, a number, a string) and
// runs the unit tests that cover it; a mutant no test notices is a behaviour no test guards.
// scripts/mutation.ts runs one part at a time (scripts/mutation-parts.mjs: a folder and its own
// tests) and sums the JSON reports by folder for docs/benchmarks.md.
import { MUTATION_PARTS, mutationPart } from './scripts/mutation-parts.mjs';

const part = mutationPart();
const name = part?.name ?? 'all';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  mutate: part ? part.mutate : Object.values(MUTATION_PARTS).flatMap((p) => p.mutate),
  coverageAnalysis: 'perTest',
  // A static mutant (a change to a module-level table: a tag list, a rule's regular expression)
  // is live before any test starts, so it must run every test of the part: in sanitize.ts 81% of
  // the mutants and 97% of the run's time. They are left out of the score and counted apart.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${name}.json`,
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: `reports/mutation-${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  ignorePatterns: ['.output*', 'docs', 'tmp', 'reports'],
  // Only the code Stryker changes needs its type checks off; HTML fixtures are not code.
  disableTypeChecks: 'utils/**/*.ts',
};
