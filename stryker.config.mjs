// Mutation testing (issue #17): `npm run mutation`, not in CI (it runs the unit tests once per
// mutant). Stryker changes one thing at a time in utils/ (a condition, a number, a string) and
// runs the unit tests that cover it; a mutant no test notices is a behaviour no test guards.
// scripts/mutation-report.ts sums the JSON report by folder for docs/benchmarks.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  mutate: [
    'utils/extract/**/*.ts',
    'utils/sanitize.ts',
    'utils/library/**/*.ts',
    'utils/related-links/**/*.ts',
    // Views' hooks need a browser page to mean anything; the e2e tests cover them.
    '!utils/library/use-*.ts',
    '!utils/library/live.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'json', 'progress'],
  jsonReporter: { fileName: 'reports/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false },
  ignorePatterns: ['.output*', 'docs', 'tmp', 'reports'],
  // Only the code Stryker changes needs its type checks off; HTML fixtures are not code.
  disableTypeChecks: 'utils/**/*.ts',
};
